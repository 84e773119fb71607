"""Runs: yoten's unattended intake (poll feeds, digest, check, store).

- :func:`run_once` — one pass with asyncio, bounded concurrency and per-host politeness;
- :func:`process_article` — all the work for one source as a plain synchronous
  function (the unit a task-queue worker would run).
"""

from typing import TYPE_CHECKING, Any

from yoten.run.runner import ProgressHook, RunSummary, run_once, run_pass

if TYPE_CHECKING:
    from yoten.run.article import Outcome, engine_key, process_article

# The article pipeline (httpx, extraction) loads on first use: `yoten run` with nothing
# to do needs only the runner.
_LAZY = {"Outcome", "engine_key", "process_article"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from yoten.run import article

        return getattr(article, name)
    raise AttributeError(f"module 'yoten.run' has no attribute {name!r}")


__all__ = [
    "Outcome",
    "ProgressHook",
    "RunSummary",
    "engine_key",
    "process_article",
    "run_once",
    "run_pass",
]
