"""Gender stated by a name or description, from titles, role nouns and the Census first-name tables."""

from __future__ import annotations

from newsgraph.resolve.gender import agrees, gender_of


def test_first_names_titles_and_role_nouns_state_a_gender():
    assert gender_of("Margaret Hale") == "female"
    assert gender_of("Thomas Reed") == "male"
    assert gender_of("Mrs. Lowe") == "female"
    assert gender_of("the congressman") == "male"
    assert gender_of("an agency spokeswoman") == "female"
    assert gender_of("the senator's wife") == "female"


def test_a_first_name_with_accents_is_read_whole_as_the_census_writes_it():
    assert gender_of("Hélène Roux") == "female" and gender_of("José Ramos") == "male"
    assert gender_of("François Durand") is None  # not "Fran" (a woman's name) and "ois"; the lists lack it
    assert agrees("he", "François Durand")


def test_surnames_shared_names_and_organisations_state_none():
    assert gender_of("Reed") is None  # a lone word may be a surname
    assert gender_of("Leslie Hale") is None  # borne by women and men alike
    assert gender_of("The Port Authority") is None


def test_pronouns_agree_unless_the_name_states_the_other_gender():
    assert agrees("she", "Margaret Hale") and not agrees("he", "Margaret Hale")
    assert agrees("he", "Thomas Reed") and not agrees("her", "Thomas Reed")
    assert agrees("she", "Reed") and agrees("he", "Reed")


def test_a_role_noun_outranks_the_census_guess_from_a_first_name():
    # "Avery" is a man's name in the 1990 tables; "spokeswoman" says otherwise
    assert agrees("she", "Avery Lin", "a City Hall spokeswoman") and not agrees("he", "Avery Lin", "spokeswoman")
    # an honorific among the roles does not: a "Mrs." may have gone to her husband's record
    assert not agrees("she", "Thomas Reed", "Mrs.")


def test_a_role_states_the_gender_of_its_holder_not_of_others_it_tells_of():
    # "whose son was killed" is about her son
    assert agrees("she", "Laura Whitfield", "whose son was killed in 2014 by a driver")
    assert not agrees("he", "Jo Roe", "wife of the president who lost his seat")
