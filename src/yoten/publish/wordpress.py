"""WordPress through its REST API, with an application password (Basic auth).

- create: ``POST {url}/wp-json/wp/v2/posts`` → 201 ``{"id", "link"}``
- update: ``POST {url}/wp-json/wp/v2/posts/{id}`` → 200
- tags: names resolved to ids with ``GET /wp-json/wp/v2/tags?search=``,
  created with ``POST /wp-json/wp/v2/tags`` when missing
- status ``draft`` or ``publish``; content is the house format as HTML
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from yoten.errors import PublishError
from yoten.i18n import gettext as _
from yoten.publish.base import Entry, HttpApi, RemotePost, require, service_config
from yoten.site.model import check_http_url

__all__ = ["WordPressConfig", "WordPressPublisher"]

ENV = {"url": "YOTEN_WP_URL", "user": "YOTEN_WP_USER", "app_password": "YOTEN_WP_APP_PASSWORD"}


@dataclass(frozen=True)
class WordPressConfig:
    """The site and an application password for one user."""

    url: str
    user: str
    app_password: str = field(repr=False)

    @property
    def api(self) -> str:
        return self.url.rstrip("/") + "/wp-json/wp/v2"

    @classmethod
    def load(
        cls, *, environ: Mapping[str, str] | None = None, config_file: Path | None = None
    ) -> WordPressConfig:
        """From YOTEN_WP_* variables or ``[publish.wordpress]`` of yoten.toml."""
        values = service_config("wordpress", ENV, environ=environ, config_file=config_file)
        url = check_http_url(require(values, "url", "wordpress", ENV["url"]), "YOTEN_WP_URL")
        return cls(
            url=url,
            user=require(values, "user", "wordpress", ENV["user"]),
            app_password=require(values, "app_password", "wordpress", ENV["app_password"]),
        )


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        raise PublishError(
            _("wordpress: answer is not JSON (HTTP {status_code})").format(
                status_code=response.status_code
            )
        ) from None


def _remote(data: Any) -> RemotePost:
    if not isinstance(data, dict) or "id" not in data:
        raise PublishError(_("wordpress: the answer names no post id"))
    link = data.get("link")
    return RemotePost(str(data["id"]), link if isinstance(link, str) else None)


class WordPressPublisher:
    """Creates and updates posts on one WordPress site."""

    target = "wordpress"

    @classmethod
    def configured(
        cls,
        *,
        environ: Mapping[str, str] | None = None,
        config_file: Path | None = None,
        timeout: float = 30.0,
        max_retry_wait: float = 10.0,
    ) -> WordPressPublisher:
        """The publisher with its credentials from the environment or yoten.toml."""
        config = WordPressConfig.load(environ=environ, config_file=config_file)
        return cls(config, timeout=timeout, max_retry_wait=max_retry_wait)

    def __init__(
        self, config: WordPressConfig, *, timeout: float = 30.0, max_retry_wait: float = 10.0
    ) -> None:
        self.config = config
        self.api = HttpApi(
            "wordpress",
            _("check YOTEN_WP_USER and YOTEN_WP_APP_PASSWORD (an application password)"),
            timeout=timeout,
            max_retry_wait=max_retry_wait,
            secrets=(config.app_password, config.app_password.replace(" ", "")),
            users=(config.user,),
        )
        self._auth = httpx.BasicAuth(config.user, config.app_password)

    def tag_ids(self, names: Sequence[str]) -> list[int]:
        """Ids of the tags named ``names``, creating the missing ones."""
        ids: list[int] = []
        for name in names:
            found = _json(
                self.api.request(
                    "GET",
                    f"{self.config.api}/tags",
                    params={"search": name, "per_page": 100},
                    auth=self._auth,
                )
            )
            match = (
                next(
                    (
                        t
                        for t in found
                        if isinstance(t, dict)
                        and html.unescape(str(t.get("name", ""))).casefold() == name.casefold()
                    ),
                    None,
                )
                if isinstance(found, list)
                else None
            )
            if match is None:
                match = self._create_tag(name)
            tag_id = int(match["id"])
            if tag_id not in ids:
                ids.append(tag_id)
        return ids

    def _create_tag(self, name: str) -> dict[str, Any]:
        url = f"{self.config.api}/tags"
        response = self.api.request(
            "POST", url, json={"name": name}, auth=self._auth, accept=(400,)
        )
        if response.status_code == 400:  # created meanwhile: WordPress names the existing term
            data = _json(response)
            if isinstance(data, dict) and data.get("code") == "term_exists":
                term = (data.get("data") or {}).get("term_id")
                if term is not None:
                    return {"id": term}
        data = _json(self.api.check(response, url, False))
        if not isinstance(data, dict) or "id" not in data:
            raise PublishError(_("wordpress: tag {name!r} was not created").format(name=name))
        return data

    def _body(self, entry: Entry) -> dict[str, Any]:
        return {
            "title": entry.title,
            "content": entry.html,
            "status": "draft" if entry.draft else "publish",
            "tags": self.tag_ids(entry.categories),
        }

    def create(self, entry: Entry) -> RemotePost:
        response = self.api.request(
            "POST", f"{self.config.api}/posts", json=self._body(entry), auth=self._auth
        )
        return _remote(_json(response))

    def update(self, remote_id: str, entry: Entry) -> RemotePost:
        if not remote_id.isdigit():
            raise PublishError(
                _("wordpress: stored post id {remote_id!r} is not a number").format(
                    remote_id=remote_id
                )
            )
        response = self.api.request(
            "POST",
            f"{self.config.api}/posts/{remote_id}",
            json=self._body(entry),
            auth=self._auth,
            not_found_gone=True,
        )
        return _remote(_json(response))

    def close(self) -> None:
        self.api.close()
