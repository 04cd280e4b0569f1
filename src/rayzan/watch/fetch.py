"""Polite HTTP for the feed watcher: robots.txt, a per-host rate limit,
conditional requests, retries with exponential backoff and a size limit.

Redirects are followed by hand so that every hop is checked against the
robots.txt of its own host and counted against that host's rate limit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Callable
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from rayzan import __version__
from rayzan.errors import InputError
from rayzan.readers.limits import format_size


def _project_url() -> str | None:
    """The home page declared in the package metadata (``[project.urls]``), so site owners can reach us."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata("rayzan")
    except PackageNotFoundError:
        meta = None
    if meta is not None:
        for entry in meta.get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() in ("homepage", "home", "source", "repository") and url.strip():
                return url.strip()
        if meta.get("Home-page"):
            return str(meta["Home-page"])
    return None


PROJECT_URL = _project_url()
# Honest about what we are; a URL only when the installed package declares one.
USER_AGENT = f"Rayzan/{__version__} (+{PROJECT_URL})" if PROJECT_URL else f"Rayzan/{__version__} (Persian news event coder)"
ROBOTS_AGENT = "Rayzan"  # the product token robots.txt rules name
TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}
MAX_REDIRECTS = 5
ROBOTS_TTL = 24 * 3600.0


class FetchError(InputError):
    """A URL that could not be fetched; ``transient`` errors are worth retrying later."""

    def __init__(self, where: str, reason: str, transient: bool, status: int | None = None) -> None:
        super().__init__(where, reason)
        self.transient = transient
        self.status = status  # the HTTP status of a client error, for callers that judge it themselves


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 for a conditional request that found nothing new
    content: bytes
    etag: str | None
    last_modified: str | None
    content_type: str
    location: str | None = None  # of a redirect


@dataclass
class FetchSettings:
    timeout: float = 20.0  # seconds, per request
    max_bytes: int = 5 * 1024 * 1024
    min_interval: float = 1.0  # seconds between two requests to one host
    retries: int = 3  # extra attempts for a transient failure, within one round
    backoff: float = 1.0  # first retry delay in seconds, doubled each time
    max_backoff: float = 60.0


@dataclass
class _Host:
    next_request: float = 0.0
    robots: RobotFileParser | None = None
    robots_fetched: float = 0.0
    crawl_delay: float = 0.0


@dataclass
class Fetcher:
    settings: FetchSettings = field(default_factory=FetchSettings)
    sleep: Callable[[float], None] = time.sleep
    hosts: dict[str, _Host] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=self.settings.timeout,
            follow_redirects=False,
        )

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` politely; raises ``FetchError`` (transient or not)."""
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if not self.allowed(current):
                raise FetchError(url, f"robots.txt of {_origin(current)} disallows {current}", transient=False)
            response = self._with_retries(current, conditional)
            if response.status in (301, 302, 303, 307, 308):
                location = response.location
                if not location:
                    raise FetchError(url, f"HTTP {response.status} without a Location header", transient=False)
                current = urljoin(current, location)
                conditional = {}  # validators belong to the URL they came from
                continue
            return response
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects", transient=False)

    def allowed(self, url: str) -> bool:
        host = self._host(url)
        now = time.monotonic()
        if host.robots is None or now - host.robots_fetched > ROBOTS_TTL:
            host.robots = self._read_robots(url)
            host.robots_fetched = now
            delay = host.robots.crawl_delay(ROBOTS_AGENT)
            host.crawl_delay = float(delay) if delay else 0.0
        return host.robots.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, url: str) -> RobotFileParser:
        robots_url = _origin(url) + "/robots.txt"
        parser = RobotFileParser(robots_url)
        try:
            response = self._with_retries(robots_url, {})
        except FetchError as e:
            if e.transient:
                # RFC 9309: an unreachable robots.txt means "assume everything is disallowed", for now.
                raise FetchError(url, f"robots.txt unavailable ({e.reason}); will retry", transient=True) from e
            parser.allow_all = True  # 404 and other client errors: no rules
            return parser
        if response.status in (301, 302, 303, 307, 308):
            parser.allow_all = True  # a redirected robots.txt is rare; treat as absent rather than loop
            return parser
        parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
        return parser

    def _with_retries(self, url: str, headers: dict[str, str]) -> Response:
        delay = self.settings.backoff
        for attempt in range(self.settings.retries + 1):
            try:
                return self._once(url, headers)
            except _Retry as e:
                if attempt == self.settings.retries:
                    raise FetchError(url, f"{e.reason} (after {attempt + 1} attempts)", transient=True) from None
                self.sleep(min(max(delay, e.retry_after), self.settings.max_backoff))
                delay *= 2
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        host = self._host(url)
        wait = host.next_request - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        host.next_request = time.monotonic() + max(self.settings.min_interval, host.crawl_delay)
        limit = self.settings.max_bytes
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code in (301, 302, 303, 307, 308):
                    return Response(str(r.url), r.status_code, b"", None, None, "", r.headers.get("location"))
                if r.status_code == 304:
                    return Response(str(r.url), 304, b"", r.headers.get("etag"), r.headers.get("last-modified"), "")
                if r.status_code in TRANSIENT_STATUS:
                    raise _Retry(f"HTTP {r.status_code}", _retry_after(r.headers.get("retry-after")))
                if r.status_code >= 400:
                    raise FetchError(url, f"HTTP {r.status_code}", transient=False, status=r.status_code)
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, f"response of {format_size(int(declared))} is over the {format_size(limit)} limit", transient=False)
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, f"response is over the {format_size(limit)} limit", transient=False)
                    chunks.append(chunk)
                return Response(str(r.url), r.status_code, b"".join(chunks), r.headers.get("etag"), r.headers.get("last-modified"), r.headers.get("content-type", ""))
        except httpx.TimeoutException:
            raise _Retry(f"timed out after {self.settings.timeout:g} s", 0.0) from None
        except httpx.TransportError as e:
            raise _Retry(f"connection failed: {e}", 0.0) from None

    def _host(self, url: str) -> _Host:
        return self.hosts.setdefault(_origin(url), _Host())


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float) -> None:
        self.reason = reason
        self.retry_after = retry_after


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _retry_after(value: str | None) -> float:
    if not value:
        return 0.0
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 0.0
