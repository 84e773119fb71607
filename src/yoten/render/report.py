"""A check Report as lines a person reads on a terminal."""

from __future__ import annotations

from rich.markup import escape

from yoten.models import Report

__all__ = ["format_findings", "summary"]

STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


def summary(report: Report) -> str:
    """e.g. '2 errors, 1 warning' or 'no findings'."""
    counts = {
        s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")
    }
    parts = [f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    return ", ".join(parts) if parts else "no findings"


EVIDENCE_WIDTH = 160


def trim(text: str, width: int = EVIDENCE_WIDTH) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_findings(report: Report) -> list[str]:
    """One rich-markup line per finding with its source evidence below it, then the summary.

    Everything from outside (spans, messages, the source's words) is escaped:
    it reaches the terminal as text, never as markup.
    """
    lines: list[str] = []
    for f in report.findings:
        lines.append(
            f"[{STYLE[f.severity]}]{f.severity:<7}[/] {escape(f.section)}  "
            f"[bold]{escape(f.span)}[/]  {escape(f.message)}  [dim]({escape(f.rule or f.kind)})[/]"
        )
        for ev in f.evidence:
            lines.append(f"        [dim]source:[/] “{escape(trim(ev.text))}”")
    lines.append(f"check: {summary(report)}")
    return lines
