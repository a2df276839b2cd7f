"""CSV and Parquet tables of articles, one row an article, read as a stream.

The columns named by ``TableColumns`` (``--text-column`` and the others) hold the text, title,
date, id and url; other columns are kept as metadata. CSV is read row by row with the standard
library; Parquet in batches through DuckDB, so neither is loaded whole.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsgraph.ingest.decode import MAX_ARTICLE_BYTES, UnreadableInput
from newsgraph.ingest.sources import Item, TableColumns, record_document
from newsgraph.schema import InputError

PARQUET_BATCH_ROWS = 256


def read_table(path: Path, columns: TableColumns) -> Iterator[Item]:
    """One document (or error) per row; ``line`` in an error is the CSV line or the Parquet row."""
    source = str(path)
    rows = _parquet_rows(path) if path.suffix.lower() == ".parquet" else _csv_rows(path)
    try:
        header = next(rows)
        if columns.text not in header:
            raise UnreadableInput(
                f"no {columns.text!r} column for the article text (columns: {', '.join(map(str, header))}): name it with --text-column"
            )
        for number, values in rows:
            try:
                if isinstance(values, UnreadableInput):
                    raise values
                yield record_document(_record(values, columns), source, number, path.stem)
            except UnreadableInput as err:
                yield InputError(source, str(err), line=number)
    except UnreadableInput as err:
        yield InputError(source, str(err))


def _record(values: dict[str, Any], columns: TableColumns) -> dict[str, Any]:
    """The row as record_document reads it: its named columns renamed, the rest kept as metadata."""
    named = {columns.text: "text", columns.title: "title", columns.date: "date", columns.id: "id", columns.url: "url"}
    record: dict[str, Any] = {}
    for column, value in values.items():
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        if value is not None and value != "":
            record[named.get(column, column)] = value
    return record


def _csv_rows(path: Path) -> Iterator[Any]:
    """The header, then (line number, row or the row's problem) for each row; raises UnreadableInput."""
    # an article's text is longer than the csv module's default field limit (128 KB)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_BYTES))
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [name.strip() for name in next(reader, [])]
            yield header
            while True:
                start = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as err:
                    raise UnreadableInput(f"CSV could not be read from line {start}: {err}") from None
                if len(row) != len(header):
                    yield start, UnreadableInput(f"{len(row)} fields where the header has {len(header)}")
                    continue
                yield start, dict(zip(header, row))
    except UnicodeDecodeError:
        raise UnreadableInput("a CSV table must be UTF-8") from None
    except OSError as err:
        raise UnreadableInput(f"cannot read: {err.strerror or err}") from None


def _parquet_rows(path: Path) -> Iterator[Any]:
    """The header, then (row number, row) for each row; raises UnreadableInput."""
    import duckdb

    try:
        connection = duckdb.connect()
        result = connection.execute("SELECT * FROM read_parquet(?)", [str(path)])
    except duckdb.Error as err:
        raise UnreadableInput(f"not a readable Parquet file: {err}") from None
    header = [d[0] for d in result.description]
    yield header
    number = 0
    while batch := result.fetchmany(PARQUET_BATCH_ROWS):
        for values in batch:
            number += 1
            yield number, dict(zip(header, values))
    connection.close()
