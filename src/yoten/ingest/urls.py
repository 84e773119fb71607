"""Canonical, citable URLs: http(s) only, tracking stripped, the article kept.

A newsletter link such as the seed's::

    https://www.france24.com/en/...-north-korea?utm_medium=email&...&_ope=eyJndWlk...

carries campaign tags, a subscriber number and an ``_ope`` token that encodes
a reader id. A published citation must not leak them, yet must keep the query
parameters that select the article (``?id=123``, ``?p=456``). So the query is
filtered through a deny-list of known tracking parameters (exact names plus
prefixes) and everything else is kept byte for byte, in its order.

Three rule sets decide what is tracking:

- the ClearURLs rules, vendored unchanged with their licence (LGPL-3.0) in
  ``data/clearurls-rules.json`` (:mod:`yoten.ingest.clearurls`): global rules
  and per-site providers (the Guardian's ``CMP``, ``wt_mc``, ...);
- yoten's own names and prefixes below (Firefox's query stripping list,
  Brave's query filter, and names seen in real newsletters and feeds that
  ClearURLs lacks: ``_ope``, ``xtor``, ``mwrsm``, ``_r``), and parameters
  that track only by their value (``data/tracking_values.tsv``:
  ``source=rss…``, ``cid=clicksource…``);
- a keep-list of parameters that select the article (``data/keep_params.txt``),
  which survive whatever the other rules say (ClearURLs' ``[a-z]?mc`` would
  strip a Korean site's ``mc`` menu parameter).

Normalisation follows RFC 3986 §6.2.2–6.2.3: lowercase scheme and host, drop
the default port, an empty path becomes ``/``; the path itself is kept as is.
The fragment is dropped (it never reaches the server), except a ``#!`` hash-bang
route, which selects the page on old AJAX sites.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from importlib import resources
from urllib.parse import SplitResult, unquote_plus, urljoin, urlsplit, urlunsplit

from yoten.errors import IngestError
from yoten.ingest.clearurls import clearurls_rules_for
from yoten.urlcheck import HTTP_PORTS, http_url_problem

__all__ = [
    "TRACKING_PARAMS",
    "TRACKING_PREFIXES",
    "canonicalize",
    "ensure_http_url",
    "is_tracking_param",
    "same_site",
    "tracking_params",
]

#: Query parameter names (compared lowercased) that only track the reader.
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        # ad click ids: Facebook, Google, DoubleClick, Microsoft, Yandex, TikTok, X, LinkedIn
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
        "ttclid", "twclid", "li_fat_id", "epik", "rb_clickid", "s_kwcid", "ef_id",
        # Mailchimp, HubSpot, Marketo, Vero, Olytics, Wicked Reports, Sailthru
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok",
        "oly_enc_id", "oly_anon_id", "wickedid", "sc_cid",
        # newsletter reader tokens (France 24 / France Médias Monde "_ope")
        "_ope",
        # Instagram, X/Twitter, Alibaba, generic share tags
        "igshid", "igsh", "ref_src", "ref_url", "spm", "share", "sr_share",
        # Google Analytics cross-domain linker
        "_ga", "_gl",
        # outlets' own campaign ids (CNN, NBC/MSNBC, Washington Post, AT Internet)
        "cmpid", "ncid", "xtor", "ocid", "mbid", "wpisrc", "wpmm",
        "cndid", "ito", "smid", "smtyp",
        # seen in real feeds and newsletters (issue 13): NYT's _r, Reach plc's mwrsm
        "_r", "mwrsm",
    }
)  # fmt: skip

#: Name prefixes (lowercased) of tracking parameter families.
TRACKING_PREFIXES: tuple[str, ...] = (
    "utm_",  # Google Analytics campaign tags (utm_source, utm_email_recipient, ...)
    "vero_",  # Vero email (vero_conv, vero_id)
    "pk_",  # Matomo/Piwik campaigns
    "mtm_",  # Matomo
    "piwik_",  # Piwik
    "hsa_",  # HubSpot ads
    "__hs",  # HubSpot cookies in links (__hstc, __hssc, __hsfp)
    "oly_",  # Olytics
    "at_",  # AT Internet (at_medium, at_campaign)
    "itm_",  # internal campaign tags (itm_source, itm_medium)
)

_DEFAULT_PORTS = HTTP_PORTS


@cache
def _data_lines(name: str) -> tuple[str, ...]:
    raw = resources.files("yoten.ingest").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(line for line in raw.splitlines() if line.strip() and not line.startswith("#"))


@cache
def _keep() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_lines("keep_params.txt"))


@cache
def _value_rules() -> dict[str, tuple[str, ...]]:
    """Parameter name → the value prefixes that make it tracking."""
    rules: dict[str, tuple[str, ...]] = {}
    for line in _data_lines("tracking_values.tsv"):
        name, value = line.split("\t")
        rules[name.lower()] = (*rules.get(name.lower(), ()), value.lower())
    return rules


def is_tracking_param(
    name: str, value: str = "", *, rules: list[re.Pattern[str]] | None = None
) -> bool:
    """True when query parameter ``name`` (with ``value``) only tracks the reader.

    ``rules``: the ClearURLs name patterns for the URL (:func:`clearurls_rules_for`);
    without them only yoten's own lists are consulted. Names are compared
    case-insensitively; an article-selecting name is never tracking.
    """
    key = name.strip().lower()
    if key in _keep():
        return False
    if key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES):
        return True
    prefixes = _value_rules().get(key)
    if prefixes and value.strip().lower().startswith(prefixes):
        return True
    return any(rule.fullmatch(key) for rule in rules or ())


def _short(url: str) -> str:
    return url if len(url) <= 120 else url[:117] + "..."


def ensure_http_url(url: str) -> str:
    """Return ``url`` stripped of surrounding space if it is a usable http(s) URL.

    Raises IngestError for other schemes (file:, ftp:, javascript:, data:, ...)
    and for malformed URLs (no host, bad port, spaces in the host); the test
    itself is :func:`yoten.urlcheck.http_url_problem`, shared with settings
    and the renderers.
    """
    candidate = url.strip() if isinstance(url, str) else ""
    problem = http_url_problem(candidate)
    if problem is not None:
        raise IngestError(problem, source=_short(candidate) if candidate else None)
    return candidate


def _filter_query(query: str, url: str) -> tuple[str, list[str]]:
    """Split a raw query into (kept query, removed names); kept pairs stay verbatim."""
    kept: list[str] = []
    removed: list[str] = []
    rules = clearurls_rules_for(url) if query else []
    for pair in query.split("&"):
        if not pair:
            continue
        raw_name, _sep, raw_value = pair.partition("=")
        name = unquote_plus(raw_name)
        if is_tracking_param(name, unquote_plus(raw_value), rules=rules):
            if name not in removed:
                removed.append(name)
        else:
            kept.append(pair)
    return "&".join(kept), removed


def _netloc(parts: SplitResult) -> str:
    """Lowercased host with a non-default port and no user info."""
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS[parts.scheme.lower()]:
        return f"{host}:{port}"
    return host


_PSL_LOCK = threading.Lock()
_PSL_READY = threading.Event()


def _load_public_suffixes() -> None:
    """Parse tld's Public Suffix List once: tld itself has no lock, so the first
    articles of a concurrent run would each parse it (16 threads × ~40 ms)."""
    if _PSL_READY.is_set():
        return
    with _PSL_LOCK:
        if not _PSL_READY.is_set():
            from tld.utils import get_tld_names

            get_tld_names(fail_silently=True)
            _PSL_READY.set()


def _registrable(host: str) -> str:
    """The registrable domain (eTLD+1) of ``host``, via the Public Suffix List (tld, and
    the urllib.request it imports, load here: `yoten url` does without them)."""
    import tld

    host = host.lower().rstrip(".")
    _load_public_suffixes()
    found = tld.get_fld(host, fix_protocol=True, fail_silently=True)
    if isinstance(found, str) and found:
        return found
    # Unknown suffix, IP address or single label: fall back to the last two labels.
    if re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return host
    labels = host.removeprefix("www.").split(".")
    return ".".join(labels[-2:])


def same_site(a: str, b: str) -> bool:
    """True when both http(s) URLs are on the same registrable domain (www.x.com ~ x.com)."""
    try:
        host_a = urlsplit(a).hostname
        host_b = urlsplit(b).hostname
    except ValueError:
        return False
    if not host_a or not host_b:
        return False
    return _registrable(host_a) == _registrable(host_b)


# Characters a URL may not hold raw (RFC 3986): spaces, controls, and "<>\^`{|}.
# Existing %XX escapes and non-ASCII letters (IRIs) are left as they are.
_UNSAFE = re.compile(r'[\x00-\x20\x7f"<>\\^`{|}]')


def _escape_unsafe(text: str) -> str:
    return _UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", text)


def _clean(url: str) -> str:
    parts = urlsplit(ensure_http_url(url))
    query, _removed = _filter_query(parts.query, url.strip())
    fragment = parts.fragment if parts.fragment.startswith("!") else ""
    path, query, fragment = (_escape_unsafe(x) for x in (parts.path or "/", query, fragment))
    return urlunsplit((parts.scheme.lower(), _netloc(parts), path, query, fragment))


def canonicalize(url: str, *, page_canonical: str | None = None) -> str:
    """The clean, citable form of ``url``.

    ``page_canonical`` is what the page itself declares (``<link rel=canonical>``
    or ``og:url``, possibly relative). It wins when it is http(s) and on the
    same registrable site as ``url``; a canonical pointing elsewhere (a
    syndication partner, a parked domain) is ignored. Raises IngestError when
    ``url`` is not a usable http(s) URL.
    """
    base = _clean(url)
    if page_canonical and page_canonical.strip():
        try:
            declared = _clean(urljoin(base, page_canonical.strip()))
        except (IngestError, ValueError):
            return base
        if same_site(base, declared):
            return declared
    return base


def tracking_params(url: str) -> list[str]:
    """Names of the query parameters that :func:`canonicalize` removes, in order.

    Never raises: an unparsable URL has no tracking parameters to report.
    """
    try:
        query = urlsplit(url.strip()).query
    except (ValueError, AttributeError):
        return []
    return _filter_query(query, url.strip())[1]
