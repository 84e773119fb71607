"""When to poll each feed next, from what the feed itself shows.

As mature feed readers do (Miniflux's "entry frequency" scheduler, Tiny Tiny
RSS's adaptive update interval):

- after a successful poll the interval is the feed's average gap between
  entries: seven days divided by its entries of the last seven days, or,
  when the feed lists only entries of the last days (a busy feed that keeps
  its latest 50), the time since its oldest entry divided by their number;
  between :data:`MIN_INTERVAL` and :data:`MAX_INTERVAL` (a feed with fewer
  than two entries in a week is polled daily);
- never more often than the feed's RSS ``<ttl>`` asks;
- "not modified" keeps the interval the feed had;
- after an error the interval doubles with each consecutive error, from
  :data:`MIN_INTERVAL` up to :data:`MAX_INTERVAL`, and a ``Retry-After`` from
  the server (429, 503) is honoured when it asks for longer (up to
  :data:`MAX_RETRY_AFTER`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

__all__ = [
    "MAX_INTERVAL",
    "MAX_RETRY_AFTER",
    "MIN_INTERVAL",
    "after_error",
    "after_success",
]

MIN_INTERVAL = dt.timedelta(minutes=15)
MAX_INTERVAL = dt.timedelta(hours=24)
MAX_RETRY_AFTER = dt.timedelta(days=7)
_WINDOW = dt.timedelta(days=7)


def _clamp(value: dt.timedelta) -> dt.timedelta:
    return max(MIN_INTERVAL, min(MAX_INTERVAL, value))


def after_success(
    now: dt.datetime,
    published: Iterable[dt.datetime | None],
    *,
    ttl_minutes: int | None = None,
    previous: dt.timedelta | None = None,
    modified: bool = True,
) -> dt.timedelta:
    """The interval until the next poll after a successful one.

    ``published``: the entries' dates; ``modified`` False for a 304 answer,
    which keeps ``previous`` (or the longest interval when there is none).
    """
    if not modified:
        interval = previous if previous is not None else MAX_INTERVAL
    else:
        dated = [d for d in published if d is not None and d <= now]
        recent = [d for d in dated if now - _WINDOW <= d]
        if len(recent) < 2:
            interval = MAX_INTERVAL
        elif len(recent) < len(dated):  # the feed reaches back past the week: a week's count
            interval = _WINDOW / len(recent)
        else:  # the feed lists only its latest entries: their own span
            interval = (now - min(recent)) / len(recent)
    interval = _clamp(interval)
    if ttl_minutes:
        interval = max(interval, min(MAX_RETRY_AFTER, dt.timedelta(minutes=ttl_minutes)))
    return interval


def after_error(consecutive_errors: int, *, retry_after: float | None = None) -> dt.timedelta:
    """The interval until the next poll after the ``consecutive_errors``-th error in a row."""
    exponent = max(0, min(consecutive_errors - 1, 16))
    interval = min(MAX_INTERVAL, MIN_INTERVAL * (1 << exponent))
    if retry_after is not None and retry_after > 0:
        interval = max(interval, min(MAX_RETRY_AFTER, dt.timedelta(seconds=retry_after)))
    return interval
