"""WARC and WARC.GZ archives (Common Crawl's CC-NEWS, crawler output), read as a stream.

Only HTTP responses with an HTML body are articles; requests, metadata records, images and
robots.txt are passed over. Each page's text is found by trafilatura, as for an .html file; the
record's URL and WARC date (when it was crawled, not published) are kept as metadata.

An archive cut short (an interrupted download or copy) gives its complete records and then one
error naming the record and the byte where it breaks off; a record cut in two is never read as
an article.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.ingest.decode import MAX_ARTICLE_BYTES, UnreadableInput, decode_text
from newsgraph.ingest.sources import Item, html_document, open_binary
from newsgraph.schema import InputError, RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b"
WARC_START = b"WARC/"
DRAIN_BYTES = 1 << 16


class ArchiveBytes:
    """The archive's bytes for warcio, gunzipped here when the file is gzipped.

    warcio's own gunzipping ends quietly where a gzip member is cut short; the gzip module
    raises, and checks each member's CRC. Reading then stops and ``broken`` says why, so the
    records before the break are kept and the break is reported.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self.stream: BinaryIO = gzip.GzipFile(fileobj=handle) if handle.peek(2)[:2] == GZIP_MAGIC else handle
        self.broken: str | None = None
        self.ended = False
        self.delivered = 0

    def read(self, size: int = -1) -> bytes:
        if self.broken:
            return b""
        try:
            # read1: a full read() of a member cut short raises and drops what it had gunzipped
            data = self.stream.read1(size)
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            self.stop(str(err))
            return b""
        self.ended = not data
        self.delivered += len(data)
        return data

    def begins_as_warc(self) -> bool:
        """Whether the first record is a WARC record: warcio would read other text as an ARC file."""
        try:
            return WARC_START.startswith(self.stream.peek(len(WARC_START))[: len(WARC_START)])
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            self.stop(str(err))
            return True  # a gzip broken at once: a cut archive, reported as one

    def stop(self, cause: str) -> None:
        """Read no further; the first cause found is the one reported."""
        self.broken = self.broken or cause


def read_warc(path: Path) -> Iterator[Item]:
    """One document (or error) per HTML response; ``line`` in an error is the record's number."""
    from warcio.archiveiterator import ArchiveIterator

    source = str(path)
    stem = path.name.split(".warc")[0]
    complete = 0  # records read to their declared end
    handle = open_binary(path)
    if isinstance(handle, InputError):
        yield handle
        return
    with handle:
        archive = ArchiveBytes(handle)
        if not archive.begins_as_warc():
            yield InputError(source, "the file is no WARC archive: it does not begin with a WARC record", line=1)
            return
        try:
            records = ArchiveIterator(archive)
            for number, record in enumerate(records, start=1):
                item = html_response_item(record, source, number, stem)
                while record.raw_stream.read(DRAIN_BYTES):
                    pass
                if not _whole(record):
                    archive.stop("the file ends inside the record" if archive.ended else "a malformed record")
                    break
                complete = number
                if item is not None:
                    yield item
            # warcio stops quietly where the headers of a record are cut in two
            if records.next_line or not complete and archive.delivered:
                archive.stop("the file ends inside the record's headers")
        except Exception as err:  # noqa: BLE001 - warcio fails in assorted ways on a record cut short or malformed
            archive.stop("the file ends inside the record" if archive.ended else f"a malformed record ({err})")
        if archive.broken:
            where = f"after record {complete} (read with those before it)" if complete else "in its first record"
            yield InputError(
                source, f"the WARC archive breaks off {where}, at byte {handle.tell():,} of the file: {archive.broken}",
                line=complete + 1,
            )


def _whole(record) -> bool:  # noqa: ANN001 - warcio's record
    """Read to the end its Content-Length declares (a cut can leave that header itself cut short)."""
    declared = record.rec_headers.get_header("Content-Length") or ""
    return declared.isdigit() and record.raw_stream.limit == 0


def html_response_item(record, source: str, number: int, stem: str) -> Item | None:  # noqa: ANN001 - warcio's record
    """The article of an HTML response (or why there is none); None for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES:
        return None
    try:
        return warc_document(record, source, number, stem)
    except UnreadableInput as err:
        return InputError(source, str(err), line=number)


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
