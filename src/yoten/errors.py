"""One exception root for everything meant to reach a user: the error table.

The CLI catches ``YotenError`` in one place and prints ``str(error)`` as a
single line on stderr, exiting with ``error.exit_code``:

====  ===============================================================
code  classes
====  ===============================================================
1     (``check`` found errors: not an exception, the report's verdict)
2     InputError and its kinds: ConfigError, IngestError, ParseError,
      ConfirmationNeeded; FeedHTTPError, LinkUnreachable, LinkRefused,
      RobotsUnavailable
3     EngineError, ModelContextError, ModelUnreachableError
4     CheckFailed (``--strict``)
5     PublishError, RemoteGone
6     StoreError
7     RunFailed
8     OutputError
9     QueueError
====  ===============================================================

Third-party errors are translated at the boundary, in one place per
boundary, by :func:`map_errors` (as httpx's ``map_exceptions``). Each error
says whether it is ``transient`` (the same work may succeed later: a server
down, a locked database) or permanent (bad input, a refusal); a retry loop
retries only transient ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from yoten.i18n import N_, gettext

__all__ = [
    "CheckFailed",
    "ConfigError",
    "ConfirmationNeeded",
    "EngineError",
    "FeedHTTPError",
    "IngestError",
    "InputError",
    "LinkRefused",
    "LinkUnreachable",
    "ModelContextError",
    "ModelUnreachableError",
    "NoSuchSource",
    "OutputError",
    "ParseError",
    "PublishError",
    "QueueError",
    "RemoteGone",
    "RobotsUnavailable",
    "RunFailed",
    "StoreError",
    "Translation",
    "YotenError",
    "map_errors",
    "one_line",
    "stage_name",
]

#: What each error's stage is called in front of its message (translated where shown).
STAGES = {
    "yoten": N_("yoten"),
    "input": N_("input"),
    "config": N_("config"),
    "ingest": N_("ingest"),
    "parse": N_("parse"),
    "engine": N_("engine"),
    "check": N_("check"),
    "approve": N_("approve"),
    "publish": N_("publish"),
    "store": N_("store"),
    "output": N_("output"),
    "queue": N_("queue"),
    "run": N_("run"),
}


def stage_name(stage: str) -> str:
    """The name of an error's stage in the user's language."""
    return gettext(STAGES.get(stage, stage))


def one_line(value: str | BaseException, limit: int = 200) -> str:
    """``value`` on one line of at most ``limit`` characters (an ellipsis marks a cut).

    An exception is shown by its message: the database driver's own for a
    SQLAlchemy error (``.orig``), else ``str(exc)``, else its class name.
    """
    if isinstance(value, BaseException):
        orig = getattr(value, "orig", None)
        text = str(orig if orig is not None else value)
        line = " ".join(text.split()) or type(value).__name__
    else:
        line = " ".join(value.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class YotenError(Exception):
    """Base of all user-facing errors."""

    exit_code = 1
    stage = "yoten"
    transient = False
    """True when the same work may succeed later unchanged (retry); False: it will not."""

    def __init__(
        self, message: str, *, source: str | None = None, transient: bool | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        if transient is not None:
            self.transient = transient

    def __str__(self) -> str:
        from yoten.redact import redact

        where = f" ({self.source})" if self.source else ""
        return redact(f"{stage_name(self.stage)}: {self.message}{where}")


class InputError(YotenError):
    """The input given to a command cannot be used."""

    exit_code = 2
    stage = "input"


class ConfigError(InputError):
    """A setting, flag or config file is wrong."""

    stage = "config"


class IngestError(InputError):
    """A source could not be fetched or holds no article."""

    stage = "ingest"


class FeedHTTPError(IngestError):
    """The feed's server answered with an error; ``retry_after`` (seconds) when it said when to
    come back (``Retry-After`` on a 429 or 503)."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        retry_after: float | None = None,
        transient: bool | None = None,
    ) -> None:
        super().__init__(message, source=source, transient=transient)
        self.retry_after = retry_after


class LinkUnreachable(IngestError):
    """A link could not be followed for now (network down, timeout, 5xx): try again later."""

    transient = True


class LinkRefused(IngestError):
    """A link, or a redirect hop, that looks like an unsubscribe, preferences or
    other non-article link: never requested."""


class RobotsUnavailable(IngestError):
    """robots.txt answered 5xx or not at all: the host's articles wait (no attempt spent)."""

    transient = True


class ParseError(InputError):
    """A post is not in the house format."""

    stage = "parse"


class ConfirmationNeeded(InputError):
    """Approving this post needs an explicit yes: it has error findings or is not in Japanese."""

    stage = "approve"


class EngineError(YotenError):
    """The digest engine failed (model server down, invalid output, refusal)."""

    exit_code = 3
    stage = "engine"


class ModelContextError(EngineError):
    """The request does not fit the model's context window (the caller may condense and retry)."""

    def __init__(
        self,
        message: str,
        *,
        n_ctx: int | None = None,
        prompt_tokens: int | None = None,
        source: str | None = None,
    ) -> None:
        super().__init__(message, source=source)
        self.n_ctx = n_ctx
        self.prompt_tokens = prompt_tokens
        self.spent = (0, 0)  # (prompt, completion) tokens of the attempts that led here


class ModelUnreachableError(EngineError):
    """No connection to the model server, after retries (a run pauses instead of failing on)."""

    transient = True


class CheckFailed(YotenError):
    """--strict: the checker found errors, nothing was written."""

    exit_code = 4
    stage = "check"


class PublishError(YotenError):
    """Publishing to a site or blog service failed."""

    exit_code = 5
    stage = "publish"


class RemoteGone(PublishError):
    """The remote post to update no longer exists (deleted on the service)."""


class RunFailed(YotenError):
    """`yoten run`: some articles failed (recorded, retried on a later run)."""

    exit_code = 7
    stage = "run"


class StoreError(YotenError):
    """The database could not be read or written."""

    exit_code = 6
    stage = "store"


class OutputError(YotenError):
    """An output file cannot be written (not a regular file, disk full, no permission)."""

    exit_code = 8
    stage = "output"


class NoSuchSource(StoreError):
    """A source id the store does not hold (a worker's message may outlive its source)."""


class QueueError(YotenError):
    """The task queue (Redis broker) cannot be reached or used."""

    exit_code = 9
    stage = "queue"
    transient = True


Translation = type[YotenError] | tuple[type[YotenError], bool]
"""A YotenError class, or a class and whether the error is transient."""


@contextmanager
def map_errors(
    mapping: Mapping[type[BaseException], Translation],
    *,
    message: str = "{error}",
    source: str | None = None,
) -> Iterator[None]:
    """Translate third-party exceptions into YotenErrors at a boundary.

    The first key of ``mapping`` that the exception is an instance of picks
    the YotenError class (and, optionally, whether it is transient); the
    message is ``message`` with ``{error}`` replaced by :func:`one_line` of
    the exception, and the third-party exception is dropped (``from None``:
    its traceback is not for users). YotenErrors and unmapped exceptions
    pass through unchanged::

        with map_errors({OperationalError: (StoreError, True), SQLAlchemyError: StoreError}):
            ...
    """
    try:
        yield
    except YotenError:
        raise
    except Exception as exc:
        for kinds, translation in mapping.items():
            if isinstance(exc, kinds):
                cls, transient = (
                    translation if isinstance(translation, tuple) else (translation, None)
                )
                text = message.format(error=one_line(exc, 300))
                raise cls(text, source=source, transient=transient) from None
        raise
