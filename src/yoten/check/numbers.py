"""Numbers: every quantity a digest states must have a counterpart in the source.

A digest figure with no counterpart is ``unsupported``; one whose unit the
source uses for a different figure of the same kind (dollars, percent, people,
ships …) is a ``mismatch``. Both are errors. Years and dates are left to
:mod:`yoten.check.dates`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from yoten.check.dates import find_dates
from yoten.check.pieces import Piece
from yoten.check.quantities import (
    COUNTISH,
    DAY_OF_MONTH,
    Quantity,
    equivalent_readings,
    readings_match,
    scan_english,
    scan_japanese,
)
from yoten.check.scores import digest_scores
from yoten.check.source import SourceIndex
from yoten.models import Finding

__all__ = ["check_numbers", "digest_quantities"]

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")

# What a Japanese counter counts, as the English nouns a source puts after the figure.
_PEOPLE = [
    "people",
    "persons",
    "person",
    "residents",
    "workers",
    "employees",
    "staff",
    "staffers",
    "jobs",
    "soldiers",
    "troops",
    "civilians",
    "children",
    "kids",
    "adults",
    "students",
    "pupils",
    "passengers",
    "tourists",
    "visitors",
    "members",
    "officials",
    "patients",
    "deaths",
    "dead",
    "killed",
    "injured",
    "wounded",
    "victims",
    "migrants",
    "refugees",
    "voters",
    "users",
    "customers",
    "subscribers",
    "fans",
    "delegates",
    "lawmakers",
    "runners",
    "athletes",
    "players",
    "doctors",
    "nurses",
    "teachers",
    "pilots",
    "drivers",
    "inhabitants",
    "citizens",
    "nationals",
    "prisoners",
    "hostages",
    "protesters",
    "demonstrators",
    "journalists",
    "scientists",
    "researchers",
    "survivors",
    "individuals",
    "men",
    "women",
    "fatalities",
    "casualties",
    "evacuees",
    "firefighters",
    "police",
    "officers",
    "ministers",
    "candidates",
    "participants",
    "spectators",
    "attendees",
    "volunteers",
    "farmers",
    "miners",
    "crew",
    "sailors",
    "fishermen",
    "infected",
    "residents",
    "engineers",
    "executives",
    "managers",
    "lives",
    "others",
    "americans",
    "britons",
    "chinese",
    "japanese",
    "germans",
    "french",
    "indians",
]
COUNTER_NOUNS: dict[str, frozenset[str]] = {
    "人": frozenset(_PEOPLE),
    "名": frozenset(_PEOPLE),
    "カ国": frozenset(["countries", "nations", "states", "economies", "governments", "members"]),
    "国": frozenset(["countries", "nations", "states", "economies", "governments", "members"]),
    "隻": frozenset(["ships", "vessels", "boats", "warships", "tankers", "submarines", "carriers"]),
    "台": frozenset(
        [
            "vehicles",
            "cars",
            "units",
            "machines",
            "trucks",
            "buses",
            "tanks",
            "trains",
            "robots",
            "devices",
        ]
    ),
    "機": frozenset(
        ["aircraft", "planes", "jets", "drones", "helicopters", "fighters", "satellites"]
    ),
    "発": frozenset(["missiles", "rockets", "rounds", "shells", "shots", "bombs"]),
    "基": frozenset(["reactors", "launchers", "turbines", "towers", "plants", "satellites"]),
    "社": frozenset(
        [
            "companies",
            "firms",
            "businesses",
            "banks",
            "airlines",
            "operators",
            "brands",
            "makers",
            "suppliers",
            "startups",
        ]
    ),
    "件": frozenset(
        [
            "cases",
            "incidents",
            "attacks",
            "deals",
            "applications",
            "complaints",
            "reports",
            "crimes",
            "projects",
            "contracts",
            "bids",
        ]
    ),
    "回": frozenset(["times", "rounds"]),
    "議席": frozenset(["seats"]),
    "席": frozenset(["seats"]),
    "票": frozenset(["votes", "ballots"]),
    "世帯": frozenset(["households", "homes", "families"]),
    "戸": frozenset(["homes", "houses", "households", "units", "apartments"]),
    "棟": frozenset(["buildings", "homes", "houses", "blocks"]),
    "都市": frozenset(["cities", "towns", "municipalities"]),
    "校": frozenset(["schools"]),
    "店": frozenset(["stores", "shops", "outlets", "branches", "restaurants"]),
    "種": frozenset(["species", "varieties", "kinds", "types"]),
    "種類": frozenset(["species", "varieties", "kinds", "types"]),
}
for _k in ("か国", "ヶ国", "ケ国", "ヵ国", "箇国"):
    COUNTER_NOUNS[_k] = COUNTER_NOUNS["カ国"]


def digest_quantities(text: str, *, japanese: bool = True) -> list[Quantity]:
    """The quantities of one piece of digest text, dates left out.

    A digest that is not Japanese (the extractive engine on an English
    article) is read with the English scanner, like its source.
    """
    if not japanese:
        return scan_english(text)
    return scan_japanese(text, skip=[(d.start, d.end) for d in find_dates(text)])


def _same_kind(digest: Quantity, source: Quantity) -> bool:
    """Whether ``source`` states the same kind of thing as ``digest`` (another value of it)."""
    units = {r.unit for r in equivalent_readings(digest.readings)} - {"any"}
    strong = units - COUNTISH
    if strong:
        return bool(strong & {r.unit for r in equivalent_readings(source.readings)})
    nouns = COUNTER_NOUNS.get(digest.counter)
    if nouns and "count" in source.units:
        return any(word in nouns for word in source.noun.split())
    return False


def _distance(digest: Quantity, source: Quantity) -> float:
    best = math.inf
    for dr in equivalent_readings(digest.readings):
        for sr in equivalent_readings(source.readings):
            if dr.unit == sr.unit and dr.value > 0 and sr.value > 0:
                best = min(best, abs(math.log(dr.value / sr.value)))
    return best


def check_numbers(pieces: Iterable[Piece], source: SourceIndex) -> list[Finding]:
    """Findings for digest figures that the source does not state (kinds unsupported, mismatch)."""
    findings: list[Finding] = []
    seen: set[str] = set()
    pieces = list(pieces)
    japanese = any(_JAPANESE.search(p.text) for p in pieces)
    for piece in pieces:
        covered: list[tuple[int, int]] = []
        if japanese:
            covered = _check_scores(piece, source, findings, seen)
        for q in digest_quantities(piece.text, japanese=japanese):
            if q.span in seen or any(a <= q.start and q.end <= b for a, b in covered):
                continue
            if any(readings_match(q, s) for s in source.quantities):
                continue
            if DAY_OF_MONTH in q.extra and q.figure in source.dates.days:
                continue  # 8〜10日に: the 8th to the 10th, days the source gives
            seen.add(q.span)
            same = [s for s in source.quantities if _same_kind(q, s)]
            if same:
                nearest = sorted(same, key=lambda s: _distance(q, s))[:2]
                says = " or ".join(f'"{s.span.strip()}"' for s in nearest)
                findings.append(
                    Finding(
                        kind="mismatch",
                        severity="error",
                        section=piece.section,
                        span=q.span,
                        message=f"the source says {says}",
                    )
                )
            else:
                findings.append(
                    Finding(
                        kind="unsupported",
                        severity="error",
                        section=piece.section,
                        span=q.span,
                        message="the source states no such figure",
                    )
                )
    return findings


def _check_scores(
    piece: Piece, source: SourceIndex, findings: list[Finding], seen: set[str]
) -> list[tuple[int, int]]:
    """Check the score pairs of ``piece`` (6対3) as pairs; the spans they settle.

    A pair the source states (either order) settles its figures; one whose
    numbers the source's scores share only in part (6対3 against "won 6-4") is a
    ``mismatch``. A pair the source has no score for is left to the figures.
    """
    covered: list[tuple[int, int]] = []
    scores = digest_scores(piece.text)
    if scores:  # 1-9月 is a span of months, not a score
        dates = [(d.start, d.end) for d in find_dates(piece.text)]
        scores = [s for s in scores if not any(a < s.end and s.start < b for a, b in dates)]
    for score in scores:
        if any(score.same(s) for s in source.scores):
            covered.append((score.start, score.end))
            continue
        rivals = [s for s in source.scores if s.strong and score.shares(s)]
        if not rivals:
            continue
        covered.append((score.start, score.end))
        if score.span in seen:
            continue
        seen.add(score.span)
        says = " or ".join(f'"{s.span.strip()}"' for s in rivals[:2])
        findings.append(
            Finding(
                kind="mismatch",
                severity="error",
                section=piece.section,
                span=score.span,
                message=f"the source gives the score {says}",
            )
        )
    return covered
