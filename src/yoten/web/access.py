"""Who may reach the review page: the loopback rule, accepted host names, the password check
and the throttle on password guessing."""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from yoten.errors import ConfigError
from yoten.i18n import gettext as _

__all__ = [
    "HostRule",
    "LoginThrottle",
    "basic_auth_ok",
    "is_loopback",
    "password_ok",
    "require_password_for_host",
]

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
        raise ConfigError(
            _("review password must be at least {min_password_len} characters").format(
                min_password_len=MIN_PASSWORD_LEN
            )
        )
    if not is_loopback(host) and password is None:
        raise ConfigError(
            _(
                "--host {host} is reachable from other machines: set --password or {password_env}"
            ).format(host=host, password_env=PASSWORD_ENV)
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
    _scheme, sep, given = decoded.partition(":")
    return bool(sep) and password_ok(given, password)


LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def _host_name(header: str) -> str:
    """The host of a ``Host`` header, lower case, without port or IPv6 brackets."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].partition("]")[0]
    return value.rpartition(":")[0] if value.count(":") == 1 else value


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class HostRule:
    """The ``Host`` header values the review page answers (a defence against DNS rebinding).

    A page on another origin whose name is rebound to 127.0.0.1 still sends its
    own name as ``Host``: only the names the server was bound to (and the
    loopback names on a loopback bind) are accepted. On a wildcard bind
    (0.0.0.0, ::) any IP address is accepted, and names only when listed.
    """

    names: frozenset[str]
    any_ip: bool = False

    @classmethod
    def for_bind(cls, host: str, extra: Iterable[str] = ()) -> HostRule:
        bound = _host_name(host) if host.startswith("[") else host.strip().lower()
        names = {bound, *(_host_name(name) for name in extra)}
        if is_loopback(bound):
            names.update(LOOPBACK_NAMES)
        wildcard = _is_ip(bound) and ipaddress.ip_address(bound).is_unspecified
        return cls(frozenset(names), any_ip=wildcard)

    def allows(self, header: str | None) -> bool:
        if not header:
            return False
        name = _host_name(header)
        return name in self.names or (self.any_ip and _is_ip(name))


@dataclass
class LoginThrottle:
    """Per-client limits on wrong passwords (form login and HTTP Basic alike).

    ``free`` wrong guesses are answered in ``window_s`` seconds; after that the
    client is locked out for ``lockout_s`` seconds (doubling with each further
    lockout, up to ``max_lockout_s``), whatever it sends, the right password
    included. Checks and counts happen without awaiting, so parallel requests
    cannot slip past.
    """

    free: int = 5
    window_s: float = 900.0
    lockout_s: float = 60.0
    max_lockout_s: float = 3600.0
    _failures: dict[str, list[float]] = field(default_factory=dict)
    _locked: dict[str, tuple[float, float]] = field(default_factory=dict)

    def wait(self, client: str, now: float | None = None) -> float:
        """Seconds ``client`` must still wait before it may try a password (0: may try)."""
        now = time.monotonic() if now is None else now
        until, _span = self._locked.get(client, (0.0, 0.0))
        return max(0.0, until - now)

    def failed(self, client: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        recent = [t for t in self._failures.get(client, []) if now - t < self.window_s]
        recent.append(now)
        self._failures[client] = recent
        if len(recent) >= self.free:
            _until, last = self._locked.get(client, (0.0, 0.0))
            span = min(self.max_lockout_s, last * 2 if last else self.lockout_s)
            self._locked[client] = (now + span, span)
        if len(self._failures) > 10_000:  # bound memory under a flood of addresses
            self._failures.pop(next(iter(self._failures)))

    def succeeded(self, client: str) -> None:
        self._failures.pop(client, None)
        self._locked.pop(client, None)
