"""How one digest figure the source does not state as written is judged.

The digest sentence is aligned with the source sentences it restates; then, in
order (:mod:`.verdict`): a figure the digest works out beside its operands (a
share in apposition, a converted temperature); a copy with two digits swapped; a
value derived from the source's figures (a sum, a difference, a share, years
since) — ``info``; a change, total, share or count of years the figures do not
give — ``error``; a figure of the same kind that the sentences restated state in
its place — ``error``; anything else — ``unsupported``, a ``warning``.

The modules, by role:

- :mod:`.figure`: the digest figure in its sentence, with the source sentences
  it restates, and the small readings every role shares;
- :mod:`.levels`: levels and steps — the level before a change, a rate between
  two levels, percentage points between two rates, ranges around a centre;
- :mod:`.shares`: parts of a whole — shares, one in N, votes cast, excess over
  the whole;
- :mod:`.sums`: sums, gaps, products and averages of figures the source states;
- :mod:`.spans`: spans of time — days between dates, hours between clock times,
  months left of a year, an amount spread over years;
- :mod:`.mistakes`: changes, totals and counts of years the source's figures do
  not give (errors worked out, not copied);
- :mod:`.counterparts`: the source figures of the same kind that the sentences
  restated state in the figure's place (rivals), swaps and points findings;
- :mod:`.beside`: figures judged against the operands their own sentence states
  (a share beside its part, a per-unit figure beside its total and count).
"""

from yoten.check.judge.beside import (
    worked_out_beside,
    wrong_change_beside,
    wrong_per_unit_beside,
    wrong_points_beside,
    wrong_rounded_total,
    wrong_share_beside,
)
from yoten.check.judge.counterparts import points_finding, swapped_finding
from yoten.check.judge.verdict import judge

__all__ = [
    "judge",
    "points_finding",
    "swapped_finding",
    "worked_out_beside",
    "wrong_change_beside",
    "wrong_per_unit_beside",
    "wrong_points_beside",
    "wrong_rounded_total",
    "wrong_share_beside",
]
