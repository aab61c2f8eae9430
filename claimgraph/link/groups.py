"""Grouping by pairs: a union-find, the one way ``link`` turns "these two belong together" into groups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)


class Groups(Generic[Key]):
    """Disjoint groups of keys, joined pair by pair; each group is named by one of its members (its root)."""

    def __init__(self, keys: Iterable[Key]) -> None:
        self._parent: dict[Key, Key] = {key: key for key in keys}

    def root(self, key: Key) -> Key:
        parent = self._parent
        while parent[key] != key:
            parent[key] = parent[parent[key]]  # halve the path as we go, so later lookups are short
            key = parent[key]
        return key

    def join(self, first: Key, second: Key) -> None:
        """Put two keys, and the groups they are in, into one group."""
        first_root, second_root = self.root(first), self.root(second)
        if first_root != second_root:
            self._parent[second_root] = first_root

    def members(self) -> dict[Key, list[Key]]:
        """Every group, by root, with its members in the order the keys were given."""
        groups: dict[Key, list[Key]] = defaultdict(list)
        for key in self._parent:
            groups[self.root(key)].append(key)
        return dict(groups)
