"""Engine tests: every test starts with no learned server capabilities."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from yoten.engines.model_client import forget_probes


@pytest.fixture(autouse=True)
def _fresh_probes() -> Iterator[None]:
    forget_probes()
    yield
    forget_probes()
