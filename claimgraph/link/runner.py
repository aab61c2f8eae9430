"""``link``: from the claims in the store to propositions, the stance between claims, and independent sources.

A run reads every stored claim, finds near-duplicate articles, labels candidate pairs within blocks, groups
claims about one matter into propositions and counts, for each, the independent sources that affirm and deny it.
Everything is recomputed and replaced in one transaction (``Store.replace_links``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from claimgraph.link.copies import copy_clusters, find_copies
from claimgraph.link.events import EventRow, event_row, event_tables, group_events
from claimgraph.link.matching import link_pairs
from claimgraph.link.records import ClaimRow, PairLabel
from claimgraph.records import Analysis
from claimgraph.store import Store

COMMITTED = frozenset({"asserted", "hedged"})


@dataclass(frozen=True, slots=True)
class LinkReport:
    claims: int
    compared: int
    links: dict[str, int]
    propositions: int
    contested: int
    copies: int
    event_groups: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"claims": self.claims, "pairs_compared": self.compared, "links": self.links,
                "propositions": self.propositions, "contested": self.contested, "article_copies": self.copies,
                "event_groups": self.event_groups}


def claim_row(row: dict[str, Any]) -> ClaimRow | None:
    """A ``claim_details`` row as linking reads it; None for a claim with no matter (older analyses)."""
    matter = json.loads(row["matter"]) if row["matter"] else None
    if not matter:
        return None
    day = row["said_on"] or row["published"]
    return ClaimRow(
        article_id=row["article_id"], claim_id=row["claim_id"], claimant_key=row["claimant_key"],
        claimant_name=row["claimant_name"], polarity=row["polarity"], modality=row["modality"], basis=row["basis"],
        predicate=matter["predicate"], subject=matter["subject"], nationalities=frozenset(matter["nationalities"]),
        targets=frozenset(matter["targets"]), keywords=frozenset(matter["keywords"]),
        count_value=row["count_value"], count_qualifier=row["count_qualifier"], count_unit=row["count_unit"],
        day=day if isinstance(day, dt.date) else None, outlet=row["outlet"], evidence=row["evidence"] or "",
    )


def rows_from_analysis(analysis: Analysis) -> list[ClaimRow]:
    """The claims of one analysis as ``link`` reads them from the store (for evaluation without a store)."""
    actors = {actor.id: actor for actor in analysis.actors}
    times = {time.id: time for time in analysis.times}
    counts = {count.id: count for count in analysis.counts}
    published = dt.date.fromisoformat(analysis.article.published) if analysis.article.published else None
    rows = []
    for claim in analysis.claims:
        if claim.matter is None:
            continue
        claimant = actors.get(claim.claimant or "")
        said = times.get(claim.said_on or "")
        count = counts.get(claim.proposition.count or "")
        day = _date(said.begin) if said is not None else None
        rows.append(ClaimRow(
            article_id=analysis.article.id, claim_id=claim.id, claimant_key=claimant.key if claimant else None,
            claimant_name=claimant.name if claimant else None, polarity=claim.polarity, modality=claim.modality,
            basis=claim.basis, predicate=claim.matter.predicate, subject=claim.matter.subject,
            nationalities=frozenset(claim.matter.nationalities), targets=frozenset(claim.matter.targets),
            keywords=frozenset(claim.matter.keywords), count_value=float(count.value) if count else None,
            count_qualifier=count.qualifier if count else None, count_unit=count.unit if count else None,
            day=day or published, outlet=analysis.article.outlet, evidence=claim.evidence.text,
        ))
    return rows


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def read_claims(store: Store) -> list[ClaimRow]:
    rows = store.rows("SELECT * FROM claim_details ORDER BY article_id, claim_id")
    return [claim for row in rows if (claim := claim_row(row)) is not None]


def stance(claim: ClaimRow) -> str:
    """``affirm`` or ``deny`` for a committed claim, else its modality (``concern``, ``question``)."""
    return claim.polarity if claim.modality in COMMITTED else claim.modality


def source_of(claim: ClaimRow, clusters: dict[str, str]) -> str:
    """Who stands behind a claim, for counting independent sources: the claimant (the same speaker quoted again
    counts once), or for the outlet's own words the story they come from (copies and rewrites count once)."""
    if claim.claimant_key and not claim.claimant_key.startswith("outlet:"):
        return claim.claimant_key
    return f"story:{clusters.get(claim.article_id, claim.article_id)}"


def _summary(members: Sequence[ClaimRow]) -> tuple[str, str, str | None, list[str]]:
    predicate = Counter(claim.predicate for claim in members).most_common(1)[0][0]
    subjects = Counter(claim.subject for claim in members if claim.subject)
    subject = subjects.most_common(1)[0][0] if subjects else None
    origins = sorted({n for claim in members for n in claim.nationalities} - {"FOREIGN"})
    if any("FOREIGN" in claim.nationalities for claim in members):
        origins = ["foreign", *origins]
    targets = Counter(t for claim in members for t in claim.targets)
    target_list = [target for target, _ in targets.most_common(3)]
    words = [" ".join(origins) if origins else "", subject or "", predicate, "/".join(target_list)]
    return " ".join(word for word in words if word), predicate, subject, target_list


def _proposition_rows(
    groups: Iterable[list[ClaimRow]], clusters: dict[str, str],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    propositions: list[dict[str, Any]] = []
    members_rows: list[dict[str, Any]] = []
    for members in groups:
        first_key = min(claim.key for claim in members)
        proposition_id = "P" + hashlib.sha1("/".join(first_key).encode()).hexdigest()[:12]
        stances = {claim.key: stance(claim) for claim in members}
        sources = {claim.key: source_of(claim, clusters) for claim in members}
        affirming = {sources[c.key] for c in members if stances[c.key] == "affirm"}
        denying = {sources[c.key] for c in members if stances[c.key] == "deny"}
        summary, predicate, subject, targets = _summary(members)
        days = [claim.day for claim in members if claim.day]
        propositions.append({
            "id": proposition_id, "summary": summary, "predicate": predicate, "subject": subject, "targets": targets,
            "claims": len(members), "affirming": sum(1 for s in stances.values() if s == "affirm"),
            "denying": sum(1 for s in stances.values() if s == "deny"),
            "other": sum(1 for s in stances.values() if s not in {"affirm", "deny"}),
            "independent_affirming": len(affirming), "independent_denying": len(denying),
            # Disagreement between independent sources: someone affirms what someone else denies.
            "contested": bool(affirming and denying and (affirming | denying) != (affirming & denying)),
            "first_seen": min(days) if days else None, "last_seen": max(days) if days else None,
        })
        members_rows.extend(
            {"proposition_id": proposition_id, "article_id": claim.article_id, "claim_id": claim.claim_id,
             "stance": stances[claim.key], "source": sources[claim.key]}
            for claim in members
        )
    return propositions, members_rows


def _link_rows(pairs: Iterable[PairLabel]) -> list[dict[str, Any]]:
    return [
        {"article_a": p.first.article_id, "claim_a": p.first.claim_id, "article_b": p.second.article_id,
         "claim_b": p.second.claim_id, "label": p.label, "reason": p.reason, "confidence": p.confidence}
        for p in pairs
    ]


def link_claims(claims: Sequence[ClaimRow], copies: list[tuple[str, str, float]], article_ids: Iterable[str],
                events: Sequence[EventRow] = ()) -> tuple[dict[str, list[dict[str, Any]]], LinkReport]:
    """The link tables for ``claims``, without a store (the benchmark and tests call this directly)."""
    clusters = copy_clusters(article_ids, copies)
    linking = link_pairs(claims)
    pairs, compared = linking.links, linking.compared
    propositions, members = _proposition_rows(linking.propositions, clusters)
    tables = {
        "article_copies": [{"article_a": a, "article_b": b, "similarity": s} for a, b, s in copies],
        "propositions": propositions, "proposition_claims": members, "claim_links": _link_rows(pairs),
    }
    tables.update(event_tables(group_events(events, clusters)))
    report = LinkReport(
        claims=len(claims), compared=compared, links=dict(Counter(pair.label for pair in pairs)),
        propositions=len(propositions), contested=sum(1 for row in propositions if row["contested"]),
        copies=len(copies), event_groups=len(tables["event_groups"]),
    )
    return tables, report


def link(store: Store) -> LinkReport:
    """Recompute every cross-article result in ``store``."""
    articles = store.rows("SELECT id, body FROM articles ORDER BY id")
    copies = find_copies((row["id"], row["body"]) for row in articles)
    events = [event_row(row) for row in store.rows("SELECT * FROM event_details ORDER BY article_id, event_id")]
    tables, report = link_claims(read_claims(store), copies, (row["id"] for row in articles), events)
    store.replace_links(tables)
    return report
