"""The store: an embedded DuckDB file holding every record, one table per record type."""

from claimgraph.store.duckdb_store import Store

__all__ = ["Store"]
