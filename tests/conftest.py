from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.clean import clean_document
from newsgraph.pipeline import Extractor
from newsgraph.schema import ArticleRecord, RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "corpus" / "seed" / "iran-aleppo-2024-11-30.txt"
SEED_GOLD = SHARED / "corpus" / "seed" / "iran-aleppo-2024-11-30.gold.json"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract_text(extractor: Extractor):
    """Run the whole pipeline on a text article written in a test."""

    def run(text: str, date: str | None = None, title: str | None = None) -> ArticleRecord:
        raw = RawDocument(source="test", kind="jsonl" if title else "txt", text=text, id="t", title=title, date=date)
        return next(extractor.extract([clean_document(raw)]))

    return run


@pytest.fixture(scope="session")
def seed_record(extractor: Extractor) -> ArticleRecord:
    if not SEED.exists():
        pytest.fail(f"the model article is missing at {SEED}")
    return next(r for r in extractor.run([str(SEED)]) if isinstance(r, ArticleRecord))


def quote_by(record: ArticleRecord, fragment: str):
    matches = [q for q in record.quotes if fragment in q.text]
    assert matches, f"no quote containing {fragment!r}: {[q.text[:50] for q in record.quotes]}"
    return matches[0]


def entity_named(record: ArticleRecord, name: str):
    matches = [e for e in record.entities if e.name == name]
    assert matches, f"no entity {name!r}: {[e.name for e in record.entities]}"
    return matches[0]


def parsed_sentence(
    words: str, heads: list[int], deps: list[str], tags: list[str], pos: list[str],
    ents: list[str] | None = None, lemmas: dict[str, str] | None = None,
):
    """A sentence with its parse written out as the parser got it wrong in news, for the rules that
    mend a misparse; with ``lemmas`` (a word's lemma where it is not the word lowercased), every
    token has one."""
    import spacy
    from spacy.tokens import Doc

    tokens = words.split()
    return Doc(
        spacy.blank("en").vocab, words=tokens, heads=heads, deps=deps, tags=tags, pos=pos,
        lemmas=[lemmas.get(t, t.lower()) for t in tokens] if lemmas is not None else None,
        ents=ents or ["O"] * len(tokens),
    )
