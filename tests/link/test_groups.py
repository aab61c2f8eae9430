from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimgraph.link.groups import Groups


def test_groups_join_is_transitive_and_keeps_singletons() -> None:
    groups = Groups(["a", "b", "c", "d"])
    groups.join("a", "b")
    groups.join("c", "b")
    members = sorted(sorted(group) for group in groups.members().values())
    assert members == [["a", "b", "c"], ["d"]]


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=40))
def test_groups_every_key_lands_in_exactly_one_group(pairs: list[tuple[int, int]]) -> None:
    groups = Groups(range(21))
    for first, second in pairs:
        groups.join(first, second)
    members = [key for group in groups.members().values() for key in group]
    assert sorted(members) == list(range(21))
    for first, second in pairs:
        assert groups.root(first) == groups.root(second)
