"""The ClearURLs tracking-parameter rules (vendored in ``data/clearurls-rules.json``, LGPL-3.0).

A provider applies to URLs matching its ``urlPattern`` and not one of its
``exceptions``; its ``rules`` are regular expressions that a query parameter's
whole name must match (case-insensitively) to be stripped. ``globalRules``
applies to every URL. See ``data/clearurls-rules.README.md`` for the source.

Speed: most URL patterns and exceptions start with the host they apply to
(``^https?:\\/\\/(?:[a-z0-9-]+\\.)*?amazon…``), so that text must occur in the
URL's authority for them to match. The patterns are indexed by it once per
authority (cached), and a URL only runs the patterns that can match it: about
a dozen instead of some two hundred. A pattern is compiled when a URL first
needs it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from urllib.parse import urlsplit

__all__ = ["clearurls_rules_for"]


@dataclass(frozen=True)
class _Pattern:
    source: str
    literal: str  # lowercased text every matching URL's authority contains ("": unknown)

    @cached_property
    def regex(self) -> re.Pattern[str] | None:
        """The compiled pattern (on first use), or None for one Python's engine does not accept."""
        try:
            return re.compile(self.source, re.IGNORECASE)
        except re.error:
            return None  # the rule is skipped


@dataclass(frozen=True)
class _Provider:
    url: _Pattern
    exceptions: tuple[_Pattern, ...]
    names: _Pattern


# ^https?:\/\/ (or ^https?://), optionally any subdomains, then the host's literal text.
_HOST_PREFIX = re.compile(
    r"^\^https\?:(?:\\/|/){2}(?:\(\?:\[a-z0-9-\]\+\\\.\)\*\?)?((?:[a-z0-9-]|\\\.)+)(.?)"
)


def _top_level_alternation(pattern: str) -> bool:
    """True when ``pattern`` has a ``|`` outside groups and classes (``^a|b``)."""
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def _literal(pattern: str) -> str:
    """The host text a URL must contain for ``pattern`` to match it, or ""."""
    match = _HOST_PREFIX.match(pattern)
    if match is None or _top_level_alternation(pattern):
        return ""
    literal = match.group(1).replace("\\.", ".")
    if match.group(2) in ("?", "*", "{"):  # the last character is optional
        literal = literal[:-1]
    return literal.lower()


@cache
def _providers() -> tuple[_Provider, ...]:
    """Every provider with rules; a pattern is compiled when a URL first needs it (some
    four hundred patterns: compiling them all is most of a one-URL ``yoten url``)."""
    raw = resources.files("yoten.ingest").joinpath("data", "clearurls-rules.json")
    data = json.loads(raw.read_text(encoding="utf-8"))
    providers: list[_Provider] = []
    for spec in data.get("providers", {}).values():
        url = str(spec.get("urlPattern") or "")
        rules = [str(r) for r in spec.get("rules") or []]
        if not rules:
            continue
        names = "|".join(f"(?:{r})" for r in rules)
        exceptions = tuple(_Pattern(str(e), _literal(str(e))) for e in spec.get("exceptions") or [])
        providers.append(_Provider(_Pattern(url, _literal(url)), exceptions, _Pattern(names, "")))
    return tuple(providers)


_Check = tuple[re.Pattern[str], tuple[re.Pattern[str], ...], re.Pattern[str]]


@lru_cache(maxsize=4096)
def _for_authority(authority: str) -> tuple[_Check, ...]:
    """(URL pattern, exceptions, name rules) of the providers whose URL pattern can match
    on ``authority`` (lowercased ``user@host:port``), with only the exceptions that can."""
    checks: list[_Check] = []
    for p in _providers():
        if p.url.literal in authority and p.url.regex is not None and p.names.regex is not None:
            exceptions = (e.regex for e in p.exceptions if e.literal in authority)
            checks.append(
                (p.url.regex, tuple(e for e in exceptions if e is not None), p.names.regex)
            )
    return tuple(checks)


def clearurls_rules_for(url: str) -> list[re.Pattern[str]]:
    """The name patterns of every provider that applies to ``url`` (fullmatch each name)."""
    try:
        authority = urlsplit(url).netloc.lower()
    except ValueError:
        authority = ""
    found: list[re.Pattern[str]] = []
    # Without an authority, every pattern is tried on the whole URL.
    for pattern, exceptions, names in _for_authority(authority or url.lower()):
        if pattern.search(url) and not any(e.search(url) for e in exceptions):
            found.append(names)
    return found
