"""Median time of the extractive engine per article (examples and test fixtures).

Run from the repository root::

    python benchmarks/extractive_bench.py [--repeat 20]

Each article is digested once to warm caches (the fugashi Tagger, the
morpheme cache), then ``--repeat`` times with the morpheme cache cleared
before every run, so a run pays for tokenization as a new article would.
Prints one line per article: characters, sentences ranked, median and min ms.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

from yoten.engines.extractive import ExtractiveEngine
from yoten.models import Article
from yoten.textproc import morphemes, normalize_ws

ROOT = Path(__file__).resolve().parents[1]


def _from_html(path: Path) -> Article:
    """The <p> paragraphs of an example page's article body (no ingest needed)."""
    html = path.read_text(encoding="utf-8")
    body = html.split('<div class="article-body">', 1)[1].split("</div>", 1)[0]
    paragraphs = [
        normalize_ws(re.sub(r"<[^>]+>", "", p))
        for p in re.findall(r"<p>(.*?)</p>", body, re.DOTALL)
    ]
    paragraphs = [p.replace("&amp;", "&") for p in paragraphs]
    title = re.search(r'property="og:title" content="([^"]+)"', html)
    lang = "ja" if path.name.startswith("ja-") else "en"
    return Article(
        title=title.group(1) if title else path.stem,
        language=lang,
        text="\n\n".join(paragraphs),
        paragraphs=paragraphs,
    )


def _from_txt(path: Path) -> Article:
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    paragraphs = [normalize_ws(p) for p in re.split(r"\n\s*\n", body) if p.strip()]
    lang = "ja" if path.name.startswith("ja-") else "en"
    return Article(title=title, language=lang, text="\n\n".join(paragraphs), paragraphs=paragraphs)


def articles() -> list[tuple[str, Article]]:
    found: list[tuple[str, Article]] = []
    for path in sorted((ROOT / "examples").glob("*.html")):
        found.append((f"examples/{path.name}", _from_html(path)))
    for path in sorted((ROOT / "examples").glob("*.txt")):
        found.append((f"examples/{path.name}", _from_txt(path)))
    for path in sorted((ROOT / "tests" / "data" / "extractive").glob("*.txt")):
        found.append((f"tests/data/extractive/{path.name}", _from_txt(path)))
    # A long article: the Japanese example repeated to about 20,000 characters.
    ja = next(a for name, a in found if name.endswith("ja-kyoto-tram.html"))
    long_paras = [
        f"{p}（第{i // len(ja.paragraphs) + 1}報）" for i, p in enumerate(ja.paragraphs * 15)
    ]
    found.append(
        (
            "synthetic ja x15",
            ja.model_copy(update={"paragraphs": long_paras, "text": "\n\n".join(long_paras)}),
        )
    )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    engine = ExtractiveEngine()
    print(f"{'article':44} {'chars':>7} {'sents':>6} {'median ms':>10} {'min ms':>8}")
    for name, article in articles():
        counted: list[str] = []
        engine.digest(article, progress=counted.append)  # warm-up
        sentences = counted[0].split()[1] if counted else "?"
        times = []
        for _ in range(args.repeat):
            morphemes.cache_clear()
            start = time.perf_counter()
            engine.digest(article)
            times.append((time.perf_counter() - start) * 1000)
        median, fastest = statistics.median(times), min(times)
        print(f"{name:44} {len(article.text):>7} {sentences:>6} {median:>10.1f} {fastest:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
