"""One settings object, loaded from defaults → config file → environment → flags.

Later sources win: a flag beats an environment variable, which beats
``yoten.toml`` (in the working directory, else the user config directory).
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)

from yoten.errors import ConfigError
from yoten.paths import APP, config_path, data_dir  # noqa: F401 - APP re-exported

__all__ = [
    "Settings",
    "config_path",
    "config_table",
    "data_dir",
    "load_settings",
    "parse_duration",
]


# environment variable → settings field
ENV_VARS: dict[str, str] = {
    "YOTEN_ENGINE": "engine",
    "YOTEN_BASE_URL": "base_url",
    "YOTEN_MODEL": "model",
    "YOTEN_API_KEY": "api_key",
    "YOTEN_TIMEOUT": "timeout",
    "YOTEN_MODEL_TIMEOUT": "model_timeout",
    "YOTEN_MAX_TOKENS": "max_tokens",
    "YOTEN_ARTICLE_TIMEOUT": "article_timeout",
    "YOTEN_MAX_INPUT_TOKENS": "max_input_tokens",
    "YOTEN_PROMPT": "prompt_file",
    "YOTEN_DB": "db",
    "YOTEN_GLOSSARY": "glossary",
    "YOTEN_PUBLISH": "publish",
    "YOTEN_LANGUAGE": "language",
    "YOTEN_PER_HOST": "per_host",
    "YOTEN_LEASE": "lease",
    "YOTEN_STOP_GRACE": "stop_grace",
}


_DURATION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*")


def parse_duration(value: object) -> float:
    """Seconds in ``90``, ``90s``, ``15m``, ``2h`` (or a number); ValueError otherwise."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    else:
        match = _DURATION.fullmatch(str(value).lower())
        if match is None:
            raise ValueError(f"expected a duration like 90, 30s, 15m or 2h, not {value!r}")
        seconds = float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]
    if seconds <= 0:
        raise ValueError("a duration must be more than zero")
    return seconds


Duration = Annotated[float, BeforeValidator(parse_duration)]


class Settings(BaseModel):
    """Everything a command may be configured with."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    engine: Literal["extractive", "openai"] | str | None = Field(
        None, description="Digest engine; default openai when base_url is set, else extractive."
    )
    base_url: str | None = Field(None, description="OpenAI-compatible server, e.g. .../v1")
    model: str | None = Field(None, description="Model name on that server.")
    api_key: SecretStr | None = Field(None, description="API key (never printed).")
    timeout: float = Field(
        120.0, gt=0, le=86_400, description="Seconds per page fetch (not model calls)."
    )
    model_timeout: Duration = Field(
        900.0,
        description="Seconds (or 90s, 15m, 2h) one model answer may take, first token included.",
    )
    max_tokens: int | None = Field(
        None, ge=16, description="Answer budget per model call; default sized from the input."
    )
    article_timeout: float = Field(
        1200.0, gt=0, description="Seconds `yoten run` gives one article's digest, any engine."
    )
    max_retries: int = Field(2, ge=0, le=10, description="Retries for invalid output / 5xx.")
    retry_delay: float = Field(
        2.0, ge=0, description="Seconds before the first retry of a failed model call (doubles)."
    )
    max_input_tokens: int | None = Field(
        None,
        ge=200,
        description="Longer articles are condensed first; default from the server's context, else 6000.",
    )
    temperature: float = Field(0.2, ge=0, le=2)
    prompt_file: Path | None = Field(None, description="Replaces the packaged prompt template.")
    max_bytes: int = Field(
        5_000_000, gt=0, le=1_000_000_000, description="Size cap for fetched pages."
    )
    db: str | None = Field(None, description="SQLAlchemy URL of the store.")
    glossary: Path | None = Field(None, description="Glossary file (original → katakana).")
    publish: Literal["never", "clean"] = Field(
        "never",
        description="yoten run / worker: never publish, or publish clean digests "
        "(in Japanese, no error finding).",
    )
    publish_to: list[str] = Field(
        default_factory=list, description="Blog services a clean digest also goes to."
    )
    language: Literal["ja", "en"] | None = Field(
        None, description="Language of yoten's own messages and pages; default from the locale."
    )
    per_host: int = Field(
        1,
        ge=1,
        le=16,
        description="Article fetches in flight per host (robots.txt still honoured).",
    )
    lease: Duration = Field(
        180.0,
        ge=2,  # claims are stored to the second
        le=86_400,
        description="How long a run or worker holds an article it works on (renewed every "
        "third of it while the work goes on; a dead process's articles are free after it).",
    )
    stop_grace: Duration = Field(
        60.0,
        le=86_400,
        description="After SIGTERM or Ctrl-C, how long model answers on their way may take "
        "to arrive and be stored; work not finished by then is released for the next run.",
    )

    @field_validator("base_url")
    @classmethod
    def _http_base_url(cls, value: str | None) -> str | None:
        """An http(s) URL with a host (a bad IPv6 literal is a setting error, not a crash)."""
        if value is None:
            return value
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(value.strip())
            parts.port  # noqa: B018 - raises ValueError for a bad port
        except ValueError as exc:
            raise ValueError(f"not a valid URL: {exc}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http(s) URL with a host, e.g. http://localhost:11434/v1")
        return value.strip()

    @property
    def effective_engine(self) -> str:
        if self.engine:
            return self.engine
        return "openai" if self.base_url else "extractive"

    def masked(self) -> dict[str, Any]:
        """The settings as plain data with secrets masked, for `yoten config show`."""
        from yoten.redact import MASK, redact_url

        data = self.model_dump(mode="json")
        data["api_key"] = MASK if self.api_key else None  # not even the last characters
        for name in ("db", "base_url"):
            if isinstance(data.get(name), str):
                data[name] = redact_url(data[name])
        data["engine"] = self.effective_engine
        return data


def _from_file(path: Path) -> dict[str, Any]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file: {exc}", source=str(path)) from None
    # Settings live in [yoten] (or at the top level); other tables such as
    # [publish.hatena] or [site] belong to the commands that read them.
    section = raw.get("yoten", {k: v for k, v in raw.items() if not isinstance(v, dict)})
    if not isinstance(section, dict):
        raise ConfigError("[yoten] in the config file must be a table", source=str(path))
    return {k.replace("-", "_"): v for k, v in section.items()}


def config_table(name: str) -> dict[str, Any]:
    """Table ``[name]`` of the config file (e.g. ``[site]``), keys with ``-`` as ``_``."""
    path = config_path()
    if path is None:
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file: {exc}", source=str(path)) from None
    table = raw.get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"[{name}] in the config file must be a table", source=str(path))
    return {k.replace("-", "_"): v for k, v in table.items()}


def _from_env(environ: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if environ.get("OPENAI_API_KEY"):
        values["api_key"] = environ["OPENAI_API_KEY"]
    for var, field in ENV_VARS.items():
        if environ.get(var):
            values[field] = environ[var]
    return values


def load_settings(
    flags: dict[str, Any] | None = None,
    *,
    environ: dict[str, str] | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Merge defaults, the config file, the environment and flags (``None`` flags are unset)."""
    merged: dict[str, Any] = {}
    path = config_file or config_path()
    if path is not None:
        merged.update(_from_file(path))
    merged.update(_from_env(dict(os.environ if environ is None else environ)))
    merged.update({k: v for k, v in (flags or {}).items() if v is not None})
    try:
        return Settings.model_validate(merged)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"invalid setting {where}: {first['msg']}") from None
