"""Record types passed between the pipeline stages.

Data flows ingest -> clean -> extract -> resolve -> store; each stage takes and returns the types
defined here, so a newcomer can read a stage's signature and know what it sees.

Offsets: every fact carries ``start``/``end`` into the text of its ``section``: ``"body"`` (the
article's cleaned ``text``), ``"headline"`` or ``"caption"`` (then ``caption`` says which one),
plus ``raw_start``/``raw_end`` into the raw document text it was cleaned from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, is_dataclass
from typing import Any, Literal

Section = Literal["body", "headline", "caption"]


_ATOMS = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """Dataclasses -> dicts, tuples -> lists, recursively; no deep copies (``asdict`` makes them)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value  # most values: answered before the costlier checks
    # a field or item that is plainly an atom is taken as it is, without a call
    if is_dataclass(value) and not isinstance(value, type):
        return {k: v if type(v) in _ATOMS else plain(v) for k, v in vars(value).items()}
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _ATOMS else plain(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in _ATOMS else plain(v) for k, v in value.items()}
    return value


@dataclass
class RawDocument:
    """One article as read from a source, before cleaning."""

    source: str  # file path (and, for JSONL, the line: "dump.jsonl:12")
    kind: Literal["txt", "html", "jsonl"]
    text: str  # decoded text; for HTML, the main text found by the extractor
    id: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date from metadata, when the source has one
    url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    date_basis: str = "metadata"  # where ``date`` came from: the source's metadata, a sidecar table, --date
    warnings: list[InputWarning] = field(default_factory=list)


@dataclass
class InputError:
    """An input that could not be read; recorded, reported, and never fatal to a batch."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


@dataclass
class InputWarning(InputError):
    """A fault in an input that was read all the same (an invalid date, ignored): the article is kept."""


@dataclass
class Segment:
    """A run of characters copied verbatim from raw text: clean[start:start+length] == raw[raw_start:...]."""

    start: int
    raw_start: int
    length: int


@dataclass
class Article:
    """A cleaned article: headline, body, captions and date, with a map back to the raw text."""

    id: str
    source: str
    headline: str
    text: str  # cleaned body
    captions: list[str]
    date: str | None
    date_basis: str
    content_hash: str
    raw_text: str
    url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    # one list of segments per section: "headline", "body", "caption0", "caption1", ...
    segments: dict[str, list[Segment]] = field(default_factory=dict)
    warnings: list[InputWarning] = field(default_factory=list)  # from its input, reported and recorded

    def to_raw(self, section: Section, offset: int, caption: int | None = None) -> int | None:
        """Map an offset in a section's clean text to the raw text (end offsets map too); None for
        a section the raw text does not hold (a JSONL record's "title" is its own field)."""
        key = f"caption{caption}" if section == "caption" else section
        segs = self.segments.get(key) or []
        if not segs:
            return None
        for seg in segs:
            if seg.start <= offset <= seg.start + seg.length:
                return seg.raw_start + (offset - seg.start)
        # an offset in text joined between segments (paragraph breaks) maps to the next segment
        for seg in segs:
            if offset < seg.start:
                return seg.raw_start
        return segs[-1].raw_start + segs[-1].length


@dataclass
class Mention:
    start: int
    end: int
    text: str
    section: Section = "body"
    caption: int | None = None
    raw_start: int | None = None
    raw_end: int | None = None


@dataclass
class Place:
    name: str
    entity_id: str | None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None  # "country", "city", "region"
    population: int | None = None
    geonameid: int | None = None
    # why the gazetteer entry was chosen: "comma context ', Syria'", "other places in United
    # States: Orlando", "largest population"; and the ISO 3166-2 code of the first-level region
    # the place is or lies in, when known ("US-FL")
    evidence: str | None = None
    region: str | None = None


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: list[Mention]
    roles: list[str] = field(default_factory=list)
    place: Place | None = None  # the gazetteer entry of a GPE, LOC or FAC
    # CAMEO-style actor code (IRNGOV, IGOUNO), ISO 3166 alpha-3 country, sector (GOV, REB) and the
    # PETRARCH2 dictionary entry it was linked to: None when nothing known gives them
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None


@dataclass
class Speaker:
    name: str  # canonical: the entity's name, or the mention itself when it names no entity
    text: str  # the mention as written: "he", "the Wisconsin Republican", "Ryan"
    entity_id: str | None
    type: Literal["PERSON", "ORG", "GROUP", "ANONYMOUS", "DOCUMENT"]
    # where the mention stands (the evidence), in the text of its section
    start: int | None = None
    end: int | None = None
    section: Section | None = None
    caption: int | None = None
    code: str | None = None  # as Entity's: the speaker's actor code, country, sector, KB entry
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None


@dataclass
class Quote:
    kind: Literal["direct", "indirect", "belief"]
    text: str
    start: int
    end: int
    speaker: Speaker | None
    speaker_role: str | None
    speaker_org: str | None
    cue: str | None
    date: str | None
    section: Section = "body"
    caption: int | None = None
    raw_start: int | None = None
    raw_end: int | None = None
    # how the speaker was found: "cue" (a cue verb in the same sentence), "pronoun", "running"
    # (a paragraph with no cue inherits the speaker of the running attribution)
    attribution: str = "cue"
    # a quote that runs over several paragraphs is several pieces of text; start/end span them all
    pieces: list[tuple[int, int]] = field(default_factory=list)
    tone: float | None = None  # VADER compound score, -1 .. +1
    # whom the quote is about, where the article defines its terms ("the enemy": Israel, US)
    targets: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class QuotedTerm:
    """A quoted word or phrase that is not a quotation: a scare quote or a loaded term."""

    text: str
    start: int
    end: int
    section: Section = "body"
    caption: int | None = None


@dataclass
class EventArgument:
    """An actor or target: the phrase in the text and the entity it names, if any."""

    name: str
    text: str
    entity_id: str | None
    start: int
    end: int
    code: str | None = None  # as Entity's: "Syrian rebels" SYRREB, "the Kremlin" RUSGOV
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None


@dataclass
class Event:
    type: str  # a PLOVER type
    mode: str | None
    actor: EventArgument | None
    target: EventArgument | None
    location: Place | None
    date: str | None
    trigger: dict[str, Any]  # {"text", "start", "end"}
    negated: bool
    hypothetical: bool
    sentence: dict[str, int]  # {"start", "end"}
    section: Section = "body"
    caption: int | None = None
    quote: int | None = None  # index in ``quotes`` of the statement that reports this event
    context: str | None = None  # PLOVER context implied by the CAMEO code ("military", "legal")
    cameo: str | None = None  # the CAMEO code the dictionary gave
    pattern: str | None = None  # the dictionary pattern (or event noun) that gave the code


@dataclass
class TimexRecord:
    text: str
    start: int
    end: int
    type: str  # DATE, DURATION, TIME
    value: str | None  # TIMEX3-style: "2024-11-30", "2024-W48", "P2D", "PXM", "PAST_REF"
    mod: str | None = None
    range: tuple[str, str] | None = None
    section: Section = "body"
    caption: int | None = None
    raw_start: int | None = None
    raw_end: int | None = None


@dataclass
class FramingItem:
    kind: str  # "framing verb", "loaded term", "quoted term"
    text: str
    start: int
    end: int
    holder: str | None = None
    section: Section = "body"
    caption: int | None = None


@dataclass
class Stance:
    """(holder, target, polarity, evidence): who is for or against whom, and where it says so."""

    holder: EventArgument
    target: EventArgument
    polarity: str  # "+" or "-"
    evidence: dict[str, Any]  # {"text", "start", "end"}: the sentence
    event: int  # index in ``events``
    section: Section = "body"
    caption: int | None = None


@dataclass
class TermDefinition:
    term: str
    holder: str
    refers_to: list[dict[str, Any]]  # [{"name", "entity_id"}]
    start: int
    end: int
    section: Section = "body"


@dataclass
class ArticleRecord:
    """Everything newsgraph extracted from one article: the JSON output contract."""

    article: Article
    entities: list[Entity]
    quotes: list[Quote]
    terms: list[QuotedTerm]
    events: list[Event] = field(default_factory=list)
    timexes: list[TimexRecord] = field(default_factory=list)
    framing: list[FramingItem] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    definitions: list[TermDefinition] = field(default_factory=list)
    tone: float | None = None

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "headline": a.headline,
            "date": a.date,
            "date_basis": a.date_basis,
            "captions": a.captions,
            "text": a.text,
            "content_hash": a.content_hash,
            "metadata": a.metadata,
            "entities": [plain(e) for e in self.entities],
            "quotes": [plain(q) for q in self.quotes],
            "terms": [plain(t) for t in self.terms],
            "events": [plain(e) for e in self.events],
            "timexes": [plain(t) for t in self.timexes],
            "tone": self.tone,
            "framing": [plain(f) for f in self.framing],
            "stances": [plain(x) for x in self.stances],
            "definitions": [plain(d) for d in self.definitions],
        }
