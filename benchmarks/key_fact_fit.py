"""Fit the extractive engine's key-fact model on gold sets, and check it on others.

    python benchmarks/key_fact_fit.py [--fit DIR ...] [--check DIR ...]

Every candidate sentence of every article is one example: what the model
reads of it (:meth:`yoten.engines.planner.Planner.fact_features`) and whether
it carries one of the article's key facts (``facts.json``, as
``digest_eval.py`` reads it). A logistic regression (L2, gradient descent)
is fitted on the ``--fit`` sets (by default digest-dev and digest-gold) and
its weights printed beside the ones the engine uses
(:data:`yoten.engines.ranking.KEY_FACT_WEIGHTS`). For the fitted and the
engine's weights, on the fit sets and on the ``--check`` sets (by default
digest-gold-2 and digest-gold-3), it prints the log loss and the share of
key-fact sentences found when each article's most likely sentences are taken,
per character, up to 35% of its length. It measures; the weights in the
engine are changed by hand.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np

from yoten.engines.extractive import ExtractiveEngine, _primary
from yoten.engines.planner import Budget, Planner
from yoten.engines.ranking import KEY_FACT_WEIGHTS, background, fact_units
from yoten.ingest import load_article
from yoten.settings import Settings
from yoten.textproc import normalize_ws

sys.path.insert(0, str(Path(__file__).resolve().parent))
from digest_eval import carried, load_facts

DATA = Path(__file__).resolve().parent / "data"
NAMES = list(KEY_FACT_WEIGHTS)

Example = tuple[str, dict[str, float], bool, int]  # article, inputs, carries a key fact, chars


def examples(data: Path, settings: Settings) -> list[Example]:
    out: list[Example] = []
    for case in sorted(p for p in data.iterdir() if (p / "article.html").is_file()):
        article = load_article(str(case / "article.html"), settings=settings)
        lang = _primary(article.language)
        paragraphs, chars = ExtractiveEngine._paragraphs(article, lang)
        year = article.published_date.year if article.published_date else None
        for s in (s for p in paragraphs for s in p.sentences):
            s.units = fact_units(s.text, lang)
            s.history = background(s.text, year)
        plan = Planner(paragraphs, lang, article_chars=chars, budget=Budget())
        facts = load_facts(case / "facts.json")
        for s in plan.sentences:
            key = any(carried(normalize_ws(s.text), f) for f in facts)
            out.append((case.name, plan.fact_features(s).vector(), key, len(s.text)))
    return out


def fit(rows: list[Example], l2: float = 1.0, steps: int = 8000) -> dict[str, float]:
    x = np.array([[r[1][n] for n in NAMES] for r in rows])
    y = np.array([1.0 if r[2] else 0.0 for r in rows])
    w = np.zeros(len(NAMES))
    penalty = np.array([0.0 if n == "bias" else 1.0 for n in NAMES])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) + l2 * penalty * w) / len(y)
    return {n: float(v) for n, v in zip(NAMES, w, strict=True)}


def probability(weights: dict[str, float], inputs: dict[str, float]) -> float:
    return 1 / (1 + math.exp(-sum(weights[n] * inputs[n] for n in NAMES)))


def log_loss(weights: dict[str, float], rows: list[Example]) -> float:
    total = 0.0
    for _, inputs, key, _ in rows:
        p = min(max(probability(weights, inputs), 1e-9), 1 - 1e-9)
        total -= math.log(p if key else 1 - p)
    return total / max(len(rows), 1)


def found(weights: dict[str, float], rows: list[Example], share: float = 0.35) -> float:
    """Key-fact sentences among each article's likeliest, per character, up to ``share``."""
    by_article: dict[str, list[Example]] = {}
    for r in rows:
        by_article.setdefault(r[0], []).append(r)
    hits = keys = 0
    for members in by_article.values():
        room = share * sum(r[3] for r in members)
        for r in sorted(members, key=lambda r: -probability(weights, r[1]) / r[3]):
            if r[3] <= room:
                room -= r[3]
                hits += r[2]
        keys += sum(r[2] for r in members)
    return hits / max(keys, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fit", type=Path, nargs="+", default=[DATA / "digest-dev", DATA / "digest-gold"]
    )
    parser.add_argument(
        "--check", type=Path, nargs="*", default=[DATA / "digest-gold-2", DATA / "digest-gold-3"]
    )
    args = parser.parse_args(argv)
    settings = Settings(engine="extractive")
    train = [e for d in args.fit for e in examples(d, settings)]
    held = [e for d in args.check for e in examples(d, settings)]
    if not train:
        print("no articles to fit on", file=sys.stderr)
        return 2
    fitted = fit(train)
    print(f"{'input':16} {'fitted':>7} {'engine':>7}")
    for n in NAMES:
        print(f"{n:16} {fitted[n]:+7.2f} {KEY_FACT_WEIGHTS[n]:+7.2f}")
    print(f"\n{len(train)} sentences fitted, {len(held)} checked")
    for label, weights in (("fitted", fitted), ("engine", KEY_FACT_WEIGHTS)):
        for where, rows in (("fit sets", train), ("check sets", held)):
            if rows:
                print(
                    f"{label} weights, {where}: log loss {log_loss(weights, rows):.3f}, "
                    f"key-fact sentences found {found(weights, rows):.2f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
