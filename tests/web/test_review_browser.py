"""End to end in Debian's headless Chromium (Playwright, system browser, no download).

Open the list, open a digest, see the planted finding highlighted, edit the
bullet in 要点, save, see the re-check, approve, and find the post in the
built site. Screenshots at phone and desktop widths go to tests/artifacts/.
"""

from __future__ import annotations

import re

import pytest

from tests.support.browser import DESKTOP, PHONE, needs_chromium, shot
from tests.web.support import PLANTED, LiveServer, Seeded, site_post_pages

pytestmark = needs_chromium
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs Playwright for Python (pip install playwright)"
)


def test_review_flow_in_chromium(browser, live: LiveServer, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    expect = sync_api.expect
    errors: list[str] = []

    # phone-width screenshots of the list and of the review page
    phone = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True)
    page = phone.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(live.url + "/")
    expect(page.locator(f'a[href="/posts/{seeded.finding}"]')).to_be_visible()
    shot(page, "review-list-phone")
    page.goto(f"{live.url}/posts/{seeded.finding}")
    expect(page.locator("mark.finding.sev-error").first).to_be_visible()
    # stacked on a phone: the article column starts below the digest column
    digest_box = page.locator(".digest-col").bounding_box()
    article_box = page.locator(".article-col").bounding_box()
    assert article_box["y"] >= digest_box["y"] + digest_box["height"] - 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(page, "review-page-phone")
    phone.close()

    # desktop: the whole flow
    desktop = browser.new_context(viewport=DESKTOP)
    page = desktop.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(live.url + "/")
    expect(page.locator(".tabs")).to_contain_text("failed")
    shot(page, "review-list-desktop")

    page.click(f'a[href="/posts/{seeded.finding}"]')
    expect(page).to_have_url(re.compile(rf"/posts/{seeded.finding}$"))
    planted = page.locator("mark.finding", has_text=PLANTED[1]).first
    expect(planted).to_be_visible()
    expect(planted).to_have_class(re.compile("sev-error"))
    assert planted.get_attribute("title")
    # two columns on a desktop: the source article stands beside the digest
    digest_box = page.locator(".digest-col").bounding_box()
    article_box = page.locator(".article-col").bounding_box()
    assert article_box["x"] > digest_box["x"] + digest_box["width"] - 1
    expect(page.locator(".article-col")).to_contain_text("松本市の新中央図書館")
    shot(page, "review-page-desktop")

    # edit the bullet in 要点 and save
    section = page.locator("#sec-key_points")
    section.locator("summary").click()
    box = section.locator("textarea")
    expect(box).to_be_visible()
    text = box.input_value()
    assert PLANTED[1] in text
    box.fill(text.replace(PLANTED[1], PLANTED[0]))
    section.get_by_role("button", name="Save & re-check").click()
    expect(page.locator(".flash")).to_contain_text("Saved and re-checked")
    expect(page.locator("mark.finding", has_text=PLANTED[1])).to_have_count(0)
    expect(page.locator("#sec-key_points")).to_contain_text(PLANTED[0])
    shot(page, "review-page-after-edit-desktop")

    # approve → published and in the site
    confirm = page.locator('input[name="confirm"]')
    if confirm.count():
        confirm.check()
    page.get_by_role("button", name="Approve & publish").click()
    expect(page.locator(".flash")).to_contain_text("Approved and published")
    expect(page.locator(".status-line .badge")).to_have_text("published")
    desktop.close()

    post = seeded.store.get_post(seeded.finding)
    assert post.status == "published"
    pages = site_post_pages(seeded.site_dir)
    assert len(pages) == 1
    built = pages[0].read_text(encoding="utf-8")
    assert post.digest.headline in built
    assert PLANTED[0] in built and PLANTED[1] not in built
    assert not errors, errors  # no CSP violations or script errors in the console
