from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.errors import StoreError
from claimgraph.records import Actor, Analysis, Article, Dateline, Entity, Failure, Sighting, Skipped, Span
from claimgraph.store import Store
from claimgraph.store.schema import SCHEMA_VERSION, TABLES


def _analysis(body: str, article_id: str = "abc123") -> Analysis:
    words = [(start, start + len(word)) for start, word in _word_offsets(body)]
    entities = tuple(Entity(f"e{i}", "entities/1", Span.of(body, s, e), "ORG") for i, (s, e) in enumerate(words, 1))
    actors = tuple(
        Actor(f"a{i}", "actors/1", f"organization:{i}", entity.span.text, "organization", (entity.span,),
              roles=("Minister",) if i % 2 else ())
        for i, entity in enumerate(entities, 1)
    )
    dateline = Dateline(Span.of(body, 0, min(4, len(body))), "Baku", "2020-10-03", "TASS")
    article = Article(article_id, body, title="T", published="2020-10-03", published_source="dateline",
                      published_reason="dateline 'October 3, 2020'", dateline=dateline, language="en")
    return Analysis(article=article, entities=entities, actors=actors)


def _word_offsets(body: str) -> list[tuple[int, str]]:
    offsets, position = [], 0
    for word in body.split():
        position = body.index(word, position)
        offsets.append((position, word))
        position += len(word)
    return offsets


def test_store_creates_every_table_at_the_current_version() -> None:
    with Store(":memory:") as store:
        assert store.schema_version == SCHEMA_VERSION
        assert set(store.counts()) == set(TABLES)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200))
def test_store_round_trip_returns_what_was_written(body: str) -> None:
    analysis = _analysis(body)
    with Store(":memory:") as store:
        store.write(analyses=[analysis])
        stored = store.article(analysis.article.id)
    expected = analysis.to_dict()
    stored.pop("sightings")
    assert stored == expected


def test_store_write_is_one_transaction(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write(analyses=[_analysis("one body", "same-id")])
        with pytest.raises(duckdb.Error):
            # The second analysis repeats the primary key: the batch fails and its sighting must not land.
            store.write(analyses=[_analysis("two body", "same-id")],
                        sightings=[Sighting("same-id", "x.txt", None, None, None)])
        assert store.counts()["articles"] == 1
        assert store.counts()["sightings"] == 0


def test_store_keeps_failures_skips_and_sightings(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write(
            failures=[Failure("bad.txt", "ingest", "E001", "empty")],
            skipped=[Skipped("fr.txt", "language 'fr' is not English", "fr")],
            sightings=[Sighting("id1", "a.txt", "TASS", "http://x", "2020-10-03")],
        )
        counts = store.counts()
    assert (counts["failures"], counts["skipped"], counts["sightings"]) == (1, 1, 1)


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    Store(db).close()
    connection = duckdb.connect(str(db))
    connection.execute("INSERT INTO schema_info VALUES (?)", [SCHEMA_VERSION + 1])
    connection.close()
    with pytest.raises(StoreError, match="newer than this claimgraph"):
        Store(db)


def test_store_reopens_without_migrating_again(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write(analyses=[_analysis("kept body")])
    with Store(db) as store:
        assert store.counts()["articles"] == 1
        assert store.rows("SELECT count(*) AS n FROM schema_info")[0]["n"] == SCHEMA_VERSION


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_store_exports_a_table(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"actors.{fmt}"
    with Store(":memory:") as store:
        store.write(analyses=[_analysis("Ankara Baku Paris")])
        assert store.export("actors", fmt, target) == 3
    assert target.stat().st_size > 0


def test_store_article_unknown_id_says_so() -> None:
    with Store(":memory:") as store, pytest.raises(StoreError, match="no article with id 'nope'"):
        store.article("nope")
