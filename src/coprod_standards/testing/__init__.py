"""Hypothesis strategies for coprod-standards' models, for property tests.

The library's own tests use these, and so can applications that embed it:

>>> from hypothesis import given
>>> from coprod_standards.testing import frameworks
>>> @given(frameworks())
... def test_every_criterion_can_be_looked_up(framework):
...     for criterion in framework.criteria:
...         assert framework.criterion(criterion.id) is criterion
>>> test_every_criterion_can_be_looked_up()

Hypothesis is an optional dependency: install ``coprod-standards[test]``.
"""

from __future__ import annotations

# One module per kind of thing drawn: text, frameworks, assessments, policies,
# and the mutated bytes of files, for fuzzing.
# Each builds its strategies once, at import, and draws from them many times:
# building one inside a composite on every draw costs more than the draw itself.
from ._assessments import answers, assessments, carried_answers, survey_responses
from ._frameworks import frameworks, survey_thresholds
from ._mutations import mutated_bytes
from ._policies import policies
from ._text import free_texts, markup_texts, texts

__all__ = [
    "answers",
    "assessments",
    "carried_answers",
    "frameworks",
    "free_texts",
    "markup_texts",
    "mutated_bytes",
    "policies",
    "survey_responses",
    "survey_thresholds",
    "texts",
]
