"""Score yoten's extraction (text, title, date) against a labelled set of pages.

    python benchmarks/extract_eval.py [--set benchmarks/data/extract-set] [--json] [-v]
    python benchmarks/extract_eval.py --benchmark DIR

``--benchmark`` scores text only on a copy of Zyte's (Scrapinghub's) public
article-extraction benchmark (https://github.com/scrapinghub/article-extraction-benchmark,
MIT licence; 181 real news pages, ``DIR/html/*.html.gz`` and
``DIR/ground-truth.json``), with that benchmark's own metric: shingles of 4
word tokens, per-page precision and recall normalised by the page's shingle
count, averaged over pages, F1 from the averages. It also counts the pages
yoten refused. The copy is not part of this repository.

The set is a folder with ``pages/<name>.html`` and ``labels.json``:
``{name: {"class", "title", "date" (YYYY-MM-DD or null), "text" (or null: no
article on the page), "note"}}``.

Text is scored with precision, recall and F1 over shingles of 4 tokens
(words; one token per character in Chinese, Japanese and Korean script, whose
text has no spaces), micro-averaged over the pages that hold an article.
"Wrong text accepted" counts pages where an article was returned although the
page holds none, or whose text has F1 below 0.5 against the labelled article.
A date is "invented" when one is returned that the page does not state (the
label is null or another day); "missed" when the page states one and none came
out. Titles must match exactly (spaces normalised).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yoten.errors import IngestError
from yoten.ingest.charset import decode_bytes
from yoten.ingest.extract import extract_article

DEFAULT_SET = Path(__file__).resolve().parent / "data" / "extract-set"
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff10-\uff5a]|[^\W_]+", re.UNICODE)
SHINGLE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


@dataclass
class PageResult:
    name: str
    klass: str
    accepted: bool
    overlap: int = 0
    got: int = 0
    gold: int = 0
    title_ok: bool = False
    date_ok: bool = False
    date_invented: bool = False
    date_missed: bool = False
    wrong_text: bool = False
    title: str = ""
    date: str | None = None
    error: str = ""

    @property
    def f1(self) -> float:
        p = self.overlap / self.got if self.got else 0.0
        r = self.overlap / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(name: str, label: dict[str, Any], html: str) -> PageResult:
    result = PageResult(name, str(label["class"]), accepted=False)
    try:
        article = extract_article(html, url=f"https://news.example/articles/{name}")
    except IngestError as exc:
        result.error = exc.message
        gold_text = label["text"]
        result.gold = sum(shingles(gold_text).values()) if gold_text else 0
        result.title_ok = label["text"] is None  # nothing to title on a page without an article
        result.date_ok = label["text"] is None or label["date"] is None
        result.date_missed = label["text"] is not None and label["date"] is not None
        return result
    result.accepted = True
    result.title = article.title
    result.date = article.published.isoformat()[:10] if article.published else None
    gold_text = label["text"]
    if gold_text is None:
        result.wrong_text = True
    else:
        got, gold = shingles(article.text), shingles(gold_text)
        result.got, result.gold = sum(got.values()), sum(gold.values())
        result.overlap = sum((got & gold).values())
        result.wrong_text = result.f1 < 0.5
    result.title_ok = " ".join(article.title.split()) == " ".join(str(label["title"]).split())
    result.date_ok = result.date == label["date"]
    result.date_invented = result.date is not None and result.date != label["date"]
    result.date_missed = result.date is None and label["date"] is not None
    return result


def summarise(results: list[PageResult]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[PageResult]] = defaultdict(list)
    for r in results:
        groups[r.klass].append(r)
        groups["all"].append(r)
    out: dict[str, dict[str, Any]] = {}
    for klass, rs in groups.items():
        overlap, got, gold = (sum(getattr(r, k) for r in rs) for k in ("overlap", "got", "gold"))
        p = overlap / got if got else 0.0
        rec = overlap / gold if gold else 0.0
        out[klass] = {
            "pages": len(rs),
            "text_p": round(p, 3),
            "text_r": round(rec, 3),
            "text_f1": round(2 * p * rec / (p + rec), 3) if p + rec else 0.0,
            "wrong_text_accepted": sum(r.wrong_text for r in rs),
            "title_ok": sum(r.title_ok for r in rs),
            "date_ok": sum(r.date_ok for r in rs),
            "date_invented": sum(r.date_invented for r in rs),
            "date_missed": sum(r.date_missed for r in rs),
        }
    return out


_BENCH_TOKEN = re.compile(r"\w+", re.UNICODE)


def _bench_counts(true: str, pred: str) -> tuple[float, float, float]:
    """The benchmark's normalised (tp, fp, fn) over 4-token shingles."""

    def grams(text: str) -> Counter[tuple[str, ...]]:
        tokens = _BENCH_TOKEN.findall(text or "")
        return Counter(
            tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i : i + 4]
        )

    t, p = grams(true), grams(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def run_benchmark(folder: Path, *, verbose: bool = False) -> dict[str, float]:
    """The benchmark's scores; ``verbose`` prints each refused page (its URL, the
    reason, and the length of the text the benchmark labels as its article)."""
    import gzip
    import statistics

    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    counts: list[tuple[float, float, float]] = []
    refused = 0
    for key, item in truth.items():
        data = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        try:
            pred = extract_article(decode_bytes(data), url=item.get("url")).text
        except IngestError as exc:
            pred, refused = "", refused + 1
            if verbose:
                label = item.get("articleBody", "")
                print(f"refused {item.get('url')}: {exc.message} (labelled text: "
                      f"{len(label)} characters, ending {label[-30:]!r})")  # fmt: skip
        counts.append(_bench_counts(item.get("articleBody", ""), pred))

    def score(tp: float, fp: float, fn: float, other: float) -> float:
        return 1.0 if fp == fn == 0 else 0.0 if tp == other == 0 else tp / (tp + other)

    precision = statistics.mean(score(tp, fp, fn, fp) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(score(tp, fp, fn, fn) for tp, fp, fn in counts if tp + fn > 0)
    f1 = 2 * precision * recall / (precision + recall)
    return {
        "pages": len(counts),
        "refused": refused,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per page")
    parser.add_argument("--benchmark", type=Path, help="a copy of the article-extraction-benchmark")
    args = parser.parse_args(argv)
    if args.benchmark:
        result = run_benchmark(args.benchmark, verbose=args.verbose)
        print(json.dumps(result) if args.json else
              f"{result['pages']} pages, {result['refused']} refused: precision {result['precision']:.3f} "
              f"recall {result['recall']:.3f} F1 {result['f1']:.3f}")  # fmt: skip
        return 0
    labels = json.loads((args.set / "labels.json").read_text("utf-8"))
    results = []
    for name, label in labels.items():
        html = decode_bytes((args.set / "pages" / f"{name}.html").read_bytes())
        results.append(score_page(name, label, html))
    summary = summarise(results)
    if args.json:
        print(json.dumps(summary, indent=1))
        return 0
    if args.verbose:
        for r in results:
            state = "rejected: " + r.error if not r.accepted else f"F1 {r.f1:.3f}"
            flags = [
                f for f, on in (("WRONG-TEXT", r.wrong_text), ("title", not r.title_ok),
                                ("DATE-INVENTED", r.date_invented), ("date-missed", r.date_missed))
                if on
            ]  # fmt: skip
            print(f"{r.name:34} {state:28} {r.date or '-':10} {' '.join(flags):30} {r.title[:50]}")
        print()
    head = f"{'class':12} {'pages':>5} {'text P':>7} {'text R':>7} {'text F1':>7} {'wrong':>5} {'title':>7} {'date':>7} {'invent':>6} {'missed':>6}"
    print(head)
    for klass in sorted(summary, key=lambda k: (k == "all", k)):
        s = summary[klass]
        print(
            f"{klass:12} {s['pages']:>5} {s['text_p']:>7.3f} {s['text_r']:>7.3f} {s['text_f1']:>7.3f} "
            f"{s['wrong_text_accepted']:>5} {s['title_ok']:>3}/{s['pages']:<3} {s['date_ok']:>3}/{s['pages']:<3} "
            f"{s['date_invented']:>6} {s['date_missed']:>6}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
