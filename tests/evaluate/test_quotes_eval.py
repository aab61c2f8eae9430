"""The quotes scorer's name matching: what counts as the right speaker (docs/quotes.md, "How good")."""

from __future__ import annotations

import dataclasses

import pytest

from claimgraph.evaluate.quotes import _description, same_speaker
from claimgraph.records import Span, Speaker


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"),  # diacritics
        ("Mevlut Cavusoglu", "Cavusoglu"),  # a surname alone
        ("Emmanuel Macron", "French President Emmanuel Macron"),  # titles
        ("Robert Downey Jr.", "Downey"),  # a suffix is not the surname
        ("Ricardo Rosselló Nevares", "Rosselló"),  # a Spanish double surname
        ("Ford Motor Company", "Ford"),  # a company by its first word
        ("the Saudi officials", "Saudi Arabia"),  # a country for its officials
        ("the representatives from Iran", "Iran"),  # ... and its representatives
        ("United States federal government", "United States"),  # ... and its federal government
        ("US Embassy in London", "US Embassy"),  # a shorter form
        ("World Health Organisation", "World Health Organization"),  # British and American spelling
        ("National Emergency Operation Centre", "NEOC"),  # an acronym
        ("Transport for London", "TfL"),
        ("Salling Group", "Salling"),
        ("CBS", "CBS News"),  # an outlet by its acronym
        ("Time", "Time magazine"),  # ... or its name
        ("MarineTraffic", "Marine Traffic"),  # spaces aside
        ("Notes from Poland", "NFP"),  # an acronym of a name holding a country
        ("the prime minister", "The prime minister"),  # a description of title words only
    ],
)
def test_quotes_eval_the_same_speaker(gold: str, predicted: str) -> None:
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Boris Johnson", "Boris"),  # a given name alone is not enough
        ("United States Department of Defense", "Department"),  # a generic word of a body
        ("Federal Bureau of Investigation", "Bureau"),
        ("Russian Foreign Ministry", "Russia"),  # a country is not its ministry
        ("Emmanuel Macron", "Nikol Pashinyan"),
        ("National Emergency Operation Centre", "NATO"),
        ("the prime minister", "the foreign minister"),
        ("UN Security Council", "UN"),  # an acronym is no outlet's short form when more than a suffix differs
        ("Time", "Time Warner"),  # a name is the outlet's only before outlet words
        ("Emmanuel Macron", None),
    ],
)
def test_quotes_eval_not_the_same_speaker(gold: str, predicted: str | None) -> None:
    assert not same_speaker(gold, predicted)


def test_quotes_eval_an_owned_description_is_scored_with_its_owner_named() -> None:
    body = "his lawyers"
    speaker = Speaker(None, Span.of(body, 0, len(body)), False, owner="a1")
    assert _description(speaker, {"a1": "Kyle Rowe"}) == "the lawyers of Kyle Rowe"
    assert same_speaker("the lawyers of Kyle Rowe", _description(speaker, {"a1": "Kyle Rowe"}))
    assert _description(dataclasses.replace(speaker, owner=None), {}) == "his lawyers"
