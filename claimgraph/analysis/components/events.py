"""Events: who did what to whom, where and when, coded in PLOVER, with the CAMEO code derived from the coding.

A lexicon-driven coder over the dependency parse (``docs/events.md`` has the design and its choices):

1. **Triggers.** Verbs and nouns of ``knowledge/events/triggers.tsv`` (``attack``, ``impose martial law``,
   ``talks``, ``call for``), each with a PLOVER type, mode and context, matched on lemmas; a trigger's condition
   (an object, a preposition, a light verb) is checked on the parse.
2. **Anchors.** A trigger noun is read with the verb it depends on (``verbs.tsv``): the object of a light verb
   (``launched mobilization efforts``) takes that verb's subject as source; the subject of a verb of occurring
   (``clashes erupted on September 27``) takes its time and place from it; under a verb that ends or prevents it
   (``lifted the curfew``) it becomes another event (``endings.tsv``).
3. **Wrapping.** A demand, refusal, threat, commitment or accusation is coded as one event with the mode of what it
   is about (``asked Turkey for military assistance`` is REQUEST assist, military), as CAMEO and PLOVER code them;
   the wrapped event is not coded on its own (``wrapped_modes.tsv``).
4. **Participants.** Source and target are actors (``analysis.actors``) whose mentions cover the trigger's
   subject, object, agent, possessor or prepositional phrases, as the trigger's roles say; coordinated actors are
   all taken; two-sided fighting and meetings list every party as source (PLOVER's reciprocal events).
5. **Modality.** Negation (``had not asked``, ``no soldiers``, a denial), future (``will``, ``poised to``),
   hypothetical (``could``, ``if``, questions, purposes) are kept in ``modality``; such events are never coded as
   facts: their CAMEO code is the intention's (03 for cooperation, 13 for conflict).
6. **Reported events.** An event inside what a quote's speaker says (``Pashinyan said that ... officers are fighting
   ...``) carries ``reported_by``: the speaker, not the outlet, vouches for it.
7. **Where, when, how many.** The place is a literal place in the event's clause (the nearest by prepositions);
   the time a date in the clause, else the article's reference date (``time_source``); size, dead and injured
   are counts in the clause of the source, or of the killed and injured.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimgraph.analysis.pipeline import Component
from claimgraph.knowledge.events import (
    ANY_OBJECT,
    NO_OBJECT,
    VERBAL_TYPES,
    EventKnowledge,
    Trigger,
    event_knowledge,
)
from claimgraph.records import Actor, Analysis, Count, Event, Place, Quote, Span, TimeExpr

NAME = "events"
VERSION = 1
EXTRACTOR = f"{NAME}/{VERSION}"

_SUBJECTS = frozenset({"nsubj", "csubj"})
_OBJECTS = frozenset({"dobj"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# The prepositions that introduce an event's target, by type ("support to Baku", "sanctions on Iran", "fired at").
_TARGET_PREPOSITIONS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"with", "to"}), "CONSULT": frozenset({"with", "to"}),
    "SUPPORT": frozenset({"to", "for", "with"}), "COOPERATE": frozenset({"with"}), "AID": frozenset({"to", "for"}),
    "CONCEDE": frozenset({"to"}), "RETREAT": frozenset({"from", "to"}), "REQUEST": frozenset({"from", "to"}),
    "ACCUSE": frozenset({"against"}), "REJECT": frozenset({"from"}), "THREATEN": frozenset({"against"}),
    "PROTEST": frozenset({"against"}), "SANCTION": frozenset({"on", "against", "with", "from"}),
    "MOBILIZE": frozenset({"against", "to", "into"}), "COERCE": frozenset({"on", "against"}),
    "ASSAULT": frozenset({"on", "against", "at", "upon"}),
}
_THEME_TARGETS = frozenset({"to", "into", "against"})
# Where an event happened, best first: the preposition nearest the event's verb decides among literal places.
_PLACE_PREPOSITIONS = ("in", "at", "near", "outside", "inside", "around", "across", "on", "through", "via", "from",
                       "into", "to")
_OUTSIDE_PLACE = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})  # "wo" is "won't" as spaCy splits it
_HYPOTHETICAL_AUXILIARIES = frozenset({"could", "might", "may", "should", "must", "can", "ca"})
_DEONTIC_AUXILIARIES = frozenset({"must", "should", "ought"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
# Who is killed or injured: the object of these verbs (or the subject of "die"), or counts of these nouns.
_KILL_VERBS = frozenset({"kill", "slay", "execute", "massacre", "murder", "behead", "shoot"})
_DEAD_WORDS = frozenset({"dead", "death", "fatality", "body", "corpse", "killed"})
_INJURE_VERBS = frozenset({"injure", "wound", "hurt", "maim"})
_INJURED_WORDS = frozenset({"injured", "wounded", "injury", "casualty"})
# Sectors of the state: its protest is an official complaint, its blockade coercion (see ``_state_protest``).
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "IGO", "SPY"})
# Prepositions that introduce what a demand, refusal or accusation is about ("asked for assistance", "accused of
# aggression", "rejected calls for talks"), and those that make an event part of another ("killed in an attack").
_MATTER_PREPOSITIONS = frozenset({"for", "of", "on", "over", "about", "to", "against", "with", "into"})
_PART_PREPOSITIONS = frozenset({"in", "during", "by", "with"})
# A noun after these prepositions of a light verb is its event: "remained on alert", "put under investigation",
# "holding civilians as human shields".
_LIGHT_PREPOSITIONS = frozenset({"in", "on", "into", "under", "as"})
# What someone issues to say something: "issued a declaration demanding ..." is their demand.
_DOCUMENT_NOUNS = frozenset({"declaration", "statement", "letter", "resolution", "communique", "note", "message",
                             "appeal", "ultimatum", "decree", "order"})
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT"})
# A noun this vague takes the place of the trigger noun that modifies it: "launched mobilization efforts".
_CARRIER_NOUNS = frozenset({"effort", "campaign", "drive", "measure", "operation", "plan", "programme", "program",
                            "package", "mission", "initiative", "process", "move", "step"})


# -- triggers -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Found:
    """A trigger in the parse: its head token, its phrase's token range and its lexicon entry."""

    head: Token
    first: int
    last: int
    trigger: Trigger


def _lemma(token: Token) -> str:
    return token.lemma_.lower() if token.pos_ != "PUNCT" else token.text


def _verb_phrase_ok(token: Token, words: Sequence[str]) -> int | None:
    """The index of the last token of a verb phrase (``call for``, ``blow up``) starting at ``token``, or None."""
    last = token.i
    for word in words:
        follower = next((child for child in token.children if child.dep_ in {"prt", "prep", "advmod", "dative"}
                         and child.lower_ == word and token.i < child.i <= last + 2), None)
        if follower is None:
            return None
        last = follower.i
    return last


def _verb_condition(token: Token, trigger: Trigger) -> bool:
    if trigger.condition is None:
        return True
    children = list(token.children)
    if trigger.condition == "prep":
        return any(child.dep_ in {"prep", "prt", "dative"} and child.lower_ in trigger.words for child in children)
    if trigger.condition == "comp":
        return any(child.dep_ == "xcomp" for child in children)
    objects = [child for child in children if child.dep_ in {"dobj", "nsubjpass"}]
    if ANY_OBJECT in trigger.words:
        return bool(objects) or any(child.dep_ in {"xcomp", "ccomp"} for child in children)
    if NO_OBJECT in trigger.words:
        return not any(child.dep_ == "dobj" for child in children)
    return any(_lemma(obj) in trigger.words or obj.lower_ in trigger.words for obj in objects)


def find_triggers(sentence: SpacySpan, knowledge: EventKnowledge, skip: set[int]) -> list[_Found]:
    """Every trigger of a sentence, the longest phrase first where phrases overlap. Tokens in ``skip`` (names, the
    dateline) are never triggers: "Cooperation" in "Asia-Pacific Economic Cooperation" is a name."""
    found: list[_Found] = []
    used: set[int] = set(skip)
    tokens = list(sentence)
    for position, token in enumerate(tokens):
        if token.i in used:
            continue
        lemma = _lemma(token)
        match = _match_verb(token, lemma, knowledge) if token.pos_ == "VERB" else None
        if match is None:
            # A noun phrase may start with an adjective ("martial law", "joint exercises"): its head decides.
            match = _match_noun(tokens, position, lemma, knowledge, used)
        if match is not None:
            found.append(match)
            used.update(range(match.first, match.last + 1))
    return found


def _match_verb(token: Token, lemma: str, knowledge: EventKnowledge) -> _Found | None:
    phrases = knowledge.triggers("verb", lemma)
    if not phrases:
        return None  # most verbs start no trigger phrase: spare them the sort below
    for phrase, entries in sorted(phrases.items(), key=lambda item: -len(item[0])):
        words = phrase.split()[1:]
        last = _verb_phrase_ok(token, words)
        if last is None:
            continue
        entry = next((trigger for trigger in entries if _verb_condition(token, trigger)), None)
        if entry is not None:
            return _Found(token, token.i, last, entry)
    return None


def _match_noun(tokens: Sequence[Token], position: int, lemma: str, knowledge: EventKnowledge, skip: set[int]
                ) -> _Found | None:
    phrases = knowledge.triggers("noun", lemma)
    if not phrases:
        return None  # most words start no trigger phrase: spare them the sort below
    for phrase, entries in sorted(phrases.items(), key=lambda item: -len(item[0])):
        words = phrase.split()
        run = tokens[position:position + len(words)]
        if len(run) < len(words) or any(token.i in skip for token in run) or any(
            _lemma(token) != word and token.lower_ != word for token, word in zip(run, words, strict=True)
        ):
            continue
        inside = {token.i for token in run}
        head = next((token for token in run if token.head.i not in inside or token.head == token), run[-1])
        if head.pos_ not in {"NOUN", "PROPN"} and not head.tag_.startswith("NN"):
            continue
        return _Found(head, run[0].i, run[-1].i, entries[0])
    return None


# -- drafts: triggers read with their verbs -------------------------------------------------------------------------


@dataclass
class _Draft:
    """An event being coded: the trigger, the verb its clause hangs on, and its coding so far."""

    found: _Found
    anchor: Token  # the verb whose clause the event lies in (the trigger itself for a verb or a lone noun)
    type: str
    mode: str | None
    contexts: set[str]
    verb_anchored: bool  # the event takes its subject from ``anchor`` (a light or ending verb)
    wrapped: list[_Draft] = field(default_factory=list)
    inner: bool = False

    @property
    def head(self) -> Token:
        return self.found.head

    @property
    def roles(self) -> str:
        return self.found.trigger.roles


def _position(token: Token) -> Token:
    """Where a noun sits in the clause: a trigger modifying a vague noun stands in its place (``mobilization
    efforts``), as does one counted by a measure (``70 million dollars of aid``, ``25,000 tons of food aid``)."""
    while True:
        if token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in _CARRIER_NOUNS:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and any(
            child.dep_ in {"nummod", "quantmod"} for child in token.head.head.children
        ):
            token = token.head.head
        else:
            return token


def _draft(found: _Found, knowledge: EventKnowledge, verbs: dict[int, _Found]) -> _Draft | None:
    trigger = found.trigger
    if trigger.pos == "none":
        return None
    draft = _Draft(found, found.head, trigger.type, trigger.mode, set(trigger.context), verb_anchored=False)
    if trigger.pos == "verb":
        return draft
    place = _position(found.head)
    governor = place.head if place.dep_ != "pobj" else place.head.head
    classes = knowledge.verb_class(_verb_lemma(governor)) if governor.pos_ in {"VERB", "AUX"} else frozenset()
    as_object = place.dep_ in {"dobj", "nsubjpass"} or (
        place.dep_ == "pobj" and place.head.lower_ in _LIGHT_PREPOSITIONS and "light" in classes
    )
    given = trigger.condition == "given"
    governing = verbs.get(governor.i) if as_object else None
    if governing is not None and (given or governing.trigger.type in VERBAL_TYPES
                                  or not classes & {"light", "provide", "end", "prevent"}):
        # "offered aid", "signed a treaty", "sent troops": the verb's event, with the noun as its matter.
        return None if given else draft
    if as_object:
        for verb_class in ("end", "prevent"):
            ending = knowledge.ending(verb_class, draft.type, draft.mode) if verb_class in classes else None
            if ending is not None:
                draft.type, draft.mode = ending
                draft.anchor, draft.verb_anchored = governor, True
                return draft
        if classes & {"light", "provide"} and (not given or "provide" in classes):
            # "handed over 700 kg of medicine": the noun says more than the verb, which is then no event itself.
            if "provide" in classes and draft.type == "SUPPORT":
                draft.type, draft.mode = "AID", None  # "provide support to Baku" is material aid
            draft.anchor, draft.verb_anchored = governor, True
            return draft
    if _governed_by(place, verbs):
        return None if given else draft  # "demanded compensation": coded with that verb's event
    if place.dep_ == "nsubj" and "occur" in knowledge.verb_class(_verb_lemma(place.head)):
        draft.anchor = place.head
    if trigger.condition in {"light", "given"}:
        return None  # "the deal", "ties", "troops": events only when something is done with them
    if trigger.condition == "prep" and not any(
        child.dep_ == "prep" and child.lower_ in trigger.words for child in found.head.children
    ):
        return None
    return draft


def _governed_by(place: Token, verbs: dict[int, _Found]) -> bool:
    """A noun that is the object of a trigger verb, or of its preposition (``asked Turkey for assistance``)."""
    if place.dep_ in {"dobj", "nsubjpass"}:
        return place.head.i in verbs
    return place.dep_ == "pobj" and place.head.dep_ == "prep" and place.head.head.i in verbs and (
        verbs[place.head.head.i].trigger.type in VERBAL_TYPES and place.head.lower_ in _MATTER_PREPOSITIONS
    )


def _verb_lemma(token: Token) -> str:
    """A verb's lemma with its particle (``call off``, ``carry out``, ``shipped out of``), as verbs.tsv writes
    phrasal verbs."""
    lemma = token.lemma_.lower()
    classes = event_knowledge().verb_classes
    for child in token.children:
        if (child.dep_ == "prt" or (child.dep_ in {"prep", "advmod"} and child.i == token.i + 1)) and (
            f"{lemma} {child.lower_}" in classes
        ):
            return f"{lemma} {child.lower_}"
    return lemma


def _infinitive(token: Token) -> bool:
    """A clause ``to ...`` with no subject of its own: what a verb like ``vow`` or ``refuse`` takes."""
    return token.dep_ == "advcl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children) \
        and not any(child.dep_ in _SUBJECTS for child in token.children)


def _wrapper_of(draft: _Draft, heads: dict[int, _Draft]) -> _Draft | None:
    """The event whose matter this one is (``asked ... for assistance``, ``agreed to provide``), or the event it is
    part of (``killed in a car bomb explosion``, ``attacks have killed``), if any."""
    token = draft.anchor if draft.verb_anchored or draft.found.trigger.pos == "verb" else _position(draft.head)
    while token.head != token:
        dependency, parent = token.dep_, token.head
        preposition = None
        if dependency in {"pobj", "pcomp"} and parent.dep_ == "prep":
            preposition = parent.lower_
            parent = parent.head  # "for assistance", "of sending": the preposition hangs on the wrapper
            dependency = "pobj"
        if _infinitive(token):
            dependency = "xcomp"
        wrapper = heads.get(parent.i)
        if wrapper is not None and wrapper is not draft:
            verbal = wrapper.type in VERBAL_TYPES
            same = wrapper.type == draft.type and wrapper.found.trigger.pos == "verb"
            if dependency in {"dobj", "nsubjpass", "xcomp"} or (dependency == "ccomp" and verbal):
                return wrapper
            if dependency == "pobj" and ((verbal and preposition in _MATTER_PREPOSITIONS)
                                         or (same and preposition in _PART_PREPOSITIONS)):
                return wrapper
            if dependency == "nsubj" and same and draft.found.trigger.pos == "noun":
                return wrapper  # "Predator attacks have killed ...": one assault
            return None
        if dependency != "xcomp" or parent.pos_ not in {"VERB", "AUX", "ADJ"}:
            return None
        token = parent  # "agreed to help resolve": through verbs that are no events
    return None


def _absorb(wrapper: _Draft, inner: _Draft, knowledge: EventKnowledge) -> None:
    """A wrapper takes its mode and contexts from what it wraps (wrapped_modes.tsv); an event of the same type it
    is part of gives its mode (``killed in a car bomb explosion``: explosives)."""
    wrapper.contexts |= _contexts(inner, knowledge)
    if wrapper.type == inner.type:
        wrapper.mode = wrapper.mode or inner.mode
    elif wrapper.found.trigger.mode is None:
        coded = knowledge.wrapped_mode(wrapper.found.trigger.type, inner.type, inner.mode)
        if coded is not None:
            wrapper.type, wrapper.mode = coded
    wrapper.wrapped.append(inner)
    inner.inner = True


# -- participants ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Actors:
    """An article's actors by the characters their mentions cover."""

    by_char: dict[int, Actor]

    @classmethod
    def of(cls, actors: Sequence[Actor]) -> _Actors:
        by_char: dict[int, Actor] = {}
        for actor in actors:
            for mention in actor.mentions:
                for char in range(mention.start, mention.end):
                    by_char.setdefault(char, actor)  # the first actor listed wins, as in claims
        return cls(by_char)

    def at(self, token: Token) -> Actor | None:
        """The actor a mention of which covers ``token``."""
        for char in range(token.idx, token.idx + len(token.text)):
            actor = self.by_char.get(char)
            if actor is not None:
                return actor
        return None


def _coordinated(token: Token) -> list[Token]:
    """A phrase's head and the heads coordinated with it (``Azerbaijan and Armenia``)."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in _NOMINAL:
            found.extend(_coordinated(child))
    return found


def _owner(noun: Token) -> Token | None:
    """Whose a noun is: its possessor, the agent of a participle on it, or its ``of``/``by``/``from`` phrase
    (``Russia's efforts``, ``the efforts taken by Russia``, ``the efforts of Russia``, ``demands from UNITA``)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "acl" and (agent := _agent(child)) is not None:
            return agent
    for preposition in ("of", "by", "from"):
        found = _pobjs(noun, {preposition}, frozenset({"prep"}))
        if found:
            return found[0]
    return None


def _opposed(token: Token) -> bool:
    """``anti-Syria``, ``pro-Kremlin``: a modifier that names whom something is for or against, not whose it is."""
    return token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ in {"anti", "pro"}


def _actor_of_phrase(token: Token, actors: _Actors, voice: _Voice, depth: int = 0) -> Actor | None:
    """The actor a noun phrase names: its head's, else its modifiers' or owner's (``Turkish military officers``,
    ``Azerbaijan's stand``, ``the return of U.N. inspectors``); ``we`` in a quote is the speaker's side."""
    actor = actors.at(token)
    if actor is not None:
        return actor
    spoken = voice.of(token)
    if spoken is not None:
        return spoken
    for child in token.children:
        if child.dep_ in {"compound", "amod", "nmod", "appos"} and not _opposed(child):
            actor = actors.at(child)
            if actor is not None:
                return actor
    owner = _owner(token) if token.pos_ in _NOMINAL and depth < 2 else None
    return _actor_of_phrase(owner, actors, voice, depth + 1) if owner is not None else None


def _actors_of(tokens: Iterable[Token], actors: _Actors, voice: _Voice) -> list[Actor]:
    found: list[Actor] = []
    for token in tokens:
        for part in _coordinated(token):
            actor = _actor_of_phrase(part, actors, voice)
            if actor is not None and actor not in found and actor.kind != "outlet":
                found.append(actor)
    return found


@dataclass(frozen=True, slots=True)
class _Voice:
    """Who ``I`` and ``we`` are in a quote: the speaker, and the speaker's government (``We highly praise the efforts
    of the Russian Federation``, said by Azerbaijan's deputy foreign minister, is Azerbaijan's praise)."""

    speaker: Actor | None = None
    side: Actor | None = None

    def of(self, token: Token) -> Actor | None:
        word = token.lower_
        if word in {"i", "me", "my"}:
            return self.speaker
        if word in {"we", "us", "our"}:
            return self.side or self.speaker
        return None


def _children(token: Token, dependencies: frozenset[str] | set[str]) -> list[Token]:
    return [child for child in token.children if child.dep_ in dependencies]


def _pobjs(token: Token, prepositions: Iterable[str], dependencies: frozenset[str] = frozenset({"prep", "dative"})
           ) -> list[Token]:
    """Objects of the prepositions (or a bare dative) of ``token``: ``support to Baku``, ``gave Baku support``."""
    wanted = set(prepositions)
    found = []
    for child in token.children:
        if child.dep_ not in dependencies:
            continue
        if child.dep_ == "dative" and child.pos_ in _NOMINAL:
            found.append(child)
        elif child.lower_ in wanted:
            found.extend(grand for grand in child.children if grand.dep_ == "pobj")
    return found


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb that controls it (``Ankara was poised to provide``, ``imposed ... and
    launched``, ``efforts taken by Russia to help resolve``, ``troops fighting``)."""
    token = verb
    for _ in range(6):
        subject = next((child for child in token.children if child.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.lower_ in {"who", "which", "that"} and token.dep_ == "relcl":
                return token.head
            return subject
        if token is not verb:
            passive = next((child for child in token.children if child.dep_ == "nsubjpass"), None)
            if passive is not None:
                return passive
        if token.dep_ == "acl":
            # "the efforts taken by Russia": the agent; "troops fighting for X": the noun; "Russia's efforts to
            # help": whose the efforts are; "issued a declaration demanding": who issued it.
            if token.tag_ == "VBG" and token.head.lemma_.lower() in _DOCUMENT_NOUNS and token.head.dep_ == "dobj":
                token = token.head.head
                continue
            return _agent(token) or (token.head if token.tag_ == "VBG" else _owner(token.head))
        if token.dep_ not in {"xcomp", "conj", "acomp", "advcl"} or token.head == token:
            return None
        token = token.head
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    return None


def _verb_participants(draft: _Draft, verb: Token) -> tuple[list[Token], list[Token]]:
    """Source and target phrases of an event whose clause is ``verb``'s, by the trigger's roles."""
    roles = draft.roles
    passive = next((child for child in verb.children if child.dep_ == "nsubjpass"), None)
    agent = _agent(verb)
    subject = _subject(verb) if passive is None else None
    objects = [*_children(verb, _OBJECTS)] if draft.found.trigger.pos == "verb" else []
    prepositions = _TARGET_PREPOSITIONS[draft.type]
    if roles == "theme":
        moved = passive if passive is not None else (objects[0] if objects and subject is None else None)
        source = [agent] if agent is not None else [subject] if subject is not None else [moved] if moved else []
        return [t for t in source if t is not None], _pobjs(verb, _THEME_TARGETS)
    if passive is not None:
        sources = [agent] if agent is not None else []
        targets = [passive]
    else:
        sources = [subject] if subject is not None else []
        targets = objects
    targets += _pobjs(verb, prepositions)
    if draft.type in {"REQUEST", "THREATEN", "REJECT"} and draft.found.trigger.pos == "verb":
        # "demanded that Hamas renounce ...", "said Sudan must return ...": who is to act is the target.
        targets += [subject for clause in _children(verb, {"ccomp"}) if (subject := _subject(clause)) is not None]
    if draft.type in VERBAL_TYPES:
        # "threatened further action against Russia", "demanded autonomy from Serbian authorities".
        targets += [pobj for obj in objects for pobj in _pobjs(obj, prepositions, frozenset({"prep"}))]
    if roles == "host":
        return targets[:1], sources
    if roles == "recip":
        return [*sources, *targets, *_pobjs(verb, {"with"})], []
    return sources, targets


def _noun_participants(draft: _Draft, noun: Token) -> tuple[list[Token], list[Token]]:
    """Source and target phrases a trigger noun gives itself: ``Turkey's support to Baku``, ``clashes between A and
    B``, ``the transfer of fighters``, ``Israeli attacks on X``."""
    roles = draft.roles
    sources: list[Token] = []
    targets: list[Token] = []
    possessors = _children(noun, {"poss"})
    of = _pobjs(noun, {"of"}, frozenset({"prep"}))
    between = _pobjs(noun, {"between", "among"}, frozenset({"prep"}))
    if roles == "patient":
        targets += possessors + of
    else:
        sources += possessors
        (sources if roles in {"theme", "recip"} else targets).extend(of)
    if draft.mode == "mediate":
        targets += between  # "mediation between Syria and Arafat": the parties are mediated between
        between = []
    sources += _pobjs(noun, {"by"}, frozenset({"prep"})) + between
    if draft.type == "CONSULT":
        sources += _pobjs(noun, {"under"}, frozenset({"prep"}))  # "talks under the OSCE Minsk Group"
    if roles != "patient":
        sources += [child for child in noun.children if child.dep_ in {"amod", "compound"}
                    and child.i < draft.found.first]
    # "prohibit aid to the rebels": the noun's own phrases keep their sense when a verb changes the event.
    prepositions = _TARGET_PREPOSITIONS[draft.type] | _TARGET_PREPOSITIONS[draft.found.trigger.type]
    targets += _pobjs(noun, prepositions, frozenset({"prep"}))
    if roles == "recip":
        sources += _pobjs(noun, {"with"}, frozenset({"prep"}))
    if not sources and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "Turkey's position of support to Azerbaijan": the possessor of what the noun belongs to.
        sources += _children(noun.head.head, {"poss"})
    return sources, targets


def _participants(draft: _Draft, actors: _Actors, voice: _Voice) -> tuple[list[Actor], list[Actor]]:
    if draft.found.trigger.pos == "verb":
        source_phrases, target_phrases = _verb_participants(draft, draft.head)
    else:
        source_phrases, target_phrases = _noun_participants(draft, draft.head)
        place = _position(draft.head)
        if place is not draft.head:
            # "70 million dollars of aid for Romania": the measure carries the phrases of what it measures.
            target_phrases += _pobjs(place, _TARGET_PREPOSITIONS[draft.type], frozenset({"prep"}))
        if draft.verb_anchored:
            verb_sources, verb_targets = _verb_participants(draft, draft.anchor)
            target_phrases = [*target_phrases, *verb_targets]
            if "provide" in event_knowledge().verb_class(_verb_lemma(draft.anchor)):
                target_phrases += _pobjs(draft.anchor, {"to"})  # "deliver devastating blows to the United States"
            if draft.roles == "recip":
                source_phrases = [*verb_sources, *source_phrases]  # "A held talks with B"
            elif verb_sources:
                source_phrases = verb_sources
        elif draft.anchor is not draft.head:
            # "Talks have been under way since 1992 under the OSCE Minsk Group": the verb of occurring carries them.
            source_phrases += _pobjs(draft.anchor, {"between", "under"} if draft.type == "CONSULT" else {"between"})
            target_phrases += _pobjs(draft.anchor, _TARGET_PREPOSITIONS[draft.type])
    sources = _actors_of(source_phrases, actors, voice)
    targets = [actor for actor in _actors_of(target_phrases, actors, voice) if actor not in sources]
    for inner in draft.wrapped:
        inner_sources, inner_targets = _participants(inner, actors, voice)
        if not sources and not (inner.type == draft.type and source_phrases):
            # "Predator attacks have killed ...": the part names the doer; but "no foreign soldiers fight in
            # Azerbaijan's operations" has a doer of its own, unnamed.
            sources = inner_sources
        if not targets:
            # "rejected an Indian proposal", "demanded that the US cancel": whose matter it is, is the target.
            # "condemned Serbia's suppression": whoever did what is condemned.
            who_acts = draft.type in {"REQUEST", "REJECT", "ACCUSE"}
            candidates = (inner_sources or inner_targets) if who_acts else inner_targets
            targets = [actor for actor in candidates if actor not in sources]
    return sources, targets


# -- modality, reporting ------------------------------------------------------------------------------------------


def _negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in {"never", "not"}):
            if child.i + 1 < len(child.doc) and child.nbor(1).lower_ == "only":
                continue  # "not only ... but": no negation
            return True
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and (
            child.lower_ in {"nobody", "none", "nothing"}
            or any(grand.dep_ == "det" and grand.lower_ == "no" for grand in child.children)
        ):
            return True
    return False


def _modality(draft: _Draft, knowledge: EventKnowledge, in_quote: bool, denied: bool) -> tuple[str, bool]:
    """asserted, negated, future or hypothetical, read from the event's verb and the verbs that govern it; and
    whether it is something that must or should happen (``Sudan must return the helicopter``)."""
    anchor = draft.anchor
    if draft.found.trigger.pos == "noun" and not draft.verb_anchored and anchor is draft.head:
        if any(child.dep_ == "det" and child.lower_ == "no" for child in anchor.children):
            return "negated", False
        future = any(child.dep_ == "amod" and child.lemma_.lower() in {"planned", "plan", "proposed", "upcoming"}
                     for child in anchor.children)
        return ("future" if future else ("negated" if denied else "asserted")), False
    chain = [anchor]
    while (chain[-1].dep_ in {"xcomp", "acomp"} or _infinitive(chain[-1])) and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    governing = [knowledge.verb_class(token.lemma_.lower()) | knowledge.verb_class(token.lower_)
                 for token in chain[1:]]
    if any(_negated(token) for token in chain) or denied or any("negate" in classes for classes in governing):
        return "negated", False
    auxiliaries = [{child.lower_ for child in token.children if child.dep_ == "aux"} for token in chain]
    deontic = any(words & _DEONTIC_AUXILIARIES for words in auxiliaries)
    if anchor.doc[anchor.sent.end - 1].text == "?" or _conditional(anchor):
        return "hypothetical", deontic
    for position, words in enumerate(auxiliaries):
        if words & _FUTURE_AUXILIARIES:
            return "future", deontic
        if "would" in words:
            return ("future" if in_quote else "hypothetical"), deontic
        if words & _HYPOTHETICAL_AUXILIARIES:
            return "hypothetical", deontic
        if position and "future" in governing[position - 1]:
            return "future", deontic
        if position and "hypothetical" in governing[position - 1]:
            return "hypothetical", deontic
    return "asserted", deontic


def _present_or_future(verb: Token) -> bool:
    """A verb neither in the past tense nor perfect: a date after the article's is then still to come."""
    if verb.tag_ in {"VBD", "VBN"}:
        return False
    return not any(child.dep_ == "aux" and child.lemma_.lower() in {"have", "do"}
                   and child.tag_ in {"VBD", "VBZ", "VBP"} for child in verb.children)


def _conditional(token: Token) -> bool:
    """In or with an ``if``/``unless`` clause."""
    current = token
    for _ in range(4):
        if any(child.dep_ == "mark" and child.lower_ in _CONDITIONS for child in current.children):
            return True
        if current.dep_ != "advcl" or current.head == current:
            break
        current = current.head
    return any(child.dep_ == "advcl" and any(grand.dep_ == "mark" and grand.lower_ in _CONDITIONS
                                             for grand in child.children) for child in token.children)


@dataclass(frozen=True, slots=True)
class _Report:
    """A quote as events need it: what it covers, who said it, and whether it denies."""

    content: tuple[int, int]
    cue: Token | None
    speaker: str | None
    speaker_span: tuple[int, int] | None
    denies: bool


def _reports(doc: Doc, quotes: Sequence[Quote], actors: dict[str, Actor]) -> list[_Report]:
    reports = []
    for quote in quotes:
        speaker = quote.speaker.actor
        if speaker is not None and actors.get(speaker) is not None and actors[speaker].kind == "outlet":
            continue  # the outlet's own words are what it vouches for
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
        span = quote.speaker.span
        reports.append(_Report(
            (quote.content.start, quote.content.end), cue.root if cue is not None and len(cue) else None, speaker,
            (span.start, span.end) if span is not None else None,
            quote.cue_class == "deny" and quote.kind != "direct",
        ))
    # The innermost report first: a quote inside a quote is its own speaker's.
    return sorted(reports, key=lambda report: report.content[1] - report.content[0])


def _voice(report: _Report | None, actors: Sequence[Actor]) -> _Voice:
    speaker = next((actor for actor in actors if report is not None and actor.id == report.speaker), None)
    if speaker is None or speaker.kind != "person" or not speaker.country:
        return _Voice(speaker, speaker)
    side = next((actor for actor in actors if actor.key == f"gov:{speaker.country}"), None)
    return _Voice(speaker, side if speaker.sector == "GOV" and side is not None else speaker)


def _report_of(token: Token, reports: Sequence[_Report]) -> _Report | None:
    """The quote whose content holds ``token``, or whose speech verb governs it (``said that A had not asked ...,
    but B was poised to ...``: the second clause is said too)."""
    for report in reports:
        if report.content[0] <= token.idx < report.content[1]:
            return report
    for report in reports:
        cue = report.cue
        if cue is None or report.speaker_span is None or report.speaker_span[0] <= token.idx < report.speaker_span[1]:
            continue
        ancestor = token
        while ancestor.head != ancestor and ancestor != cue:
            ancestor = ancestor.head
        if ancestor == cue and token != cue:
            return report
    return None


# -- place, time, counts ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Located:
    """The head token of each place, time and count of an article (``Karabakh`` of ``Nagorno-Karabakh``), found
    once per article."""

    heads: dict[str, Token]

    @classmethod
    def of(cls, doc: Doc, analysis: Analysis) -> _Located:
        starts = [token.idx for token in doc]
        heads: dict[str, Token] = {}
        records: list[Place | TimeExpr | Count] = [*analysis.places, *analysis.times, *analysis.counts]
        for record in records:
            first = bisect.bisect_right(starts, record.span.start) - 1
            last = bisect.bisect_left(starts, record.span.end) - 1
            tokens = range(max(first, 0), max(last, first, 0) + 1)
            inside = set(tokens)
            heads[record.id] = next((doc[i] for i in tokens if doc[i].head.i not in inside or doc[i].head.i == i),
                                    doc[max(first, 0)])
        return cls(heads)


def _path(token: Token, top: Token) -> list[Token] | None:
    """The tokens from ``token`` up to ``top`` (excluded), or None when ``top`` does not govern it."""
    path: list[Token] = []
    current = token
    for _ in range(40):
        if current == top:
            return path
        if current.head == current:
            return None
        path.append(current)
        current = current.head
    return None


def _place(draft: _Draft, analysis: Analysis, doc: Doc, located: _Located, clause: Token) -> str | None:
    best: tuple[int, int, int, str] | None = None
    for place in analysis.places:
        if not place.literal:
            continue
        token = located.heads[place.id]
        if token.dep_ not in {"pobj", "appos", "conj"}:
            continue  # "the Nagorno-Karabakh settlement": a place naming what something is about
        path = _path(token, clause)
        if path is None or any(token.dep_ in _OUTSIDE_PLACE and token != draft.head for token in path):
            continue  # "fighters from Syria were redeployed": where they come from is not where it happened
        prepositions = [token.lower_ for token in path if token.dep_ == "prep"]
        if not prepositions:
            continue
        top = prepositions[-1]
        rank = _PLACE_PREPOSITIONS.index(top) if top in _PLACE_PREPOSITIONS else len(_PLACE_PREPOSITIONS)
        key = (len(prepositions), rank, place.span.start, place.id)
        if best is None or key < best:
            best = key
    return best[3] if best else None


def _time(analysis: Analysis, doc: Doc, located: _Located, clause: Token) -> str | None:
    best: tuple[int, int, str] | None = None
    for time in analysis.times:
        if time.type not in {"date", "time"} or not time.begin:
            continue
        path = _path(located.heads[time.id], clause)
        if path is None or any(token.dep_ in {"ccomp", "relcl", "acl", "advcl"} for token in path):
            continue  # a date of another clause ("the truce that was agreed in May")
        key = (len(path), time.span.start, time.id)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _counts(draft: _Draft, analysis: Analysis, doc: Doc, located: _Located, clause: Token,
            sources: Sequence[Actor]) -> tuple[str | None, str | None, str | None]:
    """Size (the source counted), dead and injured among the counts in the event's clause."""
    size = dead = injured = None
    source_ids = {actor.id for actor in sources}
    for count in analysis.counts:
        noun = located.heads[count.id]
        if _path(noun, clause) is None and noun != clause:
            continue
        lemma = noun.lemma_.lower()
        governor = noun.head.lemma_.lower()
        if dead is None and (lemma in _DEAD_WORDS or (noun.dep_ in {"dobj", "nsubjpass"} and governor in _KILL_VERBS)
                             or (noun.dep_ == "nsubj" and governor == "die")):
            dead = count.id
        elif injured is None and (lemma in _INJURED_WORDS or (noun.dep_ in {"dobj", "nsubjpass"}
                                                              and governor in _INJURE_VERBS)):
            injured = count.id
        elif size is None and count.actor is not None and count.actor in source_ids:
            size = count.id
    return size, dead, injured


# -- the component ------------------------------------------------------------------------------------------------


def _state_protest(event_type: str, mode: str | None, sources: Sequence[Actor]) -> tuple[str, str | None]:
    """A state's protest is an official complaint and its blockade coercion: PROTEST is civilian dissent."""
    if event_type == "PROTEST" and sources and all(actor.sector in _STATE_SECTORS for actor in sources):
        return ("COERCE", "restrict") if mode == "obstruct" else ("ACCUSE", "disapprove")
    return event_type, mode


def _contexts(draft: _Draft, knowledge: EventKnowledge) -> set[str]:
    """The trigger's contexts and those its modifiers add (``military assistance``, ``economic sanctions``)."""
    found = set(draft.contexts)
    for token in (draft.head, draft.anchor):
        for child in token.children:
            if child.dep_ in {"amod", "compound", "npadvmod", "advmod"} and not (
                draft.found.first <= child.i <= draft.found.last
            ):
                context = knowledge.context_words.get(child.lemma_.lower())
                if context:
                    found.add(context)
    return found


def _trimmed_sentence(sentence: SpacySpan, body: str) -> tuple[int, int]:
    end = sentence.end_char
    while end > sentence.start_char and body[end - 1].isspace():
        end -= 1
    return sentence.start_char, end


def _confidence(draft: _Draft, sources: Sequence[Actor], targets: Sequence[Actor]) -> float:
    """How sure the coding is: a verb trigger with both sides resolved most, a lone noun with one side least."""
    score = 0.45 + (0.2 if sources else 0.0) + (0.15 if targets else 0.0)
    if draft.found.trigger.pos == "verb" or draft.verb_anchored or draft.wrapped:
        score += 0.1
    return round(min(score, 0.9), 2)


def _names_and_dateline(doc: Doc, analysis: Analysis) -> set[int]:
    """Tokens that cannot be triggers: inside names (NER) and in the dateline."""
    spans = [(entity.span.start, entity.span.end) for entity in analysis.entities if entity.label in _NAME_LABELS]
    if analysis.article.dateline is not None:
        spans.append((analysis.article.dateline.span.start, analysis.article.dateline.span.end))
    skip: set[int] = set()
    for start, end in spans:
        tokens = doc.char_span(start, end, alignment_mode="expand")
        if tokens is not None:
            skip.update(token.i for token in tokens)
    return skip


def extract_events(doc: Doc, analysis: Analysis) -> Analysis:
    knowledge = event_knowledge()
    body = analysis.article.body
    skip = _names_and_dateline(doc, analysis)
    actors = _Actors.of(analysis.actors)
    actor_by_id = {actor.id: actor for actor in analysis.actors}
    reports = _reports(doc, analysis.quotes, actor_by_id)
    located = _Located.of(doc, analysis)
    events: list[Event] = []
    for sentence in doc.sents:
        found = find_triggers(sentence, knowledge, skip)
        if not found:
            continue
        verbs = {item.head.i: item for item in found if item.trigger.pos == "verb"}
        drafts = [draft for item in found if (draft := _draft(item, knowledge, verbs)) is not None]
        anchors = {draft.anchor.i for draft in drafts if draft.verb_anchored}
        drafts = [draft for draft in drafts if not (draft.found.trigger.pos == "verb" and draft.head.i in anchors)]
        heads = {draft.head.i: draft for draft in drafts}
        # The deepest wrappers first, so that "threatened to refuse to meet" nests from the inside out.
        for draft in sorted(drafts, key=lambda item: -len(list(item.head.ancestors))):
            wrapper = _wrapper_of(draft, heads)
            if wrapper is not None:
                _absorb(wrapper, draft, knowledge)
        evidence = Span.of(body, *_trimmed_sentence(sentence, body))
        for draft in drafts:
            if draft.inner:
                continue
            event = _event(draft, doc, analysis, knowledge, actors, reports, located, evidence)
            if event is not None:
                events.append(event)
    numbered = tuple(dataclasses.replace(event, id=f"e{number}") for number, event in enumerate(events, start=1))
    return dataclasses.replace(analysis, events=numbered)


def _event(draft: _Draft, doc: Doc, analysis: Analysis, knowledge: EventKnowledge, actors: _Actors,
           reports: Sequence[_Report], located: _Located, evidence: Span) -> Event | None:
    report = _report_of(draft.anchor, reports)
    sources, targets = _participants(draft, actors, _voice(report, analysis.actors))
    if not sources and not targets:
        return None  # an event nobody is named in says nothing about who did what to whom
    event_type, mode = _state_protest(draft.type, draft.mode, sources)
    modality, deontic = _modality(draft, knowledge, in_quote=report is not None,
                                  denied=report is not None and report.denies)
    reported_by = report.speaker if report is not None else None
    if deontic and reported_by is not None and event_type != "REQUEST":
        # "Russia said that Sudan must return the helicopter": Russia demands it of Sudan (a demand is a fact).
        coded = knowledge.wrapped_mode("REQUEST", event_type, mode)
        event_type, mode = "REQUEST", coded[1] if coded else None
        targets = [actor for actor in sources if actor.id != reported_by] or targets
        sources = [actor for actor in analysis.actors if actor.id == reported_by]
        modality, reported_by = "asserted", None
    clause = draft.anchor
    time = _time(analysis, doc, located, clause)
    published = analysis.article.published
    if modality == "asserted" and time is not None and published and _present_or_future(clause):
        begin = next(t.begin for t in analysis.times if t.id == time)
        if begin is not None and begin > published:
            modality = "future"  # "talks on Monday" in an article of the Saturday before
    contexts = sorted(_contexts(draft, knowledge) | draft.contexts)
    code = knowledge.cameo_code(event_type, mode, contexts, intent=modality in {"future", "hypothetical"})
    size, dead, injured = _counts(draft, analysis, doc, located, clause, sources)
    first, last = doc[draft.found.first], doc[draft.found.last]
    trigger_start, trigger_end = min(first.idx, draft.head.idx), max(last.idx + len(last.text),
                                                                      draft.head.idx + len(draft.head.text))
    return Event(
        id="", extractor=EXTRACTOR, type=event_type, mode=mode, context=tuple(contexts), cameo_code=code,
        cameo_root=code[:2], quad_class=knowledge.quad_class(code), goldstein=knowledge.goldstein(code),
        source=tuple(actor.id for actor in sources), target=tuple(actor.id for actor in targets),
        place=_place(draft, analysis, doc, located, clause), time=time,
        time_source="text" if time is not None else "reference", size=size, dead=dead, injured=injured,
        modality=modality, reported_by=reported_by,
        trigger=Span.of(analysis.article.body, trigger_start, trigger_end), evidence=evidence,
        confidence=_confidence(draft, sources, targets),
    )


EVENTS = Component(NAME, VERSION, frozenset({"tokens", "actors", "times", "counts", "quotes"}),
                   frozenset({"events"}), extract_events)
