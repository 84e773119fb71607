"""Members-only pages, told by the page's structure rather than by its notice's wording.

A page that shows the beginning of a story and then asks the reader to
subscribe or sign in holds no article. Its notice can be worded in endless
ways, so ``data/page_notices.tsv``'s phrases are not the test; the page's
structure is:

- a **gate**: a shown element outside the navigation and the footer, at most
  ``_GATE_MAX`` characters long, that asks the reader in (an ``access`` word:
  subscribe, sign in, 会員, 購読 …), holds a link, button or form that asks
  the same (in its text or address), and either

  - has a paywall's class or id (paywall, regwall, login-wall, piano's
    ``tp-modal``, ``article--locked`` …), or
  - says that the rest of this story is behind it (a ``rest`` word:
    continue reading, full story, 続き …), and is no newsletter sign-up;

  or a sign-in form with a password field inside ``<article>`` or ``<main>``;
- a **declaration**: schema.org ``isAccessibleForFree: false`` (JSON-LD, also
  on a ``hasPart``) or ``article:content_tier=locked``.

A gate counts when it comes after the text extracted from the page (the
teaser), so a story that mentions members, or links to a sign-up page in
the middle, is not gated; text after the gate counts only when it is inside
the gate's parent element (the rest of the story), not a site footer or a
list of other stories that the extractor kept. The gate's own lines are
dropped from the end of the text. A page is members-only when what is left
is short: under ``LONG_ENOUGH`` after a gate, under half of it with only a
declaration (metered sites declare every story and serve the whole text to
readers who have views left, so the declaration alone does not make a long
text a teaser).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import lxml.etree
import lxml.html

from yoten.ingest.navigation import attribute_candidates, is_navigation
from yoten.ingest.quality import LONG_ENOUGH, normal, notices, weight

__all__ = ["Gate", "members_only", "read_gate", "without_gate"]

#: A gate is a short block: a container this long holds the story, not only its notice.
_GATE_MAX = 800
#: How far up from a sign-in link or button the block that holds its notice may be.
_GATE_LEVELS = 5
#: Class or id tokens of paywall containers (paywall, regwall, Piano's tp-modal, BEM
#: article--locked, subscriber-only …).
_PAYWALL_CLASS = re.compile(
    r"(?:^|[\s_-])(?:pay-?wall|reg-?wall|registration-?wall|log-?in-?wall|meter(?:ed)?-?wall"
    r"|subscribers?-?only|members?-?only|premium-?(?:content|wall|gate|lock)|locked-?content"
    r"|(?:article|content|story|post|entry)-*(?:locked|lock|gate)|tp-(?:modal|container|iframe))"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
#: Text every paywall class or id contains (a sieve for _PAYWALL_CLASS).
_PAYWALL_PARTS = ("wall", "only", "premium", "lock", "gate", "tp-")
_CONTROLS = ("a", "button", "input", "form")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Gate:
    """What the page shows of a members-only gate."""

    #: The gates' texts, compacted (normalised, without spaces).
    blocks: tuple[str, ...] = ()
    #: The texts of the gates' parent elements, compacted, in the order of ``blocks``:
    #: text after a gate that is not inside its parent is the page around the story.
    scopes: tuple[str, ...] = ()
    #: The page declares its story not free (isAccessibleForFree false, content tier locked).
    declared: bool = False
    #: The page's visible text, compacted, to place the gates against the extracted text.
    visible: str = ""


def _compact(text: str) -> str:
    return _SPACE.sub("", normal(text))


@cache
def _words(kind: str) -> tuple[tuple[str, bool], ...]:
    """The words of ``kind``, each with whether it must start a word (Latin script)."""
    return tuple((w, w[:1].isascii() and w[:1].isalpha()) for w in getattr(notices(), kind))


def _says(kind: str, text: str) -> bool:
    """True when ``text`` holds a word of ``kind``; a Latin word must start a word of the
    text ("member" is not in "remember"). Substring search: a regex alternation of the
    words costs twenty times more on a page with thousands of links."""
    text = normal(text)
    for word, whole in _words(kind):
        at = text.find(word)
        while at >= 0:
            if not whole or at == 0 or not text[at - 1].isalnum():
                return True
            at = text.find(word, at + 1)
    return False


def _text(node: lxml.html.HtmlElement) -> str:
    return " ".join(" ".join(node.itertext()).split())


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _shown_outside_navigation(node: lxml.html.HtmlElement) -> bool:
    """Not in a footer or the navigation, and not hidden (``hidden``, ``display: none``):
    a prompt that only a script would show is not shown to this reader."""
    return not any(
        n.tag == "footer"
        or is_navigation(n)
        or n.get("hidden") is not None
        or bool(_HIDDEN_STYLE.search(n.get("style") or ""))
        for n in (node, *node.iterancestors())
    )


def _asks_in(control: lxml.html.HtmlElement) -> bool:
    """A link, button or form whose text or address asks the reader to subscribe or sign in."""
    said = " ".join(
        [_text(control)] + [control.get(a) or "" for a in ("href", "value", "action", "aria-label")]
    )
    return _says("access", said)


def _class_gates(tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    for node in attribute_candidates(tree, _PAYWALL_PARTS):
        if node.tag in ("html", "body"):
            continue
        if _PAYWALL_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            text = _text(node)
            # a "Subscriber only" tag on a link to another story has no control of its own
            if (
                text
                and len(text) <= _GATE_MAX
                and _says("access", text)
                and any(_asks_in(c) for c in node.iter(*_CONTROLS))
            ):
                yield node


def _prompt_gates(tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The smallest block around a sign-in/subscribe control that says the rest is behind it."""
    for control in tree.iter(*_CONTROLS):
        if not _asks_in(control):
            continue
        for level, node in enumerate((control, *control.iterancestors())):
            if level > _GATE_LEVELS or node.tag in ("html", "body"):
                break
            text = _text(node)
            if len(text) > _GATE_MAX:
                break
            if _says("rest", text) and _says("access", text) and not _says("signup", text):
                yield node
                break


def _password_gates(tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """A sign-in form with a password field inside the article or the main content."""
    for field in tree.iter("input"):
        if (field.get("type") or "").lower() != "password":
            continue
        if not any(
            a.tag in ("article", "main") or (a.get("role") or "").lower() == "main"
            for a in field.iterancestors()
        ):
            continue
        form = next(field.iterancestors("form"), None)
        parent = field.getparent()
        yield form if form is not None else parent if parent is not None else field


def _declared(json_ld: list[dict[str, Any]], metas: dict[str, str]) -> bool:
    if (metas.get("article:content_tier") or "").strip().lower() == "locked":
        return True

    def walk(value: Any) -> bool:
        if isinstance(value, list):
            return any(walk(v) for v in value)
        if not isinstance(value, dict):
            return False
        free = value.get("isAccessibleForFree")
        if free is False or (isinstance(free, str) and free.strip().lower() in {"false", "no"}):
            return True
        return any(walk(v) for k, v in value.items() if k in ("hasPart", "@graph"))

    return walk(json_ld)


def read_gate(
    tree: lxml.html.HtmlElement,
    *,
    json_ld: list[dict[str, Any]],
    metas: dict[str, str],
    visible: str,
) -> Gate:
    """The page's members-only gates and declaration (read before extraction changes the tree)."""
    found: list[lxml.html.HtmlElement] = []
    # a prompt says the rest is behind it: a page that nowhere says so has none to look for
    prompts = _prompt_gates(tree) if _says("rest", visible) else iter(())
    for node in (*_class_gates(tree), *prompts, *_password_gates(tree)):
        if _shown_outside_navigation(node) and not any(node is f for f in found):
            found.append(node)
    # the innermost: a container holding a gate and the teaser is not the gate
    inner = [n for n in found if not any(o is not n and n in o.iterancestors() for o in found)]
    pairs = [(_compact(_text(n)), n.getparent()) for n in inner]
    pairs = [(block, parent) for block, parent in pairs if block]
    blocks = tuple(block for block, _parent in pairs)
    return Gate(
        blocks=blocks,
        scopes=tuple(_compact(_text(p)) if p is not None else block for block, p in pairs),
        declared=_declared(json_ld, metas),
        visible=_compact(visible) if blocks else "",
    )


def without_gate(paragraphs: list[str], gate: Gate) -> tuple[list[str], bool]:
    """(``paragraphs`` without the gate's lines at their end, whether a gate follows the
    story in the text that is left).

    A gate follows the story when text comes before it and none after it, or when
    what comes after it is not inside the gate's parent element: the site's footer
    or a list of other stories that the extractor kept, not the rest of this one."""
    kept = list(paragraphs)
    while kept and any(_compact(kept[-1]) in block for block in gate.blocks):
        kept.pop()
    if not gate.blocks:
        return kept, False
    if not kept:
        return kept, True
    compact = [c for c in (_compact(p) for p in kept) if c]
    for block, scope in zip(gate.blocks, gate.scopes, strict=True):
        at = gate.visible.find(block)
        if at < 0 or not any(0 <= gate.visible.find(c) < at for c in compact):
            continue  # a gate above the whole text (a banner) does not end it
        end = at + len(block)
        later = [c for c in compact if gate.visible.find(c, end) >= 0]
        if not any(c in scope for c in later):
            return kept, True
    return kept, False


def members_only(paragraphs: list[str], gate: Gate, *, gated: bool) -> bool:
    """True when ``paragraphs`` (what is left of the text) are only a teaser: short after
    a gate (``gated``), or very short on a page that declares its story not free."""
    size = weight("".join(paragraphs))
    return (gated and size < LONG_ENOUGH) or (gate.declared and size < LONG_ENOUGH // 2)
