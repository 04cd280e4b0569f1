"""The ``rayzan`` command: thin commands over the library.

Exit codes: 0 all fine, 1 usage error, 2 some inputs failed.
"""

from __future__ import annotations

import json
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

try:  # Typer >= 0.24 vendors its own copy of Click; its exceptions are the ones raised.
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover - older Typer on top of Click
    from click import exceptions as click_exceptions
from rich.console import Console
from rich.markup import escape

from rayzan import __version__
from rayzan.errors import InputError, RayzanError
from rayzan.settings import Settings

app = typer.Typer(
    help="Rayzan: Persian news to a structured, checkable record of political events.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = typer.Option(None, "--db", help="Database: a SQLite path or a postgresql:// URL (default: $RAYZAN_DB or ./rayzan.db).")

# Analysis is most of the time an article takes; storing stays in this process (SQLite has one writer).
WorkersOption = typer.Option(
    1, "--workers", "-w", min=1, help="Processes analysing articles (default 1: this one); results keep the input order."
)


def _version(value: bool) -> None:
    if value:
        out.print(f"rayzan {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Read Persian news (text, JSON, HTML, RSS), code political events, store and explore them."""


def report_error(error: InputError) -> None:
    # File names and reasons are text, not markup: "[old]/x.txt" must not lose its "[old]".
    err.print(f"[red]error[/red] {escape(error.where)}: {escape(error.reason)}", markup=True, highlight=False)


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, directories, URLs, or - for stdin."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one article per line), json (a list) or table."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    no_zwnj: bool = typer.Option(False, "--no-zwnj", help="Do not restore lost ZWNJ characters (nor spaces lost after و, در, از)."),
    workers: int = WorkersOption,
) -> None:
    """Analyse articles and print their entities, actors and events (nothing is stored)."""
    if format not in ("jsonl", "json", "table"):
        raise click_exceptions.UsageError(f"--format must be jsonl, json or table, not {format!r}")
    settings = Settings(zwnj=not no_zwnj, workers=workers)
    from rayzan.actors.kb import check_kb
    from rayzan.export.output import text_output
    from rayzan.ingest import iter_documents

    check_kb()

    failures: list[InputError] = []

    def failed(error: InputError) -> None:
        report_error(error)
        failures.append(error)

    to_file = output is not None and str(output) != "-"
    written = 0
    # A file is replaced only at the end, and not by a run whose every input failed.
    with text_output(output if to_file else sys.stdout, keep_old=lambda: written == 0 and bool(failures)) as stream:
        docs = iter_documents(paths, settings, failed)
        if format == "jsonl":
            from rayzan.document import iter_json

            for doc in docs:
                stream.writelines(iter_json(doc.json_layers()))  # in pieces: a huge article's JSON never whole
                stream.write("\n")
                written += 1
        elif format == "json":
            rows = [doc.to_json() for doc in docs]
            written = len(rows)
            json.dump(rows, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        else:
            from rayzan.report import print_document

            console = Console(file=stream, soft_wrap=True) if to_file else out
            for doc in docs:
                print_document(console, doc)
                written += 1
    if failures:
        raise typer.Exit(2)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories, URLs, or - for stdin."),
    db: Optional[str] = DbOption,
    no_zwnj: bool = typer.Option(False, "--no-zwnj", help="Do not restore lost ZWNJ characters (nor spaces lost after و, در, از)."),
    workers: int = WorkersOption,
) -> None:
    """Analyse articles and store them; re-ingesting the same article adds nothing."""
    from rayzan.actors.kb import check_kb
    from rayzan.ingest import ingest_paths

    check_kb()
    settings = Settings(zwnj=not no_zwnj, workers=workers).with_db(db)
    summary = ingest_paths(paths, settings, out, report_error)
    if summary.failed:
        raise typer.Exit(2)


@app.command()
def reanalyze(
    ids: Optional[list[str]] = typer.Argument(None, help="Article ids (default: every stored article)."),
    db: Optional[str] = DbOption,
    no_zwnj: bool = typer.Option(False, "--no-zwnj", help="As ingest's --no-zwnj: give it if the articles were ingested with it."),
    workers: int = WorkersOption,
) -> None:
    """Analyse stored articles again with this version of Rayzan (after an upgrade); only changed analyses are rewritten."""
    from rayzan.actors.kb import check_kb
    from rayzan.ingest import reanalyze_stored

    check_kb()
    settings = Settings(zwnj=not no_zwnj, workers=workers).with_db(db)
    summary = reanalyze_stored(settings, out, report_error, ids or None)
    if summary.failed:
        raise typer.Exit(2)


@app.command()
def articles(
    db: Optional[str] = DbOption,
    limit: int = typer.Option(50, min=1, max=1000, help="How many to list (1-1000)."),
    offset: int = typer.Option(0, min=0, help="How many to skip."),
    as_json: bool = typer.Option(False, "--json", help="Print the list as JSON lines (one article each) instead of a table."),
) -> None:
    """List stored articles."""
    from rayzan.report import print_article_list, table_console
    from rayzan.store import Store

    with Store.open(Settings().with_db(db).db, must_exist=True) as store:
        listed = store.articles(limit=limit, offset=offset)
    if as_json:
        # A table is for reading; Persian titles wrap word by word in a narrow or piped one.
        sys.stdout.write("".join(json.dumps(a, ensure_ascii=False, default=str) + "\n" for a in listed))
    else:
        print_article_list(table_console(), listed)


_SHOW_ALL_PAGE = 1000  # article ids `show --all` reads per query


@app.command()
def show(
    ids: list[str] = typer.Argument(None, help="Article ids (see `rayzan articles`)."),
    all_: bool = typer.Option(False, "--all", help="Show every stored article."),
    db: Optional[str] = DbOption,
) -> None:
    """Show stored articles: title, lead, sections, sentences, entities and events."""
    from rayzan.report import print_stored_article
    from rayzan.store import Store

    if not ids and not all_:
        raise click_exceptions.UsageError("give article ids or --all")
    if ids and all_:
        raise click_exceptions.UsageError("give article ids or --all, not both")
    missing = False
    with Store.open(Settings().with_db(db).db, must_exist=True) as store:
        wanted = ids or store.article_ids(page=_SHOW_ALL_PAGE)
        for article_id in wanted:
            article = store.article(article_id)
            if article is None:
                err.print(f"error {article_id}: no such article", highlight=False, markup=False)
                missing = True
                continue
            print_stored_article(out, article)
    if missing:
        raise typer.Exit(2)


class Digits(str, Enum):
    persian = "persian"
    latin = "latin"
    keep = "keep"


@app.command()
def normalize(
    no_zwnj: bool = typer.Option(False, "--no-zwnj", help="Do not restore lost ZWNJ characters (nor spaces lost after و, در, از)."),
    digits: Digits = typer.Option(
        Digits.persian, "--digits", help="Write digits as persian (۱۲), latin (12) or keep them as written."
    ),
    keep_diacritics: bool = typer.Option(False, "--keep-diacritics", help="Keep short vowels and other marks."),
) -> None:
    """Normalise Persian text from stdin to stdout, one output line per input line.

    Input in UTF-8, UTF-16 or Windows-1256 (legacy Persian sites) is recognised from its first
    bytes.  A line with bytes that encoding cannot decode is still written, with U+FFFD for
    them, and named on stderr (exit code 2); binary input is refused."""
    from rayzan.readers.encoding import stream_lines
    from rayzan.text import NormalizerConfig
    from rayzan.text import normalize as normalize_text

    config = NormalizerConfig(digits=digits.value, remove_diacritics=not keep_diacritics)
    zwnj = not no_zwnj
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else open(sys.stdin.fileno(), "rb", closefd=False)
    codec, lines = stream_lines(stdin, "stdin")
    if codec == "cp1256":
        err.print("note stdin: not UTF-8; read as Windows-1256", highlight=False)
    write = sys.stdout.write
    damaged: list[int] = []
    for number, (line, bad) in enumerate(lines, 1):
        if bad:
            damaged.append(number)
            if len(damaged) <= _DAMAGED_LINES_SHOWN:
                report_error(InputError(f"stdin line {number}", f"bytes that are not {codec} (written as U+FFFD)"))
        body = line.rstrip("\r\n")
        ending = line[len(body) :]
        write(normalize_text(body, zwnj=zwnj, config=config) + ("\n" if ending else ""))
    sys.stdout.flush()
    if damaged:
        if len(damaged) > _DAMAGED_LINES_SHOWN:
            report_error(InputError("stdin", f"{len(damaged)} lines in all with bytes that are not {codec}"))
        raise typer.Exit(2)


_DAMAGED_LINES_SHOWN = 10  # then one line for the rest: a wrongly encoded file would flood the terminal


@app.command()
def tag(
    file: Path = typer.Argument(..., help="One token per line, blank line between sentences; - for stdin."),
    conll: bool = typer.Option(True, "--conll/--no-conll", help="CoNLL in, token<TAB>TAG out (the only format)."),
) -> None:
    """Tag tokens with named entities (BIO tags: B-PER, I-ORG, ...)."""
    from rayzan.ner import tag_tokens

    source = sys.stdin if str(file) == "-" else _open_text(file)
    lines = [line.rstrip("\r\n") for line in source]
    sentences: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            sentences[-1].append(_conll_token(line))
        elif sentences[-1]:
            sentences.append([])
    sentences = [s for s in sentences if s]
    tags = iter(tag_tokens(sentences))
    current = next(tags, [])
    index = 0
    buffer: list[str] = []
    for line in lines:
        if line.strip():
            buffer.append(f"{line}\t{current[index]}")
            index += 1
            if index == len(current):
                current, index = next(tags, []), 0
        else:
            buffer.append("")
    sys.stdout.write("\n".join(buffer) + ("\n" if buffer else ""))


# A gold column after the token (ARMAN writes "token TAG", CoNLL files "token<TAB>TAG"): the
# token is what comes before it.  A space alone separates a column only before a BIO tag, since
# PEYMA's tokens may hold spaces (امور خارجه).
_GOLD_AFTER_SPACE = re.compile(r"(.+?) +(?:O|[BIES]-[A-Za-z_]+)")


def _conll_token(line: str) -> str:
    if "\t" in line:
        return line.split("\t", 1)[0]
    gold = _GOLD_AFTER_SPACE.fullmatch(line)
    return gold.group(1) if gold else line


def _open_text(path: Path):
    from rayzan.readers.encoding import decode

    try:
        return decode(path.read_bytes(), str(path)).splitlines()
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from e


@app.command()
def serve(
    db: Optional[str] = DbOption,
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
) -> None:
    """Serve the HTTP API and the dashboard."""
    from rayzan.api import serve as serve_api
    from rayzan.store.location import resolve_url, sqlite_file_exists

    location = Settings().with_db(db).db
    url = resolve_url(location)
    if not sqlite_file_exists(url):
        # Serving an empty database is legitimate (POST /api/ingest fills it), but a typo is likelier.
        err.print(f"note {url.database}: no database there yet; starting with an empty one", highlight=False, markup=False)
    serve_api(location, host=host, port=port)


def _register_optional() -> None:
    """Commands whose modules live beside their pipeline stage."""
    try:
        from rayzan.batch.cli import batch

        app.command("batch")(batch)
    except ImportError:
        pass
    try:
        from rayzan.watch.cli import watch

        app.command("watch")(watch)
    except ImportError:
        pass
    try:
        from rayzan.explore_cli import register

        register(app)
    except ImportError:
        pass


_register_optional()


def main() -> None:
    """Entry point: maps errors to exit codes (1 usage, 2 failed inputs)."""
    try:
        code = app(standalone_mode=False)
    except click_exceptions.UsageError as e:
        e.show()
        sys.exit(1)
    except (typer.Abort, KeyboardInterrupt):
        err.print("interrupted")
        sys.exit(130)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except RayzanError as e:
        err.print(f"error {e}", highlight=False, markup=False)
        sys.exit(e.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except SystemExit as e:
        # Click answers a closed pipe (`rayzan normalize < big.txt | head`) with exit 1, which
        # this command's codes give to a usage error: the reader had what it wanted.
        if isinstance(e.__context__, BrokenPipeError) and e.code == 1:
            sys.exit(0)
        raise
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # `python -m rayzan.cli` as well as `python -m rayzan`
    main()
