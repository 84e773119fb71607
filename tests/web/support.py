"""Helpers of the review-page tests: seeding a real store through the real pipeline, a live server."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from yoten.check import check_digest
from yoten.engines.extractive import ExtractiveEngine
from yoten.ingest import extract_article
from yoten.models import Article, Digest, Section, Topic
from yoten.pipeline import digest_article
from yoten.render.parse import parse_post
from yoten.render.text import render_text
from yoten.settings import Settings
from yoten.store import Store
from yoten.web import create_app

DATA = Path(__file__).parent / "data"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
PLANTED = ("8万冊", "9万冊")  # the source says 8万冊; the planted bullet says 9万冊


def plant_in_key_points(digest: Digest, old: str, new: str) -> Digest:
    """``digest`` with a bullet in its first 要点 section that misstates ``old`` as ``new``."""
    bullet = f"蔵書のうち{new}は子ども向けの本とする。"
    topics = [t.model_copy(deep=True) for t in digest.key_points] or [Topic(heading="要点")]
    if not topics[0].sections:
        topics[0].sections.append(Section(heading="蔵書"))
    topics[0].sections[0].bullets.append(bullet)
    planted = digest.model_copy(update={"key_points": topics})
    assert parse_post(render_text(planted)).key_points == topics  # the text round trip keeps it
    return planted


def seed_post(
    store: Store,
    html: str,
    *,
    change: Callable[[Digest], Digest] | None = None,
    article_change: Callable[[Article], Article] | None = None,
) -> int:
    """Ingest ``html``, digest it with the extractive engine, check it and store it; the post id."""
    article = extract_article(html)
    if article_change is not None:
        article = article_change(article)
    url = article.canonical_url
    assert url, "fixture articles carry a canonical URL"
    source, _ = store.add_source(url, url, origin="test")
    article_id = store.save_article(source.id, article)
    digest = digest_article(article, ExtractiveEngine())
    if change is not None:
        digest = change(digest)
    report = check_digest(digest, article)
    post = store.save_digest(
        article_id,
        digest,
        engine="extractive",
        model=None,
        prompt_version=None,
        report=report,
        status="checked" if report.ok else "failed",
    )
    return post.id


@dataclass
class Seeded:
    """A store with three posts: a clean one, one with a planted finding, one with a <script> title."""

    store: Store
    clean: int
    finding: int
    script: int
    site_dir: Path
    ids: list[int] = field(default_factory=list)


SCRIPT_TITLE = '<script>alert("x")</script>電気推進船'


def make_app(seeded: Seeded, **kwargs: Any) -> FastAPI:
    """The review app on the seeded store, building the site into ``seeded.site_dir``."""
    return create_app(store=seeded.store, settings=Settings(), site_dir=seeded.site_dir, **kwargs)


@dataclass
class LiveServer:
    url: str
    server: uvicorn.Server
    thread: threading.Thread


def start_server(app: FastAPI) -> LiveServer:
    """``app`` under uvicorn in a thread on a free loopback port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the review server did not start")
        time.sleep(0.02)
    return LiveServer(f"http://127.0.0.1:{port}", server, thread)


def stop_server(live: LiveServer) -> None:
    live.server.should_exit = True
    live.thread.join(timeout=10)


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a page."""
    match = CSRF.search(html)
    assert match, "no CSRF field on the page"
    return match.group(1)


def site_post_pages(site_dir: Path) -> list[Path]:
    """The post pages of a built site (whatever the site's URL layout)."""
    posts = site_dir / "posts"
    return sorted(posts.rglob("*.html")) if posts.is_dir() else []
