"""Who may reach the review page: the loopback rule and the password check."""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress

from yoten.errors import ConfigError

__all__ = ["basic_auth_ok", "is_loopback", "password_ok", "require_password_for_host"]

PASSWORD_ENV = "YOTEN_REVIEW_PASSWORD"
MIN_PASSWORD_LEN = 8


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def require_password_for_host(host: str, password: str | None) -> str | None:
    """The password to require, or a ConfigError when ``host`` is exposed without one.

    On a loopback host a password is optional; on any other host it is
    mandatory and must be at least 8 characters.
    """
    if password is not None and password == "":
        password = None
    if password is not None and len(password) < MIN_PASSWORD_LEN:
        raise ConfigError(f"review password must be at least {MIN_PASSWORD_LEN} characters")
    if not is_loopback(host) and password is None:
        raise ConfigError(
            f"--host {host} is reachable from other machines: set --password or {PASSWORD_ENV}"
        )
    return password


def password_ok(given: object, password: str) -> bool:
    """Constant-time comparison of a submitted password."""
    if not isinstance(given, str):
        return False
    return hmac.compare_digest(given.encode("utf-8"), password.encode("utf-8"))


def basic_auth_ok(header: str | None, password: str) -> bool:
    """Whether an ``Authorization: Basic`` header carries ``password`` (any user name)."""
    if not header or header[:6].lower() != "basic ":
        return False
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    _, sep, given = decoded.partition(":")
    return bool(sep) and password_ok(given, password)
