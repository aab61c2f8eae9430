"""Concepts for matching claims across articles (``claimgraph/knowledge/concepts.json``), loaded once."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any


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
    data: dict[str, Any] = json.loads(
        resources.files("claimgraph.knowledge").joinpath("concepts.json").read_text(encoding="utf-8")
    )
    return Concepts(
        data["predicates"], {key: frozenset(value) for key, value in data["related_predicates"].items()},
        data["nouns"], frozenset(data["foreign"]), frozenset(data["light_predicates"]), frozenset(data["pronouns"]),
    )
