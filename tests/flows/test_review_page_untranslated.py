"""The review page applies the service's rule to a digest not in Japanese: an explicit yes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.feeds.site import Site
from tests.web.support import csrf_of
from yoten.settings import Settings
from yoten.store import Store
from yoten.web import create_app


@pytest.mark.slow
def test_an_untranslated_digest_needs_the_tick_box(
    cli, db: str, outlet: Site, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    cli("feeds", "add", outlet.url("/rss.xml"), "--name", "Mixed", "--db", db)
    cli("run", "--db", db)
    listed = json.loads(cli("posts", "list", "--status", "untranslated", "--json", "--db", db).out)
    [english] = [p["id"] for p in listed]
    with Store.open(db) as store:
        app = create_app(store=store, settings=Settings(), site_dir=tmp_path / "site")
        with TestClient(app, base_url="http://127.0.0.1:8000") as client:
            page = client.get(f"/posts/{english}").text
            assert "approve anyway: post" in page and "is not in Japanese" in page
            refused = client.post(f"/posts/{english}/approve", data={"csrf_token": csrf_of(page)})
            assert refused.status_code == 400
            assert "is not in Japanese: tick the box to approve anyway." in refused.text
            assert store.get_post(english).status == "untranslated"
            done = client.post(
                f"/posts/{english}/approve", data={"csrf_token": csrf_of(page), "confirm": "yes"}
            )
            assert done.status_code == 200 and "Approved and published" in done.text
            assert store.get_post(english).status == "published"
    pages = list((tmp_path / "site" / "posts").glob("*.html"))
    assert len(pages) == 1 and '<article class="post" lang="en">' in pages[0].read_text(
        encoding="utf-8"
    )
