"""A small signed-cookie session: the CSRF token, the login flag and one flash message.

The cookie holds ``base64url(json) "." base64url(hmac-sha256)``; a cookie whose
signature does not verify is treated as absent (a fresh session is started).
Nothing secret is stored in it: the CSRF token only has to be unguessable to
another site and bound to this browser, which the signature ensures.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass, field

__all__ = ["COOKIE_NAME", "Session", "SessionSigner", "session_secret"]

COOKIE_NAME = "yoten_review"
MAX_AGE_S = 12 * 3600


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Session:
    """What one browser's cookie says."""

    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    authed: bool = False
    flash: str | None = None
    issued: int = field(default_factory=lambda: int(time.time()))
    dirty: bool = True
    """True when the cookie must be (re)sent with the response."""

    def set_flash(self, message: str) -> None:
        """Remember ``message`` for the next page shown."""
        self.flash = message
        self.dirty = True

    def pop_flash(self) -> str | None:
        """The pending flash message, cleared."""
        message, self.flash = self.flash, None
        if message is not None:
            self.dirty = True
        return message

    def check_csrf(self, token: object) -> bool:
        """Whether ``token`` (a form field) is this session's CSRF token."""
        return isinstance(token, str) and hmac.compare_digest(token, self.csrf)


class SessionSigner:
    """Encodes sessions into signed cookie values and back."""

    def __init__(self, secret: bytes, *, max_age_s: int = MAX_AGE_S) -> None:
        if len(secret) < 16:
            raise ValueError("session secret must be at least 16 bytes")
        self._secret = secret
        self.max_age_s = max_age_s

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._secret, payload, hashlib.sha256).digest()

    def dumps(self, session: Session) -> str:
        """The cookie value for ``session``."""
        payload = json.dumps(
            {"c": session.csrf, "a": session.authed, "f": session.flash, "t": session.issued},
            separators=(",", ":"),
            ensure_ascii=True,
        ).encode("ascii")
        return f"{_b64(payload)}.{_b64(self._sign(payload))}"

    def loads(self, value: str | None) -> Session:
        """The session in a cookie value; a fresh one when absent, forged or expired."""
        if not value or value.count(".") != 1:
            return Session()
        body, sig = value.split(".")
        try:
            payload = _unb64(body)
            good = hmac.compare_digest(_unb64(sig), self._sign(payload))
            data = json.loads(payload) if good else None
        except (ValueError, UnicodeDecodeError):
            return Session()
        if not isinstance(data, dict):
            return Session()
        csrf, authed, flash, issued = data.get("c"), data.get("a"), data.get("f"), data.get("t")
        if not (isinstance(csrf, str) and len(csrf) >= 32 and isinstance(issued, int)):
            return Session()
        if time.time() - issued > self.max_age_s:
            return Session()
        return Session(
            csrf=csrf,
            authed=authed is True,
            flash=flash if isinstance(flash, str) else None,
            issued=issued,
            dirty=False,
        )


def session_secret() -> bytes:
    """The cookie signing key, kept in the data directory so a restart keeps sessions.

    Created on first use (32 random bytes, readable by the owner only).
    """
    from yoten.fsutil import write_atomic
    from yoten.settings import data_dir

    path = data_dir() / "review-secret"
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    key = secrets.token_bytes(32)
    write_atomic(path, key, mode=0o600)
    return key
