"""Actor lookup keys: the actor filter finds the same actors as the scan it replaced, from an index."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from test_store_documents import analysed, db_url, module_db_url  # noqa: F401  (fixtures)

from rayzan.document import Actor, Document
from rayzan.store import EventQuery, Store, schema, search
from rayzan.store.migrations import LATEST

ZWNJ = "\u200c"

# Real names as the knowledge base and the resolver store them: a title before a person's name,
# ZWNJ inside a surname, hyphens in English names and in ids, ids with a kind or a country
# before ':', two persons sharing a surname, a body whose name ends like a person's.
ACTORS = (
    Actor("person:abbas-araghchi", "سید عباس عراقچی", "Abbas Araghchi", "person", "IRN"),
    Actor("person:sergey-lavrov", "سرگئی لاوروف", "Sergey Lavrov", "person", "RUS"),
    Actor("person:hossein-amir-abdollahian", "حسین امیرعبداللهیان", "Hossein Amir-Abdollahian", "person", "IRN"),
    Actor("person:ali-khamenei", "سید علی خامنه\u200cای", "Ali Khamenei", "person", "IRN"),
    Actor("person:mohammad-javad-zarif", "محمدجواد ظریف", "Mohammad Javad Zarif", "person", "IRN"),
    Actor("person:ali-larijani", "علی لاریجانی", "Ali Larijani", "person", "IRN"),
    Actor("person:sadegh-amoli-larijani", "صادق آملی لاریجانی", "Sadegh Amoli Larijani", "person", "IRN"),
    Actor("person:ali-hiat-pour", "علی حیات\u200cپور", "Ali Hiat Pour", "person", "IRN"),
    Actor("person:recep-tayyip-erdogan", "رجب طیب اردوغان", "Recep Tayyip Erdoğan", "person", "TUR"),
    Actor("person:antonio-guterres", "آنتونیو گوترش", "António Guterres", "person"),
    Actor("person:javid", "جاوید", None, "person", "IRN"),  # no English name
    Actor("IRQ:member-of-parliament", "نماینده مجلس عراق", "member of parliament of Iraq", "person", "IRQ"),
    Actor("JPN:ambassador", "سفیر ژاپن در ایران", "ambassador of Japan", "person", "JPN"),
    Actor("IRN", "ایران", "Iran", "country", "IRN"),
    Actor("RUS", "روسیه", "Russia", "country", "RUS"),
    Actor("TUR", "ترکیه", "Türkiye", "country", "TUR"),
    Actor("TUR-GOV", "دولت ترکیه", "government of Türkiye", "government", "TUR"),
    Actor("org:sazman-melal", "سازمان ملل متحد", "United Nations", "organisation"),
    Actor("org:bonyad-larijani", "بنیاد لاریجانی", "Larijani Foundation", "organisation", "IRN"),
    Actor("org:anjoman-haye-eslami", "انجمن\u200cهای اسلامی دانشجویان", "Anjoman Haye Eslami", "organisation", "IRN"),
    Actor("org:march-14", "ائتلاف ۱۴-مارس", "March 14 Alliance", "organisation", "LBN"),
    Actor("place:ahvaz", "اهواز", "Ahvaz", "place", "IRN"),
    # Not what the normaliser stores, but a row may hold it: the keys fold it as the scan did.
    Actor("person:ali-arabic-yeh", "علي كريمي", "Ali Karimi", "person", "IRN"),
)


def scanned_actor_ids(text: str) -> sa.Select:
    """The lookup this replaced (``query.actor_ids`` up to schema version 10): every actor's id,
    folded names and name endings computed in SQL, a scan of the actors table."""
    act = schema.actors
    raw = text.strip()
    named: list[sa.ColumnElement[bool]] = [sa.func.lower(act.c.id) == raw.lower()]
    if raw and ":" not in raw and " " not in raw:
        named.append(sa.func.lower(act.c.id).like("%:" + search.escape_like(raw.lower()), escape="\\"))
    key = search.name_key(raw)
    if key:
        named += [schema.folded_name(act.c.name) == key, schema.folded_name(act.c.name_en) == key]
    words = search.name_words(raw)
    if words:

        def ends_with(column: sa.ColumnElement[str], tail: str) -> sa.ColumnElement[bool]:
            spaced = sa.literal(" ", sa.Text) + sa.func.lower(
                sa.func.replace(sa.func.replace(column, ZWNJ, ""), "-", " "), type_=sa.Text
            )
            return spaced.like("% " + search.escape_like(tail), escape="\\")

        tails = sorted({" ".join(words), "".join(words)})
        ends = [ends_with(column, tail) for tail in tails for column in (act.c.name, act.c.name_en)]
        named.append(sa.and_(act.c.kind == "person", sa.or_(*ends)))
    return sa.select(act.c.id).where(sa.or_(*named))


def spellings(actor: Actor) -> set[str]:
    """What users type for an actor: its id in any case and without its kind, its names and
    every run of their words, spaced, joined, with ZWNJ, hyphens, Arabic ي/ك, in any case."""
    out = {actor.id, actor.id.lower(), actor.id.upper(), actor.id.rpartition(":")[2], " " + actor.id + " "}
    for name in filter(None, (actor.name, actor.name_en)):
        words = re.split(r"[ \u200c-]", name)
        runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        for run in runs | {name}:
            out |= {run, run.replace(" ", ""), run.replace(" ", ZWNJ), run.replace(" ", "-"), run.replace(ZWNJ, " "),
                    run.replace(ZWNJ, ""), run.upper(), run.lower(), run.replace("ی", "ي").replace("ک", "ك"),
                    run.replace(" ", "  ")}
    return out


OTHER_INPUTS = [
    "", " ", "-", ":", "%", "_", "\\", "id:", "name:", "person:", ":iran", "iran:", "country: irn", "I RN", "i-rn",
    "person:abbas araghchi", "abbas_araghchi", "%araghchi", "araghchi%", "abbas-%", "خامنه ای", "خامنه اي", "علی خامنه ای",
    "آيت الله خامنه‌ای", "عباس", "چی", "پور", "ای", "انتونیو گوترش", "Erdogan", "ERDOĞAN", "TÜRKIYE", "turkiye",
    "وزیر خارجه ایران", "سفیر", "member", "of", "ambassador-of-japan", "14 مارس", "۱۴", "Nobody", "ali", "Ali",
]


def actors_article(actors: tuple[Actor, ...], n: int = 0) -> Document:
    doc = analysed(f"https://www.farsnews.ir/news/1403090100{n:04d}", "farsnews.ir", "2024-11-21",
                   "فهرست بازیگران", "این خبر بازیگران را نام می‌برد.")
    return doc.evolve(actors=actors)


def stored_keys(store: Store) -> list[tuple[str, str]]:
    ak = schema.actor_keys
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(ak.c.actor_id, ak.c.key).order_by(ak.c.actor_id, ak.c.key))]


def keys_of_rows(store: Store) -> list[tuple[str, str]]:
    """The keys every stored actor row should have."""
    from rayzan.store.actor_keys import keys_of

    act = schema.actors
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(act.c.id, act.c.name, act.c.name_en, act.c.kind)).all()
    return sorted((r.id, key) for r in rows for key in keys_of(r.id, r.name, r.name_en, r.kind))


@pytest.fixture(scope="module")
def store(module_db_url: str) -> Iterator[Store]:  # noqa: F811
    # Read-only tests: one database per back end for the whole module.
    with Store.open(module_db_url) as s:
        s.ingest(actors_article(ACTORS))
        yield s


def test_store_actor_keys_find_what_the_scan_found(store: Store) -> None:
    from rayzan.store.actor_keys import lookup_keys

    ak = schema.actor_keys
    inputs = sorted({s for a in ACTORS for s in spellings(a)} | set(OTHER_INPUTS))
    found_some = found_several = 0
    with store.engine.connect() as conn:
        for text in inputs:
            scanned = sorted(conn.execute(scanned_actor_ids(text)).scalars())
            keyed = conn.execute(sa.select(ak.c.actor_id).where(ak.c.key.in_(lookup_keys(text))).distinct()).scalars()
            assert sorted(keyed) == store.actor_ids(text) == scanned, text
            found_some += bool(scanned)
            found_several += len(scanned) > 1
    # Not a vacuous agreement: most spellings find an actor, some several (a shared surname).
    counts = (len(inputs), found_some, found_several)
    assert len(inputs) > 800 and found_some > len(inputs) // 2 and found_several >= 5, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سید علی خامنه‌ای", ["person:ali-khamenei"]),  # the stored name
        ("خامنه ای", ["person:ali-khamenei"]),  # a space where the name has ZWNJ
        ("خامنهای", ["person:ali-khamenei"]),  # ZWNJ lost
        ("لاریجانی", ["person:ali-larijani", "person:sadegh-amoli-larijani"]),  # two persons; not the foundation
        ("بنیاد لاریجانی", ["org:bonyad-larijani"]),  # a body by its whole name only
        ("حیات پور", ["person:ali-hiat-pour"]),
        ("Amir-Abdollahian", ["person:hossein-amir-abdollahian"]),
        ("abdollahian", ["person:hossein-amir-abdollahian"]),
        ("member-of-parliament", ["IRQ:member-of-parliament"]),  # the id after its country
        ("irq:MEMBER-of-parliament", ["IRQ:member-of-parliament"]),
        ("irn", ["IRN"]),
        ("TÜRKIYE", ["TUR"]),
        ("country: irn", []),  # an id is compared as an id, a name as a name
        ("I RN", []),
        ("عباس", []),  # a given name is not a surname
        ("علی کریمی", []),  # a stored name the normaliser never wrote (ي, ك) is not found by the normalised one
    ],
)
def test_store_actor_keys_examples(store: Store, text: str, expected: list[str]) -> None:
    assert store.actor_ids(text) == expected
    with store.engine.connect() as conn:
        assert sorted(conn.execute(scanned_actor_ids(text)).scalars()) == expected


def test_store_actor_keys_fold_capitals_beyond_ascii(db_url: str) -> None:  # noqa: F811
    # SQLite's lower() folds only ASCII: the scan did not find «Île-de-France» by its own English
    # name there.  Keys are folded in Python, the same on both back ends.
    with Store.open(db_url) as store:
        store.ingest(actors_article((Actor("place:ile-de-france", "ایل دو فرانس", "Île-de-France", "place", "FRA"),)))
        for text in ("Île-de-France", "ÎLE-DE-FRANCE", "île de france"):
            assert store.actor_ids(text) == ["place:ile-de-france"], text


def test_store_actor_keys_lookup_is_an_index_search(tmp_path) -> None:
    # The scan folded the id, both names and a person's name endings of every actor: 6 ms per
    # lookup at 3,700 actors, 120 ms at 40,000, and a dyad of two actors asks up to eight times.
    from sqlalchemy.dialects import sqlite

    from rayzan.store.query import actor_ids, count_events, order_by, select_event_ids

    statements = [actor_ids("خامنه ای")]
    queries = [EventQuery(actor="عراقچی"), EventQuery(dyad=("عراقچی", "Lavrov")),
               EventQuery(dyad=("IRN", "Lavrov"), dyad_ordered=True)]
    for q in queries:
        page = select_event_ids(q, "sqlite").order_by(*order_by(q, "sqlite")).limit(50)
        statements += [count_events(q, "sqlite"), page]
    with Store.open(str(tmp_path / "r.db")) as store, store.engine.connect() as conn:
        store.ingest(actors_article(ACTORS))
        for stmt in statements:
            sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(row) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "SEARCH actor_keys USING COVERING INDEX ix_actor_keys_key (key=?)" in plan, plan
            assert not re.search(r"\bactors\b|SCAN actor_keys", plan), plan


def test_store_actor_keys_migration_11_fills_them(db_url: str, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db_url) as store:
        store.ingest(actors_article(ACTORS))
        expected = stored_keys(store)
        with store.engine.begin() as conn:  # what version 10 left: no keys
            conn.exec_driver_sql("DROP TABLE actor_keys")
            conn.execute(schema.schema_version.delete().where(schema.schema_version.c.version >= 11))
    from rayzan.store import actor_keys

    monkeypatch.setattr(actor_keys, "_PAGE", 4)  # several pages of actors, as on a big archive
    capsys.readouterr()
    with Store.open(db_url) as store:
        assert f"from schema version 10 to {LATEST}" in capsys.readouterr().err
        assert stored_keys(store) == expected == keys_of_rows(store)
        assert store.actor_ids("عراقچی") == ["person:abbas-araghchi"]
        assert store.actor_ids("Sergey Lavrov") == ["person:sergey-lavrov"]
        assert store.actor_ids("انجمنهای اسلامی دانشجویان") == ["org:anjoman-haye-eslami"]
        assert store.check() == []


def test_store_actor_keys_follow_a_renamed_actor(db_url: str) -> None:  # noqa: F811
    araghchi, iran = ACTORS[0], ACTORS[13]
    # The resolver first knew him by title only, then by name; a later article romanises him anew.
    as_title = Actor(araghchi.id, "وزیر امور خارجه ایران", "foreign minister of Iran", "government", "IRN")
    renamed_en = Actor(araghchi.id, araghchi.name, "Abbas Araqchi", "person", "IRN")
    with Store.open(db_url) as store:

        def ingest(doc: Document) -> None:
            store.ingest(doc)
            assert stored_keys(store) == keys_of_rows(store)  # none stale, none missing, none twice

        ingest(actors_article((as_title, iran)))
        assert store.actor_ids("وزیر امور خارجه ایران") == [araghchi.id]
        assert store.actor_ids("عراقچی") == []
        ingest(actors_article((araghchi, iran)))  # the same article analysed again
        assert store.actor_ids("وزیر امور خارجه ایران") == []
        assert store.actor_ids("عراقچی") == store.actor_ids("Araghchi") == [araghchi.id]
        ingest(actors_article((renamed_en,), n=1))  # another article: the latest description wins
        assert store.actor_ids("Araghchi") == []
        assert store.actor_ids("araqchi") == store.actor_ids("عراقچی") == [araghchi.id]
        # One article describing the actor twice: the row keeps the last, and its keys follow it.
        ingest(actors_article((araghchi, as_title), n=2))
        assert store.actor_ids("وزیر امور خارجه ایران") == [araghchi.id]
        assert store.actor_ids("araqchi") == store.actor_ids("عراقچی") == []
        ingest(actors_article((araghchi, iran)))  # unchanged: nothing written
        assert store.actor_ids("ایران") == ["IRN"]
        assert store.check() == []
