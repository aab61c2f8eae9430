"""Event exports: POLECAT-style JSON (``plover``) and a GDELT-like event table (``gdelt``).

Both read the stored events through the ``event_details`` view and group the mentions of one event across articles
with ``claimgraph.link.events.group_events`` (the function ``link`` stores as ``event_groups``), so one event
reported by five outlets is one record with five mentions, whether or not ``link`` has run since the last ingest.
Independent sources are counted over the copy clusters ``link`` last stored (``article_copies``); before any
``link`` every article counts as its own story. ``docs/events.md`` documents every field and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from claimgraph.knowledge.events import event_knowledge
from claimgraph.link.copies import copy_clusters
from claimgraph.link.events import EventGroup, EventRow, event_row, group_events
from claimgraph.store import Store

EVENT_FORMATS = ("plover", "gdelt")
# The GDELT-like table's columns, in order (docs/events.md says what each holds).
GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor1Key",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "Actor2Key",
    "IsReciprocal", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "SOURCEURL", "PloverType", "PloverMode", "Modality", "ReportedBy",
)
# GDELT's ActionGeo_Type: 1 country, 4 world city, 5 world state (first-order division); other features (regions,
# landmarks) are located like cities, by a point.
# Types whose sources, with no target, act on each other (PLOVER lists every side of fighting or talks as source).
_TWO_SIDED_TYPES = frozenset({"ASSAULT", "CONSULT", "COOPERATE", "AGREE"})
_GEO_TYPES = {"country": 1, "admin1": 5, "state": 5, "province": 5}


@dataclass(frozen=True, slots=True)
class _Store:
    """What the exports read from a store, fetched once."""

    details: dict[tuple[str, str], dict[str, Any]]
    records: dict[tuple[str, str], dict[str, Any]]
    actors: dict[tuple[str, str], dict[str, Any]]
    counts: dict[tuple[str, str], dict[str, Any]]
    groups: list[EventGroup]


def _read(store: Store) -> _Store:
    details = store.rows("SELECT * FROM event_details ORDER BY article_id, event_id")
    records = {(row["article_id"], row["id"]): json.loads(row["record"])
               for row in store.rows("SELECT article_id, id, record FROM events")}
    actors = {(row["article_id"], row["id"]): row for row in store.rows(
        "SELECT article_id, id, key, name, kind, country, sector FROM actors "
        "WHERE article_id IN (SELECT DISTINCT article_id FROM events)")}
    counts = {(row["article_id"], row["id"]): json.loads(row["record"]) for row in store.rows(
        "SELECT article_id, id, record FROM counts WHERE article_id IN (SELECT DISTINCT article_id FROM events)")}
    article_ids = [row["id"] for row in store.rows("SELECT id FROM articles")]
    copies = [(row["article_a"], row["article_b"], row["similarity"])
              for row in store.rows("SELECT article_a, article_b, similarity FROM article_copies")]
    groups = group_events((event_row(row) for row in details), copy_clusters(article_ids, copies))
    return _Store({(row["article_id"], row["event_id"]): row for row in details}, records, actors, counts, groups)


def _representative(group: EventGroup, data: _Store) -> EventRow:
    """The mention that says most: a place, a date from the text, a target, then the first."""
    def richness(member: EventRow) -> tuple[int, int, int]:
        detail = data.details[member.key]
        return (detail["place_name"] is not None, detail["time_source"] == "text", bool(member.target_keys))
    return max(group.members, key=lambda member: (richness(member), [-ord(c) for c in member.article_id]))


def _actor(data: _Store, article_id: str, actor_id: str) -> dict[str, Any]:
    actor = data.actors.get((article_id, actor_id), {})
    return {"key": actor.get("key"), "name": actor.get("name"), "country": actor.get("country"),
            "sector": actor.get("sector")}


def _count_value(data: _Store, article_id: str, count_id: str | None) -> float | int | None:
    count = data.counts.get((article_id, count_id)) if count_id else None
    return count["value"] if count else None


def _modes(group: EventGroup, data: _Store) -> str | None:
    modes = Counter(data.details[member.key]["mode"] for member in group.members if data.details[member.key]["mode"])
    return modes.most_common(1)[0][0] if modes else None


def plover_records(store: Store) -> Iterator[dict[str, Any]]:
    """One POLECAT-style record per event (mentions grouped across articles)."""
    data = _read(store)
    for group in data.groups:
        best = _representative(group, data)
        detail = data.details[best.key]
        record = data.records[best.key]
        summary = group.row()
        contexts = sorted({context for member in group.members for context in data.records[member.key]["context"]})
        location = None
        if detail["place_name"] is not None:
            location = {"name": detail["place_name"], "country": detail["place_country"], "lat": detail["place_lat"],
                        "lon": detail["place_lon"], "geonames_id": detail["place_geonames_id"],
                        "feature": detail["place_feature"]}
        yield {
            "event_id": group.id,
            "event_date": summary["first_day"].isoformat() if summary["first_day"] else None,
            "event_type": group.members[0].type, "event_mode": _modes(group, data), "contexts": contexts,
            "modality": best.modality,
            "cameo": {"code": summary["cameo_code"], "root": detail["cameo_root"], "quad_class": detail["quad_class"],
                      "goldstein": detail["goldstein"]},
            "actors": [_actor(data, best.article_id, actor_id) for actor_id in record["source"]],
            "recipients": [_actor(data, best.article_id, actor_id) for actor_id in record["target"]],
            "location": location,
            "size": _count_value(data, best.article_id, record["size"]),
            "dead": _count_value(data, best.article_id, record["dead"]),
            "injured": _count_value(data, best.article_id, record["injured"]),
            "mentions": len(group.members), "independent_sources": group.independent_sources,
            "articles": [_mention(data, member) for member in group.members],
        }


def _mention(data: _Store, member: EventRow) -> dict[str, Any]:
    detail = data.details[member.key]
    published = detail["published"]
    return {
        "article_id": member.article_id, "event_id": member.event_id, "outlet": detail["outlet"],
        "url": detail["url"], "published": published.isoformat() if isinstance(published, dt.date) else None,
        "modality": member.modality, "reported_by": detail["reported_by_name"], "trigger": detail["trigger"],
        "evidence": detail["evidence"],
    }


def write_plover(store: Store, out: TextIO) -> int:
    """JSON lines, one POLECAT-style record per event; returns the number written."""
    written = 0
    for record in plover_records(store):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written


def _cameo_actor(actor: dict[str, Any]) -> str:
    """A CAMEO-style actor code: country then sector (``TURGOV``, ``SYRREB``), or the sector alone (``IGO``)."""
    return f"{actor['country'] or ''}{actor['sector'] or ''}"


def _pairs(event_type: str, sources: Sequence[dict[str, Any]], targets: Sequence[dict[str, Any]]
           ) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None, bool]]:
    """Actor1/Actor2 rows: every source with every target; a two-sided event (fighting, talks, cooperation,
    agreement between its sources), every pair of its sides once; else each source alone (``Azerbaijan and
    Armenia imposed martial law``: each on its own)."""
    if targets:
        for source in sources:
            for target in targets:
                yield source, target, False
    elif len(sources) > 1 and event_type in _TWO_SIDED_TYPES:
        for index, first in enumerate(sources):
            for second in sources[index + 1:]:
                yield first, second, True
    else:
        for source in sources:
            yield source, None, False


def gdelt_rows(store: Store) -> Iterator[dict[str, Any]]:
    """GDELT-like rows: one per event and pair of actors. Negated events are left out: GDELT codes only what
    happened (future and hypothetical ones are there as intentions and threats, CAMEO 03 and 13)."""
    knowledge = event_knowledge()
    for record in plover_records(store):
        if record["modality"] == "negated":
            continue
        code = record["cameo"]["code"]
        day = dt.date.fromisoformat(record["event_date"]) if record["event_date"] else None
        location = record["location"] or {}
        first = record["articles"][0]
        reported = sorted({article["reported_by"] for article in record["articles"] if article["reported_by"]})
        for actor1, actor2, reciprocal in _pairs(record["event_type"], record["actors"], record["recipients"]):
            yield {
                "GlobalEventID": record["event_id"],
                "Day": day.strftime("%Y%m%d") if day else "", "MonthYear": day.strftime("%Y%m") if day else "",
                "Year": day.year if day else "",
                "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
                "Actor1Code": _cameo_actor(actor1), "Actor1Name": actor1["name"] or "",
                "Actor1CountryCode": actor1["country"] or "", "Actor1Type1Code": actor1["sector"] or "",
                "Actor1Key": actor1["key"] or "",
                "Actor2Code": _cameo_actor(actor2) if actor2 else "", "Actor2Name": (actor2 or {}).get("name") or "",
                "Actor2CountryCode": (actor2 or {}).get("country") or "",
                "Actor2Type1Code": (actor2 or {}).get("sector") or "", "Actor2Key": (actor2 or {}).get("key") or "",
                "IsReciprocal": int(reciprocal),
                "EventCode": code or "", "EventBaseCode": (code or "")[:3], "EventRootCode": (code or "")[:2],
                "QuadClass": knowledge.quad_class(code) if code else "",
                "GoldsteinScale": knowledge.goldstein(code) if code else "",
                "NumMentions": record["mentions"], "NumSources": record["independent_sources"],
                "NumArticles": len({article["article_id"] for article in record["articles"]}),
                "ActionGeo_Type": _GEO_TYPES.get(location.get("feature") or "", 4) if location else "",
                "ActionGeo_FullName": location.get("name") or "",
                "ActionGeo_CountryCode": location.get("country") or "",
                "ActionGeo_Lat": location.get("lat") if location.get("lat") is not None else "",
                "ActionGeo_Long": location.get("lon") if location.get("lon") is not None else "",
                "ActionGeo_FeatureID": location.get("geonames_id") or "",
                "SOURCEURL": first["url"] or first["article_id"],
                "PloverType": record["event_type"], "PloverMode": record["event_mode"] or "",
                "Modality": record["modality"], "ReportedBy": "; ".join(reported),
            }


def write_gdelt(store: Store, out: TextIO) -> int:
    """The GDELT-like table as tab-separated values with a header; returns the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    written = 0
    for row in gdelt_rows(store):
        writer.writerow(row)
        written += 1
    return written


def export_events(store: Store, fmt: str, out: TextIO) -> int:
    """Write the store's events as ``plover`` (JSON lines) or ``gdelt`` (TSV); returns how many were written."""
    if fmt == "plover":
        return write_plover(store, out)
    if fmt == "gdelt":
        return write_gdelt(store, out)
    raise ValueError(f"unknown event export format {fmt!r}; expected one of {', '.join(EVENT_FORMATS)}")
