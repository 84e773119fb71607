"""The ``openai`` engine: a Japanese digest from any OpenAI-compatible server.

One structured call per article returns the digest as JSON
(:class:`DigestDraft`); everything about talking to the server (output-mode
probing, ``max_tokens``, timeouts, retries, context overflow) is
:class:`~yoten.engines.model_client.ModelClient`'s. This module decides what
to ask:

* the prompt (``prompts/digest.md``) with counts scaled to the article
  (:func:`counts_for`), also stated in the schema as ``minItems``/``maxItems``;
* the 要点 tree is built in code from 詳細's headings and each section's
  ``key_points`` (the model never copies headings);
* an article longer than the input budget is condensed part by part first;
  the budget is ``max_input_tokens`` if set, else what the server's context
  leaves after the prompt and the answer (:mod:`yoten.engines.server_info`);
  a context overflow the server reports is answered by condensing further;
* a ``length`` finish is retried with the smallest counts, not by pasting the
  cut-off answer back.
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from yoten.engines.base import ProgressCallback
from yoten.engines.condense import chunk_paragraphs, estimate_tokens, paragraphs_of
from yoten.engines.model_client import (
    Message,
    ModelClient,
    Timeouts,
    Usage,
    parse_json_answer,
    strict_json_schema,
)
from yoten.errors import ConfigError, EngineError, InputError, ModelContextError
from yoten.i18n import gettext as _
from yoten.models import (
    Article,
    Details,
    Digest,
    DigestMeta,
    LabelledPoint,
    Overview,
    Section,
    Topic,
)
from yoten.prompts import PromptTemplate, load_digest_prompt, packaged_prompt
from yoten.settings import Settings

__all__ = [
    "Counts",
    "DigestDraft",
    "OpenAIEngine",
    "Usage",
    "counts_for",
    "digest_schema",
    "parse_json_answer",
    "skeleton",
    "strict_json_schema",
]

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

DEFAULT_MAX_INPUT_TOKENS = 6000
MIN_INPUT_TOKENS = 200
MAX_CONDENSE_ROUNDS = 2


# --------------------------------------------------------------------------- drafts
# What the model writes: the Digest minus what comes from the Article itself
# (sources, image_credit, posted_at, meta) and minus 要点's headings, which are
# copied from 詳細 in code. Unknown keys are ignored here, the one place where
# extras are tolerated; models.py stays strict. A list field also takes one
# string or null (what the words "one paragraph" invite) and reads it as a list.


def _as_list(value: Any) -> Any:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return value


Texts = Annotated[list[str], BeforeValidator(_as_list)]


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore")


class LabelledPointDraft(_Draft):
    label: str = Field(min_length=1, description="短いラベル(名詞句)")
    text: str = Field(min_length=1, description="本文(1〜3文)")


class OverviewDraft(_Draft):
    lead: Texts = Field(min_length=1, description="リード段落(1〜2)")
    highlights: Annotated[list[LabelledPointDraft], BeforeValidator(_as_list)] = Field(
        min_length=1, description="主なハイライト"
    )
    context: Annotated[list[LabelledPointDraft], BeforeValidator(_as_list)] = Field(
        default_factory=list, description="文脈: 記事が述べる背景"
    )
    closing: Texts = Field(default_factory=list, description="締めの段落(0〜1)")


class SectionDraft(_Draft):
    heading: str = Field(min_length=1, description="節の見出し(番号なし)")
    paragraphs: Texts = Field(default_factory=list, description="段落(不要なら[])")
    bullets: Texts = Field(default_factory=list, description="箇条書きの文(不要なら[])")
    key_points: Texts = Field(
        default_factory=list,
        description="要点: この節の体言止めの短い要点(1〜3)。見出しは詳細から自動で写す",
    )


class TopicDraft(_Draft):
    heading: str = Field(min_length=1, description="トピックの見出し")
    sections: Annotated[list[SectionDraft], BeforeValidator(_as_list)] = Field(min_length=1)


class DetailsDraft(_Draft):
    intro: Texts = Field(default_factory=list, description="導入段落(0〜1)")
    topics: Annotated[list[TopicDraft], BeforeValidator(_as_list)] = Field(min_length=1)
    closing: Texts = Field(default_factory=list, description="詳細の締めの段落(0〜1)")


class DigestDraft(_Draft):
    """The JSON a model returns for one article."""

    headline: str = Field(min_length=1, description="「主語:要点」型の短い見出し")
    overview: OverviewDraft
    details: DetailsDraft

    def to_digest(self, meta: DigestMeta) -> Digest:
        """The strict Digest: list marks and numbering removed, 要点 built from 詳細."""
        topics = [
            Topic(
                heading=t.heading.strip(),
                sections=[
                    Section(
                        heading=_heading(s.heading),
                        paragraphs=_texts(s.paragraphs),
                        bullets=_bullets(s.bullets),
                    )
                    for s in t.sections
                ],
            )
            for t in self.details.topics
        ]
        key_points = [
            Topic(
                heading=topic.heading,
                sections=[
                    Section(heading=section.heading, bullets=_key_points(drafted, section))
                    for drafted, section in zip(t.sections, topic.sections, strict=True)
                ],
            )
            for t, topic in zip(self.details.topics, topics, strict=True)
        ]
        return Digest(
            headline=self.headline.strip(),
            overview=Overview(
                lead=_texts(self.overview.lead),
                highlights=[_point(p) for p in self.overview.highlights],
                context=[_point(p) for p in self.overview.context],
                closing=_texts(self.overview.closing),
            ),
            details=Details(
                intro=_texts(self.details.intro),
                topics=topics,
                closing=_texts(self.details.closing),
            ),
            key_points=key_points,
            meta=meta,
        )


_NUMBERING = re.compile(r"^\s*[0-9０-９]+\s*[.．、)）]\s*")
_BULLET = re.compile(r"^\s*[・•\-*]\s*")
_FIRST_SENTENCE = re.compile(r"^.+?[。！？]")


def _texts(items: list[str]) -> list[str]:
    return [s.strip() for s in items if s.strip()]


def _bullets(items: list[str]) -> list[str]:
    return [b for b in (_BULLET.sub("", s).strip() for s in items) if b]


def _heading(text: str) -> str:
    """A section heading without the number the renderer adds ("1.協定の内容" → "協定の内容")."""
    return _NUMBERING.sub("", text).strip() or text.strip()


def _key_points(drafted: SectionDraft, section: Section) -> list[str]:
    """The section's 要点: the model's, else the first sentence of its bullets or paragraphs."""
    points = _bullets(drafted.key_points)
    if points:
        return points
    for text in [*section.bullets, *section.paragraphs]:
        match = _FIRST_SENTENCE.match(text)
        return [match.group(0) if match else text]
    return [section.heading]


def _point(point: LabelledPointDraft) -> LabelledPoint:
    return LabelledPoint(label=point.label.strip().rstrip(":：").strip(), text=point.text.strip())


# --------------------------------------------------------------------------- counts and schema


@dataclass(frozen=True)
class Counts:
    """How many items the digest of one article should have: (min, max) per list."""

    highlights: tuple[int, int]
    context: tuple[int, int]
    topics: tuple[int, int]
    sections: tuple[int, int]

    def shortest(self) -> Counts:
        """The smallest digest the schema allows (after a ``length`` finish)."""
        return Counts(
            (self.highlights[0],) * 2,
            (self.context[0],) * 2,
            (self.topics[0],) * 2,
            (self.sections[0],) * 2,
        )

    def prompt_values(self) -> dict[str, str]:
        return {
            name: (f"{lo}" if lo == hi else f"{lo}–{hi}")
            for name, (lo, hi) in (
                ("highlights", self.highlights),
                ("context", self.context),
                ("topics", self.topics),
                ("sections", self.sections),
            )
        }


def counts_for(article: Article) -> Counts:
    """Counts scaled to the article's length: a short article gets the minimum, no padding."""
    paragraphs = len(paragraphs_of(article))
    tokens = estimate_tokens(article.text)
    if paragraphs <= 5 or tokens < 500:
        return Counts((2, 3), (0, 1), (1, 2), (1, 2))
    if paragraphs <= 12 or tokens < 1500:
        return Counts((3, 4), (1, 2), (2, 3), (1, 3))
    return Counts((3, 5), (1, 3), (2, 4), (1, 3))


def digest_schema(counts: Counts) -> dict[str, Any]:
    """DigestDraft's strict schema with the counts as minItems/maxItems."""
    schema = strict_json_schema(DigestDraft)
    defs = schema.get("$defs", {})
    for model, prop, (lo, hi) in (
        ("OverviewDraft", "highlights", counts.highlights),
        ("OverviewDraft", "context", counts.context),
        ("DetailsDraft", "topics", counts.topics),
        ("TopicDraft", "sections", counts.sections),
    ):
        node = defs[model]["properties"][prop]
        node["minItems"], node["maxItems"] = lo, hi
    return schema


def skeleton() -> str:
    """A short filled example of the answer's shape, for the prompt."""
    point = {"label": "…", "text": "…"}
    section = {"heading": "…", "paragraphs": ["…"], "bullets": [], "key_points": ["…"]}
    shape = {
        "headline": "…",
        "overview": {"lead": ["…"], "highlights": [point], "context": [point], "closing": ["…"]},
        "details": {
            "intro": ["…"],
            "topics": [{"heading": "…", "sections": [section]}],
            "closing": ["…"],
        },
    }
    return json.dumps(shape, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- engine


class OpenAIEngine:
    """Digests through an OpenAI-compatible Chat Completions server."""

    name = "openai"

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 900.0,
        max_retries: int = 2,
        max_input_tokens: int | None = None,
        max_tokens: int | None = None,
        temperature: float = 0.2,
        prompt_file: Path | None = None,
        retry_base_delay: float = 2.0,
    ) -> None:
        self.client = ModelClient(
            base_url=base_url,
            model=model,
            api_key=api_key,
            timeouts=Timeouts.from_total(timeout),
            max_retries=max_retries,
            retry_base_delay=retry_base_delay,
            temperature=temperature,
        )
        self.max_input_tokens = max_input_tokens
        self.max_tokens = max_tokens
        self.prompt: PromptTemplate = load_digest_prompt(prompt_file)
        self.condense_prompt: PromptTemplate = packaged_prompt("condense")
        self._context: int | None = None
        self._context_asked = False
        self._context_lock = threading.Lock()
        self.server_notes: list[str] = []  # what the user should know about the server

    @property
    def base_url(self) -> str:
        return self.client.base_url

    @property
    def model(self) -> str:
        return self.client.model

    def __repr__(self) -> str:  # never show the key
        return f"OpenAIEngine(base_url={self.base_url!r}, model={self.model!r})"

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIEngine:
        """Build from settings; base_url and model are required."""
        if not settings.base_url or not settings.model:
            raise ConfigError(
                _("the openai engine needs --base-url and --model (or YOTEN_BASE_URL/YOTEN_MODEL)")
            )
        return cls(
            base_url=settings.base_url,
            model=settings.model,
            api_key=settings.api_key.get_secret_value() if settings.api_key else None,
            timeout=settings.model_timeout,
            max_retries=settings.max_retries,
            retry_base_delay=settings.retry_delay,
            max_input_tokens=settings.max_input_tokens,
            max_tokens=settings.max_tokens,
            temperature=settings.temperature,
            prompt_file=settings.prompt_file,
        )

    # ----------------------------------------------------------------- budgets

    def context_size(self) -> int | None:
        """The server's context window in tokens, when it says (asked once, also when the
        first articles of a concurrent run ask together)."""
        if self._context_asked:
            return self._context
        with self._context_lock:
            if not self._context_asked:
                from yoten.engines.server_info import probe_server

                info = probe_server(self.base_url, self.model, api_key=self.client.api_key)
                log.info(
                    "%s (%s): context %s from %s",
                    self.base_url,
                    info.kind,
                    info.context,
                    info.context_source,
                )
                self._context, self.server_notes = info.context, list(info.notes)
                self._context_asked = True
        return self._context

    def answer_tokens(self, article: Article) -> int:
        """``max_tokens`` for the digest: set, else sized from the schema's counts for the article.

        About 150 tokens per labelled point and 300 per section (Japanese runs
        near one token per character) plus the headline, lead and closings;
        1,000–4,096.
        """
        if self.max_tokens is not None:
            return self.max_tokens
        c = counts_for(article)
        size = 400 + 150 * (c.highlights[1] + c.context[1]) + 300 * c.topics[1] * c.sections[1]
        return min(4096, max(1000, size))

    def input_budget(self, article: Article, n_ctx: int | None = None) -> int:
        """Tokens the article text may take in the digest prompt."""
        if self.max_input_tokens is not None:
            return self.max_input_tokens
        n_ctx = n_ctx or self.context_size()
        if n_ctx is None:
            return DEFAULT_MAX_INPUT_TOKENS
        overhead = estimate_tokens(self._digest_prompt(article, "", counts_for(article)))
        room = n_ctx - overhead - self.answer_tokens(article) - 64
        if room < MIN_INPUT_TOKENS:
            raise EngineError(
                _(
                    "the model's context ({n_ctx} tokens) leaves no room for the article after the prompt (~{overhead}) and the answer ({article}); start the server with a larger context (llama.cpp: -c 8192; Ollama: OLLAMA_CONTEXT_LENGTH=8192) or lower --max-tokens"
                ).format(n_ctx=n_ctx, overhead=overhead, article=self.answer_tokens(article)),
                source=self.base_url,
            )
        return room

    # ----------------------------------------------------------------- digest

    def _digest_prompt(self, article: Article, text: str, counts: Counts) -> str:
        return self.prompt.render(
            **_article_values(article), **counts.prompt_values(), text=text, schema=skeleton()
        )

    def digest(self, article: Article, *, progress: ProgressCallback | None = None) -> Digest:
        """One Japanese digest of ``article`` (``sources`` left empty for the pipeline)."""
        if not article.text.strip():
            raise InputError(_("the article has no text to digest"), source=article.url)
        say = progress or (lambda _message: None)
        usage = Usage()
        notices: list[str] = []
        counts = counts_for(article)
        text = article.text
        budget = self.input_budget(article)
        notices.extend(n for n in self.server_notes if "OLLAMA_CONTEXT_LENGTH" in n)
        for attempt in range(MAX_CONDENSE_ROUNDS + 1):
            if estimate_tokens(text) > budget:
                text = self._condense(article, text, budget, say, usage, notices)
            say(_("writing digest"))
            messages = [{"role": "user", "content": self._digest_prompt(article, text, counts)}]
            shorter = [
                {"role": "user", "content": self._digest_prompt(article, text, counts.shortest())}
            ]
            try:
                draft, used = self.client.complete_json(
                    messages,
                    DigestDraft,
                    max_tokens=self.answer_tokens(article),
                    schema=digest_schema(counts),
                    shorter=shorter,
                    say=say,
                )
            except ModelContextError as exc:
                usage.prompt_tokens += exc.spent[0]  # failed attempts count too
                usage.completion_tokens += exc.spent[1]
                if attempt == MAX_CONDENSE_ROUNDS or budget <= MIN_INPUT_TOKENS:
                    raise EngineError(
                        _(
                            "{message}; start the server with a larger context or lower --max-input-tokens"
                        ).format(message=exc.message),
                        source=self.base_url,
                    ) from None
                budget = self._smaller_budget(article, text, budget, exc)
                notices.append(
                    f"the server reported a context overflow; input budget now {budget} tokens"
                )
                say(_("context overflow: condensing to {budget} tokens").format(budget=budget))
                continue
            usage.add(used)
            break
        meta = DigestMeta(
            engine=self.name,
            model=self.model,
            prompt_version=self.prompt.version,
            language="ja",
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            notices=notices,
        )
        return draft.to_digest(meta)

    def _smaller_budget(
        self, article: Article, text: str, budget: int, exc: ModelContextError
    ) -> int:
        """An input budget that should fit, from what the overflow said.

        When the server counted the prompt, our estimate is scaled by its
        figure (a tokenizer may need twice our estimate for Japanese); the
        result is always below the current text, so each round condenses more.
        """
        current = estimate_tokens(text)
        shrink = int(current * 0.7)
        if exc.n_ctx is None:
            return max(MIN_INPUT_TOKENS, min(int(min(budget, current) * 0.6), shrink))
        overhead = estimate_tokens(self._digest_prompt(article, "", counts_for(article)))
        room = exc.n_ctx - self.answer_tokens(article) - 64  # real tokens the prompt may take
        if exc.prompt_tokens:
            scale = exc.prompt_tokens / max(1, overhead + current)  # real per estimated token
            fit = int(room / scale) - overhead
        else:
            fit = room - overhead
        return max(MIN_INPUT_TOKENS, min(fit, shrink))

    def _condense(
        self,
        article: Article,
        text: str,
        budget: int,
        say: ProgressCallback,
        usage: Usage,
        notices: list[str],
    ) -> str:
        """Condense ``text`` part by part until it fits ``budget`` (bounded rounds)."""
        before = estimate_tokens(text)
        paragraphs = (
            paragraphs_of(article)
            if text == article.text
            else [p for p in text.split("\n\n") if p.strip()]
        )
        for round_no in range(1, MAX_CONDENSE_ROUNDS + 1):
            total = sum(estimate_tokens(p) for p in paragraphs)
            chunks = chunk_paragraphs(paragraphs, budget)
            # Aim the whole condensed text at 80% of the budget, never above 60% of the input.
            ratio = min(0.6, 0.8 * budget / max(total, 1))
            parts: list[str] = []
            for i, chunk in enumerate(chunks, 1):
                suffix = _(" (round {round})").format(round=round_no) if round_no > 1 else ""
                say(
                    _("condensing part {part}/{parts}{round}").format(
                        part=i, parts=len(chunks), round=suffix
                    )
                )
                target = max(200, math.ceil(len(chunk) * ratio))
                prompt = self.condense_prompt.render(
                    **_article_values(article),
                    text=chunk,
                    part=i,
                    parts=len(chunks),
                    target_chars=target,
                )
                answer, used = self.client.complete_text(
                    [{"role": "user", "content": prompt}],
                    max_tokens=max(256, math.ceil(estimate_tokens(chunk) * ratio * 1.5) + 64),
                    say=say,
                )
                usage.add(used)
                parts.append(answer.strip())
            paragraphs = [p for p in parts if p]
            text = "\n\n".join(paragraphs)
            after = estimate_tokens(text)
            if after <= budget or after >= total:
                break
        after = estimate_tokens(text)
        notices.append(
            f"article condensed before digesting: about {before} → {after} tokens "
            f"(input budget {budget})"
        )
        if after > budget:
            notices.append(
                f"condensed text is still about {after} tokens, above the input budget "
                f"{budget}; sent in full"
            )
        return text

    # ----------------------------------------------------------------- reusable call

    def complete_json(
        self,
        messages: Sequence[Message],
        model_cls: type[M],
        *,
        max_tokens: int = 1024,
        progress: ProgressCallback | None = None,
    ) -> tuple[M, Usage]:
        """Schema-checked JSON from this engine's server (see :meth:`ModelClient.complete_json`)."""
        return self.client.complete_json(
            messages, model_cls, max_tokens=self.max_tokens or max_tokens, say=progress
        )


def _article_values(article: Article) -> dict[str, str]:
    """Template variables that describe the article."""
    date = article.published_date
    return {
        "title": article.title,
        "outlet": article.outlet or "unknown",
        "date": date.isoformat() if date else "unknown",
        "url": article.canonical_url or article.url or "unknown",
        "language": article.language,
    }
