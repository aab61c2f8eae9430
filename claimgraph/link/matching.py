"""Which claims are about the same matter, and whether they support or contradict each other.

Claims are compared on their matter (``claimgraph/knowledge/concepts.json``): the action's concept, the subject's
concept and nationality, the countries or actors concerned, and the content words. Comparison runs within
blocks (claims sharing an action family and a subject concept or a country concerned, in the same or adjacent
month), and inside a large block only between a claim and its nearest neighbours in time, so the number of pairs
grows linearly with the number of claims.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claimgraph.knowledge.concepts import concepts
from claimgraph.link.groups import Groups
from claimgraph.link.records import ClaimRow, PairLabel

# Score at which two claims are about the same matter, and at which they are only related. Set on the dev split
# of the claim-pair gold set (claimgraph/evaluate/gold/claims): 0.2/0.05 scored best there (macro-F1 0.45 against
# 0.40 for these), but the gold pairs are mostly related by selection, and a real corpus is mostly unrelated
# pairs, so the thresholds stay one step higher.
SAME_MATTER = 0.3
RELATED = 0.1
# A claim is compared with at most this many neighbours (by date) in each of its blocks.
NEIGHBOURS = 20
# How much each signal counts in ``similarity``; set with the thresholds on the dev split of the claim-pair gold
# set (claimgraph/evaluate/gold/claims), see docs/claims.md.
WEIGHTS = {"words": 0.4, "entities": 0.25, "action": 0.2, "subject": 0.15}
# Score at which a pair joins its claims into one proposition (see ``_binds``).
JOIN = 0.5
# Links stored per claim (three times as many contradictions); propositions are built from all pairs regardless.
MAX_LINKS_PER_CLAIM = 10
# Counts that differ by more than this factor are incompatible ("300" against "1,000").
COUNT_RATIO = 1.5
_NON_COMMITTAL = frozenset({"concern", "question"})


def action_family(predicate: str) -> str:
    """Actions that bear on each other share a block: being moved to a war zone and fighting there."""
    related = concepts().related_predicates.get(predicate, frozenset())
    return min({predicate, *related})


def _month(day: dt.date | None) -> int | None:
    return day.year * 12 + day.month if day else None


def block_keys(claim: ClaimRow) -> set[tuple[str, ...]]:
    """The blocks a claim is compared in: its action family with its subject concept, or with a country or actor
    it concerns, in its month. A claim is also filed under the next month, so that claims a few days apart across
    a month's end still meet."""
    family = action_family(claim.predicate)
    month = _month(claim.day)
    months = [str(month), str(month + 1)] if month is not None else ["?"]
    keys: set[tuple[str, ...]] = set()
    for key_month in months:
        if claim.subject:
            keys.add(("subject", family, claim.subject, key_month))
        for target in claim.targets:
            keys.add(("target", family, target, key_month))
    return keys


def candidate_pairs(claims: Sequence[ClaimRow]) -> Iterator[tuple[ClaimRow, ClaimRow]]:
    """Pairs of claims worth comparing: in a shared block, among each other's nearest neighbours in time.

    At most ``NEIGHBOURS`` pairs per claim and block, so at most ``NEIGHBOURS * len(block_keys)`` per claim. A pair
    met in two blocks is yielded twice; remembering every pair to avoid that would cost more memory than the
    repeated comparison costs time, so ``link_pairs`` keeps each labelled pair once instead.
    """
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        for key in block_keys(claim):
            blocks[key].append(index)
    for members in blocks.values():
        if len(members) < 2:
            continue
        ordered = sorted(members, key=lambda i: (claims[i].day or dt.date.min, i))
        for position, first in enumerate(ordered):
            for second in ordered[position + 1:position + 1 + NEIGHBOURS]:
                yield claims[first], claims[second]


def _nationalities_compatible(first: frozenset[str], second: frozenset[str]) -> bool:
    if not first or not second:
        return False
    return bool(first & second) or "FOREIGN" in first or "FOREIGN" in second


def similarity(first: ClaimRow, second: ClaimRow) -> tuple[float, list[str]]:
    """How likely two claims are about the same matter (0 to 1), with the reasons that add up to it.

    Four signals, weighted: the words they share (as a share of the shorter claim's words, so a headline meets
    the sentence it sums up), the countries and actors both concern, the action (the same, or related ones;
    light verbs such as be or say carry no matter), and the subject's concept (not a pronoun's).
    """
    known = concepts()
    reasons: list[str] = []
    # The action is scored on its own below; counting its word here too would join "I like X" and "I like Y".
    actions = {first.predicate, second.predicate}
    words = _overlap(first.keywords - actions, second.keywords - actions)
    if words >= 0.3:
        reasons.append(f"{words:.0%} of words shared")
    # "FOREIGN" marks a subject's origin as unknown-but-other; it names no country two claims could share.
    first_entities = (first.targets | first.nationalities) - {"FOREIGN"}
    second_entities = (second.targets | second.nationalities) - {"FOREIGN"}
    entities = _overlap(first_entities, second_entities)
    shared = sorted(first_entities & second_entities)
    if shared:
        reasons.append("about " + ", ".join(shared))
    action = 0.0
    if first.predicate not in known.light_predicates and second.predicate not in known.light_predicates:
        if first.predicate == second.predicate:
            action = 1.0
            reasons.append(f"same action ({first.predicate})")
        elif known.related(first.predicate, second.predicate):
            action = 0.6
            reasons.append(f"related actions ({first.predicate}, {second.predicate})")
    subject = 0.0
    if first.subject and first.subject == second.subject and first.subject not in known.pronouns:
        subject = 1.0
        reasons.append(f"same subject ({first.subject})")
    score = WEIGHTS["words"] * words + WEIGHTS["entities"] * entities + WEIGHTS["action"] * action + WEIGHTS[
        "subject"] * subject
    return min(score, 1.0), reasons


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """Shared items as a share of the smaller set (0 when either is empty)."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def _counts_conflict(first: ClaimRow, second: ClaimRow) -> str | None:
    """Counts of the same thing that cannot both hold, allowing for their qualifiers (``over 300`` and ``1,000``
    can; ``300`` and ``1,000`` cannot)."""
    if first.count_value is None or second.count_value is None or not first.count_value or not second.count_value:
        return None
    if first.count_unit and second.count_unit and concepts().noun(first.count_unit) != concepts().noun(
        second.count_unit
    ):
        return None
    low, high = sorted([first, second], key=lambda claim: claim.count_value or 0)
    assert low.count_value is not None and high.count_value is not None
    if high.count_value / low.count_value <= COUNT_RATIO:
        return None
    if low.count_qualifier in {"over", "at least"} or high.count_qualifier in {"up to", "under", "nearly"}:
        return None
    return f"incompatible counts ({low.count_value:g} against {high.count_value:g})"


def label_pair(first: ClaimRow, second: ClaimRow) -> PairLabel | None:
    """The stance between two claims, or None when they are not about one matter."""
    score, reasons = similarity(first, second)
    if score < RELATED:
        return None
    because = "; ".join(reasons) or "shared words"
    if score < SAME_MATTER:
        return PairLabel(first, second, "related", f"partly the same matter: {because}", round(score, 3))
    if first.modality in _NON_COMMITTAL or second.modality in _NON_COMMITTAL:
        return PairLabel(first, second, "related",
                         f"concern or a question about a matter is not a stance on it: {because}", round(score, 3))
    if first.polarity != second.polarity:
        affirms, denies = (first, second) if first.polarity == "affirm" else (second, first)
        return PairLabel(first, second, "contradicts",
                         f"{affirms.claimant_name or 'one source'} affirms, {denies.claimant_name or 'another'} "
                         f"denies: {because}", round(score, 3))
    conflict = _counts_conflict(first, second)
    if conflict is not None:
        return PairLabel(first, second, "contradicts", f"{conflict}: {because}", round(score * 0.9, 3))
    return PairLabel(first, second, "supports", f"same stance: {because}", round(score, 3))


@dataclass
class Linking:
    """What comparing the claims found: the links kept, the propositions (claims joined by a same-matter pair),
    and how many pairs were compared."""

    links: list[PairLabel]
    propositions: list[list[ClaimRow]]
    compared: int


def _binds(pair: PairLabel) -> bool:
    """A pair surely about one matter joins its claims into one proposition (a concern about it included).

    Joining is transitive, so it asks for more than a label does: at the labelling threshold, chains of
    loosely similar claims would merge a whole corpus's claims about one country into one proposition.
    """
    return pair.confidence >= JOIN


def link_pairs(claims: Sequence[ClaimRow]) -> Linking:
    """Compare candidate pairs, join same-matter claims into propositions as pairs are found, and keep at most
    ``MAX_LINKS_PER_CLAIM`` links of each claim (contradictions first kept, since they are what analysts look for).

    Memory stays proportional to the number of claims: a story repeated by thousands of outlets makes millions of
    "supports" pairs, which join one proposition without each being stored.
    """
    groups = Groups(claim.key for claim in claims)
    kept: dict[tuple[tuple[str, str], tuple[str, str]], PairLabel] = {}
    links_of: dict[tuple[str, str], int] = defaultdict(int)
    compared = 0
    for first, second in candidate_pairs(claims):
        compared += 1
        key = (first.key, second.key) if first.key < second.key else (second.key, first.key)
        if key in kept:
            continue
        pair = label_pair(first, second)
        if pair is None:
            continue
        if _binds(pair):
            groups.join(first.key, second.key)
        limit = MAX_LINKS_PER_CLAIM * (3 if pair.label == "contradicts" else 1)
        if links_of[first.key] < limit and links_of[second.key] < limit:
            kept[key] = pair
            links_of[first.key] += 1
            links_of[second.key] += 1
    by_key = {claim.key: claim for claim in claims}
    propositions = [[by_key[key] for key in members] for members in groups.members().values() if len(members) > 1]
    return Linking(list(kept.values()), propositions, compared)
