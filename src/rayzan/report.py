"""Readable terminal views of documents and stored articles (Rich)."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table

from rayzan.document import Document


def print_document(console: Console, doc: Document) -> None:
    console.rule(f"[bold]{doc.meta.title or doc.meta.id}[/bold]")
    console.print(f"id {doc.meta.id}   source {doc.meta.source or '-'}   published {doc.meta.published or '-'}", highlight=False)
    _print_sections(console, doc.to_json())
    if doc.entities:
        console.print("entities: " + "، ".join(f"{e.text} ({e.label})" for e in doc.entities), highlight=False)
    _print_events(console, [e.to_json() for e in doc.events], doc.to_json()["actors"])


def print_stored_article(console: Console, article: dict[str, Any]) -> None:
    console.rule(f"[bold]{article.get('title') or article['id']}[/bold]")
    console.print(
        f"id {article['id']}   source {article.get('source') or '-'}   published {article.get('published') or '-'}"
        f"   version {article.get('version', 1)}   url {article.get('url') or '-'}",
        highlight=False,
    )
    _print_sections(console, article)
    entities = article.get("entities") or []
    if entities:
        # Once each, in order of first mention, with how often the article names it.
        counts = Counter((e["text"], e["label"]) for e in entities)
        shown = [f"{text} ({label})" + (f" ×{counts[text, label]}" if counts[text, label] > 1 else "") for text, label in counts]
        console.print("entities: " + "، ".join(shown), highlight=False)
    _print_events(console, article.get("events") or [], article.get("actors") or [])


def _print_sections(console: Console, article: dict[str, Any]) -> None:
    text = article.get("text") or ""
    sentences = article.get("sentences") or []
    for sec in article.get("sections") or []:
        inside = [s for s in sentences if sec["start"] <= s["start"] < sec["end"]]
        console.print(f"[cyan]{sec['kind']:<9}[/cyan] {text[sec['start']:sec['end']]}", highlight=False)
        if len(inside) > 1:
            for s in inside:
                console.print(f"          [dim]·[/dim] {text[s['start']:s['end']]}", highlight=False)


def _print_events(console: Console, events: list[dict[str, Any]], actors: list[dict[str, Any]]) -> None:
    if not events:
        return
    names = {a["id"]: a.get("name_en") or a["name"] for a in actors}
    table = Table(title="events", expand=True)
    for name in ("type", "CAMEO", "source", "target", "where", "date", "topics", "conf."):
        table.add_column(name, no_wrap=name in ("type", "CAMEO", "date", "conf."))
    for e in events:
        table.add_row(
            e["plover"],
            e["cameo"],
            _side(e["source"], names),
            _side(e["target"], names),
            (e.get("location") or {}).get("name_en") or (e.get("location") or {}).get("text") or "-",
            e.get("date") or "-",
            ", ".join(t.get("name_en") or t["text"] for t in e.get("topics") or []),
            f"{e.get('confidence', 0):.2f}",
        )
    console.print(table)


def _side(side: dict[str, Any] | None, names: dict[str, str]) -> str:
    if not side:
        return "-"
    label = names.get(side.get("actor") or "", side.get("text") or "-")
    return f"{label} ({side['country']})" if side.get("country") else label


def print_article_list(console: Console, articles: list[dict[str, Any]]) -> None:
    table = Table(expand=True)
    table.add_column("id", no_wrap=True, min_width=16)
    table.add_column("published", no_wrap=True, min_width=10)
    table.add_column("source", no_wrap=True, max_width=18, overflow="ellipsis")
    table.add_column("title", ratio=1, no_wrap=True, overflow="ellipsis")  # one line: a word a line is unreadable
    table.add_column("sentences", justify="right")
    table.add_column("events", justify="right")
    for a in articles:
        table.add_row(
            a["id"], a.get("published") or "-", a.get("source") or "-", a.get("title") or "-",
            str(a.get("sentences", a.get("sentence_count", "-"))), str(a.get("events", a.get("event_count", "-"))),
        )
    console.print(table)


def table_console() -> Console:
    """A console for tables: the terminal's width, or a wide one when the output is piped (a file
    has no width to fit, and Persian text wrapped at 80 columns is one word a line)."""
    return Console() if sys.stdout.isatty() else Console(width=240)


def shorten(text: str, most: int) -> str:
    """``text`` cut at the last space within ``most`` characters, with an ellipsis."""
    if len(text) <= most:
        return text
    cut = text.rfind(" ", 0, most)
    return text[: cut if cut > most // 2 else most].rstrip() + "…"
