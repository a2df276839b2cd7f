"""Stage 1: sources (files, folders, JSONL dumps) -> RawDocument, or InputError for bad input."""

from newsgraph.ingest.sources import read_sources

__all__ = ["read_sources"]
