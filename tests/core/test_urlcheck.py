"""One test of a web address, shared by ingest, settings, the site and the renderers."""

from __future__ import annotations

import re

import pytest

from yoten.errors import ConfigError, IngestError, InputError
from yoten.ingest.urls import ensure_http_url
from yoten.render.html import is_http_url
from yoten.settings import SiteConfig
from yoten.site.model import check_http_url
from yoten.urlcheck import http_url_problem

GOOD = ["https://example.com/a?b=1", "http://127.0.0.1:8080/", "http://[::1]:9/x"]
BAD = [
    ("", "empty URL"),
    ("example.com/a", "not an http(s) URL"),
    ("javascript:alert(1)", "unsupported URL scheme javascript"),
    ("file:///etc/passwd", "unsupported URL scheme file"),
    ("http://[::1/v1", "malformed URL"),
    ("http://exa mple.com/", "no valid host"),
    ("http:///path", "no valid host"),
    ("http://example.com:0/", "port 0"),
    ("http://example.com/\x07", "control characters"),
]


@pytest.mark.parametrize("url", GOOD)
def test_every_door_accepts_the_same_urls(url: str) -> None:
    assert http_url_problem(url) is None
    assert ensure_http_url(f"  {url} ") == url
    assert is_http_url(url)
    assert check_http_url(url) == url
    assert SiteConfig(base_url=url).base_url.startswith(url)


@pytest.mark.parametrize(("url", "reason"), BAD)
def test_every_door_refuses_the_same_urls(url: str, reason: str) -> None:
    problem = http_url_problem(url)
    assert problem is not None and reason in problem
    with pytest.raises(IngestError, match=re.escape(reason)):
        ensure_http_url(url)
    assert not is_http_url(url)
    with pytest.raises(InputError, match="must be an http"):
        check_http_url(url)
    with pytest.raises(ConfigError, match=r"site\.base-url"):
        SiteConfig(base_url=url)
