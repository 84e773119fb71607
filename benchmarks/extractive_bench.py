"""Median time of the extractive engine per article, and its cost on huge inputs.

Run from the repository root::

    python benchmarks/extractive_bench.py [--repeat 20] [--scale 10000,50000]

Each article is digested once to warm caches (the fugashi Tagger, the
morpheme cache), then ``--repeat`` times with the morpheme cache cleared
before every run, so a run pays for tokenization as a new article would.
Prints one line per article: characters, sentences ranked, median and min ms.

``--scale`` then digests synthetic articles of that many paragraphs (English
and Japanese, two sentences each, every one with figures), each in a fresh
process: it prints the wall time of ``digest()`` and the process's peak
resident memory (target for 50,000 paragraphs: under 5 s and 300 MB).
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import resource
import statistics
import sys
import time
from pathlib import Path

from yoten.engines.bullets import condense
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


def synthetic(paragraphs: int, lang: str) -> Article:
    """An article of ``paragraphs`` short paragraphs, two sentences each, all with figures."""
    if lang == "ja":
        texts = [
            f"市は{i % 28 + 1}日、第{i}地区の道路{i % 97}号線を改修する計画を発表した。"
            f"総事業費は約{i % 500 + 10}億円を見込む。"
            for i in range(paragraphs)
        ]
    else:
        texts = [
            f"The council said on Monday that road {i % 97} in district {i} will be repaired "
            f"at a cost of £{i % 500 + 10} million. Work begins in {('March', 'June', 'May')[i % 3]}."
            for i in range(paragraphs)
        ]
    return Article(title="Scale", language=lang, text="\n\n".join(texts), paragraphs=texts)


def _scaled_run(paragraphs: int, lang: str) -> tuple[int, float, float]:
    """(characters, seconds, peak RSS in MB) of one digest in this (fresh) process."""
    article = synthetic(paragraphs, lang)
    start = time.perf_counter()
    ExtractiveEngine().digest(article)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return len(article.text), seconds, peak


def scale(sizes: list[int]) -> None:
    print(f"\n{'synthetic article':44} {'chars':>9} {'seconds':>8} {'peak MB':>8}")
    context = multiprocessing.get_context("spawn")
    for size in sizes:
        for lang in ("en", "ja"):
            with context.Pool(1) as pool:
                chars, seconds, peak = pool.apply(_scaled_run, (size, lang))
            print(f"{f'{size:,} paragraphs ({lang})':44} {chars:>9} {seconds:>8.2f} {peak:>8.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--scale", default="", help="comma-separated paragraph counts, e.g. 10000,50000"
    )
    parser.add_argument("--scale-only", action="store_true", help="skip the per-article table")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.scale.split(",") if x.strip()]
    if args.scale_only:
        scale(sizes)
        return 0
    engine = ExtractiveEngine()
    print(f"{'article':44} {'chars':>7} {'sents':>6} {'median ms':>10} {'min ms':>8}")
    for name, article in articles():
        counted: list[str] = []
        engine.digest(article, progress=counted.append)  # warm-up
        sentences = counted[0].split()[1] if counted else "?"
        times = []
        for _ in range(args.repeat):
            morphemes.cache_clear()
            condense.cache_clear()
            start = time.perf_counter()
            engine.digest(article)
            times.append((time.perf_counter() - start) * 1000)
        median, fastest = statistics.median(times), min(times)
        print(f"{name:44} {len(article.text):>7} {sentences:>6} {median:>10.1f} {fastest:>8.1f}")
    if sizes:
        scale(sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
