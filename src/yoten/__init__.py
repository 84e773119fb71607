"""yoten: foreign news articles → checked Japanese digest posts."""

from typing import TYPE_CHECKING, Any

from yoten.errors import YotenError

if TYPE_CHECKING:
    from yoten.models import Article, Digest, Report

__all__ = ["Article", "Digest", "Report", "YotenError", "__version__"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The models (pydantic) load on first use, so `yoten --help` starts fast.
    if name in ("Article", "Digest", "Report"):
        from yoten import models

        return getattr(models, name)
    raise AttributeError(f"module 'yoten' has no attribute {name!r}")
