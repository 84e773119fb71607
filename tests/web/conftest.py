"""Fixtures for the review page: a real SQLite store seeded by the real pipeline, the app, a live server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.web.support import (
    DATA,
    PLANTED,
    SCRIPT_TITLE,
    LiveServer,
    Seeded,
    make_app,
    plant_in_key_points,
    seed_post,
    start_server,
    stop_server,
)
from yoten.models import Article
from yoten.store import Store


@dataclass(frozen=True)
class _Template:
    db: Path
    clean: int
    finding: int
    script: int


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> _Template:
    """The seeded database, made once per session (ingest + digest + check are the slow part)."""
    root = tmp_path_factory.mktemp("web-template")
    with pytest.MonkeyPatch.context() as mp:  # no user directory may leak into the seed
        mp.setenv("YOTEN_HOME", str(root / "home"))
        db = root / "yoten.db"
        store = Store.open(f"sqlite:///{db}")
        library = (DATA / "ja-library.html").read_text(encoding="utf-8")
        ferry = (DATA / "ja-ferry.html").read_text(encoding="utf-8")
        clean = seed_post(store, ferry)
        finding = seed_post(store, library, change=lambda d: plant_in_key_points(d, *PLANTED))

        def scripted(article: Article) -> Article:
            return article.model_copy(
                update={"title": SCRIPT_TITLE, "canonical_url": "https://umikaze-times.example/x"}
            )

        script = seed_post(
            store,
            ferry,
            article_change=scripted,
            change=lambda d: d.model_copy(update={"headline": SCRIPT_TITLE}),
        )
        store.close()
    return _Template(db, clean, finding, script)


@pytest.fixture
def seeded(_template: _Template, tmp_path: Path) -> Iterator[Seeded]:
    """A fresh copy of the seeded database for one test, and a site folder that does not exist yet."""
    db = tmp_path / "yoten.db"
    shutil.copyfile(_template.db, db)
    wal = _template.db.with_name(_template.db.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, db.with_name(db.name + "-wal"))
    store = Store.open(f"sqlite:///{db}")
    t = _template
    ids = [t.clean, t.finding, t.script]
    yield Seeded(store, t.clean, t.finding, t.script, site_dir=tmp_path / "site", ids=ids)
    store.close()


@pytest.fixture
def client(seeded: Seeded) -> Iterator[TestClient]:
    with TestClient(make_app(seeded), base_url="http://127.0.0.1:8000") as c:
        yield c


@pytest.fixture
def live(seeded: Seeded) -> Iterator[LiveServer]:
    server = start_server(make_app(seeded))
    yield server
    stop_server(server)
