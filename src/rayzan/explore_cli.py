"""``rayzan events`` and ``rayzan export``: the store's query filters on the command line.

The same filters as ``GET /api/events``; each option maps to one EventQuery field.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Optional

import typer
from rich.console import Console
from rich.table import Table

from rayzan.settings import Settings

if TYPE_CHECKING:
    from rayzan.store import EventQuery, Store

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")


def _query(
    store: Store, actor: Optional[str], country: Optional[str], dyad: Optional[str], ordered: bool, plover: Optional[str],
    cameo: Optional[str], quad_class: Optional[str], date_from: Optional[str], date_to: Optional[str],
    topic: Optional[str], source: Optional[str], text: Optional[str], sort: str, limit: int, offset: int,
    min_confidence: Optional[str] = None,
):
    from rayzan.errors import OptionError
    from rayzan.store import EventQuery, filters

    pair = filters.split_dyad(dyad, lambda side: bool(store.actor_ids(side)), "--dyad") if dyad else None
    date_from, date_to = filters.date_range(date_from, date_to, ("--from", "--to"))
    query = EventQuery(
        actor=actor, country=filters.country_code(country, "--country") if country else None, dyad=pair, dyad_ordered=ordered,
        plover=filters.plover_types(plover, "--plover") if plover else None,
        cameo=filters.cameo_prefix(cameo, "--cameo") if cameo else None,
        quad_class=filters.quad_class(quad_class, "--quad-class") if quad_class is not None else None,
        date_from=date_from, date_to=date_to, topic=topic,
        source=filters.outlet(source) if source else None, text=filters.text_words(text, "--text") if text else None,
        min_confidence=filters.confidence(min_confidence, "--min-confidence") if min_confidence is not None else None,
        sort=filters.sort_key(sort, "--sort"), limit=limit, offset=offset,
    )
    try:
        return query.validated()
    except OptionError as e:
        # Named as the command line spells it: query.min_confidence is --min-confidence.
        option = "--" + e.where.removeprefix("query.").replace("_", "-")
        raise OptionError(_OPTIONS.get(option, option), e.reason) from None


# EventQuery fields whose option is not --field-name.
_OPTIONS = {"--date-from": "--from", "--date-to": "--to", "--text": "--text/-q"}

# Shared options, declared once so `events` and `export` cannot drift apart.
ACTOR = typer.Option(None, help="Actor id, Persian or English name, or a person's surname (عراقچی, Lavrov).")
COUNTRY = typer.Option(None, help="Country as source or target: ISO3 code or Persian/English name (IRN, ایران, Iran).")
DYAD = typer.Option(None, help="Two countries or actors, A,B or A-B: IRN-RUS, ایران-روسیه, person:abbas-araghchi,Lavrov.")
ORDERED = typer.Option(False, "--ordered", help="Read --dyad as source-target (default: either way).")
PLOVER = typer.Option(None, help="PLOVER type(s), comma-separated, e.g. CONSULT,AGREE.")
CAMEO = typer.Option(None, help="CAMEO code prefix, e.g. 04.")
QUAD = typer.Option(None, "--quad-class", help="Quad class 1-4.")
DATE_FROM = typer.Option(None, "--from", help="First date, YYYY-MM-DD; a year before 1700 is Solar Hijri (1403-08-15).")
DATE_TO = typer.Option(None, "--to", help="Last date, YYYY-MM-DD; a year before 1700 is Solar Hijri (1403-08-15).")
TOPIC = typer.Option(None, help="Topic: Persian text, English name or ISO3.")
SOURCE = typer.Option(None, help="Outlet, e.g. farsnews.ir.")
TEXT = typer.Option(None, "--text", "-q", help="Free text over the evidence (ZWNJ-insensitive).")
MIN_CONFIDENCE = typer.Option(
    None, "--min-confidence", help="Events scored at least this, 0-1 (0.8 kept ~9 in 10 right on the Fars News audit the score was fitted on; fewer on unseen text)."
)
SORT = typer.Option(
    "-date", help="Sort key, '-' for descending: date, mentions, articles, sources, goldstein, confidence, first_seen, last_seen, id."
)
DB = typer.Option(None, "--db", help="Database: a SQLite path or a postgresql:// URL (default: $RAYZAN_DB or ./rayzan.db).")


def events(
    actor: Optional[str] = ACTOR, country: Optional[str] = COUNTRY, dyad: Optional[str] = DYAD, ordered: bool = ORDERED,
    plover: Optional[str] = PLOVER, cameo: Optional[str] = CAMEO, quad_class: Optional[str] = QUAD,
    date_from: Optional[str] = DATE_FROM, date_to: Optional[str] = DATE_TO, topic: Optional[str] = TOPIC,
    source: Optional[str] = SOURCE, text: Optional[str] = TEXT, min_confidence: Optional[str] = MIN_CONFIDENCE,
    sort: str = SORT,
    limit: int = typer.Option(20, help="Events per page (at most 1000)."), offset: int = typer.Option(0, help="Events to skip."),
    as_json: bool = typer.Option(False, "--json", help="Print the page as JSON instead of a table."),
    db: Optional[str] = DB,
) -> None:
    """Query stored events (deduplicated across articles and outlets)."""
    from rayzan.store import Store

    with Store.open(Settings().with_db(db).db, must_exist=True) as store:
        query = _query(
            store, actor, country, dyad, ordered, plover, cameo, quad_class, date_from, date_to, topic, source, text, sort,
            limit, offset, min_confidence,
        )
        page = store.query_events(query)
        _note_unmatched(store, query, page.total)
    if as_json:
        sys.stdout.write(json.dumps(page.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    from rayzan.report import shorten, table_console

    console = table_console()
    table = Table(title=f"{page.total} events")
    # Short columns are never cut (2026-1… is no date); the evidence gives way, on one line; a
    # narrow terminal drops CAMEO, place and mentions (--json has everything).
    wide = console.width >= 110
    columns = [("id", 4), ("date", 10), ("type", 9)] + ([("CAMEO", 5)] if wide else [])
    for name, width in columns:
        table.add_column(name, no_wrap=True, min_width=width)
    sides = 10 if console.width >= 62 else None  # below that the sides wrap rather than push the border off
    table.add_column("source", min_width=sides)
    table.add_column("target", min_width=sides)
    if wide:
        table.add_column("where", no_wrap=True, min_width=5)
        table.add_column("mentions", justify="right", no_wrap=True, min_width=8)
    # What the other columns, their padding and the borders leave; under 10 characters the evidence
    # is left out rather than cropping every row's right border.
    room = console.width - (92 if wide else 65)
    if room >= 10:
        table.add_column("evidence", no_wrap=True, overflow="ellipsis", max_width=room)
    for e in page.items:
        cells = [str(e["id"]), e.get("date") or "-", e["plover"]] + ([e["cameo"]] if wide else [])
        cells += [_side(e.get("source")), _side(e.get("target"))]
        if wide:
            cells += [(e.get("location") or {}).get("country") or "-", str(e.get("mentions", ""))]
        if room >= 10:
            cells.append(shorten((e.get("evidence") or [{}])[0].get("text", ""), room))
        table.add_row(*cells)
    console.print(table)


def _note_unmatched(store: Store, query: EventQuery, found: int | None) -> None:
    """Nothing found for an --actor (or a --dyad side) that names no stored actor: say so
    (a typo, or someone the archive never mentions), on stderr, so that stdout stays the answer."""
    from rayzan.store import filters

    if found:
        return
    notes = []
    if query.actor and not store.actor_ids(query.actor):
        notes.append(f'no actor matches "{query.actor.strip()}"')
    for side in query.dyad or ():
        if filters.as_country(side) is None and not store.actor_ids(side):
            notes.append(f'no country or actor matches "{side}"')
    for note in notes:
        Console(stderr=True).print(note, highlight=False, markup=False)


def _side(side: dict | None) -> str:
    if not side:
        return "-"
    return side.get("country") or side.get("text") or "-"


def export(
    format: str = typer.Argument(..., help="jsonl, csv, parquet, gdelt (GDELT 2.0 event table TSV) or plover (PLOVER/POLECAT JSON)."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write; '-' for standard output."),
    actor: Optional[str] = ACTOR, country: Optional[str] = COUNTRY, dyad: Optional[str] = DYAD, ordered: bool = ORDERED,
    plover: Optional[str] = PLOVER, cameo: Optional[str] = CAMEO, quad_class: Optional[str] = QUAD,
    date_from: Optional[str] = DATE_FROM, date_to: Optional[str] = DATE_TO, topic: Optional[str] = TOPIC,
    source: Optional[str] = SOURCE, text: Optional[str] = TEXT, min_confidence: Optional[str] = MIN_CONFIDENCE,
    articles: bool = typer.Option(False, "--articles", help="Export articles (the JSONL contract) instead of events."),
    excel: bool = typer.Option(
        False, "--excel", help="csv: UTF-8 with a byte-order mark and CRLF line ends, so that Excel shows Persian right."
    ),
    db: Optional[str] = DB,
) -> None:
    """Export events (or, with --articles, whole analysed articles), streaming in bounded memory."""
    from rayzan.errors import OptionError
    from rayzan.export import ARTICLE_FORMATS, export_articles, export_events
    from rayzan.store import Store

    # A format the command does not take is a usage error (exit 1), refused before the store is opened.
    if format not in EXPORT_FORMATS:
        raise OptionError("FORMAT", f"unknown export format {format!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if articles and format not in ARTICLE_FORMATS:
        raise OptionError("FORMAT", f"--articles exports {', '.join(ARTICLE_FORMATS)} only, not {format!r}")
    if articles:
        # Every stored article is exported: an event filter would be silently ignored, the file holding more than asked.
        given = {"--actor": actor, "--country": country, "--dyad": dyad, "--ordered": ordered or None, "--plover": plover,
                 "--cameo": cameo, "--quad-class": quad_class, "--from": date_from, "--to": date_to, "--topic": topic,
                 "--source": source, "--text": text, "--min-confidence": min_confidence}
        for name, value in given.items():
            if value is not None:
                raise OptionError(name, "an event filter; --articles exports every stored article")
    if excel and (format != "csv" or articles):
        raise OptionError("--excel", "only an event export in csv takes it")
    destination = _destination(output, format)
    with Store.open(Settings().with_db(db).db, must_exist=True) as store:
        if articles:
            count = export_articles(store, format, destination)
        else:
            # Exports stream every matching event (keyset paging); sort/limit/offset do not apply.
            query = _query(
                store, actor, country, dyad, ordered, plover, cameo, quad_class, date_from, date_to, topic, source, text, "date",
                1000, 0, min_confidence,
            )
            count = export_events(store, format, destination, query=query, excel=excel)
            _note_unmatched(store, query, count)
    where = "standard output" if destination is not output else output
    Console(stderr=True).print(f"wrote {count} {'articles' if articles else 'events'} to {where}", highlight=False, markup=False)


def _destination(output: Path, format: str) -> Path | BinaryIO:
    """``-`` is standard output (its bytes: every format writes UTF-8 whatever the locale)."""
    from rayzan.errors import OptionError

    if str(output) != "-":
        return output
    if format == "parquet" and sys.stdout.isatty():
        raise OptionError("--output", "parquet is binary: give a file, or send standard output to a pipe or a file")
    return sys.stdout.buffer


def register(app: typer.Typer) -> None:
    app.command("events")(events)
    app.command("export")(export)
