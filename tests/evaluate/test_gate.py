"""The quality gate: every committed floor holds on the gold data it was measured on.

Runs where ``../shared/data`` exists (CI) and skips, saying so, where it does not. A score may move within the
bootstrap noise of its floor; a drop below the floor's lower bound fails. Lowering a floor takes
``claimgraph evaluate ... --update-floors --allow-lower --reason TEXT`` and the reason in the commit message.
"""

from __future__ import annotations

import pytest

from claimgraph.evaluate.runner import check_floors, evaluate, read_floors, shared_data_root

FLOORS = read_floors()["evaluations"]

pytestmark = pytest.mark.gate


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_gate_scores_stay_above_their_floors(key: str) -> None:
    component, dataset, split = key.split("/")
    if not shared_data_root().exists():
        pytest.skip(f"quality gate skipped: no gold data at {shared_data_root()} (../shared/data is absent)")
    evaluation = evaluate(component, dataset=dataset, split=split)  # type: ignore[arg-type]
    assert evaluation.gold_hash == FLOORS[key]["gold_hash"], (
        f"the gold data of {key} changed since its floors were set; re-measure with --update-floors"
    )
    failed = [check for check in check_floors(evaluation, read_floors()) if not check.passed]
    assert not failed, "; ".join(
        f"{c.metric} {c.score:.3f} fell below floor {c.floor:.3f} (noise bound {c.tolerance_low:.3f})" for c in failed
    )


def test_gate_has_floors_for_every_evaluation() -> None:
    from claimgraph.evaluate.runner import EVALUATIONS

    gated = {key.split("/")[0] for key in FLOORS}
    assert gated == set(EVALUATIONS)
