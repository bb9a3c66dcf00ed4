"""Every SHACL shape in ontology/shapes.ttl, tested on a fixture that passes and one that fails.

Fixtures live in ``tests/shapes/``: ``<Shape>.pass*.ttl`` must conform with no result at all, and
``<Shape>.fail*.ttl`` must give results from ``<Shape>`` only, with the shape's expected severity.
Each fixture is validated together with ``_base.ttl``, a small graph that conforms to everything.

Validation is done the way frontline's validator does it: pyshacl with ``frontline.ttl`` as the
ontology graph (the data carries only the most specific classes), RDFS inference, and
``advanced=True`` for the SPARQL constraints.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SH

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "frontline.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
FIXTURES = Path(__file__).resolve().parent / "shapes"
FLSH = Namespace("https://w3id.org/frontline/shapes#")

#: the severity each shape must report. A shape added to shapes.ttl must be added here too.
SEVERITY: dict[str, URIRef] = {
    "StatementSpeakerShape": SH.Violation,
    "StatementTypeShape": SH.Violation,
    "StatementDateShape": SH.Violation,
    "StatementSourceShape": SH.Violation,
    "StatementNegatedShape": SH.Violation,
    "StatementNotAfterArticleShape": SH.Violation,
    "StatementUndatedShape": SH.Warning,
    "DateNotResolvedShape": SH.Warning,
    "DisputeShape": SH.Violation,
    "ArticleDateShape": SH.Violation,
    "ArticleUndatedShape": SH.Warning,
    "ArticleHashShape": SH.Violation,
    "EventTypeShape": SH.Violation,
    "EventEvidenceShape": SH.Violation,
    "EventSourceShape": SH.Violation,
    "EventTimeShape": SH.Violation,
    "EventTroopCountShape": SH.Violation,
    "MilitaryUnitShape": SH.Violation,
    "EntityLabelShape": SH.Violation,
}


@lru_cache(maxsize=1)
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(SHAPES)


def node_shapes() -> list[str]:
    """Local names of the named node shapes in shapes.ttl."""
    g = shapes()
    return sorted(
        str(s)[len(FLSH) :]
        for s in g.subjects(RDF.type, SH.NodeShape)
        if isinstance(s, URIRef) and str(s).startswith(str(FLSH))
    )


def owning_shape(shape: URIRef) -> str:
    """The node shape a result's source shape belongs to (itself, or the one with sh:property)."""
    g = shapes()
    owner = g.value(predicate=SH.property, object=shape) or shape
    return str(owner)[len(FLSH) :]


def validate(path: Path) -> tuple[bool, list[tuple[str, URIRef, str]]]:
    data = Graph().parse(FIXTURES / "_base.ttl").parse(path)
    conforms, report, _ = pyshacl.validate(
        data,
        shacl_graph=shapes(),
        ont_graph=ontology(),
        inference="rdfs",
        advanced=True,
    )
    results = [
        (
            owning_shape(report.value(r, SH.sourceShape)),
            report.value(r, SH.resultSeverity),
            str(report.value(r, SH.resultMessage)),
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return bool(conforms), sorted(results)


def fixtures(kind: str) -> list[Path]:
    return sorted(FIXTURES.glob(f"*.{kind}*.ttl"))


def test_base_graph_conforms() -> None:
    assert validate(FIXTURES / "_base.ttl") == (True, [])


def test_every_shape_has_a_passing_and_a_failing_fixture() -> None:
    for name in node_shapes():
        assert (FIXTURES / f"{name}.pass.ttl").exists(), f"{name} has no passing fixture"
        assert (FIXTURES / f"{name}.fail.ttl").exists(), f"{name} has no failing fixture"
    assert sorted(SEVERITY) == node_shapes(), "SEVERITY must list exactly the shapes in shapes.ttl"


def test_every_fixture_belongs_to_a_shape() -> None:
    names = set(node_shapes())
    for path in fixtures("pass") + fixtures("fail"):
        assert path.name.split(".")[0] in names, f"{path.name} names no shape in shapes.ttl"


def test_every_shape_has_a_message_and_severity() -> None:
    g = shapes()
    for name in node_shapes():
        shape = FLSH[name]
        parts = [shape, *g.objects(shape, SH.property)]
        assert any(g.value(p, SH.message) for p in parts), f"{name} has no sh:message"
        severities = {g.value(p, SH.severity) for p in parts} - {None}
        assert severities == {SEVERITY[name]}, f"{name}: severity {severities}"


@pytest.mark.parametrize("path", fixtures("pass"), ids=lambda p: p.name)
def test_passing_fixture_conforms(path: Path) -> None:
    assert validate(path) == (True, [])


@pytest.mark.parametrize("path", fixtures("fail"), ids=lambda p: p.name)
def test_failing_fixture_fails_only_its_shape(path: Path) -> None:
    name = path.name.split(".")[0]
    conforms, results = validate(path)
    assert not conforms
    assert results, f"{path.name} gave no results"
    assert {(shape, sev) for shape, sev, _ in results} == {(name, SEVERITY[name])}, results
    assert all(msg and msg != "None" for _, _, msg in results)


def test_warnings_alone_still_conform_with_allow_warnings() -> None:
    """The validator passes allow_warnings=True: an undated statement is doubtful, not wrong."""
    data = Graph().parse(FIXTURES / "_base.ttl").parse(FIXTURES / "DateNotResolvedShape.fail.ttl")
    conforms, _, _ = pyshacl.validate(
        data,
        shacl_graph=shapes(),
        ont_graph=ontology(),
        inference="rdfs",
        advanced=True,
        allow_warnings=True,
    )
    assert conforms
