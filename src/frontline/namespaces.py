"""Namespaces and IRI minting, defined once."""

from __future__ import annotations

import os
import re
import unicodedata

FL = "https://w3id.org/frontline/ontology#"
DEFAULT_ID_BASE = "https://w3id.org/frontline/id/"
PROV = "http://www.w3.org/ns/prov#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
TIME = "http://www.w3.org/2006/time#"
SCHEMA = "https://schema.org/"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"
DCTERMS = "http://purl.org/dc/terms/"
WD = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "fl": FL,
    "fli": DEFAULT_ID_BASE,
    "prov": PROV,
    "sem": SEM,
    "time": TIME,
    "schema": SCHEMA,
    "foaf": FOAF,
    "org": ORG,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "sh": SH,
    "dcterms": DCTERMS,
    "wd": WD,
}


def id_base() -> str:
    """Instance base IRI; ``FRONTLINE_ID_BASE`` overrides the default."""
    base = os.environ.get("FRONTLINE_ID_BASE", DEFAULT_ID_BASE)
    return base if base.endswith(("/", "#")) else base + "/"


def slug(name: str) -> str:
    """The key part of a name: ASCII, lower case, hyphens ("Kursk Oblast" -> "kursk-oblast")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace("’", "'").replace("'s ", " ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


def entity_iri(key: str) -> str:
    return id_base() + key


def article_iri(short_id: str) -> str:
    return f"{id_base()}article/{short_id}"


def graph_iri(short_id: str) -> str:
    """The named graph that holds exactly one article's triples."""
    return f"{id_base()}graph/{short_id}"


def statement_iri(short_id: str, index: int) -> str:
    return f"{id_base()}statement/{short_id}-{index}"


def event_iri(short_id: str, index: int) -> str:
    return f"{id_base()}event/{short_id}-{index}"


def entity_graph_iri(key: str) -> str:
    """The named graph holding one entity's description, shared by every article that names it."""
    return f"{id_base()}graph/entity/{key}"


REFERENCE_GRAPH_PATH = "graph/reference"


def reference_graph_iri() -> str:
    """The named graph holding ontology/entities.ttl in a store."""
    return id_base() + REFERENCE_GRAPH_PATH
