"""Runs: yoten's unattended intake (poll feeds, digest, check, store).

- :func:`run_once` — one pass with asyncio, bounded concurrency and per-host politeness;
- :func:`process_article` — all the work for one source as a plain synchronous
  function (the unit a task-queue worker would run).
"""

from yoten.run.article import Outcome, engine_key, process_article
from yoten.run.runner import ProgressHook, RunSummary, run_once, run_pass

__all__ = [
    "Outcome",
    "ProgressHook",
    "RunSummary",
    "engine_key",
    "process_article",
    "run_once",
    "run_pass",
]
