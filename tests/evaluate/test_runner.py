from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.errors import ConfigError
from claimgraph.evaluate.runner import (
    Evaluation,
    check_floors,
    evaluate,
    in_split,
    read_floors,
    update_floors,
)
from claimgraph.evaluate.scoring import Interval


def _evaluation(score: float) -> Evaluation:
    interval = Interval("f1", score, score - 0.04, score + 0.04, 0.95, 1000)
    return Evaluation("entities", "meantime", "test", 10, "hash", {"overlap_f1": interval}, {}, {})


def test_runner_split_is_a_stable_partition() -> None:
    ids = [f"doc{i}" for i in range(200)]
    dev = {i for i in ids if in_split(i, "dev")}
    test = {i for i in ids if in_split(i, "test")}
    assert dev.isdisjoint(test) and dev | test == set(ids)
    assert 60 < len(dev) < 140


def test_runner_floors_refuse_to_go_down_without_a_reason(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    update_floors(_evaluation(0.70), ["overlap_f1"], allow_lower=False, reason=None, path=floors)
    with pytest.raises(ConfigError, match="--allow-lower"):
        update_floors(_evaluation(0.60), ["overlap_f1"], allow_lower=False, reason=None, path=floors)
    update_floors(_evaluation(0.60), ["overlap_f1"], allow_lower=True, reason="new model", path=floors)
    assert read_floors(floors)["evaluations"]["entities/meantime/test"]["reason"] == "new model"


def test_runner_floor_check_tolerates_noise_but_not_a_drop(tmp_path: Path) -> None:
    floors_path = tmp_path / "floors.json"
    update_floors(_evaluation(0.70), ["overlap_f1"], allow_lower=False, reason=None, path=floors_path)
    floors = read_floors(floors_path)
    assert all(check.passed for check in check_floors(_evaluation(0.68), floors))
    assert not any(check.passed for check in check_floors(_evaluation(0.60), floors))


def test_runner_unknown_component_and_missing_gold_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="available: entities"):
        evaluate("nonsense")
    with pytest.raises(ConfigError, match="gold data not found"):
        evaluate("entities", gold=tmp_path)


def test_runner_evaluates_with_the_model_the_environment_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_MODEL", "no_such_model_package")
    with pytest.raises(ConfigError, match="no_such_model_package"):
        evaluate("events", gold=Path(__file__).parent / "fixtures", split="all")
