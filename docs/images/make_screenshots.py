"""Regenerate the README screenshots from the sample corpus.

    .venv/bin/frontline build corpus/ tests/gold/ --store /tmp/view-store
    .venv/bin/python docs/images/make_screenshots.py /tmp/view-store

Needs Debian's chromium (`make browser`) and playwright (the `test` extra).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from frontline.store import open_store
from frontline.timeline import write_timeline
from frontline.view import write_view

HERE = Path(__file__).resolve().parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]  # fmt: skip
FOCUS = "https://w3id.org/frontline/id/person/volodymyr-zelensky"


def main(store_path: str) -> None:
    work = Path(tempfile.mkdtemp())
    store = open_store(store_path, read_only=True)
    try:
        write_view(store, work / "view.html", title="frontline: sample corpus")
        write_timeline(store, HERE / "timeline.png", title="frontline timeline: sample corpus")
    finally:
        store.close()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 900})
        page.goto((work / "view.html").as_uri())
        page.wait_for_selector("body[data-ready='true']", state="attached", timeout=120_000)
        x, y = page.evaluate(
            """(id) => {
                const net = frontlineView.network;
                const dom = net.canvasToDOM(net.getPosition(id));
                const box = document.getElementById('canvas').getBoundingClientRect();
                return [box.left + dom.x, box.top + dom.y];
            }""",
            FOCUS,
        )
        page.mouse.click(x, y)
        page.screenshot(path=str(HERE / "view.png"))
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".frontline/store")
