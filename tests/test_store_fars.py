"""Real articles: the seed and Fars News files from ../shared, read and segmented by the
project's own readers and text layer, stored and read back unchanged."""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import pytest
from test_store_documents import db_url  # noqa: F401  (fixture)

from rayzan.document import Document
from rayzan.export import export_articles
from rayzan.pipeline import SEGMENT, Pipeline
from rayzan.readers import iter_articles
from rayzan.store import EventQuery, Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FARS = SHARED / "data" / "news" / "fars" / "fars-news-2.json"
SEED = SHARED / "seed" / "000_4ae7452aa70c5ae9.txt"
N_FARS = 25


def read(path: Path, limit: int) -> list[Document]:
    if not path.exists():
        pytest.skip(f"{path} is absent")
    # Only the text layer: NER, actors and events are tested by their own modules.
    pipeline = Pipeline(stages=(SEGMENT,))
    raws = [a for a in itertools.islice(iter_articles([str(path)]), limit) if not isinstance(a, Exception)]
    return [pipeline.analyze(a.meta, a.blocks) for a in raws]


def test_store_fars_articles_round_trip(db_url: str) -> None:
    docs = read(FARS, N_FARS)
    assert len(docs) == N_FARS
    with Store.open(db_url) as store:
        assert {r.status for r in store.ingest_many(docs)} == {"added"}
        assert all(r.status == "unchanged" for r in store.ingest_many(docs))
        assert store.check() == []
        for doc in docs:
            assert store.article_document(doc.id) == doc.to_json()
        sample = store.article(docs[0].id)
        assert sample["url"] and sample["url"].startswith("http")
        assert all(s["text"] == sample["text"][s["start"] : s["end"]] for s in sample["sentences"])
        out = io.StringIO()
        assert export_articles(store, "jsonl", out) == N_FARS
        assert {json.loads(line)["id"] for line in out.getvalue().splitlines()} == {d.id for d in docs}


def test_store_seed_keeps_raw_and_restored_text(db_url: str) -> None:
    (doc,) = read(SEED, 1)
    with Store.open(db_url) as store:
        store.ingest(doc)
        stored = store.article(doc.id)
        assert stored["raw"] == doc.raw and "منطقهای" in stored["raw"]  # the input as it was
        assert "منطقه\u200cای" in stored["text"]  # the normalised text, ZWNJ restored
        assert stored["title"].startswith("رایزنی ایران و روسیه در مسکو")
        assert store.query_events(EventQuery()).total == 0  # no event layer: nothing invented
