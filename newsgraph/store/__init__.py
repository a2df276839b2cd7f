"""Stage 5: records -> the corpus store (embedded DuckDB)."""

from newsgraph.store.duckdb_store import Store

__all__ = ["Store"]
