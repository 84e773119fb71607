"""Hypothesis strategies for digests that respect the house format's rules."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from yoten.models import Details, Digest, LabelledPoint, Overview, Section, SourceRef, Topic

# Kana, kanji and Latin letters, digits and a space: no colons, brackets or bullets.
_WORD = st.text(
    alphabet=st.sampled_from(
        list("あいうえおかきくけこアイウエオカキクケコー日本語政府経済協定abcXYZ0123")
    ),
    min_size=1,
    max_size=12,
)
_HEADING = st.builds(lambda a, b: f"{a}{b}", _WORD, _WORD).filter(lambda s: not s[0].isdigit())
_PARAGRAPH = st.builds(
    lambda a, b: f"{a}、{b}。", _WORD, st.text(alphabet="日本語の文です", min_size=0, max_size=40)
)
_POINT = st.builds(LabelledPoint, label=_HEADING, text=_PARAGRAPH)


def _section(bullets_min: int = 0, paragraphs: bool = True) -> st.SearchStrategy[Section]:
    return st.builds(
        Section,
        heading=_HEADING,
        paragraphs=st.lists(_PARAGRAPH, max_size=2) if paragraphs else st.just([]),
        bullets=st.lists(_PARAGRAPH, min_size=bullets_min, max_size=3),
    ).filter(lambda s: bool(s.paragraphs or s.bullets))


def _topics(paragraphs: bool) -> st.SearchStrategy[list[Topic]]:
    return st.lists(
        st.builds(
            Topic,
            heading=_HEADING,
            sections=st.lists(_section(paragraphs=paragraphs), min_size=1, max_size=3),
        ),
        max_size=3,
    )


@st.composite
def _details(draw: st.DrawFn) -> Details:
    topics = draw(_topics(paragraphs=True))
    closing: list[str] = []
    # A closing is only recognisable after the last section's bullets (see parse.py).
    if topics and topics[-1].sections[-1].bullets:
        closing = draw(st.lists(_PARAGRAPH, max_size=2))
    return Details(intro=draw(st.lists(_PARAGRAPH, max_size=2)), topics=topics, closing=closing)


@st.composite
def _overview(draw: st.DrawFn) -> Overview:
    ov = Overview(
        lead=draw(st.lists(_PARAGRAPH, min_size=1, max_size=2)),
        highlights=draw(st.lists(_POINT, max_size=3)),
        context=draw(st.lists(_POINT, max_size=3)),
    )
    # A closing is only recognisable after 主なハイライト/文脈 (see parse.py).
    if ov.highlights or ov.context:
        ov.closing = draw(st.lists(_PARAGRAPH, max_size=2))
    return ov


_OUTLET = st.sampled_from(["FRANCE24", "Reuters", "The Japan Times", "NHK World", None])
_SOURCE = st.builds(
    SourceRef,
    title=st.sampled_from(
        ["Russia's Putin arrives in Vietnam", "Ferry fares cut", "市電の復活へ 第一歩"]
    ),
    outlet=_OUTLET,
    date=st.one_of(
        st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))
    ),
    url=st.one_of(st.none(), st.just("https://news.example/a/1?id=7")),
)

digests = st.builds(
    Digest,
    headline=st.builds(lambda a, b: f"{a}:{b}", _WORD, _WORD),
    image_credit=st.one_of(
        st.none(), st.just("国立国会図書館デジタルコレクション「浪華百景」を加工して作成")
    ),
    posted_at=st.one_of(
        st.none(),
        st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2035, 1, 1)).map(
            lambda d: d.replace(second=0, microsecond=0)
        ),
    ),
    overview=_overview(),
    details=_details(),
    key_points=_topics(paragraphs=False),
    sources=st.lists(_SOURCE, min_size=1, max_size=2),
)
