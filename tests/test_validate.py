"""SHACL validation of a store, per named graph."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from frontline.store import Store, open_store
from frontline.validate import Result, ValidationReport, validate
from graph_fixture import load_fixture

FLI = "https://w3id.org/frontline/id/"
BROKEN_GRAPH = FLI + "graph/0000000000000bad"
BROKEN = """
@prefix fl:     <https://w3id.org/frontline/ontology#> .
@prefix fli:    <https://w3id.org/frontline/id/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .

fli:article\\/0000000000000bad a fl:Article ;
    schema:datePublished "2025-04-30"^^xsd:date ;
    fl:contentHash "0000000000000bad0000000000000bad0000000000000bad0000000000000bad" .

fli:statement\\/0000000000000bad-0 a fl:Claim ;
    rdfs:label "a claim without a speaker, dated after its article" ;
    fl:statedOn "2025-05-02"^^xsd:date ;
    fl:negated false ;
    prov:wasDerivedFrom fli:article\\/0000000000000bad .

fli:unit\\/nowhere-1st-brigade a fl:MilitaryUnit ;
    rdfs:label "1st Brigade" .
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = load_fixture(tmp_path / "store")
    yield opened
    opened.close()


def test_fixture_conforms_with_warnings(store: Store) -> None:
    report = validate(store)
    assert isinstance(report, ValidationReport)
    assert report.conforms is True
    assert report.graphs == 3
    assert report.violations == []
    undated = sorted(r.focus.rsplit("/", 1)[-1] for r in report.warnings)
    assert undated == ["5f2c0a9e7d1b3c44-2", "5f2c0a9e7d1b3c44-3", "5f2c0a9e7d1b3c44-8"]
    warning = report.warnings[0]
    assert warning.severity == "Warning"
    assert warning.graph == FLI + "graph/5f2c0a9e7d1b3c44"
    assert warning.source_shape.endswith("StatementUndatedShape")
    assert "no date" in warning.message


def test_violations_make_the_store_not_conform(store: Store) -> None:
    store.put_graph(BROKEN_GRAPH, Graph().parse(data=BROKEN, format="turtle"))
    report = validate(store)
    assert report.conforms is False
    assert report.graphs == 4
    broken = [r for r in report.violations if r.graph == BROKEN_GRAPH]
    shapes = {r.source_shape.rsplit("#", 1)[-1] for r in broken}
    assert "StatementSpeakerShape-speaker" in shapes or "StatementSpeakerShape" in shapes
    assert "StatementNotAfterArticleShape" in shapes
    assert "MilitaryUnitShape" in shapes
    speaker = next(r for r in broken if "speaker" in r.source_shape.lower())
    assert speaker.focus == FLI + "statement/0000000000000bad-0"
    assert speaker.path == "https://w3id.org/frontline/ontology#speaker"
    # the other graphs still only have their warnings
    assert all(r.graph == BROKEN_GRAPH for r in report.violations)


def test_results_are_sorted_and_stable(store: Store) -> None:
    store.put_graph(BROKEN_GRAPH, Graph().parse(data=BROKEN, format="turtle"))
    first, second = validate(store), validate(store)
    assert first.results == second.results
    keys = [(r.graph, r.severity != "Violation") for r in first.results]
    assert keys == sorted(keys)


def test_to_json(store: Store) -> None:
    data = json.loads(validate(store).to_json())
    assert data["conforms"] is True
    assert data["violations"] == 0 and data["warnings"] == 3
    assert set(data["results"][0]) == {
        "severity",
        "focus",
        "path",
        "message",
        "source_shape",
        "graph",
    }


def test_empty_store_conforms(tmp_path: Path) -> None:
    with open_store(tmp_path / "empty") as empty:
        report = validate(empty)
    assert report.conforms and report.results == [] and report.graphs == 0


def test_result_is_a_plain_record() -> None:
    r = Result("Violation", "f", "p", "m", "s", "g")
    assert (r.severity, r.focus, r.path, r.message, r.source_shape, r.graph) == (
        "Violation",
        "f",
        "p",
        "m",
        "s",
        "g",
    )


def test_a_store_with_relayed_statements_conforms_and_a_dangling_link_does_not(
    tmp_path: Path,
) -> None:
    from frontline.links import links_graph_iri
    from frontline.pipeline import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, publisher in (("a", "Reuters"), ("b", "Associated Press")):
        (corpus / f"{name}.md").write_text(
            f"---\ntitle: Talks\npublisher: {publisher}\npublished: 2025-04-30\n---\n"
            "Kremlin spokesman Dmitry Peskov said on Monday that the talks in Istanbul had been "
            f"productive and would continue next week. ({publisher})\n",
            encoding="utf-8",
        )
    store = open_store(tmp_path / "store")
    try:
        build([corpus], store)
        assert store.get_graph(links_graph_iri()), "the two copies should be linked"
        report = validate(store)
        # the links graph is derived: its nodes are not checked as statements on their own
        assert report.conforms, [r.message for r in report.violations]
        store.put_graph(
            links_graph_iri(),
            [
                (
                    URIRef(FLI + "statement/00000000000gone-0"),
                    URIRef("https://w3id.org/frontline/ontology#sameStatementAs"),
                    next(iter(store.get_graph(links_graph_iri())))[0],
                )
            ],
        )
        report = validate(store)
        assert not report.conforms
        (dangling,) = report.violations
        assert dangling.focus == FLI + "statement/00000000000gone-0"
        assert "no article graph holds" in dangling.message
    finally:
        store.close()
