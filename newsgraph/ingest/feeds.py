"""RSS and Atom feed files: items that carry their full text become articles.

An item's full text is its ``content`` (Atom ``<content>``, RSS ``<content:encoded>``), or a
``description`` long enough to be an article; a feed that gives summaries only is reported item
by item, since there is no article to read. Link, title and published date come from the item.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.ingest.decode import UnreadableInput, check_text
from newsgraph.ingest.sidecar import MAX_TABLE_BYTES
from newsgraph.ingest.sources import Item, html_document
from newsgraph.schema import InputError, RawDocument

# a teaser is a sentence or two; an article's text runs longer
MIN_FULL_TEXT_WORDS = 60


def read_feed(path: Path) -> Iterator[Item]:
    """One document (or error) per item; ``line`` in an error is the item's number in the feed."""
    import feedparser

    source = str(path)
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            raise UnreadableInput(f"a feed file over {MAX_TABLE_BYTES / 1e6:.0f} MB")
        data = path.read_bytes()
    except (OSError, UnreadableInput) as err:
        yield InputError(source, str(err) if isinstance(err, UnreadableInput) else f"cannot read: {err.strerror or err}")
        return
    # feedparser reads the bytes without any network access (no URL is given to it)
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield InputError(source, f"not an RSS or Atom feed with items{problem}")
        return
    for number, entry in enumerate(feed.entries, start=1):
        try:
            yield feed_document(entry, source, number, path.stem)
        except UnreadableInput as err:
            yield InputError(source, str(err), line=number)


def feed_document(entry: Any, source: str, number: int, stem: str) -> RawDocument:
    content = entry.get("content") or []
    full = content[0] if content else entry.get("summary_detail") or {}
    value = full.get("value") or ""
    if len(value.split()) < MIN_FULL_TEXT_WORDS:
        raise UnreadableInput("the item has no full text (a summary at most): not an article")
    if full.get("type", "text/html") in ("text/html", "application/xhtml+xml"):
        text = html_document(f"<html><body><article>{value}</article></body></html>", source, "").text
    else:
        text = check_text(value)
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    return RawDocument(
        source=f"{source}:{number}",
        kind="jsonl",  # a record with fields: the title is the headline, the text all body
        text=text,
        id=entry.get("id") or entry.get("link") or f"{stem}-{number}",
        title=entry.get("title") or "",
        date=f"{published.tm_year:04d}-{published.tm_mon:02d}-{published.tm_mday:02d}" if published else None,
        url=entry.get("link"),
        metadata={k: entry[k] for k in ("author",) if entry.get(k)},
    )
