"""Read a post in the house format (or Digest JSON) back into a Digest.

Tolerant of what real posts carry: any indentation, blank lines or none,
full-width colons and dots, the headline glued to the blog's timestamp
(``プーチン:北朝鮮からベトナムへ2024年06月20日 19:29``), and blog footer lines
(コメント, トラックバック).

The format has a few ambiguities; these rules resolve them, and
:func:`yoten.render.text.render_text` writes posts that respect them:

- In 概要, a line after 主なハイライト/文脈 that reads ``label:text`` (a label of
  at most 30 characters with no sentence punctuation) is a labelled point;
  the first line that does not starts the closing paragraphs.
- In 詳細/要点, ``1.見出し`` starts a numbered section (a heading that starts
  with a digit, ``2.20年債``, only where 2 continues the list); a short line (≤ 40
  characters) that does not end like a sentence is a topic heading; lines
  starting with ・ are bullets; everything else is a paragraph.
- In 概要, paragraphs before 主なハイライト/文脈 are the lead; a closing exists only
  after them.
- In 詳細, paragraphs after the last bullet of the last section are the
  closing paragraphs. (A closing that follows a section with no bullets
  cannot be told apart from that section's paragraphs, and stays there.)
- Citation lines read ``<title> <outlet> <YYYY.MM.DD>``; an outlet written
  with spaces is set off by two spaces.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from yoten.errors import ParseError
from yoten.i18n import gettext as _
from yoten.models import Details, Digest, LabelledPoint, Overview, Section, SourceRef, Topic
from yoten.render.text import CITATION, CONTEXT, DETAILS, HIGHLIGHTS, KEY_POINTS, OVERVIEW

__all__ = ["parse_post", "read_digest"]

MARKERS = (OVERVIEW, DETAILS, KEY_POINTS, CITATION)
FOOTER = re.compile(r"^(コメント|トラックバック)(\s*[\(（]\d+[\)）])?$")
TIMESTAMP = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2}):(\d{2})$")
LABELLED = re.compile(r"^([^:：。、．.!?！？]{1,30})[:：]\s*(\S.*)$")
NUMBERED = re.compile(r"^(\d{1,2})[.．]\s*(\S.{0,59})$")
SENTENCE_END = tuple("。．.!?！？」』)）")
CITE_DATE = re.compile(r"^(.*?)(\s+)(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})$")
BULLETS = ("・", "･")


def read_digest(text: str) -> Digest:
    """A Digest from Digest JSON or from a post in the house format."""
    stripped = text.lstrip("\ufeff").strip()
    if stripped.startswith("{"):
        try:
            return Digest.model_validate_json(stripped)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ParseError(
                _("not a valid Digest JSON: {where}: {error}").format(
                    where=where, error=first["msg"]
                )
            ) from None
    return parse_post(text)


def parse_post(text: str) -> Digest:
    """Parse a post in the house format; ParseError when it is not one."""
    lines = [
        line.strip().replace("\u3000", " ").strip() for line in text.lstrip("\ufeff").splitlines()
    ]
    starts = {line: i for i, line in enumerate(lines) if line in MARKERS}
    if not starts:
        raise ParseError(
            _(
                "not a post in the house format: none of 【概要】【詳細】【要点】【引用・参照・底本】 found"
            )
        )
    order = sorted(starts.values())
    blocks: dict[str, list[str]] = {}
    for n, start in enumerate(order):
        end = order[n + 1] if n + 1 < len(order) else len(lines)
        blocks[lines[start]] = [ln for ln in lines[start + 1 : end] if ln]

    headline, posted_at, credit = _header([ln for ln in lines[: order[0]] if ln])
    return Digest(
        headline=headline,
        posted_at=posted_at,
        image_credit=credit,
        overview=_overview(blocks.get(OVERVIEW, [])),
        details=_details(blocks.get(DETAILS, [])),
        key_points=_tree(blocks.get(KEY_POINTS, [])).topics,
        sources=_sources(blocks.get(CITATION, [])),
    )


def _header(lines: list[str]) -> tuple[str, dt.datetime | None, str | None]:
    if not lines:
        raise ParseError(_("not a post in the house format: no headline before 【概要】"))
    headline, rest = lines[0], lines[1:]
    posted_at = None
    match = TIMESTAMP.search(headline)
    if match and match.start() > 0:
        headline, posted_at = headline[: match.start()].strip(), _timestamp(match)
    elif rest and (match := TIMESTAMP.fullmatch(rest[0])):
        posted_at, rest = _timestamp(match), rest[1:]
    credit = " ".join(rest) or None
    return headline, posted_at, credit


def _timestamp(match: re.Match[str]) -> dt.datetime:
    try:
        year, month, day, hour, minute = (int(g) for g in match.groups())
        return dt.datetime(year, month, day, hour, minute)
    except ValueError as exc:
        raise ParseError(
            _("invalid post timestamp {value!r}: {exc}").format(value=match.group(0), exc=exc)
        ) from None


def _overview(lines: list[str]) -> Overview:
    ov = Overview()
    mode = "lead"
    for line in lines:
        if line == HIGHLIGHTS:
            mode = "highlights"
        elif line == CONTEXT:
            mode = "context"
        elif mode in ("highlights", "context") and (m := LABELLED.match(line)):
            getattr(ov, mode).append(LabelledPoint(label=m.group(1).strip(), text=m.group(2)))
        elif mode == "lead":
            ov.lead.append(line)
        else:
            mode = "closing"
            ov.closing.append(line)
    return ov


@dataclass
class _Tree:
    intro: list[str] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    trailing: list[str] = field(default_factory=list)  # paragraphs after the last bullet


def _bullet(line: str) -> str | None:
    for mark in BULLETS:
        if line.startswith(mark):
            return line[len(mark) :].strip()
    return None


def _is_topic_heading(line: str) -> bool:
    return len(line) <= 40 and not line.endswith(SENTENCE_END)


def _is_section_heading(match: re.Match[str], tree: _Tree) -> bool:
    """``1.見出し`` — and ``2.20年債`` only where 2 is the next section's number.

    A heading whose text starts with a digit reads like a decimal (1.5倍), so
    it counts as a heading only when its number continues the topic's list.
    """
    heading = match.group(2)
    if heading.endswith(SENTENCE_END):
        return False
    if not heading[0].isdigit():
        return True
    expected = len(tree.topics[-1].sections) + 1 if tree.topics else 1
    return int(match.group(1)) == expected


def _tree(lines: list[str]) -> _Tree:
    tree = _Tree()
    section: Section | None = None
    for line in lines:
        bullet = _bullet(line)
        numbered = NUMBERED.match(line) if bullet is None else None
        if numbered and _is_section_heading(numbered, tree):
            if not tree.topics:
                tree.topics.append(Topic(heading=""))
            section = Section(heading=numbered.group(2).strip())
            tree.topics[-1].sections.append(section)
            tree.trailing = []
        elif bullet is not None:
            if section is None:
                if not tree.topics:
                    tree.topics.append(Topic(heading=""))
                section = Section(heading="")
                tree.topics[-1].sections.append(section)
            section.paragraphs.extend(tree.trailing)
            tree.trailing = []
            section.bullets.append(bullet)
        elif _is_topic_heading(line):
            if section is not None:
                section.paragraphs.extend(tree.trailing)
            tree.trailing = []
            tree.topics.append(Topic(heading=line))
            section = None
        elif section is None and not tree.topics:
            tree.intro.append(line)
        elif section is not None and section.bullets:
            tree.trailing.append(line)
        elif section is not None:
            section.paragraphs.append(line)
        else:  # paragraph under a topic heading before any numbered section
            section = Section(heading="", paragraphs=[line])
            tree.topics[-1].sections.append(section)
    return tree


def _details(lines: list[str]) -> Details:
    tree = _tree(lines)
    return Details(intro=tree.intro, topics=tree.topics, closing=tree.trailing)


def _sources(lines: list[str]) -> list[SourceRef]:
    sources: list[SourceRef] = []
    for line in lines:
        if FOOTER.match(line):
            break
        if re.match(r"^https?://", line):
            if sources and sources[-1].url is None:
                sources[-1].url = line
            else:
                sources.append(SourceRef(title=line, url=line))
            continue
        sources.append(_citation(line))
    return sources


def _citation(line: str) -> SourceRef:
    date: dt.date | None = None
    rest, gap_before_date = line, ""
    if m := CITE_DATE.match(line):
        try:
            date = dt.date(int(m.group(3)), int(m.group(4)), int(m.group(5)))
            rest, gap_before_date = m.group(1), m.group(2)
        except ValueError:
            date = None
    outlet: str | None = None
    if len(gap_before_date) >= 2 and "  " not in rest:
        title = rest
    elif "  " in rest:
        title, outlet = (part.strip() for part in rest.rsplit("  ", 1))
    elif date is not None and " " in rest:
        title, outlet = rest.rsplit(" ", 1)
    else:
        title = rest
    return SourceRef(title=title.strip(), outlet=outlet or None, date=date, url=None)
