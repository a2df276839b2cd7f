"""The explorer page in real headless Chromium (Debian's), driven by Playwright, against
`newsgraph serve` on 127.0.0.1. Screenshots go to $NEWSGRAPH_SCREENSHOTS (default: the test's
temporary folder)."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import duckdb
import pytest
from playwright.sync_api import expect, sync_playwright
from web_corpus import LEVANT, POLL, build_store


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("web"), {"levant.txt": LEVANT, "poll.jsonl": POLL})
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/api/search?q=x", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"newsgraph serve did not start: {process.stdout.read()}")
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: .ci/run installs it (apt-get install -y chromium)"
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.shots = Path(os.environ.get("NEWSGRAPH_SCREENSHOTS", tmp_path))
    page.shots.mkdir(parents=True, exist_ok=True)
    yield page
    context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


def test_search_article_highlight_graph_and_export(server, page):
    page.goto(server + "/")
    page.wait_for_function("document.getElementById('view').dataset.ready !== undefined")
    page.fill("#q", "Masjedi")
    page.press("#q", "Enter")
    expect(page.locator("#quote-results li")).to_have_count(1)
    expect(page.locator("#quote-results")).to_contain_text("I assure you that the enemies will fail")
    page.screenshot(path=str(page.shots / "search.png"), full_page=True)

    page.click("#article-results a.article-link")
    expect(page.locator("#headline")).to_have_text("Iran downplays Aleppo losses, vows continued support for Assad")
    quote = page.locator('mark.quote[data-speaker="Iraj Masjedi"]').first
    expect(quote).to_contain_text("I assure you")
    assert "Iraj Masjedi" in quote.get_attribute("title")
    assert "Deputy Coordinator of the Quds Force" in quote.get_attribute("title")
    quote.click()
    expect(page.locator("#popover")).to_contain_text("Iraj Masjedi")
    # the words that name the speaker are marked as the attribution's evidence
    expect(page.locator(".speaker-mention.evidence").first).to_contain_text("Masjedi")
    expect(page.locator(".captions p")).to_have_count(2)
    expect(page.locator('.entity[data-entity="Hossein Daghighi"]').first).to_be_visible()
    page.screenshot(path=str(page.shots / "article.png"), full_page=True)

    page.click("#nav-graph")
    page.wait_for_function("window.newsgraphGraph && window.newsgraphGraph.nodes().length > 10")
    page.screenshot(path=str(page.shots / "graph.png"))
    page.evaluate("window.newsgraphGraph.getElementById('Esmail Baghaei').emit('tap')")
    expect(page.locator("h1")).to_contain_text("Esmail Baghaei")
    expect(page.locator(".roles")).to_contain_text("spokesperson for Iran")
    page.screenshot(path=str(page.shots / "speaker.png"), full_page=True)

    with page.expect_download() as download:
        page.click("a.export-csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows and {r["speaker_name"] for r in rows} == {"Esmail Baghaei"}


def test_events_page_with_map(server, page):
    page.goto(server + "/#/events?near=Syria")
    expect(page.locator("svg.map circle").first).to_be_visible()
    expect(page.locator("table.events tbody tr").first).to_be_visible()
    page.screenshot(path=str(page.shots / "events.png"), full_page=True)


def test_article_text_is_escaped(server, page):
    page.goto(server + "/#/search?q=Okonkwo")
    page.click("#article-results a.article-link")
    expect(page.locator("#headline")).to_contain_text("<script>window.pwned = 1</script>")
    expect(page.locator(".article-text")).to_contain_text('<img src=x onerror="window.pwned = 2">')
    expect(page.locator(".article-text")).to_contain_text("<b>tomorrow</b>")
    assert page.evaluate("window.pwned") is None
    assert page.locator(".article-text img, .article-text b, #headline script").count() == 0
    page.screenshot(path=str(page.shots / "hostile.png"), full_page=True)


def _count(page, card: str) -> int:
    """The total a list's heading states: "Quotes (28)" -> 28."""
    return int(page.locator(f".{card}-card h2 .count").inner_text().split("(")[1].rstrip(")"))


def _export(page, card: str, fmt: str):
    """What a list's export link returns: the rows of its CSV or JSON, the row count of its Parquet."""
    href = page.locator(f".{card}-card a.export-{fmt}").get_attribute("href")
    body = page.request.get(page.url.split("#")[0].rstrip("/") + href).body()
    if fmt == "json":
        return json.loads(body)
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    path = page.shots / f"{card}.parquet"
    path.write_bytes(body)
    return duckdb.connect().execute("SELECT * FROM read_parquet(?)", [str(path)]).fetchdf().to_dict("records")


@pytest.mark.parametrize("search", ["q=Aleppo", 'q="state of emergency"', "q=fire&speaker=Marrone", "entity=Hezbollah&entity_type=ORG"])
def test_every_list_exports_exactly_what_it_shows(server, page, search):
    page.goto(f"{server}/#/search?{search}")
    expect(page.locator(".entities-card")).to_be_visible()
    for card, key in (("articles", "id"), ("quotes", "quote_id"), ("entities", "name")):
        shown = page.locator(f"#{card[:-1] if card != 'entities' else 'entity'}-results > li").count()
        total = _count(page, card)
        assert shown == total, f"{card}: {shown} shown, heading says {total}"
        rows = {fmt: _export(page, card, fmt) for fmt in ("csv", "json", "parquet")}
        assert all(len(r) == total for r in rows.values()), f"{card} of {search}: {total} on screen, exports {[len(r) for r in rows.values()]}"
        assert [str(r[key]) for r in rows["csv"]] == [str(r[key]) for r in rows["json"]] == [str(r[key]) for r in rows["parquet"]]
    page.screenshot(path=str(page.shots / f"search-{search[:12].replace('/', '_')}.png"), full_page=True)


def test_a_phrase_searches_as_a_phrase_and_filters_narrow_every_list(server, page):
    page.goto(server + '/#/search?q="state of emergency"')
    expect(page.locator("#article-results li")).to_have_count(1)
    expect(page.locator("#article-results")).to_contain_text("Wildfire")
    # the same words, not as a phrase, are each found somewhere
    page.goto(server + "/#/search?q=emergency state")
    expect(page.locator("#article-results li")).to_have_count(1)
    # a speaker narrows the articles to those quoting them, the entities to those articles'
    page.goto(server + "/#/search?speaker=Marrone")
    expect(page.locator("#article-results li")).to_have_count(1)
    expect(page.locator("#article-results")).to_contain_text("Wildfire")
    expect(page.locator("#entity-results")).not_to_contain_text("Masjedi")
    page.goto(server + "/#/search?entity_type=NORP&entity=Iran")
    expect(page.locator("#article-results li")).to_have_count(1)
    expect(page.locator("#article-results")).to_contain_text("Aleppo")


def test_the_url_is_the_state_and_the_filter_panel_never_covers_results(server, page):
    page.goto(server + "/#/search?q=Iran&speaker=Baghaei&since=2024-01-01")
    expect(page.locator("#quote-results li").first).to_be_visible()
    assert page.input_value("#q") == "Iran"
    assert page.input_value('#search-form [name="speaker"]') == "Baghaei"
    assert page.input_value('#search-form [name="since"]') == "2024-01-01"
    expect(page.locator("#filters-summary")).to_have_text("Filters (2)")
    page.click("#filters-summary")
    page.fill('#search-form [name="entity"]', "Israel")
    # open, the panel pushes the results down rather than covering them
    results_top = page.locator(".results").bounding_box()["y"]
    assert page.locator("#filters .filters").bounding_box()["y"] + page.locator("#filters .filters").bounding_box()["height"] <= results_top
    page.screenshot(path=str(page.shots / "filters-open.png"))
    page.press("#q", "Enter")
    expect(page.locator("#filters-summary")).to_have_text("Filters (3)")
    assert page.evaluate("document.getElementById('filters').open") is False
    assert "entity=Israel" in page.url and "speaker=Baghaei" in page.url
    page.reload()
    assert page.input_value('#search-form [name="entity"]') == "Israel"
    header_bottom = page.locator("header").bounding_box()["height"]
    assert page.locator(".results").bounding_box()["y"] >= header_bottom
    page.screenshot(path=str(page.shots / "filters-closed.png"))


def test_counts_are_totals_with_pages(server, page):
    page.goto(server + "/#/search?size=5")
    expect(page.locator("#quote-results li")).to_have_count(5)
    total = _count(page, "quotes")
    assert total > 10
    expect(page.locator(".quotes-card .pager")).to_contain_text(f"1–5 of {total}")
    first_page = page.locator("#quote-results blockquote").all_inner_texts()
    page.click(".quotes-card .page-next")
    expect(page.locator(".quotes-card .pager")).to_contain_text(f"6–10 of {total}")
    assert "quotes_page=2" in page.url
    assert not set(page.locator("#quote-results blockquote").all_inner_texts()) & set(first_page)
    assert len(_export(page, "quotes", "json")) == total  # the export is the whole list, not the page
    page.screenshot(path=str(page.shots / "paged.png"), full_page=True)
    page.goto(server + "/#/events")
    expect(page.locator("h1")).to_contain_text("Events (")
    assert int(page.locator("h1").inner_text().split("(")[1].split(")")[0]) == page.locator("table.events tbody tr").count()


def test_article_page_names_its_source_and_date_without_debris(server, page):
    page.goto(server + "/#/search?q=Okonkwo")
    page.click("#article-results a.article-link")
    expect(page.locator("#source")).to_have_text("Source: hostile.txt")  # its name, never the server's path
    expect(page.locator("#dateline")).to_contain_text("undated — no metadata")
    assert "(" not in page.locator("#dateline").inner_text()
    page.goto(server + "/#/search?q=Aleppo")
    page.click("#article-results a.article-link")
    expect(page.locator("#headline")).to_be_visible()
    for quote in page.locator("mark.quote").all():
        page.click("#headline")  # closes the last popover, which may lie over this quote
        quote.click()
        text = page.locator("#popover").inner_text()
        assert "null" not in text and "undefined" not in text, text
    page.screenshot(path=str(page.shots / "article-dateline.png"))
    page.goto(server + "/#/speaker/Iraj%20Masjedi")
    expect(page.locator(".timeline li").first).to_be_visible()
    for meta in page.locator(".timeline .meta").all_inner_texts():
        assert not meta.strip().startswith("·"), meta


@pytest.mark.parametrize("article_id", ["iran-aleppo-2024-11-30", "poll-story"])
def test_every_quote_is_drawn_over_its_own_words_nested_ones_too(server, page, article_id):
    article = json.loads(urllib.request.urlopen(server + f"/api/articles/{article_id}").read())
    quotes = [q for q in article["quotes"] if q["section"] == "body"]
    if article_id == "iran-aleppo-2024-11-30":
        assert any(a["start"] < b["start"] and b["end"] <= a["end"] for a in quotes for b in quotes)  # some nest
    else:
        assert any(len(q["pieces"]) == 4 for q in quotes)  # "Overall, she said, a number of ...": two parts
    page.goto(server + f"/#/article/{article_id}")
    expect(page.locator("#headline")).to_be_visible()
    for q in quotes:
        pieces = list(zip(q["pieces"][::2], q["pieces"][1::2])) or [(q["start"], q["end"])]
        words = "".join(article["text"][s:e] for s, e in pieces)  # without what interrupts them
        drawn = page.eval_on_selector_all(f'mark.quote[data-quote="{q["quote_id"]}"]', "marks => marks.map((m) => m.textContent).join('')")
        assert drawn == words, (q["quote_id"], q["text"])


def test_a_speaker_named_with_a_slash_and_a_source_that_is_no_web_address(server, page):
    page.goto(server + "/#/search?q=Brandt")
    page.click("#article-results a.article-link")
    expect(page.locator("#headline")).to_have_text("Poll shows a tight race")
    expect(page.locator("#source")).to_have_text("Source: javascript:window.pwned = 3")
    assert page.locator("#source a").count() == 0  # shown, never a link
    poll = page.locator("mark.quote", has_text="by four points").first
    speaker = poll.get_attribute("data-speaker")
    assert "/" in speaker
    page.goto(server + "/#/speaker/" + urllib.parse.quote(speaker, safe=""))
    expect(page.locator("h1")).to_contain_text("NBC News/Wall Street Journal")
    assert page.evaluate("window.pwned") is None


def test_graph_controls_top_actors_min_weight_and_neighbourhood(server, page):
    page.goto(server + "/#/graph?limit=40")
    page.wait_for_function("window.newsgraphGraph && window.newsgraphGraph.nodes().length > 0")
    assert page.evaluate("window.newsgraphGraph.nodes().length") == 40
    page.fill('.inline-filters [name="min_weight"]', "2")
    page.click(".inline-filters button")
    page.wait_for_function("location.hash.includes('min_weight=2')")
    page.wait_for_function("window.newsgraphGraph.edges().every((e) => e.data('weight') >= 2)")
    assert page.evaluate("window.newsgraphGraph.edges().length") > 0
    assert page.input_value('.inline-filters [name="limit"]') == "40"
    # only the actors those edges join are left
    assert page.evaluate("window.newsgraphGraph.nodes().every((n) => n.degree() > 0)")
    page.screenshot(path=str(page.shots / "graph-controls.png"))
    page.goto(server + "/#/graph?entity=Okonkwo")
    page.wait_for_function("(document.getElementById('view').dataset.ready || '').includes('Okonkwo')")
    names = page.evaluate("window.newsgraphGraph.nodes().map((n) => n.id())")
    assert "Ruth Okonkwo" in names and "Iraj Masjedi" not in names


@pytest.mark.parametrize("view", ["#/events", "#/search?q=Iran", "#/graph"])
def test_a_phone_screen_never_scrolls_sideways(server, browser, view):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{server}/{view}")
    page.wait_for_function("document.getElementById('view').dataset.ready !== undefined")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    if view == "#/events":
        assert page.locator("svg.map").bounding_box()["width"] <= 390
    page.screenshot(path=str(Path(os.environ.get("NEWSGRAPH_SCREENSHOTS", "/tmp")) / f"phone-{view[2:8]}.png"), full_page=True)
    context.close()


# the boxes of the map's labels and dots, in page pixels
MAP_BOXES = """() => {
  const box = (node) => { const r = node.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  return { map: box(document.querySelector('svg.map')), labels: [...document.querySelectorAll('svg.map .map-label')].map(box),
           dots: [...document.querySelectorAll('svg.map .map-dot')].map(box) };
}"""


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _hull(points: list[list[float]]) -> list[tuple[float, float]]:
    """The convex hull of points, counter-clockwise (Andrew's monotone chain)."""
    points = sorted({(x, y) for x, y in points})

    def chain(ordered):
        out: list[tuple[float, float]] = []
        for p in ordered:
            while len(out) >= 2 and (out[-1][0] - out[-2][0]) * (p[1] - out[-2][1]) - (out[-1][1] - out[-2][1]) * (p[0] - out[-2][0]) <= 0:
                out.pop()
            out.append(p)
        return out[:-1]

    return points if len(points) <= 2 else chain(points) + chain(points[::-1])


def _apart(a: list[list[float]], b: list[list[float]]) -> bool:
    """True when a straight line separates two sets of points: one of their hulls' edge normals does."""
    for hull in (_hull(a), _hull(b)):
        for (x1, y1), (x2, y2) in zip(hull, hull[1:] + hull[:1]):
            on_a, on_b = ([(y1 - y2) * x + (x2 - x1) * y for x, y in points] for points in (a, b))
            if max(on_a) < min(on_b) or max(on_b) < min(on_a):
                return True
    return False


def _labels_apart(boxes) -> None:
    """No label overlaps another label or a dot, and every label lies inside the map."""
    labels, left, top, right, bottom = boxes["labels"], *boxes["map"]
    assert labels
    for i, label in enumerate(labels):
        assert left <= label[0] and label[2] <= right and top <= label[1] and label[3] <= bottom, label
        assert not any(_overlap(label, other) for other in labels[i + 1:]), labels
        assert not any(_overlap(label, dot) for dot in boxes["dots"]), (label, boxes["dots"])


@pytest.mark.parametrize("width", [1400, 390])
def test_map_has_country_outlines_from_the_package_and_labels_that_never_overlap(server, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    elsewhere: list[str] = []  # requests to anywhere but the explorer: there must be none (no tile server)
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server) else (elsewhere.append(route.request.url), route.abort()))
    page.goto(server + "/#/events")
    page.wait_for_function("document.getElementById('view').dataset.ready !== undefined")
    assert page.locator("svg.map path.country").count() > 150  # Natural Earth's countries, Antarctica left out
    places = page.request.get(server + "/api/events/places").json()
    dots = page.locator("svg.map .map-dot")
    expect(dots).to_have_count(len(places))
    # the world view (Los Angeles to Syria) puts the Levant's cities on top of each other: some labels give way
    _labels_apart(page.evaluate(MAP_BOXES))
    assert page.locator("svg.map .map-label").count() < len(places)
    expect(page.locator(".map-note")).to_contain_text("left out where they would overlap")
    # a dot's area grows with its place's number of events
    radius = {d.get_attribute("data-place"): float(d.get_attribute("r")) for d in dots.all()}
    events = {p["name"]: p["events"] for p in places}
    assert events["Damascus"] > events["Homs"] and radius["Damascus"] > radius["Homs"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(Path(os.environ.get("NEWSGRAPH_SCREENSHOTS", "/tmp")) / f"map-world-{width}.png"), full_page=True)
    # one country's events: the view closes in on it and more labels fit
    page.goto(server + "/#/events?near=Syria")
    page.wait_for_function("(document.getElementById('view').dataset.ready || '').includes('Syria')")
    _labels_apart(page.evaluate(MAP_BOXES))
    syria = page.request.get(server + "/api/events/places?near=Syria").json()
    assert {p["name"] for p in syria} >= {"Damascus", "Homs", "Latakia", "Aleppo"} and "Beirut" not in {p["name"] for p in syria}
    assert page.locator("svg.map .map-label").count() >= 3
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(Path(os.environ.get("NEWSGRAPH_SCREENSHOTS", "/tmp")) / f"map-syria-{width}.png"), full_page=True)
    # a dot opens the events near its place
    page.locator('svg.map .map-dot[data-place="Latakia"]').dispatch_event("click")
    page.wait_for_function("location.hash.includes('near=Latakia')")
    context.close()
    assert elsewhere == []


def test_actor_codes_are_shown_and_filter_the_events(server, page):
    page.goto(server + "/#/speaker/Bashar%20al-Assad")
    expect(page.locator(".actor-code")).to_contain_text("SYRGOV")
    expect(page.locator(".actor-code")).to_contain_text("country SYR")
    page.goto(server + "/#/search?q=Hezbollah")
    expect(page.locator("#entity-results li", has_text="Hezbollah").locator(".code")).to_have_text("LBNREB")
    page.goto(server + "/#/search?q=Aleppo")
    page.click("#article-results a.article-link")
    expect(page.locator(".side-entities li", has_text="Revolutionary Guard").locator(".code")).to_have_text("IRNMIL")
    expect(page.locator(".side-events")).to_contain_text("SYRGOV")
    page.screenshot(path=str(page.shots / "article-codes.png"), full_page=True)
    # a code opens the events with it; codes match as prefixes (SYR: every Syrian actor)
    page.locator(".side-events .code", has_text="SYRGOV").first.click()
    page.wait_for_function("location.hash.includes('target_code=SYRGOV')")
    expect(page.locator("table.events tbody tr").first).to_be_visible()
    assert set(page.locator("table.events td.target .code").all_inner_texts()) == {"SYRGOV"}
    page.goto(server + "/#/events")
    page.fill('.inline-filters [name="actor_code"]', "syr")
    page.fill('.inline-filters [name="target_code"]', "SYR")
    page.click(".inline-filters button")
    page.wait_for_function("location.hash.includes('actor_code=syr')")
    # the filtered table replaces the whole one once its request answers: wait for it, not for the heading
    page.wait_for_function(
        """() => { const codes = [...document.querySelectorAll('table.events td.actor .code')].map(c => c.textContent);
                   return codes.length >= 2 && codes.every(c => c.startsWith('SYR')); }"""
    )
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 2
    actors = page.locator("table.events td.actor .code").all_inner_texts()
    targets = page.locator("table.events td.target .code").all_inner_texts()
    assert len(actors) == len(targets) == rows.count() and all(c.startswith("SYR") for c in actors + targets)
    exported = json.loads(page.request.get(server + page.locator("a.export-json").get_attribute("href")).body())
    assert [e["actor_code"] for e in exported] == actors
    assert page.input_value('.inline-filters [name="actor_code"]') == "syr"
    page.screenshot(path=str(page.shots / "events-by-code.png"), full_page=True)


def test_graph_layout_separates_clusters_and_edge_kinds_toggle(server, page):
    page.goto(server + "/#/graph")
    page.wait_for_function("window.newsgraphGraph && window.newsgraphGraph.nodes().length > 10")
    # fcose pulls each story's actors together, apart from the other stories' (a few actors, such
    # as AP or Syria, are in two stories and join them): a straight line parts any two stories
    stories = [
        ["Esmail Baghaei", "Iraj Masjedi", "Hossein Daghighi", "Kayhan", "Revolutionary Guard (IRGC)"],
        ["Khaled Mansour", "Homs", "Latakia", "Beirut", "Tartus"],
        ["Gavin Newsom", "Anthony Marrone", "Los Angeles"],
    ]
    positions = page.evaluate(
        "(stories) => stories.map((names) => names.map((name) => { const p = window.newsgraphGraph.getElementById(name).position(); return [p.x, p.y]; }))",
        stories,
    )
    for i, story in enumerate(positions):
        for j in range(i + 1, len(positions)):
            assert _apart(story, positions[j]), (stories[i], stories[j], positions)
    page.screenshot(path=str(page.shots / "graph-fcose.png"))
    visible_kinds = "window.newsgraphGraph.edges(':visible').map((e) => e.data('kind'))"
    assert "co-occurs" in page.evaluate(visible_kinds)
    page.uncheck('.edge-toggles input[value="co-occurs"]')
    page.wait_for_function("location.hash.includes('hide=co-occurs')")
    kinds = page.evaluate(visible_kinds)
    assert kinds and "co-occurs" not in kinds and "quotes about" in kinds
    page.screenshot(path=str(page.shots / "graph-without-co-occurrence.png"))
    page.reload()
    page.wait_for_function("window.newsgraphGraph && window.newsgraphGraph.nodes().length > 10")
    assert not page.is_checked('.edge-toggles input[value="co-occurs"]')
    assert "co-occurs" not in page.evaluate(visible_kinds)
    page.uncheck('.edge-toggles input[value="quotes about"]')
    page.uncheck('.edge-toggles input[value="events"]')
    assert page.evaluate(visible_kinds) == []
    page.check('.edge-toggles input[value="co-occurs"]')
    assert set(page.evaluate(visible_kinds)) == {"co-occurs"}


def test_a_quote_picked_from_a_list_is_outlined_in_the_text(server, page):
    # from a speaker's page, the article opens at the quote; in the article, the sidebar picks one
    page.goto(server + "/#/speaker/" + urllib.parse.quote("Khaled Mansour", safe=""))
    page.locator(".speaker-view ol.timeline a").first.click()
    expect(page.locator("#headline")).to_have_text("Fighting spreads across western Syria as talks stall")
    focused = page.locator("mark.quote.focused")
    expect(focused.first).to_be_visible()
    assert "while our towns are bombed" in "".join(focused.all_text_contents())
    side = page.locator("li.side-quote").filter(has_text="ceasefire")
    if side.count():
        side.first.click()
        quote_id = side.first.get_attribute("data-quote")
        marks = page.locator("mark.quote.focused")
        assert {m.get_attribute("data-quote") for m in marks.all()} == {quote_id}
    page.screenshot(path=str(page.shots / "quote-focused.png"))


def test_a_headline_quote_picked_from_the_sidebar_outlines_the_headline(server, page):
    page.goto(server + "/#/article/poll-story")
    expect(page.locator("#headline")).to_have_text("Poll shows a tight race")
    page.locator("li.side-quote").filter(has_text="tight race").first.click()
    expect(page.locator("#headline")).to_have_class("focused")
