"""One event record per real-world event; re-ingesting never double-counts."""

from __future__ import annotations

import dataclasses

from test_store_documents import (  # noqa: F401  (db_url is a fixture)
    IRAN,
    JALALI,
    RUSSIA,
    VERSHININ,
    accusation_article,
    analysed,
    consult_article,
    consult_report_elsewhere,
    db_url,
    event,
    with_layers,
)

from rayzan.document import Actor, Document, Role
from rayzan.store import EventQuery, Store

ARAGHCHI = Actor("abbas_araghchi", "سید عباس عراقچی", "Abbas Araghchi", "person", "IRN",
                 (Role("وزیر امور خارجه", "foreign minister", "IRN"),), sector="diplomatic", code="IRNGOVDIP")
LAVROV = Actor("sergey_lavrov", "سرگئی لاوروف", "Sergey Lavrov", "person", "RUS",
               (Role("وزیر امور خارجه", "foreign minister", "RUS"),), sector="diplomatic", code="RUSGOVDIP")


def undated_meeting(url: str, source: str, title: str, lead: str, first: Actor, second: Actor,
                    first_name: str, second_name: str) -> Document:
    """An archive article without any date: one CONSULT between two people, in Moscow."""
    doc = analysed(url, source, None, title, lead)
    ev = event(doc, "e1", "CONSULT", "040", first, second, "گفت\u200cوگو کرد", [first_name], date=None)
    return with_layers(doc, [(first_name, "PER", first), (second_name, "PER", second)], (first, second), (ev,))


def araghchi_lavrov(url: str = "https://www.irna.ir/news/84000001", source: str = "irna.ir") -> Document:
    return undated_meeting(
        url, source, "عراقچی با لاوروف در مسکو دیدار کرد",
        "سید عباس عراقچی وزیر امور خارجه ایران با سرگئی لاوروف وزیر امور خارجه روسیه در مسکو دیدار و گفت\u200cوگو کرد.",
        ARAGHCHI, LAVROV, "سید عباس عراقچی", "سرگئی لاوروف",
    )


def jalali_vershinin() -> Document:
    return undated_meeting(
        "https://www.farsnews.ir/news/14010101000001", "farsnews.ir", "جلالی با ورشنین در مسکو دیدار کرد",
        "کاظم جلالی سفیر ایران در روسیه با سرگئی ورشنین معاون وزیر امور خارجه روسیه در مسکو دیدار و گفت\u200cوگو کرد.",
        JALALI, VERSHININ, "کاظم جلالی", "سرگئی ورشنین",
    )


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


def test_store_dedup_undated_events_need_the_same_actors(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest(araghchi_lavrov())
        # Same countries, same type, same city, no date: nothing says it is the same meeting.
        assert store.ingest(jalali_vershinin()).new_events == 1
        # The same meeting from another outlet, told from the Russian side (CONSULT is symmetric).
        lavrov_side = undated_meeting(
            "https://tass.ru/fa/1", "tass.ru", "دیدار لاوروف و عراقچی",
            "سرگئی لاوروف وزیر امور خارجه روسیه با سید عباس عراقچی همتای ایرانی خود در مسکو گفت\u200cوگو کرد.",
            LAVROV, ARAGHCHI, "سرگئی لاوروف", "سید عباس عراقچی",
        )
        assert store.ingest(lavrov_side).new_events == 0
        assert store.ingest(araghchi_lavrov("https://www.isna.ir/news/1", "isna.ir")).new_events == 0
        counts = {item["source"]["actor"]: (item["mentions"], item["articles"]) for item in store.query_events().items}
        assert counts == {"abbas_araghchi": (3, 3), "kazem_jalali": (1, 1)}
        assert store.check() == []


def test_store_dedup_undated_country_or_text_sides(db_url: str) -> None:
    """A side without an actor id is its normalised text; an undated country-only report
    does not meet a named meeting, however many countries they share."""
    doc = analysed(
        "https://www.mehrnews.com/news/1", "mehrnews.com", None, "رایزنی ایران و روسیه در مسکو",
        "ایران و روسیه در مسکو درباره تحولات منطقه\u200cای گفت\u200cوگو کردند. "
        "هیئت ایرانی با هیئت روسی نیز در مسکو گفت\u200cوگو کرد. "
        "هیئت روسی با هیئت ایرانی در مسکو رایزنی کرد.",
    )
    iranians = {"actor": None, "text": "هیئت ایرانی", "country": "IRN"}
    russians = {"actor": None, "text": "هیئت روسی", "country": "RUS"}
    countries = event(doc, "e1", "CONSULT", "040", IRAN, RUSSIA, "گفت\u200cوگو کردند", ["ایران و روسیه"])
    delegations = dataclasses.replace(
        event(doc, "e2", "CONSULT", "040", IRAN, RUSSIA, "گفت\u200cوگو کرد", ["هیئت ایرانی با هیئت روسی نیز"]),
        source=iranians, target=russians,
    )
    # The same delegations, sides swapped, a stray ZWNJ and space in one name: the same pair of texts.
    again = dataclasses.replace(
        event(doc, "e3", "CONSULT", "040", RUSSIA, IRAN, "رایزنی کرد", ["هیئت روسی با هیئت ایرانی"]),
        source={**russians, "text": "هیئت روسی\u200c "}, target=iranians,
    )
    doc = with_layers(doc, [("ایران", "LOC", IRAN), ("روسیه", "LOC", RUSSIA)], (IRAN, RUSSIA), (countries, delegations, again))
    with Store.open(db_url) as store:
        store.ingest(jalali_vershinin())
        result = store.ingest(doc)
        # Within one ingest: the countries found a record, the two delegation reports share one.
        assert (result.new_events, result.merged_events) == (2, 1)
        assert sorted(item["mentions"] for item in store.query_events().items) == [1, 1, 2]
        # Another undated article naming the delegations joins their record, not the others.
        copy = analysed("https://www.isna.ir/news/2", "isna.ir", None, "دیدار هیئت\u200cها در مسکو",
                        "هیئت ایرانی با هیئت روسی در مسکو رایزنی کرد.")
        copy = with_layers(copy, [], (), (dataclasses.replace(
            event(copy, "e1", "CONSULT", "040", IRAN, RUSSIA, "رایزنی کرد", ["هیئت ایرانی"]),
            source=iranians, target=russians),))
        assert store.ingest(copy).merged_events == 1
        assert sorted(item["mentions"] for item in store.query_events().items) == [1, 1, 3]


NOBODY = {"actor": None, "text": None, "country": None}


def arrest_report(url: str, published: str | None, lead: str, target: dict | None = None) -> Document:
    """An article whose one event is an arrest with nobody named as the one arresting, and,
    unless ``target`` says who, nobody as the one arrested."""
    doc = analysed(url, url.split("/")[2], published, lead.split(" در ")[0], lead)
    ev = dataclasses.replace(
        event(doc, "e1", "COERCE", "173", IRAN, IRAN, "دستگیر شدند", [lead[:20]], date=published, location=None),
        source=NOBODY, target=target or NOBODY,
    )
    return with_layers(doc, [], (), (ev,))


def test_store_dedup_events_with_nobody_named_keep_their_own_records(db_url: str) -> None:
    """«دستگیر شدند» in two unrelated articles names no party: nothing says it is one arrest."""
    smugglers = "سه قاچاقچی مواد مخدر در شهرستان ساری دستگیر شدند."
    thieves = "اعضای یک باند سرقت خودرو در مشهد دستگیر شدند."
    police = {"actor": "IRN-POLICE", "text": "پلیس", "country": "IRN"}
    with Store.open(db_url) as store:
        # Undated, nobody on either side.
        store.ingest(arrest_report("https://a.ir/news/1", None, smugglers))
        assert store.ingest(arrest_report("https://b.ir/news/2", None, thieves)).new_events == 1
        # Undated with one side only: still no evidence that it is the same arrest.
        store.ingest(arrest_report("https://a.ir/news/3", None, smugglers, police))
        assert store.ingest(arrest_report("https://b.ir/news/4", None, thieves, police)).new_events == 1
        # Dated, the same day, nobody on either side.
        store.ingest(arrest_report("https://a.ir/news/5", "2024-11-07", smugglers))
        assert store.ingest(arrest_report("https://b.ir/news/6", "2024-11-07", thieves)).new_events == 1
        # Dated with one side named: two outlets reporting the police's arrests that day do meet.
        store.ingest(arrest_report("https://a.ir/news/7", "2024-11-07", smugglers, police))
        assert store.ingest(arrest_report("https://b.ir/news/8", "2024-11-08", thieves, police)).merged_events == 1
        assert sorted(item["articles"] for item in store.query_events(EventQuery(limit=100)).items) == [1, 1, 1, 1, 1, 1, 2]
        # Ingesting the same articles again adds nothing and moves nothing.
        assert store.ingest(arrest_report("https://b.ir/news/2", None, thieves)).new_events == 0
        assert store.query_events(EventQuery(limit=100)).total == 7
        assert store.check() == []
