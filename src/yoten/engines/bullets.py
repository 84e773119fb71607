"""要点 bullets: a sentence condensed, never copied.

The extractive engine writes no words of its own, so a bullet is the
sentence with parts taken out: connectives, attributions of quotes,
parentheses, dates that only say when something was said, subordinate
clauses that carry no figure, and, in Japanese, the verb after a
サ変 noun (体言止め: 「…を申請する。」 → 「…を申請。」).
"""

from __future__ import annotations

import re
from functools import lru_cache

from yoten.textproc import Morpheme, morphemes, normalize_ws

__all__ = ["condense", "en_figures", "resolve_subject"]

_DIGIT = re.compile(r"[0-9０-９]")
# a figure in digits or, in English, in words: "this fall it began with three"
_EN_FIGURE = re.compile(
    r"[0-9]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|half|dozen)\b",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"^[-•・*‐–]\s+")
_TABLE_ROW = re.compile(r"\|(.*\S.*)\|")


def en_figures(text: str) -> list[str]:
    """The figures of an English text, in digits or in words ("began with three"), in order."""
    return [m.lower() for m in _EN_FIGURE.findall(text)]


# a sentence that is one quotation from end to end, its marks kept apart
_WHOLE_QUOTE = re.compile(r"([「“\"])([^「」“”\"]+)([」”\"])")


_NUMBER = re.compile(r"[0-9０-９][0-9０-９,.，．]*")
# a quotation's bullet keeps its sentences with figures, within this share of it
QUOTE_SHARE = 0.75


def _quoted_point(sentences: list[str], joiner: str = "") -> str:
    """What of a quotation a bullet keeps: its sentences with figures, else the first.

    An interview's answer says its facts in several sentences (「島の人口は1,100人
    でした。今は640人です。」): the ones with the most figures, in their order,
    while they stay within QUOTE_SHARE of the quotation (at least one).
    """
    sentences = [s for s in sentences if s.strip()]
    if not sentences:
        return ""
    figured = [i for i, s in enumerate(sentences) if _DIGIT.search(s)]
    if not figured:
        return sentences[0]
    room = QUOTE_SHARE * sum(len(s) for s in sentences)
    kept: list[int] = []
    size = 0
    for i in sorted(figured, key=lambda i: (-len(_NUMBER.findall(sentences[i])), i)):
        if not kept or size + len(sentences[i]) <= room:
            kept.append(i)
            size += len(sentences[i])
    return joiner.join(sentences[i] for i in sorted(kept))


@lru_cache(maxsize=4096)
def condense(sentence: str, lang: str) -> str:
    """The sentence with removable parts taken out; never longer than it.

    The result may equal the sentence when nothing can go; callers decide
    whether that is short enough.
    """
    sentence = _LIST_MARK.sub("", sentence)  # a bullet is a list item already
    row = _TABLE_ROW.fullmatch(sentence)
    if row:  # a table's row: its cells, without the outer rules
        return row.group(1).strip()
    whole = _WHOLE_QUOTE.fullmatch(sentence)
    if whole:  # an answer in an interview: 「…。…」, its sentence with a figure
        opening, inner, closing = whole.groups()
        parts = [p for p in re.split(r"(?<=[。！？.!?])\s*", inner) if p]
        if len(parts) > 1:
            joiner = "" if lang in ("ja", "zh") else " "
            return opening + _quoted_point(parts, joiner).rstrip("。．.") + closing
        return sentence
    if lang in ("ja", "zh"):
        out = _condense_ja(sentence) if lang == "ja" else sentence
    else:
        out = _condense_en(sentence)
    out = normalize_ws(out)
    return out if out and len(out) <= len(sentence) else sentence


# -- Japanese ---------------------------------------------------------------------

_JA_CONNECTIVE = re.compile(
    r"^(?:一方|また|さらに|ただ|しかし|しかも|なお|そのため|このため|特に|加えて|同時に|このうち|そのうち"
    r"|その結果|これに対し(?:て)?|それでも|その上で)(?:で)?、?"
)
# An opening adverbial phrase: a source, a meeting, a viewpoint (市交通局によると、 / 11日の記者会見で、).
_JA_OPENER = re.compile(
    r"^[^、。「」]{1,24}?(?:によると|によれば|の記者会見で|の会見で|の試算では|の調べでは|では)、"
)
_JA_SAID_DAY = re.compile(r"(は|が)(?:[0-9０-９]{1,2}日|今月[0-9０-９]{1,2}日)(?:に)?、")
# who speaks: the topic right before the quote (…、高城恵美子市長は「…」)
# (岡部直樹市長は報道陣に「…」: whom it was said to goes with the attribution)
_JA_SPEAKER = re.compile(
    r"^(?:[^「」]*、)?([^「」、。]{2,24}?)(?:は|が)(?:[^「」、。は]{1,10}?(?:に対し|に向け|に))?$"
)
_JA_REPORTED_END = re.compile(
    r"(?<=[るたいだ])(?:と(?:発表|明らかに|説明|報告|公表)(?:し|する|した|している)?|という)$"
)
_JA_PAREN = re.compile(r"[（(][^（）()]*[）)]")
_JA_QUOTE = re.compile(
    r"「([^「」]+)」と(?:述べ|話|語|強調|指摘|説明|注文|明か|訴え|語っ|答え|期待|懸念|評価)"
)


def _drop_parens(text: str) -> str:
    return _JA_PAREN.sub(lambda m: m.group(0) if _DIGIT.search(m.group(0)) else "", text)


def _ja_clauses(text: str) -> list[str]:
    """The text cut after each 、 that ends a clause (verb, auxiliary or conjunctive particle)."""
    pieces: list[str] = []
    current: list[str] = []
    depth = 0
    before = prev = None
    for m in morphemes(text):
        current.append(m.surface)
        if m.surface in "「『（(":
            depth += 1
        elif m.surface in "」』）)":
            depth = max(0, depth - 1)
        elif (
            m.surface in ("、", "，")
            and depth == 0
            and prev is not None
            and (
                prev.pos1 in ("動詞", "助動詞", "形容詞")
                or prev.pos2 == "接続助詞"
                or _ends_adverbial_clause(before, prev)
            )
        ):
            pieces.append("".join(current))
            current = []
        before, prev = prev, m
    if current:
        pieces.append("".join(current))
    return pieces


def _ends_adverbial_clause(before: Morpheme | None, last: Morpheme) -> bool:
    """A clause that ends in a formal noun says when or why: 検討した際、 / 工事のため、 / 可決後、 / …ことから、."""
    if before is None:
        return False
    if last.pos3 == "副詞可能" and last.pos1 in ("名詞", "接尾辞") and last.pos2 != "数詞":
        # after a verb (検討した際), a noun's の (工事のため) or a サ変 noun (可決後)
        return before.pos1 in ("動詞", "助動詞") or before.surface == "の" or "サ変" in before.pos3
    return last.surface == "から" and before.surface == "こと"


def _ends_with_copula_de(text: str) -> bool:
    """``text`` ends in the copula で (…約180人で), not in まで or a particle で."""
    toks = morphemes(text)
    return bool(toks) and toks[-1].surface == "で" and toks[-1].pos1 == "助動詞"


def _closes(clause: str) -> bool:
    """A non-final clause that 体言止め can end: on a noun (…を減便し / …約180人で / …満員となり)."""
    return _taigen_dome(clause) != clause.rstrip("。．.") or _ends_with_copula_de(clause)


def _carries_fact(clause: str) -> bool:
    """A figure or a proper noun: what a bullet must not lose."""
    return bool(_DIGIT.search(clause)) or any(m.pos2 == "固有名詞" for m in morphemes(clause))


def _has_subject(clause: str) -> bool:
    """The clause names its own subject (…観光客の9割以上が…): no topic to bring back."""
    return any(m.pos1 == "助詞" and m.surface in ("は", "が") for m in morphemes(clause))


def _topic_of(clause: str) -> str:
    """The clause's leading topic ``Xは`` (short), or ''."""
    m = re.match(r"^([^、。「」]{1,12}?は)", clause)
    return m.group(1) if m else ""


def _taigen_dome(text: str) -> str:
    """End on the noun: drop する/される/している/となる/だ/である after it (and 。)."""
    body = text.rstrip("。．.")
    toks = list(morphemes(body))
    j = len(toks)
    # strip the auxiliary tail: て いる た れる ます です
    for ending in ("ことになる", "ことになった", "こととなる", "こととなった"):
        if body.endswith(ending):
            return body[: -len(ending)]
    while j > 0 and (
        toks[j - 1].pos1 == "助動詞"
        or (toks[j - 1].pos1 == "動詞" and toks[j - 1].pos2 == "非自立可能")
        or (toks[j - 1].pos2 == "接続助詞" and toks[j - 1].surface == "て")
        or (toks[j - 1].pos1 == "助詞" and toks[j - 1].surface == "と" and j < len(toks))
    ):
        j -= 1
    if j == len(toks) or j == 0:
        return body
    last = toks[j - 1]
    tail = "".join(t.surface for t in toks[j:])
    ends_on_noun = last.pos1 in ("名詞", "接尾辞") and last.pos2 != "数詞"
    verb_suru = toks[j].base in ("する", "為る")  # 減便し(た): a noun made a verb
    if ends_on_noun and (
        "サ変" in last.pos3
        or verb_suru
        or re.fullmatch(r"(?:と)?(?:なる|なり|なった|だ|だった|である|であった|です|でした)", tail)
    ):
        return "".join(t.surface for t in toks[:j])
    if last.pos2 == "数詞" or last.pos2 == "助数詞可能" or last.pos1 == "名詞":
        if re.fullmatch(r"(?:と)?(?:なる|なり|なった|だ|だった|である|であった|です|でした)", tail):
            return "".join(t.surface for t in toks[:j])
    return body


def _condense_ja(sentence: str) -> str:
    text = _drop_parens(sentence)
    quote = _JA_QUOTE.search(text)
    speaker = _JA_SPEAKER.match(text[: quote.start()]) if quote else None
    if quote and speaker:
        first = _quoted_point(re.split(r"(?<=[。！？])", quote.group(1))).rstrip("。")
        return f"{speaker.group(1)}「{first}」"
    # a quotation nobody in the sentence says (「賛成」と答えた人は計52%) is condensed as text
    text = _JA_CONNECTIVE.sub("", text)
    rest = _JA_OPENER.sub("", text)
    if len(rest) >= len(text) * 0.5:
        text = rest
    text = _JA_SAID_DAY.sub(r"\1", text)
    clauses = _ja_clauses(text)
    if len(clauses) > 1:
        kept: list[str] = []
        topic = ""
        facts = [_carries_fact(c) for c in clauses]
        for k, clause in enumerate(clauses):
            last = k == len(clauses) - 1
            if facts[k] or (last and not any(facts)):
                kept.append(clause)
            elif not topic and not kept:
                topic = _topic_of(clause)
        if kept and kept[-1] != clauses[-1] and not _closes(kept[-1].rstrip("、，")):
            kept.append(clauses[-1])  # 「…を設けず、」 cannot end a bullet: keep the main clause
        joined = "".join(kept).rstrip("、，")
        if topic and not _topic_of(joined) and not _has_subject(joined):
            joined = topic + joined
        text = joined
    # what was announced, without the announcing: 「…閉店すると発表した」 → 「…閉店する」,
    # and hearsay: 「…募らないという」 → 「…募らない」
    text = _JA_REPORTED_END.sub("", text.rstrip("。．")) or text
    text = _taigen_dome(text)
    if _ends_with_copula_de(text):
        text = text[:-1]  # …約180人で → …約180人
    return text + "。"


# -- English ---------------------------------------------------------------------

_EN_OPENER = re.compile(
    r"^(?:However|But|And|Also|Meanwhile|Still|Yet|In addition|Instead|Since then|So|Even so|"
    r"As a result|By contrast|In contrast|After that|On top of that|In all|In total|Overall|All told|"
    r"According to [^,]{1,60}|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),\s+"
)
# "also" after the subject links to what came before, as 「また、」 does:
# "Brackwater also cut its guidance" (not "not only … but also")
_EN_ALSO = re.compile(r"(?<=[A-Za-z’'])(?<!\bbut) also (?=[a-z])")
# a conjunction that opens the sentence without a comma: "But the agency found…"
_EN_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|Still) (?=[A-Za-z])")
# a short opening phrase that sets the scene (At the same time, / In the meantime, /
# For now,): no figure, no name, no condition in it, so the bullet loses nothing with it
_EN_SCENE = re.compile(
    r"^(?:At|In|For|On|Over|After|During|Since|Under) [a-z]+(?: [a-z]+){0,3}, (?=[a-z]|[A-Z][a-z]+ )"
)
# a closing clause without a comma that says why or while: "…six weeks while the damage is assessed"
_EN_WHY = re.compile(r" (?:while|because|so that) [^,;“”\"0-9]{6,}$")
# reported speech by a pronoun: "She said the airport expected…" — what was said stands alone
_EN_PRONOUN_SAID = re.compile(
    r"^(?:He|She|They) (?:said|says|added|told [a-z ]{2,30}?|expects|expected|believes) "
    r"(?:that )?(?=(?:the|a|an|its|their|about|some|more|only|most|all|nearly|almost|around|"
    r"[a-z]+ (?:will|would|had|has|was|were|is|are))\b|[0-9$£€]|[A-Z][a-z])"
)
# a pronoun's clause that announces a list: "He attached strict conditions: no flights…"
_EN_ANNOUNCED = re.compile(r"^(?:He|She|It|They|This|These|Its|Their)\b[^:“”\"]{0,80}: (?=\S)")
_EN_QUOTE_TAIL = re.compile(
    r"^([“\"])(.+?)[,.]?[”\"],? (?:(?:he|she|they|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) )?"
    r"(?:said|says|added|adds|told|warned)\b.*$"
)
# the speaker's name after "said": said the council leader, Amara Okafor / said Dr. Helen Achterberg
_EN_SPEAKER = re.compile(
    r"\b(?:said|says|added|adds|told|warned)\b(?: [^,]{0,60},)? ((?:Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.)? ?"
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})"
)
_EN_SAID_APPOSITIVE = re.compile(
    r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}), [^,]{3,80}, (said|says|warned|argued)\b"
)
_EN_INNER = re.compile(
    r", (?:who|which|whose|where)\b[^,;“”\"]*,"
    # a qualifier between commas: "25 permanent jobs, mostly technicians, along with…"
    r"|, (?:mostly|mainly|largely|chiefly|many of them) [^,;“”\"]{3,40},(?= [a-z])"
    # a past participle's phrase or an "including" list between commas: ", published on
    # Wednesday in the journal Microbial Frontiers," / ", including brown trout and grayling,"
    r"|, (?:[a-z]{3,}ed|including) (?:on|in|by|at|from|with|for|to|as|[a-z]+ and) [^,;“”\"]{3,60},"
    r"(?= [a-z])"
)
# an appositive after a name, mid-sentence: "to allow Southwake Space, a company that
# downloads data from small satellites, to build six antennas"
_EN_APPOSITIVE = re.compile(r"(?<=\s)([A-Z][\w'’.-]*)(, (?:a|an) [a-z][^,;“”\"]{8,100},)(?= [a-z])")
_EN_WHEN = re.compile(
    r" (?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:night|morning|afternoon|evening))?\b"
)
_EN_AND = re.compile(r"(, (?:and|but|while) (?=[a-z])|; )")
_EN_TAIL = re.compile(
    # a participle that adds a consequence: ", allowing larger ships to…", ", meaning extra beds…"
    r", (?!(?:during|including|nothing|something|anything|everything|morning|evening)\b)"
    r"[a-z]{2,}ing\b(?! (?:to|on|in|at|of|for|from|with|by)\b [^,]*[0-9])"
    # a noun phrase that sums up the sentence: ", a move that would take…", ", the formal
    # declaration that…"
    r"|, (?:a|an|the) (?:[a-z]+ ){0,2}[a-z]+ (?:that|which|who)\b"
    r"|, (?:after|while|although|though|because|since|which|who|when|pointing|saying|adding|with|"
    r"mainly|largely|partly|to be|according to|a company|a shipyard|an? [a-z]+ (?:at|in|of|from))\b"
    r"| because\b"
)
# "The council says the harbour…": who reports it, before what is reported
_EN_REPORTED = re.compile(
    r"^(The [a-z’'-]+(?: [a-z’'-]+){0,2}"
    # or a named body (not a person, whose view keeps its name): Wendlecombe County Council
    r"|(?:[A-Z][\w'’.-]+ (?:&|of|[A-Z][\w'’.-]+ ){0,3})?(?:Council|Ministry|Department|Board|"
    r"Authority|Agency|Company|Group|Bank|University|Police|Court|Tribunal|Commission|Office|"
    r"Service|Services|Transit|Ltd|Inc|plc|Corporation|Association|Institute|Trust))"
    r" (?:says|said|reports|reported|announced|confirmed|estimates|estimated) (?:that )?"
    r"(?=[a-z]+ [a-z])"
)
# "Chief executive Fiona Hartigan said the chain would…"
_EN_PERSON_SAID = re.compile(
    r"^(?:[A-Z][a-z]+(?: [a-z]+){0,2} )?(?:(?:Dr|Mr|Mrs|Ms|Prof)\. )?[A-Z][a-z'’-]+ [A-Z][a-z'’-]+"
    r"(?:, [^,]{3,60},)? (?:said|says) (?:that )?(?=(?:the|a|an)\b)"
)
# "…, the city council announced." at the end
_EN_REPORTED_TAIL = re.compile(
    r", (?:(?:the |a )?[a-z’' -]{2,40}|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r" (?:said|says|announced|reported|confirmed)"
    # where and when: "…, the sport's governing body announced in Lausanne on Friday night."
    r"(?: in [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?(?: (?:last|on) [A-Z]?[a-z]+(?: [a-z]+)?)?$"
    # "…, said Dr Fergal Quinlan, the chief inspector."
    r"|, (?:said|says) (?:the )?[^,“”\"0-9]{2,60}(?:, [^,“”\"0-9]{2,60})?$"
)
# "…on 3 June, the port authority said, allowing…": who reports it, in the middle
_EN_REPORTED_INSIDE = re.compile(
    r", (?:(?:the |a )?[a-z’' -]{2,40}|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r" (?:said|says|announced|reported|confirmed),(?= )"
)
# "The numbers: the market had 38 stalls": a lead-in before a colon
_EN_LEAD_IN = re.compile(r"^(?:The|A|An|In) [a-z]+(?: [a-z]+){0,2}: (?=[a-z])")
_PRONOUNS = frozenset("He She It They This That These Those We I There".split())
_EN_PAREN = re.compile(r" ?\([^()]*\)")
# a possessive that opens the sentence points back; the bullet stands without it
_EN_POSSESSIVE = re.compile(r"^(?:Its|Their|His|Her) (?=[A-Z0-9]|[a-z]+ (?!of\b))")
_EN_POSSESSIVE_ROLE = re.compile(r"^(?:Its|Their|His|Her) [\w'’ -]{1,40}?, [A-Z]")


_EN_AND_THAT = re.compile(r"(,? and) that (?=[a-z0-9])")


def _condense_en(sentence: str) -> str:
    text = sentence.strip()
    quote = _EN_QUOTE_TAIL.match(text)
    if quote:
        first = _quoted_point(re.split(r"(?<=[.!?])\s+", quote.group(2)), " ").rstrip(".,")
        name = _EN_SPEAKER.search(text[quote.end(2) :])
        return f"{name.group(1)}: “{first}.”" if name else f"“{first}.”"
    text = _EN_PAREN.sub(lambda m: m.group(0) if _DIGIT.search(m.group(0)) else "", text)
    text = _EN_OPENER.sub("", text)
    text = _EN_CONJUNCTION.sub("", text)
    text = _EN_ALSO.sub(" ", text, count=1)
    text = _EN_SCENE.sub("", text)
    text = _EN_ANNOUNCED.sub("", text)
    said = _EN_PRONOUN_SAID.match(text)
    if said:  # "She said a ward would open…, and that the region…" → "A ward would open…, and the region…"
        text = text[said.end() :].replace(", and that ", ", and ")
    if not _EN_POSSESSIVE_ROLE.match(text):  # "Its regional secretary, Declan Fairhurst," stays
        text = _EN_POSSESSIVE.sub("", text)  # Its UK sales fell → UK sales fell
    text = _EN_SAID_APPOSITIVE.sub(r"\1 \2", text)
    text = _EN_INNER.sub(lambda m: m.group(0) if _DIGIT.search(m.group(0)) else "", text)
    text = _EN_APPOSITIVE.sub(
        lambda m: m.group(0) if _DIGIT.search(m.group(2)) else m.group(1), text
    )
    text = _EN_WHEN.sub("", text)
    if not re.search(r"[“”\"]", text):
        text = _EN_REPORTED_INSIDE.sub(",", text)
    text = _EN_LEAD_IN.sub("", text)
    reported = _EN_REPORTED.match(text)
    if reported and not _DIGIT.search(reported.group(0)) and reported.group(1) not in _PRONOUNS:
        rest = text[reported.end() :]
        # "The group said its wage bill rose" → "The group’s wage bill rose"
        own = re.match(r"(?:its|their) (?=[a-z])", rest)
        # "The driver estimates he carried…" → "The driver carried…": the pronoun
        # is the reporter, whom no sentence before may name
        same = re.match(r"(?:he|she|it|they) (?=[a-z])", rest)
        if own:
            text = f"{reported.group(1)}’s {rest[own.end() :]}"
        elif same:
            text = f"{reported.group(1)} {rest[same.end() :]}"
        else:
            text = rest
        # what was said, without the saying: "…branches and that it expected…" → "…and it…"
        text = _EN_AND_THAT.sub(r"\1 ", text)
    person = _EN_PERSON_SAID.match(text)
    if person and _DIGIT.search(text[person.end() :]) and not _DIGIT.search(person.group(0)):
        # a person's report of figures (a plan, a result) stands without them;
        # a view without figures keeps its name
        text = _EN_AND_THAT.sub(r"\1 ", text[person.end() :])
    body = text.rstrip(".!?")
    for head in _EN_TAIL.finditer(body):
        tail = body[head.start() :]
        # a subordinate clause goes, names and all, unless it carries a figure or a quote
        if head.start() > len(body) * 0.25 and not re.search(r"[0-9;“”\"]", tail):
            # "rose by £14.2m, mostly because…" loses its "mostly" with the clause
            body = re.sub(r",? (?:mostly|largely|partly|mainly|chiefly)$", "", body[: head.start()])
            break
    why = _EN_WHY.search(body)
    if why and why.start() > len(body) * 0.4:
        body = body[: why.start()]
    pieces = _EN_AND.split(body)  # clause, separator, clause, ...
    if len(pieces) > 1 and "“" not in body:
        kept = [pieces[0]]
        for sep, clause in zip(pieces[1::2], pieces[2::2], strict=True):
            if _EN_FIGURE.search(clause):
                kept += [sep, clause]
        body = "".join(kept)
    body = _EN_REPORTED_TAIL.sub("", body.rstrip(",;: "))
    return (body[:1].upper() + body[1:] + ".") if body else sentence


# -- who "it" is ------------------------------------------------------------------

# A bullet that opens on a back-reference to an actor: 同社は, 同氏が, "It will", "Its shares".
_JA_BACK_REF = re.compile(r"^同(社|氏|市|町|村|県|省|庁|局)(?=は|が|の|も)")
_EN_BACK_REF = re.compile(r"^(It|They|He|She)(?= [a-z])|^(Its|Their|His|Her)(?= [a-z])")
# an actor as a sentence names it: 冷凍食品大手の桜木食品は / 霧野原市議会は (topic or subject)
_JA_ACTOR = {
    "社": re.compile(
        r"([一-龥ァ-ヴーA-Za-zＡ-Ｚ&＆]{2,12}(?:社|会社|銀行|食品|工業|電機|製薬|商事|証券|ホールディングス))(?:は|が|の)"
    ),
    "氏": re.compile(r"([一-龥]{2,6})(?:（[^）]*）)?(?:氏|さん)"),
}
_JA_PLACE = re.compile(r"([一-龥ァ-ヴー]{1,6}?)(市|町|村|県|省|庁|局)")
# an English actor at the start of its sentence: "Orrin & Pike, the bakery chain, reported…",
# "The council said…", "Chief executive Fiona Hartigan said…"
_EN_VERBS = (
    "said|says|is|was|are|were|has|had|have|will|would|could|can|expects|plans|reported|announced"
)
_EN_ACTOR = (
    re.compile(
        # not "The third was…" (one of a list) nor "The works opened…" (a verb)
        r"^(The (?!(?:first|second|third|fourth|fifth|last|next|other|same|rest|latter|former)\b)"
        # "The council’s shuttle bus has…": an owner's noun phrase
        r"[a-z]+(?:(?:[’']s)? (?!(?:"
        + _EN_VERBS
        + r")\b)(?![a-z]+(?:ed|(?<![su])s)\b)[a-z]+){0,2})"
        r"(?:, [^,]{3,60},)? "
        # then its verb: "The council will…", "The group reported…" (not "The strain grew so…")
        r"(?=(?:" + _EN_VERBS + r"|[a-z]+ed|[a-z]+s|did|does|may|must|should)\b)"
    ),
    re.compile(
        r"^(?:[A-Z][a-z]+(?: [a-z]+){1,2} )?"  # a role first: Chief executive Fiona Hartigan
        r"([A-Z][\w'’.-]*(?: (?:&|of|and|[A-Z][\w'’.-]*))*)(?:, [^,]{3,60},)? (?=[a-z]+\b)"
    ),
)
_EN_PERSON = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z'’-]+)\b")
# two capitalised words that name a place or a body, not a person: Lake Carrow, Pine
# Flat, Westport University
_EN_NOT_PERSON = re.compile(
    r"\b(?:University|College|School|Council|Hospital|Street|Road|Park|Lake|Bridge|Flat|Station|"
    r"Square|Yard|Hall|House|Centre|Center|Court|Bay|River|Valley|Heights|Hill|Island|Port|"
    r"Airport|Line|Party|Union|Group|Bank|Company|Trust|Board|Office|Department|Ministry|Agency|"
    r"Authority|Service|Services|Region|County|City|District|Festival|Market|Museum|Library|"
    r"Wood|Forest|Beach|Harbour|Harbor|Theatre|Theater|Stadium|Foods|Health)\b"
    r"|^(?:Lake|Mount|Port|Fort|St|North|South|East|West|New|Upper|Lower|Great|Little)\b"
)
# a person as the article introduces one: with a role or a title before the name,
# a role after it, or saying something (Chief executive Fiona Hartigan; said Dr. Naomi
# Feld; Sandra Meijer, the hospital's director; Marcus Hale said)
_EN_ROLE = (
    r"(?:executive|director|chief|chair|chairman|chairwoman|president|mayor|leader|minister|"
    r"secretary|spokesman|spokeswoman|spokesperson|manager|officer|councillor|superintendent|"
    r"coach|professor|judge|inspector|organiser|organizer|founder|owner|head|member|resident|"
    r"author|writer|researcher|scientist|doctor|nurse|teacher|principal|farmer|commissioner)"
)
_EN_NAME = r"([A-Z][^\W\d_]+(?: [A-Z][^\W\d_'’-]+)+)"
_EN_INTRODUCED = re.compile(
    rf"(?i:\b{_EN_ROLE},? )(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?{_EN_NAME}"
    rf"|\b(?:Dr|Mr|Mrs|Ms|Prof)\.? {_EN_NAME}"
    rf"|\b(?:said|says|added|told|warned)\s+{_EN_NAME}"
    rf"|{_EN_NAME}(?=,? (?:said|says|added|told|warned|who|, (?:the|a|an) [a-z]))"
)
# a surname alone, saying something: "Morrow, who lives in Quillhaven, said…"
_EN_SURNAME = re.compile(
    r"(?:^|(?<=[.;] ))([A-Z][^\W\d_'’-]+)(?=,? (?:said|says|added|told|who)\b)"
)
# a bullet whose "it" is no actor ("It is the largest…", "It depends on…"), or
# someone's words ("It lets a small airline like ours…")
_EN_IMPERSONAL = re.compile(r"^It(?: (?:is|was|depends|seems|means|matters)\b|[’']s\b)")
_EN_SPOKEN = re.compile(r"[“”\"]|\b(?:we|our|ours|us|I|my)\b")
_EN_ANY_PERSON = re.compile(r"[A-Z][^\W\d_]+ [A-Z][^\W\d_'’-]+")


_JA_KIND_OF = re.compile(r"[一-龥]{1,2}会社")


def _ja_actor(kind: str, before: list[str]) -> str:
    # the company the lead names is the story's: 「冷凍食品大手の桜木食品は…」 makes a
    # later 「冷凍食品の売り上げ」 no company
    lead = {m.group(1) for t in before[:1] for m in _JA_ACTOR["社"].finditer(t)} - {""}
    lead = {n for n in lead if not n.startswith("同") and not _JA_KIND_OF.fullmatch(n)}
    for text in reversed(before):
        if kind in _JA_ACTOR:
            found = [m.group(1) for m in _JA_ACTOR[kind].finditer(text)]
            # not 子会社 / 鉄道会社: a kind of company, not one
            names = [n for n in found if not n.startswith("同") and not _JA_KIND_OF.fullmatch(n)]
            if kind == "社" and lead:
                names = [n for n in names if n in lead]
        else:
            names = [m.group(0) for m in _JA_PLACE.finditer(text) if m.group(2) == kind]
            names = [n for n in names if not n.startswith("同") and len(n) >= 2]
        if names:
            name = names[-1] if kind == "氏" else names[0]
            return name.split("の")[-1] + ("氏" if kind == "氏" else "")
    return ""


def _en_actor(pronoun: str, before: list[str]) -> str:
    for text in reversed(before):
        if pronoun in ("He", "She", "His", "Her"):
            found = [
                (m.start(), name)
                for m in _EN_INTRODUCED.finditer(text)
                for name in m.groups()
                if name and not _EN_NOT_PERSON.search(name)
            ]
            found += [
                (m.start(), m.group(1))
                for m in _EN_SURNAME.finditer(text)
                if m.group(1) not in _PRONOUNS
                and m.group(1) != "The"
                and _named_inside(m.group(1), before)
            ]
            if found:
                return max(found)[1]
            continue
        for pattern in _EN_ACTOR:
            m = pattern.match(text)
            if not m or m.group(1) in _PRONOUNS:
                continue
            if _person(m.group(1)):
                continue  # a person is "he" or "she", not "it"
            name = m.group(1)
            if name.split()[-1] in ("of", "and", "&"):
                continue  # "Supporters of…": no name
            plural = re.search(r"(?<![sui])s$", name) is not None  # not "bus", "business"
            if name.startswith("The ") and plural != pronoun.startswith("The"):
                continue  # "they" are plural, "it" is not: "The universities", "The council"
            if " " not in name and ("-" in name or not _named_inside(name, before)):
                continue  # "For…", "Gram-negative…": a capital only as the sentence's first word
            if " " not in name and any(
                name in p.split() for t in before for p in _EN_ANY_PERSON.findall(t)
            ):
                continue  # "Marchetti…": a person's surname, not what "it" is
            return name
    return ""


def _person(name: str) -> bool:
    """Fiona Hartigan, Stallholder Gráinne Foley; not Orrin & Pike nor Westport University."""
    if _EN_NOT_PERSON.search(name):
        return False
    words = name.split()
    if len(words) >= 3 and re.fullmatch(r"[A-Z][a-z]+(?:er|or|ist|man|woman)", words[0]):
        words = words[1:]  # a role before the name
    return bool(_EN_ANY_PERSON.fullmatch(" ".join(words)))


def _named_inside(word: str, texts: list[str]) -> bool:
    """``word`` is capitalised inside a sentence too, so a name (Paddyline), not "For"."""
    pattern = re.compile(rf"(?<=\S )\b{re.escape(word)}\b")
    return any(pattern.search(t) for t in texts)


def resolve_subject(bullet: str, before: list[str], lang: str) -> str:
    """``bullet`` with an opening 同社 / "It" replaced by the actor it points back to.

    ``before`` is the article's text before the sentence, nearest last; the
    actor is the nearest one of the right kind (a company for 同社, a person
    for 同氏 / "she", the subject of a sentence for "it"). The bullet is
    returned unchanged when no actor is found.
    """
    if lang == "ja":
        m = _JA_BACK_REF.match(bullet)
        actor = _ja_actor(m.group(1), before) if m else ""
        return actor + bullet[m.end() :] if m and actor else bullet
    if lang in ("zh",):
        return bullet
    m = _EN_BACK_REF.match(bullet)
    if not m or _EN_IMPERSONAL.match(bullet) or _EN_SPOKEN.search(bullet):
        return bullet  # "It is the largest…" / someone's words: no actor to name
    actor = _en_actor(m.group(1) or m.group(2), before)
    if not actor:
        return bullet
    if m.group(2):  # Its shares → Orrin & Pike’s shares
        return (
            f"{actor}’s{bullet[m.end() :]}"
            if not actor.endswith("s")
            else f"{actor}’{bullet[m.end() :]}"
        )
    return actor + bullet[m.end() :]
