"""WARC and WARC.GZ archives (Common Crawl's CC-NEWS, crawler output), read as a stream.

Only HTTP responses with an HTML body are articles; requests, metadata records, images and
robots.txt are passed over. Each page's text is found by trafilatura, as for an .html file; the
record's URL and WARC date (when it was crawled, not published) are kept as metadata.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsgraph.ingest.decode import MAX_ARTICLE_BYTES, UnreadableInput, decode_text
from newsgraph.ingest.sources import Item, html_document
from newsgraph.schema import InputError, RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path) -> Iterator[Item]:
    """One document (or error) per HTML response; ``line`` in an error is the record's number."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    stem = path.name.split(".warc")[0]
    number = 0
    try:
        with path.open("rb") as handle:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if content_type not in HTML_TYPES:
                    continue
                try:
                    yield warc_document(record, source, number, stem)
                except UnreadableInput as err:
                    yield InputError(source, str(err), line=number)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        # a truncated or corrupt archive cannot be read on from where it broke
        where = f"after record {number}" if number else "at its start"
        yield InputError(source, f"the WARC archive cannot be read {where}: {err}", line=number + 1)


def warc_document(record, source: str, number: int, stem: str) -> RawDocument:  # noqa: ANN001 - warcio's record
    body = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    if len(body) > MAX_ARTICLE_BYTES:
        raise UnreadableInput(f"an HTML page over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for one article")
    url = record.rec_headers.get_header("WARC-Target-URI")
    document = html_document(decode_text(body), f"{source}:{number}", f"{stem}-{number}")
    document.url = url or document.url
    document.metadata.update(
        {k: v for k, v in (("warc_date", record.rec_headers.get_header("WARC-Date")),
                           ("warc_record_id", record.rec_headers.get_header("WARC-Record-ID"))) if v}
    )
    return document
