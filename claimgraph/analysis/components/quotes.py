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
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimgraph.analysis.pipeline import Component
from claimgraph.records import Actor, Analysis, Quote, Span, Speaker

NAME = "quotes"
VERSION = 1
EXTRACTOR = f"{NAME}/{VERSION}"

OPENING_MARKS = "“„«"
CLOSING_MARKS = "”»"
STRAIGHT_MARK = '"'
# A quoted phrase this short inside a sentence of the outlet's own is a scare quote or a title unless a cue
# attributes it; inside reported speech it makes the indirect quote mixed.
SHORT_QUOTE_WORDS = 4
# The longest attribution that splits one utterance: `"...," said Lena Marsh, an analyst at the Institute. "..."`.
MAX_SPLIT_ATTRIBUTION_WORDS = 16
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_SPEAKER_MODIFIERS = frozenset({"prep", "compound", "flat", "nummod", "amod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_HEADLINE_ATTRIBUTION = re.compile(r"^(?P<content>.*\S)\s+[—–-]{1,2}\s+(?P<speaker>[\w’'. -]{2,40})$")


@dataclass(frozen=True, slots=True)
class CueLexicon:
    verbs: dict[str, str]
    phrases: dict[str, str]
    nouns: dict[str, str]
    venues: frozenset[str]


@functools.lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    data: dict[str, Any] = json.loads(
        resources.files("claimgraph.knowledge").joinpath("cues.json").read_text(encoding="utf-8")
    )
    return CueLexicon(data["verbs"], data["phrases"], data["nouns"], frozenset(data["venues"]))


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
        for index in range(start, end):
            char = body[index]
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


def _words(text: str) -> int:
    return len(text.split())


# -- the parse: cues, subjects, content ---------------------------------------------------------------------------


def _cue_class_of(token: Token) -> str | None:
    lexicon = cue_lexicon()
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        return lexicon.verbs.get(token.lemma_.lower())
    return None


def _subject(cue: Token) -> Token | None:
    """The speaker's head word: the cue's subject, the agent of a passive cue, or the subject of ``went on``."""
    for child in cue.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects:
                return objects[0]
    # "went on to say" and "said and added" share the subject of the verb they hang on; "he said when asked"
    # does not make "asked" his statement.
    if cue.dep_ in {"xcomp", "conj"} or (cue.dep_ == "advcl" and cue.head.lemma_ == "go"):
        return _subject(cue.head) if cue.head is not cue else None
    return None


def _phrase_cue(cue: Token) -> tuple[int, int, str] | None:
    """A multi-word cue around ``cue`` (``went on to say``, ``voiced concern``): its char range and class."""
    lexicon = cue_lexicon()
    if cue.lemma_ == "say" and cue.dep_ in {"xcomp", "advcl"} and cue.head.lemma_ == "go":
        return cue.head.idx, cue.idx + len(cue.text), lexicon.phrases["go on to say"]
    for child in cue.children:
        if child.dep_ == "dobj":
            phrase = f"{cue.lemma_.lower()} {child.lemma_.lower()}"
            if phrase in lexicon.phrases:
                return cue.idx, child.idx + len(child.text), lexicon.phrases[phrase]
    return None


def _content_tokens(cue: Token, cue_class: str) -> list[Token]:
    """The reported proposition: the cue's clausal complement; for cues that take one, its object or the object
    of ``about``/``over``/``of``."""
    for child in cue.children:
        if child.dep_ == "ccomp":
            return [token for token in child.subtree if not (token.dep_ == "mark" and token.head == child)]
    if cue_class == "assert":
        return []  # "he said" with no clause reports nothing here (a direct quote may carry it)
    for child in cue.children:
        if child.dep_ == "xcomp" and cue_class == "request":
            return list(child.subtree)
        if child.dep_ == "prep":
            found = _prepositional_object(child)
            if found:
                return found
        if child.dep_ == "dobj":
            if f"{cue.lemma_.lower()} {child.lemma_.lower()}" in cue_lexicon().phrases:
                # "voiced concern about P": the content is P, the object of the cue's noun.
                return next((found for prep in child.children if prep.dep_ == "prep"
                             and (found := _prepositional_object(prep))), [])
            return list(child.subtree)
    return []


def _prepositional_object(prep: Token) -> list[Token]:
    """What ``about``/``over``/``of``/``on``/``for`` introduces, as content (``concern about P``)."""
    if prep.lower_ not in {"about", "over", "of", "on", "for"}:
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
    if not ordered:
        return None
    start, end = _trimmed(body, ordered[0].idx, ordered[-1].idx + len(ordered[-1].text))
    return (start, end) if end > start else None


# -- speakers ------------------------------------------------------------------------------------------------------


@dataclass
class _Resolver:
    """Finds the actor a speaker phrase refers to, remembering the last speaker for pronouns."""

    body: str
    actors: tuple[Actor, ...]
    dateline: tuple[int, int] | None = None
    last_actor: str | None = None

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
        if head.lower_ in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head  # "an analyst who said": the analyst
        if self.dateline is not None and self.dateline[0] <= head.idx < self.dateline[1]:
            # The parser hangs a glued dateline ("BAKU, October 4 (Wire) - Azerbaijan denied") on the sentence's
            # subject; the speaker is the first name after the dateline.
            after = [t for t in head.sent if self.dateline[1] <= t.idx < head.head.idx and t.pos_ in _NOMINAL]
            if not after:
                return Speaker(None, None, False)
            head = after[0]
            while head.i + 1 < len(head.doc) and head.nbor(1).pos_ == "PROPN" and head.nbor(1).dep_ == "compound":
                head = head.nbor(1)
        # The speaker's words are its phrase ("Azerbaijan's Deputy Foreign Minister Fariz Rzayev", "a resident of
        # the town") without a trailing apposition or relative clause (", an analyst at ...", ", who said").
        right = head
        for child in head.rights:
            if child.dep_ not in _SPEAKER_MODIFIERS:
                break
            right = child.right_edge
        phrase = _trimmed(self.body, head.left_edge.idx, right.idx + len(right.text))
        span = Span.of(self.body, *phrase)
        # The head word decides (``Rzayev`` in ``Azerbaijan's ... Fariz Rzayev``): a modifier's actor is not the
        # speaker (``Azerbaijani`` in ``the Azerbaijani diplomat``).
        actor = self.actor_covering(head.idx, head.idx + len(head.text))
        if actor is None and head.lower_ in _PERSONAL_PRONOUNS and self.last_actor is not None:
            # A pronoun the actor resolver left alone: in news copy it is the speaker quoted just before.
            actor = self.last_actor
            span = Span.of(self.body, head.idx, head.idx + len(head.text))
        if actor is not None:
            self.last_actor = actor
        return Speaker(actor, span, actor is not None)


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


def _cue_range(cue: Token) -> tuple[int, int, str] | None:
    phrase = _phrase_cue(cue)
    if phrase is not None:
        return phrase
    cue_class = _cue_class_of(cue)
    return (cue.idx, cue.idx + len(cue.text), cue_class) if cue_class else None


def _inside(position: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


def _attribution_cue(doc: Doc, start: int, end: int, quoted: list[tuple[int, int]]) -> Token | None:
    """The speech cue in the text between ``start`` and ``end`` that lies outside every quote."""
    window = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if window is None:
        return None
    for token in window:
        if not token.is_space and not _inside(token.idx, quoted) and _cue_range(token) is not None:
            return token
    return None


_ATTRIBUTION_WORDS = frozenset({"said", "says", "added", "adds", "told", "asked", "explained", "continued", "noted",
                                "stressed", "emphasized", "emphasised", "insisted", "wrote", "argued", "warned"})


def _group_utterances(body: str, segments: list[Segment]) -> list[list[Segment]]:
    """Segments of one utterance: a quote continued in the next paragraph, or split by a short attribution
    (``"...," he said. "..."``)."""
    groups: list[list[Segment]] = []
    for segment in segments:
        if groups:
            previous = groups[-1][-1]
            gap = body[previous.end + 1:segment.start - 1]
            continued = previous.continues and segment.paragraph > previous.paragraph and not gap.strip()
            split_by_cue = (
                segment.paragraph == previous.paragraph and 0 < _words(gap) <= MAX_SPLIT_ATTRIBUTION_WORDS
                and any(word.strip(",.").lower() in _ATTRIBUTION_WORDS for word in gap.split())
            )
            if continued or split_by_cue:
                groups[-1].append(segment)
                continue
        groups.append([segment])
    return groups


def _direct_drafts(doc: Doc, body: str, segments: list[Segment]) -> list[_Draft]:
    paragraphs = list(_paragraphs(body))
    quoted = [(segment.start, segment.end) for segment in segments]
    drafts: list[_Draft] = []
    for group in _group_utterances(body, segments):
        first, last = group[0], group[-1]
        after = (last.end + 1, paragraphs[last.paragraph][1])
        before = (paragraphs[first.paragraph][0], max(paragraphs[first.paragraph][0], first.start - 1))
        # The cue after the quote ("...," he said), else between its segments, else before it (He said: "...").
        cue = (
            _attribution_cue(doc, *after, quoted)
            or next((c for a, b in itertools.pairwise(group)
                     if (c := _attribution_cue(doc, a.end + 1, b.start - 1, quoted))), None)
            or _attribution_cue(doc, *before, quoted)
        )
        contents = tuple(
            content for segment in group if (content := _trimmed(body, segment.start, segment.end))[1] > content[0]
        )
        if not contents:
            continue
        if cue is None:
            if sum(_words(body[start:end]) for start, end in contents) <= SHORT_QUOTE_WORDS:
                continue  # a scare quote or a title: the outlet's own words, no one is quoted
            drafts.append(_Draft("direct", contents, None, None, None, None, 0.6))
            continue
        cue_start, cue_end, cue_class = _cue_range(cue) or (cue.idx, cue.idx + len(cue.text), "assert")
        head = _subject(cue) or _according_to_object(cue)
        drafts.append(_Draft("direct", contents, (cue_start, cue_end), cue_class, cue, head, 0.9))
    return drafts


def _according_to_object(token: Token) -> Token | None:
    if token.lower_ == "according":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
                return objects[0] if objects else None
    return None


def _indirect_drafts(doc: Doc, body: str, direct: list[_Draft], segments: list[Segment]) -> list[_Draft]:
    quoted = [content for draft in direct for content in draft.contents]
    direct_cues = {draft.cue for draft in direct if draft.cue}
    drafts: list[_Draft] = []
    for token in doc:
        if _inside(token.idx, quoted):
            continue
        according = _according_to_object(token)
        if according is not None:
            draft = _according_to(token, according, body)
            if draft is not None:
                drafts.append(draft)
            continue
        cue = _cue_range(token)
        if cue is None or (cue[0], cue[1]) in direct_cues:
            continue
        cue_start, cue_end, cue_class = cue
        content = _span_of_tokens(body, (t for t in _content_tokens(token, cue_class) if not _inside(t.idx, quoted)))
        head = _subject(token)
        if content is None or head is None or _words(body[content[0]:content[1]]) < 2:
            continue
        inner = [s for s in segments if content[0] <= s.start and s.end <= content[1]]
        kind = "mixed" if inner else "indirect"
        drafts.append(_Draft(kind, (content,), (cue_start, cue_end), cue_class, token, head, 0.8))
    # A cue inside another quote's content is part of what that speaker reported ("went on to say that Azerbaijan
    # appreciated the efforts"), not a statement of its own.
    return [
        draft for draft in drafts
        if not any(other is not draft and draft.cue and _inside(draft.cue[0], other.contents) for other in drafts)
    ]


def _according_to(token: Token, source: Token, body: str) -> _Draft | None:
    """``according to X, P`` / ``P, according to X``: the content is the clause the phrase modifies."""
    sentence: SpacySpan = token.sent
    phrase = sorted(token.subtree, key=lambda t: t.i)
    phrase_start, phrase_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    if phrase_start - sentence.start_char < sentence.end_char - phrase_end:
        start, end = _trimmed(body, phrase_end, sentence.end_char)
    else:
        start, end = _trimmed(body, sentence.start_char, phrase_start)
    if _words(body[start:end]) < 2:
        return None
    to = token.nbor(1)
    return _Draft("indirect", ((start, end),), (token.idx, to.idx + len(to.text)), "assert", None, source, 0.8)


def _headline_draft(analysis: Analysis) -> tuple[_Draft, tuple[int, int]] | None:
    """Wire headlines attribute with a trailing dash: ``Troops not engaged in operations — diplomat``."""
    title, body = analysis.article.title, analysis.article.body
    if not title or not body.startswith(title):
        return None
    match = _HEADLINE_ATTRIBUTION.match(title)
    if match is None or _words(match["speaker"]) > 4:
        return None
    dash = body.rfind(" ", 0, match.start("speaker") - 1) + 1
    draft = _Draft("indirect", ((0, match.end("content")),), (dash, match.start("speaker") - 1), "assert", None,
                   None, 0.5)
    return draft, (match.start("speaker"), match.end("speaker"))


def _headline_speaker(analysis: Analysis, resolver: _Resolver, words: tuple[int, int], quotes: list[Quote]) -> Speaker:
    """The actor a headline's description names: an actor mentioned by those words, else the one actor whose
    roles contain the word, else the article's most quoted resolved speaker (in wire copy the headline
    summarises the main statement)."""
    body = analysis.article.body
    span = Span.of(body, *words)
    actor = resolver.actor_covering(*words)
    if actor is None:
        word = span.text.strip().lower()
        roles = [a.id for a in analysis.actors if any(word in role.lower() for role in a.roles)]
        actor = roles[0] if len(roles) == 1 else None
    if actor is None:
        counts: dict[str, int] = {}
        for quote in quotes:
            if quote.speaker.actor:
                counts[quote.speaker.actor] = counts.get(quote.speaker.actor, 0) + 1
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


def extract_quotes(doc: Doc, analysis: Analysis) -> Analysis:
    body = analysis.article.body
    segments = find_segments(body)
    direct = _direct_drafts(doc, body, segments)
    drafts = sorted([*direct, *_indirect_drafts(doc, body, direct, segments)], key=lambda draft: draft.position)
    dateline = analysis.article.dateline
    resolver = _Resolver(body, analysis.actors, (dateline.span.start, dateline.span.end) if dateline else None)
    quotes: list[Quote] = []
    for number, draft in enumerate(drafts, start=1):
        speaker = resolver.speaker(draft.speaker_head)
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
    headline = _headline_draft(analysis)
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


QUOTES = Component(NAME, VERSION, frozenset({"tokens", "sentences", "actors"}), frozenset({"quotes"}), extract_quotes)
