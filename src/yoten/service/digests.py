"""Article → digest → check (with the user glossary) → status: the one way every path does it.

``yoten digest``, ``yoten run`` (its asyncio and task-queue paths), ``yoten
worker`` and the review page all come here, so a post gets the same findings
and the same status whichever way it was made or edited.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from yoten.engines.base import Engine, ProgressCallback
from yoten.errors import EngineError
from yoten.i18n import gettext as _
from yoten.lang import digest_language
from yoten.models import Article, Digest, Report
from yoten.settings import Settings

__all__ = ["Assessment", "assess", "make_digest", "status_of", "untranslated_note"]

#: Language codes shown in notes.
_LANGUAGE_NAMES = {"en": "English", "zh": "Chinese", "und": "an undetermined language"}


@dataclass(frozen=True)
class Assessment:
    """A digest's check report, the language it is written in and the status that follows."""

    report: Report | None
    language: str
    status: str

    @property
    def translated(self) -> bool:
        return self.language == "ja"


def make_digest(
    article: Article,
    engine: Engine,
    *,
    progress: ProgressCallback | None = None,
    budget: float | None = None,
) -> Digest:
    """The engine call (the slow, model-bound step), given at most ``budget`` seconds.

    With a budget (``yoten run``'s article-timeout) the engine runs in a daemon
    thread; when it overruns, the article fails with an EngineError (recorded
    and retried later with backoff) and the run moves on. Python cannot stop a
    thread: an overrunning engine finishes in the background and its result is
    dropped, and a daemon thread never holds up the process's exit.
    """
    from yoten.pipeline import digest_article

    if budget is None:
        return digest_article(article, engine, progress=progress)
    result: list[Digest] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            result.append(digest_article(article, engine, progress=progress))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread below
            failure.append(exc)

    thread = threading.Thread(target=work, name="yoten-digest", daemon=True)
    thread.start()
    thread.join(budget)
    if thread.is_alive():
        raise EngineError(
            _(
                "no digest within the per-article time budget of {budget:g} s (article-timeout)"
            ).format(budget=budget),
            source=article.canonical_url or article.url,
        )
    if failure:
        raise failure[0]
    return result[0]


def status_of(report: Report | None, language: str) -> str:
    """untranslated (not in Japanese), else draft (unchecked), checked (no error) or failed."""
    if language != "ja":
        return "untranslated"
    if report is None:
        return "draft"
    return "checked" if report.ok else "failed"


def untranslated_note(language: str) -> str:
    """The note a digest not written in Japanese carries (status reason, CLI note)."""
    name = _LANGUAGE_NAMES.get(language, language)
    return f"not translated: the digest is in {name}, not Japanese"


def assess(
    digest: Digest, article: Article, settings: Settings, *, check: bool = True
) -> Assessment:
    """Check ``digest`` against ``article`` with the user's glossary; language and status.

    The glossary is the user's (``yoten glossary add``, or ``settings.glossary``
    when set), exactly as ``yoten check`` reads it.
    """
    language = digest_language(digest)
    report: Report | None = None
    if check:
        from yoten.check import check_digest
        from yoten.check.glossary import user_glossary

        report = check_digest(digest, article, glossary=user_glossary(settings))
    return Assessment(report, language, status_of(report, language))
