"""The numbers check (yoten.check.numbers): the digest's quantities, their counterparts in
the source, tolerance, and the false-alarm traps."""

from __future__ import annotations

import pytest

from tests.check.helpers import english_units
from yoten.check import check_digest
from yoten.check.dates import find_dates
from yoten.check.digest_figures import digest_quantities
from yoten.check.numbers import check_numbers
from yoten.check.pieces import Piece
from yoten.check.source import SourceIndex


def findings(make_article, text: str, source: str):
    """Number findings for one digest sentence against an English source."""
    return check_numbers([Piece("概要", "paragraph", text)], SourceIndex(make_article(source)))


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("貿易額は35億ドルだった。", "Trade reached $3.5 billion last year."),
        (
            "貿易額は３５億ドルだった。",
            "Trade reached $3.5 billion last year.",
        ),  # full-width digits
        ("約250万人が被災した。", "Some 2.5 million people were affected."),
        ("250万人が被災した。", "A total of 2,487,000 people were affected."),  # rounding
        ("4万5000人が避難した。", "About 45,000 people fled."),
        ("80万世帯が停電した。", "Power was cut to 800,000 households."),
        ("二十五万人の子どもが対象。", "It aims to reach 250,000 children."),
        ("25人が負傷した。", "Twenty-five people were hurt."),
        ("12隻が参加した。", "A dozen ships took part."),
        ("株価は3分の1下落した。", "Shares lost a third of their value."),
        ("インフレ率は2.6%だった。", "Inflation was 2.6 per cent."),
        ("金利を0.25ポイント引き下げた。", "It cut rates by 25 basis points."),
        ("金利を0.25ポイント引き下げた。", "It cut rates by a quarter of a percentage point."),
        ("最大風速は時速185キロ。", "Sustained winds of 185 km/h."),
        ("距離は約160キロ。", "The towns are 100 miles apart."),
        ("雨は1〜2日続く。", "Rain could last one or two more days."),
        ("会合は1〜2回開かれる。", "They will meet once or twice, one or two times."),
        ("費用は1億2000万ユーロ。", "It cost €120 million."),
        ("5.3兆ルピアを投じる。", "It will invest Rp 5.3 trillion."),
        ("売上高は2倍になった。", "Sales doubled."),
        ("46歳のガニョン氏", "Gagnon, 46, promised change."),
        ("5歳未満の子ども", "Most are children under five."),
        ("78分に決勝点", "He scored in the 78th minute."),
        ("3割が反対した。", "30% were opposed."),
        ("100人以上が死亡した。", "More than 100 people died."),
    ],
)
def test_supported_figures_are_not_findings(
    make_article, digest_text: str, source_text: str
) -> None:
    assert findings(make_article, digest_text, source_text) == []


@pytest.mark.parametrize(
    "digest_text",
    [
        "一方、ベトナムは中立を保つ。",
        "一部の専門家は懸念する。",
        "株価は一時下落した。",
        "同日、首脳会談が行われた。",
        "二国間の関係は深い。",
        "1日あたり100万バレルを減産する。",  # 1日あたり: per day; 100万バレル is checked and present
        "初めての訪問となった。",
        "一つ目の課題は財源である。",
        "十分な支援が必要だ。",
        "数十人が集まった。",
        "第2四半期の成長率",
        "G7とF-16、5Gについて",
    ],
)
def test_idioms_and_non_quantities_are_not_findings(make_article, digest_text: str) -> None:
    source = "Output will be cut by 1 million barrels per day."
    assert findings(make_article, digest_text, source) == []


def test_list_numbering_is_not_a_quantity() -> None:
    assert digest_quantities("1.協定の内容") == []
    assert [q.span for q in digest_quantities("2) 35億ドルの貿易")] == ["35億ドル"]


def test_unsupported_figure_is_an_unverified_warning(make_article) -> None:
    (finding,) = findings(
        make_article, "死者は50人に上った。", "The storm hit the coast on Tuesday."
    )
    assert (finding.kind, finding.severity, finding.span) == ("unsupported", "warning", "50人")
    assert finding.evidence == [] and finding.rule == "number.unverified"


def test_changed_figure_is_a_mismatch_naming_the_source_figure(make_article) -> None:
    # 2022 ties the digest sentence to the source's: its dollar figure is the counterpart.
    (finding,) = findings(
        make_article, "2022年の貿易額は53億ドルだった。", "Trade reached $3.5 billion in 2022."
    )
    assert (finding.kind, finding.severity, finding.span) == ("mismatch", "error", "53億ドル")
    assert "$3.5 billion" in finding.message


def test_a_changed_figure_with_nothing_tying_it_to_the_source_is_unverified(make_article) -> None:
    (finding,) = findings(make_article, "総額は72億ドルだった。", "Trade reached $3.5 billion.")
    assert (finding.kind, finding.severity) == ("unsupported", "warning")


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("総額は53億ドルだった。", "Trade reached $3.5 billion."),  # two digits swapped
        ("日本は施設41カ所を認可した。", "Japan approved 14 plants."),
        ("価格は1リットル45.6セント。", "The price is 46.5 cents a litre."),
        # hundredths of a race time swapped
        ("マーサーは14分38秒72で優勝した。", "Mercer won the 1500m freestyle in 14:38.27."),
        # a zero moved (_digits alone drops the zeros that tell)
        ("販売量は502万トンと過去最高。", "Sales rose 12.4% to a record 5.2 million tonnes."),
        # the wrong scale, in a rounded figure too
        ("住民約1万8000人に避難を命じた。", "About 180,000 residents were told to leave."),
        # the very amount in another currency
        ("罰金は総額13億7000万ドル。", "The fines totalled R1.37 billion."),
    ],
)
def test_a_figure_with_its_digits_swapped_is_a_contradiction(
    make_article, digest_text: str, source_text: str
) -> None:
    (finding,) = findings(make_article, digest_text, source_text)
    assert (finding.kind, finding.severity) == ("mismatch", "error")


def test_people_count_in_an_unrelated_sentence_is_only_unverified(make_article) -> None:
    # Nothing ties 21人 to "12 people": people are counted for many things.
    (finding,) = findings(make_article, "21人が参加した。", "At least 12 people were killed.")
    assert (finding.kind, finding.severity) == ("unsupported", "warning")


def test_people_count_in_a_sentence_on_the_same_thing_is_a_contradiction(make_article) -> None:
    # 死亡 and "killed" tie the two sentences (data/terms.tsv): 21 is not 12.
    (finding,) = findings(make_article, "21人が死亡した。", "At least 12 people were killed.")
    assert (finding.kind, finding.severity) == ("mismatch", "error")


def test_people_count_in_the_aligned_sentence_is_a_contradiction(make_article) -> None:
    source = "Officials in Lao Cai province said at least 12 people were killed in 2024."
    (finding,) = findings(make_article, "ラオカイ省では2024年に21人が死亡した。", source)
    assert (finding.kind, finding.severity) == ("mismatch", "error")
    assert "12" in finding.message
    assert [e.text for e in finding.evidence] == [source]


def test_currency_must_agree(make_article) -> None:
    (finding,) = findings(make_article, "35億ユーロの取引", "Trade reached $3.5 billion.")
    assert finding.span == "35億ユーロ"


def test_percent_is_not_a_count(make_article) -> None:
    (finding,) = findings(make_article, "失業率は5%。", "Five ministers resigned.")
    assert finding.span == "5%"


def test_rounding_is_bounded(make_article) -> None:
    # 3億 for $346 million is 13% off: not a rounding of it
    assert [f.span for f in findings(make_article, "3億ドル", "$346 million")] == ["3億ドル"]
    assert findings(make_article, "約3億ドル", "about $320 million") == []


def test_approximation_tolerance_is_about_ten_percent(make_article) -> None:
    assert findings(make_article, "約3000人", "nearly 2,800 people") == []
    assert [f.span for f in findings(make_article, "約3000人", "nearly 2,000 people")] == ["3000人"]


def test_same_figure_is_reported_once(make_article, make_digest) -> None:
    d = make_digest("死者は50人。", key_points=["死者は50人。"])
    report = check_digest(d, make_article("A storm hit the coast."))
    assert [f.span for f in report.findings if f.kind in ("unsupported", "mismatch")] == ["50人"]


def test_japanese_source_is_read_too(make_article) -> None:
    assert findings(make_article, "35億ドルの貿易", "ロシアとの貿易額は35億ドルだった。") == []


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        # a race time with hundredths is read as a duration, not as a time of day
        ("マーサーは14分38秒27で優勝した。", "Mercer won the 1500m freestyle in 14:38.27."),
        # a percentage the digest states, applied to the figure of the sentence restated
        (
            "年間1800トンを生産し、その60%にあたる1080トンを日本に輸出する。",
            "Output is planned at 1,800 tonnes a year, of which 60% will be shipped to Japan.",
        ),
        ("販売台数は前年比12%増の560台。", "It sold 500 units last year and expects 12% more."),
    ],
)
def test_race_times_and_stated_percentages_of_a_figure_are_supported(
    make_article, digest_text: str, source_text: str
) -> None:
    assert [
        f for f in findings(make_article, digest_text, source_text) if f.severity != "info"
    ] == []


def test_a_percentage_the_digest_does_not_state_derives_nothing(make_article) -> None:
    # 80% of 15,000 is 12,000, but the digest sentence gives no 80%: no derivation
    (finding,) = findings(
        make_article, "輸出は1万2000トン。", "Output of 15,000 tonnes, 80% from the north."
    )
    assert finding.rule != "number.derived"


def test_a_count_of_one_after_other_words_is_still_a_quantity() -> None:
    assert [q.span for q in digest_quantities("死者は1人にとどまった。")] == ["1人"]
    assert [q.span for q in digest_quantities("年3回開かれる。")] == ["3回"]


def test_speed_phrase_reaches_the_second_figure_only() -> None:
    (first, second) = digest_quantities("時速70マイルから65マイルに")
    assert first.units == second.units == {"speed"}
    (lone,) = digest_quantities("65マイルを走った")
    assert {"length", "speed"} <= lone.units


@pytest.mark.parametrize(
    "text",
    [
        "2021年後半に回復した。",
        "2021年前半に減速した。",
        "2021年前後から増えた。",
        "2021年後に増えた。",
        "2021年。後に撤回された。",
        "2021年末に完成した。",
        "2021年初めに着工した。",
        "2000年代初めに始まった。",
        "1990年代後半の危機",
        "2023年度後半の業績",
    ],
)
def test_year_expressions_are_not_quantities(text: str) -> None:
    assert digest_quantities(text) == []
    assert find_dates(text)


def test_a_span_of_thousands_of_years_is_still_a_quantity() -> None:
    assert [q.span for q in digest_quantities("2000年前の遺跡")] == ["2000年前"]
    assert [q.span for q in digest_quantities("3000年以上前の墓")] == ["3000年以上"]


def ja_units(text: str) -> set[tuple[str, float]]:
    """Like :func:`~tests.check.helpers.english_units`, for Japanese digest text."""
    return {(r.unit, float(f"{r.value:.9g}")) for q in digest_quantities(text) for r in q.readings}


@pytest.mark.parametrize(
    ("japanese", "reading"),
    [
        ("10ミリの雨", ("length", 0.01)),
        ("10ミリメートル", ("length", 0.01)),
        ("10ミリ秒", ("second", 0.01)),
        ("5マイクロメートル", ("length", 5e-06)),
        ("3ナノの半導体", ("length", 3e-09)),
        ("20ミリグラム", ("mass", 2e-05)),
        ("250ミリリットル", ("volume", 0.25)),
        ("64ギガバイト", ("data", 6.4e10)),
        ("2.4ギガヘルツ", ("frequency", 2.4e9)),
        ("20ミリシーベルト", ("dose", 0.02)),
        ("950ヘクトパスカル", ("pressure", 95000.0)),
    ],
)
def test_japanese_si_units(japanese: str, reading: tuple[str, float]) -> None:
    assert reading in ja_units(japanese)


def test_speed_readings_are_in_kilometres_an_hour() -> None:
    assert ja_units("秒速11.7キロ") == {("speed", 42120.0)}
    assert ja_units("分速2キロ") == {("speed", 120.0)}
    assert ("speed", 42120.0) in english_units("11.7 km/s")


@pytest.mark.parametrize(
    "text", ["1時間48分の長編", "上映は1時間\n48分。", "上映は1時間 48分。", "1時間48分に及んだ"]
)
def test_a_compound_is_one_digest_quantity(text: str) -> None:
    (q,) = digest_quantities(text)
    assert q.span.startswith("1時間") and q.span.endswith("48分")
    assert {(r.unit, r.value) for r in q.readings} == {("dur", 6480)}


def test_minutes_before_no_are_minutes_and_fractions_stay_fractions() -> None:
    assert [q.readings[0].unit for q in digest_quantities("48分の遅れ")] == ["minute"]
    assert [q.readings[0].unit for q in digest_quantities("3分の1")] == ["ratio"]


def test_two_lengths_apart_are_not_one_figure() -> None:
    assert [q.span for q in digest_quantities("3メートル 2メートル")] == ["3メートル", "2メートル"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("It will be paid on 9 January.", []),
        ("It will be paid on January 9.", []),
        ("It has 9 stores.", ["9"]),
    ],
)
def test_an_english_digest_reads_days_of_dates_as_no_quantities(
    text: str, spans: list[str]
) -> None:
    # the extractive engine copies an English article's sentences: "paid on 9 January"
    # is a date (the dates check reads Japanese only), not a count of 9
    from yoten.check.digest_figures import digest_quantities

    assert [q.span.strip() for q in digest_quantities(text, japanese=False)] == spans


@pytest.mark.parametrize(
    ("lead", "wrong"), [("8412人に上った。", None), ("8142人に上った。", "8142人")]
)
def test_ni_noboru_is_an_exact_figure(lead: str, wrong: str | None) -> None:
    # 8412人に上り: "reached 8,412", not "about 8,412" (8142 is two digits swapped)
    from tests.check.helpers import error_spans

    source = "不登校の小中学生は8412人に上り、過去最多を更新した。"
    assert error_spans(source, "不登校の小中学生は" + lead, language="ja") == (
        [wrong] if wrong else []
    )
