"""Loopback blog services for publish tests: Hatena Blog AtomPub and WordPress REST.

Each server is the shared loopback server (real HTTP on 127.0.0.1), parses the real request bodies
(Atom XML, JSON), checks authentication (Basic, and WSSE with the digest
recomputed), keeps what was created, supports updates, and can be told to
answer the next requests with an error::

    with HatenaServer(user="alice", blog_id="alice.hatenablog.com", api_key="k") as srv:
        srv.fail_next(429, retry_after="1")
        ...
        srv.entries["1"].categories        # what the client sent
        srv.requests[-1].headers["X-WSSE"]
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import itertools
import json
import re
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from xml.etree import ElementTree as ET

from tests.support.loopback import Hit, LoopbackServer, Reply

__all__ = ["HatenaEntry", "HatenaServer", "Recorded", "WordPressServer"]

ATOM = "http://www.w3.org/2005/Atom"
APP = "http://www.w3.org/2007/app"


#: One request as the server received it (``status`` is what it was answered).
Recorded = Hit


@dataclass
class _Failure:
    status: int
    retry_after: str | None


class _BlogServer(LoopbackServer):
    """The shared loopback server with a request log and scripted failures."""

    def __init__(self) -> None:
        super().__init__(name="blog-service")
        self._failures: deque[_Failure] = deque()

    @property
    def requests(self) -> list[Hit]:
        return self.hits

    @property
    def base_url(self) -> str:
        return self.base

    def fail_next(self, status: int, *, retry_after: str | None = None, times: int = 1) -> None:
        """Answer the next ``times`` requests with ``status`` (and Retry-After)."""
        with self.lock:
            for _ in range(times):
                self._failures.append(_Failure(status, retry_after))

    def respond(self, hit: Hit) -> Reply:
        with self.lock:
            failure = self._failures.popleft() if self._failures else None
        if failure is not None:
            headers = {"Retry-After": failure.retry_after} if failure.retry_after else {}
            return Reply(b"scripted failure", failure.status, "text/plain", headers)
        status, headers, payload = self.handle(hit)
        content_type = headers.pop("Content-Type", None)
        return Reply(payload, status, content_type, headers)

    def handle(self, rec: Hit) -> tuple[int, dict[str, str], bytes]:
        raise NotImplementedError


def _basic_ok(headers: dict[str, str], user: str, secret: str) -> bool:
    value = headers.get("Authorization", "")
    if not value.startswith("Basic "):
        return False
    try:
        decoded = base64.b64decode(value[6:], validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    return decoded == f"{user}:{secret}"


@dataclass
class HatenaEntry:
    """An entry as the Hatena server stored it from the posted XML."""

    id: str
    title: str
    content: str
    content_type: str
    categories: list[str]
    draft: str
    author: str
    versions: int = 1


_WSSE_FIELD = re.compile(r'(\w+)="([^"]*)"')


class HatenaServer(_BlogServer):
    """The parts of Hatena Blog AtomPub that yoten uses: create and update entries."""

    def __init__(self, *, user: str, blog_id: str, api_key: str, auth: str = "wsse") -> None:
        super().__init__()
        self.user, self.blog_id, self.api_key, self.auth = user, blog_id, api_key, auth
        self.entries: dict[str, HatenaEntry] = {}
        self.nonces: set[str] = set()
        self._ids = itertools.count(4207112889)

    @property
    def root(self) -> str:
        """The blog root the client is configured with (``endpoint``)."""
        return f"{self.base_url}/{self.user}/{self.blog_id}"

    def _wsse_ok(self, headers: dict[str, str]) -> bool:
        if headers.get("Authorization") != 'WSSE profile="UsernameToken"':
            return False
        token = headers.get("X-WSSE", "")
        if not token.startswith("UsernameToken "):
            return False
        fields = dict(_WSSE_FIELD.findall(token))
        try:
            nonce = base64.b64decode(fields["Nonce"], validate=True)
            created = fields["Created"]
            when = dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
        except (KeyError, ValueError):
            return False
        if abs((dt.datetime.now(dt.UTC) - when).total_seconds()) > 300:
            return False
        if fields["Nonce"] in self.nonces:  # replayed token
            return False
        expected = base64.b64encode(
            hashlib.sha1(nonce + created.encode() + self.api_key.encode()).digest()
        )
        if fields.get("Username") != self.user or fields.get("PasswordDigest") != expected.decode():
            return False
        self.nonces.add(fields["Nonce"])
        return True

    def _entry_xml(self, entry: HatenaEntry) -> bytes:
        edit = f"{self.root}/atom/entry/{entry.id}"
        public = f"https://{self.blog_id}/entry/{entry.id}"
        doc = (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<entry xmlns="{ATOM}" xmlns:app="{APP}">'
            f"<id>tag:blog.hatena.ne.jp,2013:blog-{self.user}-{entry.id}</id>"
            f'<link rel="edit" href="{edit}"/>'
            f'<link rel="alternate" type="text/html" href="{public}"/>'
            f"<title>{_xml_escape(entry.title)}</title>"
            f"<app:control><app:draft>{entry.draft}</app:draft></app:control>"
            "</entry>"
        )
        return doc.encode("utf-8")

    def _parse(self, body: bytes, entry_id: str) -> HatenaEntry:
        doc = ET.fromstring(body)
        if doc.tag != f"{{{ATOM}}}entry":
            raise ValueError("root is not atom:entry")
        content = doc.find(f"{{{ATOM}}}content")
        return HatenaEntry(
            id=entry_id,
            title=doc.findtext(f"{{{ATOM}}}title") or "",
            content=(content.text or "") if content is not None else "",
            content_type=content.get("type", "") if content is not None else "",
            categories=[c.get("term", "") for c in doc.findall(f"{{{ATOM}}}category")],
            draft=doc.findtext(f"{{{APP}}}control/{{{APP}}}draft") or "",
            author=doc.findtext(f"{{{ATOM}}}author/{{{ATOM}}}name") or "",
        )

    def handle(self, rec: Hit) -> tuple[int, dict[str, str], bytes]:
        ok = (
            self._wsse_ok(rec.headers)
            if self.auth == "wsse"
            else _basic_ok(rec.headers, self.user, self.api_key)
        )
        if not ok:
            return 401, {"Content-Type": "text/plain", "WWW-Authenticate": "WSSE"}, b"Unauthorized"
        path = unquote(urlsplit(rec.path).path)
        collection = f"/{self.user}/{self.blog_id}/atom/entry"
        xml = {"Content-Type": "application/atom+xml; type=entry; charset=utf-8"}
        try:
            if rec.method == "POST" and path == collection:
                entry = self._parse(rec.body, str(next(self._ids)))
                self.entries[entry.id] = entry
                return (
                    201,
                    {**xml, "Location": f"{self.root}/atom/entry/{entry.id}"},
                    self._entry_xml(entry),
                )
            if rec.method == "PUT" and path.startswith(collection + "/"):
                entry_id = path.rsplit("/", 1)[-1]
                if entry_id not in self.entries:
                    return 404, {"Content-Type": "text/plain"}, b"Not Found"
                entry = self._parse(rec.body, entry_id)
                entry.versions = self.entries[entry_id].versions + 1
                self.entries[entry_id] = entry
                return 200, xml, self._entry_xml(entry)
        except ET.ParseError:
            return 400, {"Content-Type": "text/plain"}, b"Invalid XML"
        except ValueError as exc:
            return 400, {"Content-Type": "text/plain"}, str(exc).encode()
        return 404, {"Content-Type": "text/plain"}, b"Not Found"


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class WordPressPost:
    """A post as the WordPress server stored it from the posted JSON."""

    id: int
    title: str
    content: str
    status: str
    tags: list[int]
    versions: int = 1


class WordPressServer(_BlogServer):
    """The parts of the WordPress REST API that yoten uses: posts and tags."""

    def __init__(self, *, user: str = "editor", app_password: str = "abcd efgh ijkl mnop") -> None:
        super().__init__()
        self.user, self.app_password = user, app_password
        self.posts: dict[int, WordPressPost] = {}
        self.tags: dict[int, str] = {}
        self._ids = itertools.count(101)

    def _json(self, status: int, data: Any) -> tuple[int, dict[str, str], bytes]:
        return (
            status,
            {"Content-Type": "application/json; charset=UTF-8"},
            json.dumps(data).encode(),
        )

    def _post_json(self, post: WordPressPost) -> dict[str, Any]:
        return {
            "id": post.id,
            "link": f"{self.base_url}/?p={post.id}",
            "status": post.status,
            "title": {"raw": post.title, "rendered": _xml_escape(post.title)},
            "content": {"raw": post.content},
            "tags": post.tags,
        }

    def _store(self, post_id: int, data: Any) -> WordPressPost:
        if not isinstance(data, dict):
            raise TypeError("body must be a JSON object")
        status = data.get("status", "draft")
        if status not in ("draft", "publish", "pending", "private", "future"):
            raise ValueError(f"invalid status {status}")
        tags = data.get("tags", [])
        if not all(isinstance(t, int) and t in self.tags for t in tags):
            raise ValueError("unknown tag id")
        return WordPressPost(
            post_id, str(data.get("title", "")), str(data.get("content", "")), status, tags
        )

    def handle(self, rec: Hit) -> tuple[int, dict[str, str], bytes]:
        if not _basic_ok(rec.headers, self.user, self.app_password):
            return self._json(
                401,
                {
                    "code": "rest_not_logged_in",
                    "message": "You are not currently logged in.",
                    "data": {"status": 401},
                },
            )
        parts = urlsplit(rec.path)
        path = parts.path.rstrip("/")
        api = "/wp-json/wp/v2"
        try:
            data = json.loads(rec.body) if rec.body else None
        except ValueError:
            return self._json(400, {"code": "rest_invalid_json", "message": "Invalid JSON body"})
        try:
            if path == f"{api}/tags" and rec.method == "GET":
                search = parse_qs(parts.query).get("search", [""])[0].casefold()
                found = [
                    {"id": i, "name": _xml_escape(n)}
                    for i, n in self.tags.items()
                    if search in n.casefold()
                ]
                return self._json(200, found)
            if path == f"{api}/tags" and rec.method == "POST":
                name = str((data or {}).get("name", "")).strip()
                for tag_id, existing in self.tags.items():
                    if existing.casefold() == name.casefold():
                        return self._json(
                            400,
                            {
                                "code": "term_exists",
                                "message": "exists",
                                "data": {"status": 400, "term_id": tag_id},
                            },
                        )
                tag_id = next(self._ids)
                self.tags[tag_id] = name
                return self._json(201, {"id": tag_id, "name": _xml_escape(name)})
            if path == f"{api}/posts" and rec.method == "POST":
                post = self._store(next(self._ids), data)
                self.posts[post.id] = post
                return self._json(201, self._post_json(post))
            match = re.fullmatch(rf"{api}/posts/(\d+)", path)
            if match and rec.method == "POST":
                post_id = int(match.group(1))
                if post_id not in self.posts:
                    return self._json(
                        404, {"code": "rest_post_invalid_id", "message": "Invalid post ID."}
                    )
                post = self._store(post_id, data)
                post.versions = self.posts[post_id].versions + 1
                self.posts[post_id] = post
                return self._json(200, self._post_json(post))
        except (TypeError, ValueError) as exc:
            return self._json(400, {"code": "rest_invalid_param", "message": str(exc)})
        return self._json(404, {"code": "rest_no_route", "message": "No route was found."})
