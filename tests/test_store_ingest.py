"""Opening, migrating and ingesting: statuses, versions, exact round trip, one transaction."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from test_store_documents import (  # noqa: F401  (fixture)
    analysed,
    consult_article,
    consult_report_elsewhere,
    db_url,
    ingest_in_mixed_transactions,
)

from rayzan.errors import InputError, StoreError
from rayzan.store import EventQuery, Store, schema
from rayzan.store import dedup as dedup_module
from rayzan.store.location import resolve_url
from rayzan.store.migrations import LATEST
from rayzan.store.store import MissingDatabase


def test_store_location_explicit_env_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RAYZAN_DB", raising=False)
    assert resolve_url(None).database == str(tmp_path / "rayzan.db")
    monkeypatch.setenv("RAYZAN_DB", str(tmp_path / "env.db"))
    assert resolve_url(None).database == str(tmp_path / "env.db")
    assert resolve_url(tmp_path / "arg.db").database == str(tmp_path / "arg.db")
    assert resolve_url(f"sqlite:///{tmp_path}/u.db").database == f"{tmp_path}/u.db"
    assert resolve_url("postgresql://me@db.example/news").drivername == "postgresql+psycopg"


@pytest.mark.parametrize(
    "location",
    [
        "/no/such/directory/rayzan.db",  # parent directory missing
        "mysql://root@localhost/news",  # a back end we do not support
    ],
)
def test_store_location_rejected_clearly(location: str) -> None:
    with pytest.raises(StoreError, match="rayzan|directory|unsupported"):
        Store.open(location)


def test_store_migrations_idempotent_and_newer_refused(db_url: str) -> None:
    Store.open(db_url).close()
    with Store.open(db_url) as store:  # second open applies nothing
        with store.engine.connect() as conn:
            versions = conn.execute(sa.select(schema.schema_version.c.version)).scalars().all()
        assert versions == list(range(1, LATEST + 1))
        with store.engine.begin() as conn:
            conn.execute(schema.schema_version.insert().values(version=LATEST + 1, description="future", applied_at=sa.func.now()))
    with pytest.raises(StoreError, match="newer"):
        Store.open(db_url)


def test_store_ingest_added_unchanged_and_exact_round_trip(db_url: str) -> None:
    doc = consult_article()
    with Store.open(db_url) as store:
        first = store.ingest(doc)
        assert (first.status, first.version, first.events, first.new_events) == ("added", 1, 1, 1)
        again = store.ingest(doc)
        assert again.status == "unchanged"
        assert store.article_document(doc.id) == doc.to_json()
        detail = store.article(doc.id)
        assert detail["title"] == "رایزنی ایران و روسیه در مسکو درباره تحولات منطقه\u200cای"
        assert detail["lead"].startswith("کاظم جلالی، سفیر ایران در روسیه")
        assert [s["kind"] for s in detail["sections"]] == ["title", "lead", "paragraph"]
        assert all(s["text"] == doc.text[s["start"] : s["end"]] for s in detail["sentences"])
        assert {e["text"] for e in detail["entities"]} >= {"کاظم جلالی", "سرگئی ورشنین"}
        assert detail["events"][0]["event_id"] is not None
        listing = store.articles()
        assert [(a["id"], a["version"], a["events"], a["sentences"]) for a in listing] == [(doc.id, 1, 1, len(doc.sentences))]
        assert store.article("no-such-article") is None


def test_store_same_url_changed_text_is_a_new_version(db_url: str) -> None:
    v1 = consult_article()
    v2 = consult_article(extra=" گفتگوها در فضایی سازنده برگزار شد.")
    assert v1.id == v2.id and v1.content_hash != v2.content_hash
    with Store.open(db_url) as store:
        store.ingest(v1)
        result = store.ingest(v2)
        assert (result.status, result.version) == ("updated", 2)
        detail = store.article(v1.id)
        assert "فضایی سازنده" in detail["text"]
        assert [v["version"] for v in detail["earlier_versions"]] == [1]
        assert store.article_version(v1.id, 1) == v1.to_json()  # nothing silently overwritten
        assert store.ingest(v2).status == "unchanged"
        assert len(store.articles()) == 1


def test_store_times_are_utc_on_both_back_ends(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # SQLite hands stored times back without their zone, PostgreSQL in the session's (a server in
    # Tehran: +03:30): the same instant must read the same, for `articles --json`, `show` and the API.
    monkeypatch.setenv("PGTZ", "Asia/Tehran")
    v1, v2 = consult_article(), consult_article(extra=" گفتگوها در فضایی سازنده برگزار شد.")
    with Store.open(db_url) as store:
        store.ingest(v1)
        store.ingest(v2)
        detail = store.article(v1.id)
        (summary,) = store.articles()
        (earlier,) = detail["earlier_versions"]
        times = [detail["created_at"], detail["updated_at"], summary["created_at"], summary["updated_at"],
                 earlier["stored_at"], earlier["replaced_at"]]
    assert all(t.endswith("+00:00") for t in times), times


def test_store_reanalysed_text_updates_without_new_version(db_url: str) -> None:
    doc = consult_article()
    bare = doc.evolve(entities=(), actors=(), mentions=(), events=())
    with Store.open(db_url) as store:
        store.ingest(bare)
        result = store.ingest(doc)  # a better pipeline found the event in the same text
        assert (result.status, result.version) == ("updated", 1)
        assert store.article(doc.id)["earlier_versions"] == []
        assert store.query_events().total == 1


def test_store_ingest_failure_rolls_back_whole_article(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise sa.exc.OperationalError("INSERT", {}, Exception("disk full"))

    with Store.open(db_url) as store:
        monkeypatch.setattr(dedup_module, "assign", broken)
        with pytest.raises(StoreError, match="disk full"):
            store.ingest(consult_article())
        assert store.articles() == []
        with store.engine.connect() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(schema.sentences)).scalar_one() == 0


def test_store_ingest_many_one_transaction(db_url: str) -> None:
    docs = [consult_article(url=f"https://www.farsnews.ir/news/{n}") for n in range(3)]
    with Store.open(db_url) as store:
        results = store.ingest_many(docs)
        assert [r.status for r in results] == ["added"] * 3
        assert [r.new_events for r in results] == [1, 0, 0]  # the same consultation three times
        assert len(store.articles(limit=2)) == 2 and len(store.articles(limit=2, offset=2)) == 1
        with pytest.raises(InputError):
            store.articles(limit=0)


def test_store_article_ids_walk_the_listing_order_by_key(db_url: str) -> None:
    # Every article once, in the order `articles` lists them, a page after the last (created_at,
    # id): articles stored in one transaction share created_at and are listed by id, across pages.
    with Store.open(db_url) as store:
        listed = ingest_in_mixed_transactions(store, "https://www.farsnews.ir/news/")
        assert len(set(listed)) == 7
        for page in (1, 2, 3, 7, 1000):
            assert list(store.article_ids(page=page)) == listed, page


def test_store_article_without_layers(db_url: str) -> None:
    doc = analysed(None, None, None, "بیانیه پایانی نشست", "متن کامل بیانیه هنوز منتشر نشده است.")
    with Store.open(db_url) as store:
        assert store.ingest(doc).status == "added"
        stored = store.article_document(doc.id)
        assert stored == doc.to_json() and stored["events"] == [] and stored["url"] is None


def test_store_check_reports_a_miscounted_event(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest(consult_article())
        assert store.check() == []
        with store.engine.begin() as conn:
            conn.execute(schema.events.update().values(num_mentions=5))
        (problem,) = store.check()
        assert "mention count is wrong" in problem


def test_store_migration_from_version_2_keeps_search_working(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db_url) as store:
        store.ingest(consult_article())
        # Turn the database back into what version 2 left: no event search text.
        with store.engine.begin() as conn:
            if store.dialect == "sqlite":
                for trigger in ("event_text_fts_insert", "event_text_fts_delete", "event_text_fts_update"):
                    conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
                conn.exec_driver_sql("DROP TABLE event_text_fts")
            conn.exec_driver_sql("ALTER TABLE events DROP COLUMN search_text")
            conn.execute(schema.schema_version.delete().where(schema.schema_version.c.version >= 3))
    capsys.readouterr()
    with Store.open(db_url) as store:
        # An upgrade may rebuild an index for a minute on a big archive: it says so, not look hung.
        assert f"from schema version 2 to {LATEST}" in capsys.readouterr().err
        assert store.query_events(EventQuery(text="منطقهای")).total == 1
        store.ingest(consult_report_elsewhere())
        assert store.query_events(EventQuery(text="ورشنین")).total == 1
        assert store.check() == []


def test_store_migration_8_folds_alef_in_stored_search_text(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest(consult_article())
        # What version 7 stored: the search text kept آ (here one word more, written with it).
        with store.engine.begin() as conn:
            for table in ("events", "event_mentions"):
                conn.exec_driver_sql(f"UPDATE {table} SET search_text = search_text || ' آمریکایی'")
            conn.execute(schema.schema_version.delete().where(schema.schema_version.c.version >= 8))
        assert store.query_events(EventQuery(text="امریکایی")).total == 0
    with Store.open(db_url) as store:
        assert store.query_events(EventQuery(text="امریکایی")).total == 1
        assert store.query_events(EventQuery(text="آمریکایی")).total == 1
        assert store.check() == []


def test_store_open_for_reading_never_creates_the_schema(db_url: str) -> None:
    # `rayzan events --db postgresql://team@db/postgres` (the server's own database, or a mistyped name
    # of another one): as for a SQLite path that is not there, a reading command refuses it rather
    # than create Rayzan's tables in it and answer "0 events" (an export: an empty file).
    if "://" not in db_url:
        Path(db_url).touch()  # an empty SQLite file: no tables either
    with pytest.raises(MissingDatabase, match="no Rayzan database"):
        Store.open(db_url, must_exist=True)
    engine = sa.create_engine(resolve_url(db_url))
    try:
        assert sa.inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    with Store.open(db_url) as store:  # ingest (or serve) makes it
        store.ingest(consult_article())
    with Store.open(db_url, must_exist=True) as store:
        assert store.count_articles() == 1


def test_store_open_rejects_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("یادداشت‌های خبرنگار درباره نشست مسکو\n" * 200, encoding="utf-8")
    with pytest.raises(StoreError, match="not a database"):
        Store.open(notes)


@pytest.mark.parametrize(
    "published",
    [
        "2024-11-05T10:30:00",  # a timestamp, not a date
        "۱۴۰۳/۰۸/۱۵",  # a Jalali date as printed on the page
        "5 Nov 2024",
    ],
)
def test_store_ingest_refuses_dates_it_cannot_compare(db_url: str, published: str) -> None:
    doc = consult_article(published=published, date=None)
    with Store.open(db_url) as store:
        with pytest.raises(InputError, match="YYYY-MM-DD"):
            store.ingest(doc)
        assert store.articles() == []


def test_store_migration_10_indexes_first_letters_for_free_text(tmp_path: Path) -> None:
    # A one-letter query word («و», «ا») merged the lists of every word it begins (0.96 s for 31
    # letters on 316,416 events); FTS5's prefix index answers it from one list (0.04 s).
    db = str(tmp_path / "r.db")
    with Store.open(db) as store:
        store.ingest(consult_article())
        with store.engine.begin() as conn:  # what version 9 left: no prefix index
            conn.exec_driver_sql("DROP TABLE event_text_fts")
            conn.exec_driver_sql("CREATE VIRTUAL TABLE event_text_fts USING fts5("
                                 "search_text, content='events', content_rowid='id', tokenize='unicode61')")
            conn.exec_driver_sql("INSERT INTO event_text_fts(event_text_fts) VALUES ('rebuild')")
            conn.execute(schema.schema_version.delete().where(schema.schema_version.c.version >= 10))
        found = store.query_events(EventQuery(text="ر منطقهای")).total
    with Store.open(db) as store:
        with store.engine.connect() as conn:
            sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'event_text_fts'").scalar()
        assert "prefix='1'" in sql
        assert store.query_events(EventQuery(text="ر منطقهای")).total == found == 1
        store.ingest(consult_report_elsewhere())  # the triggers still feed the rebuilt index
        assert store.query_events(EventQuery(text="و ورشنین")).total == 1
        assert store.check() == []


def long_url(length: int = 20_000) -> str:
    """A news URL as some feeds hand them: a percent-encoded Persian slug, then a tracking token
    that does not compress (PostgreSQL's btree refused an entry over about 2,700 bytes)."""
    slug = quote("رایزنی-ایران-و-روسیه-در-مسکو")
    token = "".join(hashlib.sha256(str(i).encode()).hexdigest() for i in range(length // 64 + 1))
    return f"https://www.farsnews.ir/news/14030815000123/{slug}?utm_source=feed&ref={token}"[:length]


def ids_by_url(store: Store, url: str) -> list[str]:
    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(schema.articles.c.id).where(schema.articles.c.url == url)).scalars())


def test_store_ingest_keeps_an_article_with_a_very_long_url(db_url: str) -> None:  # noqa: F811  (a fixture)
    # PostgreSQL refused it ("index row size ... exceeds btree maximum" on ix_articles_url): the
    # article was lost where SQLite kept it.
    url = long_url()
    doc = consult_article(url=url)
    with Store.open(db_url) as store:
        assert store.ingest(doc).status == "added"
        assert ids_by_url(store, url) == [doc.id]
        assert ids_by_url(store, url[:-1]) == []  # equality, not a prefix or a hash collision
        assert store.article(doc.id)["url"] == url
        assert store.article_document(doc.id) == doc.to_json()
        assert store.ingest(doc).status == "unchanged"
        assert store.count_articles() == 1
        assert store.check() == []


def test_store_lookup_by_url_uses_its_index(db_url: str) -> None:  # noqa: F811  (a fixture)
    # On PostgreSQL the URL index is a hash index (migration 12): `url = :u` is still read from it.
    url = long_url()
    with Store.open(db_url) as store:
        store.ingest_many([consult_article(url=url), consult_report_elsewhere(), consult_article()])
        lookup = sa.select(schema.articles.c.id).where(schema.articles.c.url == url)
        with store.engine.connect() as conn:
            sql = str(lookup.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
            if store.dialect == "postgresql":
                conn.exec_driver_sql("SET enable_seqscan = off")  # three rows: it would rather read them all
                plan = " ".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql))
                assert "Index Scan" in plan and "ix_articles_url" in plan and "Seq Scan" not in plan, plan
            else:
                plan = " ".join(str(row) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
                assert "USING INDEX ix_articles_url (url=?)" in plan, plan


def test_store_migration_12_lets_an_existing_database_keep_long_urls(db_url: str,  # noqa: F811
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db_url) as store:
        store.ingest_many([consult_article(), consult_report_elsewhere()])
        with store.engine.begin() as conn:  # what version 11 left: a btree index on the URL
            conn.exec_driver_sql("DROP INDEX ix_articles_url")
            conn.exec_driver_sql("CREATE INDEX ix_articles_url ON articles (url)")
            conn.execute(schema.schema_version.delete().where(schema.schema_version.c.version >= 12))
    capsys.readouterr()
    with Store.open(db_url) as store:
        assert f"from schema version 11 to {LATEST}" in capsys.readouterr().err
        assert store.count_articles() == 2
        assert ids_by_url(store, "https://www.irna.ir/news/85650001") == [consult_report_elsewhere().id]
        doc = consult_article(url=long_url())
        assert store.ingest(doc).status == "added"
        assert ids_by_url(store, doc.meta.url) == [doc.id]
        with store.engine.connect() as conn:
            versions = conn.execute(sa.select(schema.schema_version.c.version)).scalars().all()
            if store.dialect == "postgresql":
                indexdef = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_articles_url'").scalar()
                assert "USING hash (url)" in indexdef, indexdef
        assert versions == list(range(1, LATEST + 1))
        assert store.check() == []
