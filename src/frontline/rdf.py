"""``Extraction`` -> ``rdflib.Graph``: the RDF mapping of docs/architecture.md.

One graph per article. Every IRI comes from :mod:`frontline.namespaces`, so the same input always
gives the same triples (no blank nodes, no clocks). This module imports rdflib and never spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeAlias, TypeVar
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
from frontline.store import XSD_STRING, nt_escape

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


class _Terms:
    """How :func:`_extraction_terms` makes its terms: rdflib nodes (:data:`_NODES`), or their
    N-Triples text (:data:`_NTRIPLES`), which a build writes into its update as it is (making
    the rdflib nodes and then serializing them was most of a build's RDF cost).

    ``iri``, ``lit`` (a plain literal) and ``typed`` (from an rdflib Literal with a datatype)
    make terms; the predicates and classes are made once.
    """

    def __init__(
        self,
        iri: Callable[[str], Any],
        lit: Callable[[str], Any],
        typed: Callable[[Literal], Any],
    ) -> None:
        self.iri = iri
        self.lit = lit
        self.typed = typed
        self.type = iri(RDF.type)
        self.label = iri(RDFS.label)
        self.alt_label = iri(SKOS.altLabel)
        self.same_as = iri(OWL.sameAs)
        self.headline = iri(SCHEMA.headline)
        self.publisher = iri(SCHEMA.publisher)
        self.url = iri(SCHEMA.url)
        self.date_published = iri(SCHEMA.datePublished)
        self.in_language = iri(SCHEMA.inLanguage)
        self.derived_from = iri(PROV.wasDerivedFrom)
        self.links = tuple(
            iri(p) for p in (FL.affiliation, FL.locatedIn, FL.allegiance, FL.parentFormation)
        )
        self.article = iri(FL.Article)
        self.media_outlet = iri(FL.MediaOutlet)
        self.content_hash = iri(FL.contentHash)
        self.source_id = iri(FL.sourceId)
        self.role = iri(FL.role)
        self.echelon = iri(FL.echelon)
        self.unit_number = iri(FL.unitNumber)
        self.mentioned_in = iri(FL.mentionedIn)
        self.speaker = iri(FL.speaker)
        self.verb = iri(FL.verb)
        self.stated_on = iri(FL.statedOn)
        self.date_text = iri(FL.dateText)
        self.date_qualifier = iri(FL.dateQualifier)
        self.content = iri(FL.content)
        self.quotation = iri(FL.quotation)
        self.about = iri(FL.about)
        self.asserts = iri(FL.asserts)
        self.disputes = iri(FL.disputes)
        self.reported_by = iri(FL.reportedBy)
        self.addressee = iri(FL.addressee)
        self.negated = iri(FL.negated)
        self.evidence = iri(FL.evidence)
        self.agent = iri(FL.agent)
        self.place = iri(FL.place)
        self.time = iri(FL.time)
        self.troop_count = iri(FL.troopCount)
        self.true = typed(Literal(True))
        self.false = typed(Literal(False))
        self._classes: dict[str, Any] = {}

    def cls(self, name: str) -> Any:
        """``FL[name]`` (a class) as a term."""
        term = self._classes.get(name)
        if term is None:
            term = self._classes[name] = self.iri(FL[name])
        return term

    def boolean(self, value: bool) -> Any:
        if value is True:
            return self.true
        if value is False:
            return self.false
        return self.typed(Literal(value))


_NODES = _Terms(URIRef, Literal, lambda literal: literal)


def _nt_typed(literal: Literal) -> str:
    """A typed literal as N-Triples text (as :func:`frontline.store.nt_term` writes it)."""
    text = f'"{nt_escape(str(literal))}"'
    if literal.datatype is not None and str(literal.datatype) != XSD_STRING:
        return f"{text}^^<{literal.datatype}>"
    return text


def _nt_plain(text: str) -> str:
    return f'"{nt_escape(text)}"'


def _nt_iri(text: str) -> str:
    return f"<{text}>"


_NTRIPLES = _Terms(_nt_iri, _nt_plain, _nt_typed)


def _add_time(g: Graph | _Triples, node: Any, prop: Any, tv: TimeValue | None, t: _Terms) -> None:
    if tv is None:
        return
    typed = typed_date(tv.value) if tv.value else None
    if typed is not None:
        g.add((node, prop, t.typed(typed)))
    if tv.text:
        g.add((node, t.date_text, t.lit(tv.text)))
    if tv.qualifier:
        g.add((node, t.date_qualifier, t.lit(tv.qualifier)))


def _add_entity(g: Graph | _Triples, e: Entity, article: Any, t: _Terms, base: str) -> None:
    node = t.iri(base + e.key)
    g.add((node, t.type, t.cls(e.cls)))
    g.add((node, t.label, t.lit(e.label)))
    for alt in e.alt_labels:
        if alt != e.label:
            g.add((node, t.alt_label, t.lit(alt)))
    for role in e.roles:
        g.add((node, t.role, t.lit(role)))
    if e.wikidata:
        if not _QID.match(e.wikidata):
            raise ExtractionError(f"entity {e.key} has a bad Wikidata id {e.wikidata!r}")
        g.add((node, t.same_as, t.iri(WD[e.wikidata])))
    for prop, key in zip(
        t.links, (e.affiliation, e.located_in, e.allegiance, e.parent), strict=True
    ):
        if key:
            g.add((node, prop, t.iri(base + key)))
    if e.echelon:
        g.add((node, t.echelon, t.lit(e.echelon)))
    if e.number:
        g.add((node, t.unit_number, t.lit(e.number)))
    if e.mentioned:
        g.add((node, t.mentioned_in, article))


def extraction_to_graph(ex: Extraction) -> Graph:
    """The named-graph content for one article: article, entities, statements, events."""
    g = new_graph()
    for triple in extraction_triples(ex):
        g.add(triple)
    return g


def extraction_triples(ex: Extraction) -> list[Triple]:
    """The triples of :func:`extraction_to_graph`, as a list (no Graph is built)."""
    return _extraction_terms(ex, _NODES)


def extraction_ntriples(ex: Extraction) -> list[tuple[str, str, str]]:
    """:func:`extraction_triples` with each term as its N-Triples text, made without rdflib
    nodes (what a build writes). The IRIs are not checked here (see
    :func:`frontline.store.ntriples_parts`)."""
    return _extraction_terms(ex, _NTRIPLES)


def _extraction_terms(ex: Extraction, t: _Terms) -> list[Any]:
    art = ex.article
    short = art.short_id
    base = ns.id_base()
    g = _Triples()
    article = t.iri(ns.article_iri(short))
    iri = t.iri
    lit = t.lit

    g.add((article, t.type, t.article))
    if art.title:
        g.add((article, t.headline, lit(art.title)))
    if art.publisher:
        outlet = iri(base + f"media/{ns.slug(art.publisher)}")
        g.add((article, t.publisher, outlet))
        g.add((outlet, t.type, t.media_outlet))
        if not any(e.key == f"media/{ns.slug(art.publisher)}" for e in ex.entities):
            g.add((outlet, t.label, lit(art.publisher)))
    url = safe_iri(art.url) if art.url else None
    if url is not None:
        g.add((article, t.url, iri(url)))
    if art.published:
        published = Literal(art.published.isoformat(), datatype=XSD.date)
        g.add((article, t.date_published, t.typed(published)))
    if art.language:
        g.add((article, t.in_language, lit(art.language)))
    g.add((article, t.content_hash, lit(art.id)))
    if art.doc_id:
        g.add((article, t.source_id, lit(art.doc_id)))

    labels: dict[str, str] = {}
    for e in ex.entities:
        if e.cls not in _ENTITY_CLASSES:
            raise ExtractionError(f"unknown entity class {e.cls!r} for {e.key}", art.source)
        labels[e.key] = e.label
        _add_entity(g, e, article, t, base)

    derived_from = t.derived_from
    evidence = t.evidence
    for st in ex.statements:
        if st.type not in STATEMENT_TYPES:
            raise ExtractionError(f"unknown statement type {st.type!r}", art.source)
        node = iri(ns.statement_iri(short, st.index))
        speaker = labels.get(st.speaker, st.speaker.rsplit("/", 1)[-1])
        g.add((node, t.type, t.cls(st.type)))
        summary = _truncate(st.content or st.evidence)
        g.add((node, t.label, lit(f"{speaker} {st.verb}: {summary}")))
        g.add((node, t.speaker, iri(base + st.speaker)))
        g.add((node, t.verb, lit(st.verb)))
        _add_time(g, node, t.stated_on, st.date, t)
        if st.content:
            g.add((node, t.content, lit(st.content)))
        for quote in st.quotations:
            g.add((node, t.quotation, lit(quote)))
        for key in st.about:
            g.add((node, t.about, iri(base + key)))
        for i in st.asserts:
            g.add((node, t.asserts, iri(ns.event_iri(short, i))))
        for i in st.disputes:
            g.add((node, t.disputes, iri(ns.statement_iri(short, i))))
        if st.reported_by:
            g.add((node, t.reported_by, iri(base + st.reported_by)))
        if st.addressee:
            g.add((node, t.addressee, iri(base + st.addressee)))
        g.add((node, t.negated, t.boolean(st.negated)))
        g.add((node, evidence, lit(st.evidence)))
        g.add((node, derived_from, article))

    for ev in ex.events:
        if ev.type not in EVENT_TYPES:
            raise ExtractionError(f"unknown event type {ev.type!r}", art.source)
        node = iri(ns.event_iri(short, ev.index))
        g.add((node, t.type, t.cls(ev.type)))
        g.add((node, t.label, lit(ev.label)))
        for key in ev.agents:
            g.add((node, t.agent, iri(base + key)))
        for key in ev.places:
            g.add((node, t.place, iri(base + key)))
        _add_time(g, node, t.time, ev.time, t)
        if ev.troop_count is not None:
            count = Literal(ev.troop_count, datatype=XSD.integer)
            g.add((node, t.troop_count, t.typed(count)))
        g.add((node, evidence, lit(ev.evidence)))
        g.add((node, derived_from, article))
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


#: a triple of rdflib terms or of N-Triples text
_T = TypeVar("_T", Triple, tuple[str, str, str])


def _split_by_entity(
    triples: Iterable[_T], mentioned: object, entity_of: Callable[[_T], str | None]
) -> tuple[list[_T], dict[str, list[_T]]]:
    """Triples split into the article's and each entity's (by the entity id ``entity_of`` finds
    in a triple's subject; "mentioned in" links stay the article's), in the order met."""
    article: list[_T] = []
    entities: dict[str, list[_T]] = {}
    for triple in triples:
        key = entity_of(triple) if triple[1] != mentioned else None
        if key is None:
            article.append(triple)
            continue
        target = entities.get(key)
        if target is None:
            target = entities[key] = []
        target.append(triple)
    return article, {ns.entity_graph_iri(key): t for key, t in entities.items()}


def split_triples(
    triples: Iterable[Triple],
) -> tuple[list[Triple], dict[str, list[Triple]]]:
    """:func:`split_entities` on plain triples: (article triples, entity graph IRI -> triples)."""
    base = ns.id_base()
    n = len(base)

    def entity_of(triple: Triple) -> str | None:
        s = triple[0]
        iri = str(s)
        if isinstance(s, URIRef) and iri.startswith(base) and not iri[n:].startswith(_NOT_ENTITIES):
            return iri[n:]
        return None

    return _split_by_entity(triples, FL.mentionedIn, entity_of)


def split_ntriples(
    triples: Iterable[tuple[str, str, str]],
) -> tuple[list[tuple[str, str, str]], dict[str, list[tuple[str, str, str]]]]:
    """:func:`split_triples` on triples of N-Triples terms (:func:`extraction_ntriples`)."""
    opening = "<" + ns.id_base()
    n = len(opening)

    def entity_of(triple: tuple[str, str, str]) -> str | None:
        s = triple[0]
        if s.startswith(opening) and not s.startswith(_NOT_ENTITIES, n):
            return s[n:-1]
        return None

    return _split_by_entity(triples, _NTRIPLES.mentioned_in, entity_of)
