"""One exception root for everything meant to reach a user.

The CLI catches ``YotenError`` in one place and prints ``str(error)`` as a
single line on stderr, exiting with ``error.exit_code``. Third-party errors
are translated at the boundary (``raise IngestError(...) from None``).
"""

from __future__ import annotations

from yoten.i18n import N_, gettext

__all__ = [
    "CheckFailed",
    "ConfigError",
    "ConfirmationNeeded",
    "EngineError",
    "IngestError",
    "InputError",
    "ModelContextError",
    "ModelUnreachableError",
    "OutputError",
    "ParseError",
    "PublishError",
    "RunFailed",
    "StoreError",
    "YotenError",
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


def one_line(text: str, limit: int = 200) -> str:
    """``text`` on one line of at most ``limit`` characters (an ellipsis marks a cut)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class YotenError(Exception):
    """Base of all user-facing errors."""

    exit_code = 1
    stage = "yoten"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

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


class OutputError(InputError):
    """An output file cannot be written (not a regular file, disk full, no permission)."""

    stage = "output"


class IngestError(InputError):
    """A source could not be fetched or holds no article."""

    stage = "ingest"


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


class CheckFailed(YotenError):
    """--strict: the checker found errors, nothing was written."""

    exit_code = 4
    stage = "check"


class PublishError(YotenError):
    """Publishing to a site or blog service failed."""

    exit_code = 5
    stage = "publish"


class RunFailed(YotenError):
    """`yoten run`: some articles failed (recorded, retried on a later run)."""

    exit_code = 7
    stage = "run"


class StoreError(YotenError):
    """The database could not be read or written."""

    exit_code = 6
    stage = "store"
