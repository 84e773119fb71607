"""Newsletters never request a link that could unsubscribe the reader (issue 13)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.feeds.site import Route, Site, news_site
from yoten.ingest.linkwords import link_category, url_category
from yoten.ingest.mail import (
    LinkRefused,
    article_links,
    list_unsubscribe_urls,
    read_messages,
    resolve_link,
)
from yoten.service.inbox import ingest_messages
from yoten.settings import Settings
from yoten.store import Store

MAIL = Path(__file__).resolve().parent.parent / "data" / "mail"
# Every path below /c/ that is not an article; none of them may ever be requested.
NEVER = ["/c/web", "/c/sponsor", "/c/share", "/c/fwd", "/c/invite", "/c/lu", "/c/u1", "/c/u2",
         "/c/u3", "/c/p1", "/c/l1", "/c/l2", "/email/unsubscribe"]  # fmt: skip


@pytest.fixture
def tracker(site: Site) -> Site:
    news_site(site)
    site.add("/c/a1", Route(status=302, location="{{BASE}}/news/a1?utm_source=nl"))
    site.add("/c/a5", Route(status=302, location="{{BASE}}/news/a5", head_allowed=False))
    # a click tracker whose target is an unsubscribe page: the hop is not requested
    site.add("/c/hop", Route(status=302, location="{{BASE}}/email/unsubscribe?u=9f3a"))
    for path in NEVER:
        site.add(path, Route(status=302, location="{{BASE}}/news/a2"))
    return site


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(f"sqlite:///{tmp_path / 'yoten.db'}") as s:
        yield s


def _message(site: Site, tmp_path: Path) -> Path:
    out = tmp_path / "brief.eml"
    out.write_bytes(
        (MAIL / "wochenbrief-xhtml.eml").read_bytes().replace(b"{{BASE}}", site.base.encode())
    )
    return out


def test_xhtml_with_xml_declaration_yields_only_article_links(
    tracker: Site, tmp_path: Path
) -> None:
    [message] = read_messages(_message(tracker, tmp_path))
    links = article_links(message)
    assert [link.url.removeprefix(tracker.base) for link in links] == ["/c/a1", "/c/a5", "/c/hop"]
    assert links[0].text == "Hafenstadt eröffnet ihr erstes Gezeitenkraftwerk"
    assert list_unsubscribe_urls(message) == {
        "127.0.0.1/c/lu"
    }  # host and path: any port, any query


@pytest.mark.slow
def test_ingest_requests_no_unsubscribe_link_or_hop(
    tracker: Site, store: Store, tmp_path: Path
) -> None:
    messages = read_messages(_message(tracker, tmp_path))
    result = ingest_messages(
        messages, store=store, settings=Settings(timeout=5), mailbox_name="file:x"
    )
    urls = sorted(s.canonical_url.removeprefix(tracker.base) for s in store.list_sources())
    assert urls == ["/news/a1", "/news/a5"]  # tracking stripped; the hop to unsubscribe refused
    assert result.skipped == 1 and result.errors == []
    requested = {hit.path.split("?")[0] for hit in tracker.hits}
    assert requested == {"/c/a1", "/news/a1", "/c/a5", "/news/a5", "/c/hop"}
    assert not requested & set(NEVER)


def test_resolve_link_refuses_list_unsubscribe_and_unsafe_hops(tracker: Site) -> None:
    with httpx.Client() as client:
        with pytest.raises(LinkRefused, match="List-Unsubscribe"):
            resolve_link(
                tracker.url("/c/lu?u=1"),
                client=client,
                settings=Settings(),
                refuse=frozenset({"127.0.0.1/c/lu"}),
            )
        with pytest.raises(LinkRefused, match="unsubscribe"):
            resolve_link(tracker.url("/c/hop"), client=client, settings=Settings())
    assert tracker.count("/c/lu") == 0 and tracker.count("/email/unsubscribe") == 0


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Newsletter abbestellen", "unsubscribe"), ("Abmelden", "unsubscribe"),
        ("Vom Newsletter abmelden", "unsubscribe"), ("Newsletter-Profil verwalten", "profile"),
        ("Impressum", "legal"), ("Datenschutz", "legal"), ("Webversion", "webversion"),
        ("Share", "share"), ("Forward", "forward"), ("Invite a friend", "share"),
        ("Se désabonner", "unsubscribe"), ("Darse de baja", "unsubscribe"),
        ("Disiscriviti", "unsubscribe"), ("Uitschrijven", "unsubscribe"),
        ("Отписаться", "unsubscribe"), ("配信停止はこちら", "unsubscribe"), ("退订", "unsubscribe"),
        ("수신거부", "unsubscribe"), ("Sponsored by Acme", "sponsor"), ("利用規約", "legal"),
        # headlines that merely contain such words stay articles
        ("Apple share price falls as iPhone sales slow in China", None),
        ("EU fines Meta over privacy breach in a record ruling", None),
        ("Hafenstadt eröffnet ihr erstes Gezeitenkraftwerk", None),
    ],
)  # fmt: skip
def test_anchor_text_categories(text: str, category: str | None) -> None:
    assert link_category("https://news.example/a/1", text) == category


@pytest.mark.parametrize(
    ("url", "category"),
    [
        ("https://unsubscribe.mailer.example/u/9f3a", "unsubscribe"),
        ("https://news.example/email-unsubscribe?id=1", "unsubscribe"),
        ("https://news.example/newsletter/abmelden", "unsubscribe"),
        ("https://list.example/profile?u=1&id=2", "profile"),
        ("https://news.example/impressum", "legal"),
        (
            "https://click.example/r?url=https%3A%2F%2Fnews.example%2Fpreferences%3Fu%3D1",
            "preferences",
        ),
        ("https://news.example/a?action=optout", "unsubscribe"),
        ("https://news.example/markets/share-prices-fall", None),
        ("https://news.example/news/1?ref=share", None),
        ("https://news.example/2024/06/21/harbor-tidal-plant", None),
    ],
)
def test_url_categories(url: str, category: str | None) -> None:
    assert url_category(url) == category
