"""`yoten check` and `yoten glossary` end to end, in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = DATA / "seed-putin-vietnam.txt"
SOURCE = DATA / "check" / "seed-source.html"


@pytest.mark.slow
def test_check_prints_one_line_per_finding_and_a_summary(cli) -> None:
    # The seed's mistakes are things its source never says (warnings), not contradictions.
    result = cli("check", str(SEED), "--source", str(SOURCE))
    assert result.code == 0
    lines = result.out.strip().splitlines()
    assert any("1950年代" in line and "warning" in line and "unverified" in line for line in lines)
    assert lines[-1] == "check: 3 warnings"


def test_check_json(cli) -> None:
    result = cli("check", str(SEED), "-s", str(SOURCE), "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["ok"] is True
    assert {f["span"] for f in data["findings"]} >= {"1950年代", "トー・ラム"}
    assert all("evidence" in f and "rule" in f for f in data["findings"])


def test_a_contradiction_exits_one_and_prints_the_source_sentence(cli, tmp_path: Path) -> None:
    post = SEED.read_text(encoding="utf-8").replace("35億ドル", "53億ドル")
    (tmp_path / "post.txt").write_text(post, encoding="utf-8")
    result = cli("check", str(tmp_path / "post.txt"), "--source", str(SOURCE))
    assert result.code == 1, result.out
    lines = result.out.splitlines()
    at = next(i for i, line in enumerate(lines) if "53億ドル" in line and line.startswith("error"))
    assert lines[at + 1].strip().startswith("source:") and "3.5 billion" in lines[at + 1]


def test_clean_digest_json_exits_zero(cli, tmp_path: Path) -> None:
    post = tmp_path / "post.json"
    src = tmp_path / "src.txt"
    src.write_text("Putin visits Vietnam\n\nTrade was $3.5 billion in 2022.\n", encoding="utf-8")
    digest = {
        "headline": "プーチン:ベトナムへ",
        "overview": {"lead": ["2022年の貿易額は35億ドルだった。"]},
        "details": {
            "topics": [
                {"heading": "経済", "sections": [{"heading": "貿易", "paragraphs": ["35億ドル。"]}]}
            ]
        },
        "key_points": [
            {"heading": "経済", "sections": [{"heading": "貿易", "bullets": ["35億ドル。"]}]}
        ],
        "sources": [{"title": "Putin visits Vietnam", "url": "https://news.example/a"}],
    }
    post.write_text(json.dumps(digest, ensure_ascii=False), encoding="utf-8")
    result = cli("check", str(post), "--source", str(src), "--json")
    assert result.code == 0, result.out + result.err
    assert json.loads(result.out)["ok"] is True


def test_post_from_stdin(cli) -> None:
    result = cli(
        "check", "-", "--source", str(SOURCE), "--json", stdin=SEED.read_text(encoding="utf-8")
    )
    assert result.code == 0 and json.loads(result.out)["findings"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "NOPOST", "--source", "x.html"], "file not found"),
        (["check", "-", "--source", "-"], "both come from stdin"),
    ],
)
def test_bad_input_exits_two_with_one_line(cli, args: list[str], message: str) -> None:
    result = cli(*args)
    assert result.code == 2
    assert message in result.err and len(result.err.strip().splitlines()) == 1


def test_post_not_in_house_format_exits_two(cli, tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("just some text\n", encoding="utf-8")
    result = cli("check", str(post), "--source", str(SOURCE))
    assert result.code == 2 and "house format" in result.err and "Traceback" not in result.err


def test_unreadable_source_exits_two(cli, tmp_path: Path) -> None:
    result = cli("check", str(SEED), "--source", str(tmp_path / "missing.html"))
    assert result.code == 2 and "file not found" in result.err


def test_glossary_file_option_adds_findings(cli, tmp_path: Path) -> None:
    glossary = tmp_path / "g.toml"
    glossary.write_text('"To Lam" = "トー・ラム"\n', encoding="utf-8")
    result = cli("check", str(SEED), "-s", str(SOURCE), "--json", "--glossary", str(glossary))
    spans = {(f["kind"], f["span"]) for f in json.loads(result.out)["findings"]}
    assert ("glossary", "ト・ラム") in spans


@pytest.mark.slow
def test_glossary_commands_round_trip(cli) -> None:
    assert cli("glossary", "list").out.startswith("the glossary is empty")
    added = cli("glossary", "add", "To Lam", "トー・ラム")
    assert added.code == 0 and "added" in added.err
    listed = cli("glossary", "list", "--json")
    assert json.loads(listed.out) == {"To Lam": "トー・ラム"}
    # the default glossary is honoured by `yoten check`
    result = cli("check", str(SEED), "-s", str(SOURCE), "--json")
    assert any(f["kind"] == "glossary" for f in json.loads(result.out)["findings"])
    assert cli("glossary", "remove", "to lam").code == 0
    assert json.loads(cli("glossary", "list", "--json").out) == {}
    missing = cli("glossary", "remove", "To Lam")
    assert missing.code == 2 and "no glossary entry" in missing.err


def test_glossary_rejects_non_katakana(cli) -> None:
    result = cli("glossary", "add", "To Lam", "tolam")
    assert result.code == 2 and "katakana" in result.err


def test_glossary_file_flag(cli, tmp_path: Path) -> None:
    path = tmp_path / "terms.yaml"
    assert cli("glossary", "add", "Gagnon", "ガニョン", "--file", str(path)).code == 0
    assert "ガニョン" in path.read_text(encoding="utf-8")
    assert "Gagnon → ガニョン" in cli("glossary", "list", "-f", str(path)).out


def test_help_has_examples(cli) -> None:
    assert "yoten check post.txt --source article.html" in cli("check", "--help").out
    assert "yoten glossary add" in cli("glossary", "--help").out
