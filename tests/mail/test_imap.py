"""Newsletters over IMAP, against a real dovecot on 127.0.0.1 (implicit TLS, self-signed CA).

Messages are delivered into per-test Maildir folders; their click-tracking
links point at a real HTTP server on 127.0.0.1 (``tests.feeds.site``).
"""

from __future__ import annotations

import base64
import json
import mailbox
import re
import socket
import ssl
import uuid
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.conftest import CliResult
from tests.feeds.site import Route, Site, news_site
from tests.support import imap_server as imap_support
from tests.support.imap_server import UTF8_PASSWORD, UTF8_USER, ImapServer
from yoten.errors import IngestError, InputError
from yoten.ingest.mail import article_links, fetch_imap, message_bodies
from yoten.store import Store

imap_server = imap_support.imap_server  # the session's dovecot (a fixture)
Cli = Callable[..., CliResult]

MAIL = Path(__file__).resolve().parent.parent / "data" / "mail"
PASSWORD_ENV = "YOTEN_TEST_IMAP_PASSWORD"
BRIEFING_ID = "<briefing-20240620@harbortimes.example>"
WEEKLY_ID = "<weekly-25@courier.example>"
DIGEST_ID = "<digest-20240620@news.example.jp>"


# -- newsletters ---------------------------------------------------------------------


def briefing(base: str) -> bytes:
    """UTF-8, quoted-printable, multipart/alternative (text + HTML) with tracking links."""
    return (MAIL / "briefing-utf8.eml").read_bytes().replace(b"{{BASE}}", base.encode())


def weekly(base: str, tmp_path: Path) -> bytes:
    """The second message of the mbox fixture: 8-bit UTF-8 text with a bare URL."""
    path = tmp_path / "newsletters.mbox"
    path.write_bytes((MAIL / "newsletters.mbox").read_bytes().replace(b"{{BASE}}", base.encode()))
    box = mailbox.mbox(path, create=False)
    try:
        raws = [box.get_bytes(key) for key in box.iterkeys()]
    finally:
        box.close()
    [raw] = [r for r in raws if WEEKLY_ID.encode() in r]
    return raw


def digest_ja(base: str | None = None) -> bytes:
    """ISO-2022-JP in base64; with ``base``, its news.example.jp links point at the test site."""
    raw = (MAIL / "digest-iso2022jp.eml").read_bytes()
    if base is None:
        return raw
    head, _, body = raw.partition(b"\n\n")
    text = base64.b64decode(body).replace(b"https://news.example.jp", base.encode())  # ASCII run
    return head + b"\n\n" + base64.encodebytes(text)


def no_message_id(base: str) -> bytes:
    return (
        b"From: Quiet Letter <quiet@letter.example>\nTo: reader@example.org\n"
        b"Subject: No id\nDate: Fri, 21 Jun 2024 06:00:00 +0000\nMIME-Version: 1.0\n"
        b'Content-Type: text/plain; charset="utf-8"\n\n'
        b"Today: " + base.encode() + b"/news/a3\n"
    )


# -- fixtures -------------------------------------------------------------------------


@pytest.fixture
def folder(imap_server: ImapServer) -> str:
    """A folder name of this test's own (the server is shared by the session)."""
    return f"News-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def tracker(site: Site) -> Site:
    """The news site, a click-tracking service and the Japanese outlet's article paths."""
    news_site(site)
    site.add("/c/a1", Route(status=302, location="{{BASE}}/r/a1"))
    site.add("/r/a1", Route(status=301, location="/news/a1?utm_source=newsletter&utm_medium=email"))
    site.add("/c/a1-again", Route(status=302, location="{{BASE}}/news/a1?utm_campaign=again"))
    site.add("/c/a5", Route(status=302, location="{{BASE}}/news/a5", head_allowed=False))
    site.add("/c/dead", Route(status=302, location="{{BASE}}/nowhere"))
    site.file("/articles/2024/0620/kyoto-tram", "a3.html")
    site.file("/articles/2024/0620/kamogawa-yuka", "a2.html")
    return site


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'yoten.db'}"


def imap_args(server: ImapServer, folder: str, *extra: str, cafile: bool = True) -> list[str]:
    args = [
        "inbox",
        "imap",
        "--host",
        server.host,
        "--port",
        str(server.port),
        "--user",
        server.user,
    ]
    args += ["--password-env", PASSWORD_ENV, "--folder", folder]
    if cafile:
        args += ["--cafile", str(server.cafile)]
    return [*args, *extra]


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, f"expected a one-line error, got {text!r}"
    assert "Traceback" not in text
    return lines[0]


def fetch(server: ImapServer, folder: str, **kw: object) -> list[EmailMessage]:
    return fetch_imap(
        server.host, user=server.user, password=server.password, port=server.port,
        folder=folder, cafile=server.cafile, timeout=10, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


# -- reading ----------------------------------------------------------------------------


@pytest.mark.slow
def test_fetch_imap_reads_and_decodes_every_encoding(
    imap_server: ImapServer, folder: str, tmp_path: Path
) -> None:
    base = "http://127.0.0.1:9"
    imap_server.deliver(briefing(base), folder=folder)
    imap_server.deliver(weekly(base, tmp_path), folder=folder)
    imap_server.deliver(digest_ja(), folder=folder)

    messages = fetch(imap_server, folder)
    by_id = {str(m["Message-ID"]): m for m in messages}
    assert sorted(by_id) == sorted([BRIEFING_ID, WEEKLY_ID, DIGEST_ID])

    html, text = message_bodies(by_id[BRIEFING_ID])  # multipart/alternative, quoted-printable
    assert "Marlow Bay’s twelve turbines" in html[0] and "Morning Briefing — 20 June" in text[0]
    assert [link.url.removeprefix(base) for link in article_links(by_id[BRIEFING_ID])][:2] == [
        "/c/a1",
        "/news/a2?utm_medium=email&utm_campaign=f24-nl-0620&_ope=eyJndWlkIjoiMTIzNDUifQ%3D%3D",
    ]
    _, text = message_bodies(by_id[DIGEST_ID])  # ISO-2022-JP, base64
    assert "市電の新路線、来春開業へ" in text[0]
    assert str(by_id[DIGEST_ID]["From"]) == "京都ニュース <news@news.example.jp>"
    assert [link.url for link in article_links(by_id[DIGEST_ID])] == [
        "https://news.example.jp/articles/2024/0620/kyoto-tram?utm_source=mail&utm_medium=newsletter",
        "https://news.example.jp/articles/2024/0620/kamogawa-yuka",
    ]
    assert [link.url for link in article_links(by_id[WEEKLY_ID])] == [
        f"{base}/news/a5?utm_source=weekly"
    ]

    # Message-IDs already handled are not fetched again
    rest = fetch(imap_server, folder, seen=[BRIEFING_ID, DIGEST_ID])
    assert [str(m["Message-ID"]) for m in rest] == [WEEKLY_ID]


@pytest.mark.slow
def test_cli_adds_canonical_article_links_once_and_remembers_messages(
    imap_server: ImapServer, folder: str, tracker: Site, tmp_path: Path, db: str, cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    for raw in (briefing(tracker.base), weekly(tracker.base, tmp_path), digest_ja(tracker.base)):
        imap_server.deliver(raw, folder=folder)
    monkeypatch.setenv(PASSWORD_ENV, imap_server.password)

    first = cli(*imap_args(imap_server, folder, "--json", "--db", db))
    assert first.code == 0, first.err
    result = json.loads(first.out)
    assert (result["messages"], result["already_seen"], result["new"]) == (3, 0, 5)
    assert len(result["errors"]) == 1 and "HTTP 404" in result["errors"][0]  # /c/dead
    with Store.open(db) as store:
        sources = store.list_sources()
        mailbox_name = f"imap://{imap_server.user}@127.0.0.1:{imap_server.port}/{folder}"
        assert store.seen_messages(mailbox_name) == {BRIEFING_ID, WEEKLY_ID, DIGEST_ID}
    assert sorted(s.canonical_url.removeprefix(tracker.base) for s in sources) == [
        "/articles/2024/0620/kamogawa-yuka",
        "/articles/2024/0620/kyoto-tram",  # utm_* stripped
        "/news/a1",  # two tracking redirects resolved, and a1 twice → once
        "/news/a2",
        "/news/a5",  # a tracker that refuses HEAD; also in the weekly → once
    ]
    kyoto = next(s for s in sources if s.canonical_url.endswith("kyoto-tram"))
    assert kyoto.origin == "newsletter: 京都ニュース <news@news.example.jp>"
    a1 = next(s for s in sources if s.canonical_url.endswith("/news/a1"))
    assert a1.title_hint == "Harbor city opens its first tidal power plant"
    assert tracker.count("/c/a1", "HEAD") == 1

    # a second run reads nothing new and resolves nothing
    hits = len(tracker.hits)
    second = cli(*imap_args(imap_server, folder, "--db", db))
    assert second.code == 0, second.err
    assert second.out.strip() == "0 message(s), 0 already seen, 0 link(s): 0 new, 0 skipped"
    assert len(tracker.hits) == hits
    with Store.open(db) as store:
        assert len(store.list_sources()) == 5

    # a newsletter delivered later is read on the next run, alone
    imap_server.deliver(no_message_id(tracker.base), folder=folder)
    third = cli(*imap_args(imap_server, folder, "--json", "--db", db))
    assert (json.loads(third.out)["messages"], json.loads(third.out)["new"]) == (1, 1)
    # without a Message-ID it is fetched again but recognised by its hash: nothing new
    fourth = cli(*imap_args(imap_server, folder, "--json", "--db", db))
    assert (json.loads(fourth.out)["already_seen"], json.loads(fourth.out)["new"]) == (1, 0)


@pytest.mark.slow
def test_mailbox_is_opened_read_only(imap_server: ImapServer, folder: str, tmp_path: Path) -> None:
    base = "http://127.0.0.1:9"
    imap_server.deliver(briefing(base), folder=folder)
    imap_server.deliver(weekly(base, tmp_path), folder=folder, seen=True)
    imap_server.deliver(digest_ja(), folder=folder)
    before = imap_server.flags(folder)
    assert before == {
        BRIEFING_ID: frozenset(),
        WEEKLY_ID: frozenset({"\\Seen"}),
        DIGEST_ID: frozenset(),
    }

    assert len(fetch(imap_server, folder)) == 3
    assert imap_server.flags(folder) == before  # nothing marked as read (EXAMINE + BODY.PEEK[])

    # the check can fail: a read-write SELECT and a plain BODY[] fetch do set \Seen
    conn = imap_server.connect()
    try:
        conn.select(f'"{folder}"')
        conn.fetch("1:*", "(BODY[])")
    finally:
        conn.logout()
    assert all("\\Seen" in flags for flags in imap_server.flags(folder).values())


@pytest.mark.slow
def test_limit_keeps_the_newest_messages(
    imap_server: ImapServer, folder: str, tmp_path: Path
) -> None:
    base = "http://127.0.0.1:9"
    imap_server.deliver(briefing(base), folder=folder)
    imap_server.flags(folder)  # the server assigns UIDs now, so the next message's is higher
    imap_server.deliver(weekly(base, tmp_path), folder=folder)
    assert [str(m["Message-ID"]) for m in fetch(imap_server, folder, limit=1)] == [WEEKLY_ID]
    assert fetch(imap_server, folder, limit=0) == []
    assert len(fetch(imap_server, folder, limit=5)) == 2


@pytest.mark.slow
def test_non_ascii_folder_names_are_sent_in_modified_utf7(imap_server: ImapServer) -> None:
    name = f"ニュース & 朝刊 {uuid.uuid4().hex[:6]}"
    path = imap_server.deliver(digest_ja(), folder=name)
    assert path.parent.parent.name.startswith(".&MMsw5TD8MLk- &- &Zx1SCg- ")
    assert [str(m["Message-ID"]) for m in fetch(imap_server, name)] == [DIGEST_ID]


@pytest.mark.slow
def test_non_ascii_password_logs_in_with_authenticate_plain(imap_server: ImapServer) -> None:
    common = {"port": imap_server.port, "cafile": imap_server.cafile, "timeout": 10.0}
    assert fetch_imap(imap_server.host, user=UTF8_USER, password=UTF8_PASSWORD, **common) == []  # type: ignore[arg-type]
    with pytest.raises(
        IngestError, match=r"IMAP login failed for 'leser': \[AUTHENTICATIONFAILED\]"
    ):
        fetch_imap(imap_server.host, user=UTF8_USER, password=UTF8_PASSWORD + "x", **common)  # type: ignore[arg-type]


# -- failures -----------------------------------------------------------------------------


@pytest.mark.slow
def test_wrong_password_is_a_one_line_error(
    imap_server: ImapServer, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "not-the-password")
    result = cli(*imap_args(imap_server, "INBOX"))
    assert result.code == 2
    line = one_line(result.err)
    assert line == (
        f"yoten: ingest: IMAP login failed for 'reader': [AUTHENTICATIONFAILED] Authentication failed. "
        f"(127.0.0.1:{imap_server.port})"
    )
    assert "not-the-password" not in result.err + result.out


@pytest.mark.slow
def test_untrusted_certificate_without_cafile_is_refused(
    imap_server: ImapServer, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, imap_server.password)
    logins = _logins(imap_server)
    result = cli(*imap_args(imap_server, "INBOX", cafile=False))
    assert result.code == 2
    line = one_line(result.err)
    assert line.startswith(
        "yoten: ingest: TLS certificate not trusted: self"
    )  # self-signed certificate
    assert "--cafile" in line
    # the certificate is checked before any credentials are sent
    assert _logins(imap_server) == logins


@pytest.mark.slow
def test_unreachable_port_is_a_one_line_error(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        monkeypatch.setenv(PASSWORD_ENV, "x")
        result = cli("inbox", "imap", "--host", "127.0.0.1", "--port", str(port), "--user", "u",
                     "--password-env", PASSWORD_ENV)  # fmt: skip
    assert result.code == 2
    assert (
        one_line(result.err)
        == f"yoten: ingest: cannot connect to IMAP server: Connection refused (127.0.0.1:{port})"
    )


@pytest.mark.slow
def test_a_server_that_does_not_speak_tls_is_a_one_line_error(
    tracker: Site, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = tracker.port  # plain HTTP
    monkeypatch.setenv(PASSWORD_ENV, "x")
    result = cli("inbox", "imap", "--host", "127.0.0.1", "--port", str(port), "--user", "u",
                 "--password-env", PASSWORD_ENV)  # fmt: skip
    assert result.code == 2
    assert re.fullmatch(
        rf"yoten: ingest: TLS handshake failed: .+ \(127\.0\.0\.1:{port}\)", one_line(result.err)
    )


@pytest.mark.slow
def test_missing_folder_and_bad_cafile(imap_server: ImapServer, tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"cannot open IMAP folder 'Nope': .*exist"):
        fetch(imap_server, "Nope")
    with pytest.raises(InputError, match="cannot read CA file: No such file or directory"):
        fetch_imap(
            imap_server.host,
            user="u",
            password="p",
            port=imap_server.port,
            cafile=tmp_path / "none.pem",
        )
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("not a certificate\n")
    with pytest.raises(InputError, match="not a PEM certificate"):
        fetch_imap(imap_server.host, user="u", password="p", port=imap_server.port, cafile=bogus)


@pytest.mark.slow
def test_verification_stays_on_by_default(imap_server: ImapServer) -> None:
    # no cafile, no context: the system CAs, which do not include the test CA
    with pytest.raises(IngestError, match="TLS certificate not trusted"):
        fetch_imap(
            imap_server.host,
            user=imap_server.user,
            password=imap_server.password,
            port=imap_server.port,
        )
    # a caller's own context is used as given
    context = ssl.create_default_context(cafile=str(imap_server.cafile))
    assert fetch_imap(imap_server.host, user=UTF8_USER, password=UTF8_PASSWORD, port=imap_server.port,
                      ssl_context=context) == []  # fmt: skip


def _logins(server: ImapServer) -> int:
    return server.log.read_text(errors="replace").count(f"Login: user=<{server.user}>")


@pytest.mark.slow
def test_a_silent_server_times_out_with_a_one_line_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)  # the kernel accepts the connection; nobody ever answers the TLS hello
        port = sock.getsockname()[1]
        with pytest.raises(IngestError) as caught:
            fetch_imap("127.0.0.1", user="u", password="p", port=port, timeout=0.3)
    assert (
        str(caught.value) == f"ingest: IMAP server did not answer within 0.3 s (127.0.0.1:{port})"
    )
