"""``claimgraph evaluate events`` on a tiny GSR-shaped fixture written for the tests (see fixtures/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.config import Settings
from claimgraph.errors import ConfigError
from claimgraph.evaluate.events import GSR_FILE, GsrFormatError, evaluate_events, gsr_type, read_gsr
from claimgraph.knowledge.events import event_knowledge
from claimgraph.records import Event, Span

FIXTURES = Path(__file__).parent / "fixtures"


def test_events_eval_reads_the_old_draft_as_current_plover() -> None:
    gold = {item.id: item for item in read_gsr(FIXTURES / "plover_gsr" / GSR_FILE)}
    assert len(gold) == 4  # the DOCUMENT record is left out
    fight = gold["TEST-GSR-FIGHT-0001"]
    assert (fight.type, fight.mode, fight.sources, fight.targets) == ("ASSAULT", "heavy-weapons", {"AZE"}, {"ARM"})
    assert dict(fight.sectors) == {"AZE": "MIL", "ARM": "MIL"}
    assert gold["TEST-GSR-DEMAND-0001"].type == "REQUEST"
    protest = gold["TEST-GSR-PROTEST-0001"]
    assert (protest.mode, protest.sources, protest.targets) == ("demo", frozenset(), frozenset())


def test_events_eval_reads_intentions_as_the_gsr_codes_them() -> None:
    body = "Ankara is poised to provide support to Baku."
    event = Event(
        id="e1", extractor="events/1", type="AID", mode=None, context=(), cameo_code="033", cameo_root="03",
        quad_class=1, goldstein=5.2, source=("a1",), target=("a2",), place=None, time=None, time_source="reference",
        size=None, dead=None, injured=None, modality="future", reported_by=None, trigger=Span.of(body, 28, 35),
        evidence=Span.of(body, 0, len(body)),
    )
    knowledge = event_knowledge()
    assert gsr_type(event, knowledge) == "AGREE"
    assert gsr_type(Event(**{**_fields(event), "modality": "asserted", "cameo_code": "070"}), knowledge) == "AID"
    assert gsr_type(Event(**{**_fields(event), "type": "AGREE", "modality": "negated"}), knowledge) == "REJECT"


def _fields(event: Event) -> dict[str, object]:
    return {name: getattr(event, name) for name in event.__dataclass_fields__}


def test_events_eval_without_the_gold_file_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="gold data not found"):
        evaluate_events(tmp_path, "test", Settings(workers=1, language="en"))


def test_events_eval_rejects_a_file_that_is_not_records(tmp_path: Path) -> None:
    (tmp_path / GSR_FILE).write_text('{"not": "a list"}', encoding="utf-8")
    with pytest.raises(GsrFormatError, match="JSON array"):
        read_gsr(tmp_path / GSR_FILE)


@pytest.mark.slow
def test_events_eval_scores_type_actors_and_whole_sentences() -> None:
    evaluation = evaluate_events(FIXTURES, "all", Settings(workers=1, language="en"))
    assert evaluation.key == "events/plover_gsr/all" and evaluation.documents == 4
    assert set(evaluation.metrics) == {"event_type_accuracy", "source_f1", "target_f1", "all_correct"}
    # The shelling, the demand and the promise of support are coded right; the protest has no actor to find.
    assert evaluation.metrics["event_type_accuracy"].estimate == pytest.approx(0.75)
    assert evaluation.metrics["source_f1"].estimate == 1.0
    assert evaluation.metrics["all_correct"].estimate == pytest.approx(0.75)
    assert "events" in evaluation.details["timing_ms_per_sentence"]
