"""yoten's own words in English or Japanese, from gettext catalogs.

The language is ``[yoten] language`` of yoten.toml (or ``YOTEN_LANGUAGE``),
else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``): Japanese
when it starts with ``ja``, English otherwise. The posts themselves are
always in the Japanese house format; only the tool's messages, ``--help`` and
the review page change.

Catalogs live in ``yoten/locale/<lang>/LC_MESSAGES/yoten.po``; the compiled
``.mo`` is committed next to it so that a fresh ``pip install -e .`` speaks
Japanese. Extract and compile with Babel (see ``babel.cfg``)::

    pybabel extract -F babel.cfg -o src/yoten/locale/yoten.pot .
    pybabel update -i src/yoten/locale/yoten.pot -d src/yoten/locale -D yoten
    pybabel compile -d src/yoten/locale -D yoten

Typer asks the standard library's ``gettext`` (the default domain) for its own
words ("Options", "Commands", "Missing command."); :func:`library_messages`
points that lookup at yoten's catalog, so those words are in the catalog too.
"""

from __future__ import annotations

import contextlib
import functools
import gettext as _gettext
import os
import tomllib
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "choose_language",
    "forget_language",
    "gettext",
    "language",
    "language_held",
    "library_messages",
    "ngettext",
    "use_language",
]

DOMAIN = "yoten"
LANGUAGES = ("en", "ja")
LOCALE_DIR = Path(__file__).parent / "locale"
_LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
_STATE: dict[str, str | None] = {"current": None}  # fixed by use_language()


def _configured() -> str | None:
    """``language`` of ``[yoten]`` in yoten.toml (read directly: this runs before any command)."""
    from yoten.paths import config_path, read_config

    path = config_path()
    if path is None:
        return None
    try:
        raw = read_config(path)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None  # the command that loads the settings reports a broken file
    table = raw.get("yoten", raw)
    value = table.get("language") if isinstance(table, dict) else None
    return value if isinstance(value, str) else None


def N_(message: str) -> str:
    """Marks a message for the catalog where it is defined; translated where it is shown."""
    return message


def choose_language(configured: str | None, environ: dict[str, str] | os._Environ[str]) -> str:
    """``ja`` or ``en`` from a configured value, else the locale variables."""
    if configured and configured.strip().lower()[:2] in LANGUAGES:
        return configured.strip().lower()[:2]
    for var in _LOCALE_VARS:
        value = environ.get(var, "")
        if value:  # the first one set decides, as in the C library
            return "ja" if value.lower().startswith("ja") else "en"
    return "en"


def language() -> str:
    """The language of yoten's messages: the one in use, else found as the module docstring says."""
    current = _STATE["current"]
    if current is not None:
        return current
    return choose_language(os.environ.get("YOTEN_LANGUAGE") or _configured(), os.environ)


def use_language(lang: str | None) -> str:
    """Fix the language for this process (None: look it up now); returns the one in use."""
    _STATE["current"] = None
    chosen = lang if lang in LANGUAGES and lang is not None else language()
    _STATE["current"] = chosen
    return chosen


@contextlib.contextmanager
def language_held() -> Iterator[str]:
    """While inside, the language is looked up once (a check formats hundreds of
    messages; each lookup reads the environment and stats the config files)."""
    held = _STATE["current"]
    chosen = held if held is not None else language()
    _STATE["current"] = chosen
    try:
        yield chosen
    finally:
        _STATE["current"] = held


def forget_language() -> None:
    """Undo :func:`use_language`: the language is looked up again on each call."""
    _STATE["current"] = None


@functools.cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The catalog of ``lang`` (English: the messages as written)."""
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)


def gettext(message: str, lang: str | None = None) -> str:
    """``message`` in ``lang`` (default: :func:`language`)."""
    return translations(lang or language()).gettext(message)


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """The singular or plural form of a message for ``n``, in ``lang``."""
    return translations(lang or language()).ngettext(singular, plural, n)


@contextlib.contextmanager
def library_messages(lang: str) -> Iterator[None]:
    """While inside, the stdlib's default-domain ``gettext`` (what Typer calls) answers
    from yoten's catalog in ``lang``; the domain and ``LANGUAGE`` are restored after.

    ``gettext.gettext`` picks its language from ``LANGUAGE`` first, so setting it to the
    language yoten chose (``[yoten] language`` may differ from the locale) keeps the
    library's words in the same language as yoten's own.
    """
    domain, before = _gettext.textdomain(), os.environ.get("LANGUAGE")
    _gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    _gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = lang
    try:
        yield
    finally:
        _gettext.textdomain(domain)
        if before is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = before
