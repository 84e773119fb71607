"""Fills the Digest tree from ranked sentences within a length budget.

Rules the plan keeps:

- the whole digest (概要 + 詳細 + 要点) stays within :class:`Budget`, 概要 within
  its share;
- every article sentence is used at most once across 概要 and 詳細;
- 概要's lead is the article's own lead; highlights favour sentences with
  figures, dates, decisions and names; the closing says what comes next;
- 概要's points and closing show their sentence condensed (:func:`condense`,
  when that keeps every figure), so the 25% holds more of them;
- a sentence that leans on the one before it (一方、, "she said") comes with
  that sentence or not at all, and sentences keep their article order;
- 詳細 takes the sentences that add the most facts 概要 lacks per character
  (greedy budgeted coverage of fact units; a sentence without a new figure
  only fills what room is left);
- 要点 condenses every 詳細 sentence that adds a fact (at least one bullet
  per section), never a verbatim copy.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from yoten.engines.budget import Budget
from yoten.engines.bullets import condense, en_figures, resolve_subject
from yoten.engines.phrases import KeyPhrases
from yoten.engines.ranking import (
    FIGURE_WEIGHT,
    NAME_WEIGHT,
    FactFeatures,
    is_decision,
    is_dependent,
    is_list_item,
    is_table_row,
    key_fact_likelihood,
    opens_paragraph,
    outlook,
)
from yoten.models import Details, Digest, LabelledPoint, Overview, Section, Topic
from yoten.textproc import clause_trim, tokenize

__all__ = ["Budget", "Paragraph", "Planner", "Sentence", "digest_chars"]

# A sentence is worth the probability that it carries a key fact
# (ranking.key_fact_likelihood) times the share of its fact units not yet in the
# digest, plus RANK_SHARE times its rank relative to the best; 詳細 takes the
# most worth per character of what it costs (to the power COST_EXPONENT: a
# little below 1, as one sentence with several figures says more than its
# length in short ones, each with its own bullet and heading).
RANK_SHARE = 0.05
COST_EXPONENT = 0.8
# A 詳細 sentence that adds no figure or date 概要 lacks is worth this share of
# its value: one in twenty such sentences carries a key fact, one in four with
# a figure does, so it fills what room the others leave.
NO_FIGURE_SHARE = 0.05
# What 詳細 keeps when it is over budget: new facts, plus CENTRALITY times rank.
CENTRALITY = 0.5
# A 詳細 sentence gets its own 要点 bullet when it carries at least this much
# that 概要 does not (a figure, or a name: who acts is a key fact too).
BULLET_VALUE = 0.5
# A point of 概要 is a sentence at least this likely to carry a key fact (below
# the one in five of all sentences that do): room 概要 does not use goes to 詳細,
# where a sentence and its 要点 bullet compete by new facts per character.
# Chosen on all seven gold sets (0.14-0.16 gain most, 0.25 loses); leaving each
# set out in turn, the other six pick 0.15 (alone or tied with 0.14 or 0.16).
MIN_POINT = 0.15
# 概要's points are compared condensed, the first SHORTLIST of them that fit.
SHORTLIST = 4
# 概要's closing prefers a sentence that says what comes next unless another
# late one adds this many times more per character.
OUTLOOK_BONUS = 1.5


@dataclass
class Sentence:
    index: int  # position among the candidates, article order
    para: int  # paragraph number
    text: str
    tokens: list[str]
    weight: float = 1.0  # fact weight
    score: float = 0.0  # TextRank
    rank: float = 0.0  # what selection sorts by
    dependent: bool = False
    units: dict[str, float] = field(default_factory=dict)  # facts carried (ranking.fact_units)
    history: bool = False  # dated years before the article (ranking.background)
    likely: float = 0.0  # probability it carries a key fact (ranking.key_fact_likelihood)


@dataclass
class Paragraph:
    index: int
    heading: str | None  # the article's own subheading above it, if any
    sentences: list[Sentence] = field(default_factory=list)
    dek: bool = False  # the standfirst above the body, not the article's lead


def digest_chars(d: Digest) -> int:
    """Characters of 概要 + 詳細 + 要点: every label, heading, paragraph and bullet."""
    o = d.overview
    parts = [*o.lead, *o.closing, *d.details.intro, *d.details.closing]
    parts += [x for p in [*o.highlights, *o.context] for x in (p.label, p.text)]
    for topic in [*d.details.topics, *d.key_points]:
        parts.append(topic.heading)
        for s in topic.sections:
            parts += [s.heading, *s.paragraphs, *s.bullets]
    return sum(len(p) for p in parts)


class Planner:
    """Chooses and places sentences; remembers which are used."""

    def __init__(
        self,
        paragraphs: list[Paragraph],
        lang: str,
        *,
        article_chars: int,
        budget: Budget,
        highlights: int = 3,
        context: int = 2,
    ) -> None:
        self.paragraphs = paragraphs
        self.sentences = [s for p in paragraphs for s in p.sentences]
        self.by_index = {s.index: s for s in self.sentences}
        self.lang = lang
        self.japanese = lang in ("ja", "zh")
        self.joiner = "" if self.japanese else " "
        self.total = budget.total(article_chars)
        self.overview_budget = budget.overview_chars(article_chars)
        self.n_highlights = highlights
        self.n_context = context
        for s in self.sentences:
            s.dependent = is_dependent(s.text, lang) and not (
                self._previous(s) is None and opens_paragraph(s.text, lang)
            )
        body = [s for p in paragraphs if not p.dek for s in p.sentences]
        self.first = (body or self.sentences)[0]  # the lead's first sentence
        self.mean_chars = sum(len(s.text) for s in self.sentences) / max(len(self.sentences), 1)
        for s in self.sentences:
            s.likely = key_fact_likelihood(self.fact_features(s))
        self.unit_total = {s.index: _diminishing(s.units.values()) for s in self.sentences}
        self.ranked = sorted(self.sentences, key=lambda s: (-s.rank, s.index))
        self.top_rank = max((s.rank for s in self.sentences), default=0.0) or 1.0
        self.used: set[int] = set()
        self.covered: set[str] = set()  # fact units 概要 (then 要点) already carries
        self.overview_units: frozenset[str] = frozenset()
        self.bullet_of: dict[int, str] = {}
        self.brief_of: dict[int, str] = {}
        self.new_of: dict[int, float] = {}
        n = len(paragraphs)
        self.background_from = max(1, math.ceil(n * 0.6))  # one paragraph: all early
        self.late_from = max(1, math.floor(n * 2 / 3)) if n > 1 else 0
        self.phrases = KeyPhrases(
            [[t for s in p.sentences for t in s.tokens] for p in paragraphs], lang
        )
        self.weights = self.phrases.weights(s.tokens for s in self.sentences)
        # a heading's characters, before headings exist (the mean of the key
        # phrases chosen over the gold sets: 5 in Japanese, 15 in English)
        self.heading_guess = 6 if self.japanese else 16
        self.own_headings: list[str | None] = []

    # -- helpers ---------------------------------------------------------------------

    def fact_features(self, s: Sentence) -> FactFeatures:
        """What the key-fact model reads of ``s``: place, figures, names, decisions, history."""
        last = max(self.sentences[-1].index, 1)
        return FactFeatures(
            first=s is self.first,
            first_paragraph=s.para <= self.first.para,  # the lead's (or the standfirst)
            position=s.index / last,
            figures=sum(1 for w in s.units.values() if w >= FIGURE_WEIGHT),
            names=sum(1 for w in s.units.values() if w == NAME_WEIGHT),
            decision=is_decision(s.text, self.lang),
            ahead=outlook(s.text, self.lang),
            history=s.history,
            length=len(s.text) / self.mean_chars,
        )

    def _free(self, s: Sentence) -> bool:
        return s.index not in self.used

    def _value(self, s: Sentence) -> float:
        """What placing ``s`` adds: its odds of a key fact, for the facts not yet covered.

        Facts first (budgeted maximum coverage, as in concept-based
        summarisation): a sentence whose figures the digest already carries
        adds little, however likely or central it is. The probability comes
        from where the sentence stands and what it carries
        (:func:`yoten.engines.ranking.key_fact_likelihood`): the lead's
        paragraph, figures, decisions and what comes next count, background
        dated years back counts against.
        """
        share = s.rank / self.top_rank
        if not s.units:
            return s.likely + RANK_SHARE * share
        new = _diminishing(w for u, w in s.units.items() if u not in self.covered)
        novelty = new / self.unit_total[s.index] if new else 0.0
        return s.likely * novelty + RANK_SHARE * share

    def _cover(self, s: Sentence) -> None:
        """``s`` is placed in 概要: used, and its facts carried."""
        self.used.add(s.index)
        self.covered.update(_parts(s.units))

    def _best(
        self, where: Callable[[Sentence], bool], room: int, *, dense: bool = False
    ) -> Sentence | None:
        """The best-ranked free, stand-alone sentence that fits ``room`` characters.

        ``dense`` picks for 概要's points: by value per square root of length
        as they show it (:meth:`_brief`), since in a tight budget two short
        sentences with figures say more than one long one; and a sentence
        that leans on the one before it stands once condensed
        (「同社によると、…」, "She said the airport…"). Condensing costs a
        tokenization, so only the first SHORTLIST that fit, by their length
        as written, are condensed and compared.
        """
        if not dense:
            for s in self.ranked:
                if self._free(s) and not s.dependent and len(s.text) <= room and where(s):
                    return s
            return None
        pool = [s for s in self.ranked if self._free(s) and where(s)]
        pool.sort(key=lambda s: (-self._value(s) / math.sqrt(len(s.text)), s.index))
        best: tuple[float, int, Sentence] | None = None
        seen = 0
        for s in pool:
            size = len(self._brief(s))
            if size > room or self._leans(s, condensed=True):
                continue
            key = (-self._value(s) / math.sqrt(size), s.index, s)
            if best is None or key[:2] < best[:2]:
                best = key
            seen += 1
            if seen == SHORTLIST:
                break
        return best[2] if best else None

    def _leans(self, s: Sentence, condensed: bool) -> bool:
        """``s`` leans on the sentence before it, as shown (``condensed``: as 概要's points show it)."""
        if not s.dependent:
            return False
        shown = self._brief(s) if condensed else s.text
        return shown == s.text or is_dependent(shown, self.lang)

    def _brief(self, s: Sentence) -> str:
        """``s`` as 概要's points show it: condensed when that keeps every figure, else as it is."""
        brief = self.brief_of.get(s.index)
        if brief is None:
            short = condense(s.text, self.lang)
            keeps = _FIGURE.findall(short) == _FIGURE.findall(s.text)
            brief = self.brief_of[s.index] = short if len(short) < len(s.text) and keeps else s.text
        return brief

    def _substantial(self, s: Sentence) -> bool:
        """Long enough to stand as a point of 概要, and a statement, not a question.

        「何が変わり、市民はどう備えればよいのか。」 announces what follows; it tells nothing.
        """
        if _QUESTION.search(s.text):
            return False
        return len(s.text) >= 18 if self.japanese else len(s.text.split()) >= 8

    def _previous(self, s: Sentence) -> Sentence | None:
        prev = self.by_index.get(s.index - 1)
        return prev if prev is not None and prev.para == s.para else None

    # -- 概要 -----------------------------------------------------------------------

    def overview(self) -> Overview:
        room = self.overview_budget
        lead = self._lead()
        for s in lead:
            self._cover(s)
        room -= sum(len(s.text) for s in lead)
        labels: set[str] = set()
        points: dict[str, list[tuple[list[Sentence], str]]] = {"highlight": [], "context": []}
        # a long article's 25% holds more points than a short one's
        mean = sum(len(s.text) for s in self.sentences) / len(self.sentences)
        capacity = int(self.overview_budget / (mean + self.heading_guess))
        wanted = {
            "highlight": max(self.n_highlights, min(6, capacity * 3 // 5)),
            "context": max(self.n_context, min(4, capacity * 3 // 10)),
        }
        slots = ["highlight", "closing", "context"]
        slots += ["highlight"] * (wanted["highlight"] - 1) + ["context"] * (wanted["context"] - 1)
        closing: Sentence | None = None
        for slot in slots:
            if slot == "closing":
                closing = self._closing(room)
                if closing is not None:
                    self._cover(closing)
                    room -= len(self._brief(closing))
                continue
            if len(points[slot]) >= wanted[slot]:
                continue
            # points from different paragraphs; the lead's paragraph is open to
            # them, as news puts its main figures right after the lead
            taken = {group[0].para for group, _ in [*points["highlight"], *points["context"]]}
            rejected: set[int] = set()
            while True:  # a label too long for the room: try the next candidate
                pick = self._point(slot, taken, room - self.heading_guess, rejected)
                if pick is None:
                    break
                shown = self._brief(pick)
                label = self.phrases.label(shown, weights=self.weights, avoid=labels)
                if shown != pick.text and self.phrases.in_opening(label, shown):
                    # condensed, it may have nothing to label but its opening: the
                    # whole sentence's label if the condensed text keeps it after
                    # its opening, else the whole sentence
                    label = self.phrases.label(pick.text, weights=self.weights, avoid=labels)
                    if label not in shown or self.phrases.in_opening(label, shown):
                        shown = self.brief_of[pick.index] = pick.text
                if len(label) + len(shown) <= room:
                    break
                rejected.add(pick.index)
            if pick is None:
                continue
            labels.add(label)
            room -= len(label) + len(shown)
            group = [pick]
            self._cover(pick)
            follower = self._follower(pick, room)
            if follower is not None:
                group.append(follower)
                self._cover(follower)
                room -= len(self.joiner) + len(self._brief(follower))
            points[slot].append((group, label))
        return Overview(
            lead=[s.text for s in lead],
            highlights=self._labelled(points["highlight"]),
            context=self._labelled(points["context"]),
            closing=[self._brief(closing)] if closing else [],
        )

    def _labelled(self, points: list[tuple[list[Sentence], str]]) -> list[LabelledPoint]:
        """概要's "label:text" points in article order, each group's sentences condensed."""
        return [
            LabelledPoint(label=label, text=self.joiner.join(self._brief(s) for s in group))
            for group, label in sorted(points, key=lambda p: p[0][0].index)
        ]

    def _follower(self, s: Sentence, room: int) -> Sentence | None:
        """The next sentence, when it leans on ``s``, brings new facts and fits ``room``.

        「同社の2024年の輸出量は…」 cannot stand alone, but after its antecedent it
        can: a point may be the two sentences together.
        """
        nxt = self.by_index.get(s.index + 1)
        if (
            nxt is None
            or nxt.para != s.para
            or not nxt.dependent
            or not self._free(nxt)
            or len(self.joiner) + len(self._brief(nxt)) > room
        ):
            return None
        new = sum(w for u, w in nxt.units.items() if u not in self.covered)
        return nxt if new >= BULLET_VALUE else None

    def _point(self, slot: str, taken: set[int], room: int, rejected: set[int]) -> Sentence | None:
        """A highlight (early, factual) or context point (late), from a new paragraph if possible."""

        def fits_slot(s: Sentence) -> bool:
            if s.index in rejected or not self._substantial(s):
                return False  # "Not everyone is convinced." announces, it does not inform
            if is_table_row(s.text):
                return False  # a row's figures need the header row 詳細 shows with it
            if not s.units:
                return False  # a point carries a figure, a name, a quote or a decision
            if s.likely < MIN_POINT:
                return False  # its room says more in 詳細
            if slot == "highlight":
                return s.para < self.background_from and not _quote(s)
            return s.para >= self.background_from

        pick = self._best(lambda s: fits_slot(s) and s.para not in taken, room, dense=True)
        return pick or self._best(fits_slot, room, dense=True)

    def _closing(self, room: int) -> Sentence | None:
        """概要's closing: a late sentence that says what comes next, unless another adds much more."""

        def late(s: Sentence) -> bool:
            return (
                s.para >= self.late_from
                and not _quote(s)
                and self._substantial(s)
                and not is_table_row(s.text)
            )

        ahead = self._best(lambda s: late(s) and outlook(s.text, self.lang), room, dense=True)
        best = self._best(late, room, dense=True)
        if ahead is None or best is None:
            return ahead or best
        # what comes next is worth more than what is past, not everything: a
        # late sentence with figures the digest lacks beats 「…は今後も続ける。」

        def dense(s: Sentence) -> float:
            return self._value(s) / math.sqrt(len(self._brief(s)))

        return best if dense(best) > OUTLOOK_BONUS * dense(ahead) else ahead

    def _lead(self) -> list[Sentence]:
        """The article's own lead: its first paragraph, as far as half of 概要's budget allows.

        Always the first sentence; of the ones after it, those that add a
        figure or a date while they fit (news puts its main facts in the
        opening paragraph), at most three.
        """
        first = self.first
        chosen = [first]
        used = len(first.text)
        units = set(first.units)
        nxt = self.by_index.get(first.index + 1)
        while (
            nxt is not None
            and nxt.para == first.para
            and len(chosen) < 3
            and used + len(nxt.text) <= self.overview_budget // 2
        ):
            # a sentence with no figure or date of its own (「葬儀は近親者のみで済ませた。」)
            # leaves its room to the highlights
            if any(w >= 1.0 and u not in units for u, w in nxt.units.items()) and not (
                nxt.dependent and chosen[-1].index + 1 != nxt.index
            ):
                chosen.append(nxt)
                used += len(nxt.text)
                units.update(nxt.units)
            nxt = self.by_index.get(nxt.index + 1)
        return chosen

    # -- 詳細 and 要点 --------------------------------------------------------------

    def details_and_key_points(self, overview: Overview) -> tuple[Details, list[Topic]]:
        """詳細 and 要点 together: 要点 condenses 詳細, and both share one budget."""
        used_chars = sum(len(x) for x in overview.lead + overview.closing)
        used_chars += sum(
            len(p.label) + len(p.text) for p in [*overview.highlights, *overview.context]
        )
        room = self.total - used_chars
        self.overview_units = frozenset(self.covered)
        self.new_of.clear()
        # Intro and closing frame the sections; sentences with figures or dates
        # are kept for the sections, whose 要点 bullets carry them, and so is a sentence
        # that the next one, carrying facts, leans on. A short article gives
        # its few sentences to the sections.

        def plain(s: Sentence) -> bool:
            nxt = self.by_index.get(s.index + 1)
            leaned_on = (
                nxt is not None
                and nxt.para == s.para
                and nxt.dependent
                and self._new(nxt) >= BULLET_VALUE
            )
            new_figure = any(w >= 1.0 for u, w in s.units.items() if u not in self.overview_units)
            return (
                s.weight < 1.3
                and not new_figure
                and not _quote(s)
                and not leaned_on
                and self._substantial(s)  # "Not everyone is convinced." announces what is not there
            )

        def early(s: Sentence) -> bool:
            return s.para <= 1

        def late(s: Sentence) -> bool:
            return s.para >= self.late_from

        framed = sum(1 for s in self.sentences if self._free(s)) >= 8
        groups = self._groups(room)
        chosen = self._choose(groups, room)
        for s in chosen:
            self.used.add(s.index)
        topic_of = {p.index: g for g, paras in enumerate(groups) for p in paras}
        spare = room - self._cost(topic_of, chosen)
        intro = closing = None
        if framed:
            intro = self._best(lambda s: early(s) and plain(s), min(spare, room // 6))
        if intro is not None:
            self.used.add(intro.index)
            spare -= len(intro.text)
        if framed:
            closing = self._best(lambda s: late(s) and plain(s), min(spare, room // 6))
        if closing is not None:
            self.used.add(closing.index)
        while True:
            topics, key_points = self._build(groups, chosen)
            details = Details(
                intro=[intro.text] if intro else [],
                topics=topics,
                closing=[closing.text] if closing else [],
            )
            spent = used_chars + digest_chars(
                Digest(headline="", details=details, key_points=key_points)
            )
            if spent <= self.total or not chosen:
                return details, key_points
            chosen = self._drop_one(chosen)

    def _groups(self, room: int) -> list[list[Paragraph]]:
        """Topics as runs of paragraphs: the article's own subheadings, else linear segmentation.

        Sets ``self.own_headings``: each topic's subheading from the article, or None.
        """

        def free(p: Paragraph) -> bool:
            return any(self._free(s) for s in p.sentences)

        if any(p.heading for p in self.paragraphs[1:]):
            groups: list[list[Paragraph]] = []
            self.own_headings = []
            for p in self.paragraphs:
                if p.heading or not groups:
                    groups.append([])
                    self.own_headings.append(p.heading)
                groups[-1].append(p)
            pairs = [
                ([p for p in g if free(p)], h)
                for g, h in zip(groups, self.own_headings, strict=True)
            ]
            pairs = [(g, h) for g, h in pairs if g]
            self.own_headings = [h for _, h in pairs]
            return [g for g, _ in pairs]
        paras = [p for p in self.paragraphs if free(p)]
        if not paras:
            return []
        mean = sum(len(s.text) for s in self.sentences) / len(self.sentences)
        expected = room / (mean * 1.6 + self.heading_guess * 2)  # sentences 詳細 can hold
        k = 1 if expected < 3 else 2 if expected < 7 else 3 if expected < 12 else 4
        groups = segment(paras, min(k, len(paras)), self.phrases.idf)
        self.own_headings = [None] * len(groups)
        return groups

    def _choose(self, groups: list[list[Paragraph]], room: int) -> list[Sentence]:
        """Sentences for 詳細, by new facts per character, within ``room``."""
        topic_of = {p.index: g for g, paras in enumerate(groups) for p in paras}
        chosen: dict[int, Sentence] = {}
        open_paras: set[int] = set()  # paragraphs and topics with a chosen sentence
        open_topics: set[int] = set()

        def cost(extra: Iterable[Sentence]) -> int:
            return self._cost(topic_of, [*chosen.values(), *extra])

        def admit(s: Sentence) -> bool:
            if s.index in chosen or not self._free(s) or s.para not in topic_of:
                return False
            if self.paragraphs[s.para].dek:
                return False  # the standfirst is no sentence of the body: 概要 only
            if not self._substantial(s) and not s.units:
                return False  # "Not everyone is convinced." announces, it does not inform
            if not s.dependent and not self._condenses(s):
                return False  # no bullet could say it shorter: 詳細 would show it for nothing
            group = [s]
            if s.dependent:
                prev = self._previous(s)
                if prev is None or (
                    prev.index not in chosen and (not self._free(prev) or prev.dependent)
                ):
                    return False
                if prev.index not in chosen:
                    group.insert(0, prev)
            if cost(group) > room:
                return False
            chosen.update((g.index, g) for g in group)
            for g in group:
                self.covered.update(_parts(g.units))
                open_paras.add(g.para)
                open_topics.add(topic_of[g.para])
            return True

        # Greedy budgeted coverage: each round takes the sentence with the most
        # value (new facts, then rank) per what it costs (itself and its 要点
        # bullet). A sentence that no longer fits never will: it is set aside.
        def density(s: Sentence) -> float:
            # a sentence that leans on one not yet chosen brings it along: both count
            prev = self._previous(s) if s.dependent else None
            group = [prev, s] if prev is not None and prev.index not in chosen else [s]
            size = 0
            for g in group:
                size += len(g.text)
                if self._new(g) >= BULLET_VALUE:
                    size += len(self._shorter(g))
            if s.para not in open_paras:
                size += 2 * self.heading_guess  # a new section, in 詳細 and in 要点
                if topic_of[s.para] not in open_topics:
                    size += 2 * self.heading_guess  # and a new topic
            value = sum(self._value(g) for g in group)
            new_figure = any(
                w >= FIGURE_WEIGHT and u not in self.overview_units
                for g in group
                for u, w in g.units.items()
            )
            return (value if new_figure else NO_FIGURE_SHARE * value) / math.pow(
                size, COST_EXPONENT
            )

        # The facts decide, not the article's parts: a topic whose sentences add
        # no figure gets none of the room before one whose sentences do.
        set_aside: set[int] = set()
        while True:
            pool = [
                s
                for s in self.sentences
                if s.index not in chosen and s.index not in set_aside and s.para in topic_of
            ]
            pool.sort(key=lambda s: (-density(s), s.index))
            for s in pool:
                if admit(s):
                    break
                if not s.dependent:  # one that leans on another may fit once that one is in
                    set_aside.add(s.index)
            else:
                break
        return sorted(chosen.values(), key=_pos)

    def _cost(self, topic_of: dict[int, int], picked: Iterable[Sentence]) -> int:
        """What ``picked`` costs in 詳細 and 要点: sentences, bullets and (estimated) headings.

        ``topic_of`` maps a paragraph's index to its topic's.
        """
        runs: dict[int, dict[int, list[Sentence]]] = {}
        ordered = sorted(picked, key=_pos)
        for s in ordered:
            runs.setdefault(topic_of[s.para], {}).setdefault(s.para, []).append(s)
        total = sum(len(s.text) for s in ordered)
        for topic in runs.values():
            total += 2 * self.heading_guess
            for members in _sections(list(topic.values())):
                total += 2 * self.heading_guess + sum(len(b) for b in self._bullets(members))
        return total

    def _drop_one(self, chosen: list[Sentence]) -> list[Sentence]:
        """Chosen minus the sentence that adds least (and any that lean on it)."""
        worst = min(
            chosen, key=lambda s: (self._new(s) + CENTRALITY * s.rank / self.top_rank, -s.index)
        )
        gone = {worst.index}
        for s in chosen:  # dependents after it go too
            prev = self._previous(s)
            if s.dependent and prev is not None and prev.index in gone:
                gone.add(s.index)
        return [s for s in chosen if s.index not in gone]

    def _bullets(self, members: list[Sentence]) -> list[str]:
        """要点's bullets for a section, condensed, in article order.

        Every sentence that carries facts 概要 does not (:data:`BULLET_VALUE`),
        so a fact kept in 詳細 is kept in 要点 too; the section's best when
        none does. A sentence that leans on the one before it stands alone
        when its condensed form does (「一方、…」 loses its 一方); otherwise
        (「このうち…」, "These include…") its facts join the bullet of the
        sentence it leans on: one bullet, two condensed sentences.
        """
        leaning = {
            s.index for s in members if s.dependent and is_dependent(self._shorter(s), self.lang)
        }
        standalone = [s for s in members if s.index not in leaning] or members
        # a sentence with nothing to take out (not even a full stop) gets no bullet
        standalone = [s for s in standalone if self._condenses(s)]
        picked = [s for s in standalone if self._new(s) >= BULLET_VALUE]
        if not picked and standalone:
            picked = [max(standalone, key=lambda s: (s.rank * self._gain(s), -s.index))]
        bullets = {s.index: [self._shorter(s)] for s in picked}
        owner = {s.index: s.index for s in picked}  # sentence → the bullet it is in
        inside = {s.index for s in members}
        for s in sorted(members, key=_pos):
            prev = self._previous(s)
            if (
                s.index in owner
                or s.index not in leaning
                or self._new(s) < BULLET_VALUE
                or not self._condenses(s)
                or prev is None
                or prev.index not in inside
            ):
                continue
            head = owner.get(prev.index)
            # the sentence leaned on, closed as a sentence, must stay shorter than it is
            if len(_joined([self._shorter(prev), ""], self.lang)) >= len(prev.text):
                continue
            if head is None:  # the sentence leaned on adds nothing new: it opens the bullet
                head = owner[prev.index] = prev.index
                bullets[head] = [self._shorter(prev)]
            bullets[head].append(self._shorter(s))
            owner[s.index] = head
        return [_joined(bullets[k], self.lang) for k in sorted(bullets)]

    def _new(self, s: Sentence) -> float:
        """The weight of the fact units of ``s`` that 概要 does not carry (once 概要 is made)."""
        new = self.new_of.get(s.index)
        if new is None:
            new = self.new_of[s.index] = sum(
                w for u, w in s.units.items() if u not in self.overview_units
            )
        return new

    def _shorter(self, s: Sentence) -> str:
        """The 要点 bullet of ``s`` (:func:`_shorter`, once per sentence)."""
        bullet = self.bullet_of.get(s.index)
        if bullet is None:
            bullet = _shorter(s.text, self.lang)
            # 「同社は…」 / "It will…" as a bullet: the actor it points back to, named
            before = [p.text for p in self.sentences if p.index < s.index]
            named = resolve_subject(bullet, before, self.lang)
            if named != bullet and len(named) < len(s.text):
                bullet = named
            self.bullet_of[s.index] = bullet
        return bullet

    def _condenses(self, s: Sentence) -> bool:
        return len(self._shorter(s)) < len(s.text)

    def _gain(self, s: Sentence) -> float:
        """0.5 to 1.0: how well the sentence condenses."""
        return 0.5 + min(1 - len(self._shorter(s)) / len(s.text), 0.5)

    def _build(
        self, groups: list[list[Paragraph]], chosen: list[Sentence]
    ) -> tuple[list[Topic], list[Topic]]:
        """The 詳細 topics and their 要点 mirror for the chosen sentences."""
        headings: set[str] = set()
        topics: list[Topic] = []
        key_points: list[Topic] = []
        picked = {s.index for s in chosen}
        for paras, own in zip(groups, self.own_headings, strict=True):
            runs = [[s for s in p.sentences if s.index in picked] for p in paras]
            runs = _sections([r for r in runs if r])
            if not runs:
                continue
            members = [s for r in runs for s in r]
            words = {t for s in members for t in s.tokens}
            # the article's subheading names the whole part; when the sentences
            # shown do not carry its words, a key phrase of them does
            fits = own is not None and set(tokenize(own, self.lang)) <= words
            heading = (
                own
                if own is not None and fits
                else self.phrases.heading([s.text for s in members], avoid=headings)
            )
            headings.add(heading)
            sections: list[Section] = []
            bullets: list[Section] = []
            for run in runs:
                sec_heading = self.phrases.heading([s.text for s in run], avoid=headings)
                headings.add(sec_heading)
                sections.append(Section(heading=sec_heading, paragraphs=self._paragraphs(run)))
                bullets.append(Section(heading=sec_heading, bullets=self._bullets(run)))
            topics.append(Topic(heading=heading, sections=sections))
            key_points.append(Topic(heading=heading, sections=bullets))
        return topics, key_points

    def _paragraphs(self, run: list[Sentence]) -> list[str]:
        """Adjacent sentences joined into one paragraph, as the article has them."""
        out: list[list[Sentence]] = []
        for s in run:
            if (
                out
                and out[-1][-1].index + 1 == s.index
                and out[-1][-1].para == s.para
                and not is_list_item(s.text)
            ):
                out[-1].append(s)
            else:
                out.append([s])
        return [self.joiner.join(s.text for s in group) for group in out]


_FIGURE = re.compile(r"[0-9０-９]+")


def _shorter(text: str, lang: str) -> str:
    """``text`` condensed; failing that, cut at a clause that keeps its figures (in digits or
    words); else minus its stop.

    Japanese is never cut at a clause: 「…最大30往復に増え」 does not end a bullet.
    """
    short = condense(text, lang)
    if len(short) < len(text):
        return short
    if lang not in ("ja", "zh"):
        cut = clause_trim(text, int(len(text) * 0.8), lang).rstrip("、，,;: ")
        if len(cut) < len(text) and en_figures(cut) == en_figures(text):
            return cut  # "…14 unfilled positions; this fall it began with three" keeps "three"
    return _without_stop(text)


def _without_stop(text: str) -> str:
    """``text`` minus its closing stop, inside a closing quotation mark too; as it is without one.

    "…get back.”" → "…get back”"; a text that ends on a word keeps it whole
    (「…約52万冊」 is not 「…約52万」).
    """
    if text[-1:] in "。．.？?：:":
        return text[:-1]
    if len(text) > 1 and text[-1] in '”"’」』' and text[-2] in "。．.？?！!":
        return text[:-2] + text[-1]
    return text


def _joined(parts: list[str], lang: str) -> str:
    """Condensed sentences as one bullet, each ending as a sentence but the last as it is."""
    stop, joiner = ("。", "") if lang in ("ja", "zh") else (".", " ")
    closed = [p if p[-1:] in '。．.!?！？」”"' else p + stop for p in parts[:-1]]
    return joiner.join([*closed, parts[-1]])


# a question of the writer's own (not inside a quotation): …のか。 / …？ / "…?"
_QUESTION = re.compile(r"(?:のか|のだろうか|[？?])[。．.]?$")
_QUOTE = re.compile(r"「[^」]{12,}」|“[^”]{12,}”|\"[^\"]{12,}\"")


def _quote(s: Sentence) -> bool:
    """The sentence is mostly someone's words in quotation marks."""
    return sum(len(m) for m in _QUOTE.findall(s.text)) > len(s.text) * 0.4


def _diminishing(weights: Iterable[float]) -> float:
    """A sentence's new facts, the k-th largest counting 1/k: one sentence cannot carry a digest."""
    ordered = sorted(weights, reverse=True)
    return sum(w / k for k, w in enumerate(ordered, start=1)) if len(ordered) > 1 else sum(ordered)


# one figure of a chain: 2027年4月 → 2027年, 4月; 1食260円 → 1食, 260円
_FIGURE_PART = re.compile(r"[0-9][0-9.,:]*[^0-9.,:\s]?")


def _parts(units: Iterable[str]) -> Iterable[str]:
    """Fact units with the figures of each chain: a digest that says 2027年4月 carries 4月."""
    for unit in units:
        yield unit
        if unit[:1].isdigit():
            yield from _FIGURE_PART.findall(unit)


def _pos(s: Sentence) -> int:
    return s.index


def _sections(runs: list[list[Sentence]]) -> list[list[Sentence]]:
    """A topic's sections from its paragraphs' runs: three sentences a section on average, at most four.

    A one-sentence section costs two headings (in 詳細 and in 要点) for little.
    """
    return _merge(runs, max_runs=min(4, max(1, sum(len(r) for r in runs) // 3)))


def _merge(runs: list[list[Sentence]], *, max_runs: int) -> list[list[Sentence]]:
    """At most ``max_runs`` sections: neighbouring paragraphs merged evenly."""
    if len(runs) <= max_runs:
        return runs
    size = math.ceil(len(runs) / max_runs)
    return [[s for r in runs[i : i + size] for s in r] for i in range(0, len(runs), size)]


def segment(paras: list[Paragraph], k: int, idf: dict[str, float]) -> list[list[Paragraph]]:
    """``k`` runs of consecutive paragraphs, cut where neighbours share the fewest words.

    Each cut is looked for in a window around its even position, so the cost
    is linear in the number of paragraphs.
    """
    n = len(paras)
    if k <= 1 or n <= 1:
        return [paras]
    vecs = [_vector([t for s in p.sentences for t in s.tokens], idf) for p in paras]
    sim = [_cosine(a, b) for a, b in pairwise(vecs)]  # sim[c - 1]: cut before paragraph c
    cuts = [0]
    window = max(1, n // (2 * k))
    for c in range(1, k):
        centre = round(c * n / k)
        low = max(cuts[-1] + 1, centre - window)
        high = min(n - (k - c), centre + window)
        if low > high:
            continue
        best = min(
            range(low, high + 1), key=lambda b: (sim[b - 1] + 0.05 * abs(b - centre) / window, b)
        )
        cuts.append(best)
    cuts.append(n)
    return [paras[a:b] for a, b in pairwise(cuts) if b > a]


def _vector(tokens: list[str], idf: dict[str, float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for t in tokens:
        out[t] = out.get(t, 0.0) + idf.get(t, 1.0)
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if na and nb else 0.0
