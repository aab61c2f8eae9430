"""The places component on texts written for these tests (wire style; none copied from an outlet)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.analysis.components.entities import ENTITIES
from claimgraph.analysis.components.places import PLACES, _Taken, _whole_words, geocode
from claimgraph.analysis.nlp import load_nlp
from claimgraph.analysis.pipeline import Pipeline
from claimgraph.config import Settings
from claimgraph.ingest.article import build_article
from claimgraph.ingest.sources import raw_from_text
from claimgraph.records import Analysis, Article, Place, Span

pytestmark = pytest.mark.slow

STORY = (
    "Fighters were moved through the Turkish city of Gaziantep, officials said on Friday.\n\n"
    "Ankara was poised to provide support to Baku, the minister said. Baku denied the reports.\n\n"
    "Turkey's support for Azerbaijan stems from the ties between Ankara and Baku, he added. "
    "Armenia has imposed martial law, and clashes in Nagorno-Karabakh went on."
)


def _places(body: str, settings: Settings) -> tuple[Place, ...]:
    nlp = load_nlp(settings.model, settings.max_chars)
    analysis = Pipeline((ENTITIES, PLACES)).run(nlp(body), Analysis(article=Article(id="t", body=body, language="en")))
    return analysis.places


def _by_text(places: tuple[Place, ...], text: str) -> list[Place]:
    return [place for place in places if place.span.text == text]


def test_places_gaziantep_resolves_to_the_turkish_city(settings: Settings) -> None:
    (gaziantep,) = _by_text(_places(STORY, settings), "Gaziantep")
    assert (gaziantep.geonames_id, gaziantep.country, gaziantep.feature) == (314830, "TUR", "city")
    assert gaziantep.lat is not None and abs(gaziantep.lat - 37.06) < 0.1
    assert gaziantep.literal
    assert gaziantep.confidence is not None and 0 < gaziantep.confidence <= 1


def test_places_capitals_standing_for_governments_are_not_literal(settings: Settings) -> None:
    places = _places(STORY, settings)
    assert [place.literal for place in _by_text(places, "Ankara")] == [False, False]
    assert [place.literal for place in _by_text(places, "Baku")] == [False, False, False]
    (turkey,) = _by_text(places, "Turkey")
    assert not turkey.literal
    (armenia,) = _by_text(places, "Armenia")
    assert not armenia.literal and armenia.feature == "country"


def test_places_nagorno_karabakh_resolves_through_the_project_table(settings: Settings) -> None:
    (karabakh,) = _by_text(_places(STORY, settings), "Nagorno-Karabakh")
    assert (karabakh.name, karabakh.country, karabakh.feature, karabakh.geonames_id) == (
        "Nagorno-Karabakh", "AZE", "region", None)
    assert karabakh.lat is not None and karabakh.lon is not None
    assert karabakh.literal  # "clashes in Nagorno-Karabakh" is the place itself


def test_places_a_capital_that_describes_is_its_government(settings: Settings) -> None:
    places = _places("Belgrade has described the arrests as kidnappings.", settings)
    assert [(place.country, place.literal) for place in _by_text(places, "Belgrade")] == [("SRB", False)]


def test_places_countries_are_their_state_unless_the_parse_says_place(settings: Settings) -> None:
    body = (
        "Fighters from Syria crossed into Turkey on Monday. The occupation of Azerbaijan's land must end, "
        "the minister said. Russia, France and the United States lead the mediation."
    )
    literal = {place.span.text: place.literal for place in _places(body, settings)}
    assert literal["Syria"] and literal["Turkey"] and literal["Azerbaijan"]
    assert not literal["Russia"] and not literal["France"] and not literal["United States"]


def test_places_a_country_that_acts_in_its_relative_clause_is_its_state(settings: Settings) -> None:
    body = (
        "The drones were sold to Iran, which says it needs them for defence. The talks were held in Norway, "
        "which has five million people. She thanked her allies in Europe, which have backed her."
    )
    literal = {place.span.text: place.literal for place in _places(body, settings)}
    assert literal == {"Iran": False, "Norway": True, "Europe": True}


def test_places_stepanakert_and_khankendi_are_one_place(settings: Settings) -> None:
    # spaCy's small model tags Stepanakert as a person; "in" before it makes it a place.
    body = "Shelling was reported in Stepanakert on Sunday. Officials in Baku call the city Khankendi."
    places = _places(body, settings)
    ids = {place.span.text: place.geonames_id for place in places}
    assert ids["Stepanakert"] is not None and ids["Stepanakert"] == ids["Khankendi"]


def test_places_country_names_get_the_country_feature(settings: Settings) -> None:
    places = _places("Azerbaijan and Armenia have imposed martial law.", settings)
    assert {place.span.text: place.feature for place in places} == {"Azerbaijan": "country", "Armenia": "country"}
    assert {place.country for place in places} == {"AZE", "ARM"}


def test_places_spans_slice_the_body_and_ids_follow_the_text(settings: Settings) -> None:
    places = _places(STORY, settings)
    assert places
    assert [place.id for place in places] == [f"p{number}" for number in range(1, len(places) + 1)]
    assert [place.span.start for place in places] == sorted(place.span.start for place in places)
    for place in places:
        assert STORY[place.span.start:place.span.end] == place.span.text
        assert place.extractor == "places/2"


def test_places_dateline_place_is_a_literal_place(settings: Settings) -> None:
    text = "BAKU, October 3. /TASS/. Officials met foreign diplomats on Saturday, the ministry said.\n"
    article = build_article(raw_from_text(text, "test"), settings)
    nlp = load_nlp(settings.model, settings.max_chars)
    places = Pipeline((ENTITIES, PLACES)).run(nlp(article.body), Analysis(article=article)).places
    assert places[0].span.text == "BAKU"
    assert (places[0].name, places[0].country, places[0].literal) == ("Baku", "AZE", True)


def test_places_organisation_span_resolves_through_the_place_it_is_named_after(settings: Settings) -> None:
    # As a gold span (``claimgraph evaluate places``): an organisation belongs to the place in its name, and one
    # named after a people to that people's place.
    body = "The European Commission and the Iowa House agreed on Monday."
    nlp = load_nlp(settings.model, settings.max_chars)
    analysis = Pipeline((ENTITIES,)).run(nlp(body), Analysis(article=Article(id="t", body=body, language="en")))
    spans = [(Span.of(body, body.index(name), body.index(name) + len(name)), "ORG")
             for name in ("European Commission", "Iowa House")]
    europe, iowa = geocode(analysis, spans)
    assert europe.place is not None and europe.place.geonames_id == 6255148
    assert iowa.place is not None and iowa.place.geonames_id == 4862182
    assert europe.partial and not europe.landmark


def test_places_organisation_is_not_placed_through_a_hamlet_in_its_name(settings: Settings) -> None:
    # "Bank" and "Council" are hamlets somewhere; the part of the name that can be what it is about is the country
    # or continent.
    body = "The Bank of Mexico and the Council of Europe met in March."
    nlp = load_nlp(settings.model, settings.max_chars)
    analysis = Pipeline((ENTITIES,)).run(nlp(body), Analysis(article=Article(id="t", body=body, language="en")))
    spans = [(Span.of(body, body.index(name), body.index(name) + len(name)), "ORG")
             for name in ("Bank of Mexico", "Council of Europe")]
    mexico, europe = geocode(analysis, spans)
    assert mexico.place is not None and mexico.place.country == "MEX" and mexico.place.feature == "country"
    assert europe.place is not None and europe.place.feature == "continent"


def test_places_demonyms_are_places_that_are_not_literal(settings: Settings) -> None:
    places = _places("Kenyan officials met traders at the border on Monday, and Texans joined them.", settings)
    (kenyan,) = _by_text(places, "Kenyan")
    assert (kenyan.form, kenyan.literal, kenyan.country, kenyan.feature) == ("demonym", False, "KEN", "country")
    assert kenyan.geonames_id is not None and kenyan.lat is not None
    # A plural made by English word formation names a first-level region.
    (texans,) = _by_text(places, "Texans")
    assert (texans.form, texans.literal, texans.name, texans.feature) == ("demonym", False, "Texas", "region")


def test_places_place_inside_an_organisation_name_is_a_place_that_is_not_literal(settings: Settings) -> None:
    body = "Passengers of Air Zimbabwe were stranded for hours, a spokesman for Scott Paper said."
    places = _places(body, settings)
    # Scott is a county somewhere, and far more often a surname: a county inside a name is no place.
    assert [(place.span.text, place.form, place.literal, place.country) for place in places] == [
        ("Zimbabwe", "embedded", False, "ZWE")]
    assert body[places[0].span.start:places[0].span.end] == "Zimbabwe"


def test_places_names_of_places_keep_the_name_form(settings: Settings) -> None:
    places = _places("The minister said the Kenyan police arrested dozens of protesters in Nairobi.", settings)
    assert {place.span.text: (place.form, place.literal) for place in places} == {
        "Kenyan": ("demonym", False), "Nairobi": ("name", True)}


def test_places_compound_demonyms_give_each_of_their_peoples(settings: Settings) -> None:
    # NER gives one NORP entity for "anti-Russian" and for "Bosnian Serb": each demonym in it is a place.
    body = "Protesters waved flags at an anti-Russian rally in the square, and Bosnian Serb leaders stayed away."
    places = _places(body, settings)
    assert [(place.span.text, place.country, place.form) for place in places] == [
        ("Russian", "RUS", "demonym"), ("Bosnian", "BIH", "demonym"), ("Serb", "SRB", "demonym")]


def test_places_demonyms_no_entity_covers_are_places(settings: Settings) -> None:
    # The small model sees no entity in "Salvadoran farmers", and only "Syrian" in "Syrian-Turkish".
    body = "Salvadoran farmers sold coffee at the market. Shelling hit villages along the Syrian-Turkish border."
    places = _places(body, settings)
    assert [(place.span.text, place.country, place.form, place.literal) for place in places] == [
        ("Salvadoran", "SLV", "demonym", False), ("Syrian", "SYR", "demonym", False),
        ("Turkish", "TUR", "demonym", False)]


def test_places_possessive_place_at_the_start_of_an_organisation_is_a_place(settings: Settings) -> None:
    # "Japan’s Ministry of ..." is one ORG entity, too long to be searched for a place; "Japan" owns it.
    body = "Officials from Japan’s Ministry of Agriculture, Forestry and Fisheries visited the farm."
    (japan,) = _places(body, settings)
    assert (japan.span.text, japan.country, japan.feature, japan.form) == ("Japan", "JPN", "country", "name")
    assert body[japan.span.start:japan.span.end] == "Japan"


def test_places_demonym_tagged_as_a_person_is_a_demonym(settings: Settings) -> None:
    # The small model tags "Azerbaijani" as a person here; a demonym of the table is a people, not a person.
    (azerbaijani,) = _places("The bridge was mined by Azerbaijani soldiers in 1992, the report said.", settings)
    assert (azerbaijani.span.text, azerbaijani.country, azerbaijani.form) == ("Azerbaijani", "AZE", "demonym")


def test_places_mention_cut_short_by_the_model_takes_the_rest_of_its_name(settings: Settings) -> None:
    # The small model tags "U.S." alone, and "Baja" and "California" apart.
    places = _places("Ships were sent to the U.S. Virgin Islands. Rains flooded towns in Baja California.", settings)
    assert [(place.span.text, place.country, place.feature) for place in places] == [
        ("U.S. Virgin Islands", "VIR", "country"), ("Baja California", "MEX", "region")]


def test_places_place_written_in_capitals_as_a_dateline_is_a_place(settings: Settings) -> None:
    # No dateline was parsed from these bodies: one follows a headline, the other joins two places with "&".
    places = _places("Council backs a new budget for its parks. KALAMAZOO — The city council voted on Tuesday to "
                     "spend more on playgrounds.\n", settings)
    found = _by_text(places, "KALAMAZOO")
    assert [(p.name, p.country, p.literal) for p in found] == [("Kalamazoo", "USA", True)]
    places = _places("RENO & SPARKS, MAY 2, 2019 -- Crews worked through the night to clear the roads.\n", settings)
    assert {p.span.text: p.name for p in places if p.span.text.isupper()} == {"RENO": "Reno", "SPARKS": "Sparks"}


def test_places_place_inside_a_long_organisation_name_is_found(settings: Settings) -> None:
    places = _places("The money came from the Association of Mexican Producers of Fresh Fruit and Vegetables, she "
                     "said.", settings)
    assert [(p.span.text, p.name, p.form) for p in places] == [("Mexican", "Mexico", "embedded")]


def test_places_a_surname_the_model_tags_as_a_place_is_no_place(settings: Settings) -> None:
    # The small model tags the second "Cummings" GPE; GeoNames has a town Cumming (alternate name Cummings).
    places = _places("Nathan Cummings was born in Baltimore in 1951. When Representative Ana Lopez of Maryland "
                     "announced her resignation in 1995, Cummings joined the race to replace her.", settings)
    assert [place.span.text for place in places] == ["Baltimore"]


def test_places_a_full_name_the_model_tags_as_a_place_is_no_place_when_its_surname_is_a_person(
        settings: Settings) -> None:
    body = "The union's leader, Helen Okafor, spoke in Lagos. Okafor accused the authority of bad faith."
    nlp = load_nlp(settings.model, settings.max_chars)
    doc = nlp(body)
    # The small model's reading the test stands for: the full name a place, the surname a person.
    doc.ents = [*(entity for entity in doc.ents if "Okafor" not in entity.text),
                doc.char_span(body.index("Helen"), body.index(", spoke"), label="GPE"),
                doc.char_span(body.index("Okafor accused"), body.index(" accused"), label="PERSON")]
    analysis = Pipeline((ENTITIES, PLACES)).run(doc, Analysis(article=Article(id="t", body=body, language="en")))
    assert [place.span.text for place in analysis.places] == ["Lagos"]


def test_places_landmark_is_a_landmark_and_stands_for_its_office(settings: Settings) -> None:
    body = ("Hundreds of protesters gathered outside the White House in Washington on Sunday. "
            "The White House said the president would not comment.")
    places = _by_text(_places(body, settings), "White House")
    assert [(place.feature, place.country, place.geonames_id) for place in places] == [("landmark", "USA", None)] * 2
    assert [place.literal for place in places] == [True, False]
    assert places[0].lat is not None and abs(places[0].lat - 38.90) < 0.05
    # Named as an organisation and never after a locative word, a seat of government stays no place.
    body = "The Kremlin denied the report on Tuesday, and Downing Street declined to comment."
    assert not [place for place in _places(body, settings) if place.span.text in ("Kremlin", "Downing Street")]


def test_places_a_small_town_name_that_acts_and_is_never_a_place_is_none(settings: Settings) -> None:
    # GeoNames has a Cisco, Texas (about 3,800 people); the small model tags the company GPE.
    acting = ("The dispute is between Apple Inc. and a leader in network systems based in San Jose, Cisco. This "
              "became the reason for Cisco to file a lawsuit against Apple. Cisco sued on Wednesday.")
    assert [place.span.text for place in _places(acting, settings)] == ["San Jose"]
    # Used as a place once, it is a place everywhere.
    placed = "Cisco sued on Wednesday. Ranchers near Cisco said the drought was over."
    assert "Cisco" in [place.span.text for place in _places(placed, settings)]


# Word characters and not, of several scripts and kinds, so that the boundaries are tried every way.
_CHARS = st.sampled_from(["a", "B", "_", " ", ".", "'", "é", "1", "²", "ß", "-", "\u0663", "(", "\n", "Baku"])


@given(st.lists(_CHARS, max_size=16).map("".join), st.lists(_CHARS, max_size=3).map("".join))
def test_places_whole_words_match_the_regex_they_replace(body: str, text: str) -> None:
    expected = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", body)]
    assert list(_whole_words(body, text)) == expected


_RANGE = st.tuples(st.integers(-2, 22), st.integers(-2, 22))


@given(st.integers(0, 20), st.lists(_RANGE, max_size=12), _RANGE)
def test_places_taken_overlaps_as_a_scan_of_the_ranges(length: int, ranges: list[tuple[int, int]],
                                                       asked: tuple[int, int]) -> None:
    taken = _Taken(length, ranges[:6])
    for start, end in ranges[6:]:
        taken.add(start, end)
    start, end = asked
    assert taken.overlaps(start, end) == any(s < end and start < e for s, e in ranges)


def test_places_an_organisations_acronym_is_no_place(settings: Settings) -> None:
    # IOM is also the Isle of Man's acronym, but the text defines it as the agency's; KPN (a town's code in Alaska)
    # is tagged as an organisation. A country's acronym stays a place.
    body = ("The International Organization for Migration (IOM) said 40 migrants drowned off Libya. According to the "
            "IOM, most had left from Zuwara. Shares in KPN rose. The board of KPN met in The Hague. The UAE and the "
            "US sent ships.")
    places = _places(body, settings)
    assert not _by_text(places, "IOM") and not _by_text(places, "KPN")
    assert [place.country for place in _by_text(places, "UAE")] == ["ARE"]
    assert [place.country for place in _by_text(places, "US")] == ["USA"]
