"""Policy strategies: every way an evaluation may be configured."""

from __future__ import annotations

import enum
from typing import Any

import attrs
from hypothesis import strategies as st

from coprod_standards.core.policy import Policy

__all__ = ["policies"]

#: The other fields' values to draw: near the defaults, where the rules turn.
_NUMBERS: dict[str, st.SearchStrategy[Any]] = {
    "minimum_respondents": st.integers(1, 30),
    "max_survey_age_months": st.integers(0, 24),
    "max_evidence_age_months": st.none() | st.integers(0, 300),
    "stale_evidence_unmeets": st.booleans(),
}


def policies() -> st.SearchStrategy[Policy]:
    """Any evaluation policy: each enum field any of its members, the others from `_NUMBERS`."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in attrs.fields(Policy):
        kind = field.type
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            fields[field.name] = st.sampled_from(kind)
        else:
            fields[field.name] = _NUMBERS[field.name]
    return st.builds(Policy, **fields)
