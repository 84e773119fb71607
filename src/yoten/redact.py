"""Keep secrets out of everything yoten prints, logs or stores.

:func:`redact` removes known secrets (and their Basic-auth and base64 forms),
credentials in URLs, and ``Authorization`` header values from a text;
:func:`redact_url` removes the password of a URL (a database URL, a base URL).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

__all__ = ["MASK", "redact", "redact_url"]

MASK = "****"
# "Authorization: Basic …" (any scheme) as a header would be written or echoed …
_AUTH_HEADER = re.compile(
    r"\b((?:proxy-)?authorization\s*[:=]\s*[\"']?(?:(?:basic|bearer|digest|token|wsse)\s+)?)"
    r"[^\s\"',;]+",
    re.IGNORECASE,
)
# … and a bare "Basic …"/"Bearer …" credential (long, with a digit: not English prose).
_AUTH_VALUE = re.compile(
    r"\b(Basic|Bearer)(\s+)(?=[A-Za-z0-9+/=._~-]*[0-9])[A-Za-z0-9+/=._~-]{12,}"
)
_WSSE_FIELD = re.compile(r'\b(PasswordDigest|Nonce)(\s*=\s*)"[^"]*"', re.IGNORECASE)
_URL_USERINFO = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^/\s:@]*):[^@/\s]*@", re.IGNORECASE)
_SECRET_PARAM = re.compile(
    r"([?&;](?:password|passwd|pwd|api[_-]?key|access[_-]?token|token|secret|sig|signature)=)[^&;#\s]+",
    re.IGNORECASE,
)


def redact_url(url: str) -> str:
    """``url`` with the password of its user info and secret-looking query values masked."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return redact(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user, colon, _password = userinfo.partition(":")
        netloc = f"{user}:{MASK}@{host}" if colon else f"{userinfo}@{host}"
    return _SECRET_PARAM.sub(lambda m: m.group(1) + MASK, urlunsplit(parts._replace(netloc=netloc)))


def _forms(secret: str, users: Iterable[str]) -> list[str]:
    forms = [secret, base64.b64encode(secret.encode()).decode()]
    forms += [base64.b64encode(f"{user}:{secret}".encode()).decode() for user in users]
    return forms


def redact(text: str, secrets: Iterable[str | None] = (), *, users: Iterable[str] = ()) -> str:
    """``text`` without ``secrets`` (plain, base64, or Basic-auth with one of ``users``),
    URL passwords, secret query values and authorization header values."""
    names = [u for u in users if u]
    for secret in sorted((s for s in secrets if s and len(s) >= 4), key=len, reverse=True):
        for form in _forms(secret, names):
            text = text.replace(form, MASK)
            stripped = form.rstrip("=")
            if stripped != form and len(stripped) >= 4:
                text = text.replace(stripped, MASK)
    text = _AUTH_HEADER.sub(lambda m: f"{m.group(1)}{MASK}", text)
    text = _AUTH_VALUE.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    text = _WSSE_FIELD.sub(lambda m: f'{m.group(1)}{m.group(2)}"{MASK}"', text)
    text = _URL_USERINFO.sub(lambda m: f"{m.group(1)}:{MASK}@", text)
    return _SECRET_PARAM.sub(lambda m: m.group(1) + MASK, text)
