"""rayzan.watch against a loopback HTTP server serving Persian fixture feeds and pages.

The server (tests/data/watch) answers with ETags and Last-Modified, a robots.txt
that closes /private/, a redirect, a 404, a page that fails with 500 twice, a
page slower than the timeout, a page over the size limit and a broken feed;
/feeds/late.xml lists a page that is 404 until it goes live and one that is 410.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rayzan.document import Document
from rayzan.errors import InputError
from rayzan.watch import USER_AGENT, FetchSettings, read_feeds_file, run_watch
from rayzan.watch.poll import SKIP_DUPLICATE, clean_url

DATA = Path(__file__).parent / "data" / "watch"
ATOM_MODIFIED = formatdate(1732262400, usegmt=True)  # 2024-11-22


LATE_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>خبرگزاری نمونه - فوری</title><link>{base}/</link>
<item><title>خبر فوری: دیدار وزیران</title><link>{base}/news/late.html</link></item>
<item><title>خبر حذف‌شده</title><link>{base}/news/withdrawn.html</link></item>
</channel></rss>
"""


LEGACY_FEED = """<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0"><channel><title>خبرگزاري قديمي</title><link>{base}/</link>
<item><title>تماس تلفني وزراي خارجه ايران و عمان درباره يمن</title><link>{base}/news/legacy.html</link></item>
</channel></rss>
"""


# Entries beside one that is read: two with a link but no text of their own (none, only ZWNJ and a
# direction mark: their pages hold the articles), and two that fail alone: no link, and one the
# file ends inside (the server's copy is cut off).
PARTIAL_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>خبرگزاری نمونه - سیاسی</title><link>{base}/</link>
<item><title>تماس تلفنی وزرای خارجه ایران و عمان درباره یمن</title><link>{base}/news/4.html</link></item>
<item><title></title><description></description><link>{base}/news/1.html</link></item>
<item><title>\u200c\u200f</title><description>\u200c</description><link>{base}/news/copy-of-1.html</link></item>
<item><title>خبر بدون نشانی</title><description>این خبر پیوندی به صفحه‌ای ندارد.</description></item>
<item><title>دیدار وزیر امور خارجه با همتای ترکیه‌ای</title><link>{base}/news/2.html</link><description>وزیر خارجه در آنکارا با همتای ترک"""

MOJIBAKE_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>خبرگزاری نمونه - بین‌الملل</title><link>{base}/</link>
<item><title>دیدار وزیر امور خارجه با همتای ترکیه‌ای در آنکارا</title><link>{base}/news/mojibake.html</link></item>
</channel></rss>
"""


# /feeds/news.xml serves whatever a test puts together from these entries (``news_feed``), with an
# ETag of its own: each new version is read, an unchanged one answers 304.
NEWS_1 = "<item><title>رایزنی سفیر ایران در مسکو با معاون وزیر خارجه روسیه</title><link>{base}/news/1.html</link></item>"
NEWS_4 = "<item><title>تماس تلفنی وزرای خارجه ایران و عمان درباره یمن</title><link>{base}/news/4.html</link></item>"
# text but no link, and no guid: known by a hash of its title, text and date
NO_LINK = ("<item><title>خبر بدون نشانی</title><description>این خبر پیوندی به صفحه‌ای ندارد.</description>"
           "<pubDate>Fri, 22 Nov 2024 06:00:00 GMT</pubDate></item>")
NO_LINK_EDITED = NO_LINK.replace("ندارد.", "ندارد و ویرایش شد.")
# a guid that is no link (isPermaLink="false"), and nothing else: known by its guid
GUID_ONLY = '<item><guid isPermaLink="false">tag:news.example,2024:8891</guid></item>'
GUID_ONLY_TITLED = '<item><guid isPermaLink="false">tag:news.example,2024:8891</guid><title>گزارش ویژه</title></item>'
# a guid and text, no link
GUID_TEXT = ('<item><guid isPermaLink="false">tag:news.example,2024:8892</guid><title>بیانیه وزارت خارجه</title>'
             "<description>متن بیانیه هنوز منتشر نشده است.</description></item>")
GUID_TEXT_EDITED = GUID_TEXT.replace("هنوز منتشر نشده است.", "منتشر شد.")


def news_feed(*items: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>خبرگزاری نمونه - استان‌ها</title>'
            "<link>{base}/</link>\n" + "\n".join(items) + "\n</channel></rss>\n")


def misread(text: str, encoding: str) -> bytes:
    """``text`` as UTF-8 bytes once read as ``encoding`` and saved again as UTF-8 (دیدار → Ø¯ÛŒØ¯Ø§Ø±).
    Windows-1252 as Windows reads it: its five undefined bytes pass through as in Latin-1."""
    data = text.encode("utf-8")
    if encoding == "cp1252":
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data).encode("utf-8")
    return data.decode(encoding).encode("utf-8")


def legacy_page() -> bytes:
    """news-4.html as an old Persian site serves it: Windows-1256 (with Arabic ي/ك only), inside
    more ASCII markup and script than Persian text."""
    html = (DATA / "news-4.html").read_text(encoding="utf-8").replace("ی", "ي").replace("ک", "ك").replace("‌", " ")
    script = "<script>" + "".join(f"var slot{i} = document.getElementById('banner-{i}'); " for i in range(80)) + "</script>"
    return html.replace('<meta charset="utf-8">', '<meta charset="windows-1256">' + script).encode("cp1256")


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FixtureHandler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.log: list[tuple[float, str, dict[str, str]]] = []
        self.flaky_left = 2  # /news/5.html answers 500 this many times
        self.late_missing = 1  # /news/late.html answers 404 this many times, then goes live
        self.news_feed = news_feed(NEWS_4)  # what /feeds/news.xml serves
        self.lock = threading.Lock()

    def requests_for(self, path: str) -> list[dict[str, str]]:
        return [headers for _, p, headers in self.log if p == path]


class FixtureHandler(BaseHTTPRequestHandler):
    server: FixtureServer

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        with self.server.lock:
            self.server.log.append((time.monotonic(), self.path, dict(self.headers)))
        base = self.server.base
        pages = {"/news/1.html": "news-1.html", "/news/copy-of-1.html": "news-1.html", "/news/2.html": "news-2.html", "/news/4.html": "news-4.html"}
        if self.path == "/robots.txt":
            self._send(200, (DATA / "robots.txt").read_bytes(), "text/plain")
        elif self.path == "/feeds/rss.xml":
            if self.headers.get("If-None-Match") == '"rss-1"':
                self._send(304, b"")
            else:
                body = (DATA / "feed-rss.xml").read_text(encoding="utf-8").replace("{base}", base)
                self._send(200, body.encode(), "application/rss+xml", {"ETag": '"rss-1"'})
        elif self.path == "/feeds/atom.xml":
            if self.headers.get("If-Modified-Since") == ATOM_MODIFIED:
                self._send(304, b"")
            else:
                body = (DATA / "feed-atom.xml").read_text(encoding="utf-8").replace("{base}", base)
                self._send(200, body.encode(), "application/atom+xml", {"Last-Modified": ATOM_MODIFIED})
        elif self.path == "/feeds/broken.xml":
            self._send(200, (DATA / "feed-broken.xml").read_bytes(), "application/rss+xml")
        elif self.path in pages:
            self._send(200, (DATA / pages[self.path]).read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/news/5.html":
            with self.server.lock:
                fail = self.server.flaky_left > 0
                self.server.flaky_left -= 1
            if fail:
                self._send(500, "خطای داخلی سرور".encode(), "text/plain; charset=utf-8")
            else:
                self._send(200, (DATA / "news-5.html").read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/feeds/legacy.xml":
            self._send(200, LEGACY_FEED.replace("{base}", base).encode("cp1256"), "application/rss+xml")
        elif self.path == "/news/legacy.html":
            self._send(200, legacy_page(), "text/html; charset=windows-1256")
        elif self.path == "/feeds/partial.xml":
            self._send(200, PARTIAL_FEED.replace("{base}", base).encode(), "application/rss+xml")
        elif self.path == "/feeds/news.xml":
            body = self.server.news_feed.replace("{base}", base).encode()
            etag = f'"{hashlib.sha256(body).hexdigest()[:12]}"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"")
            else:
                self._send(200, body, "application/rss+xml", {"ETag": etag})
        elif self.path == "/feeds/mojibake.xml":
            self._send(200, misread(MOJIBAKE_FEED.replace("{base}", base), "cp1256"), "application/rss+xml")
        elif self.path == "/news/mojibake.html":
            self._send(200, misread((DATA / "news-2.html").read_text(encoding="utf-8"), "cp1252"), "text/html; charset=utf-8")
        elif self.path == "/feeds/late.xml":
            self._send(200, LATE_FEED.replace("{base}", base).encode(), "application/rss+xml")
        elif self.path == "/news/late.html":
            with self.server.lock:
                missing = self.server.late_missing > 0
                self.server.late_missing -= 1
            if missing:
                self._send(404, "صفحه پیدا نشد".encode(), "text/plain; charset=utf-8")
            else:
                self._send(200, (DATA / "news-4.html").read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/news/withdrawn.html":
            self._send(410, "این خبر حذف شده است".encode(), "text/plain; charset=utf-8")
        elif self.path == "/old/2.html":
            self._send(301, b"", headers={"Location": "/news/2.html"})
        elif self.path == "/news/slow.html":
            time.sleep(1.0)
            self._send(200, (DATA / "news-4.html").read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/news/huge.html":
            self._send_huge()
        else:
            self._send(404, "صفحه پیدا نشد".encode(), "text/plain; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str | None = None, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the slow page): that is the point

    def _send_huge(self) -> None:
        # No Content-Length: the client must stop reading by itself.
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        paragraph = ("<p>" + "این پاراگراف برای ساختن صفحه‌ای بسیار بزرگ تکرار می‌شود. " * 20 + "</p>\n").encode()
        try:
            for _ in range(2000):  # about 4 MB
                self.wfile.write(paragraph)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True


@pytest.fixture
def server():
    srv = FixtureServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@dataclass
class Stored:
    status: str


class RecordingSink:
    """Stands in for the store: keeps every document it is given, answers like ``Store.ingest``."""

    def __init__(self) -> None:
        self.docs: list[Document] = []
        self.hashes: set[str] = set()

    def ingest(self, doc: Document) -> Stored:
        self.docs.append(doc)
        status = "unchanged" if doc.content_hash in self.hashes else "added"
        self.hashes.add(doc.content_hash)
        return Stored(status)

    def urls(self) -> list[str]:
        return [d.meta.url or "" for d in self.docs]


FAST = FetchSettings(timeout=0.3, max_bytes=512 * 1024, min_interval=0.05, retries=1, backoff=0.01)


def feeds(server: FixtureServer) -> list[str]:
    return [f"{server.base}/feeds/{name}" for name in ("rss.xml", "atom.xml", "broken.xml", "gone.xml")]


def test_watch_one_round_handles_every_kind_of_response(server, tmp_path):
    sink = RecordingSink()
    summary = run_watch(feeds(server), sink, tmp_path / "state.sqlite", interval=0, once=True, fetch=FAST)
    b = server.base
    assert sorted(sink.urls()) == [f"{b}/news/1.html", f"{b}/news/2.html", f"{b}/news/4.html"]
    assert "رایزنی" in sink.docs[0].text or any("رایزنی" in d.text for d in sink.docs)
    assert summary.stored["added"] == 3
    assert summary.skipped[SKIP_DUPLICATE] == 1  # copy-of-1 has the text of news/1
    assert summary.skipped["redirects to a URL already seen"] == 1  # old/2 -> news/2
    failed = dict(summary.failed)
    assert "robots.txt" in failed[f"{b}/private/report.html"]
    assert "limit" in failed[f"{b}/news/huge.html"]
    assert f"{b}/feeds/broken.xml" in failed  # the reader's reason: malformed, or no usable entry
    assert failed[f"{b}/feeds/gone.xml"] == "HTTP 404"
    assert summary.retrying == 3  # the flaky page (500), the slow one (timeout), the missing one (404: maybe not live yet)
    retried = dict(summary.retried)  # each with its reason, not only in the state database
    assert retried[f"{b}/news/removed.html"].startswith("HTTP 404; tried again")
    assert retried[f"{b}/news/5.html"].startswith("HTTP 500") and "1 of 5 rounds" in retried[f"{b}/news/5.html"]
    assert retried[f"{b}/news/slow.html"].startswith("timed out")
    assert not server.requests_for("/private/report.html")  # robots.txt is obeyed before any request
    assert all(h.get("User-Agent") == USER_AGENT for _, _, h in server.log)
    assert re.fullmatch(r"Rayzan/[\d.]+ \((\+https?://\S+|Persian news event coder)\)", USER_AGENT)
    # The per-host rate limit: no two requests closer than min_interval.
    times = sorted(t for t, _, _ in server.log)
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.03  # 0.05 s, less the server threads' jitter


def test_watch_restart_uses_validators_and_retries_what_failed(server, tmp_path):
    state = tmp_path / "state.sqlite"
    first = RecordingSink()
    run_watch(feeds(server), first, state, interval=0, once=True, fetch=FAST)
    second = RecordingSink()
    summary = run_watch(feeds(server), second, state, interval=0, once=True, fetch=FAST)
    # The feeds answer 304 to the saved ETag / Last-Modified ...
    assert server.requests_for("/feeds/rss.xml")[-1].get("If-None-Match") == '"rss-1"'
    assert server.requests_for("/feeds/atom.xml")[-1].get("If-Modified-Since") == ATOM_MODIFIED
    assert summary.feeds_not_modified == 2
    # ... yet the article that failed with 500 is fetched again, and nothing is stored twice.
    assert second.urls() == [f"{server.base}/news/5.html"]
    assert summary.retrying == 2  # the slow page, still timing out, and the page still 404
    assert len(server.requests_for("/news/1.html")) == 1


def test_watch_retries_an_article_404_in_later_rounds_then_gives_up(server, tmp_path):
    state = tmp_path / "state.sqlite"
    late = [f"{server.base}/feeds/late.xml"]
    server.late_missing = 1
    first = run_watch(late, RecordingSink(), state, interval=0, once=True, fetch=FAST)
    b = server.base
    assert dict(first.retried)[f"{b}/news/late.html"].startswith("HTTP 404; tried again in a later round (1 of 5")
    assert dict(first.failed) == {f"{b}/news/withdrawn.html": "HTTP 410"}  # 410 Gone: final at once
    second = RecordingSink()
    run_watch(late, second, state, interval=0, once=True, fetch=FAST)
    assert second.urls() == [f"{b}/news/late.html"]  # live by the next round: not lost
    assert len(server.requests_for("/news/withdrawn.html")) == 1
    # A page that stays 404 is given up after the round limit, with its reason.
    server.late_missing = 100
    never = tmp_path / "never.sqlite"
    rounds = [run_watch(late, RecordingSink(), never, interval=0, once=True, fetch=FAST) for _ in range(5)]
    assert [s.retrying for s in rounds] == [1, 1, 1, 1, 0]
    assert dict(rounds[-1].failed)[f"{b}/news/late.html"] == "HTTP 404 (gave up after 5 attempts)"
    assert len(server.requests_for("/news/late.html")) == 2 + 5  # one request a round, no retries within a round


class Crash(Exception):
    """Stands for the process dying mid-round."""


class RaisingSink(RecordingSink):
    """``error`` raised while the article after ``after`` is being stored: the process dying
    (``Crash``) or Ctrl-C (``KeyboardInterrupt``)."""

    def __init__(self, after: int, error: type[BaseException]) -> None:
        super().__init__()
        self.after, self.error = after, error

    def ingest(self, doc: Document) -> Stored:
        if len(self.docs) == self.after:
            raise self.error
        return super().ingest(doc)


def test_watch_survives_a_crash_mid_round_without_gaps_or_repeats(server, tmp_path):
    state = tmp_path / "state.sqlite"
    crashing = RaisingSink(after=1, error=Crash)
    with pytest.raises(Crash):
        run_watch(feeds(server), crashing, state, interval=0, once=True, fetch=FAST)
    assert len(crashing.docs) == 1
    server.flaky_left = 0
    after = RecordingSink()
    run_watch(feeds(server), after, state, interval=0, once=True, fetch=FAST)
    stored = crashing.urls() + after.urls()
    b = server.base
    assert sorted(stored) == sorted({f"{b}/news/1.html", f"{b}/news/2.html", f"{b}/news/4.html", f"{b}/news/5.html"})


def test_watch_with_the_real_store_ingests_each_article_once(server, tmp_path):
    store_module = pytest.importorskip("rayzan.store")
    db = tmp_path / "rayzan.db"
    for _ in range(2):
        with store_module.Store.open(str(db)) as store:
            run_watch(feeds(server), store, tmp_path / "state.sqlite", interval=0, once=True, fetch=FAST)
    with store_module.Store.open(str(db)) as store:
        assert store.count_articles() == 4
        titles = {a["title"] for a in store.articles(limit=10)}
    assert "تماس تلفنی وزرای خارجه ایران و عمان درباره یمن" in titles


def test_watch_reads_a_windows_1256_page_of_a_legacy_site(server, tmp_path):
    # Its ASCII markup outweighed its Persian, so the page was refused as "cannot decode".
    sink = RecordingSink()
    summary = run_watch([f"{server.base}/feeds/legacy.xml"], sink, tmp_path / "state.sqlite", interval=0, once=True, fetch=FAST)
    assert not summary.failed and summary.stored["added"] == 1
    assert "وزيران امور خارجه ايران و عمان" in sink.docs[0].raw


def test_watch_names_every_feed_entry_that_fails_alone(server, tmp_path):
    # They were dropped without a word: not on stderr, not counted, exit 0 when nothing else failed.
    sink = RecordingSink()
    summary = run_watch([f"{server.base}/feeds/partial.xml"], sink, tmp_path / "state.sqlite", interval=0, once=True, fetch=FAST)
    feed = f"{server.base}/feeds/partial.xml"
    # The rest goes on; entries with a link and no text lead to their pages (copy-of-1 is news/1 again).
    assert sorted(sink.urls()) == [f"{server.base}/news/1.html", f"{server.base}/news/4.html"]
    assert summary.skipped[SKIP_DUPLICATE] == 1
    assert dict(summary.failed) == {
        f"{feed} entry 4": "entry has no link, so there is no page to fetch",
        f"{feed} entry 5": "cut off: the feed ends inside this entry, so its text is incomplete; skipped",
    }
    assert [where for where, _ in summary.warnings] == [feed]  # malformed: read as far as it goes
    assert not server.requests_for("/news/2.html")  # the cut-off entry's link is not trusted


def test_watch_names_a_broken_feed_entry_once_not_every_round(server, tmp_path):
    # The feed was read again in every round that it changed, and its broken entries named again each
    # time (a watcher running for weeks repeated them every 15 minutes), under positions that shift as
    # new entries come at the top.
    feed = f"{server.base}/feeds/news.xml"
    server.news_feed = news_feed(NEWS_4, NO_LINK, GUID_ONLY)
    rounds: list = []

    def between_rounds(seconds: float) -> None:
        if len(rounds) == 2:
            raise KeyboardInterrupt
        server.news_feed = news_feed(NEWS_1, NEWS_4, NO_LINK, GUID_ONLY)  # a new entry at the top

    sink = RecordingSink()
    total = run_watch([feed], sink, tmp_path / "state.sqlite", interval=0, fetch=FAST, on_round=rounds.append, sleep=between_rounds)
    first, second = rounds
    assert dict(first.failed) == {
        f"{feed} entry 2": "entry has no link, so there is no page to fetch",
        f"{feed} entry 3": "entry has no title or text",
    }
    assert first.reported_before == 0
    assert second.new_entries == 1 and second.stored["added"] == 1 and sink.urls() == [f"{server.base}/news/4.html", f"{server.base}/news/1.html"]
    assert second.failed == [] and second.reported_before == 2  # now entries 3 and 4: the same two, not named again
    assert len(total.failed) == 2 and total.reported_before == 2


def test_watch_names_a_broken_feed_entry_again_when_it_changes(server, tmp_path):
    state, feed = tmp_path / "state.sqlite", f"{server.base}/feeds/news.xml"
    server.news_feed = news_feed(NEWS_4, NO_LINK, GUID_ONLY, GUID_TEXT)
    first = run_watch([feed], RecordingSink(), state, interval=0, once=True, fetch=FAST)
    assert len(first.failed) == 3
    # New text without a guid is another entry; a guid with new text is the same entry, changed.
    server.news_feed = news_feed(NEWS_4, NO_LINK_EDITED, GUID_ONLY, GUID_TEXT_EDITED)
    second = run_watch([feed], RecordingSink(), state, interval=0, once=True, fetch=FAST)
    assert dict(second.failed) == {
        f"{feed} entry 2": "entry has no link, so there is no page to fetch",
        f"{feed} entry 4": "entry has no link, so there is no page to fetch",
    }
    assert second.reported_before == 1  # GUID_ONLY, as it was
    # The entry of a guid alone gains a title, still no link: another reason, named again.
    server.news_feed = news_feed(NEWS_4, NO_LINK_EDITED, GUID_ONLY_TITLED, GUID_TEXT_EDITED)
    third = run_watch([feed], RecordingSink(), state, interval=0, once=True, fetch=FAST)
    assert dict(third.failed) == {f"{feed} entry 3": "entry has no link, so there is no page to fetch"}
    assert third.reported_before == 2


# An unescaped ampersand in a title, and an entity XML does not define: the feed is malformed,
# and read as far as feedparser's lenient parser goes (news/2 is kept).
AMPERSAND = "<item><title>دیدار وزیران خارجه ایران & ترکیه</title><link>{base}/news/2.html</link></item>"
UNDEFINED_ENTITY = AMPERSAND.replace("&", "&nbsp;")


def watch_versions(server, tmp_path, feed: str, versions: list[str]) -> list:
    """``watch`` over ``feed``, served as each of ``versions`` in turn, one round each: the rounds."""
    server.news_feed = versions[0]
    rounds: list = []

    def between_rounds(seconds: float) -> None:
        if len(rounds) == len(versions):
            raise KeyboardInterrupt
        server.news_feed = versions[len(rounds)]

    run_watch([feed], RecordingSink(), tmp_path / "state.sqlite", interval=0, fetch=FAST, on_round=rounds.append, sleep=between_rounds)
    return rounds


def test_watch_warns_of_a_malformed_feed_once_not_every_round_it_changes(server, tmp_path):
    # Read again in every round that it changed, a malformed feed was warned of every time (every 15
    # minutes for as long as the site serves it), at a line that moves as new entries come at the top.
    feed = f"{server.base}/feeds/news.xml"
    versions = [
        news_feed(NEWS_4, AMPERSAND),
        news_feed(NEWS_1, NEWS_4, AMPERSAND),  # a new entry: the same problem a line further down
        news_feed(NEWS_1, NEWS_4),  # fixed
        news_feed(NEWS_1, NEWS_4, AMPERSAND),  # broken again: said again
        news_feed(NEWS_1, NEWS_4, UNDEFINED_ENTITY),  # another problem: said
        news_feed(NEWS_1, NEWS_4, UNDEFINED_ENTITY, NO_LINK),  # the feed changed, not its problem
    ]
    rounds = watch_versions(server, tmp_path, feed, versions)
    assert [r.feeds_not_modified for r in rounds] == [0] * len(versions)  # each round read a changed feed
    # Said with the line and column where the parser stopped, which tells where to look.
    warned = [[re.sub(r"line \d+, column \d+", "line L, column C", reason) for _, reason in r.warnings] for r in rounds]
    invalid_token = "malformed feed (not well-formed (invalid token) at line L, column C); read as far as it goes"
    undefined_entity = "malformed feed (undefined entity at line L, column C); read as far as it goes"
    assert warned == [[invalid_token], [], [], [invalid_token], [undefined_entity], []]
    assert all(where == feed for r in rounds for where, _ in r.warnings)
    assert sorted(d for r in rounds for d in r.stored.elements()) == ["added"] * 3  # news/4, news/2, news/1


# Entries whose dates cannot be read: stored without a date, with a warning (``readers.dates``).
NEWS_2 = "<item><title>دیدار وزیر امور خارجه با همتای ترکیه‌ای</title><link>{base}/news/2.html</link></item>"
UNDATED_1 = NEWS_1.replace("</item>", "<pubDate>دیروز عصر</pubDate></item>")
UNDATED_1_AGAIN = NEWS_1.replace("</item>", "<pubDate>هفته پیش</pubDate></item>")  # another date it cannot read
UNDATED_4 = NEWS_4.replace("</item>", "<pubDate>امروز صبح</pubDate></item>")


def test_watch_warns_of_an_entry_once_not_every_round_the_feed_changes(server, tmp_path):
    # An entry whose date cannot be read was warned of in every round that its feed changed (every
    # 15 minutes for as long as the feed lists it), its place in the feed moving as entries came.
    feed = f"{server.base}/feeds/news.xml"
    versions = [
        news_feed(NEWS_4, UNDATED_1),
        news_feed(NEWS_2, NEWS_4, UNDATED_1),  # a new entry above it: the same entry, the same problem
        news_feed(NEWS_2, NEWS_4, UNDATED_1_AGAIN),  # another date it cannot read: said
        news_feed(NEWS_2, NEWS_4, NEWS_1),  # fixed
        news_feed(NEWS_2, NEWS_4, UNDATED_1_AGAIN),  # unreadable again: said again
        news_feed(NEWS_2, UNDATED_4, UNDATED_1_AGAIN),  # another entry's: that one only
    ]
    rounds = watch_versions(server, tmp_path, feed, versions)
    assert [r.feeds_not_modified for r in rounds] == [0] * len(versions)  # each round read a changed feed
    last_week = f"{feed} entry 3 published date: 'هفته پیش' is not a date"
    assert [[f"{where}: {reason}".split(" (")[0] for where, reason in r.warnings] for r in rounds] == [
        [f"{feed} entry 2 published date: 'دیروز عصر' is not a date"], [], [last_week], [], [last_week],
        [f"{feed} entry 2 published date: 'امروز صبح' is not a date"],
    ]
    assert all(r.failed == [] for r in rounds)  # warnings, not failures: the articles are stored
    assert sorted(d for r in rounds for d in r.stored.elements()) == ["added"] * 3  # news/4, news/1, news/2


# The state file's tables as the previous version created them, without the broken entries.
OLD_STATE_SCHEMA = """
create table feeds (url text primary key, etag text, last_modified text, failures integer not null default 0,
                    next_poll real not null default 0, reason text);
create table entries (url text primary key, feed text not null, state text not null, attempts integer not null default 0,
                      next_try real not null default 0, reason text, published text, content_hash text, seen_at real not null);
create index entries_due on entries (state, next_try);
create table hashes (content_hash text primary key, url text not null);
"""


def test_watch_keeps_a_state_file_of_the_previous_version(server, tmp_path):
    import sqlite3

    state, feed = tmp_path / "state.sqlite", f"{server.base}/feeds/news.xml"
    with sqlite3.connect(state) as conn:  # news/4 stored by the previous version
        conn.executescript(OLD_STATE_SCHEMA)
        conn.execute("insert into feeds (url, etag) values (?, ?)", (feed, '"older"'))
        conn.execute("insert into entries (url, feed, state, seen_at) values (?, ?, 'done', 0)", (f"{server.base}/news/4.html", feed))
    conn.close()
    server.news_feed = news_feed(NEWS_4, NO_LINK, GUID_ONLY)
    sink = RecordingSink()
    first = run_watch([feed], sink, state, interval=0, once=True, fetch=FAST)
    assert len(first.failed) == 2 and first.new_entries == 0 and not sink.docs  # news/4 is known: not fetched again
    server.news_feed = news_feed(NEWS_1, NEWS_4, NO_LINK, GUID_ONLY)
    second = run_watch([feed], sink, state, interval=0, once=True, fetch=FAST)
    assert second.failed == [] and second.reported_before == 2
    assert sink.urls() == [f"{server.base}/news/1.html"]
    assert not server.requests_for("/news/4.html")


def test_watch_remembers_only_the_broken_entries_of_each_feeds_latest_read(server, tmp_path):
    import sqlite3

    from rayzan.watch.state import FORGET_AFTER

    state, feed, partial = tmp_path / "state.sqlite", f"{server.base}/feeds/news.xml", f"{server.base}/feeds/partial.xml"

    def remembered() -> list[str]:
        with sqlite3.connect(state) as conn:
            rows = [feed for (feed,) in conn.execute("select feed from broken_entries order by feed")]
        conn.close()
        return rows

    # An entry whose text changes in every read is named each time, but only its latest key is kept.
    for n in range(5):
        server.news_feed = news_feed(NEWS_4, NO_LINK.replace("ندارد.", f"ندارد ({n})."), GUID_ONLY)
        summary = run_watch([feed], RecordingSink(), state, interval=0, once=True, fetch=FAST)
        assert (len(summary.failed), summary.reported_before) == ((2, 0) if n == 0 else (1, 1))
        assert remembered() == [feed, feed]
    run_watch([partial], RecordingSink(), state, interval=0, once=True, fetch=FAST)
    assert remembered() == [feed, feed, partial, partial]  # no link, and cut off
    # A month later: news.xml answered 304 meanwhile, partial.xml was taken off the feeds file.
    with sqlite3.connect(state) as conn:
        conn.execute("update broken_entries set seen_at = seen_at - ?", (FORGET_AFTER + 60,))
    conn.close()
    assert run_watch([feed], RecordingSink(), state, interval=0, once=True, fetch=FAST).feeds_not_modified == 1
    server.news_feed = news_feed(NEWS_1, NEWS_4, NO_LINK.replace("ندارد.", "ندارد (4)."), GUID_ONLY)
    assert run_watch([feed], RecordingSink(), state, interval=0, once=True, fetch=FAST).reported_before == 2
    assert remembered() == [feed, feed]
    # Fixed entries are forgotten.
    server.news_feed = news_feed(NEWS_1, NEWS_4)
    run_watch([feed], RecordingSink(), state, interval=0, once=True, fetch=FAST)
    assert remembered() == []


def watch_cli():
    """``watch`` as a subcommand of an app, as on the main CLI (two commands, so Typer keeps the name)."""
    pytest.importorskip("rayzan.store")
    import typer

    from rayzan.watch.cli import watch

    app = typer.Typer()
    app.command("watch")(watch)
    app.command("noop")(lambda: None)
    return app


def test_watch_cli_exits_2_when_only_a_feed_entry_failed(server, tmp_path):
    app = watch_cli()
    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text(f"{server.base}/feeds/partial.xml\n", encoding="utf-8")
    args = ["watch", str(feeds_file), "--db", str(tmp_path / "r.db"), "--once", "--min-interval", "0"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "processed: 2 added" in result.output  # news/4, and news/1 from an entry without text
    assert f"failed {server.base}/feeds/partial.xml entry 5: cut off: the feed ends inside this entry" in result.output


def test_watch_cli_names_a_broken_feed_entry_once_then_counts_it(server, tmp_path):
    app = watch_cli()
    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text(f"{server.base}/feeds/news.xml\n", encoding="utf-8")
    args = ["watch", str(feeds_file), "--db", str(tmp_path / "r.db"), "--once", "--min-interval", "0"]
    server.news_feed = news_feed(NEWS_4, NO_LINK, GUID_ONLY)
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 2, first.output
    assert f"failed {server.base}/feeds/news.xml entry 2: entry has no link, so there is no page to fetch" in first.output
    assert "known broken" not in first.output
    server.news_feed = news_feed(NEWS_1, NEWS_4, NO_LINK, GUID_ONLY)
    second = CliRunner().invoke(app, args)
    # Nothing new failed: exit 0, and one line says the two broken entries are still there.
    assert second.exit_code == 0, second.output
    assert "processed: 1 added" in second.output and "failed" not in second.output
    assert "2 known broken feed entries, reported in an earlier round" in second.output


def test_watch_repairs_a_feed_and_a_page_of_mojibake(server, tmp_path):
    # Decoded apart from the file readers, the page was stored as Latin letters (Ø¯ÛŒØ¯Ø§Ø±) with no
    # events and no warning; it now goes through the same decoding as `rayzan ingest URL`.
    sink = RecordingSink()
    summary = run_watch([f"{server.base}/feeds/mojibake.xml"], sink, tmp_path / "state.sqlite", interval=0, once=True, fetch=FAST)
    assert not summary.failed and summary.stored["added"] == 1
    [doc] = sink.docs
    assert doc.meta.title == "دیدار وزیر امور خارجه با همتای ترکیه‌ای در آنکارا"
    assert "هاکان فیدان وزیر خارجه ترکیه" in doc.raw and "Ø" not in doc.raw
    assert dict(summary.warnings) == {
        f"{server.base}/feeds/mojibake.xml": "Persian read as Windows-1256 and saved again as UTF-8 (mojibake such as Ø¯ÛŒ or ط¯غŒ); repaired",
        f"{server.base}/news/mojibake.html": "Persian read as Windows-1252 and saved again as UTF-8 (mojibake such as Ø¯ÛŒ or ط¯غŒ); repaired",
    }


def test_watch_cli_once_prints_a_summary_and_exits_2_on_failures(server, tmp_path):
    app = watch_cli()
    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text(f"# خوراک‌های آزمایشی\n{server.base}/feeds/atom.xml\n\n{server.base}/feeds/gone.xml  # removed\n", encoding="utf-8")
    args = ["watch", str(feeds_file), "--db", str(tmp_path / "r.db"), "--once", "--min-interval", "0", "--timeout", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "processed: 2 added" in result.output
    assert "gone.xml: HTTP 404" in result.output


def test_watch_cli_names_the_reason_of_every_article_left_to_retry(server, tmp_path):
    app = watch_cli()
    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text(f"{server.base}/feeds/rss.xml\n", encoding="utf-8")
    args = ["watch", str(feeds_file), "--db", str(tmp_path / "r.db"), "--once", "--min-interval", "0", "--timeout", "0.3"]
    result = CliRunner().invoke(app, args)
    assert "2 left to retry" in result.output, result.output  # the flaky page got through on a retry; the slow one and the 404 did not
    assert f"retrying {server.base}/news/removed.html: HTTP 404; tried again in a later round" in result.output
    assert f"retrying {server.base}/news/slow.html: timed out after 0.3 s" in result.output


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # campaign tags and fragments name the same article
        ("https://www.farsnews.ir/news/14030901000123?utm_source=rss&utm_medium=feed#comments", "https://www.farsnews.ir/news/14030901000123"),
        # a real query parameter stays
        ("https://www.irna.ir/news.aspx?id=85612&utm_campaign=x", "https://www.irna.ir/news.aspx?id=85612"),
    ],
)
def test_watch_clean_url_drops_tracking(url, expected):
    assert clean_url(url) == expected


def test_watch_feeds_file_skips_comments_and_rejects_non_urls(tmp_path):
    good = tmp_path / "feeds.txt"
    good.write_text("# خبرگزاری‌ها\nhttps://www.farsnews.ir/rss\n\nhttps://www.irna.ir/rss  # ایرنا\n", encoding="utf-8")
    assert read_feeds_file(good) == ["https://www.farsnews.ir/rss", "https://www.irna.ir/rss"]
    bad = tmp_path / "bad.txt"
    bad.write_text("farsnews.ir/rss\nhttps://www.irna.ir/rss\n/home/me/feeds/isna.xml  # کپی محلی\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.txt:1") as raised:
        read_feeds_file(bad)
    # every bad line at once, not only the first
    assert [(e.where, e.reason) for e in raised.value.errors] == [
        (f"{bad}:1", "not an http(s) URL: 'farsnews.ir/rss'"),
        (f"{bad}:3", "not an http(s) URL: '/home/me/feeds/isna.xml'"),
    ]
    empty = tmp_path / "empty.txt"
    empty.write_text("# هیچ\n", encoding="utf-8")
    with pytest.raises(InputError, match="no feed URLs"):
        read_feeds_file(empty)


def test_watch_backs_off_a_failing_feed_between_rounds(server, tmp_path):
    state = tmp_path / "state.sqlite"
    gone = [f"{server.base}/feeds/gone.xml", f"{server.base}/feeds/atom.xml"]
    run_watch(gone, RecordingSink(), state, interval=60, once=True, fetch=FAST)
    summary = run_watch(gone, RecordingSink(), state, interval=60, once=True, fetch=FAST)
    assert len(server.requests_for("/feeds/gone.xml")) == 1  # next try in 60 s, not at once
    assert len(server.requests_for("/feeds/atom.xml")) == 2 and summary.feeds == 1
    [(url, until, reason)] = summary.backing_off  # named in the summary, not skipped without a word
    assert url == gone[0] and reason == "HTTP 404" and 0 < until - time.time() <= 60


def test_watch_cli_names_the_feeds_it_skips_while_backing_off(server, tmp_path):
    app = watch_cli()
    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text(f"{server.base}/feeds/gone.xml\n{server.base}/feeds/atom.xml\n", encoding="utf-8")
    args = ["watch", str(feeds_file), "--db", str(tmp_path / "r.db"), "--once", "--min-interval", "0", "--interval", "600"]
    assert CliRunner().invoke(app, args).exit_code == 2  # gone.xml fails: told once, with exit 2
    result = CliRunner().invoke(app, args)
    # Nothing failed this time: exit 0, but the skipped feed is named on stderr for the cron mail.
    assert result.exit_code == 0, result.output
    assert "1 feeds polled (1 not modified)" in result.output
    assert re.search(rf"skipped 1 feed backing off after failures, the first until \d\d:\d\d \(e\.g\. {re.escape(server.base)}/feeds/gone\.xml: HTTP 404\)", result.output), result.output


def test_watch_loops_until_interrupted(server, tmp_path):
    rounds: list[int] = []
    naps: list[float] = []

    def nap(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 2:
            raise KeyboardInterrupt  # Ctrl-C during the second pause

    sink = RecordingSink()
    feed = [f"{server.base}/feeds/atom.xml"]
    total = run_watch(feed, sink, tmp_path / "state.sqlite", interval=30, fetch=FAST, on_round=lambda s: rounds.append(s.processed), sleep=nap)
    assert rounds == [2, 0]  # the second round finds the feed not modified
    assert all(0 < n <= 30 for n in naps)
    assert total.processed == 2 and total.feeds_not_modified == 1


WATCH_RUNNER = """
import sys
from pathlib import Path
from rayzan.store import Store
from rayzan.watch import FetchSettings, run_watch
settings = FetchSettings(timeout=0.3, max_bytes=512 * 1024, min_interval=float(sys.argv[4]), retries=1, backoff=0.01)
with Store.open(sys.argv[2]) as store:
    run_watch(sys.argv[1].split(","), store, Path(sys.argv[3]), interval=0, once=True, fetch=settings)
"""


def test_watch_kill_9_mid_round_then_restart_stores_every_article_once(server, tmp_path):
    import os
    import signal
    import sqlite3
    import subprocess
    import sys

    store_module = pytest.importorskip("rayzan.store")
    db, state = tmp_path / "rayzan.db", tmp_path / "state.sqlite"

    def args(min_interval: float) -> list[str]:
        return [sys.executable, "-c", WATCH_RUNNER, ",".join(feeds(server)), str(db), str(state), str(min_interval)]

    slow = subprocess.Popen(args(0.4), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # about 8 s a round
    stored_at_kill = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and slow.poll() is None and stored_at_kill < 1:
        time.sleep(0.05)
        if state.exists():
            with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as conn:
                try:
                    stored_at_kill = conn.execute("select count(*) from entries where state = 'done' and reason is null").fetchone()[0]
                except sqlite3.OperationalError:
                    pass  # the watcher is still creating its tables
    assert slow.poll() is None, f"the round ended before the kill: {slow.communicate()[1]}"
    os.kill(slow.pid, signal.SIGKILL)
    slow.wait(10)
    assert 1 <= stored_at_kill < 4
    server.flaky_left = 0
    rerun = subprocess.run(args(0.02), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    with store_module.Store.open(str(db)) as store:
        urls = [a["url"] for a in store.articles(limit=20)]
    b = server.base
    assert sorted(urls) == [f"{b}/news/1.html", f"{b}/news/2.html", f"{b}/news/4.html", f"{b}/news/5.html"]


def test_watch_counts_a_round_cut_short_by_ctrl_c(server, tmp_path):
    rounds: list = []
    total = run_watch(feeds(server), RaisingSink(after=2, error=KeyboardInterrupt), tmp_path / "state.sqlite", interval=0, once=True, fetch=FAST, on_round=rounds.append)
    assert total.interrupted and total.stored["added"] == 2 and total.feeds == 4
    assert total.retrying >= 2  # the article being stored and those not reached yet stay pending
    [partial] = rounds  # reported like a finished round, marked as cut short
    assert partial.interrupted and partial.processed == 2


def test_watch_cli_sigint_mid_round_reports_the_work_and_exits_130(server, tmp_path):
    import os
    import signal
    import sqlite3
    import subprocess
    import sys

    store_module = pytest.importorskip("rayzan.store")
    db, state = tmp_path / "rayzan.db", tmp_path / "state.sqlite"
    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text("\n".join(feeds(server)) + "\n", encoding="utf-8")
    args = [sys.executable, "-m", "rayzan", "watch", str(feeds_file), "--db", str(db), "--state", str(state), "--once", "--timeout", "0.3", "--max-mb", "0.5"]
    # 0.8 s between requests to the test server: a round of some 16 s, so that a loaded machine
    # still sends Ctrl-C mid-round (0.4 s was seen to fail under a parallel test run).
    slow = subprocess.Popen([*args, "--min-interval", "0.8"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stored = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and slow.poll() is None and stored < 1:
        time.sleep(0.05)
        if state.exists():
            with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as conn:
                try:
                    stored = conn.execute("select count(*) from entries where state = 'done' and reason is null").fetchone()[0]
                except sqlite3.OperationalError:
                    pass
    assert slow.poll() is None, f"the round ended before Ctrl-C: {slow.communicate()[1]}"
    os.kill(slow.pid, signal.SIGINT)
    _, stderr = slow.communicate(timeout=30)
    assert slow.returncode == 130, stderr
    counts = re.search(r"interrupted: (\d+) added, (\d+) pending for the next run", stderr)
    assert counts, stderr
    added, pending = int(counts[1]), int(counts[2])
    assert 1 <= added < 4 and pending >= 1
    with store_module.Store.open(str(db)) as store:
        # What the summary says the database holds; one more if Ctrl-C fell between the store's
        # commit and the count (that article stays pending and is found "unchanged" next run).
        assert added <= store.count_articles() <= added + 1
    server.flaky_left = 0
    rerun = subprocess.run([*args, "--min-interval", "0"], check=False, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 2, rerun.stderr  # robots.txt and the size limit: failures, as without Ctrl-C
    with store_module.Store.open(str(db)) as store:
        assert store.count_articles() == 4, [a["url"] for a in store.articles(limit=20)]  # nothing lost, nothing twice


def test_watch_names_the_articles_whose_retry_is_not_due_yet(server, tmp_path):
    # With a real interval a failed page waits for a later round; a round in between must still say
    # which page it is and why, not only count it among those "left to retry".
    state = tmp_path / "state.sqlite"
    late = [f"{server.base}/feeds/late.xml"]
    server.late_missing = 100
    run_watch(late, RecordingSink(), state, interval=60, once=True, fetch=FAST)
    second = run_watch(late, RecordingSink(), state, interval=60, once=True, fetch=FAST)
    assert second.retrying == 1 and not second.retried
    [(url, when, reason)] = second.waiting
    assert url == f"{server.base}/news/late.html" and reason.startswith("HTTP 404") and when > time.time()


def test_watch_round_report_prints_the_waiting_articles(monkeypatch):
    import io

    from rich.console import Console

    from rayzan.watch import cli
    from rayzan.watch.poll import RoundSummary

    buffer = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=buffer, width=200))
    summary = RoundSummary(retrying=1, waiting=[("https://x.example/a[1].html", time.time() + 120, "HTTP 404")])
    cli.print_round(summary)
    assert re.search(r"waiting 1 article to retry later, the first at \d\d:\d\d \(e\.g\. https://x\.example/a\[1\]\.html: HTTP 404\)", buffer.getvalue())
