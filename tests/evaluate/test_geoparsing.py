"""Readers and scoring of ``claimgraph evaluate places``, on hand-written fixtures in the GWN and LGL formats."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from claimgraph.config import Settings
from claimgraph.errors import ConfigError
from claimgraph.evaluate.geoparsing import (
    CORPUS,
    GoldToponym,
    evaluate_places_gwn,
    gold_hash,
    read_gwn,
    read_lgl,
    score_documents,
)
from claimgraph.knowledge.geo import gazetteer
from claimgraph.records import Analysis, Article, Place, Span

FIXTURES = Path(__file__).parent / "fixtures" / "geoparsing"


def test_geoparsing_read_gwn_keeps_toponyms_with_ids_and_skips_bad_offsets() -> None:
    (document,) = read_gwn(FIXTURES / "GWN.xml")
    assert document.doc_id == "gwn:0"
    assert [(t.text, t.geonames_id) for t in document.toponyms] == [("Paris", 2988507), ("Gaziantep", 314830)]
    assert document.skipped == 1  # Ankara's offsets are one character off
    # Paris and Gaziantep, read literally; "city", a Literal_Expression, neither literally nor not.
    assert [(document.text[a.start:a.end], a.literal) for a in document.annotated] == [
        ("Paris", True), ("Gaziantep", True), ("city", None)]
    for toponym in document.toponyms:
        assert document.text[toponym.start:toponym.end] == toponym.text


def test_geoparsing_read_lgl_keeps_gazetteer_tags_with_their_country() -> None:
    (document,) = read_lgl(FIXTURES / "lgl.xml")
    assert document.doc_id == "lgl:1"
    assert [(t.text, t.geonames_id, t.country_id) for t in document.toponyms] == [
        ("Alexandria", 4314550, 6252001), ("Alexandria", 4314550, 6252001), ("Rapides Parish", 4338356, 6252001),
    ]


def test_geoparsing_gold_hash_changes_with_the_file(tmp_path: Path) -> None:
    copy = tmp_path / "lgl.xml"
    shutil.copy(FIXTURES / "lgl.xml", copy)
    before = gold_hash(copy)
    copy.write_text(copy.read_text(encoding="utf-8").replace("Alexandria man", "Alexandria woman"), encoding="utf-8")
    assert gold_hash(copy) != before


def _place(body: str, start: int, end: int, geonames_id: int | None, lat: float, lon: float, country: str) -> Place:
    return Place("p1", "places/1", Span.of(body, start, end), body[start:end], geonames_id, lat, lon, country, "city")


def test_geoparsing_scores_exact_within_country_and_found() -> None:
    (document,) = read_gwn(FIXTURES / "GWN.xml")
    paris, gaziantep = document.toponyms
    # End to end: Paris found with the right id, Gaziantep found but put in the wrong Gaziantep province town
    # 30 km away, Ankara (skipped in the gold) ignored.
    places = (
        _place(document.text, paris.start, paris.end, 2988507, 48.85, 2.35, "FRA"),
        _place(document.text, gaziantep.start, gaziantep.end, 1, 37.3, 37.5, "TUR"),
    )
    analysis = Analysis(article=Article(id=document.doc_id, body=document.text, language="en"), places=places)

    def country_of(toponym: GoldToponym) -> str | None:
        return {2988507: "FRA", 314830: "TUR"}[toponym.geonames_id]

    gold_spans, end_to_end = score_documents([document], [analysis], country_of)
    assert gold_spans.exact[0].recall == 1.0  # both gold spans resolve to their ids
    assert (end_to_end.exact[0].tp, end_to_end.within[0].tp, end_to_end.country[0].tp) == (1, 2, 2)
    assert end_to_end.found[0].recall == 1.0
    assert end_to_end.toponymic[0].precision == 1.0
    assert end_to_end.error_count == [2] and 0 < end_to_end.error_sum[0] < 161


def test_geoparsing_unfound_toponyms_count_as_misses() -> None:
    (document,) = read_lgl(FIXTURES / "lgl.xml")
    analysis = Analysis(article=Article(id=document.doc_id, body=document.text, language="en"))
    places = gazetteer()

    def country_of(toponym: GoldToponym) -> str | None:
        known = places.by_geonames_id(toponym.country_id or toponym.geonames_id)
        return known.country if known else None

    gold_spans, end_to_end = score_documents([document], [analysis], country_of)
    assert end_to_end.found[0].tp == 0 and end_to_end.within[0].recall == 0.0
    # On the gold spans, Rapides Parish pulls Alexandria to Louisiana.
    assert gold_spans.exact[0].recall == 1.0
    assert gold_spans.country[0].recall == 1.0


def test_geoparsing_missing_gold_is_a_config_error(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(ConfigError):
        evaluate_places_gwn(tmp_path, "all", settings)


@pytest.mark.slow
def test_geoparsing_evaluate_reports_both_modes(tmp_path: Path, settings: Settings) -> None:
    corpus = tmp_path / CORPUS
    corpus.mkdir()
    with gzip.open(corpus / "GWN.xml.gz", "wb") as target:
        target.write((FIXTURES / "GWN.xml").read_bytes())
    evaluation = evaluate_places_gwn(tmp_path, "all", settings)
    assert evaluation.key == "places/gwn/all"
    assert evaluation.documents == 1
    assert evaluation.metrics["goldspan_exact_id"].estimate == 1.0
    assert set(evaluation.metrics) == {
        "goldspan_exact_id", "goldspan_within_161km", "goldspan_country",
        "e2e_exact_id", "e2e_within_161km", "e2e_country", "e2e_found", "e2e_precision", "e2e_literal",
    }
    assert evaluation.details["skipped_bad_offsets"] == 1
