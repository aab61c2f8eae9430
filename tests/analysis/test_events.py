"""Events as an analyst reads them: who did what to whom, where, when, and whether it happened at all.

Texts are the tests' own, written in the style of wire copy about the 2020 Nagorno-Karabakh war.
"""

from __future__ import annotations

import pytest

from claimgraph.analysis import analyze_article
from claimgraph.config import Settings
from claimgraph.knowledge.events import EVENT_TYPES, event_knowledge
from claimgraph.records import Analysis, Article, Event

pytestmark = pytest.mark.slow


def _analyse(body: str, published: str = "2020-10-03") -> Analysis:
    analysis = analyze_article(Article(id="t", body=body, language="en", published=published), Settings(workers=1))
    ids = {record.id for records in (analysis.actors, analysis.places, analysis.times, analysis.counts)
           for record in records}
    for event in analysis.events:
        for span in (event.trigger, event.evidence):
            assert body[span.start:span.end] == span.text
        referenced = [*event.source, *event.target, event.place, event.time, event.size, event.dead,
                      event.injured, event.reported_by]
        assert all(reference in ids for reference in referenced if reference is not None)
    return analysis


def _keys(analysis: Analysis, ids: tuple[str, ...]) -> set[str]:
    return {actor.key for actor in analysis.actors if actor.id in ids}


def _event(analysis: Analysis, event_type: str) -> Event:
    found = [event for event in analysis.events if event.type == event_type]
    assert found, f"no {event_type} event in {[(e.type, e.trigger.text) for e in analysis.events]}"
    return found[0]


def _name(analysis: Analysis, actor_id: str | None) -> str | None:
    return next((actor.name for actor in analysis.actors if actor.id == actor_id), None)


def test_events_clashes_between_two_states_are_one_two_sided_assault_with_place_and_date() -> None:
    analysis = _analyse(
        "Heavy clashes between Azerbaijan and Armenia broke out on September 27, with fierce battles raging in "
        "the disputed region of Nagorno-Karabakh."
    )
    clash = _event(analysis, "ASSAULT")
    assert _keys(analysis, clash.source) == {"gov:AZE", "gov:ARM"} and clash.target == ()
    assert clash.modality == "asserted" and clash.reported_by is None
    assert (clash.cameo_code, clash.cameo_root, clash.quad_class) == ("190", "19", 4)
    time = next(time for time in analysis.times if time.id == clash.time)
    assert time.value == "2020-09-27" and clash.time_source == "text"
    place = next(place for place in analysis.places if place.id == clash.place)
    assert place.name == "Nagorno-Karabakh"


def test_events_martial_law_and_mobilisation_in_both_countries() -> None:
    analysis = _analyse("Armenia and Azerbaijan have declared martial law and announced a general mobilization.")
    martial_law = _event(analysis, "COERCE")
    mobilisation = _event(analysis, "MOBILIZE")
    assert (martial_law.mode, martial_law.cameo_code) == ("martial-law", "1724")
    assert mobilisation.cameo_root == "15"
    for event in (martial_law, mobilisation):
        assert _keys(analysis, event.source) == {"gov:ARM", "gov:AZE"}
        assert event.time is None and event.time_source == "reference"


def test_events_support_one_is_poised_to_give_is_future_not_a_fact() -> None:
    analysis = _analyse("Ankara is poised to provide military support to Baku, the Turkish foreign minister said.")
    support = _event(analysis, "AID")
    assert support.modality == "future" and not support.negated
    assert _keys(analysis, support.source) == {"gov:TUR"} and _keys(analysis, support.target) == {"gov:AZE"}
    # CAMEO codes a promise of aid as an intention (03), never as aid given (07).
    assert support.cameo_code == "0332" and support.quad_class == 1


def test_events_a_request_that_was_not_made_is_negated_and_reported_by_its_speaker() -> None:
    analysis = _analyse(
        "Turkish Foreign Minister Mevlut Cavusoglu said on Friday that Azerbaijan had not asked Turkey for "
        "military assistance."
    )
    request = _event(analysis, "REQUEST")
    assert request.modality == "negated" and request.negated
    assert (request.mode, request.cameo_code) == ("assist", "1032")
    assert _keys(analysis, request.source) == {"gov:AZE"} and _keys(analysis, request.target) == {"gov:TUR"}
    assert _name(analysis, request.reported_by) == "Mevlut Cavusoglu"


def test_events_fighting_a_speaker_asserts_is_reported_by_the_speaker_with_its_size() -> None:
    analysis = _analyse(
        "Armenian Prime Minister Nikol Pashinyan said that about 150 Turkish military officers are fighting for "
        "Azerbaijan in Nagorno-Karabakh."
    )
    fighting = _event(analysis, "ASSAULT")
    assert _name(analysis, fighting.reported_by) == "Nikol Pashinyan"
    assert _keys(analysis, fighting.source) == {"mil:TUR"}
    size = next(count for count in analysis.counts if count.id == fighting.size)
    assert size.value == 150


def test_events_the_outlets_own_report_has_no_reporter() -> None:
    analysis = _analyse("Azerbaijani forces shelled Armenian positions near the town of Martuni on Tuesday.")
    shelling = _event(analysis, "ASSAULT")
    assert shelling.reported_by is None and shelling.mode == "heavy-weapons" and shelling.cameo_code == "194"


def test_events_a_demand_wraps_what_it_demands() -> None:
    analysis = _analyse("Russia urged Azerbaijan and Armenia to agree to a ceasefire.")
    assert [event.type for event in analysis.events] == ["REQUEST"]
    request = analysis.events[0]
    assert request.mode == "meet" and _keys(analysis, request.source) == {"gov:RUS"}
    assert _keys(analysis, request.target) == {"gov:AZE", "gov:ARM"}


def test_events_lifting_a_curfew_is_a_concession() -> None:
    analysis = _analyse("The Armenian government lifted the curfew in Yerevan on Monday.")
    concession = _event(analysis, "CONCEDE")
    assert concession.mode == "ease" and _keys(analysis, concession.source) == {"gov:ARM"}


def test_events_a_threat_to_attack_is_a_threat() -> None:
    analysis = _analyse("Azerbaijan threatened to strike military targets inside Armenia.")
    threat = _event(analysis, "THREATEN")
    assert threat.mode == "violence" and threat.cameo_root == "13"


def test_events_cameo_code_quad_class_and_score_agree_with_the_tables() -> None:
    analysis = _analyse(
        "Heavy clashes between Azerbaijan and Armenia broke out on Sunday. Russia offered to mediate between the "
        "two sides, and France condemned the shelling of Stepanakert by Azerbaijan."
    )
    knowledge = event_knowledge()
    assert analysis.events
    for event in analysis.events:
        assert event.type in EVENT_TYPES and event.cameo_code is not None
        assert event.cameo_root == event.cameo_code[:2]
        assert event.quad_class == knowledge.quad_class(event.cameo_code)
        assert event.goldstein == knowledge.goldstein(event.cameo_code)
        assert event.extractor == "events/1" and event.evidence.start <= event.trigger.start


def test_events_a_sentence_with_no_named_actor_has_no_event() -> None:
    assert _analyse("Fighting continued overnight, and the shelling intensified.").events == ()
