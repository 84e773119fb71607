"""Hatena Blog through its AtomPub API.

- create: ``POST {root}/atom/entry`` → 201 with the entry (``link rel="edit"``)
- update: ``PUT {root}/atom/entry/{entry_id}`` → 200
- auth: Basic (Hatena ID + API key) or WSSE ``UsernameToken`` where
  PasswordDigest = Base64(SHA1(nonce + created + api_key))
- content ``type="text/x-markdown"``, categories, ``<app:control><app:draft>``
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import quote
from xml.etree import ElementTree as ET

import httpx

from yoten.errors import ConfigError, PublishError
from yoten.i18n import gettext as _
from yoten.publish.base import Entry, HttpApi, RemotePost, require, service_config
from yoten.site.model import check_http_url

__all__ = ["HatenaConfig", "HatenaPublisher", "entry_xml", "wsse_header"]

ATOM = "http://www.w3.org/2005/Atom"
APP = "http://www.w3.org/2007/app"
ENV = {
    "user": "YOTEN_HATENA_USER",
    "blog_id": "YOTEN_HATENA_BLOG_ID",
    "api_key": "YOTEN_HATENA_API_KEY",
    "auth": "YOTEN_HATENA_AUTH",
    "endpoint": "YOTEN_HATENA_ENDPOINT",
}


@dataclass(frozen=True)
class HatenaConfig:
    """Where and as whom to post. ``endpoint`` overrides the blog root URL."""

    user: str
    blog_id: str
    api_key: str = field(repr=False)
    auth: Literal["wsse", "basic"] = "wsse"
    endpoint: str | None = None

    @property
    def root(self) -> str:
        """The blog root, e.g. ``https://blog.hatena.ne.jp/USER/BLOG``."""
        if self.endpoint:
            return self.endpoint.rstrip("/")
        return f"https://blog.hatena.ne.jp/{quote(self.user)}/{quote(self.blog_id)}"

    @classmethod
    def load(
        cls, *, environ: Mapping[str, str] | None = None, config_file: Path | None = None
    ) -> HatenaConfig:
        """From YOTEN_HATENA_* variables or ``[publish.hatena]`` of yoten.toml."""
        values = service_config("hatena", ENV, environ=environ, config_file=config_file)
        auth = values.get("auth", "wsse").strip().lower() or "wsse"
        if auth not in ("wsse", "basic"):
            raise ConfigError(
                _("hatena: auth must be wsse or basic, got {auth!r}").format(auth=auth)
            )
        endpoint = values.get("endpoint") or None
        if endpoint:
            check_http_url(endpoint, "hatena endpoint")
        return cls(
            user=require(values, "user", "hatena", ENV["user"]),
            blog_id=require(values, "blog_id", "hatena", ENV["blog_id"]),
            api_key=require(values, "api_key", "hatena", ENV["api_key"]),
            auth="basic" if auth == "basic" else "wsse",
            endpoint=endpoint,
        )


def wsse_header(
    user: str, api_key: str, *, nonce: bytes | None = None, created: str | None = None
) -> str:
    """An ``X-WSSE`` UsernameToken value (WS-Security UsernameToken profile, SHA-1 digest)."""
    nonce = nonce if nonce is not None else os.urandom(20)
    created = created or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = base64.b64encode(
        hashlib.sha1(nonce + created.encode() + api_key.encode()).digest()
    ).decode()
    return (
        f'UsernameToken Username="{user}", PasswordDigest="{digest}", '
        f'Nonce="{base64.b64encode(nonce).decode()}", Created="{created}"'
    )


def entry_xml(entry: Entry, author: str) -> bytes:
    """The Atom entry document Hatena expects."""
    ET.register_namespace("", ATOM)
    ET.register_namespace("app", APP)
    root = ET.Element(f"{{{ATOM}}}entry")
    ET.SubElement(root, f"{{{ATOM}}}title").text = entry.title
    ET.SubElement(ET.SubElement(root, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = author
    content = ET.SubElement(root, f"{{{ATOM}}}content", type="text/x-markdown")
    content.text = entry.markdown
    for term in entry.categories:
        ET.SubElement(root, f"{{{ATOM}}}category", term=term)
    control = ET.SubElement(root, f"{{{APP}}}control")
    ET.SubElement(control, f"{{{APP}}}draft").text = "yes" if entry.draft else "no"
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return body


def _parse_entry(response: httpx.Response, fallback_id: str | None) -> RemotePost:
    """Entry id (last segment of the edit link or Location) and public URL from an answer."""
    edit = response.headers.get("Location")
    url: str | None = None
    try:
        doc = ET.fromstring(response.content) if response.content else None
    except ET.ParseError:
        doc = None
    if doc is not None:
        for link in doc.iter(f"{{{ATOM}}}link"):
            rel, href = link.get("rel"), link.get("href")
            if rel == "edit" and href:
                edit = href
            elif rel == "alternate" and href:
                url = href
    remote_id = edit.rstrip("/").rsplit("/", 1)[-1] if edit else fallback_id
    if not remote_id:
        raise PublishError(_("hatena: the answer names no entry id (no edit link or Location)"))
    return RemotePost(remote_id, url)


class HatenaPublisher:
    """Creates and updates entries on one Hatena blog."""

    target = "hatena"

    @classmethod
    def configured(
        cls,
        *,
        environ: Mapping[str, str] | None = None,
        config_file: Path | None = None,
        timeout: float = 30.0,
        max_retry_wait: float = 10.0,
    ) -> HatenaPublisher:
        """The publisher with its credentials from the environment or yoten.toml."""
        config = HatenaConfig.load(environ=environ, config_file=config_file)
        return cls(config, timeout=timeout, max_retry_wait=max_retry_wait)

    def __init__(
        self, config: HatenaConfig, *, timeout: float = 30.0, max_retry_wait: float = 10.0
    ) -> None:
        self.config = config
        self.api = HttpApi(
            "hatena",
            _("check YOTEN_HATENA_USER and YOTEN_HATENA_API_KEY"),
            timeout=timeout,
            max_retry_wait=max_retry_wait,
            secrets=(config.api_key,),
            users=(config.user,),
        )

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/atom+xml; type=entry; charset=utf-8"}
        if self.config.auth == "wsse":
            headers["Authorization"] = 'WSSE profile="UsernameToken"'
            headers["X-WSSE"] = wsse_header(self.config.user, self.config.api_key)
        return headers

    def _auth(self) -> httpx.BasicAuth | None:
        if self.config.auth == "basic":
            return httpx.BasicAuth(self.config.user, self.config.api_key)
        return None

    def create(self, entry: Entry) -> RemotePost:
        response = self.api.request(
            "POST",
            f"{self.config.root}/atom/entry",
            headers_factory=self._headers,
            content=entry_xml(entry, self.config.user),
            auth=self._auth(),
        )
        return _parse_entry(response, None)

    def update(self, remote_id: str, entry: Entry) -> RemotePost:
        response = self.api.request(
            "PUT",
            f"{self.config.root}/atom/entry/{quote(remote_id, safe='')}",
            headers_factory=self._headers,
            not_found_gone=True,
            content=entry_xml(entry, self.config.user),
            auth=self._auth(),
        )
        return _parse_entry(response, remote_id)

    def close(self) -> None:
        self.api.close()
