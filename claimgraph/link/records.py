"""What ``link`` reads of each stored claim, and what it finds between claims."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One stored claim with the context linking needs: who, where published, when, and its matter."""

    article_id: str
    claim_id: str
    claimant_key: str | None
    claimant_name: str | None
    polarity: str
    modality: str
    basis: str | None
    predicate: str
    subject: str | None
    nationalities: frozenset[str]
    targets: frozenset[str]
    keywords: frozenset[str]
    count_value: float | None
    count_qualifier: str | None
    count_unit: str | None
    day: dt.date | None
    outlet: str | None
    evidence: str

    @property
    def key(self) -> tuple[str, str]:
        return self.article_id, self.claim_id


@dataclass(frozen=True, slots=True)
class PairLabel:
    """How two claims about one matter stand to each other, why, and how sure that is."""

    first: ClaimRow
    second: ClaimRow
    label: str  # supports | contradicts | related
    reason: str
    confidence: float
