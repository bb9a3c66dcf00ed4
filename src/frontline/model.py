"""Plain data passed between the pipeline stages.

Reading produces :class:`Article`; extraction produces :class:`Extraction` (entities, statements,
events); ``rdf.py`` turns an :class:`Extraction` into one named graph. Nothing here imports spaCy or
rdflib, so every stage can be tested on its own.

Entity keys are ``"<kind>/<slug>"`` strings (``"person/vladimir-putin"``,
``"unit/russia-810th-brigade"``); the entity IRI is the instance base plus the key, so the same
key in two articles is one node.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

#: entity class (local name in the fl: namespace) -> IRI path segment ("kind") of its key
KIND_OF_CLASS: dict[str, str] = {
    "Person": "person",
    "Organization": "organization",
    "GovernmentBody": "government",
    "ArmedForce": "armed-force",
    "MilitaryUnit": "unit",
    "MediaOutlet": "media",
    "Country": "country",
    "Group": "group",
    "Place": "place",
    "Region": "region",
    "Settlement": "settlement",
    "InternationalOrganization": "organization",
}

#: statement classes (local names) the extractor may emit
STATEMENT_TYPES: tuple[str, ...] = (
    "Claim",
    "Acknowledgement",
    "Denial",
    "Confirmation",
    "Report",
    "Remark",
    "Praise",
    "Announcement",
    "Warning",
    "Condemnation",
    "Demand",
    "Accusation",
    "Promise",
    "Assessment",
)

#: event classes (local names) the extractor may emit
EVENT_TYPES: tuple[str, ...] = (
    "Incursion",
    "Counteroffensive",
    "Recapture",
    "Deployment",
    "Withdrawal",
    "Communication",
    "Attack",
)


def content_hash(text: str) -> str:
    """The identity of an article: SHA-256 of its normalised text (line endings, outer space)."""
    norm = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One article as read from a source file or line."""

    text: str
    source: str  # path (and ":LINE" for .jsonl) it came from
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    doc_id: str | None = None  # id given by the source (jsonl "id"), kept as metadata only
    warnings: tuple[str, ...] = ()

    @cached_property
    def id(self) -> str:
        # hashed once: a build asks for it about ten times per article (~50 µs each)
        return content_hash(self.text)

    @property
    def short_id(self) -> str:
        return self.id[:16]


@dataclass(frozen=True)
class TimeValue:
    """A resolved time expression.

    ``value`` is ISO: ``YYYY-MM-DD`` (precision ``day``), ``YYYY-MM`` (``month``) or ``YYYY``
    (``year``); ``None`` when it could not be resolved without inventing (then only ``text``).
    ``qualifier`` keeps "early" / "mid" / "late" / "around".
    """

    text: str
    value: str | None = None
    precision: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class Entity:
    key: str  # "<kind>/<slug>"
    cls: str  # fl: class local name, e.g. "Person"
    label: str
    alt_labels: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    wikidata: str | None = None  # Q-id, e.g. "Q7747"
    affiliation: str | None = None  # key of a country/organisation it belongs to
    located_in: str | None = None  # key of the place containing it (places)
    allegiance: str | None = None  # key of the country a military unit serves (units)
    parent: str | None = None  # key of the parent formation (units)
    echelon: str | None = None  # "Brigade", "Division", ... (units)
    number: str | None = None  # "810th" (units)
    #: False for an entity the article does not name but one it names links to (the country a
    #: town lies in): described, but not fl:mentionedIn the article
    mentioned: bool = True


@dataclass(frozen=True)
class Statement:
    index: int  # position in the article, stable for the same text
    type: str  # one of STATEMENT_TYPES
    verb: str  # lemma of the attribution verb ("acknowledge", "according to")
    speaker: str  # entity key
    evidence: str  # the source sentence(s)
    date: TimeValue | None = None
    content: str | None = None
    quotations: tuple[str, ...] = ()
    about: tuple[str, ...] = ()  # entity keys
    asserts: tuple[int, ...] = ()  # event indices
    disputes: tuple[int, ...] = ()  # statement indices in the same article
    reported_by: str | None = None  # entity key of the relaying outlet
    addressee: str | None = None  # entity key
    negated: bool = False


@dataclass(frozen=True)
class Event:
    index: int
    type: str  # one of EVENT_TYPES
    label: str
    evidence: str
    agents: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    time: TimeValue | None = None
    troop_count: int | None = None


@dataclass(frozen=True)
class Extraction:
    article: Article
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = field(default=())
