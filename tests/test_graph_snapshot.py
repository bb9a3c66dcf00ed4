"""graph/ is a rebuildable artefact: rebuilding corpus/ must give an isomorphic graph.

Regenerate after an intended change with ``make graph`` (or FRONTLINE_UPDATE_SNAPSHOTS=1).
"""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, to_isomorphic

from frontline.graphgen import generate

ROOT = Path(__file__).resolve().parents[1]


def _diff(expected: Graph, actual: Graph) -> str:
    _, missing, added = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = [f"- {' '.join(t.n3() for t in tr)}" for tr in sorted(missing)][:40]
    lines += [f"+ {' '.join(t.n3() for t in tr)}" for tr in sorted(added)][:40]
    return "\n".join(lines)


def test_graph_snapshot_matches_a_rebuild(tmp_path):
    generate(ROOT / "corpus", tmp_path)
    if os.environ.get("FRONTLINE_UPDATE_SNAPSHOTS"):
        generate(ROOT / "corpus", ROOT / "graph")
    expected = Graph().parse(ROOT / "graph" / "frontline.ttl")
    actual = Graph().parse(tmp_path / "frontline.ttl")
    assert to_isomorphic(expected) == to_isomorphic(actual), (
        "graph/frontline.ttl is stale; run `make graph`.\n" + _diff(expected, actual)
    )
    exp_ds = Dataset().parse(ROOT / "graph" / "frontline.trig", format="trig")
    act_ds = Dataset().parse(tmp_path / "frontline.trig", format="trig")
    exp_graphs = {str(g.identifier) for g in exp_ds.graphs() if len(g)}
    act_graphs = {str(g.identifier) for g in act_ds.graphs() if len(g)}
    assert exp_graphs == act_graphs
    for iri in sorted(exp_graphs):
        e, a = exp_ds.graph(iri), act_ds.graph(iri)
        assert to_isomorphic(e) == to_isomorphic(a), f"named graph {iri} differs:\n" + _diff(e, a)


def test_turtle_export_is_byte_for_byte_deterministic(tmp_path):
    generate(ROOT / "corpus", tmp_path / "a")
    generate(ROOT / "corpus", tmp_path / "b")
    assert (tmp_path / "a" / "frontline.ttl").read_bytes() == (
        tmp_path / "b" / "frontline.ttl"
    ).read_bytes()
