"""Time of one ``canonicalize(url)`` call, rules loaded (what each link and article costs).

    python benchmarks/canonicalize_bench.py [--repeat 7] [--number 2000] [--urls FILE]

Calls :func:`yoten.ingest.urls.canonicalize` on a mix of URLs (news articles
with and without campaign tags, newsletter redirects, sites that ClearURLs
has its own provider for, an article-selecting query) ``--number`` times per
URL, ``--repeat`` times, and prints the median and the range of the
per-call CPU time in microseconds, over the whole mix and for URLs with and
without a query. The rule sets are loaded once before timing. ``--urls``
reads one URL a line instead of the built-in mix (e.g. the URLs of a feed
export). For a before/after comparison run it with ``PYTHONPATH`` pointing at
another checkout's ``src``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from yoten.ingest.urls import canonicalize

MIX = [
    "https://www.france24.com/en/asia-pacific/20240620-russia-s-putin-arrives-in-vietnam"
    "?utm_medium=email&utm_campaign=newsletter&utm_source=f24-nl-quot-en&_ope=eyJndWlk",
    "https://www.theguardian.com/world/2024/jun/20/putin-vietnam-visit?CMP=share_btn_link",
    "https://www.nytimes.com/2024/06/20/world/asia/putin-vietnam.html?smid=nytcore-ios-share&_r=0",
    "https://edition.cnn.com/2024/06/20/politics/senate-airline-refunds/index.html",
    "https://www.bbc.co.uk/news/world-asia-69153286?at_medium=RSS&at_campaign=KARANGA",
    "https://medium.com/@someone/a-post-about-things-1a2b3c4d5e6f?source=rss----abc---4",
    "https://www3.nhk.or.jp/news/html/20240620/k10014487421000.html",
    "https://www.asahi.com/articles/ASS6N1234ASS6NUTFK00A.html?iref=pc_ss_date_article",
    "https://news.yahoo.co.jp/articles/0123456789abcdef?source=rss",
    "https://n.news.naver.com/mnews/article/001/0014752981?sid=104",
    "https://www.hani.co.kr/arti/society/society_general/1145678.html?mc=menu",
    "https://www.example.com/story?id=42&utm_source=x&fbclid=IwAR0abc",
    "https://www.example.com/?p=123",
    "https://www.amazon.co.jp/dp/B0C123456?tag=foo-22&ref_=nav_signin&pf_rd_p=abc",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&si=abcdef",
    "https://twitter.com/user/status/1803333333333333333?s=20&t=abcdef",
    "https://www.reuters.com/world/asia-pacific/putin-vietnam-2024-06-20/",
    "https://www.washingtonpost.com/politics/2024/06/20/senate/?wpisrc=nl_daily202&wpmm=1",
    "https://www.spiegel.de/politik/ausland/putin-in-vietnam-a-1234.html?wt_mc=rss.feed",
    "https://www.lemonde.fr/international/article/2024/06/20/putin_6241.html?xtor=RSS-3208",
]


def per_call_us(urls: list[str], number: int) -> float:
    started = time.process_time()
    for _ in range(number):
        for url in urls:
            canonicalize(url)
    return (time.process_time() - started) / (number * len(urls)) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--number", type=int, default=2000)
    parser.add_argument("--urls", type=Path, help="a file with one URL a line")
    args = parser.parse_args()
    urls = MIX
    if args.urls:
        urls = [line.strip() for line in args.urls.read_text("utf-8").splitlines() if line.strip()]
    for url in urls:  # load the rule sets and check every URL is usable
        canonicalize(url)
    groups = {
        "all": urls,
        "with a query": [u for u in urls if "?" in u],
        "without a query": [u for u in urls if "?" not in u],
    }
    print(f"{'URLs':16} {'n':>4} {'median µs':>10} {'range µs':>14}")
    for label, group in groups.items():
        if not group:
            continue
        number = max(1, args.number * len(urls) // (len(group) * 10))
        runs = [per_call_us(group, number) for _ in range(args.repeat)]
        print(
            f"{label:16} {len(group):>4} {statistics.median(runs):>10.1f} "
            f"{min(runs):>6.1f}–{max(runs):<6.1f}"
        )


if __name__ == "__main__":
    sys.exit(main())
