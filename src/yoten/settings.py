"""One settings object, loaded from defaults → config file → environment → flags.

Later sources win: a flag beats an environment variable, which beats
``yoten.toml`` (in the working directory, else the user config directory).
The file is read by one reader (:func:`yoten.paths.read_config`) and
validated by one model, :class:`Settings`: ``[yoten]`` (or the top level)
gives its own fields, ``[site]``, ``[publish.hatena]``,
``[publish.wordpress]`` and ``[extractive]`` its nested tables. A wrong
value is one line that names its key (``invalid setting site.per-page: …``).
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
from yoten.i18n import gettext as _
from yoten.paths import APP, config_path, data_dir, read_config  # noqa: F401 - APP re-exported
from yoten.urlcheck import http_url_problem
from yoten.validation_words import reason

__all__ = [
    "HatenaTable",
    "NotPositive",
    "PublishTables",
    "QueueTable",
    "ReviewTable",
    "Settings",
    "SiteConfig",
    "WordPressTable",
    "config_path",
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


class NotPositive(ValueError):
    """A duration of zero or less."""


def parse_duration(value: object) -> float:
    """Seconds in ``90``, ``90s``, ``15m``, ``2h`` (or a number); ValueError otherwise."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    else:
        match = _DURATION.fullmatch(str(value).lower())
        if match is None:
            raise ValueError(
                _("expected a duration like 90, 30s, 15m or 2h, not {value!r}").format(value=value)
            )
        seconds = float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]
    if seconds <= 0:
        raise NotPositive(_("a duration must be more than zero"))
    return seconds


Duration = Annotated[float, BeforeValidator(parse_duration)]
WholeNumber = Annotated[int, Field(strict=True)]
"""An int that is not a bool, a float or a string of digits (``per-page = true`` is wrong)."""


def _path(value: object) -> object:
    return Path(value).expanduser() if isinstance(value, str) else value


def setting_error(exc: ValidationError, prefix: str = "") -> ConfigError:
    """The first problem of ``exc`` as one line naming its key, e.g. ``site.per-page``."""
    first = exc.errors()[0]
    keys = [prefix] if prefix else []
    keys += [str(part).replace("_", "-") for part in first["loc"]]
    where = ".".join(keys) or "?"
    if first["type"] == "extra_forbidden":
        return ConfigError(_("unknown setting {where}").format(where=where))
    return ConfigError(
        _("invalid setting {where}: {error}").format(where=where, error=reason(first))
    )


class _Table(BaseModel):
    """A table of yoten.toml: unknown keys are errors, values are checked by type."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)

    def __init__(self, **data: Any) -> None:
        """Built in code (``SiteConfig(per_page=0)``), a bad value is a ConfigError too."""
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise setting_error(exc, _TABLE_NAMES.get(type(self).__name__, "")) from None


Tone = Literal["none", "sepia", "soft"]


class SiteConfig(_Table):
    """``[site]``: options of a site build (``yoten site build``, ``review --site-dir``)."""

    base_url: str = "http://127.0.0.1:8080/"
    title: str = "yoten"
    description: str = "海外ニュースのダイジェスト"
    author: str = "yoten"
    per_page: WholeNumber = Field(10, ge=1)
    feed_limit: WholeNumber = Field(20, ge=1)
    timezone: str = "Asia/Tokyo"
    image_tone: Tone = "none"
    image_width: WholeNumber = Field(1200, ge=320, le=4000)
    image_ratio: float = Field(3.0, ge=1.0, le=6.0, strict=True)  # finite: allow_inf_nan
    images_dir: Annotated[Path | None, BeforeValidator(_path)] = None
    """The header image library; ``None``: ``data_dir()/images``."""

    @field_validator("base_url")
    @classmethod
    def _site_url(cls, value: str) -> str:
        problem = http_url_problem(value)
        if problem is not None:
            raise ValueError(f"must be an http(s) URL, got {value!r} ({problem})")
        return value if value.endswith("/") else value + "/"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value


class HatenaTable(_Table):
    """``[publish.hatena]`` (each key may also come from a YOTEN_HATENA_* variable)."""

    user: str | None = None
    blog_id: str | None = None
    api_key: SecretStr | None = None
    auth: str | None = None
    endpoint: str | None = None


class WordPressTable(_Table):
    """``[publish.wordpress]`` (each key may also come from a YOTEN_WP_* variable)."""

    url: str | None = None
    user: str | None = None
    app_password: SecretStr | None = None


class ReviewTable(_Table):
    """``[review]``: defaults of ``yoten review`` (its flags win; the password stays in
    YOTEN_REVIEW_PASSWORD)."""

    host: str = "127.0.0.1"
    port: WholeNumber = Field(8000, ge=0, le=65535)
    allowed_hosts: list[str] = Field(default_factory=list)
    certfile: Annotated[Path | None, BeforeValidator(_path)] = None
    keyfile: Annotated[Path | None, BeforeValidator(_path)] = None


class QueueTable(_Table):
    """``[queue]``: the Redis URL of the distributed mode (``--queue``, YOTEN_QUEUE win)."""

    url: str | None = None


class PublishTables(_Table):
    """``[publish.*]``: the blog services' own tables."""

    hatena: HatenaTable = Field(default_factory=HatenaTable)
    wordpress: WordPressTable = Field(default_factory=WordPressTable)


_TABLE_NAMES = {
    "SiteConfig": "site",
    "HatenaTable": "publish.hatena",
    "WordPressTable": "publish.wordpress",
    "PublishTables": "publish",
    "ReviewTable": "review",
    "QueueTable": "queue",
}
#: Settings field → the table of yoten.toml it is read from.
TABLES = {
    "site": "site",
    "services": "publish",
    "review": "review",
    "queue": "queue",
    "extractive": "extractive",
}


class Settings(BaseModel):
    """Everything a command may be configured with."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    engine: str | None = Field(
        None,
        description="Digest engine (extractive, openai or a plugin's); default openai when "
        "base_url is set, else extractive.",
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

    site: SiteConfig = Field(default_factory=SiteConfig, description="[site] of yoten.toml.")
    services: PublishTables = Field(
        default_factory=PublishTables,
        description="[publish.hatena] and [publish.wordpress] of yoten.toml.",
    )
    review: ReviewTable = Field(default_factory=ReviewTable, description="[review] of yoten.toml.")
    queue: QueueTable = Field(default_factory=QueueTable, description="[queue] of yoten.toml.")
    extractive: dict[str, Any] = Field(
        default_factory=dict,
        description="[extractive] of yoten.toml, read by that engine (its length budget).",
    )

    @field_validator("engine")
    @classmethod
    def _registered_engine(cls, value: str | None) -> str | None:
        """A built-in engine or one a plugin registers (``yoten.engines`` entry points)."""
        if value is None:
            return value
        from yoten.registry import available

        names = available("engine")
        if value not in names:
            raise ValueError(f"unknown engine {value!r} (choose from: {', '.join(names)})")
        return value

    @field_validator("base_url")
    @classmethod
    def _http_base_url(cls, value: str | None) -> str | None:
        """An http(s) URL with a host (a bad IPv6 literal is a setting error, not a crash)."""
        if value is None:
            return value
        problem = http_url_problem(value.strip())
        if problem is not None:
            raise ValueError(
                _("must be an http(s) URL with a host, e.g. http://localhost:11434/v1")
                + f" ({problem})"
            )
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
        for service, key in (("hatena", "api_key"), ("wordpress", "app_password")):
            if data["services"][service][key] is not None:
                data["services"][service][key] = MASK
        for name in ("db", "base_url"):
            if isinstance(data.get(name), str):
                data[name] = redact_url(data[name])
        if isinstance(data["queue"]["url"], str):
            data["queue"]["url"] = redact_url(data["queue"]["url"])
        data["engine"] = self.effective_engine
        return data


def _dashes_to_underscores(table: dict[str, Any]) -> dict[str, Any]:
    """Keys as Python names (``per-page`` → ``per_page``), in nested tables too."""
    return {
        str(k).replace("-", "_"): _dashes_to_underscores(v) if isinstance(v, dict) else v
        for k, v in table.items()
    }


def _from_file(path: Path) -> dict[str, Any]:
    """Settings' fields from yoten.toml: ``[yoten]`` (or the top level) and the known tables."""
    try:
        raw = read_config(path)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            _("cannot read config file: {exc}").format(exc=exc), source=str(path)
        ) from None
    # Settings live in [yoten] (or at the top level); other tables such as
    # [publish.hatena] or [site] are nested models; unknown tables are a plugin's.
    section = raw.get("yoten", {k: v for k, v in raw.items() if not isinstance(v, dict)})
    if not isinstance(section, dict):
        raise ConfigError(_("[yoten] in the config file must be a table"), source=str(path))
    values = _dashes_to_underscores(section)
    for field, table in TABLES.items():
        if table in raw:
            if not isinstance(raw[table], dict):
                raise ConfigError(
                    _("[{name}] in the config file must be a table").format(name=table),
                    source=str(path),
                )
            values[field] = _dashes_to_underscores(raw[table])
    return values


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
        raise setting_error(exc) from None
