"""The article's entity mentions, looked up by character offset: built once per article and
shared by the speaker, event and framing resolvers."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass


@dataclass
class EntityRef:
    id: str
    name: str
    label: str


class EntityIndex:
    """Doc character offsets -> the entity mentioned there."""

    def __init__(self, refs: dict[tuple[int, int], EntityRef]) -> None:
        self.refs = refs
        self.by_name = {ref.name: ref for ref in refs.values()}
        self.spans = sorted(refs)  # mentions never overlap: one bisection finds the one at an offset
        self.starts = [start for start, _ in self.spans]

    def at(self, offset: int) -> EntityRef | None:
        n = bisect_right(self.starts, offset) - 1
        if n >= 0 and offset < self.spans[n][1]:
            return self.refs[self.spans[n]]
        return None

    def exactly(self, start: int, end: int) -> EntityRef | None:
        return self.refs.get((start, end))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, EntityRef]]:
        """The mentions that share a character with [start, end), in text order."""
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = bisect_left(self.starts, end)
        return [(s, e, self.refs[(s, e)]) for s, e in self.spans[first:last] if e > start]

    def within(self, start: int, end: int) -> list[tuple[int, int, EntityRef]]:
        """The mentions inside [start, end), in text order."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [(s, e, self.refs[(s, e)]) for s, e in self.spans[first:last] if e <= end]
