"""Score digests against a gold set: length, repeats, key facts, headings, bullets.

    python benchmarks/digest_eval.py [--data DIR] [--engine extractive] [--markdown] [--json] [-v]

The gold set (``benchmarks/data/digest-gold/`` by default) holds one directory
per article with ``article.html`` (read through yoten's own ingest) and
``facts.json``: ``{"facts": [{"fact": str, "keywords": [[alternative, ...],
...]}]}``. A fact is carried by a text when every inner keyword list has one
alternative occurring verbatim in it (whitespace normalised).

Per article the script reports:

- ``ratio``: characters of 概要 + 詳細 + 要点 (every label, heading, paragraph
  and bullet) over the article's characters; ``概要``: 概要's share alone.
  The budget is about 0.60 for articles over 1,500 characters (1.00 below)
  and about 0.25 for 概要.
- ``repeats``: sentences that occur more than once across 概要 and 詳細 (each
  extra occurrence counts one); ``verbatim``: 要点 bullets that are a verbatim
  copy of a 概要 or 詳細 string. Target 0 for both.
- key-fact coverage in 概要, in 要点, and in either (target ≥ 0.8).
- ``headings``: the share of 詳細's topic and section headings whose content
  words all occur in the text under them.
- ``shorter``: the share of 要点 bullets shorter than the article sentence
  they come from (the sentence sharing most of the bullet's words; for a
  bullet of two sentences, each of them against its own);
  ``bullet/source``: their characters over those sentences' characters.

A total row sums characters and counts over all articles (micro averages).
It measures; it does not assert: the exit status is 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from yoten.engines.base import make_engine
from yoten.ingest import load_article
from yoten.models import Article, Digest, Section, Topic
from yoten.settings import Settings
from yoten.textproc import normalize_ws, split_sentences, tokenize

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "digest-gold"

Keywords = list[list[str]]


@dataclass
class Score:
    """The figures of one article (or, summed, of the whole set)."""

    name: str
    lang: str
    article_chars: int
    digest_chars: int
    overview_chars: int
    repeats: int
    verbatim: int
    facts: int
    facts_overview: int
    facts_key_points: int
    facts_either: int
    headings: int
    headings_relevant: int
    bullets: int
    bullets_shorter: int
    bullet_chars: int
    bullet_source_chars: int

    @property
    def ratio(self) -> float:
        return self.digest_chars / max(self.article_chars, 1)

    @property
    def overview_ratio(self) -> float:
        return self.overview_chars / max(self.article_chars, 1)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "–"


# -- walking a digest ----------------------------------------------------------------


def overview_strings(d: Digest) -> Iterator[str]:
    o = d.overview
    yield from o.lead
    for p in [*o.highlights, *o.context]:
        yield p.label
        yield p.text
    yield from o.closing


def section_strings(section: Section) -> Iterator[str]:
    yield from section.paragraphs
    yield from section.bullets


def details_strings(d: Digest, *, headings: bool = True) -> Iterator[str]:
    yield from d.details.intro
    for topic in d.details.topics:
        if headings:
            yield topic.heading
        for section in topic.sections:
            if headings:
                yield section.heading
            yield from section_strings(section)
    yield from d.details.closing


def key_point_strings(topics: list[Topic], *, headings: bool = True) -> Iterator[str]:
    for topic in topics:
        if headings:
            yield topic.heading
        for section in topic.sections:
            if headings:
                yield section.heading
            yield from section.bullets


# -- the measures ----------------------------------------------------------------------


def carried(text: str, keywords: Keywords) -> bool:
    """Every keyword group has one alternative occurring verbatim in ``text``."""
    return all(any(normalize_ws(alt) in text for alt in group) for group in keywords)


def repeated_sentences(d: Digest, lang: str) -> int:
    """Extra occurrences of any sentence across 概要 and 詳細 (labels and headings aside)."""
    o = d.overview
    texts = [*o.lead, *(p.text for p in [*o.highlights, *o.context]), *o.closing]
    texts += list(details_strings(d, headings=False))
    counts = Counter(normalize_ws(s) for t in texts for s in split_sentences(t, lang))
    return sum(c - 1 for c in counts.values() if c > 1)


def verbatim_bullets(d: Digest, lang: str) -> int:
    """要点 bullets that copy a 概要 or 詳細 string (or one of its sentences) verbatim."""
    seen: set[str] = set()
    for t in [*overview_strings(d), *details_strings(d, headings=False)]:
        seen.add(normalize_ws(t))
        seen.update(normalize_ws(s) for s in split_sentences(t, lang))
    return sum(
        1 for b in key_point_strings(d.key_points, headings=False) if normalize_ws(b) in seen
    )


def heading_is_relevant(heading: str, body: str, lang: str) -> bool:
    """All content words of ``heading`` occur among the content words of ``body``."""
    words = set(tokenize(heading, lang))
    if not words:
        return normalize_ws(heading) in normalize_ws(body)
    return words <= set(tokenize(body, lang))


def heading_relevance(d: Digest, lang: str) -> tuple[int, int]:
    """(headings, relevant headings) over 詳細's topics and sections."""
    total = relevant = 0
    for topic in d.details.topics:
        topic_body = "\n".join(s for sec in topic.sections for s in section_strings(sec))
        total += 1
        relevant += heading_is_relevant(topic.heading, topic_body, lang)
        for section in topic.sections:
            total += 1
            relevant += heading_is_relevant(
                section.heading, "\n".join(section_strings(section)), lang
            )
    return total, relevant


def source_sentence(
    bullet: str, sentences: list[tuple[str, Counter[str]]], lang: str
) -> str | None:
    """The article sentence sharing most of the bullet's content words (None: none shared)."""
    words = Counter(tokenize(bullet, lang))
    best: tuple[int, int, str] | None = None
    for text, toks in sentences:
        shared = sum((words & toks).values())
        if shared and (best is None or (shared, -len(text)) > best[:2]):
            best = (shared, -len(text), text)
    return best[2] if best else None


def shorter_bullets(d: Digest, article: Article, lang: str) -> tuple[int, int, int, int]:
    """(bullets, bullets shorter than their source sentences, bullet chars, source chars).

    A bullet of two sentences (a sentence that leans on the one before joins
    its bullet) is shorter when each of its sentences is shorter than its own
    source sentence.
    """
    sentences = [(s, Counter(tokenize(s, lang))) for s in split_sentences(article.text, lang)]
    total = shorter = chars = source_chars = 0
    for bullet in key_point_strings(d.key_points, headings=False):
        total += 1
        parts = split_sentences(bullet, lang) or [bullet]
        sources = [source_sentence(part, sentences, lang) for part in parts]
        if any(source is None for source in sources):
            continue
        sizes = [len(normalize_ws(part)) for part in parts]
        source_sizes = [len(normalize_ws(source or "")) for source in sources]
        shorter += all(a < b for a, b in zip(sizes, source_sizes, strict=True))
        chars += sum(sizes)
        source_chars += sum(source_sizes)
    return total, shorter, chars, source_chars


def score(name: str, article: Article, digest: Digest, facts: list[Keywords]) -> Score:
    lang = (digest.meta.language if digest.meta else None) or article.language
    overview = "\n".join(normalize_ws(s) for s in overview_strings(digest))
    details = "\n".join(normalize_ws(s) for s in details_strings(digest))
    key_points = "\n".join(normalize_ws(s) for s in key_point_strings(digest.key_points))
    in_overview = [carried(overview, k) for k in facts]
    in_key_points = [carried(key_points, k) for k in facts]
    headings, relevant = heading_relevance(digest, lang)
    bullets, shorter, chars, source_chars = shorter_bullets(digest, article, lang)
    length = lambda text: len(text.replace("\n", ""))  # noqa: E731
    return Score(
        name=name,
        lang=lang,
        article_chars=len(normalize_ws(article.text)),
        digest_chars=length(overview) + length(details) + length(key_points),
        overview_chars=length(overview),
        repeats=repeated_sentences(digest, lang),
        verbatim=verbatim_bullets(digest, lang),
        facts=len(facts),
        facts_overview=sum(in_overview),
        facts_key_points=sum(in_key_points),
        facts_either=sum(a or b for a, b in zip(in_overview, in_key_points, strict=True)),
        headings=headings,
        headings_relevant=relevant,
        bullets=bullets,
        bullets_shorter=shorter,
        bullet_chars=chars,
        bullet_source_chars=source_chars,
    )


def total(scores: list[Score]) -> Score:
    summed = Score("total", "", *([0] * 15))
    for s in scores:
        for field in asdict(summed):
            if field not in ("name", "lang"):
                setattr(summed, field, getattr(summed, field) + getattr(s, field))
    return summed


# -- output --------------------------------------------------------------------------

COLUMNS = (
    "article", "lang", "chars", "ratio", "概要", "repeats", "verbatim",
    "facts 概要", "facts 要点", "facts either", "headings", "shorter", "bullet/source",
)  # fmt: skip


def row(s: Score) -> list[str]:
    return [
        s.name,
        s.lang,
        str(s.article_chars),
        f"{s.ratio:.2f}",
        f"{s.overview_ratio:.2f}",
        str(s.repeats),
        str(s.verbatim),
        _share(s.facts_overview, s.facts),
        _share(s.facts_key_points, s.facts),
        _share(s.facts_either, s.facts),
        _share(s.headings_relevant, s.headings),
        _share(s.bullets_shorter, s.bullets),
        _share(s.bullet_chars, s.bullet_source_chars),
    ]


def print_table(scores: list[Score], *, markdown: bool) -> None:
    rows = [row(s) for s in scores]
    if markdown:
        print("| " + " | ".join(COLUMNS) + " |")
        print("|" + "---|" * len(COLUMNS))
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(COLUMNS)]
    for r in [list(COLUMNS), *rows]:
        print(
            "  ".join(
                v.ljust(w) if i < 2 else v.rjust(w)
                for i, (v, w) in enumerate(zip(r, widths, strict=True))
            )
        )


def load_facts(path: Path) -> list[Keywords]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [[list(group) for group in fact["keywords"]] for fact in data["facts"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--engine", default="extractive")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list the facts each digest misses"
    )
    args = parser.parse_args(argv)
    cases = sorted(p for p in args.data.iterdir() if (p / "article.html").is_file())
    if not cases:
        print(f"no articles under {args.data}", file=sys.stderr)
        return 2
    settings = Settings(engine=args.engine)
    engine = make_engine(settings)
    scores: list[Score] = []
    for case in cases:
        article = load_article(str(case / "article.html"), settings=settings)
        digest = engine.digest(article)
        facts_path = case / "facts.json"
        facts = load_facts(facts_path)
        scores.append(score(case.name, article, digest, facts))
        if args.verbose:
            raw = json.loads(facts_path.read_text(encoding="utf-8"))["facts"]
            overview = "\n".join(normalize_ws(s) for s in overview_strings(digest))
            key_points = "\n".join(normalize_ws(s) for s in key_point_strings(digest.key_points))
            for fact, keywords in zip(raw, facts, strict=True):
                where = [
                    n for n, t in (("概要", overview), ("要点", key_points)) if carried(t, keywords)
                ]
                if len(where) < 2:
                    print(
                        f"{case.name}: {fact['fact']!r} missing from {'/'.join(sorted({'概要', '要点'} - set(where)))}"
                    )
    scores.append(total(scores))
    if args.json:
        print(
            json.dumps(
                [
                    {**asdict(s), "ratio": s.ratio, "overview_ratio": s.overview_ratio}
                    for s in scores
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print_table(scores, markdown=args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
