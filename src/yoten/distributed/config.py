"""Names, limits and URL checks of the distributed mode (no third-party imports)."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from yoten.errors import ConfigError, QueueError
from yoten.i18n import gettext as _

__all__ = [
    "ACTOR_NAME",
    "ADVISORY_LOCK_CLASS",
    "CLAIM_TTL_S",
    "NAMESPACE",
    "QUEUE_NAME",
    "QueueError",
    "check_queue_url",
    "mask_url",
]

#: Redis key prefix of the broker's lists and hashes (``yoten:articles`` …).
NAMESPACE = "yoten"
#: The Dramatiq queue that carries one message per source to process.
QUEUE_NAME = "articles"
#: The actor that workers run for each message: ``(source_id, token)``.
ACTOR_NAME = "yoten.process_source"
#: The store claim of a queued source outlives a lost message for at most this long
#: (then the poller enqueues it again); a worker that takes the message renews its own.
CLAIM_TTL_S = 6 * 3600
#: First key of PostgreSQL's two-key advisory locks taken by workers ("yote").
ADVISORY_LOCK_CLASS = 0x796F7465

_SCHEMES = ("redis", "rediss", "unix")


def mask_url(url: str) -> str:
    """The URL with its password replaced by ``***`` (for messages and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    user = parts.username or ""
    return urlunsplit((parts.scheme, f"{user}:***@{host}", parts.path, parts.query, parts.fragment))


def check_queue_url(url: str | None) -> str:
    """A usable broker URL (``redis://``, ``rediss://`` or ``unix://``), else a ConfigError."""
    text = (url or "").strip()
    if not text:
        raise ConfigError(_("--queue needs a Redis URL, e.g. redis://127.0.0.1:6379/0"))
    scheme = urlsplit(text).scheme.lower()
    if scheme not in _SCHEMES:
        raise ConfigError(
            _("--queue takes a redis://, rediss:// or unix:// URL, not {text!r}").format(
                text=mask_url(text)
            )
        )
    return text
