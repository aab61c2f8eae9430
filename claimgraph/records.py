"""Typed, immutable records: what the stages of claimgraph pass to each other.

Every extracted record carries its offsets into ``Article.body`` (``body[start:end] == text``) and the
name and version of the extractor that made it (``"entities/1"``). ``to_dict`` gives the JSON shape of
``../shared/CONTRACT.md``; the store keeps the same fields, one table per record type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCHEMA = "claimgraph/1"


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article body: ``body[start:end] == text``."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, body: str, start: int, end: int) -> Span:
        """The span of ``body`` between two offsets; the one way spans are made from a body."""
        if not 0 <= start <= end <= len(body):
            raise ValueError(f"span {start}:{end} lies outside a body of {len(body)} characters")
        return cls(body[start:end], start, end)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline of a wire story (``BAKU, October 3. /TASS/.``), parsed into its parts.

    ``date`` is an ISO date when the year is known, else ``--MM-DD`` (the TIMEX3 form of a date
    without a year) until the article's reference year is decided.
    """

    span: Span
    place: str | None
    date: str | None
    agency: str | None

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "place": self.place, "date": self.date, "agency": self.agency}


@dataclass(frozen=True, slots=True)
class Article:
    """One article, cleaned and ready for analysis. ``id`` is the hash of the normalised body."""

    id: str
    body: str
    title: str | None = None
    description: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str | None = None
    published_reason: str | None = None
    dateline: Dateline | None = None
    language: str | None = None
    source: str | None = None  # where it was read from (file path, path:line); not part of the contract

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "published_source": self.published_source,
            "published_reason": self.published_reason,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "language": self.language,
            "body": self.body,
        }


@dataclass(frozen=True, slots=True)
class Entity:
    """A raw named-entity mention as the NER model found it."""

    id: str
    extractor: str
    span: Span
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "extractor": self.extractor, **self.span.to_dict(), "label": self.label}


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world participant of an article, with all its mentions merged."""

    id: str
    extractor: str
    key: str
    name: str
    kind: str
    mentions: tuple[Span, ...]
    country: str | None = None
    sector: str | None = None
    roles: tuple[str, ...] = ()
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "extractor": self.extractor,
            "key": self.key,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "roles": list(self.roles),
            "mentions": [mention.to_dict() for mention in self.mentions],
            **({"confidence": self.confidence} if self.confidence is not None else {}),
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved to GeoNames (or to the project's own table for what GeoNames lacks).

    ``literal`` is False where the name stands for a government or a people (``Ankara was poised to ...``).
    ``form`` says how the text names the place: ``name``, ``demonym`` (``Turkish``) or ``embedded`` (``Zimbabwe``
    in ``Air Zimbabwe``); the last two are never literal.
    ``geonames_id`` may be None for places the gazetteers do not hold; ``source`` says which table resolved it.
    """

    id: str
    extractor: str
    span: Span
    name: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country: str | None
    feature: str
    literal: bool = True
    confidence: float | None = None
    form: str = "name"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "extractor": self.extractor, **self.span.to_dict(), "name": self.name,
            "geonames_id": self.geonames_id, "lat": self.lat, "lon": self.lon, "country": self.country,
            "feature": self.feature, "literal": self.literal, "form": self.form,
            **({"confidence": self.confidence} if self.confidence is not None else {}),
        }


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression normalised to a TIMEX3 value relative to the article's reference date.

    ``anchor`` says what a relative expression was resolved against (``published`` or ``dateline``), or
    ``absolute``; ``resolved`` is False when it needed an anchor the article lacks.
    """

    id: str
    extractor: str
    span: Span
    type: str
    value: str | None
    begin: str | None = None
    end_date: str | None = None
    anchor: str = "absolute"
    resolved: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "extractor": self.extractor, **self.span.to_dict(), "type": self.type,
            "value": self.value, "begin": self.begin, "end_date": self.end_date, "anchor": self.anchor,
            "resolved": self.resolved,
        }


@dataclass(frozen=True, slots=True)
class Count:
    """A number of something (``over 300 Syrian militants``): value, qualifier, unit and the actor counted."""

    id: str
    extractor: str
    span: Span
    value: float | int
    qualifier: str | None
    unit: str | None
    actor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "extractor": self.extractor, **self.span.to_dict(), "value": self.value,
            "qualifier": self.qualifier, "unit": self.unit, "actor": self.actor,
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is from: the actor when resolved, and the words that name it in the sentence (``he``).
    ``members`` are the actors a collective speaker stands for (``both sides``: the article's two main states);
    ``owner`` is the actor whose people an unresolved description names (``his lawyers``: the client)."""

    actor: str | None
    span: Span | None
    resolved: bool
    members: tuple[str, ...] = ()
    owner: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, **(self.span.to_dict() if self.span else {"text": None, "start": None,
                "end": None}), "resolved": self.resolved, "members": list(self.members), "owner": self.owner}


@dataclass(frozen=True, slots=True)
class Quote:
    """One reported statement (or one segment of it): what was said, by whom, and the cue that says so.

    Segments of one direct quote split by its cue (``"...," he said. "..."``) or running over paragraphs share
    ``utterance``. ``kind`` is direct (in quote marks), indirect (reported speech) or mixed (reported speech
    holding a quoted phrase).
    """

    id: str
    extractor: str
    kind: str
    utterance: str
    speaker: Speaker
    cue: Span | None
    cue_class: str | None
    content: Span
    addressee_actor: str | None = None
    addressee_text: str | None = None
    venue: str | None = None
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        addressee = (
            {"actor": self.addressee_actor, "text": self.addressee_text} if self.addressee_text is not None else None
        )
        return {
            "id": self.id, "extractor": self.extractor, "kind": self.kind, "utterance": self.utterance,
            "speaker": self.speaker.to_dict(), "cue": self.cue.to_dict() if self.cue else None,
            "cue_class": self.cue_class, "addressee": addressee, "venue": self.venue,
            "content": self.content.to_dict(),
            **({"confidence": self.confidence} if self.confidence is not None else {}),
        }


@dataclass(frozen=True, slots=True)
class Proposition:
    """Who does what to whom, where and when, as a claim states it; references are record ids of the article.

    ``predicate`` is the claimed action's lemma with its particle or preposition (``fight for``), without the
    negation (the claim's polarity carries it), so that a claim and its denial share one proposition.
    """

    predicate: str
    subject: str | None = None
    subject_text: str | None = None
    object: str | None = None
    object_text: str | None = None
    place: str | None = None
    time: str | None = None
    count: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject, "subject_text": self.subject_text, "predicate": self.predicate,
            "object": self.object, "object_text": self.object_text, "place": self.place, "time": self.time,
            "count": self.count,
        }


@dataclass(frozen=True, slots=True)
class Matter:
    """What a claim is about, in concepts rather than words, so that claims worded differently can meet in
    ``link``: predicate and subject concepts (``fight``, ``combatants``), the countries of the subject
    (``TUR``, or ``FOREIGN``), the countries or actors it concerns, and its content words."""

    predicate: str
    subject: str | None
    nationalities: tuple[str, ...]
    targets: tuple[str, ...]
    keywords: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"predicate": self.predicate, "subject": self.subject, "nationalities": list(self.nationalities),
                "targets": list(self.targets), "keywords": list(self.keywords)}


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement someone makes (or the outlet makes in its own voice), with polarity and modality."""

    id: str
    extractor: str
    claimant: str | None
    quote: str | None
    polarity: str
    modality: str
    said_on: str | None
    basis: str | None
    proposition: Proposition
    evidence: Span
    matter: Matter | None = None
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "extractor": self.extractor, "claimant": self.claimant, "quote": self.quote,
            "polarity": self.polarity, "modality": self.modality, "said_on": self.said_on, "basis": self.basis,
            "proposition": self.proposition.to_dict(), "evidence": self.evidence.to_dict(),
            "matter": self.matter.to_dict() if self.matter else None,
            **({"confidence": self.confidence} if self.confidence is not None else {}),
        }


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where and when, coded in PLOVER (with the CAMEO code and root derived from it).

    ``modality`` keeps negated, future and hypothetical events apart from facts; ``reported_by`` names the
    claimant when only a speaker asserts the event, not the outlet.
    """

    id: str
    extractor: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo_code: str | None
    cameo_root: str | None
    quad_class: int | None
    goldstein: float | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    place: str | None
    time: str | None
    time_source: str
    size: str | None
    dead: str | None
    injured: str | None
    modality: str
    reported_by: str | None
    trigger: Span
    evidence: Span
    confidence: float | None = None

    @property
    def negated(self) -> bool:
        return self.modality == "negated"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "extractor": self.extractor, "type": self.type, "mode": self.mode,
            "context": list(self.context), "cameo_code": self.cameo_code, "cameo_root": self.cameo_root,
            "quad_class": self.quad_class, "goldstein": self.goldstein, "source": list(self.source),
            "target": list(self.target), "place": self.place, "time": self.time, "time_source": self.time_source,
            "size": self.size, "dead": self.dead, "injured": self.injured, "modality": self.modality,
            "negated": self.negated, "reported_by": self.reported_by, "trigger": self.trigger.to_dict(),
            "evidence": self.evidence.to_dict(),
            **({"confidence": self.confidence} if self.confidence is not None else {}),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything extracted from one article. Lists the contract names stay empty until their component exists."""

    article: Article
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    counts: tuple[Count, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "actors": [actor.to_dict() for actor in self.actors],
            "entities": [entity.to_dict() for entity in self.entities],
            "places": [place.to_dict() for place in self.places],
            "times": [time.to_dict() for time in self.times],
            "counts": [count.to_dict() for count in self.counts],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "claims": [claim.to_dict() for claim in self.claims],
            "events": [event.to_dict() for event in self.events],
        }

    def spans(self) -> list[Span]:
        """Every span in the analysis, for checks that offsets slice the body to the recorded text."""
        found: list[Span] = [entity.span for entity in self.entities]
        found.extend(place.span for place in self.places)
        found.extend(time.span for time in self.times)
        found.extend(count.span for count in self.counts)
        found.extend(claim.evidence for claim in self.claims)
        for event in self.events:
            found.extend((event.trigger, event.evidence))
        for quote in self.quotes:
            found.append(quote.content)
            found.extend(span for span in (quote.cue, quote.speaker.span) if span is not None)
        for actor in self.actors:
            found.extend(actor.mentions)
        if self.article.dateline:
            found.append(self.article.dateline.span)
        return found


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be analysed: kept with where it failed and why, so nothing is lost silently."""

    source: str
    stage: str
    code: str
    message: str
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input left out on purpose (not English); not a failure."""

    source: str
    reason: str
    language: str | None
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Sighting:
    """One arrival of an article body: where, from which outlet, under which URL and date.

    The same body arriving twice is stored once with two sightings; later stages tell syndicated copies from
    independent sources with them.
    """

    article_id: str
    source: str
    outlet: str | None
    url: str | None
    published: str | None
