"""The optional model tier: does the source support each sentence of the digest?

Each body sentence of the digest becomes a numbered claim; claims go to an
OpenAI-compatible model in batches, together with the source text, and the
model answers in JSON, one verdict per claim with the source excerpt that
supports or contradicts it. A claim the source contradicts or does not state
is an ``error`` of kind ``claim`` (this is the tier that catches a party chief
turned into 中国共産党書記長, which no rule can).

Uses the openai engine's :meth:`~yoten.engines.openai_compat.OpenAIEngine.complete_json`
(schema-checked JSON, retries with the validation error shown to the model).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from yoten.check.pieces import iter_pieces
from yoten.models import Article, Digest, Finding, Report
from yoten.settings import Settings
from yoten.textproc import split_sentences

__all__ = ["BATCH_SIZE", "Claim", "claims", "verify_digest"]

BATCH_SIZE = 8
SOURCE_CHARS = 24_000  # source text sent with each batch (about 6k tokens)

SYSTEM = (
    "You are a meticulous fact checker. You compare claims from a Japanese news digest "
    "with the source article it was written from. A claim is 'supported' only when the "
    "source states it (translation and paraphrase are fine); 'contradicted' when the "
    "source states something incompatible (a different number, date, name, title or "
    "role); 'not_found' when the source does not say it. Quote the source excerpt, "
    "verbatim, that supports or contradicts the claim (empty for not_found), and say "
    "in one short English sentence what is wrong, if anything. Answer with JSON only."
)


class Verdict(BaseModel):
    """The model's answer about one claim."""

    model_config = ConfigDict(extra="ignore")

    id: int = Field(description="The claim's number.")
    verdict: Literal["supported", "contradicted", "not_found"]
    excerpt: str = Field("", description="Verbatim source text that supports or contradicts it.")
    note: str = Field("", description="One English sentence: what is wrong, if anything.")


class Verdicts(BaseModel):
    """The model's answer about a batch of claims."""

    model_config = ConfigDict(extra="ignore")

    verdicts: list[Verdict]


@dataclass(frozen=True, slots=True)
class Claim:
    """One digest sentence to verify, and where it stands."""

    id: int
    section: str
    text: str


def claims(digest: Digest) -> list[Claim]:
    """Every distinct body sentence of the digest (headings and labels left out)."""
    out: list[Claim] = []
    seen: set[str] = set()
    for piece in iter_pieces(digest):
        if piece.role not in ("paragraph", "bullet", "headline"):
            continue
        for raw in split_sentences(piece.text, "ja"):
            sentence = raw.strip()
            if len(sentence) < 6 or sentence in seen:
                continue
            seen.add(sentence)
            out.append(Claim(len(out) + 1, piece.section, sentence))
    return out


def _batches(items: list[Claim], size: int) -> Iterator[list[Claim]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _prompt(article: Article, batch: list[Claim]) -> str:
    source = article.text[:SOURCE_CHARS]
    lines = "\n".join(f"{c.id}. {c.text}" for c in batch)
    return (
        f"SOURCE ARTICLE\nTitle: {article.title}\n"
        f"Published: {article.published_date or 'unknown'}\n\n{source}\n\n"
        f"CLAIMS\n{lines}\n\n"
        'Answer {"verdicts": [{"id": <claim number>, "verdict": "supported" | "contradicted" | '
        '"not_found", "excerpt": "<source text>", "note": "<what is wrong>"}]}, '
        "one verdict per claim."
    )


def _finding(claim: Claim, verdict: Verdict) -> Finding:
    if verdict.verdict == "contradicted":
        message = (
            f'the source says: "{verdict.excerpt.strip()}"'
            if verdict.excerpt.strip()
            else "the source contradicts this"
        )
    else:
        message = "the source does not state this"
    if verdict.note.strip():
        message += f" ({verdict.note.strip()})"
    return Finding(
        kind="claim", severity="error", section=claim.section, span=claim.text, message=message
    )


def verify_digest(
    digest: Digest, article: Article, *, settings: Settings, batch_size: int = BATCH_SIZE
) -> Report:
    """Ask the configured model about every claim; errors for unsupported ones.

    Needs ``settings.base_url`` and ``settings.model`` (ConfigError otherwise);
    a failing server is an EngineError.
    """
    from yoten.engines.openai_compat import OpenAIEngine

    engine = OpenAIEngine.from_settings(settings)
    findings: list[Finding] = []
    for batch in _batches(claims(digest), max(1, batch_size)):
        messages = [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": _prompt(article, batch)},
        ]
        answer, _usage = engine.complete_json(messages, Verdicts)
        by_id = {c.id: c for c in batch}
        for verdict in answer.verdicts:
            claim = by_id.pop(verdict.id, None)
            if claim is not None and verdict.verdict != "supported":
                findings.append(_finding(claim, verdict))
    return Report(findings=findings)
