"""SHACL validation of a store, one named graph at a time.

Every article graph is self-contained (it types and labels every entity it mentions), so each is
validated on its own against ``ontology/shapes.ttl``, with ``ontology/frontline.ttl`` mixed in as
the ontology graph (RDFS inference supplies the class hierarchy the shapes rely on). The reference
graph is validated the same way. ``sh:Violation`` results make the store non-conforming;
``sh:Warning`` and ``sh:Info`` results are reported but do not.

How it is made fast without changing a single result. The reference run is pyshacl with the
ontology mixed in and RDFS inference (owlrl's rules, as pyshacl configures them) over graph +
ontology, every time. Here:

- the RDFS closure of the ontology alone is computed once; the closure of graph + ontology is
  then that closure plus what the graph's own triples add, derived in Python from the ontology's
  (fixed) sub-property, domain, range and sub-class tables (``_Checker.closure``). This is the
  same set of triples owlrl produces (``tests/test_validate_equivalence.py`` compares them triple
  for triple) as long as the graph itself adds nothing to the schema; a graph that would (a
  ``rdfs:subClassOf`` of its own, say) is validated the reference way instead;
- pyshacl then runs on that graph with inference off, on the same triples and the same prefix
  bindings as the reference run, so it reports the same results;
- the SPARQL-based constraints are parsed once per process instead of once per focus node
  (pyshacl hands rdflib the same query text with ``$this`` as a binding each time, and parsing
  dominated the run time);
- entity graphs shared by many articles are read from the store, and scanned for the entities
  they link to, once;
- ``validate(store, workers=N)`` checks graphs in N processes while this one reads the store
  (the results do not depend on N).
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import Any, Protocol

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import BNode, Node, URIRef

from frontline import namespaces as ns
from frontline.errors import FrontlineError
from frontline.links import links_graph_iri
from frontline.resources import ontology_file

_NOT_ENTITIES = ("article/", "statement/", "event/", "graph/", "presence/")


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


_SCHEMA_PREDICATES = frozenset((RDFS.subClassOf, RDFS.domain, RDFS.range))
_SCHEMA_CLASSES = frozenset((RDFS.Class, RDFS.Datatype, RDFS.ContainerMembershipProperty))

Triple = tuple[Node, Node, Node]


class _PreparedQueryGraph(Graph):
    """A graph that parses each SPARQL text once per process, not once per query.

    pyshacl asks a SPARQL-based constraint once per focus node, with the same text and ``$this``
    passed as a binding; rdflib would parse it every time (pyparsing, ~100 ms for the shapes'
    queries). The prepared query is the one rdflib would build itself from the text and the
    graph's prefixes, so evaluation is unchanged.
    """

    def query(  # type: ignore[override]
        self,
        query_object: Any,
        processor: Any = "sparql",
        result: Any = "sparql",
        initNs: Any = None,  # noqa: N803
        initBindings: Any = None,  # noqa: N803
        use_store_provided: bool = True,
        **kwargs: Any,
    ) -> Any:
        if isinstance(query_object, str) and processor == "sparql":
            prefixes = initNs or dict(self.namespaces())
            key = (query_object, tuple(sorted((k, str(v)) for k, v in prefixes.items())))
            prepared = _PREPARED.get(key)
            if prepared is None:
                from rdflib.plugins.sparql import prepareQuery

                prepared = _PREPARED[key] = prepareQuery(query_object, initNs=prefixes)
            query_object = prepared
        return super().query(
            query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs
        )


_PREPARED: dict[tuple[str, tuple[tuple[str, str], ...]], Any] = {}


def _rdfs_closure(graph: Graph) -> None:
    """Expand ``graph`` in place exactly as pyshacl's ``inference="rdfs"`` does."""
    import owlrl
    from pyshacl.inference.custom_rdfs_closure import CustomRDFSSemantics

    owlrl.DeductiveClosure(CustomRDFSSemantics).expand(graph)


class _Checker:
    """Shapes and the closed ontology, prepared once for many graphs."""

    def __init__(self, shapes: Graph, ontology: Graph) -> None:
        self.shapes = shapes
        self.ontology = ontology
        closed = Graph()
        for triple in ontology:
            closed.add(triple)
        _rdfs_closure(closed)
        self.closed: frozenset[Triple] = frozenset(closed)  # type: ignore[arg-type]
        self.super_properties: dict[Node, list[Node]] = {}
        self.domains: dict[Node, list[Node]] = {}
        self.ranges: dict[Node, list[Node]] = {}
        self.super_classes: dict[Node, list[Node]] = {}
        tables: dict[Node, dict[Node, list[Node]]] = {
            RDFS.subPropertyOf: self.super_properties,
            RDFS.domain: self.domains,
            RDFS.range: self.ranges,
            RDFS.subClassOf: self.super_classes,
        }
        for s, p, o in self.closed:
            table = tables.get(p)
            if table is not None:
                table.setdefault(s, []).append(o)
        self.namespaces = list(ontology.namespaces())

    def closure(self, data: Iterable[Triple]) -> set[Triple] | None:
        """The triples RDFS inference over ``data`` + ontology adds beyond the ontology's closure.

        owlrl's RDFS rules (no axiomatic triples, no literal rules, as pyshacl runs them): rdf1 and
        rdfs2-rdfs13 to a fixpoint, with rdfs4a/b (``x a rdfs:Resource``) applied to the triples
        present before inference only. The ontology's closure is a fixpoint already, so only
        consequences of the graph's triples are left, and each of them joins a graph triple with
        the ontology's schema tables. That holds while the graph adds no schema of its own; when
        it would (a new sub-class, domain or range, a class or datatype declaration, a non-trivial
        sub-property), None is returned and the caller runs the reference inference instead.
        """
        closed = self.closed
        super_properties = self.super_properties
        domains = self.domains
        ranges = self.ranges
        super_classes = self.super_classes
        rdf_type = RDF.type
        added: set[Triple] = set()
        queue: list[Triple] = []

        def add(triple: Triple) -> None:
            if triple not in closed and triple not in added:
                added.add(triple)
                queue.append(triple)

        original = list(data)
        for triple in original:
            add(triple)
        for s, _, o in original:  # rdfs4a, rdfs4b: the first cycle only
            add((s, rdf_type, RDFS.Resource))
            add((o, rdf_type, RDFS.Resource))
        while queue:
            s, p, o = queue.pop()
            if p in _SCHEMA_PREDICATES or (p == RDFS.subPropertyOf and s != o):
                return None
            add((p, rdf_type, RDF.Property))  # rdf1
            for q in super_properties.get(p, ()):  # rdfs7
                add((s, q, o))
            for c in domains.get(p, ()):  # rdfs2
                add((s, rdf_type, c))
            for c in ranges.get(p, ()):  # rdfs3
                add((o, rdf_type, c))
            if p == rdf_type:
                if o in _SCHEMA_CLASSES:
                    return None
                if o == RDF.Property:  # rdfs6
                    add((s, RDFS.subPropertyOf, s))
                for c in super_classes.get(o, ()):  # rdfs9
                    add((s, rdf_type, c))
        return added

    def inferred_graph(
        self, data: list[Triple], namespaces: list[tuple[str, str]], identifier: Node | None = None
    ) -> Graph:
        """``data`` with the ontology mixed in and RDFS inference applied, as pyshacl would.

        ``namespaces`` are the data graph's prefixes; with the ontology's they make the prefixes
        pyshacl's mix-in clone has, which its messages and the SPARQL constraints use.
        """
        graph = _PreparedQueryGraph(identifier=identifier, bind_namespaces="core")  # type: ignore[arg-type]
        for prefix, namespace in namespaces:
            graph.namespace_manager.bind(prefix, namespace, override=True, replace=True)
        for prefix, namespace in self.namespaces:
            graph.namespace_manager.bind(prefix, namespace, override=False, replace=False)
        added = self.closure(data)
        store = graph.store
        if added is None:
            for triple in data:
                store.add(triple, graph, False)  # type: ignore[arg-type]
            for triple in self.ontology:
                store.add(triple, graph, False)  # type: ignore[arg-type]
            _rdfs_closure(graph)
            return graph
        for triple in self.closed:
            store.add(triple, graph, False)  # type: ignore[arg-type]
        for triple in added:
            store.add(triple, graph, False)  # type: ignore[arg-type]
        return graph

    def check(self, data: Graph, graph_iri: str) -> list[Result]:
        """SHACL results for one graph (all severities), sorted."""
        namespaces = [(prefix, str(namespace)) for prefix, namespace in data.namespaces()]
        return self.check_triples(list(data), namespaces, graph_iri, data.identifier)  # type: ignore[arg-type]

    def check_triples(
        self,
        data: list[Triple],
        namespaces: list[tuple[str, str]],
        graph_iri: str,
        identifier: Node | None = None,
    ) -> list[Result]:
        """SHACL results for one graph given as triples and prefixes (all severities), sorted."""
        import pyshacl

        _conforms, results_graph, _text_report = pyshacl.validate(
            self.inferred_graph(data, namespaces, identifier),
            shacl_graph=self.shapes,
            inference="none",
            inplace=True,
            advanced=True,
            allow_warnings=True,
        )
        found = set(_results(results_graph, graph_iri))  # type: ignore[arg-type]
        return sorted(found, key=_sort_key)


def validate_graph(
    data: Graph, graph_iri: str, shapes: Graph | None = None, ontology: Graph | None = None
) -> list[Result]:
    """SHACL results for one graph (all severities), sorted.

    Without ``shapes`` and ``ontology`` the packaged files are used, prepared once per process;
    given graphs are prepared on each call (validating many graphs: use ``validate``).
    """
    if shapes is None and ontology is None:
        return _default_checker().check(data, graph_iri)
    shapes = shapes if shapes is not None else _load("shapes.ttl")
    ontology = ontology if ontology is not None else _load("frontline.ttl")
    return _Checker(shapes, ontology).check(data, graph_iri)


def _sort_key(r: Result) -> tuple[str, int, str, str, str, str]:
    return (r.graph, SEVERITY_ORDER.get(r.severity, 9), r.focus, r.path, r.source_shape, r.message)


#: one graph to check: its IRI, its prefixes, its triples (entity descriptions merged in)
_Job = tuple[str, list[tuple[str, str]], list[Triple]]

_DEFAULT_CHECKER: _Checker | None = None  # the packaged shapes and ontology, prepared once


def _default_checker() -> _Checker:
    global _DEFAULT_CHECKER
    if _DEFAULT_CHECKER is None:
        _DEFAULT_CHECKER = _Checker(_load("shapes.ttl"), _load("frontline.ttl"))
    return _DEFAULT_CHECKER


def _check_jobs(jobs: list[_Job]) -> list[Result]:
    checker = _default_checker()
    found: list[Result] = []
    for iri, namespaces, triples in jobs:
        found.extend(checker.check_triples(triples, namespaces, iri))
    return found


def _jobs(store: GraphStore, iris: list[str], statements: set[str] | None = None) -> Iterator[_Job]:
    """Each article graph (and the reference graph) with the entity descriptions it needs; the
    statement nodes of the graphs read are added to ``statements``."""
    entity_prefix = ns.entity_graph_iri("")
    base = ns.id_base()
    statement_prefix = base + "statement/"
    cache: dict[str, tuple[list[Triple], set[str]]] = {}  # entity graph: triples, entities named
    for iri in iris:
        if iri.startswith(entity_prefix) or iri == links_graph_iri():
            continue  # checked with each article that names the entity; the links: see validate
        graph = store.get_graph(iri)
        if statements is not None:
            statements.update(
                str(s) for s in graph.subjects() if str(s).startswith(statement_prefix)
            )
        # an article graph is checked with the descriptions of the entities it names and of
        # those they link to (the region and country of a town), followed transitively
        seen: set[str] = set()
        frontier = _entity_nodes(graph)
        while frontier:
            node = frontier.pop()
            if node in seen:
                continue
            seen.add(node)
            entity_iri = ns.entity_graph_iri(node[len(base) :])
            if entity_iri not in cache:
                entity_graph = store.get_graph(entity_iri)
                cache[entity_iri] = (list(entity_graph), _entity_nodes(entity_graph))  # type: ignore[arg-type]
            triples, named = cache[entity_iri]
            for triple in triples:
                graph.add(triple)  # type: ignore[arg-type]
            frontier |= named - seen
        namespaces = [(prefix, str(namespace)) for prefix, namespace in graph.namespaces()]
        yield iri, namespaces, list(graph)  # type: ignore[misc]


def _check_links(links: Graph, statements: set[str]) -> list[Result]:
    """The links graph holds only fl:sameStatementAs links between statements of article graphs.

    It is derived, not described: checked alone against the shapes, its nodes would be typed
    fl:Statement by the property's domain and fail every statement shape for lack of a speaker.
    """
    same = ns.FL + "sameStatementAs"
    results = []
    for s, p, o in sorted(links):
        if str(p) != same:
            message = f"the links graph holds only fl:sameStatementAs, not {p}"
        elif str(s) not in statements or str(o) not in statements:
            message = (
                "links a statement that no article graph holds; run frontline build to "
                "recompute the links"
            )
        else:
            continue
        results.append(
            Result("Violation", str(s), str(p), message, "frontline:LinksGraph", links_graph_iri())
        )
    return results


def validate(store: GraphStore, workers: int = 1, chunk_size: int = 8) -> ValidationReport:
    """Validate every named graph of ``store`` (articles and the reference graph).

    ``workers > 1`` checks graphs in that many processes, ``chunk_size`` graphs per task; this
    process reads the store. The results are the same whatever the number of workers.
    """
    iris = store.graph_iris()
    statements: set[str] = set()
    jobs = _jobs(store, iris, statements)
    results: list[Result] = []
    if workers <= 1:
        checker = _default_checker()
        for iri, namespaces, triples in jobs:
            results.extend(checker.check_triples(triples, namespaces, iri))
    else:
        results.extend(_check_in_processes(jobs, workers, chunk_size))
    if links_graph_iri() in iris:
        results.extend(_check_links(store.get_graph(links_graph_iri()), statements))
    entity_prefix = ns.entity_graph_iri("")
    iris = [iri for iri in iris if not iri.startswith(entity_prefix)]
    results.sort(key=_sort_key)
    conforms = not any(r.severity == "Violation" for r in results)
    return ValidationReport(conforms=conforms, results=results, graphs=len(iris))


def _check_in_processes(jobs: Iterator[_Job], workers: int, chunk_size: int) -> list[Result]:
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

    context: BaseContext
    if "fork" in multiprocessing.get_all_start_methods():
        _default_checker()  # built once here, inherited by the forked workers
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    results: list[Result] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        inflight: deque[Future[list[Result]]] = deque()
        while chunk := list(islice(jobs, max(chunk_size, 1))):
            inflight.append(pool.submit(_check_jobs, chunk))
            while len(inflight) >= 2 * workers:
                results.extend(inflight.popleft().result())
        while inflight:
            results.extend(inflight.popleft().result())
    return results
