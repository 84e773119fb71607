"""Charset sniffing and publication-date parsing."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from yoten.errors import IngestError
from yoten.ingest.charset import (
    charset_from_content_type,
    decode_bytes,
    looks_binary,
    normalize_charset,
)
from yoten.ingest.dates import parse_published

from .conftest import eucjp_page, fixture_bytes, sjis_without_meta

SENTENCE = "大阪港と韓国・釜山港を結ぶ夜行フェリー"


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (fixture_bytes("ja-utf8.html"), None),
        (fixture_bytes("ja-utf8.html"), "text/html; charset=UTF-8"),
        (fixture_bytes("ja-utf8.html").decode().encode("euc_jp"), "text/html; charset=euc-jp"),
        (eucjp_page(), "text/html"),  # <meta charset="EUC-JP">
        (
            codecs.BOM_UTF8 + fixture_bytes("ja-utf8.html"),
            "text/html; charset=iso-8859-1",
        ),  # BOM wins
        (fixture_bytes("ja-utf8.html").decode().encode("utf-16"), None),  # UTF-16 with BOM
    ],
)
def test_decode_japanese(data: bytes, content_type: str | None) -> None:
    text = decode_bytes(data, content_type=content_type)
    assert SENTENCE in text
    assert "\ufffd" not in text


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (fixture_bytes("ja-sjis.html"), "text/html; charset=Shift_JIS"),
        (fixture_bytes("ja-sjis.html"), 'text/html; charset="shift_jis"'),
        (fixture_bytes("ja-sjis.html"), "text/html"),  # <meta http-equiv> only
        (fixture_bytes("ja-sjis.html"), None),
        (sjis_without_meta(), None),  # charset_normalizer
    ],
)
def test_decode_shift_jis_as_windows_31j(data: bytes, content_type: str | None) -> None:
    text = decode_bytes(data, content_type=content_type)
    assert "①倉庫棟の新設②トラック待機場" in text  # NEC row 13, not in strict Shift_JIS
    assert "髙橋" in text  # IBM extension
    assert "\ufffd" not in text


def test_header_beats_meta() -> None:
    data = '<meta charset="utf-8"><p>café</p>'.encode("cp1252")
    assert "café" in decode_bytes(data, content_type="text/html; charset=windows-1252")


def test_latin1_label_means_windows_1252() -> None:
    data = "<p>“quoted” – dash</p>".encode("cp1252")
    assert "“quoted” – dash" in decode_bytes(data, content_type="text/html; charset=ISO-8859-1")


def test_unknown_label_is_ignored() -> None:
    data = "<p>こんにちは</p>".encode()
    assert "こんにちは" in decode_bytes(data, content_type="text/html; charset=x-bogus")


def test_normalize_charset() -> None:
    assert normalize_charset("Shift_JIS") == "cp932"
    assert normalize_charset("EUC-JP") == "euc_jp"
    assert normalize_charset("utf8") == "utf-8"
    assert normalize_charset("nonsense") is None
    assert normalize_charset(None) is None
    assert charset_from_content_type("text/html;charset=EUC-JP") == "euc_jp"
    assert charset_from_content_type("text/html") is None


def test_looks_binary() -> None:
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert not looks_binary("テキスト".encode("utf-16"))
    assert not looks_binary(b"plain text")


def test_strict_decoding_refuses_noise() -> None:
    noise = bytes(range(0x80, 0x100)) * 4 + b"\x81\xff\xfe\x80" * 50
    try:
        text = decode_bytes(noise, strict=True)
    except IngestError as exc:
        assert "character encoding" in exc.message
    else:  # charset_normalizer may still map it to a single-byte code page
        assert isinstance(text, str)


JST = dt.timezone(dt.timedelta(hours=9))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-11-03T07:10+09:00", dt.datetime(2023, 11, 3, 7, 10, tzinfo=JST)),
        ("2023-11-03T07:10:00+0900", dt.datetime(2023, 11, 3, 7, 10, tzinfo=JST)),
        ("2023-11-02T22:10:00Z", dt.datetime(2023, 11, 2, 22, 10, tzinfo=dt.UTC)),
        ("2023-11-02T22:10:00.123Z", dt.datetime(2023, 11, 2, 22, 10, 0, 123000, tzinfo=dt.UTC)),
        ("2023-11-03 07:10:00 +0900", dt.datetime(2023, 11, 3, 7, 10, tzinfo=JST)),
        ("Fri, 03 Nov 2023 07:10:00 +0900", dt.datetime(2023, 11, 3, 7, 10, tzinfo=JST)),
        ("2023-11-03", dt.date(2023, 11, 3)),
        ("2023-11-03T07:10:00", dt.date(2023, 11, 3)),  # no offset: the date only
        ("2023/11/03", dt.date(2023, 11, 3)),
        ("2023年11月3日", dt.date(2023, 11, 3)),
        ("November 3, 2023", dt.date(2023, 11, 3)),
        ("3 Nov 2023", dt.date(2023, 11, 3)),
        ("", None),
        (None, None),
        ("yesterday", None),
        ("2023-13-45", None),
        ("1850-01-01", None),  # implausible for a news article
        ("Walter Brisco climbed the steps on Sunday, 14 August 2022, for the last time.", None),
    ],
)
def test_parse_published(raw: str | None, expected: dt.datetime | dt.date | None) -> None:
    value = parse_published(raw)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("codec", ["cp932", "euc_jp"])
def test_short_japanese_text_without_declaration(codec: str) -> None:
    data = "港の話\n\n寄港数は客船、貨物船ともに増えた。".encode(codec)
    assert decode_bytes(data, strict=True) == "港の話\n\n寄港数は客船、貨物船ともに増えた。"


def test_korean_and_chinese_are_not_taken_for_japanese() -> None:
    korean = "부산항과 오사카항을 잇는 야간 페리가 12월부터 운항을 시작한다고 밝혔다." * 3
    chinese = "大阪港与釜山港之间的夜间渡轮将于十二月开通，这是两港之间首条定期夜航。" * 3
    assert decode_bytes(korean.encode("euc_kr")) == korean
    assert decode_bytes(chinese.encode("gb18030")) == chinese


def test_undeclared_western_text_is_not_taken_for_japanese() -> None:
    french = "Le ferry de nuit reliera Osaka à Busan dès décembre, a annoncé l'opérateur. " * 5
    assert decode_bytes(french.encode("cp1252")) == french


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Ночной паром свяжет Осаку и Пусан с декабря, сообщил перевозчик. " * 5, "cp1251"),
        ("Die Nachtfähre verbindet Osaka ab Dezember mit Busan. Größere Übergänge. " * 5, "cp1252"),
    ],
)
def test_undeclared_single_byte_pages(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)) == text
