"""Precision, recall and F1 of the extractors against hand-made answer keys.

An answer key (``*.gold.json`` beside its article) lists entities with aliases, direct quotes and
reported statements with speakers and dates. Matching is by words, as a reader would judge it:
a direct quote is found when 90% of the key's words are in one extracted quote, a reported
statement when half of them are; a speaker is right when the extracted name or mention is one of
the key's names for that speaker. Entity precision counts extracted PERSON, ORG, GPE and LOC
entities (the types the keys annotate) that carry one of the key's aliases.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC")
THRESHOLDS = {"direct": 0.9, "indirect": 0.5}


def words(text: str | None) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"[^\w' ]+", " ", text).split()


def key(text: str | None) -> str:
    return " ".join(words(text))


def coverage(reference: str, candidate: str) -> float:
    """Share of the reference's words found in the candidate."""
    ref = words(reference)
    got = set(words(candidate))
    return sum(w in got for w in ref) / max(1, len(ref))


@dataclass
class Score:
    name: str
    tp: int  # gold items found
    gold: int
    predicted: int
    correct_predicted: int  # predicted items that match some gold item

    @property
    def precision(self) -> float:
        return self.correct_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.name, self.tp + other.tp, self.gold + other.gold,
                     self.predicted + other.predicted, self.correct_predicted + other.correct_predicted)


def _speaker_keys(quote: dict[str, Any]) -> set[str]:
    sp = quote.get("speaker") or {}
    return {key(sp.get("name")), key(sp.get("text"))} - {""}


def _speaker_right(gold_speaker: str, got: set[str], aliases: dict[str, set[str]]) -> bool:
    accepted = aliases.get(gold_speaker, set()) | {key(gold_speaker)}
    if got & accepted:
        return True
    # an anonymous speaker is right when the same description is used ("another Iranian official")
    gold_words = set(words(gold_speaker)) - {"another", "a", "an", "the"}
    return any(gold_words and gold_words <= set(g.split()) for g in got)


def _matching_gold(quote: dict[str, Any], gold_quotes: list[dict[str, Any]]) -> dict[str, Any] | None:
    text = quote.get("text", "")
    best = max(gold_quotes, key=lambda g: max(coverage(g["text"], text), coverage(text, g["text"])), default=None)
    if best is None or max(coverage(best["text"], text), coverage(text, best["text"])) < THRESHOLDS["indirect"]:
        return None
    return best


def score_article(gold: dict[str, Any], output: dict[str, Any]) -> dict[str, Score]:
    aliases = {e["name"]: {key(a) for a in e["aliases"] + [e["name"]]} for e in gold["entities"]}
    quotes = output.get("quotes", [])
    scores: dict[str, Score] = {}
    for kind in ("direct", "indirect"):
        gold_quotes = [q for q in gold["quotes"] if q["kind"] == kind]
        predicted = [q for q in quotes if q.get("kind") == kind]
        found = with_speaker = dated = 0
        for g in gold_quotes:
            best = max(predicted, key=lambda q: coverage(g["text"], q.get("text", "")), default=None)
            if best is None or coverage(g["text"], best.get("text", "")) < THRESHOLDS[kind]:
                continue
            found += 1
            if _speaker_right(g["speaker"], _speaker_keys(best), aliases):
                with_speaker += 1
            if best.get("date") == g.get("date"):
                dated += 1
        # a predicted quote is right when it matches any gold quote or statement (a direct quote
        # of a sentence the key files as reported is still a real quote)
        matched = [(q, _matching_gold(q, gold["quotes"])) for q in predicted]
        correct = sum(1 for _, g in matched if g is not None)
        correct_speaker = sum(
            1 for q, g in matched if g is not None and _speaker_right(g["speaker"], _speaker_keys(q), aliases)
        )
        scores[f"{kind} quotes"] = Score(f"{kind} quotes", found, len(gold_quotes), len(predicted), correct)
        scores[f"{kind} quotes + speaker"] = Score(
            f"{kind} quotes + speaker", with_speaker, len(gold_quotes), len(predicted), correct_speaker
        )
        scores[f"{kind} quote dates"] = Score(f"{kind} quote dates", dated, len(gold_quotes), found, dated)
    entities = [e for e in output.get("entities", []) if e.get("type") in GOLD_ENTITY_TYPES]
    entity_keys = [
        {key(x) for x in [e.get("name", "")] + list(e.get("aliases", [])) + [m.get("text", "") for m in e.get("mentions", [])]}
        for e in entities
    ]
    found = merged = 0
    for name, accepted in aliases.items():
        holders = [i for i, keys in enumerate(entity_keys) if keys & accepted]
        if holders:
            found += 1
            others = [n for n, a in aliases.items() if n != name and len(holders) == 1 and a & entity_keys[holders[0]] and not a & accepted]
            if len(holders) == 1 and not others:
                merged += 1
    correct = sum(1 for keys in entity_keys if any(keys & a for a in aliases.values()))
    scores["entities"] = Score("entities", found, len(aliases), len(entities), correct)
    scores["entities merged"] = Score("entities merged", merged, len(aliases), len(entities), min(correct, merged))
    if gold.get("events"):
        scores["events"] = score_seed_events(gold, output)
    return scores


def find_answer_keys(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(article, answer key) pairs: each ``X.gold.json`` with its ``X.txt``/``.html`` beside it."""
    pairs = []
    for path in paths:
        keys = sorted(path.rglob("*.gold.json")) if path.is_dir() else [path]
        for gold_path in keys:
            stem = gold_path.name[: -len(".gold.json")]
            for suffix in (".txt", ".html", ".htm"):
                article = gold_path.with_name(stem + suffix)
                if article.exists():
                    pairs.append((article, gold_path))
                    break
    return pairs


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# -- events -------------------------------------------------------------------------------

def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def same_actor(gold: str, *predicted: str | None) -> bool:
    """Whether a predicted actor names the gold one: most of the gold's content words are in it."""
    gold_words = [_stem(w) for w in words(gold) if w not in ("the", "a", "an", "of", "'s")]
    for text in predicted:
        got = {_stem(w) for w in words(text)}
        if gold_words and got and sum(w in got for w in gold_words) / len(gold_words) >= 0.5:
            return True
    return False


def plover_actor_texts(value: Any) -> list[str]:
    return [a["actorText"] for a in value if isinstance(a, dict) and a.get("actorText")] if isinstance(value, list) else []


@dataclass
class EventScore:
    sentences: int = 0
    type_right: int = 0
    actor_right: int = 0
    with_target: int = 0
    target_right: int = 0

    def lines(self) -> list[str]:
        n = max(1, self.sentences)
        return [
            f"event type accuracy   {self.type_right}/{self.sentences} = {self.type_right / n:.3f}",
            f"actor text match      {self.actor_right}/{self.sentences} = {self.actor_right / n:.3f}",
            f"target text match     {self.target_right}/{self.with_target} = {self.target_right / max(1, self.with_target):.3f}"
            " (sentences whose record has a target)",
        ]


def score_plover_records(records: list[dict[str, Any]], nlp: Any) -> EventScore:
    """Score the main event of each coded sentence against its PLOVER gold standard record.

    Types of earlier PLOVER drafts are mapped to current ones (``LEGACY_TYPES``); an actor or
    target matches when half of the gold text's content words are in the predicted phrase.
    """
    from newsgraph.extract.events import LEGACY_TYPES, main_event

    score = EventScore()
    for record in records:
        if record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        doc = nlp.make_doc(record["text"].strip("{} "))
        doc.user_data["sections"] = []
        doc = nlp(doc)
        event = main_event(doc.user_data.get("events", []))
        gold_type = LEGACY_TYPES.get(record["event"], record["event"])
        score.sentences += 1
        targets = plover_actor_texts(record.get("target"))
        score.with_target += bool(targets)
        if event is None:
            continue  # a sentence with no event found counts against every measure
        score.type_right += event.type == gold_type
        actors = plover_actor_texts(record.get("source"))
        score.actor_right += any(same_actor(a, event.actor.text if event.actor else None) for a in actors)
        score.target_right += any(same_actor(t, event.target.text if event.target else None) for t in targets)
    return score


# --- events against PLOVER, the shared scorer's measures (``shared/tools/score_plover.py``) ------

_PLOVER_STOP = frozenset({"the", "a", "an", "of"})


def _plover_words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower())) - _PLOVER_STOP


def _plover_match(gold_text: str, got_text: str) -> bool:
    """Half of the gold actor's words are in the predicted phrase's text or name."""
    gold = _plover_words(gold_text)
    return bool(gold) and len(gold & _plover_words(got_text)) / len(gold) >= 0.5


def _plover_side(value: Any) -> str:
    """A gold source/target as one text: a list of {actorText}, one such dict, or a string."""
    if isinstance(value, str):
        return value
    items = [value] if isinstance(value, dict) else value or []
    return " ".join(a.get("actorText", "") if isinstance(a, dict) else str(a) for a in items)


def _plover_codes(value: Any) -> set[str]:
    items = [value] if isinstance(value, dict) else value or []
    return {a["code"] for a in items if isinstance(a, dict) and a.get("code") and a["code"] != "***"}


@dataclass
class PloverScore:
    """Every event a sentence yields against its one gold event: type recall and precision, and
    for the events of the gold type, the actor's and target's words and the actor's code (its
    first three letters: the country or IGO)."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        "sentences found types types_right actor target with_target code with_code".split(), 0))

    def figures(self) -> dict[str, float]:
        c = self.counts
        return {
            "event type recall": c["found"] / max(1, c["sentences"]),
            "precision (every type found in a sentence)": c["types_right"] / max(1, c["types"]),
            "actor": c["actor"] / max(1, c["sentences"]),
            "target": c["target"] / max(1, c["with_target"]),
            "actor's code": c["code"] / max(1, c["with_code"]),
        }

    def add(self, record: dict[str, Any], events: list[dict[str, Any]]) -> None:
        from newsgraph.extract.events import LEGACY_TYPES

        c = self.counts
        want = LEGACY_TYPES.get(record["event"], record["event"])
        types = {e.get("type") for e in events}
        c["sentences"] += 1
        c["types"] += len(types)
        c["types_right"] += want in types
        same = [e for e in events if e.get("type") == want]
        codes = _plover_codes(record.get("source"))
        c["with_target"] += bool(record.get("target"))
        c["with_code"] += bool(codes)
        if not same:
            return
        c["found"] += 1

        def side(event: dict[str, Any], key: str) -> str:
            value = event.get(key) or {}
            return f"{value.get('text') or ''} {value.get('name') or ''}"

        c["actor"] += any(_plover_match(_plover_side(record.get("source")), side(e, "actor")) for e in same)
        c["code"] += bool(codes) and any(((e.get("actor") or {}).get("code") or "")[:3] in codes for e in same if (e.get("actor") or {}).get("code"))
        if record.get("target"):
            c["target"] += any(_plover_match(_plover_side(record["target"]), side(e, "target")) for e in same)


def score_plover_events(records: list[dict[str, Any]]) -> PloverScore:
    """Run the pipeline over PLOVER gold sentences (one article each, as the shared scorer does:
    no headline, dated 2000-01-01) and score every event found."""
    from newsgraph.api import extract_many

    gold = [r for r in records if r.get("text")]
    score = PloverScore()
    items = [{"id": str(r["id"]), "title": "", "text": r["text"], "date": "2000-01-01"} for r in gold]
    for record, result in zip(gold, extract_many(items)):
        events = result.to_dict()["events"] if hasattr(result, "to_dict") else []
        score.add(record, events)
    return score


def score_seed_events(gold: dict[str, Any], output: dict[str, Any]) -> Score:
    """Key events found with the right type, actor and target (alternatives accepted)."""
    from newsgraph.extract.events import LEGACY_TYPES

    names = {e["id"]: e["name"] for e in output.get("entities", [])}

    def argument_names(arg: dict[str, Any] | None) -> list[str | None]:
        if not arg:
            return []
        return [arg.get("name"), arg.get("text"), names.get(arg.get("entity_id") or "")]

    def matches(g: dict[str, Any], e: dict[str, Any]) -> bool:
        if e.get("type") != LEGACY_TYPES.get(g["type"], g["type"]):
            return False
        for role in ("actor", "target"):
            accepted = [x for x in [g.get(role)] + g.get(f"{role}_alternatives", []) if x]
            got = argument_names(e.get(role))
            if accepted and not any(same_actor(a, *got) for a in accepted):
                return False
        return True

    events = output.get("events", [])
    found = sum(1 for g in gold.get("events", []) if any(matches(g, e) for e in events))
    correct = sum(1 for e in events if any(matches(g, e) for g in gold.get("events", [])))
    return Score("events (type, actor, target)", found, len(gold.get("events", [])), len(events), correct)


# -- time expressions ---------------------------------------------------------------------

@dataclass
class TimexScore:
    gold: int = 0
    predicted: int = 0
    found: int = 0
    value_right: int = 0

    def lines(self) -> list[str]:
        p = self.found / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return [
            f"time expressions found {self.found}/{self.gold}: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}",
            f"normalised value right {self.value_right}/{self.found} found = {self.value_right / max(1, self.found):.3f}",
        ]


def score_timexes(keys: list[Path], shared: Path = Path("../shared")) -> TimexScore:
    """A key lists an article's time expressions with values; an extracted one matches a key
    entry in the same section when either text contains the other."""
    from newsgraph.pipeline import Extractor
    from newsgraph.schema import ArticleRecord, RawDocument

    extractor = Extractor()
    score = TimexScore()
    for path in keys:
        key = json.loads(path.read_text(encoding="utf-8"))
        if "article" in key:
            record = next(extractor.run([str(shared / key["article"])]))
        else:
            from newsgraph.clean import clean_document

            record = next(extractor.extract([clean_document(RawDocument(str(path), "txt", key["text"], id=path.stem))]))
        if not isinstance(record, ArticleRecord):
            continue
        predicted = list(record.timexes)
        score.gold += len(key["timexes"])
        score.predicted += len(predicted)
        unused = list(predicted)
        for g in key["timexes"]:
            gold_text = g["text"].lower()
            match = next((t for t in unused if t.section == g["section"] and (gold_text in t.text.lower() or t.text.lower() in gold_text)), None)
            if match is None:
                continue
            unused.remove(match)
            score.found += 1
            score.value_right += match.value == g["value"]
    return score


@dataclass
class TimemlScore:
    """TempEval-3 measures: relaxed (overlapping) and strict (exact) spans, type and value F1."""

    gold: int = 0
    predicted: int = 0
    predicted_overlapping: int = 0
    gold_overlapped: int = 0
    predicted_exact: int = 0
    gold_exact: int = 0
    type_right: int = 0
    value_right: int = 0

    def lines(self) -> list[str]:
        def prf(predicted_hits: int, gold_hits: int) -> tuple[float, float, float]:
            p = predicted_hits / self.predicted if self.predicted else 0.0
            r = gold_hits / self.gold if self.gold else 0.0
            return p, r, 2 * p * r / (p + r) if p + r else 0.0

        relaxed, strict = prf(self.predicted_overlapping, self.gold_overlapped), prf(self.predicted_exact, self.gold_exact)
        matched = max(1, self.gold_overlapped)
        return [
            f"gold time expressions {self.gold}, predicted {self.predicted}",
            "relaxed span  P {:.3f} R {:.3f} F1 {:.3f}".format(*relaxed),
            "strict span   P {:.3f} R {:.3f} F1 {:.3f}".format(*strict),
            f"type  accuracy {self.type_right / matched:.3f}  type F1 {self.type_right / matched * relaxed[2]:.3f}",
            f"value accuracy {self.value_right / matched:.3f}  value F1 {self.value_right / matched * relaxed[2]:.3f}",
        ]


def _staged_spans(record: Any, staged: str) -> list[tuple[int, int, Any]]:
    """Timexes in offsets of the staged text: their raw offsets, which index it; else the body is
    found in it, or each expression is taken at its occurrence nearest to where the body puts it."""
    shift = staged.find(record.article.text) if record.article.text else -1
    spans = []
    for t in record.timexes:
        if t.raw_start is not None and staged[t.raw_start : t.raw_end] == t.text:
            spans.append((t.raw_start, t.raw_end, t))
            continue
        if t.section != "body":
            continue
        start = t.start + max(shift, 0)
        if staged[start : start + len(t.text)] != t.text:
            hits = [m.start() for m in re.finditer(re.escape(t.text), staged)]
            if not hits:
                continue
            start = min(hits, key=lambda h: abs(h - start))
        spans.append((start, start + len(t.text), t))
    return spans


def score_timeml(folder: Path) -> TimemlScore:
    """Score against a staged TimeML set: ``articles.jsonl`` (id, text, date) and ``gold.json``
    ({id: [{start, end, type, value}]}), matching as the TempEval-3 entity scorer does."""
    from newsgraph.pipeline import Extractor
    from newsgraph.schema import ArticleRecord

    staged = {r["id"]: r["text"] for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip() for r in [json.loads(line)]}
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    predicted = {}
    for record in Extractor().run([str(folder / "articles.jsonl")]):
        if isinstance(record, ArticleRecord) and record.article.id in staged:
            predicted[record.article.id] = _staged_spans(record, staged[record.article.id])
    score = TimemlScore()
    for doc_id, gold_timexes in gold.items():
        spans = predicted.get(doc_id, [])
        score.gold += len(gold_timexes)
        score.predicted += len(spans)
        for start, end, _ in spans:
            overlapping = [g for g in gold_timexes if start < g["end"] and g["start"] < end]
            score.predicted_overlapping += bool(overlapping)
            score.predicted_exact += any(g["start"] == start and g["end"] == end for g in overlapping)
        for g in gold_timexes:
            overlapping = [(s, e, t) for s, e, t in spans if s < g["end"] and g["start"] < e]
            if not overlapping:
                continue
            score.gold_overlapped += 1
            exact = [t for s, e, t in overlapping if (s, e) == (g["start"], g["end"])]
            score.gold_exact += bool(exact)
            best = exact[0] if exact else max(overlapping, key=lambda x: min(x[1], g["end"]) - max(x[0], g["start"]))[2]
            score.type_right += best.type == g["type"]
            score.value_right += (best.value or "") == g["value"]
    return score


# --- attribution against PolNeAR (source / cue / content spans in raw character offsets) -------

_QUOTE_CHARS = "\u201c\u201d\"\u00ab\u00bb"
_SPEAKER_STOP = frozenset(
    "the a an of in on at for to and or by with from as that this these those its his her their our "
    "said says told according".split()
)
_PRONOUNS = frozenset("he she they it we i you him them us one".split())
_NOT_NAMES = _SPEAKER_STOP | _PRONOUNS | frozenset(
    "mr mrs ms dr sen senator rep gov president secretary chairman chief republican democratic democrat "
    "republicans democrats gop former u.s. us".split()
)


def _content_words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower().replace("\u2019", "'")) if w not in _SPEAKER_STOP}


def attribution_speaker_right(gold_source: str, speaker: dict[str, Any] | None) -> bool:
    """The gold source and the speaker (mention or name) share a content word, or are one pronoun."""
    if not speaker:
        return False
    gold = gold_source.strip().lower()
    texts = [speaker.get("text") or "", speaker.get("name") or ""]
    found = (_content_words(texts[0]) | _content_words(texts[1])) - _PRONOUNS
    if gold in _PRONOUNS:
        return any(t.strip().lower() == gold for t in texts) or bool(_content_words(gold) & found)
    return bool((_content_words(gold) - _PRONOUNS) & found)


def attribution_speaker_named(gold_source: str, speaker: dict[str, Any] | None) -> bool | None:
    """Where the gold source names someone, the canonical name must hold that name (None: no name)."""
    names = {w.lower() for w in re.findall(r"[A-Z][\w'\u2019-]+", gold_source)} - _NOT_NAMES
    if not names:
        return None
    return bool(speaker) and bool(names & _content_words(speaker.get("name") or speaker.get("text") or ""))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * min(a[1] - a[0], b[1] - b[0])


@dataclass
class AttributionScore:
    """The shared PolNeAR scorer's measures (``shared/tools/score_attribution.py``), in the repo."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        "quoted quoted_found quoted_speaker quoted_speaker_n paraphrase paraphrase_found speaker speaker_n "
        "named named_n predicted predicted_match direct direct_match".split(), 0))

    def ratio(self, a: str, b: str) -> float:
        return self.counts[a] / self.counts[b] if self.counts[b] else 0.0

    def figures(self) -> dict[str, float]:
        c = self.counts
        recall = (c["quoted_found"] + c["paraphrase_found"]) / max(1, c["quoted"] + c["paraphrase"])
        precision = self.ratio("predicted_match", "predicted")
        return {
            "quoted recall": self.ratio("quoted_found", "quoted"),
            "speaker right (quoted)": self.ratio("quoted_speaker", "quoted_speaker_n"),
            "named speaker": self.ratio("named", "named_n"),
            "direct precision": self.ratio("direct_match", "direct"),
            "paraphrase recall": self.ratio("paraphrase_found", "paraphrase"),
            "speaker right (all)": self.ratio("speaker", "speaker_n"),
            "precision (all)": precision,
            "recall (all)": recall,
            "F1 (all)": 2 * precision * recall / max(1e-9, precision + recall),
        }

    def add(self, gold: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> None:
        c = self.counts
        spans = [(q["raw_start"], q["raw_end"]) for q in quotes]
        used: set[int] = set()
        for attribution in gold:
            contents = [(s, e) for s, e, _ in attribution["content"]]
            kind = "quoted" if any(ch in text for *_, text in attribution["content"] for ch in _QUOTE_CHARS) else "paraphrase"
            c[kind] += 1
            hits = [i for i, span in enumerate(spans) if any(_overlaps(span, g) for g in contents)]
            if not hits:
                continue
            c[kind + "_found"] += 1
            used.update(hits)
            if attribution["source"]:
                source = attribution["source"][2]
                right = any(attribution_speaker_right(source, quotes[i]["speaker"]) for i in hits)
                c["speaker_n"] += 1
                c["speaker"] += right
                if kind == "quoted":
                    c["quoted_speaker_n"] += 1
                    c["quoted_speaker"] += right
                best = max(hits, key=lambda i: attribution_speaker_right(source, quotes[i]["speaker"]))
                named = attribution_speaker_named(source, quotes[best]["speaker"])
                if named is not None:
                    c["named_n"] += 1
                    c["named"] += named
        c["predicted"] += len(quotes)
        c["predicted_match"] += len(used)
        c["direct"] += sum(q["kind"] == "direct" for q in quotes)
        c["direct_match"] += sum(q["kind"] == "direct" for i, q in enumerate(quotes) if i in used)


def score_attribution(split: Path, extractor: Any) -> AttributionScore:
    """Run the pipeline over a PolNeAR split (``articles/*.txt`` + ``gold.json``) and score it."""
    gold = json.loads((split / "gold.json").read_text(encoding="utf-8"))
    score = AttributionScore()
    paths = sorted((split / "articles").glob("*.txt"))
    found: dict[str, list[dict[str, Any]]] = {}
    for record in extractor.run([str(p) for p in paths]):
        if hasattr(record, "to_dict"):  # an article that failed scores as one with nothing found
            found[Path(record.article.source).stem] = [q for q in record.to_dict()["quotes"] if q.get("raw_start") is not None]
    for path in paths:
        score.add(gold.get(path.stem, []), found.get(path.stem, []))
    return score
