"""``rayzan watch``: a thin command over ``rayzan.watch.run_watch``.

The lead registers it on the main app: ``app.command("watch")(watch)``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from rayzan.errors import RayzanError
from rayzan.watch.fetch import FetchSettings
from rayzan.watch.poll import FeedsFileError, RoundSummary, read_feeds_file, run_watch
from rayzan.watch.state import default_state_path

err = Console(stderr=True, soft_wrap=True)


def watch(
    feeds_file: Path = typer.Argument(..., help="A file with one RSS/Atom feed URL per line (# starts a comment)."),
    db: Optional[str] = typer.Option(None, "--db", help="Database: a SQLite path or a postgresql:// URL (default: $RAYZAN_DB or ./rayzan.db)."),
    interval: float = typer.Option(900.0, "--interval", min=1.0, help="Seconds between two polls of the feeds."),
    once: bool = typer.Option(False, "--once", help="Poll once, fetch what is new, and exit."),
    state: Optional[Path] = typer.Option(None, "--state", help="The watcher's state file (default: beside the database)."),
    rate: float = typer.Option(1.0, "--min-interval", min=0.0, help="Seconds between two requests to one host."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds before a request is given up (then retried)."),
    max_mb: float = typer.Option(5.0, "--max-mb", min=0.01, help="Largest page or feed to download, in MB."),
) -> None:
    """Poll news feeds, fetch new articles, analyse and store them; restart-safe."""
    from rayzan.settings import Settings
    from rayzan.store import Store

    db_url = Settings().with_db(db).db
    from rayzan.actors.kb import check_kb

    try:
        check_kb()
        feeds = read_feeds_file(feeds_file)
        settings = FetchSettings(timeout=timeout, max_bytes=int(max_mb * 1024 * 1024), min_interval=rate)
        with Store.open(db_url) as store, err.status("watching feeds") as status:

            def on_article(url: str, outcome: str) -> None:
                status.update(f"{outcome}: {url}")

            total = run_watch(feeds, store, state or default_state_path(db_url), interval, once, settings, on_round=print_round, on_article=on_article)
    except FeedsFileError as e:
        for error in e.errors:  # every bad line, each on its own line
            err.print(f"[red]error[/red] {escape(str(error))}", highlight=False)
        raise typer.Exit(e.exit_code) from e
    except RayzanError as e:
        err.print(f"[red]error[/red] {escape(str(e))}", highlight=False)
        raise typer.Exit(e.exit_code) from e
    if not once:
        err.print("[bold]all rounds[/bold]", highlight=False)
        print_round(total)
    raise typer.Exit(130 if total.interrupted else 2 if total.failed else 0)  # 130: killed by SIGINT, as a shell reports it


def print_round(summary: RoundSummary) -> None:
    stored = ", ".join(f"{n} {status}" for status, n in sorted(summary.stored.items())) or "nothing new"
    if summary.interrupted:
        err.print(f"[yellow]interrupted[/yellow]: {stored if summary.stored else 'nothing stored'}, {summary.retrying} pending for the next run", highlight=False)
    err.print(
        f"{summary.feeds} feeds polled ({summary.feeds_not_modified} not modified), {summary.new_entries} new entries; "
        f"processed: {stored}; {summary.retrying} left to retry",
        highlight=False,
    )
    if summary.backing_off:
        url, until, reason = min(summary.backing_off, key=lambda feed: feed[1])
        n = len(summary.backing_off)
        err.print(
            f"[yellow]skipped {n} feed{'s' if n > 1 else ''}[/yellow] backing off after failures, the first until "
            f"{time.strftime('%H:%M', time.localtime(until))} (e.g. {escape(url)}: {escape(reason)})",
            highlight=False,
        )
    if summary.waiting:
        url, when, reason = summary.waiting[0]
        n = len(summary.waiting)
        err.print(
            f"[yellow]waiting[/yellow] {n} article{'s' if n > 1 else ''} to retry later, the first at "
            f"{time.strftime('%H:%M', time.localtime(when))} (e.g. {escape(url)}: {escape(reason)})",
            highlight=False,
        )
    for reason, count in sorted(summary.skipped.items()):
        err.print(f"skipped {count}: {reason}", highlight=False)
    for where, reason in summary.warnings:
        err.print(f"warning {escape(where)}: {escape(reason)}", highlight=False)
    for where, reason in summary.retried:
        err.print(f"[yellow]retrying[/yellow] {escape(where)}: {escape(reason)}", highlight=False)
    for where, reason in summary.failed:
        err.print(f"[red]failed[/red] {escape(where)}: {escape(reason)}", highlight=False)
    if summary.reported_before:  # failing as when first named: counted, so that none goes unmentioned
        n = summary.reported_before
        err.print(f"{n} known broken feed entr{'y' if n == 1 else 'ies'}, reported in an earlier round", highlight=False)
