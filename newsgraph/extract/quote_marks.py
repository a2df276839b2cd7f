"""Find quotations by their marks in plain text: a pure function, no parse needed.

Real copy mixes curly and straight marks and does not always balance them: a curly opener may be
closed by a straight mark, a quotation may run over several paragraphs (each new paragraph
reopens it, only the last one closes it), and single marks nest inside double ones. A straight
mark is read as an opener or a closer from what stands beside it. Two apostrophes are one
double mark, as newspaper archives write it ("''We will win,'' he said"); they open one with two
backquotes too ("``We will win,'' he said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
SINGLE_OPENERS = "‘"
SINGLE_CLOSERS = "’"
# every mark that opens or closes a quotation, the straight ones included
QUOTE_MARKS = "\"'“”‘’«»„"
# the characters the scans act on; they jump from one to the next over all the others
DOUBLED = "''"  # a straight double mark typed as two apostrophes
BACKQUOTES = "``"  # the opener archives pair with it ("``We will win,'' he said")
_DOUBLE_SCAN = re.compile(f"[\n{OPENERS}{CLOSERS}{STRAIGHT}]|{DOUBLED}|{BACKQUOTES}")
_SINGLE_SCAN = re.compile(f"[\n'{SINGLE_OPENERS}{SINGLE_CLOSERS}]")


@dataclass
class QuoteSpan:
    """Quoted text between marks: ``start``/``end`` exclude the marks themselves."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the quotation never closes
    pieces: list[tuple[int, int]] = field(default_factory=list)  # one per paragraph
    single: bool = False  # delimited by single marks


def _opener_context(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-:,;/" + OPENERS) and not after.isspace()


def _closer_context(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every double-quoted span (and top-level single-quoted one) in ``text``, in order."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    piece_start = 0
    pieces: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while (mark := _DOUBLE_SCAN.search(text, i)) is not None:
        i = mark.start()
        width = mark.end() - i
        ch = OPENERS[0] if mark.group() == BACKQUOTES else STRAIGHT if width == 2 else text[i]
        if ch == "\n":
            # a paragraph ends: a quotation still open continues only if the next paragraph
            # opens again (the English convention for quotations over several paragraphs)
            j = i
            while j < n and text[j].isspace():
                j += 1
            if open_at is not None and "\n" in text[i:j]:
                reopen = 2 if text.startswith((DOUBLED, BACKQUOTES), j) else 1
                if j < n and (text[j] in OPENERS or text.startswith(BACKQUOTES, j) or (text[j] == STRAIGHT or reopen == 2) and _opener_context(text, j, reopen)):
                    pieces.append((piece_start, _rstrip(text, piece_start, i)))
                    piece_start = j + reopen
                    i = j + reopen
                    continue
                # unbalanced: the quotation ends with its paragraph
                end = _rstrip(text, piece_start, i)
                spans.append(QuoteSpan(pieces[0][0] if pieces else piece_start, end, open_at, None, pieces + [(piece_start, end)]))
                open_at, pieces = None, []
            i = j if j > i else i + 1
            continue
        is_open = ch in OPENERS or (ch == STRAIGHT and open_at is None and _opener_context(text, i, width))
        # an opening mark typed where the closer belongs ('"It is late,“ she said'): it closes
        is_close = ch in CLOSERS or (
            open_at is not None and ch in OPENERS + STRAIGHT and _closer_context(text, i, width) and not _opener_context(text, i, width)
        )
        if open_at is None and is_open:
            open_at, piece_start, pieces = i, i + width, []
        elif open_at is not None and (is_close or ch == STRAIGHT):
            pieces.append((piece_start, i))
            spans.append(QuoteSpan(pieces[0][0], i, open_at, i, pieces))
            open_at, pieces = None, []
        elif open_at is not None and ch in OPENERS:
            pass  # a stray second opener inside a quotation: part of the text
        i += width
    if open_at is not None:
        end = _rstrip(text, piece_start, n)
        spans.append(QuoteSpan(pieces[0][0] if pieces else piece_start, end, open_at, None, pieces + [(piece_start, end)]))
    spans = [s for s in spans if s.end > s.start]
    return _merge_sorted(spans, _single_quotes(text, spans))


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _single_quotes(text: str, doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-quoted spans outside double quotes ('British' style); apostrophes are not marks."""
    inside = [False] * len(text)
    for s in doubles:
        end = min(len(text), (s.close_mark if s.close_mark is not None else s.end) + 1)
        inside[s.open_mark : end] = [True] * (end - s.open_mark)
    found: list[QuoteSpan] = []
    open_at: int | None = None
    for mark in _SINGLE_SCAN.finditer(text):
        i = mark.start()
        ch = text[i]
        if inside[i] or ch == "'" and (text[i - 1 : i] == "'" or text[i + 1 : i + 2] == "'"):
            continue  # inside a double quotation, or half of a doubled mark
        if ch == "\n":
            open_at = None
            continue
        if (ch in SINGLE_OPENERS or ch == "'") and _opener_context(text, i) and not _closer_context(text, i):
            open_at = i  # a later opener means the earlier mark was an apostrophe ("'Tis")
        elif open_at is not None and (ch in SINGLE_CLOSERS or ch == "'") and _closer_context(text, i):
            after = text[i + 1] if i + 1 < len(text) else " "
            if after.isalpha():
                continue  # an apostrophe inside a word: "Syria’s"
            if i > open_at + 1:
                found.append(QuoteSpan(open_at + 1, i, open_at, i, [(open_at + 1, i)], single=True))
            open_at = None
    return found


def _merge_sorted(a: list[QuoteSpan], b: list[QuoteSpan]) -> list[QuoteSpan]:
    return sorted(a + b, key=lambda s: s.open_mark)
