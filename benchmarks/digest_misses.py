"""Why a digest misses a key fact: each fact in neither 概要 nor 要点, traced to its sentence.

    python benchmarks/digest_misses.py [--data DIR ...] [-v]

For every article of the gold sets (``digest_eval.py``'s format), each key
fact that neither 概要 nor 要点 carries is put under one cause:

- ``spans sentences``: no single candidate sentence carries it (its keywords
  are spread over sentences, in a heading, or not among the candidates);
- ``table layout``: the page's story came out as one table row (``| … |``),
  so paragraphs, lead and candidates are wrong;
- ``in 詳細, not in 要点``: its sentence is in 詳細 but has no bullet, or the
  bullet lost the fact;
- ``in 概要, condensed away``: its sentence is a point of 概要, condensed
  without the fact;
- not selected, by what the likeliest sentence carrying it is: ``list item``,
  ``leans on the sentence before``, ``in a quotation``, ``no figure or date``,
  ``has a figure, outranked``.

It prints the count per cause (per set and over all), and with ``-v`` every
missed fact with its sentence and the key-fact likelihood the engine gave it.
It measures; the exit status is 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from yoten.engines.base import make_engine
from yoten.engines.extractive import ExtractiveEngine, _primary
from yoten.engines.planner import Budget, Planner, Sentence
from yoten.engines.ranking import FIGURE_WEIGHT, background, fact_units, is_list_item
from yoten.ingest import load_article
from yoten.models import Article
from yoten.settings import Settings
from yoten.textproc import normalize_ws

sys.path.insert(0, str(Path(__file__).resolve().parent))
from digest_eval import (
    carried,
    details_strings,
    key_point_strings,
    load_facts,
    overview_strings,
)

DATA = Path(__file__).resolve().parent / "data"
SETS = [DATA / f"digest-{name}" for name in ("dev", "gold", "gold-2", "gold-3", "gold-4")]
SETS += [DATA / "digest-gold-5", DATA / "digest-gold-6", DATA / "digest-gold-7"]
_QUOTED = re.compile(r"「[^」]{12,}」|“[^”]{12,}”")


def candidates(article: Article) -> list[Sentence]:
    """The article's candidate sentences as the engine weighs them (likelihood, leaning)."""
    lang = _primary(article.language)
    paragraphs, chars = ExtractiveEngine._paragraphs(article, lang)
    year = article.published_date.year if article.published_date else None
    for s in (s for p in paragraphs for s in p.sentences):
        s.units = fact_units(s.text, lang)
        s.history = background(s.text, year)
    return Planner(paragraphs, lang, article_chars=chars, budget=Budget()).sentences


def cause(
    keywords: list[list[str]], sentences: list[Sentence], article: Article, shown: dict[str, str]
) -> tuple[str, Sentence | None]:
    """Why a fact missing from 概要 and 要点 is missing, and the likeliest sentence carrying it."""
    own = [s for s in sentences if carried(normalize_ws(s.text), keywords)]
    if not own:
        return "spans sentences", None
    best = max(own, key=lambda s: s.likely)
    if any(p.startswith("|") and len(p) > 300 for p in article.paragraphs):
        return "table layout", best
    if any(normalize_ws(s.text)[:24] in shown["details"] for s in own):
        return "in 詳細, not in 要点", best
    if any(normalize_ws(s.text)[:24] in shown["overview"] for s in own):
        return "in 概要, condensed away", best
    if is_list_item(best.text):
        return "not selected: list item", best
    if best.dependent:
        return "not selected: leans on the sentence before", best
    if _QUOTED.search(best.text) and best.likely < 0.3:
        return "not selected: in a quotation", best
    if not any(w >= FIGURE_WEIGHT for w in best.units.values()):
        return "not selected: no figure or date", best
    return "not selected: has a figure, outranked", best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", default=SETS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every missed fact")
    args = parser.parse_args(argv)
    settings = Settings(engine="extractive")
    engine = make_engine(settings)
    overall: Counter[str] = Counter()
    for data in args.data:
        cases = sorted(p for p in data.iterdir() if (p / "article.html").is_file())
        if not cases:
            print(f"no articles under {data}", file=sys.stderr)
            return 2
        causes: Counter[str] = Counter()
        total = 0
        for case in cases:
            article = load_article(str(case / "article.html"), settings=settings)
            digest = engine.digest(article)
            shown = {
                "overview": "\n".join(normalize_ws(s) for s in overview_strings(digest)),
                "key_points": "\n".join(
                    normalize_ws(s) for s in key_point_strings(digest.key_points)
                ),
                "details": "\n".join(normalize_ws(s) for s in details_strings(digest)),
            }
            facts = load_facts(case / "facts.json")
            total += len(facts)
            sentences = candidates(article)
            for keywords in facts:
                if carried(shown["overview"], keywords) or carried(shown["key_points"], keywords):
                    continue
                why, sentence = cause(keywords, sentences, article, shown)
                causes[why] += 1
                if args.verbose:
                    where = f"{sentence.likely:.2f} {sentence.text}" if sentence else "-"
                    print(f"{case.name}: {why}: {keywords}\n    {where}")
        print(f"{data.name}: {sum(causes.values())} of {total} facts missed")
        for why, n in causes.most_common():
            print(f"  {n:3}  {why}")
        overall.update(causes)
    if len(args.data) > 1:
        print(f"all: {sum(overall.values())} missed")
        for why, n in overall.most_common():
            print(f"  {n:3}  {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
