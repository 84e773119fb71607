"""Teasers with no gate: a lede cut mid-sentence, or a text shorter than the page declares.

A members-only page need not show anything yoten can read as a gate: it may
show the opening of its story and stop. Such a text is refused when it is
short and a paragraph of it stops mid-sentence (an ellipsis, a comma, a
Japanese sentence without its 。), or when it is much shorter than the
article its own metadata describes (JSON-LD articleBody or wordCount, its
description); real short articles that end properly are kept.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import lxml.html
import pytest

from yoten.errors import IngestError
from yoten.ingest.extract import NO_ARTICLE, extract_article
from yoten.ingest.feeds import FEED_SUMMARY_NOTE
from yoten.ingest.fetch import FetchedPage
from yoten.ingest.outline import missing_sections, reading_minutes
from yoten.ingest.quality import (
    CUT_SHORT,
    LONG_ENOUGH,
    SHORTER_THAN_DECLARED,
    assess,
    cut_paragraphs,
    declared_size,
    weight,
)
from yoten.run.article import build_article
from yoten.store.rows import Source

ONLY_THE_BEGINNING = f"{NO_ARTICLE}: the page shows only the beginning of its article"

LEDE_JA = (
    "港町の朝市が、この春で開設100年を迎える。戦後の闇市から始まり、いまでは観光客が一日に"
    "3千人訪れる名物になった市場を支えてきたのは、"
)
LEDE_EN = (
    "The last working mill on the River Wend will close at the end of the month, its owners said "
    "on Thursday, ending two centuries of flour-making in the valley. The decision, which "
    "surprised even the mill's own staff, came after"
)
BRIEF_JA = [
    "県は20日、来月から県営バス全路線で交通系ICカードが使えるようになると発表した。",
    "これまでは現金と回数券のみだった。導入費用は約2億円。",
]
BRIEF_EN = [
    "The Wend valley bus service will run every thirty minutes on Saturdays from next month, "
    "the county council said on Tuesday.",
    "Buses currently run hourly. The extra journeys are paid for by a two-year rural transport "
    "grant.",
]


def page(paragraphs: list[str], *, lang: str = "ja", head: str = "", after: str = "") -> str:
    title = "港町の朝市、開設100年" if lang == "ja" else "Last mill on the Wend to close"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "<meta property='article:published_time' content='2025-03-20T09:00:00+09:00'>"
        f"{head}</head><body><div class='entry'><h1>{title}</h1>{body}</div>{after}"
        "<div class='site-foot'><p>© 2025 Harbour Weekly</p></div></body></html>"
    )


def ld(**fields: object) -> str:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f"<script type='application/ld+json'>{json.dumps(node, ensure_ascii=False)}</script>"


# --- the rule itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "lenient", "cut"),
    [
        (LEDE_JA, False, True),  # stops at a comma
        (LEDE_JA[:-1] + "…", False, True),
        (LEDE_JA[:-2], False, True),  # 「支えてきたの」: Japanese without 。
        (LEDE_JA[:-2], True, False),  # a lenient mode's one line ends in any button's label
        (LEDE_EN, False, False),  # an English paragraph may end in a credit or a URL
        (LEDE_EN[: -len(" came after")] + " was announced to the", False, True),  # "the"
        (LEDE_EN[: -len(" came after")] + " was announced to the", True, False),
        (LEDE_EN + " https://mill.example/news", False, False),
        (LEDE_EN + "...", False, True),
        (LEDE_EN + ",", True, True),
        ("「まだ間に合うと思っていたのに…」と店主は話した。" * 3, False, False),
        (f"“{LEDE_EN}…”", False, False),  # a speaker trailing off inside a quotation
        ("Read more…", False, False),  # a label, not prose
        (BRIEF_JA[0] * 2, False, False),
    ],
)
def test_cut_paragraphs(paragraph: str, lenient: bool, cut: bool) -> None:
    assert cut_paragraphs([paragraph, "Share"], lenient_mode=lenient) == (
        [paragraph] if cut else []
    )


def test_a_paragraph_that_the_next_one_takes_up_is_not_cut() -> None:
    broken = LEDE_EN + "..."
    assert cut_paragraphs([broken, "...the collapse of its only customer, a bakery chain."]) == []
    assert cut_paragraphs([LEDE_EN + ",", "which had bought its flour since 1950."]) == []
    assert cut_paragraphs([broken, "Staff were told on Thursday."]) == [broken]


def test_declared_size() -> None:
    assert declared_size(body=None, word_count=None, description=None) == 0
    assert declared_size(body="x" * 4000, word_count=None, description=None) == 2000
    assert declared_size(body=None, word_count=1200, description="Short.") == 900
    assert declared_size(body="x" * 100, word_count=None, description="y" * 300) == 300
    # a reading time: each minute after the first; sections a contents list names and
    # the page does not show
    nothing: dict[str, None] = {"body": None, "word_count": None, "description": None}
    assert declared_size(**nothing, reading_minutes=1) == 0
    assert declared_size(**nothing, reading_minutes=14) == 13 * 250
    assert declared_size(**nothing, missing_sections=4) == 4 * 300


def test_assess_a_short_text_cut_or_shorter_than_declared() -> None:
    title = "Last mill on the Wend to close"
    assert assess([LEDE_EN + "..."], title) == CUT_SHORT
    assert assess([LEDE_EN + "...", "Share this story: Facebook, X, email"], title) == CUT_SHORT
    # a cut paragraph inside a long text is the story's (a stylistic break, a quotation)
    long = [LEDE_EN + "..."] + [BRIEF_EN[0] + " " + BRIEF_EN[1]] * 8
    assert weight("".join(long)) >= LONG_ENOUGH
    assert assess(long, title) is None
    # another mode's text that runs the same lede into one line with the page's labels
    blob = [f"Home News {LEDE_EN}... Most read Weather Sport Contact us"]
    assert assess(blob, title, lenient_mode=True) is None
    assert assess(blob, title, lenient_mode=True, cut_before=[LEDE_EN + "..."]) == CUT_SHORT
    # the page says its article is longer
    whole = [LEDE_EN + " the loss of its only customer."]
    assert assess(whole, title) is None
    assert assess(whole, title, declared=weight(whole[0]) + 1) == SHORTER_THAN_DECLARED
    # a long text is not refused by what the metadata says (a count of characters as words)
    assert assess(long, title, declared=weight("".join(long)) * 2) is None


# --- pages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        page([LEDE_JA]),
        page([LEDE_JA[:-1] + "…"]),
        page([LEDE_JA[:-2]]),
        page([LEDE_EN + "..."], lang="en"),
        page([BRIEF_EN[0], LEDE_EN[: -len(" came after")] + " was reported to the board in"],
             lang="en"),
        # complete sentences, but the page's metadata describes a much longer article
        page(BRIEF_EN, lang="en", head=ld(articleBody=" ".join(BRIEF_EN * 6))),
        page(BRIEF_JA, head=ld(wordCount=2400)),
        page(
            BRIEF_EN,
            lang="en",
            head=f"<meta property='og:description' content='{' '.join(BRIEF_EN * 2)}'>",
        ),
    ],
    ids=["ja-comma", "ja-ellipsis", "ja-no-full-stop", "en-ellipsis", "en-function-word",
         "articleBody", "wordCount", "description"],
)  # fmt: skip
def test_a_teaser_without_a_gate_is_refused(html: str) -> None:
    with pytest.raises(IngestError, match=ONLY_THE_BEGINNING) as info:
        extract_article(html, url="https://harbour.example/news/1")
    assert info.value.exit_code == 2


@pytest.mark.parametrize(
    ("html", "paragraphs"),
    [
        (page(BRIEF_JA), BRIEF_JA),
        (page(BRIEF_EN, lang="en"), BRIEF_EN),
        (page(BRIEF_JA, head=ld(wordCount=60, articleBody="".join(BRIEF_JA))), BRIEF_JA),
        (
            page(BRIEF_EN, lang="en", head=f"<meta name='description' content='{BRIEF_EN[0]}'>"),
            BRIEF_EN,
        ),
    ],
    ids=["ja-brief", "en-brief", "ja-declared-alike", "en-description-is-the-lede"],
)
def test_a_short_article_that_ends_properly_is_kept(html: str, paragraphs: list[str]) -> None:
    article = extract_article(html, url="https://harbour.example/news/2")
    for paragraph in paragraphs:
        assert paragraph in article.paragraphs


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("C.UTF-8", "no article text found: the page shows only the beginning of its article"),
        ("ja_JP.UTF-8", "ページには記事の冒頭しか表示されていません"),
    ],
)
def test_the_digest_command_refuses_a_teaser_with_exit_2(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str, said: str
) -> None:
    monkeypatch.setenv("LANG", lang)
    path = tmp_path / "teaser.html"
    path.write_text(page([LEDE_EN + "..."], lang="en"), "utf-8")
    out = tmp_path / "post.txt"
    r = cli("digest", str(path), "-o", str(out))
    assert r.code == 2 and not out.exists()
    assert said in r.err and len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err


def _source(summary: str | None) -> Source:
    now = dt.datetime(2025, 3, 20, tzinfo=dt.UTC)
    return Source(
        id=1, canonical_url="https://harbour.example/news/1", url="https://harbour.example/news/1",
        origin="feed", title_hint="港町の朝市、開設100年", lang="ja", fallback_html=summary,
        published_hint=now, first_seen=now, status="pending", attempts=0, last_error=None,
        next_attempt_at=None, feed="Harbour Weekly",
    )  # fmt: skip


def test_run_falls_back_to_the_feed_content_or_records_the_refusal() -> None:
    teaser = FetchedPage(
        url="https://harbour.example/news/1",
        final_url="https://harbour.example/news/1",
        status=200,
        content_type="text/html",
        text=page([LEDE_JA]),
    )
    # the feed entry carries the story: it is used, and the article says so
    story = "".join(f"<p>{p}</p>" for p in BRIEF_JA * 6)
    article = build_article(_source(story), teaser, None)
    assert article.paragraphs[:2] == BRIEF_JA and FEED_SUMMARY_NOTE in article.notes
    # no feed content: the refusal is what the run records for the source
    with pytest.raises(IngestError, match=ONLY_THE_BEGINNING):
        build_article(_source(None), teaser, None)


# --- what the page states of its article's length: a reading time, a contents list ---


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("By Ann Lee · 2 September 2025 · 14 min read", 14),
        ("Reading time: 5 minutes", 5),
        ("Est. reading time 7 min", 7),
        ("a 9-minute read", 9),
        ("文・写真：岩城 読了目安 約12分", 12),
        ("この記事は約８分で読めます", 8),  # full-width digits
        ("読了時間：約5分", 5),
        ("6 min de lecture", 6),
        ("Lesezeit: 4 Min.", 4),
        ("Listen to this article · 6 min", None),  # an audio player's length
        ("音声で聞く 3分20秒", None),
        ("The meeting lasted 40 minutes.", None),
    ],
)
def test_reading_minutes(text: str, minutes: int | None) -> None:
    found = reading_minutes(text)
    assert (found[0] if found else None) == minutes


def _toc(entries: list[tuple[str, str]], *, marked: str = "class='toc'") -> str:
    links = "".join(f"<li><a href='#{anchor}'>{label}</a></li>" for anchor, label in entries)
    return f"<nav {marked}><p>目次</p><ol>{links}</ol></nav>"


SECTIONS = [("s1", "最後の船大工"), ("s2", "港に残った道具"), ("s3", "百年目の朝")]


def test_missing_sections() -> None:
    def count(html: str) -> int:
        tree = lxml.html.document_fromstring(html)
        return missing_sections(tree, " ".join(tree.body.text_content().split()))

    assert count(f"<html><body>{_toc(SECTIONS)}<p>{BRIEF_JA[0]}</p></body></html>") == 3
    # marked by its label alone (目次 heads the list)
    assert count(f"<html><body>{_toc(SECTIONS, marked='')}<p>x</p></body></html>") == 3
    # the sections are on the page: by their anchors, or by their headings (ids set by a script)
    shown = "".join(f"<h2 id='{a}'>{t}</h2><p>{BRIEF_JA[0]}</p>" for a, t in SECTIONS)
    assert count(f"<html><body>{_toc(SECTIONS)}{shown}</body></html>") == 0
    headed = "".join(f"<h2>{t}</h2><p>{BRIEF_JA[0]}</p>" for _a, t in SECTIONS)
    assert count(f"<html><body>{_toc(SECTIONS)}{headed}</body></html>") == 0
    # a menu of in-page links that is not marked as contents, and a single jump link
    menu = "".join(f"<li><a href='#{a}'>{t}</a></li>" for a, t in SECTIONS)
    assert count(f"<html><body><ul class='menu'>{menu}</ul><p>x</p></body></html>") == 0
    one = _toc(SECTIONS[:1])
    assert count(f"<html><body>{one}<p>x</p></body></html>") == 0


def _headed(line: str, paragraphs: list[str], *, lang: str, after: str = "") -> str:
    """A page whose headline is followed by ``line`` (a byline, a contents list)."""
    html = page(paragraphs, lang=lang, after=after)
    return html.replace("</h1>", f"</h1>{line}", 1)


WHOLE_JA = [BRIEF_JA[0] + BRIEF_JA[1] + "関係者は「利用者の声に応えた」と話している。"]
WHOLE_EN = [BRIEF_EN[0] + " " + BRIEF_EN[1], "Passengers welcomed the change."]
LONG_EN = [f"{BRIEF_EN[0]} {BRIEF_EN[1]} Stop {n} gets a new shelter." for n in range(8)]


@pytest.mark.parametrize(
    "html",
    [
        # complete paragraphs under a reading time far longer than they take to read
        _headed("<p class='meta'>By Ann Lee · 14 min read</p>", WHOLE_EN, lang="en"),
        _headed("<div><span>Reading time: 9 minutes</span></div>", WHOLE_EN, lang="en"),
        _headed("<p class='meta'>文：岩城 この記事は約8分で読めます</p>", WHOLE_JA, lang="ja"),
        # a contents list of sections that are not on the page (no reading time)
        _headed(_toc(SECTIONS), WHOLE_JA, lang="ja"),
        _headed(
            _toc([("one", "The yard"), ("two", "The order book"), ("three", "What next")],
                 marked="id='table-of-contents'"),
            WHOLE_EN,
            lang="en",
        ),
    ],
    ids=["en-min-read", "en-reading-time", "ja-yomemasu", "ja-toc", "en-toc"],
)  # fmt: skip
def test_a_teaser_shorter_than_its_reading_time_or_contents_is_refused(html: str) -> None:
    with pytest.raises(IngestError, match=ONLY_THE_BEGINNING):
        extract_article(html, url="https://harbour.example/news/3")


RELATED = (
    "<aside><h2>More long reads</h2><ul><li><a href='/long/1'>The last bus to Hollin</a>"
    " · 12 min read</li><li><a href='/long/2'>Quarry town</a> · 16 min read</li></ul></aside>"
)


@pytest.mark.parametrize(
    ("html", "paragraphs"),
    [
        (_headed("<p class='meta'>By Ann Lee · 1 min read</p>", WHOLE_EN, lang="en"), WHOLE_EN),
        (_headed("<p>Listen to this article · 6 min</p>", WHOLE_EN, lang="en"), WHOLE_EN),
        # a long text is not refused by its reading time
        (_headed("<p class='meta'>14 min read</p>", LONG_EN, lang="en"), LONG_EN),
        # another story's reading time, after this one's text
        (_headed("", WHOLE_EN, lang="en", after=RELATED), WHOLE_EN),
        # a headline that speaks of a read
        (
            page(WHOLE_EN, lang="en").replace(
                "Last mill on the Wend to close", "Last mill on the Wend: a 20 min read on its end"
            ),
            WHOLE_EN,
        ),
        # a contents list whose sections are on the page
        (
            _headed(_toc(SECTIONS), [p for _a, t in SECTIONS for p in (t, WHOLE_JA[0])],
                    lang="ja").replace(
                f"<p>{SECTIONS[0][1]}</p>", f"<h2 id='s1'>{SECTIONS[0][1]}</h2>"
            ),
            WHOLE_JA,
        ),
    ],
    ids=["1-min-read", "listen", "long-text", "related-story", "headline", "toc-sections-shown"],
)  # fmt: skip
def test_an_article_with_a_reading_time_or_contents_is_kept(
    html: str, paragraphs: list[str]
) -> None:
    article = extract_article(html, url="https://harbour.example/news/4")
    for paragraph in paragraphs:
        assert paragraph in article.paragraphs
