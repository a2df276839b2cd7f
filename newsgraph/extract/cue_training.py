"""Train the attribution-cue model (``cues.py``) on a PolNeAR split: ``newsgraph train-cues DIR``.

Every verb with a complement in the split's articles is a candidate; it is positive when it heads
a hand-annotated cue span. The articles are parsed by the same pipeline that runs at extraction
time, so the features seen in training are the ones seen in use. Needs the ``train`` extra
(scikit-learn); the shipped result is a JSON table of weights that needs nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc, Token

from newsgraph.extract.cues import CueModel, cue_features, frame_of
from newsgraph.extract.nlp import load_pipeline, parser_text

# chosen by two-fold cross-validation on the training split (F1 over all attributions)
THRESHOLD = 0.25
REGULARISATION = 1.0


def head_token(doc: Doc, start: int, end: int) -> Token | None:
    """The token that heads an annotated span: a verb whose head lies outside it, if any."""
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end <= len(doc.text) else None
    if span is None or len(span) == 0:
        return None
    tokens = [t for t in span if not t.is_space]
    heads = [t for t in tokens if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")] or [t for t in tokens if t.pos_ == "VERB"]
    return (verbs or heads or tokens or [None])[0]


def candidates(doc: Doc) -> list[tuple[Token, list[str]]]:
    found = []
    for token in doc:
        if token.pos_ != "VERB":
            continue
        frame, child = frame_of(token)
        if child is not None:
            found.append((token, cue_features(token, frame, child)))
    return found


def training_rows(split: Path) -> tuple[list[list[str]], list[bool]]:
    gold = json.loads((split / "gold.json").read_text(encoding="utf-8"))
    paths = sorted((split / "articles").glob("*.txt"))
    nlp = load_pipeline()
    features: list[list[str]] = []
    labels: list[bool] = []
    texts = (parser_text(p.read_text(encoding="utf-8")) for p in paths)
    with nlp.select_pipes(disable=["newsgraph_quotes", "newsgraph_events"]):
        for path, doc in zip(paths, nlp.pipe(texts, batch_size=32)):
            cue_heads = set()
            for attribution in gold.get(path.stem, []):
                if attribution["cue"]:
                    head = head_token(doc, attribution["cue"][0], attribution["cue"][1])
                    if head is not None:
                        cue_heads.add(head.i)
            for token, feats in candidates(doc):
                features.append(feats)
                labels.append(token.i in cue_heads)
    return features, labels


def train_cue_model(split: Path, out: Path) -> CueModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    features, labels = training_rows(split)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{f: 1 for f in feats} for feats in features])
    regression = LogisticRegression(C=REGULARISATION, max_iter=2000).fit(matrix, labels)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), regression.coef_[0])
        if abs(w) >= 1e-3
    }
    model = CueModel(dict(sorted(weights.items())), round(float(regression.intercept_[0]), 4), THRESHOLD)
    out.write_text(json.dumps(model.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return model

