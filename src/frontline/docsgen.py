"""HTML documentation of the ontology, the SHACL shapes and the canned queries, from the files.

pyLODE was the first choice, but pyLODE 3.4.1 from PyPI fails on import (it reads a
``pyproject.toml`` that its wheel does not ship), so frontline renders the pages itself with
rdflib and ``html.escape``: ``index.html`` (the ontology: classes with their hierarchy, alignments
and SHACL constraints; object and datatype properties with domains and ranges) and
``queries.html`` (every canned query with its title, description, parameters and SPARQL text).
The pages are static, self-contained and deterministic (sorted; no clock).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH
from rdflib.term import Literal, Node

from frontline import __version__, resources
from frontline.errors import FrontlineError
from frontline.queries import CannedQuery, list_queries
from frontline.view import write_atomic

FL = "https://w3id.org/frontline/ontology#"
SCHEMA = URIRef("https://schema.org/")
PREFIXES: dict[str, str] = {
    FL: "fl:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://semanticweb.cs.vu.nl/2009/11/sem/": "sem:",
    "https://schema.org/": "schema:",
    "http://xmlns.com/foaf/0.1/": "foaf:",
    "http://www.w3.org/ns/org#": "org:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/2002/07/owl#": "owl:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/ns/shacl#": "sh:",
    "https://w3id.org/frontline/shapes#": "flsh:",
}
CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       max-width: 980px; margin: 2em auto; padding: 0 1em; }
nav { background: #f4f4f4; padding: .5em 1em; border-radius: 4px; }
nav a { margin-right: 1em; }
h1 { margin-bottom: .2em; } h2 { border-bottom: 1px solid #ddd; margin-top: 2em; }
section.term { border: 1px solid #e2e2e2; border-radius: 4px; padding: .2em 1em 1em;
               margin: 1em 0; }
section.term h3 { margin-bottom: .2em; } .iri { font-family: monospace; color: #666;
               font-size: 13px; }
table { border-collapse: collapse; margin: .5em 0; } td, th { text-align: left;
               vertical-align: top; padding: 2px 10px 2px 0; }
th { color: #555; font-weight: 600; white-space: nowrap; }
pre { background: #f7f7f7; padding: .7em; overflow-x: auto; font-size: 13px; }
code { font-size: 13px; } .muted { color: #777; } ul.toc { columns: 3; }
"""


def curie(node: Node) -> str:
    text = str(node)
    for base, prefix in PREFIXES.items():
        if text.startswith(base):
            return prefix + text[len(base) :]
    return text


def _anchor(node: Node) -> str:
    return curie(node).replace(":", "-")


def _link(node: Node, local: set[str]) -> str:
    if isinstance(node, URIRef) and str(node) in local:
        return f'<a href="#{escape(_anchor(node))}"><code>{escape(curie(node))}</code></a>'
    if isinstance(node, URIRef):
        return f'<a href="{escape(str(node))}"><code>{escape(curie(node))}</code></a>'
    if isinstance(node, Literal):
        return escape(str(node))
    return escape(curie(node))


def _text(graph: Graph, subject: Node, predicate: URIRef) -> str:
    values = sorted(str(v) for v in graph.objects(subject, predicate))
    return values[0] if values else ""


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        '<nav><a href="index.html">Ontology</a><a href="queries.html">Canned queries</a>'
        f'<span class="muted">frontline {escape(__version__)}</span></nav>\n'
        f"{body}\n</body>\n</html>\n"
    )


def _shape_rows(shapes: Graph, cls: URIRef) -> list[str]:
    """One line per constraint of the node shapes that target ``cls``."""
    rows: list[str] = []
    for shape in sorted(shapes.subjects(SH.targetClass, cls), key=str):
        comment = _text(shapes, shape, RDFS.comment)
        severity = curie(next(iter(shapes.objects(shape, SH.severity)), SH.Violation))
        parts: list[str] = []
        for prop in sorted(shapes.objects(shape, SH.property), key=str):
            path = next(iter(shapes.objects(prop, SH.path)), None)
            bits = []
            for key in ("minCount", "maxCount", "class", "datatype", "nodeKind"):
                for value in shapes.objects(prop, SH[key]):
                    bits.append(f"{key} {curie(value)}")
            for value in shapes.objects(prop, SH["or"]):
                bits.append("one of several datatypes")
                del value
            if path is not None:
                parts.append(f"<code>{escape(curie(path))}</code>: {escape(', '.join(bits))}")
        if shapes.value(shape, SH.sparql) is not None:
            parts.append("a SPARQL constraint")
        text = escape(comment) + (" — " + "; ".join(parts) if parts else "")
        rows.append(f"<li>{text} <span class=\"muted\">({escape(severity)}, "
                    f"{escape(curie(shape))})</span></li>")  # fmt: skip
    return rows


def _fl_terms(graph: Graph, rdf_type: URIRef) -> list[URIRef]:
    """The fl: terms typed ``rdf_type``, sorted."""
    return sorted(
        {
            t
            for t in graph.subjects(RDF.type, rdf_type)
            if isinstance(t, URIRef) and t.startswith(FL)
        }
    )


def ontology_page(ontology: Graph, shapes: Graph) -> str:
    onto = next(iter(sorted(ontology.subjects(RDF.type, OWL.Ontology), key=str)), None)
    classes = _fl_terms(ontology, OWL.Class)
    props: dict[str, list[URIRef]] = {}
    for kind, rdf_type in (
        ("Object properties", OWL.ObjectProperty),
        ("Datatype properties", OWL.DatatypeProperty),
        ("Annotation properties", OWL.AnnotationProperty),
    ):
        props[kind] = _fl_terms(ontology, rdf_type)
    local = {str(c) for c in classes} | {str(p) for ps in props.values() for p in ps}
    out: list[str] = []
    title = _text(ontology, onto, DCTERMS.title) if onto else "frontline ontology"
    out.append(f"<h1>{escape(title)}</h1>")
    if onto is not None:
        out.append(f'<p class="iri">{escape(str(onto))}</p>')
        meta = [
            ("Version", _text(ontology, onto, OWL.versionInfo)),
            ("Version IRI", _text(ontology, onto, OWL.versionIRI)),
            ("License", _text(ontology, onto, DCTERMS.license)),
            ("Namespace", FL),
            ("Prefix", "fl:"),
        ]
        out.append("<table>" + "".join(
            f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in meta if v
        ) + "</table>")  # fmt: skip
        out.append(f"<p>{escape(_text(ontology, onto, DCTERMS.description))}</p>")
    out.append("<h2>Contents</h2><ul>")
    out.append(f'<li><a href="#classes">Classes</a> ({len(classes)})</li>')
    for kind, items in props.items():
        if items:
            out.append(f'<li><a href="#{kind.split()[0].lower()}">{kind}</a> ({len(items)})</li>')
    out.append("</ul>")
    out.append('<h2 id="classes">Classes</h2><ul class="toc">')
    out += [f"<li>{_link(c, local)}</li>" for c in classes]
    out.append("</ul>")
    for cls in classes:
        rows: list[tuple[str, str]] = []
        supers = sorted(ontology.objects(cls, RDFS.subClassOf), key=str)
        subs = sorted(ontology.subjects(RDFS.subClassOf, cls), key=str)
        equiv = sorted(ontology.objects(cls, OWL.equivalentClass), key=str)
        domain_of = sorted(
            set(ontology.subjects(RDFS.domain, cls))
            | set(ontology.subjects(SCHEMA + "domainIncludes", cls)),
            key=str,
        )
        range_of = sorted(
            set(ontology.subjects(RDFS.range, cls))
            | set(ontology.subjects(SCHEMA + "rangeIncludes", cls)),
            key=str,
        )
        for name, values in (
            ("Subclass of", supers), ("Superclass of", subs), ("Equivalent to", equiv),
            ("In the domain of", domain_of), ("In the range of", range_of),
        ):  # fmt: skip
            if values:
                rows.append((name, ", ".join(_link(v, local) for v in values)))
        constraints = _shape_rows(shapes, cls)
        out.append(_term_section(ontology, cls, "Class", rows, constraints))
    for kind, items in props.items():
        if not items:
            continue
        out.append(f'<h2 id="{kind.split()[0].lower()}">{kind}</h2>')
        for prop in items:
            rows = []
            for name, predicates in (
                ("Domain", (RDFS.domain, SCHEMA + "domainIncludes")),
                ("Range", (RDFS.range, SCHEMA + "rangeIncludes")),
                ("Subproperty of", (RDFS.subPropertyOf,)),
                ("Equivalent to", (OWL.equivalentProperty,)),
                ("Inverse of", (OWL.inverseOf,)),
            ):
                values = sorted({v for p in predicates for v in ontology.objects(prop, p)}, key=str)
                if values:
                    rows.append((name, ", ".join(_link(v, local) for v in values)))
            characteristics = [
                curie(t) for t in sorted(ontology.objects(prop, RDF.type), key=str)
                if t in (OWL.FunctionalProperty, OWL.TransitiveProperty, OWL.SymmetricProperty)
            ]  # fmt: skip
            if characteristics:
                rows.append(("Characteristics", escape(", ".join(characteristics))))
            out.append(_term_section(ontology, prop, kind[:-3] + "y", rows, []))
    return _page(title, "\n".join(out))


def _term_section(
    graph: Graph, term: URIRef, kind: str, rows: list[tuple[str, str]], constraints: list[str]
) -> str:
    label = _text(graph, term, RDFS.label) or curie(term)
    comment = _text(graph, term, RDFS.comment)
    html = [
        f'<section class="term" id="{escape(_anchor(term))}">',
        f"<h3>{escape(label)} <code>{escape(curie(term))}</code></h3>",
        f'<p class="iri">{escape(kind)} · {escape(str(term))}</p>',
    ]
    if comment:
        html.append(f"<p>{escape(comment)}</p>")
    if rows:
        html.append(
            "<table>" + "".join(f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )  # fmt: skip
    if constraints:
        html.append("<p><strong>SHACL constraints</strong></p><ul>" + "".join(constraints)
                    + "</ul>")  # fmt: skip
    html.append("</section>")
    return "\n".join(html)


def queries_page(queries: list[CannedQuery]) -> str:
    out = [
        "<h1>Canned queries</h1>",
        "<p>Run one with <code>frontline query NAME --param key=value</code>; parameters are "
        "bound as RDF terms by the engine, never pasted into the query text.</p>",
        '<ul class="toc">',
    ]
    out += [f'<li><a href="#{escape(q.name)}"><code>{escape(q.name)}</code></a></li>'
            for q in queries]  # fmt: skip
    out.append("</ul>")
    for q in queries:
        out.append(f'<section class="term" id="{escape(q.name)}">')
        out.append(f"<h3>{escape(q.title or q.name)} <code>{escape(q.name)}</code></h3>")
        if q.description:
            out.append(f"<p>{escape(q.description)}</p>")
        if q.params:
            out.append("<table><tr><th>parameter</th><th>type</th><th>meaning</th></tr>")
            out += [
                f"<tr><td><code>{escape(p.name)}</code></td>"
                f"<td>{escape(p.type)}{', optional' if p.optional else ''}</td>"
                f"<td>{escape(p.meaning)}</td></tr>"
                for p in q.params
            ]
            out.append("</table>")
            # the example gives the required parameters only; optional ones narrow it
            example = "".join(f' --param {p.name}="…"' for p in q.params if not p.optional)
            out.append(f"<p><code>frontline query {escape(q.name)}{escape(example)}</code></p>")
        else:
            out.append(f"<p><code>frontline query {escape(q.name)}</code></p>")
        out.append(f"<pre>{escape(q.text.strip())}</pre></section>")
    return _page("frontline canned queries", "\n".join(out))


@dataclass(frozen=True)
class DocsSummary:
    files: list[Path]
    classes: int
    properties: int
    queries: int


def write_docs(output_dir: Path) -> DocsSummary:
    """Write ``index.html`` (ontology + shapes) and ``queries.html`` into ``output_dir``."""
    ontology, shapes = Graph(), Graph()
    for graph, name in ((ontology, "frontline.ttl"), (shapes, "shapes.ttl")):
        path = resources.ontology_file(name)
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # a syntax error in a hand-written file
            raise FrontlineError(f"cannot read {name}: {exc}", str(path), "fix the file") from None
    queries = list_queries()
    output_dir = Path(output_dir)
    index, queries_html = output_dir / "index.html", output_dir / "queries.html"
    write_atomic(index, ontology_page(ontology, shapes))
    write_atomic(queries_html, queries_page(queries))
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(FL)}
    properties = {
        p
        for t in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for p in ontology.subjects(RDF.type, t)
        if str(p).startswith(FL)
    }
    return DocsSummary([index, queries_html], len(classes), len(properties), len(queries))
