"""Event candidates -> events whose actors, targets and places are the article's entities."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from itertools import accumulate

from spacy.tokens import Span, Token

from newsgraph.extract.cameo import plover
from newsgraph.extract.events import NOUN_CODES, POSSESSIVE_PRONOUNS, EventCandidate, described
from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.lexicon import LOCATIVE_PREPOSITIONS, ORG_DESCRIPTORS, OUTLET_NOUNS
from newsgraph.extract.time import clause_verb, date_of_clause
from newsgraph.resolve.actors_kb import UNIDENTIFIED_FORCES, ActorCode, ArticleCodes, alpha3, assign
from newsgraph.resolve.index import EntityIndex, EntityRef
from newsgraph.resolve.speakers import SpeakerResolver
from newsgraph.schema import Event, EventArgument, Place, Quote


EVENT_LOCATIVES = LOCATIVE_PREPOSITIONS | {"during"}  # "clashes during the Aleppo offensive"
# acts an unnamed actor does where it is (not visits, deployments or aid sent from elsewhere)
HOME_GROUND_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "RETREAT"})
PARTY_PREPOSITIONS = frozenset({"from", "against", "with", "toward", "towards"})  # another party's: "imports from China"
# Blocking is CAMEO's "obstruct passage" (144), a protest, when those who block are people in
# the street: the dictionary's own patterns give it by the object ("blocked roads", "the
# entrance"), its family's default (170, coerce) serves the state that blocks ("police blocked
# the march") and a business that blocks content; workers, farmers, students, activists and
# rebels who block a bridge or the transport into a city protest (the agents dictionary's
# civilian, labour, farming, student, opposition, radical, refugee and rebel sectors).
OBSTRUCTING_VERBS = frozenset({"block", "barricade"})
OBSTRUCT_PASSAGE = "144"
PROTESTING_SECTORS = frozenset({"CVL", "LAB", "AGR", "EDU", "OPP", "RAD", "REF", "REB", "PRO"})
# personal pronouns of one person an event's actor or target may be written as ("it" tells of a
# situation as often as of a body, "it signals a new phase"; "they" of any group before it)
NARRATED_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _argument(span: Span, index: EntityIndex, original: str, locate) -> EventArgument | None:  # noqa: ANN001
    where = locate.place(span.start_char, span.end_char)
    if where is None:
        return None
    root = span.root
    text = original[span.start_char : span.end_char]
    ref = index.at(root.idx)
    if ref is not None and ref.label != "NORP":
        return EventArgument(ref.name, text, ref.id, where["start"], where["end"])
    if root.ent_type_ == "NORP" and len(span) == 1:  # "Iranian support": Iran
        code = gazetteer().demonym_country(root.text)
        if code:
            name = gazetteer().countries[code].name
            country = index.by_name.get(name)
            return EventArgument(name, text, country.id if country else None, where["start"], where["end"])
    if root.lemma_.lower() in NOUN_CODES:
        # "condemned the rebel offensive": the offensive's makers are the target
        makers = [t for t in root.lefts if t.dep_ in ("amod", "compound", "poss") and t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if makers:
            ref = index.at(makers[-1].idx)
            return EventArgument(ref.name if ref else makers[-1].text, text, ref.id if ref else None, where["start"], where["end"])
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words.pop(0)
    # "Assad's forces": a group named after an entity stays itself, linked to that entity
    owner = next((index.at(t.idx) for t in span if t.dep_ in ("poss", "compound") and index.at(t.idx)), None)
    if owner is not None and (root.lower_ in OUTLET_NOUNS or root.lower_ in ORG_DESCRIPTORS):
        return EventArgument(owner.name, text, owner.id, where["start"], where["end"])  # "The Kayhan newspaper"
    return EventArgument(" ".join(words) or text, text, owner.id if owner else None, where["start"], where["end"])


def _target(c: EventCandidate, index: EntityIndex, places: dict[str, Place], original: str, locate) -> EventArgument | None:  # noqa: ANN001
    if c.target is None:
        return None
    argument = _argument(c.target, index, original, locate)
    if c.place is not None and argument is not None and argument.entity_id in places:
        # "the capture of Aleppo": the place is where it happened, its country what was attacked
        code = places[argument.entity_id].country
        if code and code != argument.entity_id:
            name = gazetteer().countries[code].name
            country = index.by_name.get(name)
            if name != argument.name:
                return EventArgument(name, argument.text, country.id if country else None, argument.start, argument.end)
    return argument


def _location(candidate: EventCandidate, index: EntityIndex, places: dict[str, Place]) -> Place | None:
    if candidate.place is not None:
        ref = index.at(candidate.place.root.idx)
        if ref is not None and ref.id in places:
            return places[ref.id]
    trigger = candidate.trigger.root
    # a place the trigger itself is put in: "clashes in Aleppo", "retreat ... around Aleppo",
    # "during the Aleppo clashes"
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # an event noun happens where its clause puts it
    # the trigger's own phrase first ("the Aleppo clashes"), then its clause
    for head in (trigger, clause):
        place = _place_named_under(head, trigger, index, places)
        if place is not None:
            return place
    return None


def _place_named_under(head: Token, trigger: Token, index: EntityIndex, places: dict[str, Place]) -> Place | None:
    """The first place (in the order of ``head.subtree``) named by a word of ``head``'s subtree
    that puts the event there: the object of a locative preposition ("in Aleppo", "during") or a
    compound of an event noun ("the Aleppo clashes").

    A subtree lies within the run of tokens from its left edge to its right edge: only the
    words of the places mentioned in that run are read, not the whole clause."""
    doc = head.doc
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    found: list[tuple[Token, EntityRef]] = []
    for mention_start, mention_end, ref in index.overlapping(start, end):
        if ref.id not in places:
            continue
        for token in doc.char_span(mention_start, mention_end, alignment_mode="expand"):
            if token.idx < mention_start or token.i == trigger.i or not (token.i == head.i or head.is_ancestor(token)):
                continue
            located = token.dep_ == "pobj" and token.head.lower_ in EVENT_LOCATIVES
            if located or (token.dep_ == "compound" and token.head.lemma_.lower() in NOUN_CODES):
                found.append((token, ref))
    if len(found) > 1:  # the subtree's order is the text's, unless the parse crosses its own arcs
        order = {token.i: n for n, token in enumerate(head.subtree)}
        found.sort(key=lambda f: order[f[0].i])
    return places[found[0][1].id] if found else None


class _SentenceCountries:
    """The country each sentence's entities name (``ArticleCodes.sentence_country``), found once
    a sentence: an event's actor, target and owner, and other events of the sentence, share it."""

    def __init__(self, codes: ArticleCodes, index: EntityIndex) -> None:
        self.codes, self.index = codes, index
        self.found: dict[tuple[int, int], str | None] = {}

    def of(self, sentence: Span) -> str | None:
        key = (sentence.start_char, sentence.end_char)
        if key not in self.found:
            mentions = self.index.within(*key)
            named = {ref.id for _, _, ref in mentions}
            # "arrested protesters in Cairo": a country the sentence puts the event in
            located = {ref.id for start, end, ref in mentions if _is_location(sentence.doc.char_span(start, end, alignment_mode="expand"))}
            self.found[key] = self.codes.sentence_country(named, located)
        return self.found[key]

    def only_in(self, sentence: Span, phrase: Span) -> bool:
        """Whether every country the sentence's entities name is named within ``phrase``, and the
        article's own country is not among them."""
        inside = {ref.id for _, _, ref in self.index.within(phrase.start_char, phrase.end_char)}
        named = {ref.id for _, _, ref in self.index.within(sentence.start_char, sentence.end_char)}
        outside = {self._country(ref) for ref in named - inside} - {None}
        return not outside and self.codes.main_country not in {self._country(ref) for ref in inside}

    def _country(self, entity_id: str) -> str | None:
        return getattr(self.codes.by_entity.get(entity_id), "country", None)

    def names_country(self, phrase: Span, country: str) -> bool:
        """Whether ``phrase`` names ``country`` itself ("India", "Ruritania and India"), or as the
        party a thing is from or aimed at ("a tariff on imports from China"), not a place in it or
        its people ("worshippers in northern Nigeria", "Sierra Leone's capital")."""
        heads = {phrase.root.i} | {t.i for t in phrase.root.conjuncts} | {
            t.i for t in phrase if t.dep_ == "pobj" and t.head.lower_ in PARTY_PREPOSITIONS and t.head.i > phrase.root.i
        }
        return any(
            ref.id in self.codes.countries and getattr(self.codes.by_entity.get(ref.id), "country", None) == country
            and (mention := phrase.doc.char_span(start, end, alignment_mode="expand")) is not None and mention.root.i in heads
            for start, end, ref in self.index.within(phrase.start_char, phrase.end_char)
        )


def _coded(
    argument: EventArgument | None, codes: ArticleCodes | None, countries: _SentenceCountries | None, c: EventCandidate, span: Span | None,
    counterpart: Span | None = None,
) -> EventArgument | None:
    if codes is None or countries is None or argument is None:
        return argument
    # "Salaheddine Sidhoum, Algeria's leading human rights activist,": who the name is
    apposition = next((a for a in span.root.children if a.dep_ == "appos"), None) if span is not None else None
    description = apposition.doc[apposition.left_edge.i : apposition.right_edge.i + 1].text if apposition is not None else None
    context = countries.of(c.sentence)
    if counterpart is not None and context is not None and countries.names_country(counterpart, context):
        # "Prime Minister Shehbaz Sharif accused India", "visited India": a country the act is
        # aimed at as a whole is the other party, not the actor's ("police arrested Egyptian
        # protesters" and "delegates went to Cleveland" stay Egypt's and the US's)
        context = None
    elif counterpart is not None and context is None and countries.only_in(c.sentence, counterpart):
        # in a story about Mali, "Interim President Assimi Goita accused Paris": the countries
        # the sentence names are all the other party's, and the actor is the article's own, as
        # in a sentence that names none
        context = codes.main_country
    return codes.code_argument(argument, context, description)


def _is_location(mention: Span | None) -> bool:
    return mention is not None and mention.root.dep_ == "pobj" and mention.root.head.lower_ in LOCATIVE_PREPOSITIONS


def _unattributed(
    c: EventCandidate, target: EventArgument | None, codes: ArticleCodes | None, index: EntityIndex, original: str, locate  # noqa: ANN001
) -> EventArgument | None:
    """An attack no actor is named for ("a roadside bomb near Samarra killed two soldiers"): as in
    CAMEO event data, its maker is the unidentified armed forces (UAF) of the country where it
    happened; the weapon's words stand for it."""
    if c.instrument is None or codes is None:
        return None
    where = locate.place(c.instrument.start_char, c.instrument.end_char)
    named = [ref.id for _, _, ref in index.within(c.sentence.start_char, c.sentence.end_char)]
    country = codes.place_country(named, target.country if target is not None else None)
    if where is None or country is None:
        return None
    text = original[c.instrument.start_char : c.instrument.end_char]
    argument = EventArgument(text, text, None, where["start"], where["end"])
    assign(argument, ActorCode(country + UNIDENTIFIED_FORCES, country, UNIDENTIFIED_FORCES))
    return argument


def _with_description(argument: EventArgument | None, span: Span | None, trigger: Token, original: str, locate) -> EventArgument | None:  # noqa: ANN001
    """The argument's text with the participle that says which ones are meant ("refugees fleeing
    the war"); linked and coded by its own phrase, as the participle names other actors."""
    if argument is None or span is None:
        return argument
    shown = described(span, trigger)
    where = locate.place(shown.start_char, shown.end_char) if shown.end != span.end else None
    if where is not None:
        argument.text, argument.end = original[shown.start_char : shown.end_char], where["end"]
    return argument


def _name_owner(argument: EventArgument, owner: EventArgument | None) -> None:
    """"Bosnian Serbs said their forces ...": the argument is named with whose it is, in place of
    the pronoun ("Bosnian Serbs' forces"), as its text alone names no one."""
    if owner is None or argument.entity_id is not None:
        return
    words = argument.name.split()
    pronoun = next((n for n, w in enumerate(words) if w.lower() in POSSESSIVE_PRONOUNS), None)
    if pronoun is not None:
        words[pronoun] = owner.name + ("'" if owner.name.endswith("s") else "'s")
        argument.name = " ".join(words)


class _ReportingStatements:
    """The statement that reports an event: the first (in text order) that holds its trigger or
    has it as its cue. Found by bisection, not by a pass over every statement for every event."""

    def __init__(self, spans: list[tuple[int, int, int | None]]) -> None:
        self.starts = [start for start, _, _ in spans]  # statements come in order of start
        self.furthest_ends = list(accumulate((end for _, end, _ in spans), max))
        self.by_cue: dict[int, int] = {}
        for n, (_, _, cue) in enumerate(spans):
            if cue is not None:
                self.by_cue.setdefault(cue, n)

    def of(self, trigger: int) -> int | None:
        begun = bisect_right(self.starts, trigger)  # statements starting at or before the trigger
        # the first of them that ends after it: where the running furthest end first passes it
        first = bisect_right(self.furthest_ends, trigger)
        holding = first if first < begun else None
        cued = self.by_cue.get(trigger)
        found = [n for n in (holding, cued) if n is not None]
        return min(found) if found else None


def resolve_events(
    candidates: list[EventCandidate],
    index: EntityIndex,
    places: dict[str, Place],
    quote_spans: list[tuple[int, int, int | None]],
    anchor: date | None,
    original: str,
    locate,  # noqa: ANN001 - resolve.SectionLocator
    codes: ArticleCodes | None = None,
    speakers: SpeakerResolver | None = None,
) -> list[Event]:
    events = []
    reporting = _ReportingStatements(quote_spans)
    countries = _SentenceCountries(codes, index) if codes is not None else None
    for c in candidates:
        trigger = locate.place(c.trigger.start_char, c.trigger.end_char)
        sentence = locate.place(c.sentence.start_char, c.sentence.end_char)
        if trigger is None or sentence is None:
            continue
        quote = reporting.of(c.trigger.start_char)
        named_actor = _named_pronoun(_argument(c.actor, index, original, locate), c.actor, speakers) if c.actor is not None else None
        # "she hit him": the object is someone other than the subject
        besides = named_actor.entity_id if named_actor is not None else None
        target = _coded(_named_pronoun(_target(c, index, places, original, locate), c.target, speakers, besides), codes, countries, c, c.target)
        target = _with_description(target, c.target, c.trigger.root, original, locate)
        if c.actor is not None:
            actor = _coded(named_actor, codes, countries, c, c.actor, counterpart=c.target)
            if actor is not None and c.owner is not None:
                owner = _coded(_argument(c.owner, index, original, locate), codes, countries, c, c.owner)
                _name_owner(actor, owner)
                if codes is not None and actor.country is None:
                    assign(actor, codes.owned_by(actor, owner))
            actor = _with_description(actor, c.actor, c.trigger.root, original, locate)
        else:
            actor = _unattributed(c, target, codes, index, original, locate)
        if _obstructs_as_protest(c, actor):
            found = plover(OBSTRUCT_PASSAGE)
            c = replace(c, type=found.type, mode=found.mode, context=found.context, cameo=OBSTRUCT_PASSAGE)
        location = _location(c, index, places)
        # an unnamed crowd protests where it gathers: "Hundreds of youths rioted in the Guinean
        # capital Conakry", "mineworkers went on strike near Rustenburg" (GIN, ZAF); unnamed armed
        # men fight and pull back where they are, as event coders code them; a group's country,
        # where the place has none of its own, is the sentence's ("militiamen raided three villages
        # in Sudan's Darfur region": SDN)
        group = c.actor is not None and (c.actor.root.tag_ in ("NNS", "NNPS") or actor is not None and actor.sector is not None)
        home = alpha3(location.country) if location is not None and location.country else countries.of(c.sentence) if group and countries is not None else None
        if c.type in HOME_GROUND_TYPES and actor is not None and not actor.code and actor.entity_id is None and c.actor.root.pos_ != "PRON" and (country := home):
            assign(actor, ActorCode(country + (actor.sector or ""), country, actor.sector))
        events.append(
            Event(
                type=c.type,
                mode=c.mode,
                actor=actor,
                target=target,
                location=location,
                # an event noun with no day of its own takes its clause's ("On Dec. 15, the task
                # force announced an agreement")
                date=date_of_clause(c.trigger.root, set(), anchor) or date_of_clause(clause_verb(c.trigger.root) or c.trigger.root, set(), anchor),
                trigger={"text": original[c.trigger.start_char : c.trigger.end_char], "start": trigger["start"], "end": trigger["end"]},
                negated=c.negated,
                hypothetical=c.hypothetical,
                sentence={"start": sentence["start"], "end": sentence["end"]},
                section=trigger["section"],
                caption=trigger["caption"],
                quote=quote,
                context=c.context,
                cameo=c.cameo,
                pattern=c.pattern,
            )
        )
    return events


def _named_pronoun(
    argument: EventArgument | None, span: Span | None, speakers: SpeakerResolver | None, besides: str | None = None
) -> EventArgument | None:
    """"she attacked President Obama": the person the pronoun stands for, as a speaker's "she" is
    found; the pronoun stays as written when nothing named fits."""
    if argument is None or span is None or speakers is None or argument.entity_id is not None or len(span) != 1:
        return argument
    if span[0].lower_ not in NARRATED_PRONOUNS:
        return argument
    found = speakers.antecedent(span[0])
    if found is not None and found.entity_id != besides:
        argument.name, argument.entity_id = found.name, found.entity_id
    return argument


def _obstructs_as_protest(c: EventCandidate, actor: EventArgument | None) -> bool:
    return (
        c.type == "COERCE"
        and c.trigger.root.lemma_.lower() in OBSTRUCTING_VERBS
        and actor is not None
        and actor.sector in PROTESTING_SECTORS
    )


FIRST_PERSON = frozenset({"i", "me", "my"})


def credit_pronoun_actors(events: list[Event], quotes: list[Quote]) -> None:
    """A pronoun the parse could not name as an event's actor takes the person the attribution step
    resolved for the statement that reports the event, where the two are one: the same mention
    ("He wants to meet Putin": the speaker "He", resolved once), or "I" in the speaker's quotation
    ("“I heard it,” he said")."""
    for event in events:
        actor = event.actor
        if actor is None or actor.entity_id is not None or event.quote is None:
            continue
        said = quotes[event.quote]
        speaker = said.speaker
        if speaker is None or speaker.entity_id is None:
            continue
        same_mention = speaker.start == actor.start and speaker.section == event.section
        if same_mention or actor.text.lower() in FIRST_PERSON and said.kind == "direct":
            actor.name, actor.entity_id = speaker.name, speaker.entity_id
            assign(actor, ActorCode(speaker.code, speaker.country, speaker.sector, speaker.kb_id))


# "the two sides", "both countries", "the two leaders": a description of the pair an earlier event named
PAIR_DESCRIPTION = re.compile(r"(?:the two|both)(?: \w+)? \w+s", re.IGNORECASE)


def credit_pair_descriptions(events: list[Event]) -> None:
    """"Thailand and Cambodia held talks in Putrajaya. The two sides agreed to a ceasefire.": a
    description of a pair as the actor stands for the pair of the latest event before it whose
    actor and target are two named parties, the first as the actor and the second as the target
    when the act names no other party (as the dyad of "X and Y met" is coded)."""
    pairs: list[Event] = []
    for event in sorted(events, key=lambda e: (e.section != "body", e.sentence["start"])):
        actor = event.actor
        if actor is not None and actor.entity_id is None and actor.code is None and PAIR_DESCRIPTION.fullmatch(actor.text):
            earlier = next((e for e in reversed(pairs) if e.section == event.section and e.sentence["start"] < event.sentence["start"]), None)
            if earlier is not None:
                actor.name, actor.entity_id = earlier.actor.name, earlier.actor.entity_id
                assign(actor, ActorCode(earlier.actor.code, earlier.actor.country, earlier.actor.sector, earlier.actor.kb_id))
                if event.target is None or event.target.entity_id is None and event.target.code is None and event.target.sector is None:
                    event.target = replace(earlier.target)  # (what they agree on, "a ceasefire", is no party)
        if event.actor is not None and event.target is not None and event.actor.code and event.target.code and event.actor.entity_id != event.target.entity_id:
            pairs.append(event)


def with_named_actors(events: list[Event]) -> list[Event]:
    """The events whose actor is not an "it" that neither the parse nor the attribution step could
    name: "it bothers me", "it signals a new phase", "it risks alienating Muslims" tell of a
    situation, and event data codes no act without someone who does it."""
    return [e for e in events if e.actor is None or e.actor.entity_id is not None or e.actor.name.lower() != "it"]
