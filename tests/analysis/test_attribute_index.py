from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from claimgraph.analysis.attribute_index import IndexedAttributeRuler, index_attribute_ruler
from claimgraph.config import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "claimgraph" / "samples"
TOKEN_ANNOTATIONS = ("tag_", "pos_", "lemma_", "dep_")


def _sample_texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    assert len(texts) >= 5
    return texts


def _plain_model(settings: Settings) -> Language:
    package = importlib.import_module(settings.model)
    nlp: Language = package.load()
    return nlp


@pytest.mark.slow
def test_attribute_index_finds_the_matches_of_spacys_matcher(settings: Settings) -> None:
    # The ruler's 179 patterns set every part of speech, morphology and lemma exception: one match lost or added
    # would change the parse every component reads.
    nlp = _plain_model(settings)
    spacy_ruler = nlp.get_pipe("attribute_ruler")
    index_attribute_ruler(nlp)
    indexed = nlp.get_pipe("attribute_ruler")
    assert isinstance(indexed, IndexedAttributeRuler) and type(spacy_ruler) is AttributeRuler
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(nlp.pipe(_sample_texts()))
    for doc in docs:
        matches = indexed.match(doc)
        assert indexed.indexed
        assert matches == spacy_ruler.match(doc)
        assert len(matches) > len(doc) // 2  # nearly every token's tag is mapped to its part of speech


@pytest.mark.slow
def test_attribute_index_the_pipeline_annotates_as_the_plain_model_does(settings: Settings) -> None:
    from claimgraph.analysis.nlp import NAME_REPAIR_COMPONENT, PARAGRAPH_COMPONENT, load_nlp

    nlp = load_nlp(settings.model, settings.max_chars)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    plain = _plain_model(settings)
    for text in _sample_texts():
        with nlp.select_pipes(disable=[PARAGRAPH_COMPONENT, NAME_REPAIR_COMPONENT]):  # our changes to the parse
            ours = nlp(text)
        theirs = plain(text)
        assert ruler.indexed
        assert [[getattr(token, name) for name in TOKEN_ANNOTATIONS] + [str(token.morph)] for token in ours] == \
            [[getattr(token, name) for name in TOKEN_ANNOTATIONS] + [str(token.morph)] for token in theirs]


@pytest.mark.slow
def test_attribute_index_a_pattern_it_cannot_read_keeps_spacys_matcher(settings: Settings) -> None:
    nlp = _plain_model(settings)
    index_attribute_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"LEMMA": "much"}, index=-1)
    doc = nlp("It was very very cold.")
    assert not ruler.indexed
    assert doc[4].lemma_ == "much"  # the operator pattern matched through spaCy's Matcher
    assert doc[0].pos_ == "PRON"  # and the model's own rules still apply
