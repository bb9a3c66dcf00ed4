"""Across articles: a statement relayed by several outlets is linked, not duplicated silently.

Two statements from different articles are the same speech act when they have the same speaker
(entity keys are shared across articles), the same type, compatible dates (equal, or one of them
unknown) and the same words: a shared quotation, or contents whose word sets overlap by at least
``THRESHOLD`` (Jaccard). Each such pair gets ``fl:sameStatementAs`` both ways, in one named graph
(``…/id/graph/links``) that is recomputed after every build that changed something.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from rdflib import URIRef

from .namespaces import FL, PROV, id_base
from .store import Store

THRESHOLD = 0.6
_WORD = re.compile(r"[a-z0-9]+")
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "and",
    "that",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "its",
    "their",
    "his",
    "her",
    "by",
    "for",
    "with",
    "at",
    "as",
}

_STATEMENTS = f"""
PREFIX fl: <{FL}>
PREFIX prov: <{PROV}>
SELECT ?s ?g ?speaker ?type ?date ?content (GROUP_CONCAT(?q; separator="\\u0001") AS ?quotes)
WHERE {{
  GRAPH ?g {{
    ?s fl:speaker ?speaker ; a ?type ; prov:wasDerivedFrom ?article .
    FILTER(STRSTARTS(STR(?type), STR(fl:)))
    OPTIONAL {{ ?s fl:statedOn ?date }}
    OPTIONAL {{ ?s fl:content ?content }}
    OPTIONAL {{ ?s fl:quotation ?q }}
  }}
}}
GROUP BY ?s ?g ?speaker ?type ?date ?content
"""


def links_graph_iri() -> str:
    return id_base() + "graph/links"


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def same_statement(a: dict[str, object], b: dict[str, object]) -> bool:
    """Whether two statement records (same speaker and type) are one relayed speech act."""
    if a["date"] and b["date"] and a["date"] != b["date"]:
        return False
    qa, qb = a["quotes"], b["quotes"]
    assert isinstance(qa, set) and isinstance(qb, set)
    if qa & qb:
        return True
    wa, wb = a["words"], b["words"]
    assert isinstance(wa, set) and isinstance(wb, set)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= THRESHOLD


def link_statements(store: Store) -> int:
    """Recompute the links graph; returns the number of linked pairs."""
    _, rows = store.select(_STATEMENTS)
    groups: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for s, g, speaker, stype, date, content, quotes in rows:
        if s is None or g is None:
            continue
        quote_set = {q.strip().lower() for q in str(quotes or "").split("\u0001") if q.strip()}
        groups[(str(speaker), str(stype))].append(
            {
                "s": str(s),
                "g": str(g),
                "date": str(date) if date is not None else "",
                "words": _words(str(content or "")),
                "quotes": quote_set,
            }
        )
    # plain triples, not a Graph: relayed copies link pairwise, so a collection with many
    # copies of a story has many links, and an rdflib Graph of them was most of a build's memory
    links: set[tuple[URIRef, URIRef, URIRef]] = set()
    same = URIRef(FL + "sameStatementAs")
    pairs = 0
    for records in groups.values():
        if len(records) < 2:
            continue
        for a, b in combinations(sorted(records, key=lambda r: str(r["s"])), 2):
            if a["g"] != b["g"] and same_statement(a, b):
                sa, sb = URIRef(str(a["s"])), URIRef(str(b["s"]))
                links.add((sa, same, sb))
                links.add((sb, same, sa))
                pairs += 1
    if pairs:
        store.put_graph(links_graph_iri(), sorted(links))
    else:
        store.drop_graph(links_graph_iri())
    return pairs
