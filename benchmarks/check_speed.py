"""Time ``check_digest`` on a digest of about 5,000 characters.

    python benchmarks/check_speed.py [--runs N] [--chars N]

The digest is the seed post (tests/data/seed-putin-vietnam.txt) with its
【詳細】 topics repeated until the body text reaches the wanted length; the
source is tests/data/check/seed-source.html. Start-up (imports, reading and
extracting the source page, parsing the post) happens before the clock runs,
and one warm-up check is not counted; the figure is the median CPU time of N
checks, with the checker's per-text caches (date scans, name skeletons) cleared
before each, so no run profits from the one before.

``--sets`` also checks every case of the labelled sets (tests/data/check and
benchmarks/data/check-holdout*) the same way and prints the median CPU time per
digest and per 1,000 characters of digest text.

Target (check v2, issue 8): at most 20 ms CPU median for a 5,000-character digest.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "data" / "seed-putin-vietnam.txt"
SOURCE = ROOT / "tests" / "data" / "check" / "seed-source.html"


def body_chars(digest: object) -> int:
    from yoten.check.pieces import iter_pieces

    return sum(len(p.text) for p in iter_pieces(digest))  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="timed checks (default %(default)s)")
    parser.add_argument(
        "--chars", type=int, default=5000, help="digest body size (default %(default)s)"
    )
    parser.add_argument(
        "--sets", action="store_true", help="also time every case of the labelled sets"
    )
    args = parser.parse_args(argv)

    from yoten.check import check_digest
    from yoten.ingest import load_article
    from yoten.render.parse import read_digest
    from yoten.settings import Settings

    article = load_article(str(SOURCE), settings=Settings())
    digest = read_digest(SEED.read_text(encoding="utf-8"))
    topics = list(digest.details.topics)
    while body_chars(digest) < args.chars:
        digest.details.topics.extend(t.model_copy(deep=True) for t in topics)
    check_digest(digest, article)  # warm-up: regex compilation, lazy imports, data files
    times = []
    for _ in range(args.runs):
        clear_caches()
        start = time.process_time()
        report = check_digest(digest, article)
        times.append((time.process_time() - start) * 1000)
    print(
        f"check_digest on a {body_chars(digest):,}-character digest "
        f"(source {len(article.text):,} characters): median {statistics.median(times):.1f} ms CPU, "
        f"min {min(times):.1f} ms, max {max(times):.1f} ms over {args.runs} runs "
        f"({len(report.findings)} findings)"
    )
    if args.sets:
        per_case, per_kchar = sets_timing()
        print(
            f"labelled sets: {len(per_case)} digests, median {statistics.median(per_case):.1f} ms CPU"
            f" per digest (max {max(per_case):.1f}), {statistics.median(per_kchar):.1f} ms per"
            " 1,000 characters"
        )
    return 0


def clear_caches() -> None:
    """Forget what earlier checks scanned (per-text caches), keep data files and regexes."""
    from yoten.check import align, digest_figures
    from yoten.check.dates import scan

    scan._scan_dates.cache_clear()
    digest_figures._digest_quantities.cache_clear()
    align.skeleton.cache_clear()
    align.katakana_skeleton.cache_clear()


def sets_timing() -> tuple[list[float], list[float]]:
    from yoten.check import check_digest
    from yoten.ingest import load_article
    from yoten.render.parse import parse_post
    from yoten.settings import Settings

    folders = sorted((ROOT / "tests" / "data" / "check" / "cases").iterdir())
    for data in sorted((ROOT / "benchmarks" / "data").glob("check-holdout*")):
        folders += sorted((data / "cases").iterdir())
    per_case: list[float] = []
    per_kchar: list[float] = []
    settings = Settings()
    for folder in folders:
        article = load_article(str(folder / "source.html"), settings=settings)
        digest = parse_post((folder / "digest.txt").read_text(encoding="utf-8"))
        clear_caches()
        start = time.process_time()
        check_digest(digest, article)
        ms = (time.process_time() - start) * 1000
        per_case.append(ms)
        per_kchar.append(ms * 1000 / max(body_chars(digest), 1))
    return per_case, per_kchar


if __name__ == "__main__":
    sys.exit(main())
