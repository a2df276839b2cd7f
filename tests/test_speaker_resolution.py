"""Speaker resolution: pronouns to their antecedents, the running attribution of quotations without
a cue. Sentences written for these tests."""

from __future__ import annotations

from conftest import quote_by


def test_a_quotation_without_a_cue_goes_on_with_the_speaker_not_with_a_statement_told_in_its_words(extract_text):
    r = extract_text(
        "Contract\n\n"
        "The union posted a message Friday arguing that the new survey shows most workers oppose the contract.\n\n"
        "\"We will not sign anything that cuts pensions.\"\n"
    )
    assert quote_by(r, "We will not sign").speaker.name == "The union"


def test_he_is_the_one_the_sentence_before_is_about_not_the_last_speaker(extract_text):
    r = extract_text(
        "Council\n\n"
        "\"The budget is balanced,\" said Mayor Tom Park.\n\n"
        "Councilman Ray Dunn was not convinced. \"These numbers were cooked,\" he said.\n"
    )
    assert "Ray Dunn" in quote_by(r, "These numbers were cooked").speaker.name


def test_he_is_not_the_one_the_sentence_before_is_about_when_his_own_sentence_names_a_subject(extract_text):
    r = extract_text(
        "Port\n\n"
        "\"The port is safe,\" said Mayor Tom Park.\n\n"
        "Senator Joe Lind toured the docks on Monday.\n\n"
        "In Newark, where Park grew up, he told voters that the port would stay open.\n"
    )
    assert "Tom Park" in quote_by(r, "the port would stay open").speaker.name


def test_a_subject_in_someone_elses_words_is_not_what_the_next_pronoun_stands_for(extract_text):
    r = extract_text(
        "Libraries\n\n"
        "The city will close two libraries, according to the Harbor Times. It reported that the budget "
        "leaves no room for new hires.\n"
    )
    assert quote_by(r, "leaves no room").speaker.name == "Harbor Times"


def test_it_stands_for_an_unnamed_body_that_spoke_before(extract_text):
    r = extract_text(
        "Schools\n\n"
        "The county council, alleging that the mayor had hidden a deficit, said it would sue the city.\n\n"
        "\"We have no other choice,\" it said.\n"
    )
    assert quote_by(r, "We have no other choice").speaker.name == "The county council"


def test_a_quotation_after_a_line_ending_in_a_colon_is_said_by_the_one_it_names(extract_text):
    r = extract_text(
        "Bridge\n\n"
        "\"We need the bridge,\" said Governor Tom Hale.\n\n"
        "The plan has critics. Here is state Senator Joan Avery in a March hearing: \"We will not pay for a "
        "bridge to nowhere.\"\n\n"
        "And a week later on WNYC: \"Every year we wait, the bridge costs more.\"\n"
    )
    assert quote_by(r, "bridge to nowhere").speaker.name == "Joan Avery"
    assert quote_by(r, "Every year we wait").speaker.name == "Joan Avery"  # a station is where, not who


def test_he_after_a_clause_about_someone_stands_for_its_subject(extract_text):
    r = extract_text(
        "Inquiry\n\n"
        "\"The budget is balanced,\" said Senator Joe Lind.\n\n"
        "Although Mayor Tom Park was cleared by the inquiry, he has accused the council of running a smear campaign.\n"
    )
    assert "Tom Park" in quote_by(r, "running a smear campaign").speaker.name


def test_a_pronoun_never_stands_for_someone_named_in_an_earlier_quotation(extract_text):
    r = extract_text(
        "Hearing\n\n"
        "\"Governor Alex Ward never read the report,\" the editorial said.\n\n"
        "The council voted 5-2 on Monday. \"This is a good day,\" he said.\n"
    )
    speaker = quote_by(r, "This is a good day").speaker
    assert (speaker.name, speaker.entity_id) == ("he", None)  # unresolved rather than guessed


def test_a_pronoun_stands_for_a_surname_the_entity_step_missed_when_the_article_names_that_person_in_full(extract_text):
    r = extract_text(
        "Gala\n\n"
        "\u201cThe night belongs to the students,\u201d said Principal Maria Gomez.\n\n"
        "Two other moments came from Karen Mills and Ana Lopes, who both shared messages as they accepted awards.\n"
        "In her speech, Mills declared the need for strong will, courage and drive: \u201cChange the world and then "
        "change it again,\u201d she said.\n"
    )
    assert quote_by(r, "Change the world").speaker.name == "Karen Mills"



def test_a_pronoun_after_a_quotation_of_several_sentences_stands_for_whom_the_sentence_before_the_quotation_is_about(extract_text):
    r = extract_text(
        "Budget\n\n"
        "\"The budget is balanced,\" said Mayor Ana Park.\n\n"
        "Senator Joan Lind ended the hearing on a sour note. \"We read the report twice. Well, guess what. It was "
        "wrong,\" she said.\n"
    )
    assert quote_by(r, "We read the report twice").speaker.name == "Joan Lind"


def test_a_pronoun_written_with_others_speaks_with_them_as_a_group(extract_text):
    r = extract_text(
        "Bridge\n\n"
        "\"We need the bridge,\" said Governor Tom Hale.\n\n"
        "Mayor Ana Park spoke next. She and her aides said the bridge would cost the city too much.\n"
    )
    speaker = quote_by(r, "would cost the city too much").speaker
    assert (speaker.text, speaker.name, speaker.type) == ("She and her aides", "Ana Park and her aides", "GROUP")
    # the evidence offsets cover the whole group as written
    assert r.article.text[speaker.start : speaker.end] == "She and her aides"


def test_a_pronoun_after_a_quotation_is_not_whom_the_quotation_is_about(extract_text):
    r = extract_text(
        "Race\n\nKathleen Orr lost the race on Tuesday. Her husband, Michael Orr, blamed the loss on the president. "
        "\u201cKathy ran a great race in a terrible year,\u201d he said.\n"
    )
    assert quote_by(r, "ran a great race").speaker.name == "Michael Orr"


def test_she_is_the_one_the_text_turned_to_after_the_last_speaker_not_that_speaker(extract_text):
    # the sentence right before is about others ("Republicans"); the one before that has turned
    # to the governor since the last speaker who fits spoke
    r = extract_text(
        "Veto\n\n"
        "\"My kids were failing,\" said Nora Diaz, a mother of two from Racine.\n\n"
        "Governor Ellen Voss has now issued 30 vetoes since taking office. Lawmakers have not overridden any of them.\n\n"
        "She told reporters on Wednesday that the votes were not there this time either.\n"
    )
    assert "Ellen Voss" in quote_by(r, "the votes were not there").speaker.name
    # with no one since, the last speaker who fits stays the one
    r = extract_text(
        "Veto\n\n"
        "\"My kids were failing,\" said Nora Diaz, a mother of two from Racine.\n\n"
        "Lawmakers have not overridden any of the vetoes.\n\n"
        "She told reporters on Wednesday that she would testify again.\n"
    )
    assert "Nora Diaz" in quote_by(r, "she would testify again").speaker.name


def test_first_names_joined_before_a_surname_share_it(extract_text):
    # "Nina and Paul Ward" names Nina Ward: "Ms. Ward" is her, not a Ward named in full later
    r = extract_text(
        "Siblings\n\n"
        "For Nina and Paul Ward, the race has become a family feud.\n\n"
        "\"My brother works for the utilities,\" Ms. Ward said.\n\n"
        "Their aunt, Ruth Ward, said she would vote.\n\n"
        "\"Money doesn't knock on doors,\" Ms. Ward said.\n"
    )
    assert quote_by(r, "My brother works").speaker.name == "Nina Ward"
    assert quote_by(r, "Money doesn't knock").speaker.name == "Nina Ward"
    # and each honorific finds its own of a couple named together
    r = extract_text(
        "Dinner\n\n"
        "Tom and Alice Greer attended the dinner.\n\n"
        "\"We had a great time,\" Mr. Greer said.\n\n"
        "\"It was lovely,\" Mrs. Greer said.\n"
    )
    assert quote_by(r, "We had a great time").speaker.name == "Tom Greer"
    assert quote_by(r, "It was lovely").speaker.name == "Alice Greer"
    # a name the article also writes alone is a surname: "Ward and Paul Greer" are two people
    r = extract_text(
        "Debate\n\n"
        "Ward and Paul Greer debated on Tuesday.\n\n"
        "\"We won,\" Ward said.\n"
    )
    assert quote_by(r, "We won").speaker.name == "Ward"


def test_a_pronoun_stands_for_the_name_beside_a_described_subject(extract_text):
    # "His daughter, Valentina Paredes, ...": the subject is the description, the name its apposition
    r = extract_text(
        "Vigil\n\n"
        "\"They took him at dawn,\" said Ramon Ortiz, a neighbour.\n\n"
        "His daughter, Valentina Paredes, 26, spent Saturday outside the prison. "
        "She said the family had not been allowed to see him.\n"
    )
    assert quote_by(r, "had not been allowed to see him").speaker.name == "Valentina Paredes"


def test_a_pronoun_stands_for_whom_a_described_subject_describes(extract_text):
    # "the former general" is Yoav Shacham by the apposition that described him so
    r = extract_text(
        "Race\n\n"
        "Yoav Shacham, a former general, entered the race on Monday.\n\n"
        "\"We will win,\" said Dana Levi, a rival.\n\n"
        "Asked about the polls, the former general smiled. \"Polls change,\" he said.\n"
    )
    assert quote_by(r, "Polls change").speaker.name == "Yoav Shacham"


def test_a_party_tag_or_the_state_a_lawmaker_is_of_describes_them(extract_text):
    r = extract_text(
        "Hearing\n\n"
        "Sen. Dale Orton (R-Texas) questioned the nominee. Sen. Mary Quill of Vermont, a Democrat, followed him.\n\n"
        "\"The record speaks for itself and it is not a good one,\" the Texas Republican said.\n\n"
        "\"I have heard nothing today that changes my mind at all,\" the Vermont senator said.\n\n"
        "\"We will vote on it next week, whatever happens,\" the Vermont Democrat said.\n"
    )
    assert quote_by(r, "The record speaks").speaker.name == "Dale Orton"
    assert quote_by(r, "I have heard nothing").speaker.name == "Mary Quill"
    assert quote_by(r, "We will vote on it").speaker.name == "Mary Quill"


def test_a_title_with_what_an_apposition_states_describes_and_dr_is_the_doctor(extract_text):
    r = extract_text(
        "Budget\n\n"
        "Gov. Carla Wendt, a Democrat, signed the budget on Friday. Dr. Owen Farrah, the state epidemiologist, "
        "testified before her. Assemblyman Rudy Kestrel of Troy voted against it.\n\n"
        "\"This budget keeps every promise we made,\" the Democratic governor said.\n\n"
        "\"The clinics will stay open through the winter,\" the doctor told reporters.\n\n"
        "\"Nobody in my district asked for this,\" the assemblyman said.\n"
    )
    assert quote_by(r, "This budget keeps").speaker.name == "Carla Wendt"
    assert quote_by(r, "The clinics will").speaker.name == "Owen Farrah"
    assert quote_by(r, "Nobody in my district").speaker.name == "Rudy Kestrel"


def test_a_name_of_title_case_words_ending_in_a_title_and_a_person_is_that_person(extract_text):
    r = extract_text(
        "Dam\n\n"
        "Bureau of Land Management Director Nora Feld, 58, said in a statement that the sale was \"a fair price.\" "
        "She said the agency would close the sale in June.\n\n"
        "The brother of former Ohio Senator Clay Roark said he was not told.\n"
    )
    assert quote_by(r, "a fair price").speaker.name == "Nora Feld"
    assert quote_by(r, "the agency would close").speaker.name == "Nora Feld"
    assert quote_by(r, "he was not told").speaker.name != "Clay Roark"


def test_what_a_role_is_for_or_to_does_not_describe_its_holder(extract_text):
    r = extract_text(
        "Race\n\n"
        "Gov. Irene Kowal, a Democrat, faces Peter Lindahl, the Republican candidate for governor, in November.\n\n"
        "\"Sincerity is not a health care plan,\" the governor said.\n"
    )
    assert quote_by(r, "Sincerity is not").speaker.name == "Irene Kowal"


def test_sir_or_dame_and_a_first_name_is_the_one_so_named_though_a_town_has_the_name(extract_text):
    r = extract_text(
        "Honours\n\n"
        "\"The theatre saved my life,\" said Dame Chelsea Harlow, who was honoured on Friday.\n\n"
        "\"I owe it everything,\" Dame Chelsea added.\n"
    )
    assert quote_by(r, "I owe it everything").speaker.name == "Chelsea Harlow"


def test_a_pronoun_finds_a_subject_the_parse_missed_and_a_title_with_a_surname_is_a_person(extract_text):
    r = extract_text(
        "Rally\n\n"
        "Union spokesman Carl Voss said the strike \"will go on as long as it takes.\"\n\n"
        "Outside the depot, Tim Okafor, 47, a driver from Dayton, held a sign reading \"Fair Pay.\" "
        "He said he had not worked since April.\n\n"
        "Sheriff Lund, who backs the drivers, said he would not clear the pickets. Asked whether he feared a lawsuit, he said: "
        "\"Let them try.\"\n"
    )
    assert quote_by(r, "he had not worked").speaker.name == "Tim Okafor"
    assert quote_by(r, "Let them try").speaker.name == "Lund"


def test_an_age_describes_whom_it_was_given_to_or_adds_news_of_the_one_the_role_fits(extract_text):
    r = extract_text(
        "Cabinet\n\n"
        "Interior Minister Samir Aziz, 61, met the envoys. Trade Minister Lina Farouk, 48, met the bankers.\n\n"
        "The 61-year-old minister said the border would stay open.\n\n"
        "Joseph Mwangi, the lawyer for the families, spoke first. The 57-year-old lawyer for the families said the trial "
        "would begin in May.\n"
    )
    assert quote_by(r, "the border would stay open").speaker.name == "Samir Aziz"
    assert quote_by(r, "the trial would begin").speaker.name == "Joseph Mwangi"


def test_the_younger_and_the_elder_of_a_surname_are_the_child_and_the_parent_the_article_names(extract_text):
    r = extract_text(
        "Dynasty\n\n"
        "Walter Greer, the former state treasurer, endorsed the campaign. His daughter, Alice Greer, is running for the seat.\n\n"
        "\"I learned this job at his kitchen table,\" the younger Greer said.\n\n"
        "\"She never needed my help,\" the elder Greer said.\n\n"
        "Dale Hurd Jr. and Dale Hurd met the voters. \"We disagree on taxes,\" the older Hurd said.\n"
    )
    assert quote_by(r, "I learned this job").speaker.name == "Alice Greer"
    assert quote_by(r, "She never needed").speaker.name == "Walter Greer"
    assert quote_by(r, "We disagree on taxes").speaker.name == "Dale Hurd"
    # with the honorific between, as the Times writes it
    r = extract_text(
        "Iowa\n\n"
        "Dennis Hale spoke in Ankeny on Tuesday. Their son, Tucker Hale, a lawyer, defends his father online.\n\n"
        "The younger Mr. Hale insisted that the survey had undercounted evangelical voters.\n"
    )
    assert quote_by(r, "the survey had undercounted").speaker.name == "Tucker Hale"


def test_an_undotted_honorific_names_the_one_of_its_gender_among_those_sharing_a_surname(extract_text):
    r = extract_text(
        "Vote\n\n"
        "Helen Marsh, the Labour MP, voted against the deal. Her husband Simon Marsh, a Conservative, backed it.\n\n"
        "\"The public were sold a fantasy in 2016,\" Ms Marsh said.\n\n"
        "\"I get her post sometimes and I read it,\" Mr Marsh joked.\n"
    )
    assert quote_by(r, "sold a fantasy").speaker.name == "Helen Marsh"
    assert quote_by(r, "I get her post").speaker.name == "Simon Marsh"


def test_a_description_set_before_a_name_describes_it(extract_text):
    # "The club's chairman, Derek Hollins," states what "the chairman" later refers to, as an
    # apposition after the name does; the parse hangs such a name on the last noun before it
    r = extract_text(
        "Club loses\n\n"
        "The club's chairman, Derek Hollins, is the father of the captain.\n\n"
        "The chairman said the manager would be given time.\n\n"
        "The author of the report, Ana Ruiz, said it took a year. The report said costs had doubled.\n"
    )
    assert quote_by(r, "the manager would be given time").speaker.name == "Derek Hollins"
    assert quote_by(r, "costs had doubled").speaker.name != "Ana Ruiz"


def test_a_description_by_the_noun_an_apposition_gave_one_person(extract_text):
    # "the hydrologist" is no role the agents dictionary lists, but the article gave it to one person
    r = extract_text(
        "Lake study\n\n"
        "Hannah Brandt led the study. Her co-author, Dr. Lukas Brandt, a hydrologist at the Geological "
        "Survey, said the timing mattered.\n\n"
        "\u201cIf manure goes on frozen ground, it ends up in the lake,\u201d the hydrologist said.\n"
    )
    assert quote_by(r, "it ends up in the lake").speaker.name == "Lukas Brandt"


def test_a_home_state_or_party_no_one_was_given_is_news_about_the_person_named_last(extract_text):
    r = extract_text(
        "Budget fight\n\n"
        "Sen. Karen Walsh spent the morning with dairy farmers. The Vermont senator said, \"The dairy program pays for itself.\"\n\n"
        "Senator Al Ruiz of Texas spoke next. The Texas Republican said, \"We will not fund it.\"\n"
    )
    assert quote_by(r, "The dairy program pays").speaker.name == "Karen Walsh"
    assert quote_by(r, "We will not fund it").speaker.name == "Al Ruiz"  # his state was given, his party is news


def test_a_home_state_given_to_no_one_names_no_one_but_the_last_person_named(extract_text):
    r = extract_text(
        "Budget fight\n\n"
        "Sen. Karen Walsh met Sen. Al Ruiz, R-Texas, on Monday. Ruiz left early. "
        "The Vermont senator said, \"The dairy program pays for itself.\"\n\n"
        "The Republican leader, Dan Pike, opened the hearing. Ann Cole testified next. "
        "The Wisconsin Republican said, \"We will not fund it.\"\n"
    )
    # Ruiz, named last, is from Texas; a party alone picks out no one
    assert quote_by(r, "The dairy program pays").speaker.name == "The Vermont senator"
    assert quote_by(r, "We will not fund it").speaker.name == "The Wisconsin Republican"


def test_a_role_stated_of_no_one_is_news_about_the_person_the_paragraph_is_about(extract_text):
    r = extract_text(
        "Verdict\n\n"
        "His father, Alan Brooks, who attended every day of the trial, wept as the verdict was read. "
        "Outside the courtroom, the retired high school principal said the money had never been the point.\n\n"
        "Mayor Jo Bell spoke next. \u201cIt is a good day for the city,\u201d she said. "
        "\u201cWe will build the bike lane,\u201d the economist added.\n"
    )
    principal = quote_by(r, "the money had never been the point")
    assert (principal.speaker.name, principal.speaker.text) == ("Alan Brooks", "the retired high school principal")
    assert quote_by(r, "We will build the bike lane").speaker.name == "Jo Bell"  # who spoke last in the paragraph
    # a role the article gave someone tells people apart: with two senators named, and a third
    # person in the paragraph, "the senator" is either senator, and stays as written
    kept = extract_text(
        "Race\n\nSen. Tom Bale and Sen. Ana Ruiz spoke on Monday. Ann Cole, a farmer, watched. "
        "The senator said the race was far from over.\n"
    )
    assert quote_by(kept, "the race was far from over").speaker.name == "The senator"


def test_a_first_name_the_tagger_missed_is_the_one_person_named_in_full_with_it(extract_text):
    r = extract_text(
        "School closing\n\n"
        "Linda Park spoke against the plan. Her daughter, Emily Park, 11, followed her to the microphone "
        "and read from a sheet of notebook paper. Emily said she had walked to Lincoln every day since kindergarten.\n"
    )
    assert quote_by(r, "she had walked to Lincoln").speaker.name == "Emily Park"


def test_he_after_a_titled_surname_or_a_sentence_about_a_thing_and_one_person(extract_text):
    r = extract_text(
        "Fire\n\n"
        "\"We had a perfect setup for this fire,\" said Chief Mark Delaney of the county fire department.\n\n"
        "The decision drew criticism from Supervisor Kevin Crye. He said residents had been told for years that shutoffs would work.\n\n"
        "Back at the briefing, Chief Delaney was asked whether crews could hold the fire overnight.\n\n"
        "\"That's the plan,\" he said.\n"
    )
    assert quote_by(r, "residents had been told for years").speaker.name == "Kevin Crye"
    assert quote_by(r, "That's the plan").speaker.name == "Mark Delaney"


def test_a_quotation_after_one_credited_through_a_translation_goes_on_with_the_speaker(extract_text):
    r = extract_text(
        "Talks\n\n"
        "Her Peruvian counterpart, Alejandro Quispe, struck a more guarded note.\n\n"
        "\u201cPeru has always respected its obligations,\u201d Mr. Quispe said, according to an official translation. "
        "\u201cWe hope that the data from the commission will show this clearly.\u201d\n"
    )
    assert quote_by(r, "We hope that the data").speaker.name == "Alejandro Quispe"
    # the translation is still the source of the report that he spoke, as PolNeAR reads it
    assert quote_by(r, "Mr. Quispe said").speaker.text == "an official translation"


def test_she_after_a_sentence_about_one_person_named_in_passing(extract_text):
    r = extract_text(
        "Premiums\n\n"
        "Janelle Pruitt, a cashier, pays $400 a month. Health spokesman Adrian Velasquez said the market was stable. "
        "He said the department was working with regulators.\n\n"
        "For Pruitt, that is cold comfort. She said she had been uninsured for six years.\n\n"
        "In Durham, Gladys Ingram, 81, waited 90 minutes to vote. She said she had not missed an election since 1960.\n"
    )
    assert quote_by(r, "uninsured for six years").speaker.name == "Janelle Pruitt"
    assert quote_by(r, "not missed an election").speaker.name == "Gladys Ingram"
