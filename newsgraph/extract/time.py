"""Calendar dates for time expressions, anchored on the article's date.

News prose names days relative to publication: "said on Saturday" in an article of Saturday
2024-11-30 is that day, "on Thursday" is 2024-11-28 — the latest such weekday on or before the
article date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Token

from newsgraph.clean.dates import FULL_DATE_RE, MONTHS, WEEKDAYS
from newsgraph.extract.nlp import entity_at

_MONTH_DAY_RE = re.compile(r"\b(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})\b")


def resolve_date(expression: str, anchor: date | None) -> str | None:
    """ISO date for a day-level expression ("Saturday", "yesterday", "Nov. 28"), or None."""
    text = expression.strip().lower()
    full = FULL_DATE_RE.search(expression)
    if full:
        month = full.group("m1") or full.group("m2")
        day = full.group("d1") or full.group("d2")
        year = full.group("y1") or full.group("y2")
        try:
            return date(int(year), MONTHS[month.lower().rstrip(".")], int(day)).isoformat()
        except ValueError:
            return None
    if anchor is None:
        return None
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return anchor.isoformat()
    if text in ("yesterday", "last night"):
        return (anchor - timedelta(days=1)).isoformat()
    words = text.split()
    for i, word in enumerate(words):
        if word in WEEKDAYS:
            back = (anchor.weekday() - WEEKDAYS.index(word)) % 7
            if back == 0 and i > 0 and words[i - 1] == "last":
                back = 7
            return (anchor - timedelta(days=back)).isoformat()
    md = _MONTH_DAY_RE.search(expression)
    if md and md.group("m").lower() in MONTHS:
        try:
            found = date(anchor.year, MONTHS[md.group("m").lower()], int(md.group("d")))
        except ValueError:
            return None
        if found > anchor + timedelta(days=7):  # "Dec. 30" in a January article is last year's
            found = found.replace(year=found.year - 1)
        return found.isoformat()
    return None


def date_of_clause(verb: Token, exclude: set[int], anchor: date | None) -> str | None:
    """A date said of the reporting act itself: "said on Saturday", "told reporters Tuesday"."""
    nodes = [verb]
    if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp"):
        nodes.append(verb.head)
    for node in nodes:
        for child in node.children:
            if child.i in exclude:
                continue
            target = None
            if child.dep_ == "prep" and child.lower_ == "on":
                target = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ in ("npadvmod", "tmod") and child.ent_type_ == "DATE":
                target = child
            if target is not None and target.ent_type_ == "DATE":
                ent = entity_at(target)
                resolved = resolve_date(ent.text if ent is not None else target.text, anchor)
                if resolved:
                    return resolved
    return None


# -- time expressions ---------------------------------------------------------------------

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "couple": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
UNITS = {"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE"}
VAGUE = frozenset({"few", "several", "recent", "many", "some"})
# phrases the small model leaves out of its DATE entities
EXTRA_TIMEX_RE = re.compile(
    r"\b(?:(?:over |in |during )?the (?:past|last) (?:couple of|few|several|\w+) (?:days|weeks|months|years)"
    r"|in recent (?:days|weeks|months|years)|the past|this weekend|last (?:night|week|month|year))\b",
    re.IGNORECASE,
)


@dataclass
class Timex:
    """A time expression with a TIMEX3-style value: "2024-11-30", "2024-W48", "P2D", "PXM"."""

    text: str
    start: int  # character offsets in the Doc
    end: int
    type: str  # DATE, DURATION, TIME, SET
    value: str | None
    mod: str | None = None  # "START" for "since 2011", "PAST" for "over the past couple of days"
    range: tuple[str, str] | None = None


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def normalize_timex(text: str, anchor: date | None) -> tuple[str, str | None, str | None, tuple[str, str] | None]:
    """(type, value, mod, range) for a time expression, anchored on the article date."""
    lower = text.lower().strip()
    words = re.findall(r"[a-z]+|\d+", lower)
    day = resolve_date(text, anchor)
    if day and not any(w in UNITS for w in words):
        return "DATE", day, None, None
    if lower in ("the past", "in the past"):
        return "DATE", "PAST_REF", None, None
    unit = next((UNITS[w] for w in words if w in UNITS), None)
    if unit:
        count = next((int(w) for w in words if w.isdigit()), None) or next((NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS), None)
        vague = any(w in VAGUE for w in words) or count is None
        value = f"P{'X' if vague else count}{unit if unit != 'DE' else '0Y'}"
        if unit == "DE" and not vague:
            value = f"P{count * 10}Y"
        past = any(w in ("past", "last", "recent", "ago") for w in words)
        if anchor is not None and ("this" in words or (("last" in words or "next" in words) and count is None and not any(w in ("past", "recent") for w in words))):
            step = -1 if "last" in words else (1 if "next" in words else 0)
            if unit == "W":
                return "DATE", _iso_week(anchor + timedelta(weeks=step)), None, None
            if unit == "M":
                return "DATE", _shift_months(anchor, step).strftime("%Y-%m"), None, None
            if unit == "Y":
                return "DATE", str(anchor.year + step), None, None
        if "ago" in words and anchor is not None and count:
            delta = {"D": timedelta(days=count), "W": timedelta(weeks=count)}.get(unit)
            if delta is not None:
                return "DATE", (anchor - delta).isoformat(), None, None
        if past and anchor is not None and not vague and unit in ("D", "W"):
            delta = timedelta(days=count) if unit == "D" else timedelta(weeks=count)
            return "DURATION", value, "PAST", ((anchor - delta).isoformat(), anchor.isoformat())
        return "DURATION", value, "PAST" if past else None, None
    if "weekend" in words and anchor is not None:
        return "DATE", _iso_week(anchor) + "-WE", None, None
    if lower in ("last night", "tonight"):
        return "TIME", (anchor - timedelta(days=1 if lower == "last night" else 0)).isoformat() + "TNI" if anchor else None, None, None
    month_year = re.fullmatch(r"(?:in )?([a-z]+)\.? (\d{4})", lower)
    if month_year and month_year.group(1) in MONTHS:
        return "DATE", f"{month_year.group(2)}-{MONTHS[month_year.group(1)]:02d}", None, None
    year = re.fullmatch(r"(?:in |since |by |until )?((?:19|20)\d\d)", lower)
    if year:
        return "DATE", year.group(1), None, None
    decade = re.fullmatch(r"(?:the )?((?:19|20)\d)0s", lower)
    if decade:
        return "DATE", decade.group(1) + "X", None, None
    if lower in MONTHS and anchor is not None:
        return "DATE", f"{anchor.year}-{MONTHS[lower]:02d}", None, None
    return "DATE", _dateparser_value(text, anchor), None, None


def _dateparser_value(text: str, anchor: date | None) -> str | None:
    """dateparser for what the rules above do not cover; it never sees bare numbers."""
    if not re.search(r"[A-Za-z]", text) or anchor is None:
        return None
    import dateparser  # loaded on first use: most expressions never need it

    settings = {
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
        "PREFER_DATES_FROM": "current_period",
        "REQUIRE_PARTS": ["day"],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def find_timexes(doc: Doc, anchor: date | None) -> list[Timex]:
    """Every time expression in the Doc, normalised; "since" makes an open range to the anchor."""
    text_of_doc = doc.text  # Doc.text joins its tokens on every access
    spans: list[tuple[int, int]] = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    for m in EXTRA_TIMEX_RE.finditer(text_of_doc):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
        else:  # the model's span is part of a longer expression: "over the past couple of days"
            spans = [(min(s, m.start()), max(e, m.end())) if s < m.end() and m.start() < e else (s, e) for s, e in spans]
    found = []
    for start, end in sorted(set(spans)):
        text = text_of_doc[start:end]
        type_, value, mod, span_range = normalize_timex(text, anchor)
        before = text_of_doc[max(0, start - 60) : start].lower()
        sentence_since = re.search(r"\bsince\b[^.]*$", before)
        if sentence_since and value and re.fullmatch(r"\d{4}(-\d\d){0,2}", value) and anchor is not None:
            mod, span_range = "START", (value, anchor.isoformat())
        found.append(Timex(text, start, end, type_, value, mod, span_range))
    return found
