"""Regenerate the README screenshots from the sample corpus.

    .venv/bin/frontline build corpus/ tests/gold/ --store /tmp/view-store
    .venv/bin/python docs/images/make_screenshots.py /tmp/view-store

Needs Debian's chromium (`make browser`) and playwright (the `test` extra); the browser is
started as the browser tests start it (tests/browser_support.py).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from frontline.store import open_store
from frontline.timeline import write_timeline
from frontline.view import write_view

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests"))

import browser_support  # noqa: E402 - found through the sys.path entry above

FOCUS = "https://w3id.org/frontline/id/person/volodymyr-zelensky"


def main(store_path: str) -> None:
    reason = browser_support.unavailable()
    if reason is not None:
        sys.exit(f"make_screenshots: {reason}")
    assert browser_support.sync_playwright is not None
    work = Path(tempfile.mkdtemp())
    store = open_store(store_path, read_only=True)
    try:
        write_view(store, work / "view.html", title="frontline: sample corpus")
        write_timeline(store, HERE / "timeline.png", title="frontline timeline: sample corpus")
    finally:
        store.close()
    with browser_support.sync_playwright() as pw:
        browser = browser_support.launch(pw, work / "profile", width=1500, height=900)
        page = browser.new_page()
        page.goto((work / "view.html").as_uri())
        browser_support.wait_until_ready(page, timeout_ms=120_000)
        browser_support.click_node(page, FOCUS)
        page.screenshot(path=str(HERE / "view.png"))
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".frontline/store")
