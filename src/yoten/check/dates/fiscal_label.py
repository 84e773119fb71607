"""A fiscal year named by its last month beside the span the digest gives it.

2027-28年度(2027年3月期), 2025年3月期(2025〜26年度), 2026年3月に終わった2025年度(2025年
3月期), 2025/26事業年度(2025年7月1日〜2026年6月30日、2025年6月期): the span beside the
label says when the year ends (in the second year of a split one, on its stated last
day), and a label that ends elsewhere names another year. The span is the source's
("the 2027-28 fiscal year"), so the label contradicts it: an ``error`` with the source
sentences the digest sentence restates as evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.align import sentence_at
from yoten.check.dates.facts import sentence_dates
from yoten.check.dates.scan import DateRef
from yoten.check.normalize import MONTHS
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.i18n import gettext as _
from yoten.models import Finding

if TYPE_CHECKING:
    from yoten.check.dates.facts import SourceDates
    from yoten.check.source import SourceIndex

__all__ = ["label_beside_span", "months_beside_label"]

# 2027-28年度, 2025/26事業年度, 2025〜26年度: a split year, which ends in its second year
_SPLIT_YEAR = r"(?P<y1>\d{4})\s*[-/／–〜~]\s*(?P<y2>\d{2}|\d{4})\s*(?:事業|会計)?年度"
# 2025年7月1日〜2026年6月30日: the span's last day
_SPAN = r"\d{4}年\d{1,2}月(?:\d{1,2}日)?\s*[〜~]\s*(?P<ey>\d{4})年(?P<em>\d{1,2})月(?:\d{1,2}日)?"
# 2026年3月に終わった, 2026年3月末までの: the year's stated end
_ENDED = r"(?P<ny>\d{4})年(?P<nm>\d{1,2})月(?:\d{1,2}日|末)?(?:に終わった|に終わる|で終わる|までの)"
# what may stand between the span and the label: brackets, a comma, a named year
_GAP = r"[\s(（)）、,]*(?:\d{4}年度)?[\s(（)）、,]*"
_BEFORE = rx.compile(rf"(?:{_SPLIT_YEAR}|{_SPAN}|{_ENDED}){_GAP}$")
_AFTER = rx.compile(rf"^[\s(（、,]*(?:{_SPLIT_YEAR}|{_SPAN})")


def _full_year(first: int, second: str) -> int:
    """The second year of a pair as written in full or by its last two digits, in the
    century of the first (2025-26: 2026)."""
    return int(second) if len(second) == 4 else first // 100 * 100 + int(second)


def _stated_end(m: re.Match[str]) -> tuple[int, int | None]:
    """(year, month or None) the matched span ends in."""
    if m.group("y1"):
        return _full_year(int(m.group("y1")), m.group("y2")), None
    if m.groupdict().get("ey"):
        return int(m.group("ey")), int(m.group("em"))
    return int(m.group("ny")), int(m.group("nm"))


def label_beside_span(
    piece: Piece, text: str, ref: DateRef, source: SourceIndex | None
) -> Finding | None:
    """The error for a fiscal year named by its last month (2027年3月期) whose own span,
    written beside it, ends in another year or month; None where none is written."""
    if ref.year is None or ref.month is None or ref.day is not None or ref.month_from is not None:
        return None
    if not text.startswith("期", ref.end):
        return None
    m = _BEFORE.search(text, max(0, ref.start - 40), ref.start) or _AFTER.match(
        text[ref.end + 1 : ref.end + 30]
    )
    if m is None:
        return None
    year, month = _stated_end(m)
    if month is not None and not 1 <= month <= 12:
        return None
    if year == ref.year and month in (None, ref.month):
        return None
    if abs(year - ref.year) > 2:
        return None  # (not a span of this year: a misread)
    from yoten.check.source import evidence

    end = f"{MONTHS[(month or ref.month) - 1]} {year}"
    sentence = sentence_at(text, ref.start)
    return Finding(
        kind=Kind.DATE,
        severity="error",
        section=piece.section,
        span=piece.text[ref.start : ref.end + 1],
        message=_("the fiscal year it names ends in {month}").format(month=end),
        rule=Rule.DATE_CONTRADICTED,
        evidence=evidence(source.align(sentence) if source is not None else []),
    )


# 2023年度(2022年4月〜2023年3月), 2022/23事業年度(2023年10月〜2024年9月), 2025年度(2025年1〜12月):
# a fiscal year's
# twelve months written in brackets after its label, with their years
_MONTHS_BESIDE = rx.compile(
    r"(?P<label>\d{4})(?:\s*[-/／–〜~]\s*(?P<label2>\d{2}|\d{4}))?\s*(?:会計|事業)?年度"
    r"\s*[(（]\s*(?P<span>(?P<y>\d{4})年(?P<a>1[0-2]|[1-9])月?\s*[〜~～\-–]\s*"
    r"(?:(?P<y2>\d{4}|\d{2})年)?(?P<b>1[0-2]|[1-9])月)\s*[)）]"
)


def months_beside_label(
    piece: Piece, text: str, ref: DateRef, facts: SourceDates, source: SourceIndex
) -> Finding | None:
    """The error for the months a digest writes in brackets after a fiscal year it names
    (2023年度(2022年4月〜2023年3月)) where the source says when that year ends, and it
    ends elsewhere: a Japanese source's 2023年度 ends in March 2024, and "Geschäftsjahr
    2022/23, das am 30. September endete" in September 2023. None where the source says
    nothing of that year's end, or the months agree with it."""
    for m in _MONTHS_BESIDE.finditer(text, max(0, ref.start - 20), ref.end + 20):
        if not m.start("span") <= ref.start < m.end("span"):
            continue
        first, last, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if (first - 2) % 12 + 1 != last:
            return None  # (not twelve months)
        # (2022年4月〜23年3月: in the century of the first year)
        end = (_full_year(y, m.group("y2")) if m.group("y2") else y + (last < first), last)
        label, second = int(m.group("label")), m.group("label2")
        if second is not None:  # (a split year ends in its second year)
            years = {_full_year(label, second)}
        elif source.japanese:  # (a Japanese 2023年度 runs April 2023 to March 2024)
            years = {label + 1}
        else:
            return None  # ("FY2025" may end in 2025, or start then: as countries count)
        ends = {e for e in facts.fiscal_ends if e[0] in years and (second or e[1] <= 3)}
        if len(ends) != 1 or end in ends:
            return None
        # (months that end where the sentence restated says its year ends restate it:
        # the label beside them is the slip, judged as a label — "the 2022-23 financial
        # year, the twelve months to May 31, 2023" for 2023〜24年度(2022年6月〜2023年5月))
        restated = source.align(sentence_at(text, ref.start))
        if any(
            end in sentence_dates(s, facts.published, japanese=source.japanese).fiscal_ends
            for s in restated
        ):
            return None
        ((year, month),) = ends
        from yoten.check.source import evidence

        return Finding(
            kind=Kind.DATE,
            severity="error",
            section=piece.section,
            span=m.group("span"),
            message=_("the source's fiscal year ends in {month}").format(
                month=f"{MONTHS[month - 1]} {year}"
            ),
            rule=Rule.DATE_CONTRADICTED,
            evidence=evidence(restated),
        )
    return None
