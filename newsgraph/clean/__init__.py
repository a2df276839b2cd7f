"""Stage 2: RawDocument -> Article (headline, body, captions, date, map to raw offsets)."""

from newsgraph.clean.article import clean_document

__all__ = ["clean_document"]
