"""Tone, framing cues, stances and term definitions, attached to a resolved article record.

Stances come from events: an actor who supports, aids or agrees with a target is for it (+);
one who accuses, rejects, threatens, sanctions, coerces or attacks it is against it (-); a
negated event turns the polarity round.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from newsgraph.extract.framing import find_definitions, find_framing, tone, uses_term
from newsgraph.extract.nlp import text_of
from newsgraph.resolve.index import EntityIndex
from newsgraph.schema import ArticleRecord, EventArgument, FramingItem, Stance, TermDefinition

PRONOUNS = frozenset({"it", "its", "he", "she", "they", "their", "them", "his", "her", "we", "our", "this", "these", "that"})
POSITIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID"})
NEGATIVE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})


def _names_someone(argument: EventArgument) -> bool:
    """An entity, or a named or collective actor ("rebel", "Syrian opposition forces") — not "it"."""
    if argument.entity_id:
        return True
    words = argument.name.split()
    return bool(words) and words[0].lower() not in PRONOUNS and (argument.name[:1].isupper() or len(words) <= 3)


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def apply_framing(
    record: ArticleRecord,
    doc: Doc,
    index: EntityIndex,
    original: str,
    locate,  # noqa: ANN001 - resolve.SectionLocator
    quote_offsets: list[tuple[int, int]],
) -> None:
    a = record.article
    # VADER scores sentences; a longer text gets the mean of its sentences (as VADER's authors
    # advise), and each sentence is scored once for the article and its quotes alike
    # (sliced from the Doc's text read once: ``Span.text`` joins the sentence's tokens on each read)
    text = text_of(doc)
    sentences = [(s.start_char, s.end_char, tone(sentence)) for s in doc.sents
                 if (sentence := text[s.start_char : s.end_char]).strip()]
    record.tone = _mean([t for _, _, t in sentences])
    sentence_ends = [e for _, e, _ in sentences]  # sentences are in text order and do not overlap
    for quote, (start, end) in zip(record.quotes, quote_offsets):
        inside = []
        for s, e, t in sentences[bisect_right(sentence_ends, start) :]:
            if s >= end:
                break
            inside.append(t)
        quote.tone = _mean(inside) if inside else tone(quote.text)
    for cue in find_framing(doc, doc.user_data.get("terms", [])):
        where = locate.place(cue.start, cue.end)
        if where is not None:
            holder = original[cue.holder.start_char : cue.holder.end_char] if cue.holder is not None else None
            record.framing.append(FramingItem(cue.kind, original[cue.start : cue.end], where["start"], where["end"], holder,
                                              where["section"], where["caption"]))
    for n, event in enumerate(record.events):
        if event.actor is None or event.target is None or event.type not in POSITIVE | NEGATIVE:
            continue
        if not (_names_someone(event.actor) and _names_someone(event.target)):
            continue  # "it could force Damascus": no stance without a known holder
        positive = (event.type in POSITIVE) != event.negated
        text = (a.text if event.section == "body" else a.headline if event.section == "headline" else a.captions[event.caption or 0])
        evidence = {"text": text[event.sentence["start"] : event.sentence["end"]].strip(), **event.sentence}
        record.stances.append(Stance(event.actor, event.target, "+" if positive else "-", evidence, n, event.section, event.caption))
    for definition in find_definitions(doc):
        where = locate.place(definition.start, definition.end)
        if where is None:
            continue
        referents = []
        for span in definition.refers_to:
            ref = index.at(span.start_char)
            entry = {"name": ref.name if ref else span.text, "entity_id": ref.id if ref else None}
            if entry not in referents:
                referents.append(entry)
        record.definitions.append(TermDefinition(definition.term, definition.holder, referents, where["start"], where["end"], where["section"]))
        for quote in record.quotes:
            if quote.kind == "direct" and uses_term(quote.text, definition.term):
                quote.targets += [r for r in referents if r not in quote.targets]
