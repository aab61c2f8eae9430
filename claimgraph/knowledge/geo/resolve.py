"""Choosing, for each place name of an article, the place it means: toponym resolution.

Every mention's candidates come from the gazetteer. Each candidate gets a score: a prior (what kind of place it
is, how many people live there, whether the name is its own or an alternate one) plus what the article says
around it. The context is read twice over:

* local cues next to the mention: ``the Turkish city of Gaziantep`` (a demonym before a place word) and
  ``Alexandria, La.`` / ``Springfield, Illinois`` (a region or country after a comma) constrain it hard;
* the article as a whole: the dateline's place, the countries its demonyms name (``Turkish`` → TUR) and, after a
  first pass, the countries the other names are likely in, the first-level regions and points of the other places
  chosen with some confidence, and the points of every likely reading of the other names (a town beside one of
  them). Later passes re-score with those, so ``Alexandria`` next to ``Rapides Parish`` moves to Louisiana and
  ``Paris`` beside ``Henry County`` to Tennessee.

Mentions with the same key (``Baku`` twice) are one place in one article. The weights are named constants
below, set on the dev halves of GeoWebNews and LGL (``claimgraph evaluate places --split dev``).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from claimgraph.knowledge.geo import build
from claimgraph.knowledge.geo.gazetteer import Candidate, Gazetteer, GeoPlace
from claimgraph.knowledge.geo.names import name_key

# -- the prior: what a name alone says --------------------------------------------------------------------------
# A landmark or seat of government of the project's table (the White House, the Kremlin, Heathrow Airport) is
# famous by choice and has no population: it must beat a town of its name (White House, Tennessee; Heathrow,
# Florida) in an article about the town's country too.
LANDMARK_PRIOR = 4.0
# Added per kind of place. A country or a curated region is what a bare name means far more often than a town
# of the same name (Georgia the country over Georgia, Vermont). The project's regions and seas have no population
# to add, and must still win over a town of their name that the article's context favours (Middle East,
# Pennsylvania, in a story from Pennsylvania about the Middle East).
KIND_PRIOR = {
    build.COUNTRY: 4.0, build.CONTINENT: 4.0, build.REGION: 8.0, build.WATER: 8.0, build.CAPITAL: 2.5,
    build.ADMIN1: 1.0, build.ADMIN2: -0.5, build.CITY: 0.0, build.LANDMARK: LANDMARK_PRIOR,
}
POPULATION_WEIGHT = 0.8  # per power of ten of population
ALTERNATE_PENALTY = 1.5  # the name is one of the place's alternate names, not its own
# A region named after its seat (Ankara province, Gaziantep province) loses to the city: news means the city.
SEAT_PENALTY = 2.5

# -- the context -----------------------------------------------------------------------------------------------
LOCAL_COUNTRY = 5.0  # "the Turkish city of X", "X, Turkey": X lies in that country
CONTAINER = 5.0  # "the Kansas town of X", "X, La.": X lies in that first-level region
COUNTRY_PRESENT = 1.5  # the candidate's country is one the article is about
COUNTRY_SHARE = 2.0  # times the share of the article's place weight that is in the candidate's country
SAME_ADMIN1 = 1.5  # another place of the article lies in the same first-level region (or is it)
NEARBY = 2.0  # times exp(-km / NEARBY_KM) to the nearest other place of the article
NEARBY_KM = 100.0
DATELINE_WEIGHT = 3.0  # the dateline's country counts as this many mentions
DEMONYM_WEIGHT = 0.5  # each demonym (Turkish, Armenian) counts as this many mentions of its country
# A reading of another name (a candidate with at least READING_PROBABILITY) this close makes a candidate likelier:
# NEAR_READING times exp(-km / NEAR_READING_KM). Short range: towns of one county, a town and its county.
NEAR_READING = 3.0
NEAR_READING_KM = 25.0
READING_PROBABILITY = 0.05
PASSES = 4
# A place chosen with at least this confidence is context for the others; so is a country holding this share of a
# name's probability.
ANCHOR_CONFIDENCE = 0.4
CITY_DESIGNATED_MIN_POPULATION = 100_000  # "X City" is X when X is a city of this many people
# Names listed together are places of one kind ("western states such as California or Washington" lists states):
# a candidate of the kind a listed name was confidently resolved to (a country or a first-level region) gets this.
LIST_KIND = 1.5
KEEP = 40  # candidates per name carried into context scoring, best priors first (San Jose has 101)
# A small namesake of a big city or of a landmark of the project's table (Manchester, Connecticut beside
# Manchester, England; Heathrow, Florida beside Heathrow Airport) takes the article's
# countries only on direct evidence of its own: a state or country right around the mention, another place of its
# first-level region in the article, or one within EVIDENCE_KM. A namesake is big with DOMINANT_MIN_POPULATION
# people and DOMINANT_RATIO times the small one's. Without evidence the small one is no context for other names
# either, so two such towns of one state cannot vouch for each other (Manchester and Colchester, Connecticut).
DOMINANT_RATIO = 5.0
DOMINANT_MIN_POPULATION = 100_000
EVIDENCE_KM = 50.0
# A name used only to say where an organisation or a person's group is based ("the New York-based group", "a firm
# based in Abu Dhabi") says little of where the story is: such a name is no region or nearness context for the other
# names (Geneva, New York, must not win over Geneva for it) and counts this much of a mention for its country.
INCIDENTAL_WEIGHT = 0.5

# Places small enough for their point to be context.
_POINTS = frozenset({build.CITY, build.CAPITAL, build.ADMIN2, build.LANDMARK})
_NAMESAKES = frozenset({build.CITY, build.ADMIN2})  # the kinds of place that can be a small namesake of a big city
_PLACE_WORDS = (
    "city", "town", "village", "capital", "port", "province", "region", "district", "state", "county",
    "border town", "border city", "resort", "island", "enclave", "republic", "governorate", "municipality",
)
# Trailing words that say what kind of area a name is ("Donetsk region", "the Karabakh zone").
_DESIGNATORS = frozenset({
    "region", "province", "county", "state", "district", "oblast", "governorate", "zone", "area",
})
_SETTLEMENT_KINDS = frozenset({build.CITY, build.CAPITAL})
# A point of the compass alone ("the West", "Western countries", "the South") names a part of the world or of a
# country in the news, not the regions of Cameroon, Uganda or Sierra Leone called so: it is no place unless the
# text right around it puts it in one ("West, Texas").
_COMPASS = frozenset({"west", "western", "east", "eastern", "north", "northern", "south", "southern"})
# A designator after a name ("Idlib province", "Kano state", "the Moscow region", "Butler County") makes the name
# that area. "State" and "District" in capitals begin an institution's name as often (Youngstown State University,
# San Diego State, the Woodstock District Chamber of Commerce): after them only a first-level subdivision by its own
# name counts (Sokoto State, Oaxaca State).
_AREA_DESIGNATORS = frozenset({
    "province", "governorate", "region", "state", "district", "county", "oblast",
    "Province", "Governorate", "Region", "County", "Oblast", "State", "District",
})
_FIRST_LEVEL_DESIGNATORS = frozenset({"State", "District"})
# Not where the words name an office or a court of the area ("the Harris county attorney", "a district court").
_DESIGNATOR_AFTER = re.compile(
    r"\s+(?P<designator>" + "|".join(sorted(_AREA_DESIGNATORS)) + r")\b"
    r"(?!\s+(?i:attorney|court|judge|prosecutor)s?\b)"
)
_PLACE_WORD_OF = re.compile(
    r"\b(?P<qualifier>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)\s+(?:" + "|".join(_PLACE_WORDS) + r")\s+of\s+$"
)
# English demonym endings and what each replaces at the end of the place's name, likeliest first: Ohio-an,
# Virgini-an, Tex-an (Texas), Colorad-an (Colorado), Florid-ian (Florida), Ontar-ian (Ontario), Kentuck-ian,
# Dagestan-i, New York-er.
_DEMONYM_ENDINGS = (
    ("ian", ("ia", "a", "o", "y", "")), ("an", ("", "a", "as", "o")), ("i", ("",)), ("er", ("",)),
)
_DEMONYM_KINDS = frozenset({build.COUNTRY, build.ADMIN1, build.REGION, build.CONTINENT})
# The end of a list of areas of one kind after a name: "Clark and Warren counties", "Becker, Clay, Otter Tail and
# Wilkin counties". Each name listed is the area, not the town of its name.
_SINGULAR = {"counties": "County", "parishes": "Parish", "townships": "Township", "boroughs": "Borough"}
_LISTED_AREAS = re.compile(
    r"(?:(?:,\s*|,?\s+(?:and|or|&)\s+)[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})*,?\s+"
    r"(?P<plural>(?i:" + "|".join(_SINGULAR) + r"))\b"
)
_LISTED_KINDS = frozenset({build.COUNTRY, build.ADMIN1})
_LIST_GAP = re.compile(r"\s*(?:,|(?:,\s*)?\b(?:and|or)\b|&)\s*\Z")
# "<Place>-based", "<Place>-headquartered" after a name, "based in" / "headquartered in" before it.
_BASED_AFTER = re.compile(r"\s?[-\u2010\u2011]\s?(?:based|headquartered)\b")
_BASED_BEFORE = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?\Z")
_AFTER_COMMA = re.compile(r"^,\s*(?P<container>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name in an article: the name as written (trimmed) and where it is."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Resolution:
    """The place a mention means, with the share of the candidates' probability it holds."""

    place: GeoPlace
    confidence: float


@dataclass(slots=True)
class _Group:
    """The mentions of one name in one article, resolved together."""

    key: str
    mentions: list[Mention]
    candidates: list[Candidate]
    priors: list[float]
    local: list[float]
    scores: list[float]
    dominated: list[bool]
    evidence: list[bool]
    choice: int | None = None
    incidental: bool = False  # every mention only says where something is based ("the New York-based group")

    def doubtful(self, index: int) -> bool:
        """Whether candidate ``index`` is a small namesake of a big city with no evidence of its own (so far)."""
        return self.dominated[index] and not self.evidence[index]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _prior(candidate: Candidate, siblings: Sequence[Candidate]) -> float:
    place = candidate.place
    score = KIND_PRIOR[place.kind] + POPULATION_WEIGHT * math.log10(place.population + 1)
    if candidate.alternate:
        score -= ALTERNATE_PENALTY
    if place.kind in (build.ADMIN1, build.ADMIN2) and any(
        other.place.kind in (build.CITY, build.CAPITAL) and not other.alternate and other.place.country == place.country
        and (other.place.admin1 == place.row or (other.place.admin1 == place.admin1 and place.kind == build.ADMIN2))
        for other in siblings
    ):
        score -= SEAT_PENALTY
    return score


def _dominated(candidate: Candidate, siblings: Sequence[Candidate]) -> bool:
    """Whether a town or county is a small namesake of a big city or a famous landmark among the candidates of its
    name (Manchester, Connecticut beside Manchester, England; Heathrow, Florida beside Heathrow Airport): the city
    has DOMINANT_MIN_POPULATION people and DOMINANT_RATIO times the town's; both go by that name as their own."""
    place = candidate.place
    return place.kind in _NAMESAKES and any(
        other.place.row != place.row and not other.alternate and (other.place.kind == build.LANDMARK or (
            other.place.kind in (build.CITY, build.CAPITAL)
            and other.place.population >= max(DOMINANT_MIN_POPULATION, DOMINANT_RATIO * place.population)))
        for other in siblings
    )


def lookup(gazetteer: Gazetteer, text: str) -> tuple[Candidate, ...]:
    """The candidates of a name as written: its own key, else with ``County`` for a final ``Co.`` or without a
    final designator (``Donetsk region``); a demonym given as a place adds its country."""
    found = gazetteer.candidates(text)
    words = text.split()
    if not found and len(words) == 1 and text.endswith("."):
        # "Phila.": an abbreviation that is no state's is the word the gazetteer holds without its stop.
        found = gazetteer.candidates(text[:-1])
    if not found and len(words) > 1 and words[-1] == "Co.":
        # "Platte Co.": local news abbreviates County.
        found = gazetteer.candidates(" ".join([*words[:-1], "County"]))
    if not found and len(words) > 1 and words[-1].lower() in _DESIGNATORS:
        # "Donetsk region", "Ankara province", "the Karabakh zone": not every name the gazetteer holds has it. The
        # designator says the name is an area: a city of the name ("Idlib province" is not the city of Idlib) is
        # left out when an area of it is a candidate (``_areas``).
        found = gazetteer.candidates(" ".join(words[:-1]))
        found = _areas(found, words[-1]) or found
    if not found and len(words) > 1 and words[-1].lower() == "city":
        # "Birmingham City" (its council, its club) is Birmingham; "Harbor City" is no town called Harbor: only a
        # big city is named so.
        found = tuple(c for c in gazetteer.candidates(" ".join(words[:-1]))
                      if c.place.kind in _POINTS and c.place.population >= CITY_DESIGNATED_MIN_POPULATION)
    # A demonym given as a place ("Russian" in "Russian troops", as gold sets mark them) means its country,
    # more than a town of that name (Canadian, Texas).
    place = gazetteer.demonym(text) or (gazetteer.demonym(text[:-1]) if text.endswith("s") else None)
    if place is not None and all(c.place.row != place.row for c in found):
        found = (*found, Candidate(place, alternate=False))
    if not found:
        found = derived_demonym(gazetteer, text)
    return found


def _areas(found: Sequence[Candidate], designator: str) -> tuple[Candidate, ...]:
    """The candidates of a name that are areas of the kind ``designator`` says (``_AREA_DESIGNATORS``); empty when
    it is no such word or none is."""
    if designator in _FIRST_LEVEL_DESIGNATORS:
        return tuple(c for c in found if c.place.kind == build.ADMIN1 and not c.alternate)
    if designator in _AREA_DESIGNATORS:
        return tuple(c for c in found if c.place.kind not in _SETTLEMENT_KINDS)
    return ()


def derived_demonym(gazetteer: Gazetteer, word: str) -> tuple[Candidate, ...]:
    """The countries or regions an adjective or name of inhabitants may be made from by English word formation
    (Texan, Ohioans, Ontarian, Floridian, Kentuckian, Dagestani, Gazans, New Yorker); empty when none. Only
    countries, first-level regions and the project's regions count: a demonym of a town is too rare to guess."""
    singular = word[:-1] if word.endswith(("ns", "is", "rs")) else word
    if singular.lower() in _COMPASS:
        return ()  # "Western" is no demonym of a region called West
    for ending, replacements in _DEMONYM_ENDINGS:
        if not singular.endswith(ending) or len(singular) <= len(ending) + 2:
            continue
        stem = singular[: -len(ending)]
        for replacement in replacements:
            found = tuple(c for c in gazetteer.candidates(stem + replacement) if c.place.kind in _DEMONYM_KINDS)
            if found:
                return found
    return ()


def _designated(gazetteer: Gazetteer, body: str, mention: Mention) -> str:
    """The name a mention stands for: ``Clark County`` for ``Clark`` in "Butler, Clark and Warren counties" and
    ``Idlib province`` for ``Idlib`` before "province", when the gazetteer knows it; else the mention's text."""
    listed = _LISTED_AREAS.match(body, mention.end, min(len(body), mention.end + 200))
    if listed:
        designated = f"{mention.text} {_SINGULAR[listed['plural'].lower()]}"
        if gazetteer.candidates(designated):
            return designated
    after = _DESIGNATOR_AFTER.match(body, mention.end)
    if after and mention.text.split()[-1].lower() not in _DESIGNATORS:
        # "Idlib province", where the NER took only "Idlib": looked up with its designator (``lookup``).
        designated = f"{mention.text} {after['designator']}"
        if gazetteer.candidates(designated) or _areas(gazetteer.candidates(mention.text), after["designator"]):
            return designated
    return mention.text


def _incidental(body: str, mention: Mention) -> bool:
    """Whether a mention only says where an organisation is based ("the New York-based group", "a charity based in
    London")."""
    return bool(_BASED_AFTER.match(body, mention.end)
                or _BASED_BEFORE.search(body, max(0, mention.start - 30), mention.start))


def _local_cues(gazetteer: Gazetteer, body: str, mention: Mention) -> tuple[set[str], set[int]]:
    """Countries and regions the text right around a mention puts it in."""
    countries: set[str] = set()
    containers: set[int] = set()
    before = _PLACE_WORD_OF.search(body, max(0, mention.start - 60), mention.start)
    if before:
        # "the Turkish city of Gaziantep", "the Kansas town of Hays", "the Syrian province of Idlib".
        named = gazetteer.demonym(before["qualifier"])
        if named is not None and named.country:
            countries.add(named.country)
        for candidate in gazetteer.candidates(before["qualifier"]):
            if candidate.alternate:
                continue
            if candidate.place.kind == build.COUNTRY and candidate.place.country:
                countries.add(candidate.place.country)
            elif candidate.place.kind == build.ADMIN1:
                containers.add(candidate.place.row)
    after = _AFTER_COMMA.match(body[mention.end:mention.end + 60])
    if after:
        # "Florida, California and Texas" lists states: the name of a state or country lies in no state after a
        # comma (though in a country: "Georgia, USA").
        kinds = (build.COUNTRY,) if name_key(mention.text) not in _COMPASS and any(
            c.place.kind in (build.ADMIN1, build.COUNTRY) and not c.alternate
            for c in gazetteer.candidates(mention.text)
        ) else (build.COUNTRY, build.ADMIN1)
        words = after["container"].split()
        for size in range(len(words), 0, -1):
            found = [c.place for c in gazetteer.candidates(" ".join(words[:size])) if c.place.kind in kinds]
            if found:
                for place in found:
                    if place.kind == build.COUNTRY and place.country:
                        countries.add(place.country)
                    else:
                        containers.add(place.row)
                break
    return countries, containers


def _local_score(place: GeoPlace, countries: set[str], containers: set[int]) -> float:
    score = 0.0
    if countries and place.country in countries and place.kind != build.COUNTRY:
        score += LOCAL_COUNTRY
    if containers and (place.admin1 in containers):
        score += CONTAINER
    return score


def resolve(
    gazetteer: Gazetteer, body: str, mentions: Sequence[Mention], *,
    demonym_countries: Mapping[str, int] | None = None, dateline: Mention | None = None,
) -> list[Resolution | None]:
    """The place each mention means, in the order given; None where the gazetteer has no candidate.

    ``demonym_countries`` counts the countries the article's demonyms name; ``dateline`` is the dateline's place,
    which is resolved with the others and sets the article's home country.
    """
    everything = [*mentions, dateline] if dateline else list(mentions)
    names = {mention: _designated(gazetteer, body, mention) for mention in everything}
    keys = {mention: name_key(name) for mention, name in names.items()}  # once: each is asked for again below
    groups: dict[str, _Group] = {}
    for mention in everything:
        key = keys[mention]
        if not key:
            continue
        if key in _COMPASS and not any(_local_cues(gazetteer, body, mention)):
            continue
        group = groups.get(key)
        if group is None:
            found = lookup(gazetteer, names[mention])
            if not found:
                continue
            priors = [_prior(candidate, found) for candidate in found]
            order = sorted(range(len(found)), key=lambda i: -priors[i])
            group = _Group(key, [], [found[i] for i in order], [priors[i] for i in order], [0.0] * len(order),
                           [0.0] * len(order), [_dominated(found[i], found) for i in order], [False] * len(order))
            groups[key] = group
        group.mentions.append(mention)
    for group in groups.values():
        group.incidental = all(mention is not dateline and _incidental(body, mention) for mention in group.mentions)
        cues = [_local_cues(gazetteer, body, mention) for mention in group.mentions]
        countries = set().union(*(c for c, _ in cues))
        containers = set().union(*(r for _, r in cues))
        group.local = [_local_score(c.place, countries, containers) for c in group.candidates]
        # Candidates with a low prior stay when the text right around them points to them.
        keep = [i for i in range(len(group.candidates)) if i < KEEP or group.local[i] > 0]
        group.candidates = [group.candidates[i] for i in keep]
        group.priors = [group.priors[i] for i in keep]
        group.local = [group.local[i] for i in keep]
        group.dominated = [group.dominated[i] for i in keep]
        group.evidence = [group.local[i] > 0 for i in range(len(keep))]

    list_mates = _list_mates(body, everything, keys)
    dateline_key = keys[dateline] if dateline else None
    base_countries: dict[str, float] = defaultdict(float)
    for country, count in (demonym_countries or {}).items():
        base_countries[country] += DEMONYM_WEIGHT * count
    for _ in range(PASSES):
        # Only confident choices are context for the others: two ambiguous names must not pull each other to the
        # wrong state (Monroe and Trenton, both in Louisiana and in Ohio, in an article about Ohio).
        anchors = {
            key: group.candidates[group.choice].place for key, group in groups.items()
            if group.choice is not None and _confidence(group) >= ANCHOR_CONFIDENCE and not group.doubtful(group.choice)
            and not group.incidental
        }
        # A name may be sure of its country before it is sure of its place: every Henry County is in the United
        # States, so "Paris and Henry County" is an American story even while neither name is settled.
        likeliest = {key: _likeliest_country(group) for key, group in groups.items() if group.choice is not None}
        # Readings of the other names with some probability: a town next to one of them is likelier (Paris, TN
        # lies in one of the Henry Counties), though neither is settled yet.
        readings = {
            key: [(c.place.lat, c.place.lon) for i, (c, p) in enumerate(zip(group.candidates, _probabilities(group),
                                                                             strict=True))
                  if p >= READING_PROBABILITY and c.place.lat is not None and c.place.lon is not None
                  and c.place.kind in _POINTS and not group.doubtful(i)]
            for key, group in groups.items() if group.choice is not None and not group.incidental
        }
        for key, group in groups.items():
            others = {k: place for k, place in anchors.items() if k != key}
            weights: dict[str, float] = defaultdict(float, base_countries)
            for other_key, (likely_country, share) in likeliest.items():
                if other_key != key and likely_country and share >= ANCHOR_CONFIDENCE:
                    other = groups[other_key]
                    weights[likely_country] += share * (
                        DATELINE_WEIGHT if other_key == dateline_key
                        else INCIDENTAL_WEIGHT * len(other.mentions) if other.incidental else len(other.mentions))
            weight_total = sum(weights.values())
            admin1s = {p.row if p.kind == build.ADMIN1 else p.admin1 for p in others.values()} - {None}
            points = [(p.lat, p.lon) for p in others.values() if p.lat is not None and p.lon is not None
                      and p.kind in _POINTS]
            near_readings = [point for other_key, found in readings.items() if other_key != key for point in found]
            listed_kinds = {
                anchors[other].kind for other in list_mates.get(key, ()) if other in anchors
            } & _LISTED_KINDS
            group.scores = []
            evidence = []
            for index, (candidate, prior, local) in enumerate(
                    zip(group.candidates, group.priors, group.local, strict=True)):
                place = candidate.place
                score = prior + local
                same_admin1 = place.row in admin1s or place.admin1 in admin1s
                if same_admin1:
                    score += SAME_ADMIN1
                nearest_km = math.inf
                if place.lat is not None and place.lon is not None:
                    if points:
                        nearest = min(haversine_km(place.lat, place.lon, lat, lon) for lat, lon in points)
                        nearest_km = nearest
                        score += NEARBY * math.exp(-nearest / NEARBY_KM)
                    if near_readings and not candidate.alternate:
                        # An alternate name is left out: Mexico City must not win "Mexico" for lying near a town.
                        nearest = min(haversine_km(place.lat, place.lon, lat, lon) for lat, lon in near_readings)
                        nearest_km = min(nearest_km, nearest)
                        score += NEAR_READING * math.exp(-nearest / NEAR_READING_KM)
                evidence.append(local > 0 or same_admin1 or nearest_km <= EVIDENCE_KM)
                if group.dominated[index] and not evidence[-1]:
                    # The article being about its country is no evidence for a small namesake of a big city.
                    group.scores.append(score)
                    continue
                share = weights.get(place.country or "", 0.0) / weight_total if weight_total else 0.0
                score += COUNTRY_PRESENT * (share > 0) + COUNTRY_SHARE * share
                if place.kind in listed_kinds:
                    score += LIST_KIND
                group.scores.append(score)
            group.evidence = evidence
        for group in groups.values():
            group.choice = max(range(len(group.scores)), key=group.scores.__getitem__)

    results: list[Resolution | None] = []
    for mention in mentions:
        group = groups.get(keys[mention])
        if group is None or group.choice is None:
            results.append(None)
        else:
            results.append(Resolution(group.candidates[group.choice].place, round(_confidence(group), 3)))
    return results


def _list_mates(body: str, mentions: Sequence[Mention], keys: Mapping[Mention, str]) -> dict[str, set[str]]:
    """For each name, the other names listed with it ("California or Washington", "Florida, Georgia and Texas"):
    names next to each other with only a comma, "and", "or" or "&" between them."""
    mates: dict[str, set[str]] = defaultdict(set)
    ordered = sorted(mentions, key=lambda mention: (mention.start, mention.end))
    for first, second in itertools.pairwise(ordered):
        if keys[first] and keys[second] and keys[first] != keys[second] and _LIST_GAP.match(
                body, first.end, second.start):
            mates[keys[first]].add(keys[second])
            mates[keys[second]].add(keys[first])
    return mates


def _probabilities(group: _Group) -> list[float]:
    """The softmax of the group's scores."""
    top = max(group.scores)
    exps = [math.exp(score - top) for score in group.scores]
    total = sum(exps)
    return [value / total for value in exps]


def _likeliest_country(group: _Group) -> tuple[str | None, float]:
    """The country holding most of the group's probability, and that share."""
    shares: dict[str | None, float] = defaultdict(float)
    for candidate, probability in zip(group.candidates, _probabilities(group), strict=True):
        shares[candidate.place.country] += probability
    return max(shares.items(), key=lambda item: item[1])


def _confidence(group: _Group) -> float:
    """The softmax share of the chosen candidate's score."""
    assert group.choice is not None
    top = group.scores[group.choice]
    return 1 / sum(math.exp(score - top) for score in group.scores)
