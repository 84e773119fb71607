"""The whole checker, end to end through ``check_digest``.

Severity model v2: an error means the source says otherwise; derived values are
info. Each case is a one-paragraph source and a digest lead written for this test.

The reading rules found missing on the held-out sets are checked here too, through
``flagged_spans``: correct digests that must not be findings and changed ones that
must still be, so no rule simply swallows figures or dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.check.conftest import MakeArticle, MakeDigest, flagged_spans
from tests.check.helpers import FRIDAY_29, JUNE_3, MARCH_12, OCT_2, WED_12, check_lead, error_spans
from yoten.check import check_digest
from yoten.models import Article, Details, Digest, LabelledPoint, Overview


@pytest.mark.parametrize(
    ("source", "lead", "expected"),
    [
        (
            "Acme Corp said its profit rose in the fourth quarter.",
            "アクメ社は第3四半期に増益となった。",
            [("error", "quarter.contradicted", "第3四半期")],
        ),
        (
            "Acme Corp said on Tuesday it would cut 300 jobs.",
            "アクメ社は13日、300人を削減すると発表した。",
            [("error", "date.contradicted", "13日")],
        ),
        (
            "Unemployment at Acme rose 1.5 percentage points to 6.2%.",
            "アクメの失業率は1.5%上昇し6.2%となった。",
            [("error", "number.percent-for-points", "1.5%")],
        ),
        (
            "The rocket lifted off at 1606 GMT on Sunday from Kourou.",
            "ロケットは日本時間10日午前2時6分にクールーから打ち上げられた。",
            [("error", "date.contradicted", "午前2時6分"), ("info", "date.derived", "10日")],
        ),
    ],
)
def test_contradictions_are_errors(
    source: str, lead: str, expected: list[tuple[str, str, str]]
) -> None:
    assert check_lead(source, lead) == expected


@pytest.mark.parametrize(
    ("source", "lead", "expected"),
    [
        (
            "The rocket lifted off at 1606 GMT on Sunday from Kourou.",
            "ロケットは日本時間10日午前1時6分にクールーから打ち上げられた。",
            [("info", "date.derived", "10日"), ("info", "date.derived", "午前1時6分")],
        ),
        (
            "Of the 72 members, 51 voted for the Acme plan.",
            "アクメ案には72人中約7割が賛成した。",
            [("info", "number.derived", "7割")],
        ),
        (
            "Acme, founded in 1901, employs 3,000 people.",
            "創業120年以上のアクメは3000人を雇用する。",
            [("info", "number.derived", "120年以上")],
        ),
        ("The Federal Reserve held rates at 4.5%.", "FRB(FRB)は金利を4.5%に据え置いた。", []),
        (
            "Kiptum won the Acme marathon in 2:11:35, and Kosgei ran 64:16 for the half.",
            "キプタムが2時間11分35秒で優勝し、コスゲイはハーフを64分16秒で走った。",
            [],
        ),
        ("Acme said part of the plan was delayed.", "アクメは計画の一部が遅れたと述べた。", []),
    ],
)
def test_faithful_and_derived_values_raise_no_error(
    source: str, lead: str, expected: list[tuple[str, str, str]]
) -> None:
    assert check_lead(source, lead) == expected


@pytest.mark.parametrize(
    ("language", "source", "lead", "expected"),
    [
        (
            "de",
            "Die Arbeitslosenquote bei Acme stieg um 0,4 Prozentpunkte auf 6,2 Prozent, "
            "12.400 Stellen fielen weg.",
            "アクメの失業率は0.4ポイント上昇して6.2%となり、1万2400人分の雇用が失われた。",
            [],
        ),
        (
            "de",
            "Die Arbeitslosenquote bei Acme stieg um 0,4 Prozentpunkte auf 6,2 Prozent, "
            "12.400 Stellen fielen weg.",
            "アクメの失業率は0.4ポイント上昇して6.2%となり、1万4200人分の雇用が失われた。",
            [("error", "number.contradicted", "1万4200人")],
        ),
        (
            "fr",
            "Le mardi 11 mars, Acme a annoncé 4,2 milliards d'euros d'investissements "
            "et vingt-trois nouvelles usines.",
            "アクメは11日、42億ユーロの投資と23の新工場を発表した。",
            [],
        ),
        (
            "es",
            "El martes, Acme anunció inversiones por 4.200 millones de dólares y 3,5 por ciento más.",
            "アクメは11日、42億ドルの投資と3.5%増を発表した。",
            [],
        ),
        # Units in the source's own words: a mass, a height, a speed, an area.
        (
            "fr",
            "D'une masse de 1 140 kilogrammes, le satellite évoluera à 786 kilomètres.",
            "衛星は重さ1410キロで、高度786キロを周回する。",
            [("error", "number.contradicted", "1410キロ")],
        ),
        (
            "de",
            "Am Pegel erreichte das Wasser 1,85 Metern über dem Mittel; Böen bis 142 "
            "Kilometern pro Stunde.",
            "水位は平均を1.58メートル上回り、最大瞬間風速は時速142キロに達した。",
            [("error", "number.contradicted", "1.58メートル")],
        ),
        (
            "es",
            "El fuego arrasó 4.230 hectáreas y el agua subió 2,4 metros.",
            "火災で4230ヘクタールが焼け、水位は2.4メートル上昇した。",
            [],
        ),
        (
            "it",
            "La diga, alta 186 metri, trattiene 75 milioni di metri cubi; il cantiere occupa 32 ettari.",
            "ダムは高さ168メートル、工事現場は32ヘクタール。",
            [("error", "number.contradicted", "168メートル")],
        ),
        # durations in abbreviated units, a clock after "delle", a range of days
        (
            "fr",
            "Le leader du matin, Joris van Aken, a concédé 2 min 05 s et recule.",
            "朝の首位ファンアーケンは2分5秒を失った。",
            [],
        ),
        (
            "it",
            "L'asta era cominciata alle 18.30; il lotto è stato battuto poco prima delle 20.",
            "競売は午後6時30分に始まり、作品は午後8時少し前に落札された。",
            [],
        ),
        (
            "fr",
            "La 48e édition du festival se tiendra du 13 au 23 mai 2026.",
            "第48回は2026年5月13日から23日まで開かれる。",
            [],
        ),
        # weekdays inside a range of days; a German ordinal day ends no sentence
        (
            "fr",
            "Le salon se tiendra du vendredi 4 au lundi 7 juillet à Paris.",
            "見本市は7月4日(金)から7日(月)までパリで開かれる。",
            [],
        ),
        (
            "de",
            "Die neuen Quoten gelten ab dem 1. Januar. Die Flotte hat 600 Kutter.",
            "新しい枠は1月1日から適用される。",
            [],
        ),
        (
            "de",
            "Die neuen Quoten gelten ab dem 1. Januar. Die Flotte hat 600 Kutter.",
            "新しい枠は1月10日から適用される。",
            [("error", "date.contradicted", "1月10日")],
        ),
    ],
)
def test_french_german_and_spanish_sources_are_read(
    language: str, source: str, lead: str, expected: list[tuple[str, str, str]]
) -> None:
    assert check_lead(source, lead, language=language) == expected


def test_a_source_in_a_language_the_checker_does_not_read_gets_warnings_only() -> None:
    found = check_lead(
        "Acme ilitangaza ajira 300 mpya siku ya Jumanne.", "アクメは400人を雇う。", language="sw"
    )
    assert ("info", "source.language", "Acme news") in found
    assert all(severity != "error" for severity, _, _ in found)


CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
MST = dt.timezone(dt.timedelta(hours=-7))
EST = dt.timezone(dt.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("source", "lead", "published", "wrong"),
    [
        # 19:00 CET on Friday the 14th is 03:00 JST on the 15th.
        (
            "The ceremony begins at 7 p.m. CET on Friday in Vienna.",
            "式典はウィーンで14日(金)午後7時(日本時間15日午前3時)に始まる。",
            WED_12,
            None,
        ),
        (
            "The ceremony begins at 7 p.m. CET on Friday in Vienna.",
            "式典はウィーンで14日(金)午後7時(日本時間14日午前3時)に始まる。",
            WED_12,
            "日本時間14日",
        ),
        # The digest gives the local time beside its Japan time; the source's time
        # has no zone but the outlet's own (+2): 19:00 is 02:00 JST, not 01:00.
        (
            "The keel of the first ferry will be laid at 7 p.m. on Friday at the yard.",
            "1番船の起工式は14日(金)午後7時(日本時間15日午前1時)に造船所で行われる。",
            dt.datetime(2025, 3, 12, 10, 0, tzinfo=CEST),
            "午前1時",
        ),
        # A zone the digest names for its local time (an Arizona outlet, a New York
        # announcement): 16:15 EDT is 05:15 JST on the next day.
        (
            "Shares rose after the results, which came at 4:15 p.m. on Wednesday.",
            "決算発表は米東部時間12日午後4時15分(日本時間13日午前5時15分)だった。",
            dt.datetime(2025, 3, 12, 23, 0, tzinfo=MST),
            None,
        ),
        # Daylight saving time began between publication (5 March, EST) and the
        # event (22 March, EDT): 10:00 EDT is 23:00 JST the same day.
        (
            "The festival will open on Saturday, March 22, with a ceremony at 10 a.m.",
            "祭りは3月22日(土)午前10時(日本時間同日午後11時)の式典で開幕する。",
            dt.datetime(2025, 3, 5, 8, 0, tzinfo=EST),
            None,
        ),
        # The digest names standard time for its local time: 21:00 CST is 12:00 JST,
        # though the outlet (CDT on publication) would make it 11:00.
        (
            "Landfall is expected around 9 p.m. on Sunday on the central coast.",
            "3日午後9時ごろ(中部標準時)、日本時間4日正午ごろに上陸の見込み。",
            dt.datetime(2024, 11, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            None,
        ),
        (
            "Landfall is expected around 9 p.m. on Sunday on the central coast.",
            "3日午後9時ごろ(中部標準時)、日本時間4日午前11時ごろに上陸の見込み。",
            dt.datetime(2024, 11, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            "午前11時",
        ),
        # "過ぎ、" between the local time and its Japan time: the day is still checked
        (
            "The final result was announced shortly after 10:30 p.m. on Sunday.",
            "結果は現地時間7日午後10時30分過ぎ、日本時間7日午前5時30分過ぎに発表された。",
            dt.datetime(2024, 4, 5, 9, 0, tzinfo=CEST),
            "7日午前5時30分",
        ),
        # the weekday in brackets between 日本時間 and its time
        (
            "The lander touched down at 18:42 UTC near the south pole.",
            "着陸機は日本時間3月2日(月)午前3時42分に着陸した。",
            dt.datetime(2026, 3, 1, 20, 15, tzinfo=dt.UTC),
            None,
        ),
        (
            "The lander touched down at 18:42 UTC near the south pole.",
            "着陸機は日本時間3月2日(月)午前4時42分に着陸した。",
            dt.datetime(2026, 3, 1, 20, 15, tzinfo=dt.UTC),
            "午前4時42分",
        ),
        # the day the source writes with the time: 19:00 on Thursday the 3rd in
        # UTC-6 is 10:00 JST on the 4th (the outlet is in UTC-6, Thursday 3 September)
        (
            "The line opened on Thursday. The ceremony began at 7 p.m. at the main station.",
            "式典は現地時間午後7時、日本時間3日午前10時に始まった。",
            dt.datetime(2026, 9, 3, 20, 30, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
            "3日",
        ),
        (
            "The line opened on Thursday. The ceremony began at 7 p.m. at the main station.",
            "式典は現地時間午後7時、日本時間4日午前10時に始まった。",
            dt.datetime(2026, 9, 3, 20, 30, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
            None,
        ),
        # PT in November is standard time: 6 a.m. PST is 23:00 JST, not 22:00
        (
            "Workers walked off the job at 6 a.m. PT on Thursday.",
            "ストは太平洋時間の午前6時、日本時間19日午後10時に始まった。",
            dt.datetime(2026, 11, 19, 8, 45, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
            "午後10時",
        ),
        (
            "Workers walked off the job at 6 a.m. PT on Thursday.",
            "ストは太平洋時間の午前6時、日本時間19日午後11時に始まった。",
            dt.datetime(2026, 11, 19, 8, 45, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
            None,
        ),
        # "2 p.m. Washington time" in a Warsaw paper: New York's zone, not the outlet's
        (
            "The Fed is due to announce its decision at 2 p.m. Washington time on Thursday.",
            "FRBはワシントン時間7日午後2時、日本時間8日午前4時に決定を発表する。",
            dt.datetime(2024, 11, 7, 16, 0, tzinfo=CET),
            None,
        ),
    ],
)
def test_japan_time_day_zone_and_local_time(
    source: str, lead: str, published: dt.datetime, wrong: str | None
) -> None:
    errors = [
        span
        for severity, _, span in check_lead(source, lead, published=published)
        if severity == "error"
    ]
    if wrong is None:
        assert errors == []
    else:
        assert any(wrong in lead and (span in wrong or wrong in span) for span in errors), errors


@pytest.mark.parametrize(
    ("lead", "wrong"),
    [
        ("現地時間4日午後10時17分、日本時間5日午前10時17分に打ち上げられた。", None),
        ("現地時間4日午後10時17分、日本時間5日午前6時17分に打ち上げられた。", "午前6時17分"),
    ],
)
def test_a_local_time_in_the_zone_of_the_place_a_french_source_names(
    lead: str, wrong: str | None
) -> None:
    # "heure de Guyane" in a Paris paper: UTC-3, not the outlet's +1
    source = "Le lanceur a décollé mercredi 4 décembre à 22 h 17, heure de Guyane."
    found = check_lead(
        source, lead, language="fr", published=dt.datetime(2024, 12, 5, 6, tzinfo=CET)
    )
    errors = [span for severity, _, span in found if severity == "error"]
    assert errors == ([] if wrong is None else [wrong])


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # a loanword unit the scanner does not know, matched by its consonants
        (
            "In Ghana, small-scale miners accounted for 1.36 million ounces of gold last year.",
            "ガーナの小規模な採掘者の産出量は昨年163万オンスだった。",
            "163万",
        ),
        (
            "The board raised the farmgate price to 46,900 cedis per tonne.",
            "委員会は生産者価格を1トンあたり4万9600セディに引き上げた。",
            "4万9600",
        ),
        # a bare figure left over when the other figures of the sentence pair up
        (
            "The 31.6-kilometre line has 22 stations, 17 of them underground.",
            "路線は全長31.6キロで24駅を持ち、そのうち17駅が地下にある。",
            "24",
        ),
        # the same figures, faithfully: no error
        (
            "The 31.6-kilometre line has 22 stations, 17 of them underground.",
            "路線は全長31.6キロで22駅を持ち、そのうち17駅が地下にある。",
            None,
        ),
        (
            "In Ghana, small-scale miners accounted for 1.36 million ounces of gold last year.",
            "ガーナの小規模な採掘者の産出量は昨年136万オンスだった。",
            None,
        ),
        # a bound the source figure keeps is no contradiction
        (
            "Donors have given $62m of the $214m needed, or 29%.",
            "支援国の拠出は必要額2億1400万ドルのうち6200万ドルで、3割に満たない。",
            None,
        ),
    ],
)
def test_changed_figures_in_unknown_units(source: str, lead: str, wrong: str | None) -> None:
    errors = error_spans(source, lead)
    if wrong is None:
        assert errors == []
    else:
        assert any(wrong in span for span in errors), errors


@pytest.mark.parametrize(
    ("source", "lead", "published"),
    [
        # a day of a sentence before is another event's: the results came out on the
        # day of publication (4:05 p.m. ET on the 28th is 6:05 on the 29th in Japan)
        (
            "The company's fiscal year begins on July 1. The results were released at"
            " 4:05 p.m. Eastern time, after the close of regular trading.",
            "決算は東部時間午後4時5分(日本時間29日午前6時5分)に発表された。",
            dt.datetime(2025, 1, 28, 17, 20, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        # the day the source writes with the time converts, whatever local day the
        # digest slipped to beside it (that slip is the local day's own finding)
        (
            "The storm made landfall on Tuesday, October 14, at 10:40 p.m. local time.",
            "嵐は現地時間14日午後10時40分(日本時間15日午後1時40分)に上陸した。",
            dt.datetime(2025, 10, 15, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
        ),
    ],
)
def test_a_japan_time_day_from_the_day_of_the_time(
    source: str, lead: str, published: dt.datetime
) -> None:
    assert [
        s for sev, _, s in check_lead(source, lead, published=published) if sev == "error"
    ] == []


@pytest.mark.parametrize(
    ("source", "lead", "published", "wrong"),
    [
        # "local time" is the zone of the place the sentence names (Istanbul, +3)
        (
            "Sirens sounded across Istanbul at 9:30 a.m. local time on Wednesday.",
            "イスタンブール全域で現地時間12日午前9時30分(日本時間同日午後3時30分)にサイレンが鳴った。",
            WED_12,
            None,
        ),
        (
            "Sirens sounded across Istanbul at 9:30 a.m. local time on Wednesday.",
            "イスタンブール全域で現地時間12日午前9時30分(日本時間同日午後4時30分)にサイレンが鳴った。",
            WED_12,
            "午後4時30分",
        ),
        # no place named: the outlet's own zone (-4)
        (
            "The final started at 4 p.m. local time, an hour later than usual.",
            "決勝は現地時間12日午後4時(日本時間13日午前6時)に始まった。",
            dt.datetime(2025, 3, 12, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
            "午前6時",
        ),
    ],
)
def test_local_time_is_the_place_named(
    source: str, lead: str, published: dt.datetime, wrong: str | None
) -> None:
    errors = [
        span
        for severity, _, span in check_lead(source, lead, published=published)
        if severity == "error"
    ]
    if wrong is None:
        assert errors == []
    else:
        assert any(wrong in span or span in wrong for span in errors), errors


@pytest.mark.parametrize(
    ("source", "lead"),
    [
        # 21日(3週間)以内: a span of days, not the 21st
        (
            "The speaker must ask a leader to form a government within three weeks.",
            "議長は初会合から21日(3週間)以内に組閣を要請しなければならない。",
        ),
        # 58分後の18時40分: a source time moved by the minutes the digest writes
        (
            "The probe lifted off at 17:42 GMT and separated from its rocket 58 minutes later.",
            "探査機は17時42分に打ち上げられ、58分後の18時40分に分離した。",
        ),
    ],
)
def test_spans_and_times_a_digest_counts(source: str, lead: str) -> None:
    assert [s for sev, _, s in check_lead(source, lead) if sev == "error"] == []


@pytest.mark.parametrize(
    ("source", "lead"),
    [
        # "up two" after "down three points": points, not two of something
        (
            "The survey puts the Alliance on 36%, down three points since September, and the"
            " Civic Party on 32%, up two. The margin of error is 2.2 percentage points.",
            "同盟は3ポイント下げて36%、市民党は2ポイント上げて32%となった。",
        ),
        # a fiscal quarter of a year to the end of February
        (
            "In the fourth quarter, like-for-like sales fell 3.2%, an improvement on the 5.9%"
            " drop in the third.",
            "12〜2月期の既存店売上高は3.2%減と、9〜11月期の5.9%減から改善した。",
        ),
        # the 2024-25 financial year: July 2024 to June 2025 where the country keeps it so
        (
            "Median prices rose 5.2% in the 2024-25 financial year to $1.085 million.",
            "2024年7月から2025年6月までの1年間で、価格の中央値は5.2%上昇し108万5000ドルとなった。",
        ),
    ],
)
def test_periods_and_changes_a_translator_spells_out(source: str, lead: str) -> None:
    assert [s for sev, _, s in check_lead(source, lead) if sev == "error"] == []


@pytest.mark.parametrize(
    ("language", "source", "lead", "span"),
    [
        # a range whose first figure takes the scale of the second (entre 2,7 et 2,9 milliards)
        (
            "fr",
            "Le groupe vise un chiffre d'affaires compris entre 2,7 et 2,9 milliards d'euros.",
            "売上高は27億〜29億ユーロを見込む。",
            "27億",
        ),
        # fractions in words, in five languages
        (
            "it",
            "Ha investito per oltre due terzi nelle reti.",
            "投資の3分の2以上を送電網に充てた。",
            "3分の2",
        ),
        (
            "fr",
            "Le projet est financé pour un tiers par la région.",
            "事業費の3分の1を地域圏が負担する。",
            "3分の1",
        ),
        ("de", "Zwei Drittel der Befragten sind dafür.", "回答者の3分の2が賛成した。", "3分の2"),
        ("es", "La mitad de los votantes apoya el plan.", "有権者の半分が計画を支持する。", None),
        # a fraction of an amount the sentence restated gives ("financés pour moitié")
        (
            "fr",
            "L'instrument a coûté 9,4 millions d'euros, financés pour moitié par la région.",
            "費用940万ユーロの半分の470万ユーロを地域圏が負担した。",
            "470万ユーロ",
        ),
        # round numbers as approximations: une dizaine de jours
        (
            "fr",
            "Les vendanges ont commencé une dizaine de jours plus tôt que la moyenne.",
            "収穫は平年より10日ほど早く始まった。",
            "10日",
        ),
        # "half a million"
        (
            "en",
            "It hopes to reach half a million visitors by 2027.",
            "2027年までに50万人を目指す。",
            "50万人",
        ),
        # months the digest names itself: 4月から10月までの7カ月
        (
            "en",
            "The reservation system will run from April through October, and the seven-day"
            " pass will cost $35.",
            "予約制は4月から10月までの7カ月間となり、7日間パスは35ドルになる。",
            "7カ月",
        ),
        # French ordinals (la 3e place) and a rank the digest keeps
        ("fr", "Le lycée passe de la 9e à la 3e place.", "同校は9位から3位に浮上した。", "3位"),
        # German: a day range with articles, thousands that are no year
        (
            "de",
            "Zwischen dem 13. und dem 18. April wurden 1.240 Wahlberechtigte befragt.",
            "4月13日から18日にかけて有権者1240人を対象に行われた。",
            "4月13日",
        ),
        # 3週間半: three and a half weeks
        (
            "de",
            "Dreieinhalb Wochen vor der Wahl führt der Bund.",
            "選挙を約3週間半後に控える。",
            "3週間半",
        ),
        # Fahrenheit named at the start of a range with から
        (
            "en",
            "Temperatures swing from about 250°F in sunlight to minus 208°F after dark.",
            "表面温度は華氏250度からマイナス208度まで変化する。",
            "208度",
        ),
    ],
)
def test_figures_a_translator_reads_from_words(
    language: str, source: str, lead: str, span: str | None
) -> None:
    found = check_lead(source, lead, language=language)
    assert [s for sev, _, s in found if sev == "error"] == []
    if span is not None:
        assert not any(span in s for sev, _, s in found if sev == "warning"), found


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # a Celsius figure the digest converts beside the source's Fahrenheit one
        ("Watch for a fever above 101°F.", "華氏101度(摂氏約38度)を超える発熱に注意。", None),
        ("Watch for a fever above 101°F.", "華氏101度(摂氏約39.3度)を超える発熱に注意。", "39.3度"),
        (
            "Watch for a fever above 101 degrees.",
            "華氏101度(摂氏約38.3度)を超える発熱に注意。",
            None,
        ),
        # the ends of two ranges pair up; minus signs are read
        (
            "Lows of 36F to 46F are expected.",
            "最低気温は華氏36〜46度(摂氏約2〜8度)の見込み。",
            None,
        ),
        (
            "Lows of -4F are expected.",
            "最低気温は華氏マイナス4度(摂氏マイナス20度)の見込み。",
            None,
        ),
        # the Celsius figure written first, its Fahrenheit source after it in brackets
        ("Temperatures soared past 100 degrees.", "気温はセ氏38度(カ氏100度)を超えた。", None),
        ("Temperatures soared past 100 degrees.", "気温はセ氏40度(カ氏100度)を超えた。", "40度"),
        # 零下58度F: Fahrenheit written after the degrees
        ("The temperature fell to minus 58F.", "外気温は零下58度F(零下50℃)まで下がった。", None),
        # a difference converts without the 32: 5.4°F warmer is 3°C
        (
            "Streets were 5.4°F cooler under trees.",
            "木陰の通りは華氏5.4度(摂氏3度)涼しかった。",
            None,
        ),
        # "48F", "0.6C": the unit without its degree sign
        ("It was 48F at the start.", "スタート時の気温は華氏48度(約9℃)だった。", None),
        (
            "The reading beat the previous record of 38.1C by 0.6C.",
            "これまでの記録38.1℃を0.6度上回った。",
            None,
        ),
    ],
)
def test_temperatures_the_digest_converts(source: str, lead: str, wrong: str | None) -> None:
    found = check_lead(source, lead)
    assert [s for sev, _, s in found if sev == "error"] == ([wrong] if wrong else [])
    if wrong is None:
        assert not [s for sev, _, s in found if sev == "warning"], found


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # the very figure in another unit of the same measure
        (
            "The nearest maternity unit will be up to 38 km away.",
            "産科病院まで最大38マイルとなる。",
            "38マイル",
        ),
        (
            "The nearest maternity unit will be up to 38 km away.",
            "産科病院まで最大38キロとなる。",
            None,
        ),
        ("Temperatures hit 117°F (47°C) on Monday.", "気温は月曜日に摂氏117度に達した。", "117度"),
        ("Temperatures hit 117°F (47°C) on Monday.", "気温は月曜日に華氏117度に達した。", None),
        ("Temperatures hit 117°F on Monday.", "気温は月曜日にカ氏117度に達した。", None),
        # (Fahrenheit named before a range holds for its end too)
        ("Highs of 110 to 115°F are forecast.", "最高気温は華氏110〜115度の予想。", None),
        # (a bare "degrees" may be Fahrenheit)
        ("It was 48 degrees at the start.", "スタート時の気温は華氏48度だった。", None),
    ],
)
def test_the_same_figure_in_another_unit(source: str, lead: str, wrong: str | None) -> None:
    assert error_spans(source, lead) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # a change between two figures the digest states, in more words: 延びた, 更新
        (
            "The average wait rose to 121 days from 98 days in December.",
            "平均待機日数は121日で、12月の98日から23日延びた。",
            None,
        ),
        (
            "The average wait rose to 121 days from 98 days in December.",
            "平均待機日数は121日で、12月の98日から33日延びた。",
            "33日",
        ),
        # (a parenthesis between the change and its verb)
        (
            "The average price fell to $71.40 a barrel from $83.10 a year earlier.",
            "平均価格は1バレル71.40ドルと、前年の83.10ドルから12.70ドル(約14%)下がった。",
            "12.70ドル",
        ),
        # a total of the terms the sentence states
        (
            "31 people in the vaccine group fell ill, compared with 176 in the placebo group.",
            "発症はワクチン群31人、プラセボ群176人で、合計207人だった。",
            None,
        ),
        (
            "31 people in the vaccine group fell ill, compared with 176 in the placebo group.",
            "発症はワクチン群31人、プラセボ群176人で、合計217人だった。",
            "217人",
        ),
    ],
)
def test_changes_and_totals_between_figures_the_digest_states(
    source: str, lead: str, wrong: str | None
) -> None:
    assert error_spans(source, lead) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # the digest writes part and whole: the share in apposition is of those two
        (
            "The board said 62 of its 80 elevators were full. A third of farmers sold early.",
            "穀物庫80カ所のうち62カ所、約8割が満杯となった。",
            None,
        ),
        (
            "The board said 62 of its 80 elevators were full. A third of farmers sold early.",
            "穀物庫80カ所のうち62カ所、約6割が満杯となった。",
            "6割",
        ),
        # (another figure the source states near 30% does not save it)
        (
            "Acme cancelled 7 of its 31 cargoes. About a third of its buyers are in Japan.",
            "アクメは31カーゴのうち7カーゴ、約3割の出荷を取りやめる。",
            "3割",
        ),
        # the whole from the source sentence restated: "39 of the 47 cases"
        (
            "In Harlan, 39 of the 47 cases were in unvaccinated children.",
            "ハーランでは感染者のうち39人、約8割がワクチン未接種の子どもだった。",
            None,
        ),
        (
            "In Harlan, 39 of the 47 cases were in unvaccinated children.",
            "ハーランでは感染者のうち39人、約9割がワクチン未接種の子どもだった。",
            "9割",
        ),
    ],
)
def test_a_share_in_apposition_to_its_part(source: str, lead: str, wrong: str | None) -> None:
    assert error_spans(source, lead) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("source", "lead"),
    [
        # "in the 67th" after "in the 52nd minute": the 67th minute
        (
            "Reardon went over in the 52nd minute and Takerei scored in the 67th. Whitmore"
            " settled it with a penalty in the 76th minute.",
            "レンジャーズは52分と67分にトライを奪った。",
        ),
        # a total may take in a figure of another sentence (the fine)
        (
            "Tallowbark was fined $14.5 million. It must also pay $2.1 million in costs and fund"
            " a $6 million restoration program.",
            "罰金1450万豪ドルに加え、費用210万豪ドルと復元事業600万豪ドルで、負担は合計2260万豪ドルとなる。",
        ),
        # "170 more than in 2026": 2026 is a year, no counterpart of a count
        (
            "The port handled 1,240 ocean-going vessels, 170 more than in 2026.",
            "外航船は1240隻で、前年の1070隻から170隻増えた。",
        ),
        # fiscal 2028 runs from July 2027 to June 2028 where the city keeps it so
        (
            "The council approved a $612 million budget for fiscal 2028.",
            "市議会は2028会計年度(2027年7月〜28年6月)の6億1200万ドルの予算案を可決した。",
        ),
    ],
)
def test_ordinals_totals_and_fiscal_years_a_translator_reads(source: str, lead: str) -> None:
    assert error_spans(source, lead) == []


def test_a_fiscal_quarter_named_with_fiscal_between() -> None:
    # "the third fiscal quarter" names the third quarter
    source = (
        "Revenue in the second quarter rose 12%. For the third fiscal quarter, Acme forecast"
        " revenue of between $4.7 billion and $4.9 billion."
    )
    lead = "アクメは第3四半期の売上高を47億〜49億ドルと予想した。"
    assert error_spans(source, lead) == []


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # the sentence restated names the second quarter; the third is named elsewhere
        (
            "Acme's revenue rose 12% in the second quarter. Third-quarter figures are due in"
            " October.",
            "アクメの売上高は7〜9月期に12%増えた。",
            "7〜9月期",
        ),
        (
            "Acme's revenue rose 12% in the third quarter.",
            "アクメの売上高は7〜9月期に12%増えた。",
            None,
        ),
        # its own months say which quarter is meant
        (
            "Acme's revenue rose 12% in the first quarter, from April to June.",
            "アクメの売上高は4〜6月期に12%増えた。",
            None,
        ),
        (
            "Acme grew 2.8% in the second quarter, double the 1.4% of the first three months.",
            "アクメの成長率は4〜6月期が2.8%と、1〜3月期の1.4%の2倍だった。",
            None,
        ),
        # a fiscal quarter need not be the calendar's
        (
            "Acme's revenue rose 12% in the fiscal second quarter.",
            "アクメの売上高は7〜9月期に12%増えた。",
            None,
        ),
        # French, German and Spanish ordinals
        (
            "Le chiffre d'affaires d'Acme a progressé de 12 % au 2e trimestre.",
            "アクメの売上高は7〜9月期に12%増えた。",
            "7〜9月期",
        ),
        (
            "Der Umsatz von Acme stieg im 3. Quartal um 12 Prozent.",
            "アクメの売上高は7〜9月期に12%増えた。",
            None,
        ),
    ],
)
def test_a_calendar_quarters_months_against_the_quarter_restated(
    source: str, lead: str, wrong: str | None
) -> None:
    language = {"L": "fr", "D": "de"}.get(source[0], "en")
    errors = error_spans(source, lead, language=language)
    assert errors == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("language", "source", "lead", "wrong"),
    [
        (
            "it",
            "Il fatturato è salito a 3,2 miliardi di euro nel terzo trimestre, con 1.240 dipendenti.",
            "売上高は第3四半期に32億ユーロに増え、従業員は1240人だった。",
            None,
        ),
        (
            "it",
            "Il fatturato è salito a 3,2 miliardi di euro nel terzo trimestre, con 1.240 dipendenti.",
            "売上高は第3四半期に23億ユーロに増え、従業員は1240人だった。",
            "23億ユーロ",
        ),
        (
            "pt",
            "A receita subiu para 1,8 mil milhões de euros, e a empresa tem 2.300 funcionários.",
            "売上高は18億ユーロに増え、従業員は2300人。",
            None,
        ),
        (
            "es",
            "La línea atraerá un millón y medio de viajeros al año, en dos horas y 25 minutos.",
            "路線は年間150万人の利用を見込み、所要時間は2時間25分となる。",
            None,
        ),
        # halves of durations: "dos días y medio", "zweieinhalb Jahre", "trois ans et demi"
        (
            "es",
            "Rodrigo Albarracín esperó dos días y medio para descargar.",
            "ロドリゴ・アルバラシン氏は荷下ろしまで2日半待った。",
            None,
        ),
        (
            "es",
            "Rodrigo Albarracín esperó dos días y medio para descargar.",
            "ロドリゴ・アルバラシン氏は荷下ろしまで3日半待った。",
            "3日半",
        ),
        ("de", "Der Umbau dauerte zweieinhalb Jahre.", "改修には2年半かかった。", None),
        ("fr", "Les travaux ont duré trois ans et demi.", "工事は3年半続いた。", None),
        ("it", "I lavori sono durati tre mesi e mezzo.", "工事は3カ月半続いた。", None),
    ],
)
def test_italian_portuguese_and_spanish_words(
    language: str, source: str, lead: str, wrong: str | None
) -> None:
    found = check_lead(source, lead, language=language)
    assert not any(rule == "source.language" for _, rule, _ in found)
    errors = [span for severity, _, span in found if severity == "error"]
    if wrong is None:
        assert errors == []
    else:
        assert any(wrong in span or span in wrong for span in errors), errors


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        (
            "Organisers said 1.2 million people marched on Thursday.",
            "主催者によると、12万人が行進した。",
            "12万人",
        ),
        (
            "The park will have a capacity of 1.2 gigawatts.",
            "発電所の出力は12万キロワットとなる。",
            "12万キロワット",
        ),
        (
            "The park will have a capacity of 1.2 gigawatts.",
            "発電所の出力は120万キロワットとなる。",
            None,
        ),
    ],
)
def test_a_figure_in_the_wrong_scale_is_an_error(source: str, lead: str, wrong: str | None) -> None:
    errors = error_spans(source, lead)
    assert errors == ([] if wrong is None else [wrong])


NOV_4 = dt.datetime(2026, 11, 4, 9, 0, tzinfo=dt.UTC)  # a Wednesday


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # 3 November 2026 is a Tuesday: 3日(水) contradicts the calendar
        (
            "Voters went to the polls on Tuesday to choose a mayor.",
            "市長選挙は3日(水)に行われた。",
            "3日(水)",
        ),
        (
            "Voters went to the polls on Tuesday to choose a mayor.",
            "市長選挙は3日(火)に行われた。",
            None,
        ),
        # an edition the source numbers, with its digits swapped
        (
            "The 83rd Venice International Film Festival opened on Tuesday.",
            "第38回ベネチア国際映画祭が3日に開幕した。",
            "第38回",
        ),
        (
            "The 83rd Venice International Film Festival opened on Tuesday.",
            "第83回ベネチア国際映画祭が3日に開幕した。",
            None,
        ),
        # a race time with two digits swapped
        (
            "Bellandi won after 3 hours and 12 minutes on Tuesday.",
            "ベランディが3日、3時間21分の熱戦を制した。",
            "3時間21分",
        ),
        # an approximate share the sentence it restates does not round to
        (
            "Okafor had 214,560 votes, or 52.0%, on Tuesday. Turnout was 60.2%, the highest since 1997.",
            "オカフォー氏は21万4560票で得票率は約6割だった。",
            "6割",
        ),
        (
            "Okafor had 214,560 votes, or 52.0%, on Tuesday. Turnout was 60.2%, the highest since 1997.",
            "オカフォー氏は21万4560票で得票率は5割強だった。",
            None,
        ),
    ],
)
def test_calendar_editions_clocks_and_rounding(source: str, lead: str, wrong: str | None) -> None:
    errors = error_spans(source, lead, published=NOV_4)
    if wrong is None:
        assert errors == []
    else:
        assert any(wrong in span for span in errors), errors


def test_a_fiscal_year_gives_its_months() -> None:
    source = "Revenue was $4.3 billion in fiscal 2024, which ends on September 30."
    lead = "2024年度(2023年10月〜2024年9月)の収入は43億ドルだった。"
    assert [f for f in check_lead(source, lead) if f[0] != "info"] == []
    wrong = "2024年度(2022年10月〜2023年9月)の収入は43億ドルだった。"
    assert any(severity in ("error", "warning") for severity, _, _ in check_lead(source, wrong))


@pytest.mark.parametrize(
    ("source", "lead"),
    [
        # two pay rises that add up, written as the total
        (
            "The company offered 4.2 percent from July and a further 3.1 percent next April.",
            "会社側は7月と来年4月の2段階で計7.3%の賃上げを提示した。",
        ),
        # a clock time is not the figures 14 and 15
        (
            "The decision, announced at 14:15, was backed by all but one of the 26 members.",
            "決定は26人中25人の賛成で下された。",
        ),
        # hundredths of a second written after 秒
        (
            "Lindahl won in 48 minutes 27.36 seconds; Claeys was 34.75 seconds behind.",
            "リンダールが48分27秒36で優勝し、クラースは34秒75差だった。",
        ),
    ],
)
def test_totals_clocks_and_hundredths_are_not_errors(source: str, lead: str) -> None:
    assert [f for f in check_lead(source, lead) if f[0] == "error"] == []


def test_a_decimal_figure_a_results_table_states_bare_is_supported() -> None:
    source = "Men's 500 metres: 1. Aalto (FIN) 34.52 2. Kim (KOR) 34.58 3. Gruber (GER) 34.71"
    assert [
        f for f in check_lead(source, "グルーバーは34秒71で3位に入った。") if f[0] != "info"
    ] == []
    found = check_lead(source, "グルーバーは34秒17で3位に入った。")
    assert any(span == "34秒17" for _, _, span in found)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # two digits of a year the source gives swapped: a copying slip
        ("1937年創立の同楽団が新シーズンを発表した。", [("error", "date.contradicted", "1937年")]),
        ("1973年創立の同楽団が新シーズンを発表した。", []),
        # another year altogether stays unverified: the source may not be its only witness
        ("1951年創立の同楽団が新シーズンを発表した。", [("warning", "date.unverified", "1951年")]),
    ],
)
def test_a_year_with_two_digits_swapped_is_contradicted(
    lead: str, expected: list[tuple[str, str, str]]
) -> None:
    source = (
        "The Harbour Opera, founded in 1973, announced its season on Tuesday. "
        "Its hall was rebuilt in 2011 after a fire."
    )
    assert check_lead(source, lead) == expected


@pytest.mark.parametrize(
    ("source", "lead"),
    [
        # "between two and six months" is a range, not eight months
        (
            "The vaccine is given in two doses between two and six months apart.",
            "ワクチンは2〜6カ月の間隔で2回接種する。",
        ),
        # "11日早かった" is a duration, not the 11th
        (
            "Picking began on August 28, 11 days earlier than the 30-year average.",
            "収穫は8月28日に始まり、過去30年の平均より11日早かった。",
        ),
    ],
)
def test_ranges_and_durations_are_not_contradictions(source: str, lead: str) -> None:
    assert [f for f in check_lead(source, lead) if f[0] == "error"] == []


def test_a_scale_slip_away_from_the_sentence_restated_keeps_its_about() -> None:
    from yoten.check.digest_figures import digest_quantities
    from yoten.check.relations import typo_of

    (rounded,) = digest_quantities("減少幅は約1万7000人拡大した。")
    (exact,) = digest_quantities("人口は170万人だった。")
    (about,) = digest_quantities("約170万人が住む。")
    # 約1万7000人 is not 170万人 of another sentence (a difference, rounded) ...
    assert not typo_of(rounded, exact)
    # ... but is "about 1.7 million" with 万 for 億-scale, or any 170万 of the sentence restated
    assert typo_of(rounded, about)
    assert typo_of(rounded, exact, near=True)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("攻撃で病院63カ所と診療所7カ所のシステムが止まった。", ["number.swapped"]),
        ("攻撃で病院7カ所と診療所63カ所のシステムが止まった。", []),
        ("試合ではシルバが31点、オコロが18点を挙げた。", []),
        ("試合ではシルバが18点、オコロが31点を挙げた。", ["number.swapped"]),
    ],
)
def test_two_figures_given_to_each_others_subjects_are_swapped(
    lead: str, expected: list[str]
) -> None:
    source = (
        "The attack halted systems at its seven hospitals and 63 clinics. "
        "In the final, Silva scored 31 points, while Okoro added 18 for the visitors."
    )
    found = [rule for severity, rule, _ in check_lead(source, lead) if severity == "error"]
    assert found == expected


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        (
            "避難所では1人1日あたり3リットルの飲料水を配る。",
            "Shelters hand out 3 litres of water per person daily.",
        ),
        ("1人あたり800ユーロの給付金が出る。", "Every household member gets a €800 payment."),
        (
            "港には1日40隻のタンカーが入っていた。",
            "Before the strike, 40 tankers a day entered the port.",
        ),
        ("1日5便に増便する。", "The airline will fly five times a day."),
        ("米は1キロあたり4ドルで取引された。", "Rice traded at $4 per kilogram."),
        ("1回につき15ドルを徴収する。", "Visitors pay $15 per entry."),
        ("総会は年1回開かれる。", "The assembly meets annually."),
        ("委員会は月1回の会合を持つ。", "The committee meets monthly."),
        ("1日1回服用する。", "Take the tablet daily."),
        ("1日平均120人が来館した。", "The museum drew 120 visitors a day on average."),
        ("1ドル=148円まで円安が進んだ。", "The yen weakened to 148 yen per dollar."),
        ("1人2枚まで購入できる。", "Buyers are limited to two tickets each."),
    ],
)
def test_rate_expressions_are_not_findings(
    make_article, make_digest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=MARCH_12) == []
    )


def test_the_rates_own_figure_is_still_checked(make_article, make_digest) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "港には1日45隻のタンカーが入っていた。",
        "40 tankers a day.",
        published=MARCH_12,
    )
    assert found == [("figure", "45隻")]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("上限を時速75マイルから60マイルに下げる。", "The cap falls from 75 mph to 60 mph."),
        (
            "上限を時速75マイルから60マイルに下げる。",
            "The cap falls from 75 mph to 60 on rural roads.",
        ),
        ("時速110キロから90キロに制限", "Limited from 110 km/h to 90 kph."),
        ("最高時速約45マイルで走る。", "It runs at about 45 miles per hour."),
        ("時速50マイルで通過した。", "It passed at 50 mi/h."),
        ("時速80キロで走行した。", "It travelled at 80 kilometres an hour."),
        ("車は55マイルで走っていた。", "The car was doing 55 mph."),  # bare マイル, speed source
        ("風速は120キロに達した。", "Gusts reached 120 kph."),  # bare キロ, speed source
        ("時速100キロで走行", "It ran at 62 mph."),  # a conversion: close enough
        ("島まで30マイルの距離", "The island lies 30 miles offshore."),  # still a distance
    ],
)
def test_speeds_match_across_unit_spellings(
    make_article, make_digest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=MARCH_12) == []
    )


def test_two_figures_in_the_same_imperial_unit_compare_exactly(make_article, make_digest) -> None:
    # 60 and 65 mph are 8% apart: within a conversion's tolerance, but both are mph
    found = flagged_spans(
        make_article, make_digest, "時速60マイルに制限", "Capped at 65 mph.", published=MARCH_12
    )
    assert found == [("figure", "60マイル")]
    found = flagged_spans(
        make_article, make_digest, "距離は48マイル。", "It is 52 miles away.", published=MARCH_12
    )
    assert found == [("figure", "48マイル")]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("交渉は1年以上続いている。", "Talks have dragged on for more than a year."),
        ("交渉は1年以上続いている。", "Talks have run for over a year."),
        ("1週間で2万件の注文を受けた。", "It took 20,000 orders in a single week."),
        ("1週間で2万件の注文を受けた。", "It took 20,000 orders in a week."),
        ("1週間で2万件の注文を受けた。", "It took 20,000 orders in one week."),
        ("1か月後に運行を再開する。", "Service resumes in a month."),
        ("1時間以内に鎮火した。", "The fire was out within an hour."),
        ("約1世紀ぶりの大雪", "The heaviest snow in about a century."),
        ("4世紀にわたって続く祭り", "A festival held for four centuries."),
        ("4世紀にわたって続く祭り", "A festival held for 400 years."),
        ("4世紀の歴史を持つ祭り", "A festival with four centuries of history."),
        ("18世紀に建てられた教会", "The church dates from the 1700s."),
        ("18世紀に建てられた教会", "The church was built in the 18th century."),
        ("18世紀後半に建てられた", "The church was finished in 1783."),
    ],
)
def test_vague_durations_and_centuries_are_supported(
    make_article, make_digest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=MARCH_12) == []
    )


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("交渉は2年以上続いている。", "Talks have dragged on for more than a year.", "2年以上"),
        ("2週間で2万件の注文", "It took 20,000 orders in a single week.", "2週間"),
        ("4世紀にわたって続く祭り", "A festival held for three centuries.", "4世紀"),
        ("18世紀に建てられた教会", "The church is 90 years old.", "18世紀"),
        ("18世紀に建てられた教会", "The church dates from the 1800s.", "18世紀"),
    ],
)
def test_wrong_durations_and_centuries_are_still_errors(
    make_article, make_digest, digest_text: str, source_text: str, span: str
) -> None:
    assert [
        s
        for _kind, s in flagged_spans(
            make_article, make_digest, digest_text, source_text, published=MARCH_12
        )
    ] == [span]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("同港への寄港は10年ぶりとなる。", "It is the first call at the port in a decade."),
        ("同港への寄港は10年ぶりとなる。", "No liner had called there in ten years."),
        ("同港への寄港は10年ぶり。", "A decade has passed since the last call; 3 ships wait."),
        ("20年ぶりの高値を付けた。", "Copper hit its highest price in two decades."),
        ("30年ぶりの水準", "the level was last seen three decades ago"),
        ("1世紀ぶりの大雪となった。", "The city saw its heaviest snow in a century."),
        ("100年ぶりの大雪となった。", "The city saw its heaviest snow in a century."),
        ("3か月ぶりの安値", "the lowest close in three months"),
        ("6カ月ぶりに再開した。", "The line reopened after half a year."),
        ("1年半ぶりに帰国した。", "She returned home after 18 months abroad."),
        ("10年ぶりの優勝を果たした。", "It is the club's first title since 2015."),
    ],
)
def test_spans_of_years_in_other_units_support_buri(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=MARCH_12) == []
    )


def test_a_changed_span_is_still_a_finding(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "20年ぶりの優勝。",
        "Their first title in a decade.",
        published=MARCH_12,
    )
    assert found == [("figure", "20年ぶり")]
    found = flagged_spans(
        make_article,
        make_digest,
        "10年ぶりの優勝。",
        "The first title in five years.",
        published=MARCH_12,
    )
    assert found == [("figure", "10年ぶり")]
    # "since 2015" in 2025 is ten (or, for a part year, nine) years, not five
    found = flagged_spans(
        make_article,
        make_digest,
        "5年ぶりの優勝。",
        "The first title since 2015.",
        published=MARCH_12,
    )
    assert [span for _kind, span in found] == ["5年ぶり"]


@pytest.mark.parametrize(
    ("digest_text", "source_text", "published"),
    [
        ("2024年3月に導入された。", "The levy was introduced last March.", MARCH_12),
        ("2024年3月に導入された。", "The levy was introduced in March last year.", MARCH_12),
        ("2024年3月に導入された。", "It was brought in in March of last year.", MARCH_12),
        ("2026年3月に導入される。", "The levy takes effect next March.", MARCH_12),
        ("2026年3月に導入される。", "The levy takes effect in March next year.", MARCH_12),
        ("2025年9月に導入される。", "The levy takes effect this September.", MARCH_12),
        ("2025年9月に導入される。", "The levy takes effect next September.", MARCH_12),
        ("2025年2月に導入された。", "The levy was introduced last February.", dt.date(2025, 6, 2)),
        ("2024年2月に導入された。", "The levy was introduced last February.", dt.date(2025, 6, 2)),
        # a bare month: the nearest one, or the last one before publication
        ("2024年11月に導入された。", "The levy was introduced in November.", MARCH_12),
        ("2025年4月に導入される。", "The levy takes effect in April.", MARCH_12),
        ("2024年4月に導入された。", "The levy took effect in April.", MARCH_12),
    ],
)
def test_months_with_a_relative_year(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    published: dt.date,
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=published)
        == []
    )


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("2023年3月に導入された。", "The levy was introduced last March.", "2023年3月"),
        ("2024年3月に導入される。", "The levy takes effect in March next year.", "2024年3月"),
        ("2024年3月に導入される。", "The levy takes effect next March.", "2024年3月"),
        ("2023年11月に導入された。", "The levy was introduced in November.", "2023年11月"),
    ],
)
def test_a_month_in_another_year_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    span: str,
) -> None:
    assert flagged_spans(
        make_article, make_digest, digest_text, source_text, published=MARCH_12
    ) == [("date", span)]


@pytest.mark.parametrize(
    ("digest_text", "source_text", "published"),
    [
        ("新料金は1日から適用された。", "New fares applied from March 1.", MARCH_12),
        ("新料金は1日から適用された。", "New fares applied from 1 March.", MARCH_12),
        ("新料金は3月1日から適用された。", "New fares applied from 1st March.", MARCH_12),
        ("新料金は1月1日から適用された。", "New fares applied on Jan. 1.", MARCH_12),
        ("新料金は1日から適用された。", "New fares applied on the 1st.", MARCH_12),
        ("新料金は1日から適用された。", "New fares apply from the start of the month.", MARCH_12),
        ("新料金は4月1日から適用される。", "Fares rise at the beginning of next month.", MARCH_12),
        ("新料金は1日から適用される。", "Fares rise on the first of next month.", MARCH_12),
        ("新料金は15日から適用される。", "Fares rise from the 15th.", MARCH_12),
        # Friday 29 August 2025: "from Monday" is Monday 1 September
        ("新料金は1日から適用される。", "New fares apply from Monday.", dt.date(2025, 8, 29)),
        ("新料金は9月1日から適用される。", "New fares apply from Monday.", dt.date(2025, 8, 29)),
    ],
)
def test_first_of_the_month(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    published: dt.date,
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=published)
        == []
    )


@pytest.mark.parametrize(
    ("digest_text", "source_text", "published", "span"),
    [
        ("新料金は2日から適用された。", "New fares applied on the 1st.", MARCH_12, "2日"),
        (
            "新料金は2日から適用される。",
            "New fares apply from Monday.",
            dt.date(2025, 8, 29),
            "2日",
        ),
        (
            "新料金は5月1日から適用される。",
            "Fares rise at the start of next month.",
            MARCH_12,
            "5月1日",
        ),
        ("新料金は1日から適用される。", "Fares rise on March 4.", MARCH_12, "1日"),
    ],
)
def test_another_day_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    published: dt.date,
    span: str,
) -> None:
    assert flagged_spans(
        make_article, make_digest, digest_text, source_text, published=published
    ) == [("date", span)]


@pytest.mark.parametrize(
    "source_text",
    ["The fair ran from April 1 to 3.", "The fair ran on April 1-3.", "The fair ran 1-3 April."],
)
def test_a_range_of_days_of_the_month(
    make_article: MakeArticle, make_digest: MakeDigest, source_text: str
) -> None:
    assert (
        flagged_spans(
            make_article, make_digest, "見本市は1〜3日に開かれた。", source_text, published=MARCH_12
        )
        == []
    )
    found = flagged_spans(
        make_article, make_digest, "見本市は1〜4日に開かれた。", source_text, published=MARCH_12
    )
    assert ("figure", "4日") in found
    # a span of days is still a span: two to three days
    assert (
        flagged_spans(
            make_article,
            make_digest,
            "回復に2〜3日かかる。",
            "It takes two to three days.",
            published=MARCH_12,
        )
        == []
    )


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("審査員は9.5点を付けた。", "The judges gave her 9.5 points."),
        ("審査員は9.5点を付けた。", "The judges gave her 9½ points."),
        ("審査員は9.5点を付けた。", "The judges gave her nine and a half points."),
        ("首位との差は1.5点に縮まった。", "The gap to the leader shrank to one-and-a-half points."),
        ("3対1で勝利した。", "They won 3-1 at home."),
        ("2対0で勝利した。", "They won two-nil away."),
        ("150万ドルを調達した。", "It raised $1½ million."),
        ("150万人が参加した。", "One and a half million people took part."),
        ("2年半続いた。", "The drought lasted two and a half years."),
        ("1時間半に及んだ。", "The talks ran for an hour and a half."),
        ("1時間半に及んだ。", "The talks ran for 90 minutes."),
        ("会見は1時間40分に及んだ。", "The briefing lasted 100 minutes."),
        ("水位は2.25メートル上がった。", "The river rose 2¼ metres."),
    ],
)
def test_scores_and_fractions(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=MARCH_12) == []
    )


def test_a_changed_score_is_still_a_mismatch(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "9.5点を付けた。",
        "The judges gave her 8½ points.",
        published=MARCH_12,
    )
    assert found == [("figure", "9.5点")]
    found = flagged_spans(
        make_article,
        make_digest,
        "1時間50分に及んだ。",
        "It lasted 100 minutes.",
        published=MARCH_12,
    )
    assert found == [("figure", "1時間50分")]  # one compound figure, one finding


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("7分で試合を決めた。", "He settled it within seven minutes."),
        ("7分で試合を決めた。", "He settled it within 7 minutes."),
        ("7分で試合を決めた。", "It was a 7-minute spell that settled it."),
        ("7分で試合を決めた。", "A seven-minute spell settled it."),
        ("40ミリの雨が降った。", "A 40-millimetre downpour hit the town."),
        ("40ミリの雨が降った。", "The town got 40mm of rain."),
        ("40ミリの雨が降った。", "The town got 40 millimeters of rain."),
        ("3000年以上前の墓が見つかった。", "A 3,000-year-old tomb was found."),
        ("3000年以上前の墓が見つかった。", "The tomb was sealed more than 3,000 years ago."),
        ("5年計画を発表した。", "It unveiled a five-year plan."),
        ("1日5ユーロの入域料", "a €5-a-day entry fee"),
    ],
)
def test_minutes_and_hyphenated_units(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=MARCH_12) == []
    )


def test_a_changed_minute_or_length_is_still_a_mismatch(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "8分で決めた。",
        "He settled it in seven minutes.",
        published=MARCH_12,
    )
    assert found == [("figure", "8分")]
    found = flagged_spans(
        make_article, make_digest, "50ミリの雨", "A 40-millimetre downpour.", published=MARCH_12
    )
    assert found == [("figure", "50ミリ")]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("70億クローナの赤字", "a deficit of ISK 7bn"),
        ("70億クローナの赤字", "a deficit of 7 billion kronur"),
        ("70億クローナの赤字", "a deficit of 7bn ISK"),
        ("70億アイスランドクローナの赤字", "a deficit of 7 billion Icelandic krónur"),
        ("5万スウェーデンクローナ", "a fine of SEK 50,000"),
        ("5万クローネの罰金", "a fine of 50,000 Danish kroner"),
        ("5万クローネの罰金", "a fine of NOK 50,000"),
        ("5スイスフランの手数料", "a fee of CHF 5"),
        ("5スイスフランの手数料", "a fee of CHF5"),
        ("5スイスフランの手数料", "a fee of Sfr 5"),
        ("5スイスフランの手数料", "a fee of 5 Swiss francs"),
        ("5フランの手数料", "a fee of 5 francs"),
        ("100ランドの手数料", "a fee of R100"),
        ("100ランドの手数料", "a fee of ZAR 100"),
        ("100南アフリカランドの手数料", "a fee of 100 South African rand"),
        ("200メキシコペソ", "a fee of MXN 200"),
        ("200ペソ", "a fee of 200 pesos"),
        ("300レアル", "a fee of R$300"),
        ("300レアル", "a fee of 300 Brazilian reais"),
        ("500ルピー", "a fee of Rs 500"),
        ("500ルピー", "a fee of 500 Indian rupees"),
        ("5000ウォン", "a fee of 5,000 won"),
        ("5000ウォン", "a fee of KRW 5,000"),
        ("80元", "a fee of 80 yuan"),
        ("80人民元", "a fee of 80 renminbi"),
        ("80元", "a fee of CNY80"),
        ("90ポンド", "a fee of £90"),
        ("90ポンド", "a fee of 90 pounds"),
        ("90ユーロ", "a fee of €90"),
        ("90ユーロ", "a fee of EUR 90"),
        ("50セント", "a fee of 50 cents"),
        ("40万ズロチ", "a fine of 400,000 zlotys"),
    ],
)
def test_currencies(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=MARCH_12) == []
    )


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("70億クローナの赤字", "a deficit of 7 billion euros", "70億クローナ"),
        ("70億クローナの赤字", "a deficit of ISK 5bn", "70億クローナ"),
        ("5スイスフランの手数料", "a fee of 5 euros", "5スイスフラン"),
        ("100ランドの手数料", "a fee of $100", "100ランド"),
        ("80元", "a fee of 80 pesos", "80元"),
    ],
)
def test_another_currency_or_amount_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    span: str,
) -> None:
    assert [
        s
        for _kind, s in flagged_spans(
            make_article, make_digest, digest_text, source_text, published=MARCH_12
        )
    ] == [span]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("1時間で鎮火した。", "The fire was out in an hour."),
        ("1時間で鎮火した。", "The fire was out in one hour."),
        ("1時間の演説を行った。", "She gave an hour-long speech."),
        ("1時間の演説を行った。", "Her hour-long speech ran late."),
        ("1時間以内に返答する。", "They will answer within the hour."),
        ("1日間の休戦", "a day of truce"),
        ("1週間延期された。", "It was delayed by a week."),
        ("2週間延期された。", "It was delayed by a fortnight."),
        ("1か月間続いた。", "The strike lasted a month."),
        ("1年間続いた。", "The strike lasted a year."),
        ("1キロにわたる渋滞", "a queue stretching a kilometre"),
        ("1マイルの行列", "a queue a mile long"),
        ("金利を1ポイント引き上げた。", "Rates rose by a percentage point."),
        ("30分待たされた。", "They waited half an hour."),
    ],
)
def test_an_article_before_a_unit_is_one(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=MARCH_12) == []
    )


def test_a_year_half_is_checked_as_its_year(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    source = "Sales recovered in the second half of 2021."
    assert (
        flagged_spans(
            make_article, make_digest, "2021年後半に回復した。", source, published=MARCH_12
        )
        == []
    )
    assert flagged_spans(
        make_article, make_digest, "2022年後半に回復した。", source, published=MARCH_12
    ) == [("date", "2022年")]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("1〜9月の出荷は増えた。", "Shipments grew in the first nine months of the year."),
        ("1～9月期の出荷は増えた。", "Shipments grew from January to September."),
        ("1-9月の出荷は増えた。", "Shipments for January-September grew."),
        ("1〜9月の出荷は増えた。", "Shipments grew in the nine months to September."),
        ("1〜9月の出荷は増えた。", "Shipments grew in the nine-month period ended Sept. 30."),
        ("1〜9月の出荷は増えた。", "Shipments are up 4% year to date."),
        ("1〜10月の出荷は増えた。", "Shipments are up 4% so far this year."),
        ("1〜9月の出荷は増えた。", "Since January, shipments are up 4%."),
        ("1〜11月の輸出は減った。", "Exports fell in the first 11 months."),
        ("1〜11月の輸出は減った。", "Exports fell in the first eleven months of 2024."),
        ("4〜6月期の利益は倍増した。", "Profit doubled in the second quarter."),
        ("4〜6月期の利益は倍増した。", "Q2 profit doubled."),
        ("4〜6月期の利益は倍増した。", "Profit doubled in the April-June quarter."),
        ("4〜6月期の利益は倍増した。", "Profit doubled in the quarter to June."),
        ("1〜6月の利益は倍増した。", "Profit doubled in the first half."),
        ("1〜9月の利益は倍増した。", "Profit doubled in the first three quarters."),
        ("7〜9月期の利益は倍増した。", "Profit doubled in the fiscal second quarter."),
        ("1〜3月期から増えた。", "Profit in the second quarter rose from the previous quarter."),
    ],
)
def test_a_span_of_months_is_supported_by_any_english_period(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == []


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("1〜8月の出荷は増えた。", "Shipments grew in the first nine months.", "1〜8月"),
        ("1〜9月の出荷は増えた。", "Shipments grew in the eight months to August.", "1〜9月"),
        ("4〜6月期の利益は倍増した。", "Profit doubled in the first quarter.", "4〜6月期"),
        ("7〜9月期の利益は倍増した。", "Q2 profit doubled.", "7〜9月期"),
        ("1〜6月の出荷は増えた。", "Shipments are up 4% year to date.", "1〜6月"),
    ],
)
def test_another_span_of_months_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    span: str,
) -> None:
    # (a date finding, or a quarter one where the source names another quarter)
    found = flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2)
    assert [s for _kind, s in found] == [span]
    assert found[0][0] in ("date", "figure")


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("年末までに完成する。", "The bridge will be finished by the end of the year."),
        ("年末までに完成する。", "The bridge will be finished by end-2024."),
        ("年末までに完成する。", "The bridge will be finished by the end of 2024."),
        ("年末までに完成する。", "The bridge will be finished by December."),
        ("年末までに完成する。", "The bridge is due for completion by year's end."),
        ("年末までに完成する。", "The bridge is due for completion late 2024."),
        ("年内に完成する。", "The bridge will be finished later this year."),
        ("年内に完成する。", "The bridge will be finished before the end of the year."),
        ("来年に完成する。", "The bridge will be finished in 2025."),
        ("来年初めに完成する。", "The bridge will be finished in early 2025."),
        ("今年は好調だった。", "Sales in 2024 have been strong."),
        ("昨年は不調だった。", "Sales in 2023 were weak."),
        ("去年は不調だった。", "Sales were weak last year."),
        ("2025年に完成する。", "The bridge will be finished next year."),
        ("2023年は不調だった。", "Sales were weak last year."),
    ],
)
def test_year_relative_words_resolve_against_the_publication_year(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == []


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("年末までに完成する。", "The bridge will be finished by end-2025.", "年末"),
        ("年末までに完成する。", "The bridge will be finished by the end of 2026.", "年末"),
        ("来年に完成する。", "The bridge will be finished in 2026.", "来年"),
        ("昨年は不調だった。", "Sales in 2021 were weak.", "昨年"),
    ],
)
def test_another_year_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    span: str,
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == [
        ("date", span)
    ]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("5日から販売する。", "Tickets go on sale from Thursday."),
        ("5日まで開かれる。", "The fair runs until Thursday."),
        ("5日に発売する。", "The phone goes on sale on Thursday."),
        ("5〜8日に開かれる。", "The fair runs from Thursday to Sunday."),
        ("12日から販売する。", "Tickets go on sale on Thursday next week."),
    ],
)
def test_a_weekday_after_publication_gives_its_day_of_month(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    sunday = dt.date(2024, 9, 1)  # the Thursday after it is the 5th
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=sunday) == []
    )


def test_another_day_than_the_weekday_is_still_a_finding(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "6日から販売する。",
        "On sale from Thursday.",
        published=dt.date(2024, 9, 1),
    )
    assert found == [("date", "6日")]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("1日に9リットルを使う。", "Each household uses 9 litres a day."),
        ("1日で3回服用する。", "The drug is taken three times per day."),
        ("1日の平均は9リットルだ。", "The average is 9 litres daily."),
        ("1日に3人が搬送された。", "Three patients a day were taken to hospital."),
    ],
)
def test_per_day_rates_against_sources(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == []


def test_the_rates_figure_and_a_real_first_are_still_checked(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "1日に8リットルを使う。",
        "It uses 9 litres a day.",
        published=OCT_2,
    )
    assert found == [("figure", "8リットル")]
    found = flagged_spans(
        make_article, make_digest, "1日に発表した。", "It was announced on Monday.", published=OCT_2
    )
    assert found == [("date", "1日")]
    # "1日に3人が…" is the 1st unless the source gives a rate
    found = flagged_spans(
        make_article,
        make_digest,
        "1日に3人が搬送された。",
        "Three were hurt Monday.",
        published=OCT_2,
    )
    assert ("date", "1日") in found


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("雨量は10ミリに達した。", "Rainfall reached 10 millimetres."),
        ("10ミリの隙間", "a 10-millimetre gap"),
        ("応答は10ミリ秒。", "It answers within 10 milliseconds."),
        ("応答は10ミリ秒。", "It answers within 10ms."),
        ("3ナノの半導体", "a 3-nanometre chip"),
        ("50キロの荷物", "a 50kg parcel"),
        ("50キロの道のり", "a 50-kilometre drive"),
        ("中心気圧は950ヘクトパスカル。", "The storm's central pressure is 950 millibars."),
    ],
)
def test_si_units_match_across_languages(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == []


@pytest.mark.parametrize(
    ("digest_text", "source_text", "finding"),
    [
        ("雨量は10ミリに達した。", "Rainfall reached 10 centimetres.", ("figure", "10ミリ")),
        ("応答は10ミリ秒。", "It answers within 10 seconds.", ("figure", "10ミリ秒")),
        ("50キロメートルの道のり", "a 50kg parcel", ("figure", "50キロメートル")),
    ],
)
def test_another_prefix_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    finding: tuple[str, str],
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == [
        finding
    ]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("探査機は秒速11.7キロで飛ぶ。", "The probe travels at 11.7 km per second."),
        ("探査機は秒速11.7キロで飛ぶ。", "The probe travels at 11.7 km/s."),
        ("探査機は秒速11.7キロで飛ぶ。", "The probe travels at 11.7 kilometres a second."),
        ("探査機は秒速11.7キロで飛ぶ。", "The probe travels at about 42,000 km/h."),
        ("音は秒速340メートルで進む。", "Sound travels at 340 metres per second."),
        ("音は秒速340メートルで進む。", "Sound travels at 340 m/s."),
        ("秒速11キロから12キロに加速した。", "It sped up from 11 km/s to 12 km/s."),
        ("時速4万2000キロに達した。", "It reached 11.7 km/s, about 42,000 km/h."),
    ],
)
def test_speeds_per_second_are_speeds(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == []


def test_a_changed_speed_is_still_a_finding(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "秒速12.7キロで飛ぶ。",
        "It travels at 11.7 km/s.",
        published=OCT_2,
    )
    assert found == [("figure", "12.7キロ")]
    # 11.7 per hour is not 11.7 per second
    found = flagged_spans(
        make_article,
        make_digest,
        "時速11.7キロで飛ぶ。",
        "It travels at 11.7 km/s.",
        published=OCT_2,
    )
    assert found == [("figure", "11.7キロ")]


@pytest.mark.parametrize(
    "digest_text",
    [
        "レーダーは214の破片を追跡した。",
        "レーダーは物体214個を追跡した。",
        "レーダーは214のデブリを追跡した。",
        "レーダーは214件の破片を追跡した。",
        "追跡した破片は214に上る。",
    ],
)
@pytest.mark.parametrize(
    "source_text",
    [
        "Radar tracked 214 pieces of debris.",
        "Radar tracked 214 objects.",
        "Radar tracked 214 fragments after the breakup.",
    ],
)
def test_a_count_without_its_counter_matches_the_same_value(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == []


def test_a_changed_count_without_a_counter_is_still_a_finding(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "214の破片",
        "Radar tracked 241 pieces of debris.",
        published=OCT_2,
    )
    assert found == [("figure", "214")]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("6対4で勝った。", "The home side won 6-4."),
        ("6対4で勝った。", "The home side won 6–4 in the final set."),
        ("4対6で敗れた。", "The visitors lost 6-4."),
        ("6対4で敗れた。", "The visitors lost 4-6."),
        ("6-4で勝った。", "The home side won 6-4."),
        ("5対4の判断を示した。", "The court issued a 5-4 ruling."),
        ("2対0で勝利した。", "They won 2-nil."),
        ("3-5人が負傷した。", "Between 3-5 people were hurt, in a 5-4 vote."),
    ],
)
def test_a_score_pair_matches_in_either_order(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == []


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("6対3で勝った。", "They won 6-4 and had 3 aces.", "6対3"),
        ("6対3で勝った。", "They won 6-4.", "6対3"),
        ("6-3で勝った。", "They won 6-4; 3 sets in all.", "6-3"),
        ("5対3の判断", "The court ruled 5-4 after 3 hearings.", "5対3"),
    ],
)
def test_a_score_with_one_number_changed_is_a_mismatch(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    span: str,
) -> None:
    assert flagged_spans(make_article, make_digest, digest_text, source_text, published=OCT_2) == [
        ("figure", span)
    ]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("4月は30日のうち12日が晴れた。", "The sun shone on 12 of the 30 days in April."),
        ("4月は30日中12日が晴れた。", "The sun shone on 12 out of 30 days in April."),
        ("4月は30日のうち12日が晴れた。", "Twelve of April's 30 days were sunny."),
        ("12日連続で晴れた。", "It was sunny for 12 straight days."),
        ("12日余りの航海", "a voyage of some 12 days"),
        ("7日分の食料を備蓄した。", "They stored food for seven days."),
    ],
)
def test_counts_of_days_are_supported_by_n_days(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=JUNE_3) == []
    )


def test_a_changed_count_of_days_is_still_a_finding(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "4月は30日のうち13日が晴れた。",
        "The sun shone on 12 of the 30 days in April.",
        published=JUNE_3,
    )
    assert found == [("figure", "13日")]
    # a day of the month is still checked as a date
    found = flagged_spans(
        make_article, make_digest, "12日に晴れた。", "It was sunny on May 14.", published=JUNE_3
    )
    assert found == [("date", "12日")]


@pytest.mark.parametrize(
    ("digest_text", "source_text", "published"),
    [
        ("1日に会談する。", "The two leaders will meet on Monday.", FRIDAY_29),
        ("1日までに回答する。", "The union must answer by Monday.", FRIDAY_29),
        ("1日から運休する。", "Ferries stop from Monday.", FRIDAY_29),
        ("1日に会談した。", "The two leaders met last Friday.", dt.date(2025, 8, 4)),
        ("1日に会談した。", "The two leaders met on Friday.", dt.date(2025, 8, 4)),
        ("1日に会談した。", "They met last Monday.", dt.date(2025, 9, 9)),  # a week before
        ("8日に会談する。", "They meet next Monday.", dt.date(2025, 8, 31)),  # a week after
        ("1日に発表した。", "The ministry said so yesterday.", dt.date(2025, 10, 2)),
        ("1日に発表する。", "The ministry will say so tomorrow.", dt.date(2025, 9, 30)),
        ("1日に施行された。", "The rule took effect on 1 July.", dt.date(2025, 7, 9)),
        ("1日に施行された。", "The rule took effect on July 1st.", dt.date(2025, 7, 9)),
        ("1日に施行された。", "The rule took effect on the first of July.", dt.date(2025, 7, 9)),
        ("1日に施行された。", "The rule took effect on July first.", dt.date(2025, 7, 9)),
        ("1日に施行された。", "The rule took effect on the 1st.", dt.date(2025, 7, 9)),
        ("1日に施行された。", "It took effect on the first, officials said.", dt.date(2025, 7, 9)),
        (
            "1日から施行された。",
            "It has applied since the start of the month.",
            dt.date(2025, 7, 9),
        ),
        ("1日から施行された。", "It has applied since the beginning of July.", dt.date(2025, 7, 9)),
        ("21日に施行される。", "It applies from the twenty-first of July.", dt.date(2025, 7, 9)),
    ],
)
def test_the_first_of_a_month_said_other_ways(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    published: dt.date,
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=published)
        == []
    )


@pytest.mark.parametrize(
    ("digest_text", "source_text", "published"),
    [
        ("2日に会談する。", "The two leaders will meet on Monday.", FRIDAY_29),
        ("1日に会談した。", "The two leaders met on Tuesday.", FRIDAY_29),
        ("2日に施行された。", "The rule took effect on the first of July.", dt.date(2025, 7, 9)),
        ("1日に施行された。", "The rule took effect on the second of July.", dt.date(2025, 7, 9)),
    ],
)
def test_another_day_than_the_first_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    published: dt.date,
) -> None:
    found = flagged_spans(make_article, make_digest, digest_text, source_text, published=published)
    assert found == [("date", digest_text[:2])]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("ストは1週間続いた。", "The strike lasted a week."),
        ("1週間以内に回答する。", "It will answer within a week."),
        ("1週間の祭り", "a week-long festival"),
        ("1週間の祭り", "a weeklong festival"),
        ("1週間にわたり閉鎖された。", "The road was shut for a week."),
        ("10年間で倍増した。", "It doubled over the past decade."),
        ("過去10年で最多", "the most in the last decade"),
        ("過去10年で最多", "the most over the last ten years"),
        ("10年間の計画", "a decade-long plan"),
        # "14 years" elsewhere in the source is no contradiction when a decade is said too
        ("10年間で倍増した。", "It doubled in a decade; the law is 14 years old."),
    ],
)
def test_durations_with_an_article(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=JUNE_3) == []
    )


def test_a_changed_duration_is_still_a_mismatch(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article, make_digest, "10年間で倍増した。", "It doubled in 14 years.", published=JUNE_3
    )
    assert found == [("figure", "10年間")]
    found = flagged_spans(
        make_article, make_digest, "過去10年で最多", "the most in 14 years", published=JUNE_3
    )
    assert found == [("figure", "10年")]
    found = flagged_spans(
        make_article, make_digest, "2週間続いた。", "The strike lasted a week.", published=JUNE_3
    )
    assert found == [("figure", "2週間")]


@pytest.mark.parametrize(
    "source_text",
    [
        "The film runs 1 hour 48 minutes.",
        "The film runs an hour and 48 minutes.",
        "The film runs one hour and forty-eight minutes.",
        "The film runs 108 minutes.",
        "The film runs 1h48m.",
        "The film runs 1 hr 48 min.",
        "It is a 108-minute film.",
    ],
)
@pytest.mark.parametrize("digest_text", ["上映時間は1時間48分。", "上映時間は108分。"])
def test_hours_and_minutes_in_any_form(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=JUNE_3) == []
    )


def test_a_changed_compound_is_one_mismatch(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article, make_digest, "上映時間は1時間49分。", "It runs 108 minutes.", published=JUNE_3
    )
    assert found == [("figure", "1時間49分")]
    found = flagged_spans(
        make_article,
        make_digest,
        "上映時間は109分。",
        "It runs 1 hour 48 minutes.",
        published=JUNE_3,
    )
    assert found == [("figure", "109分")]


@pytest.mark.parametrize(
    "source_text",
    [
        "Fires burned 86,000 hectares.",
        "Fires burned 86,000ha.",
        "Fires burned 86,000 ha of forest.",
        "Fires burned 860 sq km.",
        "Fires burned 860 square kilometres.",
        "Fires burned 860 km².",
        "Fires burned an 860-square-kilometre area.",
    ],
)
@pytest.mark.parametrize(
    "digest_text", ["8万6000ヘクタールが焼失した。", "860平方キロが焼失した。", "860㎢が焼失した。"]
)
def test_hectares_and_square_kilometres(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=JUNE_3) == []
    )


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("450平方メートルの店舗", "a 450-square-metre shop"),
        ("450平方メートルの店舗", "a shop of 450 sq m"),
        ("約2000エーカー", "about 2,000 acres"),
        ("約800ヘクタール", "some 2,000 acres"),  # converted, approximately
        ("約2300平方キロ", "about 900 square miles"),
    ],
)
def test_square_metres_and_acres(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert (
        flagged_spans(make_article, make_digest, digest_text, source_text, published=JUNE_3) == []
    )


def test_a_changed_area_is_still_a_mismatch(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article,
        make_digest,
        "9万6000ヘクタール",
        "It burned 86,000 hectares.",
        published=JUNE_3,
    )
    assert found == [("figure", "9万6000ヘクタール")]
    found = flagged_spans(
        make_article, make_digest, "86平方キロ", "It burned 86,000 hectares.", published=JUNE_3
    )
    assert found == [("figure", "86平方キロ")]


@pytest.mark.parametrize(
    "source_text",
    [
        "Tom Weller, 23, was detained.",
        "The 23-year-old was detained.",
        "Weller, aged 23, was detained.",
        "Weller is 23 years old.",
        "Weller (23) was detained.",
    ],
)
def test_an_age_supports_its_own_figure_and_contradicts_another(
    make_article: MakeArticle, make_digest: MakeDigest, source_text: str
) -> None:
    assert (
        flagged_spans(
            make_article,
            make_digest,
            "ウェラー氏(23歳)が拘束された。",
            source_text,
            published=JUNE_3,
        )
        == []
    )
    found = flagged_spans(
        make_article, make_digest, "ウェラー氏(24歳)が拘束された。", source_text, published=JUNE_3
    )
    assert [kind for kind, _span in found] == ["figure"]
    if "(" not in source_text:  # a bare figure in brackets is no stated age
        assert found == [("figure", "24歳")]


def test_small_round_figures_are_exact(make_article: MakeArticle, make_digest: MakeDigest) -> None:
    found = flagged_spans(
        make_article, make_digest, "20人が死亡した。", "Nineteen people died.", published=JUNE_3
    )
    assert found == [("figure", "20人")]
    # a figure of two significant digits or a round thousand may be a rounding
    assert (
        flagged_spans(
            make_article, make_digest, "2500万ドル", "It cost $24.6 million.", published=JUNE_3
        )
        == []
    )
    assert (
        flagged_spans(
            make_article, make_digest, "5000人が参加", "4,980 people took part.", published=JUNE_3
        )
        == []
    )


@pytest.mark.parametrize(
    ("source", "lead", "expected"),
    [
        # a headline's rounded figure restates the body's sum, which the source supports
        (
            "Acme will recall 268,400 Terra and 143,900 Vista vehicles in the United States.",
            "アクメは41万台超をリコール。テラ26万8400台とビスタ14万3900台、計41万2300台が対象。",
            [],
        ),
        (
            "Acme will recall 268,400 Terra and 143,900 Vista vehicles in the United States.",
            "アクメは45万台超をリコール。テラ26万8400台とビスタ14万3900台、計41万2300台が対象。",
            ["45万台"],
        ),
        # Fahrenheit in the source, Celsius (or 華氏) in the digest: no contradiction
        (
            "Shadowed craters can fall below minus 380 degrees Fahrenheit.",
            "影になったクレーターはマイナス230度を下回ることがある。",
            [],
        ),
        (
            "It was 48 degrees Fahrenheit at the start.",
            "スタート時の気温は華氏48度(摂氏約9度)だった。",
            [],
        ),
    ],
)
def test_restated_and_converted_figures_are_not_errors(
    source: str, lead: str, expected: list[str]
) -> None:
    assert error_spans(source, lead) == expected


@pytest.mark.parametrize(
    ("source", "lead", "expected"),
    [
        # a percentage change between two source figures the digest restates
        (
            "Pre-tax profit for the first half of its financial year rose to £412m from £318m.",
            "上期の税引き前利益は4億1200万ポンドと、前年の3億1800万ポンドから約3割増えた。",
            [],
        ),
        (
            "Pre-tax profit for the first half of its financial year rose to £412m from £318m.",
            "上期の税引き前利益は4億1200万ポンドと、前年の3億1800万ポンドから約6割増えた。",
            ["6割"],
        ),
        # the second of two compared figures shares the first one's currency
        (
            "Lift revenue fell to 21.4 million euros, against 26.9 million a year earlier.",
            "リフト売上高は前年の2690万ユーロから2140万ユーロに減った。",
            [],
        ),
        (
            "Lift revenue fell to 21.4 million euros, against 26.9 million a year earlier.",
            "リフト売上高は前年の2690万ユーロから2億1400万ユーロに減った。",
            ["2億1400万ユーロ"],
        ),
        # what is left of a total once two parts are taken away
        (
            "The quota was cut to 412,000 tonnes. Norland receives 148,000 tonnes and Hestray "
            "96,000 tonnes; the remaining three states divide what is left.",
            "ノルランドは14万8000トン、ヘストレイは9万6000トンで、残る3カ国が計16万8000トンを分け合う。",
            [],
        ),
        # "contre 26,9 millions": compared with a figure in euros
        (
            "Lift revenue fell to 21.4 million euros, contre 26.9 million a year earlier.",
            "リフト売上高は前年の2690万ユーロから2140万ユーロに減った。",
            [],
        ),
    ],
)
def test_changes_and_compared_figures(source: str, lead: str, expected: list[str]) -> None:
    # the faithful digests get no finding on these figures; a changed one is flagged
    flagged = [span for severity, _, span in check_lead(source, lead) if severity != "info"]
    assert all(any(x in e or e in x for e in flagged) for x in expected), flagged
    assert [e for e in flagged if not any(x in e or e in x for x in expected)] == []


@pytest.mark.parametrize(
    ("language", "source", "lead", "expected"),
    [
        # an amount with no unit in a story that counts money in euros
        (
            "es",
            "El club pagó 42 millones de euros. El club galo había rechazado una oferta de 30 millones de un equipo inglés.",
            "クラブは以前、イングランドのクラブからの3000万ユーロの提示を断っていた。",
            [],
        ),
        # a month with its year in Italian, a quarter left unsaid
        (
            "it",
            "La prossima sessione del Comitato si terrà nel luglio del 2026.",
            "次回の委員会は2026年7月に開かれる。",
            [],
        ),
        (
            "en",
            "The economy grew 0.6% in the third quarter, after 0.2% in the second.",
            "7〜9月期の成長率は0.6%で、4〜6月期の0.2%から加速した。",
            [],
        ),
        # the weekday of a day judged with its day: right, then wrong
        (
            "en",
            "The groundbreaking is planned for March 17.",
            "起工式は3月17日(月曜日)に予定されている。",
            [],
        ),
        (
            "en",
            "The groundbreaking is planned for March 17.",
            "起工式は3月17日(火曜日)に予定されている。",
            ["3月17日(火曜日)"],
        ),
    ],
)
def test_amounts_months_quarters_and_weekdays_a_translator_resolves(
    language: str, source: str, lead: str, expected: list[str]
) -> None:
    flagged = [
        span
        for severity, _, span in check_lead(source, lead, language=language)
        if severity != "info"
    ]
    assert all(any(x in e or e in x for e in flagged) for x in expected), flagged
    assert [e for e in flagged if not any(x in e or e in x for x in expected)] == []


@pytest.mark.parametrize(
    ("source", "lead", "expected"),
    [
        # years since a year the restated sentence names (published 2025)
        ("The torc was stolen from the museum in 2018.", "首飾りは7年前に博物館から盗まれた。", []),
        (
            "The torc was stolen from the museum in 2018.",
            "首飾りは9年前に博物館から盗まれた。",
            ["9年前"],
        ),
        ("It is the first call at the port in a decade.", "寄港は10年ぶりとなる。", []),
        # a span of ancient years is not counted from a year of the story
        (
            "The grave, found in 1980, is about 3,500 years old.",
            "1980年に見つかった墓は約3500年前のものだ。",
            [],
        ),
    ],
)
def test_years_since_a_year_of_the_story(source: str, lead: str, expected: list[str]) -> None:
    errors = error_spans(source, lead)
    assert errors == expected


def test_years_since_in_a_japanese_source_are_counted_not_matched() -> None:
    source = (
        "汐入大橋は1972年に開通した全長1180メートルの鋼橋で、老朽化が進んでいる。橋脚は43本ある。"
    )
    right = check_lead(source, "汐入大橋は1972年に開通し、開通から53年がたつ。", language="ja")
    wrong = check_lead(source, "汐入大橋は1972年に開通し、開通から43年がたつ。", language="ja")
    assert [s for sev, _, s in right if sev == "error"] == []
    assert [s for sev, _, s in wrong if sev == "error"] == ["43年"]


@pytest.mark.parametrize(
    ("language", "source", "lead", "expected"),
    [
        # the very count in another unit of time is a slip; weeks in German are read
        (
            "de",
            "Allein das Stimmen aller Pfeifen dauerte 320 Stunden.",
            "調律だけで320時間を要した。",
            [],
        ),
        (
            "de",
            "Allein das Stimmen aller Pfeifen dauerte 320 Stunden.",
            "調律だけで320日を要した。",
            ["320日"],
        ),
        (
            "de",
            "Wer 12 Wochen lang kein Angebot vorlegt, muss mit Streiks rechnen.",
            "12週間も改善案を出さない。",
            [],
        ),
    ],
)
def test_a_count_in_another_unit_of_time(
    language: str, source: str, lead: str, expected: list[str]
) -> None:
    errors = error_spans(source, lead, language=language)
    assert errors == expected


def test_a_fraction_word_supports_only_percentages_near_it() -> None:
    # "a tenth" is about 10%: it supports 約1割 and 10%, not a 5.5% rise in turnout,
    # which is the points between 39.2% and 44.7%
    source = (
        "A tenth of voters used the new drop boxes. "
        "Turnout rose to 44.7% from 39.2% at the previous election."
    )
    right = check_lead(
        source, "投票率は39.2%から44.7%に5.5ポイント上昇した。約1割が投函箱を使った。"
    )
    wrong = check_lead(source, "投票率は39.2%から44.7%に5.5%上昇した。約1割が投函箱を使った。")
    assert [s for sev, _, s in right if sev == "error"] == []
    assert [s for sev, _, s in wrong if sev == "error"] == ["5.5%"]


@pytest.mark.parametrize(
    ("language", "source", "lead", "expected"),
    [
        # the change between two figures of the sentence restated, one end stated
        (
            "it",
            "All'estero sono state vendute 41.250 tonnellate, rispetto alle 38.480 tonnellate dell'anno precedente.",
            "輸出量は前年の3万8480トンから2770トン増えた。",
            [],
        ),
        (
            "it",
            "All'estero sono state vendute 41.250 tonnellate, rispetto alle 38.480 tonnellate dell'anno precedente.",
            "輸出量は前年の3万8480トンから3770トン増えた。",
            ["3770トン"],
        ),
        (
            "en",
            "Lift revenue fell to 21.4 million euros, against 26.9 million euros a year earlier.",
            "リフト売上高は2690万ユーロから約20%減少した。",
            [],
        ),
        (
            "en",
            "Lift revenue fell to 21.4 million euros, against 26.9 million euros a year earlier.",
            "リフト売上高は2690万ユーロから約15%減少した。",
            ["15%"],
        ),
    ],
)
def test_a_change_the_source_figures_give(
    language: str, source: str, lead: str, expected: list[str]
) -> None:
    errors = error_spans(source, lead, language=language)
    assert errors == expected


@pytest.mark.parametrize(
    ("language", "source", "lead", "expected"),
    [
        # the very figure in another unit of area
        (
            "en",
            "The fire has burned 18,600 acres near the town.",
            "火災は約7530ヘクタールを焼いた。",
            [],
        ),
        (
            "en",
            "The fire has burned 18,600 acres near the town.",
            "火災は1万8600ヘクタールを焼いた。",
            ["1万8600ヘクタール"],
        ),
        # French "à 18 h" and Spanish "de 23.00 a 7.00" are clock times
        (
            "fr",
            "La séance, ouverte à 18 h, s'est achevée à 23 h 40.",
            "審議は午後6時に始まり、午後11時40分に終わった。",
            [],
        ),
        (
            "es",
            "Los municipios aplican cortes nocturnos de 23.00 a 7.00.",
            "自治体は午後11時から午前7時まで断水している。",
            [],
        ),
    ],
)
def test_units_and_clocks_of_the_source(
    language: str, source: str, lead: str, expected: list[str]
) -> None:
    errors = error_spans(source, lead, language=language)
    assert errors == expected


def test_a_later_weekday_in_the_same_sentence_follows_the_earlier_one() -> None:
    # published Thursday 12 June: "from Monday" is the 16th, "until Saturday" the 21st
    source = "The stoppage will begin at 7am on Monday and end at 7am on Saturday."
    published = dt.datetime(2025, 6, 12, 18, 45, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    found = check_lead(
        source, "ストは16日(月)に始まり、21日(土)午前7時に終わる。", published=published
    )
    assert [s for sev, _, s in found if sev == "error"] == []


def test_an_increment_as_a_share_of_its_base_is_derived() -> None:
    source = "The budget grows by 14.5 million euros on 2025's, which stood at 398.1 million euros."
    found = check_lead(source, "予算は3億9810万ユーロから1450万ユーロ、約3.6%増えた。")
    assert ("info", "number.derived", "3.6%") in found


def test_the_first_of_two_percentages_from_one_to_the_other_is_a_percentage() -> None:
    # "von 9,8 auf 11,2 Prozent": 9.8 is a percentage; 1.4% is written for 1.4 points
    source = "Die Investitionsquote steigt von 9,8 auf 11,2 Prozent."
    right = check_lead(source, "投資比率は9.8%から11.2%へ1.4ポイント上昇する。", language="de")
    wrong = check_lead(source, "投資比率は9.8%から11.2%へ1.4%上昇する。", language="de")
    assert [s for sev, _, s in right if sev == "error"] == []
    assert [(sev, r, s) for sev, r, s in wrong if sev == "error"] == [
        ("error", "number.percent-for-points", "1.4%")
    ]


def test_closed_for_the_week_is_one_week() -> None:
    source = "A dozen outpatient clinics will close for the week, the trust said."
    assert [
        s for sev, _, s in check_lead(source, "12の外来診療科が1週間閉鎖される。") if sev != "info"
    ] == []


def test_bare_degrees_in_a_fahrenheit_story_and_a_year_earlier() -> None:
    fahrenheit = (
        "Sun Mesa reached 121 degrees Fahrenheit on Saturday, breaking the previous "
        "record of 118 degrees set in July 1994."
    )
    found = check_lead(fahrenheit, "華氏121度に達し、1994年7月の華氏118度を3度上回った。")
    assert [s for sev, _, s in found if sev == "error"] == []
    # 1年前 is "a year earlier", not a count from the year the sentence names
    levels = (
        "Reservoirs are at 31%, down from 44% a year earlier, the lowest for August since 2008."
    )
    found = check_lead(levels, "貯水率は31%で、1年前の44%から下がり、8月としては2008年以来の低さ。")
    assert [s for sev, _, s in found if sev == "error"] == []


@pytest.mark.parametrize(
    ("lead", "flagged"),
    [
        ("会員は4万8000人から5万6400人へ約17%増えた。", False),
        # 約15%増 is no fall of 14.9%: the words say which way the change runs
        ("会員は4万8000人から5万6400人へ約15%増えた。", True),
    ],
)
def test_a_change_runs_the_way_its_words_say(lead: str, flagged: bool) -> None:
    source = "Membership rose to 56,400 members from 48,000 members a year earlier."
    found = [(sev, s) for sev, _, s in check_lead(source, lead) if sev != "info" and "%" in s]
    assert bool(found) is flagged, found


def test_a_rounded_share_keeps_its_own_rounding() -> None:
    # 19 of 32 is 59.4%: 約59% or 約6割, not 約58%
    source = "Of the 32 million passengers, 19 million flew with the home carrier."
    right = check_lead(source, "旅客3200万人のうち1900万人、約59%が地元の航空会社を使った。")
    wrong = check_lead(source, "旅客3200万人のうち1900万人、約58%が地元の航空会社を使った。")
    assert ("info", "number.derived", "59%") in right
    assert ("info", "number.derived", "58%") not in wrong


def test_japanese_wind_speed_and_a_figure_a_multiple_is_of() -> None:
    source = (
        "台風の最大風速は45メートル、最大瞬間風速は60メートル。"
        "48時間の雨量は多い所で400ミリと予想され、9月の平年の雨量の1.5倍にあたる。"
    )
    lead = "最大風速は45メートル(時速約160キロ)。雨量は400ミリで、平年(約270ミリ)の約1.5倍。"
    found = check_lead(source, lead, language="ja")
    assert [s for sev, _, s in found if sev == "error"] == []
    assert ("info", "number.derived", "270ミリ") in found


def test_a_change_is_read_only_between_figures_of_its_order() -> None:
    # $650,000 and $108 stand in one sentence; 1300豪ドル is no change between them
    source = "The fund raised $650,000, and the average gift was $108, up from $95 last year."
    found = check_lead(
        source, "基金は65万ドルを集め、1件あたりの寄付は平均108ドルで、1300豪ドル増えた。"
    )
    assert [span for severity, _, span in found if severity == "error"] == []


# Session 21: a figure the restated sentence states in the digest figure's place is
# its counterpart; a chance sum or difference no longer explains a changed figure.
@pytest.mark.parametrize(
    ("source", "lead", "language", "span", "severity"),
    [
        (  # 4年間 − 1年間 = 3 is chance: the sentence restated says 4 years
            "委員会は29日、同選手に4年間の資格停止処分を科したと発表した。"
            "今年の処分は5人となり、昨年1年間の3人を上回った。",
            "委員会は同選手に3年間の資格停止処分を科した。",
            "ja",
            "3年間",
            "error",
        ),
        (  # 38 − 10 = 28 is chance; "navires" are what 隻 counts
            "Selon l'autorité portuaire, 38 navires sont attendus pendant les 10 jours de grève.",
            "港湾当局によると、スト期間中に28隻の入港が予定されている。",
            "fr",
            "28隻",
            "error",
        ),
        (  # the digest's words say it computes a difference: still derived
            "Its average price fell to US$14,900 a tonne, while costs fell to US$9,700 a tonne.",
            "価格とコストの差は1トンあたり5200米ドルとなった。",
            "en",
            "5200米ドル",
            "info",
        ),
        (  # a sum that takes the counterpart: derived
            "Medical teams treated 193 runners and took another 19 to hospital during "
            "Sunday's Seville Spring Marathon.",
            "猛暑で212人が手当てを受け、19人が病院に搬送された。",
            "en",
            "212人",
            "info",
        ),
        (  # a list: "1,4 millones" counts the visitors of the figure before it
            "El Reino Unido fue el principal mercado, con 2,3 millones de visitantes, seguido de "
            "Alemania, con 1,4 millones, y de los países nórdicos, con 1,1 millones.",
            "英国、ドイツ、北欧の3市場で計480万人だった。",
            "es",
            "480万人",
            "info",
        ),
        (  # "une demi-heure" is 30 minutes
            "Un orage de grêle a détruit 2 300 hectares en moins d'une demi-heure depuis 30 ans.",
            "ひょうは30分足らずのうちに2300ヘクタールを壊滅させた。",
            "fr",
            "30分",
            "",
        ),
    ],
)
def test_counterpart_beats_a_chance_derivation(
    source: str, lead: str, language: str, span: str, severity: str
) -> None:
    found = {s: sev for sev, _rule, s in check_lead(source, lead, language=language)}
    assert found.get(span, "") == severity, found


def test_years_ago_counts_calendar_years_with_the_labelled_sentence() -> None:
    """N年ぶり is the calendar difference (2017 → 2025 is 8年ぶり), also in a label."""
    source = "It is the club's first title since 2017, when it won the cup after extra time."
    published = dt.datetime(2025, 5, 25, 10, 0, tzinfo=dt.UTC)
    for count, severity in (("7年ぶり", "error"), ("8年ぶり", "")):
        digest = Digest(
            headline="見出し",
            overview=Overview(
                highlights=[
                    LabelledPoint(
                        label=f"{count}の栄冠", text="優勝は、延長戦で制した2017年以来である。"
                    )
                ]
            ),
            details=Details(),
        )
        article = Article(
            url="https://news.example/a",
            canonical_url="https://news.example/a",
            title="Cup final",
            outlet="News Example",
            published=published,
            language="en",
            text=source,
            paragraphs=[source],
        )
        report = check_digest(digest, article)
        found = {f.span: f.severity for f in report.findings if f.kind not in ("structure",)}
        assert found.get(count, "") == severity, found


def test_a_part_of_a_compound_duration_is_no_term_of_a_difference() -> None:
    """|14 s − 30 s| = 16 is no gap: "14 seconds" is part of 6 h 21 min 14 s."""
    source = (
        "Kordes covered the course in 6 hours 21 minutes 14 seconds. "
        '"I knew if I had 30 seconds at the top, nobody would catch me," he said.'
    )
    found = {s: sev for sev, _rule, s in check_lead(source, "2位と3位の差は16秒だった。")}
    assert found.get("16秒") != "info", found


def test_a_day_of_month_is_no_count() -> None:
    """ "Saturday 5 December" supports no 5人."""
    source = "The public is invited to a presentation on Saturday 5 December at the aquarium."
    found = {s: sev for sev, _rule, s in check_lead(source, "発表会には5人が招かれる。")}
    assert found.get("5人") == "warning", found


def test_a_weekday_that_follows_its_wrong_day_is_one_slip() -> None:
    """13日(木) for "Friday the 14th": the day is wrong; (木) is right for the 13th."""
    source = "Atalante Energie said on Friday, February 14, that its net profit doubled."
    published = dt.datetime(2025, 2, 14, 9, 0, tzinfo=dt.UTC)
    found = error_spans(
        source, "アタラント社は13日(木)、純利益が倍増したと発表した。", published=published
    )
    assert found == ["13日"]


def test_days_a_week_are_no_date() -> None:
    source = "Before the championships she swam about 12 kilometres a day, six days a week."
    assert "6日" not in error_spans(source, "大会前は1日約12キロ、週6日泳いでいた。")


def test_a_clause_aligns_with_its_own_sentence() -> None:
    """純利益も約3割増えた reads with the net-income sentence, not the revenue one."""
    source = (
        "Veltrix Semiconductor said revenue rose 18% to $4.82 billion, beating forecasts, "
        "with orders ahead of capacity for a fifth straight quarter. "
        "Net income climbed to $1.13 billion from $870 million a year earlier."
    )
    lead = "ヴェルトリクス社の受注が5四半期連続で出荷能力を上回り、純利益も約3割増えた。"
    assert error_spans(source, lead) == []


def test_a_difference_of_the_two_figures_the_digest_states() -> None:
    """3万8912票 and 3万2749票 are the source's; their difference is 6163, not 6613."""
    source = "Weil won 38,912 votes (54.3%) and Krüger 32,749 votes (45.7%), officials said."
    lead = "ヴァイル氏は3万8912票、クリューガー氏は3万2749票で、{}票差だった。"
    assert error_spans(source, lead.format("6613")) == ["6613票"]
    assert error_spans(source, lead.format("6163")) == []


def test_a_year_is_no_term_of_a_sum() -> None:
    """ "a year earlier" + 15 is no 16年連続: the source says 15 years."""
    source = (
        "Central banks bought 244 tonnes, up from a year earlier, their 15th consecutive "
        "year of net purchases, the council said."
    )
    assert "16年連続" in error_spans(source, "中央銀行の金購入は16年連続で244トンだった。")


def test_a_figure_with_its_verb_counts_what_the_figure_before_it_counts() -> None:
    """ "214 flights were delayed and 38 were cancelled": 252便 is their sum."""
    source = (
        "In all, 214 Merlion Air flights were delayed and 38 were cancelled on Thursday, "
        "affecting some 31,000 travellers."
    )
    found = check_lead(source, "マーライオン航空の252便に遅延・欠航が出た。")
    assert ("info", "number.derived", "252便") in found, found


def test_a_japanese_source_year_contradicts_a_changed_year() -> None:
    """2024年 in a Japanese source sentence is a year like 2024 in an English one."""
    source = "従来の記録は2024年に港北学院大学がつくった10時間42分24秒で、これを1分05秒縮めた。"
    lead = "2023年に港北学院大学がつくった従来の記録10時間42分24秒を1分05秒縮めた。"
    assert error_spans(source, lead, language="ja") == ["2023年"]


def test_a_weekday_after_a_day_of_the_next_month_agrees() -> None:
    """12月7日(土)から15日(日) in a story of 21 November: the 15th is December's."""
    source = "12月7日から15日にかけては、8学区すべてで住民説明会を開く。"
    lead = "12月7日(土)から15日(日)にかけて8学区すべてで住民説明会を開く。"
    published = dt.datetime(2024, 11, 21, 8, 0, tzinfo=dt.UTC)
    assert error_spans(source, lead, language="ja", published=published) == []


def test_a_total_of_two_percentages_of_one_source_sentence() -> None:
    """計14% for "9% this year and 5% next year", stated apart from the sentence the
    digest aligns with."""
    source = (
        "The Players' Guild said its members had not had a pay rise since 2019, while prices "
        "had risen by 27% over the same period. It is asking for an increase of 9% this year "
        "and 5% next year."
    )
    found = check_lead(source, "プレーヤーズ・ギルドは2年で計14%の賃上げを求めている。")
    assert ("info", "number.derived", "14%") in found, found


def test_a_figure_after_a_word_ending_in_su_is_a_figure() -> None:
    """必要数1万3500筆 states 13,500; 数十 and 何百 state no figure."""
    from yoten.check.digest_figures import digest_quantities

    assert [q.figure for q in digest_quantities("必要数1万3500筆を上回った")] == [13500]
    assert digest_quantities("数十人が集まった") == []


def test_a_scale_slip_whose_ratio_is_not_exactly_a_tenth() -> None:
    """4億2000万 / $4.2 billion is 0.10000000000000002 in floating point."""
    source = "An early estimate put insured losses at between $4.2 billion and $6 billion."
    assert error_spans(source, "保険損害額の初期推計は4億2000万〜60億ドルにのぼる。") == [
        "4億2000万"
    ]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("最高基本時給は39ドルから58.50ドルへ17.5ドル上がる。", ["17.5ドル"]),
        ("最高基本時給は39ドルから58.50ドルへ19.5ドル上がる。", []),
    ],
)
def test_a_rise_the_two_stated_ends_do_not_give(lead: str, expected: list[str]) -> None:
    source = "The employers offered a raise that would lift the top base wage from $39 an hour to $58.50."
    assert error_spans(source, lead) == expected


def test_a_gap_to_a_time_of_another_sentence_restated() -> None:
    """差は1分53秒 after 2位の10時間43分02秒: the winner's 10:41:19 gives 1:43."""
    source = (
        "汐見大学が10時間41分19秒の大会新記録で総合優勝を果たした。"
        "2位は港北学院大で10時間43分02秒、3位は岬原工業大で10時間46分37秒だった。"
    )
    lead = "2位の港北学院大は10時間43分02秒で、汐見大学との差は{}だった。"
    found = check_lead(source, lead.format("1分53秒"), language="ja")
    assert [f for f in found if f[0] == "error"] == [("error", "number.contradicted", "1分53秒")]
    assert error_spans(source, lead.format("1分43秒"), language="ja") == []


@pytest.mark.parametrize(
    ("source", "lead", "span"),
    [
        (  # an average per year of a total over ten years
            "L'agence a validé un plan d'investissement de 1,2 milliard d'euros sur dix ans.",
            "10年間で12億ユーロ、年平均1億2000万ユーロを投じる。",
            "1億2000万ユーロ",
        ),
        (  # the figure before a rise the digest sentence states
            "Cameras caught 412,000 drivers speeding last year, up 38% on 2023.",
            "カメラは昨年41万2000人を捉え、2023年(約30万人)から38%増えた。",
            "30万人",
        ),
        (  # the figure before a rise the sentence restated states
            "The museum welcomed a record 1.42 million visitors last year, up 23% on 2023.",
            "博物館の来館者は142万人で、2023年は約115万人だった計算になる。",
            "115万人",
        ),
    ],
)
def test_averages_and_bases_are_derived(source: str, lead: str, span: str) -> None:
    found = check_lead(source, lead, language="fr" if "milliard" in source else "en")
    assert ("info", "number.derived", span) in found, found


def test_years_between_two_years_the_sentence_names() -> None:
    source = "Das 2009 gegründete Unternehmen beantragte im Juli 2023 Insolvenz; 14 Monate später folgte die Anklage."
    lead = "2009年に設立された同社は、設立から14年後の2023年7月に倒産を申請した。"
    assert error_spans(source, lead, language="de") == []


def test_a_weekday_of_next_year() -> None:
    """来年の大会は8月15日(土): Saturday in 2026, Friday in 2025 (the story's year)."""
    source = "来年の大会は8月15日に開く予定だ。"
    published = dt.datetime(2025, 8, 18, 9, 0, tzinfo=dt.UTC)
    found = error_spans(
        source, "来年の大会は8月15日(土)に開かれる予定だ。", language="ja", published=published
    )
    assert found == []


@pytest.mark.parametrize(("share", "expected"), [("約9割", ["9割"]), ("約8割", [])])
def test_a_share_of_a_whole_the_sentence_states(share: str, expected: list[str]) -> None:
    """145万回分のうち約9割にあたる120万回分: 1.2 of 1.45 million is 83%."""
    source = (
        "Health officials have already distributed 1.2 million of the 1.45 million doses ordered."
    )
    lead = f"保健当局は発注した145万回分のうち{share}にあたる120万回分をすでに配布した。"
    assert error_spans(source, lead) == expected


@pytest.mark.parametrize(("share", "expected"), [("約3割", ["3割"]), ("約2割", [])])
def test_shorter_by_a_share(share: str, expected: list[str]) -> None:
    """520キロ → 410キロ is 21% shorter (短かった is a fall)."""
    source = (
        "Voltara advertised a range of 520 kilometres for the Strata, but independent tests "
        "measured 410km in real driving."
    )
    lead = f"ヴォルタラ社はストラータの航続距離を520キロと宣伝していたが、実走行では410キロで、{share}短かった。"
    assert error_spans(source, lead) == expected


def test_a_french_range_with_one_unit() -> None:
    """ "de 18 à 15 mois": 18 is months too (the digest's 18カ月 is right)."""
    source = "La réforme doit réduire de 18 à 15 mois la durée maximale d'indemnisation."
    lead = "改革は失業給付の最長期間を18カ月から15カ月に短縮する。"
    assert error_spans(source, lead, language="fr") == []


def test_a_range_of_two_months_takes_its_year_from_its_end() -> None:
    source = "La prochaine édition se tiendra du 28 mai au 6 juin 2026, a annoncé la directrice."
    lead = "次回は2026年5月28日から6月6日まで開かれる。"
    assert error_spans(source, lead, language="fr") == []


def test_a_bare_amount_with_a_participle_is_in_the_story_currency() -> None:
    """ "los 11,5 millones pagados en 2019" in a story in dollars: US$11.5m."""
    source = (
        "La operación asciende a 18 millones de dólares, récord del club, que hasta ahora "
        "tenía como récord los 11,5 millones pagados en 2019."
    )
    lead = "移籍金は1800万ドルで、これまでの記録は2019年に支払った1150万ドルだった。"
    assert error_spans(source, lead, language="es") == []


def test_one_more_day_is_no_date() -> None:
    source = "It was the 19th straight day above 110 degrees, one short of the record set in 2023."
    assert "1日" not in error_spans(source, "19日連続となり、2023年の最長記録にあと1日と迫った。")


@pytest.mark.parametrize(
    ("lead", "published", "expected"),
    [
        # 18 November 2025 is a Tuesday; 2024's (a Monday) is a year before the story
        (
            "公聴会は11月18日(月曜日)に始まる。",
            dt.datetime(2025, 11, 3, 9, tzinfo=dt.UTC),
            ["11月18日(月曜日)"],
        ),
        ("公聴会は11月18日(火曜日)に始まる。", dt.datetime(2025, 11, 3, 9, tzinfo=dt.UTC), []),
        # an inquiry into a collapse eight months ago: March 11, 2025 was a Tuesday
        ("橋は3月11日(火)に崩れ落ちた。", dt.datetime(2025, 11, 20, 9, tzinfo=dt.UTC), []),
    ],
)
def test_a_weekday_is_read_with_the_nearest_year_of_its_date(
    lead: str, published: dt.datetime, expected: list[str]
) -> None:
    source = "The hearings open on November 18. The bridge collapsed on March 11."
    assert error_spans(source, lead, published=published) == expected


def test_n_years_ago_against_the_source_own_count() -> None:
    """11年ぶり where the source itself writes 12年ぶり (2014年以来)."""
    source = "北洋電気は電気料金を2014年以来、12年ぶりに値上げすると発表した。"
    lead = "北洋電気は2014年以来、11年ぶりに電気料金を値上げする。"
    published = dt.datetime(2025, 12, 1, 9, tzinfo=dt.UTC)
    assert error_spans(source, lead, language="ja", published=published) == ["11年ぶり"]


@pytest.mark.parametrize(
    ("source", "lead", "language", "span"),
    [
        (  # a change between two figures the digest states, stated apart in the source
            "Exports reached US$4,850 million. In 2023 they had been worth US$3,620 million. "
            "Prices rose 31% and volumes 22%.",
            "輸出額は48億5000万ドルで、2023年の36億2000万ドルから約34%増えた。",
            "en",
            "34%",
        ),
        (  # a change, not the 27 percentage points of another comparison
            "Joint replacements rose to 1,236 from 948 a year earlier. The share of patients "
            "seen within 18 weeks rose 27 percentage points, from 57% to 84%.",
            "関節置換術は1236件で、前年同期の948件から288件、約3割増えた。",
            "en",
            "3割",
        ),
        (  # a rate before a cut of half a point
            "The central bank cut its policy rate by half a percentage point to 4.25% on Wednesday.",
            "中央銀行は水曜日、政策金利を4.75%から4.25%へ引き下げた。",
            "en",
            "4.75%",
        ),
        (  # an amount "de pesos"
            "Los caficultores recibieron un precio de 2,9 millones de pesos por carga.",
            "生産者は1カーガあたり290万ペソを受け取った。",
            "es",
            "",
        ),
    ],
)
def test_derived_levels_and_currencies_after_de(
    source: str, lead: str, language: str, span: str
) -> None:
    found = check_lead(source, lead, language=language)
    assert not [f for f in found if f[0] == "error"], found
    if span:
        assert ("info", "number.derived", span) in found, found


def test_nearly_a_hundred_years_and_a_month_from_the_sentence() -> None:
    source = (
        "The federation, founded in 1927, will hold walks on the runway on 13 and 14 September."
    )
    published = dt.datetime(2025, 5, 10, 9, tzinfo=dt.UTC)
    lead = "1927年に設立された連盟は創設から100年近くになり、9月13日(土)と14日(日)に滑走路を歩く催しを開く。"
    assert error_spans(source, lead, published=published) == []


def test_a_german_range_and_days_shorter() -> None:
    source = "Der Konzern senkte die Umsatzprognose auf 19 bis 19,5 Mrd. Euro, nach zuvor 19,8 bis 20,4 Mrd. Euro."
    lead = "同社は通期の売上高見通しを198億〜204億ユーロから190億〜195億ユーロに引き下げた。"
    assert error_spans(source, lead, language="de") == []
    assert "5日" not in error_spans(
        "The season is five days shorter.", "年末商戦は昨年より5日短い。"
    )


@pytest.mark.parametrize(
    ("source", "lead", "published", "span"),
    [
        (  # Brisbane 00:30 on the 4th is 23:30 JST on the 3rd (Japan is behind)
            "The first flight departs Port Avery at 12.30am on Saturday, October 4.",
            "初便は10月4日(土)午前0時30分(日本時間3日午後11時30分)に出発する。",
            dt.datetime(2025, 8, 19, 6, tzinfo=dt.timezone(dt.timedelta(hours=10))),
            "3日",
        ),
        (  # 254 seats three times a week
            "The route will use a 254-seat aircraft on 3 flights a week.",
            "254席の機材で週3便、1週間の片道提供座席は762席となる。",
            dt.datetime(2025, 8, 19, 6, tzinfo=dt.UTC),
            "762席",
        ),
    ],
)
def test_japan_time_behind_and_products(
    source: str, lead: str, published: dt.datetime, span: str
) -> None:
    found = check_lead(source, lead, published=published)
    assert not [f for f in found if f[0] == "error"], found
    assert any(sev == "info" and s == span for sev, _rule, s in found), found


def test_a_range_start_gives_its_year_and_century_bounds() -> None:
    published = dt.datetime(2025, 8, 29, 9, tzinfo=dt.UTC)
    source = "The permits apply on weekends from May 22 to September 7, 2026. Founded in 1921."
    lead = "2026年5月22日(金)から9月7日(月)まで適用され、創業100年を超える同社が運営する。"
    assert error_spans(source, lead, published=published) == []


def test_a_german_range_of_hours() -> None:
    """ "von 8 bis 17 Uhr": 8 is a clock time too."""
    source = "Eine Hotline ist werktags von 8 bis 17 Uhr erreichbar."
    assert (
        error_spans(source, "平日午前8時から午後5時までホットラインを設けた。", language="de") == []
    )


@pytest.mark.parametrize(
    ("source", "lead", "span"),
    [
        (  # "36 a week" is a rate per week, not 36 weeks
            "The branch will stay open, but its hours will be cut from 48 to 36 a week.",
            "分館の開館時間は週48時間から36時間に短縮される。",
            "36時間",
        ),
        (  # 24時間稼働 is round-the-clock work, no duration
            "The West Bank terminal now runs around the clock; waits fell to two days.",
            "ターミナルを24時間稼働にした結果、待ち時間は2日に縮んだ。",
            "24時間",
        ),
        (  # 88 − the 7 minutes the digest states
            "Ledesma came on seven minutes before scoring in the 88th minute.",
            "レデスマは81分に投入され、7分後に得点した。",
            "81分",
        ),
    ],
)
def test_rates_idioms_and_stated_steps(source: str, lead: str, span: str) -> None:
    assert span not in error_spans(source, lead)
