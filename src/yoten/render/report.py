"""A check Report as lines a person reads on a terminal."""

from __future__ import annotations

from rich.cells import cell_len
from rich.markup import escape

from yoten.errors import one_line
from yoten.i18n import gettext as _
from yoten.i18n import ngettext
from yoten.models import Report
from yoten.render.labels import SEVERITY_LABELS, finding_label, label

__all__ = ["format_findings", "summary"]

STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


def summary(report: Report) -> str:
    """e.g. '2 errors, 1 warning' or 'no findings'."""
    counts = {
        s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")
    }
    words = {
        "error": ngettext("{n} error", "{n} errors", counts["error"]),
        "warning": ngettext("{n} warning", "{n} warnings", counts["warning"]),
        "info": ngettext("{n} info", "{n} info", counts["info"]),
    }
    parts = [words[s].format(n=n) for s, n in counts.items() if n]
    return _(", ").join(parts) if parts else _("no findings")


EVIDENCE_WIDTH = 160


def format_findings(report: Report) -> list[str]:
    """One rich-markup line per finding with its source evidence below it, then the summary.

    Everything from outside (spans, messages, the source's words) is escaped:
    it reaches the terminal as text, never as markup.
    """
    lines: list[str] = []
    source_word = escape(_("source:"))
    for f in report.findings:
        meaning = finding_label(f)  # in Japanese: what the rule means, then the detail
        message = (
            escape(f.message) if meaning is None else f"{escape(meaning)} — {escape(f.message)}"
        )
        severity = label(SEVERITY_LABELS, f.severity)
        severity += " " * max(0, 7 - cell_len(severity))  # 警告 takes four columns
        lines.append(
            f"[{STYLE[f.severity]}]{severity}[/] {escape(f.section)}  "
            f"[bold]{escape(f.span)}[/]  {message}  [dim]({escape(f.rule or f.kind)})[/]"
        )
        for ev in f.evidence:
            lines.append(
                f"        [dim]{source_word}[/] “{escape(one_line(ev.text, EVIDENCE_WIDTH))}”"
            )
    lines.append(_("check: {summary}").format(summary=summary(report)))
    return lines
