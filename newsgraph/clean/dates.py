"""An article's publication date, from evidence only: a wrong date is worse than none.

Evidence, in order of trust: a date given with the article (its metadata, a sidecar table,
``--date``), a dateline ("LIMA, March 3, 2022 (Reuters) -"), a "Published"/"Updated" line, a
dated photo caption the text places the story on, a date in the name of the file that holds only
this article ("nyt_2016-03-05_slug.txt", as archives and crawlers name what they save). The other
dates an article writes ("signed on March 3, 2009") are what it reports, not when it appeared, and
never give its date.
"""

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
# "November 30, 2024", "30 November 2024", "November 30th, 2024", "the 30th of November 2024"
FULL_DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_RE}),?\s+(?P<y2>(?:19|20)\d\d))\b"
)
ISO_DATE_RE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# "BEIRUT, Nov 30 (Reuters) -", "LONDON, 30 November 2024 —"
DATELINE_RE = re.compile(
    rf"^[A-Z][A-Za-z .'\-]{{1,40}},\s*(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE}))"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*(?:\([^)]{{1,30}}\))?\s*[-–—]"
)
WEEKDAY_RE = re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# a line that is a stamp and nothing else: "Published: 30 November 2024 14:05 GMT",
# "Updated 3:45 PM ET, Sat November 30, 2024", "Posted on Nov. 30, 2024 at 10:00 am",
# "Last updated: 2024-11-30T10:15:00Z", "Published Nov. 30, 2024 | Updated Dec. 1, 2024" (a sentence such as "Posted on Facebook on ..." is not)
_CLOCK_RE = r"\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[A-Z]{2,4}|[+-]\d\d:?\d\d))?"
_DAY_NAME_RE = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
STAMP_RE = re.compile(
    rf"^(?i:(?:(?:first|last|originally)\s+)?(?P<kind>published|updated|posted|modified))(?:\s+on)?\s*[:|\-–—]?\s*"
    rf"(?:{_CLOCK_RE}\s*[,|]?\s*)?(?:{_DAY_NAME_RE}\s*,?\s*)?"
    rf"(?P<date>{FULL_DATE_RE.pattern}|\b(?:19|20)\d\d-\d\d-\d\d(?=T|\b))"
    rf"(?:[T\s,|]*(?:at\s+)?{_CLOCK_RE})?\s*\.?\s*$"
)
STAMP_SEPARATOR_RE = re.compile(r"\s+[|·•]\s+")
MAX_STAMP_LINE = 150  # a stamp is a line of its own, not a sentence of the story


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
    """The date a metadata value states ("2024-11-30T10:00:00Z", "Nov. 30, 2024"); None if none."""
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


def _stamp(lines: list[str]) -> tuple[date, str] | None:
    """The date of a "Published ..." line (or, failing one, of an "Updated ..." line)."""
    found: dict[str, date] = {}
    stamps = [part for line in lines if len(line) <= MAX_STAMP_LINE for part in STAMP_SEPARATOR_RE.split(line)]
    for part in stamps:
        m = STAMP_RE.match(part)
        if m and (stated := full_dates(m.group("date"))):
            kind = "updated" if m.group("kind").lower() in ("updated", "modified") else "published"
            found.setdefault(kind, stated[0])
    for kind in ("published", "updated"):
        if kind in found:
            return found[kind], f"{kind} line"
    return None


# "2016-03-05", "2016_03_05", "20160305" between non-digits: a date a file was named by
_FILE_NAME_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def date_in_file_name(path: str) -> date | None:
    """The one date a file's name holds, if it is no later than tomorrow."""
    name = re.split(r"[\\/]", path)[-1]
    found = {d for m in _FILE_NAME_DATE_RE.finditer(name) if (d := _make(int(m.group(1)), int(m.group(3)), int(m.group(4))))}
    if len(found) != 1:
        return None
    (named,) = found
    return named if named.toordinal() <= date.today().toordinal() + 1 else None


def _closest_year(month: int, day: int, near: date) -> date | None:
    """A yearless "Nov 30" placed in the year that puts it closest to a dated piece of evidence."""
    candidates = [d for year in (near.year - 1, near.year, near.year + 1) if (d := _make(year, month, day))]
    return min(candidates, key=lambda d: abs((d - near).days), default=None)


def infer_article_date(
    body: str,
    captions: list[str],
    photo_captions: list[str],
    given: str | None = None,
    given_basis: str = "metadata",
    file_name: str | None = None,
) -> tuple[str | None, str]:
    """Return (ISO date or None, the evidence for it, or why there is none), in order of trust.

    ``photo_captions`` are the captions surely under a photo (printed twice or credited), whose
    dates say when the picture was taken; ``given`` is a date given with the article;
    ``file_name`` names the file that holds this article alone.
    """
    given_date = parse_metadata_date(given)
    if given_date:
        return given_date.isoformat(), given_basis
    paragraphs = body.split("\n\n")
    stamp = _stamp(paragraphs + captions)
    photo_dates = [d for c in photo_captions for d in full_dates(c)]
    named = date_in_file_name(file_name) if file_name else None
    dateline = DATELINE_RE.match(body.lstrip())
    if dateline:
        month = MONTHS[(dateline.group("m1") or dateline.group("m2")).lower().rstrip(".")]
        day = int(dateline.group("d1") or dateline.group("d2"))
        if dateline.group("y"):
            if stated := _make(int(dateline.group("y")), month, day):
                return stated.isoformat(), "dateline"
        elif stamp or photo_dates or named:
            near, source = stamp or ((max(photo_dates), "a dated photo caption") if photo_dates else (named, "file name"))
            if placed := _closest_year(month, day, near):
                return placed.isoformat(), f"dateline (its year from the {source})"
    if stamp:
        return stamp[0].isoformat(), stamp[1]
    if photo_dates:
        # photos are taken up to the day of publication: the latest is the best anchor, and only
        # when the story says something happened on its weekday (a file photo is years old)
        latest = max(photo_dates)
        weekday = WEEKDAYS[latest.weekday()]
        if weekday in {w.lower() for w in WEEKDAY_RE.findall(body)}:
            return latest.isoformat(), (
                f"caption (latest of {len(photo_dates)} dated photo captions); the text's 'on {weekday.title()}' falls on it"
            )
    if named:
        return named.isoformat(), "file name"
    reason = "none: no metadata, dateline, published line, dated photo caption the text falls on or dated file name"
    if dateline:
        reason = "none: the dateline gives no year, and no metadata, published line, dated photo caption or file name does"
    return None, reason
