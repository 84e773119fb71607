"""Links to the site's other stories inside or under an article (yoten.ingest.related).

"READ MORE: …" lines, a list of headlines under "DON'T MISS", a card that is a
link of its own are dropped from the text; a sentence with a link in it, a link
to another site and a list whose items are not all links stay.
"""

from __future__ import annotations

import lxml.html

from yoten.ingest.extract import extract_article
from yoten.ingest.related import related_links, without_related

URL = "https://www.news.example/world/2019/11/19/harbour-strike"
STORY = [
    "Dock workers at the city's container port walked out on Tuesday morning, halting the "
    "loading of ships for the first time in twenty years.",
    "The union said the strike would last until the port authority agreed to talks on pay "
    "and on the night shifts that were added last spring without notice.",
    "The port authority said it regretted the walkout and that two ships due on Wednesday "
    "had been sent to the neighbouring harbour instead.",
    "Shipping lines warned that a strike lasting more than a week would delay deliveries "
    "of fuel and food to the islands, which depend on the port's weekly sailings.",
]


def page(inner: str) -> str:
    return (
        "<html lang='en'><head><title>Dock workers strike at city port</title></head><body>"
        "<article><h1>Dock workers strike at city port</h1>"
        f'<div class="article-body">{inner}</div></article></body></html>'
    )


def para(text: str) -> str:
    return f"<p>{text}</p>"


def test_links_to_other_stories_are_dropped_from_the_text() -> None:
    html = page(
        para(STORY[0])
        + para(STORY[1])
        + '<p>READ MORE: <a href="/world/2019/11/18/port-talks-fail">Port talks fail '
        "as union rejects offer</a></p>"
        + para(STORY[2])
        + "<p><strong>DON'T MISS</strong></p>"
        + '<p><a href="https://news.example/business/fuel-prices">Fuel prices rise on the '
        'islands</a> [<strong>INSIGHT]|<br></strong><a href="/sport/harbour-regatta">Harbour '
        "regatta cancelled for the first time</a><strong> [VIDEO]</strong></p>"
        + para(STORY[3])
        + '<a class="read-more-big" href="/world/strike-history"><span>Also on news.example'
        "</span><span>The strikes that shut the port in 1999</span></a>"
        + "<ul><li><a href='/a'>City council approves new bus lanes</a></li>"
        "<li><a href='/b'>Museum reopens after a year of repairs</a></li></ul>"
    )
    article = extract_article(html, url=URL)
    assert article.paragraphs == STORY


def test_links_that_are_the_story_stay() -> None:
    lines = [
        'Dock workers at the <a href="/port">city\'s container port</a> walked out on Tuesday '
        "morning, halting the loading of ships for the first time in twenty years.",
        '<a href="/people/union-leader">Maria Lopez</a> said the strike would last until the '
        'port authority agreed to <a href="/topics/pay">talks on pay</a>.',
    ]
    html = page(
        "".join(para(line) for line in lines)
        + "<p>The union listed its demands:</p><ul><li>Pay rises in line with prices for "
        "every grade of dock worker</li><li>An end to the night shifts added last spring "
        'without notice</li><li>Your <a href="/topics/pensions">pensions kept as they are'
        "</a></li></ul>" + para(STORY[2])
    )
    article = extract_article(html, url=URL)
    texts = " ".join(article.paragraphs)
    assert "Maria Lopez said the strike" in texts
    assert "pensions kept as they are" in texts
    assert "An end to the night shifts" in texts


def test_related_links_reads_blocks_by_their_markup() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body>"
        '<p>Related: <a href="https://news.example/a">Another story</a></p>'
        '<p>Related: <a href="https://other.example/a">A story on another site</a></p>'
        '<p><a href="#comments">Comments</a></p>'
        f'<p><a href="{URL}">This very page</a></p>'
        "</body></html>"
    )
    blocks = related_links(tree, URL)
    assert "related:anotherstory" in blocks
    assert not any("anothersite" in block for block in blocks)
    assert not any("comments" in block or "thisverypage" in block for block in blocks)


def test_without_related_keeps_text_when_nothing_else_is_left() -> None:
    blocks = ("anotherstory",)
    assert without_related(["Another story"], blocks) == ["Another story"]
    assert without_related(["- Another story", STORY[0]], blocks) == [STORY[0]]
    assert without_related(["Another story line", STORY[0]], blocks) == [
        "Another story line",
        STORY[0],
    ]


def test_a_label_before_the_links_is_read_with_them() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><h3>More Great Stories</h3><ul><li><a href='/a'>One story</a></li>"
        "<li><a href='/b'>Another story</a></li></ul>"
        "<p>The port said on Tuesday.</p><p><a href='/c'>A third story</a></p>"
        "</body></html>"
    )
    blocks = related_links(tree, URL)
    assert "moregreatstories" in blocks
    assert "theportsaidontuesday." not in blocks


def test_tags_and_category_lines_are_dropped() -> None:
    html = page(
        "".join(para(p) for p in STORY)
        + '<p class="postinfo">Filed under: <a href="/category/port" rel="category tag">Port'
        "</a> |</p>"
        + '<div class="tags"><p></p><strong>Tags<br><a href="/tag/strike" rel="tag">strike</a>, '
        '<a href="/tag/port" rel="tag">port</a>, <a href="/tag/union" rel="tag">dock union</a>'
        "</strong></div>"
    )
    article = extract_article(html, url=URL)
    assert article.paragraphs == STORY


def test_other_stories_cards_nested_in_the_article_are_dropped() -> None:
    cards = "".join(
        f'<article class="card"><a href="/story-{n}"><img src="/i{n}.jpg" alt=""></a>'
        f"<p>Teaser {n} of another story on the site, which tells of something else that "
        "happened in the town last week and goes on for a while before it stops …</p></article>"
        for n in range(3)
    )
    html = (
        "<html lang='en'><body><article><h1>Dock workers strike at city port</h1>"
        + "".join(para(p) for p in STORY)
        + f"<h3>You may also like</h3>{cards}</article></body></html>"
    )
    article = extract_article(html, url=URL)
    assert article.paragraphs == STORY


def test_a_live_blog_s_posts_are_kept() -> None:
    posts = "".join(
        f'<article class="post"><p>{p} <a href="/world/port-{n}">More on this</a></p></article>'
        for n, p in enumerate(STORY)
    )
    html = (
        "<html lang='en'><body><article><h1>Dock workers strike at city port: live</h1>"
        f"{posts}</article></body></html>"
    )
    tree = lxml.html.document_fromstring(html)
    assert not any(block.startswith("dockworkers") for block in related_links(tree, URL))
