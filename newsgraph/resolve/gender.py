"""Grammatical gender of a named or described person, for pronoun agreement: "she" never goes
back to "David Axelrod", "he" never to "an ICE spokeswoman".

Evidence, in order: a gendered title ("Mrs. Clinton", "Mr. Cruz"), a gendered role noun
("spokeswoman", "congressman"), then the first name's share in the US Census Bureau's 1990
first-name lists (public domain, shipped in the ``names`` package): a name counts as one gender
when at least 90% of its bearers had it. A nickname the lists lack ("Bernie", "Ted", "Liz") takes
the gender all the names it is short for agree on (the ``nicknames`` dataset: "Chris" and "Pat"
agree on none). Anything else — a bare surname, "Jordan", "Kim", an
organisation — has no gender, and agrees with either pronoun.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

from newsgraph.extract.lexicon import HONORIFICS, TITLES, census_name_shares
from newsgraph.resolve.identity import nick_namer

Gender = Literal["female", "male"]
DOMINANT_SHARE = 0.9
# titles and kinship or role nouns that state a gender
FEMININE_WORDS = frozenset(
    "mrs ms miss madam madame lady dame queen princess duchess sister mother daughter wife widow "
    "grandmother granddaughter aunt niece girlfriend actress woman girl".split()
)
MASCULINE_WORDS = frozenset(
    "mr sir lord king prince duke brother father son husband widower grandfather grandson uncle "
    "nephew boyfriend man boy".split()
)
# English role compounds: "spokeswoman", "congressman", "chairwoman"
FEMININE_ROLE = re.compile(r"\w+woman")
MASCULINE_ROLE = re.compile(r"(?:spokes|chair|congress|council|business|anchor|sales|states|camera|police|fire|alder)man")


@lru_cache(maxsize=1)
def _census_first_names() -> dict[str, Gender]:
    shares: dict[str, dict[str, float]] = {}
    for gender, table in (("female", "dist.female.first"), ("male", "dist.male.first")):
        for name, share in census_name_shares(table).items():
            shares.setdefault(name, {})[gender] = share
    genders: dict[str, Gender] = {}
    for name, by_gender in shares.items():
        total = sum(by_gender.values())
        for gender, share in by_gender.items():
            if total and share / total >= DOMINANT_SHARE:
                genders[name] = gender  # type: ignore[assignment]
    return genders


def _words(text: str) -> list[str]:
    # letters beyond ASCII are letters: "François" is one word, read as the census writes it
    # ("francois"), not "Fran" and "ois"
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return [w.lower().rstrip(".") for w in re.findall(r"[^\W\d_][\w.'’-]*", plain)]


def stated_gender(text: str) -> Gender | None:
    """The gender a title or role noun in ``text`` states ("spokeswoman", "Mr."), else None."""
    for word in _words(text):
        if word in FEMININE_WORDS or FEMININE_ROLE.fullmatch(word):
            return "female"
        if word in MASCULINE_WORDS or MASCULINE_ROLE.fullmatch(word):
            return "male"
    return None


def gender_of(name: str) -> Gender | None:
    """The gender a person's name or description states, or None when it states none."""
    stated = stated_gender(name)
    if stated is not None:
        return stated
    words = _words(name)
    given = [w for w in words if w not in TITLES and len(w) > 1]
    # the first word of a name of two or more: a lone word is as likely a surname ("Jordan said")
    if len(given) >= 2:
        return _first_name_gender(given[0])
    return None


@lru_cache(maxsize=4096)
def _first_name_gender(first: str) -> Gender | None:
    census = _census_first_names()
    if first in census:
        return census[first]
    found = {census.get(name) for name in nick_namer().canonicals_of(first)} - {None}
    return found.pop() if len(found) == 1 else None


# words that open what a role says of others: "whose son was killed", "who lost her husband"
OTHERS_OPENERS = frozenset({"whose", "who", "which", "that"})


def _own_words(role: str) -> list[str]:
    """A role's words up to a clause about others: "whose son was killed in 2014" states no gender of
    the person it describes."""
    words = _words(role)
    cut = next((n for n, w in enumerate(words) if w in OTHERS_OPENERS), len(words))
    return words[:cut]


def agrees(pronoun: str, name: str, role: str | None = None) -> bool:
    """Whether a personal pronoun can refer to the person so named (and so described: the role
    says what a foreign name does not, "spokeswoman Hua Chunying"). A role noun outranks the
    census's guess from a first name ("Avery Lin, a City Hall spokeswoman" is a woman); an honorific
    among the roles does not, for a bare surname's "Mrs." may have gone to her husband's record."""
    own = _own_words(role) if role else []
    described = stated_gender(" ".join(w for w in own if w not in HONORIFICS))
    gender = stated_gender(name) or described or gender_of(name) or stated_gender(" ".join(own))
    if pronoun in ("he", "him", "his"):
        return gender != "female"
    if pronoun in ("she", "her", "hers"):
        return gender != "male"
    return True
