"""What the standards ask of surveys: the metrics, the populations and the thresholds.

A criterion that a survey decides carries a `SurveyThreshold`; the metrics
and populations it names are declared once in the manifest. (Judging survey
responses against a threshold is the engine's job, in ``core._surveys``.)
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from coprod_standards.errors import FieldError

__all__ = ["Frequency", "SurveyMetric", "SurveyPopulation", "SurveyThreshold"]


class Frequency(enum.Enum):
    """How often a survey behind a criterion must be run."""

    ANNUALLY = "annually"


def _percentage(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, int) and not 0 <= value <= 100:
        raise FieldError(
            attribute.name, f"{value} is not a percentage; give a whole number from 0 to 100"
        )


@attrs.frozen
class SurveyThreshold:
    """A criterion that a survey decides: at least some share of people agree.

    Attributes:
        metric: What the survey asks about, an id declared in the manifest
            (``inclusion``, ``communication``).
        populations: Whom it asks, ids declared in the manifest
            (``service_users``, ``staff``). Where there are several, the
            evaluation policy decides whether each must reach the threshold.
        minimum_percent: The least share, in whole percent, that must agree.
        band_upper_percent: The top of a published band such as "70-80%", or
            None where the text gives a single figure.
        frequency: How often the survey must be run.
    """

    metric: str
    populations: tuple[str, ...]
    minimum_percent: int = attrs.field(validator=_percentage)
    band_upper_percent: int | None = attrs.field(default=None, validator=_percentage)
    frequency: Frequency = Frequency.ANNUALLY

    def __attrs_post_init__(self) -> None:
        if not self.populations:
            raise FieldError("populations", "name at least one population the survey asks")
        if len(set(self.populations)) != len(self.populations):
            raise FieldError("populations", "a population is listed twice")
        upper = self.band_upper_percent
        if upper is not None and upper < self.minimum_percent:
            raise FieldError(
                "band_upper_percent",
                f"the band's upper bound {upper}% is below its lower bound "
                f"{self.minimum_percent}%; swap them or correct one",
            )


@attrs.frozen
class SurveyMetric:
    """Something a survey criterion measures, such as feeling included.

    Attributes:
        id: The id criteria and assessments use, such as ``inclusion``.
        name: A label for people; the library's, not the checklist's wording.
    """

    id: str
    name: str


@attrs.frozen
class SurveyPopulation:
    """A group of people a survey asks, such as service users.

    Attributes:
        id: The id criteria and assessments use, such as ``service_users``.
        name: A label for people.
    """

    id: str
    name: str
