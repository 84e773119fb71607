"""feeds, inbox, run, posts: the unattended intake and the archive.

Only parsing and printing here; the work is in :mod:`yoten.store`,
:mod:`yoten.ingest.feeds`, :mod:`yoten.ingest.mail` and :mod:`yoten.run`.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from yoten.cli.app import app
from yoten.cli.common import (
    BaseUrlOpt,
    EngineOpt,
    ModelOpt,
    OutputOpt,
    err_console,
    make_settings,
    write_output,
)
from yoten.errors import ConfigError, InputError
from yoten.store import DIGEST_STATUSES

if TYPE_CHECKING:
    from yoten.distributed.poller import QueueSummary
    from yoten.run.runner import RunSummary
    from yoten.store import Store

feeds_app = typer.Typer(help="Feeds to watch (RSS 1.0/2.0, Atom).", no_args_is_help=True)
inbox_app = typer.Typer(
    help="Newsletters: .eml and mbox files, IMAP mailboxes.", no_args_is_help=True
)
posts_app = typer.Typer(help="The archive of digests.", no_args_is_help=True)
app.add_typer(feeds_app, name="feeds")
app.add_typer(inbox_app, name="inbox")
app.add_typer(posts_app, name="posts")

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", help="SQLAlchemy URL of the store [env: YOTEN_DB]; default: SQLite in the data dir."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _open_at(url: str | None) -> Store:
    from yoten.store import Store

    return Store.open(url)


def _open(db: str | None) -> Store:
    from yoten.store import Store

    return Store.open(make_settings(db=db).db)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


# -- feeds ----------------------------------------------------------------------


@feeds_app.command(
    "add",
    epilog='Example: yoten feeds add https://outlet.example/rss.xml --name "Outlet" --lang en --exclude "(?i)sponsored"',
)
def feeds_add(
    url: Annotated[str, typer.Argument(help="The feed's URL (RSS or Atom).")],
    name: Annotated[
        str, typer.Option("--name", help="A short unique name; also used as the outlet.")
    ],
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of its articles, e.g. en.")
    ] = None,
    include: Annotated[
        str | None,
        typer.Option("--include", help="Keep only entries whose title or link matches this regex."),
    ] = None,
    exclude: Annotated[
        str | None,
        typer.Option("--exclude", help="Drop entries whose title or link matches this regex."),
    ] = None,
    db: DbOpt = None,
) -> None:
    """Watch a feed: `yoten run` polls it and digests its new articles."""
    from yoten.ingest.urls import ensure_http_url

    with _open(db) as store:
        feed = store.add_feed(
            name, ensure_http_url(url), lang=lang, include=include, exclude=exclude
        )
    err_console.print(f"added feed {feed.name!r}: {feed.url}")


@feeds_app.command("list", epilog="Example: yoten feeds list --json")
def feeds_list(json_out: JsonOpt = False, db: DbOpt = None) -> None:
    """Show the feeds, their filters and their last poll."""
    with _open(db) as store:
        feeds = store.list_feeds()
    if json_out:
        _print_json([f.__dict__ for f in feeds])
        return
    if not feeds:
        err_console.print("no feeds yet (yoten feeds add URL --name NAME)")
        return
    for f in feeds:
        polled = f.last_polled.isoformat() if f.last_polled else "never"
        filters = "".join(
            [
                f" include={f.include!r}" if f.include else "",
                f" exclude={f.exclude!r}" if f.exclude else "",
            ]
        )
        status = f"  error: {f.last_error}" if f.last_error else ""
        print(f"{f.name}\t{f.url}\t{f.lang or '-'}\tpolled {polled}{filters}{status}")


@feeds_app.command("remove", epilog='Example: yoten feeds remove "Outlet"')
def feeds_remove(
    name: Annotated[str, typer.Argument(help="The feed's name.")], db: DbOpt = None
) -> None:
    """Stop watching a feed (articles already found are kept)."""
    with _open(db) as store:
        store.remove_feed(name)
    err_console.print(f"removed feed {name!r}")


# -- inbox ----------------------------------------------------------------------


def _inbox_output(result: Any, json_out: bool) -> None:
    if json_out:
        _print_json(result.__dict__)
        return
    for error in result.errors:
        err_console.print(f"warning: {error}", style="yellow")
    print(
        f"{result.messages} message(s), {result.already_seen} already seen, {result.links} link(s): "
        f"{result.new} new, {result.skipped} skipped"
    )


@inbox_app.command(
    "add", epilog="Example: yoten inbox add ~/Mail/newsletters.mbox  (then: yoten run)"
)
def inbox_add(
    paths: Annotated[list[Path], typer.Argument(help=".eml files or mbox files.")],
    json_out: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Add the article links of newsletters (tracking links resolved, footers ignored)."""
    from yoten.ingest.mail import InboxResult, ingest_messages, read_messages

    settings = make_settings(db=db)
    total = InboxResult()
    with _open_at(settings.db) as store:
        for path in paths:
            messages = read_messages(path)
            result = ingest_messages(
                messages, store=store, settings=settings, mailbox_name=f"file:{path.resolve()}"
            )
            for key in ("messages", "already_seen", "links", "new", "skipped"):
                setattr(total, key, getattr(total, key) + getattr(result, key))
            total.errors.extend(result.errors)
    _inbox_output(total, json_out)


@inbox_app.command(
    "imap",
    epilog="Example: YOTEN_IMAP_PASSWORD=... yoten inbox imap --host imap.example.com --user me@example.com --folder News",
)
def inbox_imap(
    host: Annotated[str, typer.Option("--host", help="IMAP server (TLS, port 993 unless --port).")],
    user: Annotated[str, typer.Option("--user", help="Login name.")],
    folder: Annotated[str, typer.Option("--folder", help="Mailbox folder to read.")] = "INBOX",
    port: Annotated[int, typer.Option("--port", help="IMAP over TLS port.")] = 993,
    password_env: Annotated[
        str, typer.Option("--password-env", help="Environment variable holding the password.")
    ] = "YOTEN_IMAP_PASSWORD",
    limit: Annotated[
        int | None, typer.Option("--limit", help="Read at most the N newest messages.")
    ] = None,
    cafile: Annotated[
        Path | None,
        typer.Option(
            "--cafile",
            help="PEM file of the CA to trust instead of the system's (private CA, test server).",
        ),
    ] = None,
    json_out: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Read newsletters from an IMAP folder, read-only (nothing is marked as read)."""
    from yoten.ingest.mail import fetch_imap, ingest_messages

    password = os.environ.get(password_env)
    if not password:
        raise InputError(f"set the IMAP password in ${password_env}")
    settings = make_settings(db=db)
    mailbox_name = f"imap://{user}@{host}:{port}/{folder}"
    with _open_at(settings.db) as store:
        messages = fetch_imap(
            host,
            user=user,
            password=password,
            folder=folder,
            port=port,
            seen=sorted(store.seen_messages(mailbox_name)),
            limit=limit,
            timeout=settings.timeout,
            cafile=cafile,
        )
        result = ingest_messages(
            messages, store=store, settings=settings, mailbox_name=mailbox_name
        )
    _inbox_output(result, json_out)


# -- run ------------------------------------------------------------------------


def parse_every(text: str) -> float:
    """Seconds in ``90s``, ``15m``, ``2h`` or a bare number of seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text.lower())
    if match is None:
        raise InputError(f"--every takes a duration like 30s, 15m or 2h, not {text!r}")
    value = float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]
    if value <= 0:
        raise InputError("--every must be more than zero")
    return value


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Any]:
    if not enabled or not err_console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]run[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        task = bar.add_task("run", total=None, counts="polling feeds")

        def hook(event: str, summary: RunSummary) -> None:
            done = (
                summary.digested + summary.failed + (summary.skipped if event == "article" else 0)
            )
            total = summary.pending if event != "feeds" else None
            bar.update(
                task, total=total, completed=min(done, summary.pending), counts=summary.line()
            )

        yield hook


@app.command(
    epilog=(
        "Examples:\n\n"
        "  yoten run\n\n"
        "  yoten run --engine openai --base-url http://localhost:11434/v1 --model qwen2.5:14b --concurrency 4 --limit 20\n\n"
        "  yoten run --watch --every 15m\n\n"
        "  yoten run --json | jq .digested"
    )
)
def run(
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", "-c", min=1, max=64, help="Articles in flight.")
    ] = 4,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Process at most N articles.")
    ] = None,
    processes: Annotated[
        int,
        typer.Option(
            "--processes",
            "-p",
            min=1,
            max=64,
            help="Worker processes sharing the articles by host (the concurrency is shared among them).",
        ),
    ] = 1,
    per_host: Annotated[
        int | None,
        typer.Option(
            "--per-host",
            min=1,
            max=16,
            help="Article fetches in flight per host (default 1; robots.txt and Crawl-delay still honoured) "
            "[env: YOTEN_PER_HOST].",
        ),
    ] = None,
    watch: Annotated[bool, typer.Option("--watch", help="Keep polling (Ctrl-C to stop).")] = False,
    every: Annotated[
        str, typer.Option("--every", help="With --watch: time between passes.")
    ] = "15m",
    poll: Annotated[bool, typer.Option("--poll/--no-poll", help="Poll the feeds first.")] = True,
    json_out: JsonOpt = False,
    db: DbOpt = None,
    queue: Annotated[
        str | None,
        typer.Option(
            "--queue",
            envvar="YOTEN_QUEUE",
            help="Distributed mode: poll here and enqueue the pending articles on this Redis URL "
            "for `yoten worker` (see docs/distributed.md).",
        ),
    ] = None,
) -> None:
    """One pass: poll feeds, fetch, digest, check and store each new article.

    Failing articles are recorded and retried on later runs with backoff; a
    re-run never digests an article twice with the same engine, model and
    prompt version. Ends with a summary line (or JSON with --json).
    """
    from yoten.engines import make_engine
    from yoten.run import run_once

    interval = parse_every(every) if watch else 0.0
    settings = make_settings(
        engine=engine, base_url=base_url, model=model, db=db, per_host=per_host
    )
    if queue and processes > 1:
        raise ConfigError(
            "--processes is for one machine; with --queue, start more `yoten worker`s"
        )
    chosen = make_engine(settings)
    with _open_at(settings.db) as store:
        while True:
            with _progress_bar(not json_out) as hook:
                summary: RunSummary | QueueSummary
                if queue:  # distributed mode: the workers digest
                    from yoten.distributed import run_queued

                    summary = run_queued(
                        store,
                        settings,
                        queue_url=queue,
                        engine=chosen,
                        concurrency=concurrency,
                        limit=limit,
                        poll=poll,
                        progress=hook,
                    )
                elif processes > 1:
                    from yoten.run.processes import run_processes

                    summary = run_processes(
                        store,
                        settings,
                        processes=processes,
                        engine=chosen,
                        concurrency=concurrency,
                        limit=limit,
                        poll=poll,
                        progress=hook,
                    )
                else:
                    summary = run_once(
                        store,
                        settings,
                        engine=chosen,
                        concurrency=concurrency,
                        limit=limit,
                        poll=poll,
                        progress=hook,
                    )
            if json_out:
                _print_json(summary.as_dict())
                sys.stdout.flush()
            else:
                for error in summary.errors:
                    err_console.print(f"failed: {error}", style="yellow")
                print(summary.line())
                sys.stdout.flush()
            if not watch:
                return
            time.sleep(interval)


# -- posts ----------------------------------------------------------------------


@posts_app.command("list", epilog="Example: yoten posts list --status checked --limit 20")
def posts_list(
    status: Annotated[
        str | None, typer.Option("--status", help=f"Only this status: {'|'.join(DIGEST_STATUSES)}.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most N posts.")] = 50,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip the first N.")] = 0,
    json_out: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """List digests, newest first."""
    with _open(db) as store:
        posts = store.list_posts(status, limit=limit, offset=offset)
    if json_out:
        _print_json([p.summary() for p in posts])
        return
    if not posts:
        err_console.print("no posts" + (f" with status {status}" if status else ""))
        return
    for p in posts:
        print(f"{p.id}\t{p.status}\t{p.created_at:%Y-%m-%d %H:%M}\t{p.outlet or '-'}\t{p.title}")


@posts_app.command("show", epilog="Example: yoten posts show 12")
def posts_show(
    post_id: Annotated[int, typer.Argument(help="The post's id (see: yoten posts list).")],
    json_out: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Show a post in the house format, with its status and check findings."""
    from yoten.render import render

    with _open(db) as store:
        post = store.get_post(post_id)
    if json_out:
        data = post.summary()
        data["digest"] = post.digest.model_dump(mode="json")
        data["report"] = None if post.report is None else post.report.to_json_dict()
        data["notes"] = post.article.notes
        _print_json(data)
        return
    sys.stdout.write(render(post.digest, "text"))
    err_console.print(
        f"post {post.id}: {post.status}"
        + (f" ({post.status_reason})" if post.status_reason else "")
    )
    for note in post.article.notes:
        err_console.print(f"note: {note}", style="yellow")
    for finding in post.report.findings if post.report else []:
        err_console.print(
            f"{finding.severity}: [{finding.section}] {finding.message}: {finding.span}"
        )


@posts_app.command("export", epilog="Example: yoten posts export 12 --format markdown -o post.md")
def posts_export(
    post_id: Annotated[int, typer.Argument(help="The post's id.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text, markdown, html or json.")
    ] = "text",
    output: OutputOpt = None,
    db: DbOpt = None,
) -> None:
    """Write a post in one format, to stdout or a file."""
    from yoten.render import render

    with _open(db) as store:
        post = store.get_post(post_id)
    write_output(render(post.digest, fmt), output)
