"""Bytes → text for web pages and files, the way browsers do it.

Order (a simplified WHATWG "encoding sniffing algorithm"):

1. a byte order mark (UTF-8, UTF-16 LE/BE);
2. the charset of the HTTP ``Content-Type`` header;
3. ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...; charset=...">``
   in the first 4 KiB;
4. valid UTF-8;
5. Windows-31J or EUC-JP when one decodes cleanly into Japanese prose
   (charset_normalizer alone mistakes short EUC-JP for Korean);
6. charset_normalizer's best guess.

Labels are mapped as the WHATWG Encoding Standard does where Python's codec of
the same name is stricter: ``Shift_JIS`` is really Windows-31J (cp932, with
①, ～ and the NEC/IBM extensions), ``ISO-8859-1``/``ASCII`` are
windows-1252, ``GB2312``/``GBK`` decode as gb18030, ``EUC-KR`` as cp949.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from yoten.errors import IngestError
from yoten.i18n import gettext as _

__all__ = ["charset_from_content_type", "decode_bytes", "looks_binary", "normalize_charset"]

_ALIASES: dict[str, str] = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "csshiftjis": "cp932",
    "windows-31j": "cp932",
    "cp932": "cp932",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-kr": "cp949",
    "x-euc-jp": "euc_jp",
    # a page cannot declare UTF-16 in its own ASCII-compatible bytes (WHATWG)
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Legacy Japanese encodings, tried strictly before the statistical guess:
# charset_normalizer takes short EUC-JP for Korean (the byte ranges overlap).
_JAPANESE = ("cp932", "euc_jp")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")

_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)


# Codecs Python knows that are no document charset: escapes, IDN, UTF-7 (a
# known XSS vector, dropped by WHATWG). Bytes-to-bytes codecs (base64, hex,
# zlib, bz2, uu, quopri) and str-to-str ones (rot13) fail _is_text_encoding.
_NOT_CHARSETS = frozenset(
    {"utf-7", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"}
)
_ASCII_PROBE = "<meta charset=AZaz09>"


def normalize_charset(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when the label is unknown or no
    ASCII-compatible text charset (``base64``, ``rot13``, ``utf_16`` without BOM …)."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _ALIASES.get(key, key)
    try:
        info = codecs.lookup(key)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    if info.name == "utf-8-sig":
        return info.name
    try:
        compatible = _ASCII_PROBE.encode(info.name) == _ASCII_PROBE.encode("ascii")
    except (UnicodeError, LookupError):
        return None
    return info.name if compatible else None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The Python codec named by a ``Content-Type`` header's charset, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return normalize_charset(match.group(1)) if match else None


def looks_binary(data: bytes) -> bool:
    """True for data that is no text file: NUL bytes without a UTF-16 byte order mark."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in data[:65536]


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return normalize_charset(match.group(1).decode("ascii", "ignore")) if match else None


def _japanese(data: bytes) -> str | None:
    """``data`` decoded as Windows-31J or EUC-JP when that decodes cleanly into Japanese prose.

    Japanese prose is about a third hiragana; Korean or Chinese bytes read as
    EUC-JP, or EUC-JP bytes read as Windows-31J, give next to none.
    """
    for codec in _JAPANESE:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:50_000]
        wide = sum(1 for ch in sample if ord(ch) > 0x7F)
        if wide and len(_HIRAGANA.findall(sample)) >= 0.15 * wide:
            return text
    return None


def _statistical_guess(data: bytes) -> str | None:
    """charset_normalizer's best match; on a tie, windows-1252 (the WHATWG default)."""
    matches = charset_normalizer.from_bytes(data[:200_000])
    best = matches.best()
    if best is None or not best.encoding:
        return None
    for match in matches:
        tied = match.chaos == best.chaos and match.coherence == best.coherence
        if tied and match.encoding == "cp1252":
            return "cp1252"
    return normalize_charset(best.encoding) or best.encoding


def decode_bytes(data: bytes, *, content_type: str | None = None, strict: bool = False) -> str:
    """Decode a page or file.

    With ``strict`` (files and stdin given as text), data that no charset
    decodes cleanly raises IngestError instead of being decoded with
    replacement characters.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    declared = charset_from_content_type(content_type) or _meta_charset(data)
    if declared:
        return data.decode(declared, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    japanese = _japanese(data)
    if japanese is not None:
        return japanese
    guess = _statistical_guess(data)
    if guess is not None:
        return data.decode(guess, errors="replace")
    if strict:
        raise IngestError(_("cannot decode the data as text: unknown character encoding"))
    return data.decode("utf-8", errors="replace")
