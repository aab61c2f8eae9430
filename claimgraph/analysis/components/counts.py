"""Counts: how many of something (``over 300 Syrian militants``, ``dozens of soldiers``, ``killed 12 civilians``).

spaCy's CARDINAL entities find the number with its qualifier ("over 300", "More than 1,000", "at least three
hundred"); the dependency parse gives the counted noun. Number words and qualifiers are data
(``claimgraph/knowledge/counts.json``). Numbers inside dates, times, money and percentages are not counts.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimgraph.analysis.pipeline import Component
from claimgraph.knowledge import read_table
from claimgraph.records import Actor, Analysis, Count, Span

NAME = "counts"
VERSION = 1

# Dependencies by which a number or a vague quantity stands for the things counted themselves ("killed 12").
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True, slots=True)
class CountWords:
    qualifiers: dict[str, str]
    vague: dict[str, int]
    units: dict[str, int]
    multipliers: dict[str, int]
    scales: frozenset[str]


@functools.lru_cache(maxsize=1)
def count_words() -> CountWords:
    data: dict[str, Any] = read_table("counts.json")
    return CountWords(data["qualifiers"], data["vague"], data["units"], data["multipliers"], frozenset(data["scales"]))


def parse_number(text: str) -> float | int | None:
    """``1,000`` → 1000, ``2.5 million`` → 2500000, ``three hundred`` → 300, ``twenty-five`` → 25; else None."""
    words = count_words()
    total, current, seen = 0.0, 0.0, False
    for word in text.lower().replace("-", " ").split():
        if _DIGITS.match(word):
            current += float(word.replace(",", ""))
        elif word in words.units:
            current += words.units[word]
        elif word in words.multipliers:
            current = (current or 1) * words.multipliers[word]
            if words.multipliers[word] >= 1000:
                total, current = total + current, 0.0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    return int(value) if value.is_integer() else value


def _split_qualifier(text: str) -> tuple[str | None, str]:
    """The normal form of a leading qualifier and the rest of the text."""
    lowered = text.lower()
    for phrase in sorted(count_words().qualifiers, key=len, reverse=True):
        if lowered.startswith(phrase + " "):
            return count_words().qualifiers[phrase], text[len(phrase) + 1:]
    return None, text


def _counted_noun(number: Token) -> Token | None:
    """The noun a number counts: the head it modifies (``300 militants``), or the object of ``of`` after a vague
    quantity (``dozens of soldiers``)."""
    if number.dep_ in {"nummod", "quantmod", "compound"} and number.head.pos_ in {"NOUN", "PROPN"}:
        return number.head
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects and objects[0].pos_ in {"NOUN", "PROPN"}:
                return objects[0]
    return None


def _count_of(entity: SpacySpan, body: str) -> tuple[Span, int | float, str | None, Token | None] | None:
    qualifier, rest = _split_qualifier(entity.text)
    words = count_words()
    value: int | float | None
    vague = rest.lower().removesuffix(" of")
    if vague in words.vague:
        value, qualifier = words.vague[vague], vague
    else:
        value = parse_number(rest)
    if value is None:
        return None
    number = entity[-1]
    if entity.start > 0 and entity.doc[entity.start - 1].lower_ in words.scales:
        return None  # a measure, not a count: "a magnitude 6.4 earthquake", "a Category 4 hurricane"
    noun = _counted_noun(number)
    if noun is None and (
        number.dep_ not in _ARGUMENT_DEPS or value < 2 or any(child.lower_ == "of" for child in number.children)
    ):
        return None  # a bare number with no counted thing ("one of them said") counts nothing
    # The qualifier belongs to the count's text ("over 300 Syrian militants"), as spaCy's entity has it.
    end = noun.idx + len(noun.text) if noun is not None and noun.i > number.i else entity.end_char
    return Span.of(body, entity.start_char, end), value, qualifier, noun


def _actor_at(actors: tuple[Actor, ...], noun: Token | None) -> str | None:
    if noun is None:
        return None
    start, end = noun.idx, noun.idx + len(noun.text)
    for actor in actors:
        if any(mention.start < end and start < mention.end for mention in actor.mentions):
            return actor.id
    return None


def extract_counts(doc: Doc, analysis: Analysis) -> Analysis:
    body = analysis.article.body
    counts: list[Count] = []
    for entity in doc.ents:
        if entity.label_ != "CARDINAL":
            continue
        found = _count_of(entity, body)
        if found is None:
            continue
        span, value, qualifier, noun = found
        counts.append(Count(
            id=f"c{len(counts) + 1}", extractor=f"{NAME}/{VERSION}", span=span, value=value, qualifier=qualifier,
            unit=noun.text if noun is not None else None, actor=_actor_at(analysis.actors, noun),
        ))
    return dataclasses.replace(analysis, counts=tuple(counts))


COUNTS = Component(NAME, VERSION, frozenset({"tokens", "ner", "actors"}), frozenset({"counts"}), extract_counts)
