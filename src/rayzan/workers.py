"""Analysis on several local processes, for ``analyze``, ``ingest`` and ``reanalyze --workers N``.

The calling process reads, and stays the only writer (SQLite allows one); it gets the
documents back in input order.  Each worker builds the pipeline once.  A few chunks per
worker are in flight at a time, so memory does not grow with the archive.  ``rayzan
batch`` (Dask) is the way to use a cluster; this is the way to use one machine's cores
with a database as the output.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING

from rayzan.document import ArticleMeta, Block, Document
from rayzan.errors import InputError, RayzanError

if TYPE_CHECKING:
    from rayzan.pipeline import Pipeline

# (what an error names, metadata, blocks): one article to analyse.
Job = tuple[str, ArticleMeta, tuple[Block, ...]]

CHUNK = 8  # articles a worker analyses per round trip: amortises pickling, keeps the order fine-grained
IN_FLIGHT_PER_WORKER = 3

_pipeline: Pipeline | None = None  # a worker's own pipeline, built by _start


def analysed(jobs: Iterable[Job | InputError], zwnj: bool, workers: int = 1) -> Iterator[Document | InputError]:
    """Each job's document, or an ``InputError`` naming it when its analysis failed; an
    ``InputError`` among the jobs (a file that could not be read) passes through in place."""
    if workers <= 1:
        from rayzan.pipeline import Pipeline

        pipeline = Pipeline(zwnj=zwnj)
        for job in jobs:
            yield job if isinstance(job, InputError) else _analyse(pipeline, job)
        return
    yield from _in_processes(iter(jobs), zwnj, workers)


def _in_processes(jobs: Iterator[Job | InputError], zwnj: bool, workers: int) -> Iterator[Document | InputError]:
    # spawn, not fork: the caller may hold threads (the progress bar) and a database connection.
    context = multiprocessing.get_context("spawn")
    pending: deque[Future[list[Document | InputError]] | InputError] = deque()
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(zwnj,))
    try:
        exhausted = False
        while True:
            while not exhausted and sum(isinstance(p, Future) for p in pending) < workers * IN_FLIGHT_PER_WORKER:
                chunk = list(islice(jobs, CHUNK))
                if not chunk:
                    exhausted = True
                    break
                run: list[Job] = []
                for job in chunk:
                    if isinstance(job, InputError):
                        if run:
                            pending.append(executor.submit(_analyse_chunk, run))
                            run = []
                        pending.append(job)  # keeps its place in the input order
                    else:
                        run.append(job)
                if run:
                    pending.append(executor.submit(_analyse_chunk, run))
            if not pending:
                return
            head = pending.popleft()
            if isinstance(head, InputError):
                yield head
                continue
            try:
                results = head.result()
            except BrokenProcessPool as e:
                raise RayzanError(f"a worker process died (out of memory?); articles stored so far are kept: {e}") from e
            yield from results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _start(zwnj: bool) -> None:
    """A worker's initialiser: Ctrl-C is the parent's to handle (it stops between two
    articles); the pipeline and its models load once."""
    global _pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from rayzan.pipeline import Pipeline

    _pipeline = Pipeline(zwnj=zwnj)


def _analyse_chunk(chunk: list[Job]) -> list[Document | InputError]:
    assert _pipeline is not None, "the worker was not started by _start"
    return [_analyse(_pipeline, job) for job in chunk]


def _analyse(pipeline: Pipeline, job: Job) -> Document | InputError:
    where, meta, blocks = job
    try:
        return pipeline.analyze(meta, blocks)
    except RayzanError as e:
        return InputError(where, str(e))
    except Exception as e:  # a bug in a stage must not sink the rest of the batch (as in ``batch.shards``)
        return InputError(where, f"analysis failed ({type(e).__name__}: {e}); please report it with this article")
