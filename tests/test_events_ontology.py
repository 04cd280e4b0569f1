"""The shipped ontology: CAMEO codes with Goldstein scores, quad classes and PLOVER types."""

from __future__ import annotations

import pytest

from rayzan.events.ontology import PLOVER_TYPES, cameo, cameo_table, is_symmetric


def test_events_ontology_covers_all_plover_types() -> None:
    types = {entry.plover for entry in cameo_table().values() if entry.plover}
    assert types == set(PLOVER_TYPES) and len(PLOVER_TYPES) == 16


@pytest.mark.parametrize(
    ("code", "plover", "goldstein", "quad"),
    [
        ("040", "CONSULT", 1.0, 1),  # consult
        ("042", "CONSULT", 1.9, 1),  # make a visit
        ("057", "SUPPORT", 8.0, 1),  # sign formal agreement: SUPPORT in PLOVER 2021's table
        ("111", "ACCUSE", -2.0, 3),  # criticise or denounce
        ("163", "COERCE", -8.0, 4),  # sanctions: COERCE in PLOVER 2021's table
        ("173", "COERCE", -5.0, 4),  # arrest
        ("0841", "RETREAT", 7.0, 2),  # release persons
        ("195", "ASSAULT", -10.0, 4),  # aerial weapons
    ],
)
def test_events_ontology_reference_values(code: str, plover: str, goldstein: float, quad: int) -> None:
    entry = cameo(code)
    assert (entry.plover, entry.goldstein, entry.quad_class) == (plover, goldstein, quad)
    assert entry.name


def test_events_ontology_statements_have_no_plover_type() -> None:
    assert cameo("010").plover is None and cameo("020").plover is None


def test_events_ontology_symmetry() -> None:
    assert is_symmetric("040") and is_symmetric("030") and is_symmetric("057")
    assert not is_symmetric("042") and not is_symmetric("111")


def test_events_ontology_unknown_code() -> None:
    with pytest.raises(KeyError):
        cameo("999")
