"""Actors from named entities: one actor per participant, its name mentions merged.

This first version merges what the names themselves tell: the same name written again, a possessive
(``Rzayev's``), a leading article (``the Kremlin``), diacritics (``Çavuşoğlu`` / ``Cavusoglu``) and a surname
standing for a full name met elsewhere in the article. Roles, countries, pronouns and descriptions come with the
actor resolver of a later version.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter

from spacy.tokens import Doc

from claimgraph.analysis.pipeline import Component
from claimgraph.records import Actor, Analysis, Entity, Span

NAME = "actors"
VERSION = 1

# spaCy NER labels that name participants, and the contract kind each becomes.
KIND_BY_LABEL = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "country"}
# Which kind wins when a name's mentions are split evenly between kinds.
KIND_PRIORITY = ("country", "organization", "person", "group")

_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def name_key(name: str) -> str:
    """A slug that is the same however the name is accented or cased: ``Çavuşoğlu`` → ``cavusoglu``."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    ascii_only = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-")


def _name_span(body: str, entity: Entity) -> Span:
    """The mention without a leading article or a trailing possessive, still a slice of the body."""
    start, end = entity.span.start, entity.span.end
    article = _LEADING_ARTICLE.match(entity.span.text)
    if article:
        start += article.end()
    possessive = _POSSESSIVE.search(body[start:end])
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    return Span.of(body, start, end)


def resolve_actors(doc: Doc, analysis: Analysis) -> Analysis:
    body = analysis.article.body
    spans_by_slug: dict[str, list[Span]] = {}
    kinds_by_slug: dict[str, Counter[str]] = {}
    for entity in analysis.entities:
        kind = KIND_BY_LABEL.get(entity.label)
        if kind is None:
            continue
        span = _name_span(body, entity)
        slug = name_key(span.text)
        if slug:
            spans_by_slug.setdefault(slug, []).append(span)
            kinds_by_slug.setdefault(slug, Counter())[kind] += 1
    # The NER model labels one name differently from sentence to sentence (Azerbaijan as GPE, then ORG, then
    # PERSON): one name is one actor, of the kind most of its mentions were given.
    groups: dict[tuple[str, str], list[Span]] = {}
    names: dict[tuple[str, str], str] = {}
    for slug, spans in spans_by_slug.items():
        kind = max(kinds_by_slug[slug].items(), key=lambda item: (item[1], -KIND_PRIORITY.index(item[0])))[0]
        groups[(kind, slug)] = spans
        # The longest written form names the actor (``Emmanuel Macron`` over ``Macron``).
        names[(kind, slug)] = " ".join(max((span.text for span in spans), key=len).split())

    _merge_surnames(groups, names)
    actors = tuple(
        Actor(
            id=f"a{number}",
            extractor=f"{NAME}/{VERSION}",
            key=f"{kind}:{slug}",
            name=names[(kind, slug)],
            kind=kind,
            mentions=tuple(sorted(spans, key=lambda span: span.start)),
        )
        for number, ((kind, slug), spans) in enumerate(
            sorted(groups.items(), key=lambda item: min(span.start for span in item[1])), start=1
        )
    )
    return dataclasses.replace(analysis, actors=actors)


def _merge_surnames(groups: dict[tuple[str, str], list[Span]], names: dict[tuple[str, str], str]) -> None:
    """Fold a one-word person (``Rzayev``) into the only full name that ends with it (``Fariz Rzayev``).

    With two full names ending the same way (two Aliyevs) the surname is ambiguous and stays on its own.
    """
    people = [group for group in groups if group[0] == "person"]
    for group in people:
        slug = group[1]
        if "-" in slug:
            continue
        owners = [other for other in people if other != group and other[1].endswith(f"-{slug}")]
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(group))
            names.pop(group)


ACTORS = Component(NAME, VERSION, frozenset({"entities"}), frozenset({"actors"}), resolve_actors)
