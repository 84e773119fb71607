"""`yoten run --processes N` and the per-host setting, against loopback sites and a loopback model."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.feeds.site import Route, Site, start_site
from tests.run.helpers import DRAFT, serve_articles
from tests.support.openai_server import OpenAIStubServer
from yoten.run.politeness import HostGate
from yoten.run.processes import run_processes, share_out
from yoten.settings import Settings
from yoten.store import Source, Store

pytestmark = pytest.mark.slow  # the fast lane skips it: see README, Development

NOW = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def two_sites():
    sites = [start_site(), start_site()]
    yield sites
    for s in sites:
        s.stop()


def test_two_processes_digest_every_article_exactly_once(
    two_sites: list[Site], tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    with OpenAIStubServer() as stub, Store.open(db) as store:
        for n, site in enumerate(two_sites):
            store.add_feed(f"Outlet {n}", serve_articles(site, 5, feed_path=f"/feed{n}.xml"))
        for _ in range(10):
            stub.enqueue_completion(DRAFT, delay=0.2)
        settings = Settings(
            engine="openai", base_url=stub.base_url, model="stub-model", db=db, max_retries=0
        )
        summary = run_processes(store, settings, processes=2, concurrency=4, now=NOW)
        assert (summary.new, summary.pending, summary.digested, summary.failed) == (
            10,
            10,
            10,
            0,
        ), summary.errors
        assert len(stub.completion_requests) == 10  # the model was asked once per article
        assert store.source_counts() == {"done": 10}
        assert store.count_posts() == 10
        runs = store.list_runs()
        assert len(runs) == 3  # this process polled; each worker process recorded its own pass
        workers = [r for r in runs if r.id != summary.run_id]
        assert sorted(r.counts["digested"] for r in workers) == [5, 5]  # one host each
        assert next(r for r in runs if r.id == summary.run_id).counts["digested"] == 10

        again = run_processes(store, settings, processes=2, concurrency=4, now=NOW)
        assert (again.new, again.pending, again.digested) == (0, 0, 0)
        assert len(stub.completion_requests) == 10


def test_share_out_keeps_each_host_in_one_process() -> None:
    def source(i: int, host: str) -> Source:
        return Source(
            i,
            f"{host}/{i}",
            f"{host}/{i}",
            "test",
            None,
            None,
            None,
            None,
            NOW,
            "new",
            0,
            None,
            None,
        )

    sources = [source(i, "https://a.example") for i in range(6)] + [
        source(10 + i, "https://b.example") for i in range(3)
    ]
    sources += [source(20 + i, "https://c.example") for i in range(3)]
    shares = share_out(sources, 2)
    assert sorted(map(sorted, shares)) == sorted([[0, 1, 2, 3, 4, 5], [10, 11, 12, 20, 21, 22]])
    assert share_out(sources, 5) == [[0, 1, 2, 3, 4, 5], [10, 11, 12], [20, 21, 22]]


def test_processes_refuse_an_in_memory_database() -> None:
    with Store.open("sqlite:///:memory:") as store:
        with pytest.raises(Exception, match="in-memory"):
            run_processes(store, Settings(), processes=2)


async def _peak_in_flight(
    site: Site, per_host: int, robots: str | None = None, pages: int = 6
) -> int:
    """Fetch ``pages`` slow pages of one host at once through the gate; the most the host saw at a time."""
    for n in range(pages):
        body = b"<html><body><p>text</p></body></html>"
        site.add(f"/slow/{n}", Route(body=body, content_type="text/html", delay=0.3))
    if robots is not None:
        site.add("/robots.txt", Route(body=robots.encode(), content_type="text/plain"))
    async with httpx.AsyncClient() as client:
        gate = HostGate(client, Settings(per_host=per_host))
        await asyncio.gather(*(gate.fetch_page(site.url(f"/slow/{n}")) for n in range(pages)))
    return site.max_active


def test_per_host_setting_bounds_fetches_in_flight(site: Site) -> None:
    started = time.monotonic()
    assert asyncio.run(_peak_in_flight(site, per_host=3)) == 3
    assert time.monotonic() - started < 6 * 0.3  # faster than one at a time


def test_default_is_one_request_at_a_time(site: Site) -> None:
    assert asyncio.run(_peak_in_flight(site, per_host=1, pages=3)) == 1


def test_crawl_delay_keeps_one_request_at_a_time(site: Site) -> None:
    robots = "User-agent: *\nCrawl-delay: 1\n"
    assert asyncio.run(_peak_in_flight(site, per_host=3, robots=robots, pages=2)) == 1


def test_cli_run_with_two_processes(cli, two_sites: list[Site], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    for n, site in enumerate(two_sites):
        assert (
            cli(
                "feeds",
                "add",
                serve_articles(site, 2, feed_path=f"/f{n}.xml"),
                "--name",
                f"O{n}",
                "--db",
                db,
            ).code
            == 0
        )
    result = cli("run", "--db", db, "--processes", "2", "--per-host", "2", "--json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert (summary["new"], summary["digested"], summary["failed"]) == (4, 4, 0)


def test_sigkill_of_all_processes_then_rerun_digests_exactly_once(
    two_sites: list[Site], tmp_path: Path
) -> None:
    count = 6
    db_path = tmp_path / "yoten.db"
    db = f"sqlite:///{db_path}"
    with OpenAIStubServer() as stub:
        with Store.open(db) as store:
            for n, site in enumerate(two_sites):
                store.add_feed(
                    f"Outlet {n}", serve_articles(site, count // 2, feed_path=f"/k{n}.xml")
                )
        for _ in range(3 * count):
            stub.enqueue_completion(DRAFT, delay=0.4)
        env = {k: v for k, v in os.environ.items() if not k.startswith("YOTEN_")}
        env.update(YOTEN_HOME=str(tmp_path / "home"), PYTHONPATH=os.pathsep.join(sys.path))
        args = [sys.executable, "-m", "yoten", "run", "--engine", "openai", "--base-url", stub.base_url,
                "--model", "stub-model", "--concurrency", "2", "--processes", "2", "--db", db, "--json"]  # fmt: skip
        first = subprocess.Popen(
            args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
        )
        deadline = time.monotonic() + 90
        while _digests(db_path) < 2:
            assert first.poll() is None, first.stderr.read().decode() if first.stderr else ""
            assert time.monotonic() < deadline, "the first run stored nothing in time"
            time.sleep(0.05)
        os.killpg(first.pid, signal.SIGKILL)  # the parent and both worker processes
        first.wait(10)
        assert 2 <= _digests(db_path) < count

        second = subprocess.run(args, check=False, env=env, capture_output=True, timeout=120)
        assert second.returncode == 0, second.stderr.decode()
        with Store.open(db) as store:
            assert store.source_counts() == {"done": count}
            assert store.count_posts() == count
        conn = sqlite3.connect(db_path)
        try:
            per_article = dict(
                conn.execute("SELECT article_id, count(*) FROM digests GROUP BY article_id")
            )
        finally:
            conn.close()
        assert len(per_article) == count and set(per_article.values()) == {1}


def _digests(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute("SELECT count(*) FROM digests").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def test_pending_sources_are_taken_round_robin_by_host() -> None:
    from yoten.run.work import interleave_hosts

    def source(i: int, host: str) -> Source:
        return Source(
            i,
            f"{host}/{i}",
            f"{host}/{i}",
            "test",
            None,
            None,
            None,
            None,
            NOW,
            "new",
            0,
            None,
            None,
        )

    grouped = [source(i, "https://a.example") for i in range(3)] + [
        source(10 + i, "https://b.example") for i in range(2)
    ]
    assert [s.id for s in interleave_hosts(grouped)] == [0, 10, 1, 11, 2]
