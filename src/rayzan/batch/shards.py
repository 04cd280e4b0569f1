"""Worker side of a batch: analyse one partition and write its shards atomically.

A partition's shards are ``jsonl/part-<id>.jsonl`` (the DESIGN.md contract,
one article per line), ``parquet/part-<id>.parquet`` (flat columns, nested
layers as JSON strings; ``pandas.read_parquet(output / "parquet")`` reads them
all) and ``docs/part-<id>.pickle`` (the Documents, gzipped, which the loader hands to the
store: the JSON forms drop the raw text and its offset map; tokens are not kept,
``rayzan.text.tokenize(doc.text)`` gives them back).  Each file is written under a temporary name and renamed into place, so a
shard either exists whole or not at all, whenever the process is killed.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Sequence

from rayzan.document import ArticleMeta, Block, Document, iter_json
from rayzan.errors import InputError

FORMATS = ("jsonl", "parquet")
DOCS = "docs"
SHARD_DIRS = (*FORMATS, DOCS)
SUFFIX = {"jsonl": "jsonl", "parquet": "parquet", DOCS: "pickle"}
TMP_MARK = ".tmp-"

Article = tuple[ArticleMeta, tuple[Block, ...]]


@dataclass(frozen=True)
class PartitionResult:
    partition: str
    articles: int  # analysed and written
    failed: list[tuple[str, str]]  # (article id or origin, reason)
    files: list[str]  # names relative to the output directory
    tokens: int
    seconds: float
    # An error that is not the input's fault (a bug, a missing model file):
    # the partition is not recorded as finished, so a rerun retries it.
    retry: bool = False


def shard_path(output: Path, partition: str, kind: str) -> Path:
    return output / kind / f"part-{partition}.{SUFFIX[kind]}"


def process_partition(partition: str, articles: Sequence[Article], output: str, formats: Sequence[str]) -> PartitionResult:
    """Analyse ``articles`` with the default pipeline and write the shards.

    Runs on a Dask worker (or in-process); the pipeline is built once per process.
    """
    import time

    from rayzan.pipeline import default_pipeline

    started = time.perf_counter()
    pipeline = default_pipeline()
    docs: list[Document] = []
    failed: list[tuple[str, str]] = []
    retry = False
    for meta, blocks in articles:
        try:
            docs.append(pipeline.analyze(meta, blocks))
        except InputError as e:  # the article itself is unusable: final, a rerun would fail the same way
            failed.append((meta.origin or meta.id, e.reason))
        except Exception as e:  # a missing model, a bug in a stage: must not sink the rest of the partition
            failed.append((meta.origin or meta.id, f"{type(e).__name__}: {e}"))
            retry = True
    out = Path(output)
    files = write_shards(out, partition, docs, formats)
    tokens = sum(len(d.tokens) for d in docs)
    return PartitionResult(partition, len(docs), failed, files, tokens, time.perf_counter() - started, retry)


def write_shards(output: Path, partition: str, docs: Sequence[Document], formats: Sequence[str]) -> list[str]:
    for kind in SHARD_DIRS:
        (output / kind).mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    # The pickle goes last: the loader only ever reads partitions the manifest
    # calls written, and that happens after every rename below.
    if "jsonl" in formats:
        # Written a piece at a time: the partition's JSON, or one huge article's, never exists whole.
        written.append(_atomic_write(shard_path(output, partition, "jsonl"), output, lambda f: _write_jsonl(f, docs)))
    if "parquet" in formats:
        written.append(_write_parquet(shard_path(output, partition, "parquet"), docs, output))
    # Tokens are left out: the store does not keep them, they are half the
    # pickle, and unpickling their frozen objects was 90% of the loading time.
    slim = [d.evolve(tokens=()) for d in docs]
    written.append(_atomic_write(shard_path(output, partition, DOCS), output, lambda f: _write_docs(f, slim)))
    return written


def _write_docs(f: BinaryIO, docs: Sequence[Document]) -> None:
    # Compressed (gzip level 1): 14 KB an article was 11 GB a million kept beside the shards;
    # a third of that now, for under a millisecond an article.
    with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=1, mtime=0) as packed:
        pickle.dump(docs, packed, protocol=5)


def _write_jsonl(f: BinaryIO, docs: Sequence[Document]) -> None:
    text = io.TextIOWrapper(f, encoding="utf-8", newline="")
    for d in docs:
        text.writelines(iter_json(d.json_layers()))
        text.write("\n")
    text.flush()
    text.detach()  # the caller syncs and closes ``f``


def read_docs(output: Path, partition: str) -> list[Document]:
    with open(shard_path(output, partition, DOCS), "rb") as f:
        if f.read(2) != b"\x1f\x8b":  # a plain pickle, from a batch run before they were compressed
            f.seek(0)
            return pickle.load(f)
        f.seek(0)
        with gzip.GzipFile(fileobj=f, mode="rb") as packed:
            return pickle.load(packed)


def parquet_table(docs: Sequence[Document]):  # -> pyarrow.Table
    import pyarrow as pa

    columns: dict[str, list] = {name: [] for name in PARQUET_SCHEMA_FIELDS}
    for d in docs:
        columns["id"].append(d.meta.id)
        columns["url"].append(d.meta.url)
        columns["source"].append(d.meta.source)
        columns["title"].append(d.meta.title)
        columns["published"].append(d.meta.published)
        columns["text"].append(d.text)
        columns["content_hash"].append(d.content_hash)
        columns["n_tokens"].append(len(d.tokens))
        columns["entities"].append(json.dumps([e.to_json() for e in d.entities], ensure_ascii=False))
        columns["actors"].append(json.dumps([a.to_json() for a in d.actors], ensure_ascii=False))
        columns["events"].append(json.dumps([e.to_json() for e in d.events], ensure_ascii=False))
    return pa.table(columns, schema=parquet_schema())


PARQUET_SCHEMA_FIELDS = ("id", "url", "source", "title", "published", "text", "content_hash", "n_tokens", "entities", "actors", "events")


def parquet_schema():  # -> pyarrow.Schema
    import pyarrow as pa

    # Nested layers are JSON strings: event dicts carry optional keys, and one
    # fixed schema keeps every shard of a dataset readable together.
    types = {"n_tokens": pa.int32()}
    return pa.schema([(name, types.get(name, pa.string())) for name in PARQUET_SCHEMA_FIELDS])


def _write_parquet(path: Path, docs: Sequence[Document], output: Path) -> str:
    import pyarrow.parquet as pq

    tmp = path.with_name(path.name + TMP_MARK + str(os.getpid()))
    pq.write_table(parquet_table(docs), tmp, compression="zstd")
    _fsync_file(tmp)
    os.replace(tmp, path)
    return str(path.relative_to(output))


def _atomic_write(path: Path, output: Path, write: Callable[[BinaryIO], None]) -> str:
    tmp = path.with_name(path.name + TMP_MARK + str(os.getpid()))
    with open(tmp, "wb") as f:
        write(f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return str(path.relative_to(output))


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_temporaries(output: Path) -> int:
    """Delete half-written files left by a killed run; returns how many."""
    count = 0
    for kind in SHARD_DIRS:
        if not (output / kind).is_dir():
            continue
        for p in (output / kind).iterdir():
            if TMP_MARK in p.name:
                p.unlink(missing_ok=True)
                count += 1
    return count
