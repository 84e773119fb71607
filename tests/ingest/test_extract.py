"""extract_article on fixture pages written for the project."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yoten.errors import IngestError
from yoten.ingest.charset import decode_bytes
from yoten.ingest.extract import NO_ARTICLE, extract_article
from yoten.models import Article

from .conftest import DATA

JST = dt.timezone(dt.timedelta(hours=9))


def page(name: str) -> str:
    return decode_bytes((DATA / name).read_bytes())


def assert_clean(article: Article, sentences: list[str], boilerplate: list[str]) -> None:
    for sentence in sentences:
        assert sentence in article.text
    for junk in boilerplate:
        assert junk not in article.text, junk
        assert all(junk not in p for p in article.paragraphs), junk
    assert article.text == "\n\n".join(article.paragraphs)


EN_BOILERPLATE = [
    "We use cookies",
    "Accept all cookies",
    "Manage cookie preferences",
    "World Desk",
    "Markets Desk",
    "Subscribe Now",
    "Share on Facebook",
    "Share on X",
    "Copy link",
    "Related stories",
    "Tram fares rise in Sapporo",
    "Kansai airport adds",
    "Most read",
    "Typhoon season",
    "Morning Tide newsletter",
    "Sign up",
    "Terms of Use",
    "Privacy Policy",
    "Contact the newsroom",
    "Harbor Daily Media Ltd",
    "dataLayer",
]


def test_english_article() -> None:
    url = (
        "https://www.harbordaily.example/news/2023/11/03/night-ferry-osaka-busan"
        "?utm_source=newsletter&utm_medium=email&mc_eid=abc123"
    )
    article = extract_article(page("en-article.html"), url=url)
    assert_clean(
        article,
        [
            (
                "A shipping company based in Osaka said on Friday that it would start an overnight "
                "passenger ferry to Busan in December"
            ),
            "a voyage of about 19 hours.",
            "One-way fares will start at 13,800 yen for a shared cabin",
            (
                '"People want to travel slowly again, and the sea is the slow road between our two '
                'cities," Tanabe said.'
            ),
            "before its first sailing on December 8.",
        ],
        EN_BOILERPLATE,
    )
    assert article.title == "Night ferry links Osaka and Busan for the first time"
    assert article.outlet == "Harbor Daily"
    assert article.published == dt.datetime(2023, 11, 3, 7, 10, tzinfo=JST)
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == dt.timedelta(hours=9)
    assert article.published_date == dt.date(2023, 11, 3)  # 2 November in UTC
    assert article.url == url
    assert article.canonical_url == (
        "https://www.harbordaily.example/news/2023/11/03/night-ferry-osaka-busan"
    )
    assert article.language == "en"
    assert article.paragraphs[0].startswith("A shipping company")  # no kicker, byline, title
    assert article.notes == []


def test_english_article_without_url_uses_page_canonical() -> None:
    article = extract_article(page("en-article.html"))
    assert article.url is None
    assert article.canonical_url == (
        "https://www.harbordaily.example/news/2023/11/03/night-ferry-osaka-busan"
    )


def test_japanese_utf8_article() -> None:
    article = extract_article(
        page("ja-utf8.html"),
        url="https://minato-shimpo.example/articles/20240620/ferry.html?ref_src=x",
    )
    assert_clean(
        article,
        [
            "大阪市の海運会社は20日、大阪港と韓国・釜山港を結ぶ夜行フェリーの運航を12月から始めると発表した。",
            "「春以降、韓国からの予約が倍増している。",
            "12月8日に初便が出航する予定だ。",
        ],
        [
            "クッキー",
            "同意して閉じる",
            "トップページ",
            "政治ニュース一覧",
            "会員ログイン",
            "この記事をシェアする",
            "LINEで送る",
            "関連記事",
            "関西空港",
            "札幌の路面電車",
            "アクセスランキング",
            "利用規約",
            "お問い合わせ窓口",
            "無断転載",
        ],
    )
    assert article.title == "大阪港に新たな夜行フェリー、釜山と結ぶ航路を12月開設"
    assert article.outlet == "みなと新報"  # og:site_name beats the JSON-LD publisher
    assert article.published == dt.datetime(2024, 6, 20, 21, 30, tzinfo=JST)
    assert article.language == "ja"
    # www.minato-shimpo.example and minato-shimpo.example are the same site
    assert article.canonical_url == "https://www.minato-shimpo.example/articles/20240620/ferry.html"


def test_japanese_shift_jis_article() -> None:
    raw = (DATA / "ja-sjis.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the fixture really is Shift_JIS
    article = extract_article(decode_bytes(raw), url="https://kitahama-keizai.example/news/0315")
    assert_clean(
        article,
        [
            "総事業費は約120億円で、２０２６年度中の稼働をめざす。",
            "計画は①倉庫棟の新設②トラック待機場の整備③鉄道貨物との連携の三本柱で",
            "同社の髙橋誠一社長は",
        ],
        ["ニュース一覧", "会員登録", "おすすめ記事", "淀川", "中之島", "Copyright", "無断転載"],
    )
    assert article.title == "北浜で物流拠点計画、２０２６年度の稼働めざす"
    assert article.outlet == "北浜経済新聞"  # application-name
    assert article.published == dt.date(2024, 3, 15)  # only a date is stated
    assert not isinstance(article.published, dt.datetime)
    assert article.language == "ja"
    assert "2024年3月15日" not in article.paragraphs  # the dateline is not a paragraph


def test_broken_html() -> None:
    article = extract_article(page("broken.html"), url="https://capegazette.example/local/keeper")
    assert_clean(
        article,
        [
            "Walter Brisco climbed the 96 steps of the Point Mercy lighthouse for the last time",
            '"The light never cared who was watching, and neither did I," Brisco said',
            "showing his logbooks and the original brass lens.",
        ],
        ["Front page", "Local desk", "Share this story", "Privacy notice"],
    )
    assert article.title == "Lighthouse keeper retires after 41 years"
    assert article.outlet == "Cape Gazette"
    assert article.published == dt.datetime(
        2022, 8, 14, 16, 5, tzinfo=dt.timezone(dt.timedelta(hours=-4))
    )


def test_canonical_on_another_domain_is_ignored() -> None:
    url = "https://www.coastalwire.example/syndicated/kobe-cruise?utm_source=rss&story=88"
    article = extract_article(page("canonical-elsewhere.html"), url=url)
    assert (
        article.canonical_url == "https://www.coastalwire.example/syndicated/kobe-cruise?story=88"
    )
    assert article.outlet == "Coastal Wire"
    assert article.published == dt.datetime(2023, 10, 28, 9, 0, tzinfo=dt.UTC)
    assert "Syndicated from" not in article.text
    assert "152 cruise ship calls" in article.text


@pytest.mark.parametrize("name", ["index-page.html", "login.html", "empty-body.html"])
def test_pages_without_an_article(name: str) -> None:
    with pytest.raises(IngestError) as info:
        extract_article(page(name), url="https://www.harbordaily.example/world")
    assert info.value.message.startswith(NO_ARTICLE)


@pytest.mark.slow
@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n  ",
        "<",
        "<html><body><p>unclosed <div><<>>&&& </table></td>",
        "\x00\x01\x02 binary \x00",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>tiny</p></body></html>",
        "<html><head><title>Unclosed title<body><p>" + "words " * 100,
        "<p>" * 5000,
        "<html><body>" + "<div>" * 3000 + "deep" + "</div>" * 10,
    ],
    ids=["empty", "blank", "lt", "soup", "nul", "xml-decl", "open-title", "5000-p", "deep-divs"],
)
def test_malformed_html_never_crashes(html: str) -> None:
    try:
        article = extract_article(html)
    except IngestError as exc:
        assert "\n" not in str(exc)
    else:
        assert article.text.strip()


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<article>",
                "<nav>",
                "</html>",
                "<script>",
                "&amp;",
                "<!--",
                "-->",
                "<meta charset='x'>",
                "The ferry sails at dawn. ",
                "港に着いた。",
                "\x00",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_fuzz_only_article_or_ingest_error(html: str) -> None:
    try:
        extract_article(html)
    except IngestError:
        pass


def _doc(head: str, body_extra: str = "") -> str:
    paragraphs = "".join(
        f"<p>Paragraph {i} of a test story about harbour cranes, long enough to count as text "
        "for the extractor and nothing else.</p>"
        for i in range(4)
    )
    return (
        f"<html lang='en'><head>{head}</head><body><article><h1>Cranes</h1>{body_extra}"
        f"{paragraphs}</article></body></html>"
    )


def test_date_only_meta_is_upgraded_by_a_timestamp_of_that_day() -> None:
    html = _doc(
        "<meta name='pubdate' content='2024-05-01'>",
        "<time datetime='2024-05-01T23:30:00-07:00'>May 1</time>",
    )
    article = extract_article(html)
    assert article.published == dt.datetime(
        2024, 5, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-7))
    )
    assert article.published_date == dt.date(2024, 5, 1)


def test_json_ld_date_and_publisher() -> None:
    html = _doc(
        '<script type="application/ld+json">[{"@type": ["NewsArticle"], '
        '"datePublished": "2023-11-03T07:10+09:00", "headline": "Cranes at dawn", '
        '"publisher": [{"@type": "Organization", "name": "Dockside Times"}]}]</script>'
        '<script type="application/ld+json">{not json</script>'
    )
    article = extract_article(html)
    assert article.published == dt.datetime(2023, 11, 3, 7, 10, tzinfo=JST)
    assert article.outlet == "Dockside Times"


def test_naive_timestamp_gives_a_date() -> None:
    article = extract_article(
        _doc("<meta property='article:published_time' content='2021-02-03T10:00:00'>")
    )
    assert article.published == dt.date(2021, 2, 3)


def test_no_date_is_noted() -> None:
    article = extract_article(_doc("<title>Cranes</title>"))
    assert article.published is None
    assert any("no publication date" in note for note in article.notes)


def test_a_date_labelled_published_lower_down_stands_for_a_relative_one() -> None:
    footer = "<p>First published on 21 March 2024 at 11:10 GMT</p><p>© 2012–2026</p>"
    html = _doc(
        '<title>Cranes</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2024"}</script>',
        "<p>2 hours ago</p><p>Updated 35 min ago</p>",
    ).replace("</article>", f"</article>{footer}")
    assert extract_article(html).published == dt.date(2024, 3, 21)
    # a date without such a label (an event in the story, a footer) is no publication date
    unlabelled = html.replace("First published on ", "Opening night: ")
    assert extract_article(unlabelled).published is None


@pytest.mark.parametrize(
    "dateline",
    [
        "Monday 14 April 2025, 8:05am",
        "掲載日：令和6年12月10日",
        "- 公開 2024年5月8日 18:02",
        "卵・小麦不使用、規格外大豆も活用",
        "No eggs or wheat, and surplus beans",
    ],
)
def test_short_lines_before_the_story_are_dropped(dateline: str) -> None:
    sentence = "The fair opens on 3 May 2025."
    article = extract_article(_doc("", f"<p>{dateline}</p><p>{sentence}</p>"))
    assert dateline not in article.text
    assert article.paragraphs[0] == sentence  # a short sentence with a date is the story's


def test_a_kicker_before_the_headline_goes_with_it() -> None:
    html = _doc("<title>Cranes</title>").replace("<h1>", "<p>Press release</p><h1>")
    article = extract_article(html)
    assert article.paragraphs[0].startswith("Paragraph 0 of a test story")


def test_outlet_falls_back_to_host_and_title_suffix_is_stripped() -> None:
    article = extract_article(
        _doc("<title>Cranes</title>"), url="https://www.dockside.example/cranes"
    )
    assert article.outlet == "dockside.example"
    stated = extract_article(
        _doc(
            "<meta property='og:title' content='Cranes at dawn | Dockside'>"
            "<meta property='og:site_name' content='Dockside'>"
        ).replace("<h1>Cranes</h1>", "")
    )
    assert stated.title == "Cranes at dawn"


def test_language_from_script_beats_a_wrong_template_lang() -> None:
    body = "".join(
        f"<p>港湾のクレーンが{i}基更新される。作業は来月から始まり、夜間に行われる予定だ。</p>"
        for i in range(5)
    )
    html = f"<html lang='en'><head><title>クレーン</title></head><body><article>{body}</article></body></html>"
    assert extract_article(html).language == "ja"


def test_non_http_url_is_refused() -> None:
    with pytest.raises(IngestError, match="only http and https"):
        extract_article(page("en-article.html"), url="file:///tmp/page.html")
