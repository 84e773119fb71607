"""The offline engine: TextRank over the article's own sentences, no model, no network.

It fills the same Digest tree as the house format, but every string in it is
a sentence of the article or a substring of one: it picks and orders, never
writes. It cannot translate, so a non-Japanese article gives a digest in the
article's language and a notice saying so.

Ranking is TextRank (Mihalcea & Tarau 2004): a graph whose nodes are
sentences and whose edge weights are the TF-IDF cosine similarity of their
content words, scored by PageRank (power iteration, numpy). The random jump is
mildly biased towards the opening paragraphs, where news puts its point.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from yoten.engines.base import ProgressCallback
from yoten.errors import InputError
from yoten.lang import detect_language
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
from yoten.settings import Settings
from yoten.textproc import (
    clause_trim,
    is_boilerplate,
    leading_phrase,
    normalize_ws,
    noun_phrases,
    split_paragraphs,
    split_sentences,
    tokenize,
)

__all__ = ["ExtractiveEngine", "textrank"]

_LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
    "zh": "Chinese", "ko": "Korean", "vi": "Vietnamese", "ar": "Arabic", "tr": "Turkish",
    "id": "Indonesian", "th": "Thai", "hi": "Hindi", "sv": "Swedish",
}  # fmt: skip


def textrank(
    docs: Sequence[Sequence[str]],
    *,
    bias: Sequence[float] | None = None,
    damping: float = 0.85,
    tol: float = 1e-10,
    max_iter: int = 200,
) -> list[float]:
    """TextRank scores (summing to 1) for token lists, by TF-IDF cosine similarity.

    ``bias`` is the random-jump distribution (uniform when omitted; it is
    normalised). Sentences that share no word with any other keep only their
    jump share. The similarity matrix and the power iteration use numpy:
    pure Python was 100× slower on 400 sentences.
    """
    import numpy as np  # loaded when a digest is made, not when the engine is created

    n = len(docs)
    if n == 0:
        return []
    raw_bias = np.ones(n) if bias is None else np.asarray(list(bias), dtype=np.float64)
    if raw_bias.shape != (n,):
        raise ValueError("bias must have one weight per document")
    jump = raw_bias / (raw_bias.sum() or 1.0)

    vocab: dict[str, int] = {}
    for doc in docs:
        for t in doc:
            vocab.setdefault(t, len(vocab))
    tf = np.zeros((n, max(len(vocab), 1)), dtype=np.float64)
    for i, doc in enumerate(docs):
        for t, c in Counter(doc).items():
            tf[i, vocab[t]] = c
    df = np.count_nonzero(tf, axis=0)
    x = tf * (np.log((1 + n) / (1 + df)) + 1.0)
    norms = np.linalg.norm(x, axis=1)
    norms[norms == 0] = 1.0
    x /= norms[:, None]
    sim = x @ x.T
    np.fill_diagonal(sim, 0.0)
    out_weight = sim.sum(axis=1)
    dangling = out_weight == 0
    # transition[i, j]: share of j's score that flows to i
    transition = sim / np.where(dangling, 1.0, out_weight)[None, :]

    scores = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = damping * (transition @ scores)
        new += ((1 - damping) + damping * scores[dangling].sum()) * jump
        delta = float(np.abs(new - scores).sum())
        scores = new
        if delta < tol:
            break
    return [float(v) for v in scores]


@dataclass
class _Sentence:
    index: int  # position in the article
    para: int  # paragraph number
    text: str
    tokens: list[str]
    score: float = 0.0


@dataclass
class _Paragraph:
    index: int
    heading: str | None  # the article's own subheading above it, if any
    sentences: list[_Sentence] = field(default_factory=list)


def _primary(lang: str) -> str:
    return (lang or "und").split("-")[0].lower()


_END_PUNCT = re.compile(r"[.!?。！？」』）)\"”’:：]$")


def _looks_like_heading(text: str, lang: str) -> bool:
    """A subheading inside the article text: short and without closing punctuation."""
    if _END_PUNCT.search(text):
        return False
    if _primary(lang) in ("ja", "zh"):
        return len(text) <= 30
    return len(text.split()) <= 8


class ExtractiveEngine:
    """Offline digest by TextRank sentence selection (``--engine extractive``)."""

    name = "extractive"

    def __init__(self, *, highlights: int = 3, context: int = 2) -> None:
        self.highlights = highlights
        self.context = context

    @classmethod
    def from_settings(cls, settings: Settings) -> ExtractiveEngine:
        """The engine needs no settings: no model, no server, no key."""
        return cls()

    # -- the public entry point ------------------------------------------------

    def digest(self, article: Article, *, progress: ProgressCallback | None = None) -> Digest:
        """A digest of ``article`` made only of its own sentences."""
        lang = _primary(article.language)
        if lang == "und":
            lang = _primary(detect_language(article.text or article.title))
        paragraphs = self._paragraphs(article, lang)
        sentences = [s for p in paragraphs for s in p.sentences]
        if not sentences:
            raise InputError("article has no sentences to digest", source=article.url)
        if progress is not None:
            progress(f"ranking {len(sentences)} sentences")
        bias = [1.0 + 1.0 / (1 + s.para) for s in sentences]
        for s, score in zip(
            sentences, textrank([s.tokens for s in sentences], bias=bias), strict=True
        ):
            s.score = score
        plan = _Planner(paragraphs, sentences, lang, self.highlights, self.context)
        notices: list[str] = []
        if lang != "ja":
            language = _LANGUAGE_NAMES.get(lang, lang)
            notices.append(
                f"extractive engine does not translate: digest is in {language}; "
                "use --engine openai for a Japanese digest"
            )
        return Digest(
            headline=_headline(article, lang),
            overview=plan.overview(),
            details=plan.details(),
            key_points=plan.key_points(),
            meta=DigestMeta(engine=self.name, language=lang, notices=notices),
        )

    # -- reading the article ---------------------------------------------------

    @staticmethod
    def _paragraphs(article: Article, lang: str) -> list[_Paragraph]:
        texts = [normalize_ws(p) for p in article.paragraphs if p.strip()]
        if not texts:
            texts = split_paragraphs(article.text)
        texts = [t for t in texts if not is_boilerplate(t)]
        result: list[_Paragraph] = []
        heading: str | None = None
        counter = 0
        for pos, text in enumerate(texts):
            is_last = pos == len(texts) - 1
            if not is_last and _looks_like_heading(text, lang):
                heading = text
                continue
            para = _Paragraph(len(result), heading)
            heading = None
            for sentence in split_sentences(text, lang):
                if is_boilerplate(sentence):
                    continue
                tokens = tokenize(sentence, lang)
                if not tokens:
                    continue
                para.sentences.append(_Sentence(counter, para.index, sentence, tokens))
                counter += 1
            if para.sentences:
                result.append(para)
        return result


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


# Sentences that lean on the one before them (a pronoun, "Each", 一方、, その…):
# fine inside 詳細, weak as a stand-alone point in 概要.
_DEPENDENT = {
    "ja": re.compile(
        r"^(?:一方|また|さらに|ただ|しかし|そのため|その|この|それ|これ|同|彼|こうした|こう)"
    ),
    "en": re.compile(
        r"^[“\"‘']?(?:It|Its|He|She|They|Their|His|Her|This|That|These|Those|Each|Both|Such|"
        r"Then|But|And|Also|However|Since then|There)\b"
        r"|\b(?:he|she|they) (?:said|says|added|told)\b|^[“\"][^”\"]*[”\"]\.?$"
    ),
}


class _Planner:
    """Distributes ranked sentences over the Digest tree; remembers what is used."""

    def __init__(
        self,
        paragraphs: list[_Paragraph],
        sentences: list[_Sentence],
        lang: str,
        n_highlights: int,
        n_context: int,
    ) -> None:
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.lang = lang
        self.japanese = lang in ("ja", "zh")
        # For 概要, stand-alone sentences first: dependent or very short ones count half.
        self.ranked = sorted(sentences, key=lambda s: (-s.score * self._standalone(s), s.index))
        self.used: set[int] = set()
        # The article's last sentence is kept for 詳細's closing.
        self.last_kept = sentences[-1].index if len(sentences) >= 4 else None
        if self.last_kept is not None:
            self.used.add(self.last_kept)
        self.labels: set[str] = set()
        self.n_highlights = n_highlights
        self.n_context = n_context
        n = len(paragraphs)
        self.background_from = max(1, math.ceil(n * 0.6)) if n > 1 else 0
        self.late_from = max(1, math.floor(n * 2 / 3)) if n > 1 else 0
        self._idf = self._paragraph_idf()
        self._reserved: set[int] = set()
        self._headings: set[str] = set()
        # details() records its tree here: (topic heading, [(section, its top sentence)])
        self._tree: list[tuple[str, list[tuple[Section, _Sentence]]]] = []

    def _standalone(self, s: _Sentence) -> float:
        pattern = _DEPENDENT.get(self.lang, _DEPENDENT["en"])
        short = len(s.text) < 20 if self.japanese else len(s.text.split()) < 8
        return 0.5 if (short or pattern.search(s.text)) else 1.0

    # -- 概要 --------------------------------------------------------------------

    def overview(self) -> Overview:
        lead = self._lead()
        highlights = self._points(self.n_highlights, lambda s: s.para < self.background_from)
        context = self._points(self.n_context, lambda s: s.para >= self.background_from)
        if not context:  # short article: take background from anywhere left
            context = self._points(min(1, self.n_context), lambda s: True)
        closing = self._pick(lambda s: s.para >= self.late_from) or self._pick(lambda s: True)
        return Overview(
            lead=[s.text for s in lead],
            highlights=highlights,
            context=context,
            closing=[closing.text] if closing else [],
        )

    def _lead(self) -> list[_Sentence]:
        """The top sentence, with the next one when short enough and close by."""
        first = self.ranked[0]
        chosen = [first]
        limit = 220 if self.japanese else 420
        for s in self.ranked[1:3]:
            if len(first.text) + len(s.text) <= limit and abs(s.para - first.para) <= 1:
                chosen.append(s)
                break
        self.used.update(s.index for s in chosen)
        return sorted(chosen, key=lambda s: s.index)

    def _pick(self, where: Callable[[_Sentence], bool]) -> _Sentence | None:
        for s in self.ranked:
            if s.index not in self.used and where(s):
                self.used.add(s.index)
                return s
        return None

    def _points(self, count: int, where: Callable[[_Sentence], bool]) -> list[LabelledPoint]:
        """Up to ``count`` labelled points from different paragraphs, in article order."""
        taken_paras = {s.para for s in self.sentences if s.index in self.used}
        picked: list[_Sentence] = []
        for distinct in (True, False):
            for s in self.ranked:
                if len(picked) >= count:
                    break
                if s.index in self.used or not where(s):
                    continue
                if distinct and s.para in taken_paras:
                    continue
                picked.append(s)
                self.used.add(s.index)
                taken_paras.add(s.para)
        points: list[LabelledPoint] = []
        for s in sorted(picked, key=lambda s: s.index):
            label = self._label(s)
            self.labels.add(label)
            points.append(LabelledPoint(label=label, text=s.text))
        return points

    def _label(self, s: _Sentence) -> str:
        """Japanese: the sentence's subject; others: its weightiest noun phrase."""
        if self.lang == "ja":
            return leading_phrase(s.text, self.lang, avoid=self.labels)
        return self._phrase_heading(
            [s], avoid=self.labels, weights=self._keyword_weights(self.sentences), max_size=4
        )

    # -- 詳細 --------------------------------------------------------------------

    def details(self) -> Details:
        """Intro, topics of consecutive paragraphs (sections = paragraphs), closing."""
        first_para = self.paragraphs[0].sentences
        intro = next(
            (
                s
                for s in sorted(first_para, key=lambda s: (-s.score, s.index))
                if s.index not in self.used
            ),
            first_para[0],
        )
        closing = next(
            (
                s
                for s in reversed(self.sentences)
                if (s.index not in self.used or s.index == self.last_kept)
                and s.index != intro.index
            ),
            self.sentences[-1],
        )
        if len(self.sentences) > 2:
            self._reserved = {intro.index, closing.index}
        topics = [self._topic(group) for group in self._groups()]
        return Details(
            intro=[intro.text],
            topics=[t for t in topics if t.sections],
            closing=[closing.text] if closing.index != intro.index else [],
        )

    def key_points(self) -> list[Topic]:
        """【要点】: the details tree with one shortened bullet per section.

        Call after :meth:`details`, whose topic/section tree it mirrors.
        """
        limit = 60 if self.japanese else 110
        topics: list[Topic] = []
        for heading, built in self._tree:
            sections = []
            for section, top in built:
                bullet = clause_trim(top.text, limit, self.lang).rstrip("、，,;: ")
                sections.append(Section(heading=section.heading, bullets=[bullet]))
            topics.append(Topic(heading=heading, sections=sections))
        return topics

    def _groups(self) -> list[list[list[_Paragraph]]]:
        """Topics as lists of sections, each section a run of paragraphs."""
        paras = self.paragraphs
        if any(p.heading for p in paras[1:]):
            groups: list[list[_Paragraph]] = []
            for p in paras:
                if p.heading or not groups:
                    groups.append([])
                groups[-1].append(p)
        else:
            groups = self._segment(paras)
        return [self._sectionize(g) for g in groups]

    def _segment(self, paras: list[_Paragraph]) -> list[list[_Paragraph]]:
        """Consecutive paragraphs cut where neighbours share the fewest words.

        Dynamic programming over cut positions: the cost of a segmentation is
        the similarity across its cuts plus a penalty for uneven group sizes.
        """
        n = len(paras)
        k = 1 if n <= 3 else 2 if n <= 6 else 3 if n <= 12 else 4
        if k == 1:
            return [paras]
        vecs = [self._vector(p.sentences) for p in paras]
        sim = [_cosine(vecs[i - 1], vecs[i]) for i in range(1, n)]  # sim[c-1]: cut before c
        ideal = n / k
        inf = float("inf")
        # cost[j][e]: best cost of j groups covering paras[:e]; back[j][e]: its last cut
        cost = [[inf] * (n + 1) for _ in range(k + 1)]
        back = [[0] * (n + 1) for _ in range(k + 1)]
        cost[0][0] = 0.0
        for j in range(1, k + 1):
            for e in range(j, n + 1):
                for b in range(j - 1, e):
                    if cost[j - 1][b] == inf:
                        continue
                    c = cost[j - 1][b] + 0.15 * abs((e - b) - ideal)
                    if b > 0:
                        c += sim[b - 1]
                    if c < cost[j][e] - 1e-12:
                        cost[j][e], back[j][e] = c, b
        bounds = [n]
        for j in range(k, 0, -1):
            bounds.append(back[j][bounds[-1]])
        bounds.reverse()
        return [paras[a:b] for a, b in pairwise(bounds) if b > a]

    @staticmethod
    def _sectionize(group: list[_Paragraph], max_sections: int = 5) -> list[list[_Paragraph]]:
        if len(group) <= max_sections:
            return [[p] for p in group]
        size = math.ceil(len(group) / max_sections)
        return [group[i : i + size] for i in range(0, len(group), size)]

    def _topic(self, sections: list[list[_Paragraph]]) -> Topic:
        group_sentences = [s for sec in sections for p in sec for s in p.sentences]
        # A phrase from the group's three most central sentences, weighed by the whole group.
        central = sorted(group_sentences, key=lambda s: (-s.score, s.index))[:3]
        heading = sections[0][0].heading or self._phrase_heading(
            central, weights=self._keyword_weights(group_sentences)
        )
        self._headings.add(heading)
        built = [b for b in (self._section(sec) for sec in sections) if b is not None]
        if not built:  # only reserved sentences here: show them rather than lose the topic
            built = [b for b in (self._section(sec, reuse=True) for sec in sections) if b]
        if built:
            self._tree.append((heading, built))
        return Topic(heading=heading, sections=[b[0] for b in built])

    def _section(
        self, paras: list[_Paragraph], *, reuse: bool = False
    ) -> tuple[Section, _Sentence] | None:
        """Top sentence as the paragraph, up to three more as bullets (article order).

        Sentences already shown as 詳細's intro or closing are left out unless
        ``reuse``; a section with nothing else is dropped (None).
        """
        body = [s for p in paras for s in p.sentences if reuse or s.index not in self._reserved]
        if not body:
            return None
        by_rank = sorted(body, key=lambda s: (-s.score, s.index))
        top = by_rank[0]
        rest = sorted(by_rank[1:4], key=lambda s: s.index)
        heading = self._phrase_heading([top, *rest])
        self._headings.add(heading)
        section = Section(heading=heading, paragraphs=[top.text], bullets=[s.text for s in rest])
        return section, top

    # -- headings and keywords ------------------------------------------------

    def _paragraph_idf(self) -> dict[str, float]:
        n = len(self.paragraphs)
        df: Counter[str] = Counter()
        for p in self.paragraphs:
            df.update({t for s in p.sentences for t in s.tokens})
        return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}

    def _vector(self, sentences: list[_Sentence]) -> dict[str, float]:
        counts = Counter(t for s in sentences for t in s.tokens)
        return {t: c * self._idf.get(t, 1.0) for t, c in counts.items()}

    def _keyword_weights(
        self, sentences: list[_Sentence], *, damped: bool = True
    ) -> dict[str, float]:
        """Frequency in ``sentences`` × squared paragraph IDF (words distinctive to them).

        ``damped`` takes the log of the frequency (for one sentence or a
        section); a topic's heading wants the words that recur across it.
        """
        counts = Counter(t for s in sentences for t in set(s.tokens))
        return {
            t: ((1 + math.log(c)) if damped else c) * self._idf.get(t, 1.0) ** 2
            for t, c in counts.items()
        }

    def _phrase_heading(
        self,
        sentences: list[_Sentence],
        *,
        avoid: set[str] | None = None,
        weights: dict[str, float] | None = None,
        max_size: int | None = None,
    ) -> str:
        """A noun phrase from ``sentences`` carrying their weightiest words.

        Candidates are the noun phrases of each sentence (best-ranked sentence
        first, later ones slightly discounted); a phrase scores the weight of
        its words, damped for length. Phrases already used, numbers and
        over-long phrases are skipped.
        """
        avoid = self._headings if avoid is None else avoid
        weights = weights or self._keyword_weights(sentences)
        limit = max_size or (14 if self.japanese else 5)
        best: tuple[float, int, str] | None = None
        for order, s in enumerate(sorted(sentences, key=lambda s: (-s.score, s.index))):
            for phrase, _ in noun_phrases(s.text, self.lang):
                size = len(phrase) if self.japanese else len(phrase.split())
                if phrase in avoid or not (2 if self.japanese else 1) <= size <= limit:
                    continue
                if phrase[0].isdigit() or phrase[0] in "０１２３４５６７８９":
                    continue
                toks = set(tokenize(phrase, self.lang))
                if not toks:
                    continue
                mass = sum(weights.get(t, 0.0) for t in toks)
                score = mass / (len(toks) ** 0.6) / (1 + 0.15 * order)
                if not self.japanese and phrase[0].isupper():
                    score *= 1.3  # capitalised runs are reliably names
                if len(toks) == 1:
                    score *= 0.75  # a lone word says less than a phrase
                key = (-score, order, phrase)
                if best is None or key < best:
                    best = key
        if best is not None:
            return best[2]
        fallback = clause_trim(sentences[0].text, 20 if self.japanese else 40, self.lang)
        return fallback.rstrip("、，,;: ")


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if na and nb else 0.0
