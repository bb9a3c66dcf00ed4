"""The fast validator reports exactly what the reference run reports.

The reference run is what validation used to be, and what ``ontology/shapes.ttl`` documents:
pyshacl with ``frontline.ttl`` mixed in as the ontology graph and RDFS inference over graph +
ontology, once per graph. ``frontline.validate`` instead closes the ontology once and derives the
rest of the RDFS closure in Python (``_Checker.closure``), then runs pyshacl without inference.
These tests pin the two facts that makes safe:

- the closure is the same set of triples owlrl produces, on every shape fixture and every graph
  of the fixture store (or the graph is validated the reference way: ``closure`` returns None);
- the reported results (severity, focus, path, message, shape) are identical, including for
  shapes that only fire through inference (a sub-sub-class, a domain, a range).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph

from frontline import namespaces as ns
from frontline.validate import (
    Result,
    _Checker,
    _entity_nodes,
    _load,
    _rdfs_closure,
    _results,
    _sort_key,
    validate,
    validate_graph,
)
from graph_fixture import load_fixture

FIXTURES = Path(__file__).resolve().parent / "shapes"

PREFIXES = """
@prefix fl:     <https://w3id.org/frontline/ontology#> .
@prefix ex:     <https://example.org/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/frontline/id/> .
"""

# ex:Rumour is two levels below fl:Statement, declared in an extended ontology (below): only the
# transitive rdfs:subClassOf closure makes the rumour a statement (so the speaker shape fires)
# and a specific kind of statement (so the type shape does not).
RUMOUR_SCHEMA = PREFIXES + "ex:Rumour rdfs:subClassOf fl:Claim .\n"
RUMOUR = (
    PREFIXES
    + """
<statement/r-1> a ex:Rumour ;
    fl:negated false ;
    fl:statedOn "2025-04-29"^^xsd:date ;
    prov:wasDerivedFrom <article/base> .
"""
)

# typed by nothing but the domain of fl:about / the range of fl:reportedBy
UNTYPED = (
    PREFIXES
    + """
<statement/u-1> fl:about <country/russia> .
<statement/u-2> a fl:Claim ;
    fl:speaker <person/vladimir-putin> ;
    fl:negated false ;
    fl:statedOn "2025-04-29"^^xsd:date ;
    fl:reportedBy <media/nowhere> ;
    prov:wasDerivedFrom <article/base> .
"""
)


@lru_cache(maxsize=1)
def checker() -> _Checker:
    return _Checker(_load("shapes.ttl"), _load("frontline.ttl"))


def reference_results(data: Graph, graph_iri: str, ontology: Graph | None = None) -> list[Result]:
    """What validation reported before: pyshacl with the ontology mixed in and RDFS inference."""
    _conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=checker().shapes,
        ont_graph=ontology if ontology is not None else checker().ontology,
        inference="rdfs",
        advanced=True,
        allow_warnings=True,
    )
    return sorted(set(_results(report, graph_iri)), key=_sort_key)  # type: ignore[arg-type]


def reference_closure(data: Graph, ontology: Graph) -> set[tuple[object, object, object]]:
    graph = Graph()
    for triple in data:
        graph.add(triple)
    for triple in ontology:
        graph.add(triple)
    _rdfs_closure(graph)
    return set(graph)


def fixture_graph(path: Path) -> Graph:
    return Graph().parse(FIXTURES / "_base.ttl").parse(path)


def shape_fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("*.ttl") if p.name != "_base.ttl")


@pytest.mark.parametrize("path", shape_fixtures(), ids=lambda p: p.name)
def test_closure_is_owlrls_on_every_shape_fixture(path: Path) -> None:
    data = fixture_graph(path)
    added = checker().closure(data)
    assert added is not None, "a shape fixture should not need the reference inference"
    assert set(checker().closed) | added == reference_closure(data, checker().ontology)


@pytest.mark.parametrize("path", shape_fixtures(), ids=lambda p: p.name)
def test_results_are_the_reference_results_on_every_shape_fixture(path: Path) -> None:
    data = fixture_graph(path)
    iri = "https://w3id.org/frontline/id/graph/test"
    assert checker().check(data, iri) == reference_results(data, iri)


def test_a_shape_that_fires_only_through_a_sub_sub_class_is_still_caught() -> None:
    ontology = _load("frontline.ttl").parse(data=RUMOUR_SCHEMA, format="turtle")
    data = fixture_graph(FIXTURES / "_base.ttl").parse(data=RUMOUR, format="turtle")
    iri = "https://w3id.org/frontline/id/graph/rumour"
    results = validate_graph(data, iri, _load("shapes.ttl"), ontology)
    assert results == reference_results(data, iri, ontology)
    shapes = {r.source_shape.rsplit("#", 1)[-1] for r in results}
    assert shapes == {"StatementSpeakerShape-speaker"}, results
    assert {r.focus for r in results} == {"https://w3id.org/frontline/id/statement/r-1"}
    # and the closure matches owlrl's for the extended ontology too
    extended = _Checker(_load("shapes.ttl"), ontology)
    added = extended.closure(data)
    assert added is not None
    assert set(extended.closed) | added == reference_closure(data, ontology)


def test_types_that_come_only_from_domains_and_ranges_are_still_checked() -> None:
    data = fixture_graph(FIXTURES / "_base.ttl").parse(data=UNTYPED, format="turtle")
    iri = "https://w3id.org/frontline/id/graph/untyped"
    results = checker().check(data, iri)
    assert results == reference_results(data, iri)
    fired = {(r.focus.rsplit("/", 1)[-1], r.source_shape.rsplit("#", 1)[-1]) for r in results}
    assert ("u-1", "StatementTypeShape-type") in fired  # fl:about's domain made it a statement
    assert ("nowhere", "EntityLabelShape-label") in fired  # fl:reportedBy's range: an actor


def test_a_graph_that_brings_its_own_schema_is_validated_the_reference_way() -> None:
    data = (
        fixture_graph(FIXTURES / "_base.ttl")
        .parse(data=RUMOUR_SCHEMA, format="turtle")
        .parse(data=RUMOUR, format="turtle")
    )
    assert checker().closure(data) is None
    iri = "https://w3id.org/frontline/id/graph/own-schema"
    results = checker().check(data, iri)
    assert results == reference_results(data, iri)
    assert {r.source_shape.rsplit("#", 1)[-1] for r in results} == {"StatementSpeakerShape-speaker"}


def test_every_graph_of_the_fixture_store_matches_the_reference(tmp_path: Path) -> None:
    store = load_fixture(tmp_path / "store")
    try:
        expected: list[Result] = []
        entity_prefix = ns.entity_graph_iri("")
        for iri in store.graph_iris():
            if iri.startswith(entity_prefix):
                continue
            graph = store.get_graph(iri)
            seen: set[str] = set()
            frontier = _entity_nodes(graph)
            while frontier:
                node = frontier.pop()
                if node in seen:
                    continue
                seen.add(node)
                entity_graph = store.get_graph(ns.entity_graph_iri(node[len(ns.id_base()) :]))
                graph += entity_graph
                frontier |= _entity_nodes(entity_graph) - seen
            added = checker().closure(graph)
            assert added is not None
            assert set(checker().closed) | added == reference_closure(graph, checker().ontology)
            expected.extend(reference_results(graph, iri))
        expected.sort(key=_sort_key)
        assert validate(store).results == expected
    finally:
        store.close()


def test_workers_report_the_same_results(tmp_path: Path) -> None:
    store = load_fixture(tmp_path / "store")
    try:
        one = validate(store)
        two = validate(store, workers=2, chunk_size=1)
    finally:
        store.close()
    assert two == one
    assert two.results, "the fixture store has warnings, so the comparison means something"
