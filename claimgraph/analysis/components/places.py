"""Places: every place mention geocoded to GeoNames (id, point, ISO3 country, feature), offline.

Mentions (``mention_spans``) are spaCy's GPE, LOC and FAC entities; ORG, PERSON and NORP entities that name a
place (the small model tags ``Azerbaijan`` as PERSON and ``Nagorno-Karabakh`` as ORG); the other occurrences of a
name once taken as a place, where NER missed them; the dateline's place (or, where the cleaner parsed none, places
written in capitals as a wire dateline); and what the other NORP and ORG entities
hold: a demonym (``Kenyan``, ``form`` ``demonym``) and a place inside an organisation's name (``Zimbabwe`` in
``Air Zimbabwe``, ``form`` ``embedded``), which are never literal. ``claimgraph.knowledge.geo.resolve``
picks each mention's place among the gazetteer's candidates with the article as context. A name the gazetteer
lacks is looked up again without its first words (``northern Syria``); a facility, through any part of its name
(``Gaziantep Airport``), and it then becomes a landmark at that place's point with no GeoNames id of its own.

``literal`` is False where a country, capital or region stands for its government or people, or a landmark of the
project's table for what it houses (``the White House said``), read from the parse:
the subject of an agentive or speech verb (``Baku denied``), the possessor of what only a government has
(``Turkey's support``), the object of a verb such as support or accuse, a party to ties or talks (``ties between
Ankara and Baku``), or the agent of a passive. The word lists are ``claimgraph/knowledge/geo/metonymy.json``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Token

from claimgraph.analysis.pipeline import Component
from claimgraph.knowledge.geo import build
from claimgraph.knowledge.geo.gazetteer import Gazetteer, GeoPlace, gazetteer
from claimgraph.knowledge.geo.resolve import Mention, Resolution, derived_demonym, lookup, resolve
from claimgraph.records import Analysis, Entity, Place, Span

NAME = "places"
VERSION = 2

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels under which spaCy's small model also puts place names; see ``mention_spans`` for when such an entity is
# taken as a place. A city must have this many people to be taken by its name alone.
OTHER_LABELS = frozenset({"ORG", "PERSON", "NORP"})
OTHER_LABEL_MIN_POPULATION = 15_000
# A town of fewer people that the article makes act and never uses as a place is no place (``_acting_small_towns``).
ACTING_TOWN_MAX_POPULATION = 20_000
_NAMED_ALONE = frozenset({build.COUNTRY, build.CONTINENT, build.ADMIN1, build.REGION, build.WATER})
# A place found through part of a longer name must be big enough that the part is unlikely to be a coincidence
# ("Third" in "Third Presbyterian Church" is also a hamlet): a country, region or city of this many people.
PARTIAL_MIN_POPULATION = 100_000
PARTIAL_CONFIDENCE = 0.5  # a place found through part of the name is less certain: its confidence is scaled
MAX_NAME_WORDS = 10  # longer mentions are not cut into parts ("the Office of the United States Trade Representative")
_SETTLEMENTS = frozenset({build.CITY, build.CAPITAL, build.ADMIN2})
# The kinds of place a part of an organisation's name is taken as whatever their size.
_HELD_KINDS = frozenset({build.COUNTRY, build.CONTINENT, build.ADMIN1, build.REGION})
# Labels whose names hold a place anywhere in them: a facility is in it, an organisation belongs to it.
_NAMED_AFTER_PLACES = frozenset({"FAC", "ORG"})
# The kinds of place whose name can stand for a government or a people; a landmark of the project's table stands
# for what is housed there ("the White House said", "the Kremlin denied").
POLITIES = frozenset({build.COUNTRY, build.CAPITAL, build.ADMIN1, build.REGION, build.LANDMARK})
# Mentions that are no name of a place but hold one, with the label ``mention_spans`` gives them and the ``form``
# of the place record: a demonym (``Russian``, ``Kenyans``) and a place named inside an organisation's name
# (``Zimbabwe`` in ``Air Zimbabwe``, ``Kenyan`` in ``the Kenyan Ministry of Health``). Both stand for the place's
# state, people or institutions, never for the ground: their records are never literal.
DEMONYM = "DEMONYM"
EMBEDDED = "EMBEDDED"
FORMS = {DEMONYM: "demonym", EMBEDDED: "embedded"}

# Words that are place names somewhere (South, a region of Cameroon) but, cut out of a longer name, say nothing.
_GENERIC = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
    "new", "old", "greater", "great", "saint", "san", "santa", "lake", "river", "mount", "port", "fort", "city",
    "county", "island", "islands", "isles", "bay", "park", "valley", "hill", "hills", "beach", "springs", "centre",
    "center", "metro",
})
# Words after which a name is a place whatever label NER gave it. "to" and "at" are left out: "a letter to Putin".
_LOCATIVE = re.compile(
    r"\b(?:in|from|near|into|outside|across|around|towards?|through|(?:city|town|village|capital|region|province) of)"
    r"\s+(?:the\s+)?$"
)
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# An entity that begins with a possessive name ("Japan's Ministry of Agriculture", "Harare’s Third Street").
_POSSESSOR = re.compile(r"^(?P<name>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})['’]s\s")
# Up to three capitalised words right after a mention, which may be the rest of its name.
_FOLLOWING_WORDS = re.compile(r"(?: [A-Z][\w.\-]*){1,3}")
# A capitalised word, cut at hyphens: the parts of "anti-Russian" and "Austro-Hungarian".
_CAPITALISED_WORD = re.compile(r"(?<![\w'’])[A-Z][^\W\d_]+(?![\w'’])")
# A place written in capitals as a wire dateline, where the cleaner found none (a dateline after a headline, one
# of a style it does not parse): up to four words in capitals, then, on the same line, an optional region or date
# after commas ("TBILISI, Georgia --", "HORRY COUNTY, SC (WMBF) -", "TIJUANA & SAN DIEGO,, MARCH 29, 2018 --"),
# an optional agency in brackets, and a dash, a colon or "&" (or the bracketed agency alone: "MEXICO CITY (AP)
# Mexico's Senate"). U+FFFD is a dash that lost its encoding.
_CAPITALS_WORD = r"[A-Z][A-Z'’.\-]*"
_WIRE_PLACE = re.compile(
    rf"(?<![\w'’.\-])(?P<name>{_CAPITALS_WORD}(?:[^\S\n]+{_CAPITALS_WORD}){{0,3}})"
    r"(?=(?:,{1,2}[^\S\n]*[A-Za-z0-9][\w.]*(?:[^\S\n]+[A-Za-z0-9][\w.]*){0,3})*[^\S\n]*"
    r"(?:\([^()\n]{1,40}\)|--|[-\u2013\u2014\ufffd:&]))"
)
# What a wire dateline follows: the start of a line, the end of a sentence (a headline), a year ("March 15, 2009
# NEWARK --") or "&" between two places.
_BEFORE_WIRE_PLACE = re.compile(r"(?:\A|\n|[.!?:]|\b\d{4}|&)[^\S\n]*\Z")
_WIRE_PLACE_MIN_LETTERS = 3
# An acronym defined in the text: "the International Organization for Migration (IOM)", "the Libyan National Army
# (LNA)". The words before the bracket are read back to the first whose initial the acronym begins with.
_DEFINED_ACRONYM = re.compile(r"\((?P<acronym>[A-Z]{2,6})\)")
_ACRONYM_MAX_LETTERS = 6
# A city known by an acronym of its name (NYC, LA) is this big: small towns have acronyms that are companies' (KPN,
# the code of Kipnuk, Alaska).
ACRONYM_CITY_MIN_POPULATION = 1_000_000


@dataclass(frozen=True, slots=True)
class MetonymyWords:
    """The lists of ``metonymy.json``; its ``comment`` says what each is."""

    agent_verbs: frozenset[str]
    abstract_nouns: frozenset[str]
    object_verbs: frozenset[str]
    relation_nouns: frozenset[str]
    locative_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    place_verbs: frozenset[str]
    affected_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def metonymy_words() -> MetonymyWords:
    text = resources.files("claimgraph.knowledge.geo").joinpath("metonymy.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return MetonymyWords(**{field.name: frozenset(data[field.name]) for field in dataclasses.fields(MetonymyWords)})


@dataclass(frozen=True, slots=True)
class Geocoded:
    """One mention with the place it means: ``place`` None when the gazetteer has no candidate, ``partial`` when
    the place was found through part of the name."""

    span: Span
    label: str
    place: GeoPlace | None
    confidence: float
    partial: bool

    @property
    def landmark(self) -> bool:
        """A facility located through the place in its name (``Gaziantep Airport``): at that place's point, but
        not that place."""
        return self.partial and self.label == "FAC" and self.place is not None

    @property
    def geonames_id(self) -> int | None:
        return None if self.place is None or self.landmark else self.place.geonames_id


def _trim(body: str, start: int, end: int) -> Span:
    """The name without surrounding whitespace (NER takes in line breaks after a headline word), a leading
    article or a trailing possessive, still a slice of the body."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    article = _LEADING_ARTICLE.match(body[start:end])
    if article and start + article.end() < end:
        start += article.end()
    possessive = _POSSESSIVE.search(body[start:end])
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    return Span.of(body, start, end)


def _names_a_place(places: Gazetteer, text: str, *, well_known: bool) -> bool:
    """Whether ``text`` names a place: any place, or with ``well_known`` a country, continent, first-level region,
    region of the project's table or big city by its own name."""
    # An acronym (UN, NATO, FBI) names an organisation unless it is a country's or region's (US, EU, UAE, NSW):
    # a town called Un must not make the United Nations a place.
    acronym = text.isupper() and len(text) <= 5
    for candidate in places.candidates(text):
        if candidate.place.kind in _NAMED_ALONE and not candidate.alternate:
            return True
        if acronym:
            continue
        if not well_known or (not candidate.alternate and candidate.place.population >= OTHER_LABEL_MIN_POPULATION):
            return True
    return False


def mention_spans(places: Gazetteer, analysis: Analysis) -> list[tuple[Span, str]]:
    """The place mentions of an article with their NER labels, in text order.

    GPE, LOC and FAC entities are places. An ORG, PERSON or NORP entity is one when its text names a well-known
    place (``_names_a_place``) or any place right after a locative word (``in Stepanakert``, ``the city of X``),
    and then every entity with the same text is one too: one name is one place in one article. A PERSON entity
    that is a word of a person's full name in the article (Jackson after Michael Jackson) never is. The
    dateline's place has the label ``"DATELINE"``, whether an entity covers it or not, and so have the places
    written in capitals as a wire dateline (``_wire_places``) where the article has no dateline. A demonym and a place
    inside an organisation's name that no mention above overlaps have the labels ``DEMONYM`` and ``EMBEDDED``
    (``_held_places``).
    """
    body = analysis.article.body
    name_words = {
        word for entity in analysis.entities if entity.label == "PERSON" and " " in entity.span.text.strip()
        for word in entity.span.text.split()
    }
    surnames = {
        entity.span.text.split()[-1] for entity in analysis.entities
        if entity.label == "PERSON" and " " in entity.span.text.strip()
    }
    single_persons = {entity.span.text.strip() for entity in analysis.entities
                      if entity.label == "PERSON" and " " not in entity.span.text.strip()}
    candidates = [
        (_trim(body, entity.span.start, entity.span.end), entity.label) for entity in analysis.entities
        if (entity.label in PLACE_LABELS and not _surname_of_person(places, entity.span.text.strip(), surnames)
            and not _person_by_surname(places, entity.span.text.strip(), single_persons)) or (
            entity.label in OTHER_LABELS and not (entity.label == "PERSON" and entity.span.text.strip() in name_words))
    ]
    names = {
        span.text for span, label in candidates
        if label in PLACE_LABELS or _names_a_place(places, span.text, well_known=True)
        or (_LOCATIVE.search(body, max(0, span.start - 30), span.start)
            and _names_a_place(places, span.text, well_known=False))
    }
    found = _extended(places, body, [(span, label) for span, label in candidates if span.text in names])
    found.extend(_possessors(places, body, [(span, label) for span, label in candidates if span.text not in names],
                             found))
    found.extend(_repeated(body, analysis.entities, found))
    dateline = _dateline_span(places, analysis)
    if dateline:
        # The dateline's place keeps its own label, whatever NER called it: it is always the place itself.
        found = [item for item in found if not (item[0].start < dateline.end and dateline.start < item[0].end)]
        found.append((dateline, "DATELINE"))
    for span in _wire_places(places, body):
        # Other places written as a dateline ("SAN DIEGO" after "TIJUANA &"), where nothing else was found.
        if not any(s.start < span.end and span.start < s.end for s, _ in found):
            found.append((span, "DATELINE"))
    found.extend(_held_places(places, body, [(span, label) for span, label in candidates if span.text not in names],
                              found))
    found.extend(_bare_demonyms(places, body, analysis.entities, found))
    organisations = _organisation_acronyms(places, body, analysis.entities)
    found = [(span, label) for span, label in found if span.text not in organisations or span == dateline]
    return sorted(found, key=lambda item: (item[0].start, item[0].end))


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= _ACRONYM_MAX_LETTERS and letters.isalpha() and letters.isupper()


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s\-]+", name) if word[:1].isupper())


def _place_acronym(places: Gazetteer, text: str) -> bool:
    """Whether an acronym is a place's: the own name of a country, continent, first-level or table region (US, UK,
    UAE, DRC, NSW), a name of a capital (DC), or the initials of a city of a million people (NYC, LA)."""
    return any(
        (c.place.kind in _NAMED_ALONE and not c.alternate) or c.place.kind == build.CAPITAL or (
            c.place.population >= ACRONYM_CITY_MIN_POPULATION and _initials(c.place.name) == text.replace(".", ""))
        for c in places.candidates(text))


def _organisation_acronyms(places: Gazetteer, body: str, entities: Sequence[Entity]) -> set[str]:
    """Acronyms that name an organisation in the article, and so no place in it: one defined in the text after a
    name that is no place ("the International Organization for Migration (IOM)": not the Isle of Man, whose
    acronym it also is), and one the NER tags as an organisation somewhere that is no place's acronym
    (``_place_acronym``: KPN is no Kipnuk, Alaska, even where the NER also tags it as a place)."""
    found = {entity.span.text.strip() for entity in entities
             if entity.label == "ORG" and _is_acronym(entity.span.text.strip())
             and not _place_acronym(places, entity.span.text.strip())}
    for match in _DEFINED_ACRONYM.finditer(body):
        acronym = match["acronym"]
        capitals = list(acronym)
        words = re.findall(r"[\w'’\-]+", body[max(0, match.start() - 120):match.start()])
        # The definition: the last words before the bracket whose capitalised initials spell the acronym.
        initials = [word for word in words if word[:1].isupper()]
        if len(initials) < len(capitals) or [w[0] for w in initials[-len(capitals):]] != capitals:
            continue
        first = initials[-len(capitals)]
        definition = " ".join(words[len(words) - 1 - words[::-1].index(first):])
        if not _names_a_place(places, definition, well_known=True):
            found.add(acronym)
    return found


def _surname_of_person(places: Gazetteer, text: str, surnames: set[str]) -> bool:
    """Whether a one-word place entity is the surname of a person the article names in full and no well-known place
    (``Cummings`` after Elijah Cummings is not Cumming, Georgia; ``Jordan`` after Michael Jordan stays the country):
    news copy calls people by their surname after the first mention, and the small model tags some surnames GPE."""
    return " " not in text and text in surnames and not _names_a_place(places, text, well_known=True)


def _person_by_surname(places: Gazetteer, text: str, single_persons: set[str]) -> bool:
    """Whether a place entity of two or three capitalised words that no gazetteer knows ends in a word the NER reads
    as a person elsewhere in the article (``Its general secretary, Helen Okafor, told ... Okafor accused``): the
    person, as the actors component reads it too."""
    words = text.split()
    return 2 <= len(words) <= 3 and words[-1] in single_persons and all(word[:1].isupper() for word in words) \
        and not _names_a_place(places, text, well_known=False)


def _extended(places: Gazetteer, body: str, found: Sequence[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Mentions the small model cut short, extended over the capitalised words after them when the longer name is
    a country, continent, first-level or table region, or a city of 15,000 people, by its own name (``U.S.`` in
    ``U.S. Virgin Islands``; ``Baja`` and ``California`` in ``Baja California``, which become one mention)."""
    extended: list[tuple[Span, str]] = []
    for span, label in found:
        following = _FOLLOWING_WORDS.match(body, span.end)
        if following is not None:
            # A full stop that ends the sentence is no part of the name ("... the U.S. Virgin Islands.").
            ends = [span.end + m.end() for m in re.finditer(r"[^\s.]+(?:\.[^\s.]+)*", body[span.end:following.end()])]
            for end in reversed(ends):
                if _names_a_place(places, body[span.start:end], well_known=True):
                    span = Span.of(body, span.start, end)
                    break
        extended.append((span, label))
    kept: list[tuple[Span, str]] = []
    for span, label in extended:
        # A mention inside a longer one is part of it ("California" after "Baja").
        if not any(other.start <= span.start and span.end <= other.end and (other.end - other.start) >
                   (span.end - span.start) for other, _ in extended):
            kept.append((span, label))
    return kept


def _possessors(places: Gazetteer, body: str, others: Sequence[tuple[Span, str]],
                found: Sequence[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The place that owns what an entity not taken as a place names (``Japan`` in "Japan's Ministry of
    Agriculture", ``Harare`` in "Harare's Third Street"): the name before a possessive at the entity's start, when
    it names a well-known place (``_names_a_place``). It is a place's own name there, so it is labelled GPE."""
    owners: list[tuple[Span, str]] = []
    for span, _ in others:
        match = _POSSESSOR.match(span.text)
        if match is None or any(s.start < span.end and span.start < s.end for s, _ in found):
            continue
        name = match["name"]
        if _names_a_place(places, name, well_known=True):
            owners.append((Span.of(body, span.start, span.start + len(name)), "GPE"))
    return owners


class _Taken:
    """Character ranges of one body already taken, for asking whether a stretch overlaps any of them: a flag per
    character, set once, instead of a scan of every range for every word asked about."""

    def __init__(self, length: int, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self.flags = bytearray(length)
        self.ranges: list[tuple[int, int]] = []
        self.hollow: list[tuple[int, int]] = []  # ranges without a character (start >= end): no flag holds them
        for start, end in ranges:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self.ranges.append((start, end))
        if start >= end:
            self.hollow.append((start, end))
        first, last = max(start, 0), min(end, len(self.flags))
        if first < last:
            self.flags[first:last] = b"\x01" * (last - first)

    def overlaps(self, start: int, end: int) -> bool:
        """``any(s < end and start < e for s, e in ranges)``."""
        if not 0 <= start < end <= len(self.flags) or len(self.ranges) < 8:
            # A stretch without characters of the body has no flags to read; with few ranges, a scan is as quick.
            return any(s < end and start < e for s, e in self.ranges)
        return self.flags.find(1, start, end) != -1 or any(s < end and start < e for s, e in self.hollow)


def _bare_demonyms(places: Gazetteer, body: str, entities: Sequence[Entity],
                   found: Sequence[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Demonyms of a country, continent or region that no entity covers ("Salvadoran migrants", "along the
    Syrian-Turkish border", where NER saw one entity or none): a capitalised word that the gazetteer's demonym
    table has as it is written (not one guessed by word formation, which would take in any word ending in -an)."""
    taken = _Taken(len(body), [(e.span.start, e.span.end) for e in entities] + [(s.start, s.end) for s, _ in found])
    # The overlap is asked first: most capitalised words lie in an entity, and then need no look-up in the table.
    return [(Span.of(body, match.start(), match.end()), DEMONYM)
            for match in _CAPITALISED_WORD.finditer(body)
            if not taken.overlaps(match.start(), match.end()) and places.demonym(match.group()) is not None]


def _held_places(places: Gazetteer, body: str, others: Sequence[tuple[Span, str]],
                 found: Sequence[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The places that NORP and ORG entities not taken as places hold: a NORP entity that is a demonym of a
    country, continent or region (``DEMONYM``), and the part of an organisation's name that is a country, region
    or city of 100,000 people, or a demonym (``EMBEDDED``; see ``_known_part``)."""
    held: list[tuple[Span, str]] = []
    for span, label in others:
        if any(s.start < span.end and span.start < s.end for s, _ in found):
            continue
        if label in ("NORP", "PERSON") and _demonym_place(places, span.text) is not None and (
                label == "NORP" or places.demonym(span.text) is not None):
            # The small model tags some demonyms as persons (Azerbaijani soldiers): only a listed one is taken.
            held.append((span, DEMONYM))
        elif label == "NORP":
            held.extend(_demonym_parts(places, body, span))
        elif label == "ORG":
            words = [(match.start(), match.end()) for match in re.finditer(r"\S+", span.text)]
            part = _known_part(places, [span.text[start:end] for start, end in words], label, _held_in_name)
            if part is not None:
                first, last = words[part[0]][0], words[part[1] - 1][1]
                held.append((_trim(body, span.start + first, span.start + last), EMBEDDED))
    return held


def _demonym_parts(places: Gazetteer, body: str, span: Span) -> list[tuple[Span, str]]:
    """The demonyms a compound NORP entity is made of (``anti-Russian``, ``Russian-European``, ``Bosnian Serb``,
    ``Austro-Hungarian``): each capitalised part that the demonym table has as it is written; a prefix such as
    ``anti`` or ``pro`` is no part."""
    return _demonym_words(places, body, span.start, span.end)


def _demonym_words(places: Gazetteer, body: str, start: int, end: int) -> list[tuple[Span, str]]:
    """The capitalised words of ``body[start:end]``, cut at hyphens, that the demonym table has as written."""
    return [(Span.of(body, match.start(), match.end()), DEMONYM)
            for match in _CAPITALISED_WORD.finditer(body, start, end) if places.demonym(match.group()) is not None]


def _demonym_place(places: Gazetteer, text: str) -> GeoPlace | None:
    """The country, continent or region a demonym names, singular or plural (``Kenyan``, ``Kenyans``, ``Texans``),
    or None."""
    named = places.demonym(text) or (places.demonym(text[:-1]) if text.endswith("s") else None)
    if named is not None:
        return named
    derived = derived_demonym(places, text)
    return derived[0].place if derived else None


def _repeated(body: str, entities: Sequence[Entity], found: Sequence[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Other occurrences of names already taken as places that NER left out ("Baku denied" after "support to
    Baku"): one name is one place in one article. Occurrences inside another entity (Baku State University) are
    that entity's."""
    taken = _Taken(len(body), [(entity.span.start, entity.span.end) for entity in entities]
                   + [(s.start, s.end) for s, _ in found])
    labels = {span.text: label for span, label in found}
    repeated: list[tuple[Span, str]] = []
    for text, label in labels.items():
        for start, end in _whole_words(body, text):
            if not taken.overlaps(start, end):
                repeated.append((Span.of(body, start, end), label))
                taken.add(start, end)
    return repeated


def _whole_words(body: str, text: str) -> Iterator[tuple[int, int]]:
    r"""Where ``re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", body)`` matches, found with ``str.find``: a
    pattern that opens with a look-behind makes the regex engine try every position of the body, and this search
    was the costliest line of the component in a profile. ``\w`` is a character that ``isalnum`` or ``_``, as the
    regex engine reads it (checked for every Unicode character)."""
    if not text:  # the regex's empty matches; a place name is never empty
        yield from ((match.start(), match.end()) for match in re.finditer(r"(?<!\w)(?!\w)", body))
        return
    position = body.find(text)
    while position != -1:
        end = position + len(text)
        if not (position > 0 and _is_word_char(body[position - 1])) and not (
                end < len(body) and _is_word_char(body[end])):
            yield position, end
            position = body.find(text, end)  # matches do not overlap
        else:
            position = body.find(text, position + 1)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _dateline_span(places: Gazetteer, analysis: Analysis) -> Span | None:
    """The place of the article's dateline; when the cleaner found no dateline, the first place written in capitals
    as a wire dateline (``_wire_places``)."""
    dateline = analysis.article.dateline
    body = analysis.article.body
    if dateline is None:
        wire = _wire_places(places, body)
        return wire[0] if wire else None
    if not dateline.place:
        return None
    # The dateline's place is recased (BAKU → Baku); find it in the body as written.
    at = body.casefold().find(dateline.place.casefold(), dateline.span.start, dateline.span.end)
    return Span.of(body, at, at + len(dateline.place)) if at >= 0 else None


def _wire_places(places: Gazetteer, body: str) -> list[Span]:
    """Places written in capitals as a wire dateline (``BEIRUT (AP) —``, ``Headline. CORSICANA — A woman``,
    ``TIJUANA & SAN DIEGO, MARCH 29 --``), which the small model does not tag: a name in capitals, at least three
    letters long, that the gazetteer has as a place's own name."""
    found: list[Span] = []
    for match in _WIRE_PLACE.finditer(body):
        name = match["name"].rstrip()
        letters = sum(char.isalpha() for char in name)
        if (letters < _WIRE_PLACE_MIN_LETTERS or not name.isupper()
                or not _BEFORE_WIRE_PLACE.search(body, max(0, match.start() - 8), match.start())):
            continue
        if any(not candidate.alternate for candidate in places.candidates(name)):
            found.append(Span.of(body, match.start(), match.start() + len(name)))
    return found


def _lookup_text(places: Gazetteer, text: str, label: str) -> tuple[str, bool]:
    """The part of ``text`` to look up: all of it when the gazetteer knows it, else a shorter known part;
    ``partial`` says which.

    A place name keeps its referent without the words before it (``northern Syria``, ``South Los Angeles``) but
    not without its last word (``Tennessee Colony`` is no part of Tennessee), so only leading words are dropped.
    A facility is in the place its name begins with (``Gaziantep Airport``), and an organisation belongs to it
    (``Iowa House``, ``Harare City Council``), so any run of their words is tried; an organisation named after a
    people is that people's place (``European Commission``, ``Russian Higher School of Economics``). An ORG entity
    reaches here with a name the gazetteer lacks only as a gold span: ``mention_spans`` takes one as a place only
    when the gazetteer knows all of it.
    """
    if lookup(places, text):
        return text, False
    words = text.split()
    part = _known_part(places, words, label, _names_the_whole)
    return (" ".join(words[part[0]:part[1]]), True) if part is not None else (text, False)


def _known_part(places: Gazetteer, words: Sequence[str], label: str,
                fits: Callable[[Gazetteer, str, str], bool]) -> tuple[int, int] | None:
    """The start and end index of the longest run of ``words`` that ``fits`` (leading words dropped only, unless
    ``label`` is a facility's or an organisation's); None when none does or the name is longer than
    ``MAX_NAME_WORDS``."""
    if len(words) > MAX_NAME_WORDS:
        return None
    for size in range(len(words) - 1, 0, -1):
        starts = range(len(words) - size + 1) if label in _NAMED_AFTER_PLACES else [len(words) - size]
        for first in starts:
            part = " ".join(words[first:first + size])
            if part[:1].isupper() and part.lower() not in _GENERIC and fits(places, part, label):
                return first, first + size
    return None


def _names_the_whole(places: Gazetteer, part: str, label: str) -> bool:
    """Whether ``part`` can be what a whole name is about: a country, region or city of 100,000 people by any of
    its names, or for an organisation a demonym."""
    return any(_big_enough(c.place) for c in lookup(places, part)) or (
        label == "ORG" and places.demonym(part) is not None)


def _held_in_name(places: Gazetteer, part: str, label: str) -> bool:
    """Whether ``part`` of an organisation's name is a place of its own, stricter than ``_names_the_whole``
    because the whole is no place: a country, continent, first-level or table region or city of 100,000 people
    by its own name (not an alternate one: NBC, The and Inc. are alternate names of cities), or a demonym; an
    acronym only when it is a country's or region's (``U.S.``, ``NSW``), and no county (``Scott``, ``Polk``: a
    surname far more often)."""
    if places.demonym(part) is not None:
        return True
    acronym = part.replace(".", "").isupper()
    return any(
        not c.alternate and (c.place.kind in _HELD_KINDS or (
            not acronym and c.place.kind in _SETTLEMENTS and c.place.population >= PARTIAL_MIN_POPULATION))
        for c in places.candidates(part))


def _big_enough(place: GeoPlace) -> bool:
    """Whether a place found through part of a longer name can be what the name is about (a hamlet called Bank
    must not stand for the Bank of Mexico)."""
    return place.kind not in (build.CITY, build.ADMIN2) or place.population >= PARTIAL_MIN_POPULATION


def _demonym_countries(places: Gazetteer, entities: Sequence[Entity]) -> Counter[str]:
    countries: Counter[str] = Counter()
    for entity in entities:
        if entity.label == "NORP":
            named = places.demonym(entity.span.text)
            if named is not None and named.country:
                countries[named.country] += 1
    return countries


def geocode(analysis: Analysis, spans: Sequence[tuple[Span, str]]) -> list[Geocoded]:
    """The place each labelled span means, with the article (its entities and dateline) as context.

    The component runs it over ``mention_spans``; ``claimgraph evaluate places`` runs it over gold spans too.
    """
    places = gazetteer()
    body = analysis.article.body
    lookups = [_lookup_text(places, span.text, label) for span, label in spans]
    mentions = [Mention(text, span.start, span.end) for (span, _), (text, _) in zip(spans, lookups, strict=True)]
    dateline = _dateline_span(places, analysis)
    resolved = resolve(
        places, body, mentions, demonym_countries=_demonym_countries(places, analysis.entities),
        dateline=Mention(dateline.text, dateline.start, dateline.end) if dateline else None,
    )
    results: list[Geocoded] = []
    for (span, label), (_, partial), resolution in zip(spans, lookups, resolved, strict=True):
        results.append(_geocoded(span, label, partial, resolution))
    return results


def _geocoded(span: Span, label: str, partial: bool, resolution: Resolution | None) -> Geocoded:
    if resolution is None:
        return Geocoded(span, label, None, 0.0, partial)
    place = resolution.place
    too_small = (partial or label == EMBEDDED) and not _big_enough(place)
    if too_small or (label == DEMONYM and place.kind in _SETTLEMENTS):
        # A demonym names a country or region, not a town of its spelling (Canadian, Texas).
        return Geocoded(span, label, None, 0.0, partial)
    confidence = round(resolution.confidence * (PARTIAL_CONFIDENCE if partial else 1.0), 3)
    return Geocoded(span, label, place, confidence, partial)


# -- literal or metonymic ---------------------------------------------------------------------------------------


def _head_token(doc: Doc, span: Span) -> Token | None:
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return found.root if found is not None and len(found) else None


def _first_conjunct(token: Token) -> Token:
    # "Azerbaijan and Armenia have imposed martial law": Armenia hangs off Azerbaijan; the role is the first's.
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _verb_lemmas(verb: Token) -> set[str]:
    """The verb with the verbs and predicates it chains to: "was poised to provide" gives poise and provide."""
    lemmas = {verb.lemma_.lower()}
    for child in verb.children:
        if child.dep_ in ("xcomp", "acomp"):
            lemmas.add(child.lemma_.lower())
            lemmas.update(grandchild.lemma_.lower() for grandchild in child.children if grandchild.dep_ == "xcomp")
    return lemmas


def _object_lemmas(verb: Token) -> set[str]:
    return {child.lemma_.lower() for child in verb.children if child.dep_ in ("dobj", "attr")}


def is_literal(doc: Doc, span: Span, place: GeoPlace | None) -> bool:
    """False where a country, capital or region's name stands for its government or people.

    A cue in the parse decides (``_cue``); without one a country is its state, as most country names in the news
    are (three in five of GeoWebNews's dev half), and a city or region is the place.
    """
    if place is None or place.kind not in POLITIES:
        return True
    head = _head_token(doc, span)
    words = metonymy_words()
    if head is not None and any(_acts(clause, words) for clause in head.children):
        # "sold to Iran, which says it needs them": a country that acts in its own relative clause is its state,
        # whatever its role outside it.
        return False
    cue = _cue(_first_conjunct(head), words) if head is not None else None
    if cue is not None:
        return cue
    return place.kind != build.COUNTRY


def _acts(clause: Token, words: MetonymyWords) -> bool:
    """Whether a relative clause has its antecedent, as ``which`` or ``that``, do what only a state does. A plural
    verb is about some plural before the name ("her allies in Europe, which have accepted P")."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in words.agent_verbs:
        return False
    plural = any(verb.tag_ == "VBP" for verb in (clause, *clause.children) if verb.dep_ in ("relcl", "aux"))
    return not plural and any(word.dep_ == "nsubj" and word.lower_ in ("which", "that") for word in clause.children)


def _cue(token: Token, words: MetonymyWords) -> bool | None:
    """True for a cue that the name is the place, False for one that it is the state or people, None for none."""
    dep, governor = token.dep_, token.head
    lemma = governor.lemma_.lower()
    if dep in _SUBJECTS:
        if dep == "nsubjpass" and lemma in words.affected_verbs:
            return True  # "Gaza was bombed"
        if lemma in words.place_verbs:
            return True  # "Armenia borders Iran"
        if _verb_lemmas(governor) & words.agent_verbs or _object_lemmas(governor) & words.abstract_nouns:
            return False
        return None
    if dep in ("poss", "nmod", "compound"):
        # "Turkey's support", "Azerbaijan's Deputy Foreign Minister Fariz Rzayev", "Moscow officials";
        # "Azerbaijan's land", "the Turkey border".
        if lemma in words.abstract_nouns or governor.ent_type_ in ("PERSON", "ORG"):
            return False
        return True if lemma in words.place_nouns else None
    if dep == "dobj":
        if lemma in words.object_verbs:
            return False
        return True if lemma in words.affected_verbs else None
    if dep == "pobj":
        return _prepositional_cue(governor, words)
    return None


def _prepositional_cue(preposition: Token, words: MetonymyWords) -> bool | None:
    attached = preposition.head
    lemma = attached.lemma_.lower()
    word = preposition.lower_
    if preposition.dep_ == "agent":  # "was accused by Moscow": the agent of a passive acts
        return False
    if word in ("between", "with") and lemma in words.relation_nouns:
        return False
    # "support to Baku", "provide support to Baku" (the parser hangs "to" on the noun or on the verb).
    nouns = {lemma} | (_object_lemmas(attached) if attached.pos_ in ("VERB", "AUX") else set())
    if word in ("to", "for", "on", "against", "from") and (nouns & words.abstract_nouns or lemma in words.object_verbs):
        return False
    if word == "of":
        # "the territory of Azerbaijan" is the place; "the President of Azerbaijan", "the position of Turkey" the state.
        return True if lemma in words.place_nouns else False if lemma in words.abstract_nouns else None
    return True if word in words.locative_prepositions else None


def extract_places(doc: Doc, analysis: Analysis) -> Analysis:
    places = gazetteer()
    geocoded = geocode(analysis, mention_spans(places, analysis))
    acting = _acting_small_towns(doc, analysis.article.body, geocoded)
    records: list[Place] = []
    for item in geocoded:
        if item.span.text in acting:
            continue
        place = item.place
        form = FORMS.get(item.label, "name")
        if place is None and form != "name":
            continue  # a demonym or a part of a name is a place record only when it names a place
        if place is None or item.landmark:
            name, feature = item.span.text, "landmark" if item.label == "FAC" else "unknown"
        else:
            name, feature = place.name, place.feature
        records.append(Place(
            id=f"p{len(records) + 1}",
            extractor=f"{NAME}/{VERSION}",
            span=item.span,
            name=name,
            geonames_id=item.geonames_id,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            country=place.country if place else None,
            feature=feature,
            # A dateline says where the story was filed: the place itself, whatever the parse makes of it.
            literal=item.label == "DATELINE" or (form == "name" and is_literal(
                doc, item.span, None if item.landmark else place)),
            confidence=item.confidence,
            form=form,
        ))
    return dataclasses.replace(analysis, places=tuple(records))


def _acting_small_towns(doc: Doc, body: str, geocoded: Sequence[Geocoded]) -> set[str]:
    """Names read as small towns that the article never uses as a place and makes act ("Cisco sues Apple", "for
    Cisco to file a lawsuit"; GeoNames has a Cisco, Texas): a company or a person the NER took for a place. A name
    any mention of which follows a locative word (``in``, ``near``, ``the town of``) stays a place, and so does a
    town of ``ACTING_TOWN_MAX_POPULATION`` people or more (``Sparks approved the budget`` is its council)."""
    by_name: dict[str, list[Geocoded]] = {}
    for item in geocoded:
        by_name.setdefault(item.span.text, []).append(item)
    acting: set[str] = set()
    for name, items in by_name.items():
        place = items[0].place
        if place is None or items[0].label not in {"GPE", "LOC"} or place.kind != build.CITY or \
                place.population >= ACTING_TOWN_MAX_POPULATION:
            continue
        if any(_LOCATIVE.search(body, max(0, item.span.start - 30), item.span.start) for item in items):
            continue
        roots = [span.root for item in items
                 if (span := doc.char_span(item.span.start, item.span.end, alignment_mode="expand")) is not None]
        if any(root.dep_ == "nsubj" and root.head.pos_ == "VERB" for root in roots):
            acting.add(name)
    return acting


PLACES = Component(NAME, VERSION, frozenset({"entities", "tokens"}), frozenset({"places"}), extract_places)
