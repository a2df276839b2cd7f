"""Classes of attribution that news in general writes (issue: attribution that holds on unseen news).

Each sentence is written for the test, in a shape that recurs in news copy; none is taken from an
evaluation set.
"""

from __future__ import annotations

import pytest
from conftest import entity_named, parsed_sentence, quote_by


def test_a_poll_or_report_is_a_source(extract_text):
    r = extract_text(
        "Mayor trails\n\n"
        "A new survey by the Riverton Institute shows the mayor trailing her challenger by nine points.\n"
    )
    q = quote_by(r, "the mayor trailing her challenger")
    assert "survey" in q.speaker.text
    assert q.speaker.type == "DOCUMENT"
    assert q.cue == "shows"
    # a document holds no beliefs: what it found or showed is a reported statement
    r = extract_text(
        "Prices\n\n"
        "Data released by the statistics office on Friday showed that bread prices rose 9 percent in a year.\n\n"
        "A study by two Harlow economists found that the levy had cut sugar sales by a fifth.\n"
    )
    assert quote_by(r, "bread prices rose 9 percent").kind == "indirect"
    assert quote_by(r, "the levy had cut sugar sales").kind == "indirect"


def test_beliefs_and_intentions_are_their_own_kind(extract_text):
    r = extract_text(
        "Bridge plan\n\n"
        "Senator Alma Reyes wants the county to rebuild the old bridge before the winter storms arrive.\n"
    )
    q = quote_by(r, "the county to rebuild the old bridge")
    assert q.kind == "belief"
    assert q.speaker.name == "Alma Reyes"


def test_relative_pronoun_speaker_is_the_noun_it_modifies(extract_text):
    r = extract_text(
        "Tax vote\n\n"
        "Councillor Dana Whitfield, who has long criticized the sales tax, said the vote had been rushed.\n"
    )
    for q in r.quotes:  # never credited to the pronoun itself
        assert q.speaker is None or q.speaker.name.lower() not in ("who", "which", "that")
    assert quote_by(r, "the vote had been rushed").speaker.name == "Dana Whitfield"
    criticized = quote_by(r, "criticized the sales tax")
    # the evidence is the pronoun as written; the name is what it stands for
    assert (criticized.speaker.text, criticized.speaker.name) == ("who", "Dana Whitfield")


def test_who_after_a_description_in_apposition_is_the_person_named(extract_text):
    # the parse hangs "who" on the school the description names, and may tag "senior" an adjective
    r = extract_text(
        "School board\n\n"
        "Parents spoke first. Kyle Ostrander, a senior at Hadley High, who said he had been suspended twice, told the board the policy was unfair.\n"
    )
    suspended = quote_by(r, "he had been suspended twice")
    assert (suspended.speaker.text, suspended.speaker.name) == ("who", "Kyle Ostrander")


def test_a_dateline_is_never_the_speaker(extract_text):
    r = extract_text(
        "Veto threat\n\n"
        "MILLBROOK (AP) — Governor Tom Bale said Monday that he would veto the water bill.\n\n"
        "Harbourton (AFP) – Port workers said the strike would continue until the contract was signed.\n"
    )
    veto = quote_by(r, "he would veto the water bill")
    assert veto.speaker.name == "Tom Bale"
    strike = quote_by(r, "the strike would continue")
    assert "workers" in strike.speaker.text
    for q in r.quotes:
        assert q.speaker is None or q.speaker.text not in ("MILLBROOK", "AP", "Harbourton", "AFP")


def test_a_description_resolves_to_the_person_the_article_described_so(extract_text):
    r = extract_text(
        "Farm bill\n\n"
        "Tom Bale, a Vermont Democrat, met growers in Barre on Monday.\n\n"
        "The Vermont Democrat said the farm bill would hurt small dairies.\n"
    )
    q = quote_by(r, "the farm bill would hurt small dairies")
    assert q.speaker.name == "Tom Bale"
    assert q.speaker.text == "The Vermont Democrat"
    # "the Democrat from Ohio" is "the Ohio Democrat", as a party tag states it
    r = extract_text(
        "Arms talks\n\n"
        'Sen. Paul Eckhart (D-Ohio) was unimpressed. "We have had three summits and nothing to show for them," the Democrat from Ohio said.\n'
    )
    q = quote_by(r, "We have had three summits")
    assert (q.speaker.name, q.speaker.text) == ("Paul Eckhart", "the Democrat from Ohio")



def test_a_description_never_resolves_to_what_another_person_or_the_sentence_is_called(extract_text):
    r = extract_text(
        "Family news\n\n"
        "Ana Bale, 35, the daughter of former Governor Tom Bale and Democratic Senate candidate Rosa Bale, "
        "said she was thrilled.\n\n"
        "The Senate candidate said she was excited too.\n\n"
        "\u201cShe is the best person to beat Carl Dix,\u201d the governor said.\n\n"
        "Her brother, Luis Bale, was free and would soon be coming home, the governor told her.\n"
    )
    # "Senate candidate" and "Governor" describe Rosa and Tom Bale, not Ana; "the governor" of the
    # last two paragraphs is not Carl Dix or Luis Bale, whose names the sentence itself writes (nor
    # Tom Bale, a former governor)
    assert quote_by(r, "she was excited too").speaker.name == "Rosa Bale"
    assert quote_by(r, "She is the best person").speaker.name == "the governor"
    assert quote_by(r, "was free and would soon be coming home").speaker.name == "the governor"
    kept = extract_text("Farm bill\n\nTom Bale, the mayor of Barre, met growers on Monday.\n\nThe mayor said the bill would hurt dairies.\n")
    assert quote_by(kept, "the bill would hurt dairies").speaker.name == "Tom Bale"


def test_a_title_written_before_one_name_describes_that_person(extract_text):
    r = extract_text("Race\n\nOn Monday, Ohio Gov. Tom Bale spoke in Concord.\n\nThe Ohio governor said the race was far from over.\n")
    q = quote_by(r, "the race was far from over")
    assert q.speaker.name == "Tom Bale"
    assert q.speaker.text == "The Ohio governor"
    # two senators: "the senator" is either, and stays as written
    r = extract_text("Race\n\nSen. Tom Bale and Sen. Ana Ruiz spoke on Monday.\n\nThe senator said the race was far from over.\n")
    assert quote_by(r, "the race was far from over").speaker.name == "The senator"
    # of several senators, the one named last, in a sentence of their own
    r = extract_text(
        "Race\n\nSen. Ana Ruiz said the vote showed common ground. Sen. Tom Bale of Kansas, who sits on "
        "the committee, said he expected a hard fight. The senator said the bill would change.\n"
    )
    assert quote_by(r, "the bill would change").speaker.name == "Tom Bale"


def test_an_agent_title_before_a_name_describes_that_person_in_either_sex(extract_text):
    r = extract_text(
        "Jail\n\nCommissioner Ana Ruiz spoke first. Sheriff Tom Bale, who attended the session, said he would hire "
        "two counselors. The sheriff said several inmates had overdosed.\n\n"
        "Rep. Rosa Dix visited the shelter on Friday. The congresswoman said the policy put families in danger.\n\n"
        "Military spokesman Carl Diaz spoke on Monday. The military said the strikes would go on.\n"
    )
    assert quote_by(r, "several inmates had overdosed").speaker.name == "Tom Bale"
    assert quote_by(r, "the policy put families in danger").speaker.name == "Rosa Dix"  # "Rep." is a congressman's
    # a title that only names the body a person speaks for describes the body, not the person
    assert quote_by(r, "the strikes would go on").speaker.name == "The military"


def test_a_description_of_a_body_names_the_one_the_article_described_so(extract_text):
    r = extract_text(
        "Mill\n\nNorthgate Steel, the company that owns the mill, cut 800 jobs on Monday. The company said demand was weak.\n\n"
        "The Federal Trade Commission sued to block the deal. The commission said the chains compete in 1,500 markets.\n\n"
        "The Supreme Court ruled last year. The appeals court said the law stood.\n"
    )
    assert quote_by(r, "demand was weak").speaker.name == "Northgate Steel"
    assert quote_by(r, "demand was weak").speaker.text == "The company"
    assert quote_by(r, "the chains compete").speaker.name == "Federal Trade Commission"
    assert quote_by(r, "the law stood").speaker.name == "The appeals court"  # not the Supreme Court
    # an acronym named last hides what it is: the party of "the GOP" is not the Tea Party named before it
    r = extract_text("GOP\n\nThe Tea Party rose in 2010. The GOP needed a period of reflection. The party said it would wait.\n")
    assert quote_by(r, "it would wait").speaker.name == "The party"


def test_a_company_is_described_by_any_word_for_a_business(extract_text):
    # "carmaker", "airline", "manufacturer" are business agents in PETRARCH2's agents dictionary
    r = extract_text(
        "Cars\n\n"
        "BERLIN (Reuters) - German carmaker Volkswagen cut its profit forecast on Wednesday.\n\n"
        "The Wolfsburg-based company said it now expected a margin of 5 percent this year.\n\n"
        "Scandinavian airline SAS cut flights. Its mechanics are represented by the United Steelworkers "
        "union. The company said the cuts were about 4 percent of its capacity.\n"
    )
    assert quote_by(r, "a margin of 5 percent").speaker.name == "Volkswagen"
    # the latest business described so, not a union whose name holds "steelworkers"
    assert quote_by(r, "the cuts were about").speaker.name == "SAS"


def test_a_finding_stated_in_a_clause_is_reported_not_believed(extract_text):
    r = extract_text(
        "Verdict\n\nThe jury found that the officer had used excessive force. A judge blocked the law, ruling that "
        "the city could not punish tenants. Voters found the debate boring.\n"
    )
    assert quote_by(r, "had used excessive force").kind == "indirect"
    assert quote_by(r, "the city could not punish tenants").kind == "indirect"
    assert quote_by(r, "the debate boring").kind == "belief"  # an opinion, in a small clause


def test_a_second_that_clause_coordinated_with_the_verb_is_reported_with_a_partial_quote(extract_text):
    r = extract_text(
        "Mill\n\nMayor Ana Ruiz said she had asked the governor's office \u201cto help us find a buyer, any buyer,\u201d "
        "and that she planned to meet state officials next week.\n"
    )
    q = quote_by(r, "she planned to meet state officials")
    assert q.kind == "indirect" and q.speaker.name == "Ana Ruiz"
    assert q.text.startswith("she had asked the governor")
    assert [q.text for q in r.quotes if q.kind == "direct"] == ["to help us find a buyer, any buyer,"]


def test_a_former_holder_is_not_the_holder_a_description_names(extract_text):
    text = "Farm bill\n\nTom Bale, the former mayor of Barre and a lawyer, met growers on Monday.\n\n{} said the bill would hurt dairies.\n"
    assert quote_by(extract_text(text.format("The mayor")), "the bill would hurt dairies").speaker.name == "The mayor"
    assert quote_by(extract_text(text.format("The former mayor")), "the bill would hurt dairies").speaker.name == "Tom Bale"
    titled = "Farm bill\n\nFormer Gov. Tom Bale met growers on Monday.\n\n{} said the bill would hurt dairies.\n"
    assert quote_by(extract_text(titled.format("The governor")), "the bill would hurt dairies").speaker.name == "The governor"


def test_a_deputy_is_not_the_holder_a_description_names(extract_text):
    # a "Vice Governor" or a "Lt. Gov." holds a second office: "the governor" is the governor
    r = extract_text(
        "Siblings\n\n"
        "Vice Governor Ramon Alcala, 52, is challenging his sister, Governor Teresa Alcala, 57.\n\n"
        "At a rally on Sunday, Ramon Alcala said his sister had lost touch with voters.\n\n"
        "The governor dismissed the criticism. Speaking to reporters, she said her brother had never "
        "raised concerns.\n"
    )
    assert quote_by(r, "her brother had never").speaker.name == "Teresa Alcala"
    r = extract_text(
        "Plant\n\nGov. Ann Lee and Lt. Gov. Tom Hart toured the plant. Hart said it would reopen.\n\n"
        "The governor said the state would help. The lieutenant governor said he agreed.\n"
    )
    assert quote_by(r, "the state would help").speaker.name == "Ann Lee"
    assert quote_by(r, "he agreed").speaker.name == "Tom Hart"

def test_any_verb_beside_a_quotation_introduces_it(extract_text):
    r = extract_text(
        "Race tightens\n\n"
        "Governor Tom Bale spoke to supporters in Barre on Friday.\n\n"
        "\u201cWe are not finished, and we will win this county,\u201d Bale continued.\n"
    )
    q = quote_by(r, "We are not finished")
    assert "Bale" in q.speaker.name
    assert q.cue == "continued"


def test_a_thing_that_does_something_beside_a_quotation_does_not_speak_it(extract_text):
    r = extract_text(
        "Rally ends\n\n"
        "Senator Ruth Okafor thanked the volunteers in Dover on Monday night.\n\n"
        "As she left the stage \u2014 \u201cWe will carry this state in November!\u201d \u2014 the confetti rained down on the hall.\n"
    )
    q = quote_by(r, "We will carry this state")
    assert q.cue != "rained"
    assert q.speaker is not None and q.speaker.name == "Ruth Okafor"


def test_whom_a_speaker_tells_is_not_what_they_said(extract_text):
    r = extract_text(
        "Budget talks\n\n"
        "\u201cWe will not raise the property tax this year,\u201d Mayor Lena Ortiz told reporters after the meeting.\n\n"
        "Ortiz spent the afternoon at a diner in Keene, telling customers, \u201cI need every one of you in March.\u201d\n"
    )
    assert [q.text for q in r.quotes if q.text in ("reporters", "customers")] == []
    assert quote_by(r, "We will not raise").speaker.name == "Lena Ortiz"
    assert quote_by(r, "I need every one of you").speaker.name == "Lena Ortiz"


def test_a_headline_names_its_source_before_a_colon(extract_text):
    r = extract_text("Tom Bale: Farm Bill Will Ruin Small Dairies Across the State\n\nThe bill passed the Senate on Monday.\n")
    q = quote_by(r, "Farm Bill Will Ruin Small Dairies")
    assert q.section == "headline"
    assert q.speaker.text == "Tom Bale"
    none = extract_text("The Latest: Senate passes the farm bill after a long debate\n\nThe bill passed on Monday.\n")
    assert not [q for q in none.quotes if q.section == "headline" and q.cue == ":"]


def test_an_unresolvable_pronoun_stays_as_written(extract_text):
    r = extract_text("Budget\n\nThey think the new budget is far too costly for the small towns.\n")
    q = quote_by(r, "the new budget is far too costly")
    assert q.speaker.text == "They"
    assert q.speaker.entity_id is None


def test_speaker_mentions_carry_their_offsets(extract_text):
    r = extract_text(
        "Port deal\n\n"
        "Port director James Carter said the port would reopen on Thursday.\n\n"
        "He added that the cranes had been repaired.\n"
    )
    first = quote_by(r, "the port would reopen")
    assert r.article.text[first.speaker.start : first.speaker.end] == "James Carter"
    assert first.speaker.section == "body"
    second = quote_by(r, "the cranes had been repaired")
    assert r.article.text[second.speaker.start : second.speaker.end] == "He"
    assert second.speaker.name == "James Carter"


def test_a_short_quotation_a_speech_verb_introduces_is_a_quote_not_a_term(extract_text):
    r = extract_text(
        "Praise\n\n"
        "Mayor Ruth Okafor said, \u201cVery good reporter.\u201d\n\n"
        "The so-called \u201cmoderate\u201d rebels left the town on Monday.\n"
    )
    q = quote_by(r, "Very good reporter")
    assert q.kind == "direct" and q.cue == "said"
    assert "moderate" in [t.text for t in r.terms]


def test_what_someone_called_a_thing_is_their_quotation(extract_text):
    r = extract_text(
        "Harbour plan\n\n"
        "Councillors called the plan a \u201cdisaster\u201d on Monday. "
        "Mayor Anna Berg went on to call the vote \u201cthe worst decision in years.\u201d "
        "Residents joined a group called \u201cFriends of the Quay\u201d on Tuesday. "
        "Councillor Tom Reyes defended the levy, calling the sale of the old pier to the harbour board "
        "for private use \u201ca fair bargain.\u201d\n"
    )
    # the naming verb is found however long the named thing ('the sale of ... for private use')
    bargain = quote_by(r, "a fair bargain")
    assert (bargain.kind, bargain.cue, bargain.speaker.name) == ("direct", "calling", "Tom Reyes")
    disaster = quote_by(r, "disaster")
    assert (disaster.kind, disaster.cue, disaster.speaker.text) == ("direct", "called", "Councillors")
    assert quote_by(r, "the worst decision in years").speaker.name == "Anna Berg"
    assert not [q for q in r.quotes if q.cue == "called" and q is not disaster]  # one attribution per naming
    assert "Friends of the Quay" in [t.text for t in r.terms]  # a name given by no one quoted


def test_words_quoted_as_the_reason_for_a_judgement_are_the_judges(extract_text):
    r = extract_text(
        "Harbour plan\n\n"
        "Mayor Anna Berg attacked the developer for \u201cthe greed, the noise, the broken promises\u201d of "
        "the project. Councillor Tom Reyes praised the harbour board for its \u201cpatient work.\u201d\n\n"
        "Berg also scolded Reyes for suggesting that residents should simply \u201cmove out.\u201d "
        "The board was thanked for its \u201cquiet diligence\u201d in the report.\n"
    )
    greed = quote_by(r, "the greed, the noise")
    assert (greed.kind, greed.cue, greed.speaker.name) == ("direct", "attacked", "Anna Berg")
    assert quote_by(r, "patient work").speaker.name == "Tom Reyes"
    # words the judged one said, and a passive judgement with no judge, stay terms
    assert {"move out.", "quiet diligence"} <= {t.text for t in r.terms}


def test_a_possessive_description_is_not_the_owner(extract_text):
    r = extract_text(
        "Family business\n\n"
        "Governor Tom Bale toured the plant on Monday. Tom Bale's son said the family would sell the farm.\n"
    )
    q = quote_by(r, "the family would sell the farm")
    assert q.speaker.text == "Tom Bale's son"
    assert q.speaker.entity_id is None


def test_evaluate_attribution_scores_a_polnear_style_split(tmp_path, extractor):
    import json

    from newsgraph.evaluate import score_attribution

    text = (
        "Budget passes\n\n"
        "Mayor Ruth Okafor said the budget was final. \u201cWe will not reopen it,\u201d she added.\n\n"
        "The council met on Monday.\n"
    )
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a_2020-01-01_budget.txt").write_text(text, encoding="utf-8")

    def span(fragment: str) -> list:
        start = text.index(fragment)
        return [start, start + len(fragment), fragment]

    gold = {"a_2020-01-01_budget": [
        {"source": span("Mayor Ruth Okafor"), "cue": span("said"), "content": [span("the budget was final")]},
        {"source": span("she"), "cue": span("added"), "content": [span("\u201cWe will not reopen it,\u201d")]},
        {"source": span("The council"), "cue": None, "content": [span("met on Monday")]},
    ]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    figures = score_attribution(tmp_path, extractor).figures()
    assert figures["quoted recall"] == 1.0 and figures["speaker right (quoted)"] == 1.0
    assert figures["paraphrase recall"] == 0.5  # "met on Monday" is no attribution newsgraph makes
    assert figures["named speaker"] == 1.0 and figures["direct precision"] == 1.0


def test_a_speaker_label_before_a_quotation_or_a_signature_after_it(extract_text):
    r = extract_text(
        "Debate night\n\n"
        "Rep. Dana Whitfield (R-Ohio): \u201cI have not heard anyone cite that figure before tonight.\u201d\n\n"
        "Governor Tom Bale - \u201cFarmers are worried about the future of their children.\u201d\n\n"
        "\u201cThe new dam will flood three valleys and nobody asked the people living there.\u201d\n\n"
        "- Whitfield.\n\n"
        "The debate ended at ten.\n"
    )
    labelled = quote_by(r, "I have not heard anyone")
    assert "Whitfield" in labelled.speaker.name and labelled.cue == "):"
    dashed = quote_by(r, "Farmers are worried")
    assert "Bale" in dashed.speaker.name and dashed.cue == "-"
    signed = quote_by(r, "The new dam will flood")  # signed on its own line after the quotation
    assert "Whitfield" in signed.speaker.name and signed.cue == "-"


def test_a_dash_against_the_name_still_signs_or_opens_a_bullet(extract_text):
    # "-Name" with no space: the dash is not part of the name, which the model may take for a
    # place ("Marks" is a town); a first name says it is a person's
    r = extract_text(
        "Overheard at the fair\n\n"
        "\u201cThe queue for the ferris wheel is longer than the one for the polls.\u201d\n\n"
        "-Michelle Marks, Springfield.\n\n"
        "-Oren Vasquez explains why the turnout models missed young voters. [Blog.]\n"
    )
    signed = quote_by(r, "The queue for the ferris wheel")
    assert signed.speaker.name == "Michelle Marks" and signed.cue == "-"
    bullet = quote_by(r, "the turnout models missed")
    assert bullet.speaker.name == "Oren Vasquez"


def test_readers_quotes_signed_after_a_horizontal_bar(extract_text):
    # HuffPost's em dash is the horizontal bar (U+2015): each quotation is its signer's, not the last one's
    r = extract_text(
        "Readers respond\n\n"
        "\u201cThe schools in our town have never been this crowded.\u201d \u2015 Lucia Marquez\n\n"
        "\u201cI will vote for the first time this year.\u201d \u2015 Tomas Herrera\n"
    )
    assert quote_by(r, "never been this crowded").speaker.name == "Lucia Marquez"
    assert quote_by(r, "vote for the first time").speaker.name == "Tomas Herrera"


def test_a_pronoun_goes_back_to_a_person_of_its_gender(extract_text):
    r = extract_text(
        "Budget talks\n\n"
        "Senator Margaret Hale said the budget would pass by Friday.\n\n"
        "Her deputy, Thomas Reed, said the vote could slip.\n\n"
        "She added that the schools would get more money.\n\n"
        "Mrs. Lowe, a teacher, said the rise was overdue. The union's spokesman said it was too small. "
        "She said parents agreed.\n"
    )
    assert quote_by(r, "the schools would get more money").speaker.name == "Margaret Hale"
    assert quote_by(r, "parents agreed").speaker.name == "Lowe"  # not "The union's spokesman"


def test_a_pronoun_goes_back_to_the_subject_of_its_clause_though_the_model_tagged_no_name(extract_text):
    # "Maya Lorne" is tagged nothing; a first name and a surname are a person all the same
    r = extract_text(
        "Awards\n\nDirector Ruth Ansel won the top prize for her film.\n\n"
        "Actress Maya Lorne was also honored as she said the award belonged to her mother.\n"
    )
    assert quote_by(r, "the award belonged to her mother").speaker.name == "Maya Lorne"


def test_the_speaker_of_a_verb_after_a_preposition_is_the_clause_subject(extract_text):
    r = extract_text(
        "Harbour plan\n\n"
        "Mayor Anna Berg has been the most outspoken in arguing that the harbour must stay public.\n\n"
        "Senator Paul Dunn could block the plan by claiming that the costs were hidden.\n"
    )
    assert quote_by(r, "the harbour must stay public").speaker.name == "Anna Berg"
    assert quote_by(r, "the costs were hidden").speaker.name == "Paul Dunn"


def test_a_statement_noun_with_its_holder_and_clause_is_an_attribution(extract_text):
    r = extract_text(
        "Port dispute\n\n"
        "Mayor Anna Berg met the union on Monday. "
        "Berg's assertion that the port was sold for \u201cpeanuts\u201d angered the buyers.\n\n"
        "The union welcomed her promise to keep every crane working.\n\n"
        "The claim that he made on Monday was false.\n"
    )
    assertion = quote_by(r, "the port")
    assert (assertion.kind, assertion.cue, assertion.speaker.name) == ("indirect", "assertion", "Anna Berg")
    promise = next(q for q in r.quotes if q.cue == "promise")
    assert promise.text == "to keep every crane working" and promise.speaker.name == "Anna Berg"  # "her" resolved
    assert not [q for q in r.quotes if q.cue == "claim"]  # no holder written, a relative clause


def test_an_unnamed_source_keeps_who_stands_behind_it(extract_text):
    r = extract_text(
        "Budget gap\n\n"
        "A survey released Monday by the Harlow Policy Center found that most residents oppose the levy.\n\n"
        "A longtime adviser to Governor Tom Bale said the budget would be cut again next year.\n\n"
        "The staffers, led by chief of staff Ana Pereira, argued that the office needed more money.\n"
    )
    survey = quote_by(r, "most residents oppose the levy")
    assert survey.speaker.name == "A survey released Monday by the Harlow Policy Center"
    adviser = quote_by(r, "the budget would be cut again")
    assert adviser.speaker.name == "A longtime adviser to Governor Tom Bale"
    staffers = quote_by(r, "the office needed more money")
    assert staffers.speaker.name == "The staffers, led by chief of staff Ana Pereira"


def test_an_unnamed_group_keeps_who_it_is_close_to_or_like(extract_text):
    r = extract_text(
        "Toll road\n\n"
        "People close to Mayor Ortega say the toll plan is dead.\n\n"
        "Critics like Senator Dale Huffman say the toll is unfair to commuters.\n\n"
        "Executives who have worked with the mayor say she rarely changes course.\n\n"
        "A study last year by economists at Harlow University found that tolls cut traffic by a fifth.\n\n"
        "Officials, who spoke on condition of anonymity, said the vote would be close.\n"
    )
    assert quote_by(r, "the toll plan is dead").speaker.name == "People close to Mayor Ortega"
    assert quote_by(r, "unfair to commuters").speaker.name == "Critics like Senator Dale Huffman"
    assert quote_by(r, "rarely changes course").speaker.name == "Executives who have worked with the mayor"
    assert quote_by(r, "cut traffic").speaker.name == "A study last year by economists at Harlow University"
    # a clause set off by commas tells about them; it is not who they are
    assert quote_by(r, "the vote would be close").speaker.name == "Officials"


def test_a_subject_the_parse_left_behind_an_apposition_still_speaks(extract_text):
    # the parser hangs the name on the opening phrase's noun and leaves the verb with no subject
    r = extract_text(
        "Plea\n\n"
        "As a part of his plea deal, Ronald Vance Pettibone, 51, said that he had stolen from dozens of retirees.\n"
    )
    q = quote_by(r, "he had stolen from dozens of retirees")
    assert q.speaker.name == "Ronald Vance Pettibone"


def test_the_clause_after_the_reporting_verb_is_what_it_reports(extract_text):
    r = extract_text(
        "Race ends\n\n"
        "In a statement issued soon after the governor ended his campaign, Lena Ortiz said she was sure he would "
        "remain “a voice for rural towns.”\n\n"
        "The mayor praised the deal as “historic,” telling reporters at a press event on Monday that she expects "
        "the mill to reopen “within the year.”\n"
    )
    sure = quote_by(r, "she was sure he would")
    assert sure.speaker.name == "Lena Ortiz"
    assert "ended his campaign" not in sure.text
    mill = quote_by(r, "she expects the mill to reopen")
    assert mill.cue == "telling"
    # said through a spokesman that ...: the parse may read the "that" as a relative pronoun
    r = extract_text("Pick\n\nHarlan, who has clashed with the party over the pick, said through a spokesman that he stood by his choice.\n")
    stood = quote_by(r, "he stood by his choice")
    assert (stood.text, stood.speaker.name) == ("he stood by his choice", "Harlan")


def test_a_poll_speaks_for_the_share_of_respondents_it_reports(extract_text):
    r = extract_text(
        "Flood response\n\n"
        "In a new Harlow College poll released Tuesday, 58 percent of likely voters said the governor had "
        "mishandled the flood.\n"
    )
    q = quote_by(r, "the governor had mishandled the flood")
    assert q.speaker.name == "a new Harlow College poll released Tuesday"


def test_a_digest_item_labels_its_speaker_after_a_dash(extract_text):
    r = extract_text(
        "Poll digest\n\n"
        "TURNOUT MATTERS MORE THAN ENTHUSIASM - Mara Quist and Leo Brandt: “We found that turnout predicted "
        "the result better than any enthusiasm measure we tried.”\n"
    )
    q = quote_by(r, "turnout predicted the result")
    assert q.kind == "direct"
    assert q.speaker.name == "Leo Brandt"


def test_whoever_issued_a_statement_speaks_through_it(extract_text):
    r = extract_text(
        "Council row\n\n"
        "Mayor Tom Bale replied with a tweet saying the council had lost its way on housing.\n\n"
        "Later that day, Senator Ines Marlow released a statement saying she would not resign.\n"
    )
    assert quote_by(r, "the council had lost its way").speaker.name == "Tom Bale"
    assert quote_by(r, "she would not resign").speaker.name == "Ines Marlow"


def test_an_as_aside_credits_the_clause_it_hangs_on(extract_text):
    r = extract_text(
        "Farm tax\n\n"
        "The new levy, as Senator Jo Marsh noted on Tuesday, would hit small farmers hardest.\n\n"
        "As the columnist Ruth Mays put it, the council is asking voters to pay twice for one bridge.\n"
    )
    levy = quote_by(r, "would hit small farmers hardest")
    assert levy.speaker.name == "Jo Marsh"
    assert "noted" not in levy.text  # the aside is not part of what was said
    assert quote_by(r, "asking voters to pay twice").speaker.name == "Ruth Mays"


def test_an_as_aside_with_no_one_in_it_credits_nobody(extract_text):
    r = extract_text("Vote\n\nAs reported, the senator resigned from the committee last week.\n")
    assert not any("resigned from the committee" in q.text for q in r.quotes)


def test_according_to_before_a_quotation_names_its_speaker(extract_text):
    r = extract_text(
        "Guns\n\n"
        "According to the Harlow Courier, “Weak laws let almost anyone buy a rifle at a gun show in this state.”\n\n"
        "According to aides, the senator said, “We will bring the bill back next spring.”\n"
    )
    assert "Harlow Courier" in quote_by(r, "Weak laws let almost anyone").speaker.name
    assert quote_by(r, "We will bring the bill back").speaker.text == "the senator"


def test_a_paragraph_ending_in_a_colon_introduces_the_quotation_below(extract_text):
    r = extract_text(
        "Report\n\n"
        "Reporter Ann Bly says:\n\n"
        "\"Well, the crowd is growing and the police have closed the main road to the square.\"\n"
    )
    q = quote_by(r, "the crowd is growing")
    assert q.speaker.name == "Ann Bly"
    assert q.cue == "says"


def test_a_hyphenated_description_speaks_whole(extract_text):
    r = extract_text(
        "Show\n\n"
        "On the program, co-host Lara Voss asked how the plan would be paid for.\n\n"
        "For starters, the ex-wife of Mayor Tom Bale said he had never hidden his debts.\n"
    )
    assert quote_by(r, "how the plan would be paid for").speaker.name == "Lara Voss"
    assert quote_by(r, "he had never hidden his debts").speaker.text.startswith("the ex-wife of Mayor Tom Bale")


def test_a_digest_headline_verb_does_not_take_the_label_quotation(extract_text):
    r = extract_text(
        "Poll digest\n\n"
        "But polls did predict the other caucus - PollWatch: “While the caucuses gave an upset on one side, "
        "most pollsters had the other side close.” [538.]\n\n"
        "What that means for this year - More from Dana Jones: “The partisanship of the state is a starting "
        "point in judging its likely vote.”\n"
    )
    assert quote_by(r, "most pollsters had the other side close").speaker.name == "PollWatch"
    assert quote_by(r, "The partisanship of the state").speaker.name == "Dana Jones"


def test_the_subject_of_a_quoted_verb_is_not_the_speaker(extract_text):
    r = extract_text(
        "Policy\n\n"
        "Senator Ana Ruiz told the Ledger that Mayor Tom Bale “had a reckless plan for the harbor,” adding, "
        "“He lost the whole waterfront vote.”\n"
    )
    assert quote_by(r, "had a reckless plan").speaker.name == "Ana Ruiz"
    assert quote_by(r, "He lost the whole waterfront vote").speaker.name == "Ana Ruiz"


def test_of_several_subjects_the_one_nearest_the_verb_speaks(extract_text):
    r = extract_text(
        "Town hall\n\n"
        "Speaking at a town hall event in Salem, New Hampshire, Senator Jo Marsh went after the governor, "
        "calling him “a total failure.”\n"
    )
    assert quote_by(r, "a total failure").speaker.name == "Jo Marsh"


def test_what_a_poll_found_is_the_polls_statement(extract_text):
    r = extract_text(
        "Polls\n\n"
        "Mayor Tom Bale leads his rival by nine points, 42 to 33 percent, in the latest Harlow College poll.\n\n"
        "In the new Courier survey, the governor wins about a third of primary voters.\n"
    )
    lead = quote_by(r, "leads his rival by nine points")
    assert lead.speaker.name == "the latest Harlow College poll" and lead.cue == "in"
    assert "Harlow College poll" not in lead.text
    assert quote_by(r, "the governor wins about a third").speaker.name == "the new Courier survey"
    # polls at large are a standing, no poll's finding; a poll named by who made it speaks
    r = extract_text(
        "Polls\n\n"
        "Mayor Tom Bale has a wide lead in the polls ahead of the primary.\n\n"
        "His rival has been mired in single digits in national polls for months.\n\n"
        "The governor also finished ahead in recent polls from Harlow College and the Courier.\n"
    )
    assert [q.speaker.name for q in r.quotes if q.cue == "in"] == ["recent polls from Harlow College and the Courier"]


def test_a_sentence_that_only_says_someone_spoke_introduces_the_next_quotation(extract_text):
    r = extract_text(
        "Iowa\n\n"
        "\"The field is still wide open,\" said Craig Robbins, an editor.\n\n"
        "State University professor Dana Brisco agreed. \"Mainstream candidates are running out of time to "
        "find an alternative.\"\n"
    )
    assert quote_by(r, "running out of time").speaker.name == "Dana Brisco"


def test_an_honorific_is_never_the_speaker(extract_text):
    r = extract_text("Talks\n\n\"Several of us argued we had to wait,\" recalled Mr. Pelham, who was there.\n")
    assert quote_by(r, "Several of us argued").speaker.name == "Pelham"


def test_an_unnamed_member_or_partisan_is_a_person_not_the_body(extract_text):
    r = extract_text(
        "Caucus\n\n"
        "A Nevada Democrat said the caucus had been chaotic.\n\n"
        "An Ironworkers Union spokesman said the strike would go on.\n"
    )
    partisan = quote_by(r, "the caucus had been chaotic")
    assert (partisan.speaker.name, partisan.speaker.type) == ("A Nevada Democrat", "ANONYMOUS")
    spokesman = quote_by(r, "the strike would go on")
    assert spokesman.speaker.type == "ANONYMOUS" and spokesman.speaker_org == "Ironworkers Union"


def test_a_titled_name_the_tagger_missed_is_a_person(extract_text):
    r = extract_text("Policy\n\nGovernor Ana Ruiz told the Ledger that the harbor plan was reckless.\n")
    q = quote_by(r, "the harbor plan was reckless")
    assert (q.speaker.name, q.speaker.type, q.speaker_role) == ("Ana Ruiz", "PERSON", "Governor")


def test_a_title_written_before_a_name_gives_the_name(extract_text):
    r = extract_text(
        "Scholarship\n\n"
        "\"I will not call it a mistake, so forget about it,\" said retired surgeon Ben Calloway, asked about his claims.\n\n"
        "The firm lobbied the county on zoning, said lobbyist and party strategist Charlie Brandt, the founder's partner.\n"
    )
    assert quote_by(r, "forget about it").speaker.name == "Ben Calloway"
    assert quote_by(r, "lobbied the county on zoning").speaker.name == "Charlie Brandt"
    r = extract_text(
        "Campaign\n\n"
        "Speaking to a radio host, Ruiz's chief pollster and strategist Joel Benning on Monday lashed out at "
        "the rival campaign, advising the senator to stick to the issues.\n"
    )
    assert quote_by(r, "stick to the issues").speaker.name == "Joel Benning"


def test_an_inverted_speaker_parsed_as_object_speaks(extract_text):
    r = extract_text(
        "Peru\n\n"
        "He also had a voice in decisions about major investments in Peru, said a former spokesman for "
        "Peru's Foreign Ministry, Juan Perales, who worked with him.\n"
    )
    q = quote_by(r, "a voice in decisions")
    assert q.speaker.name == "Juan Perales"


def test_a_speaker_before_an_auxiliary_or_a_loose_verb(extract_text):
    r = extract_text(
        "Bill\n\n"
        "In addition to Mr. Slate, two Republican members of Congress from Ohio, Jane Rowe and Carl Dias, "
        "have said they will not back the bill.\n\n"
        "Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied "
        "with either candidate.\n"
    )
    assert quote_by(r, "they will not back the bill").speaker.name == "Jane Rowe"
    assert quote_by(r, "satisfied with either candidate").speaker.name.startswith("Majorities of Democrats")


def test_a_pronoun_refers_to_the_subject_of_its_own_sentence_first(extract_text):
    r = extract_text(
        "Debts\n\n"
        "Mayor Ed Ruiz said the budget was sound.\n\n"
        "Former budget chief Tom Harlan, who retired in 2010, knew all about that: he said the city had "
        "hidden its debts for years.\n"
    )
    assert quote_by(r, "hidden its debts").speaker.name == "Tom Harlan"
    # a subject inside another clause of the sentence is not what the pronoun refers to
    r = extract_text(
        "Refugees\n\n"
        "Senator Ed Ruiz spoke on Monday. Halvorsen, later alleging - again falsely - that Mayor Tom Blake "
        "wanted to admit 250,000 migrants, said he would deport migrants, who he speculates are \"mostly men\" "
        "and perhaps part of a plot.\n"
    )
    assert quote_by(r, "perhaps part of a plot").speaker.name == "Halvorsen"


def test_a_reporting_clause_set_inside_the_sentence_it_reports(extract_text):
    r = extract_text(
        "Wages\n\n"
        "On top of that, economists say, the higher wage will raise prices for shoppers.\n\n"
        "The levy, Mayor Dora Pike said, would cost more than it brings in.\n"
    )
    prices = quote_by(r, "raise prices for shoppers")
    assert prices.speaker.name == "economists" and prices.cue == "say"
    levy = quote_by(r, "would cost more than it brings in")
    assert levy.speaker.name == "Dora Pike"
    assert "said" not in levy.text  # the reporting clause is not part of what was said


def test_a_transcript_line_is_what_its_labelled_speaker_said(extract_text):
    r = extract_text(
        "Panel on taxes\n\n"
        "Host Chris Mathers spoke with Luciana Lobo about the plan on Tuesday.\n\n"
        "Mathers: Well, speculation is bad for the people who save.\n\n"
        "Luciana Lobo: Everyone has a different image of what speculation is.\n\n"
        "Q: Did the plan change your mind about the tax?\n\n"
        "WASHINGTON: The Senate met on Monday to discuss the bill.\n"
    )
    bad = quote_by(r, "speculation is bad")
    assert (bad.speaker.name, bad.cue) == ("Chris Mathers", ":")  # the surname is the host named above
    assert quote_by(r, "a different image of what speculation is").speaker.name == "Luciana Lobo"
    said = [q.text for q in r.quotes]
    assert not any("change your mind" in t for t in said)  # "Q:" names no one
    assert not any(q.speaker and q.speaker.name == "WASHINGTON" for q in r.quotes)  # a place is no label
    r = extract_text(
        "Debate fight\n\n"
        "The campaign's strategist Joel Benning spoke with Kate Boldt on Monday.\n\n"
        "KATE BOLDT: Why not debate in New York before the primary?\n\n"
        "BENNING: The senator does not get to decide when we debate.\n\n"
        "UPDATE: The campaign later agreed to a debate.\n"
    )
    assert quote_by(r, "does not get to decide").speaker.name == "Joel Benning"  # a transcript's capitals
    assert quote_by(r, "Why not debate").speaker.name == "Kate Boldt"
    assert not any(q.cue == ":" and "agreed" in q.text for q in r.quotes)  # "UPDATE" names no one


def test_a_headline_label_names_its_source(extract_text):
    r = extract_text(
        "Poll: Mayor and challenger hold narrow leads in Riverton\n\n"
        "Three weeks ahead of the primary, the race is close.\n"
    )
    assert quote_by(r, "hold narrow leads").speaker.name == "Poll"
    r = extract_text(
        "Brennan: Council acted as 'judge and jury' on the budget\n\n"
        "Martha Brennan, the former treasurer, spoke on Monday about the council.\n"
    )
    # a title-case headline hides the surname from the tagger; the article names her in full
    assert quote_by(r, "acted as 'judge and jury'").speaker.name == "Martha Brennan"


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        # an addressee, a venue or what the speaker did besides follows the name
        ("Martha Brennan to Farm Bureau: Tariffs will hurt growers", "Tariffs will hurt growers", "Martha Brennan"),
        ("Former Mayor Dan Ortiz at Convention: The party has lost its way", "The party has lost its way", "Dan Ortiz"),
        ("Martha Brennan Endorses Dan Ortiz: He Is 'The Steady Hand' We Need", "He Is 'The Steady Hand' We Need", "Martha Brennan"),
        # a plural noun for people names the source by what they do
        ("Economists: Rates will rise before the summer", "Rates will rise before the summer", "Economists"),
    ],
)
def test_a_headline_label_beyond_a_bare_name(extract_text, headline, content, speaker):
    r = extract_text(headline + "\n\nThe remarks came on Monday in Riverton.\n")
    q = quote_by(r, content)
    assert q.section == "headline" and speaker in q.speaker.name


def test_a_short_quotation_whose_speaker_and_role_come_before_the_verb(extract_text):
    r = extract_text(
        "Praise\n\n"
        "\u201cVery good reporter, very good reporter this guy,\u201d Halvorsen, the party's front-runner in "
        "the county, said on Monday.\n"
    )
    q = quote_by(r, "Very good reporter")
    assert q.kind == "direct" and q.speaker.name == "Halvorsen"


def test_a_participle_after_a_comma_is_the_clause_subjects_act(extract_text):
    r = extract_text(
        "Zoning\n\n"
        "Councillor Ames rejected the notion that the vote should be forgotten, saying that if she "
        "\"found something rotten, I would fix it.\"\n\n"
        "Mayor Starr said the county's situation reminds him of an old novel, explaining, \"because what "
        "could have been is gone, which we all lament.\"\n"
    )
    assert quote_by(r, "found something rotten").speaker.name == "Ames"
    assert quote_by(r, "which we all lament").speaker.name == "Starr"


def test_an_inverted_speaker_introduced_by_someone_elses_name(extract_text):
    r = extract_text(
        "Rally\n\n"
        "\"It is about time a woman ran this county,\" exhorted Ruiz's introducer, actress Jamie Lee Curtis.\n"
    )
    assert quote_by(r, "about time a woman ran").speaker.name == "Jamie Lee Curtis"


def test_a_shouted_word_is_a_quotation(extract_text):
    r = extract_text(
        "Rally\n\n"
        "\"Who is going to pay for the bridge?\" the mayor asked.\n\n"
        "\"The state!\" the crowd yelled back.\n\n"
        "When the mayor thanked the county, a man screamed \u201cStay home!\u201d\n"
    )
    assert quote_by(r, "The state!").speaker.name == "the crowd"
    assert quote_by(r, "Stay home!").speaker.name == "a man"


def test_the_noun_of_an_absolute_with_phrase_does_the_participles_act(extract_text):
    r = extract_text(
        "Debate\n\n"
        "The forum ended with moderator Jo Perkins asking the governor whether she would run again.\n\n"
        "Opinion of the plan is split, with 41 percent saying it goes too far.\n\n"
        "Ms. Hale, who opened the campaign with a speech denouncing the toll road, did not attend.\n"
    )
    assert quote_by(r, "she would run again").speaker.name == "Jo Perkins"
    assert quote_by(r, "it goes too far").speaker.text == "41 percent"
    # a speech noun is not the one who speaks: its author is
    assert quote_by(r, "the toll road").speaker.name == "Hale"


def test_a_relative_clause_on_a_description_in_apposition_speaks_for_the_name(extract_text):
    r = extract_text(
        "Data team\n\n"
        "Last spring the campaign brought in Matt Orland, a Vermont native who says the data team is the best he has seen.\n"
    )
    q = quote_by(r, "the data team is the best")
    assert (q.speaker.text, q.speaker.name) == ("who", "Matt Orland")


def test_a_description_after_a_party_label_still_speaks_for_the_name(extract_text):
    r = extract_text(
        "Turnout\n\n"
        "Rep. Lena Ortiz (D-Ariz.), a mayor's ally whose district backed the mayor but who suggested that "
        "the challenger could draw new voters, spoke to reporters.\n"
    )
    q = quote_by(r, "the challenger could draw new voters")
    assert (q.speaker.text, q.speaker.name) == ("who", "Lena Ortiz")


def test_a_second_relative_clause_joined_by_and_speaks_for_the_same_noun(extract_text):
    r = extract_text(
        "Budget\n\n"
        "Judge Ana Slayton, whom the governor appointed, and who says the court is overloaded, will retire in June.\n\n"
        "The fund is run by Tom Reyes, who founded the firm in 1990 and who says the market will recover.\n"
    )
    # the parse joins the second clause to the name in one and to the first clause in the other
    q = quote_by(r, "the court is overloaded")
    assert (q.speaker.text, q.speaker.name) == ("who", "Ana Slayton")
    q = quote_by(r, "the market will recover")
    assert (q.speaker.text, q.speaker.name) == ("who", "Tom Reyes")


def test_a_subject_with_a_relative_clause_before_an_unparsed_verb(extract_text):
    r = extract_text(
        "Talks\n\n"
        "Although there is no such overlap with the mayor's team, a city official who spoke anonymously "
        "to discuss strategy said Wednesday, \"Certainly there are talks between the city and the campaign.\"\n"
    )
    assert quote_by(r, "Certainly there are talks").speaker.text == "a city official who spoke anonymously to discuss strategy"


def test_a_reporting_verb_coordinated_inside_what_was_said_is_the_reporters(extract_text):
    r = extract_text(
        "Security\n\n"
        "Gov. Ann Lee said the bill was drafted by lobbyists and added, \"Nobody in this room read it.\"\n"
    )
    quotation = next(q for q in r.quotes if q.kind == "direct")
    assert (quotation.text, quotation.speaker.name) == ("Nobody in this room read it.", "Ann Lee")


def test_a_personal_pronoun_never_stands_for_a_thing_described_with_a_title_word(extract_text):
    r = extract_text(
        "Emails\n\n"
        "Hillary Clinton met the governor in 2009.\n\n"
        "The State Department's recent email release showed that the two were close. She replied to "
        "him that it was \"an honor to serve.\"\n"
    )
    assert quote_by(r, "an honor to serve").speaker.name == "Hillary Clinton"


def test_the_agent_of_a_passive_reporting_verb_speaks(extract_text):
    r = extract_text(
        "Interview\n\n"
        "On Sunday, Senator Lane was asked by host Bill Mayer whether the plan would survive the winter.\n\n"
        "Lane was quoted by the Courier as saying the plan was dead.\n\n"
        "Voters for Lane, which was founded by Jo Marsh and is dedicated to ending the toll, ran an ad.\n"
    )
    assert quote_by(r, "the plan would survive").speaker.name == "Bill Mayer"
    assert quote_by(r, "the plan was dead").speaker.name == "Lane"  # the Courier only reports it
    # the agent of another verb the clause coordinates is not the speaker
    assert quote_by(r, "ending the toll").speaker.name != "Jo Marsh"


def test_quotations_that_break_the_clause_keep_the_sentence_subject(extract_text):
    r = extract_text(
        "Pay\n\n"
        "Senator Hal Ortega spoke first. \"That is wrong,\" Ortega said.\n\n"
        "Governor Ames supports \"modest pay raises,\" opposes \"across-the-board pay freezes\" and recalled "
        "the last freeze on state pay: \"I saw how hard it was.\"\n"
    )
    for fragment in ("modest pay raises", "across-the-board pay freezes", "I saw how hard it was"):
        assert quote_by(r, fragment).speaker.name == "Ames", fragment


def test_a_name_set_off_at_the_end_of_a_described_subject_speaks(extract_text):
    r = extract_text(
        "Film\n\n"
        "The author of the memoir, Mitchell Zuckerman, said the film was accurate.\n\n"
        "One pastor supporting the governor, Daniel Whitmore of Grace Church in Marion, said he had made "
        "150 calls.\n"
    )
    author = quote_by(r, "the film was accurate")
    assert author.speaker.name == "Mitchell Zuckerman"
    assert quote_by(r, "he had made 150 calls").speaker.name == "Daniel Whitmore"


def test_a_date_hung_on_the_verb_never_speaks(extract_text):
    r = extract_text(
        "Bathrooms\n\n"
        "Tuesday in Dayton, while campaigning for his wife, former governor Bill Hale said she was the "
        "best qualified.\n\n"
        "Friday, Ohio, leading a coalition of 13 states, asked a federal judge to block the rules.\n"
    )
    assert quote_by(r, "she was the best qualified").speaker.name == "Bill Hale"
    assert all(q.speaker is None or q.speaker.name not in ("Tuesday", "Friday") for q in r.quotes)


def test_the_object_of_a_participle_before_an_unparsed_verb_does_not_speak(extract_text):
    r = extract_text(
        "Wall\n\n"
        "Juan Ortiz met Tom Hale. As Ortiz, contradicting Hale, said he would not pay for a wall.\n"
    )
    assert quote_by(r, "he would not pay for a wall").speaker.name.endswith("Ortiz")


def test_a_verb_the_parser_hung_on_the_sentences_noun_has_that_noun_for_subject(extract_text):
    r = extract_text(
        "Budget\n\n"
        "Senator Lena M. Ortiz, the party's most senior member, on Monday called the governor's plan "
        "for the state's public schools ''reckless,'' a charge that angered his aides.\n\n"
        "Reached by phone, Tom Hale, the county's party chairman, hesitated to repeat his earlier "
        "criticism of the mayor.\n\n"
        "Rosa Diaz is the only candidate here to have pledged to visit every county in the state.\n"
    )
    assert quote_by(r, "reckless").speaker.name == "Lena M. Ortiz"
    assert quote_by(r, "his earlier criticism").speaker.name == "Tom Hale"
    assert quote_by(r, "visit every county").speaker.name == "Rosa Diaz"


def test_who_asked_a_question_put_without_a_subject(extract_text):
    r = extract_text(
        "Speech\n\n"
        "Asked by host Jo Dix whether she had practiced her speech, Senator Ann Ruiz said she had "
        "read it twice.\n"
    )
    assert quote_by(r, "she had practiced her speech").speaker.name == "Jo Dix"
    assert quote_by(r, "she had read it twice").speaker.name == "Ann Ruiz"


def test_the_following_statement_is_introduced_by_who_issued_it(extract_text):
    r = extract_text(
        "Condolences\n\n"
        "When Tom Hale died in 1998, President Carter released the following statement:\n\n"
        '"Rosalynn and I offer our condolences to the family and friends of a great man."\n'
    )
    assert quote_by(r, "Rosalynn and I offer").speaker.name == "Carter"


def test_an_inverted_speaker_taken_for_an_object_goes_on_acting(extract_text):
    r = extract_text(
        "Killings\n\n"
        '"It has an election relevance now," added Murphy, referring to the recent spate of killings '
        "in the city.\n"
    )
    assert quote_by(r, "spate of killings").speaker.name == "Murphy"


def test_a_subjects_participle_taken_for_a_clause_leaves_the_subject_speaking(extract_text):
    r = extract_text(
        "Schools\n\n"
        "Many Republicans clamoring for less federal involvement in schools support the replacement "
        "bill for their own reasons.\n\n"
        "The RealClearPolitics rolling average of polls shows Ortiz's figure has improved to the low "
        "40s since the convention.\n"
    )
    assert "Republicans" in quote_by(r, "replacement bill").speaker.text
    assert "RealClearPolitics" in quote_by(r, "figure has improved").speaker.text


def test_a_name_set_off_before_the_verb_is_not_part_of_what_was_said(extract_text):
    r = extract_text(
        "Emails\n\n"
        "Two emails sent to aides who worked for Rice have been placed in secure storage, Patrick F. "
        "Kennedy, the undersecretary for management, wrote in a memo.\n"
    )
    q = quote_by(r, "placed in secure storage")
    assert q.speaker.name == "Patrick F. Kennedy"
    assert q.text.endswith("secure storage")


def test_the_object_of_lead_or_prompt_does_what_the_infinitive_says(extract_text):
    r = extract_text(
        "Plan\n\n"
        "The remark led Senator Dana Ruiz to say that the plan was dead.\n\n"
        'That prompted Ortiz to make a joke about yoga and call Hale "very flexible," a nod to his '
        "changed positions.\n"
    )
    assert quote_by(r, "the plan was dead").speaker.name == "Dana Ruiz"
    assert quote_by(r, "very flexible").speaker.name == "Ortiz"


def test_an_as_aside_credits_the_quotation_in_its_clause(extract_text):
    r = extract_text(
        "Council\n\n"
        "As the Herald's Ruth Olsen puts it, Ortiz is trying to make the council \"an offer they "
        'can\'t afford to refuse."\n'
    )
    assert quote_by(r, "an offer they can't afford").speaker.name == "Ruth Olsen"


def test_a_quotation_is_credited_through_the_verb_whose_clause_holds_it(extract_text):
    r = extract_text(
        "Welfare\n\n"
        "In the depths of the recession, Senator Paul Orland worried that the safety net was becoming "
        '"a hammock that lulls able-bodied people to lives of dependency."\n\n'
        'One intelligence source said FBI agents would be "screaming" if a prosecution is not pursued '
        'because "many previous corruption cases have been made with much less evidence."\n'
    )
    assert quote_by(r, "a hammock that lulls").speaker.name == "Paul Orland"
    assert quote_by(r, "many previous corruption cases").speaker.text == "One intelligence source"


def test_subjects_the_parser_hung_elsewhere(extract_text):
    r = extract_text(
        "Campaign\n\n"
        "In all, the host committee raised $57 million, Federal Election Commission records show.\n\n"
        "This is no small irony: Ortiz spent much of his campaign railing against superdelegates.\n\n"
        "Senator Dana Ruiz has found ways to press her agenda through appending small provisions to "
        "larger bills.\n\n"
        "Anyone expecting Ortiz to suddenly pivot to a more traditional demeanor should remember that "
        "personality is relatively consistent.\n"
    )
    assert "Federal Election Commission" in quote_by(r, "the host committee raised").speaker.name
    assert quote_by(r, "superdelegates").speaker.name == "Ortiz"
    assert quote_by(r, "small provisions").speaker.name == "Dana Ruiz"
    assert quote_by(r, "to suddenly pivot").speaker.text == "Anyone"


def test_those_with_what_describes_them_are_a_group_that_speaks(extract_text):
    r = extract_text(
        "Poll\n\n"
        "By big margins, those surveyed say the economy should be the first priority for the next "
        "president.\n\n"
        "But those who back her opponents say the scandal has damaged her brand. This suggests the "
        "plan failed.\n"
    )
    surveyed = quote_by(r, "the first priority").speaker
    assert surveyed.text == "those surveyed" and surveyed.type == "GROUP"
    assert quote_by(r, "damaged her brand").speaker.text == "those who back her opponents"
    assert quote_by(r, "the plan failed").speaker is None  # "This" credits no one


def test_an_existential_there_is_never_the_speaker(extract_text):
    r = extract_text(
        "Rally\n\n"
        "Along the harbor road there seems to be more appetite for lower fares than for a new bridge.\n\n"
        "In the packed gym there were chants of \u201cWe want the pool open all summer long\u201d as the "
        "mayor walked in.\n"
    )
    assert quote_by(r, "more appetite for lower fares").speaker is None
    assert quote_by(r, "pool open all summer").speaker.text == "the packed gym"


def test_a_quotation_held_by_a_verb_before_it_is_not_taken_by_the_next_statement(extract_text):
    r = extract_text(
        "Budget\n\n"
        'But even as Mayor Lena Ortiz claimed on Monday that "the budget is balanced at last," a former '
        "treasurer of the city said the books told another story.\n\n"
        'Mayor Ortiz said the plan "would pay for itself," the aide recalled.\n'
    )
    assert quote_by(r, "the budget is balanced").speaker.name == "Lena Ortiz"
    assert quote_by(r, "the books told another story").speaker.text == "a former treasurer of the city"
    # a reporting verb after the quotation with nothing of its own to say is its attribution
    assert quote_by(r, "would pay for itself").speaker.text == "the aide"


def test_a_participle_the_parser_made_the_verb_leaves_its_subject_speaking():
    # "Senator Ann Lutz, noting the size of Ortiz's base, said the vote was lost", parsed as the
    # parser parses such sentences in news copy: "noting" the root, "said" an aside hung on it
    from newsgraph.extract.quotes import find_subject

    doc = parsed_sentence(
        "Senator Ann Lutz , noting the size of Ortiz 's base , said the vote was lost .",
        heads=[2, 2, 4, 2, 4, 6, 4, 6, 10, 8, 7, 4, 4, 14, 15, 12, 15, 4],
        deps=["compound", "compound", "nsubj", "punct", "ROOT", "det", "dobj", "prep", "poss", "case", "pobj",
              "punct", "parataxis", "det", "nsubj", "ccomp", "acomp", "punct"],
        tags=["NNP", "NNP", "NNP", ",", "VBG", "DT", "NN", "IN", "NNP", "POS", "NN", ",", "VBD", "DT", "NN", "VBD", "VBN", "."],
        pos=["PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", "NOUN", "PUNCT",
             "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        ents=["O", "B-PERSON", "I-PERSON"] + ["O"] * 5 + ["B-PERSON"] + ["O"] * 9,
    )
    assert find_subject(doc[12], set()).text == "Lutz"  # not Ortiz, named inside the participle's clause


def test_a_group_speaks_with_the_members_it_names(extract_text):
    r = extract_text(
        "Farm bill\n\n"
        "Several lawmakers, including Senator Jo Landry and Rep. Carl Mendez, said the deal was unfair "
        "to farmers.\n"
    )
    speaker = quote_by(r, "the deal was unfair").speaker
    assert speaker.text == "Several lawmakers, including Senator Jo Landry and Rep. Carl Mendez"
    assert speaker.type == "GROUP"


def test_a_participle_opening_the_sentence_is_done_by_the_subject_after_it(extract_text):
    r = extract_text(
        "Bridge\n\n"
        'Emphasizing the urgency of the matter, Reyes said, "If we do not act fast, we are not going '
        'to have a bridge anymore."\n'
    )
    assert quote_by(r, "urgency of the matter").speaker.name == "Reyes"


def test_a_relative_clause_between_subject_and_verb_is_the_subjects_own(extract_text):
    r = extract_text(
        "Endorsement\n\n"
        "On May 2, 2019, Ortiz, who hadn't endorsed during the primaries, decided to back Reyes - weeks "
        "before Lutz dropped out.\n"
    )
    assert quote_by(r, "to back Reyes").speaker.name == "Ortiz"


def test_a_share_of_those_a_poll_asked_speaks_through_the_poll(extract_text):
    r = extract_text(
        "Poll\n\n"
        "A recent Herald poll showed that only a bit more than half of Ortiz supporters said they were "
        "planning to back Reyes.\n"
    )
    said = next(q for q in r.quotes if q.text == "they were planning to back Reyes")
    assert said.speaker.text == "A recent Herald poll"


def test_a_subject_the_parser_joined_to_the_object_before_it_speaks(extract_text):
    r = extract_text(
        "Police\n\n"
        "In the past two weeks, prosecutors charged the officer with murder and Reyes fired his police "
        "chief, Jo Dunn, acknowledging that the city has lost trust in the force.\n"
    )
    assert quote_by(r, "the city has lost trust").speaker.name == "Reyes"


def test_a_group_with_like_speaks_with_the_members_it_names(extract_text):
    r = extract_text(
        "Bridge\n\n"
        "Even the state's toughest critics, like Ramos and Keane, say the bridge must be rebuilt.\n"
    )
    assert quote_by(r, "the bridge must be rebuilt").speaker.text == "Even the state's toughest critics, like Ramos and Keane"


def test_a_quotation_in_a_statement_noun_is_its_holders(extract_text):
    r = extract_text(
        "Budget\n\n"
        "The council members mocked Mayor Dunn's claim that the budget \"balances itself,\" saying it "
        "ignored the pension debt.\n"
    )
    quotation = next(q for q in r.quotes if q.kind == "direct")
    assert quotation.text.startswith("balances itself") and quotation.speaker.name == "Dunn"
    assert quote_by(r, "ignored the pension debt").speaker.text == "The council members"


def test_a_reporting_clause_set_inside_what_it_reports(extract_text):
    r = extract_text(
        "Deficit\n\n"
        "Any honest reading of the budget, said Tom Verlaine, an economist at Brandeis University, "
        "would show that the deficit is growing.\n\n"
        'The Herald, Ortiz said, called the plan "deeply flawed."\n\n'
        'In Dayton, Mayor Reyes said, the bridge is seen as "a symbol of everything that went wrong '
        'with the county."\n'
    )
    reading = quote_by(r, "Any honest reading of the budget")
    assert reading.speaker.name == "Tom Verlaine"
    assert "Verlaine" not in reading.text and "would show that the deficit is growing" in reading.text
    assert quote_by(r, "deeply flawed").speaker.name == "Ortiz"
    assert quote_by(r, "a symbol of everything").speaker.name == "Reyes"


def test_a_participle_after_a_clause_of_speaking_goes_on_with_its_speaker(extract_text):
    r = extract_text(
        "Land\n\n"
        'The panel valued the land at $3 million, which Mr. Hale called "an insult," blaming the county '
        "assessor.\n"
    )
    assert quote_by(r, "blaming the county assessor").speaker.name == "Hale"


def test_according_to_in_the_middle_of_a_clause_credits_the_clause(extract_text):
    r = extract_text("Lease\n\nBut the next day, according to Ramirez, the landlord made further demands.\n")
    demands = quote_by(r, "the landlord made further demands")
    assert demands.speaker.name == "Ramirez"
    assert "Ramirez" not in demands.text


def test_an_unnamed_source_keeps_where_it_stands(extract_text):
    r = extract_text(
        "Report\n\n"
        'One staffer inside City Hall tried to play down the report, saying it was "not a big deal."\n'
    )
    assert quote_by(r, "not a big deal").speaker.text == "One staffer inside City Hall"


def test_a_participle_under_an_adverb_is_the_subjects_act(extract_text):
    r = extract_text(
        "Levy\n\n"
        "Reyes, the first Democratic mayor elected in Dayton in two decades, stopped short of fully "
        "endorsing the council's criticisms.\n"
    )
    assert quote_by(r, "criticisms").speaker.name == "Reyes"


def test_a_quotation_after_a_main_clause_is_its_subject_s_not_a_subordinate_clause_s(extract_text):
    # whatever the main verb ("snapped", "hit back"): a reporting verb inside a "when"/"because"
    # clause before it reports something else
    r = extract_text(
        "Season ends\n\n"
        "When the coach questioned his effort, Lopez snapped, “I gave everything I had tonight.”\n\n"
        "Because the council denied the permit, the owners hit back: “We will take this to court.”\n"
    )
    assert quote_by(r, "I gave everything I had tonight").speaker.text == "Lopez"
    assert quote_by(r, "We will take this to court").speaker.text == "the owners"


def test_phrasal_reporting_verbs_report_speech(extract_text):
    r = extract_text(
        "Pension fund\n\n"
        "As the state auditor Rosa Lind pointed out, the pension fund is short of cash.\n\n"
        "Mayor Omar Haddad pointed out that the shortfall began in 2019.\n\n"
        "The fund will be merged with the county's, as some trustees have speculated.\n"
    )
    assert quote_by(r, "the pension fund is short of cash").speaker.name == "Rosa Lind"
    shortfall = quote_by(r, "the shortfall began in 2019")
    assert (shortfall.kind, shortfall.speaker.name) == ("indirect", "Omar Haddad")  # said, not believed
    assert quote_by(r, "The fund will be merged").speaker.text == "some trustees"


def test_the_newspaper_is_the_outlet_the_article_named_as_one(extract_text):
    r = extract_text(
        "Port deal\n\n"
        "Al-Nour, a pro-government daily, reported the deal on Monday.\n\n"
        "The daily said the talks would resume in May.\n"
    )
    assert quote_by(r, "the talks would resume in May").speaker.name == "Al-Nour"
    # a place before "newspaper" says where the paper is, not which it is
    r = extract_text(
        "Mill fire\n\n"
        "A Fresno newspaper reported the fire on Sunday.\n\n"
        "The newspaper said the mill had been closed for years.\n"
    )
    assert quote_by(r, "the mill had been closed for years").speaker.name != "Fresno"


def test_a_reporting_verb_closing_its_sentence_reports_what_comes_before_its_speaker(extract_text):
    # the parser reads "appeals" as a noun and makes "promise" the verb's subject; the speaker is
    # the name set off before the verb, not the college its apposition names
    r = extract_text(
        "Voters\n\n"
        "The promise to “take our country back” and “make America great again” appeals to older "
        "voters who wish for a return to an era when a degree was not necessary, Alan Fenwick, a "
        "political scientist at Emory University, said.\n"
    )
    statement = quote_by(r, "The promise to")
    assert (statement.kind, statement.speaker.name) == ("indirect", "Alan Fenwick")
    assert statement.text.endswith("was not necessary")


def test_a_statement_interrupted_by_its_attribution_reads_without_it(extract_text):
    r = extract_text(
        "Polls\n\n"
        "Overall, she said, a number of key Republican groups are finding themselves alienated by the party.\n"
    )
    q = quote_by(r, "a number of key Republican groups")
    assert q.text == "Overall … a number of key Republican groups are finding themselves alienated by the party"
    assert len(q.pieces) == 2  # the words said, apart; start and end span them and the cue between

def test_a_reporting_clause_after_an_opening_phrase_credits_the_clause_after_it(extract_text):
    # the parse hangs "Ash argued in his email" on the verb it reports, as a clause of its own
    r = extract_text(
        "Rules\n\n"
        "Bruce Ash, a committee member, wrote to colleagues on Monday.\n\n"
        "If anything, Ash argued in his email, the incident is an illustration of why the convention "
        "should adopt new rules.\n\n"
        "Instead, Mayor Ruth Oyelaran told reporters, the budget would be cut by a tenth.\n\n"
        "The records show, Hale said in an interview, that \"the two offices worked hand in glove.\"\n"
    )
    assert quote_by(r, "the incident is an illustration").speaker.name == "Bruce Ash"
    assert quote_by(r, "the budget would be cut").speaker.name == "Ruth Oyelaran"
    # set in a clause that reports on its own, it leaves that clause its quotation
    assert quote_by(r, "hand in glove").speaker.name == "Hale"



def test_one_attribution_per_words_and_source_and_the_reporting_participle_is_no_description(extract_text):
    r = extract_text(
        "Port falls\n\n"
        "However, coastal state media have also sought to downplay the implications of the port\u2019s loss, "
        "portraying it as part of a broader foreign plot to destabilize the region.\n\n"
        "Fighting went on as reports emerged from opposition forces indicating that the garrison had withdrawn from the town.\n"
    )
    downplay = [q for q in r.quotes if q.text.startswith("to downplay the implications")]
    assert [q.kind for q in downplay] == ["indirect"]  # not also a belief of the same source
    withdrawn = quote_by(r, "the garrison had withdrawn")
    assert withdrawn.speaker.text == "opposition forces"  # "indicating that ..." is the cue, not who


def test_a_nationality_the_model_typed_org_is_not_the_body_that_speaks(extract_text):
    r = extract_text("Border clashes\n\nWarplanes struck a fuel depot near the coast overnight, the Lebanese army said.\n")
    army = quote_by(r, "Warplanes struck a fuel depot")
    assert army.speaker.name == "the Lebanese army" and army.speaker.code == "LBNMIL"


def test_who_after_a_description_of_a_name_the_model_left_untagged_is_that_name(extract_text):
    # "Braynard" is tagged nothing at its second mention; the description is in apposition to it
    r = extract_text(
        "Data hires\n\nMatt Braynard joined the campaign in June.\n\n"
        "Braynard, a South Carolina native who argues that the voter files are a mess, has cast himself as a strategist.\n"
    )
    files = quote_by(r, "the voter files are a mess")
    assert files.speaker.name == "Matt Braynard" and files.speaker.text == "who"


def test_after_a_quotation_the_name_right_before_the_verb_speaks_not_the_place_that_describes_it(extract_text):
    r = extract_text(
        "Shooting\n\nThe state is investigating the shooting.\n\n"
        "\u201cI will just make this promise to you: We will achieve justice in this case,\u201d Tulsa police Chief Chuck Jordan said Monday.\n"
    )
    assert quote_by(r, "I will just make this promise").speaker.name == "Chuck Jordan"


def test_a_pronoun_in_a_clause_hung_on_a_name_the_parser_made_the_root_is_that_name(extract_text):
    # the parse makes "Harris" the sentence's root and hangs "though she praised ..." on it
    r = extract_text(
        "Court fight\n\nSenator Ann Bale said the nominee was wrong.\n\n"
        "Harris, though she praised Garland and said Republicans should give him a hearing, notably stopped short of committing to renominate him if she wins.\n"
    )
    hearing = quote_by(r, "Republicans should give him a hearing")
    assert (hearing.speaker.text, hearing.speaker.name) == ("she", "Harris")  # not Ann Bale


def test_a_title_case_headline_is_parsed_as_running_text_would_write_it():
    from newsgraph.extract.nlp import sentence_case

    body = "Governor Lena Ortiz said the Russian grain deal would help. The FBI declined to comment."
    assert sentence_case("Ortiz Tells Farmers Russians Will Buy Grain, FBI Silent", body) == (
        "Ortiz tells farmers Russians will buy grain, FBI silent"
    )
    # a first name before a name stays; "I" stays; a word English lacks keeps its capital
    assert sentence_case("Why Lena Ortiz Says I Was Wrong About Zorbin", "Ortiz spoke.") == (
        "Why Lena Ortiz says I was wrong about Zorbin"
    )
    assert sentence_case("Ortiz says farmers will get aid", body) is None  # already running text


def test_a_title_case_headline_credits_its_speaker(extract_text):
    r = extract_text(
        "Ortiz Tells Farmers Drought Aid Is Coming Before Harvest\n\n"
        "Governor Lena Ortiz said on Tuesday that the state would pay farmers hit by the drought.\n"
    )
    q = quote_by(r, "Drought Aid Is Coming")
    assert q.section == "headline"
    assert q.speaker.name == "Lena Ortiz"
    # the verb the model took for part of a name is no part of it
    assert not [e for e in r.entities if "Tells" in e.name]


def test_a_headline_label_of_a_name_the_tagger_missed_names_its_source(extract_text):
    r = extract_text(
        "Dana Whitfield: ‘We Will Not Close The Clinic’\n\n"
        "The clinic's director, Dana Whitfield, spoke to reporters on Monday. Whitfield said the "
        "clinic had enough money for a year.\n"
    )
    assert quote_by(r, "We Will Not Close The Clinic").speaker.name == "Dana Whitfield"


def test_invisible_format_characters_around_a_quotation_change_nothing(extract_text):
    # a post pasted with its bidirectional embedding marks around the quotation
    r = extract_text("Harbor\n\nThe mayor spoke on Monday. \u202a\u201cWe will rebuild the harbor before winter,\u201d\u202c wrote Dana Hill on Facebook.\n")
    assert [(q.kind, q.speaker.name) for q in r.quotes] == [("direct", "Dana Hill")]


def test_a_day_after_the_listener_dates_the_statement_and_is_no_part_of_its_name(extract_text):
    r = extract_text("Harbor\n\nThe mayor told MSNBC Monday that the harbor would reopen in May.\n", date="2016-03-29")
    assert quote_by(r, "the harbor would reopen").date == "2016-03-28"
    assert "MSNBC" in [e.name for e in r.entities]


def test_a_pronoun_never_goes_to_a_person_whose_role_states_the_other_gender(extract_text):
    # the census cannot tell the name's gender; "spokeswoman" does
    r = extract_text(
        "Talks\n\nForeign Ministry spokeswoman Xu Wenjing said Beijing wanted calm. The senator disagreed. "
        "Although he says he admires China, he also accuses it of unfair trade.\n"
    )
    pronouns = [q for q in r.quotes if q.speaker and q.speaker.text == "he"]
    assert pronouns and not [q for q in pronouns if q.speaker.name == "Xu Wenjing"]


def test_a_name_modifying_a_role_is_whom_the_role_serves_not_who_speaks(extract_text):
    r = extract_text("Campaign\n\nHillary Clinton spoke in Iowa on Monday. A Clinton aide said she would return in May.\n")
    q = quote_by(r, "she would return")
    assert q.speaker.name != "Hillary Clinton" and "aide" in q.speaker.name


def test_where_when_and_to_whom_something_was_said_is_not_what_was_said(extract_text):
    r = extract_text(
        "Harbor\n\n“We will rebuild,” the mayor told NBC's Today show. The governor spoke this week at an event in "
        "Wyoming. “Never,” she added when the interviewer expressed surprise.\n"
    )
    texts = [q.text for q in r.quotes if q.speaker and q.speaker.text in ("the mayor", "The governor", "she")]
    assert texts == ["We will rebuild,", "Never,"]


def test_a_headline_label_ending_in_a_kind_of_source_is_the_source(extract_text):
    r = extract_text("Audit report: Harbor agency overspent by millions\n\nThe auditor found errors on Monday.\n")
    assert quote_by(r, "Harbor agency overspent").speaker.name == "Audit report"


def test_who_is_asked_or_told_does_not_speak_the_question(extract_text):
    r = extract_text(
        "Budget vote\n\n"
        "Senator Ana Ruiz was asked whether her party would back the budget.\n\n"
        "Asked if he would vote for it, Governor Tom Bale shrugged.\n\n"
        "Ruiz was asked by host Jo Dix whether she would run again.\n"
    )
    assert quote_by(r, "her party would back the budget").speaker is None
    assert quote_by(r, "he would vote for it").speaker is None
    assert quote_by(r, "she would run again").speaker.name == "Jo Dix"  # who asked, when named


def test_a_description_that_names_a_speaker_is_no_alias_of_it(extract_text):
    r = extract_text(
        "Emails\n\nThe Clinton Foundation took money from donors in 2009. The foundation said the gifts were lawful.\n"
    )
    assert quote_by(r, "the gifts were lawful").speaker.name == "Clinton Foundation"
    foundation = entity_named(r, "Clinton Foundation")
    # "the foundation" names no one: as an alias it linked the body to a gang PETRARCH calls "The Foundation"
    assert "The foundation" not in foundation.aliases and foundation.kb_id is None


def test_a_no_break_space_before_a_quotation_is_a_space(extract_text):
    # web copy glues a quotation to the words before it with a no-break space
    r = extract_text(
        "Mayor speaks\n\n"
        "Mayor Ines Varga spoke in Graz on Monday.\n\n"
        "The plan is reckless, Varga said Monday, adding that its backers\u00a0\u201chave not read the budget.\u201d\n"
    )
    q = quote_by(r, "have not read the budget")
    assert q.speaker is not None and q.speaker.name == "Ines Varga"
    assert not any(q.speaker is None for q in r.quotes)


def test_a_participle_after_a_set_off_reporting_verb_is_its_speakers(extract_text):
    r = extract_text(
        "Budget fight\n\n"
        "Senator Ada Korn spoke to reporters on Tuesday.\n\n"
        "Republicans would not back any bill that raised spending, she said, calling the plan \u201ca wish list.\u201d\n"
    )
    called = next(q for q in r.quotes if q.cue == "calling")
    assert called.speaker is not None and called.speaker.name == "Ada Korn"


def test_a_second_reporting_verb_the_parser_hangs_on_the_first_goes_on_with_its_speaker(extract_text):
    r = extract_text(
        "Border\n\n"
        "Representative Ana Ruiz, a Democrat from El Paso, said the crisis was real but argued that "
        "the answer was more judges, not more walls.\n"
    )
    first = quote_by(r, "the crisis was real")
    assert r.article.text[first.start : first.end] == "the crisis was real"  # the "but" joins, it is not said
    assert quote_by(r, "the answer was more judges").speaker.name == "Ana Ruiz"


def test_a_description_given_a_name_speaks_as_that_name(extract_text):
    r = extract_text(
        "Protest\n\n"
        "Hundreds marched through the harbour district on Sunday.\n\n"
        "Another protester, a 34-year-old nurse named Lena Ostrova, said the police had gone too far.\n\n"
        "A woman later identified as Mara Quist, an activist for the group, demanded to know whether the mayor would resign.\n\n"
        "A newly formed group called Harbour Watch said it would sue the city.\n\n"
        "Tomas Reyn, 44, known online as \u201cVortex,\u201d said he had organised the march.\n"
    )
    assert quote_by(r, "the police had gone too far").speaker.name == "Lena Ostrova"
    assert quote_by(r, "whether the mayor would resign").speaker.name == "Mara Quist"
    assert quote_by(r, "it would sue the city").speaker.name == "Harbour Watch"
    # a name's other name is an alias, not another speaker
    assert quote_by(r, "he had organised the march").speaker.name == "Tomas Reyn"
    # a name the model missed is no description to be given one
    r = extract_text(
        "Mayor\n\n"
        "De Blasio, speaking on WOR710, called Trump a \u201cblowhard,\u201d and said his remarks were dangerous.\n"
    )
    assert quote_by(r, "his remarks were dangerous").speaker.name == "De Blasio"


def test_an_unnamed_source_whom_who_describes_is_the_person_a_pronoun_goes_on_with(extract_text):
    r = extract_text(
        "Council vote\n\n"
        "Jordan Pike, the developer's vice president, said the complex would open in 2027.\n\n"
        "A neighbor who asked not to be named because she works for the city said several "
        "families had already talked to a lawyer.\n\n"
        "\u201cPeople feel like the decision was made months ago,\u201d she said.\n"
    )
    # "she" is the neighbor the story turned to, not the last person it named
    speaker = quote_by(r, "People feel like the decision").speaker
    assert speaker.name.startswith("A neighbor who asked not to be named")


def test_an_age_alone_describes_the_person_just_quoted(extract_text):
    r = extract_text(
        "School cuts\n\n"
        "Grade 11 student Noor Haddad, who plays clarinet in the school band, said they had come "
        "to show trustees what would be lost.\n\n"
        "\u201cWe all started in elementary school with those teachers,\u201d the 16-year-old said.\n"
    )
    assert quote_by(r, "We all started in elementary school").speaker.name == "Noor Haddad"


def test_a_call_for_someone_to_act_is_attributed_to_the_caller(extract_text):
    # the parse makes "for X to act" a clause of its own, whose subject is the one called on
    r = extract_text(
        "War\n\n"
        "Senator Ada Korn is calling for the United States to take a stronger role in the conflict.\n"
    )
    called = quote_by(r, "the United States to take a stronger role")
    assert called.speaker.name == "Ada Korn"


def test_an_unnamed_source_set_off_with_who_is_the_she_of_her_quotation(extract_text):
    r = extract_text(
        "Beaches closed\n\n"
        "Hannah Brandt, a county health officer, said the algae was toxic.\n\n"
        "A lifeguard at James Madison Park beach, who asked not to be named because she was not "
        "authorized to speak for the city, said children were disappointed. "
        "\"They see the lake right there and they can't go in,\" she said.\n"
    )
    assert quote_by(r, "They see the lake").speaker.name == "A lifeguard at James Madison Park beach"
    # "who" is the lifeguard, not the beach the parse hung it on
    assert quote_by(r, "not to be named").speaker.name == "A lifeguard"


def test_who_in_a_description_after_a_name_and_age_is_that_person(extract_text):
    r = extract_text(
        "Iowa\n\n"
        "\"People want a fighter now,\" said Bob Vander Ploeg, 66, a retired seed salesman from "
        "Orange City who said he was leaning toward Mr. Whitaker. \"I'm not sure he can win.\"\n"
    )
    assert quote_by(r, "he was leaning toward").speaker.name == "Bob Vander Ploeg"
    assert quote_by(r, "I'm not sure he can win").speaker.name == "Bob Vander Ploeg"


def test_a_pronoun_after_a_passive_goes_to_its_agent_when_its_subject_cannot_speak_so(extract_text):
    r = extract_text(
        "Talks\n\n"
        "\"We are not naive,\" the mediator, Karim Nasser, told reporters.\n\n"
        "The army delegation is led by General Omar Haddad, a member of the ruling council. In a brief "
        "statement before leaving, he said the army had come to the talks in good faith.\n"
    )
    assert quote_by(r, "the army had come to the talks").speaker.name == "Omar Haddad"


def test_a_name_set_off_after_a_description_names_it_though_the_parse_hangs_it_on_the_verb(extract_text):
    # a title before the name, or a second description after it, and the parser makes the name a
    # second subject of "said" or an adverb of the clause "according to" credits
    r = extract_text(
        "Drug panel\n\n"
        "\u201cNobody on this committee doubts the urgency,\u201d said the panel\u2019s chair, Dr. Susan Kovac, "
        "a neurologist at the University of Pittsburgh.\n\n"
        "A group called Save Dunmore Farmland has raised about $40,000 for legal fees, according to its organizer, Ruth Gallagher.\n"
    )
    assert quote_by(r, "Nobody on this committee").speaker.name == "Susan Kovac"
    raised = quote_by(r, "has raised about $40,000")
    assert raised.speaker.name == "Ruth Gallagher"
    assert "Gallagher" not in raised.text  # the name is the source's, not what it said


def test_a_name_in_apposition_to_the_body_a_role_is_of_is_the_role_holder(extract_text):
    r = extract_text(
        "Election\n\n"
        "The head of the ECOWAS observer mission, former Sierra Leonean President Ernest Bai Koroma, "
        "said at a press briefing that his team had not seen evidence of fraud.\n\n"
        "Her brother-in-law, a police constable named Gul Khan, said officers were stretched thin. "
        "His sister-in-law said the roads were closed.\n"
    )
    assert quote_by(r, "his team had not seen").speaker.name == "Ernest Bai Koroma"
    r2 = extract_text("Voters\n\nThe other man, his cousin James York, 40, said the plan was weak.\n")
    assert quote_by(r2, "the plan was weak").speaker.name == "James York"  # through a description in apposition
    # a hyphenated head with a preposition in it is one noun: its appositions are its own
    assert quote_by(r, "officers were stretched thin").speaker.name == "Gul Khan"
    assert quote_by(r, "the roads were closed").speaker.text == "His sister-in-law"


def test_the_statement_said_is_said_by_whoever_the_article_said_made_it(extract_text):
    r = extract_text(
        "Court\n\n"
        "Carlos Mendes has denied wrongdoing. In a statement released by his lawyers after the ruling, "
        "he said he was the victim of persecution. \"I signed hundreds of documents a week,\" the statement said.\n\n"
        "\"We regret the delay,\" the statement said.\n"
    )
    signed = quote_by(r, "I signed hundreds")
    assert (signed.speaker.name, signed.speaker.text) == ("Carlos Mendes", "the statement")
    assert quote_by(r, "We regret the delay").speaker.name == "Carlos Mendes"
    # with no statement told of before, the statement speaks as written
    r = extract_text("Court\n\n\"We regret the delay,\" the statement said.\n")
    assert quote_by(r, "We regret the delay").speaker.name == "the statement"


def test_a_name_used_as_a_modifier_is_not_the_person_last_named(extract_text):
    r = extract_text(
        "Primary\n\n"
        "Ohio Gov. Walter Haskins trailed with 14 percent. Senator Clay Brandon won the state with "
        "help from Gov. Scott Lindahl, who endorsed him last week. Lindahl told reporters at the "
        "Brandon event that the state had sent a message.\n\n"
        "\"We want a candidate who leads,\" the governor said.\n"
    )
    assert quote_by(r, "We want a candidate who leads").speaker.name == "Scott Lindahl"


def test_a_pronoun_in_a_coordinated_clause_is_the_subject_of_the_clause_before_not_of_its_report(extract_text):
    r = extract_text(
        "Politics\n\n"
        "Ronald Mayfield, the state party chairman, spoke on Monday. Mayfield acknowledged that Grant Voss "
        "had made inroads with union members, but he said he believed they would come home in the end.\n"
    )
    assert quote_by(r, "they would come home").speaker.name == "Ronald Mayfield"


def test_a_capitalised_subject_tagged_a_verb_is_a_name():
    # the tagger may read a surname ending in -s ("Hendricks") as a verb's third person
    from newsgraph.extract.quotes import find_subject

    doc = parsed_sentence(
        "Hendricks , campaigning in Henderson , accused Marquez .",
        heads=[6, 0, 0, 2, 3, 0, 6, 6, 6],
        deps=["nsubj", "punct", "acl", "prep", "pobj", "punct", "ROOT", "dobj", "punct"],
        tags=["VBZ", ",", "VBG", "IN", "NNP", ",", "VBD", "NNP", "."],
        pos=["VERB", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "O"],
    )
    assert find_subject(doc[6], set()).text == "Hendricks"  # not Henderson, nor no one


def test_one_who_believes_beside_a_clause_about_no_person_is_the_reporter(extract_text):
    # the parse joins "believed" to the reported clause's verb; an office or a race holds no belief
    r = extract_text(
        "Court order\n\n"
        "Marquez said her office would comply with the order but believed it was unconstitutional.\n"
    )
    believed = quote_by(r, "it was unconstitutional")
    assert believed.speaker.name == "Marquez"


def test_the_reverend_and_a_reflexive_subject(extract_text):
    r = extract_text(
        "Revival\n\n"
        'The Rev. Amos Tolliver spoke first. "I will pray for him a great deal harder," the reverend said.\n\n'
        "Former Gov. Dana Pruitt has herself said some of those laws went too far.\n"
    )
    assert quote_by(r, "I will pray for him").speaker.name == "Amos Tolliver"
    assert quote_by(r, "some of those laws went too far").speaker.name == "Dana Pruitt"  # not "herself"


# lemmas the blank pipeline lacks, for the verbs the written-out parses below turn on
PAST_FORMS = {"said": "say", "backed": "back", "grew": "grow", "hinted": "hint", "citing": "cite", "adding": "add", "lost": "lose"}


def test_a_quote_mark_hung_on_the_reporting_verb_is_not_what_it_holds():
    # the parser hung the opening mark on "said" and "said" on "bill" as a relative clause: the
    # quotation is Delgado's, not that of whoever "backed" the bill
    from newsgraph.extract.quotes import _governing_cue

    doc = parsed_sentence(
        'The fight grew so loud over who backed which bill that Delgado said , " I need a referee . "',
        heads=[1, 2, 2, 4, 2, 4, 7, 5, 9, 7, 12, 12, 9, 12, 12, 16, 12, 18, 16, 2, 2],
        deps=["det", "nsubj", "ROOT", "advmod", "acomp", "prep", "nsubj", "pcomp", "det", "dobj", "dobj", "nsubj", "relcl",
              "punct", "punct", "nsubj", "ccomp", "det", "dobj", "punct", "punct"],
        tags=["DT", "NN", "VBD", "RB", "JJ", "IN", "WP", "VBD", "WDT", "NN", "WDT", "NNP", "VBD", ",", "``", "PRP", "VBP", "DT", "NN", ".", "''"],
        pos=["DET", "NOUN", "VERB", "ADV", "ADJ", "ADP", "PRON", "VERB", "DET", "NOUN", "PRON", "PROPN", "VERB", "PUNCT", "PUNCT",
             "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT"],
        lemmas=PAST_FORMS,
    )
    marks = doc[14:21]
    assert _governing_cue(marks, set(range(14, 21))).text == "said"


def test_a_participle_cue_without_a_parsed_subject_goes_on_with_the_clause_subject():
    # "adding" was hung on "bridge": the one who hinted adds, not the forum where it was said
    from newsgraph.extract.quotes import _surface_subject

    doc = parsed_sentence(
        'At the forum , he hinted at Hale by citing the bridge and adding , " We know who pays . "',
        heads=[5, 2, 0, 5, 5, 5, 5, 8, 6, 5, 9, 12, 10, 12, 14, 14, 19, 18, 19, 14, 19, 5],
        deps=["prep", "det", "pobj", "punct", "nsubj", "ROOT", "prep", "pobj", "prep", "pcomp", "det", "dobj", "cc", "conj",
              "punct", "punct", "nsubj", "nsubj", "ccomp", "ccomp", "punct", "punct"],
        tags=["IN", "DT", "NN", ",", "PRP", "VBD", "IN", "NNP", "IN", "VBG", "DT", "NN", "CC", "VBG", ",", "``", "PRP", "WP", "VBZ", "VBP", ".", "''"],
        pos=["ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "ADP", "VERB", "DET", "NOUN", "CCONJ", "VERB",
             "PUNCT", "PUNCT", "PRON", "PRON", "VERB", "VERB", "PUNCT", "PUNCT"],
        lemmas=PAST_FORMS,
    )
    adding = doc[13]
    assert _surface_subject(list(doc[:15]), adding, after_quote=False).text == "he"


def test_a_thing_that_says_passes_the_quotation_to_the_reporter():
    from newsgraph.extract.quotes import _said_by_a_thing

    doc = parsed_sentence(
        "Okafor said the town lost a voice that said it",
        heads=[1, 1, 3, 4, 1, 6, 4, 8, 6, 8],
        deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "dobj", "nsubj", "relcl", "dobj"],
        tags=["NNP", "VBD", "DT", "NN", "VBD", "DT", "NN", "WDT", "VBD", "PRP"],
        pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PRON", "VERB", "PRON"],
        lemmas=PAST_FORMS,
    )
    assert _said_by_a_thing(doc[8])
    person = parsed_sentence(
        "Okafor thanked the senator who said it",
        heads=[1, 1, 3, 1, 5, 3, 5],
        deps=["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "dobj"],
        tags=["NNP", "VBD", "DT", "NN", "WP", "VBD", "PRP"],
        pos=["PROPN", "VERB", "DET", "NOUN", "PRON", "VERB", "PRON"],
        lemmas=PAST_FORMS,
    )
    assert not _said_by_a_thing(person[5])  # a person who says speaks for themselves


def test_a_name_the_parser_joined_to_a_description_without_and_is_in_apposition():
    from newsgraph.extract.quotes import _named_apposition

    # "The top Democrat on the panel, Rep. Luis Ortega, said": the name hung on the description as
    # a conjunct, with no "and" between
    doc = parsed_sentence(
        "The top Democrat on the panel , Rep. Luis Ortega , said it",
        heads=[2, 2, 10, 2, 5, 3, 2, 8, 8, 2, 10, 10, 10],
        deps=["det", "amod", "nsubj", "prep", "det", "pobj", "punct", "compound", "compound", "conj", "punct", "ROOT", "dobj"],
        tags=["DT", "JJ", "NNP", "IN", "DT", "NN", ",", "NNP", "NNP", "NNP", ",", "VBD", "PRP"],
        pos=["DET", "ADJ", "PROPN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PRON"],
        ents=["O", "O", "B-NORP", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    assert _named_apposition(doc[2]).text == "Ortega"
    joined = parsed_sentence(
        "The senator and Luis Ortega said it",
        heads=[1, 5, 1, 4, 1, 5, 5],
        deps=["det", "nsubj", "cc", "compound", "conj", "ROOT", "dobj"],
        tags=["DT", "NN", "CC", "NNP", "NNP", "VBD", "PRP"],
        pos=["DET", "NOUN", "CCONJ", "PROPN", "PROPN", "VERB", "PRON"],
        ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
    )
    assert _named_apposition(joined[1]) is None  # two people, not one named


def test_a_subject_inside_a_clause_of_the_aside_is_not_the_speaker(extract_text):
    r = extract_text(
        "Refugees\n\n"
        "The Lutz Relief League, one of nine groups that resettle refugees in Sylvania, said its offices "
        "had seen a sharp rise in arrivals.\n\n"
        "One guard, who spoke on condition of anonymity because prison rules bar guards from talking to "
        "reporters, said morale was low.\n"
    )
    assert quote_by(r, "its offices had seen").speaker.name == "Lutz Relief League"
    assert quote_by(r, "morale was low").speaker.text == "One guard"


def test_an_office_written_before_a_name_describes_its_holder(extract_text):
    r = extract_text(
        "Schools\n\n"
        "The plan, backed by Superintendent Karen Vossberg, would move the first bell to 8:25 a.m. "
        "Vossberg told the board that the change would help students.\n\n"
        "The superintendent also said she would look at sharing buses with the college.\n\n"
        "Marion County Coroner Franklin Oberholt said lab tests had confirmed the drug in three deaths. "
        "The coroner said his office was still awaiting results.\n"
    )
    assert quote_by(r, "the change would help").speaker.name == "Karen Vossberg"
    assert quote_by(r, "sharing buses").speaker.name == "Karen Vossberg"
    assert quote_by(r, "still awaiting results").speaker.name == "Franklin Oberholt"


def test_an_embedded_post_is_its_signers_words(extract_text):
    r = extract_text(
        "Floor fight\n\nThe chair walked off the stage in the middle of the vote.\n\n"
        "They did not beat us. They cheated us. Every delegate in this hall knows it.\n"
        "— Dana Kowalski (@DanaKowalskiCO) July 18, 2016\n\nThe committee disagreed.\n"
    )
    post = quote_by(r, "They cheated us")
    assert (post.kind, post.speaker.name) == ("direct", "Dana Kowalski")
    # the signature's date does not make it a photo caption taken out of the body
    assert "@DanaKowalskiCO" in r.article.text and not r.article.captions


def test_who_in_the_singular_after_names_joined_by_and_is_the_last_of_them(extract_text):
    r = extract_text(
        "Endorsements\n\nSupporters include Reps. Tom Bale and Ana Ruiz, who was among the first to say "
        "the governor would win the nomination.\n"
    )
    assert quote_by(r, "the governor would win").speaker.name == "Ana Ruiz"
