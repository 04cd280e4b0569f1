"""The seed article: exactly one CONSULT event, Iran ↔ Russia, in Moscow, about Gaza, Syria, Lebanon, Palestine."""

from __future__ import annotations

from pathlib import Path

import pytest
from events_standin import blocks_from_text, standin_document

from rayzan.document import ArticleMeta
from rayzan.events import code_events

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_4ae7452aa70c5ae9.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is absent")
    return SEED.read_text(encoding="utf-8")


def _check_seed_event(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.events) == 1, [e.to_json() for e in doc.events]
    event = doc.events[0].to_json()
    assert event["plover"] == "CONSULT"
    assert event["cameo"].startswith("04")
    assert {event["source"]["country"], event["target"]["country"]} == {"IRN", "RUS"}
    assert event["location"] is not None and event["location"]["country"] == "RUS"
    assert event["location"]["text"] == "مسکو" and event["location"]["name_en"] == "Moscow"
    topics = {t["text"]: t["country"] for t in event["topics"]}
    assert {"غزه", "سوریه", "لبنان", "فلسطین"} <= set(topics), topics
    assert topics["غزه"] == "PSE" and topics["فلسطین"] == "PSE" and topics["سوریه"] == "SYR"
    trigger = event["trigger"]
    assert doc.text[trigger["start"] : trigger["end"]] == trigger["text"]
    # Evidence from the title, the lead and the body: one event, several sentences.
    kinds = {doc.sections[doc.sentence_at(span["start"]).section].kind for span in event["evidence"]}
    assert {"title", "lead", "paragraph"} <= kinds, kinds
    assert event["planned"] is False and event["negated"] is False
    assert 0.5 < event["confidence"] <= 1.0
    assert event["quad_class"] == 1 and event["goldstein"] > 0


def test_events_seed_one_consult_event(seed: str) -> None:
    doc = code_events(standin_document(seed, published="2024-10-15", article_id="seed"))
    _check_seed_event(doc)
    assert doc.events[0].date == "2024-10-15"


def test_events_seed_ids_stable(seed: str) -> None:
    first = code_events(standin_document(seed, article_id="seed")).events[0].id
    again = code_events(standin_document(seed, article_id="seed")).events[0].id
    other = code_events(standin_document(seed, article_id="other")).events[0].id
    assert first == again and first != other


def test_events_seed_with_actor_stage(seed: str) -> None:
    """The real actor stage's mentions (without NER) feed the event stage directly."""
    actors = pytest.importorskip("rayzan.actors")
    if not hasattr(actors, "STAGE"):
        pytest.skip("actor stage not installed")
    from rayzan.pipeline import build_document, segment

    doc = segment(build_document(ArticleMeta(id="seed", published="2024-10-15"), blocks_from_text(seed)))
    doc = code_events(actors.STAGE.run(doc))
    _check_seed_event(doc)
    event = doc.events[0]
    assert event.source["actor"] and event.target["actor"]  # office-holders, resolved to their countries


def test_events_seed_end_to_end(seed: str) -> None:
    """Through the real NER and actor stages, when they are installed and their models load."""
    from rayzan.errors import RayzanError
    from rayzan.pipeline import Pipeline, default_stages

    try:
        stages = default_stages()
        names = [s.name for s in stages]
        if "actors" not in names or "events" not in names:
            pytest.skip(f"actor or event stage not installed: {names}")
        doc = Pipeline(stages=stages).analyze(ArticleMeta(id="seed", published="2024-10-15"), blocks_from_text(seed))
    except (RayzanError, OSError) as e:
        if "model" not in str(e).lower():
            raise
        pytest.skip(f"a model of an earlier stage is missing: {e}")
    _check_seed_event(doc)
