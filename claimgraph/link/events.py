"""Events across articles: the same event reported by many outlets is one event with many mentions.

Mentions are grouped by blocking, never by comparing all pairs: a block holds the mentions of one PLOVER type and
one modality (an attack and a denied attack are different statements) whose participants are the same set of
actor keys, however they are split into source and target. Within a block, mentions are taken in date order and
join the first open group whose first day lies at most ``WINDOW_DAYS`` before theirs, whose direction agrees
(the same sources and targets, or one side reports the event as two-sided: ``A and B clashed`` and ``A attacked
B``) and whose place does not contradict theirs (two places in different countries). Each group counts its
mentions and its independent sources: the speaker who reports the event (``reported_by``), else the story it
comes from (copies and rewrites of one story count once, as ``link/runner.source_of`` counts claims).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from claimgraph.records import Analysis

# Reports of one event are dated by the event when they say when it happened and by their publication when they
# do not; a report a day or two after the event is common in wire copy, a week later it is usually a new event.
WINDOW_DAYS = 2


@dataclass(frozen=True, slots=True)
class EventRow:
    """One stored event mention with what grouping needs: type, who, where, when, and who vouches for it."""

    article_id: str
    event_id: str
    type: str
    cameo_code: str | None
    modality: str
    source_keys: frozenset[str]
    target_keys: frozenset[str]
    place: str | None  # the place's name (or GeoNames id), for output
    place_country: str | None
    day: dt.date | None
    reported_by: str | None  # the actor key of the speaker who reports it, or None

    @property
    def key(self) -> tuple[str, str]:
        return self.article_id, self.event_id

    @property
    def participants(self) -> frozenset[str]:
        return self.source_keys | self.target_keys

    @property
    def two_sided(self) -> bool:
        """Every party a source: ``clashes between A and B``."""
        return not self.target_keys and len(self.source_keys) > 1


@dataclass(frozen=True, slots=True)
class EventGroup:
    """Mentions of one event, and what they say of it together."""

    id: str
    members: tuple[EventRow, ...]
    independent_sources: int

    def row(self) -> dict[str, Any]:
        members = self.members
        codes = Counter(member.cameo_code for member in members if member.cameo_code)
        places = Counter(member.place for member in members if member.place)
        days = [member.day for member in members if member.day is not None]
        first = members[0]
        # The direction most mentions give; two-sided reports only where no mention gives one.
        directed = [member for member in members if member.target_keys] or list(members)
        sources = Counter(member.source_keys for member in directed).most_common(1)[0][0]
        targets = Counter(member.target_keys for member in directed).most_common(1)[0][0]
        return {
            "id": self.id, "type": first.type, "cameo_code": codes.most_common(1)[0][0] if codes else None,
            "source_keys": sorted(sources), "target_keys": sorted(targets),
            "place": places.most_common(1)[0][0] if places else None,
            "first_day": min(days) if days else None, "last_day": max(days) if days else None,
            "mentions": len(members), "independent_sources": self.independent_sources,
        }

    def mention_rows(self) -> list[dict[str, Any]]:
        return [{"group_id": self.id, "article_id": member.article_id, "event_id": member.event_id}
                for member in self.members]


def event_source(row: EventRow, clusters: dict[str, str]) -> str:
    """Who stands behind a mention: the speaker who reports it, else the story (its copy cluster)."""
    if row.reported_by and not row.reported_by.startswith("outlet:"):
        return row.reported_by
    return f"story:{clusters.get(row.article_id, row.article_id)}"


def _modality_class(modality: str) -> str:
    return "intent" if modality in {"future", "hypothetical"} else modality


def _compatible(first: EventRow, second: EventRow) -> bool:
    same_direction = (first.source_keys, first.target_keys) == (second.source_keys, second.target_keys)
    if not (same_direction or first.two_sided or second.two_sided):
        return False
    return not (first.place_country and second.place_country and first.place_country != second.place_country)


def _group_id(members: Sequence[EventRow]) -> str:
    first = min(member.key for member in members)
    return "G" + hashlib.sha1("/".join(first).encode()).hexdigest()[:12]


def group_events(rows: Iterable[EventRow], clusters: dict[str, str] | None = None) -> list[EventGroup]:
    """Mentions grouped into events (see the module docstring); groups in order of their first mention."""
    clusters = clusters or {}
    blocks: dict[tuple[str, str, frozenset[str]], list[EventRow]] = defaultdict(list)
    for row in rows:
        blocks[(row.type, _modality_class(row.modality), row.participants)].append(row)
    groups: list[list[EventRow]] = []
    for block in blocks.values():
        open_groups: list[list[EventRow]] = []
        # Undated mentions last: they join a dated group of their block only if it agrees in every other way.
        for row in sorted(block, key=lambda item: (item.day is None, item.day or dt.date.min, item.key)):
            home = next((group for group in open_groups if _joins(group, row)), None)
            if home is None:
                home = []
                open_groups.append(home)
            home.append(row)
        groups.extend(open_groups)
    result = [
        EventGroup(_group_id(members), tuple(members), len({event_source(member, clusters) for member in members}))
        for members in groups
    ]
    return sorted(result, key=lambda group: min(member.key for member in group.members))


def _joins(group: Sequence[EventRow], row: EventRow) -> bool:
    first_day = group[0].day
    if row.day is not None and first_day is not None and (row.day - first_day).days > WINDOW_DAYS:
        return False
    return all(_compatible(member, row) for member in group)


def event_tables(groups: Sequence[EventGroup]) -> dict[str, list[dict[str, Any]]]:
    """The ``event_groups`` and ``event_mentions`` rows of ``link``."""
    return {
        "event_groups": [group.row() for group in groups],
        "event_mentions": [row for group in groups for row in group.mention_rows()],
    }


def event_row(row: dict[str, Any]) -> EventRow:
    """An ``event_details`` row as grouping reads it."""
    day = row["day"]
    return EventRow(
        article_id=row["article_id"], event_id=row["event_id"], type=row["type"], cameo_code=row["cameo_code"],
        modality=row["modality"], source_keys=frozenset(row["source_keys"] or ()),
        target_keys=frozenset(row["target_keys"] or ()), place=row["place_name"], place_country=row["place_country"],
        day=day if isinstance(day, dt.date) else None, reported_by=row["reported_by_key"],
    )


def rows_from_analysis(analysis: Analysis) -> list[EventRow]:
    """The events of one analysis as ``link`` reads them from the store (for tests and evaluation)."""
    actors = {actor.id: actor for actor in analysis.actors}
    places = {place.id: place for place in analysis.places}
    times = {time.id: time for time in analysis.times}
    published = _date(analysis.article.published)
    rows = []
    for event in analysis.events:
        place = places.get(event.place or "")
        time = times.get(event.time or "")
        speaker = actors.get(event.reported_by or "")
        rows.append(EventRow(
            article_id=analysis.article.id, event_id=event.id, type=event.type, cameo_code=event.cameo_code,
            modality=event.modality, source_keys=frozenset(actors[i].key for i in event.source if i in actors),
            target_keys=frozenset(actors[i].key for i in event.target if i in actors),
            place=place.name if place else None, place_country=place.country if place else None,
            day=(_date(time.begin) if time else None) or published, reported_by=speaker.key if speaker else None,
        ))
    return rows


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
