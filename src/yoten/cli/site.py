"""images, site, publish: header images, the static blog and blog services."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from yoten.cli.app import app
from yoten.cli.common import err_console, terminal_safe
from yoten.i18n import gettext as _

if TYPE_CHECKING:
    from yoten.store import Store

images_app = typer.Typer(
    help="The header image library (images you own or that are public domain, each with its credit line).",
    no_args_is_help=True,
)
site_app = typer.Typer(
    help="The static blog: build it from the store, preview it.", no_args_is_help=True
)
app.add_typer(images_app, name="images")
app.add_typer(site_app, name="site")

DbOpt = Annotated[
    str | None, typer.Option("--db", help="SQLAlchemy URL of the store [env: YOTEN_DB]")
]


def _waiting(store: Store | None, db: str | None) -> list[int]:
    """The ids of the checked posts that wait for approval (:func:`waiting_posts`), from
    ``store`` or else the store ``db`` opened with SQLAlchemy."""
    from yoten.service.posts import waiting_posts

    if store is not None:
        return [post.id for post in waiting_posts(store)]
    with _open_store(db) as opened:
        return [post.id for post in waiting_posts(opened)]


def _open_store(db: str | None) -> Store:
    from yoten.settings import load_settings
    from yoten.store import Store

    return Store.open(load_settings({"db": db}).db)


@images_app.command(
    "add",
    epilog="Example: yoten images add ~/prints/*.jpg --credit '国立国会図書館デジタルコレクション「浪華百景」を加工して作成'",
)
def images_add(
    files: Annotated[
        list[Path], typer.Argument(help="Image files (JPEG, PNG, WebP, GIF, TIFF, BMP).")
    ],
    credit: Annotated[
        str, typer.Option("--credit", help="Credit line printed under the headline.")
    ],
) -> None:
    """Add images with their credit line; if one file is bad, none is added."""
    from yoten.site.images import ImageLibrary

    library = ImageLibrary()
    added = library.add(files, credit)
    for entry in added:
        typer.echo(
            terminal_safe(f"{entry.id}  {entry.width}x{entry.height}  {entry.original_name}")
        )
    skipped = len(files) - len(added)
    err_console.print(
        _("added {n} image(s) to {folder}").format(n=len(added), folder=library.root)
        + (_(", {n} already there").format(n=skipped) if skipped else ""),
        style="dim",
        markup=False,
    )


@images_app.command("list", epilog="Example: yoten images list")
def images_list() -> None:
    """List the images: id, size, original file name and credit line."""
    from yoten.site.images import ImageLibrary

    entries = ImageLibrary().entries()
    for entry in entries:
        typer.echo(
            terminal_safe(
                f"{entry.id}  {entry.width}x{entry.height}  {entry.original_name}  {entry.credit}"
            )
        )
    if not entries:
        err_console.print(
            _("no images yet (add some with: yoten images add FILES --credit TEXT)"),
            style="dim",
            markup=False,
        )


@images_app.command("remove", epilog="Example: yoten images remove 3f2a9c")
def images_remove(
    image_id: Annotated[str, typer.Argument(help="Image id (a unique prefix is enough).")],
) -> None:
    """Remove one image from the library."""
    from yoten.site.images import ImageLibrary

    entry = ImageLibrary().remove(image_id)
    typer.echo(terminal_safe(f"removed {entry.id} ({entry.original_name})"))


@site_app.command(
    "build",
    epilog="Example: yoten site build out/ --base-url https://blog.example.jp/",
)
def site_build(
    out: Annotated[Path, typer.Argument(help="Folder of the site (created or rebuilt in place).")],
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="Public URL of the site, for the feed and sitemap."),
    ] = None,
    db: DbOpt = None,
    title: Annotated[str | None, typer.Option("--title", help="Site title.")] = None,
    per_page: Annotated[
        int | None, typer.Option("--per-page", help="Posts per index page (default 10).")
    ] = None,
    feed_limit: Annotated[
        int | None, typer.Option("--feed-limit", help="Entries in the Atom feed (default 20).")
    ] = None,
    tone: Annotated[
        str | None, typer.Option("--tone", help="Header image tone: none, sepia or soft.")
    ] = None,
) -> None:
    """Build the blog from the store's published posts: index, posts, tags, archive, feed, sitemap.

    Defaults come from the [site] table of yoten.toml (base-url, title, description,
    author, per-page, feed-limit, timezone, image-tone …); flags win.
    """
    from yoten.settings import load_settings
    from yoten.site.from_store import build_from_store
    from yoten.site.model import site_config
    from yoten.store.direct import open_direct

    config = site_config(
        base_url=base_url, title=title, per_page=per_page, feed_limit=feed_limit, image_tone=tone
    )
    # a SQLite store at the current schema is read without SQLAlchemy (most of an
    # incremental build was importing it); any other goes through the Store
    direct = open_direct(load_settings({"db": db}).db)
    full = _open_store(db) if direct is None else None
    store = direct or full
    assert store is not None
    try:
        result = build_from_store(store, out, config)
        held = sum(store.count_posts(s) for s in ("failed", "untranslated"))
        waiting = _waiting(full, db) if store.count_posts("checked") else []
    finally:
        store.close()
    typer.echo(
        _("built {n} post(s) in {out}: {written} file(s) written, {reused} unchanged").format(
            n=result.posts, out=result.out, written=len(result.written), reused=len(result.reused)
        )
    )
    if waiting:
        ids = " ".join(map(str, waiting))
        typer.echo(
            _(
                "{n} checked post(s) wait for approval: "
                "yoten posts approve {ids} (or --all-clean), or yoten review"
            ).format(n=len(waiting), ids=ids)
        )
    if held:
        typer.echo(
            _("{n} post(s) failed the check or are not in Japanese: yoten review").format(n=held)
        )


@site_app.command("serve", epilog="Example: yoten site serve out/ --port 8080")
def site_serve(
    out: Annotated[Path, typer.Argument(help="A folder built by `yoten site build`.")],
    port: Annotated[int, typer.Option("--port", help="Port (0 picks a free one).")] = 8080,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
) -> None:
    """Preview a built site over HTTP (Ctrl-C stops)."""
    from yoten.site import make_server

    server = make_server(out, host=host, port=port)
    err_console.print(
        _("serving {folder} on http://{host}:{port}/ (Ctrl-C stops)").format(
            folder=out, host=host, port=server.server_address[1]
        ),
        markup=False,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
