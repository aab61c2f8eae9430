"""The cue lexicon (``cues.json``): the verbs, phrases and nouns that report speech, by class, and the words around
them that the quotes component reads (channels, venues, groups). Actors read it too, to tell a reporting verb."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from claimgraph.knowledge import read_table


@dataclass(frozen=True, slots=True)
class CueLexicon:
    verbs: dict[str, str]
    phrases: dict[str, str]
    nouns: dict[str, str]
    venues: frozenset[str]
    clause_only: frozenset[str]
    channels: frozenset[str]
    platforms: frozenset[str]
    document_verbs: dict[str, str]
    estimate_verbs: dict[str, str]
    as_verbs: dict[str, str]
    gesture_verbs: frozenset[str]
    gestures: dict[str, str]
    opinions: frozenset[str]
    by_sources: frozenset[str]
    groups: frozenset[str]
    relations: frozenset[str]
    own_voices: frozenset[str]
    adjectives: dict[str, str]
    # Every word run that a phrase starts with before one of its spaces ("call" of "call for", "go" and "go on" of
    # "go on to say"): a verb whose lemma is none of them starts no phrase, which spares the quotes component a
    # look at the dependents of every other word.
    phrase_heads: frozenset[str]


@functools.lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    data: dict[str, Any] = read_table("cues.json")
    return CueLexicon(data["verbs"], data["phrases"], data["nouns"], frozenset(data["venues"]),
                      frozenset(data["clause_only"]), frozenset(data["channels"]),
                      frozenset(data["platforms"]), data["document_verbs"], data["estimate_verbs"],
                      data["as_verbs"], frozenset(data["gesture_verbs"]), data["gestures"],
                      frozenset(data["opinions"]),
                      frozenset(data["by_sources"]), frozenset(data["groups"]), frozenset(data["relations"]),
                      frozenset(data["own_voices"]), data["adjectives"],
                      frozenset(phrase[:index] for phrase in data["phrases"]
                                for index, char in enumerate(phrase) if char == " "))
