"""Non-text "charsets" in a page, a header or an email part (issue 12, item 7).

``base64``, ``hex``, ``rot13``, ``zlib`` … are codecs Python knows but no
charset: they are ignored and the text is detected instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.hostile import HostileServer, response
from yoten.ingest.charset import decode_bytes, normalize_charset
from yoten.ingest.fetch import fetch
from yoten.ingest.mail import message_bodies, read_messages
from yoten.settings import Settings

HOSTILE = [
    "base64", "hex", "rot13", "zlib", "bz2", "uu", "quopri", "idna", "punycode", "utf_16", "utf-32",
    "utf-7", "unicode_escape", "raw_unicode_escape", "undefined",
]  # fmt: skip
PAGE = '<html><head><meta charset="{cs}"><title>Harbour news</title></head><body><p>The harbour café opened.</p></body></html>'


@pytest.mark.parametrize("charset", HOSTILE)
def test_non_text_charsets_are_ignored(charset: str) -> None:
    assert normalize_charset(charset) is None
    data = PAGE.format(cs=charset).encode("utf-8")
    for content_type in (f"text/html; charset={charset}", "text/html"):
        assert "The harbour café opened." in decode_bytes(data, content_type=content_type)


def test_real_charsets_still_work() -> None:
    for label, codec in (
        ("Shift_JIS", "cp932"),
        ("euc-jp", "euc_jp"),
        ("iso-2022-jp", "iso2022_jp"),
        ("UTF-8", "utf-8"),
    ):
        assert normalize_charset(label) == codec


def test_fetched_page_with_a_codec_charset(hostile: HostileServer) -> None:
    hostile.routes["/a"] = response(
        PAGE.format(cs="base64").encode(), headers={"Content-Type": "text/html; charset=hex"}
    )
    page = fetch(f"{hostile.base}/a", settings=Settings(timeout=5))
    assert "The harbour café opened." in page.text


def test_one_bad_message_does_not_abort_the_mbox(tmp_path: Path) -> None:
    bad = (
        "From a@example.org Thu Jun 20 10:00:00 2024\n"
        "From: a@example.org\nSubject: =?hex?q?414243?=\nMessage-ID: <bad@example.org>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=base64\n\n"
        "Read https://news.example.org/a\n\n"
    )
    good = (
        "From b@example.org Thu Jun 20 11:00:00 2024\n"
        "From: b@example.org\nSubject: fine\nMessage-ID: <good@example.org>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Read https://news.example.org/b\n\n"
    )
    path = tmp_path / "box.mbox"
    path.write_text(bad + good, encoding="utf-8")
    messages = read_messages(path)
    assert len(messages) == 2
    for message in messages:
        _, text = message_bodies(message)
        assert "https://news.example.org/" in text[0]
