"""Counterparts a digest figure has in the sentence it restates (blind round 23).

Each wrong figure here is one that nothing else in the source contradicts: the
same value elsewhere, or no value at all, would leave it supported or only
unverified. Each case comes with its faithful twin, which must stay free of errors.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.check.helpers import check_lead, error_spans

# a Wednesday in July 2025 (the racing cases)
JULY_27 = dt.datetime(2025, 7, 27, 17, 40, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # a share of a whole the sentence names earlier with のうち (139 / 176 = 79%)
        (
            "Of the 176 riders who started in Harlingen three weeks ago, 139 reached the finish.",
            "スタートした176人のうち、ゴールにたどり着いたのは139人で、約9割にとどまった。",
            "9割",
        ),
        (
            "Of the 176 riders who started in Harlingen three weeks ago, 139 reached the finish.",
            "スタートした176人のうち、ゴールにたどり着いたのは139人で、約8割にとどまった。",
            None,
        ),
        # …で、そのうち: 1.1 of 4.2 million is 26%
        (
            "The festival's budget reached 4.2 million euros, including 1.1 million euros"
            " of public subsidies.",
            "予算は420万ユーロで、そのうち公的補助金は110万ユーロと約4割を占める。",
            "4割",
        ),
        (
            "The festival's budget reached 4.2 million euros, including 1.1 million euros"
            " of public subsidies.",
            "予算は420万ユーロで、そのうち公的補助金は110万ユーロと約4分の1を占める。",
            None,
        ),
        # a range with one end kept and the other changed
        (
            "Smoking was most common among people aged 25 to 34, at 14.8%, and least"
            " common among those aged 65 and over.",
            "喫煙率が最も高いのは25〜44歳の14.8%だった。",
            "44歳",
        ),
        (
            "Smoking was most common among people aged 25 to 34, at 14.8%, and least"
            " common among those aged 65 and over.",
            "喫煙率が最も高いのは25〜34歳の14.8%だった。",
            None,
        ),
        (
            "The patients range in age from 54 to 88, and most have underlying health conditions.",
            "患者は45〜88歳で、多くが持病を抱えている。",
            "45",
        ),
        # the very figure in another unit, where another sentence's figure is close
        (
            "Farmers have abandoned about 1.8 million acres of winter wheat this year. The"
            " department expects them to harvest 4.7 million acres.",
            "農家は冬小麦約180万ヘクタールの収穫を断念した。",
            "180万ヘクタール",
        ),
        (
            "Farmers have abandoned about 1.8 million acres of winter wheat this year. The"
            " department expects them to harvest 4.7 million acres.",
            "農家は冬小麦約180万エーカー(約73万ヘクタール)の収穫を断念した。",
            None,
        ),
        # inches are a length (14 inches is about 36 cm, not 14 cm)
        (
            "The storm dumped 14 inches of snow on the airport overnight.",
            "空港には一晩で14センチの雪が積もった。",
            "14センチ",
        ),
        (
            "The storm dumped 14 inches of snow on the airport overnight.",
            "空港には一晩で14インチ(約36センチ)の雪が積もった。",
            None,
        ),
        # a rate of change in a sentence of its own: 4.2 on 34.7 is 12.1%
        (
            "The unit price rises by 4.2 cents to 38.9 cents per kilowatt hour, the company said.",
            "電力量料金は1キロワット時あたり4.2セント上がり、38.9セントとなる。値上げ率は約15%にあたる。",
            "15%",
        ),
        (
            "The unit price rises by 4.2 cents to 38.9 cents per kilowatt hour, the company said.",
            "電力量料金は1キロワット時あたり4.2セント上がり、38.9セントとなる。値上げ率は約12%にあたる。",
            None,
        ),
    ],
)
def test_a_figure_against_its_counterpart_in_the_restated_sentence(
    source: str, lead: str, wrong: str | None
) -> None:
    spans = error_spans(source, lead)
    if wrong is None:
        assert spans == []
    else:
        assert wrong in spans


def test_percentage_points_in_the_restated_sentence_beat_a_percent_elsewhere() -> None:
    source = (
        "Overseas visitors made up 37% of the total, up from 33% a year earlier, a rise of"
        " four percentage points. Some 4% of visitors came by ferry."
    )
    assert error_spans(source, "海外客の割合は37%で、前年から4%上昇した。") == ["4%"]
    assert error_spans(source, "海外客の割合は37%で、前年から4ポイント上昇した。") == []


def test_a_ratio_is_not_supported_by_a_bare_count_when_its_sentence_gives_another() -> None:
    source = (
        "大会の優勝賞金は300万円で、前年の200万円から1.5倍に引き上げられた。"
        "交通規制は午前8時30分から午後2時まで実施された。"
    )
    assert "2倍" in error_spans(
        source, "優勝賞金は300万円で、前年の200万円から2倍に増額された。", language="ja"
    )
    assert (
        error_spans(
            source, "優勝賞金は300万円で、前年の200万円から1.5倍に増額された。", language="ja"
        )
        == []
    )


@pytest.mark.parametrize(
    ("lead", "wrong"),
    [
        ("前回の優勝は1998年で、28年ぶりの戴冠となった。", "28年ぶり"),
        ("前回の優勝は1998年で、27年ぶりの戴冠となった。", None),
    ],
)
def test_years_since_a_year_the_sentence_names_beat_a_chance_difference(
    lead: str, wrong: str | None
) -> None:
    # 47 − 19 = 28 (two people's ages) must not explain 28年ぶり for "since 1998"
    source = (
        "Atlético Puerto Sombra won the league on Sunday, ending a wait that began with"
        " its last title, in 1998. Tomás Quiroga, 19, scored the second goal. The coach,"
        " Rodrigo Albarenque, 47, arrived in January 2024."
    )
    published = dt.datetime(2025, 11, 23, 22, 0, tzinfo=dt.UTC)
    spans = error_spans(source, lead, published=published)
    assert spans == ([] if wrong is None else [wrong])


def test_a_weekday_in_the_year_its_sentence_names() -> None:
    source = "The 2026 edition will start on Saturday, July 4, with a team time trial."
    faithful = "2026年大会は7月4日(土)にチームタイムトライアルで開幕する。"
    wrong = "2026年大会は7月4日(日)にチームタイムトライアルで開幕する。"
    assert error_spans(source, faithful, published=JULY_27) == []
    assert error_spans(source, wrong, published=JULY_27) == ["7月4日(日)"]


def test_a_time_counted_from_a_source_time_with_its_day_between() -> None:
    source = (
        "The rocket lifted off at 23:47 GMT on 2 July. The satellite separated 58 minutes later."
    )
    published = dt.datetime(2025, 7, 3, 1, 15, tzinfo=dt.UTC)
    faithful = "グリニッジ標準時2日23時47分に発射し、58分後の3日0時45分に分離を確認した。"
    found = check_lead(source, faithful, published=published)
    assert not [f for f in found if f[0] == "error"]


@pytest.mark.parametrize(
    ("source", "lead"),
    [
        # the scale written once for both ends of the source's range
        (
            "The federation expects a harvest of between 13.5 and 14 million bags.",
            "収穫は1350万〜1400万袋の見込み。",
        ),
        # a year range written short in the digest
        ("The budget covers 2026 to 2027.", "予算は2026〜27年の2年分。"),
        # N年余り for a round count: any of the decade's years (2002 → 2025 is 23)
        (
            "Brabant Airlines, founded in 2002, operates 46 aircraft.",
            "2002年の創業から20年余りの同社は46機を運航する。",
        ),
    ],
)
def test_faithful_ranges_and_bounds_stay_free_of_errors(source: str, lead: str) -> None:
    assert error_spans(source, lead) == []


def test_two_parts_named_before_a_share_may_give_it_together() -> None:
    source = (
        "Of the 38,000 bikes, about 14,500 were sold in Germany and 9,800 in Austria,"
        " the rest in Switzerland and Italy."
    )
    together = "3万8000台のうち約1万4500台がドイツ、9800台がオーストリアで販売され、両国で全体の約6割を占める。"
    assert error_spans(source, together) == []
    # a share named before the parts is the first part's: 287 / 2,410 = 11.9%
    cruise = "The outbreak sickened 287 of the 2,410 passengers and 39 of the 960 crew members."
    assert error_spans(
        cruise, "乗客2410人のうち約15%にあたる287人、乗員960人のうち39人で、計326人にのぼった。"
    ) == ["15%"]


def test_a_conversion_beside_its_source_figure_is_checked_against_it() -> None:
    source = (
        "The storm dumped 14.8 inches of rain in 24 hours. The previous record, 11.2"
        " inches, was set in 1979."
    )
    assert error_spans(source, "24時間に14.8インチ(約290ミリ)の雨が降った。") == ["290ミリ"]
    assert error_spans(source, "24時間に14.8インチ(約376ミリ)の雨が降った。") == []


@pytest.mark.parametrize(
    ("source", "lead", "wrong"),
    [
        # a change between two counts the digest counts alike (24 fewer, not 26)
        (
            "Nine people remain missing, down from 33 on Monday.",
            "行方不明者は9人で、33人から26人減った。",
            "26人",
        ),
        (
            "Nine people remain missing, down from 33 on Monday.",
            "行方不明者は9人で、33人から24人減った。",
            None,
        ),
        # the change and its percentage together (44 million, not 48)
        (
            "Net income rose to $312 million, or $1.47 a share, from $268 million.",
            "純利益は3億1200万ドルで、前年同期の2億6800万ドルから4800万ドル、約16%増えた。",
            "4800万ドル",
        ),
        (
            "Net income rose to $312 million, or $1.47 a share, from $268 million.",
            "純利益は3億1200万ドルで、前年同期の2億6800万ドルから4400万ドル、約16%増えた。",
            None,
        ),
        # the change from a stated level to the figure the restated sentence gives
        (
            "The death toll rose to 41 on Wednesday, more than three times the figure of 12"
            " given on Sunday.",
            "死者は41人に達した。日曜日に発表された12人から29人増えた。",
            None,
        ),
        # a forecast range's two ends are no change
        (
            "Revenue for the year was A$3.42 billion. For fiscal 2027, the company forecast"
            " revenue of A$3.8 billion to A$4.0 billion.",
            "2027年度の売上高は38億〜40億豪ドルと、約11〜17%の増収を見込む。",
            None,
        ),
        # years served, written 14年務めた
        (
            "Chief executive Graham Tolliver, 62, will retire on March 1 after 14 years in the job.",
            "トリヴァー氏は41年務めたCEOを3月1日に退く。",
            "41年",
        ),
        (
            "Chief executive Graham Tolliver, 62, will retire on March 1 after 14 years in the job.",
            "トリヴァー氏は14年務めたCEOを3月1日に退く。",
            None,
        ),
    ],
)
def test_changes_and_counts_of_round_23(source: str, lead: str, wrong: str | None) -> None:
    spans = error_spans(source, lead)
    assert spans == ([] if wrong is None else [wrong])


@pytest.mark.parametrize(("years", "wrong"), [("58年間", "58年"), ("68年間", None)])
def test_years_since_after_a_comma(years: str, wrong: str | None) -> None:
    source = "The river reached 6.85 metres, a level never seen since the station opened in 1958."
    lead = f"水位は6.85メートルに達し、1958年の観測所開設以来、{years}で最も高くなった。"
    published = dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.UTC)
    assert error_spans(source, lead, published=published) == ([] if wrong is None else [wrong])


def test_a_level_an_earlier_sentence_gives_moved_by_the_points_of_this_one() -> None:
    source = (
        "The centre party won 31.4 percent of the vote on Sunday. It lost 2.7 percentage"
        " points against the election five years ago. The Greens took 22.9 percent, a plus"
        " of 4.3 points."
    )
    lead = "前回選挙の34.1%からは2.7ポイント減らした。緑の同盟は4.3ポイント増の22.9%。"
    assert error_spans(source, lead) == []


def test_german_points_are_points() -> None:
    source = "Die Grüne Allianz kam auf 22,9 Prozent, ein Plus von 4,3 Punkten."
    assert error_spans(source, "緑の同盟は22.9%で4.3ポイント伸ばした。", language="de") == []


def test_a_duration_of_days_spent_is_no_day_of_the_month() -> None:
    source = "Ibarra was declared the winner on Friday, 10 days after the election."
    published = dt.datetime(2025, 11, 15, 1, 20, tzinfo=dt.UTC)
    assert (
        error_spans(
            source, "市長選は投票から10日をかけた集計の末、イバラ氏が制した。", published=published
        )
        == []
    )


def test_the_nth_weekday_of_a_month_is_a_date() -> None:
    source = "Les premiers vins primeurs seront mis en vente le troisième jeudi de novembre."
    published = dt.datetime(2025, 9, 25, 16, 30, tzinfo=dt.UTC)
    lead = "新酒は11月の第3木曜日、11月{day}日に発売される。"
    assert error_spans(source, lead.format(day=20), language="fr", published=published) == []
    assert error_spans(source, lead.format(day=27), language="fr", published=published) == [
        "11月27日"
    ]


def test_next_year_before_a_date_may_name_the_event() -> None:
    source = "Entries for next year's race open on Monday, Nov. 3."
    published = dt.datetime(2025, 10, 19, 20, 40, tzinfo=dt.UTC)
    lead = "来年の大会のエントリーは11月3日({wd})に始まる。"
    assert error_spans(source, lead.format(wd="月曜日"), published=published) == []
    assert error_spans(source, lead.format(wd="日曜日"), published=published) == ["11月3日(日曜日)"]


@pytest.mark.parametrize(
    ("left", "wrong"), [("4200万ユーロ", "4200万ユーロ"), ("5200万ユーロ", None)]
)
def test_what_is_left_of_a_whole_once_its_parts_are_taken(left: str, wrong: str | None) -> None:
    source = (
        "The project cost 87 million euros, of which 35 million came from public funds and"
        " the rest from private investors."
    )
    lead = (
        f"事業費は8700万ユーロで、約4割の3500万ユーロが公的資金、残る{left}を民間投資家が出した。"
    )
    assert error_spans(source, lead) == ([] if wrong is None else [wrong])


@pytest.mark.parametrize(
    ("jst", "wrong"), [("9日午後0時17分", "午後0時17分"), ("9日午前8時17分", None)]
)
def test_a_local_time_the_source_also_gives_in_gmt_converts_from_gmt(
    jst: str, wrong: str | None
) -> None:
    source = (
        "The magnitude 7.4 earthquake struck at 3:17 a.m. local time on October 9 (2317 GMT"
        " on October 8), killing 8,460 people."
    )
    published = dt.datetime(2025, 10, 9, 19, 10, tzinfo=dt.UTC)
    lead = f"地震は10月9日の現地時間午前3時17分(日本時間{jst})に発生し、8460人が死亡した。"
    assert error_spans(source, lead, published=published) == ([] if wrong is None else [wrong])


def test_thousandths_of_a_second_after_byo() -> None:
    source = (
        "She completed the 57-lap race in 1 hour 31 minutes 44.870 seconds and set the"
        " fastest lap, a 1:35.112 on lap 48."
    )
    lead = "57周を1時間31分44秒870で走り切り、48周目に1分35秒112のファステストラップを記録した。"
    assert error_spans(source, lead) == []


def test_days_then_hours_are_a_duration() -> None:
    source = "Southern Kestrel finished in 3 days, 6 hours and 11 minutes, a course record."
    published = dt.datetime(2026, 11, 30, 20, 15, tzinfo=dt.UTC)
    assert (
        error_spans(source, "サザン・ケストレルが3日6時間11分でゴールした。", published=published)
        == []
    )


def test_a_german_ordinal_minute_does_not_end_a_sentence() -> None:
    source = "Pfannenstiel führte in der 52. Minute noch mit 27:24."
    lead = "後半52分にも24対27とリードを許した。"
    assert error_spans(source, lead, language="de") == []


def test_days_counted_from_a_weekday_of_the_same_sentence() -> None:
    source = (
        "The rocket lifted off at 9:42 p.m. EDT on Thursday, two days after the first"
        " attempt was scrubbed 41 seconds before launch."
    )
    published = dt.datetime(2025, 7, 25, 3, 50, tzinfo=dt.UTC)  # Thursday 24 July, EDT
    assert (
        error_spans(source, "22日の1回目の試みは発射41秒前に中止されていた。", published=published)
        == []
    )


def test_the_first_nine_months_in_french() -> None:
    source = "Sur les neuf premiers mois de l'année, les ventes atteignent 5,64 milliards d'euros."
    published = dt.datetime(2025, 10, 16, 16, 0, tzinfo=dt.UTC)
    assert (
        error_spans(
            source, "1〜9月の売上高は56億4000万ユーロ。", language="fr", published=published
        )
        == []
    )


@pytest.mark.parametrize(("gap", "wrong"), [("35秒", "35秒"), ("25秒", None)])
def test_a_record_broken_by_the_gap_between_two_times_of_two_sentences(
    gap: str, wrong: str | None
) -> None:
    source = (
        "Daniel Kiptanui won the marathon on Sunday in 2 hours, 4 minutes and 37 seconds,"
        " breaking the course record. The previous record of 2:05:02 had stood since 2019."
    )
    lead = (
        "マラソンでキプタヌイが2時間4分37秒で優勝した。"
        f"2019年から破られていなかった2時間5分2秒の大会記録を{gap}更新した。"
    )
    assert error_spans(source, lead) == ([] if wrong is None else [wrong])


@pytest.mark.parametrize(("saved", "wrong"), [("55分", "55分"), ("45分", None)])
def test_a_journey_shortened_by_the_gap_between_two_durations(
    saved: str, wrong: str | None
) -> None:
    source = "The tunnel will cut the journey from 2 hours 40 minutes to 1 hour 55 minutes."
    lead = f"所要時間は現在の2時間40分から1時間55分へと{saved}短縮される。"
    assert error_spans(source, lead) == ([] if wrong is None else [wrong])


def test_round_27_faithful_readings() -> None:
    # 華氏約50度(摂氏約10度): Fahrenheit with 約 between
    assert (
        error_spans(
            "Water released in summer is about 50 degrees Fahrenheit.",
            "放流水は華氏約50度(摂氏約10度)。",
        )
        == []
    )
    # 1日おき: every other day, no day of the month
    published = dt.datetime(2025, 7, 31, 14, 45, tzinfo=dt.UTC)
    assert (
        error_spans(
            "The meeting will decide whether to cut supply from daily to alternate days.",
            "給水を毎日から1日おきに減らすかどうかを決める。",
            published=published,
        )
        == []
    )
    # the 49th of "the 49th and 61st minutes" is a minute too
    assert (
        error_spans(
            "The Kestrels scored 22 points in 27 minutes, with Mareko crossing in the 49th and"
            " 61st minutes.",
            "マレコが後半49分と61分にトライを決めた。",
        )
        == []
    )


@pytest.mark.parametrize(("years", "wrong"), [("97年", None), ("99年", "99年")])
def test_years_counted_to_a_later_year_the_sentence_before_names(
    years: str, wrong: str | None
) -> None:
    source = (
        "The line, opened in 1931, will close at the end of March 2028 and be replaced by"
        " buses, the operator said."
    )
    published = dt.datetime(2026, 2, 10, 3, 0, tzinfo=dt.UTC)
    lead = f"2028年3月末で鉄道を廃止する。1931年の開業から{years}で歴史を閉じる。"
    assert error_spans(source, lead, published=published) == ([] if wrong is None else [wrong])


@pytest.mark.parametrize(("gap", "wrong"), [("6ポイント", "6ポイント"), ("8ポイント", None)])
def test_the_points_between_two_percentages_a_sentence_states(gap: str, wrong: str | None) -> None:
    source = "In 2024, 27% of departures left more than 15 minutes late, compared with 19% in 2019."
    lead = f"2024年に15分以上遅れて出発した便は27%で、2019年の19%から{gap}悪化した。"
    assert error_spans(source, lead) == ([] if wrong is None else [wrong])


@pytest.mark.parametrize(("jst", "wrong"), [("午後10時", "午後10時"), ("午後9時", None)])
def test_a_japan_time_hour_the_source_gives_as_a_local_one_is_still_converted(
    jst: str, wrong: str | None
) -> None:
    source = (
        "Calls peak between 10 p.m. and 2 a.m. An online briefing for parents will be held"
        " at 8 p.m. on Thursday, May 14."
    )
    # an outlet at UTC+8: its 8 p.m. is 9 p.m. in Japan
    published = dt.datetime(2026, 5, 13, 13, 25, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    lead = f"5月14日(木)午後8時(日本時間同日{jst})に、保護者向けの説明会を開く。"
    assert error_spans(source, lead, published=published) == ([] if wrong is None else [wrong])


def test_round_28_faithful_readings() -> None:
    # Swedish crowns and German Franken are currencies
    source = "Revenue was 9.4 billion Swedish crowns. Brenntal pays 420 Mio. Franken for the maker."
    assert error_spans(source, "売上高は94億クローナ。") == []
    german = "Brenntal übernimmt den Sensorspezialisten für 420 Mio. Franken."
    assert (
        error_spans(german, "ブレンタールは4億2000万スイスフランで買収する。", language="de") == []
    )
    # 1日遅れて, 1日順延, 1日ずつ: a day's delay or turn, no day of the month
    published = dt.datetime(2025, 9, 10, 23, 0, tzinfo=dt.UTC)
    assert (
        error_spans(
            "The final was held on Tuesday, September 9, a day late because of rain.",
            "決勝は雨のため1日遅れて9月9日(火)に行われた。男子決勝は雨で1日順延。",
            published=published,
        )
        == []
    )


@pytest.mark.parametrize(
    ("zone", "local", "jst", "published"),
    [
        # 豪東部夏時間 is UTC+11, not the US 東部夏時間 inside its name
        (
            "豪東部夏時間",
            "午前2時5分",
            "15日午前0時5分",
            dt.datetime(2024, 2, 14, 22, 20, tzinfo=dt.UTC),
        ),
        # メキシコ中部時間 is Mexico City's UTC−6 (no daylight time), not Chicago's
        (
            "メキシコ中部時間",
            "午前9時",
            "翌日午前0時",
            dt.datetime(2024, 8, 28, 15, 30, tzinfo=dt.UTC),
        ),
    ],
)
def test_a_zone_name_inside_a_longer_one(
    zone: str, local: str, jst: str, published: dt.datetime
) -> None:
    source = (
        "The event starts at 2:05 a.m. local time."
        if "2" in local
        else "The stream starts at 9 a.m."
    )
    lead = f"発表は現地時間({zone}){local}、日本時間では{jst}に行われた。"
    assert error_spans(source, lead, published=published) == []
