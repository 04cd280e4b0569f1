"""``export_events`` and ``export_articles``: format dispatch over streaming readers."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rayzan.errors import InputError, OptionError
from rayzan.export.gdelt import gdelt_row
from rayzan.export.output import Destination, binary_output, text_output
from rayzan.export.plover import plover_record
from rayzan.export.rows import COLUMN_NAMES, EVENT_COLUMNS, flat_event
from rayzan.store import EventQuery, Store

BATCH = 1000  # events per database chunk and per Parquet record batch


def _batches(items: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    size = BATCH  # read at call time
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _jsonl(store: Store, out: Destination, query: EventQuery | None) -> int:
    n = 0
    with text_output(out) as f:
        for item in store.iter_events(query, chunk=BATCH):
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv(store: Store, out: Destination, query: EventQuery | None, excel: bool = False) -> int:
    """``excel``: a byte-order mark and CRLF line ends, without which Excel reads UTF-8 as
    the local code page and shows Persian garbled (other tools want neither)."""
    n = 0
    with text_output(out) as f:
        if excel:
            f.write("\ufeff")
        writer = csv.DictWriter(f, fieldnames=COLUMN_NAMES, lineterminator="\r\n" if excel else "\n")
        writer.writeheader()
        for item in store.iter_events(query, chunk=BATCH):
            writer.writerow(flat_event(item))
            n += 1
    return n


def _parquet(store: Store, out: Destination, query: EventQuery | None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in EVENT_COLUMNS])
    n = 0
    with binary_output(out) as f, pq.ParquetWriter(f, schema, compression="zstd") as writer:
        for batch in _batches(store.iter_events(query, chunk=BATCH)):
            rows = [flat_event(item) for item in batch]
            columns = {name: [r[name] for r in rows] for name in COLUMN_NAMES}
            writer.write_batch(pa.RecordBatch.from_pydict(columns, schema=schema))
            n += len(rows)
    return n


def _gdelt(store: Store, out: Destination, query: EventQuery | None) -> int:
    n = 0
    with text_output(out) as f:
        for batch in _batches(store.iter_events(query, chunk=BATCH)):
            actors = store.actors_by_id(_actor_ids(batch))
            urls = store.first_event_urls([item["id"] for item in batch])
            leads = store.lead_ends(item["evidence"][0]["article"] for item in batch if item.get("evidence"))
            for item in batch:
                lead_end = leads.get(item["evidence"][0]["article"]) if item.get("evidence") else None
                f.write("\t".join(gdelt_row(item, actors, urls.get(item["id"]), lead_end)) + "\n")
                n += 1
    return n


def _plover(store: Store, out: Destination, query: EventQuery | None) -> int:
    n = 0
    with text_output(out) as f:
        for batch in _batches(store.iter_events(query, chunk=BATCH)):
            actors = store.actors_by_id(_actor_ids(batch))
            mentions = store.iter_event_mentions([item["id"] for item in batch])
            for item in batch:
                f.write(json.dumps(plover_record(item, actors, mentions.get(item["id"], [])), ensure_ascii=False) + "\n")
                n += 1
    return n


def _actor_ids(batch: list[dict[str, Any]]) -> set[str]:
    return {side.get("actor") for item in batch for side in (item["source"], item["target"]) if side.get("actor")}


EVENT_FORMATS: dict[str, Callable[[Store, Destination, EventQuery | None], int]] = {
    "jsonl": _jsonl,
    "csv": _csv,
    "parquet": _parquet,
    "gdelt": _gdelt,
    "plover": _plover,
}
ARTICLE_FORMATS = ("jsonl",)


def export_events(store: Store, fmt: str, out: Destination, query: EventQuery | None = None, *, excel: bool = False) -> int:
    """Write every event record matching ``query`` (its paging and sort are ignored) to ``out``;
    returns how many were written.  ``out``: a path, or a text or binary stream.
    ``excel`` (csv only): a file Excel opens with its Persian intact (BOM, CRLF)."""
    writer = EVENT_FORMATS.get(fmt)
    if writer is None:
        raise InputError("format", f"unknown event export format {fmt!r}; use one of {', '.join(EVENT_FORMATS)}")
    _refuse_own_database(store, out)
    if excel:
        if fmt != "csv":
            raise OptionError("--excel", f"only the csv format takes it, not {fmt}")
        return _csv(store, out, query, excel=True)
    return writer(store, out, query)


def export_articles(store: Store, fmt: str, out: Destination) -> int:
    """Write every stored article as the DESIGN.md JSONL contract; returns how many."""
    if fmt not in ARTICLE_FORMATS:
        raise InputError("format", f"unknown article export format {fmt!r}; use one of {', '.join(ARTICLE_FORMATS)}")
    _refuse_own_database(store, out)
    n = 0
    with text_output(out) as f:
        for doc in store.iter_articles():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    return n


def _refuse_own_database(store: Store, out: Destination) -> None:
    """An export written to the SQLite file it reads (or its journal) would be renamed over the archive."""
    database = store.engine.url.database if store.dialect == "sqlite" else None
    if not database or database == ":memory:" or not isinstance(out, (str, os.PathLike)):
        return
    for path in (database, f"{database}-wal", f"{database}-shm", f"{database}-journal"):
        try:
            same = os.path.samefile(out, path)
        except OSError:  # either is not there (or is not a file name): not the same file
            continue
        if same:
            raise OptionError(str(out), f"is the database being exported ({path}); give another file to write")
