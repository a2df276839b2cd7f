"""The explorer page in real headless Chromium (Debian's), driven by Playwright, against
`newsgraph serve` on 127.0.0.1. Screenshots go to $NEWSGRAPH_SCREENSHOTS (default: the test's
temporary folder)."""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright
from web_corpus import build_store


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("web"))
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
