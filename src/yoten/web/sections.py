"""A post in the house text format, cut into its editable sections and put back together.

The review page edits one section at a time as text: the post is rendered
with :func:`yoten.render.text.render_text`, cut at the 【…】 markers, one
section's body is replaced, the pieces are joined and the whole post is
parsed again with :func:`yoten.render.parse.parse_post`. This way a section
edit goes through exactly the same parser as a whole-post edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from yoten.errors import InputError
from yoten.i18n import gettext as _
from yoten.render.text import CITATION, DETAILS, KEY_POINTS, OVERVIEW

__all__ = ["SECTION_KEYS", "PostSection", "join_sections", "replace_section", "split_sections"]

# key → (marker line, label shown on the page, Finding.section name)
SECTION_KEYS: dict[str, tuple[str | None, str, str]] = {
    "head": (None, "見出し", "見出し"),
    "overview": (OVERVIEW, "概要", "概要"),
    "details": (DETAILS, "詳細", "詳細"),
    "key_points": (KEY_POINTS, "要点", "要点"),
    "citation": (CITATION, "引用・参照・底本", "引用・参照・底本"),
}
_BY_MARKER = {marker: key for key, (marker, _, _) in SECTION_KEYS.items() if marker}


@dataclass(frozen=True)
class PostSection:
    """One section of a post: its key, its marker line (none for the head) and its body."""

    key: str
    marker: str | None
    body: str

    @property
    def label(self) -> str:
        return SECTION_KEYS[self.key][1]


def _tidy(body: str) -> str:
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return body + "\n" if body else ""


def split_sections(text: str) -> list[PostSection]:
    """The head and each 【…】 section of ``text``, in order."""
    sections: list[PostSection] = []
    key, marker, lines = "head", None, []  # type: str, str | None, list[str]
    for line in text.replace("\r\n", "\n").split("\n"):
        found = _BY_MARKER.get(line.strip())
        if found is not None:
            sections.append(PostSection(key, marker, _tidy("\n".join(lines))))
            key, marker, lines = found, line.strip(), []
        else:
            lines.append(line)
    sections.append(PostSection(key, marker, _tidy("\n".join(lines))))
    return sections


def join_sections(sections: list[PostSection]) -> str:
    """The post text again; each section separated by one blank line."""
    parts: list[str] = []
    for section in sections:
        if section.marker:
            parts.append(section.marker + "\n\n" + section.body)
        else:
            parts.append(section.body)
    return "\n".join(p if p.endswith("\n") else p + "\n" for p in parts if p)


def replace_section(text: str, key: str, body: str) -> str:
    """``text`` with the body of section ``key`` replaced by ``body``."""
    if key not in SECTION_KEYS:
        raise InputError(_("unknown section {key!r}").format(key=key))
    sections = split_sections(text)
    if not any(s.key == key for s in sections):
        raise InputError(
            _("the post has no {section_keys} section to edit").format(
                section_keys=SECTION_KEYS[key][1]
            )
        )
    return join_sections(
        [PostSection(s.key, s.marker, _tidy(body)) if s.key == key else s for s in sections]
    )
