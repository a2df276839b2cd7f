"""When two names are one actor: name compatibility, and a check of a store's corpus actors.

A person's name is read as honorifics and roles (dropped: "Mr.", "Sen.", "President"), given
names (first name, then middle names or initials), a surname and a generational suffix ("Jr.").
Two names are compatible when surnames and suffixes agree and the given names do not differ:
a missing middle name or first name is fine ("Donald Trump" = "Donald J. Trump", "Trump"), a
different one is not ("George W. Bush" != "George H.W. Bush"), an initial stands for any name
with that letter, and a nickname for the name it shortens ("Joe Biden" = "Joseph R. Biden", by
the ``nicknames`` dataset). Dots never matter ("F.B.I." = "FBI").

``identity_report`` counts, over a store's rows, what corpus identity must never show: pairs of
PERSON/ORG corpus actors that are plainly one, aliases that name someone else, and quotes
credited to a function word or a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from nicknames import NickNamer
from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.extract.entities import PERSON_TITLES
from newsgraph.extract.lexicon import ORG_HEADS
from newsgraph.extract.gazetteer import fold, gazetteer

# what a corpus must not show (issue 9's goals on the PolNeAR dev articles)
MAX_PAIRS = 2
MAX_ALIASES = 0
MAX_BAD_QUOTE_SHARE = 0.005
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# a possessive followed by a common noun: "Donald Trump's son", "Clinton’s spokeswoman"
POSSESSIVE_DESCRIPTION = re.compile(r"['’]s\s+[a-z]")
# pronouns speak (resolved or kept as written; possessives hold a statement: "his promise to"),
# and so do indefinite groups ("some said", "many believe", "six told"); other function words
# ("which", "that", "what") never do
SPEAKING_PRONOUNS = frozenset(
    """i me my we us our you your he him his she her hers it its they them their someone somebody anyone anybody everyone everybody
    some many few several others another all each both most either neither one two three four five six seven
    eight nine ten eleven twelve fifteen twenty forty fifty sixty hundred those these""".split()
)
FUNCTION_WORDS = frozenset(STOP_WORDS) - SPEAKING_PRONOUNS
AGENCY_DATELINE = re.compile(r"\((?:AP|Reuters|AFP|UPI|CNN)\)")
# a dateline taken for a name: a place in capitals, then the agency ("WASHINGTON (AP)"), not an
# organisation's name with its acronym ("Associated Press (AP)")
DATELINE_NAME = re.compile(r"^[A-Z][A-Z .,'-]*" + AGENCY_DATELINE.pattern)


@dataclass(frozen=True)
class PersonName:
    given: tuple[str, ...]  # folded first and middle names; an initial is one letter
    surname: str  # folded, possibly several words ("pena nieto")
    suffix: str = ""

    @property
    def bare(self) -> bool:
        return not self.given

    @property
    def specificity(self) -> int:
        return len(self.given) + len(self.surname.split()) + bool(self.suffix)


def person_name(text: str) -> PersonName | None:
    """The parts of a person's name as written; None when nothing is left but titles."""
    words = _name_words(text)
    suffix = ""
    if len(words) > 1 and fold(words[-1]) in SUFFIXES:
        suffix = fold(words.pop())
    parts = [p for w in words for p in _split_initials(w)]
    if not parts:
        return None
    return PersonName(tuple(parts[:-1]), parts[-1], suffix)


def _name_words(text: str) -> list[str]:
    """A name's words without leading titles or a possessive: "Sen. Kate Bell's" -> Kate, Bell.
    An institution's first word is its own: "Justice Department" is not a "Department"."""
    words = text.replace(",", " ").split()
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    if words and fold(words[-1]) in ORG_HEADS:
        return words
    while len(words) > 1 and fold(words[0]) in _TITLE_KEYS:
        words.pop(0)
    return words


_TITLE_KEYS = frozenset(fold(t) for t in PERSON_TITLES)


def _split_initials(word: str) -> list[str]:
    """"H.W." is two initials; "O'Neill" one name."""
    pieces = [p for p in word.split(".") if p]
    if len(pieces) > 1 and all(len(p) == 1 for p in pieces):
        return [fold(p) for p in pieces]
    key = fold(word)
    return [key] if key else []


def _given_compatible(a: str, b: str) -> bool:
    """One given name as written twice: the same, an initial of the other, or one a nickname of
    the other ("Joe" and "Joseph", "Bill" and "William"). Two short names the dataset pairs
    only loosely ("Will", "Fred", both shortening Wilfred) are not one: the longer must be a full
    given name of five letters or more."""
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return max(len(a), len(b)) >= FULL_GIVEN_NAME and (b in _nicknames(a) or a in _nicknames(b))


FULL_GIVEN_NAME = 5


@lru_cache(maxsize=8192)
def _nicknames(given: str) -> frozenset[str]:
    """The names the nicknames dataset pairs with a given name, either way: its nicknames and the
    names it is a nickname of."""
    namer = nick_namer()
    return frozenset(namer.nicknames_of(given) | namer.canonicals_of(given))


@lru_cache(maxsize=1)
def nick_namer() -> NickNamer:
    return NickNamer()


def _as_surname(short: PersonName, long: PersonName) -> PersonName:
    """"Peña Nieto" beside "Enrique Peña Nieto": the shorter name is the longer one's surname."""
    words = (*short.given, short.surname)
    full = (*long.given, long.surname)
    if len(words) < len(full) and full[-len(words) :] == words:
        return PersonName((), " ".join(words), short.suffix)
    return short


def compatible(a: PersonName, b: PersonName) -> bool:
    """Whether two person names can be one person (see the module's rules)."""
    a, b = _as_surname(a, b), _as_surname(b, a)
    if a.bare or b.bare:
        short, long = (a, b) if a.bare else (b, a)
        # word by word: "Assad" is the surname of "Bashar al-Assad" (folded "al assad")
        long_words, short_words = " ".join((*long.given, long.surname)).split(), short.surname.split()
        return long_words[-len(short_words) :] == short_words and (
            not short.suffix or short.suffix == long.suffix
        )
    if a.surname != b.surname or a.suffix != b.suffix or not _given_compatible(a.given[0], b.given[0]):
        return False
    middles_a, middles_b = a.given[1:], b.given[1:]
    if not middles_a or not middles_b:
        return True
    return len(middles_a) == len(middles_b) and all(map(_given_compatible, middles_a, middles_b))


def conflicting(a: PersonName, b: PersonName) -> bool:
    """Two full names of one first name and surname whose middles or suffixes differ: two people."""
    return (
        not a.bare and not b.bare and a.surname == b.surname
        and _given_compatible(a.given[0], b.given[0]) and not compatible(a, b)
    )


def plain_key(name: str) -> str:
    """A name without dots, case, titles or possessive: "Sen. F.B.I." -> "fbi"."""
    return fold(" ".join(_name_words(name)))


def group_key(name: str) -> str:
    """A people's, party's or faith's name in the singular: "Republicans" is "Republican", its
    members as its adjective ("Muslims", "Muslim"); "Swiss" stays."""
    key = plain_key(name)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") and len(key.split()[-1]) > 3 else key


@dataclass
class IdentityReport:
    actors: int = 0
    article_local: int = 0  # entities linked to no corpus actor (a surname that fits several)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (actor, alias)
    quotes: int = 0
    bad_quotes: list[tuple[str, str]] = field(default_factory=list)  # (article id, speaker)

    @property
    def bad_quote_share(self) -> float:
        return len(self.bad_quotes) / self.quotes if self.quotes else 0.0

    @property
    def meets_goals(self) -> bool:
        return len(self.pairs) <= MAX_PAIRS and len(self.aliases) <= MAX_ALIASES and self.bad_quote_share <= MAX_BAD_QUOTE_SHARE

    def lines(self) -> list[str]:
        """The figures against their goals, then every case found."""
        found = [
            f"corpus PERSON/ORG actors: {self.actors}",
            f"article-local entities (a bare surname fitting several actors): {self.article_local}",
            f"pairs plainly one actor: {len(self.pairs)} (goal <= {MAX_PAIRS})",
            f"aliases naming someone else: {len(self.aliases)} (goal <= {MAX_ALIASES})",
            f"quotes credited to a function word or dateline: {len(self.bad_quotes)}/{self.quotes}"
            f" = {self.bad_quote_share:.2%} (goal <= {MAX_BAD_QUOTE_SHARE:.1%})",
        ]
        found += [f"  pair: {a} | {b}" for a, b in self.pairs]
        found += [f"  alias: {actor} <- {alias}" for actor, alias in self.aliases]
        found += [f"  quote: {article} <- {speaker}" for article, speaker in self.bad_quotes]
        return found

    def summary(self) -> dict[str, Any]:
        return {
            "meets_goals": self.meets_goals,
            "actors": self.actors,
            "article_local": self.article_local,
            "pairs": len(self.pairs),
            "aliases": len(self.aliases),
            "quotes": self.quotes,
            "bad_quotes": len(self.bad_quotes),
            "bad_quote_share": round(self.bad_quote_share, 4),
        }


def identity_report(
    entities: list[tuple[str, str, str, list[str]]],
    quotes: list[tuple[str, str | None, str | None]],
    corpus_actors: list[tuple[str, str, str]] | None = None,
) -> IdentityReport:
    """Check corpus identity over store rows.

    ``entities``: (article id, name, type, aliases) per article entity. ``corpus_actors``: (id,
    name, type) per corpus actor, as the store's ``actors`` table holds them; without them, the
    corpus actors are the distinct (type, folded name) pairs of the entities.
    ``quotes``: (article id, speaker name, speaker text) per quote.
    """
    report = IdentityReport()
    if corpus_actors is None:
        corpus_actors = [(f"{type_}:{fold(name)}", name, type_) for _, name, type_, _ in entities]
    actors: dict[tuple[str, str], str] = {}
    for actor_id, name, type_ in corpus_actors:
        if type_ in ("PERSON", "ORG"):
            actors.setdefault((type_, actor_id), name)
    report.actors = len(actors)
    report.pairs = sorted(_plainly_one(actors, entities))
    report.aliases = sorted(_foreign_aliases(entities))
    report.quotes = len(quotes)
    report.bad_quotes = [(a, name or "") for a, name, text in quotes if _speaks_wrongly(name, text)]
    return report


def _plainly_one(actors: dict[tuple[str, str], str], entities: list[tuple[str, str, str, list[str]]]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    by_plain: dict[str, list[str]] = {}
    for name in actors.values():
        by_plain.setdefault(plain_key(name), []).append(name)
    for same in by_plain.values():
        pairs |= {(a, b) for a in same for b in same if a < b}
    # same first and last name, middles compatible: "James Comey" / "James B. Comey"
    people = [name for (type_, _), name in actors.items() if type_ == "PERSON"]
    full = [(name, parsed) for name in people if (parsed := person_name(name)) and not parsed.bare]
    by_ends: dict[tuple[str, str], list[tuple[str, PersonName]]] = {}
    for name, parsed in full:
        by_ends.setdefault((parsed.given[0], parsed.surname), []).append((name, parsed))
    for group in by_ends.values():
        pairs |= {
            (a, b) for a, pa in group for b, pb in group
            if a < b and compatible(pa, pb) and plain_key(a) != plain_key(b)
        }
    # a bare surname in an article beside exactly one full name with it
    in_article: dict[str, list[str]] = {}
    for article, name, type_, _ in entities:
        if type_ == "PERSON":
            in_article.setdefault(article, []).append(name)
    for names in in_article.values():
        parsed = [(n, p) for n in names if (p := person_name(n))]
        for name, p in parsed:
            if not p.bare:
                continue
            owners = {n for n, q in parsed if not q.bare and compatible(p, q)}
            if len(owners) == 1:
                pairs.add(tuple(sorted((name, owners.pop()))))  # type: ignore[arg-type]
    return pairs


def _foreign_aliases(entities: list[tuple[str, str, str, list[str]]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    names_by_article: dict[str, list[str]] = {}
    for article, name, type_, _ in entities:
        names_by_article.setdefault(article, []).append(name)
    for article, name, type_, aliases in entities:
        if type_ not in ("PERSON", "ORG"):
            continue  # a holiday is named with a possessive ("New Year's weekend") and is no actor
        own = person_name(name)
        for alias in aliases or []:
            if POSSESSIVE_DESCRIPTION.search(alias):
                found.add((name, alias))
                continue
            if type_ != "PERSON" or own is None:
                continue
            other = person_name(alias)
            if other is not None and not other.bare and not compatible(own, other) and any(
                plain_key(n) == plain_key(alias) for n in names_by_article[article] if n != name
            ):
                found.add((name, alias))
    return found


def _speaks_wrongly(name: str | None, text: str | None) -> bool:
    # the speaker is the name the mention resolved to: a relative pronoun as written ("which")
    # that resolved to a name is evidence, not the speaker
    spoken = (name or text or "").strip()
    if not spoken:
        return False
    if fold(spoken) in FUNCTION_WORDS:
        return True
    if DATELINE_NAME.search(spoken) or AGENCY_DATELINE.search(text or ""):
        return True
    letters = [ch for ch in spoken if ch.isalpha()]
    # "WASHINGTON" or "NEW YORK": a place in capitals opening a story
    return len(letters) > 3 and all(ch.isupper() for ch in letters) and gazetteer().is_place(spoken)


def store_identity_report(con: Any) -> IdentityReport:
    """``identity_report`` over a DuckDB store connection, its corpus actors those of its ``actors`` table."""
    entities = con.execute("SELECT article_id, name, type, aliases FROM entities").fetchall()
    quotes = con.execute(
        "SELECT article_id, speaker_name, speaker_text FROM quotes WHERE speaker_name IS NOT NULL OR speaker_text IS NOT NULL"
    ).fetchall()
    actors = con.execute("SELECT actor_id, name, type FROM actors").fetchall()
    report = identity_report(entities, quotes, actors)
    report.article_local = con.execute("SELECT count(*) FROM entities WHERE actor_id IS NULL").fetchone()[0]
    return report
