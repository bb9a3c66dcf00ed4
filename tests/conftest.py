"""Shared fixtures. Store/reader fixtures are prefixed ``io_``."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from frontline.serve import stop_process
from store_support import free_port

_OXIGRAPH = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "oxigraph"


@pytest.fixture(scope="session")
def io_oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a real ``oxigraph serve`` on a free port (query: /query, update: /update)."""
    binary = str(_OXIGRAPH) if _OXIGRAPH.exists() else shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed")
    location = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [
            binary,
            "serve",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    pytest.fail(f"oxigraph serve exited: {err}")
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not answer within 20 s")
                time.sleep(0.1)
        yield base
    finally:
        stop_process(proc)


@pytest.fixture(params=["embedded", "remote"])
def io_either_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """An empty embedded store, then the same tests on the shared ``oxigraph serve`` (emptied
    before and after, with its graph store endpoint)."""
    from frontline.store import EmbeddedStore, RemoteStore

    if request.param == "embedded":
        st: Any = EmbeddedStore(tmp_path / "store")
    else:
        base = request.getfixturevalue("io_oxigraph_server")
        st = RemoteStore(
            f"{base}/query", update_endpoint=f"{base}/update", graph_store_endpoint=f"{base}/store"
        )
        for iri in st.graph_iris():  # the server is shared by the session
            st.drop_graph(iri)
    yield st
    if request.param == "remote":
        for iri in st.graph_iris():
            st.drop_graph(iri)
    st.close()


@pytest.fixture
def io_graph_store(tmp_path: Path) -> Path:
    """A closed embedded store directory holding tests/fixtures/graph.trig."""
    from graph_fixture import load_fixture

    path = tmp_path / "store"
    load_fixture(path).close()
    return path


@pytest.fixture
def view_data(io_graph_store: Path) -> Iterator[Any]:
    """What the view and the timeline collect from the fixture graph (frontline.view.collect)."""
    from frontline.store import open_store
    from frontline.view import collect

    store = open_store(io_graph_store, read_only=True)
    try:
        yield collect(store)
    finally:
        store.close()


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Chromium (a 1400x900 context) driven by Playwright; skips, saying why, if absent."""
    import browser_support

    reason = browser_support.unavailable()
    if reason is not None:
        pytest.skip(reason)
    assert browser_support.sync_playwright is not None
    with browser_support.sync_playwright() as pw:
        context = browser_support.launch(pw, tmp_path_factory.mktemp("chromium-profile"))
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def io_embedded_store(tmp_path: Path) -> Iterator[object]:
    """A fresh embedded store in tmp_path, closed afterwards."""
    from frontline.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    yield store
    store.close()


@pytest.fixture
def io_entities_ttl(tmp_path: Path) -> Path:
    """A tiny stand-in for ontology/entities.ttl."""
    path = tmp_path / "entities.ttl"
    path.write_text(
        "@prefix fl: <https://w3id.org/frontline/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "<https://w3id.org/frontline/id/country/russia> a fl:Country ;\n"
        '    rdfs:label "Russia" ;\n'
        "    owl:sameAs <http://www.wikidata.org/entity/Q159> .\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The real spaCy pipeline with frontline's entity ruler, loaded once per session."""
    from frontline.nlp import get_nlp

    return get_nlp()
