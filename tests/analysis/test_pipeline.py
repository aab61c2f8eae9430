from __future__ import annotations

import pytest

from claimgraph.analysis import analyze_article, analyze_many
from claimgraph.analysis.pipeline import Component, Pipeline
from claimgraph.analysis.registry import COMPONENTS
from claimgraph.config import Settings
from claimgraph.errors import ConfigError
from claimgraph.records import Analysis, Article, Failure


def _noop(doc: object, analysis: Analysis) -> Analysis:
    return analysis


def test_pipeline_refuses_a_component_whose_needs_come_later() -> None:
    needs_actors = Component("quotes", 1, frozenset({"actors"}), frozenset({"quotes"}), _noop)
    with pytest.raises(ConfigError, match="'quotes' needs 'actors'"):
        Pipeline([needs_actors, *COMPONENTS])
    Pipeline([*COMPONENTS, needs_actors])  # the right order assembles


def test_pipeline_registry_names_are_versioned_and_unique() -> None:
    extractors = [component.extractor for component in COMPONENTS]
    assert len(set(extractors)) == len(extractors)
    assert all(extractor.split("/")[1].isdigit() for extractor in extractors)


@pytest.mark.slow
def test_pipeline_a_process_loads_the_model_once(settings: Settings) -> None:
    # Loading the model takes most of a second: every article analysed one by one would pay it again.
    from claimgraph.analysis.nlp import load_nlp

    assert load_nlp(settings.model, settings.max_chars) is load_nlp(settings.model, settings.max_chars)


@pytest.mark.slow
def test_pipeline_headline_never_merges_with_the_first_sentence(settings: Settings) -> None:
    from claimgraph.analysis.nlp import load_nlp

    body = "Talks stall in Geneva\n\nGENEVA (Reuters) - Negotiators left the table on Monday after a long night."
    doc = load_nlp(settings.model, settings.max_chars)(body)
    sentences = [sentence.text.strip() for sentence in doc.sents if sentence.text.strip()]
    assert sentences[0] == "Talks stall in Geneva"


@pytest.mark.slow
def test_pipeline_a_name_after_a_courtesy_title_is_a_person(settings: Settings) -> None:
    from claimgraph.analysis.nlp import load_nlp

    body = ("Dr Anjali Raghunathan, a consultant at a London clinic, said patients should not stop the drug. "
            "Mrs May told reporters she agreed. Mr Tomas Varga did not comment.")
    doc = load_nlp(settings.model, settings.max_chars)(body)
    persons = [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
    assert {"Anjali Raghunathan", "May", "Tomas Varga"} <= set(persons)
    assert not any(ent.text == "Raghunathan" and ent.label_ != "PERSON" for ent in doc.ents)


@pytest.mark.slow
def test_pipeline_a_given_name_after_a_capitalised_role_is_a_person(settings: Settings) -> None:
    from claimgraph.analysis.nlp import load_nlp

    body = ("Mayor Ines Cardoso said the budget was balanced. Chief Constable Nadia Hussain said the road was closed. "
            "The Director General said nothing.")
    persons = [ent.text for ent in load_nlp(settings.model, settings.max_chars)(body).ents if ent.label_ == "PERSON"]
    assert "Ines Cardoso" in persons and any(person.endswith("Nadia Hussain") for person in persons)
    assert "General" not in persons  # a role word after a role is part of the title


@pytest.mark.slow
def test_pipeline_a_subject_opening_with_a_given_name_is_a_person(settings: Settings) -> None:
    from claimgraph.analysis.nlp import load_nlp

    nlp = load_nlp(settings.model, settings.max_chars)
    # One the NER left unlabelled, one it read as a location though it speaks, one it read as an organisation, and
    # one whose given name it labelled apart.
    for body, name in (("Kwabena Asante told magistrates he was innocent.", "Kwabena Asante"),
                       ("Ines Cardoso, the mayor, said the budget was balanced.", "Ines Cardoso"),
                       ("Léa Fontaine said the camps were full.", "Léa Fontaine"),
                       ("Fernanda Lima said the plan would fail.", "Fernanda Lima")):
        assert [(ent.text, ent.label_) for ent in nlp(body).ents] == [(name, "PERSON")]
    # A body that opens with a given name that is also a big place's stays a body.
    assert [(ent.text, ent.label_) for ent in nlp("Georgia Power said outages would last.").ents] == [
        ("Georgia Power", "ORG")]


@pytest.mark.slow
def test_pipeline_a_given_name_in_apposition_to_a_role_is_a_person(settings: Settings) -> None:
    from claimgraph.analysis.nlp import load_nlp

    doc = load_nlp(settings.model, settings.max_chars)(
        "A spokeswoman for the Ministry of Trade, Ana Cordeiro, said the talks had stalled.")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("the Ministry of Trade", "ORG"), ("Ana Cordeiro", "PERSON")]


@pytest.mark.slow
def test_pipeline_a_person_runs_on_over_surname_particles(settings: Settings) -> None:
    from claimgraph.analysis.nlp import load_nlp

    body = "European Commission President Ursula von der Leyen tweeted that the EU was ready to help."
    doc = load_nlp(settings.model, settings.max_chars)(body)
    assert "Ursula von der Leyen" in [ent.text for ent in doc.ents if ent.label_ == "PERSON"]


@pytest.mark.slow
def test_pipeline_oversized_article_fails_alone(settings: Settings) -> None:
    small = Settings(workers=1, language="en", max_chars=60)
    ok = Article(id="ok", body="Angela Merkel spoke in Berlin.", language="en")
    big = Article(id="big", body="Angela Merkel spoke in Berlin. " * 5, language="en", source="big.txt")
    outcomes = list(analyze_many([big, ok], small))
    assert isinstance(outcomes[0], Failure) and outcomes[0].code == "E004" and outcomes[0].source == "big.txt"
    assert isinstance(outcomes[1], Analysis)
    assert analyze_article(ok, settings).entities
