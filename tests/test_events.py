"""Events: PLOVER types, actors, targets and places — on the seed, on the PLOVER gold standard
sentences, and on sentence shapes the rules must handle."""

from __future__ import annotations

import json

from conftest import SEED_GOLD, SHARED

from newsgraph.evaluate import score_plover_records, score_seed_events
from newsgraph.extract.events import main_event


def test_the_nine_key_events_of_the_seed(seed_record):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    score = score_seed_events(gold, seed_record.to_dict())
    assert (score.tp, score.gold) == (9, 9)


def test_plover_gold_standard_goals(extractor):
    records = json.loads((SHARED / "eval" / "plover-gsr" / "PLOVER_GSR_dev.json").read_text(encoding="utf-8"))
    score = score_plover_records(records, extractor.nlp)
    print("\n".join(score.lines()))
    assert score.sentences == 179
    assert score.type_right / score.sentences >= 0.75
    assert score.actor_right / score.sentences >= 0.7
    assert score.target_right / score.with_target >= 0.7


def _main(extractor, sentence):
    doc = extractor.nlp.make_doc(sentence)
    doc.user_data["sections"] = []
    return main_event(extractor.nlp(doc).user_data["events"])


def test_intent_negation_and_conditions(extractor):
    assert _main(extractor, "Syria says it is willing to withdraw its troops from Lebanon.").type == "AGREE"
    rejected = _main(extractor, "Egypt says it will not accept any more refugees.")
    assert rejected.type == "REJECT" and rejected.actor.text == "Egypt"
    threat = _main(extractor, "Ghana announced that it will withdraw its soldiers from Mali unless the junta holds elections.")
    assert threat.type == "THREATEN"


def test_light_verbs_passives_and_recipients(extractor):
    protest = _main(extractor, "Thousands of nurses staged a demonstration in Nairobi on Monday.")
    assert protest.type == "PROTEST" and "nurses" in protest.actor.text
    attack = _main(extractor, "A convoy was attacked by gunmen near the border.")
    assert (attack.type, attack.actor.text, attack.target.text) == ("ASSAULT", "gunmen", "A convoy")
    aid = _main(extractor, "Norway will send medical supplies to Sudan.")
    assert aid.type == "AGREE" and aid.target.text == "Sudan"  # the recipient, not the goods


def test_events_carry_places_and_quotes(seed_record):
    capture = next(e for e in seed_record.events if e.trigger["text"] == "capture" and e.target and e.target.name == "Syria")
    assert capture.location.name == "Aleppo" and capture.location.country == "SY"
    accused = next(e for e in seed_record.events if e.trigger["text"] == "accused")
    assert seed_record.quotes[accused.quote].cue == "accused"
