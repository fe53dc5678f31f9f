"""Reports: everything written for a person or an analyst, and its wording.

It holds the labels (`labels`), tables and exports (`tables`, `_export`),
the text, Markdown and HTML reports, the action plan (`plan`), progress
between two assessments (`progress`), summaries across organisations
(`summary`), the listing of the standards (`listing`), the errata's readings
(`errata`), a tallied survey's source (`survey_sources`) and the changes
between two versions as a changelog (`changelog`).

May import: the core and `coprod_standards.errors`; not the formats, the
tooling or the command line.
"""

# The modules are the interface; none is imported here, so that using one
# does not pay for the others.
__all__ = [
    "changelog",
    "errata",
    "html_report",
    "labels",
    "listing",
    "markdown_report",
    "plan",
    "progress",
    "summary",
    "survey_sources",
    "tables",
    "text_report",
]
