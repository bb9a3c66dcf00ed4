"""The hand-written TriG fixture (tests/fixtures/graph.trig) in a store, shared by the tests."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, URIRef

from frontline.store import Store, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "graph.trig"


def load_fixture(path: Path) -> Store:
    """An embedded store holding the fixture's named graphs, put in through the Store API."""
    store = open_store(path)
    dataset = Dataset()
    dataset.parse(FIXTURE, format="trig")
    for graph in dataset.graphs():
        if isinstance(graph.identifier, URIRef) and len(graph):
            store.put_graph(str(graph.identifier), graph)
    return store
