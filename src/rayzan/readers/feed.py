"""RSS and Atom feeds (feedparser): one article per entry."""

from __future__ import annotations

import hashlib
import html as html_lib
import re

import feedparser

from rayzan.document import LEAD, PARAGRAPH, TITLE, Block
from rayzan.errors import InputError
from rayzan.readers.base import InputWarning, RawArticle, make_article
from rayzan.readers.dates import SOLAR_HIJRI_BEFORE, read_date

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</p>|<br\s*/?>|</div>|</li>|</h\d>", re.I)
_XML_ENCODING = re.compile(r"""^(\ufeff?\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""", re.IGNORECASE)
_ENTRY_END = re.compile(r"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)


class EntryWithoutText(InputError):
    """An entry with a link but no text of its own (no title, summary or content, or marks only):
    a failure where the feed is the input (``ingest feed.xml``), but the article is on the page it
    links to, which ``watch`` fetches."""

    def __init__(self, where: str, reason: str, url: str, published: str | None) -> None:
        super().__init__(where, reason)
        self.url = url
        self.published = published


class EntryError(InputError):
    """An entry that fails alone while the feed's other entries are read, with how to know it again
    in a later read of the feed, where new entries above it have shifted its position (``watch``
    reports it once, not every round).

    ``key`` is the entry's id (the RSS guid, the Atom id) when the feed gives one, else a hash of its
    title, text and date, else only its position (``entry 3``): an entry with none of these is known
    again only while it keeps its place.  ``digest`` is the hash of its title, text and date, "" for
    none: it tells an entry whose content changed under the same id."""

    def __init__(self, where: str, reason: str, key: str, digest: str) -> None:
        super().__init__(where, reason)
        self.key = key
        self.digest = digest


class EntryWithoutLink(EntryError):
    """An entry with text but no link, from ``read_feed(..., need_links=True)``: an article where the
    feed is the input (``ingest feed.xml``), but ``watch`` has no page to fetch."""


def looks_like_feed(text: str) -> bool:
    head = text[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _plain(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment from a feed entry, tags removed."""
    text = _BLOCK_END.sub("\n", fragment)
    text = html_lib.unescape(_TAG.sub(" ", text))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _parser_reason(exc: object) -> str:
    """feedparser's complaint, with the line and column when the XML parser gives them."""
    try:
        return f"{exc.getMessage()} at line {exc.getLineNumber()}, column {exc.getColumnNumber()}"  # type: ignore[attr-defined]
    except AttributeError:
        return str(exc)


def _identity(entry: dict, position: int, title: str, paragraphs: list[str]) -> tuple[str, str]:
    """An entry's ``key`` and ``digest`` (see ``EntryError``)."""
    # The published date, not "updated": some feeds stamp every entry with the time of each build.
    content = "\n".join([title, *paragraphs, entry.get("published") or ""])
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16] if content.strip() else ""
    id_ = " ".join((entry.get("id") or "").split())
    return (f"id {id_}" if id_ else f"text {digest}" if digest else f"entry {position}"), digest


def read_feed(data: str | bytes, where: str, need_links: bool = False) -> list[RawArticle | InputError | InputWarning]:
    """One article per entry.  A malformed feed (feedparser's ``bozo``) is read as far
    as its lenient parser goes, with a warning; an entry the document ends inside
    (a truncated download) is skipped, not kept with half its text.  An entry that
    fails alone is an ``EntryError``; with ``need_links`` (``watch``, which fetches
    each entry's page), so is one with text but no link (``EntryWithoutLink``)."""
    if isinstance(data, str):
        # Already decoded (as UTF-8, UTF-16 or Windows-1256, whatever the file claims): a declared
        # encoding="windows-1256" would make feedparser decode it a second time, into mojibake.
        data = _XML_ENCODING.sub(r"\1", data, count=1)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"malformed feed: {_parser_reason(parsed.bozo_exception)}" if parsed.bozo else "feed has no entries"
        return [InputError(where, reason)]
    feed_source = parsed.feed.get("title") if parsed.get("feed") else None
    out: list[RawArticle | InputError | InputWarning] = []
    complete = len(parsed.entries)
    if parsed.bozo:
        out.append(InputWarning(where, f"malformed feed ({_parser_reason(parsed.bozo_exception)}); read as far as it goes"))
        text = data if isinstance(data, str) else data.decode("utf-8", "replace")
        # Entries come in document order, so those past the last closing tag are the cut ones.
        complete = min(complete, len(_ENTRY_END.findall(text)))
    for index, entry in enumerate(parsed.entries):
        entry_where = f"{where} entry {index + 1}"
        title = " ".join((entry.get("title") or "").split())
        summary = _plain(entry.get("summary") or "")
        content = []
        for part in entry.get("content") or []:
            content.extend(_plain(part.get("value") or ""))
        identity = _identity(entry, index + 1, title, summary + content)
        if index >= complete:
            # Cut off where the download ended, the entry's text (and so its key) may differ next time.
            out.append(EntryError(entry_where, "cut off: the feed ends inside this entry, so its text is incomplete; skipped", *identity))
            continue
        link = entry.get("link") or None
        if not title and not summary and not content:
            if link:
                published, _ = _published(entry, entry_where)
                out.append(EntryWithoutText(entry_where, "entry has no title or text", link, published))
            else:
                out.append(EntryError(entry_where, "entry has no title or text", *identity))
            continue
        blocks = [Block(TITLE, title)] if title else []
        # The summary is often the start of the content; keep it once.
        paragraphs = content if content[: len(summary)] == summary else summary + content
        if paragraphs:
            blocks.append(Block(LEAD, paragraphs[0]))
        blocks.extend(Block(PARAGRAPH, p) for p in paragraphs[1:])
        published, warning = _published(entry, entry_where)
        try:
            article = make_article(blocks, url=link, published=published, origin=entry_where, source=None if link else feed_source,
                                   warnings=(warning,) if warning else ())
        except InputError as e:  # an entry of invisible characters only: the other entries go on
            out.append(EntryWithoutText(e.where, e.reason, link, published) if link else EntryError(e.where, e.reason, *identity))
            continue
        if need_links and not link:
            out.append(EntryWithoutLink(entry_where, "entry has no link, so there is no page to fetch", *identity))
        else:
            out.append(article)
    return out


def _published(entry: dict, where: str) -> tuple[str | None, InputWarning | None]:
    """An entry's date, and a warning when it holds one that cannot be read."""
    # feedparser parses the dates it can; the text is kept for the others (Jalali, ISO).
    # Asked for an "updated_parsed" it lacks, feedparser warns (DeprecationWarning) and maps it to "published_parsed".
    parsed_date = entry.get("published_parsed") or (entry.get("updated_parsed") if "updated" in entry else None)
    field = "published" if entry.get("published") else "updated"
    if parsed_date and parsed_date[0] < SOLAR_HIJRI_BEFORE:
        # A Solar Hijri date (1403/02/31) that feedparser took for a Gregorian one, with the
        # month and day garbled (1403-11-01): ours reads the text.
        parsed_date = None
    return read_date(parsed_date or entry.get(field), f"{where} {field} date")
