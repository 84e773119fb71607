"""Sentence ranking for the extractive engine: sparse TextRank, fact weights and fact units.

TextRank (Mihalcea & Tarau 2004) scores sentences by PageRank over a graph
whose edges are the TF-IDF cosine similarity of their content words. The
graph is kept as an edge list built from an inverted index (only pairs that
share a word get an edge), so memory grows with the edges, not with n².
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "KEY_FACT_WEIGHTS",
    "FactFeatures",
    "background",
    "fact_units",
    "fact_weight",
    "is_decision",
    "is_dependent",
    "is_list_item",
    "is_table_row",
    "is_table_rule",
    "key_fact_likelihood",
    "opens_paragraph",
    "outlook",
    "textrank",
]


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
    jump share. Edges come from an inverted index: building them costs the
    sum over words of (sentences containing the word)², each iteration costs
    the number of edges.
    """
    import numpy as np  # loaded when a digest is made, not when the engine is created

    n = len(docs)
    if n == 0:
        return []
    raw_bias = np.ones(n) if bias is None else np.asarray(list(bias), dtype=np.float64)
    if raw_bias.shape != (n,):
        raise ValueError("bias must have one weight per document")
    jump = raw_bias / (raw_bias.sum() or 1.0)

    counts = [Counter(doc) for doc in docs]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, c in enumerate(counts):
        weights = {t: k * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, k in c.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for t, w in weights.items():
            if df[t] > 1:  # a word in one sentence makes no edge
                postings.setdefault(t, []).append((i, w / norm))
    src_parts: list[np.ndarray] = []
    dst_parts: list[np.ndarray] = []
    val_parts: list[np.ndarray] = []
    for plist in postings.values():
        idx = np.fromiter((i for i, _ in plist), dtype=np.int64, count=len(plist))
        val = np.fromiter((w for _, w in plist), dtype=np.float64, count=len(plist))
        m = len(plist)
        src_parts.append(np.repeat(idx, m))
        dst_parts.append(np.tile(idx, m))
        val_parts.append(np.outer(val, val).ravel())
    scores = np.full(n, 1.0 / n)
    if src_parts:
        src = np.concatenate(src_parts)
        dst = np.concatenate(dst_parts)
        val = np.concatenate(val_parts)
        keep = src != dst
        key, inverse = np.unique(src[keep] * n + dst[keep], return_inverse=True)
        weight: np.ndarray = np.bincount(inverse, weights=val[keep])
        src, dst = key // n, key % n
    else:
        src = dst = np.zeros(0, dtype=np.int64)
        weight = np.zeros(0, dtype=np.float64)
    out_weight = np.bincount(src, weights=weight, minlength=n)
    dangling = out_weight == 0
    share = weight / np.where(out_weight == 0, 1.0, out_weight)[src]  # of src's score, to dst
    for _ in range(max_iter):
        new = damping * np.bincount(dst, weights=share * scores[src], minlength=n)
        new += ((1 - damping) + damping * scores[dangling].sum()) * jump
        delta = float(np.abs(new - scores).sum())
        scores = new
        if delta < tol:
            break
    return [float(v) for v in scores]


# -- what a sentence carries ------------------------------------------------------

_FIGURE = re.compile(
    r"[0-9０-９]+(?:[.,．][0-9０-９]+)*|[一二三四五六七八九十百千万億兆]+(?=[万億兆円人件年月日%％])"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b",
    re.IGNORECASE,
)
_EN_NAME = re.compile(r"(?<![.!?“\"]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_DECISION = {
    "ja": re.compile(
        r"決定|決め|発表|承認|合意|署名|可決|導入|開始|開業|着工|計画|方針|予定|目指|見込|申請|計上|減便|廃止"
    ),
    "en": re.compile(
        r"\b(?:approv|announc|agree|decid|vot|sign|plan|will|launch|open|begin|start|cost|fund)\w*",
        re.IGNORECASE,
    ),
}
_OUTLOOK = {
    "ja": re.compile(r"予定|方針|見込|目指|今後|検討|始め|申請|年度中|めど|計画"),
    "en": re.compile(
        r"\b(?:will|plans?|planned|expected|next|due to|begins?|from (?:next|early|late)|by 20\d\d)\b",
        re.IGNORECASE,
    ),
}


def _lang_key(lang: str) -> str:
    return "ja" if lang in ("ja", "zh") else "en"


def fact_weight(text: str, lang: str) -> float:
    """How much a sentence carries: figures, dates, decisions and named actors.

    1.0 for a sentence with none of them, up to about 2.6 for one with
    several figures, a name and a decision verb.
    """
    figures = len(_FIGURE.findall(_AGE.sub("", text)))
    key = _lang_key(lang)
    if key == "ja":
        names = len(
            re.findall(
                r"[ァ-ヴー・]{3,}|[一-龥]{2,}(?:市|県|省|庁|局|社|大学|組合|市長|知事|大臣|氏)",
                text,
            )
        )
    else:
        names = len(_EN_NAME.findall(text))
    decision = 1 if _DECISION[key].search(text) else 0
    return 1.0 + 0.4 * min(figures, 2) + 0.2 * min(names, 2) + 0.2 * decision


# What one fact unit is worth: a figure or a date is a fact on its own; a name
# says who or where; a quotation is someone's position; a decision verb says
# what was done (with a name, enough for a 要点 bullet).
FIGURE_WEIGHT = 1.0
NAME_WEIGHT = 0.5
QUOTE_WEIGHT = 0.4
DECISION_WEIGHT = 0.3

_WIDE_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
# a chain of numbers with their units is one figure: 9兆4000億円, 1990年4月1日, 30:09.81
_JA_FIGURE = re.compile(r"(?:[0-9０-９]+(?:[.,．，:：][0-9０-９]+)*[^0-9０-９、。，．\s]?)+")
_EN_FIGURE = re.compile(r"([0-9]+(?:[.,][0-9]+)*)\s?(%|[a-z]+)?", re.IGNORECASE)
_EN_CAPITALISED = re.compile(r"\b[A-Z][\w’'&.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'&.-]*)*")
_EN_NOT_NAMES = frozenset(
    "The A An This That These Those It Its He She They His Her Their We Our I In On At "
    "By For From To Of And But Or If As After Before When While Under Over Since Until "
    "Most Some Many Each Both Such Not Mr Mrs Ms Dr".split()
)
# dates written without digits: 今月下旬, 来年度, next month, in June, this autumn
_DATE_WORDS = {
    "ja": re.compile(
        r"(?:今|来|先|翌|前)(?:年度|年|月|週)(?:の)?(?:上旬|中旬|下旬|末|内|中)?|年度内|年内|月内"
    ),
    "en": re.compile(
        r"\b(?:(?:next|last|later this|early next|late next|this) (?:week|month|year|spring|summer|"
        r"autumn|fall|winter)|(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December)(?: \d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
        r"Saturday|Sunday))\b"
    ),
}
# a person's age after the name: 真壁沙織さん（41）, Dolores Ketchum (67)
_AGE = re.compile(r"(?<=[^\s0-9０-９])\s?[（(][0-9０-９]{1,3}[）)]")
_QUOTED = re.compile(r"「([^」]{8,})」|“([^”]{12,})”|\"([^\"]{12,})\"")


def fact_units(text: str, lang: str) -> dict[str, float]:
    """The facts a sentence carries, as units a digest covers once.

    Figures, dates, names, quotations and decisions. A figure is the number
    with the unit right after it (620億 → ``620億``, "£46 million" → ``46
    million``); a date also one without digits (今月下旬, next month); a name
    a proper noun (Japanese: the tokenizer's 固有名詞 and katakana words;
    English: capitalised words after the first); a quotation its opening
    words; a decision its verb (発表, approved). Maps each unit to its weight.
    """
    units: dict[str, float] = {}
    key = _lang_key(lang)
    text = _AGE.sub("", text)  # 真壁沙織さん（41）: who she is, not a fact of the story
    for m in _QUOTED.finditer(text):
        quote = next(g for g in m.groups() if g)
        units["q:" + quote[:10]] = QUOTE_WEIGHT
    for m in _DATE_WORDS[key].finditer(text):
        units["t:" + m.group(0).lower()] = FIGURE_WEIGHT
    decision = _DECISION[key].search(text)
    if decision:
        units["d:" + decision.group(0).lower()] = DECISION_WEIGHT
    if key == "ja":
        for m in _JA_FIGURE.finditer(text):
            units[m.group(0).translate(_WIDE_DIGITS)] = FIGURE_WEIGHT
        units.update((name, NAME_WEIGHT) for name in _ja_names(text))
        return units
    for m in _EN_FIGURE.finditer(text):
        unit = (m.group(2) or "").lower()
        unit = unit if unit in ("", "%") else " " + unit
        units[m.group(1).replace(",", "") + unit] = FIGURE_WEIGHT
    for m in _EN_CAPITALISED.finditer(text):
        words = m.group(0).rstrip(".").split()
        if m.start() == 0 and len(words) < 2:
            continue  # the sentence's first word is capitalised anyway
        words = [w for w in words if w not in _EN_NOT_NAMES]
        if words and not _DATE_WORDS["en"].fullmatch(" ".join(words)):
            units.setdefault(" ".join(words).lower(), NAME_WEIGHT)
    return units


def _ja_names(text: str) -> list[str]:
    """Proper nouns (runs of 固有名詞) and katakana words of three or more."""
    from yoten.textproc import morphemes

    names: list[str] = []
    run: list[str] = []
    for m in (*morphemes(text), None):
        if m is not None and m.pos2 == "固有名詞":
            run.append(m.surface)
            continue
        if run:
            names.append("".join(run))
            run = []
    names += [k for k in re.findall(r"[ァ-ヴー]{3,}", text) if k not in names]
    return names


_YEAR = re.compile(r"(?<![0-9０-９])((?:19|20)[0-9]{2})(?![0-9０-９])")


def background(text: str, year: int | None) -> bool:
    """The sentence is dated two or more years before the article (「1968年に開業し」, "opened in 1968")."""
    if year is None:
        return False
    return any(int(y) <= year - 2 for y in _YEAR.findall(text.translate(_WIDE_DIGITS)))


def is_decision(text: str, lang: str) -> bool:
    """The sentence says what was decided or done (発表, 承認, "approved", "will")."""
    return bool(_DECISION[_lang_key(lang)].search(text))


@dataclass(frozen=True)
class FactFeatures:
    """What the key-fact model reads of a sentence (:func:`key_fact_likelihood`).

    ``position`` is the sentence's place in the article (0 first, 1 last);
    ``figures`` and ``names`` count its fact units (:func:`fact_units`);
    ``decision`` is :func:`is_decision`, ``ahead`` :func:`outlook`,
    ``history`` :func:`background`; ``length`` is its length over the
    article's mean sentence length.
    """

    first: bool  # the lead's first sentence
    first_paragraph: bool  # in the lead's paragraph (or the standfirst)
    position: float
    figures: int
    names: int
    decision: bool
    ahead: bool
    history: bool
    length: float

    def vector(self) -> dict[str, float]:
        """The model's inputs, named as in :data:`KEY_FACT_WEIGHTS`."""
        return {
            "bias": 1.0,
            "first": float(self.first),
            "first_paragraph": float(self.first_paragraph),
            "position": self.position,
            "log_figures": math.log1p(self.figures),
            "log_names": math.log1p(self.names),
            "decision": float(self.decision),
            "ahead": float(self.ahead),
            "history": float(self.history),
            "log_length": math.log(max(self.length, 0.05)),
        }


# A logistic regression fitted once on digest-dev and digest-gold (sentences
# that carry a key fact against those that do not; benchmarks/key_fact_fit.py)
# and checked on digest-gold-2 and -3, which it did not see; rounded.
KEY_FACT_WEIGHTS = {
    "bias": -2.7,
    "first": 0.8,
    "first_paragraph": 2.0,
    "position": -0.7,
    "log_figures": 1.7,
    "log_names": 0.4,
    "decision": 0.4,
    "ahead": 0.7,
    "history": -1.3,
    "log_length": 0.2,
}


def key_fact_likelihood(features: FactFeatures) -> float:
    """The probability that a sentence carries one of the article's key facts.

    The lead's paragraph, figures, names, decisions and what comes next
    raise it; a late place and background dated years back lower it.
    """
    z = sum(KEY_FACT_WEIGHTS[k] * v for k, v in features.vector().items())
    return 1.0 / (1.0 + math.exp(-z))


def outlook(text: str, lang: str) -> bool:
    """The sentence says what happens next (a plan, a date ahead, an expectation)."""
    return bool(_OUTLOOK[_lang_key(lang)].search(text))


# Sentences that lean on the one before them: a connective, a pronoun, a
# quote attributed to "he"/"she", a bare quotation.
_DEPENDENT = {
    "ja": re.compile(
        r"^(?:一方|また|さらに|ただ|しかし|しかも|なお|そのため|このため|その|この|それ|これ|あの|同[氏社市県省庁局]"
        r"|彼|こうした|こう|そう|だが|でも|ところが|とはいえ|つまり|結果|特に)"
        # a quotation whose speaker is in the sentence before: 「…」と話した。
        r"|^「[^」]*」と(?:述べ|話|語|訴え|強調|明か|答え|笑顔|意気込)"
    ),
    "en": re.compile(
        r"^[“\"‘']?(?:It|Its|He|She|They|Their|His|Her|Him|That|These|Those|Both|Such|"
        # "This year…" says when, not what came before; "Each government must…" is a
        # determiner ("Each will…", "Each of them…" point back)
        r"This(?! (?:year|week|month|morning|afternoon|evening|summer|spring|autumn|winter)\b)|"
        r"Each(?= of|,| will| would| has| is| was)|"
        r"Then|But|And|Also|However|Meanwhile|Still|Yet|Instead|Since then)\b"
        # "…,” she said" — not "cocoa, which it said cost 58% more": a relative
        # clause's pronoun points back inside its own sentence
        r"|(?<!\bwhich )(?<!\bthat )(?<!\bwho )(?<!\bas )"
        r"\b(?:he|she|they|it) (?:said|says|added|adds|told|warned|argued|noted)\b"
        r"|^[“\"][^”\"]*[”\"]\.?$"
    ),
}


# What a paragraph may open with and still be read after the digest's lead: a
# connective, or the story's actor named again (同社は, "It will…"). Within a
# paragraph the same words point at the sentence right before.
_PARAGRAPH_OPENER = {
    "ja": re.compile(
        r"^(?:(?:一方|また|さらに|ただ|しかし|なお|これに対し(?:て)?|このため|そのため)、"
        # このため市は, これに対し吉良氏は
        r"|(?:このため|そのため|これに対し(?:て)?)[一-龥]{1,4}(?:氏)?(?:は|が)"
        # 同社は, 同試験場は, 同センターの, 同社によると
        r"|同[一-龥ァ-ヴー]{1,6}(?:は|が|の|も|では|によると|によれば))"
    ),
    "en": re.compile(
        r"^(?:(?:However|Meanwhile|Still|Yet|Also|Instead|Since then|In all|In total|Overall),"
        r"|(?:But|And) (?!(?:he|she|they|it)\b)[a-z]"
        r"|(?:It|Its|They|Their) (?!(?:said|says|added|told|warned|argued|noted)\b)[a-z])"
    ),
}


_EN_PRONOUN_SAYS = re.compile(
    r"\b(?:he|she|they) (?:said|says|added|adds|told|warned|argued|noted)\b"
)


def opens_paragraph(text: str, lang: str) -> bool:
    """The sentence leans on what came before only as a paragraph's opening may.

    Its connective or its 同社は / "It" refers to the story so far, not to one
    sentence: at the start of a paragraph it stands on its own.
    """
    key = _lang_key(lang)
    if key == "en" and _EN_PRONOUN_SAYS.search(text):
        return False  # "However, she said…": who she is was in the paragraph before
    return bool(_PARAGRAPH_OPENER[key].search(text))


# A quotation that names its speaker stands alone, whatever pronoun opens the
# quoted words: “This is the hardest decision,” said the chief executive, Priya Raman.
_EN_NAMED_QUOTE = re.compile(
    r"^[“\"][^”\"]{8,}[”\"],? (?:(?:said|says|added|told|warned)\b[^.“”\"]{0,60}?"
    r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*\.?$"
    r"|(?:(?:Dr|Mr|Mrs|Ms|Prof)\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* (?:said|says|added|warned)\.$)"
)


_LIST_ITEM = re.compile(r"^[-•・*‐–]\s*")
_TABLE_ROW = re.compile(r"^\|.*\S.*\|$")
# the line under a table's header row: |---|---|
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")


def is_list_item(text: str) -> bool:
    """An item of a list or a row of a table in the article.

    Ingest writes ``<li>`` as ``- item`` and a table row as ``| cell | cell |``:
    either is one entry of the paragraph that introduces it, never a heading.
    """
    return bool(_LIST_ITEM.match(text)) or is_table_row(text)


def is_table_row(text: str) -> bool:
    """A row of a table (``| Revenue | £612.4m | £571.9m |``): its figures mean little
    without the header row, so it is an entry of 詳細, never a point of 概要."""
    return bool(_TABLE_ROW.match(text)) and not is_table_rule(text)


def is_table_rule(text: str) -> bool:
    """The line under a table's header row (``|---|---|``): no text of the article."""
    return bool(_TABLE_RULE.match(text))


def is_dependent(text: str, lang: str) -> bool:
    """The sentence opens with a connective or pronoun that points at the one before it."""
    key = _lang_key(lang)
    if key == "en" and _EN_NAMED_QUOTE.search(text):
        return False
    return bool(_DEPENDENT[key].search(text))
