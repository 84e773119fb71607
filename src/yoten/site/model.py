"""Plain inputs of a site build: posts and the build options.

The site build does not know about the store: the CLI turns store rows into
``SitePost`` values, tests and benchmarks build them directly.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from yoten.errors import InputError
from yoten.i18n import gettext as _
from yoten.models import Digest
from yoten.settings import SiteConfig, Tone
from yoten.urlcheck import http_url_problem

__all__ = ["SiteConfig", "SitePost", "Tone", "check_http_url", "post_slug", "site_config"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]{0,199}$")


def check_http_url(url: str, what: str = "URL") -> str:
    """``url`` if it is an absolute http(s) URL (:func:`yoten.urlcheck.http_url_problem`),
    else an InputError."""
    problem = http_url_problem(url)
    if problem is not None:
        raise InputError(
            _("{what} must be an http(s) URL, got {url!r}").format(what=what, url=url)
            + f" ({problem})"
        )
    return url


def post_slug(id: str | int, published: dt.datetime) -> str:
    """The slug of a post: ``YYYY-MM-DD-<id>`` (the date as written in ``published``)."""
    text = str(id)
    ident = (
        text if text.isdigit() else re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-") or "post"
    )
    return f"{published.date().isoformat()}-{ident}"


@dataclass(frozen=True)
class SitePost:
    """One post of the blog: a digest, where it lives and how it is filed."""

    id: str
    slug: str
    digest: Digest
    published: dt.datetime
    tags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not _SLUG.match(self.slug) or ".." in self.slug:
            raise InputError(
                _(
                    "post {id}: slug must be lowercase letters, digits, '-', '_' or '.', got {slug!r}"
                ).format(id=self.id, slug=self.slug)
            )
        if self.published.tzinfo is None:
            raise InputError(
                _("post {id}: published time must be timezone-aware").format(id=self.id)
            )

    @property
    def path(self) -> str:
        """The post's page inside a built site, e.g. ``posts/2024-06-20-3.html``."""
        return f"posts/{self.slug}.html"

    @property
    def outlet(self) -> str | None:
        """The outlet of the first source, e.g. FRANCE24."""
        for source in self.digest.sources:
            if source.outlet and source.outlet.strip():
                return source.outlet.strip()
        return None

    @classmethod
    def make(
        cls,
        id: str | int,
        digest: Digest,
        published: dt.datetime | None = None,
        tags: tuple[str, ...] | list[str] = (),
        *,
        timezone: str = "Asia/Tokyo",
    ) -> SitePost:
        """A post whose slug is ``YYYY-MM-DD-<id>``; time from ``digest.posted_at`` if not given.

        A naive time is the blog's own wall-clock time (``timezone``), as the
        timestamp under a post's headline is written (2024年06月20日 19:29).
        """
        when = published or digest.posted_at
        if when is None:
            raise InputError(
                _("post {id}: no published time (digest.posted_at is empty)").format(id=id)
            )
        if when.tzinfo is None:
            when = when.replace(tzinfo=ZoneInfo(timezone))
        return cls(
            id=str(id),
            slug=post_slug(id, when),
            digest=digest,
            published=when,
            tags=tuple(tags),
        )


def site_config(**flags: Any) -> SiteConfig:
    """SiteConfig from ``[site]`` in yoten.toml, then ``flags`` (None = not given)."""
    from yoten.settings import load_settings

    configured = load_settings().site
    given = {k: v for k, v in flags.items() if v is not None}
    if not given:
        return configured
    return SiteConfig(**{**configured.model_dump(exclude_unset=True), **given})
