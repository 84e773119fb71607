"""Real Redis and PostgreSQL servers on 127.0.0.1 for the distributed-mode tests.

Session-scoped fixtures start Debian's ``redis-server`` and PostgreSQL
(``/usr/lib/postgresql/*/bin``) on free loopback ports with throwaway data
in a temp directory, and stop and remove them at the end of the session.
When the binaries are missing the tests that use them are skipped with the
command that installs them (``.ci/run`` installs them in CI)::

    from tests.support.services import postgres_server, postgres_url, redis_server, redis_url  # noqa: F401

    @pytest.mark.services
    def test_something(redis_url: str, postgres_url: str) -> None: ...

- ``redis_server`` → :class:`RedisServer` (``.url(db)``);
- ``redis_url`` → ``redis://127.0.0.1:PORT/0``, flushed before each test;
- ``postgres_server`` → :class:`PostgresServer` (``.url``: SQLAlchemy URL of
  its database ``yoten``; ``.create_database()`` for a fresh one);
- ``postgres_url`` → the SQLAlchemy URL of a fresh, empty database per test.

As root, PostgreSQL runs as the ``postgres`` user (``runuser``), which the
Debian package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

__all__ = [
    "PostgresServer",
    "RedisServer",
    "find_postgres_bindir",
    "find_redis_server",
    "free_port",
    "postgres_server",
    "postgres_url",
    "redis_server",
    "redis_url",
]

INSTALL_HINT = "apt-get install -y redis-server postgresql"
START_TIMEOUT_S = 30.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def find_redis_server() -> str | None:
    """Path of ``redis-server``, if installed."""
    return shutil.which("redis-server") or (
        "/usr/bin/redis-server" if os.access("/usr/bin/redis-server", os.X_OK) else None
    )


def find_postgres_bindir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` holding initdb and pg_ctl, else PATH's."""
    found = []
    for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        bindir = Path(initdb).parent
        version = bindir.parent.name
        if (bindir / "pg_ctl").exists() and version.split(".")[0].isdigit():
            found.append((int(version.split(".")[0]), bindir))
    if found:
        return max(found)[1]
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    return None


# -- Redis -----------------------------------------------------------------------


def _redis_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"*1\r\n$4\r\nPING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


def _redis_command(port: int, *args: str) -> bytes:
    """Send one command in RESP and return the raw first reply (enough for FLUSHALL)."""
    payload = f"*{len(args)}\r\n".encode() + b"".join(
        f"${len(a.encode())}\r\n".encode() + a.encode() + b"\r\n" for a in args
    )
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(payload)
        return sock.recv(256)


@dataclass
class RedisServer:
    """A running redis-server on 127.0.0.1."""

    port: int
    process: subprocess.Popen[bytes]
    workdir: Path

    def url(self, db: int = 0) -> str:
        """``redis://127.0.0.1:PORT/DB``."""
        return f"redis://127.0.0.1:{self.port}/{db}"

    def flushall(self) -> None:
        """Forget every key in every database."""
        reply = _redis_command(self.port, "FLUSHALL")
        if not reply.startswith(b"+OK"):
            raise RuntimeError(f"FLUSHALL answered {reply!r}")

    def stop(self) -> None:
        """Stop the server and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def start_redis(binary: str, workdir: Path) -> RedisServer:
    """Start redis-server with no persistence on a free loopback port; wait for PING."""
    last_log = ""
    for _attempt in range(3):
        port = free_port()
        log = workdir / f"redis-{port}.log"
        process = subprocess.Popen(
            [
                binary,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(workdir),
                "--logfile",
                str(log),
                "--daemonize",
                "no",
                "--protected-mode",
                "yes",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline and process.poll() is None:
            if _redis_ping(port):
                return RedisServer(port, process, workdir)
            time.sleep(0.05)
        if process.poll() is None:
            process.kill()
        process.wait(5)
        last_log = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    raise RuntimeError(f"redis-server did not start:\n{last_log}")


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A redis-server for the whole session (skips when it is not installed)."""
    binary = find_redis_server()
    if binary is None:
        pytest.skip(f"redis-server is not installed ({INSTALL_HINT})")
    server = start_redis(binary, tmp_path_factory.mktemp("redis"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The URL of database 0 of the session's Redis, emptied for this test."""
    redis_server.flushall()
    return redis_server.url(0)


# -- PostgreSQL ------------------------------------------------------------------


@dataclass
class PostgresServer:
    """A running PostgreSQL cluster on 127.0.0.1 (trust authentication, user ``postgres``)."""

    bindir: Path
    root: Path
    port: int
    run_as: str | None
    database: str = "yoten"
    created: list[str] = field(default_factory=list)

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "run"

    def url_for(self, database: str) -> str:
        """SQLAlchemy URL (psycopg 3) of ``database`` on this server."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the server's database ``yoten``."""
        return self.url_for(self.database)

    def command(
        self, tool: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Run one of the server's binaries (as ``postgres`` when we are root)."""
        argv = [str(self.bindir / tool), *args]
        if self.run_as is not None:
            argv = ["runuser", "-u", self.run_as, "--", *argv]
        result = subprocess.run(
            argv, check=False, capture_output=True, text=True, timeout=60, cwd=self.root
        )
        if check and result.returncode != 0:
            raise RuntimeError(
                f"{tool} failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}"
            )
        return result

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        self.command("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        self.created.append(name)
        return self.url_for(name)

    def stop(self) -> None:
        """Stop the cluster (immediate mode: the data is thrown away anyway)."""
        self.command(
            "pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop", check=False
        )


def _postgres_user() -> str | None:
    """``postgres`` when running as root (PostgreSQL refuses to run as root), else None."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no 'postgres' user to run PostgreSQL as")
    if shutil.which("runuser") is None:
        pytest.skip("running as root and runuser is missing")
    return "postgres"


def start_postgres(bindir: Path) -> PostgresServer:
    """initdb a throwaway cluster, start it on a free loopback port, create database ``yoten``."""
    run_as = _postgres_user()
    # Not under pytest's tmp dir: its parents are private to root and postgres could not enter them.
    root = Path(tempfile.mkdtemp(prefix="yoten-pg-"))
    (root / "run").mkdir()
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        for path in (root, root / "run"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(bindir, root, 0, run_as)
    try:
        server.command(
            "initdb",
            "-D",
            str(server.datadir),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        last_error = ""
        for _attempt in range(3):
            server.port = free_port()
            options = (
                f"-h 127.0.0.1 -p {server.port} -k {server.socket_dir} -F -c max_connections=200"
            )
            started = server.command(
                "pg_ctl",
                "-D",
                str(server.datadir),
                "-l",
                str(root / "postgres.log"),
                "-w",
                "-t",
                str(int(START_TIMEOUT_S)),
                "-o",
                options,
                "start",
                check=False,
            )
            if started.returncode == 0:
                server.create_database(server.database)
                return server
            last_error = started.stderr or started.stdout
        log = root / "postgres.log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {last_error.strip()}\n{tail}")
    except BaseException:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        raise


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole session (skips when it is not installed)."""
    bindir = find_postgres_bindir()
    if bindir is None:
        pytest.skip(f"PostgreSQL is not installed ({INSTALL_HINT})")
    server = start_postgres(bindir)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The SQLAlchemy URL of a fresh, empty database for this test."""
    return postgres_server.create_database()
