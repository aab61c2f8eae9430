"""One event reported by many outlets is one event with many mentions, and its independent sources are counted."""

from __future__ import annotations

import dataclasses
import datetime as dt

from claimgraph.link.events import WINDOW_DAYS, EventRow, event_tables, group_events, rows_from_analysis
from claimgraph.link.runner import link_claims
from claimgraph.records import Actor, Analysis, Article, Event, Place, Span, TimeExpr

CLASH = EventRow(
    article_id="a1", event_id="e1", type="ASSAULT", cameo_code="190", modality="asserted",
    source_keys=frozenset({"gov:AZE", "gov:ARM"}), target_keys=frozenset(), place="Nagorno-Karabakh",
    place_country="AZE", day=dt.date(2020, 9, 27), reported_by=None,
)


def _mention(**changes: object) -> EventRow:
    return dataclasses.replace(CLASH, **changes)  # type: ignore[arg-type]


def test_events_the_same_clash_from_three_outlets_is_one_event_with_three_mentions() -> None:
    mentions = [CLASH, _mention(article_id="a2", day=dt.date(2020, 9, 28)), _mention(article_id="a3", place=None,
                                                                                     place_country=None)]
    groups = group_events(mentions)
    assert len(groups) == 1
    row = groups[0].row()
    assert (row["mentions"], row["independent_sources"]) == (3, 3)
    assert (row["first_day"], row["last_day"]) == (dt.date(2020, 9, 27), dt.date(2020, 9, 28))
    assert row["place"] == "Nagorno-Karabakh" and row["source_keys"] == ["gov:ARM", "gov:AZE"]


def test_events_copies_of_one_story_and_one_speaker_count_once() -> None:
    mentions = [CLASH, _mention(article_id="a2"), _mention(article_id="a3", reported_by="person:pashinyan"),
                _mention(article_id="a4", reported_by="person:pashinyan")]
    clusters = {"a1": "a1", "a2": "a1", "a3": "a3", "a4": "a4"}  # a2 is a rewrite of a1
    (group,) = group_events(mentions, clusters)
    assert len(group.members) == 4 and group.independent_sources == 2


def test_events_reports_a_week_apart_are_two_events() -> None:
    later = _mention(article_id="a2", day=dt.date(2020, 9, 27) + dt.timedelta(days=WINDOW_DAYS + 5))
    assert len(group_events([CLASH, later])) == 2


def test_events_a_two_sided_report_joins_a_directed_one() -> None:
    directed = _mention(article_id="a2", source_keys=frozenset({"gov:AZE"}), target_keys=frozenset({"gov:ARM"}))
    (group,) = group_events([CLASH, directed])
    row = group.row()
    assert row["source_keys"] == ["gov:AZE"] and row["target_keys"] == ["gov:ARM"]


def test_events_opposite_directions_stay_apart() -> None:
    first = _mention(source_keys=frozenset({"gov:AZE"}), target_keys=frozenset({"gov:ARM"}))
    second = _mention(article_id="a2", source_keys=frozenset({"gov:ARM"}), target_keys=frozenset({"gov:AZE"}))
    assert len(group_events([first, second])) == 2


def test_events_a_denied_event_is_not_a_mention_of_the_event() -> None:
    denied = _mention(article_id="a2", modality="negated")
    future = _mention(article_id="a3", modality="future")
    assert len(group_events([CLASH, denied, future])) == 3


def test_events_other_actors_type_or_country_of_place_make_other_events() -> None:
    others = [_mention(article_id="a2", source_keys=frozenset({"gov:AZE", "gov:TUR"})),
              _mention(article_id="a3", type="MOBILIZE"),
              _mention(article_id="a4", place="Tovuz", place_country="ARM")]
    assert len(group_events([CLASH, *others])) == 4


def test_events_link_tables_list_groups_and_mentions() -> None:
    tables = event_tables(group_events([CLASH, _mention(article_id="a2")]))
    assert len(tables["event_groups"]) == 1 and tables["event_groups"][0]["mentions"] == 2
    assert {row["article_id"] for row in tables["event_mentions"]} == {"a1", "a2"}
    linked, report = link_claims([], [], ["a1", "a2"], [CLASH, _mention(article_id="a2")])
    assert report.event_groups == 1 and len(linked["event_mentions"]) == 2


def test_events_rows_from_an_analysis_carry_keys_place_and_day() -> None:
    body = "Azerbaijan and Armenia clashed in Tovuz on July 12."
    article = Article(id="x", body=body, published="2020-07-14")
    actors = (Actor("a1", "actors/2", "gov:AZE", "Azerbaijan", "government", (Span.of(body, 0, 10),), "AZE", "GOV"),
              Actor("a2", "actors/2", "gov:ARM", "Armenia", "government", (Span.of(body, 15, 22),), "ARM", "GOV"))
    place = Place("p1", "places/1", Span.of(body, 34, 39), "Tovuz", 585170, 40.99, 45.62, "AZE", "city")
    time = TimeExpr("t1", "times/1", Span.of(body, 43, 50), "date", "2020-07-12", "2020-07-12", "2020-07-12")
    event = Event(
        id="e1", extractor="events/1", type="ASSAULT", mode=None, context=("military",), cameo_code="190",
        cameo_root="19", quad_class=4, goldstein=-10.0, source=("a1", "a2"), target=(), place="p1", time="t1",
        time_source="text", size=None, dead=None, injured=None, modality="asserted", reported_by=None,
        trigger=Span.of(body, 23, 30), evidence=Span.of(body, 0, len(body)),
    )
    analysis = Analysis(article=article, actors=actors, places=(place,), times=(time,), events=(event,))
    (row,) = rows_from_analysis(analysis)
    assert row.source_keys == {"gov:AZE", "gov:ARM"} and row.two_sided
    assert (row.place, row.place_country, row.day) == ("Tovuz", "AZE", dt.date(2020, 7, 12))
