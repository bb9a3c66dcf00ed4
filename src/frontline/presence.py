"""Across articles: which forces the articles place in another country, derived once per build.

A force, unit or group affiliated with one country (``fl:affiliation`` / ``fl:allegiance``), or a
country itself, is *present* in a place when an event has it as agent at that place, or one
statement is about both; the presence is *foreign* when the place lies (``fl:locatedIn*``) in a
country other than the force's. Each foreign presence is one ``fl:ForeignPresence`` node, minted
from the force, country and place IRIs, with the events and statements that show it
(``fl:attestedBy``) and their source sentences (``fl:evidence``, each distinct text once).

The nodes live in one named graph (``…/id/graph/presence``), recomputed from the whole store
after every build that changed something, like the links graph (:mod:`frontline.links`): an
article added, rebuilt, replaced or dropped is reflected without tracking what it contributed.
Finding the presences reads every statement about a force and a place and every event of a force
(a few hundred ms on a 1M-triple store); the ``foreign-forces`` query then reads the few nodes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

from rdflib import Literal, URIRef
from rdflib.term import Identifier, Node

from .namespaces import FL, RDF, id_base
from .store import Store

# The rows (force, country, place, node, evidence) of every foreign presence. The forces (and
# their countries) are found first, each once (an entity described by the reference entities
# and by its own description would match twice), then the events and statements that name them.
_PRESENCES = f"""
PREFIX fl: <{FL}>
SELECT DISTINCT ?force ?country ?place ?node ?evidence
WHERE {{
  {{
    SELECT DISTINCT ?force ?country ?place ?node
    WHERE {{
      {{
        # a force as the agent of an event at a place
        {{
          SELECT DISTINCT ?force ?country
          WHERE {{
            VALUES ?forceClass {{ fl:ArmedForce fl:MilitaryUnit fl:Group }}
            ?force a ?forceClass ;
                   fl:affiliation|fl:allegiance ?country .
            ?country a fl:Country .
          }}
        }}
        ?node fl:agent ?force ; fl:place ?place .
      }}
      UNION
      {{
        # a statement about a force and a place: the statements about forces and those about
        # places are found separately (an index scan each) and joined on the statement
        {{ SELECT ?force ?country ?node WHERE {{
            {{ SELECT DISTINCT ?force ?country WHERE {{
                VALUES ?forceClass {{ fl:ArmedForce fl:MilitaryUnit fl:Group }}
                ?force a ?forceClass ;
                       fl:affiliation|fl:allegiance ?country .
                ?country a fl:Country . }} }}
            ?node fl:about ?force . }} }}
        {{ SELECT ?place ?node WHERE {{
            {{ SELECT DISTINCT ?place WHERE {{
                VALUES ?placeClass {{ fl:Region fl:Settlement fl:Place fl:Country }}
                ?place a ?placeClass }} }}
            ?node fl:about ?place . }} }}
      }}
      UNION
      {{
        # a country acting abroad ("North Korea dispatched troops to Kursk Oblast")
        {{ SELECT DISTINCT ?force WHERE {{ ?force a fl:Country }} }}
        ?node fl:agent ?force ; fl:place ?place .
        BIND(?force AS ?country)
      }}
      FILTER(?place != ?force)
    }}
  }}
  # which country each place lies in, computed once per place
  {{
    SELECT DISTINCT ?place ?placeCountry
    WHERE {{
      {{ SELECT DISTINCT ?place WHERE {{
          VALUES ?placeClass {{ fl:Region fl:Settlement fl:Place fl:Country }}
          ?place a ?placeClass }} }}
      ?place fl:locatedIn* ?placeCountry .
      FILTER EXISTS {{ ?placeCountry a fl:Country }}
    }}
  }}
  FILTER(?placeCountry != ?country)
  OPTIONAL {{ ?node fl:evidence ?evidence . }}
}}
"""


def presence_graph_iri() -> str:
    return id_base() + "graph/presence"


def presence_iri(force: str, country: str, place: str) -> str:
    """The node of one foreign presence, minted from its three IRIs (stable across builds)."""
    key = hashlib.sha256(f"{force}\n{country}\n{place}".encode()).hexdigest()[:16]
    return f"{id_base()}presence/{key}"


def presence_triples(
    rows: Sequence[Sequence[Identifier | None]],
) -> list[tuple[URIRef, URIRef, Node]]:
    """The presence graph's triples from the rows of the presences query, sorted."""
    nodes: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    evidence: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for force, country, place, node, text in rows:
        if force is None or country is None or place is None or node is None:
            continue
        key = (str(force), str(country), str(place))
        nodes[key].add(str(node))
        if text is not None:
            evidence[key].add(str(text))
    a = URIRef(RDF + "type")
    cls = URIRef(FL + "ForeignPresence")
    of, country_p, place_p = (URIRef(FL + p) for p in ("presenceOf", "forceCountry", "presentIn"))
    attested, evidence_p = URIRef(FL + "attestedBy"), URIRef(FL + "evidence")
    triples: list[tuple[URIRef, URIRef, Node]] = []
    for key, attesting in nodes.items():
        presence = URIRef(presence_iri(*key))
        triples += [
            (presence, a, cls),
            (presence, of, URIRef(key[0])),
            (presence, country_p, URIRef(key[1])),
            (presence, place_p, URIRef(key[2])),
        ]
        triples += [(presence, attested, URIRef(n)) for n in attesting]
        triples += [(presence, evidence_p, Literal(t)) for t in evidence[key]]
    return sorted(triples)


def find_presences(store: Store) -> int:
    """Recompute the presence graph from the store; returns the number of foreign presences."""
    _, rows = store.select(_PRESENCES)
    triples = presence_triples(rows)
    if triples:
        store.put_graph(presence_graph_iri(), triples)
    elif has_presence_graph(store):
        store.drop_graph(presence_graph_iri())
    return sum(1 for _, p, _ in triples if p == URIRef(RDF + "type"))


def has_presence_graph(store: Store) -> bool:
    """Whether the store has a presence graph (a store built before it existed has none)."""
    _, rows = store.select(
        f"SELECT ?s WHERE {{ GRAPH <{presence_graph_iri()}> {{ ?s ?p ?o }} }} LIMIT 1"
    )
    return bool(rows)
