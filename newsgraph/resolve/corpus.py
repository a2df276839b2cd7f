"""Corpus-level resolution: near-duplicate articles (MinHash LSH, datasketch).

Wire copies and re-publications with small edits share almost all their word 5-grams: two
articles whose estimated Jaccard similarity of 5-gram sets is at least ``THRESHOLD`` are linked,
the later one as a duplicate of the earlier. (Quotes and entities are resolved across articles
by keys the store computes: ``store.tables.quote_key`` and ``corpus_key``.)
"""

from __future__ import annotations

from datasketch import MinHash, MinHashLSH

from newsgraph.extract.gazetteer import fold

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
