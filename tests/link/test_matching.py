from __future__ import annotations

import dataclasses
import datetime as dt
import random

from claimgraph.link.matching import (
    MAX_LINKS_PER_CLAIM,
    NEIGHBOURS,
    block_keys,
    candidate_pairs,
    label_pair,
    link_pairs,
)
from claimgraph.link.records import ClaimRow

BASE = ClaimRow(
    article_id="a1", claim_id="k1", claimant_key="person:a", claimant_name="A", polarity="affirm",
    modality="asserted", basis=None, predicate="fight", subject="combatants", nationalities=frozenset({"TUR"}),
    targets=frozenset({"AZE"}), keywords=frozenset({"officer", "fight", "azerbaijan"}), count_value=None,
    count_qualifier=None, count_unit=None, day=dt.date(2020, 10, 2), outlet="X", evidence="",
)


def _claim(**changes: object) -> ClaimRow:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def test_matching_denial_of_the_same_matter_contradicts() -> None:
    denial = _claim(article_id="a2", claimant_key="person:b", claimant_name="B", polarity="deny",
                    nationalities=frozenset({"FOREIGN"}), keywords=frozenset({"soldier", "fight", "azerbaijan"}))
    pair = label_pair(BASE, denial)
    assert pair is not None and pair.label == "contradicts"
    assert "A affirms, B denies" in pair.reason and pair.confidence > 0.6


def test_matching_concern_is_related_not_a_denial() -> None:
    concern = _claim(article_id="a2", claimant_key="gov:RUS", modality="concern", polarity="affirm")
    pair = label_pair(BASE, concern)
    assert pair is not None and pair.label == "related"


def test_matching_incompatible_counts_contradict_unless_qualified() -> None:
    three_hundred = _claim(count_value=300.0, count_unit="fighters")
    thousand = _claim(article_id="a2", claim_id="k2", count_value=1000.0, count_unit="fighters")
    pair = label_pair(three_hundred, thousand)
    assert pair is not None and pair.label == "contradicts" and "300 against 1000" in pair.reason
    over = dataclasses.replace(three_hundred, count_qualifier="over")
    relabelled = label_pair(over, thousand)
    assert relabelled is not None and relabelled.label == "supports"


def test_matching_unrelated_claims_are_not_linked() -> None:
    other = _claim(article_id="a2", predicate="impose", subject="law", nationalities=frozenset(),
                   targets=frozenset({"ARM"}), keywords=frozenset({"martial", "law"}))
    assert label_pair(BASE, other) is None


def test_matching_candidate_pairs_grow_linearly_with_claims() -> None:
    rng = random.Random(7)
    claims = [
        _claim(article_id=f"a{i}", claim_id="k1", predicate=rng.choice(["fight", "deploy", "attack"]),
               subject=rng.choice(["combatants", "civilians"]), targets=frozenset({rng.choice(["AZE", "ARM"])}),
               day=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(60)))
        for i in range(3000)
    ]
    pairs = sum(1 for _ in candidate_pairs(claims))
    most_keys = max(len(block_keys(claim)) for claim in claims)
    assert pairs <= NEIGHBOURS * most_keys * len(claims)
    assert pairs < len(claims) * (len(claims) - 1) / 2 / 10  # far below all pairs
    linking = link_pairs(claims[:300])
    assert linking.compared > 0
    assert all(pair.label in {"supports", "contradicts", "related"} for pair in linking.links)


def test_matching_links_per_claim_are_capped_but_propositions_are_whole() -> None:
    # One story told by 200 outlets: every pair supports, yet each claim keeps a bounded number of links.
    copies = [_claim(article_id=f"a{i:03d}", claimant_key=f"person:{i}") for i in range(200)]
    linking = link_pairs(copies)
    links_of: dict[str, int] = {}
    for pair in linking.links:
        for claim in (pair.first, pair.second):
            links_of[claim.article_id] = links_of.get(claim.article_id, 0) + 1
    assert max(links_of.values()) <= MAX_LINKS_PER_CLAIM
    assert [len(group) for group in linking.propositions] == [200]
