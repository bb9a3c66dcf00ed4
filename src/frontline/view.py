"""An interactive, self-contained HTML view of the graph (vis-network, vendored and inlined).

``collect(store)`` reads the graph into plain data (entities, statements, events, articles and the
links between them) that both the view and the timeline use; ``render_view(data)`` turns it into
one HTML file that needs no server and no network: vis-network's standalone build and the data are
inlined. The page draws actors, units, places and events (colour by class, shape by kind, size by
degree), statements as small nodes from their speaker to what they are about, disputes in red;
clicking a node shows its labels, roles, statements (with dates and source articles); filters by
class, speaker and date range, and a search box narrow it down.

Text from the graph is only ever inserted with ``textContent`` in the page, never as HTML.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from rdflib.term import Identifier

from frontline.errors import FrontlineError
from frontline.queries import SelectStore

ASSETS = Path(__file__).resolve().parent / "assets"
VIS_NETWORK = ASSETS / "vis-network.min.js"
SEP = " | "
FL = "https://w3id.org/frontline/ontology#"

# kind -> vis-network shape; class -> (kind, colour)
SHAPES: dict[str, str] = {
    "actor": "dot",
    "unit": "triangle",
    "country": "hexagon",
    "place": "square",
    "event": "star",
    "statement": "diamond",
    "article": "box",
}
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Person": ("actor", "#4e79a7"),
    "GovernmentBody": ("actor", "#59a14f"),
    "ArmedForce": ("actor", "#8c564b"),
    "Organization": ("actor", "#76b7b2"),
    "InternationalOrganization": ("actor", "#17becf"),
    "MediaOutlet": ("actor", "#b07aa1"),
    "Group": ("actor", "#9c9c9c"),
    "Actor": ("actor", "#bab0ac"),
    "MilitaryUnit": ("unit", "#6b4c2a"),
    "Country": ("country", "#f28e2b"),
    "Region": ("place", "#edc948"),
    "Settlement": ("place", "#e6a700"),
    "Place": ("place", "#d4c27a"),
    "Event": ("event", "#e15759"),
    "Statement": ("statement", "#ff9da7"),
}
# the most specific class wins when an entity has several
CLASS_PRIORITY: tuple[str, ...] = (
    "MilitaryUnit",
    "Country",
    "MediaOutlet",
    "GovernmentBody",
    "ArmedForce",
    "InternationalOrganization",
    "Person",
    "Group",
    "Organization",
    "Settlement",
    "Region",
    "Place",
    "Actor",
)
DISPUTE_COLOUR = "#d62728"
RELATIONS: dict[str, str] = {
    "locatedIn": "located in",
    "affiliation": "affiliated with",
    "allegiance": "serves",
    "parentFormation": "part of",
}


_EVENTS = """
PREFIX fl:   <https://w3id.org/frontline/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?class ?label ?agent ?place ?time ?troops ?evidence ?article WHERE {
  ?event prov:wasDerivedFrom ?article ; a ?class .
  FILTER NOT EXISTS { ?event fl:speaker ?anySpeaker . }
  FILTER(STRSTARTS(STR(?class), STR(fl:)) && ?class != fl:Event && ?class != fl:Article)
  OPTIONAL { ?event rdfs:label ?label . }
  OPTIONAL { ?event fl:agent ?agent . }
  OPTIONAL { ?event fl:place ?place . }
  OPTIONAL { ?event fl:time ?time . }
  OPTIONAL { ?event fl:troopCount ?troops . }
  OPTIONAL { ?event fl:evidence ?evidence . }
}
"""
_ARTICLES = """
PREFIX fl:     <https://w3id.org/frontline/ontology#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
SELECT ?article ?title ?publisher ?url ?published WHERE {
  ?article a fl:Article .
  OPTIONAL { ?article schema:headline ?title . }
  OPTIONAL { ?article schema:publisher/rdfs:label ?publisher . }
  OPTIONAL { ?article schema:url ?url . }
  OPTIONAL { ?article schema:datePublished ?published . }
}
"""
_RELATIONS = """
PREFIX fl: <https://w3id.org/frontline/ontology#>
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { fl:locatedIn fl:affiliation fl:allegiance fl:parentFormation }
  ?s fl:mentionedIn ?article ; ?p ?o .
}
"""
# one flat query instead of the canned entities.rq: its GROUP_CONCATs are slow on large stores
_ENTITIES = """
PREFIX fl:   <https://w3id.org/frontline/ontology#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl:  <http://www.w3.org/2002/07/owl#>
SELECT DISTINCT ?entity ?p ?o WHERE {
  {
    SELECT DISTINCT ?entity WHERE {
      { ?entity fl:mentionedIn ?article . }
      UNION
      { ?x fl:speaker|fl:about|fl:agent|fl:place|fl:locatedIn|fl:affiliation|fl:allegiance
           |fl:parentFormation ?entity .
        FILTER(isIRI(?entity)) }
    }
  }
  VALUES ?p { rdf:type rdfs:label skos:altLabel fl:role owl:sameAs fl:mentionedIn }
  ?entity ?p ?o .
}
"""
_ENTITY_KEYS: dict[str, str] = {
    "http://www.w3.org/2000/01/rdf-schema#label": "label",
    "http://www.w3.org/2004/02/skos/core#altLabel": "altLabels",
    FL + "role": "roles",
    "http://www.w3.org/2002/07/owl#sameAs": "wikidata",
    FL + "mentionedIn": "articles",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type": "classes",
}


def _text(term: Identifier | None) -> str:
    return "" if term is None else str(term)


def _split(value: str) -> list[str]:
    return [part for part in value.split(SEP) if part] if value else []


def _local(iri: str) -> str:
    return iri[len(FL) :] if iri.startswith(FL) else iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def main_class(types: list[str]) -> str:
    """The most specific known class among ``types`` (local names)."""
    for name in CLASS_PRIORITY:
        if name in types:
            return name
    return types[0] if types else "Actor"


@dataclass
class GraphData:
    """The graph as plain data: what the view and the timeline draw."""

    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    statements: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    relations: list[tuple[str, str, str]] = field(default_factory=list)

    def label(self, iri: str) -> str:
        for table in (self.entities, self.events, self.statements):
            if iri in table:
                return str(table[iri]["label"])
        return iri.rsplit("/", 1)[-1]

    def side(self, iri: str) -> str:
        """The side an actor belongs to: itself when a country, else its allegiance or
        affiliation (followed up to three steps), else itself."""
        seen: set[str] = set()
        current = iri
        for _ in range(4):
            entity = self.entities.get(current)
            if entity is None or entity["class"] == "Country" or current in seen:
                break
            seen.add(current)
            nxt = entity.get("allegiance") or entity.get("affiliation")
            if not nxt:
                break
            current = nxt[0]
        return self.label(current)


def collect(store: SelectStore) -> GraphData:
    """Read entities, statements, events, articles and relations from ``store``."""
    from frontline.queries import run_query

    data = GraphData()
    _, rows = run_query(store, "statements")
    statement_ids = {row[0] for row in rows}
    _, event_rows = store.select(_EVENTS)
    event_ids = {_text(row[0]) for row in event_rows}
    _, entity_rows = store.select(_ENTITIES)
    raw: dict[str, dict[str, set[str]]] = {}
    for ent_t, p_t, o_t in entity_rows:
        entity, key = _text(ent_t), _ENTITY_KEYS.get(_text(p_t))
        if key is None or o_t is None or entity in statement_ids or entity in event_ids:
            continue
        value = str(o_t)
        if key == "classes":
            if not value.startswith(FL):
                continue
            value = _local(value)
        elif key == "wikidata" and not value.startswith("http://www.wikidata.org/entity/"):
            continue
        raw.setdefault(entity, {}).setdefault(key, set()).add(value)
    for entity, values in sorted(raw.items()):
        if "Article" in values.get("classes", set()):
            continue
        labels = sorted(values.get("label", set()))
        classes = sorted(values.get("classes", set()))
        data.entities[entity] = {
            "id": entity,
            "label": labels[0] if labels else entity.rsplit("/", 1)[-1],
            "class": main_class(classes),
            "classes": classes,
            "altLabels": sorted(values.get("altLabels", set()) - set(labels[:1])),
            "roles": sorted(values.get("roles", set())),
            "wikidata": sorted(values.get("wikidata", set())),
            "articles": sorted(values.get("articles", set())),
        }
    for row in rows:
        (st, types, verb, speaker, speaker_label, date, content, quotation, about, reported_by,
         reported_by_label, negated, disputes, evidence, articles) = row  # fmt: skip
        data.statements[st] = {
            "id": st,
            "type": main_statement_type(_split(types)),
            "verb": verb,
            "speaker": speaker,
            "speakerLabel": speaker_label or speaker.rsplit("/", 1)[-1],
            "date": date,
            "content": content,
            "quotation": _split(quotation),
            "about": [a for a in _split(about) if a not in statement_ids],
            "reportedBy": reported_by,
            "reportedByLabel": reported_by_label,
            "negated": negated == "true",
            "disputes": _split(disputes),
            "disputedBy": [],
            "evidence": evidence,
            "articles": _split(articles),
        }
        data.statements[st]["label"] = f"{data.statements[st]['type']}: {speaker_label}"
    for st, item in data.statements.items():
        for target in item["disputes"]:
            if target in data.statements:
                data.statements[target]["disputedBy"].append(st)
    for ev_t, class_t, label_t, agent_t, place_t, time_t, troops_t, evidence_t, art_t in event_rows:
        ev = _text(ev_t)
        item = data.events.setdefault(
            ev,
            {"id": ev, "type": _local(_text(class_t)), "label": "", "agents": [], "places": [],
             "date": "", "troops": "", "evidence": "", "articles": []},
        )  # fmt: skip
        for key, term in (("label", label_t), ("date", time_t), ("troops", troops_t),
                          ("evidence", evidence_t)):  # fmt: skip
            if term is not None and not item[key]:
                item[key] = str(term)
        for key, term in (("agents", agent_t), ("places", place_t), ("articles", art_t)):
            if term is not None and str(term) not in item[key]:
                item[key].append(str(term))
    for item in data.events.values():
        item["label"] = item["label"] or item["type"]
        for key in ("agents", "places", "articles"):
            item[key].sort()
    _, article_rows = store.select(_ARTICLES)
    for art_t, title_t, publisher_t, url_t, published_t in article_rows:
        data.articles.setdefault(
            _text(art_t),
            {"title": _text(title_t), "publisher": _text(publisher_t), "url": _text(url_t),
             "published": _text(published_t)},
        )  # fmt: skip
    _, relation_rows = store.select(_RELATIONS)
    for s_t, p_t, o_t in relation_rows:
        s, p, o = _text(s_t), _local(_text(p_t)), _text(o_t)
        if s in data.entities and o in data.entities:
            data.relations.append((s, p, o))
            data.entities[s].setdefault(p, []).append(o)
    data.relations.sort()
    for ent in data.entities.values():
        for key in RELATIONS:
            if key in ent:
                ent[key].sort()
    return data


def main_statement_type(types: list[str]) -> str:
    specific = [t for t in types if t != "Statement"]
    return sorted(specific)[0] if specific else "Statement"


# --------------------------------------------------------------------------------------------
# the network: nodes and edges for vis-network
# --------------------------------------------------------------------------------------------


def network(data: GraphData) -> dict[str, Any]:
    """vis-network nodes and edges plus the side tables the page's panel and filters read."""
    edges: list[dict[str, Any]] = []

    def edge(source: str, target: str, kind: str, label: str = "") -> None:
        edges.append({"from": source, "to": target, "kind": kind, "title": label})

    known = set(data.entities) | set(data.statements) | set(data.events)
    for st_id, st in sorted(data.statements.items()):
        if st["speaker"] in known:
            edge(st["speaker"], st_id, "speaker", st["verb"] or "said")
        for target in st["about"]:
            if target in known:
                edge(st_id, target, "about", "about")
        for target in st["disputes"]:
            if target in known:
                edge(st_id, target, "disputes", "disputes")
    for ev_id, ev in sorted(data.events.items()):
        for agent in ev["agents"]:
            if agent in known:
                edge(agent, ev_id, "agent", "agent")
        for place in ev["places"]:
            if place in known:
                edge(ev_id, place, "place", "place")
    for s, p, o in data.relations:
        edge(s, o, "relation", RELATIONS.get(p, p))
    for number, item in enumerate(edges):
        item["id"] = f"e{number}"
        if item["kind"] == "disputes":
            item.update(color={"color": DISPUTE_COLOUR}, width=3, dashes=True, arrows="to")
        elif item["kind"] in ("about", "speaker", "place", "agent"):
            item["arrows"] = "to"
        if item["kind"] == "relation":
            item["dashes"] = [2, 4]
    degree: Counter[str] = Counter()
    for item in edges:
        degree[item["from"]] += 1
        degree[item["to"]] += 1

    disputed = {
        st_id for st_id, st in data.statements.items() if st["disputes"] or st["disputedBy"]
    }
    nodes: list[dict[str, Any]] = []
    for ent_id, ent in sorted(data.entities.items()):
        cls = ent["class"]
        kind, colour = CLASS_STYLE.get(cls, ("actor", "#bab0ac"))
        nodes.append(
            {"id": ent_id, "label": ent["label"], "cls": cls, "kind": kind, "shape": SHAPES[kind],
             "color": colour, "value": 1 + degree[ent_id], "date": ""}
        )  # fmt: skip
    for ev_id, ev in sorted(data.events.items()):
        nodes.append(
            {"id": ev_id, "label": ev["label"], "cls": ev["type"], "kind": "event",
             "shape": SHAPES["event"], "color": CLASS_STYLE["Event"][1],
             "value": 1 + degree[ev_id], "date": ev["date"]}
        )  # fmt: skip
    for st_id, st in sorted(data.statements.items()):
        node = {
            "id": st_id, "label": st["type"], "cls": "Statement", "kind": "statement",
            "shape": SHAPES["statement"], "color": CLASS_STYLE["Statement"][1],
            "value": 1, "date": st["date"], "speaker": st["speaker"],
        }  # fmt: skip
        if st_id in disputed:
            node["color"] = {"background": "#ffd6d6", "border": DISPUTE_COLOUR}
            node["borderWidth"] = 3
            node["disputed"] = True
        nodes.append(node)
    speakers = Counter(st["speaker"] for st in data.statements.values())
    return {
        "nodes": nodes,
        "edges": edges,
        "entities": data.entities,
        "statements": data.statements,
        "events": data.events,
        "articles": data.articles,
        "speakers": [
            {"id": sid, "label": data.label(sid), "count": count}
            for sid, count in sorted(speakers.items(), key=lambda kv: (-kv[1], data.label(kv[0])))
        ],
        "classes": sorted({n["cls"] for n in nodes}),
        "styles": {
            cls: {"kind": kind, "shape": SHAPES[kind], "color": colour}
            for cls, (kind, colour) in CLASS_STYLE.items()
        },
    }


# --------------------------------------------------------------------------------------------
# the page
# --------------------------------------------------------------------------------------------


def _json_for_script(value: Any) -> str:
    """JSON safe to inline in a <script> element (no '</script>', no HTML comment openers)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def vis_network_js() -> str:
    """The vendored vis-network standalone build."""
    try:
        text = VIS_NETWORK.read_text(encoding="utf-8")
    except OSError as exc:
        raise FrontlineError(
            "the vendored vis-network script is missing",
            str(VIS_NETWORK),
            "reinstall frontline (src/frontline/assets/ ships in the wheel)",
        ) from exc
    # no source map: the page must not ask for any other file (a debugger would try to load it)
    text = _SOURCE_MAP.sub("", text)
    return text.replace("</script", "<\\/script")


def render_view(
    data: GraphData, *, title: str = "frontline graph", net: dict[str, Any] | None = None
) -> str:
    """One self-contained HTML page showing ``data`` (``net``: its ``network(data)``, if known)."""
    template = (ASSETS / "view.html").read_text(encoding="utf-8")
    return (
        template.replace("{{TITLE}}", escape(title))
        .replace("/*{{VIS_NETWORK}}*/", vis_network_js())
        .replace("/*{{DATA}}*/null", _json_for_script(net if net is not None else network(data)))
    )


@dataclass(frozen=True)
class ViewSummary:
    nodes: int
    edges: int
    statements: int
    events: int


def write_atomic(output: Path, content: str | bytes) -> None:
    """Write ``content`` to a temporary file next to ``output`` and rename it into place."""
    output = Path(output)
    parent = output.parent if str(output.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(content.encode("utf-8") if isinstance(content, str) else content)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, output)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise FrontlineError(
            f"cannot write {output.name}: {exc.strerror or exc}",
            str(output),
            "check that the directory exists and is writable",
        ) from exc


def write_view(store: SelectStore, output: Path, *, title: str = "frontline graph") -> ViewSummary:
    """Read the graph from ``store`` and write the interactive view to ``output``."""
    data = collect(store)
    net = network(data)
    write_atomic(output, render_view(data, title=title, net=net))
    return ViewSummary(
        nodes=len(net["nodes"]),
        edges=len(net["edges"]),
        statements=len(data.statements),
        events=len(data.events),
    )
