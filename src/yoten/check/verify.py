"""The optional model tier: does the source support each sentence of the digest?

Each body sentence of the digest becomes a numbered claim; claims go to an
OpenAI-compatible model in batches, together with the source text, and the
model answers in JSON, one verdict per claim with the source text it rests on.

* **Every claim ends with a verdict or is reported unverified.** A claim the
  model leaves out of its answer, or judges without quoting the source, is a
  ``warning`` ("unverified"), never silently passed.
* **Each verdict quotes the source.** The quote must be found in the source
  (whitespace and case aside); it becomes the finding's ``evidence`` with its
  offsets. A contradiction the model cannot quote is only a warning: an
  ``error`` must show where the source says otherwise.
* **The engine is the configured one.** It is chosen from the settings through
  the engine registry, as for digests (``engine``, else ``openai`` when a
  ``base_url`` is set), and must be one that asks a model.
* **The prompts are files:** ``prompts/verify-system.md`` (the instructions)
  and ``prompts/verify.md`` (the source window and the claims).
* **Batches fit the context.** The source goes in windows sized from the
  server's context (llama.cpp ``/props``, Ollama, vLLM) or ``max_input_tokens``;
  a claim not settled in one window is asked again with the next.

A claim the source contradicts is an ``error`` of kind ``claim`` (the tier that
catches a party chief turned into 中国共産党書記長, which no rule can); one the
source does not state is a ``warning`` (unverified), as the checker's contract
asks for facts the source does not mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from yoten.check import rx
from yoten.check.pieces import iter_pieces
from yoten.engines.condense import chunk_paragraphs, estimate_tokens, paragraphs_of
from yoten.errors import ConfigError
from yoten.i18n import gettext as _
from yoten.models import Article, Digest, Evidence, Finding, Report
from yoten.prompts import PromptTemplate, packaged_prompt
from yoten.settings import Settings
from yoten.textproc import split_sentences

__all__ = [
    "BATCH_SIZE",
    "Claim",
    "ModelEngine",
    "claims",
    "model_engine",
    "source_windows",
    "verify_digest",
]

BATCH_SIZE = 8
DEFAULT_SOURCE_TOKENS = 6000  # source per request when the server does not say its context
ANSWER_TOKENS_PER_CLAIM = 90
PROMPT_OVERHEAD = 350  # the instructions and the answer's frame, in tokens

if TYPE_CHECKING:
    from yoten.engines.model_client import ModelClient

Kind = Literal["supported", "contradicted", "not_found"]


class Verdict(BaseModel):
    """The model's answer about one claim."""

    model_config = ConfigDict(extra="ignore")

    id: int = Field(description="The claim's number.")
    verdict: Kind
    excerpt: str = Field("", description="Source text, word for word, that it rests on.")
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


def source_windows(article: Article, budget: int) -> list[str]:
    """The source cut at paragraph ends into windows of at most ``budget`` tokens (nothing lost)."""
    if estimate_tokens(article.text) <= budget:
        return [article.text]
    return chunk_paragraphs(paragraphs_of(article), max(200, budget))


def _prompt(
    template: PromptTemplate,
    article: Article,
    window: str,
    part: tuple[int, int],
    batch: list[Claim],
) -> str:
    """The user message: ``prompts/verify.md`` filled with one source window and a batch."""
    return template.render(
        title=article.title,
        date=article.published_date or "unknown",
        text=window,
        part=f" (part {part[0]} of {part[1]})" if part[1] > 1 else "",
        claims="\n".join(f"{c.id}. {c.text}" for c in batch),
    )


@runtime_checkable
class ModelEngine(Protocol):
    """An engine that asks a model: what the model tier needs of it."""

    client: ModelClient

    def context_size(self) -> int | None: ...


def model_engine(settings: Settings) -> ModelEngine:
    """The engine the settings choose (through the registry, as for digests); it must ask a model."""
    from yoten.engines import make_engine

    engine = make_engine(settings)
    if not isinstance(engine, ModelEngine):
        raise ConfigError(
            _(
                "--verify asks a model, and the {engine} engine has none: give --base-url and --model (or YOTEN_BASE_URL/YOTEN_MODEL)"
            ).format(engine=settings.effective_engine)
        )
    return engine


_SPACE = rx.compile(r"\s+")


def find_quote(source: str, quote: str) -> Evidence | None:
    """Where ``quote`` is in ``source`` (whitespace runs and case ignored), or None."""
    words = [re.escape(w) for w in quote.strip().strip("\"'“”").split()]
    if not words or sum(len(w) for w in words) < 8:
        return None
    match = re.search(r"\s+".join(words), source, re.IGNORECASE)
    if match is None:
        return None
    return Evidence(text=match.group(0), start=match.start(), end=match.end())


def _error(claim: Claim, verdict: Verdict, evidence: Evidence) -> Finding:
    message = _('the source says: "{quote}"').format(quote=_SPACE.sub(" ", evidence.text))
    if verdict.note.strip():
        message += f" ({verdict.note.strip()})"
    return Finding(
        kind="claim",
        severity="error",
        section=claim.section,
        span=claim.text,
        message=message,
        rule="verify.contradicted",
        evidence=[evidence],
    )


def _unverified(claim: Claim, why: str, rule: str) -> Finding:
    return Finding(
        kind="claim",
        severity="warning",
        section=claim.section,
        span=claim.text,
        message=_("unverified: {reason}").format(reason=why),
        rule=rule,
    )


def verify_digest(
    digest: Digest, article: Article, *, settings: Settings, batch_size: int = BATCH_SIZE
) -> Report:
    """Ask the configured model about every claim; errors for contradicted ones.

    Needs an engine that asks a model, with its ``base_url`` and ``model``
    (ConfigError otherwise); a failing server is an EngineError.
    """
    engine = model_engine(settings)
    system = packaged_prompt("verify-system").render()
    template = packaged_prompt("verify")
    size = max(1, batch_size)
    answer_tokens = settings.max_tokens or ANSWER_TOKENS_PER_CLAIM * size + 64
    n_ctx = engine.context_size() if settings.max_input_tokens is None else None
    if settings.max_input_tokens is not None:
        budget = settings.max_input_tokens
    elif n_ctx is not None:
        claim_tokens = max((estimate_tokens(c.text) for c in claims(digest)), default=0) * size
        budget = n_ctx - PROMPT_OVERHEAD - claim_tokens - answer_tokens
    else:
        budget = DEFAULT_SOURCE_TOKENS
    windows = source_windows(article, budget)
    findings: list[Finding] = []
    for batch in _batches(claims(digest), size):
        open_claims = {c.id: c for c in batch}
        heard: dict[int, Verdict] = {}
        for index, window in enumerate(windows, 1):
            if not open_claims:
                break
            asked = list(open_claims.values())
            messages = [
                {"role": "system", "content": system},
                {
                    "role": "user",
                    "content": _prompt(template, article, window, (index, len(windows)), asked),
                },
            ]
            answer, _usage = engine.client.complete_json(
                messages, Verdicts, max_tokens=answer_tokens
            )
            for verdict in answer.verdicts:
                claim = open_claims.get(verdict.id)
                if claim is None:
                    continue
                heard[claim.id] = verdict
                if verdict.verdict == "not_found":
                    continue  # perhaps the next window states it
                evidence = find_quote(article.text, verdict.excerpt)
                if evidence is None:
                    continue  # a verdict without a real quote settles nothing
                del open_claims[claim.id]
                if verdict.verdict == "contradicted":
                    findings.append(_error(claim, verdict, evidence))
        for claim in open_claims.values():
            last = heard.get(claim.id)
            if last is None:
                why, rule = _("the model gave no verdict on this claim"), "verify.no_verdict"
            elif last.verdict == "not_found":
                why, rule = _("the source does not state this"), "verify.not_found"
            else:
                why = _("the model said {verdict} but its quote is not in the source").format(
                    verdict=last.verdict
                )
                rule = "verify.unquoted"
            findings.append(_unverified(claim, why, rule))
    return Report(findings=findings)
