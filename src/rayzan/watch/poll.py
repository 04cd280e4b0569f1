"""``run_watch``: poll feeds, fetch new articles, analyse and store them as they come.

One round reads every due feed (conditionally, with its ETag/Last-Modified),
records new entry URLs as pending, then fetches, analyses and stores every
pending article.  Duplicates are caught by URL (the state's entry table, also
after redirects) and by content hash (the same story under two URLs).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rayzan.document import content_hash
from rayzan.errors import InputError
from rayzan.readers.base import InputWarning, RawArticle
from rayzan.watch.fetch import Fetcher, FetchError, FetchSettings
from rayzan.watch.state import WatchState, default_state_path

SKIP_DUPLICATE = "same text as an article already stored"
SKIP_UNCHANGED = "already in the database"
MAX_ATTEMPTS = 5
MAX_FEED_BACKOFF = 6 * 3600.0
# A feed often lists an article before its page is live: a 404 on an article is
# retried in later rounds like a 5xx.  410 Gone is a deliberate removal: final.
ARTICLE_RETRY_STATUS = {404}
_POSITION = re.compile(r" at line \d+, column \d+")  # where a feed's parser stopped (``readers.feed``)


class Sink(Protocol):
    def ingest(self, doc: Any) -> Any: ...


@dataclass
class RoundSummary:
    feeds: int = 0
    feeds_not_modified: int = 0
    new_entries: int = 0
    stored: Counter = field(default_factory=Counter)  # ingest status -> articles
    skipped: Counter = field(default_factory=Counter)  # reason -> articles
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    reported_before: int = 0  # feed entries that failed alone as in an earlier round, named then: counted, not named again
    retried: list[tuple[str, str]] = field(default_factory=list)  # (url, reason) of this round's transient failures
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (where, reason): read, but worth telling
    retrying: int = 0  # transient failures left pending for a later round
    backing_off: list[tuple[str, float, str]] = field(default_factory=list)  # (url, next poll time, last reason) of feeds not polled
    waiting: list[tuple[str, float, str]] = field(default_factory=list)  # (url, next try, last reason) of articles not yet due
    interrupted: bool = False  # Ctrl-C ended the run (for a round: in its middle)

    @property
    def processed(self) -> int:
        return sum(self.stored.values())

    def merge(self, other: "RoundSummary") -> None:
        self.feeds += other.feeds
        self.feeds_not_modified += other.feeds_not_modified
        self.new_entries += other.new_entries
        self.stored.update(other.stored)
        self.skipped.update(other.skipped)
        self.failed.extend(other.failed)
        self.reported_before += other.reported_before
        self.retried.extend(other.retried)
        self.warnings.extend(other.warnings)
        self.retrying = other.retrying
        self.backing_off = other.backing_off  # the latest round's, not one line per round
        self.waiting = other.waiting
        self.interrupted = self.interrupted or other.interrupted


def clean_url(url: str) -> str:
    """The URL without its fragment and ``utm_*`` tracking parameters, so that one
    article shared with different campaign tags is fetched once."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith("utm_")]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def _entry_warning_key(item: object, warning: InputWarning) -> str:
    """What a warning of one feed entry says, with the entry known by its link (the position in the
    feed that ``where`` names, ``... entry 3 published date``, moves as entries come and go)."""
    meta, where = getattr(item, "meta", None), warning.where
    if meta is not None and meta.url and meta.origin and where.startswith(meta.origin):
        where = clean_url(meta.url) + where.removeprefix(meta.origin)
    return f"{where}: {warning.reason}"


class FeedsFileError(InputError):
    """Every bad line of a feeds file at once, so that one run shows all there is to fix."""

    def __init__(self, path: Path, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__(str(path), f"{len(errors)} line{'s' if len(errors) > 1 else ''} to fix:\n" + "\n".join(str(e) for e in errors))


def read_feeds_file(path: Path) -> list[str]:
    """One feed URL per line; blank lines and ``#`` comments ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(str(path), f"cannot read the feeds file: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise InputError(str(path), f"the feeds file is not UTF-8 text (byte {e.start})") from e
    feeds, bad = [], []
    for number, line in enumerate(lines, start=1):
        url = line.split("#", 1)[0].strip()
        if not url:
            continue
        if not url.startswith(("http://", "https://")):
            bad.append(InputError(f"{path}:{number}", f"not an http(s) URL: {url!r}"))
            continue
        feeds.append(url)
    if bad:
        raise FeedsFileError(path, bad)
    if not feeds:
        raise InputError(str(path), "no feed URLs (one per line; # starts a comment)")
    return feeds


class Watcher:
    """Holds the fetcher, the state and the pipeline across rounds."""

    def __init__(self, sink: Sink, state: WatchState, fetcher: Fetcher, interval: float, on_article: Callable[[str, str], None] | None = None) -> None:
        from rayzan.pipeline import default_pipeline

        self.sink, self.state, self.fetcher, self.interval = sink, state, fetcher, interval
        self.pipeline = default_pipeline()
        self.on_article = on_article  # (url, outcome) for progress display

    def run_round(self, feeds: Iterable[str], summary: RoundSummary | None = None) -> RoundSummary:
        """One round; pass ``summary`` to keep what a round cut short by Ctrl-C did."""
        summary = summary if summary is not None else RoundSummary()
        for url in feeds:
            self.poll_feed(url, summary)
        for entry in self.state.due_entries():
            outcome = self.fetch_article(entry.url, entry.attempts, entry.published, summary)
            if self.on_article is not None:
                self.on_article(entry.url, outcome)
        summary.retrying = self.state.pending_count()
        # Failed articles whose retry is not due yet were not tried this round: name them too, so the
        # count of those "left to retry" is never unexplained.
        summary.waiting = [w for w in self.state.waiting_entries() if w[0] not in {url for url, _ in summary.retried}]
        return summary

    def poll_feed(self, url: str, summary: RoundSummary) -> None:
        from rayzan.readers import decode_input, read_feed
        from rayzan.readers.feed import EntryError, EntryWithoutLink, EntryWithoutText

        known = self.state.feed(url)
        if known.next_poll > time.time():  # backing off after earlier failures
            summary.backing_off.append((url, known.next_poll, known.reason or "failed before"))
            return
        summary.feeds += 1
        try:
            response = self.fetcher.get(url, known.etag, known.last_modified)
        except FetchError as e:
            self._feed_failed(url, e.reason, known.failures, summary)
            return
        if response.status == 304:
            summary.feeds_not_modified += 1
            self.state.feed_not_modified(url)
            return
        try:
            # Decoded as a file or `rayzan ingest URL` is (Windows-1256, mojibake repaired), not by feedparser.
            text, decoded = decode_input(response.content, url)
        except InputError as e:
            self._feed_failed(url, e.reason, known.failures, summary)
            return
        items: list[RawArticle | InputError | InputWarning] = ([decoded] if decoded else []) + read_feed(text, url, need_links=True)
        feed_warnings = [item for item in items if isinstance(item, InputWarning)]  # the feed's: malformed, mojibake
        entry_warnings = {_entry_warning_key(item, w): w for item in items for w in getattr(item, "warnings", ())}
        # An entry with a link but no text of its own still leads to its page, which holds the article.
        entries = [(clean_url(a.meta.url), a.meta.published) for a in items if isinstance(a, RawArticle) and a.meta.url]
        entries += [(clean_url(e.url), e.published) for e in items if isinstance(e, EntryWithoutText)]
        if not entries:
            summary.warnings.extend([(w.where, w.reason) for w in [*feed_warnings, *entry_warnings.values()]])
            reasons = "; ".join(e.reason for e in items if isinstance(e, InputError) and not isinstance(e, EntryWithoutLink))
            self._feed_failed(url, reasons or "no entry has a link", known.failures, summary)
            return
        # An entry that fails alone (the feed ends inside it, it has no link) is a failure named like
        # any other, while the feed's other entries go on; named in the round that first reads it so
        # (or reads it changed), then only counted: a feed read again every round would repeat it.
        broken: dict[str, InputError] = {}
        for item in items:
            if isinstance(item, InputError) and not isinstance(item, EntryWithoutText):
                key = first = item.key if isinstance(item, EntryError) else item.where
                copies = 1
                while key in broken:  # one id (or one text) twice in the feed: each entry its own key
                    copies += 1
                    key = f"{first} ({copies})"
                broken[key] = item
        fresh = self.state.broken_entries_read(url, {key: f"{e.reason}\n{getattr(e, 'digest', '')}" for key, e in broken.items()})
        # The feed's own warnings likewise: a malformed feed read again in every round that it changed
        # was warned of every time (every 15 minutes).  Told once for each problem, again once it changes
        # or comes back after a read without it; where the parser stopped is no part of the problem (it
        # moves as entries come and go).
        warned = {_POSITION.sub("", w.reason): w for w in feed_warnings}
        told = self.state.feed_warnings_read(url, set(warned))
        # So are a single entry's (an unreadable date): told once for each entry and problem, known by
        # the entry's link, not by its place in the feed, which moves as new entries come at the top.
        told_of_entries = self.state.entry_warnings_read(url, set(entry_warnings))
        summary.warnings.extend([(w.where, w.reason) for key, w in warned.items() if key in told])
        summary.warnings.extend([(w.where, w.reason) for key, w in entry_warnings.items() if key in told_of_entries])
        for key, item in broken.items():
            if key in fresh:
                summary.failed.append((item.where, item.reason))
            else:
                summary.reported_before += 1
        summary.new_entries += self.state.feed_read(url, response.etag, response.last_modified, entries)  # type: ignore[misc]

    def _feed_failed(self, url: str, reason: str, failures: int, summary: RoundSummary) -> None:
        summary.failed.append((url, reason))
        self.state.feed_failed(url, min(self.interval * 2**failures, MAX_FEED_BACKOFF), reason)

    def fetch_article(self, url: str, attempts: int, published: str | None, summary: RoundSummary) -> str:
        """Fetch, extract, analyse and store one article; returns the outcome for progress."""
        from dataclasses import replace

        from rayzan.readers import decode_input, read_html

        try:
            response = self.fetcher.get(url)
            if response.url != url and self.state.is_known(response.url):
                self.state.entry_done(url, None, f"redirects to {response.url}, already seen")
                summary.skipped["redirects to a URL already seen"] += 1
                return "skipped"
            # Decoded as a file or `rayzan ingest URL` is: a page of mojibake is repaired, with a warning.
            text, decoded = decode_input(response.content, url)
            article = read_html(text, url=response.url, where=url)
        except FetchError as e:
            return self._article_failed(url, e.reason, attempts, e.transient or e.status in ARTICLE_RETRY_STATUS, summary)
        except InputError as e:
            return self._article_failed(url, e.reason, attempts, False, summary)
        for warning in ([decoded] if decoded else []) + list(article.warnings):
            summary.warnings.append((warning.where, warning.reason))
        if article.meta.published is None and published:
            article = replace(article, meta=replace(article.meta, published=published))
        digest = content_hash(article.raw)
        first = self.state.known_hash(digest)
        if first is not None and first != url:
            self.state.entry_done(url, digest, f"same text as {first}")
            summary.skipped[SKIP_DUPLICATE] += 1
            return "skipped"
        try:
            doc = self.pipeline.analyze(article.meta, article.blocks)
        except InputError as e:
            return self._article_failed(url, e.reason, attempts, False, summary)
        except Exception as e:  # a stage's bug must not stop a watcher that runs for weeks; retried later
            return self._article_failed(url, f"analysis failed: {type(e).__name__}: {e}", attempts, True, summary)
        # A StoreError propagates: with the database gone, nothing can be stored,
        # and the entry stays pending for the next start.
        result = self.sink.ingest(doc)
        status = str(getattr(result, "status", "added"))
        self.state.entry_done(url, digest)
        if status == "unchanged":
            summary.skipped[SKIP_UNCHANGED] += 1
        else:
            summary.stored[status] += 1
        return status

    def _article_failed(self, url: str, reason: str, attempts: int, transient: bool, summary: RoundSummary) -> str:
        if transient and attempts + 1 < MAX_ATTEMPTS:
            self.state.entry_failed(url, reason, retry_in=self.interval * 2**attempts)
            summary.retried.append((url, f"{reason}; tried again in a later round ({attempts + 1} of {MAX_ATTEMPTS} rounds used)"))
            return "retrying"
        final = f"{reason} (gave up after {attempts + 1} attempts)" if transient else reason
        self.state.entry_failed(url, final, retry_in=None)
        summary.failed.append((url, final))
        return "failed"


def run_watch(
    feeds: list[str],
    sink: Sink,
    state_path: Path,
    interval: float = 900.0,
    once: bool = False,
    fetch: FetchSettings | None = None,
    on_round: Callable[[RoundSummary], None] | None = None,
    on_article: Callable[[str, str], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> RoundSummary:
    """Poll ``feeds`` every ``interval`` seconds (one round with ``once``) until interrupted.

    Returns the totals of every round; Ctrl-C ends the loop (``interrupted`` is
    then set) and a round it cuts short is counted and reported with what it did.
    """
    state = WatchState(state_path)
    fetcher = Fetcher(fetch or FetchSettings())
    total = RoundSummary()
    current: RoundSummary | None = None  # the round under way, if any
    try:
        watcher = Watcher(sink, state, fetcher, interval, on_article)
        while True:
            started = time.monotonic()
            current = RoundSummary()
            watcher.run_round(feeds, current)
            summary, current = current, None
            total.merge(summary)
            if on_round is not None:
                on_round(summary)
            if once:
                break
            sleep(max(0.0, interval - (time.monotonic() - started)))
    except KeyboardInterrupt:
        total.interrupted = True
        if current is not None:
            # Whatever was stored is done in the state; the rest stays pending for the next run.
            current.interrupted = True
            current.retrying = state.pending_count()
            total.merge(current)
            if on_round is not None:
                on_round(current)
    finally:
        fetcher.close()
        state.close()
    return total


__all__ = ["FeedsFileError", "RoundSummary", "Watcher", "default_state_path", "read_feeds_file", "run_watch"]
