"""The interactive view: data collected from the graph, the network, a self-contained page."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from frontline.cli import app
from frontline.store import open_store
from frontline.view import (
    SHAPES,
    _json_for_script,
    main_class,
    network,
    render_view,
    write_view,
)

FLI = "https://w3id.org/frontline/id/"
GERASIMOV = FLI + "person/valery-gerasimov"


def test_collect_reads_entities_statements_events_and_articles(view_data) -> None:  # type: ignore[no-untyped-def]
    assert view_data.entities[GERASIMOV]["class"] == "Person"
    assert view_data.entities[GERASIMOV]["label"] == "Valery Gerasimov"
    assert len(view_data.statements) == 10
    assert len(view_data.events) == 5
    said = [s for s in view_data.statements.values() if s["speaker"] == GERASIMOV]
    assert said and all(s["date"] for s in said)
    assert all(a in view_data.articles for s in said for a in s["articles"])
    disputed = [s for s in view_data.statements.values() if s["disputes"]]
    assert disputed
    for st in disputed:
        for target in st["disputes"]:
            assert st["id"] in view_data.statements[target]["disputedBy"]


def test_network_styles_nodes_by_class_and_marks_disputes(view_data) -> None:  # type: ignore[no-untyped-def]
    net = network(view_data)
    ids = [n["id"] for n in net["nodes"]]
    assert len(ids) == len(set(ids))
    kinds = {n["kind"] for n in net["nodes"]}
    assert {"actor", "place", "country", "event", "statement"} <= kinds
    for node in net["nodes"]:
        assert node["shape"] == SHAPES[node["kind"]]
        assert node["value"] >= 1
    dispute_edges = [e for e in net["edges"] if e["kind"] == "disputes"]
    assert dispute_edges and all(e["dashes"] for e in dispute_edges)
    assert any(n.get("disputed") for n in net["nodes"])
    node_ids = set(ids)
    assert all(e["from"] in node_ids and e["to"] in node_ids for e in net["edges"])
    speaker_edges = [e for e in net["edges"] if e["kind"] == "speaker" and e["from"] == GERASIMOV]
    assert speaker_edges
    assert net["speakers"][0]["count"] >= net["speakers"][-1]["count"]


def test_main_class_prefers_the_most_specific() -> None:
    assert main_class(["Place", "Country"]) == "Country"
    assert main_class(["Organization", "MilitaryUnit"]) == "MilitaryUnit"
    assert main_class([]) == "Actor"


def test_page_is_self_contained(view_data) -> None:  # type: ignore[no-untyped-def]
    page = render_view(view_data, title="A <title>")
    assert "<script src" not in page and "<link" not in page
    assert "sourceMappingURL" not in page
    assert "vis.Network" in page and "Almende" in page  # the vendored library, inlined
    assert "A &lt;title&gt;" in page
    assert "default-src 'none'" in page  # the browser refuses any network request
    # exactly the two script elements of the template: nothing in the data closes them
    assert page.count("</script>") == 2
    match = re.search(r"const DATA = (.*?);\n", page)
    assert match
    parsed = json.loads(match.group(1))
    assert len(parsed["nodes"]) == len(network(view_data)["nodes"])


def test_json_for_script_cannot_close_the_script() -> None:
    text = _json_for_script({"label": "</script><script>alert(1)</script> <!-- & \u2028"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text
    assert json.loads(text)["label"].startswith("</script>")


def test_write_view_is_deterministic(io_graph_store: Path, tmp_path: Path) -> None:
    store = open_store(io_graph_store, read_only=True)
    try:
        first = write_view(store, tmp_path / "a.html")
        write_view(store, tmp_path / "b.html")
    finally:
        store.close()
    assert first.nodes > 0 and first.edges > 0 and first.statements == 10
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_cli_view(io_graph_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "view.html"
    result = CliRunner().invoke(
        app, ["view", "-o", str(out), "--store", str(io_graph_store)], env={"FRONTLINE_STORE": None}
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Wrote ") and "10 statements, 5 events" in result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_view_unwritable_output_is_exit_2(io_graph_store: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(
        app,
        ["view", "-o", str(blocker / "view.html"), "--store", str(io_graph_store)],
        env={"FRONTLINE_STORE": None},
    )
    assert result.exit_code == 2
    assert "Error: cannot write view.html" in result.output
