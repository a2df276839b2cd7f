"""Quotes and reported statements, each with its cue verb and the mention of its speaker.

Direct quotes are found by their marks (``quote_marks.find_quotes``); a quoted span with no verb
or fewer than four words ("enemy", "takfiri terrorists") is a quoted *term*, not a quotation.
Each quotation is attributed from the text around it, in the order news copy writes it:

- after it, in the same sentence: ``"...," Daghighi said``, ``"...," said Baghaei``,
  ``"...," Iraj Masjedi, Deputy Coordinator of ..., said``;
- before it: ``Another Iranian official commented, "..."``,
  ``X vowed retaliation, saying, "..."`` (the subject of the verb "saying" hangs off);
- neither: the quotation keeps the running attribution, decided later by the resolver.

Reported statements are reporting verbs with a clausal complement ("told Reuters that ...",
"claimed the goal was ...") or speech acts with a nominal object ("condemned the offensive",
"vowed retaliation"); the statement's text is the complement, or the clause when there is none.

The speaker found here is a *mention* (a span: a name, "It", "Another Iranian official"); the
resolver maps it to an entity. This component writes ``doc.user_data["attributions"]`` and
``doc.user_data["terms"]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.clean.article import POST_SIGNATURE_RE
from newsgraph.extract.lexicon import (
    BELIEF_NOUNS,
    COLLECTIVE_NOUNS,
    DOCUMENT_HEADS,
    GROUP_HEADS,
    JUDGING_VERBS,
    NAMING_VERBS,
    NOMINAL_STATEMENT_VERBS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    OUTLET_NOUNS,
    PERSON_ROLE_NOUNS,
    PHRASAL_REPORTING_VERBS,
    SUBJECT_CONTROL_VERBS,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    REPORTING_VERBS,
    SHARE_HEADS,
    SPEECH_NOUNS,
    STATEMENT_NOUNS,
    SURVEY_NOUNS,
    TITLES,
    census_first_names,
)
from newsgraph.extract.cameo import agent_nouns
from newsgraph.extract.cues import FRAME_DEPS, content_bounds, cue_features, cue_model, frame_of
from newsgraph.extract.nlp import (
    FINITE_TAGS,
    SectionSpan,
    antecedent_of,
    dateline_end,
    english_words,
    entity_at,
    guarded,
    is_infinitive,
    text_of,
    tokens_of,
)
from newsgraph.extract.quote_marks import QUOTE_MARKS, QuoteSpan, find_quotes
from newsgraph.extract.time import date_of_clause, resolve_date

MIN_QUOTE_WORDS = 3  # with a verb: "I hope not." is a quotation, "no option" a quoted term
MAX_ATTRIBUTION_TOKENS = 40
SUBJECT_DEPS = ("nsubj", "nsubjpass")
ADDRESSEE_VERBS = frozenset({"tell", "assure", "inform", "warn"})  # their object is who is told
QUESTIONING_VERBS = frozenset({"ask", "question"})  # their object is who is asked
FINDING_VERBS = frozenset({"find", "show", "rule", "determine", "establish"})  # "found that ...": a finding stated
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"})
# where a word stands as a noun would (what the tagger calls a verb there is no verb: "Trump shot back")
NOMINAL_DEPS = frozenset({"amod", "nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "poss"})
NOT_SPEAKERS = RELATIVE_PRONOUNS | frozenset({"what", "whose", "this", "these", "those", "nothing", "something", "anything"})
# a verb without a subject of its own takes its head's: "vowed retaliation, saying ..."
CLIMB_DEPS = ("advcl", "xcomp", "conj", "pcomp", "dep")
PREDICATE_LINKS = ("prep", "attr", "acomp")


@dataclass
class Attribution:
    """A quote or statement found in the Doc; offsets are characters in the Doc's text."""

    kind: str  # "direct" or "indirect"
    start: int
    end: int
    pieces: list[tuple[int, int]]
    cue: Span | None
    speaker: Span | None  # the span the speaker is resolved from (a name, "It", "Another Iranian official")
    role: Span | None = None
    org: Span | None = None
    date: str | None = None
    paragraph: int = 0  # index of the paragraph the quote starts in
    closed: bool = True
    speaker_head: Token | None = None
    descriptor: str | None = None  # "newspaper" in "The Kayhan newspaper"
    # the words as written when they differ from ``speaker``: "who" for "Sanders, who said",
    # "The Kayhan newspaper" for Kayhan
    mention: Span | None = None


def is_paragraph_break(token: Token) -> bool:
    return token.is_space and "\n\n" in token.text


def paragraph_index(doc: Doc) -> list[int]:
    """Paragraph number of every token."""
    out = []
    n = 0
    for token in tokens_of(doc):
        if token.is_space and is_paragraph_break(token):
            n += 1
        out.append(n)
    return out


def _span_of_chars(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _is_reporting_verb(token: Token) -> bool:
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    return lemma in REPORTING_VERBS or any((lemma, c.lower_) in PHRASAL_REPORTING_VERBS for c in token.children if c.dep_ == "prt")


def _said_of_a_person(clause: Token) -> bool:
    """Whether a clause's subject is a person, by name or pronoun, who could go on to believe or want."""
    return any(c.dep_ in SUBJECT_DEPS and (c.ent_type_ == "PERSON" or c.lower_ in PRONOUNS_PERSON | PRONOUNS_PLURAL | {"i", "we", "you"}) for c in clause.children)


def _marked_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _finite(verb: Token) -> bool:
    """A finite clause ("found [that he had lied]"), not a small clause ("found [the debate boring]")."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _entity_of(token: Token) -> Span | None:
    return entity_at(token) if token.ent_type_ else None


def _object_in_phrase(token: Token) -> bool:
    """A verb's object, or the object of a preposition on a noun ("a scientist at [Emory University]")."""
    return token.dep_ == "dobj" or token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN")


def _entity_root(token: Token) -> Token:
    """The head of the name ``token`` is part of ("University" of "Emory University"), or the token."""
    entity = _entity_of(token)
    return entity.root if entity is not None else token


def _strip_determiners(doc: Doc, start: int, end: int) -> tuple[int, int]:
    tokens = tokens_of(doc)
    while start < end and (tokens[start].lower_ in ("a", "an", "the") or tokens[start].is_punct or tokens[start].is_space):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1
    return start, end


def _noun_phrase(token: Token) -> Span:
    """The noun phrase a token heads, without its clauses: "Another Iranian official"."""
    doc = token.doc
    left = token.i
    tokens = tokens_of(doc)
    # "the ex-wife": the parser may leave a hyphenated word's first parts outside the phrase
    while left >= 2 and tokens[left - 1].text == "-" and not tokens[left - 1].whitespace_ and not tokens[left - 2].whitespace_:
        if tokens[left - 2].is_space or tokens[left - 2].is_punct:
            break  # a bullet's dash: "\n-SurveyMonkey offers ..."
        left -= 2
    for child in list(tokens[left].lefts) + list(token.lefts):
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case", "advmod"):
            left = min(left, child.left_edge.i)
    # "the sister-in-law", "the editor-in-chief": a head noun's hyphenated phrase after it
    right = token.i
    while right + 2 < len(tokens) and tokens[right + 1].text == "-" and not tokens[right].whitespace_ and not tokens[right + 1].whitespace_ and tokens[right + 2].is_alpha:
        right += 2
    if not any(t.dep_ == "prep" for t in tokens[token.i + 1 : right + 1]):
        right = token.i
    return doc[left : right + 1]


DESCRIBING_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from", "in", "by", "to", "on", "among", "like", "inside", "outside", "within"})
MAX_DESCRIPTION_TOKENS = 30


def _described_phrase(head: Token, exclude: set[int]) -> Span:
    """An unnamed speaker with what describes them: "A spokesman for Kenya's interior ministry",
    "a longtime adviser to the senator", "a poll released Sunday by the Post and ABC News", "the
    aides, led by campaign manager Jane Roe": who stands behind an unnamed source is part of who
    it is."""
    phrase = _noun_phrase(head)
    tokens = tokens_of(head.doc)
    end = phrase.end
    for child in head.rights:
        if child.dep_ == "punct":
            continue
        start = child.left_edge.i
        # a participle after a comma describes only when it names an agent (", led by ...") or
        # the members it includes ("others, including Sen. Jo Roe,", "critics, like Roe and Dix,")
        set_off = start == end + 1 and tokens[end].text in (",", "--", "\u2014", "\u2015")
        members = child.dep_ == "prep" and child.lower_ in ("including", "like")
        after_comma = set_off and (members or child.dep_ == "acl" and any(g.dep_ == "agent" for g in child.children))
        if start != end and not after_comma:
            break
        # "people close to the senator", "critics like Jo Roe", "executives who have worked with
        # him", "a group campaigning for the bill", "a study last year by economists at Duke"
        describes = (
            (child.dep_ == "prep" and child.lower_ in DESCRIBING_PREPOSITIONS)
            or members
            # ... but not the participle that reports what they say ("reports from opposition
            # forces indicating that ...", "911 calls saying shots were fired"): that is the cue
            or (child.dep_ == "acl" and child.tag_ in ("VBN", "VBG") and not (child.tag_ == "VBG" and _is_reporting_verb(child)))
            or (child.dep_ == "amod" and any(g.dep_ == "prep" for g in child.children))
            or child.dep_ == "relcl"
            or (child.dep_ == "npadvmod" and child.ent_type_ == "DATE")
        )
        stop = child.right_edge.i + 1
        if not describes or stop - phrase.start > MAX_DESCRIPTION_TOKENS or any(i in exclude for i in range(start, stop)):
            break
        comma = None if members else next((t.i for t in tokens[child.i : stop] if t.text == ","), None)
        if comma is not None:  # ", who declined to be named": not part of who they are
            end = comma
            break
        end = stop
    while end > phrase.end and tokens[end - 1].is_punct:  # "officials like Jo Roe, a clerk,"
        end -= 1
    return head.doc[phrase.start : end]


def _appositive(token: Token, exclude: set[int]) -> Span | None:
    for child in token.rights:
        # "Maria Hernandez, 54," gives an age, not a role; "(WFP)" spells out a name
        in_parentheses = child.left_edge.i > 0 and token.doc[child.left_edge.i - 1].text == "("
        if child.dep_ == "appos" and child.i not in exclude and not child.like_num and not in_parentheses:
            start, end = _strip_determiners(token.doc, child.left_edge.i, child.right_edge.i + 1)
            if end > start:
                return token.doc[start:end]
    return None


def _title_before(name: Span) -> Span | None:
    """"Los Angeles County Fire Chief Anthony Marrone": the title written before the name."""
    doc = name.doc
    tokens = tokens_of(doc)
    start = name.start
    # "County Fire Chief Anthony Marrone", "opposition leader Raila Odinga"
    while (
        start > 0
        and tokens[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        and start - 1 < tokens[start - 1].head.i < name.end
    ):
        start -= 1
    title = doc[start : name.start]
    if len(title) and any(t.lower_.rstrip(".") in TITLES or t.lower_ in PERSON_ROLE_NOUNS for t in title):
        return title
    # an agent of the agents dictionary capitalised before the name is a title: "Sheriff Roy Ealy"
    if len(title) and title[-1].is_title and title[-1].lower_ in agent_nouns():
        return title
    return None


def _surface_role(doc: Doc, after: int, limit: int, exclude: set[int]) -> Span | None:
    """", an advisor to the IRGC," right after a name: the role, when the parse missed it."""
    tokens = tokens_of(doc)
    if after >= limit or tokens[after].text != ",":
        return None
    end = after + 1
    while end < limit and tokens[end].text != "," and tokens[end].pos_ not in ("VERB", "AUX") and end not in exclude:
        end += 1
    start, stop = _strip_determiners(doc, after + 1, end)
    if stop > start and any(t.lower_ in PERSON_ROLE_NOUNS or t.lower_ in ORG_DESCRIPTORS for t in tokens[start:stop]):
        return doc[start:stop]
    return None


def _survey_of_share(subject: Token) -> Token | None:
    """"In a new poll, 54 percent of voters said ...", "Most voters in the survey say ...": a
    share of respondents speaks through the poll that asked them, which is the source."""
    if not (subject.lower_ in SHARE_HEADS or subject.ent_type_ == "PERCENT"):
        return None
    places = [c for c in subject.head.children if c.dep_ == "prep" and c.i < subject.i] + [
        t for t in subject.subtree if t.dep_ == "prep"
    ]
    for prep in places:
        if prep.lower_ in ("in", "from"):
            survey = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ in SURVEY_NOUNS), None)
            if survey is not None:
                return survey
    # "A new poll shows that 55 percent of voters say ...", "a poll showed her trailing, with 56
    # percent saying ...": a share inside what a poll shows speaks through that poll
    for verb in list(subject.ancestors)[:MAX_SURVEY_DEPTH]:
        survey = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in SURVEY_NOUNS), None)
        if survey is not None:
            return survey
    return None


MAX_SURVEY_DEPTH = 4


DESCRIBING_DETERMINERS = frozenset({"the", "a", "an", "one", "another"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})


def _past_title(token: Token) -> Token:
    """'recalled Mr. Rhodes': the parser may take the honorific for the subject; the name speaks.
    So it does after a title written as a modifier of the name ('said retired surgeon Ben Roe')."""
    tokens = tokens_of(token.doc)
    named = token
    while named.dep_ == "compound" and named.head.i > named.i:
        named = named.head
    if named.i != token.i and named.ent_type_ == "PERSON":
        return named
    if token.lower_ not in HONORIFICS or token.i + 1 >= len(tokens) or tokens[token.i + 1].pos_ != "PROPN":
        return token
    name = tokens[token.i + 1]
    ent = _entity_of(name)
    return ent.root if ent is not None else name


def _mention_for(subject: Token, exclude: set[int], attribution: Attribution, limit: int) -> None:
    """Fill speaker, role and descriptor of ``attribution`` from a subject token."""
    doc = subject.doc
    antecedent = antecedent_of(subject)
    if antecedent.i != subject.i:
        # "Sanders, who has dismissed the story": the pronoun as written, Sanders as resolved
        attribution.mention = doc[subject.i : subject.i + 1]
        subject = antecedent
    survey = _survey_of_share(subject)
    if survey is not None:
        subject = survey
    subject = _past_title(subject)
    ent = _entity_of(subject)
    attribution.speaker_head = subject
    plural_group = subject.tag_ in ("NNS", "NNPS") and ent is not None and _noun_phrase(subject).start < ent.start
    determiner = _noun_phrase(subject)[0].lower_
    if ent is not None and (plural_group or ent.label_ == "NORP" and (determiner in DESCRIBING_DETERMINERS or subject.tag_ in ("NNS", "NNPS"))):
        # "the Kentucky Republican" describes a person (the resolver finds whom), "a Nevada
        # Democrat" one it does not name; "Some Democrats", "many Republicans in Congress" are
        # groups the whole phrase names
        ent = None
    if ent is not None and ent.label_ in ("CARDINAL", "PERCENT", "QUANTITY", "ORDINAL", "DATE"):
        ent = None  # "About 4 in 10", "Sixty percent of voters", "the 16-year-old": the whole phrase speaks
    # (a name's other name is an alias: "Marcel Lazar, known online as Guccifer," is Lazar; and a
    # name the model missed is no description: "De Blasio, speaking on WOR710, called Trump ...")
    described = ent is None and subject.pos_ != "PROPN" or determiner in ("a", "an", "another", "the")
    given = _name_given(subject, exclude) if described else None
    if given is not None:
        attribution.speaker = _entity_of(given)
        attribution.role = doc[_strip_determiners(doc, _noun_phrase(subject).start, subject.i + 1)[0] : subject.i + 1]
        return
    if ent is None:
        # "One Republican hopeful, Carly Fiorina,", "the group, Greenpeace,": the name in apposition speaks
        named = _named_apposition(subject) or _named_after_body(subject) or _name_closing_subject(subject) or _name_set_beside(subject)
        head = _entity_of(subject.head) if subject.dep_ == "appos" else None
        if named is None and head is not None and head.label_ in ("PERSON", "ORG") and _noun_phrase(subject).start <= _past_age(doc, _past_parenthesis(doc, head.end)) + 1:
            # "Matt Roe, a Salem native who says ...", "Rep. Jo Roe (D-Tex.), a Clinton endorser
            # who ...": the description is in apposition to the name right before it (not to "Jo
            # Roe of Breitbart News, a website that ...")
            named = subject.head
        if named is not None:
            attribution.speaker = _entity_of(named)
            attribution.role = doc[_strip_determiners(doc, _noun_phrase(subject).start, subject.i + 1)[0] : subject.i + 1]
            return
        name_word = subject.head.pos_ == "PROPN" and subject.head.is_alpha and subject.head.is_title
        proper = _noun_phrase(subject.head) if subject.dep_ == "appos" and head is None and name_word else None
        if proper is not None and proper.end < subject.i and _noun_phrase(subject).start <= proper.end + 1:
            # the same with a name the model tagged nothing here ("Braynard, a South Carolina
            # native who writes ...", said in the article's earlier lines): the resolver finds whom
            attribution.speaker = proper
            attribution.role = doc[_strip_determiners(doc, _noun_phrase(subject).start, subject.i + 1)[0] : subject.i + 1]
            return
    if ent is not None:
        attribution.speaker = ent
        attribution.role = (
            _appositive(ent.root, exclude) or _surface_role(doc, ent.end, limit, exclude) or _title_before(ent)
        )
        return
    # "The Kayhan newspaper": a descriptor noun whose modifiers hold the name
    # ("Donald Trump's son", "Clinton's spokeswoman" are other people than the owner named)
    inner = [
        t for t in subject.lefts
        if t.ent_type_ and t.dep_ in ("compound", "amod", "nmod", "poss") and not (t.dep_ == "poss" and subject.lower_ in PERSON_ROLE_NOUNS)
    ]
    # (a person in a role, "an AIPAC spokesman", "the RNC member", is someone the article does not
    # name: the description speaks, and the organisation is the one they speak for)
    if inner and subject.lower_ in ORG_DESCRIPTORS and subject.lower_ not in PERSON_ROLE_NOUNS:
        name = _entity_of(inner[-1])
        # ... but an adjective the model typed ORG ("the Lebanese/JJ army") names no body: the
        # phrase speaks, and its country comes from the nationality
        adjective = name is not None and len(name) == 1 and name[0].tag_ == "JJ"
        if name is not None and name.label_ in ("ORG", "PERSON") and not adjective:
            attribution.speaker = name
            attribution.descriptor = subject.lower_
            attribution.mention = _noun_phrase(subject)
            attribution.role = _appositive(subject, exclude)
            return
    # a title coordinated with a titled name is one person: "lobbyist and strategist Jo Roe",
    # "Clinton's chief pollster and strategist Joel Benenson"
    titled = _titled_name_after(subject)
    if titled is not None:
        attribution.speaker = titled
        attribution.role = doc[_strip_determiners(doc, _noun_phrase(subject).start, subject.i + 1)[0] : subject.i + 1]
        return
    # "an analyst" parsed as the subject with the name beside it: "Jalal Khoshchehreh, an analyst"
    # (a name modifying the role is whom the role serves: "a Clinton aide" is not Clinton)
    if subject.lower_ in PERSON_ROLE_NOUNS:
        for other in list(subject.children) + [subject.head]:
            other_ent = _entity_of(other)
            if other_ent is not None and other_ent.label_ == "PERSON" and other.i not in exclude and other.dep_ not in MODIFIER_DEPS:
                attribution.speaker = other_ent
                attribution.role = doc[_strip_determiners(doc, _noun_phrase(subject).start, subject.i + 1)[0] : subject.i + 1]
                return
    attribution.speaker = _described_phrase(subject, exclude)
    attribution.role = _appositive(subject, exclude)


MAX_TITLE_WORDS = 3
# how a name modifies a noun before it: "Clinton's aide", "a Clinton aide", "the Trump campaign"
MODIFIER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})


def _name_closing_subject(subject: Token) -> Token | None:
    """'The author of the book, Mitchell Zuckoff, said': a name set off by commas that closes the
    subject names the person the subject describes, though the parser hangs it on the last noun."""
    if subject.dep_ not in SUBJECT_DEPS:
        return None
    verb, tokens = subject.head, tokens_of(subject.doc)
    for token in subject.subtree:
        left, right = token.left_edge.i, token.right_edge.i
        if token.dep_ == "appos" and right + 2 == verb.i and tokens[right + 1].text == "," and tokens[left - 1].text == ",":
            # the name opens the set-off phrase: "Daniel Roe of Grace Church in Marion"
            ent = _entity_of(token.left_edge)
            return ent.root if ent is not None and ent.label_ == "PERSON" else None
    return None


def _titled_name_after(subject: Token) -> Span | None:
    """The name in "<title> and <title> <Name>" when the subject is the first title (a singular
    noun without an article; "the senator and Jane Roe" are two people, so is "his wife and Jo Roe")."""
    if subject.tag_ != "NN" or any(c.dep_ == "det" for c in subject.children):
        return None
    tokens = tokens_of(subject.doc)
    i = subject.i + 1
    if i >= len(tokens) or tokens[i].lower_ != "and":
        return None
    j = i + 1
    while j < min(len(tokens), i + 1 + MAX_TITLE_WORDS) and tokens[j].is_alpha and tokens[j].ent_type_ != "PERSON":
        j += 1
    if j >= len(tokens) or tokens[j].ent_type_ != "PERSON" or not any(t.is_lower for t in tokens[i + 1 : j]):
        return None
    return _entity_of(tokens[j])


# participles that give a description its name: "a worker named Jo Roe", "a group called
# Citizens for Trump", "the base chief known as Bob", "a woman later identified as Jo Roe"
NAME_GIVING_VERBS = frozenset({"name", "call", "identify", "know", "dub"})


def _name_given(subject: Token, exclude: set[int]) -> Token | None:
    """The name a description is given, which speaks for it: "a 34-year-old accountant named
    Chan Ka-ho said", "A woman later identified as Jo Roe demanded to know" (a reduced relative
    the parse may make the main verb, with the speech verb its conjunct). Where the naming is
    itself the attribution ("the contests known as Super Tuesday"), its cue is in ``exclude``."""
    namings = [c for d in (subject, *(a for a in subject.rights if a.dep_ == "appos")) for c in d.rights if c.dep_ == "acl"]
    if subject.dep_ == "nsubj":
        namings.append(subject.head)
    return next((name for naming in namings if naming.i not in exclude and (name := _given_name(naming)) is not None), None)


def _given_name(naming: Token) -> Token | None:
    """The name a participle without auxiliary gives: "named Jo Roe", "known as Bob"."""
    if naming.lemma_.lower() not in NAME_GIVING_VERBS or naming.tag_ != "VBN" and naming.dep_ != "acl" or any(c.dep_.startswith("aux") for c in naming.children):
        return None
    if naming.tag_ != "VBN" and any(c.dep_ in SUBJECT_DEPS for c in naming.children):
        return None  # "the fact that the FBI named Cleveland as the most dangerous city": a statement
    for child in naming.rights:
        name = next((o for o in child.children if o.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "as" else child
        entity = _entity_of(name) if name is not None and name.dep_ in ("oprd", "dobj", "attr", "pobj", "npadvmod") else None
        if entity is not None and (entity.label_ in ("PERSON", "ORG") or entity.root.pos_ == "PROPN"):
            return name
    return None


def _named_apposition(subject: Token) -> Token | None:
    """"One Republican hopeful, Carly Fiorina,", "the group, Greenpeace,": the name in apposition;
    through a description in apposition too: "The other man, his cousin James York, 40,"."""
    for description in (subject, *(c for c in subject.rights if c.dep_ == "appos" and _entity_of(c) is None)):
        for c in description.rights:
            if (c.dep_ == "appos" or _uncoordinated(c)) and (e := _entity_of(c)) is not None and e.label_ in ("PERSON", "ORG"):
                return c
    return None


def _name_set_beside(subject: Token) -> Token | None:
    """'said the panel's chair, Dr. Susan Kovac, a neurologist', 'according to its organizer, Ruth
    Gallagher.': a name set off by a comma right after a description names it, where the parser
    hangs the name on the verb above (a second subject, an adverb) rather than on the description.
    The name must close its phrase: "the mayor, Jo Roe and two aides" lists three."""
    tokens = tokens_of(subject.doc)
    comma = subject.right_edge.i + 1
    if comma >= len(tokens) or tokens[comma].text != ",":
        return None
    start = comma + 1
    while start < min(len(tokens), comma + 3) and tokens[start].lower_.rstrip(".") in TITLES and not tokens[start].ent_type_:
        start += 1  # "Dr.", "Gen."
    name = _entity_of(tokens[start]) if start < len(tokens) else None
    if name is None or name.start != start or name.label_ not in ("PERSON", "ORG") or name.root.dep_ == "conj":
        return None
    closes = name.end >= name.sent.end or tokens[name.end].text in (",", ".", ";")
    hangs_above = name.root.head in subject.ancestors
    # (a subject of the clause the description hangs in is its own actor: "According to an FBI
    # summary, Cheryl Mills, a top aide, sent ...", unless the description is a subject there too)
    own_subject = name.root.dep_ in SUBJECT_DEPS and not (subject.dep_ in SUBJECT_DEPS and subject.head.i == name.root.head.i)
    return name.root if closes and hangs_above and not own_subject else None


def _uncoordinated(conjunct: Token) -> bool:
    """"The top Democrat on the committee, Rep. Jo Roe of Ohio, said": a name the parser joined to
    the description as a conjunct with no "and" or "or" on either side is in apposition to it."""
    if conjunct.dep_ != "conj":
        return False
    between = conjunct.doc[conjunct.head.i + 1 : conjunct.left_edge.i]
    return not any(t.dep_ == "cc" or t.lower_ in ("and", "or", "nor") for t in (*between, *conjunct.children))


def _named_after_body(subject: Token) -> Token | None:
    """"a former spokesman for the Foreign Ministry, Oleg Roe,", "The head of the ECOWAS observer
    mission, former President Ernest Koroma,": the parser hangs the name on the body, which a
    person's name cannot be in apposition to; the name is the spokesman's."""
    if subject.lower_ not in PERSON_ROLE_NOUNS:
        return None
    for prep in subject.rights:
        bodies = (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ != "PERSON" and c.lower_ not in PERSON_ROLE_NOUNS and c.pos_ in ("NOUN", "PROPN"))
        for body in bodies:
            for name in body.rights:
                if name.dep_ == "appos" and name.ent_type_ == "PERSON":
                    return name
    return None


def _past_hyphens(subject: Token) -> Token:
    """"The ex-wife of ...", "co-host Jane Roe said": the parser splits a hyphenated word into
    several subjects; the speaker is the whole word's last part, or the name it describes."""
    tokens = tokens_of(subject.doc)
    word = subject
    while (
        word.i + 2 < len(tokens)
        and not word.whitespace_
        and tokens[word.i + 1].text == "-"
        and not tokens[word.i + 1].whitespace_
    ):
        word = tokens[word.i + 2]
    if word.i == subject.i or any(t.dep_ == "prep" for t in tokens[subject.i : word.i]):
        return subject  # "brother-in-law", "editor-in-chief": the first part is the head
    return word.head if word.head.i > word.i and word.head.dep_ in SUBJECT_DEPS else word


def _names_no_one(token: Token) -> bool:
    """"What", "this", "nothing", existential "there" credit no one; "those surveyed", "those who
    back her" name a group."""
    if token.tag_ == "EX":  # "There seem to be ...", "there were chants of ...": no one is the subject
        return True
    if token.lower_ in ("those", "these"):
        return not any(c.dep_ in ("acl", "relcl", "prep") for c in token.children)
    return token.lower_ in NOT_SPEAKERS


def _name_tagged_a_verb(subject: Token) -> bool:
    """"Hendricks, campaigning in Henderson, accused ...": a capitalised subject the tagger took for a
    finite verb ("Hendricks" as a verb's third person) is a name; a finite verb is no subject."""
    return subject.dep_ == "nsubj" and subject.pos_ == "VERB" and subject.tag_ in ("VBZ", "VBD", "VBP") and subject.is_title


def find_subject(verb: Token, exclude: set[int]) -> Token | None:
    """The speaker token of a reporting verb, following the parse up through non-finite verbs."""
    if _addressed(verb):
        # "Marin was asked whether ...", "when asked about ...": who is asked or told speaks not
        # the question; who put it does, when the article names them
        agent = _passive_agent(verb)
        return agent if agent is not None and agent.i not in exclude else None
    absolute = (
        _with_absolute_subject(verb, exclude)
        or _subject_after_opening_participle(verb, exclude)
        or _speaker_of_clause_before(verb, exclude)
    )
    if absolute is not None:
        return absolute
    if verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        agent = _passive_agent(verb)
        if agent is not None and agent.i not in exclude:
            return agent  # "Asked by host Jo Dix whether ..., Ruiz said": who asked
    node = verb
    for _ in range(4):
        # "Tuesday said ...", "Of Carson, Levine said ...": a misparsed date or function word never
        # speaks; nor does the subject of a verb inside what is said ('that Romney "had a policy
        # ...," adding ...': the parser hung the cue on the quoted verb)
        subjects = [
            c for c in node.children
            if c.dep_ in SUBJECT_DEPS and c.i not in exclude and c.ent_type_ not in ("DATE", "TIME") and (c.pos_ in SPEAKER_POS or _name_tagged_a_verb(c))
        ] if node.i == verb.i or node.i not in exclude else []
        if len(subjects) > 1:
            # "Thomas Vance has himself said": the reflexive only stresses who
            subjects = [c for c in subjects if not c.lower_.endswith(("self", "selves"))] or subjects
        if len(subjects) > 1 and node.i > subjects[0].i:
            # "In Salem, New Hampshire, Trump went ...": of several subjects the parser gave, the
            # one nearest the verb
            subjects = [max((c for c in subjects if c.i < node.i), key=lambda c: c.i)]
        if subjects and node.i == verb.i:
            # "The International Rescue Committee, one of nine agencies that resettle refugees,
            # said ...": a subject the parser found inside the aside before the verb is the aside's
            subjects = [_opening_subject(verb, subjects[0], exclude) or subjects[0], *subjects[1:]]
        if subjects:
            agent = _passive_agent(node) if subjects[0].dep_ == "nsubjpass" and node.i == verb.i else None
            if agent is not None and agent.i not in exclude:
                return agent  # "Lane was asked by host Jo Dix whether ...": who asked
            if antecedent_of(subjects[0]).i != subjects[0].i:
                return subjects[0]  # "Sanders, who has dismissed the story": resolved to Sanders
            # "what he called ...", "This suggests ...", "Nothing says ...": no one to credit
            return None if _names_no_one(subjects[0]) else _past_hyphens(subjects[0])
        participle_subject = next(
            (
                g for c in node.lefts if c.dep_ in ("csubj", "advcl") and c.tag_ == "VBG"
                for g in c.lefts if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN") and g.i not in exclude
            ),
            None,
        )
        if participle_subject is not None:
            # "Republicans clamoring for less ... support the bill", "The Gallup rolling average of
            # polls shows ...": the parser made the subject's participle a clause of its own
            return participle_subject
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN") and node.head.i < node.i:
            noun = node.head
            if noun.dep_ == "ROOT":
                # "Speaker Jo Roe, the party's leader, on Tuesday called ...": a verb hung as a
                # relative clause on the noun that heads the sentence is the sentence's own verb
                return None if noun.lower_ in NOT_SPEAKERS else noun
            infinitive = is_infinitive(node)
            if noun.dep_ == "attr" and infinitive:
                # "Cruz is the only candidate to have pledged ...": the one the sentence says it is
                return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.lower_ not in NOT_SPEAKERS), None)
            if noun.dep_ == "dobj" and infinitive:
                # "Trump has a rare chance to show ...", "gave Beck new impetus to oppose ...": who
                # has the chance or is given it
                given = next((c for c in noun.head.children if c.dep_ in ("dative", "iobj") and c.pos_ in SPEAKER_POS), None)
                if given is not None:
                    return given
                node = noun.head
                continue
        if node.dep_ == "pobj" and node.tag_ == "VBG":
            # "spent much of his campaign railing against ...": a participle the parser made the
            # object of a preposition tells what the clause around it does
            node = next((a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), node)
            continue
        described = node.head.pos_ in ("NOUN", "PROPN") or node.head.pos_ == "PRON" and node.head.lower_ not in NOT_SPEAKERS
        if node.dep_ == "acl" and described:
            noun = node.head
            if noun.lower_ in SPEECH_NOUNS:  # "reports by opposition forces indicating ..."
                for child in noun.children:
                    if child.dep_ == "poss":
                        return child
                    if child.dep_ == "prep" and child.lower_ == "by":
                        objects = [g for g in child.children if g.dep_ == "pobj"]
                        if objects:
                            return objects[0]
                # "she released a statement saying ...", "he replied with a tweet saying ...": who issued it
                if noun.dep_ == "dobj":
                    node = noun.head
                    continue
                if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
                    node = noun.head.head
                    continue
                return None
            if node.i == verb.i and verb.tag_ == "VBG" and verb.i > 0 and tokens_of(verb.doc)[verb.i - 1].text == ",":
                # "Carson rejected the notion ..., saying ...": set off by a comma, the participle
                # tells what the clause's subject did, though the parser hangs it on the noun
                node = _clause_head(noun)
                while node.dep_ in ("acl", "relcl") and node.head.i != node.i:  # "a lawsuit filed by ..."
                    node = _clause_head(node.head)
                continue
            return noun
        if node.dep_ == "xcomp" and node.head.lemma_.lower() not in SUBJECT_CONTROL_VERBS and is_infinitive(node):
            # ("spent the weekend figuring out ...", "suffice it to say": no one is made to act)
            controller = next(
                (
                    c for c in node.head.children
                    if c.dep_ == "dobj" and c.i < node.i and c.pos_ in SPEAKER_POS and c.i not in exclude
                    and c.lower_ != "it" and c.ent_type_ not in ("DATE", "TIME")
                ),
                None,
            )
            if controller is not None:
                # "The win led Priebus to declare ...", "forcing Sanders to reverse ...": the object
                # of "lead", "force", "prompt" is who does what the infinitive says
                return None if controller.lower_ in NOT_SPEAKERS else controller
        head = node.head
        if node.dep_ == "parataxis" and head.i < node.i and head.i > 0 and tokens_of(node.doc)[head.i - 1].text == ",":
            # "Sen. Jo Roe, noting the size of Sanders's following, said ...": the parser made the
            # participle set off after the subject the sentence's verb and the reporting verb an aside
            if any(c.dep_ in SUBJECT_DEPS and c.i < head.i and c.i not in exclude for c in head.children):
                node = head
                continue
        if node.dep_ in ("conj", "advcl") and node.tag_ in FINITE_TAGS:
            joined = _subject_joined_to_an_object(node, exclude)
            if joined is not None:
                return joined
        if node.dep_ == "advcl" and node.tag_ == "VBG":
            # "Republicans would not support the bill, she said, calling it ...": the parser hangs
            # the participle on what is said; it goes on from the reporting verb set off before it
            aside = next((c for c in node.head.children if c.dep_ == "parataxis" and node.head.i < c.i < node.i and _is_reporting_verb(c)), None)
            if aside is not None:
                node = aside
                continue
        if node.dep_ == "ccomp" and _is_reporting_verb(node) and _is_reporting_verb(head) and any(
            c.dep_ == "ccomp" and c.i < node.i for c in head.children
        ):
            # "said the crisis was real but argued that ...": the parser made the second reporting
            # verb a second thing said; whoever said the first goes on
            node = head
            continue
        if (node.dep_ in CLIMB_DEPS or node.i in exclude and node.dep_ == "ccomp") and node.head.i != node.i:
            node = node.head
            # "Trump has been the most aggressive in denouncing ...", "could fight it by arguing ...":
            # through the preposition, and an adjective it modifies, to the clause's verb
            # (and an adverb the preposition hangs on: "stopped short of endorsing ...")
            while node.head.i != node.i and (
                node.dep_ in PREDICATE_LINKS and node.pos_ in ("ADP", "SCONJ", "ADJ") or node.dep_ == "advmod" and node.pos_ == "ADV"
            ):
                node = node.head
            if (
                (verb.tag_ == "VBG" or verb.dep_ == "conj" and (_is_reporting_verb(verb) or not _said_of_a_person(node)))
                and node.dep_ == "ccomp" and _is_reporting_verb(node.head) and not _is_reporting_verb(node)
            ):
                # "Starr said the case reminds him of ..., explaining ...", "Hale said the move was
                # made by the chief and said ...": the one who said it goes on; so does one who
                # believes or wants beside a clause about no person ("Delgado said her office would
                # comply but believed it was unconstitutional", "said she expected the race to be
                # close and wants to be judged ...")
                node = node.head
            continue
        break
    # "..., said a former spokesman for the ministry": the parser took the inverted subject for an
    # object; one who goes on acting ("..., added Murphy, referring to ...") is that subject too
    reported_before = any(c.dep_ == "ccomp" and c.i < node.i for c in node.children)
    if reported_before and _is_reporting_verb(node) and node.lemma_.lower() not in ADDRESSEE_VERBS:
        inverted = next(
            (
                c for c in node.rights
                if c.dep_ == "dobj" and c.i not in exclude and c.pos_ in SPEAKER_POS and (node.i == verb.i or c.i < verb.i)
            ),
            None,
        )
        if inverted is not None:
            return inverted
    # "About 4 in 10 say ...": a number or noun the parser hung on the verb as a modifier
    hung = next(
        (
            c for c in verb.lefts
            if c.dep_ in ("nummod", "npadvmod", "dep", "compound") and c.pos_ in ("NUM", "NOUN", "PROPN") and c.i not in exclude
            and c.ent_type_ not in ("DATE", "TIME")  # "Friday, Texas, leading a coalition, asked": a date never speaks
        ),
        None,
    )
    if hung is None:
        # "Jane Roe and Carl Diaz, have said ...": a finite verb group without a parsed subject
        auxiliaries = [c for c in node.lefts if c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD")]
        if auxiliaries:
            return _name_before(auxiliaries[0], exclude)
        # a past form heading the sentence with no auxiliary is finite, whatever its tag ("Reached
        # by phone, Jo Roe, the committeeman, hesitated to ...")
        if node.tag_ in FINITE_TAGS or node.tag_ == "VBN" and node.dep_ == "ROOT":
            return _name_before(node, exclude)
    return hung


MAX_SUBJECT_SEGMENTS = 3


def _opening_subject(verb: Token, subject: Token, exclude: set[int]) -> Token | None:
    """The noun phrase that opens the sentence, when the verb's parsed subject lies inside the
    aside set off by commas between that phrase and the verb ("One officer, who spoke on
    condition of anonymity because department rules bar officers from talking, said ...")."""
    tokens = tokens_of(verb.doc)
    start = verb.sent.start
    if verb.i - 1 <= start or tokens[verb.i - 1].text != ",":
        return None
    first_comma = next((t.i for t in tokens[start : verb.i - 1] if t.text == ","), None)
    if first_comma is None or not first_comma < subject.i < verb.i - 1:
        return None
    opening = range(start, first_comma)
    heads = [t for t in tokens[start:first_comma] if t.head.i not in opening or t.head.i == t.i]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.pos_ not in ("NOUN", "PROPN") or head.i in exclude or head.ent_type_ in ("DATE", "TIME") or _names_no_one(head):
        return None
    # only a subject inside a clause of the aside is misread; one the aside names the opening
    # phrase with is the parser's right reading ("Her brother-in-law, a police constable named Gul
    # Khan, said")
    clause_words = {"who", "which", "that", "because", "whose", "when", "where", "while", "after", "since"}
    if not any(t.tag_ in FINITE_TAGS or t.lower_ in clause_words for t in tokens[first_comma + 1 : subject.i]):
        return None
    return head


def _sentence_subject(cue: Token, quote_tokens: set[int]) -> Token | None:
    """'Clinton supports "pay raises," opposes "pay freezes" and recalled ...: "..."': quotations
    inside the clause break its parse, and a cue left without a subject shares the sentence's first
    one, outside the quotations."""
    for token in cue.doc[cue.sent.start : cue.i]:
        if token.dep_ in SUBJECT_DEPS and token.i not in quote_tokens and token.pos_ in ("PROPN", "NOUN", "PRON"):
            return None if token.lower_ in NOT_SPEAKERS else token
    return None


def _addressed(verb: Token) -> bool:
    """Whether a verb of asking or telling is passive ("was asked", "when told", "Asked whether"):
    its subject is the one addressed. "had asked" is active."""
    if verb.lemma_.lower() not in ADDRESSEE_VERBS | QUESTIONING_VERBS or verb.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"nsubjpass", "auxpass"}) or not deps & {"nsubj", "aux"}


def _passive_agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive reporting verb; one quoted "by the Times as saying" is the
    outlet's report of the subject's words."""
    if verb.lemma_.lower() in ("quote", "cite"):
        return None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj" and c.pos_ in SPEAKER_POS), None) if by is not None else None


def _with_absolute_subject(verb: Token, exclude: set[int]) -> Token | None:
    """'The debate ended with Perkins asking ...', 'with 30 percent saying ...': in an absolute
    "with" phrase the noun before the participle is who does it, though the parser often makes it
    the object of "with" and hangs the participle on another word."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    noun = tokens_of(verb.doc)[verb.i - 1]
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.pos_ not in SPEAKER_POS or noun.i in exclude:
        return None
    if noun.lower_ in SPEECH_NOUNS:
        return None  # "with a speech denouncing ...": the speech's author speaks (``find_subject``)
    return None if noun.lower_ in NOT_SPEAKERS else noun


def _subject_after_opening_participle(verb: Token, exclude: set[int]) -> Token | None:
    """'Noting that the plan failed, Ortiz told reporters ...': a participle that opens the
    sentence tells what the subject after its clause does, read off the surface (the parser often
    makes the participle the sentence's root and the clause after the comma a part of it)."""
    if verb.tag_ != "VBG" or verb.i != verb.sent.start:
        return None
    tokens = tokens_of(verb.doc)
    for comma in tokens[verb.i + 1 : verb.sent.end]:
        if comma.text != ",":
            continue
        subject = next((t for t in tokens[comma.i + 1 : verb.sent.end] if t.left_edge.i == comma.i + 1), None)
        if subject is None or subject.dep_ not in SUBJECT_DEPS or subject.i in exclude or subject.pos_ not in SPEAKER_POS:
            continue
        if subject.head.i > subject.i and (subject.head.tag_ in FINITE_TAGS or any(c.tag_ == "MD" for c in subject.head.lefts)):
            return None if _names_no_one(subject) else subject
    return None


def _speaker_of_clause_before(verb: Token, exclude: set[int]) -> Token | None:
    """'valued it at $3 million, which Mr. Hale called "an insult," blaming the assessor', 'a charge
    that officials denied, noting ...': a participle set off right after a relative or adverbial
    clause of speaking goes on with that clause's speaker, whatever the parser hangs it on (after
    a clause of another kind, 'after the senator won his primary, remarking ...', the sentence's
    subject goes on)."""
    tokens = tokens_of(verb.doc)
    if verb.tag_ != "VBG" or verb.i - verb.sent.start < 3:
        return None
    comma = verb.i - 1
    while comma > verb.sent.start and tokens[comma].text in QUOTE_MARKS:
        comma -= 1
    if tokens[comma].text != ",":
        return None
    last = tokens[comma - 1]
    while last.is_punct and last.i > verb.sent.start:
        last = tokens[last.i - 1]
    clause = next((a for a in [last, *last.ancestors] if a.dep_ in ("relcl", "acl", "advcl") and a.tag_ in FINITE_TAGS), None)
    if clause is None or clause.i > verb.i or not (_is_reporting_verb(clause) or clause.lemma_.lower() in NAMING_VERBS):
        return None
    return next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i not in exclude and c.pos_ in SPEAKER_POS), None)


def _subject_joined_to_an_object(verb: Token, exclude: set[int]) -> Token | None:
    """'McCain backed it and Cruz, as he has before, opposed the measure', 'prosecutors charged the
    officer with murder and Emanuel fired ...': the parser joined the second clause's subject to
    the first clause's object with "and", leaving the second verb without a subject. The subject
    stands right before the verb, or before an aside set off by commas."""
    tokens = tokens_of(verb.doc)
    i = verb.i - 1
    if i > 0 and tokens[i].text == ",":
        i = next((t.i - 1 for t in reversed(tokens[max(verb.sent.start, i - MAX_ASIDE_TOKENS) : i]) if t.text == ","), -1)
    if i <= verb.sent.start:
        return None
    subject = tokens[i]
    joined = subject.dep_ == "conj" and subject.head.dep_ not in SUBJECT_DEPS and subject.head.i < subject.i
    led_by_and = tokens[subject.left_edge.i - 1].lower_ in ("and", "but") if subject.left_edge.i > 0 else False
    if not joined or not led_by_and or subject.pos_ not in ("PROPN", "NOUN") or subject.i in exclude:
        return None
    return None if _names_no_one(subject) else subject


MAX_ASIDE_TOKENS = 12


def _name_before(verb: Token, exclude: set[int]) -> Token | None:
    """A finite verb the parser left without a subject ("As part of his plea, John Roe, 44, said
    ...", where "John Roe" hangs on "plea"): the subject is written before it, in one of the
    comma-separated segments leading up to it; a name wins over the noun of an apposition
    between ("Jane Roe, the undersecretary for management, wrote ...")."""
    tokens = tokens_of(verb.doc)
    segments: list[list[Token]] = [[]]
    for token in reversed(tokens[verb.sent.start : verb.i]):
        in_relative = token.dep_ == "relcl" or token.dep_ in ("aux", "auxpass", "neg") and token.head.dep_ == "relcl"
        if in_relative and (token.tag_ in FINITE_TAGS or token.tag_ == "MD") and segments[-1]:
            # "a city official who spoke anonymously said", "Roe, who hadn't endorsed anyone,
            # decided": the subject's own clause
            segments[-1].append(token)
            continue
        if token.i in exclude or token.tag_ in FINITE_TAGS or token.tag_ == "MD" or token.text in (";", ":") or token.lower_ == "that":
            break
        if token.text == ",":
            if len(segments) == MAX_SUBJECT_SEGMENTS:
                break
            segments.append([])
        else:
            segments[-1].append(token)
    for segment in segments:
        # the first name in reading order heads the segment ("Jane Roe of the Brookings Institution");
        # the object of a verb, or of a preposition describing a noun, is not who speaks ("Beck,
        # who ... opposed Trump ..., last week said", "Jo Roe, a scientist at Emory University, said")
        named = next((t for t in reversed(segment) if t.ent_type_ in ("PERSON", "ORG") and not t.like_num and not _object_in_phrase(_entity_root(t))), None)
        if named is not None:
            return named
    nearest = {t.i for t in segments[0]}
    heads = [
        t for t in segments[0]
        if t.head.i not in nearest and t.pos_ in ("NOUN", "PROPN", "PRON") and not _names_no_one(t)
    ]
    return heads[0] if heads else None


# the horizontal bar (U+2015) is HuffPost's em dash
SPEAKER_LABEL_MARKS = (":", "-", "\u2013", "\u2014", "\u2015", "--")
MAX_SIGNATURE_TOKENS = 16


def _name_in(tokens: list[Token]) -> Span | None:
    """The person or organisation the tokens name, when they name nothing else: "Rep. Trey
    Gowdy (R-S.C.)", "SANDERS", "Bernie Sanders"."""
    words = [t for t in tokens if not t.is_space]
    while words and (words[-1].is_punct or words[-1].text == ")"):
        if words[-1].text == ")":  # a parenthesis after the name: "(R-S.C.)", "(AP)"
            opening = next((i for i in range(len(words) - 1, -1, -1) if words[i].text == "("), None)
            if opening is None:
                return None
            words = words[:opening]
        else:
            words = words[:-1]
    if not words or len(words) > 8:
        return None
    name = _entity_of(words[-1])
    run = 0
    while run < min(3, len(words)) and words[-1 - run].pos_ == "PROPN" and words[-1 - run].text[:1].isupper():
        run += 1
    # a label or signature is a name even where the model tags none ("- Sanders.") or takes a
    # surname for a place ("-Michelle Marks, Philadelphia"): a first name opens a person's name
    person_run = run >= 2 and words[-run].lower_ in census_first_names()
    if name is None or (name.label_ not in ("PERSON", "ORG") and person_run):
        if not run:
            return None
        name = words[-1].doc[words[-run].i : words[-1].i + 1]
    elif name.label_ not in ("PERSON", "ORG") or name.end != words[-1].i + 1:
        return None
    rest = [t for t in words if t.i < name.start]
    # titles and the names of others speaking together: "Sen. Jane Roe", "Jane Roe and John Doe"
    if any(not (t.lower_.rstrip(".") in TITLES or t.is_title or t.is_punct or t.lower_ in ("and", "&")) for t in rest):
        return None
    return name


def _labelled_speaker(before: list[Token]) -> tuple[Span, Span] | None:
    """'SANDERS: "..."', 'Rep. Trey Gowdy (R-S.C.): "..."', 'Bernie Sanders - "..."': a transcript's
    or a debate story's label before the quotation, alone at the head of its paragraph."""
    last = before[-1].text if before else ""
    if last not in SPEAKER_LABEL_MARKS and last != "):":  # the tokenizer keeps "):" whole
        return None
    words = before[:-1]
    if last == "):":
        opening = next((n for n in range(len(words) - 1, -1, -1) if words[n].text == "("), None)
        if opening is None:
            return None
        words = words[:opening]
    # a digest's item: "... headline of the item - Jane Roe and John Doe: "..."": the label follows the dash
    dash = next((n for n in range(len(words) - 1, -1, -1) if words[n].text in SPEAKER_LABEL_MARKS[1:]), None)
    if dash is not None:
        words = words[dash + 1 :]
    # a digest's follow-up: "More from Jane Roe: "...""
    lowered = [t.lower_ for t in words[:2]]
    if lowered[:1] == ["from"] or lowered == ["more", "from"]:
        words = words[lowered.index("from") + 1 :]
    name = _name_in(words)
    return (name, before[-1].doc[before[-1].i : before[-1].i + 1]) if name is not None else None


def _is_clause_verb(token: Token) -> bool:
    """A verb heading a clause: not a participle describing a noun ('Carter issued the following
    statement:'), nor a name the tagger took for a verb ('"...," Trump shot back')."""
    return token.pos_ == "VERB" and token.dep_ not in NOMINAL_DEPS


def _main_verb_over(cue: Token | None, before: list[Token]) -> Token | None:
    """The verb right before a quotation when ``cue`` only reports inside a clause subordinate to
    it: 'After the governor criticized the plan, Ortiz fired back, "..."' (whatever the verb: a
    quotation set right after a clause is what its subject says)."""
    beside = next((t for t in reversed(before) if _is_clause_verb(t)), None)
    if cue is None or beside is None or beside.i == cue.i or not any(c.dep_ == "nsubj" for c in beside.children):
        return cue
    subordinate = any(a.dep_ == "advcl" and a.head.i == beside.i for a in (cue, *cue.ancestors))
    return beside if subordinate else cue


def _lead_in(before: list[Token]) -> list[Token]:
    """What leads in to a quotation: in a digest item ("Polls did predict the caucus - Jane Roe:
    "..."") only the label after the dash; the headline's verbs before it introduce nothing."""
    if not before or before[-1].text not in (":", "):"):
        return before
    dash = next((n for n in range(len(before) - 2, -1, -1) if before[n].text in SPEAKER_LABEL_MARKS[1:]), None)
    return before if dash is None else before[dash + 1 :]


def _next_paragraph(doc: Doc, start: int) -> list[Token]:
    """The paragraph after the one token ``start`` ends, when it is short enough to be a
    signature line ("- Bernie Sanders.")."""
    tokens = tokens_of(doc)
    i = start
    while i < len(doc) and tokens[i].is_space and not is_paragraph_break(tokens[i]):
        i += 1
    if i >= len(doc) or not is_paragraph_break(tokens[i]):
        return []
    words = []
    for token in tokens[i + 1 : i + 1 + MAX_SIGNATURE_TOKENS]:
        if is_paragraph_break(token):
            return words
        words.append(token)
    return words if i + 1 + MAX_SIGNATURE_TOKENS >= len(doc) else []


def _signed_speaker(after: list[Token]) -> tuple[Span, Span] | None:
    """'"..." — Paul Ryan, Speaker of the House': a block quote signed after a dash."""
    words = [t for t in after if not t.is_space]
    if not words or words[0].text not in SPEAKER_LABEL_MARKS[1:]:
        return None
    stop = next((n for n, t in enumerate(words[1:], start=1) if t.text in (",", "(")), len(words))
    name = _name_in(words[1:stop])
    return (name, words[0].doc[words[0].i : words[0].i + 1]) if name is not None else None


def _naming_verb(content: Span) -> Token | None:
    """'Bush called Trump "unhinged"', 'she described it as "news to me"': words someone called
    a thing are that someone's quotation, and the naming verb its cue. A passive or subjectless
    naming ('a series called "Quick Question"', 'known as "the Crossroads"') quotes no one:
    the words stay a term."""
    verb = content.root
    # the first verb above the quotation, past a long named thing ('calling the sale of the pier for
    # private use "a fair bargain"', where the parser hangs the words on the last noun)
    for _ in range(6):
        if verb.head.i == verb.i or verb.head.i >= content.start:
            return None  # reached the top, or a head inside the quotation itself
        verb = verb.head
        if verb.pos_ == "VERB":
            break
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_VERBS:
        return None
    if verb.dep_ in ("acl", "amod") or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return verb if find_subject(verb, set()) is not None else None


def _judging_verb(content: Span) -> Token | None:
    """'Romney attacked Trump for "the greed, the showing off"', 'Trump blasted Disney for its
    "outrageous practices"': words quoted as the reason someone is judged are the judge's, and the
    judging verb their cue (as a naming verb's)."""
    token = content.root
    for _ in range(4):
        if token.head.i == token.i or content.start <= token.head.i < content.end:
            return None
        if token.lower_ == "for" and token.dep_ == "prep":
            verb = token.head
            active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            if verb.pos_ == "VERB" and verb.lemma_.lower() in JUDGING_VERBS and active and find_subject(verb, set()) is not None:
                return verb
            return None
        token = token.head
        if _is_reporting_verb(token):
            return None  # 'scolded Romney for suggesting that immigrants should "self-deport"': Romney's
    return None


def _speech_verb_beside(doc: Doc, marks: Span) -> bool:
    """'Trump said, "Very good reporter."', '"Really," she added': a quoted span a speech verb
    introduces is a quotation however short or verbless; a scare-quoted "term" has none beside it."""
    tokens = tokens_of(doc)
    before = [t for t in tokens[max(0, marks.start - 3) : marks.start] if not t.is_punct and not t.is_space]
    if before and before[-1].lemma_.lower() in NAMING_VERBS:
        return False  # "called" quotes only as ``_naming_verb`` finds: 'a group called "X"' does not
    if before and _is_reporting_verb(before[-1]):
        # 'blamed “foreign agents”': a verb that takes a nominal object scare-quotes it, unless a
        # comma or colon opens the quotation ('condemned it: “...”')
        separated = any(t.text in (",", ":") for t in doc[before[-1].i + 1 : marks.start])
        return separated or before[-1].lemma_.lower() not in NOMINAL_STATEMENT_VERBS
    # after it, only as a quotation ends: '"Really," she added' (not '"rioters" and blamed ...')
    closing = doc[marks.end - 2 : marks.end + 1]
    if not any(t.text in (",", "?", "!") for t in closing):
        return False
    after = [t for t in tokens[marks.end : marks.end + 4] if not t.is_punct and not t.is_space]
    if any(_is_reporting_verb(t) for t in after[:3]):
        return True
    return bool(after) and _described_name_then_verb(after[0]) is not None


def _described_name_then_verb(first: Token, described: bool = False) -> Token | None:
    """'"...," Trump, the party's front-runner, said': after a quotation, a name, what it is, then
    the reporting verb (read off the surface: the parser often takes such a name for an apposition
    of the quotation). The name's first token, or None; ``described``: only with what it is."""
    tokens = tokens_of(first.doc)
    if not (first.ent_type_ in ("PERSON", "ORG") or first.pos_ == "PROPN"):
        return None
    i = first.i
    while i < len(tokens) and (tokens[i].ent_type_ in ("PERSON", "ORG") or tokens[i].pos_ == "PROPN"):
        i += 1
    if i < len(tokens) and tokens[i].text == ",":
        i = next((t.i + 1 for t in tokens[i + 1 : i + 1 + MAX_DESCRIPTION_TOKENS] if t.text == ","), i)
    elif described:
        return None
    return first if i < len(tokens) and _is_reporting_verb(tokens[i]) else None


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Skip "LOS ANGELES, Jan. 8, 2025 (AP) — " at the head of a paragraph: it is not content."""
    tokens = tokens_of(doc)
    if start > 0 and not is_paragraph_break(tokens[start - 1]):
        return start  # a dateline opens a paragraph
    return min(dateline_end(doc, start), end)


def _date_in_segment(segment: list[Token], anchor: date | None) -> str | None:
    """"..., said X, the mayor of Y, on Tuesday", "... told supporters who packed a plaza late
    Sunday": a day named in the attribution clause."""
    for token in segment:
        if token.lower_ == "on" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_type_ == "DATE":
            ent = _entity_of(token.doc[token.i + 1])
            if ent is not None:
                return resolve_date(ent.text, anchor)
        # (a day of something in the past tense: "California, which votes June 7" dates no saying)
        if token.dep_ in ("npadvmod", "tmod") and token.ent_type_ in ("DATE", "TIME") and token.head.tag_ in ("VBD", "VBN"):
            ent = _entity_of(token)
            resolved = resolve_date(ent.text, anchor) if ent is not None else None
            if resolved is not None:
                return resolved
    return None


def _segment_after(doc: Doc, token_i: int, stops: set[int]) -> list[Token]:
    tokens = tokens_of(doc)
    out: list[Token] = []
    for token in tokens[token_i + 1 : token_i + 1 + MAX_ATTRIBUTION_TOKENS]:
        if is_paragraph_break(token) or token.i in stops:
            break
        out.append(token)
        if token.text in (".", "!", "?"):
            break
    return out


def _segment_before(doc: Doc, token_i: int, stops: set[int]) -> list[Token]:
    tokens = tokens_of(doc)
    out: list[Token] = []
    i = token_i - 1
    while i >= 0 and len(out) < MAX_ATTRIBUTION_TOKENS:
        token = tokens[i]
        if is_paragraph_break(token) or token.i in stops or token.text in (".", "!", "?"):
            break
        out.append(token)
        i -= 1
    return list(reversed(out))


def _introduced_above(doc: Doc, start: int, stops: set[int]) -> list[Token]:
    """A block quotation that opens its paragraph is introduced by the paragraph above when that
    one ends in a colon ("The paper responded:" / the quotation): that sentence is its lead-in."""
    tokens = tokens_of(doc)
    i = start - 1
    while i >= 0 and tokens[i].is_space:
        i -= 1
    if i < 0 or tokens[i].text not in (":", "):"):
        return []
    return _segment_before(doc, i, stops) + [tokens[i]]


def _according_to_before(before: list[Token]) -> Token | None:
    """'According to the newspaper, "..."': the "according" of a lead-in that names the source."""
    according = next((t for t in before if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to"), None)
    if according is None:
        return None
    tokens = tokens_of(according.doc)
    phrase_end = tokens[according.i + 1].right_edge.i + 1
    # "According to the Post, the firm wanted "a public apology"": the phrase set off by a comma
    # credits the clause after it. "According to aides, the senator said, "..."" or "... called it
    # "...": the one who said it, not who told of it
    if phrase_end >= len(tokens) or tokens[phrase_end].text != "," or any(
        _is_reporting_verb(t) or t.lemma_.lower() in NAMING_VERBS for t in before if t.i > according.i
    ):
        return None
    return according


INTRODUCING_VERBS = REPORTING_VERBS | frozenset({"agree", "disagree", "concur", "continue"})


def _bare_speech_before(doc: Doc, start: int, stops: set[int]) -> Token | None:
    """'Jane Roe agreed. "..."', 'Or maybe the governor, one aide says. "..."': a sentence of the
    same paragraph that only says someone spoke introduces the quotation after it."""
    tokens = tokens_of(doc)
    i = start - 1
    while i >= 0 and tokens[i].is_space and not is_paragraph_break(tokens[i]):
        i -= 1
    if i < 0 or tokens[i].text not in (".", ":") or is_paragraph_break(tokens[i]):
        return None
    root = tokens[i].sent.root
    said_nothing = not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children)
    if root.lemma_.lower() in INTRODUCING_VERBS and root.pos_ == "VERB" and said_nothing and root.i not in stops:
        return root
    return None


def _holder_of(noun: Token) -> Token | None:
    """Whose a statement noun is: its possessor ("Trump's claim"), or "of"/"by" someone."""
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        source = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                       for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON")), None)
    return source


def _quotation_root(marks: Span) -> Token | None:
    """The token of a quotation (marks included) that the parse hangs on something outside it (a
    quote mark the parser hung on the reporting verb is not what the verb holds)."""
    return next((t for t in marks if not t.is_punct and not marks.start <= t.head.i < marks.end), None)


def _held_statement_noun(marks: Span) -> Token | None:
    """'mocked Trump's claim that Obama "founded ISIS"', 'the pull of Obama's "you can keep it"
    promise': a quotation inside a statement noun's clause, or modifying it, is the words of the
    noun's holder, not of the sentence's subject. The noun, when it has a holder."""
    node = _quotation_root(marks)
    for _ in range(MAX_HOLDING_DEPTH):
        if node is None or node.head.i == node.i:
            return None
        head = node.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in STATEMENT_NOUNS | BELIEF_NOUNS:
            return head if _holder_of(head) is not None else None
        if head.pos_ == "VERB" and _is_reporting_verb(head) or head.pos_ not in ("VERB", "AUX", "NOUN", "ADP", "SCONJ"):
            return None  # a reporting verb holds it first ("said his claim was "absurd"")
        node = head
    return None


MAX_HOLDING_DEPTH = 4


def _governing_cue(marks: Span, quote_tokens: set[int]) -> Token | None:
    """The verb before a quotation that holds it in its complement and attributes what it holds:
    the quotation is that speaker's words, not those of a subject nearer to it. The nearest
    reporting verb wins; a verb the cue model takes ("worried that", "called for") only where no
    reporting verb holds it in turn ('He said he wants a platform that calls for "..."': his)."""
    node = _quotation_root(marks)
    model = cue_model()
    modelled = None
    while node is not None and node.head.i != node.i:
        verb, held = node.head, node.dep_ in FRAME_DEPS or node.dep_ == "prep"
        node = verb
        if not held or verb.i >= marks.start or verb.pos_ != "VERB" or verb.i in quote_tokens:
            continue
        if _is_reporting_verb(verb) and not _said_by_a_thing(verb):
            return None if _labelled_between(verb, marks) else verb
        if modelled is None:
            frame, child = frame_of(verb)
            if child is not None and model.probability(cue_features(verb, frame, child)) >= model.threshold:
                modelled = verb
    return modelled


def _labelled_between(verb: Token, marks: Span) -> bool:
    """'But polls did predict it - PollWatch: "..."': a digest's label after a dash, not the verb
    before it, introduces the quotation."""
    between = tokens_of(verb.doc)[verb.i + 1 : marks.start]
    return bool(between) and between[-1].text == ":" and any(t.text in SPEAKER_LABEL_MARKS[1:] for t in between)


def _said_by_a_thing(verb: Token) -> bool:
    """'the world lost a voice that said "...", 'five vintage photos telling "the story ..."': a
    reporting verb that only describes a thing (no name or pronoun of its own for a subject)
    passes the quotation on to whoever reports the sentence."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ != "NOUN" or _could_speak(verb.head):
        return False
    return all(c.tag_ in ("WDT", "WP") for c in verb.children if c.dep_ in SUBJECT_DEPS)


# words that open a clause of when or why something was said, never of what ("whether" and "if" may)
CIRCUMSTANCE_OPENERS = frozenset("when while as after before because since although though once until".split())
# verbs of speaking that take no clause of what was said ("spoke at a rally")
SPEAKING_VERBS = frozenset({"speak", "talk"})


def _says_who_or_where(verb: Token, frame: str, child: Token) -> bool:
    """'said this week at an event in Wyoming', 'told NBC's Today show': where a verb of saying
    was said, or whom it told; not what was said (a quotation beside it is attributed on its own).
    "Told the story", "responded to the remarks", "talked with aides about ..." say what."""
    lemma = verb.lemma_.lower()
    if not (_is_reporting_verb(verb) or lemma in SPEAKING_VERBS) or lemma in NOMINAL_STATEMENT_VERBS:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in child.subtree):
        return False  # the parse hung what was said inside: "predicted at the debate that ..."
    # "told reporters", "telling the crowd", "tells customers": a noun for people is who is told
    listener = child.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or child.tag_ == "PRP" or child.pos_ == "NOUN" and _names_people(child)
    return frame == "prep_at" or frame == "dobj" and lemma in ADDRESSEE_VERBS and listener


def _polls_at_large(survey: Token) -> bool:
    """"leads in the polls", "mired in single digits in national polls": polls in general, a
    standing, not the finding of a poll one can name. A poll is named by a name or a number
    ("a CNN poll", "the Des Moines Register poll"), by who made it ("polls from Quinnipiac") or
    as one ("a new poll", "this survey", "the latest poll"): a singular noun."""
    if survey.tag_ != "NNS":
        return False
    for child in survey.children:
        if child.pos_ in ("PROPN", "NUM") or child.ent_type_ in ("ORG", "DATE", "GPE") or child.dep_ in ("prep", "acl", "relcl", "appos"):
            return False
        if any(g.pos_ == "PROPN" for g in child.subtree):
            return False
    return True


def _reports_its_own(verb: Token, quote_tokens: set[int]) -> bool:
    """Whether a verb has what it says after it, outside a quotation of its own ('said the cases
    differ', 'foreshadowed the theme'; not '"...," she told reporters')."""
    for child in verb.rights:
        object_told = child.dep_ == "dobj" and verb.lemma_.lower() not in ADDRESSEE_VERBS
        if (child.dep_ in ("ccomp", "xcomp") or object_told) and any(t.i not in quote_tokens for t in child.subtree):
            return True
    return False


def _surface_subject(tokens: list[Token], cue: Token, after_quote: bool) -> Token | None:
    """Fallback when the parse gives the cue no subject: the name or noun phrase beside it."""
    if after_quote and tokens and tokens[0].i == cue.i - (1 if tokens[0].is_punct else 0):
        candidates = [t for t in tokens if t.i > cue.i]  # inverted: '..." said Baghaei'
    else:
        candidates = [t for t in tokens if t.i < cue.i]
        # a person's name right before the verb is who speaks, whatever describes them before it
        # ('"...," Tulsa police Chief Chuck Jordan said': not Tulsa)
        named = _entity_of(candidates[-1]) if candidates else None
        if named is not None and named.label_ == "PERSON" and named.end == cue.i:
            return named.root
    # a clause's subject before the cue goes on through the participles after it ("At the final
    # debate, he only hinted at it by mentioning ... and adding, "..."": not the debate)
    subjects = [t for t in candidates if t.dep_ in SUBJECT_DEPS and t.pos_ in SPEAKER_POS and t.lower_ not in NOT_SPEAKERS]
    for token in (subjects[:1] if not after_quote and cue.tag_ == "VBG" else []) or candidates:
        if token.dep_ == "poss" and token.head.i > token.i and token.head in candidates:
            continue  # "exhorted Clinton's introducer, Jane Roe": the one she introduces speaks, not Clinton
        if token.dep_ == "expl" or token.lower_ in NOT_SPEAKERS:
            continue  # "there is", "what": no one
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.pos_ in ("PROPN", "NOUN", "PRON"):
            ent = _entity_of(token)
            return ent.root if ent is not None else token
    return None


def _relative_that(tokens: list[Token], i: int) -> bool:
    """A "that" the parse took for a relative pronoun though a subject follows it: the marker of a
    reported clause ("through a spokesman [that] he stood by his choice")."""
    return tokens[i].lower_ == "that" and tokens[i].dep_ == "dobj" and i + 1 < len(tokens) and tokens[i + 1].dep_ == "nsubj"


def _complement_clause(verb: Token) -> Token | None:
    """The clause a reporting verb reports. A clause after the verb wins over one before it ("After
    the senator quit the race, Cruz said he was sure ..."); a "that" clause the parser hung on a
    noun between is the verb's own ("telling reporters during a visit on Friday that he thinks
    ..."): a relative clause has no "that" as a mere marker."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    after = [c for c in clauses if c.i > verb.i]
    if after or clauses:
        return (after or clauses)[0]
    for token in verb.subtree:
        # (the parse may take the "that" for a relative pronoun, the clause's object, when the
        # clause has a subject of its own and hangs on a phrase of the means or the setting:
        # "said through a spokesman that he stood by his choice", not "revealed the infractions
        # that regulators found")
        relative = token.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in token.head.children)
        if token.i > verb.i and (token.dep_ == "mark" or relative) and token.lower_ == "that" and token.head.dep_ in ("relcl", "acl"):
            clause = token.head
            node = clause.head
            through_phrase = False
            while node.i != verb.i and node.pos_ in ("NOUN", "PROPN", "ADP", "NUM") and node.head.i != node.i:
                through_phrase = through_phrase or node.pos_ == "ADP"
                node = node.head
            if node.i == verb.i and (not relative or through_phrase):
                return clause
    return None


def _inverted_aside(verb: Token, complement: Token | None) -> tuple[Token, list[Token]] | None:
    """"Any honest reading of the budget, said Tom Roe, an economist, would show ...": an inverted
    reporting clause set in the middle of what it reports. The parser makes the fronted words the
    verb's subject and the speaker the subject of the rest; the speaker is who follows the verb,
    and what was said is the fronted words and the rest, without the aside."""
    tokens = tokens_of(verb.doc)
    if complement is None or complement.i < verb.i or verb.i == 0 or tokens[verb.i - 1].text != ",":
        return None
    fronted = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i - 1), None)
    speaker = next((c for c in complement.children if c.dep_ in SUBJECT_DEPS and c.left_edge.i == verb.i + 1), None)
    # (who follows must be someone: in "X, ..., said their speeches, so far, would ..." the
    # speeches are what was said about)
    if fronted is None or speaker is None or not _names_someone(speaker):
        return None
    closing = next((t.i for t in reversed(tokens[speaker.i : complement.i]) if t.text == ","), None)
    if closing is None:
        return None
    kept = [t for t in fronted.subtree if not t.is_space] + [t for t in complement.subtree if t.i > closing and not t.is_space]
    return speaker, kept


def _said_after_its_content(doc: Doc, verb: Token, quote_tokens: set[int], anchor: date | None) -> Attribution | None:
    """"The promise to "take our country back" appeals to ... whites, Alan Abramowitz, a political
    scientist, said.": a reporting verb closing its sentence after a name set off by a comma
    reports all before that comma, where the parser found no clause for it (here it read
    "appeals" as a noun and made "promise" the verb's subject)."""
    tokens = tokens_of(doc)
    rest = tokens[verb.i + 1 : verb.sent.end]
    if any(not (t.is_punct or t.is_space or t.ent_type_ in ("DATE", "TIME")) for t in rest):
        return None
    speaker = _name_before(verb, set())
    if speaker is None or not _names_someone(speaker):
        return None
    speaker = _entity_root(speaker)
    comma = next((t.i for t in reversed(tokens[verb.sent.start : speaker.left_edge.i]) if t.text == ","), None)
    if comma is None or any(t.dep_ in SUBJECT_DEPS and comma < t.i < verb.i and t.i != speaker.i for t in verb.children):
        return None
    while comma > verb.sent.start and tokens[comma - 1].text == ",":
        comma -= 1
    kept = [t for t in tokens[verb.sent.start : comma] if not t.is_space]
    if len(kept) < 4 or _mostly_quoted(doc[kept[0].i : comma], quote_tokens):
        return None
    attribution = _attribution_of_pieces(doc, kept, doc[verb.i : verb.i + 1])
    _mention_for(speaker, quote_tokens, attribution, len(doc))
    attribution.date = date_of_clause(verb, {t.i for t in kept}, anchor)
    return attribution


def _past_age(doc: Doc, i: int) -> int:
    """The index of the comma closing an age set off at token ``i`` (", 66,"), else ``i``."""
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        return i + 2
    return i


def _past_parenthesis(doc: Doc, i: int) -> int:
    """The index after a parenthesis opening at token ``i`` ("(D-Tex.)", "(R)"), else ``i``."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    return next((n + 1 for n in range(i + 1, min(i + 12, len(doc))) if doc[n].text == ")"), i)


def _names_someone(token: Token) -> bool:
    """A name, or a noun for people ("experts", "an aide")."""
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in ("PERSON", "ORG", "NORP")
        or token.pos_ == "NOUN" and (token.lemma_.lower() in PERSON_ROLE_NOUNS or token.lower_ in GROUP_HEADS)
    )


# endings of nouns for those who do something ("protester", "narrator", "activist", "historian",
# "appointee")
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ee")


def _could_speak(subject: Token) -> bool:
    """Whether the subject of a verb that is no verb of saying can be who speaks a quotation beside
    it: a name, a pronoun, a noun for people, a body or a text; not "the balloons" of 'When Trump
    wrapped up - "I will fight for you!" - the balloons cascaded', nor "eminent domain"."""
    common = subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and subject.is_lower  # ("the confetti" tagged a name)
    if not common or subject.ent_type_ or subject.is_title and subject.lemma_.lower() not in english_words():
        return True  # (a name the tagger took for a noun: "Hannity interjected")
    if any(c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "NORP") for c in subject.lefts):
        return True  # "the Sanders campaign projects", a name broken in pieces: named people speak
    lemma = subject.lemma_.lower()
    source = next((g for c in subject.rights if c.dep_ == "prep" and c.lower_ in ("in", "from") for g in c.children if g.dep_ == "pobj"), None)
    if source is not None and _could_speak(source):
        return True  # "a footnote in the report", "shouts from the crowd": who speaks through it
    return _names_people(subject) or lemma in ORG_HEADS or lemma in OUTLET_NOUNS or lemma in DOCUMENT_HEADS or lemma in STATEMENT_NOUNS


def _names_people(noun: Token) -> bool:
    """A common noun for people: "reporters", "the crowd", "customers", "an aide"."""
    lemma = noun.lemma_.lower()
    return (
        lemma in PERSON_ROLE_NOUNS or noun.lower_ in GROUP_HEADS or lemma in COLLECTIVE_NOUNS or lemma in agent_nouns()
        or lemma.endswith(AGENT_SUFFIXES)
    )


def _as_they_say(verb: Token) -> bool:
    """"As Krugman noted", "as the report put it": an aside that credits the clause it hangs on."""
    introduced = any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
    put_it = verb.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    return introduced and (put_it or _is_reporting_verb(verb)) and not any(c.dep_ in ("ccomp", "dobj") and c.lower_ != "it" for c in verb.children)


def _parenthetical_report(verb: Token) -> bool:
    """"The plan, he said, would cost more", "On top of that, economists say, prices will rise": a
    reporting clause set in the sentence it reports (the parser's parataxis), with no object of its own.
    After an opening phrase the parser often hangs it on the reported verb as a clause of its own
    ("If anything, Ash argued in his email, the incident shows ...", "Instead, Trump told CNN, his
    policy would ..."): then it is set off by a comma and has no "if"/"when" of its own."""
    if not _is_reporting_verb(verb) or any(
        c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and verb.lemma_ != "tell" for c in verb.children
    ):
        return False
    if verb.dep_ == "parataxis":
        return any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    doc = verb.doc
    return (
        verb.dep_ in ("ccomp", "advcl")
        and verb.head.i > verb.i
        and not _is_reporting_verb(verb.head)  # "The documents indicate, he said, that ...": theirs
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in verb.children)
        and verb.right_edge.i + 1 < verb.head.i
        and doc[verb.right_edge.i + 1].text == ","
    )


def _clause_head(token: Token) -> Token:
    """The verb of the clause a token stands in ("The bill, as she noted, is dead": the parser may
    hang an aside on the subject)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _clause_without(clause: Token, aside: Token, quote_tokens: set[int]) -> list[Token] | None:
    """The words of a clause without an aside in it (an "as X noted", an "in the latest poll"),
    trimmed of edge punctuation; None when too short or mostly a quotation already attributed."""
    left_out = range(aside.left_edge.i, aside.right_edge.i + 1)
    kept = [t for t in clause.subtree if t.i not in left_out and not t.is_space]
    while kept and (kept[0].is_punct or kept[0].dep_ in ("cc", "mark")):
        kept.pop(0)
    while kept and kept[-1].is_punct:
        kept.pop()
    if len(kept) < MIN_QUOTE_WORDS or _mostly_quoted(kept, quote_tokens):
        return None
    return kept


def _mostly_quoted(tokens: Span | list[Token], quote_tokens: set[int]) -> bool:
    """Whether more than half of some words stand in a quotation already attributed."""
    return sum(t.i in quote_tokens for t in tokens) * 2 > len(tokens)


def _attribution_of_pieces(doc: Doc, kept: list[Token], cue: Span) -> Attribution:
    """A statement whose words may stand on both sides of an aside: one piece each side."""
    tokens = tokens_of(doc)
    pieces = []
    for a, b in _runs([t.i for t in kept]):
        while b > a and tokens[b - 1].is_punct:  # "The tax," before the aside
            b -= 1
        if b > a:
            pieces.append((tokens[a].idx, tokens[b - 1].idx + len(tokens[b - 1])))
    attribution = Attribution("indirect", pieces[0][0], pieces[-1][1], [], cue, None)
    attribution.pieces = pieces
    return attribution


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Sorted token indices as (start, end) runs of consecutive tokens."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


class QuoteFinder:
    @guarded("newsgraph_quotes")
    def __call__(self, doc: Doc) -> Doc:
        # a Doc from a user's own pipeline (nlp.add_pipe) has no sections: all of it is body
        sections = doc.user_data.get("sections") or [SectionSpan("body", None, 0, len(doc.text))]
        anchor_text = doc.user_data.get("article_date")
        anchor = date.fromisoformat(anchor_text) if anchor_text else None
        paragraphs = paragraph_index(doc)
        attributions: list[Attribution] = []
        terms: list[tuple[int, int]] = []
        quote_tokens: set[int] = set()
        directs: list[tuple[QuoteSpan, Span, Token | None]] = []
        for section in sections:
            if section.name == "headline":
                continue
            for q in find_quotes(text_of(doc)[section.start : section.end]):
                q = _shift(q, section.start)
                content = _span_of_chars(doc, q.start, q.end)
                marks = _span_of_chars(doc, q.open_mark, (q.close_mark if q.close_mark is not None else q.end - 1) + 1)
                if content is None or marks is None:
                    continue
                words = [t for t in content if t.is_alpha]
                sentence_like = len(words) >= MIN_QUOTE_WORDS and any(t.pos_ in ("VERB", "AUX") for t in content)
                naming = _naming_verb(content) or _judging_verb(content) if not sentence_like else None
                if not sentence_like and not (words and (naming is not None or _speech_verb_beside(doc, marks))):
                    terms.append((q.start, q.end))
                    continue
                quote_tokens.update(range(marks.start, marks.end))
                directs.append((q, marks, naming))
        for q, marks, naming in directs:
            attribution = self._attribute_direct(doc, q, marks, quote_tokens, anchor, naming)
            attribution.paragraph = paragraphs[marks.start]
            previous = attributions[-1] if attributions else None
            if attribution.cue is None and attribution.speaker is None and previous is not None and previous.paragraph == attribution.paragraph:
                attribution.date = previous.date  # the quotation runs on in the paragraph: said the same day
            attributions.append(attribution)
        # 'called the plan a "disaster"' is one attribution, the quotation: not also a statement
        naming = {a.cue.start for a in attributions if a.cue is not None and a.cue.root.lemma_.lower() in NAMING_VERBS}
        attributions += self._statements(doc, quote_tokens | naming, anchor, paragraphs)
        attributions += [a for s in sections if s.name == "headline" if (a := _headline_statement(doc, s)) is not None]
        attributions += _transcript_statements(doc, quote_tokens, paragraphs)
        attributions += _signed_posts(doc, quote_tokens, paragraphs)
        doc.user_data["attributions"] = _one_per_span(attributions)
        doc.user_data["terms"] = terms
        return doc

    def _attribute_direct(
        self, doc: Doc, q: QuoteSpan, marks: Span, quote_tokens: set[int], anchor: date | None, naming: Token | None = None
    ) -> Attribution:
        attribution = Attribution("direct", q.start, q.end, q.pieces, None, None, closed=q.close_mark is not None)
        inside = set(range(marks.start, marks.end))
        after = _segment_after(doc, marks.end - 1, quote_tokens)
        before = _segment_before(doc, marks.start, quote_tokens) or _introduced_above(doc, marks.start, quote_tokens)
        according = _according_to_before(before)
        if according is not None:  # 'According to the Post, "..."'
            attribution.cue = doc[according.i : according.i + 2]
            source = next((t for t in tokens_of(doc)[according.i + 1].children if t.dep_ == "pobj"), None)
            if source is not None and source.i not in inside:
                _mention_for(source, inside, attribution, marks.start)
                return attribution
        statement_noun = _held_statement_noun(marks) if naming is None else None
        if statement_noun is not None:
            attribution.cue = doc[statement_noun.i : statement_noun.i + 1]
            _mention_for(_holder_of(statement_noun), inside, attribution, marks.start)
            return attribution
        if naming is not None:  # 'X called it "..."': the naming verb, not a speech verb nearby
            # ('CNN, Cruz said, called it "significant"': unless a reporting clause is set in it)
            post_cue = None
            pre_cue = next((c for c in naming.children if _parenthetical_report(c)), naming)
        else:
            post_cue = next((t for t in after if _is_reporting_verb(t)), None)
            # 'As the Post's Jo Roe put it, Ortiz is making them "an offer ..."', 'CNN, Cruz said,
            # called it "significant"': an aside crediting the clause, or a reporting clause set in
            # it, credits the quotation in it before any verb of the clause
            aside = next(
                (
                    t for t in before
                    if t.dep_ == "advcl" and _as_they_say(t)
                    or _parenthetical_report(t) and t.head.left_edge.i <= marks.start <= t.head.right_edge.i
                ),
                None,
            )
            governing = _governing_cue(marks, quote_tokens)
            pre_cue = aside or governing or _main_verb_over(next((t for t in reversed(_lead_in(before)) if _is_reporting_verb(t)), None), before)
            # 'Trump claimed that "...," one prosecutor said the cases differ': a quotation a
            # reporting verb before it holds is that speaker's, though it ends open on a reporting
            # verb with a statement of its own
            if post_cue is not None and governing is not None and _is_reporting_verb(governing):
                if _reports_its_own(post_cue, quote_tokens):
                    post_cue = None
        beside_any_verb = post_cue is None and pre_cue is None
        if beside_any_verb:
            labelled = _labelled_speaker(before) or _signed_speaker(after or _next_paragraph(doc, marks.end))
            if labelled is not None:
                attribution.speaker, attribution.cue = labelled
                attribution.role = _title_before(attribution.speaker)
                return attribution
            # a verb right beside a quotation introduces it, whatever the verb: '"...," Stone
            # continued', 'Cruz called them on it: "..."', '"...!" Hartley beamed'
            post_cue = next((t for t in after if _is_clause_verb(t)), None)
            pre_cue = next((t for t in reversed(before) if _is_clause_verb(t)), None)
        ends_open = text_of(doc)[q.start : q.end].rstrip()[-1:] in (",", "?", "!", "—", "-")
        if post_cue is not None and (ends_open or pre_cue is None):
            cue, segment, after_quote = post_cue, after, True
        elif pre_cue is not None:
            cue, segment, after_quote = pre_cue, before, False
        else:
            cue = _bare_speech_before(doc, marks.start, quote_tokens)
            if cue is None:
                return attribution  # no cue: the resolver applies the running attribution
            segment, after_quote = [], False
        attribution.cue = doc[cue.i : cue.i + 1]
        subject = find_subject(cue, quote_tokens)
        if subject is None or subject.i in quote_tokens:
            subject = _surface_subject(segment, cue, after_quote) or _sentence_subject(cue, quote_tokens)
        elif after_quote and segment and segment[0].i < cue.i and _described_name_then_verb(segment[0], described=True):
            subject = _surface_subject(segment, cue, False)
        # what the subject of another verb does tells nothing of who spoke: the running attribution
        # applies ("In the packed gym there were chants of": the place stands for those in it)
        if beside_any_verb and subject is not None and cue.lemma_ != "be" and not _could_speak(subject):
            attribution.cue = None
            return attribution
        if subject is not None:
            limit = segment[-1].i + 1 if segment else len(doc)
            _mention_for(subject, inside, attribution, limit)
        attribution.date = date_of_clause(cue, inside, anchor) or _date_in_segment(segment, anchor)
        return attribution

    def _statements(
        self,
        doc: Doc,
        quote_tokens: set[int],
        anchor: date | None,
        paragraphs: list[int],
    ) -> list[Attribution]:
        tokens = tokens_of(doc)
        # every section reports, headlines too: "Bellwether County Says Trump Should Win"
        found: list[Attribution] = []
        for token in tokens_of(doc):
            if token.i in quote_tokens or token.is_space:
                continue
            if token.lower_ == "according" and token.i + 1 < len(doc) and tokens[token.i + 1].lower_ == "to":
                statement = self._according_to(doc, token, quote_tokens)
            elif token.dep_ == "advcl" and _as_they_say(token) or _parenthetical_report(token):
                statement = self._as_statement(doc, token, quote_tokens, anchor)
            elif _is_reporting_verb(token):
                statement = self._statement_of(doc, token, quote_tokens, anchor) or self._modelled_statement(
                    doc, token, quote_tokens, anchor
                )
            elif token.pos_ == "VERB":
                statement = self._modelled_statement(doc, token, quote_tokens, anchor)
            elif token.lower_ in SURVEY_NOUNS and token.dep_ == "pobj" and token.head.lower_ == "in" and not _polls_at_large(token):
                statement = self._survey_finding(doc, token, quote_tokens)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in STATEMENT_NOUNS | BELIEF_NOUNS:
                statement = self._nominal_statement(doc, token, quote_tokens)
            elif token.lower_ in ("it", "he", "she", "they") and token.is_sent_start and token.i + 1 < len(doc) and tokens[token.i + 1].lower_ == "that":
                statement = self._verbless_statement(doc, token, quote_tokens)
            else:
                continue
            if statement is not None:
                statement.paragraph = paragraphs[token.i]
                found.append(statement)
        return found

    def _statement_of(self, doc: Doc, verb: Token, quote_tokens: set[int], anchor: date | None) -> Attribution | None:
        tokens = tokens_of(doc)
        complement = _complement_clause(verb)
        inverted = _inverted_aside(verb, complement)
        if inverted is not None:
            speaker, kept = inverted
            if _mostly_quoted(kept, quote_tokens):
                return None
            attribution = _attribution_of_pieces(doc, kept, doc[verb.i : verb.i + 1])
            _mention_for(speaker, quote_tokens, attribution, len(doc))
            attribution.date = date_of_clause(verb, {t.i for t in kept}, anchor)
            return attribution
        if complement is not None:
            # "said she had asked for help and that she planned ...": a second "that" clause the parser
            # coordinated with the verb is reported too
            end = max([complement.right_edge.i] + [c.right_edge.i for c in verb.children if c.dep_ == "conj" and c.i > complement.i and _marked_that(c)])
            span = doc[self._complement_start(verb, complement) : end + 1]
            if _mostly_quoted(span, quote_tokens):
                return None  # the verb introduces a direct quote, already attributed
            start = span.start
            while start < span.end and (tokens[start].dep_ == "mark" or tokens[start].is_punct or _relative_that(tokens, start)):
                start += 1
            start = _after_dateline(doc, start, span.end)
            content = doc[start : span.end]
        elif verb.lemma_.lower() in NOMINAL_STATEMENT_VERBS and any(c.dep_ in ("dobj", "prep", "xcomp", "attr") for c in verb.children):
            content = self._clause(doc, verb, quote_tokens)
        else:
            content = self._unparsed_complement(doc, verb, quote_tokens)
            if content is None:
                return _said_after_its_content(doc, verb, quote_tokens, anchor)
            complement = content[0]
        if content is None or len(content) == 0:
            return None
        content_tokens = set(range(content.start, content.end))
        attribution = Attribution("indirect", 0, 0, [], doc[verb.i : verb.i + 1], None)
        # the speaker stands outside the reported content (but inside a speech act's own clause)
        outside = content_tokens if complement is not None else set()
        subject = find_subject(verb, outside)
        if subject is None and complement is not None and content.end <= verb.i:
            # "... in secure storage, Jo Roe, the undersecretary, wrote": the parser hung the name
            # set off before the verb inside what was said; what was said ends before it
            subject = _name_before(verb, set())
            if subject is None or not content.start < subject.i < content.end:
                return None
            end = subject.i
            while end > content.start and tokens[end - 1].text != ",":
                end -= 1
            content = doc[content.start : end]
            if not any(not t.is_punct for t in content):
                return None
        if subject is None:
            return None
        _mention_for(subject, quote_tokens, attribution, len(doc))
        start, end = _strip_determiners(doc, content.start, content.end) if complement is None else (content.start, content.end)
        # (nor does a coordinator that joins the next thing said: "the crisis was real but argued ...")
        while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space or tokens[end - 1].dep_ == "cc"):
            end -= 1
        if end <= start:
            return None
        attribution.start, attribution.end = tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1])
        attribution.pieces = [(attribution.start, attribution.end)]
        attribution.date = date_of_clause(verb, outside, anchor)
        return attribution

    @staticmethod
    def _as_statement(doc: Doc, verb: Token, quote_tokens: set[int], anchor: date | None) -> Attribution | None:
        """"As the senator put it, the bill is dead", "The bill, as she noted, is dead": the clause
        the "as" clause hangs on is what the speaker said."""
        kept = _clause_without(_clause_head(verb.head), verb, quote_tokens)
        if kept is None:
            return None
        # "As reported, the senator resigned": with no one in the aside, nobody is credited
        subject = find_subject(verb, {t.i for t in kept})
        if subject is None:
            return None
        attribution = _attribution_of_pieces(doc, kept, doc[verb.i : verb.i + 1])
        _mention_for(subject, quote_tokens, attribution, len(doc))
        attribution.date = date_of_clause(verb, set(), anchor)
        return attribution

    @staticmethod
    def _survey_finding(doc: Doc, survey: Token, quote_tokens: set[int]) -> Attribution | None:
        """"Trump leads Cruz by nine points in the latest poll", "In the new Post-ABC poll, she
        wins a third of voters": what a poll found is the poll's statement. A clause with a
        reporting verb of its own is left to it ("In a poll, 54 percent said ...")."""
        phrase = survey.head
        clause = _clause_head(phrase.head)
        if clause.pos_ not in ("VERB", "AUX"):
            return None
        kept = _clause_without(clause, phrase, quote_tokens)
        if kept is None or any(_is_reporting_verb(t) for t in kept):
            return None
        attribution = _attribution_of_pieces(doc, kept, doc[phrase.i : phrase.i + 1])
        _mention_for(survey, quote_tokens, attribution, len(doc))
        return attribution

    @staticmethod
    def _modelled_statement(doc: Doc, verb: Token, quote_tokens: set[int], anchor: date | None) -> Attribution | None:
        """A predicate the cue model takes for an attribution: "a poll shows ...", "Cruz wants to ..."."""
        tokens = tokens_of(doc)
        frame, child = frame_of(verb)
        if child is not None and _says_who_or_where(verb, frame, child):
            frame, child = frame_of(verb, passing=child)  # what was said, if anything else says it
        if child is None:
            return None
        model = cue_model()
        if model.probability(cue_features(verb, frame, child)) < model.threshold:
            return None
        start, end = content_bounds(verb, frame, child)
        subject = find_subject(verb, set())
        if subject is not None and start <= subject.i < verb.i < end:
            start = verb.i + 1  # "what they called [a sedition]": the speaker stands outside what is said
        if _mostly_quoted(doc[start:end], quote_tokens):
            return None  # the verb introduces a direct quote, already attributed
        start, end = _strip_determiners(doc, start, end) if frame != "ccomp" else (start, end)
        while start < end and (tokens[start].dep_ == "mark" or tokens[start].is_punct or tokens[start].is_space or _relative_that(tokens, start)):
            start += 1
        while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
            end -= 1
        if end <= start:
            return None
        # a document holds no beliefs: what "a poll found" or "the data showed" is what it reports;
        # nor does a finding that a clause states ("the jury found that", "ruling that"), whoever makes it
        reported = (
            _is_reporting_verb(verb)
            or subject is not None and {subject.lower_, subject.lemma_.lower()} & DOCUMENT_HEADS
            or verb.lemma_.lower() in FINDING_VERBS and frame == "ccomp" and _finite(child)
        )
        attribution = Attribution("indirect" if reported else "belief", tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1]), [], doc[verb.i : verb.i + 1], None)
        attribution.pieces = [(attribution.start, attribution.end)]
        content_tokens = set(range(start, end))
        if subject is not None and (subject.i in content_tokens or subject.i in quote_tokens):
            subject = find_subject(verb, content_tokens | quote_tokens)
        if subject is not None:  # ("Anyone expecting [him to pivot]": the cue and what it holds describe no one)
            _mention_for(subject, quote_tokens | content_tokens | {verb.i}, attribution, len(doc))
        attribution.date = date_of_clause(verb, content_tokens, anchor)
        return attribution

    @staticmethod
    def _complement_start(verb: Token, complement: Token) -> int:
        """"warned the rise will cost jobs": the parser took the clause's subject for an object."""
        has_subject = any(c.dep_ in SUBJECT_DEPS for c in complement.children)
        for child in verb.children:
            if (
                not has_subject
                and child.dep_ == "dobj"
                and child.i < complement.i
                and child.right_edge.i + 1 == complement.left_edge.i
            ):
                return child.left_edge.i
        return complement.left_edge.i

    @staticmethod
    def _unparsed_complement(doc: Doc, verb: Token, quote_tokens: set[int]) -> Span | None:
        """"It claimed the documents had been shredded ...": a clause the parser did not attach.

        The rest of the sentence is the reported clause when a finite verb comes in it before any
        comma (so "reported the attack, which killed five" is not read as a clause).
        """
        tokens = tokens_of(doc)
        start = verb.i + 1
        if verb.lemma_.lower() in ADDRESSEE_VERBS:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
            if objects:
                start = objects[0].right_edge.i + 1
        if start < len(doc) and tokens[start].lower_ == "that":
            start += 1
        end = verb.sent.end
        if start >= end or tokens[start].pos_ in ("ADP", "PUNCT", "ADV", "PART", "SPACE", "CCONJ") or tokens[start].lower_ in CIRCUMSTANCE_OPENERS:
            return None  # ("she added when the interviewer expressed shock": when, not what)
        for token in tokens[start:end]:
            if token.i in quote_tokens or token.text in (",", ";", ":"):
                return None
            if token.head.i == verb.i and token.dep_ in ("cc", "conj"):
                return None  # "declared a state of emergency and said ...": a second predicate
            if (
                token.tag_ in ("VBD", "VBZ", "VBP", "MD")
                and token.i > start
                and token.dep_ not in ("conj", "relcl")
                and any(t.dep_ in SUBJECT_DEPS for t in tokens[start : token.i])
            ):
                while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
                    end -= 1
                return doc[start:end]
        return None

    @staticmethod
    def _clause(doc: Doc, verb: Token, quote_tokens: set[int]) -> Span | None:
        """The clause of a speech act, without any quotation it introduces: "X vowed retaliation"."""
        excluded: set[int] = set()
        for child in verb.children:
            sub = range(child.left_edge.i, child.right_edge.i + 1)
            if any(i in quote_tokens for i in sub) or (child.dep_ in ("advcl", "conj") and _is_reporting_verb(child)):
                excluded.update(sub)
        kept = [i for i in range(verb.left_edge.i, verb.right_edge.i + 1) if i not in excluded]
        if not kept:
            return None
        end = kept[0]
        while end + 1 <= kept[-1] and end + 1 not in excluded:
            end += 1
        return doc[kept[0] : end + 1]

    @staticmethod
    def _nominal_statement(doc: Doc, noun: Token, quote_tokens: set[int]) -> Attribution | None:
        """"Trump's assertion that thousands celebrated", "his promise to be neutral", "the
        contention of Clinton that ...", "her call for a ban": a statement noun whose holder is
        written (a possessor, or "of"/"by" someone) and whose content is its clause."""
        source = _holder_of(noun)
        content = None
        for child in noun.children:
            if child.i < noun.i or child.i in quote_tokens and child.dep_ != "prep":
                continue
            marks = [c for c in child.children if c.i < child.i and (c.dep_ == "mark" and c.lower_ == "that" or c.dep_ == "aux" and c.lower_ == "to")]
            if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX") and marks:
                content = (marks[0].i + 1 if marks[0].lower_ == "that" else marks[0].i, child.right_edge.i + 1)
            elif child.dep_ == "prep" and child.lower_ == "for" and noun.lemma_.lower() in ("call", "demand"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    content = (objects[0].left_edge.i, objects[0].right_edge.i + 1)
            if content is not None:
                break
        if source is None or content is None or content[1] - content[0] < 2:
            return None
        tokens = tokens_of(doc)
        start, end = content
        while end > start and (tokens[end - 1].is_punct and tokens[end - 1].text not in QUOTE_MARKS or tokens[end - 1].is_space):
            end -= 1
        kind = "belief" if noun.lemma_.lower() in BELIEF_NOUNS else "indirect"
        attribution = Attribution(kind, tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1]), [], doc[noun.i : noun.i + 1], None)
        attribution.pieces = [(attribution.start, attribution.end)]
        _mention_for(source, quote_tokens, attribution, len(doc))
        return attribution

    @staticmethod
    def _according_to(doc: Doc, according: Token, quote_tokens: set[int]) -> Attribution | None:
        """"According to the RCN, more than 100,000 members voted ...": the RCN's statement."""
        tokens = tokens_of(doc)
        # whoever or whatever it names is the source: a person, an outlet, "a new poll", "the filing"
        source = next((t for t in tokens[according.i + 1].children if t.dep_ == "pobj"), None)
        if source is None or source.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        sent = according.sent
        end = tokens[according.i + 1].right_edge.i + 1
        beside = _name_set_beside(source)  # "according to its organizer, Ruth Gallagher."
        if beside is not None:
            end = _entity_of(beside).end
        phrase = set(range(according.i, end + (end < len(doc) and tokens[end].text == ",")))
        kept = [t for t in sent if t.i not in phrase and t.i not in quote_tokens and not t.is_space]
        while kept and kept[0].is_punct:
            kept.pop(0)
        while kept and kept[-1].is_punct:
            kept.pop()
        if len(kept) < MIN_QUOTE_WORDS:
            return None
        # "But the next day, according to Roe, the landlord made further demands": both sides
        attribution = _attribution_of_pieces(doc, kept, doc[according.i : according.i + 2])
        _mention_for(source, quote_tokens, attribution, len(doc))
        return attribution

    @staticmethod
    def _verbless_statement(doc: Doc, pronoun: Token, quote_tokens: set[int]) -> Attribution | None:
        """"It that ...": copy that lost its reporting verb still reports the pronoun's words."""
        tokens = tokens_of(doc)
        sent = pronoun.sent
        start, end = pronoun.i + 2, sent.end
        while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
            end -= 1
        if end - start < MIN_QUOTE_WORDS:
            return None
        attribution = Attribution("indirect", tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1]), [], None, doc[pronoun.i : pronoun.i + 1])
        attribution.pieces = [(attribution.start, attribution.end)]
        attribution.speaker_head = pronoun
        return attribution


KIND_PRECEDENCE = ("direct", "indirect", "belief")


def _one_per_span(attributions: list[Attribution]) -> list[Attribution]:
    """The attributions in text order, one per stretch of words and speaker: a clause one source
    is read both to say and to mean ("state media sought to downplay the loss, portraying it as
    ...") is the statement. Two sources of the same words are two attributions ("Top advisers
    said he had rejected the idea": what he did, and what they said)."""
    kept: dict[tuple[int, int, int | None], Attribution] = {}
    for a in attributions:
        key = (a.start, a.end, a.speaker.start_char if a.speaker is not None else None)
        held = kept.get(key)
        if held is None or KIND_PRECEDENCE.index(a.kind) < KIND_PRECEDENCE.index(held.kind):
            kept[key] = a
    return sorted(kept.values(), key=lambda a: a.start)


def _headline_statement(doc: Doc, section: SectionSpan) -> Attribution | None:
    """"Brooks: Rubio Did Well In the Debate", "AP-GfK Poll: Voters see Sanders as electable":
    a headline that names its source before a colon. The name must be an entity ("The Latest:",
    "Breaking:" name nobody)."""
    full = text_of(doc)
    text = full[section.start : section.end]
    colon = text.find(": ")
    if colon <= 0 or text.isupper():
        return None
    source = doc.char_span(section.start, section.start + colon, alignment_mode="contract")
    if source is None or source[0].lower_ == "the":
        return None
    source = _speaker_of_label(source)
    if not 1 <= len(source) <= 4:
        return None
    labelled = source[-1].lower_ in SOURCE_LABELS  # "IG report: ...", "New poll: ..."
    if not labelled and not all(t.text[:1].isupper() for t in source if t.is_alpha):
        return None
    names = [e for t in source if (e := _entity_of(t)) is not None and e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
    if names and names[0].start < source.start:
        return None
    if names:
        name = names[-1] if names[-1].end == source.end else source  # "Wash Post Fact-Check": the whole name
    elif labelled or _names_someone_in(_named_last_words(doc), source[-1]) or _people_noun(source):
        # "Lewandowski: ...", "Cecile Richards: ...", which a headline hides from the tagger but the
        # article names; "Poll: ...", "IG report: ...": the label says what kind of source speaks;
        # "Historians: ...": people by what they do
        name = source
    else:
        return None
    start, end = section.start + colon + 2, section.end
    while start < end and full[start] in QUOTE_MARKS + " ":
        start += 1
    while end > start and full[end - 1] in QUOTE_MARKS + " .":
        end -= 1
    if end - start < 8:
        return None
    return _labelled_statement(start, end, doc[source.end : source.end + 1], name)


LABEL_BREAKS = frozenset({"to", "at", "on", "in"})


def _speaker_of_label(label: Span) -> Span:
    """Who speaks in a headline's label: "Clinton to Planned Parenthood" and "Obama To Asians
    Worried About U.S. Election" address someone, "Former AG Mukasey at RNC" names where, "Carly
    Fiorina Endorses Ted Cruz" what the speaker did besides: the words before the preposition or
    after the name are not the speaker's."""
    for token in label[1:]:
        if token.lower_ in LABEL_BREAKS or token.pos_ == "VERB" and _entity_of(label[0]) is not None and token.i >= _entity_of(label[0]).end:
            return label.doc[label.start : token.i]
    return label


def _people_noun(label: Span) -> bool:
    """ "Historians", "Economists": one plural noun for people names a source by what they do."""
    head = label[-1]
    lemma = head.lemma_.lower()
    return len(label) == 1 and head.tag_ in ("NNS", "NNPS") and (lemma in PERSON_ROLE_NOUNS or lemma in GROUP_HEADS or lemma in agent_nouns())


def _labelled_statement(start: int, end: int, label_mark: Span, name: Span) -> Attribution:
    """What a label ("Jane Roe:", "Poll:") says the named source said, in characters start..end."""
    attribution = Attribution("indirect", start, end, [(start, end)], label_mark, name)
    attribution.speaker_head = name.root
    return attribution


SOURCE_LABELS = SURVEY_NOUNS | SPEECH_NOUNS | OUTLET_NOUNS
MAX_LABEL_TOKENS = 6


def _transcript_statements(doc: Doc, quote_tokens: set[int], paragraphs: list[int]) -> list[Attribution]:
    """"MATTHEWS: Well, speculation is bad.", "Jane Roe: Student loans ...": a line a name labels
    says what that speaker said, to the end of the line (a quotation after a label is a direct
    quote, found with its label already)."""
    tokens = tokens_of(doc)
    found = []
    named: dict[str, list[int]] | None = None
    for space in tokens:
        if not (space.is_space and "\n" in space.text) or space.i + 2 >= len(tokens):
            continue
        line_start = space.i + 1
        colon = next((t for t in tokens[line_start : line_start + MAX_LABEL_TOKENS] if t.text in (":", "\n") or t.is_space), None)
        if colon is None or colon.text != ":" or colon.i == line_start:
            continue
        label = tokens[line_start : colon.i]
        name = _name_in(label)
        if name is None and len(label) <= 3 and all(t.is_title or t.is_upper and t.is_alpha for t in label):
            # "Lopez:", "JOEL BENENSON:": a name the tagger misses at a line's head, which the
            # article gives elsewhere ("UPDATE:", "EDITOR'S NOTE:" name no one it mentions)
            named = _named_last_words(doc) if named is None else named
            if _names_someone_in(named, label[-1]):
                name = doc[line_start : colon.i]
        # (an interview's "Q:" and "A:" name no one)
        if name is None or len(name.text) < 2 or name.start != line_start and tokens[line_start].lower_.rstrip(".") not in TITLES:
            continue
        end = colon.i + 1
        while end < len(tokens) and not (tokens[end].is_space and "\n" in tokens[end].text):
            end += 1
        words = [t for t in tokens[colon.i + 1 : end] if t.is_alpha]
        if len(words) < MIN_QUOTE_WORDS or tokens[colon.i + 1].text in QUOTE_MARKS or _mostly_quoted(words, quote_tokens):
            continue
        last = tokens[end - 1]
        attribution = _labelled_statement(tokens[colon.i + 1].idx, last.idx + len(last), doc[colon.i : colon.i + 1], name)
        attribution.paragraph = paragraphs[colon.i]
        found.append(attribution)
    return found


def _signed_posts(doc: Doc, quote_tokens: set[int], paragraphs: list[int]) -> list[Attribution]:
    """A paragraph a tweet's signature line follows ("They didn't beat us. They cheated us." then
    "— Kendra Lowry (@KendraLowryCO) July 18, 2016") is the signer's words, quoted as posted."""
    tokens = tokens_of(doc)
    text = text_of(doc)
    found = []
    for brk in tokens:
        if not is_paragraph_break(brk) or brk.i + 2 >= len(tokens) or not POST_SIGNATURE_RE.match(text, tokens[brk.i + 1].idx):
            continue
        handle = next((t for t in tokens[brk.i + 2 : brk.i + 20] if t.text == "("), None)
        name = _name_in(tokens[brk.i + 2 : handle.i]) if handle is not None else None
        start = next((t.i + 1 for t in reversed(tokens[: brk.i]) if is_paragraph_break(t)), 0)
        post = [t for t in tokens[start : brk.i] if not t.is_space]
        if name is None or len([t for t in post if t.is_alpha]) < MIN_QUOTE_WORDS or _mostly_quoted(post, quote_tokens):
            continue
        attribution = Attribution("direct", post[0].idx, post[-1].idx + len(post[-1]), [(post[0].idx, post[-1].idx + len(post[-1]))],
                                  doc[brk.i + 1 : brk.i + 2], name)
        attribution.speaker_head = name.root
        attribution.paragraph = paragraphs[post[0].i]
        found.append(attribution)
    return found


def _named_last_words(doc: Doc) -> dict[str, list[int]]:
    """The last words of the people and bodies the article names, with where each name starts
    (made once per Doc: a transcript asks for every line)."""
    found: dict[str, list[int]] = {}
    for e in doc.ents:
        if e.label_ in ("PERSON", "ORG"):
            found.setdefault(e[-1].lower_, []).append(e.start)
    return found


def _names_someone_in(named: dict[str, list[int]], word: Token) -> bool:
    """Whether the article names a person or body by this word elsewhere ("Corey Lewandowski")."""
    return any(start != word.i for start in named.get(word.lower_, ()))


def _shift(q: QuoteSpan, offset: int) -> QuoteSpan:
    return QuoteSpan(
        q.start + offset,
        q.end + offset,
        q.open_mark + offset,
        None if q.close_mark is None else q.close_mark + offset,
        [(a + offset, b + offset) for a, b in q.pieces],
        q.single,
    )


@Language.factory("newsgraph_quotes")
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()
