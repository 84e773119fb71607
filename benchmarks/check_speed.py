"""Time ``check_digest`` on a digest of about 5,000 characters.

    python benchmarks/check_speed.py [--runs N] [--chars N]

The digest is the seed post (tests/data/seed-putin-vietnam.txt) with its
【詳細】 topics repeated until the body text reaches the wanted length; the
source is tests/data/check/seed-source.html. Start-up (imports, reading and
extracting the source page, parsing the post) happens before the clock runs,
and one warm-up check is not counted; the figure is the median of N checks.
Target: under 200 ms.
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
    check_digest(digest, article)  # warm-up: regex compilation, lazy imports
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        report = check_digest(digest, article)
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"check_digest on a {body_chars(digest):,}-character digest "
        f"(source {len(article.text):,} characters): median {statistics.median(times):.1f} ms, "
        f"min {min(times):.1f} ms, max {max(times):.1f} ms over {args.runs} runs "
        f"({len(report.findings)} findings)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
