"""One service for article → digest → check → status: the same findings on every path.

The user glossary (``yoten glossary add``) used to be honoured by ``yoten
check`` and ``yoten digest`` only; ``yoten run`` and the review page read
``settings.glossary`` alone and missed it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DATA, SEED
from yoten.engines.extractive import ExtractiveEngine
from yoten.ingest import load_article
from yoten.render.parse import parse_post
from yoten.run.article import check_and_store
from yoten.service.posts import PostService
from yoten.settings import load_settings
from yoten.store import Store

SOURCE = DATA / "check" / "seed-source.html"


def _spans(findings: list[dict[str, object]] | list[object]) -> set[tuple[str, str]]:
    out = set()
    for f in findings:
        d = f if isinstance(f, dict) else f.model_dump()  # type: ignore[attr-defined]
        out.add((str(d["kind"]), str(d["span"])))
    return out


@pytest.mark.slow
def test_the_user_glossary_gives_the_same_findings_on_every_path(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("glossary", "add", "To Lam", "トー・ラム").code == 0
    checked = json.loads(cli("check", str(SEED), "-s", str(SOURCE), "--json").out)
    by_check = _spans(checked["findings"])
    assert ("glossary", "ト・ラム") in by_check

    settings = load_settings({"db": f"sqlite:///{tmp_path / 'g.db'}"})
    assert settings.glossary is None  # only the user glossary, as a user who ran `glossary add`
    article = load_article(str(SOURCE), settings=settings)
    digest = parse_post(SEED.read_text(encoding="utf-8"))
    with Store.open(settings.db) as store:
        url = article.canonical_url or "https://news.example/putin"
        source, _ = store.add_source(url, url, origin="test")
        article_id = store.save_article(source.id, article)
        # the run path (asyncio runner and task-queue workers both store through this)
        outcome = check_and_store(
            source,
            article_id,
            article,
            digest,
            store=store,
            engine=ExtractiveEngine(),
            settings=settings,
        )
        assert outcome.post_id is not None
        stored = store.get_post(outcome.post_id)
        assert stored.report is not None
        assert _spans(stored.report.findings) == by_check
        assert stored.status == ("checked" if checked["ok"] else "failed")
        # the review page's edit path
        service = PostService(store=store, settings=settings)
        edited = service.save_text(stored.id, SEED.read_text(encoding="utf-8"))
        assert edited.report is not None
        assert _spans(edited.report.findings) == by_check
