from __future__ import annotations

from claimgraph.link.copies import copy_clusters, find_copies

STORY = (
    "Envoys from Armenia and Azerbaijan met in Geneva on Monday for talks on a ceasefire, officials said, "
    "adding that the sides had agreed to exchange the bodies of soldiers killed in the fighting and to meet "
    "again next week under the auspices of the mediators from France, Russia and the United States."
)


def test_copies_find_a_light_rewrite_but_not_another_story() -> None:
    rewrite = STORY.replace("on Monday", "late on Monday").replace("officials said", "officials told reporters")
    other = "Heavy rain flooded the old town on Sunday and closed the main bridge for six hours, the mayor said."
    pairs = find_copies([("a", STORY), ("b", rewrite), ("c", other)])
    assert [(first, second) for first, second, _ in pairs] == [("a", "b")]
    assert copy_clusters(["a", "b", "c"], pairs) == {"a": "a", "b": "a", "c": "c"}
