"""Actors version 2: one actor per real-world participant of an article, every mention of it merged.

What it does, in the order it runs (``docs/actors.md`` has the design and its choices):

1. **Names.** Candidates are the NER mentions of the article plus what the knowledge tables name that the NER
   missed or split (``OSCE Minsk Group``, ``UN Security Council``, a demonym). A leading ``the`` and a possessive
   ``'s`` are left out of a name mention.
2. **Titles become facts.** The words before a person's name (``Azerbaijan's Deputy Foreign Minister``,
   ``French President``, ``his Italian counterpart``) and an apposition after it (``Fariz Rzayev, Azerbaijan's
   deputy foreign minister,``) give its roles, sector, country and, from ``spokeswoman`` or ``Mr``, its gender.
   An organisation's descriptor (``U.S. automaker Chrysler``) gives its sector and country likewise. The title is
   a description mention of its bearer; a country word inside it is a fact of that bearer, not a mention of the
   country (an organisation inside it, ``Apple CEO``, stays a mention of the organisation). A description of
   companies in apposition to an organisation's name (``NPD Group, a market research firm``) is a mention of it.
3. **National bodies.** A country word with a body or collective noun (``the Russian Foreign Ministry``,
   ``the Armenian Armed Forces``, ``Turkish military officers``, ``the armed forces of Armenia``) is one coded
   actor (``gov:RUS:foreign-ministry``, ``mil:ARM``).
4. **Countries and metonymy.** A country or capital used as a participant (``Ankara was poised to provide support
   to Baku``) is its state: kind ``government``, key ``gov:ISO3``, named by the country. A place used literally
   (``the Turkish city of Gaziantep``, ``fighting in Azerbaijan``) is no actor. The places component's ``literal``
   flag decides when it has run; until then the parse does, with the cues of ``knowledge/actors/metonymy.tsv``.
5. **Merging names.** The same name however spelt (``Çavuşoğlu`` / ``Cavusoglu``), a surname standing for the one
   full name ending with it (also when the NER took it for an organisation), an organisation's name with and
   without its legal form (``Chrysler LLC`` / ``Chrysler``) and an acronym, in brackets after the name or
   spelling the initials of one other organisation of the article (``Islamic Revolutionary Guard Corps`` /
   ``IRGC``).
6. **Pronouns and descriptions**, in text order (``_Sweep``): a personal pronoun goes to the most recent compatible
   subject (same sentence first, then up to a few sentences back); a definite description (``the diplomat``, ``the
   Azerbaijani diplomat``, ``the ministry``, ``the company``) to the most recent actor its head word, country
   adjective and title words fit (``knowledge/actors/descriptions.tsv``). What cannot be resolved is left out.

Keys are the same in every article: ``person:fariz-rzayev``, ``gov:AZE``, ``mil:ARM``, ``igo:osce-minsk-group``,
``org:boeing`` (an organisation no table knows), ``group:kurds`` (a people no country names).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from claimgraph.analysis.nlp import NUMERIC_ENTITY_LABELS, is_agent_of_thing, is_channel
from claimgraph.analysis.pipeline import Component
from claimgraph.knowledge.actors import (
    SURNAME_PARTICLES,
    TITLE_CONNECTORS,
    ActorKnowledge,
    Description,
    Organization,
    actor_knowledge,
    compact,
    description_facts,
    first_surname,
    head_word,
    slug,
    surname,
)
from claimgraph.knowledge.actors.given_names import given_name_gender
from claimgraph.knowledge.countries import Country, CountryMatch, countries
from claimgraph.knowledge.cues import cue_lexicon
from claimgraph.records import Actor, Analysis, Place, Span

NAME = "actors"
VERSION = 2
EXTRACTOR = f"{NAME}/{VERSION}"

# Words that make a title a lower rank of the same post: a description without them does not name it.
_LOWER_RANKS = frozenset({"deputy", "vice", "assistant", "under", "junior"})
# Business words of organization_words.tsv that are also surnames (Willis Carrier, Melissa Bank): a PERSON mention
# ending in one stays a person.
_SURNAME_LIKE_WORDS = frozenset({"carrier", "maker", "bank", "giant"})
# The party and state AP style puts after a US politician's name ("R-Texas", "D-Calif.", "I-Vt.").
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*[,)]")
# Titles of people who speak for someone named after "for" ("a spokesman for President X").
_SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A one-word name this long or longer may be a spelling variant of a full name's surname (``Saree`` / ``Sarea``);
# shorter names are too often different people (``Lee`` / ``Lei``).
MIN_VARIANT_SURNAME = 5
# NER labels whose mentions may name a participant; the rest (dates, numbers, works of art) never do.
CANDIDATE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How far back a pronoun looks for its antecedent, in sentences: a person stays the topic across a run of quoted
# sentences ("...," he added), a collective ("they") rarely beyond the next sentence.
PERSON_WINDOW = 4
COLLECTIVE_WINDOW = 2
UNLABELLED = "NAME"  # the label of a candidate name no NER mention covers
BODY_CONNECTORS = frozenset({"and", "of", "for", "&"})  # words inside a body's name (Fire and Rescue Service)
POSSESSIVE_CASE = frozenset({"'s", "'"})
DEFINITE = frozenset({"the", "this", "that"})
# Descriptions that follow a possessive pronoun and stand for that actor's country ("his country has information").
COUNTRY_OF_POSSESSOR = frozenset({"country", "government", "nation"})
PERSON = frozenset({"person"})
COLLECTIVE = frozenset({"government", "military", "organization", "group", "outlet"})
# Relative pronouns that stand for the mention their clause qualifies, and the kinds they may stand for.
# Verbs whose subject "it" is mostly a dummy or a thing, never an organisation going on from the sentence before
# ("It is unclear", "It seems", "It takes years", "It means").
CLAUSE_VERBS = frozenset({"be", "seem", "appear", "remain", "happen", "take", "mean", "become", "look", "sound",
                          "matter", "follow", "cost", "come"})
RELATIVES = {"who": PERSON | COLLECTIVE, "which": COLLECTIVE}
# Kinds whose names are singular whatever their form: "General Motors" is one company, "Syrian militants" many.
NAMED_NUMBERLESS = frozenset({"organization", "outlet"})


@dataclass(frozen=True, slots=True)
class _PronounClass:
    kinds: frozenset[str]
    gender: str | None
    plural: bool
    local: bool = False  # resolved only to a subject earlier in its own sentence


# Third-person pronouns: a closed class of the grammar, not world knowledge, so it stays in the code.
_HE = _PronounClass(PERSON, "m", False)
_SHE = _PronounClass(PERSON, "f", False)
_THEY = _PronounClass(COLLECTIVE, None, True)
_ITS = _PronounClass(COLLECTIVE - {"group"}, None, False)
# "it" is mostly about things, plans and reports in news copy, or a dummy subject ("it is not true"): it is
# resolved only to an organisation or state that is the subject earlier in its own sentence ("GM said it would
# cut jobs"), never across sentences. "its" is a possessive of an organisation or a state far more often than not.
_IT = dataclasses.replace(_ITS, local=True)
PRONOUNS = {
    "he": _HE, "him": _HE, "his": _HE, "himself": _HE,
    "she": _SHE, "her": _SHE, "hers": _SHE, "herself": _SHE,
    "they": _THEY, "them": _THEY, "their": _THEY, "theirs": _THEY, "themselves": _THEY,
    "it": _IT, "its": _ITS, "itself": _IT,
}


@dataclass(slots=True)
class _Draft:
    """An actor being built: its identity, the facts found so far and its mentions."""

    key: str
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    mentions: list[Span] = field(default_factory=list)
    fixed_name: bool = False  # a table, the country index or a short name (Apple) named it: the text does not rename it

    def add_role(self, role: str) -> None:
        if role and role.lower() not in (existing.lower() for existing in self.roles):
            self.roles.append(role)

    def facts(self) -> str:
        """Its roles, name and key folded into one string, which description cues are looked for in."""
        return description_facts(self.roles, self.name, self.key)


@dataclass(slots=True)
class _Candidate:
    """A run of tokens that may name an actor, and what the tables and the NER say it is."""

    start: int
    end: int
    label: str  # the NER label, or "" for a table match the NER missed
    organization: Organization | None = None
    country: CountryMatch | None = None
    consumed: bool = False  # taken into a title or a body as a fact: no mention of its own
    company: bool = False  # a place by the NER that is a company of the article ("AirTran" for AirTran Airways)


@dataclass(frozen=True, slots=True)
class _Title:
    """What the words around a name say of its bearer."""

    roles: tuple[str, ...] = ()
    sector: str | None = None
    country: str | None = None
    gender: str | None = None
    counterpart_of: int | None = None  # token index of the possessor of "counterpart" (his, Cavusoglu's)
    span: tuple[int, int] | None = None  # token range of the title (a description mention) or apposition


@dataclass(frozen=True, slots=True)
class _Mention:
    """One mention on the time line the pronoun and description resolver walks back over."""

    key: str
    start: int  # token index
    end: int
    sentence: int
    subject: bool


class _Article:
    """The parse of one article with the lookups every step needs."""

    def __init__(self, doc: Doc, analysis: Analysis, knowledge: ActorKnowledge) -> None:
        self.doc = doc
        self.body = analysis.article.body
        self.knowledge = knowledge
        # Token texts and character offsets, read once: every step asks for them by index, and each ``doc[i]``
        # builds a new spaCy ``Token`` object, a measurable share of this component's time.
        self.texts: list[str] = []
        self.starts: list[int] = []  # ``doc[i].idx``
        spaces: list[str] = []
        for token in doc:
            self.texts.append(token.text)
            self.starts.append(token.idx)
            spaces.append(token.whitespace_)
        self.ends = [start + len(text) for start, text in zip(self.starts, self.texts, strict=True)]
        self._texts: dict[tuple[int, int], str] = {}  # ``text`` by token range
        # An abbreviated title is its word ("Sen." is "senator"), so that titles and descriptions read it.
        abbreviations = knowledge.title_abbreviations
        self.words = [compact(abbreviations.get(text, text)) for text in self.texts]
        # The analysis parses the body itself; a doc of other text (a hand-built parse) is sliced through spaCy.
        # (This is ``doc.text == body`` without a second walk over the tokens.)
        self.aligned = "".join(text + space for text, space in zip(self.texts, spaces, strict=True)) == self.body
        # The tokens of every entity, which several steps leave alone.
        self.in_entity = frozenset(index for entity in doc.ents for index in range(entity.start, entity.end))
        self.sentence_of = [0] * len(doc)
        self.sentence_starts: list[int] = []
        for number, sentence in enumerate(doc.sents):
            self.sentence_starts.append(sentence.start)
            for index in range(sentence.start, sentence.end):
                self.sentence_of[index] = number
        dateline = analysis.article.dateline
        self.dateline = (dateline.span.start, dateline.span.end) if dateline else None
        # Only names of places: a demonym or a place inside an organisation's name (``form`` ``demonym`` /
        # ``embedded``, never literal) says nothing about the mention it is part of, which is read as before.
        self.places: tuple[Place, ...] = tuple(place for place in analysis.places if place.form == "name")
        self.embedded: tuple[Place, ...] = tuple(place for place in analysis.places if place.form == "embedded")

    def span(self, start: int, end: int) -> Span:
        """The body span of tokens ``start:end``."""
        return Span.of(self.body, self.starts[start], self.ends[end - 1])

    def text(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` with single spaces. The tokens tile the body, so it is the body between
        their offsets; an empty or out-of-range slice goes through spaCy, for its slicing rules."""
        # (Asked some two hundred times an article, mostly for the same few spans: each is joined once.)
        known = self._texts.get((start, end))
        if known is None:
            if self.aligned and 0 <= start < end <= len(self.texts):
                known = " ".join(self.body[self.starts[start]:self.ends[end - 1]].split())
            else:
                known = " ".join(self.doc[start:end].text.split())
            self._texts[(start, end)] = known
        return known

    def in_dateline(self, start: int) -> bool:
        return self.dateline is not None and self.dateline[0] <= self.starts[start] < self.dateline[1]

    def names_place(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` hold a country word or a place the places component found inside an
        organisation's name (``Australia`` in ``Ford Australia``, ``Europe`` in ``GM Europe``)."""
        first, last = self.starts[start], self.ends[end - 1]
        return any(place.span.start < last and first < place.span.end for place in self.embedded) or any(
            self.knowledge.country_phrases.match(self.words[:end], index, self.texts) is not None
            for index in range(start, end))

    def place_at(self, start: int, end: int) -> Place | None:
        """The place the places component found over these tokens, if it has run and found one."""
        first, last = self.starts[start], self.ends[end - 1]
        for place in self.places:
            if place.span.start < last and first < place.span.end:
                return place
        return None


# -- 1. candidates ------------------------------------------------------------------------------------------------


def _entity_tokens(article: _Article, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The tokens of an NER mention without a leading ``the`` and a trailing possessive or punctuation."""
    span: DocSpan | None = article.doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    start, end = span.start, span.end
    # "National Emergency Operation Centre (NEOC": the bracket opens an acronym, read apart (_organizations).
    end = next((index for index in range(start + 1, end) if article.words[index] == "("), end)
    while start < end and (article.words[start] == "the" or article.doc[start].is_punct):
        start += 1
    while end > start and (article.words[end - 1] in POSSESSIVE_CASE or article.doc[end - 1].is_punct
                           or article.doc[end - 1].is_space):
        end -= 1
    return (start, end) if start < end else None


def _split_entity(article: _Article, tokens: tuple[int, int]) -> tuple[tuple[int, int], CountryMatch | None,
                                                                        Organization | None]:
    """An NER mention made of a country word and a body or a known organisation, read as such.

    ``Russian Foreign Ministry`` / ``Armenian Armed Forces`` become a candidate for the country word alone, so the
    body is read from it like any other; ``Parliament of Iraq`` a candidate for ``Iraq`` (the body before ``of``);
    ``United States Department of State`` the organisation ``Department of State`` of the table, when the
    table gives it the same country.
    """
    knowledge = article.knowledge
    start, end = tokens
    words = article.words[:end]
    country = knowledge.country_phrases.match(words, start, article.texts)
    if country is not None and country[0] < end:
        after = country[0] + (1 if article.words[country[0]] in POSSESSIVE_CASE else 0)
        body = knowledge.bodies.match(words, after)
        if body is not None and body[0] == end:
            return (start, country[0]), country[1], None
        organization = knowledge.organizations.get(article.text(after, end))
        if organization is not None and organization.country == country[1].country.iso3:
            return tokens, None, organization
    for of in range(start + 1, end - 1):
        if article.words[of] != "of":
            continue
        body = knowledge.bodies.match(words[:of], start)
        country = knowledge.country_phrases.match(words, of + 1, article.texts)
        if body is not None and body[0] == of and country is not None and country[0] == end:
            return (of + 1, end), country[1], None
    return tokens, None, None


def _table_matches(article: _Article) -> list[_Candidate]:
    """Organisations and country words of the tables, longest first, each starting with a capital letter."""
    found: list[_Candidate] = []
    index = 0
    knowledge = article.knowledge
    while index < len(article.doc):
        if not article.texts[index][:1].isupper():
            index += 1
            continue
        organization = knowledge.organizations.match(article.words, index, article.texts)
        country = knowledge.country_phrases.match(article.words, index, article.texts)
        best_end = max(organization[0] if organization else 0, country[0] if country else 0)
        if best_end == 0:
            index += 1
            continue
        if organization and organization[0] == best_end:
            found.append(_Candidate(index, best_end, "", organization=organization[1]))
        elif country:
            found.append(_Candidate(index, best_end, "", country=country[1]))
        index = best_end
    return found


def _candidates(article: _Article, analysis: Analysis) -> list[_Candidate]:
    """NER mentions and table matches, one candidate per run of tokens, in text order.

    A table match that covers NER mentions replaces them (``UN Security Council`` over ``UN`` and ``Security
    Council``); an NER mention that covers a table match stays whole (``the Armenian Armed Forces`` over
    ``Armenian``), and is looked up as a whole.
    """
    knowledge = article.knowledge
    named: list[_Candidate] = []
    storms = _storm_names(article)
    for entity in analysis.entities:
        if entity.label not in CANDIDATE_LABELS:
            continue
        tokens = _entity_tokens(article, entity.span.start, entity.span.end)
        if tokens is None:
            continue
        if _names_storm(article, *tokens, storms):
            # A named storm is no actor: "Hurricane Milton will weaken ... it warned" is the forecasters' warning.
            continue
        text = article.text(*tokens)
        organization = knowledge.organizations.get(text)
        country = knowledge.country_phrases.get(text)
        if organization is None and country is None:
            if entity.label == "ORG" and compact(text) in knowledge.descriptions:
                continue  # "the Ministry", "Parliament": a description, resolved like one
            tokens, country, organization = _split_entity(article, tokens)
        named.append(_Candidate(tokens[0], tokens[1], entity.label, organization, country))
    tables = _table_matches(article)
    kept = [
        candidate for candidate in named
        if not any(table.start <= candidate.start and candidate.end <= table.end
                   and (table.start, table.end) != (candidate.start, candidate.end) for table in tables)
    ]
    for table in tables:
        if not any(candidate.start < table.end and table.start < candidate.end for candidate in kept):
            kept.append(table)
    return _national_branches(sorted(kept, key=lambda candidate: candidate.start))


# The words that name a storm before its name ("Hurricane Humberto", "Tropical Storm Barry", "Storm Ciara").
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "depression"})
_STORM_PREFIXES = _STORM_WORDS | {"tropical", "subtropical", "super", "major"}


def _storm_names(article: _Article) -> set[str]:
    """The one-word names of the storms an article names, folded ("humberto" of "Tropical Storm Humberto"); not
    "the Storm Prediction Center"."""
    doc, words = article.doc, article.words
    return {words[index + 1] for index in range(len(doc) - 1)
            if words[index] in _STORM_WORDS and doc[index].is_title and doc[index + 1].pos_ == "PROPN"
            and doc[index + 1].is_title and not (index + 2 < len(doc) and doc[index + 2].pos_ == "PROPN")}


def _names_storm(article: _Article, start: int, end: int, storms: set[str]) -> bool:
    """Whether a mention is a storm's name, with or without its words ("Hurricane Humberto", "Humberto")."""
    while start < end - 1 and article.words[start] in _STORM_PREFIXES:
        start += 1
    return end - start == 1 and article.words[start] in storms


def _national_branches(candidates: list[_Candidate]) -> list[_Candidate]:
    """An organisation followed at once by a country's name is one organisation, its branch in that country
    (``Amnesty International UK``, ``Greenpeace USA``): the country is no actor of its own."""
    merged: list[_Candidate] = []
    for candidate in candidates:
        previous = merged[-1] if merged else None
        if previous is not None and previous.end == candidate.start and previous.label == "ORG" and \
                previous.country is None and candidate.country is not None and candidate.country.how == "name":
            merged[-1] = _Candidate(previous.start, candidate.end, "ORG")
            continue
        merged.append(candidate)
    return merged


# The endings of words for a calling ("producer", "novelist", "historian", "consultant"): no title table lists them
# all, and a given name with one of them (Peter, Oliver) is known as a given name.
_CALLING = re.compile(r"(?:er|or|ist|ian|ant|ent|eur)$")


def _name_word(article: _Article, index: int) -> bool:
    """A capitalised proper noun that is no role word or honorific: a word of a person's name."""
    token, word = article.doc[index], article.words[index]
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not (
        article.knowledge.is_role_word(word) or word in article.knowledge.honorifics)


def _unlabelled_names(article: _Article, candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """Runs of two or three capitalised proper nouns that no NER mention and no candidate covers, or of one to
    three after a title that tells a gender (``Princess Velundra``): names the small model missed. They become
    persons only beside a title (``Resolver.run``)."""
    doc = article.doc
    taken = set(article.in_entity) | {
        index for candidate in candidates for index in range(candidate.start, candidate.end)}

    def name_word(index: int) -> bool:
        return index not in taken and _name_word(article, index)

    found: list[_Candidate] = []
    index = 0
    while index < len(doc):
        if not name_word(index):
            index += 1
            continue
        end = index
        while end < len(doc) and name_word(end) and article.sentence_of[end] == article.sentence_of[index]:
            end += 1
        titled = _gendered_title_before(article, index)  # "Princess Velundra": one name word is enough
        if (2 <= end - index <= 3 or (titled and end - index == 1)) and not (
                index > 0 and doc[index - 1].pos_ == "PROPN" and not titled) and not (
                end < len(doc) and doc[end].pos_ == "PROPN"):
            found.append(_Candidate(index, end, UNLABELLED))
        index = end
    return found


def _unlabelled_bodies(article: _Article, candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """Runs of two or more capitalised words, joined by ``and``, ``of`` or ``for``, that end in a word of
    ``organization_words.tsv`` (``West Mercia Police``, ``Worcester Fire and Rescue Service``): bodies the small
    model missed. Place names may be part of them (``Queensland Police``); a person or organisation the NER found,
    a title (``Member of Parliament``), a country and a place the NER found whole (``West Bank``) never are."""
    doc, knowledge = article.doc, article.knowledge
    if not any(token.is_title and knowledge.organization_words.get(article.words[token.i]) is not None
               for token in doc):
        return []  # no word that ends a body's name: most articles
    settled = {index for candidate in candidates if candidate.label in ("PERSON", "ORG") or
               candidate.organization is not None or candidate.country is not None
               for index in range(candidate.start, candidate.end)}
    # So do dates and numbers; a work of art, event or product the NER saw may be a body it misread ("The Film Crew
    # Union of Great Britain").
    settled |= {token.i for entity in doc.ents if entity.label_ in NUMERIC_ENTITY_LABELS for token in entity}

    def capital(index: int) -> bool:
        token = doc[index]
        return index not in settled and token.is_title and token.is_alpha and token.pos_ in ("PROPN", "NOUN")

    found: list[_Candidate] = []
    index = 0
    while index < len(doc):
        if not capital(index) or knowledge.role_heads.get(article.words[index]) is not None:
            index += 1
            continue
        end = index + 1
        while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:  # (the parser may split a name)
            if capital(end):
                end += 1
            elif article.words[end] in BODY_CONNECTORS and end + 1 < len(doc) and capital(end + 1) and not (
                    article.words[end] in {"and", "&"} and knowledge.organization_words.get(article.words[end - 1])):
                end += 2  # not from one body to the next: "Hexacor Motor Company and Hexacor Airlines"
            else:
                break
        stop = end
        while stop - index >= 2 and knowledge.organization_words.get(article.words[stop - 1]) is None:
            stop -= 1
        if stop - index >= 2 and not any(candidate.start < stop < candidate.end or candidate.start < index <
                                         candidate.end or (candidate.start == stop and candidate.label == "PERSON")
                                         or (candidate.start, candidate.end) == (index, stop)
                                         for candidate in candidates):
            # (Not a title before a name: "Member of Parliament Yvette Cooper"; nor a place the NER found whole:
            # "the West Bank".)
            found.append(_Candidate(index, stop, "ORG"))
        index = end
    return found


def _gendered_title_before(article: _Article, index: int) -> bool:
    """Whether a title word that tells a gender stands just before token ``index`` (``Princess``, ``Mrs``)."""
    if index == 0:
        return False
    word = article.words[index - 1]
    if word in article.knowledge.honorifics:
        return article.knowledge.honorifics[word] is not None
    head = article.knowledge.role_heads.get(article.doc[index - 1].text)
    return head is not None and head.gender is not None


# -- 2. titles ----------------------------------------------------------------------------------------------------


class _Titles:
    """Reads the title before a name and the apposition after it."""

    def __init__(self, article: _Article, candidates: Sequence[_Candidate], entity_tokens: set[int]) -> None:
        self.article = article
        self.by_end = {candidate.end: candidate for candidate in candidates}  # by the token after their last
        self.by_start = {candidate.start: candidate for candidate in candidates}
        # Tokens of a name (as the candidates have it, titles left out) or of another NER mention ("Thursday"):
        # never a word of a title.
        self.named = entity_tokens | {index for candidate in candidates for index in range(candidate.start,
                                                                                            candidate.end)}

    def _title_word(self, index: int) -> bool:
        """A word that may stand in a title: a role word, or a capitalised word ("Supreme" in "Supreme Leader"),
        and in no name ("State" in "Department of State spokesperson" belongs to the department)."""
        token = self.article.doc[index]
        return index not in self.named and (self.article.knowledge.is_role_word(self.article.words[index]) or (
            token.is_title and token.is_alpha and token.pos_ in ("ADJ", "PROPN", "NOUN")))

    def role_run(self, start: int, end: int) -> tuple[str, str | None, str | None, bool] | None:
        """A title made of tokens ``start:end``: its text, sector, gender and whether it is ``counterpart``.

        It needs a head (``minister``) or ``counterpart``; a modifier's sector (police, rebel) wins over the head's.
        """
        knowledge = self.article.knowledge
        words = self.article.words
        while start < end and words[start] in TITLE_CONNECTORS:
            start += 1
        while end > start and words[end - 1] in TITLE_CONNECTORS:
            end -= 1
        sector: str | None = None
        gender: str | None = None
        has_head = counterpart = False
        index = start
        while index < end:
            head = knowledge.role_heads.match(words[:end], index)
            if head is not None:
                has_head = True
                sector = head[1].sector if head[1].sector else sector
                gender = head[1].gender or gender
                index = head[0]
                continue
            if words[index] in knowledge.counterparts:
                counterpart = True
            index += 1
        if not (has_head or counterpart):
            return None
        for index in range(start, end):
            modifier_sector = knowledge.role_modifiers.get(words[index])
            if modifier_sector and not knowledge.role_heads.get(words[index]):
                sector = modifier_sector
                break
        return _title_case(self.article.doc[start:end]), sector, gender, counterpart

    def before(self, start: int) -> _Title:
        """The title before the name starting at ``start``: ``Azerbaijan's Deputy Foreign Minister``."""
        article, knowledge = self.article, self.article.knowledge
        words, sentence = article.words, article.sentence_of[start]
        if start > 0 and words[start - 1] in ("of", "for", "at"):
            return _Title()  # "the manager of Barmouth Publicity": the name is the title's employer, not its bearer
        index = start
        gender: str | None = None
        while index > 0 and article.sentence_of[index - 1] == sentence:
            word = words[index - 1]
            if word in knowledge.honorifics:
                gender = gender or knowledge.honorifics[word]
            elif not (self._title_word(index - 1) or (
                    word in TITLE_CONNECTORS and index > 1 and knowledge.is_role_word(words[index - 2]))):
                break
            index -= 1
        stop = index
        # "A spokesman for President X": the title of one who speaks for another ends before the "for"; X is the
        # President, the spokesman someone else.
        index = max([index, *(position + 1 for position in range(index + 1, start)
                              if words[position] == "for" and words[position - 1] in _SPEAKING_FOR)])
        # A title starts with a role word or an unknown capitalised word right before one ("Supreme Leader").
        while index < start and not knowledge.is_role_word(words[index]) and not (
                index + 1 < start and knowledge.is_role_word(words[index + 1])) and words[index] not in \
                knowledge.honorifics:
            index += 1
        run = self.role_run(index, start)
        if run is None:
            # "President of the United States Barack Obama"; "the Prime Minister of Singapore, Mr. Lee Hsien Loong,".
            comma = stop > 1 and words[stop - 1] == "," and (
                start + 1 >= len(article.doc) or words[self._name_end(start)] in (",", ".", ";"))
            affiliated = self._title_of(stop - 1 if comma else stop, definite=comma)
            if affiliated is not None:
                return dataclasses.replace(affiliated, gender=gender or affiliated.gender)
        if run is None and gender is None and start > 1 and words[start - 1] == ",":
            return self._title_before_comma(start)
        if run is None:
            return _Title(gender=gender)
        role, sector, role_gender, counterpart = run
        if sector is None and words[index:start] in (["representative"], ["state", "representative"]):
            # "Representative Carla Mendez", "Rep. Carla Mendez": right before a name the word is a seat in a
            # legislature ("the lawmaker" refers back to her), not someone's representative.
            sector = "LEG"
        country, sector, first = self._qualifier_before(index, sector)
        possessor = None
        if counterpart:
            possessor = self._possessor_before(index)
        # The title itself is a description of its bearer ("Turkish Foreign Minister", "Airbus chief executive"),
        # a mention of its own beside the name; honorifics before it are not part of it.
        while first < start and words[first] in knowledge.honorifics:
            first += 1
        span = (first, start) if first < start else None
        return _Title(() if counterpart else (role,), sector, country, gender or role_gender, possessor, span)

    def _name_end(self, start: int) -> int:
        """The token after the name starting at ``start`` (the last token of the article if it runs to the end)."""
        candidate = self.by_start.get(start)
        return min(candidate.end if candidate is not None else start + 1, len(self.article.doc) - 1)

    def _title_of(self, end: int, *, definite: bool) -> _Title | None:
        """A title with its affiliation after ``of``, ending before token ``end``: ``President of the United States``,
        ``the vice president and chairman of Chrysler LLC``. A country in it is a fact (no mention of the state), an
        organisation stays a mention of its own; ``definite`` asks for ``the`` before the title (a title before a
        comma, whose name is its apposition)."""
        article, knowledge = self.article, self.article.knowledge
        words = article.words
        affiliation = self.by_end.get(end)
        legal = knowledge.organization_words.get(article.texts[end - 1]) if end > 0 else None
        if affiliation is None and legal is not None and legal.legal:
            affiliation = self.by_end.get(end - 1)  # "Chrysler LLC" whose legal form the NER left out
        if affiliation is None or affiliation.consumed or not (
                affiliation.country is not None or affiliation.organization is not None or affiliation.label == "ORG"):
            return None
        of = affiliation.start - 1 - (affiliation.start > 0 and words[affiliation.start - 1] == "the")
        between = article.doc[of]
        if of > 1 and between.is_lower and words[of - 1] == "of" and (
                between.tag_ == "JJ" or between.text.endswith("ing") or "-" in between.text):
            # "the prime minister of neighbouring Romania" (the tagger may call "neighbouring" a name),
            # "of war-torn Yemen"
            of -= 1
        if of < 1 or words[of] != "of":
            return None
        index = of
        while index > 0 and article.sentence_of[index - 1] == article.sentence_of[of] and (
                self._title_word(index - 1) or (words[index - 1] in TITLE_CONNECTORS and index > 1
                                                and knowledge.is_role_word(words[index - 2]))):
            index -= 1
        while index < of and not knowledge.is_role_word(words[index]):
            index += 1
        run = self.role_run(index, of)
        if run is None or run[3] or (definite and (index == 0 or words[index - 1] != "the")):
            return None
        role, sector, gender, _ = run
        country: str | None = None
        if affiliation.country is not None:
            country = affiliation.country.country.iso3
            affiliation.consumed = True
        elif affiliation.organization is not None:
            country, sector = affiliation.organization.country, affiliation.organization.sector or sector
        else:
            word = knowledge.organization_word(article.text(affiliation.start, affiliation.end))
            sector = word.sector if word else sector
        return _Title((role,), sector, country, gender, span=(index, end))

    def _title_before_comma(self, start: int) -> _Title:
        """A title the name is an apposition of: ``a State Department spokesperson, Morgan Ortagus,``."""
        article = self.article
        name_root = article.doc[start]
        while name_root.dep_ == "compound" and name_root.head is not name_root:
            name_root = name_root.head
        role_end = start - 1
        if name_root.dep_ != "appos" or name_root.head.i != role_end - 1:
            return _Title()
        index = role_end
        while index > 0 and article.sentence_of[index - 1] == article.sentence_of[start] and \
                self._title_word(index - 1):
            index -= 1
        run = self.role_run(index, role_end)
        if run is None or run[3]:
            return _Title()
        role, sector, gender, _ = run
        country, sector, first = self._qualifier_before(index, sector)
        return _Title((role,), sector, country, gender, span=(first, role_end))

    def _qualifier_before(self, index: int, sector: str | None) -> tuple[str | None, str | None, int]:
        """The country (and, for an organisation, the sector) qualifying a title that starts at ``index``, and
        where the qualified title starts."""
        words = self.article.words
        end = index - 1 if index > 0 and words[index - 1] in POSSESSIVE_CASE else index
        candidate = self.by_end.get(end)
        if candidate is None or candidate.consumed:
            return None, sector, index
        if candidate.country is not None:
            candidate.consumed = True
            return candidate.country.country.iso3, sector, candidate.start
        if candidate.organization is not None or candidate.label == "ORG":
            # "Chrysler's president", "Apple CEO": the organisation's sector, not the title's (a company
            # president is no GOV). The organisation stays a mention of its own.
            organization = candidate.organization
            if organization is not None:
                return organization.country, organization.sector, candidate.start
            word = self.article.knowledge.organization_word(self.article.text(candidate.start, candidate.end))
            return None, word.sector if word else None, candidate.start
        return None, sector, index

    def _possessor_before(self, index: int) -> int | None:
        """The token owning a ``counterpart`` title: ``his`` in ``his Italian counterpart``, or a name + 's."""
        words = self.article.words
        probe = index - 1
        if probe >= 0 and self.by_end.get(index) is not None:
            probe = self.by_end[index].start - 1  # over the demonym: "his [Italian] counterpart"
        if probe >= 0 and words[probe] in PRONOUNS:
            return probe
        if probe >= 0 and words[probe] in POSSESSIVE_CASE and probe in self.by_end:
            return self.by_end[probe].end - 1
        return None

    def after(self, end: int) -> _Title:
        """An apposition after a name: ``, Azerbaijan's deputy foreign minister,`` / ``, the Vice Chairman of X,``."""
        article = self.article
        words, doc = article.words, article.doc
        if end >= len(doc) or words[end] != ",":
            return _Title()
        if end + 1 < len(doc) and _PARTY_STATE.match(article.body, article.starts[end + 1]):
            # "Sen. Marla Whitcombe, R-Texas,": a US politician's party and state.
            return _Title(country="USA")
        sentence = article.sentence_of[end]
        index = first = end + 1
        if index < len(doc) and words[index] in ("the", "a", "an"):
            index += 1
        country: str | None = None
        employer: str | None = None  # the sector of an organisation qualifying the title ("the Airbus chief")
        qualifier = self.by_start.get(index)
        if qualifier is not None and qualifier.country is not None:
            country = qualifier.country.country.iso3
            index = qualifier.end + (1 if qualifier.end < len(doc) and words[qualifier.end] in POSSESSIVE_CASE else 0)
        elif qualifier is not None and (qualifier.organization is not None or qualifier.label == "ORG"):
            # "Louis Gallois, the Airbus chief executive,": the organisation stays a mention of its own.
            organization = qualifier.organization
            word = self.article.knowledge.organization_word(self.article.text(qualifier.start, qualifier.end))
            employer = organization.sector if organization else (word.sector if word else None)
            country = organization.country if organization else None
            index = qualifier.end + (1 if qualifier.end < len(doc) and words[qualifier.end] in POSSESSIVE_CASE else 0)
        role_start = index
        while index < len(doc) and article.sentence_of[index] == sentence and (
                self._title_word(index) or words[index] == "-"):
            index += 1
        run = self.role_run(role_start, index)
        if run is None:
            return _Title()
        role, sector, gender, counterpart = run
        if counterpart:
            return _Title()
        sector = employer or sector
        head = doc[index - 1]
        if index + 1 < len(doc) and words[index] in ("of", "at", "for"):
            affiliation = self.by_start.get(index + 1 + (words[index + 1] == "the"))
            if affiliation is not None:
                if affiliation.country is not None:
                    country = country or affiliation.country.country.iso3
                elif affiliation.organization is not None:
                    country = country or affiliation.organization.country
                    sector = affiliation.organization.sector or sector
                index = affiliation.end
        closes = index >= len(doc) or article.sentence_of[index] != sentence or words[index] in (",", ".", ")", ";")
        if head.dep_ == "appos" and head.head.i < end:
            # The parser makes it an apposition of the name: it runs to the end of the title's phrase ("head of
            # Iran's Quds Force"), up to a comma that would open an apposition of its own.
            edge = head.right_edge.i + 1
            index = max(index, next((i for i in range(index, edge) if words[i] == ","), edge))
            while index > first and doc[index - 1].is_punct:
                index -= 1
        elif not closes:
            return _Title()
        if qualifier is not None and qualifier.country is not None:
            qualifier.consumed = True
        return _Title((role,), sector, country, gender, None, (first, index))


def _title_case(tokens: Iterable[Token]) -> str:
    """A title as a role: ``deputy foreign minister`` → ``Deputy Foreign Minister``; acronyms (CEO) and
    connectors (of) kept as they are, no spaces around a hyphen."""
    parts: list[str] = []
    abbreviations = actor_knowledge().title_abbreviations
    for token in tokens:
        text = abbreviations.get(token.text, token.text)  # "Sen." reads "Senator"
        if text.lower() in ("of", "for", "and", "the"):
            word = text.lower()
        elif text.isupper() and len(text) > 1:
            word = text
        else:
            word = text[:1].upper() + text[1:].lower()
        if parts and (word == "-" or parts[-1].endswith("-")):
            parts[-1] += word
        else:
            parts.append(word)
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class _Descriptor:
    """What a descriptor before an organisation's name says of it, and its tokens (a description mention)."""

    country: str | None = None
    sector: str | None = None
    span: tuple[int, int] | None = None
    kind: str | None = None


def _organization_descriptor(article: _Article, start: int, by_end: dict[int, _Candidate]) -> _Descriptor:
    """The country and sector a descriptor before an organisation's name gives: ``U.S. automaker Chrysler``,
    ``American automobile manufacturer Chrysler LLC``. A country word in it is a fact, not a mention."""
    knowledge = article.knowledge
    index = start - 1
    if index < 0 or article.sentence_of[index] != article.sentence_of[start]:
        return _Descriptor()
    word = knowledge.organization_words.get(article.words[index])
    description = knowledge.descriptions.get(article.words[index])
    if word is None and (description is None or not description.kinds & {"organization", "outlet"}):
        return _Descriptor()
    sector = word.sector if word else None
    # "the regional broadcaster Hawler 24": an outlet by the noun before its name.
    kind = "outlet" if (word is not None and word.kind == "outlet") or (
        description is not None and description.kinds == {"outlet"}) else None
    # Lower-case nouns and adjectives of the descriptor ("automobile" in "American automobile manufacturer"; not
    # the verb of "The minister told broadcaster NHK").
    while index > 0 and article.doc[index - 1].is_lower and article.doc[index - 1].is_alpha and start - index < 4 \
            and article.words[index - 1] not in ("the", "a", "an") and article.doc[index - 1].pos_ in ("NOUN", "ADJ"):
        index -= 1
    qualifier = by_end.get(index)
    if qualifier is not None and qualifier.country is not None and not qualifier.consumed:
        qualifier.consumed = True
        return _Descriptor(qualifier.country.country.iso3, sector, (qualifier.start, start), kind)
    return _Descriptor(None, sector, (index, start), kind)


def _organization_apposition(article: _Article, start: int, end: int, names: set[int]) -> tuple[int, int] | None:
    """The tokens of a description in apposition to an organisation's name, after it (``NPD Group, a market
    research firm,``; ``Chrysler, another U.S. car maker,``) or before it (``the Italian company, Fiat,``): a
    description mention of the organisation. Its head is a singular description noun of organisations
    (``knowledge/actors/descriptions.tsv``) in no name, and a comma stands between the two."""
    doc, knowledge = article.doc, article.knowledge
    root = doc[start:end].root

    def describes(token: Token) -> bool:
        description = knowledge.descriptions.get(article.words[token.i])
        return token.tag_ == "NN" and token.i not in names and description is not None and \
            "organization" in description.kinds and article.sentence_of[token.i] == article.sentence_of[start]

    if end < len(doc) and article.words[end] == ",":
        for child in root.children:
            if child.dep_ == "appos" and child.left_edge.i == end + 1 and describes(child):
                return end + 1, child.i + 1
    head = root.head
    if start >= 2 and article.words[start - 1] == "," and root.dep_ == "appos" and head.i == start - 2 and \
            describes(head):
        return head.left_edge.i, head.i + 1
    return None


# -- 3-4. bodies, countries, metonymy ----------------------------------------------------------------------------


def _climb(token: Token) -> Token:
    """The token whose syntactic role a conjunct or apposition shares: ``Armenia`` in ``Azerbaijan and Armenia``."""
    while token.dep_ in ("conj", "appos") and token.head is not token:
        token = token.head
    return token


def _reports(verb: Token) -> bool:
    """Whether a verb reports speech (``said``, ``added``), by the cue lexicon."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in cue_lexicon().verbs


def _is_subject(token: Token) -> bool:
    return _climb(token).dep_ in SUBJECT_DEPS


def _literal_by_parse(article: _Article, root: Token, capital: bool) -> bool | None:
    """Whether a country or capital is the place (True), its state (False) or modifies a noun (None).

    The cues are ``knowledge/actors/metonymy.tsv``; without one a country is its state and a capital the city
    unless it is a subject or a possessor (``Ankara was poised to``, ``Ankara's support``).
    """
    cues = article.knowledge.literal_cues
    token = _climb(root)
    dep = token.dep_
    possessive = dep == "poss" or any(child.dep_ == "case" for child in token.children)
    if possessive:
        return compact(token.head.lemma_) in cues["possessum"] or compact(token.head.text) in cues["possessum"]
    if dep in ("compound", "amod", "nmod", "npadvmod"):
        return None
    if dep == "nsubj":
        return compact(token.head.lemma_) in cues["subject"]
    if dep == "nsubjpass":
        return compact(token.head.lemma_) in cues["passive_subject"]
    if dep == "pobj":
        preposition = token.head
        if preposition.dep_ == "agent":  # "by Russia": the doer of a passive
            return False
        word = compact(preposition.text)
        if word in cues["preposition"]:
            return True
        governor = preposition.head
        if word == "of":
            return compact(governor.lemma_) in cues["possessum"] or compact(governor.text) in cues["possessum"]
        return compact(governor.lemma_) in cues["governor"]
    if dep in ("dobj", "dative", "oprd"):
        return compact(token.head.lemma_) in cues["governor"]
    return capital


@dataclass(frozen=True, slots=True)
class _BodyMention:
    """A national body found around a country word: its tokens and identity."""

    start: int
    end: int
    key: str
    kind: str
    sector: str


class _Bodies:
    """National bodies: a country word with a body or collective noun, before it or after ``of``."""

    def __init__(self, article: _Article) -> None:
        self.article = article

    def _head_ends_phrase(self, end: int) -> bool:
        # "military" in "Azerbaijan's military operations" qualifies a noun: only a phrase's head is the body.
        token = self.article.doc[end - 1]
        return token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod")

    def after_country(self, candidate: _Candidate) -> _BodyMention | None:
        """``Russian Foreign Ministry``, ``Azerbaijan's army``."""
        country = candidate.country
        if country is None or country.how == "people":
            return None
        article = self.article
        index = candidate.end
        if index < len(article.doc) and article.words[index] in POSSESSIVE_CASE and country.how == "name":
            index += 1
        found = article.knowledge.bodies.match(article.words, index)
        if found is None or not self._head_ends_phrase(found[0]):
            return None
        body = found[1]
        return _BodyMention(candidate.start, found[0], body.key(country.country.iso3), body.kind, body.sector)

    def before_of(self, candidate: _Candidate) -> _BodyMention | None:
        """``the armed forces of Armenia``."""
        country = candidate.country
        article = self.article
        of = candidate.start - 1
        if country is None or country.how != "name" or of < 1 or article.words[of] != "of":
            return None
        for start in range(max(0, of - 4), of):
            found = article.knowledge.bodies.match(article.words[:of], start)
            if found is not None and found[0] == of:
                body = found[1]
                return _BodyMention(start, candidate.end, body.key(country.country.iso3), body.kind, body.sector)
        return None


# -- the resolver -------------------------------------------------------------------------------------------------


class _Resolver:
    """Builds the actors of one article (steps 1-6 of the module docstring)."""

    def __init__(self, doc: Doc, analysis: Analysis) -> None:
        self.article = _Article(doc, analysis, actor_knowledge())
        self.drafts: dict[str, _Draft] = {}
        self.named: list[_Mention] = []  # name, body and apposition mentions, before pronouns are resolved
        self.covered: set[int] = set()  # tokens inside a mention already made
        self.counterparts: list[tuple[str, int]] = []  # (person key, token of the possessor) to resolve in order
        self.named_tokens: set[int] = set()  # tokens of every name candidate, an actor or not (no description)
        self.titled: set[int] = set()  # tokens of title and descriptor mentions

    # -- drafts and mentions

    def draft(self, key: str, kind: str, name: str, *, fixed: bool = False) -> _Draft:
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = _Draft(key, kind, name, fixed_name=fixed)
        elif fixed and not draft.fixed_name:
            # A table's name beats the text's ("the US central bank" before "the Federal Reserve").
            draft.name, draft.fixed_name = name, True
        elif not draft.fixed_name and len(name) > len(draft.name):
            draft.name = name  # the longest written form names the actor (Emmanuel Macron over Macron)
        return draft

    def mention(self, draft: _Draft, start: int, end: int, *, cover: bool = True) -> None:
        """A mention of ``draft``; ``cover`` keeps its tokens from being read again (a title's are not: the
        organisation in "Apple CEO" is a mention of its own)."""
        article = self.article
        draft.mentions.append(article.span(start, end))
        # Title tokens are not covered, but they are no place for a pronoun or a description either.
        (self.covered if cover else self.titled).update(range(start, end))
        root = article.doc[start:end].root
        self.named.append(_Mention(draft.key, start, end, article.sentence_of[start], _is_subject(root)))

    def state(self, country: Country) -> _Draft:
        draft = self.draft(f"gov:{country.iso3}", "government", country.name, fixed=True)
        draft.country, draft.sector = country.iso3, "GOV"
        return draft

    # -- steps

    def run(self, analysis: Analysis) -> tuple[Actor, ...]:
        article = self.article
        candidates = [c for c in _candidates(article, analysis) if not article.in_dateline(c.start)
                      and not self._inside_title(c)]
        for candidate in candidates:
            self.named_tokens.update(range(candidate.start, candidate.end))
        by_end = {candidate.end: candidate for candidate in candidates}
        in_entity = article.in_entity
        for candidate in candidates:
            if candidate.label == "ORG" and candidate.organization is None and candidate.country is None and \
                    (self._titled_name(candidate) or self._named_relative(candidate)):
                # "Detective Constable Daniel Dubé", "Brandt's wife, Elena," taken for an organisation
                candidate.label = "PERSON"
            elif (candidate.label == "PERSON" and (self._legal_form(candidate) or self._company_before(candidate))) \
                    or (candidate.label in ("GPE", "LOC") and candidate.country is None
                        and self._company_before(candidate)):
                # "Védelmi Ipari Kft", "electronics retailer Best Buy" taken for a person, "state broadcaster ERTA"
                # for a place
                candidate.label, candidate.company = "ORG", candidate.label != "PERSON"
            elif candidate.label in ("ORG", "GPE") and candidate.organization is None and self._place_then_name(
                    candidate):
                # "Senator from [Vermont Bernie Sanders]" taken for one organisation: the place ends the title, the
                # name after it is the person.
                candidate.start, candidate.country, candidate.label = candidate.start + 1, None, "PERSON"
            # A given name the NER left out ("Mayor of London Sadiq [Khan]"): without it the surname would join
            # another person of that surname. Not the word that ends a title after "of" or "from" ("Registrar of
            # Voters [Gretchen Lowe]").
            while candidate.label == "PERSON" and candidate.start > 0 and _name_word(article, candidate.start - 1) \
                    and candidate.start - 1 not in in_entity and \
                    not self._ends_title(candidate.start - 1) and \
                    article.sentence_of[candidate.start - 1] == article.sentence_of[candidate.start] and \
                    not self._calling_before(candidate.start - 1, candidate.end):
                candidate.start -= 1
            if candidate.label in ("PERSON", "ORG") and candidate.end - candidate.start >= 3 and \
                    candidate.organization is None and candidate.country is None and \
                    self._calling_before(candidate.start, candidate.end) and \
                    article.knowledge.organization_word(article.text(candidate.start + 1, candidate.end)) is None:
                # (The small model also reads the calling and the name as an organisation: "Cyclist Pavel Novotny".)
                candidate.start, candidate.label = candidate.start + 1, "PERSON"
            # A title the NER took into the name ("President Macron"): the name starts after it.
            while candidate.label == "PERSON" and candidate.start < candidate.end - 1 and (
                    article.knowledge.is_role_word(article.words[candidate.start])
                    or article.words[candidate.start] in article.knowledge.honorifics):
                candidate.start += 1
        # "The Harwick Herald reported": a "person" after "the" whose last word says what kind of body it is (Herald,
        # Foundation, Inc.) is that body; no person's name follows "the" and ends in such a word.
        for candidate in candidates:
            if candidate.label == "PERSON" and candidate.start > 0 and article.words[candidate.start - 1] == "the" \
                    and 2 <= candidate.end - candidate.start <= 4 and \
                    article.knowledge.organization_words.get(article.words[candidate.end - 1]) is not None:
                candidate.label = "ORG"
        # "Sudesh Amman ... Amman, who was described as": a capital or country spelt like the surname of a person
        # the article names in full is that person, as news copy calls people by surname after the first mention.
        surnames = {article.words[c.end - 1] for c in candidates if self._is_person(c) and c.end - c.start > 1}
        for candidate in candidates:
            if candidate.country is not None and candidate.country.how in ("name", "capital") and \
                    candidate.end - candidate.start == 1 and article.words[candidate.start] in surnames:
                candidate.country, candidate.label = None, "PERSON"
            elif (candidate.organization is not None or (candidate.label == "ORG" and candidate.country is None)) \
                    and candidate.end - candidate.start == 1 and article.words[candidate.start] in surnames:
                # "Michael Bloomberg ... Bloomberg endorsed", "Alexis Tipton ... Tipton observed": a one-word
                # organisation (of the tables or the NER's) spelt like the surname of a person named in full is
                # that person (the outlet would be "Bloomberg News").
                candidate.organization, candidate.label = None, "PERSON"
            elif candidate.label in ("GPE", "LOC", "NORP") and candidate.country is None and \
                    candidate.end - candidate.start == 1 and article.words[candidate.start] in surnames and (
                        (place := article.place_at(candidate.start, candidate.end)) is None or place.lat is None):
                # "Oleksiy Honcharuk ... Honcharuk filed his resignation": the NER's place or people that no table
                # knows, spelt like the surname of a person named in full, is that person.
                candidate.label = "PERSON"
        # "Its general secretary, Helen Okafor, told ... Okafor accused": a name of two or three words the NER took
        # for a place or organisation that no table or gazetteer knows, whose last word the NER reads as a person
        # elsewhere in the article, is that person. Not at a sentence's start, where any word has a capital
        # ("Longtime Imus in the Morning writer Rob Bartlett").
        single_persons = {article.words[c.start] for c in candidates if c.label == "PERSON" and c.end - c.start == 1}
        for candidate in candidates:
            if candidate.label in ("GPE", "LOC", "ORG") and candidate.country is None and \
                    not article.doc[candidate.start].is_sent_start and \
                    candidate.organization is None and 2 <= candidate.end - candidate.start <= 3 and \
                    article.words[candidate.end - 1] in single_persons and \
                    all(_name_word(article, i) for i in range(candidate.start, candidate.end)) and \
                    article.knowledge.organization_word(article.text(candidate.start, candidate.end)) is None and (
                        (place := article.place_at(candidate.start, candidate.end)) is None or place.lat is None):
                candidate.label = "PERSON"
            elif candidate.label == "ORG" and candidate.organization is None and \
                    3 <= candidate.end - candidate.start <= 4 and \
                    all(_name_word(article, i) for i in range(candidate.start, candidate.end)) and \
                    given_name_gender(article.texts[candidate.start]) is not None and \
                    article.knowledge.organization_word(article.text(candidate.start, candidate.end)) is None and \
                    article.knowledge.country_phrases.get(article.texts[candidate.start]) is None and not any(
                        article.words[i] in article.knowledge.descriptions
                        for i in range(candidate.start, candidate.end)):
                # (Not "Palestine Liberation Organization": a country's name, a noun that describes a body.)
                # "María Fernanda Quispe Mamani won": a name of three or four words opening with a given name, which
                # the small model takes for an organisation when it is not English.
                candidate.label = "PERSON"
        # "AirTran Airways ... to AirTran": a place no table or gazetteer knows, spelt like the first word of an
        # organisation's name of the article that has an organisation word (Airways, Motors), is that organisation.
        # So is a one-word person no person's full name of the article has as a word ("Velden Motors ... Shares in
        # Velden").
        name_words = {article.words[i] for c in candidates if c.label == "PERSON" and c.end - c.start > 1
                      for i in range(c.start, c.end)}
        places = [c for c in candidates if c.end - c.start == 1 and (
            (c.label in ("GPE", "LOC") and c.country is None)
            or (c.label == "PERSON" and article.words[c.start] not in name_words))]
        companies = {article.words[c.start] for c in candidates if places and c.label == "ORG"
                     and c.end - c.start > 1 and c.organization is None
                     and article.knowledge.organization_word(article.text(c.start + 1, c.end)) is not None}
        for candidate in places:
            if article.words[candidate.start] in companies and (
                    candidate.label == "PERSON" or (place := article.place_at(candidate.start, candidate.end)) is None
                    or place.lat is None):
                candidate.label, candidate.company = "ORG", True
        entity_tokens = {token.i for entity in article.doc.ents if entity.label_ not in CANDIDATE_LABELS
                         for token in entity}
        bodies = _unlabelled_bodies(article, candidates)
        candidates = [c for c in candidates if not any(b.start <= c.start and c.end <= b.end for b in bodies)]
        candidates = sorted([*candidates, *bodies, *_unlabelled_names(article, candidates)], key=lambda c: c.start)
        titles = _Titles(article, candidates, entity_tokens)
        person_titles: dict[int, tuple[_Title, _Title]] = {}
        for candidate in candidates:
            if candidate.label == UNLABELLED:
                # A name the NER missed is a person when a title stands beside it ("Alexis Boon, the head of the
                # Counter Terrorism Command"; "San Diego's chancellor, Pradeep Khosla"); else it is left alone.
                before, after = titles.before(candidate.start), titles.after(candidate.end)
                if before.roles or after.roles:
                    candidate.label = "PERSON"
                    person_titles[id(candidate)] = (before, after)
                continue
            # Titles are read once: reading one takes its country word out of the candidates (consumed).
            unknown_organization = candidate.label == "ORG" and candidate.organization is None and \
                candidate.country is None and article.knowledge.organization_word(
                    article.text(candidate.start, candidate.end)) is None
            if not (self._is_person(candidate) or unknown_organization):
                continue
            before, after = titles.before(candidate.start), titles.after(candidate.end)
            if not self._is_person(candidate):
                # "spokeswoman Morgan Ortagus" taken for an organisation: a name after a person's title is a person,
                # and so is a name of two or three words with one in apposition ("Gáspár Maróth, the government
                # commissioner").
                if not before.roles and not (after.roles and 2 <= candidate.end - candidate.start <= 3 and all(
                        _name_word(article, i) for i in range(candidate.start, candidate.end))):
                    continue
                candidate.label = "PERSON"
            person_titles[id(candidate)] = (before, after)
        candidates = [c for c in candidates if c.label != UNLABELLED]
        persons = [c for c in candidates if self._is_person(c)]
        organizations: list[tuple[_Candidate, _Descriptor]] = [
            (c, _organization_descriptor(article, c.start, by_end)) for c in candidates
            if not self._is_person(c) and (c.organization is not None or c.label == "ORG") and c.country is None
        ]
        self._bodies_and_countries(candidates)
        self._persons(persons, person_titles)
        person_surnames = self._surnames()  # (every person is drafted by now)
        self._organizations(organizations, person_surnames)
        self._other_places(candidates, person_surnames)
        self._groups(candidates)
        self._bare_surnames(person_surnames)
        self._bare_short_names()
        self._genders()
        self._given_names()
        _Sweep(self).run()
        return self._actors()

    def _is_person(self, candidate: _Candidate) -> bool:
        # A "person" with a digit in its name is the NER's mistake for a code or a virus (COVID-19), one all in
        # lower case for a drug or a thing ("fentanyl"; "de Blasio" is a name).
        text = self.article.text(candidate.start, candidate.end)
        return candidate.label == "PERSON" and candidate.organization is None and candidate.country is None and \
            not any(char.isdigit() for char in text) and any(char.isupper() for char in text)

    def _titled_name(self, candidate: _Candidate) -> bool:
        """Whether a mention is a title followed by a name of one to three words: role words, then capitalised
        proper nouns only ("Detective Constable Daniel Dubé", not "Chief Executive Magazine of Canada")."""
        article, index = self.article, candidate.start
        while index < candidate.end and (article.knowledge.is_role_word(article.words[index])
                                         or article.words[index] in article.knowledge.honorifics):
            index += 1
        rest = range(index, candidate.end)
        # The title ends in a head ("Constable"), not a modifier ("National Geographic").
        return candidate.start < index and article.knowledge.role_heads.get(article.words[index - 1]) is not None \
            and 1 <= len(rest) <= 3 and all(_name_word(article, i) for i in rest) and \
            article.knowledge.organization_word(article.text(index, candidate.end)) is None

    def _inside_title(self, candidate: _Candidate) -> bool:
        """Whether an organisation the NER found is made of role words only and goes on into a title
        (``Moldova's Deputy [Defence] Minister Oskar Lind``): a word of the title, no body."""
        article = self.article
        return candidate.label == "ORG" and candidate.organization is None and candidate.end < len(article.doc) and \
            all(article.knowledge.is_role_word(article.words[i]) for i in range(candidate.start, candidate.end)) and \
            article.knowledge.is_role_word(article.words[candidate.end])

    def _named_relative(self, candidate: _Candidate) -> bool:
        """Whether a mention is one name word in apposition to a noun for a person that tells a gender
        (``gender_words.tsv``: ``Brandt's wife, Elena,``): no organisation is anyone's wife."""
        token = self.article.doc[candidate.start]
        return candidate.end - candidate.start == 1 and _name_word(self.article, candidate.start) and \
            token.dep_ == "appos" and compact(token.head.lemma_) in self.article.knowledge.gender_words and \
            self.article.knowledge.organization_word(token.text) is None

    def _place_then_name(self, candidate: _Candidate) -> bool:
        """Whether a mention is a one-word place or body that ends a title, then a name of two or three words:
        "Senator from Vermont Bernie Sanders", "Governor of Ohio Anna Kell", "Speaker of the House Nancy Pelosi"
        (the place is the word after "from", "of" or "of the")."""
        article, start, end = self.article, candidate.start, candidate.end
        return self._ends_title(start) and 3 <= end - start <= 4 and \
            all(_name_word(article, i) for i in range(start, end)) and \
            article.knowledge.organization_word(article.text(start + 1, end)) is None

    def _calling_before(self, index: int, end: int) -> bool:
        """Whether the capitalised word at ``index``, opening its sentence before a given name and a surname, is a
        calling no title table knows rather than a name ("Producer Andre Thompson", "Bookseller Tom Harris"): a
        name's given name would come first."""
        article = self.article
        return article.sentence_starts[article.sentence_of[index]] == index and end - index >= 3 and \
            _CALLING.search(article.words[index]) is not None and \
            given_name_gender(article.doc[index].text) is None and \
            given_name_gender(article.doc[index + 1].text) is not None

    def _ends_title(self, index: int) -> bool:
        """Whether the word at ``index`` ends a title after "from", "of" or "of the" ("Senator from Vermont",
        "Registrar of Voters", "Speaker of the House")."""
        words = self.article.words
        before = 2 if index >= 3 and words[index - 1] == "the" and words[index - 2] == "of" else 1
        return index > before and words[index - before] in ("from", "of") and \
            self.article.knowledge.is_role_word(words[index - before - 1])

    def _company_before(self, candidate: _Candidate) -> bool:
        """Whether a name follows a noun that describes companies or outlets only, in its sentence and in lower case
        (``electronics retailer Best Buy``, ``the carmaker Fiat``, ``state broadcaster ERTA``): no person or place
        is named so."""
        article, index = self.article, candidate.start - 1
        if index < 0 or article.sentence_of[index] != article.sentence_of[candidate.start] or \
                not article.doc[index].is_lower or article.doc[index].tag_ != "NN":
            return False
        description = article.knowledge.descriptions.get(article.words[index])
        return description is not None and (
            (description.kinds == frozenset({"organization"}) and "BUS" in description.sectors)
            or description.kinds == frozenset({"outlet"}))

    def _legal_form(self, candidate: _Candidate) -> bool:
        """Whether a name ends in a legal form (``Kft``, ``GmbH``, ``Ltd``), or in a word that names a kind of
        business (``Storr Automotive``, ``Velden Motors``): no person's name does."""
        last = self.article.texts[candidate.end - 1]
        word = self.article.knowledge.organization_words.get(last)
        return word is not None and (word.legal or (
            word.sector == "BUS" and candidate.end - candidate.start > 1 and last.lower() not in _SURNAME_LIKE_WORDS))

    def _bodies_and_countries(self, candidates: Sequence[_Candidate]) -> None:
        article = self.article
        bodies = _Bodies(article)
        for candidate in candidates:
            if candidate.consumed or candidate.country is None:
                continue
            country = candidate.country.country
            body = bodies.after_country(candidate) or bodies.before_of(candidate)
            if body is not None and candidate.start > 0 and article.words[candidate.start - 1] == "ethnic":
                continue  # "ethnic Armenian authorities in Nagorno-Karabakh" are not Armenia's
            if body is not None:
                if any(index in self.covered for index in range(body.start, body.end)):
                    continue
                draft = self.state(country) if body.key == f"gov:{country.iso3}" else self.draft(
                    body.key, body.kind, article.text(body.start, body.end))
                draft.country, draft.sector = country.iso3, body.sector
                self.mention(draft, body.start, body.end)
                candidate.consumed = True
                continue
            if candidate.country.how == "people":  # "ethnic Armenians": the country's people
                if candidate.end - candidate.start == 1 and article.doc[candidate.start].tag_ in ("NN", "NNP"):
                    continue  # "The Spaniard said": one of its people, a person the quotes resolve by country
                people = article.knowledge.bodies.get("people")
                if people is not None:
                    draft = self.draft(people.key(country.iso3), people.kind, article.text(candidate.start,
                                                                                           candidate.end))
                    draft.country, draft.sector = country.iso3, people.sector
                    self.mention(draft, candidate.start, candidate.end)
                continue
            if candidate.country.how == "demonym" or candidate.label == "NORP":
                continue  # an adjective: a fact of the noun it qualifies, or nothing
            if self._is_state_mention(candidate):
                self.mention(self.state(country), candidate.start, candidate.end)

    def _is_state_mention(self, candidate: _Candidate) -> bool:
        """Whether a country or capital mention stands for its state (see ``_literal_by_parse``)."""
        article = self.article
        place = article.place_at(candidate.start, candidate.end)
        if place is not None:
            return not place.literal
        root = article.doc[candidate.start:candidate.end].root
        capital = candidate.country is not None and candidate.country.how == "capital"
        literal = _literal_by_parse(article, root, capital)
        return literal is False

    def _organizations(self, found: Sequence[tuple[_Candidate, _Descriptor]], surnames: dict[str, str]) -> None:
        """Organisations: a table's with its key and facts, any other keyed by its name without a legal form.

        An organisation no table knows and whose name has no organisation word (``Inc``, ``Airlines``) is an actor
        only if some mention of it is a participant or an employer ("Apple CEO"): a name found only as a modifier
        or after ``in`` ("the Nagorno-Karabakh conflict", "in Nagorno-Karabakh") is most likely a place the NER
        took for an organisation. One that is a person's surname ("Trump" taken for an organisation) is that person;
        an acronym in brackets after a name, or spelling the initials of one other name (``_acronyms``), is the
        organisation it abbreviates.
        """
        article = self.article
        unknown: dict[str, list[tuple[int, int]]] = {}
        texts: dict[str, str] = {}
        certain: set[str] = set()  # unknown organisations named as such (Inc, Airlines, a descriptor)
        bracketed: dict[str, str] = {}  # acronym key -> the key of the name it follows in brackets
        for candidate, descriptor in found:
            if candidate.consumed or any(index in self.covered for index in range(candidate.start, candidate.end)):
                continue
            organization = candidate.organization
            if organization is not None:
                draft = self.draft(organization.key, organization.kind, organization.name, fixed=True)
                draft.country, draft.sector = organization.country, organization.sector
                self.mention(draft, candidate.start, candidate.end)
                if descriptor.span is not None:
                    self.mention(draft, *descriptor.span, cover=False)
                apposition = self._apposition(draft, candidate)
                if apposition is not None:
                    self.mention(draft, *apposition, cover=False)
                continue
            text = article.text(candidate.start, candidate.end)
            word = article.knowledge.organization_word(text)
            place = article.place_at(candidate.start, candidate.end)
            if place is not None and place.literal and word is None and not candidate.company:
                continue  # a place the NER took for an organisation
            person = _owner_of_surname(slug(text), surnames) if word is None else None
            if person is not None:
                self.mention(self.drafts[person], candidate.start, candidate.end)
                continue
            if self._surnamed_people(candidate, surnames):
                continue
            key = f"org:{article.knowledge.organization_slug(text)}"
            draft = self.draft(key, word.kind if word else (descriptor.kind or "organization"), text)
            draft.sector = draft.sector or descriptor.sector or (word.sector if word else None)
            draft.country = draft.country or descriptor.country
            unknown.setdefault(key, []).append((candidate.start, candidate.end))
            if descriptor.span is not None:
                unknown[key].append(descriptor.span)
            apposition = self._apposition(draft, candidate)
            if apposition is not None:
                unknown[key].append(apposition)
            if word is not None or descriptor.span is not None or apposition is not None or \
                    self._institution(candidate):
                certain.add(key)
            texts.setdefault(key, text)
            bracket = candidate.end
            if bracket + 3 < len(article.doc) and article.words[bracket] == "of":
                # "The Independent Electoral Commission of Kenya (IECK)": the NER ended the name before its place.
                after_place = next((index for index in range(bracket + 2, min(bracket + 6, len(article.doc)))
                                    if article.words[index] == "(" or not article.doc[index].is_title), bracket)
                if article.words[after_place] == "(" and all(
                        article.doc[index].is_title for index in range(bracket + 1, after_place)):
                    bracket = after_place
            if bracket + 2 < len(article.doc) and article.words[bracket] == "(" and article.words[bracket + 2] == ")" \
                    and _short_name_of(article.texts[bracket + 1], text) \
                    and article.place_at(bracket + 1, bracket + 2) is None:  # "Toyota Motor (Tokyo)" is a place
                # "Popular Mobilization Forces (PMF)", "California Department of Forestry and Fire Protection
                # (CalFire)": the short name is the same organisation, here and after.
                acronym = f"org:{slug(article.texts[bracket + 1])}"
                if acronym != key:
                    # Every use of the short name is a mention, also where the NER saw none ("CalFire requested").
                    unknown.setdefault(acronym, []).extend(
                        (index, index + 1) for index, word in enumerate(article.texts)
                        if word == article.texts[bracket + 1] and index > bracket
                        and (index, index + 1) not in unknown.get(acronym, []))
                    texts.setdefault(acronym, article.texts[bracket + 1])
                    self.draft(acronym, draft.kind, article.texts[bracket + 1])
                    bracketed.setdefault(acronym, key)
        for short, full in (_acronyms(texts) | _generic_short_names(texts, article.knowledge) | bracketed).items():
            unknown[full].extend(unknown.pop(short))
            del self.drafts[short]
        for short, full in _names_without_country(texts, {key: draft.name for key, draft in self.drafts.items()
                                                          if draft.kind != "person"}).items():
            # "The U.S. Coast Guard said P. The Coast Guard said Q": a body named before with its country (drafted
            # by then) or another unknown one ("Kenya Wildlife Service").
            spans = unknown.pop(short)
            del self.drafts[short]
            if full in unknown:
                unknown[full].extend(spans)
            else:
                for start, end in spans:
                    self.mention(self.drafts[full], start, end)
        for event, short in self._events_of(unknown).items():
            # "Apple Worldwide Developers Conference": an event of the company, whose first word is a mention of it.
            unknown[short].extend((start, start + 1) for start, _ in unknown[event])
        for full, short in self._parent_names(unknown).items():
            # "Apple" and "Apple Computer", "Ford" and "Ford Motor Company": one company, keyed and named by the
            # short name the articles use most (a longer one may be a subsidiary the text did not tell apart).
            unknown[short].extend(unknown.pop(full))
            merged = self.drafts.pop(full)
            draft = self.drafts[short]
            draft.kind = merged.kind if draft.kind == "organization" else draft.kind
            draft.sector, draft.country = draft.sector or merged.sector, draft.country or merged.country
            draft.fixed_name = True
            if full in certain:
                certain.add(short)
        for key, spans in unknown.items():
            if key in certain or any(self._participates(start, end) or self._employer(start, end)
                                     for start, end in spans):
                for start, end in spans:
                    self.mention(self.drafts[key], start, end)

    def _surnamed_people(self, candidate: _Candidate, surnames: dict[str, str]) -> bool:
        """Whether an organisation the NER found is people of the article by their surnames, which it then
        mentions: one with their employer ("Wilson of C-MORE") or two together ("Biden and Sanders announced")."""
        article = self.article
        words = article.words[candidate.start:candidate.end]
        if len(words) == 1:
            # A name whose family name comes first ("Wang said" of Foreign Minister Wang Yi): the one person of the
            # article with a title whose name starts with it (a title, for the NER also reads companies and products
            # as people: "Lockheed Martin", "Ford Falcon").
            starting = {owner for owner in surnames.values() if self.drafts[owner].roles
                        and self.drafts[owner].name.split()[0].lower() == words[0]}
            if len(starting) == 1:
                self.mention(self.drafts[starting.pop()], candidate.start, candidate.end)
                return True
        if "of" in words:
            of = candidate.start + words.index("of")
            person = _owner_of_surname(slug(article.text(candidate.start, of)), surnames)
            if person is not None:
                self.mention(self.drafts[person], candidate.start, of)
                return True
        if words.count("and") == 1:
            conjunction = candidate.start + words.index("and")
            halves = ((candidate.start, conjunction), (conjunction + 1, candidate.end))
            people = [person for half in halves if (person := _owner_of_surname(slug(article.text(*half)), surnames))]
            if len(people) == 2:
                for person, half in zip(people, halves, strict=True):
                    self.mention(self.drafts[person], *half)
                return True
        return False

    def _apposition(self, draft: _Draft, candidate: _Candidate) -> tuple[int, int] | None:
        """A description in apposition to an organisation's name that fits it (``_organization_apposition``)."""
        article = self.article
        span = _organization_apposition(article, candidate.start, candidate.end, self.named_tokens)
        if span is None:
            return None
        description = article.knowledge.descriptions[article.words[span[1] - 1]]
        return span if description.admits(draft.kind, draft.sector, draft.key, draft.facts()) else None

    def _parent_names(self, unknown: dict[str, list[tuple[int, int]]]) -> dict[str, str]:
        """Organisations whose name is the one word naming another organisation of the article, and more words
        (``Apple Computer``, ``Boeing Commercial Airplanes``), to that other: the only such longer name of the
        article whose other words name no place (``Ford Australia``, ``GM Europe`` are subsidiaries, left apart).
        A one-word name also written with a legal form (``Apple Inc.``) is a name in full, no short one, and a body
        word (``the Navy``) names no company."""
        article = self.article
        names = {key: {(start, end) for start, end in spans if article.doc[start].pos_ == "PROPN"}
                 for key, spans in unknown.items()}
        merged: dict[str, str] = {}
        for key, spans in names.items():
            if not spans or any(end - start != 1 for start, end in spans):
                continue
            word = article.words[min(spans)[0]]
            if article.knowledge.organization_word(article.texts[min(spans)[0]]) is not None:
                continue  # a body word ("the Navy") is no short name of a longer one ("Navy Information Agency")
            longer = [(other, [(start, end) for start, end in other_spans if end - start > 1
                               and article.words[start] == word])
                      for other, other_spans in names.items() if other != key]
            longer = [(other, spans) for other, spans in longer
                      if spans and not any(article.names_place(start + 1, end) or self._event(end)
                                           for start, end in spans)]
            if len(longer) > 1:
                # "Ford Motor Company" beside "Ford Taurus", "Apple Computer" beside "Apple Macintosh": the one
                # longer name with an organisation word is the company's; the others name its products.
                longer = [(other, spans) for other, spans in longer if any(
                    article.knowledge.organization_word(article.text(start + 1, end)) is not None
                    for start, end in spans)]
            if len(longer) == 1:
                merged[longer[0][0]] = key
        return merged

    def _short_names(self, unknown: dict[str, list[tuple[int, int]]]) -> dict[str, str]:
        """Organisations named by one word only, written as a proper noun, by that word (folded)."""
        article = self.article
        found: dict[str, str] = {}
        for key, spans in unknown.items():
            names = [(start, end) for start, end in spans if article.doc[start].pos_ == "PROPN"]
            if names and all(end - start == 1 for start, end in names) and \
                    article.knowledge.organization_word(article.texts[names[0][0]]) is None:
                found.setdefault(article.words[names[0][0]], key)
        return found

    def _event(self, end: int) -> bool:
        """Whether a name ending before token ``end`` is an event's (``... Developers Conference``, ``... Expo``)."""
        return self.article.words[end - 1] in self.article.knowledge.event_words

    def _events_of(self, unknown: dict[str, list[tuple[int, int]]]) -> dict[str, str]:
        """Names of events (``_event``) to the one-word organisation name of the article they start with."""
        article = self.article
        short = self._short_names(unknown)
        found: dict[str, str] = {}
        for key, spans in unknown.items():
            for start, end in spans:
                owner = short.get(article.words[start])
                if end - start > 1 and owner is not None and owner != key and self._event(end):
                    found[key] = owner
        return found

    def _employer(self, start: int, end: int) -> bool:
        """A name qualifying a person's title ("Apple Computer CEO Steve Jobs", "Boeing's chief executive"), or
        where people of a calling work ("analysts at Goldman Sachs", "forecasters at the Met Office")."""
        root = self.article.doc[start:end].root
        knowledge = self.article.knowledge
        if root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.pos_ == "NOUN":
            worker = root.head.head.lemma_.lower()
            return knowledge.is_role_word(worker) or worker in cue_lexicon().groups
        return root.dep_ in ("compound", "poss", "nmod") and knowledge.is_role_word(compact(root.head.text))

    def _surnames(self) -> dict[str, str]:
        """The last word of every person's full name but post-nominal letters, to the person named first with it. A
        generational suffix stays the last word here: these surnames turn organisations and bare words into people,
        and "Ford" is not William Clay Ford Jr. (``_surname_owners`` looks past it, for names the NER already read
        as a person's)."""
        found: dict[str, str] = {}
        first = {draft.key: min((m.start for m in draft.mentions), default=0) for draft in self.drafts.values()}
        # A surname a family shares is the person named first (see ``_surname_owners``).
        for draft in sorted(self.drafts.values(), key=lambda d: first[d.key]):
            words = draft.name.split()
            if draft.kind == "person" and len(words) > 1:
                found.setdefault(slug(surname(draft.name, generational=False)), draft.key)
        # The first of two surnames ("Villarroel" of Jorge Luis Villarroel Ortiz), after every last word.
        for draft in sorted(self.drafts.values(), key=lambda d: first[d.key]):
            if draft.kind == "person" and (first_of_two := first_surname(draft.name)) is not None:
                found.setdefault(slug(first_of_two), draft.key)
        return found

    def _bare_surnames(self, surnames: dict[str, str]) -> None:
        """A surname standing alone that the NER left out ("Jobs welcomed everyone", "Mulally says"): a proper noun
        spelt like the last word of the only person of the article named in full with it, in no name or other
        entity, is that person."""
        article = self.article
        if not surnames:
            return
        given_names = self._given_name_owners(surnames)
        in_entity = article.in_entity
        for token in article.doc:
            if not token.is_title and token.pos_ != "PROPN":
                continue  # (a slug per word of the article is the costly part of this pass)
            index = token.i
            word = slug(token.text)
            owner = surnames.get(word) if token.is_title and (
                token.pos_ == "PROPN" or _surname_read_as_noun(token)) else None
            if owner is None and word in given_names and token.pos_ == "PROPN" and token.dep_ in SUBJECT_DEPS and \
                    article.place_at(index, index + 1) is None:
                # (A subject only, and no place: "Montana" of a misread "Montana Native Vote" stays the state.)
                owner = given_names[word]
            # A speaking subject spelt one letter apart from a surname is that person ("Wasif suggested" of Sally
            # Wasef), even where the NER read a place that no gazetteer entry backs.
            variant = owner is None and token.dep_ in SUBJECT_DEPS and token.is_title and \
                token.ent_type_ in {"", "GPE", "LOC"} and _reports(token.head)
            if variant:
                # (The place is looked up only here: this pass visits every capitalised word.)
                place = article.place_at(index, index + 1)
                variant = place is None or place.geonames_id is None
            if variant:
                owner = _owner_of_surname(word, surnames)
            if owner is None or (not variant and (index in in_entity or index in self.named_tokens)) \
                    or index in self.covered \
                    or index in self.titled or any(
                    0 <= other < len(article.doc) and article.doc[other].pos_ == "PROPN"
                    for other in (index - 1, index + 1)):
                continue
            self.mention(self.drafts[owner], index, index + 1)

    def _bare_short_names(self) -> None:
        """A company's first word standing alone as a subject, where the NER saw no name ("Meridian Pictures
        produced the film. Meridian said P"): that company, when it is the only one of the article named so with an
        organisation word after it."""
        article = self.article
        firsts: dict[str, list[str]] = {}
        for draft in self.drafts.values():
            words = draft.name.split()
            # Only words of a company's trade or form after it: "Facebook Ireland Limited" is a subsidiary.
            if draft.kind == "organization" and len(words) > 1 and all(
                    article.knowledge.organization_words.get(word) is not None for word in words[1:]):
                firsts.setdefault(slug(words[0]), []).append(draft.key)
        # (Not a word that is itself an organisation of the article: "Facebook" beside "Facebook Ireland Limited".)
        named = {slug(draft.name) for draft in self.drafts.values()}
        owners = {word: keys[0] for word, keys in firsts.items() if len(keys) == 1 and word not in named}
        for token in article.doc:
            index = token.i
            owner = owners.get(slug(token.text)) if token.pos_ == "PROPN" and token.is_title and \
                token.dep_ in SUBJECT_DEPS else None
            if owner is None or index in article.in_entity or index in self.covered or any(
                    0 <= other < len(article.doc) and article.doc[other].pos_ == "PROPN" for other in (index - 1,
                                                                                                    index + 1)):
                continue
            self.mention(self.drafts[owner], index, index + 1)

    def _given_name_owners(self, surnames: dict[str, str]) -> dict[str, str]:
        """A given name of only one person of the article that is nobody's surname ("Hardeep also stated", after
        Hardeep Singh Puri), as copy about people known by their given name writes."""
        given: dict[str, list[str]] = {}
        for draft in self.drafts.values():
            words = draft.name.split()
            if draft.kind == "person" and len(words) > 1:
                given.setdefault(slug(words[0]), []).append(draft.key)
        return {word: keys[0] for word, keys in given.items() if len(keys) == 1 and word not in surnames}

    def _named_after_where(self, candidate: _Candidate) -> bool:
        """Whether a name of two words or more is set after the place of a title (``A WHO spokesperson in Geneva,
        Tarik Jasarevic, said``), which the parser makes an apposition of the place."""
        article = self.article
        root = article.doc[candidate.start:candidate.end].root
        place = root.head
        return candidate.end - candidate.start > 1 and root.dep_ == "appos" and place.dep_ == "pobj" and \
            place.head.dep_ == "prep" and article.knowledge.is_role_word(article.words[place.head.head.i])

    def _named_in_full(self, candidate: _Candidate) -> bool:
        """Whether a person's name of two words or more that opens with a capitalised word, and that no place of
        the article is, stands as anything but a noun's modifier: a person takes part wherever the sentence puts
        them ("heard from Maria Lopez", "a letter to John Smith"), where a country's name after "from" or "to" is
        the place. A name the places component found (the small model tags some places as persons) is read as a
        place is, and so is a "person" that opens with an acronym (the small model tags "UC Davis" as one)."""
        article = self.article
        first = article.texts[candidate.start]
        return candidate.end - candidate.start > 1 and first.istitle() and first.isalpha() and \
            article.place_at(candidate.start, candidate.end) is None and \
            _literal_by_parse(article, article.doc[candidate.start:candidate.end].root, capital=False) is not None

    def _participates(self, start: int, end: int) -> bool:
        """Whether a name stands as a participant, by the cues a country's name is read with: not a modifier of a
        noun ("the Karabakh conflict"), not a place ("in Nagorno-Karabakh", "the region of Nagorno-Karabakh")."""
        root = self.article.doc[start:end].root
        if root.dep_ == "npadvmod" and root.head.pos_ == "VERB" and root.i < root.head.i:
            # "Jo Anne Val Tilburg of the University of California, Los Angeles said": a subject the parser lost
            # to the place that ends the university's name.
            return True
        if root.dep_ == "pobj" and root.head.lower_ in {"from", "by"} and is_channel(root.head.head):
            # "A statement from Nordbank said P", "data from Eurostat": whose statement it is speaks.
            return True
        if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.dep_ in SUBJECT_DEPS and \
                is_channel(root.head):
            return True  # "Eurostat data showed P": the body whose data report
        return _literal_by_parse(self.article, root, capital=False) is False

    def _other_places(self, candidates: Sequence[_Candidate], surnames: dict[str, str]) -> None:
        """A place or facility name that is no country or capital, acting: "Cisco sues Apple" (the NER's GPE),
        "Catalonia declared". With the places component's reading it is the government there
        (``gov:ESP:catalonia``), or for a facility the body it houses (``Buckingham Palace announced``); without one
        nothing tells a place from a mislabelled company, and it stays an organisation (``org:cisco``). Whatever it
        does, a name ending in an organisation's noun is that organisation (``St. Mary's Hospital``), and one word
        no gazetteer places that a person's name holds is that person (``Sutrisno`` of Sutrisno Hadiwibowo)."""
        article = self.article
        given_names = self._given_name_owners(surnames)
        for candidate in candidates:
            if candidate.label not in ("GPE", "LOC", "FAC") or candidate.country is not None or candidate.consumed \
                    or candidate.organization is not None \
                    or any(index in self.covered for index in range(candidate.start, candidate.end)):
                continue
            text = article.text(candidate.start, candidate.end)
            place = article.place_at(candidate.start, candidate.end)
            if self._institution(candidate):
                # "Patients were taken to St. Mary's Hospital. A spokeswoman for the hospital said": a building
                # named for the body it houses is that body too, which the NER may take for a place.
                self._housed_body(text, place, candidate)
                continue
            root = _climb(article.doc[candidate.start:candidate.end].root)
            person = surnames.get(slug(text)) or (given_names.get(slug(text)) if root.dep_ in SUBJECT_DEPS else None)
            if person is not None and candidate.end - candidate.start == 1 and (place is None or place.lat is None):
                # '"We have proof," Sutrisno told reporters' after Sutrisno Hadiwibowo: a name no gazetteer knows,
                # spelt like a word of a person's name, is that person.
                self.mention(self.drafts[person], candidate.start, candidate.end)
                continue
            if place is not None:
                state = countries().get(place.country) if place.country else None
                if place.literal or state is None:
                    continue
                if candidate.label == "FAC":
                    # "Buckingham Palace announced": the institution the building houses, of its country.
                    self._housed_body(place.name, place, candidate)
                    continue
                draft = self.state(state) if place.feature == "country" else self.draft(
                    f"gov:{state.iso3}:{slug(place.name)}", "government", place.name)
                draft.country, draft.sector = state.iso3, "GOV"
                self.mention(draft, candidate.start, candidate.end)
                continue
            agent = root.dep_ in SUBJECT_DEPS or root.dep_ == "poss" or (root.dep_ == "pobj" and root.head.dep_ ==
                                                                         "agent")
            if agent and _literal_by_parse(article, root, capital=True) is False:
                self.mention(self.draft(f"org:{slug(text)}", "organization", text), candidate.start, candidate.end)

    def _housed_body(self, name: str, place: Place | None, candidate: _Candidate) -> None:
        """The organisation a building of that name houses, in the country of its place."""
        draft = self.draft(f"org:{slug(name)}", "organization", name)
        state = countries().get(place.country) if place is not None and place.country else None
        draft.country = state.iso3 if state is not None else None
        self.mention(draft, candidate.start, candidate.end)

    def _institution(self, candidate: _Candidate) -> bool:
        """Whether a name ends in a noun ``descriptions.tsv`` admits for organisations only (``St. Mary's Hospital``,
        ``Kenyatta University``), whatever the NER called it."""
        description = self.article.knowledge.descriptions.get(self.article.words[candidate.end - 1])
        return candidate.end - candidate.start > 1 and description is not None and \
            description.kinds == {"organization"}

    def _persons(self, persons: Sequence[_Candidate], titles: dict[int, tuple[_Title, _Title]]) -> None:
        article = self.article
        names: dict[str, list[tuple[_Candidate, _Title, _Title]]] = {}
        for candidate in persons:
            if any(index in self.covered for index in range(candidate.start, candidate.end)):
                continue
            key = slug(article.text(candidate.start, candidate.end))
            if key:
                names.setdefault(key, []).append((candidate, *titles[id(candidate)]))
        texts = {key: max((article.text(c.start, c.end) for c, _, _ in found), key=len) for key, found in names.items()}
        # In text order of first mention, so that a surname shared by a family goes to the one named first.
        texts = dict(sorted(texts.items(), key=lambda item: min(c.start for c, _, _ in names[item[0]])))
        owners = _surname_owners(texts)
        for short_name in owners:
            owner = owners[short_name]
            while owner in owners:  # "Mohammad bin Salman" of a longer name that is itself part of a longer one
                owner = owners[owner]
            names[owner].extend(names.pop(short_name))
        for key, found in names.items():
            if not any(self._participates(candidate.start, candidate.end) or before.roles or after.roles
                       or self._named_after_where(candidate) or self._named_in_full(candidate)
                       for candidate, before, after in found):
                # "the Karabakh conflict": a name only ever qualifying a noun is no participant, unless a title
                # makes it a person ("writer and performer Rob Bartlett", whatever the parse hangs it on).
                continue
            full = max((article.text(c.start, c.end) for c, _, _ in found), key=len)
            draft = self.draft(f"person:{key}", "person", full)
            for candidate, before, after in found:
                self.mention(draft, candidate.start, candidate.end)
                for title in (before, after):
                    self._apply(draft, title)
                    if title.span is not None:
                        self.mention(draft, *title.span, cover=False)
                    if title.counterpart_of is not None:
                        self.counterparts.append((draft.key, title.counterpart_of))

    def _genders(self) -> None:
        """A person's gender from a noun the text puts beside their name (``gender_words.tsv``), when no title told
        it: "her first husband, Al Brix", "widow Ann Lorde", "Ann Lorde, the duke's daughter", "Ann Lorde was the
        wife of ...". Kept only when every such noun of the person agrees."""
        found: dict[str, set[str]] = {}
        for mention in self.named:
            draft = self.drafts[mention.key]
            if draft.kind == "person" and draft.gender is None:
                found.setdefault(draft.key, set()).update(self._gender_nouns(mention))
        for key, genders in found.items():
            if len(genders) == 1:
                self.drafts[key].gender = genders.pop()

    def _given_names(self) -> None:
        """A person named in full whose gender neither a title (Mrs, spokeswoman) nor a noun beside the name (wife)
        told takes the gender of the given name ("Ruth Okafor"; not "Jean Okafor", see ``given_names.py``), before
        any pronoun is resolved: "She would later say" then never goes to "Michael Okafor"."""
        for draft in self.drafts.values():
            words = draft.name.split()
            if draft.kind == "person" and draft.gender is None and len(words) > 1:
                draft.gender = given_name_gender(words[0])

    def _gender_nouns(self, mention: _Mention) -> set[str]:
        words = self.article.knowledge.gender_words
        root = self.article.doc[mention.start:mention.end].root
        nouns = [child for child in root.children if child.dep_ in ("appos", "compound")]
        if root.dep_ == "appos":
            nouns.append(root.head)
        if root.dep_ in SUBJECT_DEPS and root.head.lemma_ == "be":
            nouns.extend(child for child in root.head.children if child.dep_ == "attr")
        return {words[noun.lower_] for noun in nouns
                if noun.tag_ == "NN" and noun.lower_ in words and not mention.start <= noun.i < mention.end}

    @staticmethod
    def _apply(draft: _Draft, title: _Title) -> None:
        for role in title.roles:
            draft.add_role(role)
        draft.sector = draft.sector or title.sector
        draft.country = draft.country or title.country
        draft.gender = draft.gender or title.gender

    def _groups(self, candidates: Sequence[_Candidate]) -> None:
        """Peoples no country names (``Kurds``): a group of their own, when used as a noun."""
        article = self.article
        for candidate in candidates:
            if candidate.label != "NORP" or candidate.country is not None or candidate.consumed:
                continue
            root = article.doc[candidate.start:candidate.end].root
            if root.dep_ in ("amod", "compound") or any(i in self.covered for i in range(candidate.start,
                                                                                           candidate.end)):
                continue
            if root.tag_ == "NNP" and article.words[root.i] in article.knowledge.descriptions and any(
                    child.dep_ == "det" and child.lower_ == "the" for child in root.children):
                # "the Democrat", "the Ohio Republican": one of them, a description of the one named before.
                self.named_tokens.difference_update(range(candidate.start, candidate.end))
                continue
            text = article.text(candidate.start, candidate.end)
            self.mention(self.draft(f"group:{slug(text)}", "group", text), candidate.start, candidate.end)

    def _actors(self) -> tuple[Actor, ...]:
        drafts = [draft for draft in self.drafts.values() if draft.mentions]
        drafts.sort(key=lambda draft: min(mention.start for mention in draft.mentions))
        return tuple(
            Actor(
                id=f"a{number}", extractor=EXTRACTOR, key=draft.key, name=draft.name, kind=draft.kind,
                mentions=tuple(sorted(set(draft.mentions), key=lambda span: (span.start, span.end))),
                country=draft.country, sector=draft.sector, roles=tuple(draft.roles),
            )
            for number, draft in enumerate(drafts, start=1)
        )


def _surname_read_as_noun(token: Token) -> bool:
    """A surname opening a sentence that the tagger took for a common noun ("Cummings had been ill"): the subject
    of a verb in the singular ("Jobs were cut" is a noun)."""
    return token.pos_ == "NOUN" and bool(token.is_sent_start) and token.dep_ in ("nsubj", "nsubjpass") and \
        "Plur" not in token.head.morph.get("Number", []) and not any(
            child.dep_ == "aux" and "Plur" in child.morph.get("Number", []) for child in token.head.children)


def _surname_owners(texts: dict[str, str]) -> dict[str, str]:
    """One-word person names (``rzayev``, ``al-muhandis``) and the only full name ending with each, else the only
    full name ending with a transliteration of it one letter apart (``Saree`` for ``Yahya Sarea``), else the only
    full name starting with it.

    With two full names ending the same way, a surname standing alone is the person of the two named first: news copy
    names its subject first and relatives after (``Elijah Cummings ... his parents, Robert Cummings Sr. and Ruth
    Cummings ... Cummings said``). ``texts`` is in the order of first mention.
    """
    owners: dict[str, str] = {}
    # The last word of a full name as written: a hyphenated surname is one ("Fraser-Whyte", "al-Mansouri").
    full_names = {other: slug(surname(text)) for other, text in texts.items() if len(text.split()) > 1}
    for key, text in texts.items():
        words = text.split()
        if len(words) == 2 and words[0].lower() in SURNAME_PARTICLES:
            # "De Blasio" for Bill de Blasio, "van Gogh" for Vincent van Gogh: a surname with its particle.
            full = [other for other in full_names if other != key and other.endswith(f"-{key}")]
            if len(full) == 1:
                owners[key] = full[0]
            continue
        if len(words) != 1:
            # Part of a longer name of a person of the article, whole words from its start or end ("Ahmad Faizal"
            # of Ahmad Faizal bin Rahman, "Hernández Villaseñor" of Guadalupe Hernández Villaseñor).
            full = [other for other in full_names if other != key and (
                other.startswith(f"{key}-") or other.endswith(f"-{key}"))]
            if len(full) == 1:
                owners[key] = full[0]
            continue
        full = [other for other, last in full_names.items() if last == key][:1]
        if not full and len(key) >= MIN_VARIANT_SURNAME:
            full = [other for other, last in full_names.items() if _one_letter_apart(key, last)]
        if not full:
            # The first of two surnames ("Villarroel" for Jorge Luis Villarroel Ortiz).
            full = [other for other, text in texts.items() if slug(first_surname(text) or "") == key]
        if not full:
            # A given name for the only person of the article who has it ("Hardeep" for Hardeep Singh Puri), as
            # copy about people known by their given name writes.
            full = [other for other in full_names if other.split("-", 1)[0] == key]
        if len(full) == 1:
            owners[key] = full[0]
    return owners


def _owner_of_surname(word: str, surnames: dict[str, str]) -> str | None:
    """The person whose surname ``word`` is, or one letter apart from (see ``_surname_owners``)."""
    if word in surnames or len(word) < MIN_VARIANT_SURNAME:
        return surnames.get(word)
    owners = {owner for surname, owner in surnames.items() if _one_letter_apart(word, surname)}
    return owners.pop() if len(owners) == 1 else None


def _one_letter_apart(first: str, second: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped after their first two (``saree`` /
    ``sarea``, ``qaddafi`` / ``qadhafi`` is two and stays apart)."""
    if first[:2] != second[:2] or abs(len(first) - len(second)) > 1 or first == second:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    shorter, longer = sorted((first, second), key=len)
    return any(longer[:index] + longer[index + 1:] == shorter for index in range(len(longer)))


def _is_acronym(text: str) -> bool:
    letters = text.replace("&", "")  # "PG&E", "AT&T"
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _short_name_of(short: str, name: str) -> bool:
    """Whether a word in brackets after an organisation's name is its short name: an acronym, or one capitalised
    word starting with the name's first letter (``CalFire``, ``Phivolcs``), not a place in brackets."""
    return _is_acronym(short) or (short.isalpha() and short[:1].isupper() and short[:1] == name[:1]
                                  and len(name.split()) > 1)


def _generic_short_names(texts: dict[str, str], knowledge: ActorKnowledge) -> dict[str, str]:
    """Organisations named by a body word alone ("the Court", "the Senate") and the only longer organisation of the
    article whose name is headed by that word ("Supreme Court of Puerto Rico", "Senate of Puerto Rico"; not "Navy
    Information Agency" for "the Navy")."""
    merged: dict[str, str] = {}
    for key, text in texts.items():
        word = knowledge.organization_word(text)
        if " " in text or word is None or word.legal:
            continue
        full = [other for other, name in texts.items() if other != key and len(name.split()) > 1
                and head_word(name) == text.lower()]
        if len(full) == 1:
            merged[key] = full[0]
    return merged


def _names_without_country(texts: dict[str, str], names: dict[str, str]) -> dict[str, str]:
    """Organisations named by another's name without the country it starts with ("Coast Guard" for "U.S. Coast
    Guard", "Wildlife Service" for "Kenya Wildlife Service"), and the only such other of the article. Only a
    country ("Democratic Party" is not the "New Democratic Party"), and no party: one named for a nation is a party
    of its own (the "Scottish National Party" is not the "National Party")."""
    merged: dict[str, str] = {}
    for key, text in texts.items():
        words = text.lower().split()
        if len(words) < 2 or words[-1] == "party":
            continue  # (one word: _generic_short_names)
        full = [other for other, name in names.items() if other != key and len(name.split()) > len(words)
                and name.lower().split()[-len(words):] == words
                and countries().lookup(" ".join(name.split()[:-len(words)])) is not None]
        if len(full) == 1:
            merged[key] = full[0]
    return merged


def _initials(text: str) -> str:
    """``Islamic Revolutionary Guard Corps`` → ``IRGC``: the capitals starting its words (``of``, ``the``... are
    skipped, hyphenated words count each part)."""
    return "".join(word[0] for word in text.replace("-", " ").split() if word[:1].isupper())


def _acronyms(texts: dict[str, str]) -> dict[str, str]:
    """Acronym organisations (``IRGC``) and the only longer organisation of the article whose initials they are."""
    merged: dict[str, str] = {}
    for key, text in texts.items():
        if not _is_acronym(text):
            continue
        letters = text.replace("&", "")
        # Also without a last generic word: "PG&E" for "Pacific Gas and Electric Company".
        full = [other for other, name in texts.items() if other != key and len(name.split()) > 1
                and letters in (_initials(name), _initials(" ".join(name.split()[:-1])))]
        if len(full) == 1:
            merged[key] = full[0]
    return merged


# Words for a body that belongs to another: with that other's name before it ("the UN agency", "the EU body") it is
# one of its parts, not the whole.
_SUB_BODIES = frozenset({"agency", "body", "organ", "office", "mission", "fund", "programme", "program"})


# -- 6. pronouns and descriptions ---------------------------------------------------------------------------------


class _Sweep:
    """Walks the article in text order, resolving pronouns and descriptions against the mentions before them."""

    def __init__(self, resolver: _Resolver) -> None:
        self.resolver = resolver
        self.article = resolver.article
        self.history: list[_Mention] = []
        self.by_root: dict[int, _Mention] = {}  # the syntactic head token of each mention on the time line
        self.resolved: dict[int, str] = {}  # pronoun token -> actor key

    def run(self) -> None:
        pending = sorted(self.resolver.named, key=lambda mention: mention.start)
        position = 0
        doc = self.article.doc
        for token in doc:
            index = token.i  # (each spaCy attribute read builds its value anew: read once a word)
            while position < len(pending) and pending[position].start <= index:
                self._remember(pending[position])
                position += 1
            if index in self.resolver.covered or index in self.resolver.named_tokens or index in self.resolver.titled:
                continue
            lower = token.lower_
            if lower in PRONOUNS and token.tag_ in ("PRP", "PRP$"):
                self._pronoun(token)
            elif lower in RELATIVES and token.tag_ in ("WP", "WDT"):
                self._relative(token)
            elif self.article.words[index] in self.article.knowledge.descriptions:
                self._description(token)
        for person, possessor in self.resolver.counterparts:
            self._counterpart(person, possessor)

    def _add(self, key: str, start: int, end: int) -> None:
        article = self.article
        draft = self.resolver.drafts[key]
        draft.mentions.append(article.span(start, end))
        self.resolver.covered.update(range(start, end))
        root = article.doc[start:end].root
        self._remember(_Mention(key, start, end, article.sentence_of[start], _is_subject(root)))

    def _remember(self, mention: _Mention) -> None:
        self.history.append(mention)
        self.by_root[self.article.doc[mention.start:mention.end].root.i] = mention

    def _fits(self, mention: _Mention, pronoun: _PronounClass, token: Token | None = None) -> bool:
        """Kind, gender and number agree. A collective is plural when its mention is ("Syrian militants"),
        singular when it is ("Azerbaijan", "the ministry"): "they" is not a state named in the singular. A company's
        name is either ("Boeing says they have"), but not as ``they`` for a pronoun ``token`` of its sentence with
        plural nouns between them ("Boeing employees ... their")."""
        draft = self.resolver.drafts[mention.key]
        if draft.kind not in pronoun.kinds:
            return False
        if pronoun.gender and draft.gender and draft.gender != pronoun.gender:
            return False
        if draft.kind == "person":
            return True
        plural = self._plural(mention)
        if plural is None and pronoun.plural:
            return self._stands_alone(mention) and not (token is not None and any(
                self.article.doc[index].tag_ in ("NNS", "NNPS") for index in range(mention.end, token.i)))
        return plural is None or plural == pronoun.plural

    def _stands_alone(self, mention: _Mention) -> bool:
        """Whether a name is neither a modifier ("Apple engineers") nor one of a list ("GM and Chrysler", "the Bank
        of Canada, the European Central Bank (ECB) and ..."): a plural pronoun may be about the company only then."""
        token = self.article.doc[mention.start:mention.end].root
        if token.dep_ in ("compound", "amod", "nmod"):
            return False
        while True:
            if token.dep_ == "conj" or any(child.dep_ == "conj" for child in token.children):
                return False
            if token.dep_ != "appos" or token.head is token:
                return True
            token = token.head

    def _plural(self, mention: _Mention) -> bool | None:
        """Whether a mention is plural; None for an organisation's name, whose form tells nothing of its number
        ("General Motors said it", "Lehman Brothers and its")."""
        root = self.article.doc[mention.start:mention.end].root
        draft = self.resolver.drafts[mention.key]
        # A government body by its own name ("the Commission on Religious Freedom ... They released") is numberless
        # too; a state ("Azerbaijan", key gov:AZE) is not.
        if root.tag_ in ("NNP", "NNPS") and (draft.kind in NAMED_NUMBERLESS or (
                draft.kind == "government" and not draft.key.startswith("gov:"))):
            return None
        return root.tag_ in ("NNS", "NNPS")

    def _pronoun(self, token: Token) -> None:
        pronoun = PRONOUNS[token.lower_]
        key = self._antecedent(token, pronoun)
        if key is None:
            return
        self.resolved[token.i] = key
        draft = self.resolver.drafts[key]
        draft.gender = draft.gender or pronoun.gender
        self._add(key, token.i, token.i + 1)

    def _relative(self, token: Token) -> None:
        """``who`` and ``which`` opening a relative clause on a mention: ``Chrysler, which has asked``."""
        clause = token.head
        if token.dep_ not in SUBJECT_DEPS or clause.dep_ != "relcl" or clause.i < token.i:
            return
        mention = self.by_root.get(clause.head.i)
        if mention is None or mention.end > token.i:
            return
        if self.resolver.drafts[mention.key].kind not in RELATIVES[token.lower_]:
            return
        # The verb's number is the antecedent's: in "relations between Paris and Ankara, which are tense" the
        # parse may hang the clause on the name, but "are" is about the relations.
        finite = [verb.tag_ for verb in (clause, *clause.children) if verb.tag_ in ("VBZ", "VBP")]
        plural = self._plural(mention)
        if finite and plural is not None and plural != (finite[0] == "VBP"):
            return
        self._add(mention.key, token.i, token.i + 1)

    def _antecedent(self, token: Token, pronoun: _PronounClass) -> str | None:
        """The most recent compatible subject: in the pronoun's sentence before it (for a possessive, any
        compatible mention there), then in the sentences before, nearest first.

        For ``they`` and ``it`` the nearest earlier subject that agrees in number decides, actor or not: in "any
        international efforts ... should start. They should start ..." the efforts, not an actor, are meant.
        An object pronoun is never its own clause's subject ("Rzayev told him").
        """
        sentence = self.article.sentence_of[token.i]
        possessive = token.tag_ == "PRP$"
        same = [m for m in self.history if m.sentence == sentence and m.end <= token.i]
        cue = token.head
        if token.dep_ in SUBJECT_DEPS and cue.dep_ == "parataxis" and cue.head.i > cue.i and _reports(cue):
            # "Lavrov, he said, had promised P": an attribution set inside the clause it reports is by someone
            # else than that clause's subject, who would have been written "Lavrov said he had promised P".
            same = [m for m in same if not cue.head.left_edge.i <= m.start < cue.left_edge.i]
        if token.dep_ in SUBJECT_DEPS and _reports(cue):
            # '"Mayor Villanueva has failed this city," he said': a name in the clause a pronoun's cue reports is
            # someone the speaker speaks of, who would have said "I" (or "he had failed", with the name after).
            reported = {index for child in cue.children if child.dep_ in {"ccomp", "parataxis"} and child.i < cue.i
                        for index in range(child.left_edge.i, child.right_edge.i + 1)}
            same = [m for m in same if m.start not in reported]
        reporter = self._reporter(same, token, pronoun) if not possessive else None
        if reporter is not None:
            return reporter
        # A possessive prefers the subject before it ("Navalny is a critic of Putin, and his associates alleged"),
        # the main clause's over a relative clause's on its object ("Quill was married to Renwick, who fathered two
        # of her sons").
        subjects = [m for m in same if possessive and m.subject and self._fits(m, pronoun, token)]
        for mention in [*(m for m in reversed(subjects) if not self._outranked_relative(m, subjects)),
                        *reversed(same)]:
            # A name in the possessive on the subject counts as one ("Kovac's allies accused the government of
            # trying to smear her").
            if not (possessive or mention.subject or self._subject_possessor(mention)) or \
                    not self._fits(mention, pronoun, token):
                continue
            if not possessive and token.dep_ not in SUBJECT_DEPS and self._clause_subject(mention, token):
                continue
            return mention.key
        if pronoun.local:
            return self._continued_subject(token)
        if pronoun.kinds != PERSON:
            return self._agreeing_subject(token, pronoun)
        earlier = [m for m in self.history if sentence - PERSON_WINDOW <= m.sentence < sentence]
        doc = self.article.doc
        fitting = [m for m in earlier if (m.subject or self._subject_possessor(m) or self._named_by_being(m)
                                          or self._cited_source(m) or is_agent_of_thing(doc[m.start:m.end].root))
                   and self._fits(m, pronoun)]
        for mention in reversed(fitting):
            if self._outranked_relative(mention, fitting):
                continue
            return self._person_of_the_gender(mention, earlier, pronoun) or mention.key
        return None

    def _person_of_the_gender(self, subject: _Mention, earlier: list[_Mention], pronoun: _PronounClass) -> str | None:
        """"Coach Tunde Bakare praised sprinter Grace Adeyemi. She said P": a subject whose gender nothing tells
        yields to the one person of the pronoun's gender named after it, subject or not."""
        drafts = self.resolver.drafts
        if pronoun.gender is None or drafts[subject.key].gender is not None:
            return None
        after = {m.key for m in earlier if m.start > subject.start and drafts[m.key].kind == "person"
                 and drafts[m.key].gender == pronoun.gender}
        return after.pop() if len(after) == 1 else None

    def _outranked_relative(self, mention: _Mention, fitting: list[_Mention]) -> bool:
        """Whether ``mention`` is a ``who`` opening a relative clause on an object of a verb whose own subject is
        another fitting mention: in "Quill was married to Renwick, who fathered her sons. She said ..." the
        sentence is about Quill, and so is the ``she`` after it."""
        doc = self.article.doc
        token = doc[mention.start:mention.end].root
        clause = token.head
        if token.tag_ != "WP" or clause.dep_ != "relcl":
            return False
        verb = clause.head
        # Up to the verb that has the subject: "was" of "Quill was married to Renwick", where the parser makes
        # "married" a complement.
        while (verb.pos_ not in ("VERB", "AUX") or (verb.dep_ in ("acomp", "xcomp") and not any(
                child.dep_ in SUBJECT_DEPS for child in verb.children))) and verb.head.i != verb.i:
            verb = verb.head
        subjects = {child.i for child in verb.children if child.dep_ in SUBJECT_DEPS}
        return any(other is not mention and _climb(doc[other.start:other.end].root).i in subjects
                   for other in fitting)

    def _named_by_being(self, mention: _Mention) -> bool:
        """A name a sentence of being introduces ("One is Denis Kovalchuk, a student. He said ..."): as much the
        topic of its sentence as a subject, for a ``he``/``she`` of a later one."""
        root = self.article.doc[mention.start:mention.end].root
        return root.dep_ == "attr" and root.head.lemma_ == "be" and root.head.dep_ == "ROOT" and root.pos_ == "PROPN"

    def _cited_source(self, mention: _Mention) -> bool:
        """The source of ``according to`` ("According to the sheriff, P. Q, he said"): the one whose statement the
        sentence is, as much its topic as a subject."""
        root = self.article.doc[mention.start:mention.end].root
        return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"

    def _subject_possessor(self, mention: _Mention) -> bool:
        """A name in the possessive on a subject ("Quill's plans include ..."): as much the topic of its sentence
        as a subject, for a ``he``/``she`` of a later one. Not a pronoun ("his roommates said")."""
        root = self.article.doc[mention.start:mention.end].root
        return root.dep_ == "poss" and root.pos_ == "PROPN" and root.head.dep_ in SUBJECT_DEPS

    def _continued_subject(self, token: Token) -> str | None:
        """For ``it``: an organisation that is the subject of the sentence before, when ``it`` is the subject of its
        own sentence's main verb, a verb of doing ("DaimlerChrysler announced cuts. It could also sell the unit. It
        plans ..."). Not after a verb of being ("It is unclear"), nor when the sentence before has a thing as the
        object of its verb ("Boeing unveiled the 787. It can carry ..." is the plane; "its unit" is no such thing)."""
        article = self.article
        verb = token.head
        if token.lower_ != "it" or token.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.lemma_ in CLAUSE_VERBS or \
                article.sentence_of[token.i] == 0:
            return None
        previous = article.sentence_starts[article.sentence_of[token.i] - 1]
        root = article.doc[previous].sent.root
        subjects = [child for child in root.children if child.dep_ == "nsubj"]
        mention = self.by_root.get(subjects[0].i) if subjects else None
        if mention is None or self.resolver.drafts[mention.key].kind != "organization" or \
                self._plural(mention) is True:
            return None
        if any(child.dep_ in ("dobj", "attr") and child.tag_ in ("NN", "NNP") and child.i not in self.by_root
               and not any(word.dep_ == "poss" for word in child.children) for child in root.children):
            return None
        return mention.key

    def _reporter(self, same: list[_Mention], token: Token, pronoun: _PronounClass) -> str | None:
        """For the subject of a cue (``he added``): the subject of an earlier cue of its sentence, over the
        subjects of what that cue reported ("He said Zelensky is honest; however, ..., he added" is one speaker)."""
        if token.dep_ not in SUBJECT_DEPS or not _reports(token.head):
            return None
        doc = self.article.doc
        for mention in same:
            root = _climb(doc[mention.start:mention.end].root)
            if mention.subject and _reports(root.head) and root.head.i < token.i and self._fits(mention, pronoun):
                return mention.key
        return None

    def _clause_subject(self, mention: _Mention, token: Token) -> bool:
        root = self.article.doc[mention.start:mention.end].root
        return _is_subject(root) and _climb(root).head == token.head

    def _agreeing_subject(self, token: Token, pronoun: _PronounClass) -> str | None:
        """For ``they`` and ``it``: the nearest subject before the pronoun's sentence that agrees in number."""
        article = self.article
        sentence = article.sentence_of[token.i]
        first = article.sentence_starts[max(0, sentence - COLLECTIVE_WINDOW)]
        for index in range(article.sentence_starts[sentence] - 1, first - 1, -1):
            candidate = article.doc[index]
            if candidate.dep_ not in SUBJECT_DEPS:
                continue
            mention = self.by_root.get(index)
            if mention is not None:
                if self._fits(mention, pronoun, token):
                    return mention.key
                plural = self._plural(mention)
                if plural is None:
                    return None
            else:
                plural = candidate.tag_ in ("NNS", "NNPS") or candidate.lower_ in ("they", "we")
            if plural == pronoun.plural and candidate.pos_ in ("NOUN", "PROPN", "PRON"):
                return None  # a subject that agrees but is no fitting actor: the pronoun is most likely about it
        return None

    def _description(self, token: Token) -> None:
        """``the diplomat``, ``the Azerbaijani diplomat``, ``the ministry``, ``his country``."""
        article = self.article
        knowledge = article.knowledge
        description = knowledge.descriptions[article.words[token.i]]
        if token.tag_ not in ("NN", "NNP") and not (token.tag_ == "NNS" and description.kinds <= {"group", "military"}):
            return  # (a plural names a group by its members: "the rebels")
        if token.dep_ == "amod":
            return
        if token.dep_ == "compound":
            head = token.head
            if head.pos_ == "NOUN" and head.lemma_.lower() in cue_lexicon().channels and \
                    not knowledge.is_role_word(head.lemma_.lower()) and "person" not in description.kinds and \
                    not any(child.dep_ == "poss" for child in head.children):
                # "a police statement", "according to government reports": the police or government the article
                # named, as "the police" or "the government" would be. (Not "government officials": people, whom
                # the quotes keep as they are written.)
                self._refer_back(token, token.i, description, None, [])
            return
        following = token.i + 1
        if following < len(article.doc) and following in self.resolver.covered and article.doc[following].pos_ \
                == "PROPN":
            return  # a title before a name ("the minister Fariz Rzayev"), read with the name
        determiners = [child for child in token.children if child.dep_ in ("det", "poss") and child.i < token.i]
        if not determiners:
            return
        determiner = determiners[0]
        if determiner.i in self.resolved and article.words[token.i] in COUNTRY_OF_POSSESSOR:
            self._country_of(self.resolved[determiner.i], determiner.i + 1, token.i + 1)
            return
        if determiner.i in self.resolved and determiner.tag_ == "PRP$":
            self._body_of_state(self.resolved[determiner.i], determiner.i, token.i + 1)
            return
        if article.words[determiner.i] not in DEFINITE:
            return
        country, titles = self._qualifiers(determiner.i + 1, token.i, article.words[token.i])
        if titles is not None:
            self._refer_back(token, determiner.i, description, country, titles)

    def _refer_back(self, token: Token, start: int, description: Description, country: str | None,
                    titles: list[str]) -> None:
        """Add the description from ``start`` to ``token`` as a mention of the actor named last that it fits."""
        article = self.article

        modifiers = article.knowledge.role_modifiers
        # "The spokeswoman", "the congresswoman": no man (one the article gave a gender).
        role = article.knowledge.role_heads.get(article.words[token.i])
        gender = role.gender if role is not None else None

        def fits(draft: _Draft) -> bool:
            # A title word is in the actor's roles or name, or is a modifier of the actor's sector ("the militant
            # group": a group of the rebel sector).
            return description.admits(draft.kind, draft.sector, draft.key, draft.facts()) and (
                country is None or draft.country == country) and (
                gender is None or draft.gender in {None, gender}) and all(
                title in draft.facts() or (modifiers.get(title) is not None and modifiers.get(title) == draft.sector)
                for title in titles) and not (titles and self._outranked(draft, [*titles, article.words[token.i]]))

        for mention in reversed(self.history):
            draft = self.resolver.drafts[mention.key]
            if not fits(draft):
                continue
            if mention.start >= start and article.words[token.i] in _SUB_BODIES:
                continue  # "the UN agency" is one of the UN's agencies, named before, not the UN
            named_object = article.doc[mention.start:mention.end].root
            if token.dep_ in ("nsubj", "nsubjpass") and named_object.dep_ in ("dobj", "dative"):
                # "The Congress party accused the BJP of P. The party also alleged Q": a description that is a
                # subject continues the subject of the verb whose object was named last, not that object.
                subject = next((other for other in reversed(self.history) if other.key != mention.key
                                and article.doc[other.start:other.end].root.dep_ == "nsubj"
                                and article.doc[other.start:other.end].root.head.i == named_object.head.i
                                and fits(self.resolver.drafts[other.key])), None)
                if subject is not None:
                    mention, draft = subject, self.resolver.drafts[subject.key]
            if any(article.words[index] == article.words[token.i] and any(
                    child.dep_ == "det" and child.lower_ in {"a", "an"} for child in article.doc[index].children)
                    and article.doc[index + 1].pos_ not in ("NOUN", "PROPN")  # (the parse of "a government account")
                    and _brought_in(article.doc[index]) and "person" in description.kinds
                    for index in range(mention.end, token.i)):
                # "According to an EU diplomat, P. The diplomat said Q": someone new no name was given, brought
                # in after the candidate as a subject or a source, is whom the description refers to.
                return
            self._add(draft.key, start, token.i + 1)
            return

    @staticmethod
    def _outranked(draft: _Draft, words: list[str]) -> bool:
        """Whether the only roles of the draft that hold all the description's words are of a lower rank the
        description does not say: "the prime minister" is not the Deputy Prime Minister."""
        described = {compact(word) for word in words}
        matching = [{compact(word) for word in re.split(r"[\s-]+", role)} for role in draft.roles
                    if all(word in compact(role) for word in described)]
        return bool(matching) and all(role & _LOWER_RANKS - described for role in matching)

    def _qualifiers(self, start: int, end: int, head: str) -> tuple[str | None, list[str] | None]:
        """The country adjective and title words between a description's determiner and its head (None for the
        title words when a named qualifier cannot be checked). A word that makes a national body with the head
        counts as a title word ("the central bank" is no commercial bank)."""
        article = self.article
        country: str | None = None
        titles: list[str] = []
        for index in range(start, end):
            match = article.knowledge.country_phrases.get(article.texts[index])
            if match is not None and match.how == "demonym":
                country = match.country.iso3
            elif article.knowledge.is_role_word(article.words[index]) or \
                    f"{article.words[index]} {head}" in article.knowledge.bodies:
                titles.append(article.words[index])
            elif article.doc[index].ent_type_ == "NORP":
                return None, None  # a qualifier no table knows ("the Middle Eastern nation"): nothing to check
        return country, titles

    def _body_of_state(self, key: str, possessor: int, end: int) -> None:
        """``its foreign ministry`` after ``its`` went to a state: that state's national body."""
        article = self.article
        owner = self.resolver.drafts[key]
        found = article.knowledge.bodies.match(article.words, possessor + 1)
        country = countries().get(owner.country) if owner.kind == "government" and owner.country else None
        if country is None or found is None or found[0] != end or owner.key != f"gov:{country.iso3}":
            return
        body = found[1]
        if body.key(country.iso3) == owner.key:
            return  # "its government" is the state itself, already resolved
        draft = self.resolver.draft(body.key(country.iso3), body.kind,
                                    f"{country.name}'s {article.text(possessor + 1, end).title()}")
        draft.country, draft.sector = country.iso3, body.sector
        self._add(draft.key, possessor, end)

    def _country_of(self, key: str, start: int, end: int) -> None:
        """``his country`` after ``his`` went to a person: the state of that person's country."""
        draft = self.resolver.drafts[key]
        country = draft.country if draft.kind == "person" else None
        if country is None:
            return
        found = countries().get(country)
        if found is not None:
            state = self.resolver.state(found)
            self._add(state.key, start, end)

    def _counterpart(self, person: str, possessor: int) -> None:
        """``his Italian counterpart Luigi Di Maio``: Di Maio holds the role of the one ``his`` refers to."""
        owner = self.resolved.get(possessor)
        if owner is None:
            owner = next((m.key for m in self.resolver.named if m.start <= possessor < m.end), None)
        if owner is None or owner == person:
            return
        roles = self.resolver.drafts[owner].roles
        if roles:
            draft = self.resolver.drafts[person]
            draft.add_role(roles[0])
            draft.sector = draft.sector or self.resolver.drafts[owner].sector


def _brought_in(noun: Token) -> bool:
    """Whether an indefinite noun brings someone into the story: as a subject or a source ("an EU diplomat said",
    "according to an EU diplomat", "was told by a witness"), not as what something is ("Aer Lingus, an Irish
    airline,", "the bankruptcy of a U.S. company")."""
    return noun.dep_ in ("nsubj", "nsubjpass") or (
        noun.dep_ == "pobj" and noun.head.lower_ in ("to", "by") and noun.head.head.lower_ in ("according", "told")) \
        or (noun.dep_ == "pobj" and noun.head.dep_ == "agent")


def resolve_actors(doc: Doc, analysis: Analysis) -> Analysis:
    return dataclasses.replace(analysis, actors=_Resolver(doc, analysis).run(analysis))


ACTORS = Component(NAME, VERSION, frozenset({"entities", "tokens"}), frozenset({"actors"}), resolve_actors)
