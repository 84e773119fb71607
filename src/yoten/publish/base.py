"""What every blog-service publisher shares: the entry, the result, idempotent publishing,
credentials from the environment or yoten.toml, and HTTP with one-line errors.
"""

from __future__ import annotations

import email.utils
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx
from pydantic import SecretStr

from yoten.errors import ConfigError, PublishError, RemoteGone, one_line
from yoten.httpguard import guarded_client
from yoten.i18n import gettext as _
from yoten.models import Digest
from yoten.redact import redact, redact_url
from yoten.settings import load_settings

__all__ = [
    "Entry",
    "HttpApi",
    "PublicationLog",
    "PublicationRecord",
    "PublishResult",
    "Publisher",
    "RemoteGone",
    "RemotePost",
    "make_entry",
    "publish_digest",
    "service_config",
]

USER_AGENT = "yoten (+https://github.com/yoten)"
MAX_ANSWER_BYTES = 10_000_000
"""Cap on a blog service's decoded answer."""


@dataclass(frozen=True)
class Entry:
    """One post as a blog service receives it."""

    title: str
    markdown: str
    html: str
    categories: tuple[str, ...] = ()
    draft: bool = False


@dataclass(frozen=True)
class RemotePost:
    """A post on the service: its id there and its public URL."""

    remote_id: str
    url: str | None


@dataclass(frozen=True)
class PublishResult:
    """The outcome of :func:`publish_digest`."""

    target: str
    remote_id: str
    url: str | None
    created: bool
    draft: bool


class Publisher(Protocol):
    """A blog service: create a post, or update the one it made before."""

    target: str

    def create(self, entry: Entry) -> RemotePost: ...

    def update(self, remote_id: str, entry: Entry) -> RemotePost: ...

    def close(self) -> None: ...


class PublicationRecord(Protocol):
    """What the store remembers about one publication."""

    @property
    def remote_id(self) -> str | None: ...

    @property
    def url(self) -> str | None: ...


class PublicationLog(Protocol):
    """Where remote ids are kept (``yoten.store.Store`` implements this)."""

    def get_publication(self, digest_id: int, target: str) -> PublicationRecord | None: ...

    def record_publication(
        self, digest_id: int, target: str, *, remote_id: str | None = ..., url: str | None = ...
    ) -> object: ...


def make_entry(digest: Digest, *, tags: Sequence[str] = (), draft: bool = False) -> Entry:
    """The entry for ``digest``: Markdown (for Hatena) and HTML (for WordPress) bodies,
    the tags plus the source outlet as categories."""
    from yoten.render.markdown import render_markdown
    from yoten.site.render import clean_digest, embedded_body

    digest, _notes = clean_digest(digest)
    markdown = _without_title(render_markdown(digest))
    html = embedded_body(digest)
    categories: list[str] = []
    outlets = [s.outlet.strip() for s in digest.sources if s.outlet and s.outlet.strip()]
    for raw in [*tags, *outlets[:1]]:
        name = " ".join(raw.split())
        if name and name not in categories:
            categories.append(name)
    return Entry(digest.headline, markdown, html, tuple(categories), draft)


def _without_title(markdown: str) -> str:
    """Drop the leading ``# headline`` line: services show the title themselves."""
    lines = markdown.splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
        while lines and not lines[0].strip():
            lines = lines[1:]
    return "\n".join(lines) + "\n"


def publish_digest(
    digest_id: int,
    digest: Digest,
    publisher: Publisher,
    log: PublicationLog,
    *,
    tags: Sequence[str] = (),
    draft: bool = False,
) -> PublishResult:
    """Publish ``digest`` to ``publisher``'s service; idempotent through ``log``.

    The first call creates the remote post and records its id; later calls
    update that post instead of creating a copy. If the remote post was
    deleted meanwhile, a new one is created and recorded.
    """
    entry = make_entry(digest, tags=tags, draft=draft)
    known = log.get_publication(digest_id, publisher.target)
    remote: RemotePost | None = None
    created = False
    if known is not None and known.remote_id:
        try:
            remote = publisher.update(known.remote_id, entry)
        except RemoteGone:
            remote = None
    if remote is None:
        remote = publisher.create(entry)
        created = True
    log.record_publication(digest_id, publisher.target, remote_id=remote.remote_id, url=remote.url)
    return PublishResult(publisher.target, remote.remote_id, remote.url, created, draft)


# -- configuration -------------------------------------------------------------


def service_config(
    service: str,
    env_names: Mapping[str, str],
    *,
    environ: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> dict[str, str]:
    """Settings of one service: ``[publish.<service>]`` of yoten.toml, overridden by env vars.

    ``env_names`` maps each key to its environment variable. The table is
    :class:`yoten.settings.Settings`' ``services``, read and type-checked once.
    """
    env = os.environ if environ is None else environ
    settings = load_settings(environ=dict(env), config_file=config_file)
    table = getattr(settings.services, service)
    values: dict[str, str] = {}
    for key, value in table:
        text = value.get_secret_value() if isinstance(value, SecretStr) else value
        if text is not None:
            values[key] = str(text)
    for key, var in env_names.items():
        if env.get(var):
            values[key] = env[var]
    return values


def require(values: Mapping[str, str], key: str, service: str, env_var: str) -> str:
    """``values[key]`` or a ConfigError naming the variable and the config table."""
    value = values.get(key, "").strip()
    if not value:
        raise ConfigError(
            _(
                "{service}: {env_var} is not set (or {key} in [publish.{service}] of yoten.toml)"
            ).format(service=service, env_var=env_var, key=key)
        )
    return value


# -- HTTP ------------------------------------------------------------------------


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date, RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass
class HttpApi:
    """An httpx client for one service that turns HTTP failures into one-line PublishErrors.

    A 429 answer whose Retry-After is at most ``max_retry_wait`` seconds is
    retried once after that wait; otherwise it is an error.
    """

    service: str
    auth_hint: str
    timeout: float = 30.0
    max_retry_wait: float = 10.0
    transport: httpx.BaseTransport | None = None
    secrets: tuple[str, ...] = field(default=(), repr=False)
    """Credentials sent to the service: masked in every error this API raises."""
    users: tuple[str, ...] = ()
    _client: httpx.Client = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._client = guarded_client(
            timeout=self.timeout,
            max_bytes=MAX_ANSWER_BYTES,
            transport=self.transport,
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
        )

    def close(self) -> None:
        self._client.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        headers_factory: Any = None,
        not_found_gone: bool = False,
        accept: tuple[int, ...] = (),
        **kwargs: Any,
    ) -> httpx.Response:
        """Send a request; ``headers_factory()`` is called per attempt (fresh WSSE tokens).

        Answers with a status in ``accept`` are returned as they are, for the caller to read.
        """
        for attempt in (1, 2):
            headers = headers_factory() if headers_factory is not None else {}
            try:
                response = self._client.request(method, url, headers=headers, **kwargs)
            except httpx.TimeoutException:
                raise PublishError(
                    _("{service}: no answer within {timeout:g} s").format(
                        service=self.service, timeout=self.timeout
                    ),
                    source=url,
                    transient=True,
                ) from None
            except httpx.DecodingError as exc:
                raise PublishError(
                    _("{service}: unusable answer: {exc}").format(service=self.service, exc=exc),
                    source=url,
                ) from None
            except httpx.HTTPError as exc:
                raise PublishError(
                    _("{service}: cannot connect ({name})").format(
                        service=self.service, name=type(exc).__name__
                    ),
                    source=url,
                    transient=True,
                ) from None
            if response.status_code == 429 and attempt == 1:
                wait = _retry_after(response.headers.get("Retry-After"))
                if wait is not None and wait <= self.max_retry_wait:
                    time.sleep(wait)
                    continue
            if response.status_code in accept:
                return response
            return self.check(response, url, not_found_gone)
        raise AssertionError("unreachable")  # pragma: no cover

    def check(self, response: httpx.Response, url: str, not_found_gone: bool) -> httpx.Response:
        code = response.status_code
        if code < 300:
            return response
        if code in (401, 403):
            raise PublishError(
                _("{service}: authentication failed (HTTP {code}); {auth_hint}").format(
                    service=self.service, code=code, auth_hint=self.auth_hint
                ),
                source=url,
            )
        if code == 404 and not_found_gone:
            raise RemoteGone(
                _("{service}: the post no longer exists (HTTP 404)").format(service=self.service),
                source=url,
            )
        if code == 429:
            after = response.headers.get("Retry-After")
            hint = (
                _("; retry after {after} s").format(after=after.strip())
                if after and after.strip().isdigit()
                else (_("; retry after {after}").format(after=after.strip()) if after else "")
            )
            raise PublishError(
                _("{service}: rate limited (HTTP 429){hint}").format(
                    service=self.service, hint=hint
                ),
                source=url,
                transient=True,
            )
        if code >= 500:
            raise PublishError(
                _("{service}: server error (HTTP {code}), try again later").format(
                    service=self.service, code=code
                ),
                source=url,
                transient=True,
            )
        snippet = redact(_snippet(response), self.secrets, users=self.users)
        raise PublishError(
            _("{service}: request refused (HTTP {code}): {snippet}").format(
                service=self.service, code=code, snippet=snippet
            ),
            source=redact_url(url),
        )


def _snippet(response: httpx.Response, limit: int = 160) -> str:
    """A short single-line excerpt of an error body."""
    try:
        data = response.json()
        if isinstance(data, dict) and isinstance(data.get("message"), str):
            text = data["message"]
        else:
            text = response.text
    except ValueError:
        text = response.text
    return one_line(text, limit) or "no details"
