"""Per-host politeness: one request at a time per host by default, and robots.txt respected.

``per_host`` (setting ``per-host``, ``YOTEN_PER_HOST``, ``yoten run
--per-host``) lets more article fetches run at once on one host, for outlets
that allow it; the default, 1, is one request at a time. A ``Crawl-delay`` in
robots.txt (whole seconds, as urllib.robotparser reads it) always means one
request at a time, spaced by that delay (capped at :data:`MAX_CRAWL_DELAY`
seconds, so one outlet cannot stall a run).

robots.txt handling follows RFC 9309 §2.3.1: a 2xx answer is parsed; a 4xx
("unavailable") allows everything; a 5xx or a network error ("unreachable")
disallows everything for this run: the host's articles are not fetched and
raise :class:`RobotsUnavailable`, which the runner answers by trying them
later without spending one of their attempts. Each host's rules are fetched once per
run and cached, before any other request to that host: the lock of the host is held
while they are fetched, so the robots.txt request is itself one of the host's
one-at-a-time requests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from typing import Protocol, TypeVar
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from yoten.errors import IngestError, RobotsUnavailable
from yoten.i18n import gettext as _
from yoten.ingest.fetch import USER_AGENT, FetchedPage, fetch_async
from yoten.ingest.urls import ensure_http_url
from yoten.settings import Settings

__all__ = [
    "MAX_CRAWL_DELAY",
    "ROBOTS_AGENT",
    "ROBOTS_RETRY",
    "HostGate",
    "RobotsUnavailable",
    "SharedGate",
    "host_of",
    "robots_from_response",
    "robots_rules",
]

#: The product token matched against robots.txt ``User-agent`` lines.
ROBOTS_AGENT = "yoten"
#: The longest Crawl-delay honoured, in seconds.
MAX_CRAWL_DELAY = 30.0
T = TypeVar("T")


def host_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL: the unit of politeness and of robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


#: When the articles of a host whose robots.txt was unreachable are tried again.
ROBOTS_RETRY = dt.timedelta(minutes=10)


class SharedGate(Protocol):
    """Politeness shared between processes (distributed workers): robots.txt, per-host
    slots and Crawl-delay."""

    def robots(
        self, host: str, fetch: Callable[[], tuple[int | None, str]]
    ) -> tuple[int | None, str]:
        """The host's robots.txt answer (status, text), fetched with ``fetch`` by one process."""
        ...

    def turn(self, host: str, delay: float) -> AbstractContextManager[None]:
        """Hold one of the host's fetch slots (``per_host``, one with a Crawl-delay) among all
        processes, ``delay`` seconds after the end of the host's last fetch by anyone."""
        ...


def robots_rules(host: str, status: int | None, text: str) -> RobotFileParser:
    """The rules of a robots.txt answer; RobotsUnavailable when it was unreachable (5xx, no answer)."""
    if status is None or status >= 500:
        what = _("no usable answer") if status is None else f"HTTP {status}"
        raise RobotsUnavailable(
            _("robots.txt unreachable ({what}); trying the host later").format(what=what),
            source=f"{host}/robots.txt",
        )
    return robots_from_response(status, text)


def robots_from_response(status: int | None, text: str) -> RobotFileParser:
    """Rules from a robots.txt answer (``status`` None: the server could not be reached)."""
    parser = RobotFileParser()
    if status is not None and 200 <= status < 300:
        parser.parse(text.splitlines())
    elif status is not None and 400 <= status < 500:
        parser.parse(["User-agent: *", "Allow: /"])
    else:
        parser.parse(["User-agent: *", "Disallow: /"])
    return parser


class HostGate:
    """Bounds requests per host and checks robots.txt before fetching articles."""

    def __init__(self, client: httpx.AsyncClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self._locks: dict[str, asyncio.Lock] = {}
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._robots: dict[str, RobotFileParser | RobotsUnavailable] = {}
        self._last_fetch: dict[str, float] = {}

    def _lock(self, host: str) -> asyncio.Lock:
        lock = self._locks.get(host)
        if lock is None:
            lock = self._locks[host] = asyncio.Lock()
        return lock

    def _slot(self, host: str, rules: RobotFileParser) -> asyncio.Semaphore:
        """The host's article slots: ``per_host`` of them, one when robots.txt sets a Crawl-delay."""
        slot = self._slots.get(host)
        if slot is None:
            delay = rules.crawl_delay(ROBOTS_AGENT)
            slot = self._slots[host] = asyncio.Semaphore(1 if delay else self.settings.per_host)
        return slot

    async def run(self, url: str, call: Callable[[], Awaitable[T]]) -> T:
        """Await ``call()`` (a feed poll) while holding the lock of ``url``'s host."""
        async with self._lock(host_of(url)):
            return await call()

    async def _rules(self, host: str) -> RobotFileParser:
        """The host's rules, fetched once per run; RobotsUnavailable (cached too) when unreachable."""
        async with self._lock(host):  # fetched once, while the host's other requests wait
            rules = self._robots.get(host)
            if rules is None:
                status: int | None = None
                text = ""
                try:
                    response = await self.client.get(
                        f"{host}/robots.txt",
                        headers={"User-Agent": USER_AGENT},
                        timeout=min(self.settings.timeout, 30.0),
                        follow_redirects=True,
                    )
                    status, text = response.status_code, response.text
                except httpx.HTTPError:
                    pass
                try:
                    rules = robots_rules(host, status, text)
                except RobotsUnavailable as exc:
                    rules = exc
                self._robots[host] = rules
        if isinstance(rules, RobotsUnavailable):
            raise rules
        return rules

    async def allowed(self, url: str) -> bool:
        """Whether robots.txt lets yoten fetch ``url``."""
        return (await self._rules(host_of(url))).can_fetch(ROBOTS_AGENT, url)

    async def fetch_page(self, url: str) -> FetchedPage:
        """Fetch an article page: robots.txt checked, at most ``per_host`` requests per host."""
        url = ensure_http_url(url)
        host = host_of(url)
        rules = await self._rules(host)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise IngestError(_("disallowed by robots.txt"), source=url)
        async with self._slot(host, rules):
            loop = asyncio.get_running_loop()
            delay = min(float(rules.crawl_delay(ROBOTS_AGENT) or 0), MAX_CRAWL_DELAY)
            last = self._last_fetch.get(host)
            if delay and last is not None and (wait := last + delay - loop.time()) > 0:
                await asyncio.sleep(wait)
            try:
                return await fetch_async(url, client=self.client, settings=self.settings)
            finally:
                self._last_fetch[host] = loop.time()
