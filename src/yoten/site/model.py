"""Plain inputs of a site build: posts and the build options.

The site build does not know about the store: the CLI turns store rows into
``SitePost`` values, tests and benchmarks build them directly.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from yoten.errors import InputError
from yoten.i18n import gettext as _
from yoten.models import Digest

__all__ = ["SiteConfig", "SitePost", "Tone", "check_http_url", "post_slug", "site_config"]

Tone = Literal["none", "sepia", "soft"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]{0,199}$")


def check_http_url(url: str, what: str = "URL") -> str:
    """``url`` if it is an absolute http(s) URL, else an InputError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(_("{what} must be an http(s) URL, got {url!r}").format(what=what, url=url))
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
    from yoten.settings import config_table

    options = config_table("site")
    known = {f.name for f in fields(SiteConfig)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise InputError(
            _("unknown setting(s) in [site]: {unknown}").format(unknown=", ".join(unknown))
        )
    options.update({k: v for k, v in flags.items() if v is not None})
    if isinstance(options.get("images_dir"), str):
        options["images_dir"] = Path(options["images_dir"]).expanduser()
    try:
        return SiteConfig(**options)
    except TypeError as exc:
        raise InputError(_("invalid site setting: {exc}").format(exc=exc)) from None


@dataclass(frozen=True)
class SiteConfig:
    """Options of a site build (keyword-only)."""

    base_url: str = "http://127.0.0.1:8080/"
    title: str = "yoten"
    description: str = "海外ニュースのダイジェスト"
    author: str = "yoten"
    per_page: int = 10
    feed_limit: int = 20
    timezone: str = "Asia/Tokyo"
    image_tone: Tone = "none"
    image_width: int = 1200
    image_ratio: float = 3.0
    images_dir: Path | None = field(default=None)
    """The header image library; ``None``: ``data_dir()/images``."""

    def _check_types(self) -> None:
        """Wrong types from yoten.toml (``title = 5``, ``per-page = "ten"``) are setting errors."""
        for name in ("base_url", "title", "description", "author", "timezone", "image_tone"):
            if not isinstance(getattr(self, name), str):
                raise InputError(
                    _("[site] {key} must be text, not {value!r}").format(
                        key=name.replace("_", "-"), value=getattr(self, name)
                    )
                )
        for name in ("per_page", "feed_limit", "image_width"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise InputError(
                    _("[site] {key} must be a whole number, not {value!r}").format(
                        key=name.replace("_", "-"), value=value
                    )
                )
        ratio = self.image_ratio
        if (
            isinstance(ratio, bool)
            or not isinstance(ratio, int | float)
            or not math.isfinite(ratio)
        ):
            raise InputError(
                _("[site] image-ratio must be a number, not {ratio!r}").format(ratio=ratio)
            )

    def __post_init__(self) -> None:
        self._check_types()
        check_http_url(self.base_url, "--base-url")
        if not self.base_url.endswith("/"):
            object.__setattr__(self, "base_url", self.base_url + "/")
        if self.per_page < 1:
            raise InputError(_("per_page must be at least 1"))
        if self.feed_limit < 1:
            raise InputError(_("feed_limit must be at least 1"))
        if self.image_tone not in ("none", "sepia", "soft"):
            raise InputError(
                _("image tone must be none, sepia or soft, got {image_tone!r}").format(
                    image_tone=self.image_tone
                )
            )
        if not 320 <= self.image_width <= 4000:
            raise InputError(_("image width must be between 320 and 4000 pixels"))
        if not 1.0 <= self.image_ratio <= 6.0:
            raise InputError(_("image ratio must be between 1 and 6"))
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InputError(
                _("unknown time zone {timezone!r}").format(timezone=self.timezone)
            ) from None
