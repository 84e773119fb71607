"""Opening a database already at the newest revision does not load Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from yoten.store import Store
from yoten.store.migrate import head_revision, packaged_head

PROBE = "import sys; from yoten.store import Store; Store.open(sys.argv[1]).close(); print('alembic' in sys.modules)"


def test_packaged_head_matches_alembic() -> None:
    assert packaged_head() == head_revision()


@pytest.mark.slow
def test_second_open_skips_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'yoten.db'}"
    first = subprocess.run(
        [sys.executable, "-c", PROBE, url], capture_output=True, text=True, check=True
    )
    assert first.stdout.strip() == "True"  # a new database is migrated by Alembic
    again = subprocess.run(
        [sys.executable, "-c", PROBE, url], capture_output=True, text=True, check=True
    )
    assert again.stdout.strip() == "False"
    with Store.open(url) as store:
        assert store.list_feeds() == []  # and the schema is there
