"""Infer an article's publication date: metadata, a dateline, dated photo captions, the text."""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "November 30, 2024" and "30 November 2024"
FULL_DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE})\s+(?P<y2>(?:19|20)\d\d))\b"
)
ISO_DATE_RE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# "BEIRUT, Nov 30 (Reuters) -", "LONDON, 30 November 2024 —"
DATELINE_RE = re.compile(
    rf"^[A-Z][A-Za-z .'\-]{{1,40}},\s*(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE}))"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*(?:\([^)]{{1,30}}\))?\s*[-–—]"
)
WEEKDAY_RE = re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> date | None:
    month = m.group("m1") or m.group("m2")
    day = m.group("d1") or m.group("d2")
    year = m.group("y1") or m.group("y2")
    return _make(int(year), MONTHS[month.lower().rstrip(".")], int(day))


def full_dates(text: str) -> list[date]:
    """Every explicit calendar date written out in the text."""
    found = [d for m in FULL_DATE_RE.finditer(text) if (d := _from_match(m))]
    found += [d for m in ISO_DATE_RE.finditer(text) if (d := _make(*map(int, m.groups())))]
    return found


def parse_metadata_date(value: str | None) -> date | None:
    if not value:
        return None
    m = ISO_DATE_RE.search(value)
    if m:
        return _make(*map(int, m.groups()))
    dates = full_dates(value)
    if dates:
        return dates[0]
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


def infer_article_date(
    body: str, captions: list[str], metadata_date: str | None
) -> tuple[str | None, str]:
    """Return (ISO date or None, how it was found) — in order of trust."""
    meta = parse_metadata_date(metadata_date)
    if meta:
        return meta.isoformat(), "metadata"
    m = DATELINE_RE.match(body.lstrip())
    if m and m.group("y"):
        month = m.group("m1") or m.group("m2")
        day = m.group("d1") or m.group("d2")
        d = _make(int(m.group("y")), MONTHS[month.lower().rstrip(".")], int(day))
        if d:
            return d.isoformat(), "dateline"
    caption_dates = [d for c in captions for d in full_dates(c)]
    if caption_dates:
        # photos are taken up to the day of publication: the latest photo is the best anchor
        latest = max(caption_dates)
        basis = f"caption (latest of {len(caption_dates)} dated captions)"
        weekdays = {w.lower() for w in WEEKDAY_RE.findall(body)}
        if WEEKDAYS[latest.weekday()] in weekdays:
            basis += f"; the text's 'on {WEEKDAYS[latest.weekday()].title()}' falls on it"
        return latest.isoformat(), basis
    text_dates = full_dates(body)
    if text_dates:
        return max(text_dates).isoformat(), "text (latest full date written in the body)"
    return None, "none (no metadata, dateline or dated caption)"
