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

# Version 2: what `link` finds across articles, and a view of claims with their claimant and article for SQL users.
_V2 = [
    """CREATE TABLE article_copies (article_a VARCHAR NOT NULL, article_b VARCHAR NOT NULL, similarity DOUBLE)""",
    """CREATE TABLE propositions (
        id VARCHAR PRIMARY KEY, summary VARCHAR, predicate VARCHAR, subject VARCHAR, targets VARCHAR[],
        claims INTEGER, affirming INTEGER, denying INTEGER, other INTEGER, independent_affirming INTEGER,
        independent_denying INTEGER, contested BOOLEAN, first_seen DATE, last_seen DATE)""",
    """CREATE TABLE proposition_claims (
        proposition_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL, stance VARCHAR,
        source VARCHAR)""",
    """CREATE TABLE claim_links (
        article_a VARCHAR NOT NULL, claim_a VARCHAR NOT NULL, article_b VARCHAR NOT NULL, claim_b VARCHAR NOT NULL,
        label VARCHAR, reason VARCHAR, confidence DOUBLE)""",
    """CREATE VIEW claim_details AS
    SELECT c.article_id, c.id AS claim_id,
        json_extract_string(c.record, '$.claimant') AS claimant,
        a.key AS claimant_key, a.name AS claimant_name, a.kind AS claimant_kind,
        json_extract_string(c.record, '$.polarity') AS polarity,
        json_extract_string(c.record, '$.modality') AS modality,
        json_extract_string(c.record, '$.basis') AS basis,
        json_extract_string(c.record, '$.proposition.predicate') AS predicate,
        json_extract_string(c.record, '$.proposition.subject_text') AS subject_text,
        json_extract_string(c.record, '$.proposition.object_text') AS object_text,
        json_extract_string(c.record, '$.evidence.text') AS evidence,
        json_extract(c.record, '$.matter') AS matter,
        TRY_CAST(json_extract_string(t.record, '$.begin') AS DATE) AS said_on,
        TRY_CAST(json_extract_string(n.record, '$.value') AS DOUBLE) AS count_value,
        json_extract_string(n.record, '$.qualifier') AS count_qualifier,
        json_extract_string(n.record, '$.unit') AS count_unit,
        r.outlet, r.url, r.published, r.title
    FROM claims c
    JOIN articles r ON r.id = c.article_id
    LEFT JOIN actors a ON a.article_id = c.article_id AND a.id = json_extract_string(c.record, '$.claimant')
    LEFT JOIN times t ON t.article_id = c.article_id AND t.id = json_extract_string(c.record, '$.said_on')
    LEFT JOIN counts n ON n.article_id = c.article_id
        AND n.id = json_extract_string(c.record, '$.proposition.count')""",
]

# Version 3: events across articles (``link``): one row per event with its mentions, and a view of event records
# with their actors, place, day and article for SQL users and the event exports.
_V3 = [
    """CREATE TABLE event_groups (
        id VARCHAR PRIMARY KEY, type VARCHAR, cameo_code VARCHAR, source_keys VARCHAR[], target_keys VARCHAR[],
        place VARCHAR, first_day DATE, last_day DATE, mentions INTEGER, independent_sources INTEGER)""",
    """CREATE TABLE event_mentions (
        group_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL)""",
    """CREATE VIEW event_details AS
    SELECT e.article_id, e.id AS event_id,
        json_extract_string(e.record, '$.type') AS type,
        json_extract_string(e.record, '$.mode') AS mode,
        json_extract_string(e.record, '$.cameo_code') AS cameo_code,
        json_extract_string(e.record, '$.cameo_root') AS cameo_root,
        TRY_CAST(json_extract_string(e.record, '$.quad_class') AS INTEGER) AS quad_class,
        TRY_CAST(json_extract_string(e.record, '$.goldstein') AS DOUBLE) AS goldstein,
        json_extract_string(e.record, '$.modality') AS modality,
        json_extract_string(e.record, '$.source[*]') AS source_ids,
        json_extract_string(e.record, '$.target[*]') AS target_ids,
        coalesce((SELECT list(a.key ORDER BY a.key) FROM actors a WHERE a.article_id = e.article_id
                  AND list_contains(json_extract_string(e.record, '$.source[*]'), a.id)), []) AS source_keys,
        coalesce((SELECT list(a.key ORDER BY a.key) FROM actors a WHERE a.article_id = e.article_id
                  AND list_contains(json_extract_string(e.record, '$.target[*]'), a.id)), []) AS target_keys,
        s.key AS reported_by_key, s.name AS reported_by_name,
        json_extract_string(p.record, '$.name') AS place_name,
        json_extract_string(p.record, '$.country') AS place_country,
        TRY_CAST(json_extract_string(p.record, '$.lat') AS DOUBLE) AS place_lat,
        TRY_CAST(json_extract_string(p.record, '$.lon') AS DOUBLE) AS place_lon,
        TRY_CAST(json_extract_string(p.record, '$.geonames_id') AS BIGINT) AS place_geonames_id,
        json_extract_string(p.record, '$.feature') AS place_feature,
        coalesce(TRY_CAST(json_extract_string(t.record, '$.begin') AS DATE), r.published) AS day,
        json_extract_string(e.record, '$.time_source') AS time_source,
        json_extract_string(e.record, '$.trigger.text') AS trigger,
        json_extract_string(e.record, '$.evidence.text') AS evidence,
        r.outlet, r.url, r.published, r.title
    FROM events e
    JOIN articles r ON r.id = e.article_id
    LEFT JOIN actors s ON s.article_id = e.article_id AND s.id = json_extract_string(e.record, '$.reported_by')
    LEFT JOIN places p ON p.article_id = e.article_id AND p.id = json_extract_string(e.record, '$.place')
    LEFT JOIN times t ON t.article_id = e.article_id AND t.id = json_extract_string(e.record, '$.time')""",
]

MIGRATIONS: list[list[str]] = [_V1, _V2, _V3]
SCHEMA_VERSION = len(MIGRATIONS)

RECORD_TABLES = ("entities", "actors", *JSON_RECORD_TABLES)
LINK_TABLES = ("article_copies", "propositions", "proposition_claims", "claim_links", "event_groups", "event_mentions")
TABLES = ("articles", "sightings", *RECORD_TABLES, "failures", "skipped", *LINK_TABLES)
