"""Content fingerprints of criteria: what a criterion says, as a short hash.

A criterion's fingerprint covers its normalised text (Unicode NFC, runs of
whitespace made one space), its tier and its survey threshold. An id whose
fingerprint changed between versions, or since a version was published, no
longer means what it meant: answers given to it may not carry over.

Each published version records its fingerprints in ``fingerprints.yaml``
beside its manifest; `coprod_standards.validate` checks them.

>>> import attrs
>>> from coprod_standards import load
>>> criterion = load("1.1").criterion("1.2.G3")
>>> len(fingerprint(criterion))
16
>>> spacing = attrs.evolve(criterion, text="Relevant  action plans in place. ")
>>> fingerprint(spacing) == fingerprint(criterion)
True
>>> reworded = attrs.evolve(criterion, text="Relevant action plans are in place.")
>>> fingerprint(reworded) == fingerprint(criterion)
False
"""

from __future__ import annotations

import hashlib
import json

from coprod_standards.core.changes import normalised
from coprod_standards.core.models import Criterion, Framework

__all__ = ["FINGERPRINTS", "fingerprint", "fingerprints", "fingerprints_yaml"]

#: The file beside a version's manifest that records its published fingerprints.
FINGERPRINTS = "fingerprints.yaml"


def fingerprint(criterion: Criterion) -> str:
    """The fingerprint of *criterion*: 16 hex digits of a SHA-256 over what it says."""
    survey = criterion.survey
    content = {
        "text": normalised(criterion.text),
        "tier": criterion.tier.value,
        "survey": None
        if survey is None
        else {
            "metric": survey.metric,
            "populations": list(survey.populations),
            "minimum_percent": survey.minimum_percent,
            "band_upper_percent": survey.band_upper_percent,
            "frequency": survey.frequency.value,
        },
    }
    encoded = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:16]


def fingerprints(framework: Framework) -> dict[str, str]:
    """Every criterion's fingerprint, by id, in the framework's order."""
    return {criterion.id: fingerprint(criterion) for criterion in framework.criteria}


def fingerprints_yaml(framework: Framework) -> str:
    """The text of a ``fingerprints.yaml`` recording *framework*'s fingerprints."""
    lines = [
        f"# The fingerprints of version {framework.version} as published: a hash of each",
        "# criterion's normalised text, tier and survey threshold. Do not edit: a change",
        "# here hides a change of meaning. See docs/maintaining.md.",
        f'version: "{framework.version}"',
        "fingerprints:",
        *(f'  {id}: "{value}"' for id, value in fingerprints(framework).items()),
    ]
    return "\n".join(lines) + "\n"
