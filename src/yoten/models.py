"""The data that flows between yoten's stages: Article → Digest → Report.

Every stage takes and returns these pydantic models, never loose dicts.
The Digest mirrors the house format (see README, "The post format"):

    headline / image credit
    【概要】 lead, 主なハイライト (labelled), 文脈 (labelled), closing
    【詳細】 intro, topics → numbered sections (paragraphs, ・bullets), closing
    【要点】 topics → numbered sections (・bullets only)
    【引用・参照・底本】 sources (title, outlet, date, URL)
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Article",
    "Details",
    "Digest",
    "DigestMeta",
    "Evidence",
    "Finding",
    "LabelledPoint",
    "Overview",
    "Report",
    "Section",
    "Severity",
    "SourceRef",
    "Topic",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Model):
    """A source article after ingest: its text and what the outlet says about it."""

    url: str | None = Field(None, description="Where it was read from (may carry tracking).")
    canonical_url: str | None = Field(None, description="The article's clean, citable URL.")
    title: str
    outlet: str | None = Field(None, description="Site or publication name, e.g. FRANCE24.")
    published: dt.datetime | dt.date | None = Field(
        None, description="Publication time as the outlet states it (aware datetime or a date)."
    )
    language: str = Field("und", description="BCP 47 primary language, e.g. 'en', 'ja'.")
    text: str
    paragraphs: list[str] = Field(default_factory=list)
    notes: list[str] = Field(
        default_factory=list,
        description="Caveats from ingest, e.g. 'feed summary used: full text unavailable'.",
    )

    @property
    def published_date(self) -> dt.date | None:
        """The publication date in the outlet's own time zone."""
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


class LabelledPoint(_Model):
    """One "ラベル:本文" line of 主なハイライト or 文脈."""

    label: str
    text: str


class Overview(_Model):
    """【概要】."""

    lead: list[str] = Field(default_factory=list, description="Lead paragraphs.")
    highlights: list[LabelledPoint] = Field(default_factory=list, description="主なハイライト")
    context: list[LabelledPoint] = Field(default_factory=list, description="文脈")
    closing: list[str] = Field(default_factory=list, description="Closing paragraphs.")


class Section(_Model):
    """A numbered section ("1.見出し") with paragraphs and/or ・bullets."""

    heading: str
    paragraphs: list[str] = Field(default_factory=list)
    bullets: list[str] = Field(default_factory=list)


class Topic(_Model):
    """A topic heading with its numbered sections."""

    heading: str
    sections: list[Section] = Field(default_factory=list)


class Details(_Model):
    """【詳細】."""

    intro: list[str] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    closing: list[str] = Field(default_factory=list)


class SourceRef(_Model):
    """One entry of 【引用・参照・底本】."""

    title: str
    outlet: str | None = None
    date: dt.date | None = None
    url: str | None = None

    @classmethod
    def from_article(cls, article: Article) -> SourceRef:
        return cls(
            title=article.title,
            outlet=article.outlet,
            date=article.published_date,
            url=article.canonical_url or article.url,
        )


class DigestMeta(_Model):
    """How a digest was made. Not part of the rendered post."""

    engine: str
    model: str | None = None
    prompt_version: str | None = None
    language: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    created_at: dt.datetime | None = None
    notices: list[str] = Field(default_factory=list)


class Digest(_Model):
    """A Japanese digest post in the house format."""

    headline: str
    image_credit: str | None = None
    posted_at: dt.datetime | None = None
    overview: Overview = Field(default_factory=Overview)
    details: Details = Field(default_factory=Details)
    key_points: list[Topic] = Field(default_factory=list, description="【要点】: bullets only")
    sources: list[SourceRef] = Field(default_factory=list)
    meta: DigestMeta | None = None


Severity = Literal["error", "warning", "info"]


class Evidence(_Model):
    """Source text a finding was compared with: ``Article.text[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Finding(_Model):
    """One problem the checker found in a digest."""

    kind: str = Field(description="e.g. unsupported, mismatch, date, name, spelling, citation")
    severity: Severity
    section: str = Field(
        description="Where in the post: 概要, 詳細, 要点, 引用・参照・底本, 見出し"
    )
    span: str = Field(description="The exact digest text the finding is about.")
    message: str
    rule: str = Field(
        default="", description="The rule that made the finding (for per-rule figures)."
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="The source sentence(s) compared with; empty when nothing in the source relates.",
    )
    derivation: str = Field(
        default="", description="How a derived value follows from the source (info findings)."
    )


class Report(_Model):
    """The checker's verdict on one digest."""

    findings: list[Finding] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    def to_json_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "findings": [f.model_dump() for f in self.findings]}
