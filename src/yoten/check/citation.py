"""Citation: 【引用・参照・底本】 must cite the source as the outlet gives it.

The cited URL must be the canonical URL (no newsletter tracking), the title
and outlet those of the source, and the date the publication date in the
outlet's own time zone. Every problem is a warning that says what to cite.
"""

from __future__ import annotations

import re
import unicodedata

from yoten.check.pieces import CITATION
from yoten.check.rules import Kind, Rule
from yoten.errors import IngestError
from yoten.i18n import gettext as _
from yoten.ingest.urls import canonicalize, tracking_params
from yoten.models import Article, Digest, Finding, SourceRef

__all__ = ["check_citation"]


def _warn(span: str, message: str, rule: Rule = Rule.CITATION_META) -> Finding:
    return Finding(
        kind=Kind.CITATION,
        severity="warning",
        section=CITATION,
        span=span,
        message=message,
        rule=rule,
    )


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"['’‘\"“”`]", "", folded)
    return re.sub(r"[\W_]+", " ", folded).strip()


def _canonical(article: Article) -> str | None:
    for candidate in (article.canonical_url, article.url):
        if candidate:
            try:
                return canonicalize(candidate)
            except IngestError:
                continue
    return None


def _check_url(ref: SourceRef, canonical: str | None) -> list[Finding]:
    url = (ref.url or "").strip()
    if not url:
        return [
            _warn(
                ref.title,
                _("the citation has no URL; cite {url}").format(url=canonical)
                if canonical
                else _("the citation has no URL"),
            )
        ]
    try:
        clean = canonicalize(url)
    except IngestError as exc:
        return [_warn(url, _("the cited URL is unusable ({reason})").format(reason=exc.message))]
    target = canonical or clean
    tracking = tracking_params(url)
    if tracking:
        names = ", ".join(tracking[:6]) + (" …" if len(tracking) > 6 else "")
        return [
            _warn(
                url,
                _("the cited URL carries tracking parameters ({names}); cite {url}").format(
                    names=names, url=target
                ),
                Rule.CITATION_URL,
            )
        ]
    if url != target and clean != target:
        return [
            _warn(
                url, _("the source's canonical URL is {url}").format(url=target), Rule.CITATION_URL
            )
        ]
    if url != target:
        return [
            _warn(url, _("cite the canonical form {url}").format(url=target), Rule.CITATION_URL)
        ]
    return []


def _check_meta(ref: SourceRef, article: Article) -> list[Finding]:
    out: list[Finding] = []
    # "<title> <OUTLET> <date>" is split by the parser without knowing the outlet:
    # words of a multi-word outlet may land in the title. Compare title and outlet
    # together, split where the source itself names its outlet.
    cited_line = _plain(f"{ref.title} {ref.outlet or ''}")
    actual_line = _plain(f"{article.title} {article.outlet or ''}")
    title_ok = _plain(ref.title) == _plain(article.title) or (
        bool(article.outlet) and cited_line == actual_line
    )
    if not title_ok:
        out.append(
            _warn(ref.title, _("the source's title is {title!r}").format(title=article.title))
        )
    if title_ok and article.outlet and cited_line == actual_line:
        return out + _check_date(ref, article)
    if article.outlet:
        cited = re.sub(r"\W", "", (ref.outlet or "").casefold())
        actual = re.sub(r"\W", "", article.outlet.casefold())
        if not cited:
            out.append(
                _warn(
                    ref.title,
                    _("the citation names no outlet; the source is {outlet}").format(
                        outlet=article.outlet
                    ),
                )
            )
        elif cited not in actual and actual not in cited:
            out.append(
                _warn(
                    ref.outlet or "",
                    _("the source's outlet is {outlet}").format(outlet=article.outlet),
                )
            )
    return out + _check_date(ref, article)


def _check_date(ref: SourceRef, article: Article) -> list[Finding]:
    out: list[Finding] = []
    published = article.published_date
    if published is not None:
        want = published.strftime("%Y.%m.%d")
        if ref.date is None:
            out.append(
                _warn(
                    ref.title,
                    _("the citation has no date; the source is dated {date}").format(date=want),
                )
            )
        elif ref.date != published:
            out.append(
                _warn(
                    ref.date.strftime("%Y.%m.%d"),
                    _("the source is dated {date} in the outlet's own time zone").format(date=want),
                )
            )
    return out


def check_citation(digest: Digest, article: Article) -> list[Finding]:
    """Warnings (kind ``citation``) for a citation that does not match the source."""
    if not digest.sources:
        return []  # the structure check reports a missing citation
    canonical = _canonical(article)
    main = next(
        (r for r in digest.sources if r.url and canonical and _same(r.url, canonical)),
        digest.sources[0],
    )
    findings: list[Finding] = []
    for ref in digest.sources:
        # Other entries are other articles: only their own tracking is checked.
        findings += _check_url(ref, canonical if ref is main else None)
    findings += _check_meta(main, article)
    return findings


def _same(url: str, canonical: str) -> bool:
    try:
        return canonicalize(url) == canonical
    except IngestError:
        return False
