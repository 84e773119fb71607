"""The user glossary (original → katakana) and the check that honours it.

A glossary is a TOML or YAML file of ``original = katakana`` pairs, either at
the top level or under a ``glossary`` table::

    [glossary]
    "To Lam" = "トー・ラム"
    "Nguyen Phu Trong" = "グエン・フー・チョン"

The default file is ``<data dir>/glossary.toml``; the ``glossary`` setting
(``YOTEN_GLOSSARY``) points elsewhere. A digest that writes a glossary name
another way gets a warning with the glossary's spelling.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import yaml  # type: ignore[import-untyped,unused-ignore]

from yoten.check import rx
from yoten.check.normalize import KATAKANA_RUN, edit_distance, fold_latin, loose_katakana_key
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex
from yoten.errors import ConfigError, InputError
from yoten.i18n import gettext as _
from yoten.models import Finding
from yoten.settings import Settings, data_dir

__all__ = [
    "Glossary",
    "check_glossary",
    "default_glossary_path",
    "load_glossary",
    "user_glossary",
]

_KATAKANA_ONLY = rx.compile(r"^[ァ-ヺー・･ヽヾ\s]+$")


class Glossary:
    """Original spellings (To Lam) mapped to the katakana a post must use (トー・ラム)."""

    def __init__(
        self, entries: Mapping[str, str] | None = None, *, path: Path | None = None
    ) -> None:
        self.path = path
        self._entries: dict[str, str] = {}
        for original, katakana in (entries or {}).items():
            self.add(original, katakana)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __contains__(self, original: object) -> bool:
        return isinstance(original, str) and self._find(original) is not None

    def items(self) -> list[tuple[str, str]]:
        """The entries, sorted by original."""
        return sorted(self._entries.items(), key=lambda kv: fold_latin(kv[0]))

    def get(self, original: str) -> str | None:
        """The katakana for ``original`` (matched case- and accent-insensitively)."""
        key = self._find(original)
        return self._entries[key] if key is not None else None

    def _find(self, original: str) -> str | None:
        wanted = fold_latin(original)
        return next((k for k in self._entries if fold_latin(k) == wanted), None)

    def add(self, original: str, katakana: str) -> None:
        """Add or replace an entry: katakana (ー and ・ allowed), or a Latin short form.

        A short form (``yoten glossary add "Federal Reserve" FRB``) extends the
        checker's abbreviation table: the post may write FRB where the source
        spells the name out.
        """
        original, katakana = original.strip(), katakana.strip()
        if not original:
            raise InputError("a glossary entry needs an original spelling")
        if not katakana or not (_KATAKANA_ONLY.match(katakana) or is_short_form(katakana)):
            raise InputError(
                f"glossary spelling for {original} must be katakana or a short form such as FRB,"
                f" got {katakana!r}"
            )
        existing = self._find(original)
        if existing is not None:
            del self._entries[existing]
        self._entries[original] = katakana

    def remove(self, original: str) -> str:
        """Remove an entry; returns its katakana. InputError when there is none."""
        key = self._find(original)
        if key is None:
            raise InputError(f"no glossary entry for {original}")
        return self._entries.pop(key)

    def save(self, path: Path | None = None) -> Path:
        """Write the glossary as TOML (or YAML for .yaml/.yml); returns the path written."""
        target = path or self.path or default_glossary_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.suffix.lower() in (".yaml", ".yml"):
                text = yaml.safe_dump(
                    {"glossary": dict(self.items())}, allow_unicode=True, sort_keys=False
                )
            else:
                lines = ["# yoten glossary: original spelling = katakana", "[glossary]"]
                lines += [
                    f"{json.dumps(o, ensure_ascii=False)} = {json.dumps(k, ensure_ascii=False)}"
                    for o, k in self.items()
                ]
                text = "\n".join(lines) + "\n"
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                f"cannot write glossary: {exc.strerror or exc}", source=str(target)
            ) from None
        self.path = target
        return target


def default_glossary_path(settings: Settings | None = None) -> Path:
    """``settings.glossary`` when set, else ``<data dir>/glossary.toml``."""
    if settings is not None and settings.glossary is not None:
        return Path(settings.glossary).expanduser()
    return data_dir() / "glossary.toml"


def _parse(path: Path, text: str) -> object:
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            return yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", None)
            where = f" at line {line + 1}" if line is not None else ""
            raise ConfigError(f"invalid YAML in glossary{where}", source=str(path)) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML in glossary: {exc}", source=str(path)) from None


def load_glossary(path: Path | str) -> Glossary:
    """Read a TOML or YAML glossary; ConfigError when it is missing or malformed."""
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("glossary file not found", source=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read glossary: {exc}", source=str(path)) from None
    data = _parse(path, text)
    if isinstance(data, dict) and isinstance(data.get("glossary"), dict):
        data = data["glossary"]
    if not isinstance(data, dict):
        raise ConfigError("a glossary must be a table of original = katakana", source=str(path))
    entries: dict[str, str] = {}
    for original, katakana in data.items():
        if not isinstance(katakana, str):
            raise ConfigError(f"glossary entry {original!r} must be a string", source=str(path))
        entries[str(original)] = katakana
    try:
        return Glossary(entries, path=path)
    except InputError as exc:
        raise ConfigError(exc.message, source=str(path)) from None


def user_glossary(settings: Settings | None = None) -> Glossary:
    """The user's glossary: the configured file (which must exist) or the default (may not)."""
    path = default_glossary_path(settings)
    if settings is not None and settings.glossary is not None:
        return load_glossary(path)
    return load_glossary(path) if path.is_file() else Glossary(path=path)


# ---------------------------------------------------------------------------
# The check
# ---------------------------------------------------------------------------

_NAMED = rx.compile(r"(" + KATAKANA_RUN.pattern + r")\s*[(（]([^()（）]{1,80})[)）]")


_SHORT_FORM = rx.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


def is_short_form(text: str) -> bool:
    """An all-capitals abbreviation (FRB, G20, S&P): a glossary value that is no katakana."""
    return bool(_SHORT_FORM.match(text))


def _near(a: str, b: str) -> bool:
    """Edit distance of two katakana keys within max(1, len/4)."""
    limit = max(1, min(len(a), len(b)) // 4)
    return edit_distance(a, b, limit) <= limit


def check_glossary(
    pieces: Iterable[Piece], glossary: Glossary, source: SourceIndex | None = None
) -> list[Finding]:
    """Warnings (kind ``glossary``) for glossary names the digest writes another way."""
    if not len(glossary):
        return []
    pieces = list(pieces)
    runs: list[tuple[str, str]] = []  # (run, section)
    for piece in pieces:
        runs += [
            (m.group(0).strip("・･"), piece.section) for m in KATAKANA_RUN.finditer(piece.text)
        ]
    written = {run for run, _ in runs}
    post_latin = (
        " " + re.sub(r"[^0-9a-z]+", " ", fold_latin(" ".join(p.text for p in pieces))) + " "
    )
    findings: list[Finding] = []
    seen: set[str] = set()

    def warn(run: str, section: str, original: str, katakana: str) -> None:
        if run in seen or run == katakana:
            return
        seen.add(run)
        findings.append(
            Finding(
                kind=Kind.GLOSSARY,
                rule=Rule.GLOSSARY,
                severity="warning",
                section=section,
                span=run,
                message=_("the glossary writes {original} as {katakana}").format(
                    original=original, katakana=katakana
                ),
            )
        )

    for original, katakana in glossary.items():
        if is_short_form(katakana):
            continue  # a short form: the names check reads it
        key = loose_katakana_key(katakana)
        folded = " " + re.sub(r"[^0-9a-z]+", " ", fold_latin(original)).strip() + " "
        for run, section in runs:
            if loose_katakana_key(run) == key:
                warn(run, section, original, katakana)
        for piece in pieces:
            for m in _NAMED.finditer(piece.text):
                inner = " " + re.sub(r"[^0-9a-z]+", " ", fold_latin(m.group(2))).strip() + " "
                if folded in inner:
                    warn(m.group(1).strip("・･"), piece.section, original, katakana)
        mentioned = folded in post_latin or (source is not None and folded in source.latin_words)
        if mentioned and katakana not in written and len(key) >= 3:
            for run, section in runs:
                run_key = loose_katakana_key(run)
                if len(run_key) >= 3 and run_key != key and _near(run_key, key):
                    warn(run, section, original, katakana)
    return findings
