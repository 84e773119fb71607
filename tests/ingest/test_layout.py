"""Layouts that hide part of an article from the extractor (yoten.ingest.layout).

A body split into containers of the same class with an advertising row between
them is read whole; another story below, with its own headline, is not joined.
A quotation (an embedded post) inside a wrapper that holds nothing else is kept,
and a pop-up card written inside a sentence is removed. A page laid out in a
table keeps its story's paragraphs apart; a table of figures stays a table.
"""

from __future__ import annotations

import lxml.html

from yoten.ingest.extract import extract_article
from yoten.ingest.layout import (
    drop_inline_cards,
    join_split_body,
    unwrap_layout_tables,
    unwrap_quotes,
)

PARTS = [
    [
        "The harbour board voted on Tuesday to close the old ferry terminal at the end of "
        "the season, ending ninety years of crossings from the town's north quay.",
        "The board said repairs to the terminal's pier would cost more than a new landing "
        "on the south side, which the council has offered to pay for in part.",
    ],
    [
        "Regular passengers said the decision came as no surprise. Timetables had been cut "
        "twice in three years, and the last winter service ran only at weekends.",
        "The ferry company said its two boats would move to the south landing once it opens, "
        "which the board expects to happen by the spring of the year after next.",
    ],
    [
        "A public meeting on the future of the north quay is planned for next month, when "
        "residents will be asked whether the site should become a park or housing.",
        "The board will publish both plans, with their costs, two weeks before the meeting.",
    ],
]


def body(parts: list[list[str]], *, between: str) -> str:
    chunks = [
        '<div class="grid"><div class="body article__body">'
        + "".join(f"<p>{p}</p>" for p in part)
        + "</div></div>"
        for part in parts
    ]
    return (
        "<html lang='en'><head><title>Ferry terminal to close</title></head><body>"
        "<article><h1>Ferry terminal to close after ninety years</h1>"
        + between.join(chunks)
        + "</article></body></html>"
    )


AD_ROW = (
    '<div class="row ad"><span class="ad-label">Advertisement</span><div class="slot"></div></div>'
)


def test_a_body_split_by_advertising_rows_is_read_whole() -> None:
    article = extract_article(body(PARTS, between=AD_ROW), url="https://news.example/ferry")
    for part in PARTS:
        for paragraph in part:
            assert paragraph in article.paragraphs
    assert article.paragraphs.index(PARTS[0][0]) < article.paragraphs.index(PARTS[2][0])
    assert "Advertisement" not in article.text


def test_another_story_below_is_not_joined() -> None:
    next_story = '<h2>Next story: Library reopens</h2><p class="byline">By a reporter</p>'
    html = body(PARTS[:2], between=next_story)
    tree = lxml.html.document_fromstring(html)
    assert join_split_body(tree) is False
    article = extract_article(html, url="https://news.example/ferry")
    assert PARTS[0][0] in article.paragraphs
    assert PARTS[1][0] not in article.paragraphs


def test_a_single_body_or_short_parts_are_left_alone() -> None:
    single = lxml.html.document_fromstring(body(PARTS[:1], between=AD_ROW))
    assert join_split_body(single) is False
    captions = lxml.html.document_fromstring(body([PARTS[0], ["A short caption."]], between=AD_ROW))
    assert join_split_body(captions) is False


TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en">The north quay crossing runs for the last '
    "time on Sunday. Thank you to ninety years of passengers.</p>&mdash; Harbour Ferries "
    '(@harbourferries) <a href="https://twitter.com/x/status/1">November 18, 2019</a></blockquote>'
    '<script async src="https://platform.twitter.com/widgets.js"></script>'
)


def test_an_embedded_post_in_a_wrapper_of_its_own_is_kept() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARTS[0] + PARTS[1])
    html = (
        "<html lang='en'><body><article><h1>Ferry terminal to close after ninety years</h1>"
        f'<div class="article-content">{paragraphs}'
        f'<div class="social-media-embed"><div class="embed__inner">{TWEET}</div></div>'
        f"<p>{PARTS[2][0]}</p></div></article></body></html>"
    )
    article = extract_article(html, url="https://news.example/ferry")
    assert any("runs for the last time on Sunday" in p for p in article.paragraphs)
    assert PARTS[2][0] in article.paragraphs


def test_a_quotation_beside_other_content_stays_in_its_container() -> None:
    tree = lxml.html.document_fromstring(
        f'<html><body><aside class="widget"><h3>Quote of the day</h3>{TWEET}</aside>'
        f'<div class="embed"><div>{TWEET}</div></div></body></html>'
    )
    assert unwrap_quotes(tree) == 1
    quotes = tree.xpath("//blockquote")
    assert quotes[0].getparent().tag == "aside"
    assert quotes[1].getparent().tag == "body"


CARD = (
    '<span class="rollover"><span class="card"><img src="/p.jpg" alt="">'
    '<a class="name" href="/people/ann-lee">Ann Lee</a>'
    '<a href="/news/1">Council passes budget after all-night session</a> '
    '<a href="/news/2">Harbour board names new chair</a> <a href="/people/ann-lee">MORE</a>'
    "</span></span>"
)


def test_a_pop_up_card_inside_a_sentence_is_removed() -> None:
    sentence = (
        '<p><span style="font-weight: 400">The harbour board chair, <span class="person">'
        f'<a href="/people/ann-lee">Ann Lee</a>{CARD}</span>, said on Tuesday that the old '
        'ferry terminal would close. <img src="/x.jpg"> Read <a href="/a">one</a> and '
        '<a href="/b">two</a>.</span></p>'
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PARTS[0] + PARTS[1])
    html = (
        "<html lang='en'><body><article><h1>Ferry terminal to close after ninety years</h1>"
        f'<div class="article-content">{sentence}{paragraphs}</div></article></body></html>'
    )
    article = extract_article(html, url="https://news.example/ferry")
    assert article.paragraphs[0] == (
        "The harbour board chair, Ann Lee, said on Tuesday that the old ferry terminal would "
        "close. Read one and two."
    )
    tree = lxml.html.document_fromstring(html)
    assert drop_inline_cards(tree) == 1
    assert tree.xpath("//span[@style]")  # the span around the paragraph's words stays


FIGURES = (
    "<table><tr><th>Route</th><th>Crossings a day</th></tr>"
    "<tr><td>North quay</td><td>12</td></tr><tr><td>South landing</td><td>18</td></tr></table>"
)


def layout_page(story: str) -> str:
    """A page laid out in tables, as older news sites are: navigation in one cell, the story in
    another (a table of its own with the headline in one row and the paragraphs in the next)."""
    return (
        "<html lang='en'><head><title>Ferry terminal to close</title></head><body>"
        '<table id="layout"><tr><td class="left"><ul><li><a href="/">Home</a></li>'
        '<li><a href="/news">News</a></li></ul></td><td class="centre">'
        '<table class="story"><tr><td><h1>Ferry terminal to close after ninety years</h1>'
        '<div class="date">18 November 2019</div></td></tr>'
        f'<tr><td class="body">{story}</td></tr></table></td></tr></table></body></html>'
    )


def test_a_page_laid_out_in_tables_keeps_its_paragraphs_apart() -> None:
    paragraphs = PARTS[0] + PARTS[1] + PARTS[2]
    story = "".join(f"<p>{p}</p>" for p in paragraphs) + FIGURES
    article = extract_article(layout_page(story), url="https://news.example/ferry")
    for paragraph in paragraphs:
        assert paragraph in article.paragraphs
    assert not any(p.startswith("|") and PARTS[0][0] in p for p in article.paragraphs)
    tree = lxml.html.document_fromstring(layout_page(story))
    assert unwrap_layout_tables(tree) == 2  # the page's table and the story's
    assert [t.xpath("string(.//th)") for t in tree.iter("table")] == ["Route"]


def test_a_table_of_figures_is_left_alone() -> None:
    html = f"<html><body><article><p>{PARTS[0][0]}</p>{FIGURES}</article></body></html>"
    tree = lxml.html.document_fromstring(html)
    assert unwrap_layout_tables(tree) == 0
    assert len(list(tree.iter("td"))) == 4
