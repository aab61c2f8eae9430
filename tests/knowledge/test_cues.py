"""The cue lexicon: one example per class, and every class the contract names is reachable."""

from __future__ import annotations

from claimgraph.knowledge.cues import cue_lexicon

CONTRACT_CLASSES = {"assert", "deny", "accuse", "concern", "promise", "praise", "request", "announce"}


def test_cues_classes_are_the_contracts() -> None:
    lexicon = cue_lexicon()
    classes = set(lexicon.verbs.values()) | set(lexicon.phrases.values()) | set(lexicon.nouns.values())
    assert classes == CONTRACT_CLASSES
    assert set(lexicon.adjectives.values()) <= CONTRACT_CLASSES
    assert set(lexicon.gestures.values()) <= CONTRACT_CLASSES


def test_cues_one_example_per_class() -> None:
    verbs = cue_lexicon().verbs
    examples = {"say": "assert", "deny": "deny", "accuse": "accuse", "warn": "concern", "pledge": "promise",
                "praise": "praise", "urge": "request", "announce": "announce"}
    assert {verb: verbs[verb] for verb in examples} == examples
    assert cue_lexicon().phrases["voice concern"] == "concern"
    assert cue_lexicon().phrases["go on to say"] == "assert"
    # As the annotation guide's table has it: a report states something, an announcement makes it official.
    assert (verbs["report"], verbs["confirm"]) == ("assert", "announce")
