"""Stage 4: a parsed Doc -> the article's record: entities merged, speakers resolved, offsets
mapped back to sections and to the raw text."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsgraph.extract.nlp import SectionSpan
from newsgraph.extract.quotes import RELATIVE_PRONOUNS, Attribution
from datetime import date

from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.lexicon import PERSON_ROLE_NOUNS, PRONOUNS_PERSON, PRONOUNS_PLURAL, PRONOUNS_THING
from newsgraph.resolve.actors_kb import ArticleCodes
from newsgraph.resolve.entities import EntityResolver
from newsgraph.resolve.identity import POSSESSIVE_DESCRIPTION
from newsgraph.resolve.events import credit_pair_descriptions, credit_pronoun_actors, resolve_events, with_named_actors
from newsgraph.resolve.places import resolve_places
from newsgraph.resolve.index import EntityIndex, EntityRef
from newsgraph.resolve.speakers import SpeakerResolver
from newsgraph.extract.time import find_timexes
from newsgraph.resolve.framing import apply_framing
from newsgraph.schema import Article, ArticleRecord, Entity, Mention, Quote, QuotedTerm, TimexRecord


# words that stand for a speaker but never name one: not aliases ("Trump, who said ..." gives no alias "who")
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_PLURAL | RELATIVE_PRONOUNS | {"i", "we", "you"}
# a description in common nouns names no one: "the foundation", "her father" are no aliases (and
# "The Foundation" would link the Clinton Foundation to a gang the dictionary calls so)
COMMON_DESCRIPTION = re.compile(r"(?:the|a|an|his|her|their|its)\s+[a-z0-9][\w\s'’.-]*", re.IGNORECASE)


class SectionLocator:
    """Doc offsets -> (section, offset in that section, raw offset)."""

    def __init__(self, article: Article, sections: list[SectionSpan]) -> None:
        self.article = article
        self.sections = sections

    def find(self, start: int) -> SectionSpan | None:
        for section in self.sections:
            if section.start <= start <= section.end:
                return section
        return None

    def place(self, start: int, end: int) -> dict | None:
        section = self.find(start)
        if section is None:
            return None
        s, e = start - section.start, min(end, section.end) - section.start
        raw_start = self.article.to_raw(section.name, s, section.caption)
        raw_end = self.article.to_raw(section.name, e, section.caption)
        return {
            "section": section.name,
            "caption": section.caption,
            "start": s,
            "end": e,
            "raw_start": raw_start,
            "raw_end": raw_end,
        }


def _pieces_text(original: str, pieces: list[tuple[int, int]]) -> str:
    """A quote's words without what interrupts them: pieces in one paragraph are joined by an
    ellipsis ("Overall … a number of key Republican constituencies", without "she said"), pieces
    in successive paragraphs by the paragraph break."""
    text = original[pieces[0][0] : pieces[0][1]]
    for (_, end), (start, stop) in zip(pieces, pieces[1:]):
        text += ("\n\n" if "\n" in original[end:start] else " … ") + original[start:stop]
    return text


def _common_description(written: str) -> bool:
    """ "the foundation", "The senator", "Her father": a determiner and lower-case words only."""
    return COMMON_DESCRIPTION.fullmatch(written) is not None and not any(w[:1].isupper() for w in written.split()[1:])


def _one_line(name: str) -> str:
    """A name as one alias, however the raw text broke or spaced it ("Ada\\nBrandt", "Ada  Brandt")."""
    return " ".join(name.split())


def resolve_article(doc: Doc, article: Article, sections: list[SectionSpan], original: str) -> ArticleRecord:
    locate = SectionLocator(article, sections)
    resolver = EntityResolver(doc, original)
    entities: list[Entity] = []
    refs: dict[tuple[int, int], EntityRef] = {}
    titles: dict[str, list[str]] = {}
    clusters = sorted(resolver.clusters, key=lambda c: c.mentions[0].start)
    for n, cluster in enumerate(clusters, start=1):
        entity_id = f"e{n}"
        name = resolver.canonical_name(cluster)
        label = cluster.label
        mentions = []
        for span in cluster.mentions:
            where = locate.place(span.start_char, span.end_char)
            if where is None:
                continue
            mentions.append(Mention(text=original[span.start_char : span.end_char], **where))
            refs[(span.start_char, span.end_char)] = EntityRef(entity_id, name, label)
        aliases = sorted({_one_line(m.text) for m in mentions} | {name}, key=lambda s: (-len(s), s))
        entities.append(Entity(entity_id, name, label, aliases, mentions))
        if label == "PERSON":
            titles[entity_id] = [t for span in cluster.mentions if (t := _title_before(span))]

    attributions: list[Attribution] = doc.user_data.get("attributions", [])
    roles = _roles_by_entity(attributions, refs, original)
    index = EntityIndex(refs)  # one lookup structure for speakers, events and framing
    speakers = SpeakerResolver(original, index, roles)
    quotes: list[Quote] = []
    quote_spans: list[tuple[int, int, int | None]] = []
    for a in attributions:
        resolved = speakers.resolve(a)
        where = locate.place(a.start, a.end)
        if where is None:
            continue
        written = a.mention if a.mention is not None else a.speaker
        if resolved is not None and written is not None and resolved.speaker.start is None:
            end_char = written.end_char
            if original.startswith(resolved.speaker.text, written.start_char):
                # the evidence is all the speaker's words: "She and her aides", not "She" alone
                end_char = max(end_char, written.start_char + len(resolved.speaker.text))
            mention = locate.place(written.start_char, end_char)
            if mention is not None:
                sp = resolved.speaker
                sp.start, sp.end, sp.section, sp.caption = mention["start"], mention["end"], mention["section"], mention["caption"]
        quote_spans.append((a.start, a.end, a.cue.start_char if a.cue is not None else None))
        offset = a.start - where["start"]
        quotes.append(
            Quote(
                kind=a.kind,  # type: ignore[arg-type]
                text=_pieces_text(original, a.pieces) if a.pieces else original[a.start : a.end],
                speaker=resolved.speaker if resolved else None,
                speaker_role=resolved.role if resolved else None,
                speaker_org=resolved.org if resolved else None,
                cue=original[a.cue.start_char : a.cue.end_char] if a.cue is not None else None,
                date=a.date,  # a running quotation carries the day of the one it runs on from
                attribution=resolved.how if resolved else "none",
                pieces=[(s - offset, e - offset) for s, e in a.pieces],
                **where,
            )
        )
    quotes_by_speaker: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.speaker and q.speaker.entity_id is not None:
            quotes_by_speaker.setdefault(q.speaker.entity_id, []).append(q)
    for entity in entities:
        if entity.id in roles:
            entity.roles = [roles[entity.id]]
        for q in quotes_by_speaker.get(entity.id, ()):
            written = _one_line(q.speaker.text)
            if written not in entity.aliases:
                # "Trump's son" speaks for someone else: never an alias of Trump
                if written.lower() not in PRONOUNS and not POSSESSIVE_DESCRIPTION.search(written) and not _common_description(written):
                    entity.aliases.append(written)
    places = resolve_places(entities, _text_after_first_mention(entities, article), gazetteer())
    for entity in entities:
        entity.place = places.get(entity.id)
    anchor = date.fromisoformat(article.date) if article.date else None
    codes = ArticleCodes(entities, anchor, gazetteer(), titles)
    for q in quotes:
        codes.code_speaker(q.speaker)
    events = resolve_events(doc.user_data.get("events", []), index, places, quote_spans, anchor, original, locate, codes, speakers)
    credit_pronoun_actors(events, quotes)
    credit_pair_descriptions(events)
    events = with_named_actors(events)
    terms = []
    for start, end in doc.user_data.get("terms", []):
        where = locate.place(start, end)
        if where is not None:
            terms.append(QuotedTerm(original[start:end], where["start"], where["end"], where["section"], where["caption"]))
    record = ArticleRecord(article, entities, quotes, terms, events)
    record.timexes = _timexes(doc, anchor, original, locate)
    apply_framing(record, doc, index, original, locate, [(start, end) for start, end, _ in quote_spans])
    return record


def _timexes(doc: Doc, anchor: date | None, original: str, locate: SectionLocator) -> list[TimexRecord]:
    found = []
    for t in find_timexes(doc, anchor):
        where = locate.place(t.start, t.end)
        if where is not None:
            found.append(TimexRecord(original[t.start : t.end], where["start"], where["end"], t.type, t.value, t.mod,
                                     t.range, where["section"], where["caption"], where["raw_start"], where["raw_end"]))
    return found


def _text_after_first_mention(entities: list[Entity], article: Article) -> dict[str, str]:
    """What follows a place's first mention: ", Aleppo province, Syria" tells where it is."""
    texts = {"body": article.text, "headline": article.headline}
    after = {}
    for entity in entities:
        for m in entity.mentions:
            text = texts.get(m.section) if m.section != "caption" else article.captions[m.caption or 0]
            if text and text[m.end : m.end + 1] == ",":
                after[entity.id] = text[m.end : m.end + 60]
                break
    return after


def _title_before(name: Span) -> str | None:
    """The title written before a person's name in its noun phrase: "British Prime Minister" of
    "British Prime Minister Boris Johnson", "Rwandan President" of "Rwandan President Paul Kagame"."""
    doc = name.doc
    words = [t for t in doc[name.root.left_edge.i : name.start] if t.dep_ != "det"]
    before = doc[name.start - 1] if name.start > 0 else None
    if not words and before is not None and before.head.i == name.root.head.i != name.root.i and (before.pos_ == "NOUN" or before.lower_ in PERSON_ROLE_NOUNS):
        # the parse may make the title a second subject beside the name: "Sudan's army chief Abdel
        # Fattah al-Burhan rejected ...", "[Iran's supreme leader] Ali Khamenei said ..."
        words = [t for t in doc[before.left_edge.i : name.start] if t.dep_ != "det"]
    if not words or not any(t.lemma_.lower() in PERSON_ROLE_NOUNS for t in words):
        return None
    first = words[0].i
    while first > 0 and doc[first - 1].ent_type_ in ("ORG", "GPE", "NORP"):
        first -= 1  # the parse may hang the body elsewhere: "[U.N.] Secretary-General Antonio Guterres"
    return doc[first : name.start].text.strip()


def _roles_by_entity(attributions: list[Attribution], refs: dict[tuple[int, int], EntityRef], original: str) -> dict[str, str]:
    roles: dict[str, str] = {}
    for a in attributions:
        if a.speaker is None or a.role is None:
            continue
        ref = refs.get((a.speaker.start_char, a.speaker.end_char))
        if ref is not None:
            roles.setdefault(ref.id, original[a.role.start_char : a.role.end_char])
    return roles
