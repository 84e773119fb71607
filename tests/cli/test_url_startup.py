"""`yoten url` loads what canonicalising a URL needs, not the HTTP client, the extractor or Pydantic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = (
    "import sys\n"
    "from yoten.cli.app import main\n"
    "code = main(['url', sys.argv[1]])\n"
    "heavy = ('httpx', 'charset_normalizer', 'trafilatura', 'tld', 'urllib.request', 'sqlalchemy', 'pydantic')\n"
    "print(sorted(m for m in heavy if m in sys.modules), code)\n"
)


@pytest.mark.slow
def test_url_does_not_load_the_http_client_the_charset_detector_the_suffix_list_or_pydantic(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("YOTEN_")}
    env.update(YOTEN_HOME=str(tmp_path), PYTHONPATH=os.pathsep.join(sys.path))
    url = "https://www.example.com/news/1?utm_source=newsletter&id=7#top"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    printed, loaded = done.stdout.splitlines()
    assert printed == "https://www.example.com/news/1?id=7"
    assert loaded == "[] 0"
