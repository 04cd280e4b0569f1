"""Exports: every format from a real store, streamed in chunks."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_store_documents import (  # noqa: F401  (module_db_url is a fixture)
    JALALI,
    VERSHININ,
    accusation_article,
    consult_article,
    consult_report_elsewhere,
    module_db_url,
)

from rayzan.document import Document
from rayzan.errors import InputError, OptionError
from rayzan.export import export_articles, export_events, writers
from rayzan.export.gdelt import COLUMNS as GDELT_COLUMNS
from rayzan.export.gdelt import gdelt_row
from rayzan.store import EventQuery, Store

DOCS = (consult_article(), consult_report_elsewhere(), accusation_article(), accusation_article(reverse=True, published="2024-11-08"))


@pytest.fixture(scope="module")
def store(module_db_url: str) -> Iterator[Store]:
    with Store.open(module_db_url) as s:
        s.ingest_many(DOCS)
        yield s


def all_items(store: Store) -> list[dict]:
    return store.query_events(EventQuery(sort="id", limit=1000)).items


def test_export_events_jsonl_is_the_query_items(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert export_events(store, "jsonl", out) == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == all_items(store)
    assert "کاظم جلالی" in out.read_text(encoding="utf-8") or "سرگئی ورشنین" in out.read_text(encoding="utf-8")


def test_export_articles_jsonl_is_the_contract(store: Store) -> None:
    buffer = io.BytesIO()  # a binary stream, as sys.stdout.buffer would be
    assert export_articles(store, "jsonl", buffer) == len(DOCS)
    exported = {d["id"]: d for d in map(json.loads, buffer.getvalue().decode("utf-8").splitlines())}
    assert exported == {doc.id: doc.to_json() for doc in DOCS}
    assert not buffer.closed


def test_export_csv_keeps_persian_and_counts(store: Store) -> None:
    text = io.StringIO()
    export_events(store, "csv", text, EventQuery(plover="CONSULT"))
    (row,) = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert (row["plover"], row["cameo"], row["mentions"], row["sources"]) == ("CONSULT", "042", "2", "2")
    assert row["evidence"].startswith("سرگئی ورشنین، معاون وزیر امور خارجه روسیه")
    assert row["topics"] == "Gaza; Syria; Lebanon" and row["topic_countries"] == "PSE; SYR; LBN"


def test_export_csv_for_excel_has_a_bom_and_crlf(store: Store, tmp_path: Path) -> None:
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert export_events(store, "csv", plain) == export_events(store, "csv", excel, excel=True) == 3
    data = excel.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 4  # header and three rows
    assert "کاظم جلالی".encode() in data or "سرگئی ورشنین".encode() in data
    # The default is what other tools read: no BOM, \n line ends, otherwise the same text.
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r" not in plain.read_bytes()
    assert data[3:].replace(b"\r\n", b"\n") == plain.read_bytes()
    rows = list(csv.DictReader(io.StringIO(excel.read_text(encoding="utf-8-sig"), newline="")))
    assert [r["id"] for r in rows] == [str(i["id"]) for i in all_items(store)]
    with pytest.raises(OptionError, match="--excel"):
        export_events(store, "jsonl", tmp_path / "e.jsonl", excel=True)


def test_export_parquet_in_record_batches(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(writers, "BATCH", 2)  # two events per batch: the writer must stream
    out = tmp_path / "events.parquet"
    assert export_events(store, "parquet", out) == 3
    meta = pq.ParquetFile(out).metadata
    assert (meta.num_rows, meta.num_row_groups) == (3, 2)
    table = pq.read_table(out)
    assert table.column("plover").to_pylist() == [i["plover"] for i in all_items(store)]
    assert table.schema.field("quad_class").type == "int8"


def test_export_csv_and_parquet_keep_a_planned_event_apart(tmp_path: Path) -> None:
    # «... توافق خواهند کرد»: announced, not done (one Fars event in ten). JSONL has "planned" and
    # PLOVER the context "future"; without it in CSV and Parquet a timeline counts it as done.
    pq = pytest.importorskip("pyarrow.parquet")

    def flagged(doc: Document, planned: bool) -> Document:
        return doc.evolve(events=tuple(dataclasses.replace(e, extra={"planned": planned, "negated": False}) for e in doc.events))

    with Store.open(tmp_path / "rayzan.db") as store:
        store.ingest_many([flagged(consult_article(), False), flagged(accusation_article(), True)])
        text = io.StringIO()
        export_events(store, "csv", text)
        export_events(store, "parquet", tmp_path / "events.parquet")
    rows = {row["plover"]: row["planned"] for row in csv.DictReader(io.StringIO(text.getvalue()))}
    assert rows == {"CONSULT": "False", "ACCUSE": "True"}
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.schema.field("planned").type == "bool"
    assert dict(zip(table.column("plover").to_pylist(), table.column("planned").to_pylist())) == {"CONSULT": False, "ACCUSE": True}


def test_export_parquet_a_side_nobody_names_is_null(tmp_path: Path) -> None:
    # «سه صهیونیست ... زیر گرفت» with no one named as the doer: the coder writes the side as
    # {"actor": null, "text": "", "country": null} (19 of 111 Fars events).  Null in every column of
    # it, as in the CSV that pandas reads, not "" for the text beside a null actor and country.
    pq = pytest.importorskip("pyarrow.parquet")
    doc = accusation_article()
    nobody = {"actor": None, "text": "", "country": None}
    doc = doc.evolve(events=tuple(dataclasses.replace(e, source=nobody) for e in doc.events))
    with Store.open(tmp_path / "rayzan.db") as store:
        store.ingest(doc)
        export_events(store, "parquet", tmp_path / "events.parquet")
    (row,) = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert (row["source_actor"], row["source_text"], row["source_country"]) == (None, None, None)
    assert row["target_text"] == "اسرائیل"


def test_export_gdelt_has_61_columns_in_gdelt_order(store: Store) -> None:
    text = io.StringIO()
    export_events(store, "gdelt", text, EventQuery(plover="CONSULT"))
    (line,) = text.getvalue().splitlines()
    row = dict(zip(GDELT_COLUMNS, line.split("\t")))
    assert len(line.split("\t")) == 61 and GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20241105", "202411", "2024")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("042", "042", "04", "1")
    assert (row["Actor1CountryCode"], row["Actor2CountryCode"]) == ("RUS", "IRN")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")
    assert row["ActionGeo_FullName"] == "Moscow" and row["AvgTone"] == ""
    assert row["SOURCEURL"] == "https://www.farsnews.ir/news/14030815000123"
    assert row["IsRootEvent"] == "1"  # the evidence is the lead sentence


def test_export_gdelt_source_url_is_the_first_mention_with_one(store: Store) -> None:
    # Read with one grouped query, not by loading every mention of each event of a chunk.
    ids = [item["id"] for item in store.iter_events()]
    mentions = store.iter_event_mentions(ids)
    expected = {i: urls[0] for i in ids if (urls := [m["url"] for m in mentions[i] if m.get("url")])}
    assert store.first_event_urls(ids) == expected and len(expected) >= 2


def test_export_gdelt_actor_type_codes_from_cameo_code() -> None:
    item = {
        "id": 7, "date": "2024-11-05", "cameo": "040", "quad_class": 1, "goldstein": 1.0,
        "source": {"actor": "kazem_jalali", "text": "کاظم جلالی", "country": "IRN"},
        "target": {"actor": "sergey_vershinin", "text": "سرگئی ورشنین", "country": "RUS"},
        "location": None, "mentions": 1, "sources": 1, "articles": 1, "first_seen": "2024-11-05",
    }
    actors = {a.id: {**a.to_json(), "code": a.code} for a in (JALALI, VERSHININ)}
    row = dict(zip(GDELT_COLUMNS, gdelt_row(item, actors, None)))
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1Type1Code"], row["Actor1Type2Code"]) == (
        "IRNGOVDIP", "KAZEM JALALI", "GOV", "DIP",
    )
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2Geo_Type"]) == ("RUSGOVDIP", "RUS", "")
    assert row["ActionGeo_Type"] == "" and row["SOURCEURL"] == "" and row["DATEADDED"] == "20241105000000"
    assert row["IsRootEvent"] == ""  # no evidence, unknown
    in_body = dict(item, evidence=[{"start": 180, "end": 240, "text": "...", "article": "a1"}])
    assert dict(zip(GDELT_COLUMNS, gdelt_row(in_body, actors, None, lead_end=120), strict=True))["IsRootEvent"] == "0"


def test_export_plover_records(store: Store) -> None:
    text = io.StringIO()
    assert export_events(store, "plover", text, EventQuery(plover="ACCUSE")) == 2
    records = [json.loads(line) for line in text.getvalue().splitlines()]
    first = records[0]
    assert first["event_type"] == "ACCUSE" and first["quad_code"] == 3 and first["language"] == "fa"
    assert {r["actor"]["country"] for r in records} == {"IRN", "ISR"}
    assert first["outlets"] == ["isna.ir"] and first["source_urls"][0].startswith("https://www.isna.ir/")
    assert "متهم کرد" in first["event_text"]


def test_export_rejects_unknown_format_and_directory(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="xlsx"):
        export_events(store, "xlsx", tmp_path / "e.xlsx")
    with pytest.raises(InputError, match="directory"):
        export_events(store, "csv", tmp_path / "missing" / "e.csv")
    with pytest.raises(InputError):
        export_articles(store, "csv", tmp_path / "a.csv")


def test_export_never_truncates_a_good_file(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "events.jsonl"
    out.write_text("earlier export\n", encoding="utf-8")
    out.chmod(0o640)

    def failing(*args: object, **kwargs: object) -> Iterator[dict]:
        yield from all_items(store)[:1]
        raise KeyboardInterrupt  # Ctrl-C half-way

    with monkeypatch.context() as m:
        m.setattr(store, "iter_events", failing)
        for fmt in ("jsonl", "csv", "gdelt", "plover", "parquet"):
            with pytest.raises(KeyboardInterrupt):
                export_events(store, fmt, out)
            assert out.read_text(encoding="utf-8") == "earlier export\n", fmt
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]  # no temporary file left behind
    assert export_events(store, "jsonl", out) == 3
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3 and out.stat().st_mode & 0o777 == 0o640


def test_export_through_a_link_replaces_what_it_points_to(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "events.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    assert export_events(store, "jsonl", link) == 3
    assert link.is_symlink() and len(target.read_text(encoding="utf-8").splitlines()) == 3


def test_export_to_a_directory_or_nowhere_names_the_path(store: Store, tmp_path: Path) -> None:
    with pytest.raises(OptionError, match=f"^{tmp_path}: is a directory"):
        export_events(store, "csv", tmp_path)
    with pytest.raises(OptionError, match="does not exist"):
        export_events(store, "gdelt", tmp_path / "no" / "such" / "x.tsv")


def test_export_over_its_own_database_is_refused(tmp_path: Path) -> None:
    # `-o rayzan.db` for `--db rayzan.db` (a slip, or RAYZAN_DB naming the same file) would rename
    # the export over the archive: every stored article lost, the export "done".
    db = tmp_path / "rayzan.db"
    with Store.open(db) as store:
        store.ingest(consult_article())
        for fmt in ("csv", "parquet"):
            with pytest.raises(OptionError, match="the database being exported"):
                export_events(store, fmt, db)
        with pytest.raises(OptionError, match="the database being exported"):
            export_articles(store, "jsonl", tmp_path / "." / "rayzan.db")
        with pytest.raises(OptionError, match="the database being exported"):
            export_events(store, "jsonl", tmp_path / "rayzan.db-wal")  # its write-ahead log
        assert store.count_articles() == 1 and store.query_events().total == 1


def test_export_to_a_directory_it_may_not_write_names_the_path(store: Store, tmp_path: Path) -> None:
    readonly = tmp_path / "readonly"
    readonly.mkdir(mode=0o500)
    if os.access(readonly, os.W_OK):
        pytest.skip("running as a user who may write anywhere")
    with pytest.raises(OptionError, match="cannot write: Permission denied"):
        export_events(store, "jsonl", readonly / "e.jsonl")
