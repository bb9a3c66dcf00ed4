"""The view in a real browser: headless Chromium driven by Playwright.

Needs Debian's ``chromium`` (``make browser`` installs it; ``.ci/run`` does too) and the
``playwright`` Python package (the ``test`` extra). Playwright drives /usr/bin/chromium directly;
it downloads no browser of its own. Skipped, with the reason, where either is missing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, URIRef

from frontline.store import open_store
from frontline.view import write_view

FIXTURE = Path(__file__).parent / "fixtures" / "graph.trig"


def load_fixture(path: Path) -> Path:
    """A store at ``path`` holding the fixture graphs (closed again)."""
    store = open_store(path)
    dataset = Dataset()
    dataset.parse(FIXTURE, format="trig")
    for graph in dataset.graphs():
        if isinstance(graph.identifier, URIRef) and len(graph):
            store.put_graph(str(graph.identifier), graph)
    store.close()
    return path


GERASIMOV = "https://w3id.org/frontline/id/person/valery-gerasimov"


CHROMIUM = os.environ.get("FRONTLINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None  # type: ignore[assignment]

pytestmark = [
    pytest.mark.skipif(
        sync_playwright is None,
        reason="the playwright Python package is not installed (pip install -e '.[test]')",
    ),
    pytest.mark.skipif(
        not Path(CHROMIUM).is_file(),
        reason=f"no Chromium at {CHROMIUM}: run `make browser` (apt-get install chromium)",
    ),
]


@pytest.fixture(scope="module")
def view_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    store = open_store(load_fixture(base / "store"), read_only=True)
    try:
        write_view(store, base / "view.html")
    finally:
        store.close()
    return base / "view.html"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    assert sync_playwright is not None
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


def _open(browser: Any, view_file: Path) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(view_file.as_uri())
    # the page marks <body data-ready="true"> once the layout has settled
    page.wait_for_selector("body[data-ready='true']", state="attached", timeout=60_000)
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
    x, y = page.evaluate(
        """(id) => {
            const net = frontlineView.network;
            const dom = net.canvasToDOM(net.getPosition(id));
            const box = document.getElementById('canvas').getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }""",
        GERASIMOV,
    )
    page.mouse.click(x, y)
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
