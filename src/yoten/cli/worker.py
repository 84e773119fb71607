"""``yoten worker``: process queued articles (distributed mode; see docs/distributed.md).

Only parsing here; the work is in :mod:`yoten.distributed`, imported when
the command runs, so the default single-process mode never loads dramatiq.
"""

from __future__ import annotations

from typing import Annotated

import typer

from yoten.cli.app import app
from yoten.cli.common import (
    BaseUrlOpt,
    EngineOpt,
    MaxTokensOpt,
    ModelOpt,
    TimeoutOpt,
    VerboseOpt,
    err_console,
    make_settings,
)
from yoten.cli.feeds import PublishOpt, PublishToOpt
from yoten.i18n import gettext as _

QueueOpt = Annotated[
    str | None,
    typer.Option(
        "--queue",
        envvar="YOTEN_QUEUE",
        show_envvar=False,
        help="Redis URL of the task queue, e.g. redis://127.0.0.1:6379/0 [env: YOTEN_QUEUE]",
    ),
]
WorkerDbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLAlchemy URL of the shared store, e.g. postgresql+psycopg://yoten@db/yoten [env: YOTEN_DB]",
    ),
]


@app.command(
    epilog=(
        "Examples:\n\n"
        "  yoten worker --queue redis://queue:6379/0 --db postgresql+psycopg://yoten@db/yoten\n\n"
        "  YOTEN_QUEUE=redis://queue:6379/0 YOTEN_DB=postgresql+psycopg://yoten@db/yoten "
        "yoten worker --processes 4 --threads 8 --engine openai --base-url http://llm:8000/v1\n\n"
        "Then, on one machine: yoten run --queue redis://queue:6379/0 (polls feeds and enqueues)."
    )
)
def worker(
    queue: QueueOpt = None,
    db: WorkerDbOpt = None,
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    timeout: TimeoutOpt = None,
    max_tokens: MaxTokensOpt = None,
    processes: Annotated[
        int, typer.Option("--processes", "-p", min=1, max=64, help="Worker processes.")
    ] = 1,
    threads: Annotated[
        int, typer.Option("--threads", "-t", min=1, max=64, help="Articles in flight per process.")
    ] = 4,
    publish: PublishOpt = None,
    publish_to: PublishToOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Process the articles that `yoten run --queue` enqueues, until stopped (SIGTERM / Ctrl-C).

    Each message is one source: fetch, extract, digest, check, store, exactly
    as `yoten run` does; with --publish clean, a clean digest is published
    (the blog is rebuilt by `yoten run --site-dir` or `yoten site build`). Run as many workers, on as many machines, as the
    work needs; they share the store (PostgreSQL) and the queue (Redis).
    """
    from yoten.distributed import WorkerOptions, check_queue_url, run_worker
    from yoten.service.policy import check_publish_settings

    settings = make_settings(
        engine=engine,
        base_url=base_url,
        model=model,
        db=db,
        publish=publish,
        publish_to=publish_to,
        model_timeout=timeout,
        max_tokens=max_tokens,
    )
    url = check_queue_url(queue or settings.queue.url)  # --queue, YOTEN_QUEUE, [queue]
    check_publish_settings(settings)
    if not settings.db or settings.db.startswith("sqlite") or "://" not in settings.db:
        err_console.print(
            _(
                "warning: the store is a SQLite file; workers on other machines cannot share it "
                "(use PostgreSQL)"
            ),
            style="yellow",
        )
    code = run_worker(
        WorkerOptions(
            queue_url=url, settings=settings, processes=processes, threads=threads, verbose=verbose
        )
    )
    raise typer.Exit(code)
