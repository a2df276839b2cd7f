"""Sources -> raw documents: .txt articles, .html pages, .jsonl dumps, .json files of articles,
WARC archives, RSS/Atom feeds, CSV/Parquet tables of articles, and folders of these.

Every reader yields RawDocument or InputError and never raises for bad input, so one broken
file or line is reported and the rest of the batch goes on.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, BinaryIO
from pathlib import Path

from newsgraph.ingest.decode import MAX_ARTICLE_BYTES, UnreadableInput, check_text, decode_text
from newsgraph.ingest.sidecar import SIDECAR_NAMES, UserMetadata, date_warning
from newsgraph.schema import InputError, RawDocument

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIX = ".json"
WARC_SUFFIXES = {".warc", ".warc.gz"}
FEED_SUFFIXES = {".rss", ".atom"}
TABLE_SUFFIXES = {".csv", ".parquet"}
# what a folder walk reads; a feed named .xml, or articles in a .json file, are read when the file
# is named itself (folders hold other XML, and answer keys or settings in JSON)
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES | TABLE_SUFFIXES
# a .json file is parsed whole; JSON Lines, read line by line, has no such limit
MAX_JSON_BYTES = 100 * MAX_ARTICLE_BYTES
MIN_HTML_ARTICLE_WORDS = 15

Item = RawDocument | InputError


@dataclass(frozen=True)
class TableColumns:
    """Which columns of a CSV or Parquet table of articles hold what (only ``text`` is required)."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    id: str = "id"
    url: str = "url"


class SourceOptions(UserMetadata):
    """What the user gives beside the articles (sidecar tables, --date) and which columns of an
    article table hold what (--text-column, ...)."""

    def __init__(self, date: str | None = None, tables: Iterable[Path] = (), columns: TableColumns | None = None) -> None:
        super().__init__(date, tables)
        self.columns = columns or TableColumns()


def read_sources(paths: Iterable[str | os.PathLike[str]], given: UserMetadata | None = None) -> Iterator[Item]:
    """Yield one item per article (or per failure) from files and folders, in a stable order.

    ``given``: dates, urls and titles the user gives beside the articles (sidecar tables, --date).
    """
    given = given or SourceOptions()
    columns = given.columns if isinstance(given, SourceOptions) else TableColumns()
    read: set[Path] = set()  # a file named twice, or named and inside a folder named, is read once
    for path in map(Path, paths):
        for file, root in ([(child, path) for child in article_files(path)] if path.is_dir() else [(path, path.parent)]):
            if (key := file.resolve()) not in read:
                read.add(key)
                yield from given.fill(read_file(file, columns), file, root=root)


def repeated_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files a run names more than once, directly or through a folder: each is read once."""
    seen: set[Path] = set()
    repeated: list[Path] = []
    for path in map(Path, paths):
        for file in article_files(path) if path.is_dir() else [path]:
            key = file.resolve()
            if key in seen and file not in repeated:
                repeated.append(file)
            seen.add(key)
    return repeated


def article_files(folder: Path) -> list[Path]:
    """The article files under a folder, in a stable order."""
    # a folder holds other things too (answer keys, notes, sidecar tables): only article files count
    return [
        child for child in sorted(p for p in folder.rglob("*") if p.is_file())
        if suffix_of(child) in SUPPORTED and child.name.lower() not in SIDECAR_NAMES
    ]


def suffix_of(path: Path) -> str:
    """The lower-case suffix, with ".warc.gz" as one."""
    suffix = path.suffix.lower()
    if suffix == ".gz" and path.stem.lower().endswith(".warc"):
        return ".warc.gz"
    return suffix


def read_file(path: Path, columns: TableColumns | None = None) -> Iterator[Item]:
    source = str(path)
    suffix = suffix_of(path)
    if not path.exists():
        yield InputError(source, "no such file")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    if suffix == JSON_SUFFIX:
        yield from read_json(path)
        return
    # imported here: each reader's library loads only when such a file is read
    if suffix in WARC_SUFFIXES:
        from newsgraph.ingest.warc import read_warc

        yield from read_warc(path)
        return
    if suffix in FEED_SUFFIXES or suffix == ".xml":
        from newsgraph.ingest.feeds import read_feed

        yield from read_feed(path)
        return
    if suffix in TABLE_SUFFIXES:
        from newsgraph.ingest.tables import read_table

        yield from read_table(path, columns or TableColumns())
        return
    if suffix not in SUPPORTED:
        yield InputError(
            source, f"unsupported file type {suffix or '(none)'}: use .txt, .html, .jsonl, .json, .warc(.gz), .rss/.atom/.xml, .csv or .parquet"
        )
        return
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise UnreadableInput(
                f"{size / 1e6:.1f} MB is over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for one article"
            )
        text = decode_text(path.read_bytes())
        if suffix in HTML_SUFFIXES:
            yield html_document(text, source, path.stem)
        else:
            yield RawDocument(source=source, kind="txt", text=text, id=path.stem)
    except UnreadableInput as err:
        yield InputError(source, str(err))
    except OSError as err:
        yield InputError(source, f"cannot read: {err.strerror or err}")


def html_document(html: str, source: str, doc_id: str) -> RawDocument:
    """Find the article in an HTML page with trafilatura; raise UnreadableInput if there is none."""
    import trafilatura  # imported here: loading it costs time that text-only runs need not pay

    try:
        found = trafilatura.extract(
            html, output_format="json", with_metadata=True, include_comments=False, include_tables=False,
            # the page's date from its markup only: the extensive search takes any date in the text
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, RecursionError, MemoryError) as err:  # lxml gives up on pathological trees
        raise UnreadableInput(f"HTML could not be parsed ({type(err).__name__})") from None
    if not found:
        raise UnreadableInput("no article text found in the HTML page")
    meta = json.loads(found)
    text = (meta.get("text") or "").strip()
    if len(text.split()) < MIN_HTML_ARTICLE_WORDS:
        # what is left of a page with no article is its furniture: "Home", a menu, a footer
        raise UnreadableInput(f"no article text found in the HTML page ({len(text.split())} words outside any article)")
    return RawDocument(
        source=source,
        kind="html",
        text=text,
        id=doc_id,
        title=meta.get("title") or None,
        date=meta.get("date") or None,
        url=meta.get("source") or meta.get("url") or None,
        metadata={k: meta[k] for k in ("author", "hostname", "sitename") if meta.get(k)},
    )


def open_binary(path: Path) -> BinaryIO | InputError:
    """The file opened for reading, or the error that says why it cannot be."""
    try:
        return path.open("rb")
    except OSError as err:
        return InputError(str(path), f"cannot read: {err.strerror or err}")


def read_jsonl(path: Path) -> Iterator[Item]:
    """Stream a JSONL dump line by line: memory stays flat however large the file is."""
    source = str(path)
    handle = open_binary(path)
    if isinstance(handle, InputError):
        yield handle
        return
    with handle:
        for number, line in enumerate(_bounded_lines(handle, MAX_ARTICLE_BYTES), start=1):
            if line is None:
                yield InputError(source, f"line over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB article size limit", line=number)
                continue
            if not line.strip():
                continue
            try:
                yield jsonl_document(line, source, number, path.stem)
            except UnreadableInput as err:
                yield InputError(source, str(err), line=number)


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The file's lines, each read at most ``limit`` bytes far: a longer line gives None and is
    skipped in chunks, so one endless line (or a device posing as a file) never fills memory."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def jsonl_document(line: bytes, source: str, number: int, stem: str) -> RawDocument:
    if len(line) > MAX_ARTICLE_BYTES:
        raise UnreadableInput(f"line of {len(line) / 1e6:.1f} MB is over the article size limit")
    try:
        record = json.loads(line.rstrip(b"\r\n"))  # the line's end is no part of a string cut short
    except json.JSONDecodeError as err:
        raise UnreadableInput(json_problem(err)) from None
    except UnicodeDecodeError:
        raise UnreadableInput("malformed JSON: not UTF-8") from None
    if not isinstance(record, dict):
        raise UnreadableInput("a JSONL line must be an object with a \"text\" field")
    return record_document(record, source, number, stem)


def json_problem(err: json.JSONDecodeError) -> str:
    """Python's reason, where it arose, and whether the text stops inside a value: a line cut
    short reads "Unterminated string starting at", which alone says neither."""
    where = f"column {err.colno}" if err.lineno == 1 else f"line {err.lineno}, column {err.colno}"
    said = err.msg.removesuffix(" at")  # "Invalid control character at"
    reason = f"malformed JSON: {said[:1].lower()}{said[1:]} at {where}"
    if err.msg.startswith("Unterminated string") or err.pos >= len(err.doc.rstrip()):
        reason += "; the text ends before the JSON does (cut short?)"
    return reason


def read_json(path: Path) -> Iterator[Item]:
    """A .json file: one article object, an array of them, or JSON Lines under a .json name."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            yield InputError(
                source, f"{size / 1e6:.0f} MB is over the {MAX_JSON_BYTES / 1e6:.0f} MB limit for a .json file: "
                "write it as JSON Lines (.jsonl, one article per line), which is read line by line"
            )
            return
        data = path.read_bytes()
    except OSError as err:
        yield InputError(source, f"cannot read: {err.strerror or err}")
        return
    try:
        value = json.loads(data)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and err.colno == 1:  # one object per line: JSON Lines
            yield from read_jsonl(path)
        else:
            yield InputError(source, json_problem(err))
        return
    except UnicodeDecodeError:
        yield InputError(source, "malformed JSON: not UTF-8")
        return
    for number, record in enumerate(value if isinstance(value, list) else [value], start=1):
        if not isinstance(record, dict):
            yield InputError(source, f"item {number}: an article must be an object with a \"text\" field")
            continue
        try:
            yield record_document(record, source, number, path.stem)
        except UnreadableInput as err:
            yield InputError(source, f"item {number}: {err}")


def record_document(record: Mapping[str, Any], source: str, number: int, stem: str) -> RawDocument:
    """An article given as fields (a JSONL line, a table row, a dict): "text" is all body, the
    headline is "title" (or "headline") only; raises UnreadableInput when there is no text."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise UnreadableInput("no \"text\" field with article text")
    text = check_text(text)
    title_field = "title" if "title" in record else "headline"
    known = {"id", title_field, "text", "date", "url"}
    doc_id = record.get("id")
    date = record.get("date")
    warning = date_warning(date, source, number) if date not in (None, "") else None
    return RawDocument(
        source=f"{source}:{number}",
        kind="jsonl",
        text=text,
        id=str(doc_id) if doc_id not in (None, "") else f"{stem}-{number}",
        title=record.get(title_field) if isinstance(record.get(title_field), str) else None,
        date=None if warning or date == "" else date,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        metadata={k: v for k, v in record.items() if k not in known},
        warnings=[warning] if warning else [],
    )
