"""Statistics of a store: counts, the entity network (networkx) and the date span.

The store is read with a handful of flat ``GRAPH ?g { … }`` queries (so the numbers do not depend
on whether a store treats its default graph as the union of the named graphs) and everything is
aggregated here. The entity network has one node per entity (anything typed with an entity class)
and an undirected edge for every speaker→about, speaker→reportedBy, agent→place and
entity→locatedIn / affiliation / allegiance link between two entities.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeAlias

import networkx as nx
from rdflib.term import Identifier

from frontline.model import EVENT_TYPES, KIND_OF_CLASS
from frontline.namespaces import FL, RDFS, reference_graph_iri

EntityGraph: TypeAlias = nx.Graph  # nodes are entity IRIs

TOP_N = 10
#: above this many nodes betweenness is estimated from a fixed sample of sources (seeded)
BETWEENNESS_EXACT_LIMIT = 2000
BETWEENNESS_SAMPLE = 500

# the reference graph lists every entity frontline knows; the statistics describe what the
# articles hold, so entities are those typed in an article graph (links between them may come from
# the reference graph: "Sudzha is in Kursk Oblast")
_NOT_REFERENCE = f"FILTER(?g != <{reference_graph_iri()}>)"
_TYPES = f"SELECT DISTINCT ?s ?t WHERE {{ GRAPH ?g {{ ?s a ?t }} {_NOT_REFERENCE} }}"
_LABELS = f"SELECT DISTINCT ?s ?l WHERE {{ GRAPH ?g {{ ?s <{RDFS}label> ?l }} }}"
_LINKS = f"""SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?p {{ <{FL}speaker> <{FL}about> <{FL}reportedBy> <{FL}agent> <{FL}place>
              <{FL}locatedIn> <{FL}affiliation> <{FL}allegiance>
              <{FL}statedOn> <{FL}time> <{FL}startDate> <{FL}endDate> }}
  GRAPH ?g {{ ?s ?p ?o }}
}}"""
_MENTIONED = f"SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s <{FL}mentionedIn> ?a }} }}"
_ARTICLES = f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ ?a a <{FL}Article> }} }}"


class StatsStore(Protocol):
    def select(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier] | None = None,
        timeout: float | None = None,
    ) -> tuple[list[str], list[list[Identifier | None]]]: ...

    def graph_iris(self) -> list[str]: ...

    def triple_count(self) -> int: ...


def _rows(store: StatsStore, sparql: str) -> Iterable[list[Identifier | None]]:
    return store.select(sparql)[1]


def _local(iri: str) -> str:
    return iri[len(FL) :] if iri.startswith(FL) else ""


def _sorted_counts(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _top(
    values: Mapping[str, float], labels: Mapping[str, str], digits: int | None = None
) -> list[dict[str, Any]]:
    ranked = sorted(values.items(), key=lambda kv: (-kv[1], labels.get(kv[0], kv[0]), kv[0]))
    return [
        {
            "entity": node,
            "label": labels.get(node, node),
            "value": round(value, digits) if digits is not None else value,
        }
        for node, value in ranked[:TOP_N]
    ]


def entity_network(entities: Iterable[str], edges: Iterable[tuple[str, str]]) -> EntityGraph:
    """Undirected graph over ``entities``; edges whose ends are not both entities are dropped."""
    graph: EntityGraph = nx.Graph()
    nodes = set(entities)
    graph.add_nodes_from(sorted(nodes))
    for a, b in edges:
        if a != b and a in nodes and b in nodes:
            graph.add_edge(a, b)
    return graph


def network_stats(graph: EntityGraph, labels: Mapping[str, str]) -> dict[str, Any]:
    """Degree and betweenness leaders, components and density of an entity network."""
    n = graph.number_of_nodes()
    if n == 0:
        return {
            "nodes": 0,
            "edges": 0,
            "density": 0.0,
            "components": 0,
            "largest_component": 0,
            "degree_top": [],
            "betweenness_top": [],
        }
    if n > BETWEENNESS_EXACT_LIMIT:
        betweenness = nx.betweenness_centrality(graph, k=BETWEENNESS_SAMPLE, seed=0)
    else:
        betweenness = nx.betweenness_centrality(graph)
    components = list(nx.connected_components(graph))
    return {
        "nodes": n,
        "edges": graph.number_of_edges(),
        "density": round(nx.density(graph), 6),
        "components": len(components),
        "largest_component": max(len(c) for c in components),
        "degree_top": _top(dict(graph.degree()), labels),
        "betweenness_top": _top(betweenness, labels, digits=6),
    }


def compute_stats(store: StatsStore) -> dict[str, Any]:
    """Everything ``frontline stats`` prints, as plain JSON-ready data."""
    entity_classes = set(KIND_OF_CLASS)
    event_classes = set(EVENT_TYPES) | {"Event"}

    types: dict[str, set[str]] = defaultdict(set)
    for s, t in _rows(store, _TYPES):
        if s is not None and t is not None and _local(str(t)):
            types[str(s)].add(_local(str(t)))

    labels: dict[str, str] = {}
    for s, label in _rows(store, _LABELS):
        if s is None or label is None:
            continue
        key, text = str(s), str(label)
        if key not in labels or text < labels[key]:
            labels[key] = text

    links: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s, p, o in _rows(store, _LINKS):
        if s is not None and p is not None and o is not None:
            links[_local(str(p))].append((str(s), str(o)))

    # the entities the articles name (not those they only link to, nor the reference list)
    mentioned = {str(row[0]) for row in _rows(store, _MENTIONED) if row[0] is not None}
    entities = {
        node for node, classes in types.items() if classes & entity_classes and node in mentioned
    }
    speakers = dict(links["speaker"])
    statements = set(speakers)
    events = {
        node
        for node, classes in types.items()
        if classes & event_classes and node not in statements
    }

    entities_per_class: Counter[str] = Counter()
    for node in entities:
        for cls in types[node] & entity_classes:
            entities_per_class[cls] += 1
    statements_per_type: Counter[str] = Counter()
    for node in statements:
        kinds = sorted(types.get(node, set()) - {"Statement"}) or ["Statement"]
        for kind in kinds:
            statements_per_type[kind] += 1
    statements_per_speaker: Counter[str] = Counter(
        labels.get(speaker, speaker) for speaker in speakers.values()
    )
    events_per_type: Counter[str] = Counter()
    for node in events:
        for kind in sorted(types[node] & event_classes - {"Event"}) or ["Event"]:
            events_per_type[kind] += 1

    edges: list[tuple[str, str]] = []
    about: dict[str, list[str]] = defaultdict(list)
    for statement, target in links["about"]:
        about[statement].append(target)
    for statement, speaker in speakers.items():
        edges.extend((speaker, target) for target in about.get(statement, []))
    for statement, outlet in links["reportedBy"]:
        if statement in speakers:
            edges.append((speakers[statement], outlet))
    places: dict[str, list[str]] = defaultdict(list)
    for event, place in links["place"]:
        places[event].append(place)
    for event, agent in links["agent"]:
        edges.extend((agent, place) for place in places.get(event, []))
    for prop in ("locatedIn", "affiliation", "allegiance"):
        edges.extend(links[prop])
    network = entity_network(entities, edges)

    dates = [
        str(value)
        for prop in ("statedOn", "time", "startDate", "endDate")
        for node, value in links[prop]
        if (prop == "statedOn" and node in statements) or (prop != "statedOn" and node in events)
    ]

    article_rows = list(_rows(store, _ARTICLES))
    articles = int(str(article_rows[0][0])) if article_rows and article_rows[0][0] else 0
    return {
        "triples": store.triple_count(),
        "named_graphs": len(store.graph_iris()),
        "articles": articles,
        "entities": len(entities),
        "entities_per_class": _sorted_counts(entities_per_class),
        "statements": len(statements),
        "statements_per_type": _sorted_counts(statements_per_type),
        "statements_per_speaker": _sorted_counts(statements_per_speaker),
        "events": len(events),
        "events_per_type": _sorted_counts(events_per_type),
        "network": network_stats(network, labels),
        "dates": {"first": min(dates) if dates else None, "last": max(dates) if dates else None},
    }
