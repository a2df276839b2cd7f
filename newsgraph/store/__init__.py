"""Stage 5: records -> the corpus store (embedded DuckDB)."""

from newsgraph.store.duckdb_store import Store, StoreBusy, StoreError, StoreVersionError

__all__ = ["Store", "StoreBusy", "StoreError", "StoreVersionError"]
