from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from frontline import namespaces as ns
from frontline.errors import ExtractionError, FrontlineError
from frontline.model import Article, Entity, Event, Extraction, Statement, TimeValue
from frontline.rdf import FL, PROV, SCHEMA, extraction_to_graph, reference_graph, typed_date

ARTICLE = Article(
    text="Valery Gerasimov acknowledged on April 26 that North Korean troops fought in Kursk.",
    source="corpus/a.md",
    title="Gerasimov acknowledges",
    publisher="RIA Novosti",
    url="https://example.org/a b",
    published=date(2025, 4, 28),
    language="en",
    doc_id="ria-1",
)
CONTENT = "North Korean troops took part in the liberation of Kursk Oblast " * 3

EXTRACTION = Extraction(
    article=ARTICLE,
    entities=(
        Entity(
            "person/valery-gerasimov",
            "Person",
            "Valery Gerasimov",
            alt_labels=("Gerasimov",),
            roles=("Chief of the General Staff",),
            wikidata="Q312503",
            affiliation="country/russia",
        ),
        Entity("country/russia", "Country", "Russia", wikidata="Q159"),
        Entity(
            "unit/russia-810th-brigade",
            "MilitaryUnit",
            "810th Brigade",
            allegiance="country/russia",
            echelon="Brigade",
            number="810th",
        ),
        Entity("region/kursk-oblast", "Region", "Kursk Oblast", located_in="country/russia"),
    ),
    statements=(
        Statement(
            index=0,
            type="Acknowledgement",
            verb="acknowledge",
            speaker="person/valery-gerasimov",
            evidence=ARTICLE.text,
            date=TimeValue("on April 26", "2025-04-26", "day"),
            content=CONTENT,
            quotations=("fought bravely",),
            about=("region/kursk-oblast",),
            asserts=(0,),
            reported_by="media/ria-novosti",
        ),
        Statement(
            index=1,
            type="Denial",
            verb="deny",
            speaker="country/russia",
            evidence="Russia denied it.",
            date=TimeValue("in early March", "2025-03", "month", "early"),
            disputes=(0,),
            negated=True,
        ),
    ),
    events=(
        Event(
            index=0,
            type="Deployment",
            label="deployment of 11,000 troops",
            evidence="11,000 troops were deployed.",
            agents=("unit/russia-810th-brigade",),
            places=("region/kursk-oblast",),
            time=TimeValue("in 2024", "2024", "year"),
            troop_count=11000,
        ),
    ),
)

SHORT = ARTICLE.short_id
ART = URIRef(ns.article_iri(SHORT))
ST0 = URIRef(ns.statement_iri(SHORT, 0))
ST1 = URIRef(ns.statement_iri(SHORT, 1))
EV0 = URIRef(ns.event_iri(SHORT, 0))


def fli(key: str) -> URIRef:
    return URIRef(ns.entity_iri(key))


@pytest.fixture(scope="module")
def g() -> Graph:
    return extraction_to_graph(EXTRACTION)


def test_article_node(g: Graph) -> None:
    assert (ART, RDF.type, FL.Article) in g
    assert g.value(ART, SCHEMA.headline) == Literal("Gerasimov acknowledges")
    assert g.value(ART, SCHEMA.url) == URIRef("https://example.org/a%20b")
    assert g.value(ART, SCHEMA.datePublished) == Literal("2025-04-28", datatype=XSD.date)
    assert g.value(ART, SCHEMA.inLanguage) == Literal("en")
    assert g.value(ART, FL.contentHash) == Literal(ARTICLE.id)
    assert g.value(ART, FL.sourceId) == Literal("ria-1")
    outlet = fli("media/ria-novosti")
    assert g.value(ART, SCHEMA.publisher) == outlet
    assert (outlet, RDF.type, FL.MediaOutlet) in g
    assert g.value(outlet, RDFS.label) == Literal("RIA Novosti")


def test_entities(g: Graph) -> None:
    p = fli("person/valery-gerasimov")
    assert (p, RDF.type, FL.Person) in g
    assert g.value(p, RDFS.label) == Literal("Valery Gerasimov")
    assert g.value(p, SKOS.altLabel) == Literal("Gerasimov")
    assert g.value(p, FL.role) == Literal("Chief of the General Staff")
    assert g.value(p, OWL.sameAs) == URIRef(ns.WD + "Q312503")
    assert g.value(p, FL.affiliation) == fli("country/russia")
    assert g.value(p, FL.mentionedIn) == ART
    u = fli("unit/russia-810th-brigade")
    assert g.value(u, FL.allegiance) == fli("country/russia")
    assert g.value(u, FL.echelon) == Literal("Brigade")
    assert g.value(u, FL.unitNumber) == Literal("810th")
    assert g.value(fli("region/kursk-oblast"), FL.locatedIn) == fli("country/russia")


def test_statement(g: Graph) -> None:
    assert (ST0, RDF.type, FL.Acknowledgement) in g
    label = str(g.value(ST0, RDFS.label))
    assert label.startswith("Valery Gerasimov acknowledge: North Korean troops took part")
    assert len(label) == len("Valery Gerasimov acknowledge: ") + 80 and label.endswith("…")
    assert g.value(ST0, FL.speaker) == fli("person/valery-gerasimov")
    assert g.value(ST0, FL.verb) == Literal("acknowledge")
    assert g.value(ST0, FL.statedOn) == Literal("2025-04-26", datatype=XSD.date)
    assert g.value(ST0, FL.dateText) == Literal("on April 26")
    assert g.value(ST0, FL.content) == Literal(CONTENT)
    assert g.value(ST0, FL.quotation) == Literal("fought bravely")
    assert g.value(ST0, FL.about) == fli("region/kursk-oblast")
    assert g.value(ST0, FL.asserts) == EV0
    assert g.value(ST0, FL.reportedBy) == fli("media/ria-novosti")
    assert g.value(ST0, FL.negated) == Literal(False)
    assert g.value(ST0, FL.evidence) == Literal(ARTICLE.text)
    assert g.value(ST0, PROV.wasDerivedFrom) == ART


def test_negated_dispute_with_month_date(g: Graph) -> None:
    assert g.value(ST1, FL.negated) == Literal(True)
    assert g.value(ST1, FL.disputes) == ST0
    assert g.value(ST1, FL.statedOn) == Literal("2025-03", datatype=XSD.gYearMonth)
    assert g.value(ST1, FL.dateQualifier) == Literal("early")
    assert str(g.value(ST1, RDFS.label)) == "Russia deny: Russia denied it."


def test_event(g: Graph) -> None:
    assert (EV0, RDF.type, FL.Deployment) in g
    assert g.value(EV0, RDFS.label) == Literal("deployment of 11,000 troops")
    assert g.value(EV0, FL.agent) == fli("unit/russia-810th-brigade")
    assert g.value(EV0, FL.place) == fli("region/kursk-oblast")
    assert g.value(EV0, FL.time) == Literal("2024", datatype=XSD.gYear)
    assert g.value(EV0, FL.troopCount) == Literal(11000)
    assert g.value(EV0, FL.troopCount).datatype == XSD.integer  # type: ignore[union-attr]
    assert g.value(EV0, PROV.wasDerivedFrom) == ART


def test_unresolved_date_keeps_only_text() -> None:
    st = Statement(0, "Remark", "say", "country/russia", "Russia said.", TimeValue("on Monday"))
    g = extraction_to_graph(Extraction(article=ARTICLE, statements=(st,)))
    assert g.value(ST0, FL.statedOn) is None
    assert g.value(ST0, FL.dateText) == Literal("on Monday")


def test_no_blank_nodes_and_deterministic() -> None:
    a, b = extraction_to_graph(EXTRACTION), extraction_to_graph(EXTRACTION)
    assert isomorphic(a, b)
    assert sorted(a.serialize(format="nt").splitlines()) == sorted(
        b.serialize(format="nt").splitlines()
    )
    assert all(not t.startswith("_:") for t in a.serialize(format="nt").split())


def test_prefixes_are_bound(g: Graph) -> None:
    bound = dict(g.namespaces())
    for prefix, iri in ns.PREFIXES.items():
        assert str(bound[prefix]) == iri


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("2025-04-26", XSD.date), ("2025-04", XSD.gYearMonth), ("2025", XSD.gYear), ("soon", None)],
)
def test_typed_date(value: str, datatype: URIRef | None) -> None:
    lit = typed_date(value)
    assert (lit.datatype if lit is not None else None) == datatype


def test_unknown_statement_type_is_an_extraction_error() -> None:
    st = Statement(0, "Gossip", "say", "country/russia", "x")
    with pytest.raises(ExtractionError):
        extraction_to_graph(Extraction(article=ARTICLE, statements=(st,)))


def test_reference_graph_from_file(io_entities_ttl: Path) -> None:
    g = reference_graph(io_entities_ttl)
    assert (fli("country/russia"), RDFS.label, Literal("Russia")) in g


def test_reference_graph_missing_or_broken(tmp_path: Path) -> None:
    with pytest.raises(FrontlineError, match="missing"):
        reference_graph(tmp_path / "nope.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    with pytest.raises(FrontlineError, match="cannot parse"):
        reference_graph(bad)


def test_packaged_reference_graph_when_present() -> None:
    try:
        g = reference_graph()
    except FrontlineError:
        pytest.skip("ontology/entities.ttl is not written yet")
    assert len(g) > 0


def test_resources_found_from_checkout() -> None:
    from frontline.resources import ontology_dir, ontology_file, queries_dir

    assert ontology_dir().name == "ontology" and ontology_dir().is_dir()
    assert queries_dir().name == "queries" and queries_dir().is_dir()
    with pytest.raises(FrontlineError, match="missing"):
        ontology_file("no-such-file.ttl")


def _special_text_extraction() -> Extraction:
    """EXTRACTION with text that N-Triples must escape, an entity with no mention and an event
    with no time."""
    special = 'He said "no"\\ and\nthen\r\tleft – “quoted” ✓'
    st = Statement(
        index=2,
        type="Claim",
        verb="say",
        speaker="person/valery-gerasimov",
        evidence=special,
        content=special,
        quotations=(special,),
    )
    ev = Event(index=1, type="Deployment", label=special, evidence=special)
    return Extraction(
        article=ARTICLE,
        entities=(*EXTRACTION.entities, Entity("media/ria-novosti", "MediaOutlet", "RIA")),
        statements=(*EXTRACTION.statements, st),
        events=(*EXTRACTION.events, ev),
    )


@pytest.mark.parametrize("extraction", [EXTRACTION, _special_text_extraction()])
def test_ntriples_parts_are_the_rdflib_parts(extraction: Extraction) -> None:
    """A build writes the terms as N-Triples text without rdflib nodes: the same update."""
    from frontline.rdf import extraction_ntriples, extraction_triples, split_ntriples, split_triples
    from frontline.store import article_parts, ntriples_parts

    graph = ns.graph_iri(SHORT)
    fast = ntriples_parts(graph, *split_ntriples(extraction_ntriples(extraction)))
    assert fast is not None
    slow = article_parts(graph, *split_triples(extraction_triples(extraction)))
    assert fast == slow
    assert fast.entities and any(deletes for _, deletes, _ in fast.entities)


def test_an_iri_that_cannot_be_written_is_reported_as_before() -> None:
    """An entity key with a space: no N-Triples parts; prepare reports it as the rdflib way."""
    from frontline.pipeline import prepare
    from frontline.rdf import extraction_ntriples, split_ntriples
    from frontline.store import ntriples_parts

    bad = Extraction(
        article=ARTICLE, entities=(Entity("person/a b", "Person", "A B", mentioned=True),)
    )
    graph = ns.graph_iri(SHORT)
    assert ntriples_parts(graph, *split_ntriples(extraction_ntriples(bad))) is None
    result = prepare(ARTICLE, bad)
    assert isinstance(result, ExtractionError)
    assert "not a valid IRI" in result.what
