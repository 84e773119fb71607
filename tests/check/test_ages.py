"""Ages: the age a digest gives a person against the age the source gives that person."""

from __future__ import annotations

import pytest

from tests.check.helpers import check_lead

SENTENCING = (
    "Dorian Hasket, 24, was jailed for nine years. Tyrell Munson, 22, received seven"
    " years and six months."
)


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # the figure is someone's age in the source, not this person's
        (
            SENTENCING,
            "ドリアン・ハスケット(Dorian Hasket)被告(24)に禁錮9年、タイレル・マンソン"
            "(Tyrell Munson)被告(24)に禁錮7年6カ月。",
            "タイレル・マンソン(Tyrell Munson)被告(24)",
        ),
        (
            SENTENCING,
            "ドリアン・ハスケット(Dorian Hasket)被告(24)に禁錮9年、タイレル・マンソン"
            "(Tyrell Munson)被告(22)に禁錮7年6カ月。",
            None,
        ),
        # later mentions carry the katakana alone: the first mention gives the Latin
        (
            SENTENCING + " Munson apologised.",
            "タイレル・マンソン(Tyrell Munson)被告は謝罪した。マンソン被告(24)は禁錮7年6カ月。",
            "マンソン被告(24)",
        ),
        # other styles: "de 66 anos", "a 61-year-old", "(54)", and 27歳 inside the brackets
        (
            "O presidente, Anselmo Teixeira Vilaça, de 66 anos, disse que o setor investirá.",
            "アンセルモ・テイシェイラ・ヴィラサ(Anselmo Teixeira Vilaça)会長(69)は投資を表明した。",
            "アンセルモ・テイシェイラ・ヴィラサ(Anselmo Teixeira Vilaça)会長(69)",
        ),
        (
            "The driver, a 61-year-old named Raymond Kessel, was jailed.",
            "レイモンド・ケッセル(Raymond Kessel)被告(61)に実刑。",
            None,
        ),
        (
            "Der Vorstandschef Bernd Kallweit (59) verteidigte die Fusion.",
            "ベルント・カルヴァイト(Bernd Kallweit)頭取(63)は合併を擁護した。",
            "ベルント・カルヴァイト(Bernd Kallweit)頭取(63)",
        ),
        (
            "Felix Otundo, 27, won in 2:06:41.",
            "フェリックス・オトゥンド(Felix Otundo、28歳)が優勝した。",
            "フェリックス・オトゥンド(Felix Otundo、28歳)",
        ),
        # no age for the person in the source: left to the numbers check
        (
            "Tyrell Munson received seven years.",
            "タイレル・マンソン(Tyrell Munson)被告(24)に禁錮7年。",
            None,
        ),
    ],
)
def test_an_age_the_source_gives_the_person_otherwise(
    source: str, lead: str, wrong: str | None
) -> None:
    language = {"O": "pt", "D": "de"}.get(source[0], "en")
    found = check_lead(source, lead, language=language)
    ages = [span for severity, rule, span in found if rule == "age.contradicted"]
    assert ages == ([wrong] if wrong else [])
    if wrong:
        assert ("error", "age.contradicted", wrong) in found


@pytest.mark.parametrize(
    ("lead", "wrong"),
    [
        ("4区で入社2年目の高梨颯太(25)が区間新記録をマークした。", "高梨颯太(25)"),
        ("4区で入社2年目の高梨颯太(24)が区間新記録をマークした。", None),
        ("4区で高梨(24)が首位に立ち、アンカーのムトゥア(27)が差を広げた。", None),
        ("4区で高梨(24)が首位に立ち、アンカーのムトゥア(29)が差を広げた。", "ムトゥア(29)"),
    ],
)
def test_a_japanese_source_gives_ages_beside_names_as_written(lead: str, wrong: str | None) -> None:
    source = (
        "最長の4区を任された入社2年目の高梨颯太(24)が区間新記録で首位に立った。"
        "アンカーの7区ではケニア出身のダニエル・ムトゥア(27)が後続との差を広げた。"
    )
    errors = [
        span for severity, _, span in check_lead(source, lead, language="ja") if severity == "error"
    ]
    assert errors == ([] if wrong is None else [wrong])


def test_an_age_after_a_long_title_and_at_the_end_of_a_sentence() -> None:
    source = "\u201eWir warten nicht\u201c, sagte Vorstandschefin Annegret Vollmer, 56."
    lead = "アンネグレート・フォルマー(Annegret Vollmer)最高経営責任者({age})は回復を待たないと述べた。"
    wrong = [s for sev, _, s in check_lead(source, lead.format(age=65)) if sev == "error"]
    assert wrong == ["アンネグレート・フォルマー(Annegret Vollmer)最高経営責任者(65)"]
    assert not [s for sev, _, s in check_lead(source, lead.format(age=56)) if sev == "error"]
