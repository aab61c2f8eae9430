"""The DuckDB store. ``Store(":memory:")`` is the in-memory double tests use."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from claimgraph.errors import Err, StoreError
from claimgraph.records import SCHEMA, Analysis, Failure, Sighting, Skipped
from claimgraph.store.schema import JSON_RECORD_TABLES, LINK_TABLES, MIGRATIONS, SCHEMA_VERSION, TABLES

EXPORT_FORMATS = ("jsonl", "csv", "parquet")


class Store:
    """An open store. Use as a context manager, or call ``close``."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._db = duckdb.connect(self.path)
        except duckdb.Error as error:
            raise StoreError(Err.STORE_UNAVAILABLE, path=self.path, detail=str(error).splitlines()[0]) from None
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # -- schema -------------------------------------------------------------------------------------------
    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)")
        row = self._db.execute("SELECT max(version) FROM schema_info").fetchone()
        found = row[0] if row and row[0] is not None else 0
        if found > SCHEMA_VERSION:
            raise StoreError(Err.STORE_NEWER, path=self.path, found=found, supported=SCHEMA_VERSION)
        if found == SCHEMA_VERSION:
            return
        self._db.execute("BEGIN TRANSACTION")
        try:
            for version in range(found, SCHEMA_VERSION):
                for statement in MIGRATIONS[version]:
                    self._db.execute(statement)
                self._db.execute("INSERT INTO schema_info VALUES (?)", [version + 1])
            self._db.execute("COMMIT")
        except duckdb.Error:
            self._db.execute("ROLLBACK")
            raise

    @property
    def schema_version(self) -> int:
        row = self._db.execute("SELECT max(version) FROM schema_info").fetchone()
        return int(row[0]) if row else 0

    # -- writing ------------------------------------------------------------------------------------------
    def known_articles(self, ids: Iterable[str]) -> set[str]:
        wanted = list(set(ids))
        if not wanted:
            return set()
        rows = self._db.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [wanted]).fetchall()
        return {row[0] for row in rows}

    def write(
        self,
        *,
        analyses: Sequence[Analysis] = (),
        sightings: Sequence[Sighting] = (),
        failures: Sequence[Failure] = (),
        skipped: Sequence[Skipped] = (),
    ) -> None:
        """Write one batch in one transaction: all of it lands, or none of it."""
        rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        for analysis in analyses:
            _analysis_rows(analysis, rows)
        rows["sightings"] = [
            {"article_id": s.article_id, "source": s.source, "outlet": s.outlet, "url": s.url,
             "published": s.published}
            for s in sightings
        ]
        rows["failures"] = [
            {"source": f.source, "stage": f.stage, "code": f.code, "message": f.message, "article_id": f.article_id}
            for f in failures
        ]
        rows["skipped"] = [
            {"source": s.source, "reason": s.reason, "language": s.language, "article_id": s.article_id}
            for s in skipped
        ]
        self._db.execute("BEGIN TRANSACTION")
        try:
            for table, table_rows in rows.items():
                if table_rows:
                    self._insert(table, table_rows)
            self._db.execute("COMMIT")
        except duckdb.Error:
            self._db.execute("ROLLBACK")
            raise

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        # An Arrow table inserts a batch in one statement; row-by-row executemany is far slower in DuckDB.
        arrow = pa.Table.from_pylist(rows)  # noqa: F841  (read by name in the SQL below)
        columns = ", ".join(f'"{name}"' for name in rows[0])
        self._db.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM arrow")

    def replace_links(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        """Replace what ``link`` found (``LINK_TABLES``) in one transaction: a link run is all or nothing."""
        self._db.execute("BEGIN TRANSACTION")
        try:
            for table in LINK_TABLES:
                self._db.execute(f"DELETE FROM {table}")
                if tables.get(table):
                    self._insert(table, tables[table])
            self._db.execute("COMMIT")
        except duckdb.Error:
            self._db.execute("ROLLBACK")
            raise

    # -- reading ------------------------------------------------------------------------------------------
    def rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a query as dicts (read-only use by commands and tests)."""
        result = self._db.execute(sql, list(parameters))
        names = [column[0] for column in result.description or []]
        return [dict(zip(names, row, strict=True)) for row in result.fetchall()]

    def article(self, article_id: str) -> dict[str, Any]:
        """The stored analysis of one article, in the contract's shape. A unique id prefix is accepted."""
        found = self.rows("SELECT * FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [article_id])
        if len(found) != 1:
            raise StoreError(Err.NOT_FOUND, article_id=article_id, path=self.path)
        row = found[0]
        full_id = row["id"]
        article = {
            "id": full_id, "title": row["title"], "description": row["description"], "outlet": row["outlet"],
            "url": row["url"], "published": row["published"].isoformat() if row["published"] else None,
            "published_source": row["published_source"], "published_reason": row["published_reason"],
            "dateline": json.loads(row["dateline"]) if row["dateline"] else None,
            "language": row["language"], "body": row["body"],
        }
        result: dict[str, Any] = {"schema": SCHEMA, "article": article}
        result["actors"] = [
            {"id": r["id"], "extractor": r["extractor"], "key": r["key"], "name": r["name"], "kind": r["kind"],
             "country": r["country"], "sector": r["sector"], "roles": list(r["roles"] or []),
             "mentions": json.loads(r["mentions"]),
             **({"confidence": r["confidence"]} if r["confidence"] is not None else {})}
            for r in self._records("actors", full_id)
        ]
        result["entities"] = [
            {"id": r["id"], "extractor": r["extractor"], "text": r["text"], "start": r["start"], "end": r["end"],
             "label": r["label"]}
            for r in self._records("entities", full_id)
        ]
        for table in JSON_RECORD_TABLES:
            result[table] = [json.loads(r["record"]) for r in self._records(table, full_id)]
        result["sightings"] = self.rows(
            "SELECT source, outlet, url, strftime(published, '%Y-%m-%d') AS published FROM sightings "
            "WHERE article_id = ? ORDER BY seen_at, source", [full_id],
        )
        return result

    def _records(self, table: str, article_id: str) -> list[dict[str, Any]]:
        # Ids are the component's prefix and a number (a1, a2, ..., a10): order by the number, not the string.
        return self.rows(
            f"SELECT * FROM {table} WHERE article_id = ? "
            "ORDER BY TRY_CAST(regexp_extract(id, '[0-9]+$') AS INTEGER), id",
            [article_id],
        )

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        counts = {}
        for table in TABLES:
            row = self._db.execute(f"SELECT count(*) FROM {table}").fetchone()
            counts[table] = int(row[0]) if row else 0
        return counts

    def export(self, table: str, fmt: str, destination: Path) -> int:
        """Write one table to ``destination`` as JSON lines, CSV or Parquet; returns the number of rows."""
        if table not in TABLES:
            raise StoreError(Err.UNKNOWN_TABLE, table=table, known=", ".join(TABLES))
        options = {"jsonl": "FORMAT json", "csv": "FORMAT csv, HEADER", "parquet": "FORMAT parquet"}[fmt]
        target = str(destination).replace("'", "''")
        self._db.execute(f"COPY (SELECT * FROM {table}) TO '{target}' ({options})")
        return self.counts()[table]


def _analysis_rows(analysis: Analysis, rows: dict[str, list[dict[str, Any]]]) -> None:
    article = analysis.article
    article_id = article.id
    rows["articles"].append({
        "id": article_id, "title": article.title, "description": article.description, "outlet": article.outlet,
        "url": article.url, "published": article.published, "published_source": article.published_source,
        "published_reason": article.published_reason,
        "dateline": json.dumps(article.dateline.to_dict()) if article.dateline else None,
        "language": article.language, "body": article.body, "source": article.source,
    })
    rows["entities"].extend({"article_id": article_id, **entity.to_dict()} for entity in analysis.entities)
    for actor in analysis.actors:
        record = actor.to_dict()
        rows["actors"].append({
            "article_id": article_id, "id": actor.id, "extractor": actor.extractor, "key": actor.key,
            "name": actor.name, "kind": actor.kind, "country": actor.country, "sector": actor.sector,
            "roles": list(actor.roles), "mentions": json.dumps(record["mentions"]), "confidence": actor.confidence,
        })
    contract = analysis.to_dict()
    for table in JSON_RECORD_TABLES:
        rows[table].extend(
            {"article_id": article_id, "id": record["id"], "extractor": record["extractor"],
             "record": json.dumps(record)}
            for record in contract[table]
        )
