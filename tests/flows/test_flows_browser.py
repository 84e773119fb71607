"""The new flows in Debian's headless Chromium: the Japanese review page, a CLI approval on the site.

Feed → `yoten run` → the review page in Japanese (screenshot for the README)
→ `yoten posts approve --all-clean --site-dir` → the post on the built blog;
the English digest is rejected from the page with a reason.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest

from tests.feeds.site import Site
from tests.support.browser import DESKTOP, needs_chromium, shot
from tests.web.support import start_server, stop_server
from yoten.settings import Settings
from yoten.site.serve import make_server
from yoten.store import Store
from yoten.web import create_app

pytestmark = needs_chromium
sync_api = pytest.importorskip("playwright.sync_api", reason="needs Playwright for Python")


def test_reviewed_in_japanese_approved_from_the_cli_on_the_blog(  # type: ignore[no-untyped-def]
    browser, cli, db: str, outlet: Site, tmp_path: Path
) -> None:
    expect = sync_api.expect
    out = tmp_path / "blog"
    cli("feeds", "add", outlet.url("/rss.xml"), "--name", "Mixed", "--db", db)
    ran: list[int] = []  # Playwright's loop runs in this thread: `yoten run` gets its own
    runner = threading.Thread(target=lambda: ran.append(cli("run", "--db", db).code))
    runner.start()
    runner.join(timeout=120)
    assert ran == [0]
    posts = {
        ("ja" if "/ja/" in p["url"] else "en"): p["id"]
        for p in json.loads(cli("posts", "list", "--json", "--db", db).out)
    }
    errors: list[str] = []

    store = Store.open(db)
    live = start_server(create_app(store=store, settings=Settings(language="ja"), site_dir=out))
    try:
        page = browser.new_context(viewport=DESKTOP).new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(live.url + "/")
        expect(page.locator("html")).to_have_attribute("lang", "ja")
        expect(page.locator("h1")).to_have_text("ダイジェスト")
        expect(page.locator(".tabs")).to_contain_text("未翻訳")
        expect(page.locator(".tabs")).to_contain_text("確認済み")

        page.click(f'a[href="/posts/{posts["ja"]}"]')
        expect(page.locator(".status-line .badge")).to_have_text("確認済み")
        expect(page.get_by_role("button", name="承認して公開")).to_be_visible()
        expect(page.locator(".article-col h2")).to_have_text("元記事")
        shot(page, "review-page-ja-desktop")

        # the English digest: marked untranslated, needs an explicit yes; rejected here
        page.goto(f"{live.url}/posts/{posts['en']}")
        expect(page.locator(".status-line .badge")).to_have_text("未翻訳")
        expect(page.locator("label.confirm")).to_contain_text("日本語ではありません")
        expect(page.locator(".sec-body").first).to_have_attribute("lang", "en")
        page.locator("details.reject summary").click()
        page.fill("#reason", "翻訳なし")
        page.get_by_role("button", name="却下", exact=True).click()
        expect(page.locator(".flash")).to_have_text("却下しました。")
        expect(page.locator(".status-line .badge")).to_have_text("却下")
    finally:
        stop_server(live)
        store.close()

    # approved from the CLI, the Japanese digest is on the blog
    approved = cli("posts", "approve", "--all-clean", "--site-dir", str(out), "--db", db)
    assert approved.code == 0 and approved.out == f"post {posts['ja']}: published\n"
    server = make_server(out, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        page = browser.new_context(viewport=DESKTOP).new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html")
        link = page.locator("a", has_text="京都市、路面電車を半世紀ぶり復活へ").first
        expect(link).to_be_visible()
        expect(page.locator("a", has_text=re.compile("Ferries"))).to_have_count(0)  # rejected
        link.click()
        expect(page.locator("h1")).to_have_text(re.compile("京都市、路面電車を半世紀ぶり復活へ"))
        image = page.locator("figure.banner img")
        expect(image).to_be_visible()
        assert page.evaluate("img => img.naturalWidth", image.element_handle()) == 1200
        expect(page.locator("figcaption")).to_have_count(0)  # the drawn pattern carries no credit
    finally:
        server.shutdown()
        server.server_close()
    assert not errors, errors
