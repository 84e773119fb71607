"""The digit comparison behind the copying-slip predicates (check/relations.py)."""

from __future__ import annotations

import pytest

from yoten.check.digest_figures import digest_quantities
from yoten.check.quantities import scan_english
from yoten.check.relations import Slip, digits_swapped, digits_transposed, slips, typo_of


def _ja(text: str):
    (q,) = digest_quantities(text)
    return q


def _en(text: str):
    (s,) = scan_english(text)
    return s


@pytest.mark.parametrize(
    ("digest", "source", "slip"),
    [
        ("41%", "14%", Slip.PAIR_REVERSED),
        ("4530人", "4,350 people", Slip.NEIGHBOURS_SWAPPED),
        ("4550人", "4,350 people", Slip.ONE_DIGIT),
        ("12万人", "1.2 million people", Slip.SCALE),
        ("502万トン", "5.2 million tonnes", Slip.ZERO_MOVED),
        ("14時間30分", "13 hours 40 minutes", Slip.NEIGHBOURS_SWAPPED),
    ],
)
def test_each_kind_of_copying_slip_is_told_apart(digest: str, source: str, slip: Slip) -> None:
    assert slip in slips(_ja(digest), _en(source))


@pytest.mark.parametrize(
    ("digest", "source"),
    [
        ("18人", "13 people"),  # two digits differing by one: chance, not a slip
        ("4300人", "4,300 people"),  # the same figure
        ("45%", "14%"),  # other digits
        ("30ドル", "30 people"),  # another unit
    ],
)
def test_figures_that_are_no_slip_give_none(digest: str, source: str) -> None:
    assert not slips(_ja(digest), _en(source))


def test_the_predicates_read_the_one_comparison() -> None:
    assert digits_transposed(_ja("41%"), _en("14%"))
    assert not digits_transposed(_ja("約41%"), _en("14%"))  # a rounded figure keeps no digits
    assert digits_swapped(_ja("4530人"), _en("4,350 people"))
    assert not digits_swapped(_ja("41%"), _en("14%"))  # two digits: reversed, not neighbours
    assert typo_of(_ja("4550人"), _en("4,350 people"))
    assert not typo_of(_ja("約4550人"), _en("4,350 people"))
    # a scale slip away from the sentence restated keeps the source's "about"
    assert not typo_of(_ja("約12万人"), _en("1.2 million people"))
    assert typo_of(_ja("約12万人"), _en("1.2 million people"), near=True)
