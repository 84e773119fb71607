"""A blog with no image library gets a drawn 青海波 header and no credit line; a credit only with its image."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import SEED
from tests.site.test_site_images import make_jpeg
from yoten.render.parse import parse_post
from yoten.site import ImageLibrary, SiteConfig, SitePost, build_site
from yoten.site.pattern import draw_seigaiha

CREDIT = "国立国会図書館デジタルコレクション「浪華百景」を加工して作成"


def _build(tmp_path: Path, library: ImageLibrary) -> str:
    seed = parse_post(SEED.read_text(encoding="utf-8"))
    assert seed.image_credit == CREDIT  # the seed post names a print it does not ship
    post = SitePost.make(1, seed)
    out = tmp_path / "out"
    build_site([post], out, SiteConfig(base_url="https://blog.example.jp/"), library=library)
    return (out / post.path).read_text(encoding="utf-8")


def test_the_drawn_pattern_is_a_pattern() -> None:
    im = draw_seigaiha(600, 200)
    assert im.size == (600, 200)
    colours = im.getcolors(maxcolors=100_000)
    assert colours is not None and len(colours) > 20  # arcs, antialiased: not a flat rectangle
    ink = sum(n for n, c in colours if isinstance(c, tuple) and sum(c) < 650)
    assert 0.1 < ink / (600 * 200) < 0.6


@pytest.mark.slow
def test_no_library_gives_the_pattern_and_no_credit(tmp_path: Path) -> None:
    page = _build(tmp_path, ImageLibrary(tmp_path / "empty"))
    assert 'src="../images/seigaiha-1-1200x400.jpg"' in page
    assert CREDIT not in page and "figcaption" not in page and 'class="credit"' not in page
    jpeg = tmp_path / "out" / "images" / "seigaiha-1-1200x400.jpg"
    with Image.open(jpeg) as im:
        assert im.size == (1200, 400)
    feed = (tmp_path / "out" / "feed.xml").read_text(encoding="utf-8")
    assert "seigaiha-1-1200x400.jpg" in feed and CREDIT not in feed


def test_a_library_image_carries_its_own_credit(tmp_path: Path) -> None:
    library = ImageLibrary(tmp_path / "lib")
    library.add([make_jpeg(tmp_path / "print.jpg")], "自作の写真")
    page = _build(tmp_path, library)
    assert '<figcaption class="credit">自作の写真</figcaption>' in page
    assert "seigaiha" not in page and CREDIT not in page
