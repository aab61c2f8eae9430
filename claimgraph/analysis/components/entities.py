"""Raw named-entity mentions, as spaCy's NER finds them."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from claimgraph.analysis.pipeline import Component
from claimgraph.records import Analysis, Entity, Span

NAME = "entities"
VERSION = 1


def extract_entities(doc: Doc, analysis: Analysis) -> Analysis:
    body = analysis.article.body
    entities = tuple(
        Entity(f"e{number}", f"{NAME}/{VERSION}", Span.of(body, ent.start_char, ent.end_char), ent.label_)
        for number, ent in enumerate(doc.ents, start=1)
        # A mention that is only whitespace or punctuation (NER noise at line breaks) is no entity.
        if any(char.isalnum() for char in ent.text)
    )
    return dataclasses.replace(analysis, entities=entities)


ENTITIES = Component(NAME, VERSION, frozenset({"ner"}), frozenset({"entities"}), extract_entities)
