"""SHACL validation of a store, one named graph at a time.

Every article graph is self-contained (it types and labels every entity it mentions), so each is
validated on its own against ``ontology/shapes.ttl``, with ``ontology/frontline.ttl`` mixed in as
the ontology graph (RDFS inference supplies the class hierarchy the shapes rely on). The reference
graph is validated the same way. ``sh:Violation`` results make the store non-conforming;
``sh:Warning`` and ``sh:Info`` results are reported but do not.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from rdflib import Graph
from rdflib.namespace import SH
from rdflib.term import BNode, Node, URIRef

from frontline import namespaces as ns
from frontline.errors import FrontlineError
from frontline.resources import ontology_file

_NOT_ENTITIES = ("article/", "statement/", "event/", "graph/")


def _entity_nodes(graph: Graph) -> set[str]:
    """IRIs of entities a graph names or links to (instance IRIs that are not articles etc.)."""
    base = ns.id_base()
    nodes = set()
    for s, _, o in graph:
        for term in (s, o):
            text = str(term)
            if (
                isinstance(term, URIRef)
                and text.startswith(base)
                and not text[len(base) :].startswith(_NOT_ENTITIES)
            ):
                nodes.add(text)
    return nodes


SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


class GraphStore(Protocol):
    """What validation needs from a store (``frontline.store.Store`` has it)."""

    def graph_iris(self) -> list[str]: ...

    def get_graph(self, graph_iri: str) -> Graph: ...


@dataclass(frozen=True)
class Result:
    """One SHACL finding."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: str  # the node that failed, as an IRI (or _:id)
    path: str  # the property path, "" for node-level constraints
    message: str
    source_shape: str
    graph: str  # the named graph it was found in


@dataclass
class ValidationReport:
    conforms: bool
    results: list[Result] = field(default_factory=list)
    graphs: int = 0  # how many named graphs were validated

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Warning"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "conforms": self.conforms,
            "graphs": self.graphs,
            "violations": len(self.violations),
            "warnings": len(self.warnings),
            "results": [asdict(r) for r in self.results],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _text(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _local(node: Node | None) -> str:
    text = _text(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _load(name: str) -> Graph:
    path = ontology_file(name)
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many kinds of parse errors
        raise FrontlineError(
            f"cannot parse {name}: {exc}", str(path), "fix the file or reinstall frontline"
        ) from None
    return graph


def _path_text(results: Graph, node: Node | None) -> str:
    """A result path: an IRI, or a short SPARQL-like rendering of a complex path."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return str(node)
    inverse = results.value(node, SH.inversePath)
    if inverse is not None:
        return f"^{_path_text(results, inverse)}"
    return _text(node)


def _results(results: Graph, graph_iri: str) -> Iterable[Result]:
    for node in results.objects(None, SH.result):
        yield Result(
            severity=_local(results.value(node, SH.resultSeverity)) or "Violation",
            focus=_text(results.value(node, SH.focusNode)),
            path=_path_text(results, results.value(node, SH.resultPath)),
            message=_text(results.value(node, SH.resultMessage)),
            source_shape=_text(results.value(node, SH.sourceShape)),
            graph=graph_iri,
        )


def validate_graph(
    data: Graph, graph_iri: str, shapes: Graph | None = None, ontology: Graph | None = None
) -> list[Result]:
    """SHACL results for one graph (all severities), sorted."""
    import pyshacl

    shapes = shapes if shapes is not None else _load("shapes.ttl")
    ontology = ontology if ontology is not None else _load("frontline.ttl")
    _conforms, results_graph, _text_report = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="rdfs",
        advanced=True,
        allow_warnings=True,
    )
    found = set(_results(results_graph, graph_iri))  # type: ignore[arg-type]
    return sorted(found, key=_sort_key)


def _sort_key(r: Result) -> tuple[str, int, str, str, str, str]:
    return (r.graph, SEVERITY_ORDER.get(r.severity, 9), r.focus, r.path, r.source_shape, r.message)


def validate(store: GraphStore) -> ValidationReport:
    """Validate every named graph of ``store`` (articles and the reference graph)."""
    shapes = _load("shapes.ttl")
    ontology = _load("frontline.ttl")
    results: list[Result] = []
    iris = store.graph_iris()
    entity_prefix = ns.entity_graph_iri("")
    cache: dict[str, Graph] = {}
    for iri in iris:
        if iri.startswith(entity_prefix):
            continue  # checked with each article that names the entity
        graph = store.get_graph(iri)
        # an article graph is checked with the descriptions of the entities it names and of
        # those they link to (the region and country of a town), followed transitively
        seen: set[str] = set()
        frontier = _entity_nodes(graph)
        while frontier:
            node = frontier.pop()
            if node in seen:
                continue
            seen.add(node)
            entity_iri = ns.entity_graph_iri(node[len(ns.id_base()) :])
            if entity_iri not in cache:
                cache[entity_iri] = store.get_graph(entity_iri)
            graph += cache[entity_iri]
            frontier |= _entity_nodes(cache[entity_iri]) - seen
        results.extend(validate_graph(graph, iri, shapes, ontology))
    iris = [iri for iri in iris if not iri.startswith(entity_prefix)]
    results.sort(key=_sort_key)
    conforms = not any(r.severity == "Violation" for r in results)
    return ValidationReport(conforms=conforms, results=results, graphs=len(iris))
