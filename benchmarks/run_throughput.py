"""Throughput of `yoten run`: articles per minute against an LLM that answers after a fixed delay.

Everything is on loopback: a news site serving N distinct article pages and
an RSS feed listing them, and an OpenAI-compatible server (the test stub)
that answers every completion after ``--delay`` seconds. For each
concurrency the script runs one full pass (poll, fetch, extract, digest,
check, store) into a fresh SQLite database and reports:

- articles/minute, and the ratio to the ideal ``concurrency / delay``;
- yoten's own overhead per article, at concurrency 1, as a fraction of the
  LLM time, two ways: the time its own steps take (fetch + extract + check
  + store, timed around each step), and the part of it that is *exposed*
  (wall time per article minus the engine call; the runner prepares the
  next article while the model works, so most of the work is hidden);
  and, apart, the engine client's own time beyond the server's delay
  (prompt and JSON schema building, response validation).

Run from the repository root::

    python benchmarks/run_throughput.py                     # 200 articles, 1 s delay, concurrency 1 4 16
    python benchmarks/run_throughput.py --articles 60 --delay 0.2   # a quick run
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# ruff: noqa: E402  (the repository root must be on sys.path first)
import yoten.pipeline
import yoten.run.politeness
import yoten.run.runner
from tests.feeds.site import start_site
from tests.run.helpers import DRAFT, serve_articles
from tests.support.openai_server import completion_body
from yoten.engines.openai_compat import OpenAIEngine
from yoten.run import run_once
from yoten.settings import Settings
from yoten.store import Store


def _llm_handler(delay: float) -> type[BaseHTTPRequestHandler]:
    answer = json.dumps(completion_body(json.dumps(DRAFT, ensure_ascii=False))).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on loopback

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    return Handler


def _servers(conn: Connection, articles: int, delay: float) -> None:
    """Child process: the news site and the fixed-delay LLM, so they do not share yoten's CPU/GIL."""
    site = start_site()
    feed_url = serve_articles(site, articles)
    llm = ThreadingHTTPServer(("127.0.0.1", 0), _llm_handler(delay))
    llm.daemon_threads = True
    threading.Thread(target=llm.serve_forever, daemon=True).start()
    conn.send((feed_url, f"http://127.0.0.1:{llm.server_address[1]}/v1"))
    conn.recv()  # until the parent is done


ENGINE_TIME: list[float] = []
_digest_article = yoten.pipeline.digest_article


def _timed_digest_article(*args: Any, **kwargs: Any) -> Any:
    started = time.perf_counter()
    try:
        return _digest_article(*args, **kwargs)
    finally:
        ENGINE_TIME.append(time.perf_counter() - started)


# yoten.run looks the function up at call time, so this times every engine call.
yoten.pipeline.digest_article = _timed_digest_article

STEP_TIME: list[float] = []


def _timed(func: Any) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            STEP_TIME.append(time.perf_counter() - started)

    return wrapper


def _timed_async(func: Any) -> Any:
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            STEP_TIME.append(time.perf_counter() - started)

    return wrapper


# yoten's own steps per article: fetch, extract, store the article, look up / check / store the digest.
for _name in ("build_article", "reuse_digest", "check_and_store"):
    setattr(yoten.run.runner, _name, _timed(getattr(yoten.run.runner, _name)))
yoten.run.politeness.HostGate.fetch_page = _timed_async(yoten.run.politeness.HostGate.fetch_page)  # type: ignore[method-assign]


def one_pass(feed_url: str, llm_url: str, *, articles: int, delay: float, concurrency: int) -> dict[str, float]:
    """One run into a fresh database; returns its timing."""
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        settings = Settings(engine="openai", base_url=llm_url, model="stub-model", db=db, max_retries=0)
        engine = OpenAIEngine.from_settings(settings)
        ENGINE_TIME.clear()
        STEP_TIME.clear()
        with Store.open(db) as store:
            store.add_feed("Loopback", feed_url)
            started = time.perf_counter()
            summary = run_once(store, settings, engine=engine, concurrency=concurrency)
            wall = time.perf_counter() - started
    if summary.digested != articles:
        raise SystemExit(f"expected {articles} digests, got {summary.digested}: {summary.errors[:3]}")
    per_minute = articles / wall * 60
    ideal = concurrency / delay * 60 if delay else float("inf")
    return {
        "concurrency": concurrency,
        "wall_s": round(wall, 2),
        "articles_per_min": round(per_minute, 1),
        "ideal_per_min": round(ideal, 1),
        "ratio_to_ideal": round(per_minute / ideal, 3) if delay else 0.0,
        "engine_call_s": round(sum(ENGINE_TIME) / len(ENGINE_TIME), 4),
        "steps_per_article_s": round(sum(STEP_TIME) / articles, 4),
        "overhead_per_article_s": round(wall * concurrency / articles - sum(ENGINE_TIME) / len(ENGINE_TIME), 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds the LLM takes per article")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    parent, child = multiprocessing.Pipe()
    servers = multiprocessing.Process(target=_servers, args=(child, args.articles, args.delay), daemon=True)
    servers.start()
    feed_url, llm_url = parent.recv()
    results = []
    try:
        for concurrency in args.concurrency:
            results.append(one_pass(feed_url, llm_url, articles=args.articles, delay=args.delay, concurrency=concurrency))
            if not args.json:
                r = results[-1]
                print(
                    f"concurrency {r['concurrency']:>2}: {r['articles_per_min']:>7.1f} articles/min "
                    f"(ideal {r['ideal_per_min']:.1f}, {r['ratio_to_ideal']:.1%}), wall {r['wall_s']} s",
                    flush=True,
                )
    finally:
        parent.send("done")
        servers.join(5)
    base = next((r for r in results if r["concurrency"] == 1), None)
    overhead = exposed = client = None
    if base is not None and args.delay:
        overhead = base["steps_per_article_s"] / args.delay
        exposed = base["overhead_per_article_s"] / args.delay
        client = (base["engine_call_s"] - args.delay) / args.delay
    if args.json:
        print(json.dumps({"articles": args.articles, "delay_s": args.delay, "runs": results,
                          "overhead_fraction_of_llm_time": overhead,
                          "exposed_overhead_fraction_of_llm_time": exposed,
                          "engine_client_fraction_of_llm_time": client}, indent=2))
    elif base is not None and overhead is not None and exposed is not None and client is not None:
        print(
            f"yoten's own overhead per article (fetch + extract + check + store, concurrency 1): "
            f"{base['steps_per_article_s'] * 1000:.0f} ms = {overhead:.1%} of the LLM time; "
            f"exposed (not overlapped with the model): {base['overhead_per_article_s'] * 1000:.0f} ms "
            f"= {exposed:.1%}\n"
            f"engine client's own time per call beyond the server's delay: "
            f"{(base['engine_call_s'] - args.delay) * 1000:.0f} ms = {client:.1%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
