"""How the source frames what it reports: tone, framing verbs, loaded terms, term definitions.

- Tone is VADER's compound score (Hutto & Gilbert 2014, a documented lexicon-and-rules method),
  from -1 (negative) to +1, per sentence; an article's or a quote's tone is the mean of its
  sentences' (the resolver does the averaging).
- Framing verbs are the source's characterisation of an actor's speech or stance: it
  *downplays*, *echoes defiance*, *portrays* something *as* ... (the holder is the verb's subject).
- Loaded terms are words that carry a judgement ("terrorists", "regime", "sedition") and quoted
  terms (scare quotes) the article puts in someone else's mouth.
- A term definition is the article's own gloss: 'officials use the term "enemy" to refer to
  Israel or the United States'; quotes that use the term get those referents as targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsgraph.extract.nlp import tags_of, text_of, tokens_of

FRAMING_VERBS = frozenset(
    "downplay echo portray frame paint cast depict characterize characterise dismiss tout hail "
    "play exaggerate spin brand label".split()
)
# judgement-laden words in news copy (a closed class: the labels conflict reporting argues over)
LOADED_TERMS = frozenset(
    """
    terrorist terrorists terrorism takfiri regime sedition martyr martyred martyrs martyrdom
    occupation occupier occupiers aggression aggressor puppet puppets thugs thug militants
    extremist extremists jihadist jihadists zionist insurgents invaders invader massacre
    genocide collaborator collaborators propaganda conspiracy plot enemy enemies resistance
    """.split()
)
DEFINITION_RE = re.compile(
    r"(?P<holder>[A-Z][\w’' -]{2,80}?)\s+(?:use|uses|used|call|calls|called)\s+the\s+(?:term|word|phrase|label)\s+"
    r"[\"“‘'](?P<term>[^\"”’']{1,40})[\"”’']\s+(?:to\s+(?:refer\s+to|describe|mean|denote)|for)\s+(?P<refs>[^.;]{1,160})"
)
# what every definition contains: a text without it is not searched from each capital letter
DEFINITION_WORDS = re.compile(r"\sthe\s+(?:term|word|phrase|label)\s")


@dataclass
class FramingCue:
    kind: str  # "framing verb", "loaded term", "quoted term"
    text: str
    start: int  # Doc character offsets
    end: int
    holder: Span | None = None


@dataclass
class TermDefinition:
    term: str
    holder: str
    refers_to: list[Span]
    start: int  # the defining sentence, Doc character offsets
    end: int


@lru_cache(maxsize=1)
def _analyzer():  # noqa: ANN202 - vaderSentiment has no type hints
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """VADER compound score, rounded: -1 (negative) .. +1 (positive)."""
    return round(_analyzer().polarity_scores(text)["compound"], 3)


def find_framing(doc: Doc, quoted_terms: list[tuple[int, int]]) -> list[FramingCue]:
    cues: list[FramingCue] = []
    for token, tag in zip(tokens_of(doc), tags_of(doc)):
        if tag == "VERB" and token.lemma_.lower() in FRAMING_VERBS:
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and token.dep_ in ("xcomp", "conj", "advcl"):
                subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            objects = [c for c in token.children if c.dep_ in ("dobj", "prep", "prt")]
            end = max([token.i + 1] + [c.right_edge.i + 1 for c in objects if c.i > token.i][:1])
            span = doc[token.i : end]
            holder = doc[subject.left_edge.i : subject.i + 1] if subject is not None else None
            cues.append(FramingCue("framing verb", span.text, span.start_char, span.end_char, holder))
        elif token.lower_ in LOADED_TERMS and not token.ent_type_:
            cues.append(FramingCue("loaded term", token.text, token.idx, token.idx + len(token)))
    for start, end in quoted_terms:
        cues.append(FramingCue("quoted term", text_of(doc)[start:end], start, end))
    return sorted(cues, key=lambda c: c.start)


def find_definitions(doc: Doc) -> list[TermDefinition]:
    """'X use the term "T" to refer to A or B': the article tells what its sources mean."""
    found = []
    if DEFINITION_WORDS.search(text_of(doc)) is None:
        return found
    for m in DEFINITION_RE.finditer(text_of(doc)):
        refs_start, refs_end = m.span("refs")
        referents = [e for e in doc.ents if refs_start <= e.start_char and e.end_char <= refs_end]
        if referents:
            found.append(TermDefinition(m.group("term").strip(), m.group("holder").strip(), referents, m.start(), m.end()))
    return found


def uses_term(text: str, term: str) -> bool:
    """Whether a quote uses a defined term, in any number: "enemy" covers "the enemies"."""
    stem = re.escape(term.lower().rstrip("y"))
    return re.search(rf"\b{stem}(?:y|ies|s)?\b", text.lower()) is not None
