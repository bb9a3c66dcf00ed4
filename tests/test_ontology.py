"""The ontology, the shapes and the reference entities: they parse, they agree with each other and
with the code.

- frontline.ttl, shapes.ttl and entities.ttl parse with rdflib and with pyoxigraph;
- every ``fl:`` term that the code, the queries, the shapes or the entities use is declared in
  frontline.ttl (the scanner is itself tested on a string with an undeclared term);
- every declared term has a label and a comment, and object/datatype properties are used as such;
- every reference entity has the IRI the extractor would mint, exactly one label, and Wikidata
  links only to Wikidata entity IRIs.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from frontline.model import EVENT_TYPES, KIND_OF_CLASS, STATEMENT_TYPES
from frontline.namespaces import DEFAULT_ID_BASE, slug

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"
FRONTLINE_TTL = ONTOLOGY_DIR / "frontline.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"
ENTITIES_TTL = ONTOLOGY_DIR / "entities.ttl"
TURTLE_FILES = [FRONTLINE_TTL, SHAPES_TTL, ENTITIES_TTL]

FL_IRI = "https://w3id.org/frontline/ontology#"
FL = Namespace(FL_IRI)
FLI = DEFAULT_ID_BASE
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
WIKIDATA_ENTITY = re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$")

#: the terms docs/architecture.md promises
CLASSES = {
    "Actor", "Person", "Organization", "GovernmentBody", "ArmedForce", "MilitaryUnit",
    "MediaOutlet", "InternationalOrganization", "Country", "Group", "Place", "Region",
    "Settlement", "Statement", "Event", "Article", *STATEMENT_TYPES, *EVENT_TYPES,
}  # fmt: skip
OBJECT_PROPERTIES = {
    "speaker", "about", "asserts", "disputes", "reportedBy", "addressee", "agent", "place",
    "locatedIn", "affiliation", "allegiance", "parentFormation", "capital", "mentionedIn",
    "sameStatementAs",
}  # fmt: skip
DATATYPE_PROPERTIES = {
    "statedOn", "dateText", "dateQualifier", "verb", "content", "quotation", "negated",
    "evidence", "time", "startDate", "endDate", "troopCount", "echelon", "unitNumber", "role",
    "demonym", "contentHash", "sourceId",
}  # fmt: skip


@cache
def graph(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def declared() -> dict[str, set[URIRef]]:
    """fl: local name -> its OWL kinds (owl:Class, owl:ObjectProperty, owl:DatatypeProperty)."""
    g = graph(FRONTLINE_TTL)
    out: dict[str, set[URIRef]] = {}
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for s in g.subjects(RDF.type, kind):
            if isinstance(s, URIRef) and str(s).startswith(FL_IRI):
                out.setdefault(str(s)[len(FL_IRI) :], set()).add(kind)
    return out


# ---------------------------------------------------------------------------------------------
# the scanner: which fl: terms does a piece of text use?

_NAME = r"([A-Za-z_][A-Za-z0-9_]*)"
# attributes of str and of rdflib.Namespace, which are not ontology terms ("FL.startswith")
_NOT_TERMS = set(dir(str)) | set(dir(Namespace)) | {"term", "title"}


def fl_terms_in(text: str, *, python: bool = False) -> set[str]:
    """Local names of the fl: terms a Turtle, SPARQL or Python text refers to.

    Finds prefixed names (``fl:Claim``), full IRIs (``<https://w3id.org/frontline/ontology#Claim>``)
    and, in Python, the ways frontline's code builds terms from the namespace: ``FL + "role"``,
    ``f"{FL}Claim"``, ``FL.speaker`` and ``FL["speaker"]``, also through aliases such as
    ``X = Namespace(ns.FL)`` or ``from .namespaces import FL as X``.
    """
    found = set(re.findall(r"(?<![\w/#.:-])fl:" + _NAME, text))
    found |= set(re.findall(re.escape(FL_IRI) + _NAME, text))
    if python:
        aliases = {"FL"}
        aliases |= set(
            re.findall(
                r"\b(\w+)\s*(?::\s*\w+\s*)?=\s*(?:\w+\.)?Namespace\(\s*(?:\w+\.)?FL\s*\)", text
            )
        )
        aliases |= set(re.findall(r"\bFL\s+as\s+(\w+)", text))
        for a in aliases:
            a = re.escape(a)
            found |= set(re.findall(rf"\b{a}\s*\+\s*[\"']{_NAME}", text))
            found |= set(re.findall(rf"\{{\s*(?:\w+\.)?{a}\s*\}}{_NAME}", text))
            found |= set(re.findall(rf"\b{a}\[\s*[\"']{_NAME}[\"']\s*\]", text))
            found |= {
                t for t in re.findall(rf"(?<![\w.]){a}\.{_NAME}", text) if t not in _NOT_TERMS
            }
    return found


def test_scanner_finds_every_way_of_writing_a_term() -> None:
    py = """
from rdflib import Namespace
from frontline import namespaces as ns
from frontline.namespaces import FL as ONTO
FLNS = Namespace(ns.FL)
a = FLNS.speaker
b = FLNS["statedOn"]
c = ns.FL + "role"
d = f"{FL}Claim"
e = ONTO + "demonym"
f = FL.rstrip("#")
q = "SELECT ?s WHERE { ?s a fl:Denial ; <https://w3id.org/frontline/ontology#verb> ?v }"
"""
    assert fl_terms_in(py, python=True) == {
        "speaker", "statedOn", "role", "Claim", "demonym", "Denial", "verb",
    }  # fmt: skip


def test_scanner_reports_an_undeclared_term() -> None:
    """The declaration check can fail: a made-up term is found and is not declared."""
    text = "SELECT ?s WHERE { ?s fl:speaker ?x ; fl:inventedTerm ?y }"
    used = fl_terms_in(text)
    assert used == {"speaker", "inventedTerm"}
    assert used - set(declared()) == {"inventedTerm"}
    py = 'g.add((node, FL.madeUpProperty, Literal(1)))\nx = FL + "AnotherOne"\n'
    assert fl_terms_in(py, python=True) - set(declared()) == {"madeUpProperty", "AnotherOne"}


def _sources() -> list[tuple[Path, bool]]:
    files = [(p, True) for p in sorted((ROOT / "src" / "frontline").rglob("*.py"))]
    files += [(p, False) for p in sorted((ROOT / "queries").glob("*.rq"))]
    files += [(SHAPES_TTL, False), (ENTITIES_TTL, False)]
    return files


def test_every_term_used_is_declared() -> None:
    names = set(declared())
    missing: dict[str, list[str]] = {}
    for path, python in _sources():
        for term in sorted(fl_terms_in(path.read_text(encoding="utf-8"), python=python) - names):
            missing.setdefault(term, []).append(str(path.relative_to(ROOT)))
    assert not missing, f"fl: terms used but not declared in ontology/frontline.ttl: {missing}"


def test_model_vocabularies_are_declared_classes() -> None:
    """rdf.py builds types as FL[cls]: every class name in model.py must be an owl:Class."""
    decl = declared()
    for name in [*KIND_OF_CLASS, *STATEMENT_TYPES, *EVENT_TYPES]:
        assert OWL.Class in decl.get(name, set()), name


# ---------------------------------------------------------------------------------------------
# the ontology


@pytest.mark.parametrize("path", TURTLE_FILES, ids=lambda p: p.name)
def test_parses_with_rdflib_and_pyoxigraph(path: Path) -> None:
    g = graph(path)
    assert len(g) > 0
    with path.open("rb") as fh:
        quads = list(ox.parse(fh, format=ox.RdfFormat.TURTLE))
    assert len(quads) == len(g)


def test_architecture_terms_are_declared_with_the_right_kind() -> None:
    decl = declared()
    for name in CLASSES:
        assert decl.get(name) == {OWL.Class}, name
    for name in OBJECT_PROPERTIES:
        assert decl.get(name) == {OWL.ObjectProperty}, name
    for name in DATATYPE_PROPERTIES:
        assert decl.get(name) == {OWL.DatatypeProperty}, name


def test_every_term_has_label_and_comment() -> None:
    g = graph(FRONTLINE_TTL)
    for name in declared():
        term = FL[name]
        assert len(list(g.objects(term, RDFS.label))) == 1, f"fl:{name} label"
        comments = list(g.objects(term, RDFS.comment))
        assert len(comments) == 1 and len(str(comments[0])) > 15, f"fl:{name} comment"


def test_ontology_header() -> None:
    g = graph(FRONTLINE_TTL)
    (onto,) = list(g.subjects(RDF.type, OWL.Ontology))
    assert g.value(onto, OWL.versionInfo)
    assert g.value(onto, URIRef("http://purl.org/dc/terms/description"))


def _superclasses(g: Graph, cls: URIRef) -> set[URIRef]:
    return set(g.transitive_objects(cls, RDFS.subClassOf))


def test_alignment_with_standard_vocabularies() -> None:
    g = graph(FRONTLINE_TTL)
    prov, sem = (
        Namespace("http://www.w3.org/ns/prov#"),
        Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/"),
    )
    schema, foaf = Namespace("https://schema.org/"), Namespace("http://xmlns.com/foaf/0.1/")
    org = Namespace("http://www.w3.org/ns/org#")
    expected = {
        FL.Actor: prov.Agent,
        FL.Organization: org.Organization,
        FL.Place: schema.Place,
        FL.Statement: prov.Entity,
        FL.Event: sem.Event,
        FL.Article: schema.NewsArticle,
    }
    for cls, parent in expected.items():
        assert parent in _superclasses(g, cls), (cls, parent)
    assert {schema.Person, foaf.Person, FL.Actor} <= _superclasses(g, FL.Person)
    assert {FL.Actor, FL.Place} <= _superclasses(g, FL.Country)
    for name in [*STATEMENT_TYPES]:
        assert FL.Statement in _superclasses(g, FL[name]), name
    for name in [*EVENT_TYPES]:
        assert FL.Event in _superclasses(g, FL[name]), name
    assert prov.wasAttributedTo in set(g.transitive_objects(FL.speaker, RDFS.subPropertyOf))
    assert sem.hasActor in set(g.transitive_objects(FL.agent, RDFS.subPropertyOf))
    assert sem.hasPlace in set(g.transitive_objects(FL.place, RDFS.subPropertyOf))
    assert sem.hasTimeStamp in set(g.transitive_objects(FL.time, RDFS.subPropertyOf))


def test_checked_ranges_are_not_rdfs_ranges() -> None:
    """Under RDFS inference a range would make every speaker an actor and hide bad data."""
    g = graph(FRONTLINE_TTL)
    for prop in (FL.speaker, FL.disputes):
        assert g.value(prop, RDFS.range) is None, prop
    # and a domain would turn an fl:ArmedForce with an echelon into an fl:MilitaryUnit
    for prop in (FL.allegiance, FL.parentFormation, FL.echelon, FL.unitNumber):
        assert g.value(prop, RDFS.domain) is None, prop


def test_properties_are_used_as_object_or_datatype_properties() -> None:
    """In the entities and in the shape fixtures, object properties have IRIs as values and
    datatype properties literals."""
    decl = declared()
    data = Graph()
    data += graph(ENTITIES_TTL)
    for path in sorted((Path(__file__).parent / "shapes").glob("*pass*.ttl")):
        data.parse(path)
    data.parse(Path(__file__).parent / "shapes" / "_base.ttl")
    seen = set()
    for _, p, o in data:
        if not str(p).startswith(FL_IRI):
            continue
        name = str(p)[len(FL_IRI) :]
        seen.add(name)
        want = OWL.DatatypeProperty if isinstance(o, Literal) else OWL.ObjectProperty
        assert want in decl[name], f"fl:{name} used with {o!r}"
    assert len(seen) > 25


# ---------------------------------------------------------------------------------------------
# the shapes


def test_shapes_use_no_undeclared_classes_or_paths() -> None:
    g = graph(SHAPES_TTL)
    names = set(declared())
    for p in (SH.targetClass, SH["class"], SH.path, SH.targetSubjectsOf, SH.hasValue):
        for o in g.objects(None, p):
            if isinstance(o, URIRef) and str(o).startswith(FL_IRI):
                assert str(o)[len(FL_IRI) :] in names, o


# ---------------------------------------------------------------------------------------------
# the reference entities


def _entities() -> dict[URIRef, URIRef]:
    """Reference entity IRI -> its fl: class."""
    g = graph(ENTITIES_TTL)
    out: dict[URIRef, URIRef] = {}
    for s in set(g.subjects()):
        if isinstance(s, BNode):
            continue
        assert str(s).startswith(FLI), f"{s} is not under {FLI}"
        classes = [o for o in g.objects(s, RDF.type) if str(o).startswith(FL_IRI)]
        assert len(classes) == 1, f"{s} has classes {classes}"
        out[s] = classes[0]
    return out


def test_entity_iris_are_minted_like_the_extractor_does() -> None:
    g = graph(ENTITIES_TTL)
    for iri, cls in _entities().items():
        name = str(cls)[len(FL_IRI) :]
        assert name in KIND_OF_CLASS, f"{iri}: {name} is not an entity class"
        label = g.value(iri, RDFS.label)
        assert str(iri) == f"{FLI}{KIND_OF_CLASS[name]}/{slug(str(label))}", iri


def test_every_entity_has_exactly_one_plain_label() -> None:
    g = graph(ENTITIES_TTL)
    for iri in _entities():
        labels = list(g.objects(iri, RDFS.label))
        assert len(labels) == 1, f"{iri} has labels {labels}"
        (label,) = labels
        assert isinstance(label, Literal) and label.language is None, iri
        assert label.datatype in (None, XSD_STRING) and str(label).strip() == str(label) != ""


def test_same_as_points_to_wikidata_entities() -> None:
    g = graph(ENTITIES_TTL)
    links = list(g.subject_objects(OWL.sameAs))
    assert len(links) >= 8
    qids = Counter(str(o) for _, o in links)
    for s, o in links:
        assert WIKIDATA_ENTITY.match(str(o)), f"{s} owl:sameAs {o}"
        assert qids[str(o)] == 1, f"{o} is linked from more than one entity"
    known = {
        "country/russia": "Q159", "country/ukraine": "Q212", "person/vladimir-putin": "Q7747",
        "settlement/moscow": "Q649", "settlement/kyiv": "Q1899", "country/united-states": "Q30",
        "organization/nato": "Q7184", "organization/united-nations": "Q1065",
    }  # fmt: skip
    for key, qid in known.items():
        assert g.value(URIRef(FLI + key), OWL.sameAs) == URIRef(
            "http://www.wikidata.org/entity/" + qid
        ), key


WATERS = re.compile(r"\b(Sea|Gulf|Strait|Bab el-Mandeb)\b")


def test_links_between_entities_resolve_to_the_right_kind() -> None:
    g = graph(ENTITIES_TTL)
    ents = _entities()
    places = {FL.Country, FL.Region, FL.Settlement, FL.Place}
    expect = {
        FL.capital: {FL.Settlement},
        FL.locatedIn: places,
        FL.affiliation: set(ents.values()) - places | {FL.Country},
        FL.allegiance: {FL.Country, FL.ArmedForce},
        FL.parentFormation: {FL.ArmedForce, FL.MilitaryUnit},
    }
    for prop, classes in expect.items():
        for s, o in g.subject_objects(prop):
            assert o in ents, f"{s} {prop} {o}: not a reference entity"
            assert ents[o] in classes, f"{s} {prop} {o}: a {ents[o]}"
    for iri, cls in ents.items():
        if cls == FL.Country:
            assert g.value(iri, FL.demonym), f"{iri} has no demonym"
        if cls in (FL.Region, FL.MilitaryUnit):
            key = FL.locatedIn if cls == FL.Region else FL.allegiance
            label = str(g.value(iri, RDFS.label))
            if cls == FL.Region and WATERS.search(label):
                continue  # seas, gulfs and straits lie in no one country
            assert g.value(iri, key), f"{iri} has no {key}"
        if cls == FL.Person:
            assert g.value(iri, FL.role), f"{iri} has no role"
    # nothing is located in itself, directly or through a chain
    for iri in ents:
        assert iri not in set(g.transitive_objects(iri, FL.locatedIn)) - {iri}


def test_names_are_unambiguous() -> None:
    """A name (label or altLabel) names one reference entity only, so the entity ruler can't
    pick the wrong one; demonyms are unique too."""
    g = graph(ENTITIES_TTL)
    owners: dict[str, set[URIRef]] = {}
    for p in (RDFS.label, SKOS.altLabel):
        for s, o in g.subject_objects(p):
            owners.setdefault(str(o).lower(), set()).add(s)
    clashes = {n: sorted(map(str, s)) for n, s in owners.items() if len(s) > 1}
    assert not clashes, clashes
    demonyms = Counter(str(o).lower() for o in g.objects(None, FL.demonym))
    assert not [d for d, n in demonyms.items() if n > 1]


def test_required_reference_entities_are_there() -> None:
    g = graph(ENTITIES_TTL)
    ents = _entities()
    for key, cls, alt in [
        ("person/vladimir-putin", FL.Person, None),
        ("person/volodymyr-zelensky", FL.Person, "Volodymyr Zelenskyy"),
        ("country/russia", FL.Country, None),
        ("country/north-korea", FL.Country, None),
        ("region/kursk-oblast", FL.Region, None),
        ("settlement/sudzha", FL.Settlement, None),
        ("settlement/kyiv", FL.Settlement, "Kiev"),
        ("media/ria-novosti", FL.MediaOutlet, None),
        ("armed-force/russian-armed-forces", FL.ArmedForce, None),
        ("armed-force/armed-forces-of-ukraine", FL.ArmedForce, "Ukrainian Armed Forces"),
        (
            "armed-force/general-staff-of-the-armed-forces-of-ukraine",
            FL.ArmedForce,
            "Ukraine's General Staff",
        ),
        ("government/kremlin", FL.GovernmentBody, "the Kremlin"),
        ("armed-force/rapid-support-forces", FL.ArmedForce, "RSF"),
        ("organization/nato", FL.InternationalOrganization, None),
    ]:
        iri = URIRef(FLI + key)
        assert ents.get(iri) == cls, key
        if alt:
            assert Literal(alt) in set(g.objects(iri, SKOS.altLabel)), (key, alt)
    assert g.value(URIRef(FLI + "settlement/sudzha"), FL.locatedIn) == URIRef(
        FLI + "region/kursk-oblast"
    )
    assert g.value(URIRef(FLI + "country/russia"), FL.capital) == URIRef(FLI + "settlement/moscow")
    assert Literal("North Korean") in set(
        g.objects(URIRef(FLI + "country/north-korea"), FL.demonym)
    )
    assert Literal("President of Russia") in set(
        g.objects(URIRef(FLI + "person/vladimir-putin"), FL.role)
    )
    counts = Counter(ents.values())
    assert counts[FL.Country] >= 60


def test_reference_entities_conform_to_the_shapes() -> None:
    conforms, _, text = pyshacl.validate(
        graph(ENTITIES_TTL),
        shacl_graph=graph(SHAPES_TTL),
        ont_graph=graph(FRONTLINE_TTL),
        inference="rdfs",
        advanced=True,
    )
    assert conforms, text
