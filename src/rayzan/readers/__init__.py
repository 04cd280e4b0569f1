"""Readers: files, directories, URLs and stdin to ``RawArticle`` objects.

``iter_articles(paths)`` yields a RawArticle for every article found and an
``InputError`` (never raised) for every input that cannot be read, so one bad
file never stops a batch.  What is read but worth telling (``InputWarning``: a
file a directory holds but no reader takes, a malformed feed, a date that cannot
be read) goes to ``on_warning``.  The format is chosen by extension, else sniffed.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rayzan.errors import InputError
from rayzan.readers.base import InputWarning, RawArticle, make_article, source_of
from rayzan.readers.dates import read_date
from rayzan.readers.encoding import decode, repair_mojibake
from rayzan.readers.feed import looks_like_feed, read_feed
from rayzan.readers.html import read_html
from rayzan.readers.jsonfile import article_from_dict, read_json, read_jsonl
from rayzan.readers.limits import (
    DEFAULT_MAX_BYTES,
    format_size,
    max_bytes_setting,
    over_limit,
    parse_size,
)
from rayzan.readers.plaintext import read_text

EXTENSIONS = {
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


Item = RawArticle | InputError | InputWarning
_log = logging.getLogger("rayzan.readers")


def log_warning(warning: InputWarning) -> None:
    """The default for ``on_warning``: the ``rayzan.readers`` logger (stderr unless configured)."""
    _log.warning("warning %s: %s", warning.where, warning.reason)


def iter_articles(
    paths: Iterable[str], max_bytes: int | None = None, on_warning: Callable[[InputWarning], None] | None = None
) -> Iterator[RawArticle | InputError]:
    limit = max_bytes if max_bytes is not None else max_bytes_setting()
    warn = on_warning or log_warning
    for path in paths:
        if path == "-":
            items = read_bytes(sys.stdin.buffer.read(limit + 1), "<stdin>", limit=limit)
        elif path.startswith(("http://", "https://")):
            items = read_url(path, limit)
        else:
            items = _read_local(Path(path), limit)
        for item in items:
            if isinstance(item, InputWarning):
                warn(item)
                continue
            if isinstance(item, RawArticle):
                for warning in item.warnings:
                    warn(warning)
            yield item


_EXAMPLES_SHOWN = 3
# A folder's own documentation is no article that went unread: skipped without a word too.
_DOCS_SUFFIXES = frozenset({".md", ".rst"})
_DOCS_STEMS = frozenset({"readme", "license", "licence", "changelog", "notice", "copying"})


def _is_docs(path: Path) -> bool:
    return path.suffix.lower() in _DOCS_SUFFIXES or path.stem.lower() in _DOCS_STEMS


# Line breaks and other control characters, as a file name may hold them.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown_path(path: Path | str) -> str:
    """``path`` as one line of storable text, for messages and an article's origin: bytes that
    are not UTF-8 (a Persian name from a Windows zip, in Windows-1256) as ``\\xd8``, a newline
    or an escape character in a name as ``\\n`` or ``\\x1b``, so that a failure stays one line
    on the terminal and the database (which refuses the surrogates Python reads such bytes
    into) takes the article."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _walk(root: Path) -> tuple[list[Path], list[Item]]:
    """The files under ``root``, sorted, and what could not be looked into.  Linked folders are
    followed, each real folder once (a link back up is no endless loop); a folder that cannot be
    listed and a link to a file that does not exist are errors naming them, not silently left
    out.  Hidden files and folders (.git, .DS_Store) are skipped without a word."""
    files: list[Path] = []
    problems: list[Item] = []
    seen = {_identity(root)}

    def unlistable(error: OSError) -> None:
        problems.append(InputError(shown_path(error.filename or root), f"cannot list the folder: {error.strerror or error}"))

    for folder, subfolders, names in os.walk(root, onerror=unlistable, followlinks=True):
        kept = []
        for name in sorted(subfolders):
            identity = _identity(Path(folder, name))
            if name.startswith(".") or identity in seen:
                continue  # hidden, or a folder already read (through a link back up, or twice linked)
            seen.add(identity)
            kept.append(name)
        subfolders[:] = kept
        for name in names:
            file = Path(folder, name)
            if name.startswith("."):
                continue
            if file.is_file():
                files.append(file)
            elif file.is_symlink() and not file.exists() and file.suffix.lower() in EXTENSIONS:
                problems.append(InputError(shown_path(file), f"a link to {shown_path(os.readlink(file))}, which does not exist"))
    return sorted(files), problems


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        st = folder.stat()
    except OSError:
        return None  # os.walk's onerror names it
    return st.st_dev, st.st_ino


def _read_local(path: Path, limit: int) -> Iterator[Item]:
    if path.is_dir():
        files, problems = _walk(path)
        yield from problems
        known = [p for p in files if p.suffix.lower() in EXTENSIONS]
        unknown = [shown_path(p.relative_to(path)) for p in files if p.suffix.lower() not in EXTENSIONS and not _is_docs(p)]
        skipped = ""
        if unknown:
            examples = ", ".join(unknown[:_EXAMPLES_SHOWN]) + (", ..." if len(unknown) > _EXAMPLES_SHOWN else "")
            skipped = f"skipped {len(unknown)} file{'s' if len(unknown) > 1 else ''} with no known extension (e.g. {examples})"
        if not known:
            yield InputError(shown_path(path), f"directory has no readable files ({', '.join(sorted(EXTENSIONS))})" + (f"; {skipped}" if skipped else ""))
            return
        if skipped:
            yield InputWarning(shown_path(path), f"{skipped}; name a file to read it whatever its extension")
        for file in known:
            yield from _read_local(file, limit)
        return
    where = shown_path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            yield InputError(where, over_limit(size, limit))
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputError(where, "no such file or directory")
        return
    except OSError as e:
        yield InputError(where, f"cannot read: {e.strerror or e}")
        return
    yield from read_bytes(data, where, EXTENSIONS.get(path.suffix.lower()), limit=limit)


def decode_input(data: bytes, where: str) -> tuple[str, InputWarning | None]:
    """``data`` as text, as every reader gets it (files, stdin, URLs, and the feeds and pages of
    ``rayzan watch``): decoded by ``decode`` (InputError naming ``where`` when impossible), and
    repaired when all of it is Persian once misread and saved again, with a warning saying so."""
    text, misread_as = repair_mojibake(decode(data, where))
    if not misread_as:
        return text, None
    # Analysed as it was, it would be stored as Latin letters and no events, exit code 0.
    return text, InputWarning(where, f"Persian read as {misread_as} and saved again as UTF-8 (mojibake such as Ø¯ÛŒ or ط¯غŒ); repaired")


def read_bytes(data: bytes, where: str, kind: str | None = None, limit: int | None = None, url: str | None = None) -> Iterator[Item]:
    """Articles in ``data``; ``kind`` is text/json/jsonl/html/feed, sniffed when None."""
    if limit is not None and len(data) > limit:
        yield InputError(where, over_limit(None, limit, "input"))
        return
    try:
        text, warning = decode_input(data, where)
    except InputError as e:
        yield e
        return
    if warning:
        yield warning
    kind = kind or sniff(text)
    try:
        if kind == "json":
            yield from read_json(text, where)
        elif kind == "jsonl":
            yield from read_jsonl(text, where)
        elif kind == "html":
            if looks_like_feed(text):
                yield from read_feed(text, where)
            else:
                yield read_html(text, url=url, where=where)
        elif kind == "feed":
            yield from read_feed(text, where)
        else:
            yield read_text(text, where)
    except InputError as e:
        yield e


def sniff(text: str) -> str:
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    if head.startswith(("{", "[")):
        lines = [line for line in head.splitlines() if line.strip()]
        if head.startswith("{") and len(lines) > 1 and all(line.lstrip().startswith("{") and line.rstrip().endswith("}") for line in lines[:-1]):
            return "jsonl"
        if head.startswith("{") and _first_line_is_an_object(text):
            return "jsonl"  # lines longer than the head: Rayzan's own output piped into `ingest -`
        return "json"
    if head.startswith("<"):
        return "feed" if looks_like_feed(head) else "html"
    return "text"


def _first_line_is_an_object(text: str) -> bool:
    """Whether ``text`` holds more than one line and its first is a JSON object by itself."""
    first, newline, rest = text.lstrip("\ufeff \t\r\n").partition("\n")
    if not newline or not rest.strip():
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def read_url(url: str, limit: int) -> Iterator[Item]:
    """Fetch a feed or a page over HTTP(S)."""
    import httpx

    from rayzan import __version__

    try:
        with httpx.stream(
            "GET", url, follow_redirects=True, timeout=30, headers={"User-Agent": f"Rayzan/{__version__} (Persian news event coder)"}
        ) as response:
            if response.status_code >= 400:
                yield InputError(url, f"HTTP {response.status_code}")
                return
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    yield InputError(url, over_limit(None, limit, "response"))
                    return
                chunks.append(chunk)
            final_url = str(response.url)
            content_type = response.headers.get("content-type", "")
    except httpx.HTTPError as e:
        yield InputError(url, f"cannot fetch: {e}")
        return
    data = b"".join(chunks)
    kind = "feed" if ("rss" in content_type or "atom" in content_type) else ("json" if "json" in content_type else None)
    yield from read_bytes(data, url, kind, url=final_url)


def to_raw_article(value: object, **meta: object) -> RawArticle:
    """A RawArticle from what a Python caller hands ``rayzan.analyze``."""
    if isinstance(value, RawArticle):
        return value
    _within_limit(value)
    if isinstance(value, dict):
        return article_from_dict({**value, **meta}, "<dict>")
    if isinstance(value, str):
        article = read_text(value, "<text>")
        if not meta:
            return article
        url, source = meta.get("url"), meta.get("source")
        published, warning = read_date(meta.get("published"), "<text>.published")
        return make_article(
            list(article.blocks),
            url=url if isinstance(url, str) else None,
            source=source if isinstance(source, str) else None,
            published=published,
            origin="<text>",
            warnings=(warning,) if warning else (),
        )
    raise TypeError(f"rayzan.analyze takes a str, a dict or a RawArticle, not {type(value).__name__}")


def _within_limit(value: object) -> None:
    """The same ``RAYZAN_MAX_BYTES`` as for files, for text a Python caller hands over."""
    limit = max_bytes_setting()
    if isinstance(value, dict):
        parts = [v for v in value.values() if isinstance(v, str)]
        parts += [p for v in value.values() if isinstance(v, list) for p in v if isinstance(p, str)]
    else:
        parts = [value] if isinstance(value, str) else []
    if sum(map(len, parts)) * 4 <= limit:  # UTF-8 takes at most 4 bytes a character
        return
    size = sum(len(p.encode("utf-8", "surrogatepass")) for p in parts)
    if size > limit:
        raise InputError("<text>" if isinstance(value, str) else "<dict>", over_limit(size, limit, "text"))


__all__ = [
    "DEFAULT_MAX_BYTES",
    "InputWarning",
    "RawArticle",
    "decode_input",
    "format_size",
    "iter_articles",
    "max_bytes_setting",
    "parse_size",
    "read_bytes",
    "read_feed",
    "read_html",
    "read_json",
    "read_jsonl",
    "read_text",
    "read_url",
    "sniff",
    "source_of",
    "to_raw_article",
]
