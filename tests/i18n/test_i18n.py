"""yoten in Japanese: choosing the language, the catalogs, the CLI and the review page."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient

from yoten.i18n import LOCALE_DIR, choose_language

ROOT = Path(__file__).resolve().parents[2]
PO = LOCALE_DIR / "ja" / "LC_MESSAGES" / "yoten.po"
MO = LOCALE_DIR / "ja" / "LC_MESSAGES" / "yoten.mo"
PLACEHOLDER = re.compile(r"\{[a-z_]*(?:![rs])?\}|%\([a-z_]+\)[ds]")


@pytest.mark.parametrize(
    ("configured", "environ", "expected"),
    [
        (None, {}, "en"),
        (None, {"LANG": "ja_JP.UTF-8"}, "ja"),
        (None, {"LANG": "ja_JP.UTF-8", "LC_ALL": "C"}, "en"),  # LC_ALL wins, as in the C library
        (None, {"LC_MESSAGES": "ja_JP", "LANG": "en_US"}, "ja"),
        ("ja", {"LANG": "C.UTF-8"}, "ja"),
        ("en", {"LANG": "ja_JP.UTF-8"}, "en"),
        ("klingon", {"LANG": "ja_JP.UTF-8"}, "ja"),  # an unknown setting falls back to the locale
    ],
)
def test_choose_language(configured: str | None, environ: dict[str, str], expected: str) -> None:
    assert choose_language(configured, environ) == expected


def _catalog() -> dict[object, object]:
    with PO.open("rb") as f:
        return {m.id: m for m in read_po(f) if m.id}


def test_the_japanese_catalog_is_complete_and_compiled() -> None:
    messages = _catalog()
    untranslated = [mid for mid, m in messages.items() if not m.string or m.fuzzy]  # type: ignore[attr-defined]
    assert not untranslated
    for mid, m in messages.items():  # the placeholders survive translation
        ids = mid if isinstance(mid, tuple) else (mid,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)  # type: ignore[attr-defined]
        wanted = sorted(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (mid, text)
    # the shipped .mo is the compiled .po (a fresh `pip install -e .` speaks Japanese)
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for mid, m in messages.items():
        if isinstance(mid, str):
            assert compiled.gettext(mid) == m.string, mid  # type: ignore[attr-defined]


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("pybabel", path=str(Path(sys.executable).parent)) is None,
    reason="needs Babel's pybabel",
)
def test_every_message_in_the_code_is_in_the_catalog(tmp_path: Path) -> None:
    pot = tmp_path / "yoten.pot"
    pybabel = str(Path(sys.executable).parent / "pybabel")
    subprocess.run(
        [
            pybabel,
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "N_",
            "-o",
            str(pot),
            "--omit-header",
            ".",
        ],
        cwd=ROOT,
        check=True,
    )
    with pot.open("rb") as f:
        extracted = {m.id for m in read_po(f) if m.id}
    assert len(extracted) > 150  # the --help texts are in it
    missing = extracted - set(_catalog())
    assert not missing, (
        f"run pybabel update/compile (see yoten/i18n.py): {sorted(map(str, missing))[:5]}"
    )


@pytest.mark.slow
def test_the_cli_speaks_japanese_under_a_japanese_locale(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    shown = cli("--help")
    assert shown.code == 0 and "記事をハウス形式の日本語ダイジェスト記事にします。" in shown.out
    help_run = cli("run", "--help")
    assert "1回分の処理" in help_run.out and "--publish" in help_run.out and "例:" in help_run.out
    refused = cli("posts", "approve")
    assert refused.code == 2
    assert refused.err == "yoten: 入力: 承認する記事を指定するか、--all-clean を付けてください\n"
    monkeypatch.setenv("YOTEN_LANGUAGE", "en")  # an explicit choice beats the locale
    assert "Write a Japanese digest post" in cli("--help").out


def test_language_in_yoten_toml(cli) -> None:  # type: ignore[no-untyped-def]
    Path("yoten.toml").write_text('[yoten]\nlanguage = "ja"\n', encoding="utf-8")
    assert "ダイジェストのアーカイブ。" in cli("posts", "--help").out
    assert cli("config", "show").code == 0  # the setting is a known one


@pytest.mark.slow
def test_the_review_page_in_japanese(tmp_path: Path) -> None:
    from yoten.settings import Settings
    from yoten.store import Store
    from yoten.web import create_app

    with Store.open(f"sqlite:///{tmp_path / 'ja.db'}") as store:
        app = create_app(store=store, settings=Settings(language="ja"))
        with TestClient(app, base_url="http://127.0.0.1:8000") as client:
            page = client.get("/").text
            assert '<html lang="ja">' in page
            assert "ダイジェスト" in page and "未翻訳" in page and "すべて" in page
            assert "まだダイジェストがありません" in page
            missing = client.get("/posts/99")
            assert missing.status_code == 404 and "ID 99 の記事はありません。" in missing.text
        english = create_app(store=store, settings=Settings(language="en"))
        with TestClient(english, base_url="http://127.0.0.1:8000") as client:
            assert '<html lang="en">' in client.get("/").text


def test_every_check_rule_has_a_japanese_meaning() -> None:
    from yoten.check.rules import Rule
    from yoten.render.labels import RULE_LABELS

    assert set(RULE_LABELS) == {r.value for r in Rule}


def test_findings_read_in_japanese(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import DATA, SEED

    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    result = cli("check", str(SEED), "-s", str(DATA / "check" / "seed-source.html"))
    # the label and the finding's own words, both in Japanese
    assert (
        "同じ名前の表記が揺れています — トー・ラム (詳細) は最初の表記 ト・ラム (概要) と異なります"
        in result.out
    )
    assert "未確認: 原文に 1950年代 はありません" in result.out
    assert "元記事: “" in result.out
    assert result.out.rstrip().splitlines()[-1].startswith("照合: 警告 ")


def test_language_held_looks_the_language_up_once_and_restores(monkeypatch) -> None:
    from yoten import i18n

    i18n.forget_language()
    monkeypatch.setenv("YOTEN_LANGUAGE", "ja")
    with i18n.language_held() as held:
        monkeypatch.setenv("YOTEN_LANGUAGE", "en")
        assert held == "ja" and i18n.language() == "ja"  # held while inside
    assert i18n.language() == "en"  # looked up again after
