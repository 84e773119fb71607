"""feeds, inbox, run, posts: the unattended intake and the archive.

Only parsing and printing here; the work is in :mod:`yoten.store`,
:mod:`yoten.ingest.feeds`, :mod:`yoten.ingest.mail` and :mod:`yoten.run`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from yoten.cli.app import app
from yoten.cli.common import (
    BaseUrlOpt,
    EngineOpt,
    MaxTokensOpt,
    ModelOpt,
    OutputOpt,
    TimeoutOpt,
    VerboseOpt,
    err_console,
    make_settings,
    stderr_is_terminal,
    terminal_safe,
    write_output,
)
from yoten.errors import ConfigError, EngineError, InputError, RunFailed, YotenError
from yoten.i18n import gettext as _
from yoten.store import DIGEST_STATUSES

if TYPE_CHECKING:
    from yoten.distributed.poller import QueueSummary
    from yoten.engines.base import Engine
    from yoten.run.runner import RunSummary
    from yoten.settings import Settings
    from yoten.store import Feed, Store

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
PublishOpt = Annotated[
    str | None,
    typer.Option(
        "--publish",
        help="never (default): every digest waits for approval; clean: publish digests "
        "in Japanese with no error finding [yoten.toml: publish].",
    ),
]
PublishToOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--publish-to", help="With --publish clean: also post to hatena or wordpress (repeatable)."
    ),
]


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
    err_console.print(
        _("added feed {name!r}: {url}").format(name=feed.name, url=feed.url), markup=False
    )


@feeds_app.command("list", epilog="Example: yoten feeds list --json")
def feeds_list(json_out: JsonOpt = False, db: DbOpt = None) -> None:
    """Show the feeds, their filters and their last poll."""
    with _open(db) as store:
        feeds = store.list_feeds()
    if json_out:
        _print_json([f.__dict__ for f in feeds])
        return
    if not feeds:
        err_console.print(_("no feeds yet (yoten feeds add URL --name NAME)"), markup=False)
        return
    for f in feeds:
        filters = "".join(
            [
                f" include={f.include!r}" if f.include else "",
                f" exclude={f.exclude!r}" if f.exclude else "",
            ]
        )
        print(terminal_safe(f"{f.name}\t{f.url}\t{f.lang or '-'}\t{_health(f)}{filters}"))


def _when(value: dt.datetime | None) -> str:
    return value.isoformat(timespec="minutes") if value else "never"


def _health(f: Feed) -> str:
    """``ok, 12 entries, last success …, next poll …`` or the errors in a row and the last one."""
    if f.last_polled is None:
        return "not polled yet"
    if f.last_error:
        state = f"{f.consecutive_errors} error(s) in a row, last: {f.last_error}"
    elif f.last_warning:
        state = f"warning: {f.last_warning}"
    else:
        state = "ok"
    entries = f"{f.entries_seen} entries" if f.entries_seen is not None else "entries unknown"
    return f"{state}; {entries}; last success {_when(f.last_success)}; next poll {_when(f.next_poll_at)}"


@feeds_app.command("remove", epilog='Example: yoten feeds remove "Outlet"')
def feeds_remove(
    name: Annotated[str, typer.Argument(help="The feed's name.")], db: DbOpt = None
) -> None:
    """Stop watching a feed (articles already found are kept)."""
    with _open(db) as store:
        store.remove_feed(name)
    err_console.print(_("removed feed {name!r}").format(name=name), markup=False)


# -- inbox ----------------------------------------------------------------------


def _inbox_output(result: Any, json_out: bool) -> None:
    if json_out:
        _print_json(result.__dict__)
        return
    for error in result.errors:
        err_console.print(_("warning: {error}").format(error=error), style="yellow", markup=False)
    print(
        _(
            "{messages} message(s), {already_seen} already seen, {links} link(s): "
            "{new} new, {skipped} skipped"
        ).format(
            messages=result.messages,
            already_seen=result.already_seen,
            links=result.links,
            new=result.new,
            skipped=result.skipped,
        )
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
    from yoten.ingest.mail import InboxResult, read_messages
    from yoten.service.inbox import ingest_messages

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
    from yoten.ingest.mail import fetch_imap
    from yoten.service.inbox import ingest_messages

    password = os.environ.get(password_env)
    if not password:
        raise InputError(
            _("set the IMAP password in ${password_env}").format(password_env=password_env)
        )
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
    from yoten.settings import NotPositive, parse_duration

    try:
        value = parse_duration(text)
    except NotPositive:
        raise InputError(_("--every must be more than zero")) from None
    except ValueError:
        raise InputError(
            _("--every takes a duration like 30s, 15m or 2h, not {text!r}").format(text=text)
        ) from None
    if value > MAX_EVERY_S:
        raise InputError(
            _("--every must be at most {max_every_s:g} days").format(
                max_every_s=MAX_EVERY_S // 86400
            )
        )
    return value


#: The longest --every (a week); longer values are typos (and overflow sleep).
MAX_EVERY_S = 7 * 86400.0
#: With --watch, a pass that fails is retried after 5 s, 10 s, 20 s … (at most --every);
#: only failures without a single good pass for this long end the watch.
WATCH_RETRY_S = 5.0
WATCH_GIVE_UP_S = 3600.0


def _watch_wait(failures: int, interval: float) -> float:
    """Seconds before retrying after ``failures`` failed passes in a row."""
    return min(interval, WATCH_RETRY_S * 2.0 ** min(failures - 1, 10))


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Any]:
    if not enabled or not stderr_is_terminal():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]run[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}", markup=False),
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
    timeout: TimeoutOpt = None,
    max_tokens: MaxTokensOpt = None,
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
    poll: Annotated[
        bool, typer.Option("--poll/--no-poll", help="Poll the feeds that are due first.")
    ] = True,
    all_feeds: Annotated[
        bool,
        typer.Option(
            "--all-feeds", help="Poll every feed now, not only those whose schedule is due."
        ),
    ] = False,
    json_out: JsonOpt = False,
    verbose: VerboseOpt = False,
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
    publish: PublishOpt = None,
    publish_to: PublishToOpt = None,
    site_dir: Annotated[
        Path | None,
        typer.Option(
            "--site-dir",
            envvar="YOTEN_SITE_DIR",
            show_envvar=False,
            help="After a pass that published, rebuild the static blog here [env: YOTEN_SITE_DIR].",
        ),
    ] = None,
) -> None:
    """One pass: poll the feeds that are due, fetch, digest, check and store each new article.

    Each feed is polled on its own schedule (its update frequency, TTL,
    Retry-After; backing off after errors); --all-feeds polls every feed now.

    Failing articles are recorded and retried on later runs with backoff; a
    re-run never digests an article twice with the same engine, model and
    prompt version. An unreachable model server pauses the pass (30 s, 1 min,
    2 min), then stops it with the articles left pending. Ends with a summary
    line (or JSON with --json). Exit status: 0 when nothing failed, 7 when some
    articles failed (recorded, retried later), 3 when the model server could
    not be reached.
    """
    from yoten.engines import make_engine
    from yoten.service.policy import check_publish_settings

    interval = parse_every(every) if watch else 0.0
    settings = make_settings(
        engine=engine,
        base_url=base_url,
        model=model,
        db=db,
        publish=publish,
        publish_to=publish_to,
        model_timeout=timeout,
        max_tokens=max_tokens,
        per_host=per_host,
    )
    queue = queue or settings.queue.url  # --queue, YOTEN_QUEUE, then [queue] of yoten.toml
    check_publish_settings(settings)
    if queue and processes > 1:
        raise ConfigError(
            _("--processes is for one machine; with --queue, start more `yoten worker`s")
        )

    def say(message: str) -> None:
        err_console.print(message, style="dim", markup=False)

    chosen = make_engine(settings)
    failing_since: float | None = None
    failures = 0
    with _open_at(settings.db) as store:
        while True:
            try:
                summary = _one_pass(
                    store,
                    settings,
                    chosen,
                    queue,
                    concurrency,
                    limit,
                    poll,
                    json_out,
                    poll_all=all_feeds,
                    say=say if verbose else None,
                    processes=processes,
                )
            except YotenError as exc:
                # --watch outlives transient faults (a locked database, a Redis restart);
                # a permanent one (a bad setting, a refused request) stops it at once
                if not watch or not exc.transient:
                    raise
                failures += 1
                failing_since = failing_since or time.monotonic()
                if time.monotonic() - failing_since > WATCH_GIVE_UP_S:
                    raise
                wait = _watch_wait(failures, interval)
                err_console.print(
                    _("pass failed: {exc}; retrying in {wait:g} s").format(exc=exc, wait=wait),
                    style="yellow",
                )
                time.sleep(wait)
                continue
            failing_since, failures = None, 0
            if json_out:
                _print_json(summary.as_dict())
                sys.stdout.flush()
            else:
                for warning in getattr(summary, "warnings", []):
                    err_console.print(_("warning: {error}").format(error=warning), style="yellow")
                for error in summary.errors:
                    err_console.print(
                        _("failed: {error}").format(error=error), style="yellow", markup=False
                    )
                print(summary.line())
                sys.stdout.flush()
            # Queued: the workers publish, so every pass rebuilds; else only a pass that published.
            if site_dir is not None and (queue or summary.as_dict().get("published")):
                from yoten.service.publishing import build_site
                from yoten.site.model import site_config

                line = build_site(store, site_dir, config=site_config())
                err_console.print(line, style="dim", markup=False)
            stopped_by = getattr(summary, "signal", None)
            if stopped_by:
                _exit_stopped(stopped_by)
            if not watch:
                break
            time.sleep(interval)
    stopped: str | None = getattr(summary, "stopped", None)  # a queued pass digests nothing here
    if stopped:
        raise EngineError(stopped, source=settings.base_url)
    if getattr(summary, "failed", 0):
        failed = getattr(summary, "failed", 0)
        raise RunFailed(
            _("{failed} article(s) failed; recorded and retried on a later run").format(
                failed=failed
            )
        )


def _exit_stopped(name: str) -> None:
    """End the process after a run stopped by a signal: 130 for SIGINT, 143 for SIGTERM.

    The run is closed and its results stored; ``os._exit`` does not wait for a
    model call that may still be running in a worker thread.
    """
    import signal

    err_console.print(
        _(
            "stopped by {signal}: answers that arrived within the stop grace were stored,"
            " the rest stays pending"
        ).format(signal=name)
    )
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(128 + int(signal.Signals[name]))


def _one_pass(
    store: Store,
    settings: Settings,
    engine: Engine,
    queue: str | None,
    concurrency: int,
    limit: int | None,
    poll: bool,
    json_out: bool,
    *,
    poll_all: bool = False,
    say: Callable[[str], None] | None = None,
    processes: int = 1,
) -> RunSummary | QueueSummary:
    """One pass of `yoten run`: in-process, in ``processes`` worker processes, or
    enqueueing for workers with ``queue``."""
    from yoten.run import run_once

    with _progress_bar(not json_out) as hook:
        if queue:  # distributed mode: the workers digest
            from yoten.distributed import run_queued

            return run_queued(
                store,
                settings,
                queue_url=queue,
                engine=engine,
                concurrency=concurrency,
                limit=limit,
                poll=poll,
                poll_all=poll_all,
                progress=hook,
            )
        if processes > 1:
            from yoten.run.processes import run_processes

            return run_processes(
                store,
                settings,
                processes=processes,
                engine=engine,
                concurrency=concurrency,
                limit=limit,
                poll=poll,
                poll_all=poll_all,
                progress=hook,
            )
        return run_once(
            store,
            settings,
            engine=engine,
            concurrency=concurrency,
            limit=limit,
            poll=poll,
            poll_all=poll_all,
            progress=hook,
            say=say,
        )


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
        err_console.print(
            _("no posts with status {status}").format(status=status) if status else _("no posts")
        )
        return
    for p in posts:
        print(
            terminal_safe(
                f"{p.id}\t{p.status}\t{p.created_at:%Y-%m-%d %H:%M}\t{p.outlet or '-'}\t{p.title}"
            )
        )


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
    write_output(render(post.digest, "text"), None)
    reason = f" ({post.status_reason})" if post.status_reason else ""
    err_console.print(
        _("post {id}: {status}").format(id=post.id, status=post.status) + reason, markup=False
    )
    for note in post.article.notes:
        err_console.print(_("note: {notice}").format(notice=note), style="yellow", markup=False)
    for finding in post.report.findings if post.report else []:  # text from outside: no markup
        err_console.print(
            f"{finding.severity}: [{finding.section}] {finding.message}: {finding.span}",
            markup=False,
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
