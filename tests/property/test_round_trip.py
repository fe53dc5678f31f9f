"""Round trips over generated frameworks: nothing is lost or changed on the way."""

from __future__ import annotations

import json

from hypothesis import given, settings

from coprod_standards import Framework
from coprod_standards.formats._compiled import _emit
from coprod_standards.formats._converter import converter
from coprod_standards.testing import frameworks


@given(frameworks())
def test_structure_unstructure_is_the_identity(framework: Framework) -> None:
    """converter.structure(converter.unstructure(x)) == x, through JSON too."""
    data = converter.unstructure(framework)
    assert converter.structure(data, Framework) == framework
    assert converter.structure(json.loads(json.dumps(data)), Framework) == framework


@settings(max_examples=30)
@given(frameworks(max_standards=2))
def test_compiled_source_rebuilds_the_framework(framework: Framework) -> None:
    """The compiled form's source evaluates back to an equal framework."""
    namespace: dict[str, object] = {}
    exec("from coprod_standards.core.models import *", namespace)
    assert eval(_emit(framework, 0), namespace) == framework


@given(frameworks())
def test_every_id_is_found(framework: Framework) -> None:
    """Every standard, indicator and criterion is found by its id."""
    for standard, indicator, criterion in framework.iter_criteria():
        assert framework.standard(standard.id) is standard
        assert framework.indicator(indicator.id) is indicator
        assert framework.criterion(criterion.id) is criterion
    assert len(framework.criteria) == sum(len(i.criteria) for i in framework.indicators)
