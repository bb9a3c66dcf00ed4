"""Graph statistics over the fixture graph."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontline.stats import compute_stats, entity_network, network_stats
from frontline.store import open_store
from graph_fixture import load_fixture

FLI = "https://w3id.org/frontline/id/"


@pytest.fixture
def stats(tmp_path: Path) -> Iterator[dict]:  # type: ignore[type-arg]
    store = load_fixture(tmp_path / "store")
    yield compute_stats(store)
    store.close()


def test_counts(stats: dict) -> None:  # type: ignore[type-arg]
    assert stats["triples"] > 250
    assert stats["named_graphs"] == 3
    assert stats["articles"] == 2
    assert stats["statements"] == 10
    assert stats["events"] == 5
    # 21 entities in the fixture; South Korea is only in the reference graph and the Kyiv
    # Independent is only the publisher (no fl:mentionedIn), so neither is counted
    assert stats["entities"] == 19
    assert stats["entities_per_class"]["Country"] == 3
    assert stats["entities_per_class"]["MilitaryUnit"] == 1
    assert stats["statements_per_type"] == {
        "Acknowledgement": 2,
        "Claim": 2,
        "Confirmation": 2,
        "Denial": 1,
        "Praise": 1,
        "Remark": 1,
        "Report": 1,
    }
    assert list(stats["statements_per_speaker"].items())[:2] == [
        ("Vladimir Putin", 3),
        ("Valery Gerasimov", 2),
    ]
    assert sum(stats["statements_per_speaker"].values()) == 10
    assert stats["events_per_type"]["Deployment"] == 1
    assert sum(stats["events_per_type"].values()) == 5


def test_network(stats: dict) -> None:  # type: ignore[type-arg]
    network = stats["network"]
    assert network["nodes"] == 19
    assert network["edges"] > 20
    assert 0 < network["density"] < 1
    assert network["components"] >= 1
    assert network["largest_component"] <= network["nodes"]
    top = network["degree_top"]
    assert len(top) == 10
    assert (top[0]["label"], top[0]["entity"]) == ("Russia", FLI + "country/russia")
    assert top[1]["label"] == "Kursk Oblast"
    values = [item["value"] for item in top]
    assert values == sorted(values, reverse=True)
    assert network["betweenness_top"][0]["label"] == "Russia"
    assert 0 < network["betweenness_top"][0]["value"] <= 1


def test_date_span(stats: dict) -> None:  # type: ignore[type-arg]
    assert stats["dates"] == {"first": "2024-08", "last": "2025-05-01"}


def test_json_ready_and_deterministic(tmp_path: Path) -> None:
    store = load_fixture(tmp_path / "store")
    try:
        first, second = compute_stats(store), compute_stats(store)
    finally:
        store.close()
    assert json.dumps(first) == json.dumps(second)


def test_empty_store(tmp_path: Path) -> None:
    with open_store(tmp_path / "empty") as store:
        stats = compute_stats(store)
    assert stats["triples"] == 0 and stats["articles"] == 0 and stats["statements"] == 0
    assert stats["network"]["nodes"] == 0 and stats["network"]["degree_top"] == []
    assert stats["dates"] == {"first": None, "last": None}


def test_network_helpers() -> None:
    graph = entity_network(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("a", "a"), ("a", "z")])
    assert sorted(graph.edges()) == [("a", "b"), ("b", "c")]
    result = network_stats(graph, {"a": "A", "b": "B", "c": "C", "d": "D"})
    assert result["components"] == 2 and result["largest_component"] == 3
    assert result["degree_top"][0] == {"entity": "b", "label": "B", "value": 2}
    assert result["betweenness_top"][0]["label"] == "B"
