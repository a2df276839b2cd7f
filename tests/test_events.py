"""Events: PLOVER types, actors, targets and places — on the seed, on the PLOVER gold standard
sentences, and on sentence shapes the rules must handle."""

from __future__ import annotations

import json

import pytest

from conftest import SEED_GOLD, SHARED, parsed_sentence

from newsgraph.evaluate import PloverScore, score_plover_records, score_seed_events
from newsgraph.extract.events import _passed_over, main_event


def test_the_nine_key_events_of_the_seed(seed_record):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    score = score_seed_events(gold, seed_record.to_dict())
    assert (score.tp, score.gold) == (9, 9)


def test_plover_gold_standard_goals(extractor):
    records = json.loads((SHARED / "eval" / "plover-gsr" / "PLOVER_GSR_dev.json").read_text(encoding="utf-8"))
    score = score_plover_records(records, extractor.nlp)
    print("\n".join(score.lines()))
    assert score.sentences == 179
    # a guard against regressions, not a target: events are coded from the CAMEO dictionary, not
    # from these (development) sentences, whose older PLOVER drafts also type some codes apart
    assert score.type_right / score.sentences >= 0.65
    assert score.actor_right / score.sentences >= 0.75
    assert score.target_right / score.with_target >= 0.62


def _main(extractor, sentence):
    doc = extractor.nlp.make_doc(sentence)
    doc.user_data["sections"] = []
    return main_event(extractor.nlp(doc).user_data["events"])


def test_intent_negation_and_conditions(extractor):
    assert _main(extractor, "Syria says it is willing to withdraw its troops from Lebanon.").type == "AGREE"
    rejected = _main(extractor, "Egypt says it will not release the prisoners.")
    assert rejected.type == "REJECT" and rejected.actor.text == "Egypt"
    threat = _main(extractor, "Ghana announced that it will withdraw its soldiers from Mali unless the junta holds elections.")
    assert threat.type == "THREATEN"


def test_the_main_event_is_the_act_not_its_setting_nor_a_deferring_verb(extractor):
    offered = _main(extractor, "On Monday, Putin offered to negotiate with the president of Georgia following the invasions of Abkhazia.")
    assert (offered.type, offered.trigger.text) == ("AGREE", "negotiate")  # the invasions are the setting
    refused = _main(extractor, "Peru has refused to send troops to Haiti and has urged Brazil to lead the mission.")
    assert (refused.type, refused.trigger.text) == ("REJECT", "send")  # the refusal's act, in the main clause


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


def test_events_export_in_event_data_shape(seed_record, tmp_path):
    import duckdb
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import Store

    db = tmp_path / "events.duckdb"
    with Store(db) as store:
        store.add_records([seed_record])
    out = tmp_path / "events.parquet"
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--type", "ASSAULT", "-f", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = duckdb.sql(f"SELECT * FROM '{out}'").fetchall()
    columns = [c[0] for c in duckdb.sql(f"DESCRIBE SELECT * FROM '{out}'").fetchall()]
    assert columns[:11] == ["article_id", "event_id", "date", "actor_name", "actor_code", "target_name", "target_code", "type", "mode", "context", "cameo"]
    assert {"location_name", "lat", "lon", "country", "trigger", "trigger_start", "trigger_end", "sentence_start", "sentence_end"} <= set(columns)
    capture = next(dict(zip(columns, r)) for r in rows if r[columns.index("trigger")] == "capture" and r[columns.index("location_name")] == "Aleppo")
    assert (capture["cameo"], capture["context"], capture["country"]) == ("190", "military", "SY")
    csv_result = CliRunner().invoke(app, ["events", "--db", str(db), "-f", "csv"])
    assert csv_result.stdout.startswith("article_id,event_id,date,actor_name,actor_code,")


def test_a_relative_clause_acts_through_its_head(extractor):
    doc = extractor.nlp.make_doc("The army, which had sent troops to the area, was silent on Monday.")
    doc.user_data["sections"] = []
    sent = next(e for e in extractor.nlp(doc).user_data["events"] if e.trigger.text == "sent")
    assert sent.actor.text == "The army"


def _triggers(extractor, sentence):
    doc = extractor.nlp.make_doc(sentence)
    doc.user_data["sections"] = []
    return [(e.type, e.trigger.text) for e in extractor.nlp(doc).user_data["events"]]


def test_a_sentence_reports_its_main_act_not_the_clauses_describing_it(extractor):
    # a relative clause, a gerund after a preposition, a condition: descriptions, not the report
    assert _triggers(extractor, "Ghana, which had imposed sanctions on Mali, accused the junta of delaying the elections.") == [("ACCUSE", "accused")]
    assert _triggers(extractor, "Peru threatened to recall its ambassador if Chile attacked the border posts.") == [("THREATEN", "threatened")]
    # an act no one is named to make gives way to one with an actor, but violence does not
    assert [t for t, _ in _triggers(extractor, "Kenya offered to send doctors after the talks in Geneva.")] == ["AGREE"]
    assert [t for t, _ in _triggers(extractor, "Kenya offered to send doctors after the killing of two nurses.")] == ["AGREE", "ASSAULT"]
    # what a participle of saying gives as the act's reason is no act of its own, unless an intent
    assert _triggers(extractor, "Farmers staged rallies in Lyon against the farm minister, saying he must resign.") == [("PROTEST", "staged")]
    assert [t for t, _ in _triggers(extractor, "Norway rejected the request for a loan, saying it would impose sanctions on the junta.")] == ["REJECT", "THREATEN"]
    # what an infinitive of purpose and its complements tell is the act's aim, not an act of its own
    assert _triggers(extractor, "The mayor resigned on Monday to allow new elections to take place.") == [("CONCEDE", "resigned")]
    assert [t for t, _ in _triggers(extractor, "The minister flew to Cairo to help the envoys promote the peace plan.")] == ["CONSULT"]


def test_responses_aim_at_whoever_spoke_and_agreeing_commits(extractor):
    rejected = _main(extractor, "The senator rejected criticism from Republican candidates.")
    assert (rejected.type, rejected.target.text) == ("REJECT", "Republican candidates")
    assert _main(extractor, "The US on Thursday rejected calls by the Secretary-General to adopt reforms.").target.text == "the Secretary-General"
    assert _main(extractor, "The two parties agreed on a new coalition deal.").type == "AGREE"
    assert _main(extractor, "The minister agreed with the plan.").type == "AGREE"


def test_documents_speak_for_their_authors_and_pronouns_for_reporting_nouns(extractor):
    condemned = _main(extractor, "The senators passed a resolution condemning the attack on the embassy.")
    assert (condemned.type, condemned.actor.text) == ("ACCUSE", "The senators")
    expel = _main(extractor, "The ministry said it would expel the diplomats.")
    assert expel.actor.text == "The ministry"


def test_a_pronoun_stands_for_the_reporter_only_where_it_agrees_with_it(extractor):
    met = _main(extractor, "\u201cI will meet with Putin next month,\u201d Senator Ana Ruiz told reporters.")
    assert (met.type, met.actor.text) == ("AGREE", "Senator Ana Ruiz")  # "I" in a quotation is the one quoted
    attacked = _main(extractor, "\u201cThey attacked our embassy,\u201d the minister said.")
    assert attacked.actor.text == "They"  # not the minister: one person is not "they"
    rebels = _main(extractor, "The rebels said they would attack the city.")
    assert rebels.actor.text == "The rebels"


def test_i_in_a_quotation_is_whoever_the_quotation_is_credited_to(extract_text):
    record = extract_text(
        "Senator Ana Ruiz spoke in Dayton on Monday.\n\n"
        "\u201cI will meet with the protesters on Friday,\u201d she said.\n"
    )
    met = next(e for e in record.events if e.trigger["text"] == "meet with")
    assert (met.actor.text, met.actor.name) == ("I", "Ana Ruiz")  # through "she", resolved to her


def test_a_pronoun_actor_that_speaks_is_the_person_its_statement_was_credited_to(extract_text):
    record = extract_text(
        "Senator Ana Ruiz spoke in Dayton on Monday.\n\n"
        "She urged the council to close the chemical plant before the winter.\n"
    )
    urged = next(e for e in record.events if e.trigger["text"] == "urged")
    assert (urged.actor.text, urged.actor.name, urged.actor.entity_id is not None) == ("She", "Ana Ruiz", True)


def test_a_protest_is_against_whom_it_names_and_not_by_whoever_its_object_blames(extractor):
    protest = _main(extractor, "Hundreds of students began a hunger strike on Monday to protest against Kenya's decision to close the camp.")
    assert protest.type == "PROTEST" and protest.target.text.startswith("Kenya")  # not the day
    doc = extractor.nlp.make_doc("The lawyer staged a sit-in in protest against abuses by the prison guards.")
    doc.user_data["sections"] = []
    noun = next(e for e in extractor.nlp(doc).user_data["events"] if e.trigger.text == "protest")
    assert noun.actor is None or "guards" not in noun.actor.text


def test_a_protest_is_not_against_itself_or_the_streets_it_takes(extractor):
    # its aim names whom it is against, though that is no name ("the government")
    marched = _main(extractor, "Thousands of Lebanese marched through Beirut on Saturday to demand the resignation of the government.")
    assert (marched.type, marched.target.text) == ("PROTEST", "the government")
    streets = _main(extractor, "Tens of thousands of people took to the streets of Yangon to protest against the military coup.")
    assert streets.target.text == "the military coup"
    sit_in = _main(extractor, "Opposition supporters staged a sit-in outside the presidential palace in Bamako.")
    assert sit_in.type == "PROTEST" and sit_in.target is None
    # a strike named by a noun has the aim of the clause it stands in
    strike = _main(extractor, "Dock workers in Dakar went on strike on Monday to press for higher wages from the port authority.")
    assert (strike.type, strike.target.text) == ("PROTEST", "the port authority")


def test_subjects_shared_through_passives_and_groups(extractor):
    resign = next(e for e in _events(extractor, "The mayor was charged by prosecutors on Monday and will resign.") if e.trigger.text == "resign")
    assert resign.actor.text == "The mayor"
    arrived = _main(extractor, "A first contingent of Kenyan peacekeeping troops arrived in Haiti on Friday.")
    # "a contingent of peacekeepers arrived": the peacekeepers act, and the dictionary's pattern
    # for arriving peacekeepers applies through the group noun
    assert arrived.type == "AID" and arrived.actor.text == "Kenyan peacekeeping troops"


def _events(extractor, sentence):
    doc = extractor.nlp.make_doc(sentence)
    doc.user_data["sections"] = []
    return extractor.nlp(doc).user_data["events"]


def _triggered_by(extractor, sentence, trigger):
    """The sentence's event whose trigger is ``trigger``, None if none."""
    return next((e for e in _events(extractor, sentence) if e.trigger.text == trigger), None)


def test_a_sentence_the_parse_reads_as_a_noun_phrase_keeps_its_predicate(extractor):
    # the small model makes "Nurses" the root and "donated" a participle describing the groups
    donated = _main(extractor, "Nurses from two Swiss relief groups donated and personally delivered medicine to a hospital in Goma.")
    assert (donated.type, donated.actor.text) == ("AID", "Nurses from two Swiss relief groups")


def test_targets_are_whom_an_act_is_aimed_at(extractor):
    protest = _main(extractor, "Thousands of Basque students marched in Bilbao on Friday calling for independence from Spain.")
    assert protest.type == "PROTEST" and protest.target.text == "Spain"  # not the city it was held in
    strike = _main(extractor, "The journalist began a hunger strike in jail in protest against abuses by the prison guards.")
    assert strike.target.text == "the prison guards"
    fire = _main(extractor, "Soldiers opened fire to disperse the protesters on Tuesday.")
    assert (fire.type, fire.target.text) == ("ASSAULT", "the protesters")  # not the fire
    handed = _main(extractor, "Kenya extradited the suspect Omar Said to Tanzania.")
    assert handed.target.text.startswith("the suspect")  # the person handed over, not where to
    # an aim's object a name describes: "an end to Brazilian imports", "fishing by Chinese trawlers"
    rioted = _main(extractor, "Hundreds of farmers rioted outside the ministry on Monday, demanding an end to Brazilian imports.")
    assert (rioted.type, rioted.target.text) == ("PROTEST", "Brazilian imports")
    rally = next(e for e in _events(extractor, "Fishermen gathered on Sunday for a protest in Dakar to denounce fishing by Chinese trawlers.") if e.type == "PROTEST")
    assert rally.target.text == "Chinese trawlers"  # the infinitive after the noun: a relative clause to the parse
    # a list the parse chains one conjunct to the next is one actor, one target
    condemned = _main(extractor, "Ghana, Togo, Benin and Niger condemned the coup.")
    assert condemned.actor.text == "Ghana, Togo, Benin and Niger"
    attacked = _main(extractor, "The rebels attacked villages, farms, police posts and churches in the north.")
    assert attacked.target.text == "villages, farms, police posts and churches"


def test_a_participle_saying_what_an_act_means_is_no_second_act(extractor):
    found = _triggers(extractor, "Hundreds of farmers blocked the main road on Monday, demanding higher prices.")
    assert [t for t, _ in found] == ["PROTEST"]
    # a participle that does something else stays an event of its own
    fired = _triggers(extractor, "The police opened fire on the crowd, killing two men.")
    assert ("ASSAULT", "killing") in fired


def test_quoted_speakers_and_what_is_agreed_to(extractor):
    host = _main(extractor, "The Kenyan president was quoted as saying he would be willing to host the peace talks.")
    assert host.actor.text == "The Kenyan president"  # "he" is whoever was quoted
    postpone = _main(extractor, "The union agreed to postpone the strike until March.")
    assert postpone.type == "AGREE"


def test_the_shared_plover_measures_count_every_event_of_a_sentence():
    record = {"event": "ASSAULT", "source": [{"actorText": "Valdorian troops", "code": "VAL"}],
              "target": [{"actorText": "border villages"}]}
    score = PloverScore()
    score.add(record, [
        {"type": "ASSAULT", "actor": {"text": "troops", "name": "Valdorian troops", "code": "VALMIL"},
         "target": {"text": "the river bridge", "name": None}},
        {"type": "ACCUSE", "actor": None, "target": None},
    ])
    score.add({"event": "PROTEST", "source": "students", "target": None}, [])
    figures = score.figures()
    assert figures["event type recall"] == 0.5  # one sentence of two has an event of its type
    assert figures["precision (every type found in a sentence)"] == 0.5  # ASSAULT right, ACCUSE not
    assert figures["actor"] == 0.5 and figures["actor's code"] == 1.0
    assert figures["target"] == 0.0  # none of "border villages"' words is in "the river bridge"


def test_a_participle_after_an_argument_says_which_ones_are_meant(extract_text):
    record = extract_text("The United Nations will provide food aid to families sheltering in schools near the river, officials said.")
    aid = next(e for e in record.events if e.trigger["text"] == "provide")
    assert aid.target.text == "families sheltering in schools near the river"  # up to the comma
    assert aid.target.name == "families"  # linked and coded by its own phrase
    record = extract_text("Soldiers stationed along the coast arrested two fishermen on Monday.")
    arrest = next(e for e in record.events if e.type == "COERCE")
    assert arrest.actor.text == "Soldiers stationed along the coast" and arrest.target.text == "two fishermen"
    record = extract_text("The army lifted the curfew imposed on the city last week.")
    assert next(e for e in record.events if e.trigger["text"] == "lifted").target.text == "the curfew imposed on the city last week"


def test_an_act_done_with_a_thing_targets_the_actor_beyond_it(extractor):
    restriction = _main(extractor, "Italy will impose limits on its rice market for Asian exporters from next year.")
    assert (restriction.type, restriction.actor.text, restriction.target.text) == ("THREATEN", "Italy", "Asian exporters")
    # the demand noun's makers are the subject who repeats it ("its" is theirs)
    demand = _main(extractor, "The teachers' union repeated its demand that the ministry raise wages.")
    assert (demand.type, demand.actor.text, demand.target.text) == ("REQUEST", "The teachers' union", "the ministry")
    withdrawal = _main(extractor, "The rebels renewed their attacks on the capital.")
    assert (withdrawal.type, withdrawal.actor.text, withdrawal.target.text) == ("ASSAULT", "The rebels", "the capital")
    # an allegation of what a named actor did accuses it; a disaster that strikes attacks no one
    alleged = _events(extractor, "Chadian Defence Minister Daoud Yaya alleged on Monday that Sudan had armed the rebels.")
    assert ("ACCUSE", "Sudan") in [(e.type, e.target.text if e.target else None) for e in alleged]
    assert _events(extractor, "A powerful cyclone struck the coast of Myanmar on Friday, killing at least 40 people.") == []
    # one told to act is asked to, not the teller's own act
    told = _main(extractor, "Officials said Kabul had told Pakistan to withdraw its troops from the border post.")
    assert (told.type, told.actor.text, told.target.text) == ("REQUEST", "Kabul", "Pakistan")
    # whom one is asked by, talks with over a telephone line, or mediates between
    asked = _main(extractor, "Kenya was asked by the Somali government to send more troops to Kismayo.")
    assert (asked.type, asked.actor.text, asked.target.text) == ("REQUEST", "the Somali government", "Kenya")
    call = _main(extractor, "Egyptian President Abdel Fattah al-Sisi spoke by telephone with Jordan's King Abdullah on Sunday.")
    assert (call.type, call.target.text) == ("CONSULT", "Jordan's King Abdullah")
    mediated = _main(extractor, "Qatar mediated between the Chadian government and rebel groups.")
    assert (mediated.type, mediated.actor.text, mediated.target.text.split(" and ")[0]) == ("CONSULT", "Qatar", "the Chadian government")
    # a thing given is no one, though its phrase names its maker
    doses = _main(extractor, "Japan donated two million doses of its AstraZeneca vaccine to Vietnam.")
    assert (doses.type, doses.actor.text, doses.target.text) == ("AID", "Japan", "Vietnam")


def test_an_act_answering_another_s_act_or_taking_its_thing_targets_its_maker(extractor):
    # a response is aimed at whose act it answers, not where that act was nor whom it hit
    crackdown = _main(extractor, "Lithuania condemned Belarus's crackdown in Minsk on Tuesday.")
    assert (crackdown.type, crackdown.target.text) == ("ACCUSE", "Belarus")
    raid = _main(extractor, "The Arab League denounced Ethiopia's raid on the border town.")
    assert raid.target.text == "Ethiopia"
    offer = _main(extractor, "The opposition rejected the junta's offer of talks.")
    assert (offer.type, offer.target.text) == ("REJECT", "the junta")
    # a thing taken or held is its owner's, unless it is handed on or is a tie with someone
    assets = _main(extractor, "Canada froze Venezuela's assets in Toronto.")
    assert (assets.type, assets.target.text) == ("SANCTION", "Venezuela")  # freezing assets is a sanction (CAMEO 163)
    handed = _main(extractor, "Norway delivered the World Bank's food aid to Malawi.")
    assert handed.target.text == "Malawi"
    tie = _main(extractor, "Seoul is trying to improve the party's ties with Tokyo.")
    assert tie.target.text == "Tokyo"
    # the withdrawal of troops from a place is the troops'
    pullout = _main(extractor, "The ministers demanded the withdrawal of Ugandan troops from Congo.")
    assert pullout.target.text == "Ugandan troops"


def test_a_relative_pronoun_stands_for_the_noun_its_clause_describes(extractor):
    wounded = _main(extractor, "Villagers who were wounded by the soldiers fled to the hills.")
    assert (wounded.type, wounded.actor.text, wounded.target.text) == ("ASSAULT", "the soldiers", "Villagers")
    refused = next(e for e in _events(extractor, "Ryan was not the only Republican whom Trump refused to endorse.") if e.type == "REJECT")
    assert refused.target.text == "the only Republican"
    # a second relative clause the parse joins to the noun itself; the clause is no part of the name
    backs = next(e for e in _events(extractor, "Ana Ruiz, whom the junta jailed in 2019, and who now backs the opposition, spoke on Monday.") if e.type == "SUPPORT")
    assert (backs.actor.text, backs.target.text) == ("Ana Ruiz", "the opposition")
    militia = _main(extractor, "The militia that attacked the convoy fled.")
    assert militia.actor.text == "The militia"


def test_this_or_that_points_at_a_situation_and_never_acts(extractor):
    assert _events(extractor, "That means a bigger lead for the governor.") == []
    assert _events(extractor, "This helped the peso rally.") == []
    # "those" and "these" are people as often as not
    attackers = _main(extractor, "Those who attacked the convoy fled.")
    assert (attackers.type, attackers.actor.text) == ("ASSAULT", "Those")


def test_a_threat_presses_whom_its_condition_names_and_shared_objects_are_targets(extractor):
    threat = _main(extractor, "Japan threatened to suspend its fishing agreement if Norway keeps whaling.")
    assert (threat.type, threat.actor.text, threat.target.text) == ("THREATEN", "Japan", "Norway")
    # an object written once after two verbs is both verbs' ("detained and questioned X")
    detention = _main(extractor, "Turkish police detained and questioned the journalists.")
    assert (detention.type, detention.target.text) == ("COERCE", "the journalists")
    siege = _main(extractor, "The army surrounded and attacked the rebels in the hills.")
    assert (siege.type, siege.target.text) == ("ASSAULT", "the rebels")
    # what is handed over is for whom its "to" names
    gift = _main(extractor, "Two Swiss charities donated and delivered $20,000 worth of medicine to the Kabul Children's Hospital.")
    assert (gift.type, gift.actor.text, gift.target.text) == ("AID", "Two Swiss charities", "the Kabul Children's Hospital")
    # a meeting's verbs are mostly of motion: arriving takes no object, and meets no one
    arrival = _events(extractor, "Police arrived and arrested the demonstrators.")
    assert [(e.trigger.text, e.target.text) for e in arrival] == [("arrested", "the demonstrators")]


def test_an_attack_between_people_with_no_force_in_the_sentence_is_one_of_words(extractor):
    blast = _main(extractor, "The governor blasted her rival Maria Lopez on Monday over the budget.")
    assert (blast.type, blast.actor.text) == ("ACCUSE", "The governor")
    # a candidate's rally is no protest, a day is no actor; a rally of many against something is
    for sentence in ("Supporters cheered at Maria Lopez's rally in Dayton.", "He spoke at a rally for Maria Lopez.", "She spoke at a Saturday rally."):
        assert [e for e in _events(extractor, sentence) if e.type == "PROTEST"] == [], sentence
    assert _main(extractor, "Thousands of farmers held a rally against the new tax in Lyon.").type == "PROTEST"
    # a share of a poll or a vote is a standing, no act between the candidates
    for sentence in ("A new poll shows Maria Lopez leading John Reyes 48 percent to 41 percent.",
                     "Reyes would beat her 52 percent to 44 percent, the survey found.", "The plan drew 90 percent support in the poll.",
                     "Overall, Lopez leads with 221 delegates.", "Lopez led Reyes by 20 percentage points among young voters."):
        assert _events(extractor, sentence) == [], sentence
    # a count, not a name or a moment: "at one point" leaves the act
    assert _main(extractor, "At one point, the rebels attacked the convoy.").type == "ASSAULT"
    # one person taking states wins a vote; forces take a town
    assert _events(extractor, "Maria Lopez captured Ohio and Michigan on Tuesday night.") == []
    assert _main(extractor, "Rebels captured the town of Idlib on Sunday.").type in ("COERCE", "ASSAULT")
    # beating or defeating someone with no force in the sentence is a contest won, no event
    assert _events(extractor, "Maria Lopez defeated John Reyes in the runoff.") == []
    # a weapon, a wound or the police in the sentence keep it an assault
    stabbing = _main(extractor, "A man attacked the governor with a knife outside his home.")
    assert stabbing.type == "ASSAULT"


def test_a_meeting_agreement_or_cooperation_by_default_code_needs_someone_to_meet(extractor):
    # the families of consider, arrive, go and mean code CONSULT and AGREE: alone, no event
    for sentence in ("I think the plan will fail, the mayor said.", "She left early after the speech.", "It means the vote is delayed."):
        assert [e for e in _events(extractor, sentence) if e.type in ("CONSULT", "AGREE", "COOPERATE")] == [], sentence
    # coordinated actors meet each other, the first as the actor (a dyad); a meeting with someone names them
    talks = _events(extractor, "The mayor and the governor met on Tuesday.")
    assert [(e.type, e.actor.text, e.target.text) for e in talks] == [("CONSULT", "The mayor", "the governor")]
    visit = _main(extractor, "The mayor met the governor on Tuesday.")
    assert (visit.type, visit.target.text) == ("CONSULT", "the governor")
    # a support verb's family says nothing: "took" is no seizing unless its object or a pattern says so
    assert _events(extractor, "The results gave the mayor a clear lead.") == []
    for sentence in ("The senator took a swipe at the governor.", "A protester held a banner outside the hall."):
        assert [e for e in _events(extractor, sentence) if e.type in ("COERCE", "ASSAULT", "THREATEN")] == [], sentence
    assert _main(extractor, "Rebels took over the town on Sunday.").type in ("COERCE", "ASSAULT")
    assert _main(extractor, "Japan gave aid to the flood victims.").type == "AID"
    # support by default code is given to someone or something; coordinated actors agree among themselves
    for sentence in ("I would certainly agree.", "Thousands of delegates rose to their feet and cheered."):
        assert [e for e in _events(extractor, sentence) if e.type in ("SUPPORT", "AGREE")] == [], sentence
    assert _main(extractor, "Chile and Peru have agreed upon a new fishing pact.").type == "AGREE"
    # force by default code is used on someone or something
    for sentence in ("The judge died last year, aged 79.", "The campaign has struggled in the polls."):
        assert [e for e in _events(extractor, sentence) if e.type == "ASSAULT"] == [], sentence
    # "be going to" is the future, no journey: the act is the verb after it, intended as with "will"
    future = _events(extractor, "The governor is going to meet union leaders on Monday.")
    assert [(e.type, e.trigger.text) for e in future] == [("AGREE", "meet")]
    assert [e.type for e in _events(extractor, "The governor will meet union leaders on Monday.")] == ["AGREE"]
    assert _main(extractor, "The rebels are going to attack the city, a commander said.").type == "THREATEN"
    # a demand by default code is made of someone, not of what is wanted
    assert [e for e in _events(extractor, "We need real change, the senator said.") if e.type == "REQUEST"] == []
    demand = _main(extractor, "The union demanded the mayor reopen the depot.")
    assert demand.type == "REQUEST"
    # agreeing, admitting or suggesting how things are is an opinion; a demand's clause is what it asks
    for sentence in ("The analyst agreed that the shift was a matter of geography.", "The aide suggested the senator had erred."):
        assert [e for e in _events(extractor, sentence) if e.type in ("SUPPORT", "AGREE", "REQUEST")] == [], sentence
    assert _main(extractor, "The strikers demanded that the company reopen the plant.").type == "REQUEST"
    # a question put is no request; asking someone to do something is
    for sentence in ("The host asked the mayor whether the plan would pass.", "\"Who pays for it?\" the mayor asked."):
        assert [e for e in _events(extractor, sentence) if e.type == "REQUEST"] == [], sentence
    assert _main(extractor, "The mayor asked the strikers to return to work.").type == "REQUEST"
    # what the subject itself must do is asked of no one; a participle's subject is who it is done to
    assert [e for e in _events(extractor, "The candidates need to win over rural voters.") if e.type == "REQUEST"] == []
    asked = _events(extractor, "Asked about the strike, the mayor said the depot would reopen.")
    assert [e for e in asked if e.trigger.text == "Asked"] == []
    backed = next(e for e in _events(extractor, "Backed by Iran, the rebels seized the town.") if e.trigger.text == "Backed")
    assert (backed.actor.text, backed.target.text) == ("Iran", "the rebels")


def test_a_journey_is_a_visit_only_when_it_reaches_a_place(extractor):
    # the families of going and arriving code a consultation whatever they reach
    for sentence in (
        "The movement came to power after the election.",
        "The governor went on national television to defend the plan.",
        "Many moderate voters have left the party.",
        "Two bombs went off in the capital on Tuesday.",
        "The senator came out against the new tax.",
        "Going into the primaries, the mayor held a wide lead.",
    ):
        assert [e for e in _events(extractor, sentence) if e.type == "CONSULT"] == [], sentence
    for sentence, place in (
        ("The prime minister came to Washington in May.", "Washington"),
        ("The foreign minister traveled to Cairo on Sunday.", "Cairo"),
        ("The president arrived in Nairobi on Friday.", "Nairobi"),
    ):
        visit = _main(extractor, sentence)
        assert (visit.type, visit.target.text) == ("CONSULT", place), sentence
    # a pattern naming what the journey is for still codes it
    assert _main(extractor, "The ministers went into emergency session.").type == "CONSULT"
    # a visit coded by a preposition alone ("head to", "depart for") goes to a place too
    for sentence in ("Cases that have led to charges included fraud.", "He left for his Hawaii vacation on Friday."):
        assert [e for e in _events(extractor, sentence) if e.type == "CONSULT"] == [], sentence
    headed = _main(extractor, "The envoy headed to Damascus on Monday.")
    assert (headed.type, headed.target.text) == ("CONSULT", "Damascus")
    assert _main(extractor, "The senator visited the troops in Kabul.").type == "CONSULT"
    # flying to a place is a visit made, as travelling is ("FLY * (TO ) [036]" reads it as an intent)
    flew = _main(extractor, "The envoy flew to Damascus on Monday to meet the foreign minister.")
    assert (flew.type, flew.cameo, flew.target.text) == ("CONSULT", "042", "Damascus")


def test_thinking_and_hearing_meet_no_one_unless_a_pattern_says_what_is_weighed(extractor):
    for sentence in (
        "I think the mayor is wrong about the budget.",
        "The senator heard the governor's speech on Monday.",
        "As we learned in the primary, his lead could fall apart.",
        "The senator weighed in on the allegations against the governor.",
    ):
        assert _events(extractor, sentence) == [], sentence
    assert _main(extractor, "The council will consider sanctions against Iran.").type == "THREATEN"
    # facing an opponent, a test or a problem is no meeting; facing criticism is undergoing it
    for sentence in (
        "She will face Democrat Ryan Greene in November.",
        "The mayor faces a tough test in the primary.",
        # holding an office or a lead is no cooperation
        "The senator served in the House for ten years.",
        "The mayor leads the governor by six points in the latest poll.",
        # managing, governing, linking, growing, founding and easing, alone, are no cooperation
        "The senator managed the governor's campaign in 2008.",
        "The party controlled the state legislature for a decade.",
        "The country was ruled by the army for five decades.",
        "The city has seen a surge in crime linked to drug gangs.",
        "The mayor expanded her family's business into the suburbs.",
        "The banker founded a consulting firm in 1999.",
        "The new rules would benefit small farmers, the minister said.",
    ):
        assert _events(extractor, sentence) == [], sentence
    # their own codes and their patterns still code: ordering is a demand
    assert _main(extractor, "The president ordered the army to leave the capital.").type == "REQUEST"
    # "is expected to" is the reporter's forecast: the act expected, not yet done; no one hopes
    forecast = _events(extractor, "The two leaders are expected to sign a trade agreement on Friday.")
    assert [(e.type, e.trigger.text, e.hypothetical) for e in forecast] == [("AGREE", "sign", True)]
    assert [(e.type, e.trigger.text) for e in _events(extractor, "Israel expects to receive aid from the United States.")] == [("AGREE", "expects")]
    criticized = _main(extractor, "The senator faced criticism from his party.")
    assert (criticized.type, criticized.target.text) == ("ACCUSE", "The senator")


def test_calling_someone_a_name_or_calling_them_out_is_no_telephone_call(extractor):
    for sentence in (
        "The senator called the governor's plan \u201can absolute disgrace.\u201d",
        "Protesters held signs calling the mayor \u201cthe city's biggest loser.\u201d",
        "The governor took a lighter tone, still calling out the senators.",
    ):
        assert [e for e in _events(extractor, sentence) if e.type == "CONSULT"] == [], sentence
    call = _main(extractor, "The mayor called the governor on Tuesday night to congratulate him.")
    assert (call.type, call.cameo, call.target.text) == ("CONSULT", "041", "the governor")


def test_needing_wanting_and_helping_something_along_are_no_acts(extractor):
    # a lack or a wish asks nothing of anyone, whatever is needed or wanted, people too
    for sentence in ("We need more factories in the valley.", "Voters need a candidate they can trust.",
                     "The governor wants a quick vote on the budget.", "The mayor does not want to lose the depot."):
        assert [e for e in _events(extractor, sentence) if e.type in ("REQUEST", "AGREE", "REJECT")] == [], sentence
    # unless an infinitive says who is to act
    pressed = _main(extractor, "We need Canada to reopen the border.")
    assert (pressed.type, pressed.target.text) == ("REQUEST", "Canada")
    # helping a thing along ("helped push", "help elect") is what it furthered, no aid given
    for sentence in ("The new fences helped push the smugglers underground.", "The turnout will help elect the judge.",
                     "The long race helped to certify the senator as ready."):
        assert [e for e in _events(extractor, sentence) if e.type in ("AID", "AGREE")] == [], sentence
    aid = _main(extractor, "The charity helped the refugees in the camp.")
    assert (aid.type, aid.target.text) == ("AID", "the refugees in the camp")
    # helping a state or body do something is aid to it, though a verb follows
    built = _main(extractor, "Russia helped Venezuela build its first nuclear power plant.")
    assert built.type == "AID"
    # where one comes from is no one met, and "when it comes to" names a topic
    for sentence in ("Both ministers come from farming families.", "The money came from donors abroad.",
                     "The senator is weak when it comes to trade policy."):
        assert [e for e in _events(extractor, sentence) if e.type == "CONSULT"] == [], sentence
    visit = _main(extractor, "The minister came to Damascus on Tuesday.")
    assert (visit.type, visit.target.text) == ("CONSULT", "Damascus")


def test_declining_comment_ballots_and_arguing_that_something_is_so_are_no_acts(extractor):
    # refusing to say is CAMEO's "decline comment", a public statement PLOVER does not code
    for sentence in ("The aide declined to specify the terms of the deal.", "The senator refused to say whom she backs."):
        assert [e for e in _events(extractor, sentence) if e.type == "REJECT"] == [], sentence
    assert _main(extractor, "The company declined to renew its contract with the union.").type == "REJECT"
    assert _main(extractor, "The premier refused to respond to a demand from the president.").type == "REJECT"
    # yielding (CAMEO 080, the default of the families of allow, pass and fill) is to someone, or by a state or body
    for sentence in ("The new tool allows users to mark themselves as safe.", "The suspect passed three background checks.",
                     "Planes filled the skies over the parade."):
        assert [e for e in _events(extractor, sentence) if e.type == "CONCEDE"] == [], sentence
    assert "CONCEDE" in [e.type for e in _events(extractor, "The government allowed opposition parties to hold rallies.")]
    # (aid let in is CAMEO's 0863, "allow delivery of humanitarian aid", which PLOVER calls a retreat)
    assert "RETREAT" in [e.type for e in _events(extractor, "Israel allowed aid convoys to enter Gaza.")]
    # "- * (FOR) [111]" is attacking someone for something: fighting for something criticizes no one
    for sentence in ("The senator has fought for our right to bear arms.", "I will fight for you and your family."):
        assert _events(extractor, sentence) == [], sentence
    for sentence in ("Ortiz assailed the mayor for supporting the war.", "The mayor was attacked by Ortiz for supporting the war."):
        assert _main(extractor, sentence).type == "ACCUSE", sentence
    # a visit (CAMEO 042/043) is someone's: "led to", "conducted for" are no journeys
    for sentence in ("The cutbacks could lead to layoffs of thousands of workers.", "Exit polls conducted for the networks showed a close race."):
        assert [e for e in _events(extractor, sentence) if e.type == "CONSULT"] == [], sentence
    assert _main(extractor, "The minister headed to Cairo for talks.").type == "CONSULT"
    # a ballot is no act between actors: voting for someone or in an election; a vote deciding a measure stays
    for sentence in ("I would never vote for her.", "Independents can vote in the Democratic primary.",
                     "The state has voted Democratic in the last six presidential elections.", "Voters there voted for us last time."):
        assert [e for e in _events(extractor, sentence) if e.type in ("AGREE", "REJECT")] == [], sentence
    for sentence in ("The Security Council voted to impose sanctions on Iraq.", "Parliament voted against the treaty with Russia."):
        assert _events(extractor, sentence), sentence
    # arguing or contending that something is so disapproves of no one
    for sentence in ("The spokesman argued that the primary was no problem.", "Both parties contend that taxes are too high."):
        assert [e for e in _events(extractor, sentence) if e.type == "ACCUSE"] == [], sentence


def test_a_pattern_of_the_verb_and_its_target_needs_a_named_object(extractor):
    # "- * + [111]" (REPEAT family: "mock" someone): repeating a thing is no accusation
    assert _main(extractor, "The minister repeated the figures in parliament on Tuesday.") is None
    mocked = _main(extractor, "Protesters mocked Putin outside the embassy.")
    assert mocked.type == "ACCUSE" and mocked.target.text == "Putin"


def test_an_event_noun_of_time_or_cause_is_the_background_of_the_act(extractor):
    doc = extractor.nlp("Chad recalled its ambassador from Libya after the summit of the two leaders in Tripoli.")
    assert [e.trigger.text for e in doc.user_data["events"]] == ["recalled"]
    doc = extractor.nlp("Kenya protested to Uganda over the arrest of three fishermen on the lake.")
    assert [(e.type, e.target.text) for e in doc.user_data["events"]] == [("PROTEST", "Uganda")]
    # with no act beside it, the background is what the sentence reports
    doc = extractor.nlp("Schools in the town stayed shut during the protests by teachers.")
    assert [(e.type, e.actor.text) for e in doc.user_data["events"]] == [("PROTEST", "teachers")]


def test_fighting_or_talks_with_someone_in_an_act_s_setting_are_its_subject_s(extractor):
    doc = extractor.nlp("The army recaptured the border town after heavy fighting with the rebels.")
    fights = [(e.actor.text if e.actor else None, e.target.text) for e in doc.user_data["events"] if e.type == "ASSAULT"]
    assert fights == [("The army", "the rebels")]
    # a passive clause's subject underwent the act: no actor for the fighting
    doc = extractor.nlp("Two villagers were wounded during clashes with the police.")
    assert all(e.actor is None or e.actor.text != "Two villagers" for e in doc.user_data["events"] if e.trigger.text == "clashes")


def test_a_reciprocal_act_between_two_sides_is_coded_as_their_dyad(extractor):
    def events(sentence):
        doc = extractor.nlp(sentence)
        return [(e.type, e.actor.text if e.actor else None, e.target.text if e.target else None) for e in doc.user_data["events"]]

    # an event noun as the subject, the sides in a "between" phrase on it or on its verb
    assert events("Clashes erupted between riot police and striking dockworkers in Valparaiso.") == [
        ("ASSAULT", "riot police", "striking dockworkers in Valparaiso")]
    assert events("Violence broke out between farmers and herders near Jos.") == [("ASSAULT", "farmers", "herders")]
    # one event: the verb only tells that the talks happen
    assert events("Talks between Serbia and Kosovo resumed in Brussels on Monday.") == [("CONSULT", "Serbia", "Kosovo")]
    # coordinated subjects meet each other, but go somewhere side by side
    assert events("Lula and Macron met in Paris.") == [("CONSULT", "Lula", "Macron")]
    assert ("CONSULT", "Lula", "Macron") not in events("Lula and Macron went to Paris.")
    # so do those who agree, cooperate or sign with no third party named
    assert ("AGREE", "Kenya", "Uganda") in events("Kenya and Uganda agreed on a border deal.")
    assert ("SUPPORT", "Chad", "Niger") in events("Chad and Niger signed a water accord in Niamey.")
    assert ("COOPERATE", "Peru", "Chile") in events("Peru and Chile held joint naval exercises.")
    assert ("AGREE", "Kenya and Uganda", "Tanzania") in events("Kenya and Uganda agreed with Tanzania on a border deal.")
    # an act the dictionary says the two sides do to each other ("EXCHANGE * FIRE [193:193]"):
    # its object is the act, not a party, and "on Monday" or "through mediators" adds no third
    assert events("Ruritania and Borduria exchanged fire on Monday.") == [("ASSAULT", "Ruritania", "Borduria")]
    assert events("Ruritania and Borduria held their first round of talks in Lutz.") == [("CONSULT", "Ruritania", "Borduria")]
    assert events("Ruritania and Borduria held talks in Lutz through Sylvanian mediators.") == [("CONSULT", "Ruritania", "Borduria")]
    # the sides may be those a group is drawn from, or whose it is
    assert events("The foreign ministers of Ruritania and Borduria met in Geneva.") == [
        ("CONSULT", "The foreign ministers of Ruritania", "Borduria")]
    assert events("Officials from Chad and Niger met in Niamey on Monday.")[0] == ("CONSULT", "Officials from Chad", "Niger")
    talks = extractor.nlp("Russian and Ukrainian officials met in Istanbul.").user_data["events"]
    assert [(e.type, e.actor.text, e.target.text) for e in talks] == [("CONSULT", "Russian and Ukrainian officials", "Ukrainian")]


def test_an_act_named_in_a_verb_s_phrase_is_one_event_of_the_right_actor(extractor):
    def events(sentence):
        return [(e.type, e.actor.text if e.actor else None) for e in extractor.nlp(sentence).user_data["events"]]

    # the attack is what the accusation is about, not the accuser's act
    assert events("Chile blamed Bolivia for the bombing.") == [("ACCUSE", "Chile")]
    # "went on strike": the strike is the act; going is no visit
    assert events("Dockworkers went on strike in Rotterdam.") == [("PROTEST", "Dockworkers")]


def test_an_it_no_step_could_name_does_nothing(extract_text):
    record = extract_text(
        "Budget talks\n\nThe mayor said the deal was close. \"It bothers me that the council waited,\" she said. "
        "It could force the council to accept the demands. Iran said it would send aid to Syria.\n"
    )
    assert not [e for e in record.events if e.actor is not None and e.actor.name.lower() == "it"]
    assert not [e for e in record.events if e.trigger["text"] == "force"]  # a situation forces no one
    # an "it" the reporter names still acts
    aid = next(e for e in record.events if e.trigger["text"] == "send")
    assert aid.actor.name == "Iran"


def test_a_dictionary_word_is_a_word_and_only_a_stem_is_a_stem(extractor):
    # "TAKE * PART" is taking part, not "took particular pride"; "HUNT * DOWN" is not "downplay";
    # "END * CAMP" is not ending a campaign, "TELL * SUPPORT" not telling supporters
    assert _triggers(extractor, "The senator suspended his campaign on Tuesday night.") == []
    assert _triggers(extractor, "The governor told her supporters that the race was over.") == []
    assert ("AGREE", "took") in _triggers(extractor, "Rebel leaders took part in the peace talks in Geneva.")
    assert _triggers(extractor, "The minister took particular pride in the new port.") == []
    assert not any(t == "COERCE" for t, _ in _triggers(extractor, "State media sought to downplay the loss of the city."))


def test_a_headline_passive_without_its_auxiliary_is_done_by_its_agent(extractor):
    # "by police" is passive's alone: the candidate is removed, the police remove her
    removed = _main(extractor, "Ada Brandt removed from debate site by police.")
    assert (removed.type, removed.actor.text, removed.target.text) == ("COERCE", "police", "Ada Brandt")


def test_blocking_by_those_who_are_not_the_state_is_a_protest(extract_text):
    record = extract_text("Striking dock workers blocked the harbour bridge for six hours on Friday.")
    blocked = next(e for e in record.events if e.trigger["text"] == "blocked")
    assert (blocked.type, blocked.mode, blocked.cameo, blocked.actor.sector) == ("PROTEST", "obstruct", "144", "LAB")
    record = extract_text("Riot police blocked the bridge into the old city on Friday.")
    blocked = next(e for e in record.events if e.trigger["text"] == "blocked")
    assert (blocked.type, blocked.cameo) == ("COERCE", "170")  # the state that blocks coerces
    record = extract_text("Rebels in the north on Tuesday blocked the highway into the capital.")
    blocked = next(e for e in record.events if e.trigger["text"] == "blocked")
    assert blocked.actor.text == "Rebels in the north"  # the clause's time is not the actor's
    assert (blocked.type, blocked.actor.sector) == ("PROTEST", "REB")
    record = extract_text("Still, the tech industry cannot block all terror content on the web.")
    assert [e.type for e in record.events if e.trigger["text"] == "block"] != ["PROTEST"]  # a business blocking content is no protest


def test_what_is_said_or_given_comes_from_its_maker(extract_text):
    record = extract_text("An appeal from the bishops was read in every church on Sunday.")
    appeal = next(e for e in record.events if e.trigger["text"] == "appeal")
    assert (appeal.type, appeal.actor.text, appeal.target) == ("REQUEST", "the bishops", None)
    record = extract_text("The withdrawal from Lebanon began in April.")
    withdrawal = next(e for e in record.events if e.type == "RETREAT")
    assert (withdrawal.actor, withdrawal.target.name) == (None, "Lebanon")  # a place left is no maker
    record = extract_text("The offensive follows years of Russian support for the junta, including financial aid and weapons from the defence ministry.")
    assert [e.type for e in record.events if e.trigger["text"] in ("support", "aid")] == ["AID"]  # the parts it lists are told with it


def test_preparing_to_act_is_intent_and_an_attempt_is_the_act(extract_text):
    record = extract_text("The army prepared to resume shelling rebel positions near the border.")
    shelling = next(e for e in record.events if e.type == "THREATEN")
    assert (shelling.actor.text, shelling.target.text) == ("The army", "rebel positions near the border")
    record = extract_text("An attempt to assassinate the provincial governor was thwarted on Monday, police said.")
    attack = next(e for e in record.events if e.type == "ASSAULT")
    assert (attack.trigger["text"], attack.target.text) == ("assassinate", "the provincial governor")
    record = extract_text("Farmers marched to the ministry to protest the new tax.")
    assert [e.trigger["text"] for e in record.events] == ["marched"]  # an aim is no act of its own


def test_whom_an_act_is_aimed_at_when_the_parse_strays(extract_text):
    # a participle taken for a past tense leaves "to" bare: its object is still the one given asylum
    record = extract_text("Chile granted political asylum to three Bolivian senators holed up in its embassy.")
    asylum = next(e for e in record.events if e.type == "AID")
    assert asylum.target.text.startswith("three Bolivian senators")
    # a complaint lodged with someone is aimed at whose act it is about
    record = extract_text("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.")
    complaint = next(e for e in record.events if e.type == "ACCUSE")
    assert (complaint.target.text, complaint.target.code) == ("Israeli", "ISR")
    record = extract_text("Israel accused Syria over the attacks on its border posts.")
    assert next(e for e in record.events if e.type == "ACCUSE").target.text == "Syria"  # an object of its own stays


def test_an_event_in_the_future_is_dated_ahead_as_its_time_expression_is(extract_text):
    record = extract_text("The minister will visit Ankara on Friday. Israel attacked Gaza on Friday.", date="2016-03-10")
    visit, attack = (next(e for e in record.events if e.trigger["text"] == word) for word in ("visit", "attacked"))
    assert (visit.date, attack.date) == ("2016-03-11", "2016-03-04")
    assert [t.value for t in record.timexes if t.text == "Friday"] == ["2016-03-11", "2016-03-04"]  # the event agrees with its timex


def test_a_pronoun_actor_or_target_is_the_person_it_stands_for(extract_text):
    record = extract_text(
        "Senator Maria Lopez spoke in Denver on Monday. Then she attacked Governor Tom Reed over the budget. "
        "Paul Weber arrived late. She criticized him again on Tuesday."
    )
    attacked, criticized = (next(e for e in record.events if e.trigger["text"] == word) for word in ("attacked", "criticized"))
    assert (attacked.actor.text, attacked.actor.name) == ("she", "Maria Lopez")
    assert (criticized.actor.name, criticized.target.name) == ("Maria Lopez", "Paul Weber")  # "him" is not "she"
    record = extract_text("Maria Lopez met Paul Weber on Monday. He praised her.")
    praised = next(e for e in record.events if e.trigger["text"] == "praised")
    assert (praised.actor.name, praised.target.name) == ("He", "Maria Lopez")  # no subject before fits "he": left as written


def test_an_attack_in_words_between_people_is_criticism(extract_text):
    record = extract_text("Senator Maria Lopez ripped into Governor Tom Reed on guns at a rally on Monday.")
    ripped = next(e for e in record.events if e.trigger["text"] == "ripped")
    assert (ripped.type, ripped.cameo, ripped.target.name) == ("ACCUSE", "111", "Tom Reed")  # guns are the topic, not a weapon
    record = extract_text("Senator Maria Lopez and Governor Tom Reed clashed on the debate stage in Miami.")
    clashed = next(e for e in record.events if e.trigger["text"] == "clashed")
    assert (clashed.type, clashed.actor.name, clashed.target.name) == ("ACCUSE", "Maria Lopez", "Tom Reed")
    record = extract_text("Israel and Hezbollah clashed on the border on Sunday.")
    clashed = next(e for e in record.events if e.trigger["text"] == "clashed")
    assert (clashed.type, clashed.actor.name, clashed.target.name) == ("ASSAULT", "Israel", "Hezbollah")  # a fight's two sides


def test_releasing_what_is_written_or_recorded_frees_no_one(extract_text):
    record = extract_text("The State Department released 1,100 pages of emails on Friday. A super PAC is releasing a robocall in Ohio.")
    assert [e for e in record.events if e.trigger["text"] in ("released", "releasing")] == []
    record = extract_text("Iran released two American sailors on Wednesday.")
    freed = next(e for e in record.events if e.trigger["text"] == "released")
    assert (freed.type, freed.target.text) == ("RETREAT", "two American sailors")


def test_campaign_trips_studies_and_defences_in_words(extract_text):
    record = extract_text("Senator Maria Lopez will campaign again in Orlando on Friday.")
    assert [e for e in record.events if e.trigger["text"] == "campaign"] == []  # a tour asks nothing of anyone
    record = extract_text("Analysts examined the data on Monday. Prosecutors are investigating the senator.")
    assert [(e.trigger["text"], e.type) for e in record.events] == [("investigating", "ACCUSE")]  # data is investigated by no one
    record = extract_text("Croatia is investigating abuses by its police.")
    assert next(e for e in record.events if e.trigger["text"] == "investigating").target.text == "its police"  # a deed with its makers
    record = extract_text("Joe Biden defended Bernie Sanders as a mainstream candidate on Sunday.")
    defended = next(e for e in record.events if e.trigger["text"] == "defended")
    assert (defended.type, defended.cameo, defended.target.name) == ("SUPPORT", "051", "Bernie Sanders")


def test_where_an_act_happens_is_not_whom_it_is_done_to(extract_text):
    record = extract_text("Samuels huddled in Chicago with about a hundred union leaders.")
    huddled = next(e for e in record.events if e.trigger["text"] == "huddled")
    assert huddled.target.text == "about a hundred union leaders"
    record = extract_text("Police fired at protesters in Cairo on Friday. Hamas fired rockets at Israel.")
    assert [e.target.text for e in record.events if e.trigger["text"] == "fired"] == ["protesters in Cairo", "Israel"]
    # "gave in Cairo" is no "give in": the preposition says where
    record = extract_text("Clinton recalled the address she gave in Cairo that month.")
    assert [e for e in record.events if e.type == "CONCEDE"] == []


def test_event_nouns_in_senses_that_are_no_act(extract_text):
    record = extract_text("Trump's appeal to working-class whites could reshape the map.")
    assert [e for e in record.events if e.trigger["text"] == "appeal"] == []  # his draw, asking nothing
    record = extract_text("The UN made an urgent appeal for calm in Aleppo.")
    assert next(e for e in record.events if "appeal" in e.trigger["text"]).type == "REQUEST"
    record = extract_text("Voters in Ohio showed a great deal of anger at Congress.")
    assert [e for e in record.events if e.trigger["text"] == "deal"] == []  # an amount


def test_a_vote_decides_the_act_it_names(extract_text):
    record = extract_text("The union voted to endorse Hillary Clinton on Tuesday.")
    assert [(e.trigger["text"], e.type) for e in record.events] == [("endorse", "SUPPORT")]  # done, not pledged
    record = extract_text("Parliament voted to impose sanctions on Iran.")
    assert [(e.trigger["text"], e.type, e.target.name) for e in record.events] == [("impose", "SANCTION", "Iran")]


def test_firing_a_person_is_a_dismissal(extract_text):
    record = extract_text("Mayor Rahm Emanuel fired his police chief on Tuesday.")
    assert [e for e in record.events if e.trigger["text"] == "fired"] == []
    record = extract_text("Police fired on the protesters on Tuesday.")
    assert next(e for e in record.events if e.trigger["text"] == "fired").type == "ASSAULT"


def test_an_event_noun_is_dated_by_its_own_day_or_by_its_clause(extract_text):
    record = extract_text("On Dec. 15, the task force announced an agreement with the rebels.", date="2015-12-20")
    assert next(e for e in record.events if e.trigger["text"] == "agreement").date == "2015-12-15"
    record = extract_text("Iran's attack on the tanker on Friday drew condemnation.", date="2015-12-20")
    assert next(e for e in record.events if e.trigger["text"] == "attack").date == "2015-12-18"


def test_feelings_forecasts_and_stances_are_no_acts(extract_text):
    record = extract_text("We're saddened and shocked about what happened in Paris. We expect to do well in Iowa. Rubio opposes abortion.")
    assert record.events == []
    record = extract_text("Republicans were outraged by Senator Maria Lopez on Monday.")
    outraged = next(e for e in record.events if e.trigger["text"] == "outraged")
    assert (outraged.type, outraged.actor.text, outraged.target.name) == ("ACCUSE", "Republicans", "Maria Lopez")  # the subject feels
    record = extract_text("Egypt criticized Israel's decision on Monday.")
    assert next(e for e in record.events if e.trigger["text"] == "criticized").target.name == "Israel's decision"  # its maker's


def test_whom_an_appeal_is_addressed_to_comes_before_what_it_asks(extract_text):
    record = extract_text("Arab Israeli lawmakers called on the government Wednesday to block Trump's visit to Israel.")
    called = next(e for e in record.events if e.trigger["text"] == "called")
    assert (called.type, called.target.text, called.target.code) == ("REQUEST", "the government", "ISRGOV")


def test_asking_about_something_is_a_question(extract_text):
    record = extract_text("Reporters asked Clinton about her emails. When asked by Ingraham on Thursday about foreign workers, Cruz smiled.")
    assert [e for e in record.events if e.trigger["text"] == "asked"] == []
    record = extract_text("Iran asked Russia on Monday for weapons.")
    assert next(e for e in record.events if e.trigger["text"] == "asked").target.name == "Russia"


def test_the_means_of_an_act_is_its_subjects_act(extract_text):
    record = extract_text("The United States responded by easing sanctions on Burma.")
    eased = next(e for e in record.events if e.trigger["text"] == "easing")
    assert (eased.actor.name, eased.target.name) == ("United States", "Burma")


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor seized on the scandal in her speech.",  # a figurative particle
        "The mayor pulled in a third of the vote in the suburbs.",
        "The senator could beat the incumbent in the March primary.",  # a contest of votes
        "The company's results beat analysts' expectations.",
        "The challenger has struggled to win over older voters.",  # striving
        "The governor has dominated the race for months.",
        "The plan includes a new levy targeted at wealthy landlords.",  # an aim
        "The scandal destroyed the careers of two aides.",  # a thing does it
        "The aide destroyed thousands of emails before the audit.",  # records, no one harmed
        "The network removed the videos within an hour.",
        "The governor captured the nomination in June.",  # a contest's prize
    ],
)
def test_verbs_of_force_used_without_force_are_no_assault(extract_text, sentence):
    assert [e for e in extract_text(sentence).events if e.type in ("ASSAULT", "COERCE")] == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "kind"),
    [
        ("Rebels seized the airport on Monday.", "seized", "COERCE"),
        ("Police beat protesters with batons outside the election office.", "beat", "ASSAULT"),  # force told
        ("A settler had rammed a truck into soldiers at a checkpoint.", "rammed", "ASSAULT"),
        ("Border guards apprehended dozens of migrants at the crossing.", "apprehended", "COERCE"),
    ],
)
def test_verbs_of_force_with_force_stay_acts(extract_text, sentence, trigger, kind):
    assert next(e for e in extract_text(sentence).events if e.trigger["text"] == trigger).type == kind


def test_suing_brings_a_lawsuit_and_arrests_no_one(extract_text):
    sued = next(e for e in extract_text("The union sued the county over the new rules.").events if e.trigger["text"] == "sued")
    assert (sued.type, sued.cameo) == ("ACCUSE", "115")  # as the dictionary codes "filed a lawsuit"
    filed = next(e for e in extract_text("The union filed a lawsuit against the county.").events if e.trigger["text"] == "filed")
    assert filed.cameo == "115"


def test_the_act_not_chosen_is_hypothetical(extractor):
    for sentence in ("Police fined the marchers instead of arresting them.", "The city issued summonses rather than arresting them."):
        doc = extractor.nlp(sentence)
        assert [t.text for t in doc if _passed_over(t)] == ["arresting"]


def test_what_a_poll_found_is_no_act(extract_text):
    record = extract_text("Farm vote\n\nA new survey found most farmers backing the governor. Early polls show voters rejecting the mayor.\n")
    assert record.events == []


@pytest.mark.parametrize(
    "text",
    [
        "Budget talks\n\n\u201cIt is a good budget,\u201d the governor argued on Monday.\n",  # a reporting verb, against no one
        "Budget talks\n\nThe senator is now competing in the suburban lane.\n",
        "Budget talks\n\nThe governor insisted that he has expanded the party.\n",  # a claim, not a demand
        "Budget talks\n\nThe polls failed to predict the mayor's win.\n",  # nothing refused
    ],
)
def test_words_of_conflict_or_demand_that_name_no_one_are_no_act(extract_text, text):
    assert extract_text(text).events == []


def test_words_of_conflict_or_demand_aimed_at_someone_stay_acts(extract_text):
    argued = extract_text("Budget talks\n\nThe governor argued with her aides over the plan.\n").events
    assert [(e.type, e.target.text) for e in argued] == [("ACCUSE", "her aides")]
    insists = extract_text("Budget talks\n\nThe senator insists the party must change its rules.\n").events
    assert "REQUEST" in [e.type for e in insists]


def test_the_electorates_preferences_are_no_acts(extract_text):
    text = (
        "Primary season\n\nFarm-state voters overwhelmingly support the governor. Her strengths include "
        "strong support from rural voters. Voters who backed the mayor were angry.\n"
    )
    assert extract_text(text).events == []
    union = extract_text("Primary season\n\nThe farmers' union endorsed the governor on Monday.\n").events
    assert [e.type for e in union] == ["SUPPORT"]


def test_voters_deciding_a_referendum_act(extractor):
    rejected = _triggered_by(extractor, "Sylvanian voters rejected the border treaty with Borduria in a referendum on Sunday.", "rejected")
    assert (rejected.type, rejected.actor.text) == ("REJECT", "Sylvanian voters")


def test_forces_massed_or_jets_scrambled_are_mobilised(extractor):
    massed = _triggered_by(extractor, "Borduria massed troops on its border with Sylvania on Monday.", "massed")
    assert (massed.type, massed.cameo) == ("MOBILIZE", "154")
    # (the small model often reads "scrambled" before a noun as an adjective)
    scrambled = _triggered_by(extractor, "Taiwan scrambled jets to warn away Chinese aircraft.", "scrambled")
    assert (scrambled.type, scrambled.cameo) == ("MOBILIZE", "154")
    protest = _triggered_by(extractor, "Protesters massed outside the parliament in Lutz on Monday.", "massed")
    assert protest.type == "PROTEST"
    assert not _events(extractor, "Aides scrambled to finish the speech.")


def test_an_intent_to_do_nothing_to_anyone_is_no_act(extract_text):
    text = "Campaign notes\n\nThe senator says she plans to root for Iowa. The governor has sought to distinguish himself.\n"
    assert extract_text(text).events == []
    offered = extract_text("Campaign notes\n\nLibya has offered to hand over two suspects to Britain.\n").events
    assert [e.type for e in offered] == ["AGREE"]
    pledged = extract_text("Campaign notes\n\nThe mayor pledged to build a new school.\n").events
    assert [e.type for e in pledged] == ["AGREE"]  # something is at stake


def test_a_count_or_a_load_of_people_and_things_is_what_it_counts(extractor):
    # whom a count names is the target, not the place after it
    arrest = _main(extractor, "Police arrested dozens of protesters in Nairobi on Monday.")
    assert arrest.type == "COERCE" and "protesters" in arrest.target.text
    # what a count or a load holds is read by the dictionary's patterns ("SEND * &MILITARY")
    sent = _main(extractor, "Ruritania sent thousands of troops to the northern border.")
    assert sent is not None and sent.cameo is not None
    shipped = _main(extractor, "The government sent a shipment of weapons to the rebels.")
    assert shipped is not None and shipped.type == "AID"


def test_forces_deployed_or_put_on_alert_in_the_passive_show_their_own_force(extractor):
    deployed = _main(extractor, "Ruritanian police were deployed in force across the capital on Sunday.")
    assert deployed.type == "MOBILIZE" and "police" in deployed.actor.text and deployed.target is None
    attacked = _main(extractor, "The rebels were attacked by government forces.")
    assert "rebels" in attacked.target.text  # an act done to the subject keeps it as target


def test_against_names_the_target_before_other_phrases_and_a_time_never_does(extractor):
    marched = _main(extractor, "Students marched on the capital against the education minister.")
    assert marched.type == "PROTEST" and marched.target.text == "the education minister"
    agreed = _main(extractor, "Ruritania and Borduria agreed to reopen the border for the first time in decades.")
    assert agreed.target is None or "time" not in agreed.target.text


def test_shot_dead_is_a_killing_not_a_verb_saying_what_someone_is(extractor):
    shot = _main(extractor, "Gunmen shot dead two policemen in Peshawar on Friday.")
    assert shot is not None and shot.type == "ASSAULT" and "policemen" in shot.target.text
    passive = _main(extractor, "A shepherd was shot dead by border guards near the village.")
    assert passive.type == "ASSAULT" and "guards" in passive.actor.text and "shepherd" in passive.target.text
    assert _events(extractor, "The candidate went missing on Friday.") == []


def test_a_passive_whose_subject_names_the_act(extractor):
    # the parse hangs "by the council" on the phrase before it; the subject is the act itself
    imposed = _main(extractor, "Sanctions were imposed on Ruritania's oil ministry by the regional council.")
    assert imposed.type == "SANCTION" and "council" in imposed.actor.text and "ministry" in imposed.target.text


def test_acts_no_one_did_or_that_their_maker_denies_are_negated(extractor):
    neither = _main(extractor, "Neither Ruritania nor Borduria has signed the border treaty.")
    assert neither.negated
    assert _main(extractor, "Ruritania and Borduria signed the border treaty.").negated is False
    denied = _main(extractor, "The army denied attacking the village on Sunday.")
    assert denied.type == "ASSAULT" and denied.negated  # a denial, not a refusal to attack
    refused = _main(extractor, "The army refused to withdraw from the village.")
    assert refused.type == "REJECT"


def test_an_act_with_its_own_maker_reported_in_the_passive_is_the_maker_s(extractor):
    confirmed = _main(extractor, "The arrest of two Borduran reporters by Ruritanian police was confirmed by the embassy.")
    assert confirmed.type == "COERCE"
    assert "police" in confirmed.actor.text and "reporters" in confirmed.target.text


def test_a_subject_the_parse_made_the_head_of_its_own_verbs_still_acts(extractor):
    # (protesters who clash riot: CAMEO's 145, PLOVER's PROTEST)
    clashed = [e for e in _events(extractor, "Protesters in Tbilisi blocked roads and clashed with riot police.") if e.trigger.text == "clashed"]
    assert clashed and clashed[0].type == "PROTEST"
    assert clashed[0].actor.text.startswith("Protesters") and "clashed" not in clashed[0].actor.text


def test_an_act_of_force_someone_was_harmed_in_is_its_makers(extractor):
    # the maker of the fire, strike or shelling stands where the actor would
    fire = _main(extractor, "Two fishermen were killed by Ruritanian fire near the coast, the ministry said.")
    assert fire.type == "ASSAULT" and fire.actor.text == "Ruritanian" and "fishermen" in fire.target.text
    strike = [e for e in _events(extractor, "Four farmers were killed in a Bordurian missile strike on Lutz on Monday.") if e.trigger.text == "killed"]
    assert strike[0].actor.text == "Bordurian" and "farmers" in strike[0].target.text
    raid = _main(extractor, "Two men were wounded in a police raid on a farm outside the capital.")
    assert raid.actor.text == "police" and "men" in raid.target.text
    shelling = _main(extractor, "The killing of four nurses by Bordurian shelling drew wide condemnation.")
    assert shelling.actor.text == "Bordurian" and "nurses" in shelling.target.text


def test_who_dies_undergoes_the_act_and_a_death_without_force_is_none(extractor):
    died = [e for e in _events(extractor, "At least nine people died in an air strike on a market on Tuesday.") if e.trigger.text == "died"]
    assert died[0].actor is None and "nine people" in died[0].target.text
    # the people who died made no strike
    assert all(e.actor is None or "people" not in e.actor.text for e in _events(extractor, "At least nine people died in an air strike on a market on Tuesday."))
    assert _events(extractor, "The former senator died on Sunday at the age of 91.") == []


def test_forces_that_withdraw_retreat_militarily(extractor):
    # the dictionary's "&MILITARY *" (0874) names troops and armed forces; "forces" is the wire's word
    withdrew = _main(extractor, "Bordurian forces withdrew from the border town of Lutz on Sunday.")
    assert (withdrew.type, withdrew.cameo) == ("RETREAT", "0874")
    pulled = _main(extractor, "Government forces pulled back from their positions north of the capital.")
    assert pulled.type == "RETREAT"


def test_coordinated_parties_who_sit_down_for_talks_meet_each_other(extractor):
    talks = _main(extractor, "Ruritania's foreign minister and Bordurian envoy Anton Pavel sat down for talks on the sidelines of a summit in Lutz.")
    assert talks.type == "CONSULT" and "minister" in talks.actor.text and "Pavel" in talks.target.text


def test_sharing_intelligence_is_cooperation_between_the_sharers(extractor):
    shared = _main(extractor, "Ruritania and Borduria are sharing intelligence on smuggling networks.")
    assert (shared.type, shared.cameo, shared.actor.text, shared.target.text) == ("COOPERATE", "064", "Ruritania", "Borduria")


def test_rebuffing_and_turning_down_reject_and_a_fall_refuses_nothing(extractor):
    turned = _main(extractor, "The Bordurian cabinet turned down a request from Ruritania for an extension.")
    assert turned.type == "REJECT" and "cabinet" in turned.actor.text
    rebuffed = _main(extractor, "Ruritania's president rebuffed calls from the regional council for a ceasefire.")
    assert rebuffed.type == "REJECT"
    assert _main(extractor, "The minister brushed aside an appeal from the union.").type == "REJECT"
    # vetoing is CAMEO's 129, a rejection, not the sanction its family's code says
    assert (_main(extractor, "The governor vetoed the budget bill on Friday.").type, _main(extractor, "The governor vetoed the budget bill on Friday.").cameo) == ("REJECT", "129")
    assert _events(extractor, "Exports declined sharply in March.") == []
    assert _events(extractor, "Sales turned down sharply after the holidays.") == []


def test_a_refusal_is_made_and_a_threat_is_made_whatever_they_are_about(extractor):
    refusal = _main(extractor, "Ruritania said it would not negotiate with Borduria.")
    assert refusal.type == "REJECT" and not refusal.negated and not refusal.hypothetical
    threat = _main(extractor, "Borduria threatened to launch an offensive if the militias did not withdraw.")
    assert threat.type == "THREATEN" and not threat.hypothetical


def test_a_return_to_talks_is_a_negotiation(extractor):
    back = _main(extractor, "Ruritania said it was prepared to return to the negotiating table.")
    assert (back.type, back.cameo) == ("AGREE", "046")
    assert _main(extractor, "Both delegations returned to talks in Lutz on Monday.").type == "CONSULT"
    assert _events(extractor, "The soldiers returned to their barracks.") == []


def test_an_ultimatum_counted_in_days_or_weeks(extractor):
    days = _main(extractor, "Ruritania and Borduria gave the junta eight days to call elections.")
    assert (days.type, days.cameo) == ("THREATEN", "139") and "junta" in days.target.text


def test_a_crowd_out_to_complain_or_demand_demonstrates(extractor):
    poured = _main(extractor, "Thousands of people poured onto the streets of Lutz on Monday to denounce the junta.")
    assert poured.type == "PROTEST" and "people" in poured.actor.text and "junta" in poured.target.text
    chain = _main(extractor, "Hundreds of residents formed a human chain to demand the release of the prisoners.")
    assert chain.type == "PROTEST"
    # one person's trip to demand something is no demonstration
    assert all(e.type != "PROTEST" for e in _events(extractor, "The minister travelled to Lutz to demand compensation."))


def test_what_a_complaint_charges_someone_with_is_its_content(extractor):
    events = _events(extractor, "Ruritania accused Borduria of its support for the militias.")
    assert [e.type for e in events] == ["ACCUSE"]
    # violence charged is still coded, as event data code a killing wherever it is told
    assert "ASSAULT" in [e.type for e in _events(extractor, "Ruritania condemned Borduria for its attack on the bridge.")]


def test_halting_cooperation_ties_or_negotiations_reduces_relations(extractor):
    halted = _main(extractor, "Ruritania halted cooperation with Borduria on border security.")
    assert (halted.type, halted.cameo) == ("SANCTION", "160") and halted.target.text == "Borduria"
    assert _main(extractor, "The government suspended negotiations with the rebels.").cameo == "164"
    assert _events(extractor, "The factory halted production in March.") == []


def test_a_time_clause_under_a_clause_that_looks_ahead_is_a_condition(extractor):
    awaited = [e for e in _events(extractor, "The minister said talks would resume once the rebels released the hostages.") if e.trigger.text == "released"]
    assert awaited and awaited[0].hypothetical
    met = _main(extractor, "Once the troops withdrew, the rebels seized the town.")
    assert met is not None and not met.hypothetical


def test_forces_deployed_or_sent_mobilize_and_peacekeepers_do_not(extractor):
    deployed = _main(extractor, "Borduria deployed troops to its border with Ruritania.")
    assert (deployed.type, deployed.cameo) == ("MOBILIZE", "154") and deployed.actor.text == "Borduria"
    assert _main(extractor, "Ruritania dispatched paratroopers to Lutz on Friday.").type == "MOBILIZE"
    assert _main(extractor, "The UN deployed peacekeepers to the town.").type != "MOBILIZE"
    # troops the dictionary reads as peacekeeping ("- * PEACEKEEPING [074]") are sent as aid
    assert _main(extractor, "Borduria sent 1,200 peacekeeping troops to Ruritania on Tuesday.").cameo == "074"
    assert _main(extractor, "Borduria will send more troops to Ruritania.").type == "AGREE"  # a deployment promised
    assert _main(extractor, "Some 2,000 Bordurian troops were deployed to the region.").type == "MOBILIZE"
    # verbs of moving forces the dictionary lacks or leaves without an event
    assert _main(extractor, "Borduria massed tanks on its border with Ruritania.").cameo == "154"
    assert _main(extractor, "Ruritania rushed reinforcements and a flotilla to the coast.").cameo == "154"
    assert not extractor.nlp("The company moved its headquarters to Lutz.").user_data["events"]


def test_expelling_an_ambassador_reduces_relations(extractor):
    expelled = _main(extractor, "Borduria expelled the Ruritanian ambassador on Monday.")
    assert (expelled.type, expelled.cameo) == ("SANCTION", "166")


def test_a_pattern_naming_a_noun_outranks_one_naming_only_a_particle_or_preposition(extractor):
    broke = _main(extractor, "Ruritania broke off diplomatic relations with Borduria.")
    assert (broke.type, broke.cameo) == ("SANCTION", "161") and broke.target.text == "Borduria"


def test_forces_ordered_somewhere_mobilize_and_ordered_home_retreat(extractor):
    assert _main(extractor, "The president ordered ten battalions to the Bordurian border.").type == "MOBILIZE"
    home = _main(extractor, "Ruritania ordered its 1,300 troops home from Borduria.")
    assert (home.type, home.cameo) == ("RETREAT", "0874")
    assert _main(extractor, "The general ordered troops to fire on the protesters.").type == "REQUEST"
    # an order of the act itself moves them, whatever its purpose clause says they are for
    called_up = _main(extractor, "The president ordered the mobilisation of 30,000 reservists to fight in the east.")
    assert (called_up.type, called_up.cameo) == ("MOBILIZE", "154")


def test_the_sides_of_a_conflict_are_actors(extractor):
    urged = _triggered_by(extractor, "The African Union urged both sides to halt the violence.", "urged")
    assert (urged.type, urged.target.text) == ("REQUEST", "both sides")


def test_a_decision_to_act_is_the_act_of_whose_decision_it_is(extractor):
    severed = _triggered_by(extractor, "Ruritania's decision to sever diplomatic relations with Norway was announced on Monday.", "sever")
    assert (severed.type, severed.actor.text, severed.target.text) == ("SANCTION", "Ruritania", "Norway")
    # a decision nobody is named as taking stays an aim
    assert _triggered_by(extractor, "A decision to expel the ambassador is expected soon.", "expel") is None


def test_a_threat_is_aimed_at_whom_its_condition_names(extractor):
    warned = _triggered_by(extractor, "Borduria warned that it would respond with force if Ruritania kept up the drills.", "warned")
    assert (warned.type, warned.target.text) == ("THREATEN", "Ruritania")


def test_powers_and_nations_that_agree_with_no_third_party_are_a_dyad(extractor):
    reached = _triggered_by(extractor, "Ruritania and six world powers reached a landmark deal in Lutz.", "reached")
    assert (reached.type, reached.actor.text, reached.target.text) == ("AGREE", "Ruritania", "six world powers")


def test_a_pledge_to_act_needs_no_other_party(extractor):
    pledged = _triggered_by(extractor, "The army pledged to end emergency rule within a month.", "pledged")
    assert (pledged.type, pledged.actor.text, pledged.target) == ("AGREE", "The army", None)
    # a plan or an aim does need one
    assert _triggered_by(extractor, "She plans to root for Iowa on Saturday.", "plans") is None


def test_an_appeal_with_an_infinitive_the_parse_hangs_as_an_adverbial_clause(extractor):
    pleaded = _triggered_by(extractor, "The mayor pleaded with the dock workers to reopen the port.", "pleaded")
    assert (pleaded.type, pleaded.actor.text, pleaded.target.text) == ("REQUEST", "The mayor", "the dock workers")


def test_what_a_load_or_a_package_holds_is_what_is_sent_or_halted(extractor):
    shipped = _triggered_by(extractor, "Norway shipped 300 tonnes of emergency supplies to the flooded province.", "shipped")
    assert (shipped.type, shipped.cameo) == ("AID", "073")
    halted = _triggered_by(extractor, "Sweden halted a package of development aid to the junta.", "halted")
    assert (halted.type, halted.cameo) == ("SANCTION", "162")


def test_coordinated_objects_are_all_read_by_the_patterns(extractor):
    # the sanctions a pattern names are the second of two objects; the target hangs on either
    imposed = _triggered_by(extractor, "Freedonia imposed new tariffs and sanctions on Sylvania.", "imposed")
    assert (imposed.type, imposed.cameo, imposed.target.text) == ("SANCTION", "163", "Sylvania")
    barred = _triggered_by(extractor, "The council imposed travel bans and an arms embargo on the junta.", "imposed")
    assert (barred.type, barred.target.text) == ("SANCTION", "the junta")


def test_armed_men_who_pull_back_retreat_militarily(extractor):
    pulled = _triggered_by(extractor, "Rebel fighters pulled out of the port of Tessa after a week of shelling.", "pulled out")
    assert (pulled.type, pulled.cameo, pulled.actor.text) == ("RETREAT", "0874", "Rebel fighters")
    withdrew = _triggered_by(extractor, "Riot police withdrew from the main square on Friday.", "withdrew")
    assert (withdrew.type, withdrew.cameo) == ("RETREAT", "0874")
    # a candidate who pulls out yields; no force retreats
    assert _triggered_by(extractor, "The senator pulled out of the debate.", "pulled out").type == "CONCEDE"


def test_a_pronoun_subject_after_a_fronted_description_is_the_actor(extractor):
    backed = _triggered_by(extractor, "A Libertarian, she backed the mayor for the presidency in 2012.", "backed")
    assert (backed.type, backed.actor.text) == ("SUPPORT", "she")


def test_a_run_of_acts_is_those_acts_and_a_share_of_goods_is_the_goods(extractor):
    waves = _triggered_by(extractor, "Borduria carried out a wave of airstrikes on Lutz.", "carried out a wave of airstrikes")
    assert (waves.type, waves.actor.text, waves.target.text) == ("ASSAULT", "Borduria", "Lutz")
    raids = _triggered_by(extractor, "The rebels staged a series of raids on army posts.", "staged")
    assert (raids.type, raids.target.text) == ("ASSAULT", "army posts")
    first = _triggered_by(extractor, "Sylvania delivered the first of 24 fighter jets to Ruritania.", "delivered")
    assert (first.type, first.cameo) == ("AID", "072")


def test_craft_of_war_sent_somewhere_are_forces_deployed(extractor):
    armoured = _triggered_by(extractor, "Freedonia sent armoured vehicles to its southern border.", "sent")
    assert (armoured.type, armoured.cameo) == ("MOBILIZE", "154")
    assert _triggered_by(extractor, "Borduria sent 30 military aircraft towards Lutz on Monday.", "sent").type == "MOBILIZE"
    # arms or vehicles given stay aid
    assert _triggered_by(extractor, "Sylvania sent military aid to Ruritania.", "sent").type == "AID"
    assert _triggered_by(extractor, "Sylvania sent vehicles to the flooded region.", "sent").type == "AID"


def test_what_sides_do_jointly_is_cooperation(extractor):
    flights = _triggered_by(extractor, "Freedonia and Sylvania held joint military flights over the strait.", "held joint military flights")
    assert (flights.type, flights.cameo) == ("COOPERATE", "062")
    patrols = _triggered_by(extractor, "Borduria launched joint patrols with Ruritania along the river.", "launched joint patrols")
    assert (patrols.type, patrols.target.text) == ("COOPERATE", "Ruritania")
    # a joint statement is words, not a deed done together
    assert all(e.type != "COOPERATE" for e in _events(extractor, "The two parties issued a joint statement."))


def test_a_crowd_gathered_demanding_or_denouncing_demonstrates(extractor):
    gathered = _triggered_by(extractor, "Thousands of people gathered outside the palace in Lutz, demanding the mayor's resignation.", "demanding")
    assert (gathered.type, gathered.cameo) == ("PROTEST", "141")
    # protesters who gather or rally demonstrate, as the dictionary's demonstrators do; a
    # candidate's supporters who gather at a hotel do not
    for sentence, verb in (("Protesters gathered outside the courthouse in Lutz.", "gathered"), ("Hundreds of protesters rallied in Lutz on Sunday.", "rallied")):
        assert (_triggered_by(extractor, sentence, verb).type, _triggered_by(extractor, sentence, verb).cameo) == ("PROTEST", "141"), sentence
    assert _triggered_by(extractor, "Her supporters gathered at a hotel in Lutz.", "gathered").type != "PROTEST"
    # a crowd that rallies demonstrates; one who rallies supporters calls on them, and markets rally for no one
    rallied = _triggered_by(extractor, "Thousands of opposition supporters rallied in Lutz on Saturday.", "rallied")
    assert (rallied.type, rallied.cameo) == ("PROTEST", "141")
    assert _triggered_by(extractor, "The mayor rallied her supporters in Lutz.", "rallied").type != "PROTEST"
    assert _events(extractor, "Stocks rallied on Monday.") == []
    # ministers who meet and call for something do not demonstrate
    called = _triggered_by(extractor, "The ministers gathered in Lutz, calling for a ceasefire.", "calling")
    assert called is None or called.type != "PROTEST"


def test_force_a_subject_answers_with_is_the_subjects(extractor):
    strikes = _triggered_by(extractor, "The Borduran army responded with airstrikes on rebel positions in Lutz.", "airstrikes")
    assert (strikes.type, strikes.actor.text) == ("ASSAULT", "The Borduran army")
    # what a threat comes with is threatened, not done
    assert _triggered_by(extractor, "Sylvania threatened Freedonia with sanctions.", "sanctions") is None


def test_an_act_decreed_is_the_deciders_act(extractor):
    approved = _triggered_by(extractor, "The president of Sylvania approved sanctions on the Borduran generals.", "approved sanctions")
    assert (approved.type, approved.cameo) == ("SANCTION", "163")
    ordered = _triggered_by(extractor, "The president ordered airstrikes on rebel positions.", "ordered airstrikes")
    assert (ordered.type, ordered.target.text) == ("ASSAULT", "rebel positions")
    # an order to someone stays a request of them
    assert _triggered_by(extractor, "The general ordered the troops to withdraw.", "ordered").type == "REQUEST"


def test_a_death_is_a_killing_only_where_the_sentence_tells_of_force(extractor):
    assert _triggered_by(extractor, "The judge's death left the court evenly divided.", "death") is None
    killed = _triggered_by(extractor, "The death of a senior commander during the clashes in Lutz shocked the capital.", "death")
    assert killed is not None and killed.type == "ASSAULT"


def test_cancelling_and_scrapping_read_the_patterns_of_halting(extractor):
    scrapped = _triggered_by(extractor, "The junta scrapped military cooperation agreements with Sylvania.", "scrapped")
    assert (scrapped.type, scrapped.cameo, scrapped.target.text) == ("SANCTION", "160", "Sylvania")
    cancelled = _triggered_by(extractor, "The government cancelled the talks with the rebels.", "cancelled")
    assert (cancelled.type, cancelled.cameo) == ("SANCTION", "160")
    # the family's own sense stays: a ban revoked is eased
    assert _triggered_by(extractor, "The court revoked the ban on rallies.", "revoked").type == "CONCEDE"


def test_what_is_fired_is_not_whom_it_is_fired_at(extractor):
    fired = _triggered_by(extractor, "Rebel forces fired a missile at a cargo ship off Lutz.", "fired")
    assert (fired.type, fired.target.text) == ("ASSAULT", "a cargo ship")
    shelled = _triggered_by(extractor, "Border troops fired artillery at a fishing village.", "fired")
    assert (shelled.type, shelled.target.text) == ("ASSAULT", "a fishing village")


def test_a_contest_with_no_one_named_beating_a_person_is_no_assault(extractor):
    # the winner may go unnamed ("the way to defeat X", "Let's beat her"): a person beaten with no
    # force in the sentence is still a contest won
    for sentence in ("Her allies said the only way forward was to defeat Senator Mark Doyle in November.",
                     "\u201cLet\u2019s beat her in the fall,\u201d the governor told the crowd."):
        assert [e for e in _events(extractor, sentence) if e.type == "ASSAULT"] == [], sentence
    # a force beaten stays an act of force
    assert _triggered_by(extractor, "Government troops defeated the rebel brigade near Lutz.", "defeated").type == "ASSAULT"


def test_breaking_is_an_event_only_through_the_dictionary_s_patterns(extractor):
    for sentence in ("The senator broke her silence on the pipeline on Tuesday.", "The paper broke the story in March.",
                     "The candidate promised to break up the largest banks.", "The old system is broken, the mayor said."):
        assert [e for e in _events(extractor, sentence) if e.type in ("ASSAULT", "THREATEN")] == [], sentence
    # "BREAK * UP DEMONSTRATIONS" 175, for one protest or rally as well
    broken_up = _triggered_by(extractor, "Riot police broke up a rally outside the parliament in Yerevan.", "broke")
    assert (broken_up.type, broken_up.cameo) == ("ASSAULT", "175")


def test_the_victims_of_an_act_of_force_come_before_the_scene(extractor):
    killed = _triggered_by(extractor, "Gunmen killed 14 villagers at a market in Borno state.", "killed")
    assert killed.target.text == "14 villagers"
    seized = _triggered_by(extractor, "Rebels abducted 30 students from a college near Lutz.", "abducted")
    assert seized.target.text == "30 students"
    # a site a place name locates is where an act happens, not its other party
    clash = _triggered_by(extractor, "Students clashed with riot police at a square in Almaty.", "clashed")
    assert clash.target.text == "riot police"
    # with no one it befell, the place stays the target
    shelled = _triggered_by(extractor, "Artillery units shelled a hospital in Lutz overnight.", "shelled")
    assert shelled.target.text == "a hospital in Lutz"


def test_an_act_named_by_a_passive_s_subject_is_its_agent_s(extractor):
    bombing = _main(extractor, "The bombing of the convoy was carried out by the Lutz militia, officials said.")
    assert (bombing.type, bombing.actor.text, bombing.target.text) == ("ASSAULT", "the Lutz militia", "the convoy")


def test_a_charge_stated_in_a_clause_is_aimed_at_its_subject(extractor):
    charge = _main(extractor, "The ruling party charged that opposition leader Tom Banda had incited the riots.")
    assert (charge.type, charge.target.text) == ("ACCUSE", "opposition leader Tom Banda")
    # a clause about a thing charges no one
    assert [e for e in _events(extractor, "Observers alleged that the count was rigged.") if e.type == "ACCUSE"] == []


def test_the_opposition_acts_and_opposition_to_something_does_not(extractor, extract_text):
    rejected = next(e for e in extract_text("Belarus's opposition rejected the results of the election.").events if e.type == "REJECT")
    assert (rejected.actor.text, rejected.actor.code) == ("Belarus's opposition", "BLROPP")
    united = _triggered_by(extractor, "Opposition to the new tax has united farmers and truckers.", "united")
    assert united is None or united.actor is None


def test_an_appeal_to_someone_for_something_is_a_request(extractor):
    # the parse hangs "for aid" on the donors: the appeal still asks for it, of them
    appeal = _main(extractor, "Lutz appealed to international donors for emergency food aid.")
    assert (appeal.type, appeal.actor.text) == ("REQUEST", "Lutz")
    assert appeal.target.text.startswith("international donors")
    # a tour is still no request
    assert _events(extractor, "The senator will campaign in Lutz on Friday.") == []


def test_a_state_that_says_it_will_allow_something_agrees_to_yield(extractor):
    # "it" stands for the state reporting: a yielding by a body, not "it allows us to" of a situation
    allowed = _main(extractor, "Sylvania said it would allow the inspectors to return to the reactor site.")
    assert (allowed.type, allowed.actor.text) == ("AGREE", "Sylvania")
    assert [e for e in _events(extractor, "The mayor said it allows us to question the budget.") if e.type in ("AGREE", "CONCEDE")] == []


def test_a_request_that_someone_act_in_the_subjunctive_is_a_request(extractor):
    # "that the United States extradite": the bare verb after a singular subject is what is asked
    asked = _main(extractor, "Borduria formally requested that Sylvania extradite the former minister.")
    assert (asked.type, asked.target.text) == ("REQUEST", "Sylvania")
    # a clause stating how things are asks nothing
    assert [e for e in _events(extractor, "The senator suggested that the mayor is corrupt.") if e.type == "REQUEST"] == []


def test_force_that_protesters_use_is_a_riot(extractor):
    stormed = _triggered_by(extractor, "Protesters in Lutz stormed the regional assembly on Friday.", "stormed")
    assert (stormed.type, stormed.cameo, stormed.mode) == ("PROTEST", "145", "riot")
    # force used on protesters stays force
    assert _triggered_by(extractor, "Police in Lutz clashed with protesters on Friday.", "clashed").type == "ASSAULT"


def test_those_who_rally_to_protest_demonstrate(extractor):
    rallied = _triggered_by(extractor, "Dairy farmers rallied in Lutz to protest against the new quotas.", "rallied")
    assert (rallied.type, rallied.cameo) == ("PROTEST", "141")
    # rallying others behind someone stays the dictionary's reading
    assert _triggered_by(extractor, "The president rallied regional leaders behind the plan.", "rallied").type != "PROTEST"


def test_aid_from_a_state_or_its_capital_is_the_states(extract_text):
    record = extract_text("Humanitarian aid from Qatar reached earthquake survivors on Friday.")
    aid = next(e for e in record.events if e.type == "AID")
    assert aid.actor.text == "Qatar"  # not "Humanitarian", an adjective the tagger may call a person
    record = extract_text("Military aid from Tehran reached the rebels in April.")
    assert next(e for e in record.events if e.type == "AID").actor.text == "Tehran"
    record = extract_text("Aid from Aleppo reached the camps in April.")
    assert all(e.actor is None for e in record.events if e.type == "AID")  # a town is where it came from


def test_a_group_of_no_one_is_an_organisation_and_who_leads_an_act_does_it(extract_text):
    record = extract_text("The Bordurian guerrilla group agreed to free three hostages.")
    agreed = next(e for e in record.events if e.type == "AGREE")
    assert agreed.actor.text == "The Bordurian guerrilla group"
    # a group of some people is those people
    record = extract_text("A group of students attacked the police station.")
    assert next(e for e in record.events if e.type == "ASSAULT").actor.text == "A group of students"
    record = extract_text("Buddhist monks led a march against the military government on Monday.")
    march = next(e for e in record.events if e.type == "PROTEST")
    assert (march.actor.text, march.target.text) == ("Buddhist monks", "the military government")


def test_forces_moved_face_the_side_of_the_border_they_are_massed_on(extractor):
    massed = _triggered_by(extractor, "Borduria massed tanks on its border with Sylvania on Friday.", "massed")
    assert (massed.type, massed.actor.text, massed.target.text) == ("MOBILIZE", "Borduria", "Sylvania")
    moved = _triggered_by(extractor, "Sylvania mobilised thousands of reservists near its frontier with Borduria.", "mobilised")
    assert moved.target.text == "Borduria"
    # the forces are the mover's own: forces put on alert face no one named
    alert = _triggered_by(extractor, "The Bordurian defence ministry put 9,000 troops on alert.", "put")
    assert alert.type == "MOBILIZE" and alert.target is None


def test_what_is_handed_over_goes_to_whom_to_names(extractor):
    handed = _triggered_by(extractor, "Sylvania handed over 12 helicopters to Borduria's army on Monday.", "handed over")
    assert (handed.type, handed.target.text) == ("AID", "Borduria's army")
    # one who attends a wedding "to" someone attends the wedding: nothing handed over
    attended = _triggered_by(extractor, "The senator attended Mr. Vance's 2004 wedding to his second wife.", "attended")
    assert attended.target.text == "Mr. Vance's 2004 wedding"


def test_forces_pull_out_of_a_named_place(extractor):
    pulled = _triggered_by(extractor, "Bordurian troops pulled out of the Sylvanian capital Lutz in March.", "pulled out")
    assert (pulled.type, pulled.target.text) == ("RETREAT", "the Sylvanian capital Lutz")
    # getting out of a car leaves no one, though a man with a name stands beside it
    out = [e for e in _events(extractor, "The mayor was getting out of a black SUV with deputy mayor Ann Cole.") if e.trigger.text.startswith("getting")]
    assert all(e.target is None for e in out)


def test_a_threat_hung_on_its_clause_is_aimed_at_whom_the_clause_names(extractor):
    threat = _triggered_by(extractor, "The Bordurian president threatened on Monday to use military force against Sylvania.", "threatened")
    assert (threat.type, threat.target.text) == ("THREATEN", "Sylvania")


def test_whom_a_protest_is_against_from_its_grievance_its_aim_and_its_venue(extractor):
    over = _triggered_by(extractor, "Teachers marched in Lutz over the government's pension reforms.", "marched")
    assert (over.type, over.target.text) == ("PROTEST", "the government")
    embassy = _triggered_by(extractor, "Hundreds of students demonstrated outside the Bordurian embassy in Lutz on Friday.", "demonstrated")
    assert embassy.target.text == "the Bordurian embassy in Lutz"
    # one pressed to act is whom a strike is against; where its makers hope to go is no one
    strike = next(e for e in _events(extractor, "Dock workers in Lutz went on strike to force the port authority to raise wages.") if e.type == "PROTEST")
    assert strike.target.text == "the port authority"
    sit_in = _triggered_by(extractor, "Dozens of refugees staged a sit-in outside the UN refugee agency's office in Lutz, seeking resettlement in Canada.", "staged")
    assert sit_in.target.text == "the UN refugee agency"
    # a square is no one's
    square = _triggered_by(extractor, "Protesters rallied at a square in Lutz on Sunday.", "rallied")
    assert square.target is None


def test_what_one_is_urged_to_stop_is_not_what_is_urged(extractor):
    urged = _triggered_by(extractor, "The Bordurian foreign minister urged Sylvania's army to stop attacks on villages.", "urged")
    assert (urged.type, urged.target.text) == ("REQUEST", "Sylvania's army")  # not a threat of attack (138)


def test_doctors_sent_are_aid_and_police_deployed_are_mobilized(extractor):
    sent = _triggered_by(extractor, "Borduria sent 150 doctors to Sylvania on Monday to fight a measles outbreak.", "sent")
    assert (sent.type, sent.cameo, sent.target.text) == ("AID", "073", "Sylvania")
    deployed = _triggered_by(extractor, "The Bordurian interior ministry deployed 800 extra police officers to Lutz before the vote.", "deployed")
    assert deployed.type == "MOBILIZE"


def test_a_noun_its_name_follows_acts_and_so_do_ships(extractor):
    threat = _triggered_by(extractor, "The West African bloc ECOWAS threatened on Sunday to impose sanctions on Sylvania.", "threatened")
    assert threat.actor.text == "The West African bloc ECOWAS"
    drill = next(e for e in _events(extractor, "Japanese coast guard ships held a joint drill with the Philippine coast guard on Thursday.") if e.type == "COOPERATE")
    assert drill.actor.text == "Japanese coast guard ships"


def test_a_country_the_act_is_aimed_through_is_not_the_actors(extract_text):
    # "imports from China" name the other party: the president is not China's
    record = extract_text("President Tom Vance threatened on Monday to impose a new tariff on imports from China.")
    threat = next(e for e in record.events if e.type == "THREATEN")
    assert threat.actor.country != "CHN"
    # where people are is their country ("protesters in northern Nigeria")
    record = extract_text("Police arrested dozens of protesters in northern Nigeria on Friday.")
    arrest = next(e for e in record.events if e.type == "COERCE")
    assert arrest.actor.country == "NGA"


def test_unnamed_armed_men_and_crowds_are_of_the_country_they_act_in(extract_text):
    record = extract_text("Hundreds of youths rioted in Nairobi on Monday after the election results were announced.")
    assert next(e for e in record.events if e.type == "PROTEST").actor.country == "KEN"
    # a region with no country of its own: the sentence's country is the group's
    record = extract_text("Militiamen on horseback raided three villages in Sudan's Darfur region on Tuesday.")
    assert next(e for e in record.events if e.type == "ASSAULT").actor.country == "SDN"
    # a body the dictionaries code keeps its code
    record = extract_text("NATO-led peacekeepers in Bosnia arrested a wartime police commander on Friday.")
    assert next(e for e in record.events if e.type == "COERCE").actor.code.startswith("IGO")


def test_a_lenders_money_halted_and_a_member_suspended_are_sanctions(extractor):
    halted = _triggered_by(extractor, "The Eastern Fund paused new lending to Sylvania on Friday over its press law.", "paused")
    assert (halted.type, halted.cameo, halted.target.text) == ("SANCTION", "1621", "Sylvania")
    cut = _triggered_by(extractor, "The Union suspended budget support to Borduria after the coup.", "suspended")
    assert (cut.type, cut.cameo) == ("SANCTION", "1621")
    suspended = _triggered_by(extractor, "The regional bloc suspended Borduria from all its activities on Monday.", "suspended")
    assert (suspended.type, suspended.cameo, suspended.target.text) == ("SANCTION", "160", "Borduria")
    assert _triggered_by(extractor, "The bloc suspended Sylvania's membership after the vote.", "suspended").cameo == "160"


def test_land_ships_and_people_given_back_are_returned(extractor):
    land = _triggered_by(extractor, "Sylvania handed back three border villages to Borduria on Friday under a demarcation deal.", "handed back")
    assert (land.type, land.cameo) == ("RETREAT", "0842")
    ships = _triggered_by(extractor, "Borduria returned two fishing vessels it had seized in March.", "returned")
    assert (ships.type, ships.cameo) == ("RETREAT", "0842")
    remains = _triggered_by(extractor, "The remains of 40 Bordurian soldiers were returned by Sylvania on Monday.", "returned")
    assert (remains.type, remains.cameo) == ("RETREAT", "0841")


def test_combat_readiness_raised_or_put_on_is_mobilization(extractor):
    raised = _triggered_by(extractor, "Borduria raised the combat readiness of its border units on Sunday.", "raised")
    assert (raised.type, raised.cameo, raised.actor.text) == ("MOBILIZE", "152", "Borduria")
    put = _triggered_by(extractor, "The Sylvanian army was put on full combat readiness after the shelling.", "put")
    assert (put.type, put.cameo) == ("MOBILIZE", "152")
    assert not [e for e in _events(extractor, "The company raised its prices on Sunday.") if e.type == "MOBILIZE"]


def test_an_object_the_parser_made_the_subject_of_a_purpose_clause_is_the_target():
    from newsgraph.extract.events import _object

    # "... willing to meet commander Omar Idris to end the war", as the parser read it: Idris the
    # subject of "end"
    doc = parsed_sentence(
        "he was willing to meet commander Omar Idris to end the war",
        heads=[1, 1, 1, 4, 2, 7, 7, 9, 9, 4, 11, 9],
        deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "compound", "compound", "nsubj", "aux", "advcl", "det", "dobj"],
        tags=["PRP", "VBD", "JJ", "TO", "VB", "NN", "NNP", "NNP", "TO", "VB", "DT", "NN"],
        pos=["PRON", "AUX", "ADJ", "PART", "VERB", "NOUN", "PROPN", "PROPN", "PART", "VERB", "DET", "NOUN"],
        ents=["O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"],
    )
    assert _object(doc[4]).text == "Idris"


def test_money_deposited_in_a_central_bank_is_economic_aid(extractor):
    deposit = _triggered_by(extractor, "Borduria deposited $2 billion in Sylvania's central bank to prop up the currency.", "deposited")
    assert (deposit.type, deposit.cameo, deposit.target.text) == ("AID", "071", "Sylvania's central bank")
    assert not [e for e in _events(extractor, "She deposited the check at a local bank on Friday.") if e.type == "AID"]


def test_supplies_dropped_from_the_air_or_trucked_are_aid(extractor):
    dropped = _triggered_by(extractor, "Bordurian air force planes airdropped food and medicine over northern Sylvania on Friday.", "airdropped")
    assert (dropped.type, dropped.cameo) == ("AID", "073")
    trucked = _triggered_by(extractor, "Medical supplies were trucked into the besieged town of Lutz on Monday.", "trucked")
    assert trucked.type == "AID"
    ferried = _triggered_by(extractor, "Bordurian army helicopters ferried food and water to cut-off villages in Sylvania.", "ferried")
    assert (ferried.type, ferried.cameo) == ("AID", "073")


def test_aid_received_is_given_by_whom_it_came_from(extractor):
    received = _triggered_by(extractor, "Sylvania received 40 tonnes of food and medicine from Borduria after the floods.", "received")
    assert (received.type, received.actor.text, received.target.text) == ("AID", "Borduria", "Sylvania")


def test_patrols_held_together_are_military_cooperation(extractor):
    patrols = _triggered_by(extractor, "Sylvania's navy launched coordinated patrols with Borduria in the Lutz Strait on Monday.", "launched")
    assert (patrols.type, patrols.cameo, patrols.target.text) == ("COOPERATE", "062", "Borduria")


def test_a_date_after_a_verb_of_force_is_no_figurative_particle(extractor):
    seized = _triggered_by(extractor, "Sylvania's coast guard seized a Bordurian-flagged oil tanker in the Lutz Strait on Friday.", "seized")
    assert (seized.type, seized.cameo) == ("COERCE", "171")
    assert not _events(extractor, "Republicans seized on the report.")


def test_an_outlet_closed_or_a_party_dissolved_is_coercion(extractor):
    closed = _triggered_by(extractor, "Sylvania's judiciary shut down the reformist daily Morgenpost on Monday.", "shut down")
    assert (closed.type, closed.cameo) == ("COERCE", "1721")
    dissolved = _triggered_by(extractor, "Borduria's Constitutional Court dissolved the Forward Party on Friday.", "dissolved")
    assert (dissolved.type, dissolved.cameo) == ("COERCE", "1722")
    assert not _events(extractor, "The king dissolved parliament on Sunday.")


def test_police_working_with_foreign_agents_cooperate_but_anyone_may_work_with_anyone(extractor):
    worked = _triggered_by(extractor, "Sylvanian police worked with Bordurian customs agents to dismantle a smuggling ring.", "worked with")
    assert (worked.type, worked.cameo) == ("COOPERATE", "063")
    assert not _events(extractor, "The senator worked with Democrats on the measure.")


def test_envoys_ordered_to_leave_are_expelled(extractor):
    ordered = _triggered_by(extractor, "Sylvania ordered Borduria's ambassador to leave the country within 72 hours.", "ordered")
    assert (ordered.type, ordered.cameo, ordered.target.text) == ("SANCTION", "161", "Borduria's ambassador")
    assert _triggered_by(extractor, "The court ordered the company to pay damages.", "ordered").type == "REQUEST"


def test_a_president_minister_or_counterpart_received_is_a_visit_hosted(extractor):
    hosted = _triggered_by(extractor, "Sylvanian President Ana Lutz received Bordurian Prime Minister Karl Umber in Lutz on Monday.", "received")
    assert (hosted.type, hosted.cameo) == ("CONSULT", "043")
    assert hosted.target.text == "Bordurian Prime Minister Karl Umber"


def test_embassy_staff_ordered_to_leave_are_expelled(extractor):
    expelled = _triggered_by(extractor, "Sylvania's government ordered twenty staff of the Bordurian embassy to leave on Monday.", "ordered")
    assert (expelled.type, expelled.cameo, expelled.target.text) == ("SANCTION", "161", "twenty staff of the Bordurian embassy")


def test_an_act_or_record_defended_is_defended_in_words(extractor):
    defended = _triggered_by(extractor, "Sylvania's foreign ministry defended Borduria's military operation on Tuesday.", "defended")
    assert (defended.type, defended.cameo) == ("SUPPORT", "052")
    guarded = _triggered_by(extractor, "Bordurian troops defended the bridge against a rebel attack on Tuesday.", "defended")
    assert guarded.type != "SUPPORT"


def test_what_a_government_gives_back_after_cutting_it_is_a_concession(extractor):
    access = _triggered_by(extractor, "Sylvania's telecoms regulator restored access to Facebook on Thursday, ending a ten-day block.", "restored")
    assert (access.type, access.cameo) == ("CONCEDE", "0811")
    parliament = _triggered_by(extractor, "King Otto of Sylvania reinstated the dissolved parliament on Monday.", "reinstated")
    assert (parliament.type, parliament.cameo) == ("CONCEDE", "083")
    assert not _events(extractor, "Crews restored power to 20,000 homes in Lutz.")


def test_a_defence_given_with_reasons_said_is_made_in_words(extractor):
    defended = _triggered_by(
        extractor, "Sylvania's president defended the electoral commission on Thursday, saying its chairman had run the vote fairly.", "defended"
    )
    assert defended.type == "SUPPORT"
    guarded = _triggered_by(extractor, "Bordurian troops defended the bridge against a rebel attack on Tuesday.", "defended")
    assert guarded.type != "SUPPORT"


def test_one_found_liable_is_whom_the_court_found_so(extractor):
    found = _triggered_by(extractor, "Lutz's High Court found mining company Umber liable on Friday for the collapse of a dam.", "found")
    assert (found.type, found.cameo) == ("ACCUSE", "116") and found.target.text.startswith("mining company")


def test_prosecutors_working_closely_with_foreign_officials_cooperate(extractor):
    working = _triggered_by(extractor, "Sylvanian prosecutors are working closely with Bordurian justice officials on the case.", "working closely with")
    assert (working.type, working.cameo) == ("COOPERATE", "063")


def test_goods_delivered_handed_out_given_back_or_shared(extractor):
    delivered = _triggered_by(extractor, "Borduria delivered a second air defence system to Sylvania on Tuesday.", "delivered")
    assert (delivered.type, delivered.cameo, delivered.target.text) == ("AID", "072", "Sylvania")
    handed = _triggered_by(extractor, "Sylvanian authorities handed out food and water to thousands of stranded migrants.", "handed out")
    assert (handed.type, handed.cameo) == ("AID", "073")
    returned = _triggered_by(extractor, "Borduria returned frozen funds to Sylvania on Thursday.", "returned")
    assert (returned.type, returned.cameo, returned.target.text) == ("RETREAT", "0842", "Sylvania")
    shared = _triggered_by(extractor, "Sylvania shared genome sequencing data with the World Health Organization on Thursday.", "shared")
    assert (shared.type, shared.cameo) == ("COOPERATE", "064")


def test_bodies_named_beside_their_description_act(extractor):
    strike = _triggered_by(extractor, "Sylvania's largest union confederation, the CGT, staged a general strike on Thursday.", "staged")
    assert strike.actor.text.startswith("Sylvania's largest union confederation")


def test_rulers_who_threatened_to_act_are_its_subject(extractor):
    # the small model makes "rulers" the root and "threatened" a participle describing them
    threatened = _triggered_by(extractor, "Sylvania's military rulers threatened on Thursday to expel French miner Umber from the country.", "threatened")
    assert (threatened.type, threatened.actor.text) == ("THREATEN", "Sylvania's military rulers")


def test_a_body_that_offered_or_voted_to_act_is_its_subject(extractor):
    # the same parse with "offered"/"voted" and a date between the verb and its infinitive
    mediate = _triggered_by(extractor, "The Community of Santa Lucia offered on Monday to mediate between Borduria's government and the rebels.", "mediate")
    assert mediate.actor.text == "The Community of Santa Lucia"
    impose = _triggered_by(extractor, "The Senate voted on Tuesday to impose sanctions on Borduria.", "impose")
    assert (impose.type, impose.actor.text) == ("SANCTION", "The Senate")


def test_calling_for_someone_to_act_is_an_appeal_to_them(extractor):
    called = _triggered_by(extractor, "Borduria's opposition leader called on Tuesday for President Ruben Olsa to step down.", "called")
    assert (called.type, called.target.text) == ("REQUEST", "President Ruben Olsa")
    assert _triggered_by(extractor, "The minister called the plan a disaster.", "called") is None


def test_the_subject_after_a_fronted_participial_clause_acts(extractor):
    # the parse hangs "the city's two mayors" on "slums" as an apposition and gives "asked" no subject
    asked = _triggered_by(extractor, "Citing a surge of dengue cases in the slums of Lumbo, the city's two mayors asked the health ministry on Wednesday for emergency funds.", "asked")
    assert (asked.type, asked.actor.text) == ("REQUEST", "the city's two mayors")
    raided = _triggered_by(extractor, "Armed with machetes and clubs, youths from the Hema community raided the village of Maze on Friday.", "raided")
    assert (raided.type, raided.actor.text) == ("ASSAULT", "youths from the Hema community")


def test_they_in_what_people_said_stands_for_them(extractor):
    pleaded = _triggered_by(extractor, "Relatives of the kidnapped schoolgirls said on Monday they had pleaded with Borduria's government to secure their release.", "pleaded")
    assert (pleaded.type, pleaded.actor.text) == ("REQUEST", "Relatives of the kidnapped schoolgirls")
    # what documents say is not theirs to do
    attacked = _triggered_by(extractor, "Reports said they had attacked the village.", "attacked")
    assert attacked.actor.text == "they"


def test_inspectors_peacekeepers_or_aid_agencies_ordered_out_are_expelled(extractor):
    inspectors = _triggered_by(extractor, "Borduria ordered U.N. nuclear inspectors to leave the country on Tuesday.", "ordered")
    assert (inspectors.type, inspectors.cameo) == ("SANCTION", "1662")
    agencies = _triggered_by(extractor, "Borduria's government ordered twelve foreign aid agencies to leave the province.", "ordered")
    assert (agencies.type, agencies.cameo) == ("SANCTION", "1663")
    expelled = _triggered_by(extractor, "Borduria expelled 13 aid agencies from the province in March.", "expelled")
    assert (expelled.type, expelled.cameo) == ("SANCTION", "1663")
    assert _triggered_by(extractor, "The mayor ordered residents to leave the flooded district.", "ordered").type == "REQUEST"
    # "ordered ... out of" the country expels as "to leave" does; troops ordered out withdraw
    out = _triggered_by(extractor, "Borduria ordered 13 foreign aid agencies out of the province on Wednesday.", "ordered")
    assert (out.type, out.cameo) == ("SANCTION", "1663")
    envoy = _triggered_by(extractor, "The president ordered Sylvania's ambassador out of the country.", "ordered")
    assert envoy.type == "SANCTION"
    assert _triggered_by(extractor, "The president ordered the troops out of the province.", "ordered").type == "RETREAT"
    carrier = _triggered_by(extractor, "The Pentagon ordered a second aircraft carrier to the Gulf on Thursday.", "ordered")
    assert carrier.type == "MOBILIZE"


def test_martial_law_declared_or_lifted(extractor):
    lifted = _triggered_by(extractor, "Sylvania's junta lifted martial law on Wednesday.", "lifted")
    assert (lifted.type, lifted.cameo) == ("CONCEDE", "0814")
    declared = _triggered_by(extractor, "The president declared martial law in the southern province.", "declared")
    assert (declared.type, declared.cameo) == ("COERCE", "1724")


def test_a_ship_sunk_is_struck(extractor):
    sank = _triggered_by(extractor, "A Bordurian coast guard vessel rammed and sank a Sylvanian fishing boat near the islands.", "sank")
    assert (sank.type, sank.actor.text) == ("ASSAULT", "A Bordurian coast guard vessel")
    assert not _events(extractor, "Stocks sank on Monday.")


def test_refugee_status_granted_and_cooperation_with_a_tribunal(extractor):
    granted = _triggered_by(extractor, "Sylvania granted refugee status to about 20,000 Bordurians who fled the fighting.", "granted")
    assert (granted.type, granted.cameo) == ("AID", "075")
    cooperating = _triggered_by(extractor, "Borduria's government said it was cooperating fully with the war crimes tribunal in Lutz.", "cooperating")
    assert (cooperating.type, cooperating.cameo) == ("COOPERATE", "063")


def test_an_ultimatum_dismissed_is_rejected(extractor):
    dismissed = _triggered_by(extractor, "Borduria's president dismissed an ultimatum from four neighbours to call elections.", "dismissed")
    assert dismissed.type == "REJECT"


def test_a_document_acts_for_whoever_issued_it(extractor):
    blamed = _triggered_by(extractor, "A report by the Lutz Institute blamed Borduria's air force for the attacks.", "blamed")
    assert (blamed.type, blamed.actor.text) == ("ACCUSE", "the Lutz Institute")
    condemned = _triggered_by(extractor, "The council's statement condemned the attack on the embassy.", "condemned")
    assert condemned.actor.text == "The council"
    # what someone's words show is no act of theirs
    assert not [e for e in _events(extractor, "Her message starkly contrasts with past words of her father.") if e.actor is not None]


def test_a_thing_handed_in_a_passive_goes_to_whom_its_phrase_names(extractor):
    dropped = _triggered_by(extractor, "Emergency food rations were airdropped over Lutz by the World Food Programme on Wednesday.", "airdropped")
    assert (dropped.type, dropped.target.text) == ("AID", "Lutz")
    shared = _triggered_by(extractor, "Radar data on pirate skiffs is being shared with Borduria's navy by the Sylvanian coast guard.", "shared")
    assert shared.target.text == "Borduria's navy"


def test_strikes_by_workers_are_walkouts_not_air_strikes(extractor):
    walkout = _triggered_by(extractor, "Despite weeks of strikes by rail workers, the Sylvanian government pressed ahead with its plan.", "strikes")
    assert (walkout.type, walkout.cameo) == ("PROTEST", "143")
    raid = _triggered_by(extractor, "Bordurian strikes killed 20 people in Lutz.", "strikes")
    assert raid.type == "ASSAULT"
