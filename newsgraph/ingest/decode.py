"""Bytes -> text, refusing what is not text: empty, binary, undecodable or oversized input."""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata

from charset_normalizer import from_bytes

# One article is at most a few hundred kB of text; anything far larger is a dump, a log or junk.
# 1 MB is also spaCy's own default limit on one document (the parser's memory grows with length).
MAX_ARTICLE_BYTES = 1_000_000
WESTERN = ("cp1252", "latin_1", "iso8859_15")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableInput(Exception):
    """The input cannot be turned into article text; the message says why, for a person."""


def special_file_problem(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` must not be read as an article, if it is a FIFO, a device or a socket.

    Opening a FIFO waits for a writer forever, and a device such as /dev/zero never ends while
    reporting a size of 0, so such files are refused before anything opens them (through any
    symlink: the check follows it).
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # a missing or unreadable file: the reader says so in its own words
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    return None


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(
        1
        for ch in sample
        if ch not in "\n\r\t\f" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
    )
    return bad / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    # ASCII-range text in UTF-16 has a NUL in every other byte
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    encoding = "utf-16-le" if odd_nuls > 0.4 and even_nuls < 0.1 else (
        "utf-16-be" if even_nuls > 0.4 and odd_nuls < 0.1 else None
    )
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes) -> str:
    """Decode article bytes, detecting BOMs, UTF-16 and legacy 8-bit encodings.

    Raises UnreadableInput for empty, binary or undecodable data.
    """
    if not data.strip():
        raise UnreadableInput("empty file")
    if len(data) > MAX_ARTICLE_BYTES:
        raise UnreadableInput(
            f"{len(data) / 1e6:.1f} MB is over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for one article"
        )
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise UnreadableInput(f"invalid {encoding} text ({err.reason})") from None
            break
    if text is None:
        text = _utf16_without_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
                # a file cut off in the middle of a multi-byte character: keep what is whole
                text = data[: err.start].decode("utf-8")
            elif b"\x00" in data[:4000]:
                raise UnreadableInput("binary file (NUL bytes, not text)") from None
            else:
                matches = list(from_bytes(data[:200_000]))
                if not matches:
                    raise UnreadableInput("binary file or unknown text encoding") from None
                best = matches[0]
                # among equally plausible guesses, prefer the Western encoding most legacy
                # news text is in (short texts leave cp1250 and cp1252 tied)
                for match in matches:
                    if match.encoding in WESTERN and match.chaos <= best.chaos and match.coherence >= best.coherence:
                        best = match
                        break
                try:
                    text = data.decode(best.encoding)
                except (UnicodeDecodeError, LookupError):
                    raise UnreadableInput(f"undecodable text (guessed {best.encoding})") from None
    return check_text(text)


def check_text(text: str) -> str:
    """Normalise decoded text (NFC, newlines, no NULs); refuse binary junk and blank text."""
    # lone surrogates (from JSON escapes) cannot be stored or printed: one "?" each
    text = text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    if _control_ratio(text) > 0.05:
        raise UnreadableInput("binary content (mostly control characters, not text)")
    if not text.strip():
        raise UnreadableInput("empty text (only whitespace)")
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
