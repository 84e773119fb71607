"""The ``openai`` engine: any OpenAI-compatible Chat Completions server.

OpenAI itself, Ollama, vLLM, llama.cpp's server and friends all speak the same
``POST {base_url}/chat/completions``. One call per article returns the whole
digest as JSON; :meth:`OpenAIEngine.complete_json` is the reusable core:

* structured output: ``response_format`` ``json_schema`` with the model's
  schema; a server that answers 400 to that gets ``{"type": "json_object"}``
  instead, remembered for the engine's lifetime;
* the answer may be wrapped in a ```json fence; unknown keys are ignored
  because the draft models are declared ``extra="ignore"`` (the caller's
  ``model_cls`` decides, see :class:`DigestDraft`);
* invalid JSON or a schema violation: the bad answer goes back to the model as
  an assistant message plus a user message with the short error, at most
  ``max_retries`` times;
* timeouts, 429 and 5xx: retried with exponential backoff
  (``retry_base_delay * 2**n``), at most ``max_retries`` times;
* refusals (``message.refusal`` or ``finish_reason == "content_filter"``),
  401, other 4xx and refused connections: :class:`EngineError` at once.

The ``openai`` client runs with ``max_retries=0`` so every retry is ours,
counted and testable. The API key is handed to the client and nowhere else:
no message, log line or exception text contains it.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar, cast
from urllib.parse import urlsplit

import openai
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from yoten.engines.answer import MAX_ANSWER_BYTES, Completion, load_json, read_completion
from yoten.engines.base import ProgressCallback
from yoten.engines.condense import chunk_paragraphs, estimate_tokens, paragraphs_of
from yoten.errors import ConfigError, EngineError, InputError
from yoten.httpguard import openai_http_client
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
    "DigestDraft",
    "OpenAIEngine",
    "Usage",
    "parse_json_answer",
    "strict_json_schema",
]

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
Message = Mapping[str, str]
JsonMode = Literal["json_schema", "json_object"]

PLACEHOLDER_KEY = "no-key"  # sent when no key is set: local servers need none
MAX_CONDENSE_ROUNDS = 2
MAX_ECHO_CHARS = 50_000  # longest bad answer shown back to the model on retry
_RETRYABLE_STATUS = frozenset({408, 409, 429}) | frozenset(range(500, 600))


# --------------------------------------------------------------------------- drafts
# What the model writes: the Digest minus what comes from the Article itself
# (sources, image_credit, posted_at, meta). Unknown keys are ignored here, the
# one place where extras are tolerated; models.py stays strict.


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore")


class LabelledPointDraft(_Draft):
    label: str = Field(min_length=1, description="短いラベル(名詞句)")
    text: str = Field(min_length=1, description="本文(2〜3文)")


class OverviewDraft(_Draft):
    lead: list[str] = Field(min_length=1, description="リード段落")
    highlights: list[LabelledPointDraft] = Field(min_length=1, description="主なハイライト")
    context: list[LabelledPointDraft] = Field(description="文脈")
    closing: list[str] = Field(description="締めの段落")


class SectionDraft(_Draft):
    heading: str = Field(min_length=1, description="節の見出し(番号なし)")
    paragraphs: list[str] = Field(description="段落")
    bullets: list[str] = Field(description="箇条書き(先頭の・なし)")


class TopicDraft(_Draft):
    heading: str = Field(min_length=1, description="トピックの見出し")
    sections: list[SectionDraft] = Field(min_length=1)


class DetailsDraft(_Draft):
    intro: list[str] = Field(description="導入段落")
    topics: list[TopicDraft] = Field(min_length=1)
    closing: list[str] = Field(description="締めの段落")


class KeySectionDraft(_Draft):
    heading: str = Field(min_length=1, description="詳細の節と同じ見出し")
    bullets: list[str] = Field(min_length=1, description="体言止めの短い箇条書き")


class KeyTopicDraft(_Draft):
    heading: str = Field(min_length=1, description="詳細のトピックと同じ見出し")
    sections: list[KeySectionDraft] = Field(min_length=1)


class DigestDraft(_Draft):
    """The JSON a model returns for one article (unknown keys ignored)."""

    headline: str = Field(min_length=1, description="「主語:AからBへ」型の短い見出し")
    overview: OverviewDraft
    details: DetailsDraft
    key_points: list[KeyTopicDraft] = Field(min_length=1, description="要点: 詳細と同じ木")

    def to_digest(self, meta: DigestMeta) -> Digest:
        """The strict Digest, with light clean-up of list markers and numbering."""
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
                topics=[
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
                ],
                closing=_texts(self.details.closing),
            ),
            key_points=[
                Topic(
                    heading=t.heading.strip(),
                    sections=[
                        Section(heading=_heading(s.heading), bullets=_bullets(s.bullets))
                        for s in t.sections
                    ],
                )
                for t in self.key_points
            ],
            meta=meta,
        )


_NUMBERING = re.compile(r"^\s*[0-9０-９]+\s*[.．、)）]\s*")
_BULLET = re.compile(r"^\s*[・•\-*]\s*")


def _texts(items: list[str]) -> list[str]:
    return [s.strip() for s in items if s.strip()]


def _bullets(items: list[str]) -> list[str]:
    return [b for b in (_BULLET.sub("", s).strip() for s in items) if b]


def _heading(text: str) -> str:
    """A section heading without the number the renderer adds ("1.協定の内容" → "協定の内容")."""
    return _NUMBERING.sub("", text).strip() or text.strip()


def _point(point: LabelledPointDraft) -> LabelledPoint:
    return LabelledPoint(label=point.label.strip().rstrip(":：").strip(), text=point.text.strip())


# --------------------------------------------------------------------------- helpers


@dataclass
class Usage:
    """Tokens reported by the server, summed over calls."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.calls += other.calls


@functools.cache
def strict_json_schema(model_cls: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema in the form OpenAI's strict structured output accepts.

    Every object lists all its properties as required and forbids others;
    ``default``, ``minLength`` and ``maxLength`` are dropped (pydantic still
    checks them on the answer). Cached per model class: treat it as read-only.
    """

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            out = {
                k: fix(v) for k, v in node.items() if k not in {"default", "minLength", "maxLength"}
            }
            if out.get("type") == "object" and isinstance(out.get("properties"), dict):
                out["required"] = list(out["properties"])
                out["additionalProperties"] = False
            return out
        if isinstance(node, list):
            return [fix(v) for v in node]
        return node

    return cast(dict[str, Any], fix(model_cls.model_json_schema()))


_FENCE = re.compile(r"^\s*```[A-Za-z0-9_-]*\s*\n(.*?)\n?\s*```\s*$", re.DOTALL)


def parse_json_answer(content: str) -> Any:
    """Decode a model's JSON answer, accepting a ```json fence around it.

    Raises ``json.JSONDecodeError`` (whose message is shown to the model).
    """
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    try:
        return load_json(text)
    except json.JSONDecodeError:
        # Prose around a single object: try the outermost braces before giving up.
        start, end = text.find("{"), text.rfind("}")
        if 0 <= start < end and (start, end) != (0, len(text) - 1):
            try:
                return load_json(text[start : end + 1])
            except json.JSONDecodeError:
                pass
        raise


def _validation_summary(exc: ValidationError, limit: int = 3) -> str:
    """A one-line summary of a pydantic error: "overview.lead: Field required; ..."."""
    parts = []
    for err in exc.errors()[:limit]:
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        parts.append(f"{where}: {err['msg']}")
    more = exc.error_count() - limit
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class _InvalidAnswer(Exception):
    """The model answered, but not with usable JSON. ``kind`` names the problem."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


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
        timeout: float = 120.0,
        max_retries: int = 2,
        max_input_tokens: int = 6000,
        temperature: float = 0.2,
        prompt_file: Path | None = None,
        retry_base_delay: float = 0.5,
    ) -> None:
        scheme = urlsplit(base_url).scheme
        if scheme not in {"http", "https"}:
            raise ConfigError(
                f"base URL must be http(s), not {scheme or 'a bare path'!r}", source=base_url
            )
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_input_tokens = max_input_tokens
        self.temperature = temperature
        self.retry_base_delay = retry_base_delay
        self.prompt: PromptTemplate = load_digest_prompt(prompt_file)
        self.condense_prompt: PromptTemplate = packaged_prompt("condense")
        self.json_mode: JsonMode = "json_schema"
        self._client = openai.OpenAI(
            base_url=self.base_url,
            api_key=api_key or PLACEHOLDER_KEY,
            timeout=timeout,
            max_retries=0,
            http_client=openai_http_client(timeout=timeout, max_bytes=MAX_ANSWER_BYTES),
        )

    def __repr__(self) -> str:  # never show the key
        return f"OpenAIEngine(base_url={self.base_url!r}, model={self.model!r})"

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIEngine:
        """Build from settings; base_url and model are required."""
        if not settings.base_url or not settings.model:
            raise ConfigError(
                "the openai engine needs --base-url and --model (or YOTEN_BASE_URL/YOTEN_MODEL)"
            )
        return cls(
            base_url=settings.base_url,
            model=settings.model,
            api_key=settings.api_key.get_secret_value() if settings.api_key else None,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            max_input_tokens=settings.max_input_tokens,
            temperature=settings.temperature,
            prompt_file=settings.prompt_file,
        )

    # ----------------------------------------------------------------- digest

    def digest(self, article: Article, *, progress: ProgressCallback | None = None) -> Digest:
        """One Japanese digest of ``article`` (``sources`` left empty for the pipeline)."""
        if not article.text.strip():
            raise InputError("the article has no text to digest", source=article.url)
        say = progress or (lambda _message: None)
        usage = Usage()
        notices: list[str] = []
        text = article.text
        if estimate_tokens(text) > self.max_input_tokens:
            text = self._condense(article, say, usage, notices)
        say("writing digest")
        prompt = self.prompt.render(
            **_article_values(article),
            text=text,
            schema=json.dumps(strict_json_schema(DigestDraft), ensure_ascii=False),
        )
        draft, used = self.complete_json(
            [{"role": "user", "content": prompt}], DigestDraft, progress=say
        )
        usage.add(used)
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

    def _condense(
        self, article: Article, say: ProgressCallback, usage: Usage, notices: list[str]
    ) -> str:
        """Condense the article part by part until it fits ``max_input_tokens`` (bounded rounds)."""
        before = estimate_tokens(article.text)
        paragraphs = paragraphs_of(article)
        text = article.text
        for round_no in range(1, MAX_CONDENSE_ROUNDS + 1):
            total = sum(estimate_tokens(p) for p in paragraphs)
            chunks = chunk_paragraphs(paragraphs, self.max_input_tokens)
            # Aim the whole condensed text at 80% of the budget, never above 60% of the input.
            ratio = min(0.6, 0.8 * self.max_input_tokens / max(total, 1))
            parts: list[str] = []
            for i, chunk in enumerate(chunks, 1):
                suffix = f" (round {round_no})" if round_no > 1 else ""
                say(f"condensing part {i}/{len(chunks)}{suffix}")
                prompt = self.condense_prompt.render(
                    **_article_values(article),
                    text=chunk,
                    part=i,
                    parts=len(chunks),
                    target_chars=max(200, math.ceil(len(chunk) * ratio)),
                )
                answer, used = self.complete_text(
                    [{"role": "user", "content": prompt}], progress=say
                )
                usage.add(used)
                parts.append(answer.strip())
            paragraphs = [p for p in parts if p]
            text = "\n\n".join(paragraphs)
            after = estimate_tokens(text)
            if after <= self.max_input_tokens or after >= total:
                break
        after = estimate_tokens(text)
        notices.append(
            f"article condensed before digesting: about {before} → {after} tokens "
            f"(max_input_tokens {self.max_input_tokens})"
        )
        if after > self.max_input_tokens:
            notices.append(
                f"condensed text is still about {after} tokens, above max_input_tokens "
                f"{self.max_input_tokens}; sent in full"
            )
        return text

    # ----------------------------------------------------------------- calls

    def complete_json(
        self,
        messages: Sequence[Message],
        model_cls: type[M],
        *,
        progress: ProgressCallback | None = None,
    ) -> tuple[M, Usage]:
        """Ask for JSON matching ``model_cls``; retry invalid answers with the error shown.

        ``model_cls`` decides how strict the answer is read (declare it with
        ``extra="ignore"`` to tolerate unknown keys). Returns the parsed model and
        the tokens used over all attempts.
        """
        say = progress or (lambda _message: None)
        conversation: list[dict[str, str]] = [dict(m) for m in messages]
        schema = strict_json_schema(model_cls)
        usage = Usage()
        failures = 0
        while True:
            content, finish = self._create(
                conversation, usage, schema=schema, name=model_cls.__name__, say=say
            )
            try:
                if finish == "length":
                    raise _InvalidAnswer(
                        "an answer that was cut off", "finish_reason=length; answer more briefly"
                    )
                return self._parse(content, model_cls), usage
            except _InvalidAnswer as bad:
                failures += 1
                if failures > self.max_retries:
                    times = "once" if failures == 1 else f"{failures} times"
                    raise EngineError(f"model returned {bad.kind} {times}: {bad.detail}") from None
                log.info("invalid answer from %s (%s), retrying", self.model, bad.kind)
                say(f"retrying: model returned {bad.kind} ({failures}/{self.max_retries})")
                if len(content) <= MAX_ECHO_CHARS:  # a huge bad answer is not sent back
                    conversation.append({"role": "assistant", "content": content})
                conversation.append(
                    {
                        "role": "user",
                        "content": (
                            f"Your answer was not usable: {bad.kind}: {bad.detail}. "
                            "Answer again with only the corrected JSON object, matching the schema."
                        ),
                    }
                )

    def complete_text(
        self, messages: Sequence[Message], *, progress: ProgressCallback | None = None
    ) -> tuple[str, Usage]:
        """A plain-text answer (no JSON mode), with the same transport retries."""
        usage = Usage()
        content, finish = self._create(
            [dict(m) for m in messages],
            usage,
            schema=None,
            name="text",
            say=progress or (lambda _m: None),
        )
        if finish == "length":
            raise EngineError("model answer was cut off (finish_reason=length)")
        if not content.strip():
            raise EngineError("model returned an empty answer")
        return content, usage

    @staticmethod
    def _parse(content: str, model_cls: type[M]) -> M:
        try:
            data = parse_json_answer(content)
        except ValueError as exc:  # JSONDecodeError, too deep, a number too long
            raise _InvalidAnswer("invalid JSON", str(exc)[:200]) from None
        try:
            return model_cls.model_validate(data)
        except ValidationError as exc:
            raise _InvalidAnswer(
                "JSON that does not match the schema", _validation_summary(exc)
            ) from None

    def _response_format(self, schema: dict[str, Any] | None, name: str) -> dict[str, Any] | None:
        if schema is None:
            return None
        if self.json_mode == "json_object":
            return {"type": "json_object"}
        return {
            "type": "json_schema",
            "json_schema": {
                "name": re.sub(r"[^A-Za-z0-9_-]", "_", name)[:64],
                "schema": schema,
                "strict": True,
            },
        }

    def _create(
        self,
        conversation: list[dict[str, str]],
        usage: Usage,
        *,
        schema: dict[str, Any] | None,
        name: str,
        say: ProgressCallback,
    ) -> tuple[str, str | None]:
        """One successful completion's (text, finish_reason); transport retries and errors here."""
        transient = 0
        while True:
            fmt = self._response_format(schema, name)
            extra: dict[str, Any] = {"response_format": fmt} if fmt is not None else {}
            try:
                raw = self._client.chat.completions.with_raw_response.create(
                    model=self.model,
                    messages=cast(Any, conversation),
                    temperature=self.temperature,
                    **extra,
                )
                response = read_completion(
                    raw.content, raw.headers.get("content-type"), source=self.base_url
                )
            except openai.BadRequestError as exc:
                if fmt is not None and fmt["type"] == "json_schema":
                    log.info("server rejected json_schema output; using json_object mode")
                    self.json_mode = "json_object"
                    continue
                raise EngineError(
                    f"server rejected the request (400): {self._server_message(exc)}",
                    source=self.base_url,
                ) from None
            except openai.AuthenticationError:
                raise EngineError("server rejected the API key", source=self.base_url) from None
            except openai.APITimeoutError:
                transient += 1
                problem = f"no answer within {self.timeout:g} s"
            except openai.APIConnectionError as exc:
                if type(exc.__cause__).__name__ == "DecodingError":  # over the cap, bad encoding
                    raise EngineError(
                        f"invalid response: {exc.__cause__}", source=self.base_url
                    ) from None
                raise EngineError(
                    f"cannot connect to the model server at {self.base_url}"
                ) from None
            except openai.APIStatusError as exc:
                if exc.status_code not in _RETRYABLE_STATUS:
                    raise EngineError(
                        f"server answered {exc.status_code}: {self._server_message(exc)}",
                        source=self.base_url,
                    ) from None
                transient += 1
                problem = f"server error {exc.status_code}: {self._server_message(exc)}"
            else:
                return self._content_of(response, usage)
            if transient > self.max_retries:
                attempts = "1 attempt" if transient == 1 else f"{transient} attempts"
                raise EngineError(f"{problem} ({attempts})", source=self.base_url)
            delay = self.retry_base_delay * 2 ** (transient - 1)
            log.info("%s; retrying in %.2f s", problem, delay)
            say(f"retrying: {problem} ({transient}/{self.max_retries})")
            time.sleep(delay)

    def _content_of(self, response: Completion, usage: Usage) -> tuple[str, str | None]:
        """The answer's (text, finish_reason); usage added; refusals raise at once."""
        usage.calls += 1
        if response.usage is not None:
            usage.prompt_tokens += response.usage.prompt_tokens or 0
            usage.completion_tokens += response.usage.completion_tokens or 0
        if not response.choices:
            raise EngineError("server returned no choices", source=self.base_url)
        choice = response.choices[0]
        refusal = getattr(choice.message, "refusal", None)
        if refusal:
            raise EngineError(f"model refused: {_one_line(refusal)}")
        if choice.finish_reason == "content_filter":
            raise EngineError("model refused: the server's content filter stopped the answer")
        content: str | None = choice.message.content
        return content or "", choice.finish_reason

    def _server_message(self, exc: openai.APIStatusError) -> str:
        """The server's own error message, on one short line."""
        body = exc.body
        message: object = None
        if isinstance(body, dict):
            message = body.get("message") or (
                body.get("error") if isinstance(body.get("error"), str) else None
            )
            inner = body.get("error")
            if message is None and isinstance(inner, dict):
                message = inner.get("message")
        text = _one_line(str(message or exc.message or exc.response.reason_phrase or "no message"))
        key = self._client.api_key
        if key and key != PLACEHOLDER_KEY and len(key) >= 4:
            text = text.replace(key, "****")
        return text


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
