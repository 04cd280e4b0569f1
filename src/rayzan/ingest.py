"""Analyse and store: the job behind ``rayzan ingest`` and ``make run``."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from rayzan.document import Document
from rayzan.errors import InputError, RayzanError
from rayzan.pipeline import Pipeline
from rayzan.readers import InputWarning, iter_articles
from rayzan.settings import Settings


@dataclass
class IngestSummary:
    statuses: Counter = field(default_factory=Counter)  # added / unchanged / updated
    failed: list[InputError] = field(default_factory=list)
    events: int = 0

    @property
    def processed(self) -> int:
        return sum(self.statuses.values())


def report_warning(warning: InputWarning) -> None:
    """One line on standard error; a warning never changes the exit code."""
    print(f"warning {warning.where}: {warning.reason}", file=sys.stderr, flush=True)


def iter_documents(
    paths: Iterable[str],
    settings: Settings,
    on_error: Callable[[InputError], None],
    on_warning: Callable[[InputWarning], None] = report_warning,
) -> Iterator[Document]:
    """Analysed documents for every article in ``paths``; what cannot be read or
    analysed goes to ``on_error`` and the rest goes on; what was read but is worth
    telling (a skipped file, a malformed feed, an unreadable date) to ``on_warning``."""
    pipeline = Pipeline(zwnj=settings.zwnj)
    for item in iter_articles(paths, max_bytes=settings.max_bytes, on_warning=on_warning):
        if isinstance(item, InputError):
            on_error(item)
            continue
        try:
            yield pipeline.analyze(item.meta, item.blocks)
        except RayzanError as e:
            on_error(InputError(item.meta.origin or item.meta.id, str(e)))


def ingest_paths(
    paths: Iterable[str],
    settings: Settings,
    console: Console,
    on_error: Callable[[InputError], None],
    on_warning: Callable[[InputWarning], None] = report_warning,
) -> IngestSummary:
    from rayzan.store import Store

    summary = IngestSummary()
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, disable=not console.is_terminal,
    )
    with Store.open(settings.db) as store, progress:
        task = progress.add_task("ingesting", total=None)

        def failed(error: InputError) -> None:
            on_error(error)
            summary.failed.append(error)

        for doc in iter_documents(paths, settings, failed, on_warning):
            try:
                result = store.ingest(doc)
            except RayzanError as e:
                failed(InputError(doc.meta.origin or doc.meta.id, str(e)))
                continue
            summary.statuses[result.status] += 1
            summary.events += len(doc.events)
            progress.update(task, advance=1, description=(doc.meta.title or doc.id)[:40])
    parts = [f"{n} {status}" for status, n in sorted(summary.statuses.items())]
    parts.append(f"{len(summary.failed)} failed")
    console.print(f"ingested into {settings.db}: " + ", ".join(parts) + f"; {summary.events} events found", highlight=False, markup=False)
    return summary
