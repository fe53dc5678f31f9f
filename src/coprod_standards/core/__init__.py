"""The core: what the checklist is and how an assessment of it is judged, as pure data.

It holds the tiers and the framework's models (`models`), assessments
(`assessment`, with `provenance`), response scales (`scales`), counting a
survey's answers (`survey_answers`, `tally`), the evaluation policy
(`policy`), survey arithmetic (`_surveys`), the rules (`engine`,
`_assessment_checks`) and the results as data (`results`, which gathers
`criterion_results`, `tier_results` and `evaluation`), and the changes between
two versions as data (`changes`).

May import: the standard library, attrs and `coprod_standards.errors`;
nothing that reads files, clocks or the environment, and no other layer of
this package. import-linter checks it (``[tool.importlinter]`` in
pyproject.toml, which lists the imports not yet moved out as known debts).
"""

# The modules are the interface; none is imported here, so that using one
# does not pay for the others.
__all__ = [
    "assessment",
    "changes",
    "criterion_results",
    "engine",
    "evaluation",
    "evidence",
    "models",
    "policy",
    "provenance",
    "results",
    "scales",
    "sign_off",
    "survey_answers",
    "tally",
    "tier_results",
]
