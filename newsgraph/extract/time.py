"""Calendar dates for time expressions, anchored on the article's date.

News prose names days relative to publication: "said on Saturday" in an article of Saturday
2024-11-30 is that day, "on Thursday" is 2024-11-28 — the latest such weekday on or before the
article date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from newsgraph.clean.dates import FULL_DATE_RE, MONTHS, WEEKDAYS

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
                ent = next((e for e in target.doc.ents if e.start <= target.i < e.end), None)
                resolved = resolve_date(ent.text if ent is not None else target.text, anchor)
                if resolved:
                    return resolved
    return None
