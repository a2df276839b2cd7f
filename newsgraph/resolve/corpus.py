"""Corpus-level resolution: near-duplicate articles (MinHash LSH, datasketch) and corpus actors.

Wire copies and re-publications with small edits share almost all their word 5-grams: two
articles whose estimated Jaccard similarity of 5-gram sets is at least ``THRESHOLD`` are linked,
the later one as a duplicate of the earlier. (Quotes are resolved across articles by the key
``store.tables.quote_key``.)

An article's entity links to a corpus actor (``ActorIndex``) by the rules of
``resolve.identity``: a person's name links to the one person actor whose usual name it is
compatible with and none of whose names differs from it in middles or suffix ("Donald J. Trump"
-> "Donald Trump", never "Donald Trump Jr."); a bare surname links to the one person actor usually
called by a compatible full name. When two or more are, the entity's titles narrow them by gender
("Mrs. Clinton" is not Bill Clinton), and of those left one whose entities outnumber all the others'
together ``DOMINANT_RATIO`` times is the one meant ("Obama" beside a corpus of Barack Obama and one
Michelle Obama); else the surname stays article-local (no actor). A one-word organisation that is
the surname of such a dominant person, who outnumbers any organisation of that name as much, is
that person: the small model types "Trump" ORG in "polls showing Trump leading". Any other name
links to the actor that already bears it without dots, case or titles, whatever type either was
given ("POLITICO" = "Politico"). An actor's type is the one most of its entities have. Its id is made once, from the first name it was seen
under, and never changes as more articles come.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from newsgraph.extract.gazetteer import fold
from newsgraph.resolve.entities import initials, is_acronym
from newsgraph.resolve.gender import gender_of
from newsgraph.resolve.identity import PersonName, compatible, conflicting, group_key, person_name, plain_key

THRESHOLD = 0.8
PERMUTATIONS = 128
SHINGLE = 5
SCHEME = "affine32"  # stored signatures are only comparable under the scheme that made them


def article_minhash(text: str) -> MinHash:
    words = fold(text).split()
    minhash = MinHash(num_perm=PERMUTATIONS, scheme=SCHEME)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


class DuplicateIndex:
    """The articles seen so far, queryable for near-duplicates of a new one."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS)
        self.signatures: dict[str, MinHash] = {}

    def add(self, article_id: str, minhash: MinHash) -> list[tuple[str, float]]:
        """Index an article; return the earlier articles it nearly duplicates, with similarity."""
        found = []
        for other in self.lsh.query(minhash):
            if other == article_id:
                continue
            similarity = minhash.jaccard(self.signatures[other])
            if similarity >= THRESHOLD:
                found.append((other, round(similarity, 3)))
        if article_id not in self.signatures:
            self.lsh.insert(article_id, minhash)
            self.signatures[article_id] = minhash
        return sorted(found)

    def load(self, article_id: str, hashvalues: list[int]) -> None:
        minhash = MinHash(num_perm=PERMUTATIONS, hashvalues=hashvalues, scheme=SCHEME)
        self.lsh.insert(article_id, minhash)
        self.signatures[article_id] = minhash


@dataclass
class Actor:
    """One corpus actor: the names and types its article entities carry, with their counts."""

    actor_id: str
    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)  # the entities' own aliases ("FBI" for the F.B.I.)
    roles: set[str] = field(default_factory=set)  # the titles its entities carry, in lower case ("president")

    @property
    def entities(self) -> int:
        return sum(self.names.values())

    @property
    def type(self) -> str:
        # most entities' type; a tie goes to the type seen first (Counter keeps insertion order)
        return self.types.most_common(1)[0][0]

    @property
    def name(self) -> str:
        """The full name most entities carry ("Donald Trump", not "Trump"), else the name; on a tie the first seen."""
        return max(self.names, key=lambda n: (not _bare(n), self.names[n]))

    def full_names(self) -> list[PersonName]:
        """Its names with given names as well as a surname."""
        return [p for n in self.names if (p := person_name(n)) is not None and not p.bare]

    def all_aliases(self) -> list[str]:
        name = self.name
        return sorted((set(self.names) | self.aliases) - {name})


def _own_acronyms(name: str, aliases: list[str]) -> list[str]:
    """The aliases that are the name's initials ("F.B.I." of "Federal Bureau of Investigation"):
    the article joined them to the name, by its initials or a definition in parentheses."""
    letters = initials(name)
    return [a for a in aliases if is_acronym(a) and a.replace(".", "") == letters]


def _bare(name: str) -> bool:
    parsed = person_name(name)
    return parsed is None or parsed.bare


def actor_slug(name: str) -> str:
    """An id's stem from a name: "Donald J. Trump" -> "donald-j-trump"."""
    slug = re.sub(r"[^a-z0-9]+", "-", plain_key(name)).strip("-")
    return slug or "actor-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


# what ``ActorIndex._find`` answers for a name that fits two or more actors (ids are slugs: no spaces)
AMBIGUOUS = "two or more actors"
# how many times a person's entities must outnumber those of every other person a bare surname fits
# for the surname to be theirs: salience decides only where the corpus leaves little doubt
DOMINANT_RATIO = 10


class ActorIndex:
    """The corpus actors, queryable by name for the actor an article's entity is."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.by_plain: dict[str, str] = {}  # a name without dots, case or titles -> actor id
        self.by_last_word: dict[str, set[str]] = {}  # a surname's last word -> person actor ids
        self.changed: set[str] = set()  # actors changed since the caller last saved them

    def load(
        self, actor_id: str, name: str, type_: str, count: int, aliases: list[str] | None = None, roles: list[str] | None = None
    ) -> None:
        """Restore what a store holds: ``count`` entities named ``name`` of type ``type_``."""
        actor = self.actors.setdefault(actor_id, Actor(actor_id))
        self._add(actor, name, type_, count, aliases or [], roles or [])

    def link(self, name: str, type_: str, aliases: list[str] | None = None, roles: list[str] | None = None) -> str | None:
        """The actor an entity is, made when no actor fits; None when it must stay article-local."""
        person = self._person_known_as(name, roles or []) if type_ == "ORG" and " " not in name.strip() else None
        if person is not None:
            type_ = "PERSON"  # the model's type corrected by what the corpus knows the word as
        found = person.actor_id if person is not None else self._find_named(name, type_, aliases or [], roles or [])
        if found == AMBIGUOUS:
            return None
        actor = self.actors.get(found) if found else None
        if actor is None:
            actor = Actor(self._new_id(name))
            self.actors[actor.actor_id] = actor
        self._add(actor, name, type_, 1, aliases or [], roles or [])
        self.changed.add(actor.actor_id)
        return actor.actor_id

    def link_many(self, entities: list[tuple[str, str, list[str], list[str]]]) -> list[str | None]:
        """``link`` for each (name, type, aliases, roles), people under a full name first, the rest
        in the order given: a store linked again at once is linked as if every article's full
        names had come before the bare surnames and one-word organisations that may be theirs
        (an ingest meets a "Trump" typed ORG before any Donald Trump, and it makes an actor)."""
        links: list[str | None] = [None] * len(entities)
        for i in sorted(range(len(entities)), key=lambda i: _bare(entities[i][0]) or entities[i][1] != "PERSON"):
            links[i] = self.link(*entities[i])
        return links

    def _find(self, name: str, type_: str, roles: list[str]) -> str | None:
        parsed = person_name(name) if type_ == "PERSON" else None
        if parsed is not None:
            people = self._people_compatible(parsed)
            if not parsed.bare:
                # no name of the actor may differ in middles or suffix: "George Bush" may be
                # W. or H.W., not both; "Donald Trump Jr." never joins "Donald Trump"
                people = [a for a in people if not any(conflicting(parsed, full) for full in a.full_names())]
            named = [a for a in people if not _bare(a.name)]
            if len(named) > 1 and parsed.bare:
                dominant = self._dominant(named, roles)
                return dominant.actor_id if dominant is not None else AMBIGUOUS
            if len(named) > 1:
                same = self.by_plain.get(plain_key(name))
                return same if same in {a.actor_id for a in named} else AMBIGUOUS
            if named:
                return named[0].actor_id
            if len(people) == 1 and not parsed.bare:  # an actor known so far only by a surname
                return people[0].actor_id
        if type_ == "NORP":
            return self.by_plain.get(plain_key(name)) or self.by_plain.get(group_key(name))
        return self.by_plain.get(plain_key(name))

    def _dominant(self, people: list[Actor], roles: list[str]) -> Actor | None:
        """The one of several named people a bare surname with these titles is, if any: the only
        one of the titles' gender, the only one the corpus gives one of these titles ("President
        Obama" beside a Michelle Obama), or the one whose entities outnumber the rest
        ``DOMINANT_RATIO`` times."""
        gender = gender_of(" ".join(roles)) if roles else None
        if gender is not None:
            people = [a for a in people if gender_of(a.name) in (None, gender)]
        titled = [a for a in people if a.roles.intersection(r.lower() for r in roles)]
        if len(titled) == 1:
            return titled[0]
        if len(people) == 1:
            return people[0]
        counts = sorted(((a.entities, a.actor_id) for a in people), reverse=True)
        if len(counts) > 1 and counts[0][0] >= DOMINANT_RATIO * sum(n for n, _ in counts[1:]):
            return self.actors[counts[0][1]]
        return None

    def _person_known_as(self, name: str, roles: list[str]) -> Actor | None:
        """The person a one-word organisation name is: the dominant person with that surname, when
        their entities outnumber ``DOMINANT_RATIO`` times (and at least that many) those of any
        organisation of that name ("Ford" the company stays itself beside a Harrison Ford)."""
        surname = person_name(name)
        if surname is None or not surname.bare:
            return None
        person = self._dominant(self._people_compatible(surname), roles)
        if person is None:
            return None
        bearer = self.actors.get(self.by_plain.get(plain_key(name), ""))
        organisations = bearer.entities if bearer is not None and bearer is not person else 0
        return person if person.entities >= DOMINANT_RATIO * max(1, organisations) else None

    def _find_named(self, name: str, type_: str, aliases: list[str], roles: list[str]) -> str | None:
        """``_find``, then, for an organisation or place new under its full name, the actor its
        own acronym names ("Federal Bureau of Investigation", written "F.B.I." in the article,
        is the F.B.I. actor)."""
        found = self._find(name, type_, roles)
        if found is None and type_ != "PERSON":
            found = next((self.by_plain[key] for key in map(plain_key, _own_acronyms(name, aliases)) if key in self.by_plain), None)
        return found

    def _people_compatible(self, parsed: PersonName) -> list[Actor]:
        """The actors, some of whose entities are people, whose usual name can be this name: the
        small model types "Carly Fiorina" ORG more often than PERSON, and she is still the one
        "Fiorina" names, not the husband it types right once."""
        found = []
        for actor_id in sorted(self.by_last_word.get(parsed.surname.split()[-1], ())):
            actor = self.actors[actor_id]
            usual = person_name(actor.name)
            if actor.types["PERSON"] and usual is not None and compatible(parsed, usual):
                found.append(actor)
        return found

    def _add(self, actor: Actor, name: str, type_: str, count: int, aliases: list[str], roles: list[str]) -> None:
        actor.names[name] += count
        actor.types[type_] += count
        actor.aliases.update(a for a in aliases if a != name)
        actor.roles.update(r.lower() for r in roles)
        self.by_plain.setdefault(plain_key(name), actor.actor_id)
        if type_ == "NORP":
            self.by_plain.setdefault(group_key(name), actor.actor_id)
        if type_ != "PERSON":
            for acronym in _own_acronyms(name, aliases):
                self.by_plain.setdefault(plain_key(acronym), actor.actor_id)
        parsed = person_name(name)
        if parsed is not None:
            self.by_last_word.setdefault(parsed.surname.split()[-1], set()).add(actor.actor_id)

    def _new_id(self, name: str) -> str:
        stem = actor_slug(name)
        actor_id, n = stem, 1
        while actor_id in self.actors:
            n += 1
            actor_id = f"{stem}-{n}"
        return actor_id

