"""Reference entities (``ontology/entities.ttl``) as plain Python data for the extractor.

Parsed with pyoxigraph's Turtle parser so the extraction side does not depend on rdflib.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .namespaces import FL, OWL, RDF, RDFS, SKOS, WD, id_base


@dataclass
class RefEntity:
    key: str
    cls: str
    label: str
    alt_labels: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    wikidata: str | None = None
    affiliation: str | None = None
    located_in: str | None = None
    capital: str | None = None
    allegiance: str | None = None
    parent: str | None = None  # fl:parentFormation: the force or unit it belongs to


@dataclass
class Reference:
    entities: dict[str, RefEntity]

    def by_class(self, *classes: str) -> list[RefEntity]:
        return [e for e in self.entities.values() if e.cls in classes]

    def country_by_demonym(self) -> dict[str, str]:
        """Lower-cased demonym ("north korean") -> country key."""
        out: dict[str, str] = {}
        for e in self.by_class("Country"):
            for d in e.demonyms:
                out.setdefault(d.lower(), e.key)
        return out

    def capitals(self) -> dict[str, str]:
        """Settlement key of a capital -> country key."""
        return {e.capital: e.key for e in self.by_class("Country") if e.capital}

    def national_forces(self) -> dict[str, str]:
        """Country key -> its national armed force: the first one affiliated with it whose
        names say "Armed Forces" / "Defense Forces" / "Defence Forces", else the first one
        (general staffs are never the force itself)."""
        named: dict[str, str] = {}
        other: dict[str, str] = {}
        for e in self.by_class("ArmedForce"):
            if not e.affiliation or not e.affiliation.startswith("country/"):
                continue
            names = " ".join([e.label, *e.alt_labels]).lower()
            if "general staff" in names:
                continue
            if "armed forces" in names or "defense forces" in names or "defence forces" in names:
                named.setdefault(e.affiliation, e.key)
            else:
                other.setdefault(e.affiliation, e.key)
        return {**other, **named}


def _default_path() -> Path:
    from .resources import ontology_dir

    return ontology_dir() / "entities.ttl"


@lru_cache(maxsize=4)
def load_reference(path: str | None = None) -> Reference:
    """Read the reference entities; the result is cached per path."""
    import os

    import pyoxigraph as ox

    chosen = path or os.environ.get("FRONTLINE_ENTITIES")
    file = Path(chosen) if chosen else _default_path()
    if not file.exists():
        return Reference({})
    base = id_base()
    data: dict[str, dict[str, list[str]]] = {}
    with file.open("rb") as fh:
        for t in ox.parse(fh, format=ox.RdfFormat.TURTLE):
            s = t.subject
            if not isinstance(s, ox.NamedNode):
                continue
            iri = s.value
            if not iri.startswith(base) and not iri.startswith("https://w3id.org/frontline/id/"):
                continue
            o = t.object
            val = o.value
            data.setdefault(iri, {}).setdefault(t.predicate.value, []).append(val)
    entities: dict[str, RefEntity] = {}

    def key_of(iri: str) -> str:
        for b in (base, "https://w3id.org/frontline/id/"):
            if iri.startswith(b):
                return iri[len(b) :]
        return iri

    for iri, props in data.items():
        types = [t[len(FL) :] for t in props.get(RDF + "type", []) if t.startswith(FL)]
        labels = props.get(RDFS + "label", [])
        if not types or not labels:
            continue
        cls = _most_specific(types)
        wd = next((v[len(WD) :] for v in props.get(OWL + "sameAs", []) if v.startswith(WD)), None)

        def one(pred: str, _p: dict[str, list[str]] = props) -> str | None:
            vals = _p.get(pred)
            return key_of(sorted(vals)[0]) if vals else None

        label = sorted(labels)[0]
        entities[key_of(iri)] = RefEntity(
            key=key_of(iri),
            cls=cls,
            label=label,
            alt_labels=sorted(set(props.get(SKOS + "altLabel", [])) | name_spellings(label)),
            roles=sorted(set(props.get(FL + "role", []))),
            demonyms=sorted(set(props.get(FL + "demonym", []))),
            wikidata=wd,
            affiliation=one(FL + "affiliation"),
            located_in=one(FL + "locatedIn"),
            capital=one(FL + "capital"),
            allegiance=one(FL + "allegiance"),
            parent=one(FL + "parentFormation"),
        )
    return Reference(entities)


_UN = re.compile(r"\b(?:United Nations|UN|U\.N\.)(?=\s)")
#: British and American spellings of the words bodies' names are made of
_BRITISH_AMERICAN = (("Defence", "Defense"), ("isation", "ization"), ("Centre", "Center"))


def name_spellings(label: str) -> set[str]:
    """A body's name as reporting writes it otherwise: "United Nations Office for the
    Coordination of Humanitarian Affairs" is also "UN Office …" and "U.N. Office …", "Office of
    the UN High Commissioner for Human Rights" also "… United Nations …"; "Russian Ministry of
    Defence" also "… Defense", "… Stabilisation Mission …" also "… Stabilization …"."""
    forms = {label}
    if label not in ("United Nations", "UN") and _UN.search(label):
        forms |= {_UN.sub(form, label) for form in ("United Nations", "UN", "U.N.")}
    for british, american in _BRITISH_AMERICAN:
        forms |= {f.replace(british, american) for f in forms}
        forms |= {f.replace(american, british) for f in forms}
    return forms - {label}


_SPECIFICITY = [
    "MilitaryUnit",
    "MediaOutlet",
    "GovernmentBody",
    "ArmedForce",
    "InternationalOrganization",
    "Country",
    "Region",
    "Settlement",
    "Person",
    "Group",
    "Organization",
    "Place",
]


def _most_specific(types: list[str]) -> str:
    for c in _SPECIFICITY:
        if c in types:
            return c
    return sorted(types)[0]
