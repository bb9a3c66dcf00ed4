"""The view in a real browser: headless Chromium driven by Playwright.

Needs Debian's ``chromium`` (``make browser`` installs it; ``.ci/run`` does too) and the
``playwright`` Python package (the ``test`` extra); see browser_support.py. The ``browser``
fixture (conftest.py) skips these tests, with the reason, where either is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from browser_support import click_node, wait_until_ready
from frontline.view import write_view
from graph_fixture import load_fixture

GERASIMOV = "https://w3id.org/frontline/id/person/valery-gerasimov"


@pytest.fixture(scope="module")
def view_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    store = load_fixture(base / "store")
    try:
        write_view(store, base / "view.html")
    finally:
        store.close()
    return base / "view.html"


def _open(browser: Any, view_file: Path) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(view_file.as_uri())
    wait_until_ready(page)
    return page, requests, errors


def test_nodes_are_drawn_and_nothing_is_fetched(browser: Any, view_file: Path) -> None:
    page, requests, errors = _open(browser, view_file)
    assert errors == []
    counts = page.evaluate(
        "() => [frontlineView.nodeView.length, frontlineView.edgeView.length,"
        " frontlineView.network.body.nodeIndices.length]"
    )
    assert counts[0] > 10 and counts[1] > 10 and counts[2] == counts[0]
    painted = page.evaluate(
        """() => {
            const canvas = document.querySelector('#canvas canvas');
            const ctx = canvas.getContext('2d');
            const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
            let inked = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
            return inked;
        }"""
    )
    assert painted > 1000, "the canvas is blank"
    assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests
    page.close()


def test_click_a_node_shows_its_statements(
    browser: Any, view_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    page, _, errors = _open(browser, view_file)
    click_node(page, GERASIMOV)
    panel = page.locator("#panel")
    assert panel.get_attribute("data-node") == GERASIMOV
    assert panel.locator("h3").inner_text() == "Valery Gerasimov"
    cards = panel.locator(".stmt[data-statement]")
    assert cards.count() >= 1
    text = panel.text_content() or ""
    assert "Statements by Valery Gerasimov" in text
    assert "2025-04-26" in text  # the date of his acknowledgement
    assert "source:" in text
    shot = tmp_path_factory.mktemp("screens") / "view-clicked.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert errors == []
    page.close()


def test_filters_and_search(browser: Any, view_file: Path) -> None:
    page, _, errors = _open(browser, view_file)
    total = page.evaluate("() => frontlineView.nodeView.length")
    page.uncheck("input[data-cls='Statement']")
    without = page.evaluate("() => frontlineView.nodeView.length")
    assert without < total
    page.check("input[data-cls='Statement']")
    page.select_option("#speaker", GERASIMOV)
    speakers = page.evaluate(
        "() => frontlineView.nodeView.get().filter(n => frontlineView.data.statements[n.id])"
        ".map(n => frontlineView.data.statements[n.id].speaker)"
    )
    assert speakers and set(speakers) == {GERASIMOV}
    page.select_option("#speaker", "")
    page.fill("#date-from", "2030-01-01")
    dated = page.evaluate(
        "() => frontlineView.nodeView.get().filter(n => frontlineView.data.statements[n.id]"
        " && frontlineView.data.statements[n.id].date).length"
    )
    assert dated == 0
    page.fill("#date-from", "")
    page.fill("#search", "gerasimov")
    assert page.locator("#search-result").inner_text().endswith("matches")  # him, his statements
    assert page.locator("#panel").get_attribute("data-node") == GERASIMOV
    assert errors == []
    page.close()
