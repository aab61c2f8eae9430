"""The event coder's tables: PLOVER types and modes, the PLOVER -> CAMEO table, QuadClass and scores, the GSR maps."""

from __future__ import annotations

import pytest

from claimgraph.knowledge.events import (
    EVENT_TYPES,
    EventTableError,
    actor_code,
    event_knowledge,
)
from claimgraph.knowledge.events import _condition as parse_condition

CONTRACT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_event_tables_know_the_16_plover_types_and_their_manual_modes() -> None:
    knowledge = event_knowledge()
    assert set(EVENT_TYPES) == CONTRACT_TYPES == set(knowledge.modes)
    assert {"firearms", "explosives", "heavy-weapons", "abduct"} <= set(knowledge.modes["ASSAULT"])
    assert {"assist", "change", "yield", "meet"} == set(knowledge.modes["REQUEST"])
    assert knowledge.modes["COERCE"]["martial-law"] == "plover"
    assert knowledge.modes["CONSULT"]["mediate"] == "extension"


@pytest.mark.parametrize(("event_type", "mode", "contexts", "code"), [
    ("ASSAULT", None, ["military"], "190"),  # conventional fighting: CAMEO 19
    ("ASSAULT", "firearms", [], "193"),
    ("ASSAULT", "beat", [], "182"),  # unconventional violence: CAMEO 18
    ("ASSAULT", "massacre", [], "202"),  # mass violence: CAMEO 20
    ("ACCUSE", "investigate", [], "090"),  # investigations: CAMEO 09
    ("ACCUSE", "disapprove", [], "111"),  # criticism: CAMEO 11
    ("ACCUSE", "allege", ["military"], "1123"),
    ("REQUEST", "assist", ["military"], "1032"),
    ("COERCE", "martial-law", [], "1724"),
    ("MOBILIZE", "troops", ["military"], "154"),
    ("AID", None, [], "070"),
    ("CONSULT", "mediate", ["diplomatic"], "045"),
])
def test_event_tables_cameo_code_follows_from_type_mode_and_context(
    event_type: str, mode: str | None, contexts: list[str], code: str,
) -> None:
    assert event_knowledge().cameo_code(event_type, mode, contexts) == code


@pytest.mark.parametrize(("event_type", "mode", "contexts", "code"), [
    ("AID", None, ["military"], "0332"),  # "poised to provide military aid": intent to provide military aid
    ("CONSULT", None, [], "036"),
    ("ASSAULT", None, ["military"], "138"),  # "will attack": a threat of force
    ("COERCE", "martial-law", [], "1324"),
    ("REQUEST", "assist", [], "103"),  # a future demand is still a demand
])
def test_event_tables_future_events_are_coded_as_intentions(
    event_type: str, mode: str | None, contexts: list[str], code: str,
) -> None:
    assert event_knowledge().cameo_code(event_type, mode, contexts, intent=True) == code


def test_event_tables_intentions_are_cooperation_03_or_threats_13() -> None:
    knowledge = event_knowledge()
    for row in knowledge.cameo_rows:
        if row.intent:
            assert row.code[:2] in {"03", "13"}, row


@pytest.mark.parametrize(("code", "quad_class"), [("036", 1), ("057", 1), ("0332", 1), ("064", 2), ("0841", 2),
                                                   ("090", 2), ("1032", 3), ("141", 3), ("154", 4), ("1724", 4),
                                                   ("190", 4), ("202", 4)])
def test_event_tables_quad_class_follows_from_the_cameo_root(code: str, quad_class: int) -> None:
    assert event_knowledge().quad_class(code) == quad_class


def test_event_tables_goldstein_scores_fall_back_to_the_parent_code() -> None:
    knowledge = event_knowledge()
    assert knowledge.goldstein("190") == -10.0
    assert knowledge.goldstein("1832") == knowledge.goldstein("183")  # not listed: its parent's score
    assert knowledge.goldstein("057") > knowledge.goldstein("040") > 0 > knowledge.goldstein("111")


def test_event_tables_every_type_defaults_to_a_code_of_its_own_cameo_root() -> None:
    knowledge = event_knowledge()
    for event_type in EVENT_TYPES:
        code = knowledge.cameo_code(event_type, None, [])
        # CAMEO's root 08 (yield) holds both PLOVER's CONCEDE and RETREAT.
        assert knowledge.root_type(code) == ("RETREAT" if event_type == "CONCEDE" else event_type)


def test_event_tables_every_trigger_codes_to_a_listed_cameo_code() -> None:
    knowledge = event_knowledge()
    for index in (knowledge.verbs, knowledge.nouns):
        for entries in index.values():
            for triggers in entries.values():
                for trigger in triggers:
                    if trigger.pos == "none":
                        continue
                    for intent in (False, True):
                        code = knowledge.cameo_code(trigger.type, trigger.mode, trigger.context, intent=intent)
                        assert code in knowledge.cameo_names, trigger


def test_event_tables_conditional_readings_are_tried_first() -> None:
    withdraw = event_knowledge().triggers("verb", "withdraw")["withdraw"]
    assert [trigger.type for trigger in withdraw] == ["SANCTION", "RETREAT"]


def test_event_tables_ending_and_wrapping_change_the_type() -> None:
    knowledge = event_knowledge()
    assert knowledge.ending("end", "COERCE", "curfew") == ("CONCEDE", "ease")
    assert knowledge.ending("end", "CONSULT", "negotiate") == ("SANCTION", "cancel")
    assert knowledge.ending("prevent", "PROTEST", "demo") == ("COERCE", "restrict")
    assert knowledge.ending("prevent", "ASSAULT", None) is None
    assert knowledge.wrapped_mode("REQUEST", "AID", "military") == ("REQUEST", "assist")
    assert knowledge.wrapped_mode("AGREE", "ASSAULT", None) == ("THREATEN", "violence")
    assert knowledge.wrapped_mode("THREATEN", "COERCE", "curfew") == ("THREATEN", "restrict")


def test_event_tables_old_gsr_draft_reads_as_current_plover() -> None:
    knowledge = event_knowledge()
    assert knowledge.gsr_event("FIGHT", "heavy-weapons") == ("ASSAULT", "heavy-weapons")
    assert knowledge.gsr_event("DEMAND", None) == ("REQUEST", None)
    assert knowledge.gsr_event("DISAPPROVE", None) == ("ACCUSE", "disapprove")
    assert knowledge.gsr_event("INVESTIGATE", None) == ("ACCUSE", "investigate")
    assert knowledge.gsr_event("PROTEST", "demo-org") == ("PROTEST", "demo")
    assert knowledge.gsr_event("AGREE", None) == ("AGREE", None)


def test_event_tables_gsr_actor_codes_read_as_contract_codes_and_sectors() -> None:
    knowledge = event_knowledge()
    assert knowledge.gsr_code("JAP") == "JPN" and knowledge.gsr_code("TUR") == "TUR"
    assert knowledge.gsr_code("IGO") == "IGO" and knowledge.gsr_code("IMG") is None
    assert knowledge.gsr_sector("CVLalb") == "CVL" and knowledge.gsr_sector("REBkur") == "REB"
    assert knowledge.gsr_sector("JRN") == "MED"  # journalists: the contract's MED is media
    assert knowledge.gsr_sector("MED") is None  # PLOVER's MED is health, which the contract has no sector for
    assert knowledge.gsr_sector("***") is None and knowledge.gsr_sector(None) is None


def test_event_tables_actor_code_is_the_country_else_igo_or_ngo() -> None:
    assert actor_code("TUR", "GOV") == "TUR"
    assert actor_code(None, "IGO") == "IGO" and actor_code(None, "NGO") == "NGO"
    assert actor_code(None, "REB") is None


def test_event_tables_a_malformed_condition_is_an_error_when_loading() -> None:
    with pytest.raises(EventTableError, match="condition"):
        parse_condition("object=troops", "send")
    assert parse_condition("obj=troops|forces", "send") == ("obj", frozenset({"troops", "forces"}))
