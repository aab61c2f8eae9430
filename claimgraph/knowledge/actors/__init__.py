"""What the actor resolver knows: organisations, national bodies, titles, descriptions and metonymy cues.

Each table is a TSV file beside this module (``README.md`` says where each comes from); ``actor_knowledge()``
reads them once per process, checks them (unknown sectors, kinds or cues are errors, not silent misses) and
indexes them for matching. Countries come from ``claimgraph.knowledge.countries``.

Phrases are matched on *compact* keys: the text folded (lower case, no accents, ASCII apostrophes) with every
space removed. Both a table phrase and a run of tokens reduce to the same key however the tokenizer split it
(``U.S.``, ``Secretary-General`` → ``secretary - general``, ``prosecutor's``), so the tables need not know how
spaCy tokenizes.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from importlib import resources
from typing import Generic, TypeVar

from claimgraph.knowledge.countries import CountryMatch, countries, normalize

SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "CVL", "IGO", "NGO", "BUS", "MED", "JUD", "LEG", "COP", "REF", "EDU",
                     "REL", "SPY"})
KINDS = frozenset({"person", "government", "military", "organization", "group", "country", "outlet"})
LITERAL_CUES = frozenset({"possessum", "preposition", "governor", "subject", "passive_subject"})
ROLE_PARTS = frozenset({"head", "modifier", "honorific", "counterpart"})

T = TypeVar("T")
_SLUG = re.compile(r"[^a-z0-9]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


@functools.lru_cache(maxsize=1 << 16)
def compact(text: str) -> str:
    """The matching key of a phrase: folded, no leading ``the``, no spaces (``The U.S. Army`` → ``u.s.army``).

    Cached: it runs on every token of every article, and news repeats its words.
    """
    return normalize(text).replace(" ", "")


def head_word(phrase: str) -> str:
    """The word a title or name is about, lower-cased: its last word before ``of``/``for``/``at``/``in``/``to``
    (``minister`` in ``Health Minister``, ``secretary`` in ``Secretary of State``, ``court`` in ``Supreme Court of
    Puerto Rico``)."""
    words = re.split(r"\s+(?:of|for|at|in|to)\s+", phrase.lower(), maxsplit=1)[0].split()
    return words[-1] if words else ""


def description_facts(roles: Iterable[str], name: str, key: str) -> str:
    """An actor's roles, name and key folded into the one string a description's cue words are looked for in."""
    return compact(" ".join([*roles, name, key.replace("-", " ")]))


@functools.lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """The part of a key made from a name: ``Mevlüt Çavuşoğlu`` → ``mevlut-cavusoglu``."""
    return _SLUG.sub("-", normalize(text)).strip("-")


class PhraseIndex(Generic[T]):
    """Phrases to values, looked up whole (``get``) or as the longest run of tokens from a position (``match``).

    A phrase written in capitals in its table (``UN``, ``WHO``, ``AP``) is an acronym and matches only text
    written in capitals, so ``us`` is not the United States and ``Who`` not the World Health Organization. One
    written with a capital (``Congress``) is a name and matches only text starting with one (``congress`` is a
    common noun); one written in lower case (``foreign ministry``) matches any case.
    """

    def __init__(self) -> None:
        self._values: dict[str, tuple[T, _Case]] = {}
        self._prefixes: set[str] = set()

    def add(self, phrase: str, value: T) -> None:
        key = compact(phrase)
        if not key:
            raise ValueError(f"empty phrase for {value!r}")
        # The first entry of a phrase wins (tables list the preferred reading first); it is held to a case only
        # as far as every spelling given for it is (``NATO`` and ``Nato`` admit both).
        value, case = self._values.get(key, (value, _Case.ACRONYM))
        self._values[key] = (value, min(case, _case_of(phrase)))
        self._prefixes.update(key[:end] for end in range(1, len(key) + 1))

    def __contains__(self, text: str) -> bool:
        return compact(text) in self._values

    def get(self, text: str) -> T | None:
        found = self._values.get(compact(text))
        if found is None or _case_of(text) < found[1]:
            return None
        return found[0]

    def match(self, words: Sequence[str], start: int, texts: Sequence[str] | None = None) -> tuple[int, T] | None:
        """The longest phrase made of ``words[start:end]`` (folded token texts) as ``(end, value)``, or None.

        ``texts`` are the tokens as written, to hold acronyms to capitals; without them case is not checked.
        """
        key = ""
        best: tuple[int, T] | None = None
        for end in range(start, len(words)):
            key += words[end].replace(" ", "")
            if key not in self._prefixes:
                break
            found = self._values.get(key)
            if found is not None and (texts is None or _case_of(" ".join(texts[start:end + 1])) >= found[1]):
                best = (end + 1, found[0])
        return best


class _Case(IntEnum):
    """How a phrase is written, from the least to the most constrained."""

    LOWER = 0  # "foreign ministry"
    CAPITALIZED = 1  # "Congress"
    ACRONYM = 2  # "UN", "U.S."


def _case_of(text: str) -> _Case:
    # "the Kremlin": the article is no part of the name whose case is checked.
    letters = [char for char in _LEADING_ARTICLE.sub("", text) if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return _Case.ACRONYM
    return _Case.CAPITALIZED if letters and letters[0].isupper() else _Case.LOWER


@dataclass(frozen=True, slots=True)
class Organization:
    """A named body with a fixed key (``igo:osce-minsk-group``, ``outlet:tass``, ``gov:RUS`` for the Kremlin)."""

    key: str
    name: str
    kind: str
    sector: str | None
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NationalBody:
    """A body or collective of one country (``Foreign Ministry``, ``armed forces``, ``militants``)."""

    kind: str
    sector: str
    key_template: str

    def key(self, iso3: str) -> str:
        return self.key_template.format(iso3=iso3)


@dataclass(frozen=True, slots=True)
class RoleHead:
    """A word naming a position (``minister``), with the sector and gender it implies."""

    sector: str | None
    gender: str | None


@dataclass(frozen=True, slots=True)
class Description:
    """What a definite description (``the diplomat``) may refer to."""

    kinds: frozenset[str]
    sectors: frozenset[str | None]  # empty: any sector
    cues: tuple[str, ...]  # one must occur in the actor's roles or name; empty: any
    keys: tuple[re.Pattern[str], ...]  # shapes the actor's key must have; empty: any

    def admits(self, kind: str, sector: str | None, key: str, facts: str) -> bool:
        """Whether an actor of this kind, sector and key, whose roles and name are ``facts`` (folded), fits."""
        return (
            kind in self.kinds
            and (not self.sectors or sector in self.sectors)
            and (not self.keys or any(shape.fullmatch(key) for shape in self.keys))
            and (not self.cues or any(cue in facts for cue in self.cues))
        )


@dataclass(frozen=True, slots=True)
class OrganizationWord:
    """A word in an organisation's name that tells its sector and kind (``Inc``, ``Airlines``, ``Ministry``)."""

    sector: str
    kind: str
    legal: bool


@dataclass(frozen=True, slots=True)
class ActorKnowledge:
    """Every table the actor resolver reads, indexed."""

    organizations: PhraseIndex[Organization]
    bodies: PhraseIndex[NationalBody]
    role_heads: PhraseIndex[RoleHead]
    role_modifiers: dict[str, str | None]  # folded word -> sector it implies
    honorifics: dict[str, str | None]  # folded word -> gender
    counterparts: frozenset[str]
    descriptions: dict[str, Description]  # folded head noun -> what it admits
    organization_words: PhraseIndex[OrganizationWord]
    literal_cues: dict[str, frozenset[str]]  # cue -> folded words
    country_phrases: PhraseIndex[CountryMatch]
    role_words: frozenset[str]  # every folded word of a title phrase ("prime", "minister", "deputy")
    event_words: frozenset[str]  # folded words ending an event's name ("conference", "expo")
    gender_words: dict[str, str]  # folded noun for a person that is no title (wife, widow) -> gender
    title_abbreviations: dict[str, str]  # "Sen." as written -> "senator"

    def is_role_word(self, word: str) -> bool:
        """Whether ``word`` (folded) may stand in a title: a word of a head, a modifier or ``counterpart``."""
        return word in self.role_words

    def organization_word(self, name: str) -> OrganizationWord | None:
        """The sector and kind the words of ``name`` tell: the table entry ending rightmost wins, longest first."""
        words = [word for word in re.split(r"\s+", name.strip()) if word]
        folded = [compact(word) for word in words]
        found: tuple[int, int, OrganizationWord] | None = None
        for start in range(len(folded)):
            hit = self.organization_words.match(folded, start)
            if hit is not None and (found is None or (hit[0], hit[0] - start) >= (found[0], found[1])):
                found = (hit[0], hit[0] - start, hit[1])
        return found[2] if found else None

    def organization_slug(self, name: str) -> str:
        """The slug of an organisation's name without its legal form: ``Chrysler LLC`` → ``chrysler``."""
        words = name.split()
        while len(words) > 1:
            entry = self.organization_words.get(words[-1].strip(","))
            if entry is None or not entry.legal:
                break
            words.pop()
        return slug(" ".join(words).rstrip(","))


def _rows(name: str, columns: int) -> list[list[str]]:
    """The data rows of a table: comment lines and the header row dropped, each row checked for its width."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        if len(row) != columns:
            raise ValueError(f"{name}: row {row!r} has {len(row)} columns, not {columns}")
    return rows


def _check(name: str, value: str, allowed: Iterable[str], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"{name}: {what} {value!r} is not one of {sorted(allowed)}")
    return value


def _optional(value: str) -> str | None:
    return value or None


def _organizations() -> PhraseIndex[Organization]:
    index: PhraseIndex[Organization] = PhraseIndex()
    for key, name, kind, sector, country, aliases in _rows("organizations.tsv", 6):
        _check("organizations.tsv", kind, KINDS, "kind")
        if sector:
            _check("organizations.tsv", sector, SECTORS, "sector")
        if country and countries().get(country) is None:
            raise ValueError(f"organizations.tsv: {country!r} is no ISO 3166 alpha-3 code")
        organization = Organization(key, name, kind, _optional(sector), _optional(country),
                                    tuple(alias for alias in aliases.split("|") if alias))
        for phrase in (name, *organization.aliases):
            index.add(phrase, organization)
    return index


def _bodies() -> PhraseIndex[NationalBody]:
    index: PhraseIndex[NationalBody] = PhraseIndex()
    for phrases, kind, sector, key in _rows("national_bodies.tsv", 4):
        body = NationalBody(_check("national_bodies.tsv", kind, KINDS, "kind"),
                            _check("national_bodies.tsv", sector, SECTORS, "sector"), key)
        if "{iso3}" not in key:
            raise ValueError(f"national_bodies.tsv: key {key!r} has no {{iso3}}")
        for phrase in phrases.split("|"):
            index.add(phrase, body)
    return index


# Words that join the words of a title ("Minister of Foreign Affairs", "Secretary-General") but are none.
# Words that open a surname ("de Blasio", "van der Berg", "bin Salman"): the surname is the particle and the rest.
SURNAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter",
                               "le", "la", "dela", "bin", "binti", "bint", "ibn", "al", "el", "abu"})
# Words after a person's name that are no surname: generational suffixes ("Robert Downey Jr.") and post-nominal
# letters ("Rebecca Thornbury QC", "Michael Brand MP").
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
POST_NOMINALS = frozenset({"qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "phd"})


def name_words(name: str, *, generational: bool = True) -> list[str]:
    """The words of a person's name without the suffixes after it (``Robert Downey`` of ``Robert Downey Jr.``,
    ``Rebecca Thornbury`` of ``Rebecca Thornbury QC``); without ``generational``, a generational suffix stays."""
    suffixes = POST_NOMINALS | GENERATIONAL_SUFFIXES if generational else POST_NOMINALS
    words = name.split()
    while len(words) > 1 and words[-1].strip(".,").lower() in suffixes:
        words.pop()
    return words


def surname(name: str, *, generational: bool = True) -> str:
    """The last word of a person's name that is no suffix (``Downey`` of ``Robert Downey Jr.``, ``Thornbury`` of
    ``Rebecca Thornbury QC``); without ``generational``, a generational suffix stays (a dynasty's surname is often
    also a company's: ``Ford`` is not William Clay Ford Jr.)."""
    words = name_words(name, generational=generational)
    return words[-1] if words else name


def first_surname(name: str) -> str | None:
    """The first of two surnames, as Spanish and Portuguese names have them (``Villarroel`` of Jorge Luis Villarroel
    Ortiz): the word before the last of a name of three words or more, no particle. None after a generational suffix
    (``Ford`` is not William Clay Ford Jr.'s second surname)."""
    words = name_words(name, generational=False)
    if len(words) < 3 or words != name_words(name) or words[-2].lower() in SURNAME_PARTICLES:
        return None
    return words[-2]


TITLE_CONNECTORS = frozenset({"of", "for", "and", "the", "-", "&"})


def _title_words(phrase: str) -> set[str]:
    return {compact(word) for word in re.split(r"[\s-]+", phrase) if word and compact(word) not in TITLE_CONNECTORS}


def _roles() -> tuple[PhraseIndex[RoleHead], dict[str, str | None], dict[str, str | None], frozenset[str]]:
    heads: PhraseIndex[RoleHead] = PhraseIndex()
    modifiers: dict[str, str | None] = {}
    honorifics: dict[str, str | None] = {}
    counterparts: set[str] = set()
    for phrase, part, sector, gender in _rows("roles.tsv", 4):
        _check("roles.tsv", part, ROLE_PARTS, "part")
        if sector:
            _check("roles.tsv", sector, SECTORS, "sector")
        if gender:
            _check("roles.tsv", gender, ("m", "f"), "gender")
        if part == "head":
            heads.add(phrase, RoleHead(_optional(sector), _optional(gender)))
        elif part == "modifier":
            modifiers[compact(phrase)] = _optional(sector)
        elif part == "honorific":
            honorifics[compact(phrase)] = _optional(gender)
        else:
            counterparts.add(compact(phrase))
    return heads, modifiers, honorifics, frozenset(counterparts)


def _descriptions() -> dict[str, Description]:
    """The rows of ``descriptions.tsv``, and for each one-word title head of ``roles.tsv`` that has no row of its own
    a description of a person who holds that title ("the sheriff" is the one titled Sheriff before): a title
    names its holder whatever it is, while the table's rows say what a description admits beyond that."""
    table: dict[str, Description] = {}
    for phrase, part, _, _ in _rows("roles.tsv", 4):
        word = compact(phrase)
        if part == "head" and " " not in phrase:
            table[word] = Description(frozenset({"person"}), frozenset(), (word,), ())
    for head, kinds, sectors, cues, keys in _rows("descriptions.tsv", 5):
        admitted_kinds = frozenset(_check("descriptions.tsv", kind, KINDS, "kind") for kind in kinds.split("|"))
        admitted_sectors: set[str | None] = set()
        for sector in filter(None, sectors.split("|")):
            admitted_sectors.add(None if sector == "-" else _check("descriptions.tsv", sector, SECTORS, "sector"))
        table[compact(head)] = Description(
            admitted_kinds, frozenset(admitted_sectors), tuple(compact(cue) for cue in cues.split("|") if cue),
            tuple(_key_shape(key) for key in keys.split("|") if key),
        )
    return table


def _key_shape(shape: str) -> re.Pattern[str]:
    """``gov:{iso3}`` → a state's key exactly; ``gov`` → any key starting ``gov:``."""
    if "{iso3}" in shape:
        return re.compile(re.escape(shape).replace(re.escape("{iso3}"), "[A-Z]{3}"))
    return re.compile(re.escape(shape) + ":.+")


def _organization_words() -> PhraseIndex[OrganizationWord]:
    index: PhraseIndex[OrganizationWord] = PhraseIndex()
    for words, sector, kind, legal in _rows("organization_words.tsv", 4):
        index.add(words, OrganizationWord(
            _check("organization_words.tsv", sector, SECTORS, "sector"),
            _check("organization_words.tsv", kind, KINDS, "kind"), legal == "yes",
        ))
    return index


def _literal_cues() -> dict[str, frozenset[str]]:
    cues: dict[str, set[str]] = {cue: set() for cue in LITERAL_CUES}
    for cue, word in _rows("metonymy.tsv", 2):
        cues[_check("metonymy.tsv", cue, LITERAL_CUES, "cue")].add(compact(word))
    return {cue: frozenset(words) for cue, words in cues.items()}


def _country_phrases() -> PhraseIndex[CountryMatch]:
    index: PhraseIndex[CountryMatch] = PhraseIndex()
    for phrase, match in countries().phrases():
        index.add(_original_case(phrase, match), match)
    return index


def _original_case(phrase: str, match: CountryMatch) -> str:
    """The form of ``phrase`` as the country's data writes it, so ``US`` keeps its capitals (an acronym)."""
    country = match.country
    forms: Sequence[str] = {"name": country.names, "capital": country.capitals, "demonym": country.demonyms,
                            "people": country.people}[match.how]
    return next((form for form in forms if normalize(form) == phrase), phrase)


@functools.cache
def actor_knowledge() -> ActorKnowledge:
    """The tables, read and indexed once per process."""
    heads, modifiers, honorifics, counterparts = _roles()
    words = set(modifiers) | set(counterparts)
    for phrase, part, _, _ in _rows("roles.tsv", 4):
        if part == "head":
            words |= _title_words(phrase)
    return ActorKnowledge(
        organizations=_organizations(), bodies=_bodies(), role_heads=heads, role_modifiers=modifiers,
        honorifics=honorifics, counterparts=counterparts, descriptions=_descriptions(),
        organization_words=_organization_words(), literal_cues=_literal_cues(), country_phrases=_country_phrases(),
        role_words=frozenset(words), event_words=frozenset(compact(word) for (word,) in _rows("event_words.tsv", 1)),
        gender_words={compact(word): _check("gender_words.tsv", gender, ("m", "f"), "gender")
                      for word, gender in _rows("gender_words.tsv", 2)},
        title_abbreviations={abbreviation: _check("title_abbreviations.tsv", word, words, "title word")
                             for abbreviation, word in _rows("title_abbreviations.tsv", 2)},
    )


__all__ = [
    "TITLE_CONNECTORS", "ActorKnowledge", "Description", "NationalBody", "Organization", "OrganizationWord",
    "PhraseIndex", "RoleHead", "actor_knowledge", "compact", "slug",
]
