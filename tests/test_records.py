"""Invariants of the records: every span slices the body to its text, whatever the article."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.analysis import analyze_article
from claimgraph.config import Settings
from claimgraph.ingest.article import build_article
from claimgraph.ingest.sources import RawInput
from claimgraph.records import Span

WORDS = st.sampled_from([
    "Emmanuel Macron", "Macron", "said", "on Friday", "that", "300", "fighters", "Ankara", "Baku’s", "the",
    "Russian Foreign Ministry", "BAKU, October 3. /TASS/.", "\n\n", "\n", "  ", "“not true,”", "Çavuşoğlu", ".",
    "All news", "(Reuters) -", "Nagorno-Karabakh", "\r\n", "\t",
])


def test_span_of_refuses_offsets_outside_the_body() -> None:
    with pytest.raises(ValueError):
        Span.of("short", 2, 9)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=60).map(" ".join))
def test_records_every_span_slices_the_body(text: str) -> None:
    run_settings = Settings(workers=1, language="en")
    try:
        article = build_article(RawInput("<test>", text=text), run_settings)
    except claimgraph_input_error():
        return
    analysis = analyze_article(article, run_settings)
    body = analysis.article.body
    for span in analysis.spans():
        assert body[span.start:span.end] == span.text
    data = analysis.to_dict()
    for entity in data["entities"]:
        assert body[entity["start"]:entity["end"]] == entity["text"]
    assert pickle.loads(pickle.dumps(analysis)) == analysis


def claimgraph_input_error() -> type[Exception]:
    from claimgraph.errors import InputError

    return InputError
