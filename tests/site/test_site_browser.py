"""The built blog in Debian's headless Chromium: readable on a phone and a desktop.

Screenshots of the index and a post page at both widths go to tests/artifacts/.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.support.browser import DESKTOP, PHONE, needs_chromium, shot
from yoten.engines.extractive import ExtractiveEngine
from yoten.ingest import load_article
from yoten.pipeline import digest_article
from yoten.render.parse import parse_post
from yoten.settings import Settings
from yoten.site import ImageLibrary, SiteConfig, SitePost, build_site
from yoten.site.serve import make_server

pytestmark = needs_chromium
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ja-kyoto-tram.html"
CREDIT = "国立国会図書館デジタルコレクション「浪華百景」を加工して作成"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("blog")
    library = ImageLibrary(tmp / "lib")  # empty: the blog's own 青海波 header, no credit line

    seed = parse_post(SEED.read_text(encoding="utf-8"))
    article = load_article(str(EXAMPLE), settings=Settings())
    kyoto = digest_article(article, ExtractiveEngine()).model_copy(
        update={"posted_at": dt.datetime(2025, 4, 11, 18, 0)}
    )
    posts = [
        SitePost.make(1, seed, tags=("ロシア", "外交")),
        SitePost.make(2, kyoto, tags=("交通",)),
    ]
    build_site(
        posts,
        tmp / "out",
        SiteConfig(base_url="http://127.0.0.1/", title="世界の要点"),
        library=library,
    )

    server = make_server(tmp / "out", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("width", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_index_and_post_pages_read_well(
    browser, site: str, width: str, viewport: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context = browser.new_context(viewport=viewport, is_mobile=width == "phone")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(site + "/index.html")
    expect(page.locator("a", has_text="プーチン:北朝鮮からベトナムへ").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    shot(page, f"site-index-{width}")

    page.locator("a", has_text="プーチン:北朝鮮からベトナムへ").first.click()
    expect(page.locator("h1")).to_have_text("プーチン:北朝鮮からベトナムへ")
    expect(page.locator("time").first).to_contain_text(
        "2024年06月20日 19:29"
    )  # the blog's own time
    expect(page.get_by_text(CREDIT)).to_have_count(0)  # no credit for an image that is not there
    image = page.locator("img").first
    expect(image).to_be_visible()
    assert page.evaluate("img => img.naturalWidth", image.element_handle()) > 0
    # the four sections, in the house order
    tops = [
        page.locator("h2", has_text=m).bounding_box()["y"]
        for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】")
    ]
    assert tops == sorted(tops)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    shot(page, f"site-post-{width}")
    context.close()
    assert not errors, errors
