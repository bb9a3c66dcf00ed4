"""Headless Chromium driven by Playwright, shared by the browser tests and the screenshot script.

Needs Debian's ``chromium`` (``make browser`` installs it; ``.ci/run`` does too) and the
``playwright`` Python package (the ``test`` extra). Playwright drives that Chromium directly; it
downloads no browser of its own. ``FRONTLINE_CHROMIUM`` names another binary.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None  # type: ignore[assignment]

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

# page coordinates of a vis-network node, for a mouse click on it
_NODE_POSITION = """(id) => {
    const net = frontlineView.network;
    const dom = net.canvasToDOM(net.getPosition(id));
    const box = document.getElementById('canvas').getBoundingClientRect();
    return [box.left + dom.x, box.top + dom.y];
}"""


def unavailable() -> str | None:
    """Why no browser can be started here (for a skip or an error message), or None."""
    if sync_playwright is None:
        return "the playwright Python package is not installed (pip install -e '.[test]')"
    if not Path(CHROMIUM).is_file():
        return f"no Chromium at {CHROMIUM}: run `make browser` (apt-get install chromium)"
    return None


def launch(playwright: Any, profile: Path, width: int = 1400, height: int = 900) -> Any:
    """A headless Chromium browser context with its own profile directory and viewport."""
    return playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        viewport={"width": width, "height": height},
    )


def wait_until_ready(page: Any, timeout_ms: int = 60_000) -> None:
    """Wait for the view page to mark <body data-ready="true"> once its layout has settled."""
    page.wait_for_selector("body[data-ready='true']", state="attached", timeout=timeout_ms)


def click_node(page: Any, node_id: str) -> None:
    """Click the view's node ``node_id`` on its canvas."""
    x, y = page.evaluate(_NODE_POSITION, node_id)
    page.mouse.click(x, y)
