"""yoten: foreign news articles → checked Japanese digest posts."""

from yoten.errors import YotenError
from yoten.models import Article, Digest, Report

__all__ = ["Article", "Digest", "Report", "YotenError", "__version__"]
__version__ = "0.1.0"
