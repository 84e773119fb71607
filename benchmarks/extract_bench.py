"""Time yoten.ingest.extract_article on the ingest fixture pages.

    python benchmarks/extract_bench.py [--repeat N]

Prints, per page, its size, the median and fastest time per extraction in
milliseconds, and how many paragraphs came out (or "rejected" for pages that
hold no article). The fixtures are small hand-written pages; the "heavy" row
pads the English article to the weight of a real news page (inline scripts,
a long navigation menu, many related links) to show how the time scales.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from yoten.errors import IngestError
from yoten.ingest.charset import decode_bytes
from yoten.ingest.extract import extract_article

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "ingest"


def heavy_page() -> str:
    """The English fixture padded to ~400 KB like a real article page."""
    html = (DATA / "en-article.html").read_text("utf-8")
    script = "<script>" + "var tracking = {a: 1, b: [1, 2, 3]};" * 6000 + "</script>"
    menu = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(800))
    menu += "</ul></nav>"
    related = "<ul class='related'>" + "".join(
        f"<li><a href='/n{i}'>Another headline about harbour news number {i}</a></li>"
        for i in range(600)
    )
    related += "</ul>"
    body_extra = "".join(
        f"<p>Extra paragraph {i}: the operator said demand from both countries kept rising "
        "through the autumn, and that a second ship could follow within two years.</p>"
        for i in range(40)
    )
    html = html.replace('<body class="article-page">', f'<body class="article-page">{script}{menu}')
    html = html.replace("</div>\n\n      <aside", f"{body_extra}</div>\n\n      <aside")
    return html.replace("</main>", f"{related}</main>")


def pages() -> list[tuple[str, str]]:
    found = [(path.name, decode_bytes(path.read_bytes())) for path in sorted(DATA.glob("*.html"))]
    found.append(("heavy (en-article padded)", heavy_page()))
    return found


def time_one(html: str, repeat: int) -> tuple[list[float], str]:
    timings: list[float] = []
    outcome = ""
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            article = extract_article(html, url="https://www.harbordaily.example/news/x")
            outcome = f"{len(article.paragraphs)} paragraphs"
        except IngestError:
            outcome = "rejected"
        timings.append((time.perf_counter() - start) * 1000)
    return timings, outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="extractions per page (default 20)")
    args = parser.parse_args(argv)
    extract_article((DATA / "en-article.html").read_text("utf-8"))  # warm-up: imports, caches
    rows = []
    for name, html in pages():
        timings, outcome = time_one(html, args.repeat)
        rows.append(
            (name, len(html.encode("utf-8")), statistics.median(timings), min(timings), outcome)
        )
    print(f"extract_article, {args.repeat} runs per page, Python {sys.version.split()[0]}")
    print(f"{'page':<28} {'KB':>7} {'median ms':>10} {'min ms':>8}  result")
    for name, size, median, fastest, outcome in rows:
        print(f"{name:<28} {size / 1024:>7.1f} {median:>10.1f} {fastest:>8.1f}  {outcome}")
    articles = [row[2] for row in rows if row[4] != "rejected" and not row[0].startswith("heavy")]
    print(f"median over fixture articles: {statistics.median(articles):.1f} ms per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
