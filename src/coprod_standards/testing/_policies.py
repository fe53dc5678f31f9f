"""Policy strategies: every way an evaluation may be configured."""

from __future__ import annotations

from hypothesis import strategies as st

from coprod_standards.core.policy import BandReading, Consensus, Policy, PopulationRule, RollUp

__all__ = ["policies"]


def policies() -> st.SearchStrategy[Policy]:
    """Any evaluation policy."""
    return st.builds(
        Policy,
        band=st.sampled_from(BandReading),
        populations=st.sampled_from(PopulationRule),
        minimum_respondents=st.integers(1, 30),
        max_survey_age_months=st.integers(0, 24),
        consensus=st.sampled_from(Consensus),
        roll_up=st.sampled_from(RollUp),
    )
