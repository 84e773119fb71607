"""One exception root for everything meant to reach a user.

The CLI catches ``YotenError`` in one place and prints ``str(error)`` as a
single line on stderr, exiting with ``error.exit_code``. Third-party errors
are translated at the boundary (``raise IngestError(...) from None``).
"""

from __future__ import annotations

__all__ = [
    "CheckFailed",
    "ConfigError",
    "EngineError",
    "IngestError",
    "InputError",
    "OutputError",
    "ParseError",
    "PublishError",
    "StoreError",
    "YotenError",
]


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
        return redact(f"{self.stage}: {self.message}{where}")


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


class EngineError(YotenError):
    """The digest engine failed (model server down, invalid output, refusal)."""

    exit_code = 3
    stage = "engine"


class CheckFailed(YotenError):
    """--strict: the checker found errors, nothing was written."""

    exit_code = 4
    stage = "check"


class PublishError(YotenError):
    """Publishing to a site or blog service failed."""

    exit_code = 5
    stage = "publish"


class StoreError(YotenError):
    """The database could not be read or written."""

    exit_code = 6
    stage = "store"
