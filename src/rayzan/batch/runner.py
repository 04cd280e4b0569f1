"""``run_batch``: read inputs, analyse partitions on Dask, write shards, load the database.

The driver streams articles from the readers into partitions and keeps only a
bounded number of them in flight, so memory does not grow with the archive.
Workers write the shards themselves (the output directory must therefore be
visible to every worker: local disk for a local cluster, a shared filesystem
for a remote one); the driver records each finished partition in the manifest
and loads it into the database, the only writer, which suits SQLite.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from rayzan.batch.load import db_key, ingest_documents, open_store
from rayzan.batch.manifest import Manifest
from rayzan.batch.partition import DEFAULT_PARTITION_SIZE, Partition, ReadReport, partitions
from rayzan.batch.shards import FORMATS, PartitionResult, process_partition, read_docs, remove_temporaries
from rayzan.errors import RayzanError, UsageError

SKIP_DONE = "already done by an earlier run"
SKIP_DUPLICATE = "duplicate article id"


@dataclass
class BatchSummary:
    processed: int = 0  # articles analysed and written by this run
    tokens: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> articles
    failed: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)
    partitions: int = 0
    loaded: Counter = field(default_factory=Counter)  # ingest status -> articles
    seconds: float = 0.0
    busy_seconds: float = 0.0  # time the workers spent inside partitions (analysis + shards)
    workers: int = 0

    @property
    def exit_code(self) -> int:
        return 2 if self.failed else 0


@dataclass(frozen=True)
class Progress:
    read: int  # articles read so far
    reading_done: bool
    done: int  # articles finished (processed, skipped or failed in analysis)


ProgressCallback = Callable[[Progress], None]


def run_batch(
    inputs: list[str],
    output: Path,
    workers: int | None = None,
    scheduler: str | None = None,
    db: str | None = None,
    partition_size: int | None = None,
    formats: Sequence[str] = FORMATS,
    progress: ProgressCallback | None = None,
) -> BatchSummary:
    """Analyse every article in ``inputs`` into shards under ``output``; load them into ``db``.

    ``workers`` local worker processes (default: one per core) unless ``scheduler``
    names an existing Dask scheduler (``tcp://HOST:PORT``); ``workers=0`` runs in
    this process without Dask.  ``partition_size`` (articles per partition,
    default 200) is fixed by the first run into ``output``.  Safe to kill and
    rerun: finished partitions are skipped, unfinished ones redone, and every
    article lands in ``db`` once.
    """
    from rayzan.readers import iter_articles

    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(f"shard formats must be among {', '.join(FORMATS)}, not {', '.join(unknown) or 'none'}")
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    summary = BatchSummary()
    report = ReadReport()
    with _exclusive(output):
        remove_temporaries(output)
        manifest = Manifest.open(output)
        partition_size = _partition_size(manifest, partition_size, output)
        manifest.mark_started(partition_size)
        store = open_store(db) if db else None
        try:
            state = _RunState(summary, manifest, output, store, db_key(db) if db else "", report, progress)
            with _executor(workers, scheduler) as executor:
                summary.workers = executor.workers
                for part in partitions(iter_articles(inputs), partition_size, report):
                    summary.partitions += 1
                    if manifest.is_written(part.id):
                        state.skip_finished(part)
                        continue
                    executor.submit(part, str(output), tuple(formats), state.finish)
                    state.tick(reading_done=False)
                state.tick(reading_done=True)
                executor.drain(state.finish)
        finally:
            if store is not None:
                store.close()
    summary.skipped[SKIP_DUPLICATE] += report.duplicates
    summary.failed[:0] = report.failed
    summary.skipped = +summary.skipped  # drop zero counts
    _write_failures(output / FAILURES_NAME, summary.failed)
    summary.seconds = time.perf_counter() - started
    return summary


FAILURES_NAME = "_failed.tsv"


def _one_field(text: str) -> str:
    return " ".join(text.replace("\t", " ").splitlines())


def _write_failures(path: Path, failed: list[tuple[str, str]]) -> None:
    """Every failure of this run, ``where<TAB>reason`` a line: the summary on the terminal groups
    them by reason with a few examples each, and a long batch has more than a terminal shows."""
    if not failed:
        path.unlink(missing_ok=True)  # an old list would name failures this run no longer has
        return
    text = "".join(f"{_one_field(where)}\t{_one_field(reason)}\n" for where, reason in failed)
    path.with_suffix(".tmp").write_text(text, encoding="utf-8")
    path.with_suffix(".tmp").replace(path)


def _partition_size(manifest: Manifest, asked: int | None, output: Path) -> int:
    if asked is not None and asked < 1:
        raise UsageError(f"--partition-size must be at least 1, not {asked}")
    if manifest.partition_size is not None:
        if asked is not None and asked != manifest.partition_size:
            raise UsageError(
                f"{output} was started with --partition-size {manifest.partition_size}; "
                "resume with that size (or leave it out), or choose another --output"
            )
        return manifest.partition_size
    return asked if asked is not None else DEFAULT_PARTITION_SIZE


class _RunState:
    """Bookkeeping shared by the submit loop and the completion callback."""

    def __init__(self, summary: BatchSummary, manifest: Manifest, output: Path, store: Any, key: str, report: ReadReport, progress: ProgressCallback | None) -> None:
        self.summary, self.manifest, self.output = summary, manifest, output
        self.store, self.key, self.report, self.progress = store, key, report, progress
        self.done = 0

    def skip_finished(self, part: Partition) -> None:
        record = self.manifest.records[part.id]
        self.summary.skipped[SKIP_DONE] += record.articles
        self.summary.failed.extend(record.failed)  # still failed: the same input fails the same way
        self._load(part.id)
        self.done += len(part.articles)
        self.tick(reading_done=False)

    def finish(self, part: Partition, result: PartitionResult | None, error: str | None) -> None:
        if result is None:
            # The worker died or the task raised outside the per-article guard:
            # not marked written, so a rerun retries the whole partition.
            self.summary.failed.extend((m.origin or m.id, f"partition {part.id} failed: {error}; a rerun retries it") for m, _ in part.articles)
        elif result.retry:
            self.summary.failed.extend((where, f"{reason}; a rerun retries it") for where, reason in result.failed)
        else:
            missing = [f for f in result.files if not (self.output / f).exists()]
            if missing:
                raise RayzanError(
                    f"a worker wrote {missing[0]} but it is not in {self.output} here: with --scheduler, "
                    "--output must be a directory every worker and this machine share (NFS, a cluster filesystem)"
                )
            self.manifest.mark_written(part.id, result.articles, result.failed, result.files)
            self.summary.processed += result.articles
            self.summary.tokens += result.tokens
            self.summary.busy_seconds += result.seconds
            self.summary.failed.extend(result.failed)
            self._load(part.id)
        self.done += len(part.articles)
        self.tick(reading_done=False)

    def _load(self, partition: str) -> None:
        if self.store is None or self.manifest.is_loaded(partition, self.key):
            return
        counts = ingest_documents(self.store, read_docs(self.output, partition))
        self.manifest.mark_loaded(partition, self.key, counts)
        self.summary.loaded.update(counts)

    def tick(self, reading_done: bool) -> None:
        if self.progress is not None:
            self.progress(Progress(self.report.articles, reading_done, self.done))


Finish = Callable[[Partition, "PartitionResult | None", "str | None"], None]


class _InlineExecutor:
    """``workers=0``: analyse in this process, one partition at a time (debugging, profiling)."""

    workers = 0

    def submit(self, part: Partition, output: str, formats: tuple[str, ...], finish: Finish) -> None:
        finish(part, process_partition(part.id, part.articles, output, formats), None)

    def drain(self, finish: Finish) -> None:
        pass


class _DaskExecutor:
    """Keeps at most two partitions per worker in flight; finished ones are handed to ``finish``."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.workers = max(1, len(client.scheduler_info().get("workers", {})))
        self.in_flight: dict[Any, Partition] = {}

    def submit(self, part: Partition, output: str, formats: tuple[str, ...], finish: Finish) -> None:
        future = self.client.submit(process_partition, part.id, part.articles, output, formats, key=f"rayzan-partition-{part.id}", retries=1)
        self.in_flight[future] = part
        while len(self.in_flight) >= 2 * self.workers:
            self._collect(finish)

    def drain(self, finish: Finish) -> None:
        while self.in_flight:
            self._collect(finish)

    def _collect(self, finish: Finish) -> None:
        from distributed import wait

        done, _ = wait(list(self.in_flight), return_when="FIRST_COMPLETED")
        for future in done:
            part = self.in_flight.pop(future)
            try:
                result = future.result()
            except Exception as e:  # a lost worker or a crash outside process_partition's guard
                finish(part, None, f"{type(e).__name__}: {e}")
            else:
                finish(part, result, None)
            future.release()


@contextmanager
def _executor(workers: int | None, scheduler: str | None) -> Iterator[Any]:
    if workers == 0 and not scheduler:
        yield _InlineExecutor()
        return
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as e:
            raise RayzanError(f"cannot reach the Dask scheduler at {scheduler}: {e} (is `dask scheduler` running there?)") from e
        try:
            yield _DaskExecutor(client)
        finally:
            client.close()
        return
    import dask

    n = workers if workers is not None else (os.cpu_count() or 1)
    # One single-threaded process per worker: the pipeline is pure Python and
    # holds the GIL, so threads would not run in parallel.  Without a dashboard
    # nobody reads the workers' statistical profiler, which cost 8% of the CPU.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR) as cluster:
            with Client(cluster) as client:
                yield _DaskExecutor(client)


@contextmanager
def _exclusive(output: Path) -> Iterator[None]:
    """One run per output directory at a time; the lock dies with the process, even on kill -9."""
    lock = open(output / "_lock", "w")
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            raise UsageError(f"{output} is in use by another batch run; wait for it or choose another --output") from e
        yield
    finally:
        lock.close()
