"""Event queries: every filter, normalised free text, paging, sorting, actors and stats."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from test_store_documents import (  # noqa: F401  (db_url, module_db_url are fixtures)
    accusation_article,
    analysed,
    consult_article,
    consult_report_elsewhere,
    db_url,
    event,
    module_db_url,
    with_layers,
)

from rayzan.document import Actor, Document
from rayzan.errors import InputError
from rayzan.store import EventQuery, Store


@pytest.fixture(scope="module")
def store(module_db_url: str) -> Iterator[Store]:
    # Read-only tests: one database per back end for the whole module.
    with Store.open(module_db_url) as s:
        s.ingest(consult_article())
        s.ingest(consult_report_elsewhere())
        s.ingest(accusation_article())
        s.ingest(accusation_article(reverse=True, published="2024-11-08"))
        yield s


def plovers(store: Store, **filters: object) -> list[str]:
    page = store.query_events(EventQuery(**filters))
    assert page.total == len(page.items)  # every answer here fits one page
    return sorted(item["plover"] for item in page.items)


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["ACCUSE", "ACCUSE", "CONSULT"]),
        ({"plover": "consult"}, ["CONSULT"]),
        ({"plover": ("CONSULT", "ACCUSE")}, ["ACCUSE", "ACCUSE", "CONSULT"]),
        ({"cameo": "04"}, ["CONSULT"]),  # prefix: 042 is a consultation
        ({"cameo": "11"}, ["ACCUSE", "ACCUSE"]),
        ({"quad_class": 3}, ["ACCUSE", "ACCUSE"]),
        ({"country": "rus"}, ["CONSULT"]),
        ({"country": "ISR"}, ["ACCUSE", "ACCUSE"]),
        ({"location": "RUS"}, ["CONSULT"]),
        ({"dyad": ("RUS", "IRN")}, ["CONSULT"]),  # unordered
        ({"dyad": ("IRN", "ISR"), "dyad_ordered": True}, ["ACCUSE"]),
        ({"dyad": ("IRN", "ISR")}, ["ACCUSE", "ACCUSE"]),
        ({"dyad": ("sergey_vershinin", "kazem_jalali")}, []),  # the face of the record is RUS -> IRN
        ({"actor": "kazem_jalali"}, ["CONSULT"]),  # any mention's actor, not only the face
        ({"actor": "کاظم جلالی"}, ["CONSULT"]),
        ({"actor": "sergey vershinin"}, ["CONSULT"]),
        ({"date_from": "2024-11-06"}, ["ACCUSE", "ACCUSE"]),
        ({"date_from": "2024-11-05", "date_to": "2024-11-07"}, ["ACCUSE", "CONSULT"]),
        ({"topic": "غزه"}, ["CONSULT"]),
        ({"topic": "lebanon"}, ["ACCUSE", "ACCUSE", "CONSULT"]),
        ({"topic": "SYR"}, ["CONSULT"]),
        ({"topic": "فلسطین"}, ["CONSULT"]),  # a country's name finds a topic about it (غزه, PSE)
        ({"topic": "Palestine"}, ["CONSULT"]),
        ({"source": "irna.ir"}, ["CONSULT"]),
        ({"source": "isna.ir"}, ["ACCUSE", "ACCUSE"]),
        ({"plover": "CONSULT", "country": "ISR"}, []),
        ({"country": "ISR", "quad_class": 3}, ["ACCUSE", "ACCUSE"]),  # quad class inside each side of the OR
        ({"country": "IRN", "quad_class": (1, 3)}, ["ACCUSE", "ACCUSE", "CONSULT"]),
        ({"country": "RUS", "quad_class": 3}, []),
        ({"country": "ISR", "quad_class": 3, "cameo": "11"}, ["ACCUSE", "ACCUSE"]),
        ({"cameo": "112"}, ["ACCUSE", "ACCUSE"]),  # a digit prefix is also an index range on SQLite
        ({"cameo": "0"}, ["CONSULT"]),
        ({"cameo": "119"}, []),
        ({"cameo": "09"}, []),
        ({"cameo": "1%"}, []),  # LIKE characters stay literal
        ({"actor": "IRN", "source": "isna.ir"}, ["ACCUSE", "ACCUSE"]),  # two id sets: their intersection
        ({"actor": "RUS", "topic": "lebanon", "source": "irna.ir"}, ["CONSULT"]),
        ({"actor": "ISR", "source": "irna.ir"}, []),
    ],
)
def test_store_query_filters(store: Store, filters: dict, expected: list[str]) -> None:
    assert plovers(store, **filters) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("منطقه\u200cای", ["CONSULT"]),  # with ZWNJ finds the text written منطقهای
        ("منطقهای", ["CONSULT"]),  # without ZWNJ, as scraped
        ("مسائل منطقه اي", ["CONSULT"]),  # Arabic yeh, space instead of ZWNJ
        ("گروههای مسلح", ["ACCUSE"]),  # lost ZWNJ in both query and text
        ("آتش\u200cبس لبنان", ["ACCUSE"]),  # every word must match
        ("اتش\u200cبس لبنان", ["ACCUSE"]),  # alef without its madda (امریکا, آمریکا): one key
        ("سفیر", ["CONSULT"]),
        ("خارج", ["ACCUSE", "ACCUSE", "CONSULT"]),  # a word's start finds it (خارجه) ...
        ("ران", []),  # ... its end does not (ایران, تهران), on PostgreSQL as on SQLite
        ("ارجه", []),  # nor its middle (خارجه)
        ("ورشنین اسرائیل", []),
        ('"؛*', []),  # no words: matches nothing, no FTS syntax error
    ],
)
def test_store_query_free_text_is_normalised(store: Store, text: str, expected: list[str]) -> None:
    assert plovers(store, text=text) == expected


def test_store_query_paging_and_sorting(store: Store) -> None:
    first = store.query_events(EventQuery(sort="date", limit=2))
    second = store.query_events(EventQuery(sort="date", limit=2, offset=2))
    assert first.total == second.total == 3
    assert [i["date"] for i in first.items + second.items] == ["2024-11-05", "2024-11-07", "2024-11-08"]
    assert store.query_events(EventQuery(sort="-mentions")).items[0]["mentions"] == 2
    assert store.query_events(EventQuery()).items[0]["date"] == "2024-11-08"  # newest first by default
    page = store.query_events(EventQuery(sort="-date", limit=1)).to_json()
    assert set(page) == {"items", "total", "limit", "offset"}


@pytest.mark.parametrize(
    "bad",
    [{"limit": 0}, {"limit": 5000}, {"offset": -1}, {"sort": "title"}, {"date_from": "۱۴۰۳/۰۸/۱۵"}, {"dyad": ("IRN",)},
     {"min_confidence": 1.5}],
)
def test_store_query_rejects_bad_values(store: Store, bad: dict) -> None:
    with pytest.raises(InputError):
        store.query_events(EventQuery(**bad))


def test_store_query_min_confidence(store: Store) -> None:
    scores = sorted(item["confidence"] for item in store.query_events(EventQuery()).items)
    assert len(scores) == 3 and scores[0] < scores[-1]
    assert store.query_events(EventQuery(min_confidence=scores[0])).total == 3
    top = store.query_events(EventQuery(min_confidence=scores[-1])).items
    assert top and all(item["confidence"] >= scores[-1] for item in top) and len(top) < 3


def test_store_query_item_contract(store: Store) -> None:
    (item,) = store.query_events(EventQuery(plover="CONSULT")).items
    contract = {"id", "plover", "cameo", "source", "target", "location", "date", "topics", "evidence",
                "trigger", "goldstein", "quad_class", "confidence"}
    assert contract | {"mentions", "articles", "sources", "first_seen", "last_seen"} <= set(item)
    assert item["location"]["country"] == "RUS"
    assert item["evidence"][0]["text"].startswith("سرگئی ورشنین")
    assert store.event(item["id"])["id"] == item["id"]
    assert store.event(10**9) is None and store.event("abc") is None
    # Past the back end's integer types: no such event, not an overflow.
    for too_big in (2**31, 2**63, -(2**63) - 1, "9223372036854775808", "-9223372036854775809", 0, -1):
        assert store.event(too_big) is None, too_big


def test_store_query_pages_past_any_integer(store: Store) -> None:
    assert store.actors(offset=2**64).items == [] and store.actors(offset=2**64).total == 5
    assert store.articles(offset=10**20) == []
    assert store.query_events(EventQuery(offset=2**64)).items == []


def test_store_actors_and_stats(store: Store) -> None:
    actors = store.actors(country="IRN")
    assert {a["id"] for a in actors.items} == {"IRN", "kazem_jalali"}
    iran = next(a for a in actors.items if a["id"] == "IRN")
    assert iran["events"] == 3
    jalali = store.actors(name="جلالی").items[0]
    assert jalali["roles"][0]["title_en"] == "ambassador" and jalali["name_en"] == "Kazem Jalali"
    stats = store.stats()
    assert stats["totals"] == {"articles": 4, "events": 3, "mentions": 4, "actors": 5}
    assert {r["plover"]: r["count"] for r in stats["by_plover"]} == {"ACCUSE": 2, "CONSULT": 1}
    assert [d["date"] for d in stats["by_day"]] == ["2024-11-05", "2024-11-07", "2024-11-08"]
    assert {(d["a"], d["b"], d["plover"]): d["count"] for d in stats["dyads"]} == {
        ("IRN", "ISR", "ACCUSE"): 2, ("IRN", "RUS", "CONSULT"): 1,
    }
    assert {r["source"]: r["mentions"] for r in stats["by_source"]} == {"isna.ir": 2, "farsnews.ir": 1, "irna.ir": 1}
    dyad = store.stats(EventQuery(dyad=("IRN", "ISR")))
    assert [(d["date"], d["goldstein"]) for d in dyad["by_day"]] == [("2024-11-07", -2.0), ("2024-11-08", -2.0)]
    assert dyad["totals"]["events"] == 2


@pytest.mark.parametrize("in_order", [True, False])
@pytest.mark.parametrize(
    "filters",
    [{}, {"country": "IRN", "sort": "goldstein"}, {"source": "isna.ir", "sort": "-mentions"}, {"text": "سفیر"},
     {"dyad": ("IRN", "ISR"), "date_from": "2024-11-07", "sort": "-date"}, {"actor": "IRN", "quad_class": (1, 3), "sort": "id"}],
)
def test_store_query_same_page_either_plan(store: Store, monkeypatch: pytest.MonkeyPatch, filters: dict, in_order: bool) -> None:
    # Walking the sort index and collecting the matches must give the same page.
    from rayzan.store import store as store_module

    expected = store.query_events(EventQuery(**filters)).items
    monkeypatch.setattr(store_module, "_page_in_sort_order", lambda *args: in_order)
    assert store.query_events(EventQuery(**filters)).items == expected


@pytest.mark.parametrize("sort", ["date", "-date"])
def test_store_query_undated_events_come_last(db_url: str, sort: str) -> None:
    undated = consult_article(url="https://www.mehrnews.com/news/6290001", published=None, date=None)
    with Store.open(db_url) as store:
        store.ingest_many([undated, accusation_article(), consult_article()])
        dates = [item["date"] for item in store.query_events(EventQuery(sort=sort)).items]
        assert dates[-1] is None and None not in dates[:-1]


# The knowledge base's ids and names: a title before the name, a hyphen in the id.
ARAGHCHI = Actor("person:abbas-araghchi", "سید عباس عراقچی", "Abbas Araghchi", "person", "IRN")
LAVROV = Actor("person:sergey-lavrov", "سرگئی لاوروف", "Sergey Lavrov", "person", "RUS")
AMIR_ABDOLLAHIAN = Actor("person:hossein-amir-abdollahian", "حسین امیرعبداللهیان", "Hossein Amir-Abdollahian", "person", "IRN")
IRAN = Actor("IRN", "ایران", "Iran", "country", "IRN")
RUSSIA = Actor("RUS", "روسیه", "Russia", "country", "RUS")


def ministers_article() -> Document:
    """Araghchi meets Lavrov; a second event names its source by title only («وزیر خارجه ایران»)."""
    doc = analysed(
        "https://www.farsnews.ir/news/14030901000111", "farsnews.ir", "2024-11-21",
        "دیدار عراقچی و لاوروف در مسکو",
        "سید عباس عراقچی، وزیر امور خارجه ایران، با سرگئی لاوروف، وزیر خارجه روسیه، در مسکو دیدار و گفت‌وگو کرد.",
        "وزیر خارجه ایران همچنین از مواضع روسیه درباره برنامه هسته‌ای حمایت کرد.",
        "حسین امیرعبداللهیان پیش از این با وزیر خارجه روسیه دیدار کرده بود.",
    )
    meet = event(doc, "e1", "CONSULT", "040", ARAGHCHI, LAVROV, "گفت\u200cوگو کرد", ["سید عباس عراقچی"], date="2024-11-21")
    support = event(doc, "e2", "SUPPORT", "051", ARAGHCHI, RUSSIA, "حمایت کرد", ["همچنین از مواضع"], date="2024-11-21",
                    quad_class=1)
    support = dataclasses.replace(support, source={"actor": None, "text": "وزیر خارجه ایران", "country": "IRN"})
    earlier = event(doc, "e3", "CONSULT", "040", AMIR_ABDOLLAHIAN, LAVROV, "دیدار کرده", ["امیرعبداللهیان پیش"], date="2024-10-05")
    return with_layers(
        doc, [("سید عباس عراقچی", "PER", ARAGHCHI), ("سرگئی لاوروف", "PER", LAVROV), ("حسین امیرعبداللهیان", "PER", AMIR_ABDOLLAHIAN)],
        (ARAGHCHI, LAVROV, AMIR_ABDOLLAHIAN, IRAN, RUSSIA), (meet, support, earlier),
    )


def test_store_query_actor_by_any_name_or_surname(db_url: str) -> None:  # noqa: F811  (a fixture)
    cases = [
        ("person:abbas-araghchi", ["CONSULT"]),  # the id
        ("abbas-araghchi", ["CONSULT"]),  # the id without its kind
        ("سید عباس عراقچی", ["CONSULT"]),  # the stored name
        ("عباس عراقچی", ["CONSULT"]),  # without the title news often drops
        ("عراقچی", ["CONSULT"]),  # the surname alone
        ("عراقچي", ["CONSULT"]),  # with Arabic yeh
        ("Abbas Araghchi", ["CONSULT"]),
        ("araghchi", ["CONSULT"]),  # English surname, any case
        ("LAVROV", ["CONSULT", "CONSULT"]),
        ("لاوروف", ["CONSULT", "CONSULT"]),
        ("امیرعبداللهیان", ["CONSULT"]),
        ("امیر عبداللهیان", ["CONSULT"]),  # a space where the name has none
        ("Amir-Abdollahian", ["CONSULT"]),  # a hyphenated English surname
        ("abdollahian", ["CONSULT"]),  # its last part
        ("حسین\u200cامیرعبداللهیان", ["CONSULT"]),  # ZWNJ for the space
        ("وزیر خارجه ایران", ["SUPPORT"]),  # no actor of that name: the event's own mention text
        ("وزير خارجه ايران", ["SUPPORT"]),  # ... with Arabic letters
        ("عباس", []),  # a given name is not a surname
        ("چی", []),  # nor is the end of a word
        ("Nobody", []),
    ]
    with Store.open(db_url) as store:
        store.ingest(ministers_article())
        for actor, expected in cases:
            assert plovers(store, actor=actor) == expected, actor
        assert store.actor_ids(" عراقچی ") == ["person:abbas-araghchi"]
        assert store.actor_ids("وزیر خارجه ایران") == []
        # The same reading for each side of a dyad (the face of the record: source, target).
        assert plovers(store, dyad=("عراقچی", "Lavrov")) == ["CONSULT"]
        assert plovers(store, dyad=("Sergey Lavrov", "person:abbas-araghchi"), dyad_ordered=True) == []
        assert plovers(store, dyad=("وزیر خارجه ایران", "RUS")) == ["SUPPORT"]
        # An actor with a country, in either order or in the one asked for.
        assert plovers(store, dyad=("Lavrov", "IRN")) == ["CONSULT", "CONSULT"]
        assert plovers(store, dyad=("IRN", "person:sergey-lavrov"), dyad_ordered=True) == ["CONSULT", "CONSULT"]
        assert plovers(store, dyad=("Lavrov", "IRN"), dyad_ordered=True) == []
        assert plovers(store, dyad=("عراقچی", "RUS")) == ["CONSULT"]


@pytest.mark.parametrize(
    ("dyad", "ordered", "indexes"),
    [
        (("person:abbas-araghchi", "IRN"), False, ["ix_events_source_actor", "ix_events_target_actor"]),
        (("IRN", "عراقچی"), True, ["ix_events_target_actor"]),
        # A side no stored actor is called: the side's own text, from its expression index.
        (("وزیر خارجه ایران", "RUS"), True, ["ix_events_source_key"]),
        (("person:abbas-araghchi", "person:sergey-lavrov"), False, ["ix_events_source_actor", "ix_events_source_key"]),
    ],
)
def test_store_query_dyad_with_an_actor_starts_from_the_actor(
    tmp_path, dyad: tuple[str, str], ordered: bool, indexes: list[str]
) -> None:
    # An actor's ways (its ids, its name in the side's text) were ORed inside each of the
    # dyad's orders, where SQLite uses no index: it walked every event of the country on the
    # other side (0.28 s for person:…,IRN on 316,416 events, with ANALYZE statistics or
    # without), and every event for two actors.  Each way is now an alternative of its own.
    import re

    from sqlalchemy.dialects import sqlite

    from rayzan.store.query import count_events, order_by, select_event_ids

    q = EventQuery(dyad=dyad, dyad_ordered=ordered)
    page = select_event_ids(q, "sqlite").order_by(*order_by(q, "sqlite")).limit(50)
    with Store.open(str(tmp_path / "r.db")) as store, store.engine.connect() as conn:
        for stmt in (page, count_events(q, "sqlite")):
            sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(row) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert all(index in plan for index in indexes), plan
            assert not re.search(r"ix_events_(dyad|target_country|network|source_quad|target_quad)\b|SCAN events", plan), plan


def test_store_query_an_unknown_actor_name_is_looked_up_through_indexes(tmp_path) -> None:
    # An --actor that names no stored actor falls back to the events' party text, folded as names
    # are compared; expression indexes (migration 7) answer it, not a scan of every event
    # (134 ms against 2.4 ms p50 on 99,000 events: bench/store.py, "actor, no match").
    import sqlalchemy as sa
    from sqlalchemy.dialects import sqlite

    from rayzan.store import schema

    ev = schema.events
    query = sa.select(ev.c.id).where(
        sa.or_(schema.folded_name(ev.c.source_text) == "x", schema.folded_name(ev.c.target_text) == "x")
    )
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with Store.open(str(tmp_path / "r.db")) as store, store.engine.connect() as conn:
        plan = " ".join(str(row) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "ix_events_source_key" in plan and "ix_events_target_key" in plan, plan


def test_store_iter_events_walks_a_filter_that_most_events_match_once(tmp_path) -> None:
    # Each chunk of an export through the country index collected every match left and sorted it:
    # about matches² / 2 chunk rows in all (a filtered export of millions took hours).  Counted in
    # SQLite virtual-machine steps, which do not depend on the machine's speed.
    import sqlalchemy as sa

    from rayzan.store import schema

    rows = [
        {"match_key": f"k{i}", "plover": "CONSULT", "cameo": "040", "quad_class": 1, "goldstein": 1.0, "confidence": 0.9,
         "source_country": "IRN" if i % 10 else "IRQ", "target_country": "RUS", "topics": [], "num_mentions": 1,
         "num_articles": 1, "num_sources": 1, "updated_at": dt.datetime(2024, 1, 1)}
        for i in range(3000)
    ]
    with Store.open(str(tmp_path / "r.db")) as store:
        with store.engine.begin() as conn:
            conn.execute(schema.events.insert(), rows)
        steps = [0]

        def count_steps(dbapi_conn, _record) -> None:
            def tick() -> int:
                steps[0] += 1
                return 0

            dbapi_conn.set_progress_handler(tick, 100)

        sa.event.listen(store.engine, "connect", count_steps)
        store.engine.dispose()  # new connections, each with the counter

        def cost(query: EventQuery) -> tuple[int, int]:
            steps[0] = 0
            n = sum(1 for _ in store.iter_events(query, chunk=100))
            return n, steps[0]

        everything, walk = cost(EventQuery())
        irn, filtered = cost(EventQuery(country="IRN"))
    assert (everything, irn) == (3000, 2700)
    assert filtered < 3 * walk, (filtered, walk)  # was 10 times the unfiltered walk


@pytest.mark.parametrize("filters", [{"sort": "confidence", "offset": 1}, {"country": "IRN", "sort": "-date"}, {"text": "سفیر"}])
def test_store_query_sorts_and_skips_ids_not_wide_rows(store: Store, filters: dict) -> None:
    # Sorting and skipping an offset over whole event rows (search text, topics, location)
    # took 3.3 s for page 4,000 of 316,416 events sorted by confidence; the page's ids are
    # sorted first and only its rows are read (0.2 s).
    import sqlalchemy as sa

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(" ".join(statement.split()))

    expected = sorted((item["confidence"], item["id"]) for item in store.query_events(EventQuery(sort="confidence")).items)
    sa.event.listen(store.engine, "before_cursor_execute", seen)
    try:
        page = store.query_events(EventQuery(**filters))
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", seen)
    paged = [s for s in statements if " LIMIT " in s.upper()]
    assert paged, statements
    for statement in paged:
        assert statement.upper().startswith("SELECT EVENTS.ID FROM EVENTS"), statement
    if filters.get("sort") == "confidence":
        assert [(item["confidence"], item["id"]) for item in page.items] == expected[1:]


@pytest.mark.parametrize("sort", ["date", "-mentions", "articles", "-sources", "goldstein", "-confidence", "first_seen", "-last_seen", "id"])
def test_store_query_every_sort_key_pages_from_an_index(tmp_path, sort: str) -> None:
    # Sorted by confidence, sources or first seen, an unfiltered page sorted the whole table
    # (0.1 s for page 1 of 316,416 events); each sort key now has an index (migration 9) that
    # the page's id query walks.
    from sqlalchemy.dialects import sqlite

    from rayzan.store.query import order_by, select_event_ids

    q = EventQuery(sort=sort, offset=100)
    stmt = select_event_ids(q, "sqlite", scan_in_order=True).order_by(*order_by(q, "sqlite")).limit(50).offset(100)
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with Store.open(str(tmp_path / "r.db")) as store, store.engine.connect() as conn:
        plan = " ".join(str(row) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("ا " * 249, '"ا"*'),  # one word, asked once (249 prefix passes took 94 s on 316,416 events)
        ("ا ایران ا", '"ایران"*'),  # «ا» begins «ایران»: it asks nothing more
        ("وزیر خارجه وزیر", '"وزیر"* AND "خارجه"*'),
    ],
)
def test_store_query_free_text_asks_each_word_once(store: Store, text: str, match: str) -> None:
    from rayzan.store import search

    params = search.fts_event_ids(text).compile().params
    assert params["fts_query"] == match
    assert plovers(store, text="سفیر " * 50) == plovers(store, text="سفیر")
