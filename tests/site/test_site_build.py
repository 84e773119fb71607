"""The static blog: valid HTML, feed, sitemap, escaping, incremental and atomic builds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import feedparser
import html5lib
import pytest

from tests.site.digest_factory import make_digest, make_post, make_posts
from tests.site.test_site_images import make_jpeg, make_png
from yoten.errors import InputError, PublishError
from yoten.models import Digest, SourceRef
from yoten.site import MANIFEST_NAME, ImageLibrary, SiteConfig, SitePost, build_site

XSS = "<script>alert(1)</script>"


def config(tmp_path: Path, **kwargs: object) -> SiteConfig:
    return SiteConfig(images_dir=tmp_path / "lib", base_url="https://blog.example.jp/", **kwargs)  # type: ignore[arg-type]


def html_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def snapshot(root: Path) -> dict[str, tuple[int, int, bytes]]:
    """path → (inode, mtime_ns, content) of every file."""
    return {
        str(p.relative_to(root)): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in root.rglob("*")
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("site50")
    lib = ImageLibrary(tmp / "lib")
    lib.add(
        [
            make_jpeg(tmp / "a.jpg"),
            make_png(tmp / "b.png"),
            make_png(tmp / "c.png", color=(9, 9, 9)),
        ],
        "浪華百景を加工して作成",
    )
    build_site(make_posts(50), tmp / "out", config(tmp, feed_limit=15, per_page=10))
    return tmp / "out"


@pytest.mark.slow
def test_every_page_is_valid_html(built: Path) -> None:
    pages = html_files(built)
    # 50 posts + 5 index pages + tags + outlets + months + archive index
    assert len([p for p in pages if p.parts[-2] == "posts"]) == 50
    assert (built / "page/5.html").is_file() and not (built / "page/6.html").exists()
    for page in pages:
        parser = html5lib.HTMLParser(strict=True)
        parser.parse(page.read_bytes())  # raises on any parse error
        text = page.read_text(encoding="utf-8")
        assert '<html lang="ja">' in text
        assert "<script" not in text


def test_post_page_has_the_house_format(built: Path) -> None:
    page = (built / "posts/2024-01-04-1.html").read_text(encoding="utf-8")
    order = [
        "記事1:首脳会談から経済協定へ",
        "2024年01月04日 19:00",
        "浪華百景を加工して作成",
        "【概要】",
        "主なハイライト",
        "防衛協定</strong>:",
        "文脈",
        "【詳細】",
        "1.協定の内容",
        "2.国際的な反応",
        "【要点】",
        "【引用・参照・底本】",
        "Leaders sign pact number 1",
        'href="https://news.example.com/world/1-leaders-sign-pact"',
    ]
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert "<picture>" in page and 'type="image/webp"' in page
    banners = {p.name for p in (built / "images").iterdir()}
    assert any(name.endswith(".webp") for name in banners) and any(
        name.endswith(".jpg") for name in banners
    )
    assert page.count('class="term"') == 3  # outlet + two tags


def test_stylesheet_typography(built: Path) -> None:
    css = (built / "style.css").read_text(encoding="utf-8")
    assert "line-height: 1.8" in css
    assert '"Hiragino Kaku Gothic ProN"' in css and '"Noto Sans JP"' in css and '"Yu Gothic"' in css
    assert "@media" in css and "http" not in css  # responsive, no external resources


def test_feed_has_configured_entries_full_content(built: Path) -> None:
    feed = feedparser.parse((built / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == 15
    assert feed.entries[0].title == "記事50:首脳会談から経済協定へ"  # newest first
    assert feed.entries[0].link == "https://blog.example.jp/posts/2024-05-30-50.html"
    content = feed.entries[0].content[0].value
    assert (
        "【詳細】" in content
        and "【要点】" in content
        and "https://blog.example.jp/images/" in content
    )


def test_sitemap_lists_every_post(built: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring((built / "sitemap.xml").read_bytes())
    locs = [e.text or "" for e in root.findall("s:url/s:loc", ns)]
    assert sum("/posts/" in loc for loc in locs) == 50
    assert all(loc.startswith("https://blog.example.jp/") for loc in locs)
    assert len(locs) == len(set(locs))


def test_tag_outlet_and_month_pages(built: Path) -> None:
    tag_page = (built / "tags/ロシア.html").read_text(encoding="utf-8")
    assert "タグ: ロシア" in tag_page and tag_page.count("<li>") == 20
    assert (built / "tags/energy-climate.html").is_file()
    assert (built / "outlets/france24.html").is_file()
    month = (built / "archive/2024-01.html").read_text(encoding="utf-8")
    assert "2024年01月" in month
    archive = (built / "archive.html").read_text(encoding="utf-8")
    assert 'href="tags/%E3%83%AD%E3%82%B7%E3%82%A2.html"' in archive


@pytest.mark.slow
def test_article_text_is_always_escaped(tmp_path: Path) -> None:
    evil = make_digest(
        1, headline=f"見出し{XSS}", lead=f'導入 <img src=x onerror="alert(2)"> {XSS}'
    )
    evil = evil.model_copy(
        update={
            "image_credit": XSS,
            "sources": [SourceRef(title=XSS, outlet="<b>Outlet</b>", url="javascript:alert(3)")],
        }
    )
    posts = [SitePost.make("evil", evil, tags=[XSS, "普通"]), *make_posts(3)]
    out = tmp_path / "out"
    build_site(posts, out, config(tmp_path))
    texts = {
        p: p.read_text(encoding="utf-8") for p in out.rglob("*") if p.suffix in (".html", ".xml")
    }
    for path, text in texts.items():
        assert XSS not in text, path
        assert "<img src=x" not in text and "<b>Outlet" not in text, path
        assert 'href="javascript:' not in text, path
    page = (out / "posts/2024-01-04-evil.html").read_text(encoding="utf-8")
    assert "見出し&lt;script&gt;alert(1)&lt;/script&gt;" in page
    html5lib.HTMLParser(strict=True).parse(page)
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo
    evil_entry = next(e for e in feed.entries if e.title.startswith("見出し"))
    assert evil_entry.title == f"見出し{XSS}"  # the title survives as text
    assert "<script" not in evil_entry.content[0].value


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("a\x01b\x1fc", "abc"),  # C0: escaped in the digest's JSON
        ("a\x08b\x0cc", "abc"),  # backspace and form feed: escaped as \b and \f
        ("a\\bc\\f", "a\\bc\\f"),  # a backslash before b or f: kept
        ("a\x7fb", "ab"),
        ("a\x85b\x9fc", "abc"),  # C1: raw in the JSON
        ("a\ufffeb\uffffc", "abc"),
        ("タブ\tと改行\nと°é：\ufffd\U0001f600", "タブ\tと改行\nと°é：\ufffd\U0001f600"),
    ],
)
def test_clean_digest_removes_exactly_the_control_characters(raw: str, kept: str) -> None:
    from yoten.site.render import clean_data, clean_digest

    digest = make_digest(3, headline=f"見出し{raw}")
    cleaned, _json = clean_digest(digest)
    assert cleaned.headline == f"見出し{kept}"
    assert (cleaned is digest) == (raw == kept)  # a clean digest is not copied
    # the same before validation, on the digest's JSON as the store keeps it
    data = json.loads(digest.model_dump_json())
    from_data = clean_data(data)
    assert (from_data is data) == (raw == kept)
    assert Digest.model_validate(from_data) == cleaned


@pytest.mark.slow
def test_control_characters_do_not_break_pages_or_feed(tmp_path: Path) -> None:
    digest = make_digest(2, headline="制御\x00文字\x1bの見出し", lead="本文\x0bです")
    build_site([SitePost.make(2, digest)], tmp_path / "out", config(tmp_path))
    page = (tmp_path / "out/posts/2024-01-07-2.html").read_bytes()
    html5lib.HTMLParser(strict=True).parse(page)
    assert "制御文字の見出し" in page.decode()
    assert not feedparser.parse((tmp_path / "out/feed.xml").read_bytes()).bozo


@pytest.mark.slow
def test_incremental_rebuild_rewrites_only_what_changed(tmp_path: Path) -> None:
    lib = ImageLibrary(tmp_path / "lib")
    lib.add([make_png(tmp_path / "a.png"), make_png(tmp_path / "b.png", color=(1, 2, 3))], "credit")
    cfg = config(tmp_path, feed_limit=10, per_page=10)
    out = tmp_path / "out"
    posts = make_posts(50)
    first = build_site(posts, out, cfg)
    assert first.reused == [] and len(first.written) > 60
    before = snapshot(out)

    same = build_site(make_posts(50), out, cfg)
    assert same.written == []
    assert {k: v[:2] for k, v in snapshot(out).items() if k != MANIFEST_NAME} == {
        k: v[:2] for k, v in before.items() if k != MANIFEST_NAME
    }

    # Post 25 sits on index page 3 (newest first) and outside the 10-entry feed.
    posts[24] = make_post(25, lead="書き換えた導入文。")
    changed = build_site(posts, out, cfg)
    target = f"posts/{posts[24].slug}.html"
    assert sorted(changed.written) == sorted([target, "page/3.html"])
    after = snapshot(out)
    assert "書き換えた導入文" in (out / target).read_text(encoding="utf-8")
    for rel, (ino, mtime, _) in before.items():
        if rel not in changed.written and rel != MANIFEST_NAME:
            assert after[rel][:2] == (ino, mtime), rel

    # A new post: its page, its older neighbour (next link), listings, feed, sitemap.
    posts.append(make_post(51))
    added = build_site(posts, out, cfg)
    assert f"posts/{posts[-1].slug}.html" in added.written
    assert f"posts/{posts[-2].slug}.html" in added.written
    assert {"index.html", "feed.xml", "sitemap.xml", "archive.html"} <= set(added.written)
    assert f"posts/{posts[10].slug}.html" in added.reused
    assert not any(p.startswith("images/") for p in added.written)


@pytest.mark.slow
def test_an_edit_renders_only_the_pages_that_show_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listings, the feed and the sitemap are keyed by what they show of a post: an edit
    of a post's lead renders its own page and its index page, and no list page, no
    archive, no sitemap (the pages that list it show its headline and date only)."""
    import yoten.site.pages as pages
    import yoten.site.sitemap as sitemap

    cfg = config(tmp_path, feed_limit=5, per_page=10)
    out = tmp_path / "out"
    posts = make_posts(40)
    build_site(posts, out, cfg)
    rendered: list[str] = []
    real_render, real_post, real_sitemap = pages.render_page, pages.post_page, sitemap.build_sitemap

    def render_page(template: str, **values: object) -> str:
        rendered.append(template)
        return real_render(template, **values)

    def post_page(**values: Any) -> str:
        rendered.append("post.html")
        return real_post(**values)

    def build_sitemap(*args: object) -> bytes:
        rendered.append("sitemap")
        return real_sitemap(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "render_page", render_page)
    monkeypatch.setattr(pages, "post_page", post_page)
    monkeypatch.setattr(pages, "build_sitemap", build_sitemap)
    posts[19] = make_post(20, lead="書き換えた導入文。")  # index page 3, not in the feed
    changed = build_site(posts, out, cfg)
    assert sorted(changed.written) == sorted([f"posts/{posts[19].slug}.html", "page/3.html"])
    assert sorted(rendered) == ["index.html", "post.html"]

    rendered.clear()
    posts[19] = make_post(20, headline="見出しを変えた記事", lead="書き換えた導入文。")
    retitled = build_site(posts, out, cfg)
    # the headline shows on its tag, outlet and month pages and on its neighbours' pages
    assert "sitemap" not in rendered and "archive.html" not in rendered
    assert rendered.count("list.html") == len(
        [p for p in retitled.written if p.startswith(("tags/", "outlets/", "archive/"))]
    )
    assert rendered.count("list.html") >= 3
    assert rendered.count("post.html") == 3


@pytest.mark.slow
def test_failed_build_keeps_the_previous_site(tmp_path: Path) -> None:
    out = tmp_path / "out"
    posts = make_posts(5)
    build_site(posts, out, config(tmp_path))
    before = snapshot(out)
    # A damaged post (as from a corrupt database row): its page cannot be rendered.
    broken = Digest.model_construct(
        headline="壊れた記事", overview=None, details=None, key_points=[], sources=[]
    )
    bad = [
        *make_posts(4),
        SitePost.make("broken", broken, published=dt.datetime(2024, 3, 1, tzinfo=dt.UTC)),
    ]
    with pytest.raises(PublishError, match="cannot render post broken"):
        build_site(bad, out, config(tmp_path))
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temp folders left behind


def test_missing_library_file_fails_cleanly(tmp_path: Path) -> None:
    lib = ImageLibrary(tmp_path / "lib")
    entry = lib.add([make_png(tmp_path / "a.png")], "credit")[0]
    out = tmp_path / "out"
    build_site(make_posts(2), out, config(tmp_path))
    before = snapshot(out)
    lib.path_of(entry).unlink()
    # a changed tone forces the banner to be made again from the (now missing) file
    with pytest.raises(PublishError, match="missing from the library"):
        build_site(make_posts(2), out, config(tmp_path, image_tone="sepia"))
    assert snapshot(out) == before


def test_refuses_a_folder_it_did_not_build(tmp_path: Path) -> None:
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.txt").write_text("do not delete", encoding="utf-8")
    with pytest.raises(InputError, match="not built by yoten"):
        build_site(make_posts(1), out, config(tmp_path))
    assert (out / "thesis.txt").read_text(encoding="utf-8") == "do not delete"


def test_bad_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="http"):
        SiteConfig(base_url="file:///etc/")
    with pytest.raises(InputError, match="slug"):
        SitePost("1", "../etc", make_digest(1), dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    with pytest.raises(InputError, match="two posts"):
        build_site([make_post(1), make_post(1)], tmp_path / "out", config(tmp_path))


def test_empty_site_is_valid(tmp_path: Path) -> None:
    build_site([], tmp_path / "out", config(tmp_path))
    page = (tmp_path / "out/index.html").read_bytes()
    html5lib.HTMLParser(strict=True).parse(page)
    assert "まだ記事がありません" in page.decode()
    assert not feedparser.parse((tmp_path / "out/feed.xml").read_bytes()).bozo
