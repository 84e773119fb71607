"""Dates and years: each one a digest states must be supported by the source.

Supported means the source states it (``June 20, 2024``, ``in 2022``, the
``1950s``, ``last year``, ``Thursday``), or the publication date gives it
(``9日`` in an article dated May 9; ``今年`` in an article from this year).
Relative words in either text are resolved against the publication date in
the outlet's own time zone.

``1日`` before a rate's figure (1日26隻, 1日あたり) is "per day", not the 1st.
``n世紀`` with a span word (3世紀にわたり, 約3世紀) is a count of centuries, left to
the numbers check; a bare one is supported by the n-th century (``19th
century``, a year or decade in it, ``the 1800s``) or by a span of n centuries
(``three centuries``, ``300 years``).

The package reads dates in the digest (:mod:`.scan`) and in the source
(:mod:`.facts`; spans of months, quarters and fiscal years in :mod:`.periods`,
month names in :mod:`.months`), and judges them (:mod:`.verdict`), with two checks of their
own: a day written with the wrong weekday (:mod:`.weekdays`) and a 日本時間
conversion (:mod:`.japan_time`).
"""

from __future__ import annotations

from yoten.check.dates.facts import SourceDates, source_dates
from yoten.check.dates.scan import DateRef, find_dates
from yoten.check.dates.verdict import check_dates

__all__ = ["DateRef", "SourceDates", "check_dates", "find_dates", "source_dates"]
