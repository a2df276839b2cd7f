"""Named entities: spaCy's NER, then corrected with evidence from the text and a gazetteer.

The small English model mislabels news about the Middle East badly ("Iraj Masjedi" as a work of
art, "Rouydad 24" as a law, "Aleppo" as a nationality, "Esmail Baghaei" not at all). This
component runs after ``ner`` and re-types or adds spans only where the text itself gives
evidence:

- a gazetteer (GeoNames cities, ISO countries) says a name is a place;
- a title before a name ("Commander", "General") or a person role in apposition
  (", an advisor to ...", ", spokesperson for ...") says it is a person;
- an organisation head ("... Force", "... Ministry"), a descriptor ("the militant group X",
  "the X newspaper", "X, a news website") or an acronym defined in parentheses says it is an
  organisation;
- "in X, <place>" says X is a place;
- a single word that is the surname of a person named in the same article is that person;
- the same name keeps one type throughout an article (majority of its labels, evidence first);
- a dotted acronym the gazetteer does not know as a place is an organisation ("F.B.I.");
- a one-word name is a person where the pronouns that go back to it say so ("Trump launched
  his bid", "Trump, who ...") and none says "it", "its" or "which";
- in a title-case headline a name stands only as far as the body confirms it: "Donald Trump
  Tells" is "Donald Trump" when the article names "Donald Trump"; "Media Growls In Response",
  named nowhere else, is no name.

Acronym definitions found here ("Hay'at Tahrir al-Sham (HTS)") are kept in
``doc.user_data["acronyms"]`` for the resolver.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.gazetteer import fold, gazetteer
from newsgraph.extract.nlp import guarded, span_text, text_of, title_case, tokens_of
from newsgraph.extract.quote_marks import QUOTE_MARKS
from newsgraph.extract.lexicon import (
    HONORIFICS,
    LOCATIVE_PREPOSITIONS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    OUTLET_NOUNS,
    PERSON_ROLE_NOUNS,
    PRONOUNS_PERSON,
    PRONOUNS_THING,
    REGION_HEADS,
    TITLES,
    census_first_names,
    census_name_shares,
)

NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
# labels the small model gives to names it does not understand; evidence may replace them
WEAK_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "FAC", "NORP"})
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "der", "da", "di", "du", "le", "la", "ul"})
# how common a surname must be (percent of Americans bearing it) to count as one ("Trump" is 0.001)
COMMON_SURNAME_SHARE = 0.001
# organisation heads that also end the names of places
PLACE_HEADS = frozenset({"union", "bank"})
# how often a name must take "he", "she", "his" or "her" to be a person whatever the model said
# (once, for a first name or surname the census knows: "Trump launched his bid")
MIN_AGREEING_PRONOUNS = 2
AGREEING_PRONOUNS = {p: "PERSON" for p in PRONOUNS_PERSON} | {p: "ORG" for p in PRONOUNS_THING}
RELATIVE_AGREEMENT = {"who": "PERSON", "which": "ORG"}
PERSON_TITLES = TITLES - {"foreign", "defence", "defense", "interior", "finance", "state", "supreme", "former", "late", "crown", "field", "vice", "chief", "deputy", "leader", "speaker", "secretary"}
# the words an office ends in, before the holder's name: "Chair", "Commissioner", "Gov."
OFFICE_WORDS = PERSON_TITLES | PERSON_ROLE_NOUNS


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    strong: bool = False  # set by evidence, not by the statistical model


def _is_name_token(token: Token) -> bool:
    return _is_name_word(token.text)


@lru_cache(maxsize=65536)
def _is_name_word(text: str) -> bool:
    """A capitalised word: spaCy's ``is_alpha``, ``is_title`` and ``is_upper`` are these tests of
    the token's text, made here once per word rather than once per token."""
    return text.isalpha() and (text.istitle() or (text.isupper() and len(text) > 1)) or (text[:1].isupper() and "'" in text)


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised name tokens, with particles: "Jaish al-Izza", "Esmail Baghaei"
    (found once per Doc: two steps read them)."""
    cached = doc.user_data.get("_name_runs")
    if cached is None:
        cached = doc.user_data["_name_runs"] = _find_name_runs(doc)
    return cached


def _find_name_runs(doc: Doc) -> list[tuple[int, int]]:
    tokens = tokens_of(doc)
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    while i < n:
        if not (_is_name_token(tokens[i]) and tokens[i].pos_ in ("PROPN", "NOUN", "ADJ", "X")):
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = tokens[j]
            if _is_name_token(tok) and tok.pos_ in ("PROPN", "NOUN", "X"):
                j += 1
            elif tok.lower_ in NAME_PARTICLES and j + 2 < n and tokens[j + 1].text == "-" and _is_name_token(tokens[j + 2]):
                j += 3
            elif tok.text == "-" and j + 1 < n and _is_name_token(tokens[j + 1]) and not tok.whitespace_ and not tokens[j - 1].whitespace_:
                j += 2
            else:
                break
        # a number closes a name it belongs to: "Rouydad 24, a news website", "France 24"
        if j < n and tokens[j].like_num and tokens[j].is_digit and j + 1 < n and tokens[j + 1].text == ",":
            j += 1
        # a run may begin with a particle: "al-Rashideen"
        start = i
        if i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ in NAME_PARTICLES:
            start = i - 2
        runs.append((start, j))
        i = j
    return runs


def _appositive_head(doc: Doc, end: int) -> Token | None:
    """The head noun of ", a moderate Iranian news website," right after a name ending at ``end``."""
    tokens = tokens_of(doc)
    if end >= len(doc) or tokens[end].text != ",":
        return None
    head = None
    for tok in tokens[end + 1 : end + 8]:
        if tok.is_punct or tok.pos_ in ("ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PRON"):
            break
        if tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in PERSON_ROLE_NOUNS:
            head = tok
    return head


def _descriptor_after(doc: Doc, end: int) -> Token | None:
    """"Kayhan newspaper", "Jaish al-Izza opposition brigade": a descriptor noun closing the NP."""
    tokens = tokens_of(doc)
    for tok in tokens[end : end + 3]:
        if tok.lower_ in ORG_DESCRIPTORS and tok.pos_ == "NOUN":
            nxt = tokens[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
                return tok
            return None
        if not (tok.pos_ in ("NOUN", "ADJ") and tok.is_lower):
            return None
    return None


class EntityFixer:
    def __init__(self, nlp: Language) -> None:
        g = gazetteer()
        self.gazetteer = g
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        country_names = {n for c in g.countries.values() for n in (c.name, c.official_name) if n and "," not in n}
        country_names |= {"US", "U.S.", "UK", "U.K.", "UAE"}
        self.places.add("COUNTRY", list(nlp.tokenizer.pipe(sorted(country_names))))
        city_names = {c.name for entries in g.cities.values() for c in entries}
        self.places.add("CITY", list(nlp.tokenizer.pipe(sorted(city_names))))

    @guarded("newsgraph_entities")
    def __call__(self, doc: Doc) -> Doc:
        model_ents = doc.ents  # read once: each read builds every entity's Span anew
        cands = [Candidate(e.start, e.end, e.label_) for e in model_ents if e.label_ in NAME_LABELS]
        others = [e for e in model_ents if e.label_ not in NAME_LABELS]
        cands = [c for c in (self._trim(doc, c) for c in cands) if c]
        # a name the model reads as a date is no place ("in March", "March 2015": a town in England)
        dated = {i for e in others if e.label_ in ("DATE", "TIME") for i in range(e.start, e.end)}
        cands = self._apply_gazetteer(doc, cands, dated)
        cands = self._apply_acronyms(doc, cands)
        cands = self._apply_context(doc, cands, dated)
        cands = self._headline_names_the_body_confirms(doc, cands)
        for c in cands:
            if c.label == "PERSON" and _ends_in_acronym(tokens_of(doc)[c.start : c.end]):
                c.label = "ORG"  # "Junge SVP": no person's surname is an acronym
        cands = self._apply_surnames(doc, cands)
        cands = self._join_second_surnames(doc, cands)
        cands = self._apply_possessive_agreement(doc, cands)
        cands = self._unify_labels(doc, cands)
        spans = [Span(doc, c.start, c.end, label=c.label) for c in cands]
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans += [e for e in others if not any(i in taken for i in range(e.start, e.end))]
        spans.sort(key=lambda s: s.start)
        doc.ents = _without_overlaps(spans)
        return doc

    @staticmethod
    def _trim(doc: Doc, c: Candidate) -> Candidate | None:
        tokens = tokens_of(doc)
        start, end = c.start, c.end
        while start < end and (
            tokens[start].lower_ in ("the", "a", "an")
            or (tokens[start].is_lower and tokens[start].lower_ not in NAME_PARTICLES)
            or (tokens[start].is_punct and tokens[start].text != "-")
            or tokens[start].is_space
            or (tokens[start].text == "-" and (start == c.start or tokens[start - 1].lower_ not in NAME_PARTICLES))
            # an honorific written without its period, which the model takes into the name: "Ms Hargreaves"
            or (c.label == "PERSON" and end - start > 1 and tokens[start].lower_ in HONORIFICS)
        ):
            start += 1
        while end > start and (
            tokens[end - 1].text in ("'s", "'", "’s", "’")
            or tokens[end - 1].is_punct
            or tokens[end - 1].is_space
            or (c.label == "PERSON" and tokens[end - 1].is_digit)  # "Donald Trump 384" in a table of delegates
        ):
            end -= 1
        if start >= end:
            return None
        return Candidate(start, end, c.label, c.strong)

    def _apply_gazetteer(self, doc: Doc, cands: list[Candidate], dated: set[int]) -> list[Candidate]:
        tokens = tokens_of(doc)
        by_token = {i: c for c in cands for i in range(c.start, c.end)}
        entity_texts = {span_text(doc, c.start, c.end) for c in cands}
        for match_id, start, end in self.places(doc):
            if any(i in dated for i in range(start, end)):
                continue
            if end < len(doc) and tokens[end].lower_ in OUTLET_NOUNS:
                continue  # "Time magazine", "the Day newspaper": an outlet named like a town
            kind = doc.vocab.strings[match_id]
            overlapping = {id(c): c for i in range(start, end) if (c := by_token.get(i))}
            if overlapping:
                for c in overlapping.values():
                    if c.label in ("GPE", "LOC", "FAC"):
                        continue
                    extra = [tokens[i] for i in range(c.start, c.end) if not start <= i < end]
                    if all(t.is_lower or t.is_punct for t in extra) and (c.label in WEAK_LABELS or not extra and c.label != "PERSON"):
                        c.start, c.end, c.label, c.strong = start, end, "GPE", True
                continue
            prev = tokens[start - 1] if start > 0 else None
            nxt = tokens[end] if end < len(doc) else None
            locative = prev is not None and prev.lower_ in LOCATIVE_PREPOSITIONS
            before_place = nxt is not None and nxt.text == "," and end + 1 < len(doc) and self.gazetteer.is_place(tokens[end + 1].text)
            if kind == "COUNTRY" or locative or before_place or span_text(doc, start, end) in entity_texts:
                new = Candidate(start, end, "GPE", True)
                cands.append(new)
                for i in range(start, end):
                    by_token[i] = new
        return _dedupe(cands)

    def _apply_acronyms(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """"Long Name (ACR)": the acronym and its long form are one organisation (or place)."""
        tokens = tokens_of(doc)
        acronyms: dict[str, tuple[int, int]] = {}
        by_end = {c.end: c for c in cands}
        runs = {end: (start, end) for start, end in name_runs(doc)}
        for tok in tokens_of(doc):
            if not (tok.text == "(" and tok.i + 2 < len(doc) and tokens[tok.i + 2].text == ")"):
                continue
            acr = tokens[tok.i + 1]
            capitals = "".join(ch for ch in acr.text if ch.isupper())
            if not (acr.is_alpha and acr.text[0].isupper() and len(capitals) >= 2 and 2 <= len(acr) <= 8):
                continue
            long_cand = by_end.get(tok.i)
            long_span = (long_cand.start, long_cand.end) if long_cand else runs.get(tok.i)
            if long_span is None:
                continue
            words = [
                t for t in tokens[long_span[0] : long_span[1]]
                if t.text[0].isalpha() and t.lower_ not in NAME_PARTICLES | {"of", "the", "and", "for"}
            ]
            initials = "".join(w.text[0].upper() for w in words)
            # an organisation's acronym in its own language: "Kurdistan Workers' Party (PKK)",
            # "Swiss People's Party (SVP)", "Doctors Without Borders (MSF)"
            foreign = long_cand is not None and long_cand.label == "ORG" and acr.text.isupper() and len(acr) <= 6
            if not foreign and (not _is_subsequence(capitals, initials) or initials[:1] != capitals[:1]):
                continue
            label = long_cand.label if long_cand and long_cand.label in ("GPE", "LOC") else "ORG"
            if long_cand:
                long_cand.label, long_cand.strong = label, True
            else:
                cands.append(Candidate(long_span[0], long_span[1], label, True))
            acronyms[acr.text] = long_span
        if acronyms:
            covered = {i for c in cands for i in range(c.start, c.end)}
            for tok in tokens_of(doc):
                if tok.text in acronyms and tok.i not in covered:
                    cands.append(Candidate(tok.i, tok.i + 1, "ORG", True))
            for c in cands:
                if span_text(doc, c.start, c.end) in acronyms:
                    c.label, c.strong = "ORG", True
        doc.user_data["acronyms"] = {k: span_text(doc, s, e) for k, (s, e) in acronyms.items()}
        return _dedupe(cands)

    def _apply_context(self, doc: Doc, cands: list[Candidate], dated: set[int]) -> list[Candidate]:
        tokens = tokens_of(doc)
        covered = {i: c for c in cands for i in range(c.start, c.end)}
        for start, end in name_runs(doc):
            inside = {id(c): c for i in range(start, end) if (c := covered.get(i))}
            if _after_dateline(tokens, start) and _census_full_name(tokens[start:end]):
                # "DES MOINES - Dennis Hale has spent ...": the model reads the dateline into the
                # name, drops the name, or takes its surname for a town; the name is the person's
                cands = [c for c in cands if id(c) not in inside]
                cands.append(Candidate(start, end, "PERSON", True))
                continue
            if not inside and any(i in dated for i in range(start, end)):
                continue  # "March 2015": a date the model read, not a name it missed
            if not inside:
                if not self.gazetteer.is_place(span_text(doc, start, end)):
                    cands.append(Candidate(start, end, "", False))
            elif len(inside) == 1:
                # the model caught only part of a name: "Kata'ib [Hezbollah]"
                c = next(iter(inside.values()))
                extra = [tokens[i] for i in range(start, end) if not c.start <= i < c.end]
                # (not over a day the model read: "told MSNBC Monday" names no "MSNBC Monday")
                if extra and c.label not in ("GPE", "LOC", "PERSON") and not any(
                    t.lower_.rstrip(".") in TITLES or self.gazetteer.is_place(t.text) or t.i in dated for t in extra
                ):
                    c.start, c.end = min(c.start, start), max(c.end, end)
        kept = []
        lowercase_words = {t.lower_ for t in tokens_of(doc) if t.is_lower}
        for c in cands:
            if _common_word_at_sentence_start(doc, c, lowercase_words):
                continue
            label = self._context_label(doc, c)
            if label:
                c.label, c.strong = label, True
            if c.label:
                kept.append(c)
        return _dedupe(kept)

    def _context_label(self, doc: Doc, c: Candidate) -> str | None:
        tokens = tokens_of(doc)
        prev = tokens[c.start - 1] if c.start > 0 else None
        last = tokens[c.end - 1]
        if c.label in ("GPE", "LOC") and c.end < len(doc) and tokens[c.end].lower_ in REGION_HEADS:
            c.end += 1  # "Aleppo province" is one place, the governorate
            return "GPE"
        if c.label in ("GPE", "LOC") and c.strong:
            return None
        text = span_text(doc, c.start, c.end)
        if c.label == "GPE" and "." in text and _dotted_acronym(text) and not self.gazetteer.is_place(text):
            return "ORG"  # "F.B.I.", "N.A.A.C.P.": places written with dots are countries ("U.K.")
        if prev is not None and prev.lower_ in ORG_DESCRIPTORS and prev.pos_ == "NOUN" and prev.is_lower:
            return "ORG"  # "the militant group Hayat Tahrir al-Sham"
        if _descriptor_after(doc, c.end) is not None and c.label != "GPE":
            return "ORG"  # "The Kayhan newspaper", "the Jaish al-Izza opposition brigade"
        head = _appositive_head(doc, c.end)
        if head is not None:
            if head.lower_ in OUTLET_NOUNS or head.lower_ in ORG_DESCRIPTORS:
                return "ORG"
            if head.lower_ in PERSON_ROLE_NOUNS and c.label not in ("GPE", "ORG", "NORP"):
                return "PERSON"
        if prev is not None and prev.lower_.rstrip(".") in PERSON_TITLES and prev.is_title and c.label not in ("GPE", "NORP"):
            return "PERSON"
        titled = _titled_name_start(tokens[c.start : c.end]) if c.label not in ("GPE", "NORP", "PERSON") else None
        if titled is None and c.label not in ("GPE", "NORP", "PERSON") and _office_of_before(tokens, c.start):
            # "Assistant Secretary of [State Diane Petrakis]": the office's last word, then the name
            rest = tokens[c.start + 1 : c.end]
            if _census_full_name(rest):
                titled = 1
        if titled is not None:
            c.start += titled  # "House Agriculture Chair Roy Feldkamp": the name after the title
            return "PERSON"
        if (
            prev is not None
            and prev.text == ","
            and c.start >= 2
            and (tokens[c.start - 2].lower_ in PERSON_ROLE_NOUNS or tokens[c.start - 2].lower_ in PERSON_TITLES)
            and c.end < len(doc)
            and tokens[c.end].text == ","
            and c.label not in ("GPE", "NORP")
        ):
            return "PERSON"  # "Its director general, Rain Newton-Smith, told ..."
        if last.lower_ in ORG_HEADS and c.end - c.start > 1 and (c.label != "GPE" or self._no_place(span_text(doc, c.start, c.end), last)):
            return "ORG"  # "the National Rifle Association", "the Secret Service", whatever the model said
        if (
            c.label in ("ORG", "PERSON", "")
            and prev is not None
            and prev.lower_ in LOCATIVE_PREPOSITIONS
            and c.end + 1 < len(doc)
            and tokens[c.end].text == ","
            and self.gazetteer.is_place(tokens[c.end + 1].text)
        ):
            return "GPE"  # "in al-Rashideen, Aleppo province"
        return None

    def _no_place(self, name: str, last: Token) -> bool:
        """A name the gazetteer knows as no country, city or region, whose head names no place
        either ("the Soviet Union", "the West Bank")."""
        return last.lower_ not in PLACE_HEADS and not self.gazetteer.names_place(name)

    def _headline_names_the_body_confirms(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """In a headline written in title case capitals say nothing, and the model takes phrases
        for names ("Donald Trump Sounds Weirdly Sophisticated", "Media Growls In Response"): a
        name there stands as far as the body confirms it ("Donald Trump"), or as a first name and
        a surname ("Ann Coulter"), a people or a place the gazetteer knows; what the body never
        names is dropped."""
        tokens = tokens_of(doc)
        headline_end = next((s.end for s in doc.user_data.get("sections", []) if s.name == "headline"), 0)
        first_body_token = next((t.i for t in tokens if t.idx >= headline_end), len(tokens))
        if not any(c.start < first_body_token for c in cands) or not title_case(text_of(doc)[:headline_end]):
            return cands
        body = text_of(doc)[headline_end:]
        body_names = [c for c in cands if c.start >= first_body_token]
        named_in_body = {span_text(doc, c.start, c.end) for c in body_names}
        # "Kaine" of "Tim Kaine"
        named_in_body |= {tokens[c.end - 1].text for c in body_names if c.label == "PERSON" and c.end - c.start > 1}
        kept = []
        for c in cands:
            if c.start >= first_body_token or span_text(doc, c.start, c.end) in body:
                kept.append(c)
                continue
            colon = next((t.i for t in tokens[c.start : min(c.end + 1, len(tokens))] if t.text == ":"), None)
            if c.start == 0 and colon:  # the source a headline labels: "NY Post: ..."
                kept.append(Candidate(c.start, colon, c.label, c.strong))
                continue
            confirmed = _confirmed_name(doc, c, named_in_body)
            if confirmed is not None:
                kept.append(Candidate(confirmed[0], confirmed[1], c.label, c.strong))
            elif c.label == "NORP" or c.label == "GPE" and self.gazetteer.is_place(span_text(doc, c.start, c.end)):
                kept.append(c)
        return kept

    @staticmethod
    def _apply_surnames(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """A first name and a surname the article writes after an honorific ("Mr. Alvarez", "Ms
        Hargreaves") or gives an age (", 58,") name a person, whatever the model said ("David
        Alvarez" as an organisation); a lone surname of a person named in full is a person's."""
        tokens = tokens_of(doc)
        honoured = {t.text for t in tokens[1:] if t.is_title and tokens[t.i - 1].lower_.rstrip(".") in HONORIFICS}
        for c in cands:
            if c.label == "ORG" and c.end - c.start == 2 and tokens[c.start].lower_ in census_first_names() and tokens[c.end - 1].is_title and (
                tokens[c.end - 1].text in honoured or _age_after(tokens, c.end)
            ):
                c.label, c.strong = "PERSON", True
        surnames = {tokens[c.end - 1].text for c in cands if c.label == "PERSON" and c.end - c.start > 1}
        for c in cands:
            if c.end - c.start == 1 and tokens[c.start].text in surnames and c.label != "PERSON":
                c.label, c.strong = "PERSON", True
            # a first name and the surname of a person named elsewhere: "his son, Derek Calloway," is
            # no place, though the model took him for one beside "Rep. Harold Calloway"
            elif c.end - c.start == 2 and c.label in ("GPE", "ORG") and tokens[c.start].lower_ in census_first_names() and tokens[c.end - 1].text in surnames:
                c.label, c.strong = "PERSON", True
        # a first name before a person's surname the model missed there: "Grant Voss used ..."
        # opening a paragraph, where the model reads "Grant" as a word ("Voss said" elsewhere)
        personal = surnames | {tokens[c.start].text for c in cands if c.label == "PERSON" and c.end - c.start == 1}
        taken = {i for c in cands for i in range(c.start, c.end)}
        for first, last in zip(tokens, tokens[1:]):
            if (
                first.i not in taken and last.i not in taken and first.is_title and last.is_title and last.text in personal
                and first.lower_ in census_first_names() and first.whitespace_ and (first.i == 0 or not tokens[first.i - 1].is_title)
                and (last.i + 1 >= len(tokens) or not tokens[last.i + 1].is_title)
                # not a word or a month before a name used as a modifier: "Young Sanders supporters",
                # "a June Trump campaign event"
                and first.pos_ != "ADJ" and first.ent_type_ not in ("DATE", "TIME") and not (last.dep_ == "compound" and last.head.i > last.i)
            ):
                cands.append(Candidate(first.i, last.i + 1, "PERSON", True))
        cands.sort(key=lambda c: c.start)
        return cands

    @staticmethod
    def _join_second_surnames(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """A person's name the model cut before a second surname it took for a place or a body
        ("Rodolfo Tolentino" + "Ramos", "Ana Lucía Restrepo" + "Vargas"): the word the name hangs
        on, right after it, is the name's last."""
        tokens = tokens_of(doc)
        joined: list[Candidate] = []
        for c in cands:
            last = joined[-1] if joined else None
            if (
                last is not None and last.label == "PERSON" and c.start == last.end and c.end - c.start == 1 and c.label in ("GPE", "LOC", "ORG")
                and tokens[c.start].is_title and tokens[c.start].lower_ not in ORG_HEADS and tokens[last.end - 1].dep_ == "compound" and tokens[last.end - 1].head.i == c.start
            ):
                last.end = c.end
                continue
            joined.append(c)
        return joined

    @staticmethod
    def _apply_possessive_agreement(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """A one-word name the model took for an organisation is a person where the pronouns that
        go back to it say so ("Trump launched his bid", "Trump said he ...", "Trump, who ...",
        twice) and none says "it", "its" or "which"."""
        tokens = tokens_of(doc)
        named = {tokens[c.start].text for c in cands if c.end - c.start == 1 and c.label == "ORG"}
        if not named:
            return cands
        name_starts = {c.start for c in cands}
        owners: dict[str, Counter[str]] = defaultdict(Counter)
        for name in tokens:
            # (every use of the name counts, the model having missed some: "Trump laid out his plan")
            if name.text not in named:
                continue
            if name.i + 2 < len(tokens) and tokens[name.i + 1].text == "," and tokens[name.i + 2].lower_ in RELATIVE_AGREEMENT:
                owners[name.text][RELATIVE_AGREEMENT[tokens[name.i + 2].lower_]] += 1  # "Trump, who ..."
                continue
            if name.dep_ != "nsubj" or name.head.i < name.i:
                continue
            for t in tokens[name.i + 1 : name.head.right_edge.i + 1]:
                # the first third-person pronoun in the clause goes back to its subject ("Trump said
                # he ...", "Forbes announced it ..."); after another name, another subject or a
                # quotation mark it may stand for someone else
                if t.lower_ in AGREEING_PRONOUNS and (t.tag_ == "PRP$" or t.dep_ in ("nsubj", "nsubjpass")):
                    owners[name.text][AGREEING_PRONOUNS[t.lower_]] += 1
                    break
                if t.i in name_starts or t.dep_ in ("nsubj", "nsubjpass") or t.text in QUOTE_MARKS:
                    break
        for c in cands:
            name = tokens[c.start]
            votes = owners.get(name.text) if c.end - c.start == 1 and c.label == "ORG" else None
            needed = 1 if _census_name(name) else MIN_AGREEING_PRONOUNS
            if votes and votes["PERSON"] >= needed and not votes["ORG"]:
                c.label, c.strong = "PERSON", True
        return cands

    @staticmethod
    def _unify_labels(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        keys = [fold(span_text(doc, c.start, c.end)) for c in cands]  # folded once, read by both passes
        for c, key in zip(cands, keys):
            votes[key][c.label] += 3 if c.strong else 1
        for c, key in zip(cands, keys):
            c.label = votes[key].most_common(1)[0][0]
        return cands


def _common_word_at_sentence_start(doc: Doc, c: Candidate, lowercase_words: set[str]) -> bool:
    """"Wildfire forces thousands to flee": a capitalised first word the text also writes lower case."""
    tokens = tokens_of(doc)
    token = tokens[c.start]
    if c.end - c.start != 1 or not (token.is_sent_start or token.i == 0) or c.strong:
        return False
    return token.lower_ in lowercase_words




def _confirmed_name(doc: Doc, c: Candidate, named_in_body: set[str]) -> tuple[int, int] | None:
    """The longest part of a headline candidate the body names; for a person, with the first
    names before it ("Bernie Sanders" where the body writes "Sanders"), or, unconfirmed, first
    names and a surname the census knows ("Ann Coulter")."""
    tokens = tokens_of(doc)
    confirmed = max(
        ((start, end) for start in range(c.start, c.end) for end in range(start + 1, c.end + 1) if span_text(doc, start, end) in named_in_body),
        key=lambda span: span[1] - span[0],
        default=None,
    )
    if c.label != "PERSON":
        return confirmed
    surname_start, end = confirmed if confirmed is not None else (c.end - 1, c.end)
    start = surname_start
    while start > c.start and tokens[start - 1].tag_ == "NNP" and tokens[start - 1].lower_ in census_first_names():
        start -= 1
    if confirmed is not None or (start < surname_start and _census_name(tokens[surname_start])):
        return start, end
    return None


def _age_after(tokens: list[Token], end: int) -> bool:
    """Whether an age is set off after a name: "Marina Kaplan, 58, a pharmacist"."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 2].text != ",":
        return False
    age = tokens[end + 1].text
    return age.isdigit() and 1 <= int(age) <= 110


def _office_of_before(tokens: list[Token], start: int) -> bool:
    """Whether an office's "of" stands right before ``start`` ("Secretary of", "Minister of")."""
    return start >= 2 and tokens[start - 1].lower_ == "of" and tokens[start - 2].is_title and tokens[start - 2].lower_ in OFFICE_WORDS


def _titled_name_start(words: list[Token]) -> int | None:
    """Where a person's name begins in a span the model read whole with the office before it
    ("House Agriculture Chair Roy Feldkamp", "Bureau of Reclamation Commissioner Tanya
    Bjornstad"): after the last title word, when a census first name and one or two surname
    words follow; None when no such name ends the span."""
    for k in (len(words) - 3, len(words) - 4):  # a first name and one or two surnames after the office
        if k < 0 or not (words[k].is_title and words[k].lower_.rstrip(".") in OFFICE_WORDS):
            continue
        rest = words[k + 1 :]
        return k + 1 if _census_full_name(rest) else None
    return None


MAX_DATELINE_TOKENS = 8


def _after_dateline(tokens: list[Token], start: int) -> bool:
    """Whether ``start`` follows a dateline's dash at the start of a paragraph: "DES MOINES - ",
    "WASHINGTON (Reuters) - ", "DES MOINES, Iowa — " (a place in capitals, then at most a state
    or an agency)."""
    if start < 2 or tokens[start - 1].text not in ("-", "\u2014", "\u2013", "--") or not tokens[start - 2].whitespace_:
        return False
    first = start - 2
    while first > 0 and not tokens[first - 1].is_space and start - first <= MAX_DATELINE_TOKENS:
        first -= 1
    line = tokens[first : start - 1]
    return (
        (first == 0 or tokens[first - 1].is_space) and line[0].is_upper and line[0].is_alpha and len(line[0]) > 1
        and all(t.is_upper or t.is_punct or t.is_title for t in line)
    )


def _census_full_name(words: list[Token]) -> bool:
    """Two or three capitalised words, the first a census first name: "Dennis Hale"."""
    return 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) and words[0].lower_ in census_first_names()


def _census_name(word: Token) -> bool:
    """A first name or a common surname in the US Census tables, written as a name ("Trump", not "FBI")."""
    if not word.is_title:
        return False
    return word.lower_ in census_first_names() or census_name_shares("dist.all.last").get(word.lower_, 0) >= COMMON_SURNAME_SHARE


def _ends_in_acronym(words: list[Token]) -> bool:
    """A name of two or more words whose last is in capitals and whose first is not ("Junge SVP";
    not "Henry VIII", nor a name written all in capitals)."""
    last = words[-1].text
    return (
        len(words) > 1 and len(last) > 1 and last.isalpha() and last.isupper()
        and not ROMAN_NUMERAL.fullmatch(last) and not words[0].text.isupper()
    )


ROMAN_NUMERAL = re.compile("[IVX]+")


def _dotted_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return len(letters) >= 3 and letters.isalpha() and letters.isupper()


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates overlapping a longer (or evidence-backed) one."""
    cands = sorted(cands, key=lambda c: (-(c.end - c.start) - (100 if c.strong else 0), c.start))
    taken: set[int] = set()
    kept = []
    for c in cands:
        if any(i in taken for i in range(c.start, c.end)):
            continue
        kept.append(c)
        taken.update(range(c.start, c.end))
    return sorted(kept, key=lambda c: c.start)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    end = -1
    for span in spans:
        if span.start >= end:
            kept.append(span)
            end = span.end
    return kept


@Language.factory("newsgraph_entities")
def make_entity_fixer(nlp: Language, name: str) -> EntityFixer:
    return EntityFixer(nlp)
