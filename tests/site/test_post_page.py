"""A post's page written by Python (yoten.site.post_page): the bytes of the Jinja template it
replaced, for every branch of it and text that needs escaping."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from markupsafe import Markup

from tests.site.digest_factory import make_digest
from yoten.site.images import Banner
from yoten.site.model import SitePost
from yoten.site.post_page import post_page
from yoten.site.render import environment, render_body

#: templates/post.html as it was, rendered with Jinja's autoescape: the reference.
POST_HTML = """
{% extends "base.html" %}
{% block title %}{{ post.digest.headline }} | {{ site.title }}{% endblock %}
{% block description %}{{ excerpt }}{% endblock %}
{% block main %}
<article class="post"{% if lang not in ("ja", "und") %} lang="{{ lang }}"{% endif %}>
<header class="post-header">
<h1>{{ post.digest.headline }}</h1>
<p class="post-date"><time datetime="{{ post.published.isoformat() }}">{{ post.published | jdate }}</time></p>
{%- if banner %}
<figure class="banner">
<picture>
<source srcset="{{ root }}{{ banner.webp }}" type="image/webp">
<img src="{{ root }}{{ banner.jpeg }}" width="{{ banner.width }}" height="{{ banner.height }}" alt="">
</picture>
{%- if banner.credit %}
<figcaption class="credit">{{ banner.credit }}</figcaption>
{%- endif %}
</figure>
{%- elif post.digest.image_credit %}
<p class="credit">{{ post.digest.image_credit }}</p>
{%- endif %}
</header>
{{ body }}
<footer class="post-footer">
{%- if terms %}
<p class="terms">
{%- for term in terms %}
<a class="term" href="{{ root }}{{ term.href }}">{{ term.name }}</a>
{%- endfor %}
</p>
{%- endif %}
<nav class="post-nav" aria-label="前後の記事">
{%- if newer %}
<a class="newer" href="{{ root }}{{ newer.href }}">← {{ newer.title }}</a>
{%- endif %}
{%- if older %}
<a class="older" href="{{ root }}{{ older.href }}">{{ older.title }} →</a>
{%- endif %}
</nav>
</footer>
</article>
{% endblock %}
"""

EVIL = "<script>alert('x')</script> & \"q\""


@dataclass(frozen=True)
class _Link:
    href: str
    title: str


def test_post_page_is_the_jinja_template_byte_for_byte() -> None:
    template = environment().from_string(POST_HTML.removeprefix("\n"))
    banners = [
        None,
        Banner("images/a.webp", "images/a.jpg", 1200, 630, "国立国会図書館デジタルコレクション"),
        Banner("images/b&c.webp", "images/b<c.jpg", 800, 450, ""),
    ]
    term_sets = [
        [],
        [{"name": "AP", "href": "outlets/ap.html"}],
        [{"name": EVIL, "href": "tags/%3Cx%3E.html"}, {"name": "経済", "href": "tags/経済.html"}],
    ]
    links = [None, _Link("posts/2024-01-01-1.html", "見出し"), _Link("posts/a&b.html", EVIL)]
    sites = [
        {"title": "要点ブログ", "description": "ニュースの要点"},
        {"title": EVIL, "description": EVIL},
    ]
    checked = 0
    for n, (banner, terms, newer, older, lang, site, credit) in enumerate(
        itertools.product(
            banners, term_sets, links, links, ["ja", "und", "en", EVIL], sites, [None, "", EVIL]
        )
    ):
        digest = make_digest(n, headline=EVIL if n % 3 == 0 else None)
        digest = digest.model_copy(update={"image_credit": credit})
        published = dt.datetime(2024, 6, 20, 19, 29, tzinfo=dt.timezone(dt.timedelta(hours=9)))
        post = SitePost("1", "2024-06-20-1", digest, published, ())
        body = render_body(digest)
        values = {
            "site": site,
            "root": "../" if n % 2 else "",
            "canonical": f"https://blog.example.jp/posts/{EVIL if n % 5 == 0 else 'a'}.html",
            "body": body,
            "excerpt": EVIL if n % 4 == 0 else "第1回の会談で両国は合意した。",
            "banner": banner,
            "terms": terms,
            "newer": newer,
            "older": older,
            "lang": lang,
        }
        expected = template.render(post=post, **values)
        written = post_page(digest=digest, published=published, **values)  # type: ignore[arg-type]
        assert written == expected, n
        assert isinstance(body, Markup)
        checked += 1
    assert checked == 3 * 3 * 3 * 3 * 4 * 2 * 3


def test_escape_is_markupsafes_for_each_character_alone_and_together() -> None:
    from markupsafe import escape as reference

    from yoten.render.html import escape

    for text in ["", "要点", *"&<>'\"", "a&b", "x<y>z", "it's", 'say "hi"', EVIL, EVIL * 3]:
        assert escape(text) == str(reference(text)), text
