"""One settings object, loaded from defaults → config file → environment → flags.

Later sources win: a flag beats an environment variable, which beats
``yoten.toml`` (in the working directory, else the user config directory).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from yoten.errors import ConfigError

__all__ = ["Settings", "config_path", "config_table", "data_dir", "load_settings"]

APP = "yoten"

# environment variable → settings field
ENV_VARS: dict[str, str] = {
    "YOTEN_ENGINE": "engine",
    "YOTEN_BASE_URL": "base_url",
    "YOTEN_MODEL": "model",
    "YOTEN_API_KEY": "api_key",
    "YOTEN_TIMEOUT": "timeout",
    "YOTEN_MAX_INPUT_TOKENS": "max_input_tokens",
    "YOTEN_PROMPT": "prompt_file",
    "YOTEN_DB": "db",
    "YOTEN_GLOSSARY": "glossary",
    "YOTEN_PER_HOST": "per_host",
}


class Settings(BaseModel):
    """Everything a command may be configured with."""

    model_config = ConfigDict(extra="forbid")

    engine: Literal["extractive", "openai"] | str | None = Field(
        None, description="Digest engine; default openai when base_url is set, else extractive."
    )
    base_url: str | None = Field(None, description="OpenAI-compatible server, e.g. .../v1")
    model: str | None = Field(None, description="Model name on that server.")
    api_key: SecretStr | None = Field(None, description="API key (never printed).")
    timeout: float = Field(120.0, gt=0, description="Seconds per network request.")
    max_retries: int = Field(2, ge=0, le=10, description="Retries for invalid output / 5xx.")
    max_input_tokens: int = Field(
        6000, ge=500, description="Longer articles are condensed section by section first."
    )
    temperature: float = Field(0.2, ge=0, le=2)
    prompt_file: Path | None = Field(None, description="Replaces the packaged prompt template.")
    max_bytes: int = Field(5_000_000, gt=0, description="Size cap for fetched pages.")
    db: str | None = Field(None, description="SQLAlchemy URL of the store.")
    glossary: Path | None = Field(None, description="Glossary file (original → katakana).")
    per_host: int = Field(
        1,
        ge=1,
        le=16,
        description="Article fetches in flight per host (robots.txt still honoured).",
    )

    @property
    def effective_engine(self) -> str:
        if self.engine:
            return self.engine
        return "openai" if self.base_url else "extractive"

    def masked(self) -> dict[str, Any]:
        """The settings as plain data with secrets masked, for `yoten config show`."""
        data = self.model_dump(mode="json")
        key = self.api_key.get_secret_value() if self.api_key else ""
        data["api_key"] = ("****" + key[-4:] if len(key) > 8 else "****") if key else None
        data["engine"] = self.effective_engine
        return data


def config_path() -> Path | None:
    """``./yoten.toml`` if present, else the user config file if present."""
    local = Path.cwd() / "yoten.toml"
    if local.is_file():
        return local
    user = Path(platformdirs.user_config_dir(APP)) / "yoten.toml"
    return user if user.is_file() else None


def data_dir() -> Path:
    """Where yoten keeps its database and images unless told otherwise."""
    override = os.environ.get("YOTEN_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP))


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
