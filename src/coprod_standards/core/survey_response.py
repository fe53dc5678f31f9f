"""A survey's result as an assessment records it: `SurveyResponse`."""

from __future__ import annotations

import datetime
from fractions import Fraction

import attrs

from coprod_standards.errors import FieldError, echo

from ._values import a_count, a_date, an_optional_count
from .provenance import SurveyProvenance

__all__ = ["SurveyResponse"]


def _exact_percent(value: Fraction | float | None) -> Fraction | None:
    # Exact arithmetic needs an exact number: 78.6 means 786/10, not the binary
    # float nearest to it.
    if value is None or isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise FieldError("percent_agree", f"{echo(value)} is not a number")
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        raise FieldError("percent_agree", f"{echo(value)} is not a percentage")
    return Fraction(repr(value)) if isinstance(value, float) else Fraction(value)


@attrs.frozen
class SurveyResponse:
    """The result of one survey: how many of a population agreed, and when.

    Give either `agree` (how many respondents agreed or strongly agreed) or
    `percent_agree`, never both.

    Attributes:
        metric: What was asked, a metric id of the standards (``inclusion``).
        population: Who was asked, a population id (``service_users``).
        respondents: How many people answered.
        agree: How many agreed or strongly agreed.
        percent_agree: The share that agreed, in percent, where the count is
            not known; a float such as 78.6 is taken as the exact decimal it shows.
        conducted_on: When the survey closed.
        provenance: Where the count came from, where it was tallied from a
            survey platform's export (`coprod_standards.tally_survey`).
    """

    metric: str
    population: str
    respondents: int = attrs.field(validator=a_count)
    agree: int | None = attrs.field(default=None, validator=an_optional_count)
    percent_agree: Fraction | None = attrs.field(default=None, converter=_exact_percent)
    conducted_on: datetime.date = attrs.field(kw_only=True, validator=a_date)
    provenance: SurveyProvenance | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.provenance is not None:
            self._check_provenance(self.provenance)
        if self.agree is not None and self.percent_agree is not None:
            raise FieldError("agree", "give either agree (a count) or percent_agree, not both")
        if self.agree is None and self.percent_agree is None:
            raise FieldError(
                "agree", "say how many agreed: agree (a count) or percent_agree (a percentage)"
            )
        if self.agree is not None and self.agree > self.respondents:
            raise FieldError(
                "agree",
                f"{echo(self.agree)} agreed but there were only {echo(self.respondents)} "
                "respondents; agree counts respondents, so it cannot be more",
            )
        if self.percent_agree is not None and not 0 <= self.percent_agree <= 100:
            raise FieldError(
                "percent_agree",
                f"{float(self.percent_agree):g} is not a percentage; give a number from 0 to 100",
            )

    def _check_provenance(self, provenance: SurveyProvenance) -> None:
        if self.agree is None:
            raise FieldError("provenance", "a tallied survey gives agree (the count it found)")
        if provenance.rows_counted != self.respondents:
            raise FieldError(
                "provenance",
                f"the provenance counts {provenance.rows_counted} rows ({provenance.rows_read} "
                f"read, {provenance.rows_excluded} left out) but respondents is "
                f"{self.respondents}; tally the export again rather than editing either",
            )


#: Field metadata: the field is not read from or written to files.
