"""The watcher's memory: feed validators, every article URL it has seen, and
the content hashes it has stored — a small SQLite file beside the database.

An entry's URL is written as ``pending`` as soon as its feed is read, before
the feed's ETag is saved; it becomes ``done`` only after the article is stored.
A watcher killed at any point therefore restarts with nothing lost (pending
URLs are retried even when the feed answers 304) and nothing stored twice.

The feed entries that fail alone (no link, cut off ...) are remembered by a
stable key (see ``rayzan.readers.feed.EntryError``) so that each is reported
once, not in every round; so are a feed's own warnings (malformed, mojibake)
and those of its single entries (a date that cannot be read).
Only those of each feed's latest read are kept, and none of a feed not read
(200 or 304) for ``FORGET_AFTER``: a few rows a feed.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

PENDING, DONE, FAILED = "pending", "done", "failed"
FORGET_AFTER = 30 * 86400.0  # seconds: the broken entries of a feed no longer read (taken off the feeds file)

_SCHEMA = """
create table if not exists feeds (
    url text primary key,
    etag text,
    last_modified text,
    failures integer not null default 0,
    next_poll real not null default 0,
    reason text
);
create table if not exists entries (
    url text primary key,
    feed text not null,
    state text not null,
    attempts integer not null default 0,
    next_try real not null default 0,
    reason text,
    published text,
    content_hash text,
    seen_at real not null
);
create index if not exists entries_due on entries (state, next_try);
create table if not exists hashes (
    content_hash text primary key,
    url text not null
);
create table if not exists broken_entries (
    feed text not null,
    key text not null,
    fingerprint text not null,
    seen_at real not null,
    primary key (feed, key)
);
create table if not exists feed_warnings (
    feed text not null,
    key text not null,
    fingerprint text not null,
    seen_at real not null,
    primary key (feed, key)
);
create table if not exists entry_warnings (
    feed text not null,
    key text not null,
    fingerprint text not null,
    seen_at real not null,
    primary key (feed, key)
);
"""


@dataclass(frozen=True)
class FeedState:
    url: str
    etag: str | None
    last_modified: str | None
    failures: int
    next_poll: float
    reason: str | None = None  # of the last failure


@dataclass(frozen=True)
class Entry:
    url: str
    feed: str
    attempts: int
    published: str | None


def default_state_path(db: str) -> Path:
    """Beside a SQLite database; in the working directory for a server URL."""
    if "://" in db:
        return Path("rayzan-watch.sqlite")
    return Path(db).with_name(Path(db).name + ".watch.sqlite")


class WatchState:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None)  # autocommit: every fact is durable at once
        self.conn.execute("pragma journal_mode=wal")
        self.conn.execute("pragma synchronous=full")
        self.conn.executescript(_SCHEMA)
        if "reason" not in {row[1] for row in self.conn.execute("pragma table_info(feeds)")}:
            self.conn.execute("alter table feeds add column reason text")  # a state file from before the column

    def close(self) -> None:
        self.conn.close()

    def feed(self, url: str) -> FeedState:
        row = self.conn.execute("select etag, last_modified, failures, next_poll, reason from feeds where url = ?", (url,)).fetchone()
        return FeedState(url, *row) if row else FeedState(url, None, None, 0, 0.0)

    def feed_read(self, url: str, etag: str | None, last_modified: str | None, entries: list[tuple[str, str | None]]) -> int:
        """Record a feed's new entries as pending, then its validators; returns how many were new."""
        now = time.time()
        with self.conn:  # one transaction: the entries and the ETag that hides them land together
            self.conn.execute("begin")
            before = self.conn.total_changes
            self.conn.executemany(
                "insert or ignore into entries (url, feed, state, published, seen_at) values (?, ?, ?, ?, ?)",
                [(link, url, PENDING, published, now) for link, published in entries],
            )
            added = self.conn.total_changes - before
            self.conn.execute(
                "insert into feeds (url, etag, last_modified, failures, next_poll) values (?, ?, ?, 0, 0) "
                "on conflict(url) do update set etag = excluded.etag, last_modified = excluded.last_modified, failures = 0, next_poll = 0, reason = null",
                (url, etag, last_modified),
            )
        return added

    def broken_entries_read(self, feed: str, broken: dict[str, str]) -> set[str]:
        """Remember the entries of this read of ``feed`` that fail alone (key -> fingerprint: the
        reason and the content's digest); returns the keys not reported before, or whose fingerprint
        changed.  The feed's other keys are forgotten: an entry fixed or gone, reported again if it
        comes back broken."""
        return self._latest_read("broken_entries", feed, broken)

    def feed_warnings_read(self, feed: str, warnings: set[str]) -> set[str]:
        """Remember the warnings of this read of ``feed`` (each as it would be told, without what
        changes with every read); returns those not told after an earlier read.  One the latest read
        did not give is forgotten: told again if it comes back."""
        return self._latest_read("feed_warnings", feed, {warning: warning for warning in warnings})

    def entry_warnings_read(self, feed: str, warnings: set[str]) -> set[str]:
        """As ``feed_warnings_read``, for the warnings of the feed's single entries (each known by
        the entry's link and what it says, not by the entry's place in the feed)."""
        return self._latest_read("entry_warnings", feed, {warning: warning for warning in warnings})

    def _latest_read(self, table: str, feed: str, fingerprints: dict[str, str]) -> set[str]:
        """Replace ``feed``'s rows of ``table`` with ``fingerprints`` (key -> fingerprint); the keys
        that were not there before with the same fingerprint."""
        now = time.time()
        with self.conn:
            self.conn.execute("begin")
            self.conn.execute(f"delete from {table} where seen_at < ?", (now - FORGET_AFTER,))
            known = dict(self.conn.execute(f"select key, fingerprint from {table} where feed = ?", (feed,)).fetchall())
            self.conn.execute(f"delete from {table} where feed = ?", (feed,))
            self.conn.executemany(
                f"insert into {table} (feed, key, fingerprint, seen_at) values (?, ?, ?, ?)",
                [(feed, key, fingerprint, now) for key, fingerprint in fingerprints.items()],
            )
        return {key for key, fingerprint in fingerprints.items() if known.get(key) != fingerprint}

    def feed_not_modified(self, feed: str) -> None:
        """A 304: the feed's broken entries and warnings are still there (unread), not to be forgotten."""
        with self.conn:
            self.conn.execute("begin")
            for table in ("broken_entries", "feed_warnings", "entry_warnings"):
                self.conn.execute(f"update {table} set seen_at = ? where feed = ?", (time.time(), feed))

    def feed_failed(self, url: str, retry_in: float, reason: str) -> None:
        self.conn.execute(
            "insert into feeds (url, failures, next_poll, reason) values (?, 1, ?, ?) "
            "on conflict(url) do update set failures = failures + 1, next_poll = excluded.next_poll, reason = excluded.reason",
            (url, time.time() + retry_in, reason),
        )

    def due_entries(self, limit: int = 10_000) -> list[Entry]:
        rows = self.conn.execute(
            "select url, feed, attempts, published from entries where state = ? and next_try <= ? order by seen_at, url limit ?",
            (PENDING, time.time(), limit),
        ).fetchall()
        return [Entry(*row) for row in rows]

    def waiting_entries(self) -> list[tuple[str, float, str]]:
        """(url, next try, last reason) of the failed articles whose retry is not yet due."""
        return self.conn.execute(
            "select url, next_try, coalesce(reason, '') from entries where state = ? and attempts > 0 and next_try > ? "
            "order by next_try, url",
            (PENDING, time.time()),
        ).fetchall()

    def pending_count(self) -> int:
        return self.conn.execute("select count(*) from entries where state = ?", (PENDING,)).fetchone()[0]

    def known_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute("select url from hashes where content_hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def entry_done(self, url: str, content_hash: str | None, reason: str | None = None) -> None:
        with self.conn:
            self.conn.execute("begin")
            self.conn.execute("update entries set state = ?, content_hash = ?, reason = ? where url = ?", (DONE, content_hash, reason, url))
            if content_hash and reason is None:
                self.conn.execute("insert or ignore into hashes (content_hash, url) values (?, ?)", (content_hash, url))

    def entry_failed(self, url: str, reason: str, retry_in: float | None) -> None:
        """A transient failure is retried after ``retry_in`` seconds; ``None`` gives up for good."""
        if retry_in is None:
            self.conn.execute("update entries set state = ?, attempts = attempts + 1, reason = ? where url = ?", (FAILED, reason, url))
        else:
            self.conn.execute(
                "update entries set attempts = attempts + 1, next_try = ?, reason = ? where url = ?", (time.time() + retry_in, reason, url)
            )

    def is_known(self, url: str) -> bool:
        return self.conn.execute("select 1 from entries where url = ?", (url,)).fetchone() is not None
