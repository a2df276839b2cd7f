"""One entity per real-world actor within an article: mentions clustered, with a canonical name.

Mentions join an entity when:
- they fold to the same key (case, diacritics, apostrophes and hyphens aside: "Hay’at" = "Hayat");
- they name the same country: "US" = "the United States", a capital used as an actor
  ("Tehran's strategy") = its country, a form of state ("Islamic Republic") = the one country
  of that form the article mentions;
- an acronym is defined for a name in the article ("Hay'at Tahrir al-Sham (HTS)"), or is the
  initials of a name in it ("US"), or contains the initials of an organisation's shorter name
  ("Revolutionary Guard" in "IRGC");
- person names are compatible (``identity.compatible``): titles aside, a name missing a middle
  name, an initial or the first name joins the fuller one ("Trump", "Mr. Trump" and "Donald
  Trump" join "Donald J. Trump"); a different middle or suffix keeps people apart ("George W.
  Bush", "George H.W. Bush"; "Donald Trump Jr."). A shorter name that several people can bear
  joins the most mentioned of them, and none when two are mentioned as often.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsgraph.extract.entities import NAME_LABELS
from newsgraph.extract.gazetteer import fold, gazetteer
from newsgraph.extract.lexicon import (
    HONORIFICS,
    KNIGHTHOODS,
    LOCATIVE_PREPOSITIONS,
    OFFICE_TITLES,
    ORG_HEADS,
    OUTLET_NOUNS,
    PERSON_ROLE_NOUNS,
    TITLES,
    census_first_names,
)
from newsgraph.extract.nlp import text_of
from newsgraph.extract.quotes import _title_before
from newsgraph.resolve.actors_kb import ABBREVIATED_TITLES
from newsgraph.resolve.gender import Gender, gender_of
from newsgraph.resolve.identity import PersonName, compatible, person_name

STOP_INITIALS = frozenset({"of", "the", "and", "for", "al", "el", "de"})
# "the younger Pike", "the elder Bush": of two bearers of a surname, the child or the parent
SENIORITY_WORDS = {"younger": "younger", "elder": "elder", "older": "elder"}
# how an article says who is whose child: "His son, Nathan Pike,", "Nathan Pike, his son,",
# "George W. Bush Jr.", "her father Raymond Pike"
_KIN_BEFORE = re.compile(r"\b(son|daughter|father|mother|dad|mom|wife|husband)\s*,?\s*(?:[A-Z][a-z]+\.?\s+){0,2}$")  # "his son, Assemblyman Nathan Pike"
_KIN_AFTER = re.compile(r"\s*,\s*(?:his|her|their|the)\s+(?:\w+\s+)?(son|daughter|father|mother|wife|husband)\b", re.IGNORECASE)
GENERATIONS = {"son": "child", "daughter": "child", "father": "parent", "mother": "parent", "dad": "parent", "mom": "parent",
               "wife": "spouse", "husband": "spouse", "jr": "child", "sr": "parent"}
_GENERATION_SUFFIX = re.compile(r"^\s*,?\s*(Jr|Sr)\b\.?")


@dataclass
class Cluster:
    key: str
    mentions: list[Span] = field(default_factory=list)
    country: str | None = None
    long_form: str | None = None  # the name an acronym was defined for
    gender: Gender | None = None  # what an honorific says of a bare surname ("Mrs. Clinton")
    seniority: str | None = None  # "younger" or "elder", what "the younger Pike" says of a bare surname

    @property
    def labels(self) -> Counter[str]:
        return Counter(m.label_ for m in self.mentions)

    @property
    def label(self) -> str:
        first = self.mentions[0].label_
        if all(m.label_ == first for m in self.mentions):  # the usual case, without a Counter
            return first
        return self.labels.most_common(1)[0][0]


def name_key(span: Span) -> str:
    """The folded name, without determiners, possessive endings or trailing descriptors."""
    return _words_key([t.text for t in span if t.text not in ("'s", "’s", "'", "’")])


POSSESSIVE_ENDING = re.compile(r"(?<=\w)['’]s?(?=\s|$)")  # "People's", "Workers'", not "O'Malley"


def text_key(name: str) -> str:
    """``name_key`` of a name given as text: "Swiss People's Party" as its span has it."""
    return _words_key(POSSESSIVE_ENDING.sub("", name).split())


def _words_key(words: list[str]) -> str:
    while words and words[0].lower() in ("the", "a", "an"):
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in OUTLET_NOUNS:
        words.pop()
    return fold(" ".join(words))


def strip_titles(name: str, person: bool = False) -> str:
    """Leading titles off a name: a person's name may shrink to the surname ("President Obama"),
    another's keeps two words ("Supreme Court" stays), and an institution's or a title's first
    word is part of its name ("State University of New York", "General Services Administration",
    "State of the Union")."""
    words = name.split()
    if not person and any(w.lower().strip(".,") in ORG_HEADS for w in words):
        return " ".join(words)
    titles = TITLES | OFFICE_TITLES if person else TITLES
    while len(words) > (1 if person else 2) and words[0].lower().rstrip(".") in titles and (person or words[1][:1].isupper()):
        words.pop(0)
    return " ".join(words)


def initials(name: str) -> str:
    return "".join(w[0].upper() for w in name.replace("-", " ").split() if w.lower() not in STOP_INITIALS and w[0].isalpha())


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 8


class EntityResolver:
    """Cluster a Doc's entity mentions; ``original`` is the text before parser normalisation."""

    def __init__(self, doc: Doc, original: str) -> None:
        self.doc = doc
        self.original = original
        self.gazetteer = gazetteer()
        self.doc_text = text_of(doc)
        self.acronyms: dict[str, str] = doc.user_data.get("acronyms", {})
        mentions = [(e, name_key(e)) for e in doc.ents if e.label_ in NAME_LABELS]
        self.shared_surnames = self._shared_surnames([e for e, _ in mentions])
        # a first name the model typed GPE or ORG ("For Nina and Paul Ward") is the person's
        mentions = [
            (Span(doc, e.start, e.end, label="PERSON") if e.start_char in self.shared_surnames else e, key) for e, key in mentions
        ]
        self.countries_mentioned = {
            code for e, name in mentions if e.label_ in ("GPE", "LOC") and (code := self.gazetteer.country_code(name))
        }
        self.clusters: list[Cluster] = []
        by_key: dict[tuple[str, Gender | None, str | None], Cluster] = {}
        bearers = self._titled_bearers([m for m, _ in mentions])
        for mention, name in mentions:
            key, country = self._key(mention, name)
            key = self._bearer_by_title(mention, key, bearers)
            gender = self._honorific_gender(mention)
            seniority = self._seniority(mention) if mention.label_ == "PERSON" and len(mention) == 1 else None
            cluster = by_key.get((key, gender, seniority))
            if cluster is None:
                cluster = Cluster(key, country=country, long_form=self.acronyms.get(self.written(mention)), gender=gender, seniority=seniority)
                by_key[(key, gender, seniority)] = cluster
                self.clusters.append(cluster)
            cluster.mentions.append(mention)
        self._merge_acronyms()
        self._merge_person_names()
        self._merge_first_names()
        self._merge_seniors()

    def text(self, span: Span) -> str:
        return self.original[span.start_char : span.end_char]

    @staticmethod
    def _titles_before(mention: Span) -> frozenset[str]:
        """The office words of the title written before a name ("State Senator Roy Tillman":
        state, senator; "Sen. Tillman": senator), honorifics left out."""
        title = _title_before(mention)
        words = (ABBREVIATED_TITLES.get(w, w) for t in title or () if (w := t.lower_.rstrip(".")) not in HONORIFICS)
        return frozenset(w for w in words if w in TITLES | OFFICE_TITLES | PERSON_ROLE_NOUNS)

    def _titled_bearers(self, mentions: list[Span]) -> dict[str, dict[str, frozenset[str]]]:
        """Surname -> the full names that bear it in the article, each with the title words written
        before it."""
        found: dict[str, dict[str, frozenset[str]]] = {}
        for mention in mentions:
            words = self.text(mention).split()
            if mention.label_ == "PERSON" and len(words) >= 2:
                titles = found.setdefault(fold(words[-1]), {}).get(name_key(mention), frozenset())
                found[fold(words[-1])][name_key(mention)] = titles | self._titles_before(mention)
        return found

    def _bearer_by_title(self, mention: Span, key: str, bearers: dict[str, dict[str, frozenset[str]]]) -> str:
        """"His older brother, State Senator Roy Tillman ... Senator Tillman said": of two people the
        article names in full with a surname, a bare surname under a title only one of them bears is
        that one's."""
        named = bearers.get(key)
        if mention.label_ != "PERSON" or len(mention) != 1 or not named or len(named) < 2:
            return key
        titles = self._titles_before(mention)
        holders = [full for full, theirs in named.items() if titles & theirs]
        return holders[0] if titles and len(holders) == 1 else key

    def name_text(self, span: Span) -> str:
        """A mention's name as written, with the surname it shares with the name after it."""
        return self.shared_surnames.get(span.start_char) or self.text(span)

    def _shared_surnames(self, mentions: list[Span]) -> dict[int, str]:
        """First names written before another's full name with "and", which share its surname:
        "Jennifer and Mark Carter", "Bill and Hillary Clinton" name Jennifer Carter and Bill
        Clinton (by their start offsets)."""
        found: dict[int, str] = {}
        first_names = census_first_names()
        # "Clinton and Bernie Sanders": a first name that is someone's surname here, or that the
        # article writes alone elsewhere, is that someone
        surnames = {fold(words[-1]) for m in mentions if m.label_ == "PERSON" and len(words := self.text(m).split()) >= 2}
        surnames |= {key for key, n in Counter(fold(self.text(m)) for m in mentions if len(m) == 1).items() if n > 1}
        for given, full in zip(mentions, mentions[1:]):
            between = self.doc_text[given.end_char : full.start_char]
            words = self.text(full).split()
            if (len(given) == 1 and between.strip() == "and" and full.label_ == "PERSON" and len(words) >= 2
                    and fold(self.text(given)) in first_names and fold(self.text(given)) not in surnames and fold(words[0]) in first_names
                    and not self.gazetteer.country_code(self.text(given))):
                found[given.start_char] = f"{self.text(given)} {words[-1]}"
        return found

    def written(self, span: Span) -> str:
        """``span.text``, sliced from the Doc's text: ``Span.text`` joins the span's tokens on each read."""
        return self.doc_text[span.start_char : span.end_char]

    def _key(self, mention: Span, key: str) -> tuple[str, str | None]:
        """The cluster key of a mention whose folded name is ``key``, and its country if it names one."""
        written = self.written(mention)
        if written in self.acronyms:
            return text_key(self.acronyms[written]), None
        if mention.label_ in ("GPE", "LOC", "ORG", "NORP"):
            code = self._country(mention, key)
            if code:
                return f"country:{code}", code
        return key, None

    def _seniority(self, mention: Span) -> str | None:
        """"the younger Pike", "the younger Mr. Hale" (the honorific between, as the Times writes it)."""
        before = mention.start - 1
        if before > 0 and self.doc[before].lower_.rstrip(".") in HONORIFICS:
            before -= 1
        return SENIORITY_WORDS.get(self.doc[before].lower_) if before >= 0 else None

    def _honorific_gender(self, mention: Span) -> Gender | None:
        """"Mr. Clinton" and "Mrs. Clinton" in one article are two people: a bare surname keeps the
        gender its honorific states, so each joins the full name of that gender."""
        if mention.label_ != "PERSON" or mention.start == 0 or len(mention) > 1:
            return None
        before = self.doc[mention.start - 1]
        if before.lower_.rstrip(".") not in HONORIFICS:
            return None
        # a headline capitalises every word: there "Miss" is mostly the verb ("Polls Miss Trump's
        # Fall in Iowa"), and only an honorific written with its period is one
        headline = next((s for s in self.doc.user_data.get("sections") or [] if s.name == "headline"), None)
        if headline is not None and headline.start <= mention.start_char < headline.end and not before.text.endswith("."):
            return None
        return gender_of(before.text)

    def _country(self, mention: Span, key: str) -> str | None:
        g = self.gazetteer
        if mention.label_ != "NORP":
            code = g.country_code(key)
            if code and key in g.shared_names:
                return None  # "Congo": the article's places say which of two countries (see places.py)
            if code and (mention.label_ != "ORG" or is_acronym(self.written(mention))):
                return code
        forms = g.state_forms.get(key)
        if forms:
            present = [c for c in forms if c in self.countries_mentioned]
            if len(present) == 1:
                return present[0]
        capital_of = g.capitals.get(key)
        if capital_of and capital_of in self.countries_mentioned:
            before = self.doc[mention.start - 1] if mention.start > 0 else None
            # "in Damascus" is the city; "Damascus accepted", "Tehran's strategy" the state
            if before is None or before.lower_ not in LOCATIVE_PREPOSITIONS:
                return capital_of
        return None

    def _merge_into(self, target: Cluster, source: Cluster) -> None:
        target.mentions.extend(source.mentions)
        target.mentions.sort(key=lambda m: m.start)
        target.long_form = target.long_form or source.long_form
        self.clusters.remove(source)

    def _merge_acronyms(self) -> None:
        # each acronym is tried against every cluster: labels are counted once, and again for a
        # cluster only when it gains mentions
        labels = {id(c): c.label for c in self.clusters}
        for acro in [c for c in self.clusters if all(is_acronym(self.written(m)) for m in c.mentions)]:
            if acro not in self.clusters or acro.country:
                continue
            letters = self.written(acro.mentions[0]).replace(".", "")
            for other in list(self.clusters):
                label, acro_label = labels[id(other)], labels[id(acro)]
                if other is acro or label != acro_label and {label, acro_label} != {"ORG", "GPE"}:
                    continue
                names = [self.text(m) for m in other.mentions if not is_acronym(self.written(m))]
                if not names:
                    continue
                name = max(names, key=len)
                found = initials(name)
                exact = found == letters
                # "Revolutionary Guard" inside "IRGC": the head of the acronym's organisation (not
                # "NBC News", whose initials are no name's: "NN" is no part of "CNN")
                inner = (
                    len(found) >= 2
                    and not any(is_acronym(word) for word in name.split())
                    and found in letters
                    and name.split()[-1].lower() in ORG_HEADS
                    and label == "ORG"
                )
                if exact or inner:
                    self._merge_into(acro, other)
                    labels[id(acro)] = acro.label

    def _person_name(self, cluster: Cluster) -> PersonName | None:
        names = [n for m in cluster.mentions if (n := person_name(self.name_text(m)))]
        return max(names, key=lambda n: n.specificity, default=None)

    def _merge_person_names(self) -> None:
        names = {id(c): n for c in self.clusters if c.label == "PERSON" and (n := self._person_name(c))}
        # full names settle among themselves before bare surnames choose among them
        order = sorted((c for c in self.clusters if id(c) in names), key=lambda c: (names[id(c)].bare, names[id(c)].specificity))
        for cluster in order:
            if cluster not in self.clusters:
                continue
            own = names[id(cluster)]
            candidates = [
                other for other in self.clusters
                if other is not cluster and id(other) in names
                and names[id(other)].specificity >= own.specificity and compatible(own, names[id(other)])
            ]
            # "Trump" and "Mr. Trump" both join "Donald Trump" rather than each other
            candidates = [c for c in candidates if not names[id(c)].bare] or candidates
            if cluster.gender:  # "Mr. Clinton" never joins "Hillary Clinton"
                candidates = [c for c in candidates if self._gender(c) in (None, cluster.gender)]
            elif own.bare and (other := self._another_bearer(cluster, own, names, candidates)) is not None:
                self._merge_into(other, cluster)
                continue
            if own.bare and cluster.seniority and len(candidates) > 1:
                continue  # chosen once first names have joined their full names (_merge_seniors)
            if own.bare and len(candidates) > 1:
                # "Clinton" beside "Hillary Clinton" and "Bill Clinton": news names the other
                # bearers of a surname in full, so the bare surname is the first one introduced,
                # unless two were introduced together ("Tom Avery and Paul Avery")
                candidates.sort(key=lambda c: c.mentions[0].start)
                if candidates[0].mentions[0].sent.start != candidates[1].mentions[0].sent.start:
                    self._merge_into(candidates[0], cluster)
                continue
            candidates.sort(key=lambda c: len(c.mentions), reverse=True)
            if len(candidates) == 1 or len(candidates) > 1 and len(candidates[0].mentions) > len(candidates[1].mentions):
                self._merge_into(candidates[0], cluster)

    def _merge_first_names(self) -> None:
        """A first name written alone ("Hillary", "Bernie", "Jeb"; or the family name a Chinese
        name writes first, "Xi" of "Xi Jinping") is the one person the article
        names in full with it, where it is nobody's surname there and no place; one the model typed
        GPE or ORG ("Melania") must be a first name in the census, and takes the person's label."""
        bearers: dict[str, list[Cluster]] = {}
        surnames: set[str] = set()
        for cluster in self.clusters:
            name = self._person_name(cluster) if cluster.label == "PERSON" else None
            if name is not None and not name.bare:
                bearers.setdefault(name.given[0], []).append(cluster)
                surnames.update(name.surname.split())
        for cluster in list(self.clusters):
            # "Sir Nigel", "Dame Judi": the British honour goes with the first name
            knighted = [m[0].lower_ in KNIGHTHOODS and len(m) == 2 for m in cluster.mentions]
            if cluster.country or any(len(m) != 1 and not k for m, k in zip(cluster.mentions, knighted, strict=True)):
                continue
            key = fold(self.text(cluster.mentions[0][-1:]))
            found = bearers.get(key, [])
            if len(found) != 1 or found[0] is cluster or key in surnames or len(key) < 2:
                continue
            honoured = any(knighted) or any(m.start and self.doc[m.start - 1].lower_.rstrip(".") in HONORIFICS | KNIGHTHOODS for m in cluster.mentions)
            if self.gazetteer.names_place(key) and not honoured:
                continue  # "Virginia" beside "Virginia Foxx" is the state; "Sir Nigel" is no town
            if cluster.label != "PERSON" and key not in census_first_names():
                continue  # "EgyptAir" beside a misread "EgyptAir Crash"
            cluster.mentions = [Span(self.doc, m.start, m.end, label="PERSON") for m in cluster.mentions]
            self._merge_into(found[0], cluster)

    def _another_bearer(self, cluster: Cluster, own: PersonName, names: dict[int, PersonName], candidates: list[Cluster]) -> Cluster | None:
        """The bearer of a surname an honorific names and no full name accounts for: an article that
        names only the first lady in full ("Michelle Obama", "Mrs. Obama") still speaks of "Mr.
        Obama", and a surname without an honorific there ("President Obama") is his, as papers that
        write honorifics drop them only before a title."""
        stated = {self._gender(c) for c in candidates}
        others = [
            other for other in self.clusters
            if other is not cluster and other.gender and other.gender not in stated
            and id(other) in names and names[id(other)].bare and compatible(own, names[id(other)])
        ]
        return others[0] if len(others) == 1 else None

    def _merge_seniors(self) -> None:
        """"The younger Pike" beside Raymond Pike and "his son, Nathan Pike" is the son."""
        names = {id(c): n for c in self.clusters if c.label == "PERSON" and (n := self._person_name(c))}
        for cluster in [c for c in self.clusters if c.seniority and id(c) in names and names[id(c)].bare]:
            own = names[id(cluster)]
            candidates = [o for o in self.clusters if o is not cluster and id(o) in names and not names[id(o)].bare and compatible(own, names[id(o)])]
            chosen = self._of_generation(cluster.seniority or "", candidates)
            if chosen is not None:
                self._merge_into(chosen, cluster)

    def _of_generation(self, seniority: str, candidates: list[Cluster]) -> Cluster | None:
        """Of bearers of one surname, the younger (a son, a daughter, a "Jr.") or the elder (a
        father, a mother, a "Sr."): the one the article says is so, or the one beside the one it
        says is the other; where it says neither of two, the elder is the one it introduced
        first, as a story about a family begins with its head, and the younger the other."""
        if len(candidates) < 2:
            return candidates[0] if candidates else None
        generations = {id(c): self._generation(c) for c in candidates}
        wanted, other = ("child", "parent") if seniority == "younger" else ("parent", "child")
        found = [c for c in candidates if generations[id(c)] == wanted]
        if not found and len(candidates) == 2:
            found = [c for c in candidates if generations[id(c)] is None and any(generations[id(o)] == other for o in candidates)]
        if not found and len(candidates) == 2 and not any(generations.values()):
            # (a spouse, who shares the name, is of neither: "Vail's wife, Sandra Vail")
            introduced = sorted(candidates, key=lambda c: c.mentions[0].start)
            found = [introduced[0] if seniority == "elder" else introduced[1]]
        return found[0] if len(found) == 1 else None

    def _generation(self, cluster: Cluster) -> str | None:
        """"child", "parent" or "spouse", as the article states it beside one of the cluster's names."""
        for mention in cluster.mentions:
            before = self.doc_text[max(0, mention.start_char - 20) : mention.start_char]
            after = self.doc_text[mention.end_char : mention.end_char + 40]
            kin = _KIN_BEFORE.search(before) or _KIN_AFTER.match(after) or _GENERATION_SUFFIX.match(after) or re.search(r"\b(Jr|Sr)\.?$", self.text(mention))
            if kin is not None:
                return GENERATIONS[kin.group(1).lower()]
        return None

    def _gender(self, cluster: Cluster) -> Gender | None:
        """The gender a cluster's honorific or fullest name states: once "Clinton" in a headline
        has joined "Bill Clinton", the cluster is still his, no bare surname for "Mrs. Clinton" to join."""
        return cluster.gender or gender_of(self._full_name(cluster, [self.name_text(m) for m in cluster.mentions]))

    def canonical_name(self, cluster: Cluster) -> str:
        """The name an actor goes by: a country's short name, a person's fullest name, an
        organisation's full name with the acronym the article also writes ("Associated Press
        (AP)", "Environmental Protection Agency (EPA)"), so that either finds it."""
        if cluster.country:
            return self.gazetteer.countries[cluster.country].name
        names = [self.name_text(m) for m in cluster.mentions]
        name = self._full_name(cluster, names)
        acronym = next((n for n in names if is_acronym(n)), None)
        return f"{name} ({acronym})" if acronym and cluster.label != "PERSON" and acronym not in name.split() else name

    def _full_name(self, cluster: Cluster, names: list[str]) -> str:
        if cluster.long_form:
            long_texts = [n for n in names if fold(n) == fold(cluster.long_form)]
            return long_texts[0] if long_texts else cluster.long_form
        full = [n for n in names if not is_acronym(n)] or names
        person = cluster.label == "PERSON"
        written = {n: strip_titles(n, person).split() for n in full}

        def padded(words: list[str]) -> bool:
            # "Crooked Hillary Clinton", "Billionaire Donald Trump": words before a name another
            # mention gives whole are no part of it, unless they are a first name
            return person and bool(words) and fold(words[0]) not in census_first_names() and any(
                2 <= len(other) < len(words) and words[-len(other) :] == other for other in written.values()
            )

        best = max(full, key=lambda n: (not padded(written[n]), len(written[n]), len(n)))
        words = best.split()
        if words and words[0].lower() == "the":
            best = " ".join(words[1:])
        if best.endswith(("'s", "’s")):
            best = best[:-2]
        return strip_titles(best, person)
