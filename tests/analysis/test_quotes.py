"""Quotes as a reader sees them: what was said, by whom, with which cue. Texts are written for the tests."""

from __future__ import annotations

import pytest

from claimgraph.analysis import analyze_article
from claimgraph.analysis.components.quotes import find_segments
from claimgraph.config import Settings
from claimgraph.records import Analysis, Article

pytestmark = pytest.mark.slow


def _analyse(body: str, title: str | None = None) -> Analysis:
    analysis = analyze_article(Article(id="t", body=body, title=title, language="en"), Settings(workers=1))
    for span in analysis.spans():
        assert body[span.start:span.end] == span.text
    return analysis


def _speaker_name(analysis: Analysis, actor_id: str | None) -> str | None:
    return next((actor.name for actor in analysis.actors if actor.id == actor_id), None)


def _rows(analysis: Analysis) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (q.kind, _speaker_name(analysis, q.speaker.actor), q.cue.text if q.cue else None, q.content.text)
        for q in analysis.quotes
    ]


def test_quotes_segments_follow_marks_and_paragraphs() -> None:
    body = 'He said: "We will stay.\n\n"We will not leave," he added.\n\nShe called it a “plan”.'
    segments = [(body[s.start:s.end], s.continues) for s in find_segments(body)]
    assert segments == [("We will stay.", True), ("We will not leave,", False), ("plan", False)]


def test_quotes_direct_split_by_its_cue_is_one_utterance() -> None:
    body = (
        'German Chancellor Angela Merkel spoke after the summit in Brussels on Friday.\n\n'
        '"We have agreed on the budget," Merkel said. "Now the hard work begins."'
    )
    analysis = _analyse(body)
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    # Content is the quoted words without the punctuation that closes them.
    assert [q.content.text for q in direct] == ["We have agreed on the budget", "Now the hard work begins"]
    assert len({q.utterance for q in direct}) == 1
    assert {_speaker_name(analysis, q.speaker.actor) for q in direct} == {"Angela Merkel"}
    assert direct[0].cue is not None and direct[0].cue.text == "said"


def test_quotes_pronoun_speaker_is_the_person_quoted_before() -> None:
    body = (
        "French President Emmanuel Macron said on Friday that the talks would resume.\n\n"
        '"There is no other way," he said.'
    )
    rows = _rows(_analyse(body))
    assert ("indirect", "Emmanuel Macron", "said", "the talks would resume") in rows
    assert ("direct", "Emmanuel Macron", "said", "There is no other way") in rows


def test_quotes_indirect_cues_and_classes() -> None:
    body = (
        "The Russian Foreign Ministry has voiced concern about reports that fighters had arrived in the region. "
        "Turkish Foreign Minister Mevlut Cavusoglu denied that Ankara had sent troops. "
        "According to Angela Merkel, the agreement will hold."
    )
    analysis = _analyse(body)
    found = {(q.cue.text if q.cue else None, q.cue_class, q.content.text) for q in analysis.quotes}
    assert ("voiced concern", "concern", "reports that fighters had arrived in the region") in found
    assert ("denied", "deny", "Ankara had sent troops") in found
    assert ("According to", "assert", "the agreement will hold") in found


def test_quotes_addressee_and_venue_are_kept() -> None:
    body = (
        "Turkish Foreign Minister Mevlut Cavusoglu told reporters at a joint news conference in Rome that Ankara "
        "would keep supporting Baku."
    )
    quote = _analyse(body).quotes[0]
    assert quote.addressee_text == "reporters"
    assert quote.venue is not None and quote.venue.startswith("a joint news conference")


def test_quotes_scare_quotes_are_not_statements() -> None:
    assert _analyse("The so-called “peace plan” was published on Monday by the council.").quotes == ()


def test_quotes_unresolvable_speaker_is_kept_unresolved() -> None:
    body = '"The shelling went on all night," a resident of the town said.'
    quote = _analyse(body).quotes[0]
    assert quote.speaker.resolved is False and quote.speaker.actor is None
    assert quote.speaker.span is not None and quote.speaker.span.text == "a resident of the town"


def test_quotes_wire_headline_attribution() -> None:
    title = "Talks will resume next week — minister"
    body = title + "\n\nANKARA (Reuters) - Turkish Foreign Minister Mevlut Cavusoglu said talks would resume."
    headline = _analyse(body, title=title).quotes[0]
    assert headline.content.text == "Talks will resume next week"
    assert headline.cue is not None and headline.cue.text == "—"
    assert headline.speaker.span is not None and headline.speaker.span.text == "minister"


def test_quotes_passive_cue_gives_the_agent_not_the_subject() -> None:
    body = "The military operation was condemned by the European Union on Monday."
    rows = _rows(_analyse(body))
    assert rows == [("indirect", "European Union", "condemned", "The military operation")]


def test_quotes_object_of_cue_is_content_and_a_leading_time_is_not() -> None:
    body = "On Sunday, the United States announced a complete withdrawal of its troops from the region."
    rows = _rows(_analyse(body))
    assert rows == [("indirect", "United States", "announced", "a complete withdrawal of its troops from the region")]


def test_quotes_phrase_cue_with_a_preposition_reports_its_object() -> None:
    body = "Iraqi Prime Minister Adil Abdul-Mahdi spoke out against the attack."
    rows = _rows(_analyse(body))
    assert ("indirect", "Adil Abdul-Mahdi", "spoke out", "the attack") in rows


def test_quotes_request_with_an_infinitive_is_what_is_asked() -> None:
    body = "Police chief Nick Adderley wrote to the embassy in London, asking it to waive her immunity."
    rows = _rows(_analyse(body))
    assert any(speaker == "Nick Adderley" and cue == "asking" and "waive her immunity" in content
               for _, speaker, cue, content in rows)


def test_quotes_cue_of_a_direct_quote_also_reports_its_own_clause() -> None:
    body = 'Health official Mike Ryan told reporters the new drugs were only part of the answer: "Vaccines matter."'
    rows = _rows(_analyse(body))
    assert ("indirect", "Mike Ryan", "told", "the new drugs were only part of the answer") in rows
    assert ("direct", "Mike Ryan", "told", "Vaccines matter") in rows


def test_quotes_speech_noun_with_its_speaker_and_content() -> None:
    body = "The council backed a call by Secretary-General Antonio Guterres for an immediate ceasefire in the region."
    analysis = _analyse(body)
    rows = _rows(analysis)
    assert ("indirect", "Antonio Guterres", "call", "an immediate ceasefire in the region") in rows
    assert next(q for q in analysis.quotes if q.cue and q.cue.text == "call").cue_class == "request"


def test_quotes_both_sides_stand_for_the_two_states_of_the_article() -> None:
    body = (
        "Fighting between Armenia and Azerbaijan continued on Sunday. Armenia said its forces held the line, and "
        "Azerbaijan said it had taken two villages.\n\nBoth sides deny targeting civilians."
    )
    analysis = _analyse(body)
    denial = next(q for q in analysis.quotes if q.cue and q.cue.text == "deny")
    assert denial.speaker.actor is None and not denial.speaker.resolved
    assert sorted(_speaker_name(analysis, member) or "" for member in denial.speaker.members) == ["Armenia",
                                                                                               "Azerbaijan"]


def test_quotes_a_channel_speaks_for_its_owner() -> None:
    body = 'The World Health Organization\'s website said: "There is no evidence that any medicine can cure it."'
    rows = _rows(_analyse(body))
    assert [speaker for kind, speaker, _, _ in rows if kind == "direct"] == ["World Health Organization"]


def test_quotes_a_lowercase_title_before_a_name_makes_a_description() -> None:
    body = (
        "The bill was criticised by archbishop Jorge Eduardo Scheinig of Buenos Aires.\n\n"
        'The archbishop said "We need to pray."'
    )
    rows = _rows(_analyse(body))
    assert ("direct", "Jorge Eduardo Scheinig", "said", "We need to pray") in rows


def test_quotes_a_quote_that_ends_its_sentence_is_not_continued_by_the_next() -> None:
    body = (
        'Former health official Tom Frieden called the outbreak "unprecedented."\n\n'
        'Health chief Tedros Adhanom Ghebreyesus agreed, saying "we have never seen this before." He continued, '
        '"and we have never seen one controlled."'
    )
    rows = _rows(_analyse(body))
    speakers = {content: speaker for kind, speaker, _, content in rows if kind == "direct"}
    assert speakers["we have never seen this before"] == "Tedros Adhanom Ghebreyesus"
    assert speakers["and we have never seen one controlled"] == "Tedros Adhanom Ghebreyesus"


def test_quotes_per_a_source_is_like_according_to() -> None:
    body = "Per the World Health Organization, all treatment centres may now give the two drugs to patients."
    rows = _rows(_analyse(body))
    assert ("indirect", "World Health Organization", "Per",
            "all treatment centres may now give the two drugs to patients") in rows
    assert _rows(_analyse("Oil sold for 40 dollars per barrel on Monday.")) == []


def test_quotes_called_on_someone_to_act_reports_the_act() -> None:
    body = "The OSCE Minsk Group has called on both sides to stop fighting."
    rows = _rows(_analyse(body))
    assert [(cue, content) for _, _, cue, content in rows] == [("called on", "stop fighting")]


def test_quotes_a_cue_with_its_own_object_does_not_report_the_clause_before_it() -> None:
    body = "The Aviation Herald states the plane was a freighter; it lists a tail number of EP-CPP."
    said = {(cue, content) for _, _, cue, content in _rows(_analyse(body))}
    assert said == {("states", "the plane was a freighter"), ("lists", "a tail number of EP-CPP")}


def test_quotes_a_cue_inside_a_prepositional_phrase_takes_the_subject_of_its_verb() -> None:
    body = "The United States was more forceful in blaming Iran for the attack on the oil plant."
    rows = _rows(_analyse(body))
    assert any(speaker == "United States" and cue == "blaming" for _, speaker, cue, _ in rows)


def test_quotes_they_is_never_the_one_person_quoted_before() -> None:
    body = (
        'Lead author Mark Hay said the study was small. "We need more reefs," Hay said.\n\n'
        "The researchers examined three types of coral. They reported that fish protected the coral."
    )
    analysis = _analyse(body)
    reported = next(q for q in analysis.quotes if q.cue and q.cue.text == "reported")
    assert reported.speaker.actor is None and not reported.speaker.resolved


def test_quotes_an_attribution_set_inside_its_clause_reports_the_clause() -> None:
    body = "The guardrail would be examined, police spokesman Troy Roberts said, to determine if it had failed."
    rows = _rows(_analyse(body))
    assert {(speaker, cue) for _, speaker, cue, _ in rows} == {("Troy Roberts", "said")}
    # The attribution splits the clause into two segments of one statement.
    assert [content for _, _, _, content in rows] == [
        "The guardrail would be examined", "to determine if it had failed"]


def test_quotes_according_to_before_a_coordinated_verb_reports_that_verb_only() -> None:
    body = ("Robert Mugabe was treated in Singapore for months and according to the Ministry of Foreign Affairs he "
            "died in a hospital there.")
    rows = _rows(_analyse(body))
    assert any(cue == "according to" and content == "he died in a hospital there" for _, _, cue, content in rows)


def test_quotes_expressed_phrases_and_issued_nouns() -> None:
    body = (
        "Senate President Thomas Rivera Schatz expressed opposition to the swearing-in of the new governor.\n\n"
        "The United States Air Force issued warnings against attempts to enter the base.\n\n"
        "The company apologized for its website being slow."
    )
    said = {(cue, content) for _, _, cue, content in _rows(_analyse(body))}
    assert ("expressed opposition", "the swearing-in of the new governor") in said
    assert ("warnings", "attempts to enter the base") in said
    assert ("apologized", "its website being slow") in said


def test_quotes_a_title_split_from_its_name_leaves_the_name_as_speaker() -> None:
    body = "Member of parliament (MP) Kevin Conolly said the new law marked a sad day for the state."
    rows = _rows(_analyse(body))
    assert [(speaker, cue) for _, speaker, cue, _ in rows] == [("Kevin Conolly", "said")]


def test_quotes_according_to_a_report_from_an_outlet_is_the_outlet() -> None:
    body = ("Retail analyst Gary Mortimer spoke on Monday.\n\nThe stores were reluctant to impose limits, according to "
            "a report from ABC Australia on March 3.")
    according = [q for q in _analyse(body).quotes if q.cue and q.cue.text == "according to"]
    assert according[0].speaker.span is not None and according[0].speaker.span.text == "ABC Australia"
    assert according[0].content.text == "The stores were reluctant to impose limits"


def test_quotes_called_for_someone_to_act_when_for_marks_a_clause() -> None:
    body = "US President Donald Trump has called for NATO members to increase military spending."
    rows = _rows(_analyse(body))
    assert any(speaker == "Donald Trump" and cue == "called for" and "increase military spending" in content
               for _, speaker, cue, content in rows)


def test_quotes_according_to_as_the_root_of_its_sentence() -> None:
    body = "According to Fernando Dallorso, for days the chef's phone was off."
    rows = _rows(_analyse(body))
    assert any(cue == "According to" and content == "for days the chef's phone was off" for _, _, cue, content in rows)


def test_quotes_credited_someone_with_something() -> None:
    rows = _rows(_analyse("Activist Hatice Cengiz credited news media with keeping the story alive."))
    assert ("indirect", "Hatice Cengiz", "credited", "news media with keeping the story alive") in rows


def test_quotes_a_cue_whose_clause_is_a_direct_quote_also_reports_its_object() -> None:
    body = 'Former CIA official Michael Morell praised Tony Mendez on Twitter: "He was one of the best officers."'
    rows = _rows(_analyse(body))
    assert ("indirect", "Michael Morell", "praised", "Tony Mendez") in rows
    assert ("direct", "Michael Morell", "praised", "He was one of the best officers") in rows


def test_quotes_a_phrase_object_beats_a_clause_before_the_cue() -> None:
    body = "Hungary spent 1.15% of its GDP on its military in 2018; NATO guidelines call for 2%."
    analysis = _analyse(body)
    call = next(q for q in analysis.quotes if q.cue and q.cue.text == "call for")
    assert call.content.text == "2%"
    assert call.speaker.span is not None and call.speaker.span.text == "NATO"



def test_quotes_speech_reported_inside_speech_is_its_speakers_too() -> None:
    body = "Restaurant manager Fernando Dallorso said his roommates said they last saw him on Saturday."
    said = {(speaker, cue, content) for _, speaker, cue, content in _rows(_analyse(body))}
    assert ("Fernando Dallorso", "said", "his roommates said they last saw him on Saturday") in said
    assert any(cue == "said" and content == "they last saw him on Saturday" for _, cue, content in said)


def test_quotes_she_after_a_man_was_quoted_is_not_him() -> None:
    body = (
        'Actor John Rhys-Davies spoke first. "It was a long day," he said of his own work.\n\n'
        "Actress Emma Caufield talked about her role and her co-stars, and she said she loved it.\n\n"
        '"It was a good day," she recalls.'
    )
    analysis = _analyse(body)
    recalls = next(q for q in analysis.quotes if q.cue and q.cue.text == "recalls")
    assert _speaker_name(analysis, recalls.speaker.actor) != "John Rhys-Davies"


def test_quotes_an_inverted_cue_takes_the_name_after_it() -> None:
    body = '"The only conclusion I can reach is that they want him to resign," tweeted former executive Ken Gude.'
    rows = _rows(_analyse(body))
    assert [(kind, speaker) for kind, speaker, _, _ in rows] == [("direct", "Ken Gude")]


def test_quotes_quoted_someone_as_saying_is_their_quote() -> None:
    body = 'Politico quoted former FEMA official Tim Manning as saying "FEMA has an important role in the response."'
    rows = _rows(_analyse(body))
    assert any(kind == "direct" and speaker == "Tim Manning" for kind, speaker, _, _ in rows)


def test_quotes_a_description_with_a_qualifier_needs_the_qualifier_in_the_role() -> None:
    body = (
        "Aviation Minister Hardeep Singh Puri visited the crash site.\n\n"
        'The local health minister said, "The injured have been taken to hospitals."'
    )
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) != "Hardeep Singh Puri"


def test_quotes_told_someone_to_act_reports_the_act() -> None:
    body = "Transport for London told morning passengers to take a longer way around the station."
    rows = _rows(_analyse(body))
    assert any(cue == "told" and content.startswith("take a longer way") for _, _, cue, content in rows)


def test_quotes_an_attribution_the_parser_hung_on_its_clause() -> None:
    body = "Various activities are being held in the park this week, including yoga, newspaper The Hindu reported."
    rows = _rows(_analyse(body))
    assert any(cue == "reported" and content.startswith("Various activities are") for _, _, cue, content in rows)


def test_quotes_per_numbers_reported_by_a_source_is_the_source() -> None:
    body = "Per numbers reported by The Associated Press, 415,000 priests are subject to the new rule."
    per = next(q for q in _analyse(body).quotes if q.cue and q.cue.text == "Per")
    assert per.speaker.span is not None and "Associated Press" in per.speaker.span.text


def test_quotes_a_person_after_a_title_of_a_place_is_the_speaker() -> None:
    body = ('Police shot the attacker on London Bridge.\n\n"I am in awe of the people who ran towards danger" tweeted '
            "Mayor of London Sadiq Khan.")
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) in {"Sadiq Khan", "Khan"}


def test_quotes_a_name_opening_the_quote_is_not_an_apposition_of_the_speaker() -> None:
    body = ('Drummer Ginger Baker died on Sunday.\n\nPaul McCartney wrote on Twitter, "Ginger Baker, great drummer, '
            'wild and lovely guy."')
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) == "Paul McCartney"


def test_quotes_a_court_ruling_that_p_is_a_statement_and_ruling_a_country_is_not() -> None:
    rows = _rows(_analyse("The Supreme Court of Puerto Rico ruled that the swearing-in was unconstitutional."))
    assert any(cue == "ruled" and content == "the swearing-in was unconstitutional" for _, _, cue, content in rows)
    assert _rows(_analyse("The king ruled the country for twenty years.")) == []


def test_quotes_a_named_person_beats_an_organisation_in_apposition() -> None:
    body = ('Professor Greg Barton, Chair In Global Islamic Politics at Deakin University, said "The attacker was '
            'using a couple of guns".')
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) == "Greg Barton"


def test_quotes_a_cue_the_parser_left_without_subject_takes_the_name_before_it() -> None:
    body = ('Speaking to Agence France-Presse, the president of the Tunisian League for the Defence of Human Rights, '
            'Jamel Msallem, said, "We are for the freedom to dress".')
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) == "Jamel Msallem"


def test_quotes_a_word_before_a_title_is_not_the_persons_title() -> None:
    capital = ('A study published on Monday found a new trough under the ice. Study co-author Karen Alley, a '
               'glaciologist, said the water was warm.\n\nBecause warm water is buoyant, says the study, it rises.')
    lower = ('A study published on Monday found a new trough under the ice. "Warm water is attacking the shelves," '
             'said study co-author Karen Alley, a glaciologist.\n\nBecause warm water is buoyant, says the study, it '
             'rises above cooler water.')
    for body in (capital, lower):
        study = next(q for q in _analyse(body).quotes if q.cue and q.cue.text == "says")
        assert study.speaker.actor is None and study.speaker.span is not None
        assert study.speaker.span.text == "the study"


def test_quotes_a_name_in_apposition_beats_a_title_that_mentions_someone_else() -> None:
    body = ('Vice President Mike Pence met the president on Friday. The president said talks would go on.\n\n'
            'The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea to the president once again".')
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) == "Chuck Schumer"


def test_quotes_an_attribution_inside_its_clause_splits_it_into_segments() -> None:
    rows = _rows(_analyse("The economy, officials said, would grow by three percent next year."))
    assert [content for _, _, cue, content in rows if cue == "said"] == [
        "The economy", "would grow by three percent next year"]
    analysis = _analyse("Tesco's Polish operation, according to the newspaper Gazeta Wyborcza, is too big to sell.")
    according = [q for q in analysis.quotes if q.cue and q.cue.text == "according to"]
    assert [q.content.text for q in according] == ["Tesco's Polish operation", "is too big to sell"]
    assert len({q.utterance for q in according}) == 1


def test_quotes_according_to_keeps_the_clause_the_parser_hung_on_it() -> None:
    rows = _rows(_analyse("One child was, according to the fire service, among the dead."))
    assert [content for _, _, cue, content in rows if cue == "according to"] == ["One child was", "among the dead"]


def test_quotes_a_subject_after_a_parenthetical_cue_is_its_speaker() -> None:
    analysis = _analyse("The operation, said Mark Esper, was a failure that had hurt the alliance.")
    said = [q for q in analysis.quotes if q.cue and q.cue.text == "said"]
    assert {_speaker_name(analysis, q.speaker.actor) for q in said} == {"Mark Esper"}
    assert [q.content.text for q in said] == ["The operation", "was a failure that had hurt the alliance"]


def test_quotes_a_document_speaks_for_its_owner_but_a_platform_owns_nothing() -> None:
    analysis = _analyse("According to PG&E's schedule, half a million customers would lose power by noon.")
    according = next(q for q in analysis.quotes if q.cue and q.cue.text == "According to")
    assert _speaker_name(analysis, according.speaker.actor) in {"PG&E", "Pacific Gas and Electric"}
    analysis = _analyse("Two men were arrested in Leeds. A Twitter statement said the two men had been released.")
    said = next(q for q in analysis.quotes if q.cue and q.cue.text == "said")
    assert said.speaker.actor is None and said.speaker.span is not None and "Twitter" in said.speaker.span.text


def test_quotes_a_clause_ending_in_a_colon_attributes_the_quote_to_its_subject() -> None:
    body = ('Mayor Bill de Blasio ended his campaign on Friday.\n\nPresident Donald Trump quickly took a parting shot '
            'on Twitter: "Oh no, really big political news, perhaps the biggest story in years!"')
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) == "Donald Trump"


def test_quotes_a_cue_hung_on_a_quoted_verb_does_not_take_a_subject_from_the_quote() -> None:
    body = ('Steve Peers of the University of Essex, speaking to the BBC, said, "If there is a court order, then '
            'Facebook has to search for variations of it", also observing, "there is no harmonised defamation law".')
    analysis = _analyse(body)
    directs = [q for q in analysis.quotes if q.kind == "direct"]
    assert len(directs) == 2
    assert {_speaker_name(analysis, q.speaker.actor) for q in directs} == {"Steve Peers"}


def test_quotes_a_clause_with_two_quoted_phrases_is_one_mixed_quote() -> None:
    body = 'The minister called the deal "null and void" and "geographically ridiculous" on Monday.'
    kinds = [(q.kind, q.content.text) for q in _analyse(body).quotes]
    assert ("mixed", 'the deal "null and void" and "geographically ridiculous"') in kinds
    assert not any(kind == "direct" for kind, _ in kinds)


def test_quotes_an_unnamed_speaker_keeps_its_participle() -> None:
    body = ("On Wednesday, scientists studying patients in Zhuhai reported that the virus may spread like the flu.")
    reported = next(q for q in _analyse(body).quotes if q.cue and q.cue.text == "reported")
    assert reported.speaker.span is not None and reported.speaker.span.text == "scientists studying patients in Zhuhai"


def test_quotes_a_coordinated_clause_is_no_attribution_of_the_one_before() -> None:
    body = ("The government asked Judge Miller to delay his ruling until after the commission reported, but he "
            "declined.")
    rows = _rows(_analyse(body))
    assert not any(cue == "declined" and "delay his ruling" in content for _, _, cue, content in rows)


def test_quotes_he_after_a_body_was_quoted_is_the_last_person_named() -> None:
    body = ("According to Wrestling Inc, she received criticism for her appearances on the show. Sky News reported "
            "Netflix Japan due to Kimura's death have delayed releasing a new episode.\n\nWrestling sportswriter Dave "
            'Meltzer tweeted after hearing the news of her death. He said "Hana Kimura just passed away. There are no '
            'other details at the moment".')
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) == "Dave Meltzer"


def test_quotes_polls_and_records_show_but_footage_does_not() -> None:
    polls = _analyse("Various opinion polls showed national support for the mayor at one percent.").quotes
    assert [(q.cue.text if q.cue else None, q.speaker.span.text if q.speaker.span else None) for q in polls] == [
        ("showed", "Various opinion polls")]
    assert _rows(_analyse("Footage showed police firing at the crowd on Sunday.")) == []


def test_quotes_a_parenthetical_cue_keeps_the_subject_the_parser_gave_it() -> None:
    body = ("A truck broke through the guardrail before colliding with other vehicles; around 50 gallons of diesel "
            "fuel, officials said, spilled and ignited.")
    rows = _rows(_analyse(body))
    assert [content for _, _, cue, content in rows if cue == "said"] == [
        "around 50 gallons of diesel fuel", "spilled and ignited"]


def test_quotes_a_clause_whose_subject_the_parser_took_for_the_cues_object() -> None:
    rows = _rows(_analyse("Judge Amy Ward ruled the new voting law violated the state constitution."))
    assert ("indirect", "Amy Ward", "ruled", "the new voting law violated the state constitution") in rows


def test_quotes_in_his_view_attributes_its_clause_like_according_to() -> None:
    body = ("Alexander Gagay came from Yekaterinburg. In his view, there are strong opportunities to become a very "
            "good specialist without leaving Russia.")
    analysis = _analyse(body)
    view = next(q for q in analysis.quotes if q.cue and q.cue.text == "In his view")
    assert _speaker_name(analysis, view.speaker.actor) == "Alexander Gagay"
    assert view.content.text.startswith("there are strong opportunities")


def test_quotes_an_advisory_speaks_for_the_centre_that_issues_it() -> None:
    body = ("The National Hurricane Center (NHC) tracked the storm. The NHC advisory indicated the storm's winds were "
            "near 180 mph.")
    analysis = _analyse(body)
    indicated = next(q for q in analysis.quotes if q.cue and q.cue.text == "indicated")
    assert _speaker_name(analysis, indicated.speaker.actor) == "National Hurricane Center"


def test_quotes_a_statement_speaks_for_whoever_issued_or_wrote_it() -> None:
    body = ('Facebook released a statement which read, in part, "This judgment raises critical questions around '
            'freedom of expression".')
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert direct.speaker.span is not None and direct.speaker.span.text == "Facebook"
    body = ("U.S. District Judge Gray Miller ruled on Friday. Part of the judge's statement reads \"the average woman "
            "could conceivably be better suited physically for some of today's combat positions\".")
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) == "Gray Miller"


def test_quotes_a_time_is_no_part_of_the_speakers_words() -> None:
    body = ("According to officials on Saturday, the virus may have killed two foreign visitors in Wuhan, China.")
    according = next(q for q in _analyse(body).quotes if q.cue and q.cue.text == "According to")
    assert according.speaker.span is not None and according.speaker.span.text == "officials"


def test_quotes_she_goes_to_the_person_introduced_as_subject_after_the_last_quote() -> None:
    body = ('"The delay is a disgrace," Teodora Vance said, "and the families deserve answers."\n\n'
            "Maria Lenz, a UN investigator who had looked into the case, was more cautious about the timetable. "
            '"Justice takes time and I know it is painful," she said.')
    analysis = _analyse(body)
    last = [q for q in analysis.quotes if q.kind == "direct"][-1]
    assert _speaker_name(analysis, last.speaker.actor) == "Maria Lenz"
    # A person named only inside a clause after the quote does not take the pronoun.
    body = ('Okafor claimed victory again. Refusing to give up power, Okafor agreed to a deal in which Banda became '
            'prime minister. "Only the voters will remove me," he declared.')
    analysis = _analyse(body)
    direct = next(q for q in analysis.quotes if q.kind == "direct")
    assert _speaker_name(analysis, direct.speaker.actor) == "Okafor"
