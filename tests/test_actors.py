"""Corpus actors: an article's entity links to one actor across the corpus, by a stable id."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsgraph.clean import clean_document
from newsgraph.cli import app
from newsgraph.resolve.corpus import ActorIndex
from newsgraph.schema import ArticleRecord, RawDocument
from newsgraph.serve import create_app
from newsgraph.store import Store

GENEVA = """Talks resume in Geneva

John F. Kerry met ministers from four countries in Geneva on Monday. "We will keep talking until there is a ceasefire," Mr. Kerry said after the meeting.
"""
PARIS = """Paris meeting ends early

John Kerry spoke to reporters in Paris on Tuesday. "The next round will be harder," Kerry said.
"""
MUSEUM = """Museum opens a new wing

Mary Kerry, the museum's director, opened the new wing on Friday. "It took us ten years," Ms. Kerry said.
"""
COUNCIL = """Council delays its vote

The council delayed its vote on the harbor plan. "We need more time," Kerry said at the meeting on Thursday.
"""


def link_all(names: list[tuple[str, str]]) -> tuple[ActorIndex, list[str | None]]:
    index = ActorIndex()
    return index, [index.link(name, type_) for name, type_ in names]


def test_compatible_names_are_one_actor_and_others_are_not():
    _, ids = link_all([
        ("Donald Trump", "PERSON"), ("Donald J. Trump", "PERSON"), ("Mr. Trump", "PERSON"),
        ("Donald Trump Jr.", "PERSON"), ("F.B.I.", "ORG"), ("FBI", "ORG"),
    ])
    assert ids[:3] == ["donald-trump"] * 3
    assert ids[3] == "donald-trump-jr"
    assert ids[4] == ids[5] == "fbi"


def test_a_bare_surname_with_a_title_is_the_one_bearer_the_corpus_gives_that_title():
    index = ActorIndex()
    president = index.link("Barack Obama", "PERSON", roles=["President"])
    first_lady = index.link("Michelle Obama", "PERSON", roles=["first lady"])
    assert index.link("Obama", "PERSON", roles=["President"]) == president
    assert index.link("Obama", "PERSON", roles=["first lady"]) == first_lady
    assert index.link("Obama", "PERSON") is None  # untitled, either: it stays the article's


def test_a_group_and_its_members_are_one_actor():
    _, ids = link_all([
        ("Republicans", "NORP"), ("Republican", "NORP"), ("Muslim", "NORP"), ("Muslims", "NORP"),
        ("Swiss", "NORP"), ("Democratic", "NORP"), ("Democrats", "NORP"), ("Democrat", "NORP"),
    ])
    assert ids[0] == ids[1] == "republicans" and ids[2] == ids[3] == "muslim"
    assert len({ids[4], ids[5], ids[6]}) == 3 and ids[6] == ids[7]  # the party's adjective is another word


def test_a_nickname_is_the_name_it_shortens_but_two_short_names_are_two_people():
    _, ids = link_all([
        ("Joseph R. Biden", "PERSON"), ("Joe Biden", "PERSON"), ("William J. Clinton", "PERSON"), ("Bill Clinton", "PERSON"),
        ("Will Rogers", "PERSON"), ("Fred Rogers", "PERSON"),
    ])
    assert ids[0] == ids[1] == "joseph-r-biden" and ids[2] == ids[3] == "william-j-clinton"
    assert ids[4] != ids[5]  # the dataset pairs "Will" and "Fred" only through Wilfred


def test_an_organisation_joins_the_actor_its_own_acronym_names():
    index = ActorIndex()
    fbi = index.link("F.B.I.", "ORG")
    assert index.link("Federal Bureau of Investigation", "ORG", ["Federal Bureau of Investigation", "F.B.I."]) == fbi
    un = index.link("United Nations", "ORG", ["United Nations", "UN"])
    assert index.link("U.N.", "ORG") == un
    # an acronym that is not the name's initials says nothing: "AP" beside "Agence France-Presse"
    assert index.link("Agence France-Presse", "ORG", ["Agence France-Presse", "AP"]) != index.link("AP", "ORG")


def test_a_name_that_fits_two_people_stays_article_local():
    index, ids = link_all([("George W. Bush", "PERSON"), ("George H.W. Bush", "PERSON"), ("George Bush", "PERSON"), ("Bush", "PERSON")])
    assert ids == ["george-w-bush", "george-hw-bush", None, None]
    assert len(index.actors) == 2


def test_a_bare_surname_goes_to_the_person_its_titles_or_the_corpus_leave_no_doubt_about():
    index = ActorIndex()
    for _ in range(10):
        index.link("Lena Marsh", "PERSON")
    index.link("Paul Marsh", "PERSON")
    index.link("Tom Quill", "PERSON")
    index.link("Ann Quill", "PERSON")
    # ten articles of Lena Marsh against one of Paul: a bare "Marsh" is hers, "Mr. Marsh" is his
    assert index.link("Marsh", "PERSON") == "lena-marsh"
    assert index.link("Marsh", "PERSON", roles=["Mr."]) == "paul-marsh"
    # one article each: nothing but a title decides
    assert index.link("Quill", "PERSON") is None
    assert index.link("Quill", "PERSON", roles=["Ms."]) == "ann-quill"


def test_a_one_word_organisation_is_the_dominant_person_of_that_surname_only():
    index = ActorIndex()
    # the small model types a surname ORG in "polls showing Marsh leading"
    assert index.link("Marsh", "ORG") == "marsh"  # nobody of that name yet: an organisation
    for _ in range(10):
        index.link("Lena Marsh", "PERSON")
    assert index.link("Marsh", "ORG") == "lena-marsh"
    # a company seen as often as the person keeps its own actor
    for _ in range(3):
        index.link("Quill", "ORG")
    for _ in range(10):
        index.link("Tom Quill", "PERSON")
    assert index.link("Quill", "ORG") == "quill"
    assert index.link("Marsh Group", "ORG") == "marsh-group"


def test_linking_a_store_again_reads_full_names_first():
    entities = [("Marsh", "ORG", [], []), *[("Lena Marsh", "PERSON", [], [])] * 10, ("Marsh", "PERSON", [], [])]
    one_by_one = ActorIndex()
    assert [one_by_one.link(*e) for e in entities][0] == "marsh"  # an ingest met it before her
    assert set(ActorIndex().link_many(entities)) == {"lena-marsh"}


def test_person_and_org_join_only_on_the_same_name_and_the_majority_type_wins():
    index, ids = link_all([("POLITICO", "ORG"), ("Politico", "PERSON"), ("Politico", "ORG"), ("Politico Europe", "ORG")])
    assert ids[:3] == ["politico"] * 3 and ids[3] == "politico-europe"
    assert index.actors["politico"].type == "ORG"


def test_ids_do_not_change_as_names_come_in():
    index, first = link_all([("Kerry", "PERSON"), ("Kerry", "PERSON")])
    later = [index.link(name, "PERSON") for name in ("John F. Kerry", "John Kerry", "John Kerry", "John Kerry")]
    assert first == later[:1] * 2 and set(later) == {"kerry"}
    assert index.actors["kerry"].name == "John Kerry"  # the name most entities carry


def record(extractor, article_id: str, text: str) -> ArticleRecord:
    return next(extractor.extract([clean_document(RawDocument(source="test", kind="txt", text=text, id=article_id))]))


def test_store_links_across_articles_and_queries_group_by_actor(extractor, tmp_path):
    db = tmp_path / "ng.duckdb"
    with Store(db) as store:
        store.add_records([record(extractor, "geneva", GENEVA), record(extractor, "paris", PARIS)])
        kerry = {e["name"]: e for e in store.entities(type_="PERSON")}["John F. Kerry"]
    assert kerry["actor_id"] == "john-f-kerry" and kerry["articles"] == 2 and kerry["quotes"] == 2
    assert "John Kerry" in kerry["aliases"]
    # a later ingest: another Kerry arrives, and then a bare "Kerry" fits two people
    with Store(db) as store:
        store.add_records([record(extractor, "museum", MUSEUM)])
        store.add_records([record(extractor, "council", COUNCIL)])
        links = dict(store.con.execute("SELECT article_id || ':' || name, actor_id FROM entities WHERE type = 'PERSON'").fetchall())
    assert links == {
        "geneva:John F. Kerry": "john-f-kerry", "paris:John Kerry": "john-f-kerry",
        "museum:Mary Kerry": "mary-kerry", "council:Kerry": None,
    }
    runner = CliRunner()
    said = json.loads(runner.invoke(app, ["quotes", "--speaker", "John Kerry", "--db", str(db), "-f", "json"]).stdout)
    assert {q["text"] for q in said} == {"We will keep talking until there is a ceasefire,", "The next round will be harder,"}
    assert {q["speaker_actor_id"] for q in said} == {"john-f-kerry"}
    timeline = json.loads(runner.invoke(app, ["timeline", "john-f-kerry", "--db", str(db), "-f", "json"]).stdout)
    assert [t["actor"] for t in timeline if t["what"] == "said"] == ["John F. Kerry"] * 2
    # a part of a name that fits two actors says so, rather than mix them silently
    both = runner.invoke(app, ["timeline", "Kerry", "--db", str(db), "-f", "json"])
    assert both.exit_code == 0 and '"Kerry" names 2 actors: John F. Kerry (john-f-kerry), Mary Kerry (mary-kerry)' in both.stderr
    assert runner.invoke(app, ["timeline", " ", "--db", str(db)]).exit_code == 2
    assert runner.invoke(app, ["relink", str(db)]).exit_code == 0
    with Store(db, read_only=True) as store:
        assert dict(store.con.execute("SELECT article_id || ':' || name, actor_id FROM entities WHERE type = 'PERSON'").fetchall()) == links


def test_speaker_page_is_the_actor_under_any_of_its_names(extractor, tmp_path):
    from fastapi.testclient import TestClient

    db = tmp_path / "ng.duckdb"
    with Store(db) as store:
        store.add_records([record(extractor, "geneva", GENEVA), record(extractor, "paris", PARIS)])
    client = TestClient(create_app(db))
    by_name, by_id = client.get("/api/speakers/John Kerry").json(), client.get("/api/speakers/john-f-kerry").json()
    assert by_name == by_id and by_id["name"] == "John F. Kerry" and len(by_id["quotes"]) == 2


def test_a_timeline_marks_acts_that_may_not_have_happened(extractor, tmp_path):
    text = "Judge found dead\n\nJudge Amos Quill may have been murdered, some activists claimed. Police did not arrest Amos Quill's clerk.\n"
    db = tmp_path / "ng.duckdb"
    with Store(db) as store:
        store.add_records([record(extractor, "judge", text)])
        whats = {t["what"] for t in store.timeline("Amos Quill")}
    assert "assault (possible)" in whats and "assault" not in whats


def test_an_institutions_first_word_is_no_title():
    _, ids = link_all([("Justice Department", "ORG"), ("Department", "ORG"), ("President Obama", "PERSON"), ("Obama", "PERSON")])
    assert ids[0] != ids[1] and ids[2] == ids[3]
