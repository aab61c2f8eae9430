"""Claims: every attributed statement, and what the outlet asserts in its own voice, as claimant + proposition.

A claim's proposition is read from the dependency parse of the statement's main clause: subject, predicate
(lemma with particle or preposition, negation removed), object, and the place, time and count inside it. The
negation becomes the claim's polarity, so that a denial and an affirmation of one thing share a proposition and
can meet in ``link``. What a claim rests on (``reports``, ``information``) is its basis: ``concern about reports
that fighters had been redeployed`` is a claim of concern about the redeployment, resting on reports.

Direct quotes are split into sentences (a long quote makes several claims); indirect speech makes one claim.
Word lists are data (``claimgraph/knowledge/claims.json``).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimgraph.analysis.pipeline import Component
from claimgraph.knowledge import read_table
from claimgraph.knowledge.concepts import concepts
from claimgraph.records import Actor, Analysis, Claim, Matter, Place, Proposition, Quote, Span

NAME = "claims"
VERSION = 1
EXTRACTOR = f"{NAME}/{VERSION}"

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
_PERSONS = frozenset({"i", "we", "you", "me", "us"})
_PREDICATE_PREPOSITIONS = frozenset({"for", "in", "to", "into", "against", "with", "through", "from", "on", "at"})


@dataclass(frozen=True, slots=True)
class ClaimWords:
    negators: frozenset[str]
    hedges: frozenset[str]
    hedge_cues: frozenset[str]
    basis: dict[str, str]
    truth_words: frozenset[str]
    attitudes: frozenset[str]


@functools.lru_cache(maxsize=1)
def claim_words() -> ClaimWords:
    data: dict[str, Any] = read_table("claims.json")
    return ClaimWords(frozenset(data["negators"]), frozenset(data["hedges"]), frozenset(data["hedge_cues"]),
                      data["basis"], frozenset(data["truth_words"]), frozenset(data["attitudes"]))


# -- reading a clause ------------------------------------------------------------------------------------------------


def clause_root(tokens: Sequence[Token]) -> Token | None:
    """The token of ``tokens`` whose head lies outside them: the clause's main word, a verb when there is one."""
    inside = {token.i for token in tokens}
    # (``head.i == token.i`` is ``head == token``: one doc. Each ``token.head`` builds a new Token: once a word.)
    roots = [token for token in tokens if (head := token.head.i) not in inside or head == token.i]
    verbs = [token for token in roots if token.pos_ in {"VERB", "AUX"}]
    candidates = verbs or roots
    return candidates[0] if candidates else None


def _descend_to_proposition(root: Token) -> tuple[Token, str | None, Token | None]:
    """The clause that states the matter, the basis it rests on, and its subject when the clause has none of its
    own: ``reports that P`` and ``has information that P`` are about P; ``(it was) concerned about reports that P``
    is about P; ``Turkey of sending officers`` (what an accusation reports) is about Turkey sending officers."""
    words = claim_words()
    if root.lemma_.lower() in words.attitudes and not _is_negated(root):
        # "He knows there is no border crisis": what is known or believed is the matter.
        clause = next((child for child in root.children if child.dep_ == "ccomp"), None)
        if clause is not None:
            return _descend_to_proposition(clause)
    if root.lemma_.lower() in words.basis:
        clause = _clause_child(root)
        if clause is not None:
            return clause, words.basis[root.lemma_.lower()], None
    for child in root.children:
        if child.dep_ in {"dobj", "pobj"} and child.lemma_.lower() in words.basis:
            clause = _clause_child(child)
            if clause is not None:
                return clause, words.basis[child.lemma_.lower()], None
        if child.dep_ == "acomp":
            # "it was deeply concerned about reports that ...": the matter is what the concern is about.
            for prep in child.children:
                objects = [t for t in prep.children if t.dep_ == "pobj"] if prep.dep_ == "prep" else []
                if objects:
                    clause, basis, subject = _descend_to_proposition(objects[0])
                    if clause is not objects[0]:
                        return clause, basis, subject
    if root.pos_ in {"NOUN", "PROPN"}:
        # The accused and the accusation hang on the accusing verb side by side ("accused [Turkey] [of sending]").
        attached = [*root.children, *(root.head.children if root.dep_ == "dobj" else ())]
        for prep in attached:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "for"} and prep.i > root.i:
                verbs = [t for t in prep.children if t.dep_ in {"pcomp", "pobj"} and t.pos_ == "VERB"]
                if verbs:
                    return verbs[0], None, root
    return root, None, None


def _clause_child(token: Token) -> Token | None:
    return next((child for child in token.children if child.dep_ in {"acl", "ccomp", "relcl"}), None)


def _is_negated(root: Token) -> bool:
    """``not``/``never`` on the verb, or ``no``/``none``/``nobody`` as or on its subject or object."""
    negators = claim_words().negators
    for child in root.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in negators):
            return True
        if child.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS and (
            child.lower_ in negators
            or any(grand.dep_ == "det" and grand.lower_ == "no" for grand in child.children)
            or child.left_edge.lower_ in {"not", "no", "never"}  # "Not a single life was lost"
        ):
            return True
    return False


def _truth_judgement(root: Token) -> bool:
    """``it is (not) true``: a copula judging a proposition stated elsewhere."""
    return root.lemma_ == "be" and any(
        child.dep_ in {"acomp", "attr"} and child.lower_ in claim_words().truth_words for child in root.children
    )


def _judged_clause(root: Token) -> Token | None:
    """What ``it is not true`` judges: the clause that precedes it in the same sentence (``As far as X is
    concerned, it is not true``)."""
    for token in root.subtree:
        if token.dep_ == "advcl" and token.i < root.i:
            subject = next((child for child in token.children if child.dep_ in _SUBJECT_DEPS), None)
            return subject or token
    return None


def _predicate(root: Token) -> str:
    """The verb's lemma with its particle and first preposition: ``fight for``, ``send to``, ``take part in``."""
    words = [root.lemma_.lower()]
    words.extend(child.lower_ for child in root.children if child.dep_ == "prt")
    prepositions = [child for child in root.children if child.dep_ in {"prep", "dative"} and child.lower_ in
                    _PREDICATE_PREPOSITIONS]
    if prepositions:
        words.append(prepositions[0].lower_)
    return " ".join(words)


def _object(root: Token) -> Token | None:
    direct = next((child for child in root.children if child.dep_ in _OBJECT_DEPS), None)
    if direct is not None:
        return direct
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in _PREDICATE_PREPOSITIONS:
            return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    return None


def _phrase(body: str, token: Token | None) -> str | None:
    """A noun phrase's words without a trailing relative clause or apposition."""
    if token is None:
        return None
    right = token
    for child in token.rights:
        if child.dep_ not in {"prep", "compound", "amod", "nummod", "pobj", "poss", "case"}:
            break
        right = child.right_edge
    return body[token.left_edge.idx:right.idx + len(right.text)].strip(" ,")


@dataclass(frozen=True, slots=True)
class _Records:
    """An article's records, for finding which ones a phrase or clause refers to."""

    actors: tuple[Actor, ...]
    analysis: Analysis
    # Each character an actor's mention covers, to the first such actor: claims ask for the actor of a word
    # thousands of times an article, and scanning every mention each time was most of their cost.
    _by_character: dict[int, int] = field(init=False)
    # The answer for each word once asked (by token index): clauses overlap, and a word is asked about again.
    _by_token: dict[int, Actor | None] = field(init=False)
    # The places named as such: a demonym ("Turkish officers") or a place inside an organisation's name ("the
    # Washington Post") is neither where a claim is nor what it is about.
    named_places: tuple[Place, ...] = field(init=False)

    def __post_init__(self) -> None:
        by_character: dict[int, int] = {}
        for number, actor in enumerate(self.actors):
            for mention in actor.mentions:
                for position in range(mention.start, mention.end):
                    by_character.setdefault(position, number)
        object.__setattr__(self, "_by_character", by_character)
        object.__setattr__(self, "_by_token", {})
        object.__setattr__(self, "named_places", tuple(place for place in self.analysis.places if place.form == "name"))

    def actor_at(self, token: Token | None) -> str | None:
        if token is None:
            return None
        actor = self._actor(token)
        if actor is not None:
            return actor.id
        # "Turkish military officers": the head is counted by an actor of its own only through its modifiers.
        for child in token.children:
            if child.dep_ in {"amod", "compound"}:
                found = self.actor_at(child)
                if found is not None:
                    return found
        return None

    def _actor(self, token: Token) -> Actor | None:
        """The first actor (in the article's order) with a mention overlapping the word."""
        if token.i in self._by_token:
            return self._by_token[token.i]
        found = [number for position in range(token.idx, token.idx + len(token.text))
                 if (number := self._by_character.get(position)) is not None]
        actor = self.actors[min(found)] if found else None
        self._by_token[token.i] = actor
        return actor

    def country_at(self, token: Token) -> str | None:
        actor = self._actor(token)
        return actor.country if actor is not None else None

    def actor_key_at(self, token: Token) -> str | None:
        actor = self._actor(token)
        return actor.key if actor is not None else None

    def within(self, start: int, end: int, records: Iterable[Any]) -> str | None:
        found: str | None = next(
            (record.id for record in records if start <= record.span.start and record.span.end <= end), None
        )
        return found


# -- matter: the claim in concepts ------------------------------------------------------------------------------------


def _matter(records: _Records, root: Token, subject: Token | None, target: Token | None,
            clause: Sequence[Token], start: int, end: int) -> Matter:
    """Concepts of a claim for matching across articles: see ``claimgraph/knowledge/concepts.json``."""
    known = concepts()
    if subject is not None and subject.lemma_.lower() in known.predicates:
        # "the participation of foreign forces": the participants are the subject.
        of = next((child for child in subject.children if child.dep_ == "prep" and child.lower_ == "of"), None)
        subject = next((grand for grand in of.children if grand.dep_ == "pobj"), subject) if of else subject
    nationalities: set[str] = set()
    if subject is not None:
        for token in subject.subtree:
            if token.lower_ in known.foreign:
                nationalities.add("FOREIGN")
            country = records.country_at(token)
            if country is not None and token.dep_ in {"amod", "compound", "poss", "pobj", "nmod"}:
                nationalities.add(country)
    targets: set[str] = set()
    if target is not None:
        for token in target.subtree:
            key = records.country_at(token) or records.actor_key_at(token)
            if key is not None:
                targets.add(key)
    targets.update(place.country for place in records.named_places
                   if start <= place.span.start and place.span.end <= end and place.country)
    keywords = sorted({token.lemma_.lower() for token in clause
                       if token.pos_ in {"NOUN", "VERB", "PROPN", "ADJ", "NUM"} and not token.is_stop})
    return Matter(
        predicate=known.predicate(root.lemma_.lower()),
        subject=known.noun(subject.lemma_.lower()) if subject is not None else None,
        nationalities=tuple(sorted(nationalities)), targets=tuple(sorted(targets)), keywords=tuple(keywords),
    )


# -- claims ----------------------------------------------------------------------------------------------------------


def _claim_for_clause(
    doc: Doc, tokens: Sequence[Token], records: _Records, *, claimant: str | None, quote: Quote | None,
    cue_class: str | None, evidence: tuple[int, int], said_on: str | None,
) -> Claim | None:
    body = records.analysis.article.body
    root = clause_root(tokens)
    if root is None:
        return None
    negated = _is_negated(root)
    judged = _judged_clause(root) if _truth_judgement(root) else None
    basis: str | None = None
    if judged is not None:
        # "X ..., it is not true": the claim is about X, with the judgement's polarity.
        proposition = Proposition(
            predicate=judged.lemma_.lower(), subject=records.actor_at(judged), subject_text=_phrase(body, judged),
        )
        clause_tokens: list[Token] = list(judged.subtree)
        matter_of: tuple[Token, Token | None, Token | None] = (judged, judged, None)
    else:
        root, basis, accused = _descend_to_proposition(root)
        negated = negated or _is_negated(root)
        subject = accused or next((child for child in root.children if child.dep_ in _SUBJECT_DEPS), None)
        target = _object(root)
        proposition = Proposition(
            predicate=_predicate(root),
            subject=records.actor_at(subject), subject_text=_phrase(body, subject),
            object=records.actor_at(target), object_text=_phrase(body, target),
        )
        clause_tokens = list(root.subtree)
        matter_of = (root, subject, target)
    # Each word's offsets read once for both ends: a clause is read for every sentence the outlet states.
    offsets = [(first := token.idx, first + len(token.text)) for token in clause_tokens]
    start = min(first for first, _ in offsets)
    end = max(last for _, last in offsets)
    analysis = records.analysis
    proposition = dataclasses.replace(
        proposition, place=records.within(start, end, records.named_places),
        time=records.within(start, end, analysis.times), count=records.within(start, end, analysis.counts),
    )
    denies = cue_class == "deny"
    polarity = "deny" if negated != denies else "affirm"
    return Claim(
        id="", extractor=EXTRACTOR, claimant=claimant, quote=quote.id if quote else None, polarity=polarity,
        modality=_modality(tokens, quote, cue_class), said_on=said_on, basis=basis or _basis_of(tokens),
        proposition=proposition, evidence=Span.of(body, *evidence),
        matter=_matter(records, *matter_of, clause_tokens, start, end),
        confidence=quote.confidence if quote else 0.7,
    )


def _modality(tokens: Sequence[Token], quote: Quote | None, cue_class: str | None) -> str:
    words = claim_words()
    if cue_class == "concern":
        return "concern"
    if (tokens and tokens[-1].text == "?") or (quote and quote.cue and quote.cue.text.lower() in {"asked", "asks"}):
        return "question"
    cue_lemma = quote.cue.text.lower() if quote and quote.cue else ""
    if any(token.lower_ in words.hedges or token.lemma_.lower() in words.hedges for token in tokens) or any(
        cue_lemma.startswith(hedge) for hedge in words.hedge_cues
    ):
        return "hedged"
    return "asserted"


def _basis_of(tokens: Sequence[Token]) -> str | None:
    basis = claim_words().basis
    return next((basis[token.lemma_.lower()] for token in tokens if token.lemma_.lower() in basis
                 and token.pos_ == "NOUN"), None)


def _evidence(body: str, sentences: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int,
              ) -> tuple[int, int]:
    """The sentence or sentences holding a statement and its attribution. ``sentences`` are the doc's sentence
    bounds and ``starts`` their first characters, read once per article: ``doc.sents`` walks the whole document
    each time it is asked."""
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, max(start, end - 1)) - 1
    if first < 0 or last < 0:
        return start, end
    sentence_start, sentence_end = sentences[first][0], sentences[last][1]
    while sentence_end > sentence_start and body[sentence_end - 1].isspace():
        sentence_end -= 1
    return sentence_start, sentence_end


def _said_on(doc: Doc, quote: Quote, analysis: Analysis, sentences: Sequence[tuple[int, int]],
             starts: Sequence[int]) -> str | None:
    """The time the statement was made: a time in the cue's sentence but outside what was said (``said on
    Friday that ...``). ``sentences`` and ``starts`` are as for ``_evidence``."""
    if quote.cue is None:
        return None
    cue_tokens = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if cue_tokens is None or not len(cue_tokens):
        return None
    # The sentence of the cue's first word, found among the doc's sentences rather than by ``Token.sent``, which
    # checks the doc for sentence annotation and builds a span each time.
    sentence_start, sentence_end = sentences[bisect.bisect_right(starts, cue_tokens[0].idx) - 1]
    candidates = [
        time for time in analysis.times
        if sentence_start <= time.span.start < sentence_end
        and not (quote.content.start <= time.span.start < quote.content.end)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda time: abs(time.span.start - quote.cue.start)).id  # type: ignore[union-attr]


def _statement_clauses(doc: Doc, quote: Quote) -> list[list[Token]]:
    """The clauses a quote states: each sentence of a direct quote, the whole content of reported speech."""
    content = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
    if content is None or not len(content):
        return []
    if quote.kind != "direct":
        return [list(content)]
    clauses: list[list[Token]] = []
    for token in content:
        if not clauses or token.is_sent_start:
            clauses.append([])
        clauses[-1].append(token)
    return [clause for clause in clauses if any(token.pos_ in {"VERB", "AUX"} for token in clause)]


def _outlet_actor(actors: tuple[Actor, ...]) -> str | None:
    return next((actor.id for actor in actors if actor.kind == "outlet"), None)


def _outlet_clauses(doc: Doc, analysis: Analysis, text: str) -> list[SpacySpan]:
    """Sentences the outlet states itself: not quoted, not attributed, with a verb and its subject. ``text`` is
    ``doc.text``."""
    covered = [(q.content.start, q.content.end) for q in analysis.quotes]
    covered += [(q.cue.start, q.cue.end) for q in analysis.quotes if q.cue]
    dateline = analysis.article.dateline
    sentences = []
    for sentence in doc.sents:
        if any(start < sentence.end_char and sentence.start_char < end for start, end in covered):
            continue
        if dateline is not None and sentence.start_char < dateline.span.end <= sentence.end_char:
            # A sentence glued to a dateline is the lead; it is the outlet's unless attributed (checked above).
            pass
        root = sentence.root
        subject = next((child for child in root.children if child.dep_ in _SUBJECT_DEPS), None)
        # An outlet does not speak in the first or second person: "I really like it here" outside quote marks
        # is an interview transcript, someone else's words, not the outlet's claim.
        if root.pos_ in {"VERB", "AUX"} and subject is not None and subject.lower_ not in _PERSONS and not (
            text[sentence.start_char:sentence.end_char].rstrip().endswith("?")
        ):
            sentences.append(sentence)
    return sentences


def extract_claims(doc: Doc, analysis: Analysis) -> Analysis:
    records = _Records(analysis.actors, analysis)
    claims: list[Claim] = []
    sentences = [(sentence.start_char, sentence.end_char) for sentence in doc.sents]
    starts = [sentence_start for sentence_start, _ in sentences]
    text = doc.text  # spaCy joins the tokens' text at every access: once, not per quote
    for quote in analysis.quotes:
        cue_start = quote.cue.start if quote.cue else quote.content.start
        evidence = _evidence(text, sentences, starts, min(cue_start, quote.content.start),
                             max(quote.content.end, cue_start))
        said_on = _said_on(doc, quote, analysis, sentences, starts)
        for clause in _statement_clauses(doc, quote):
            claim = _claim_for_clause(doc, clause, records, claimant=quote.speaker.actor, quote=quote,
                                      cue_class=quote.cue_class, evidence=evidence, said_on=said_on)
            if claim is not None:
                claims.append(claim)
    outlet = _outlet_actor(analysis.actors)
    for sentence in _outlet_clauses(doc, analysis, text):
        # (``sentence.text`` is ``text[start_char:end_char]``, which spaCy would join from the tokens again.)
        start, end = sentence.start_char, sentence.end_char
        evidence = (start, start + len(text[start:end].rstrip()))
        claim = _claim_for_clause(doc, list(sentence), records, claimant=outlet, quote=None, cue_class=None,
                                  evidence=evidence, said_on=None)
        if claim is not None:
            claims.append(claim)
    claims.sort(key=lambda claim: claim.evidence.start)
    numbered = tuple(dataclasses.replace(claim, id=f"k{number}") for number, claim in enumerate(claims, start=1))
    return dataclasses.replace(analysis, claims=numbered)


CLAIMS = Component(NAME, VERSION, frozenset({"tokens", "sentences", "quotes", "actors", "counts"}),
                   frozenset({"claims"}), extract_claims)
