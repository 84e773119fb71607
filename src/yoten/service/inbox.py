"""Newsletters into the store: the links :mod:`yoten.ingest.mail` finds become sources.

One way for ``yoten inbox add`` and ``yoten inbox imap``: each message's
articles are stored, then the message is marked seen, before the next
message's links are followed; a message with a link that could not be
followed for now is not marked, so a later run reads it again.
"""

from __future__ import annotations

from collections.abc import Iterable
from email.message import EmailMessage
from typing import TYPE_CHECKING

from yoten.ingest.mail import InboxResult, scan_messages

if TYPE_CHECKING:
    import httpx

    from yoten.settings import Settings
    from yoten.store import Store

__all__ = ["ingest_messages"]


def ingest_messages(
    messages: Iterable[EmailMessage],
    *,
    store: Store,
    settings: Settings,
    mailbox_name: str,
    client: httpx.Client | None = None,
) -> InboxResult:
    """Add the article links of unseen newsletters to the store as sources."""
    from yoten.store import NewSource

    result = InboxResult()
    seen = store.seen_messages(mailbox_name)
    for scanned in scan_messages(messages, seen=seen, settings=settings, client=client):
        result.messages += 1
        if scanned.already_seen:
            result.already_seen += 1
            continue
        result.links += scanned.links
        result.skipped += scanned.skipped
        result.errors.extend(scanned.errors)
        added = store.add_sources(
            [
                NewSource(
                    url=found.url,
                    canonical_url=found.canonical_url,
                    origin=scanned.origin,
                    title_hint=found.title_hint,
                )
                for found in scanned.articles
            ]
        )
        created = sum(1 for _src, new in added if new)
        result.new += created
        result.skipped += len(added) - created
        if scanned.complete:  # else not marked seen: a later run resolves what failed now
            store.mark_seen(mailbox_name, [scanned.message_id])
            seen.add(scanned.message_id)
    return result
