"""``Extraction`` -> ``rdflib.Graph``: the RDF mapping of docs/architecture.md.

One graph per article. Every IRI comes from :mod:`frontline.namespaces`, so the same input always
gives the same triples (no blank nodes, no clocks). This module imports rdflib and never spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TypeAlias
from urllib.parse import quote as percent_encode

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from frontline import namespaces as ns
from frontline.errors import ExtractionError, FrontlineError
from frontline.model import (
    EVENT_TYPES,
    KIND_OF_CLASS,
    STATEMENT_TYPES,
    Entity,
    Extraction,
    TimeValue,
)
from frontline.resources import ontology_file

FL = Namespace(ns.FL)
SCHEMA = Namespace(ns.SCHEMA)
PROV = Namespace(ns.PROV)
WD = Namespace(ns.WD)

LABEL_CONTENT_MAX = 80

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_QID = re.compile(r"^Q\d+$")
_ENTITY_CLASSES = frozenset(KIND_OF_CLASS)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
# what N-Triples / SPARQL IRIREF forbid: space, <>"{}|^`\ and control characters
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')

Triple: TypeAlias = tuple[Node, Node, Node]


class _Triples:
    """The triples of one article in insertion order, without duplicates.

    Has the ``add`` of a Graph but none of its indexes: a build only needs the triples once, to
    split and serialize them, and filling an rdflib Graph (and collecting it) was most of the
    RDF conversion's cost.
    """

    def __init__(self) -> None:
        self._seen: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        self._seen[triple] = None

    def triples(self) -> list[Triple]:
        return list(self._seen)


def new_graph() -> Graph:
    """An empty graph with frontline's prefixes bound (``fli:`` follows FRONTLINE_ID_BASE)."""
    g = Graph(bind_namespaces="none")
    for prefix, iri in ns.PREFIXES.items():
        g.bind(prefix, ns.id_base() if prefix == "fli" else iri, override=True, replace=True)
    return g


def typed_date(value: str) -> Literal | None:
    """'YYYY-MM-DD' -> xsd:date, 'YYYY-MM' -> xsd:gYearMonth, 'YYYY' -> xsd:gYear, else None."""
    if _DAY.match(value):
        return Literal(value, datatype=XSD.date)
    if _MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return None


def safe_iri(text: str) -> URIRef | None:
    """An absolute IRI with characters IRIs forbid percent-encoded; None if it has no scheme."""
    text = text.strip()
    if not _SCHEME.match(text):
        return None
    return URIRef("".join(percent_encode(ch, safe="") if _IRI_BAD.match(ch) else ch for ch in text))


def _truncate(text: str, limit: int = LABEL_CONTENT_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _entity(key: str) -> URIRef:
    return URIRef(ns.entity_iri(key))


def _add_time(g: Graph | _Triples, node: URIRef, prop: URIRef, tv: TimeValue | None) -> None:
    if tv is None:
        return
    typed = typed_date(tv.value) if tv.value else None
    if typed is not None:
        g.add((node, prop, typed))
    if tv.text:
        g.add((node, FL.dateText, Literal(tv.text)))
    if tv.qualifier:
        g.add((node, FL.dateQualifier, Literal(tv.qualifier)))


def _add_entity(g: Graph | _Triples, e: Entity, article: URIRef) -> None:
    node = _entity(e.key)
    g.add((node, RDF.type, FL[e.cls]))
    g.add((node, RDFS.label, Literal(e.label)))
    for alt in e.alt_labels:
        if alt != e.label:
            g.add((node, SKOS.altLabel, Literal(alt)))
    for role in e.roles:
        g.add((node, FL.role, Literal(role)))
    if e.wikidata:
        if not _QID.match(e.wikidata):
            raise ExtractionError(f"entity {e.key} has a bad Wikidata id {e.wikidata!r}")
        g.add((node, OWL.sameAs, WD[e.wikidata]))
    for prop, key in (
        (FL.affiliation, e.affiliation),
        (FL.locatedIn, e.located_in),
        (FL.allegiance, e.allegiance),
        (FL.parentFormation, e.parent),
    ):
        if key:
            g.add((node, prop, _entity(key)))
    if e.echelon:
        g.add((node, FL.echelon, Literal(e.echelon)))
    if e.number:
        g.add((node, FL.unitNumber, Literal(e.number)))
    if e.mentioned:
        g.add((node, FL.mentionedIn, article))


def extraction_to_graph(ex: Extraction) -> Graph:
    """The named-graph content for one article: article, entities, statements, events."""
    g = new_graph()
    for triple in extraction_triples(ex):
        g.add(triple)
    return g


def extraction_triples(ex: Extraction) -> list[Triple]:
    """The triples of :func:`extraction_to_graph`, as a list (no Graph is built)."""
    art = ex.article
    short = art.short_id
    g = _Triples()
    article = URIRef(ns.article_iri(short))

    g.add((article, RDF.type, FL.Article))
    if art.title:
        g.add((article, SCHEMA.headline, Literal(art.title)))
    if art.publisher:
        outlet = _entity(f"media/{ns.slug(art.publisher)}")
        g.add((article, SCHEMA.publisher, outlet))
        g.add((outlet, RDF.type, FL.MediaOutlet))
        if not any(e.key == f"media/{ns.slug(art.publisher)}" for e in ex.entities):
            g.add((outlet, RDFS.label, Literal(art.publisher)))
    url = safe_iri(art.url) if art.url else None
    if url is not None:
        g.add((article, SCHEMA.url, url))
    if art.published:
        published = Literal(art.published.isoformat(), datatype=XSD.date)
        g.add((article, SCHEMA.datePublished, published))
    if art.language:
        g.add((article, SCHEMA.inLanguage, Literal(art.language)))
    g.add((article, FL.contentHash, Literal(art.id)))
    if art.doc_id:
        g.add((article, FL.sourceId, Literal(art.doc_id)))

    labels: dict[str, str] = {}
    for e in ex.entities:
        if e.cls not in _ENTITY_CLASSES:
            raise ExtractionError(f"unknown entity class {e.cls!r} for {e.key}", art.source)
        labels[e.key] = e.label
        _add_entity(g, e, article)

    for st in ex.statements:
        if st.type not in STATEMENT_TYPES:
            raise ExtractionError(f"unknown statement type {st.type!r}", art.source)
        node = URIRef(ns.statement_iri(short, st.index))
        speaker = labels.get(st.speaker, st.speaker.rsplit("/", 1)[-1])
        g.add((node, RDF.type, FL[st.type]))
        summary = _truncate(st.content or st.evidence)
        g.add((node, RDFS.label, Literal(f"{speaker} {st.verb}: {summary}")))
        g.add((node, FL.speaker, _entity(st.speaker)))
        g.add((node, FL.verb, Literal(st.verb)))
        _add_time(g, node, FL.statedOn, st.date)
        if st.content:
            g.add((node, FL.content, Literal(st.content)))
        for quote in st.quotations:
            g.add((node, FL.quotation, Literal(quote)))
        for key in st.about:
            g.add((node, FL.about, _entity(key)))
        for i in st.asserts:
            g.add((node, FL.asserts, URIRef(ns.event_iri(short, i))))
        for i in st.disputes:
            g.add((node, FL.disputes, URIRef(ns.statement_iri(short, i))))
        if st.reported_by:
            g.add((node, FL.reportedBy, _entity(st.reported_by)))
        if st.addressee:
            g.add((node, FL.addressee, _entity(st.addressee)))
        g.add((node, FL.negated, Literal(st.negated)))
        g.add((node, FL.evidence, Literal(st.evidence)))
        g.add((node, PROV.wasDerivedFrom, article))

    for ev in ex.events:
        if ev.type not in EVENT_TYPES:
            raise ExtractionError(f"unknown event type {ev.type!r}", art.source)
        node = URIRef(ns.event_iri(short, ev.index))
        g.add((node, RDF.type, FL[ev.type]))
        g.add((node, RDFS.label, Literal(ev.label)))
        for key in ev.agents:
            g.add((node, FL.agent, _entity(key)))
        for key in ev.places:
            g.add((node, FL.place, _entity(key)))
        _add_time(g, node, FL.time, ev.time)
        if ev.troop_count is not None:
            g.add((node, FL.troopCount, Literal(ev.troop_count, datatype=XSD.integer)))
        g.add((node, FL.evidence, Literal(ev.evidence)))
        g.add((node, PROV.wasDerivedFrom, article))
    return g.triples()


def reference_graph(path: Path | str | None = None) -> Graph:
    """``ontology/entities.ttl`` (or ``path``) parsed into a graph with frontline's prefixes."""
    file = Path(path) if path is not None else ontology_file("entities.ttl")
    if not file.is_file():
        raise FrontlineError(
            "reference entities file is missing", str(file), "restore ontology/entities.ttl"
        )
    g = new_graph()
    try:
        g.parse(file, format="turtle")
    except Exception as exc:  # rdflib raises parser-specific errors
        raise FrontlineError(
            f"cannot parse the reference entities: {exc}", str(file), "fix the Turtle syntax"
        ) from exc
    return g


#: entity properties that hold one value: a new article's value replaces the stored one
SINGLE_VALUED = (
    RDFS.label,
    FL.echelon,
    FL.unitNumber,
    FL.affiliation,
    FL.locatedIn,
    FL.allegiance,
    FL.parentFormation,
)
_NOT_ENTITIES = ("article/", "statement/", "event/", "graph/")


def split_entities(graph: Graph) -> tuple[Graph, dict[str, Graph]]:
    """Split one article's graph into what only it says and the entity descriptions it shares.

    The article graph keeps the article, its statements and events and ``fl:mentionedIn`` links;
    each entity's type, names, roles and links go to that entity's own graph
    (``…/id/graph/entity/<key>``), so a collection stores every description once however many
    articles name the entity.
    """
    article, entities = split_triples(graph)
    # plain graphs: they go to the store as N-Triples, so no prefixes need binding (binding
    # them for every entity graph was most of the cost)
    article_graph = Graph(bind_namespaces="none")
    for triple in article:
        article_graph.add(triple)
    entity_graphs: dict[str, Graph] = {}
    for iri, triples in entities.items():
        g = entity_graphs[iri] = Graph(bind_namespaces="none")
        for triple in triples:
            g.add(triple)
    return article_graph, entity_graphs


def split_triples(
    triples: Iterable[Triple],
) -> tuple[list[Triple], dict[str, list[Triple]]]:
    """:func:`split_entities` on plain triples: (article triples, entity graph IRI -> triples)."""
    base = ns.id_base()
    n = len(base)
    mentioned = FL.mentionedIn
    article: list[Triple] = []
    entities: dict[str, list[Triple]] = {}
    for triple in triples:
        s = triple[0]
        iri = str(s)
        if (
            isinstance(s, URIRef)
            and iri.startswith(base)
            and not iri[n:].startswith(_NOT_ENTITIES)
            and triple[1] != mentioned
        ):
            target = entities.get(iri)
            if target is None:
                target = entities[iri] = []
            target.append(triple)
        else:
            article.append(triple)
    return article, {ns.entity_graph_iri(iri[n:]): t for iri, t in entities.items()}
