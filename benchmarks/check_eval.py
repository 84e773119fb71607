"""Measure yoten.check against the labelled evaluation set in tests/data/check/.

    python benchmarks/check_eval.py [--verbose] [--json] [--data DIR]

Each case directory under ``tests/data/check/cases/`` holds a source page
(``source.html``, written for the project), a Japanese digest in the house
format (``digest.txt``), the findings a good checker should report
(``expected.json``: ``{"clean": bool, "findings": [{"kind", "severity",
"span"}]}``) and, for glossary cases, a ``glossary.toml``. The seed post
(``tests/data/seed-putin-vietnam.txt``) is evaluated too, against
``tests/data/check/seed-source.html`` and ``seed-expected.json``.

A predicted finding matches an expected one when their severities are equal
and their spans are equal or one contains the other; each expected finding is
matched at most once (exact spans are paired first). The set lists one
expected finding per distinct span, so further reports of a span that is
already matched (the same error in 詳細 and again in 要点) are ignored rather
than counted as false alarms. The script prints:

- precision and recall of ``error`` findings (the recall of expected errors
  is the *contradiction recall* of severity model v2, see
  ``benchmarks/data/LABELS-v2.md``),
- recall of ``warning`` findings,
- the *planted recall*: expected findings of either severity matched by a
  reported error or warning,
- the false-alarm rate: the share of clean digests with any ``error`` finding,
- per rule (``Finding.rule``): findings reported, how many were right, and the
  same for errors alone, so a noisy rule is visible,
- the number of cases, recall per kind and the check time per digest,
- breaches of the report contract (``yoten.check.invariants``: an error without
  evidence, offsets that miss their text), case by case; there should be none,
- with ``--verbose``, every miss and every unmatched finding per case.

It measures; it does not assert: the exit status is 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "check"
SEED_DIGEST = ROOT / "tests" / "data" / "seed-putin-vietnam.txt"
SEED_NAME = "seed-putin-vietnam"

KINDS = ("unsupported", "mismatch", "date", "name", "spelling", "glossary", "citation", "structure")
SEVERITIES = ("error", "warning")
# The section markers a structure finding may name when the section is missing.
SECTION_MARKERS = ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】")

__all__ = [
    "Case",
    "CaseResult",
    "Expected",
    "Predicted",
    "evaluate",
    "evaluate_case",
    "load_cases",
    "main",
    "match_findings",
    "spans_match",
    "summarize",
]


@dataclass(frozen=True)
class Expected:
    """One finding a good checker should report."""

    kind: str
    severity: str
    span: str


@dataclass(frozen=True)
class Predicted:
    """One finding the checker reported (a plain copy of yoten.models.Finding)."""

    kind: str
    severity: str
    span: str
    section: str = ""
    message: str = ""
    rule: str = ""


@dataclass(frozen=True)
class Case:
    """One labelled pair: a source page, a digest and the expected findings."""

    name: str
    source: Path
    digest: Path
    clean: bool
    expected: tuple[Expected, ...]
    glossary: Path | None = None


@dataclass
class CaseResult:
    """What the checker made of one case."""

    case: Case
    predicted: list[Predicted] = field(default_factory=list)
    matched: list[tuple[Expected, Predicted]] = field(default_factory=list)
    missed: list[Expected] = field(default_factory=list)
    unmatched: list[Predicted] = field(default_factory=list)
    # Matching that ignores severity (error or warning): planted recall, per-rule figures.
    caught: list[tuple[Expected, Predicted]] = field(default_factory=list)
    seconds: float = 0.0
    failure: str | None = None  # a one-line reason when the case could not be checked
    breaches: list[str] = field(default_factory=list)  # yoten.check.invariants


def _read_expected(path: Path) -> tuple[bool, tuple[Expected, ...]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("clean"), bool):
        raise TypeError(f"{path}: expected.json needs a boolean 'clean'")
    raw = data.get("findings")
    if not isinstance(raw, list):
        raise TypeError(f"{path}: expected.json needs a 'findings' list")
    findings = []
    for item in raw:
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) for k in ("kind", "severity", "span")
        ):
            raise TypeError(f"{path}: each finding needs string kind, severity and span")
        findings.append(Expected(item["kind"], item["severity"], item["span"]))
    return data["clean"], tuple(findings)


def load_cases(data: Path = DATA, *, include_seed: bool = True) -> list[Case]:
    """Every case under ``data/cases`` (sorted by name), then the seed case when present."""
    cases: list[Case] = []
    for folder in sorted(p for p in (data / "cases").iterdir() if p.is_dir()):
        clean, expected = _read_expected(folder / "expected.json")
        glossary = folder / "glossary.toml"
        cases.append(
            Case(
                name=folder.name,
                source=folder / "source.html",
                digest=folder / "digest.txt",
                clean=clean,
                expected=expected,
                glossary=glossary if glossary.is_file() else None,
            )
        )
    seed_source, seed_expected = data / "seed-source.html", data / "seed-expected.json"
    if include_seed and seed_source.is_file() and seed_expected.is_file() and SEED_DIGEST.is_file():
        clean, expected = _read_expected(seed_expected)
        cases.append(Case(SEED_NAME, seed_source, SEED_DIGEST, clean, expected))
    return cases


def spans_match(expected: str, predicted: str) -> bool:
    """Equal spans, or one contains the other (empty spans match nothing)."""
    a, b = expected.strip(), predicted.strip()
    if not a or not b:
        return False
    return a == b or a in b or b in a


def match_findings(
    expected: tuple[Expected, ...] | list[Expected],
    predicted: list[Predicted],
    *,
    any_severity: bool = False,
) -> tuple[list[tuple[Expected, Predicted]], list[Expected], list[Predicted]]:
    """Pair expected with predicted findings: (matched, missed expected, unmatched predicted).

    Same severity is required unless ``any_severity`` (then an error or a
    warning matches either; info never matches). Exact span matches are paired first, then
    containment, so that a broad predicted span cannot steal an exact pair.
    Each expected and each predicted finding is used at most once.
    """
    free = list(range(len(predicted)))
    pairs: dict[int, int] = {}
    for exact in (True, False):
        for i, exp in enumerate(expected):
            if i in pairs:
                continue
            for j in free:
                pred = predicted[j]
                if any_severity:
                    if pred.severity not in SEVERITIES:
                        continue
                elif pred.severity != exp.severity:
                    continue
                ok = (
                    pred.span.strip() == exp.span.strip()
                    if exact
                    else spans_match(exp.span, pred.span)
                )
                if ok:
                    pairs[i] = j
                    free.remove(j)
                    break
    matched = [(expected[i], predicted[j]) for i, j in sorted(pairs.items())]
    missed = [exp for i, exp in enumerate(expected) if i not in pairs]
    # The set lists one expected finding per distinct span; a checker that reports
    # every occurrence of the same slip (1950年代 in 詳細 and again in 要点, or 9日(火)
    # in 概要 and 6月9日(火) in 詳細) is not penalised for the repeats: a finding whose
    # span matches an expected finding already matched, at the same severity, is
    # dropped, counted neither way.
    unmatched = [
        predicted[j]
        for j in free
        if not any(
            p.severity == predicted[j].severity and spans_match(e.span, predicted[j].span)
            for e, p in matched
        )
    ]
    return matched, missed, unmatched


def evaluate_case(case: Case, settings: Any) -> CaseResult:
    """Load, parse and check one case; failures are recorded, never raised."""
    from yoten.check import check_digest, load_glossary
    from yoten.check.invariants import breaches
    from yoten.errors import YotenError
    from yoten.ingest import load_article
    from yoten.render.parse import parse_post

    result = CaseResult(case=case)
    try:
        article = load_article(str(case.source), settings=settings)
        digest = parse_post(case.digest.read_text(encoding="utf-8"))
        glossary = load_glossary(case.glossary) if case.glossary is not None else None
        start = time.perf_counter()
        report = check_digest(digest, article, glossary=glossary)
        result.seconds = time.perf_counter() - start
        result.breaches = breaches(report, article, digest)
    except (YotenError, OSError) as exc:
        result.failure = f"{type(exc).__name__}: {exc}"
        result.missed = list(case.expected)
        return result
    result.predicted = [
        Predicted(f.kind, f.severity, f.span, f.section, f.message, f.rule) for f in report.findings
    ]
    result.matched, result.missed, result.unmatched = match_findings(
        case.expected, result.predicted
    )
    result.caught = match_findings(case.expected, result.predicted, any_severity=True)[0]
    return result


def _rule_table(results: list[CaseResult]) -> dict[str, dict[str, int]]:
    """Per rule: findings reported (error/warning), right, and the same for errors alone.

    A finding is right when it matches an expected finding whatever its severity,
    or repeats the span of one that does. Info findings are not counted.
    """
    table: dict[str, dict[str, int]] = {}
    for r in results:
        right_spans = {p.span.strip() for _, p in r.caught}
        seen: set[tuple[str, str]] = set()
        for p in r.predicted:
            if p.severity not in SEVERITIES:
                continue
            key = (p.rule or p.kind, p.span.strip())
            if key in seen:
                continue
            seen.add(key)
            row = table.setdefault(
                p.rule or p.kind, {"reported": 0, "right": 0, "errors": 0, "right_errors": 0}
            )
            right = any(spans_match(s, p.span) for s in right_spans)
            row["reported"] += 1
            row["right"] += right
            if p.severity == "error":
                row["errors"] += 1
                row["right_errors"] += right
    return dict(sorted(table.items()))


def evaluate(cases: list[Case] | None = None, settings: Any = None) -> list[CaseResult]:
    """Evaluate every case (all of :func:`load_cases` unless given)."""
    from yoten.settings import load_settings

    if settings is None:
        settings = load_settings()
    return [
        evaluate_case(case, settings) for case in (cases if cases is not None else load_cases())
    ]


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def summarize(results: list[CaseResult]) -> dict[str, Any]:
    """The figures: precision/recall by severity, false-alarm rate, per-kind recall, timing."""
    expected_err = sum(1 for r in results for e in r.case.expected if e.severity == "error")
    expected_warn = sum(1 for r in results for e in r.case.expected if e.severity == "warning")
    found_err = sum(1 for r in results for e, _ in r.matched if e.severity == "error")
    found_warn = sum(1 for r in results for e, _ in r.matched if e.severity == "warning")
    # Reported = matched + unmatched, i.e. without repeats of an already matched span.
    predicted_err = found_err + sum(
        1 for r in results for p in r.unmatched if p.severity == "error"
    )
    predicted_warn = found_warn + sum(
        1 for r in results for p in r.unmatched if p.severity == "warning"
    )
    clean = [r for r in results if r.case.clean]
    alarmed = [r for r in clean if any(p.severity == "error" for p in r.predicted)]
    per_kind: dict[str, dict[str, int]] = {}
    for r in results:
        for e in r.case.expected:
            row = per_kind.setdefault(e.kind, {"expected": 0, "found": 0})
            row["expected"] += 1
        for e, _ in r.matched:
            per_kind[e.kind]["found"] += 1
    times = [r.seconds * 1000 for r in results if r.failure is None]
    expected_all = expected_err + expected_warn
    caught = sum(len(r.caught) for r in results)
    return {
        "cases": len(results),
        "clean_cases": len(clean),
        "failed_cases": [r.case.name for r in results if r.failure is not None],
        "error": {
            "expected": expected_err,
            "predicted": predicted_err,
            "matched": found_err,
            "precision": _ratio(found_err, predicted_err),
            "recall": _ratio(found_err, expected_err),
        },
        "warning": {
            "expected": expected_warn,
            "predicted": predicted_warn,
            "matched": found_warn,
            "recall": _ratio(found_warn, expected_warn),
        },
        "planted_recall": _ratio(caught, expected_all),
        "planted": {"expected": expected_all, "caught": caught},
        "per_rule": _rule_table(results),
        "false_alarm_rate": _ratio(len(alarmed), len(clean)),
        "false_alarm_cases": [r.case.name for r in alarmed],
        "breaches": {r.case.name: r.breaches for r in results if r.breaches},
        "per_kind": {k: per_kind[k] for k in sorted(per_kind, key=lambda k: (*KINDS, k).index(k))},
        "check_ms": {
            "median": statistics.median(times) if times else None,
            "max": max(times) if times else None,
        },
    }


def _finding_dict(f: Expected | Predicted) -> dict[str, str]:
    data = {"kind": f.kind, "severity": f.severity, "span": f.span}
    if isinstance(f, Predicted):
        data["section"], data["message"] = f.section, f.message
    return data


def to_json(results: list[CaseResult]) -> dict[str, Any]:
    """Machine-readable output: the summary plus every case's misses and false alarms."""
    return {
        "summary": summarize(results),
        "results": [
            {
                "case": r.case.name,
                "clean": r.case.clean,
                "failure": r.failure,
                "check_ms": round(r.seconds * 1000, 3),
                "missed": [_finding_dict(e) for e in r.missed],
                "unmatched": [_finding_dict(p) for p in r.unmatched],
            }
            for r in results
        ],
    }


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_text(results: list[CaseResult], *, verbose: bool = False) -> str:
    """The human-readable report."""
    s = summarize(results)
    err, warn = s["error"], s["warning"]
    lines = [
        f"cases: {s['cases']} ({s['clean_cases']} clean)",
        (
            f"error findings:   precision {_pct(err['precision'])}  recall {_pct(err['recall'])}"
            f"  ({err['matched']} of {err['expected']} expected found, {err['predicted']} reported)"
        ),
        (
            f"warning findings: recall {_pct(warn['recall'])}"
            f"  ({warn['matched']} of {warn['expected']} expected found, {warn['predicted']} reported)"
        ),
        (
            f"planted recall:   {_pct(s['planted_recall'])}"
            f"  ({s['planted']['caught']} of {s['planted']['expected']} expected findings"
            " flagged as error or warning)"
        ),
        (
            f"false-alarm rate: {_pct(s['false_alarm_rate'])}"
            f"  (clean digests with an error finding: {', '.join(s['false_alarm_cases']) or 'none'})"
        ),
        "recall by kind:   "
        + "  ".join(f"{k} {v['found']}/{v['expected']}" for k, v in s["per_kind"].items()),
    ]
    if s["per_rule"]:
        lines.append("per rule:         reported  right  precision | errors  right  precision")
        for rule, row in s["per_rule"].items():
            lines.append(
                f"  {rule:22} {row['reported']:5} {row['right']:6}  {_pct(_ratio(row['right'], row['reported'])):>9} |"
                f" {row['errors']:6} {row['right_errors']:6}  {_pct(_ratio(row['right_errors'], row['errors'])):>9}"
            )
    if s["check_ms"]["median"] is not None:
        lines.append(
            f"check time:       median {s['check_ms']['median']:.1f} ms, max {s['check_ms']['max']:.1f} ms"
            " per digest (after ingest and parse)"
        )
    if s["failed_cases"]:
        lines.append(f"failed to check:  {', '.join(s['failed_cases'])}")
    lines.append(
        "contract breaches: "
        + (
            "; ".join(f"{case}: {', '.join(found)}" for case, found in s["breaches"].items())
            or "none"
        )
    )
    if verbose:
        for r in results:
            if not (r.missed or r.unmatched or r.failure):
                continue
            lines.append("")
            lines.append(f"{r.case.name} ({'clean' if r.case.clean else 'planted'})")
            if r.failure:
                lines.append(f"  failed: {r.failure}")
            for e in r.missed:
                lines.append(f"  missed       {e.severity:7} {e.kind:11} {e.span}")
            for p in r.unmatched:
                label = "false alarm" if p.severity == "error" else "extra"
                lines.append(f"  {label:12} {p.severity:7} {p.kind:11} {p.span}  — {p.message}")
            for p in r.predicted:
                if p.severity == "info":
                    lines.append(f"  info         {p.kind:11} {p.span}  — {p.message}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the figures; always returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list misses and false alarms per case"
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument(
        "--data", type=Path, default=DATA, help="evaluation set folder (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    try:
        results = evaluate(load_cases(args.data))
    except (OSError, ValueError, TypeError, ImportError) as exc:
        print(f"check_eval: cannot run the evaluation: {exc}", file=sys.stderr)
        return 0
    if args.json:
        print(json.dumps(to_json(results), ensure_ascii=False, indent=2))
    else:
        print(render_text(results, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
