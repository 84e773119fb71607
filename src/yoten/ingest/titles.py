"""The article's headline, without the site's name or section suffixes.

Pages label themselves in many places and most of them carry more than the
headline: ``<title>`` is usually "headline | section | site", og:title may
keep a section ("… : スポーツ"), a site's logo or a section heading may be
the first ``<h1>`` ("ニュースリリース"), and some sites append "(Published
2016)". What the page itself declares decides:

- the site's names: og:site_name, application-name, the JSON-LD publisher;
- the ``<title>`` separator pattern: "A | B | C" where the tail segments are
  the site and its sections, recognised because one of them names the site
  or because A is the headline the page shows elsewhere (og:title, ``<h1>``);
- the page's section names: the labels of its navigation and breadcrumbs
  (``<nav>``, a menu or breadcrumb list, JSON-LD BreadcrumbList) and
  article:section. A suffix segment that is one of them, or the site's name
  with a section word ("Harbour Post Politics" for "The Harbour Post"), is
  stripped. A candidate that is one of them while the page has a longer
  headline element that is not is a section's name, not the headline
  (``<title>ニュースリリース</title>`` over the ``<h1>``);
- a stated headline (og:title, twitter:title, JSON-LD headline) wins, with
  those suffixes stripped, unless it is only the site's or a section's name;
  then the headline element that ``<title>`` starts with, then the ``<title>``'s
  first segment, then the page's headline element
  (``<h1>``, ``itemprop=headline``, an ``<h1>``–``<h3>`` whose class says
  title or headline) that is not the site's or a section's name.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

__all__ = ["choose_title", "title_segments"]

_SEPARATORS = re.compile(r"\s+[|｜\-–—:·•»]\s+|\s*[｜|]\s*|\s*：\s*|\s*::\s*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: "CNN Politics", "BBC News Japan": a site's name and at most this many words is a section.
_SECTION_WORDS = 2
#: Site and section names are short: a longer "tail" is part of the headline.
_TAIL_MAX = 30
_LABEL_WORDS, _LABEL_CJK = 4, 16
#: A CJK site name with this many more characters is still the site's ("…オンライン").
_CJK_EXTRA = 6
#: Leading articles a site's name may drop in a suffix ("The Harbour Post" → "Harbour Post Politics").
_ARTICLES = ("the ", "a ", "le ", "la ", "les ", "el ", "il ", "die ", "der ", "das ")
#: A navigation label longer than this is a link to a story, not a section.
_SECTION_MAX = 40
#: A section's name that can stand in for the headline: "Press Releases", 「イベント・セミナー情報」.
_SECTION_NAME_WORDS, _SECTION_CJK = 3, 12
_PUBLISHED_YEAR = re.compile(
    r"\s*\((?:Published|Publié|Veröffentlicht)\s+\d{4}\)\s*$", re.IGNORECASE
)


_DASHES = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"'})


def _norm(text: str | None) -> str:
    """Spaces, case, dashes and curly quotes normalised, for comparing labels."""
    return " ".join((text or "").split()).casefold().translate(_DASHES)


def title_segments(title: str) -> list[str]:
    """``"A | B | C"`` → ``["A", "B", "C"]`` (spaces normalised, empty segments dropped)."""
    return [s.strip() for s in _SEPARATORS.split(" ".join(title.split())) if s.strip()]


def _compact(text: str) -> str:
    return re.sub(r"\W+", "", text)


def _names_site(segment: str, sites: Sequence[str]) -> bool:
    """True when ``segment`` is one of the site names, or the name and a word or two
    (``"CNN Politics"`` for CNN), or the host's name (``"Vortex Cannon Entertainment"``
    for vortexcannon.org)."""
    seg = _norm(segment)
    for site in sites:
        # "北陸日報オンライン" for 北陸日報, but not a headline that names the company
        if seg == site or (
            _CJK.search(site) and site in seg and len(seg) - len(site) <= _CJK_EXTRA
        ):
            return True
        if seg.startswith(site + " ") and len(seg[len(site) :].split()) <= _SECTION_WORDS:
            return True
        labels = site.split(".")
        if len(labels) >= 2 and " " not in site and len(labels[-2]) >= 4:  # a host name
            words = seg.split()
            label = labels[-2].replace("-", "")
            for k in range(1, min(len(words), 4) + 1):
                if _compact(" ".join(words[:k])) == label:
                    return len(words) - k <= _SECTION_WORDS - 1
    return False


def _tail(title: str, sites: Sequence[str], headlines: Iterable[str]) -> list[str]:
    """The site/section segments of ``<title>`` (normalised), or [] when it has no such tail.

    A tail is recognised when ``<title>`` starts with a headline the page shows
    elsewhere followed by a separator, or when its last segment names the site.
    """
    text = " ".join(title.split())
    for headline in sorted(headlines, key=len):  # the shortest: "A : section" is a headline too
        head = " ".join(headline.split())
        if head and _norm(text).startswith(_norm(head)) and len(text) > len(head):
            match = _SEPARATORS.match(text, len(head))
            rest = title_segments(text[match.end() :]) if match is not None else []
            if rest and all(_is_label(t) for t in rest):
                return [_norm(t) for t in rest]
            break
    segments = title_segments(text)
    if len(segments) >= 2 and _names_site(segments[-1], sites):
        # "headline | section | site": the segments after the first, if they read like names
        if all(_is_label(seg) for seg in segments[1:]):
            return [_norm(s) for s in segments[1:]]
        return [_norm(segments[-1])]
    return []


def _is_label(segment: str) -> bool:
    """Short enough to be a site's or section's name rather than part of a headline."""
    if _CJK.search(segment):
        return len(segment) <= _LABEL_CJK
    return len(segment) <= _TAIL_MAX and len(segment.split()) <= _LABEL_WORDS


def _is_section_name(label: str) -> bool:
    """Short enough to name a section: three words, or twelve CJK characters."""
    if _CJK.search(label):
        return len(label) <= _SECTION_CJK
    return len(label.split()) <= _SECTION_NAME_WORDS


def _strip(
    title: str, sites: Sequence[str], tail: Sequence[str], sections: Collection[str] = ()
) -> str:
    """``title`` without "(Published 2016)", trailing segments naming the site or a section,
    and a leading segment that is the site's name."""
    text = _PUBLISHED_YEAR.sub("", " ".join(title.split()))
    while True:
        matches = list(_SEPARATORS.finditer(text))
        if not matches:
            break
        last = matches[-1]
        head, segment = text[: last.start()].strip(), text[last.end() :].strip()
        if not head or not segment:
            break
        named = _names_site(segment, sites) or _norm(segment) in tail
        # a navigation label after a longer head: "Headline | Politics", not "Q&A | Politics"
        if not named and not (_norm(segment) in sections and len(head) > len(segment)):
            break
        text = head
    # "Site | Headline": a leading segment that is exactly the site's name
    first = _SEPARATORS.search(text)
    if first is not None and _norm(text[: first.start()]) in sites and text[first.end() :].strip():
        return text[first.end() :].strip()
    return text


def _site_names(sites: Sequence[str | None]) -> list[str]:
    """The sites' names, normalised, each also without a leading article."""
    names: list[str] = []
    for raw in sites:
        name = _norm(raw)
        if name and name not in names:
            names.append(name)
        for article in _ARTICLES:
            short = name.removeprefix(article)
            if short != name and len(short) >= 3 and short not in names:
                names.append(short)
    return names


def _shown_headline(
    stated: str,
    html_title: str | None,
    main_headlines: Sequence[str],
    sites: Sequence[str],
    tail: Sequence[str],
    labels: Collection[str],
) -> str:
    """``stated`` (og:title …), or the page's one ``<h1>`` when that differs and ``<title>``
    backs it: ``<title>`` holds the ``<h1>`` ("Press release: <h1> · Site") and not a
    longer form of ``stated``, or holds no headline at all, only the site's and sections'
    names ("Latest news | Council", where og:title is a shorter wording or a slogan)."""
    distinct = {_norm(h): h for h in main_headlines if _norm(h)}
    if len(distinct) != 1:
        return stated
    headline = _strip(next(iter(distinct.values())), sites, tail, labels)
    shown, said, page = _norm(headline), _norm(stated), _norm(html_title)
    if not shown or shown == said or shown in sites or shown in tail or shown in labels:
        return stated
    if _names_site(headline, sites):
        return stated
    if shown in page and (said not in page or len(shown) > len(said)):
        return headline
    names = set(sites) | set(tail) | set(labels)
    if page and all(_norm(seg) in names for seg in title_segments(html_title or "")):
        return headline
    return stated


def choose_title(
    *,
    stated: Sequence[str | None],
    html_title: str | None,
    headlines: Sequence[str],
    sites: Sequence[str | None],
    sections: Sequence[str] = (),
    main_headlines: Sequence[str] = (),
) -> str:
    """The headline. ``stated``: og:title, twitter:title, JSON-LD headline (in that order);
    ``headlines``: the page's headline elements in document order; ``sites``: its names;
    ``sections``: its navigation and breadcrumb labels and article:section;
    ``main_headlines``: its ``<h1>`` and ``itemprop=headline`` texts.
    Returns "" when the page names nothing but its site.
    """
    site_names = _site_names(sites)
    labels = {n for n in (_norm(x) for x in sections) if n and len(n) <= _SECTION_MAX}
    known = [s for s in stated if s] + list(headlines)
    tail = _tail(html_title or "", site_names, known)
    generic = set(site_names) | set(tail)
    # A section's name (a short navigation label) stands in for the headline when the
    # page's <h1> is at least twice as long and no label itself.
    longest = max(
        (len(_norm(h)) for h in main_headlines if _norm(h) not in labels | generic), default=0
    )
    generic |= {x for x in labels if _is_section_name(x) and 2 * len(x) <= longest}

    def usable(text: str) -> bool:
        return bool(text) and _norm(text) not in generic

    for raw in stated:
        if raw:
            text = _strip(raw, site_names, tail, labels)
            if usable(text):
                return _shown_headline(text, html_title, main_headlines, site_names, tail, labels)
    in_title = [
        h for h in headlines if html_title and _norm(h) and _norm(html_title).startswith(_norm(h))
    ]
    for raw in sorted(in_title, key=len, reverse=True):  # the headline element <title> starts with
        text = _strip(raw, site_names, tail, labels)
        if usable(text) and not _names_site(text, site_names):
            return text
    if html_title and tail:
        first = title_segments(html_title)[0]
        if usable(first):
            return first
    for raw in headlines:
        text = _strip(raw, site_names, tail, labels)
        if usable(text) and not _names_site(text, site_names):
            return text
    if html_title:
        # no label stripping: a small site's <title> is often "Site - Page" ("Feuerwehr
        # Oldenburg - Ausbildung"), where the label is the page's name
        text = _strip(html_title, site_names, tail)
        if usable(text):
            return text
    return ""
