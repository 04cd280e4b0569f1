"""Analyse and store: the job behind ``rayzan ingest`` and ``make run``."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from rayzan.document import Document
from rayzan.errors import InputError, RayzanError, StoreError
from rayzan.readers import InputWarning, iter_articles
from rayzan.settings import Settings
from rayzan.workers import Job, analysed

if TYPE_CHECKING:
    from rayzan.store import Store


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
    jobs = (
        item if isinstance(item, InputError) else (item.meta.origin or item.meta.id, item.meta, item.blocks)
        for item in iter_articles(paths, max_bytes=settings.max_bytes, on_warning=on_warning)
    )
    yield from _documents(jobs, settings, on_error)


def _documents(jobs: Iterable[Job | InputError], settings: Settings, on_error: Callable[[InputError], None]) -> Iterator[Document]:
    """The analysed documents of ``jobs`` (on ``settings.workers`` processes), failures to ``on_error``."""
    for result in analysed(jobs, settings.zwnj, settings.workers):
        if isinstance(result, InputError):
            on_error(result)
        else:
            yield result


def ingest_paths(
    paths: Iterable[str],
    settings: Settings,
    console: Console,
    on_error: Callable[[InputError], None],
    on_warning: Callable[[InputWarning], None] = report_warning,
) -> IngestSummary:
    from rayzan.store import Store

    summary = IngestSummary()
    failed = _recording(summary, on_error)
    try:
        with Store.open(settings.db) as store, _progress(console) as progress:
            docs = iter_documents(paths, settings, failed, on_warning)
            _store_all(store, docs, summary, failed, progress, progress.add_task("ingesting", total=None))
    except KeyboardInterrupt:
        # Ctrl-C: say what is stored (each article in its own transaction), then exit 130.
        _print_summary(console, f"interrupted; ingested into {settings.db} so far", summary)
        console.print("run the same command again to ingest the rest: what is stored is not stored twice", highlight=False, markup=False)
        raise
    except StoppedStoring:
        _print_summary(console, f"stopped; ingested into {settings.db} so far", summary)
        raise
    _print_summary(console, f"ingested into {settings.db}", summary)
    return summary


def reanalyze_stored(
    settings: Settings, console: Console, on_error: Callable[[InputError], None], ids: Sequence[str] | None = None
) -> IngestSummary:
    """Analyse stored articles again (all, or those of ``ids``) from the raw text the store keeps,
    with this version's pipeline: after an upgrade, an archive gathered by ``watch`` has no files
    to ingest again.  An analysis that changed replaces the old one (``updated``; the text keeps
    its version), one that did not is left alone (``unchanged``)."""
    from rayzan.store import Store

    summary = IngestSummary()
    failed = _recording(summary, on_error)
    seen: set[str] = set()
    with Store.open(settings.db, must_exist=True) as store, _progress(console) as progress:
        # An id may be one the article's content gives today, of an article stored under another.
        found = store.stored_ids(ids) if ids is not None else {}
        wanted = list(dict.fromkeys(found[i] for i in ids if i in found)) if ids is not None else None
        total = len(wanted) if wanted is not None else store.count_articles()

        def jobs() -> Iterator[Job]:
            for meta, blocks in store.stored_sources(wanted):
                seen.add(meta.id)
                yield f"article {meta.id}", meta, tuple(blocks)

        _store_all(store, _documents(jobs(), settings, failed), summary, failed, progress, progress.add_task("re-analysing", total=total))
    for article_id in ids or ():
        if found.get(article_id) not in seen:
            failed(InputError(article_id, "no such article"))
    _print_summary(console, f"re-analysed in {settings.db}", summary)
    return summary


def _recording(summary: IngestSummary, on_error: Callable[[InputError], None]) -> Callable[[InputError], None]:
    """``on_error`` that also counts the failure in ``summary``."""

    def failed(error: InputError) -> None:
        on_error(error)
        summary.failed.append(error)

    return failed


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, disable=not console.is_terminal,
    )


# Articles in a row whose storing failed for want of a connection: the server is gone (a restart in
# between reconnects, the pool checks connections), so the rest would fail alike.
LOST_IN_A_ROW = 3


class StoppedStoring(StoreError):
    """The database went away during a batch: what was stored stays, the rest is for a rerun."""


def _store_all(
    store: Store,
    docs: Iterable[Document],
    summary: IngestSummary,
    failed: Callable[[InputError], None],
    progress: Progress,
    task: TaskID,
) -> None:
    lost = 0
    for doc in docs:
        try:
            result = store.ingest(doc)
        except RayzanError as e:
            failed(InputError(doc.meta.origin or doc.meta.id, str(e)))
            lost = lost + 1 if _connection_lost(e) else 0
            if lost >= LOST_IN_A_ROW:
                raise StoppedStoring(
                    f"{store.where}: the database went away ({lost} articles in a row could not be stored); stopped. "
                    "Run the same command again once it is back: what is stored is not stored twice"
                ) from e
            continue
        lost = 0
        summary.statuses[result.status] += 1
        summary.events += len(doc.events)
        progress.update(task, advance=1, description=(doc.meta.title or doc.id)[:40])


def _connection_lost(error: BaseException) -> bool:
    """Whether storing failed because there is no connection to the database: one dropped under a
    statement (the driver marks it invalidated) or none to be had (an error on connecting holds no
    statement: "Connection refused", "the database system is shutting down")."""
    import sqlalchemy as sa

    cause = error.__cause__
    return isinstance(cause, sa.exc.DBAPIError) and (cause.connection_invalidated or cause.statement is None)


def _print_summary(console: Console, what: str, summary: IngestSummary) -> None:
    parts = [f"{n} {status}" for status, n in sorted(summary.statuses.items())]
    parts.append(f"{len(summary.failed)} failed")
    console.print(f"{what}: " + ", ".join(parts) + f"; {summary.events} events found", highlight=False, markup=False)
