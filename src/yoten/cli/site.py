"""images, site, publish: header images, the static blog and blog services."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from yoten.cli.app import app
from yoten.cli.common import err_console
from yoten.errors import ConfigError

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
        typer.echo(f"{entry.id}  {entry.width}x{entry.height}  {entry.original_name}")
    skipped = len(files) - len(added)
    err_console.print(
        f"added {len(added)} image(s) to {library.root}"
        + (f", {skipped} already there" if skipped else ""),
        style="dim",
    )


@images_app.command("list", epilog="Example: yoten images list")
def images_list() -> None:
    """List the images: id, size, original file name and credit line."""
    from yoten.site.images import ImageLibrary

    entries = ImageLibrary().entries()
    for entry in entries:
        typer.echo(
            f"{entry.id}  {entry.width}x{entry.height}  {entry.original_name}  {entry.credit}"
        )
    if not entries:
        err_console.print(
            "no images yet (add some with: yoten images add FILES --credit TEXT)", style="dim"
        )


@images_app.command("remove", epilog="Example: yoten images remove 3f2a9c")
def images_remove(
    image_id: Annotated[str, typer.Argument(help="Image id (a unique prefix is enough).")],
) -> None:
    """Remove one image from the library."""
    from yoten.site.images import ImageLibrary

    entry = ImageLibrary().remove(image_id)
    typer.echo(f"removed {entry.id} ({entry.original_name})")


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
    from yoten.site.from_store import build_from_store
    from yoten.site.model import site_config

    config = site_config(
        base_url=base_url, title=title, per_page=per_page, feed_limit=feed_limit, image_tone=tone
    )
    store = _open_store(db)
    try:
        result = build_from_store(store, out, config)
    finally:
        store.close()
    typer.echo(
        f"built {result.posts} post(s) in {result.out}: "
        f"{len(result.written)} file(s) written, {len(result.reused)} unchanged"
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
    err_console.print(f"serving {out} on http://{host}:{server.server_address[1]}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command(
    "publish",
    epilog=(
        "Example: YOTEN_HATENA_USER=me YOTEN_HATENA_BLOG_ID=me.hatenablog.com "
        "YOTEN_HATENA_API_KEY=... yoten publish 12 --to hatena --draft"
    ),
)
def publish(
    post_id: Annotated[int, typer.Argument(help="Post id (see: yoten posts list).")],
    to: Annotated[str, typer.Option("--to", help="hatena or wordpress.")],
    draft: Annotated[
        bool, typer.Option("--draft", help="Send as a draft instead of publishing.")
    ] = False,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", help="A tag/category (repeatable).")
    ] = None,
    db: DbOpt = None,
) -> None:
    """Publish a post to a blog service; publishing again updates the same remote post.

    Credentials come from the environment (YOTEN_HATENA_USER, YOTEN_HATENA_BLOG_ID,
    YOTEN_HATENA_API_KEY; YOTEN_WP_URL, YOTEN_WP_USER, YOTEN_WP_APP_PASSWORD) or the
    [publish.hatena] / [publish.wordpress] tables of yoten.toml.
    """
    from yoten.publish import TARGETS, publish_digest, publisher_for
    from yoten.settings import load_settings

    if to not in TARGETS:
        raise ConfigError(f"unknown publish target {to!r} (choose from: {', '.join(TARGETS)})")
    settings = load_settings({"db": db})
    publisher = publisher_for(to, timeout=settings.timeout)
    store = _open_store(db)
    try:
        post = store.get_post(post_id)
        result = publish_digest(post.id, post.digest, publisher, store, tags=tag or (), draft=draft)
    finally:
        publisher.close()
        store.close()
    verb = "created" if result.created else "updated"
    state = "draft" if result.draft else "published"
    typer.echo(
        f"{to}: {verb} {state} post {result.remote_id}" + (f" {result.url}" if result.url else "")
    )
