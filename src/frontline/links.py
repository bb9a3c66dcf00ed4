"""Across articles: a statement relayed by several outlets is linked, not duplicated silently.

Two statements from different articles are the same speech act when they have the same speaker
(entity keys are shared across articles), the same type, compatible dates (equal, or one of them
unknown) and the same words: a shared quotation, or contents whose word sets overlap by at least
``THRESHOLD`` (Jaccard). Matching statements form a group (transitively), and each member of a
group is linked with ``fl:sameStatementAs``, both ways, to one representative (the smallest IRI):
a story relayed by n outlets costs 2(n - 1) triples, not n(n - 1), and two hops reach every copy.
The links live in one named graph (``…/id/graph/links``) recomputed after every build that changed
something.

Finding the pairs does not compare every two statements of a speaker: identical records are
grouped at once, quotations are matched through an index, and word sets through prefix filtering
(two sets with Jaccard >= t share a token among the first ``|x| - ceil(t|x|) + 1`` of each, in a
fixed rare-first order), so the work follows the number of real matches.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict

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
    # interned: a collection repeats the same few thousand words across its statements
    return {sys.intern(w) for w in _WORD.findall(text.lower()) if w not in _STOP}


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


class _Groups:
    """Union-find over record indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _dates_fit(a: dict[str, object], b: dict[str, object]) -> bool:
    return not (a["date"] and b["date"] and a["date"] != b["date"])


def _group(records: list[dict[str, object]]) -> _Groups:
    """Union the records of one speaker and type that are the same statement."""
    groups = _Groups(len(records))
    # identical records (same date, words and quotations) are one group without comparing them
    first: dict[tuple[object, ...], int] = {}
    unique: list[int] = []
    for i, r in enumerate(records):
        words, quotes = r["words"], r["quotes"]
        assert isinstance(words, set) and isinstance(quotes, set)
        sig = (r["date"], frozenset(words), frozenset(quotes))
        if sig in first:
            groups.union(first[sig], i)
        else:
            first[sig] = i
            unique.append(i)
    # a shared quotation: through an index of quotation -> records
    by_quote: dict[str, list[int]] = defaultdict(list)
    for i in unique:
        quotes = records[i]["quotes"]
        assert isinstance(quotes, set)
        for q in quotes:
            for j in by_quote[q]:
                if _dates_fit(records[i], records[j]):
                    groups.union(i, j)
                    break
            by_quote[q].append(i)
    # overlapping words: prefix filtering in a rare-first token order
    freq: dict[str, int] = defaultdict(int)
    for i in unique:
        for w in records[i]["words"]:  # type: ignore[attr-defined]
            freq[w] += 1
    index: dict[str, list[int]] = defaultdict(list)
    for i in unique:
        words = records[i]["words"]
        assert isinstance(words, set)
        if not words:
            continue
        ordered = sorted(words, key=lambda w: (freq[w], w))
        prefix = ordered[: len(ordered) - math.ceil(THRESHOLD * len(ordered)) + 1]
        candidates: set[int] = set()
        for w in prefix:
            candidates.update(index[w])
            index[w].append(i)
        for j in candidates:
            if groups.find(i) != groups.find(j) and same_statement(records[i], records[j]):
                groups.union(i, j)
    return groups


def link_statements(store: Store) -> int:
    """Recompute the links graph; returns the number of statements linked to a representative."""
    _, rows = store.select(_STATEMENTS)
    by_speaker: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    graphs: dict[str, str] = {}  # one string per article graph, shared by its statements
    rows.reverse()
    while rows:
        # popped as they are read, so the query's rows and the records are not both held whole
        s, g, speaker, stype, date, content, quotes = rows.pop()
        if s is None or g is None:
            continue
        quote_set = {q.strip().lower() for q in str(quotes or "").split("\u0001") if q.strip()}
        by_speaker[(str(speaker), str(stype))].append(
            {
                "s": str(s),
                "g": graphs.setdefault(str(g), str(g)),
                "date": str(date) if date is not None else "",
                "words": _words(str(content or "")),
                "quotes": quote_set,
            }
        )
    # plain triples, not a Graph: a collection with many copies of a story has many links
    links: list[tuple[URIRef, URIRef, URIRef]] = []
    same = URIRef(FL + "sameStatementAs")
    linked = 0
    for records in by_speaker.values():
        if len(records) < 2:
            continue
        records.sort(key=lambda r: str(r["s"]))
        groups = _group(records)
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(records)):
            members[groups.find(i)].append(i)
        for group in members.values():
            if len({records[i]["g"] for i in group}) < 2:
                continue  # one article saying a thing twice is not a relay
            rep = URIRef(str(records[group[0]]["s"]))  # the smallest IRI
            for i in group[1:]:
                other = URIRef(str(records[i]["s"]))
                links.append((other, same, rep))
                links.append((rep, same, other))
                linked += 1
    if links:
        store.put_graph(links_graph_iri(), sorted(set(links)))
    else:
        store.drop_graph(links_graph_iri())
    return linked
