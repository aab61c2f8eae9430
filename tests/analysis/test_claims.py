"""Claims as an analyst reads them: who affirms or denies what, how sure, on what basis. Texts are the tests' own."""

from __future__ import annotations

import pytest

from claimgraph.analysis import analyze_article
from claimgraph.config import Settings
from claimgraph.records import Analysis, Article, Claim

pytestmark = pytest.mark.slow


def _analyse(body: str) -> Analysis:
    analysis = analyze_article(Article(id="t", body=body, language="en"), Settings(workers=1))
    for claim in analysis.claims:
        assert body[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    return analysis


def _claimant(analysis: Analysis, claim: Claim) -> str | None:
    return next((actor.name for actor in analysis.actors if actor.id == claim.claimant), None)


def test_claims_denial_shares_the_proposition_it_denies() -> None:
    body = (
        "Armenian Prime Minister Nikol Pashinyan said that Turkish officers are fighting for Azerbaijan. "
        "Turkish Foreign Minister Mevlut Cavusoglu said that no Turkish officers are fighting for Azerbaijan."
    )
    analysis = _analyse(body)
    by_claimant = {_claimant(analysis, claim): claim for claim in analysis.claims if claim.quote}
    affirm, deny = by_claimant["Nikol Pashinyan"], by_claimant["Mevlut Cavusoglu"]
    assert (affirm.polarity, deny.polarity) == ("affirm", "deny")
    assert affirm.proposition.predicate == deny.proposition.predicate == "fight for"
    assert affirm.proposition.object_text == deny.proposition.object_text == "Azerbaijan"


def test_claims_deny_cue_makes_a_denial() -> None:
    analysis = _analyse("Turkish Foreign Minister Mevlut Cavusoglu denied that Ankara had sent fighters to Libya.")
    claim = next(claim for claim in analysis.claims if claim.quote)
    assert claim.polarity == "deny"
    assert claim.proposition.predicate == "send to"


def test_claims_concern_about_reports_is_not_a_denial() -> None:
    body = "The Russian Foreign Ministry has voiced concern about reports that fighters had been moved to the zone."
    claim = next(claim for claim in _analyse(body).claims if claim.quote)
    assert (claim.polarity, claim.modality, claim.basis) == ("affirm", "concern", "reports")
    assert claim.proposition.predicate == "move to"


def test_claims_basis_information_and_counts() -> None:
    body = "Armenian Prime Minister Nikol Pashinyan said his country has information that 150 officers are fighting."
    analysis = _analyse(body)
    claim = next(claim for claim in analysis.claims if claim.quote)
    assert claim.basis == "information"
    assert claim.proposition.predicate == "fight"
    assert claim.proposition.count is not None
    count = next(count for count in analysis.counts if count.id == claim.proposition.count)
    assert count.value == 150


def test_claims_it_is_not_true_judges_the_clause_before_it() -> None:
    body = (
        '"As far as the presence of foreign troops in our army is concerned, it is not true," '
        "Deputy Minister Amir Valenko said."
    )
    claim = next(claim for claim in _analyse(body).claims if claim.quote)
    assert claim.polarity == "deny"
    assert claim.proposition.subject_text is not None
    assert claim.proposition.subject_text.startswith("the presence of foreign troops")


def test_claims_hedged_and_outlet_claims() -> None:
    body = "Officials said the convoy may have crossed the border. Heavy fighting erupted in the region on Sunday."
    analysis = _analyse(body)
    hedged = next(claim for claim in analysis.claims if claim.quote)
    assert hedged.modality == "hedged"
    own = [claim for claim in analysis.claims if claim.quote is None]
    assert [claim.proposition.predicate for claim in own] == ["erupt in"]


def test_claims_place_is_a_named_place_not_a_demonym() -> None:
    analysis = _analyse("The minister said the Kenyan police arrested dozens of protesters in Nairobi.")
    places = {place.id: place.span.text for place in analysis.places}
    claim = next(claim for claim in analysis.claims if claim.proposition.predicate.startswith("arrest"))
    assert places[claim.proposition.place or ""] == "Nairobi"
