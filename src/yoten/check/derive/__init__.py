"""Values a translator derives from the source's figures: shown as ``info``, never errors.

- sums and differences of two figures that count the same thing (4,300
  schools + 260 hospitals is no count of schools);
- percentage-point differences of two percentages (6.2% − 5.8% = 0.4ポイント);
- shares of two counts (51 of 72 → 約7割, 9 of 12 → 4分の3);
- a percentage the digest sentence states applied to a figure of the sentence it
  restates (1,800 tonnes, その60%にあたる1080トン; 500, 12%増の560);
- years since a year the source names (founded in 1901 → 120年以上).

Figures in the aligned source sentences may combine within the digest's own
rounding (or 3% with 約); figures anywhere in the source only exactly, since
over a whole article some pair would match any value by chance.
"""

from yoten.check.derive.basics import identical
from yoten.check.derive.values import (
    derive,
    derived_level,
    listed_count,
    per_unit,
    rest_of_hundred,
    rounds_digest_figure,
    share_part,
)
from yoten.check.derive.wrong import (
    APPOSED_SHARE,
    EACH_WORD,
    RANGE_DASH,
    apposed_share,
    converted_duration,
    converted_measure,
    converted_temperature,
    marks_share,
    multiple_of_rate,
    named_total,
    slipped_change,
    wrong_change,
    wrong_margin,
    wrong_multiple,
    wrong_per_unit,
    wrong_remainder,
    wrong_share,
    wrong_total,
)
from yoten.check.derive.years import (
    FOUR_DIGIT_YEAR,
    counts_calendar_years,
    counts_years_since,
    span_named,
    wrong_years_since,
    years_between,
    years_count_span,
    years_since_named,
)

__all__ = [
    "APPOSED_SHARE",
    "EACH_WORD",
    "FOUR_DIGIT_YEAR",
    "RANGE_DASH",
    "apposed_share",
    "converted_duration",
    "converted_measure",
    "converted_temperature",
    "counts_calendar_years",
    "counts_years_since",
    "derive",
    "derived_level",
    "identical",
    "listed_count",
    "marks_share",
    "multiple_of_rate",
    "named_total",
    "per_unit",
    "rest_of_hundred",
    "rounds_digest_figure",
    "share_part",
    "slipped_change",
    "span_named",
    "wrong_change",
    "wrong_margin",
    "wrong_multiple",
    "wrong_per_unit",
    "wrong_remainder",
    "wrong_share",
    "wrong_total",
    "wrong_years_since",
    "years_between",
    "years_count_span",
    "years_since_named",
]
