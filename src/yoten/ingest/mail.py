"""Newsletters: article links out of .eml files, mbox files and IMAP mailboxes.

Messages are parsed with the stdlib ``email`` package (``policy=default``),
which decodes quoted-printable and base64 and any charset Python knows
(ISO-2022-JP, Shift_JIS, UTF-8, ...). Links come from the HTML parts
(``<a href>``) and bare URLs in the text parts. Unsubscribe, preference,
profile, legal, share, forward, view-in-browser, sponsor, social, mailto and
footer links are dropped (words in many languages, as data: see
:mod:`yoten.ingest.linkwords`), and so is every link the ``List-Unsubscribe``
header names. Click-tracking links are resolved by following their redirects
hop by hop (HEAD, falling back to GET, http/https only, bounded), never
requesting a hop that looks like one of those links, and every article URL is
canonicalized.

IMAP is read-only: the mailbox is opened with EXAMINE and messages are read
with ``BODY.PEEK[]`` so nothing is marked as read; the Message-IDs already
handled are remembered in the store, by :mod:`yoten.service.inbox`: this
module finds what newsletters hold (:func:`scan_messages`) and stores nothing.
"""

from __future__ import annotations

import base64
import email
import hashlib
import imaplib
import mailbox
import re
import ssl
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.policy import default as default_policy
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import lxml.html
from lxml import etree

from yoten.errors import IngestError, InputError, LinkRefused, LinkUnreachable, one_line
from yoten.httpguard import guarded_client
from yoten.i18n import gettext as _
from yoten.ingest.charset import decode_bytes
from yoten.ingest.linkwords import link_category, url_category
from yoten.ingest.urls import canonicalize, ensure_http_url
from yoten.settings import Settings

__all__ = [
    "MAX_REDIRECTS",
    "FoundLink",
    "InboxResult",
    "LinkRefused",
    "NewsletterLink",
    "ScannedMessage",
    "article_links",
    "fetch_imap",
    "is_ignored_link",
    "list_unsubscribe_urls",
    "message_bodies",
    "message_id",
    "read_messages",
    "resolve_link",
    "scan_messages",
]

MAX_REDIRECTS = 8
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_BARE_URL = re.compile(r"""https?://[^\s<>"'\]\)]+""", re.IGNORECASE)
_TRAILING = ".,;:!?)]}>»’”'\""

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SOCIAL_HOSTS = (
    "facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "youtube.com",
    "youtu.be", "tiktok.com", "t.me", "telegram.me", "whatsapp.com", "wa.me", "pinterest.com",
    "threads.net", "bsky.app", "mastodon.social", "line.me", "apps.apple.com", "play.google.com",
)  # fmt: skip


@dataclass(frozen=True)
class NewsletterLink:
    """An article link found in a newsletter: where it points and its anchor text."""

    url: str
    text: str | None


@dataclass
class InboxResult:
    """What reading newsletters added."""

    messages: int = 0
    already_seen: int = 0
    links: int = 0
    new: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


# -- reading messages -----------------------------------------------------------


def _parse_bytes(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=default_policy)
    assert isinstance(message, EmailMessage)
    return message


def read_messages(path: Path) -> list[EmailMessage]:
    """The messages in an ``.eml`` file (one) or an mbox file (any number)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        raise InputError(
            _("cannot read newsletter file: {strerror}").format(strerror=exc.strerror),
            source=str(path),
        ) from None
    if head == b"From ":
        try:
            box = mailbox.mbox(path, factory=None, create=False)
            messages = [_parse_bytes(box.get_bytes(key)) for key in box.iterkeys()]
        except (OSError, mailbox.Error) as exc:
            raise InputError(
                _("cannot read mbox file: {exc}").format(exc=exc), source=str(path)
            ) from None
        if not messages:
            raise InputError(_("the mbox file holds no messages"), source=str(path))
        return messages
    message = _parse_bytes(path.read_bytes())
    if not message.keys():
        raise InputError(_("not an email message (.eml) or mbox file"), source=str(path))
    return [message]


def message_id(message: Message, raw: bytes | None = None) -> str:
    """The Message-ID, or a stable hash of the message when it has none."""
    value = message.get("Message-ID")
    if value and str(value).strip():
        return str(value).strip()
    data = raw if raw is not None else message.as_bytes()
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _part_text(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, UnicodeError, ValueError, AssertionError):
        content = None
    if isinstance(content, str):
        return content
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    return decode_bytes(payload, content_type=f"text/plain; charset={charset}" if charset else None)


def message_bodies(message: Message) -> tuple[list[str], list[str]]:
    """The decoded HTML parts and plain-text parts of a message (attachments skipped)."""
    html: list[str] = []
    text: list[str] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/html":
            html.append(_part_text(part))
        elif ctype == "text/plain":
            text.append(_part_text(part))
    return html, text


# -- finding links --------------------------------------------------------------


def _host_is_social(host: str) -> bool:
    host = host.lower().removeprefix("www.").removeprefix("m.")
    return any(host == s or host.endswith("." + s) for s in _SOCIAL_HOSTS)


def is_ignored_link(url: str, text: str | None = None) -> bool:
    """True for links that never lead to an article (unsubscribe, legal, share, social, mailto...).

    The words, in many languages, are data (:mod:`yoten.ingest.linkwords`).
    """
    if not re.match(r"(?i)https?://", url.strip()):
        return True  # mailto:, tel:, javascript:, relative, ...
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return True
    if _host_is_social(parts.hostname or ""):
        return True
    return link_category(url, text) is not None


def list_unsubscribe_urls(message: Message) -> frozenset[str]:
    """The http(s) URLs of the message's ``List-Unsubscribe`` header, as ``host/path``.

    Compared by host and path (the query differs per reader), so that neither
    the link itself nor a redirect hop to it is ever requested.
    """
    header = str(message.get("List-Unsubscribe") or "")
    found: set[str] = set()
    for raw in re.findall(r"<([^>]+)>", header):
        key = _link_key(raw)
        if key:
            found.add(key)
    return frozenset(found)


def _link_key(url: str) -> str | None:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return f"{parts.hostname.lower()}{parts.path.rstrip('/')}"


def _is_site_root(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def _html_links(html: str) -> list[NewsletterLink]:
    # lxml refuses a str that carries an XML declaration (XHTML newsletters)
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    base = root.xpath("string(//base/@href)") or None
    links: list[NewsletterLink] = []
    for anchor in root.iter("a"):
        assert isinstance(anchor, lxml.html.HtmlElement)
        href = (anchor.get("href") or "").strip()
        if not href:
            continue
        if base:
            href = urljoin(str(base), href)
        text = " ".join(anchor.text_content().split()) or anchor.get("title") or None
        if text is None:
            alt = anchor.xpath("string(.//img/@alt)")
            text = str(alt).strip() or None
        links.append(NewsletterLink(href, text))
    return links


def _text_links(text: str) -> list[NewsletterLink]:
    links = []
    for match in _BARE_URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        # The words just before a bare URL are often its label ("Unsubscribe: https://...").
        line_start = text.rfind("\n", 0, match.start()) + 1
        label = text[line_start : match.start()].strip(" :-–—\t") or None
        links.append(NewsletterLink(url, label))
    return links


def article_links(message: Message) -> list[NewsletterLink]:
    """Candidate article links of a newsletter, in order, without the ignored ones.

    HTML parts win; the text parts are used when a message has no HTML.
    """
    html_parts, text_parts = message_bodies(message)
    found: list[NewsletterLink] = []
    for html in html_parts:
        found.extend(_html_links(html))
    if not html_parts:
        for text in text_parts:
            found.extend(_text_links(text))
    seen: set[str] = set()
    out: list[NewsletterLink] = []
    unsubscribe = list_unsubscribe_urls(message)
    for link in found:
        if is_ignored_link(link.url, link.text) or _is_site_root(link.url) or link.url in seen:
            continue
        if _link_key(link.url) in unsubscribe:
            continue
        seen.add(link.url)
        out.append(link)
    return out


# -- resolving click-tracking links ---------------------------------------------


def resolve_link(
    url: str, *, client: httpx.Client, settings: Settings, refuse: frozenset[str] = frozenset()
) -> str:
    """Follow a (click-tracking) link's redirects and return where it ends.

    HEAD first; a server that refuses HEAD (405, 501, other 4xx) is asked with
    GET, whose body is not read. Only http/https targets are followed, at most
    :data:`MAX_REDIRECTS` hops. Redirects are followed hop by hop and a hop is
    never requested when it looks like an unsubscribe, preferences, legal,
    share or forward link, or is one of ``refuse`` (``host/path`` keys, see
    :func:`list_unsubscribe_urls`): LinkRefused.
    """
    current = ensure_http_url(url)
    method = "HEAD"
    hops = 0
    while True:
        category = url_category(current)
        if category is not None or _link_key(current) in refuse:
            why = category or "List-Unsubscribe"
            raise LinkRefused(_("not requested ({why} link)").format(why=why), source=current)
        try:
            with client.stream(
                method, current, timeout=settings.timeout, follow_redirects=False
            ) as response:
                status = response.status_code
                location = response.headers.get("location", "").strip()
        except httpx.TimeoutException:
            raise LinkUnreachable(
                _("timed out after {timeout:g} s").format(timeout=settings.timeout), source=current
            ) from None
        except httpx.HTTPError as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise LinkUnreachable(
                _("cannot resolve link: {error}").format(error=first), source=current
            ) from None
        if status in _REDIRECTS and location:
            hops += 1
            if hops > MAX_REDIRECTS:
                raise IngestError(
                    _("more than {max_redirects} redirects").format(max_redirects=MAX_REDIRECTS),
                    source=url,
                )
            try:
                current = ensure_http_url(urljoin(current, location))
            except IngestError as exc:
                raise IngestError(
                    _("refused redirect: {message}").format(message=exc.message), source=current
                ) from None
            method = "HEAD"
            continue
        if method == "HEAD" and status >= 400:
            method = "GET"
            continue
        if status >= 500:
            raise LinkUnreachable(_("HTTP {status}").format(status=status), source=current)
        if status >= 400:
            raise IngestError(_("HTTP {status}").format(status=status), source=current)
        return current


# -- what a newsletter holds ------------------------------------------------------


def _origin(message: Message) -> str:
    sender = str(message.get("From") or "").strip()
    return f"newsletter: {sender}"[:300] if sender else "newsletter"


@dataclass(frozen=True)
class FoundLink:
    """An article a newsletter links to: where its link ends, canonical, and the anchor text."""

    url: str
    canonical_url: str
    title_hint: str | None


@dataclass
class ScannedMessage:
    """What one newsletter holds; storing it is the caller's (``yoten.service.inbox``)."""

    message_id: str
    origin: str
    already_seen: bool = False
    articles: list[FoundLink] = field(default_factory=list)
    links: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    complete: bool = True
    """False when a link could not be followed for now: read the message again later."""


def scan_messages(
    messages: Iterable[EmailMessage],
    *,
    seen: Collection[str],
    settings: Settings,
    client: httpx.Client | None = None,
) -> Iterator[ScannedMessage]:
    """The article links of each newsletter whose Message-ID is not in ``seen``, resolved.

    One message at a time, so that the caller can store each before the next
    one's links are followed. Touches no store.
    """
    own = client is None
    http = client or guarded_client(
        timeout=settings.timeout,
        max_bytes=settings.max_bytes,
        headers={"User-Agent": _user_agent()},
    )
    try:
        for message in messages:
            scanned = ScannedMessage(message_id(message), _origin(message))
            if scanned.message_id in seen:
                scanned.already_seen = True
                yield scanned
                continue
            refuse = list_unsubscribe_urls(message)
            for link in article_links(message):
                scanned.links += 1
                try:
                    final = resolve_link(link.url, client=http, settings=settings, refuse=refuse)
                    canonical = canonicalize(final)
                except LinkRefused:
                    scanned.skipped += 1
                    continue
                except LinkUnreachable as exc:
                    scanned.complete = False
                    scanned.errors.append(
                        _("{error}; the message is read again next time").format(error=exc)
                    )
                    continue
                except IngestError as exc:
                    scanned.errors.append(str(exc))
                    continue
                if is_ignored_link(final) or _is_site_root(canonical):
                    scanned.skipped += 1
                    continue
                scanned.articles.append(FoundLink(final, canonical, link.text))
            yield scanned
    finally:
        if own:
            http.close()


def _user_agent() -> str:
    from yoten.ingest.fetch import USER_AGENT

    return USER_AGENT


def fetch_imap(
    host: str,
    *,
    user: str,
    password: str,
    folder: str = "INBOX",
    port: int = 993,
    seen: Sequence[str] = (),
    limit: int | None = None,
    timeout: float = 60.0,
    ssl_context: ssl.SSLContext | None = None,
    cafile: str | Path | None = None,
) -> list[EmailMessage]:
    """Read the messages of an IMAP folder over TLS, read-only, skipping Message-IDs in ``seen``.

    The connection is implicit TLS (IMAPS) and the server's certificate is
    verified against the system's CAs, or only against ``cafile`` (a PEM file,
    for a server with a private CA) when given; ``ssl_context`` overrides both.
    The folder is opened with EXAMINE and bodies are read with BODY.PEEK[],
    so the server marks nothing as read. ``limit`` keeps the N newest
    messages (highest UIDs). Non-ASCII folder names are sent in IMAP's
    modified UTF-7; non-ASCII credentials with AUTHENTICATE PLAIN (UTF-8).
    """
    where = f"{host}:{port}"
    hint = (
        ""
        if cafile or ssl_context
        else _("; a server with a private CA needs its CA file (--cafile)")
    )
    conn = _connect(host, port, ssl_context or _tls_context(cafile), timeout, hint)
    try:
        _login(conn, user, password, where)
        return _read_folder(conn, folder, where, limit=limit, known=set(seen))
    except imaplib.IMAP4.error as exc:
        raise IngestError(
            _("IMAP error: {exc}").format(exc=_imap_text(exc)), source=where
        ) from None
    except TimeoutError:
        raise IngestError(
            _("IMAP server stopped answering (timeout {timeout:g} s)").format(timeout=timeout),
            source=where,
        ) from None
    except OSError as exc:
        raise IngestError(
            _("IMAP connection failed: {error}").format(error=one_line(exc.strerror or exc, 300)),
            source=where,
        ) from None
    finally:
        try:
            conn.logout()
        except (OSError, imaplib.IMAP4.error):
            pass


def _connect(
    host: str, port: int, context: ssl.SSLContext, timeout: float, hint: str
) -> imaplib.IMAP4_SSL:
    """An IMAPS connection; each way it can fail is one IngestError (``hint``: for an untrusted CA)."""
    where = f"{host}:{port}"
    try:
        return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=timeout)
    except ssl.SSLCertVerificationError as exc:
        raise IngestError(
            _("TLS certificate not trusted: {verify_message}{hint}").format(
                verify_message=exc.verify_message, hint=hint
            ),
            source=where,
        ) from None
    except TimeoutError:
        raise IngestError(
            _("IMAP server did not answer within {timeout:g} s").format(timeout=timeout),
            source=where,
        ) from None
    except ssl.SSLError as exc:
        raise IngestError(
            _("TLS handshake failed: {error}").format(error=one_line(str(exc.reason or exc), 300)),
            source=where,
        ) from None
    except OSError as exc:
        raise IngestError(
            _("cannot connect to IMAP server: {error}").format(
                error=one_line(exc.strerror or exc, 300)
            ),
            source=where,
        ) from None
    except imaplib.IMAP4.error as exc:
        raise IngestError(
            _("not an IMAP server: {exc}").format(exc=_imap_text(exc)), source=where
        ) from None


def _read_folder(
    conn: imaplib.IMAP4, folder: str, where: str, *, limit: int | None, known: set[str]
) -> list[EmailMessage]:
    """The messages of ``folder`` (opened read-only), the newest ``limit``, those not ``known``."""
    status, data = conn.select(_quote(_imap_utf7(folder)), readonly=True)
    if status != "OK":
        raise IngestError(
            _("cannot open IMAP folder {folder!r}: {data}").format(
                folder=folder, data=_imap_text(data)
            ),
            source=where,
        )
    status, data = conn.uid("SEARCH", "ALL")
    if status != "OK":
        raise IngestError(
            _("IMAP SEARCH failed: {data}").format(data=_imap_text(data)), source=where
        )
    uids = [u.decode("ascii") for u in (data[0] or b"").split()]
    if limit is not None:
        uids = uids[-limit:] if limit > 0 else []
    ids = _message_ids(conn, uids) if known else {}
    messages: list[EmailMessage] = []
    for uid in uids:
        if ids.get(uid) and ids[uid] in known:
            continue
        status, body = conn.uid("FETCH", uid, "(BODY.PEEK[])")
        raw = _fetched_bytes(body)
        if status == "OK" and raw is not None:  # None: expunged by another client meanwhile
            messages.append(_parse_bytes(raw))
    return messages


def _tls_context(cafile: str | Path | None) -> ssl.SSLContext:
    """A verifying client context: the system's CAs, or only the PEM file ``cafile``."""
    if cafile is None:
        return ssl.create_default_context()
    try:
        return ssl.create_default_context(cafile=str(cafile))
    except ssl.SSLError:
        raise InputError(_("not a PEM certificate (CA) file"), source=str(cafile)) from None
    except OSError as exc:
        raise InputError(
            _("cannot read CA file: {error}").format(error=exc.strerror or exc), source=str(cafile)
        ) from None


def _login(conn: imaplib.IMAP4, user: str, password: str, where: str) -> None:
    """LOGIN, or AUTHENTICATE PLAIN when the user name or password is not ASCII."""
    try:
        if user.isascii() and password.isascii():
            conn.login(user, password)
        else:
            secret = b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")
            conn.authenticate("PLAIN", lambda _challenge: secret)
    except imaplib.IMAP4.abort:
        raise  # the connection broke: reported by the caller
    except imaplib.IMAP4.error as exc:
        raise IngestError(
            _("IMAP login failed for {user!r}: {exc}").format(user=user, exc=_imap_text(exc)),
            source=where,
        ) from None


def _message_ids(conn: imaplib.IMAP4, uids: Sequence[str]) -> dict[str, str]:
    """UID → Message-ID of the messages ``uids``, in one UID FETCH per chunk of UIDs."""
    out: dict[str, str] = {}
    for start in range(0, len(uids), _UID_CHUNK):
        chunk = uids[start : start + _UID_CHUNK]
        status, data = conn.uid("FETCH", _uid_set(chunk), "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
        if status != "OK":
            continue  # the bodies are fetched and checked against the store instead
        header: bytes | None = None
        for item in data or []:
            if isinstance(item, tuple) and len(item) >= 2:
                meta, header = bytes(item[0]), bytes(item[1])
            elif isinstance(item, bytes) and header is not None:
                meta = item  # a UID sent after the literal: b' UID 7)'
            else:
                continue
            match = _FETCH_UID.search(meta)
            if match is None:
                continue
            parsed = email.message_from_bytes(header, policy=default_policy)
            out[match.group(1).decode("ascii")] = str(parsed.get("Message-ID") or "").strip()
            header = None
    return out


_UID_CHUNK = 500
_FETCH_UID = re.compile(rb"\bUID (\d+)")


def _uid_set(uids: Sequence[str]) -> str:
    """``1,2,3,7`` → ``1:3,7`` (UIDs ascending, as UID SEARCH returns them)."""
    numbers = sorted({int(u) for u in uids})
    ranges: list[str] = []
    first = last = numbers[0]
    for n in numbers[1:]:
        if n == last + 1:
            last = n
            continue
        ranges.append(f"{first}:{last}" if last > first else str(first))
        first = last = n
    ranges.append(f"{first}:{last}" if last > first else str(first))
    return ",".join(ranges)


def _imap_utf7(name: str) -> str:
    """A mailbox name in IMAP's modified UTF-7 (RFC 3501, 5.1.3)."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            encoded = (
                base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii").rstrip("=")
            )
            out.append("&" + encoded.replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def _quote(folder: str) -> str:
    return (
        folder
        if re.fullmatch(r"[A-Za-z0-9_./&,+-]+", folder)
        else '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'
    )


def _imap_text(value: object) -> str:
    """A server answer or imaplib error as one readable line (imaplib keeps bytes)."""
    if isinstance(value, BaseException):
        value = value.args[0] if len(value.args) == 1 else value.args
    if isinstance(value, (list, tuple)):
        value = b" ".join(
            v if isinstance(v, bytes) else str(v).encode() for v in value if v is not None
        )
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return one_line(str(value), 300) or "no reason given"


def _fetched_bytes(data: list[object] | None) -> bytes | None:
    for item in data or []:
        if isinstance(item, tuple) and len(item) >= 2 and isinstance(item[1], bytes):
            return item[1]
    return None
