"""The explorer's JSON API on a store made from real articles (FastAPI's test client)."""

from __future__ import annotations

import csv
import io

import duckdb
import pytest
from fastapi.testclient import TestClient
from web_corpus import build_store

from newsgraph.serve import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(build_store(tmp_path_factory.mktemp("web"))))


def test_search_finds_articles_quotes_and_entities(client):
    data = client.get("/api/search", params={"q": "Masjedi"}).json()
    assert [q["speaker_name"] for q in data["quotes"]] == ["Iraj Masjedi"]
    assert data["articles"][0]["id"] == "iran-aleppo-2024-11-30"
    assert {e["name"] for e in data["entities"]} == {"Iraj Masjedi"}
    filtered = client.get("/api/search", params={"q": "", "speaker": "Marrone", "since": "2025-01-01"}).json()
    assert [q["speaker_name"] for q in filtered["quotes"]] == ["Anthony Marrone"]
    people = client.get("/api/search", params={"q": "a", "entity_type": "PERSON"}).json()["entities"]
    assert people and all(e["type"] == "PERSON" for e in people)


def test_article_speaker_graph_timeline_events(client):
    article = client.get("/api/articles/iran-aleppo-2024-11-30").json()
    assert len(article["captions"]) == 2
    kinds = [q["kind"] for q in article["quotes"]]
    assert kinds.count("direct") == 7 and kinds.count("indirect") >= 12 and "belief" in kinds
    masjedi = next(q for q in article["quotes"] if q["speaker_name"] == "Iraj Masjedi")
    assert article["text"][masjedi["start"] : masjedi["end"]] == masjedi["text"]
    speaker = client.get("/api/speakers/Esmail Baghaei").json()
    assert speaker["roles"] == ["spokesperson for Iran\u2019s Foreign Ministry"] and len(speaker["quotes"]) == 2
    graph = client.get("/api/graph").json()
    kinds = {e["kind"] for e in graph["edges"]}
    assert {"co-occurs", "quotes about", "accuse"} <= kinds
    assert any(e["source"] == "Israel" and e["target"] == "Hezbollah" and e["kind"] == "assault" for e in graph["edges"])
    assert client.get("/api/timeline", params={"entity": "Kayhan"}).json()
    near = client.get("/api/events", params={"near": "Aleppo"}).json()
    assert near and {e["location_name"] for e in near} <= {"Aleppo", "Aleppo province", "Idlib"}


def test_exports(client):
    text = client.get("/api/export/quotes.csv", params={"speaker": "Masjedi"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["speaker_name"] for r in rows] == ["Iraj Masjedi"]
    assert client.get("/api/export/entities.json").json()
    parquet = client.get("/api/export/events.parquet")
    assert parquet.status_code == 200 and parquet.content[:4] == b"PAR1"
    path = duckdb.connect()
    table = path.execute("SELECT count(*) FROM read_parquet(?)", [_save(parquet.content)]).fetchone()[0]
    assert table > 10


def _save(data: bytes) -> str:
    import tempfile

    handle = tempfile.NamedTemporaryFile(suffix=".parquet", delete=False)
    handle.write(data)
    handle.close()
    return handle.name


@pytest.mark.parametrize(
    ("path", "params", "status", "message"),
    [
        ("/api/articles/no-such-article", {}, 404, "no article with id"),
        ("/api/speakers/Nobody Atall", {}, 404, "no speaker or entity"),
        ("/api/search", {"since": "2024-13-45"}, 422, "valid date"),
        ("/api/search", {"since": "2025-01-02", "until": "2024-01-01"}, 422, "since must not be after until"),
        ("/api/search", {"limit": 10**9}, 422, "less than or equal to 1000"),
        ("/api/events", {"type": "PICNIC"}, 422, "unknown event type"),
        ("/api/events", {"near": "Nowhereville Qqq"}, 422, "not a place"),
        ("/api/export/secrets.csv", {}, 422, "Input should be"),
        ("/api/timeline", {}, 422, "Field required"),
    ],
)
def test_bad_requests_get_clear_4xx(client, path, params, status, message):
    response = client.get(path, params=params)
    assert response.status_code == status
    assert message in response.text


@pytest.mark.parametrize("q", ["'; DROP TABLE articles; --", "\" OR 1=1 --", "%_%", "\\", "Masjedi' UNION SELECT * FROM quotes --"])
def test_sql_metacharacters_are_only_text(client, q):
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200
    assert response.json()["quotes"] == []
    assert client.get("/api/articles/iran-aleppo-2024-11-30").status_code == 200  # still there


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/search", "/api/articles/{article_id}", "/api/graph", "/api/export/{name}.{fmt}"} <= set(spec["paths"])


def test_search_ranks_headline_hits_first_then_more_hits(client):
    # "fire" is in one headline ("Wildfire") and in the other article's text ("ceasefire")
    articles = client.get("/api/search", params={"q": "fire"}).json()["articles"]
    assert [a["headline"].split()[0] for a in articles] == ["Wildfire", "Iran"]
    # neither headline says "officials": the article saying it more often comes first
    articles = client.get("/api/search", params={"q": "officials"}).json()["articles"]
    assert [a["hits"] for a in articles] == [2, 1]


def test_a_phrase_in_quote_marks_is_one_term(client):
    assert client.get("/api/search", params={"q": '"state of emergency"'}).json()["totals"]["articles"] == 1
    assert client.get("/api/search", params={"q": "emergency state"}).json()["totals"]["articles"] == 1
    assert client.get("/api/search", params={"q": '"emergency state"'}).json()["totals"]["articles"] == 0


def test_lists_are_paged_with_their_totals(client):
    everything = client.get("/api/search", params={"limit": 1000}).json()
    assert everything["totals"]["quotes"] == len(everything["quotes"]) > 10
    page = client.get("/api/search/quotes", params={"limit": 5, "offset": 5})
    assert page.headers["X-Total-Count"] == str(everything["totals"]["quotes"])
    assert page.json() == everything["quotes"][5:10]
    events = client.get("/api/events", params={"limit": 3})
    assert len(events.json()) == 3 and int(events.headers["X-Total-Count"]) > 3


def test_exports_carry_the_search_and_its_filters(client):
    search = {"q": "Iran", "speaker": "Baghaei", "entity_type": "GPE"}
    shown = client.get("/api/search", params={**search, "limit": 1000}).json()
    for name in ("articles", "quotes", "entities"):
        exported = client.get(f"/api/export/{name}.json", params=search).json()
        assert exported == shown[name] and len(exported) == shown["totals"][name]
    assert len(client.get("/api/export/events.json", params={"type": "ASSAULT"}).json()) == int(
        client.get("/api/events", params={"type": "ASSAULT"}).headers["X-Total-Count"]
    )


def test_article_names_its_source_not_a_server_path(client):
    article = client.get("/api/articles/iran-aleppo-2024-11-30").json()
    assert article["source"] == "iran-aleppo-2024-11-30.txt"


def test_an_event_s_sentence_comes_from_its_own_section(client):
    events = client.get("/api/events", params={"limit": 1000}).json()
    sections = {e["sentence"] for e in events if e["article_id"] == "iran-aleppo-2024-11-30" and e["trigger"] == "vows"}
    assert sections == {"Iran downplays Aleppo losses, vows continued support for Assad"}  # the headline's
    for event in events:  # headline, caption or body: the trigger stands in its sentence
        assert event["trigger"] in event["sentence"], event
