"""``rayzan batch``: a thin command over ``rayzan.batch.run_batch``.

The lead registers it on the main app: ``app.command("batch")(batch)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rayzan.batch.partition import DEFAULT_PARTITION_SIZE
from rayzan.batch.runner import FAILURES_NAME, BatchSummary, run_batch
from rayzan.batch.runner import Progress as BatchProgress
from rayzan.errors import RayzanError

err = Console(stderr=True, soft_wrap=True)


def batch(
    inputs: list[str] = typer.Argument(..., help="Files, directories or URLs to analyse."),
    output: Path = typer.Option(..., "--output", "-o", help="Directory for shards and the manifest (rerun with the same one to resume)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=0, help="Local worker processes (default: one per core; 0 = no Dask)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="An existing Dask scheduler, tcp://HOST:PORT, instead of a local cluster."),
    db: Optional[str] = typer.Option(None, "--db", help="Also load the results into this database (SQLite path or postgresql:// URL)."),
    partition_size: Optional[int] = typer.Option(None, "--partition-size", min=1, help=f"Articles per partition (default {DEFAULT_PARTITION_SIZE}; a resumed run keeps its first size)."),
    format: str = typer.Option("both", "--format", "-f", help="Shard format: jsonl, parquet or both."),
) -> None:
    """Analyse a large archive on a Dask cluster into Parquet/JSONL shards; resumable after a crash."""
    from rayzan.actors.kb import check_kb

    formats = ("jsonl", "parquet") if format == "both" else (format,)
    with _progress_bar() as (bar, on_progress):
        try:
            check_kb()
            summary = run_batch(inputs, output, workers, scheduler, db, partition_size, formats, progress=on_progress)
        except RayzanError as e:
            bar.stop()
            err.print(f"[red]error[/red] {escape(str(e))}", highlight=False)
            raise typer.Exit(e.exit_code) from e
    print_summary(summary, output)
    raise typer.Exit(summary.exit_code)


class _progress_bar:
    """A Rich bar on stderr whose total grows while the inputs are still being read."""

    def __enter__(self) -> tuple[Progress, object]:
        self.bar = Progress(
            TextColumn("[bold]batch[/bold]"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"), TimeElapsedColumn(), console=err, transient=True
        )
        self.bar.start()
        task = self.bar.add_task("batch", total=None)

        def on_progress(p: BatchProgress) -> None:
            self.bar.update(task, completed=p.done, total=p.read if p.reading_done or p.read else None)

        return self.bar, on_progress

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()


def print_summary(summary: BatchSummary, output: Path | None = None) -> None:
    rate = summary.processed / summary.seconds if summary.seconds else 0.0
    err.print(
        f"processed {summary.processed} articles in {summary.partitions} partitions "
        f"({summary.seconds:.1f} s, {rate:.1f} articles/s, {summary.workers or 'no'} Dask workers)",
        highlight=False,
    )
    for reason, count in sorted(summary.skipped.items()):
        err.print(f"skipped {count}: {reason}", highlight=False)
    if summary.loaded:
        err.print("database: " + ", ".join(f"{n} {status}" for status, n in sorted(summary.loaded.items())), highlight=False)
    if summary.failed:
        err.print(f"[red]failed {len(summary.failed)}[/red]", highlight=False)
        by_reason: dict[str, list[str]] = {}
        for where, reason in summary.failed:
            by_reason.setdefault(reason, []).append(where)
        for reason, wheres in sorted(by_reason.items(), key=lambda kv: -len(kv[1]))[:20]:
            examples = ", ".join(wheres[:3]) + (f" and {len(wheres) - 3} more" if len(wheres) > 3 else "")
            err.print(f"  {len(wheres)} × {reason}: {examples}", highlight=False, markup=False)
        if output is not None:
            err.print(f"  every failure, one a line: {output / FAILURES_NAME}", highlight=False, markup=False)
