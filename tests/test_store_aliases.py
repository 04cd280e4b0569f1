"""Articles without a URL: a copy that differs only in what the normaliser folds is the stored
article, also one stored before schema version 13 under the id of its raw text."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
import sqlalchemy as sa
from test_store_documents import IRAN, db_url, event, with_layers  # noqa: F401  (db_url: a fixture)

from rayzan.document import Actor, Block, Document
from rayzan.pipeline import build_document, segment
from rayzan.readers.base import make_article
from rayzan.store import EventQuery, Store, schema
from rayzan.store.migrations import LATEST

AZERBAIJAN = Actor("AZE", "جمهوری آذربایجان", "Azerbaijan", "country", "AZE", code="AZE")
TITLE = "دیدار وزرای خارجه ایران و جمهوری آذربایجان در باکو"
LEAD = ("عباس عراقچی، وزیر امور خارجه ایران، روز دوشنبه در باکو با جیحون بایراموف، وزیر خارجه جمهوری آذربایجان، "
        "درباره کریدورهای ترانزیتی و امنیت قفقاز گفتگو کرد.")
OTHER_TITLE = "دیدار وزیر خارجه ایران با رئیس‌جمهور آذربایجان"
OTHER_LEAD = "عباس عراقچی فردای آن روز در باکو با الهام علی‌اف، رئیس‌جمهور آذربایجان، دیدار و گفتگو کرد."


def fars_letters(text: str) -> str:
    """``text`` as the Fars News files write it: Arabic yeh and kaf."""
    return text.replace("ی", "ي").replace("ک", "ك")


def baku(title: str = TITLE, lead: str = LEAD, article_id: str | None = None) -> Document:
    """A .txt article (no URL) read as the readers read it, with a hand-made CONSULT event."""
    blocks = [Block("title", title), Block("lead", lead)]
    meta = make_article(blocks, origin="baku.txt", id=article_id).meta
    doc = segment(build_document(meta, blocks))
    ev = event(doc, "e1", "CONSULT", "040", IRAN, AZERBAIJAN, "گفتگو کرد", ["عباس عراقچی"], date="2024-11-04",
               location={"text": "باکو", "name_en": "Baku", "country": "AZE"}, topics=())
    return with_layers(doc, [("عباس عراقچی", "PER", None), ("باکو", "LOC", None)], (IRAN, AZERBAIJAN), (ev,))


def raw_id(doc: Document) -> str:
    """The id Rayzan gave an article without a URL before schema version 13: from its raw title and text."""
    title = doc.raw.split("\n")[0]
    return hashlib.sha256(f"{title}\n{doc.raw}".encode()).hexdigest()[:16]


def test_store_aliases_a_copy_with_arabic_letters_is_the_same_article(db_url: str) -> None:  # noqa: F811  (a fixture)
    persian, arabic = baku(), baku(fars_letters(TITLE), fars_letters(LEAD))
    assert persian.raw != arabic.raw and persian.text == arabic.text
    with Store.open(db_url) as store:
        assert store.ingest(persian).status == "added"
        again = store.ingest(arabic)  # was a second article, with the event mentioned twice
        assert (again.article_id, again.status, again.version) == (persian.id, "unchanged", 1)
        assert store.count_articles() == 1
        [record] = store.query_events(EventQuery()).items
        assert (record["mentions"], record["articles"]) == (1, 1)
        # The Persian copy's raw was its normalised text already, as Rayzan's own output's is: the raw
        # that says more than the text is kept, so the stored article is the same whichever came first.
        assert persian.raw == persian.text and store.article(persian.id)["raw"] == arabic.raw
        assert store.ingest(persian).status == "unchanged" and store.article(persian.id)["raw"] == arabic.raw


def test_store_aliases_copies_that_differ_in_spacing_make_no_versions(db_url: str) -> None:  # noqa: F811  (a fixture)
    # One id (spaces and ZWNJ are not part of it), two texts: ingested in turn, each copy made a new
    # version of the other, every time
    spaced, joined = baku(), baku(lead=LEAD.replace("در باکو با", "در باکوبا"))
    assert spaced.id == joined.id and spaced.text != joined.text
    with Store.open(db_url) as store:
        assert store.ingest(spaced).status == "added"
        for doc in (joined, spaced, joined):
            result = store.ingest(doc)
            assert (result.status, result.version) == ("unchanged", 1)
        assert store.article(spaced.id)["text"] == spaced.text  # the first text stays


def test_store_aliases_migration_13_finds_articles_stored_under_raw_ids(db_url: str,  # noqa: F811  (a fixture)
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    persian, arabic = baku(), baku(fars_letters(TITLE), fars_letters(LEAD))
    legacy = [doc.evolve(meta=replace(doc.meta, id=raw_id(doc))) for doc in (persian, arabic)]
    with Store.open(db_url) as store:
        # What version 12 stored: each copy under the id of its raw text, the event mentioned twice.
        for doc in legacy:
            assert store.ingest(doc).status == "added"
        with store.engine.begin() as conn:
            conn.execute(schema.schema_version.delete().where(schema.schema_version.c.version >= 13))
            conn.exec_driver_sql("DROP TABLE article_aliases")
    capsys.readouterr()
    with Store.open(db_url) as store:
        assert f"from schema version 12 to {LATEST}" in capsys.readouterr().err
        # Read again, each copy has the id of its normalised text: found as the first stored, nothing added.
        for doc in (persian, arabic):
            result = store.ingest(doc)
            assert (result.article_id, result.status, result.version) == (legacy[0].id, "unchanged", 1)
        assert sorted(a["id"] for a in store.articles()) == sorted(d.id for d in legacy)  # nothing lost either
        assert store.ingest(baku(OTHER_TITLE, OTHER_LEAD)).status == "added"
        assert store.count_articles() == 3 and store.check() == []


def test_store_aliases_an_article_given_an_id_by_its_input(db_url: str) -> None:  # noqa: F811  (a fixture)
    given = baku(article_id="baku-bulletin-7")
    with Store.open(db_url) as store:
        assert store.ingest(given).status == "added"
        # The same text read from a file that gives no id, in Fars letters: the article given the id.
        copy = baku(fars_letters(TITLE), fars_letters(LEAD))
        result = store.ingest(copy)
        assert (result.article_id, result.status) == ("baku-bulletin-7", "unchanged")
        with store.engine.connect() as conn:
            aliases = conn.execute(sa.select(schema.article_aliases.c.alias, schema.article_aliases.c.article_id)).all()
        assert [tuple(a) for a in aliases] == [(copy.id, "baku-bulletin-7")]
        assert store.count_articles() == 1


def test_store_aliases_an_article_is_read_by_the_id_its_content_gives_today(db_url: str) -> None:  # noqa: F811  (a fixture)
    # Stored before schema version 13 under the id of its raw text, an article was found by the id
    # its content gives today (what `rayzan analyze` prints) when ingested again, but not when read:
    # `rayzan show`, the API's /api/articles/{id} and the events of an article said "no such article".
    persian, arabic = baku(), baku(fars_letters(TITLE), fars_letters(LEAD))
    legacy = arabic.evolve(meta=replace(arabic.meta, id=raw_id(arabic)))
    assert legacy.id != persian.id == arabic.id
    with Store.open(db_url) as store:
        assert store.ingest(legacy).status == "added"
        for read in (store.article, store.article_document):
            found = read(persian.id)
            assert found is not None and found["id"] == legacy.id  # the id it is stored under, shown as it is
            assert found == read(legacy.id)
        [record] = store.query_events(EventQuery(article=persian.id)).items
        assert store.query_events(EventQuery(article=legacy.id)).items == [record]
        assert store.stored_ids([persian.id, legacy.id, "0000000000000000"]) == {persian.id: legacy.id, legacy.id: legacy.id}
        assert store.article("0000000000000000") is None and store.article_document("0000000000000000") is None
        # A new text stored under the old id: its first version read by the alias too.
        assert store.ingest(baku(OTHER_TITLE, OTHER_LEAD, article_id=legacy.id)).status == "updated"
        first = store.article_version(persian.id, 1)
        assert first is not None and first["id"] == legacy.id and first == store.article_version(legacy.id, 1)
        assert store.article(persian.id)["version"] == 2
