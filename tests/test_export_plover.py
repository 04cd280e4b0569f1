"""PLOVER records: mode and context in PLOVER's vocabulary."""

from __future__ import annotations

from typing import Any

from rayzan.export.plover import plover_record


def record(cameo: str, plover: str, **flags: bool) -> dict[str, Any]:
    item = {
        "id": 3, "date": "2024-11-05", "plover": plover, "cameo": cameo, "quad_class": 1, "goldstein": 1.9,
        "source": {"actor": None, "text": "ایران", "country": "IRN"}, "target": {}, "location": None,
        "evidence": [], "mentions": 1, "sources": 1, "articles": 1, **flags,
    }  # fmt: skip
    return plover_record(item, {}, [])


def test_plover_mode_and_contexts_come_from_the_cameo_code() -> None:
    # CAMEO2PLOVER: 042 "make a visit" is CONSULT in mode visit; 0311 is AGREE with context economic.
    visit = record("042", "CONSULT")
    assert (visit["event_type"], visit["event_mode"], visit["contexts"]) == ("CONSULT", "visit", [])
    economic = record("0311", "AGREE")
    assert (economic["event_mode"], economic["contexts"]) == (None, ["economic"])  # no mode: null, not ""
    assert (record("0874", "RETREAT")["event_mode"], record("0874", "RETREAT")["contexts"]) == ("disarm", ["military"])
    assert (record("040", "CONSULT")["event_mode"], record("040", "CONSULT")["contexts"]) == (None, [])


def test_plover_special_contexts_for_planned_and_negated_events() -> None:
    assert record("036", "AGREE", planned=True)["contexts"] == ["diplomatic", "future"]
    assert record("040", "CONSULT", negated=True)["contexts"] == ["negation"]
