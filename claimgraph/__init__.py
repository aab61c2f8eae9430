"""claimgraph: who said what, about whom, where and when, from news articles.

The public surface is what this module exports; ``tests/test_public_api.py`` pins it.
"""

from claimgraph.analysis import analyze_article
from claimgraph.api import analyze
from claimgraph.config import Settings
from claimgraph.errors import ClaimgraphError, ConfigError, InputError, StoreError
from claimgraph.records import Analysis, Article
from claimgraph.store import Store

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "ClaimgraphError",
    "ConfigError",
    "InputError",
    "Settings",
    "Store",
    "StoreError",
    "__version__",
    "analyze",
    "analyze_article",
]
