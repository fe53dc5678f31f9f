"""Formats: the files the library reads and writes.

It holds the YAML reader (`_yaml`, the one module that reads with
ruamel.yaml), the located data and the strict converter (`_parsed`,
`_converter`, `_salvage`), the standards loader and its compiled form
(`loader`, `_compiled`, `_format`, `_checks`), assessment files
(`assessment_files`, `_round_trip`, and `_assessment_keys`, the one
declaration of their keys), the blank assessment to fill in, and this year's
from last year's (`template`), survey exports and response scales
(`survey_exports`, `_survey_tables`, `_survey_layouts`, `survey_scales`),
reading and writing files (`_files`), the limits on what is read (`limits`)
and the JSON Schemas (`schema`).

May import: the core, `coprod_standards.errors`, the standard library,
attrs, cattrs and ruamel.yaml; not the reports, the tooling or the command
line.
"""

# The modules are the interface; none is imported here, so that using one
# does not pay for the others.
__all__ = [
    "assessment_files",
    "limits",
    "loader",
    "schema",
    "survey_exports",
    "survey_scales",
    "template",
]
