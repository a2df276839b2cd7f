"""Raw document -> Article: headline, body, captions and date, with a map back to the raw text.

Scraped articles carry photo captions inside the body, often twice in a row (image alt text and
caption). They are taken out of the body — so that "It claimed ..." follows the paragraph it
continues — and kept once in ``captions``.
"""

from __future__ import annotations

import hashlib
import re

from newsgraph.clean.dates import FULL_DATE_RE, infer_article_date
from newsgraph.schema import Article, RawDocument, Segment

# photo credits and the "Place, Country Month D, YYYY." ending of wire photo captions
CREDIT_RE = re.compile(
    r"(REUTERS/|\bAFP\b.*\bGetty\b|Getty Images|\(Photo by |Photo: |/AP Photo|AP Photo/|File photo)",
    re.IGNORECASE,
)
CAPTION_END_RE = re.compile(rf"(?:{FULL_DATE_RE.pattern})\.?\s*(?:\S+/\S+)?\s*$")
MIN_CAPTION_CHARS = 30
# the line an embedded post is signed with, as copied from a page: "— Name (@handle) Month D, YYYY"
POST_SIGNATURE_RE = re.compile(r"[\u2014\u2013-]\s*[^(\n]{2,80}\(@\w{1,30}\)")
# section labels that article databases' dumps put before the text ("ABSTRACT." then the
# abstract, "FULL TEXT." then the article): in capitals, on a line of their own or opening a
# paragraph; a speaker's label in a transcript ("TAPPER:") is no section label
SECTION_LABEL_RE = re.compile(r"(?:ABSTRACT|SUMMARY|FULL TEXT|TEXT|LEAD|BODY)(?:[.:]?$|[.:]\s+)")


class Line:
    """A paragraph of the raw text; ``parts`` are its raw lines when hard wrapping is undone."""

    __slots__ = ("text", "raw_start", "blank_before", "parts")

    def __init__(self, text: str, raw_start: int, blank_before: bool) -> None:
        self.text = text
        self.raw_start = raw_start
        self.blank_before = blank_before
        self.parts: list[tuple[int, int, int]] = [(0, raw_start, len(text))]  # (offset in text, raw start, length)


def split_lines(raw: str) -> list[Line]:
    """Non-empty lines, stripped, each with its raw offset and whether a blank line precedes it."""
    lines: list[Line] = []
    pos = 0
    blank = True
    for chunk in raw.split("\n"):
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            lines.append(Line(stripped, pos + lead, blank))
            blank = False
        else:
            blank = True
        pos += len(chunk) + 1
    return lines


def _drop_section_labels(lines: list[Line]) -> list[Line]:
    """Lines without section labels: a label's own line goes, a label opening a paragraph is cut
    off it (its raw offsets move past the label)."""
    kept: list[Line] = []
    after_label = False
    for line in lines:
        label = SECTION_LABEL_RE.match(line.text)
        if label and label.end() == len(line.text):
            after_label = True  # what follows the label starts a paragraph
            continue
        if label and line.blank_before:
            line = Line(line.text[label.end() :], line.raw_start + label.end(), True)
        line.blank_before = line.blank_before or after_label
        after_label = False
        kept.append(line)
    return kept


def _is_photo_caption(line: Line, repeated: bool) -> bool:
    """Surely under a photo: printed twice (image alt text, then caption) or credited."""
    return (repeated and len(line.text) >= MIN_CAPTION_CHARS) or bool(CREDIT_RE.search(line.text[-80:]))


def _looks_like_caption(line: Line, repeated: bool) -> bool:
    if POST_SIGNATURE_RE.match(line.text):
        return False  # "— Kendra Lowry (@KendraLowryCO) July 18, 2016": who wrote the tweet above, dated
    return _is_photo_caption(line, repeated) or bool(CAPTION_END_RE.search(line.text))


def _join(lines: list[Line]) -> tuple[str, list[Segment]]:
    """Join lines as paragraphs ("\\n\\n" between them), recording where each came from."""
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for line in lines:
        if parts:
            parts.append("\n\n")
            pos += 2
        segments += [Segment(pos + offset, raw_start, length) for offset, raw_start, length in line.parts]
        parts.append(line.text)
        pos += len(line.text)
    return "".join(parts), segments


def _merge_wrapped(lines: list[Line]) -> list[Line]:
    """Rejoin paragraphs hard-wrapped at a fixed width (lines with no blank line between)."""
    if len(lines) < 4:
        return lines
    widths = [len(line.text) for line in lines]
    continued = sum(1 for line in lines[1:] if not line.blank_before)
    if continued < len(lines) / 2 or max(widths) > 100:
        return lines
    merged: list[Line] = []
    for line in lines:
        if merged and not line.blank_before:
            prev = merged[-1]
            gap = line.raw_start - (prev.raw_start + len(prev.text))
            if gap == 1:
                prev.parts.append((len(prev.text) + 1, line.raw_start, len(line.text)))
                prev.text = prev.text + " " + line.text
                continue
        merged.append(Line(line.text, line.raw_start, line.blank_before))
    return merged


def clean_document(raw: RawDocument) -> Article:
    lines = _drop_section_labels(split_lines(raw.text))
    headline = raw.title.strip() if raw.title else ""
    headline_segments: list[Segment] = []
    # a text file's first line is its headline; a JSONL record's headline is its "title" only
    if raw.title is None and raw.kind != "jsonl" and lines:  # a title of "" means the source has none
        first = lines.pop(0)
        headline = first.text
        headline_segments = [Segment(0, first.raw_start, len(first.text))]
    elif lines and lines[0].text == headline:
        first = lines.pop(0)
        headline_segments = [Segment(0, first.raw_start, len(first.text))]

    captions: list[Line] = []
    photo_captions: list[str] = []
    body_lines: list[Line] = []
    caption_texts: set[str] = set()
    for i, line in enumerate(lines):
        if line.text in caption_texts:
            continue  # the second (or later) copy of a caption
        repeated = any(other.text == line.text for other in lines[i + 1 : i + 3])
        if _looks_like_caption(line, repeated) and (repeated or len(line.text) < 400):
            captions.append(line)
            caption_texts.add(line.text)
            if _is_photo_caption(line, repeated):
                photo_captions.append(line.text)
        else:
            body_lines.append(line)
    body_lines = _merge_wrapped(body_lines)
    body, body_segments = _join(body_lines)
    segments = {"headline": headline_segments, "body": body_segments}
    for n, caption in enumerate(captions):
        segments[f"caption{n}"] = [Segment(0, caption.raw_start, len(caption.text))]
    caption_list = [c.text for c in captions]
    # a dump's name ("feed.jsonl", "crawl.warc:12": sources of many records) may carry a date,
    # but not that of every record in it
    file_name = raw.source if raw.kind in ("txt", "html") and not re.search(r":\d+$", raw.source) else None
    article_date, basis = infer_article_date(body, caption_list, photo_captions, raw.date, raw.date_basis, file_name)
    digest = hashlib.sha256("\n".join([headline, body]).encode("utf-8")).hexdigest()
    return Article(
        id=raw.id or digest[:16],
        source=raw.source,
        headline=headline,
        text=body,
        captions=caption_list,
        date=article_date,
        date_basis=basis,
        content_hash=digest,
        raw_text=raw.text,
        url=raw.url,
        metadata=raw.metadata,
        segments=segments,
        warnings=list(raw.warnings),
    )
