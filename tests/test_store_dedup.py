"""One event record per real-world event; re-ingesting never double-counts."""

from __future__ import annotations

import dataclasses

from test_store_documents import (  # noqa: F401  (db_url is a fixture)
    accusation_article,
    consult_article,
    consult_report_elsewhere,
    db_url,
)

from rayzan.store import EventQuery, Store


def test_store_dedup_same_event_two_outlets_one_record(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest(consult_article())
        result = store.ingest(consult_report_elsewhere())
        assert (result.new_events, result.merged_events) == (0, 1)
        page = store.query_events()
        assert page.total == 1
        (item,) = page.items
        assert (item["mentions"], item["articles"], item["sources"]) == (2, 2, 2)
        assert (item["first_seen"], item["last_seen"]) == ("2024-11-05", "2024-11-06")
        # The more confident mention (IRNA, 0.9) is the face of the record.
        assert item["cameo"] == "042" and item["confidence"] == 0.9
        assert {t["name_en"] for t in item["topics"]} == {"Gaza", "Syria", "Lebanon"}
        detail = store.event(item["id"])
        assert [m["source"] for m in detail["event_mentions"]] == ["farsnews.ir", "irna.ir"]
        assert detail["event_mentions"][0]["evidence"][0]["text"].startswith("کاظم جلالی، سفیر ایران")
        assert set(detail["actors"]) == {"kazem_jalali", "sergey_vershinin", "RUS", "IRN"}


def test_store_dedup_directed_events_stay_apart(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest(accusation_article())
        store.ingest(accusation_article(reverse=True))
        assert store.query_events(EventQuery(plover="ACCUSE")).total == 2


def test_store_dedup_dates_beyond_window_stay_apart(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest(consult_article())
        later = consult_article(url="https://www.farsnews.ir/news/14030901000456", published="2024-11-21", date="2024-11-21")
        assert store.ingest(later).new_events == 1
        assert store.query_events().total == 2


def test_store_reingest_never_double_counts(db_url: str) -> None:
    fars, irna = consult_article(), consult_report_elsewhere()
    with Store.open(db_url) as store:
        for _ in range(2):
            store.ingest(fars)
            store.ingest(irna)
        # Same URL, changed text, still reporting the event: replaces its mention.
        store.ingest(consult_article(extra=" دو طرف بر ادامه رایزنیها تأکید کردند."))
        (item,) = store.query_events().items
        assert (item["mentions"], item["articles"], item["sources"]) == (2, 2, 2)
        # IRNA corrects its article and the event disappears from it: counts drop.
        store.ingest(irna.evolve(events=()))
        (item,) = store.query_events().items
        assert (item["mentions"], item["articles"], item["sources"]) == (1, 1, 1)
        assert item["confidence"] == 0.8  # the face moved to the remaining mention
        store.ingest(fars.evolve(events=()))
        assert store.query_events().total == 0  # a record without mentions is gone
        assert store.stats()["totals"]["mentions"] == 0


def test_store_dedup_within_one_article_counts_one_article(db_url: str) -> None:
    doc = consult_article()
    twice = doc.evolve(events=(doc.events[0], dataclasses.replace(doc.events[0], id="e2")))
    with Store.open(db_url) as store:
        result = store.ingest(twice)
        assert (result.new_events, result.merged_events) == (1, 1)
        (item,) = store.query_events().items
        assert (item["mentions"], item["articles"], item["sources"]) == (2, 1, 1)
        assert store.article_document(doc.id) == twice.to_json()


def test_store_dedup_concurrent_writers_make_one_record(db_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    docs = [consult_article(url=f"https://www.tasnimnews.com/fa/news/{n}") for n in range(8)]
    with Store.open(db_url) as store:
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(store.ingest, docs))
        assert sorted(r.new_events for r in results) == [0] * 7 + [1]
        (item,) = store.query_events().items
        assert (item["mentions"], item["articles"]) == (8, 8)
        assert store.check() == []


def test_store_stats_follow_every_change(db_url: str) -> None:
    fars = consult_article()
    with Store.open(db_url) as store:
        store.ingest(fars)
        assert [(r["plover"], r["count"]) for r in store.stats()["by_plover"]] == [("CONSULT", 1)]
        store.ingest(accusation_article())
        assert [(r["plover"], r["count"]) for r in store.stats()["by_plover"]] == [("ACCUSE", 1), ("CONSULT", 1)]
        # Same totals afterwards, different content: the cached answer must not be reused.
        store.ingest(fars.evolve(events=(dataclasses.replace(fars.events[0], plover="AGREE", cameo="030"),)))
        assert [(r["plover"], r["count"]) for r in store.stats()["by_plover"]] == [("ACCUSE", 1), ("AGREE", 1)]
