"""Which predicates introduce an attribution, and what they attribute: a model read off the parse.

News attributes far more than speech: "a poll shows ...", "the report found ...", "Cruz wants
to ...", "Trump called him a loser", "critics fear ...". Which verbs do so, and in which frame, is
learned from PolNeAR's hand-annotated attributions (``newsgraph train-cues``): a logistic model over
the verb's lemma, the frame its complement gives it (a clause, an infinitive, an object, a
preposition), its subject and its place in the sentence. The weights ship as
``newsgraph/data/attribution_cues.json``; at run time a candidate costs a few dictionary look-ups.

A candidate is a verb with a complement; the attributed content is that complement's subtree (an
object with its predicate: "called [him a loser]", "urged [Congress to act]").
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

# complements that carry attributed content, in order of preference
FRAME_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "attr", "acomp")
# "call for", "point to", "talk about", "worry about", "comment on": the object of the preposition
FRAME_PREPOSITIONS = frozenset("for to about on of with against as at over".split())
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
MODEL_FILE = "attribution_cues.json"


def frame_of(verb: Token, passing: Token | None = None) -> tuple[str, Token | None]:
    """The frame a verb's complement gives it, and the complement's head (passing over the
    phrase ``passing`` heads, which says something other than what: "talked [with officials]
    about her endorsement")."""
    children = [c for c in verb.children if passing is None or c.i != passing.i and passing.head.i != c.i]
    for dep in FRAME_DEPS:
        for child in children:
            if child.dep_ == dep:
                return dep, child
    for child in children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            # "calling for the United States to take a stronger role": the parse makes the
            # clause after "for" an adverbial one, its subject the infinitive's
            return "prep_for", child
        if child.dep_ == "prep" and child.lower_ in FRAME_PREPOSITIONS:
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            # "spoke on Tuesday" says when, not what
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return "prep_" + child.lower_, obj
    return "none", None


def content_bounds(verb: Token, frame: str, child: Token) -> tuple[int, int]:
    """Token bounds of what the verb attributes: the complement, an object with its predicate."""
    start, end = child.left_edge.i, child.right_edge.i + 1
    if frame == "dobj":  # "called [him a loser]", "urged [Congress to act]"
        for other in verb.children:
            if other.dep_ in ("oprd", "xcomp", "ccomp") and other.i > child.i:
                end = max(end, other.right_edge.i + 1)
    return start, end


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if node.dep_ in ("xcomp", "conj", "advcl") and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def cue_features(verb: Token, frame: str, child: Token | None) -> list[str]:
    """The features the model weighs; names are stable strings so weights read as a table."""
    lemma = verb.lemma_.lower()
    subject = _subject(verb)
    if subject is None:
        subject_class, subject_word = "none", "none"
    elif subject.pos_ == "PRON":
        subject_class, subject_word = "pronoun", subject.lower_
    elif subject.ent_type_:
        subject_class, subject_word = "entity:" + subject.ent_type_, subject.ent_type_
    else:
        subject_class, subject_word = "noun", subject.lemma_.lower()
    features = [
        "lemma=" + lemma,
        "frame=" + frame,
        f"lemma_frame={lemma}|{frame}",
        "tag=" + verb.tag_,
        "dep=" + verb.dep_,
        f"lemma_dep={lemma}|{verb.dep_}",
        "subject=" + subject_class,
        "subject_word=" + subject_word,
        f"lemma_subject={lemma}|{subject_class}",
    ]
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj"):
        features.append("head_lemma=" + verb.head.lemma_.lower())
    if any(c.dep_ == "neg" for c in verb.children):
        features.append("negated")
    if child is not None:
        first = verb.doc[child.left_edge.i]
        features.append("first=" + first.lower_ if first.dep_ == "mark" or first.is_punct else "first=" + first.pos_)
        features.append("child_tag=" + child.tag_)
        if frame == "dobj":
            features.append("dobj_lemma=" + child.lemma_.lower())
        length = child.right_edge.i - child.left_edge.i + 1
        features.append("length=" + ("1" if length == 1 else "2-3" if length <= 3 else "4-8" if length <= 8 else "9+"))
    return features


class CueModel:
    """Logistic weights over ``cue_features``; ``probability`` of a verb introducing an attribution."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold, "weights": self.weights}


@lru_cache(maxsize=1)
def cue_model() -> CueModel:
    """The shipped model, loaded once per process."""
    data = json.loads(resources.files("newsgraph.data").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return CueModel(data["weights"], data["bias"], data["threshold"])
