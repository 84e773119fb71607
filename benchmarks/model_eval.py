"""Evaluate a model (and a prompt version) on a set of articles: does it write usable digests?

Run from the repository root against any OpenAI-compatible server::

    python benchmarks/model_eval.py --base-url http://127.0.0.1:8080/v1 --model local \\
        [--articles PATH ...] [--limit N] [--prompt FILE] [--max-tokens N] [--timeout 15m] [--json]

By default the articles are the English sources of the checker's labelled
cases (``tests/data/check/cases/clean-*/source.html``) and the English example.
For each article it prints one row: whether the first answer was schema-valid,
retries, tokens (prompt + completion, failed attempts included), latency,
the digest's length relative to the source (characters), and the check's
findings (errors / warnings) — or the error that ended the attempt. The last
row sums it up: schema-valid rate (first try and in the end), median latency.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Row:
    article: str
    ok: bool
    first_try: bool
    retries: int
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    length_ratio: float | None
    errors: int | None
    warnings: int | None
    failure: str | None


def default_articles() -> list[Path]:
    cases = sorted((ROOT / "tests/data/check/cases").glob("clean-*/source.html"))
    return [ROOT / "examples/en-harbour-ferry.html", *cases]


def digest_chars(digest: object) -> int:
    from yoten.render import render

    return len(render(digest, "text"))  # type: ignore[arg-type]


def evaluate(path: Path, args: argparse.Namespace) -> Row:
    from yoten.check import check_digest
    from yoten.engines.openai_compat import OpenAIEngine
    from yoten.errors import YotenError
    from yoten.ingest import load_article
    from yoten.pipeline import digest_article
    from yoten.settings import Settings, parse_duration

    article = load_article(str(path), settings=Settings())
    engine = OpenAIEngine(
        base_url=args.base_url,
        model=args.model,
        api_key=args.api_key,
        timeout=parse_duration(args.timeout),
        max_retries=args.max_retries,
        max_tokens=args.max_tokens,
        max_input_tokens=args.max_input_tokens,
        prompt_file=args.prompt,
    )
    lines: list[str] = []
    started = time.monotonic()
    name = path.parent.name if path.name == "source.html" else path.stem
    try:
        digest = digest_article(article, engine, progress=lines.append)
    except YotenError as exc:
        prompt, completion = _tokens_from(str(exc))
        return Row(
            name, False, False, sum(line.startswith("retrying") for line in lines),
            prompt, completion, time.monotonic() - started, None, None, None,
            " ".join(str(exc).split())[:120],
        )  # fmt: skip
    seconds = time.monotonic() - started
    report = check_digest(digest, article)
    retries = sum(line.startswith("retrying") for line in lines)
    meta = digest.meta
    return Row(
        article=name,
        ok=True,
        first_try=retries == 0,
        retries=retries,
        prompt_tokens=meta.prompt_tokens or 0 if meta else 0,
        completion_tokens=meta.completion_tokens or 0 if meta else 0,
        seconds=seconds,
        length_ratio=digest_chars(digest) / max(1, len(article.text)),
        errors=sum(f.severity == "error" for f in report.findings),
        warnings=sum(f.severity == "warning" for f in report.findings),
        failure=None,
    )


def _tokens_from(message: str) -> tuple[int, int]:
    """The "[P+C tokens, …]" the client puts in a failure's message."""
    import re

    match = re.search(r"\[(\d+)\+(\d+) tokens", message)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--api-key", default=None, help="default: none (local servers)")
    parser.add_argument("--articles", nargs="*", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--prompt", type=Path, default=None, help="a prompt template to compare")
    parser.add_argument("--max-tokens", type=int, default=None)
    parser.add_argument("--max-input-tokens", type=int, default=None)
    parser.add_argument("--max-retries", type=int, default=2)
    parser.add_argument("--timeout", default="15m")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = (args.articles or default_articles())[: args.limit]
    rows = []
    for path in paths:
        row = evaluate(path, args)
        rows.append(row)
        if not args.json:
            print(_line(row), flush=True)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    done = [r for r in rows if r.ok]
    print(
        f"{len(rows)} articles: schema-valid first try {sum(r.first_try for r in rows)}/{len(rows)}, "
        f"in the end {len(done)}/{len(rows)}; retries {sum(r.retries for r in rows)}; "
        f"tokens {sum(r.prompt_tokens for r in rows)}+{sum(r.completion_tokens for r in rows)}; "
        f"median {statistics.median(r.seconds for r in rows):.1f} s per article"
        + (f"; check errors {sum(r.errors or 0 for r in done)}" if done else "")
    )
    return 0


def _line(r: Row) -> str:
    tokens = f"{r.prompt_tokens}+{r.completion_tokens}"
    if not r.ok:
        return f"{r.article:32} FAILED  retries {r.retries}  tokens {tokens:>11}  {r.seconds:6.1f} s  {r.failure}"
    return (
        f"{r.article:32} {'valid' if r.first_try else 'retry':6}  retries {r.retries}  tokens {tokens:>11}  "
        f"{r.seconds:6.1f} s  length {r.length_ratio:.2f}  check {r.errors} errors, {r.warnings} warnings"
    )


if __name__ == "__main__":
    sys.exit(main())
