"""Quotes: what was said, who said it, and the cue that says so.

Direct quotes are found by their quote marks (straight or curly; a paragraph that opens a quote and does not close
it continues in the next paragraph that opens one), then attributed through the speech cue next to them. Indirect
speech is found from speech cues in the dependency parse (``X said (that) P``, ``according to X, P``, ``X denied
P``, ``X voiced concern about P``). Headlines in wire style (``... — diplomat``) are attributed too. The speaker is
an actor: the actor whose mention covers the cue's subject, pronouns and descriptions included once the actor
resolver merges them; a speaker that cannot be resolved keeps its words with ``resolved: false``.

The cue lexicon is data (``claimgraph/knowledge/cues.json``).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claimgraph.analysis.nlp import (
    DEFINITE_DETERMINERS,
    NUMERIC_ENTITY_LABELS,
    is_agent_of_thing,
    is_channel,
    is_definite,
    titles_before_names,
)
from claimgraph.analysis.pipeline import Component
from claimgraph.knowledge.actors import actor_knowledge, compact, description_facts, head_word, surname
from claimgraph.knowledge.actors.given_names import given_name_gender
from claimgraph.knowledge.cues import cue_lexicon
from claimgraph.records import Actor, Analysis, Place, Quote, Span, Speaker

NAME = "quotes"
VERSION = 1
EXTRACTOR = f"{NAME}/{VERSION}"

OPENING_MARKS = "“„«"
CLOSING_MARKS = "”»"
STRAIGHT_MARK = '"'
QUOTE_MARK = re.compile(f"[{STRAIGHT_MARK}{OPENING_MARKS}{CLOSING_MARKS}]")
# The end of a quoted phrase that ends its sentence: a stop inside the marks, then the closing mark.
_CLOSING_AFTER_PHRASE = re.compile(f"[.!?]?[{STRAIGHT_MARK}{CLOSING_MARKS}]")
# A quoted phrase this short inside a sentence of the outlet's own is a scare quote or a title unless a cue
# attributes it; inside reported speech it makes the indirect quote mixed.
SHORT_QUOTE_WORDS = 4
# The longest attribution that splits one utterance: `"...," said Lena Marsh, an analyst at the Institute. "..."`.
MAX_SPLIT_ATTRIBUTION_WORDS = 16
# A pronoun speaker within this many characters after a quoted person is that person (about two paragraphs).
RECENT_SPEAKER_CHARS = 600
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we", "my": "i"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Nouns for a part of what a channel says: "Part of the judge's statement reads" is the statement's.
_PART_WORDS = frozenset({"part", "portion", "excerpt", "extract"})
_DEMONSTRATIVES = DEFINITE_DETERMINERS - {"the"}
# Participles that set a speaker's occasion between commas ("X, asked about the incident, said P").
_ASKED = frozenset({"asked", "questioned", "pressed", "interviewed", "contacted", "reached", "approached"})
# What a disaster "claims" ("claimed 6,606 lives").
_TOLL_WORDS = frozenset({"life", "victim"})
# What a source makes known ("The news came from his son-in-law").
_NEWS_WORDS = frozenset({"news", "announcement", "confirmation"})
# A point of the compass, for a distance from a place ("12 kilometres south-east of Ponce").
_BEARING = re.compile(r"(?:north|south)(?:-?(?:east|west))?|east|west")
# Verbs by which a report names its source ("citing officials", "quoting a spokesman").
_CITING = frozenset({"cite", "quote"})
# Verbs that only report speech: one inside another statement is still a statement of its own speaker.
_SPEECH_VERBS = frozenset({"say", "tell", "state", "report", "claim", "write", "announce", "confirm", "add"})
# Verbs that put out a speech noun or a document, whose subject is its speaker or author ("issued a warning", "made
# a call for", "filed a lawsuit", "posted a message").
_ISSUING_VERBS = frozenset({
    "issue", "make", "give", "release", "publish", "deliver", "post", "send", "repeat", "renew", "file", "write",
    "sign", "submit", "draft", "pen", "tweet", "share", "put", "lodge", "bring",
    # Its authors make a study, a model or a plan ("developed a new model", "conducted the survey").
    "develop", "produce", "conduct", "lead", "prepare", "compile", "author", "co-author", "present", "unveil",
})  # fmt: skip
# What people issue in their own name, and speaks for them whoever they are ("Her children issued a statement.
# '...,' the statement read"); a study or report keeps its own words when its authors are no actor.
_ISSUED_STATEMENTS = frozenset({"statement", "letter", "message", "note", "tweet", "post", "announcement"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_PRONOUN_GENDERS = {"he": "m", "she": "f"}
# The relations of cues.json that are a group, never the one person a later "he" or "she" is ("the family had called").
_GROUP_RELATIONS = frozenset({"family", "staff", "office", "campaign", "team"})
# Nouns for a statement another denies in a relative clause ("a claim the palace denied").
_COUNTERED_NOUNS = frozenset({"claim", "charge", "allegation", "accusation", "assertion", "report", "account",
                              "suggestion", "figure", "estimate", "version", "position", "view", "assessment",
                              "characterization", "characterisation", "contention", "argument", "theory",
                              "narrative", "interpretation", "conclusion"})
# The heads of a phrase that names both parties of a conflict together ("both sides", "the two countries").
_COLLECTIVE_HEADS = frozenset({"both", "side", "country", "nation", "government", "party", "state"})
# Groups named in the singular that "they" may refer to.
_COLLECTIVE_GROUPS = frozenset({"team", "group"})
# Nouns for two people named together before ("Cherie and Sean Dale ... The couple said").
_PAIR_HEADS = frozenset({"couple", "pair", "duo"})
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
# Descriptions of a local government and the place features they refer back to ("the city said": White Plains).
_PLACE_DESCRIPTIONS = {"city": {"city"}, "town": {"city"}, "village": {"city"}, "county": {"region"},
                       "province": {"region"}, "municipality": {"city", "region"}}
_NAME_PHRASE_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "CCONJ"})
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Verbs whose past tense is their bare form, which the tagger reads as a noun inside a "say" object ("say a new
# vaccine cut infections by half": not "vaccine cut infections").
_BARE_PAST_VERBS = frozenset({"cut", "put", "set", "hit", "hurt", "cost", "let", "shut", "spread", "quit", "split",
                              "cast", "burst", "shed", "upset"})
# Cues that report only beside a quote ("continued to attack others" is no speech).
_QUOTE_ONLY_CUES = frozenset({"continue"})
# Cries report only the words in quote marks beside them ('shouted "shame on you"'), never a clause or an object:
# "chanted slogans" says nothing.
_CRIES = frozenset({"shout", "chant", "yell", "scream"})
# What a verdict finds someone ("found X guilty of murder"): an act, not a finding reported.
_VERDICTS = frozenset({"guilty", "innocent", "liable", "culpable"})
# What sets an attribution apart from the clause it reports ("P, X reported"; "X reported in 2019, P").
_ATTRIBUTION_SEPARATORS = frozenset({",", "—", "–", "-", "--", ":", ";"})
# Verbs whose infinitive did not happen ("declined to say", "refused to confirm", "failed to mention").
_REFUSALS = frozenset({"decline", "refuse", "fail"})
# Verbs of getting to read a document or to hear a source ("a document seen by Reuters", "an official quoted by
# Xinhua", "a spokesman contacted by AFP"): the reader or reporter is no author of it.
_ACCESS_VERBS = frozenset({"see", "review", "obtain", "view", "examine", "inspect", "acquire", "quote", "cite",
                           "interview", "contact", "reach"})
# Who paid for or ordered a document is not its author ("The study, funded by the Wellcome Trust, found P").
_SPONSORING_VERBS = frozenset({"fund", "commission", "sponsor", "finance", "support", "back", "pay"})
# Words of an act planned or expected ("is expected to announce", "plans to unveil", "is due to report").
_PLANNING = frozenset({"expect", "plan", "intend", "schedule", "set", "due", "prepare", "aim", "poise"})
# Modals by which a cue is asked of someone or only possible ("must explain", "should say", "may announce"); not
# "can" ("police can confirm P" confirms) nor "will" (prepared remarks: "will say in the speech that P").
_OBLIGATION_MODALS = frozenset({"must", "should", "ought", "may", "might"})
# "asked not to be named", "declined to be identified": how a source is cited, not a statement.
_ANONYMITY = re.compile(r"(?:not )?(?:to )?be (?:named|identified)\b", re.IGNORECASE)
# Prepositions of where or through what something was said ("said in a statement that P", "at a news conference").
_VENUE_PREPOSITIONS = frozenset({"in", "at", "during", "on", "via", "through"})
_SPEAKER_MODIFIERS = frozenset({"prep", "compound", "flat", "nummod", "amod"})
_HEADLINE_ATTRIBUTION = re.compile(r"^(?P<content>.*\S)\s+[—–-]{1,2}\s+(?P<speaker>[\w’'. -]{2,40})$")
# "Kenya Wildlife Service: elephant poaching down": a speaker, a colon, what they say.
_HEADLINE_COLON = re.compile(r"^(?P<speaker>[\w’'. -]{2,40}):\s+(?P<content>\S.*\S)$")


# -- direct quotes: quote marks -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """The inside of one pair of quote marks (or of an unclosed one up to its paragraph's end)."""

    start: int
    end: int
    paragraph: int
    continues: bool  # opened and not closed in its paragraph


def _paragraphs(body: str) -> Iterator[tuple[int, int]]:
    position = 0
    for line in body.split("\n"):
        yield position, position + len(line)
        position += len(line) + 1


def find_segments(body: str) -> list[Segment]:
    """Every quoted stretch of the body, per paragraph, marks excluded."""
    segments: list[Segment] = []
    for number, (start, end) in enumerate(_paragraphs(body)):
        opened: int | None = None
        # Only the marks change anything below: jump from one to the next instead of reading every character.
        for mark in QUOTE_MARK.finditer(body, start, end):
            index, char = mark.start(), mark.group()
            if opened is None and (char in OPENING_MARKS or (char == STRAIGHT_MARK and _opens(body, index))):
                opened = index + 1
            elif opened is not None and (char in CLOSING_MARKS or char == STRAIGHT_MARK):
                if index > opened:
                    segments.append(Segment(opened, index, number, False))
                opened = None
        if opened is not None and end > opened and body[opened:end].strip():
            stripped_end = opened + len(body[opened:end].rstrip())
            segments.append(Segment(opened, stripped_end, number, True))
    return segments


def _opens(body: str, index: int) -> bool:
    """A straight mark opens a quote when what follows is not a space (``said: "We`` vs ``we," he``)."""
    return index + 1 < len(body) and not body[index + 1].isspace()


def _is_channel_word(word: str) -> bool:
    return word in cue_lexicon().channels


def _words(text: str) -> int:
    return len(text.split())


# -- the parse: cues, subjects, content ---------------------------------------------------------------------------


def _cue_class_of(token: Token) -> str | None:
    lexicon = cue_lexicon()
    lemma = token.lemma_.lower()
    if lemma not in lexicon.verbs and lemma not in lexicon.document_verbs and lemma not in lexicon.estimate_verbs \
            and lemma not in lexicon.gesture_verbs and lemma not in lexicon.as_verbs:
        return None  # the one look-up that rules out most words, before the others
    if token.lower_ == "called" and token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "so":
        return None  # "so-called" is an adjective, not a cue
    if not (token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or token.dep_ == "relcl" or (
            token.pos_ == "NOUN" and any(child.dep_ == "nsubj" for child in token.children))):
        # (The tagger may read a verb after a name as a plural noun, "an accusation Moscow rejects", or a verb with
        # a subject as a noun: 'A statement from the family read: "..."'.)
        return None
    if lemma in lexicon.document_verbs:
        # "Polls showed P", "records that showed P": a document or data reports; "footage showed" does not.
        subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and token.dep_ == "relcl":
            subject = token.head
        return lexicon.document_verbs[lemma] if subject is not None and is_channel(subject) else None
    if lemma in lexicon.estimate_verbs:
        # "Officials put the death toll at 45" reports an estimate; "put pressure on" reports nothing.
        return lexicon.estimate_verbs[lemma] if _estimate(token) is not None else None
    if lemma in lexicon.as_verbs:
        # "identified the victim as X" (or "the victim was identified as X by police") says who X is; "identified
        # the problem" says nothing, nor does a participle on a noun ("information identifying itself as Y", "a man
        # identified as Y"), nor a verb with no object the parser made of one ("Hurricanes classified as category
        # 3 are ...").
        return lexicon.as_verbs[lemma] if token.dep_ != "acl" and any(
            child.dep_ == "prep" and child.lower_ == "as" for child in token.children) and any(
            child.dep_ in {"dobj", "agent"} for child in token.children) else None
    if lemma in lexicon.gesture_verbs:
        # "Offered his condolences", "issued an apology": the gesture is what was said; "offered a job" says nothing.
        gesture = next((child for child in token.children if child.dep_ == "dobj"), None)
        return lexicon.gestures.get(gesture.lemma_.lower()) if gesture is not None else None
    return lexicon.verbs.get(lemma)


def _is_measure(token: Token) -> bool:
    """A number that measures something, not a date, an hour or part of a name (``10 Downing Street``)."""
    return token.like_num and token.ent_type_ not in {"DATE", "TIME", "FAC", "GPE", "LOC", "ORG"}


def _estimate(cue: Token) -> tuple[Token, Token | None] | None:
    """The object of an estimate and the phrase of the cue that gives its measure: "put the death toll at 45",
    "estimated the crowd at 20,000", "placed the epicentre 12 kilometres south of Ponce", "placed Humberto 785 miles
    west of Bermuda"; the measure is None where the parser hung it on the object ("placed the value of the artwork
    in the range of five to six million dollars")."""
    estimated = next((child for child in cue.children if child.dep_ == "dobj" and child.i > cue.i), None)
    if estimated is None:
        return None
    for child in cue.children:
        if child.i < estimated.i:
            continue
        if _puts_at_measure(child):
            return estimated, child
        # A bearing from a place is where something is put, not a group put there ("placed troops 10 km north").
        if child.dep_ in {"advmod", "npadvmod"} and estimated.tag_ != "NNS" and any(
                _BEARING.fullmatch(t.lower_) for t in child.subtree) and any(_is_measure(t) for t in child.subtree):
            return estimated, child
    return (estimated, None) if any(_puts_at_measure(token) for token in estimated.subtree) else None


def _puts_at_measure(prep: Token) -> bool:
    """A preposition that puts something at a measure: "at 45", "in the range of five to six million dollars"."""
    return prep.dep_ == "prep" and any(_is_measure(token) for token in prep.subtree) and (prep.lower_ == "at" or (
        prep.lower_ in {"in", "within"} and any(child.dep_ == "pobj" and child.lower_ == "range"
                                                for child in prep.children)))


def _subject(cue: Token, *, inverted: bool = False, passive: bool = False) -> Token | None:
    """The speaker's head word: the cue's subject, the agent of a passive cue, or the subject of ``went on``.
    The passive subject of a speech cue is what was said ("COVID-19 was declared a pandemic by the WHO"); it is
    the speaker only of a verb the cue hangs on ("He was quoted as saying"), which ``passive`` allows."""
    if (named := _inverted_conjunct(cue)) is not None:
        # "The bomb was placed in a market, stated Minister X, and was left outside": the name after the cue.
        return _name_after(cue) or named
    if (title := next((child for child in cue.children if _title_read_as_verb(child)), None)) is not None and \
            not any(child.dep_ in _SUBJECT_DEPS for child in cue.children):
        # '"...," lead author Maria Santos said': the parser read "lead" as a verb with the name its subject.
        return next(child for child in title.children if child.dep_ == "nsubj")
    named_before = any(child.dep_ in _SUBJECT_DEPS and child.i < cue.i for child in cue.children)
    if cue.lemma_.lower() == "tell" and not named_before and cue.tag_ != "VBG" and \
            (name := _name_right_before(cue)) is not None:
        # '"...," his widow, Grace Mwangi, told the Daily Nation': the one told is after the cue, never the speaker.
        # (Not a participle, which shares its verb's subject: "X held a briefing on Tuesday, telling reporters P".)
        return name
    if not named_before and cue.i > cue.sent.start and cue.nbor(-1).text == "," and not any(
            child.dep_ in _SUBJECT_DEPS for child in cue.children) and (name := _name_after(cue)) is not None and all(
            token.is_punct for token in cue.doc[name.i + 1:cue.sent.end]):
        # "P, writes the Guardian": an inverted attribution at the sentence's end, whose speaker the parser made the
        # cue's object. ("P, reported the BBC" the parser may hang on P as an unlabelled word: no cue of P's there.)
        return name
    if (inverted or cue.i == cue.sent.start) and not named_before and (name := _name_after(cue)) is not None:
        # '"...," said study co-author and Research Fellow Martin How' / 'Remarked CBD scientist Tierra Curry, "..."':
        # the parser splits such a phrase every way; its last word, a name, is the speaker ('Ruiz told CBS' is
        # Ruiz's).
        return name
    # (A year, a day or a time is no speaker: "X when announcing the arrest in May, 2018 identified him", "At 11
    # a.m. AST the NHC placed" have no subject the parser found. Other words the NER tags as dates may be: "The
    # 58-year-old insisted", "The daily said".)
    subjects = [child for child in cue.children if (child.dep_ == "nsubj" or (
        passive and child.dep_ == "nsubjpass")) and not (child.ent_type_ == "TIME" or (
            child.ent_type_ == "DATE" and child.pos_ in {"NUM", "PROPN"}))]
    if not subjects:
        # "Save the Children said P": the parser read an organisation's name as a clause for subject.
        subjects = [child for child in cue.children if child.dep_ == "csubj" and child.i < cue.i
                    and child.right_edge.i > child.i and all(
                        token.is_title or token.lower_ in {"the", "of", "and"} for token in child.subtree)]
    if not subjects and cue.i > cue.sent.start and cue.nbor(-1).text == ",":
        # "In an interview with the AP, Hassan Nur, the governor of Bay region, said P": the parser hung the
        # speaker on the interviewer as an apposition, set off by commas, of the phrase that opens the sentence.
        subjects = [token for child in cue.children if child.dep_ == "prep" and child.i == cue.sent.start
                    and child.right_edge.i >= cue.i - 2 for token in child.subtree if token.dep_ == "appos"
                    and token.ent_type_ == "PERSON" and token.head.dep_ == "pobj"
                    and cue.doc[token.left_edge.i - 1].text == ","][:1]
    if not subjects and cue.dep_ == "relcl":
        # "an accusation Moscow rejects": the parser may make the relative clause's subject a compound.
        subjects = [child for child in cue.children if child.dep_ == "compound" and child.pos_ == "PROPN"
                    and child.i < cue.i]
    if len(subjects) == 1 and (person := _person_of_campus(subjects[0])) is not None:
        return person
    if subjects:
        # The parser splits "WHO director-general Tedros Adhanom Ghebreyesus said" into two subjects: the name
        # next to the cue is the speaker.
        # "Stamenković et al found": the name before "et al", which the parser makes the subject or a subject.
        subjects = [subject.doc[subject.i - 2] if subject.lower_ == "al" and subject.i > 1 and subject.nbor(
            -1).lower_ == "et" and subject.doc[subject.i - 2].pos_ == "PROPN" else subject for subject in subjects]
        # "Judge X, writing for the panel, said P": the parser made the participle the subject, and X its own.
        subjects = [next((child for child in subject.children if child.dep_ == "nsubj" and child.i < subject.i
                          and subject.doc[subject.i - 1].text == ","), subject) if subject.tag_ == "VBG" else subject
                    for subject in subjects]
        # "the Ministry ... in Munich, Germany confirmed": a country after a city is where, not a second subject.
        before = [subject for subject in subjects if subject.i < cue.i and not (
            len(subjects) > 1 and subject.ent_type_ == "GPE" and subject.i > 1 and subject.nbor(-1).text == ","
            and subject.nbor(-2).ent_type_ == "GPE")]
        if len(before) > 1 and before[-1].pos_ == "NOUN" and before[-2].pos_ == "PROPN" and \
                before[-1].left_edge.i == before[-2].right_edge.i + 2 and \
                cue.doc[before[-2].right_edge.i + 1].text == ",":
            # "Omar Farouk, the spokesman for the armed forces, said": the parser made the apposition a second
            # subject; the name it describes speaks.
            before.pop()
        if len(before) > 1 and before[-2].pos_ == "NOUN" and before[-2].lemma_.lower() in cue_lexicon().relations \
                and any(child.dep_ == "prep" and child.lower_ in {"of", "for"}
                        and child.right_edge.i + 1 == before[-1].left_edge.i for child in before[-2].children):
            # "The family of murdered teenager Jamal Wright said": the parser made the name of the one the family
            # is related to a second subject; the family speaks.
            before.pop()
        after = [subject for subject in subjects if subject.i > cue.i]
        if (inverted or cue.dep_ == "parataxis") and after:
            # '"...," tweeted Ken Gude': the parser also makes a word of the quote a subject; so it does of the
            # clause an attribution is set in ("The operation, said Mark Esper, was a failure").
            return after[0]
        return before[-1] if before else subjects[0]
    # The agent hangs on the cue or on its complement ("announced to be a pandemic by the WHO"); of a passive cue,
    # the parser may make it a "by" phrase of the complement or of its noun ('was announced to be a "pandemic" by
    # the WHO').
    complements = [t for c in cue.children if c.dep_ == "xcomp" for t in c.children]
    passive_cue = any(child.dep_ == "auxpass" for child in cue.children)
    for child in (*cue.children, *complements,
                  *(t for c in complements if passive_cue and c.dep_ in {"attr", "oprd"} for t in c.children)):
        if child.dep_ == "agent" or (passive_cue and child.dep_ == "prep" and child.lower_ == "by"):
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects:
                return objects[0]
    # "went on to say", "said and added", "..., saying that" share the subject of the verb they hang on; "he said
    # when asked" does not make "asked" his statement.
    shares_subject = cue.dep_ in {"xcomp", "conj"} or (cue.dep_ == "advcl" and cue.head.lemma_ == "go") or (
        cue.tag_ == "VBG" and cue.dep_ in {"advcl", "acl"}
    )
    # (Also "Gao Ming, asked about the incident, said P": the parser reads the participle as a fronted clause.)
    participle_subject = next((subject for child in cue.children if child.i < cue.i and (
        (child.dep_ == "advcl" and child.tag_ == "VBG") or (
            child.dep_ == "ccomp" and child.tag_ in {"VBD", "VBN"} and child.lower_ in _ASKED
            and cue.doc[child.i - 1].text == "," and cue.doc[child.right_edge.i + 1].text == ","))
        for subject in child.children if subject.dep_ == "nsubj" and subject.i < child.i), None)
    if cue.dep_ == "ROOT" and participle_subject is not None:
        # "Peter Langridge, writing in The Telegraph, warned P": the parser gave the subject to the participle set
        # between commas; the outlet it names is where, not who.
        return participle_subject
    if cue.dep_ == "ROOT" and (aged := _age_before(cue)) is not None:
        # "The 47-year-old added that P": the parser may hang the age on the cue as on a noun.
        return aged
    if (apposed := _speaker_read_as_apposition(cue)) is not None:
        # "P near Crewe, a spokeswoman for Avanti Rail said": the speaker hangs on P's last noun.
        return apposed
    if cue.dep_ == "ROOT" and (name := _name_right_before(cue)) is not None:
        # "..., the president of the League, Jamel Msallem, said" / '"...," Caloundra coach Geoff Ingram said': the
        # parser left the cue without a subject; the name right before it is the speaker.
        return name
    if cue.dep_ == "ROOT" and cue.tag_ in {"VBP", "VBD", "VBZ"} and (group := _group_right_before(cue)) is not None:
        return group
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp":
        # "Politico quoted Tim Manning as saying P": the one quoted is the speaker.
        # (The parser may hang the "as" on a later verb: the citing verb is then the last one before it.)
        citing = cue.head.head if cue.head.head.lemma_.lower() in _CITING else next(
            (token for token in reversed(cue.doc[cue.sent.start:cue.head.i]) if token.lemma_.lower() in _CITING
             and token.pos_ == "VERB"), None)
        if cue.head.lower_ == "as" and citing is not None:
            quoted = next((child for child in citing.children if child.dep_ == "dobj" and child.i < cue.i), None)
            if quoted is not None:
                return quoted
        # "The United States was forceful in blaming Iran": the subject of the verb the phrase hangs on.
        verb = next((t for t in cue.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        return _subject(verb, passive=True) if verb is not None else None
    if cue.dep_ == "conj" and (reported := _reported_speaker(cue)) is not None:
        return reported
    if shares_subject and cue.head is not cue:
        # "the presidents ..., calling for a halt": the noun a participle modifies is its speaker.
        if cue.dep_ == "acl" and cue.head.pos_ in {"NOUN", "PROPN"}:
            absolute = cue.head.dep_ == "pobj" and cue.head.head.lower_ == "with"
            if cue.head.dep_ in {"nsubj", "nsubjpass", "appos", "ROOT"} or absolute:
                # "..., with officials saying P": the noun of the absolute phrase speaks too.
                return cue.head
            # "posted a message on Twitter blaming Iran": the poster, the subject of the verb above; but a document
            # speaks for itself where that subject did not make it ("Meta faces a lawsuit accusing it of P").
            verb = next((t for t in cue.head.ancestors if t.pos_ in {"VERB", "AUX"}), None)
            # ("a report citing the mayor's office" names the report's source, said by no one.)
            if is_channel(cue.head) and (verb is None or verb.lemma_.lower() not in _ISSUING_VERBS) and \
                    cue.lemma_.lower() != "cite":
                return cue.head
            return _subject(verb, passive=True) if verb is not None else None
        with_noun = next((grandchild for child in cue.head.children if cue.tag_ == "VBG" and child.dep_ == "prep"
                          and child.lower_ == "with" and child.right_edge.i == cue.i - 1
                          for grandchild in child.children if grandchild.dep_ == "pobj"), None)
        if with_noun is not None and with_noun.ent_type_ in {"DATE", "TIME"}:
            # "with the latter yesterday confirming P": the parser made the day the noun, "the latter" its modifier.
            with_noun = next((child for child in with_noun.children if child.lower_ in {"former", "latter"}), None)
        if with_noun is not None and (with_noun.pos_ in _NOMINAL or with_noun.lower_ in {"former", "latter"}):
            # "..., with its envoy Vasily Orlov saying P": the parser hung the participle on the sentence's verb.
            return with_noun
        head = cue.head
        outer = _reporting_cue(head) if cue.tag_ == "VBG" else None
        if outer is not None and not _marks_between(head, outer) and (
                head.dep_ == "ccomp" or cue.doc[cue.i - 1].text == ","):
            # "He stated the trial would not be fair, saying P": the parser hung the participle on what the cue
            # reported; it shares the cue's subject. So after a comma where the cue reports a noun's clause ("denied
            # reports that the president was ill, saying he was in good health").
            head = outer
        if cue.tag_ == "VBG" and (attribution := _attribution_set_in(head, cue)) is not None:
            # "Ottawa will retaliate, Tremblay said, describing the tariffs as illegal": the participle after an
            # attribution set in the clause is its speaker's, not the clause subject's.
            return _subject(attribution)
        agent = next((grandchild for child in head.children if child.dep_ == "agent"
                      for grandchild in child.children if grandchild.dep_ == "pobj"), None)
        if cue.tag_ == "VBG" and agent is not None:
            # "The result was described by Johnson as a mandate, saying P": the agent of the passive verb speaks.
            return agent
        if (reporter := _second_act_of(cue)) is not None:
            # "The ministry said that 12 soldiers had been killed, and accused Lakeland of P": the ministry's.
            return _subject(reporter)
        subject = _subject(head, passive=True)
        inner = head
        for _level in range(3):
            if cue.tag_ != "VBG" or subject is None or _speaks(subject) or inner.dep_ not in {
                    "ccomp", "relcl", "acl", "advcl", "conj"} or _marks_between(inner, cue):
                break
            # "An eyewitness described how the attack unfolded, stating P": a thing does not state; the participle
            # belongs to a clause around the one it was hung on (the noun a relative clause modifies), up to the
            # one whose subject can speak ("experts called this dubious, as the market is saturated and margins
            # are thin, while noting P").
            outer = inner.head
            modified = inner.dep_ in {"relcl", "acl"} and outer.pos_ in _NOMINAL
            around = outer if modified else _subject(outer, passive=True)
            if around is not None and _speaks(around):
                return around
            inner = outer
        return subject
    if cue.dep_ == "ccomp" and cue.head.i < cue.i and _cue_class_of(cue.head) is not None and cue.left_edge.i > 0 \
            and cue.doc[cue.left_edge.i - 1].pos_ == "CCONJ" and not any(
                child.dep_ in _SUBJECT_DEPS for child in cue.children):
        # "said in a statement that it respected P but warned that Q": the parser made the second verb a second
        # clause of the first; it is the speaker's second act.
        return _subject(cue.head)
    if cue.dep_ == "acl" and cue.tag_ == "VBD" and cue.head.dep_ in {"nsubj", "ROOT"} and cue.head.pos_ in _NOMINAL:
        # "The Austrian partner asked for the price to be kept secret": the parser took a finite cue for a
        # modifier of its subject.
        return cue.head
    if not inverted:
        return None
    # Inverted attribution after a quote ("...," said Tedros Adhanom Ghebreyesus; "..." tweeted Mayor Sadiq Khan):
    # the parser often makes the speaker an object of the cue, or the cue a modifier of the speaker.
    if cue.dep_ in {"amod", "compound"} and cue.head.pos_ in {"PROPN", "NOUN"}:
        # '"...," the 52-year-old told reporters': the parser made the cue a modifier of its addressee; the
        # speaker is the phrase before the cue.
        before = [child for child in cue.head.children if child.i < cue.i and child.dep_ in {"amod", "compound"}
                  and child.pos_ in {"NOUN", "PROPN", "ADJ"}]
        if cue.head.i > cue.i and before and cue.lemma_.lower() in {"tell", "ask", "inform", "assure", "warn"}:
            return before[-1]
        return cue.head
    return next((child for child in cue.rights if child.dep_ in {"dobj", "attr", "npadvmod", "oprd", "nsubj"}
                 and child.pos_ in {"PROPN", "NOUN"}), None)


def _attribution_set_in(clause: Token, participle: Token) -> Token | None:
    """The cue of an attribution set in ``clause`` before ``participle`` (``P, Tremblay said, describing Q``),
    with a subject of its own."""
    return next((child for child in clause.children if child.dep_ == "parataxis" and child.i < participle.i
                 and _cue_class_of(child) is not None and any(c.dep_ in _SUBJECT_DEPS for c in child.children)),
                None)


def _reporting_cue(clause: Token) -> Token | None:
    """The cue whose reported clause ``clause`` is: its head for a clausal complement, or the cue of the phrase whose
    noun the clause complements ("said in a statement that P")."""
    if clause.dep_ == "ccomp" and _cue_class_of(clause.head) is not None:
        return clause.head
    if clause.dep_ in {"acl", "relcl"} and _marked_that(clause):
        noun = clause.head
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
        if verb is not None and verb.pos_ in {"VERB", "AUX"} and _cue_class_of(verb) is not None:
            return verb
    return None


def _second_act_of(cue: Token) -> Token | None:
    """The outer cue a speech verb joined to a passive reported clause is a second act of: "The ministry said that 12
    soldiers had been killed, and accused Lakeland of shelling" (the soldiers accuse no one)."""
    head = cue.head
    if head.dep_ in {"acomp", "attr"} and head.i < cue.i:
        head = head.head  # "said the situation was dire and urged donors to act": the parser joined it to "dire"
    if cue.dep_ != "conj" or cue.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in cue.children) or \
            any(c.dep_ in _SUBJECT_DEPS for c in cue.children) or cue.lemma_.lower() in _QUOTE_ONLY_CUES:
        return None
    if not (any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in cue.children) or _phrase_word(cue) is not None or (
            _cue_class_of(cue) not in {None, "assert", "announce"}
            and any(c.dep_ == "prep" and _prepositional_object(c) for c in cue.children))):
        # it reports nothing of its own ("and called the order swift" stays in what was found); a warning or a call
        # may report its preposition's object ("but cautioned against over-interpreting it")
        return None
    # The reported clause is passive, or its subject is a thing ("said the trial raised concerns, and called on the
    # authorities to ...": a trial calls on no one), or the verb is in the past where the clause's has an auxiliary
    # it would share ("said she would appeal and described the ban as P": "would described" is no English), or the
    # clause's subject is the speaker's pronoun ("insisted he remained committed and promised to invest"; "it" of a
    # body: "said it was disappointed and urged the pilots to return").
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    outer = _reporting_cue(head)
    outer_subject = next((c for c in outer.children if c.dep_ == "nsubj"), None) if outer is not None else None
    # (A document may speak, but not of itself in a clause of the speaker's: "said the results were plausible but
    # cautioned against P".)
    # Or both clauses open with "that" ("told Fox News that P and warned that Q": two acts in parallel).
    if not (any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children) or (
            _marked_that(head) and any(c.dep_ == "ccomp" and _marked_that(c) for c in cue.children)) or (
            subject is not None and (not _speaks(subject) or (
                is_channel(subject) and not _names_people_or_body(subject)))) or (
            cue.tag_ == "VBD" and not any(c.dep_ == "aux" for c in cue.children)
            and any(c.dep_ == "aux" and c.i < head.i for c in head.children)) or (
            cue.tag_ == "VBD" and head.tag_ == "VBD" and subject is not None and subject.lower_ in {"he", "she", "it"}
            and outer_subject is not None and outer_subject.tag_ not in {"NNS", "NNPS"}
            and outer_subject.lower_ not in {"they", "we", "it"}) or (
            # Or the verb is in the past as the outer cue is, where the clause's is in the present ("said China
            # firmly opposes the sale and urged Washington to stop": the spokesman urged).
            cue.tag_ == "VBD" and head.tag_ in {"VBZ", "VBP"} and outer is not None and outer.tag_ == "VBD"
            and not any(c.dep_ == "aux" for c in cue.children))):
        return None
    return outer


def _marked_that(clause: Token) -> bool:
    """Whether a clause opens with "that"."""
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)


def _is_body(noun: Token) -> bool:
    """Whether a common noun describes a body (``foundation``, ``company``, ``ministry``: the descriptions of
    ``knowledge/actors/descriptions.tsv`` for organisations, governments, armed forces and outlets)."""
    description = actor_knowledge().descriptions.get(noun.lemma_.lower())
    return description is not None and not description.kinds <= {"person", "country"}


def _names_people_or_body(token: Token) -> bool:
    """Whether a word names a person, body, people or place (the NER's), or people by their group or role
    (``officials``, ``experts``, ``the mayor``)."""
    lemma = token.lemma_.lower()
    return token.ent_type_ in _SPEAKER_ENTITIES or (token.pos_ == "NOUN" and (
        lemma in cue_lexicon().groups or actor_knowledge().is_role_word(lemma)))


# People named by the place they live in ("a resident of Boni") or are at ("a patient at St Mary's Hospital", "a
# worker at the plant"): they speak for themselves, not for the place or body.
_PEOPLE_AT_PLACES = frozenset({
    "resident", "villager", "inhabitant", "native", "citizen", "local", "patient", "passenger", "visitor", "customer",
    "student", "pupil", "guest", "inmate", "prisoner", "detainee", "witness", "survivor", "victim", "fan", "spectator",
    "shopper", "tourist", "volunteer", "parent", "client", "nurse", "doctor", "worker", "employee", "teacher", "driver",
})
# What is found in body (a search's result, not a finding): "found a man", "found the bodies".
_FOUND_IN_BODY = frozenset({"body", "remains", "corpse", "person", "people", "victim", "survivor", "child"})
# Those who search for things, and what of theirs is a finding all the same ("Rescuers found the black box" is what
# they came upon; "police found no evidence of foul play" is what they concluded).
_SEARCHERS = frozenset({"police", "officer", "policeman", "policewoman", "rescuer", "searcher", "diver", "firefighter",
                        "crew", "soldier", "troop", "resident", "worker", "volunteer", "hiker", "fisherman"})
_FINDINGS = frozenset({"evidence", "sign", "trace", "link", "proof", "indication", "problem", "error", "flaw",
                       "fault", "irregularity", "violation", "nothing"})


# Verbs whose "of"/"with" phrase is what someone is said to have done: "accused of", "suspected of", "charged with".
_ACCUSING = frozenset({"accuse", "suspect", "charge", "convict", "indict", "blame"})
# Nouns for armed fighters, which "back" supplies rather than endorses.
_FIGHTERS = frozenset({"rebel", "militia", "militiaman", "fighter", "insurgent", "militant", "separatist", "force",
                       "army", "group", "faction", "proxy", "mercenary", "jihadist"})


def _verdict(cue: Token) -> bool:
    """Whether a cue is a verdict, an act the annotation guide leaves out like a ruling: "The jury found X guilty of
    murder", "found the company not liable"."""
    return cue.lemma_.lower() == "find" and any(
        child.lemma_.lower() in _VERDICTS or any(grandchild.lemma_.lower() in _VERDICTS and grandchild.dep_ in {
            "oprd", "acomp", "amod"} for grandchild in child.children)
        for child in cue.children if child.dep_ in {"ccomp", "oprd", "acomp", "xcomp", "dobj"})


def _act_to_come(cue: Token) -> bool:
    """Whether a cue with no clause is an act still to come ("will announce its results on Thursday", "is expected
    to unveil a new phone", "plans to announce cuts"); prepared words with their clause are reported ("will say in
    the speech that P")."""
    if any(child.dep_ in {"ccomp", "parataxis"} for child in cue.children):
        return False
    return any(child.dep_ == "aux" and child.lower_ in {"will", "shall", "'ll"} for child in cue.children) or (
        cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _PLANNING)


def _accused_act(cue: Token) -> bool:
    """Whether a cue is what someone is accused or suspected of ("Rwanda is accused of backing the rebels", "was
    charged with leaking the report"): an act the accusation reports, not a statement of the accused."""
    return cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.lower_ in {"of", "with"} and \
        cue.head.head.lemma_.lower() in _ACCUSING


def _armed_backing(cue: Token) -> bool:
    """Whether "back" is arms or money given to fighters ("Iran backs Hezbollah", "backed the rebels"), not support
    voiced for a plan or a person."""
    if cue.lemma_.lower() != "back":
        return False
    backed = next((child for child in cue.children if child.dep_ == "dobj"), None)
    if backed is None:
        return False
    name = backed.doc[next((t.i for t in backed.subtree if t.dep_ != "det"), backed.i):backed.i + 1].text
    armed = actor_knowledge().organizations.get(name)  # "Hezbollah", "Islamic State"
    return backed.lemma_.lower() in _FIGHTERS or (armed is not None and armed.sector in {"REB", "MIL"})


def _found_in_search(cue: Token) -> bool:
    """Whether ``find`` reports what a search came upon, not a finding: a person with nothing said of them (police
    and rescuers find people: "found a man with head injuries"; a court or a study finds them something: "found
    him guilty", "found patients recovered faster"), or a thing searchers came upon ("Rescuers found the black
    box"; "police found no evidence of foul play" is a finding)."""
    if cue.lemma_.lower() != "find" or _clausal_complement(cue) is not None:
        return False
    found = next((child for child in cue.children if child.dep_ == "dobj" and child.i > cue.i), None)
    if found is None or any(child.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} for child in cue.children):
        return False
    lemma = found.lemma_.lower()
    finder = next((child for child in cue.children if child.dep_ == "nsubj"), None)
    return found.ent_type_ == "PERSON" or lemma in _FOUND_IN_BODY or lemma in actor_knowledge().gender_words or (
        lemma in cue_lexicon().groups) or (
        finder is not None and finder.lemma_.lower() in _SEARCHERS and lemma not in _FINDINGS)


def _speaks(token: Token) -> bool:
    """Whether a word can name a speaker: a personal pronoun, a proper noun, a word ``_names_people_or_body``, or a
    noun for someone's people, a body or what a body speaks through; not a thing ("the attack")."""
    if token.lower_ in _PERSONAL_PRONOUNS or token.pos_ == "PROPN" or _names_people_or_body(token):
        return True
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in cue_lexicon().relations or is_channel(token)
                                     or actor_knowledge().descriptions.get(lemma) is not None)


def _speaker_read_as_apposition(cue: Token) -> Token | None:
    """The speaker of a cue with no subject after the clause it reports, which the parser made an apposition of that
    clause's last noun ("The delay was caused by a signalling failure near Crewe, a spokeswoman for Avanti Rail
    said"): a noun for people or a body, set off by a comma, ending right before the cue."""
    if any(child.dep_ in _SUBJECT_DEPS for child in cue.children):
        return None
    clause = next((child for child in cue.children if child.dep_ == "ccomp" and child.i < cue.i), None)
    if clause is None and cue.dep_ == "advcl" and cue.head.i < cue.i and cue.head.pos_ in {"VERB", "AUX"}:
        clause = cue.head  # "The engine failed before impact, a source close to the inquiry told Reuters"
    if clause is None:
        return None
    return next((token for token in clause.subtree if token.dep_ == "appos" and token.pos_ == "NOUN"
                 and token.right_edge.i == cue.i - 1 and token.left_edge.i > clause.left_edge.i
                 and cue.doc[token.left_edge.i - 1].text == "," and _speaks(token)), None)


def _name_right_before(cue: Token) -> Token | None:
    """The proper noun right before a cue in its sentence, commas aside (``..., Jamel Msallem, said``); the name a
    description ending in it describes (``Adrian Wojnarowski, US sport columnist from ESPN, said``)."""
    left = cue.i - 1
    while left > cue.sent.start and cue.doc[left].text == ",":
        left -= 1
    word = cue.doc[left]
    if left >= cue.sent.start and word.pos_ == "NOUN" and word.dep_ == "appos" and word.head.pos_ == "PROPN" and \
            word.head.i < word.i:
        # "Asked whether P, Sofia Marquez, the product chief, said Q": the name the description describes.
        return word.head
    if left < cue.sent.start or word.pos_ != "PROPN":
        return None
    name = word
    if name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.pos_ == "NOUN" and \
            name.head.head.dep_ in {"appos", "conj"} and name.head.head.head.pos_ == "PROPN":
        return name.head.head.head
    # "Kofi Mensah, who founded the startup Zuri Pay, said": a name ending a relative clause set off by commas is
    # not the one it describes.
    relative = next((token for token in reversed(cue.doc[cue.sent.start:name.i]) if token.lower_ in {"who", "which"}
                     or token.text == ","), None)
    if relative is not None and relative.lower_ == "who" and relative.i >= 2 and \
            cue.doc[relative.i - 1].text == "," and cue.doc[relative.i - 2].pos_ == "PROPN":
        return cue.doc[relative.i - 2]
    return name


def _person_of_campus(subject: Token) -> Token | None:
    """The person a place ending an institution's name belongs to: "Jo Anne Val Tilburg of the University of
    California, Los Angeles disagreed", where the parser made the campus the subject."""
    before = subject.left_edge.i - 2
    if subject.ent_type_ != "GPE" or before < 0 or subject.doc[before + 1].text != "," or \
            subject.doc[before].ent_type_ != "ORG":
        return None
    for token in subject.doc[before].ancestors:
        if token.lower_ == "of" and token.dep_ == "prep" and token.head.ent_type_ == "PERSON":
            return token.head
    return None


def _reported_speaker(cue: Token) -> Token | None:
    """The people a report names as the object of its verb when the parser made their own verb a second act of the
    reporter with no conjunction between ("NDTV later reported officials, following an investigation, stated P": the
    officials stated it)."""
    reporter = cue.head
    if _cue_class_of(reporter) is None or any(child.dep_ in {"ccomp", "cc"} and reporter.i < child.i < cue.i
                                               for child in reporter.children):
        return None
    spoken = next((child for child in reporter.children if child.dep_ == "dobj" and child.i < cue.i), None)
    if spoken is None or spoken.pos_ != "NOUN" or not _names_people_or_body(spoken) or \
            any(child.dep_ in _SUBJECT_DEPS for child in cue.children):
        return None
    return spoken


def _group_right_before(cue: Token) -> Token | None:
    """The people named right before a finite cue the parser left without a subject, having hung them elsewhere
    ("In findings published in PLOS ONE, an international team of scientists report P": the team, which it made an
    apposition of the journal)."""
    if cue.i == cue.sent.start:
        return None
    word = cue.doc[cue.i - 1]
    if word.pos_ != "NOUN" or not _names_people_or_body(word) or word.dep_ in _SUBJECT_DEPS:
        return None
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "NOUN" and _speaks(word.head.head):
        return word.head.head  # "a team of scientists": the team
    return word


def _name_after(cue: Token) -> Token | None:
    """The name in the noun phrase right after an inverted cue, up to its first comma or full stop: its last
    person (``said CBD scientist Tierra Curry``, ``said Mayor Ana Ruiz of Lyon``), else the name it ends in before
    any preposition (``said Research Fellow Martin How``)."""
    words: list[Token] = []
    for token in cue.doc[cue.i + 1:cue.sent.end]:
        # A capitalised word after a name is a name whatever its tag (the surname in "Martin How"), and a word
        # between names is a title however it is tagged ("CBD scientist Tierra Curry" with "scientist" a verb).
        name = bool(words) and words[-1].pos_ == "PROPN" and (token.is_title or (
            token.pos_ == "VERB" and token.i + 1 < len(token.doc) and token.nbor(1).pos_ == "PROPN"))
        # A compound modifier goes on to the name it qualifies ("said Oscar-winning actress Meryl Dunn").
        hyphenated = bool(words) and words[-1].text == "-" and not words[-1].whitespace_ and \
            token.pos_ in {"VERB", "ADJ"}
        if token.pos_ not in _NAME_PHRASE_TAGS and not hyphenated and token.text not in {"-", "'s", "’s", "&"} and \
                not name and not (token.pos_ == "ADP" and token.lower_ in {"of", "for", "at"} and words):
            break
        words.append(token)
    person = [token for token in words if token.ent_type_ == "PERSON"]
    if person:
        return person[-1]
    before_preposition = list(itertools.takewhile(lambda token: token.pos_ != "ADP", words))
    last = before_preposition[-1] if before_preposition else None
    return last if last is not None and last.is_title and last.ent_type_ not in NUMERIC_ENTITY_LABELS else None


def _phrase_cue(cue: Token) -> tuple[int, int, str] | None:
    """A multi-word cue around ``cue`` (``went on to say``, ``voiced concern``, ``called for``): its char range
    and class."""
    lexicon = cue_lexicon()
    if cue.lemma_ == "say" and cue.dep_ in {"xcomp", "advcl"} and cue.head.lemma_ == "go":
        return cue.head.idx, cue.idx + len(cue.text), lexicon.phrases["go on to say"]
    found = _phrase_word(cue)
    if found is None:
        return None
    word, cue_class = found
    return cue.idx, word.idx + len(word.text), cue_class


def _phrase_word(cue: Token) -> tuple[Token, str] | None:
    """The word after ``cue`` that makes a lexicon phrase with it (``for`` in ``called for``, ``concern`` in
    ``voiced concern``, ``out`` in ``spoke out``), and the phrase's class."""
    lexicon = cue_lexicon()
    if cue.lemma_.lower() not in lexicon.phrase_heads:
        return None  # every phrase tried below starts with the cue's lemma and a space
    phrases = lexicon.phrases
    for child in cue.rights:
        # A particle or preposition belongs to the cue only right after it ("called for", not "called ... on
        # Monday" nor "Office on June 18 called"), or after a time ("called last week for", "called on Friday
        # for"), which is no object of its own ("called on Friday" is no "called on").
        # An "of" after an object belongs to the object ("told Star of Mysore" is no "told of").
        if _is_time_phrase(child):
            continue
        if child.dep_ == "dobj" or (child.dep_ in {"prep", "prt"} and (
                child.i <= cue.i + 2 or _only_time_between(cue, child)) and not (
                child.lower_ == "of" and any(other.dep_ == "dobj" and other.i < child.i for other in cue.children))):
            phrase = f"{cue.lemma_.lower()} {child.lemma_.lower() if child.dep_ == 'dobj' else child.lower_}"
            if phrase in phrases:
                return child, phrases[phrase]
        # "called for NATO members to increase spending": the parser makes "for" the mark of a clause.
        if child.dep_ == "advcl" and cue.i + 1 < len(cue.doc) and (mark := cue.nbor(1)).dep_ == "mark" and \
                mark.head == child and f"{cue.lemma_.lower()} {mark.lower_}" in phrases:
            return mark, phrases[f"{cue.lemma_.lower()} {mark.lower_}"]
    return None


def _is_time_phrase(token: Token) -> bool:
    """Whether a dependent of a cue says when: a date or time (``last week``) or a preposition with one as its
    object (``on Friday``)."""
    if token.ent_type_ in {"DATE", "TIME"}:
        return True
    # Not "for": "called for at least 20 years in prison" asks for them.
    return token.dep_ == "prep" and token.lower_ in {"on", "at", "in", "during"} and any(
        child.dep_ == "pobj" and child.ent_type_ in {"DATE", "TIME"} for child in token.children)


def _only_time_between(cue: Token, word: Token) -> bool:
    """Whether the words between a cue and a later word of it only say when (``last week``, ``on Friday``)."""
    return all(_is_time_phrase(token) or (token.head.i != cue.i and _is_time_phrase(token.head))
               for token in cue.doc[cue.i + 1:word.i])


# Conjunctions of a contrasting clause, which may carry someone else's statement ("though aid groups say P").
_CONTRASTS = frozenset({"though", "although", "while", "whereas"})
# Verbs of telling someone something: a "that" clause after the one told is what was said.
_TELLING = frozenset({"tell", "inform", "assure", "remind", "notify", "warn", "reassure"})
# Prepositions of when, where and how a statement was made: a "that" clause after their object is what was said.
_SETTING_PREPOSITIONS = frozenset({"after", "before", "during", "following", "at", "in", "on", "via", "through"})


def _title_read_as_verb(clause: Token) -> bool:
    """Whether a clause the parser hung on a cue is a title before a name: "lead" before a title noun, read as a
    verb whose subject is the name ('"...," lead author Maria Santos of the University of Lagos said')."""
    return clause.dep_ == "ccomp" and clause.lower_ == "lead" and clause.i + 1 < len(clause.doc) and \
        clause.nbor(1).pos_ == "NOUN" and actor_knowledge().is_role_word(clause.nbor(1).lower_) and \
        any(child.dep_ == "nsubj" and child.i > clause.i for child in clause.children)


def _clause_read_as_relative(cue: Token) -> Token | None:
    """The reported clause the parser read as a relative clause on the noun of a phrase between the cue and it:
    "Lavrentiev said after the talks that Russia wanted to continue the dialogue" ("the talks that Russia wanted to
    continue", its "that" an object inside), "said in a statement that it had notified regulators". The "that"
    comes right after the noun and the clause's subject right after the "that". So after the one told ("he told an
    interviewer that he had never wanted to be famous")."""
    nouns = [noun for prep in cue.children if prep.dep_ == "prep" and prep.i > cue.i
             and prep.lower_ in _SETTING_PREPOSITIONS for noun in prep.children if noun.dep_ == "pobj"]
    if cue.lemma_.lower() in _TELLING:
        # "he told an interviewer that he had never wanted to be famous": the one told, with the clause on it.
        nouns += [child for child in cue.children if child.dep_ in {"dobj", "dative"} and child.i > cue.i]
    # So after a passive's agent, where the subject may be a phrase ("Journalists were told by a UN official that
    # the convoy had been blocked"; after a noun of a phrase it is one word: "following concerns that emission
    # testing could be inconsistent" is what the concerns were).
    agents = [noun for agent in cue.children if agent.dep_ == "agent" and agent.i > cue.i
              for noun in agent.children if noun.dep_ == "pobj"]
    for noun in [*nouns, *agents]:
        if noun.i + 2 >= len(noun.doc):
            continue
        that = noun.doc[noun.i + 1]
        relative = next((child for child in noun.children if child.dep_ in {"relcl", "acl"}
                         and child.left_edge.i == that.i and that.lower_ == "that"
                         and that.dep_ not in _SUBJECT_DEPS), None)
        if relative is not None and any(child.dep_ in _SUBJECT_DEPS and child.head.i == relative.i and (
                child.i == that.i + 1 or (noun in agents and child.left_edge.i == that.i + 1))
                for child in relative.children):
            return relative
    return None


def _clausal_complement(cue: Token) -> Token | None:
    """The clause a cue reports. The parser sometimes hangs a preceding clause on the cue as well ("The strike
    follows attacks; Insider reported that ..."): a clause after the cue, introduced by "that", comes first."""
    # A clause before a semicolon ahead of the cue is a sentence of its own, whatever the parser hung it on ("paying
    # back the loan seems realistic; experts called this dubious").
    clauses = [child for child in cue.children if child.dep_ == "ccomp" and not _title_read_as_verb(child) and (
        child.i > cue.i or ";" not in cue.doc[child.right_edge.i + 1:cue.i].text)]
    fronted_clause = next((clause for clause in clauses if clause.i < cue.i), None)
    if fronted_clause is not None:
        # "P, CNN reported the governor said": the speech reported after the cue is a statement of P, not P.
        clauses = [clause for clause in clauses if not _bare_cue(clause)]
    if not clauses and cue.dep_ == "ccomp" and _bare_cue(cue) and _cue_class_of(cue.head) is not None:
        # ... and P is what the governor said.
        return next((clause for clause in cue.head.children if clause.dep_ == "ccomp" and clause.i < cue.head.i
                     and ";" not in cue.doc[clause.right_edge.i + 1:cue.head.i].text), None)
    if not clauses and (misread := _clause_read_as_relative(cue)) is not None:
        return misread
    if not clauses:
        # "PG&E announced via Twitter around 11:30 am, phase one had been completed": after the cue's phrases and a
        # comma, the parser hung the clause on an unlabelled dependent ("phase" read as a verb).
        unlabelled = next((child for child in cue.children if child.dep_ == "dep" and child.i > cue.i
                           and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
                           and any(token.pos_ in {"VERB", "AUX"} and any(
                               c.dep_ in _SUBJECT_DEPS for c in token.children) for token in child.subtree)), None)
        if unlabelled is not None:
            return unlabelled
        # "Oil leaked from a pipeline on Monday, the company said": the parser read the fronted clause as a noun
        # with a participle; it opens the sentence and ends at a comma before the cue's own subject.
        # (A headline's clause without its auxiliary, "Arctic ice melting faster than predicted, scientists say", is
        # an unlabelled participle.)
        # So may it read the clause as a second subject with a participle ("Israeli air strikes killed at least 14
        # people in southern Lebanon, officials said": "strikes [that were] killed"), the speaker the subject next to
        # the cue.
        subjects = [child for child in cue.children if child.dep_ in _SUBJECT_DEPS and child.i < cue.i]
        subject = subjects[-1] if subjects else None
        fronted = next((child for child in cue.children if (child.dep_ in {"npadvmod", "dep", "dobj"} or (
                            child.dep_ == "nsubj" and child is not subject and any(
                                c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"} and any(
                                    o.dep_ == "dobj" for o in c.children) for c in child.children)))
                        and (child.pos_ in {"NOUN", "PROPN"} or (child.dep_ == "dep" and child.tag_ in {"VBG", "VBN"}))
                        and subject is not None
                        and child.right_edge.i + 1 < subject.left_edge.i
                        and child.left_edge.i == cue.sent.start and cue.doc[child.right_edge.i + 1].text == ","
                        and any(token.pos_ == "VERB" for token in child.subtree)), None)
        if fronted is not None:
            return fronted
        # "The fire service indicated on Twitter the baby girl was critically ill": a clause with its own subject
        # joined to the cue with no conjunction or comma is its complement, not a second verb.
        joined = next((child for child in cue.children if child.dep_ == "conj" and child.i > cue.i
                       and child.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJECT_DEPS for c in child.children)
                       and not any(t.dep_ in {"cc", "mark"} or t.is_punct for t in cue.doc[cue.i + 1:child.i])),
                      None)
        if joined is not None and not any(c.dep_ in {"dobj", "attr"} for c in cue.children):
            return joined
        # "told Anadolu Agency, a local news outlet, that one of the dead was X": the parser took the clause for
        # a relative clause of the addressee's apposition; a "that" that is no subject of its own marks a clause.
        # So may it for the noun of a phrase after the cue ("clarified in the proceedings that P", "said in a
        # statement that P", where the clause is the noun's complement).
        phrases = [child for child in cue.children if child.dep_ == "prep" and child.i > cue.i
                   and child.lower_ in _VENUE_PREPOSITIONS] if _phrase_word(cue) is None else []
        nouns = [child for child in cue.children if child.dep_ == "dobj" and child.i > cue.i] + [
            grandchild for child in phrases for grandchild in child.children if grandchild.dep_ == "pobj"]
        # "said in a statement released Tuesday that P": the parser hung the clause on the statement's participle.
        hung = next((clause for noun in nouns if noun.dep_ == "pobj" for participle in noun.children
                     if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.i > noun.i
                     for clause in participle.children if clause.dep_ == "ccomp" and clause.i > participle.i
                     and _marked_that(clause) and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)), None)
        if hung is not None:
            return hung
        # On a venue ("told reporters at a news conference that he wanted P") the parser may even make the "that"
        # an object inside the clause, and on another phrase's noun a modifier ("said at the time that the deal
        # included P"): a "that" followed by the clause's subject opens it.
        # So may it, after "told", for a clause whose subject is a personal pronoun right after the one told ("told
        # the panel he had been held for seven months").
        return next((token for noun in nouns for token in (noun.subtree if noun.dep_ == "dobj" else noun.children)
                     if (token.dep_ == "relcl" or (token.dep_ == "acl" and noun.dep_ == "pobj"))
                     and (_marked_that(token) or (
                         cue.lemma_.lower() == "tell" and noun.dep_ == "dobj" and token.head.i == noun.i
                         and token.left_edge.i == noun.i + 1 and token.left_edge.dep_ in _SUBJECT_DEPS
                         and token.left_edge.lower_ in _PERSONAL_PRONOUNS
                         and not any(c.dep_ == "ccomp" for c in token.children)) or (
                         (noun.lemma_.lower() in cue_lexicon().venues or (
                             noun.dep_ == "pobj" and token.left_edge.dep_ not in {"dobj", "pobj", *_SUBJECT_DEPS}))
                         and token.left_edge.lower_ == "that"
                         and any(c.dep_ in _SUBJECT_DEPS and c.left_edge.i == token.left_edge.i + 1
                                 for c in token.children)))
                     and any(c.dep_ in _SUBJECT_DEPS for c in token.children)), None)
    after = [clause for clause in clauses if clause.i > cue.i]
    marked = [clause for clause in after if _marked_that(clause)]
    if not after and cue.lemma_.lower() not in cue_lexicon().clause_only and any(
            child.dep_ == "dobj" and child.i > cue.i for child in cue.children):
        # "The Herald states P; it lists a tail number": a cue with an object of its own after it reports that
        # object, not a clause before it ("P, the army said" has no object).
        return None
    return (marked or after or clauses)[0]


def _bare_cue(verb: Token) -> bool:
    """Whether a verb is a speech cue with a subject and nothing it reports after it (``officials said`` in
    ``P, Reuters reported officials said``)."""
    return verb.i > verb.head.i and _cue_class_of(verb) is not None and any(
        child.dep_ == "nsubj" for child in verb.children) and not any(
        child.dep_ in {"ccomp", "xcomp", "dobj", "prep", "advcl"} and child.i > verb.i for child in verb.children)


def _content_tokens(cue: Token, cue_class: str) -> list[Token]:
    """The reported proposition (``_reported_tokens``) without the agent of a passive cue that the parser hung
    inside it (``announced to be a pandemic [by the WHO]``)."""
    tokens = _reported_tokens(cue, cue_class)
    if (apposed := _speaker_read_as_apposition(cue)) is not None:
        tokens = [token for token in tokens if token.i < apposed.left_edge.i - 1]
    # A speech participle the parser hung on the reported clause is a statement of its own ("stated the trial would
    # not be fair, saying P"), with the comma before it.
    participles = [token for token in tokens if token.tag_ == "VBG" and token.dep_ == "advcl"
                   and _reporting_cue(token.head) == cue and _cue_class_of(token) is not None
                   and not _marks_between(cue, token.head)
                   and (token.head.dep_ == "ccomp" or token.doc[token.i - 1].text == ",")]
    # So is a contrasting clause with a speaker and cue of its own ("warned that P, while the Red Cross said Q", "said
    # 200 had died, though the WHO put the toll at 150").
    participles += [token for token in tokens if token.dep_ == "advcl" and token.i > cue.i
                    and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in token.children)
                    and _cue_class_of(token) is not None and any(c.dep_ == "nsubj" for c in token.children)]
    # So is a second act joined to a passive reported clause ("said that 12 soldiers had been killed, and accused").
    second_acts = [token for token in tokens if token.head.i != token.i and _cue_class_of(token) is not None
                   and _second_act_of(token) == cue]
    participles += second_acts
    # So is a claim set after a comma that a relative clause on it counters ("said Russian forces blew up the dam, an
    # accusation Moscow rejects").
    participles += [token for token in tokens if token.i > cue.i and _countered_apposition(token)]
    # So is an absolute phrase of someone else's speech ("reported the attack was the deadliest, with officials
    # saying 150 were killed").
    participles += [token for token in tokens if token.lower_ == "with" and token.dep_ == "prep" and token.i > cue.i
                    and token.doc[token.i - 1].text == "," and any(
                        t.tag_ == "VBG" and t.dep_ in {"acl", "pcomp"} and _cue_class_of(t) is not None
                        for t in token.subtree)]
    own = {t.i for token in participles for t in token.subtree} | {
        token.left_edge.i - 1 for token in participles if token.doc[token.left_edge.i - 1].text == ","} | {
        c.i for token in second_acts for c in token.head.children if c.dep_ == "cc" and c.i < token.i}
    tokens = [token for token in tokens if token.i not in own]
    # When it was said is no part of what was said ("said on Thursday it would cut jobs": the parser hangs the
    # time on the reported clause, right before its subject). A time set off by a comma is the clause's own ("said
    # in December, the prince accepted P").
    clause_heads = {token.i for token in tokens if token.dep_ == "ccomp" and token.head.i == cue.i}
    # Also a bare time ("said last month it would shed 2,500 positions").
    when = {t.i for token in tokens if token.dep_ in {"prep", "npadvmod"} and token.head.i in clause_heads
            and token.i > cue.i and any(child.dep_ in _SUBJECT_DEPS and child.left_edge.i == token.right_edge.i + 1
                    for child in token.head.children)
            and any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree) for t in token.subtree}
    tokens = [token for token in tokens if token.i not in when]
    speaker = _subject(cue) if any(child.dep_ == "auxpass" for child in cue.children) else None
    if speaker is None or speaker.head.lower_ != "by" or speaker.head.head.i == cue.i:
        return tokens
    agent = {t.i for t in speaker.head.subtree}
    return [token for token in tokens if token.i not in agent]


def _clause_before_attribution(cue: Token) -> list[Token] | None:
    """'P, newspaper The Hindu reported.' / 'Deutsche Welle reported in 2019, P': an attribution with a subject that
    the parser hung on the clause it reports, set apart by punctuation; the content is that clause without it. (Not
    a clause of its own joined by a conjunction: "they asked him to wait, but he declined".)"""
    coordinated = cue.left_edge.i > 0 and cue.doc[cue.left_edge.i - 1].pos_ == "CCONJ"
    if cue.dep_ not in {"ccomp", "conj"} or cue.head.pos_ not in {"VERB", "AUX"} or coordinated or not any(
            child.dep_ in _SUBJECT_DEPS for child in cue.children) or not _set_apart(cue):
        return None
    attribution = {t.i for t in cue.subtree}
    return [token for token in cue.head.subtree if token.i not in attribution and not (
        token.head == cue.head and token.dep_ in {"cc", "punct"})]


def _set_apart(cue: Token) -> bool:
    """Whether the clause of a cue is set apart from the clause it hangs on by a comma, dash, colon or semicolon, as
    an attribution is ("P, newspaper The Hindu reported", "Deutsche Welle reported in 2019, P"); a clause the other
    one runs into is what that one says ("The office said the state would appeal": no appeal reports the office's
    words)."""
    # (Anywhere between the two: the parser may leave a word of the attribution out of the cue's clause, "P,
    # newspaper The Hindu reported".)
    doc, head = cue.doc, cue.head.i
    between = doc[head + 1:cue.left_edge.i] if cue.i > head else doc[cue.right_edge.i + 1:head]
    return any(token.text in _ATTRIBUTION_SEPARATORS for token in between)


def _reported_tokens(cue: Token, cue_class: str) -> list[Token]:
    """The reported proposition: the cue's clausal complement; for cues that take one, what is asked for
    (``urged both sides to stop``), the accusation (``accused Turkey of sending ...``), the object of a
    phrase's preposition (``voiced concern about P``, ``called for a halt``, ``spoke out against P``), what a
    passive cue was said of (``The operation was condemned by the EU``), or the cue's object (``announced a
    withdrawal``)."""
    if cue.dep_ == "parataxis" and cue.head.pos_ in {"VERB", "AUX"}:
        # "The guardrail would be examined, Roberts said, to determine ...": an attribution set in the clause it
        # reports is the cue and its speaker; the parser hangs the clause's rest on the cue too.
        speaker = _subject(cue)
        # Its auxiliaries and adverbs go with it ("P, investigators have since said, and Q").
        attribution = {cue.i, *(child.i for child in cue.children if child.dep_ == "punct" or (
                           child.dep_ in {"aux", "auxpass", "advmod", "neg"} and speaker is not None
                           and speaker.i < child.i < cue.i) or (child.dep_ == "cc" and child.i > cue.i)),
                       *(t.i for child in cue.children
                         if child.dep_ == "agent" or (speaker is not None and child.i == speaker.i)
                         for t in child.subtree)}
        # The parser may also make the clause's subject a subject of the cue ("50 gallons of fuel, officials said,
        # spilled"): it stays in the content.
        subjects = [t for child in cue.children if child.dep_ in _SUBJECT_DEPS and child.i not in attribution
                    for t in child.subtree]
        # A participle after the attribution is the speaker's next act, no part of P ("P, Tremblay said, describing
        # the tariffs as illegal"), and the sentence's last marks go with it; so does when it was said ("P, X said on
        # Thursday, calling Q").
        attribution.update(t.i for child in (*cue.head.children, *cue.children) if child.i > cue.i and (
                               child.tag_ == "VBG" and _cue_class_of(child) is not None and (
                                   child.head.i == cue.i or _attribution_set_in(cue.head, child) is not None))
                           for t in cue.head.subtree if t.i >= child.left_edge.i)
        attribution.update(t.i for child in cue.children if child.i > cue.i and child.dep_ == "prep" and any(
            grandchild.ent_type_ in {"DATE", "TIME"} for grandchild in child.children) for t in child.subtree)
        return sorted([*subjects, *(token for token in cue.head.subtree if token.i not in attribution)],
                      key=lambda token: token.i)
    if cue.dep_ == "conj" and cue.lemma_.lower() in _TELLING and cue.i > 0 and cue.nbor(-1).text == "," and not any(
            child.dep_ in _SUBJECT_DEPS for child in cue.children) and (name := _name_right_before(cue)) is not None:
        # "The mosque had received threats, its imam, Omar Diallo, told the Gazette": the parser joined the
        # attribution to P's verb; the statement is P, up to the phrase that names the speaker.
        named_phrase = name
        while named_phrase.dep_ in {"appos", "compound"} and named_phrase.head.i < named_phrase.i and \
                named_phrase.head.i != cue.head.i:
            named_phrase = named_phrase.head  # (not over a conjunct: "threats, its imam" is the parser's join)
        start = named_phrase.left_edge.i
        return [token for token in cue.head.subtree if token.i < start and not (
            token.is_punct and token.i == start - 1)]
    if (named := _inverted_conjunct(cue)) is not None:
        # "P, stated Minister X, and Q": the parser joined the attribution to P as a verb of its own; the statement
        # is P and Q around it.
        attribution = {cue.i, cue.i - 1, named.right_edge.i + 1, *(t.i for t in named.subtree)}
        return [token for token in cue.head.subtree if token.i not in attribution and not (
            token.is_punct and token.i == cue.sent.end - 1)]
    if (inserted := _inserted_attribution(cue)) is not None:
        # "Because only Congress may do so, reads the motion, the declaration violates P" / "If P, they reasoned,
        # Q": the parser made the attribution set between commas a clause of its own; the statement is the sentence
        # around it.
        return [token for token in cue.sent if token.i not in inserted and not (
            token.is_punct and token.i == cue.sent.end - 1)]
    if cue.dep_ == "advcl" and (apposed := _speaker_read_as_apposition(cue)) is not None:
        # "The engine failed before impact, a source close to the inquiry told Reuters": the parser hung the
        # attribution on the clause it reports, and its speaker on that clause's last noun.
        return [token for token in cue.head.subtree if token.i < apposed.left_edge.i - 1]
    trailing_subject = next((child for child in cue.children if child.dep_ in _SUBJECT_DEPS and child.i < cue.i),
                            None) if cue.dep_ == "advcl" and cue.i > cue.head.i else None
    if trailing_subject is not None and cue.head.pos_ in {"VERB", "AUX"} and trailing_subject.left_edge.i > 0 and \
            cue.doc[trailing_subject.left_edge.i - 1].text == "," and cue.right_edge.i >= cue.sent.end - 2 and \
            not any(child.dep_ == "mark" for child in cue.children):
        # "X has died at the age of 84, his publicist, Y, announced on Sunday": an attribution after the clause it
        # reports, which the parser read as an adverbial clause of it.
        return [token for token in cue.head.subtree if token.i < trailing_subject.left_edge.i - 1]
    if cue.dep_ == "advcl" and cue.head.pos_ in {"VERB", "AUX"} and cue.lemma_ not in _QUOTE_ONLY_CUES and any(
            child.dep_ == "mark" and child.lower_ == "as" for child in cue.children) and _cue_range(cue.head) is None \
            and not any(QUOTE_MARK.search(token.text) for token in cue.head.subtree):
        # ("as protests continue" is no attribution: "continue" is a cue only beside a quote; "X said, as reported
        # by Y, "..."" credits the report of a statement, which the quote's own record carries.)
        # "The council is, as news sources noted, completely democratic", "The ship sank on Monday, as reported by
        # the BBC": the clause the "as" attribution is set in, without it (the parser may hang the clause's rest on
        # the cue: it stays).
        speaker = _subject(cue)
        attribution = {cue.i, *(child.i for child in cue.children if child.dep_ in {"mark", "aux", "punct"}),
                       *(t.i for t in (speaker.subtree if speaker is not None else ())),
                       *(t.i for child in cue.children if child.dep_ == "agent" for t in child.subtree)}
        return sorted((token for token in cue.head.subtree if token.i not in attribution), key=lambda t: t.i)
    if (countered := _countered_clause(cue)) is not None:
        return countered
    clause = _clausal_complement(cue)
    phrase = _phrase_word(cue)
    if clause is not None and not (clause.i < cue.i and phrase is not None and phrase[0].dep_ == "prep"):
        # (A phrase's own object beats a clause before the cue: "P; NATO guidelines call for 2%".)
        # The clause's "that" is no part of it, also where the parser took it for an object inside ("told reporters
        # outside the building that members would not return": "that" the object of "return").
        tokens = [token for token in clause.subtree if not (token.dep_ == "mark" and token.head == clause) and not (
            token.i == clause.left_edge.i and token.lower_ == "that" and token.dep_ not in _SUBJECT_DEPS
            and clause.i > cue.i and token.i + 1 < len(token.doc) and (
                token.nbor(1).dep_ in _SUBJECT_DEPS or any(c.dep_ in _SUBJECT_DEPS and c.left_edge.i == token.i + 1
                                                           for c in clause.children)))]
        if clause.i < cue.i:
            # "P, investigators have said, and should not have taken off": a verb with no subject joined to the
            # attribution after it goes on with P's subject, so it is the statement's second segment.
            tokens += [token for child in cue.children if child.dep_ == "conj" and child.i > cue.i
                       and child.pos_ in {"VERB", "AUX"} and not any(c.dep_ in _SUBJECT_DEPS for c in child.children)
                       and any(t.dep_ == "cc" for t in cue.doc[cue.i + 1:child.i])
                       for token in child.subtree if not (token.dep_ == "cc" and token.head.i == child.i)]
        # "ruled the draft violated the Constitution": the parser took the clause's subject for the cue's object.
        # Not before a "that" ("told the newspaper that there had been no irregularities": the addressee).
        subject = next((child for child in cue.children if child.dep_ == "dobj"
                        and child.right_edge.i + 1 == clause.left_edge.i and clause.left_edge.dep_ != "mark"), None)
        if subject is not None and not any(child.dep_ in {*_SUBJECT_DEPS, "expl"} for child in clause.children):
            return [*subject.subtree, *tokens]
        return tokens
    children = [child for child in cue.children if child.dep_ != "punct"]
    after = [child for child in children if child.i > cue.i]
    if phrase is not None and phrase[0].dep_ == "mark":  # "called for NATO members to increase spending"
        return [token for token in phrase[0].head.subtree if token.i != phrase[0].i]
    if phrase is not None and phrase[0].dep_ in {"prep", "prt"}:
        # "spoke out against the attack", "spoke of an incursion": the phrase's own preposition, or the one after
        # its particle.
        asked = next((child for child in after if child.dep_ == "xcomp"), None)
        if asked is not None:  # "called on both sides to stop fighting": what they are asked to do
            return [token for token in asked.subtree if not (token.dep_ == "aux" and token.head == asked)]
        # The phrase's own preposition whatever it is ("pointing to P"), else a usual one after its particle.
        own = [token for child in phrase[0].children if child.dep_ in {"pobj", "pcomp"} for token in child.subtree]
        # Not where it was said ("paid tribute on social media", "voiced concern in an interview").
        preps = [child for child in after if child.i > phrase[0].i and child.dep_ == "prep" and not _names_venue(child)]
        found = own or next((found for prep in preps if (found := _prepositional_object(prep, also={"at"}))), [])
        return (_asked_after(found) if cue_class == "request" else None) or found
    # A verbal complement is what is asked for, denied or praised ("urged both sides to stop", "asked citizens
    # not to approach", "denied sending").
    complement = next((child for child in after if child.dep_ in {"xcomp", "pcomp"}), None)
    if complement is None:
        # "admitted to ordering the payments", "confessed to killing him": the gerund after "to".
        complement = next((grandchild for child in after if child.dep_ == "prep" and child.lower_ == "to"
                           for grandchild in child.children if grandchild.dep_ == "pcomp" and grandchild.tag_ == "VBG"),
                          None)
    if complement is None and cue_class == "request":
        # "demanded from Interpol to publish a notice": the parser may hang the infinitive on as an adverbial clause.
        complement = next((child for child in after if child.dep_ == "advcl" and any(
            grandchild.dep_ == "aux" and grandchild.lower_ == "to" for grandchild in child.children)), None)
    clause_only = cue.lemma_.lower() in cue_lexicon().clause_only
    # "told passengers to take a longer way": an infinitive after an object is what is asked, whatever the cue.
    told_to = complement is not None and complement.dep_ == "xcomp" and any(
        child.dep_ == "dobj" and child.i < complement.i for child in after)
    # A gerund is a clause too ("recalled going to conventions as a student").
    # (An infinitive is what is asked or promised: "threatened to strike".)
    if complement is not None and (not clause_only or cue_class in {"request", "promise"} or told_to or (
            complement.dep_ in {"xcomp", "pcomp"} and complement.tag_ == "VBG")):
        return [token for token in complement.subtree if not (token.dep_ == "aux" and token.lower_ == "to"
                                                              and token.head == complement)]
    direct_object = next((child for child in after if child.dep_ == "dobj"), None)
    if clause_only:
        # "he said" with no clause reports nothing here (a direct quote may carry it). The parser does read "said
        # the talks would fail" as an object and a clause: a modal verb after the object makes it a clause.
        # So does a finite verb with no subject right after the object ("ruled the draft violated the law").
        modal = direct_object is not None and next(
            (child for child in after if child.i > direct_object.i and child.dep_ in {"advcl", "ccomp", "conj"}
             # (not a clause of purpose or reason: "established a model, so the study could cover all plants")
             and not any(grandchild.dep_ == "mark" for grandchild in child.children)
             and (any(grandchild.tag_ == "MD" for grandchild in child.children) or (
                 child.tag_ in {"VBD", "VBZ", "VBP"} and child.left_edge.i == direct_object.right_edge.i + 1
                 and not any(grandchild.dep_ in _SUBJECT_DEPS for grandchild in child.children)))), None)
        if direct_object is not None and modal:
            return [*direct_object.subtree, *modal.subtree]
        if direct_object is not None and cue.lemma_ == "say" and any(
                (child.dep_ == "acl" and child.tag_ in {"VBD", "VBN"})
                or (child.dep_ == "compound" and child.lower_ in _BARE_PAST_VERBS
                    and child.i > direct_object.left_edge.i)
                or _subject_read_as_modifier(child)
                for child in direct_object.children):
            # "said several acres of land burned": a verb the parser hung on the object of "say" makes it a clause
            # ("say" hardly ever has an object of its own; "told reporters gathered outside" does). So does one it
            # read as the object's adjective, with the clause's subject its modifier ("said the [storm damaged]
            # roofs").
            return list(direct_object.subtree)
        if cue_class == "request" and direct_object is not None:
            # "asked the Queen for a prorogation": what is asked for, after the one asked.
            asked_for = next((child for child in after if child.dep_ == "prep" and child.lower_ == "for"
                              and child.i > direct_object.i), None)
            if asked_for is not None:
                return _prepositional_object(asked_for)
        # "P, lawyer Amara Okonkwo told reporters": the one told is no content; the clause before is (where no quote
        # mark is in it: a direct quote's clause is that quote's).
        before = _clause_before_attribution(cue) if cue.i > cue.head.i else None
        return before if before and not any(QUOTE_MARK.search(token.text) or _within_quote_marks(token)
                                            for token in before) else []
    passive_subject = next((child for child in children if child.dep_ == "nsubjpass"), None)
    if any(child.dep_ == "agent" for child in children):
        # "The operation was condemned by the EU", "a plane reported by local press as belonging to the army".
        described = next((found for child in after if child.dep_ == "prep" and child.lower_ == "as"
                          and (found := [t for c in child.children if c.dep_ in {"pobj", "pcomp"} for t in c.subtree])),
                         None)
        return described or (list(passive_subject.subtree) if passive_subject is not None else [])
    predicate = next((child for child in after if child.dep_ == "oprd"), None)
    if direct_object is None and predicate is not None and predicate.pos_ == "ADJ" and \
            predicate.left_edge.dep_ == "det" and predicate.left_edge.lower_ in _DEMONSTRATIVES:
        # "called this dubious": the parser read the object, a demonstrative pronoun, as a determiner of what it is
        # called.
        return list(predicate.subtree)
    if (estimate := _estimate(cue)) is not None:
        # "estimated the crowd at 20,000": the object and its measure.
        estimated, measure = estimate
        return sorted([*estimated.subtree, *(measure.subtree if measure is not None else ())], key=lambda t: t.i)
    if direct_object is not None:
        # "called it a serious development", "named the PKK as terrorists": the object and what it is called.
        predicative = [child for child in after if child.i > direct_object.i and (
            child.dep_ in {"oprd", "ccomp", "attr"} or (child.dep_ == "prep" and child.lower_ == "as"))]
        if predicative:
            return [*direct_object.subtree, *(token for child in predicative for token in child.subtree)]
    if phrase is not None and direct_object is not None:
        # "voiced concern about P": the content is P, the object of the cue's noun, or of the verb when a time
        # comes between ("voiced concern earlier this week about P"); "expressed opposition to P", "expressed
        # intent to become a lawyer".
        preps = [*direct_object.children, *(child for child in after if child.i > direct_object.i)]
        # ("expressed concern that the ward was full": a clause of being is no verb to the tagger.)
        intended = next((child for child in direct_object.children if child.dep_ in {"acl", "xcomp"} and (
            child.pos_ == "VERB" or any(mark.dep_ == "mark" and mark.lower_ == "that" for mark in child.children))
            and child.i > direct_object.i), None)
        if intended is not None:
            return [token for token in intended.subtree if not (token.head == intended and (
                (token.dep_ == "aux" and token.lower_ == "to") or token.dep_ == "mark"))]
        # ("paid tribute to X": the parser may call the "to" a dative; never where it was said: "on social
        # media"; and the phrase's own noun is no content: "paid tribute on Twitter" reports nothing.)
        # ("expressed alarm at P", not at a place or a time.)
        return next((found for prep in preps if prep.dep_ in {"prep", "dative"} and not _names_venue(prep)
                     and not (prep.lower_ == "at" and any(c.dep_ == "pobj" and c.ent_type_ in {
                         "GPE", "LOC", "FAC", "DATE", "TIME"} for c in prep.children))
                     and (found := _prepositional_object(prep, also={"to", "at"}))), [])
    # A preposition before the cue sets the scene ("On Sunday, X announced ..."); only one after it can report.
    for child in after:
        if direct_object is not None and child.dep_ == "prep" and child.lower_ in {"of", "for", "with"} \
                and child.i > direct_object.i:
            # "accused Turkey of sending fighters", "credited the media with keeping the story alive"
            return [*direct_object.subtree, *child.subtree]
        # "warned residents about flooding", but not "announced the results on Monday" nor "reported on Thursday".
        if child.dep_ == "prep" and (found := _prepositional_object(child)) and (
                direct_object is None or child.lower_ in {"about", "over", "against"}) and not all(
                token.ent_type_ in {"DATE", "TIME"} or token.is_punct or token.pos_ == "DET" for token in found):
            return found
    if direct_object is not None:
        return (_asked_after(list(direct_object.subtree)) if cue_class == "request" else None) or \
            list(direct_object.subtree)
    if (reported := _clause_before_attribution(cue)) is not None:
        return reported
    clause = cue.head.head
    if cue.dep_ == "pcomp" and cue.head.lower_ == "with" and clause.pos_ in {"VERB", "AUX"} and clause.i > cue.i:
        # "..., with local media reporting no-one was in the houses": the parser hung "with ... reporting" on the
        # clause it reports.
        hung = {t.i for t in cue.head.subtree}
        return [token for token in clause.subtree if token.i not in hung]
    return []


def _subject_read_as_modifier(verb: Token) -> bool:
    """Whether a past verb the parser read as an adjective has a clause's subject for its modifier: a noun right
    before it and apart from it ("the storm damaged roofs"; "the state-owned firm" is a firm)."""
    if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0:
        return False
    subject = verb.nbor(-1)
    heads = {verb.i}
    if subject.dep_ == "aux" and subject.head.i == verb.i and subject.i > 0:
        # "said both sides [had targeted] civilians": the subject before the auxiliary, which may hold it.
        heads.add(subject.i)
        subject = subject.nbor(-1)
    return subject.head.i in heads and subject.dep_ in {"npadvmod", "nsubj", "compound"} and \
        subject.pos_ in {"NOUN", "PROPN"} and bool(subject.whitespace_)


def _countered_clause(cue: Token) -> list[Token] | None:
    """What a relative clause after a comma denies or rejects: the clause before the comma ("Activists said the law
    had loopholes, a claim the association denied": that the law had loopholes; "Police fired tear gas, which
    officers denied": that police fired tear gas)."""
    passive = cue.dep_ == "acl" and any(child.dep_ == "agent" for child in cue.children)  # "a claim denied by X"
    if (cue.dep_ != "relcl" and not passive) or _cue_class_of(cue) != "deny" or any(
            child.dep_ in {"ccomp", "xcomp"} or (child.dep_ == "prep" and child.lower_ == "as")
            for child in cue.children):
        return None  # (what "a view X dismissed as 'short-sighted'" says is how X called it: a statement of its own)
    doc = cue.doc
    # ("a plan for the march, which they rejected": "which" may be a thing; only a denial takes a proposition.)
    which = next((child for child in cue.children if child.dep_ == "dobj" and child.lower_ == "which"
                  and cue.lemma_.lower() in {"deny", "dispute", "contest"}), None)
    if which is not None:
        comma = which.i - 1
    elif cue.head.lemma_.lower() in _COUNTERED_NOUNS and not any(child.dep_ == "dobj" for child in cue.children):
        comma = cue.head.left_edge.i - 1
    else:
        return None
    if comma <= cue.sent.start or doc[comma].text != ",":
        return None
    # The clause a speech verb reported before the comma, else the sentence up to it (after its cue, when the
    # parser left the clause no verb of its own: 'X said the West bore "full responsibility", a claim Y dismissed').
    node = doc[comma - 1]
    while node.dep_ not in {"ccomp", "ROOT"} and node.head.i != node.i:
        node = node.head
    scope = node.subtree if node.dep_ == "ccomp" else cue.sent
    after = node.i if node.dep_ == "ROOT" and _cue_class_of(node) is not None and not any(
        child.dep_ in {"auxpass", "nsubjpass"} for child in node.children) else -1
    return [token for token in scope if after < token.i < comma and not (
        token.dep_ == "mark" and token.head.i == node.i)]


def _countered_apposition(noun: Token) -> bool:
    """Whether a noun set after a comma is a claim that a relative clause on it counters ("P, an accusation Moscow
    rejects"): no part of P's own statement."""
    return noun.dep_ in {"appos", "dobj", "npadvmod"} and noun.lemma_.lower() in _COUNTERED_NOUNS and any(
        _cue_class_of(child) == "deny" for child in noun.children if child.dep_ in {"relcl", "acl"})


def _asked_after(addressee: list[Token]) -> list[Token] | None:
    """What a request asks of the ones it addresses, when the parser hung the infinitive elsewhere: the verb phrase
    right after them ("instructs archbishops to notify the Vatican", "called for the government to act")."""
    if not addressee:
        return None
    doc, end = addressee[0].doc, max(token.i for token in addressee) + 1
    if end + 1 >= len(doc) or doc[end].tag_ != "TO" or doc[end + 1].pos_ not in {"VERB", "AUX"}:
        return None
    verb = doc[end + 1] if doc[end].head.i == end + 1 else doc[end].head
    return [token for token in verb.subtree if token.i > end] or None


def _inverted_conjunct(cue: Token) -> Token | None:
    """The name of ``P, stated Minister X, and Q`` or ``P, argued the government's lawyer, X.``: a cue the parser
    made a conjunct of P's verb, after a comma, with no subject and the speaker as its object, followed by a comma
    or the end of the sentence."""
    if cue.dep_ != "conj" or cue.i == 0 or cue.nbor(-1).text != "," or any(
            child.dep_ in _SUBJECT_DEPS for child in cue.children):
        return None
    named = next((child for child in cue.children if child.dep_ == "dobj" and child.left_edge.i == cue.i + 1), None)
    if named is None or not any(token.ent_type_ == "PERSON" for token in named.subtree):
        return None
    if cue.lemma_.lower() in _TELLING and _name_right_before(cue) is not None:
        return None  # "P, its imam, Omar Diallo, told the Gazette": the one told is after the cue, the speaker before
    after = named.right_edge.i + 1
    # (The sentence may end in a full stop and the paragraph's line breaks.)
    ends = all(token.is_punct or token.is_space for token in cue.doc[after:cue.sent.end])
    return named if ends or cue.doc[after].text == "," else None


def _inserted_attribution(cue: Token) -> set[int] | None:
    """The tokens of an attribution set between commas inside the sentence it reports (the cue, its particle, its
    subject and the two commas), when the parser did not hang it on that sentence as a parenthetical: the cue is a
    clause of a verb after it, or the root with words of the statement on both sides."""
    if not (cue.dep_ == "ccomp" and cue.head.pos_ in {"VERB", "AUX"} and cue.head.i > cue.i) and cue.dep_ != "ROOT":
        return None
    subject = next((child for child in cue.children if child.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return None
    particles = [child for child in cue.children if child.dep_ == "prt"]
    words = [cue, *particles, *subject.subtree]
    start, end = min(token.i for token in words), max(token.i for token in words)
    doc, sentence = cue.doc, cue.sent
    if QUOTE_MARK.search(sentence.text):
        return None  # '"...," he said, "..."' splits a direct quote, which has its own record
    if end - start + 1 != len(words) or start - 1 <= sentence.start or end + 2 >= sentence.end or \
            doc[start - 1].text != "," or doc[end + 1].text != ",":
        return None
    following = doc[end + 2]
    if following.tag_ == "VBG" and following.head.i == cue.i and following.dep_ in {"advcl", "xcomp", "conj"}:
        return None  # "P, officials said, adding that Q": a participle of the attribution, not the rest of P
    before = [t for t in doc[sentence.start:start - 1] if not t.is_punct]
    after = [t for t in doc[end + 2:sentence.end] if not t.is_punct]
    if len(before) < 2 or len(after) < 2 or not any(t.pos_ in {"VERB", "AUX"} for t in after):
        return None
    return {token.i for token in words} | {start - 1, end + 1}


def _prepositional_object(prep: Token, *, also: frozenset[str] | set[str] = frozenset()) -> list[Token]:
    """What ``about``/``over``/``of``/``on``/``for``/``against`` (and ``also``) introduces, as content (``concern
    about P``)."""
    if prep.lower_ not in {"about", "over", "of", "on", "for", "against", *also}:
        return []
    objects = [token for token in prep.children if token.dep_ in {"pobj", "pcomp"}]
    return list(objects[0].subtree) if objects else []


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding spaces and trailing punctuation (the content's words only)."""
    while start < end and (body[start].isspace() or body[start] in ",;:-–—"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".,;:"):
        end -= 1
    return start, end


def _span_of_tokens(body: str, tokens: Iterable[Token]) -> tuple[int, int] | None:
    ordered = sorted(tokens, key=lambda token: token.i)
    while len(ordered) > 1 and ordered[-1].pos_ == "CCONJ":
        # A conjunction the parser left on a clause ends no statement ("respected P but [warned that Q]").
        ordered.pop()
    if not ordered:
        return None
    start, end = _trimmed(body, ordered[0].idx, ordered[-1].idx + len(ordered[-1].text))
    return (start, end) if end > start else None


# -- speakers ------------------------------------------------------------------------------------------------------


def _unnamed_group_before(pronoun: Token) -> Token | None:
    """The plural noun for people a "they" refers to when no actor names it (the ``groups`` of ``cues.json``): the
    subject of a clause in its sentence or the three before ("The researchers observed the flies ... They found
    P"; a study's report names its team once, then says what they found), nearest first."""
    # A sentence whose subject is "they" too continues the same chain ("They collected samples. They were able to
    # extract DNA. They found P"), and one inside a quote is another's words: neither counts among the three.
    start, counted, looked = pronoun.sent.start, 0, 0
    while counted < 3 and looked < 8 and start > 0:
        sentence = pronoun.doc[start - 1].sent
        start, looked = sentence.start, looked + 1
        if not (_within_quote_marks(sentence.root) or any(
                token.lower_ == "they" and token.dep_ in _SUBJECT_DEPS for token in sentence)):
            counted += 1
    # A collective noun in the singular counts too ("an international team of scientists report P. They found"), and
    # holders of a title as a sentence's subject ("the presidents of Russia, the United States and France issued a
    # statement").
    candidates = [token for token in pronoun.doc[start:pronoun.i] if token.dep_ in _SUBJECT_DEPS
                  and (token.tag_ == "NNS" or token.lemma_.lower() in _COLLECTIVE_GROUPS) and token.pos_ == "NOUN"
                  and (token.lemma_.lower() in cue_lexicon().groups or (
                      token.tag_ == "NNS" and token.head.dep_ == "ROOT"
                      and actor_knowledge().is_role_word(token.lemma_.lower())))
                  and not _within_quote_marks(token)]
    return candidates[-1] if candidates else None


def _person_word(noun: Token) -> bool:
    """Whether a common noun names one person: a title, a relative or a woman or man (``the minister``, ``his
    daughter``, ``a woman``), not a group."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (actor_knowledge().is_role_word(lemma) or compact(noun.lemma_) in
                                    actor_knowledge().gender_words or (
        lemma in cue_lexicon().relations and lemma not in _GROUP_RELATIONS))


def _noun_gender(noun: Token) -> str | None:
    """The gender a noun for a person tells: a relation or a woman or man (``widow``), or a title (``spokeswoman``)."""
    knowledge = actor_knowledge()
    role = knowledge.role_heads.get(noun.lemma_.lower())
    return knowledge.gender_words.get(compact(noun.lemma_)) or (role.gender if role is not None else None)


def _person_gender(subject: Token) -> str | None:
    """The gender a person's description gives (``one of their daughters``: f), if any."""
    noun = next((grandchild for child in subject.children if child.dep_ == "prep" and child.lower_ == "of"
                 for grandchild in child.children if grandchild.dep_ == "pobj"), subject) \
        if subject.lower_ == "one" else subject
    return _noun_gender(noun)


def _unnamed_person_before(pronoun: Token) -> Token | None:
    """The person the sentence before a pronoun's is about, when a description names them (``A woman was arrested
    on Friday``, ``One of the victims decided P``): the subject of its main verb, in the same paragraph."""
    start = pronoun.sent.start
    if start == 0 or "\n" in pronoun.doc[start - 1:start + 1].text_with_ws:
        return None
    sentence = pronoun.doc[start - 1].sent
    subjects = [child for child in sentence.root.children if child.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or _within_quote_marks(subjects[0]):
        return None  # (two: "The daughter of a music teacher, she had planned P" describes someone known)
    subject = subjects[0]
    if subject.lower_ == "one":
        # "One of the victims": one person of a group.
        return subject if any(grandchild.tag_ == "NNS" and (
            grandchild.lemma_.lower() in cue_lexicon().groups or _person_word(grandchild))
            for child in subject.children if child.dep_ == "prep" and child.lower_ == "of"
            for grandchild in child.children if grandchild.dep_ == "pobj") else None
    return subject if subject.tag_ == "NN" and _person_word(subject) else None


def _within_quote_marks(token: Token) -> bool:
    """Whether a word lies inside quote marks opened in its paragraph (an odd number of marks before it). (Counted
    over the paragraph's tokens: ``Doc.text`` joins the whole document at every call.)"""
    marks = 0
    for earlier in reversed(token.doc[:token.i]):
        if "\n" in earlier.text_with_ws:
            break
        marks += len(QUOTE_MARK.findall(earlier.text))
    return marks % 2 == 1


def _under(token: Token, phrase_head: Token, deps: frozenset[str]) -> bool:
    """Whether ``token`` is (in) a dependent of one of ``deps`` within the phrase of ``phrase_head``: a possessor
    (``Hagan`` in ``Hagan's former spokeswoman`` names whose spokeswoman, not who she is) or a relative clause
    (``who testified against Brandt``; a participle may name the speaker: ``a protester using the pseudonym
    Katya``)."""
    for node in (token, *token.ancestors):
        if node.i == phrase_head.i:
            return False
        if node.dep_ in deps:
            return True
    return False


# The word right before a mention ("Mr" of "Mr Whitcombe").
_WORD_BEFORE = re.compile(r"([A-Za-z]+\.?)\s+$")
_POSSESSOR = frozenset({"poss"})
_RELATIVE_CLAUSE = frozenset({"relcl"})
# The agent of a participle on the phrase: "The AU observer mission, led by X, said P" is the mission's.
_AGENT = frozenset({"agent"})


def _named_in_apposition(noun: Token) -> Token | None:
    """The person's name in apposition to ``noun``, also after the place of its phrase, where the parser hangs the
    name on the place ("A WHO spokesperson in Geneva, Tarik Jasarevic, said")."""
    places = [grandchild for child in noun.children if child.dep_ == "prep" for grandchild in child.children
              if grandchild.dep_ == "pobj" and grandchild.ent_type_ in {"GPE", "LOC", "FAC"}]
    return next((child for holder in (noun, *places) for child in holder.children
                 if child.dep_ == "appos" and child.ent_type_ == "PERSON"), None)


def _marks_between(first: Token, second: Token) -> bool:
    """Whether a quote mark stands between two words (from the first, up to the second)."""
    low, high = sorted((first.i, second.i))
    return any(QUOTE_MARK.search(token.text) for token in first.doc[low:high])


def _pronoun(token: Token) -> str:
    """A personal pronoun in its subject form, also for a possessive (``Their statement read``: ``they``); any other
    word as it is, in lower case."""
    return _POSSESSIVE_PRONOUNS.get(token.lower_, token.lower_) if token.tag_ == "PRP$" else token.lower_


def _cited(token: Token) -> Token | None:
    """Whom a source cites (``a report citing sources within the ministry``, ``Reuters, quoting officials``): the
    object of its ``citing``/``quoting``."""
    for child in token.children:
        if child.dep_ in {"acl", "advcl"} and child.tag_ == "VBG" and child.lemma_.lower() in _CITING:
            cited = next((grandchild for grandchild in child.children if grandchild.dep_ == "dobj"), None)
            if cited is not None:
                return cited
    return None


def _cites_as_saying(cue: Token) -> bool:
    """Whether a ``cite`` cue names whom it cites as saying something ("cited sources as saying P"): the statement is
    theirs, reported by the participle."""
    return cue.lemma_.lower() in _CITING and any(
        word.lower_ == "as" and any(c.tag_ == "VBG" and _cue_class_of(c) is not None for c in word.children)
        for word in cue.subtree)


def _citation(cue: Token) -> tuple[Token, list[Token]] | None:
    """A ``cite``/``quote`` cue whose object is people or a body: that object speaks, and the content is the clause
    it is cited for (``The Telegraph cited a security source that P``, ``reported, citing a spokesman, that P``).
    With no such clause, a participle only names whom a report relies on (``Reuters, citing two officials, said
    P``): no content at all."""
    if cue.lemma_.lower() not in _CITING:
        return None
    source = next((child for child in cue.children if child.dep_ == "dobj"), None)
    if source is None or not (_names_people_or_body(source) or source.lemma_.lower() in cue_lexicon().relations):
        return None
    clause = next((child for child in source.children if child.dep_ in {"acl", "relcl"} and _marked_that(child)),
                  None) or next(
        (child for child in cue.children if child.dep_ == "ccomp" and child.i > source.i), None)
    if clause is None:
        return (source, []) if cue.tag_ == "VBG" else None
    return source, [token for token in clause.subtree if not (token.dep_ == "mark" and token.head.i == clause.i)]


def _antecedent_name(description: Token) -> Token | None:
    """The name a definite description refers back to (``The advisory`` to ``an advisory from the National Hurricane
    Center``, ``the chain`` to ``supermarket chain Tesco``): the one given at the last earlier mention with the
    same head noun that has one."""
    if description.pos_ != "NOUN" or not any(child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS
                                             for child in description.children):
        return None
    lemma = description.lemma_.lower()
    if lemma in cue_lexicon().groups:
        # People keep their own words: "the researchers" at a university are not the university.
        return None
    qualifiers = _qualifiers(description)
    for earlier in reversed(description.doc[:description.i]):
        if earlier.lemma_.lower() == lemma and earlier.pos_ == "NOUN" and qualifiers <= {
                child.lemma_.lower() for child in earlier.children} and (name := _namer(earlier)) is not None:
            return name
    return None


def _related_to(head: Token) -> Token | None:
    """The one a relation who speaks for themself is of or for (``Marcus Ellery`` in ``the family of Marcus Ellery``,
    ``Smith`` in ``lawyers for Smith``; the ``own_voices`` of ``cues.json``)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in cue_lexicon().own_voices:
        return None
    # Also "an aide to X", "sources close to X" and "a source in X's office".
    preps = [child for child in head.children if child.dep_ == "prep" and child.lower_ in {"of", "for", "to", "in"}]
    preps += [prep for child in head.children if child.dep_ in {"amod", "acomp"} and child.lower_ == "close"
              for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "to"]
    for prep in preps:
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if noun.pos_ == "PROPN" and prep.lower_ != "in":
                return noun
            owner = next((child for child in noun.children if child.dep_ == "poss" and child.pos_ == "PROPN"), None)
            if owner is not None and prep.lower_ == "in":
                return owner
    return None


def _age_of(token: Token) -> str | None:
    """The age a description by age gives (``58`` of ``the 58-year-old``), else None."""
    if token.lower_ != "old":
        return None
    return next((number.text for year in token.children if year.lower_ in {"year", "years"}
                 for number in year.children if number.like_num and number.text.isdigit()), None)


def _age_before(token: Token) -> Token | None:
    """The age set before a word as its modifier (``The 52-year-old former MEP``; the parser may even hang it on the
    cue: ``The 47-year-old added``)."""
    return next((child for child in token.children if child.dep_ == "amod" and child.i < token.i
                 and _age_of(child) is not None), None)


def _qualifiers(head: Token) -> set[str]:
    """The words that narrow a description's head noun: a noun before it ("the health minister" is not the aviation
    minister) and an adjective that makes a title of its own with it ("the prime minister" is no deputy justice
    minister)."""
    word = head.lemma_.lower()
    return {child.lemma_.lower() for child in head.children if (child.dep_ == "compound" and child.pos_ == "NOUN")
            or (child.dep_ == "amod" and f"{child.lower_} {word}" in actor_knowledge().role_heads)}


def _namer(noun: Token) -> Token | None:
    """The name a common noun is given where it is introduced: its owner (``the NHC's advisory``, ``an advisory
    from the NHC``, ``the NHC issued a warning``, ``the NHC said in an advisory``), the name it describes
    (``supermarket chain Tesco``, ``The Aviation Herald, an industry publication``) or the name in apposition to it
    (``the website, Vessel Tracker``)."""
    if is_channel(noun):
        if (owner := _channel_owner(noun)) is not None:
            return owner
        if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "via", "through"} and noun.head.head.pos_ == "VERB":
            # "Ford said in a financial filing", "In an advisory issued on Monday, the NHC warned": who spoke in it.
            return next((child for child in noun.head.head.children if child.dep_ == "nsubj"), None)
    if noun.dep_ in {"compound", "appos"} and noun.head.pos_ == "PROPN":
        return noun.head
    return next((child for child in noun.children if child.dep_ == "appos" and child.pos_ == "PROPN"), None)


@dataclass
class _Resolver:
    """Finds the actor a speaker phrase refers to, remembering the last speaker for pronouns."""

    body: str
    actors: tuple[Actor, ...]
    places: tuple[Place, ...] = ()
    last_actor: str | None = None
    last_position: int = 0
    # Pronouns already resolved, by token: "It cited the Air Force as stating P, and claimed Q" is one "It" for both
    # cues, whoever was quoted in between.
    pronouns: dict[int, Speaker] = field(default_factory=dict)
    # The last speaker that is a body no actor names ("Day's animal foundation"), with where it was quoted.
    last_body: tuple[int, Span] | None = None
    # The last speaker that is one person no actor names, by a role ("The electoral commission's chairman"), with
    # where it was quoted, and "m" or "f" when its noun tells ("the mother of one patient").
    last_unnamed: tuple[int, Span, str | None] | None = None
    # The last speaker given as a spokesperson for a body ("A spokeswoman for the Red Cross said"), with where it was
    # quoted, the body's actor and "m" or "f" when the noun tells: a later "she" is the same spokeswoman.
    last_spokesperson: tuple[int, str, str | None] | None = None

    def actor_covering(self, start: int, end: int) -> str | None:
        best: tuple[int, str] | None = None
        for actor in self.actors:
            for mention in actor.mentions:
                if mention.start < end and start < mention.end:
                    overlap = min(end, mention.end) - max(start, mention.start)
                    if best is None or overlap > best[0]:
                        best = (overlap, actor.id)
        return best[1] if best else None

    def speaker(self, head: Token | None) -> Speaker:
        if head is None:
            # A quoted paragraph with no cue continues the speaker quoted just before, as news copy does.
            return Speaker(self.last_actor, None, self.last_actor is not None)
        if _pronoun(head) in _PERSONAL_PRONOUNS and (known := self.pronouns.get(head.i)) is not None:
            if known.actor is not None:
                self.last_actor, self.last_position = known.actor, head.idx
            return known
        speaker = self._speaker(head)
        if _pronoun(head) in _PERSONAL_PRONOUNS:
            self.pronouns[head.i] = speaker
        return speaker

    def _speaker(self, head: Token) -> Speaker:
        if head.lower_ in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head  # "an analyst who said": the analyst
        if (cited := _cited(head)) is not None:
            # "a report citing the mayor's office", "Reuters, quoting officials,": the ones cited speak.
            head = cited
        if head.lemma_.lower() in _PART_WORDS:
            # "Part of the judge's statement reads": the statement speaks.
            head = next((grandchild for child in head.children if child.dep_ == "prep" and child.lower_ == "of"
                         for grandchild in child.children if grandchild.dep_ == "pobj"), head)
        spokesperson = head if head.lemma_.lower() in _SPOKESPEOPLE and head.pos_ == "NOUN" else None
        for hop in range(2):
            # A named spokesperson speaks for themself ("Merkel's spokesperson, Steffen Seibert, said"); a channel
            # may be another's ("a report from the ministry's website"), but people who speak for someone stay
            # themselves, with their owner ("a statement from his office": his office).
            # A channel an actor's name covers or names in apposition is that actor ("The U.N. humanitarian office
            # (OCHA)" is OCHA, not the U.N.).
            if head.pos_ == "NOUN" and is_channel(head) and _named_in_apposition(head) is None and not (
                    hop and head.lemma_.lower() in cue_lexicon().relations) and not any(
                    self.actor_covering(token.idx, token.idx + len(token.text)) is not None
                    for token in (head, *(child for child in head.children if child.dep_ == "appos"))):
                owner = _channel_owner(head)
                if owner is not None and owner.dep_ == "compound" and owner.pos_ == "NOUN" and \
                        not self._named_before_it(self._actor_of(owner), head.idx):
                    # "a hospital spokesperson" of no hospital the article has named stays the spokesperson
                    owner = None
                head = owner or head
        if head.pos_ == "NOUN" and is_definite(head) and self.last_unnamed is not None and \
                head.idx - self.last_unnamed[0] <= RECENT_SPEAKER_CHARS and \
                self.last_unnamed[1].text.lower().split()[-1] == head.lower_ and \
                self.actor_covering(head.idx, head.idx + len(head.text)) is None and _named_in_apposition(head) is None:
            # "According to an EU diplomat, P. The diplomat said Q": the one quoted by that role, whom no actor names.
            return Speaker(None, self.last_unnamed[1], False)
        span = self._phrase(head)
        actor = self._actor_of(head)
        if _pronoun(head) in _PERSONAL_PRONOUNS:
            span = Span.of(self.body, head.idx, head.idx + len(head.text))
        if _pronoun(head) in {"they", "we"} and actor is None and (group := _unnamed_group_before(head)) is not None:
            # "The researchers observed ... They found P": the group no actor names, by its words.
            head, span = group, self._phrase(group)
        elif _pronoun(head) in {"they", "we"} and actor is None and self.last_body is not None and \
                head.idx - self.last_body[0] <= RECENT_SPEAKER_CHARS and \
                (self.last_actor is None or self.last_body[0] > self.last_position):
            # "Day's animal foundation said P. Day, they said, desired Q": the body no actor names, quoted just
            # before, by its words.
            return Speaker(None, self.last_body[1], False)
        elif _pronoun(head) in {"he", "she"} and self.last_unnamed is not None and \
                self.last_unnamed[2] in {None, _PRONOUN_GENDERS[_pronoun(head)]} and \
                head.idx - self.last_unnamed[0] <= RECENT_SPEAKER_CHARS and self.last_unnamed[0] > self.last_position \
                and (actor is None or not self._introduced(actor, self.last_unnamed[0], head)):
            # "The commission's chairman was quoted as saying P. He also told the newspaper Q": the one quoted just
            # before, whom no actor names, unless the pronoun's actor was named as a subject since.
            return Speaker(None, self.last_unnamed[1], False)
        elif _pronoun(head) in {"he", "she"} and (subject := _unnamed_person_before(head)) is not None and \
                subject.idx > self.last_position and \
                self.actor_covering(subject.idx, subject.idx + len(subject.text)) is None and \
                _person_gender(subject) in {None, _PRONOUN_GENDERS[_pronoun(head)]} and \
                (actor is None or not self._introduced(actor, subject.idx, head)):
            # "One of the victims decided to allow her name to be made public. She said P": the one the sentence
            # before is about, whom no actor names, unless the pronoun's actor was named as a subject since.
            return Speaker(None, self._phrase(subject), False)
        if actor is None and _pronoun(head) in {"he", "she"} and self.last_spokesperson is not None and \
                self.last_spokesperson[0] == self.last_position and \
                head.idx - self.last_position <= RECENT_SPEAKER_CHARS and \
                self.last_spokesperson[2] in {None, _PRONOUN_GENDERS[_pronoun(head)]}:
            # "A spokeswoman for the Red Cross said P. She said Q": the same spokeswoman, for the same body, when no
            # one was quoted in between.
            actor = self.last_spokesperson[1]
        if actor is None and (name := _antecedent_name(head)) is not None:
            # "The advisory noted P" after "an advisory from the National Hurricane Center": who it was named for.
            actor = self._actor_of(name)
            table = actor_knowledge().descriptions.get(compact(head.lemma_))
            if actor is not None and self.is_person(actor) and table is not None and "person" not in table.kinds:
                # "X, the chief executive of software company Vireon, ... the company admitted": the name lies in
                # the person's apposition, but a company is no person.
                actor = None
            if actor is None and name.pos_ == "NOUN" and head.lemma_.lower() in _ISSUED_STATEMENTS:
                # "Her children issued a statement. '...,' the statement read": its authors, whom no actor names.
                head, span = name, self._phrase(name)
        if actor is None and head.pos_ == "NOUN" and head.tag_ != "NNS" and is_channel(head) and \
                self.last_actor is not None and \
                not self.is_person(self.last_actor) and head.idx - self.last_position <= RECENT_SPEAKER_CHARS and \
                any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
            # "The ministry confirmed a case. ... P, the report said": a document nobody was named for is that of the
            # body quoted just before ("according to the reports" are the media's, no one body's).
            actor = self.last_actor
        if actor is not None:
            if spokesperson is not None and head.i != spokesperson.i:
                self.last_spokesperson = (head.idx, actor, _noun_gender(spokesperson))
            self.last_actor, self.last_position = actor, head.idx
            return Speaker(actor, span, True, self._conjoined(head, actor))
        if (pair := self._two_named(head)):
            # "X met Y on Monday. The two leaders said P": both of them, the first named as the speaker, as for
            # speakers named together.
            self.last_actor, self.last_position = pair[0], head.idx
            return Speaker(pair[0], span, True, pair)
        if (place := self._place_described(head)) is not None:
            # "the city said P" after "a water main broke in White Plains": the city named last, by its name.
            span = place.span
        if head.pos_ == "NOUN" and head.lemma_.lower() in _COLLECTIVE_GROUPS and len(span.text.split()) == 2 and \
                is_definite(head):
            # "The team found P" after "an international team of scientists report Q": the team by the words the
            # article introduced it with ("the researchers" are named so by readers and annotators alike).
            span = self._introduced_as(head, span) or span
        if head.pos_ == "NOUN" and _is_body(head):
            self.last_body = (head.idx, span)
        elif head.tag_ == "NN" and _person_word(head):
            # (Also a relative or a woman or man no name was given: "The mother of one patient said P".)
            self.last_unnamed = (head.idx, span, _noun_gender(head))
        return Speaker(None, span, False, self._collective(head), self._owner(head))

    def _introduced_as(self, head: Token, phrase: Span) -> Span | None:
        """The first phrase of the article with the same head noun as a definite description (``head`` of
        ``phrase``), when it says more (``an international team of scientists`` for ``the team``)."""
        earlier = next((token for token in head.doc[:head.i] if token.lemma_ == head.lemma_ and token.pos_ == "NOUN"
                        and token.dep_ not in {"compound", "amod"}), None)
        if earlier is None or _within_quote_marks(earlier):
            return None
        introduced = self._phrase(earlier)
        return introduced if len(introduced.text.split()) > len(phrase.text.split()) else None

    def _conjoined(self, head: Token, actor: str) -> tuple[str, ...]:
        """Every actor named together as the speaker, the speaker first ("France and Germany said P", "Police
        Commissioner X and Mayor Y said P"); nothing for one speaker alone."""
        # (Conjuncts joined by a conjunction, after the speaker: the parser also joins "On Twitter, Wojnarowski".)
        # The names may hang on a title or plural noun in apposition ("Defence lawyers Sofia Marchetti and Luca
        # Bianchi", "Councillor Omar Haddad and City Attorney Leah Stein").
        joined = [head, *(child for child in head.children if child.dep_ == "appos" and child.pos_ == "PROPN"
                          and child.i > head.i and child.ent_type_ == "PERSON" and child.conjuncts and all(
                              conjunct.ent_type_ == "PERSON" for conjunct in child.conjuncts))]
        head = next((token for token in joined if any(
            child.dep_ == "cc" for conjunct in (token, *token.conjuncts) for child in conjunct.children)), head)
        # "Prime Minister A and Finance Minister B said": the parser may hang the first titled name on the second
        # as its modifier, the second's title a conjunct of the first name, or the first name in apposition to its
        # title, which modifies the second's.
        modifiers = [token for token in head.subtree if token.i < head.i and token.dep_ in {"nmod", "compound", "appos"}
                     and token.ent_type_ == "PERSON" and any(c.dep_ == "cc" and c.lower_ == "and"
                                                             for c in token.children)]
        if modifiers:
            members = tuple(dict.fromkeys((actor, *self._actors_named(modifiers))))
            return members if len(members) > 1 else ()
        if not any(child.dep_ == "cc" for token in (head, *head.conjuncts) for child in token.children):
            return ()
        # A conjunct described and named in apposition is the one named ("A and his French counterpart, B, said").
        conjuncts = [next((child for child in token.children if child.dep_ == "appos" and child.pos_ == "PROPN"),
                          token) if token.pos_ == "NOUN" else token
                     for token in head.conjuncts if token.pos_ in {"PROPN", "NOUN"} and token.i > head.i]
        members = tuple(dict.fromkeys((actor, *self._actors_named(conjuncts))))
        return members if len(members) > 1 else ()

    def _actors_named(self, tokens: Iterable[Token]) -> tuple[str, ...]:
        """The actors that cover the words, each once, in order; a word no actor covers gives none."""
        return tuple(dict.fromkeys(actor for token in tokens if (
            actor := self.actor_covering(token.idx, token.idx + len(token.text))) is not None))

    def _owner(self, head: Token) -> str | None:
        """Whose people a description names (``his lawyers``, ``her family``, ``the family of X``, the ``relations``
        of ``cues.json``): the actor the pronoun or name was resolved to."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in cue_lexicon().relations:
            return None
        owner = next((child for child in head.children if child.dep_ == "poss" and child.tag_ == "PRP$"), None) \
            or _related_to(head)
        return None if owner is None else self.actor_covering(owner.idx, owner.idx + len(owner.text))

    def _place_described(self, head: Token) -> Place | None:
        """The place a definite description of a local government refers to (``the city``, ``the county``): the
        last place of that feature named before it."""
        features = _PLACE_DESCRIPTIONS.get(head.lemma_.lower()) if head.pos_ == "NOUN" else None
        if features is None or not any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
            return None
        before = [place for place in self.places if place.span.end <= head.idx and place.form == "name"
                  and place.feature in features]
        return before[-1] if before else None

    def _phrase(self, head: Token) -> Span:
        """The speaker's words: its phrase ("Azerbaijan's Deputy Foreign Minister Fariz Rzayev", "a resident of
        the town") without a trailing apposition or relative clause (", an analyst at ...", ", who said")."""
        right = head
        for child in head.rights:
            # A participle is part of a description ("scientists studying patients in Zhuhai", "videos posted on
            # social media"), unless it is itself the cue's phrase ("the presidents, calling for a halt").
            participle = child.dep_ == "acl" and child.tag_ in {"VBG", "VBN"} and (not any(
                _cue_range(token) is not None for token in child.subtree) or (
                child.tag_ == "VBN" and child.lemma_.lower() in _ISSUING_VERBS))
            # A time is when they spoke, not who they are ("officials on Saturday", "Reports as of Wednesday").
            when = child.dep_ == "prep" and any(token.ent_type_ in {"DATE", "TIME"} for token in child.subtree)
            # Nor what they called someone ("named by police as Musa Bello").
            named_as = child.dep_ == "prep" and child.lower_ == "as"
            # Nor a clause they said, read as a relative clause on them ("claimed by the opposition that P").
            said = child.dep_ in {"relcl", "acl"} and child.left_edge.lower_ == "that" and \
                child.left_edge.dep_ not in _SUBJECT_DEPS
            if (child.dep_ not in _SPEAKER_MODIFIERS and not participle) or when or named_as or said:
                break
            right = child.right_edge
        if head.dep_ == "nsubj" and (split := next(
                (child for child in head.head.children if child.dep_ == "nsubj" and child.pos_ == "PROPN"
                 and child.left_edge.i == right.i + 1), None)) is not None:
            right = split.right_edge  # "The family of murdered teenager | Jamal Wright": the name the parser split off
        if head.dep_ == "csubj":
            right = head.right_edge  # "Save the Children": a name the parser read as a clause
        left = head.left_edge
        while left.i < head.i and (left.is_punct or left.is_space):
            # The closing mark of a quote the parser hung on its speaker ('," Ortega wrote').
            left = left.nbor(1)
        return Span.of(self.body, *_trimmed(self.body, left.idx, right.idx + len(right.text)))

    def _collective(self, head: Token) -> tuple[str, ...]:
        """The two states of the article that ``both sides``, ``each side``, ``the two countries`` or ``both``
        stand for: the two governments named most often, when there are at least two. ``The couple``, ``the pair``
        and ``the duo`` stand for the last two people named together."""
        if head.lemma_.lower() in _PAIR_HEADS:
            return self._pair_before(head)
        named = next((child for child in head.children if child.dep_ == "appos" and child.pos_ == "PROPN"), None)
        if head.tag_ == "NNS" and named is not None:
            # "The study's lead authors, Wilson and Nick Hawco, ... They found P": the people the plural names, when
            # an actor covers each name.
            names = (named, *named.conjuncts)
            people = self._actors_named(names)
            if len(names) > 1 and len(people) == len(names):
                return people
        words = {head.lower_, *(child.lower_ for child in head.children if child.dep_ in {"det", "nummod", "predet"})}
        table = actor_knowledge().descriptions.get(compact(head.lemma_))
        if ("both" in words or "two" in words) and table is not None and "BUS" in table.sectors:
            # "Alpenflug and NordicSky agreed to merge. ..., the two companies said": the two named together.
            return self._pair_before(head, kind="organization")
        if not ("both" in words or "each" in words or "two" in words) or head.lemma_.lower() not in _COLLECTIVE_HEADS:
            return ()
        states = sorted((actor for actor in self.actors if actor.kind == "government" and actor.key.count(":") == 1),
                        key=lambda actor: -len(actor.mentions))
        return tuple(actor.id for actor in states[:2]) if len(states) >= 2 else ()

    def _two_named(self, head: Token) -> tuple[str, ...]:
        """The two actors ``the two leaders``, ``both men`` or ``the two companies`` stand for: the two of that kind
        last named together, else the only two of it named by name in the sentence before (``X met Y``, ``X agreed
        to merge with Y``). Bodies by a noun ``descriptions.tsv`` admits organisations or outlets for."""
        if _pronoun(head) == "they":
            return self._subjects_before(head)
        words = {child.lower_ for child in head.children if child.dep_ in {"det", "nummod", "predet"}}
        if head.tag_ != "NNS" or not words & {"both", "two"} or head.lemma_.lower() in cue_lexicon().relations:
            return ()
        kinds: tuple[str, ...]
        if _person_word(head):
            kinds = ("person",)
        else:
            table = actor_knowledge().descriptions.get(compact(head.lemma_))
            kinds = tuple(sorted(table.kinds & {"organization", "outlet"})) if table is not None else ()
        for kind in kinds:
            if pair := self._pair_before(head, kind):
                return pair
        if not kinds or head.sent.start == 0:
            return ()
        previous = head.doc[head.sent.start - 1].sent
        named = tuple(dict.fromkeys(actor_id for _, actor_id in sorted(
            (mention.start, actor.id) for actor in self.actors if actor.kind in kinds for mention in actor.mentions
            if previous.start_char <= mention.start < previous.end_char and mention.text[:1].isupper()
            and mention.text.lower() not in _PERSONAL_PRONOUNS)))
        return named if len(named) == 2 else ()

    def _subjects_before(self, pronoun: Token) -> tuple[str, ...]:
        """The two people or bodies that are the subject of the sentence before ``they`` ("Anna Berg and Tomas Lind
        met in Oslo. They said P")."""
        if pronoun.sent.start == 0:
            return ()
        previous = pronoun.doc[pronoun.sent.start - 1].sent
        subject = next((child for child in previous.root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
        others = [child for child in subject.children if child.dep_ == "conj"] if subject is not None else []
        if subject is None or len(others) != 1:
            return ()
        pair = [self.actor_covering(t.idx, t.idx + len(t.text)) for t in (subject, others[0])]
        if pair[0] is None or pair[1] is None or pair[0] == pair[1] or not all(
                actor.kind in {"person", "organization", "outlet"} for actor in self.actors if actor.id in pair):
            return ()
        return (pair[0], pair[1])

    def _pair_before(self, head: Token, kind: str = "person") -> tuple[str, ...]:
        """The two actors of ``kind`` last named together (``X and Y``) in the sentence of ``head`` or the four
        before it."""
        first = head.sent.start
        for _ in range(4):
            if first > 0:
                first = head.doc[first - 1].sent.start
        for token in reversed(head.doc[first:head.i]):
            if token.dep_ != "conj" or token.pos_ != "PROPN" or token.head.pos_ != "PROPN":
                continue
            pair = [self.actor_covering(t.idx, t.idx + len(t.text)) for t in (token.head, token)]
            if pair[0] is not None and pair[1] is not None and pair[0] != pair[1] and all(
                    any(actor.id == member and actor.kind == kind for actor in self.actors) for member in pair):
                return (pair[0], pair[1])
        return ()

    def _actor_of(self, head: Token) -> str | None:
        # "The 58-year-old said", also before a title ("The 52-year-old former Danish MEP added").
        # (Not before other words: "47-year-old X's government office".)
        aged = head if _age_of(head) is not None else (
            _age_before(head) if actor_knowledge().is_role_word(head.lower_) else None)
        if aged is not None and (age := _age_of(aged)) is not None:
            return self._aged(age, head.idx)
        if head.pos_ == "PROPN" and (named := self._person_among([head])) is not None and self._names(named, head):
            # A person's name is the speaker, whatever follows it ("X, the mayor of Y, Z province"; "Greg Barton,
            # Chair In Global Islamic Politics at ..."); a title is not ("The Senate Minority Leader, Chuck Schumer").
            return named
        # A name in apposition names the speaker ("The Senate Minority Leader, Chuck Schumer, said").
        # Not a name the parser hung on the speaker from inside a quote ('McCartney wrote, "Ginger Baker, great
        # drummer, ..."').
        appositions = [child for child in head.children if child.dep_ == "appos" and not _marks_between(head, child)]
        # So does a name it is "known as" ("The electoral commission, known as INEC, said").
        known_as = [name for child in head.children if child.dep_ == "acl" and child.lemma_.lower() == "know"
                    for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "as"
                    for name in prep.children if name.dep_ == "pobj"]
        for child in [*appositions, *known_as]:
            if child.pos_ == "PROPN":
                named = self.actor_covering(child.idx, child.idx + len(child.text))
                if named is not None:
                    return named
        # A person named in a description in apposition ("the Institute's director, Dr. Anthony Fauci, said"), not
        # inside one of its prepositional phrases ("a nurse in Stepanakert").
        # Nor a possessor ("Sadie Weiner, Hagan's former spokeswoman": Hagan is whose spokeswoman she is).
        for child in appositions:
            named = self._person_among(t for t in child.subtree if t.pos_ == "PROPN"
                                       and not _under(t, child, _POSSESSOR)
                                       and not any(a.dep_ == "prep" for a in t.ancestors
                                                   if a.i != child.i and child.is_ancestor(a)))
            if named is not None:
                return named
        if _related_to(head) is not None:
            # "The family of Marcus Ellery called for P", "Lawyers for Smith said P": they speak, not the one they
            # are related to (who is their owner).
            return None
        if _pronoun(head) in {"he", "she"} and self._recent_person(head.idx) and self.last_actor is not None and \
                not self._leans_other(self.last_actor, _pronoun(head)):
            # "He said" right after someone was quoted is that speaker: in news copy this beats the nearest
            # compatible subject that general coreference picks, unless that subject was named as the subject of a
            # sentence after the quote ('"...," Cengiz said. Agnès Callamard ... cautioned P. "...," she said').
            picked = self.actor_covering(head.idx, head.idx + len(head.text))
            if picked is not None and picked != self.last_actor and self.is_person(picked) and (
                    self._introduced(picked, self.last_position, head) or (
                        self._name_gender(picked) == _PRONOUN_GENDERS[_pronoun(head)]
                        and self._name_gender(self.last_actor) is None)):
                # (Or the one whose given name tells the pronoun's gender, where the speaker's tells none: "Coach
                # Tunde Bakare praised sprinter Grace Adeyemi. She said P".)
                return picked
            return self.last_actor
        table = actor_knowledge().descriptions.get(compact(head.lemma_)) if head.pos_ == "NOUN" else None
        if table is not None and "organization" in table.kinds and "person" not in table.kinds:
            # "The CGT union said", "the Vireon company": the organisation the noun's name word is.
            named = next((actor.id for child in head.children if child.dep_ == "compound" and child.pos_ == "PROPN"
                          for actor in self.actors if actor.kind == "organization" and any(
                              m.start <= child.idx < m.end for m in actor.mentions)), None)
            if named is not None:
                return named
        # A title heading a name ("Mayor of London Sadiq Khan"): the person named inside the phrase, even when the
        # title's place is coded as a government.
        # Not a name inside an apposition that describes a place ("The governor of Louisiana, a U.S. state, ...").
        # Nor what the speaker called someone ("The victim was named by police as Musa Bello"), nor the place or
        # body someone is of or at ("a resident of Boni", whose name the small model may take for a person's; "a
        # patient at St Mary's Hospital").
        at_place = head.pos_ == "NOUN" and head.lemma_.lower() in _PEOPLE_AT_PLACES
        # Nor where one of the group the phrase names is from ("Several witnesses, including a journalist from the
        # Daily Star"; the members it names by name stay: "countries including Algeria and Morocco").
        named_as = {t.i for child in head.children if child.dep_ == "prep" and (
                    child.lower_ == "as" or (at_place and child.lower_ in {"of", "at", "from", "in"}) or (
                        child.lower_ == "including" and any(c.dep_ == "pobj" and c.pos_ == "NOUN"
                                                            for c in child.children)))
                    for t in child.subtree}
        described = named_as | {t.i for appos in head.subtree if appos.dep_ == "appos" and appos.i != head.i
                                for t in appos.subtree}
        # Nor a name in a clause on the phrase: a relative clause ("Some of the protesters Wikinews interviewed",
        # not a name read as one: "producer Who Gives a Crap") or the statement of a participle cue ("groups
        # claiming the U.S. election was stolen"), nor where a participle puts it ("A study published in the
        # Journal of the American Medical Association": the journal printed it).
        # Nor the owner of a thing named in a phrase on it ("Critics from across Britain's political spectrum"),
        # where no body of the owner's is that thing ("officials at Russia's defence ministry" are the ministry's).
        names = [t for t in head.subtree if t.pos_ == "PROPN" and t.i > head.i and t.dep_ not in {"pobj"}
                 and t.i not in described and not _under(t, head, _AGENT) and not (
                     t.dep_ == "poss" and t.head.pos_ == "NOUN" and self.actor_covering(
                         t.head.idx, t.head.idx + len(t.head.text)) is None)
                 and not any((a.dep_ == "relcl" and not a.is_title) or (
                     a.dep_ == "acl" and _cue_class_of(a) is not None) or (
                     a.dep_ == "prep" and a.lower_ in {"in", "at", "on"} and a.head.dep_ == "acl")
                     for a in itertools.takewhile(lambda a: a.i != head.i, t.ancestors))]
        # The head word decides (``Rzayev`` in ``Azerbaijan's ... Fariz Rzayev``): a modifier's actor is not the
        # speaker (``Azerbaijani`` in ``the Azerbaijani diplomat``).
        actor = self.actor_covering(head.idx, head.idx + len(head.text))
        if actor is not None and self.is_person(actor):
            return actor
        # A person named after the title wins over the title's place, also as the object of its "of" ("Mayor of
        # London Sadiq Khan").
        # Not a name inside a relative clause on the phrase ("Two of the firms' executives, who testified against
        # Brandt, told the jury": the executives speak).
        person = self._person_among(t for t in reversed(list(head.subtree)) if t.pos_ == "PROPN" and t.i > head.i
                                    and not _under(t, head, _POSSESSOR | _RELATIVE_CLAUSE | _AGENT)
                                    and t.i not in named_as)
        if person is not None or actor is not None:
            return person or actor
        if head.tag_ == "NNS" and actor_knowledge().is_role_word(head.lemma_.lower()) and any(
                grandchild.dep_ == "pobj" and any(c.dep_ == "conj" for c in grandchild.children)
                for child in head.children if child.dep_ == "prep" and child.lower_ in {"of", "from"}
                for grandchild in child.children):
            # "Leaders of Ghana, Togo and Benin pledged P", "Ministers from Kenya, Uganda and Tanzania said P":
            # several countries' leaders, none of them.
            return None
        for name in reversed(names):
            named = self.actor_covering(name.idx, name.idx + len(name.text))
            if named is not None:
                return named
        if _pronoun(head) in {"they", "we"}:
            # A plural pronoun the actor resolver left alone is a group it could not name ("The researchers found
            # ... They reported"): never the one person quoted before; a body or group quoted before, else nobody.
            # An unnamed group the subject of a sentence since then is nearer ("Moscow said P. On Thursday, the
            # presidents of Russia, the United States and France issued a statement. They called for Q").
            if (group := _unnamed_group_before(head)) is not None and group.idx > self.last_position and \
                    group.head.dep_ == "ROOT":
                return None
            if self.last_actor is not None and not self.is_person(self.last_actor):
                return self.last_actor
            # "The NBA did not name the player. They did say P": the body that is the last sentence's subject.
            return self._previous_subject_body(head)
        if _pronoun(head) in {"he", "she"}:
            # A pronoun the actor resolver left alone: in news copy it is the person quoted just before, else the
            # last person named before it (not a body quoted in between: 'Sky News reported P. Dave Meltzer
            # tweeted ... He said "..."').
            if self.last_actor is not None and self.is_person(self.last_actor) and \
                    not self._leans_other(self.last_actor, _pronoun(head)):
                return self.last_actor
            return self._named_before(head.idx, {"person"}, pronoun=_pronoun(head))
        if _pronoun(head) in _PERSONAL_PRONOUNS:
            # "it" is no person ("It also called for records" after a person was quoted is a body).
            body = self.last_actor if self.last_actor is not None and not self.is_person(self.last_actor) else None
            return body or self._named_before(head.idx, {"organization", "government", "country", "group"})
        # A title capitalised as a name ("the Pope", "the Prime Minister") describes like a common noun.
        titled = head.pos_ == "PROPN" and actor_knowledge().is_role_word(head.lower_) and any(
            child.dep_ == "det" and child.lower_ == "the" for child in head.children)
        if head.lemma_.lower() in _SPOKESPEOPLE and any(child.dep_ == "det" and child.lower_ in {"a", "an"}
                                                       for child in head.children) and not any(
                child.dep_ in {"prep", "appos", "poss"} for child in head.children):
            # "The University of Groningen announced P. A spokesman said Q": an unnamed spokesperson speaks for the
            # one quoted just before, else for the body the sentence before is about. One of a body ("A council
            # spokesman") speaks for no person quoted before.
            bodies = [actor_knowledge().descriptions[child.lemma_.lower()] for child in head.children
                      if child.dep_ == "compound" and child.pos_ == "NOUN" and _is_body(child)]
            if self.last_actor is not None and head.idx - self.last_position <= RECENT_SPEAKER_CHARS:
                # Nor one of another kind of body ("Reuters reported P. A government spokesman said Q").
                last_kind = next(actor.kind for actor in self.actors if actor.id == self.last_actor)
                return None if bodies and not any(last_kind in body.kinds for body in bodies) else self.last_actor
            return self._previous_subject_body(head)
        if head.lower_ in {"former", "latter"} and any(child.dep_ == "det" for child in head.children):
            return self._former_or_latter(head)
        if head.pos_ == "NOUN" or titled:
            return self._described(head)
        if head.pos_ == "PROPN" and head.is_title:
            # '"We won," Ekomi told supporters': a surname the NER left out is the one person named in full with it.
            full_names = {actor.id for actor in self.actors if actor.kind == "person" and len(actor.name.split()) > 1
                          and surname(actor.name) == head.text}
            if len(full_names) == 1:
                return full_names.pop()
        return self._national(head)

    def _national(self, head: Token) -> str | None:
        """The person a nationality describes ("Argentine striker Diego Ferraro ... The Argentine said"): the person
        of that country named last before it."""
        match = actor_knowledge().country_phrases.get(head.text)
        # ("The French", "the Chinese", "the Swiss" are a people, no one person.)
        # (Also one of its people by a noun of their own: "the Spaniard", "the Briton".)
        if match is None or match.how not in {"demonym", "people"} or head.tag_ not in {"NNP", "NN"} or \
                head.lower_.endswith(("sh", "ch", "ese", "ss")) or not any(
                child.dep_ == "det" and child.lower_ == "the" for child in head.children):
            return None
        iso3 = match.country.iso3
        best: tuple[int, str] | None = None
        for actor in self.actors:
            if actor.kind == "person" and actor.country == iso3:
                for mention in actor.mentions:
                    if mention.end <= head.idx and (best is None or mention.end > best[0]):
                        best = (mention.end, actor.id)
        return best[1] if best else None

    def _previous_subject_body(self, pronoun: Token) -> str | None:
        """The body (not a person) that is the subject of the main verb of the sentence before ``pronoun``'s."""
        if pronoun.sent.start == 0:
            return None
        root = pronoun.doc[pronoun.sent.start - 1].sent.root
        subject = next((child for child in root.children if child.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            return None
        actor = self.actor_covering(subject.idx, subject.idx + len(subject.text))
        return actor if actor is not None and not self.is_person(actor) else None

    def _names(self, actor_id: str, token: Token) -> bool:
        """Whether ``token`` is a word of the actor's name, not of a title or description mentioning it."""
        return any(actor.id == actor_id and token.lower_ in actor.name.lower().split() for actor in self.actors)

    def is_person(self, actor_id: str) -> bool:
        return any(actor.id == actor_id and actor.kind == "person" for actor in self.actors)

    def _person_among(self, tokens: Iterable[Token]) -> str | None:
        for token in tokens:
            actor = self.actor_covering(token.idx, token.idx + len(token.text))
            if actor is not None and self.is_person(actor):
                return actor
        return None

    def _leans_other(self, actor_id: str, pronoun: str) -> bool:
        """Whether the actor resolver gave the actor at least two more pronouns of the other gender than of
        ``pronoun``'s (one stray "her" does not unmake a man), or its given name tells the other gender and no
        pronoun of ``pronoun``'s went to it ("She said" after Carlos Mena was quoted is not his)."""
        male, female = {"he", "him", "his", "himself"}, {"she", "her", "hers", "herself"}
        same, other = (male, female) if pronoun == "he" else (female, male)
        actor = next((actor for actor in self.actors if actor.id == actor_id), None)
        if actor is None:
            return False
        texts = [mention.text.lower() for mention in actor.mentions]
        if sum(text in other for text in texts) >= sum(text in same for text in texts) + 2:
            return True
        expected = _PRONOUN_GENDERS[pronoun]
        honorifics = actor_knowledge().honorifics
        titled = {honorifics.get(compact(found.group(1))) for mention in actor.mentions
                  if (found := _WORD_BEFORE.search(self.body, max(0, mention.start - 8), mention.start)) is not None}
        if titled - {None} and expected not in titled and not any(text in same for text in texts):
            # "Mr Whitcombe asked P. She conceded Q": a courtesy title tells his gender.
            return True
        named = self._name_gender(actor_id)
        return named is not None and named != expected and not any(text in same for text in texts)

    def _name_gender(self, actor_id: str) -> str | None:
        """The gender a person's given name tells, if any."""
        actor = next((actor for actor in self.actors if actor.id == actor_id), None)
        words = actor.name.split() if actor is not None and actor.kind == "person" else []
        return given_name_gender(words[0]) if len(words) > 1 else None

    def _recent_person(self, position: int) -> bool:
        """Whether the last resolved speaker is a person quoted within ``RECENT_SPEAKER_CHARS`` before ``position``."""
        if self.last_actor is None or position - self.last_position > RECENT_SPEAKER_CHARS:
            return False
        return self.is_person(self.last_actor)

    def _introduced(self, actor_id: str, since: int, pronoun: Token) -> bool:
        """Whether the actor is named, as the subject of a sentence's main verb, after ``since`` and before the
        pronoun."""
        for actor in self.actors:
            for mention in actor.mentions if actor.id == actor_id else ():
                if not since < mention.start < pronoun.idx or not mention.text[:1].isupper() or \
                        mention.text.lower() in _PERSONAL_PRONOUNS:
                    continue
                span = pronoun.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                root = span.root if span is not None else None
                while root is not None and root.dep_ in {"appos", "conj"}:
                    root = root.head
                # A subject, also of a passive ("Coach X was asked about the job. '...,' he said"), or what a
                # sentence of being names ("One is Denis Kovalchuk, a student").
                # So is the agent of a passive whose subject is a thing ("The study was led by Dr. Ana Ruiz").
                if root is not None and ((root.head.dep_ == "ROOT" and (
                        root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "attr" and root.head.lemma_ == "be")))
                        or (is_agent_of_thing(root) and root.head.head.dep_ == "ROOT")):
                    return True
        return False

    def _former_or_latter(self, head: Token) -> str | None:
        """``the former`` / ``the latter``: the first or last of the actors last named together (``X and Y``) in
        the sentence of ``head`` or the one before."""
        start = head.sent.start
        if start > 0:
            start = head.doc[start - 1].sent.start
        for token in reversed(head.doc[start:head.i]):
            if token.dep_ != "conj" or token.head.i >= token.i:
                continue
            conjuncts = [token.head, *token.head.conjuncts]
            named = [actor for conjunct in sorted(conjuncts, key=lambda t: t.i)
                     if (actor := self.actor_covering(conjunct.idx, conjunct.idx + len(conjunct.text))) is not None]
            if len(named) >= 2:
                return named[0] if head.lower_ == "former" else named[-1]
        return None

    def _named_before_it(self, actor_id: str | None, position: int) -> bool:
        """Whether an actor is mentioned before a position."""
        return any(mention.end <= position for actor in self.actors if actor.id == actor_id
                   for mention in actor.mentions)

    def _aged(self, age: str, position: int) -> str | None:
        """The person ``the 58-year-old`` refers back to: the one whose age the article gave as that (``Banda, 58,``,
        ``58-year-old Banda``), else the person named last, as news copy uses it."""
        given = re.compile(rf",\s*{age}\b")  # matched where a mention ends
        before = re.compile(rf"\b{age}-year-old\s+$")
        aged = [(mention.end, actor.id) for actor in self.actors if actor.kind == "person" for mention in actor.mentions
                if mention.end <= position and (given.match(self.body, mention.end) or before.search(
                    self.body, max(0, mention.start - 20), mention.start))]
        return max(aged)[1] if aged else self._named_before(position, {"person"})

    def _named_before(self, position: int, kinds: set[str], *, pronoun: str | None = None) -> str | None:
        """The actor of one of ``kinds`` mentioned last before ``position``; with ``pronoun`` (he, she), one the
        article does not give the other gender."""
        best: tuple[int, str] | None = None
        for actor in self.actors:
            if actor.kind not in kinds or (pronoun is not None and self._leans_other(actor.id, pronoun)):
                continue
            for mention in actor.mentions:
                if mention.end <= position and (best is None or mention.end > best[0]):
                    best = (mention.end, actor.id)
        return best[1] if best else None

    def _described(self, head: Token) -> str | None:
        """The actor a description names (``the French president``, ``the mayor``): the one whose roles or name
        contain the head word, of the country its adjective names, mentioned last before it. An indefinite one
        ("one diplomat", "a diplomat", "another official") is someone new, none of them."""
        if any((child.dep_ == "det" and child.lower_ in {"a", "an", "another"}) or (
                child.dep_ == "nummod" and child.lower_ == "one") for child in head.children):
            return None
        word = head.lemma_.lower()
        countries = {actor.country for child in head.children if child.dep_ in {"amod", "compound", "poss"}
                     for actor in self.actors if actor.country and any(
                         m.start <= child.idx < m.end for m in actor.mentions)}
        qualifiers = _qualifiers(head)
        # A plural is no one person ("the authors" are not the co-author named before).
        kinds = {"organization", "government"} if head.tag_ == "NNS" else {"person", "organization", "government"}
        # The description table's cue words name synonyms of a title ("the envoy" for a special representative,
        # "the minister" for an Education Secretary); a description without cue words admits too much here.
        table = actor_knowledge().descriptions.get(compact(word))
        synonyms = table if table is not None and table.cues and not qualifiers else None
        # A word of an actor's name describes that actor with a determiner ("the ministry", "the rally") or when
        # the table has it ("Police said"); bare, a word no table knows begins a name of its own ("Transport for
        # London told" is not British Transport Police).
        named_by_word = table is not None or any(child.dep_ in {"det", "poss"} for child in head.children)
        # A state's body by its portfolio ("the interior ministry") is none of another portfolio (the Foreign
        # Ministry quoted before).
        modifiers = [child.lower_ for child in head.children if child.dep_ in {"amod", "compound"} and child.i < head.i]
        body = actor_knowledge().bodies.get(" ".join([*modifiers, head.lower_])) if modifiers else None
        portfolio = body.key_template.split(":", 2)[2] if body is not None and body.key_template.count(":") == 2 \
            else None
        described = [
            actor for actor in self.actors
            if actor.kind in kinds and (portfolio is None or actor.key.endswith(f":{portfolio}"))
            and (any(word == head_word(role) and qualifiers <= set(role.lower().split()) for role in actor.roles)
                 or (named_by_word and word in actor.name.lower().split()
                     and qualifiers <= set(actor.name.lower().split()))
                 or (actor.kind == "person" and not qualifiers and self._titled(actor, head))
                 or (synonyms is not None and synonyms.admits(actor.kind, actor.sector, actor.key,
                                                              description_facts(actor.roles, actor.name, actor.key))))
        ]
        candidates = [actor for actor in described if not countries or actor.country in countries]
        best: tuple[int, str] | None = None
        # An indefinite description brings in someone new ("An Israeli military official said" after a Hamas
        # official was named): it refers back to no one.
        indefinite = any(child.dep_ == "det" and child.lower_ in {"a", "an"} for child in head.children)
        for actor in [] if indefinite else candidates:
            before = [m.end for m in actor.mentions if m.end <= head.idx]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), actor.id)
        if best is None and table is not None and "organization" in table.kinds and not qualifiers and \
                not countries and self.last_actor is not None and \
                head.idx - self.last_position <= RECENT_SPEAKER_CHARS and \
                any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
            # "Charité said P. The hospital also asked for patience": the body quoted just before, when nothing
            # tells what kind of body it is (no sector, no word of its kind in its name).
            last = next((actor for actor in self.actors if actor.id == self.last_actor), None)
            if last is not None and last.kind == "organization" and last.sector is None:
                return last.id
        if best is None:
            return self._named_later(head, [actor for actor in described
                                            if not countries or actor.country in countries | {None}])
        return best[1]

    def _named_later(self, head: Token, described: list[Actor]) -> str | None:
        """A wire lead describes before it names ("Indonesia ..., its trade minister said", "police said" before
        "Greater Manchester Police", "a government spokesman said" before "Government spokesman Tomas Ugarte"): the
        one actor the article names so soon after (whose country it may not give), when the description's word was
        not used before (the ministry of "Foreign ministry spokesperson Wang" is no ministry named later)."""
        determiners = [child for child in head.children if child.dep_ in {"det", "poss"}]
        # A headline drops the article ("Teachers strike, minister says").
        headline = head.sent.start == 0 and head.tag_ == "NN"
        if len(described) != 1 or not (
                any(child.lower_ in {"the", "its", "their", "a", "an"} for child in determiners)
                or ((_is_body(head) or headline) and not determiners)):
            return None
        if any(token.lemma_.lower() == head.lemma_.lower() for token in head.doc[:head.i]):
            return None
        (actor,) = described
        first = min((m.start for m in actor.mentions), default=len(self.body))
        return actor.id if head.idx < first <= head.idx + RECENT_SPEAKER_CHARS else None

    def _titled(self, actor: Actor, head: Token) -> bool:
        """Whether a mention of the person comes right after the head word of a description (``archbishop Jorge
        Scheinig``, ``the archbishop, Jorge Scheinig``) in one phrase with it: a title the actor resolver did not
        take for a role. Not across a clause ("According to his publicist, Mendez died")."""
        word = head.lemma_.lower()
        title = re.compile(rf"\b(?i:{re.escape(word)}),?\s+(?:[A-Z][\w.-]*\s+){{0,2}}$")
        doc = head.doc
        for mention in actor.mentions:
            # Only a mention by name counts: "study co-author Karen Alley" does not make "study" her title.
            found = title.search(self.body, max(0, mention.start - 60), mention.start)
            if found is None or not mention.text[:1].isupper():
                continue
            titled = doc.char_span(found.start(), found.start() + len(word), alignment_mode="expand")
            named = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if titled is None or named is None:
                continue
            title_token, name_token = titled.root, named.root
            if title_token.is_ancestor(name_token) or name_token.is_ancestor(title_token) or \
                    title_token.head.i == name_token.head.i:
                return True
        return False


# -- drafts: quotes found, speakers not yet resolved ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Draft:
    """A quote before its speaker is resolved. Drafts are resolved in text order, so that a pronoun or an
    unattributed quoted paragraph finds the speaker quoted just before."""

    kind: str
    contents: tuple[tuple[int, int], ...]  # one per segment of the utterance
    cue: tuple[int, int] | None
    cue_class: str | None
    cue_token: Token | None
    speaker_head: Token | None
    confidence: float

    @property
    def position(self) -> int:
        return self.cue[0] if self.cue else self.contents[0][0]


@functools.lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    """The lemmas (lower case) a cue can have: a speech verb, a document verb, or the first words of a phrase
    (``say`` of ``went on to say`` among them)."""
    lexicon = cue_lexicon()
    return frozenset({*lexicon.verbs, *lexicon.document_verbs, *lexicon.estimate_verbs, *lexicon.gesture_verbs,
                      *lexicon.as_verbs, *lexicon.phrase_heads, "say"})


def _cue_range(cue: Token) -> tuple[int, int, str] | None:
    if cue.lemma_.lower() not in _cue_lemmas():
        return None  # asked of nearly every word of an article: most have a lemma no cue has
    phrase = _phrase_cue(cue)
    if phrase is not None:
        return phrase
    cue_class = _cue_class_of(cue)
    return (cue.idx, cue.idx + len(cue.text), cue_class) if cue_class else None


def _inside(position: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


class _Quoted:
    """``_inside(position, ranges)`` for many positions of one body: a flag per character instead of a scan of
    every range for each word of the article."""

    def __init__(self, ranges: Sequence[tuple[int, int]], length: int) -> None:
        self.ranges = ranges
        self.flags = bytearray(length)
        for start, end in ranges:
            start, end = max(start, 0), min(end, length)
            if start < end:
                self.flags[start:end] = b"\x01" * (end - start)

    def __contains__(self, position: int) -> bool:
        if 0 <= position < len(self.flags):
            return bool(self.flags[position])
        return _inside(position, self.ranges)  # beyond the body: no flag, so ask the ranges themselves


def _overlaps(span: tuple[int, int], ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in ranges)


def _attribution_cue(doc: Doc, start: int, end: int, quoted: list[tuple[int, int]], *, last: bool = False,
                     ) -> Token | None:
    """The speech cue in the text between ``start`` and ``end`` that lies outside every quote: the first one, or
    with ``last`` the one nearest the end (before a quote, the cue next to it introduces it)."""
    window = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if window is None:
        return None
    cues = [token for token in window
            if not token.is_space and not _inside(token.idx, quoted) and _cue_range(token) is not None
            # a poll shows no quote, nor does an estimate
            and token.lemma_.lower() not in cue_lexicon().document_verbs
            and token.lemma_.lower() not in cue_lexicon().estimate_verbs
            # nor does a participle before its noun ("according to agreed facts", "the alleged attack"), nor the
            # passive of a verb that reports only a clause ('the issue should be decided by Congress: "..."')
            and not (token.dep_ == "amod" and token.tag_ == "VBN" and token.head.i > token.i
                     and token.head.pos_ == "NOUN")
            and not (token.lemma_.lower() in cue_lexicon().clause_only
                     and any(child.dep_ == "auxpass" for child in token.children))]
    if not cues:
        return None
    if last:
        # The verb nearest the quote introduces it, not a noun after that verb ('concede, saying before the call
        # for Biden, "..."').
        verbs = [token for token in cues if token.pos_ in {"VERB", "AUX"}]
        return (verbs or cues)[-1]
    return cues[0]


_ATTRIBUTION_WORDS = frozenset({"said", "says", "added", "adds", "told", "asked", "explained", "continued", "noted",
                                "stressed", "emphasized", "emphasised", "insisted", "wrote", "argued", "warned",
                                "replied", "responded", "answered", "shouted", "yelled", "recalled", "tweeted",
                                "posted", "remarked", "claimed", "admitted", "declared", "stated", "observed",
                                "quipped", "joked", "countered", "concluded", "cautioned", "acknowledged",
                                "commented", "suggested", "urged", "pleaded", "conceded", "predicted", "vowed"})


def _group_utterances(body: str, segments: list[Segment]) -> list[list[Segment]]:
    """Segments of one utterance: a quote continued in the next paragraph, or split by a short attribution
    (``"...," he said. "..."``)."""
    groups: list[list[Segment]] = []
    for index, segment in enumerate(segments):
        if groups:
            previous = groups[-1][-1]
            gap = body[previous.end + 1:segment.start - 1]
            continued = previous.continues and segment.paragraph > previous.paragraph and not gap.strip()
            # The attribution between two segments ends where the second opens ("...," he said. "..."); text
            # after the gap's last full stop introduces a new quote ("... yesterday. Stoltenberg wrote, "...").
            after_stop = re.split(r"[.!?]\s", gap)[-1] if re.search(r"[.!?]\s", gap) else ""
            # A quote that ends its sentence followed by a new sentence ('... unprecedented." He said, "...') is
            # over: the next quote is another utterance with a cue of its own.
            ended = re.search(r"[.!?]\]?$", body[previous.start:previous.end].rstrip()) is not None and \
                gap.lstrip()[:1].isupper()
            split_by_cue = (
                segment.paragraph == previous.paragraph and not ended and 0 < _words(gap) <= MAX_SPLIT_ATTRIBUTION_WORDS
                and any(word.strip(",.").lower() in _ATTRIBUTION_WORDS for word in gap.split())
                and not after_stop.strip()
                # The attribution ends at a stop or comma, or with its verb, before the quote goes on ('"...," he
                # said, "..."'); not in a clause that quotes a phrase of its own ('said he was "a genius", while Fry
                # said he was "irreplaceable"').
                and (re.search(r"[,.:;—–-]$", gap.rstrip()) is not None
                     or gap.split()[-1].strip(",.").lower() in _ATTRIBUTION_WORDS)
                # ('"...," Tanabe said, adding that Japan would respond "calmly": a clause of its own between.)
                and "that" not in (word.strip(",.").lower() for word in gap.split())
                # ('"...," said John Smith. "...," said Mary Jones.': the second has an attribution of its own.)
                and not _attributed_after(body, segment, segments[index + 1:index + 2])
            )
            if continued or split_by_cue:
                groups[-1].append(segment)
                continue
        groups.append([segment])
    return groups


def _attributed_after(body: str, segment: Segment, following: list[Segment]) -> bool:
    """Whether a quote that does not end its sentence is followed by a short attribution of its own (``"...," said
    Mary Jones.``), up to the sentence's end or the next quote."""
    if not re.search(r"[,?!]\]?$", body[segment.start:segment.end].rstrip()):
        return False
    paragraph_end = body.find("\n", segment.end)
    stop = min(paragraph_end if paragraph_end >= 0 else len(body),
               following[0].start - 1 if following else len(body),
               next((match.start() for match in _sentence_ends(body, segment.end + 1)), len(body)))
    tail = body[segment.end + 1:stop]
    return 0 < _words(tail) <= MAX_SPLIT_ATTRIBUTION_WORDS and any(
        word.strip(",.").lower() in _ATTRIBUTION_WORDS for word in tail.split())


_SENTENCE_END = re.compile(r"[.!?](?=[\s\"“”]|$)")
_LAST_WORD = re.compile(r"(\w+)$")
# "Pelosi said." / "the minister added." / "Jan de Vries, the mayor, said.": up to six words and a verb, nothing else.
_SHORT_ATTRIBUTION = re.compile(r"(?:[\w’'.-]+,?\s+){1,6}(?P<verb>\w+)\s*")


def _sentence_ends(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The ends of sentences in ``text[start:end]``. The full stop of a title that stands before names (``Dr.``,
    ``Sen.``) or of an initial (``John F. Kennedy``) ends none: ``"...," Dr. Alicia Ferrante said`` is one
    sentence."""
    for match in _SENTENCE_END.finditer(text, start, len(text) if end is None else end):
        word = _LAST_WORD.search(text, max(0, match.start() - 12), match.start())
        title = word.group(1).lower() if word is not None else ""
        if match.group() == "." and word is not None and (
                {title, f"{title}."} & titles_before_names() or (len(title) == 1 and word.group(1).isupper())):
            continue
        yield match


def _sentence_before(body: str, paragraph_start: int, quote_open: int) -> tuple[int, int]:
    """The part of the quote's sentence before its opening mark (``Schumer said on Friday``)."""
    ends = [match.end() for match in _sentence_ends(body, paragraph_start, max(paragraph_start, quote_open))]
    return (ends[-1] if ends else paragraph_start), max(paragraph_start, quote_open)


def _sentence_after(body: str, segment: Segment, paragraph_end: int) -> tuple[int, int] | None:
    """The part of the quote's sentence after its closing mark (``," he said.``), or None when the quote ends
    its sentence (``... incurable." He went on ...``)."""
    start = segment.end + 1
    rest = body[start:paragraph_end].lstrip()
    closed = re.search(r"[.!?]\]?$", body[segment.start:segment.end].rstrip()) is not None  # "incurable[.]"
    # A sentence that only attributes it ('... a trial." Pelosi said.') belongs to the quote all the same.
    first_end = next(_sentence_ends(rest), None)
    attribution = _SHORT_ATTRIBUTION.fullmatch(rest[:first_end.start()]) if first_end else None
    if not rest or (closed and not rest[0].islower() and not (
            attribution and attribution.group("verb").lower() in _ATTRIBUTION_WORDS)):
        return None
    end = next(_sentence_ends(body, start, paragraph_end), None)
    return start, end.end() if end else paragraph_end


# The words that give a name in quote marks after them ('known as "Barbecue"', 'an operation dubbed "Iron Shield"').
_NAMING = re.compile(r"\b(?:known as|dubbed|nicknamed|so-called|code-?named|titled|entitled)\s*[\"“‘']?$",
                     re.IGNORECASE)


# A work's noun right before a title in quote marks ('her hit "Summer Rain"', 'the film "Night Train"').
_WORK_BEFORE = re.compile(r"\b(?:hit|song|single|album|film|movie|book|novel|memoir|play|show|series|sitcom|track|poem|"
                          r"painting|opera|musical|documentary|episode|exhibition)s?,?\s*[\"“‘']?$", re.IGNORECASE)
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "and", "to", "for", "at", "with", "from", "by",
                                "or"})


def _title_of_work(body: str, start: int, end: int) -> bool:
    """Whether a quoted text is the title of a work: up to eight words in title case after a work's noun."""
    words = [word for word in body[start:end].split() if word[:1].isalpha()]
    return 0 < len(words) <= 8 and words[0][0].isupper() and all(
        word[0].isupper() or word.lower() in _TITLE_SMALL_WORDS for word in words) and \
        _WORK_BEFORE.search(body[max(0, start - 30):start]) is not None


def _direct_drafts(doc: Doc, body: str, segments: list[Segment]) -> list[_Draft]:
    paragraphs = list(_paragraphs(body))
    quoted = [(segment.start, segment.end) for segment in segments]
    drafts: list[_Draft] = []
    for group in _group_utterances(body, segments):
        first, last = group[0], group[-1]
        if len(group) == 1 and _words(body[first.start:first.end]) <= SHORT_QUOTE_WORDS and \
                _NAMING.search(body[max(0, first.start - 20):first.start]):
            continue  # 'The gang leader, known as "Barbecue", said': a name in marks, no one's words
        if len(group) == 1 and _title_of_work(body, first.start, first.end):
            continue  # 'whose hit "Summer Rain" topped the charts': a title, no one's words
        before = _sentence_before(body, paragraphs[first.paragraph][0], first.start - 1)
        after = _sentence_after(body, last, paragraphs[last.paragraph][1])
        # The cue after the quote in its sentence ("...," said Tedros), else one between its segments ("...," he
        # said. "..."), else the one that introduces it (He said: "..."). A cue whose speaker the parse does not
        # give, or gives inside a quote ('"...", also observing, "..."' hung on a quoted verb), yields to the next.
        cues = [
            _attribution_cue(doc, *after, quoted) if after else None,
            next((c for a, b in itertools.pairwise(group)
                  if (c := _attribution_cue(doc, a.end + 1, b.start - 1, quoted))), None),
            _attribution_cue(doc, *before, quoted, last=True),
        ]
        found = [(cue, _speaker_outside(cue, quoted, inverted=cue.idx > first.end)) for cue in cues if cue is not None]
        cue, head = next(((cue, head) for cue, head in found if head is not None and not _inside(head.idx, quoted)),
                         (found[0][0], None) if found else (None, None))
        if cue is not None and head is not None and not _speaks(head):
            # 'X told the magazine the frequency of spiky skulls suggested a pattern: "..."', 'The governor tweeted
            # her reasoning saying, "..."': a thing is no speaker; the subject of the cue it is said within is.
            outer = next((verb for verb in cue.ancestors if verb.pos_ in {"VERB", "AUX"}
                          and not _inside(verb.idx, quoted) and _cue_range(verb) is not None), None)
            around = _subject(outer) if outer is not None else None
            if around is not None and _speaks(around) and not _inside(around.idx, quoted):
                head = around
        contents = tuple(
            content for segment in group if (content := _trimmed(body, segment.start, segment.end))[1] > content[0]
        )
        if not contents:
            continue
        introduction = body[before[0]:before[1]].rstrip()
        if cue is None and introduction.endswith(":"):
            # 'Trump took a parting shot on Twitter: "..."': a clause that introduces the quote with a colon
            # attributes it to its subject, whatever its verb.
            cue, head = _introducing_clause(doc, before[0] + len(introduction) - 1, quoted)
            if cue is not None:
                drafts.append(_Draft("direct", contents, (cue.idx, cue.idx + len(cue.text)), "assert", cue, head, 0.7))
                continue
        if cue is None:
            if sum(_words(body[start:end]) for start, end in contents) <= SHORT_QUOTE_WORDS:
                continue  # a scare quote or a title: the outlet's own words, no one is quoted
            drafts.append(_Draft("direct", contents, None, None, None, None, 0.6))
            continue
        cue_start, cue_end, cue_class = _cue_range(cue) or (cue.idx, cue.idx + len(cue.text), "assert")
        drafts.append(_Draft("direct", contents, (cue_start, cue_end), cue_class, cue, head, 0.9))
    return drafts


def _speaker_outside(cue: Token, quoted: list[tuple[int, int]], *, inverted: bool) -> Token | None:
    """A direct quote's speaker head from its cue. A subject inside a quote is a word the parser took from the quote
    ('"Our team" co-author Tak-Sing Wong said "has developed ..."'): the name right before the cue is the speaker."""
    head = _subject(cue, inverted=inverted) or _according_to_object(cue)
    if head is not None and _inside(head.idx, quoted):
        return _name_right_before(cue) or head
    return head


def _introducing_clause(doc: Doc, colon: int, quoted: list[tuple[int, int]]) -> tuple[Token | None, Token | None]:
    """The verb and subject of the clause that ends in the colon at ``colon`` before a quote, when its subject is a
    name or a description (not "it" or "there"), outside every quote."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    verb = span[0].sent.root
    if _inside(verb.idx, quoted):
        # The parser may make the quote the sentence's root and the clause before the colon its complement.
        verb = next((token for token in reversed(doc[span[0].sent.start:span[0].i]) if token.pos_ in {"VERB", "AUX"}
                     and token.right_edge.i in {span[0].i - 1, span[0].i}
                     and any(child.dep_ == "nsubj" for child in token.children)), verb)
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    # (Also a clause of being that judges what follows: 'Opposition leader Arun Varma was blunt: "..."'.)
    if (verb.pos_ not in {"VERB", "AUX"} and _cue_class_of(verb) is None) or subject is None or \
            subject.pos_ not in {"PROPN", "NOUN"} or \
            _inside(verb.idx, quoted) or (verb.pos_ == "AUX" and subject.pos_ != "PROPN"
                                          and not _names_people_or_body(subject)):
        return None, None
    # "The palace issued the following statement from the king:": the statement's owner speaks.
    issued = next((child for child in verb.children if child.dep_ == "dobj"
                   and is_channel(child)), None)
    owner = _channel_owner(issued) if issued is not None else None
    return verb, owner if owner is not None and owner.i != subject.i else subject


# The words that ``_according_to_object`` reads a source after (``_opinion_noun`` takes "in" and "from").
_ATTRIBUTING_WORDS = frozenset({"per", "according", "in", "from", "by"})


def _according_to_object(token: Token) -> Token | None:
    """The source of ``according to X`` or ``per X`` (``per the ministry, P``)."""
    if token.lower_ not in _ATTRIBUTING_WORDS:
        return None  # asked of every word of the article: most are none of the words below
    if token.lower_ == "per" and token.dep_ == "prep" and token.i + 1 < len(token.doc) and (
            token.nbor(1).pos_ == "DET" or token.i == token.sent.start):
        # "per the ministry", "Per numbers reported by AP, ...", not "5 dollars per barrel".
        objects = [child for child in token.children if child.dep_ == "pobj"]
        return objects[0] if objects else None
    if token.lower_ == "according":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
                return objects[0] if objects else None
    opinion = _opinion_noun(token)
    if opinion is not None:
        return next((child for child in opinion.children if child.dep_ == "poss"), None)
    if token.lower_ == "by" and token.dep_ == "prep":
        # "By reports, P" / "by some accounts, P": the reports are the source (not the agent of a passive).
        return next((child for child in token.children if child.dep_ == "pobj"
                     and child.lemma_.lower() in cue_lexicon().by_sources), None)
    return None


def _opinion_noun(token: Token) -> Token | None:
    """``view`` of ``In his view, P`` / ``From her view, P``: a phrase that attributes its clause like
    ``according to``."""
    if token.lower_ not in {"in", "from"} or token.dep_ != "prep":
        return None
    return next((child for child in token.children if child.dep_ == "pobj"
                 and child.lemma_.lower() in cue_lexicon().opinions
                 and any(grandchild.dep_ == "poss" for grandchild in child.children)), None)


def _indirect_drafts(doc: Doc, body: str, direct: list[_Draft], segments: list[Segment]) -> list[_Draft]:
    # The words in quote marks: a direct quote's, and those of a mixed quote's phrases (not the rest of its clause,
    # where a cue of another speaker may stand: 'China accused India of firing "warning shots", Huaxia reported').
    quoted = [content for draft in direct if draft.kind == "direct" for content in draft.contents] + [
        (segment.start, segment.end) for draft in direct if draft.kind != "direct" for segment in segments
        if _inside(segment.start, draft.contents)]
    in_quote = _Quoted(quoted, len(body))
    direct_cues = {draft.cue for draft in direct if draft.cue}
    drafts: list[_Draft] = []
    for token in doc:
        if token.idx in in_quote:
            continue
        according = _according_to_object(token)
        if according is not None:
            draft = _according_to(token, according, body)
            if draft is not None:
                drafts.append(draft)
            continue
        nominal = _nominal_draft(token, body) or _state_draft(token, body) or _news_draft(token, body)
        if nominal is not None:
            drafts.append(nominal)
            continue
        cue = _cue_range(token)
        if cue is None:
            continue
        if any(child.dep_ == "neg" for child in token.children) and cue[2] != "deny":
            continue  # "Azerbaijan has not disclosed its losses": nobody is reported saying anything
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in _REFUSALS:
            continue  # "He declined to say which plants would close": nothing was said
        if token.dep_ == "xcomp" and _cue_class_of(token.head) == "request" and token.head.pos_ == "VERB":
            continue  # "She urged citizens to report suspicious packages": what they are asked to say, not said
        if any(child.dep_ == "mark" and child.lower_ == "for" for child in token.children) and any(
                child.dep_ == "aux" and child.lower_ == "to" for child in token.children):
            continue  # "It is not for the Court to opine about P": whether someone should speak, not speech
        if any(child.dep_ == "aux" and child.lower_ in _OBLIGATION_MODALS for child in token.children):
            continue  # "the prime minister must explain what he knew": what someone ought to say, not said
        if _act_to_come(token):
            continue  # "Kyoto Electronics will announce its results on Thursday": nothing is said yet
        if token.lemma_.lower() in _REFUSALS and any(
                child.dep_ == "xcomp" and child.lemma_.lower() in cue_lexicon().verbs for child in token.children):
            continue  # nor is "The hospital declined to comment on her condition" a denial of anything
        if _found_in_search(token) or _verdict(token):
            continue  # "Officers found a man with head injuries": whom they found, not a finding; nor a verdict
        if _accused_act(token) or _armed_backing(token):
            continue  # "Rwanda is accused of backing the rebels": what someone is accused of doing, not saying
        if token.lemma_.lower() in _CRIES:
            continue  # "chanted slogans and threw eggs": a cry is a statement only with its words in quote marks
        if token.lower_ in _ASKED and token.i > 0 and token.nbor(-1).text == "," and any(
                child.dep_ in {"ccomp", "conj"} and child.tag_ in {"VBD", "VBZ"} and child.i > token.i
                and child.nbor(-1).text == "," and not any(c.dep_ in _SUBJECT_DEPS for c in child.children)
                for child in token.children):
            # "Tokonbaev, asked whether P, declined to comment": the one asked, by someone else, and the sentence's
            # verb after it
            continue
        if token.lemma_.lower() == "claim" and any(child.dep_ == "dobj" and child.lemma_.lower() in _TOLL_WORDS
                                                    for child in token.children):
            continue  # "The virus claimed 6,606 lives": a death toll, not a claim
        cue_start, cue_end, cue_class = cue
        repaired = _citation(token)
        if repaired is not None and not repaired[1]:
            continue  # "Reuters, citing two officials, said P": whom the report relies on, no statement of its own
        repaired = repaired or _verb_read_as_modifier(token)
        # A direct quote's own cue reports the words around the quote only; any other cue's clause keeps a quoted
        # phrase inside it, which makes it a mixed quote ('added that Pakistan would respond "with full force"').
        own_quote = (cue_start, cue_end) in direct_cues
        content_tokens = [t for t in (repaired[1] if repaired else _content_tokens(token, cue_class))
                          if not (own_quote and t.idx in in_quote)]
        venues = {t.i for child in token.children if child.dep_ == "prep" and _names_venue(child)
                  for t in child.subtree}
        if content_tokens and all((t.i in venues and t.pos_ not in {"VERB", "AUX"}) or t.is_punct
                                  for t in content_tokens):
            # 'confirming on Twitter they were "not traveling"': where it was said is no statement (a clause the
            # parser hung on the venue is: "clarified in the proceedings that P").
            continue
        content = _span_of_tokens(body, content_tokens)
        direct_object = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
        phrase_noun = direct_object is not None and cue_end > direct_object.idx  # "paid tribute", "voiced concern"
        if content is None and direct_object is not None and token.lemma_.lower() not in cue_lexicon().clause_only \
                and not phrase_noun:
            # "praised Mendez on Twitter: "...": the clause is the direct quote; what the cue reports besides it is
            # its object.
            content = _span_of_tokens(body, direct_object.subtree)
        head = repaired[0] if repaired else _subject(token)
        # Reported speech after "said" needs a clause of two words at least; "urged calm" and "asked for patience"
        # are statements too.
        shortest = 2 if token.lemma_.lower() in cue_lexicon().clause_only and _phrase_word(token) is None else 1
        if content is None or head is None or _words(body[content[0]:content[1]]) < shortest:
            continue
        if any(child.dep_ == "neg" for child in head.children) or head.lower_ in {"nobody", "none"}:
            continue  # "Not everyone welcomed the move": nobody in particular says anything
        if head.ent_type_ in {"DATE", "TIME"} and head.dep_ == "pobj" and head.head.lower_ == "by":
            continue  # "Results are expected by March 8": by when, not by whom
        if cue_class in {"request", "deny"} and _ANONYMITY.match(body, content[0]):
            continue  # "a spokeswoman, who asked not to be named, said": how the source is cited, not a statement
        if (cue_start, cue_end) in direct_cues and _overlaps(content, quoted):
            continue  # the cue of a direct quote; only a clause of its own besides the quote is indirect speech
        contents: tuple[tuple[int, int], ...] = (content,)
        if content[0] < cue_start < content[1]:
            # "The economy, officials said, would grow": an attribution set inside the clause splits it into
            # segments of one statement, as a cue splits a direct quote.
            # The first segment starts after a semicolon before the cue, and the second ends at one after it: what
            # lies beyond is a clause of its own ("..., Kovács said, and P; experts called this dubious").
            opening = body.rfind(";", content[0], cue_start)
            closing = body.find(";", cue_end, content[1])
            closing = len(body) if closing < 0 else closing
            sides = ([t for t in content_tokens if opening < t.idx and t.i < token.i],
                     [t for t in content_tokens if token.i < t.i and t.idx < closing])
            if sides[1] and sides[1][0].dep_ == "cc":
                sides = (sides[0], sides[1][1:])  # the "and" that joins the segment to the cue is no part of it
            # A side of one word is a segment only when it is a name ("Day, they said, desired P"), not a
            # connective or a pronoun ("But, officials said, P").
            contents = tuple(span for side in sides if (span := _span_of_tokens(body, side)) is not None and (
                _words(body[span[0]:span[1]]) >= 2 or any(t.pos_ == "PROPN" for t in side))) or contents
        if not own_quote and len(contents) == 1 and (ending := next(
                (s for s in segments if content[0] < s.start < content[1] < s.end + 2), None)) is not None:
            # A quoted phrase that ends the clause: the parse leaves its closing mark out ('had told "lies about
            # everything."'); the content runs to the mark.
            close = ending.end + 1 if ending.end < len(body) and QUOTE_MARK.match(body, ending.end) else ending.end
            content = (content[0], max(content[1], close))
            contents = (content,)
        inner = [s for s in segments if content[0] <= s.start and s.end <= content[1]]
        kind = "mixed" if inner else "indirect"
        drafts.append(_Draft(kind, contents, (cue_start, cue_end), cue_class, token, head, 0.8))
    # A cue inside another quote's content is part of what that speaker reported ("went on to say that Azerbaijan
    # appreciated the efforts"), not a statement of its own; but speech reported inside speech is a statement of
    # its own speaker too ("Dallorso said his roommates said they last saw him", "Witnesses, according to The
    # Telegraph, said P").
    # So is any statement of a person named inside it other than its speaker ("NPR reported Adil Abdul-Mahdi
    # recommended P").
    return [
        draft for draft in drafts
        if (draft.cue_token is not None and draft.cue_token.lemma_.lower() in _SPEECH_VERBS)
        or not any(other is not draft and draft.cue and _inside(draft.cue[0], other.contents) and not (
            draft.speaker_head is not None and (other.speaker_head is None or other.speaker_head.i !=
                                                draft.speaker_head.i) and _own_speaker(draft)) for other in drafts)
    ]


def _verb_read_as_modifier(cue: Token) -> tuple[Token, list[Token]] | None:
    """'X, a UN rapporteur, cautioned justice does not come swiftly', 'The Center requested monarchs be listed':
    the small parser reads a finite cue between its subject and its clause as a modifier of the clause's first noun.
    Right after a comma or a name (no determiner before it), it is the verb: the speaker is the sentence's subject
    before it, the content the clause after it."""
    if cue.dep_ not in {"amod", "acl"} or cue.i == cue.sent.start:
        return None
    if (trailing := _attribution_read_as_apposition(cue)) is not None:
        return trailing
    before = cue.doc[cue.i - 1]
    if cue.dep_ == "amod" and _age_of(before) is not None and before.head.i == cue.head.i:
        # "The 23-year-old told reporters P": the parser read the cue as an adjective of the one told, like the
        # age before it. The age speaks; the content is what follows the one told.
        told = cue.head.i if cue.lemma_.lower() in _TELLING else cue.i
        content = [t for t in cue.sent if t.i > told]
        while content and content[-1].is_punct:
            content.pop()
        return (before, content) if any(t.pos_ in {"VERB", "AUX"} for t in content) else None
    if before.text != "," and before.pos_ != "PROPN":
        return None
    if cue.dep_ == "acl":
        return _verb_read_as_relative(cue)
    noun = cue.head.lemma_.lower()
    if noun in cue_lexicon().groups or cue.head.ent_type_ in _SPEAKER_ENTITIES:
        return None  # "P, reported officials, ...": an inverted attribution, its noun the speaker, not a clause's
    subject = next((t for t in cue.sent if t.i < cue.i and t.dep_ in _SUBJECT_DEPS), None)
    content = [t for t in cue.sent if t.i > cue.i]
    while content and content[-1].is_punct:
        content.pop()
    if subject is None or not any(t.pos_ in {"VERB", "AUX"} for t in content):
        return None
    return subject, content


def _attribution_read_as_apposition(cue: Token) -> tuple[Token, list[Token]] | None:
    """'Juventus will sign Marcus Reid, the newspaper Tuttosport reported on Tuesday': an attribution that ends the
    sentence, which the parser read as a reduced relative on an apposition of the clause's last noun. That noun
    speaks; the content is the clause before its comma."""
    noun = cue.head
    if cue.dep_ != "acl" or cue.tag_ != "VBD" or noun.dep_ != "appos" or noun.i > cue.i or \
            cue.right_edge.i < cue.sent.end - 2 or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in cue.children):
        return None
    start = noun.left_edge.i
    if start <= cue.sent.start or cue.doc[start - 1].text != "," or noun.pos_ != "NOUN" or not _speaks(noun):
        return None
    content = [t for t in cue.sent if t.i < start - 1]
    return (noun, content) if any(t.pos_ in {"VERB", "AUX"} for t in content) else None


def _verb_read_as_relative(cue: Token) -> tuple[Token, list[Token]] | None:
    """'The city's mayor, Anna Berg, announced on Monday there were no casualties': a finite cue after an apposition
    read as a reduced relative of the subject noun. That noun speaks; the content is the clause the cue governs, or,
    where the parser made the clause's verb the sentence's head, that clause without the noun."""
    noun = cue.head
    if noun.i > cue.i or not _names_people_or_body(noun):
        return None  # "The plan, announced on Monday, would cut costs": a thing, so a participle
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    whole = noun.dep_ == "ROOT" or (noun.dep_ == "appos" and noun.head.dep_ == "ROOT")  # the sentence is the noun's
    if clause is None and whole and (cue_range := _cue_range(cue)) is not None and \
            any(c.dep_ in {"prep", "dobj"} and c.i > cue.i for c in cue.children):
        # "The rapporteur, Annelies Kroon, called on Ankara to reinstate the mayors": no clause, what the cue asks.
        content = _content_tokens(cue, cue_range[2])
        return (noun, content) if len(content) >= 2 else None
    if clause is not None and noun.dep_ == "ROOT":
        content = list(clause.subtree)
    elif clause is None and noun.dep_ in _SUBJECT_DEPS and noun.head.i > cue.i and noun.head.pos_ in {"VERB", "AUX"}:
        clause = noun.head
        content = [t for t in clause.subtree if t.i > max(t.i for t in cue.subtree)]
    else:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > cue.i for c in clause.children):
        return None
    while content and content[-1].is_punct:
        content.pop()
    return (noun, content) if len(content) >= 2 else None


def _own_speaker(draft: _Draft) -> bool:
    """Whether the speaker of a statement inside another statement speaks for itself: a person named, or a body,
    country or people by their role or group (``officials``, ``experts``) reporting a clause; not a pronoun (the
    outer speaker, as often as not), a thing, or an act on a thing (``Ford disclosed the matter``)."""
    head = draft.speaker_head
    if head is None or head.ent_type_ == "PERSON":
        return head is not None
    if draft.cue_token is not None and draft.cue_token.pos_ == "NOUN" and head.dep_ == "poss" and \
            head.head.i == draft.cue_token.i and _speaks(head) and _pronoun(head) not in _PERSONAL_PRONOUNS:
        # "no evidence to support the President's claims of voter fraud": a named owner of a speech noun speaks.
        return True
    if head.lower_ in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and (
            head.head.head.pos_ == "PROPN" or head.head.head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}):
        # "accused Russia, which denies the charge, of P": a named party's answer, set inside the charge against it.
        return True
    if not _names_people_or_body(head):
        return False
    if head.tag_ == "NN" and actor_knowledge().is_role_word(head.lemma_.lower()) and draft.cue_class != "announce" \
            and any(token.pos_ in {"NOUN", "PROPN", "VERB"} for start, end in draft.contents
                    if (span := head.doc.char_span(start, end, alignment_mode="expand")) is not None for token in span):
        # One person by their role voices what they voice, as one named would ("According to the BBC, a spokesman
        # for Downing Street expressed disappointment", "The judge recommended treatment, according to WSET-TV");
        # making something known may be an act ("the inspector reported the leak"), and a pronoun is no content
        # ("decided to question them").
        return True
    if head.tag_ == "NNS" and head.lemma_.lower() in cue_lexicon().groups and draft.cue_class == "assert":
        # People in the plural report what they report ("Local authorities ... noted unusual data"); a charge or a
        # demand with a thing for content is an act ("prosecutors charged the suspect").
        return True
    cue = draft.cue_token.i if draft.cue_token is not None else -1
    return any(token.pos_ in {"VERB", "AUX"} and token.i != cue for start, end in draft.contents
               if (span := head.doc.char_span(start, end, alignment_mode="expand")) is not None for token in span)


def _nominal_draft(noun: Token, body: str) -> _Draft | None:
    """A speech noun with its speaker and content: ``the ministry's statement that P``, ``a call by Guterres for
    P``, ``protesters' demands for P``, ``a warning from the agency about P``."""
    cue_class = cue_lexicon().nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    if cue_class is None:
        return None
    speaker: Token | None = None
    content: list[Token] = []
    that_clause = False  # the content is a clause opening with "that"
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in _NOMINAL and speaker is None:
            speaker = child
        elif child.dep_ == "prep" and child.lower_ in {"by", "from"} and speaker is None:
            speaker = next((t for t in child.children if t.dep_ == "pobj"), None)
        elif child.dep_ == "prep" and child.lower_ == "of" and speaker is None and (named := next(
                (t for t in child.children if t.dep_ == "pobj" and t.ent_type_ in {"PERSON", "ORG"}), None)):
            # "the request of Prime Minister Boris Johnson to suspend Parliament": a named person or body after "of"
            # is whose it is.
            speaker = named
        elif child.dep_ in {"acl", "ccomp", "appos"} and _marked_that(child):
            content = [t for t in child.subtree if not (t.dep_ == "mark" and t.head == child)]
            that_clause = True
        elif child.dep_ == "acl" and (_has_own_subject(child) or (cue_class in {"promise", "request"} and any(
                t.dep_ == "aux" and t.tag_ == "TO" for t in child.children))):
            # A clause without "that" ("Macron's recommendation the fires be added to the agenda"; a relative
            # clause is "relcl", so a clause hung here with a subject of its own is what was said) or what is
            # offered or asked for ("Honcharuk's offer to resign"; without its "to").
            content = [t for t in child.subtree if not (t.dep_ == "aux" and t.tag_ == "TO" and t.head == child)]
        elif child.dep_ == "prep" and cue_class != "assert" and not content:
            # What is asked for, warned of, denied or alleged: "demands for an inquiry", "warning about floods".
            content = _prepositional_object(child)
    if not content:
        content = _to_the_effect(noun)
    elif speaker is None and that_clause:
        # "following employee concerns that P": the people or body the noun is qualified by.
        speaker = next((child for child in noun.children if child.dep_ == "compound" and child.i == noun.i - 1
                        and (child.pos_ == "PROPN" or (child.pos_ == "NOUN" and _names_people_or_body(child)))),
                       None)
    if not content and speaker is not None and speaker.dep_ == "poss":
        # What a possessor claims: "the President's claims of widespread voter fraud" (without a possessor, "the
        # statement of the minister" names its speaker with "of").
        content = next((found for child in noun.children if child.dep_ == "prep" and child.lower_ in {"of", "about"}
                        and (found := _prepositional_object(child))), [])
    if speaker is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING_VERBS:
        # "The Air Force issued warnings against P": whoever issued them (the parser may hang P on the verb).
        speaker = _subject(noun.head)
        if not content and cue_class != "assert":
            content = next((found for child in noun.head.children if child.dep_ == "prep" and child.i > noun.i
                            and (found := _prepositional_object(child))), [])
    span = _span_of_tokens(body, content)
    if speaker is None or span is None or _words(body[span[0]:span[1]]) < 2:
        return None
    return _Draft("indirect", (span,), (noun.idx, noun.idx + len(noun.text)), cue_class, noun, speaker, 0.7)


def _news_draft(verb: Token, body: str) -> _Draft | None:
    """News and where it came from: "The news came from his son-in-law, X", "The announcement came from the
    palace": the source made the news known."""
    if verb.lemma_.lower() != "come" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    news = next((child for child in verb.children if child.dep_ == "nsubj" and child.lemma_.lower() in _NEWS_WORDS
                 and is_definite(child)), None)
    source = next((child for child in verb.children if child.dep_ == "prep" and child.lower_ == "from"
                   and child.i > verb.i), None)
    teller = next((child for child in source.children if child.dep_ == "pobj"), None) if source is not None else None
    if news is None or source is None or teller is None or not _speaks(teller):
        return None  # ("The news came from nowhere", "the warning came from experience")
    content = _span_of_tokens(body, news.subtree)
    if content is None:
        return None
    return _Draft("indirect", (content,), (verb.idx, source.idx + len(source.text)), "announce", verb, teller, 0.7)


def _state_draft(word: Token, body: str) -> _Draft | None:
    """A state of mind a subject is reported in, with what it is about (the ``adjectives`` of ``cues.json``): ``The
    ministry is deeply concerned about P``, ``said it was worried that P``, and the wire headline ``Moscow concerned
    over P, urges ceasefire``, where the parser hangs the adjective on the name before it or on the headline's
    verb."""
    cue_class = cue_lexicon().adjectives.get(word.lower_)
    if cue_class is None or word.tag_ not in {"JJ", "VBN"}:
        return None
    if word.sent.text.rstrip().endswith("?"):
        return None  # "Are you concerned about P?" asks
    speaker: Token | None = None
    if any(child.dep_ == "auxpass" for child in word.children):
        # "Investors were worried by the report": the ones worried, not what worried them.
        speaker = next((child for child in word.children if child.dep_ == "nsubjpass"), None)
    elif word.dep_ == "acomp":
        speaker = next((child for child in word.head.children if child.dep_ == "nsubj"), None)
    elif word.dep_ in {"amod", "acl"} and word.head.i == word.i - 1 and word.head.pos_ == "PROPN":
        speaker = word.head
    elif word.dep_ == "advcl" and word.i > 0 and (before := word.doc[word.i - 1]).dep_ == "nsubj" and \
            before.head == word.head and before.pos_ == "PROPN":
        speaker = before
    if speaker is None:
        return None
    content: list[Token] = []
    for child in word.children:
        if (child.dep_ == "prep" and child.lower_ in {"about", "over", "by", "at"}) or child.dep_ == "agent":
            content = [t for t in child.subtree if t.i != child.i]
        elif child.dep_ == "ccomp":
            content = [t for t in child.subtree if not (t.dep_ == "mark" and t.head == child)]
        if content:
            break
    span = _span_of_tokens(body, content)
    if span is None or _words(body[span[0]:span[1]]) < 2:
        return None
    return _Draft("indirect", (span,), (word.idx, word.idx + len(word.text)), cue_class, word, speaker, 0.7)


def _has_own_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own that is no relative pronoun (``the fires be added``, not ``which
    was added``)."""
    return any(child.dep_ in {"nsubj", "nsubjpass"} and child.tag_ not in {"WDT", "WP"} for child in verb.children)


def _to_the_effect(noun: Token) -> list[Token]:
    """What ``a statement to the effect (that) P`` says: the clause after ``effect``, however the parser hangs
    "to the effect" (on the noun or on the verb that has it as object) and the clause (on ``effect`` or on the
    noun)."""
    holders = [noun, *([noun.head] if noun.dep_ == "dobj" else [])]
    effect = next((pobj for holder in holders for prep in holder.children if prep.dep_ == "prep"
                   and prep.lower_ == "to" and prep.i > noun.i for pobj in prep.children
                   if pobj.dep_ == "pobj" and pobj.lemma_.lower() == "effect"), None)
    if effect is None:
        return []
    clause = next((child for holder in (effect, noun) for child in holder.children
                   if child.dep_ in {"acl", "relcl", "ccomp"} and child.i > effect.i), None)
    if clause is None:
        return []
    return [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]


def _according_to(token: Token, source: Token, body: str) -> _Draft | None:
    """``according to X, P`` / ``P, according to X`` / ``per X, P``: the content is the clause the phrase
    modifies."""
    # The content is the clause the phrase hangs on, without the phrase: climb from the verb it modifies to the
    # clause's root through coordinated verbs ("rates have been 25% and averaged 50% according to ...").
    root = token.head
    # "... and according to the ministry he died": a phrase before a coordinated verb belongs to that verb alone.
    while root.dep_ == "conj" and root.head is not root and token.i > root.i:
        root = root.head
    # The phrase is "according to X" (or "per X"): the parser may hang the clause's rest on "according" too
    # ("One child was, according to the fire service, among the dead").
    phrase = {token.i, *(t.i for child in token.children if child.dep_ in {"prep", "pobj"}
                         and child.left_edge.i <= source.i <= child.right_edge.i for t in child.subtree)}
    # "largely Kurdish and, according to Turkey, supportive of the PKK": an adjective the parser hung on the source
    # as an apposition is what the source says.
    phrase -= {t.i for child in source.children if child.dep_ == "appos" and child.pos_ == "ADJ"
               for t in child.subtree}
    doc = token.doc
    comma = source.right_edge.i + 1
    name_end = comma + 1
    while name_end < token.sent.end and doc[name_end].pos_ == "PROPN":
        name_end += 1
    apposition: set[int] = set()
    if token.i < source.i and source.tag_ == "NN" and not is_channel(source) and comma < token.sent.end and \
            doc[comma].text == "," and \
            name_end > comma + 1 and all(t.ent_type_ in {"PERSON", "ORG"} for t in doc[comma + 1:name_end]) and \
            name_end + 2 < token.sent.end and doc[name_end].text == ",":
        # "According to the chief observer, Peter Lund, the vote was free": the name set off after the source is
        # its apposition, which the parser may take for the clause's subject.
        apposition = set(range(comma, name_end + 1))
        source = doc[name_end - 1]
    if root is token:
        # The parser may make "According to X, P" the sentence's root: P is the rest of the sentence.
        phrase = {token.i, *(t.i for child in token.children if child.dep_ == "prep" and child.i == token.i + 1
                             for t in child.subtree)}
        clause = [t for t in token.sent if t.i not in phrase and not t.is_punct]
    else:
        clause = [t for t in root.subtree if t.i not in phrase]
    # The phrase reports its own clause: not one after a semicolon ("X suggested P; according to prosecutors, Q"),
    # nor a coordinated clause with its own subject after it ("P, according to prosecutors, but the department
    # maintains Q").
    semicolons = [t.i for t in token.sent if t.text == ";"]
    first = max((i for i in semicolons if i < token.i), default=token.sent.start - 1)
    last_index = min((i for i in semicolons if i > token.i), default=token.sent.end)
    # Nor, after a leading phrase, a coordinated speech act of its own ("According to Garrity, P, but she cautioned
    # that Q").
    later = {t.i for child in root.children if child.dep_ == "conj" and child.i > token.i
             and any(grandchild.dep_ in _SUBJECT_DEPS for grandchild in child.children)
             and (root.i < token.i or (_cue_class_of(child) is not None
                                       and any(grandchild.dep_ == "nsubj" for grandchild in child.children)))
             for t in (*child.subtree, *(c for c in root.children if c.dep_ == "cc" and token.i < c.i < child.i))}
    # Nor a contrasting clause with a speaker of its own ("P, according to the UN, though aid groups say Q").
    later |= {t.i for child in root.children if child.dep_ == "advcl" and child.i > token.i
              and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in child.children)
              and _cue_class_of(child) is not None and any(c.dep_ == "nsubj" for c in child.children)
              for t in child.subtree}
    # (The statement ends where such a clause begins: its punctuation after it is no part of the statement.)
    last_index = min(last_index, min((i for i in later if i > token.i), default=last_index))
    clause = [t for t in clause if first < t.i < last_index and t.i not in later and t.i not in apposition]
    if not clause:
        return None
    # The phrase sits at one end of its clause, or inside it ("Tesco's operation, according to X, is too big"):
    # then each side is a segment of the statement, as for a direct quote split by its cue.
    sides = [_span_of_tokens(body, [t for t in clause if t.i < token.i]),
             _span_of_tokens(body, [t for t in clause if t.i > token.i])]
    # A side of one word is content only when it is a verb ("..., then, according to officials, fled").
    contents = tuple(span for span in sides if span is not None and (
        _words(body[span[0]:span[1]]) >= 2 or any(t.pos_ == "VERB" and span[0] <= t.idx < span[1] for t in clause)))
    if not contents:
        return None
    # "according to" / "In his view" / "per"
    last = token.nbor(1) if token.lower_ == "according" else (_opinion_noun(token) or (
        source if token.lower_ == "by" else token))
    # The source is resolved like any speaker: "according to a report from ABC Australia" is ABC Australia's.
    return _Draft("indirect", contents, (token.idx, last.idx + len(last.text)), "assert", None, source, 0.8)


def _channel_owner(noun: Token) -> Token | None:
    """Who speaks through a channel noun: ``The WHO's website``, ``NATO guidelines``, ``an official from TfL``,
    ``the account for The Night Desk Show``, ``a report from ABC Australia``, ``numbers reported by The Associated
    Press``."""
    for child in noun.children:
        if (child.dep_ == "poss" or (child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN"
                                     and child.ent_type_ not in NUMERIC_ENTITY_LABELS)) and \
                child.lower_ not in cue_lexicon().platforms:  # "a Twitter post" is its poster's
            return child
        if child.i == noun.i - 1 and len(child.text) > 1 and child.text.isupper() and child.text.isalpha() and \
                child.lower_ not in cue_lexicon().platforms:
            # "WHO guidelines": the small model reads the acronym as the pronoun "who", the guidelines' subject.
            return child
        if child.dep_ == "compound" and child.pos_ == "NOUN" and _is_body(child):
            # "A council spokesman said": the council's, not the last one quoted; "a fire service statement": the
            # fire service's (when the article names one).
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "of", "at", "by", "for"}:
            # Not a date ("a study from March"); a common noun only when it names a speaker ("a statement from his
            # office", "a report from the ministry", "a spokeswoman for the hospital"), not a thing ("a report of
            # the attack").
            by_speaker = {"from", "by", "for"} if noun.lemma_.lower() in _SPOKESPEOPLE else {"from", "by"}
            owner = next((t for t in child.children if t.dep_ == "pobj" and (
                t.pos_ == "PROPN" or (t.pos_ == "NOUN" and child.lower_ in by_speaker and _speaks(t)
                                      and is_definite(t)))
                and t.ent_type_ not in NUMERIC_ENTITY_LABELS), None)
            if owner is not None:
                return owner
        if child.dep_ == "acl" and child.lemma_.lower() not in _ACCESS_VERBS | _SPONSORING_VERBS:
            # (Not who has read or quoted it: "a document seen by Reuters" is no statement of Reuters.)
            agent = next((t for t in child.children if t.dep_ == "agent"), None)
            owner = next((t for t in agent.children if t.dep_ == "pobj"), None) if agent is not None else None
            if owner is not None:
                return owner
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING_VERBS:
        # "Facebook released a statement which read": who issues it.
        return next((child for child in noun.head.children if child.dep_ == "nsubj"), None)
    if noun.dep_ in _SUBJECT_DEPS:
        # "The report, by the Internal Displacement Monitoring Centre, said P": the parser hung the author set off
        # by commas on the verb.
        by = next((child for child in noun.head.children if child.dep_ == "prep" and child.lower_ == "by"
                   and child.i == noun.right_edge.i + 2 and noun.doc[child.i - 1].text == ","), None)
        return next((t for t in by.children if t.dep_ == "pobj" and t.pos_ == "PROPN"), None) if by else None
    return None


def _headline_draft(analysis: Analysis, resolver: _Resolver) -> tuple[_Draft, tuple[int, int]] | None:
    """Wire headlines attribute with a trailing dash (``Troops not engaged in operations — diplomat``) or with a
    colon after a person or organisation the article names (``Kenya Wildlife Service: poaching down``; not
    ``Ukraine: what we know``)."""
    title, body = analysis.article.title, analysis.article.body
    if not title or not body.startswith(title):
        return None
    colon = _HEADLINE_COLON.match(title)
    speaker = resolver.actor_covering(colon.start("speaker"), colon.end("speaker")) if colon else None
    if colon is not None and speaker is not None and _words(colon["content"]) >= 2 and any(
            not _is_state(actor) for actor in analysis.actors if actor.id == speaker):
        draft = _Draft("indirect", ((colon.start("content"), colon.end("content")),),
                       (colon.end("speaker"), colon.end("speaker") + 1), "assert", None, None, 0.5)
        return draft, (colon.start("speaker"), colon.end("speaker"))
    match = _HEADLINE_ATTRIBUTION.match(title)
    if match is None or _words(match["speaker"]) > 4:
        return None
    dash = body.rfind(" ", 0, match.start("speaker") - 1) + 1
    draft = _Draft("indirect", ((0, match.end("content")),), (dash, match.start("speaker") - 1), "assert", None,
                   None, 0.5)
    return draft, (match.start("speaker"), match.end("speaker"))


def _is_state(actor: Actor) -> bool:
    """A country or its state (``gov:UKR``), not one of its bodies (``Kenya Wildlife Service``)."""
    return actor.kind == "country" or actor.key == f"gov:{actor.country}"


def _headline_speaker(analysis: Analysis, resolver: _Resolver, words: tuple[int, int], quotes: list[Quote]) -> Speaker:
    """The actor a headline's description names: an actor mentioned by those words, else the one actor whose
    roles contain the word, else the article's most quoted resolved speaker (in wire copy the headline
    summarises the main statement) among the actors the description admits. A body's description (``police``,
    ``club statement``) admits only the bodies ``descriptions.tsv`` says it may refer to, never a person."""
    body = analysis.article.body
    span = Span.of(body, *words)
    actor = resolver.actor_covering(*words)
    candidates = list(analysis.actors)
    if actor is None:
        word = span.text.strip().lower()
        roles = [a.id for a in analysis.actors if any(word in role.lower() for role in a.roles)]
        actor = roles[0] if len(roles) == 1 else None
        nouns = [noun for noun in word.split() if not _is_channel_word(noun)]
        table = actor_knowledge().descriptions.get(compact(nouns[-1])) if nouns else None
        if table is not None and "person" not in table.kinds:
            candidates = [a for a in analysis.actors
                          if table.admits(a.kind, a.sector, a.key, description_facts(a.roles, a.name, a.key))]
        elif table is None and nouns and not actor_knowledge().is_role_word(nouns[-1]) and \
                compact(nouns[-1]) not in actor_knowledge().gender_words:
            # A noun no table knows and no title is a body's: the actors whose name holds it ("- health board":
            # the West Riding Health Board, not the doctor quoted most).
            candidates = [a for a in analysis.actors if a.kind != "person" and nouns[-1] in a.name.lower().split()]
    if actor is None:
        counts: dict[str, int] = {candidate.id: 0 for candidate in candidates}
        for quote in quotes:
            if quote.speaker.actor in counts:
                counts[quote.speaker.actor] += 1
        counts = {key: count for key, count in counts.items() if count}
        actor = max(counts, key=lambda key: counts[key]) if counts else None
    return Speaker(actor, span, actor is not None)


def _addressee(cue: Token, resolver: _Resolver) -> tuple[str | None, str] | None:
    """Whom the statement was made to: ``told TASS``, ``said to reporters``."""
    for child in cue.children:
        target: Token | None = None
        if child.dep_ == "dative" or (child.dep_ == "dobj" and cue.lemma_ == "tell"):
            target = child
        elif child.dep_ == "prep" and child.lower_ == "to" and cue.lemma_ in {"say", "write", "explain"}:
            target = next((token for token in child.children if token.dep_ == "pobj"), None)
        span = _span_of_tokens(resolver.body, target.subtree) if target is not None else None
        if span:
            return resolver.actor_covering(*span), resolver.body[span[0]:span[1]]
    return None


def _names_venue(prep: Token) -> bool:
    """Whether a preposition's object is where or through what something is said (a venue or platform of
    ``cues.json``, or the media: ``on social media``, ``in an interview``, ``on Twitter``)."""
    lexicon = cue_lexicon()
    return any(child.dep_ == "pobj" and (child.lemma_.lower() in lexicon.venues or child.lower_ in lexicon.platforms
                                         or child.lemma_.lower() in {"media", "medium"}) for child in prep.children)


def _venue(cue: Token, body: str) -> str | None:
    """Where it was said: ``at a joint news conference with ...``, ``in an interview``."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in {"at", "in", "during"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in cue_lexicon().venues:
                    span = _span_of_tokens(body, pobj.subtree)
                    if span:
                        return body[span[0]:span[1]]
    return None


def _as_mixed(draft: _Draft, body: str, segments: list[Segment]) -> _Draft:
    """A quoted phrase inside the clause its cue reports (``saying there was "no evidence ..."``) is a mixed quote
    of the whole clause, not a direct quote of the phrase; not when the parse runs the clause on over another quote
    ('said, "P1", also observing, "P2"')."""
    if draft.cue_token is None or draft.cue_class is None or len(draft.contents) != 1:
        return draft
    clause = _span_of_tokens(body, _content_tokens(draft.cue_token, draft.cue_class))
    if clause is None:
        return draft
    (start, end), = draft.contents
    doc = draft.cue_token.doc

    def cued_apart(segment: Segment) -> bool:
        """Whether a cue stands between the quote and another quoted segment of the clause: then the clause runs
        on over a quote of its own ('said, "P1", also observing, "P2"'), unlike 'called it "A" and "B"'."""
        lo, hi = (end, segment.start) if segment.start >= end else (segment.end, start)
        between = doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
        return between is not None and any(_cue_range(token) is not None for token in between)

    others = [segment for segment in segments if not (segment.start < end and start < segment.end)
              and clause[0] <= segment.start and segment.end <= clause[1]]
    if not (clause[0] <= start and end <= clause[1]) or _words_around(body, clause, (start, end)) == 0 or any(
            cued_apart(segment) for segment in others):
        return draft
    if clause[1] == end and (closing := _CLOSING_AFTER_PHRASE.match(body, end)) is not None:
        # The phrase ends the clause: keep its closing mark, which the parse leaves out, with the stop inside it
        # ('called the stabbing "an act of barbarity."', as the annotation guide has it).
        clause = (clause[0], closing.end())
    return dataclasses.replace(draft, kind="mixed", contents=(clause,))


def _person_subject_before(doc: Doc, position: int, resolver: _Resolver) -> Token | None:
    """The subject of the sentence right before ``position`` when it names a person."""
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None or span[0].sent.start == 0:
        return None
    sentence = doc[span[0].sent.start - 1].sent
    subject = next((child for child in sentence.root.children if child.dep_ == "nsubj"), None)
    if subject is None:
        return None
    actor = resolver.actor_covering(subject.idx, subject.idx + len(subject.text))
    return subject if actor is not None and resolver.is_person(actor) else None


def _words_around(body: str, span: tuple[int, int], quote: tuple[int, int]) -> int:
    """The words of a span outside a quote it holds, the quote's marks and closing punctuation aside."""
    outside = body[span[0]:max(span[0], quote[0] - 1)] + body[min(span[1], quote[1] + 1):span[1]]
    return _words(outside.strip(" \"“”,."))


def _phrase_of(direct: _Draft, mixed: _Draft, segment: tuple[int, int], body: str) -> bool:
    """Whether a segment of a direct quote is a quoted phrase inside the clause a mixed quote of another cue
    reports: that cue's, not a direct quote of the cue after it ('said the findings offered "a rare piece of good
    news" but warned that P'). A cue of its own inside that clause keeps it ('criticized the decision, which Ross
    has referred to as "gamesmanship"')."""
    if direct.kind != "direct" or direct.cue is None or direct.cue == mixed.cue:
        return False
    if _inside(direct.cue[0], mixed.contents) and direct.cue_token is not None and (
            direct.cue_token.lemma_.lower() in _SPEECH_VERBS or direct.cue_token.dep_ == "relcl"):
        # Speech reported inside the clause ('said his roommates told reporters "..."') or a relative clause with a
        # speaker of its own keeps its quote; a phrase quoted after any other verb of the clause is the outer
        # speaker's ('added that Pakistan would respond "with full force"').
        return False
    # (A "mixed" quote that is the quote alone, marks and all, holds no phrase of it.)
    return any(start <= segment[0] and segment[1] <= end and _words_around(body, (start, end), segment) > 0
               for start, end in mixed.contents)


def extract_quotes(doc: Doc, analysis: Analysis) -> Analysis:
    body = analysis.article.body
    segments = find_segments(body)
    # Two quoted phrases in one clause ('wanted "change" and "hope"') make the same mixed quote: one record.
    direct = list({(draft.kind, draft.contents, draft.cue): draft for draft in (
        _as_mixed(draft, body, segments) for draft in _direct_drafts(doc, body, segments))}.values())
    # A direct quote whose cue's clause holds it is a mixed quote of that clause, and the cue's one record ('urged
    # parents to check their records "without delay"' is not also a request of "parents").
    mixed_cues = {draft.cue for draft in direct if draft.kind == "mixed"}
    indirect = [draft for draft in _indirect_drafts(doc, body, direct, segments) if draft.cue not in mixed_cues]
    mixed = [draft for draft in indirect if draft.kind == "mixed"]
    # (Each segment of its own mixed quote: 'said the law "could not be clearer", noting that the statute says the
    # Treasury "shall furnish" any return' is no direct quote of "noting".)
    direct = [draft for draft in direct
              if not all(any(_phrase_of(draft, other, segment, body) for other in mixed)
                         for segment in draft.contents)]
    drafts = sorted([*direct, *indirect], key=lambda draft: draft.position)
    resolver = _Resolver(body, analysis.actors, analysis.places)
    quotes: list[Quote] = []
    for number, draft in enumerate(drafts, start=1):
        head = draft.speaker_head
        if head is None:
            # A quote with no cue: the person the sentence before it is about, when named there after the last
            # speaker was quoted ('Artist X told of her start. "In my first stint, I didn't get any work."').
            head = _person_subject_before(doc, draft.contents[0][0], resolver)
            if head is not None and resolver.last_actor is not None and head.idx < resolver.last_position:
                head = None
        # Speech reported inside another's statement ("Ellis said Hart had told him P") leaves the reporter as the
        # one quoted last: a "He said" after it, in news copy, goes on with Ellis.
        reporter = (resolver.last_actor, resolver.last_position) if draft.cue and any(
            other.position < draft.position and _inside(draft.cue[0], other.contents) for other in drafts) else None
        speaker = resolver.speaker(head)
        if reporter is not None and reporter[0] is not None:
            resolver.last_actor, resolver.last_position = reporter
        if draft.cue_token is not None and _cites_as_saying(draft.cue_token):
            # "It cited the Air Force as stating P, and claimed Q": P is the Air Force's, which "stating" reports;
            # the citing subject was still resolved here, before the one cited speaks, for the "claimed" it shares.
            continue
        addressee = _addressee(draft.cue_token, resolver) if draft.cue_token is not None else None
        venue = _venue(draft.cue_token, body) if draft.cue_token is not None else None
        confidence = draft.confidence if speaker.resolved else round(draft.confidence / 2, 2)
        for start, end in draft.contents:
            quotes.append(Quote(
                id="", extractor=EXTRACTOR, kind=draft.kind, utterance=f"u{number}", speaker=speaker,
                cue=Span.of(body, *draft.cue) if draft.cue else None, cue_class=draft.cue_class,
                content=Span.of(body, start, end), addressee_actor=addressee[0] if addressee else None,
                addressee_text=addressee[1] if addressee else None, venue=venue, confidence=confidence,
            ))
    headline = _headline_draft(analysis, resolver)
    if headline is not None:
        draft, words = headline
        quotes.insert(0, Quote(
            id="", extractor=EXTRACTOR, kind="indirect", utterance="u0",
            speaker=_headline_speaker(analysis, resolver, words, quotes),
            cue=Span.of(body, *draft.cue) if draft.cue else None, cue_class="assert",
            content=Span.of(body, *draft.contents[0]), confidence=draft.confidence,
        ))
    numbered = tuple(dataclasses.replace(quote, id=f"q{number}") for number, quote in enumerate(quotes, start=1))
    return dataclasses.replace(analysis, quotes=numbered)


QUOTES = Component(NAME, VERSION, frozenset({"tokens", "sentences", "actors", "places"}), frozenset({"quotes"}),
                   extract_quotes)
