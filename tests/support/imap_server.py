"""A real IMAP server (Debian's dovecot) on 127.0.0.1 for the newsletter tests.

The session-scoped fixture ``imap_server`` writes a self-signed certificate
(``openssl``, for ``127.0.0.1`` and ``localhost``), a minimal ``dovecot.conf``
(implicit-TLS IMAP on a free loopback port, ``ssl = required``, one
passwd-file user with a plain password, Maildir storage, every run/state/log
path in a throwaway directory) and runs ``dovecot -F -c dovecot.conf`` until
the end of the session. It waits until a TLS connection and LOGIN work.
Without ``/usr/sbin/dovecot`` the tests that use it are skipped with the
command that installs it (``.ci/run`` installs it in CI)::

    from tests.support import imap_server as imap_support

    imap_server = imap_support.imap_server  # or import it in a conftest.py

    def test_something(imap_server: ImapServer) -> None:
        imap_server.deliver(raw_bytes, folder="News")

Messages are delivered the Maildir way (a file written in ``tmp/`` and
renamed into ``new/``, or into ``cur/`` with flags), so dovecot picks them up
on the next SELECT/EXAMINE. Each test should use its own folder: the server
is shared by the whole session.

As root, dovecot's login processes run as ``dovenull`` and its internal ones
as ``dovecot`` (users the Debian package creates), and mail is accessed as
``nobody`` (dovecot refuses mail access as root), so delivered files are
chowned to that user. As any other user everything runs as that user.
"""

from __future__ import annotations

import base64
import grp
import imaplib
import itertools
import os
import pwd
import re
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

__all__ = ["DOVECOT", "ImapServer", "imap_server", "imap_utf7", "start_dovecot"]

DOVECOT = Path("/usr/sbin/dovecot")
INSTALL_HINT = "apt-get install -y dovecot-imapd"
START_TIMEOUT_S = 20.0
USER = "reader"
PASSWORD = "tide-4-turbines"
# A second account whose password is not ASCII (LOGIN cannot carry it; AUTHENTICATE PLAIN can).
UTF8_USER = "leser"
UTF8_PASSWORD = "Gezeitenkraftwerk-ä-潮"
_COUNTER = itertools.count(1)


def imap_utf7(name: str) -> str:
    """A mailbox name in IMAP's modified UTF-7 (RFC 3501 5.1.3), as dovecot stores it on disk."""
    out: list[str] = []
    for ascii_run, chars in itertools.groupby(name, key=lambda c: 0x20 <= ord(c) <= 0x7E):
        text = "".join(chars)
        if ascii_run:
            out.append(text.replace("&", "&-"))
        else:
            encoded = base64.b64encode(text.encode("utf-16-be")).decode("ascii").rstrip("=")
            out.append("&" + encoded.replace("/", ",") + "-")
    return "".join(out)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ImapServer:
    """A running dovecot: where it listens, how to log in, and its user's Maildir."""

    host: str
    port: int
    user: str
    password: str
    cafile: Path
    maildir: Path
    log: Path
    root: Path
    process: subprocess.Popen[bytes]
    mail_owner: tuple[int, int] | None = None
    users: dict[str, str] = field(default_factory=dict)

    # -- delivery ----------------------------------------------------------------

    def folder_path(self, folder: str = "INBOX") -> Path:
        """The Maildir directory of ``folder`` (Maildir++: ``.Name`` under the INBOX)."""
        if folder.upper() == "INBOX":
            return self.maildir
        return self.maildir / ("." + imap_utf7(folder).replace("/", "."))

    def deliver(self, message: bytes, *, folder: str = "INBOX", seen: bool = False) -> Path:
        """Put one message into ``folder`` (created if needed); ``seen`` stores it with \\Seen."""
        box = self.folder_path(folder)
        for sub in ("cur", "new", "tmp"):
            (box / sub).mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}.P{os.getpid()}Q{next(_COUNTER)}.yoten-test"
        staging = box / "tmp" / name
        staging.write_bytes(message.replace(b"\r\n", b"\n"))
        final = box / "cur" / f"{name}:2,S" if seen else box / "new" / name
        staging.rename(final)
        if self.mail_owner is not None:
            uid, gid = self.mail_owner
            for path in (box, box / "cur", box / "new", box / "tmp", final):
                os.chown(path, uid, gid)
        return final

    # -- checking from the outside ----------------------------------------------

    def ssl_context(self) -> ssl.SSLContext:
        """A verifying TLS context that trusts the test certificate."""
        return ssl.create_default_context(cafile=str(self.cafile))

    def connect(self) -> imaplib.IMAP4_SSL:
        """A logged-in imaplib connection (the caller logs out)."""
        conn = imaplib.IMAP4_SSL(self.host, self.port, ssl_context=self.ssl_context(), timeout=10)
        conn.login(self.user, self.password)
        return conn

    def flags(self, folder: str = "INBOX") -> dict[str, frozenset[str]]:
        """Message-ID → the message's flags on the server, read with EXAMINE and FETCH FLAGS.

        ``\\Recent`` is left out: it belongs to a session, not to the message.
        """
        conn = self.connect()
        try:
            status, _ = conn.select(_quoted(imap_utf7(folder)), readonly=True)
            assert status == "OK", f"cannot EXAMINE {folder!r}"
            status, data = conn.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            assert status == "OK"
        finally:
            conn.logout()
        out: dict[str, frozenset[str]] = {}
        for item in data:
            if not isinstance(item, tuple):
                continue
            meta, header = item[0].decode("ascii"), item[1].decode("ascii", "replace")
            match = re.search(r"FLAGS \(([^)]*)\)", meta)
            mid = header.split(":", 1)[1].strip() if ":" in header else ""
            assert match is not None and mid, f"unexpected FETCH answer {item!r}"
            out[mid] = frozenset(f for f in match.group(1).split() if f != "\\Recent")
        return out

    def stop(self) -> None:
        """Stop dovecot and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


# -- starting dovecot ----------------------------------------------------------------


def _make_certificate(root: Path) -> tuple[Path, Path]:
    cert, key = root / "cert.pem", root / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=yoten test IMAP server",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-addext", "basicConstraints=critical,CA:TRUE",
        ],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    key.chmod(0o600)
    return cert, key


def _accounts() -> tuple[str, str, tuple[int, int] | None, tuple[int, int]]:
    """(internal user, login user, owner to chown mail to or None, mail uid/gid)."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return me.pw_name, me.pw_name, None, (me.pw_uid, me.pw_gid)

    def exists(name: str) -> bool:
        try:
            pwd.getpwnam(name)
        except KeyError:
            return False
        return True

    nobody = pwd.getpwnam("nobody")
    internal = "dovecot" if exists("dovecot") else "nobody"
    login = "dovenull" if exists("dovenull") else "nobody"
    owner = (nobody.pw_uid, nobody.pw_gid)
    return internal, login, owner, owner


def _write_config(
    root: Path, port: int, cert: Path, key: Path
) -> tuple[Path, tuple[int, int] | None]:
    internal, login, owner, (uid, gid) = _accounts()
    # As a plain user, dovecot cannot chown its sockets to the "dovecot" group.
    group_line = (
        "" if owner is not None else f"default_internal_group = {grp.getgrgid(gid).gr_name}\n"
    )
    home = root / "mail"
    users = root / "users"
    users.write_text(
        "".join(
            f"{name}:{{PLAIN}}{secret}:{uid}:{gid}::{home / name}::\n"
            for name, secret in ((USER, PASSWORD), (UTF8_USER, UTF8_PASSWORD))
        ),
        encoding="utf-8",
    )
    users.chmod(0o600)
    if owner is not None:  # as root, the auth process runs as the internal user
        internal_pw = pwd.getpwnam(internal)
        os.chown(users, internal_pw.pw_uid, internal_pw.pw_gid)
    conf = root / "dovecot.conf"
    conf.write_text(
        f"""# yoten test instance: nothing outside {root} is read or written.
base_dir = {root / "run"}
state_dir = {root / "state"}
instance_name = yoten-test-{port}
listen = 127.0.0.1
protocols = imap
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
log_path = {root / "dovecot.log"}
default_internal_user = {internal}
default_login_user = {login}
{group_line}first_valid_uid = {min(uid, 500)}
first_valid_gid = {min(gid, 500)}
auth_mechanisms = plain login
# Wrong-password tests: answer at once, and no growing per-IP penalty for later logins.
auth_failure_delay = 0
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = {users}
}}
userdb {{
  driver = passwd-file
  args = {users}
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {port}
    ssl = yes
  }}
}}
""",
        encoding="utf-8",
    )
    for name in (USER, UTF8_USER):
        for sub in ("cur", "new", "tmp"):
            (home / name / "Maildir" / sub).mkdir(parents=True, exist_ok=True)
    if owner is not None:
        root.chmod(0o755)
        for path in [home, *home.rglob("*")]:
            os.chown(path, *owner)
    (root / "run").mkdir()
    (root / "state").mkdir()
    return conf, owner


def _can_log_in(port: int, cafile: Path) -> bool:
    try:
        conn = imaplib.IMAP4_SSL(
            "127.0.0.1", port, ssl_context=ssl.create_default_context(cafile=str(cafile)), timeout=2
        )
    except (OSError, imaplib.IMAP4.error):
        return False
    try:
        conn.login(USER, PASSWORD)
        status, _ = conn.select("INBOX", readonly=True)
        return status == "OK"
    except (OSError, imaplib.IMAP4.error):
        return False
    finally:
        try:
            conn.logout()
        except (OSError, imaplib.IMAP4.error):
            pass


def start_dovecot(binary: Path = DOVECOT) -> ImapServer:
    """Start a throwaway dovecot on a free loopback port and wait until LOGIN works."""
    # A short directory: dovecot's unix sockets live under base_dir (108-byte path limit).
    root = Path(tempfile.mkdtemp(prefix="yoten-imap-"))
    try:
        cert, key = _make_certificate(root)
        last_log = ""
        for _attempt in range(3):
            port = _free_port()
            for stale in ("run", "state"):
                shutil.rmtree(root / stale, ignore_errors=True)
            shutil.rmtree(root / "mail", ignore_errors=True)
            conf, owner = _write_config(root, port, cert, key)
            log = root / "dovecot.log"
            process = subprocess.Popen(
                [str(binary), "-F", "-c", str(conf)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=(root / "dovecot.stderr").open("wb"),
            )
            deadline = time.monotonic() + START_TIMEOUT_S
            while time.monotonic() < deadline and process.poll() is None:
                if _can_log_in(port, cert):
                    return ImapServer(
                        host="127.0.0.1", port=port, user=USER, password=PASSWORD, cafile=cert,
                        maildir=root / "mail" / USER / "Maildir", log=log, root=root,
                        process=process, mail_owner=owner,
                        users={USER: PASSWORD, UTF8_USER: UTF8_PASSWORD},
                    )  # fmt: skip
                time.sleep(0.05)
            if process.poll() is None:
                process.terminate()
            process.wait(10)
            last_log = "".join(
                p.read_text(errors="replace")[-2000:]
                for p in (log, root / "dovecot.stderr")
                if p.exists()
            )
        raise RuntimeError(f"dovecot did not start:\n{last_log}")
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise


@pytest.fixture(scope="session")
def imap_server() -> Iterator[ImapServer]:
    """A dovecot IMAP server (implicit TLS) for the whole session; skips when not installed."""
    if not os.access(DOVECOT, os.X_OK):
        pytest.skip(f"{DOVECOT} is not installed ({INSTALL_HINT})")
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (apt-get install -y openssl)")
    server = start_dovecot()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
