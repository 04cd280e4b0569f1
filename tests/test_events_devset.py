"""The development set (tests/data/events/dev.yaml) as a regression guard, and the stage's speed."""

from __future__ import annotations

import time
from pathlib import Path

import yaml
from events_standin import standin_document

from rayzan.events import code_events
from rayzan.events.ontology import PLOVER_TYPES, SYMMETRIC_TYPES

DEV = Path(__file__).resolve().parent / "data" / "events" / "dev.yaml"


def _key(plover: str, src: str | None, tgt: str | None) -> tuple[str, str | None, str | None]:
    if plover in SYMMETRIC_TYPES:
        a, b = sorted((src or "", tgt or ""), reverse=True) if not (src and tgt) else sorted((src, tgt))
        return (plover, a or None, b or None)
    return (plover, src, tgt)


def _coded() -> list[tuple[dict, object]]:  # type: ignore[type-arg]
    items = yaml.safe_load(DEV.read_text(encoding="utf-8"))
    return [(item, code_events(standin_document(item["text"], str(item["published"]), item["id"]))) for item in items]


def test_events_devset_covers_every_type_and_case() -> None:
    items = yaml.safe_load(DEV.read_text(encoding="utf-8"))
    types = {g["type"] for item in items for g in item["events"]}
    assert types == set(PLOVER_TYPES)
    assert any(not item["events"] for item in items)  # articles with no codable event
    assert any(g.get("planned") for item in items for g in item["events"])


def test_events_devset_precision_recall() -> None:
    tp = fp = fn = 0
    for item, doc in _coded():
        gold = {_key(g["type"], g.get("source"), g.get("target")) for g in item["events"]}
        pred = {_key(e.plover, e.source["country"], e.target["country"]) for e in doc.events}  # type: ignore[attr-defined]
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    # Measured 0.97 / 0.95 (bench/events.py); the guard leaves room for honest changes, not regressions.
    assert precision >= 0.85 and recall >= 0.85, (precision, recall)


def test_events_devset_stage_is_fast() -> None:
    docs = [doc for _, doc in _coded()]
    start = time.perf_counter()
    for doc in docs:
        code_events(doc)  # type: ignore[arg-type]
    per_article = (time.perf_counter() - start) / len(docs)
    assert per_article < 0.01, per_article  # goal ≲ 3 ms on a typical article; CI machines are slower
