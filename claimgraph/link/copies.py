"""Near-duplicate articles: copies and light rewrites of one story (syndication, updates), found with MinHash.

Exact copies already share an article id (the hash of the normalised body) and differ only in their sightings;
this finds the rewrites: bodies whose word 5-gram sets overlap by at least ``COPY_THRESHOLD`` (Jaccard, estimated
by datasketch's MinHash LSH, so the cost grows with the number of articles, not its square).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

from claimgraph.link.groups import Groups

COPY_THRESHOLD = 0.4
SHINGLE_WORDS = 5
PERMUTATIONS = 64
_WORD = re.compile(r"\w+")


def _minhash(body: str) -> MinHash:
    words = _WORD.findall(body.lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    signature = MinHash(num_perm=PERMUTATIONS, seed=1)
    signature.update_batch(shingle.encode("utf-8") for shingle in shingles)
    return signature


def find_copies(articles: Iterable[tuple[str, str]]) -> list[tuple[str, str, float]]:
    """Pairs of article ids whose bodies are near-duplicates, with their estimated similarity."""
    index = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=PERMUTATIONS)
    signatures: dict[str, MinHash] = {}
    pairs: list[tuple[str, str, float]] = []
    for article_id, body in articles:
        signature = _minhash(body)
        for other in index.query(signature):
            similarity = signature.jaccard(signatures[other])
            if similarity >= COPY_THRESHOLD:
                pairs.append((min(article_id, other), max(article_id, other), round(float(similarity), 3)))
        index.insert(article_id, signature)
        signatures[article_id] = signature
    return pairs


def copy_clusters(ids: Iterable[str], pairs: Iterable[tuple[str, str, float]]) -> dict[str, str]:
    """Each article's cluster: the smallest id among the articles it is a copy of (itself when none)."""
    groups = Groups(ids)
    for first, second, _ in pairs:
        groups.join(first, second)
    return {member: min(members) for members in groups.members().values() for member in members}
