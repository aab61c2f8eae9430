"""The store's schema, versioned: ``MIGRATIONS[n]`` takes a store from version ``n`` to ``n + 1``.

A store records its version in ``schema_info``; opening it applies the missing migrations in one transaction,
and a store newer than this code is refused rather than misread. One table per record type.
"""

from __future__ import annotations

# Record types whose components come in later versions are stored whole, as JSON, until their migration
# gives them columns; their contract fields are then moved, not lost.
JSON_RECORD_TABLES = ("places", "times", "counts", "quotes", "claims", "events")

_V1 = [
    """CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, title VARCHAR, description VARCHAR, outlet VARCHAR, url VARCHAR,
        published DATE, published_source VARCHAR, published_reason VARCHAR, dateline VARCHAR,
        language VARCHAR, body VARCHAR, source VARCHAR, stored_at TIMESTAMP DEFAULT current_timestamp)""",
    """CREATE TABLE sightings (
        article_id VARCHAR NOT NULL, source VARCHAR, outlet VARCHAR, url VARCHAR, published DATE,
        seen_at TIMESTAMP DEFAULT current_timestamp)""",
    """CREATE TABLE entities (
        article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, extractor VARCHAR, text VARCHAR,
        start INTEGER, "end" INTEGER, label VARCHAR, PRIMARY KEY (article_id, id))""",
    """CREATE TABLE actors (
        article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, extractor VARCHAR, key VARCHAR, name VARCHAR,
        kind VARCHAR, country VARCHAR, sector VARCHAR, roles VARCHAR[], mentions VARCHAR, confidence DOUBLE,
        PRIMARY KEY (article_id, id))""",
    *(
        f"""CREATE TABLE {table} (
        article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, extractor VARCHAR, record VARCHAR,
        PRIMARY KEY (article_id, id))"""
        for table in JSON_RECORD_TABLES
    ),
    """CREATE TABLE failures (
        source VARCHAR, stage VARCHAR, code VARCHAR, message VARCHAR, article_id VARCHAR,
        failed_at TIMESTAMP DEFAULT current_timestamp)""",
    """CREATE TABLE skipped (
        source VARCHAR, reason VARCHAR, language VARCHAR, article_id VARCHAR,
        skipped_at TIMESTAMP DEFAULT current_timestamp)""",
    "CREATE INDEX actors_key ON actors (key)",
]

MIGRATIONS: list[list[str]] = [_V1]
SCHEMA_VERSION = len(MIGRATIONS)

RECORD_TABLES = ("entities", "actors", *JSON_RECORD_TABLES)
TABLES = ("articles", "sightings", *RECORD_TABLES, "failures", "skipped")
