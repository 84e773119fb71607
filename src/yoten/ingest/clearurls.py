"""The ClearURLs tracking-parameter rules (vendored in ``data/clearurls-rules.json``, LGPL-3.0).

A provider applies to URLs matching its ``urlPattern`` and not one of its
``exceptions``; its ``rules`` are regular expressions that a query parameter's
whole name must match (case-insensitively) to be stripped. ``globalRules``
applies to every URL. See ``data/clearurls-rules.README.md`` for the source.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["clearurls_rules_for"]


@dataclass(frozen=True)
class _Provider:
    url: re.Pattern[str]
    exceptions: tuple[re.Pattern[str], ...]
    names: re.Pattern[str] | None
    literal: str  # text every matching URL contains ("" when unknown): a cheap pre-check


# Most providers' patterns read ^https?:\/\/(?:[a-z0-9-]+\.)*?<domain>...: the domain is required.
_DOMAIN_PREFIX = re.compile(
    r"^\^https\?:\\/\\/\(\?:\[a-z0-9-\]\+\\\.\)\*\?((?:[a-z0-9-]|\\\.)+)(.?)"
)


def _literal(pattern: str) -> str:
    match = _DOMAIN_PREFIX.match(pattern)
    if match is None:
        return ""
    literal = match.group(1).replace("\\.", ".")
    if match.group(2) in ("?", "*", "{"):  # the last character is optional
        literal = literal[:-1]
    return literal.lower()


def _compile(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return None  # a rule Python's regex engine does not accept is skipped


@cache
def _providers() -> tuple[_Provider, ...]:
    raw = resources.files("yoten.ingest").joinpath("data", "clearurls-rules.json")
    data = json.loads(raw.read_text(encoding="utf-8"))
    providers: list[_Provider] = []
    for spec in data.get("providers", {}).values():
        url = _compile(str(spec.get("urlPattern") or ""))
        rules = [str(r) for r in spec.get("rules") or []]
        if url is None or not rules:
            continue
        names = _compile("|".join(f"(?:{r})" for r in rules))
        exceptions = tuple(p for p in (_compile(str(e)) for e in spec.get("exceptions") or []) if p)
        providers.append(_Provider(url, exceptions, names, _literal(str(spec.get("urlPattern")))))
    return tuple(providers)


def clearurls_rules_for(url: str) -> list[re.Pattern[str]]:
    """The name patterns of every provider that applies to ``url`` (fullmatch each name)."""
    found: list[re.Pattern[str]] = []
    lowered = url.lower()
    for provider in _providers():
        if provider.literal and provider.literal not in lowered:
            continue
        if provider.names is None or not provider.url.search(url):
            continue
        if any(e.search(url) for e in provider.exceptions):
            continue
        found.append(provider.names)
    return found
