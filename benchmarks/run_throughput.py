"""Throughput and CPU of `yoten run` against a model that answers after a fixed delay, with a sequential baseline.

Everything is on loopback, served from a child process so that the servers
do not share yoten's CPU or GIL: ``--outlets`` news sites (each its own
host, so per-host politeness applies as with real outlets), each with an RSS
feed and article pages that answer after ``--page-delay`` seconds, and an
OpenAI-compatible server that answers every completion after ``--delay``
seconds with a valid digest. With ``--payload seed`` (the default) the pages
are the house format's seed source article (FRANCE 24, 6 KB of HTML) and
the model answers with the seed digest (4,200 characters, every section),
so extraction and the check cost what they cost on real posts; ``--payload
small`` serves five-paragraph pages and a one-line-per-section digest.

Each configuration polls the feeds into a fresh SQLite database, then times
one pass over ``--per-slot`` × concurrency articles (fetch, extract, digest,
check, store; the poll is not timed) and reports articles/minute, the ratio
to the ideal ``concurrency / delay`` (the model's limit), yoten's own CPU
per article (user + system time of yoten's processes over the pass, divided
by the articles; the servers' CPU is not counted; start-up imports are done
before, as `yoten run` with nothing to do is measured apart), that CPU as a
share of one model call, and the overhead: the time lost against the
model's limit (``ideal / achieved - 1``). Beside them: the CPU the servers
(the load generator) spent per article in the same pass, and the machine's
1-minute load average when the pass began, since both share the cores with
yoten.

The baseline does what RSS-GPT (a popular feed summariser) does: articles
one after another, a new HTTP client per page and a new OpenAI client per
article, trafilatura for the text, one chat completion each. It runs on the
same sites and model in the same invocation, so the ratio is measured.

Run from the repository root::

    python benchmarks/run_throughput.py             # 16 outlets, 1 s model, 0.25 s pages; c=1, 4, 16, 16 x 2 processes
    python benchmarks/run_throughput.py --delay 0.2 --per-slot 5 --configs 1x1 16x1 --no-baseline   # quick
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# ruff: noqa: E402  (the repository root must be on sys.path first)
from tests.feeds.site import Route, start_site
from tests.run.helpers import DRAFT, article_html
from tests.support.loopback import LoopbackServer, Reply
from tests.support.openai_server import completion_body
from yoten.run import run_once
from yoten.run.processes import run_processes
from yoten.settings import Settings
from yoten.store import Store

DATA = ROOT / "tests" / "data"


def _payload(kind: str) -> tuple[Callable[[int], bytes], str]:
    """(article page n, the model's answer) for ``--payload``."""
    if kind == "small":
        return (lambda n: article_html(n).encode()), json.dumps(DRAFT, ensure_ascii=False)
    from yoten.render.parse import read_digest

    seed = read_digest((DATA / "seed-putin-vietnam.txt").read_text(encoding="utf-8"))
    answer = seed.model_dump_json(include={"headline", "overview", "details", "key_points"})
    page = (DATA / "check" / "seed-source.html").read_text(encoding="utf-8")
    return (lambda n: page.replace("20240620-russia", f"20240620-{n}-russia").encode()), answer


def _servers(
    conn: Connection, articles: int, outlets: int, delay: float, page_delay: float, payload: str
) -> None:
    """Child process: ``outlets`` news sites (one host each) and the fixed-delay model."""
    make_page, answer = _payload(payload)
    feeds = []
    for outlet in range(outlets):
        site = start_site()
        items = []
        for n in range(outlet, articles, outlets):
            page = make_page(n)
            site.add(
                f"/story/{n}",
                Route(body=page, content_type="text/html; charset=utf-8", delay=page_delay),
            )
            items.append(
                f"<item><title>Story {n}</title><link>{site.base}/story/{n}?utm_source=rss</link></item>"
            )
        rss = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Outlet {outlet}</title>{''.join(items)}</channel></rss>"
        site.add("/rss.xml", Route(body=rss.encode(), content_type="application/rss+xml"))
        feeds.append(site.url("/rss.xml"))
    completion = json.dumps(completion_body(answer)).encode()
    llm = LoopbackServer(
        {"/v1/chat/completions": Reply(completion, content_type="application/json", delay=delay)},
        name="model",
    ).start()
    conn.send((feeds, llm.url("/v1")))
    while conn.recv() == "cpu":  # until the parent is done
        usage = resource.getrusage(resource.RUSAGE_SELF)
        conn.send(usage.ru_utime + usage.ru_stime)


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (worker processes)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def yoten_pass(
    feeds: list[str], llm_url: str, *, articles: int, concurrency: int, processes: int
) -> dict[str, float]:
    """One `yoten run` pass into a fresh database."""
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        settings = Settings(
            engine="openai", base_url=llm_url, model="stub-model", db=db, max_retries=0
        )
        with Store.open(db) as store:
            for n, url in enumerate(feeds):
                store.add_feed(f"Outlet {n}", url)
            run_once(store, settings, concurrency=concurrency, only=())  # poll the feeds only
            cpu, started = _cpu(), time.perf_counter()
            if processes == 1:
                summary = run_once(
                    store, settings, concurrency=concurrency, limit=articles, poll=False
                )
            else:
                summary = run_processes(
                    store, settings, processes=processes, concurrency=concurrency, limit=articles,
                    poll=False,
                )  # fmt: skip
            wall, cpu = time.perf_counter() - started, _cpu() - cpu
    if summary.digested != articles:
        raise SystemExit(
            f"expected {articles} digests, got {summary.digested}: {summary.errors[:3]}"
        )
    return {"wall_s": wall, "cpu_s": cpu}


def baseline_pass(feeds: list[str], llm_url: str, *, articles: int) -> dict[str, float]:
    """RSS-GPT's way: one article after another, a new client for every page and every model call."""
    import feedparser  # type: ignore[import-untyped]
    import httpx
    import openai
    import trafilatura

    entries = [e for url in feeds for e in feedparser.parse(httpx.get(url).content).entries]
    cpu, started, done = _cpu(), time.perf_counter(), 0
    for entry in entries[:articles]:
        with httpx.Client() as client:
            html = client.get(entry.link).text
        text = trafilatura.extract(html) or ""
        model = openai.OpenAI(base_url=llm_url, api_key="sk-bench", max_retries=0)
        answer = model.chat.completions.create(
            model="stub-model",
            messages=[{"role": "system", "content": "Summarise this article in Japanese."},
                      {"role": "user", "content": text}],
        )  # fmt: skip
        done += bool(answer.choices[0].message.content)
        model.close()
    wall, cpu = time.perf_counter() - started, _cpu() - cpu
    if done != articles:
        raise SystemExit(f"baseline: expected {articles} summaries, got {done}")
    return {"wall_s": wall, "cpu_s": cpu}


STEPS: dict[str, float] = {}


def _time_steps() -> None:
    """Add each step's CPU time (of the thread that runs it) to STEPS: where an article's CPU goes."""
    import yoten.check
    import yoten.pipeline
    import yoten.run.article
    import yoten.run.work
    from yoten.store.store import Store as StoreClass

    def wrap(owner: Any, name: str, label: str) -> None:
        func = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return func(*args, **kwargs)
            finally:
                STEPS[label] = STEPS.get(label, 0.0) + time.thread_time() - started

        setattr(owner, name, timed)

    wrap(yoten.run.work, "build_article", "extraction")
    # the engine runs in a thread of its own inside make_digest (the article time budget)
    wrap(yoten.pipeline, "digest_article", "engine client")
    wrap(yoten.check, "check_digest", "check")  # the checker (issue 8's), called by assess
    for name in (
        "save_article",
        "article_for_source",
        "save_digest",
        "find_digest",
        "mark_source_done",
    ):
        wrap(StoreClass, name, "store")


def _warm_up() -> None:
    """Import and initialise what a pass uses (the checker loads its dictionaries on first use),
    so one-time start-up is not counted per article; `yoten run` with nothing to do is measured apart.
    The language of messages is fixed, as the command line fixes it before any command."""
    import openai  # noqa: F401

    from yoten.i18n import use_language

    use_language(None)

    import yoten.engines.openai_compat  # noqa: F401
    from yoten.check import check_digest
    from yoten.ingest import extract_article
    from yoten.render.parse import read_digest

    article = extract_article((DATA / "check" / "seed-source.html").read_text(encoding="utf-8"))
    check_digest(
        read_digest((DATA / "seed-putin-vietnam.txt").read_text(encoding="utf-8")), article
    )


def _startup_probe(conn: Connection) -> None:
    """In a fresh (spawned) process: what a worker process of `--processes` spends before its
    first article is done (imports, the first extraction, the checker's dictionaries)."""
    _warm_up()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    conn.send(usage.ru_utime + usage.ru_stime)


def worker_startup_cpu() -> float:
    """CPU seconds one spawned worker process spends starting (see :func:`_startup_probe`)."""
    parent, child = multiprocessing.get_context("spawn").Pipe()
    probe = multiprocessing.get_context("spawn").Process(target=_startup_probe, args=(child,))
    probe.start()
    cpu = float(parent.recv())
    probe.join()
    return cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=320, help="articles served (all outlets)")
    parser.add_argument(
        "--per-slot",
        type=int,
        default=20,
        help="each pass digests this many articles per model slot",
    )
    parser.add_argument("--outlets", type=int, default=16, help="news sites, one host each")
    parser.add_argument(
        "--delay", type=float, default=1.0, help="seconds the model takes per article"
    )
    parser.add_argument(
        "--page-delay", type=float, default=0.25, help="seconds each article page takes"
    )
    parser.add_argument("--configs", nargs="+", default=["1x1", "4x1", "16x1", "16x2"],
                        help="CONCURRENCYxPROCESSES for each yoten pass")  # fmt: skip
    parser.add_argument(
        "--payload", choices=["seed", "small"], default="seed", help="what pages and model serve"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the sequential baseline")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--steps", action="store_true", help="also print where the CPU of one-process passes goes"
    )
    args = parser.parse_args(argv)

    parent, child = multiprocessing.Pipe()
    servers = multiprocessing.Process(
        target=_servers,
        args=(child, args.articles, args.outlets, args.delay, args.page_delay, args.payload),
        daemon=True,
    )
    servers.start()
    feeds, llm_url = parent.recv()
    rows: list[dict[str, Any]] = []
    try:
        if not args.json:
            print(f"{args.outlets} loopback outlets (pages {args.page_delay} s), model {args.delay} s per call, "
                  f"payload {args.payload}, {args.per_slot} articles per model slot")  # fmt: skip
            print(f"{'run':<28} {'articles':>8} {'articles/min':>12} {'of ideal':>9} {'CPU/article':>12} "
                  f"{'CPU/model':>9} {'overhead':>9} {'servers CPU/article':>19} {'load':>5}")  # fmt: skip
        plan: list[tuple[str, int, int]] = []
        if not args.no_baseline:
            plan.append(("baseline (RSS-GPT's way)", 1, 0))
        for config in args.configs:
            c, p = (int(x) for x in config.split("x"))
            plan.append((f"yoten c={c}, {p} process{'es' if p > 1 else ''}", c, p))
        _warm_up()
        if args.steps:
            _time_steps()

        def servers_cpu() -> float:
            parent.send("cpu")
            return float(parent.recv())

        for label, concurrency, processes in plan:
            count = min(args.articles, args.per_slot * concurrency)
            load, served = os.getloadavg()[0], servers_cpu()
            if processes == 0:
                result = baseline_pass(feeds, llm_url, articles=count)
            else:
                result = yoten_pass(
                    feeds, llm_url, articles=count, concurrency=concurrency, processes=processes
                )
            notes: list[str] = []  # printed under the row
            if processes > 1:
                # The workers start inside the pass; the one process of the other rows started
                # before it (_warm_up). Their start-up, measured apart, and the rest per article:
                startup = worker_startup_cpu()
                result["worker_startup_cpu_s"] = startup
                rest = (result["cpu_s"] - (processes - 1) * startup) / count * 1000
                if rest > 0:  # else the articles came from one host: no worker process
                    notes.append(f"    each worker process's start-up: {startup:.2f} s CPU; "
                                 f"CPU per article without it: {rest:.1f} ms")  # fmt: skip
            if args.steps and processes == 1 and not args.json:
                total = result["cpu_s"] / count * 1000
                parts = {k: v / count * 1000 for k, v in STEPS.items()}
                parts["event loop, HTTP, rest"] = total - sum(parts.values())
                notes.append("    " + ", ".join(f"{k} {v:.1f} ms" for k, v in parts.items()))
            STEPS.clear()
            result["servers_cpu_s"] = servers_cpu() - served
            result["load_average"] = load
            per_min = count / result["wall_s"] * 60
            ratio = per_min / (concurrency / args.delay * 60)
            cpu_per = result["cpu_s"] / count
            row = {"run": label, "concurrency": concurrency, "processes": processes, "articles": count,
                   "articles_per_min": per_min, "ratio_to_ideal": ratio, "cpu_per_article_ms": cpu_per * 1000,
                   "cpu_of_model_time": cpu_per / args.delay, "overhead": 1 / ratio - 1, **result}  # fmt: skip
            rows.append(row)
            if not args.json:
                print(f"{label:<28} {count:>8} {per_min:>12.1f} {ratio:>9.1%} {cpu_per * 1000:>9.1f} ms "
                      f"{row['cpu_of_model_time']:>9.1%} {row['overhead']:>9.1%} "
                      f"{result['servers_cpu_s'] / count * 1000:>16.1f} ms {load:>5.1f}", flush=True)  # fmt: skip
                for note in notes:
                    print(note, flush=True)
    finally:
        parent.send("done")
        servers.join(5)
    base = next((r for r in rows if r["processes"] == 0), None)
    if args.json:
        print(json.dumps({"articles": args.articles, "outlets": args.outlets, "delay_s": args.delay,
                          "page_delay_s": args.page_delay, "runs": rows}, indent=2))  # fmt: skip
    elif base is not None:
        ratios = ", ".join(
            f"{r['run']}: x{r['articles_per_min'] / base['articles_per_min']:.2f}"
            for r in rows
            if r is not base
        )
        print(f"throughput relative to the baseline: {ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
