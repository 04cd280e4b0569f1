"""Feeds and pages fetched over HTTP from a loopback server."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path
from typing import Iterator

import pytest
from conftest import EXAMPLES

from rayzan.errors import InputError
from rayzan.readers import iter_articles


@pytest.fixture
def server() -> Iterator[str]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, directory=str(EXAMPLES), **kwargs)

        def log_message(self, *args) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_readers_url_feed_page_and_404(server: str) -> None:
    found = list(iter_articles([f"{server}/world-feed.rss", f"{server}/iaea-visit.html", f"{server}/missing.html"]))
    feed_a, feed_b, page, missing = found
    assert feed_a.meta.title == "امضای سند همکاری انرژی میان ایران و روسیه"
    assert page.meta.url == "https://news.example.ir/nuclear/14050905-grossi-tehran"  # canonical link wins
    assert isinstance(missing, InputError) and missing.reason == "HTTP 404"


def test_readers_url_over_size_limit(server: str) -> None:
    size = (EXAMPLES / "iaea-visit.html").stat().st_size
    [error] = list(iter_articles([f"{server}/iaea-visit.html"], max_bytes=size // 2))
    assert isinstance(error, InputError) and "limit" in error.reason


def test_readers_url_unreachable() -> None:
    [error] = list(iter_articles(["http://127.0.0.1:9/feed.xml"]))
    assert isinstance(error, InputError) and "cannot fetch" in error.reason
