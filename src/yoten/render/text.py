"""The house format as plain text, exactly like the seed post.

Layout (body lines carry one leading space, as on the blog):

    <headline>
    <YYYY年MM月DD日 HH:MM>                (when posted_at is set)

    <image credit>                         (when set)
    【概要】
     lead paragraphs / 主なハイライト / ラベル:本文 … / 文脈 / … / closing
    【詳細】
     intro / <topic> / 1.<section> / paragraphs / ・bullets / closing
    【要点】
     <topic> / 1.<section> / ・bullets
    【引用・参照・底本】
    <title> <outlet> <YYYY.MM.DD>
    <url>

:mod:`yoten.render.parse` reads this back; ``parse_post(render_text(d)) == d``
for every digest that respects the format's rules (see that module).
"""

from __future__ import annotations

import datetime as dt

from yoten.models import Digest, LabelledPoint, SourceRef, Topic

__all__ = [
    "CITATION",
    "CONTEXT",
    "DETAILS",
    "HIGHLIGHTS",
    "KEY_POINTS",
    "OVERVIEW",
    "format_citation",
    "format_posted_at",
    "render_text",
]

OVERVIEW = "【概要】"
DETAILS = "【詳細】"
KEY_POINTS = "【要点】"
CITATION = "【引用・参照・底本】"
HIGHLIGHTS = "主なハイライト"
CONTEXT = "文脈"
BULLET = "・"
INDENT = " "


def format_posted_at(posted_at: dt.datetime) -> str:
    """The blog's own timestamp, e.g. 2024年06月20日 19:29."""
    return posted_at.strftime("%Y年%m月%d日 %H:%M")


def format_citation(source: SourceRef) -> str:
    """``<title> <outlet> <YYYY.MM.DD>`` as in the seed.

    An outlet with a space in it (or one with no date after it) is set off by
    two spaces so that the line reads back unambiguously.
    """
    line = source.title
    if source.outlet:
        sep = "  " if (" " in source.outlet or source.date is None) else " "
        line += sep + source.outlet
    if source.date:
        line += ("  " if not source.outlet else " ") + source.date.strftime("%Y.%m.%d")
    return line


def _labelled(points: list[LabelledPoint]) -> list[str]:
    return [f"{p.label}:{p.text}" for p in points]


def _tree(topics: list[Topic]) -> list[list[str]]:
    """Blocks for topics → numbered sections → paragraphs and bullets."""
    blocks: list[list[str]] = []
    for topic in topics:
        if topic.heading:
            blocks.append([topic.heading])
        for number, section in enumerate(topic.sections, start=1):
            blocks.append([f"{number}.{section.heading}"])
            blocks.extend([p] for p in section.paragraphs)
            if section.bullets:
                blocks.append([BULLET + b for b in section.bullets])
    return blocks


def _body(blocks: list[list[str]]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        lines.extend(INDENT + line for line in block)
        lines.append("")
    return lines


def render_text(digest: Digest) -> str:
    """The digest as a post in the house format."""
    lines = [digest.headline]
    if digest.posted_at:
        lines.append(format_posted_at(digest.posted_at))
    lines.append("")
    if digest.image_credit:
        lines.append(digest.image_credit)

    ov = digest.overview
    lines += [OVERVIEW, ""]
    blocks: list[list[str]] = [[p] for p in ov.lead]
    if ov.highlights:
        blocks.append([HIGHLIGHTS])
        blocks.extend([line] for line in _labelled(ov.highlights))
    if ov.context:
        blocks.append([CONTEXT])
        blocks.extend([line] for line in _labelled(ov.context))
    blocks.extend([p] for p in ov.closing)
    lines += _body(blocks)

    det = digest.details
    lines += [DETAILS, ""]
    lines += _body([[p] for p in det.intro] + _tree(det.topics) + [[p] for p in det.closing])

    lines += [KEY_POINTS, ""]
    lines += _body(_tree(digest.key_points))

    lines += [CITATION, ""]
    for source in digest.sources:
        lines += [format_citation(source), ""]
        if source.url:
            lines += [source.url, ""]
    return "\n".join(lines).rstrip("\n") + "\n"
