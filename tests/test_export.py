"""``claimgraph export --format plover|gdelt``: events as POLECAT-style JSON and as a GDELT-like table.

The store is filled with hand-made analyses (no model): two outlets report the same clash, one reports a denied
request.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.export import GDELT_COLUMNS
from claimgraph.records import Actor, Analysis, Article, Count, Event, Place, Span, TimeExpr
from claimgraph.store import Store

CLASH = "Azerbaijan and Armenia clashed near Tovuz on July 12, killing 11 soldiers."
REQUEST = "Georgia said Azerbaijan had not asked Turkey for military aid."


def _event(body: str, event_id: str, event_type: str, code: str, trigger: tuple[int, int], **fields: object
           ) -> Event:
    values: dict[str, object] = {
        "mode": None, "context": (), "cameo_root": code[:2], "quad_class": 4, "goldstein": -10.0, "source": (),
        "target": (), "place": None, "time": None, "time_source": "reference", "size": None, "dead": None,
        "injured": None, "modality": "asserted", "reported_by": None,
    }
    values.update(fields)
    return Event(id=event_id, extractor="events/1", type=event_type, cameo_code=code,
                 trigger=Span.of(body, *trigger), evidence=Span.of(body, 0, len(body)), **values)  # type: ignore[arg-type]


def _clash(article_id: str, outlet: str, url: str) -> Analysis:
    body = CLASH
    actors = (Actor("a1", "actors/2", "gov:AZE", "Azerbaijan", "government", (Span.of(body, 0, 10),), "AZE", "GOV"),
              Actor("a2", "actors/2", "gov:ARM", "Armenia", "government", (Span.of(body, 15, 22),), "ARM", "GOV"),
              Actor("a3", "actors/2", "outlet:x", outlet, "outlet", (), None, "MED"))
    place = Place("p1", "places/1", Span.of(body, 36, 41), "Tovuz", 585170, 40.99, 45.62, "AZE", "city")
    time = TimeExpr("t1", "times/1", Span.of(body, 45, 52), "date", "2020-07-12", "2020-07-12", "2020-07-12")
    dead = Count("c1", "counts/1", Span.of(body, 62, 73), 11, None, "soldiers")
    event = _event(body, "e1", "ASSAULT", "190", (23, 30), context=("military",), source=("a1", "a2"),
                   place="p1", time="t1", time_source="text", dead="c1")
    article = Article(id=article_id, body=body, outlet=outlet, url=url, published="2020-07-13", language="en")
    return Analysis(article=article, actors=actors, places=(place,), times=(time,), counts=(dead,), events=(event,))


def _request() -> Analysis:
    body = REQUEST
    actors = (Actor("a1", "actors/2", "gov:GEO", "Georgia", "government", (Span.of(body, 0, 7),), "GEO", "GOV"),
              Actor("a2", "actors/2", "gov:AZE", "Azerbaijan", "government", (Span.of(body, 13, 23),), "AZE", "GOV"),
              Actor("a3", "actors/2", "gov:TUR", "Turkey", "government", (Span.of(body, 38, 44),), "TUR", "GOV"))
    event = _event(body, "e1", "REQUEST", "1032", (32, 37), mode="assist", context=("military",), quad_class=3,
                   goldstein=-5.0, source=("a2",), target=("a3",), modality="negated", reported_by="a1")
    article = Article(id="r" * 64, body=body, outlet="Wire", url="https://wire.example/r", published="2020-07-13",
                      language="en")
    return Analysis(article=article, actors=actors, events=(event,))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.write(analyses=[_clash("a" * 64, "Agency A", "https://a.example/1"),
                              _clash("b" * 64, "Agency B", "https://b.example/2"), _request()])
    return path


def _export(store_path: Path, fmt: str) -> str:
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    return result.output


def test_export_plover_gives_one_record_per_event_with_its_mentions(store_path: Path) -> None:
    records = [json.loads(line) for line in _export(store_path, "plover").splitlines()]
    assert len(records) == 2
    clash = next(record for record in records if record["event_type"] == "ASSAULT")
    assert clash["mentions"] == 2 and clash["independent_sources"] == 2
    assert clash["event_date"] == "2020-07-12" and clash["dead"] == 11
    assert {actor["key"] for actor in clash["actors"]} == {"gov:AZE", "gov:ARM"} and clash["recipients"] == []
    assert clash["location"]["name"] == "Tovuz" and clash["location"]["geonames_id"] == 585170
    assert clash["cameo"] == {"code": "190", "root": "19", "quad_class": 4, "goldstein": -10.0}
    assert {article["outlet"] for article in clash["articles"]} == {"Agency A", "Agency B"}
    request = next(record for record in records if record["event_type"] == "REQUEST")
    assert request["modality"] == "negated" and request["articles"][0]["reported_by"] == "Georgia"


def test_export_gdelt_is_a_tab_separated_table_with_the_documented_columns(store_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(store_path, "gdelt")), delimiter="\t"))
    assert tuple(rows[0]) == GDELT_COLUMNS
    # The clash is one event with two mentions; the denied request is left out: GDELT codes only what happened.
    assert len(rows) == 1
    row = rows[0]
    assert (row["Actor1Code"], row["Actor2Code"], row["IsReciprocal"]) == ("AZEGOV", "ARMGOV", "1")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("190", "190",
                                                                                                 "19", "4")
    assert (row["Day"], row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("20200712", "2", "2", "2")
    assert (row["ActionGeo_FullName"], row["ActionGeo_CountryCode"], row["ActionGeo_Type"]) == ("Tovuz", "AZE", "4")
    assert row["SOURCEURL"].startswith("https://") and row["GoldsteinScale"] == "-10.0"


def test_export_events_to_a_file_reports_how_many(store_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "events.tsv"
    result = CliRunner().invoke(main, ["export", "--format", "gdelt", "--db", str(store_path), "-o", str(target)])
    assert result.exit_code == 0 and "1 rows written" in result.output
    assert target.read_text(encoding="utf-8").startswith("GlobalEventID\t")


def test_export_event_formats_take_no_table_and_table_formats_need_one(store_path: Path) -> None:
    with_table = CliRunner().invoke(main, ["export", "--format", "plover", "--table", "events", "--db",
                                           str(store_path)])
    without_table = CliRunner().invoke(main, ["export", "--format", "csv", "--db", str(store_path)])
    assert with_table.exit_code == without_table.exit_code == 2
    assert "leave out --table" in with_table.output and "give --table" in without_table.output


def test_export_every_column_and_field_is_documented(store_path: Path) -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "events.md").read_text(encoding="utf-8")
    record = json.loads(_export(store_path, "plover").splitlines()[0])
    for name in (*GDELT_COLUMNS, *record):
        assert f"`{name}`" in doc, f"{name} is not documented in docs/events.md"
