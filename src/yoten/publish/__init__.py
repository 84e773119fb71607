"""Publishing to blog services (Hatena Blog, WordPress), idempotent through the store.

>>> from yoten.publish import publisher_for, publish_digest
>>> publisher = publisher_for("hatena")          # credentials from env / yoten.toml
>>> publish_digest(post.id, post.digest, publisher, store, draft=True)
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from yoten.errors import ConfigError
from yoten.i18n import gettext as _
from yoten.publish.base import (
    Entry,
    PublicationLog,
    Publisher,
    PublishResult,
    RemoteGone,
    RemotePost,
    make_entry,
    publish_digest,
)
from yoten.publish.hatena import HatenaConfig, HatenaPublisher
from yoten.publish.wordpress import WordPressConfig, WordPressPublisher
from yoten.registry import available, load

__all__ = [
    "TARGETS",
    "Entry",
    "HatenaConfig",
    "HatenaPublisher",
    "PublicationLog",
    "PublishResult",
    "Publisher",
    "RemoteGone",
    "RemotePost",
    "WordPressConfig",
    "WordPressPublisher",
    "make_entry",
    "publish_digest",
    "publisher_for",
]

#: The blog services a post can go to: the built-in ones and any a plugin
#: registers under the ``yoten.publishers`` entry points (see yoten.registry).
TARGETS = tuple(available("publisher"))


def publisher_for(
    target: str,
    *,
    environ: Mapping[str, str] | None = None,
    config_file: Path | None = None,
    timeout: float = 30.0,
    max_retry_wait: float = 10.0,
) -> Publisher:
    """The publisher registered as ``target``, credentials from the environment or yoten.toml.

    A publisher class registers like an engine and offers ``configured(*, environ,
    config_file, timeout, max_retry_wait)``.
    """
    targets = available("publisher")
    if target not in targets:
        choices = ", ".join(targets)
        raise ConfigError(
            _("unknown publish target {target!r} (choose from: {targets})").format(
                target=target, targets=choices
            )
        )
    publisher: Publisher = load("publisher", target).configured(
        environ=environ, config_file=config_file, timeout=timeout, max_retry_wait=max_retry_wait
    )
    return publisher
