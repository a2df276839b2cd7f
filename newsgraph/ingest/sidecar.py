"""Dates, urls and titles given beside the articles: sidecar tables and one date for a whole run.

A folder of articles may hold a sidecar table, ``newsgraph-meta.csv`` (comma-separated) or
``newsgraph-meta.tsv`` (tab-separated), with a header row and one row per article file:

    file,date,url,title
    aleppo.txt,2024-11-30,https://example.org/aleppo,Iran downplays Aleppo losses

``file`` is the file's path relative to the table's folder; ``date`` (YYYY-MM-DD), ``url`` and
``title`` may be left empty, and other columns are kept as metadata. A table is read for the
files in its folder and below it (the nearest table first); ``--meta FILE`` names a table kept
elsewhere, read before those. A row fills in what an article's own source lacks, so a date comes
from, in order: the article's own metadata (a JSONL record's ``date``, an HTML page's metadata),
a sidecar row, ``--date``, and last the evidence in the text (``clean.dates``). A row's title
is the headline, so the file is read as body only (a first line repeating the title is dropped).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.clean.dates import parse_metadata_date
from newsgraph.ingest.decode import UnreadableInput, decode_text
from newsgraph.schema import InputError, InputWarning, RawDocument

SIDECAR_NAMES = ("newsgraph-meta.csv", "newsgraph-meta.tsv")
COLUMNS = ("file", "date", "url", "title")
MAX_TABLE_BYTES = 50_000_000

Item = RawDocument | InputError


def date_warning(value: object, source: str, line: int | None, what: str = "date") -> InputWarning | None:
    """A warning when a given date is not one ("not a date", "2024-13-45"); None when it is."""
    if isinstance(value, str) and parse_metadata_date(value):
        return None
    shown = json.dumps(value, ensure_ascii=False)
    return InputWarning(source, f"invalid {what} {shown} ignored (write YYYY-MM-DD); the article is kept", line)


@dataclass
class SidecarRow:
    table: Path
    line: int
    date: str | None
    url: str | None
    title: str | None
    metadata: dict[str, str]
    warnings: list[InputWarning] = field(default_factory=list)


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def read_table(table: Path) -> dict[str, SidecarRow]:
    """A sidecar table's rows by the absolute path of the file each names; raises UnreadableInput."""
    try:
        if table.stat().st_size > MAX_TABLE_BYTES:
            raise UnreadableInput(f"a sidecar table over {MAX_TABLE_BYTES / 1e6:.0f} MB")
        data = table.read_bytes()
    except OSError as err:
        raise UnreadableInput(f"cannot read the sidecar table: {err.strerror or err}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = decode_text(data)  # a spreadsheet's export: UTF-16 or a legacy 8-bit encoding
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if table.suffix.lower() == ".tsv" else ",")
    fields = [name.strip().lower() for name in reader.fieldnames or []]
    if "file" not in fields:
        raise UnreadableInput(f"a sidecar table needs a header row with a \"file\" column (and date, url, title): found {fields}")
    reader.fieldnames = fields
    rows: dict[str, SidecarRow] = {}
    for record in reader:
        values = {k: (v or "").strip() for k, v in record.items() if isinstance(k, str) and isinstance(v, str)}
        if not values.get("file"):
            continue
        row = SidecarRow(
            table, reader.line_num, values.get("date") or None, values.get("url") or None, values.get("title") or None,
            {k: v for k, v in values.items() if k not in COLUMNS and v},
        )
        if row.date and (warning := date_warning(row.date, str(table), row.line, f"date for {values['file']}")):
            row.warnings.append(warning)
            row.date = None
        rows.setdefault(_key(table.parent / values["file"]), row)
    return rows


class UserMetadata:
    """What the user gives beside the articles: sidecar tables and a date for the whole run."""

    def __init__(self, date: str | None = None, tables: Iterable[Path] = ()) -> None:
        self.date = date
        self.explicit = [Path(t) for t in tables]
        self._tables: dict[str, dict[str, SidecarRow]] = {}

    def _table(self, table: Path) -> Iterator[InputError]:
        """Load a table once; a broken one is reported once, and its articles go on without it."""
        key = _key(table)
        if key in self._tables:
            return
        self._tables[key] = {}
        try:
            self._tables[key] = read_table(table)
        except UnreadableInput as err:
            yield InputError(str(table), str(err))

    def _tables_for(self, path: Path, root: Path) -> Iterator[Path]:
        yield from self.explicit
        folder = path.parent
        while True:
            for name in SIDECAR_NAMES:
                if (folder / name).is_file():
                    yield folder / name
            if folder == root or folder == folder.parent:
                return
            folder = folder.parent

    def fill(self, items: Iterable[Item], path: Path, root: Path) -> Iterator[Item]:
        """The items read from ``path`` (found under ``root``), each filled in from its sidecar row and the run's date."""
        row: SidecarRow | None = None
        for table in self._tables_for(path, root):
            yield from self._table(table)
            row = row or self._tables[_key(table)].get(_key(path))
        for item in items:
            if isinstance(item, RawDocument):
                if row:
                    _fill_from_row(item, row)
                if item.date is None and self.date:
                    item.date, item.date_basis = self.date, "--date"
            yield item


def _fill_from_row(doc: RawDocument, row: SidecarRow) -> None:
    if doc.date is None and row.date:
        doc.date, doc.date_basis = row.date, f"sidecar {row.table.name}:{row.line}"
    doc.url = doc.url or row.url
    if doc.title is None:
        doc.title = row.title
    doc.metadata = {**row.metadata, **doc.metadata}
    doc.warnings.extend(row.warnings)
