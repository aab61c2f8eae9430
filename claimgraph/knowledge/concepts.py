"""Concepts for matching claims across articles (``claimgraph/knowledge/concepts.json``), loaded once."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from claimgraph.knowledge import read_table


@dataclass(frozen=True, slots=True)
class Concepts:
    predicates: dict[str, str]
    related_predicates: dict[str, frozenset[str]]
    nouns: dict[str, str]
    foreign: frozenset[str]
    light_predicates: frozenset[str]
    pronouns: frozenset[str]

    def predicate(self, lemma: str) -> str:
        """The concept of a verb or its nominalisation, else the lemma itself."""
        return self.predicates.get(lemma, lemma)

    def noun(self, lemma: str) -> str:
        return self.nouns.get(lemma, lemma)

    def related(self, first: str, second: str) -> bool:
        return second in self.related_predicates.get(first, frozenset())


@functools.lru_cache(maxsize=1)
def concepts() -> Concepts:
    data: dict[str, Any] = read_table("concepts.json")
    return Concepts(
        data["predicates"], {key: frozenset(value) for key, value in data["related_predicates"].items()},
        data["nouns"], frozenset(data["foreign"]), frozenset(data["light_predicates"]), frozenset(data["pronouns"]),
    )
