"""Events: who did what to whom, coded in CAMEO and read as PLOVER types, modes and contexts.

A verb is coded by the CAMEO verb dictionary (``extract/cameo.py``): its family's default code,
or the code of the most specific pattern its clause matches ("imposed sanctions", "rushed troops
to the border"); the code's PLOVER type, mode and context come from the CAMEO-to-PLOVER table. An
event noun with no coding verb ("the capture of Aleppo", "Iranian support") is coded from
``NOUN_CODES``. Then, in the clause's parse:
- the actor is the verb's subject (or, in the passive, its "by" agent; for a noun, its possessor,
  its modifier — "Israel attacks", "Iranian support" — or its "by" agent);
- the target is the object, or the object of "against/on/to/with/for/from/of";
- intent turns a type into PLOVER's intent codes: "will support", "ready to send troops" is
  AGREE; "will attack", "prepared to impose martial law" is THREATEN;
- material support ("support ..., including financial aid, weapons") is AID, not SUPPORT;
- taking a place ("the capture of Aleppo") is an ASSAULT on the place's country, located there.

One event per predicate: a verb's object noun and its controlled complement ("urged Iran to
release ...") belong to the verb's event. Speech acts are events where the dictionary codes them
("condemned" is ACCUSE, "urged" REQUEST); plain saying (CAMEO 01) is not. The component writes
``doc.user_data["events"]``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.cameo import AMOUNT_LABELS, CONTAINERS, PARTITIVES, Coding, Plover, agent_nouns, armed_agent_nouns, dictionary, hyphenated_span, opens_preposition, plover, small_clause, tells_time
from newsgraph.extract.gazetteer import fold, gazetteer
from newsgraph.extract.lexicon import (
    DOCUMENT_HEADS,
    GROUP_HEADS,
    LOCATIVE_PREPOSITIONS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PERSON_ROLE_NOUNS,
    REPORTING_VERBS,
    SUBJECT_CONTROL_VERBS,
)
from newsgraph.extract.nlp import FINITE_TAGS, antecedent_of, children_of, guarded, is_infinitive, tags_of, tokens_of
from newsgraph.extract.time import clause_verb

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

# Event nouns and the CAMEO code each names. The CAMEO dictionary codes verbs only; these serve
# the class of events named by a noun with no coding verb in the clause: "the capture of Aleppo",
# "Iranian support for Assad", "years of Israeli attacks", "remained on alert".
NOUN_CODES: dict[str, str] = {
    **dict.fromkeys("agreement deal accord pledge promise".split(), "030"),
    **dict.fromkeys("talks talk negotiations".split(), "046"),
    **dict.fromkeys("meeting summit".split(), "040"),
    "visit": "042", "mediation": "045",
    **dict.fromkeys("support backing endorsement".split(), "051"),
    **dict.fromkeys("aid assistance relief".split(), "070"),
    **dict.fromkeys("retreat withdrawal pullout".split(), "0874"),
    **dict.fromkeys("demand request".split(), "100"), "appeal": "020",
    "accusation": "112", "condemnation": "111", "criticism": "111",
    "investigation": "090", "investigations": "090",
    **dict.fromkeys("rejection refusal".split(), "120"), "veto": "129",
    "threat": "130", "ultimatum": "139", "retaliation": "138",
    **dict.fromkeys("protest protests demonstration demonstrations rally rallies march".split(), "141"),
    "strike": "143", "boycott": "143",
    **dict.fromkeys("sanctions sanction embargo restrictions".split(), "163"), "blockade": "191",
    **dict.fromkeys("mobilization mobilisation deployment".split(), "154"), "alert": "152",
    **dict.fromkeys("arrest detention".split(), "173"), "crackdown": "170", "curfew": "1723",
    **dict.fromkeys("attack attacks offensive assault capture invasion raid raids clashes fighting".split(), "190"),
    **dict.fromkeys("death killing".split(), "1823"), "torture": "1822", "bombing": "183",
    **dict.fromkeys("airstrike airstrikes".split(), "195"), "strikes": "195", "shelling": "194",
}
DEMONSTRATE = "141"  # CAMEO's "demonstrate or rally"
MOBILIZE_FORCES = "154"  # CAMEO's "mobilize or increase armed forces"
MATERIAL_COOPERATION, MILITARY_COOPERATION = "060", "062"  # CAMEO's "engage in material cooperation", "cooperate militarily"
MILITARY_RETREAT = "0874"  # CAMEO's "retreat or surrender militarily"
# verbs that move forces somewhere; those the dictionary lacks or codes as no event ("massed
# tanks on the border", "moved troops to the frontier", "rushed reinforcements north") read
# as the dictionary's own "DEPLOY * &MILITARY" [154] does
# acts that hand something over to another: aid, arms, suspects, forces
HANDING_TYPES = frozenset({"AID", "COOPERATE", "MOBILIZE"})
HANDED_TO_PREPOSITIONS = ("to", "with", "over", "into")  # where a thing handed goes
# what a border is shared by: "its border with Colombia", "the frontier with Ethiopia"
FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary"})
DEPLOYING_VERBS = frozenset({"deploy", "redeploy", "dispatch", "send", "station", "mass", "amass", "move", "rush", "shift"})
# what a deployment moves: armed men, units and arms ("peacekeepers" are peacekeeping: not here),
# and police, whose deployment CAMEO counts as mobilizing too (153, "mobilize or increase police
# power": "deployed 500 extra officers to the capital ahead of the results")
DEPLOYED_FORCES = frozenset(
    "police policemen officers "
    "troop troops force forces soldier soldiers paratrooper paratroopers marine marines commando commandos "
    "jet jets warplane warplanes warship warships missile missiles tank tanks bomber bombers battalion "
    "battalions brigade brigades reinforcement reinforcements artillery army navy servicemen reservists "
    "division divisions regiment regiments column columns flotilla fleet gunboat gunboats destroyer "
    "destroyers frigate frigates submarine submarines helicopter helicopters fighter fighters militiamen carrier carriers".split()
)
ARMOURED = frozenset({"armoured", "armored"})
CRAFT = frozenset("vehicle aircraft plane jet ship vessel boat drone helicopter".split())  # what "military" makes forces
MILITARY_STRIKE = "195"  # "air strikes", "missile strike": not a walk-out
WALKOUT = "143"  # CAMEO's "conduct strike or boycott"
# who strike in a walkout, and the kinds of strike only a walkout is
STRIKERS = frozenset("worker employee union miner teacher driver nurse doctor dockworker docker trucker pilot staff".split())  # lemmas
STRIKE_KINDS = frozenset("general labour labor hunger rail national nationwide wildcat".split())

# "said", "told": reporting without acting (the dictionary codes them 01x, no PLOVER event); a
# pronoun subject under one of these stands for the reporter.
PLAIN_REPORTING = frozenset("say tell add report announce state note explain confirm claim write quote describe".split())
# Acts done by saying: an adverbial participle of one says what the act it follows means
VERBAL_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
COMPLAINT_TYPES = frozenset({"ACCUSE", "PROTEST"})
GRIEVANCE_PREPOSITIONS = frozenset({"over", "about"})
GIVEN_TYPES = VERBAL_TYPES | {"AID"}  # acts whose noun names the maker with "from"
LISTING_PREPOSITIONS = frozenset({"including", "like", "as"})  # "such as"
# what a verb of agreeing, backing or appealing says of how things are is an opinion ("agreed that",
# "admitted that", "suggested that"); charges, denials and warnings are acts when said
OPINION_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST"})
# who is chosen in a ballot, besides people: "voted for Republicans", "a Democrat"
PARTY_WORDS = frozenset("republican republicans democrat democrats party candidate nominee".split())
# Voting is how people choose in elections, which event data leaves to election data: the
# dictionary's VOTE [030] (an intent to cooperate) and its "(IN ELECTION)" pattern (034, political
# reform) read "I'd vote for him" and "voted in the primary" as pledges. Its patterns for a vote on
# a measure ("voted down", "in favor of a constitutional amendment") stay.
ELECTION_REFORM = "034"
# CAMEO's "make a visit" and "host a visit" (042, 043); the dictionary's "- * (TO)" and "- * (FOR)"
# patterns written for "head to", "rush to" reach "led to", "conducted for" in the same families
VISITS = frozenset({"042", "043"})
# The families of going (GO_SOMEWHERE: go, leave, travel) and arriving (ARRIVE: come, arrive) code
# a journey as a consultation (040) whatever it reaches: "came to power", "went on Twitter",
# "left the party", "going into Tuesday's contests", "the bombs went off in Brussels"; and the
# patterns that code a visit by a preposition alone ("- * (TO) [042:043]", "- * (FOR) [042:043]",
# written for "head to", "depart for") reach "led to charges", "went for the easy vote", "left
# for his vacation". A journey is a visit when it reaches a place: "Netanyahu came to Washington",
# "arrived in Orlando", "heading for Mexico".
TRAVEL_FAMILIES = frozenset({"GO_SOMEWHERE", "ARRIVE"})
RETREATING_FAMILIES = frozenset({"RETREAT"})  # the dictionary's pull out, pull back, withdraw, back down
# forces that surrender do what CAMEO's 0874 names ("retreat or surrender militarily"), though the
# dictionary files the verb with yielding (080): "Ukrainian fighters surrendered to Russian forces"
SURRENDERING = frozenset({"surrender", "capitulate", "lay down"})
# meet, confer, talk, sit down: whose coordinated subjects meet each other
MEETING_FAMILIES = frozenset({"MEET_PEOPLE", "CONFER"})
CONSULT_CODE = "040"
DESTINATION_PREPOSITIONS = frozenset({"to", "in", "into", "at", "for"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATING_PREPOSITIONS = frozenset({"in", "near", "outside", "of"})  # "a mosque in Peshawar", "the outskirts of Kyiv"
# CAMEO's "yield" (080), the default of the families of allow, pass, fill and settle: a concession
# is made to someone, not "allows users to send messages", "passed background checks", "filled the skies"
YIELD = "080"
DEMAND = "100"  # CAMEO's "demand, not specified below"
APPEAL_CODE = "020"  # CAMEO's "make an appeal or request, not specified below"
# CAMEO's "reduce or break diplomatic relations", the dictionary's code for an envoy expelled
# ("EXPEL * DIPLOMAT" 161)
# those an order to leave expels, by CAMEO's codes: a country's envoys and its embassy ("staff of
# the Russian embassy", 161, as the dictionary's "EXPEL * DIPLOMAT"), peacekeepers (1661),
# inspectors, observers and monitors (1662) and aid agencies (1663), CAMEO's "expel or withdraw"
EXPELLED = {
    **dict.fromkeys(("ambassador", "diplomat", "envoy", "attache", "consul", "chargé", "embassy"), "161"),
    **dict.fromkeys(("peacekeeper", "peacekeeping"), "1661"),
    **dict.fromkeys(("inspector", "observer", "monitor"), "1662"),
    **dict.fromkeys(("charity", "ngo", "ngos"), "1663"),  # the tagger leaves "NGOs" as its lemma
}
AID_WORDS = frozenset({"aid", "relief", "humanitarian"})  # "aid agencies", "relief workers": 1663
# CAMEO's "disapprove" (the default of the families of argue, contend and dispute): one that only
# introduces how things are ("argued that the primary was no problem") disapproves of no one
DISAPPROVE = "110"
# Acts that judge or ask for what their "for" phrase names: "blamed India for the attack",
# "praised Japan for its aid", "called for attacks"
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT"})
COOPERATIVE = frozenset({"SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT", "AGREE"})
CONFLICTUAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE"})
FORCEFUL_TYPES = MATERIAL_CONFLICT | {"SANCTION"}  # acts one answers or punishes with
INTERACTIONS = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Acts that two sides do to each other, which event data codes as a dyad, the first side as the
# actor: "clashes between police and protesters", "fighting erupted between X and Y"
RECIPROCAL_TYPES = INTERACTIONS | {"ASSAULT"}
# diplomatic cooperation and signing a formal agreement (SUPPORT in the 2021 table): between those who do it
MUTUAL_CODES = frozenset({"050", "057"})
# neither by whose offices two sides act together ("held talks through Qatari mediators") nor what
# about ("are sharing intelligence on smuggling networks") is a third party to their act
NOT_A_PARTY_PREPOSITIONS = frozenset({"through", "via", "on", "about", "over", "regarding", "concerning"})
DEFERRING_TYPES = frozenset({"AGREE", "SUPPORT", "REJECT"})  # intent ("plan", "agree") and refusal verbs
REFUSAL_FAMILY = "REFUSE"  # the dictionary's family of refuse, reject, decline, deny, rule out
# Agreeing to an act or a proposal commits to it: PLOVER's AGREE, as the CAMEO dictionary's own
# patterns for it code "agree (to proposal)", "agree (with)" as intent (030), not its family's
# default, endorsement (050)
COMMITMENT_VERBS = frozenset({"agree"})
PLEDGING_FAMILIES = frozenset({"PLEDGE", "PROMISE"})  # the dictionary's families of pledge and promise
MONEY_SET = "&CURRENCY"  # the dictionary's synonym set of money, as its patterns write it
# the REFUSE family's verbs of saying an act did not happen ("denied attacking"), not refusing it
DENYING_VERBS = frozenset({"deny"})
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "try"})
# a decision to act is the act decided, as event data codes it ("Georgia's decision to sever
# relations with Russia", "the move to expel two diplomats"): the decision was taken
DECISION_NOUNS = frozenset({"decision", "move"})
# a vote decides the act its complement names, done rather than intended: "the union voted to
# endorse Clinton" is the endorsement (the dictionary's VOTE default, 030, reads it as a pledge)
DECIDING_VERBS = frozenset({"vote"})
INTENT_HEADS = frozenset("ready willing prepared prepare offer promise pledge plan intend vow threaten agree".split())
MATERIAL_WORDS = frozenset("aid weapons arms troops personnel funding money supplies equipment ammunition fighters".split())
# Verbs that carry no event of their own but take an event noun as object where the dictionary
# has no pattern for the pair: "issued an ultimatum", "opened investigations", "vowed retaliation"
PROMISING_VERBS = frozenset({"vow", "pledge", "promise"})
GATHERING_TYPES = frozenset({"CONSULT"})  # a gathering's verbs by their family's code: "gathered", "assembled"
# verbs of deciding on an act, which then is the decider's: "approved sanctions", "ordered airstrikes"
DECREEING_VERBS = frozenset({"approve", "authorize", "authorise", "order"})
DOING_VERBS = frozenset("hold carry conduct launch stage begin start resume continue complete".split())  # light verbs of deeds, not of words
# (and those who lead or organise an act do it: "monks led a march", "organised a sit-in")
LIGHT_VERBS = frozenset(
    "stage hold issue impose lodge open launch conduct carry file make take continue resume complete tighten extend begin start lead organize organise".split()
) | PROMISING_VERBS | DECREEING_VERBS
# the support verbs of English, whose meaning is their object's ("take steps", "hold talks", "make
# a bid", "give a speech"): the family the dictionary files them under says nothing ("take" is
# APPREHEND's, seizing; "give" GRANT's); its patterns ("gave aid to") still code
EMPTY_VERBS = frozenset({"take", "make", "give", "hold", "carry", "conduct"})
MILITARY_MODIFIERS = frozenset("air drone missile rocket military artillery".split())
TERRITORIAL = frozenset({"capture", "seize", "occupy", "overrun", "take", "storm", "fall"})
TARGET_PREPOSITIONS = ("against", "on", "to", "with", "for", "from", "at", "into")
MEETING_PREPOSITIONS = tuple(p for p in TARGET_PREPOSITIONS if p != "from")  # where one comes from is no one met
NOUN_TARGET_PREPOSITIONS = ("against", "on", "for", "to", "with", "of", "from")  # "the withdrawal of X"
# Whom a thing handed over or turned on is for: "goods to the school", "a campaign against X" (not
# what it is of: "a number of people", "the race for delegates")
RECIPIENT_PREPOSITIONS = ("to", "against")
MEANS_PREPOSITIONS = ("by", "over", "via")  # "by telephone", "over the phone", "via video link"
PROTEST_VENUES = frozenset({"in", "at", "near", "around", "across", "throughout", "inside"})
ROUTE_PREPOSITIONS = frozenset({"to", "through", "along", "into"})
BUILDING_PREPOSITIONS = frozenset({"outside", "at", "near", "inside"})  # where a protest stands at someone's door
PROTEST_CODES = "14"  # CAMEO's protest codes: 140-145
PEACEKEEPING = "074"  # CAMEO's "provide military protection or peacekeeping": troops sent as aid
NEGATIONS = frozenset({"not", "n't", "never", "no"})
HYPOTHETICAL_MARKERS = frozenset({"if", "could", "might", "may", "would", "should", "unless"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
AWAITING_MARKS = frozenset({"once", "when", "after"})  # a time that, ahead, is a condition
LOOKING_AHEAD = frozenset({"will", "would", "'ll", "shall", "wo", "could", "might", "may"})
COERCIVE_MARKS = frozenset({"unless"})  # "will withdraw unless ...": a condition that coerces
OBLIGATION = frozenset({"must", "should"})
# A verb's adjective or noun predicate ("went missing", "called him a nice guy", "was considered
# a key state"): the verb links or names; a pattern may still code the words ("called them liars")
PREDICATIVE_DEPS = frozenset({"acomp", "oprd"})
HARMED_STATES = frozenset({"dead", "unconscious", "senseless", "alive"})


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
    context: str | None = None
    cameo: str | None = None
    pattern: str | None = None  # the dictionary pattern (or noun) that gave the code
    instrument: Span | None = None  # the weapon or blast of an attack no actor is named for
    owner: Span | None = None  # whose the actor is, where a pronoun says it: "[Serbs] said their forces"


def _phrase(head: Token) -> Span:
    """The noun phrase of ``head`` without relative clauses and trailing appositions."""
    start, end = _phrase_bounds(head)
    return head.doc[start:end]


def _phrase_bounds(head: Token) -> tuple[int, int]:
    """Where ``_phrase`` lies, in tokens: for a reader of its words, which needs no Span."""
    tokens = tokens_of(head.doc)
    end = head.i + 1
    for child in (c for c in children_of(head) if c.i > head.i):  # its right children
        if child.dep_ == "appos" and child.left_edge.i == end and (child.ent_type_ in ACTOR_LABELS or child.pos_ == "PROPN"):
            end = child.right_edge.i + 1  # a name with no comma before it names the noun: "the Somali capital Mogadishu"
            continue
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "case") or child.text == "," or child.lower_ == "by":
            break  # "case": a possessor is named without its "'s"
        end = child.right_edge.i + 1
    # the parse hangs the clause's time on the noun before it: "Rebels in the north on Tuesday"
    end = next((t.i for t in tokens[head.i + 1 : end] if t.dep_ == "prep" and t.lower_ != "of" and tells_time(t) and t.right_edge.i + 1 == end), end)
    if head.dep_ == "ROOT" and end > head.i + 1 and head.pos_ in ("NOUN", "PROPN"):
        # a root noun's phrase ends where the predicate the parse hung inside it begins
        end = next((t.i for t in tokens[head.i + 1 : end] if t.dep_ == "acl" and _verbless_predicate(t)), end)
    start = head.left_edge.i
    while start < head.i and tokens[start].is_punct:
        start += 1
    return start, end


PARTICIPLES = frozenset({"VBG", "VBN"})
CLAUSE_BREAKS = frozenset({"punct", "cc", "conj", "relcl", "appos", "advcl"})


def described(span: Span, trigger: Token) -> Span:
    """An argument's phrase with the participle after it that says which ones are meant:
    "refugees fleeing the war", "Palestinians living in Gaza" (a clause of its own to the parse),
    unless the participle is the event itself ("the curfew imposed in Sudan"); up to the first
    comma, as a participle's own clause ends there. A name's apposition says who it is: "Kenzo
    Oshima, the UN relief coordinator," (as event coders take the actor's text)."""
    doc = span.doc
    participle = doc[span.end] if span.end < len(doc) else None
    if participle is not None and participle.text == ",":
        # after a coordination ("the US and Israel, a Saudi weekly reports") the parse's apposition
        # is the reporting clause's subject more often than a description
        coordinated = any(t.dep_ == "conj" for t in span)
        apposition = None if coordinated else next((c for c in children_of(span.root) if c.dep_ == "appos" and c.left_edge.i == span.end + 1), None)
        if apposition is not None and not (apposition.i == trigger.i or apposition.is_ancestor(trigger)):
            return doc[span.start : apposition.right_edge.i + 1]
        return span
    if participle is None or participle.dep_ != "acl" or participle.tag_ not in PARTICIPLES or not span.start <= participle.head.i < span.end:
        return span
    if participle.i == trigger.i or participle.is_ancestor(trigger):
        return span
    end = participle.i + 1
    for child in (c for c in children_of(participle) if c.i > participle.i):
        if child.dep_ in CLAUSE_BREAKS or child.text == ",":
            break
        end = child.right_edge.i + 1
    end = next((t.i for t in doc[participle.i : end] if t.text == ","), end)  # "in Liberia, the WFP said"
    return doc[span.start : end]


def _coordinated(head: Token) -> Span:
    """"the US and its allies", "Assad's forces and his allies": a phrase with its conjuncts, also
    those the parse chains one to the next ("Iran, Libya, North Korea and Sudan")."""
    span = _phrase(head)
    last = head
    while True:
        # not a clause with a subject of its own the parse joined to it ("X, whom ..., and who backs Y")
        # nor a verb hung on the noun ("Protesters in Tbilisi ... and clashed with police")
        conjuncts = [
            c for c in children_of(last)
            if c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
        ]
        if not conjuncts:
            break
        last = conjuncts[-1]
    return head.doc[span.start : _phrase(last).end] if last is not head else span


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        # a predicate sharing a passive one's subject: "X was indicted and will resign", "X
        # was asked to resign"
        subjects = [c for c in children_of(node) if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and node.i != verb.i)]
        if subjects:
            # a pronoun after another subject is the subject: the parse makes a fronted
            # description a second one ("A Libertarian, he backed Ron Paul")
            return next((c for c in subjects[1:] if c.pos_ == "PRON" and c.i < node.i), subjects[0])
        if node.dep_ == "conj" and node.head.dep_ == "ROOT" and node.head.pos_ in ("NOUN", "PROPN") and _can_act(node.head, strict=True):
            # "Protesters in Tbilisi blocked roads and clashed with police": the parser made the
            # subject the sentence's head and its verbs hang on it
            return node.head
        if node.dep_ in ("xcomp", "conj", "advcl", "acomp") and node.head.i != node.i:  # "France is ready to send"
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.lower_ == "as":  # "X was quoted as saying"
            node = node.head.head
            continue
        if node.dep_ == "pcomp" and node.head.lower_ == "by" and node.head.head.pos_ in ("VERB", "AUX") and not _is_passive(node.head.head):
            # "the United States responded by easing sanctions": the means is the subject's act
            node = node.head.head
            continue
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ == "dobj" and not _can_act(node.head, strict=True):
            # "issued a statement condemning", "passed a resolution calling for": the document
            # speaks for whoever issued it
            node = node.head.head
            continue
        if _verbless_predicate(node):
            return _root(node)  # "Doctors from two aid groups donated ...": the noun the parse made the root
        fronted = _subject_after_fronted_clause(node)
        if fronted is not None:
            return fronted
        if _attempted(node):
            # "Georgia's decision to sever relations", "a bid by Iraq to end the embargo": whose
            # decision or bid it is does the act
            owner = next((c for c in children_of(node.head) if c.dep_ == "poss"), None) or _agent(node.head)
            return owner if owner is not None and _can_act(owner) else None
        break
    return None


def _subject_after_fronted_clause(verb: Token) -> Token | None:
    """"Citing a surge of cases, the city's two mayors asked ...", "Armed with machetes, youths
    from the Hema community raided ...": the parse hangs the subject on the last noun of a fronted
    participial clause, in apposition to it; it is the phrase between that clause's comma and the verb."""
    tokens = tokens_of(verb.doc)
    for clause in verb.lefts:
        if clause.dep_ not in ("advcl", "csubj") or clause.tag_ not in ("VBG", "VBN") or clause.left_edge.i != verb.sent.start:
            continue
        for token in clause.subtree:
            if token.dep_ == "appos" and token.right_edge.i + 1 == verb.i and tokens[token.left_edge.i - 1].text == ",":
                return token
    return None


def _walkout(noun: Token) -> bool:
    """"weeks of strikes by rail workers", "general strikes": strikes that workers make, or of a
    kind only a walkout is, stop work (143), not air strikes (195)."""
    makers = [g for c in children_of(noun) if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in children_of(c) if g.dep_ == "pobj"]
    makers += [c for c in children_of(noun) if c.dep_ in ("poss", "compound", "amod")]
    return any(m.lemma_.lower() in STRIKERS or m.lower_ in STRIKE_KINDS for m in makers)


def _author_of(subject: Token | None) -> Token | None:
    """Who made a document that is a verb's subject: "A report by the OPCW blamed Syria's air force",
    "the council's statement condemned": the author acts through it; the document otherwise."""
    if subject is None or subject.lemma_.lower() not in DOCUMENT_HEADS:
        return subject
    # ("Her message contrasts with ...", "Mr. Trump's comments signal ...": what someone's words
    # show is no act of theirs)
    issued = subject.lower_ not in SPOKEN_WORDS
    author = _agent(subject) or (next((c for c in children_of(subject) if c.dep_ == "poss"), None) if issued else None)
    return author if author is not None and _is_actor(author) else subject


def _root(token: Token) -> Token:
    while token.head.i != token.i:
        token = token.head
    return token


def _verbless_predicate(verb: Token) -> bool:
    """Whether a verb the parse hangs from a noun, in a sentence it gives no verb for a root, is the
    sentence's predicate: "Donors flocked to Rubio", "Doctors from two aid groups donated and
    delivered goods" read as noun phrases. A past form is one; a participle only with an object
    (itself or a verb it is coordinated with): "Three Killed In Blast" is a passive headline."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("auxpass", "agent") for c in children_of(verb)):
        return False
    # "Niger's military rulers threatened on Thursday to expel ...": no one is threatened or vowed
    # to do something, so such a participle with its infinitive is active
    pledged = verb.lemma_.lower() in ACTIVE_WITH_INFINITIVE and any(c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for c in children_of(verb))
    if verb.tag_ == "VBN" and not pledged and not any(
        g.dep_ == "dobj" for c in (verb, *(c for c in children_of(verb) if c.dep_ == "conj")) for g in children_of(c)
    ):
        return False
    return _root(verb).pos_ in ("NOUN", "PROPN")


def _agent(token: Token, deep: bool = False) -> Token | None:
    """The "by" agent; for an event noun also one attached to what it is "of" ("the capture of X
    by Y"), not one of a thing it is against ("protest against violations by the police")."""
    candidates = list(children_of(token))
    if deep:
        candidates += [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) for g in children_of(p)]
    for child in candidates:
        if child.dep_ in ("agent",) or (child.dep_ == "prep" and child.lower_ == "by"):
            for grandchild in children_of(child):
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _negated(verb: Token) -> bool:
    """"did not attack", "never met"; a subject no one is ("Neither Israel nor Hamas has accepted",
    "No country has recognized"); and a commitment denied ("has not agreed to supply")."""
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in children_of(verb)):
        return True
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(c.lower_ in ("neither", "no") and c.dep_ in ("preconj", "det") for c in children_of(subject)):
        return True
    committed = verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in COMMITMENT_VERBS
    return (committed and any(c.dep_ == "neg" for c in children_of(verb.head))) or _denied(verb)


def _agent_hung_on_a_phrase(verb: Token) -> Token | None:
    """A passive's "by" agent the parse hung on the noun of a phrase before it ("sanctions were
    imposed on Iran's programme by the EU"): one who can act, not a "by" inside a clause of its own."""
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ != "by":
            for noun in children_of(child):
                if noun.dep_ == "pobj":
                    agent = _agent(noun)
                    if agent is not None and _can_act(agent, strict=True):
                        return agent
    return None


def _is_city(token: Token) -> bool:
    g = gazetteer()
    return g.country_code(token.text) is None and fold(token.text) in g.cities


def _can_act(token: Token, strict: bool = False) -> bool:
    """Only people, groups, organisations and places act: not "the goal", "the offensive".

    ``strict``: a named actor, a personal pronoun or a listed noun for people or organisations,
    not any plural ("gaps", "outskirts") nor a relative pronoun.
    """
    if token.ent_type_ in ACTOR_LABELS or token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        if token.tag_ == "DT" and token.lower_ in ("this", "that"):
            return False  # it points at a situation, not at someone: "That means ...", "this helped"
        return not strict or token.tag_ not in ("WP", "WDT")
    if token.like_num or token.lower_ in QUANTITY_NOUNS:  # "Tens of thousands of students"
        members = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"]
        if not members and token.dep_ == "nsubj" and token.lower_ in CROWD_NUMBERS and _takes_to_the_streets(token.head):
            return True  # "Thousands marched in Caracas", "Hundreds took to the streets": a crowd
        # a group of no one is an organisation: "The FARC guerrilla group", "the Basque separatist group"
        if members or token.lower_ not in ORG_HEADS:
            return any(_can_act(m, strict) for m in members)
    lemma = token.lemma_.lower()
    if lemma == "opposition" and any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(token)):
        return False  # "opposition to the Common Core": a stance, not the opposition
    if any(lemma in words or token.lower_ in words for words in (GROUP_HEADS, PERSON_ROLE_NOUNS, ORG_DESCRIPTORS, ORG_HEADS, ACTOR_NOUNS, agent_nouns())):
        return True
    if any(c.dep_ == "appos" and c.left_edge.i == token.i + 1 and (c.ent_type_ in ACTOR_LABELS or c.pos_ == "PROPN") for c in children_of(token)):
        return True  # a noun its name follows: "the West African bloc ECOWAS"
    if any(c.dep_ == "appos" and c.ent_type_ in BODY_LABELS | {"PERSON"} and not any(g.dep_ == "case" for g in children_of(c)) for c in children_of(token)):
        return True  # a noun the name after it stands for: "Argentina's largest union confederation, the CGT,"
    # "nurses", "doctors": people in the plural; "attempts", "talks", "threats" name acts
    return not strict and token.tag_ == "NNS" and lemma not in dictionary().by_form and token.lower_ not in NOUN_CODES


ACTOR_NOUNS = frozenset(
    "people troops army government opposition police workers students protesters demonstrators rebels soldiers "
    "doctors refugees civilians prisoners activists leaders members supporters warships helicopters "
    "tanks bombers gunmen insurgents guerrillas militiamen authorities aircraft jets warplanes drones "
    "ships vessels ship vessel warship helicopter jet warplane drone tank bomber "
    # those a state or body sends to speak for it (the agents dictionary lists only compounds:
    # GOVERNMENT_DELEGATION, TRADE_DELEGATION): "the Iranian delegation walked out", "a US delegation met"
    "delegation delegations "
    # bodies ruling: "the junta", "military rulers"
    "junta rulers confederation".split()
)
# What kills or wounds in an attack whose maker is not named: "a roadside bomb killed",
# "were killed by an improvised explosive device", "killed in a car bomb explosion"
WEAPON_NOUNS = frozenset(
    "bomb bombing blast explosion explosive device mine landmine minefield rocket missile mortar shell "
    "shelling grenade gunfire airstrike attack ambush artillery projectile".split()
)
# Acts of force named by a noun, whose maker a modifier names where the actor would stand: "were
# killed by Israeli fire", "died in a Russian missile strike", "the killing of three soldiers by
# Israeli shelling". "strike" and "fire" only so: alone they are also a walk-out and a blaze.
ATTACK_NOUNS = WEAPON_NOUNS | frozenset("strike fire raid bombardment barrage offensive crossfire".split())
# the dictionary's families of attack, lash and blast, whose verbs are as often said as done
# ("Clinton blasted her rival", "his attacks on Trump"): between people, with no weapon, wound or
# force in the sentence, the attack is in words
VERBAL_ATTACK_FAMILIES = frozenset({"PHYSICAL_CONFLICT", "WHIP", "EXPLOSIVE_DESTRUCTION", "RIP", "CRASH"})
TOPIC_PREPOSITIONS = frozenset({"on", "over", "about"})
CRITICIZE = "111"
RIOT = "145"  # CAMEO's "protest violently, riot"
PRAISE = "051"
DEFENDING_FAMILIES = frozenset({"DEFEND"})  # CAMEO codes defending as protection (074)
# the dictionary's families of dismay and offence ("saddened", "shocked", "outraged") and of
# prediction ("expect", "predict"), whose defaults (110, 030) read a feeling or a forecast as an act
FEELING_FAMILIES = frozenset({"DISMAY", "OFFEND"})
FORECAST_FAMILIES = frozenset({"PREDICT"})
INVESTIGATE = "090"  # the default of the families of investigate, inspect, study
# CAMEO's "return, release" (084, the default of the family of release and free) is of people and
# property; a campaign, an agency or a band releases what is written or recorded, which is saying
RELEASE = "084"
PUBLISHED_THINGS = DOCUMENT_HEADS | frozenset(
    "ad ads advert video videos robocall page pages return returns result results figure figures number numbers "
    "detail details list footage photo photos image images album song book budget proposal finding findings "
    "version schedule plan platform agenda guidance guideline guidelines rule rules".split()
)
# and the family of beat, defeat and crush, which between people with no force in the sentence is a
# contest won ("Bradley defeated Judge Kloppenburg", "we're going to beat Donald Trump"): no event
CONTEST_FAMILIES = frozenset({"DESTROY"})
DEATH_NOUNS = frozenset({"death"})  # a killing only where the sentence tells of force ("the death of a commander during the clashes")
VIOLENCE_WORDS = WEAPON_NOUNS | MILITARY_MODIFIERS | frozenset(
    "kill wound injure shoot stab knife gun gunman dead death die bleed blood hospital police troops soldier army".split()
)
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
SURVEY_LEMMAS = frozenset({"poll", "survey"})
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
PARTY_PREPOSITIONS = frozenset({"to", "with", "against", "from"})  # the other party of an act
# verbs whose past participle with an infinitive is never passive ("the rulers threatened to expel")
ACTIVE_WITH_INFINITIVE = SUBJECT_CONTROL_VERBS | {"refuse", "agree", "decline", "offer", "decide", "vote", "move", "seek", "try", "attempt"}
# words said rather than a document issued
SPOKEN_WORDS = frozenset("message messages comment comments remark remarks words claim claims post tweet tweets interview speech".split())
ELECTORATE_LEMMAS = frozenset({"voter", "electorate", "respondent", "caucus-goer", "caucusgoer", "primary-goer"})
REFERENDUM_LEMMAS = frozenset({"referendum", "plebiscite"})
CONFLICT_PREPOSITIONS = frozenset({"with", "against", "over", "on", "about", "for"})
MAX_FINDING_DEPTH = 3
# particles that take a verb of force out of force: "seized on", "pulled in/off/ahead/even",
# "caught on/up", "beat back (a rumour)"
FIGURATIVE_PARTICLES = {
    "seize": frozenset({"on", "upon"}), "pull": frozenset({"in", "off", "ahead", "even", "aside", "away"}),
    "catch": frozenset({"on", "up"}), "beat": frozenset({"back"}), "contain": frozenset({"in"}),
}
RECORD_NOUNS = DOCUMENT_HEADS | frozenset({"video", "videos", "file", "files", "listing", "listings"})
CONTEST_VERBS = frozenset({"beat", "best", "defeat", "trounce", "crush", "rout", "edge", "dominate"})
CONTEST_NOUNS = frozenset(
    "election primary caucus race poll ballot nomination runoff matchup contest vote voter delegate expectation estimate".split()
)  # lemmas
STRIVING_VERBS = frozenset({"struggle", "dominate"})
AIMING_VERBS = frozenset({"target", "aim", "direct"})
# a share of a vote or a poll: "leads Sanders 49 percent to 41 percent", "assured of 120 delegates",
# "gets 1 percent support", "rejected by 64 percent of voters" tell a standing, not an act
TALLY_NOUNS = frozenset("percent delegate vote point seat".split())  # lemmas
TALLY_TYPES = INTERACTIONS | {"SUPPORT", "REJECT", "ASSAULT"}
QUANTITY_NOUNS = frozenset("tens hundreds thousands millions dozens scores third half group part".split())
CROWD_NUMBERS = frozenset("tens hundreds thousands dozens scores".split())  # numbers a crowd is written as
CROWD_NOUNS = frozenset("crowd crowds protester protesters demonstrator demonstrators".split())
NOT_TARGETS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
TIME_NOUNS = frozenset("time moment occasion year month week day hour decade".split())  # ("for the first time")
ACTOR_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"})
BODY_LABELS = frozenset({"GPE", "ORG", "NORP"})  # states, bodies and peoples


def _is_named(token: Token) -> bool:
    """Whether a phrase names an actor: "a hunger strike on Monday" names a day, no one."""
    start, end = _phrase_bounds(token)
    tags = tags_of(token.doc)
    return any(t.ent_type_ in ACTOR_LABELS or (tags[t.i] == "PROPN" and t.ent_type_ not in NOT_TARGETS) for t in tokens_of(token.doc)[start:end])


def _is_actor(token: Token | None) -> bool:
    """Someone who acts: a listed noun for people or organisations, a personal pronoun or a name."""
    return token is not None and (_can_act(token, strict=True) or _is_named(token))


def _giver(verb: Token) -> Token | None:
    """Who gives what the subject of a receiving verb receives: "received tanks from Poland",
    "a letter from Putin" (not "died from his wounds")."""
    for head in (verb, *(c for c in children_of(verb) if c.dep_ == "dobj")):
        for prep in children_of(head):
            if prep.dep_ == "prep" and prep.lower_ == "from":
                party = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
                if party is not None and _can_act(party, strict=True):
                    return party
    return None


def _object(token: Token, prepositions: tuple[str, ...] = TARGET_PREPOSITIONS, skip: Token | None = None, type_: str | None = None) -> Token | None:
    """The target of an act: who it is done to, before what is handed over.

    "offered its troops to Lebanon's President": the President, not the troops. Named actors
    (entities, proper nouns) come first, then direct objects, then prepositional objects ("against"
    first: "a rally on the beach against the Supreme Court"), then where it happened; dates, times
    ("for the first time") and numbers are never targets. ``type_``: the event's type. An act
    that hands something over goes to whom "to" names ("handed over 15 helicopters to Colombia's
    army"), where one attending a wedding "to his third wife" attends the wedding.
    """
    found: list[tuple[int, int, Token]] = []
    # the parse may make each piece of a hyphenated object an object ("launched a counter-offensive")
    skipped = hyphenated_span(skip) if skip is not None else None

    def visit(node: Token, depth: int) -> None:
        for child in children_of(node):
            if skipped is not None and skipped.start <= child.i < skipped.end:
                continue
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "sent aid to Lebanon"
                found.extend((1, len(found), g) for g in children_of(child) if g.dep_ == "pobj")
            elif child.dep_ in ("dobj", "dative"):
                found.append((0, len(found), child))
            elif child.dep_ == "prep" and child.lower_ in prepositions + ("in", "into", "at"):
                for grandchild in [g for g in children_of(child) if g.dep_ == "pobj"] or _stranded_object(child):
                    # "at" is aimed at someone ("fired at protesters") or says where ("at Sandy
                    # Hook", "at a square in Tbilisi")
                    where = child.lower_ not in prepositions or (child.lower_ == "at" and (grandchild.ent_type_ in PLACE_LABELS or _placed(grandchild)))
                    found.append((2 if where else 0.5 if child.lower_ == "against" else 1, len(found), grandchild))
            elif child.dep_ == "prep" and child.lower_ in MEANS_PREPOSITIONS and "with" in prepositions:
                # the parse hangs whom one talks with on the means: "spoke by telephone with Putin"
                found.extend((1, len(found), o) for means in children_of(child) if means.dep_ == "pobj" for w in children_of(means)
                             if w.dep_ == "prep" and w.lower_ == "with" for o in children_of(w) if o.dep_ == "pobj" and _is_named(o))
            elif opens_preposition(child) and "from" in prepositions:
                # "pulled out of the talks", "backed away from the deal": the act or party one
                # leaves ("getting out of a blue SUV", "break out of the pack" leave no one)
                found.extend((1, len(found), g) for inner in children_of(child) if inner.dep_ == "prep" and inner.lower_ in ("of", "from")
                             for g in children_of(inner) if g.dep_ == "pobj" and (_can_act(g, strict=True) or _names_a_place(g) or EventFinder._noun_code(g) is not None))
            elif small_clause(child):  # "found mining company BHP liable": whom the court found so
                found.extend((0, len(found), g) for g in children_of(child) if g.dep_ == "nsubj" and g.left_edge.i == node.i + 1)
            elif child.dep_ == "xcomp" and depth < 2:  # "threatened to cut off electricity to X"
                visit(child, depth + 1)
            elif child.dep_ == "conj" and node.pos_ == child.pos_ == "NOUN":
                # "imposed travel bans and an arms embargo on the junta": the parse hangs the
                # target on the last of the coordinated acts
                visit(child, depth)

    visit(token, 0)
    if not any(c.dep_ == "dobj" for c in children_of(token)):
        # "willing to meet rival commander Dagalo to end the war": the parser made the object the
        # subject of the infinitive of purpose after it; "called for President Mugabe to step
        # down": the one asked to act is the subject "for" opens
        for clause in children_of(token):
            if clause.dep_ not in ("advcl", "ccomp") or clause.i < token.i or not is_infinitive(clause):
                continue
            opened_by_for = [m.i + 1 for m in children_of(clause) if m.dep_ == "mark" and m.lower_ == "for"]
            found.extend(
                (0, len(found), subject) for subject in children_of(clause) if subject.dep_ == "nsubj"
                and (clause.dep_ == "advcl" and subject.left_edge.i == token.i + 1 or subject.left_edge.i in opened_by_for)
            )
    own = {f[2].i for f in found if token.i in (f[2].head.i, f[2].head.head.i) and f[2].head.dep_ != "xcomp"}
    # a count of people is whom it counts ("arrested dozens of protesters"), not a number
    found = [
        f for f in found
        if (f[2].ent_type_ not in NOT_TARGETS or f[2].ent_type_ in AMOUNT_LABELS and _can_act(f[2], strict=True))
        and f[2].lemma_.lower() not in TIME_NOUNS
    ]
    if any(f[2].i in own and f[0] < 2 and _can_act(f[2], strict=True) for f in found):
        # the one an act is addressed to comes before those its complement names: "called on the
        # government to block Trump's visit", not Trump
        found = [f for f in found if f[2].i in own]
    if not found:
        return None
    aimed = [f for f in found if not (f[2].dep_ == "dobj" and f[2].lemma_.lower() in WEAPON_NOUNS and f[2].lemma_.lower() not in NOUN_CODES)]
    if aimed and len(aimed) < len(found):
        found = aimed  # "fired a missile at a cargo ship": what is fired is not whom it is fired at
    if any(f[0] < 2 and _can_act(f[2], strict=True) and not f[2].lower_.endswith(("self", "selves")) for f in found):
        # where an act happens is not whom it is done to: "huddled in Chicago with union leaders"
        found = [f for f in found if f[0] < 2]
    handed = type_ in HANDING_TYPES
    if any(
        f[0] == 1 and _can_act(f[2], strict=True) and (_is_named(f[2]) or handed and f[2].head.lower_ == "to" and f[2].head.head.i == token.i) for f in found
    ):
        # a thing given is no one, though its phrase names a maker: "donated 500,000 doses of its
        # Sinopharm vaccine to Zimbabwe" is done to Zimbabwe, "handed over 15 helicopters to
        # Colombia's army" to the army
        found = [f for f in found if not (f[2].dep_ == "dobj" and (not _can_act(f[2], strict=True) or _are_forces(f[2])))]
    best = min(found, key=lambda f: (not _is_named(f[2]), f[0], f[1]))[2]
    return best if _is_named(best) else (_named_inside(best) or best)


def _names_a_place(noun: Token) -> bool:
    """"Mogadishu", "the Somali capital Mogadishu", "the town of Kidal": a place by its name
    ("a blue SUV with legislative director Jon Donenberg" names a man, not the place)."""
    return any(t.ent_type_ in PLACE_LABELS for t in (noun, *(c for c in children_of(noun) if c.dep_ == "appos"), *_measured(noun)))


def _placed(noun: Token) -> bool:
    """Whether a common noun is a site a place name locates: "a square in Tbilisi", "a mosque
    near Peshawar"."""
    return not noun.ent_type_ and any(
        c.dep_ == "prep" and c.lower_ in LOCATING_PREPOSITIONS and any(g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS for g in children_of(c))
        for c in children_of(noun)
    )


def _victims(verb: Token, scene: Token) -> Token | None:
    """Whom an act of force is done to, where the target found is only the scene it is done at:
    "killed 59 worshippers at a mosque in Peshawar", "kidnapped 280 pupils from a school in
    Kaduna": the object, people the act befell, not the building a place name hangs on."""
    if scene.head.dep_ != "prep" or scene.head.head.i != verb.i or scene.ent_type_ or _is_person(scene):
        return None
    return next((
        c for c in children_of(verb)
        if c.dep_ == "dobj" and c.ent_type_ not in NOT_TARGETS and c.lemma_.lower() not in TIME_NOUNS
        and _can_act(c) and not _names_force(c)
    ), None)


def _stranded_object(preposition: Token) -> list[Token]:
    """"granted asylum to five officers holed up in a residence": taking the participle for a past
    tense, the parse leaves the preposition bare and makes its object the subject of a clause of
    its own, hung on the same verb."""
    if preposition.n_lefts or preposition.n_rights:
        return []
    return [
        t for t in children_of(preposition.head) for t in children_of(t)
        if t.dep_ == "nsubj" and t.left_edge.i == preposition.i + 1 and t.head.tag_ == "VBD" and t.head.dep_ in ("advcl", "ccomp", "conj")
    ]


def _purpose_target(verb: Token) -> Token | None:
    """Whom an act's aim names: a named object in the clause saying it ("to demand the
    resignation of President X"), else an object a name describes ("independence from
    Indonesian rule", "violations by Islamic fundamentalists"). The parse makes an infinitive
    after a noun a relative clause too ("a rally in Lagos to protest ...")."""
    described = body = None
    for clause in children_of(verb):
        if clause.dep_ not in ("advcl", "xcomp", "acl", "relcl") or (clause.dep_ == "relcl" and not any(c.lower_ == "to" for c in children_of(clause))):
            continue
        for token in clause.subtree:
            # ... or whom it wants to act: "demanding that President X resign"
            asked = token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and token.head.i != clause.i
            if token.dep_ not in ("pobj", "dobj", "poss") and not asked:
                continue
            if token.dep_ == "pobj" and token.head.lower_ in PROTEST_VENUES and token.ent_type_ in PLACE_LABELS:
                continue  # where the aim is to be met is no one: "seeking resettlement in Europe"
            if token.ent_type_ in ACTOR_LABELS or token.pos_ == "PROPN":
                return token
            if described is None and token.ent_type_ not in NOT_TARGETS and any(
                    c.dep_ in ("amod", "compound") and c.ent_type_ in ACTOR_LABELS for c in children_of(token)):
                described = token
            # (an object only as one pressed to act: "to push the government to raise the minimum wage")
            pressed = token.dep_ == "dobj" and any(c.dep_ in ("xcomp", "ccomp") for c in children_of(token.head))
            if body is None and (token.dep_ != "dobj" or pressed) and token.pos_ == "NOUN" and _can_act(token, strict=True):
                body = token  # "to demand the resignation of the government", "higher wages from the port authority"
    return described or body


def _protest_target(trigger: Token, found: Token | None, object_is_act: bool = False, by_clause: bool = False) -> Token | None:
    """Whom a protest is against: a named target, else one its aim names ("to demand the
    resignation of President X", "calling for independence from Iraq"), else what it is against,
    by its makers ("in protest against abuses by the security forces") or over ("over the
    government's reforms"). Where it is held
    ("demonstrated in Kirkuk", "rioted at a jail") is no one it is against. ``object_is_act``: the
    verb's object is a word of the pattern that coded it, the protest itself ("staged a sit-in");
    ``by_clause``: a protest a noun names has the aim of the clause it stands in ("went on strike to
    press for higher wages from the port authority")."""
    if found is not None and found.dep_ == "pobj" and found.head.lower_ in PROTEST_VENUES and found.lemma_.lower() not in NOUN_CODES:
        found = None  # "in protest of ...", "in protest against ...": no venue
    if found is not None and (
        found.i == trigger.i or NOUN_CODES.get(found.lemma_.lower(), "").startswith(PROTEST_CODES) or object_is_act and found.dep_ == "dobj" and not _is_named(found)
    ):
        found = None  # "staged a sit-in", "A protest was held": the protest is not whom it is against
    if found is not None and found.dep_ == "pobj" and found.head.lower_ in ROUTE_PREPOSITIONS and (
        not found.ent_type_ and not _can_act(found, strict=True) or found.head.lower_ != "to" and found.ent_type_ in PLACE_LABELS
    ):
        found = None  # "took to the streets of Yangon", "marched through Beirut": where it went ("protested to Uganda": whom to)
    if found is not None and _is_named(found):
        return found
    against = next((g for t in trigger.subtree if t.dep_ == "prep" and (t.lower_ == "against" or (t.lower_ == "of" and t.head.lemma_.lower() == "protest"))
                    for g in children_of(t) if g.dep_ == "pobj"), None)
    if against is not None and not _is_actor(against):
        against = _maker(against) or against
    if against is None:
        # "marched over the government's education reforms", "rioted over Kabila's bid to extend
        # his term": a protest over another's act is against its maker (not what it is over)
        against = next((m for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPOSITIONS
                        for g in children_of(c) if g.dep_ == "pobj" for m in [_maker(g)] if m is not None and _is_actor(m)), None)
    clause = clause_verb(trigger) if by_clause else None
    return (_purpose_target(trigger) or (_purpose_target(clause) if clause is not None and clause.i != trigger.i else None) or against or found
            or _venue_owner(trigger))


def _venue_owner(trigger: Token) -> Token | None:
    """Whose building a protest is held at: "rallied outside the U.S. embassy in Manila", "a
    sit-in outside the UN refugee agency's office" (not "at a square in Tbilisi": no one's)."""
    for venue in (g for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ in BUILDING_PREPOSITIONS for g in children_of(c) if g.dep_ == "pobj"):
        owner = next((c for c in children_of(venue) if c.dep_ == "poss" and _is_actor(c)), None)
        if owner is not None:
            return owner
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ in BODY_LABELS for c in children_of(venue)):
            return venue
    return None


def _purpose_object(verb: Token) -> Token | None:
    """Whom an act is aimed at through its purpose: "opened fire to disperse the demonstrators"."""
    for clause in children_of(verb):
        if clause.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            found = next((c for c in children_of(clause) if c.dep_ == "dobj" and _can_act(c, strict=True)), None)
            if found is not None:
                return found
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


REPORTED_CLAUSE_DEPS = ("ccomp", "xcomp", "conj", "advcl", "acomp")  # acomp: "says it is willing to ..."
PURPOSE_DEPS = frozenset({"advcl", "acl", "relcl"})  # with "to": an infinitive of purpose
DESCRIPTIVE_CLAUSE_DEPS = frozenset({"relcl", "acl", "pcomp"})
# Prepositions that put an event noun in the time or cause of another act
CIRCUMSTANCE_PREPOSITIONS = frozenset("since after following during amid amidst before despite until over".split())
CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})


PLAIN_REPORTING_VERBS = PLAIN_REPORTING | {"declare", "reiterate", "conclude", "insist", "warn", "announce"}


def _reporting_ancestor(token: Token, verbs: frozenset[str] = PLAIN_REPORTING_VERBS) -> Token | None:
    """The reporting verb a clause hangs from: "Hungary has said [it will support ...]"."""
    node = token
    for _ in range(4):
        if node.dep_ not in REPORTED_CLAUSE_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in verbs:
            return node
    return None


def _is_intent(token: Token) -> bool:
    auxes = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
    if auxes & {"will", "'ll", "shall"}:
        return True
    if "would" in auxes and _reporting_ancestor(token) is not None:
        return True  # reported future: "said they would boycott"
    head = token.head
    if token.dep_ == "xcomp" and head.i != token.i and _is_going_to(head):
        return True  # "we are going to defeat them": the future, as "will" is
    # (an infinitive set off from its head by an adjunct the parse may hang as a clause of its
    # own: "vowed on Tuesday to launch an offensive")
    complement = token.dep_ in ("xcomp", "acomp") or token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
    return complement and head.i != token.i and head.lemma_.lower() in INTENT_HEADS


def _passed_over(verb: Token) -> bool:
    """ "issued summonses rather than arresting them", "fined them instead of arresting them": the
    act named as the one not chosen."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("than", "of") and any(
        c.lower_ in ("rather", "instead") for c in children_of(verb.head)
    )


def _is_conditional(token: Token, marks: frozenset[str] = CONDITIONAL_MARKS) -> bool:
    """Whether a mark ("if", "unless") stands in the token's subtree: the token is the mark or one
    of its ancestors. Only the article's marks between the subtree's edges are checked, not the
    subtree (often a whole clause), nor every mark of a long article."""
    positions, found = _marks(token.doc)
    first, last = bisect_left(positions, token.left_edge.i), bisect_right(positions, token.right_edge.i)
    return any(t.lower_ in marks and (t.i == token.i or token.is_ancestor(t)) for t in found[first:last])


def _told_to_leave(verb: Token) -> str | None:
    """The CAMEO code of an order to leave that expels: "ordered the ambassador to leave", "45
    diplomats were ordered to leave", "staff of the Russian embassy were ordered to leave" (161),
    "ordered U.N. nuclear inspectors to leave" (1662), "ordered 13 foreign aid agencies out of
    Darfur" (1663); None for anyone else told to leave."""
    leave = any(c.dep_ in ("xcomp", "ccomp") and verb_lemma(c) in ("leave", "depart", "quit") for c in children_of(verb))
    if not leave and not any(c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod") for c in children_of(verb)):
        return None
    for c in children_of(verb):
        if c.dep_ in ("dobj", "nsubjpass"):
            # "French Ambassador Jo Roe", "members of the U.N. peacekeeping mission"
            code = next((EXPELLED[t.lemma_.lower()] for t in c.subtree if t.lemma_.lower() in EXPELLED), None) or (
                "1663" if any(t.lower_ in AID_WORDS and t.dep_ in ("compound", "amod") for t in c.subtree) else None
            )
            if code is not None:
                return code
    return None


def _sent_home(verb: Token) -> bool:
    """"ordered its troops home", "ordered the troops out of Iraq", "pulled back": a move away."""
    return any(c.lower_ in ("home", "back", "out") or (c.dep_ == "prep" and c.lower_ in ("from", "out")) for c in children_of(verb)) or any(
        g.lower_ in ("home", "back") for c in children_of(verb) if c.dep_ == "dobj" for g in children_of(c))


def _deploys_forces(verb: Token, ordered: bool = False) -> bool:
    """"deployed troops to its border", "sent 600 troops into Lesotho", "dispatched paratroopers":
    forces moved are CAMEO's 154 (mobilize or increase armed forces), the sending side's show of
    force; the dictionary files sending troops as military cooperation (062) or aid (072), which
    PLOVER keeps for joint exercises, agreements and arms given, and deploying peacekeepers stays
    peacekeeping."""
    if verb_lemma(verb) not in DEPLOYING_VERBS and not ordered:
        return False
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]  # "troops were deployed"
    if ordered and any(c.dep_ in ("xcomp", "ccomp") for c in children_of(verb)) and not any(o.lemma_.lower() in NOUN_CODES for o in objects):
        # "ordered troops to fire on the protesters": an order to act; "ordered the mobilisation
        # of 300,000 reservists to fight in Ukraine" moves them, for what the clause says
        return False
    moved = [m for o in objects for m in (o, *(c for c in o.subtree if c.dep_ == "conj"), *_measured(o))]
    return any(m.lemma_.lower() in DEPLOYED_FORCES or m.lower_ in DEPLOYED_FORCES or _military_craft(m) for m in moved)


def _are_forces(thing: Token) -> bool:
    """"troops", "its army", "thousands of reservists", "armoured vehicles": armed men or craft."""
    return any(m.lemma_.lower() in DEPLOYED_FORCES or m.lower_ in DEPLOYED_FORCES or _military_craft(m) for m in (thing, *_measured(thing)))


def _faced(verb: Token, moved: Token) -> Token | None:
    """Whom forces moved or put on alert face: the side of the border they are massed on ("massed
    tanks on its border with Colombia", "mobilised reservists near its frontier with Ethiopia"),
    else the named place or party they are sent to. The forces (``moved``, or the border the
    parse took for the object) are the mover's own, never its target ("deployed troops", "put
    8,500 troops on alert": no one faced)."""
    for holder in (moved, verb):
        for place in (g for c in children_of(holder) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"):
            if place.lemma_.lower() in FRONTIER_NOUNS:
                beyond = next((o for w in children_of(place) if w.dep_ == "prep" and w.lower_ == "with" for o in children_of(w) if o.dep_ == "pobj"), None)
                if beyond is not None:
                    return beyond
            elif _is_named(place) and (place.ent_type_ in PLACE_LABELS or _can_act(place, strict=True)):
                return place
    return None


def _military_craft(thing: Token) -> bool:
    """"armoured vehicles", "30 military aircraft": craft of war, though the words alone are not
    ("vehicles" sent may be aid, "military aid" is aid)."""
    modifiers = {c.lower_ for c in children_of(thing) if c.dep_ in ("amod", "compound") and c.i < thing.i}
    return bool(modifiers & ARMOURED) or "military" in modifiers and thing.lemma_.lower() in CRAFT


def _forces_act(verb: Token) -> bool:
    """Whether the verb's subject is armed men: troops, fighters, police, rebels."""
    subject = _subject(verb)
    if subject is not None and (subject.like_num or subject.lower_ in QUANTITY_NOUNS):
        subject = next(iter(_measured(subject)), subject)  # "Hundreds of Ukrainian fighters"
    return subject is not None and (subject.lemma_.lower() in DEPLOYED_FORCES | armed_agent_nouns() or subject.lower_ in DEPLOYED_FORCES)


def _awaited_condition(verb: Token) -> bool:
    """"talks would resume once the rebels released the hostages", "will return to talks when
    Washington lifts sanctions": a clause "once", "when" or "after" opens under one that looks
    ahead is a condition not yet met ("Once the troops withdrew, the rebels seized the town" was met)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in AWAITING_MARKS for c in children_of(verb)):
        return False
    governor = verb.head
    return is_infinitive(governor) or any(c.dep_ == "aux" and c.lower_ in LOOKING_AHEAD for c in children_of(governor))


def _marks(doc: Doc) -> tuple[list[int], list[Token]]:
    """The Doc's subordinating marks ("if", "because", "that") and their positions, found once."""
    marks = doc.user_data.get("_marks")
    if marks is None:
        found = [t for t in tokens_of(doc) if t.dep_ == "mark"]
        marks = doc.user_data["_marks"] = ([t.i for t in found], found)
    return marks


def _mentions_material(token: Token) -> bool:
    sent = token.sent
    window = sent[max(0, token.i - sent.start) : min(len(sent), token.i - sent.start + 15)]
    return any(t.lemma_.lower() in MATERIAL_WORDS for t in window)


POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they", "my": "i"}
# the names a pronoun can stand for ("I" in a quotation is the one quoted); "we" and "you" stand
# for the speaker's side or the listener, not for the speaker as named
PRONOUN_LABELS = {"he": ("PERSON",), "she": ("PERSON",), "i": ("PERSON",), "it": ("GPE", "ORG", "NORP"), "they": ("GPE", "ORG", "NORP")}


def _made_by(noun: Token, common: bool = False) -> Token | None:
    """Whose act a noun names, where a modifier names someone: "Israel's shelling", "a Russian
    missile strike", "the Taliban ambush"; not where or when ("the Aleppo clashes", "a Saturday
    rally"). ``common``: also a noun for people ("a police raid"), which an act of force that
    kills or wounds has ("killed in a police raid"), and an act in general not always ("the rebel
    offensive" may be the offensive on rebels, "voter support" is for voters)."""
    maker = None
    for child in children_of(noun):
        if child.dep_ not in ("poss", "compound", "amod") or child.ent_type_ in NOT_TARGETS:
            continue
        if child.dep_ == "amod" and child.pos_ == "ADJ" and child.ent_type_ == "PERSON":
            continue  # "Humanitarian aid", which the tagger may call a person: an adjective names a people, not one
        if child.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or child.pos_ in ("PROPN", "PRON"):
            if not (child.dep_ == "compound" and _is_city(child)):
                maker = child
        elif common and child.dep_ == "compound" and _can_act(child, strict=True):
            maker = child
    return maker


def _actor_phrase(token: Token | None, trigger: Token) -> Span | None:
    """The actor's phrase; a pronoun in reported speech stands for the reporter ("Syria says it ...")."""
    if token is not None and not _can_act(token):
        if token.lemma_.lower() in ATTACK_NOUNS or token.lower_ in ATTACK_NOUNS:
            token = _made_by(token, common=True)  # "killed by Israeli fire": Israel's
        else:
            # "the first deployment of NATO troops arrived": the troops act
            token = next((g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj" and _can_act(g, strict=True)), None)
    if token is None:
        return None
    if token.pos_ == "PRON":
        reporter = _reporter_for(token, trigger)
        if reporter is not None:
            return reporter
    return _coordinated(token)


def _reporter_for(pronoun: Token, trigger: Token) -> Span | None:
    """The reporter a pronoun in reported speech stands for: "Syria says it ...", "the government
    announced that it ...", "Bosnian Serbs said their forces ...": a named reporter of the
    pronoun's kind, or a noun for people or organisations."""
    # any verb of saying ("Relatives of the girls told reporters they had pleaded ..."), else a
    # plain one further up ('"I ask you to fund it," Rubio wrote': Rubio's, not the I's)
    subject = None
    for verbs in (REPORTING_VERBS | PLAIN_REPORTING_VERBS, PLAIN_REPORTING_VERBS):
        reporter = _reporting_ancestor(trigger, verbs)
        subject = _subject(reporter) if reporter is not None else None
        if subject is not None and subject.pos_ != "PRON":
            break
    if subject is None or subject.pos_ == "PRON":
        return None
    personal = POSSESSIVE_PRONOUNS.get(pronoun.lower_, pronoun.lower_)
    if personal not in PRONOUN_LABELS:
        return None
    plural = subject.tag_ in ("NNS", "NNPS")
    if personal == "they" and subject.tag_ == "NNPS":
        fits = True  # "Bosnian Serbs said their forces ...", whatever the tagger calls them
    elif subject.ent_type_:
        fits = subject.ent_type_ in PRONOUN_LABELS[personal]
    else:
        # a noun agrees in number: "the rebels said they would", not "the minister said they"; who
        # say are people ("Relatives of the schoolgirls said they had pleaded"), not documents
        speakers = personal == "they" and plural and subject.lemma_.lower() not in DOCUMENT_HEADS
        fits = (plural if personal == "they" else not plural) and (_can_act(subject, strict=True) or speakers)
    return _coordinated(subject) if fits else None


def _owner(token: Token | None, trigger: Token) -> Span | None:
    """Whose an actor is when a pronoun says so: "their forces", "his government"."""
    pronoun = next((c for c in children_of(token) if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None) if token is not None else None
    return _reporter_for(pronoun, trigger) if pronoun is not None else None


def _describes(token: Token) -> bool:
    """Whether a trigger stands in a clause that describes a participant or a circumstance of the
    sentence's act rather than reports an act: a relative clause ("Hamas, which advocates ..."), a
    participle after a noun ("roads leading to", "the curfew imposed in Sudan"), a gerund after a
    preposition ("accused X of supporting", "a proposal for signing"), an adverbial clause a
    conjunction opens ("if the US goes ahead", "as battles raged", "until a government takes over"),
    an infinitive of purpose and what it governs ("resigned to allow elections to take place"),
    what a participle of saying gives as the act's reason ("staged rallies, saying he must resign")
    unless it is an intent."""
    node = token
    while node.head.i != node.i:
        if _verbless_predicate(node):
            return False
        if node.dep_ in DESCRIPTIVE_CLAUSE_DEPS or (node.dep_ == "advcl" and any(c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ == "to") for c in children_of(node))):
            return True
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.lemma_.lower() in PLAIN_REPORTING:
            # "rejected calls for aid, saying it was withholding it": the reason given; an intent
            # said ("saying it would impose sanctions") is a threat or promise of its own
            return not _is_intent(token)
        node = node.head
    return False


def _background(event: EventCandidate) -> bool:
    """Whether an event noun stands after a preposition of time or cause ("during a summit",
    "over the new tariffs"): the setting of the sentence's act. Violence stays an event of its own,
    as event data code a killing wherever it is told ("after the killing of two nurses")."""
    return _in_setting(event.trigger.root) and event.type != "ASSAULT"


def _charged(event: EventCandidate, complaints: set[int]) -> bool:
    """Whether an event noun is what a complaint charges someone with: "accused Qatar of its
    support for extremists", "criticized her for her support of the war" (as a gerund there is
    the accusation's content: "accused X of supporting"). Violence stays an event of its own."""
    noun = event.trigger.root
    return (
        event.type != "ASSAULT" and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for")
        and noun.head.head.i in complaints
    )


def _in_setting(token: Token) -> bool:
    """Whether an event noun stands after a preposition of time or cause ("following the invasions")."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in CIRCUMSTANCE_PREPOSITIONS


def _reported_acts(events: list[EventCandidate]) -> list[EventCandidate]:
    """The acts each sentence reports: as event coders read a sentence, an event in a describing
    clause or in the setting of the act gives way to one in a main clause, and an event no one is
    named to make gives way to one with an actor ("Putin offered to negotiate ... following the invasions of Dagestan"),
    unless it is violence: event data code a killing whoever did it ("the death of a commander")."""
    by_sentence: dict[int, list[EventCandidate]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence.start, []).append(event)
    kept: set[int] = set()
    for group in by_sentence.values():
        complaints = {e.trigger.root.i for e in group if e.type in COMPLAINT_TYPES}
        main = [e for e in group if not _describes(e.trigger.root) and not _background(e) and not _charged(e, complaints)] or group
        made = [e for e in main if e.actor is not None or e.type == "ASSAULT"] or main
        kept.update(id(e) for e in made)
    return [e for e in events if id(e) in kept]


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
    """The verb's dictionary form: the small model lemmatises "staged" as "stag"."""
    lemma = token.lemma_.lower()
    if lemma in LIGHT_VERBS or lemma in dictionary().by_form:
        return lemma
    entries = dictionary().by_form.get(token.lower_)
    return entries[0].base if entries else lemma


def main_event(events: list[EventCandidate]) -> EventCandidate | None:
    """The event a one-sentence report is about: the main clause's, a verb before a noun; not one
    told as the setting of another ("offered to negotiate following the invasions")."""
    triggers = {e.trigger[0].i for e in events}

    def depth(token: Token) -> int:
        n = 0
        while token.head.i != token.i:
            token, n = token.head, n + 1
        return n

    def rank(token: Token) -> int:
        if token.dep_ == "xcomp" and token.head.i not in triggers:
            token = token.head  # "refused to deploy": the complement is its governor's act, in its mood
        return clause_rank(token)

    return min(
        events,
        key=lambda e: (_in_setting(e.trigger[0]), rank(e.trigger[0]), e.trigger[0].pos_ != "VERB", depth(e.trigger[0]), e.trigger.start),
        default=None,
    )


def _is_crowd(token: Token | None) -> bool:
    """Many people, not a named body: "protesters", "hundreds of thousands of people", "crowds"."""
    if token is None or token.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or token.pos_ == "PROPN":
        return False
    if token.like_num or token.lower_ in QUANTITY_NOUNS:
        return _can_act(token)
    return token.tag_ == "NNS" and _can_act(token, strict=True)


def _named_protesters(token: Token | None) -> bool:
    """Whether a doer is written as protesters, demonstrators or a crowd."""
    return token is not None and (token.lemma_.lower() in CROWD_NOUNS or token.lower_ in CROWD_NOUNS)


def _takes_to_the_streets(verb: Token) -> bool:
    """Whether a verb is one a crowd does on its own: the dictionary's protests (14x), rallying and marching."""
    coding = dictionary().code(verb) if verb.pos_ == "VERB" else None
    return coding is not None and coding.code is not None and coding.code.startswith("14") or verb_lemma(verb) in ("rally", "march")


def _is_throng(token: Token | None) -> bool:
    """A crowd by its numbers or its name: "thousands of people", "crowds", "protesters"."""
    return _is_crowd(token) and (token.like_num or token.lower_ in QUANTITY_NOUNS | CROWD_NOUNS or token.lemma_.lower() in CROWD_NOUNS)


def _rallies(verb: Token) -> bool:
    """Whether people rally, with no one they rally: "thousands rallied in Banja Luka" (the
    dictionary files "rally" with mobilising, as in "rallied supporters")."""
    return verb_lemma(verb) == "rally" and not any(c.dep_ == "dobj" for c in children_of(verb))


def _rallies_to_complain(verb: Token) -> bool:
    """Whether those who rally do so to protest or to demand: "rallied in Paris to protest against
    the rules", "rallied outside parliament, demanding his resignation", "rallied in Caracas
    against President Maduro"."""
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ == "against":
            return True
        if child.dep_ in PURPOSE_DEPS | {"xcomp"} and (is_infinitive(child) or child.tag_ == "VBG"):
            reading = EventFinder._coding(child)
            if reading is not None and reading[1].type in COMPLAINT_TYPES | {"REQUEST"}:
                return True
    return False


def _threatened(verb: Token) -> Token | None:
    """Whom a threat's condition names, when it names no one itself: "warned that it would
    respond with force if Washington kept up the drills" threatens Washington."""
    for clause in verb.subtree:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children_of(clause)):
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("i", "we", "you") and _can_act(subject, strict=True):
                return subject  # (not "if you're afraid of wolves" in what the speaker quotes)
    return None


def _attempted(verb: Token) -> bool:
    """"an attempt to assassinate the governor", "a bid to seize the port": the act was tried,
    which event data codes as the act (CAMEO's own 185 is "attempt to assassinate"); or decided
    by someone the decision names ("Georgia's decision to sever relations")."""
    if verb.dep_ != "acl":
        return False
    noun = verb.head.lemma_.lower()
    return noun in ATTEMPT_NOUNS or noun in DECISION_NOUNS and (any(c.dep_ == "poss" for c in children_of(verb.head)) or _agent(verb.head) is not None)


def _refusal(verb: Token) -> bool:
    return dictionary().family(verb) == REFUSAL_FAMILY and verb.lemma_.lower() not in DENYING_VERBS


def _refuses_something(verb: Token) -> bool:
    """Whether a verb of the family of refuse, reject and decline refuses: it has an object or a
    complement ("declined the offer", "refused to leave"), or someone who can refuse says no
    ("Iran refused"); not a fall ("emissions declined")."""
    children = list(children_of(verb))
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in children):
        return True
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return subject is not None and _can_act(subject, strict=True)


def _denied(verb: Token) -> bool:
    """"denied attacking the airfield", "denied that its troops had shelled the corridor": an act
    its maker says did not happen (a denial, not a refusal to act)."""
    head = verb.head
    return head.i != verb.i and head.lemma_.lower() in DENYING_VERBS and verb.dep_ in ("xcomp", "ccomp", "pcomp", "dobj")


def _defers(verb: Token, codings: dict[int, tuple[Coding, Plover]]) -> bool:
    """Whether a verb leaves its event to its complement: intent ("agreed to resign" is AGREE,
    "plans to impose" THREATEN) and refusal ("refused to lift" is REJECT) are moods of the act
    the complement names, unless a pattern of the verb itself names the pair ("urged ... to release")."""
    coded = codings.get(verb.i)
    if coded is not None and (not coded[0].by_default or coded[1].type not in DEFERRING_TYPES):
        return False  # "threatened to strike" is the threat; "urged ... to release" a pattern of "urge"
    return verb.lemma_.lower() in INTENT_HEADS | DECIDING_VERBS or _refusal(verb)


class EventFinder:
    @guarded("newsgraph_events")
    def __call__(self, doc: Doc) -> Doc:
        tokens = tokens_of(doc)
        tags = tags_of(doc)
        codings = {t.i: c for t, tag in zip(tokens, tags) if tag == "VERB" for c in [self._coding(t)] if c is not None}
        # verbs under "must"/"should": candidates for a demand reported as an obligation
        obligated = {t.head.i for t in tokens if t.dep_ == "aux" and t.lower_ in OBLIGATION and tags[t.head.i] == "VERB"}
        events: list[EventCandidate] = []
        for token, tag in zip(tokens, tags):
            if tag not in ("VERB", "NOUN"):  # events are predicates or event nouns
                continue
            event = self._event_at(token, codings, obligated)
            if event is not None:
                events.append(event)
        doc.user_data["events"] = _reported_acts(events)
        return doc

    @staticmethod
    def _coding(verb: Token) -> tuple[Coding, Plover] | None:
        coding = dictionary().code(verb)
        if coding is not None and coding.by_default and coding.words == 1 and verb_lemma(verb) in EMPTY_VERBS:
            return None  # "took a swipe", "held a banner": the object names the act, or a pattern or a phrasal entry ("take over") does
        if coding is not None and _is_going_to(verb):
            return None  # "we're going to beat him": the future, not a journey
        if coding is not None and _is_forecast(verb):
            return None  # "is expected to win": a forecast, not a hope the subject voiced
        if (coding is None or plover(coding.code) is None) and _deploys_forces(verb) and not _is_intent(verb):
            coding = Coding(MOBILIZE_FORCES, False, verb.lemma_.upper(), 1)  # "massed tanks on the border"
        reading = plover(coding.code) if coding is not None else None
        if reading is not None and reading.type in ("COOPERATE", "AID", "AGREE") and coding.code[:3] != PEACEKEEPING and _deploys_forces(verb) and not _is_intent(verb):
            # (a deployment promised stays the commitment it was read as: "will send more troops to Poland")
            coding = replace(coding, code=MOBILIZE_FORCES)
            reading = plover(MOBILIZE_FORCES)
        elif reading is not None and coding.by_default and (coding.family in RETREATING_FAMILIES or verb_lemma(verb) in SURRENDERING) and _forces_act(verb):
            # "the fighters pulled out of the town", "police withdrew from the square": forces
            # that pull back retreat militarily (0874), not the yielding the family's code says
            coding, reading = replace(coding, code=MILITARY_RETREAT), plover(MILITARY_RETREAT)
        elif reading is not None and coding.by_default and _rallies(verb) and (_is_throng(_subject(verb)) or _rallies_to_complain(verb)):
            # "thousands of supporters rallied in Niamey": a crowd rallying demonstrates, as the
            # dictionary's demonstrators and activists do ("- ACTIVISTS * [141]" under RALLIED);
            # so do any who rally to protest or to demand ("farmers rallied in Paris to protest")
            coding, reading = replace(coding, code=DEMONSTRATE), plover(DEMONSTRATE)
        elif coding is not None and coding.family == "EXPLAIN_VERBAL" and _directs(verb):
            # "Baghdad had told Turkey to withdraw its troops": one told to act is asked to (a
            # demand, 100), not the teller's own act ("ANNOUNCE * WITHDRAW", 0874, of the family)
            coding, reading = replace(coding, code=DEMAND, pattern=f"{verb_lemma(verb).upper()} * + TO"), plover(DEMAND)
        elif coding is not None and coding.by_default and verb_lemma(verb) == "call" and _calls_for_someone_to_act(verb):
            # "called for President Mugabe to step down": an appeal (02), not CAMEO's telephone call
            # (041) the dictionary gives "call" alone, as "called for early elections" is by pattern
            coding, reading = replace(coding, code=APPEAL_CODE, pattern="CALL * (FOR + TO)"), plover(APPEAL_CODE)
        elif reading is not None and verb_lemma(verb) == "order" and (expelled := _told_to_leave(verb)) is not None:
            # "ordered Venezuela's ambassador to leave the country": an envoy expelled, not a
            # demand made of them
            coding, reading = replace(coding, code=expelled), plover(expelled)
        elif reading is not None and verb_lemma(verb) == "order" and _deploys_forces(verb, ordered=True):
            # "ordered ten battalions to the border": forces moved; "ordered its troops home from
            # Iraq": withdrawn (0874); "ordered troops to fire" stays an order to act
            code = MILITARY_RETREAT if _sent_home(verb) else MOBILIZE_FORCES
            coding, reading = replace(coding, code=code), plover(code)
        return (coding, reading) if reading is not None else None

    def _event_at(self, token: Token, codings: dict[int, tuple[Coding, Plover]], obligated: set[int]) -> EventCandidate | None:
        if token.i not in obligated and token.i not in codings and (
            verb_lemma(token) not in LIGHT_VERBS if token.pos_ == "VERB" else self._noun_code(token) is None
        ):
            return None  # most tokens: no coding, no event noun (answered before reading the parse)
        governor = token.head if token.head.i != token.i else None
        if token.dep_ == "amod" and token.tag_ == "VBG":
            return None  # "commanding double-digit leads", "a growing threat": a participle that describes
        if token.i in obligated:
            obligation = self._obligation_event(token)
            if obligation is not None:
                return obligation
        if token.i in codings:
            coding, reading = codings[token.i]
            if coding.by_default and verb_lemma(token) in PLAIN_REPORTING:
                return None  # "claimed", "described": reporting a statement, not accusing
            # (a predicate telling of harm is what the act did: "shot dead", "beaten unconscious")
            predicates = [c for c in children_of(token) if c.dep_ in PREDICATIVE_DEPS and c.lemma_.lower() not in HARMED_STATES]
            if coding.by_default and (predicates or _names_its_object(token) or coding.words == 1 and _calls_names(token)):
                return None  # "went missing", "called him divisive", "called the senator 'the next Washington'": saying what something is, no act
            if coding.by_default and verb_lemma(token) in WANTING_VERBS and not _wants_another_to_act(token):
                return None  # "we need more businesses", "I want to win": a lack or a wish, asked of no one
            if coding.by_default and coding.family == REFUSAL_FAMILY and not _refuses_something(token):
                return None  # "emissions declined", "sales turned down sharply": a fall, nothing refused
            if _refusal(token) and _declines_comment(token):
                return None  # "declined to say who he backs": CAMEO's 012, a public statement, no PLOVER event
            if verb_lemma(token) == "vote" and (coding.code == ELECTION_REFORM or coding.by_default and _casts_a_ballot(token)):
                return None  # "I'd vote for him", "voted in the primary": a ballot, not an act between actors
            if reading.type == "ACCUSE" and "(FOR)" in coding.pattern and not any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(token)):
                return None  # "- * (FOR) [111]" is "attacked X for Y" ("X was attacked for Y"): "fought for our rights" criticizes no one
            if _it_comes_to(token):
                return None  # "when it comes to Wall Street reform": a topic, no visit
            if verb_lemma(token) == "fire" and any(c.dep_ == "dobj" and _is_person(c) for c in children_of(token)):
                return None  # "Emanuel fired McCarthy, the Chicago police chief": a dismissal, no shot
            if coding.by_default and coding.code == DISAPPROVE and not _at_someone(token):
                return None  # "'...,' he argued", "competing in the establishment lane": a contest with no one named
            if coding.by_default and coding.family == "INSIST" and _states_a_claim(token):
                return None  # "insisted that he has expanded the party": a claim; "insists the GOP must" asks
            if coding.by_default and verb_lemma(token) == "fail" and not any(c.dep_ == "xcomp" and c.i in codings for c in children_of(token)):
                return None  # "the polls failed to predict", "candidates had failed": nothing refused
            if coding.by_default and coding.code.startswith("03") and _intends_no_act(token, codings):
                return None  # "she plans to root for Iowa", "sought to distinguish himself": an aim that involves no one
            if _found_by_a_poll(token):
                return None  # "early polls show voters rejecting Trump": what a survey measured, no act
            if reading.type in OPINION_TYPES | {"REJECT"} and _electorate(_doer(token)) and not _in_a_referendum(token):
                return None  # "black voters overwhelmingly support the president": a preference counted, no act
            if reading.type in FORCE_TYPES and _struck_by_nature(token):
                return None  # "an earthquake struck Baku, killing 26 people": a disaster, no attack
            if coding.by_default and reading.type in FORCE_TYPES and _figurative_force(token):
                return None  # "seized on the issue", "beat Trump in the primary", "the ads targeting Clinton": no force used
            if coding.by_default and coding.code == RELEASE and _publishes(token):
                return None  # "released a robocall", "released 1,100 pages of emails": published, no one freed
            if coding.by_default and reading.type == "AID" and _makes_possible(token):
                return None  # "helped shore up her appeal", "help elect Kloppenburg": what it furthered, no aid given
            if coding.by_default and reading.type == "REQUEST" and _does_it_itself(token):
                return None  # "conservatives need to band together": what they must do, asked of no one
            if coding.by_default and reading.type == "REQUEST" and not coding.code.startswith("10") and _asks_for_nothing(token):
                return None  # "Todd asked Pence whether ...", "Mrs. Clinton asked.": a question, not a request
            if coding.by_default and reading.type == "REQUEST" and _only_somewhere(token):
                return None  # "Cruz will campaign in Orlando on Friday": a tour, asked of no one
            if coding.by_default and (reading.type in OPINION_TYPES or coding.code == DISAPPROVE) and not coding.code.startswith("10") and _states_a_claim(token) and not (
                verb_lemma(token) == "allege" and _names_a_culprit(token)
            ):
                # "progressives agree his math doesn't add up", "suggested the attacks highlight the
                # threat": an opinion, a statement's (a demand's clause, CAMEO's 10, is what it asks)
                return None
            if token.dep_ == "xcomp" and governor is not None and governor.i in codings and not _defers(governor, codings):
                return None  # "urged Iran to release ...": the content of the governing act
            if token.dep_ == "ccomp" and governor is not None and governor.i in codings and codings[governor.i][1].type == "REQUEST":
                return None  # "demanded that Israel ease restrictions": what is asked for, not done
            gathered = governor is not None and (governor.i not in codings or codings[governor.i][0].by_default and codings[governor.i][1].type in GATHERING_TYPES)
            if token.dep_ in PURPOSE_DEPS and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)) and not _attempted(token) and not _is_intent(token):
                if reading.type in COMPLAINT_TYPES | {"REQUEST"} and gathered and _is_crowd(_subject(governor)):
                    # "hundreds of thousands poured onto the streets to denounce the junta",
                    # "formed a human chain to demand ...", "gathered outside the court to
                    # condemn": a crowd out to complain or demand is a demonstration, whatever it
                    # did to get there (gathering alone meets no one)
                    return self._verb_event(token, plover(DEMONSTRATE), replace(coding, code=DEMONSTRATE))
                return None  # "marched to protest the decision": an aim of the act, not an act
            if (token.dep_ == "advcl" and token.tag_ == "VBG" and reading.type in COMPLAINT_TYPES | {"REQUEST"} and gathered
                    and _is_throng(_subject(governor))):
                # "thousands gathered outside parliament, demanding his resignation": as above (a
                # few ministers who met, "calling for a ceasefire", are no demonstration)
                return self._verb_event(token, plover(DEMONSTRATE), replace(coding, code=DEMONSTRATE))
            if (token.dep_ == "advcl" and token.tag_ == "VBG" and reading.type in VERBAL_TYPES and governor is not None
                    and governor.i in codings and not any(c.dep_.startswith("nsubj") for c in children_of(token))):
                return None  # "demonstrated, calling for independence": what the act says, not another act
            if _defers(token, codings) and any(c.dep_ == "xcomp" and c.i in codings for c in children_of(token)):
                return None  # "agreed to resign", "refused to lift": the complement's event, in its mood
            if self._tells_of_its_subject(token, reading):
                return None  # "fighting erupted", "talks resumed": the event is the subject's, a noun's
            if coding.by_default and self._other_act_in_phrase(token, reading):
                return None  # "went on strike": the noun tells the act, not the verb ("agreed on a deal" does)
            if coding.by_default and verb_lemma(token) in DECREEING_VERBS | PROMISING_VERBS:
                decreed = self._light_verb_event(token)
                # "approved sanctions on the generals", "vowed retaliation": the act decreed, the
                # harm vowed (aid pledged stays a pledge)
                if decreed is not None and (verb_lemma(token) in DECREEING_VERBS or decreed.type == "THREATEN"):
                    return decreed
            return self._verb_event(token, reading, coding)
        if token.pos_ == "VERB":
            return self._light_verb_event(token)
        if token.pos_ == "NOUN" and self._noun_code(token) is not None:
            if _names_no_act(token) or _electorate(_maker(token) or _agent(token)):
                return None  # "strong support from conservative voters": a preference counted
            share = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
            role = token
            if share is not None and share.lemma_.lower() in PARTITIVES and share.head.i != share.i:
                role, governor = share, share.head  # "suspended part of its aid": the verb's object
            if governor is not None and role.dep_ in ("dobj", "nsubjpass") and (governor.i in codings or verb_lemma(governor) in LIGHT_VERBS):
                return None  # the verb's event: "imposed sanctions", "condemned the attack"
            code = self._noun_code(token)
            return self._noun_event(token, plover(code), code, codings)
        return None

    def _complained_of(self, verb: Token) -> Token | None:
        """"complained to the UN over two Israeli air raids", "protested to Beijing about Chinese
        patrols": a complaint with no object of its own is aimed at whose act it is about, not at
        whom it is lodged with."""
        if any(c.dep_ == "dobj" for c in children_of(verb)):
            return None
        for child in children_of(verb):
            if child.dep_ != "prep" or child.lower_ not in GRIEVANCE_PREPOSITIONS:
                continue
            for act in (g for g in children_of(child) if g.dep_ == "pobj" and self._noun_code(g) is not None):
                maker = _maker(act) or next(
                    (m for m in children_of(act) if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG")), None)
                if maker is not None:
                    return maker
        return None

    def _tells_of_its_subject(self, verb: Token, reading: Plover) -> bool:
        """Whether ``verb`` only tells that the event its subject names happens: an event noun of
        the same type, and no object of the verb's own ("the attack killed 80" is an act of its own)."""
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ == "dobj" for c in children_of(verb)):
            return False
        code = self._noun_code(subject)
        return code is not None and plover(code).type == reading.type

    def _other_act_in_phrase(self, verb: Token, reading: Plover) -> bool:
        """Whether ``verb`` has a conflictual event noun in its "on" or "into" phrase and is no
        conflict itself: "went on strike", "went into battle" ("agreed on a deal" is an agreement)."""
        if reading.type in CONFLICTUAL:
            return False
        codes = [self._noun_code(o) for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in ("on", "into")
                 for o in children_of(p) if o.dep_ == "pobj"]
        return any(code is not None and plover(code).type in CONFLICTUAL for code in codes)

    @staticmethod
    def _noun_code(noun: Token) -> str | None:
        code = NOUN_CODES.get(noun.lower_) or NOUN_CODES.get(noun.lemma_.lower())
        if code is not None and noun.lemma_.lower() == "strike" and any(c.lower_ in MILITARY_MODIFIERS for c in children_of(noun) if c.i < noun.i):
            return MILITARY_STRIKE
        if code == MILITARY_STRIKE and _walkout(noun):
            return WALKOUT
        return code

    def _light_verb_event(self, verb: Token) -> EventCandidate | None:
        """"issued an ultimatum", "vowed retaliation": the object names the event."""
        if verb_lemma(verb) not in LIGHT_VERBS:
            return None
        # "carried out a wave of airstrikes": a run of acts is those acts
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        if not objects and _is_passive(verb):  # "the killing of Haniyeh was carried out by Israel"
            objects = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
        objects += [o for c in objects if c.lemma_.lower() in CONTAINERS for o in _measured(c)]
        noun = next((c for c in objects if self._noun_code(c) is not None), None)
        code = self._noun_code(noun) if noun is not None else None
        if noun is None:
            # "held joint military flights", "carried out a joint operation": what sides do
            # together is material cooperation (CAMEO 060, military 062)
            noun = next((c for c in objects if any(m.lower_ == "joint" and m.dep_ == "amod" for m in children_of(c))), None)
            if noun is None or verb_lemma(verb) not in DOING_VERBS:  # "issued a joint statement" says
                return None
            military = any(m.lower_ in MILITARY_MODIFIERS | {"naval", "border"} for m in children_of(noun))
            code = MILITARY_COOPERATION if military else MATERIAL_COOPERATION
        reading = plover(code)
        if verb_lemma(verb) in PROMISING_VERBS and reading.type in CONFLICTUAL:
            reading = Plover("THREATEN", None, reading.context)  # "vowed retaliation"; "vowed continued support" stays SUPPORT
        event = self._verb_event(verb, reading, Coding(code, False, noun.lemma_.lower().upper(), 1), target_from=noun)
        if event is not None and noun.i > verb.i:  # a passive's trigger stays its verb
            event.trigger = verb.doc[verb.i : noun.i + 1]
        return event

    def _obligation_event(self, verb: Token) -> EventCandidate | None:
        """"The administration declared that China must drop barriers": a demand on China."""
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
            pattern=f"{verb.lemma_.upper()} with {'/'.join(sorted(OBLIGATION)).upper()}",
        )

    def _verb_event(self, verb: Token, reading: Plover, coding: Coding, target_from: Token | None = None) -> EventCandidate | None:
        doc = verb.doc
        lemma = verb_lemma(verb)
        type_ = reading.type
        if target_from is None:  # "vowed continued support for Assad", "imposed sanctions on Iran"
            # the object names the act itself (an event noun, or the words of the pattern that
            # coded the verb: "granted asylum to", "imposed martial law on"): the target is beyond it
            # ("extradited the suspect X to Britain": a pattern's word for a person names the target)
            target_from = next((c for c in children_of(verb) if c.dep_ == "dobj" and (
                (coding.object_is_act and not _can_act(c, strict=True)) or self._noun_code(c) is not None)), None)
            if target_from is not None and target_from.lemma_.lower() in CONTAINERS:
                # "staged a series of raids on army posts": the acts' target hangs on the acts
                target_from = next(iter(_measured(target_from)), target_from)
        sides = None
        if _is_passive(verb) and dictionary().family(verb) in FEELING_FAMILIES:
            # "we're saddened", "advocates have been outraged by the raids": the subject feels; a
            # feeling aimed at someone ("outraged by Trump") disapproves of them, else it is no act
            cause = _agent(verb)
            if cause is None or not _can_act(cause, strict=True):
                return None
            actor_token, target_token = next((c for c in children_of(verb) if c.dep_ in ("nsubjpass", "nsubj")), None), cause
        elif _is_passive(verb):
            actor_token = _agent(verb) or _agent_hung_on_a_phrase(verb)
            target_token = next((c for c in children_of(verb) if c.dep_ in ("nsubjpass", "nsubj")), None)
            if target_token is not None and (self._noun_code(target_token) is not None or coding.object_is_act and not _can_act(target_token, strict=True)):
                # "Sanctions were imposed on Iran by the EU": the subject names the act; its
                # target is whom the act's phrase names. An act with a maker of its own ("The
                # arrest of two journalists by the police was confirmed by the ministry") is the
                # maker's, done to whom it is "of"; who confirms it only reports it
                maker = _agent(target_token, deep=True)
                if maker is not None and _can_act(maker, strict=True):
                    actor_token = maker
                    target_token = next((m for m in _measured(target_token) if _can_act(m)), target_token)
                else:  # "the killing of Haniyeh was carried out by Israel": done to whom it is "of"
                    target_token = _object(verb, TARGET_PREPOSITIONS) or next(
                        (m for m in _measured(target_token) if _can_act(m) or type_ in FORCE_TYPES), target_token)
            if target_token is not None and type_ in HANDING_TYPES | {"RETREAT"} and not _can_act(target_token, strict=True):
                # "Emergency rations were airdropped over Deir al-Zor by the WFP", "Radar data is
                # shared with the EU's naval force by the Indian navy": a thing handed goes to whom
                # (or where) its phrase names
                target_token = _object(verb, HANDED_TO_PREPOSITIONS, type_=type_) or target_token
            if target_token is None and verb.dep_ == "conj":  # "were arrested and later released"
                target_token = next((c for c in children_of(verb.head) if c.dep_ == "nsubjpass"), None)
            if target_token is None and verb.dep_ == "advcl":
                if actor_token is None:
                    return None  # "Asked about the plan, Roe said": by no one named, the setting of what Roe did
                target_token = _subject(verb.head)  # "Backed by Iran, the rebels took the town"
            if actor_token is None and type_ == "MOBILIZE" and target_token is not None and _can_act(target_token, strict=True):
                # "Iraqi police were deployed across Baghdad", "reservists were called up": forces
                # put on alert or deployed are their own side's show of force, not its target
                actor_token, target_token = target_token, None
        else:
            actor_token = _author_of(_subject(verb))
            target_token = None
            if target_from is not None:
                # what aid is "of" is what is given ("$2 million of its reserves", "doses of vaccine")
                of_target = NOUN_TARGET_PREPOSITIONS if type_ != "AID" else tuple(p for p in NOUN_TARGET_PREPOSITIONS if p != "of")
                target_token = _answered_maker(verb, target_from, type_) or _object(target_from, of_target)
            # a meeting's verbs are mostly of motion: where one comes from is no one met ("come from
            # anti-Castro families", "went from 166 in May to 139")
            met = MEETING_PREPOSITIONS if type_ in INTERACTIONS and coding.by_default else TARGET_PREPOSITIONS
            if target_token is None and type_ in COMPLAINT_TYPES:
                target_token = self._complained_of(verb)
            target_token = target_token or _object(verb, met, skip=target_from, type_=type_)
            if target_token is None and type_ not in INTERACTIONS:
                # a meeting's verbs are mostly of motion ("arrived and arrested them"): no object
                target_token = _raised_object(verb)
            if target_token is None and target_from is not None:
                # "opened fire to disperse the demonstrators": at whom the act is aimed, else the act
                target_token = _purpose_object(verb) or target_from
            if target_token is None and _is_actor(actor_token) and (between := _between(verb)) is not None:
                target_token = between[0]  # "Algeria mediated between Mali's government and the rebels"
            if target_token is None and not coding.by_default:
                # whom a pattern's act lets or bids act, whom the parse makes the infinitive's
                # subject: "allowed a U.N. aid convoy to enter Madaya" (not what one wants or
                # expects another to do: "wants Turkey to close its borders")
                target_token = next((s for c in children_of(verb) if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                                     for s in children_of(c) if s.dep_ == "nsubj" and _is_actor(s)), None)
            if type_ in FORCE_TYPES and target_token is not None:
                target_token = _victims(verb, target_token) or target_token
            if type_ == "MOBILIZE" and target_token is not None and (_are_forces(target_token) or target_token.lemma_.lower() in FRONTIER_NOUNS):
                target_token = _faced(verb, target_token)
            if type_ == "THREATEN" and target_token is None:
                # the parse may hang what is threatened on the threat as a clause of its own:
                # "threatened on Sunday to use military force against Armenia"
                threat = next((c for c in children_of(verb) if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
                target_token = _object(threat) if threat is not None else None
            if type_ == "THREATEN" and target_token is None:
                target_token = _threatened(verb)
            if type_ in ("REQUEST", "ACCUSE") and target_token is None:
                # "demanded that the US cancel plans": the demand is on the clause's subject;
                # "charged that President Sall was trying to cling to power": the charge too
                clause = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
                target_token = _subject(clause) if clause is not None else None
                if type_ == "ACCUSE" and target_token is not None and not _can_act(target_token, strict=True):
                    target_token = None  # "alleged that the vote was rigged": no one charged
            sides = _sides(verb, actor_token, type_) or _fighting_sides(verb, actor_token, type_, target_token, coding)
            if sides is not None:
                actor_token, target_token = sides
        actor_token, target_token = antecedent_of(actor_token), antecedent_of(target_token)
        if target_token is not None and not _is_actor(target_token):
            target_token = _maker(target_token) or target_token  # "rejected calls by Kofi Annan"
            if not _is_passive(verb) and not _is_actor(target_token):
                target_token = _actor_beyond(verb, target_token) or target_token
        if coding.reversed:  # "appeared in court": the subject undergoes the act, from whoever does it
            actor_token, target_token = _giver(verb), actor_token
        if coding.by_default and coding.reversed and not _tells_of_force(verb):
            return None  # "the former president died on Sunday at 94": a death, no act of force
        # a pledge to act needs no other party ("the army pledged to end emergency rule"); a plan,
        # an aim or a wish ("seeks to", "intends to") still does
        committed = coding.family in PLEDGING_FAMILIES and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children_of(verb))
        if coding.by_default and not committed and not _takes_part(actor_token, target_token, reading.type):
            return None
        if committed and target_token is not None and not _can_act(target_token, strict=True):
            target_token = None  # what is pledged ("to cut the budget deficit") is no party to it
        if coding.code[:3] in VISITS and not _is_actor(actor_token):
            return None  # a visit is someone's: "cutbacks could lead to layoffs", "polls conducted for the AP"
        if MONEY_SET in coding.pattern and not (_is_actor(actor_token) and _is_actor(target_token)):
            # money changes hands between parties: a sum raised, earned or spent that goes to or
            # comes from no one named is no act ("Sanders raised $20 million in January", "the
            # hedge fund titan earns billions")
            return None
        if _is_journey(coding) and not _reaches_a_place(verb):
            return None
        yielder = actor_token
        if actor_token is not None and actor_token.pos_ == "PRON" and (reporter := _reporter_for(actor_token, verb)) is not None:
            yielder = reporter.root  # "North Korea said it would allow inspectors to return": the state yields
        if coding.by_default and coding.code == YIELD and not _is_body(yielder) and not _is_actor(target_token) and not (
            coding.family in RETREATING_FAMILIES and _can_act(actor_token, strict=True)
        ):
            # "it allows us to question", "passed three background checks": yielding is to someone,
            # or by a state or body ("Israel allowed aid convoys to enter Gaza"); forces pull back
            # from a place ("the fighters pulled out of the town")
            return None
        if type_ == "PROTEST":
            target_token = _protest_target(verb, target_token, coding.object_is_act)
        if actor_token is None and target_token is None:
            return None
        studied = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if (coding.by_default and coding.code in (INVESTIGATE, DISAPPROVE) and studied is not None and not _can_act(studied, strict=True)
                and self._noun_code(studied) is None and _maker(studied) is None):
            # "officials studied potential sites", "examined the data": no one investigated, unlike
            # "alleged war crimes by Croatian extremists"; "Rubio opposes abortion": a stance on an
            # issue, no one disapproved of
            return None
        negated = _negated(verb)
        intent = _is_intent(verb)
        if intent and _is_conditional(verb, COERCIVE_MARKS):
            type_ = "THREATEN"  # "will withdraw its force unless ...": a promise made to coerce is a threat
        elif intent and (type_ in COOPERATIVE - {"AGREE"} or (verb.head.lemma_.lower() in COMMITMENT_VERBS and type_ not in CONFLICTUAL)):
            type_ = "AGREE"  # "will send aid"; "agreed to postpone the rally": what is agreed to is agreed
        elif intent and type_ in CONFLICTUAL:
            type_ = "THREATEN"
        if coding.by_default and lemma in COMMITMENT_VERBS and type_ in COOPERATIVE and _has_complement(verb):
            type_ = "AGREE"  # "agreed to undertake exercises", "agreed upon a pact": a commitment
        if verb.dep_ == "xcomp" and _refusal(verb.head):
            type_ = "REJECT"  # "refused to lift the curfew"
        refused = type_ == "AGREE" and negated
        if refused:
            # "will not release the prisoners", "said it would not negotiate": a refusal, made (not
            # negated, and no less real for the "would" that reports it)
            type_, negated = "REJECT", False
        if type_ == "SUPPORT" and _mentions_material(verb):
            type_ = "AID"
        if type_ == "ASSAULT" and _said_attack(verb, actor_token, target_token):
            type_ = "ACCUSE"
        if type_ == "ASSAULT" and coding.by_default and _named_protesters(actor_token):
            type_ = "PROTEST"  # "protesters stormed the parliament", "demonstrators hurled stones": a riot (145)
        if type_ == "AID" and (_between_people(verb, actor_token, target_token, DEFENDING_FAMILIES) or _defended_saying(verb, coding)):
            type_ = "SUPPORT"  # "Biden defended Bernie Sanders as a mainstream candidate": in words
        if type_ == "ASSAULT" and _between_people(verb, actor_token, target_token, CONTEST_FAMILIES, any_doer=True):
            return None  # "Bradley defeated Judge Kloppenburg", "the way to defeat Donald Trump": a contest won
        if type_ in TALLY_TYPES and _tells_a_tally(verb) and not _tells_of_force(verb):
            return None  # "Clinton leads Sanders 49 percent to 41", "Sanders would beat him 53 percent to 36"
        if lemma in TERRITORIAL and type_ in MATERIAL_CONFLICT and _won_by_a_person(verb, actor_token, target_token):
            return None  # "Trump captured Georgia and Alabama": a vote won, no place seized
        place = None
        if lemma in TERRITORIAL and target_token is not None and target_token.ent_type_ in ("GPE", "LOC", "FAC"):
            place = _phrase(target_token)
        hypothetical = (
            any(c.lower_ in HYPOTHETICAL_MARKERS for c in children_of(verb)) and not refused or _is_conditional(verb) or _awaited_condition(verb)
            or verb.dep_ == "xcomp" and _is_forecast(verb.head)  # "is expected to sign": not yet done
            or _passed_over(verb)
        )
        if type_ == "THREATEN":
            # "threatened to launch an offensive if ...", "will withdraw unless ...": what is
            # threatened is conditional, the threat is made
            hypothetical = _passed_over(verb)
        actor = _side_phrase(actor_token, target_token) if sides is not None else _actor_phrase(actor_token, verb)
        if actor is None and target_token is None:
            return None
        if coding.by_default and dictionary().family(verb) in FORECAST_FAMILIES and (
            target_token is None or target_token.head.lower_ in ("in", "at")
        ):
            return None  # "we expect to do well in Iowa": a forecast about no one ("expects aid from the US" awaits someone)
        if actor is None and type_ in MATERIAL_CONFLICT:
            # "died in a Russian missile strike": the act of force it happened in is its maker's
            attack = _instrument(verb, None, ATTACK_NOUNS)
            actor = _actor_phrase(attack, verb) if attack is not None else None
        instrument = _instrument(verb, actor_token) if actor is None and type_ == "ASSAULT" else None
        return EventCandidate(
            type_, doc[verb.i : verb.i + coding.words],
            actor,
            _coordinated(target_token) if target_token is not None else None,
            place, negated, hypothetical, verb.sent,
            **_coded(reading, type_, coding.code, coding.pattern),
            instrument=_struck_where(instrument, verb) if instrument is not None else None,
            owner=_owner(actor_token, verb) if actor is not None else None,
        )

    def _noun_event(self, noun: Token, reading: Plover, code: str, codings: dict[int, tuple[Coding, Plover]]) -> EventCandidate | None:
        doc = noun.doc
        type_ = reading.type
        if noun.lemma_.lower() in DEATH_NOUNS and not any(t.i != noun.i and (t.lemma_.lower() in VIOLENCE_WORDS - DEATH_NOUNS or _names_force(t)) for t in noun.sent):
            return None  # "Justice Scalia's death", "the death of his son": a death, no killing told
        actor_token = _agent(noun, deep=True) or _made_by(noun)
        target_prepositions = NOUN_TARGET_PREPOSITIONS
        if actor_token is None and type_ in GIVEN_TYPES and not _listed_in_event(noun):
            # "an appeal from the president", "demands from Shona rebels", "aid from Iran": what is
            # said or given comes from its maker (a withdrawal "from Lebanon" leaves a place)
            actor_token = _from_maker(noun)
            if actor_token is not None:
                target_prepositions = tuple(p for p in NOUN_TARGET_PREPOSITIONS if p != "from")
        target_token = _object(noun, target_prepositions)
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on", "into", "for", "with") and noun.head.head.pos_ in ("VERB", "AUX"):
            # "have been in retreat", "remained on alert", "return ... for talks", "responded with
            # airstrikes": the clause's subject acts; not the one who speaks of the act ("blamed
            # India for the attack")
            # not who undergoes it: "twelve died in an air strike", "were wounded in a raid"
            clause = noun.head.head
            judged = codings.get(clause.i)
            undergone = _is_passive(clause) or (judged is not None and judged[0].reversed and judged[1].type in MATERIAL_CONFLICT)
            if not undergone and (judged is None or judged[1].type not in JUDGING_TYPES) and not (noun.head.lower_ == "with" and (judged is not None or type_ not in FORCEFUL_TYPES)):
                # (an act of its own tells what comes "with" it: "threatened Minsk with sanctions";
                # support, criticism or demands "with" an act may be anyone's: "won with evangelical support")
                actor_token = actor_token or _subject(clause)
        elif (
            actor_token is None and noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE_PREPOSITIONS
            and noun.head.head.pos_ == "VERB" and not _is_passive(noun.head.head)
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(noun))
        ):
            # "retook the village after fierce fighting with guerrillas", "signed the accord after
            # talks with the rebels": a fight or talks with someone, told as the setting of the
            # clause's act, are its subject's
            actor_token = _subject(noun.head.head)
        if actor_token is not None and actor_token.lower_ in POSSESSIVE_PRONOUNS and noun.dep_ == "dobj":
            # "the union repeated its demand", "Serbia announced its withdrawal": the subject's own act
            actor_token = _subject(noun.head) or actor_token
            if not _is_actor(target_token):
                target_token = _actor_beyond(noun.head, noun) or target_token  # "its demand that the ministry ..."
        sides = None
        if actor_token is None and type_ in RECIPROCAL_TYPES:
            # the phrase may hang on the verb the noun is the subject of: "clashes erupted between ..."
            sides = _between(noun) or (_between(noun.head) if noun.dep_ == "nsubj" else None)
            if sides is not None:
                actor_token, target_token = sides
        if type_ == "CONSULT" and sides is None and actor_token is not None and (
            target_token is None or target_token.ent_type_ in PLACE_LABELS or not _can_act(target_token, strict=True)
        ):
            # "X and Y sat down for talks on the sidelines of a summit in Bali": those who meet
            # meet each other, not where they do, as "X and Y met in Beijing" (_fighting_sides)
            other = _partner(actor_token)
            if other is not None and _can_act(other, strict=True) and _can_act(actor_token, strict=True):
                sides = actor_token, other
                actor_token, target_token = sides
        actor_token, target_token = antecedent_of(actor_token), antecedent_of(target_token)
        if type_ == "PROTEST" and _campaign_rally(noun, actor_token, target_token):
            return None
        if type_ in TALLY_TYPES and _tells_a_tally(noun) and not _tells_of_force(noun):
            return None  # "Obama's 34 percent support", "90 percent support for background checks"
        if type_ == "PROTEST":
            target_token = _protest_target(noun, target_token, by_clause=actor_token is not None)
        if actor_token is None and target_token is None:
            return None
        if type_ == "SUPPORT" and _mentions_material(noun):
            type_ = "AID"
        if type_ == "ASSAULT" and _said_attack(noun, actor_token, target_token):
            type_ = "ACCUSE"
        place = None
        if noun.lemma_ in TERRITORIAL and target_token is not None and target_token.ent_type_ in ("GPE", "LOC", "FAC"):
            place = _phrase(target_token)
        negated = any(c.dep_ == "neg" for c in children_of(noun.head)) if noun.head.i != noun.i else False
        return EventCandidate(
            type_, doc[noun.i : noun.i + 1],
            _side_phrase(actor_token, target_token) if sides is not None else _actor_phrase(actor_token, noun),
            _coordinated(target_token) if target_token is not None else None,
            place, negated, False, noun.sent,
            **_coded(reading, type_, code, noun.lower_.upper()),
        )


def _names_no_act(noun: Token) -> bool:
    """An event noun in a sense that is no act: "a great deal of confidence" (an amount), "Trump's
    appeal to working-class whites" (his draw: an appeal that asks has a "for", a maker "from", an
    infinitive or a clause: "an appeal for calm", "an appeal from the bishops", "an appeal to the
    UN to lift sanctions")."""
    lemma = noun.lemma_.lower()
    if lemma == "deal" and any(c.lower_ in ("great", "good") for c in children_of(noun)):
        return True
    if lemma == "appeal":
        return not any(c.dep_ in ("acl", "ccomp", "relcl") or (c.dep_ == "prep" and c.lower_ in ("for", "from")) for c in children_of(noun))
    return False


def _listed_in_event(noun: Token) -> bool:
    """"support for Assad, including financial aid ... from the IRGC": a part an event noun lists
    is told with that event, not as one of its own."""
    node = noun
    while node.dep_ in ("conj", "appos", "pobj", "prep") and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in LISTING_PREPOSITIONS:
            # the list hangs on the event noun or on its measure: "years of support, including ..."
            return any(t.lemma_.lower() in NOUN_CODES for t in [node.head, *_measured(node.head)])
        node = node.head
    return False


def _measured(thing: Token) -> list[Token]:
    """What a noun is a measure or a part of: "pages" of "1,100 pages of emails", "years" of "years
    of support"."""
    return [g for c in children_of(thing) if c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"]


def _from_maker(thing: Token) -> Token | None:
    return next(
        (g for c in children_of(thing) if c.dep_ == "prep" and c.lower_ == "from" for g in children_of(c)
         # a state or its capital gives ("aid from the United Arab Emirates", "from Tehran"); a
         # town or region is where from
         if g.dep_ == "pobj" and _can_act(g) and (g.ent_type_ not in PLACE_LABELS or (g.ent_type_ == "GPE" and (
             not _is_city(g) or fold(g.text) in gazetteer().capitals)))),
        None,
    )


def _maker(thing: Token) -> Token | None:
    """Whose act or words a thing is: "rejected calls by Kofi Annan", "dismissed criticism from
    Giles", "denounced Serbia's suppression of ...": the one a response is aimed at."""
    for child in children_of(thing):
        if child.dep_ == "poss" and child.pos_ != "PRON" and _can_act(child, strict=True):
            return child
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            found = next((g for g in children_of(child) if g.dep_ == "pobj" and _can_act(g)), None)
            if found is not None:
                return found
    return None


def _answered_maker(verb: Token, thing: Token, type_: str) -> Token | None:
    """Whose act or thing the object of an act is, when that is whom the act is aimed at: a word
    answers its maker ("condemned Serbia's crackdown in Kosovo", "condemned Israel's attack on
    Gaza": Serbia, Israel), and a thing taken or held is its owner's ("froze Iran's assets in
    Europe") unless it is handed to someone ("sent the EU's aid to Sudan"). Only an owner or a
    "by" agent makes it: "the withdrawal of troops from Bosnia" is the troops'. A tie has two
    sides: "improve the party's relationship with Trump" is aimed at Trump."""
    maker = _maker(thing)
    if maker is None or maker.ent_type_ in NOT_TARGETS or maker.head.lower_ == "from":
        return None  # "last week's attack"
    if thing.lower_ not in NOUN_CODES and any(c.dep_ == "prep" and c.lower_ == "with" and any(_is_actor(g) for g in children_of(c)) for c in children_of(thing)):
        return None
    if type_ in VERBAL_TYPES:
        return maker
    handed = any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPOSITIONS) for c in children_of(verb)) or any(
        c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPOSITIONS for c in children_of(thing))
    return None if handed else maker


def _actor_beyond(verb: Token, thing: Token) -> Token | None:
    """Who an act is done to when what it names is a thing: an actor among the verb's other
    objects ("impose restrictions on its labour market for new EU members") or the thing's own
    ("delivered $50,000 worth of goods to the university"), the subject of a clause the thing
    states ("reiterated its demand that Israel ease ..."), or of the condition the act is made
    on ("threatened to stop negotiations if the United States goes ahead"): whom it presses."""
    # and the other side of what is shared: "withdrew from talks with the government", "pulled out of the deal with Iran"
    recipients = [g for c in children_of(thing) if c.dep_ == "prep" and c.lower_ in (*RECIPIENT_PREPOSITIONS, "with") for g in children_of(c) if g.dep_ == "pobj"]
    for found in (_object(verb, skip=thing), *recipients):
        if found is not None and found.i != thing.i and _is_actor(found):
            return found
    # the parse hangs "that ..." on the thing or on the verb
    clauses = [c for c in children_of(thing) if c.dep_ in ("ccomp", "acl")] + [c for c in children_of(verb) if c.dep_ == "ccomp"]
    stated = next((c for c in clauses if c.pos_ in ("VERB", "AUX")), None)
    # a condition hangs on the verb or on the complement saying what is threatened or offered
    conditions = [c for v in (verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")) for c in children_of(v)
                  if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in children_of(c))]
    for clause in ([stated] if stated is not None else []) + conditions:
        subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if _is_actor(subject) and subject.pos_ != "PRON":
            return subject
    return None


def _raised_object(verb: Token) -> Token | None:
    """The object two verbs share, written once after the second: "donated and delivered goods to
    the school", "condemned and rejected the plan" (the parse gives it to the second only)."""
    partner = next((c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if partner is None or any(c.dep_.startswith("nsubj") for c in children_of(partner)):
        return None
    between = verb.doc[verb.i + 1 : partner.i]
    if not all(t.dep_ in ("cc", "advmod", "neg") for t in between):
        return None
    found = _object(partner)
    if found is not None and not _is_actor(found):
        found = _actor_beyond(partner, found)
    return found


def _has_complement(verb: Token) -> bool:
    """"agreed to resign", "agreed on/upon/to a plan": the verb names what is committed to."""
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")) for c in children_of(verb))


def _instrument(verb: Token, subject: Token | None, weapons: frozenset[str] = WEAPON_NOUNS) -> Token | None:
    """The weapon named where an attack's actor would be: its subject or "by" agent ("a roadside
    bomb killed", "killed by a mine"), or "killed in a car bomb explosion"."""
    found = [subject] if subject is not None else []
    found += [g for c in children_of(verb) if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by") for g in children_of(c) if g.dep_ == "pobj"]
    return next((t for t in found if t.lemma_.lower() in weapons or t.lower_ in weapons), None)


def _struck_where(weapon: Token, verb: Token) -> Span:
    """The weapon's words with the place it struck, which stand for its unnamed makers as event
    coders write them ("a roadside bombing near the town of Samarra", "an explosive device outside
    of the Iraqi city of Basra"): the weapon's own locative phrase, else the verb's right after it."""
    doc = weapon.doc
    end = weapon.i + 1
    places = [c for c in children_of(weapon) if c.i > weapon.i and c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS]
    places = places or [c for c in children_of(verb) if c.i == weapon.right_edge.i + 1 and c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS]
    if places:
        end = places[0].right_edge.i + 1
    return doc[weapon.left_edge.i : end]


def _is_passive(verb: Token) -> bool:
    """"was attacked", a participle sharing its passive ("were arrested and later released"), and
    a participle of its own before or after a clause ("Asked about the plan, Roe said", "backed
    by Iran"): its subject is the clause's, to whom it is done."""
    if any(c.dep_ in ("auxpass", "agent") for c in children_of(verb)):
        # a "by" agent is passive's alone: a headline drops the auxiliary ("Stein removed from
        # debate site by police"), and the parser takes the participle for a past with a subject
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") or c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        return True
    return (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in children_of(verb))
        and any(c.dep_ == "auxpass" for c in children_of(verb.head))
    )


def _between(token: Token) -> tuple[Token, Token | None] | None:
    """The sides a "between" phrase of ``token`` names: ("police", "protesters") for "between
    police and protesters"; ("militias", None) for "between rival militias"."""
    for prep in children_of(token):
        if prep.dep_ == "prep" and prep.lower_ == "between":
            first = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if first is not None:
                return first, next((c for c in children_of(first) if c.dep_ == "conj"), None)
    return None


def _sides(verb: Token, actor: Token | None, type_: str) -> tuple[Token, Token | None] | None:
    """The two sides of a reciprocal act whose subject names the act, not who acts: "violence
    erupted between Hindus and Muslims". Coordinated subjects stay together: "X and Y met" is as
    often "X and Y went to a rally"."""
    if type_ not in RECIPROCAL_TYPES or actor is None or actor.head.i != verb.i or _can_act(actor):
        return None  # (a subject found up the parse is another clause's: "protests erupt, leading to ...")
    return _between(verb)


def _publishes(verb: Token) -> bool:
    """Whether what a verb of releasing puts out is something written or recorded (its object, or
    what the object measures: "1,100 pages of emails")."""
    return any(
        t.lemma_.lower() in PUBLISHED_THINGS or t.lower_ in PUBLISHED_THINGS
        for thing in children_of(verb) if thing.dep_ == "dobj" for t in [thing, *_measured(thing)]
    )


def _fighting_sides(verb: Token, actor: Token | None, type_: str, target: Token | None = None, coding: Coding | None = None) -> tuple[Token, Token] | None:
    """"Israel and Hezbollah clashed", "Clinton and Sanders clashed on the debate stage": a fight
    with a coordinated subject and no object is between the two, the first as the actor (as event
    data codes a dyad), and so is a meeting ("Putin and Xi met in Beijing", "held talks"), and an
    agreement or cooperation with no third party ("Kenya and Uganda agreed on a border deal",
    "signed a gas deal", "held joint exercises"); other acts keep their subjects together ("X and
    Y went to a rally", "joined the board"), as do those who agree or promise to act together
    ("Congress and the president agreed to extend tax cuts") and who cooperate by a verb's own
    code alone ("traded the lead")."""
    if actor is None:
        return None
    meeting = type_ == "CONSULT" and (dictionary().family(verb) in MEETING_FAMILIES or verb_lemma(verb) in LIGHT_VERBS)
    # as is an act a pattern says the two sides do to each other ("EXCHANGE * FIRE [193:193]")
    mutual = coding is not None and (coding.code in MUTUAL_CODES or coding.mutual or type_ in ("AGREE", "COOPERATE") and not coding.by_default)
    if mutual or verb_lemma(verb) in COMMITMENT_VERBS:
        if any(c.dep_ in ("xcomp", "ccomp") for c in children_of(verb)):
            return None
        third = [target] if target is not None and not _names_no_party(target, coding, NOT_A_PARTY_PREPOSITIONS) else []
        third += [
            o for p in children_of(verb) if p.dep_ == "prep" and not tells_time(p)  # ("on Monday" says when)
            for o in children_of(p) if o.dep_ == "pobj" and not _names_no_party(o, coding, NOT_A_PARTY_PREPOSITIONS)
        ]
        if any(_can_act(t, strict=True) for t in third):
            return None  # "X and Y signed a deal with Z": the two with a third
    elif meeting and any(
        o.dep_ == "pobj" and _can_act(o, strict=True) for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "with" for o in children_of(p)
    ):
        return None  # "he and Manafort consulted with the firms": the two with a third
    elif not (type_ == "ASSAULT" or meeting) or any(c.dep_ == "dobj" and c.lemma_.lower() not in NOUN_CODES for c in children_of(verb)) and not (
        coding is not None and coding.object_is_act and (target is None or _names_no_party(target, coding))
    ):
        return None  # ("launched an operation against the rebels": a third party)
    other = _partner(actor)
    return (actor, other) if other is not None and _can_act(actor, strict=True) and _can_act(other, strict=True) else None


def _names_no_party(argument: Token, coding: Coding | None, besides: frozenset[str] = frozenset()) -> bool:
    """Whether an argument of a two-sided act names no third party to it: the act itself, an object
    a pattern names ("exchanged [fire]", "held their first [round] of talks"), or where it
    happens ("in Algiers"), or what a preposition ``besides`` opens."""
    if argument.dep_ == "dobj":
        return coding is not None and coding.object_is_act
    return argument.dep_ == "pobj" and argument.head.lower_ in LOCATIVE_PREPOSITIONS | besides


ACTING_MODIFIER_LABELS = frozenset({"NORP", "GPE", "ORG"})


def _partner(actor: Token) -> Token | None:
    """The second of coordinated actors: "Putin and Xi", the second of whose a group is ("Thai
    and Myanmar officials"), or of those whom a group is drawn from ("representatives of the army
    and the RSF", "the foreign ministers of Congo and Rwanda", "officials from Chad and Sudan")."""
    other = next((c for c in children_of(actor) if c.dep_ == "conj"), None)
    if other is not None:
        return other
    # "Israeli and Lebanese delegations", "US and South Korean forces": the sides are whose they are
    modifier = next((c for c in children_of(actor) if c.dep_ in ("amod", "compound", "nmod") and c.i < actor.i and c.ent_type_ in ACTING_MODIFIER_LABELS), None)
    if modifier is not None:
        other = next((c for c in children_of(modifier) if c.dep_ == "conj" and c.ent_type_ in ACTING_MODIFIER_LABELS), None)
        if other is not None:
            return other
    drawn_from = next((o for p in children_of(actor) if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in children_of(p) if o.dep_ == "pobj"), None)
    if drawn_from is None or not _can_act(drawn_from, strict=True):
        return None
    return next((c for c in children_of(drawn_from) if c.dep_ == "conj" and _can_act(c, strict=True)), None)


def _side_phrase(actor: Token, other: Token | None) -> Span:
    """The first side's phrase, up to the second where that lies in it: "the foreign ministers of
    Congo" of "the foreign ministers of Congo and Rwanda"."""
    phrase = _phrase(actor)
    if other is None or not actor.i < other.i < phrase.end:
        return phrase
    end = other.left_edge.i
    while end > actor.i + 1 and (actor.doc[end - 1].dep_ == "cc" or actor.doc[end - 1].is_punct):
        end -= 1
    return actor.doc[phrase.start : end]


def _figurative_force(verb: Token) -> bool:
    """Whether a verb of force (by its dictionary family, no pattern matched) is used in a sense
    with no force in it, and nothing in the sentence tells of force: a figurative particle
    ("seized on the issue", "pulled in a quarter of the vote", "caught on"), records as what it
    is done to ("destroyed 34,000 emails", "removed the videos"), a contest of votes
    ("beat Trump in the primary", "beating expectations"), striving ("struggled to win",
    "dominated the race"), an aim ("a levy targeted at high earners"), or a doer that is a thing
    ("hate destroys those who harbor it")."""
    if _tells_of_force(verb):
        return False
    lemma = verb_lemma(verb)
    children = children_of(verb)
    patient = next((c for c in children if c.dep_ in ("dobj", "nsubjpass")), None)
    if any(
        c.dep_ in ("prt", "prep") and c.lower_ in FIGURATIVE_PARTICLES.get(lemma, ())
        and not any(g.ent_type_ in ("DATE", "TIME") for g in children_of(c))  # "seized a tanker on Friday"
        for c in children
    ):
        return True
    if lemma in CONTEST_VERBS and any(t.lemma_.lower() in CONTEST_NOUNS for t in verb.sent):
        return True
    if patient is not None and patient.lemma_.lower() in CONTEST_NOUNS:
        return True  # "captured the nomination", "seized the vote": a contest won
    if lemma in STRIVING_VERBS and not any(c.dep_ == "prep" and c.lower_ == "against" for c in children):
        return True
    if lemma in AIMING_VERBS and verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "at" for c in children):
        return True  # "targeted at high earners": aimed, as a policy is
    if patient is not None and (patient.lower_ in RECORD_NOUNS or patient.lemma_.lower() in RECORD_NOUNS):
        return True  # "destroyed 34,000 emails", "removed the videos", "shattering records": done to records, not to anyone
    # a single thing ("hate", "the scandal") doing it to someone; plurals may be people the lists
    # lack ("border agents"), and what only breaks out ("violence broke out") is force itself
    doer = next((c for c in children if c.dep_ == "nsubj"), None)
    return (
        doer is not None and doer.tag_ == "NN" and any(c.dep_ == "dobj" for c in children)
        and not _can_act(doer, strict=True) and not _is_person(doer) and not _names_force(doer)
    )


def _intends_no_act(verb: Token, codings: dict[int, tuple[Coding, Plover]]) -> bool:
    """Whether an intent (CAMEO's 03, "express intent to ...") is to do something that is no act:
    its infinitive names no event, has no object but the doer itself and no other party ("plans to
    root for Iowa", "sought to distinguish himself as the candidate with a positive message")."""
    complement = next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if complement is None or complement.i in codings:
        return False
    if any(c.dep_ in ("dobj", "dative") and c.lower_ not in REFLEXIVES for c in children_of(complement)):
        return False  # "pledged to end the programs": a policy is at stake
    parties = [g for c in children_of(complement) if c.dep_ == "prep" and c.lower_ in PARTY_PREPOSITIONS for g in children_of(c) if g.dep_ == "pobj"]
    return not any(_can_act(p, strict=True) for p in parties)  # "offered to hand over to Britain"; "root for Iowa" involves no one


def _doer(verb: Token) -> Token | None:
    """The subject of a verb, or the noun a relative clause or participle on it describes
    ("voters who supported him", "voters rejecting Trump")."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ in ("relcl", "acl"):
        return verb.head
    return subject


def _electorate(token: Token | None) -> bool:
    """Whether a doer is voters at large ("voters", "the electorate", "caucus-goers"), whose
    support or rejection a vote or a poll counts."""
    return token is not None and token.lemma_.lower() in ELECTORATE_LEMMAS


def _in_a_referendum(verb: Token) -> bool:
    """"Irish voters rejected the treaty in a referendum": voters who decide a question put to
    them act as the state's electorate, as a parliament's vote does."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.dep_ == "pobj" and g.lemma_.lower() in REFERENDUM_LEMMAS for g in c.children)
        for c in children_of(verb)
    )


def _at_someone(verb: Token) -> bool:
    """Whether a verb of verbal conflict names whom or what it is against: an object, a clause
    said after it, or a phrase with "with", "against", "over", "on", "about" or "for" ("argued
    with aides", "challenged the ruling", "argued that the plan fails")."""
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "agent") for c in children_of(verb))):
        return True  # "opposed by the U.S.": the passive's subject is whom it is against
    return any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "ccomp" and c.i > verb.i)
        or (c.dep_ == "prep" and c.lower_ in CONFLICT_PREPOSITIONS and not tells_time(c))
        for c in children_of(verb)
    )  # a clause before the verb is the quotation it reports ("'We will win,' he argued")


def _found_by_a_poll(verb: Token) -> bool:
    """Whether a verb tells what a poll or survey found: it lies in the clause under a verb whose
    subject is a poll ("polls show voters rejecting Trump", "the survey found most backing her")."""
    node = verb
    for _ in range(MAX_FINDING_DEPTH):
        if node.head is node:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c.lemma_.lower() in SURVEY_LEMMAS for c in children_of(node)):
            return True
    return False


def _names_force(token: Token) -> bool:
    """Whether a noun names force or its means ("the attack", "shelling", "a car bomb"), which may
    do what a verb of force tells ("the attack killed 80")."""
    code = NOUN_CODES.get(token.lower_) or NOUN_CODES.get(token.lemma_.lower())
    reading = plover(code) if code is not None else None
    return token.lemma_.lower() in WEAPON_NOUNS or (reading is not None and reading.type in FORCE_TYPES)


def _is_person(token: Token) -> bool:
    """A person by name, pronoun or role, or a noun with a person in apposition ("her rival Donald Trump")."""
    return token.lower_ in PERSONAL_PRONOUNS or token.lemma_.lower() in PERSON_ROLE_NOUNS or any(
        t.ent_type_ == "PERSON" for t in token.subtree
    )


def _tells_of_force(trigger: Token) -> bool:
    """Whether the trigger's sentence names a weapon, a wound, a death or armed men besides it,
    outside what the act is about ("ripped into Sanders on guns", "hit him over gun control")."""
    topics = [c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS]
    about = {t.i for c in topics for t in c.subtree}
    return any(t.lemma_.lower() in VIOLENCE_WORDS for t in trigger.sent if t.i != trigger.i and t.i not in about)


def _between_people(trigger: Token, actor: Token | None, target: Token | None, families: frozenset[str], any_doer: bool = False) -> bool:
    """Whether an act of one of the dictionary's ``families`` is between people, with no weapon,
    wound or force in the sentence. With ``any_doer``, a person done to by no one named, by "we"
    or "us", or by no actor at all ("what is required to defeat Trump") is enough."""
    if target is None or dictionary().family(trigger) not in families or not _is_person(target) or _tells_of_force(trigger):
        return False
    if actor is None or _is_person(actor):
        return actor is not None or any_doer
    return any_doer and (actor.pos_ == "PRON" or not _can_act(actor, strict=True))


def _defended_saying(verb: Token, coding: Coding) -> bool:
    """"defended the electoral commission, saying its chairman had run the vote fairly": a defence
    whose participle of saying gives its reasons is made in words (the family's "* (AGAINST
    CRITICISM)" 052), whoever is defended."""
    return coding.by_default and dictionary().family(verb) in DEFENDING_FAMILIES and any(
        c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.i > verb.i and c.lemma_.lower() in REPORTING_VERBS for c in children_of(verb)
    )


def _said_attack(trigger: Token, actor: Token | None, target: Token | None) -> bool:
    """Whether an attack is one of words: "Clinton blasted her rival", "his attacks on Trump"."""
    return _between_people(trigger, actor, target, VERBAL_ATTACK_FAMILIES)


def _tells_a_tally(head: Token) -> bool:
    """Whether a predicate's own clause (not the clauses under it) gives a share of a vote or a
    poll: a percentage, or a number of delegates, votes, points or seats."""
    stack = [head]
    while stack:
        node = stack.pop()
        # a count, not "Third Point" (a fund) nor "at one point" (a moment)
        if node.ent_type_ == "PERCENT" or (node.lemma_.lower() in TALLY_NOUNS and any(c.tag_ == "CD" and c.lower_ != "one" for c in children_of(node))):
            return True
        stack.extend(c for c in children_of(node) if c.dep_ not in CLAUSAL_DEPS and c.dep_ != "conj")
    return False


def _campaign_rally(noun: Token, actor: Token | None, target: Token | None) -> bool:
    """Whether a rally is a candidate's: one person's ("Trump rallies", "at Cruz's rally", "her
    victory rally") or for one ("a rally for Ted Cruz"). CAMEO files rallies with demonstrations;
    a protest is many people's."""
    if noun.lemma_.lower() != "rally":
        return False
    held_for = target is not None and target.head.lower_ == "for" and _is_person(target)
    return held_for or (actor is not None and (actor.ent_type_ == "PERSON" or actor.lower_ in PERSONAL_PRONOUNS))


def _won_by_a_person(verb: Token, actor: Token | None, target: Token | None) -> bool:
    """Whether one named person takes a country or a state, with no force in the sentence: an
    election's win ("Cruz captured Texas and Oklahoma"); forces, not persons, take places by force."""
    return (
        actor is not None and target is not None and actor.ent_type_ == "PERSON" and target.ent_type_ == "GPE"
        and not _tells_of_force(verb)
    )


def _states_a_claim(verb: Token) -> bool:
    """Whether ``verb`` only introduces a clause that states how things are, with no one it is
    said to: "agreed that the plan fails", "admitted he had erred". A clause saying what should be
    done asks it ("suggested that officials should curb")."""
    children = children_of(verb)
    if any(c.dep_ in ("dobj", "dative") for c in children):
        return False
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return False
    auxiliaries = [a for a in children_of(clause) if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in OBLIGATION for a in auxiliaries):
        return False
    if not auxiliaries and _subjunctive(clause):
        return False  # "requested that the United States extradite the cleric": what is asked
    return clause.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS or a.tag_ == "MD" for a in auxiliaries)


def _subjunctive(verb: Token) -> bool:
    """Whether a clause's verb is the bare form after a singular subject, the mandative
    subjunctive of a demand ("that the United States extradite", "that Israel withdraw")."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return (
        subject is not None and verb.tag_ in ("VB", "VBP") and verb.lower_ == verb.lemma_.lower()
        and subject.tag_ in ("NN", "NNP") and subject.lower_ not in ("i", "you")
    )


QUESTION_WORDS = frozenset("if whether what who whom which when where why how".split())


def _only_somewhere(verb: Token) -> bool:
    """Whether a verb of demanding says only where it is done: no object, no clause, no infinitive,
    and no phrase but of place or time ("will campaign again in Orlando on Friday")."""
    for child in children_of(verb):
        if child.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr", "oprd"):
            return False
        if child.dep_ == "prep" and child.lower_ not in LOCATIVE_PREPOSITIONS | {"on", "during", "since", "until"}:
            return False
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.dep_ == "pobj" and _can_act(g) and g.ent_type_ not in PLACE_LABELS for g in children_of(child)):
            return False  # "appealed to international donors": whom it is asked of, no place
    return any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS for c in children_of(verb))


def _asks_for_nothing(verb: Token) -> bool:
    """Whether an appeal is a question put, which event data does not code: a clause opened by a
    question word ("asked Pence whether ...", "asked what happened"), an "about" phrase ("asked
    Clinton about her emails") or nothing at all ("Mrs. Clinton asked."), and no infinitive
    ("asked them to leave"), "for" or "on" phrase, or thing asked for ("proposed a mandate")."""
    question = False
    # the parse may hang what is asked for on whom it is asked of ("appealed to donors for aid")
    addressees = [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in children_of(c) if g.dep_ == "pobj"]
    asked_for = [c for a in addressees for c in children_of(a) if c.dep_ == "prep" and c.lower_ == "for"]
    for child in [*children_of(verb), *asked_for]:
        if child.dep_ in ("xcomp", "advcl") and is_infinitive(child):
            return False  # (the parse hangs "pleaded with soldiers [to let] ..." as an adverbial clause)
        if child.dep_ == "prep" and child.lower_ in ("for", "on") and not tells_time(child):
            return False  # asked for or on something ("on Thursday" is when)
        if child.dep_ == "prep" and child.lower_ == "about":
            question = True  # "asked Clinton about her emails", "when asked by Ingraham about ..."
        if child.dep_ == "dobj" and not _can_act(child, strict=True):
            return False
        if child.dep_ == "ccomp":
            if not any(t.lower_ in QUESTION_WORDS for t in child.subtree if t.i < child.i):
                return False
            question = True
    return question or not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in children_of(verb))


# Verbs of needing and wanting that the dictionary files with demands ("NEED" under DEMAND,
# "WANT [030]" an intent to cooperate): their subject lacks or wishes something, which asks
# nothing of anyone unless an infinitive says who is to act ("we need America to remain ...").
WANTING_VERBS = frozenset({"need", "want", "necessitate"})


def _wants_another_to_act(verb: Token) -> bool:
    """"need America to remain", "wants Iran to stop": an object with an infinitive of its own."""
    children = children_of(verb)
    objects = [c for c in children if c.dep_ in ("dobj", "dative")]
    clauses = [c for c in children if c.dep_ in ("xcomp", "ccomp") and is_infinitive(c)]
    return bool(objects and clauses) or any(
        c.dep_ in ("ccomp", "xcomp") and is_infinitive(c) and any(g.dep_ == "nsubj" for g in children_of(c)) for c in children
    )


# Refusing to say is CAMEO 012, "decline comment", under making a public statement (01), which
# PLOVER does not code: "declined to comment", "declined to name the delegates" ("refused to
# respond to a demand" rejects the demand).
SPEAKING_VERBS = PLAIN_REPORTING | frozenset("comment discuss elaborate specify name identify answer reveal disclose speculate talk detail".split())


def _declines_comment(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in SPEAKING_VERBS for c in children_of(verb))


ELECTION_NOUNS = frozenset("election primary caucus caucuses runoff ballot".split())
THING_PRONOUNS = frozenset("it this that these those which what".split())


def _casts_a_ballot(vote: Token) -> bool:
    """Whether a vote chooses someone (or takes part in an election) rather than decides a
    measure: "vote for him", "voted for Republicans", "vote in the primary", "I voted" are
    ballots; "voted to impose sanctions", "voted against the treaty", "voted for the bailout" decide."""
    children = children_of(vote)
    if any(c.dep_ in ("xcomp", "ccomp") for c in children):
        return False
    for prep in (c for c in children if c.dep_ == "prep"):
        for chosen in (g for g in children_of(prep) if g.dep_ == "pobj"):
            if prep.lower_ in ("for", "against"):
                someone = chosen.pos_ == "PRON" and chosen.lower_ not in THING_PRONOUNS  # "for me", "for someone"
                return someone or _is_person(chosen) or chosen.ent_type_ == "NORP" or chosen.lemma_.lower() in PARTY_WORDS
            if prep.lower_ == "in" and chosen.lemma_.lower() in ELECTION_NOUNS:
                return True
    return not any(c.dep_ in ("dobj", "prep") for c in children) or any(c.dep_ in ("dobj", "oprd") and c.ent_type_ == "NORP" for c in children)


def _is_body(token: Token | None) -> bool:
    """A state, organisation or people, by name or by the noun for one ("the government")."""
    if token is None:
        return False
    if token.ent_type_ in ("GPE", "ORG", "NORP"):
        return True
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and any(lemma in words for words in (ORG_HEADS, ORG_DESCRIPTORS, agent_nouns())) and lemma not in PERSON_ROLE_NOUNS


def _names_its_object(verb: Token) -> bool:
    """"called Mrs. Schlafly an 'Aunt Tom'": a second noun phrase right after the object, opened
    by a determiner or a quotation mark, which the parse hangs on it as an apposition. One set
    off by a comma ("met the president, Joe Biden") or a bare name ("blasted her rival Donald
    Trump") is the object's own."""
    for child in children_of(verb):
        if child.dep_ != "dobj":
            continue
        for appos in children_of(child):
            if appos.dep_ == "appos" and appos.i > child.i and appos.left_edge.i > 0:
                opening, before = appos.left_edge, verb.doc[appos.left_edge.i - 1]
                if (opening.tag_ == "DT" or opening.is_quote) and before.text not in (",", "—", "–", "-", "(", ":"):
                    return True
    return False


NAMING_DEPS = frozenset({"oprd", "npadvmod", "attr", "appos", "acomp", "dobj"})


def _calls_for_someone_to_act(verb: Token) -> bool:
    """"called for President Mugabe to step down": a clause marked "for" with a subject and an infinitive."""
    return any(
        c.dep_ in ("advcl", "ccomp") and is_infinitive(c)
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(c)) and any(m.dep_ == "nsubj" for m in children_of(c))
        for c in children_of(verb)
    )


def _calls_names(verb: Token) -> bool:
    """"calling Christie “New Jersey's Biggest Loser”", "called the idea a “ridiculous
    proposition”", "calling out the Republicans": "call" naming or calling out, not CAMEO's
    telephone call (041): a quotation after its object, or a particle other than "up" or "back"."""
    if verb.lemma_.lower() != "call":
        return False
    children = children_of(verb)
    if any(c.dep_ == "prt" and c.lower_ not in ("up", "back") for c in children):
        return True
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects:
        return False
    # the name: a quotation past the object's first word (the parse may fold it into the object,
    # "Christie “New Jersey's Biggest Loser”"), right after the object, or in the phrase the
    # parse hangs after it ("called the idea a “ridiculous proposition”")
    doc, obj = verb.doc, objects[0]
    named = [t for t in doc[obj.left_edge.i + 1 : obj.right_edge.i + 2]]
    named += [t for c in children if c.i > obj.i and c.dep_ in NAMING_DEPS for t in c.subtree]
    return any(t.is_quote for t in named)


def _it_comes_to(verb: Token) -> bool:
    """"when it comes to X", "as it comes to X": "it" that names nothing, coming to a topic."""
    children = children_of(verb)
    return (
        verb.lemma_.lower() == "come" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in children)
    )


def _is_journey(coding: Coding) -> bool:
    """Whether the coding reads its verb as a journey: a verb of going by its family's code, or a
    visit by a pattern that names only its preposition (not "visited", whose object is visited)."""
    if not coding.bare:
        return False
    if coding.code[:3] in VISITS:
        return not coding.by_default
    return coding.code == CONSULT_CODE and coding.family in TRAVEL_FAMILIES


def _reaches_a_place(verb: Token) -> bool:
    """Whether a verb of going reaches a named place ("flew to Cairo", "arrived in Orlando"), with
    no particle that makes it another verb ("went off", "came out for Clinton")."""
    children = children_of(verb)
    return not any(c.dep_ == "prt" for c in children) and any(
        c.dep_ == "prep" and c.lower_ in DESTINATION_PREPOSITIONS and any(g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS for g in children_of(c))
        for c in children
    )


def _makes_possible(verb: Token) -> bool:
    """Whether a verb of helping has a verb after it, what the help furthered ("helped push
    smugglers underground", "help her shop", "helped to certify him", "couldn't help running"):
    no aid given ("helped the refugees" is, and so is helping a state or body do something: "help
    Venezuela build its first nuclear plant")."""
    furthered = [c for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > verb.i]
    helped = [h for c in furthered for h in children_of(c) if h.dep_ in ("nsubj", "dobj") and h.i < c.i] + [
        h for h in children_of(verb) if h.dep_ == "dobj"]
    return bool(furthered) and not any(h.ent_type_ in BODY_LABELS for h in helped)


# natural hazards, which strike, hit and kill as attackers do in the wire's words
NATURAL_HAZARDS = frozenset(
    "earthquake quake tremor aftershock typhoon hurricane cyclone storm tornado flood flooding floodwaters tsunami "
    "landslide mudslide avalanche drought wildfire blizzard heatwave eruption volcano monsoon".split()
)


def _struck_by_nature(verb: Token) -> bool:
    """Whether what strikes or kills is a natural hazard: "an earthquake struck the capital",
    "a typhoon hit the Philippines, killing 40" (the participle's subject is its governor's)."""
    for clause in (verb, verb.head if verb.dep_ in ("advcl", "conj") else None):
        subject = _subject(clause) if clause is not None else None
        if subject is not None and (subject.lemma_.lower() in NATURAL_HAZARDS or subject.lower_ in NATURAL_HAZARDS):
            return True
    return False


def _names_a_culprit(verb: Token) -> bool:
    """Whether what a verb alleges is what a named actor did: "alleged that Burkina Faso had
    trained the rebels" accuses Burkina Faso ("alleged that the vote was rigged" no one)."""
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
    subject = _subject(clause) if clause is not None else None
    return subject is not None and subject.pos_ != "PRON" and _is_named(subject) and _can_act(subject, strict=True)


def _directs(verb: Token) -> bool:
    """Whether ``verb`` tells someone to do something: an actor as its object, an infinitive after."""
    children = children_of(verb)
    return any(c.dep_ == "dobj" and _can_act(c, strict=True) for c in children) and any(c.dep_ == "xcomp" and is_infinitive(c) for c in children)


def _does_it_itself(verb: Token) -> bool:
    """Whether ``verb`` has an infinitive its own subject is to do and no one it is said to:
    "need to band together", "demanded to know" ("urged him to resign", "pleaded with the strikers
    to reopen the port" ask them, and so does "Rwanda was asked by Mozambique to send troops")."""
    children = children_of(verb)
    addressed = any(
        c.dep_ == "prep" and c.lower_ in ("with", "to") and any(o.dep_ == "pobj" and _can_act(o) for o in children_of(c)) for c in children
    )
    return not addressed and not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in children) and any(c.dep_ == "xcomp" and is_infinitive(c) for c in children)


def _is_going_to(verb: Token) -> bool:
    """Whether ``verb`` is the "going" of "be going to" followed by a verb: a future tense."""
    children = children_of(verb)
    return (
        verb.lemma_.lower() == "go" and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in children)
        and any(c.dep_ == "xcomp" and c.i > verb.i and is_infinitive(c) for c in children)
    )


def _is_forecast(verb: Token) -> bool:
    """Whether ``verb`` is the "expected" of "be expected to" followed by a verb, with no one
    named who expects it: the reporter's forecast ("Trump is expected to deliver a speech"), no
    intent anyone stated and no act done."""
    children = children_of(verb)
    return (
        verb.lemma_.lower() == "expect" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
        and any(c.dep_ == "xcomp" and c.i > verb.i and is_infinitive(c) for c in children)
    )


def _takes_part(actor: Token | None, target: Token | None, type_: str) -> bool:
    """Whether a verb coded by its family's default code stands in an event between actors.

    A family gathers a verb's synonyms ("face", "meet", "encounter" are CONSULT), so a verb
    alone says little: as in event data, the act must come from an actor. A meeting, cooperation
    or agreement is with an actor (or about an event), not with a thing ("faced setbacks", "took
    steps"), nor with no one ("I think", "she came", "it means": the families of consider,
    arrive, go and mean), unless coordinated actors meet among themselves ("X and Y met"); a
    demand is made of someone, not of what is wanted (the family of demand holds "need": "we
    need real change"). Support is given to someone or something ("I agree.", "his support
    holding steady" give none). Force is used on someone or something, things too ("destroyed
    the bridge"): the families of die, struggle and fight, alone, are no attack ("Justice
    Scalia died", "he has struggled"). Refusals and accusations are about things ("rejected the
    invitation")."""
    if target is None and type_ in INTERACTIONS | {"SUPPORT"} and not (actor is not None and any(c.dep_ == "conj" and _can_act(c) for c in children_of(actor))):
        return False
    if target is None and type_ == "ASSAULT":
        return False
    if target is not None and type_ in INTERACTIONS | {"REQUEST"} and not (
        _can_act(target, strict=type_ != "REQUEST") or _is_named(target) or target.lower_ in NOUN_CODES or target.lemma_.lower() in NOUN_CODES
    ):
        return False  # (any people are asked: "ordered the miners to return")
    return (actor is not None and _can_act(actor)) or (target is not None and _can_act(target, strict=type_ not in MATERIAL_CONFLICT))


def _coded(reading: Plover, type_: str, code: str, pattern: str) -> dict[str, str | None]:
    """The coding fields of an event; a type changed by intent or negation keeps no mode, and an
    attack in words ("Clinton ripped into Sanders") is CAMEO's "criticize or denounce"."""
    if type_ == "ACCUSE" and reading.type == "ASSAULT":
        code = CRITICIZE
        reading = plover(code)
    elif type_ == "PROTEST" and reading.type == "ASSAULT":
        code = RIOT  # force used by protesters: CAMEO's "protest violently, riot"
        reading = plover(code)
    elif type_ == "SUPPORT" and reading.type == "AID" and code.startswith("074"):
        code = PRAISE  # a defence in words: CAMEO's "praise or endorse", not military protection
        reading = plover(code)
    mode = reading.mode if type_ == reading.type else None
    return {"mode": mode, "context": reading.context, "cameo": code, "pattern": pattern}


@Language.factory("newsgraph_events")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder()
