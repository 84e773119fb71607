"""Sentence splitting, tokenization and phrase picking for Japanese and English.

Shared by the extractive engine and the checker. Small and dependency-light:
Japanese goes through fugashi + unidic-lite (one cached Tagger), every other
language through regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

__all__ = [
    "JAPANESE_ERAS",
    "Morpheme",
    "clause_trim",
    "era_year",
    "is_boilerplate",
    "morphemes",
    "normalize_ws",
    "noun_phrases",
    "split_paragraphs",
    "split_sentences",
    "tokenize",
]

_WS = re.compile(r"\s+")

#: The first year of each Japanese era (令和元年 is 2019).
JAPANESE_ERAS = {"令和": 2019, "平成": 1989, "昭和": 1926}


def era_year(era: str, year: str) -> int:
    """The Gregorian year of an era year as written: ("令和", "6") → 2024, ("令和", "元") → 2019."""
    return JAPANESE_ERAS[era] + (0 if year == "元" else int(year) - 1)


def _words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


def normalize_ws(text: str) -> str:
    """Collapse every run of whitespace (full-width spaces included) to one space."""
    return _WS.sub(" ", text.replace("\u3000", " ")).strip()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text: blank-line separated, else one per line."""
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    if len(blocks) <= 1:
        blocks = [line for line in text.splitlines() if line.strip()]
    return [normalize_ws(b) for b in blocks]


# ---------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------

_JA_OPEN = "「『（(【〔［“"
_JA_CLOSE = "」』）)】〕］”"
_JA_END = "。！？!?"
# Characters that, right after a closing quote, show the quote is part of a
# longer sentence (「…。」と述べた / 「…」という / 「…」の).
_JA_CONTINUE = "とっなのもやをがにでへ、，"


_NONSPACE = re.compile(r"\S")


def _split_ja(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    depth = 0
    opened_at_start = False  # the outermost open bracket began the sentence
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _JA_OPEN:
            if depth == 0:
                opened_at_start = _NONSPACE.search(text, start, i) is None
            depth += 1
        elif ch in _JA_CLOSE:
            if depth > 0:
                depth -= 1
            # 「…。」 standing alone: a sentence ends after the closing quote.
            if depth == 0 and opened_at_start and i > 0 and text[i - 1] in _JA_END:
                j = i + 1
                while j < n and text[j] in _JA_CLOSE:
                    j += 1
                nxt = _NONSPACE.search(text, j)  # never a copy of the rest: linear time
                if nxt is None or nxt.group(0) not in _JA_CONTINUE:
                    out.append(text[start:j])
                    start = i = j
                    continue
        elif ch in _JA_END and depth == 0:
            j = i + 1
            while j < n and (text[j] in _JA_END or text[j] in _JA_CLOSE):
                j += 1
            out.append(text[start:j])
            start = i = j
            continue
        i += 1
    out.append(text[start:])
    return [s for s in (normalize_ws(p) for p in out) if s]


# Words after which a period does not end a sentence.
_EN_ABBREV = _words(
    """
    mr mrs ms dr prof st sr jr mt ft gen col lt capt sgt cmdr adm gov sen rep rev hon
    pres supt insp det vs v inc ltd co corp bros no nos vol fig approx est dept univ ave
    rd blvd jan feb mar apr aug sep sept oct nov dec e.g i.e cf al
    """
)
# Capitalised words that, after an abbreviation such as "U.S.", start a new sentence.
_EN_STARTERS = _words(
    """
    the a an but and it its he she they we i in on at this that these those there his
    her their our after before when while however meanwhile yet so for as if officials
    critics some many most under over with from by to during since until according
    despite although though because what why how who where then still also now today
    yesterday last next one two both each all no not only even more several such other
    others few
    """
)
# After a.m./p.m., these words continue the sentence ("6 p.m. Tuesday").
_EN_TIME_FOLLOWERS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday gmt bst utc et pt cet jst
    january february march april may june july august september october november
    december
    """
)
_EN_BOUNDARY = re.compile(r"([.!?…]+[\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]*[A-Z0-9])")
_EN_LAST_WORD = re.compile(r"(\S+)$")


def _en_no_break(before: str, after: str) -> bool:
    """True when the period closing ``before`` is not a sentence end."""
    m = _EN_LAST_WORD.search(before)
    if not m:
        return False
    word = m.group(1).lstrip("\"'“‘([")
    if not word.endswith("."):
        return False  # ends in ! or ? (or a quote after them)
    core = word[:-1]
    lower = core.lower()
    if lower in _EN_ABBREV:
        return True
    if re.fullmatch(r"[A-Z]", core):  # an initial: "J. R. Tolkien"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", core):  # U.S., U.K., a.m., p.m.
        nxt = after.lstrip("\"'“‘([").split(" ", 1)[0].strip(",;:").lower()
        if core.islower():  # a.m., p.m.: usually the end, unless a day or zone follows
            return nxt in _EN_TIME_FOLLOWERS
        return nxt not in _EN_STARTERS
    return False


def _split_en(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _EN_BOUNDARY.finditer(text):
        end = m.end(1)
        # only the last word before and the first words after matter: bounded
        # slices keep a long line linear
        if _en_no_break(text[max(start, end - 80) : end], text[m.end() : m.end() + 80]):
            continue
        out.append(text[start:end])
        start = m.end()
    out.append(text[start:])
    return [s for s in (normalize_ws(p) for p in out) if s]


def split_sentences(text: str, lang: str) -> list[str]:
    """The sentences of ``text``; line breaks always end a sentence.

    Japanese ("ja"): after 。！？ (with any closing brackets that follow), never
    inside 「」『』（）; a quoted sentence 「…。」 ends after its closing bracket
    unless a particle continues it (「…。」と述べた). Other languages: after
    . ! ? followed by a capital or digit, except after abbreviations (Mr., Dr.,
    e.g.), initials and dotted acronyms (U.S.); decimals never split.
    """
    splitter = _split_ja if _primary(lang) in ("ja", "zh") else _split_en
    sentences: list[str] = []
    for line in text.splitlines():
        if line.strip():
            sentences.extend(splitter(line))
    return sentences


# ---------------------------------------------------------------------------
# Tokenization
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Morpheme:
    """One Japanese token: its surface, coarse part of speech and base form."""

    surface: str
    pos1: str
    pos2: str
    base: str
    pos3: str = ""


@cache
def _tagger() -> Any:
    import fugashi  # type: ignore[import-untyped]  # lazily: English-only runs skip the dictionary

    return fugashi.Tagger()


@cache
def morphemes(text: str) -> tuple[Morpheme, ...]:
    """fugashi's analysis of ``text`` (cached: sentences are analysed more than once)."""
    result: list[Morpheme] = []
    for word in _tagger()(text):
        feature = word.feature
        pos1 = feature.pos1 or ""
        pos2 = feature.pos2 or ""
        base = feature.orthBase or word.surface
        if word.white_space:
            result.append(Morpheme(word.white_space, "空白", "", word.white_space))
        result.append(Morpheme(word.surface, pos1, pos2, base, feature.pos3 or ""))
    return tuple(result)


_JA_STOP = _words(
    """
    こと もの ため よう ところ 方 等 など 事 物 時 中 上 下 後 前 今回 これ それ 年 月 日 時 分 秒 人 円 件 回 割 歳 カ所 か所 ヶ所 倍 点
    以上 以下 約
    """
)
_JA_CONTENT_POS = {"名詞", "動詞", "形容詞", "形状詞"}
_JA_SKIP_POS2 = {"数詞", "代名詞", "非自立可能", "助動詞語幹"}


def _tokenize_ja(text: str) -> list[str]:
    tokens: list[str] = []
    for m in morphemes(text):
        if m.pos1 not in _JA_CONTENT_POS or m.pos2 in _JA_SKIP_POS2:
            continue
        if m.base in _JA_STOP or re.fullmatch(r"[\W\d_ぁ-ゖ]", m.base):
            continue
        tokens.append(m.base)
    return tokens


_EN_STOP = _words(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my myself no nor not now of off
    on once only or other our ours ourselves out over own said same says she should so
    some such than that the their theirs them themselves then there these they this
    those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves mr mrs ms dr one two new
    year years per cent percent told according since around across within without toward
    towards via among every each whether although though however another many much even
    still yet ago able
    """
)
_EN_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")


def _stem(word: str) -> str:
    """Light suffix stripping: plurals, -ing, -ed, -ly (enough to match word forms)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for suffix, minimum in (("ing", 6), ("ed", 5), ("ly", 5)):
        if word.endswith(suffix) and len(word) >= minimum:
            word = word[: -len(suffix)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # planned -> plann -> plan
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # operate/operated/operating -> operat
    return word


def _tokenize_en(text: str) -> list[str]:
    words = _EN_WORD.findall(text.lower().replace("’", "'"))
    out: list[str] = []
    for word in words:
        w = word.removesuffix("'s")
        if w in _EN_STOP or len(w) < 2:
            continue
        out.append(_stem(w))
    return out


def _tokenize_cjk(text: str) -> list[str]:
    chars = [c for c in text if c.isalnum()]
    return [a + b for a, b in pairwise(chars)]


def _primary(lang: str) -> str:
    return (lang or "und").split("-")[0].lower()


def tokenize(text: str, lang: str) -> list[str]:
    """Content words of ``text`` for similarity and keywords.

    Japanese: nouns, verbs, adjectives in base form (fugashi + unidic-lite),
    numbers, pronouns and auxiliary verbs (する, なる, ある) left out. Chinese:
    character bigrams. Others: lowercase words without stopwords, lightly stemmed.
    """
    primary = _primary(lang)
    if primary == "ja":
        return _tokenize_ja(text)
    if primary == "zh":
        return _tokenize_cjk(text)
    return _tokenize_en(text)


# ---------------------------------------------------------------------------
# Phrases: labels and headings taken from a sentence
# ---------------------------------------------------------------------------

_JA_NOUNISH = {"名詞", "接頭辞", "接尾辞"}


def noun_phrases(sentence: str, lang: str) -> list[tuple[str, bool]]:
    """Noun phrases of a sentence in order, each a substring of it.

    Returns ``(phrase, is_subject)`` pairs. Japanese: runs of nouns (with
    prefixes, suffixes and numbers), two runs joined by の (市電の復活);
    a phrase is a subject when は or が follows it. Other languages: runs of
    capitalised words (Harbour Commission, Port Alder) — never a subject.
    """
    if _primary(lang) != "ja":
        return [(p, False) for p in _en_phrases(sentence)]
    toks = morphemes(sentence)

    def nounish(j: int) -> bool:
        if toks[j].pos1 in _JA_NOUNISH:
            return True
        # the point of a decimal number: 7.4キロ
        return (
            toks[j].surface in ".．"
            and 0 < j < len(toks) - 1
            and toks[j - 1].pos2 == "数詞"
            and toks[j + 1].pos2 == "数詞"
        )

    runs: list[tuple[int, int]] = []  # token index ranges of noun runs
    i = 0
    while i < len(toks):
        if nounish(i) and toks[i].pos2 != "代名詞":
            j = i
            while j < len(toks) and nounish(j):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    phrases: list[tuple[str, bool]] = []
    k = 0
    while k < len(runs):
        a, b = runs[k]
        # Join "X の Y" / "X と Y" into one phrase.
        if (
            k + 1 < len(runs)
            and runs[k + 1][0] == b + 1
            and toks[b].surface == "の"
            and toks[b].pos1 == "助詞"
        ):
            b = runs[k + 1][1]
            k += 1
        text = "".join(t.surface for t in toks[_skip_number(toks, a, b) : b]).strip()
        subject = b < len(toks) and toks[b].surface in ("は", "が") and toks[b].pos1 == "助詞"
        if text and not re.fullmatch(r"[\d０-９,.、]+", text):
            phrases.append((text, subject))
        k += 1
    return phrases


def _skip_number(toks: Sequence[Morpheme], a: int, b: int) -> int:
    """Start of the phrase toks[a:b] without a leading quantity (2024年度の, 約620億円の)."""
    j = a
    while j < b and toks[j].pos1 == "接頭辞":
        j += 1
    if j >= b or toks[j].pos2 != "数詞":
        return a
    while j < b and (toks[j].pos2 == "数詞" or toks[j].surface in ".．"):
        j += 1
    if j < b:
        j += 1  # the counter: 年度, キロ, 日, 人
        if toks[j - 1].pos1 == "接頭辞" and j < b:
            j += 1  # a counter fused to its noun: 3両編成
        while j < b and toks[j].pos1 == "接尾辞":
            j += 1  # the counter's suffix: 1年生, 3人目, 2回目 (not 「生の平井颯太」)
    if j < b and toks[j].surface in ("の", "と"):
        j += 1
    return j if j < b else a


# Words that never start or end an English noun phrase candidate: stopwords,
# frequent news verbs, quantity words.
_EN_PHRASE_STOP = _EN_STOP | _words(
    """
    throughout twice half instead exist exists million billion thousand hundred dozen be
    become becomes begin begins began bring brings carry carries come comes came
    continue continues cover covers cross crosses expect expects get gets give gives go
    goes went help helps hold holds keep keeps leave leaves link links look looks make
    makes mean means need needs pay paying put remain remains run runs ran say see seem
    seems set sets show shows stand stands take takes took tell use uses want wants
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today yesterday
    tomorrow night morning afternoon evening week weekend weekdays month spring summer
    autumn winter
    """
)
_EN_TOKEN = re.compile(r"[A-Za-z0-9£$€][\w'’&.£$€-]*[\w£$€]|[A-Za-z0-9]|\S")
_EN_NOT_NOUN = re.compile(r"^[a-z]{2,}(?:ed|ly|ing)$|^\d")


def _en_phrases(sentence: str) -> list[str]:
    """Candidate noun phrases of an English sentence, as substrings of it.

    Runs of capitalised words (Coastal Connections Fund, Helen Achterberg)
    and runs of one to three content words (battery-electric vessels, business
    case). A sentence-initial capital that is a stopword is not a name.
    """
    words = list(_EN_TOKEN.finditer(sentence))
    phrases: list[str] = []

    def add(run: list[re.Match[str]]) -> None:
        if len(run) == 1 and run[0] is words[0] and run[0].group(0)[:1].isupper():
            return  # one capitalised word opening the sentence is not a name
        while run and _norm(run[-1].group(0)) in _EN_PHRASE_STOP:
            run = run[:-1]
        while run and _norm(run[0].group(0)) in _EN_PHRASE_STOP:
            run = run[1:]
        if run:
            phrase = sentence[run[0].start() : run[-1].end()].rstrip(".")
            if phrase not in phrases:
                phrases.append(phrase)

    proper: list[re.Match[str]] = []
    content: list[re.Match[str]] = []
    for i, m in enumerate(words):
        w = m.group(0)
        lower = _norm(w)
        is_word = bool(re.match(r"[A-Za-z]", w))
        initial = i == 0 or words[i - 1].group(0) in "“\"‘'("
        capital = is_word and w[0].isupper() and not (initial and lower in _EN_PHRASE_STOP)
        joiner = (
            bool(proper)
            and lower in ("of", "&")
            and i + 1 < len(words)
            and words[i + 1].group(0)[:1].isupper()
        )
        if capital or joiner:
            proper.append(m)
        else:
            add(proper)
            proper = []
        wordy = is_word and lower not in _EN_PHRASE_STOP and not _EN_NOT_NOUN.match(lower)
        if wordy and len(content) < 3:
            content.append(m)
        else:
            add(content)
            content = [m] if wordy else []
    add(proper)
    add(content)
    return phrases


def _norm(word: str) -> str:
    return word.lower().rstrip(".").replace("’", "'").removesuffix("'s")


def _ja_boundaries(sentence: str) -> list[int]:
    """Offsets of 、 that end a clause: after a verb, auxiliary, adjective or
    conjunctive particle (…を投じ、 / …だが、), outside brackets."""
    result: list[int] = []
    offset = 0
    depth = 0
    prev: Morpheme | None = None
    for m in morphemes(sentence):
        if m.surface in _JA_OPEN:
            depth += 1
        elif m.surface in _JA_CLOSE:
            depth = max(0, depth - 1)
        elif (
            m.surface in ("、", "，")
            and depth == 0
            and prev is not None
            and (prev.pos1 in ("動詞", "助動詞", "形容詞") or prev.pos2 == "接続助詞")
        ):
            result.append(offset)
        offset += len(m.surface)
        prev = m
    return result


_EN_CLAUSE_START = re.compile(r"(?:and|but|while|whereas|although|though|so|yet|to)\s")


def _en_boundaries(sentence: str) -> list[int]:
    """Offsets where an English clause ends, outside quotation marks: before
    "; ", before ", and|but|while|although …" and before a spaced dash."""
    result: list[int] = []
    quoted = False
    for i, ch in enumerate(sentence):
        if ch in '“”"':
            quoted = ch == "“" or (ch == '"' and not quoted)
        elif quoted:
            continue
        elif (ch == ";" and sentence[i + 1 : i + 2] == " ") or (
            ch == "," and _EN_CLAUSE_START.match(sentence, i + 2)
        ):
            result.append(i)
        elif ch in "—–" and i > 0 and sentence[i - 1] == " ":
            result.append(i - 1)
    return result


def clause_trim(sentence: str, limit: int, lang: str) -> str:
    """``sentence`` cut at its last clause boundary within ``limit`` characters.

    The result is always a prefix of the sentence. Japanese cuts only at a
    、 that ends a clause (after a verb or conjunctive particle, never inside
    「」); English at , ; or a dash outside quotes. A sentence that fits, or
    that has no boundary in the allowed range, is returned whole.
    """
    if len(sentence) <= limit:
        return sentence
    offsets = _ja_boundaries(sentence) if _primary(lang) == "ja" else _en_boundaries(sentence)
    best = max((o for o in offsets if limit // 3 <= o <= limit), default=-1)
    return sentence[:best].rstrip() if best > 0 else sentence


# ---------------------------------------------------------------------------
# Boilerplate
# ---------------------------------------------------------------------------

_BYLINE = re.compile(r"^By [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,[^.!?]{0,40})?\.?$")
_BOILERPLATE = re.compile(
    r"(?:^(?:read|see) (?:more|also)\b|^related(?: articles| stories)?:|^(?:photo|image|picture)s?:"
    r"|copyright|©|\(c\)\s*\d{4}|all rights reserved|^advertisement$|sign up for|subscribe to our"
    r"|click here|follow us on|share this (?:article|story)"
    r"|無断転載|無断複製|転載禁止|著作権|^関連記事|^続きを読む|^もっと見る|^【写真】|^（写真|^写真[：:]"
    r"|^（?[^。]{1,12}記者）?$|^（[^。]{1,20}）$)",
    re.IGNORECASE,
)


def is_boilerplate(sentence: str) -> bool:
    """Bylines, "Read more" links, photo credits and copyright lines."""
    sentence = sentence.strip()
    return bool(_BYLINE.match(sentence) or _BOILERPLATE.search(sentence))
