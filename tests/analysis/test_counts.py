from __future__ import annotations

import pytest

from claimgraph.analysis.components.counts import extract_counts, parse_number
from claimgraph.analysis.nlp import load_nlp
from claimgraph.config import Settings
from claimgraph.records import Actor, Analysis, Article, Span

pytestmark = pytest.mark.slow


def _counts(text: str, actors: tuple[Actor, ...] = ()) -> list[tuple[str, int | float, str | None, str | None]]:
    settings = Settings()
    doc = load_nlp(settings.model, settings.max_chars)(text)
    analysis = extract_counts(doc, Analysis(article=Article(id="t", body=text), actors=actors))
    for count in analysis.counts:
        assert text[count.span.start:count.span.end] == count.span.text
    return [(c.span.text, c.value, c.qualifier, c.unit) for c in analysis.counts]


def test_counts_parse_number_words_and_digits() -> None:
    assert parse_number("1,000") == 1000
    assert parse_number("2.5 million") == 2_500_000
    assert parse_number("three hundred") == 300
    assert parse_number("twenty-five") == 25
    assert parse_number("a dozen") == 12
    assert parse_number("several people") is None


def test_counts_value_qualifier_and_unit() -> None:
    text = "The envoy said that over 300 Syrian militants had crossed and around 150 Turkish officers were there."
    assert _counts(text) == [
        ("over 300 Syrian militants", 300, "over", "militants"),
        ("around 150 Turkish officers", 150, "around", "officers"),
    ]


def test_counts_vague_quantities_and_number_words() -> None:
    text = "The shelling killed 12 civilians and dozens of soldiers, and two journalists were hurt."
    assert _counts(text) == [
        ("12 civilians", 12, None, "civilians"),
        ("dozens of soldiers", 24, "dozens", "soldiers"),
        ("two journalists", 2, None, "journalists"),
    ]


def test_counts_ignore_bare_pronoun_like_numbers_and_dates() -> None:
    assert _counts("One of them said the talks of 2016 failed on September 27.") == []


def test_counts_a_number_on_a_scale_is_a_measure_not_a_count() -> None:
    text = "A magnitude 6.4 earthquake struck the valley on Saturday, killing at least 40 people."
    assert _counts(text) == [("at least 40 people", 40, "at least", "people")]


def test_counts_link_the_counted_actor() -> None:
    text = "Officials said about 300 Syrian fighters had arrived."
    start = text.index("Syrian")
    fighters = Actor("a1", "actors/2", "group:syr-fighters", "Syrian fighters", "group",
                     (Span.of(text, start, start + len("Syrian fighters")),), country="SYR")
    settings = Settings()
    doc = load_nlp(settings.model, settings.max_chars)(text)
    analysis = extract_counts(doc, Analysis(article=Article(id="t", body=text), actors=(fighters,)))
    assert [(count.value, count.actor) for count in analysis.counts] == [(300, "a1")]
