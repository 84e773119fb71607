"""URL canonicalization: tracking stripped, the article kept."""

from __future__ import annotations

import pytest

from yoten.errors import IngestError
from yoten.ingest.urls import canonicalize, ensure_http_url, same_site, tracking_params

SEED_URL = (
    "https://www.france24.com/en/asia-pacific/"
    "20240620-russia-s-putin-arrives-in-vietnam-after-signing-defence-pact-with-north-korea"
    "?utm_medium=email&utm_campaign=newsletter&utm_source=f24-nl-quot-en"
    "&utm_email_send_date=%2020240620&utm_email_recipient=263407&utm_email_link=contenus"
    "&_ope=eyJndWlkIjoiYWU3N2I1MjkzZWQ3MzhmMjFlZjM2YzdkNjFmNTNiNWEifQ%3D%3D"
)
SEED_CANONICAL = (
    "https://www.france24.com/en/asia-pacific/"
    "20240620-russia-s-putin-arrives-in-vietnam-after-signing-defence-pact-with-north-korea"
)

TABLE = [
    (SEED_URL, SEED_CANONICAL),
    ("https://example.com/story?id=42&utm_source=x", "https://example.com/story?id=42"),
    ("https://example.com/?p=123&fbclid=IwAR0abc", "https://example.com/?p=123"),
    ("https://example.com/a?gclid=1&dclid=2&msclkid=3&yclid=4", "https://example.com/a"),
    ("https://example.com/a?mc_cid=1&mc_eid=2&article=7", "https://example.com/a?article=7"),
    ("https://example.com/a?_hsenc=p2&_hsmi=9&__hstc=1&hsa_cam=5", "https://example.com/a"),
    ("https://example.com/a?igshid=abc&ref_src=twsrc%5Etfw", "https://example.com/a"),
    ("https://example.com/a?cmpid=1&ncid=2&sr_share=3&mkt_tok=4", "https://example.com/a"),
    (
        "https://example.com/a?oly_enc_id=1&oly_anon_id=2&vero_id=3&vero_conv=4",
        "https://example.com/a",
    ),
    ("https://example.com/a?spm=a2c.1&share=1&pk_campaign=z&mtm_source=q", "https://example.com/a"),
    ("https://example.com/a?UTM_Source=X&Id=5", "https://example.com/a?Id=5"),  # names any case
    ("HTTPS://WWW.Example.COM/Path/Article.HTML", "https://www.example.com/Path/Article.HTML"),
    ("http://example.com:80/a", "http://example.com/a"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("https://example.com:8443/a", "https://example.com:8443/a"),
    ("https://example.com/a#comments", "https://example.com/a"),
    ("https://example.com/#!/story/9", "https://example.com/#!/story/9"),  # hash-bang route kept
    ("https://example.com", "https://example.com/"),
    ("https://user:secret@example.com/a", "https://example.com/a"),
    ("https://example.com/a?b=1&&c=2&utm_x=&", "https://example.com/a?b=1&c=2"),
    (
        "https://example.com/a?q=caf%C3%A9+au+lait&utm_term=x",
        "https://example.com/a?q=caf%C3%A9+au+lait",
    ),
    ("https://example.com/a%20b/c;v=1?id=1", "https://example.com/a%20b/c;v=1?id=1"),
    ("  https://example.com/a?id=1  ", "https://example.com/a?id=1"),
    ("https://[::1]:8080/a?utm_source=x", "https://[::1]:8080/a"),
]


@pytest.mark.parametrize(("url", "expected"), TABLE)
def test_canonicalize_table(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


def test_seed_url_exactly() -> None:
    assert canonicalize(SEED_URL) == SEED_CANONICAL


def test_canonicalize_is_idempotent() -> None:
    for url, expected in TABLE:
        assert canonicalize(expected) == expected, url


def test_tracking_params_of_the_seed() -> None:
    assert tracking_params(SEED_URL) == [
        "utm_medium",
        "utm_campaign",
        "utm_source",
        "utm_email_send_date",
        "utm_email_recipient",
        "utm_email_link",
        "_ope",
    ]


def test_tracking_params_edge_cases() -> None:
    assert tracking_params("https://example.com/a?id=1&p=2") == []
    assert tracking_params("https://example.com/a?fbclid=1&fbclid=2") == ["fbclid"]
    assert tracking_params("not a url at all") == []
    assert tracking_params("http://[bad") == []


@pytest.mark.parametrize(
    ("url", "declared", "expected"),
    [
        # same site (www vs bare), declared wins, tracking stripped from it too
        (
            "https://x.example.com/a?utm_source=1",
            "https://www.example.com/b?utm_medium=2",
            "https://www.example.com/b",
        ),
        ("https://www.example.com/a", "https://example.com/b", "https://example.com/b"),
        # relative canonical resolved against the page
        ("https://www.example.com/news/a?id=1", "/news/b", "https://www.example.com/news/b"),
        # public suffix: bbc.co.uk subdomains are one site, but co.uk is not a site
        ("https://news.bbc.co.uk/1", "https://www.bbc.co.uk/2", "https://www.bbc.co.uk/2"),
        ("https://news.bbc.co.uk/1", "https://other.co.uk/2", "https://news.bbc.co.uk/1"),
        # another domain, non-http, garbage: ignored
        (
            "https://syndicator.example/a",
            "https://original.example/a",
            "https://syndicator.example/a",
        ),
        ("https://example.com/a", "javascript:alert(1)", "https://example.com/a"),
        ("https://example.com/a", "ftp://example.com/a", "https://example.com/a"),
        ("https://example.com/a", "http://[broken", "https://example.com/a"),
        ("https://example.com/a", "   ", "https://example.com/a"),
    ],
)
def test_page_canonical(url: str, declared: str, expected: str) -> None:
    assert canonicalize(url, page_canonical=declared) == expected


def test_same_site() -> None:
    assert same_site("https://www.x.com/", "http://x.com/a")
    assert not same_site("https://x.com/", "https://y.com/")
    assert not same_site("https://a.github.io/", "https://b.github.io/")  # public suffix


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "unsupported URL scheme file"),
        ("ftp://example.com/a", "unsupported URL scheme ftp"),
        ("javascript:alert(1)", "unsupported URL scheme javascript"),
        ("data:text/html,<p>x</p>", "unsupported URL scheme data"),
        ("mailto:desk@example.com", "unsupported URL scheme mailto"),
        ("example.com/a", "not an http(s) URL"),
        ("", "empty URL"),
        ("http://", "no valid host"),
        ("https:///path", "no valid host"),
        ("http://exa mple.com/", "no valid host"),
        ("http://example.com:99999/", "malformed URL"),
        ("http://[::1/", "malformed URL"),
        ("http://example.com/\x00", "control characters"),
    ],
)
def test_ensure_http_url_refuses(url: str, message: str) -> None:
    with pytest.raises(IngestError) as info:
        ensure_http_url(url)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_ensure_http_url_accepts() -> None:
    assert ensure_http_url(" https://example.com/a ") == "https://example.com/a"
    assert ensure_http_url("HTTP://127.0.0.1:8000/") == "HTTP://127.0.0.1:8000/"


def test_canonicalize_refuses_non_http() -> None:
    with pytest.raises(IngestError, match="only http and https"):
        canonicalize("file:///etc/passwd")


# Issue 13: tracking parameters seen in real feeds and newsletters, and article parameters
# that must survive (the ClearURLs rules are vendored in src/yoten/ingest/data).
REAL_WORLD = [
    ("https://www.zeit.de/politik/2024-06/wahl?wt_mc=rss.int.ref.zeitde.zeitde.politik", "https://www.zeit.de/politik/2024-06/wahl"),
    ("https://medium.com/@a/story-1a2b3c?source=rss----3e1f0c3d1b2a---4", "https://medium.com/@a/story-1a2b3c"),
    ("https://towardsdatascience.com/x-5f1e?source=rss-2f0b2a---------4", "https://towardsdatascience.com/x-5f1e"),
    ("https://blog.example/post/9?src=rss", "https://blog.example/post/9"),
    ("https://www.nytimes.com/2016/09/14/world/tide.html?_r=0", "https://www.nytimes.com/2016/09/14/world/tide.html"),
    ("https://www.theguardian.com/world/2024/jun/20/story?CMP=Share_iOSApp_Other", "https://www.theguardian.com/world/2024/jun/20/story"),
    ("https://timesofindia.indiatimes.com/x/articleshow/1.cms?cid=clicksource%3Aemail", "https://timesofindia.indiatimes.com/x/articleshow/1.cms"),
    ("https://www.mirror.co.uk/news/world-news/story-123?mwrsm=Email", "https://www.mirror.co.uk/news/world-news/story-123"),
    ("https://www.example.com/a?srsltid=AfmBOo&gclid=1", "https://www.example.com/a"),
    # article-selecting parameters survive, even where ClearURLs would strip them
    ("https://www.hankyung.example/article/view.php?mc=m_news&idxno=1234", "https://www.hankyung.example/article/view.php?mc=m_news&idxno=1234"),
    ("https://news.example.kr/news/articleView.html?idxno=98765&mc=m_sub", "https://news.example.kr/news/articleView.html?idxno=98765&mc=m_sub"),
    ("https://example.com/story?source=reuters&id=7", "https://example.com/story?source=reuters&id=7"),
    ("https://example.com/story?cid=42", "https://example.com/story?cid=42"),
    ("https://www.theguardian.com/search?q=tide&page=2", "https://www.theguardian.com/search?q=tide&page=2"),
]  # fmt: skip


@pytest.mark.parametrize(("url", "expected"), REAL_WORLD)
def test_real_world_tracking_parameters(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


def _urls_near_rules() -> list[str]:
    """URLs on every indexed host of the vendored rules, including the hosts and paths
    their exceptions name, in several spellings (subdomain, case, userinfo, port)."""
    from yoten.ingest import clearurls

    hosts = {"example.com"}
    for provider in clearurls._providers():
        for pattern in (provider.url, *provider.exceptions):
            if pattern.literal:
                hosts.add(pattern.literal.strip(".-"))
    urls: list[str] = []
    for host in sorted(hosts):
        urls += [
            f"https://www.{host}/a?x=1&ref=2",
            f"https://m.{host}.co.uk/s/ref=1?utm_campaign=x",
            f"http://{host}.com/",
            f"HTTPS://{host.upper()}/Login?ref_=a",
            f"https://{host}@elsewhere.test/a?ref=1",  # the literal only in the user info
            f"https://{host}:8443/_matrix/a?ref=1",
        ]
    return urls


@pytest.mark.slow
def test_clearurls_index_changes_no_answer() -> None:
    """The per-host index in yoten.ingest.clearurls gives the same rules as trying every
    provider's pattern and every exception on the URL."""
    from yoten.ingest import clearurls

    providers = clearurls._providers()
    assert sum(1 for p in providers if p.url.literal) > len(providers) // 2
    assert sum(1 for p in providers for e in p.exceptions if e.literal) > 40
    for url in _urls_near_rules():
        full = [
            p.names.regex
            for p in providers
            if p.url.regex is not None
            and p.names.regex is not None
            and p.url.regex.search(url)
            and not any(e.regex is not None and e.regex.search(url) for e in p.exceptions)
        ]
        assert clearurls.clearurls_rules_for(url) == full, url


def test_clearurls_compiles_only_the_patterns_a_url_needs() -> None:
    from yoten.ingest import clearurls

    clearurls._providers.cache_clear()
    clearurls._for_authority.cache_clear()
    try:
        assert clearurls.clearurls_rules_for("https://www.example.com/a?utm_source=x")
        patterns = [q for p in clearurls._providers() for q in (p.url, p.names, *p.exceptions)]
        compiled = [q for q in patterns if "regex" in q.__dict__]
        assert 0 < len(compiled) < len(patterns) / 10
        assert clearurls.clearurls_rules_for("https://www.amazon.co.jp/dp/1?tag=x") != []
        assert len([q for q in patterns if "regex" in q.__dict__]) > len(compiled)
    finally:  # later tests start from a fresh index either way
        clearurls._providers.cache_clear()
        clearurls._for_authority.cache_clear()


def test_clearurls_literal_is_only_taken_where_the_pattern_requires_it() -> None:
    from yoten.ingest.clearurls import _literal

    assert _literal(r"^https?:\/\/(?:[a-z0-9-]+\.)*?amazon(?:\.[a-z]{2,}){1,}") == "amazon"
    assert _literal(r"^https?:\/\/login\.meijer\.com\/.*?\?ref=") == "login.meijer.com"
    assert _literal(r"^https?://(?:[a-z0-9-]+\.)*?nikkei\.co(?:m|\.jp)") == "nikkei.co"
    assert _literal(r"^https?:\/\/(?:[a-z0-9-]+\.)*?bing\.comx?") == "bing.com"
    assert _literal(r"^https?:\/\/foo\.com|bar") == ""  # "bar" matches anywhere
    assert _literal(r"^https?:\/\/(?:foo|bar)\.com") == ""
    assert _literal(r"https?:\/\/([a-z0-9-.]*\.)shutterstock\.com") == ""  # not anchored
