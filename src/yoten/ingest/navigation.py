"""The page's navigation: which elements are menus and breadcrumbs, and their labels.

A site's section names ("Politics", 「ニュースリリース」) are the labels of its
navigation links, so they tell a section's name from a headline
(:mod:`yoten.ingest.titles`), and a members-only notice is never in the menu
(:mod:`yoten.ingest.paywall`).
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

__all__ = ["attribute_candidates", "breadcrumb_names", "is_navigation", "navigation_labels"]

#: class or id of a navigation container: nav, g-nav, global-navi, menu, breadcrumb, topicpath
#: (Japanese sites), pankuzu (ぱんくず), gnb/lnb (Korean sites' global/local navigation bar)
_NAV_CLASS = re.compile(
    r"(?:^|[\s_-])(?:[gl]?navi?(?:gation)?|g?menu|bread-?crumbs?|crumbs?|topic-?path|pankuzu|[gls]nb)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
#: Navigation labels longer than this are links to stories, not sections.
_NAV_LABEL_MAX = 40


def _clean_space(text: str | None) -> str:
    return " ".join((text or "").split())


def is_navigation(node: lxml.html.HtmlElement) -> bool:
    """True for ``<nav>``, ``role=navigation`` and an element whose class or id says
    nav, menu or breadcrumb; never the page itself (WordPress's body class "menu-open")."""
    if node.tag in ("html", "body"):
        return False
    return (
        node.tag == "nav"
        or (node.get("role") or "").lower() == "navigation"
        or bool(_NAV_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"))
    )


def attribute_candidates(tree: lxml.html.HtmlElement, parts: tuple[str, ...]) -> list[Any]:
    """Elements whose class or id contains one of ``parts`` (lowercase), in document order:
    a cheap sieve before a regular expression decides."""
    found = []
    for node in tree.xpath("//*[@class or @id]"):
        said = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if any(part in said for part in parts):
            found.append(node)
    return found


#: Text every navigation class or id contains (a sieve for _NAV_CLASS).
_NAV_PARTS = ("nav", "menu", "crumb", "topic", "pankuzu", "nb")


def navigation_labels(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of the links in the page's navigation: ``<nav>``, ``role=navigation``, and
    elements whose class or id says nav, menu or breadcrumb (the site's section names)."""
    candidates = tree.xpath("//nav | //*[@role]") + attribute_candidates(tree, _NAV_PARTS)
    containers = {id(n): n for n in candidates if is_navigation(n)}
    labels: dict[str, None] = {}
    for node in containers.values():
        if any(id(a) in containers for a in node.iterancestors()):
            continue  # a menu inside a navigation already read
        for link in node.iter("a"):
            text = _clean_space(link.text_content())
            if text and len(text) <= _NAV_LABEL_MAX:
                labels[text] = None
    return list(labels)


def breadcrumb_names(json_ld: list[dict[str, Any]]) -> list[str]:
    """The names in a JSON-LD BreadcrumbList."""
    names: list[str] = []
    for node in json_ld:
        types = node.get("@type")
        if "BreadcrumbList" not in (types if isinstance(types, list) else [types]):
            continue
        items = node.get("itemListElement")
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            name = item.get("name")
            inner = item.get("item")
            if not isinstance(name, str) and isinstance(inner, dict):
                name = inner.get("name")
            if isinstance(name, str) and name.strip():
                names.append(_clean_space(name))
    return names
