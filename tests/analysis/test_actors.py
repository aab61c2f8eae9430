from __future__ import annotations

import pytest

from claimgraph.analysis import analyze_article
from claimgraph.analysis.components.actors import name_key
from claimgraph.config import Settings
from claimgraph.records import Article

pytestmark = pytest.mark.slow


def _article(body: str) -> Article:
    return Article(id="test", body=body, language="en")


def test_actors_name_key_meets_transliterations() -> None:
    assert name_key("Mevlüt Çavuşoğlu") == name_key("Mevlut Cavusoglu") == "mevlut-cavusoglu"
    assert name_key(name_key("Di Maio")) == name_key("Di Maio")


def test_actors_merge_surname_mentions_into_the_full_name(settings: Settings) -> None:
    body = (
        "French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday.\n\n"
        "Macron said the talks went well. Merkel's office did not comment, and Macron left."
    )
    analysis = analyze_article(_article(body), settings)
    by_name = {actor.name: actor for actor in analysis.actors}
    assert "Emmanuel Macron" in by_name
    macron = by_name["Emmanuel Macron"]
    assert [mention.text for mention in macron.mentions] == ["Emmanuel Macron", "Macron", "Macron"]
    assert macron.key == "person:emmanuel-macron"
    assert "Macron" not in by_name


def test_actors_mentions_drop_possessives_and_slice_the_body(settings: Settings) -> None:
    body = "Angela Merkel spoke in Berlin.\n\nMerkel's spokesman later confirmed the talks."
    analysis = analyze_article(_article(body), settings)
    for actor in analysis.actors:
        for mention in actor.mentions:
            assert body[mention.start:mention.end] == mention.text
            assert not mention.text.endswith("'s")
