"""Structure: the house format's sections are all there and agree with each other."""

from __future__ import annotations

from yoten.check.pieces import CITATION, DETAILS, HEADLINE, KEY_POINTS, OVERVIEW
from yoten.check.rules import Kind, Rule
from yoten.i18n import gettext as _
from yoten.models import Digest, Finding, Topic

__all__ = ["check_structure"]


def _warn(section: str, span: str, message: str) -> Finding:
    return Finding(
        kind=Kind.STRUCTURE,
        rule=Rule.STRUCTURE,
        severity="warning",
        section=section,
        span=span,
        message=message,
    )


def _empty_parts(section: str, topics: list[Topic]) -> list[Finding]:
    out: list[Finding] = []
    for topic in topics:
        if not topic.sections:
            out.append(
                _warn(
                    section,
                    topic.heading,
                    _("topic {heading} has no sections").format(heading=topic.heading),
                )
            )
        for sec in topic.sections:
            if not sec.paragraphs and not sec.bullets:
                out.append(
                    _warn(
                        section,
                        sec.heading,
                        _("section {heading} is empty").format(heading=sec.heading),
                    )
                )
    return out


def check_structure(digest: Digest) -> list[Finding]:
    """Warnings (kind ``structure``): missing sections, empty topics, 要点 topics not in 詳細."""
    findings: list[Finding] = []
    if not digest.headline.strip():
        findings.append(_warn(HEADLINE, "", _("the post has no headline")))
    ov = digest.overview
    if not (ov.lead or ov.highlights or ov.context or ov.closing):
        findings.append(_warn(OVERVIEW, "【概要】", _("the 概要 section is missing or empty")))
    details = digest.details
    if not (details.intro or details.topics or details.closing):
        findings.append(_warn(DETAILS, "【詳細】", _("the 詳細 section is missing or empty")))
    if not digest.key_points:
        findings.append(_warn(KEY_POINTS, "【要点】", _("the 要点 section is missing or empty")))
    if not digest.sources:
        findings.append(_warn(CITATION, "【引用・参照・底本】", _("the post cites no source")))
    findings += _empty_parts(DETAILS, details.topics)
    findings += _empty_parts(KEY_POINTS, digest.key_points)
    if details.topics:
        detail_topics = {t.heading.strip() for t in details.topics}
        for topic in digest.key_points:
            if topic.heading.strip() not in detail_topics:
                findings.append(
                    _warn(
                        KEY_POINTS,
                        topic.heading,
                        f"要点 topic {topic.heading} is not a topic of 詳細",
                    )
                )
    return findings
