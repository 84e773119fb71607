"""The house format as Markdown (for blog services that take Markdown)."""

from __future__ import annotations

import re

from yoten.models import Digest, LabelledPoint, Topic
from yoten.render.text import (
    CITATION,
    CONTEXT,
    DETAILS,
    HIGHLIGHTS,
    KEY_POINTS,
    OVERVIEW,
    format_citation,
    format_posted_at,
)

__all__ = ["escape_markdown", "render_markdown"]

_INLINE = re.compile(r"([\\`*_\[\]|])")
_AUTOLINK = re.compile(r"https?://[^\s<>\\`]+")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def escape_markdown(text: str) -> str:
    """Article text as inert Markdown: no HTML, links, emphasis or block syntax."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _points(points: list[LabelledPoint]) -> list[str]:
    return [f"- **{escape_markdown(p.label)}**:{escape_markdown(p.text)}" for p in points]


def _tree(topics: list[Topic]) -> list[str]:
    out: list[str] = []
    for topic in topics:
        if topic.heading:
            out += [f"### {escape_markdown(topic.heading)}", ""]
        for number, section in enumerate(topic.sections, start=1):
            out += [f"#### {number}.{escape_markdown(section.heading)}", ""]
            for p in section.paragraphs:
                out += [escape_markdown(p), ""]
            if section.bullets:
                out += [f"- {escape_markdown(b)}" for b in section.bullets] + [""]
    return out


def render_markdown(digest: Digest) -> str:
    """The digest as Markdown, headings mirroring the house format's sections."""
    out = [f"# {escape_markdown(digest.headline)}", ""]
    if digest.posted_at:
        out += [format_posted_at(digest.posted_at), ""]
    if digest.image_credit:
        out += [f"*{escape_markdown(digest.image_credit)}*", ""]

    ov = digest.overview
    out += [f"## {OVERVIEW}", ""]
    out += [x for p in ov.lead for x in (escape_markdown(p), "")]
    if ov.highlights:
        out += [f"### {HIGHLIGHTS}", "", *_points(ov.highlights), ""]
    if ov.context:
        out += [f"### {CONTEXT}", "", *_points(ov.context), ""]
    out += [x for p in ov.closing for x in (escape_markdown(p), "")]

    det = digest.details
    out += [f"## {DETAILS}", ""]
    out += [x for p in det.intro for x in (escape_markdown(p), "")]
    out += _tree(det.topics)
    out += [x for p in det.closing for x in (escape_markdown(p), "")]

    out += [f"## {KEY_POINTS}", "", *_tree(digest.key_points)]

    out += [f"## {CITATION}", ""]
    for source in digest.sources:
        out += [escape_markdown(format_citation(source)), ""]
        if source.url:
            safe = _AUTOLINK.fullmatch(source.url)
            out += [f"<{source.url}>" if safe else escape_markdown(source.url), ""]
    return "\n".join(out).rstrip("\n") + "\n"
