"""Hand-built analysed articles for the store tests, and the database fixture.

NER, actors and events are built in parallel by others, so these documents carry
layers written by hand at offsets found in the real normalised text.  The other
``test_store_*`` and ``test_export_*`` modules import from here.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from rayzan.document import (
    Actor,
    ArticleMeta,
    Block,
    Document,
    Entity,
    Event,
    Mention,
    Role,
    article_id,
)
from rayzan.pipeline import build_document, segment

JALALI = Actor("kazem_jalali", "کاظم جلالی", "Kazem Jalali", "person", "IRN",
               (Role("سفیر", "ambassador", "IRN", "RUS"),), sector="diplomatic", code="IRNGOVDIP")
VERSHININ = Actor("sergey_vershinin", "سرگئی ورشنین", "Sergey Vershinin", "person", "RUS",
                  (Role("معاون وزیر خارجه", "deputy foreign minister", "RUS"),), sector="diplomatic", code="RUSGOVDIP")
IRAN = Actor("IRN", "ایران", "Iran", "country", "IRN", code="IRN")
RUSSIA = Actor("RUS", "روسیه", "Russia", "country", "RUS", code="RUS")
ISRAEL = Actor("ISR", "اسرائیل", "Israel", "country", "ISR", code="ISR")

TOPICS = (
    {"text": "غزه", "name_en": "Gaza", "country": "PSE"},
    {"text": "سوریه", "name_en": "Syria", "country": "SYR"},
    {"text": "لبنان", "name_en": "Lebanon", "country": "LBN"},
)
MOSCOW = {"text": "مسکو", "name_en": "Moscow", "country": "RUS"}


def analysed(url: str | None, source: str | None, published: str | None, title: str, lead: str, *paragraphs: str) -> Document:
    """A real Document: the project's normaliser (ZWNJ restored) and sentence splitter."""
    blocks = [Block("title", title), Block("lead", lead), *(Block("paragraph", p) for p in paragraphs)]
    body = "\n".join(paragraphs)
    meta = ArticleMeta(id=article_id(url, title, lead + "\n" + body), url=url, source=source, published=published)
    return segment(build_document(meta, blocks))


def span(doc: Document, text: str, after: int = 0) -> tuple[int, int]:
    start = doc.text.index(text, after)
    return start, start + len(text)


def sentence_span(doc: Document, containing: str) -> tuple[int, int]:
    pos = doc.text.index(containing)
    sentence = doc.sentence_at(pos)
    assert sentence is not None, containing
    return sentence.start, sentence.end


def event(doc: Document, eid: str, plover: str, cameo: str, source: Actor, target: Actor, trigger: str,
          evidence: list[str], date: str | None = None, location: dict | None = MOSCOW,
          topics: tuple[dict, ...] = TOPICS, goldstein: float = 1.0, quad_class: int = 1,
          confidence: float = 0.8) -> Event:
    t0, t1 = span(doc, trigger)
    return Event(
        id=eid, plover=plover, cameo=cameo,
        source={"actor": source.id, "text": source.name, "country": source.country},
        target={"actor": target.id, "text": target.name, "country": target.country},
        location=location, date=date, topics=topics,
        evidence=tuple(sentence_span(doc, e) for e in evidence),
        trigger={"text": doc.text[t0:t1], "start": t0, "end": t1},
        goldstein=goldstein, quad_class=quad_class, confidence=confidence,
    )


def with_layers(doc: Document, names: list[tuple[str, str, Actor | None]], actors: tuple[Actor, ...],
                events: tuple[Event, ...]) -> Document:
    entities, mentions = [], []
    for text, label, actor in names:
        s, e = span(doc, text)
        entities.append(Entity(doc.text[s:e], label, s, e, actor.id if actor else None))
        if actor:
            mentions.append(Mention(doc.text[s:e], s, e, actor.id, "name"))
    return doc.evolve(entities=tuple(entities), actors=actors, mentions=tuple(mentions), events=events)


def consult_article(url: str = "https://www.farsnews.ir/news/14030815000123", source: str = "farsnews.ir",
                    published: str = "2024-11-05", date: str | None = "2024-11-05", extra: str = "") -> Document:
    """The seed's story: Jalali consults Vershinin in Moscow (ZWNJ lost in the input)."""
    doc = analysed(
        url, source, published,
        "رایزنی ایران و روسیه در مسکو درباره تحولات منطقهای",
        "کاظم جلالی، سفیر ایران در روسیه، با سرگئی ورشنین، معاون وزارت خارجه روسیه، درباره مسائل منطقهای شامل غزه، سوریه و لبنان گفتگو کرد.",
        "این رایزنیها نشاندهنده اهمیت هماهنگیهای سیاسی میان تهران و مسکو است." + extra,
    )
    ev = event(doc, "e1", "CONSULT", "040", JALALI, VERSHININ, "گفتگو کرد", ["کاظم جلالی"], date=date)
    return with_layers(
        doc,
        [("کاظم جلالی", "PER", JALALI), ("سرگئی ورشنین", "PER", VERSHININ), ("ایران", "LOC", IRAN),
         ("غزه", "LOC", None), ("سوریه", "LOC", None), ("لبنان", "LOC", None)],
        (JALALI, VERSHININ, IRAN), (ev,),
    )


def ingest_in_mixed_transactions(store, prefix: str) -> list[str]:
    """Seven articles stored three in one transaction, two alone, two together (those of one
    transaction share created_at); their ids as ``articles`` lists them."""
    docs = [consult_article(url=f"{prefix}{n:05d}") for n in range(7)]
    store.ingest_many(docs[:3])
    for doc in docs[3:5]:
        store.ingest(doc)
    store.ingest_many(docs[5:])
    return [a["id"] for a in store.articles(limit=50)]


def consult_report_elsewhere(url: str = "https://www.irna.ir/news/85650001", source: str = "irna.ir",
                             published: str = "2024-11-06") -> Document:
    """Another outlet, a day later, telling it from the Russian side: the same real event."""
    doc = analysed(
        url, source, published,
        "دیدار معاون وزیر خارجه روسیه با سفیر ایران",
        "سرگئی ورشنین، معاون وزیر امور خارجه روسیه، در مسکو با کاظم جلالی سفیر ایران دیدار و درباره تحولات سوریه و غزه رایزنی کرد.",
    )
    ev = event(doc, "e1", "CONSULT", "042", RUSSIA, IRAN, "رایزنی کرد", ["سرگئی ورشنین"], date="2024-11-05",
               topics=TOPICS[:2], confidence=0.9)
    return with_layers(doc, [("سرگئی ورشنین", "PER", VERSHININ), ("کاظم جلالی", "PER", JALALI)], (VERSHININ, JALALI, RUSSIA, IRAN), (ev,))


def accusation_article(reverse: bool = False, url: str | None = None, published: str = "2024-11-07") -> Document:
    """A directed event: Iran accuses Israel (or, reversed, Israel accuses Iran)."""
    if reverse:
        lead = "وزارت خارجه اسرائیل، ایران را به حمایت از گروههای مسلح در منطقه متهم کرد."
        src, tgt = ISRAEL, IRAN
    else:
        lead = "سخنگوی وزارت امور خارجه ایران، اسرائیل را به نقض آتشبس در لبنان متهم کرد."
        src, tgt = IRAN, ISRAEL
    url = url or f"https://www.isna.ir/news/{'1403081600' if reverse else '1403081601'}"
    doc = analysed(url, "isna.ir", published, "واکنش به تحولات لبنان", lead)
    ev = event(doc, "e1", "ACCUSE", "112", src, tgt, "متهم کرد", ["متهم کرد"], date=published, location=None,
               topics=(TOPICS[2],), goldstein=-2.0, quad_class=3, confidence=0.7)
    return with_layers(doc, [("ایران", "LOC", IRAN), ("اسرائیل", "LOC", ISRAEL)], (IRAN, ISRAEL), (ev,))


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A fresh, empty database per test: a SQLite file, or a new PostgreSQL database."""
    yield from fresh_database(request.param, tmp_path)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def module_db_url(request: pytest.FixtureRequest, tmp_path_factory: Any) -> Iterator[str]:
    """One fresh database per test module, for read-only tests over the same data."""
    yield from fresh_database(request.param, tmp_path_factory.mktemp("store"))


def fresh_database(kind: str, directory: Any) -> Iterator[str]:
    if kind == "sqlite":
        yield str(directory / "rayzan.db")
    else:
        yield from fresh_postgres_database()


def fresh_postgres_database() -> Iterator[str]:
    admin_url = os.environ.get("RAYZAN_TEST_PG")
    if not admin_url:
        pytest.skip("RAYZAN_TEST_PG is not set (a postgresql:// URL of a throwaway server)")
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"rayzan_test_{uuid.uuid4().hex[:12]}"
    admin = make_url(admin_url)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_store_documents_layers_point_at_their_text() -> None:
    doc = consult_article()
    # ZWNJ restored by the normaliser: the stored text is what offsets point into.
    assert "منطقه\u200cای" in doc.text
    for entity in doc.entities:
        assert doc.text[entity.start : entity.end] == entity.text
    (ev,) = doc.events
    (start, end), = ev.evidence
    assert doc.text[start:end].startswith("کاظم جلالی")
    assert doc.text[ev.trigger["start"] : ev.trigger["end"]] == "گفتگو کرد"
