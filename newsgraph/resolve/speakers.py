"""Speaker mentions -> speakers: names to entities, pronouns to antecedents, cue-less quotes to
the running attribution.

- A named mention takes its entity's canonical name ("Daghighi" -> "Hossein Daghighi").
- "He"/"She" take the latest person who spoke or acted before and whose name or description does
  not state the other gender (``resolve.gender``); "It" the latest organisation, country, or
  unnamed body or document ("the county council", "the report"); "They" the latest group — in
  that order of preference: the subject of a clause governing the pronoun's, the subject of the
  main clause of the sentence before (before the quotation, when the pronoun reports one of several
  sentences; unless someone it can stand for is named nearer, or another reports that sentence:
  "Trump, Lee said, has ..."), earlier speakers, then subjects of earlier sentences. A subject the
  entity step missed ("Mills declared") stands for the one person or body the article names so. A
  statement told inside another speaker's words ("an email saying that the results show ...") is
  no earlier speaker.
- A quotation with no cue of its own is said by the one a line ending in a colon names before it
  ("Here's Clinton in 1992: '...'"), else continues the attribution running in the paragraphs
  before it (at most two paragraphs back): "The Kayhan newspaper accused ... / It claimed ... /
  "..."" is Kayhan's throughout.
- A pronoun written with others speaks with them, as a GROUP: "she and her aides" said by "Ana
  Park and her aides".
- An unnamed speaker is a DOCUMENT when its head names one ("a new poll", "court records"), a GROUP
  when its head is plural ("Iranian officials") and ANONYMOUS otherwise ("Another Iranian official").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import us
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.cameo import agent_nouns
from newsgraph.extract.gazetteer import gazetteer, us_state_named
from newsgraph.extract.lexicon import (
    DOCUMENT_HEADS,
    GROUP_HEADS,
    HONORIFICS,
    KNIGHTHOODS,
    LOCATIVE_PREPOSITIONS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    OUTLET_NOUNS,
    PERSON_ROLE_NOUNS,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_THING,
    REPORTING_VERBS,
    TITLES,
    census_first_names,
)
from newsgraph.extract.nlp import FINITE_TAGS, text_of
from newsgraph.extract.quote_marks import QUOTE_MARKS
from newsgraph.extract.quotes import SUBJECT_DEPS, Attribution, _parenthetical_report, _title_before
from newsgraph.resolve.actors_kb import ABBREVIATED_TITLES, sector_nouns
from newsgraph.resolve.gender import agrees, gender_of
from newsgraph.resolve.index import EntityIndex, EntityRef
from newsgraph.schema import Speaker

MAX_RUNNING_PARAGRAPHS = 2
BUSINESS = "BUS"  # the agents dictionary's sector of companies
STATEMENT = "statement"
SET_OFF_WHO = re.compile(r"\s*,\s*who\b")
AGE_ALONE = re.compile(r"the\s+\d+\s*-\s*years?\s*-\s*old", re.IGNORECASE)


@dataclass
class ResolvedSpeaker:
    speaker: Speaker
    role: str | None
    org: str | None
    how: str  # "cue", "pronoun", "description", "running"


@dataclass(frozen=True)
class Narration:
    """Where a pronoun outside anyone's reported words stands, for the antecedent search that
    otherwise takes an attribution's stretch of text."""

    start: int
    end: int


OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


@dataclass
class Earlier:
    """An attribution resolved before the current one, as running attribution and pronouns see it."""

    start: int
    end: int
    paragraph: int
    resolved: ResolvedSpeaker
    # told inside another speaker's words ("an email saying that the results show ..."): it does
    # not hold the floor, so neither a quotation without a cue nor a pronoun goes back to it
    nested: bool = False
    mention: tuple[int, int] | None = None  # where the speaker is written, when it is


# what stands between a colon and the quotation it introduces: spaces and opening quotation marks
OPENING_MARKS = " \t\n\u00a0\"\u201c\u2018'"
MAX_INTRODUCTION = 200  # characters of a line introducing a quotation that are searched for its speaker

# heads of descriptions of a body, which "it" can stand for: "the county council", "the Clinton
# campaign" (a document, "the jobs report", "a new poll", is a DOCUMENT speaker, an "it" too)
BODY_HEADS = ORG_HEADS | ORG_DESCRIPTORS | {"campaign"}

# words that end the noun phrase of a description: its head is the word before
HEAD_ENDS = frozenset("of to for at with who that in from on and whose which".split())


def _title_of(name: Span) -> Span | None:
    """The title written before a name, or at its start where the entity tagger took it into the
    name ("backed by [Superintendent Karen Whitfield]")."""
    inside = name.start
    while inside < name.end - 1 and name.doc[inside].is_title and (
        name.doc[inside].lower_.rstrip(".") in TITLES or name.doc[inside].lower_ in PERSON_ROLE_NOUNS
    ):
        inside += 1
    if inside > name.start:
        return name.doc[name.start : inside]
    return _title_before(name)


def _says_base(token: Token) -> bool:
    """"Munich-based": the modifier says where a body sits, not what it is."""
    based = token if token.lower_ == "based" else token.head
    return based.lower_ == "based" and based.i > 0 and token.doc[based.i - 1].text == "-"


def _word_before(text: str, offset: int) -> str:
    words = text[max(0, offset - 30) : offset].split()
    return words[-1].lower() if words else ""


def speaker_type(label: str) -> str:
    return "PERSON" if label == "PERSON" else "ORG"


def _pronoun_fits(pronoun: str, speaker_type_: str, label: str | None, text: str = "", role: str | None = None) -> bool:
    if pronoun in PRONOUNS_PERSON:
        # an unnamed speaker is a person only when described as one: "a senior aide", not "a new survey"
        person = speaker_type_ == "PERSON" or (speaker_type_ == "ANONYMOUS" and _describes_a_person(text))
        return person and agrees(pronoun, text, role)
    if pronoun in PRONOUNS_THING:
        # an unnamed body or document is an "it" too: "The council said ... 'We have no choice,' it said"
        body = speaker_type_ == "ANONYMOUS" and _head_noun(text) in BODY_HEADS
        return speaker_type_ in ("ORG", "DOCUMENT") or label in ("ORG", "GPE") or body
    if pronoun in PRONOUNS_PLURAL:
        return speaker_type_ in ("GROUP", "ORG")
    return False


def _before_the_verb(verb: Token) -> list[Token]:
    """The noun phrase standing right before a verb that has no subject, the subject the parse
    missed: "Outside the Capitol, Tom Greaves, 54, a barber, held a sign" (parsed as a second
    object of "Outside"): the first noun all of whose words up to the verb are its own or commas."""
    doc = verb.doc
    for noun in doc[verb.sent.start : verb.i]:
        if noun.pos_ in ("NOUN", "PROPN") and all(u.is_punct or noun.left_edge.i <= u.i <= noun.right_edge.i for u in doc[noun.i + 1 : verb.i]):
            return [noun]
    return []


def _description_words(span: Span) -> set[str]:
    """The words a description states of whom it describes, as an apposition or role would state
    them: "the 52-year-old minister" is {52, minister}, as "Rania Haddad, 52," is 52; what the role
    is for or to is someone else's ("the lawyer for the families" is a lawyer)."""
    words: set[str] = set()
    for token in span:
        if token.lower_ in ("for", "to", "against", "with") and token.dep_ == "prep":
            break
        if token.lower_ == "from" and us_state_named(span.doc[token.i + 1 : token.right_edge.i + 1].text) is not None:
            continue  # "the Democrat from Ohio" is "the Ohio Democrat", as "(D-Ohio)" states
        if token.like_num and re.match(r"-\s*years?\s*-\s*old", span.doc.text[token.idx + len(token.text) : token.idx + len(token.text) + 12]):
            words.add(token.text)  # the age
        elif token.is_alpha and token.lower_ not in ("the", "year", "years", "old") and token.lower_ not in PAST_ROLE_WORDS:
            words.add(_ungendered(token.lower_))
    return words


def _titled_name(span: Span) -> str | None:
    """"Governor Ana Ruiz", "Sen. Jo Marsh", "Sheriff Pike": a title, then a name, names a person."""
    words = [t for t in span if not t.is_punct]
    title = words[0].lower_.rstrip(".") if words else ""
    if len(words) < 2 or title not in TITLES | PERSON_ROLE_NOUNS or words[0].lower_ in ("state", "supreme", "former", "crown") or not words[0].is_title:
        return None
    name = words[1:]
    if not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in TITLES | PERSON_ROLE_NOUNS for t in name):
        return None
    return span.doc[name[0].i : name[-1].i + 1].text


def _untagged_person(span: Span) -> str | None:
    """"Actress Maya Lorne": a first name the census knows and a surname after it, in title case,
    that the entity step left untagged and no body's name ends: a person's name."""
    words = [t for t in span if t.is_alpha and t.is_title]
    start = next((n for n, t in enumerate(words) if t.lower_ in census_first_names()), None)
    if start is None or not 2 <= len(words) - start <= 3 or words[-1].lower_ in BODY_HEADS:
        return None
    return span.doc[words[start].i : words[-1].i + 1].text


_OUTLET = "|".join(sorted(OUTLET_NOUNS))
# the outlet noun heads the description: "Al-Watan, a pro-government daily," (not "a radio host")
OUTLET_AFTER = re.compile(rf"\s+(?:{_OUTLET})\b|,\s+(?:a|an|the)\s+[^,.;]{{0,60}}?\b(?:{_OUTLET})\s*(?:[,.;:)]|$)", re.IGNORECASE)
OUTLET_BEFORE = re.compile(rf"\b(?:the|a)\s+(?:[\w-]+\s+){{0,3}}(?:{_OUTLET})\s+$", re.IGNORECASE)


ACRONYM_RE = re.compile(r"(?:[A-Z]\.?){2,}")


def _named_as_outlet(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is described as a news outlet where it stands: "Kayhan
    newspaper", "Al-Watan, a pro-government daily", "the daily Al-Watan"."""
    return bool(OUTLET_AFTER.match(text, end) or OUTLET_BEFORE.search(text[max(0, start - 50) : start]))


def _head_noun(text: str) -> str:
    """The head of a description, lowercased: "aide" in "a senior aide to the governor"."""
    words = re.findall(r"[a-z]+", text.lower())
    cut = next((i for i, word in enumerate(words) if word in HEAD_ENDS and i > 0), len(words))
    return words[cut - 1] if cut else ""


def _describes_a_person(text: str) -> bool:
    """Whether a description's head noun is a person's role: "a senior aide to the governor" is,
    "the State Department's recent email dump" is not (a role word before the head does not count).
    Someone introduced unnamed, whom "who" goes on to describe, is a person too: "a neighbor who
    asked not to be named", "One lifeguard at the beach, who ..." (the sources a story keeps
    quoting with "she said" after)."""
    head = _head_noun(text)
    return (
        head in PERSON_ROLE_NOUNS or head in TITLES
        or bool(head) and re.match(rf"(?:a|an|one)\s[^,;]*?\b{head}\b[^,;]*?,?\s+who\b", text, re.IGNORECASE) is not None
    )


MAX_APPOSITION_CHARS = 100
# words that put a role in the past ("former Gov.", "the ex-senator") or in its time ("then-Sen.")
FORMER_WORDS = frozenset({"former", "ex"})
# words that make a title a second office: a "Vice President" or a "Lt. Gov." is not "the president"
# or "the governor"
DEPUTY_WORDS = frozenset({"vice", "deputy", "lieutenant", "assistant", "associate", "under"})
PAST_ROLE_WORDS = FORMER_WORDS | {"then"}
# the US parties and states, which a description may tell of a person rather than pick them out by
PARTY_WORDS = frozenset({"republican", "democrat", "independent"})
_STATE_NAMES = sorted((state.name for state in us.states.STATES_AND_TERRITORIES), key=len, reverse=True)
ADDED_NEWS_WORDS = PARTY_WORDS | {word.lower() for name in _STATE_NAMES for word in name.split()}
HOME_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, _STATE_NAMES)) + r"|Republican|Democrat(?=ic\b|\b)|independent)", re.IGNORECASE)


def _apposition_after(doc: Doc, end: int) -> list[tuple[int, str]]:
    """What the article states of a name in the phrase set off after it (", a Kentucky Republican,"):
    its words with their offsets. The phrase ends at its clause's verb or a quotation mark (", was
    free and would soon be coming home" states nothing of the name), and before another person it
    names ("Clinton, 35, the daughter of former President Bill Clinton": "former President" is his)."""
    text = text_of(doc)
    if text[end : end + 1] != ",":
        return []
    words: list[tuple[int, str]] = []
    for token in doc.char_span(end, min(len(text), end + MAX_APPOSITION_CHARS), alignment_mode="contract") or []:
        if token.tag_ in FINITE_TAGS or token.tag_ == "MD" or token.text in QUOTE_MARKS or token.text in (".", ";", ":"):
            break
        if token.ent_type_ == "PERSON":
            kept = _without_title_tail([word for _, word in words])
            return words[: len(kept)]
        words.append((token.idx, token.text))
    return words


def _apposition_before(doc: Doc, start: int, end: int) -> list[tuple[int, str]]:
    """What the article states of a name in the phrase it is set off after ("The club's chairman,
    Derek Hollins,", "Her co-author, Dr. Lukas Brandt"): the words of the noun phrase the parse
    makes the name an apposition to, with their offsets."""
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None or name.start < 2 or doc[name.start - 1].text != ",":
        return []
    head = name.root.head
    if name.root.dep_ != "appos" or head.i >= name.start or head.pos_ != "NOUN" or head.ent_type_:
        return []
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # the parse hangs the name on the last noun: "The author of the book, Jo Roe"
    return [(t.idx, t.text) for t in doc[head.left_edge.i : head.i + 1] if t.is_alpha]


# a lawmaker's party and state after the name: "Ted Cruz (R-Texas)", "Jim Jordan, R-Ohio,"
PARTY_TAG = re.compile(r"\s*(?:\(|,\s*)(?P<party>[RDI])-(?P<state>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*(?=[),])\)?")
PARTIES = {"R": "Republican", "D": "Democrat", "I": "independent"}
# a title's abbreviation read as the noun a description uses: "Dr. Anita Rao" is "the doctor",
# "Prof. Li" "the professor", "the Rev. Amos Roe" "the reverend" (honorifics the agents
# dictionary does not code as a sector)
DESCRIBING_TITLES = {**ABBREVIATED_TITLES, "dr": "doctor", "prof": "professor", "rev": "reverend"}
OF_STATE = re.compile(r"\s+of\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


def _stated_after(doc: Doc, end: int) -> tuple[list[tuple[int, str]], list[str]]:
    """What the article states of a name after it, with offsets, and of that the party and
    state: a party tag ("Ted Cruz (R-Texas)", "Jim Jordan, R-Ohio,") or the state a name is "of"
    ("Sen. Bernie Sanders of Vermont"), then the apposition set off after it (", a Democrat,"),
    so that "the Texas Republican" and "the Vermont senator" describe them."""
    text = text_of(doc)
    tagged: list[tuple[int, str]] = []
    tag = PARTY_TAG.match(text, end)
    place = OF_STATE.match(text, end) if tag is None else None
    if tag is not None and (state := us_state_named(tag["state"])) is not None:
        tagged = [(tag.start("party"), PARTIES[tag["party"]]), *((tag.start("state"), word) for word in state.split())]
        end = tag.end()
    elif place is not None and (state := us_state_named(place["state"])) is not None:
        tagged = [(place.start("state"), word) for word in state.split()]
        end = place.end()
    words = [word for _, word in tagged]
    return (tagged + [(end, ",")] if tagged else []) + _apposition_after(doc, end), words


def _homes(text: str) -> frozenset[str]:
    """The US states and parties a description or what is stated of a name tells: "the Vermont
    senator" {vermont}, "Rand Paul, a Kentucky Republican," {kentucky, republican}."""
    return frozenset(m.group(0).lower() for m in HOME_RE.finditer(text))


def _other_home(described: frozenset[str], stated: frozenset[str]) -> bool:
    """Whether a person the article gave a state or party is not one a description gives another:
    "the Florida senator" is not "Vermont Sen. Bernie Sanders"."""
    return any(
        (described & kind) and (stated & kind) and not (described & stated & kind)
        for kind in (PARTY_WORDS, frozenset(described | stated) - PARTY_WORDS)
    )


def _before_another_person(role: str, others: list[str]) -> str:
    """A role as far as it describes its holder, lowercased: "daughter of former President Bill
    Clinton" is a daughter, not a president."""
    cut = min((i for i in (role.find(name) for name in others) if i >= 0), default=len(role))
    words = role[:cut].split()
    return " ".join(_without_title_tail(words) if cut < len(role) else words).lower()


def _without_title_tail(words: list[str]) -> list[str]:
    """The words before another person's name without that person's title ("former President")."""
    while words and (words[-1].lower() in TITLES or words[-1].lower() in PAST_ROLE_WORDS or words[-1][:1].isupper()):
        words = words[:-1]
    return words


def _parts(stated: str) -> list[str]:
    """The descriptions a role or apposition joins: "the former governor and a lawyer" is two."""
    return re.split(r",| and ", stated)


def _stated_words(parts: list[str], former: bool) -> set[str]:
    """The words of a role's or apposition's parts; a former governor is not "the governor" (but
    "the former governor"), so parts saying "former" count only for a description that does."""
    now = [part for part in parts if former or not re.match(r"\s*(?:(?:a|an|the)\s+)?(?:former|ex-)", part)]
    # what a role is for or to is someone else's: "the candidate for governor" is no governor,
    # "an adviser to the president" no president ("secretary of state" is one)
    now = [re.split(r"\b(?:for|to|against|with)\b", part, maxsplit=1)[0] for part in now]
    return {_ungendered(word) for word in re.findall(r"[\w'’-]+", " ".join(now).lower())}


def _ungendered(word: str) -> str:
    """A role noun read alike for either sex: "congresswoman" describes whom "Rep." or
    "congressman" does, "chairwoman" whom "chairman" does; and "the Democratic governor" is one
    who is "a Democrat"."""
    return "democrat" if word == "democratic" else re.sub(r"wom([ae]n)$", r"m\1", word)


def _attributive(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is used as a modifier of a noun after it: "the Brandon event", "the Clinton campaign"."""
    name = doc.char_span(start, end, alignment_mode="expand")
    return name is not None and name.root.dep_ == "compound" and name.root.head.i >= name.end and name.root.head.pos_ == "NOUN"


def _name_dep(doc: Doc, start: int, end: int) -> tuple[str, str]:
    """The dependency of the name at characters start..end, and of its head ("" for none)."""
    name = doc.char_span(start, end, alignment_mode="expand")
    return (name.root.dep_, name.root.head.dep_) if name is not None else ("", "")


def _source_of_a_report(a: Attribution) -> bool:
    """'"...," Mr. Quispe said, according to an official translation.': what "according to" credits
    is that someone spoke; its source tells no quotation after it (Quispe's next words are his)."""
    if a.cue is None or a.cue[0].lower_ != "according":
        return False
    content = a.cue.doc.char_span(a.start, a.end, alignment_mode="expand")
    return content is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS for t in content)


class PersonDescriptions:
    """What an article states of the people it names, read once per mention and looked up by word,
    so that each description ("the Ohio governor") costs a look-up, not a pass over every name
    before it: a long article asks for thousands."""

    def __init__(self, doc: Doc, index: EntityIndex, roles: dict[str, str]) -> None:
        people = [ref.name for ref in index.refs.values() if ref.label == "PERSON"]
        self.roles = {
            ref.id: _parts(_before_another_person(roles.get(ref.id) or "", [n for n in people if n != ref.name]))
            for ref in index.refs.values() if ref.label == "PERSON"
        }
        self.mentions = [(start, end, ref) for start, end, ref in index.within(0, len(text_of(doc))) if ref.label == "PERSON"]
        self.attributive = [_attributive(doc, start, end) for start, end, _ in self.mentions]
        stated_after = [_stated_after(doc, end) for _, end, _ in self.mentions]
        self.appositions = [_apposition_before(doc, start, end) + words for (start, end, _), (words, _) in zip(self.mentions, stated_after)]
        # word -> the mentions whose role or apposition (or title) states it; for a description
        # without "former", and for one with it
        self.stated: dict[bool, dict[str, set[int]]] = {False: {}, True: {}}
        self.titled: dict[bool, dict[str, set[int]]] = {False: {}, True: {}}
        self.title_heads: list[str | None] = []  # the last word of each mention's title
        self.homes: list[frozenset[str]] = []  # the state and party the article gave each mention
        self.deputies: list[frozenset[str]] = []  # the words of each mention's title that make it a second office
        # the head nouns appositions state of people ("a hydrologist at the Survey") -> the
        # mentions so described: "the hydrologist" is theirs, whatever the agents dictionary lists
        self.stated_heads: dict[str, set[int]] = {}
        for i, words in enumerate(self.appositions):
            for part in _parts(" ".join(w for _, w in words)):
                if re.match(r"\s*(?:a|an)\s", part, re.IGNORECASE):  # a noun phrase: "a hydrologist at ...", not "who runs the church"
                    self.stated_heads.setdefault(_ungendered(_head_noun(part)), set()).add(i)
        for i, (start, end, ref) in enumerate(self.mentions):
            parts = self.roles[ref.id] + _parts(" ".join(word for _, word in self.appositions[i]))
            name = doc.char_span(start, end, alignment_mode="expand")
            title = _title_of(name) if name is not None else None
            title_words = {_ungendered(DESCRIBING_TITLES.get(t.lower_.rstrip("."), t.lower_)) for t in title or ()}
            if title_words:  # "Sen. Bernie Sanders of Vermont" is "the Vermont senator"
                title_words |= {word.lower() for word in stated_after[i][1]}
            self.homes.append(_homes(" ".join([*parts, title.text if title else "", *stated_after[i][1]])))
            self.title_heads.append(_ungendered(DESCRIBING_TITLES.get(title[-1].lower_.rstrip("."), title[-1].lower_)) if title else None)
            self.deputies.append(frozenset((title_words | _stated_words(parts, False)) & DEPUTY_WORDS))
            for former in (False, True):
                stated = _stated_words(parts, former)
                for word in stated:
                    self.stated[former].setdefault(word, set()).add(i)
                if title_words and (former or not title_words & FORMER_WORDS):
                    # the title and what an apposition states describe together: "Gov. Lyle
                    # Haskins, a Republican," is "the Republican governor"
                    for word in title_words | stated:
                        self.titled[former].setdefault(word, set()).add(i)

    def given_to_anyone(self, description: Span) -> bool:
        """Whether any person named before ``description`` was given its head noun, by a role, an
        apposition or a title: then the description is a way to tell people apart, not news."""
        head = _ungendered(description.root.lower_)
        found = [*self.stated[False].get(head, ()), *self.titled[False].get(head, ()), *self.stated_heads.get(head, ())]
        return any(self.mentions[i][0] < description.start_char for i in found)

    def headed(self, description: Span) -> EntityRef | None:
        """The one person named before ``description`` whom an apposition gave its head noun ("Dr.
        Lukas Brandt, a hydrologist at the Survey, ... the hydrologist said"); None for none or two."""
        found = {self.mentions[i][2].id: self.mentions[i][2] for i in self.stated_heads.get(_ungendered(description.root.lower_), ())
                 if self.mentions[i][0] < description.start_char}
        return next(iter(found.values())) if len(found) == 1 else None

    def described(self, description: Span, words: set[str], former: bool, title_head: str | None = None) -> EntityRef | None:
        """The person named before ``description`` whom the article described so: the latest one an
        apposition or role states it of, else the one person a title before the name states it of.
        With ``title_head``, only a title ending in that word describes: "the sheriff" is "Sheriff
        Roy Ealy", "the military" no "Military spokesman"."""
        limit = description.start_char

        def given(word: str) -> bool:
            return any(self.mentions[i][0] < limit for table in (self.stated, self.titled) for i in table[former].get(word, ()))

        # an age no one was given is news the description adds ("Finance Minister Rania Haddad
        # said ... The 52-year-old minister said"), not a way to tell people apart
        words = {w for w in words if not w.isdigit() or given(w)}
        # so is a home state or a party ("Sen. Jo Roe ... The Vermont senator said"), but then only
        # of the person named last, by a role: many are senators, many Republicans
        added = {w for w in words if w in ADDED_NEWS_WORDS and not given(w)}
        if not added:
            return self._described(description, words, former, title_head)
        kept = words - added
        if not kept - PARTY_WORDS:
            return None
        ref = self._described(description, kept, former, title_head)
        last = self._last_named(limit)
        return ref if ref is not None and last is not None and last.id == ref.id else None

    def _last_named(self, limit: int) -> EntityRef | None:
        """The person named last before ``limit``, not as a modifier ("the Brandon event")."""
        return next((ref for n, (start, _, ref) in reversed(list(enumerate(self.mentions))) if start < limit and not self.attributive[n]), None)

    def _described(self, description: Span, words: set[str], former: bool, title_head: str | None) -> EntityRef | None:
        """``described`` once the words that tell people apart are settled."""
        limit = description.start_char
        homes = _homes(description.text)

        def having(table: dict[str, set[int]]) -> list[int]:
            found = set.intersection(*(table.get(word, set()) for word in words)) if words else set()
            return sorted(
                i for i in found
                if self.mentions[i][0] < limit and title_head in (None, self.title_heads[i]) and self.deputies[i] <= words
                and not _other_home(homes, self.homes[i])
            )

        for i in reversed(having(self.stated[former]) if title_head is None else []):
            # the apposition ends before the description itself: "Her husband, Saeed Abedini, was
            # free ..., the president told her"
            _, _, ref = self.mentions[i]
            apposition = " ".join(word for at, word in self.appositions[i] if at < limit)
            if words <= _stated_words(self.roles[ref.id] + _parts(apposition), former):
                return ref
        # a title written before a name ("Ohio Gov. Jo Roe") describes as well, when it describes
        # one person only, or when of several senators the person named last is one: "Sen. Jo Roe
        # of Kansas said ... The senator said"
        titled = {self.mentions[i][2].id: self.mentions[i][2] for i in having(self.titled[former])}
        if len(titled) == 1:
            return next(iter(titled.values()))
        # (a name used as a modifier names no one the text turns to: "at the Brandon event")
        before = [(start, ref) for n, (start, _, ref) in enumerate(self.mentions) if start < limit and not self.attributive[n]]
        if not before or before[-1][1].id not in titled:
            return None
        # "Sen. Tom Bale and Sen. Ana Ruiz spoke": named together, neither is the last one named
        sentence = description.doc.char_span(before[-1][0], before[-1][0] + 1, alignment_mode="expand")
        rivals = [start for start, ref in before if ref.id in titled and ref.id != before[-1][1].id]
        if sentence is not None and rivals and rivals[-1] >= sentence.sent.start_char:
            return None
        return before[-1][1]


class SpeakerResolver:
    def __init__(self, original: str, index: EntityIndex, roles: dict[str, str]) -> None:
        self.original = original
        self.index = index
        self.roles = roles  # entity id -> a role it was given in the article
        # ("name" or "last", a name or its last word in lowercase) -> the entities named so
        self._names_written: dict[tuple[str, str], dict[str, EntityRef]] | None = None
        self.history: list[Earlier] = []  # in the order of their starts, as attributions come
        self._reach: list[int] = []  # the furthest end among history[: i + 1]
        # where paragraphs start and quotation marks stand, for "is this offset inside someone's
        # words": read once per article, not once per question (one long paragraph asks thousands)
        self._paragraph_starts = [m.end() - 1 for m in re.finditer("\n\n", original)]
        self._descriptions: PersonDescriptions | None = None  # made on the first description
        self._marks = {mark: [m.start() for m in re.finditer(re.escape(mark), original)] for mark in ("\u201c", "\u201d", '"', "''")}

    def text(self, span: Span) -> str:
        return self.original[span.start_char : span.end_char]

    def written(self, a: Attribution) -> str:
        """The speaker's words as the article wrote them."""
        return self.text(a.mention if a.mention is not None else a.speaker)

    def resolve(self, attribution: Attribution) -> ResolvedSpeaker | None:
        resolved = self._resolve(attribution)
        if resolved is not None:
            mention = (attribution.speaker.start_char, attribution.speaker.end_char) if attribution.speaker is not None else None
            said = Earlier(attribution.start, attribution.end, attribution.paragraph, resolved, mention=mention)
            # attributions come in the order of their starts: an earlier one holds this one when it
            # reaches as far, and this one holds an earlier one only when both start together
            said.nested = bool(self._reach) and said.end <= self._reach[-1] or _source_of_a_report(attribution)
            for other in reversed(self.history):
                if other.start != said.start:
                    break
                if other.end < said.end:
                    other.nested = True
            self.history.append(said)
            self._reach.append(max(said.end, self._reach[-1]) if self._reach else said.end)
        return resolved

    def _resolve(self, a: Attribution) -> ResolvedSpeaker | None:
        if a.speaker is None:
            return self._running(a)
        span = a.speaker
        ref = self.index.exactly(span.start_char, span.end_char) or self._named_elsewhere(span) or self._titled_person_ending(span)
        if ref is not None:
            speaker_text = self.written(a)
            role = self.text(a.role) if a.role is not None else (a.descriptor or self.roles.get(ref.id))
            return ResolvedSpeaker(
                Speaker(ref.name, speaker_text, ref.id, speaker_type(ref.label)),
                role,
                self._org(a, ref),
                "cue",
            )
        if len(span) == 1 and span[0].lower_ in PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_PLURAL:
            return self._with_others(span[0], self._antecedent(a, span[0]))
        described = (
            self._described_person(a, span) or self._described_outlet(a, span) or self._described_body(a, span)
            or self._statement_made(a, span)
        )
        if described is not None:
            return described
        head = span.root
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in GROUP_HEADS or head.lower_ in ("those", "these")  # "those surveyed"
        titled = _titled_name(span)
        if titled is not None:  # "Governor Ana Ruiz", a name the entity step missed, is a person
            return ResolvedSpeaker(Speaker(titled, self.written(a), None, "PERSON"), self.text(span[:1]), None, "cue")
        # a proper name the entity step missed ("Downing Street insisted") is a named body
        person = head.ent_type_ == "NORP" or head.lower_ in PERSON_ROLE_NOUNS  # "the Wisconsin Republican"
        if head.lower_ in DOCUMENT_HEADS and head.pos_ == "NOUN":
            kind = "DOCUMENT"  # "a new study finds", "court records show", "the filing says"
        else:
            kind = "GROUP" if plural else ("ORG" if head.pos_ == "PROPN" and not person else "ANONYMOUS")
        words = [t for t in span if t.lower_ not in ("another", "a", "an", "the", "one")]
        role = self.original[words[0].idx : words[-1].idx + len(words[-1])] if kind == "ANONYMOUS" and words else None
        if a.role is not None:
            role = self.text(a.role)
        org = self._org_within(span) or self._demonym_org(span)
        return ResolvedSpeaker(Speaker(self.text(span), self.written(a), None, kind), role, org, "cue")

    def _titled_person_ending(self, span: Span) -> EntityRef | None:
        """"Bureau of Reclamation Commissioner Tanya Bjornstad", which the parse may head with the
        body: a name of title-case words ending in a title and a person's name is that person (not
        "the son of Treasurer Gordon Vail", whose lowercase words describe someone else)."""
        inside = [(start, ref) for start, end, ref in self.index.within(span.start_char, span.end_char) if ref.label == "PERSON" and end == span.end_char]
        if len(inside) != 1:
            return None
        start, ref = inside[0]
        before = [t for t in span if t.idx < start]
        if not before or before[-1].lower_.rstrip(".") not in TITLES | PERSON_ROLE_NOUNS:
            return None
        return ref if all(t.is_title or t.is_upper or t.lower_ in ("of", "the", "and", "for") for t in before) else None

    def _named_elsewhere(self, span: Span) -> EntityRef | None:
        """"Lopez:" or "JOEL BENENSON:" heading a transcript line, "Lewandowski: ..." in a title-case
        headline: a name the tagger missed is the one person or body the article names so."""
        if len(span) > 3 or not all(t.is_title or t.is_upper and t.is_alpha for t in span):
            return None
        if self._names_written is None:  # made once per article: a transcript asks for every line
            self._names_written = {}
            for ref in self.index.refs.values():
                if ref.label in ("PERSON", "ORG"):
                    self._names_written.setdefault(("name", ref.name.lower()), {})[ref.id] = ref
                    self._names_written.setdefault(("last", ref.name.split()[-1].lower()), {})[ref.id] = ref
                    if ref.label == "PERSON":
                        self._names_written.setdefault(("first", ref.name.split()[0].lower()), {})[ref.id] = ref
        written = span.text.lower()  # "JOEL BENENSON:" heading a transcript line is Joel Benenson
        named = dict(self._names_written.get(("name", written), {}))
        honorific = gender_of(span[0].text) if len(span) == 2 and span[0].lower_.rstrip(".") in HONORIFICS else None
        if len(span) == 1 or honorific is not None:
            named.update(self._names_written.get(("last", span[-1].lower_), {}))
        if len(span) == 1 and span[0].lower_ in census_first_names():
            # "Her daughter, Emily Park, 11, ... Emily said": a first name the tagger missed
            named.update(self._names_written.get(("first", span[0].lower_), {}))
        if len(span) == 2 and span[0].lower_ in KNIGHTHOODS:  # "Sir Nigel" is Sir Nigel Ashworth
            named.update(self._names_written.get(("first", span[-1].lower_), {}))
        if len(named) > 1 and honorific is not None:
            # "Ms Hargreaves" of Helen and Simon Hargreaves is the one her honorific's gender names
            named = {key: ref for key, ref in named.items() if ref.label == "PERSON" and gender_of(ref.name) == honorific}
        return next(iter(named.values())) if len(named) == 1 else None

    def _described_person(self, a: Attribution, span: Span) -> ResolvedSpeaker | None:
        ref = self._person_described(span)
        if ref is not None:
            return self._described_as(a, ref)
        if AGE_ALONE.fullmatch(span.text):
            # "'...,' the 16-year-old said": an age with no role, given to no one in the article,
            # is news about the person the story is quoting, as a pronoun would be
            return self._latest_person_speaker(a, MAX_RUNNING_PARAGRAPHS)
        if self._new_role(span) and not self._descriptions.given_to_anyone(span):
            # "DeShawn Pike, who scored 31 points, sat at the podium. ... the fourth-year guard
            # said": a role the article states of no one is news about the person its paragraph
            # is about: who spoke last in it, else the one person it names before the role
            return self._latest_person_speaker(a, 0) or self._only_person_of_paragraph(a, span)
        return None

    def _new_role(self, span: Span) -> bool:
        """"the retired high school principal": a definite description of one person by a role, no
        one unnamed was introduced with before ("A Republican consultant, who asked not to be
        named, said ... the consultant said" is that consultant)."""
        head = span.root
        if not (
            span[0].lower_ == "the" and head.tag_ == "NN" and head.i == span.end - 1 and head.lower_ in PERSON_ROLE_NOUNS
            and not any(t.pos_ == "PROPN" or t.lower_ in FORMER_WORDS for t in span)
        ):
            return False
        introduced = re.compile(rf"\b(?:an?|another|one)\s+(?:[\w'’-]+\s+){{0,4}}{re.escape(head.lower_)}\b", re.IGNORECASE)
        return introduced.search(text_of(span.doc), 0, span.start_char) is None

    def _latest_person_speaker(self, a: Attribution, paragraphs_back: int) -> ResolvedSpeaker | None:
        """The latest named person who spoke before ``a``, in its paragraph or as many before."""
        for said in reversed(self.history):
            if said.start > a.start or said.nested:
                continue
            if a.paragraph - said.paragraph > paragraphs_back:
                return None
            sp = said.resolved.speaker
            if sp.type == "PERSON" and sp.entity_id is not None:
                return ResolvedSpeaker(Speaker(sp.name, self.written(a), sp.entity_id, "PERSON"), said.resolved.role, None, "description")
        return None

    def _only_person_of_paragraph(self, a: Attribution, span: Span) -> ResolvedSpeaker | None:
        """The one person the paragraph names before ``span``, the subject of a clause there ("His
        father, Alan Brooks, ... wept"): no one it only names in passing ("Der Spiegel reported")."""
        start = text_of(span.doc).rfind("\n", 0, span.start_char) + 1
        # (a name in the description's own sentence is someone else: "Her brother, Luis Bale, was
        # free, the governor told her")
        mentions = [(at, end, ref) for at, end, ref in self.index.within(start, span.sent.start_char) if ref.label == "PERSON"]
        named = {ref.id: ref for at, end, ref in mentions}
        # (a subject of a clause there, or set beside one: "His father, Alan Brooks, ... wept")
        as_subject = [dep in SUBJECT_DEPS or dep == "appos" and head in SUBJECT_DEPS for dep, head in (_name_dep(span.doc, at, end) for at, end, _ in mentions)]
        if len(named) != 1 or not any(as_subject):
            return None
        return self._described_as(a, next(iter(named.values())))

    def _described_as(self, a: Attribution, ref: EntityRef) -> ResolvedSpeaker:
        """The person ``ref`` as the one the description of ``a`` stands for."""
        return ResolvedSpeaker(Speaker(ref.name, self.written(a), ref.id, "PERSON"), self.roles.get(ref.id), None, "description")

    def _person_described(self, span: Span) -> EntityRef | None:
        """"The Wisconsin Republican", "the former secretary of state": a definite description of
        one person refers to the person the article described that way before — in an apposition
        ("Rand Paul, a Kentucky Republican,"), a role it gave them, or a title it wrote before the
        name of one person only ("Ohio Gov. John Kasich"). Without such evidence the description
        stays as written: a guess by recency would name the wrong person."""
        head = span.root
        if len(span) == 2 and span[0].lower_ in ("her", "his", "their") and head.lower_ in PERSON_ROLE_NOUNS:
            return self._related_person(span)
        if span[0].lower_ != "the" or head.tag_ not in ("NN", "NNP"):
            return None
        # a role noun describes by any title or apposition stating it; another agent of the agents
        # dictionary ("the sheriff", "the congresswoman") only by a title it ends
        if self._descriptions is None:
            self._descriptions = PersonDescriptions(span.doc, self.index, self.roles)
        by_any = head.lower_ in PERSON_ROLE_NOUNS or head.lower_ in TITLES or head.ent_type_ == "NORP"
        if not by_any and head.lower_ not in agent_nouns():
            return self._descriptions.headed(span) if len(span) == 2 else None
        words = _description_words(span)
        return self._descriptions.described(
            span, words, former=any(t.lower_ in FORMER_WORDS for t in span), title_head=None if by_any else _ungendered(head.lower_)
        )

    def _related_person(self, span: Span) -> EntityRef | None:
        """"Her father said": the person the article named with these words before, in an apposition
        ("Her father, Angus MacLeod, has ...", "Angus MacLeod, her father,"); without one, as written."""
        words = rf"\b{re.escape(span[0].lower_)}\s+{re.escape(span[1].lower_)}"
        before_name = re.compile(words + r",\s+$", re.IGNORECASE)
        after_name = re.compile(r",\s+" + words[2:] + r"\s*,", re.IGNORECASE)  # set off: not "Clinton, his son said"
        named = None
        for start, end, ref in self.index.within(0, span.start_char):
            if ref.label == "PERSON" and (before_name.search(self.original[max(0, start - 24) : start]) or after_name.match(self.original, end)):
                named = ref
        return named

    def _described_outlet(self, a: Attribution, span: Span) -> ResolvedSpeaker | None:
        """"The newspaper", "the daily": the latest outlet the article named as one before — an
        earlier speaker written so ("The Kayhan newspaper accused ..."), or a name it describes so
        ("Al-Watan, a pro-government daily,", "the daily Al-Watan", "the Kayhan newspaper")."""
        definite = span[0].lower_ == "the" or span.start > 0 and span.doc[span.start - 1].lower_ == "the"
        if not definite or span.root.lower_ not in OUTLET_NOUNS or len(span) > 4 or any(t.pos_ == "PROPN" for t in span):
            return None
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if span.root.dep_ == "compound" or after is not None and after.head.i == span.root.i and not after.is_punct:
            return None  # the outlet's own name follows: "The website fivethirtyeight noted"
        found: list[tuple[int, str, str | None, str]] = []  # (where named, name, entity id, speaker type)
        for said in self.history:
            sp = said.resolved.speaker
            written = sp.text.split()
            if written and written[-1].lower() in OUTLET_NOUNS and any(w[:1].isupper() for w in written[1:-1]) or (
                said.mention is not None and _named_as_outlet(self.original, *said.mention)
            ):
                found.append((said.mention[0] if said.mention else said.start, sp.name, sp.entity_id, sp.type))
        for start, end, ref in self.index.within(0, span.start_char):
            # a place names where an outlet is: "a Baton Rouge newspaper"
            if ref.label not in ("GPE", "LOC") and _named_as_outlet(self.original, start, end):
                found.append((start, ref.name, ref.id, "ORG"))
        if not found:
            return None
        _, name, entity_id, kind = max(found, key=lambda f: f[0])
        return ResolvedSpeaker(Speaker(name, self.written(a), entity_id, kind), None, None, "description")

    def _described_body(self, a: Attribution, span: Span) -> ResolvedSpeaker | None:
        """"The commission", "the utility", "the company": the latest organisation the article named
        and described so before — by its name ("the Federal Trade Commission"), a word before it
        ("the utility Eskom", "the manufacturer, Korea's EuBiologics") or an apposition ("Northgate
        Steel, the company that owns the mill,"). A business is described by any word the agents
        dictionary files under business: "German carmaker Stellwerk ... The company said". Without
        such evidence the description stays as written."""
        head = span.root
        written = [t for t in span if not _says_base(t)]
        if span[0].lower_ != "the" or len(written) > 4 or head.tag_ != "NN" or any(t.pos_ == "PROPN" for t in written):
            return None
        if head.lower_ in PERSON_ROLE_NOUNS or head.lower_ in TITLES or head.lower_ in DOCUMENT_HEADS or head.lower_ in OUTLET_NOUNS:
            return None
        businesses = sector_nouns(BUSINESS)
        # (a business's own name says only what it is called: "United Steelworkers" is a union)
        noun = re.escape(head.lower_)
        kind = "(?:" + "|".join(map(re.escape, sorted(businesses))) + ")" if head.lower_ in businesses else noun
        # the words before the head say which body too: "the appeals court" is no "Supreme Court";
        # where it is based says nothing of what it is ("The Munich-based company")
        modifiers = {t.lower_ for t in written if t.i != head.i and t.lower_ != "the" and t.is_alpha}
        named_so = re.compile(rf"(?<![\w-]){noun}(?![\w-])", re.IGNORECASE)
        after = re.compile(rf",\s+(?:a|an|the)\s+[^,.;]{{0,60}}?\b{kind}(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|whose|based|owned|in|of)\b)", re.IGNORECASE)
        # "the utility Eskom", "the manufacturer, South Korea's EuBiologics"
        before = re.compile(rf"\b(?:[\w-]+\s+){{0,3}}(?i:{kind})(?:,\s+(?:[A-Z][\w.-]*(?:['’]s)?\s+){{1,3}}|\s+)$")
        described: set[str] = set()
        latest: EntityRef | None = None
        for start, end, ref in self.index.within(0, span.start_char):
            if ref.label != "ORG":
                continue
            evidence = (
                (named_so.search(self.original, start, end) and self.original[start:end])
                or (m := after.match(self.original, end)) and m.group(0)
                or (m := before.search(self.original[max(0, start - 40) : start])) and m.group(0)
            )
            if evidence and modifiers <= set(re.findall(r"[\w'’-]+", evidence.lower())):
                described.add(ref.id)
            if ref.id in described:
                latest = ref
            elif ACRONYM_RE.fullmatch(self.original[start:end]):
                latest = None  # an acronym hides what it is: "the GOP ... The party" is no "Tea Party" named before
        if latest is None:
            return None
        return ResolvedSpeaker(Speaker(latest.name, self.written(a), latest.id, "ORG"), None, None, "description")

    def _statement_made(self, a: Attribution, span: Span) -> ResolvedSpeaker | None:
        """"'...,' the statement said": the statement the article told of before is its maker's —
        the latest speaker, in this paragraph or the two before, whose sentence tells of a
        statement ("In a statement released by his lawyers, he said ...")."""
        if len(span) != 2 or span[0].lower_ != "the" or span.root.lemma_.lower() != STATEMENT:
            return None
        doc = span.doc
        for said in reversed(self.history):
            if said.start > a.start or said.nested or said.mention is None:
                continue
            if a.paragraph - said.paragraph > MAX_RUNNING_PARAGRAPHS:
                return None
            written = doc.char_span(*said.mention, alignment_mode="expand")
            if written is None or said.resolved.speaker.type == "DOCUMENT":
                continue
            if any(t.lemma_.lower() == STATEMENT for t in written.sent):
                sp = said.resolved.speaker
                return ResolvedSpeaker(Speaker(sp.name, self.written(a), sp.entity_id, sp.type), said.resolved.role, said.resolved.org, "description")
        return None

    def antecedent(self, pronoun: Token) -> Speaker | None:
        """Whom a pronoun in an event stands for ("she attacked President Obama", "she hit him on
        guns"), found as a speaker's pronoun is: the subjects before it, the sentence before, then
        the latest speaker before it who fits. None when no named entity fits."""
        if self._in_quotation_marks(pronoun.idx):
            return None  # in someone's quoted words, "she" and "him" are the speaker's to say
        resolved = self._antecedent(Narration(pronoun.idx, pronoun.idx), pronoun)
        return resolved.speaker if resolved is not None and resolved.speaker.entity_id is not None else None

    def _antecedent(self, a: Attribution | Narration, pronoun: Token) -> ResolvedSpeaker | None:
        word = pronoun.lower_
        # an object is never its own clause's subject ("Clinton attacked her": not Clinton)
        own_clause = (pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head).i if pronoun.dep_ in OBJECT_DEPS else None
        # the subject of a clause the pronoun's clause hangs in, or of one beside it, comes before any
        # earlier speaker ("Don Roe, who retired in 2010, knew it: he said ...", "Although Assange
        # was not charged, he has accused ..."); the subject of a clause inside another does not
        # ("Roe, alleging that Obama ..., said he would ...")
        governing = {t.i for t in pronoun.ancestors}
        quoted_pronoun = self._in_quotation_marks(pronoun.idx)
        # a governing clause's own subject before one of a clause it holds: "Mayfield acknowledged
        # that Voss had made inroads, but he said ...": he is Mayfield
        for beside in (False, True):
            for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
                clause = token.head
                if clause.i == own_clause:
                    continue
                if not quoted_pronoun and self._in_quotation_marks(token.idx):
                    continue  # "'Kathy ran a great race,' he said": who speaks is not whom the words are about
                # a name the parser made the sentence's root, its verbs hung on it, is its subject
                # ("Clinton, though she praised Garland ..., stopped short": she is Clinton)
                heads_sentence = token.dep_ == "ROOT" and token.pos_ in ("PROPN", "NOUN") and token.i in governing
                held = clause.dep_ in ("ccomp", "advcl") and clause.head.i in governing and clause.i not in governing
                # (a condition on the pronoun's own verb is beside it: "if Mr. Obama opted to, he should have")
                own_condition = clause.dep_ == "advcl" and clause.head.i == pronoun.head.i
                if not heads_sentence and (token.dep_ not in ("nsubj", "nsubjpass") or not (
                    clause.i in governing or own_condition or beside and held
                )):
                    continue
                resolved = self._subject_antecedent(pronoun, token)
                if resolved is not None:
                    return resolved
        # the one the sentence before is about comes before an earlier speaker: "Mr. Kasich
        # differed. ''...,'' he said", "Blunt helped orchestrate a deal. But he stood with ..."
        # unless the pronoun's own sentence has a subject before it that it fits ("In Miami,
        # where Mr. Rubio began his career, he ..."): then the speaker the sentence names decides
        if not self._subject_in_own_sentence(a, pronoun):
            resolved = self._previous_subject(a, pronoun) or self._subject_since_last_speaker(a, pronoun)
            if resolved is not None:
                return resolved
        for said in reversed(self.history):
            if said.start > a.start:
                continue  # an event's pronoun looks back, not to the article's later speakers
            earlier = said.resolved
            sp = earlier.speaker
            if not said.nested and _pronoun_fits(word, sp.type, None, self._as_described(said), earlier.role):
                return ResolvedSpeaker(Speaker(sp.name, pronoun.text, sp.entity_id, sp.type), earlier.role, earlier.org, "pronoun")
        # no earlier speaker fits: the subject of an earlier sentence, outside anyone's words
        doc = pronoun.doc
        for token in reversed(doc[: pronoun.sent.start]):
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            resolved = self._subject_antecedent(pronoun, token)
            if resolved is not None and not self._in_words(token.idx, a):
                return resolved
        # nothing it can refer to: the pronoun stands as written, unresolved rather than guessed
        kind = "GROUP" if word in PRONOUNS_PLURAL else "ORG" if word in PRONOUNS_THING else "ANONYMOUS"
        return ResolvedSpeaker(Speaker(pronoun.text, pronoun.text, None, kind), None, None, "pronoun")

    def _as_described(self, said: Earlier) -> str:
        """An earlier speaker's name, with the relative "who" the article sets off after an
        unnamed one: "A lifeguard at the beach, who asked not to be named, said ..." is a person."""
        name = said.resolved.speaker.name
        if said.resolved.speaker.type == "ANONYMOUS" and said.mention is not None and SET_OFF_WHO.match(self.original, said.mention[1]):
            return name + ", who"
        return name

    def _with_others(self, pronoun: Token, resolved: ResolvedSpeaker) -> ResolvedSpeaker:
        """A pronoun written with others ("she and her aides", "he and Mr. Allen") is one of a group
        that speaks together: the group, named by whom the pronoun stands for and the others."""
        others = [t for t in pronoun.children if t.dep_ == "conj"]
        # "he or she", "neither he nor Nanney": one of them, not both together
        joined = any(t.dep_ == "cc" and t.lower_ == "and" for t in pronoun.children)
        if not others or not joined:
            return resolved
        last = pronoun.doc[max(t.right_edge.i for t in others)]
        while last.is_punct:  # "she and Jo Roe, a former aide,"
            last = pronoun.doc[last.i - 1]
        together = self.original[pronoun.idx : last.idx + len(last)]
        named = resolved.speaker.name + together[len(pronoun.text) :]
        return ResolvedSpeaker(Speaker(named, together, None, "GROUP"), None, None, resolved.how)

    def _previous_subject(self, a: Attribution | Narration, pronoun: Token) -> ResolvedSpeaker | None:
        """The subject of the main clause of the sentence before the pronoun's, unless it stands in
        someone's words ("Trump" in '"Trump is wrong," Kasich said.' is not what the sentence is
        about) or is a pair ("Mr. Rubio and Mr. Cruz ... They were hard on him over his comments")."""
        doc = pronoun.doc
        last = pronoun.sent.start - 1
        while last >= 0:
            if doc[last].is_space:
                last -= 1
            elif a.start <= doc[last].idx < a.end:
                # a sentence of the quotation the pronoun reports is not the one before: in '"We read
                # it twice. Well, guess what. It was wrong," she said' it is the one before "We read"
                last = doc[last].sent.start - 1
            else:
                break
        if last < 0:
            return None
        before = doc[last].sent.root
        if any(_parenthetical_report(clause) for clause in before.children):
            # "Trump, Lee said, has created a new party.": its subject stands in Lee's words
            return None
        subjects = [c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")] or _before_the_verb(before)
        # a passive's agent is whom it is about when its subject cannot be: "The army delegation is
        # led by Gen. Yasir al-Atta. ... he said"
        agents = [p for c in before.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subject_ruled_out = not (subjects + agents)  # (or no subject at all: "Baranski, standing at the back, shrugged")
        for subject in subjects + agents:
            if self._in_words(subject.idx, a):
                # what someone said it did: "ISIS has called for attacks, according to the SITE group. It said ..."
                return None
            if pronoun.lower_ not in PRONOUNS_PLURAL and any(t.dep_ == "conj" for t in subject.children):
                continue
            resolved = self._subject_antecedent(pronoun, subject)
            if resolved is not None:
                return resolved
            subject_ruled_out = subject.pos_ != "PROPN" or self.index.at(subject.idx) is not None
            if subject.dep_ != "nsubjpass" or not agents:
                break
        # a subject it cannot stand for, and one person in the sentence: "The decision drew
        # criticism from Supervisor Kevin Crye. He said ...", "For Pruitt, that is cold comfort. She
        # said ...", not an owner ("Khan's speech") nor beside a name the tagger missed ("Woods")
        if not subject_ruled_out:
            return None
        people = list({
            ref.id: ref for start, end, ref in self.index.within(before.sent.start_char, before.sent.end_char)
            if ref.label == "PERSON" and not self._in_words(start, a) and _name_dep(pronoun.doc, start, end)[0] != "poss"
        }.values())
        if len(people) != 1:
            return None
        ref = people[0]
        if not _pronoun_fits(pronoun.lower_, "PERSON", ref.label, ref.name, self.roles.get(ref.id)):
            return None
        return ResolvedSpeaker(Speaker(ref.name, pronoun.text, ref.id, "PERSON"), self.roles.get(ref.id), None, "pronoun")

    def _subject_in_own_sentence(self, a: Attribution | Narration, pronoun: Token) -> bool:
        """Whether the pronoun's own sentence has a subject before it that the pronoun fits."""
        return any(
            token.dep_ in ("nsubj", "nsubjpass") and self._subject_antecedent(pronoun, token) is not None and not self._in_words(token.idx, a)
            for token in pronoun.doc[pronoun.sent.start : pronoun.i]
        )

    def _subject_since_last_speaker(self, a: Attribution | Narration, pronoun: Token) -> ResolvedSpeaker | None:
        """The latest main-clause subject the pronoun fits, written after the latest earlier
        speaker it fits, in its paragraph or the one before: '"...," said Tanya Mitchell. / Ms.
        Marsh has now issued 41 vetoes. Republicans have not overridden any of them. / She told
        reporters ...': the text has turned to Ms. Marsh since Ms. Mitchell spoke."""
        word = pronoun.lower_
        latest = next((
            said for said in reversed(self.history)
            if said.start <= a.start and not said.nested
            and _pronoun_fits(word, said.resolved.speaker.type, None, said.resolved.speaker.name, said.resolved.role)
        ), None)
        if latest is None:
            return None  # with no speaker to weigh it against, the search for earlier subjects decides
        since = max(latest.end, latest.mention[1] if latest.mention else latest.end)
        paragraph = bisect.bisect_right(self._paragraph_starts, pronoun.idx) - 1
        since = max(since, self._paragraph_starts[paragraph - 1] if paragraph >= 1 else 0)
        doc = pronoun.doc
        for token in reversed(doc[: pronoun.sent.start]):
            if token.idx <= since:
                break
            if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT" or self._in_words(token.idx, a):
                continue
            resolved = self._subject_antecedent(pronoun, token)
            if resolved is not None:
                return resolved
        return None

    def _in_words(self, offset: int, a: Attribution | Narration) -> bool:
        """Whether ``offset`` stands in someone's words: in what ``a`` or an earlier attribution
        reports, or inside quotation marks opened in its paragraph."""
        if a.start <= offset < a.end:
            return True
        # the latest earlier attribution starting before ``offset`` reaches past it, or one before it does
        latest = bisect.bisect_right(self.history, offset, key=lambda said: said.start) - 1
        if latest >= 0 and self._reach[latest] > offset:
            return True
        return self._in_quotation_marks(offset)

    def _in_quotation_marks(self, offset: int) -> bool:
        """Whether quotation marks opened in ``offset``'s paragraph are still open there."""
        breaks = bisect.bisect_left(self._paragraph_starts, offset)
        paragraph = self._paragraph_starts[breaks - 1] if breaks else 0
        counts = {
            mark: bisect.bisect_left(at, offset - len(mark) + 1) - bisect.bisect_left(at, paragraph) for mark, at in self._marks.items()
        }
        return counts["\u201c"] > counts["\u201d"] or counts['"'] % 2 == 1 or counts["''"] % 2 == 1

    def _subject_antecedent(self, pronoun: Token, subject: Token) -> ResolvedSpeaker | None:
        """The entity a subject names, as what the pronoun stands for, if the pronoun can refer to it:
        one the entity step found there, or a name it missed there that the article gives one person
        or body elsewhere ("Mills declared ...: '...,' she said" after "Karen Mills")."""
        ref = self.index.at(subject.idx)
        if ref is None and subject.pos_ != "PROPN":
            # "His daughter, Valentina Paredes, ... She said": the name set beside the description;
            # "the congressman laughed. 'He's ...,' he said": whom the article describes so
            named = next((self.index.at(c.idx) for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            ref = named or self._person_described(subject.doc[subject.left_edge.i : subject.i + 1])
        if ref is None and subject.pos_ == "PROPN":
            first = subject.i
            while first > subject.left_edge.i and subject.doc[first - 1].pos_ == "PROPN":
                first -= 1
            titled = first
            while titled < subject.i and subject.doc[titled].lower_.rstrip(".") in TITLES:
                titled += 1  # "Chief Delaney", "Coach Ruiz": the name after the title
            ref = self._named_elsewhere(subject.doc[titled : subject.i + 1])
        if ref is None and subject.pos_ == "PROPN":
            name = _untagged_person(subject.doc[first : subject.i + 1])
            if name is not None and _pronoun_fits(pronoun.lower_, "PERSON", "PERSON", name):
                return ResolvedSpeaker(Speaker(name, pronoun.text, None, "PERSON"), None, None, "pronoun")
        if ref is None or not _pronoun_fits(pronoun.lower_, speaker_type(ref.label), ref.label, ref.name, self.roles.get(ref.id)):
            return None
        speaker = Speaker(ref.name, pronoun.text, ref.id, speaker_type(ref.label))
        return ResolvedSpeaker(speaker, self.roles.get(ref.id), None, "pronoun")

    def _running(self, a: Attribution) -> ResolvedSpeaker | None:
        if a.kind != "direct":
            return None
        introduced = self._introduced_by(a.start)
        if introduced is not None:
            return introduced
        for said in reversed(self.history):
            if said.start >= a.start or a.paragraph - said.paragraph > MAX_RUNNING_PARAGRAPHS:
                return None
            if said.nested:
                continue
            earlier = said.resolved
            return ResolvedSpeaker(earlier.speaker, earlier.role, earlier.org, "running")
        return None

    def _introduced_by(self, quote_start: int) -> ResolvedSpeaker | None:
        """The one a line ending in a colon names before a quotation ("Here's Clinton in 1992: '...'",
        "- Michael P. McDonald: '...'", "More from Blumenthal and Cohen: '...'"): a person, or a body
        not named as the place it was said ("Later that month on CNN: '...'" goes on with the speaker)."""
        near = max(0, quote_start - 8)
        head = self.original[near:quote_start].rstrip(OPENING_MARKS)
        if not head.endswith(":"):
            return None
        colon = near + len(head) - 1
        line = max(self.original.rfind("\n", 0, colon), self.original.rfind(". ", 0, colon) + 1, colon - MAX_INTRODUCTION)
        named = self.index.within(line, colon)
        people = [(start, end, ref) for start, end, ref in named if ref.label == "PERSON"]
        bodies = [
            (start, end, ref)
            for start, end, ref in named
            if ref.label == "ORG" and _word_before(self.original, start) not in LOCATIVE_PREPOSITIONS
        ]
        if not people and not bodies:
            return None
        start, end, ref = (people or bodies)[0]
        speaker = Speaker(ref.name, self.original[start:end], ref.id, speaker_type(ref.label))
        return ResolvedSpeaker(speaker, self.roles.get(ref.id), None, "cue")

    def _org(self, a: Attribution, ref: EntityRef) -> str | None:
        """The organisation the speaker speaks for: named in the role, or "wrote for X"."""
        if a.descriptor or (ref.label != "PERSON" and a.role is not None):
            return ref.name  # an outlet or body speaks for itself: "Rouydad 24, a news website"
        if a.role is not None:
            inside = self.index.within(a.role.start_char, a.role.end_char)
            for start, end, other in inside:
                if other.label == "ORG":
                    return self.original[start:end]
            for _, _, other in inside:
                if other.label in ("GPE", "NORP"):
                    return other.name
        if a.cue is not None:
            for child in a.cue.root.children:
                if child.dep_ == "prep" and child.lower_ == "for":
                    for obj in child.children:
                        other = self.index.at(obj.idx)
                        if other is not None and other.label == "ORG":
                            return other.name
        return None

    def _org_within(self, span: Span) -> str | None:
        """"An AIPAC spokesman", "a White House official": the body an unnamed speaker speaks for."""
        return next((ref.name for _, _, ref in self.index.within(span.start_char, span.end_char) if ref.label == "ORG"), None)

    @staticmethod
    def _demonym_org(span: Span) -> str | None:
        g = gazetteer()
        for token in span:
            if token.ent_type_ == "NORP" or token.pos_ == "ADJ":
                code = g.demonym_country(token.text)
                if code:
                    return g.countries[code].name
        return None
