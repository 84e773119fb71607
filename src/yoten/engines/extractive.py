"""The offline engine: the article's own sentences, ranked and placed, no model, no network.

It fills the same Digest tree as the house format from the article's
sentences: 概要 and 詳細 use each sentence at most once, 要点 condenses 詳細's
sentences (:mod:`yoten.engines.bullets`), headings and labels are key phrases
(:mod:`yoten.engines.phrases`), and the whole digest stays within a length
budget (:class:`yoten.engines.budget.Budget`). It cannot translate, so a
non-Japanese article gives a digest in the article's language and a notice
saying so.

Ranking is sparse TextRank (:mod:`yoten.engines.ranking`) weighted by what a
sentence carries (figures, dates, decisions, names) and, mildly, by position;
each sentence's fact units (:func:`yoten.engines.ranking.fact_units`) let 詳細
and 要点 add the facts 概要 has no room for.
Cost is bounded: sentences are split for the whole article (linear), but only
a capped set of candidates — the first ones by position, plus later ones that
carry figures — is tokenized and ranked.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from yoten.engines.base import ProgressCallback
from yoten.engines.budget import Budget
from yoten.errors import ConfigError, InputError
from yoten.i18n import gettext as _
from yoten.lang import detect_language
from yoten.models import Article, Digest, DigestMeta
from yoten.settings import Settings
from yoten.textproc import is_boilerplate, normalize_ws, split_paragraphs, split_sentences, tokenize

if TYPE_CHECKING:
    from yoten.engines.planner import Paragraph

__all__ = ["Budget", "ExtractiveEngine"]

_LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
    "zh": "Chinese", "ko": "Korean", "vi": "Vietnamese", "ar": "Arabic", "tr": "Turkish",
    "id": "Indonesian", "th": "Thai", "hi": "Hindi", "sv": "Swedish",
}  # fmt: skip

# Candidates: the first FIRST sentences by position, up to LATER more from the
# rest of the article that carry figures, and the article's last paragraph.
FIRST = 240
LATER = 60

_FIGURES = re.compile(r"[0-9０-９]")


def _primary(lang: str) -> str:
    return (lang or "und").split("-")[0].lower()


_END_PUNCT = re.compile(r"[.!?。！？」』）)\"”’:：]$")


# the question of a Q&A explainer: 「Q 高温注意報はどんなときに出るの？」, "What is being proposed?"
_QUESTION_MARK = re.compile(r"^Q[\s　.:：]")
_ANSWER_MARK = re.compile(r"^A[\s　.:：]\s*")


def _looks_like_heading(text: str, lang: str) -> bool:
    """A subheading inside the article text: short and without closing punctuation.

    A short question on a line of its own (a Q&A explainer's) is one too: it
    says what the answer is about and carries no fact of its own.
    """
    if _QUESTION_MARK.match(text) or text.endswith(("？", "?")):
        return _short(text, lang) and len(split_sentences(text, lang)) == 1
    if _END_PUNCT.search(text):
        return False
    return _short(text, lang)


def _short(text: str, lang: str) -> bool:
    if _primary(lang) in ("ja", "zh"):
        return len(text) <= 30
    return len(text.split()) <= 8


_BUDGET_KEYS = {
    "ratio": "ratio",
    "overview_ratio": "overview",
    "short_article": "short",
    "short_ratio": "short_ratio",
    "max_chars": "max_chars",
}


def budget_from_config(table: dict[str, Any]) -> Budget:
    """The ``[extractive]`` table of yoten.toml as a Budget (ConfigError when invalid)."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _BUDGET_KEYS:
            raise ConfigError(
                _("unknown setting extractive.{key}").format(key=key.replace("_", "-"))
            )
        field = _BUDGET_KEYS[key]
        number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
        low, high = (1, 10**7) if field in ("short", "max_chars") else (0.05, 1.0)
        if number is None or not low <= number <= high:
            raise ConfigError(
                _("invalid setting extractive.{key}: a number from {low} to {high}").format(
                    key=key.replace("_", "-"), low=low, high=high
                )
            )
        values[field] = int(number) if field in ("short", "max_chars") else float(number)
    return Budget(**values)


class ExtractiveEngine:
    """Offline digest from the article's own sentences (``--engine extractive``)."""

    name = "extractive"

    def __init__(
        self, *, highlights: int = 3, context: int = 2, budget: Budget | None = None
    ) -> None:
        self.highlights = highlights
        self.context = context
        self.budget = budget or Budget()

    @classmethod
    def from_settings(cls, settings: Settings) -> ExtractiveEngine:
        """No model, server or key; the length budget comes from ``[extractive]`` in yoten.toml."""
        return cls(budget=budget_from_config(settings.extractive))

    # -- the public entry point ------------------------------------------------

    def digest(self, article: Article, *, progress: ProgressCallback | None = None) -> Digest:
        """A digest of ``article`` made only of its own sentences."""
        # the planner and the ranking load with the first digest, not when the engine is chosen
        from yoten.engines.planner import Planner
        from yoten.engines.ranking import background, fact_units, fact_weight, textrank

        lang = _primary(article.language)
        if lang == "und":
            lang = _primary(detect_language((article.text or article.title)[:20000]))
        paragraphs, chars = self._paragraphs(article, lang)
        sentences = [s for p in paragraphs for s in p.sentences]
        if not sentences:
            raise InputError(_("article has no sentences to digest"), source=article.url)
        if progress is not None:
            progress(f"ranking {len(sentences)} sentences")
        bias = [1.0 + 1.0 / (1 + s.para) for s in sentences]
        year = article.published_date.year if article.published_date else None
        scores = textrank([s.tokens for s in sentences], bias=bias)
        top = max(scores)
        for s, score in zip(sentences, scores, strict=True):
            s.score = score
            s.weight = fact_weight(s.text, lang)
            s.units = fact_units(s.text, lang)
            s.history = background(s.text, year)
            # news puts its main facts first (the inverted pyramid)
            s.rank = math.sqrt(score / top) * s.weight**1.5 * (1.0 + 1.0 / (1 + s.para))
        plan = Planner(
            paragraphs,
            lang,
            article_chars=chars,
            budget=self.budget,
            highlights=self.highlights,
            context=self.context,
        )
        overview = plan.overview()
        details, key_points = plan.details_and_key_points(overview)
        notices: list[str] = []
        if lang != "ja":
            language = _LANGUAGE_NAMES.get(lang, lang)
            notices.append(
                f"extractive engine does not translate: digest is in {language}; "
                "use --engine openai for a Japanese digest"
            )
        return Digest(
            headline=_headline(article, lang),
            overview=overview,
            details=details,
            key_points=key_points,
            meta=DigestMeta(engine=self.name, language=lang, notices=notices),
        )

    # -- reading the article ---------------------------------------------------

    @staticmethod
    def _paragraphs(article: Article, lang: str) -> tuple[list[Paragraph], int]:
        """Candidate sentences grouped by paragraph, and the article's length in characters.

        Every paragraph is split (linear time); only the candidates are tokenized.
        """
        from yoten.engines.planner import Paragraph, Sentence
        from yoten.engines.ranking import is_list_item, is_table_row, is_table_rule

        texts = [normalize_ws(p) for p in article.paragraphs if p.strip()]
        if not texts:
            texts = split_paragraphs(article.text)
        split: list[tuple[str | None, list[str]]] = []
        heading: str | None = None
        # A first line without closing punctuation, before the body, is the
        # standfirst (「…、来春から実証試験」, "Monthly pass replaced by a $128 cap"):
        # the editor's summary, dense with facts, though not the article's lead.
        dek = (
            len(texts) > 1
            and not _END_PUNCT.search(texts[0])
            and not is_boilerplate(texts[0])
            and len(tokenize(texts[0], lang)) >= 3
        )
        texts = [t for t in texts if not is_table_rule(t)]
        for pos, text in enumerate(texts):
            if pos == 0 and dek:
                split.append((None, [text]))
                continue
            # a list item is no heading, however short ("- Kilcrevan General: 11.2 hours")
            if pos != len(texts) - 1 and not is_list_item(text) and _looks_like_heading(text, lang):
                if not is_boilerplate(text):
                    heading = text
                continue
            # 「A　…」 after 「Q　…？」: the answer itself, without its marker
            answer = heading is not None and _QUESTION_MARK.match(heading)
            if is_table_row(text):
                sentences = [text]  # a table's row is one entry, whatever its cells hold
            else:
                sentences = split_sentences(_ANSWER_MARK.sub("", text) if answer else text, lang)
            if sentences and split and heading is None and is_list_item(text):
                # a list belongs to the paragraph that introduces it (「次の取り組み」, "targets:")
                split[-1][1].extend(sentences)
            elif sentences:
                split.append((heading, sentences))
                heading = None
        # The budget is a share of the article as given (the same count the
        # evaluation uses), not of what is left after boilerplate.
        chars = len(normalize_ws(article.text)) or sum(len(t) for t in texts)
        flat = [(p, k) for p, (_, sents) in enumerate(split) for k in range(len(sents))]
        chosen = set(flat[:FIRST])
        later = [(p, k) for p, k in flat[FIRST:] if _FIGURES.search(split[p][1][k])]
        chosen.update(later[:: max(1, len(later) // LATER)][:LATER])
        # the article's last paragraph (before any footer) is where news says what comes next
        for last in range(len(split) - 1, max(-1, len(split) - 4), -1):
            chosen.update((last, k) for k in range(min(len(split[last][1]), 5)))
            if not is_boilerplate(split[last][1][0]):
                break
        result: list[Paragraph] = []
        counter = 0  # every sentence counts, so only neighbours in the article are adjacent
        for p, (head, sents) in enumerate(split):
            para = Paragraph(len(result), head, dek=dek and p == 0)
            for k, sentence in enumerate(sents):
                counter += 1
                if (p, k) not in chosen or is_boilerplate(sentence):
                    continue  # boilerplate is looked for among candidates only
                tokens = tokenize(sentence, lang)
                if tokens:
                    para.sentences.append(Sentence(counter, para.index, sentence, tokens))
            if para.sentences:
                result.append(para)
            counter += 1  # sentences of different paragraphs are never adjacent
        return result, chars


_JA_TITLE_SPACE = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f])")


def _headline(article: Article, lang: str) -> str:
    """The article title, without a trailing site name, cut at a boundary if long."""
    japanese = lang in ("ja", "zh")
    raw = article.title.strip()
    if japanese:
        # Japanese news titles put a sub-headline after a (full-width) space.
        parts = _JA_TITLE_SPACE.split(raw, maxsplit=1)
        if len(parts) == 2 and len(parts[0].strip()) >= 8:
            raw = parts[0]
    title = normalize_ws(raw)
    if article.outlet:
        for sep in (" | ", " - ", " – ", " — ", "｜", "|", " : "):
            suffix = sep + article.outlet.strip()
            if title.endswith(suffix) and len(title) > len(suffix):
                title = title[: -len(suffix)].strip()
    limit = 40 if japanese else 90
    if len(title) <= limit:
        return title or "(untitled)"
    for sep in ("｜", " | ", " - ", " — ", " – ", ": ", "：", "、", ", "):
        head = title.split(sep)[0].strip()
        if limit // 3 <= len(head) <= limit:
            return head
    if japanese:
        return title[:limit]
    return title[: title.rfind(" ", 0, limit + 1)].rstrip(",;:") if " " in title else title[:limit]
