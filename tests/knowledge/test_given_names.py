"""Given names and the gender they tell, from nomquamgender's name data: only strong evidence counts."""

from __future__ import annotations

import pytest

from claimgraph.knowledge.actors.given_names import given_name_gender


@pytest.mark.parametrize(("word", "gender"), [
    ("Ruth", "f"), ("Gloria", "f"), ("Wyatt", "m"), ("Oliver", "m"),
    # Matched folded: accents, case and the letters decomposition keeps (ł) do not matter.
    ("GÁSPÁR", "m"), ("Łukasz", "m"),
])
def test_given_names_a_name_of_one_gender_tells_it(word: str, gender: str) -> None:
    assert given_name_gender(word) == gender


@pytest.mark.parametrize("word", [
    "Jean", "Andrea", "Kim",  # both genders, or one by country
    "Jordan", "Carol",  # about one in ten of the other gender: under the threshold
    "Hillary",  # gendered only in some decades
    "Tsikhanouskaya", "president",  # no name, or counted too few times
])
def test_given_names_a_name_without_strong_evidence_tells_nothing(word: str) -> None:
    assert given_name_gender(word) is None

