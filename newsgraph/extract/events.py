"""Events: who did what to whom, coded with the PLOVER event types.

A trigger is a verb or an event noun from the lexicon below, read in its clause:
- the actor is the verb's subject (or, in the passive, its "by" agent; for a noun, its possessor,
  its modifier — "Israel attacks", "Iranian support" — or its "by" agent);
- the target is the object, or the object of "against/on/to/with/for/from/of";
- intent turns a type into PLOVER's intent codes: "will support", "ready to send troops" is
  AGREE; "will attack", "prepared to impose martial law" is THREATEN;
- material support ("support ..., including financial aid, weapons") is AID, not SUPPORT;
- taking a place ("the capture of Aleppo") is an ASSAULT on the place's country, located there.

Reported speech is an event too ("condemned" is ACCUSE, "vowed retaliation" THREATEN); plain
saying is not. The component writes ``doc.user_data["events"]``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.gazetteer import fold, gazetteer
from newsgraph.extract.lexicon import GROUP_HEADS, ORG_DESCRIPTORS, ORG_HEADS, PERSON_ROLE_NOUNS
from newsgraph.extract.nlp import guarded

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Names of earlier PLOVER drafts (as in the gold standard records) -> the current types, after
# the Open Event Data Alliance's CAMEO-to-PLOVER table (demands are requests, disapproval and
# investigation are accusations, fighting is assault, yielding is conceding).
LEGACY_TYPES = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE",
    "YIELD": "CONCEDE", "ENGAGE": "COOPERATE", "EXPEL": "SANCTION", "REDUCE": "SANCTION",
}

def _by_word(words_by_type: dict[str, str]) -> dict[str, str]:
    """{"TYPE": "word word"} -> {"word": "TYPE"}; a word listed twice keeps its first type."""
    index: dict[str, str] = {}
    for type_, words in words_by_type.items():
        for word in words.split():
            index.setdefault(word, type_)
    return index


VERB_TRIGGERS: dict[str, str] = _by_word({
    "AGREE": "agree offer pledge promise accept endorse sign consent",
    "CONSULT": "meet host visit negotiate consult discuss phone receive mediate",
    "SUPPORT": "support back praise welcome apologize apologise commend defend upgrade",
    "CONCEDE": "lift ease release free concede relax shorten pardon reinstate allow",
    "COOPERATE": "cooperate collaborate ally coordinate extradite share establish",
    "AID": "aid donate provide supply grant deliver rescue shelter evacuate send fund contribute",
    "RETREAT": "retreat withdraw demobilize demobilise disarm resign flee pull",
    "REQUEST": "demand urge request appeal press pressure ask insist petition",
    "ACCUSE": "accuse condemn denounce criticize criticise blame investigate charge indict sue complain decry slam",
    "REJECT": "reject refuse deny veto oppose dismiss renege violate",
    "THREATEN": "threaten warn vow",
    "PROTEST": "protest demonstrate rally march riot picket block",
    "SANCTION": "sanction expel suspend halt cut embargo freeze recall sever downgrade restrict close boycott reduce blockade",
    "MOBILIZE": "mobilize mobilise deploy mass reinforce strengthen",
    "COERCE": "arrest detain jail imprison kidnap abduct deport ban confiscate raid censor order force impose demolish bulldoze deface prevent",
    "ASSAULT": "attack bomb shell kill wound strike fire invade capture seize occupy storm assassinate torture execute fight clash ambush shoot bombard destroy overrun beat",
})

NOUN_TRIGGERS: dict[str, str] = _by_word({
    "AGREE": "agreement deal accord pledge promise",
    "CONSULT": "talks talk meeting visit summit negotiations mediation",
    "SUPPORT": "support backing endorsement",
    "AID": "aid assistance relief",
    "RETREAT": "retreat withdrawal pullout",
    "REQUEST": "demand appeal request",
    "ACCUSE": "accusation condemnation criticism investigation investigations",
    "REJECT": "rejection refusal veto boycott",
    "THREATEN": "threat ultimatum retaliation",
    "PROTEST": "protest protests demonstration demonstrations rally rallies strike march",
    "SANCTION": "sanctions sanction embargo blockade boycott restrictions",
    "MOBILIZE": "mobilization deployment alert",
    "COERCE": "arrest detention crackdown curfew",
    "ASSAULT": "attack attacks offensive assault capture death killing bombing airstrike airstrikes strike strikes shelling raid raids invasion clashes fighting torture",
})

# "said", "told": reporting without acting. Speech acts with content of their own (accuse,
# condemn, threaten, urge ...) are in the trigger lists.
PLAIN_REPORTING = frozenset("say tell add report announce state note explain confirm claim write quote describe".split())
COOPERATIVE = frozenset({"SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT", "AGREE"})
CONFLICTUAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
INTENT_HEADS = frozenset("ready willing prepared offer promise pledge plan intend vow threaten agree".split())
MATERIAL_WORDS = frozenset("aid weapons arms troops personnel funding money supplies equipment ammunition fighters".split())
# Verbs that carry no event of their own but take one as object: "staged demonstrations",
# "imposed sanctions", "issued an ultimatum", "opened investigations"
LIGHT_VERBS = frozenset("stage hold issue impose lodge open launch conduct carry file make take continue resume complete tighten extend begin start vow pledge promise".split())
MILITARY_MODIFIERS = frozenset("air drone missile rocket military artillery".split())
TERRITORIAL = frozenset({"capture", "seize", "occupy", "overrun", "take", "storm", "fall"})
TARGET_PREPOSITIONS = ("against", "on", "to", "with", "for", "from", "at", "into")
NEGATIONS = frozenset({"not", "n't", "never", "no"})
HYPOTHETICAL_MARKERS = frozenset({"if", "could", "might", "may", "would", "should", "unless"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
COERCIVE_MARKS = frozenset({"unless"})  # "will withdraw unless ...": a condition that coerces
OBLIGATION = frozenset({"must", "should"})
CONCESSION_OBJECTS = frozenset("demands demand conditions terms proposal".split())


@dataclass
class EventCandidate:
    type: str
    trigger: Span
    actor: Span | None
    target: Span | None
    place: Span | None
    negated: bool
    hypothetical: bool
    sentence: Span
    mode: str | None = None


def _phrase(head: Token) -> Span:
    """The noun phrase of ``head`` without relative clauses and trailing appositions."""
    doc = head.doc
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj") or child.text == "," or child.lower_ == "by":
            break
        end = child.right_edge.i + 1
    start = head.left_edge.i
    while start < head.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _coordinated(head: Token) -> Span:
    """"the US and its allies", "Assad's forces and his allies": a phrase with its conjuncts."""
    span = _phrase(head)
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    if conjuncts:
        return head.doc[span.start : _phrase(conjuncts[-1]).end]
    return span


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "nsubj":
                return child
        if node.dep_ in ("xcomp", "conj", "advcl") and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def _agent(token: Token, deep: bool = False) -> Token | None:
    """The "by" agent; for an event noun also one attached lower down ("capture of X by Y")."""
    candidates = token.subtree if deep else token.children
    for child in candidates:
        if child.dep_ in ("agent",) or (child.dep_ == "prep" and child.lower_ == "by"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _is_city(token: Token) -> bool:
    g = gazetteer()
    return g.country_code(token.text) is None and fold(token.text) in g.cities


def _can_act(token: Token) -> bool:
    """Only people, groups, organisations and places act: not "the goal", "the offensive"."""
    if token.ent_type_ in ACTOR_LABELS or token.pos_ in ("PROPN", "PRON"):
        return True
    if token.like_num or token.lower_ in QUANTITY_NOUNS:  # "Tens of thousands of students"
        members = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return any(_can_act(m) for m in members)
    if token.tag_ == "NNS":  # "nurses", "doctors": people in the plural
        return True
    lemma = token.lemma_.lower()
    return any(lemma in words or token.lower_ in words for words in (GROUP_HEADS, PERSON_ROLE_NOUNS, ORG_DESCRIPTORS, ORG_HEADS, ACTOR_NOUNS))


ACTOR_NOUNS = frozenset(
    "people troops army government police workers students protesters demonstrators rebels soldiers "
    "doctors refugees civilians prisoners activists leaders members supporters warships helicopters "
    "tanks bombers gunmen insurgents guerrillas militiamen authorities".split()
)
QUANTITY_NOUNS = frozenset("tens hundreds thousands millions dozens scores third half group part".split())
NOT_TARGETS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
ACTOR_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"})


def _is_named(token: Token) -> bool:
    return any(t.ent_type_ in ACTOR_LABELS or t.pos_ == "PROPN" for t in _phrase(token))


def _object(token: Token, prepositions: tuple[str, ...] = TARGET_PREPOSITIONS, skip: Token | None = None) -> Token | None:
    """The target of an act: who it is done to, before what is handed over.

    "offered its troops to Lebanon's President": the President, not the troops. Named actors
    (entities, proper nouns) come first, then direct objects, then prepositional objects; dates
    and numbers are never targets.
    """
    found: list[tuple[int, int, Token]] = []

    def visit(node: Token, depth: int) -> None:
        for child in node.children:
            if skip is not None and child.i == skip.i:
                continue
            if child.dep_ in ("dobj", "dative"):
                found.append((0, len(found), child))
            elif child.dep_ == "prep" and child.lower_ in prepositions + ("in", "into", "at"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        found.append((1 if child.lower_ in prepositions else 2, len(found), grandchild))
            elif child.dep_ == "xcomp" and depth < 2:  # "threatened to cut off electricity to X"
                visit(child, depth + 1)

    visit(token, 0)
    found = [f for f in found if f[2].ent_type_ not in NOT_TARGETS]
    if not found:
        return None
    best = min(found, key=lambda f: (not _is_named(f[2]), f[0], f[1]))[2]
    return best if _is_named(best) else (_named_inside(best) or best)


def _purpose_target(verb: Token) -> Token | None:
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp", "acl"):
            continue
        for token in clause.subtree:
            if token.dep_ in ("pobj", "dobj", "poss") and (token.ent_type_ in ACTOR_LABELS or token.pos_ == "PROPN"):
                return token
    return None


def _named_inside(token: Token) -> Token | None:
    """"rejected calls by Kofi Annan", "a Senegalese peace plan": whose the thing is."""
    for child in token.subtree:
        if child.i == token.i or child.ent_type_ in NOT_TARGETS:
            continue
        agent = child.dep_ == "pobj" and child.head.lower_ == "by"
        owner = child.dep_ in ("poss", "amod", "compound") and child.head.i == token.i
        if (agent or owner) and (child.ent_type_ in ACTOR_LABELS or child.pos_ == "PROPN"):
            return child
    return None


REPORTED_CLAUSE_DEPS = ("ccomp", "xcomp", "conj", "advcl")
CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})


def _reporting_ancestor(token: Token) -> Token | None:
    """The reporting verb a clause hangs from: "Hungary has said [it will support ...]"."""
    node = token
    for _ in range(4):
        if node.dep_ not in REPORTED_CLAUSE_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in PLAIN_REPORTING | {"declare", "reiterate", "conclude", "insist", "warn", "announce"}:
            return node
    return None


def _is_intent(token: Token) -> bool:
    auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if auxes & {"will", "'ll", "shall"}:
        return True
    if "would" in auxes and _reporting_ancestor(token) is not None:
        return True  # reported future: "said they would boycott"
    head = token.head
    return token.dep_ in ("xcomp", "acomp") and head.i != token.i and head.lemma_.lower() in INTENT_HEADS


def _is_conditional(token: Token, marks: frozenset[str] = CONDITIONAL_MARKS) -> bool:
    return any(t.dep_ == "mark" and t.lower_ in marks for t in token.subtree)


def _mentions_material(token: Token) -> bool:
    sent = token.sent
    window = sent[max(0, token.i - sent.start) : min(len(sent), token.i - sent.start + 15)]
    return any(t.lemma_.lower() in MATERIAL_WORDS for t in window)


PRONOUN_LABELS = {"he": ("PERSON",), "she": ("PERSON",), "it": ("GPE", "ORG", "NORP"), "they": ("GPE", "ORG", "NORP", "")}


def _actor_phrase(token: Token | None, trigger: Token) -> Span | None:
    """The actor's phrase; a pronoun in reported speech stands for the reporter ("Syria says it ...")."""
    if token is None or not _can_act(token):
        return None
    if token.pos_ == "PRON":
        reporter = _reporting_ancestor(trigger)
        subject = _subject(reporter) if reporter is not None else None
        if subject is not None and subject.pos_ != "PRON" and subject.ent_type_ in PRONOUN_LABELS.get(token.lower_, ()):
            return _coordinated(subject)
    return _coordinated(token)


def clause_rank(token: Token) -> int:
    """How many clauses down from the sentence's main clause a trigger stands (0: main clause)."""
    rank = 0
    node = token
    while node.head.i != node.i:
        if node.dep_ in CLAUSAL_DEPS:
            rank += 1
        node = node.head
    return rank


def verb_lemma(token: Token) -> str:
    """The lemma, checked against the lexicon: the small model lemmatises "staged" as "stag"."""
    lemma = token.lemma_.lower()
    if lemma in VERB_TRIGGERS or lemma in LIGHT_VERBS:
        return lemma
    word = token.lower_
    for candidate in (word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e"):
        if candidate in VERB_TRIGGERS or candidate in LIGHT_VERBS:
            return candidate
    return lemma


def main_event(events: list[EventCandidate]) -> EventCandidate | None:
    """The event a one-sentence report is about: the main clause's, a verb before a noun."""

    def depth(token: Token) -> int:
        n = 0
        while token.head.i != token.i:
            token, n = token.head, n + 1
        return n

    return min(
        events,
        key=lambda e: (clause_rank(e.trigger[0]), e.trigger[0].pos_ != "VERB", depth(e.trigger[0]), e.trigger.start),
        default=None,
    )


class EventFinder:
    @guarded("newsgraph_events")
    def __call__(self, doc: Doc) -> Doc:
        events: list[EventCandidate] = []
        for token in doc:
            event = self._event_at(token)
            if event is not None:
                events.append(event)
        doc.user_data["events"] = events
        return doc

    def _event_at(self, token: Token) -> EventCandidate | None:
        lemma = verb_lemma(token) if token.pos_ == "VERB" else token.lemma_.lower()
        if token.pos_ == "VERB":
            light = self._light_verb_event(token)
            if light is not None:
                return light
            obligation = self._obligation_event(token)
            if obligation is not None:
                return obligation
            if lemma in VERB_TRIGGERS and lemma not in PLAIN_REPORTING:
                if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
                    return None  # "demonstrated the limits of ...": showing, not protesting
                return self._verb_event(token, VERB_TRIGGERS[lemma])
            if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in token.children):
                return self._verb_event(token, "REQUEST")
            return None
        if token.pos_ == "NOUN" and (token.lower_ in NOUN_TRIGGERS or lemma in NOUN_TRIGGERS):
            if token.dep_ == "dobj" and verb_lemma(token.head) in LIGHT_VERBS:
                return None  # the light verb's event
            return self._noun_event(token, self._noun_type(token))
        return None

    @staticmethod
    def _noun_type(noun: Token) -> str:
        type_ = NOUN_TRIGGERS.get(noun.lower_) or NOUN_TRIGGERS[noun.lemma_.lower()]
        if noun.lemma_.lower() == "strike" and any(c.lower_ in MILITARY_MODIFIERS for c in noun.lefts):
            return "ASSAULT"  # "air strikes", not a walk-out
        return type_

    def _light_verb_event(self, verb: Token) -> EventCandidate | None:
        """"staged mass demonstrations", "imposed sanctions": the object names the event."""
        if verb_lemma(verb) not in LIGHT_VERBS:
            return None
        noun = next((c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in NOUN_TRIGGERS or c.lemma_.lower() in NOUN_TRIGGERS)), None)
        if noun is None:
            return None
        type_ = self._noun_type(noun)
        if verb_lemma(verb) in ("vow", "pledge", "promise") and type_ in CONFLICTUAL:
            type_ = "THREATEN"  # "vowed retaliation"; "vowed continued support" stays SUPPORT
        event = self._verb_event(verb, type_, target_from=noun)
        if event is not None:
            event.trigger = verb.doc[verb.i : noun.i + 1]
        return event

    def _obligation_event(self, verb: Token) -> EventCandidate | None:
        """"The administration declared that China must drop barriers": a demand on China."""
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in verb.children):
            return None
        reporter = _reporting_ancestor(verb)
        if reporter is None:
            return None
        actor = _subject(reporter)
        target = _subject(verb)
        if actor is None:
            return None
        return EventCandidate(
            "REQUEST", verb.doc[verb.i : verb.i + 1], _coordinated(actor),
            _coordinated(target) if target is not None else None, None, False, False, verb.sent,
        )

    def _verb_event(self, verb: Token, type_: str, target_from: Token | None = None) -> EventCandidate | None:
        doc = verb.doc
        lemma = verb_lemma(verb)
        trigger_end = verb.i + 1
        if any(c.dep_ == "auxpass" for c in verb.children):
            actor_token = _agent(verb)
            target_token = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        else:
            actor_token = _subject(verb)
            target_token = _object(target_from) if target_from is not None else None
            target_token = target_token or _object(verb, skip=target_from)
            if type_ == "REQUEST" and target_token is None:
                # "demanded that the US cancel plans": the demand is on the clause's subject
                clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
                target_token = _subject(clause) if clause is not None else None
        if type_ == "PROTEST" and (target_token is None or not _is_named(target_token)):
            # "staged demonstrations to demand the resignation of President X": whom it is against
            target_token = _purpose_target(verb) or target_token
        if actor_token is None and target_token is None:
            return None
        negated = any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children)
        intent = _is_intent(verb)
        if intent and _is_conditional(verb, COERCIVE_MARKS):
            type_ = "THREATEN"  # "will withdraw its force unless ...": a promise made to coerce is a threat
        elif intent and type_ in COOPERATIVE - {"AGREE"}:
            type_ = "AGREE"
        elif intent and type_ in CONFLICTUAL:
            type_ = "THREATEN"
        if type_ == "AGREE" and negated:
            type_ = "REJECT"  # "will not accept any more refugees"
        if lemma == "accept" and target_token is not None and target_token.lower_ in CONCESSION_OBJECTS:
            type_ = "CONCEDE"
        if type_ == "SUPPORT" and _mentions_material(verb):
            type_ = "AID"
        place = None
        if lemma in TERRITORIAL and target_token is not None and target_token.ent_type_ in ("GPE", "LOC", "FAC"):
            place = _phrase(target_token)
        hypothetical = any(c.lower_ in HYPOTHETICAL_MARKERS for c in verb.children) or _is_conditional(verb)
        actor = _actor_phrase(actor_token, verb)
        if actor is None and target_token is None:
            return None
        return EventCandidate(
            type_, doc[verb.i : trigger_end],
            actor,
            _coordinated(target_token) if target_token is not None else None,
            place, negated, hypothetical, verb.sent,
        )

    def _noun_event(self, noun: Token, type_: str) -> EventCandidate | None:
        doc = noun.doc
        actor_token = _agent(noun, deep=True)
        if actor_token is None:
            for child in noun.children:
                if child.dep_ in ("poss", "compound", "amod") and (child.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or child.pos_ in ("PROPN", "PRON")):
                    if child.dep_ == "compound" and _is_city(child):
                        continue  # "the Aleppo clashes": where, not who
                    actor_token = child
        target_token = _object(noun, ("against", "on", "for", "to", "with", "of", "from"))
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on", "into", "for") and noun.head.head.pos_ in ("VERB", "AUX"):
            # "have been in retreat", "remained on alert", "return ... for talks": the clause's subject acts
            actor_token = actor_token or _subject(noun.head.head)
        if actor_token is None and target_token is None:
            return None
        if type_ == "SUPPORT" and _mentions_material(noun):
            type_ = "AID"
        place = None
        if noun.lemma_ in TERRITORIAL and target_token is not None and target_token.ent_type_ in ("GPE", "LOC", "FAC"):
            place = _phrase(target_token)
        negated = any(c.dep_ == "neg" for c in noun.head.children) if noun.head.i != noun.i else False
        return EventCandidate(
            type_, doc[noun.i : noun.i + 1],
            _actor_phrase(actor_token, noun),
            _coordinated(target_token) if target_token is not None else None,
            place, negated, False, noun.sent,
        )


@Language.factory("newsgraph_events")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder()
