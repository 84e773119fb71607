"""What a finding is about (``Kind``) and which rule made it (``Rule``).

Severity model v2 (see ``benchmarks/data/LABELS-v2.md``):

- ``error``: the source says otherwise — the digest sentence is aligned with
  source sentence(s) and a figure, unit or date there differs (``*.contradicted``);
- ``warning``: nothing in the source supports it (``*.unverified``), and the
  spelling, glossary, citation and structure rules;
- ``info``: a value derived from source values, with the derivation shown
  (``*.derived``), and notes about the check itself.

``benchmarks/check_eval.py`` prints reported findings and precision per rule.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Kind", "Rule"]


class Kind(StrEnum):
    UNSUPPORTED = "unsupported"
    MISMATCH = "mismatch"
    DATE = "date"
    NAME = "name"
    SPELLING = "spelling"
    GLOSSARY = "glossary"
    CITATION = "citation"
    STRUCTURE = "structure"
    DERIVED = "derived"
    LANGUAGE = "language"


class Rule(StrEnum):
    NUMBER_CONTRADICTED = "number.contradicted"
    NUMBER_POINTS = "number.percent-for-points"
    NUMBER_SWAPPED = "number.swapped"
    NUMBER_UNVERIFIED = "number.unverified"
    NUMBER_DERIVED = "number.derived"
    SCORE_CONTRADICTED = "score.contradicted"
    SCORE_UNVERIFIED = "score.unverified"
    DATE_CONTRADICTED = "date.contradicted"
    DATE_UNVERIFIED = "date.unverified"
    DATE_DERIVED = "date.derived"
    AGE_CONTRADICTED = "age.contradicted"
    QUARTER_CONTRADICTED = "quarter.contradicted"
    QUARTER_UNVERIFIED = "quarter.unverified"
    NAME_UNVERIFIED = "name.unverified"
    SPELLING = "spelling"
    GLOSSARY = "glossary"
    CITATION_URL = "citation.url"
    CITATION_META = "citation.meta"
    STRUCTURE = "structure"
    SOURCE_LANGUAGE = "source.language"
