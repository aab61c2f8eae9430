"""The cross-article stage: near-duplicate articles, propositions, stance between claims, independence."""

from claimgraph.link.runner import LinkReport, link

__all__ = ["LinkReport", "link"]
