"""posts approve, posts reject, publish: decide on posts without a browser.

The same rules and store transitions as the review page: both call
:class:`yoten.service.posts.PostService`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from yoten.cli.app import app
from yoten.cli.common import err_console, make_settings
from yoten.cli.feeds import DbOpt, posts_app
from yoten.errors import ConfigError, ConfirmationNeeded, InputError, PublishError
from yoten.i18n import gettext as _

if TYPE_CHECKING:
    from yoten.service.posts import ApproveResult, PostService
    from yoten.store import Store

__all__ = ["SITE_TARGET_NAME", "SiteDirOpt", "TargetsOpt", "open_service"]

SITE_TARGET_NAME = "site"

SiteDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--site-dir",
        envvar="YOTEN_SITE_DIR",
        show_envvar=False,
        help="Rebuild the static blog in this folder [env: YOTEN_SITE_DIR].",
    ),
]
TargetsOpt = Annotated[
    list[str] | None,
    typer.Option("--publish-to", help="Also publish to hatena or wordpress (repeatable)."),
]
ForceOpt = Annotated[
    bool,
    typer.Option("--force", help="Approve even with error findings or a digest not in Japanese."),
]


def open_service(
    store: Store, db: str | None, site_dir: Path | None, targets: tuple[str, ...]
) -> PostService:
    """The post service on ``store``, building the site in ``site_dir`` with the [site] settings."""
    from yoten.service.posts import PostService

    config = None
    if site_dir is not None:
        from yoten.site.model import site_config

        config = site_config()
    return PostService(
        store=store,
        settings=make_settings(db=db),
        site_dir=site_dir,
        targets=targets,
        site_config=config,
    )


def _approve(service: PostService, ids: list[int], **options: Any) -> list[ApproveResult]:
    """``service.approve_many`` with the CLI's way to say yes in its error."""
    try:
        return service.approve_many(ids, **options)
    except ConfirmationNeeded as exc:
        raise ConfirmationNeeded(
            _("{why}; nothing approved (approve anyway with --force)").format(why=exc.message)
        ) from None


def _report(results: list[ApproveResult]) -> None:
    failed = []
    for result in results:
        typer.echo(_("post {id}: {status}").format(id=result.post.id, status=result.post.status))
        for line in result.done:
            err_console.print(f"  {line}", style="dim", markup=False)
        failed += [f"post {result.post.id}: {line}" for line in result.failed]
    if failed:
        raise PublishError(
            _("{what} (the post stays published; run again to retry)").format(
                what="; ".join(failed)
            )
        )


@posts_app.command(
    "approve",
    epilog=(
        "Examples:\n\n"
        "  yoten posts approve 12 13\n\n"
        "  yoten posts approve --all-clean --site-dir out/\n\n"
        "  yoten posts approve 14 --force --publish-to hatena"
    ),
)
def posts_approve(
    post_ids: Annotated[
        list[int] | None, typer.Argument(help="Post ids (see: yoten posts list --status checked).")
    ] = None,
    all_clean: Annotated[
        bool,
        typer.Option("--all-clean", help="Every checked post: in Japanese, no error finding."),
    ] = False,
    force: ForceOpt = False,
    site_dir: SiteDirOpt = None,
    publish_to: TargetsOpt = None,
    db: DbOpt = None,
) -> None:
    """Approve posts for publishing (status published), as the review page's Approve button.

    A post with an error finding, or not in Japanese, needs --force; if one
    does, none is approved. With --site-dir the blog is rebuilt there; else
    run `yoten site build DIR` afterwards.
    """
    from yoten.store import Store

    if not post_ids and not all_clean:
        raise InputError(_("name the posts to approve, or give --all-clean"))
    targets = tuple(publish_to or ())  # checked, credentials too, before anything changes
    with Store.open(make_settings(db=db).db) as store:
        service = open_service(store, db, site_dir, targets)
        ids = list(post_ids or [])
        if all_clean:
            ids += [p.id for p in service.waiting()]
        if not ids:
            err_console.print(_("no checked posts wait for approval"))
            return
        _report(_approve(service, ids, force=force))


@posts_app.command("reject", epilog='Example: yoten posts reject 14 --reason "翻訳なし"')
def posts_reject(
    post_ids: Annotated[list[int], typer.Argument(help="Post ids.")],
    reason: Annotated[
        str, typer.Option("--reason", help="Why (required; shown on the review page).")
    ],
    site_dir: SiteDirOpt = None,
    db: DbOpt = None,
) -> None:
    """Reject posts with a reason; a published one is taken off the site in --site-dir."""
    from yoten.store import Store

    with Store.open(make_settings(db=db).db) as store:
        service = open_service(store, db, site_dir, ())
        for post_id in post_ids:
            post = service.reject(post_id, reason)
            typer.echo(_("post {id}: {status}").format(id=post.id, status=post.status))


@app.command(
    "publish",
    epilog=(
        "Examples:\n\n"
        "  yoten publish 12 --to site --site-dir out/\n\n"
        "  YOTEN_HATENA_USER=me YOTEN_HATENA_BLOG_ID=me.hatenablog.com "
        "YOTEN_HATENA_API_KEY=... yoten publish 12 --to hatena --draft"
    ),
)
def publish(
    post_ids: Annotated[list[int], typer.Argument(help="Post ids (see: yoten posts list).")],
    to: Annotated[list[str], typer.Option("--to", help="site, hatena or wordpress (repeatable).")],
    site_dir: SiteDirOpt = None,
    force: ForceOpt = False,
    draft: Annotated[
        bool, typer.Option("--draft", help="Send to blog services as a draft.")
    ] = False,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", help="A tag/category (repeatable).")
    ] = None,
    db: DbOpt = None,
) -> None:
    """Approve and publish posts: to the static blog (--to site) and/or blog services.

    Publishing again updates the same remote post. Credentials come from the
    environment (YOTEN_HATENA_USER, YOTEN_HATENA_BLOG_ID, YOTEN_HATENA_API_KEY;
    YOTEN_WP_URL, YOTEN_WP_USER, YOTEN_WP_APP_PASSWORD) or the [publish.hatena] /
    [publish.wordpress] tables of yoten.toml.
    """
    from yoten.publish import TARGETS
    from yoten.store import Store

    for target in to:
        if target != SITE_TARGET_NAME and target not in TARGETS:
            raise ConfigError(
                _("unknown publish target {target!r} (choose from: {site}, {targets})").format(
                    target=target, site=SITE_TARGET_NAME, targets=", ".join(TARGETS)
                )
            )
    targets = tuple(t for t in dict.fromkeys(to) if t != SITE_TARGET_NAME)
    if SITE_TARGET_NAME in to and site_dir is None:
        raise ConfigError(
            _("--to site needs --site-dir DIR (the folder `yoten site build` writes)")
        )
    with Store.open(make_settings(db=db).db) as store:
        service = open_service(store, db, site_dir if SITE_TARGET_NAME in to else None, targets)
        results = _approve(service, post_ids, force=force, draft=draft, tags=tag or ())
    failed = []
    for result in results:
        for line in result.done:
            typer.echo(line)
        failed += result.failed
    if failed:
        raise PublishError("; ".join(failed))
