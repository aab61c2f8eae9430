"""The actor resolver's tables: loaded and checked once, matched however the text writes a phrase."""

from __future__ import annotations

import re

import pytest

from claimgraph.knowledge.actors import KINDS, SECTORS, PhraseIndex, actor_knowledge, compact, head_word, slug

CONTRACT_KINDS = {"person", "government", "military", "organization", "group", "country", "outlet"}
CONTRACT_SECTORS = {"GOV", "MIL", "REB", "OPP", "CVL", "IGO", "NGO", "BUS", "MED", "JUD", "LEG", "COP", "REF", "EDU",
                    "REL", "SPY"}
KEY = re.compile(r"^(igo|ngo|outlet|reb|gov|mil|leg|spy|cop):[A-Za-z0-9-]+(:[a-z0-9-]+)?$")


def test_actor_tables_kinds_and_sectors_are_the_contracts() -> None:
    assert KINDS == CONTRACT_KINDS
    assert SECTORS == CONTRACT_SECTORS


@pytest.mark.parametrize(("text", "key"), [
    ("OSCE Minsk Group", "igo:osce-minsk-group"),
    ("the Minsk Group", "igo:osce-minsk-group"),
    ("United Nations Security Council", "igo:un-security-council"),
    ("Security Council", "igo:un-security-council"),
    ("NATO", "igo:nato"),
    ("Nato", "igo:nato"),
    ("European Union", "igo:eu"),
    ("Médecins Sans Frontières", "ngo:msf"),
    ("Medecins Sans Frontieres", "ngo:msf"),
    ("TASS", "outlet:tass"),
    ("the Kremlin", "gov:RUS"),
    ("Pentagon", "gov:USA:defence-ministry"),
])
def test_actor_tables_organisations_are_found_by_name_and_alias(text: str, key: str) -> None:
    organization = actor_knowledge().organizations.get(text)
    assert organization is not None and organization.key == key


def test_actor_tables_organisation_keys_are_stable_codes() -> None:
    organizations = actor_knowledge().organizations
    keys = {organizations.get(alias).key for alias in ("UN", "OSCE", "Reuters", "Hezbollah")}  # type: ignore[union-attr]
    assert all(KEY.match(key) for key in keys)


def test_actor_tables_acronyms_match_only_capitals_and_names_only_capitalised_text() -> None:
    organizations = actor_knowledge().organizations
    assert organizations.get("Who") is None and organizations.get("WHO") is not None
    assert organizations.get("congress") is None and organizations.get("Congress") is not None
    countries = actor_knowledge().country_phrases
    assert countries.get("us") is None and countries.get("US") is not None
    assert countries.get("turkey") is None


def test_actor_tables_phrases_match_however_the_tokenizer_split_them() -> None:
    index: PhraseIndex[str] = PhraseIndex()
    index.add("Secretary-General", "head")
    index.add("prosecutor's office", "body")
    assert index.match(["secretary", "-", "general", "guterres"], 0) == (3, "head")
    assert index.match(["the", "prosecutor", "'s", "office"], 1) == (4, "body")
    assert index.match(["prosecutor", "said"], 0) is None


def test_actor_tables_national_bodies_make_keys_with_the_country_code() -> None:
    bodies = actor_knowledge().bodies
    assert bodies.get("Foreign Ministry").key("RUS") == "gov:RUS:foreign-ministry"  # type: ignore[union-attr]
    assert bodies.get("Ministry of Foreign Affairs").key("AZE") == "gov:AZE:foreign-ministry"  # type: ignore[union-attr]
    armed_forces = bodies.get("armed forces")
    assert armed_forces is not None and (armed_forces.key("ARM"), armed_forces.kind, armed_forces.sector) == (
        "mil:ARM", "military", "MIL")
    militants = bodies.get("militants")
    assert militants is not None and (militants.key("SYR"), militants.kind, militants.sector) == (
        "reb:SYR", "group", "REB")
    # A government, its officials and "the Armenian side" are the state itself.
    assert {bodies.get(word).key("ARM") for word in ("government", "officials", "side")} == {  # type: ignore[union-attr]
        "gov:ARM"}


def test_actor_tables_titles_tell_sector_and_gender() -> None:
    knowledge = actor_knowledge()
    assert knowledge.role_heads.get("Prime Minister").sector == "GOV"  # type: ignore[union-attr]
    assert knowledge.role_heads.get("chief executive").sector == "BUS"  # type: ignore[union-attr]
    assert knowledge.role_heads.get("spokeswoman").gender == "f"  # type: ignore[union-attr]
    assert knowledge.honorifics[compact("Mr.")] == "m"
    assert knowledge.role_modifiers["police"] == "COP"
    assert all(knowledge.is_role_word(word) for word in ("deputy", "foreign", "minister", "prime", "counterpart"))
    assert not knowledge.is_role_word("of")


def test_actor_tables_descriptions_admit_only_fitting_actors() -> None:
    descriptions = actor_knowledge().descriptions
    diplomat = descriptions["diplomat"]
    assert diplomat.admits("person", "GOV", "person:fariz-rzayev", compact("Deputy Foreign Minister"))
    assert not diplomat.admits("person", "BUS", "person:tim-cook", compact("CEO"))
    country = descriptions["country"]
    assert country.admits("government", "GOV", "gov:AZE", "azerbaijan")
    assert not country.admits("government", "GOV", "gov:AZE:foreign-ministry", "foreignministry")
    company = descriptions["company"]
    assert company.admits("organization", None, "org:boeing", "boeing")
    assert not company.admits("organization", "IGO", "igo:un", "unitednations")


def test_actor_tables_organisation_words_give_sector_and_drop_legal_forms() -> None:
    knowledge = actor_knowledge()
    assert knowledge.organization_word("Xinhua News Agency").kind == "outlet"  # type: ignore[union-attr]
    assert knowledge.organization_word("Environmental Protection Agency").sector == "GOV"  # type: ignore[union-attr]
    # A press agency is an outlet, whatever place its name starts with.
    assert knowledge.organization_word("Norrland Press Agency").kind == "outlet"  # type: ignore[union-attr]
    assert knowledge.organization_slug("Chrysler LLC") == knowledge.organization_slug("Chrysler") == "chrysler"
    assert knowledge.organization_slug("General Motors Corporation") == "general-motors"


def test_actor_tables_event_words_are_folded_single_words() -> None:
    events = actor_knowledge().event_words
    assert {"conference", "expo", "awards"} <= events
    assert all(word == compact(word) and " " not in word for word in events)


def test_actor_tables_metonymy_cues_read_places_apart_from_states() -> None:
    cues = actor_knowledge().literal_cues
    assert {"in", "through", "from"} <= cues["preposition"]
    assert {"territory", "land", "city"} <= cues["possessum"]
    assert "support" not in cues["possessum"]
    assert "visit" in cues["governor"]


def test_actor_tables_slugs_meet_across_transliterations() -> None:
    assert slug("Mevlüt Çavuşoğlu") == slug("Mevlut Cavusoglu") == "mevlut-cavusoglu"
    assert slug(slug("Luigi Di Maio")) == slug("Luigi Di Maio")


def test_head_word_is_the_word_a_title_or_name_is_about() -> None:
    assert head_word("Health Minister") == "minister"
    assert head_word("Secretary of State") == "secretary"
    assert head_word("Supreme Court of Norland") == "court"
    assert head_word("Study Co-Author") == "co-author"
