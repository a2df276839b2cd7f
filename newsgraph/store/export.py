"""Rows -> CSV or JSON text, the same for the command line and the web page's exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any


def json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def to_json(rows: Any, indent: int | None = None) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=indent, default=json_default)


def to_csv(rows: list[dict[str, Any]]) -> str:
    """One header line and a line a row; list values are written as JSON arrays."""
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in row.items()})
    return buffer.getvalue()
