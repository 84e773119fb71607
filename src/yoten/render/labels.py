"""Names of statuses, severities and check rules as people read them, in English or Japanese.

The checker's messages are English and carry the details (which value, what
the source says). In Japanese, a finding is introduced by what its rule
means, in Japanese, with that English detail kept beside it.
"""

from __future__ import annotations

from yoten.i18n import N_, gettext
from yoten.models import Finding

__all__ = ["N_", "RULE_LABELS", "SEVERITY_LABELS", "STATUS_LABELS", "finding_label", "label"]


STATUS_LABELS = {
    "draft": N_("draft"),
    "checked": N_("checked"),
    "failed": N_("failed"),
    "untranslated": N_("untranslated"),
    "published": N_("published"),
    "rejected": N_("rejected"),
}
SEVERITY_LABELS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}
#: What each rule of :class:`yoten.check.rules.Rule` means (keys are its values).
RULE_LABELS = {
    "number.contradicted": N_("the source gives a different figure"),
    "number.percent-for-points": N_("percentage points and percent confused"),
    "number.swapped": N_("two figures given to each other's subjects"),
    "number.unverified": N_("the source does not give this figure"),
    "number.derived": N_("worked out from the source's figures"),
    "score.contradicted": N_("the source gives a different score"),
    "score.unverified": N_("the source does not give this score"),
    "date.contradicted": N_("the source gives a different date"),
    "date.unverified": N_("the source does not give this date"),
    "date.derived": N_("worked out from the source's dates"),
    "age.contradicted": N_("the source gives this person a different age"),
    "quarter.contradicted": N_("the source names a different quarter"),
    "quarter.unverified": N_("the source does not name this quarter"),
    "name.unverified": N_("the source does not give this name"),
    "spelling": N_("one name spelled two ways"),
    "glossary": N_("not the glossary's spelling"),
    "citation.url": N_("the cited URL is not the article's canonical URL"),
    "citation.meta": N_("the citation's title, outlet or date differs from the source"),
    "structure": N_("the post departs from the house format"),
    "source.language": N_("the checker cannot read the source's language"),
}


def label(labels: dict[str, str], key: str, lang: str | None = None) -> str:
    """``key`` (a status, severity …) as people read it, in ``lang``."""
    return gettext(labels.get(key, key), lang)


def finding_label(finding: Finding, lang: str | None = None) -> str | None:
    """What the finding's rule means, in ``lang``; None in English (the message says it all)."""
    text = RULE_LABELS.get(finding.rule)
    if text is None:
        return None
    translated = gettext(text, lang)
    return None if translated == text else translated
