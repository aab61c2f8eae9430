"""The Python API: one call from text (or HTML) to the contract's JSON object."""

from __future__ import annotations

from typing import Any

from claimgraph.analysis import analyze_article
from claimgraph.config import Settings
from claimgraph.ingest.article import build_article
from claimgraph.ingest.sources import raw_from_text


def analyze(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """The analysis of one article as the contract's dict. ``published`` is the reference date (as the CLI's
    ``--published``): a dateline without a year takes its year from it. The language model loads once per process.
    """
    settings = Settings.from_env().with_overrides({"published": published, "language": language})
    raw = raw_from_text(text, "<text>", title=title, url=url, outlet=outlet)
    return analyze_article(build_article(raw, settings), settings).to_dict()
