"""Parts of a whole: a share of a whole the source states beside its part, the
shares the source's own sentences make, one in N, votes cast, a stated
percentage of an amount, what a share over 100% exceeds the whole by, and the
part a share of a whole gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from yoten.check import rx
from yoten.check.derive import marks_share
from yoten.check.derive.basics import in_figure_units, share_slack, states, within_rounding
from yoten.check.derive.values import MEASURES
from yoten.check.judge.figure import Figure, is_money
from yoten.check.judge.sums import EACH_BEFORE
from yoten.check.quantities import Quantity, equivalent_readings
from yoten.check.relations import read_as_year, same_kind_sources
from yoten.models import Finding


def share_of_source_whole(f: Figure, *, loose: bool = False) -> Finding | None:
    """A share the digest works out of a part its sentence states (顧客のうち11は米国外で、
    約7割を占める) over a whole the source states beside that part, or in the sentences
    the digest restates: derived when one such whole gives it, an error when the
    source has such wholes and none does ("48 satellites for 19 customers, 11 of them":
    11 / 19 = 58%, not 約7割). A part in money or a measure (9500万リットルで、輸出量の
    約4割) is of the one whole of its kind those sentences state. None when q is no
    such share or no whole is found. ``loose``: an amount or a measure anywhere before
    the share in its sentence may be its part (トラックは…支払った通行料は5170万ドルと
    全体の半分を超える(約54%)), and only a derivation is returned, never an error."""
    q, source = f.q, f.source
    shares = [r.value for r in q.readings if r.unit == "percent" and 0 < r.value < 100]
    if not shares or not any(mark in q.span for mark in ("%", "％", "割")):
        return None
    at = q.start - f.start
    # (or, loose, a share in brackets after the words it makes exact: 半分を超える(約54%))
    if not marks_share(q, f.piece.text) and not (
        loose and _BRACKETED.search(f.sentence, max(0, at - 4), at)
    ):
        return None
    before = [o for o in f.stated if o.end <= at and _partlike(o)]
    if not before:
        return None
    part = before[-1]
    if (
        not loose
        and not ("count" in part.units or "any" in part.units)
        and not _PART_RIGHT_BEFORE.fullmatch(f.sentence, part.end, at)
    ):
        return None  # (an amount or a measure: only the one the share is written right after)
    given = [s for s in source.quantities if _partlike(s) and states(part, s)]
    if len({s.figure for s in given}) != 1:
        return None
    counted = "count" in given[0].units
    homes = {h for s in given if (h := source.sentence_of(s.start)) is not None}
    # (each whole with the part's fraction of it, read once)
    pool = source.quantities_in([*homes, *f.aligned])
    if not counted:
        # (or the story's own figure of that measure, in its lead: 輸出量の約3割 for
        # "taking 31,500 tonnes", with "exports rose … to 162,000 tonnes" the lead's)
        pool += [s for s in source.lead_quantities if s not in pool]
    fractions = [
        (w, fraction)
        for w in pool
        if ("count" in w.units if counted else same_kind_sources(given[0], w))
        and 0 < (fraction := _fraction_of(given[0], w)) < 1
        and not read_as_year(w, source.text)
        and "ordinal" not in w.units
    ]
    if not fractions:
        return None
    wholes = [w for w, _fraction in fractions]
    tolerance = share_slack(q, shares[0])
    tried = []
    for w, fraction in fractions:
        ratio = 100 * fraction
        shown = f"{part.span.strip()} / {w.span.strip()} = {ratio:.1f}%"
        if any(min(abs(ratio - v), abs(100 - ratio - v)) <= tolerance for v in shares):
            return f.derived(shown)
        tried.append((min(abs(ratio - v) for v in shares), shown))
    # an error only where the source itself makes the part one of a whole it states
    # beside it ("for 19 customers, 11 of them"); "16,000 of the claims" names a whole
    # it counts elsewhere, maybe nowhere the digest restates
    whole_beside = any(_OF_THEM.match(source.text, s.end) for s in given) and any(
        source.sentence_of(w.start) in homes for w in wholes
    )
    # (or the one whole of the part's measure the sentences restated state, where the
    # digest names a whole for the share: 9500万リットルで、輸出量の約4割 for "95 million
    # litres" and "exported 340 million litres"; not 全体の, a total it may sum itself)
    one_whole = (
        not counted
        and len({w.figure for w in wholes}) == 1
        and not _OF_ALL.search(f.piece.text, max(0, q.start - 6), q.start)
    )
    if loose:
        return None
    return f.contradicted(min(tried)[1]) if whole_beside or one_whole else None


def _fraction_of(part: Quantity, whole: Quantity) -> float:
    """``part`` over ``whole``, in a unit both are read in (the counts of a count);
    0 when they share none."""
    if "count" in part.units & whole.units:
        return part.figure / whole.figure if whole.figure else 0.0
    for rp in equivalent_readings(part.readings):
        for rw in equivalent_readings(whole.readings):
            if rp.unit == rw.unit and rw.value > 0:
                return rp.value / rw.value
    return 0.0


def _partlike(o: Quantity) -> bool:
    """A count, an amount of money or a measure: a figure a share may be a part of."""
    return bool(o.units & {"count", "any"} or is_money(o) or o.units & (MEASURES - {"speed"}))


_BRACKETED = rx.compile(r"[(（](?:約|およそ)?$")
# 9500万リットルで、輸出量の約4割: the share written right after its part
# (or after the clause that takes it: 3万1500トンを購入し、輸出量の約3割; not その約4割)
_PART_RIGHT_BEFORE = rx.compile(
    r"(?:(?:で|と|は|が|を)?[、,]?|を[^\d、。]{1,5}[しで][、,](?!その|これ))[^\d、。]{0,8}の(?:約|およそ|ほぼ)?"
)
# 全体の約4割: a share of a total the digest may sum itself
_OF_ALL = rx.compile(r"(?:全体|合計|総数|総額|全体量)の(?:約|およそ|ほぼ)?$")


# "570 of the 1,878 households", "12 sur 40", "1,878世帯のうち570世帯": a part, then its whole
_PART_OF = rx.compile(
    r"\s*(?:(?:out\s+)?of|sur|von|de)\s+(?:(?:the|its|their|all|les|des|den|der|die|los|las)\s+)?$",
    re.IGNORECASE,
)
_WHOLE_THEN_PART = rx.compile(r"(?:のうち|中)$")
# "Of those, 146,000 came from overseas", "Of the containers lost, 31 held …": a part
# of the whole the sentence before counts
_OF_THOSE = rx.compile(
    r"(?:^|(?<=[.!?])\s+)(?:Of|Among)\s+(?:those|them|these|the\s+[^,.;]{1,40}?),\s*$",
    re.IGNORECASE,
)
# "312 people … last month, including 57 who": the whole, then a part of it
_INCLUDING = rx.compile(
    r"[^\d.;:]{0,80}?\b(?:including|among\s+them|of\s+whom|of\s+which|dont|darunter|davon"
    r"|entre\s+ellos|de\s+los\s+cuales)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?",
    re.IGNORECASE,
)
_OF_THE_NOUN = rx.compile(r"\s+of\s+(?:the|its|their|all\s+the)\s+(?P<noun>[a-z]{3,})\b")
_SENTENCE_END = rx.compile(r"[.!?]\s+(?=[A-Z\"“])")


def _source_shares(f: Figure) -> set[tuple[float, float, str]]:
    """The parts of a whole the sentences restated state: (part, whole, shown)."""
    source, text = f.source, f.source.text
    figures = [s for s in source.quantities_in(f.aligned) if "count" in s.units or is_money(s)]
    out = set()
    for part in figures:
        home = source.sentence_of(part.start)
        lead = text[home.start if home is not None else 0 : part.start]
        those = _OF_THOSE.search(lead)
        if those is not None:
            # the whole: the one figure of its kind in the sentence before "Of those"
            # (or, further back, the one counted with the noun it names: "Of the
            # containers lost" for "146 containers" two sentences before)
            at = part.start - len(lead) + those.start()
            ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
            named = {w.casefold() for w in re.findall(r"[A-Za-z]{4,}", those.group(0))} - {
                "those",
                "them",
                "these",
                "among",
            }
            kin = [
                w
                for w in source.quantities
                if max(0, at - 600) <= w.start < at
                and w.units == part.units
                and part.figure < w.figure
            ]
            near = [w for w in kin if w.start >= (ends[-1] if ends else 0)]
            if not near and named:
                near = [
                    w for w in kin if w.noun.split()[:1] and w.noun.split()[0].casefold() in named
                ]
            wholes = near if len({w.figure for w in near}) == 1 else []
        else:
            wholes = [
                w
                for w in figures
                if w.units == part.units
                and 0 < part.figure < w.figure
                and (
                    (part.end < w.start and _PART_OF.match(text[part.end : w.start]))
                    or (w.end < part.start and _WHOLE_THEN_PART.search(text[w.end : part.start]))
                    or (w.end < part.start and _INCLUDING.fullmatch(text, w.end, part.start))
                )
            ]
            of_the = _OF_THE_NOUN.match(text, part.end)
            if not wholes and of_the:
                # "About 16,000 of the claims": the one count of claims the article gives
                noun = of_the.group("noun").casefold()
                kin = [
                    w
                    for w in source.quantities
                    if w.units == part.units
                    and part.figure < w.figure
                    and w.noun.split()[:1] == [noun]
                ]
                wholes = kin if len({w.figure for w in kin}) == 1 else []
        for w in wholes:
            if w.figure >= 10 and not read_as_year(w, text) and not read_as_year(part, text):
                out.add((part.figure, w.figure, f"{part.span.strip()} / {w.span.strip()}"))
    return out


# 3.6人に1人, 4社に1社: a share written as one in N
_ONE_IN_AFTER = rx.compile(r"(?P<c>[^\d\s、。]{1,3})に1(?P=c)")


def one_in_n(f: Figure) -> str:
    """N in 3.6人に1人 where a percentage its sentence or the sentences it restates give
    is one in N (約28%、約3.6人に1人: 100 / 28 = 3.57), or ''."""
    q = f.q
    after = f.piece.text[q.end - len(q.counter) if q.counter else q.end :]
    if not _ONE_IN_AFTER.match(after) or not q.figure:
        return ""
    shares = [o for o in [*f.stated, *f.nearby] if o.units == {"percent"}]
    for o in shares:
        value = next(r.value for r in o.readings if r.unit == "percent")
        if value > 0 and within_rounding(q.figure, 100 / value, q, exact=False):
            return f"100 / {o.span.strip()} = {100 / value:.2f} → {q.span.strip()}に1"
    return ""


# "by 71 votes to 12", "voted 27 to 19", "a 5-4 vote": the two sides of a vote
_VOTE_TALLY = rx.compile(
    r"\b(?P<a>\d{1,4})\s+(?:votes?\s+)?(?:to|against|-|–)\s+(?P<b>\d{1,4})\b"
    r"|\b(?P<c>\d{1,3})[-–](?P<d>\d{1,3})\s+(?:vote|decision|ruling)\b",
    re.IGNORECASE,
)


def votes_cast(f: Figure) -> str:
    """The votes cast, as the two sides of a vote the sentences restated give (投票した
    83人 for "approved by 71 votes to 12"): the sum, or ''."""
    if f.q.figure < 3 or not f.q.figure.is_integer():
        return ""
    for s in f.aligned:
        text = s.norm or s.text
        if not re.search(r"\bvot", text, re.IGNORECASE):
            continue
        for m in _VOTE_TALLY.finditer(text):
            a, b = int(m.group("a") or m.group("c")), int(m.group("b") or m.group("d"))
            if a + b == f.q.figure:
                return f"{a} + {b} = {a + b}"
    return ""


# 上回った, 超えた: what a share over the whole exceeds it by
_EXCEEDS_AFTER = rx.compile(r"\s*(?:を|も)?(?:上回|超え|超過|オーバー)")


def excess_over_whole(f: Figure) -> str:
    """What a percentage over 100 its own sentence states exceeds the whole by (収容能力の
    142%で運営され、受け入れ能力を42%上回った: 142% − 100%), or ''."""
    q = f.q
    mine = [r.value for r in q.readings if r.unit == "percent"]
    if not mine or not _EXCEEDS_AFTER.match(f.piece.text, q.end):
        return ""
    for o in f.stated:
        for r in o.readings:
            if (
                r.unit == "percent"
                and r.value > 100
                and any(abs(r.value - 100 - v) < 1e-6 for v in mine)
            ):
                return f"{o.span.strip()} − 100% = {r.value - 100:g}%"
    return ""


def share_of_source_pair(f: Figure) -> Finding | None:
    """A share the digest writes with no whole of its own beside it (約4割の世帯が…,
    来訪者のうち14万6000人、約4割) where the sentences it restates give one part of one
    whole ("570 of 1,878 households"; "418,000 visitors … Of those, 146,000"), the part
    the digest writes if it writes one: that pair settles it, whatever other figures of
    the article give by chance; derived or an error. None when q is no such share or
    the sentences restated give no one such pair."""
    q = f.q
    shares = [r.value for r in q.readings if r.unit == "percent" and 0 < r.value < 100]
    # (a rounded share, 約4割 or 約38%: an exact one, 37.5%, is some other figure's)
    if not shares or not ("割" in q.span or (q.approx and "%" in q.span)):
        return None
    if not marks_share(q, f.piece.text) and "割" not in q.span:
        return None
    # the part: the figure the share is written beside, else one the sentence states;
    # a whole the sentence states too makes it the digest's own share (wrong_share's)
    counted = [o for o in f.stated if o.units - {"percent", "ratio", "point", "year", "ordinal"}]
    parts = [f.share_part] if f.share_part is not None else counted
    pairs = {
        (p, w, shown)
        for p, w, shown in _source_shares(f)
        if (not parts or any(r.value == p for o in parts for r in o.readings))
        and not any(r.value == w for o in counted for r in o.readings)
    }
    if len({p / w for p, w, _shown in pairs}) != 1:
        return None
    part_value, whole_value, shown = pairs.pop()
    ratio = 100 * part_value / whole_value
    shown = f"{shown} = {ratio:.1f}%"
    tolerance = share_slack(q, shares[0])
    # (or the rest of the whole: 約6割が…, the others; not where the share stands
    # beside its part or its part 占める it)
    own = f.share_part is not None or f.piece.text.startswith("を占め", q.end)
    rest = ratio if own else 100 - ratio
    if any(min(abs(ratio - v), abs(rest - v)) <= tolerance for v in shares):
        return f.derived(shown)
    # (the part "each" of a few: 男女の優勝者にはそれぞれ6000ユーロ、合わせて総額の2割
    # for "60 000 euros, dont 6 000 euros pour chaque vainqueur": 2 × 6,000 / 60,000)
    each = [
        o
        for o in parts
        if EACH_BEFORE.search(f.sentence, max(0, o.start - 6), o.start)
        and o.end <= q.start - f.start
    ]
    for k in (2, 3, 4) if each else ():
        if any(abs(k * ratio - v) <= tolerance for v in shares):
            return f.derived(f"{k} × {shown.rsplit(' = ', 1)[0]} = {k * ratio:.1f}%")
    return f.contradicted(shown)


# "11 of them", "310,000 of whom", "dont 118 000": a part of the whole named before it
_OF_THEM = rx.compile(
    r"\s*(?:of\s+(?:them|whom|which|those|these)|de\s+(?:ellos|ellas|los\s+cuales)|davon|dont)\b",
    re.IGNORECASE,
)


def wrong_part_of_share(f: Figure) -> str:
    """The part a share of a whole gives, where the digest sentence writes the whole,
    then the share, then the part right after it (在籍者5万2400人のうち留学生は31%、
    約1万8000人: 52,400 × 31% = 16,244, not 18,000), all three as the source does but
    the part: that arithmetic when q is not it, or ''."""
    q, at = f.q, f.q.start - f.start
    if not q.units & {"count", "any"} and not is_money(q) and not q.units & MEASURES:
        return ""
    share = next(
        (o for o in f.stated if o.end <= at and _PART_AFTER_SHARE.fullmatch(f.sentence, o.end, at)),
        None,
    )
    if share is None:
        return ""
    percent = [r.value for r in share.readings if r.unit == "percent" and 0 < r.value < 100]
    if not any(mark in share.span for mark in ("%", "％", "割")):
        percent = []  # (3分の1: a fraction, often of something else)
    # (the whole the sentence makes the share's: 在籍者5万2400人のうち…31%)
    wholes = [
        o
        for o in f.stated
        if o.end <= share.start
        and (o.units & q.units - {"any"})
        and (not (o.counter and q.counter) or o.counter == q.counter)
        and _WHOLE_OF_SHARE.match(f.sentence, o.end)
    ]
    if not percent or not wholes:
        return ""
    whole = wholes[-1]
    if not all(any(states(o, s) for s in f.source.quantities) for o in (share, whole)):
        return ""
    for rq in q.readings:
        for rw in whole.readings:
            if rq.unit != rw.unit or rw.value <= 0:
                continue
            part = rw.value * percent[0] / 100
            if (
                within_rounding(rq.value, part, q, exact=False)
                or not part / 2 < rq.value < 2 * part
            ):
                return ""  # (right, or no restatement of that part at all)
            return f"{whole.span.strip()} × {share.span.strip()} = {in_figure_units(part, whole, rw.value)}"
    return ""


# 5万2400人のうち, 5万2400人の: a whole a share is then taken of
_WHOLE_OF_SHARE = rx.compile(r"(?:のうち|の中で|中|の)")
# 31%、約1万8000人 / 31%(約1万8000人) / 31%にあたる約1万8000人: the part right after its share
_PART_AFTER_SHARE = rx.compile(r"(?:、|,|[(（]|にあたる|に相当する)(?:約|およそ|ほぼ)?")


# 10%(520万ユーロ), 10%、520万ユーロ, 10%にあたる520万ユーロ: a percentage and its amount
_PERCENT_THEN_AMOUNT = rx.compile(
    r"(?:程度|ほど|前後)?\s*(?:[(（]|、|は|にあたる|に相当する)\s*(?:約|およそ)?\s*"
)


# 事業費の半分、約…; 半額の: a half in words, right before the figure
_HALF_BEFORE = rx.compile(r"の(?:半分|半額)(?:にあたる|に当たる|、|は|の|で)\s*(?:約|およそ)?$")


def stated_percent_of(f: Figure, wholes: Iterable[Quantity]) -> str:
    """How q is a percentage written right before it of the first of the source figures
    ``wholes`` it is one of (固定額の10%(520万ユーロ) for "52 millones": 52 million × 10%;
    事業費の半分、約1億9200万円 for "3億8400万円": a half in words), else '': that share,
    not a slip of scale nor another figure. ``wholes`` is read only where q's sentence
    writes such a percentage or half."""
    q = f.q
    half = _HALF_BEFORE.search(f.sentence, 0, q.start - f.start) is not None
    percents = [
        (o, p)
        for o in f.stated
        # (市長は1割削減を公約: a tenth of something else)
        if _PERCENT_THEN_AMOUNT.fullmatch(f.sentence[o.end : q.start - f.start])
        for p in (r.value for r in o.readings if r.unit == "percent")
    ]
    if not half and not percents:
        return ""
    for s in wholes:
        pairs = [
            (dr.value, sr.value)
            for dr in q.readings
            for sr in s.readings
            if dr.unit == sr.unit and sr.value
        ]
        if half and any(within_rounding(mine, whole / 2, q, exact=False) for mine, whole in pairs):
            return f"{s.span.strip()} ÷ 2 = {q.span.strip()}"
        for o, p in percents:
            if any(abs(100 * mine / whole - p) <= 0.01 * p for mine, whole in pairs):
                return f"{s.span.strip()} × {o.span.strip()} = {q.span.strip()}"
    return ""
