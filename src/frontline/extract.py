"""Extraction: an :class:`Article` in, an :class:`Extraction` (entities, statements, events) out.

Everything here works from spaCy's dependency parse and named entities, plus the reference
entities of ``ontology/entities.ttl`` (fed to an entity ruler by :mod:`frontline.nlp`):

* **entities** — named-entity mentions are typed and keyed (``person/vladimir-putin``); short
  names are merged into the full name seen in the same article ("Putin" -> "Vladimir Putin");
  titles before a name become roles; nationality adjectives heading a collective noun become
  groups or armed forces affiliated with the country ("North Korean troops"); capitals used as
  speakers or agents become that country's government ("Kyiv said", "Moscow began");
* **statements** — attribution verbs (say, claim, acknowledge, deny, ... and "according to") found
  in the parse give the speaker (subject, resolved through appositions, pronouns and role
  phrases), the type, the date (a time expression attached to the verb, resolved against the
  publication date), the content (the clausal complement or object), quotations, the entities it
  is about, the relaying outlet, negation and the disputed earlier statements;
* **events** — event verbs and nouns (incursion, counteroffensive, retake, deploy, withdraw,
  phone call, strike) with agent, place, time and troop count.

No rdflib here: the result is plain dataclasses (``model.py``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

import numpy
from spacy.attrs import IS_SPACE, IS_TITLE, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import PROPN  # type: ignore[attr-defined]  # (Cython, no stub)
from spacy.strings import hash_string  # type: ignore[attr-defined]  # (Cython, no stub)
from spacy.tokens import Doc, Span, Token

from .model import KIND_OF_CLASS, Article, Entity, Event, Extraction, Statement, TimeValue
from .namespaces import slug
from .nlp import ORDINAL_WORDS, get_nlp
from .reference import RefEntity, Reference, load_reference
from .timex import first_day, resolve

# ---------------------------------------------------------------------------------------------
# lexicons

#: attribution verb lemma -> statement type
VERB_TYPES: dict[str, str] = {
    "argue": "Claim",
    "threaten": "Warning",
    "predict": "Assessment",
    "reiterate": "Remark",
    "suggest": "Remark",
    "express": "Remark",
    "reply": "Remark",
    "tweet": "Remark",
    "post": "Remark",  # "posted on X that ..." (content required)
    # communicative verbs that only report speech with a clause or a quotation (CLAUSE_ONLY);
    # evidential verbs ("indicated", "signalled", "hinted") and characterisations ("described
    # X as") are left out: they report an inference or a label, not what was said
    "point": "Remark",  # only "point out"
    "repeat": "Remark",
    "respond": "Remark",
    "counter": "Remark",
    "retort": "Remark",
    "testify": "Remark",
    "mention": "Remark",
    "recall": "Remark",
    "highlight": "Remark",
    "reaffirm": "Remark",  # "reaffirmed the United States' support" (content required)
    "underscore": "Remark",
    "maintain": "Claim",
    "conclude": "Assessment",  # "Bellingcat concluded that the video was old"
    "find": "Assessment",  # only "found that ..." (a clause)
    "boast": "Claim",
    "assure": "Promise",
    "ask": "Demand",  # only "asked X to ..."
    "rule": "Denial",  # only "ruled out"
    "lash": "Condemnation",  # only "lashed out at"
    "criticize": "Condemnation",
    "criticise": "Condemnation",
    "slam": "Condemnation",
    "welcome": "Praise",
    "thank": "Praise",
    "reveal": "Announcement",
    "disclose": "Announcement",
    "claim": "Claim",
    "allege": "Claim",
    "insist": "Claim",
    "assert": "Claim",
    "contend": "Claim",
    "acknowledge": "Acknowledgement",
    "admit": "Acknowledgement",
    "concede": "Acknowledgement",
    "deny": "Denial",
    "dismiss": "Denial",
    "reject": "Denial",
    "refute": "Denial",
    "dispute": "Denial",
    "rebuff": "Denial",
    "confirm": "Confirmation",
    "verify": "Confirmation",
    "report": "Report",
    "quote": "Report",
    "cite": "Report",  # only "cited X as saying" (checked below)
    "put": "Remark",  # only "as X put it" (checked below)
    "relay": "Report",
    "say": "Remark",
    "tell": "Remark",
    "add": "Remark",
    "specify": "Remark",  # "the ministry specified" (TASS's house verb for a further detail)
    "note": "Remark",
    "comment": "Remark",
    "state": "Remark",
    "explain": "Remark",
    "inform": "Remark",  # "The Police Command wishes to inform the public that …"
    "write": "Remark",
    "stress": "Remark",
    "emphasize": "Remark",
    "emphasise": "Remark",
    "praise": "Praise",
    "hail": "Praise",
    "commend": "Praise",
    "laud": "Praise",
    "announce": "Announcement",
    "declare": "Announcement",
    "proclaim": "Announcement",
    "warn": "Warning",
    "caution": "Warning",
    "condemn": "Condemnation",
    "denounce": "Condemnation",
    "decry": "Condemnation",
    "demand": "Demand",
    "urge": "Demand",
    "call": "Demand",  # only "call on/for" (checked below)
    "appeal": "Demand",
    "accuse": "Accusation",
    "blame": "Accusation",
    "vow": "Promise",
    "pledge": "Promise",
    "promise": "Promise",
    "believe": "Assessment",
    "assess": "Assessment",
    "estimate": "Assessment",
}

#: "X quoted Y as saying", "X cited Y as saying": Y speaks, X relays
QUOTING = {"quote", "cite"}

#: verbs that count only with a clausal complement or a quotation: "maintained that ..." is a
#: claim, "maintained control of the village" is not
CLAUSE_ONLY = {
    "point",
    "repeat",
    "respond",
    "counter",
    "retort",
    "testify",
    "mention",
    "recall",
    "maintain",
    "conclude",
    "find",
    "highlight",
    "boast",
    "assure",
}

#: phrasal attribution verbs: the lemma counts only with its particle ("pointed out")
PARTICLES = {"point": "out", "rule": "out", "lash": "out"}

#: verbs that need a clause, a quotation or "that"/"to" content to count as a statement
NEEDS_CONTENT = {
    "argue",
    "threaten",
    "predict",
    "reiterate",
    "suggest",
    "express",
    "reply",
    "tweet",
    "post",
    "reaffirm",
    "underscore",
    "reveal",
    "disclose",
    "say",
    "tell",
    "add",
    "note",
    "state",
    "explain",
    "write",
    "stress",
    "emphasize",
    "emphasise",
    "believe",
    "assess",
    "estimate",
    "report",
    "claim",
    "insist",
    "assert",
    "contend",
    "warn",
    "caution",
    "vow",
    "pledge",
    "promise",
    "announce",
    "declare",
    "proclaim",
    "relay",
    "allege",
}

#: nouns heading a collective with a nationality adjective, and the class they make
COLLECTIVE_NOUNS: dict[str, str] = {
    "troops": "ArmedForce",
    "forces": "ArmedForce",
    "army": "ArmedForce",
    "military": "ArmedForce",
    "navy": "ArmedForce",
    "soldiers": "Group",
    "servicemen": "Group",
    "fighters": "Group",
    "militants": "Group",
    "personnel": "Group",
    "infantry": "Group",
    "units": "Group",
    "officials": "Group",
    "authorities": "Group",
    "diplomats": "Group",
    "sources": "Group",
    "intelligence": "Group",
    "media": "MediaOutlet",
    "outlets": "MediaOutlet",
    "television": "MediaOutlet",
    "government": "GovernmentBody",
    "leadership": "GovernmentBody",
}

#: role nouns: a speaker phrase headed by one of these names a person (or office)
ROLE_NOUNS = {
    "commissioner",  # "Russia's human rights commissioner"
    "ombudsman",
    "ombudsperson",
    "ombudswoman",
    "chairperson",
    "administrator",  # "Kani Township Administrator U Soe Moe Aung"
    "president",
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "commander",
    "chief",
    "secretary",
    "official",
    "general",
    "adviser",
    "advisor",
    "ambassador",
    "governor",
    "mayor",
    "head",
    "leader",
    "envoy",
    "analyst",
    "diplomat",
    "officer",
    "premier",
    "chancellor",
    "lawmaker",
    "senator",
    "representative",
    "director",
    "colonel",
    "lieutenant",
    "major",
    "captain",
    "admiral",
    "marshal",
    "deputy",
    "prosecutor",
    "aide",
    "negotiator",
    "mediator",
    "coordinator",
    "chairman",
    "chairwoman",
    "chair",
    "executive",  # "the company's chief executive conceded"
    "ceo",
    "king",
    "prince",
    "emir",
    "sheikh",
    "source",
    "witness",
    "resident",
    "listener",  # "A listener in Tawila told Radio Dabanga": Dabanga's word for its sources
    "medic",
    "doctor",
    "journalist",
    "correspondent",
    "presenter",  # "Vesti Nedeli presenter Dmitry Kiselyov"
    "editor",
    "soldier",
    "fighter",
    "researcher",
    "expert",
    "observer",
    "monitor",
    "investigator",
    "rapporteur",
    "activist",
    "blogger",
    "user",  # "Users on X and Facebook have claimed the video …", "one X user"
    "milblogger",
    "warblogger",
    "commentator",
    "pundit",
    "propagandist",
    "economist",
    "historian",
    "rescuer",
    "partner",
    "worker",
    "employee",  # "A UN employee in Sanaa … said"
    "member",  # "a member of the committee told Radio Dabanga"
    "staffer",
    "volunteer",
    "campaigner",
    "lawyer",
    "paramedic",
    "villager",
    "eyewitness",
    "survivor",
    "relative",
    "neighbour",
    "neighbor",
    "evacuee",
    "family",  # "displaced families told El País"
    "mother",
    "wife",  # "Wives of soldiers mobilised from Novosibirsk said"
    "widow",
    "parent",
    "farmer",
    "fisherman",
    "trader",  # "said a trader in the town, who asked not to be named"
    "merchant",
    "shopkeeper",
    "vendor",
    "driver",
    "elder",
    "pensioner",
    "refugee",
    "woman",  # "a woman from Tiabongou … told AFP"
    "man",
    "student",
    "teacher",
    "nurse",
    "people",  # "people familiar with the matter said"
    "person",  # "according to a person familiar with the situation"
    "hospital",  # "according to local hospitals" (BODY_ROLES: one hospital is no person)
}

#: role nouns for bodies, not people: singular, they are an organisation
BODY_ROLES = {"hospital"}

#: "the group", "the alliance": any organised body named before, never a state's army
ANY_BODY_NOUNS = {
    "charity",  # "Médecins Sans Frontières … The medical charity warned"
    "watchdog",
    "group",
    "movement",
    "organization",
    "organisation",
    "militia",
    "paramilitary",  # "which the paramilitary has denied": the RSF
    "alliance",
    "coalition",
    "faction",
    "party",  # "The party denied the Israeli claims": Hezbollah
    "rebels",  # "The rebels denied …": the armed group named before
    "militants",  # "the militants had briefly overrun part of the base": al-Shabaab
    "insurgents",
    "jihadists",
}

#: "the agency", "the force": a body of the article whose name has the word, in what is said
BODY_HEADS = frozenset(
    {"agency", "force", "mission", "ministry", "council", "commission", "committee", "court"}
    | {"watchdog", "brigade", "battalion", "regiment", "division", "corps", "organisation"}
    | {"organization", "alliance", "coalition", "movement", "militia", "government", "army"}
    | {"fleet"}  # "the Russian fleet still posed a threat": the Black Sea Fleet named before
)


#: a body's kind before a title, standing for the one such body named before: "Mission
#: spokesperson Jack Ombaka", "Brigade spokesperson Vitalii Hrytsenko"
BODY_TITLE_HEADS = frozenset(
    {"mission", "ministry", "agency", "brigade", "battalion", "regiment", "division", "corps"}
)

BODY_CLASSES = frozenset(
    {"Organization", "ArmedForce", "GovernmentBody", "MilitaryUnit", "InternationalOrganization"}
)
FORCE_CLASSES = frozenset({"ArmedForce", "MilitaryUnit"})


def _names(st: _Article, key: str) -> tuple[str, ...]:
    """Every name of an entity of the article: its label, the names it was seen under, and the
    reference's other names for it ("Atlantic Alliance", "South Korea's spy agency")."""
    d = st.entities[key]
    ref = st.ref.entities.get(key)
    return (d.label, *d.alt_labels, *(ref.alt_labels if ref else ()))


def _body_by_head(st: _Article, word: str, speakers: list[str]) -> str | None:
    """The one entity of the article, not a speaker, whose name has ``word`` (a body)."""
    found = {
        k
        for k, d in st.entities.items()
        if k not in speakers
        and d.cls in BODY_CLASSES
        and any(word in _norm(n).split() for n in _names(st, k))
    }
    return found.pop() if len(found) == 1 else None


#: nouns that, definite in what is said, refer back to a named facility whose name ends in
#: them ("the plant" after the Zaporizhzhia Nuclear Power Plant, "the dam" after the Tishrin
#: Dam, "the base" after Nevatim Airbase)
FACILITY_BACK_REFERENCES = frozenset(
    {"plant", "station", "dam", "base", "airbase", "airfield", "airport", "port", "refinery"}
    | {"depot", "terminal", "bridge", "reactor", "mine", "pipeline", "hospital"}
)
#: what moves from a place, and moving it: "moved staff from Sanaa", "flights from Moscow"
MOVES_FROM = frozenset(
    {"move", "flee", "withdraw", "evacuate", "relocate", "fly", "travel", "return", "leave"}
    | {"arrive", "transfer", "drive", "deport", "expel", "launch", "fire", "flight", "road"}
    | {"staff", "member", "people", "troop", "refugee", "resident", "family", "train", "km"}
    | {"kilometre", "kilometer", "mile", "border", "route", "convoy", "journey", "trip"}
)
#: a nationality's troops: "North Korean troops", "Russian soldiers", "Ugandan forces"
TROOPS_RE = re.compile(r"^([A-Z][\w.-]*(?: [A-Z][\w.-]*)?) (?:troops|soldiers|forces|servicemen)$")
#: what a body calls its own people: "three of its fighters", "their positions"
OWN_FORCE_NOUNS = frozenset(
    {"fighter", "troop", "force", "soldier", "member", "militant", "unit", "personnel"}
    | {"position", "commander", "combatant", "men", "rank"}
)
#: nouns that refer back to the company named last ("grid operator Ukrenergo … conceded that
#: the company would not be able to …")
COMPANY_BACK_REFERENCES = frozenset({"company", "firm", "operator", "utility", "corporation"})
#: nouns that refer back to the ship or force named beside them ("the aircraft carrier
#: Liaoning … the carrier"), or whose name has them ("the Estonian Navy … the navy")
VESSEL_BACK_REFERENCES = frozenset({"carrier", "destroyer", "frigate", "warship", "vessel"})


def _described_as_company(st: _Article, key: str) -> bool:
    """Whether the article set a company noun beside the name: "Ukraine's national grid
    operator, Ukrenergo, said", "Kallisto Tankers, the ship's operator"."""
    nouns = COMPANY_BACK_REFERENCES | {"shipowner", "manager", "owner"}
    for m in st.mentions:
        if m.key != key:
            continue
        root = st.doc[m.end - 1]
        if root.dep_ == "appos" and root.head.lower_ in nouns:
            return True
        if any(c.dep_ == "appos" and c.lower_ in nouns for c in root.children):
            return True
    return False


def _person_named_just_before(st: _Article, t: Token, speakers: list[str]) -> str | None:
    """The one person (not a speaker) named last before ``t``, in its sentence or the two before
    it: whom a pronoun in what a body says refers to."""
    start = _sent(t).start
    for _ in range(2):
        if start == 0:
            break
        start = _sent(st.doc[start - 1]).start
    person = _last_named(st, t.i, lambda k: st.cls_of(k) == "Person" and k not in speakers)
    # the last such mention is the one to look at: a person named only further back is not meant
    if person is None or not any(m.key == person and start <= m.start < t.i for m in st.mentions):
        return None
    return person


def _place_in_name(st: _Article, key: str) -> str | None:
    """The place a facility's name opens with ("El Obeid Teaching Hospital": El Obeid), if the
    article has it."""
    label = st.label_of(key)
    return next(
        (
            k
            for k, d in st.entities.items()
            if k != key and d.cls in ("Settlement", "Region") and label.startswith(d.label + " ")
        ),
        None,
    )


#: the last words of the names of features at sea ("Scarborough Shoal", "Sandy Cay")
MARITIME_FEATURES = frozenset({"shoal", "shoals", "reef", "cay", "atoll", "island", "islands"})


def _head_referred_to(st: _Article, t: Token, speakers: list[str]) -> str | None:
    """The entity a definite common noun in what is said refers back to: "Grossi acknowledged
    that … the power lines feeding the plant", "Zaichenko conceded that the company would
    not …", "a senior official conceded that the carrier had stayed in international waters".
    Only a bare "the" noun (or one with lower-case modifiers, "the state company"), and only
    an entity mentioned before it, so what is named later or nowhere is never guessed."""
    noun = t.lower_
    generic = noun in ("site", "facility", "complex")  # any facility named before
    facility = noun in FACILITY_BACK_REFERENCES or generic or noun == "camp"
    company = noun in COMPANY_BACK_REFERENCES
    vessel = noun in VESSEL_BACK_REFERENCES or noun == "navy"
    # "Fedorov acknowledged that the city's air defenses …": the town or city named last
    settlement = noun in ("city", "town", "village", "capital") and all(
        c.dep_ in ("det", "case") for c in t.children
    )  # (not "the village of Zolotyi Kolodiaz", which names itself)
    # "Diarra acknowledged that the country was receiving barely half …": the country the
    # article is most about, if named before (not the last one named: "tankers bound for Mali
    # from Senegal and Cote d'Ivoire")
    country = noun == "country" and [c.lower_ for c in t.children] == ["the"]
    main = _main_country(st, t) if country else None
    # "the vessels had been dispatched near the feature": the shoal, reef or cay named last
    maritime = noun in ("feature", "shoal", "reef", "cay", "atoll")
    if not (facility or company or vessel or settlement or country or maritime) or t.tag_ != "NN":
        return None
    if [c.lower_ for c in t.children if c.dep_ in ("det", "poss")] != ["the"] or any(
        c.dep_ in ("compound", "nmod", "amod") and not c.is_lower for c in t.children
    ):
        return None  # "the Saratov refinery" is named; "the Chinese carrier" is not this one
    doc = st.doc

    def fits(m: _Mention) -> bool:
        k = m.key
        if country:
            return k == main and k not in speakers
        if k in speakers or st.cls_of(k) in ("Person", "Country", "Group") or m.start >= t.i:
            return False
        if settlement:
            return st.cls_of(k) == "Settlement" and (noun != "capital" or k in st.capitals)
        lasts = {_norm(n).split()[-1] for n in _names(st, k) if _norm(n)}
        # "the Port of Eilat … the port": a name that opens with the noun and "of"
        lasts |= {w[0] for n in _names(st, k) if len(w := _norm(n).split()) > 2 and w[1] == "of"}
        if facility:
            return (
                noun in lasts
                or (noun == "base" and "airbase" in lasts)
                or (generic and bool(lasts & FACILITY_BACK_REFERENCES))
                # "an attack on the Lopa site for displaced persons … the site": a place named
                # before the noun
                or (m.end < len(doc) and doc[m.end].lower_ == noun and noun in ("site", "camp"))
            )
        if company:
            return st.cls_of(k) == "Organization" and not lasts & FACILITY_BACK_REFERENCES
        if maritime:
            return bool(lasts & MARITIME_FEATURES) and (noun == "feature" or noun in lasts)
        if noun == "navy":
            return "navy" in lasts and st.cls_of(k) in ("ArmedForce", "MilitaryUnit")
        beside = {
            doc[m.start - 1].lower_ if m.start else "",
            *([doc[m.end].lower_] if m.end < len(doc) else []),
        }
        return st.cls_of(k) == "MilitaryUnit" and noun in beside

    return next(
        (m.key for m in sorted(st.mentions, key=lambda m: m.start, reverse=True) if fits(m)),
        None,
    )


#: head nouns of institutional speakers without a name
INSTITUTION_NOUNS: dict[str, str] = {
    "newspaper": "MediaOutlet",  # "According to the newspaper, Kovalyov insisted …"
    "broadcaster": "MediaOutlet",
    "charity": "Organization",  # "the medical charity"
    "watchdog": "Organization",
    "force": "ArmedForce",  # "Ukraine's air force"
    "guard": "ArmedForce",  # "the national guard", "the coast guard"
    "military": "ArmedForce",
    "army": "ArmedForce",
    "navy": "ArmedForce",
    "ministry": "GovernmentBody",
    "government": "GovernmentBody",
    "kremlin": "GovernmentBody",
    "presidency": "GovernmentBody",
    "judiciary": "GovernmentBody",  # "Iran's judiciary said on its Mizan news agency"
    "office": "GovernmentBody",
    "embassy": "GovernmentBody",  # "the Chinese embassy in Washington"
    "headquarters": "GovernmentBody",  # "the Coordination Headquarters … the headquarters said"
    "consulate": "GovernmentBody",
    "mission": "GovernmentBody",  # "Russia's mission to the UN"
    "authorities": "Group",
    "officials": "Group",
    "police": "Group",
    "agency": "Organization",
    "staff": "ArmedForce",
    "command": "ArmedForce",
    "group": "Group",
    "team": "Group",  # "a local rescue team said", "the negotiating team"
    "militia": "ArmedForce",
    "paramilitary": "ArmedForce",
    "rebels": "Group",
    "militants": "Group",
    "insurgents": "Group",
    "jihadists": "Group",
    "coalition": "Group",  # "the Viv Ansanm gang coalition", "the rebel coalition"
    "alliance": "Group",
    "gang": "Group",
    "faction": "Group",
    "party": "Organization",
}

#: speech verbs whose content is a clause; when the parse lost the clause, the rest of the
#: sentence is taken if it still reads as one
CLAUSE_VERBS = {
    "say",
    "tell",
    "add",
    "state",
    "note",
    "write",
    "claim",
    "warn",
    "insist",
    "assess",
    "estimate",
    "believe",
    "report",
    # "conceded in a briefing to ministers that Hamas …", the clause hung off "ministers"
    "concede",
    "acknowledge",
    "admit",
    "allege",
    "confirm",
}

#: adverbs that move a coordinated speech act away from the first one's date
LATER_WORDS = {"later", "subsequently", "afterwards", "afterward", "since", "then", "eventually"}

#: people who live or were caught somewhere: "residents of X" are not X's members or spokesmen
INHABITANT_NOUNS = frozenset(
    {"resident", "villager", "inhabitant", "civilian", "witness", "survivor", "refugee", "people"}
)
#: institution nouns whose definite mention ("the ministry") only refers back to a body whose
#: name contains the noun
NAMED_BY_NOUN = {"ministry", "office", "agency", "navy", "guard", "staff", "command", "police"}
NAMED_BY_NOUN |= {"headquarters"}  # "the headquarters said", after the Coordination Headquarters
# "the mission denied", after the Multinational Security Support Mission
NAMED_BY_NOUN |= {"mission"}
# "the Russian embassy in Warsaw" is an embassy, not the prosecutor's office named before
NAMED_BY_NOUN |= {"embassy", "consulate"}

#: event trigger lemma -> event type
EVENT_TRIGGERS: dict[str, str] = {
    "incursion": "Incursion",
    "invasion": "Incursion",
    "invade": "Incursion",
    "counteroffensive": "Counteroffensive",
    "counter-offensive": "Counteroffensive",
    "recapture": "Recapture",
    "retake": "Recapture",
    "regain": "Recapture",
    "liberate": "Recapture",
    "liberation": "Recapture",
    "deploy": "Deployment",
    "deployment": "Deployment",
    "dispatch": "Deployment",
    "withdraw": "Withdrawal",
    "withdrawal": "Withdrawal",
    "retreat": "Withdrawal",
    "pullout": "Withdrawal",
    "call": "Communication",
    "meeting": "Communication",
    "meet": "Communication",
    "talks": "Communication",
    "attack": "Attack",
    "strike": "Attack",
    "airstrike": "Attack",
    "shell": "Attack",
    "shelling": "Attack",
    "bombardment": "Attack",
    "bomb": "Attack",
    "assault": "Attack",
}
EVENT_TRIGGER_WORDS = frozenset(EVENT_TRIGGERS)

TROOP_NOUNS = {"troops", "soldiers", "servicemen", "personnel", "fighters", "marines", "men"}
#: what someone asked for, which a denial can refuse ("rejected the ministry's call"); nouns of
#: a dispute only as what the denial rejects, for they are common inside what was said ("claim
#: that the movement had turned down the mediators' proposals")
CALL_NOUNS = {
    "demand", "demands", "call", "calls", "appeal", "appeals", "proposal", "proposals", "offer",
    "offers", "request", "requests", "plea", "pleas", "ultimatum", "ultimatums",
}  # fmt: skip
DISPUTE_NOUNS = {
    "criticism",
    "condemnation",
    "assessment",
    "assessments",
    "accusation",
    "accusations",
    "claim",
    "claims",
    "report",
    "reports",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "assertion",
    "assertions",
    "statement",
    "statements",
    "account",
    "accounts",
    "suggestion",
    "figure",
    "figures",
    "toll",
    "tally",
    "announcement",
    "announcements",
    "warning",
    "warnings",
    "threat",
    "threats",
    # "rejected Grossi's remarks", "dismissed the estimates"
    "remarks",
    "comments",
    "estimate",
    "estimates",
    "findings",
    "conclusions",
    # "dismissed the prime minister's assurances"
    "assurance",
    "assurances",
    "pledge",
    "pledges",
    "promise",
    "promises",
    # what someone made of something: "rejected Mr. Hegseth's description of the men"
    "description",
    "characterization",
    "characterisation",
    "portrayal",
    "version",
    "narrative",
    # "Padrino López rejected that explanation": the reason someone gave
    "explanation",
    "explanations",
    "justification",
    # "I reject these lies outright": what was said, called false
    "lie",
    "lies",
    "fabrication",
    "fabrications",
    "falsehood",
    "falsehoods",
}
#: the dispute nouns whose "as" phrase is what was said ("his description of the men as
#: narco-terrorists"), not what the denier calls it ("rejected the claim as a lie")
DESCRIPTION_NOUNS = {"description", "characterization", "characterisation", "portrayal"}
#: social platforms and messengers: the medium of a statement, never an actor in the graph
PLATFORMS = {
    "telegram",
    "x",
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "whatsapp",
    "truth social",
    "vkontakte",
    "vk",
    "threads",
    "bluesky",
    "signal",
}
SKIP_ENT_LABELS = {
    "DATE",
    "TIME",
    "CARDINAL",
    "ORDINAL",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "EVENT",
    "PRODUCT",
}
ACTOR_CLASSES = {
    "Person",
    "Organization",
    "GovernmentBody",
    "ArmedForce",
    "MilitaryUnit",
    "MediaOutlet",
    "Country",
    "Group",
    "InternationalOrganization",
}
PLACE_CLASSES = {"Country", "Region", "Settlement", "Place"}
DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'/-]{2,}(?:\([^)]{1,40}\))?\s*[—–-]+\s*")
CURLY_QUOTE_RE = re.compile(r"“([^”]{2,}?)”")
STRAIGHT_QUOTE_RE = re.compile(r'"([^"\n]{2,}?)"')
MEDIA_WORDS = re.compile(
    r"\b(news|agency|times|post|press|tv|television|radio|novosti|media|gazette|journal|herald|"
    r"tribune|telegraph|guardian|broadcast|broadcaster|broadcasting|pravda|daily|independent|wire|"
    r"izvestia|kommersant|tass|interfax|reuters|ukrinform|yonhap|kcna|bbc|cnn|afp)\b",
    re.I,
)
ARMED_WORDS = re.compile(
    r"\b(armed forces|army|navy|air force|forces|military|guard|guards|militia|general staff|"
    r"defense forces|defence forces|brigades?|marines|corps|command|paramilitary|force|rifles|"
    r"gendarmerie)\b",
    re.I,
)
GOV_WORDS = re.compile(
    r"\b(ministry|government|council|office|parliament|kremlin|white house|pentagon|department|"
    r"cabinet|presidency|administration|senate|congress|duma|knesset|rada|state department)\b",
    re.I,
)
INTL_WORDS = re.compile(
    r"\b(united nations|nato|european union|african union|international|world health|"
    r"red cross|red crescent|unicef|unhcr|ocha|iaea|osce|security council)\b",
    re.I,
)
REGION_SUFFIX = re.compile(
    r"\b(oblast|oblasts|region|province|governorate|krai|state|district|prefecture|strip|bank)$",
    re.I,
)


# ---------------------------------------------------------------------------------------------
# per-article working state


@dataclass
class _EntityDraft:
    key: str
    cls: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    wikidata: str | None = None
    affiliation: str | None = None
    located_in: str | None = None
    allegiance: str | None = None
    parent: str | None = None
    echelon: str | None = None
    number: str | None = None

    def freeze(self, mentioned: bool = True) -> Entity:
        alts = tuple(sorted(a for a in self.alt_labels if a and a != self.label))
        return Entity(
            key=self.key,
            cls=self.cls,
            label=self.label,
            alt_labels=alts,
            roles=tuple(sorted(self.roles)),
            wikidata=self.wikidata,
            affiliation=self.affiliation,
            located_in=self.located_in,
            allegiance=self.allegiance,
            parent=self.parent,
            echelon=self.echelon,
            number=self.number,
            mentioned=mentioned,
        )


@dataclass
class _Mention:
    start: int  # token index
    end: int
    key: str


class _Article:
    """Working state while one article's doc is read."""

    def __init__(self, article: Article, doc: Doc, ref: Reference) -> None:
        self.article = article
        self.short_id = article.short_id  # (a hash of the whole text at every access)
        self.doc = doc
        self.ref = ref
        self.published: date | None = article.published
        self.entities: dict[str, _EntityDraft] = {}
        self.mentions: list[_Mention] = []
        self.token_key: dict[int, str] = {}
        self.statements: list[Statement] = []
        self.stmt_tokens: list[tuple[int, int, int]] = []  # (verb index, content start, end)
        self.events: list[Event] = []
        self.event_token: dict[int, int] = {}  # trigger token -> event index
        self.warnings: list[str] = []
        self.surname_keys: dict[str, str] = {}  # lower surname -> person named in full
        self.kind_named: set[str] = set()  # bodies named after their kind ("operator Energoatom")
        self.content_words: dict[int, set[str]] = {}  # statement index -> content lemmas
        self.extra_keys: set[str] = set()  # entities named outside the text (publisher, dateline)
        self.dateline: str | None = None  # the place a dateline names ("KYIV, June 12 (Reuters)")
        self.acronyms: dict[str, str] = {}  # "TNLA" -> the body "... (TNLA)" named in full
        self.short_names: dict[str, str] = {}  # "Stockdale" -> the ship "USS Stockdale"
        self.facility_names: dict[str, str] = {}  # "Ben Gurion" -> "Ben Gurion Airport"
        self.extra_speakers: dict[int, list[str]] = {}  # verb index -> coordinated speakers
        self.genders: dict[str, str | None] = {}  # person -> "f", "m" or None (see _gender)
        #: a transcript's answers: (first token, end token, speaker) per "NAME: …" paragraph
        self.turns: list[tuple[int, int, str]] = []
        #: the transcript is the publisher's own interview (its name asks the questions): the
        #: answers were given before publication, on a day the article may not say
        self.interview = False
        self.release_date: TimeValue | None = None  # "the text of the release, dated …:"
        #: where the turns that answer a question start
        self.answers: set[int] = set()
        #: questions put by an outlet ("AFP: Taiwan's leader vowed on Sunday … What is China's
        #: response?"): (from, to, the outlet), which relays what its question reports
        self.asked_by: list[tuple[int, int, str]] = []
        #: the publisher as the first-person speaker of a release (see _issuer), found once
        self.issuer: tuple[str | None] | None = None
        self.author: tuple[str | None] | None = None  # the person a title says is speaking
        self.lemma_positions: dict[str, list[int]] | None = None  # lower lemma -> token indices
        # the tokens' indices by lower-case lemma or form hash, for _positions
        self.word_index: dict[int, list[int]] | None = None
        # indexes of the reference, built once per loaded reference, not once per article (they
        # were a third of extraction time); read-only from here on
        index = _reference_index(ref)
        self.demonyms: dict[str, str] = index.demonyms
        self.capitals: dict[str, str] = index.capitals
        self.ref_by_name: dict[str, str] = index.by_name
        self.surnames: dict[str, list[str]] = index.surnames
        self.national_forces: dict[str, str] = index.national_forces
        self.spellings: dict[tuple[str, ...], set[str]] = index.spellings

    # -- entities ------------------------------------------------------------------------------

    def ensure(self, key: str, cls: str, label: str) -> _EntityDraft:
        draft = self.entities.get(key)
        if draft is None:
            ref = self.ref.entities.get(key)
            if ref is not None:
                draft = _EntityDraft(
                    key,
                    ref.cls,
                    ref.label,
                    wikidata=ref.wikidata,
                    affiliation=ref.affiliation,
                    located_in=ref.located_in,
                    allegiance=ref.allegiance,
                )
                draft.roles.update(ref.roles)
                self.entities[key] = draft
                self._ensure_links(ref)
            else:
                draft = _EntityDraft(key, cls, label)
                self.entities[key] = draft
        if label and label != draft.label:
            if (
                draft.label.isupper()
                and not label.isupper()
                and label.lower() == draft.label.lower()
                and key not in self.ref.entities
            ):
                # "SANTIAGO DE CALI METROPOLITAN POLICE" on a letterhead, then the name as
                # it is written: the name goes by the way it is written
                draft.alt_labels.add(draft.label)
                draft.label = label
            else:
                draft.alt_labels.add(label)
        return draft

    def _ensure_links(self, ref: RefEntity) -> None:
        """Bring in the places and countries a reference entity points to, so links resolve."""
        for target in (ref.located_in, ref.affiliation, ref.allegiance):
            if target and target not in self.entities and target in self.ref.entities:
                self.ensure(target, self.ref.entities[target].cls, self.ref.entities[target].label)

    def add_mention(self, start: int, end: int, key: str) -> None:
        self.mentions.append(_Mention(start, end, key))
        for i in range(start, end):
            self.token_key.setdefault(i, key)

    def key_at(self, token: Token) -> str | None:
        return self.token_key.get(token.i)

    def cls_of(self, key: str) -> str:
        return self.entities[key].cls

    def label_of(self, key: str) -> str:
        return self.entities[key].label

    def country_key(self, name: str) -> str | None:
        key = self.ref_by_name.get(_norm(name))
        if key and self.ref.entities[key].cls == "Country":
            return key
        return self.demonyms.get(name.lower())

    def country_at(self, token: Token) -> str | None:
        """The country a token names, reading the entity it is part of first: "Sudan" in
        "South Sudan's army" is South Sudan, not Sudan."""
        key = self.token_key.get(token.i)
        if key and key in self.entities and self.entities[key].cls == "Country":
            return key
        if key and key.startswith("demonym:"):
            return key[len("demonym:") :]
        return self.country_key(token.text)


_REPUBLIC_OF = re.compile(r"\bthe Republic of (the )?")
_LEADING_THE = re.compile(r"^(the)\s+", re.I)
_POSSESSIVE_END = re.compile(r"'s$")


@lru_cache(maxsize=65536)
def _norm(name: str) -> str:
    name = name.replace("’", "'").strip()
    name = _REPUBLIC_OF.sub("", name)
    name = _LEADING_THE.sub("", name)
    name = _POSSESSIVE_END.sub("", name)
    if not name.isascii():
        # "Vucic" in copy is the reference's "Vučić", "Erdogan" its "Erdoğan"
        name = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
    return " ".join(name.lower().split())


@dataclass(frozen=True)
class _RefIndex:
    demonyms: dict[str, str]
    capitals: dict[str, str]
    by_name: dict[str, str]
    surnames: dict[str, list[str]]
    national_forces: dict[str, str]
    #: the consonant skeleton of each reference person's names -> the persons with it
    spellings: dict[tuple[str, ...], set[str]]


_REF_INDEXES: dict[int, tuple[Reference, _RefIndex]] = {}


def _reference_index(ref: Reference) -> _RefIndex:
    """Name, surname, demonym and capital indexes of a reference (cached per reference object)."""
    hit = _REF_INDEXES.get(id(ref))
    if hit is not None and hit[0] is ref:
        return hit[1]
    by_name: dict[str, str] = {}
    for e in ref.entities.values():
        for name in [e.label, *e.alt_labels]:
            by_name.setdefault(_norm(name), e.key)
    surnames: dict[str, list[str]] = {}
    for e in ref.by_class("Person"):
        parts = e.label.split()
        if len(parts) > 1:
            surnames.setdefault(parts[-1].lower(), []).append(e.key)
    spellings: dict[tuple[str, ...], set[str]] = {}
    for e in ref.by_class("Person"):
        for name in [e.label, *e.alt_labels]:
            if len(name.split()) >= 2:
                spellings.setdefault(_skeleton(name), set()).add(e.key)
    index = _RefIndex(
        ref.country_by_demonym(),
        ref.capitals(),
        by_name,
        surnames,
        ref.national_forces(),
        spellings,
    )
    if len(_REF_INDEXES) > 4:
        _REF_INDEXES.clear()
    _REF_INDEXES[id(ref)] = (ref, index)
    return index


def _fold(word: str) -> str:
    """A word in lower case without its accents, "x" spelled "ks" and "g" spelled "h" as
    transliterations do: "Hyvärinen" -> "hyvarinen", "Alexander" -> "aleksander"; Russian
    copy writes a Ukrainian "h" as "g" ("Sergei" for "Serhiy", "Oleg" for "Oleh")."""
    return (
        "".join(
            c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
        )
        .replace("x", "ks")
        .replace("g", "h")
    )


def _skeleton(name: str) -> tuple[str, ...]:
    """The consonants of each word of a name, doubled letters once: how transliterations of one
    name agree ("Andrei"/"Andriy" -> "ndr", "Daglo"/"Dagalo" -> "dgl")."""
    out = []
    for word in name.split():
        consonants = re.sub(r"[aeiouy'’-]", "", _fold(word))
        out.append(re.sub(r"(.)\1+", r"\1", consonants))
    return tuple(out)


def _edits(a: str, b: str) -> int:
    """The Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


_MIDDLE_INITIAL = re.compile(r"(?<=\S)\s+[A-Z]\.(?=\s)")
_GENERATION = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")


def _full_name_missed(st: _Article, ent: Span) -> Span | None:
    """Where a one-word name the NER tagged alone is written in full after a title the NER left
    untagged: "spokesperson Andrea Tenenti" for "Tenenti" (a capitalised word between a title
    word and the same name, tagged as nothing)."""
    if len(ent) != 1:
        return None
    doc = st.doc
    for i in _positions(st, frozenset({ent.text.lower()})):
        if doc[i].text != ent.text or i == ent.start or i < 2 or i in st.token_key:
            continue
        first, title = doc[i - 1], doc[i - 2]
        if (
            first.is_title
            and first.is_alpha
            and first.ent_type_ in ("", "PERSON")
            and first.i not in st.token_key
            and first.lower_ not in TITLES_ROLES_RANKS | OFFICE_NAME_WORDS
            and st.country_at(first) is None
            and title.lower_ in TITLE_WORDS - RANKS
        ):
            return doc[i - 1 : i + 1]
    return None


def _without_initials(name: str) -> str:
    """A person's name less middle initials and a generation: "Lloyd J. Austin III" -> "Lloyd
    Austin" (at least two words left)."""
    plain = _GENERATION.sub("", _MIDDLE_INITIAL.sub("", name))
    return plain if len(plain.split()) >= 2 else name


def _spelled_otherwise(st: _Article, name: str) -> str | None:
    """The reference person a name of two words or more transliterates otherwise: "Mohamed
    Hamdan Daglo" is Mohamed Hamdan Dagalo, "Andrei Demchenko" Andriy Demchenko. Every word has
    the consonants of the reference's, differs by at most two letters and keeps its first
    letter; the surname, or two other words, are spelled the same; one person only."""
    words = name.split()
    if len(words) < 2:
        return None
    found = None
    for key in st.spellings.get(_skeleton(name), ()):
        ref = st.ref.entities[key]
        for known in [ref.label, *ref.alt_labels]:
            other = known.split()
            if len(other) != len(words):
                continue
            pairs = [(_fold(a), _fold(b)) for a, b in zip(words, other, strict=True)]
            same = [a == b for a, b in pairs]
            if all(
                a == b or (a[:1] == b[:1] and min(len(a), len(b)) >= 4 and _edits(a, b) <= 2)
                for a, b in pairs
            ) and (same[-1] or sum(same) >= 2):
                if found not in (None, key):
                    return None  # two persons it could be: neither
                found = key
    return found


#: how many, before a description of two words or more: "Several Western media outlets"
_QUANTIFIER = re.compile(
    r"^(?i:several|some|many|numerous|various|multiple|a few|a number of|two|three|four|five"
    r"|six|seven|eight|nine|ten|both|one)\s+"
    # "Several Western media outlets", and "One resident", "Three residents": how many is not
    # who (not "Two Majors", a name)
    r"(?=(?!of\b)[a-zA-Z]\S*\s+\S|[a-z]+$)"
)
#: an adverb the NER took into a name: "Even the puppet defence ministry", "even Ukrainian
#: military bloggers" (lower case before a capital; any case before an article)
_LEADING_ADVERB = re.compile(
    r"^(?:(?:even|also|only|now)\s+(?=(?:the|a|an)\s|[A-Z])"
    r"|(?i:even|also|only|now)\s+(?=(?i:the|a|an)\s))"
)


@lru_cache(maxsize=4096)
def _clean_label(text: str) -> str:
    # "Rami H.", a name a court report shortens to its initial: the full stop is the name's
    initial = re.search(r"\b[A-Z][\w'-]+ [A-Z]\.[\s,;:\"“”']*$", text) is not None
    text = text.replace("’", "'").strip(" ,.;:\"“”'")
    if initial and re.search(r" [A-Z]$", text):
        text += "."
    # "Even the puppet defence ministry", "even Ukrainian military bloggers"
    text = _LEADING_ADVERB.sub("", text)
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    # "Several Western media outlets", "some local officials": how many is not who
    text = _QUANTIFIER.sub("", text)
    # "an unnamed military official": that no name was given is not who
    text = re.sub(r"^(?:unnamed|anonymous)\s+(?=[a-z])", "", text)
    text = re.sub(r"'s$", "", text)
    # "Line of Control (LoC" (the NER stopped inside the brackets)
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].rstrip()
    # 'adviser to RSF commander Mohamed Hamdan Dagalo "Hemedti' (a nickname in quotation marks,
    # the closing mark cut off): the name without it
    if text.count('"') % 2 or text.count("“") > text.count("”"):
        at = max(text.rfind('"'), text.rfind("“"))
        # ('unnamed "source in the Polish military', 'commander with the call sign “Tuman': the
        # mark alone)
        nickname = len(text[at + 1 :].split()) == 1 and bool(
            re.search(r"\b[A-Z][\w'-]*\s*$", text[:at])
        )
        text = text[:at].rstrip() if nickname else text[:at] + text[at + 1 :]
    # "the True News Information Team of" (the NER stopped before the rest of the name)
    text = re.sub(r"(?:\s+(?:of|for|and|the|in|on|at|to))+$", "", text, flags=re.I)
    # "Rosneft PJSC", "Aegeus Bulk Carriers Ltd": the company, without its legal form
    text = LEGAL_FORM_RE.sub("", text)
    return " ".join(text.split())


#: the Arabic article as written before a name: "Aita al-Shaab", "Majed al-Ansari"
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "ar", "an", "az"})
#: legal forms written after a company's name
LEGAL_FORMS = ("PJSC", "OJSC", "NJSC", "JSC", "PAO", "LLC", "Ltd", "Inc", "PLC", "plc", "GmbH")
_LEGAL_FORM_WORD = re.compile(
    f"(?=[{''.join(sorted({w[0] for w in LEGAL_FORMS}))}])"
    r"(?<=\w )(?:" + "|".join(LEGAL_FORMS) + r")\b"
)
LEGAL_FORM_RE = re.compile(r"(?<=\w),?\s+(?:" + "|".join(LEGAL_FORMS) + r")\.?$")


def _has_legal_form(doc: Doc) -> bool:
    """Whether a legal form ("PJSC", "Ltd") is written anywhere in the text: most articles have
    none, and the passes that look for companies by their form can stop there."""
    text = _text_of(doc)
    return any(form in text for form in LEGAL_FORMS)


def _company_names(doc: Doc) -> list[tuple[int, int]]:
    """ "Rosneft PJSC cut crude processing": a name and the legal form after it (the NER takes
    the form for a person, or misses both)."""
    runs: list[tuple[int, int]] = []
    if not _has_legal_form(doc):
        return runs
    for tok in _tokens_at(doc, _LEGAL_FORM_WORD):
        if tok.text.rstrip(".") not in LEGAL_FORMS or tok.i == 0:
            continue
        start = tok.i
        while (
            start > 0
            and tok.i - start < 4
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and doc[start - 1].lower_ not in ("the", "a", "an")
        ):
            start -= 1
            if doc[start].is_sent_start:
                break  # a name may open the sentence, nothing before it belongs to it
        if start < tok.i:
            runs.append((start, tok.i + 1))
    return runs


# ---------------------------------------------------------------------------------------------
# public API


WIRE_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'/-]{2,}(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3},?|,)?"
    # "Nov. 12", "Nov. 12, 2025"; and day first, "14 August 2025" (UN and British style)
    r"(?:[ \t]+(?:[A-Z][a-z]{2,9}\.?[ \t]+\d{1,2}\.?|\d{1,2}[ \t]+[A-Z][a-z]{2,9}\.?)"
    r"(?:,?[ \t]*\d{4})?)?"
    r"[ \t]*(?:\(\s*[A-Za-z][A-Za-z .&-]{1,30}\)|/[A-Za-z .-]{2,20}/\.?)?"
    # " - ", " — ", ". ", or after the agency a dash run into the first word ("(Jiji
    # Press)--Japan's …"; not "NATO-Russia talks")
    r"(?:(?<=\))[ \t]*[—–-]{1,2}[ \t]*|[ \t]*(?:[—–-]{1,2}|\.)?[ \t]+)(?=[A-Z])"
)


#: a dateline that names the agency after the dash, as a sentence of its own: "BELGOROD – RIA
#: Novosti. ", "MOSCOW, 12 Oct – Interfax. "
AGENCY_AFTER_DASH_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'/-]{2,}(?:[ \t][A-Z][A-Z.'/-]+)*"
    r"(?:,[ \t]*\d{1,2}[ \t]+[A-Z][a-z]{2,9}\.?|,[ \t]*[A-Z][a-z]{2,9}\.?[ \t]+\d{1,2})?"
    r"[ \t]+[—–-]{1,2}[ \t]+(?:[A-Z][A-Za-z-]+[ \t]){0,2}[A-Z][A-Za-z-]+\.[ \t]+(?=[A-Z])"
)


#: a state agency's dateline with the place in title case: "Tehran, IRNA - ", "Damascus, SANA -"
#: or with a date and the agency in brackets: "Taipei, Oct. 15 (CNA) "
AGENCY_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t]*"
    r"(?:[A-Z]{2,8}[ \t]*[—–-]{1,2}[ \t]+"
    r"|[A-Z][a-z]{2,9}\.?[ \t]+\d{1,2}\.?(?:,[ \t]*\d{4})?[ \t]*\([A-Za-z .&-]{2,30}\)"
    r"[ \t]*(?:[—–-]{1,2}[ \t]*)?)(?=[A-Z])"
)


#: a regional outlet's dateline, the place alone and a dash, opening the article: "Addis Abeba –
#: The Government Communication Service …"
#: a bold lead sentence opening a briefing's bullet or paragraph, which the text after it tells in
#: full with its attribution: "- **Zelensky presses allies on air defence.** Volodymyr Zelensky
#: urged …"
BOLD_LEAD_RE = re.compile(r"(?m)^([ \t]*(?:[-*•][ \t]+)?)(\*\*[^*\n]{3,200}?[.!?]\*\*)(?=[ \t]+\S)")
#: the Indian wire's dateline: "Srinagar (Jammu and Kashmir) [India], October 10 (ANI): "
BRACKETED_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,2}(?:[ \t]\([^()\n]{2,40}\))?"
    r"[ \t]\[[A-Z][\w ]{1,30}\],[ \t]*[A-Z][a-z]{2,9}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?"
    r"[ \t]*\([A-Za-z .&-]{2,30}\)[ \t]*[:—–-]?[ \t]*(?=[A-Z])"
)
#: a dateline with the place in title case and the agency in brackets: "Ouagadougou (AFP) - "
PLACE_AGENCY_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][a-zé]+(?:-[a-z]+)*(?:-[A-Z][a-zé]+)*(?:[ \t][A-Z][a-zé]+)?[ \t]*"
    # AFP's country in brackets before its name: "Goma (DR Congo) (AFP) - "
    r"(?:\([A-Z][A-Za-z.'’-]*(?:[ \t][A-Z][A-Za-z.'’-]*){0,3}\)[ \t]*)?"
    r"\((?:[A-Z]{2,8}|[A-Z][a-z]{3,12})\)"
    r"[ \t]*[—–-]{1,2}[ \t]+(?=[A-Z])"
)
PLACE_DATELINE_RE = re.compile(
    r"\A\s*[A-Z][a-zé]+(?:[ \t][A-Z][a-zé]+){0,2}[ \t]+[—–-]{1,2}[ \t]+(?=[A-Z])"
)


def _is_dateline(chunk: str) -> bool:
    """Only a real dateline: a place in capitals followed by an agency, a date or a dash (not
    the hyphen inside a name in capitals: "AL-HARITH IDRISS AL-HARITH MOHAMED (Sudan) said")."""
    return (
        bool(re.search(r"\(|/|[—–]|\d|-(?![A-Z])|(?<![A-Z])-", chunk)) and len(chunk.strip()) >= 4
    )


#: a bold line that opens with a speaker's label: "**Q: …?**", "**TNH: …**"
_BOLD_TURN = re.compile(r"[ \t]*\*\*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}:[ \t]+\S")
HEADING_RE = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t].*|\*\*[^*\n]+\*\*[ \t]*|__[^_\n]+__[ \t]*)$")
#: a byline ("By Olena Harmash") or a wire credit line ("Reporting by ...; Editing by ...")
CREDIT_RE = re.compile(
    r"(?m)^[ \t]*(?:By[ \t]+[A-Z][\w.'’-]*(?:[ \t,]+(?:and[ \t]+)?[A-Z][\w.'’-]*){0,7}[ \t]*"
    r"|\(?(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Graphics)[ \t]+by[ \t].*)$"
)
#: time zones a wire gives times in, which the NER tags as bodies
TIME_ZONES = {"GMT", "UTC", "EST", "EDT", "CET", "CEST", "BST", "EET", "EEST", "MSK", "IST"}

#: a wire update note on a line of its own: "(Adds Kremlin comment in paragraph 6)"
UPDATE_NOTE_RE = re.compile(
    r"(?m)^[ \t]*\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Writes through|Refiles|"
    r"Repeats|Removes|Fixes|Clarifies|Inserts|Moves)\b[^()\n]*\)[ \t]*$"
)
LEAD_LABEL_RE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][a-z]+(?: [a-z]+)?|UPDATE|BREAKING):[ \t]+(?=[A-Z])"
)
EMPHASIS_RE = re.compile(r"\*\*|__")
#: paragraphs opening with a name and a colon, as a transcript's turns do
_TURN_OPENING = re.compile(
    r"(?m)^[ \t*_]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t*_]*:[ \t]"
)


def mask_datelines(text: str) -> str:
    """Blank out what is not prose before parsing, keeping every character offset.

    Wire datelines ("KYIV, June 12 (Reuters) - ", "MOSCOW, March 18. /TASS/. "), Markdown headings
    and bold lines ("**What has the government said?**", live-blog time stamps), bylines and wire
    credit lines ("Reporting by ...; Editing by ..."), wire update notes ("(Adds Kremlin comment in
    paragraph 6)") and paragraph lead labels ("Background: ")
    are replaced by spaces of the same length; a heading's last character
    becomes a full stop so it cannot run into the next sentence.
    """

    def blank(m: re.Match[str]) -> str:
        chunk = m.group(0)
        return " " * len(chunk) if _is_dateline(chunk) else chunk

    def heading(m: re.Match[str]) -> str:
        chunk = m.group(0)
        if _BOLD_TURN.match(chunk):
            # "**TNH: How many people have reached Tawila?**": an interviewer's question, a
            # transcript's turn, not a heading
            return chunk.replace("*", " ")
        return " " * (len(chunk) - 1) + "." if chunk.strip() else chunk

    text = AGENCY_AFTER_DASH_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = WIRE_DATELINE_RE.sub(blank, text)
    text = AGENCY_DATELINE_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = PLACE_AGENCY_DATELINE_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = PLACE_DATELINE_RE.sub(lambda m: " " * len(m.group(0)), text, count=1)
    text = BRACKETED_DATELINE_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = HEADING_RE.sub(heading, text)
    text = BOLD_LEAD_RE.sub(lambda m: m.group(1) + " " * (len(m.group(2)) - 1) + ".", text)
    text = CREDIT_RE.sub(heading, text)
    if len(_TURN_OPENING.findall(text)) < 3:
        # a transcript's turns ("Reuters: …", "Mao Ning: …") are no lead labels
        text = LEAD_LABEL_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = UPDATE_NOTE_RE.sub(heading, text)
    return EMPHASIS_RE.sub(lambda m: " " * len(m.group(0)), text)


def extract(article: Article, nlp: Language | None = None) -> Extraction:
    """Extract entities, statements and events from one article."""
    nlp = nlp or get_nlp()
    text = mask_datelines(article.text)
    doc = nlp(text)
    doc.user_data["frontline_text"] = text  # spaCy rebuilds doc.text at every access
    return _extract_doc(article, doc)


def extract_many(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16
) -> Iterator[Extraction]:
    """Extract lazily from many articles, parsing them in batches with ``nlp.pipe``."""
    nlp = get_nlp(model)
    stream = (((text := mask_datelines(a.text)), (a, text)) for a in articles)
    for doc, (article, text) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        doc.user_data["frontline_text"] = text  # spaCy rebuilds doc.text at every access
        yield _extract_doc(article, doc)


def _affiliations_from_roles(st: _Article) -> None:
    """A speaker with no body of its own is affiliated with the one its title names ("Ko
    Jong-chol, vice chief of the General Staff of the Korean People's Army"): whose side it
    speaks for when disputes are linked."""
    for k in {s.speaker for s in st.statements}:
        d = st.entities[k]
        if d.cls == "Person" and d.affiliation is None and k not in st.ref.entities:
            d.affiliation = _body_in_roles(st, k)


def _extract_doc(article: Article, doc: Doc) -> Extraction:
    st = _Article(article, doc, load_reference())
    _collect_entities(st)
    _source_entities(st)
    _collect_events(st)
    _transcript_turns(st)
    _collect_statements(st)
    _affiliations_from_roles(st)
    _lede_speaker_named_later(st)
    _lede_group_named_later(st)
    _described_before_named(st)
    _reproduced_document(st)
    _unspoken_turns(st)
    _link_disputes(st)
    if st.published is None and any(
        s.date is not None and s.date.value is None for s in st.statements
    ):
        st.warnings.append(
            "no publication date: dates without a year are kept as text, not resolved"
        )
    used = _used_keys(st)
    mentioned = _mentioned_keys(st)
    entities = tuple(
        sorted((st.entities[k].freeze(k in mentioned) for k in used), key=lambda e: e.key)
    )
    return Extraction(
        article=article,
        entities=entities,
        statements=tuple(st.statements),
        events=tuple(st.events),
        warnings=tuple(article.warnings) + tuple(st.warnings),
    )


DATELINE_PARTS = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z .]+?))?(?:,|\s)"
    r"[^(/]*(?:\((?P<agency>[^)]+)\)|/(?P<agency2>[^/]+)/)?[^(/]*$"
)


def _named(st: _Article, name: str, default_cls: str) -> str:
    """The reference entity of that name, else a new one of ``default_cls``."""
    key = st.ref_by_name.get(_norm(name))
    if key:
        ref = st.ref.entities[key]
        st.ensure(key, ref.cls, ref.label)
        return key
    label = _clean_label(name)
    key = _kind(default_cls) + "/" + slug(label)
    st.ensure(key, default_cls, label)
    return key


def _source_entities(st: _Article) -> None:
    """The publisher, and the place and agency of wire datelines ("KYIV, June 12 (Reuters) -")."""
    publisher = _issuer(st)
    if publisher:
        st.extra_keys.add(publisher)
    for m in WIRE_DATELINE_RE.finditer(st.article.text):
        chunk = m.group(0)
        if not _is_dateline(chunk):
            continue
        parts = DATELINE_PARTS.match(chunk)
        if not parts:
            continue
        place = parts.group("place").strip().title()
        if len(place) > 2:
            st.extra_keys.add(key := _named(st, place, "Settlement"))
            region = st.ref_by_name.get(_norm((parts.group("region") or "").strip()))
            if (
                key not in st.ref.entities
                and region is not None
                and st.ref.entities[region].cls in ("Country", "Region")
            ):
                key = region  # "KOSTI, Sudan, Nov 4 (Reuters) -": a town the reference lacks
            st.dateline = st.dateline or key
        agency = (parts.group("agency") or parts.group("agency2") or "").strip()
        if agency and not re.search(r"\d", agency):
            st.extra_keys.add(_named(st, agency, "MediaOutlet"))
    for m in AGENCY_AFTER_DASH_RE.finditer(st.article.text):
        # "MOSCOW, 10 November – RIA Novosti. ": the place, and the agency after the dash
        place_text, agency = re.split(r"[ \t]+[—–-]{1,2}[ \t]+", m.group(0).strip(), maxsplit=1)
        place = re.split(r",", place_text)[0].strip().title()
        if len(place) > 2:
            st.extra_keys.add(key := _named(st, place, "Settlement"))
            st.dateline = st.dateline or key
        st.extra_keys.add(_named(st, agency.rstrip(". \t"), "MediaOutlet"))
    if st.dateline is None:
        # "Ouagadougou (AFP) - ", "Tehran, IRNA - ", "Addis Abeba – ": a place the reference
        # knows, in title case (a place it does not know is no dateline for sure)
        head = st.article.text[:300]
        for regex in (PLACE_AGENCY_DATELINE_RE, AGENCY_DATELINE_RE, PLACE_DATELINE_RE):
            found = regex.search(head)
            words = (
                re.match(r"\s*([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)", found.group(0))
                if found
                else None
            )
            known = st.ref_by_name.get(_norm(words.group(1))) if words else None
            if known is not None and st.ref.entities[known].cls in ("Settlement", "Country"):
                st.dateline = known
                break


def _mentioned_keys(st: _Article) -> set[str]:
    """The entities the article itself names (speakers, what statements are about, agents ...)."""
    keys = {m.key for m in st.mentions} | st.extra_keys
    for s in st.statements:
        keys.add(s.speaker)
        keys.update(s.about)
        keys.update(k for k in (s.reported_by, s.addressee) if k)
    for e in st.events:
        keys.update(e.agents)
        keys.update(e.places)
    return keys


def _used_keys(st: _Article) -> set[str]:
    """Every entity mentioned, plus what mentioned entities link to (closure)."""
    keys = _mentioned_keys(st)
    frontier = list(keys)
    while frontier:
        k = frontier.pop()
        d = st.entities.get(k)
        if d is None:
            continue
        for t in (d.affiliation, d.located_in, d.allegiance, d.parent):
            if t and t not in keys:
                if t not in st.entities and t in st.ref.entities:
                    r = st.ref.entities[t]
                    st.ensure(t, r.cls, r.label)
                if t in st.entities:
                    keys.add(t)
                    frontier.append(t)
    return {k for k in keys if k in st.entities}


# ---------------------------------------------------------------------------------------------
# entities


#: first words of bodies' names ("Committee of …", "Council of …")
BODY_NAME_START = re.compile(
    r"(?:the\s+)?(?:Committee|Council|Commission|Association|Union|Federation|Foundation|"
    r"Institute|Ministry|Office|Directorate|Department|Agency|Service|Movement|League|Network|"
    r"Centre|Center|Coalition|Alliance|Front|Party|Assembly|Board|Bureau)\b"
)


def _classify_unknown(text: str, label: str) -> str:
    if label == "MILUNIT":
        return "MilitaryUnit"
    if label == "BASE":
        return "Place"
    if label == "PERSON":
        return "Person"
    if label == "FAC":
        if ARMED_WORDS.fullmatch(text.split()[-1]):
            return "ArmedForce"  # "Assam Rifles personnel": a force the NER took for a place
        return "Organization"  # plants, ports, bases: operated by someone, named like a body
    if label in ("GPE", "LOC") and BODY_NAME_START.match(text) and " of " in text:
        # "the Committee of Soldiers' Mothers of Sverdlovsk Region", tagged a place for the
        # region it ends in: a body, named by its first word
        label = "ORG"
    if label in ("GPE", "LOC"):
        if REGION_SUFFIX.search(text) or label == "LOC":
            return "Region"  # seas, rivers, straits and areas are regions of the map
        return "Settlement"
    if INTL_WORDS.search(text):
        return "InternationalOrganization"
    if GOV_WORDS.search(text):
        return "GovernmentBody"
    if ARMED_WORDS.search(text):
        return "ArmedForce"
    if re.search(r"\bpolice\b", text, re.I):
        return "GovernmentBody"  # "the Manipur Police"; a "Police Force" is armed (above)
    if MEDIA_WORDS.search(text):
        return "MediaOutlet"
    return "Organization"


NOT_NAME_WORDS = {
    "oblast",
    "region",
    "province",
    "river",
    "sea",
    "strait",
    "gulf",
    "mountains",
    "street",
    "square",
    "bridge",
    "plant",
    "station",
    "airport",
    "port",
    "news",
    "agency",
    "times",
    "post",
    "day",
    "war",
    "forces",
    "army",
    "navy",
    "party",
}


#: words of a state's formal title between "of" and its name: "of the Republic of the Sudan"
STATE_TITLE_WORDS = {
    "the",
    "republic",
    "of",
    "federal",
    "democratic",
    "islamic",
    "kingdom",
    "state",
}


#: the last word of an office's name, after which the NER may run on into its holder's name
OFFICE_HEADS = frozenset(
    {"administration", "ministry", "council", "office", "committee", "service", "agency"}
    | {"department", "command", "commission", "directorate", "staff"}
)


def _name_run_on(ent: Span) -> int | None:
    """Where a body's name ends when the NER stopped at its head noun: "the Coordination
    Headquarters for the Treatment of Prisoners of War", "the Association for the Development
    of Tongomayel" (a run of "for"/"of"/"the"/"and" and capitalised words, ending on one)."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "PRODUCT", "FAC") or ent[-1].lower_ not in ORG_HEADS | {
        "headquarters"
    }:
        return None
    j = ent.end
    if j >= len(doc) or doc[j].lower_ not in ("for", "of"):
        return None
    end = None
    while j < len(doc) and (
        doc[j].lower_ in ("for", "of", "the", "and")
        or (doc[j].is_title and doc[j].pos_ == "PROPN" and doc[j].ent_type_ != "DATE")
    ):
        if doc[j].is_title and doc[j].lower_ not in ("for", "of", "the", "and"):
            end = j + 1
        j += 1
    return end


def _office_holder(ent: Span) -> int | None:
    """Where the holder's name starts in an ORG the NER ran on past the office's name ("Head of
    the Regional Military Administration Oleh Kiper said"): two or three capitalised proper
    nouns after the office's last word, the last of them the subject of a verb."""
    if ent.label_ != "ORG" or len(ent) < 4:
        return None
    head = max((t.i for t in ent if t.lower_ in OFFICE_HEADS), default=None)
    if head is None or not 2 <= ent.end - head - 1 <= 3:
        return None
    name = ent.doc[head + 1 : ent.end]
    if not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in RANKS for t in name):
        return None
    return head + 1 if name[-1].dep_ in ("nsubj", "nsubjpass", "appos", "pobj", "dobj") else None


#: last words of the names of features of the land and sea
GEOGRAPHIC_HEADS = frozenset(
    {"shoal", "reef", "atoll", "strait", "straits", "gulf", "bay", "river", "valley", "pass"}
    | {"peninsula", "lake", "desert", "plateau", "ridge", "canal", "line", "corridor", "heights"}
)
#: words of a minister's portfolio: "for Reintegration", "of Communication", "of Energy"
PORTFOLIO_WORDS = frozenset(
    {"defence", "defense", "interior", "justice", "health", "finance", "security", "culture"}
    | {"labour", "labor", "trade", "transport", "water", "agriculture", "youth", "tourism"}
)
PORTFOLIO_ENDINGS = ("tion", "ment", "ence", "ance", "ity", "ies", "ics", "ure", "gy")


#: words after which a capital is the state spoken or dealt with: "conveying its position to
#: Pyongyang", "talks with Moscow", "military cooperation with Pyongyang"
STATE_PARTNER_WORDS = frozenset(
    {"convey", "send", "deliver", "pass", "message", "talk", "talks", "relation", "relations"}
    | {"tie", "ties", "negotiate", "negotiation", "dialogue", "contact", "speak", "appeal"}
    | {"letter", "note", "signal", "offer", "channel", "communicate", "communication"}
    | {"cooperation", "co-operation", "deal", "agreement", "partnership", "alliance"}
)


def _portfolio_word(tok: Token) -> bool:
    return tok.lower_ in PORTFOLIO_WORDS or tok.lower_.endswith(PORTFOLIO_ENDINGS)


#: words of the names of bodies, not of people: "Tawila Emergency Response Room, who …"
_BODY_NAME_WORDS = frozenset(
    {"room", "borders", "international", "network", "committee", "group", "union", "center"}
    | {"centre", "council", "association", "society", "foundation", "institute", "agency"}
    | {"company", "corporation", "party", "movement", "front", "alliance", "coalition"}
    | {"organization", "organisation", "watch", "service", "services", "office", "bank", "fund"}
    | {"commission", "authority", "ministry", "brigade", "battalion", "club", "team", "board"}
    | {"church", "university", "college", "school", "hospital", "media", "news", "times", "post"}
)


#: plurals of bodies, not of people: "one of the groups"
BODY_PLURALS = frozenset(
    {"group", "organisation", "organization", "agency", "country", "company", "party", "state"}
    | {"movement", "force", "militia", "charity", "union", "body", "nation", "outlet", "network"}
)


def _one_of_people(tok: Token) -> bool:
    """Whether an apposition opening at ``tok`` is "one of the … <people>"."""
    if tok.lower_ != "one" or tok.dep_ != "appos":
        return False
    return any(
        o.tag_ == "NNS" and o.lemma_.lower() not in BODY_PLURALS
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    )


#: what a lede calls a body it names only further down ("a doctors' group said Wednesday")
LEDE_BODY_NOUNS = frozenset(
    {"group", "coalition", "alliance", "network", "organisation", "organization", "monitor"}
    | {"union", "militia", "charity", "committee", "movement", "watchdog", "team"}
)


#: nouns a body's name goes before ("the Viv Ansanm coalition"; not "the Israeli team")
BODY_AFTER_NAME = LEDE_BODY_NOUNS - {"team"} | {"gang", "front", "party"}


_NAME_BEFORE_BODY_NOUN = re.compile(
    rf"(?=t)\bthe ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,3}}) "
    rf"(?:{'|'.join(sorted(BODY_AFTER_NAME))})\b"
)


#: the last word of the name of a branch named after its force ("The Ground Forces of the
#: Armed Forces of Ukraine", "the 17 Brigade of the Nigerian Army")
BRANCH_HEADS = frozenset(
    {"forces", "command", "brigade", "front", "inspectorate", "division", "corps", "guard"}
    | {"staff", "regiment", "battalion", "fleet"}
)


def _names_before_body_nouns(doc: Doc) -> set[str]:
    """Names the text writes as "the <name> coalition" (or alliance, militia, gang …)."""
    return {m.group(1) for m in _NAME_BEFORE_BODY_NOUN.finditer(_text_of(doc))}


def _entity_spans(doc: Doc) -> list[Span]:
    """The NER's entities, with split person names joined and names it missed added.

    "Hassan Sheikh" + "Mohamud" becomes one person; an untagged run of two to four capitalised
    proper nouns that is a subject, an apposition or follows a title ("Dmytro Lubinets, Ukraine's
    ...", "said Oleh Hryhorov") is taken for a person's name.
    """
    spans: list[Span] = []
    bodies_named = _names_before_body_nouns(doc)
    for ent in _doc_ents(doc):
        if (
            ent.label_ in ("GPE", "LOC", "FAC", "ORG")
            and ent.start >= 2
            and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].text == "Port"
        ):
            # "the Port of Eilat": a port, named like a body (the city is in its name)
            ent = Span(doc, ent.start - 2, ent.end, label="FAC")
        if ent.label_ == "ORG" and not ent.ent_id_ and (body := _body_after_title(ent)) is not None:
            # "the Official Spokesman of the Armed Forces" (one ORG): the body is the Armed
            # Forces, the title is the person's
            ent = body
        if (
            ent.label_ in ("GPE", "LOC", "ORG")
            and not ent.ent_id_
            and 2 <= len([t for t in ent if t.text != "-"]) <= 3
            and ent[0].text != "-"
            and ent[-1].text != "-"
            # "Al-Fateh Qurashi": a hyphen joins parts of the name
            and all(
                (t.is_title and t.is_alpha and t.pos_ == "PROPN")
                or (t.text == "-" and not t.whitespace_)
                for t in ent
            )
            and ent.root.dep_ == "appos"
            and (
                ent.root.head.lower_ in ROLES_AND_TITLES
                # "The spokesperson of the Katsina State Police Command, Nasiru Garba Bello,":
                # hung on the body the role is of
                or (
                    ent.root.head.dep_ == "pobj"
                    and ent.root.head.head.lower_ in ("of", "for")
                    and ent.root.head.head.head.lower_ in ROLES_AND_TITLES
                    and ent.root.head.ent_type_ in ("ORG", "GPE", "NORP")
                )
            )
            and ent.start > 0
            and doc[ent.start - 1].text == ","
        ):
            # "The lawyer, Natalya Orlova, told Meduza": a name set beside a role is a person's,
            # whatever the NER called it
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        if (
            ent.label_ in ("GPE", "LOC", "ORG")
            and not ent.ent_id_
            and len(ent) in (2, 3)
            and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in ent)
            and ent.root.dep_ in ("nsubj", "nsubjpass")
            and ent.end + 2 < len(doc)
            and doc[ent.end].text == ","
            and _one_of_people(doc[ent.end + 1])
            and _classify_unknown(ent.text, "ORG") == "Organization"
        ):
            # "Samia Kodi, one of the last two paediatricians still working at …, said": a
            # name one of some people is a person's
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        if (
            ent.label_ == "ORG"
            and not ent.ent_id_
            and 2 <= len(ent) <= 4
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == ","
            and doc[ent.end + 1].lower_ == "who"
            and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in ent)
            and not any(t.lower_ in _BODY_NAME_WORDS for t in ent)
            and _classify_unknown(ent.text, "ORG") == "Organization"
        ):
            # "Hawa Abdelrahman Ishag, who coordinates the …": a name "who" follows is a
            # person's, whatever the NER called it
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        if (
            ent.label_ in ("GPE", "LOC", "NORP", "ORG")
            and len(ent) == 1
            and not ent.ent_id_
            and ent.start > 0
            and doc[ent.start - 1].lower_ in ROLES_AND_TITLES
            and ent.end < len(doc)
            and (after := doc[ent.end]).pos_ == "PROPN"
            and after.is_title
            and after.is_alpha
            and not after.ent_type_
            and ent[0].head.i == after.i
            and after.dep_ in ("nsubj", "nsubjpass", "appos", "pobj", "dobj")
        ):
            # "government spokesperson Legesse Tulu accused": a given name the NER took for a
            # place, between a title and the family name it left untagged
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        if (
            ent.label_ in ("GPE", "LOC", "NORP", "ORG")
            and len(ent) == 1
            and not ent.ent_id_
            and ent.end < len(doc)
            and (after := doc[ent.end]).pos_ == "PROPN"
            and after.is_title
            and after.is_alpha
            and not after.ent_type_
            and ent[0].dep_ == "compound"
            and ent[0].head.i == after.i
            and after.dep_ in ("nsubj", "nsubjpass")
            and after.head.lemma_.lower() in VERB_TYPES
        ):
            # "Oleksandr Vilkul wrote on Telegram": a given name the NER took for a body or a
            # place, before the family name it left untagged, the subject of a speech verb
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        if (
            ent.label_ == "PERSON"
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == "-"
            and not doc[ent.end - 1].whitespace_
            and not doc[ent.end].whitespace_
            and doc[ent.end + 1].is_alpha
            and doc[ent.end + 1].is_lower
        ):
            ent = Span(doc, ent.start, ent.end + 2, label="PERSON")  # "Park Sun" + "-won"
        if ent.label_ == "PERSON" and ent.text in bodies_named:
            # "designating Viv Ansanm as …" after "the Viv Ansanm coalition": the name of a
            # body, not of a person
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if (
            ent.label_ == "PERSON"
            and len(ent) <= 3
            and ent.end + 1 < len(doc)
            and ent[-1].dep_ == "compound"
            and doc[ent.end].lower_ in ROLES_AND_TITLES
            and doc[ent.end].is_title
            and doc[ent.end + 1].ent_type_ == "PERSON"
        ):
            # "Quneitra" + "Governor" + "Khaled al-Mousa": a place the NER took for a person
            ent = Span(doc, ent.start, ent.end, label="GPE")
        while (
            ent.label_ == "PERSON"
            and ent.end < len(doc)
            and ent[-1].dep_ == "compound"
            and ent[-1].head.i == ent.end
            and doc[ent.end].pos_ == "PROPN"
            and doc[ent.end].is_title
            and not doc[ent.end].ent_type_
            # (not "Quneitra" + "Governor", a place the NER took for a person before a title)
            and doc[ent.end].lower_ not in ROLES_AND_TITLES
        ):
            # "Vladimir Padrino" + "López": the name's head the NER left out
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        comma = (
            max((t.i for t in ent[:-1] if t.text == ","), default=None)
            if "," in _stext(ent)
            else None
        )
        if (
            comma is not None
            and ent.label_ in ("ORG", "FAC", "GPE", "LOC")
            and ent.end - comma - 1 == 1
            and doc[ent.end - 1].is_title
            and doc[ent.end - 1].dep_ == "nsubj"
        ):
            # "the New Administrative Capital, Abdelatty urged": a place, then the speaker
            spans.append(Span(doc, ent.start, comma, label=ent.label_))
            spans.append(Span(doc, comma + 1, ent.end, label="PERSON"))
            continue
        if (
            spans
            and ent.label_ == "PERSON"
            and spans[-1].label_ == "PERSON"
            and spans[-1].end == ent.start
        ):
            spans[-1] = Span(doc, spans[-1].start, ent.end, label="PERSON")
        elif (
            spans
            and spans[-1].label_ == "PERSON"
            and spans[-1].end == ent.start
            and len(ent) == 1
            and ent.ent_id_
            and ent[0].pos_ == "PROPN"
            and ent[0].is_title
        ):
            # "Foreign Minister Therese Kayikwamba Wagner": a surname, not the Wagner Group (a
            # span's entity id is its root token's, so the token forgets the group)
            ent[0].ent_id_ = ""
            spans[-1] = Span(doc, spans[-1].start, ent.end, label="PERSON")
        elif (
            spans
            and spans[-1].label_ == "PERSON"
            and spans[-1].end == ent.start
            and ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT")
            and not ent.ent_id_
            and "-" in ent.text
            and " " not in ent.text
            and ent.text[:1].isupper()
            and spans[-1][-1].head.i in range(ent.start, ent.end)
        ):
            # "Alix Didier" + "Fils-Aimé": a hyphenated family name the NER took for a body
            spans[-1] = Span(doc, spans[-1].start, ent.end, label="PERSON")
        elif (
            spans
            and spans[-1].label_ == "ORG"
            and spans[-1].end == ent.start
            and ent.label_ == "GPE"
            and len(ent) == 1
            and spans[-1].root.head.i == ent.root.i
            and ent.root.dep_ != "compound"
            and ent.root.lemma_ not in ("Ministry", "Army", "Government")
        ):
            # "Amnesty International Nigeria condemned": a body's national section, the country
            # the last word of its name (not the country speaking)
            ent[0].ent_id_ = ""
            spans[-1] = Span(doc, spans[-1].start, ent.end, label="ORG")
        elif (
            spans
            and spans[-1].label_ == "ORG"
            and (
                spans[-1][-1].lower_ == "of"
                # "the Ministry of Defence of the" + "Republic of Azerbaijan"
                or (
                    spans[-1][-1].lower_ == "the"
                    and len(spans[-1]) > 2
                    and spans[-1][-2].lower_ == "of"
                )
            )
            and (
                ent.label_ in ("GPE", "LOC")
                # "… of" + "the Federal Democratic Republic of" + "Ethiopia": the style alone
                or (ent.label_ == "ORG" and all(t.lower_ in STATE_TITLE_WORDS for t in ent))
            )
            and all(t.lower_ in STATE_TITLE_WORDS for t in doc[spans[-1].end : ent.start])
        ):
            # "the Ministry of Foreign Affairs of" + "the Republic of the Sudan"
            spans[-1] = Span(doc, spans[-1].start, ent.end, label="ORG")
        elif (
            spans
            and spans[-1].label_ == "ORG"
            and spans[-1].end == ent.start
            and not spans[-1].ent_id_
            and len(spans[-1]) >= 3
            and [t.lower_ for t in spans[-1][-2:]] == ["of", "the"]
            and spans[-1][-3].lower_ in BRANCH_HEADS
            and all(t.is_title or t.lower_ in ("of", "the") for t in spans[-1])
            and ent.label_ == "ORG"
            and ent.ent_id_.startswith(("armed-force/", "government/"))
        ):
            # "The Ground Forces of the" + "Armed Forces of Ukraine": a branch of the body,
            # named after it
            spans[-1] = Span(doc, spans[-1].start, ent.end, label="ORG")
        elif (
            spans
            and spans[-1].end == ent.start
            and len(spans[-1]) == 1
            and len(ent) == 1
            and spans[-1][0].dep_ == "compound"
            and spans[-1][0].head.i == ent.start
            and all(t.pos_ == "PROPN" and t.is_title for t in (spans[-1][0], ent[0]))
            and any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS for c in ent[0].children)
        ):
            # "Tatyana" + "Moskalkova" (two places to the NER), ", Russia's human rights
            # commissioner,": one person's name
            spans[-1] = Span(doc, spans[-1].start, ent.end, label="PERSON")
        elif (
            ent[-1].lower_ in ("channel", "kan")
            and ent.end < len(doc)
            and doc[ent.end].like_num
            and not doc[ent.end].ent_type_
        ):
            spans.append(Span(doc, ent.start, ent.end + 1, label="ORG"))  # "Channel 12"
        elif (named := _name_run_on(ent)) is not None:
            # "Ukraine's Coordination Headquarters" + "for the Treatment of Prisoners of War"
            spans.append(Span(doc, ent.start, named, label="ORG"))
        elif (holder := _office_holder(ent)) is not None:
            # "the Regional Military Administration Oleh Kiper": the office, then its holder
            spans.append(Span(doc, ent.start, holder, label="ORG"))
            spans.append(Span(doc, holder, ent.end, label="PERSON"))
        else:
            spans.append(ent)
    covered = {i for e in spans for i in range(e.start, e.end)}
    extra = []
    # the capitalised proper nouns, read from the doc's arrays: no token is made for the others
    flags = doc.to_array([POS, IS_TITLE])
    for i in numpy.flatnonzero((flags[:, 0] == PROPN) & (flags[:, 1] == 1)).tolist():
        if i in covered:
            continue
        tok = doc[i]
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            continue  # not the head of its name
        # the run of capitalised proper nouns the name heads: "Foreign Ministry Spokesman
        # Esmaeil Baghaei", however the parser nested their compounds
        inside = {t.i for t in tok.subtree}
        chain = [tok]
        while (
            chain[0].i > 0
            and chain[0].i - 1 in inside
            and doc[chain[0].i - 1].pos_ == "PROPN"
            and doc[chain[0].i - 1].is_title
        ):
            chain.insert(0, doc[chain[0].i - 1])
        last_covered = max((n for n, t in enumerate(chain) if t.i in covered), default=None)
        if (
            last_covered is not None
            and len(chain) - last_covered > 2  # a name of two words at least after it
            and (lead := chain[last_covered + 1 :][:1])
            and lead[0].dep_ == "pobj"
            and lead[0].head.lower_ in ("of", "for")
            and lead[0].head.head.lower_ in ROLES_AND_TITLES
        ):
            # "Minister of Government Communication Service Legesse Tulu told": the portfolio,
            # a body the NER found, ends where the name begins
            chain = chain[last_covered + 1 :]
        titles = [i for i, t in enumerate(chain) if t.lower_ in TITLES_ROLES_RANKS]
        if titles:
            # "Foreign Ministry Spokesman Esmaeil Baghaei": the name follows the last title word
            chain = chain[titles[-1] + 1 :]
        while chain and not chain[0].is_title:
            chain = chain[1:]
        # "Minister of Communication Pingdwendé Gilbert Ouédraogo", "Deputy Prime Minister for
        # Reintegration Oleg Serebrian": the portfolio is not the name
        portfolio = (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("for", "of")
            and tok.head.head.lower_ in ROLES_AND_TITLES
        )
        while portfolio and len(chain) > 2 and _portfolio_word(chain[0]):
            chain = chain[1:]
        while (
            len(chain) > 2
            and chain[0].i in covered
            and chain[0].ent_type_ in ("GPE", "LOC")
            and chain[0].i > 0
            and doc[chain[0].i - 1].lower_ == "of"
        ):
            # "Deputy Prime Minister for Restoration of Ukraine Oleksii Kuleba": the place the
            # portfolio ends with is not the name
            chain = chain[1:]
        if not 2 <= len(chain) <= 4 or chain[-1].i - chain[0].i != len(chain) - 1:
            continue
        if any(
            t.i in covered or t.pos_ != "PROPN" or t.lower_ in NOT_NAME_WORDS | ORG_HEADS
            for t in chain
        ):
            continue
        before = doc[chain[0].i - 1] if chain[0].i > 0 else None
        titled = portfolio or (before is not None and (before.lower_ in TITLES_ROLES_RANKS))
        if chain[-1].i + 1 < len(doc) and doc[chain[-1].i + 1].lower_ in BODY_AFTER_NAME:
            continue  # "the Viv Ansanm coalition": a body's name, no person's
        if tok.dep_ in ("nsubj", "appos", "nsubjpass") or titled:
            extra.append(Span(doc, chain[0].i, chain[-1].i + 1, label="PERSON"))
    covered = {i for e in spans + extra for i in range(e.start, e.end)}
    for tok in _tokens_at(doc, _MEDIA_NAMED_RE):
        # "the Telegram channel Astra", "the newspaper Novaya Gazeta": a name the NER missed after
        # the kind of outlet it is (made an outlet below)
        first = tok.i + 1
        if first >= len(doc) or tok.pos_ != "NOUN":
            continue
        whole = next(
            (
                e
                for e in spans
                if e.start <= tok.i < e.end - 1
                and e.label_ in ("WORK_OF_ART", "PRODUCT", "ORG", "FAC")
                and all(doc[i].pos_ == "PROPN" for i in range(first, e.end))
            ),
            None,
        )
        if whole is not None:
            # "the Russian Telegram channel Astra", one work of art to the NER: the name is
            # what follows the kind of outlet
            spans.remove(whole)
            covered -= set(range(whole.start, whole.end))
        taken = next((e for e in spans if e.start == first and e.label_ == "NORP"), None)
        if taken is not None:
            # "the independent Telegram news channel Astra", the name taken for a nationality
            spans.remove(taken)
            covered -= set(range(taken.start, taken.end))
        if first in covered:
            continue
        end = first
        while (
            end < len(doc)
            and end - first < 3
            and (
                (doc[end].pos_ == "PROPN" and doc[end].is_title)
                or (doc[end].is_upper and doc[end].is_alpha and len(doc[end]) <= 4)  # "TV Pink"
                or _DOMAIN_NAME.match(doc[end].text) is not None  # "the website News.am"
            )
        ):
            end += 1
        if (
            end > first
            and any(doc[i].pos_ == "PROPN" for i in range(first, end))
            and not any(i in covered for i in range(first, end))
        ):
            extra.append(Span(doc, first, end, label="ORG"))
    covered = {i for e in spans + extra for i in range(e.start, e.end)}
    for tok in _tokens_at(doc, _BASED_RE, ("-based",)):
        if (
            tok.i + 2 < len(doc)
            and tok.i not in covered
            and tok.is_title
            and tok.pos_ == "PROPN"
            and doc[tok.i + 1].text == "-"
            and doc[tok.i + 2].lower_ == "based"
        ):
            extra.append(Span(doc, tok.i, tok.i + 1, label="GPE"))  # "the Peshawar-based corps"
    for tok in _tokens_at(doc, _TOWN_OF_RE):
        # "the town of Kisweh", "the village of Mucojo": a place whatever the NER missed
        if (
            tok.i + 2 < len(doc)
            and tok.lower_ in ("town", "city", "village", "district", "port", "hamlet")
            and doc[tok.i + 1].lower_ == "of"
            and doc[tok.i + 2].is_title
            and doc[tok.i + 2].pos_ == "PROPN"
        ):
            end = tok.i + 3
            while end < len(doc):
                if doc[end].is_title and doc[end].pos_ == "PROPN":
                    end += 1
                elif (
                    doc[end].lower_ in ARABIC_ARTICLES
                    and end + 2 < len(doc)
                    and doc[end + 1].text == "-"
                    and doc[end + 2].is_title
                ):
                    end += 3  # "the border village of Aita al-Shaab"
                else:
                    break
            clash = [e for e in spans + extra if e.start < end and e.end > tok.i + 2]
            if all(
                e.label_ in ("NORP", "PERSON", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART")
                and not e.ent_id_
                for e in clash
            ) and not any(e.label_ in ("GPE", "LOC", "FAC") for e in clash):
                # the NER's "Kisweh" (NORP) after "the town of" is the town
                spans = [e for e in spans if e not in clash]
                extra = [e for e in extra if e not in clash]
                extra.append(Span(doc, tok.i + 2, end, label="GPE"))
                covered.update(range(tok.i + 2, end))
    for start, end in _names_before_a_role(doc):
        # "Andrii Besedin, the head of Kupiansk's military administration, acknowledged": a
        # name the NER missed (and the parser took for a verb), described by its role
        clash = [e for e in spans + extra if e.start < end and e.end > start]
        if all(e.start >= start and e.end <= end and not e.ent_id_ for e in clash):
            # and a name it cut and mislabelled ("Alexei" + "Tabalov", a body, before ", a
            # lawyer")
            spans = [e for e in spans if e not in clash]
            extra = [e for e in extra if e not in clash]
            extra.append(Span(doc, start, end, label="PERSON"))
    # names the NER cut up or mislabelled, found in the text, replace what it made of them
    # (never a reference name): "The Two Majors Telegram channel" (a number, or a name and a
    # person: the platform word after the name is cleared too), "HMS Diamond shot down a drone"
    # (nothing, or a product), "THÉRÈSE KAYIKWAMBA WAGNER, Minister for Foreign Affairs of …" (UN
    # meetings coverage: a speaker's name in capitals)
    found_in_text = (
        (_channel_names(doc), "ORG", 1),
        (_tv_channel_names(doc), "ORG", 0),
        (_ship_names(doc), "PRODUCT", 0),
        (_capitalised_names(doc), "PERSON", 0),
        (_company_names(doc), "ORG", 0),
        (_joined_portfolios(doc), "ORG", 0),
    )
    for runs, label, beyond in found_in_text:
        for start, end in runs:
            clash = [e for e in spans + extra if e.start < end + beyond and e.end > start]
            if all(not e.ent_id_ for e in clash):
                spans = [e for e in spans if e not in clash]
                extra = [e for e in extra if e not in clash]
                extra.append(Span(doc, start, end, label=label))
    return _with_spelled_out_acronyms(doc, sorted(spans + extra, key=lambda e: e.start))


#: "the Ministry of Humanitarian Affairs and National Solidarity": a ministry of two portfolios
#: joined by "and", which the NER cuts in two (not "the Ministry of Defence and Foreign
#: Ministry", two bodies)
_JOINED_PORTFOLIOS = re.compile(
    r"\b(?:Ministry|Department) of [A-Z][\w-]*(?: [A-Z][\w-]*){0,2} and "
    r"(?![\w-]*(?:Ministry|Forces|Army|Staff|Police|Command|Service|Guard)\b)[A-Z][\w-]*"
    r"(?: (?!(?:Ministry|Forces|Army|Staff|Police|Command|Service|Guard)\b)[A-Z][\w-]*){0,2}\b"
    r"(?! (?:Ministry|Forces|Army|Staff|Police|Command|Service|Guard)\b)(?! [A-Z])"
)


def _joined_portfolios(doc: Doc) -> list[tuple[int, int]]:
    """Token runs of ministries named by two portfolios (:data:`_JOINED_PORTFOLIOS`)."""
    text = _text_of(doc)
    if " and " not in text or "of " not in text:
        return []
    runs = []
    for m in _JOINED_PORTFOLIOS.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            runs.append((span.start, span.end))
    return runs


_UPPER_WORD = r"[A-ZÀ-ÖØ-Þ]{2,}"
_CAPITALISED_NAME = re.compile(
    rf"(?=[A-ZÀ-ÖØ-Þ])(?<![A-ZÀ-ÖØ-Þ] )(?<![\w])"
    rf"({_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{1,3}}),[ \t]+(?![A-Z]{{2}})"
)


def _capitalised_names(doc: Doc) -> list[tuple[int, int]]:
    """Runs of two to four words in capitals followed by a comma and a word that is not."""
    runs: list[tuple[int, int]] = []
    for m in _CAPITALISED_NAME.finditer(_text_of(doc)):
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and 2 <= len(span) <= 4 and all(t.is_alpha for t in span):
            runs.append((span.start, span.end))
    return runs


#: last words of the proper names of facilities: "Ben Gurion Airport", "Nevatim Airbase"
FACILITY_NAME_HEADS = frozenset({"Airport", "Airbase", "Airfield", "Refinery"})

#: prefixes of commissioned ships' names, and the navy's country where the prefix tells it
#: ("INS" is India's and Israel's, "FS" or "ITS" are not safe to read alone)
SHIP_PREFIXES: dict[str, str | None] = {
    "USS": "United States",
    "USNS": "United States",
    "HMS": "United Kingdom",
    "HMCS": "Canada",
    "HMAS": "Australia",
    "HMNZS": "New Zealand",
    "HNLMS": "Netherlands",
    "HDMS": "Denmark",
    "ROKS": "South Korea",
    "BRP": "Philippines",
    "TCG": "Turkey",
    "PNS": "Pakistan",
    "KRI": "Indonesia",
    "FGS": "Germany",
    "ESPS": "Spain",
    "ORP": "Poland",
    "INS": None,
    "JS": "Japan",
}


def _ship_name(ent: Span) -> tuple[int, str, list[str]] | None:
    """ "USS Stockdale", "the USS Gerald R. Ford", "BRP Sierra Madre": a commissioned ship's
    name, whatever the NER tagged it (a product, a person), or its carrier strike group. Returns
    where the name starts (past "the"), its text, and the names the article may call the ship
    by after it ("the Gerald R. Ford", "the Ford")."""
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    if ent.end - start < 2 or ent.doc[start].text not in SHIP_PREFIXES:
        return None  # (before a span is made)
    words = ent.doc[start : ent.end]
    name = [t for t in words[1:] if t.lower_ not in ("carrier", "strike", "group")]
    if not name or not all(t.is_title or (len(t) == 2 and t.text[1] == ".") for t in name):
        return None
    short = [" ".join(t.text for t in name)]
    if len(name) > 1 and len(name[-1]) >= 4:
        short.append(name[-1].text)
    return start, _clean_label(words.text), short


#: roles that describe the person named before them: "Andrii Besedin, the head of …"
_ROLE_AFTER_NAME = re.compile(
    # (each "(?=[…])" first in a pattern run over the whole text names the characters a match
    # can start with: the engine passes over the other places at once; it matches the same)
    r"(?=[A-Z])(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][\"”]\s))"
    r"([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,2}), "
    # "…, the head of", "…, Ukraine's deputy prime minister"
    r"(?:the|a|an|(?:[A-Z][\w.]+ )?[A-Z][\w.]+['’]s) "
    r"(?:[\w'’-]+ ){0,4}?(?:head|spokesman|spokeswoman|spokesperson|commander|governor|"
    r"minister|chief|director|mayor|leader|adviser|advisor|secretary|ambassador|envoy|"
    # "Alexei Tabalov, a lawyer who advises men …": a person's occupation
    r"lawyer|analyst|researcher|expert|activist|professor|journalist|correspondent|blogger|"
    r"lawmaker|senator|historian|economist|surgeon|doctor|prosecutor|negotiator|coordinator|"
    r"fellow|scholar|lecturer|specialist|commentator)\b"
)


def _names_before_a_role(doc: Doc) -> list[tuple[int, int]]:
    """Two or three capitalised words opening a sentence, then a comma and a role ("Andrii
    Besedin, the head of Kupiansk's military administration, …")."""
    runs: list[tuple[int, int]] = []
    for m in _ROLE_AFTER_NAME.finditer(_text_of(doc)):
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and 2 <= len(span) <= 5 and span[0].lower_ not in SENTENCE_OPENERS:
            runs.append((span.start, span.end))
    return runs


#: capitalised words that open a sentence without being a name
SENTENCE_OPENERS = frozenset({"the", "a", "an", "in", "on", "at", "but", "and", "as", "after"})


#: where a channel is, before the word "channel": "the Two Majors Telegram channel"
PLATFORM_WORDS = frozenset({"Telegram", "YouTube", "TikTok", "VK", "WhatsApp", "Rumble"})
_CHANNEL_RE = re.compile(
    f"(?=[{''.join(sorted({w[0] for w in PLATFORM_WORDS}))}])"
    r"\b(?:" + "|".join(PLATFORM_WORDS) + r") channel\b"
)


def _channel_names(doc: Doc) -> list[tuple[int, int]]:
    """The capitalised name before "<platform> channel" ("the Kremlevsky Insider Telegram
    channel", "the Two Majors Telegram channel"), which the parser makes compounds of it; not a
    nationality ("a Russian Telegram channel")."""
    runs: list[tuple[int, int]] = []
    for tok in _tokens_at(doc, _CHANNEL_RE, (" channel",)):
        end = start = tok.i
        while (
            start > 0
            and end - start < 4
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i in (tok.i, *range(start, end + 1))
            and (doc[start - 1].is_title or doc[start - 1].is_upper)
            and doc[start - 1].text not in PLATFORM_WORDS
        ):
            start -= 1
        if start < end and not _only_nationality(doc[start:end]):
            runs.append((start, end))
    return runs


def _only_nationality(span: Span) -> bool:
    """Whether every word before a channel word is a nationality or a state ("a Russian
    Telegram channel", "Russian state television channel"), not a channel's name."""
    return all(t.ent_type_ in ("NORP", "GPE") or t.ent_id_.startswith("demonym:") for t in span)


_TV_CHANNEL_RE = re.compile(r"(?=[Tt])(?:\b(?:TV|[Tt]elevision) channel\b|\bTV (?=[A-Z][a-z]+\b))")


def _tv_channel_names(doc: Doc) -> list[tuple[int, int]]:
    """A television channel's name: before "TV channel" or "television channel" ("the state-run
    Belarus-1 television channel", "the Rossiya-24 TV channel") and after "TV" ("the
    pro-government TV Pink"); not a nationality ("Russian state television channel")."""
    runs: list[tuple[int, int]] = []
    for tok in _tokens_at(doc, _TV_CHANNEL_RE, ("TV", "elevision channel")):
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ != "channel":
            # "TV Pink": the word after, a name (not "TV Channel")
            name = doc[tok.i + 1]
            if name.is_title and name.is_alpha and name.ent_type_ not in ("NORP", "GPE", "DATE"):
                runs.append((tok.i, tok.i + 2))
            continue
        start = tok.i
        while (
            start > 0
            and tok.i - start < 3
            and not doc[start - 1].is_punct
            and (doc[start - 1].is_title or doc[start - 1].is_upper)
            and doc[start - 1].lower_ not in ("the", "state", "a")
        ):
            start -= 1
        # ("Belarus-1", a state's name with a number, is a channel's)
        digits = any(ch.isdigit() for t in doc[start : tok.i] for ch in t.text)
        if start < tok.i and (digits or not _only_nationality(doc[start : tok.i])):
            runs.append((start, tok.i))
    return runs


_SHIP_RE = re.compile(
    f"(?=[{''.join(sorted({p[0] for p in SHIP_PREFIXES}))}])"
    r"\b(?:" + "|".join(SHIP_PREFIXES) + r")(?: (?:[A-Z][\w'’-]+|[A-Z]\.|de|of|la|del)){1,4}"
)


def _ship_names(doc: Doc) -> list[tuple[int, int]]:
    """Where a ship's prefix and its capitalised name stand in the text ("HMS Diamond", "USS
    Gerald R. Ford"), ending at a capitalised word."""
    runs: list[tuple[int, int]] = []
    for m in _SHIP_RE.finditer(_text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is None:
            continue
        end = span.end
        while end > span.start + 1 and not doc[end - 1].is_title:
            end -= 1  # "USS Ford of": not a name's last word
        for group in (("carrier", "strike", "group"), ("strike", "group")):
            if tuple(t.lower_ for t in doc[end : end + len(group)]) == group:
                end += len(group)  # "the USS Gerald R. Ford carrier strike group"
                break
        if end - span.start >= 2:
            runs.append((span.start, end))
    return runs


_BASED_RE = re.compile(r"(?=[A-Z])\b[A-Z]\w+-based\b")
_MEDIA_NAMED_RE = re.compile(
    r"(?=[cnowbt])\b(?:channel|newspaper|outlet|website|broadcaster|tabloid) (?=[A-Z])"
)
_NICKNAME = re.compile(r"\s+[\"“][^\"”]{1,30}[\"”](?=\s)")
_SERVICE_NAME = re.compile(r"\b(?:Security|Intelligence) Service\b|\bIntelligence\b")
_DOMAIN_NAME = re.compile(r"^[A-Z][\w-]*\.[a-z]{2,3}$")  # "News.am", "Gazeta.ru"
_TOWN_OF_RE = re.compile(r"(?=[tcvdph])\b(?:town|city|village|district|port|hamlet) of [A-Z]")
_ACRONYM_RE = re.compile(r"\(\s?[A-Z]{2,8}\s?\)")


def _text_of(doc: Doc) -> str:
    """The document's text, kept once: spaCy rebuilds ``doc.text`` from its tokens at every
    access."""
    text = doc.user_data.get("frontline_text")
    if text is None:
        text = doc.user_data["frontline_text"] = doc.text
    return str(text)


def _sents(doc: Doc) -> list[Span]:
    """The document's sentences, made once: ``doc.sents`` walks every token and makes new spans
    at every access."""
    sents = doc.user_data.get("frontline_sent_list")
    if sents is None:
        sents = doc.user_data["frontline_sent_list"] = list(doc.sents)
    return sents  # type: ignore[no-any-return]


def _doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once: spaCy makes a new span of every entity at every access
    (~90 µs for an article)."""
    ents = doc.user_data.get("frontline_ents")
    if ents is None:
        ents = doc.user_data["frontline_ents"] = tuple(doc.ents)
    return ents  # type: ignore[no-any-return]


def _sent(tok: Token) -> Span:
    """The sentence of ``tok``. spaCy's ``Token.sent`` walks the tokens to the sentence's edges
    and makes a new span at every access (~5 µs); the spans are made once per document here."""
    at = tok.doc.user_data.get("frontline_sents")
    if at is None:
        at = []
        for sent in _sents(tok.doc):
            at.extend([sent] * len(sent))
        tok.doc.user_data["frontline_sents"] = at
    return at[tok.i]  # type: ignore[no-any-return]


def _subtree(tok: Token) -> list[Token]:
    """``list(tok.subtree)``, walked once per token of a document: spaCy's walk recurses through
    generators and makes every token anew, and the rules ask for the same verbs' clauses over
    and over. A new list at each call; the indices are kept, not the tokens (thousands of
    tokens kept alive make the garbage collector run more often and longer)."""
    doc = tok.doc
    trees = doc.user_data.get("frontline_subtrees")
    if trees is None:
        trees = doc.user_data["frontline_subtrees"] = {}
    tree = trees.get(tok.i)
    if tree is None:
        tree = trees[tok.i] = tuple(t.i for t in tok.subtree)
    return [doc[i] for i in tree]


def _stext(span: Span) -> str:
    """``span.text``, cut from the kept document text: spaCy joins the tokens' texts anew at
    every access (~10 µs for a sentence)."""
    return _text_of(span.doc)[span.start_char : span.end_char]


def _bracketed_acronyms(doc: Doc) -> Iterator[tuple[Token, str]]:
    """Each "(ABC)" in the text: its opening bracket and the all-capitals acronym in it."""
    for tok in _tokens_at(doc, _ACRONYM_RE):
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        acronym = doc[tok.i + 1].text
        if 2 <= len(acronym) <= 8 and acronym.isupper() and acronym.isalpha():
            yield tok, acronym


def _tokens_at(doc: Doc, pattern: re.Pattern[str], needles: tuple[str, ...] = ()) -> list[Token]:
    """The tokens where ``pattern`` matches in the text: a regex over the text finds the few
    places worth looking at, instead of walking every token (spaCy tokens are costly to make).
    ``needles``: strings one of which every match holds; a text with none is not searched."""
    out: list[Token] = []
    text = _text_of(doc)
    if needles and not any(needle in text for needle in needles):
        return out
    for m in pattern.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(span[0])
    return out


#: small words a spelled-out name may hold without giving a letter to its acronym
ACRONYM_FILLERS = {"of", "the", "for", "and", "on", "in", "i", "e", "al", "el", "de", "la", "du"}


def _spelled_out(doc: Doc, open_paren: int, acronym: str) -> int | None:
    """Where the name whose initials spell ``acronym`` starts, ending right before the bracket
    at ``open_paren`` ("Rwanda Defence Force (RDF)", "Government of National Unity (GNU)",
    "Tehreek-i-Taliban Pakistan (TTP)"), or None. A name the initials do not spell may still
    spell it otherwise (``_spelled_loosely``)."""
    start = _spelled_by_initials(doc, open_paren, acronym)
    return start if start is not None else _spelled_loosely(doc, open_paren, acronym)


def _spelled_by_initials(doc: Doc, open_paren: int, acronym: str) -> int | None:
    letters: list[str] = []
    i = open_paren - 1
    while i >= 0 and open_paren - i <= 12:
        tok = doc[i]
        if tok.text in ("-", "–") or (tok.lower_ in ACRONYM_FILLERS and letters):
            i -= 1
            continue
        if not tok.text[:1].isupper() or not tok.is_alpha:
            return None
        letters.insert(0, tok.text[0])
        joined = "".join(letters)
        if joined == acronym:
            return i
        if not acronym.endswith(joined):
            return None
        i -= 1
    return None


def _spelled_loosely(doc: Doc, open_paren: int, acronym: str) -> int | None:
    """Schwartz and Hearst's rule (2003) for a name that is not spelled by its initials: each
    letter of the acronym, last first, is found further back in the capitalised words before the
    bracket, and its first letter begins a word ("Coordinating Committee on Manipur Integrity
    (COCOMI)", "Indigenous Tribal Leaders' Forum (ITLF)"). The name must be two capitalised
    words or more, and the NER must have seen a body in it or in its acronym."""
    start = open_paren
    while start > max(_sent(doc[open_paren]).start, open_paren - 12):
        prev = doc[start - 1]
        if not (
            (prev.is_title and prev.is_alpha)
            or prev.lower_ in ACRONYM_FILLERS
            or prev.text in ("'", "’", "'s", "’s", "-")
        ):
            break
        start -= 1
    words = [t.text for t in doc[start:open_paren]]
    text = " ".join(words)
    s, i = len(acronym) - 1, len(text) - 1
    while s >= 0:
        c = acronym[s].lower()
        while i >= 0 and (text[i].lower() != c or (s == 0 and i > 0 and text[i - 1] != " ")):
            i -= 1
        if i < 0:
            return None
        i, s = i - 1, s - 1
    first = open_paren - len(text[i + 1 :].split())
    while first < open_paren and not doc[first].is_title:
        first += 1  # not "the" or "of" opening the name
    if doc[first].lower_ == "the":
        first += 1
    if sum(t.is_title for t in doc[first:open_paren]) < 2:
        return None
    if any(e.end == open_paren and e.start <= first for e in _doc_ents(doc)):
        # the NER's or the reference's name already holds it ("People's Liberation Army")
        return None
    bodies = [e for e in _doc_ents(doc) if e.label_ == "ORG"]
    if not any(e.start < open_paren + 2 and e.end > first for e in bodies):
        return None  # "the Line of Control (LOC)": no body
    return first


def _with_spelled_out_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name defined with its acronym in brackets is one entity, however the NER cut it up."""
    out = list(spans)
    for tok, acronym in _bracketed_acronyms(doc):
        start = _spelled_out(doc, tok.i, acronym)
        if start is None:
            continue
        inside = [e for e in out if e.start < tok.i and e.end > start]
        if any(e.ent_id_ and e.start == start and e.end == tok.i for e in inside):
            continue  # the ruler already knows the whole name
        if any(
            e.label_ in ("PERSON", "GPE") and e.start == start and e.end == tok.i for e in inside
        ):
            continue
        out = [e for e in out if e not in inside]
        for t in doc[start : tok.i]:
            t.ent_id_ = ""  # "Pakistan" in "Tehreek-i-Taliban Pakistan" is no longer the country
        out.append(Span(doc, start, tok.i, label="ORG"))
    return sorted(out, key=lambda e: e.start)


def _names_of_reference_acronyms(st: _Article, own_name: str | None = None) -> set[int]:
    """ "The UN Mission in South Sudan (UNMISS)": a bracketed acronym the reference knows names
    the capitalised name before it, however that name is written or cut up by the NER. The
    name's tokens become a mention of the reference entity; their indexes are returned."""
    doc = st.doc
    claimed: set[int] = set()
    for tok, acronym in _bracketed_acronyms(doc):
        key = st.ref_by_name.get(_norm(acronym))
        if key is None or st.ref.entities[key].cls in PLACE_CLASSES | {"Country"}:
            continue
        start = tok.i
        while start > max(_sent(tok).start, tok.i - 10):
            prev = doc[start - 1]
            if prev.ent_id_ and prev.ent_id_ != key and doc[start].lower_ in ("and", ",", "&"):
                # "The JCS and U.S. Forces Korea (USFK)": another body the reference knows, joined
                # to the name (not "… Stabilization Mission in the DRC (MONUSCO)")
                break
            if prev.is_title or prev.is_upper or prev.lower_ in ACRONYM_FILLERS | {"in", "to"}:
                start -= 1
            else:
                break
        while start < tok.i and (
            doc[start].lower_ in ACRONYM_FILLERS or doc[start].lower_ == "the"
        ):
            start += 1  # not "The" or "of" opening the run
        if tok.i - start < 2 or _stext(doc[start : tok.i]).lower() == own_name:
            continue  # (the publisher's own "Ministry of National Defense (MND)": its own)
        last = doc[tok.i - 1]
        if last.ent_id_ and last.ent_id_ != key and doc[start].ent_id_ == last.ent_id_:
            # "The Armed Forces of the Philippines (AFP)": the whole name is another body the
            # reference knows, which the acronym stands for here (not the news agency)
            continue
        ref = st.ref.entities[key]
        st.ensure(key, ref.cls, ref.label)
        st.add_mention(start, tok.i, key)
        for i in range(start, tok.i + 2):
            st.token_key[i] = key
            claimed.add(i)
    return claimed


def _place_named(st: _Article, name: str, *, any_case: bool = False) -> str | None:
    """A place the article has already named ``name`` (a name the NER tags differently later
    in the article is still that place)."""
    folded = name.lower()
    return next(
        (
            k
            for k, d in st.entities.items()
            if d.cls in PLACE_CLASSES
            and (d.label.lower() == folded if any_case else d.label == name)
        ),
        None,
    )


def _collect_entities(st: _Article) -> None:
    doc = st.doc
    persons_full: dict[str, str] = {}  # lower surname -> key, from multi-token names
    pending_short: list[Span] = []
    spans = _entity_spans(doc)
    doc_surnames = {e[-1].lower_ for e in spans if e.label_ == "PERSON" and len(e) > 1}
    # "the Government of National Unity (GNU)": the acronym, and the last token of the name
    defined = {a: e.end - 1 for e in spans if (a := _acronym_after(doc, e))}
    for e in spans:
        # "the Line of Control (LoC": the NER took the bracket and the acronym in
        if len(e) >= 3 and e[-2].text == "(" and _acronym_after(doc, e[:-2]) == e[-1].text:
            defined.setdefault(e[-1].text, e.end - 3)
    publisher = _clean_label(st.article.publisher or "")
    outlet = (
        _norm(publisher)
        if publisher and _classify_unknown(publisher, "ORG") == "Organization"
        else None
    )
    own = _publisher_parts(st, publisher) if publisher else None
    claimed = _names_of_reference_acronyms(st, own[0].lower() if own else None)
    for ent in spans:
        ent_text = _stext(ent)  # spaCy joins the tokens' texts anew at every .text
        if ent.start in claimed:
            continue  # part of a name its bracketed reference acronym already resolved
        if own is not None and _LEADING_THE.sub("", ent_text).lower() == own[0].lower():
            # "The Department of Foreign Affairs (DFA) condemns …" in a release of the
            # "Department of Foreign Affairs, Republic of the Philippines": the publisher, not a
            # body of that name elsewhere (Taiwan's Ministry of National Defense in South Korea's)
            key = _publisher_body(st, publisher)
            if key is not None:
                st.add_mention(ent.start, ent.end, key)
                if acronym := _acronym_after(doc, ent):
                    st.acronyms[acronym] = key
                    if key not in st.ref.entities:
                        st.entities[key].alt_labels.add(acronym)
                continue
        if outlet is not None and not ent.ent_id_ and _norm(ent_text) == outlet:
            # "told Middle East Eye" in Middle East Eye's own story: the outlet, whatever the
            # NER called it (a place, here)
            st.add_mention(ent.start, ent.end, _named(st, publisher, "MediaOutlet"))
            continue
        if not ent.ent_id_ and _only_a_title(ent):
            continue  # "Government Spokesman", "the Minister of Culture and Information"
        if not ent.ent_id_ and (named := _body_head_named_before(st, ent)) is not None:
            st.add_mention(ent.start, ent.end, named)  # "the Council said"
            continue
        if (
            ent_text in LEGAL_FORMS
            and ent.start > 0
            and (owner := st.key_at(doc[ent.start - 1])) is not None
        ):
            st.add_mention(ent.start, ent.end, owner)  # "Rosneft PJSC": the company's form
            continue
        if (
            not ent.ent_id_
            and _clean_label(ent_text) in ("MoD", "MOD")
            and (ministry := _named_ministry(st, ent, "Defence Ministry")) is not None
        ):
            # "the MoD said" in Sky News copy: a defence ministry, the publisher's own or that of
            # the state named with it ("Russia's MoD")
            st.add_mention(ent.start, ent.end, ministry)
            continue
        if (
            not ent.ent_id_
            and ent_text.endswith("General Staff")
            and (staff := _state_general_staff(st, ent)) is not None
        ):
            # "Belarus' General Staff", "the Belarusian General Staff"
            st.add_mention(ent.start, ent.end, staff)
            continue
        if ent_text in defined and ent_text not in st.acronyms and defined[ent_text] < ent.start:
            named = st.key_at(doc[defined[ent_text]])
            if named is not None and (
                st.cls_of(named) not in PLACE_CLASSES | {"Country"}
                # "the Line of Control (LoC)": a line or zone of the map is, a town is not
                or (st.cls_of(named) == "Region" and not ent_text.isupper())
            ):
                st.acronyms[ent_text] = named
                if named not in st.ref.entities:
                    st.entities[named].alt_labels.add(ent_text)
        if (
            ent.ent_id_
            and ent_text in defined
            and st.acronyms.get(ent_text, ent.ent_id_) != ent.ent_id_
        ):
            # "The Armed Forces of the Philippines (AFP) rejected …": the article's own meaning
            # of the acronym, not the reference's (the news agency)
            st.add_mention(ent.start, ent.end, st.acronyms[ent_text])
            continue
        if not ent.ent_id_ and (ship := _ship_name(ent)):
            # "the guided-missile destroyer USS Stockdale": a warship, a unit of its navy;
            # "the Stockdale" after it is the same ship
            _unit(st, doc[ship[0] : ent.end], ship[1])
            if (key := st.token_key.get(ship[0])) and key.startswith("unit/"):
                st.entities[key].number = st.entities[key].echelon = None
                for short in ship[2]:
                    st.short_names.setdefault(short, key)
            continue
        facility = _clean_label(ent_text).split()
        if (
            not ent.ent_id_
            and len(facility) >= 2
            and (
                facility[-1] in FACILITY_NAME_HEADS
                # "the Port of Eilat" (see _entity_spans)
                or (facility[:2] == ["Port", "of"] and ent.label_ == "FAC")
            )
            and all(w[:1].isupper() or w == "of" for w in facility)
        ):
            # "Ben Gurion Airport" (the NER's person), "Mitiga International Airport" (its
            # place): a facility, named like a body; "Ben Gurion" after it is the airport
            key = "organization/" + slug(" ".join(facility))
            st.ensure(key, "Organization", " ".join(facility))
            st.add_mention(ent.start, ent.end, key)
            if facility[-1] in FACILITY_NAME_HEADS:
                st.facility_names.setdefault(
                    " ".join(w for w in facility[:-1] if w != "International"), key
                )
            continue
        short = ent_text[4:] if ent_text[:4].lower() == "the " else ent_text
        if (
            ent.start >= 2
            and ent.end < len(doc)
            and doc[ent.start - 1].text in ('"', "“")
            and doc[ent.end].text in ('"', "”")
            and (unit := st.key_at(doc[ent.start - 2])) is not None
            and st.cls_of(unit) in ("MilitaryUnit", "ArmedForce")
        ):
            # 'The 93rd Separate Mechanized Brigade "Kholodnyi Yar" said': the unit's honorific
            # name, in quotation marks after it
            if unit not in st.ref.entities:
                st.entities[unit].alt_labels.add(ent_text)
            st.add_mention(ent.start, ent.end, unit)
            continue
        if not ent.ent_id_ and (force := _bare_armed_forces(st, ent_text)) is not None:
            st.add_mention(ent.start, ent.end, force)
            continue
        if short in ("Guard", "Guards") and short not in st.short_names:
            _guards(st)
        if short in st.short_names and not ent.ent_id_:
            st.add_mention(ent.start, ent.end, st.short_names[short])
            continue
        if short in st.facility_names and not ent.ent_id_:
            st.add_mention(ent.start, ent.end, st.facility_names[short])  # "at Ben Gurion"
            continue
        if (
            ent.label_ in SKIP_ENT_LABELS
            and not ent.ent_id_
            and not (
                ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
                and (
                    _named_like_a_person(st, ent, _clean_label(ent_text))
                    # "the rights group OVD-Info": a body, its kind written before it
                    or (
                        ent.start > 0
                        and doc[ent.start - 1].lower_ in BODY_DESCRIPTORS
                        and doc[ent.start - 1].tag_ == "NN"
                        and ent_text[:1].isupper()
                    )
                )
            )
        ):
            continue
        if (
            len(ent) == 1
            and ent.label_ in ("ORG", "GPE", "PRODUCT", "NORP", "LOC")
            and not ent.ent_id_
            and ent[0].lower_ in doc_surnames
        ):
            pending_short.append(ent)  # "Hryhorov dismissed ...": a surname the NER mislabelled
            continue
        if ent.label_ == "NORP" or ent.ent_id_.startswith("demonym:"):
            _collective(st, ent)
            continue
        text = _clean_label(ent_text)
        if not text or not any(c.isalpha() for c in text):
            continue
        if text.lower().rstrip(".") in PLATFORMS and not ent.ent_id_:
            continue  # "wrote on Telegram", "on X.": where it was said, not who said it
        if text.upper() in TIME_ZONES:
            continue  # "by 6 a.m. (0300 GMT)"
        if not ent.ent_id_ and (
            not any(c.isupper() for c in text)  # "hit mosques and homes" tagged ORG
            or text.lower().rstrip(".") in RANK_ABBREVIATIONS  # "Lt. Gen. Ahmed Sharif Chaudhry"
            or WEAPON_RE.fullmatch(text)  # "Patriot", "Iskander-M": weapons, not actors
            or _part_of_a_title(ent)  # "Defense Minister Israel Katz", "Secretary of State"
        ):
            continue
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        if (
            ent.start > 0
            and doc[ent.start - 1].lower_ in VESSEL_NOUNS
            and doc[ent.start - 1].pos_ == "NOUN"
            and ent.label_ in ("GPE", "LOC", "PERSON", "ORG", "FAC", "PRODUCT")
            and ent[0].is_title
        ):
            # "China's aircraft carrier Liaoning", "the frigate Yaroslav Mudry": a warship, not
            # the province or the person it is named after
            _unit(st, ent, text)
            if (key := st.token_key.get(ent.start)) and key.startswith("unit/"):
                st.entities[key].number = st.entities[key].echelon = None
            continue
        if (
            ent.label_ != "PERSON"
            and len(text.split()) == 1
            and (person := persons_full.get(text.lower())) is not None
        ):
            # "Rear Admiral Roy Vincent Trinidad … Trinidad accused": the surname of the person
            # named in full before, not the country of that name
            st.add_mention(ent.start, ent.end, person)
            continue
        words = text.split()
        if (
            ent.label_ != "PERSON"
            and len(words) == 1
            and ent.start > 0
            and doc[ent.start - 1].lower_ in _PERSONAL_HONORIFICS
            and text[:1].isupper()
        ):
            # "Mr Nebiat said" (the NER's ORG): a person, named by a surname or, as Ethiopian
            # names are, by the first name
            pending_short.append(ent)
            continue
        if (
            ent.label_ != "PERSON"
            and 2 <= len(words) <= 3
            and words[0].lower() in HONORIFICS
            and (person := persons_full.get(words[-1].lower())) is not None
        ):
            # "Hélène Dufresne … Ms Dufresne told the BBC" (the NER's ORG): the person
            st.add_mention(ent.start, ent.end, person)
            continue
        ref_key = (
            ent.ent_id_
            or st.ref_by_name.get(_norm(text))
            or (_spelled_otherwise(st, text) if ent.label_ == "PERSON" else None)
            or _owned_by_country(st, ent, text)
            or (_home_office(st, ent[0], text) if ent.label_ == "ORG" else None)
            or (_named_in_full_before(st, ent, text) if ent.label_ == "ORG" else None)
        )
        defined_as = _acronym_after(doc, ent)
        by_acronym = st.ref_by_name.get(_norm(defined_as)) if defined_as else None
        if (
            ref_key is None
            and by_acronym
            and st.ref.entities[by_acronym].cls not in PLACE_CLASSES | {"Country"}
        ):
            # "the Office for the Coordination of Humanitarian Affairs (OCHA)": the reference
            # body the acronym names
            ref_key = by_acronym
        if (
            ref_key is None
            and ent.label_ in ("ORG", "FAC", "PERSON", "GPE", "LOC")
            and len(text.split()) == 1
        ):
            after = st.doc[ent.end] if ent.end < len(st.doc) else None
            if after is not None and (
                after.lower_ in REGION_NOUNS or after.lower_ in ("governor", "mayor")
            ):
                # "the Kalbajar district", "Krasnodar Governor Veniamin Kondratyev": a place
                ref_key = next(
                    (
                        r
                        for suffix in ("", " Oblast", " Krai", " region", " Province", " district")
                        if (r := st.ref_by_name.get(_norm(text + suffix)))
                        and st.ref.entities[r].cls in PLACE_CLASSES
                    ),
                    None,
                )
                if ref_key is None and ent.label_ in ("ORG", "FAC", "PERSON"):
                    key = "region/" + slug(text)
                    st.ensure(key, "Region", text)
                    st.add_mention(start, ent.end, key)
                    continue
                # ("Sagaing region": the reference's Sagaing Region)
        if ref_key and ref_key in st.ref.entities and st.ref.entities[ref_key].cls == "Settlement":
            # "the Zaporozhye direction", "the Kharkiv front": a front named after a city that
            # shares its name with a region is the region's
            after = st.doc[ent.end] if ent.end < len(st.doc) else None
            if after is not None and after.lower_ in ("direction", "front", "axis", "sector"):
                region = st.ref_by_name.get(_norm(st.ref.entities[ref_key].label + " Oblast"))
                if region and st.ref.entities[region].cls == "Region":
                    ref_key = region
        if ref_key and ref_key in st.ref.entities:
            ref = st.ref.entities[ref_key]
            st.ensure(ref_key, ref.cls, text)
            st.add_mention(start, ent.end, ref_key)
            if ref.cls == "Person":
                persons_full[ref.label.split()[-1].lower()] = ref_key
                # the surname as this article spells it: "Andrey Kovalyov … Kovalyov insisted"
                if len(text.split()) >= 2:
                    persons_full.setdefault(text.split()[-1].lower(), ref_key)
            continue
        if not ref_key and (national := _national_body(st, ent, text)) is not None:
            if national in st.ref.entities:
                st.ensure(national, st.ref.entities[national].cls, text)
            st.add_mention(start, ent.end, national)
            continue
        acronym = _acronym_after(doc, ent)
        if (
            not ref_key
            and len(ent) <= 2
            and ent.start >= 3
            and doc[ent.start - 1].lower_ == "or"
            and doc[ent.start - 2].text == ","
            and ent.end < len(doc)
            and doc[ent.end].text in (",", ")", ".")
            and (named := st.token_key.get(ent.start - 3))
            and st.cls_of(named) in ACTOR_CLASSES - {"Person", "Country"}
        ):
            # "The Arakan Army, or AA, said": another name of the body just named
            st.acronyms[text] = named
            if named not in st.ref.entities:
                st.entities[named].alt_labels.add(text)
            st.add_mention(start, ent.end, named)
            continue
        if text in st.acronyms and not ent.ent_id_:
            # "TNLA" after "the Ta'ang National Liberation Army (TNLA)": the same body
            st.add_mention(start, ent.end, st.acronyms[text])
            continue
        if not ent.ent_id_ and (spelled := _initials_of_named(st, text)) is not None:
            # "the Caspian Pipeline Consortium's terminal … The CPC said": the initials of a body
            # named before, though the article never put them in brackets
            st.acronyms[text] = spelled
            st.entities[spelled].alt_labels.add(text)
            st.add_mention(start, ent.end, spelled)
            continue
        if ent.label_ in ("ORG", "GPE", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "FAC") and (
            (
                ent.start > 0
                and doc[ent.start - 1].lower_ in MEDIA_NOUNS
                and (
                    doc[ent.start - 1].pos_ == "NOUN"
                    # "the Ugandan daily Daily Monitor", tagged an adjective
                    or (
                        doc[ent.start - 1].lower_ in ("daily", "weekly")
                        and doc[ent.start - 1].dep_ == "compound"
                    )
                )
                and ent.root.dep_ in ("appos", "compound", "nsubj", "pobj", "dobj")
            )
            or (
                # "Pakistan's Dawn newspaper", "the Kommersant daily"
                ent.end < len(doc)
                and doc[ent.end].lower_ in MEDIA_NOUNS
                and doc[ent.end].pos_ == "NOUN"
                and ent.root.dep_ == "compound"
                and ent.root.head.i == ent.end
            )
            or (
                # "the Two Majors Telegram channel"
                ent.end + 1 < len(doc)
                and doc[ent.end].text in PLATFORM_WORDS
                and doc[ent.end + 1].lower_ == "channel"
            )
        ):
            # "the news website Maliweb", "the daily L'Essor", "broadcaster ORTM": an outlet,
            # whatever the NER called the name
            key = "media/" + slug(text)
            st.ensure(key, "MediaOutlet", text)
            st.add_mention(start, ent.end, key)
            continue
        if (
            ent.label_ in ("ORG", "GPE", "PERSON", "FAC", "LOC", "NORP", "PRODUCT")
            and len(text.split()) >= 2
            and (
                text.split()[-1].lower() in GEOGRAPHIC_HEADS
                or (text.split()[0].lower() in GEOGRAPHIC_HEADS and text.split()[1] == "of")
            )
            and text.split()[0][:1].isupper()
        ):
            # "Scarborough Shoal", "the Durand Line", "the Line of Control": a feature of the
            # land or sea, or a line drawn on them, whatever the NER called it
            key = "region/" + slug(text)
            st.ensure(key, "Region", text)
            st.add_mention(start, ent.end, key)
            continue
        if (
            ent.label_ in ("PERSON", "ORG")
            and not ent.ent_id_
            and 2 <= len(text.split()) <= 3
            and text.split()[-1] in ("Prefecture", "Province", "Oblast", "Governorate", "Krai")
            and not st.ref_by_name.get(_norm(text))
        ):
            # "Okinawa Prefecture" taken for a person: a region
            key = "region/" + slug(text)
            st.ensure(key, "Region", text)
            st.add_mention(start, ent.end, key)
            continue
        if (
            ent.label_ in ("GPE", "ORG", "NORP", "LOC")
            and len(ent) == 1
            and not ent.ent_id_
            and ent.end + 2 < len(doc)
            and doc[ent.end].text == ","
            and doc[ent.end + 1].text.isdigit()
            and 1 <= int(doc[ent.end + 1].text) <= 110
            and doc[ent.end + 2].text == ","
            and not st.ref_by_name.get(_norm(text))
        ):
            # '"He was promised six months," Yekaterina, 34, told …': a first name and an age
            key = "person/" + slug(text)
            st.ensure(key, "Person", text)
            st.add_mention(start, ent.end, key)
            continue
        if ent.label_ in ("ORG", "NORP", "GPE", "FAC") and (ranked := _name_after_ranks(ent)):
            # "Brig-Gen Gaspard Baratuza" taken for a body: the person the ranks name
            text = _clean_label(ranked.text)
            key = st.ref_by_name.get(_norm(text)) or "person/" + slug(text)
            st.ensure(key, "Person", text)
            st.add_mention(ranked.start, ent.end, key)
            persons_full.setdefault(text.split()[-1].lower(), key)
            continue
        if ent.label_ not in ("PERSON", "DATE", "TIME") and _named_like_a_person(st, ent, text):
            # "RSF spokesperson al-Fateh Qurashi said", "Oleksandr Hrynchuk, a spokesperson for
            # …": a person, whatever the NER called the name (less a rank: "Rear Adm. …")
            text = _without_titles(text)
            key = "person/" + slug(text)
            st.ensure(key, "Person", text)
            st.add_mention(start, ent.end, key)
            persons_full.setdefault(text.split()[-1].lower(), key)
            continue
        if (
            ent.label_ in ("PERSON", "ORG", "FAC")
            and not _acronym_after(doc, ent)  # places are seldom defined with an acronym
            and _used_as_place(ent)
            and text.split()[-1].lower() not in ORG_HEADS
            and not BODY_NAME_START.match(text)  # "turned to the Committee of … Mothers"
        ):
            key = "settlement/" + slug(text)
            st.ensure(key, "Settlement", text)
            st.add_mention(start, ent.end, key)
            continue
        if ent.label_ == "ORG" and _media_context(ent):
            key = "media/" + slug(text)
            st.ensure(key, "MediaOutlet", text)
            st.add_mention(start, ent.end, key)
            continue
        if (
            ent.label_ in ("PERSON", "ORG")
            and not _media_context(ent)
            and _described_as_body(ent.root)
        ):
            # "Ukrenergo, the national grid operator, says": a body, whatever the NER said
            key = "organization/" + slug(text)
            st.ensure(key, "Organization", text)
            st.add_mention(start, ent.end, key)
            continue
        if (
            len(text.split()) == 1
            and not ref_key
            and ent.label_ in ("ORG", "GPE", "PRODUCT", "NORP", "LOC", "FAC")
            and (
                (person := persons_full.get(text.lower()))
                # "army spokesman Captain Cyrille Atonfack Guemo … Atonfack said": a middle
                # name many are called by, of one person named before
                or (person := _called_by_middle_name(st, persons_full, text))
            )
        ):
            # "Oleh Kiper wrote … Kiper later told reporters" (the NER's ORG): the person's
            # surname
            st.add_mention(start, ent.end, person)
            continue
        famous = st.surnames.get(text.lower(), []) if len(text.split()) == 1 else []
        if len(famous) == 1 and ent.label_ in ("ORG", "NORP", "PRODUCT") and not ref_key:
            # "Trump" tagged ORG: the one reference person with that surname
            ref = st.ref.entities[famous[0]]
            st.ensure(famous[0], "Person", ref.label)
            st.add_mention(start, ent.end, famous[0])
            continue
        if (
            ent.label_ in ("ORG", "PERSON", "GPE", "NORP")
            and len(text.split()) == 1
            and not ref_key
        ):
            # "the Radaa Deterrence Force … Radaa has alleged", "the Golani Brigade … a Golani
            # soldier": the body named in full before
            fuller = {
                k
                for k, d in st.entities.items()
                if d.cls
                in ("Organization", "ArmedForce", "Group", "GovernmentBody", "MilitaryUnit")
                and d.label.startswith(text + " ")
                and len(d.label.split()) >= 2
            }
            if len(fuller) == 1:
                st.add_mention(start, ent.end, fuller.pop())
                continue
        if (
            ent.label_ in ("ORG", "PERSON", "FAC", "NORP")
            and not ref_key
            and text == "Joint Staff"
            and (
                staff := _general_staff(
                    st,
                    ent.root,
                    # "Pakistan's Joint Staff", else the home country's
                    next(
                        (
                            k
                            for c in ent.root.children
                            if c.dep_ == "poss" and (k := st.country_at(c))
                        ),
                        None,
                    ),
                    staff=text,
                )
            )
            is not None
        ):
            # "the Defense Ministry's Joint Staff said" in Jiji's copy: Japan's
            st.add_mention(start, ent.end, staff)
            continue
        if (
            text in ("North", "South")
            and ent.start > 0
            and doc[ent.start - 1].lower_ == "the"
            and re.search(r"\b(?:North|South) Korea", _text_of(doc))
        ):
            # "the military had not detected the North moving the guns": in a story on the two
            # Koreas, the North is North Korea
            korea = "country/north-korea" if text == "North" else "country/south-korea"
            if korea in st.ref.entities:
                st.ensure(korea, "Country", st.ref.entities[korea].label)
                st.add_mention(start, ent.end, korea)
                continue
        if (
            ent.label_ in ("LOC", "GPE", "FAC")
            and len(text.split()) == 1
            and not ref_key
            and (named := _named_in_full(st, "Region", text)) is not None
        ):
            # "the Taiwan Strait … sailed through the Strait": the place named in full before
            st.add_mention(start, ent.end, named)
            continue
        if (
            ent.label_ == "ORG"
            and (len(text.split()) >= 2 or text.lower() in ("navy", "army", "police"))
            and not ref_key
        ):
            # "the True News Information Team … The Information Team accused", "the U.S. Navy …
            # The Navy said": the body named in full before
            fuller = {
                k
                for k, d in st.entities.items()
                if d.cls in ("Organization", "ArmedForce", "Group", "GovernmentBody", "MediaOutlet")
                # "the Palestine Red Crescent Society … the Red Crescent's account"
                and (d.label.endswith(" " + text) or f" {text} " in f" {d.label} ")
                and d.label != text
            }
            owner = (
                st.country_at(doc[start - 2])
                if start >= 2 and doc[start - 1].lower_ in ("'s", "’s")
                else None
            )
            if owner is not None:
                # "Japan's Ministry of Foreign Affairs" after China's: Japan's, not the one named
                fuller = {k for k in fuller if _side(st, k) == owner}
            if len(fuller) == 1:
                st.add_mention(start, ent.end, fuller.pop())
                continue
        known_place = _place_named(st, text)
        if known_place is not None and ent.label_ in ("PERSON", "ORG"):
            # "the Datta Khel area … the Datta Khel and Mir Ali areas": the place named before
            st.add_mention(start, ent.end, known_place)
            continue
        same = f"organization/{slug(text)}"
        if ent.label_ in ("GPE", "LOC") and not ref_key and same in st.kind_named:
            # "railway operator Ukrzaliznytsia … Ukrzaliznytsia rejected": the body named before
            st.add_mention(start, ent.end, same)
            continue
        # "grid operator Ukrenergo", "railway operator Ukrzaliznytsia" (a GPE to the NER),
        # "energy company DTEK": a body's kind before its name
        kind_before = (
            ent.start > 0
            and doc[ent.start - 1].lower_ in BODY_DESCRIPTORS
            and doc[ent.start - 1].is_lower
            and doc[ent.start - 1].lower_ not in TITLES_ROLES_RANKS
        )
        # "Mykolaivoblenergo, the regional power distribution company, acknowledged": a name
        # the NER took for a place, described as a body right after it
        kind_after = (
            ent.label_ in ("GPE", "LOC")
            and not ref_key
            and len(ent) == 1
            and ent.end < len(doc)
            and doc[ent.end].text == ","
            and _described_as_body(ent.root)
        )
        kind_before = kind_before or kind_after
        if (ent.label_ == "GPE" and kind_before and not ref_key) or (
            ent.label_ == "PERSON"
            and (
                ent[0].lower_ == "the"
                or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
                # "Aegeus Bulk Carriers": a company's name, whatever the NER called it, and
                # "Nasser Hospital" a facility's
                or (
                    len(text.split()) >= 2
                    and text.split()[-1].lower() in COMPANY_WORDS | INSTITUTION_LAST_WORDS
                )
                or kind_before
            )
        ):
            # "the Islamic Emirate": a person's name takes no article; a body's does, and its
            # words may tell what kind ("the Punjab Police", "the Assam Rifles")
            cls = _classify_unknown(text, "ORG")
            if cls == "MediaOutlet":
                cls = "Organization"
            key = _kind(cls) + "/" + slug(text)
            st.ensure(key, cls, text)
            st.add_mention(start, ent.end, key)
            if kind_before:
                st.kind_named.add(key)
            continue
        if ent.label_ == "PERSON":
            # the small model often leaves the first name out: "Minister Rustem Umerov" -> "Umerov"
            while (
                start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].is_title
                and doc[start - 1].lower_ not in TITLES_ROLES_RANKS | HONORIFICS
                # "spokesperson for the West Philippine Sea Jay Tarriela": a place's name ends
                and doc[start - 1].lower_ not in GEOGRAPHIC_HEADS | {"sea", "ocean", "coast"}
                and doc[start - 1].dep_ == "compound"
                and (
                    not doc[start - 1].ent_type_
                    # "Tatarstan head Rustam Minnikhanov", the given name a GPE to the NER: a
                    # one-word place the reference does not know, bound to the surname
                    or (
                        doc[start - 1].ent_type_ in ("GPE", "LOC", "ORG", "NORP")
                        and doc[start - 1].ent_iob_ == "B"  # a one-word entity of its own
                        and doc[start - 1].head.i == ent.end - 1
                        and _norm(doc[start - 1].text) not in st.ref_by_name
                    )
                )
                and not (
                    start > 1
                    and doc[start - 2].lower_ in ("of", "for")
                    and (
                        _portfolio_word(doc[start - 1])
                        or (start > 2 and doc[start - 3].lower_ in TITLES_ROLES_RANKS)
                    )
                )  # "Minister for Reintegration Oleg Serebrian", "Director General of Police X"
                # "Aide … for International Military Cooperation Valery Revenko": a portfolio
                # of several words
                and not (
                    _portfolio_word(doc[start - 1])
                    and any(
                        doc[k].lower_ in ("of", "for")
                        and all(doc[x].is_title for x in range(k + 1, start))
                        for k in range(max(0, start - 5), start - 1)
                    )
                )
            ):
                start -= 1
            comma = max((t.i for t in doc[start : ent.end - 1] if t.text == ","), default=None)
            if comma is not None:
                start = comma + 1  # "… in the New Administrative Capital, Abdelatty urged"
            while start < ent.end - 1 and (
                doc[start].lower_ in HONORIFICS
                or doc[start].lower_ in RANK_ABBREVIATIONS
                # "Lieutenant Ngongo" is Ngongo (the Jules Ngongo named before, if any)
                or (doc[start].lower_ in MILITARY_RANKS and doc[start + 1].is_title)
                or (
                    doc[start].lower_ in MALAY_HONORIFICS
                    or (doc[start].lower_ == "tan" and doc[start + 1].lower_ == "sri")
                )
                # "Maj-Gen Winthai": the hyphen between two ranks
                or (
                    doc[start].text == "-"
                    and start > ent.start
                    and doc[start - 1].lower_ in RANK_ABBREVIATIONS
                )
                or (doc[start].text in BURMESE_HONORIFICS and ent.end - start >= 3)
            ):
                start += 1  # "Mr. Dujarric" is Dujarric, "U Thet Naing Oo" Thet Naing Oo
            while start < ent.end - 2 and (
                doc[start].lower_ in TITLES_ROLES_RANKS | OFFICE_NAME_WORDS
                # "Minister of Information Yemane Gebremeskel": the portfolio, not a name
                or (
                    start > 0
                    and doc[start - 1].lower_ in ("of", "for")
                    and _portfolio_word(doc[start])
                )
                or not (
                    doc[start].is_title
                    or doc[start].is_upper
                    or doc[start].lower_ in NAME_PARTICLES  # "al-Maliki"
                )
            ):
                start += 1  # "Rank Andriy Volyk" ("Captain 3rd Rank ...") -> "Andriy Volyk"
            if (
                ent.end - start == 2
                and doc[start].lower_ in TITLES_ROLES_RANKS
                and (person := _titled_short_name(st, persons_full, doc[start + 1].text))
            ):
                # "MND spokesperson Lee Kyung-ho … Spokesperson Lee acknowledged": a title and
                # one name of a person named in full before
                st.add_mention(start, ent.end, person)
                continue
            text = _clean_label(doc[start : ent.end].text)
            if text.isupper() and len(text.split()) >= 2:
                text = text.title()  # "BINTOU KEITA" in UN meetings coverage
            elif _FAMILY_NAME_IN_CAPITALS.match(text):
                # "Mr. IWAYA Takeshi" (Japan's official style): the family name in capitals
                # first; in English "Takeshi Iwaya", as the rest of the text calls him (but
                # "Mr. CHO Hyun" is "Cho Hyun")
                text = _surname_last(text)
            # 'Jimmy "Barbecue" Cherizier': the nickname in quotation marks is no part of the name
            nickname = _NICKNAME.search(text)
            text = " ".join(_NICKNAME.sub(" ", text).split()) or text
            words = text.split()
            if len(words) == 1:
                pending_short.append(doc[start : ent.end])
                continue
            if (named := _named_in_full(st, "Person", text)) is not None:
                # "Jamal Abu Awad … Abu Awad was in critical condition": a family name of two
                # words, the person named in full before
                st.add_mention(start, ent.end, named)
                continue
            opening = {
                k
                for k in persons_full.values()
                if len(label_words := st.entities[k].label.split()) > len(words)
                and [w.lower() for w in label_words[: len(words)]] == [w.lower() for w in words]
            }
            if len(opening) == 1:
                # "SSPDF spokesperson Lul Ruai Koang … Lul Ruai admitted": the person named in
                # full before, by the first words of his name
                st.add_mention(start, ent.end, opening.pop())
                continue
            plain = _without_initials(text)
            known = st.ref_by_name.get(_norm(plain)) if plain != text else None
            if known is None and plain != text:
                known = _spelled_otherwise(st, plain)  # "Dmitri S. Peskov": Dmitry Peskov
            if known is not None and st.ref.entities[known].cls == "Person":
                # "Lloyd J. Austin III" is the reference's Lloyd Austin
                st.ensure(known, "Person", st.ref.entities[known].label).alt_labels.add(text)
                st.add_mention(start, ent.end, known)
                persons_full.setdefault(plain.split()[-1].lower(), known)
                continue
            key = "person/" + slug(text)
            st.ensure(key, "Person", text)
            if plain != text:
                # "Patrick S. Ryder" is also called Patrick Ryder, and "Ryder" after
                st.entities[key].alt_labels.add(plain)
                words = plain.split()
            if nickname is not None and len(words) >= 2:
                # Thomas "Tommy" Pigott is also called Tommy Pigott
                called = nickname.group().strip(' "“”')
                st.entities[key].alt_labels.add(f"{called} {words[-1]}")
            st.add_mention(start, ent.end, key)
            persons_full.setdefault(words[-1].lower(), key)
            article, _, bare = words[-1].lower().partition("-")
            if bare and article in ARABIC_ARTICLES:
                persons_full.setdefault(bare, key)  # "Majed al-Ansari … Ansari said"
            continue
        service = _national_service(st, ent, text)
        if service:
            st.add_mention(start, ent.end, service)
            continue
        cls = _classify_unknown(text, ent.label_)
        if ent.label_ == "BASE" and all(
            t.lower_ in ("air", "base", "airbase", "naval", "field", "airfield", "military")
            or t.ent_type_ == "NORP"
            or t.lower_ in ("soviet", "former")
            or (t.is_title and st.country_at(t))
            for t in ent
        ):
            continue  # "a former Soviet airfield", "an Israeli air base": no name, no entity
        if known_place is not None and cls == "Organization" and len(text.split()) == 1:
            # "Russia's Saratov region … the Saratov refinery": the place named before
            st.add_mention(start, ent.end, known_place)
            continue
        if cls == "MilitaryUnit":
            _unit(st, ent, text)
            continue
        if cls == "GovernmentBody" and "ministry" in text.lower():
            ministry = _named_ministry(st, ent, text)
            if ministry:
                st.add_mention(start, ent.end, ministry)
                continue
        if cls == "MediaOutlet" and ent.label_ not in ("ORG",):
            cls = "Organization"
        key = _kind(cls) + "/" + slug(text)
        st.ensure(key, cls, text)
        st.add_mention(start, ent.end, key)
        if acronym:
            # "the Ta'ang National Liberation Army (TNLA)": the acronym names it from here on
            st.acronyms[acronym] = key
            st.entities[key].alt_labels.add(acronym)
    for ent in pending_short:
        text = _clean_label(ent.text)
        surname = text.lower()
        person = persons_full.get(surname)
        if person is None:
            # "The lawyer, Natalya Orlova, told Meduza … Orlova said": named in full by a rule
            # other than the NER's (which took the full name for a place)
            person = _named_in_full(st, "Person", text)
        if person is None:
            # "Government spokesperson Legesse Tulu … Legesse said": many people are referred
            # to by their first name (Ethiopian, Arab, Burmese names); one person so named
            firsts = _first_named(st, persons_full.values(), surname)
            if len(firsts) == 1:
                person = firsts.pop()
            elif firsts:
                # "KCNA said Kim Jong Un oversaw the launch … Kim hailed …" with Kim Yo Jong
                # also in the story: the one of them named last before, unless that mention
                # only describes another ("Kim Yo-jong, the sister of leader Kim Jong-un, …
                # Kim said": the sister)
                person = _last_named(st, ent.start, firsts.__contains__)
                last = max(
                    (m for m in st.mentions if m.key == person and m.start < ent.start),
                    key=lambda m: m.start,
                    default=None,
                )
                described = next(
                    (
                        m.key
                        for m in st.mentions
                        if last is not None
                        and m.key in firsts
                        and m.key != person
                        and m.start < last.start
                        and doc[m.end - 1].is_ancestor(doc[last.end - 1])
                    ),
                    None,
                )
                person = described or person
        if person is None:
            # "Army spokesman Guillaume Ndjike Kaiko … Ndjike said": a middle name many are
            # called by
            person = _called_by_middle_name(st, persons_full, surname)
        if person is None:
            # a reference person of that surname the article has not named in full ("Koo" is
            # the article's Koo Byung-sam, family name first, before the reference's Wellington
            # Koo)
            candidates = st.surnames.get(surname, [])
            if len(candidates) == 1:
                person = candidates[0]
        if person is None:
            # "the town of Bara … its fighters had liberated Bara": the name is the place the
            # article has already named, whatever the NER calls it here
            place = _place_named(st, text, any_case=True)
            speaks = (
                ent.root.dep_ in ("nsubj", "nsubjpass")
                and ent.root.head.lemma_.lower() in VERB_TYPES
            )
            if place is not None and (place in st.ref.entities or not speaks):
                st.add_mention(ent.start, ent.end, place)
                continue
            if place is not None and st.cls_of(place) == "Settlement":
                # "an adviser to Aksyonov … Aksyonov acknowledged": a name the NER first took for
                # a place, then for the person who speaks, is the person's throughout
                person = "person/" + slug(text)
                st.ensure(person, "Person", text)
                _rekey(st, place, person)
        if person is None and (full := _full_name_missed(st, ent)) is not None:
            # "UNIFIL spokesperson Andrea Tenenti said … Tenenti acknowledged", the first
            # mention untagged by the NER: the person is named in full there
            person = "person/" + slug(full.text)
            st.ensure(person, "Person", full.text)
            st.add_mention(full.start, full.end, person)
            persons_full.setdefault(surname, person)
        person = person or "person/" + slug(text)
        st.ensure(person, "Person", text)
        st.add_mention(ent.start, ent.end, person)
    st.surname_keys = persons_full
    _named_again(st)
    _coordinated_regions(st)
    _islands_by_short_name(st)
    _roles(st)
    _surnames_taken_for_bodies(st)
    _place_links(st)
    _facilities_named_after_places(st)
    _bodies_named_after_names(st)
    _titles_by_initials(st)
    _national_ministries(st)
    _described_companies(st)
    _units_named_short(st)
    _people_in_facility_names(st)
    _people_who_gave_names(st)


def _described_companies(st: _Article) -> None:
    """ "Ukraine's state nuclear operator Energoatom", "Rosneft PJSC": a body written with the
    kind it is or its legal form is a company that "the company" can refer back to, whether or
    not the reference knows its name."""
    doc = st.doc
    for m in st.mentions:
        if st.cls_of(m.key) != "Organization" or m.key in st.kind_named:
            continue
        before = doc[m.start - 1] if m.start > 0 else None
        after = doc[m.end] if m.end < len(doc) else None
        if (
            before is not None
            and before.is_lower
            and before.lower_ in COMPANY_BACK_REFERENCES | {"producer", "major", "giant"}
        ) or (after is not None and after.text in LEGAL_FORMS):
            st.kind_named.add(m.key)
        elif any(
            c.dep_ == "appos"
            and c.lemma_.lower() in COMPANY_BACK_REFERENCES | {"producer", "giant"}
            for c in doc[m.end - 1].children
        ):
            # "DTEK, the country's largest private energy company"
            st.kind_named.add(m.key)


def _national_ministries(st: _Article) -> None:
    """ "The Belarusian Defense Ministry has begun a snap check …, the ministry said": a
    state's ministry the NER did not tag is that state's ministry wherever it stands, so "the
    ministry" after it finds it (not only when it speaks)."""
    for i in _positions(st, frozenset({"ministry"})):
        tok = st.doc[i]
        if i in st.token_key or tok.pos_ != "PROPN":
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        inner = [g for m in mods for g in m.children if g.dep_ in ("amod", "compound")]
        country = next(
            (k for c in [*inner, *mods] if (k := st.country_at(c)) and k.startswith("country/")),
            None,
        )
        if country is not None and (key := _ministry(st, tok, country)) is not None:
            st.mentions.append(_Mention(i, i + 1, key))


#: what a place's name followed by these lower-case words names: a facility, not the place
#: ("the Saratov oil refinery", "Engels airfield", "the Port Sudan power station"); each head
#: with the words one of which must come right before it (empty: none needed)
FACILITY_AFTER_PLACE: dict[str, frozenset[str]] = {
    "refinery": frozenset(),
    "airfield": frozenset(),
    "airbase": frozenset(),
    "base": frozenset({"air", "naval", "military"}),
    "depot": frozenset({"oil", "fuel", "ammunition", "arms", "weapons"}),
    "station": frozenset({"power", "pumping", "compressor"}),
    "plant": frozenset({"power", "chemical", "steel"}),
    "terminal": frozenset({"oil", "gas", "fuel", "export", "ferry"}),
}

#: the lower-case words that may stand between the place and the head
FACILITY_QUALIFIERS = frozenset(
    {"oil", "fuel", "gas", "ammunition", "arms", "weapons", "air", "naval", "military"}
    | {"nuclear", "thermal", "hydroelectric", "power", "pumping", "compressor", "chemical"}
    | {"steel", "export", "ferry", "international"}
)

#: nouns that refer back to whichever facility was named last ("the plant" after "the Saratov
#: oil refinery")
FACILITY_GENERIC = frozenset({"plant", "facility", "site", "enterprise", "complex"})


def _facilities_named_after_places(st: _Article) -> None:
    """ "Ukrainian drones struck the Saratov oil refinery … The refinery …": a place's name
    and a facility noun name a facility (an Organization, as the project names airports and
    power plants), which "the refinery", "the plant" or "the Saratov refinery" later refer to.
    The place's words within it are the facility's."""
    doc = st.doc
    named: list[tuple[int, str, str, str]] = []  # (start, key, head, place as written)
    places = sorted(
        (
            m
            for m in st.mentions
            if st.cls_of(m.key) in ("Settlement", "Region")
            # "the Ryazan oil refinery", the town the NER's organisation
            or (st.cls_of(m.key) == "Organization" and m.key not in st.ref.entities)
        ),
        key=lambda m: m.start,
    )
    for m in places:
        j = m.end
        while j < len(doc) and doc[j].lower_ in FACILITY_QUALIFIERS and doc[j].is_lower:
            j += 1
        if j >= len(doc) or not doc[j].is_lower or doc[j].tag_ != "NN":
            continue
        head = doc[j].lower_
        needs = FACILITY_AFTER_PLACE.get(head)
        if needs is None or (needs and doc[j - 1].lower_ not in needs) or j == m.end and needs:
            continue
        if j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN"):
            continue  # "the Engels airfield perimeter": the facility's part, not it
        place = doc[m.start : m.end].text
        key = next((k for _, k, h, p in reversed(named) if p == place and h == head), None) or next(
            (
                k
                for _, k, h, p in reversed(named)
                if p == place and j == m.end and (head in FACILITY_GENERIC or h == head)
            ),
            None,
        )
        if key is None:
            label = doc[m.start : j + 1].text
            key = "organization/" + slug(label)
            st.ensure(key, "Organization", label)
            named.append((m.start, key, head, place))
        # the place stays mentioned ("… in the city" after it is still the town), but its
        # tokens are the facility's; a town the NER took for an organisation is no body
        if st.cls_of(m.key) == "Organization":
            st.mentions.remove(m)
        st.mentions.append(_Mention(m.start, j + 1, key))
        for i in range(m.start, j + 1):
            st.token_key[i] = key
    if not named:
        return
    heads = {h for _, _, h, _ in named} | FACILITY_GENERIC
    for i in _positions(st, frozenset(heads)):
        t = doc[i]
        if (
            i <= named[0][0]
            or st.key_at(t)
            or t.tag_ != "NN"
            or [c.lower_ for c in t.children if c.dep_ in ("det", "amod", "compound")] != ["the"]
        ):
            continue
        # "the refinery", "the plant": the facility of that kind mentioned last before it
        # ("… the Saratov and Volgograd refineries … at the Saratov refinery … The refinery")
        kinds = {k for _, k, h, _ in named if h == t.lower_ or t.lower_ in FACILITY_GENERIC}
        key = _last_named(st, i, kinds.__contains__)
        if key is not None:
            st.add_mention(i, i + 1, key)


#: heads of bodies that a place or a leader names in lower case ("the Kharkiv regional
#: military administration", "the Duhok health directorate", "the Trump administration"), and
#: that "the administration", "the council" later refer back to; "department" only after these
#: words (a département is a region)
LOCAL_BODY_HEADS = frozenset({"administration", "directorate", "council", "department"})
#: whose office a place's name can head: "the Donetsk regional prosecutor's office"
OFFICE_HOLDERS = frozenset({"prosecutor", "governor", "mayor"})
DEPARTMENT_KINDS = frozenset({"police", "health", "fire", "defense", "defence", "security"})

#: nouns that, definite and bare ("the committee said"), refer back to the body named last
#: with that word in its name ("the Committee of Soldiers' Mothers of Sverdlovsk Region")
NAME_WORD_BACK_REFERENCES = LOCAL_BODY_HEADS | {
    *("committee", "commission", "association", "union", "federation", "foundation"),
    *("institute", "observatory", "network", "forum", "board", "tribunal", "court"),
    *("bureau", "syndicate", "coalition", "centre", "center", "secretariat"),
}


def _bodies_named_after_names(st: _Article) -> None:
    """A name followed by lower-case words and a body's head noun names a government body:
    "the Kharkiv regional military administration" (written as the project names such bodies,
    "Kharkiv Regional Military Administration"), "the Trump administration" (a leader's
    administration keeps its lower case). A definite, bare "the administration", "the council"
    or "the committee" afterwards is the body named last with that word in its name."""
    doc = st.doc
    heads = set(_positions(st, LOCAL_BODY_HEADS | {"office"}))
    for m in sorted(st.mentions, key=lambda m: m.start):
        if not heads.intersection(range(m.end, m.end + 5)):
            continue  # no body's head noun right after the name
        cls = st.cls_of(m.key)
        if cls not in ("Settlement", "Region", "Person"):
            # "the Duhok health directorate", "the Nineveh police department": a place the NER
            # took for an organisation (not one the reference knows as a body)
            ref = st.ref_by_name.get(_norm(doc[m.start : m.end].text))
            if ref is not None and st.ref.entities[ref].cls in ("Settlement", "Region"):
                cls = st.ref.entities[ref].cls
            elif cls == "Organization" and m.key not in st.ref.entities:
                cls = "Settlement"
            else:
                continue
        j = m.end
        while (
            j < len(doc)
            and doc[j].is_lower
            and (
                doc[j].pos_ in ("ADJ", "NOUN")
                # "the Donetsk regional prosecutor's office"
                or (doc[j].tag_ == "POS" and doc[j - 1].lower_ in OFFICE_HOLDERS)
            )
            and j < m.end + 4
        ):
            if doc[j].lower_ in LOCAL_BODY_HEADS and doc[j].tag_ == "NN":
                break
            if doc[j].lower_ == "office" and doc[j - 1].tag_ == "POS":
                break
            j += 1
        office = (
            j < len(doc)
            and doc[j].lower_ == "office"
            and doc[j - 1].tag_ == "POS"
            and doc[j - 2].lower_ in OFFICE_HOLDERS
        )
        if j >= len(doc) or not (
            office or (doc[j].lower_ in LOCAL_BODY_HEADS and doc[j].tag_ == "NN")
        ):
            continue
        if doc[j].lower_ == "department" and doc[j - 1].lower_ not in DEPARTMENT_KINDS:
            continue
        if cls == "Person" and (office or j != m.end or doc[j].lower_ != "administration"):
            continue  # "the Trump administration", not "Putin's security council"
        if any(st.token_key.get(i) not in (None, m.key) for i in range(m.end, j + 1)):
            continue
        words = doc[m.start : j + 1].text.split()
        name = doc[m.start : m.end].text
        if cls == "Person":
            label = f"{st.label_of(m.key).split()[-1]} administration"
        else:
            label = " ".join([name, *(w.capitalize() for w in words[len(name.split()) :])])
        key = st.ref_by_name.get(_norm(label)) or "government/" + slug(label)
        known = st.ref.entities.get(key)
        st.ensure(key, known.cls if known else "GovernmentBody", known.label if known else label)
        if st.cls_of(m.key) == "Organization":
            st.mentions.remove(m)  # the NER's organisation was the place's name
        st.mentions.append(_Mention(m.start, j + 1, key))
        for i in range(m.start, j + 1):
            st.token_key[i] = key

    # "the United Kingdom Maritime Trade Operations center … the center said": a body named
    # with the word after its name
    followed: dict[str, set[str]] = {}
    for m in st.mentions:
        if m.end < len(doc):
            followed.setdefault(doc[m.end].lower_, set()).add(m.key)

    def named_with(head: str) -> Callable[[str], bool]:
        return lambda k: (
            st.cls_of(k) in BODY_CLASSES
            and (
                head in re.findall(r"[a-z]+", st.label_of(k).lower()) or k in followed.get(head, ())
            )
        )

    for i in _positions(st, NAME_WORD_BACK_REFERENCES | {"prosecutors"}):
        t = doc[i]
        modifiers = [c.lower_ for c in t.children if c.dep_ in ("det", "amod", "compound", "poss")]
        if t.lower_ == "prosecutors":
            # "Germany's Federal Prosecutor's Office announced … The prosecutors acknowledged":
            # its prosecutors speak for the office
            if st.key_at(t) or t.tag_ != "NNS" or modifiers not in ([], ["the"]):
                continue
            body = _last_named(st, i, named_with("prosecutor"))
            if body is not None:
                st.add_mention(i, i + 1, body)
            continue
        if st.key_at(t) or t.tag_ != "NN" or modifiers != ["the"]:
            continue
        body = _last_named(st, i, named_with(t.lower_))
        if body is not None:
            st.add_mention(i, i + 1, body)


def _titles_by_initials(st: _Article) -> None:
    """ "Inspector General … Shashi Kant Rawat, confirmed … the IG rejected it": a title's
    initials after "the" are the person named before with that title, not a body the NER made of
    them."""
    for m in sorted(st.mentions, key=lambda m: m.start):
        d = st.entities[m.key]
        if m.end - m.start != 1:
            continue  # (before its text is made)
        text = st.doc[m.start].text
        if (
            m.end - m.start != 1
            or m.key in st.ref.entities
            or not (2 <= len(text) <= 4 and text.isupper() and text.isalpha())
            or text in st.acronyms
            or d.cls == "Person"
            or m.start == 0
            or st.doc[m.start - 1].lower_ != "the"
        ):
            continue

        def titled(k: str, initials: str = text) -> bool:
            if st.cls_of(k) != "Person":
                return False
            for role in st.entities[k].roles:
                head = re.split(r"\b(?:of|for|at|in)\b|,", role)[0].split()
                if "".join(w[0] for w in head if w[:1].isupper()) == initials:
                    return True
                # "the COAS": the Chief of Army Staff (of Pakistan), "of" spelled in
                words = [w for w in role.split(",")[0].split() if w[:1].isalpha()]
                if "".join(w[0] for w in words[: len(initials)]).upper() == initials and all(
                    w[:1].isupper() for w in words[: len(initials)] if w not in ("of", "for")
                ):
                    return True
                # "the DDMO": the Director of Defence Media Operations, "of" left out
                content = [w for w in words if w not in ("of", "for", "the", "and")]
                if len(content) == len(initials) and all(
                    w[:1].isupper() and w[0] == c for w, c in zip(content, initials, strict=True)
                ):
                    return True
            return False

        person = _last_named(st, m.start, titled) or _titled_in_text(st, text, m.start)
        if person is None:
            continue
        m.key = person
        st.token_key[m.start] = person


def _titled_in_text(st: _Article, initials: str, before: int) -> str | None:
    """The person named right after a title spelled out before token ``before`` whose capitalised
    words have these initials: "the Director of Defence Media Operations, Major General Ibrahim
    Danjuma Sabo, said … The DDMO acknowledged" (however the parser hung the title)."""
    glue = r"(?:\s+(?:of|for|the|and))*\s+"
    pattern = r"\b" + glue.join(rf"{c}[a-z]+" for c in initials) + r"\b"
    limit = st.doc[before].idx
    for found in reversed(list(re.finditer(pattern, _text_of(st.doc)[:limit]))):
        title = st.doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if title is None:
            continue
        person = next(
            (
                n.key
                for n in sorted(st.mentions, key=lambda n: n.start)
                if title.end <= n.start <= title.end + 5 and st.cls_of(n.key) == "Person"
            ),
            None,
        )
        if person is not None:
            return person
    return None


def _surnames_taken_for_bodies(st: _Article, only: str | None = None) -> None:
    """ "…, the head of the Odesa Regional Military Administration, Oleh Kiper, reported … Kiper
    said": the NER's one-word body that is the surname of the one person the article named in
    full is that person (of ``only``, when one person has just been found)."""
    people: dict[str, set[str]] = {}
    for k, d in st.entities.items():
        if d.cls == "Person" and len(d.label.split()) >= 2:
            words = d.label.split()
            people.setdefault(words[-1], set()).add(k)
            if len(words) == 2 and "-" in words[-1]:
                # "Rep. Park Sun-won … Park said": a Korean family name comes first
                people.setdefault(words[0], set()).add(k)
    # "Legesse Tulu … In the same interview, Legesse acknowledged": a first name the NER took
    # for a place, never used as one (no "in", "near", "of" before it)
    firsts: dict[str, set[str]] = {}
    for k, d in st.entities.items():
        if d.cls == "Person" and len(words := d.label.split()) >= 2:
            firsts.setdefault(words[0], set()).add(k)
    defined = set(st.acronyms.values())
    for k, d in list(st.entities.items()):
        if (
            d.cls == "Settlement"
            and k not in st.ref.entities
            and len(d.label.split()) == 1
            and len(people.get(d.label, firsts.get(d.label, ()))) == 1
            and only is None
            and all(
                m.start == 0 or st.doc[m.start - 1].pos_ not in ("ADP", "DET")
                for m in st.mentions
                if m.key == k
            )
            and k not in defined
            and not d.label.isupper()
        ):
            # taken for a place, used as a name: the person's
            _rekey(st, k, next(iter(people.get(d.label) or firsts[d.label])))
            continue
        if (
            d.cls != "Organization"
            or k in st.ref.entities
            or k in defined
            or len(d.label.split()) != 1
            or d.label.isupper()
        ):
            continue
        # (or a Chinese family name, which comes first: "Foreign Ministry spokesperson Wang Rong
        # … Wang said"; not any first word: "Oleksandr" is no Oleksandr Syrskyi)
        named = people.get(d.label) or (
            firsts.get(d.label, set()) if d.label in FAMILY_NAMES_FIRST else set()
        )
        if len(named) != 1 or (only is not None and only not in named):
            continue
        _rekey(st, k, next(iter(named)))


#: "IWAYA Takeshi": a family name in capitals, then the given name
_FAMILY_NAME_IN_CAPITALS = re.compile(r"^[A-Z]{3,} [A-Z][a-z]+$")


def _titled_short_name(st: _Article, persons_full: dict[str, str], name: str) -> str | None:
    """The one person named in full before whom ``name`` alone names: by the family name, or by
    the first word where the family name comes first ("Lee" for Lee Kyung-ho)."""
    person = persons_full.get(name.lower())
    if person is not None:
        return person
    if name not in FAMILY_NAMES_FIRST:
        return None
    firsts = _first_named(st, persons_full.values(), name)
    return firsts.pop() if len(firsts) == 1 else None


def _first_named(st: _Article, people: Iterable[str], word: str) -> set[str]:
    """The persons, of ``people``, whose name of two words or more opens with ``word``: "Lee"
    for Lee Kyung-ho (a family name written first), "Legesse" for Legesse Tulu (a first name
    many are called by)."""
    return {
        k
        for k in people
        if len(words := st.entities[k].label.split()) >= 2 and words[0].lower() == word.lower()
    }


#: common Chinese and Korean family names, written before the given name ("Wang Rong", "Lin
#: Jian", "Lee Kyung-ho", "Ri Son Gwon"): one alone stands for the person so named
FAMILY_NAMES_FIRST = frozenset(
    (
        "Kim", "Lee", "Park", "Choi", "Jung", "Cho", "Yoon", "Jang", "Lim", "Shin", "Kwon",
        "Hwang", "Ahn", "Jeon", "Moon", "Bae", "Baek", "Ryu", "Choe", "Ri", "Pak", "Jo",
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
        "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie",
        "Han", "Tang", "Feng", "Yu", "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng", "Fu", "Shen",
        "Zeng", "Peng", "Lu", "Su", "Jiang", "Cai", "Jia", "Ding", "Wei", "Xue", "Ye", "Yan",
        "Pan", "Du", "Dai", "Xia", "Zhong", "Tian", "Ren", "Fan", "Fang", "Shi", "Yao", "Tan",
        "Liao", "Zou", "Xiong", "Jin", "Hao", "Kong", "Bai", "Cui", "Kang", "Mao", "Qiu", "Qin",
        "Gu", "Hou", "Shao", "Meng", "Long", "Wan", "Duan", "Lei", "Qian", "Yin", "Geng", "Mo",
        "Hong", "Qi", "Zhan"
    )
)  # fmt: skip


#: "who gave his name only as", "who introduced herself as", "who goes by the nom de guerre",
#: "who gave only her first name, Mirlande,", "who asked to be identified only by his first name,
#: Jean,": the name a source went by
_GAVE_NAME = re.compile(
    r"(?=[giaw])\b(?:gave (?:only )?(?:his|her) (?:first )?name(?: only)?(?: as|,)|"
    r"(?:introduced|identified) "
    r"(?:himself|herself) (?:only )?as|(?:asked|wanted|agreed) to be (?:identified|named|called) "
    # "the witness, identified in court as Mahmoud S., told the judges"
    r"(?:only )?(?:as|by (?:his|her) (?:first )?name(?: only)?,?)|identified (?:in court |only )?as"
    r"|goes by (?:the (?:nom de guerre|name|alias|pseudonym) )?)"
    r"\s*[\"“]?(?=[A-Z])"
)


def _given_names(doc: Doc) -> Iterator[tuple[Token, int]]:
    """Each "who gave his name as X" of the text: the noun that describes the person, and the
    first token of the name given."""
    for m in _GAVE_NAME.finditer(_text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        at = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is None or at is None or span[0].dep_ not in ("relcl", "acl"):
            continue
        described = span[0].head
        if (
            described.dep_ == "pobj"
            and described.head.lower_ in ("for", "of")
            and described.head.head.lemma_.lower() in ROLE_NOUNS
        ):
            described = described.head.head  # "a spokesman for the group, who gave his name as"
        if described.pos_ == "NOUN":
            yield described, at[0].i


def _people_who_gave_names(st: _Article) -> None:
    """ "a fish trader who gave his name as Moussa", "the man, who introduced himself as Ilnur
    Gabdrakhmanov, says": the person described is the one of that name. A first name alone
    names no one beyond the article, so it is the article's own person."""
    doc = st.doc
    for described, first in _given_names(doc):
        end = first
        while (
            end < len(doc)
            and end - first < 4
            and doc[end].text[:1].isupper()
            and (
                doc[end].is_alpha
                or "-" in doc[end].text
                # "Mahmoud S.", a name shortened to its initial
                or (re.fullmatch(r"[A-Z]\.", doc[end].text) is not None and end > first)
            )
        ):
            end += 1
        before = first - 1
        quoted = doc[before].text in ('"', "“") and before > 0
        if quoted:
            before -= 1  # 'who introduced himself as "Comandante Ernesto Pardo"'
        if doc[before].lower_ == "as":
            # "who gave his name only as Colonel Mayele": the name, not the rank (a nom de
            # guerre in quotation marks, "General Stone", is the whole)
            while (
                first < end - (2 if quoted else 1)
                and doc[first].lower_.rstrip(".") in MILITARY_RANKS
            ):
                first += 1
        if end == first:
            continue
        name = doc[first:end].text
        key = st.key_at(doc[first])
        if key is None or st.cls_of(key) != "Person":
            key = st.ref_by_name.get(_norm(name)) or "person/" + slug(name)
            if " " not in name:
                key += "-" + st.short_id[:8]
            st.ensure(key, "Person", name)
            for i in range(first, end):
                st.token_key[i] = key
            st.mentions.append(_Mention(first, end, key))
            surname = name.split()[-1]
            if " " in name and surname.lower() not in st.surname_keys:
                # "… introduced himself as Ernesto Pardo … Pardo accused": the surname alone,
                # named later, is the same man
                st.surname_keys[surname.lower()] = key
                for m in list(st.mentions):
                    if (
                        m.start >= end
                        and m.key != key
                        # (or the NER's organisation: "Pardo's accusation")
                        and st.cls_of(m.key) in ("Person", "Organization")
                        and m.key not in st.ref.entities
                        and st.label_of(m.key) == surname
                    ):
                        _rekey(st, m.key, key)
        if st.key_at(described) is None:
            st.add_mention(described.i, described.i + 1, key)


def _not_whose_claim(st: _Article, verb: Token, subj: Token, speaker: str) -> str | None:
    """ "the spokesperson firmly rejected Tarriela's accusation": no one rejects his own
    accusation, so "the spokesperson" is not Tarriela (the spokesperson named last) but the
    other one who spoke before with that title (the embassy's, of the lede)."""
    if (
        subj.pos_ != "NOUN"
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        or verb.lemma_.lower() not in VERB_TYPES
        or VERB_TYPES[verb.lemma_.lower()] != "Denial"
        or not any(
            p.dep_ == "poss" and st.key_at(p) == speaker
            for o in verb.children
            if o.dep_ == "dobj"
            for p in o.children
        )
    ):
        return None
    word = subj.lower_
    return next(
        (
            s.speaker
            for s in reversed(st.statements)
            if s.speaker != speaker
            and st.cls_of(s.speaker) == "Person"
            and any(
                word in n.lower().split()
                for n in (st.label_of(s.speaker), *st.entities[s.speaker].roles)
            )
        ),
        None,
    )


def _head_word(label: str) -> str:
    """The head noun of a description: "soldier" in "Russian contract soldier from X"."""
    words = re.split(r"\s+(?:from|of|in|for|at|with|who)\s+", label.lower(), maxsplit=1)[0].split()
    return words[-1] if words else ""


def _described_before_named(st: _Article) -> None:
    """ "A Russian contract soldier from Bashkortostan accused his commanders …" and then "the
    man, who introduced himself as Ilnur Gabdrakhmanov, says": the one unnamed person who spoke
    before, described by a word for people, is the one who gave his name."""
    suffix = "-" + st.short_id[:8]
    for described, _ in _given_names(st.doc):
        named = st.key_at(described)
        if named is None or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in described.children
        ):
            continue  # "a fish trader who gave his name as Moussa": no one spoken of before
        before = {
            s.speaker
            for s in st.statements
            if st.stmt_tokens[s.index][0] < described.i
            and s.speaker.endswith(suffix)
            and s.speaker not in st.ref.entities
            and st.cls_of(s.speaker) == "Person"
            and (
                # the head noun of the description ("soldier" in "… soldier from Bashkortostan")
                (word := _head_word(st.label_of(s.speaker))) == described.lower_
                or (described.lower_ in ("man", "woman") and word in PEOPLE_NOUNS)
            )
        }
        if len(before) != 1 or named in before:
            continue
        old = before.pop()
        for n, s in enumerate(st.statements):
            if s.speaker == old:
                st.statements[n] = replace(s, speaker=named)
        _rekey(st, old, named)


def _people_in_facility_names(st: _Article) -> None:
    """ "wounded recruits at the Erdogan hospital": a person's name that names a facility is no
    mention of the person (nor is he "the president" of the next sentence)."""
    doc = st.doc
    gone = [
        m
        for m in st.mentions
        if st.cls_of(m.key) == "Person"
        and m.end < len(doc)
        and doc[m.end].lower_ in FACILITY_NOUNS
        and doc[m.end].is_lower
        and m.start > 0
        and doc[m.start - 1].lower_ == "the"
    ]
    for m in gone:
        st.mentions.remove(m)
        for i in range(m.start, m.end):
            if st.token_key.get(i) == m.key:
                del st.token_key[i]


def _units_named_short(st: _Article) -> None:
    """ "the Sudanese army's 6th Infantry Division … The 6th Division remains steadfast": a
    unit named without its arm is the one unit of that number, echelon and side the article
    names in full."""
    units = {k: d for k, d in st.entities.items() if d.cls == "MilitaryUnit" and d.number}
    for k, d in units.items():
        if k in st.ref.entities:
            continue
        words = d.label.lower().split()
        fuller = [
            o
            for o, e in units.items()
            if o != k
            and e.number == d.number
            and e.echelon == d.echelon
            and e.allegiance == d.allegiance
            and len(e.label.split()) > len(words)
            and all(w in e.label.lower().split() for w in words)
        ]
        if len(fuller) == 1:
            _rekey(st, k, fuller[0])
            st.entities[fuller[0]].alt_labels.add(d.label)


def _islands_by_short_name(st: _Article) -> None:
    """ "a vessel bound for the Pratas Islands … patrols off Pratas": the islands, by the name
    before "Islands" (a name of no reference place: not a country named like its islands)."""
    by_label = {d.label: k for k, d in st.entities.items() if d.cls in PLACE_CLASSES}
    for k, d in list(st.entities.items()):
        if d.cls not in PLACE_CLASSES or k in st.ref.entities:
            continue
        for suffix in (" Islands", " Island", " Archipelago"):
            whole = by_label.get(d.label + suffix)
            if whole is not None and whole != k:
                _rekey(st, k, whole)
                break


def _rekey(st: _Article, old: str, new: str) -> None:
    """Every mention of ``old`` (and every token keyed to it) becomes one of ``new``."""
    for m in st.mentions:
        if m.key == old:
            m.key = new
    for i, key in list(st.token_key.items()):
        if key == old:
            st.token_key[i] = new


def _spoke_or_named_before(st: _Article, before: int, fits: Callable[[str], object]) -> str | None:
    """What "the ministry", "the service" refers back to: the speaker of the latest statement
    made before token ``before`` that ``fits``, else the latest such entity named before it."""
    for s in reversed(st.statements):
        if st.stmt_tokens[s.index][0] < before and fits(s.speaker):
            return s.speaker
    return _last_named(st, before, fits)


def _last_named(st: _Article, before: int, fits: Callable[[str], object]) -> str | None:
    """The entity of the latest mention that starts before token ``before`` and ``fits``: what
    "the company", "the military's media wing", "the regional government" refer back to."""
    return next(
        (
            m.key
            for m in sorted(st.mentions, key=lambda m: m.start, reverse=True)
            if m.start < before and fits(m.key)
        ),
        None,
    )


def _named_in_full(st: _Article, cls: str, end: str) -> str | None:
    """The one entity of ``cls`` the article named in full with a name ending in ``end``."""
    fuller = {k for k, d in st.entities.items() if d.cls == cls and d.label.endswith(" " + end)}
    return fuller.pop() if len(fuller) == 1 else None


def _regional(t: Token) -> bool:
    """ "the regional capital", "the region's capital"."""
    return (
        any(c.lower_ == "the" for c in t.children)
        and any(c.lower_ in ("regional", "provincial", "oblast") for c in t.children)
        or any(c.dep_ == "poss" and c.lower_ in ("region", "province") for c in t.children)
    )


def _regional_capital(st: _Article, t: Token) -> str | None:
    """The town a region named before is named after, as its capital: Saratov for Saratov
    Oblast, Kherson for Kherson Oblast (only a town the reference knows)."""
    region = _last_named(st, t.i, lambda k: st.cls_of(k) == "Region")
    if region is None:
        return None
    name = re.sub(r"\s+(?:Oblast|Region|Krai|Province|Governorate|State)$", "", st.label_of(region))
    town = st.ref_by_name.get(_norm(name))
    if town is None or st.ref.entities[town].cls != "Settlement":
        return None
    st.ensure(town, "Settlement", st.ref.entities[town].label)
    return town


def _legal_named(st: _Article) -> set[str]:
    """The companies named with their legal form ("Rosneft PJSC")."""
    if not _has_legal_form(st.doc):
        return set()  # no name in the text can end with a form
    return {m.key for m in st.mentions if LEGAL_FORM_RE.search(st.doc[m.start : m.end].text)}


def _initials_of_named(st: _Article, text: str) -> str | None:
    """The one body named before whose initials ``text`` is ("CPC": the Caspian Pipeline
    Consortium), if ``text`` is an acronym the reference does not know."""
    if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return None
    found = {
        k
        for k, d in st.entities.items()
        if k not in st.ref.entities
        and d.cls in ("Organization", "GovernmentBody", "ArmedForce", "Group", "MilitaryUnit")
        and len(words := [w for w in d.label.split() if w.lower() not in ACRONYM_FILLERS]) >= 2
        and "".join(w[0] for w in words).upper() == text
    }
    return found.pop() if len(found) == 1 else None


def _acronym_used(st: _Article, key: str) -> str | None:
    """The acronym the article writes a body's name as ("SBU"), if any."""
    names = set(st.entities[key].alt_labels)
    if key in st.ref.entities:
        names.update(st.ref.entities[key].alt_labels)
    text = _text_of(st.doc)
    return next(
        (
            a
            for a in sorted(names)
            if 2 <= len(a) <= 6 and a.isalpha() and a.isupper() and re.search(rf"\b{a}\b", text)
        ),
        None,
    )


def _guards(st: _Article) -> None:
    """ "the paramilitary Revolutionary Guard … the Guard had acknowledged": a guard named in
    full is "the Guard" after."""
    for m in st.mentions:
        last = st.doc[m.end - 1]
        if (
            m.end - m.start >= 2
            and last.text in ("Guard", "Guards")
            and st.cls_of(m.key) in ("ArmedForce", "MilitaryUnit")
        ):
            st.short_names.setdefault(last.text, m.key)


def _named_again(st: _Article) -> None:
    """A name the article gave an entity, found again where the NER missed it ("The Coordination
    Committee … alleged"; "The Assam Rifles rejected the allegation", tagged nothing): names of
    two words or more that the reference does not hold (its names are ruled in by the parser),
    the places it named, and the acronyms it defined."""
    legal = _legal_named(st)
    labels = {
        d.label: k
        for k, d in st.entities.items()
        if k not in st.ref.entities
        and d.label[:1].isupper()
        and (
            (d.cls in ACTOR_CLASSES - {"Country"} and len(d.label.split()) >= 2)
            # "Rosneft PJSC cut crude processing … Rosneft rejected the claim": a company
            or (d.cls == "Organization" and d.label.isalpha() and k in legal)
            # "… near Tetkino … residents of Tetkino and nearby villages"
            or (d.cls in ("Settlement", "Region") and len(d.label) >= 4)
        )
    }
    # "the Arakan Army, or AA, … The AA and the junta": the acronyms the article defined
    labels.update((a, k) for a, k in st.acronyms.items() if len(a) >= 2 and a.isupper())
    # "flights at Ben Gurion", after "Ben Gurion Airport"
    labels.update((n, k) for n, k in st.facility_names.items() if len(n) >= 4)
    # "Fils-Aime's office rejected …" (the NER's organisation) after "Prime Minister Alix
    # Didier Fils-Aime": a hyphenated surname of a person named in full
    labels.update(
        (last, k)
        for k, d in st.entities.items()
        if d.cls == "Person"
        and len(words := d.label.split()) >= 2
        and "-" in (last := words[-1])
        and last[:1].isupper()
        and len(last) >= 6
    )
    text = _text_of(st.doc)
    _guards(st)
    for short, key in st.short_names.items():
        # "HMS Diamond … The Diamond returned to port": a ship by its name without the prefix
        for m in re.finditer(r"\b[Tt]he (" + re.escape(short) + r")(?![\w-])", text):
            span = st.doc.char_span(m.start(1), m.end(1))
            if span is not None and not any(t.i in st.token_key for t in span):
                st.add_mention(span.start, span.end, key)
    if not labels:
        return
    names = sorted(labels, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    for m in pattern.finditer(text):
        span = st.doc.char_span(m.start(), m.end())
        if span is None or any(t.i in st.token_key for t in span):
            continue
        key = labels[m.group(0)]
        if st.cls_of(key) in PLACE_CLASSES and span.root.dep_ in ("nsubj", "nsubjpass"):
            continue  # "Gazprom announced": a name the NER once took for a place acts here
        st.add_mention(span.start, span.end, key)


#: last words of a company's name
COMPANY_WORDS = frozenset(
    {"carriers", "shipping", "lines", "maritime", "ltd", "ltd.", "inc", "inc.", "corp", "corp."}
    | {"corporation", "company", "holdings", "logistics", "airlines", "airways", "petroleum"}
    | {"industries", "technologies", "tankers", "navigation", "llc", "plc", "s.a."}
)
#: last words of the names of institutions named after people: "Nasser Hospital"
INSTITUTION_LAST_WORDS = frozenset(
    {"hospital", "clinic", "university", "school", "college", "mosque", "church", "prison"}
    | {"foundation", "institute", "academy", "stadium", "hotel"}
)
#: nouns that name a warship by apposition: "the aircraft carrier Liaoning"
VESSEL_NOUNS = frozenset(
    {"carrier", "destroyer", "frigate", "warship", "cruiser", "corvette", "submarine"}
    | {"battleship", "flagship", "icebreaker"}
)


LOCATIVE = {
    "in",
    "near",
    "around",
    "outside",
    "into",
    "toward",
    "towards",
    "at",
    "from",
    "across",
    "inside",
    "to",
    "through",
    "between",
}
PLACE_NOUNS = {
    "capital",
    "town",
    "city",
    "village",
    "settlement",
    "district",
    "area",
    "port",
    "hamlet",
    "camp",
    "neighbourhood",
    "neighborhood",
    "outskirts",
    "suburb",
}
MEDIA_NOUNS = {
    "broadcaster",
    "channel",
    "newspaper",
    "outlet",
    "daily",
    "tv",
    "television",
    "radio",
    "website",
    "agency",
    "tabloid",
    "weekly",
    "network",
    "blog",
}


#: armed services that are named by their state: "the Air Force of the Armed Forces of Ukraine"
SERVICES = {
    "air force",
    "air forces",
    "navy",
    "naval forces",
    "army",
    "ground forces",
    "national guard",
    "coast guard",
    "marine corps",
    "border guard service",
    "air defence forces",
    "air defense forces",
}


#: weapon systems the NER takes for organisations or people; frontline has no class for them
WEAPON_RE = re.compile(
    r"(?:Patriots?|Iskander(?:-[MK])?|Bradleys?|Abrams|Leopard(?: 2)?|Merkavas?|HIMARS|ATACMS|"
    r"Storm Shadow|SCALP|Kinzhal|Kalibr|Shahed(?:-\d+)?|Geran(?:-\d+)?|Lancet|Tochka(?:-U)?|"
    r"Oreshnik|Tomahawks?|Javelins?|NLAW|Stingers?|Bayraktar(?: TB2)?|Iron Dome|David's Sling|"
    r"THAAD|IRIS-T|NASAMS|Gepard|Zircon|Pantsir|Kh-\d+|S-[345]00|F-\d+|Su-\d+|MiG-\d+|"
    r"Tu-\d+|Ka-52|Mi-\d+|MQ-9|Reaper|Hellfire|Switchblade|Fattah(?:-\d)?|Kheibar Shekan|"
    r"Sejjil|Fateh-\d+|Burkan|Toufan|Magura(?: V\d)?)"
)
#: words that make a name part of a title: "Defense Minister", "Secretary of State"
_TITLE_HEADS = {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief"}


#: the titles of those who speak for a body, that the NER takes in with it, and the words before
_SPOKES_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespersons"})
_SPOKES_TITLE_WORDS = frozenset({"official", "military", "chief", "deputy", "senior", "acting"})


def _body_after_title(ent: Span) -> Span | None:
    """ "Official Spokesman of the Armed Forces", "Chief Spokesperson of the Ministry": the body
    after a spokesperson's title (with "official", "military", "chief" … before it) and "of"."""
    words = [t for t in ent if t.lower_ != "the"]
    of = next((t for t in ent if t.lower_ in ("of", "for")), None)
    if of is None or of.i == ent.end - 1 or not words:
        return None
    title = [t for t in words if t.i < of.i]
    if not title or title[-1].lower_ not in _SPOKES_TITLES:
        return None
    if not all(t.lower_ in _SPOKES_TITLES | _SPOKES_TITLE_WORDS for t in title):
        return None
    return Span(ent.doc, of.i + 1, ent.end, label="ORG")


def _called_by_middle_name(st: _Article, persons: dict[str, str], word: str) -> str | None:
    """The one person named before in three words or more with ``word`` in the middle."""
    found = {
        k
        for k in persons.values()
        if len(words := st.entities[k].label.split()) >= 3
        and word.lower() in (w.lower() for w in words[1:-1])
    }
    return found.pop() if len(found) == 1 else None


#: a body's head noun the NER takes for a name of its own when capitalised: "the Council"
BODY_HEAD_WORDS = frozenset(
    {"council", "committee", "commission", "ministry", "agency", "authority", "directorate"}
    | {"command", "service", "office", "board", "presidency", "secretariat", "mission"}
)


def _body_head_named_before(st: _Article, ent: Span) -> str | None:
    """ "the Council said", the NER's name the head noun alone, after the Transitional
    Sovereignty Council: the body named last before whose name has the word."""
    if len(ent) != 1 or ent.start == 0 or st.doc[ent.start - 1].lower_ != "the":
        return None
    word = ent[0].lower_
    if word not in BODY_HEAD_WORDS:
        return None
    return _last_named(
        st,
        ent.start,
        lambda k: (
            st.cls_of(k) in BODY_CLASSES and any(word in n.lower().split() for n in _names(st, k))
        ),
    )


def _only_a_title(ent: Span) -> bool:
    """A person's title the NER took for a name or a body: "Government Spokesman" (PERSON),
    "the Minister of Culture and Information" (ORG). The person it belongs to is named beside
    it; the title is no entity of its own."""
    if ent.label_ not in ("PERSON", "ORG"):
        return False  # (before its words are walked)
    words = [t for t in ent if t.lower_ not in ("the", "of", "and", "for")]
    if ent.label_ == "PERSON":
        return bool(words) and all(
            t.lower_ in TITLES_ROLES_RANKS
            or t.lower_ in OFFICE_NAME_WORDS
            or t.lower_ in ("government", "official")
            for t in words
        )
    if (
        ent.label_ == "ORG"
        and len(words) >= 2
        and words[0].lower_ in ("spokesman", "spokeswoman", "spokesperson")
        and all(t.lower_.rstrip(".") in MILITARY_RANKS for t in words[1:])
    ):
        return True  # "IDF Spokesperson Brig. Gen. Effie Defrin": a title, then a rank
    return (
        ent.label_ == "ORG"
        and bool(words)
        and words[0].lower_ in ("minister", "spokesman", "spokeswoman", "spokesperson")
        and ent.root.i == words[0].i
    )


def _part_of_a_title(ent: Span) -> bool:
    """One word of a title the NER took for a body: "Defense" in "Defense Minister Israel Katz",
    "State" in "Secretary of State Marco Rubio"."""
    if len(ent) != 1:
        return False
    tok = ent[0]
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.lower_ in _TITLE_HEADS:
        return True
    return (
        tok.i >= 2
        and doc[tok.i - 1].lower_ == "of"
        and doc[tok.i - 2].lower_ in _TITLE_HEADS | {"department"}
    )


def _named_like_a_person(st: _Article, ent: Span, text: str) -> bool:
    """A name of two to four capitalised words that a role noun introduces or an apposition
    describes as a person: "spokesperson al-Fateh Qurashi", "Oleksandr Hrynchuk, a spokesperson
    for …"."""
    words = text.split()
    if not 2 <= len(words) <= 4 or st.ref_by_name.get(_norm(text)):
        return False
    if any(
        w.lower() in ORG_HEADS or w.lower() in NOT_NAME_WORDS or not w[:1].isalpha() for w in words
    ):
        return False
    if not all(
        w[:1].isupper() or w.startswith(("al-", "el-", "bin", "ibn", "de", "van", "von"))
        for w in words
    ):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ROLES_AND_TITLES:
        return True
    return any(
        c.dep_ == "appos" and (c.lemma_.lower() in ROLE_NOUNS or c.lower_ in ROLE_NOUNS)
        for c in ent.root.children
    )


def _name_after_ranks(ent: Span) -> Span | None:
    """ "Brig-Gen Gaspard Baratuza", "Maj. Gen. Ali Hassan": the name after the ranks that open
    an entity (two to four capitalised words), when ranks do open it."""
    doc = ent.doc
    i = ent.start
    while i < ent.end and (
        doc[i].lower_.rstrip(".") in MILITARY_RANKS or (doc[i].text == "-" and i > ent.start)
    ):
        i += 1
    if i == ent.start or not 2 <= ent.end - i <= 4:
        return None
    ranks = doc[ent.start : i]
    if not any(t.text == "-" or t.lower_ in RANK_ABBREVIATIONS for t in ranks):
        return None  # "General Police Inspectorate" opens with a word, not a rank
    name = doc[i : ent.end]
    if not all(t.is_title or t.text == "-" for t in name) or any(
        t.lower_ in ORG_HEADS | NOT_NAME_WORDS for t in name
    ):
        return None
    return name


#: ranks as Spanish- and French-speaking forces and guerrillas write them: "Comandante Ernesto
#: Pardo"
ROMANCE_RANKS = frozenset(
    {"comandante", "commandant", "coronel", "capitán", "capitan", "teniente", "sargento"}
)
#: rank abbreviations the NER sometimes takes for an organisation ("Lt. Gen. ...")
#: military and police ranks, written before a name
MILITARY_RANKS = frozenset(
    {"captain", "major", "colonel", "sergeant", "lieutenant", "general", "brigadier", "admiral"}
    | {"commodore", "commander", "marshal", "corporal", "private", "commissioner"}
    | {"gen", "col", "lt", "maj", "brig", "capt", "sgt", "cpl", "adm", "cmdr", "cdr"}
    | ROMANCE_RANKS
)
#: ranks abbreviated, with or without the full stop ("Gen Brahima Coulibaly", "Col. Dembele")
RANK_ABBREVIATIONS = {"lt", "gen", "col", "maj", "brig", "sgt", "capt", "cpl", "adm", "cmdr", "cdr"}
RANK_ABBREVIATIONS |= {r + "." for r in RANK_ABBREVIATIONS}
#: and joined by a hyphen, one token ("IDF Spokesperson Brig.-Gen. Effie Defrin")
RANK_ABBREVIATIONS |= {"brig.-gen.", "lt.-gen.", "maj.-gen.", "lt.-col.", "col.-gen.", "vice-adm."}
#: nouns after a name that make it an administrative area: "the Kalbajar district"
REGION_NOUNS = {"district", "region", "province", "governorate", "oblast", "county", "krai"}


def _national_service(st: _Article, ent: Span, text: str) -> str | None:
    """ "the Air Force of the Armed Forces of Ukraine" -> "Ukrainian Air Force", one node."""
    if text.lower() not in SERVICES:
        return None
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    if start >= 2 and st.doc[start - 1].lower_ in ("'s", "’s"):
        # "Ukraine's Air Force reported": the owner is the possessive before it
        owner = next((e for e in _doc_ents(st.doc) if e.end == start - 1), None)
    elif ent.end + 1 < len(st.doc) and st.doc[ent.end].lower_ == "of":
        owner = next((e for e in _doc_ents(st.doc) if ent.end < e.start <= ent.end + 2), None)
    elif start >= 1 and st.doc[start - 1].ent_type_ == "NORP":
        # "The Ukrainian Navy said" with only "Navy" tagged: the nationality before it
        owner = next((e for e in _doc_ents(st.doc) if e.end == start and e.label_ == "NORP"), None)
    elif text.lower() == "army":
        # "Army spokesman Nabil Abdallah said": the army of the country the article is about,
        # else of the publisher's (the Times of India's, before any country is named)
        return _national_force_in(st, next(iter(_reported_countries(st, ent[0])), None))
    elif text == "Navy":
        # "the Navy was still reviewing radar data" in AP copy on the Red Sea: the navy of the
        # publisher's country, when the story has named something of that country before
        publisher = _issuer(st)
        home = (_side(st, publisher) or _named_home(st, publisher)) if publisher else None
        if home is None or (
            publisher in INTERNATIONAL_OUTLETS and not _names_side_before(st, home, ent[0])
        ):
            return None
        return _service_of_reported_country(st, ent[0], "Navy", home)
    else:
        return None
    if owner is None:
        return None
    ref_key = owner.ent_id_.removeprefix("demonym:") or st.ref_by_name.get(
        _norm(_clean_label(owner.text))
    )
    ref = st.ref.entities.get(ref_key) if ref_key else None
    if ref is None:
        return None
    country = ref_key if ref.cls == "Country" else ref.affiliation
    cref = st.ref.entities.get(country) if country else None
    if cref is None or not cref.demonyms:
        return None
    label = f"{cref.demonyms[0]} {text.title()}"
    key = st.ref_by_name.get(_norm(label)) or "armed-force/" + slug(label)
    d = st.ensure(key, "ArmedForce", label)
    d.affiliation = d.affiliation or country
    d.alt_labels.add(_clean_label(st.doc[min(start, owner.start) : max(ent.end, owner.end)].text))
    return key


def _acronym_after(doc: Doc, ent: Span) -> str | None:
    """ "X (ABC)": the all-capitals acronym in brackets right after an entity, if any."""
    if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
        word = doc[ent.end + 1].text
        # "Line of Control (LoC)", "Ministry of Defence (MoD)": capitals with a small word
        capitals = sum(ch.isupper() for ch in word)
        if 2 <= len(word) <= 8 and word.isalpha() and word[0].isupper() and capitals >= 2:
            return word
    return None


#: people described by the institution they are at ("an analyst at Chatham House")
AFFILIATED_PEOPLE = {
    "fellow",
    "researcher",
    "analyst",
    "professor",
    "expert",
    "director",
    "scholar",
    "lecturer",
    "economist",
    "specialist",
    "associate",
    "head",
    "chief",
    "official",
    "member",
    "adviser",
    "advisor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "colleague",
}


def _owned_by_country(st: _Article, ent: Span, text: str) -> str | None:
    """ "Ukraine's Security Service", "Ukraine's Armed Forces": the reference body named
    "<text> of <country>" or "<demonym> <text>", for a name after a country's possessive."""
    if ent.start < 2 or ent.doc[ent.start - 1].lower_ not in ("'s", "’s"):
        return None
    country = st.country_at(ent.doc[ent.start - 2])
    ref = st.ref.entities.get(country) if country else None
    if ref is None or ref.cls != "Country":
        return None
    names = [f"{text} of {ref.label}", *(f"{d} {text}" for d in ref.demonyms)]
    found = next((k for n in names if (k := st.ref_by_name.get(_norm(n)))), None)
    return found if found and st.ref.entities[found].cls != "Country" else None


#: the words a state's body may be named with and nothing else ("State Security Service",
#: "National Security Committee", "State Emergency Service"): such a name is one body per
#: state, so the state that owns it is part of its name
GENERIC_BODY_WORDS = frozenset(
    {"State", "National", "Federal", "Security", "Intelligence", "Counterintelligence"}
    | {"Police", "Border", "Guard", "Emergency", "Emergencies", "Migration", "Customs"}
    | {"Investigative", "Investigation", "Protection", "Civil", "Special", "Main", "Central"}
    | {"General", "Public", "Protective", "Penitentiary", "Rescue", "Anti-Corruption"}
    | {"Service", "Committee", "Agency", "Bureau", "Council", "Directorate", "Department"}
)

#: the words such a name ends with: a body, not a rank or a force ("National Guard")
GENERIC_BODY_HEADS = frozenset(
    {"Service", "Committee", "Agency", "Bureau", "Council", "Directorate", "Department", "Police"}
)


def _national_body(st: _Article, ent: Span, text: str) -> str | None:
    """ "Georgia's State Security Service", "the Armenian National Security Service": a body
    whose name every state could bear is this state's, "State Security Service of Georgia",
    not one node for every state's service. Names the reference knows come first."""
    doc = ent.doc
    words = text.split()
    country = None
    if words and (c := st.country_key(words[0])) and len(words) >= 3:
        country, words = c, words[1:]  # the NER took the nationality in: "Georgian State …"
    if (
        len(words) < 2
        or words[-1] not in GENERIC_BODY_HEADS
        or not all(w in GENERIC_BODY_WORDS for w in words)
    ):
        return None
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    while start >= 2 and doc[start - 2 : start].text.lower() == "de facto":
        start -= 2  # "the breakaway region's de facto State Security Service"
    owner = None
    if country is None and start >= 2 and doc[start - 1].lower_ in ("'s", "’s"):
        # "Georgia's State Security Service", "Abkhazia's", "the breakaway region's"
        country = st.country_at(doc[start - 2])
        owner = st.key_at(doc[start - 2])
        if owner is None and doc[start - 2].lower_ in REGION_NOUNS | {"republic", "territory"}:
            owner = _last_named(
                st,
                start,
                lambda k: (
                    st.cls_of(k) == "Region"
                    # a region that governs itself, not the river or the line beside it
                    and st.label_of(k).split()[-1].lower() not in GEOGRAPHIC_HEADS
                ),
            )
        if country is None and owner is not None and st.cls_of(owner) != "Region":
            owner = None
    elif country is None and start >= 1 and doc[start - 1].tag_ in ("JJ", "NNP", "NNPS"):
        country = st.country_at(doc[start - 1])  # "the Armenian National Security Service"
    ref = st.ref.entities.get(country) if country else None
    if ref is not None and ref.cls == "Country":
        label = f"{' '.join(words)} of {ref.label}"
    elif owner is not None and country is None:
        label = f"{' '.join(words)} of {st.label_of(owner)}"
    else:
        return None
    key = st.ref_by_name.get(_norm(label)) or "government/" + slug(label)
    if key not in st.ref.entities:
        st.ensure(key, "GovernmentBody", label)
    return key


#: the actors that are bodies: neither persons, nor countries, nor outlets
_BODY_CLASSES = ACTOR_CLASSES - {"Person", "Country", "MediaOutlet"}


def _named_in_full_before(st: _Article, ent: Span, text: str) -> str | None:
    """ "A Coast Guard official" after "Japan's Coast Guard": a body's name without its country,
    when the article named that body in full before. Of several ("Chinese coast guard vessels"
    too), the one written with these very words, else the one of the publisher's or the
    article's own country, else the last named. Reference bodies only (the others are the
    article's own names); names of two words or more, with no owner of their own."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    if start > 0 and (st.doc[start - 1].lower_ in ("'s", "’s") or st.country_at(st.doc[start - 1])):
        return None  # "China's Coast Guard" is named by its owner
    tail = " " + text.lower()
    named: list[str] = []
    written: list[str] = []  # named before with these very words: "Japan's Coast Guard"
    before = [m for m in st.mentions if m.start < ent.start and m.key in st.ref.entities]
    for m in sorted(before, key=lambda m: m.start, reverse=True):
        if (" " + st.label_of(m.key).lower()).endswith(tail) and st.cls_of(m.key) in _BODY_CLASSES:
            if m.key not in named:
                named.append(m.key)
            if st.doc[m.start : m.end].text.endswith(text) and m.key not in written:
                written.append(m.key)
    if len(written) == 1:
        return written[0]
    if len(named) > 1:
        home = _home_countries(st, ent[0])
        own = [k for k in named if _side(st, k) in home]
        if own:
            return own[0]
    return named[0] if named else None


def _service_of_reported_country(
    st: _Article, tok: Token, service: str, home: str | None = None
) -> str | None:
    """A service of the country reported on, named by its demonym ("Ukrainian Air Force"): the
    reference's if it knows one, else minted as the extractor names such services. ``home``, a
    country the speaker is known to serve, comes first."""
    for country in [*([home] if home else []), *_reported_countries(st, tok)]:
        ref = st.ref.entities.get(country)
        if ref is None or not ref.demonyms:
            continue
        label = f"{ref.demonyms[0]} {service}"
        key = st.ref_by_name.get(_norm(label))
        if key is not None:
            st.ensure(key, st.ref.entities[key].cls, st.ref.entities[key].label)
            return key
        key = _kind("ArmedForce") + "/" + slug(label)
        st.ensure(key, "ArmedForce", label).affiliation = country
        return key
    return None


def _premiers_states(st: _Article) -> set[str]:
    """The states of the prime ministers the article names (by affiliation, else by the
    country written just before the first mention: "Haiti's prime minister, Alix Didier
    Fils-Aimé")."""
    states = set()
    for k, d in st.entities.items():
        if d.cls != "Person" or not any("prime minister" in r.lower() for r in d.roles):
            continue
        if (side := _person_state(st, k)) is not None:
            states.add(side)
    return states


def _person_state(st: _Article, person: str) -> str | None:
    """The state a person serves: by affiliation, else the country written just before the
    first mention ("Haiti's prime minister, Alix Didier Fils-Aimé"); only a reference country."""
    side = _side(st, person)
    first = _first_mention(st, person) or 0
    for t in st.doc[max(0, first - 5) : first]:
        side = side or st.country_at(t)
    return side if side is not None and side in st.ref.entities else None


#: the offices of heads of government and state: the post's words, the reference's short name
#: of such an office, and the label of one the reference lacks
LEADER_OFFICES = (
    ("prime minister", "Prime Minister's Office", "Office of the Prime Minister of {}"),
    ("president", "President's Office", "Office of the President of {}"),
)


def _leader_office(st: _Article, tok: Token) -> str | None:
    """ "The office of Prime Minister Alix Didier Fils-Aimé", "Lebanon's Prime Minister Nawaf
    Salam's office", "the office of Moldovan President Maia Sandu": the office of the leader's
    post in the leader's state (the state written in the title, else the one the leader serves)."""
    if tok.lower_ != "office" or any(c.dep_ in ("compound", "amod") for c in tok.children):
        return None
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    if holder is None:
        of = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1),
            None,
        )
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    person = st.key_at(holder) if holder is not None else None
    if holder is None or person is None or st.cls_of(person) != "Person":
        return None
    start = min(
        (m.start for m in st.mentions if m.key == person and m.start <= holder.i < m.end),
        default=holder.i,
    )
    first = min(holder.left_edge.i, start)
    while (
        first > max(0, start - 6)
        and not st.doc[first].is_sent_start
        and (st.doc[first - 1].pos_ in ("PROPN", "ADJ") or st.doc[first - 1].tag_ == "POS")
    ):
        first -= 1  # "Puntland President Said Abdullahi Deni's office" ("Said" parsed a verb)
    title = st.doc[first:start]
    words = " ".join(t.lower_ for t in title)
    roles = " ".join(
        [
            *(r.lower() for r in st.entities[person].roles),
            # "the government of Prime Minister Alix Didier Fils-Aime": the title before a name
            *(
                st.doc[max(0, m.start - 2) : m.start].text.lower()
                for m in st.mentions
                if m.key == person
            ),
        ]
    )

    def post_in(text: str) -> tuple[str, str] | None:
        return next(
            (
                (short, label)
                for name, short, label in LEADER_OFFICES
                if re.search(rf"(?<!vice )(?<!vice-)\b{name}\b", text)
            ),
            None,
        )

    post = post_in(words) or (post_in(roles) if not title else None)
    if post is None:
        return None
    short, label = post
    known: str | None = None
    # "the office of Somaliland's President …", "Puntland's president": the region's own
    owner = next(
        (
            k
            for t in title
            if (k := st.key_at(t)) and st.cls_of(k) == "Region" and t.pos_ == "PROPN"
        ),
        None,
    )
    if owner is not None:
        name = label.format(st.label_of(owner))
    else:
        owner = next((c for t in title if (c := st.country_at(t)) in st.ref.entities), None)
        owner = owner or _person_state(st, person)
        if owner is None and (home := _home_office(st, tok, short)) is not None:
            owner = _side(st, home)  # the reference office at home: the Times of Israel's PMO
        owner = owner or next((c for c in _home_countries(st, tok) if c in st.ref.entities), None)
        known = _state_office(st, short, owner) if owner is not None else None
        # (no state at all: the office as written, "Office of Prime Minister …", not another
        # office named before)
        name = (
            label.format(st.ref.entities[owner].label)
            if owner is not None
            else "Office of " + short.removesuffix("'s Office") + " " + st.label_of(person)
        )
    if known is not None:
        office = st.ensure(known, st.ref.entities[known].cls, st.ref.entities[known].label)
    else:
        office = st.ensure(
            st.ref_by_name.get(_norm(name)) or "government/" + slug(name), "GovernmentBody", name
        )
        office.affiliation = office.affiliation or owner
    st.add_mention(tok.left_edge.i, tok.i + 1, office.key)
    return office.key


def _home_office(st: _Article, tok: Token, text: str) -> str | None:
    """ "The Prime Minister's Office said" with no state named: the reference office of that name
    of the state the article is from or about ("Israeli Prime Minister's Office" in the Times of
    Israel). Ministries have their own rules (see :func:`_named_ministry`)."""
    if text == "PMO":
        text = "Prime Minister's Office"  # the Israeli press's and India's abbreviation
    if "office" not in text.lower() or "ministry" in text.lower():
        return None
    for country in _home_countries(st, tok):
        if (found := _state_office(st, text, country)) is not None:
            return found
    return None


def _state_office(st: _Article, text: str, country: str) -> str | None:
    """The reference office called ``text`` ("Prime Minister's Office") of ``country``, under
    any of the names English gives it ("Israeli Prime Minister's Office", "Office of the Prime
    Minister of Israel")."""
    ref = st.ref.entities.get(country)
    if ref is None:
        return None
    forms = [text]
    # "the President's Office": also "Office of the President of Ukraine"
    if (
        m := re.fullmatch(r"(?:[Tt]he )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s Office", text)
    ) is not None:
        forms.append(f"Office of the {m.group(1)}")
    names = [
        n
        for form in forms
        for n in (f"{form} of {ref.label}", *(f"{d} {form}" for d in ref.demonyms))
    ]
    found = next((k for n in names if (k := st.ref_by_name.get(_norm(n)))), None)
    if found and st.ref.entities[found].cls in ("GovernmentBody", "ArmedForce"):
        return found
    return None


def _used_as_place(ent: Span) -> bool:
    """A name the NER took for a person or body but the sentence uses as a place."""
    root = ent.root
    if ent.start > 0 and (
        ent.doc[ent.start - 1].lower_ in TITLE_WORDS or ent.doc[ent.start - 1].lower_ in RANKS
    ):
        return False  # "an appeal addressed to Governor Andrey Travnikov": a titled person
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in LOCATIVE
        and root.head.head.lemma_
        not in ("tell", "say", "talk", "speak", "belong", "write", "report", "according")
        and root.head.head.lower_ != "according"  # lemmatised "accord"
    ):
        # "fighting near Kyaukphyu" -- but not "told Reuters", "according to Reuters"
        if root.head.lower_ == "at" and root.head.head.lemma_.lower() in AFFILIATED_PEOPLE:
            return False  # "a research fellow at Chatham House": where someone works
        if root.head.lower_ == "to" and root.head.head.lemma_.lower() in ROLES_AND_TITLES:
            return False  # "an adviser to Aksyonov": whom someone serves
        return not any(t.lower_ in ("minister", "president", "spokesperson") for t in ent)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in PLACE_NOUNS:
        return True  # "the town of Jabaliya"
    if root.dep_ == "appos" and root.head.lemma_ in PLACE_NOUNS:
        return True
    if root.dep_ == "poss" and (
        root.head.lemma_ in ("outskirts", "mayor", "municipality", "villager", "townspeople")
        or any(c.lower_ in ("village", "town", "city", "municipal") for c in root.head.children)
    ):
        return True  # "Sinjil's village council", "the head of Nabatieh's municipality"
    if root.dep_ == "compound" and root.head.lemma_ in PLACE_NOUNS and root.head.i == ent.end:
        return True  # "North Waziristan's Datta Khel area", "the Mir Ali district"
    if (
        root.dep_ == "conj"
        and root.head.dep_ == "compound"
        and root.head.head.lemma_ in PLACE_NOUNS
        and root.head.head.i > root.i
    ):
        return True  # "the Datta Khel and Mir Ali areas"
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "based":
        return True  # "the Peshawar-based XI Corps"
    after = next((e for e in _doc_ents(doc) if e.start == ent.end + 1), None)
    if (
        after is not None
        and after.label_ == "GPE"
        and doc[ent.end].text == ","
        and after.root.dep_ == "appos"
        and after.root.head.i == root.i
        and (after.end == len(doc) or doc[after.end].is_punct)
    ):
        return True  # "Gangs attacked Mirebalais, Haiti, on Monday": a town and its country
    return any(c.dep_ == "appos" and c.lemma_ in PLACE_NOUNS for c in root.children)


#: formations named after a person or a place: "the Carlos Patiño front"
FORMATION_NOUNS = {
    "front": "ArmedForce",
    "militia": "ArmedForce",
    "faction": "ArmedForce",
    "column": "ArmedForce",
    "brigade": "MilitaryUnit",
    "battalion": "MilitaryUnit",
    "regiment": "MilitaryUnit",
}


def _untagged_speaking_name(st: _Article, tok: Token) -> bool:
    """A capitalised one-word proper noun, in no entity, the subject of a speech verb."""
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "nsubj"
        and not tok.ent_type_
        and tok.head.lemma_.lower() in VERB_TYPES
        and len(tok.text) > 2
        and (tok.is_title or tok.is_upper)
        and tok.text.isalpha()
        and not any(c.dep_ in ("compound", "amod", "det", "poss") for c in tok.children)
        and tok.lower_ not in st.surname_keys
        and tok.lower_ not in ROLES_AND_TITLES
    )


def _described_as_body(tok: Token) -> bool:
    """A name with an appositive that calls it an organisation."""
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in BODY_DESCRIPTORS and c.pos_ == "NOUN"
        for c in tok.children
    )


def _media_context(ent: Span) -> bool:
    """'the state broadcaster MRTV', 'Zvezda TV', 'the Tasnim news agency'."""
    root = ent.root
    near = [root.head, *root.children]
    if ent.start > 0:
        near.append(ent.doc[ent.start - 1])
    if ent.end < len(ent.doc):
        near.append(ent.doc[ent.end])
    return any(t.lower_ in MEDIA_NOUNS for t in near if t.i < ent.start or t.i >= ent.end) or (
        ent[-1].lower_ in MEDIA_NOUNS
    )


def _kind(cls: str) -> str:
    return KIND_OF_CLASS.get(cls, "organization")  # (imported once, not at every call)


REGION_PLURALS = frozenset({"oblasts", "regions", "provinces"})


def _coordinated_regions(st: _Article) -> None:
    """'Kursk and neighboring Belgorod oblasts' -> Kursk Oblast, Belgorod Oblast."""
    for i in _positions(st, REGION_PLURALS):
        tok = st.doc[i]
        if tok.lower_ not in REGION_PLURALS:
            continue  # a lemma that matched, on a form that is none of these
        suffix = {"oblasts": "Oblast", "regions": "Oblast", "provinces": "Province"}[tok.lower_]
        names = [
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod")
            and c.is_title
            # "seven Russian regions": a nationality, not a region's name
            and not (c.ent_type_ == "NORP" or st.country_key(c.text))
        ]
        # "the Kursk and neighboring Belgorod oblasts": Kursk heads the coordination
        names.extend(c for c in tok.conjuncts if c.is_title and c.pos_ == "PROPN")
        for n in list(names):
            names.extend(
                c for c in n.conjuncts if c.is_title and c.pos_ == "PROPN" and c not in names
            )
        for n in names:
            st.mentions[:] = [m for m in st.mentions if not (m.start <= n.i < m.end)]
            label = f"{n.text} {suffix}"
            key = st.ref_by_name.get(_norm(label))
            if key is None and suffix == "Oblast":
                key = st.ref_by_name.get(_norm(f"{n.text} region"))
            if key is None and tok.lower_ == "regions":
                # "the Metina and Gara regions of northern Iraq": an oblast only where the
                # reference knows one; else the region by its name
                label = n.text
                key = st.ref_by_name.get(_norm(label))
                if key is not None and st.ref.entities[key].cls != "Region":
                    key = None
            if key is None:
                key = "region/" + slug(label)
                st.ensure(key, "Region", label)
            else:
                st.ensure(key, st.ref.entities[key].cls, label)
            # the token may carry a wrong NER label (ORG, PRODUCT): the region wins
            st.token_key[n.i] = key
            st.mentions.append(_Mention(n.i, n.i + 1, key))
            if label == n.text and key not in st.ref.entities:
                # "… in a separate strike in the Zap region", a name the NER never tagged
                for i in _positions(st, frozenset({n.lower_})):
                    t = st.doc[i]
                    if t.text == n.text and i not in st.token_key and t.pos_ == "PROPN":
                        st.add_mention(i, i + 1, key)


def _collective(st: _Article, ent: Span) -> None:
    """A nationality adjective heading a collective noun: 'North Korean troops'."""
    dem = ent.text.replace("’", "'")
    country = None
    if ent.ent_id_.startswith("demonym:"):
        country = ent.ent_id_[len("demonym:") :]
    else:
        country = st.country_key(dem)
    head = ent.root.head
    if head.i < ent.end or head.pos_ not in ("NOUN", "PROPN"):
        # "state-controlled media": the adjective modifies a compound whose head is further on
        head = ent.root
        while (
            head.head.i != head.i
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.dep_ in ("amod", "compound", "nmod")
        ):
            head = head.head
        if head.i < ent.end:
            return
    if country is not None and country in st.ref.entities:
        # "Ukrainian cities", "North Korean troops": a nationality names its country
        st.ensure(country, "Country", st.ref.entities[country].label)
        st.extra_keys.add(country)
    noun = head.lower_
    cls = COLLECTIVE_NOUNS.get(noun)
    if cls is None or country is None:
        return
    between = st.doc[ent.end : head.i]
    mods = [t.lower_ for t in between if t.pos_ in ("ADJ", "NOUN", "VERB", "PROPN") and t.is_alpha]
    if noun in ("authorities", "leadership") and "military" in mods:
        # "the south Korean puppet military authorities": the state's armed forces
        cls, noun = "ArmedForce", "military"
    country_label = st.ref.entities[country].label if country in st.ref.entities else dem
    surface = _clean_label(st.doc[ent.start : head.i + 1].text)
    if cls == "MediaOutlet":
        state = any(
            m in ("state", "state-controlled", "state-run", "controlled", "run") for m in mods
        )
        label = f"{dem} state media" if state else f"{dem} media"
    elif cls == "GovernmentBody":
        label = f"Government of {_of_country(country_label)}"
    elif cls == "ArmedForce" and noun in ("forces", "army", "military", "navy"):
        national = _national_force(st, country) if noun != "navy" else None
        if national:
            st.ensure(national, "ArmedForce", surface)
            st.add_mention(ent.start, head.i + 1, national)
            return
        # "the Indian army" is the Indian Army; "Indian forces" stay a description
        label = f"{dem} {noun.title() if noun in ('army', 'navy') else noun}"
    elif noun in ("officials", "sources") and not any(
        t.lower_ in ("and", "or", ",") for t in between
    ):
        # "Two Philippine security officials": what kind of officials is part of who they are
        label = " ".join(
            [
                dem,
                *(
                    t.text
                    for t in between
                    if t.lower_ in mods
                    # (not "Ugandan and Somali troops": another nationality, joined)
                    and t.ent_type_ not in ("NORP", "GPE")
                    and st.country_key(t.text) is None
                ),
                noun,
            ]
        )
    else:
        label = f"{dem} {noun}"
    key = _kind(cls) + "/" + slug(label)
    draft = st.ensure(key, cls, label)
    draft.alt_labels.add(surface)
    if draft.affiliation is None:
        draft.affiliation = country
    st.ensure(country, "Country", country_label)
    st.add_mention(ent.start, head.i + 1, key)


UNIT_WORDS = re.compile(
    r"\b(brigades?|divisions?|regiments?|battalions?|corps|company|squadrons?|wings?|fleets?)\b",
    re.I,
)


UNIT_NOUNS = {
    "brigade",
    "division",
    "regiment",
    "battalion",
    "corps",
    "unit",
    "detachment",
    "fleet",
}
MINISTRY_WORDS = {
    "foreign": ("foreign affairs", "foreign ministry"),
    "defence": ("defence", "defense"),
    "defense": ("defence", "defense"),
    "interior": ("interior", "internal affairs"),
    "health": ("health",),
    "emergency": ("emergency", "emergencies"),
    "emergencies": ("emergency", "emergencies"),
    "justice": ("justice",),
    "information": ("information",),
    "education": ("education",),
    "energy": ("energy",),
    "finance": ("finance",),
    "oil": ("oil", "petroleum"),
    "agriculture": ("agriculture",),
    "transport": ("transport",),
    "culture": ("culture",),
    "economy": ("economy",),
    "reintegration": ("reintegration",),
    "communication": ("communication",),
    "communications": ("communication",),
}

#: a ministry's topic word -> how the minted canonical name ("Ministry of … of <Country>") puts it
MINISTRY_TOPICS = {
    "foreign": "Foreign Affairs",
    "defence": "Defence",
    "defense": "Defence",
    "emergency": "Emergencies",
}


#: country names English writes with "the": "of the United Arab Emirates", "of the Philippines"
_THE_COUNTRY = re.compile(
    r"^(?:United |Democratic Republic|Republic of the|Central African|Dominican|Czech Republic)"
    r"|^(?:Philippines|Netherlands|Gambia|Bahamas|Comoros|Maldives|Seychelles|Marshall Islands|"
    r"Solomon Islands|Vatican City)$"
    r"|\bRegion$"  # "the Kurdistan Region"
)


def _embassy_names(st: _Article, tok: Token, owner: str) -> set[str]:
    """ "the Russian embassy in Seoul" is also "Embassy of Russia in Seoul" and, a capital
    standing for its state, "Embassy of Russia in South Korea"."""
    names: set[str] = set()
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "to"):
            continue
        for p in c.children:
            if p.dep_ != "pobj" or (k := st.key_at(p)) is None:
                continue
            names.add(f"Embassy of {_of_country(owner)} in {_of_country(st.label_of(k))}")
            host = k if st.cls_of(k) == "Country" else st.capitals.get(k)
            if host is not None and host in st.ref.entities:
                host_label = _of_country(st.ref.entities[host].label)
                names.add(f"Embassy of {_of_country(owner)} in {host_label}")
                # "the Russian Embassy in Kenya", as the host country is also written
                state = st.ref.entities.get(st.ref_by_name.get(_norm(owner)) or "")
                if state is not None and state.demonyms:
                    names.add(f"{state.demonyms[0]} Embassy in {host_label}")
    return names


def _known(st: _Article, name: str) -> str | None:
    """The reference entity of that name, made one of the article's; None if the reference
    knows no such name (unlike :func:`_named`, nothing is minted)."""
    key = st.ref_by_name.get(_norm(name))
    if key is not None:
        e = st.ref.entities[key]
        st.ensure(key, e.cls, e.label)
    return key


def _junta(st: _Article, country: str) -> str | None:
    """The body the reference knows as a state's junta ("Myanmar junta" is the Tatmadaw), if
    any."""
    ref = st.ref.entities.get(country)
    for word in (ref.label, *ref.demonyms) if ref is not None else ():
        junta = _known(st, f"{word} junta")
        if junta is not None:
            return junta
    return None


def _of_country(label: str) -> str:
    """``label`` as it follows "of": with "the" where English puts one."""
    return f"the {label}" if _THE_COUNTRY.search(label) else label


def _ministry_of(st: _Article, country: str, topic: str, surface: str) -> str:
    """The reference ministry of ``country`` for ``topic``, else one minted with a fixed name.

    A minted ministry is "Ministry of <Topic> of <Country>" whatever the wording ("Jordan's
    Foreign Ministry", "the Jordanian foreign ministry"), so two articles meet in one node; the
    wordings become its other names.
    """
    words = MINISTRY_WORDS.get(topic, (topic,))
    if country == "country/palestine" and topic == "health" and "palestin" not in surface.lower():
        # (a ministry called Palestinian keeps that name, wherever it is)
        gaza = _gaza_ministry(st)
        if gaza is not None:
            return gaza
    for e in st.ref.by_class("GovernmentBody"):
        names = " ".join([e.label, *e.alt_labels]).lower()
        if e.affiliation == country and "ministry" in names and any(w in names for w in words):
            st.ensure(e.key, e.cls, e.label)
            return e.key
    ref = st.ref.entities.get(country)
    clabel = ref.label if ref else country.split("/")[-1].replace("-", " ").title()
    pretty = MINISTRY_TOPICS.get(topic, topic.title())
    label = f"Ministry of {pretty} of {_of_country(clabel)}"
    key = "government/" + slug(label)
    d = st.ensure(key, "GovernmentBody", label)
    d.affiliation = d.affiliation or country
    others = {surface, f"{clabel}'s {topic.title()} Ministry"}
    if ref and ref.demonyms:
        others |= {
            f"{ref.demonyms[0]} {topic.title()} Ministry",
            f"{ref.demonyms[0]} Ministry of {pretty}",
        }
    if pretty == "Defence":
        # "Ministry of National Defence" in Niger, Greece, Poland, Turkey …; and both spellings
        # are in use, whatever the outlet's
        others.add(f"Ministry of National Defence of {_of_country(clabel)}")
        others |= {o.replace("Defence", "Defense") for o in (*others, label)}
    if pretty == "Interior":  # the official name in most of the former Soviet Union
        others.add(f"Ministry of Internal Affairs of {_of_country(clabel)}")
    d.alt_labels |= {o for o in others if o and o != label}
    return key


def _puppet_state(st: _Article) -> str | None:
    """Whose "puppet" army or ministry North Korean state media mean: South Korea's."""
    issuer = _issuer(st)
    if issuer is None or _side(st, issuer) != "country/north-korea":
        return None
    south = "country/south-korea"
    st.ensure(south, "Country", st.ref.entities[south].label)
    return south


def _named_ministry(st: _Article, ent: Span, text: str) -> str | None:
    """ "Lebanon's Health Ministry", "the Ministry of Health in Gaza" -> one ministry per state."""
    low = text.lower()
    topic = next((t for t in MINISTRY_WORDS if re.search(rf"\b{t}\b", low)), None)
    after = ent.end
    if after + 1 < len(st.doc) and st.doc[after].lower_ in ("in", "of"):
        # "the Ministry of Health in Gaza" / "in Hamas-run Gaza": a body named after its place
        objects = [c for c in st.doc[after].children if c.dep_ == "pobj"]
        place = next(
            (c for c in objects if c.ent_type_ in ("GPE", "LOC")),
            objects[0] if objects else st.doc[after + 1],
        )
        span = next((e for e in _doc_ents(st.doc) if e.start == place.i), None)
        pname = _clean_label(span.text if span is not None else place.text)
        for name in (f"{pname} {text}", f"{text} in {pname}", f"{pname} {topic or ''} Ministry"):
            ref_key = st.ref_by_name.get(_norm(name))
            if ref_key:
                st.ensure(ref_key, st.ref.entities[ref_key].cls, st.ref.entities[ref_key].label)
                return ref_key
    country = None
    prev = ent.start - 1
    if prev >= 1 and st.doc[prev].lower_ in ("'s", "’s"):
        country = st.country_at(st.doc[prev - 1])
        owner = st.key_at(st.doc[prev - 1])
        if country is None and owner and st.cls_of(owner) == "Region":
            country = owner  # "The Kurdistan Region's Interior Ministry": the region's own
        if country is None and owner in st.capitals:
            country = st.capitals[owner]  # "Seoul's Defense Ministry": South Korea's
        if country is None and owner is None and st.doc[prev - 1].lower_ == "government":
            # "the military-aligned government's Foreign Ministry": the government of the
            # country the story is about
            country = next(iter(_ministry_countries(st, ent[0])), None)
    elif prev >= 0:
        country = st.country_at(st.doc[prev])
    if country is None and after + 1 < len(st.doc) and st.doc[after].lower_ in ("in", "of"):
        country = st.country_at(st.doc[after + 1])
        place_key = st.key_at(st.doc[after + 1]) or st.ref_by_name.get(
            _norm(st.doc[after + 1].text)
        )
        if country is None and place_key in st.capitals:
            country = st.capitals[place_key]  # "the Ministry of Health in Sanaa": Yemen's
        at = after + 1 + (st.doc[after + 1].lower_ == "the")
        named = next((e for e in _doc_ents(st.doc) if e.start <= at < e.end), None)
        if country is None and named is not None:
            # "the Ministry of Foreign Affairs of the People's Republic of China": the state's
            # name in full, after "the"
            country = st.country_key(_clean_label(named.text))
    if country is None and prev >= 0 and st.doc[prev].lower_ == "puppet":
        country = _puppet_state(st)  # "the puppet Defence Ministry"
    if country is None:
        for w in text.split()[:2]:
            country = country or st.country_key(w)  # "the Lebanese Health Ministry"
    if country is None and len(name_words := text.split()) >= 3:
        # "the GNU Defence Ministry": the state of the government whose name opens it
        owner = st.ref_by_name.get(_norm(name_words[0]))
        if owner is not None and st.ref.entities[owner].cls in ("GovernmentBody", "Organization"):
            side = st.ref.entities[owner].affiliation
            country = side if side and side.startswith("country/") else None
    if country is None:
        # "the Ministry of Foreign Affairs of the Republic of the Sudan": the state inside the name
        for t in reversed(list(ent)):
            country = country or st.country_at(t)
    if country is None:
        # "Yemen's Houthi-run health ministry": the owner is the head noun's possessive
        for c in ent.root.children:
            if c.dep_ == "poss":
                country = country or st.country_at(c)
    owned = (prev >= 0 and st.doc[prev].lower_ in ("'s", "’s")) or any(
        c.dep_ in ("poss", "amod", "compound") and c.i < ent.start for c in ent.root.children
    )  # "Hamas's health ministry", "the Houthi-run health ministry": not a state's
    if country is None and topic is not None and not owned:
        # "The Health Ministry rejected …" after "the Lebanese Health Ministry" in Anadolu's
        # report on Lebanon: the one ministry of that portfolio named before, of the country
        # the article is about, whoever publishes
        words = MINISTRY_WORDS[topic]
        main = _main_country(st, ent[0])
        named_before = {
            m.key
            for m in st.mentions
            if m.start < ent.start
            and st.cls_of(m.key) == "GovernmentBody"
            and "ministry" in (label := st.label_of(m.key).lower())
            and any(w in label for w in words)
        }
        earlier = {k for k in named_before if _side(st, k) == main}
        one = earlier.pop() if len(earlier) == 1 else None
        if one is None and len(named_before) == 1:
            # "The Russian Defence Ministry … The Defence Ministry has not confirmed" in a story
            # about a Ukrainian town: the one such ministry the article has named
            one = named_before.pop()
        if one is not None:
            called = _clean_label(text).split()
            if len(called) >= 2 and all(w[:1].isupper() for w in called):
                # "the Defense Ministry" is what the article calls it (an analyst asks so)
                st.entities[one].alt_labels.add(" ".join(called))
            return one
        # "Foreign Ministry Spokesman Esmaeil Baghaei" with no state named: the publisher's own
        # (IRNA's is Iran's), else that of the country the article names most so far
        country = next(iter(_ministry_countries(st, ent[0])), None)
    if country is None or topic is None:
        return None
    # the wording as written, from the owner ("Lebanon's", "Yemen's Houthi-run") to the head
    left = min(ent.root.left_edge.i, ent.start)
    if prev >= 1 and st.doc[prev].lower_ in ("'s", "’s"):
        left = min(left, prev - 1)
    elif prev >= 0 and st.country_at(st.doc[prev]):
        left = min(left, prev)
    surface = _clean_label(st.doc[left : ent.end].text)
    return _ministry_of(st, country, topic, surface if country else text)


def _places_up(st: _Article, key: str) -> list[str]:
    """A place and the places it lies in, up its chain (at most four steps)."""
    chain = [key]
    for _ in range(4):
        d = st.entities.get(key) or st.ref.entities.get(key)
        if d is None or d.located_in is None:
            break
        key = d.located_in
        chain.append(key)
    return chain


def _gaza_ministry(st: _Article) -> str | None:
    """ "the Health Ministry" in a story from Gaza is the Hamas-run ministry in Gaza, not the
    Palestinian Authority's in Ramallah: the one of the two territories the article names more
    often (places inside them count)."""
    counts = {"region/gaza-strip": 0, "region/west-bank": 0}
    for m in st.mentions:
        for up in _places_up(st, m.key):
            if up in counts:
                counts[up] += 1
    if counts["region/gaza-strip"] > counts["region/west-bank"]:
        return _known(st, "Gaza Health Ministry")
    return None


def _ministry(st: _Article, tok: Token, country: str) -> str | None:
    """ "China's foreign ministry" -> the reference ministry of that country, else a new one."""
    kinds = [
        c.lower_
        for c in tok.children
        if c.dep_ in ("compound", "amod") and c.lower_ in MINISTRY_WORDS
    ]
    right = tok.i
    if not kinds:
        # "the Azerbaijani Ministry of Defense", "the Ministry of Foreign Affairs" (no entity to
        # the NER): the portfolio after "of"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1:
                for o in c.children:
                    words = [o, *(x for x in o.children if x.dep_ in ("compound", "amod"))]
                    kinds += [w.lower_ for w in words if w.lower_ in MINISTRY_WORDS and o.is_title]
                    right = o.i if kinds else right
    if not kinds:
        return None
    left = min([tok.i, *(c.i for c in tok.children if c.i < tok.i)])
    key = _ministry_of(st, country, kinds[0], _clean_label(st.doc[left : right + 1].text))
    st.token_key.setdefault(tok.i, key)
    return key


def _home_countries(st: _Article, tok: Token) -> list[str]:
    """Whose a body named without its state is, in order of likelihood: the publisher's country
    (IRNA's is Iran's; an international outlet's only when the story names something of it
    before), then the country the article names most before ``tok``."""
    publisher = _issuer(st)
    home = (_side(st, publisher) or _named_home(st, publisher)) if publisher else None
    if home and publisher in INTERNATIONAL_OUTLETS and not _names_side_before(st, home, tok):
        home = None  # Reuters' "the army" in a report on Haiti; the Guardian's MoD stays British
    return [c for c in (home, _main_country(st, tok)) if c]


def _named_home(st: _Article, outlet: str) -> str | None:
    """The country an outlet the reference does not know is named after: the Dhaka Tribune's
    Bangladesh, the Sudan Tribune's Sudan (a city or a country in its name)."""
    if outlet in st.ref.entities or st.cls_of(outlet) != "MediaOutlet":
        return None
    for word in st.label_of(outlet).split():
        place = st.ref_by_name.get(_norm(word.strip(".,'’")))
        if place is None or st.ref.entities[place].cls not in ("Country", "Settlement"):
            continue
        if (country := _state_of(st, place)) is not None:
            return country
    return None


def _names_side_before(st: _Article, country: str, tok: Token) -> bool:
    """Whether something of ``country`` other than an outlet is named before ``tok`` ("a Royal
    Navy frigate" for Britain)."""
    return any(
        m.start < tok.i and not m.key.startswith("media/") and _side(st, m.key) == country
        for m in st.mentions
    )


def _ministry_countries(st: _Article, tok: Token) -> list[str]:
    """Whose a ministry named without its state is: a national outlet's country (IRNA's
    "Foreign Ministry Spokesman" is Iran's), else the country reported on (RFI's "the Ministry of
    Defence" in a report on Niger is Niger's, not France's)."""
    publisher = _issuer(st)
    if (
        publisher
        and (publisher in st.ref.entities or _named_home(st, publisher))
        and publisher not in INTERNATIONAL_OUTLETS
    ):
        return _home_countries(st, tok)
    return _reported_countries(st, tok)


#: outlets that report on the world: their country is not the one "the ministry" belongs to
INTERNATIONAL_OUTLETS = frozenset(
    f"media/{s}"
    for s in (
        "radio-france-internationale", "france-24", "agence-france-presse", "bbc", "reuters",
        "associated-press", "al-jazeera", "cnn", "deutsche-welle", "the-guardian",
        "the-new-york-times", "the-washington-post", "sky-news", "euronews", "bloomberg",
        "radio-free-europe-radio-liberty", "politico", "financial-times",
    )
)  # fmt: skip


def _reported_countries(st: _Article, tok: Token) -> list[str]:
    """Whose army "the Army" is, in order of likelihood: the country the article names most
    before ``tok``, then the publisher's (the Times of India's, when no country is named yet;
    not RFI's France in a report on Mali)."""
    return list(dict.fromkeys(reversed(_home_countries(st, tok))))


_STATE_STAFF = re.compile(r"^(?P<owner>.+?)(?:'s|’s|'|’)?\s+General Staff$")


def _state_general_staff(st: _Article, ent: Span) -> str | None:
    """ "Belarus' General Staff", "the Belarusian General Staff": that state's general staff,
    the reference's where it has one, else one named "General Staff of the Armed Forces of
    Belarus" (as the reference names Ukraine's). The NER may leave the state out of the name:
    the word before it is then the state."""
    label = _clean_label(_stext(ent))
    if label == "General Staff" and ent.start >= 1:
        before = ent.doc[ent.start - 1]
        if before.lower_ in ("'s", "’s", "'", "’") and ent.start >= 2:
            before = ent.doc[ent.start - 2]
        label = f"{before.text} General Staff"
    m = _STATE_STAFF.match(label)
    country = st.country_key(m.group("owner")) if m else None
    return _general_staff_of(st, country, label) if country else None


def _general_staff_of(st: _Article, country: str, surface: str) -> str | None:
    """The general staff of ``country``: the reference's, else one minted under a fixed name."""
    if country not in st.ref.entities:
        return None
    for e in st.ref.by_class("ArmedForce"):
        if "General Staff" in e.label and _side(st, e.key) == country:
            st.ensure(e.key, e.cls, e.label)
            return e.key
    name = f"General Staff of the Armed Forces of {_of_country(st.ref.entities[country].label)}"
    key = "armed-force/" + slug(name)
    draft = st.ensure(key, "ArmedForce", name)
    draft.alt_labels.add(surface)
    for demonym in st.ref.entities[country].demonyms[:1]:
        # "the French General Staff", "the French Armed Forces General Staff"
        draft.alt_labels |= {f"{demonym} General Staff", f"{demonym} Armed Forces General Staff"}
    draft.affiliation = draft.affiliation or country
    return key


def _general_staff(
    st: _Article, tok: Token, named: str | None = None, staff: str = "General Staff"
) -> str | None:
    """The General Staff of the country ``named`` ("the Ukrainian general staff"), else of the
    publisher's country, else of the country the article names most (or its Joint Staff)."""
    for country in [named] if named else _home_countries(st, tok):
        for e in st.ref.by_class("ArmedForce"):
            names = " ".join([e.label, *e.alt_labels])
            if staff in names and _side(st, e.key) == country:
                st.ensure(e.key, e.cls, e.label)
                return e.key
    return None


def _main_country(st: _Article, before: Token) -> str | None:
    """The country mentioned most often (directly or by nationality) before a token."""
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    # the dateline's place counts as named first ("Dhaka, … (UNB) –" in a report on Myanmar),
    # though less than a country the text names ("CAIRO (Reuters) - Drones struck … the northern
    # Sudanese city of Atbara …, the army said": a bureau's city, not the story's country)
    home = _state_of(st, st.dateline) if st.dateline else None
    if home is not None:
        counts[home], first[home] = 0.5, -1
    for m in st.mentions:
        if m.start >= before.i:
            continue
        d = st.entities[m.key]
        if d.cls == "MediaOutlet":
            continue  # "contacted by RFI" says nothing of where the story is
        c = m.key if d.cls == "Country" else d.affiliation
        if c is None and d.cls in ("Region", "Settlement"):
            c = _country_of_place(st, m.key)  # "Kyaukphyu" tells the story is in Myanmar
        if c and c.startswith("country/"):
            counts[c] = counts.get(c, 0) + 1
            first[c] = min(first.get(c, m.start), m.start)
    # as often named: the one named first ("in central Mali, near the border with Burkina Faso")
    return max(counts, key=lambda c: (counts[c], -first[c])) if counts else None


def _state_of(st: _Article, key: str) -> str | None:
    """A country itself, else the country the place lies in."""
    return key if key.startswith("country/") else _country_of_place(st, key)


def _country_of_place(st: _Article, key: str) -> str | None:
    """The country a place lies in, up its reference's chain of places."""
    return next((up for up in _places_up(st, key)[1:] if up.startswith("country/")), None)


def _national_force(st: _Article, country: str) -> str | None:
    return st.national_forces.get(country)


def _national_force_in(st: _Article, country: str | None) -> str | None:
    """The national armed force of ``country`` (if it has one), brought into the article."""
    force = _national_force(st, country) if country else None
    if force:
        st.ensure(force, "ArmedForce", st.ref.entities[force].label)
    return force


_ORDINAL_WORDS = {w: i for i, w in enumerate(ORDINAL_WORDS, 1)}
_ORDINAL_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_ORDINAL_TENTHS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}


def _numbered(word: str) -> str:
    """A spelled-out ordinal in figures, as units are named: "Sixth" -> "6th", "Twenty-second"
    -> "22nd"; any other word as it is."""
    low = word.lower()
    n = _ORDINAL_WORDS.get(low) or _ORDINAL_TENTHS.get(low)
    if n is None and "-" in low:
        tens, _, unit = low.partition("-")
        if tens in _ORDINAL_TENS and unit in _ORDINAL_WORDS and _ORDINAL_WORDS[unit] < 10:
            n = _ORDINAL_TENS[tens] + _ORDINAL_WORDS[unit]
    if n is None:
        return word
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _unit(st: _Article, ent: Span, text: str) -> None:
    """A military unit: number, echelon and allegiance from the possessor or a nationality."""
    text = re.sub(r"^.*?'s\s+", "", text)
    # "the Sixth Infantry Division" is named as the army numbers it: "6th Infantry Division"
    text = " ".join(_numbered(w) for w in text.split())
    words = text.split()
    number = next((w for w in words if re.match(r"^\d+(st|nd|rd|th)$", w)), None)
    echelon = words[-1].title() if words else None
    allegiance = None
    for tok in list(ent) + [ent.root.head]:
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < ent.start):
                k = st.country_at(c) or st.token_key.get(c.i)
                if k and (k.startswith("country/") or k.startswith("armed-force/")):
                    allegiance = k
    if ent.start > 0:
        prev = st.doc[ent.start - 1]
        if prev.lower_ in ("'s", "’s") and ent.start > 1:
            k = st.country_at(st.doc[ent.start - 2])
            allegiance = allegiance or k
        else:
            k = st.country_at(prev)
            allegiance = allegiance or k
    parent = None
    for t in ent.root.children:
        if t.dep_ == "prep" and t.lower_ == "of":
            for p in t.children:
                k = st.token_key.get(p.i)
                if k and k.startswith(("armed-force/", "unit/")):
                    parent = k
    if (
        allegiance is None
        and parent is None
        and any(c.dep_ == "poss" and c.lower_ in ("army", "military") for c in ent.root.children)
    ):
        # "The Army's Srinagar-based Chinar Corps": the army of the country the article names
        # most, else of the publisher's (the Times of India's, before any country is named)
        home = _reported_countries(st, ent[0])
        allegiance = home[0] if home else None
        force = _national_force_in(st, allegiance)
        if force:
            parent = force
    if parent is None and allegiance and allegiance.startswith("armed-force/"):
        parent = allegiance  # "the Army's Chinar Corps": a formation of that army
    country = allegiance if allegiance and allegiance.startswith("country/") else None
    if country is None and SHIP_PREFIXES.get(text.split(" ", 1)[0]):
        # "HMS Diamond": the prefix tells the navy's country, whatever else the sentence names
        country = st.ref_by_name.get(_norm(SHIP_PREFIXES[text.split(" ", 1)[0]] or ""))
    if country is None and parent and parent in st.entities:
        country = st.entities[parent].affiliation
    if country is None:
        country = _sentence_country(st, ent)
    if country is None and parent is None:
        # no side named in the sentence: the country the article's forces are mostly from
        country = _main_country(st, ent[0]) or _main_country(st, ent.doc[-1])
    prefix = (slug(st.ref.entities[country].label) + "-") if country in st.ref.entities else ""
    key = "unit/" + prefix + slug(text)
    cls = "MilitaryUnit" if (country or parent) else "ArmedForce"
    if cls == "ArmedForce":
        key = "armed-force/" + slug(text)
        st.warnings.append(
            f"military unit '{text}' has no known allegiance; kept as an armed force"
        )
    draft = st.ensure(key, cls, text)
    draft.alt_labels.add(
        _clean_label(st.doc[max(ent.start - 2, 0) : ent.end].text)
        if ent.start >= 2 and st.doc[ent.start - 1].lower_ in ("'s", "’s")
        else text
    )
    draft.number, draft.echelon = number, echelon
    if country:
        draft.allegiance = country
        st.ensure(
            country,
            "Country",
            st.ref.entities[country].label if country in st.ref.entities else country,
        )
    if parent:
        draft.parent = parent
    st.add_mention(ent.start, ent.end, key)


def _sentence_country(st: _Article, span: Span) -> str | None:
    """The one country named or implied by a nationality in the unit's sentence, if unique."""
    found = set()
    for t in span.sent:
        k = st.country_at(t)
        if k:
            found.add(k)
    return found.pop() if len(found) == 1 else None


RANKS = {
    "captain",
    "major",
    "colonel",
    "sergeant",
    "lieutenant",
    "general",
    "private",
    "corporal",
    "commander",
    "brigadier",
    "admiral",
    "rear",  # "Rear Adm. Zeki Aktürk"
    "commodore",
    "marshal",
    "comrade",
    "sheikh",
    "minister",
    "rank",
    # police ranks: "Detective Superintendent Mikko Hyvärinen"
    "detective",
    "superintendent",
    "inspector",
    "constable",
}
RANKS.update(RANK_ABBREVIATIONS)
RANKS.update(ROMANCE_RANKS)
#: words of the name of an office that the NER runs into its holder's name: "Head of the
#: Regional Military Administration Oleh Kiper"
OFFICE_NAME_WORDS = {
    *("administration", "military", "regional", "civil", "city", "district", "oblast"),
    *("ministry", "council", "office", "committee", "service", "agency", "department"),
    *("affairs", "security", "state", "national", "interior", "internal", "emergency"),
    "commission",  # "African Union Commission Chairperson Mahmoud Ali Youssouf"
    "police",  # "Inspector General of Police Kamal Verma"
    "public",  # "Public Defender Levan Ioseliani"
}
TITLE_WORDS = {
    # "Military expert Andrey Marochko … According to the expert": an occupation before a name
    "expert",
    "legislator",  # "Kuomintang (KMT) Legislator Lin Kuan-yu"
    "analyst",
    "commissioner",  # "Divisional Police Commissioner Mahamadou Sana"
    "defender",  # Georgia's "Public Defender", its ombudsman
    "ombudsman",
    "ombudsperson",  # "Ombudsperson Iris Marín"
    "ombudswoman",
    "chairperson",  # "AU Commission Chairperson Mahmoud Ali Youssouf"
    "chairman",
    "chairwoman",
    "administrator",
    "president",
    "minister",
    "chief",
    "aide",  # "Presidential Aide Yury Ushakov"
    "advisor",
    "commander",
    "general",
    "gen.",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "prime",
    "defense",
    "defence",
    "foreign",
    "lt.",
    "col.",
    "maj.",
    "adm.",
    "admiral",
    "colonel",
    "lieutenant",
    "marshal",
    "ambassador",
    "governor",
    "mayor",
    "head",
    "director",
    "deputy",
    "acting",
    "senator",
    "chancellor",
    "king",
    "leader",
    "speaker",
    "envoy",
    "adviser",
}
#: any word of a title, role or rank, looked up often: one set, not a union per look-up
TITLES_ROLES_RANKS = frozenset(TITLE_WORDS | ROLE_NOUNS | RANKS)
#: (made once: Python builds a union of sets anew at every use)
ROLES_AND_TITLES = frozenset(ROLE_NOUNS | TITLE_WORDS)
#: titles abbreviated before a name ("Sumy regional Gov. Oleh Hryhorov"), written out in the
#: role, so that "the regional governor" of a lede finds him
ABBREVIATED_TITLES = {"gov.": "governor", "sen.": "senator", "rep.": "representative"}
#: words that qualify a title before a name, kept in the role ("regional Gov.", "state Sen.")
TITLE_QUALIFIERS = frozenset({"regional", "provincial", "state", "district", "county", "oblast"})


def _roles(st: _Article) -> None:
    """Titles before a name ('President Vladimir Putin') and appositions ('Chief of ..., X')."""
    doc = st.doc
    for m in list(st.mentions):
        if st.entities[m.key].cls != "Person":
            continue
        # title tokens directly before the name (past a given name the NER left out of a name
        # the reference knows: "Presidential Aide Yury Ushakov", "Ushakov" alone tagged)
        i = m.start - 1
        named = set(st.label_of(m.key).split()[:-1])
        while i >= 0 and doc[i].text in named and doc[i].lower_ not in TITLE_WORDS | RANKS:
            i -= 1
        title: list[Token] = []
        while (
            i >= 0
            and (
                not doc[i].is_punct
                or doc[i].lower_ in ABBREVIATED_TITLES
                # "Junta spokesman Maj-Gen Zaw Min Tun", "Colonel-Major Amadou Abdramane": a
                # hyphenated rank
                or (doc[i].text == "-" and i > 0 and doc[i - 1].lower_ in RANKS)
            )
            and (
                # "IRGC spokesman Brigadier General …"
                (doc[i].lower_ in TITLE_WORDS or doc[i].lower_ in RANKS)
                or doc[i].lower_ in ABBREVIATED_TITLES
                or doc[i].lower_.rstrip(".") in RANK_ABBREVIATIONS
                or doc[i].text == "-"
                or (doc[i].lower_ in TITLE_QUALIFIERS and title)
                or (doc[i].is_title and doc[i].dep_ == "compound" and doc[i].head.i >= m.start)
                # "Captain 3rd Rank": a naval rank with its ordinal
                or (
                    re.fullmatch(r"\d+(?:st|nd|rd|th)", doc[i].lower_)
                    and doc[i + 1].lower_ == "rank"
                )
            )
        ):
            if st.token_key.get(doc[i].i):
                break
            title.insert(0, doc[i])
            i -= 1
        if not any(t.lower_ in TITLE_WORDS and t.lower_ not in RANKS for t in title):
            # an office spelled out: "head of the Zaporizhia Regional Military Administration
            # Ivan Fedorov", back to its title word over capitalised words, "of" and "the"
            j = i
            while (
                j >= 0
                and m.start - j <= 16
                and (
                    doc[j].is_title
                    or doc[j].lower_ in ("of", "the", "for")
                    # "Commander-in-Chief of the Islamic Republic of Iran Army"
                    or (doc[j].text == "-" and (doc[j - 1].is_title or doc[j - 1].lower_ == "in"))
                    or (doc[j].lower_ == "in" and doc[j - 1].text == "-")
                    # "Chairman of the State Security Committee (KGB) Ivan Tertel"
                    or (doc[j].text in ("(", ")") and m.start - j <= 3)
                    or (doc[j].is_upper and doc[j].is_alpha)
                )
            ):
                j -= 1
            while j < i and (doc[j].lower_ == "in" or doc[j].text == "-" or not doc[j].is_title):
                j += 1  # back to the first capitalised word
            if (
                j >= 0
                and j < i
                and any(
                    # "head of …", and "Defense Minister of Belarus" (a portfolio before it)
                    doc[h].lower_ in TITLE_WORDS and doc[h + 1].lower_ in ("of", "for", "-")
                    for h in range(j, min(j + 2, i))
                )
                and not any(
                    (k := st.token_key.get(x)) and st.cls_of(k) == "Person"
                    for x in range(j, m.start)
                )
            ):
                title, i = [doc[k] for k in range(j, m.start)], j - 1
        if title and any(t.lower_ in TITLE_WORDS or t.lower_ in ABBREVIATED_TITLES for t in title):
            # "Army spokesman Lul Ruai Koang": the service keeps its place in the role
            service = [doc[i].text] if i >= 0 and doc[i].lower_ in ("army", "navy") else []
            role = " ".join([*service, *(ABBREVIATED_TITLES.get(t.lower_, t.text) for t in title)])
            st.entities[m.key].roles.add(role.replace("( ", "(").replace(" )", ")"))
            # "IAEA Director General Rafael Grossi": the body named just before the title
            body = st.token_key.get(i) if i >= 0 else None
            if (
                body is None
                and i >= 1
                and doc[i].lower_ in ("navy", "army", "military")
                and (group := st.token_key.get(i - 1))
                and st.cls_of(group) in ("ArmedForce", "Organization", "MilitaryUnit")
            ):
                body = group  # "SPLA-IO military spokesman Col. Lam Paul Gabriel": the group's
            if body is None and i >= 0 and doc[i].lower_ in ("navy", "army", "military"):
                # "navy spokesperson …": the navy the article named before
                body = next(
                    (
                        n.key
                        for n in sorted(st.mentions, key=lambda n: n.start, reverse=True)
                        if n.start < i
                        and st.cls_of(n.key) == "ArmedForce"
                        and st.label_of(n.key).lower().endswith(doc[i].lower_)
                    ),
                    None,
                )
            if body is None and i >= 0 and doc[i].lower_ in ("army", "military"):
                # "Army spokesman Nabil Abdallah", after "the Sudanese Armed Forces": the one
                # national force the article has named (not when two armies fight)
                forces = {
                    k
                    for k, d in st.entities.items()
                    if d.cls == "ArmedForce" and _national_force(st, d.affiliation or "") == k
                }
                if len(forces) > 1:
                    # when two armies are named, the one that has spoken before ("The UPDF
                    # announced … Army spokesperson Brig Gen Felix Kulayigye said")
                    forces = {
                        n.key
                        for n in st.mentions
                        if n.key in forces
                        and n.start < i
                        and doc[n.end - 1].dep_ == "nsubj"
                        and doc[n.end - 1].head.lemma_.lower() in VERB_TYPES
                    }
                body = forces.pop() if len(forces) == 1 else None
            if (
                body is None
                and i >= 1
                and doc[i].lower_ == "government"
                and (country := st.country_at(doc[i - 1])) is not None
            ):
                # "Rwanda government spokesperson Yolande Makolo": she speaks for its government
                body = _government(st, country, _clean_label(doc[i - 1 : i + 1].text))
            if body is None and i >= 0 and doc[i].lower_ in BODY_TITLE_HEADS:
                # "Mission spokesperson Jack Ombaka", "Brigade spokesperson Vitalii Hrytsenko":
                # the mission (the brigade) the article named before
                body = next(
                    (
                        n.key
                        for n in sorted(st.mentions, key=lambda n: n.start, reverse=True)
                        if n.start < i
                        and st.cls_of(n.key) in ACTOR_CLASSES - {"Person", "Country", "MediaOutlet"}
                        and doc[i].lower_ in st.label_of(n.key).lower().split()
                    ),
                    None,
                )
            if body is None and i >= 1 and f"{doc[i - 1].lower_} {doc[i].lower_}" == "air force":
                # "Air force spokesman Yurii Ihnat": the air force of his country (the
                # reference's), else of the country reported on
                known = st.entities[m.key].affiliation
                body = _service_of_reported_country(
                    st,
                    doc[i],
                    "Air Force",
                    known if known and known.startswith("country/") else None,
                )
            d = st.entities[m.key]
            if (
                body
                # a force the title names ("Air force spokesman Yurii Ihnat") is more than the
                # country the reference gives
                and (
                    d.affiliation is None
                    or (
                        d.affiliation.startswith("country/")
                        and st.cls_of(body) in ("ArmedForce", "MilitaryUnit")
                    )
                )
                and st.entities[body].cls in ACTOR_CLASSES - {"Person", "Country", "MediaOutlet"}
            ):
                d.affiliation = body
        # apposition: "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov"
        root = doc[m.end - 1]
        head = root.head
        while root.dep_ == "appos" and head.dep_ == "appos" and head.lower_.rstrip(".") in RANKS:
            root, head = head, head.head  # "…, Lt Gen Ahmed Sharif Chaudhry": past the rank
        if (
            root.dep_ == "appos"
            and head.lower_ not in ROLES_AND_TITLES
            and head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.lower_ in ROLES_AND_TITLES
            and head.head.head.i < m.start
        ):
            # "the commander of the IRGC Navy, Rear Admiral Alireza Tangsiri": the apposition
            # hangs off the body; the role is the title that body belongs to
            head = head.head.head
            # with the title's own compound ("Inspector General of the BSF's Jammu Frontier")
            first = min([c.i for c in head.lefts if c.dep_ == "compound"] + [head.i])
            role = doc[first : m.start].text
            while role and (last := role.split()[-1].lower().strip(",.")) in RANKS | {","}:
                role = role[: role.lower().rfind(last)].rstrip(" ,")  # "…, Rear Admiral"
            role = _clean_label(role)
            if role:
                st.entities[m.key].roles.add(role)
        elif root.dep_ == "appos" and (
            root.head.lower_ in ROLES_AND_TITLES
            # "The ISPR director general, Lt Gen Ahmed Sharif Chaudhry,"
            or (
                root.head.lower_ == "general"
                and root.head.i > 0
                and doc[root.head.i - 1].lower_ in TITLE_WORDS | {"inspector", "attorney"}
            )
        ):
            head = root.head
            toks = [t for t in head.subtree if t.i < m.start and t.i >= head.i]
            # the title's own modifiers too ("The ISPR director general"), less the ranks that
            # came before the name ("…, Lt Gen")
            lead = [c for c in head.lefts if c.dep_ in ("compound", "amod")]
            if head.lower_ == "general" and lead:
                toks = [t for t in doc[lead[0].i : m.start] if t.i <= head.i]
            elif other := [c for c in lead if c.lower_ in OTHER_OFFICE_WORDS]:
                # "Lipetsk's first deputy governor, Yevgeny Sokolov": a deputy is no governor
                toks = [*doc[other[0].i : head.i], *toks]
            role = " ".join(t.text for t in toks).strip(" ,")
            if role:
                st.entities[m.key].roles.add(role)
            d = st.entities[m.key]
            # a state's title-holder serves the state ("Russia's U.N. ambassador")
            of_state = any(st.country_at(c) for c in head.lefts if c.dep_ == "poss")
            for c in head.lefts:
                # "The South Sudan People's Defence Forces (SSPDF) spokesperson, Maj Gen X":
                # the body whose spokesperson X is
                k = st.token_key.get(c.i)
                if (
                    d.affiliation is None
                    and not of_state
                    and c.dep_ in ("compound", "poss", "nmod")
                    and k
                    and st.cls_of(k) in ACTOR_CLASSES - {"Person", "Country", "MediaOutlet"}
                ):
                    d.affiliation = k
            for t in head.subtree:
                if t.i < m.start:
                    st.token_key.setdefault(t.i, m.key) if t.i == head.i else None
            st.token_key[head.i] = m.key
        # apposition after: "Valery Gerasimov, the chief of the general staff,"
        for c in root.children:
            if c.dep_ == "appos" and c.lower_ in ROLES_AND_TITLES:
                role = _clean_label(doc[c.left_edge.i : c.right_edge.i + 1].text)
                if role:
                    st.entities[m.key].roles.add(role)
                d = st.entities[m.key]
                # "Habtamu Tegegne, a spokesperson for the AFNM,": the body he speaks for
                body = next(
                    (
                        k
                        for p in c.children
                        if p.dep_ == "prep" and p.lower_ in ("for", "of")
                        for o in p.children
                        if o.dep_ == "pobj"
                        and (k := st.token_key.get(o.i))
                        and st.cls_of(k) in ACTOR_CLASSES - {"Person", "Country", "MediaOutlet"}
                    ),
                    None,
                )
                if d.affiliation is None and body is not None:
                    d.affiliation = body
            # "Igor Artamonov, who has headed Russia's Lipetsk region since 2018,", "Getachew
            # Reda, who leads the Tigray Interim Regional Administration": the office held
            if (
                c.dep_ == "relcl"
                and c.lemma_ in HELD_OFFICES
                and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
                and (obj := next((w for w in c.children if w.dep_ == "dobj"), None)) is not None
            ):
                held = [t for t in obj.subtree if not (t.dep_ == "appos" or t.is_punct)]
                words = "".join(
                    t.text_with_ws for t in held if t.i <= obj.i or t.dep_ == "prep"
                ).strip()
                role = _clean_label(f"{HELD_OFFICES[c.lemma_]} of {words}")
                if role:
                    st.entities[m.key].roles.add(role)


#: verbs of holding an office, and the title they give ("who heads the region": its head)
HELD_OFFICES = {"head": "head", "lead": "leader", "command": "commander", "chair": "chair"}


def _place_links(st: _Article) -> None:
    """'the town of Sudzha in Kursk Oblast' / 'Sudzha, Kursk Oblast' -> fl:locatedIn."""
    for m in st.mentions:
        d = st.entities[m.key]
        if d.cls not in ("Settlement", "Region", "Place") or d.located_in:
            continue
        root = st.doc[m.end - 1]
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    k = st.token_key.get(p.i)
                    if k and k != m.key and st.entities[k].cls in PLACE_CLASSES:
                        d.located_in = k
            if c.dep_ == "appos":
                k = st.token_key.get(c.i)
                if k and k != m.key and st.entities[k].cls in ("Region", "Country"):
                    d.located_in = k


# ---------------------------------------------------------------------------------------------
# actors: who a phrase refers to


def _noun_phrase(tok: Token) -> list[Token]:
    return [t for t in tok.subtree if t.dep_ not in ("relcl", "acl", "punct") or t.i == tok.i]


def _body_named_after_place(st: _Article, tok: Token) -> str | None:
    """ "The Sudan Medical Council", "the Israel Airports Authority": a body whose name starts
    with a place the NER tagged alone; the whole capitalised name is the body."""
    administration = tok.lower_ == "administration"
    police = tok.text == "Police"  # "the Manipur Police": a force named by what it polices
    if not tok.is_title or tok.lower_ in ("forces", "army"):
        return None
    if tok.lower_ not in ORG_HEADS and not administration and not police:
        return None
    chain = [tok]
    while True:
        prev = tok.doc[chain[0].i - 1] if chain[0].i > 0 else None
        within = {t.i for t in chain}
        if prev is None or prev.dep_ != "compound" or prev.head.i not in within:
            break
        if not prev.is_title:
            break
        chain.insert(0, prev)
    if len(chain) < (2 if police else 3):
        return None  # "the Sudan Council" may be a description; two words between are a name
    place = st.key_at(chain[0])
    if place is None or st.cls_of(place) not in PLACE_CLASSES | {"Country"}:
        return None
    if any(st.key_at(t) for t in chain[1:]):
        return None  # "the Ukraine Defence Ministry" is resolved elsewhere
    text = _clean_label(tok.doc[chain[0].i : tok.i + 1].text)
    key = st.ref_by_name.get(_norm(text))
    if key is None:
        # "the Kyiv City Military Administration" governs; a council or an authority may not
        cls = "GovernmentBody" if administration or police else "Organization"
        key = _kind(cls) + "/" + slug(text)
        st.ensure(key, cls, text).affiliation = place
    else:
        st.ensure(key, st.ref.entities[key].cls, text)
    st.add_mention(chain[0].i, tok.i + 1, key)
    for t in chain:
        st.token_key[t.i] = key
    return key


def _carried_by_outlet(st: _Article, verb: Token, speaker: str | None) -> str | None:
    """ "In a statement carried by the group's mouthpiece, the Firat News Agency, the PKK's
    armed wing, the HPG, denied …": the parser made the outlet the subject, the one it carried
    for an apposition of it. The actor in that apposition speaks."""
    if speaker is None or st.cls_of(speaker) != "MediaOutlet":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or st.key_at(subj) != speaker:
        return None
    first = subj.left_edge.i
    if first < 2 or st.doc[first - 1].text != ",":
        return None
    carrier = st.doc[first - 2]
    if not (carrier.dep_ == "pobj" and carrier.head.dep_ in ("agent", "prep")):
        return None  # not set beside "carried by …, " or "published by …, "
    for c in subj.children:
        if c.dep_ != "appos":
            continue
        for x in (c, *(a for a in c.children if a.dep_ == "appos")):
            k = _actor(st, x) if st.key_at(x) is None else st.key_at(x)
            if k and k != speaker and st.cls_of(k) in ACTOR_CLASSES - {"MediaOutlet", "Country"}:
                return k
    return None


def _korea_meant(st: _Article, tok: Token) -> str | None:
    """ "the North", "the South" in a story about the two Koreas: North or South Korea."""
    if (
        tok.lower_ not in ("north", "south")
        or not tok.text[:1].isupper()
        or tok.i == 0
        or tok.doc[tok.i - 1].lower_ != "the"  # "the North's claim": "the" is the claim's
        or st.key_at(tok) is not None
        or "country/north-korea" not in st.entities
    ):
        return None
    key = f"country/{tok.lower_}-korea"
    st.ensure(key, "Country", st.ref.entities[key].label)
    return key


def _un_panel(st: _Article, tok: Token) -> str | None:
    """ "a group of U.N. experts", "a U.N. panel of experts", "U.N. sanctions monitors", "U.N.
    experts said in a report": the Security Council's group (panel) of experts on the country
    the article is about, when the reference knows one (there is none for Gaza, whose "U.N.
    experts" are rapporteurs)."""
    lemma = tok.lemma_.lower()
    named = tok
    if lemma in ("group", "panel", "team"):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        experts = [o for o in of.children if o.dep_ == "pobj"] if of is not None else []
        if not experts or experts[0].lower_ not in ("experts", "monitors"):
            return None
        named = experts[0]
    elif tok.lower_ in ("experts", "monitors"):
        if not any(t.lower_ == "sanctions" for t in tok.subtree) and not any(
            t.lemma_ == "report" for t in _sent(tok)
        ):
            return None
    else:
        return None
    if not any(t.lower_ in ("u.n.", "un", "nations") for t in tok.subtree):
        return None
    country = _main_country(st, tok)
    ref = st.ref.entities.get(country) if country else None
    if ref is None:
        return None
    for body in ("Group", "Panel"):
        key = _known(st, f"UN {body} of Experts on {ref.label}")
        if key is not None:
            d = st.entities[key]
            # what the article calls them ("U.N. sanctions monitors") is one of their names here
            words = [t for t in st.doc[named.left_edge.i : named.i + 1] if t.dep_ != "det"]
            while words and (words[0].like_num or words[0].lower_ in ("of", "some")):
                words = words[1:]
            if len(words) >= 2:
                d.alt_labels.add(" ".join(t.text for t in words))
            return key
    return None


def _parallel_government(st: _Article, tok: Token) -> str | None:
    """ "the RSF-led parallel government", "the parallel government in Nyala": the rival
    government of the country reported on that the reference knows ("parallel government of
    Sudan" is the Government of Peace and Unity)."""
    for country in _reported_countries(st, tok):
        ref = st.ref.entities.get(country)
        key = _known(st, f"parallel government of {ref.label}") if ref else None
        if key is not None:
            st.token_key.setdefault(tok.i, key)
            return key
    return None


def _regional_government(st: _Article, tok: Token) -> str | None:
    """ "Puntland accused …", "Somalia's semi-autonomous Puntland region said …": a region
    that governs itself speaks through its government, when the reference knows one
    ("Government of Puntland", "Government of Kurdistan Region")."""
    region = st.key_at(tok)
    if region is None and tok.lower_ in ("region", "state", "administration"):
        region = next(
            (k for c in tok.children if c.dep_ == "compound" and (k := st.key_at(c))), None
        )
    if region is None or st.cls_of(region) != "Region":
        return None
    key = st.ref_by_name.get(_norm(f"Government of {st.label_of(region)}"))
    if key is None or st.ref.entities[key].cls != "GovernmentBody":
        return None
    return _known(st, st.ref.entities[key].label)


def _object_of(tok: Token, preposition: str) -> Token | None:
    """The object of the first ``preposition`` hung on ``tok`` ("the mission in Congo" ->
    "Congo", "one of the officials" -> "officials")."""
    return next(
        (
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == preposition
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )


def _un_mission(st: _Article, tok: Token) -> str | None:
    """ "the UN peacekeeping mission in the Democratic Republic of Congo", "the U.N.
    stabilization mission in Congo": the reference's UN mission in that country (the country
    the article is about when none is named), not the United Nations."""
    if tok.lemma_.lower() != "mission" or not any(
        t.lower_ in ("u.n.", "un", "nations") and t.i < tok.i for t in tok.subtree
    ):
        return None
    place = _object_of(tok, "in")
    country = (st.country_at(place) if place is not None else None) or _main_country(st, tok)
    ref = st.ref.entities.get(country) if country else None
    if ref is None:
        return None
    return next(
        (
            key
            for name in (ref.label, *ref.alt_labels)
            if (key := _known(st, f"UN mission in {name}"))
        ),
        None,
    )


#: a term a release defines for its issuer: '… (hereinafter "the Ministers") met …'
_HEREINAFTER = re.compile(r"\(hereinafter(?: referred to as)? [\"“]the (\w+)[\"”]\)")


def _defined_as_issuer(st: _Article, tok: Token) -> str | None:
    """ "The Ministers note …" in a communique that opened with '… (hereinafter "the
    Ministers")': the release's issuer, the "we" of its other paragraphs."""
    if tok.tag_ not in ("NNS", "NNPS") or [c.lower_ for c in tok.children] != ["the"]:
        return None
    found = st.doc.user_data.get("frontline_hereinafter")
    if found is None:
        m = _HEREINAFTER.search(_text_of(st.doc)[:3000])
        found = st.doc.user_data["frontline_hereinafter"] = (
            (m.group(1).lower(), m.start()) if m else ("", 0)
        )
    term, at = found
    if term != tok.lower_ or at > tok.idx:
        return None
    return _issuer(st)


def _named_after_lede(st: _Article, tok: Token) -> str | None:
    """The body an indefinite description in the lede stands for, named in the next sentences:
    "… killing at least 23 people, a doctors' group said Wednesday. … the Sudan Doctors
    Network said in a statement"; "A powerful coalition of Haitian gangs claimed … the Viv
    Ansanm coalition"."""
    if (
        tok.lower_ not in LEDE_BODY_NOUNS
        # ("a doctors' group": the article hangs on the possessive)
        or not any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in tok.subtree if t.i < tok.i)
        or st.key_at(tok) is not None
    ):
        return None
    sents = _sents(st.doc)
    at = next((n for n, sent in enumerate(sents) if sent.start <= tok.i < sent.end), None)
    # (the lede: a dateline may make sentences of its own before it)
    if at is None or tok.i > 80 or at + 1 >= len(sents):
        return None
    until = sents[min(at + 3, len(sents) - 1)].end
    # the words that describe it: "doctors'" in "a doctors' group", "gangs" in "a coalition of
    # Haitian gangs"
    described = {
        w.lemma_.lower().rstrip("s")
        for c in tok.children
        if c.dep_ in ("compound", "amod", "poss", "prep")
        for w in c.subtree
        if w.pos_ in ("NOUN", "PROPN") and w.i != tok.i
    }
    seen_before = {m.key for m in st.mentions if m.start < tok.i}
    for m in sorted(st.mentions, key=lambda m: m.start):
        if m.start <= tok.i or m.start >= until:
            continue
        if m.key in seen_before or st.cls_of(m.key) not in BODY_CLASSES | {"Group"}:
            continue
        words = {w.lower().strip("'’") for w in st.label_of(m.key).split()}
        words |= {w.rstrip("s") for w in words}
        after = st.doc[m.end].lower_ if m.end < len(st.doc) else ""
        # (the noun itself is no sign: "an al Qaeda-linked group" is not the SITE
        # Intelligence Group)
        if after == tok.lower_ or words & (described - {tok.lower_}):
            return m.key
    return None


def _person_after_body_role(st: _Article, tok: Token) -> str | None:
    """The person a subject names after its body and role: in "Armed Forces of the Philippines
    chief General Romeo Brawner acknowledged" the parser hung the name on the body's "of" and
    made the body the subject."""
    body = st.key_at(tok)
    right = tok.right_edge
    person = st.key_at(right)
    if (
        tok.dep_ not in ("nsubj", "nsubjpass")
        or body is None
        or person is None
        or st.cls_of(body) not in BODY_CLASSES
        or st.cls_of(person) != "Person"
        or right.i >= tok.head.i
    ):
        return None
    first = right.i
    while first > tok.i and st.token_key.get(first - 1) == person:
        first -= 1
    last = tok.i
    while last < first and st.token_key.get(last + 1) == body:
        last += 1
    between = tok.doc[last + 1 : first]
    if (
        len(between) == 0
        or not all(
            w.lower_ in ROLES_AND_TITLES or w.lower_ in ("of", "staff", ".") for w in between
        )
        or not any(w.lower_ in ROLE_NOUNS and w.tag_ == "NN" for w in between)
    ):
        return None
    return person


def _actor(st: _Article, tok: Token, *, for_event: bool = False) -> str | None:
    """The entity key a subject token refers to, or None."""
    if (korea := _korea_meant(st, tok)) is not None:
        return korea
    if (issuer := _defined_as_issuer(st, tok)) is not None:
        return issuer
    if (point := _numbered_point(st, tok)) is not None:
        return point
    if (panel := _un_panel(st, tok)) is not None:
        return panel
    if (mission := _un_mission(st, tok)) is not None:
        return mission
    if not for_event and (government := _regional_government(st, tok)) is not None:
        return government
    if (
        tok.i >= 2
        and tok.doc[tok.i - 1].text == "("
        and (speaker := st.key_at(tok.doc[tok.i - 2])) is not None
        and st.cls_of(speaker) == "Person"
        and tok.ent_type_ in ("GPE", "NORP", "ORG")
    ):
        # "AL-HARITH IDRISS AL-HARITH MOHAMED (Sudan) rejected", the parser's subject the state
        # in brackets: the person before them speaks, for it
        return speaker
    if (person := _person_after_body_role(st, tok)) is not None:
        return person
    if (lede_body := _named_after_lede(st, tok)) is not None:
        return lede_body
    if (office := _leader_office(st, tok)) is not None:
        return office
    if (
        tok.dep_ in ("nsubj", "nsubjpass")
        and any(
            t.i < tok.i and t.lower_ in ROLES_AND_TITLES and tok.doc[t.i + 1].lower_ == "of"
            for t in tok.subtree
        )
        and (
            person := next(
                (
                    k
                    for c in tok.children
                    if c.dep_ == "appos" and (k := st.key_at(c)) and st.cls_of(k) == "Person"
                ),
                None,
            )
        )
    ):
        # "The Director of Defence Media Operations, Markus Kangye, announced", the parser's
        # subject the body: the person named after the title speaks
        return person
    if (
        tok.tag_ == "NN"
        and tok.lower_ in NAME_WORD_BACK_REFERENCES
        and st.key_at(tok) is None
        and [c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss")]
        == ["the"]
        and (
            body := _last_named(
                st,
                tok.i,
                lambda k: (
                    st.cls_of(k) in BODY_CLASSES
                    and tok.lower_ in re.findall(r"[a-z]+", st.label_of(k).lower())
                ),
            )
        )
    ):
        # "The Bara Resistance Committee reported … the committee said": a body the speakers
        # named (after the pass that refers such nouns back to the NER's names)
        return body
    if (
        tok.text == "Ministry"
        and [c.lower_ for c in tok.children] == ["the"]
        and (issuer := _issuer(st))
        and "ministry" in st.label_of(issuer).lower()
    ):
        return issuer  # "The Ministry rejects this claim." in a ministry's own release
    if (
        tok.text == "Institution"
        and [c.lower_ for c in tok.children] == ["the"]
        and (issuer := _issuer(st))
    ):
        return issuer  # "The Institution acknowledges that …" in a police force's release
    if (
        tok.lower_ in ("service", "office")
        and st.key_at(tok) is None
        and any(c.dep_ == "compound" and c.lower_ in ("press", "media") for c in tok.children)
    ):
        # "the Defense Ministry's press service denied", "the press office of the army": the
        # body speaks through it
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
            (
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        body = _actor(st, owner) if owner is not None else None
        if body is not None and st.cls_of(body) in ("GovernmentBody", "ArmedForce", "Organization"):
            return body
    if (
        tok.lower_ == "office"
        and any(c.lower_ == "presidential" for c in tok.children)
        and st.key_at(tok) is None
    ):
        # "Ukraine's presidential office", "the presidential office": the office of the
        # president of the state named, else of the publisher's or the article's country
        named = [
            k
            for c in tok.children
            if c.dep_ in ("poss", "compound", "amod")
            and (k := st.country_at(c) or st.key_at(c))
            and k.startswith("country/")
        ]
        for country in named or _home_countries(st, tok):
            clabel = st.ref.entities[country].label if country in st.ref.entities else None
            if clabel is None:
                continue
            label = f"Office of the President of {clabel}"
            office = st.ref_by_name.get(_norm(label)) or "government/" + slug(label)
            d = st.ensure(office, "GovernmentBody", label)
            d.affiliation = d.affiliation or country
            st.add_mention(tok.left_edge.i, tok.i + 1, office)
            return office
    owner = (
        next((c for c in tok.children if c.dep_ == "poss"), None)
        if tok.lower_ == "office"
        else None
    )
    if (
        owner is not None
        and owner.lower_ == "minister"
        and {c.lower_ for c in owner.children} - {"the", "'s", "’s"} == {"prime"}
        and st.key_at(tok) is None
        and st.key_at(owner) is None
        and _home_office(st, tok, "Prime Minister's Office") is None
        and not any(c.dep_ in ("compound", "amod") for c in tok.children)
        and len(premiers := _premiers_states(st)) == 1
    ):
        # "The prime minister's office rejected the claim", no state named and none of the
        # reference's offices at home: the office of the one prime minister the article names
        country = premiers.pop()
        label = f"Office of the Prime Minister of {st.ref.entities[country].label}"
        if (known := _state_office(st, "Prime Minister's Office", country)) is not None:
            st.ensure(known, st.ref.entities[known].cls, st.ref.entities[known].label)
            st.add_mention(tok.left_edge.i, tok.i + 1, known)
            return known
        d = st.ensure("government/" + slug(label), "GovernmentBody", label)
        d.affiliation = d.affiliation or country
        st.add_mention(tok.left_edge.i, tok.i + 1, d.key)
        return d.key
    if (
        tok.lemma_.lower() == "government"
        and any(c.lower_ == "parallel" for c in tok.children)
        and (parallel := _parallel_government(st, tok)) is not None
    ):
        return parallel
    if tok.lemma_.lower() in ("government", "junta", "regime") and st.key_at(tok) is None:
        # "Burkina Faso's military government" (the ruler took "Burkina Faso's military" for
        # the armed forces): the state's government
        for c in tok.children:
            k = st.key_at(c)
            if c.dep_ in ("amod", "compound", "poss") and k and st.cls_of(k) == "ArmedForce":
                country = st.entities[k].affiliation or ""
                if country.startswith("country/"):
                    surface = _clean_label(st.doc[tok.left_edge.i : tok.i + 1].text)
                    return _junta(st, country) or _government(st, country, surface)
        for c in tok.children:
            ruled = st.country_at(c) if c.dep_ in ("amod", "compound", "poss") else None
            if ruled and tok.lower_ == "junta" and ruled in st.ref.entities:
                # "Mali's junta", "Burkina's ruling junta": that state's
                return _junta(st, ruled) or _government(st, ruled, "the junta")
    if (
        tok.lower_ in ("company", "firm", "operator", "shipowner")
        and st.key_at(tok) is None
        and [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"]
    ):
        # "The private security firm Ambrey assessed": the firm named right after the noun
        firm = next(
            (
                k
                for c in tok.children
                if c.dep_ in ("appos", "compound") and c.i == tok.i + 1 and (k := st.key_at(c))
            ),
            None,
        )
        if firm is not None and st.cls_of(firm) in BODY_CLASSES:
            return firm
        # "The company acknowledged": the company named before
        legal = _legal_named(st)
        company = _last_named(
            st,
            tok.i,
            lambda k: (
                st.cls_of(k) == "Organization"
                # "Rosneft PJSC … In the same statement, the company conceded"
                and (
                    st.label_of(k).split()[-1].lower() in COMPANY_WORDS
                    or k in legal
                    or k in st.kind_named  # "nuclear operator Energoatom … The company"
                    or _described_as_company(st, k)
                )
            ),
        )
        if company is not None:
            return company
    if (
        tok.lower_ == "junta"
        and st.key_at(tok) is None
        and not any(c.dep_ in ("poss", "compound", "amod") for c in tok.children)
    ):
        # "the junta" of the country reported on: the body the reference knows by that name
        # ("Myanmar junta" is the Tatmadaw), else that country's government
        for country in _reported_countries(st, tok):
            if country not in st.ref.entities:
                continue
            if (junta := _junta(st, country)) is not None:
                st.token_key[tok.i] = junta
                return junta
            return _government(st, country, "the junta")
    if (
        tok.lower_ == "regime"
        and st.key_at(tok) is None
        and [c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "compound", "amod")]
        == ["the"]
    ):
        # "The regime has repeatedly accused France …" in a story on Niger: its government
        for country in _reported_countries(st, tok):
            if country in st.ref.entities:
                return _government(st, country, "the regime")
    if (
        tok.lower_ in ("wing", "arm", "service", "office", "department", "unit")
        and any(c.lower_ in ("media", "press", "information", "propaganda") for c in tok.children)
        and st.key_at(tok) is None
    ):
        # "the military's media wing": the press body named beside it ("Pakistan's military
        # media wing, Inter-Services Public Relations (ISPR), denied"), else the one named
        # before (not "Social media users", a group of posters)
        press = next(
            (
                k
                for c in tok.children
                if c.dep_ == "appos"
                and (k := st.key_at(c)) is not None
                and st.cls_of(k) in _BODY_CLASSES - {"Group"}
            ),
            None,
        ) or _last_named(
            st,
            tok.i,
            lambda k: (
                re.search(r"public relations|press|media|information", st.label_of(k), re.I)
                and st.cls_of(k) in _BODY_CLASSES - {"Group"}
            ),
        )
        if press is not None:
            return press
    if (
        tok.lower_ == "wing"
        and st.key_at(tok) is None
        and any(c.dep_ == "compound" and c.lower_ in ("press", "media") for c in tok.children)
    ):
        # "the military's media wing said", "Pakistan's military media wing", none named
        # before: the body a state's forces speak through (the ISPR), else the forces themselves
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
            (c for c in tok.children if c.dep_ == "compound" and c.lower_ in ("military", "army")),
            None,
        )
        wings = [
            e
            for e in st.ref.by_class("GovernmentBody")
            if any("media wing" in a for a in e.alt_labels)
        ]
        body = _actor(st, owner) if owner is not None else None
        side = body if body and st.cls_of(body) == "Country" else _side(st, body) if body else None
        wing = next((e for e in wings if side and e.affiliation == side), None)
        if wing is not None:
            st.ensure(wing.key, wing.cls, wing.label)
            return wing.key
        if body is not None and st.cls_of(body) in ("GovernmentBody", "ArmedForce"):
            return body
    key = st.key_at(tok)
    if key and _person_by_apposition(st, tok, key):
        key = st.key_at(tok)
    if (key is None or st.cls_of(key) != "Person") and tok.lower_ in ROLES_AND_TITLES:
        # "The United Nations Special Rapporteur on Myanmar, Tom Andrews, said": the NER took
        # the title for a body; the person in apposition holds it and speaks
        person = next(
            (
                k
                for c in tok.subtree  # also hung off the title's object: "on Myanmar, Tom Andrews"
                if c.dep_ == "appos"
                and (k := st.key_at(c))
                and st.cls_of(k) == "Person"
                # (not one who holds another title: "An adviser to the RSF commander, Mohamed
                # Hamdan Dagalo," is the commander's adviser)
                and (c.head.i == tok.i or c.head.lower_ not in ROLES_AND_TITLES)
            ),
            None,
        )
        if person is not None:
            return person
    if (
        key is None
        and tok.text == "Headquarters"
        and (name := [c for c in tok.lefts if c.dep_ in ("compound", "amod")])
    ):
        # "according to the 11th Regional Coast Guard Headquarters in Naha": a body's name the
        # NER left untagged, every word capitalised (or an ordinal)
        called = st.doc[name[0].i : tok.i + 1]
        if len(called) >= 3 and all(
            t.is_title or t.ent_type_ == "ORDINAL" or t.text == "-" for t in called
        ):
            key = _named_entity(
                st, called.start, called.end, _clean_label(called.text), "GovernmentBody"
            )
    if key is None:
        for c in tok.children:
            if c.dep_ == "appos" and st.key_at(c):
                key = st.key_at(c)
                if (
                    (tok.lower_ in ROLES_AND_TITLES or tok.lemma_ in ROLE_NOUNS)
                    and key
                    and _looks_like_a_name(st, key)
                ):
                    # "Moscow's envoy to the UN, Vassily Nebenzia, called ...": the NER's
                    # organisation is the person the role names
                    key = _retype_as_person(st, c, key) or key
                break
    if key is None and tok.dep_ in ("compound",):
        key = None
    if key is None and tok.lower_ == "one":
        # "One of the officials said", "one of them said": one of a group named before speaks
        # for it
        group = _object_of(tok, "of")
        if group is not None:
            return _actor(st, group)
    if key is None and tok.lower_ in ("he", "she", "him", "her", "his", "hers"):
        gender = "f" if tok.lower_ in FEMININE else "m"
        reporter = _reporting_person(st, tok, gender)
        if reporter is not None:
            return reporter
        earlier = _subject_earlier_in_sentence(st, tok, gender)
        if earlier is not None:
            return earlier
        return _last(st, tok, {"Person"}, gender=gender)
    if key is None and tok.lower_ in ("they", "it", "we", "their", "its", "our", "them"):
        speaking = _reporting_subject(st, tok)
        if speaking is not None:
            return speaking
        reported = _owner_reported_first(st, tok)
        if reported is not None:
            return reported
        # "The army also released footage. It said ...": the previous sentence's subject first
        singular = tok.lower_ in ("it", "its")
        previous = _previous_subject(st, tok)
        if previous is not None and not (singular and st.cls_of(previous) == "Group"):
            return previous  # "it" is no collective ("commanders told the men … It accused")
        classes = ACTOR_CLASSES - {"Person", "Group"} if singular else ACTOR_CLASSES - {"Person"}
        return _last(st, tok, classes, prefer_speakers=True)
    if key is None and tok.lower_ in ("i", "we") and (turn := _turn_speaker(st, tok)):
        return turn  # "Lin Jian: … I want to stress that …": the one answering
    if key is None and tok.lower_ in ("i",):
        return _last(st, tok, {"Person"})
    if key is None and tok.lower_ in ROLES_AND_TITLES and tok.i + 1 < len(tok.doc):
        # "spokesperson Khaing Min Naing" parsed with the name hanging off the title
        nxt = st.key_at(tok.doc[tok.i + 1])
        if nxt and st.cls_of(nxt) == "Person":
            key = nxt
    if (
        key is None
        and tok.lower_ in st.surname_keys
        and (tok.pos_ == "PROPN" or (tok.is_title and tok.dep_ in ("nsubj", "nsubjpass")))
    ):
        # "Lubinets said", the surname tagged a plural noun
        key = st.surname_keys[tok.lower_]  # "Hryhorov dismissed ...", untagged by the NER
    if key is None and tok.pos_ == "PROPN" and tok.is_title and tok.dep_ in ("nsubj", "nsubjpass"):
        # "Zhang dismissed the accusation": a family name written first (Chinese, Korean), the
        # first word of the one person so named
        firsts = _first_named(st, st.surname_keys.values(), tok.text)
        if len(firsts) == 1:
            key = firsts.pop()
        elif not firsts:
            # "Captain Cyrille Atonfack Guemo … Atonfack said": a middle name many are called by
            key = _called_by_middle_name(st, st.surname_keys, tok.text)
    if (
        key is None
        and tok.lower_ in MEDIA_NOUNS
        and tok.i + 1 < len(tok.doc)
        and (outlet_named := st.key_at(tok.doc[tok.i + 1])) is not None
        and st.cls_of(outlet_named) == "MediaOutlet"
    ):
        # "Sudan's state news agency SUNA quoted …": the outlet named right after the noun
        key = outlet_named
    if key is None and tok.lower_ in MEDIA_NOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
        # "a Telegram channel linked to the Wagner Group, Grey Zone, claimed": the name set off
        # at the end of the subject's phrase is the channel's
        edge = tok.right_edge
        named_last = next(
            (
                t
                for t in tok.subtree
                if t.dep_ == "appos"
                and t.right_edge.i == edge.i - 1
                and edge.text == ","
                and tok.doc[t.left_edge.i - 1].text == ","
                and t.pos_ == "PROPN"
                and t.left_edge.is_title
            ),
            None,
        )
        taken = st.key_at(named_last) if named_last is not None else None
        if named_last is not None and (taken is None or st.cls_of(taken) in PLACE_CLASSES):
            # (whatever place the NER made of the name)
            channel_name = _clean_label(tok.doc[named_last.left_edge.i : named_last.i + 1].text)
            key = _named_entity(
                st, named_last.left_edge.i, named_last.i + 1, channel_name, "MediaOutlet"
            )
    if key is None:
        key = _name_after_title(st, tok)
    if (
        key is None
        and tok.lower_ in ("channel", "kan", "radio")
        and tok.is_title
        and tok.i + 1 < len(tok.doc)
        and (number := tok.doc[tok.i + 1]).like_num
    ):
        # "Channel 12 reports": a broadcaster named by its channel number
        key = _named_entity(st, tok.i, number.i + 1, f"{tok.text} {number.text}", "MediaOutlet")
    if (
        key is None
        and tok.lower_ in FORMATION_NOUNS
        and (name := [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
        and all(c.is_title for c in name)
        and not any(st.key_at(c) for c in name)
    ):
        # "The Carlos Patiño front, the strongest faction of …, denied": a formation named
        # after someone, the name untagged by the NER
        text = " ".join(c.text for c in name) + " " + tok.text[:1].upper() + tok.text[1:]
        key = _named_entity(st, name[0].i, tok.i + 1, text, FORMATION_NOUNS[tok.lower_])
    if key is None and _untagged_speaking_name(st, tok):
        # "Dec. 28, 2024 - Gazprom announced …": a one-word name the NER missed, the subject
        # of a speech verb, is a body (people are tagged, or named in full before)
        key = _named_entity(st, tok.i, tok.i + 1, tok.text, "Organization")
    if key is None and tok.pos_ == "PROPN" and tok.is_title and _described_as_body(tok):
        # "Airwars, a London-based monitor, said": a name the NER missed, described as a body
        name = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
        text = _clean_label(tok.doc[name[0].i : tok.i + 1].text)
        key = _named_entity(st, name[0].i, tok.i + 1, text, "Organization")
    if key is None and tok.text == "staff" and st.key_at(tok) is None:
        # "the army's general staff acknowledged": the army's (not "Belarus' General Staff", a
        # body of its own)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        army = _actor(st, owner) if owner is not None else None
        key = army if army is not None and st.cls_of(army) == "ArmedForce" else None
    if key is None and tok.lemma_.lower() in COLLECTIVE_HEADS:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if (
            owner is not None
            and owner.lower_ not in ("its", "their", "our")
            and owner.lower_ not in ROLES_AND_TITLES
        ):
            key = _actor(st, owner)  # "the militia's leadership", "his office" (the person's)
    if key is None and (tok.lower_ in ROLE_NOUNS or tok.lemma_.lower() in ROLE_NOUNS):
        # "A spokesman for the Israeli military, Brig. Gen. Effie Defrin, told ...": the parser
        # hung the name off the body; the named person is the speaker
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("for", "of"):
                continue
            for p in c.children:
                for a in p.children:
                    k = st.key_at(a) if a.dep_ == "appos" else None
                    if k and st.cls_of(k) != "Person" and _looks_like_a_name(st, k):
                        k = _retype_as_person(st, a, k)  # "Rear Admiral Mehdi Sadeghi" (ORG)
                    if k and st.cls_of(k) == "Person":
                        key = k
    if key is None and tok.lower_ in ROLES_AND_TITLES:
        # "Minister of Foreign Affairs of Ukraine Andrii Sybiha on Sunday called on ...", parsed
        # with the name as the root: the title's phrase runs straight into a person's name
        end = max(t.i for t in tok.subtree) + 1
        bracket = next(
            (c for c in tok.children if c.dep_ == "punct" and c.text == "(" and c.i > tok.i), None
        )
        if bracket is not None and tok.doc[end - 1].text == ")":
            # "Minister of National Defense Wellington Koo (顧立雄) yesterday told": the name in
            # its own script, in brackets after the title's phrase, is no part of it
            end = bracket.i
        after = st.key_at(tok.doc[end]) if end < len(tok.doc) else None
        if after and st.cls_of(after) == "Person" and tok.doc[end].dep_ in ("ROOT", "compound"):
            key = after
            role = _clean_label(tok.doc[tok.i : end].text)
            if role:
                st.entities[after].roles.add(role)
        set_off = next(
            (
                m
                for m in st.mentions
                if m.start == end + 1
                and st.cls_of(m.key) == "Person"
                and m.end < len(tok.doc)
                and tok.doc[m.end].text == ","
            ),
            None,
        )
        if key is None and end < len(tok.doc) and tok.doc[end].text == "," and set_off:
            # "SUNA quoted the governor of White Nile state, Omar al-Khalifa Babiker, as vowing":
            # the name set off by commas after the title, whatever the parser hung it on
            key = set_off.key
            role = _clean_label(tok.doc[tok.i : end].text)
            if role:
                st.entities[key].roles.add(role)
        last = tok.doc[end - 1]
        inner = st.key_at(last) if last.i != tok.i else None
        if key is None and inner and st.cls_of(inner) == "Person":
            # "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi reported": the
            # name closes the title's phrase, right after a name, not after "for"/"to" (the
            # spokesperson *for* a person is someone else)
            first = (
                min(m.start for m in st.mentions if m.key == inner and m.end == end)
                if any(m.key == inner and m.end == end for m in st.mentions)
                else last.i
            )
            prev = tok.doc[first - 1] if first > 0 else None
            # "Minister of National Defense Wellington Koo": only "of" between the title and
            # the name, which ends a portfolio's words
            only_of = all(
                t.lower_ == "of" for t in tok.doc[tok.i : first] if t.dep_ == "prep"
            ) and tok.lower_ in ("minister", "secretary")
            if (
                prev is not None
                and prev.i > tok.i
                and prev.pos_ in ("PROPN", "NOUN")
                and (prev.lower_ not in TITLES_ROLES_RANKS or only_of)
            ):
                key = inner
                role = _clean_label(tok.doc[tok.i : first].text)
                if role:
                    st.entities[inner].roles.add(role)
    if key is None:
        key = _short_name(st, tok)
    if key is None and tok.text == "Police":
        key = _body_named_after_place(st, tok)  # "the Manipur Police" is named, not described
    if key is None:
        key = _role_phrase(st, tok)
    if key is None:
        key = _body_named_after_place(st, tok)
    white_paper = tok.lower_ == "paper" and any(c.lower_ == "white" for c in tok.children)
    if key is None and (tok.lemma_.lower() in DOCUMENTS | SOURCE_NOUNS | {"report"} or white_paper):
        # "A UN report released … by the UN Support Mission in Libya said", "a report by the
        # Panel of Experts": who wrote it, before the "UN" that qualifies it
        author = _document_source(tok, ("by",))
        if author is not None:
            key = _actor(st, author)
    if key is None:
        # "the Ukrainska Pravda newspaper": the name sits in a compound, or in the platform's
        # ("the Two Majors Telegram channel")
        platform = [c for c in tok.children if c.dep_ == "compound" and c.text in PLATFORM_WORDS]
        for c in [*tok.children, *(g for p in platform for g in p.children)]:
            if c.dep_ in ("compound", "nmod", "amod") and st.key_at(c):
                k = st.key_at(c)
                if c.dep_ == "amod" and (
                    not c.text[:1].isupper() or st.cls_of(k or "") == "Country"
                ):
                    continue  # "the SBU security service", not "the Russian service"
                if k and st.entities[k].cls in ACTOR_CLASSES:
                    key = k
                    break
    if key is None and (tok.lemma_.lower() in DOCUMENTS | SOURCE_NOUNS or white_paper):
        # "The white paper, compiled by Japan's Ministry of Defense, claimed": a government's
        # policy paper speaks for whoever wrote it
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            # "a statement from the ministry said", "a post by the governor", "The report,
            # published by Amnesty International on Tuesday, said"
            owner = _document_source(tok, ("from", "by", "of"))
        if owner is None:
            # "A complaint the committee filed with the prosecutor … alleges": its author
            owner = next(
                (
                    a
                    for c in tok.children
                    if c.dep_ == "relcl" and c.lemma_.lower() in AUTHORING_VERBS
                    for a in c.children
                    if a.dep_ == "nsubj" and a.tag_ not in ("WP", "WDT")
                ),
                None,
            )
        if owner is not None and owner.lower_ not in ("his", "her", "its", "their", "our"):
            key = _actor(st, owner)  # "the ministry's statement said"
        elif (
            tok.lemma_.lower() in DOCUMENTS
            or any(c.dep_ == "acl" and c.lemma_ in READERS_OF_DOCUMENTS for c in tok.children)
        ) and any(c.lower_ in ("the", "that", "this") for c in tok.children):
            # "The statement said", "The quarterly report, seen by Reuters, estimated": whoever
            # issued it
            key = _document_issuer(st, tok)
        elif tok.lemma_.lower() in ("report", "update") and any(
            c.lower_ == "the" for c in tok.children
        ):
            # "the General Staff reported on Facebook … Ukrainian forces repelled 31 assaults,
            # the report said": the body whose report was just told
            issuer = _document_issuer(st, tok)
            if issuer is not None and any(
                s.speaker == issuer and s.verb == "report" for s in st.statements
            ):
                key = issuer
            else:
                key = _spoke_in_document(st, tok)
    if key is None:
        key = _proper_name(st, tok)
    if (
        key is None
        and tok.lower_
        in ("media", "television", "tv", "broadcaster", "outlets", "outlet", "channels", "radio")
        and any(
            c.lower_ in ("state", "state-run", "state-controlled", "official") for c in tok.children
        )
    ):
        key = _state_media(st, tok)
    if key is None:
        return None
    d = st.entities[key]
    if d.cls == "Settlement" and key in st.capitals:
        # "Kyiv and Seoul have said", "Moscow began": the capital speaks or acts for its country
        return st.capitals[key]
    if d.cls not in ACTOR_CLASSES:
        if for_event and d.cls in ("Region", "Place"):
            return None
        return None
    return key


#: nouns for people, beyond official roles: "Tatyana, a 58-year-old nurse from Sudzha"
PEOPLE_NOUNS = ROLE_NOUNS | {
    "nurse",
    "teacher",
    "farmer",
    "driver",
    "student",
    "volunteer",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "widow",
    "survivor",
    "woman",
    "man",
    "shopkeeper",
    "engineer",
    "pensioner",
    "worker",
    "refugee",
    "mechanic",
    "fisherman",
    "paramedic",
    "surgeon",
}


def _region_named(st: _Article, tok: Token) -> str | None:
    """The region a word names ("Kursk" in "the Kursk regional government"), if any."""
    k = st.key_at(tok) or next(
        (
            r
            for name in (tok.text, f"{tok.text} Oblast", f"{tok.text} region")
            if (r := st.ref_by_name.get(_norm(name))) and st.ref.entities[r].cls == "Region"
        ),
        None,
    )
    if k and k not in st.entities and k in st.ref.entities:
        st.ensure(k, "Region", st.ref.entities[k].label)
    return k if k and st.cls_of(k) == "Region" else None


def _short_name(st: _Article, tok: Token) -> str | None:
    """ "The Guards confirmed his death": a capitalised word of a body's name, with "the",
    names the body mentioned before whose name has it (the Islamic Revolutionary Guard Corps)."""
    if (
        not tok.is_title
        or tok.i == _sent(tok).start
        or tok.lower_ in ROLES_AND_TITLES
        or [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]
        or any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children)
    ):
        return None
    lemma = tok.lemma_.lower()
    for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
        d = st.entities[m.key]
        if m.start >= tok.i or d.cls not in ACTOR_CLASSES - {"Person", "Country"}:
            continue
        words = {w.lower().rstrip("s") for n in (d.label, *d.alt_labels) for w in n.split()}
        if len(d.label.split()) > 1 and lemma.rstrip("s") in words:
            return m.key
    return None


def _person_by_apposition(st: _Article, tok: Token, key: str) -> bool:
    """A name the NER took for a place, given a person's apposition: make it that person."""
    if key in st.ref.entities or st.cls_of(key) not in PLACE_CLASSES:
        return False
    if not any(
        c.dep_ == "appos"
        and (
            c.lemma_.lower() in PEOPLE_NOUNS
            # "Natalia, a 67-year-old who stayed behind": an age describes a person
            or (c.lower_ == "old" and any(x.lower_ == "year" for x in c.children))
        )
        for c in tok.children
    ):
        return False
    return _retype_as_person(st, tok, key) is not None


def _looks_like_a_name(st: _Article, key: str) -> bool:
    """A minted organisation or place whose label reads like a name: "Vassily Nebenzia"."""
    if key in st.ref.entities or st.cls_of(key) not in {"Organization", *PLACE_CLASSES}:
        return False
    words = _without_titles(st.entities[key].label).split()
    return (
        2 <= len(words) <= 3
        # ("Al-Hafiz Bakhit Mohamed": each part of a hyphenated name)
        and all(p[:1].isupper() and p[1:].islower() for w in words for p in w.split("-"))
        and not any(w.lower() in ORG_HEADS | PLACE_NOUNS for w in words)
    )


_TITLE_PREFIX = re.compile(
    r"^(?:(?:rear|vice|brig\.?|gen\.?|maj\.?|lt\.?|col\.?|capt\.?|adm\.?|sgt\.?|dr\.?|"
    r"mr\.?|ms\.?|mrs\.?)\s+)+",
    re.I,
)


#: forms of address before a name, which are not part of it
#: lower-case particles that begin Arabic and other surnames: "al-Maliki", "bin Salman"
NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "bin", "ibn", "abu", "de", "van", "von"})
#: Burmese forms of address, written before the whole name and with a capital
BURMESE_HONORIFICS = frozenset({"U", "Daw"})
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "dame", "prof."}
HONORIFICS |= {"rep.", "sen.", "gov."}  # "Rep. Park Sun-won"
HONORIFICS |= {"h.e.", "h.e"}  # "H.E. President Hassan Sheikh Mohamud": His Excellency
#: the titles of courtesy before a name alone ("Mr Nebiat", "Ms Dufresne")
_PERSONAL_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."})
#: Malaysian titles of honour: "Datuk Seri Khaled" is Mohamed Khaled Nordin, "Tan Sri …"
MALAY_HONORIFICS = frozenset({"datuk", "dato", "dato'", "datin", "tun", "seri", "sri"})


def _without_titles(label: str) -> str:
    """ "Rear Admiral Mehdi Sadeghi" -> "Mehdi Sadeghi": ranks and titles are not the name."""
    words = label.split()
    while len(words) > 2 and (
        words[0].lower().rstrip(".") in TITLES_ROLES_RANKS or _TITLE_PREFIX.match(words[0] + " ")
    ):
        words = words[1:]
    return " ".join(words)


def _retype_as_person(st: _Article, tok: Token, key: str) -> str | None:
    """Re-key the mention of ``key`` at ``tok`` as a person of the same name."""
    mention = next((m for m in st.mentions if m.start <= tok.i < m.end and m.key == key), None)
    if mention is None:
        return None
    label = _without_titles(_clean_label(st.doc[mention.start : mention.end].text))
    person = st.ref_by_name.get(_norm(label)) or "person/" + slug(label)
    st.ensure(person, "Person", label)
    st.mentions = [m for m in st.mentions if m is not mention]
    st.add_mention(mention.start, mention.end, person)
    for i in range(mention.start, mention.end):
        st.token_key[i] = person
    _surnames_taken_for_bodies(st, only=person)  # "… Oleh Kiper, reported … Kiper said"
    return person


ORG_HEADS = {
    "forum",
    "committee",
    "council",
    "agency",
    "institute",
    "center",
    "centre",
    "group",
    "network",
    "union",
    "coalition",
    "association",
    "foundation",
    "society",
    "federation",
    "party",
    "front",
    "movement",
    "alliance",
    "office",
    "ministry",
    "service",
    "command",
    "commission",
    "organization",
    "organisation",
    "observatory",
    "watch",
    "brigades",
    "forces",
    "army",
    "militia",
    "directorate",
    "bureau",
    "authority",
    "court",
    "mission",
}


#: common nouns whose apposition names an organisation: "the open-source group Bellingcat"
BODY_NOUNS = {
    "group",
    "organisation",
    "organization",
    "tank",
    "network",
    "charity",
    "monitor",
    "ngo",
}
#: and the name before them in apposition ("Ukrenergo, the national grid operator",
#: "Airwars, a London-based monitor") names an organisation too
BODY_DESCRIPTORS = BODY_NOUNS | {
    "operator",
    "company",
    "firm",
    "utility",
    "provider",
    "watchdog",
    "agency",
    "nonprofit",
    "consultancy",
    "manufacturer",
    "maker",
    "contractor",
    "union",
    "association",
    "think-tank",
    "institute",
    "coalition",
}


def _named_entity(st: _Article, start: int, end: int, label: str, cls: str) -> str:
    """The entity named ``label``, mentioned at tokens ``start``-``end``: the reference's when
    it has the name (with the reference's class), else a new one of class ``cls``."""
    key = st.ref_by_name.get(_norm(label)) or f"{_kind(cls)}/{slug(label)}"
    st.ensure(key, cls, label)
    st.add_mention(start, end, key)
    return key


def _named_body(st: _Article, noun: Token, name: Token) -> str | None:
    """ "the group Bellingcat": a name in apposition to a body noun, which the NER missed."""
    if noun.lemma_.lower() not in BODY_NOUNS or name.pos_ != "PROPN" or not name.text[:1].isupper():
        return None
    span = st.doc[name.left_edge.i : name.right_edge.i + 1]
    label = _clean_label(span.text)
    if not label or len(label.split()) > 5:
        return None
    return _named_entity(st, span.start, span.end, label, "Organization")


def _proper_name(st: _Article, tok: Token) -> str | None:
    """A capitalised name the NER missed: 'The Hostages and Missing Families Forum'."""
    if tok.pos_ != "PROPN" and not tok.is_title:
        return None
    toks = [
        t
        for t in tok.subtree
        if t.dep_ not in ("relcl", "acl", "appos", "punct") and not t.is_space
    ]
    cut = {x.i for c in tok.children if c.dep_ in ("relcl", "acl", "appos") for x in c.subtree}
    toks = [t for t in toks if t.i not in cut]
    if not toks:
        return None
    span = st.doc[min(t.i for t in toks) : max(t.i for t in toks) + 1]
    words = [t for t in span if not t.is_punct and not t.is_space]
    if words and words[0].lower_ == "the":
        words = words[1:]
    if len(words) < 2 or not all(
        w.is_title or w.lower_ in ("and", "of", "for", "the", "on", "in", "'s", "’s") for w in words
    ):
        return None
    if words[-1].lower_ not in ORG_HEADS:
        return None
    label = _clean_label(st.doc[words[0].i : words[-1].i + 1].text)
    # "Israel's Prime Minister's Office" is the reference "Prime Minister's Office of Israel"
    m = re.match(r"^(.+?)'s (.+)$", label)
    for name in [label] + ([f"{m.group(2)} of {m.group(1)}"] if m else []):
        ref_key = st.ref_by_name.get(_norm(name))
        if ref_key:
            ref = st.ref.entities[ref_key]
            st.ensure(ref_key, ref.cls, label)
            st.add_mention(words[0].i, words[-1].i + 1, ref_key)
            return ref_key
    home = None if m and st.country_key(m.group(1)) else _home_office(st, tok, label)
    if home:
        st.ensure(home, st.ref.entities[home].cls, label)
        st.add_mention(words[0].i, words[-1].i + 1, home)
        return home
    cls = _classify_unknown(label, "ORG")
    if m and st.country_key(m.group(1)):
        label = (
            f"{m.group(2)} of {st.ref.entities[st.country_key(m.group(1)) or ''].label}"
            if st.country_key(m.group(1)) in st.ref.entities
            else label
        )
    key = _kind(cls) + "/" + slug(label)
    st.ensure(key, cls, label)
    st.add_mention(words[0].i, words[-1].i + 1, key)
    return key


#: heads that stand for the body that owns them: "the militia's leadership", "Hamas's media office"
#: documents that "say" things on behalf of whoever issued them
#: what a source publishes: "according to figures / data / a report by X"
SOURCE_NOUNS = {
    "figure",
    "data",
    "datum",
    "statistic",
    "estimate",
    "report",
    "tally",
    "count",
    "survey",
    "assessment",
    "document",
    "record",
    "statement",
    "analysis",
    "census",
    "information",
    "list",  # "according to a list of names released by the ministry"
}
DOCUMENTS = {
    "statement",
    "communique",
    "communiqué",
    "readout",
    "release",
    "post",
    "message",
    "notice",
    "announcement",
    "bulletin",
    "transcript",
    "briefing",  # "according to the ministry's daily briefing"
    "summary",
    # "A complaint the committee filed … alleges", "a letter from the ministry said"
    *("complaint", "lawsuit", "letter", "petition", "filing"),
    "document",  # "The document also acknowledged"
}

#: what an author does to a document, in a relative clause on it ("the complaint the committee
#: filed", "a letter the ministry sent")
AUTHORING_VERBS = {"file", "submit", "send", "write", "issue", "publish", "lodge", "release"}


def _document_source(tok: Token, preps: tuple[str, ...]) -> Token | None:
    """Whom a document is from: the object of one of ``preps`` on it ("a statement from the
    ministry") or of the agent of a participle on it ("The report, published by Amnesty"), not of
    one that read it ("seen by Reuters")."""
    return next(
        (
            p
            for c in tok.children
            for h in (
                [c]
                if c.dep_ == "prep"
                # "a communique attributed to the front"
                else [a for a in c.children if a.dep_ == "prep" and a.lower_ == "to"]
                if c.dep_ == "acl" and c.lemma_ == "attribute"
                else [a for a in c.children if a.dep_ == "agent"]
                if c.dep_ == "acl" and c.lemma_ not in READERS_OF_DOCUMENTS
                else []
            )
            if h.lower_ in preps or h.head.lemma_ == "attribute"
            for p in h.children
            if p.dep_ == "pobj"
        ),
        None,
    )


#: documents whose release dates what they say
DATED_DOCUMENTS = DOCUMENTS | {"report", "study", "assessment", "review", "survey", "update"}
DATED_DOCUMENTS |= {"list", "tally", "figures", "data"}  # "a list of names released on Wednesday"
#: "the report, seen by Reuters": who read a document, not who wrote it
READERS_OF_DOCUMENTS = frozenset({"see", "obtain", "review", "read", "view", "leak", "examine"})


def _document_issuer(st: _Article, tok: Token) -> str | None:
    """'The statement said ...': the speaker or body named just before, in the last sentences."""
    sent = _sent(tok)
    window_start = sent.start
    for _ in range(2):
        if window_start == 0:
            break
        window_start = _sent(st.doc[window_start - 1]).start
    lemma = tok.lemma_.lower()
    for stmt in reversed(st.statements):
        verb_i = st.stmt_tokens[stmt.index][0]
        if window_start <= verb_i < tok.i and (
            st.cls_of(stmt.speaker) != "Person"
            # "In a statement posted on Telegram, spokesman Yahya Saree claimed …": his
            or any(
                t.lemma_.lower() == lemma and t.dep_ == "pobj" and t.head.lower_ == "in"
                for t in _sent(st.doc[verb_i])
            )  # (not "… according to a Kremlin readout": the Kremlin's)
        ):
            return stmt.speaker
    for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
        if window_start <= m.start < tok.i and st.cls_of(m.key) in ACTOR_CLASSES - {"Person"}:
            return m.key
    return None


#: words that number a point of a release: "the first point", "Point seven", "point 5"
_POINT_NUMBERS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "final", "last", "one", "two", "three", "four", "five", "six", "seven"}
    | {"eight", "nine", "ten"}
)


def _numbered_point(st: _Article, tok: Token) -> str | None:
    """'"1. Troops … ," the first point said', "Point seven acknowledged …": a numbered point of
    a summary or release speaks for whoever issued it (the body that spoke last, nearby)."""
    if tok.lemma_.lower() != "point" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    numbered = any(c.lower_ in _POINT_NUMBERS and c.i < tok.i for c in tok.children) or (
        after is not None and (after.lower_ in _POINT_NUMBERS or after.like_num)
    )
    return _document_issuer(st, tok) if numbered else None


def _spoke_in_document(st: _Article, tok: Token) -> str | None:
    """ "In a report published on Wednesday, the OHCHR said …" … a quotation of its chief …
    "The report said": the body that last spoke in a sentence naming that kind of document."""
    lemma = tok.lemma_.lower()
    for stmt in reversed(st.statements):
        verb = st.doc[st.stmt_tokens[stmt.index][0]]
        if (
            verb.i < tok.i
            and st.cls_of(stmt.speaker) not in ("Person", "Group")
            and any(t.lemma_.lower() == lemma and t.dep_ == "pobj" for t in _sent(verb))
        ):
            return stmt.speaker
    return None


COLLECTIVE_HEADS = {
    "leadership",
    "command",
    "headquarters",
    "office",
    "wing",
    "arm",
    "bureau",
    "council",
    "administration",
    "media",
    "channel",
    "account",
    "platform",
}


def _state_media(st: _Article, tok: Token) -> str | None:
    """'according to state media' with no nationality: the state media of the country at issue;
    'Russian state TV': Russia's."""
    country = next(
        (
            k
            for c in tok.children
            if c.dep_ in ("amod", "compound", "poss", "nmod")
            and (k := st.country_at(c) or st.key_at(c))
            and k.startswith("country/")
        ),
        None,
    )
    sent_people = [k for t in _sent(tok) if (k := st.key_at(t)) and st.cls_of(k) == "Person"]
    country = country or next(
        (st.entities[k].affiliation for k in sent_people if st.entities[k].affiliation), None
    )
    if country is None:
        # "Iran's armed forces denied ..., state media reported": the side of the sentence's
        # other actors, before the article's main country
        actors = [
            k
            for t in _sent(tok)
            if (k := st.key_at(t)) and st.cls_of(k) in ACTOR_CLASSES - {"MediaOutlet", "Person"}
        ]
        country = next((c for k in actors if (c := _side(st, k))), None)
    country = country or _main_country(st, tok.doc[-1])
    if not country or country not in st.ref.entities or not st.ref.entities[country].demonyms:
        return None
    dem = st.ref.entities[country].demonyms[0]
    if tok.lower_ in ("tv", "television", "broadcaster"):
        # "state TV reported" in a report on Iran: Iran's state broadcaster, when the reference
        # knows which it is
        known = st.ref_by_name.get(_norm(f"{dem} state television"))
        if known is not None:
            st.ensure(known, "MediaOutlet", st.ref.entities[known].label)
            st.add_mention(tok.i, tok.i + 1, known)
            return known
    label = f"{dem} state media"
    key = "media/" + slug(label)
    d = st.ensure(key, "MediaOutlet", label)
    d.affiliation = d.affiliation or country
    st.ensure(country, "Country", st.ref.entities[country].label)
    st.add_mention(tok.i, tok.i + 1, key)
    return key


def _name_after_title(st: _Article, tok: Token) -> str | None:
    """'Arakan Army spokesperson Khaing Min Naing' when the NER missed the name."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return None
    chain = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    chain = sorted(chain, key=lambda t: t.i)
    titles = [i for i, t in enumerate(chain) if t.lower_ in ROLES_AND_TITLES]
    if not titles:
        return None
    name = chain[titles[-1] + 1 :]
    while len(name) > 2 and name[0].lower_ in RANKS | TITLE_WORDS:
        name = name[1:]  # "spokesman Col Souleymane Dembele"
    if len(name) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    label = " ".join(t.text for t in name)
    key = st.ref_by_name.get(_norm(label)) or "person/" + slug(label)
    d = st.ensure(key, "Person", label)
    role = _clean_label(st.doc[chain[0].i : name[0].i].text)
    if role:
        d.roles.add(role)
    org = next((st.key_at(t) for t in chain[: titles[-1]] if st.key_at(t)), None)
    if org and d.affiliation is None and st.cls_of(org) in ACTOR_CLASSES - {"Person"}:
        d.affiliation = org
    st.add_mention(name[0].i, name[-1].i + 1, key)
    return key


def _reporter_of(tok: Token) -> Token | None:
    """The subject of the speech verb whose reported clause ``tok`` is the subject of ("the
    ministry" for "it" in "the ministry said it regretted … and called on"), named before it."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in VERB_TYPES:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)


def _reporting_person(st: _Article, tok: Token, gender: str) -> str | None:
    """ "Seepersad said by phone that he had written to the embassy": 'he' in the clause a person
    reports is that person, when the gender fits."""
    subject = _reporter_of(tok)
    if subject is None or subject.lower_ in PRONOUNS_OF_PEOPLE:
        return None
    key = _actor(st, subject)
    if key is None or st.cls_of(key) != "Person":
        return None
    known = _gender(st, key)
    return key if known in (None, gender) else None


def _subject_earlier_in_sentence(st: _Article, tok: Token, gender: str) -> str | None:
    """ "Razvozhayev, the Russian-installed governor, claimed …, and he denied …": 'he' as the
    subject of a later clause is the person who is the subject of an earlier one in the same
    sentence, when the gender fits."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
        if not (_sent(tok).start <= m.start < tok.i) or st.cls_of(m.key) != "Person":
            continue
        root = st.doc[m.end - 1]
        subject = root.dep_ in ("nsubj", "nsubjpass") or (
            root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")
        )
        if subject and not _inside_quotation(root) and _gender(st, m.key) in (None, gender):
            return m.key
    return None


#: pronouns that stand for a person
PRONOUNS_OF_PEOPLE = {"he", "she", "him", "her", "his", "hers", "i", "we", "they", "it"}


def _owner_reported_first(st: _Article, tok: Token) -> str | None:
    """ "Israel carried out air strikes on Hodeidah in Yemen, its military said": 'its' on the
    speaker of a report given first is the subject of what it reports, not the place named
    last."""
    if tok.lower_ != "its" or tok.head.dep_ != "nsubj":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in VERB_TYPES:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > tok.i:
            continue
        for subject in clause.children:
            k = st.key_at(subject) if subject.dep_ == "nsubj" else None
            if k and st.cls_of(k) in ACTOR_CLASSES - {"Person", "Group"}:
                return k
    return None


def _reporting_subject(st: _Article, tok: Token) -> str | None:
    """The body reporting the clause that 'it' / 'they' / 'we' is the subject of: in "China's
    Foreign Ministry said it regretted India's action and called on both sides to stay calm",
    "it" (and so the speaker of "called on") is the ministry, whoever was named before."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ("it", "they", "we"):
        return None
    clause = tok.head
    if clause.dep_ == "relcl" and clause.lemma_.lower() in VERB_TYPES and tok.lower_ == "it":
        # "a fire at the refinery, which it said supplies fuel to the army": 'it' is whoever
        # reports the clause the aside sits in
        outer = next(
            (a for a in clause.ancestors if a.lemma_.lower() in VERB_TYPES and a.pos_ == "VERB"),
            None,
        )
        subject = next((c for c in outer.children if c.dep_ == "nsubj"), None) if outer else None
        if subject is not None and subject.lower_ not in ("it", "they", "we"):
            key = _actor(st, subject)
            if key is not None and st.cls_of(key) != "Person":
                return key
        return None
    subject = _reporter_of(tok)
    if subject is None or subject.lower_ in ("it", "they", "we"):
        return None
    key = _actor(st, subject)
    if key is None or st.cls_of(key) == "Person":
        return None  # "the minister said it was …": "it" is a thing, not the minister
    return key


def _untitled_topic(st: _Article, tok: Token, country: str | None) -> str | None:
    """The person a definite title ("the defense minister") refers back to when no one holding
    it was named: the subject of one of the two sentences before, a person with no title yet
    (of that country, if one is given), with no other person named since."""
    sent = _sent(tok)
    if sent.start == 0 or _inside_quotation(tok) or _turn_speaker(st, tok) is not None:
        return None  # what someone says of "the corps commander" is not the narrator's title
    window = _sent(st.doc[sent.start - 1]).start
    if window > 0:
        window = _sent(st.doc[window - 1]).start
    before = [m for m in st.mentions if window <= m.start < tok.i and st.cls_of(m.key) == "Person"]
    if not before or len({m.key for m in before}) != 1:
        return None
    key = before[0].key
    d = st.entities[key]
    if d.roles or key in st.ref.entities or (country and d.affiliation not in (None, country)):
        return None
    if not any(st.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") for m in before):
        return None
    return key


def _previous_subject(st: _Article, tok: Token) -> str | None:
    """The body that is the subject of the sentence before, for 'it' / 'they' opening a sentence."""
    sent = _sent(tok)
    # '"Russia is not leaving Mali," it said': after the quotation the sentence opens with
    quoted = (
        len(sent) > 2
        and _inside_quotation(sent[1])
        and tok.i >= 2
        and st.doc[tok.i - 1].text in ('"', "”")
        and _inside_quotation(st.doc[tok.i - 2])
    )
    if (
        tok.lower_ not in ("it", "they")
        or tok.dep_ not in ("nsubj", "nsubjpass")
        or (tok.i - sent.start > 2 and not quoted)
        or sent.start == 0
    ):
        return None  # only a subject pronoun opening its sentence
    prev = _sent(st.doc[sent.start - 1])
    subj = next((t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    # "Its place has been taken by the Africa Corps": who does it is the agent
    agent = next(
        (
            p
            for t in prev
            if t.dep_ == "nsubjpass" and t.head.dep_ == "ROOT"
            for a in t.head.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
        ),
        None,
    )
    subj = subj or agent
    if subj is None or subj.lower_ in ("it", "they", "he", "she", "we", "i"):
        return None
    key = _actor(st, subj)
    if key is None or st.cls_of(key) in ("Person", "Country"):
        return None
    return key


def _government(st: _Article, country: str, surface: str | None, kind: str = "Government") -> str:
    """A state's government ("Government of Sudan"), or another of its organs named the same
    way (``kind``: "Presidency of Chad"), with ``surface`` as written among its names."""
    clabel = st.ref.entities[country].label if country in st.ref.entities else country
    label = f"{kind} of {_of_country(clabel)}"
    ref_key = st.ref_by_name.get(_norm(label))
    key = ref_key or "government/" + slug(label)
    d = st.ensure(key, "GovernmentBody", label)
    if surface is not None:
        d.alt_labels.add(surface)
    d.affiliation = d.affiliation or country
    st.ensure(country, "Country", clabel)
    return key


FEMININE = {"she", "her", "hers", "herself"}
MASCULINE = {"he", "him", "his", "himself"}
_FEMALE_WORDS = re.compile(
    r"\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|ms|mrs|madam|woman|"
    r"mother|grandmother|widow|wife|daughter|sister|queen|princess|actress)\b",
    re.I,
)
_MALE_WORDS = re.compile(
    r"\b(?:spokesman|chairman|businessman|congressman|councilman|mr|man|father|grandfather|"
    r"husband|son|brother|king|prince)\b",
    re.I,
)


#: common given names, for a person whose roles and sentences say nothing of their gender (the
#: Slavic, Arabic and English names the reporting is full of)
# fmt: off
FEMALE_GIVEN_NAMES = frozenset(
    {
        "tatyana", "tatiana", "yekaterina", "ekaterina", "olga", "maria", "mariya", "anna", "elena",
        "olena", "irina", "iryna", "natalia", "nataliya", "natalya", "svetlana", "yulia", "yuliia",
        "lyudmila", "liudmyla", "oksana", "valentina", "marina", "galina", "halyna", "larisa",
        "nadezhda", "nadiya", "sofia", "kateryna", "viktoria", "victoria", "alina", "daria",
        "darya", "ksenia", "fatima", "aisha", "amina", "mariam", "maryam", "layla", "leila", "nour",
        "huda", "zainab", "sara", "sarah", "kaja", "ursula", "kamala", "hillary", "karine",
        "jennifer", "elizabeth", "mary", "linda", "susan", "margaret", "catherine", "claire", "emma"
    }
)
MALE_GIVEN_NAMES = frozenset(
    {
        "andrey", "andrei", "andriy", "dmitry", "dmitri", "dmytro", "sergey", "sergei", "serhiy",
        "vladimir", "volodymyr", "oleksandr", "alexander", "aleksandr", "alexei", "aleksey",
        "oleksiy", "ivan", "mikhail", "mykhailo", "nikolai", "mykola", "oleg", "oleh", "viktor",
        "yuri", "yuriy", "yurii", "igor", "ihor", "pavel", "pavlo", "petro", "maxim", "maksym",
        "denis", "denys", "roman", "vitaly", "vitaliy", "vyacheslav", "valery", "valeriy", "kirill",
        "kyrylo", "anatoly", "boris", "vadim", "vadym", "ruslan", "artem", "mohammed", "muhammad",
        "mohamed", "ahmed", "ahmad", "ali", "hassan", "hussein", "omar", "khalil", "mahmoud",
        "ibrahim", "yahya", "abdullah", "abdul", "youssef", "yousef", "khaled", "mustafa", "john",
        "james", "david", "michael", "mark", "donald", "joe", "joseph", "antony", "anthony",
        "marco", "benjamin", "emmanuel", "keir", "olaf", "peter", "paul", "robert", "william"
    }
)
# fmt: on


def _gender(st: _Article, key: str) -> str | None:
    """'f', 'm' or None, from the person's roles and titles, and from the pronouns of a sentence
    in which they are the only person ("Oksana Hrytsenko, a combat medic, spends her nights")."""
    cache = st.genders
    if key in cache:
        return cache[key]
    d = st.entities[key]
    words = " ".join([*d.roles, *d.alt_labels])
    female, male = bool(_FEMALE_WORDS.search(words)), bool(_MALE_WORDS.search(words))
    # "Ms Dufresne", "Mr. Jaiswal": the title written on a mention
    titles = {
        st.doc[i].lower_.rstrip(".")
        for m in st.mentions
        if m.key == key
        for i in (m.start - 1, m.start)
        if 0 <= i < len(st.doc)
    }
    female = female or bool(titles & {"ms", "mrs", "miss", "madam"})
    male = male or "mr" in titles
    sentences = {_sent(st.doc[m.start]).start for m in st.mentions if m.key == key}
    for start in sentences:
        sent = _sent(st.doc[start])
        others = {
            m.key
            for m in st.mentions
            if sent.start <= m.start < sent.end and st.entities[m.key].cls == "Person"
        }
        if others != {key}:
            continue
        for t in sent:
            if t.lower_ in FEMININE and not _inside_quotation(t):
                female = True
            elif t.lower_ in MASCULINE and not _inside_quotation(t):
                male = True
            elif st.key_at(t) == key:
                for c in t.children:  # "Tatyana, a 58-year-old nurse" / "X, a father of three"
                    if c.dep_ == "appos" and not any(x.lower_ == "whose" for x in c.children):
                        # (not "…, whose son Rajesh": that is someone else)
                        female = female or bool(_FEMALE_WORDS.search(c.text))
                        male = male or bool(_MALE_WORDS.search(c.text))
    for start in sentences if not (female or male) else ():
        sent = _sent(st.doc[start])
        # "Rafael Grossi acknowledged … He did not say …": with nothing else to go by, the next
        # sentence's subject pronoun, when that sentence names no person
        if sent.end < len(st.doc) and all(
            st.entities[m.key].cls != "Person" or m.key == key
            for m in st.mentions
            if sent.start <= m.start < sent.end
        ):
            nxt = _sent(st.doc[sent.end])
            first = next((t for t in nxt if not (t.is_space or t.is_punct)), None)
            if (
                first is not None
                and first.dep_ in ("nsubj", "nsubjpass")
                and not _inside_quotation(first)
                and not any(
                    nxt.start <= m.start < nxt.end and st.entities[m.key].cls == "Person"
                    for m in st.mentions
                )
            ):
                female = female or first.lower_ == "she"
                male = male or first.lower_ == "he"
    if not (female or male) and len(d.label.split()) >= 2:
        given = d.label.split()[0].lower()
        female, male = given in FEMALE_GIVEN_NAMES, given in MALE_GIVEN_NAMES
    cache[key] = "f" if female and not male else "m" if male and not female else None
    return cache[key]


def _last(
    st: _Article,
    tok: Token,
    classes: set[str],
    prefer_speakers: bool = False,
    gender: str | None = None,
) -> str | None:
    """The most recent entity of the given classes before ``tok``.

    For a person: the latest of the last speaker and the last person who was a sentence's
    subject ("Oksana Hrytsenko, a combat medic, spends ... 'It is not stable,' she said"), skipping
    anyone whose known gender contradicts the pronoun.
    """

    def fits(key: str) -> bool:
        if st.cls_of(key) not in classes:
            return False
        if gender is None:
            return True
        known = _gender(st, key)
        return known is None or known == gender

    speaker: tuple[int, str] | None = None
    if prefer_speakers or "Person" in classes:
        for s in reversed(st.statements):
            if st.stmt_tokens[s.index][0] < tok.i and fits(s.speaker):
                speaker = (st.stmt_tokens[s.index][0], s.speaker)
                break
    if "Person" in classes:
        for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
            if m.start >= tok.i or m.start < (speaker[0] if speaker else -1):
                continue
            root = st.doc[m.end - 1]
            # "The Estonian foreign minister, Margus Tsahkna, went further."; "The head of
            # Sinjil's village council, Mousa Shabaneh, remembers …" (hung off the council)
            subject = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "appos" and _within_subject(root)
            )
            if (
                fits(m.key)
                and _sent(root).start < _sent(tok).start
                and subject
                # (not a subject of what the last speaker said: "An adviser … told the Guardian
                # that any fighter found to have killed civilians would be tried. … he accused")
                and (speaker is None or _sent(root).start != _sent(st.doc[speaker[0]]).start)
            ):
                return m.key  # a person introduced as a subject after the last speaker spoke
        # "Momade does not pretend his members are blameless. He admits …": a surname the NER
        # left untagged, the subject of a sentence after the last speaker spoke
        begin = _sent(st.doc[speaker[0]]).end if speaker else 0
        for t in reversed(st.doc[begin : _sent(tok).start]):
            if (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.is_title
                and t.lower_ in st.surname_keys
                and st.key_at(t) is None
                # (the surname alone: "Amna Yousif" is not her brother Osman Yousif)
                and not any(c.dep_ in ("compound", "amod") for c in t.children)
                and fits(key := st.surname_keys[t.lower_])
            ):
                return key
    if speaker is not None:
        return speaker[1]
    for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
        if m.start < tok.i and st.entities[m.key].cls in classes and fits(m.key):
            return m.key
    return None


def _within_subject(tok: Token) -> bool:
    """Whether ``tok`` lies inside its clause's subject phrase."""
    for a in tok.ancestors:
        if a.dep_ in ("nsubj", "nsubjpass"):
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


#: a Ukrainian region's head, whom the press calls its governor: "the head of the Zaporizhzhia
#: regional military administration"
REGION_HEAD_PATTERN = r"\bhead of (?:the )?.*\b(?:regional|oblast)\b.*\badministration\b"
#: words after a place's name that make it a region's ("the Donetsk regional prosecutor")
REGION_WORDS = frozenset({"regional", "region", "oblast", "province", "provincial"})


def _border_service(st: _Article, tok: Token, country: str) -> str | None:
    """ "Kyrgyzstan's border service", "Tajikistan's border troops", "the Ukrainian border
    guard service": the border body of that state, the reference's where it has one, else one
    named after the state ("Border Service of Kazakhstan")."""
    if tok.lemma_.lower() not in ("service", "troop", "guard", "force", "agency", "committee"):
        return None
    words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if not any(w.lower_ == "border" for w in words):
        return None
    ref = st.ref.entities.get(country)
    if ref is None:
        return None
    kind = " ".join(w.lower_ for w in words if w.lower_ in ("border", "guard"))
    phrase = f"{kind} {tok.lower_}"
    forms = [f"{ref.label}'s {phrase}", *(f"{d} {phrase}" for d in ref.demonyms)]
    known = next((k for n in forms if (k := st.ref_by_name.get(_norm(n)))), None)
    if known is not None:
        st.ensure(known, st.ref.entities[known].cls, st.ref.entities[known].label)
        return known
    # named as the project names state bodies: "Border Service of Kazakhstan"
    label = " ".join(w.title() for w in phrase.split()) + f" of {_of_country(ref.label)}"
    key = "government/" + slug(label)
    draft = st.ensure(key, "GovernmentBody", label)
    if ref.demonyms:
        draft.alt_labels.add(f"{ref.demonyms[0]} " + " ".join(w.title() for w in phrase.split()))
    draft.affiliation = draft.affiliation or country
    return key


def _service_named_before(st: _Article, tok: Token) -> str | None:
    """ "The service added", after the State Border Guard Service: the last body named before
    whose name has "service" and the words before the noun ("the emergency service"); none for
    "the ambulance service" after it. One that has spoken comes first ("The security service
    says", after the SBU's statements and a mention of the FSB handler), as for "the ministry"."""
    kinds = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i}

    def fits(k: str) -> bool:
        return st.cls_of(k) in BODY_CLASSES and any(
            "service" in (w := set(n.lower().split())) and kinds <= w for n in _names(st, k)
        )

    return _spoke_or_named_before(st, tok.i, fits)


def _service_of_state(st: _Article, tok: Token, country: str) -> str | None:
    """ "Russia's security service", "the Ukrainian emergency service": the reference body of
    that state whose name has the service's words ("Federal Security Service"), the shortest
    such name where several have them; none where two are as short."""
    if tok.lemma_.lower() != "service":
        return None
    words = {
        c.lower_
        for c in tok.children
        if c.dep_ in ("compound", "amod") and c.i < tok.i and c.is_lower and c.is_alpha
    }
    if not words:
        return None
    fits: dict[str, int] = {}
    for e in st.ref.entities.values():
        if e.affiliation != country or e.cls not in BODY_CLASSES:
            continue
        sizes = [
            len(n.split())
            for n in (e.label, *e.alt_labels)
            if (w := set(n.lower().split())) >= words and "service" in w
        ]
        if sizes:
            fits[e.key] = min(sizes)
    if not fits:
        return None
    best = min(fits.values())
    keys = [k for k, v in fits.items() if v == best]
    if len(keys) != 1:
        return None
    ref = st.ref.entities[keys[0]]
    st.ensure(ref.key, ref.cls, ref.label)
    return ref.key


#: words that make "forces" or "force" the name of a branch: "ground forces", "air force"
BRANCH_MODIFIERS = frozenset({"ground", "land", "air", "aerospace", "naval", "missile"})


def _branch_of_force(st: _Article, tok: Token) -> str | None:
    """ "the ground forces of Iran's Islamic Revolutionary Guard Corps", "the Guards' navy": the
    branch of an armed force the article named, the reference's own where it has one (the IRGC
    Navy), else a unit of that force named after it ("IRGC Ground Forces")."""
    lemma = tok.lemma_.lower()
    if lemma not in ("navy", "force"):
        return None
    mods = [
        c
        for c in tok.children
        if c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in BRANCH_MODIFIERS
    ]
    if lemma == "force" and not mods:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    for c in tok.children:
        if owner is None and c.dep_ == "prep" and c.lower_ == "of":
            owner = next((p for p in c.children if p.dep_ == "pobj"), None)
    force = st.key_at(owner) if owner is not None else None
    if force is None or st.cls_of(force) != "ArmedForce":
        return None
    branch = " ".join(w.title() for w in [*(m.lower_ for m in mods), tok.lower_])
    known = next(
        (
            e
            for e in st.ref.entities.values()
            if e.parent == force
            and e.cls == "MilitaryUnit"
            and re.search(rf"\b{re.escape(branch)}\b", e.label, re.I)
        ),
        None,
    )
    surface = _clean_label(st.doc[tok.left_edge.i : tok.i + 1].text)
    if known is not None:
        st.ensure(known.key, known.cls, surface)
        return known.key
    names = _names(st, force)
    short = min((n for n in names if n.isupper()), key=len, default=st.label_of(force))
    label = f"{short} {branch}"
    key = "unit/" + slug(label)
    draft = st.ensure(key, "MilitaryUnit", label)
    draft.parent = draft.parent or force
    draft.allegiance = draft.allegiance or _side(st, force)
    return key


#: an acronym in brackets after the name it abbreviates: " (KRG)"
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&-]*\)")


def _as_relayed(tok: Token) -> bool:
    """ "claimed, as quoted by the state news agency TASS, that …": a side clause of relaying,
    "as" before it."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def _called_so(st: _Article, key: str, tok: Token) -> None:
    """ "the General Staff said", "the Interior Ministry added": a body referred back to by a
    capitalised name of two words or more is also called that (an analyst asks for what the
    "General Staff" said)."""
    words = [c for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok]
    if (
        len(words) >= 2
        and all(w.is_title for w in words)
        and words[-1].i - words[0].i == len(words) - 1
    ):
        st.entities[key].alt_labels.add(" ".join(w.text for w in words))


#: the name of a peace operation: "United Nations Interim Force in Lebanon", "MONUSCO"
_PEACE_MISSION = re.compile(
    r"\b(?:United Nations|UN|African Union|AU)\b.*\b(?:Mission|Force|Operation)\b|"
    r"\b(?:UNIFIL|MONUSCO|UNMISS|UNISFA|UNDOF|MINUSCA|AUSSOM|ATMIS|KFOR)\b"
)


def _name_ending_title(st: _Article, tok: Token) -> str | None:
    """The person whose name ends a title the parser built around it ("Commander-in-Chief
    Oleksandr Syrskyi", the name hung on "in"), no comma between."""
    last = tok.doc[tok.right_edge.i]
    k = st.key_at(last)
    if k is None or last.i <= tok.i or st.cls_of(k) != "Person" or last.ent_type_ != "PERSON":
        return None
    first = next((m.start for m in st.mentions if m.key == k and m.start <= last.i < m.end), last.i)
    title = tok.doc[tok.i : first]
    # the title one hyphenated word ("Commander-in-Chief"), not "commander of troops loyal to
    # Khalifa Haftar"
    if len(title) < 2 or any(t.whitespace_ for t in title[:-1]) or not title[-1].is_title:
        return None
    return k


def _whose_body(st: _Article, tok: Token) -> str | None:
    """The body named right before ", whose" when ``tok`` is what "whose" owns."""
    whose = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None:
        return None
    i = whose.i - 1
    while i > 0 and st.doc[i].text in (",", ")"):
        i -= 1
    k = st.key_at(st.doc[i])
    return k if k is not None and st.cls_of(k) in BODY_CLASSES else None


def _when_it_spoke(tok: Token) -> set[int]:
    """The tokens of a date hung on a speaker's noun ("the spokesman … on Sunday denounced"):
    when it spoke, no part of its name."""
    return {
        x.i
        for c in tok.subtree
        if c.dep_ == "prep"
        and c.i > tok.i
        and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)
        for x in c.subtree
    }


#: words in the name of a research body ("the think tank" refers back to one)
_THINK_TANK = re.compile(
    r"\b(?:Institute|Institution|Center|Centre|Council|Foundation|Studies|Forum|Policy|"
    r"Research|Crisis Group|Chatham House|RAND)\b"
)


#: people named by whose kin they are ("their families", "relatives of conscripts")
KIN_NOUNS = frozenset({"relative", "family", "mother", "parent", "wife", "widow"})


def _kin_of(st: _Article, tok: Token) -> str | None:
    """ "their families" -> "families of the Kenyan men": the people "their" stands for, the
    last plural people noun before it in the sentence (or the one before), with its modifiers."""
    start = _sent(tok).start
    if start > 0:
        start = _sent(st.doc[start - 1]).start
    for t in reversed(st.doc[start : tok.i]):
        if t.tag_ != "NNS" or t.lemma_.lower() not in PEOPLE_NOUNS | KIN_SUBJECTS:
            continue
        words = [c for c in t.lefts if c.dep_ in ("amod", "compound") and c.i < t.i] + [t]
        return f"{tok.text.lower()} of the {' '.join(w.text for w in words)}"
    return None


#: whose kin speak: "their families" after "Kenyan men", "the detainees"
KIN_SUBJECTS = frozenset({"man", "soldier", "detainee", "prisoner", "hostage", "recruit"})


def _called_news_agency(st: _Article, key: str, before: int) -> bool:
    """Whether an outlet was named as a news agency before ``before``: "the Russian state news
    agency TASS", "the official SANA news agency" (so that "according to the agency" is it)."""
    if st.cls_of(key) != "MediaOutlet":
        return False
    return any(
        m.key == key
        and any(
            t.lower_ == "agency" and st.doc[t.i - 1].lower_ == "news"
            for t in st.doc[max(0, m.start - 3) : min(m.end + 3, before)]
        )
        for m in st.mentions
        if m.start < before
    )


def _named_with_noun(st: _Article, key: str, lemma: str, before: int) -> bool:
    """Whether the article named ``key`` with the noun after it before ``before``: "The UK
    Maritime Trade Operations (UKMTO) agency said …" (so that "the agency said" is it)."""
    doc = st.doc
    for m in st.mentions:
        if m.key != key or m.start >= before or (m.end - m.start < 2 and not doc[m.start].is_upper):
            continue  # (a name of one word may be the NER's stray "Defense" of "Defense ministry")
        after = m.end
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
            after += 3  # past the acronym in brackets
        if after < before and doc[after].lemma_.lower() == lemma:
            return True
    return False


def _role_phrase(st: _Article, tok: Token) -> str | None:
    """'the Russian president', 'the military', 'a senior defense official', 'U.S. officials'."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = tok.lemma_.lower()
    noun = tok.lower_
    head_of_state = lemma == "head" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ == "state" for p in c.children)
        for c in tok.children
    )
    if head_of_state:
        lemma = noun = "president"  # "the head of state"
    if lemma in ("mission", "force", "operation") and any(
        c.lower_ in ("peacekeeping", "peace") for c in tok.children if c.i < tok.i
    ):

        def peace_mission(k: str) -> bool:
            return (
                st.cls_of(k) in ("InternationalOrganization", "ArmedForce", "Organization")
                and _PEACE_MISSION.search(" ".join(_names(st, k))) is not None
            )

        # "The UN peacekeeping mission in DR Congo, Monusco, said", the name set beside it
        beside = [
            k for t in tok.subtree if t.dep_ == "appos" and (k := st.key_at(t)) and peace_mission(k)
        ]
        mission = beside[0] if beside else _spoke_or_named_before(st, tok.i, peace_mission)
        if mission is not None:
            return mission  # "the peacekeeping mission" after UNIFIL
    if lemma in ROLE_NOUNS and (titled := _name_ending_title(st, tok)) is not None:
        return titled  # "Ukrainian Commander-in-Chief Oleksandr Syrskyi said", split at hyphens
    if lemma in ROLE_NOUNS and (whose := _whose_body(st, tok)) is not None:
        # "the Alliance of Sahel States (AES), whose leaders have announced …"
        name = st.label_of(whose)
        label = f"{noun} of {name if name.startswith('The ') else 'the ' + name}"
        plural = tok.tag_ in ("NNS", "NNPS")
        key = ("group/" if plural else "person/") + slug(label)
        d = st.ensure(key, "Group" if plural else "Person", label)
        d.affiliation = d.affiliation or whose
        st.token_key.setdefault(tok.i, key)
        st.mentions.append(_Mention(tok.i, tok.i + 1, key))
        return key
    if lemma in ROLE_NOUNS:
        # "the Government spokesperson, Minister of Communication Pingdwendé Gilbert Ouédraogo,
        # rejected …": the person the apposition names
        # (or hung on what the office is of: "the acting governor of North Darfur, Al-Hafiz
        # Bakhit Mohamed, had accused")
        ofs = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        for c in [*tok.children, *(a for p in ofs for a in p.children)]:
            if c.dep_ != "appos" or c.i < tok.i:
                continue
            for x in c.subtree:
                if (k := st.key_at(x)) and st.cls_of(k) == "Person":
                    return k
                if k and _looks_like_a_name(st, k) and st.cls_of(k) == "Organization":
                    # a name the NER took for a body, set beside an office
                    return _retype_as_person(st, x, k)
    if any(c.lower_ == "same" for c in tok.children):
        # "the same officials said": the ones named with that noun before
        same = _last_named(
            st,
            tok.i,
            lambda k: (
                st.cls_of(k) in ("Group", "Person")
                and (
                    st.label_of(k).lower().split()[-1] == noun
                    # "the same spokesman": the person last named with that role
                    or (
                        st.cls_of(k) == "Person"
                        and k in st.entities
                        and any(noun in r.lower().split() for r in st.entities[k].roles)
                    )
                )
            ),
        )
        if same is not None:
            return same
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    if (
        tok.tag_ == "NNS"
        and lemma in ("family", "relative", "resident", "parent", "mother", "wife", "widow")
        and [c.lower_ for c in tok.children] == ["the"]
    ):
        # "The families rejected that explanation", after "the families of the three hostages"
        told = _last_named(
            st,
            tok.i,
            lambda k: st.cls_of(k) == "Group" and st.label_of(k).lower().split()[0] == noun,
        )
        if told is not None:
            return told
    definite = "the" in dets or "its" in dets or "his" in dets or "her" in dets
    # "…, police said Thursday": wire copy drops the article before the police
    definite = definite or (noun == "police" and not dets)
    # "Ukraine's president": a country's office holder, as definite as "the Ukrainian president"
    definite = definite or (
        lemma in ROLES_AND_TITLES
        and any(c.dep_ == "poss" and c.tag_ != "PRP$" and st.country_at(c) for c in tok.children)
    )
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    # "The Lithuanian Defense Ministry", the nationality hung on "Defense"
    inner = [
        g
        for m in (mods if lemma in ("ministry", "authority") else ())
        for g in m.children
        if g.dep_ in ("amod", "compound") and g.i < m.i
    ]
    country = None
    for c in [*inner, *mods, *(c for c in tok.children if c.dep_ == "poss")]:
        # ("the North's Ministry of National Defence": North Korea's)
        k = st.country_at(c) or st.token_key.get(c.i) or _korea_meant(st, c)
        if k and lemma == "ministry" and st.cls_of(k) == "GovernmentBody":
            # "the GNU's defence ministry": that government's state's
            k = _side(st, k) or k
        if k and k.startswith("country/"):
            country = k  # "the Russian president", "Ukraine's air force"
    its = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if country is None and its is not None and lemma in ("military", "army"):
        # "Israel carried out air strikes …, its military said": the national force of the
        # state 'its' stands for
        owner = _actor(st, its)
        force = _national_force_in(st, owner) if owner and st.cls_of(owner) == "Country" else None
        if force is not None:
            return force
    if country is None and any(c.lower_ == "puppet" for c in mods):
        country = _puppet_state(st)
        if country is not None and lemma in ("military", "army"):
            force = _national_force_in(st, country)
            if force is not None:
                return force  # "the puppet military": South Korea's armed forces
    if country is None and (branch := _branch_of_force(st, tok)) is not None:
        return branch
    if country is not None and (border := _border_service(st, tok, country)) is not None:
        return border
    if country is not None and (service := _service_of_state(st, tok, country)) is not None:
        return service
    if (
        lemma == "department"
        and any(c.lower_ == "military" and c.dep_ in ("amod", "compound") for c in tok.children)
        and (home := country or next(iter(_ministry_countries(st, tok)), None)) is not None
    ):
        # "the Belarusian military department", as Russian and Belarusian copy calls the
        # defence ministry
        left = min([tok.i, *(c.i for c in tok.children if c.i < tok.i)])
        key = _ministry_of(st, home, "defence", _clean_label(st.doc[left : tok.i + 1].text))
        st.token_key.setdefault(tok.i, key)
        return key
    if noun == "service" and dets == ["the"] and country is None:
        return _service_named_before(st, tok)
    if (
        lemma == "staff"
        and country is not None
        and any(c.lower_ == "general" for c in tok.children)
        and (
            staff := _general_staff(st, tok, country)
            or _general_staff_of(
                st, country, _clean_label(st.doc[tok.left_edge.i : tok.i + 1].text)
            )
        )
    ):
        return staff  # "Belarus' General Staff"
    if definite and lemma in UNIT_NOUNS:
        units = [
            m
            for m in sorted(st.mentions, key=lambda m: m.start, reverse=True)
            if (st.entities[m.key].cls == "MilitaryUnit" or st.entities[m.key].echelon)
            and (st.entities[m.key].echelon or st.label_of(m.key).split()[-1]).lower() == lemma
        ]
        for m in units:
            if m.start < tok.i:
                return m.key
        if _sent(tok).start == 0 and units:
            # a lede's "the Ukrainian brigade defending the area denied …", the brigade named
            # later ("a spokesman for Ukraine's 68th Separate Jaeger Brigade"), the only one of
            # its side
            later = {m.key for m in units if country is None or _side(st, m.key) in (None, country)}
            if len(later) == 1:
                return later.pop()
    if lemma == "ministry" and country is None and (owner := _territory_owner(st, tok)):
        # "according to the territory's health ministry": the ministry of the place the
        # article is about (Gaza's)
        if st.cls_of(owner) == "Country":
            country = owner
        else:
            topics = [c.text.title() for c in tok.children if c.lower_ in MINISTRY_WORDS]
            for portfolio in topics[:1]:
                for name in (
                    form
                    for place in _names(st, owner)
                    for form in (
                        f"{place} {portfolio} Ministry",
                        f"{place} Ministry of {portfolio}",
                    )
                ):
                    if (ref_key := st.ref_by_name.get(_norm(name))) is not None:
                        st.ensure(
                            ref_key, st.ref.entities[ref_key].cls, st.ref.entities[ref_key].label
                        )
                        return ref_key
    if (
        noun == "authorities"
        and [c.lower_ for c in tok.children] == ["the"]
        and (
            earlier := _spoke_or_named_before(
                st, tok.i, lambda k: any("authorities" in n.lower() for n in _names(st, k))
            )
        )
        is not None
    ):
        return earlier  # "The authorities also admitted": the ones that spoke as such before
    if lemma == "authority" and country is None:
        # Xinhua's "the defense authorities of the Taiwan region": the place's
        country = next(
            (
                k
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.subtree
                if (k := st.country_at(p))
            ),
            None,
        )
    if lemma in ("ministry", "authority") and country:
        # "Taiwan's defense authority": the country's ministry of that portfolio
        ministry = _ministry(st, tok, country)
        if ministry:
            if noun == "authorities":  # what "the authorities" will refer back to
                st.entities[ministry].alt_labels.add(
                    _clean_label(st.doc[tok.left_edge.i : tok.right_edge.i + 1].text)
                )
            return ministry
    if lemma in ("government", "regime") and country is None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    k = st.country_at(p) or st.key_at(p)
                    if k and k.startswith("country/"):
                        return _government(st, k, _clean_label(st.doc[tok.i : p.i + 1].text))
    if lemma in ("regime", "government", "authorities", "leadership") and country is None:
        for c in tok.children:
            k = st.key_at(c)
            if k and k in st.capitals:  # "the Kiev regime"
                return _government(st, st.capitals[k], _clean_label(st.doc[c.i : tok.i + 1].text))
    if lemma in ("government", "regime") and country is not None:
        return _government(st, country, _clean_label(st.doc[tok.left_edge.i : tok.i + 1].text))
    if lemma in ("government", "administration") and country is None:
        # "the Kursk regional government" -> "Kursk Oblast government", one node
        named = [
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod", "poss") and c.text[:1].isupper()
        ]
        regions = [k for c in named if (k := _region_named(st, c))]
        if not regions and any(
            c.lower_ in ("regional", "provincial", "oblast") for c in tok.children
        ):
            # "the regional government": of the region named last
            last_region = _last_named(st, tok.i, lambda k: st.cls_of(k) == "Region")
            regions = [last_region] if last_region else []
        if not regions and lemma == "administration" and "city" in {c.lower_ for c in tok.children}:
            # "The city military administration acknowledged": of the town named last, as
            # Ukraine names them ("Kramatorsk City Military Administration")
            town = next(
                (
                    m.key
                    for m in sorted(st.mentions, key=lambda m: m.start, reverse=True)
                    if m.start < tok.i
                    and st.cls_of(m.key) == "Settlement"
                    # not "Donetsk" in "the Donetsk regional prosecutor's office"
                    and not (m.end < len(st.doc) and st.doc[m.end].lower_ in REGION_WORDS)
                ),
                None,
            )
            if town is not None:
                military = "military" in {c.lower_ for c in tok.children}
                label = f"{st.label_of(town)} City {'Military ' if military else ''}Administration"
                key = "government/" + slug(label)
                d = st.ensure(key, "GovernmentBody", label)
                d.affiliation = d.affiliation or town
                st.token_key.setdefault(tok.i, key)
                st.mentions.append(_Mention(tok.i, tok.i + 1, key))
                return key
        if regions:
            k = regions[0]
            label = f"{st.label_of(k)} {lemma}"
            key = "government/" + slug(label)
            d = st.ensure(key, "GovernmentBody", label)
            d.affiliation = d.affiliation or k
            surface = _clean_label(st.doc[tok.left_edge.i : tok.i + 1].text)
            if surface != label:
                d.alt_labels.add(surface)
            st.token_key.setdefault(tok.i, key)
            st.mentions.append(_Mention(tok.i, tok.i + 1, key))
            return key
    if lemma in BODY_ROLES and definite and tok.tag_ not in ("NNS", "NNPS"):
        for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
            if m.start < tok.i and lemma in st.entities[m.key].label.lower():
                return m.key  # "the hospital": the hospital named before
    # "Several Western media outlets claimed": outlets no name tells apart speak as a group
    if (
        lemma in ROLE_NOUNS
        or noun in ROLE_NOUNS
        or (noun == "outlets" and mods and not country)
        # "Local Telegram channels in occupied Tokmak reported", "pro-Kremlin Telegram channels"
        # (as the subject: not "financing extremist Telegram channels run from Lithuania")
        or (
            noun == "channels"
            and mods
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.lemma_.lower() in VERB_TYPES
        )
    ):
        if tok.tag_ in ("NNS", "NNPS") and "the" in dets and not mods:
            # "Two U.S. officials told Reuters … One of the officials said": the same group
            for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
                d = st.entities[m.key]
                if m.start < tok.i and d.cls == "Group" and d.label.lower().endswith(noun):
                    return m.key
        if tok.tag_ in ("NNS", "NNPS") and lemma not in INHABITANT_NOUNS:
            # "analysts at the Institute for the Study of War", "officials of the ministry"
            # (but "residents of Yeraskh" live there, whatever the NER took the place for)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "of", "from", "with"):
                    for p in c.children:
                        k = st.key_at(p) or (_proper_name(st, p) if p.dep_ == "pobj" else None)
                        if k is None and p.dep_ == "pobj":
                            # "experts at the open-source group Bellingcat": named in a compound
                            # or an apposition of the noun
                            k = next(
                                (
                                    found
                                    for n in p.children
                                    if n.dep_ in ("compound", "appos")
                                    and (found := st.key_at(n) or _named_body(st, p, n))
                                ),
                                None,
                            )
                        if k and st.entities[k].cls in ACTOR_CLASSES - {"Person", "Country"}:
                            return k
        if definite and lemma in ("chief", "head", "leader", "boss"):
            # "the NATO chief": the person named before who heads that body
            bodies = {
                k
                for c in tok.children
                if c.dep_ in ("compound", "amod", "nmod") and (k := st.key_at(c))
            }
            for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
                d = st.entities[m.key]
                if m.start >= tok.i or d.cls != "Person" or not bodies:
                    continue
                roles = " ".join(d.roles).lower()
                if d.affiliation in bodies or any(
                    re.search(rf"\b{re.escape(n.lower())}\b", roles)
                    for b in bodies
                    for n in _names(st, b)
                ):
                    return m.key  # "the ISPR chief": its director general named before
        role_pattern = rf"\b{re.escape(lemma)}\b"
        if lemma == "diplomat" and any(c.lower_ in ("top", "chief") for c in tok.children):
            # "the top diplomat": the foreign minister
            role_pattern = (
                r"\bforeign minister\b|\bforeign secretary\b|\bsecretary of state\b|"
                r"\bminister (?:of|for) foreign affairs\b|\bforeign affairs minister\b"
            )
        elif lemma == "diplomat":
            # "the diplomat stressed": whoever speaks for a foreign ministry or an embassy
            role_pattern = (
                r"\bdiplomat\b|\bforeign affairs\b|\bforeign minist|\bambassador\b|\benvoy\b"
            )
        elif lemma == "premier":
            # "The premier said": the head of government named before
            role_pattern = r"\bpremier\b|\bprime minister\b"
        elif lemma == "governor":
            # "the governor": in Ukraine, the head of a regional (military) administration
            role_pattern = (
                r"\bgovernor\b|\bhead of (?:the )?[\w’' -]*\bregion\b|" + REGION_HEAD_PATTERN
            )
        elif lemma == "head" and any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(p.lower_ in ("region", "oblast", "province") for p in c.children)
            for c in tok.children
        ):
            # "the head of the region wrote on his Telegram channel": the governor named before
            role_pattern = r"\bgovernor\b|\bhead of the region\b|" + REGION_HEAD_PATTERN
        elif lemma in RANK_SHORT_FORMS:
            # "The general also acknowledged" after "Gen. Luis Emilio Cardozo": the rank as the
            # article abbreviated it
            role_pattern = rf"\b{lemma}\b|\b{RANK_SHORT_FORMS[lemma]}\b"
        elif lemma in SPOKES_WORDS and not any(
            re.search(role_pattern, r.lower())
            for d in st.entities.values()
            if d.cls == "Person"
            for r in d.roles
        ):
            # "the Navy spokesman" for "the spokesperson for the Ukrainian Navy", when no one
            # holds the title in the very word
            role_pattern = r"\bspokes(?:person|man|woman)\b"
        # "the representative of Rwanda": the role's country is spelled out, so an earlier
        # holder of the role must be that country's ("Special Representative of the
        # Secretary-General Bintou Keita" is not)
        spelled = next(
            (
                k
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("of", "for")
                for p in c.children
                if p.dep_ == "pobj" and (k := st.country_at(p))
            ),
            None,
        )
        # "the spokesperson for Vladimir Putin": whom the role serves is spelled out too
        served = next(
            (
                k
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("of", "for")
                for p in c.children
                if p.dep_ == "pobj" and (k := st.key_at(p)) and not st.country_at(p)
            ),
            None,
        )
        if head_of_state:
            served = None  # (the NER's "State" of "The Head of State" is no body it serves)
        # the words that qualify the title: "defence" in "the Russian defence minister"
        qualifiers = [
            c.lower_
            for c in mods
            if c.dep_ in ("amod", "compound") and not st.country_at(c) and c.is_alpha
        ]
        # a body's name or acronym among them: "the PDF spokesperson"
        proper = [
            c.lower_
            for c in mods
            if c.dep_ == "compound" and c.is_upper and len(c) > 1 and not st.country_at(c)
        ]
        if definite and lemma == "president" and country is None and spelled is None:
            # on a presidency's own site ("Office of the President of Ukraine"), "The President"
            # and "the Head of State" are its president, whoever else the readout names
            country = _presidency_country(st)
        # "The President informed his Turkish counterpart": not the Turkish president
        counterpart = next(
            (
                k
                for x in (tok.head.subtree if tok.dep_ == "nsubj" else ())
                if x.lower_ == "counterpart" and x.i > tok.i
                for c in x.children
                if c.dep_ in ("amod", "compound") and (k := st.country_at(c))
            ),
            None,
        )
        if definite:
            # "the army spokesman": a state army's, when a rebel force's spokesman also spoke
            army_asked = bool({"army", "military"} & set(qualifiers))
            army_fallback: str | None = None
            rank_fallback: str | None = None
            # coreference: a person in this article holding that role, the last one who spoke
            # first ("Lubinets rejected Moskalkova's claim … the ombudsman told …" is Lubinets)
            spoke = [
                _Mention(st.stmt_tokens[o.index][0], st.stmt_tokens[o.index][0] + 1, who)
                for o in st.statements
                if st.stmt_tokens[o.index][0] < _sent(tok).start
                for who in (o.speaker, o.reported_by)  # "according to spokesman X": X spoke too
                if who is not None
            ]
            for m in [
                *sorted(spoke, key=lambda m: m.start, reverse=True),
                *sorted(st.mentions, key=lambda m: m.start, reverse=True),
            ]:
                d = st.entities[m.key]
                if m.start >= tok.i or d.cls != "Person":
                    continue
                names = [r.lower() for r in d.roles] + [d.label.lower()]
                if (
                    spelled
                    and d.affiliation != spelled
                    # "President of the United Arab Emirates Mohammed bin Zayed … The President
                    # of the United Arab Emirates acknowledged": the title named that state
                    and not (
                        d.affiliation is None
                        and any(st.label_of(spelled).lower() in r.lower() for r in d.roles)
                    )
                ):
                    continue
                if counterpart is not None and _side(st, m.key) == counterpart:
                    continue
                held = {w for n in names for w in re.findall(r"[a-z]+", n)} & PORTFOLIOS
                asked = set(qualifiers) & PORTFOLIOS
                if asked and held and not asked & held:
                    continue  # "the defence minister" is not the foreign minister who spoke
                if (
                    lemma in SPOKES_WORDS
                    and proper
                    and not any(p in n for p in proper for n in names)
                    and not (
                        d.affiliation in st.entities
                        and any(
                            p in n.lower().split()
                            for p in proper
                            for n in _names(st, d.affiliation)
                        )
                    )
                ):
                    continue  # "the PDF spokesperson" is not the junta's spokesperson
                if (
                    lemma == "official"
                    and qualifiers
                    and not any(all(q in n for q in qualifiers) for n in names)
                ):
                    continue  # "the senior defense official" is not "a senior Kataib Hezbollah
                    # security official"
                if (
                    served
                    and served != m.key
                    and d.affiliation != served
                    and not any(st.label_of(served).lower() in r for r in names)
                ):
                    continue
                if (
                    (
                        any(
                            re.search(role_pattern, n)
                            if lemma == "diplomat"
                            else _holds_role(role_pattern, n)
                            for n in names
                        )
                        # "The Kremlin official also conceded": whoever speaks for the Kremlin
                        or (
                            lemma in ("official", "aide")
                            and qualifiers
                            and any(all(q in n for q in qualifiers) for n in names[:-1])
                        )
                    )
                    # ("the Ukrainian source" after an SBU source: whose side it speaks for)
                    and (
                        country is None
                        or d.affiliation in (None, country)
                        or _side(st, m.key) == country
                    )
                ):
                    # "the Qatari prime minister" is rather the prime minister than the foreign
                    # minister who spoke (whose title may be cut short: "Deputy Prime Minister for
                    # Reintegration" kept as "Minister for Reintegration")
                    ranked = not any(
                        q in RANK_QUALIFIERS and not any(re.search(rf"\b{q}\b", n) for n in names)
                        for q in qualifiers
                    ) and not _another_office(names, lemma, qualifiers)
                    # in a briefing transcript those answering are "you" to the one asking, and "I"
                    # to themselves: "the Secretary" in a question is not the press secretary
                    ranked = ranked and not any(
                        k == m.key and a <= tok.i for a, _, k in st.turns if a <= tok.i
                    )
                    if not ranked or (
                        not qualifiers and _titled_by_affiliation(st, d.affiliation, noun)
                    ):
                        # ("the Spokesperson" of a MONUSCO briefing is the Mission's, not the
                        # "Force Spokesperson" or the "Government Spokesperson" named with it)
                        rank_fallback = rank_fallback or m.key
                        continue
                    side = d.affiliation
                    if (
                        army_asked
                        and not (
                            (
                                side
                                and st.cls_of(side) == "ArmedForce"
                                and (st.entities[side].affiliation or "").startswith("country/")
                            )
                            # "Army spokesman Lul Ruai Koang", no force found for him
                            or (side is None and any(re.search(r"\barmy\b", n) for n in names[:-1]))
                        )
                    ):
                        army_fallback = army_fallback or m.key
                        continue
                    return m.key
            if army_fallback is not None:
                return army_fallback
            # "the governor of White Nile state" holds the office of that place, not of
            # another (Darfur's governor)
            of_place = next(
                (
                    p
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                ),
                None,
            )
            place_words = (
                _PLACE_KIND_END.sub(
                    "",
                    _clean_label(
                        st.doc[of_place.left_edge.i : of_place.right_edge.i + 1].text
                    ).lower(),
                )
                if of_place is not None
                else ""
            )
            # a reference person with that role, e.g. "the Russian president" -> President of Russia
            if country:
                clabel = st.ref.entities[country].label.lower()
                # every word of the title: "foreign minister" is not the defence minister
                # "the Ukrainian leader": its leader, else its president, else its premier
                titles = [lemma] + (["president", "prime minister"] if lemma == "leader" else [])
                for title in titles:
                    words = [title, *qualifiers]
                    for e in st.ref.by_class("Person"):
                        if any(
                            all(re.search(rf"\b{re.escape(w)}", r.lower()) for w in words)
                            and clabel in r.lower()
                            and place_words in r.lower()
                            and not r.lower().startswith("former")
                            for r in e.roles
                        ):
                            st.ensure(e.key, "Person", e.label)
                            return e.key
            else:
                # "the Secretary-General" in a story about the UN: the reference holder of that
                # role in a body the article names, if there is one
                bodies = {
                    m.key
                    for m in st.mentions
                    if m.start < tok.i
                    and st.cls_of(m.key) in ("InternationalOrganization", "Organization")
                }
                # ... or the body that published the article (a UN briefing), or the one the
                # bodies named belong to (the WFP's United Nations)
                bodies |= {a for b in bodies if (a := st.entities[b].affiliation)}
                publisher = st.ref_by_name.get(_norm(st.article.publisher or ""))
                if publisher:
                    bodies.add(publisher)
                first = min([c.i for c in tok.children if c.dep_ == "compound"] + [tok.i])
                title = st.doc[first : tok.i + 1].text.lower()
                holders = [
                    e
                    for e in st.ref.by_class("Person")
                    if e.affiliation in bodies
                    and any(
                        re.search(rf"\b{re.escape(title)}\b", r.lower())
                        and place_words in r.lower()
                        for r in e.roles
                    )
                ]
                if len(holders) == 1 and all(c.dep_ == "compound" for c in mods):
                    st.ensure(holders[0].key, "Person", holders[0].label)
                    return holders[0].key
            if rank_fallback is not None:
                return rank_fallback
            if (
                lemma in LEDE_ROLE_WORDS
                and tok.tag_ == "NN"
                and not (spelled or served)
                and (topic := _untitled_topic(st, tok, country))
            ):
                # "Boris Pistorius has made the journey to Kyiv often enough … Germany, the
                # defense minister told …": the title of the person the story is about, who has
                # none yet; later "the minister" is him too
                first = min([c.i for c in mods if c.i < tok.i] + [tok.i])
                st.entities[topic].roles.add(_clean_label(st.doc[first : tok.i + 1].text))
                return topic
        # stop at a relative clause, a participle or an apposition:
        # "a senior official, speaking on ..." (but "a lawyer representing the Defense
        # Ministry" is whose lawyer)
        cut = {
            x.i
            for c in tok.children
            if c.dep_ in ("relcl", "acl", "appos", "cc", "conj")
            and not (c.dep_ == "acl" and c.lemma_ == "represent" and c.i == tok.i + 1)
            for x in c.subtree
        }
        # and at a relative clause further in: "a spokesman for the Red Sea Ports Corporation
        # who requested anonymity because …"
        cut |= {x.i for c in _subtree(tok) if c.dep_ == "relcl" for x in c.subtree}
        # or a participle further in: "the spokesperson of a brigade operating near Pokrovsk"
        cut |= {
            x.i
            for c in _subtree(tok)
            if c.dep_ == "acl"
            and c.tag_ in ("VBG", "VBN")
            and c.i > tok.i
            # (but "a lawyer representing the Defense Ministry" is whose lawyer)
            and not (c.lemma_ == "represent" and c.head.i == tok.i)
            for x in c.subtree
        }
        # or when it spoke: "the spokesman for the General Staff … on Sunday denounced"
        cut |= _when_it_spoke(tok)
        comma = next((t.i for t in _subtree(tok) if t.i > tok.i and t.text == ","), None)
        phrase = [
            t
            for t in _subtree(tok)
            if t.i not in cut
            and not t.is_punct
            and not (t.dep_ == "det" and t.head.i == tok.i)
            and (comma is None or t.i < comma)  # "a source in the SBU, the security service"
        ]
        dangling = _dangling_preposition(tok)
        if dangling is not None and tok.dep_ == "nsubj":
            # "An adviser to RSF commander Mohamed Hamdan Dagalo declined": the parser made the
            # object of "to" the verb's second subject; it is part of who speaks
            sibling = next(
                (
                    c
                    for c in tok.head.children
                    if c.dep_ == "nsubj" and c.left_edge.i == dangling.i + 1
                ),
                None,
            )
            if sibling is not None:
                phrase += [t for t in sibling.subtree if not t.is_punct]
        plural = tok.tag_ in ("NNS", "NNPS")
        if (
            plural
            and not (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in VERB_TYPES)
            and lemma in ("people", "person", "civilian", "resident", "soldier", "child")
            and any(c.dep_ == "nummod" for c in tok.children)
        ):
            return None  # "killed two people": a count of victims, not a collective that acts
        if (
            plural
            and lemma in KIN_NOUNS
            and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
            and (kin := _kin_of(st, tok)) is not None
        ):
            # "… were tricked into signing military contracts, their families said": the
            # families of those the sentence is about
            key = "group/" + slug(kin)
            st.ensure(key, "Group", kin)
            st.mentions.append(_Mention(tok.i, tok.i + 1, key))
            st.token_key.setdefault(tok.i, key)
            return key
        if plural and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
            return None  # "its fighters", "their soldiers": some body's own, not a collective
        if plural:
            # a collective is named by its noun and modifiers, not by where it was found; but
            # "people familiar with the matter" is what such sources are called
            familiar = {x.i for c in tok.children if c.lower_ == "familiar" for x in c.subtree}
            if lemma in ("relative", "family", "mother", "parent", "wife", "widow", "user"):
                # "relatives of conscripts serving in Kursk": whose relatives they are; "users
                # on X and Facebook": where they post
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == ("on" if lemma == "user" else "of"):
                        familiar.add(c.i)
                        for p in c.children:
                            if p.dep_ == "pobj":
                                familiar |= {x.i for x in p.lefts} | {p.i}
                                if lemma == "user":  # "on X and Facebook"
                                    familiar |= {x.i for x in p.subtree if x.dep_ in ("cc", "conj")}
            phrase = [
                t
                for t in phrase
                if t.i in familiar
                or (t.i <= tok.i and (t.i == tok.i or t.head.i == tok.i or t.head.i < tok.i))
            ]
        named = [
            t for t in phrase if t.i > tok.i and (k := st.key_at(t)) and st.cls_of(k) == "Person"
        ]
        if named and not plural:
            # "PCG spokesperson for the West Philippine Sea Commodore Jay Tarriela": what the
            # spokesperson speaks for, then a rank and a name (the comma left out) - the
            # spokesperson's own ("a spokesman for Gen. Burhan" speaks for the general)
            rank = st.doc[named[0].i - 1]
            between = [t for t in phrase if tok.i < t.i < rank.i and t.is_title]
            if rank.lower_.rstrip(".") in MILITARY_RANKS and between:
                return st.key_at(named[0])
        label = _clean_label(st.doc[min(t.i for t in phrase) : max(t.i for t in phrase) + 1].text)
        # "a senior Kurdistan Regional Government (KRG) official": the acronym is no part of it
        label = as_written = _BRACKETED_ACRONYM.sub("", label)
        for c in tok.children:
            # "a spokesperson for the group": name the group the article means
            pobj = (
                next((p for p in c.children if p.dep_ == "pobj"), None)
                if c.dep_ == "prep"
                else None
            )
            if (
                pobj is not None
                and c.lower_ in ("for", "of")
                and pobj.lower_ in ("group", "movement", "organization", "organisation", "militia")
                and [d.lower_ for d in pobj.children] == ["the"]
            ):
                body = _actor(st, pobj)
                if body is not None:
                    label = f"{tok.text} {c.lower_} {st.label_of(body)}"
            elif (
                pobj is not None
                and c.lower_ in ("in", "at", "within", "inside")
                and pobj.lower_ in ("agency", "service", "ministry")
                and [d.lower_ for d in pobj.children] == ["the"]
                and (body := _actor(st, pobj)) is not None
                and (short := _acronym_used(st, body)) is not None
            ):
                # "a source in the agency" after "The Security Service of Ukraine (SBU)": a
                # source in the SBU, as the article calls it
                label = f"{tok.text} {c.lower_} the {short}"
        spelled = _names_in_full(st, tok, phrase)
        if spelled is not None and label == as_written:
            label = spelled  # (unless a rule above named it otherwise)
        pronoun = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if pronoun is not None and not plural and lemma in ROLE_NOUNS:
            # "Its spokesperson said": the spokesperson for the body 'its' stands for
            body = _actor(st, pronoun)
            if body is not None and st.cls_of(body) != "Person":
                # "Its chief executive": the title's lower-case words kept
                qualifiers = [
                    c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and c.is_lower
                ]
                label = f"{' '.join([*qualifiers, tok.lower_])} for {st.label_of(body)}"
        if not label:
            return None
        cls = "Group" if plural else "Organization" if lemma in BODY_ROLES else "Person"
        indefinite = ("a" in dets or "an" in dets or not dets) and not plural
        key = _kind(cls) + "/" + slug(label)
        if indefinite and cls == "Person":
            key += "-" + st.short_id[:8]  # anonymous: one per article
        d = st.ensure(key, cls, label)
        if cls == "Person" and lemma not in ("source", "witness", "resident", "person"):
            d.roles.add(label)
        if country and d.affiliation is None:
            d.affiliation = country
        if d.affiliation is None:
            # "the acting commander of Russia's 810th Brigade": affiliated with what it commands
            for t in phrase:
                k = st.token_key.get(t.i)
                if (
                    k
                    # (the parser may take "SBU" in "Ukraine's SBU security service" for an
                    # adjective)
                    and t.dep_ in ("pobj", "compound", "amod")
                    and st.entities[k].cls in ACTOR_CLASSES - {"Person", "Country"}
                ):
                    d.affiliation = k  # "an IDF spokesperson" speaks for the IDF
                    break
        if lemma == "source" and not plural and d.affiliation in st.entities:
            # "a source in Ukraine's SBU security service" is an SBU source, as most reports say
            short = _acronym_used(st, d.affiliation)
            if short is not None:
                d.alt_labels.add(f"{short} source")
        for t in phrase:
            if t.i not in st.token_key:
                st.token_key[t.i] = key
        st.mentions.append(_Mention(tok.i, tok.i + 1, key))
        return key
    if (
        noun == "tank"
        and any(c.lower_ == "think" for c in tok.children)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    ):
        # "the Institute for the Study of War … the Washington-based think tank said": the
        # research body named before
        earlier = _spoke_or_named_before(
            st,
            tok.i,
            lambda k: st.cls_of(k) == "Organization" and bool(_THINK_TANK.search(st.label_of(k))),
        )
        if earlier is not None:
            _called_so(st, earlier, tok)
        return earlier
    if (
        noun in INSTITUTION_NOUNS or (lemma in INSTITUTION_NOUNS and lemma not in ("party", "team"))
    ) and not (
        # ("its team", "our team": the body's own people)
        noun == "team" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
    ):
        # ("the party" is a body; "the warring parties" are the sides of a war; "a rescue team"
        # speaks, "its teams had admitted 63 children" are a body's staff)
        cls = INSTITUTION_NOUNS.get(noun) or INSTITUTION_NOUNS[lemma]
        modifiers = [
            c
            for c in tok.subtree
            if c.i < tok.i
            and c.dep_ in ("compound", "nmod", "amod")
            and (c.head.i == tok.i or c.head.dep_ == "compound")
        ]  # also nested or taken for an adjective: "IRNA" in "the state-run IRNA news agency"
        for c in modifiers:
            k = st.key_at(c) if c.dep_ == "compound" and c.head.i == tok.i else None
            if st.key_at(c) in st.ref.entities:
                k = st.key_at(c)  # a name the reference knows, not "Khortytsia … group"
            if k and st.cls_of(k) in ACTOR_CLASSES - {"Person", "Country"}:
                # "Russia's Wagner group", "the British military's United Kingdom Maritime
                # Trade Operations (UKMTO) agency": the body is named in the modifier
                return k
        if lemma == "police" and country is None and not mods and set(dets) <= {"the"}:
            force = _police_force_named(st, tok.i)
            if force is not None:
                return force
        if definite:
            state_force = cls == "ArmedForce" and noun in ("military", "army")
            named_by = [
                c.lower_
                for c in tok.children
                if c.dep_ in ("compound", "nmod")
                and c.pos_ == "PROPN"
                and not st.country_at(c)
                and c.is_title
            ]

            # "the group", "the movement", "the militia": any organised body named before
            any_body = noun in ANY_BODY_NOUNS
            classes = {"Organization", "ArmedForce", "Group"} if any_body else {cls}
            if noun in ("alliance", "coalition", "bloc"):
                classes.add("InternationalOrganization")  # "the alliance": NATO named before

            # "the unification ministry" is no Ministry of Oceans and Fisheries named before
            # ("the defense ministry" is the Ministry of Defence: the word's first letters)
            portfolio_stems = [
                c.lower_[:5]
                for c in tok.children
                if lemma == "ministry"
                and c.dep_ == "compound"
                and c.is_lower
                # a portfolio, not "the puppet ministry"
                and (
                    c.lower_ in PORTFOLIO_WORDS | {"foreign", "unification", "emergency"}
                    or c.lower_.endswith(PORTFOLIO_ENDINGS)
                )
            ]

            def fits(k: str) -> bool:
                d = st.entities[k]
                if named_by and not any(
                    all(w in n.lower() for w in named_by) for n in (d.label, *d.alt_labels)
                ):
                    return False  # "the Khyber Pakhtunkhwa government" is no body named before
                if portfolio_stems and not any(
                    all(w in n.lower() for w in portfolio_stems) for n in (d.label, *d.alt_labels)
                ):
                    return False
                if state_force and not (d.affiliation or "").startswith("country/"):
                    return False  # "the military" is a state's, not a rebel group's
                if (
                    state_force
                    and d.cls == "ArmedForce"
                    and k in st.ref.entities
                    and _national_force(st, d.affiliation or "") not in (None, k)
                    # ("the army" may be a state's army; "the military" is not its navy)
                    and (
                        noun == "military"
                        or not any(d.label.lower().endswith(" " + s) for s in SERVICES)
                    )
                    and not re.search(r"\b(general staff|chiefs of staff|command)\b", d.label, re.I)
                ):
                    # nor a paramilitary of that state ("the Rapid Support Forces" in Sudan): a
                    # state whose national army is known has that one (or one of its services)
                    return False
                if (
                    any_body
                    and d.cls == "ArmedForce"
                    and (d.affiliation or "").startswith("country/")
                    and _national_force(st, d.affiliation or "") == k
                ):
                    return False  # and "the group" is not a state's national armed forces
                if (
                    any_body
                    and d.cls == "Group"
                    and (_people_collective(d.label) or d.label.split()[-1].lower() == "police")
                ):
                    return False  # nor "officials", "residents" or "police" who spoke before
                if noun == "authorities" and d.cls == "Group" and "authorit" not in d.label.lower():
                    return False  # "The authorities reject the accusations": not rights groups
                if (
                    lemma == "rebel"
                    and ((d.affiliation or "").startswith("country/") or _side(st, k) is not None)
                    # (the Houthis, a movement the reference places in Yemen, are rebels)
                    and not (d.cls == "Organization" and k in st.ref.entities)
                ):
                    return False  # nor are "the rebels" a state's forces or services
                if lemma in ("militant", "insurgent", "jihadist") and (
                    d.cls == "GovernmentBody" or _national_force(st, d.affiliation or "") == k
                ):
                    return False  # nor "the militants" a state's army (al-Shabaab may be Somali)
                if (
                    lemma in ("rebel", "militant", "insurgent", "jihadist")
                    and d.cls == "Organization"
                    and k not in st.ref.entities
                ):
                    return False  # nor a name the NER took for a body ("beyond Shasha")
                if (
                    lemma in NAMED_BY_NOUN
                    and not any(
                        lemma in n.lower()
                        # "the agency" after Georgia's State Security Service: a security or
                        # intelligence service is an agency
                        or (lemma == "agency" and _SERVICE_NAME.search(n) is not None)
                        for n in _names(st, k)
                    )
                    and not (lemma == "agency" and _called_news_agency(st, k, tok.i))
                    and not _named_with_noun(st, k, lemma, tok.i)
                ):
                    return False  # "the ministry" is a ministry named before, not the Kremlin
                return (
                    # a body whose name has the noun, whatever its class ("the police" after
                    # the Haitian National Police)
                    (
                        d.cls in classes
                        or (lemma in NAMED_BY_NOUN and d.cls in BODY_CLASSES)
                        # "according to the agency" after the Korean Central News Agency
                        or (lemma == "agency" and d.cls == "MediaOutlet")
                    )
                    and not d.echelon
                    and not UNIT_WORDS.search(d.label)
                    and (country is None or d.affiliation in (None, country))
                )

            if (
                lemma in ("rebel", "militant", "insurgent", "jihadist")
                and not mods
                and tok.dep_ in ("nsubj", "nsubjpass")
            ):
                # "Yemen's Houthi rebels claimed … The rebels say": the body the article called
                # so (whatever state it holds), before any other body named since
                called = {
                    m.key
                    for m in st.mentions
                    if m.end < tok.i
                    and any(t.lemma_.lower() == lemma for t in st.doc[m.start : m.end + 1])
                }
                earlier = _last_named(st, tok.i, lambda k: k in called)
                if earlier is not None:
                    return earlier
            if (earlier := _spoke_or_named_before(st, tok.i, fits)) is not None:
                _called_so(st, earlier, tok)
                return earlier
            if noun == "authorities" and [c.lower_ for c in tok.children] == ["the"]:
                # "The authorities reject the accusations" in a story on Burkina Faso: its
                # government, as most copy means
                for country in _reported_countries(st, tok):
                    if country in st.ref.entities:
                        return _government(st, country, "the authorities")
            joint = any(c.lower_ == "joint" for c in tok.children)
            if lemma == "staff" and (joint or any(c.lower_ == "general" for c in tok.children)):
                # "the General Staff" named without its country: the publisher's own (a Ukrainian
                # outlet's is Ukraine's), else the article's main country's; "the General Staff
                # of the Ukrainian armed forces" is Ukraine's
                owner = next(
                    (
                        side
                        for c in tok.children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children
                        if p.dep_ == "pobj" and (k := st.key_at(p)) and (side := _side(st, k))
                    ),
                    None,
                )
                staff = _general_staff(
                    st, tok, country or owner, "Joint Staff" if joint else "General Staff"
                )
                if staff:
                    _called_so(st, staff, tok)
                    return staff
                if joint:
                    return None
                # a state whose general staff the reference does not know: its armed forces
                # ("the general staff of the armed forces" in an RFI report on Mali)
                home = country or owner or next(iter(_reported_countries(st, tok)), None)
                force = _national_force_in(st, home)
                if force:
                    return force
            if (
                lemma == "ministry"
                and country is None
                and any(
                    c.dep_ in ("compound", "amod") and c.lower_ in MINISTRY_WORDS
                    for c in tok.children
                )
                # nothing else says whose: "the Hamas-run health ministry in Gaza", KCNA's "the
                # puppet defence ministry" (South Korea's) are no guess
                and all(
                    c.dep_ == "det"
                    or (c.dep_ in ("compound", "amod") and c.lower_ in MINISTRY_WORDS)
                    for c in tok.children
                )
                and (home := next(iter(_ministry_countries(st, tok)), None)) is not None
                and (ministry := _ministry(st, tok, home)) is not None
            ):
                # "The defense ministry announced" in Yonhap's copy, no ministry of that kind
                # named before: South Korea's (see _ministry_countries)
                return ministry
            if lemma == "government" and country is None and not named_by:
                # "The transitional government has not confirmed …": the government of the
                # country the article is about
                home = next(iter(_reported_countries(st, tok)), None)
                if home and home in st.ref.entities:
                    return _government(
                        st, home, _clean_label(st.doc[tok.left_edge.i : tok.i + 1].text)
                    )
            if lemma == "presidency" and country is None and not named_by:
                # "the presidency announced" in a report on Chad: that state's presidency
                home = next(iter(_reported_countries(st, tok)), None)
                if home and home in st.ref.entities:
                    key = _government(st, home, None, kind="Presidency")
                    st.token_key.setdefault(tok.i, key)
                    return key
            if cls == "ArmedForce" and country is None and lemma not in NAMED_BY_NOUN:
                # "the military" with no force named yet: the national force of the main country,
                # else of a national outlet's own ("the army said" in Haaretz's lede about a
                # Palestinian detainee is the IDF)
                for home in (_main_country(st, tok), *_home_countries(st, tok)):
                    national = _national_force(st, home) if home else None
                    if national:
                        st.ensure(national, "ArmedForce", tok.text)
                        return national
        if country is None and not mods and not definite:
            return None
        if country is None and not mods and noun in ANY_BODY_NOUNS - {"militia"}:
            return None  # "the group" with no group named before: nobody to name
        cut = {
            x.i
            for c in tok.children
            if c.dep_ in ("relcl", "acl", "appos", "cc", "conj")
            for x in c.subtree
        }
        cut |= _when_it_spoke(tok)  # "Al Qaeda-linked jihadists on Thursday claimed"
        keep = [t.i for t in tok.subtree if t.i not in cut]
        comma = next((i for i in sorted(keep) if i > tok.i and st.doc[i].text == ","), None)
        if comma is not None:
            keep = [i for i in keep if i < comma]  # "… coalition, led by Jimmy Cherizier"
        label = _clean_label(st.doc[min(keep) : max(keep) + 1].text)
        # (also "the Hamas-run health ministry": a name the reference knows, written as a
        # description)
        known = st.ref_by_name.get(_norm(label)) if label[:1].islower() or tok.is_lower else None
        if known is not None and st.ref.entities[known].cls in BODY_CLASSES:
            # "The unification ministry on Thursday rejected …" (Yonhap's lower case): the
            # reference body of that name
            st.ensure(known, st.ref.entities[known].cls, st.ref.entities[known].label)
            st.token_key.setdefault(tok.i, known)
            return known
        if country and country in st.ref.entities and st.ref.entities[country].demonyms:
            # "Ukraine's air force" is the reference "Ukrainian Air Force" when there is one
            rest = re.sub(r"^.*?(?:'s|’s)\s+", "", label)
            national = f"{st.ref.entities[country].demonyms[0]} {rest}"
            for name in (national, label):
                ref_key = st.ref_by_name.get(_norm(name))
                if ref_key:
                    st.ensure(ref_key, st.ref.entities[ref_key].cls, label)
                    st.token_key.setdefault(tok.i, ref_key)
                    return ref_key
            demonym = st.ref.entities[country].demonyms[0]
            if rest.startswith(demonym + " ") and rest[len(demonym) + 1 :].lower() in SERVICES:
                rest = rest[len(demonym) + 1 :]  # "the Ukrainian air force"
            if cls == "ArmedForce" and (rest != label or rest.lower() in SERVICES):
                # a service named by its country: "Ukraine's air force", "the Ukrainian air
                # force" -> "Ukrainian Air Force"
                surface, label = label, f"{demonym} {rest.title()}"
                key = _kind(cls) + "/" + slug(label)
                st.ensure(key, cls, label).alt_labels.add(surface)
        surface = label
        if country and lemma in ("embassy", "consulate", "mission"):
            # "the Chinese embassy in Washington", "Russia's mission to the United Nations":
            # the country's, named with its demonym
            where = st.doc[tok.i + 1 : max(keep) + 1].text
            demonyms = st.ref.entities[country].demonyms if country in st.ref.entities else ()
            owner = "U.S." if country == "country/united-states" else (demonyms or ("",))[0]
            label = _clean_label(f"{owner} {tok.text.title()} {where}".strip())
        elif country and lemma == "judiciary" and country in st.ref.entities:
            # "Iran's judiciary", "the Iranian judiciary": one node per state
            label = f"Judiciary of {_of_country(st.ref.entities[country].label)}"
        elif country:
            # "Ukraine's Khortytsia operational-strategic group": the country is its affiliation
            rest = re.sub(r"^.*?(?:'s|’s)\s+", "", label)
            if any(w[:1].isupper() for w in rest.split()):
                label = rest  # a named body; "Sudan's border police" keeps its country

        key = _kind(cls) + "/" + slug(label)
        d = st.ensure(key, cls, label)
        if surface != label:
            d.alt_labels.add(surface)
        if country and lemma == "embassy" and country in st.ref.entities:
            d.alt_labels |= _embassy_names(st, tok, st.ref.entities[country].label)
        if country and d.affiliation is None:
            d.affiliation = country
        st.mentions.append(_Mention(tok.i, tok.i + 1, key))
        st.token_key.setdefault(tok.i, key)
        return key
    return None


# ---------------------------------------------------------------------------------------------
# time


#: a date after these bounds something else ("by August", "until the end of the year")
DEADLINE_WORDS = frozenset({"by", "until", "till", "before", "within", "since", "through"})


#: a day told against the day of what was told just before: "later the same day", "that
#: evening", "the following day", "a day later" (group "next": one day on)
ANCHORED_DAY_RE = re.compile(
    r"^(?:later |early |earlier )?(?:(?:the same|that|(?P<next>the following|the next)) "
    r"(?:day|morning|afternoon|evening|night)|(?P<later>a day|one day) later)$",
    re.I,
)


def _time_of(st: _Article, ent: Span) -> TimeValue | None:
    """The time a DATE entity names; "later the same day", "the following day" count from the
    last day a statement before it was dated by."""
    tv = _time(st, ent.text)
    if tv is not None and tv.value is not None:
        return tv
    m = ANCHORED_DAY_RE.match(" ".join(ent.text.split()))
    if m is None or st.published is None:
        return tv  # an undated article dates no day by another one
    anchor = next(
        (
            s.date.value
            for s in reversed(st.statements)
            if s.date is not None and s.date.value and s.date.precision == "day"
        ),
        None,
    )
    if anchor is None:
        return tv or TimeValue(ent.text)
    day = date.fromisoformat(anchor) + timedelta(
        days=1 if m.group("next") or m.group("later") else 0
    )
    if day > st.published:
        return TimeValue(ent.text)
    return TimeValue(ent.text, day.isoformat(), "day")


def _dates_attached(st: _Article, verb: Token, *, include_nouns: bool = False) -> TimeValue | None:
    """A DATE entity whose nearest verbal governor is ``verb``; one that names no date ("on
    Monday" in an undated article, "weekly", "the evening") counts only if none that does
    governs the verb."""
    fallback: TimeValue | None = None
    # one on the verb itself and next to it first: in "A strike … on September 13, 2025, killed
    # 31 civilians, Human Rights Watch said today" the parser hung the strike and its date on
    # "said" too (but in "accused the army of killing 40 people in May" the month is the
    # killing's, though the parser may hang it on the verb)
    ents = sorted(
        # (only times can date it: the others are left out before their roots are found)
        [e for e in _sent_ents(verb) if e.label_ in ("DATE", "TIME")],
        key=lambda e: (
            not (
                (
                    e.root.head.i == verb.i
                    or (e.root.head.dep_ == "prep" and e.root.head.head.i == verb.i)
                )
                and e.start <= verb.i + 2
            )
        ),
    )
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME") or not _dates_the_verb(ent, verb):
            continue
        tv = _time_of(st, ent)
        if tv is None:
            continue
        if tv.value:
            return tv
        fallback = fallback or tv
    return fallback


def _path_up(tok: Token, top: Token) -> list[Token]:
    """``tok`` and its ancestors below ``top``."""
    path = [tok]
    for a in tok.ancestors:
        if a.i == top.i:
            break
        path.append(a)
    return path


def _dates_the_verb(ent: Span, verb: Token) -> bool:
    """Whether the time expression ``ent`` governs the speech verb ``verb``."""
    gov = ent.root
    if gov.dep_ == "poss" or (ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in ("'s", "’s")):
        # "told ministers at Tuesday's cabinet meeting" is the telling's date; "condemned
        # Friday's attack" is the attack's, not the speech's
        owner = gov.head
        at = owner.head.head
        return (
            owner.lemma_.lower() in OCCASIONS
            and owner.dep_ == "pobj"
            and owner.head.lower_ in ("at", "during", "in")
            and (
                at.i == verb.i
                # "Speaking to journalists at Friday's regular press briefing, … said": the
                # opening participle of the speech act
                or (
                    at.tag_ == "VBG"
                    and at.dep_ == "advcl"
                    and at.lemma_ in ("speak", "talk")
                    and at.i == _sent(at).start
                    and (at.head.i == verb.i or any(a.i == verb.i for a in at.head.ancestors))
                )
            )
        )
    if gov.dep_ == "appos" and gov.head.dep_ in ("nsubj", "nsubjpass"):
        return False  # "Anwar Ibrahim, who chairs ASEAN this year, called on": the speaker's
    be = verb.head
    if (
        verb.dep_ == "ccomp"
        and be.lemma_ == "be"
        and ent.end <= verb.left_edge.i
        and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ in DEADLINE_WORDS - {"until"})
        and (gov.head.i == be.i or (gov.head.dep_ == "prep" and gov.head.head.i == be.i))
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    ):
        return True  # a cleft: "It was in September 2025 that JNIM announced …", "It was
        # not until Tuesday that the ministry acknowledged …"
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in DEADLINE_WORDS:
        return False  # "promised us two more companies by August": a deadline
    opening = next(
        (
            a
            for a in ent.root.ancestors
            if a.tag_ == "VBG"
            and a.dep_ == "advcl"
            and a.lemma_ in ("speak", "talk", "address", "write")
            and a.i == _sent(a).start
        ),
        None,
    )
    if (
        opening is not None
        and opening.head.i != verb.i
        and opening.head.i < verb.i
        and any(a.i == verb.i for a in opening.head.ancestors)
    ):
        # "Speaking to reporters on Friday, IDF spokesman Brig Gen Effie Defrin acknowledged":
        # the parser hung the opening participle on the speaker's name; it still dates the act
        return True
    prep = gov.head
    noun = prep.head
    if (
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "from")
        and (noun.lemma_.lower() in DOCUMENTS or noun.lemma_.lower() in OCCASIONS)
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "at", "during")
        and noun.head.head.i != verb.i
        and any(a.i == verb.i for a in noun.head.head.ancestors)
        and not any(c.lemma_.lower() in ("that", "which") for c in noun.subtree)
        and not any(
            # not "said Berlin had warned in a meeting on Tuesday", nor "told POLITICO that
            # Slovakia had raised concerns in a meeting on Monday": another's act or clause
            # (the speaker's own "…, saying in a statement on Tuesday" is the same act)
            (
                # (a verb: "rejected the claim in comments to Suspilne on Sunday" is no claim)
                (a.lemma_.lower() in VERB_TYPES and a.pos_ in ("VERB", "AUX"))
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
            )
            and not (
                a.tag_ == "VBG" and a.head.i == verb.i and a.dep_ in ("advcl", "xcomp", "conj")
            )
            for a in _path_up(noun.head.head, verb)
        )
    ):
        # "accused the RSF of shelling El Obeid in a statement on Monday": the parser hung the
        # statement on what it accused them of; its date is the accusation's
        return True
    nouns = 0
    occasion = False  # whether the path up has passed an occasion ("in remarks broadcast …")
    while (
        gov.head.i != gov.i
        and gov.i != verb.i
        and (
            gov.pos_ not in ("VERB", "AUX")
            # "In a video posted on Monday, X praised": the video's date is the praise's
            # (a reduced participle: not "in a statement that he had been dismissed in
            # September", a clause the parser hung on the statement)
            or (
                gov.dep_ == "acl"
                and gov.tag_ == "VBN"
                and gov.head.dep_ == "pobj"
                and (
                    not any(c.dep_ in ("mark", "nsubjpass", "auxpass") for c in gov.children)
                    # the speech verb's own clause ("that Netanyahu had spoken with the parents
                    # on Thursday and told them")
                    or gov.left_edge.i <= verb.i <= gov.right_edge.i
                )
            )
            # "rejected the footage as fabricated on Thursday": the rejection's date
            # (not "declined to comment on whether it had reviewed two strikes this year": a
            # clause of its own, what was not discussed)
            or (
                gov.tag_ == "VBN"
                and gov.dep_ in ("pcomp", "oprd", "acomp")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in gov.children)
            )
            or (
                gov.tag_ == "VBN"
                and gov.dep_ == "advcl"
                and any(c.lower_ == "as" for c in gov.children)
            )
            # "Speaking at the weekend, Zelensky said": the occasion of the speech
            or (
                gov.tag_ == "VBG"
                and gov.dep_ == "advcl"
                and gov.lemma_ in ("speak", "talk", "address", "write")
                and (
                    gov.head.i == verb.i
                    # "President Said Abdullahi Deni, speaking at a rally last week, vowed": the
                    # parser hung it on the name it took for a verb, the verb's subject
                    or (gov.head.dep_ in ("nsubj", "nsubjpass") and gov.head.head.i == verb.i)
                )
            )
            # "An RSF adviser, speaking to Al Jazeera yesterday, conceded": the participle of
            # the subject is the occasion of the speech
            or (
                gov.tag_ == "VBG"
                and gov.dep_ == "acl"
                and gov.lemma_ in ("speak", "talk", "write")
                and gov.head.dep_ in ("nsubj", "nsubjpass")
                and gov.head.head.i == verb.i
            )
            # "Questioned again on Tuesday, the IDF conceded": when it was asked
            or (
                gov.tag_ == "VBN"
                and gov.dep_ == "advcl"
                and gov.lemma_ in ("question", "ask", "contact", "reach", "interview", "approach")
                and gov.head.i == verb.i
            )
        )
    ):
        # a participle inside a phrase ("in a video posted on Monday") dates its governor
        below, gov = gov, gov.head
        if gov.tag_ == "VBD" and gov.dep_ in ("nsubj", "nsubjpass") and gov.head.i == verb.i:
            gov = verb  # ("President Said Abdullahi Deni, speaking …": a name, not a verb)
        if (
            gov.pos_ in ("NOUN", "PROPN")
            and gov.i not in range(ent.start, ent.end)
            # "in a speech on Sunday", "in a message broadcast on Tuesday evening"
            and gov.lemma_.lower() not in OCCASIONS
            and gov.lemma_.lower() not in DOCUMENTS
            and gov.lemma_.lower() not in ("broadcast", "remark")
            and gov.ent_type_ not in ("DATE", "TIME")  # "on Monday evening": one expression
            # 'dismissed the claim as "lies peddled by terrorists" in remarks broadcast on
            # Sunday', 'rejected that claim as "a blatant lie" on Tuesday': the parser hung the
            # remarks or the day on a word of the quotation, which is no object of the date
            # (but 'as a "flagrant violation" of the November 2024 ceasefire' is)
            and not (
                (occasion or (below.dep_ == "prep" and ent.root.head.i == below.i))
                and _inside_quotation(gov)
                and not _inside_quotation(ent.root)
            )
        ):
            nouns += 1
        # (three look-ups, not a union of the sets made at every step up)
        occasion = (
            occasion
            or gov.lemma_.lower() in OCCASIONS
            or gov.lemma_.lower() in DOCUMENTS
            or gov.lemma_.lower() == "remark"
        )
    if gov.i == verb.i:
        # through two nouns the date is the object's: "noted reports of an exchange of fire
        # near Sotk on September 29" does not date the noting
        return nouns < 2
    # the parser made a name the root ("Minister ... Andrii Sybiha on Sunday called on") and
    # hung both the date and the verb off it
    return (
        gov.head.i == gov.i
        and (
            gov.pos_ not in ("VERB", "AUX")
            or gov.ent_type_ == "PERSON"
            # "Rutte, asked about it at a press conference on Wednesday, acknowledged": the
            # participle the parser made the root is when he was asked
            or (verb.dep_ == "dep" and gov.lemma_ in ("ask", "press", "question"))
        )
        and verb.head.i == gov.i
        and ent.end <= verb.i
    )


def _time(st: _Article, text: str) -> TimeValue | None:
    tv = resolve(text, st.published)
    if tv.value is None and not _has_date_words(text):
        return None
    if tv.value and st.published and first_day(tv.value) > st.published:
        # future dates are plans, not when something was said
        return TimeValue(tv.text, None, None, tv.qualifier)
    return tv


def _has_date_words(text: str) -> bool:
    return bool(
        re.search(
            r"\d|january|february|march|april|may|june|july|august|september|"
            r"october|november|december|monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday",
            text,
            re.I,
        )
    )


def _sent_ents(tok: Token) -> list[Span]:
    """The entities of a token's sentence; ``Span.ents`` rescans the whole document each time."""
    doc = tok.doc
    index = doc.user_data.get("frontline_sent_ents")
    if index is None:
        index = {}
        for ent in _doc_ents(doc):
            index.setdefault(_sent(ent[0]).start, []).append(ent)
        doc.user_data["frontline_sent_ents"] = index
    return list(index.get(_sent(tok).start, ()))


def _date_after_verb(st: _Article, f: _Found) -> TimeValue | None:
    """'Russia said on Saturday it had ...': the parser hangs the date on the reported clause.

    A date right after the speech verb (with or without "on") dates the speech act; it is taken
    out of the content.
    """
    doc = st.doc
    i = f.verb.i + 1
    if i < len(doc) and doc[i].lower_ in ("earlier", "later") and doc[i].ent_iob_ != "B":
        i += 1  # "said earlier on Friday it had received a report"
    if i < len(doc) and doc[i].lower_ in ("on", "late", "early"):
        i += 1
    if i >= len(doc) or doc[i].ent_type_ != "DATE" or doc[i].ent_iob_ != "B":
        return None
    ent = next((e for e in _sent_ents(doc[i]) if e.start == i), None)
    if ent is None or ent.root.dep_ == "poss":
        return None  # "condemned Friday's attack": the attack's date
    tv = _time(st, ent.text)
    if tv is not None:
        skip = set(range(f.verb.i + 1, ent.end))
        f.content = [t for t in f.content if t.i not in skip]
    return tv


def _date_in(st: _Article, tokens: list[Token]) -> TimeValue | None:
    """The first date mentioned among ``tokens`` ("at Wednesday's briefing")."""
    idx = {t.i for t in tokens}
    for t in tokens:
        if t.ent_type_ == "DATE" and t.ent_iob_ == "B":
            span = next((e for e in _sent_ents(t) if e.start == t.i), None)
            if span is not None and span.end - 1 in idx:
                return _time(st, span.text)
    return None


def _noun_date(st: _Article, noun: Token) -> TimeValue | None:
    """A date modifying a noun: 'his April 26 phone call'."""
    for ent in _sent_ents(noun):
        if ent.label_ == "DATE" and (ent.root.head.i == noun.i or noun.i in [t.i for t in ent]):
            return _time(st, ent.text)
    return None


# ---------------------------------------------------------------------------------------------
# statements


def _is_speech_verb(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in VERB_TYPES:
        return False
    if tok.text == "Said" and tok.ent_type_ == "PERSON":
        return False  # "President Said Abdullahi Deni": a first name, not the verb
    if (
        tok.pos_ == "VERB"
        or (tok.pos_ == "AUX" and lemma == "say")
        or (
            # "Channel 12 reports that …", tagged a plural noun: a verb with a subject and a
            # reported clause
            tok.tag_ == "NNS"
            and tok.dep_ == "ROOT"
            and lemma in ("report", "claim", "say")
            and any(c.dep_ == "nsubj" for c in tok.children)
            and any(
                c.dep_ in ("ccomp", "acl") and any(m.lower_ == "that" for m in c.children)
                for c in tok.children
            )
        )
    ):
        if lemma == "call":
            return (
                any(
                    c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for", "upon")
                    for c in tok.children
                )
                or _calls_a_claim_false(tok)
                or _calls_in_quotes(tok)
            )
        if lemma == "report" and tok.dep_ == "amod":
            return False
        if lemma == "inform":
            # "The Police Command wishes to inform the public that …", "Putin informed Macron of
            # the outcome": a main clause's subject informing someone (not "kept informed", "was
            # not authorised to inform the media", "said Moscow had informed it")
            main = tok.head if tok.dep_ == "xcomp" and tok.head.dep_ == "ROOT" else tok
            return (
                main.dep_ == "ROOT"
                and tok.tag_ in ("VB", "VBD", "VBZ", "VBP")
                and any(c.dep_ == "nsubj" for c in main.children)
                and any(c.dep_ == "dobj" for c in tok.children)
                and not any(c.dep_ == "neg" for c in (*tok.children, *main.children))
            )
        if lemma == "specify" and (
            any(c.dep_ == "neg" for c in tok.children)
            or not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
            and not _inside_quotation(tok.doc[max(tok.i - 2, 0)])
        ):
            # '"The enemy lost up to 410 personnel," the ministry specified' is a remark; "did
            # not specify how many" or "specified the date" is none
            return False
        if lemma == "put":
            # "As Zelensky put it, Ukraine will not give up its land": the main clause is his
            return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in tok.children
            )
        if (
            tok.tag_ == "VBN"
            and _as_relayed(tok)
            and tok.head.lemma_.lower() in VERB_TYPES
            and any(c.dep_ == "agent" for c in tok.children)
        ):
            return False  # "claimed, as quoted by TASS, that …": TASS relays the claim
        if lemma == "cite" and not any(
            c.dep_ == "prep" and c.lower_ == "as" and any(p.lemma_ == "say" for p in c.children)
            for c in tok.children
        ):
            return False  # "cited X as saying" relays; "cited high winds" does not
        if lemma in PARTICLES and not any(
            c.dep_ == "prt" and c.lower_ == PARTICLES[lemma] for c in tok.children
        ):
            return False
        if lemma == "ask" and (
            tok.tag_ == "VBN"
            or (tok.dep_ in ("advcl", "acl") and _subject(tok) is None)  # "Asked whether ..."
            or not any(
                c.dep_ == "xcomp"
                or (
                    c.dep_ == "ccomp"
                    and not any(m.lower_ in ("whether", "if") for m in c.children)
                    # "no longer ask what the shooting is": a question, not a request
                    and not any(m.tag_ in ("WP", "WRB", "WDT") for m in c.children)
                )
                for c in tok.children
            )
        ):
            return False  # "asked allies to send ..." is a demand; "asked about", "Asked whether"
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
            return False  # "asked whether NATO would respond": a question, nothing was said
        if (
            _stext(_sent(tok)).rstrip().endswith("?")
            and not _inside_quotation(tok)
            and any(c.tag_ in ("WP", "WDT", "WRB") for c in tok.children)
        ):
            return False  # "What has Russia said?": the explainer's question, not a statement
        if any(
            c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < tok.i
            for c in tok.children
        ) and (
            tok.dep_ in ("ccomp", "csubj", "pobj", "pcomp", "dobj")
            or "no matter what" in tok.doc[max(0, tok.i - 5) : tok.i].text.lower()
        ):
            # "citing what it said was an unpaid debt": a hedge on the main claim; but "What I
            # will acknowledge is that …" says the clause after "is"
            return tok.dep_ == "csubj" and _cleft_clause(tok) is not None
        if any(
            c.lower_ in ("whatever", "whoever") and c.dep_ in ("dobj", "nsubj") and c.i < tok.i
            for c in tok.children
        ):
            return False  # "whatever it may say and whatever it may offer": no speech act
        if (
            tok.tag_ == "VBN"
            and tok.dep_ in ("acl", "relcl")
            and any(c.dep_ == "auxpass" for c in tok.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            return False  # "the first attack to be claimed by the group since …": narration

        # "a statement relayed by ...": a relay, handled by the governing verb; but a verb the
        # parser hung off a root noun ("Analysts at X, a think tank, assessed that ...") speaks
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.lemma_.lower() in ("reject", "deny", "dismiss", "dispute")
            and tok.head.lower_ in DISPUTE_NOUNS
            and tok.head.dep_ in ("npadvmod", "appos", "advcl", "dobj")
            and tok.doc[tok.head.left_edge.i - 1].text == ","
            and any(c.dep_ == "agent" for c in tok.children)
        ):
            # "…, the NUG said on Tuesday, an accusation rejected by a spokesman for the
            # junta": a denial by the agent of what the sentence reports
            return True
        if _trailing_participle(tok):
            # "…, killing dozens of militants, the presidency announced on Monday": a trailing
            # attribution the parser made a participle of the speaker's noun
            return True
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            described = _described_noun(tok)
            return (
                tok.head.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "agent" for c in tok.children)
                and (
                    described.dep_ == "ROOT"
                    # "in a raid that Syria's foreign ministry condemned as a violation": a
                    # relative clause with a subject of its own, "that" taken for a conjunction
                    or any(c.dep_ == "nsubj" for c in tok.children)
                    # "An official, speaking on condition of anonymity, acknowledged to
                    # Al-Monitor that …": a reported clause makes it the finite verb
                    or (any(c.dep_ == "ccomp" for c in tok.children) and tok.i - tok.head.i > 1)
                )
            )
        return True
    # "but claim to still maintain ..." is tagged as a noun with a clausal complement
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "conj"
        and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
    )


#: verbs of a trailing attribution ("…, the presidency announced on Monday")
_TRAILING_VERBS = frozenset({"say", "announce", "report", "state", "confirm", "add", "claim"})


def _trailing_participle(tok: Token) -> bool:
    """ "…, killing dozens of militants, the presidency announced on Monday.": a speech verb
    the parser made a participle (acl) of the noun right before it, that noun set off by a
    comma inside the sentence, and nothing after the verb but a time or place: the noun speaks
    and what comes before the comma is said."""
    head = tok.head
    if (
        tok.dep_ != "acl"
        or tok.tag_ not in ("VBN", "VBD")
        or tok.lemma_.lower() not in _TRAILING_VERBS
        or head.i >= tok.i
        or not (head.i == tok.i - 1 or head.is_ancestor(tok.doc[tok.i - 1]))
        or head.pos_ not in ("NOUN", "PROPN")
        or head.dep_ not in ("dobj", "pobj", "appos", "conj", "npadvmod", "attr")
    ):
        return False
    sent = _sent(tok)
    left = head.left_edge.i
    if left < sent.start + 4 or tok.doc[left - 1].text != ",":
        return False
    if any(c.dep_ not in ("prep", "npadvmod", "punct", "advmod") for c in tok.rights):
        return False
    if any(not t.is_punct and not t.is_space for t in tok.doc[tok.right_edge.i + 1 : sent.end]):
        return False
    return (
        head.lemma_.lower() in PEOPLE_NOUNS
        or head.lemma_.lower() in BODY_HEADS
        or head.lower_ in ("presidency", "military", "police")
        or head.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
    )


def _described_noun(tok: Token) -> Token:
    """The noun a participle modifies; after a comma in a sentence parsed without a verb, the
    noun at its root: "The Coordination Committee (CorCom), an umbrella body of … that includes
    the PLA, alleged …" hangs "alleged" off "body" or "PLA", and "Committee" is the root."""
    if tok.dep_ == "acl" and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        root = _sent(tok).root
        if root.pos_ in ("NOUN", "PROPN") and root.i < tok.i:
            return root
    return tok.head


def _calls_a_claim_false(tok: Token) -> bool:
    """ "called the allegations baseless": a denial of what the object names."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        and obj.lower_ in DISPUTE_NOUNS
        and any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in tok.children)
    )


def _calls_in_quotes(tok: Token) -> bool:
    """'called the strikes "a heinous act of war"': a characterisation quoted as said."""
    # not 'for what he called "the liberation of El Fasher"': the writer's phrase for a thing
    return any(c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") for c in tok.children) and any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and _inside_quotation(c) for c in tok.children
    )


def _dangling_preposition(tok: Token) -> Token | None:
    """A "to", "for" or "of" on ``tok`` with no object: "An adviser to RSF commander Mohamed
    Hamdan Dagalo declined", where the parser made the object the verb's second subject."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("to", "for", "of") and not list(c.children)
        ),
        None,
    )


#: how a question addresses an official by title ("Minister Motegi, …")
ADDRESS_TITLES = frozenset(
    {"minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "madam", "president", "secretary"}
    | {"ambassador", "general", "spokesperson", "spokesman", "spokeswoman", "dr", "dr."}
)


def _clefted(subject: Token) -> Token | None:
    """Who a cleft sentence puts first: "it was North Korea itself that admitted …"."""
    verb = subject.head
    be = verb.head
    if (
        subject.lower_ not in ("that", "who")
        or subject.i > verb.i
        or verb.dep_ not in ("ccomp", "relcl")
        or be.lemma_ != "be"
        or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children)
    ):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.i < subject.i), None)


def _addressed_before(subject: Token) -> Token | None:
    """The subject after the one a question addresses: in "Minister Motegi, China's Foreign
    Ministry said yesterday that …" the parser made the minister the subject and the ministry
    his apposition; the name next to the verb speaks."""
    doc = subject.doc
    start = subject.left_edge
    if not (
        subject.pos_ == "PROPN"
        and start.lower_ in ADDRESS_TITLES
        and (start.is_sent_start or (start.i > 0 and doc[start.i - 1].text[-1] in (":", '"', "“")))
        and subject.i + 1 < len(doc)
        and doc[subject.i + 1].text == ","
    ):
        return None
    after = next(
        (c for c in subject.children if c.dep_ == "appos" and c.left_edge.i == subject.i + 2),
        None,
    )
    if (
        after is None
        or after.pos_ != "PROPN"
        or after.right_edge.i + 1 != subject.head.i
        or after.lemma_.lower() in ROLE_NOUNS
    ):
        return None
    return after


def _subject(tok: Token) -> Token | None:
    """The subject of ``tok`` (see _find_subject), found once per token of a document: the rules
    ask for the same verbs' subjects over and over (six times in seven calls). Its index is
    kept, not the token (see _subtree)."""
    doc = tok.doc
    found = doc.user_data.get("frontline_subjects")
    if found is None:
        found = doc.user_data["frontline_subjects"] = {}
    i = found.get(tok.i, -2)
    if i == -2:
        subject = _find_subject(tok)
        i = found[tok.i] = -1 if subject is None else subject.i
    return None if i == -1 else doc[i]


def _find_subject(tok: Token) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1:
        # '"The markings match Syria," said researcher Nick Waters': the parser gave "said" the
        # quotation's subject too; the speaker is the one outside the quotation marks
        outside = [c for c in subjects if not _inside_quotation(c)]
        # "An Israeli strike … killed 30 people, local health officials said": the parser gave
        # "said" the reported clause's subject too; the speaker is the one next to the verb
        subjects = sorted(outside or subjects, key=lambda c: abs(tok.i - c.i))
        # "A spokeswoman for the mission, whose monitors patrol …, declined": the relative
        # clause's subject is not the verb's
        # (nor is "a copy of which Meduza has seen", an aside on the document that speaks)
        subjects = [
            c
            for c in subjects
            if not any(w.lower_ == "whose" for w in c.children)
            and not any(
                w.dep_ == "prep" and any(p.tag_ in ("WDT", "WP") for p in w.children)
                for w in c.children
            )
        ] or subjects
        near, far = subjects[0], subjects[-1]
        if (
            len(subjects) == 2
            and far.i < near.i
            and far.pos_ == "PROPN"
            and (
                (
                    far.right_edge.i + 1 == near.left_edge.i - 1
                    and tok.doc[far.right_edge.i + 1].text == ","
                )
                # (the comma may hang on the name, a person's that opens the sentence)
                or (
                    far.right_edge.text == ","
                    and far.right_edge.i + 1 == near.left_edge.i
                    and far.ent_type_ == "PERSON"
                    and far.left_edge.is_sent_start
                )
            )
            and (
                any(c.dep_ == "det" for c in near.children)
                # "Lieutenant-Colonel Marc Elongo, spokesman for the army's 34th Military
                # Region, …, condemned": a title set off without its article
                or (near.lemma_.lower() in ROLE_NOUNS and near.tag_ == "NN")
            )
            and not any(
                c.dep_ == "ccomp"
                and c.i > tok.i
                and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
                for c in tok.children
            )
        ):
            # (but in "Germany, the defense minister told Shmyhal on Monday, would deliver …"
            # the name is the subject of what is told, which has none of its own)
            # "COGAT, the Israeli defense body that oversees aid, rejected …": the name and its
            # description, which the parser made two subjects; the name speaks
            return far
        after = far.right_edge.i + 1
        if (
            len(subjects) == 2
            and far.i < near.i
            and after + 1 < near.i
            and tok.doc[after].text == ","
            and tok.doc[after + 1].tag_ == "VBG"
            and near.left_edge.i == after + 1
        ):
            # "Abiy Ahmed, answering questions from members of the House of Peoples'
            # Representatives last week, vowed …": the parser made the set-off participle's
            # last noun a second subject
            return far
        dangling = _dangling_preposition(far)
        if (
            len(subjects) == 2
            and far.i < near.i
            and dangling is not None
            and dangling.i + 1 == near.left_edge.i
        ):
            # "An adviser to RSF commander Mohamed Hamdan Dagalo declined …": the parser made
            # the object of "to" a second subject; the adviser speaks
            return far
    if (
        len(subjects) == 1
        and subjects[0].pos_ == "NOUN"
        and subjects[0].i < tok.i
        and subjects[0].left_edge.i > 0
        and tok.doc[subjects[0].left_edge.i - 1].lemma_ in ("kill", "wound", "injure")
        and tok.doc[subjects[0].left_edge.i - 1].tag_ == "VBG"
        and any(c.dep_ == "nummod" for c in subjects[0].children)
        and (
            later := [
                c
                for c in subjects[0].children
                if c.dep_ in ("conj", "appos") and c.i > subjects[0].i
            ]
        )
    ):
        # "…, killing at least seven soldiers, a military officer and residents told AFP": the
        # parser joined the speakers to the victims counted; the first one named after them
        return later[0]
    if len(subjects) == 1 and subjects[0].pos_ == "NOUN" and subjects[0].i < tok.i:
        # "… killed at least 21 people, including nine children, the opposition National Unity
        # Government (NUG) said": the parser joined the speaker to the victims' list; a name
        # set off by a comma right before the verb, hung on an object of a preposition, speaks
        joined = [
            c
            for c in subjects[0].subtree
            if c.dep_ == "conj"
            and c.head.dep_ == "pobj"
            and c.pos_ == "PROPN"
            and c.right_edge.i + 1 == tok.i
            and tok.doc[c.left_edge.i - 1].text == ","
        ]
        if joined:
            return joined[0]
    if (
        len(subjects) == 1
        and subjects[0].i + 1 < tok.i
        and tok.doc[subjects[0].i + 1].text == ":"
        and (
            after_colon := [
                c for c in subjects[0].children if c.dep_ == "appos" and c.i > subjects[0].i + 1
            ]
        )
    ):
        # "Odera: The AFC/M23 says …", an interviewer's turn: the parser made the label the
        # subject and what follows the colon its apposition
        return after_colon[0]
    if subjects:
        return (
            _addressed_before(subjects[0])
            or _clefted(subjects[0])
            or _after_whom(subjects[0])
            or _titled_member(subjects[0])
            or subjects[0]
        )
    for aux in tok.children:
        if aux.dep_ == "aux" and aux.lemma_ == "do" and aux.i < tok.i:
            # "The IDF did, however, acknowledge …": the parser hung the subject on "did"
            held = next((c for c in aux.children if c.dep_ == "nsubj"), None)
            if held is not None:
                return held
    passive_subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None and not any(
        c.dep_ in ("auxpass", "agent") for c in tok.children
    ):
        # "A senior official who asked not to be named acknowledged …": the parser took the
        # relative clause's passive for the verb's; with no passive auxiliary it is the subject
        return passive_subject
    if tok.lemma_ in QUOTING:
        # "Peskov was quoted by TASS as saying ...": the quoted person speaks
        for c in tok.children:
            if c.dep_ == "nsubjpass":
                return c
    for c in tok.children:  # passive "was quoted by X" handled by the agent
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _titled_member(subject: Token) -> Token | None:
    """ "Kuomintang (KMT) Legislator Lin Kuan-yu, who sits on …, accused": the parser made the
    party the subject and its titled member an apposition; the member speaks."""
    if subject.pos_ != "PROPN":
        return None
    for c in subject.children:
        if (
            c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and c.ent_type_ == "PERSON"
            and any(
                t.lower_ in TITLES_ROLES_RANKS and t.is_title
                for t in subject.doc[subject.i + 1 : c.i]
                if t.dep_ == "compound" and t.head.i == c.i
            )
            and all(
                t.text in "()" or t.is_upper or t.head.i == c.i or t.i == c.i
                for t in subject.doc[subject.i + 1 : c.i]
            )
        ):
            return c
    return None


#: how long before or after: "hours after Kim Yo-jong warned"
_SPANS_OF_TIME = frozenset({"hour", "day", "minute", "week", "moment", "month"})


def _after_whom(subject: Token) -> Token | None:
    """ "…, hours after Kim Yo-jong, the powerful sister of …, warned that …": the parser made
    the span of time the subject of "warned"; the one who warned is the name after "after"."""
    if subject.lemma_.lower() not in _SPANS_OF_TIME:
        return None
    return next(
        (
            p
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ in ("after", "before")
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN"
        ),
        None,
    )


def _named_after_preposition(tok: Token) -> Token | None:
    """ "urged groups to stop … after Kim Yo-jong warned that …": a finite verb the parser
    joined to the main clause, right after a name it took for the object of "after"."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    if (
        before.dep_ == "pobj"
        and before.pos_ == "PROPN"
        and before.head.lower_ in ("after", "before", "since", "as")
        and before.head.i > tok.head.i
    ):
        return before
    return None


#: a body that speaks for an army: "the military said" may be it, the military it is not
_STAFF_NAME = re.compile(r"\b(?:general staff|chiefs of staff)\b", re.I)


#: "is pleased to announce": what the speaker is glad to say ("unable to confirm" says nothing)
_GLAD = frozenset({"pleased", "happy", "glad", "proud", "delighted", "honoured", "honored"})


def _inherited_subject(tok: Token) -> Token | None:
    """Subject of a verb without one: conj/advcl/xcomp take their head's; relcl its noun."""
    cur = tok
    head = tok.head
    if (named := _named_after_preposition(tok)) is not None:
        return named
    if tok.dep_ == "conj" and _inside_quotation(head) and not _inside_quotation(tok):
        # 'acknowledged that … because "the terrain is vast and they know it well", and said
        # …': the parser joined the verb to one inside the quotation; the speaker is the
        # subject of the verb outside it that the quotation's verbs are joined to
        up = head
        while up.dep_ == "conj" and _inside_quotation(up) and up.head.i != up.i:
            up = up.head
        if not _inside_quotation(up) and (outside := _subject(up)) is not None:
            return outside
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.head.text == "Said" and top.head.ent_type_ == "PERSON" and top.dep_ == "ccomp":
        # "President Said Abdullahi Deni, speaking at …, praised … and urged …": the parser
        # took the first name for the verb; the person it begins speaks
        name = next((e for e in _doc_ents(tok.doc) if e.start <= top.head.i < e.end), None)
        if name is not None:
            return tok.doc[name.end - 1]
    if tok.dep_ == "conj" and head.lemma_ in ("report", "relay") and tok.lemma_ != head.lemma_:
        # "KCNA reported that Ko Jong Chol had rejected the claim, and warned that …": an
        # outlet reports; the act joined to its report is the reported speaker's
        inner = next(
            (c for c in head.children if c.dep_ == "ccomp" and _is_speech_verb(c) and c.i < tok.i),
            None,
        )
        inner_subject = _subject(inner) if inner is not None else None
        if inner_subject is not None:
            return inner_subject
    but = any(c.dep_ == "cc" and c.lower_ == "but" for c in (*head.children, *tok.children))
    if (
        tok.dep_ == "conj"
        and (
            tok.lemma_ in OUTER_CONJUNCTS
            # "wrote that Russian units had gained a foothold … but conceded that …": a
            # concession set against what was reported is the reporter's
            or (but and tok.lemma_ in ("concede", "acknowledge", "admit", "insist"))
            # "acknowledged that violations had been committed by members of the security
            # forces, and said 23 of them had been referred": not the passive's agent
            or (head.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in head.children))
        )
        and (
            not _is_speech_verb(head)
            # "warned that Israel would respond with full force … and vowed that …": what would
            # be done is no act of speech, even with a speech verb
            or any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in head.children)
            # "said leaflets had been found in Kaesong, and accused …": nor is a passive
            or any(c.dep_ == "auxpass" for c in head.children)
        )
    ):
        # "Hamas said that Israel had violated the truce and accused Netanyahu of …", "said in a
        # statement that …": a speech act joined to the reported clause is the reporter's
        reporter = (
            head.head
            if head.dep_ in ("ccomp", "acl")
            # "said in a post on X that Rwandan troops had "not crossed into Congo" and
            # accused …": the clause made a relative clause of the post
            or (
                head.dep_ == "relcl"
                and head.head.lemma_ in STATEMENT_NOUNS
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
            )
            else None
        )
        while reporter is not None and reporter.dep_ in ("pobj", "prep"):
            reporter = reporter.head  # "a statement" -> "in" -> "said"
        if (
            reporter is not None
            and reporter.i < head.i  # not "Gerasimov inspected … and praised …, Zvezda reported"
            and (head.dep_ == "ccomp" or head.head.lemma_ in STATEMENT_NOUNS)
            and _is_speech_verb(reporter)
        ):
            outer = _subject(reporter)
            if outer is not None:
                return outer
    if (
        tok.dep_ == "conj"
        and tok.lemma_ in OUTER_CONJUNCTS
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
        and head.head.i != head.i
    ):
        # "vowed to escalate at sea if Israel resumed operations in Gaza and accused
        # Washington of …": the accusation is joined to the condition by the parser, but made
        # by whoever vowed
        outer_verb = head.head
        found = _subject(outer_verb) or _inherited_subject(outer_verb)
        if found is not None:
            return found
    for _ in range(6):
        subj = _subject(cur)
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and cur.dep_ == "relcl":
                return cur.head
            return subj
        if (
            cur.dep_ in ("conj", "advcl", "xcomp", "pcomp")
            # "The ministry is pleased to announce": the subject of the adjective's copula
            or (cur.dep_ == "acomp" and cur.lower_ in _GLAD and tok.dep_ == "xcomp")
            or (cur.dep_ == "prep" and tok.tag_ in ("VBD", "VBZ", "VBP"))
            # "Rutte, asked about the Spanish position …, acknowledged": the parser made the
            # participle the main verb, and the act a loose dependent of it
            or (cur.dep_ == "dep" and cur.head.lemma_ in ("ask", "press", "question"))
        ) and cur.head.i != cur.i:
            # "accused Moscow of trying to … and urged allies to …": a finite verb goes up
            # through "of" too (not "of failing to condemn them", which is what was said)
            cur = cur.head
            continue
        if cur.dep_ == "relcl":
            return cur.head
        if (
            cur.dep_ == "acl"
            and cur is not tok
            and cur.head.dep_ == "ROOT"
            and cur.head.pos_ in ("NOUN", "PROPN")
            and _is_speech_verb(cur)
        ):
            # "the Association …, which brings together …, alleged … and urged …", parsed with
            # the body as the root and its verbs as modifiers: the body is the subject
            return cur.head
        break
    return None


#: verbs whose object is followed by what it is charged with ("accused Moscow of shelling …")
GROUNDS_VERBS = {"accuse", "blame", "condemn", "criticize", "criticise", "praise", "thank", "hail"}

#: nouns for what a reported clause can be the content of ("said in a statement that …")
STATEMENT_NOUNS = {"statement", "post", "message", "communique", "address", "speech", "video"}

#: "Commenting on …, X said": a participle that names the occasion of the speech act it heads
OCCASION_PARTICIPLES = {"comment", "respond", "reply", "react", "speak", "answer"}

#: speech acts that, joined to a reported clause ("said that X had … and accused Y"), are the
#: reporter's rather than the reported clause's subject's
OUTER_CONJUNCTS = {
    "accuse",
    "urge",
    "condemn",
    "demand",
    "blame",
    "vow",
    "pledge",
    "promise",
    "warn",
    "reject",
    "deny",
    "dismiss",
    "praise",
    "hail",
    "thank",
    "welcome",
    "announce",
    "call",
}

#: "..., saying / adding / insisting ..." after a speech verb is part of that speech act; a
#: participle that performs an act of its own ("…, praising their fortitude", "…, hailing the
#: brigade") is a statement of its own
FOLDED_PARTICIPLES = {
    "say",
    "add",
    "insist",
    "warn",
    "accuse",
    "note",
    "stress",
    "explain",
    "tell",
    "claim",
    "allege",
    "emphasize",
    "emphasise",
    "call",
    "urge",
    "describe",
    # "rejected the claim, writing on Telegram that …", "denied it, stating that …"
    "state",
    "write",
    "post",
    "assert",
    "maintain",
    "reiterate",
    "argue",
}

CONCESSIVE = {"though", "although", "while", "whereas", "but", "even"}


def _without_asides(root: Token) -> list[Token]:
    """A clause's tokens without concessive asides ('..., though Moscow has not confirmed')."""
    sub = _subtree(root)  # walked once: spaCy makes the tokens anew at every walk
    cut = {
        x.i
        for t in sub
        if (
            t.dep_ == "advcl"
            and any(
                m.dep_ == "mark"
                and m.lower_ in CONCESSIVE
                # "stood by while settlers attacked" tells when, and is part of what is said;
                # "…, while Moscow denies it" sets another view beside it
                and (m.lower_ != "while" or (m.i > 0 and m.doc[m.i - 1].text == ","))
                for m in t.children
            )
        )
        # "..., a claim the Pentagon denied": a comment on the clause, not part of it
        or (t.dep_ == "appos" and t.lemma_.lower() in DISPUTE_NOUNS)
        # "... was a blow and called on ...": a second speech act coordinated into the clause
        or (
            t.dep_ == "conj"
            and t.lemma_.lower() in VERB_TYPES
            and t.i != root.i
            and t.pos_ == "VERB"
            # not "… and that the crew had not been told …": a second clause of what is said
            and not any(
                c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "mark" and c.lower_ == "that")
                for c in t.children
            )
        )
        for x in t.subtree
    }
    return [t for t in sub if t.i not in cut] if cut else sub


def _cleft_clause(tok: Token) -> Token | None:
    """ "What I will acknowledge is that there were no U.S. vessels nearby": the that-clause
    after "is", when the speech verb is the subject "what …" of it (a pseudo-cleft)."""
    if tok.dep_ != "csubj" or tok.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children):
        return None
    return next(
        (
            c
            for c in tok.head.children
            if c.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _as_clause_content(tok: Token) -> list[Token]:
    """What "As COGAT announced yesterday, aid continues to enter …" says: the clause the
    "as" clause is attached to."""
    if not (
        tok.dep_ == "advcl"
        and tok.i < tok.head.i
        and tok.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    ):
        return []
    own = {t.i for t in tok.subtree}
    return [t for t in tok.head.subtree if t.i not in own and not t.is_punct]


def _clause_on_the_occasion(tok: Token) -> tuple[Token, Token] | None:
    """ "admitted at the same briefing that the surveillance assets had lost track of the
    missiles": the parser read the that-clause as a relative clause of the occasion ("the
    briefing that …"); it is what was admitted. Returns "that" and the clause's verb."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for occasion in prep.children:
            if occasion.dep_ != "pobj" or occasion.lemma_.lower() not in OCCASIONS:
                continue
            for clause in occasion.children:
                that = tok.doc[clause.left_edge.i]
                if (
                    clause.dep_ == "relcl"
                    and that.lower_ == "that"
                    and that.head.i == clause.i
                    and clause.right_edge.i == occasion.right_edge.i  # the last thing said
                    and any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children
                    )
                ):
                    return that, clause
    return None


def _content_tokens(tok: Token) -> list[Token]:
    elsewhere = _cleft_clause(tok)
    if elsewhere is None and (
        tok.dep_ in ("pobj", "pcomp")
        and tok.head.lower_ == "as"
        and tok.head.head.lemma_ in QUOTING
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children)
    ):
        # "The newspaper quoted him as acknowledging, however, that troops had …": the parser
        # hung the clause on "quoted"
        elsewhere = next((c for c in tok.head.head.children if c.dep_ == "ccomp"), None)
    if elsewhere is not None:
        # what was said, hung elsewhere than on the verb
        return [t for t in elsewhere.subtree if not (t.dep_ == "mark" and t.head == elsewhere)]
    misread = _clause_on_the_occasion(tok)
    if misread is not None:
        pronoun, told = misread
        return [t for t in told.subtree if t.i != pronoun.i]
    subjects = sorted(
        (c for c in tok.children if c.dep_ == "nsubj" and not _inside_quotation(c)),
        key=lambda c: abs(tok.i - c.i),
    )
    if (
        len(subjects) > 1
        and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
        # "Foreign Ministry spokesperson Esmaeil Baghaei rejected": the title and the name the
        # parser made two subjects are one speaker
        and subjects[1].right_edge.i + 1 != subjects[0].left_edge.i
    ):
        # "An Israeli strike … killed 30 people, local health officials said": the parser made
        # the reported clause's subject a second subject of "said" (see _subject); it is what
        # was said
        said = [t for c in subjects[1:] for t in c.subtree]
        while said and said[-1].is_punct:
            said.pop()
        return said
    if tok.lemma_ == "put" and tok.dep_ == "advcl":
        own = {t.i for t in tok.subtree}
        return [t for t in tok.head.subtree if t.i not in own and not t.is_punct]
    if tok.dep_ == "parataxis" and not any(c.dep_ == "ccomp" for c in tok.children):
        # "The strike killed 12 people, the ministry said": the parser makes the attribution a
        # side clause of what was said
        own = {t.i for t in tok.subtree}
        aside = {
            x.i
            for c in tok.head.children
            if c.lower_ == "according" or (c.dep_ == "parataxis" and c.i != tok.i)
            for x in c.subtree
        }
        head = tok.head
        words = [
            t
            for t in head.subtree
            if t.i not in own and t.i not in aside and (t.i < tok.i or head.i > tok.i)
        ]  # what follows the attribution only when it is said mid-clause (before the verb)
        if head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
            # "militants who, he said, had planned the attack": what was said is that the
            # militants planned it
            relative = {t.i for t in words if t.tag_ in ("WP", "WDT") and t.head.i == head.i}
            clause = {t.i for t in head.subtree}
            antecedent = [t for t in head.head.subtree if t.i not in clause and t.i < head.i]
            words = antecedent + [t for t in words if t.i not in relative]
        while words and words[-1].is_punct:
            words.pop()
        return words
    for dep in ("ccomp", "xcomp"):
        # a clause after the verb first: in "X was attacked on Monday; WFP said that five drivers
        # were killed" the parser also hangs the first clause off "said"
        clauses = sorted((c for c in tok.children if c.dep_ == dep), key=lambda c: c.i < tok.i)
        if (
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].pos_ == "PROPN"
        ):
            # '“…,” said Leela Ramdass, 52, whose son was among those killed': the clause the
            # parser built around the name after an inverted verb is not what was said
            clauses = [
                c for c in clauses if not (c.i > tok.i and tok.i + 1 in {x.i for x in c.subtree})
            ] or clauses[:0]
        if clauses:
            said = _without_asides(clauses[0])
            edge = clauses[0].right_edge.i
            while tok.doc[edge].is_punct and edge > clauses[0].i:
                edge -= 1
            rest = [
                c
                for c in tok.children
                if c.dep_ == "advcl"
                and dep == "ccomp"
                and c.left_edge.i == edge + 2
                and tok.doc[edge + 1].text == ","
                and c.tag_ in ("VBD", "VBZ", "VBP")
                and not any(m.dep_ in ("mark", "advmod") and m.i < c.i for m in c.children)
                and not _is_speech_verb(c)
            ]
            if rest:
                # "reported that dozens of settlers, some of them armed …, descended on the
                # groves …, and that soldiers fired …": the parser cut the clause short at the
                # aside and hung its verb on the speech verb
                said += [t for c in rest for t in c.subtree]
            return said
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    reports = VERB_TYPES.get(tok.lemma_) in ("Remark", "Report")
    stray = [
        c
        for c in (tok.children if reports and subject is not None else ())
        if (
            c.dep_ == "dep"
            # "Shelling hit Horlivka, local officials said", the gerund taken for the verb of a
            # side clause: a finite verb inside, no "after", "when" or "because" before it
            or (
                c.dep_ == "advcl"
                and c.i < tok.i
                and any(t.tag_ in ("VBD", "VBZ", "VBP") for t in c.subtree)
                and not any(t.dep_ == "mark" for t in c.subtree)
            )
        )
        and subject is not None
        and c.right_edge.i + 1 < subject.left_edge.i
        and tok.doc[subject.left_edge.i - 1].text == ","
    ]
    if stray:
        # "Russian air defence systems on duty intercepted … 47 drones, the ministry said": a
        # long clause the parser could not build, left hanging on the verb as a bare dependent
        return [t for c in stray for t in c.subtree]
    if tok.lemma_ in ("vow", "pledge", "promise", "threaten", "undertake"):
        # "vowed in a televised speech on Thursday to continue attacks": the parser made the
        # infinitive an adverbial clause
        infinitive = next(
            (
                c
                for c in tok.children
                if c.dep_ == "advcl" and c.i > tok.i and any(a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if infinitive is not None:
            return list(infinitive.subtree)
    if tok.lemma_ == "call" and _calls_in_quotes(tok):
        # 'called the strikes "a heinous act of war"'
        return [
            t
            for c in tok.children
            if c.dep_ not in ("nsubj", "punct", "cc", "conj", "aux")
            for t in c.subtree
            if c.i > tok.i
        ]
    if any(c.dep_ == "agent" for c in tok.children) and tok.lemma_ not in QUOTING:
        # "The strike was confirmed by the Ukrainian air force": what was confirmed
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.tag_ not in ("WDT", "WP"):
            return list(subject.subtree)
    for c in tok.children:
        if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            # "fighting near its border, which she blamed on the Congolese army": the antecedent
            # and what the verb says of it
            own = {t.i for t in tok.subtree}
            head = tok.head
            while (
                head.dep_ == "pobj"
                and head.head.dep_ == "prep"
                and (head.head.head.pos_ in ("NOUN", "PROPN") or head.head.head.tag_ == "VBG")
            ):
                head = head.head.head  # "fighting near its border, which …": the fighting
            antecedent = [t for t in head.subtree if t.i not in own and t.i < tok.i]
            rest = [
                t
                for x in tok.children
                if x.i > tok.i and x.dep_ not in ("punct", "cc", "conj")
                for t in x.subtree
            ]
            return antecedent + rest
        if c.dep_ in ("dobj", "attr", "oprd") and c.lower_ not in ("reporters", "journalists"):
            toks = list(c.subtree)
            # "told reporters that ..." handled above; "accused X of Y", "blamed X for Y",
            # "condemned X over Y": what X is accused of belongs to the content
            if tok.lemma_ in GROUNDS_VERBS:
                toks += [
                    t
                    for p in tok.children
                    if p.dep_ == "prep" and p.i > c.i and p.lower_ in ("of", "for", "over")
                    for t in p.subtree
                ]
            # "acknowledged material damage at an industrial zone outside Shahroud", the place
            # hung on the verb: where it happened, not where it was said ("in a statement")
            toks += [
                t
                for p in tok.children
                if p.dep_ == "prep"
                and p.i == c.right_edge.i + 1
                and p.lower_ in ("at", "in", "near", "outside", "around")
                and not _occasion_phrase(p)
                and not any(o.lemma_.lower() in OCCASIONS | PLATFORMS for o in p.children)
                for t in p.subtree
            ]
            return toks
    for c in tok.children:
        if (
            c.dep_ == "prep"
            and c.lower_ in ("on", "for", "about", "of", "that")
            and tok.lemma_ in ("call", "comment", "warn", "accuse", "appeal", "insist")
        ):
            return list(c.subtree)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i:
            # 'rejected as "pure propaganda" the jihadists' claim that the camp had been
            # overrun': the parser hung the object on what the denier called it
            moved = next(
                (a for a in c.subtree if a.dep_ == "appos" and a.lower_ in DISPUTE_NOUNS), None
            )
            if moved is not None:
                return list(moved.subtree)
    for c in tok.children:
        if c.dep_ == "prep" and (
            (c.lower_ == "against" and tok.lemma_ in ("caution", "warn"))
            or (c.lower_ == "at" and tok.lemma_ == "lash")
        ):
            return list(c.subtree)  # "cautioned against optimism", "lashed out at the decision"
    if tok.lemma_ in CLAUSE_VERBS:
        # "said the operation could last weeks", parsed without a clause ("last" as an
        # adjective): the words after the verb still hold a subject and a verb of their own
        after = [t for t in _sent(tok) if t.i > tok.i and not t.is_space]
        while after and after[-1].is_punct:
            after.pop()
        that = next(
            (i for i, t in enumerate(after) if t.lower_ == "that" and t.dep_ == "mark"), None
        )
        if that is not None:
            after = after[that + 1 :]
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in after) and any(
            t.pos_ in ("VERB", "AUX") for t in after
        ):
            return after
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if (
        tok.dep_ in ("conj", "advcl")  # or made a side clause of it
        and tok.head.i < tok.i
        and tok.lemma_ in CLAUSE_VERBS | {"report"}
        and subject is not None
        and subject.left_edge.i > _sent(tok).start
        and tok.doc[subject.left_edge.i - 1].text == ","
    ):
        # "Russia has lost 1,060 soldiers over the past day, the General Staff reported on
        # Tuesday": a trailing attribution the parser coordinated with the clause it reports
        before = [t for t in _sent(tok) if t.i < subject.left_edge.i - 1 and not t.is_space]
        while before and before[-1].is_punct:
            before.pop()
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in before):
            return before
    for c in tok.children:
        # "alleged in a statement that nine civilians had been killed": the parser hung the
        # reported clause on the statement
        if c.dep_ == "prep" and c.lower_ in ("in", "through", "via"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in DOCUMENTS:
                    for x in p.children:
                        if x.dep_ in ("acl", "ccomp") and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in x.children
                        ):
                            return [y for y in x.subtree if not (y.dep_ == "mark" and y.head == x)]
    return []


def _span_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    # contiguous runs joined by a space: an aside cut from the middle ("The strike, the
    # ministry said, killed 12 people") leaves no trace
    # (a participle of speech cut from between two runs, ", saying", leaves a "; ")
    runs: list[tuple[str, bool]] = []  # (text, a participle was cut before it)
    ordered = sorted({t.i for t in tokens})
    start = prev = ordered[0]
    gap_participle = False
    for i in [*ordered[1:], None]:
        if i is not None and i == prev + 1:
            prev = i
            continue
        last = doc[prev]  # (the run's text cut from the kept text: no span is made)
        run_text = _text_of(doc)[doc[start].idx : last.idx + len(last)]
        runs.append((run_text.strip(" ,;\n"), gap_participle))
        if i is not None:
            gap_participle = any(doc[k].tag_ == "VBG" for k in range(prev + 1, i))
            start = prev = i
    text = ""
    for run, after_participle in runs:
        if run and text and run.lower().startswith("that "):
            text += "; " + run[5:]  # "… as assigned,” the military said, adding that there is …"
        elif run and text and after_participle:
            text += "; " + run  # "the withdrawal from Avdiivka, saying it was necessary"
        elif run:
            text = f"{text} {run}" if text else run
    text = DATELINE_RE.sub("", text.strip())
    text = re.sub(r"^(that|to)\s+", "", text)
    text = " ".join(text.strip(" ,.;“”\"'\n").split())
    # a clause cut before a coordinated speech act ends on its conjunction: drop it
    text = re.sub(r"[\s,;“”\"']+(and|but|or)$", "", text).strip(" ,.;“”\"'")
    # a quotation ending the content keeps its closing mark: 'the strikes "an act of war"'
    if text.count('"') % 2:
        text += '"'
    elif text.count("“") > text.count("”"):
        text += "”"
    return text


def _paragraph_marks(text: str) -> str:
    """The text with the quotation marks blanked out of a document quoted in full over
    paragraphs: each paragraph opens with a mark and none closes but the last, and no paragraph
    has a mark inside (no attribution breaks it: '"…," Syrskyi wrote. "…' is a quotation of
    his that goes on). Its last paragraph is then as much the issuer's own words as the ones
    before it, which no mark closes."""
    chars = list(text)
    run: list[int] = []  # where the opening marks of the run's paragraphs are
    for para in re.finditer(r"[^\n]+", text):
        line = para.group(0)
        at = para.start() + len(line) - len(line.lstrip())
        body = line.strip()
        opener = body[:1]
        if opener not in ('"', "“"):
            run = []
            continue
        closer = '"' if opener == '"' else "”"
        marks = [i for i, c in enumerate(body) if c in ('"', "“", "”")]
        if len(marks) == 1:
            run.append(at)  # a paragraph the quotation runs on from
            continue
        if run and len(marks) == 2 and body.endswith(closer):
            for i in (*run, at, at + len(body) - 1):
                chars[i] = " "
        run = []
    return "".join(chars)


def _doc_quotes(doc: Doc) -> list[tuple[int, int, str]]:
    """(char start, char end, text) of every quoted passage in the document (not a document
    quoted in full over paragraphs: see :func:`_paragraph_marks`)."""
    cached = doc.user_data.get("frontline_quotes")
    if cached is None:
        cached = []
        source = _text_of(doc)
        if '\n"' in source or "\n“" in source or source[:1] in ('"', "“"):
            source = _paragraph_marks(source)
        for rx in (CURLY_QUOTE_RE, STRAIGHT_QUOTE_RE):
            for m in rx.finditer(source):
                text = " ".join(m.group(1).split()).strip(" ,.;:")
                if text:
                    cached.append((m.start(), m.end(), text))
        cached.sort()
        doc.user_data["frontline_quotes"] = cached
    return cached


def _quotes_in(span: Span) -> list[tuple[int, int, str]]:
    """Quoted passages that open inside a sentence (they may close in the next one)."""
    quotes = _doc_quotes(span.doc)
    lo = bisect.bisect_left(quotes, (span.start_char, -1, ""))
    hi = bisect.bisect_left(quotes, (span.end_char, -1, ""))
    return quotes[lo:hi]


@dataclass
class _Found:
    verb: Token
    lemma: str
    stype: str
    speaker: str
    content: list[Token]
    negated: bool
    reported_by: str | None = None
    addressee: str | None = None
    date: TimeValue | None = None
    quotes: list[str] = field(default_factory=list)
    suppress: bool = False


#: who asks in a transcript: "Q:", "QUESTION:", "Journalist:"
QUESTION_MARKERS = {"q", "question", "questions", "journalist", "reporter", "moderator"}
#: the label of a transcript's answers when the title names the one who answers ("A:")
ANSWER_MARKERS = {"a", "answer"}
# a name of up to six words ("NATO Secretary General Mark Rutte"), a question's outlet in brackets
# ("Q [Reuters]:")
_TURN = re.compile(
    r"[ \t*_]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,5})(?:[ \t]*\[[^\]\n]{1,40}\])?"
    r"[ \t*_]*:[ \t*_]+\S"
)


def _transcript_turns(st: _Article) -> None:
    """The answers of a briefing transcript or interview: paragraphs opening with a person's name
    and a colon ("Lin Jian: China has always …", "MR. RYDER: …", "**Bereg:** No."), in an
    article with at least two such turns (questions by "Q:" or an outlet's name count). A turn
    runs on over the paragraphs after it until the next name. A surname is the person the
    title names in full ("… Pat Ryder … Hold a Press Briefing"); a name no entity has (a call
    sign) is a person when it answers at least twice and someone asks."""
    doc = st.doc
    paragraphs: list[tuple[int, int, int | None, str | None, bool]] = []  # start, end, label end
    unknown: dict[int, str] = {}
    titled: dict[str, str] = {}  # a title in a turn's label -> the person it introduced
    answerer: tuple[str | None] | None = None  # who the "A:" turns are
    publisher = _norm(re.sub(r"^the\s+", "", st.article.publisher or "", flags=re.I))
    publisher_words = [
        w for w in re.split(r"[\s-]+", st.article.publisher or "") if w[:1].isupper()
    ]
    initials = {
        "".join(w[0] for w in publisher_words[i:]) for i in (0, 1) if len(publisher_words) - i >= 2
    }
    # the interviewer of a Q&A, by the names of the byline
    byline = CREDIT_RE.search(st.article.text[:400])  # (masked in the parsed text)
    bylined = (
        {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", byline.group(0)) if w != "By"}
        if byline is not None and byline.group(0).lstrip().startswith("By")
        else set()
    )
    for para in re.finditer(r"(?:^|\n\s*\n)([^\n].*?)(?=\n\s*\n|\Z)", _text_of(doc), re.S):
        end = doc.char_span(para.start(1), para.end(1), alignment_mode="expand")
        if end is None:
            continue
        m = _TURN.match(para.group(1))
        span = (
            doc.char_span(
                para.start(1) + m.start(1), para.start(1) + m.end(1), alignment_mode="expand"
            )
            if m
            else None
        )
        if m is None or span is None:
            paragraphs.append((end.start, end.end, None, None, False))
            continue
        name = re.sub(r"^(?:mr|ms|mrs|dr)\.?\s+", "", m.group(1), flags=re.I)
        if name.lower() in QUESTION_MARKERS:
            paragraphs.append((end.start, end.end, span.end, None, True))
            continue
        if name.lower() in ANSWER_MARKERS:
            # "Press Conference by Defense Minister KOIZUMI Shinjiro": every "A:" is his; else
            # the person the text introduced before the first answer ("Senior Colonel Jiang
            # Bin, spokesperson for the Ministry of National Defense, answered questions …")
            if answerer is None:
                # (introduced before the first question: not "the military's spokesman, Major
                # General Zaw Min Tun" named in it)
                opened = next((p[0] for p in paragraphs if p[2] is not None), span.start)
                answerer = (
                    _title_author(st)
                    or next(
                        (
                            m.key
                            for before in dict.fromkeys((opened, span.start))
                            for m in reversed(st.mentions)
                            if m.end <= before and st.cls_of(m.key) == "Person"
                        ),
                        None,
                    ),
                )
            author = answerer[0]
            paragraphs.append((end.start, end.end, span.end if author else None, author, False))
            continue
        if (
            publisher
            and (
                _norm(re.sub(r"^the\s+", "", name, flags=re.I)) == publisher
                or (name.isupper() and name in initials)  # "TNH:", The New Humanitarian's
            )
        ) or name.lower() in bylined:  # "Odera:" after "By RUTH ODERA"
            paragraphs.append((end.start, end.end, span.end, None, True))  # "Kyiv Independent:"
            st.interview = True
            continue
        key = _role_holder(st, name, span.start) if name.lower() in ROLE_NOUNS else None
        if key is None and name.isupper() and len(name.split()) == 1:
            # "MS. LEAVITT:": the person named in full in the text or the title, not the NER's
            # "LEAVITT"
            key = st.surname_keys.get(name.lower()) or _named_in_title(st, name)
            if key is not None:
                st.mentions = [m for m in st.mentions if not span.start <= m.start < span.end]
                st.add_mention(span.start, span.end, key)
                for t in span:
                    st.token_key[t.i] = key
        if key is None and name.split()[-1].lower() in TITLES_ROLES_RANKS:
            # "NATO Secretary General:" after "NATO Secretary General Mark Rutte:": the person
            # the same title introduced
            key = titled.get(_norm(name))
        if key is not None:
            for t in span:
                st.token_key[t.i] = key  # "Spokesman:" is Stéphane Dujarric, named before
        else:
            keys = [k for t in span if (k := st.key_at(t))]
            # "NATO Secretary General Mark Rutte:": the person, not the body of the title
            key = next((k for k in keys if st.cls_of(k) == "Person"), keys[0] if keys else None)
            if key is not None and st.cls_of(key) == "Person":
                first = next(t.i for t in span if st.key_at(t) == key)
                if first > span.start:
                    titled.setdefault(_norm(doc[span.start : first].text), key)
        if key is None:
            words = name.split()
            key = st.surname_keys.get(words[-1].lower()) or st.ref_by_name.get(_norm(name.title()))
        if key is None and len(name.split()) == 1:
            key = _named_in_title(st, name)
            if key is not None:
                st.add_mention(span.start, span.end, key)
        if (
            (
                key is None
                or (key in st.entities and st.cls_of(key) == "Person" and st.label_of(key) == name)
            )
            and len(name.split()) == 1
            and name[:1].isupper()
        ):
            # "Kasongo:" after "Jean-Pierre Kasongo Mbuyi" (a surname of two words): the one
            # person named in full with that word
            people = {
                k
                for k, d in st.entities.items()
                if d.cls == "Person" and len(d.label.split()) > 1 and name in d.label.split()
            }
            if len(people) == 1:
                key = people.pop()
                st.mentions = [m for m in st.mentions if not span.start <= m.start < span.end]
                st.add_mention(span.start, span.end, key)
                for t in span:
                    st.token_key[t.i] = key
        if key is None and name.isalpha() and name.isupper() and 2 <= len(name) <= 4:
            # "EK: I reject that statement entirely." after "Eliane Kabeya: …": the one person
            # named with those initials
            people = {
                k
                for k, d in st.entities.items()
                if d.cls == "Person"
                and "".join(w[0] for w in re.split(r"[\s-]+", d.label) if w[:1].isupper()) == name
            }
            if len(people) == 1:
                key = people.pop()
                st.add_mention(span.start, span.end, key)
        if key is None or key not in st.entities:
            if name[:1].isupper() and len(name.split()) <= 3:
                unknown[len(paragraphs)] = name
                paragraphs.append((end.start, end.end, span.end, None, False))
            else:
                paragraphs.append((end.start, end.end, None, None, False))
            continue
        cls = st.cls_of(key)
        if cls == "MediaOutlet":
            paragraphs.append((end.start, end.end, span.end, None, True))  # "AFP: …": a question
            if not _is_publisher(st, key):
                st.asked_by.append((span.end, end.end, key))
            st.interview = st.interview or _is_publisher(st, key)
        elif cls == "Person":
            paragraphs.append((end.start, end.end, span.end, key, False))
        else:
            paragraphs.append((end.start, end.end, None, None, False))
    asked = any(q for *_, q in paragraphs)
    counts = Counter(unknown.values())
    for n, name in unknown.items():
        a, b, label_end, _, _ = paragraphs[n]
        if asked and counts[name] >= 2:
            key = "person/" + slug(name)
            st.ensure(key, "Person", name)
            st.add_mention(a, label_end or a, key)
            paragraphs[n] = (a, b, label_end, key, False)
        else:
            paragraphs[n] = (a, b, None, None, False)  # no turn: a colon in prose
    # (from, to, who, a question, answers a question)
    turns: list[tuple[int, int, str | None, bool, bool]] = []
    for _, b, label_end, key, question in paragraphs:
        if label_end is not None:
            answers = bool(turns) and turns[-1][3] and not question
            turns.append((label_end, b, key, question, answers))
        elif turns and turns[-1][2] is not None:
            start, _, who, _, answers = turns[-1]
            turns[-1] = (start, b, who, False, answers)  # the answer goes on here
    if len(turns) >= 2 and any(k for _, _, k, _, _ in turns):
        st.turns = [(a, b, k) for a, b, k, _, _ in turns if k]
        st.answers = {a for a, _, k, _, answers in turns if k and answers}


def _named_in_title(st: _Article, surname: str) -> str | None:
    """The person a one-word turn name stands for, named in full in the title: "MR. RYDER" in
    "… Maj. Gen. Pat Ryder and Deputy Pentagon Press Secretary Sabrina Singh Hold a …"."""
    title = st.article.title or ""
    for m in re.finditer(r"([A-Z][\w'’-]+)\s+(" + re.escape(surname) + r")\b", title, re.I):
        first = m.group(1)
        if first.lower().rstrip(".") in TITLES_ROLES_RANKS or not first[0].isupper():
            continue
        label = f"{first} {m.group(2)[0].upper()}{m.group(2)[1:].lower()}"
        key = st.ref_by_name.get(_norm(label)) or "person/" + slug(label)
        st.ensure(key, "Person", st.ref.entities[key].label if key in st.ref.entities else label)
        return key
    return None


#: the kind of place at the end of its name: "White Nile state", "Kherson oblast"
_PLACE_KIND_END = re.compile(r"\s+(?:state|province|region|oblast|county|district|governorate)$")


def _titled_by_affiliation(st: _Article, body: str | None, noun: str) -> bool:
    """Whether the body a person is affiliated with is the rest of a title the role noun ends:
    the "Force Spokesperson" (read as a body), whose holder is not the bare "Spokesperson"."""
    if body is None or body not in st.entities:
        return False
    words = st.label_of(body).lower().split()
    last = words[-1] if words else ""
    return len(words) >= 2 and (last == noun or (last in SPOKES_WORDS and noun in SPOKES_WORDS))


def _role_holder(st: _Article, role: str, before: int) -> str | None:
    """The person named before token ``before`` who holds ``role`` ("Spokesman" in a briefing
    introduced as "by Stéphane Dujarric, Spokesman for the Secretary-General")."""
    pattern = rf"\b{re.escape(role.lower())}\b"
    for m in sorted(st.mentions, key=lambda m: m.start):
        d = st.entities[m.key]
        if (
            m.start < before
            and d.cls == "Person"
            and d.label.lower() != role.lower()
            and any(_holds_role(pattern, r.lower()) for r in d.roles)
        ):
            return m.key
    return None


#: ranks a role noun names, with the abbreviation a name is written with ("Gen. Cardozo")
RANK_SHORT_FORMS = {"general": "gen", "colonel": "col", "admiral": "adm", "captain": "capt"}

#: words that make a title another office: a prime or deputy minister is not the minister
RANK_QUALIFIERS = frozenset({"prime", "deputy", "vice", "acting", "first", "assistant"})

#: words before a title that make it another office, unless asked for: the press secretary
#: is not "the Secretary", the deputy minister not "the minister"
OTHER_OFFICE_WORDS = RANK_QUALIFIERS | {"press", "under"}


def _another_office(names: list[str], title: str, qualifiers: list[str]) -> bool:
    """Whether every name holding ``title`` holds it as another office ("Pentagon Press
    Secretary" for "the Secretary")."""
    found = [
        m.group(1) if m else None
        for n in names
        if re.search(rf"\b{re.escape(title)}\b", n)
        for m in [re.search(rf"(\w+)\s+{re.escape(title)}\b", n)]
    ]
    return bool(found) and all(w in OTHER_OFFICE_WORDS and w not in qualifiers for w in found)


#: words that tell one minister's portfolio from another's
PORTFOLIOS = frozenset(
    {"foreign", "defence", "defense", "interior", "finance", "justice", "health", "energy"}
    | {"economy", "economic", "education", "trade", "agriculture", "transport", "information"}
)


def _holds_role(pattern: str, role: str) -> bool:
    """Whether ``role`` is the role ``pattern`` names, not one that serves it: "Spokesman for
    the Secretary-General" is no secretary-general."""
    m = re.search(pattern, role)
    return m is not None and not re.search(r"\b(?:for|of|to)\b", role[: m.start()])


#: role words a wire lede uses for a spokesperson it names in the next paragraph
SPOKES_WORDS = ("spokesperson", "spokesman", "spokeswoman")


#: roles an unnamed lede speaker may hold that a person named next, with the same role words,
#: turns out to hold ("Venezuela's defense minister said …  Defense Minister Vladimir Padrino
#: López")
LEDE_ROLE_WORDS = {"minister", "governor", "mayor", "commander", "ambassador", "envoy", "head"}
#: the titles a lede's office may be named with later ("A Chinese envoy …" … "Geng Shuang,
#: China's deputy permanent representative to the UN")
LEDE_ROLE_TITLES = {
    "envoy": ("envoy", "representative", "ambassador"),
    "ambassador": ("ambassador", "representative", "envoy"),
}


def _as_governor(role: str) -> str:
    """A role in lower case, with "regional governor" added to a Ukrainian region's head ("the
    head of the Zaporizhzhia regional military administration" is what wires call its
    governor)."""
    role = role.lower()
    if re.search(REGION_HEAD_PATTERN, role):
        role += " (regional governor)"
    return role


#: "The following is the Kremlin's readout of …", "The following is the text of a statement by
#: the ministry": the article reproduces a document
_FOLLOWING_IS = re.compile(
    r"\bThe following is (?:the (?:full )?(?:text|transcript) of )?(?:the |a )?"
    r"(?:(?P<owner>[A-Z][\w.'’ -]{1,60}?)['’]s )?(?:readout|statement|text|transcript|communique)"
    r"(?: (?:issued )?by (?:the )?(?P<by>[A-Z][\w.'’ -]{1,60}?))?[,. ]"
)
#: a heading in capitals that ends the document: "UKRAINIAN REACTION"
_CAPS_HEADING = re.compile(r"\n\s*[A-Z][A-Z' -]{5,}\s*\n")


def _reproduced_document(st: _Article) -> None:
    """The statements of a document an article reproduces ("The following is the Kremlin's
    readout of …, as published on the Kremlin website") are relayed by the one who issued it, up
    to a heading in capitals that returns to the outlet's own reporting ("UKRAINIAN
    REACTION")."""
    text = _text_of(st.doc)
    m = _FOLLOWING_IS.search(text, 0, 1500)
    if m is None:
        return
    span = st.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    name = m.group("owner") or m.group("by")
    if span is None or not name:
        return
    issuer = next(
        (k for t in span if (k := st.key_at(t)) and st.cls_of(k) in BODY_CLASSES), None
    ) or st.ref_by_name.get(_norm(name))
    if issuer is None:
        return
    if issuer not in st.entities:
        ref = st.ref.entities[issuer]
        st.ensure(issuer, ref.cls, ref.label)
    heading = _CAPS_HEADING.search(text, m.end())
    end = heading.start() if heading else len(text)
    start_tok, end_char = _sent(span[0]).end, end
    for n, s in enumerate(st.statements):
        verb = st.doc[st.stmt_tokens[s.index][0]]
        if (
            start_tok <= verb.i
            and verb.idx < end_char
            and s.reported_by is None
            and s.speaker != issuer
        ):
            st.statements[n] = replace(s, reported_by=issuer)


#: titles of the head of a body
HEAD_TITLES = ("head", "director", "chief", "chair", "president", "governor", "mayor", "leader")


def _lede_word(label: str) -> str:
    """The office a lede's unnamed speaker holds: "spokesman" in "the army's spokesman", "head"
    in "the head of its military administration"."""
    words = label.lower().split()
    # ("the Russian-installed head of the occupied peninsula")
    if any(words[i] == "head" and words[i + 1] == "of" for i in range(min(2, len(words) - 2))):
        return "head"
    for i, w in enumerate(words[:3]):
        if w in SPOKES_WORDS and words[i + 1 : i + 2] in (["for"], ["of"]):
            return w  # "a spokesman for the ruling junta"
        if w == "commander" and words[i + 1 : i + 2] == ["of"]:
            return w  # "the commander of the U.N.-authorised Gang Suppression Force in Haiti"
    return words[-1] if words else ""


def _lede_at(sents: Sequence[Span]) -> int:
    """Which sentence is the lede: the first, after a byline ("By MARIE-ANGE DORVAL and JOSHUA
    PRICE Associated Press") or a short heading without a verb."""
    for n, sent in enumerate(sents[:4]):
        if not (
            re.match(r"\s*By\b", sent.text)
            or len(sent) < 6
            or not any(t.pos_ in ("VERB", "AUX") for t in sent)
        ):
            return n
    return 0


def _lede_speaker_named_later(st: _Article) -> None:
    """A wire lede's "A Chinese defense spokesperson on Thursday warned …", followed by
    "…, Zhang Xiaogang, spokesperson for the Ministry of National Defense, told a press
    conference": the spokesperson is the one named right after. So is "the U.N.
    secretary-general's spokesman said Monday" before "spokesman Stéphane Dujarric", and
    "Venezuela's defense minister said" before "Defense Minister Vladimir Padrino López" (a
    minister, governor … only when the later title has every word of the lede's)."""
    suffix = "-" + st.short_id[:8]

    def unnamed(key: str) -> bool:
        d = st.entities[key]
        word = _lede_word(d.label)
        return (
            d.cls == "Person"
            and key not in st.ref.entities
            and (
                key.endswith(suffix)
                or not d.label[:1].isupper()
                or "'s " in d.label
                # "the Burundian army spokesman has admitted", "the Russian-installed head of …"
                or st.country_key(d.label.split()[0]) is not None
                or st.country_key(d.label.split()[0].split("-")[0]) is not None
            )
            and (word in SPOKES_WORDS or word in LEDE_ROLE_WORDS)
        )

    if not any(unnamed(s.speaker) for s in st.statements):
        return  # no unnamed spokesperson or minister speaks: nothing to look for (most articles)
    sents = _sents(st.doc)
    first = _lede_at(sents)
    if len(sents) < first + 2:
        return
    lede, sents = sents[first], sents[first:]
    # a spokesperson is named within three sentences; an office holder whose later title has
    # every word of the lede's ("the regional governor" … "Sumy regional Gov. Oleh Hryhorov")
    # may wait until after the other side has been heard
    near, far = sents[min(3, len(sents) - 1)].end, sents[min(5, len(sents) - 1)].end
    for s in list(st.statements):
        d = st.entities[s.speaker]
        verb = st.stmt_tokens[s.index][0]
        word = _lede_word(d.label)
        if not lede.start <= verb < lede.end or not unnamed(s.speaker):
            continue
        # "a spokesman for the ruling junta" … "junta spokesman Major General Zaw Min Tun":
        # whose spokesman, when the lede says it, is said again in the later title
        body = re.split(r"\s+(?:for|of)\s+", d.label, maxsplit=1)
        whose = (
            [
                w.lower()
                for w in body[1].split()
                if w.lower() not in ("the", "a", "an", "ruling") and not st.country_key(w)
            ]
            if word in SPOKES_WORDS and len(body) == 2
            else []
        )
        if word in SPOKES_WORDS:
            needed = [word]
            words: tuple[str, ...] = SPOKES_WORDS
        else:
            # the title's own words, less whose it is ("Venezuela's", "the")
            needed = [
                w.lower()
                for w in d.label.split()
                if not w.endswith(("'s", "’s"))
                # "the regional governor" … "governor Vyacheslav Gladkov": a governor's office
                # is regional whether or not the title says so
                and w.lower() not in ("the", "a", "an", "regional", "provincial")
                and not st.country_key(w)
                and w.lower() != word
            ]
            words = LEDE_ROLE_TITLES.get(word, (word,))
        country = next((k for w in d.label.split() if (k := st.country_key(w))), None)
        # "a Ukrainian military spokesperson" may be named after some background, as long as
        # the one named speaks for that state
        national = word in SPOKES_WORDS and not whose and country is not None
        limit = near if word in SPOKES_WORDS and not whose and not national else far
        named = next(
            (
                m.key
                for m in sorted(st.mentions, key=lambda m: m.start)
                if lede.end <= m.start < limit
                and m.key != s.speaker
                and st.cls_of(m.key) == "Person"
                and (not national or m.start < near or _side(st, m.key) == country)
                and any(
                    any(w in r for w in words)
                    and all(n in r for n in needed if n not in SPOKES_WORDS)
                    for r in map(_as_governor, st.entities[m.key].roles)
                )
                # (the title's words just before the name: "junta spokesman Major General")
                and (
                    not whose
                    or any(t.lower_ in whose for t in st.doc[max(0, m.start - 6) : m.start])
                )
            ),
            None,
        )
        if named is None and word not in SPOKES_WORDS and country is not None:
            # "Ukraine's top military commander has insisted …" … "Gen Oleksandr Syrskyi": the
            # one person of the reference in the story whose office has that word, of that state
            fits = {
                m.key
                for m in st.mentions
                if lede.end <= m.start < limit
                and m.key in st.ref.entities
                and st.cls_of(m.key) == "Person"
                and _side(st, m.key) == country
                and any(word in r.lower() for r in st.ref.entities[m.key].roles)
            }
            named = fits.pop() if len(fits) == 1 else None
        if named is None and word in LEDE_ROLE_WORDS:
            # "The commander of the U.N.-authorised Gang Suppression Force in Haiti said …"
            # … "Major General Daniel Kimutai of Kenya, who took command of the force, was
            # interviewed …": the person the next sentence is about, told in the office's word
            second = sents[1]
            about = {
                m.key
                for m in st.mentions
                if second.start <= m.start < second.end
                and st.cls_of(m.key) == "Person"
                and st.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                and st.doc[m.end - 1].head.i == second.root.i
            }
            told = any(
                t.lemma_.lower().startswith(word[:6]) and st.key_at(t) is None for t in second
            )
            if (
                len(about) == 1
                and told
                and not (about & {m.key for m in st.mentions if m.start < lede.end})
                # ("Ukraine's U.N. ambassador" is not Russia's, named next)
                and all(
                    _side(st, next(iter(about))) == k
                    for w in d.label.lower().split(word)[0].split()
                    if (k := st.country_key(re.sub(r"['’]s$", "", w)))
                )
            ):
                named = about.pop()
        if named is None and (word in SPOKES_WORDS or word == "head"):
            # "…, the Taliban administration's chief spokesman said on Tuesday. Zabihullah
            # Mujahid said on X that …": the person who speaks first in the next sentence,
            # with no title of his own to say he is someone else
            second = sents[1]
            named = next(
                (
                    o.speaker
                    for o in st.statements
                    if second.start <= st.stmt_tokens[o.index][0] < second.end
                    and o.speaker != s.speaker
                    and st.cls_of(o.speaker) == "Person"
                    and (
                        # (a rank is no title: "Brigadier General Ali Mohammad Naini said")
                        (
                            all(
                                w.lower().rstrip(".") in RANKS
                                for r in st.entities[o.speaker].roles
                                for w in r.replace("-", " ").split()
                            )
                            and o.speaker not in st.ref.entities
                        )
                        # "The head of the U.N. nuclear watchdog warned …" … "Rafael Grossi,
                        # director general of the International Atomic Energy Agency, said": a
                        # head may be named with the title his body gives him
                        or (
                            word == "head"
                            and any(
                                h in r.lower()
                                # (a reference person's roles are copied in: see ensure;
                                # "a former general appointed in April to lead the Tigray
                                # Interim Regional Administration")
                                for r in st.entities[o.speaker].roles
                                for h in (*HEAD_TITLES, "to lead ")
                            )
                        )
                        # "Ethiopia's government spokesman accused …" … "Legesse Tulu, head of
                        # Ethiopia's Government Communication Service": a spokesman's office
                        or (
                            word in SPOKES_WORDS
                            and any(
                                w in r.lower()
                                for r in st.entities[o.speaker].roles
                                for w in ("communication", "press", "information", "spokes")
                            )
                            and (country is None or _side(st, o.speaker) in (None, country))
                        )
                    )
                    and o.reported_by is None
                ),
                None,
            )
        if named is not None:
            _speaker_named(st, s.speaker, named)


def _speaker_named(st: _Article, unnamed: str, named: str) -> None:
    """Every statement of the unnamed speaker a lede described is the named one's."""
    for o in st.statements:
        if o.speaker == unnamed:
            st.statements[o.index] = replace(o, speaker=named)


def _lede_group_named_later(st: _Article) -> None:
    """A lede's unnamed insurgents ("Al Qaeda-linked jihadists on Thursday claimed
    responsibility …", "an al Qaeda-linked group claimed") are the armed group that speaks,
    named, in the next five sentences ("The Group for the Support of Islam and Muslims (JNIM)
    said …"), and so are "the jihadists" after."""
    sents = _sents(st.doc)
    first = _lede_at(sents)
    if len(sents) < first + 2:
        return
    sents = sents[first:]
    lede, limit = sents[0], sents[min(5, len(sents) - 1)].end
    for s in list(st.statements):
        d = st.entities[s.speaker]
        words = d.label.lower().replace("-", " ").split()
        if (
            d.cls != "Group"
            or s.speaker in st.ref.entities
            or not words
            or not (
                words[-1].removesuffix("s") in INSURGENTS
                # "an al Qaeda-linked group", "a jihadist group"
                or (
                    words[-1] == "group"
                    and {"linked", "jihadist", "militant", "armed"} & set(words)
                )
            )
            or not lede.start <= st.stmt_tokens[s.index][0] < lede.end
        ):
            continue
        named = next(
            (
                o.speaker
                for o in st.statements
                if lede.end <= st.stmt_tokens[o.index][0] < limit
                and st.cls_of(o.speaker) in ("ArmedForce", "Organization")
                and _side(st, o.speaker) is None
            ),
            None,
        )
        if named is None:
            continue
        unnamed = s.speaker
        _speaker_named(st, unnamed, named)
        for i, k in list(st.token_key.items()):
            if k == unnamed:
                st.token_key[i] = named


def _turn_speaker(st: _Article, tok: Token) -> str | None:
    """The person answering in the transcript paragraph that holds ``tok``, if any."""
    return next((k for a, b, k in st.turns if a <= tok.i < b), None)


def _unspoken_turns(st: _Article) -> None:
    """An answer at a briefing with no speech verb of its own is still a speech act: the
    speaker's Remark (in an interview, only the answers' own speech verbs are)."""
    if st.interview:
        return
    for start, end, key in st.turns:
        if start not in st.answers:
            continue  # "MR. RYDER: OK. With that, we'll go to questions.": no answer
        if any(
            s.speaker == key and start <= st.stmt_tokens[s.index][0] < end for s in st.statements
        ):
            continue
        first = st.doc[start]
        while first.i < end - 1 and (first.is_punct or first.is_space):
            first = st.doc[first.i + 1]
        sent = _sent(first)
        content = [t for t in sent if t.i >= first.i and t.i < end]
        if not content:
            continue
        answer = " ".join(st.doc[first.i : end].text.split())
        if COURTESY_RE.fullmatch(answer):
            continue  # "Thank you. Have a good afternoon.": no answer
        f = _Found(first, "say", "Remark", key, content, False, quotes=[answer])
        _emit(st, sent, f)


#: what a briefing's turn may hold that answers nothing
COURTESY_RE = re.compile(
    r"(?:(?:thank you|thanks|you're welcome|good (?:morning|afternoon|evening)|"
    r"have a (?:good|nice|great) (?:day|afternoon|evening|weekend)|ok(?:ay)?|all right|sure)"
    r"(?:,? (?:all|everyone|everybody|very much|again|\w+))?[.!,]?\s*)+",
    re.I,
)


def _quoted_as_saying(st: _Article, sent: Span, found: list[_Found]) -> _Found | None:
    """ "Fana …, which is close to the government, quoted General X, commander of …, as saying
    that …", when the parser lost the verb "quoted" (an adjective, say): X's statement, relayed
    by whoever quoted."""
    for tok in sent:
        if tok.lemma_ != "say" or tok.tag_ != "VBG" or tok.head.lower_ != "as":
            continue
        if any(f.verb.i == tok.i or tok.i in {t.i for t in f.content} for f in found):
            continue
        quoted = next(
            (t for t in sent if t.i < tok.i and t.lower_ in ("quoted", "quotes", "quoting")), None
        )
        if quoted is None or any(f.verb.i == quoted.i for f in found):
            continue
        speaker = next(
            (
                k
                for t in st.doc[quoted.i + 1 : tok.i]
                if (k := st.key_at(t)) and st.cls_of(k) in ACTOR_CLASSES
            ),
            None,
        )
        relayer = next(
            (
                k
                for t in reversed(st.doc[sent.start : quoted.i])
                if (k := st.key_at(t)) and st.cls_of(k) in ACTOR_CLASSES
            ),
            None,
        )
        if speaker is None or relayer is None or speaker == relayer:
            continue
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
        content = (
            list(clause.subtree)
            if clause is not None
            else [t for t in st.doc[tok.i + 1 : sent.end] if not t.is_punct]
        )
        content = [t for t in content if not (t.dep_ == "mark" and t.i == content[0].i)]
        content = [t for t in content if not (t.is_punct and t.text in '"“”')]
        f = _Found(tok, "say", VERB_TYPES["say"], speaker, content, False)
        f.reported_by = relayer
        f.date = _date_in(st, list(st.doc[sent.start : quoted.i + 1]))
        return f
    return None


#: the words a statement can start from: speech verbs, "according (to)", the verbs of "had no
#: comment", "would not speculate", "did not respond", "declined to comment"
STATEMENT_TRIGGERS = frozenset(VERB_TYPES) | {
    *("according", "have", "get", "speculate", "preview", "respond", "reply", "answer"),
    *("return", "decline", "refuse"),
}


#: heads of a speech verb that did not speak it: "declined to comment" (a statement of its
#: own), "was not authorized to comment", "not allowed to speak to the media" (why a source is
#: anonymous)
NOT_SPOKEN_HEADS = {"decline", "refuse", "authorize", "authorise", "allow", "permit", "empower"}
#: and verbs of intending or expecting: "plans to announce", "hoped to announce" (lemmatised
#: "hop" by the model), "is expected to confirm" name a speech act still to come
NOT_SPOKEN_HEADS |= {"hope", "hop", "plan", "intend", "expect", "aim", "prepare"}


def _collect_statements(st: _Article) -> None:
    doc = st.doc
    triggers = _positions(st, STATEMENT_TRIGGERS)
    last_found_index: int | None = None
    council: str | None = None  # the body whose operative paragraphs follow ("The Council:")
    for sent in _sents(doc):
        found: list[_Found] = []
        header = _stext(sent).rstrip().endswith(":")  # "The Peace and Security Council:"
        words = [t for t in sent if not (t.is_space or t.is_punct)] if header else []
        if header and len(words) <= 12:
            council = next(
                (k for t in words if (k := st.key_at(t)) and st.cls_of(k) in COUNCIL_CLASSES),
                council,
            )
        elif council is not None and (f := _operative_paragraph(st, sent, council)) is not None:
            found.append(f)
        lo = bisect.bisect_left(triggers, sent.start)
        hi = bisect.bisect_left(triggers, sent.end)
        for tok in (doc[i] for i in triggers[lo:hi]):
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                f = _according(st, tok)
                if f:
                    found.append(f)
                continue
            if _no_comment(tok):
                f = _no_comment_found(st, tok)
                if f:
                    found.append(f)
                continue
            if tok.lemma_.lower() in ("decline", "refuse") and any(
                c.dep_ == "xcomp" and c.lemma_ in ("comment", "confirm", "say")
                for c in tok.children
            ):
                f = _declined(st, tok)
                if f:
                    found.append(f)
                continue
            if not _is_speech_verb(tok):
                continue
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NOT_SPOKEN_HEADS:
                continue
            f = _speech(st, tok)
            if f:
                found.append(f)
        relayed = _quoted_as_saying(st, sent, found) if "saying" in _stext(sent) else None
        if relayed is not None:
            found.append(relayed)
        if not found:
            # a sentence that is only a quotation continues the last statement
            quotes = _quotes_in(sent)
            stripped = _stext(sent).strip()
            if (
                quotes
                and last_found_index is not None
                and stripped[:1] in '“"'
                and _same_paragraph(st, last_found_index, sent)
            ):
                s = st.statements[last_found_index]
                st.statements[last_found_index] = replace(
                    s,
                    quotations=s.quotations + tuple(q for _, _, q in quotes),
                    evidence=s.evidence + " " + stripped,
                )
            continue
        _trailing_outlet(st, sent, found)
        _relations_in_sentence(st, sent, found)
        _assign_quotes(sent, found)
        for f in found:
            if f.suppress:
                continue
            last_found_index = _emit(st, sent, f)


def _same_paragraph(st: _Article, stmt_index: int, sent: Span) -> bool:
    verb_i = st.stmt_tokens[stmt_index][0]
    between = st.doc[verb_i : sent.start].text
    return "\n\n" not in between and between.count("\n") <= 1


def _actor_after_comma(st: _Article, tok: Token, acronym: bool = True) -> tuple[Token, int] | None:
    """An actor named right before the speech verb and set off by a comma ("…, the Joint Chiefs
    of Staff said", and with ``acronym`` "…, the Inter-Services Public Relations (ISPR) said"),
    whatever the parser made of it: the name's last token and where its phrase starts (its
    article included)."""
    before = st.doc[tok.i - 1]
    end = tok.i
    if (
        acronym
        and before.text == ")"
        and tok.i >= 4
        and st.doc[tok.i - 3].text == "("
        and st.key_at(st.doc[tok.i - 2]) == st.key_at(st.doc[tok.i - 4])
    ):
        # "…, the Inter-Services Public Relations (ISPR) said": the name before its acronym
        before, end = st.doc[tok.i - 4], tok.i - 3
    k = st.key_at(before)
    first = min((m.start for m in st.mentions if m.key == k and m.end == end), default=None)
    if (
        first is not None
        and first >= 3
        and st.doc[first - 1].lower_ in ("'s", "’s")
        and st.country_at(st.doc[first - 2])
    ):
        first -= 2  # "…, Georgia's State Security Service (SSG) said"
    if first is not None and st.doc[first - 1].lower_ in ("the", "a", "an"):
        first -= 1
    if k and first is not None and st.cls_of(k) in ACTOR_CLASSES and st.doc[first - 1].text == ",":
        return before, first
    left = before.left_edge.i
    if (
        k is None
        and before.pos_ == "NOUN"
        and left >= 1
        and st.doc[left - 1].text == ","
        and all(t.i < tok.i for t in before.subtree)
        and (k := _actor(st, before)) is not None
        and st.cls_of(k) in ACTOR_CLASSES
    ):
        # "…, wounding four other people, Kyrgyzstan's border service said", the service
        # parsed as an apposition of the people: a body named by a role phrase
        return before, left
    return None


def _named_after_closing_quote(st: _Article, tok: Token) -> Token | None:
    """The person named between a closing quotation mark and the speech verb ``tok`` ("…,”
    Volker Türk, the UN high commissioner, said"), when the parser did not make it the verb's
    subject: the last token of the name."""
    if tok.dep_ not in ("conj", "ccomp", "parataxis", "dep") or _subject(tok) is not None:
        return None
    doc = st.doc
    start = max(_sent(tok).start, tok.i - 30)
    q = next((i for i in range(tok.i - 1, start - 1, -1) if doc[i].text in ("”", '"')), None)
    if q is None:
        return None
    m = next((m for m in st.mentions if m.start == q + 1), None)
    if m is None or st.cls_of(m.key) != "Person":
        return None
    between = doc[m.end : tok.i]
    if len(between) == 0 or (
        between[0].text == ","
        and between[-1].text == ","
        and not any(t.pos_ in ("VERB", "AUX") or t.text in ("”", '"', "“") for t in between)
    ):
        return doc[m.end - 1]
    return None


def _speaker_set_off_before(st: _Article, tok: Token) -> Token | None:
    """The phrase set off by a comma right before a finite speech verb that the parser made an
    apposition of the noun before it ("…, a source in the SBU told"), when it names someone who
    can speak: a person noun or an actor."""
    # ("…, the UN human rights office has said": the auxiliaries go with the verb)
    auxes = [c.i for c in tok.children if c.dep_ == "aux" and c.i < tok.i]
    if (
        not (tok.tag_ in ("VBD", "VBZ") or (tok.tag_ == "VBN" and auxes))
        or tok.i < 3
        or _sent(tok).start == tok.i
    ):
        return None
    first = min([tok.i, *auxes])
    if first < 3:
        return None
    head = st.doc[first - 1]
    while head.dep_ != "appos" and head.head.i < tok.i and head.head.i != head.i:
        head = head.head
    left = head.left_edge.i
    if (
        head.dep_ != "appos"
        or head.right_edge.i != first - 1
        or left < 1
        or st.doc[left - 1].text != ","
        or head.head.i >= left
    ):
        return None
    key = st.key_at(head)
    if head.lemma_.lower() in PEOPLE_NOUNS or (key is not None and st.cls_of(key) in ACTOR_CLASSES):
        return head
    return None


def _territory_owner(st: _Article, tok: Token) -> str | None:
    """ "the territory's health ministry", "the enclave's civil defence": the place named last
    before, which the possessive word stands for."""
    for c in tok.children:
        # "the Hamas-run health ministry in Gaza": the place after "in"
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                k = st.key_at(p) if p.dep_ == "pobj" else None
                if k is not None and st.cls_of(k) in ("Region", "Country") and k in st.ref.entities:
                    return k
    if not any(
        c.dep_ == "poss" and c.lower_ in ("territory", "enclave", "strip", "country")
        for c in tok.children
    ):
        return None
    return _last_named(
        st, tok.i, lambda k: st.cls_of(k) in ("Region", "Country") and k in st.ref.entities
    )


#: definite nouns in a role phrase that stand for a body named before ("a source in the
#: ministry")
_BACK_REFERRING_BODIES = frozenset(
    {"ministry", "office", "agency", "service", "army", "military", "command", "mission"}
    | {"committee", "commission", "court", "council", "company", "department", "directorate"}
)


def _names_in_full(st: _Article, tok: Token, phrase: list[Token]) -> str | None:
    """A role phrase with what it refers back to named as the article first named it: "a
    source in the ministry" after "the Defense Ministry" is a source in the Defense Ministry, "a
    spokesperson for Katz" a spokesperson for Israel Katz. ``None`` when nothing changes."""
    doc = st.doc
    lo, hi = min(t.i for t in phrase), max(t.i for t in phrase)
    words: list[str] = []
    changed = False
    for t in doc[lo : hi + 1]:
        full = None
        if (
            t.i > tok.i
            and t.dep_ == "pobj"
            and t.head.lower_ in ("in", "at", "within", "inside", "for", "of", "to", "with")
            and t.head.head.i in {p.i for p in phrase}
        ):
            k = st.token_key.get(t.i)
            definite = [c.lower_ for c in t.children] == ["the"]
            if k is None and t.is_lower and definite and t.lower_ in _BACK_REFERRING_BODIES:
                k = _actor(st, t)
            first = min(
                (
                    m
                    for m in st.mentions
                    if m.key == k and m.end <= t.i and st.doc[m.start : m.end].text != t.text
                ),
                key=lambda m: m.start,
                default=None,
            )
            if first is not None and k is not None:
                text = _clean_label(doc[first.start : first.end].text)
                text = text[4:] if text.lower().startswith("the ") else text
                if st.cls_of(k) == "Person":
                    # a surname alone, the person named in full before
                    if t.is_title and len(text.split()) >= 2 and text.split()[-1] == t.text:
                        full = text
                elif t.is_lower and definite and text[:1].isupper() and len(text) > 3:
                    full = text  # "the ministry" -> "the Defense Ministry"
        if full is not None:
            words.append(full + t.whitespace_)
            changed = True
        else:
            words.append(t.text_with_ws)
    if not changed:
        return None
    return _clean_label(_BRACKETED_ACRONYM.sub("", "".join(words)))


def _police_force_named(st: _Article, at: int) -> str | None:
    """What "police said" or "the police declined to comment" stand for when the story names a
    police force: the latest one named before token ``at``, else the first named after it ("…,
    police said on Tuesday" in a lede, the Kaduna State Police Command in the third paragraph).
    ``None`` when it names none."""

    def police(k: str) -> bool:
        d = st.entities.get(k)
        return (
            d is not None
            and d.cls in BODY_CLASSES
            and not _people_collective(d.label)
            and any(re.search(r"\bpolice\b", n, re.I) for n in (d.label, *d.alt_labels))
        )

    before = _last_named(st, at, police)
    if before is not None:
        return before
    return next((m.key for m in sorted(st.mentions, key=lambda m: m.start) if police(m.key)), None)


def _people_collective(label: str) -> bool:
    """A collective of people, not an organised body: "officials", "U.S. officials",
    "residents", "two sources"."""
    return bool(label) and label.split()[-1].lower() in PEOPLE_PLURALS


#: plural nouns for people who speak together without being a body
PEOPLE_PLURALS = frozenset(
    {"officials", "residents", "sources", "witnesses", "people", "civilians", "survivors"}
    | {"analysts", "experts", "diplomats", "activists", "lawmakers", "villagers", "relatives"}
    | {"elders", "traders", "merchants", "shopkeepers", "vendors", "drivers", "pensioners"}
    | {"refugees", "women", "men", "farmers", "students", "teachers", "nurses", "doctors"}
    | {"mothers", "wives", "families", "parents", "workers", "journalists", "medics"}
)


def _named_after_mark(st: _Article, tok: Token) -> Token | None:
    """ "KCNA reported that Lt. Gen. Ko Jong-chol, vice chief of the General Staff …, had
    denied …": the name right after the clause's "that", set off by commas before the verb,
    which the parser lost as the verb's subject (its last token)."""
    mark = next((c for c in tok.children if c.dep_ == "mark"), None)
    if mark is None:
        return None
    named = min(
        (m for m in st.mentions if mark.i < m.start < tok.i and st.cls_of(m.key) in ACTOR_CLASSES),
        key=lambda m: m.start,
        default=None,
    )
    left = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("aux", "neg") and c.i < tok.i)])
    if (
        named is not None
        and all(
            st.doc[i].lower_.rstrip(".") in TITLES_ROLES_RANKS
            or st.doc[i].lower_ in RANK_ABBREVIATIONS
            for i in range(mark.i + 1, named.start)
        )
        and st.doc[named.end].text == ","
        and st.doc[left - 1].text == ","
        and left - 1 > named.end
    ):
        return st.doc[named.end - 1]
    return None


def _person_set_off_before(st: _Article, tok: Token) -> tuple[Token, int] | None:
    """A person named between commas right before a speech verb the parser coordinated with the
    verb of what was said ("… struck a carrier, the spokesperson for the Navy, Dmytro
    Pletenchuk, told …"): the name's last token and where the set-off phrase starts."""
    if (
        tok.dep_ != "conj"
        or tok.i < 4
        or st.doc[tok.i - 1].text != ","
        or _subject(tok) is not None
        or _is_speech_verb(tok.head)
    ):
        return None
    top = st.doc[tok.i - 2]
    for _ in range(12):
        if (
            top.dep_ == "appos"
            and st.doc[top.left_edge.i - 1].text == ","
            # "…, Ko Naing, a spokesman for the PDF who uses a nom de guerre …, told": the
            # description is set beside the name, itself set off
            and not (top.head.dep_ == "appos" and top.head.i > tok.head.i)
        ):
            break
        if (
            top.dep_ not in ("appos", "pobj", "prep", "compound", "relcl", "dobj", "amod")
            or top.head.i <= tok.head.i
        ):
            return None
        top = top.head
    else:
        return None
    start = top.left_edge.i
    if start - 1 <= tok.head.i:
        return None
    # the person the phrase names ("…, Tymur Tkachenko, head of the Kyiv City Military
    # Administration, said"), not a body the NER took for one
    person = next(
        (
            m
            for m in sorted(st.mentions, key=lambda m: m.start)
            if start <= m.start
            and m.end <= tok.i - 1
            and st.cls_of(m.key) == "Person"
            and st.label_of(m.key).split()[-1].lower() not in ORG_HEADS | {"administration"}
        ),
        None,
    )
    return (st.doc[person.end - 1], start) if person is not None else None


def _set_off_in_opening(st: _Article, tok: Token) -> Token | None:
    """ "In a post on Telegram, the head of ..., Oleh Hryhorov, wrote ...", "Speaking to the
    BBC, a drone unit commander said ...": a speaker the parser hung off the opening phrase as
    an apposition (the last one that can speak)."""
    found = None
    for prep in (c for c in tok.children if c.dep_ in ("prep", "advcl") and c.i < tok.i):
        opener = next((c for c in prep.children if c.dep_ == "nsubj"), None)
        if (
            prep.dep_ == "advcl"
            and opener is not None
            and opener.left_edge.i == _sent(tok).start
            and (key := st.key_at(opener)) is not None
            and st.cls_of(key) == "Person"
            and any(c.dep_ == "relcl" for c in opener.children)
        ):
            # "Getachew Reda, who leads the Tigray Interim Regional Administration (TIRA) set
            # up under the 2022 peace deal …, said": the parser made the person the subject of
            # "set up"; the person the sentence opens with speaks
            return opener
        for t in prep.subtree:
            if t.dep_ != "appos" or t.i >= tok.i:
                continue
            key = st.key_at(t)
            if key is None and (t.lower_ in ROLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS):
                key = _actor(st, t)
            if key and st.cls_of(key) in ACTOR_CLASSES:
                found = t
    return found


def _speech(st: _Article, tok: Token) -> _Found | None:
    lemma = tok.lemma_.lower()
    if _inside_quotation(tok) and not _scare_quoted(tok):
        return None  # speech reported inside a quotation belongs to the quoted speaker's words
    if tok.dep_ == "xcomp" and _is_speech_verb(tok.head):
        return None  # "vowed to respond", "urged Russia to condemn": one speech act, the first
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "calls on the AU to press the government to allow investigators in and to publicly
        # condemn attacks": an infinitive further down what is urged is part of it
        cur = tok
        while cur.dep_ in ("conj", "advcl", "xcomp") and cur.head.i != cur.i:
            if cur.dep_ == "xcomp" and _is_speech_verb(cur.head):
                return None
            cur = cur.head
    if (
        tok.dep_ in ("relcl", "acl")
        and tok.head.lower_ in DISPUTE_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        and any(a.lemma_.lower() in VERB_TYPES for a in tok.head.ancestors)
    ):
        # "denied a Financial Times report that Putin had rejected the proposal": what the report
        # says, which the speaker denies, not a speech act the article reports
        return None
    if (
        tok.dep_ == "relcl"
        and lemma in ("promise", "pledge", "vow", "offer")
        and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children)
        and not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children)
    ):
        return None  # "deliver the air defence systems they had promised": what, not a promise
    if (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and tok.head.dep_ == "relcl"
        and tok.head.lemma_.lower() not in VERB_TYPES
    ):
        return None  # "The junta, which came to power promising to restore security": history
    if (
        tok.dep_ == "ccomp"
        and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children
        )
        and not any(c.dep_ == "neg" for c in tok.children)
        and _is_speech_verb(tok.head)
    ):
        # "He announced that the council would ask the Security Council to …": what someone
        # is to say later, part of what is said now (not "would not confirm", a refusal)
        return None
    relayed_by: str | None = None
    said_before: list[Token] = []  # what a trailing attribution attributes
    subj = _subject(tok) or _inherited_subject(tok)
    if (after_quote := _named_after_closing_quote(st, tok)) is not None and (
        subj is None or subj.i < after_quote.i
    ):
        # '“These were not deaths in the crossfire. People were … shot,” Volker Türk, the UN
        # high commissioner for human rights, said': one sentence to the parser, the verb a
        # conjunct of the quotation's and the name a modifier
        subj = after_quote
    if (
        (
            tok.dep_ == "conj"
            # "…, Georgia's State Security Service said on Tuesday", the verb made a clause of
            # the sentence's (a finite one, no "as" or "after" before it)
            or (
                tok.dep_ == "advcl"
                and tok.tag_ in ("VBD", "VBZ")
                and not any(c.dep_ in ("mark", "advmod") for c in tok.children if c.i < tok.i)
            )
        )
        and _subject(tok) is None
        and not _is_speech_verb(tok.head)
        and tok.i > _sent(tok).start + 2
        and (after_comma := _actor_after_comma(st, tok)) is not None
    ):
        # "Russian border guards have detained four Georgians near the Enguri River, which
        # separates …, Georgia's State Security Service (SSG) said": the parser joined "said"
        # to what was said and hung the speaker on the river's clause
        subj = after_comma[0]
        said_before = [t for t in st.doc[_sent(tok).start : after_comma[1] - 1] if not t.is_space]
    elif (appositive := _speaker_set_off_before(st, tok)) is not None and (
        subj is None
        or (
            # "North Korea test-fired new missiles under the supervision of leader Kim Jong-un,
            # the North's official Korean Central News Agency (KCNA) reported": the missiles
            # are what was reported
            (subj.i == appositive.head.i or subj.is_ancestor(appositive))
            and subj.lemma_.lower() not in PEOPLE_NOUNS
            and ((k := st.key_at(subj)) is None or st.cls_of(k) not in ACTOR_CLASSES)
        )
    ):
        # "…, hitting two Su-34s and a depot, a source in the SBU told Ukrinform", "Drones
        # struck the airfield, a source … told": the parser made the speaker an apposition of
        # the noun before it
        subj = appositive
        said_before = [
            t for t in st.doc[_sent(tok).start : appositive.left_edge.i - 1] if not t.is_space
        ]
    if subj is None and _trailing_participle(tok):
        # "…, killing dozens of militants, the presidency announced on Monday"
        subj = tok.head
        said_before = [
            t for t in st.doc[_sent(tok).start : tok.head.left_edge.i - 1] if not t.is_space
        ]
    if tok.tag_ == "VBG" and tok.dep_ == "advcl" and _subject(tok) is None:
        # "The SDF denied that its fighters had opened fire, claiming ...": the parser may hang
        # the participle inside the complement; it belongs to the speech verb above it
        anc = next(
            (a for a in tok.ancestors if a.lemma_.lower() in VERB_TYPES and a.pos_ == "VERB"), None
        )
        if anc is not None and (_subject(anc) or _inherited_subject(anc)) is not None:
            subj = _subject(anc) or _inherited_subject(anc)
        elif anc is not None and (opening := _set_off_in_opening(st, anc)) is not None:
            # "In a statement to Middle East Eye, a spokesperson for the Israeli military
            # denied that soldiers had fired …, saying …"
            subj = opening
    if subj is None and tok.tag_ == "VBD" and tok.dep_ == "acl":
        # "Jimmy Cherizier, a former police officer known as "Barbecue" who leads …, claimed
        # …": the parser hung the finite verb off the apposition; the named person speaks
        head = tok.head
        while head.dep_ == "appos" and head.head.i < head.i:
            head = head.head
        if head is not tok.head and head.ent_type_ == "PERSON":
            subj = head
        elif (
            tok.head.dep_ == "appos"
            and tok.head.head.dep_ == "ROOT"
            and tok.head.head.pos_ in ("NOUN", "PROPN")
            and tok.head.pos_ == "NOUN"
        ):
            # "The Rapid Support Forces (RSF)-led parallel government announced …", parsed with
            # the forces as the root: the noun the finite verb was hung on speaks
            subj = tok.head
    quoting = (
        tok.head
        if tok.head.lemma_ in QUOTING
        else (
            tok.head.head if tok.head.dep_ == "prep" and tok.head.head.lemma_ in QUOTING else None
        )
    )
    if tok.dep_ in ("advcl", "pcomp", "pobj") and quoting is not None:
        # "X quoted a senior official as saying ...": the official speaks, X relays
        obj = next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None:
            subj = obj
    if subj is not None and subj.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
        subj = tok.head
    according = next((c for c in tok.children if c.lower_ == "according"), None)
    if subj is None and according is not None:
        # the parser hung the speaker off the source: "According to Tasnim, Chief ... X said"
        to = next((c for c in according.children if c.lower_ == "to"), None)
        src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if src is not None:
            appos = next((c for c in src.children if c.dep_ == "appos"), None)
            if appos is not None:
                subj = appos
                relayed_by = _actor(st, src)
    if (
        subj is not None
        and subj.dep_ == "csubj"
        and subj.tag_ == "VBG"
        and subj.lemma_.lower() in OCCASION_PARTICIPLES
    ):
        # "Speaking to IRNA, the deputy governor … admitted", the opening participle parsed as
        # the subject: the speaker is inside it, a person named there (joined to the place the
        # speaking was at: "at the briefing in Ankara, Rear Admiral Zeki Aktürk, the …
        # adviser,") or else a role set beside what was spoken to
        opening = subj
        subj = next(
            (
                t
                for t in opening.subtree
                if t.dep_ in ("appos", "conj")
                and (k := st.key_at(t))
                and st.cls_of(k) == "Person"
                and st.doc[t.left_edge.i - 1].text == ","
            ),
            None,
        ) or next(
            (
                t
                for t in opening.subtree
                if t.dep_ == "appos"
                and (t.lower_ in ROLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS)
                and (k := _actor(st, t))
                and st.cls_of(k) in ACTOR_CLASSES
            ),
            None,
        )
    if subj is None:
        subj = _set_off_in_opening(st, tok)
    if subj is None:
        subj = _named_after_mark(st, tok)
    if (
        tok.dep_ == "conj"
        and lemma in OUTER_CONJUNCTS
        and _subject(tok) is None
        and tok.head.dep_ == "ccomp"
        and _is_speech_verb(tok.head.head)
        and _subject(tok.head.head) is None
        and (denier := _named_after_mark(st, tok.head.head)) is not None
    ):
        # "… had denied that the North's soldiers crossed the MDL and accused the South": the
        # accusation is the denier's, whose name the parser lost
        subj = denier
    if subj is None and tok.i + 1 < len(st.doc):
        # '“He was a fisherman,” said Leela Ramdass, 52, whose son …': the parser gave the name
        # to the next clause; the name right after an inverted "said" speaks
        after = st.doc[tok.i + 1]
        key = st.key_at(after)
        if (
            key
            and st.cls_of(key) in ACTOR_CLASSES
            and tok.i > _sent(tok).start
            # only after a quotation ('“…,” said X'); "… said Russian infantry were attacking"
            # starts what was said
            and st.doc[tok.i - 1].text in ('"', "”", "'", "’", ",")
            and after.dep_ != "dobj"  # '"…," the minister, X, told CNN': told whom
        ):
            mention_end = max(
                (m.end for m in st.mentions if m.start == after.i and m.key == key),
                default=after.i + 1,
            )
            subj = st.doc[mention_end - 1]
    if (
        subj is None
        and tok.i >= _sent(tok).start + 3
        and st.doc[tok.i - 1].text == ","
        and (k := st.key_at(st.doc[tok.i - 2]))
        and st.cls_of(k) == "Person"
        and (
            any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)
            or (tok.dep_ == "conj" and tok.head.i < tok.i and _inside_quotation(tok.head))
        )
    ):
        # '"There was no fighter in that car," Lebanon's health minister, Rakan Nassereddine,
        # told CNN': the parser hung the name off the quotation; the person before the verb
        subj = st.doc[tok.i - 2]
    if (
        _subject(tok) is None
        and tok.i > _sent(tok).start + 3
        and (k := st.key_at(st.doc[tok.i - 1]))
        and st.cls_of(k) == "Person"
    ):
        # "… on the outskirts of El Obeid, army spokesman Brig Gen Nabil Abdallah said on
        # Tuesday": a trailing attribution the parser coordinated with a place (not the
        # subject of the clause the verb was hung on)
        name = st.doc[tok.i - 1]
        lead = name.left_edge.i
        if lead > _sent(tok).start and st.doc[lead - 1].text == ",":
            subj = name
            said_before = [t for t in st.doc[_sent(tok).start : lead - 1] if not t.is_space]
    own_subject = _subject(tok)
    if (
        tok.dep_ == "relcl"
        and own_subject is not None
        and own_subject.i < tok.i
        and own_subject.left_edge.i > _sent(tok).start + 2
        and st.doc[own_subject.left_edge.i - 1].text == ","
        and not any(
            c.tag_ in ("WDT", "WP", "WRB") or c.lower_ == "that" or c.dep_ in ("ccomp", "dobj")
            for c in tok.subtree
            if c.i != tok.i and c.i not in {x.i for x in own_subject.subtree}
        )
        and all(c.dep_ in ("prep", "npadvmod", "punct", "advmod") for c in tok.rights)
    ):
        # "… with drones, injuring four civilians, regional governor Vyacheslav Gladkov said on
        # Sunday": a trailing attribution the parser made a relative clause of the noun before
        said_before = [
            t for t in st.doc[_sent(tok).start : own_subject.left_edge.i - 1] if not t.is_space
        ]
    if _subject(tok) is None and tok.dep_ == "conj" and not said_before:
        # "… setting off a fire at the plant's distillation unit, a source in the Security
        # Service of Ukraine (SBU) told the Kyiv Independent": the parser made the speaker an
        # apposition of the clause's last noun and the verb a conjunct of the clause; the
        # phrase set off by a comma right before the verb speaks
        edge = st.doc[tok.i - 1]
        phrase = next(
            (
                a
                for a in (edge, *edge.ancestors)
                if a.dep_ in ("appos", "conj", "npadvmod")
                and a.right_edge.i == tok.i - 1
                and a.left_edge.i > _sent(tok).start + 1
                and st.doc[a.left_edge.i - 1].text == ","
            ),
            None,
        )
        if (
            phrase is not None
            and phrase.pos_ == "NOUN"
            and phrase.tag_ == "NN"
            and phrase.lemma_.lower() in ROLE_NOUNS
        ):
            said = [t for t in st.doc[_sent(tok).start : phrase.left_edge.i - 1] if not t.is_space]
            if any(t.dep_ in ("nsubj", "nsubjpass") for t in said):
                subj = phrase
                said_before = said
    if subj is None and tok.i > _sent(tok).start:
        # "In a readout of a call between Putin and Trump, Kremlin aide Yuri Ushakov said": the
        # parser joined the speaker to the opening phrase; the name right before the verb says it
        before = st.doc[tok.i - 1]
        key = st.key_at(before)
        if (
            key
            and st.cls_of(key) == "Person"
            and any(c.dep_ == "prep" and c.i < before.i for c in tok.children)
        ):
            subj = before
    described = _described_noun(tok)
    if (
        subj is None
        and tok.dep_ == "acl"
        and described.dep_ == "ROOT"
        and described.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "agent" for c in tok.children)
    ):
        # "Analysts at the Institute ..., a think tank, assessed on Wednesday that ...", parsed
        # with the noun as the root and the verb as its modifier: the noun is the speaker
        subj = described
    if (
        subj is None
        and tok.dep_ == "acl"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "ccomp" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
        and tok.i - tok.head.i > 1
    ):
        # "An Iraqi security official, speaking on condition of anonymity, acknowledged to
        # Al-Monitor that …, but insisted …": a verb with a reported clause is no modifier
        subj = tok.head
    root = tok if tok.dep_ == "ROOT" else tok.head if tok.dep_ == "conj" else None
    if subj is None and root is not None and root.dep_ == "ROOT" and root.i > _sent(root).start:
        # "Azad Jammu and Kashmir Prime Minister Chaudhry Anwarul Haq condemned … and announced
        # …", parsed with the region as the subject: a person named right before the verb is
        # the one speaking
        before = st.doc[root.i - 1]
        if (k := st.key_at(before)) and st.cls_of(k) == "Person":
            subj = before
    if (
        subj is None
        and tok.i > _sent(tok).start + 3
        and any(c.dep_ in ("ccomp", "xcomp") and c.i < tok.i for c in tok.children)
        and (after_comma := _actor_after_comma(st, tok)) is not None
    ):
        # "… hit a school in eastern Khan Younis, the Gaza Health Ministry said", parsed with
        # the ministry as an apposition of the town
        subj = after_comma[0]
    if (
        subj is None
        and tok.dep_ == "conj"
        and tok.head.dep_ == "ccomp"
        and _is_speech_verb(tok.head.head)
        and any(
            c.dep_ == "ccomp" and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)
            for c in tok.children
        )
    ):
        # "Zaw Min Tun denied that any civilians had been killed and claimed that the aircraft
        # had struck a camp": the second speech verb, hung on the first one's clause, is the
        # first one's subject's
        subj = _subject(tok.head.head)
    if subj is None:
        return None
    if (
        tok.dep_ == "xcomp"
        and _subject(tok) is None
        and tok.head.lemma_ == "be"
        and any(c.dep_ == "acomp" for c in tok.head.children)
    ):
        return None  # "it was premature to comment", "too early to say": nothing was said
    if according is not None and subj.dep_ != "appos":
        # "According to RIA Novosti, the director, Yuri Cherkasov, accused ...", parsed with the
        # outlet as subject: the apposition is the speaker
        k = st.key_at(subj)
        appos = next((c for c in subj.children if c.dep_ == "appos"), None)
        if k and st.cls_of(k) == "MediaOutlet" and appos is not None:
            relayed_by, subj = k, appos
    if (k := st.key_at(subj)) and st.cls_of(k) == "Country":
        # "Speaking for the A3+ (Algeria, Sierra Leone, …), the representative of Sierra Leone
        # called on …", parsed with the first country as the subject: the role speaks
        role = next(
            (
                c
                for c in subj.children
                if c.dep_ == "appos" and c.lemma_.lower() in ROLES_AND_TITLES
            ),
            None,
        )
        if role is not None:
            subj = role
    subj = _described_person(st, subj)
    if subj.lower_ in ("one", "another") and (
        role := next(
            (c for c in subj.children if c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS),
            None,
        )
    ):
        subj = role  # "One of the sources, a regional diplomat who tracks …, said"
    if lemma == "thank" and (
        _subject(tok) is None or any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children)
    ):
        return None  # "Thank you.", "Spokesman: Thank you.": a courtesy, not praise
    if (
        lemma == "say"
        and any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in tok.children)
        and any(c.dep_ == "neg" for c in tok.children)
    ):
        return None  # "the agency could not say with certainty whether …": unable, not silent
    if lemma == "threaten" and subj.lower_ in ("it", "this", "that"):
        return None  # "an offensive, warning that it threatened to draw Burundi in": no speech
    if lemma == "claim" and any(
        c.dep_ == "dobj" and any(x.lower_ in ("life", "lives") for x in c.subtree)
        for c in tok.children
    ):
        return None  # "Banditry has claimed thousands of lives": no speech
    if subj.lower_ in ("leaders", "presidents", "ministers", "heads") and [
        c.lower_ for c in subj.children if c.i < subj.i
    ] == ["the", "two"]:
        # "The two leaders pledged …" after a call between two named: the last two people
        # named before, each of whom pledged
        people: dict[str, Token] = {}
        for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
            if m.start < subj.i and st.cls_of(m.key) == "Person" and len(people) < 2:
                people.setdefault(m.key, st.doc[m.end - 1])
        both = list(people.values())[::-1] if len(people) == 2 else []
    elif subj.lower_ in ("both", "each") and not any(c.lower_ == "of" for c in subj.children):
        # "Lysak and Dnipro Mayor Borys Filatov both said": the people named before "both"
        named: dict[str, Token] = {}
        for m in sorted(st.mentions, key=lambda m: m.start):
            if _sent(tok).start <= m.start < subj.i and st.cls_of(m.key) in ACTOR_CLASSES:
                named.setdefault(m.key, st.doc[m.end - 1])
        both = list(named.values()) if len(named) >= 2 else []
    else:
        both = []
    # ("A spokesperson for the U.N. Office for the Coordination of Humanitarian Affairs, or
    # OCHA, in Niamey said": another name, after "or", of what was named)
    aliases = [
        c for c in subj.conjuncts if c.i > subj.i and c.is_upper and st.doc[c.i - 1].lower_ == "or"
    ]
    speakers = both or [subj] + [c for c in subj.conjuncts if c.i > subj.i and c not in aliases]
    twin = next(
        (
            c
            for c in tok.children
            if c.dep_ == "nsubj"
            and c.i < subj.i
            # a body or a person named, not a title ("Information minister and government
            # spokesman Michael Makuei Lueth": one person)
            and (c.pos_ == "PROPN" or any(d.dep_ == "det" for d in c.children))
            and any(
                w.dep_ == "cc" and w.lower_ == "and" and w.i + 1 == subj.left_edge.i
                for w in c.children
            )
        ),
        None,
    )
    if (
        not both
        and aliases
        and subj.pos_ == "PROPN"
        and st.key_at(aliases[0]) in st.ref.entities
        and st.key_at(subj) not in st.ref.entities
    ):
        speakers[0] = aliases[0]  # "Central Command, or CENTCOM, said": the name known
    if (
        len(speakers) == 2
        and subj.lemma_.lower() in ROLE_NOUNS
        and subj.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss") for c in subj.children)
        and any(c.dep_ == "compound" for c in speakers[1].lefts)  # "… Chief Minister Mufti"
        and ((own := st.key_at(subj)) is None or st.cls_of(own) != "Person")
        and (k := st.key_at(speakers[1])) is not None
        and st.cls_of(k) == "Person"
    ):
        # "Peoples Democratic Party (PDP) president and former Chief Minister Mehbooba Mufti":
        # two titles of the one person named after them
        speakers = speakers[1:]
    subj = speakers[0]
    if any(
        c.dep_ == "appos" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        for c in subj.children
    ):
        # "The UN Resident and Humanitarian Coordinator, Clementine Nkweta-Salami, condemned":
        # the coordination is inside one title, the apposition names the one speaker
        speakers = [subj]
    if not both and len(speakers) == 1 and twin is not None:
        # "…, the Kachin Independence Army (KIA) and local sources said": two subjects the
        # parser did not coordinate, the "and" hung on the first
        speakers = [twin, subj]
        subj = twin
    speaker: str | None
    if subj.lower_ in ("we", "i", "our") and (turn := _turn_speaker(st, subj)):
        speaker = turn  # a transcript's answer: the one answering
    elif subj.lower_ == "i" and not _inside_quotation(subj) and (author := _title_author(st)):
        speaker = author  # "Press Statement of Kim Yo Jong … I flatly reject this claim"
    elif subj.lower_ in ("we", "i", "our") and not _inside_quotation(subj):
        speaker = _issuer(st)
    else:
        speaker = _actor(st, subj)
    if speaker is not None and (instead := _not_whose_claim(st, tok, subj, speaker)) is not None:
        speaker = instead
        st.token_key[subj.i] = instead  # and "the spokesperson noted" after it
    if speaker is None and tok.dep_ == "conj" and _subject(tok) is None:
        # (not "…, but the Ukrainian brigade defending the area denied …": a subject of its own,
        # whoever it is, is not the first verb's)
        # "X said the attack was ... and called on ...": the parser coordinated the second verb
        # inside the first one's clause; it is the speaker's second speech act
        # ("… said that forensic tests had found that …, and accused …": past a speech verb whose
        # subject is no one, "tests had found")
        for anc in tok.ancestors:
            if anc.lemma_.lower() not in VERB_TYPES or anc.pos_ != "VERB":
                continue
            anc_subj = _subject(anc) or _inherited_subject(anc)
            if anc_subj is None and (in_opening := _set_off_in_opening(st, anc)) is not None:
                # "Briefing the council, Najat Rochdi, UN deputy special envoy …, said the
                # situation remained "extremely volatile" and condemned …"
                anc_subj = _described_person(st, in_opening)
            if anc_subj is not None and (found := _actor(st, anc_subj)) is not None:
                subj, speaker = anc_subj, found
                speakers = [subj]
                break
    trailing: list[Token] = said_before
    if (
        speaker is None
        and tok.i > _sent(tok).start + 2
        and (after_comma := _actor_after_comma(st, tok)) is not None
    ):
        # "South Korea's military fired warning shots …, the Joint Chiefs of Staff said
        # Tuesday", parsed with "shots" as the subject
        subj, first = after_comma
        speaker = st.key_at(subj)
        speakers = [subj]
        trailing = [t for t in st.doc[_sent(tok).start : first - 1] if not t.is_space]
    if (set_off := _person_set_off_before(st, tok)) is not None:
        # "The Russian Black Sea Fleet struck a carrier, the spokesperson for the Ukrainian Navy,
        # Captain 3rd Rank Dmytro Pletenchuk, told Ukrinform": parsed as the fleet's second act
        subj, first = set_off
        speaker = st.key_at(subj)
        speakers = [subj]
        said_before = trailing = [t for t in st.doc[_sent(tok).start : first - 1] if not t.is_space]
    if speaker is None:
        return None
    if (
        lemma in ("verify", "confirm")
        and any(c.lower_ == "independently" for c in tok.children)
        and st.cls_of(speaker) == "MediaOutlet"
    ):
        return None  # the outlet's own note that it could not verify, not a statement in the news
    if said_before and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        content = said_before  # not whom the trailing attribution "told"
    else:
        content = _content_tokens(tok) or trailing or _as_clause_content(tok)
    quotes = _quotes_in(_sent(tok))
    if lemma in NEEDS_CONTENT and not content and not quotes:
        return None
    if len(content) == 1 and content[0].lower_ in ("nothing", "little") and not quotes:
        return None  # "Peskov said nothing"
    if lemma in CLAUSE_ONLY and not quotes and not _has_clause(tok) and not trailing:
        return None
    if lemma in CLAUSE_ONLY and any(
        a.dep_ == "ccomp" and _is_speech_verb(a.head) for a in [tok, *tok.ancestors]
    ):
        return None  # "said it would respond at a time of its choosing": what was said
    if lemma == "post" and not any(c.dep_ == "ccomp" for c in tok.children):
        return None  # "posted a video" is not a statement; "posted on X that ..." is
    if lemma == "tell" and any(c.dep_ == "dobj" and c.lemma_ == "story" for c in tok.children):
        return None  # "bloggers tell a different story": a figure of speech
    if (
        lemma in ("verify", "check", "confirm")
        and tok.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
    ):
        return None  # "we are verifying the information": nothing confirmed yet
    if lemma in ("ask", "request") and re.search(
        r"\b(?:name|surname|identity)\b.*\b(?:not|withheld)\b|\bnot\b.*\b(?:named|identified)\b"
        r"|^(?:to )?(?:only )?be (?:identified|named|called|referred to|quoted)\b|\banonymity\b",
        " ".join(t.text for t in content),
    ):
        # "asked that her surname not be published", "asked to be identified only by his first
        # name": a request to the reporter
        return None
    negated = (
        any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)
        or (
            # "Ukraine has yet to confirm", "Moscow is yet to comment": not done so far
            tok.dep_ == "xcomp"
            and tok.head.lemma_ in ("have", "be")
            and any(c.lower_ == "yet" for c in tok.head.children)
        )
        or (
            # "I'm not going to comment on future operations", "we will not be able to confirm"
            tok.dep_ == "xcomp"
            and tok.head.lemma_ in ("go", "able", "want", "be")
            and any(c.dep_ == "neg" for h in (tok.head, tok.head.head) for c in h.children)
            and abs(tok.i - tok.head.i) < 4
        )
    )
    subject = _subject(tok)
    if subject is not None and any(c.lower_ == "neither" for c in subject.children):
        negated = True  # "Neither the army nor the RSF have claimed responsibility"
    addressee = None
    speaking = [
        c
        for c in (subject.children if subject is not None else ())
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_ in ("speak", "talk")
    ]  # "An RSF adviser, speaking to Al Jazeera yesterday, conceded"
    # (and the prepositions on its object: "claimed responsibility for the attacks through …")
    on_object = [
        x
        for o in tok.children
        if o.dep_ == "dobj"
        for x in o.subtree
        if x.dep_ == "prep"
        and (
            x.lower_ in ("through", "via")
            # "rejected the claim in comments to Ukrainian public broadcaster Suspilne"
            or (x.lower_ == "in" and x.head.i == o.i)
        )
    ]
    for c in [*tok.children, *speaking, *on_object]:
        if lemma == "tell" and c.dep_ in ("dobj", "dative"):
            addressee = _actor(st, c)
        if (
            c.dep_ in ("prep", "dative")
            and c.lower_ == "to"
            and lemma
            in (
                "report",
                "say",
                "write",
                "tell",
                "confirm",
                "acknowledge",
                "admit",
                "deny",
                "concede",
            )
        ):
            for p in c.children:
                if p.dep_ == "pobj":
                    addressee = _actor(st, p)
        if c.dep_ in ("advcl", "acl", "csubj") and c.lemma_ in ("speak", "talk") and c.i < tok.i:
            # "Speaking to the BBC, a commander said …": whom it was said to; "Speaking on the
            # pro-government TV Pink": the channel it was said on
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            addressee = _actor(st, p) or addressee
                if prep.dep_ == "prep" and prep.lower_ == "on":
                    for p in prep.children:
                        k = _actor(st, p) if p.dep_ == "pobj" else None
                        if k and st.cls_of(k) == "MediaOutlet":
                            addressee = k
        if c.dep_ == "prep" and c.lower_ == "on" and lemma in ("say", "tell", "claim", "announce"):
            # "said on the Rossiya-24 TV channel that …": the channel named carried it (not
            # "said on state television", which names none)
            addressee = (
                next(
                    (
                        k
                        for p in c.children
                        if p.dep_ == "pobj"
                        for x in p.subtree
                        if (k := st.key_at(x)) and st.cls_of(k) == "MediaOutlet"
                    ),
                    None,
                )
                or addressee
            )
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            # "In a separate interview with Dutch broadcaster NOS, he acknowledged …"
            addressee = _interviewer(st, c) or addressee
        if c.dep_ == "prep" and c.lower_ in ("through", "via"):
            # "claimed through Yonhap News Agency", "claimed responsibility for the attacks
            # through its Amaq news agency": the outlet it was said through relays it
            for p in c.children:
                k = _actor(st, p) if p.dep_ == "pobj" else None
                if k and st.cls_of(k) == "MediaOutlet":
                    addressee = k
        if (
            lemma in ("call", "urge", "appeal", "demand")
            and c.dep_ in ("dobj", "prep")
            # "calling the RIA Novosti report a fake" names no one it was said to
            and not (lemma == "call" and c.dep_ == "dobj")
        ):
            target = (
                c if c.dep_ == "dobj" else next((p for p in c.children if p.dep_ == "pobj"), None)
            )
            if target is not None:
                addressee = _actor(st, target) or addressee
    stype = VERB_TYPES[lemma]
    if lemma == "call" and _calls_a_claim_false(tok):
        stype = "Denial"
    elif lemma == "call" and _calls_in_quotes(tok):
        stype = "Remark"
    f = _Found(tok, lemma, stype, speaker, content, negated, addressee=addressee)
    if lemma in PARTICLES:
        f.lemma = f"{lemma} {PARTICLES[lemma]}"  # the verb as written: "point out"
    elif lemma == "call" and stype == "Demand":
        on = next(
            (
                c.lower_
                for c in tok.children
                if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
            ),
            None,
        )
        if on:
            f.lemma = "call on"  # the gold guide's multi-word verb ("call for" stays "call")
    f.reported_by = relayed_by
    clause = _subtree(tok)  # walked once for the relays below
    citing = next(
        (c for c in clause if 0 < abs(c.i - tok.i) <= 6 and c.lemma_ == "cite" and c.tag_ == "VBG"),
        None,
    )
    source = (
        next((c for c in citing.children if c.dep_ == "dobj"), None) if citing is not None else None
    )
    cited = _actor(st, source) if source is not None else None
    if (
        cited
        and cited != f.speaker
        and st.cls_of(f.speaker) == "MediaOutlet"
        and st.cls_of(cited) not in ("Group", "Person")
    ):
        # "RIA Novosti, citing Russia's defence ministry, said …": the ministry's statement,
        # relayed by the agency; but "Iran International claimed, citing unnamed sources, …"
        # and "The Wall Street Journal reported, citing U.S. officials, …" are the outlet's own
        # claim and report, which it stands behind
        f.speaker, f.reported_by = cited, f.speaker
    elif (carrier := _carried_by_outlet(st, tok, f.speaker)) is not None:
        f.speaker, f.reported_by = carrier, f.speaker
    # who the speaker is ("the Global Times, a tabloid published by the People's Daily") says
    # nothing about who relayed the statement
    about_speaker = {
        x.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for x in _subtree(c)
    }
    for c in clause:
        # "claimed, in a statement relayed by its media arm, ..." / "... as quoted by TASS"
        if (
            c.tag_ == "VBN"  # (the cheapest tests first)
            and c.lemma_ in ("relay", "quote", "cite", "report", "carry", "publish")
            # "Aram Torosyan, quoted by the Armenian website News.am, admitted": quoting the
            # speaker relays what he says
            and (c.i not in about_speaker or (c.lemma_ == "quote" and c.head.dep_ == "nsubj"))
            and (c.dep_ == "acl" or _as_relayed(c))
            # not "the attack carried out by the militia"
            and not any(p.dep_ == "prt" for p in c.children)
        ):
            for a in c.children:
                if a.dep_ == "agent":
                    src = next((p for p in a.children if p.dep_ == "pobj"), None)
                    if src is not None:
                        f.reported_by = _outlet_named(st, src) or f.reported_by
        if c.i not in about_speaker and c.dep_ == "acl" and c.lemma_ == "read":
            # "In a statement read out by spokesman Stéphane Dujarric, Secretary-General
            # António Guterres condemned …": whoever read it out relays it
            for a in c.children:
                if a.dep_ == "agent":
                    src = next((p for p in a.children if p.dep_ == "pobj"), None)
                    k = _actor(st, src) if src is not None else None
                    if k and k != f.speaker and st.cls_of(k) in ("Person", "MediaOutlet"):
                        f.reported_by = k
        if (
            c.i not in about_speaker
            and c.dep_ == "acl"
            and c.lemma_ in ("broadcast", "air", "carry", "publish", "televise", "release")
            and not any(p.dep_ == "prt" for p in c.children)
        ):
            # "in a statement broadcast on its Radio Andalus", "in a message released by its
            # Amaq propaganda agency": the channel relays it
            for a in c.children:
                if a.dep_ in ("prep", "agent") and a.lower_ in ("on", "by"):
                    src = next((p for p in a.children if p.dep_ == "pobj"), None)
                    k = _outlet_named(st, src, or_actor=False) if src is not None else None
                    if k and st.cls_of(k) == "MediaOutlet" and k != f.speaker:
                        f.reported_by = k
    f.date = _dates_attached(st, tok)
    if f.date is None and tok.dep_ == "relcl":
        f.date = _noun_date(st, tok.head)
    if (
        f.date is None
        and tok.dep_ == "conj"
        and tok.head.lemma_.lower() in ("speak", "talk", "meet")
        and _subject(tok) is None
    ):
        # "had spoken with the parents on Thursday afternoon and told them …": the telling was
        # that conversation
        f.date = _dates_attached(st, tok.head)
    # "According to a list of names released by the ministry on Wednesday, …"
    according_to = [
        p
        for a in tok.children
        if a.lower_ == "according"
        for to in a.children
        if to.lower_ == "to"
        for p in to.children
        if p.dep_ == "pobj"
    ]
    document = next(
        (
            t
            for t in (subj, _subject(tok), *according_to)
            if t is not None and t.lemma_.lower() in DATED_DOCUMENTS
        ),
        None,
    )  # the document, also when its author was made the speaker ("A report by X …")
    if f.date is None and document is not None:
        # "A U.N. report released Tuesday said …": the document's release dates what it says
        # (also hung off its author: "A report by the UN office published on 2 July")
        for c in document.subtree:
            if c.dep_ == "acl" and c.lemma_.lower() in ("release", "publish", "issue", "date"):
                f.date = _dates_attached(st, c)
                break
    if f.date is None:
        f.date = _date_after_verb(st, f)
    extra = []
    span = st.doc[subj.left_edge.i : subj.right_edge.i + 1]
    if len(speakers) == 1 and len(span) > 3 and any(t.lower_ == "and" for t in span):
        # "Police spokesman Lionel Pierre-Louis and mission spokesman Dennis Kiprono both
        # rejected …", parsed as one name or as appositions: each person named either side of
        # the "and"
        names = [e for e in span.ents if e.label_ == "PERSON"]
        joined = (
            any(t.lower_ == "and" and names[0].end <= t.i < names[-1].start for t in span)
            if len(names) == 2
            else False
        )
        if joined:
            speakers = [subj] + [e[-1] for e in names]  # the loop below skips the speaker
    for other in speakers[1:]:
        k = _actor(st, other)
        if k and k != speaker:
            extra.append(k)
    if extra:
        st.extra_speakers[tok.i] = extra
    return f


def _has_clause(tok: Token) -> bool:
    """A clausal complement, also where the parser hung the "that" clause off the addressee."""
    for c in tok.children:
        if c.dep_ == "ccomp":
            return True
        if c.dep_ in ("dobj", "dative") and any(
            r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)
            for r in c.children
        ):
            return True  # "assured allies that Ukraine would hold"
    return False


def _inside_quotation(tok: Token) -> bool:
    quotes = _doc_quotes(tok.doc)
    i = bisect.bisect_left(quotes, (tok.idx, -1, ""))
    # quotations do not nest: only the few opening just before the token can contain it
    return any(start < tok.idx < end for start, end, _ in quotes[max(0, i - 3) : i])


def _scare_quoted(tok: Token) -> bool:
    """'Syrskyi had "admitted" that …': the verb alone in quotation marks is the writer's
    doubt about the word, not a quotation of someone's speech."""
    quotes = _doc_quotes(tok.doc)
    i = bisect.bisect_left(quotes, (tok.idx, -1, ""))
    return any(
        start < tok.idx < end and text.lower() == tok.lower_
        for start, end, text in quotes[max(0, i - 3) : i]
    )


def _issuer(st: _Article) -> str | None:
    """Who speaks in the first person in an official statement: the publisher, if it is an actor
    (found once per article: it is asked for at every "we", "the Ministry" and home country)."""
    if st.issuer is None:
        st.issuer = (_find_issuer(st),)
    return st.issuer[0]


#: "We, the Foreign Ministers of Estonia and Finland, strongly condemn …": who "we" are
_WE_THE = re.compile(
    r"(?:^|\n)\s*[\"“]?We, the ("
    # "We, the foreign ministers of Canada, Chile, … and the United States,"
    r"(?:(?:[a-z]+|[A-Z][\w'’-]*) ){1,4}of (?:the )?[A-Z][\w'’-]*"
    r"(?:,? (?:[A-Z][\w'’-]*|of|and|the|for))*"
    r"|(?:[A-Z][\w'’-]*|of|and|the|for)(?:,? (?:[A-Z][\w'’-]*|of|and|the|for))+)"
    r"(?:\s*\((?:the )?([A-Z][^()]*)\))?,"
)


#: "Port Sudan (SUNA) – Statement by the Official Spokesman of the Armed Forces:": a release an
#: agency carries, in the voice of the body it names
_STATEMENT_BY = re.compile(
    r"\bStatement (?:by|of|from) (?:the )?(?:(?:Official |Military )?"
    r"(?:Spokesman|Spokesperson|Spokeswoman) (?:of|for) )?(?:the )?"
    r"([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|and|the|for))*)\s*:"
)


#: "The Official Spokesman of the Armed Forces, Brigadier General Nabil Abdallah, issued the
#: following statement:": the release below is in the voice of whom the subject speaks for
_ISSUED_THE_FOLLOWING = re.compile(
    r"(?=[irpm])\b(?:issued|released|published|made|read out|put out) the following "
    r"(?:statement|communiqu[eé]|declaration|announcement)\s*:"
)


#: "The full text of the army's statement, posted on …, reads as follows:": a newspaper
#: quoting a release in full, in the voice of whose release it is
_FULL_TEXT_OF = re.compile(
    r"(?=[ftHBF])(?:\b(?:full )?text of (?:the |an |its |their )?[\w'’ .-]{0,60}?"
    r"(?P<statement>statement|"
    r"communiqu[eé]|release)\b[^\n:]{0,160}?\b(?:reads|read|is) as follows\s*:"
    # "Here is the full text of the AFP statement:"
    r"|\b(?:Here is|Here's|Below is|Following is) the (?:full |complete )?text of (?:the |an |its "
    r"|their )?[\w'’ .-]{0,60}?(?P<statement2>statement|communiqu[eé]|release)\b[^\n:]{0,80}:)"
)


def _whose_statement(st: _Article, at: int) -> str | None:
    """The body whose statement the noun at character ``at`` is ("the army's statement")."""
    noun = next((t for t in st.doc if t.idx >= at), None)
    # "the army's statement"; "the AFP statement" (a body's name before the noun)
    owner = (
        next((c for c in noun.children if c.dep_ == "poss"), None)
        or next((c for c in noun.children if c.dep_ == "compound" and not c.is_lower), None)
        if noun
        else None
    )
    if owner is None:
        return None
    key = _actor(st, owner)
    return key if key is not None and st.cls_of(key) in BODY_CLASSES else None


def _who_issued(st: _Article, at: int) -> str | None:
    """The body whose release a sentence introduces at character ``at`` (its verb): the subject,
    or the body a spokesperson subject speaks for."""
    verb = next((t for t in st.doc if t.idx >= at), None)
    subj = _subject(verb) if verb is not None else None
    if subj is None:
        return None
    for c in subj.children:
        # "The Official Spokesman of the Armed Forces, …": the body after "of"
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and subj.lemma_.lower() in ROLE_NOUNS:
            for p in c.children:
                if (
                    p.dep_ == "pobj"
                    and (k := _actor(st, p)) is not None
                    and st.cls_of(k) in ("GovernmentBody", "ArmedForce")
                ):
                    return k
    speaker = _actor(st, subj)
    if speaker is None:
        return None
    d = st.entities[speaker]
    if d.cls == "Person":
        body = d.affiliation
        return body if body and st.cls_of(body) in ("GovernmentBody", "ArmedForce") else None
    return speaker if d.cls in BODY_CLASSES else None


def _publisher_country(st: _Article) -> str | None:
    """The country a state outlet or a government publisher speaks for."""
    name = st.article.publisher or ""
    # "Sudan News Agency (SUNA)": the name less its acronym in brackets
    ref = st.ref_by_name.get(_norm(name)) or st.ref_by_name.get(
        _norm(_BRACKETED_ACRONYM.sub("", name))
    )
    d = st.ref.entities.get(ref) if ref else None
    if d is None or d.affiliation is None or not d.affiliation.startswith("country/"):
        return None
    return d.affiliation


#: the seats of presidencies that publish under the seat's name
PRESIDENTIAL_SEATS = {"élysée": "country/france", "elysee": "country/france"}
PRESIDENTIAL_SEATS |= {"kremlin": "country/russia", "the kremlin": "country/russia"}


def _presidency_country(st: _Article) -> str | None:
    """The country whose president's office publishes the article ("Office of the President of
    Ukraine", "President of Russia", "Presidency of the Republic of Türkiye", "Élysée"), if it is
    one."""
    name = _clean_label(st.article.publisher or "")
    seat = PRESIDENTIAL_SEATS.get(name.lower())
    if seat is not None:
        return seat if seat in st.ref.entities else None
    if not re.search(r"\bpresiden(?:t|cy|tial)\b", name, re.I):
        return None
    tail = re.split(r" of (?=[A-Z]|the )", name)[-1] if " of " in name else ""
    return (
        st.country_key(_STATE_STYLE.sub("", tail))
        or st.country_key(re.sub(r"^the\s+", "", tail))
        or _publisher_country(st)
    )


def _bare_armed_forces(st: _Article, text: str) -> str | None:
    """ "The Armed Forces announce …" in a release a state agency carries: that state's armed
    forces (no other "Armed Forces" goes without its country)."""
    if "Armed Forces" not in text or _clean_label(text) != "Armed Forces":
        return None  # (the cheap test first: it is asked for every entity of every article)
    return _national_force_in(st, _publisher_country(st))


#: "Department of Foreign Affairs, Republic of the Philippines", "Ministry of National Defense
#: (Republic of Korea)", "Ministry of National Defense, Republic of China (Taiwan)": a publisher
#: named as a body, then the state it belongs to
_BODY_THEN_STATE = re.compile(
    r"^(?P<body>[^,()]+?)\s*(?:,\s*(?P<after>[^,()]+?)(?:\s*\((?P<inner>[^()]+)\))?"
    r"|\((?P<paren>[^()]+)\))\s*$"
)


def _publisher_parts(st: _Article, name: str) -> tuple[str, str, str] | None:
    """The body, its state and the body's class, of a publisher named as in
    :data:`_BODY_THEN_STATE` (a government body or an armed force only)."""
    parts = _BODY_THEN_STATE.match(_clean_label(name))
    if parts is None:
        return None
    country = next(
        (
            c
            for g in ("after", "inner", "paren")
            if (text := parts.group(g))
            and (
                c := st.country_key(re.sub(r"^the\s+", "", text.strip()))
                # "Ministry of External Affairs, Government of India"
                or st.country_key(re.sub(r"^(?:the\s+)?Government of\s+", "", text.strip()))
            )
        ),
        None,
    )
    body = re.sub(r"^the\s+", "", parts.group("body").strip(), flags=re.I)
    cls = _classify_unknown(body, "ORG")
    if country is None or cls not in ("GovernmentBody", "ArmedForce"):
        return None
    return body, country, cls


def _publisher_body(st: _Article, name: str) -> str | None:
    """The government body or armed force a publisher names with its state after it, as one
    node with what the article and other articles call it: the reference body of that state,
    its ministry of that portfolio, else "<body> of <state>" (how a body and its state are
    named when the state is not in the body's own name)."""
    found = _publisher_parts(st, name)
    if found is None:
        return None
    body, country, cls = found
    ref = st.ref.entities[country]
    state = _of_country(ref.label)
    names = [f"{body} of {state}", f"{ref.label}'s {body}"]
    names += [f"{d} {body}" for d in ref.demonyms]
    for n in names:
        key = st.ref_by_name.get(_norm(n))
        if key is not None and st.ref.entities[key].cls == cls:
            st.ensure(key, cls, st.ref.entities[key].label)
            return key
    low = body.lower()
    topic = next((t for t in MINISTRY_WORDS if re.search(rf"\b{t}\b", low)), None)
    if topic is not None and "ministry" in low:
        key = _ministry_of(st, country, topic, body)
    else:
        key = _named(st, names[0], cls)
        d = st.entities[key]
        d.affiliation = d.affiliation or country
        if key not in st.ref.entities:
            d.alt_labels.add(body)  # "The National Maritime Council (NMC) informs …" in the text
    st.entities[key].alt_labels.add(_clean_label(name))
    return key


def _signatories(st: _Article, names: str) -> str:
    """ "Governments of Australia, Japan, the Republic of the Philippines and the United States of
    America" -> "Governments of Australia, Japan, the Philippines and the United States": each
    state by its usual name, as its own node is called."""
    head, of, listed = names.partition(" of ")
    if not of:
        return names
    items = re.split(r",? and |, ", listed)
    if len(items) < 2:
        return names
    usual = []
    for item in items:
        key = st.country_key(re.sub(r"^the\s+", "", item))
        usual.append(_of_country(st.ref.entities[key].label) if key else item)
    return f"{head} of {', '.join(usual[:-1])} and {usual[-1]}"


#: the heading of a release under its letterhead: "JOINT COMMUNIQUE", "PRESS RELEASE"
_RELEASE_HEADING = re.compile(
    r"(?:JOINT |FINAL )?(?:COMMUNIQU[EÉ]|STATEMENT|PRESS RELEASE|DECLARATION)(?: NO\.? ?\d+)?"
)


def _letterhead(st: _Article) -> str | None:
    """ "CONFEDERATION OF SAHEL STATES (AES)" over "JOINT COMMUNIQUE": a release whose first
    line is the name of a body of the reference, in capitals, is in that body's voice (a joint
    communique of the alliance's ministers, whichever member's ministry published it)."""
    lines = [line.strip() for line in _text_of(st.doc)[:600].split("\n") if line.strip()][:5]
    if len(lines) < 2 or not any(_RELEASE_HEADING.fullmatch(line) for line in lines[1:]):
        return None
    head = _BRACKETED_ACRONYM.sub("", lines[0]).strip()
    if not head.isupper() or len(head.split()) < 2:
        return None
    key = st.ref_by_name.get(_norm(head.title()))
    if key is None or st.ref.entities[key].cls not in BODY_CLASSES | {"Group"}:
        return None
    return _named(st, head.title(), "Organization")


def _find_issuer(st: _Article) -> str | None:
    we = _WE_THE.search(_text_of(st.doc)[:2000])
    if we is not None:
        # a joint statement signed by those it names: they are the "we", not the publisher
        if we.group(2):
            # "(the Quad)": the name the signatories go by
            return _named(st, we.group(2), "Group")
        label = _signatories(st, we.group(1))
        key = "group/" + slug(label)
        st.ensure(key, "Group", label)
        return key
    if (head := _letterhead(st)) is not None:
        return head
    issued = _ISSUED_THE_FOLLOWING.search(_text_of(st.doc)[:2000])
    if issued is not None and (body := _who_issued(st, issued.start())) is not None:
        return body
    full = _FULL_TEXT_OF.search(_text_of(st.doc)[:3000])
    if full is not None and (body := _whose_statement(st, full.start(full.lastgroup or 0))):
        # "…, dated September 22, 2025:": the day the release was made, not the article's
        dated = re.search(r"\bdated\s+([^:]+?)\s*:", full.group(0))
        st.release_date = _time(st, dated.group(1)) if dated else None
        return body
    by = _STATEMENT_BY.search(_text_of(st.doc)[:600])
    if by is not None:
        body = _bare_armed_forces(st, by.group(1))
        if body is None:
            label = _clean_label(by.group(1))
            cls = _classify_unknown(label, "ORG")
            if cls in ("GovernmentBody", "ArmedForce"):
                body = _named(st, label, cls)
        if body is not None:
            return body
    name = st.article.publisher
    if not name:
        return None
    if (body := _publisher_body(st, name)) is not None:
        return body
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and all(
        _classify_unknown(p, "ORG") in ("GovernmentBody", "ArmedForce") for p in parts
    ):
        # "National Police of Colombia, Santiago de Cali Metropolitan Police": a letterhead
        # from the service down to the body that issues the release
        name = parts[1]
    label = re.sub(r"\bthe Republic of (the )?", "", _clean_label(name))
    cls = _classify_unknown(label, "ORG")
    if cls in ("GovernmentBody", "ArmedForce"):
        # a body of a state in its state's formal style (not an outlet: "Voice of America")
        label = _body_of_state_label(st, _clean_label(name))
    # a publisher that is not recognisably a ministry, an army or a body is a news outlet
    key = _named(st, label, "MediaOutlet" if cls == "Organization" else cls)
    d = st.entities.get(key) if key else None
    if d is not None and d.affiliation is None and cls in ("GovernmentBody", "ArmedForce"):
        # "Ministry of Foreign Affairs of Pakistan" speaks for Pakistan
        d.affiliation = next(
            (
                e.key
                for e in st.ref.by_class("Country")
                if any(
                    re.search(rf"\b{re.escape(n)}\b", label) for n in (e.label, *e.demonyms) if n
                )
            ),
            None,
        )
        if d.affiliation is not None:
            ref = st.ref.entities[d.affiliation]
            st.ensure(d.affiliation, ref.cls, ref.label)  # (an entity of the article's too)
    return key


#: a state's formal style before its name: "the Federal Republic of", "the Kingdom of"
_STATE_STYLE = re.compile(
    r"^(?:the )?(?:[\w'’]+ ){0,2}(?:Republic|Kingdom|Sultanate|State|Federation|Emirate) of "
    r"(?:the )?"
)


def _body_of_state_label(st: _Article, name: str) -> str:
    """ "Ministry of Foreign Affairs of the Islamic Republic of Iran" -> "… of Iran": a body
    named with its state's formal style goes by the state's name."""
    for m in re.finditer(r" of (?:the )?", name):
        tail = name[m.end() :]
        key = st.ref_by_name.get(_norm(tail)) or st.ref_by_name.get(
            _norm(_STATE_STYLE.sub("", tail))
        )
        if key is not None and st.ref.entities[key].cls == "Country":
            if _norm(tail) == _norm(st.ref.entities[key].label):
                break  # named so already: "Armed Forces of the Philippines"
            return f"{name[: m.start()]} of {_of_country(st.ref.entities[key].label)}"
    return re.sub(r"\bthe Republic of (the )?", "", name)


def _statement_named_before(st: _Article, noun: Token) -> str | None:
    """ "… denounced the authorities in a press statement. According to the statement, …": the
    speaker of the last statement made, a sentence or two before, in the statement this noun
    refers back to."""
    if noun.lemma_.lower() not in ("statement", "communique", "communiqué") or [
        c.lower_
        for c in noun.children
        if c.dep_ != "amod" and not (c.dep_ == "compound" and c.is_lower)
    ] not in (["the"], ["this"], ["that"]):
        return None
    here = _sent(noun).start
    for s in reversed(st.statements):
        verb = st.doc[st.stmt_tokens[s.index][0]]
        sent = _sent(verb)
        if sent.start >= here:
            continue
        if sum(1 for t in st.doc[sent.end : here] if t.is_sent_start) > 2:
            return None
        if any(t.lemma_.lower() == noun.lemma_.lower() for t in sent):
            return s.speaker
    return None


def _named_after_role(st: _Article, role: Token) -> str | None:
    """ "According to the commander of the military unit, Lieutenant Colonel Gor Petrosyan,
    …": the person set off by commas after the role's phrase (which the parser may have made
    the subject of what follows)."""
    doc = st.doc
    comma = role.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    for m in st.mentions:
        if (
            comma < m.start <= comma + 4
            and st.cls_of(m.key) == "Person"
            # (or at the end of the sentence: "according to the hospital's director, Dr.
            # Ahmad Merhi.")
            and (m.end == len(doc) or doc[m.end].text in (",", ".") or doc[m.end].is_sent_start)
            and all(t.is_title for t in doc[comma + 1 : m.start])
        ):
            return m.key
    return None


def _according(st: _Article, tok: Token) -> _Found | None:
    to = next(c for c in tok.children if c.lower_ == "to")
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    speaker = _statement_named_before(st, pobj) or _actor(st, pobj)
    if pobj.lemma_.lower() in ROLE_NOUNS and (named := _named_after_role(st, pobj)) is not None:
        speaker = named
    if speaker is None and pobj.lemma_.lower() in SOURCE_NOUNS:
        # "according to figures published by the regional government", "according to data
        # from the health ministry", "according to a report by Human Rights Watch"; "a list of
        # names released by the ministry": what the list is of, released by whom
        listed = [
            o
            for c in pobj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        for c in [*pobj.children, *(a for o in listed for a in o.children if a.dep_ == "acl")]:
            holder = c
            if c.dep_ == "acl" and c.lemma_ in READERS_OF_DOCUMENTS:
                continue  # "a report seen by Reuters": who read it, not who wrote it
            if c.dep_ == "acl":
                holder = next((a for a in c.children if a.dep_ == "agent"), c)
            if holder.dep_ in ("prep", "agent") and holder.lower_ in ("by", "from", "of"):
                source = next((p for p in holder.children if p.dep_ == "pobj"), None)
                if source is not None:
                    speaker = _actor(st, source)
            if speaker is None and c.dep_ == "acl":
                # "according to a statement posted on the ministry's X account": whose account
                speaker = next(
                    (
                        k
                        for p in c.children
                        if p.dep_ == "prep" and p.lower_ in ("on", "in", "via")
                        for o in p.children
                        if o.dep_ == "pobj"
                        for w in o.children
                        if w.dep_ == "poss" and (k := _actor(st, w)) is not None
                    ),
                    None,
                )
            if speaker is not None:
                break
    if speaker is None and (pobj.lemma_.lower() in SOURCE_NOUNS | DOCUMENTS | {"report"}):
        # "according to a confidential army report seen by Reuters": the national army of the
        # story
        speaker = next(
            (
                k
                for c in pobj.children
                if c.dep_ == "compound" and c.lower_ in ("army", "military")
                for country in _home_countries(st, c)
                if (k := _national_force_in(st, country)) is not None
            ),
            None,
        )
    if speaker is None:
        return None
    sent = _sent(tok)
    clause = {x.i for x in tok.subtree}
    content = [t for t in sent if t.i not in clause and not t.is_punct]
    stype = "Report" if st.cls_of(speaker) == "MediaOutlet" else "Remark"
    f = _Found(tok, "according to", stype, speaker, content, False)
    # the sentence's time expressions date what happened, not when the source told it; only a
    # date inside the phrase dates it ("according to a statement released on Monday")
    f.date = _date_in(st, list(tok.subtree))
    return f


def _no_comment(tok: Token) -> bool:
    """'had no comment on ...', 'did not respond to a request for comment'."""
    lemma = tok.lemma_.lower()
    if lemma == "have":
        return any(
            c.dep_ == "dobj" and c.lemma_ == "comment" and any(d.lower_ == "no" for d in c.children)
            for c in tok.children
        )
    if lemma in ("get", "speculate", "preview"):
        # "I'm not going to get ahead of any future operations", "would not speculate": a
        # spokesperson's refusal to comment
        negated = any(c.dep_ == "neg" for c in tok.children) or (
            tok.dep_ == "xcomp"
            and tok.head.lemma_ in ("go", "want", "be")
            and any(c.dep_ == "neg" for c in tok.head.children)
        )
        ahead = lemma != "get" or any(c.lower_ == "ahead" for c in tok.children)
        # inside a quotation, the speaker's words: "… and we will not speculate," she said
        return negated and ahead and not _inside_quotation(tok)
    if lemma in ("respond", "reply", "answer", "return"):
        return any(c.dep_ == "neg" for c in tok.children) and any(
            t.lemma_ in ("comment", "request", "question", "call", "message")
            for t in tok.subtree
            if t.i > tok.i
        )
    return False


def _no_comment_found(st: _Article, tok: Token) -> _Found | None:
    subj = _subject(tok) or _inherited_subject(tok)
    speaker = _actor(st, subj) if subj is not None else None
    if speaker is None:
        return None
    content = [t for t in tok.subtree if t.i > tok.i and not t.is_punct]
    f = _Found(tok, "comment", "Remark", speaker, content, True)
    f.date = _dates_attached(st, tok)
    return f


#: bodies whose communiqués and resolutions speak in operative paragraphs
COUNCIL_CLASSES = frozenset({"InternationalOrganization", "GovernmentBody", "Organization"})


def _operative_paragraph(st: _Article, sent: Span, council: str) -> _Found | None:
    """An operative paragraph of a communiqué or resolution, after "The Peace and Security
    Council:": "Condemns in the strongest terms …", "Demands the immediate release …" - a
    speech verb with no subject, opening the paragraph, whose speaker is the body."""
    first = next((t for t in sent if not (t.is_space or t.is_punct or t.tag_ == "LS")), None)
    if first is None or not first.is_title or first.i + 1 >= sent.end:
        return None
    lemma = first.lower_[:-1] if first.lower_.endswith("s") else first.lower_
    if first.lower_ == "calls" and st.doc[first.i + 1].lower_ in ("on", "upon"):
        lemma = "call"
    if (
        lemma not in VERB_TYPES
        or lemma == "thank"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    ):
        return None
    stype = VERB_TYPES[lemma]
    lemma = "call on" if lemma == "call" else lemma
    content = [t for t in sent if t.i > first.i and not t.is_space]
    while content and content[-1].is_punct:
        content.pop()
    f = _Found(first, lemma, stype, council, content, False)
    return f


def _interviewer(st: _Article, prep: Token) -> str | None:
    """The outlet of "in an interview with Dutch broadcaster NOS", "in remarks to the Ronahi
    TV channel"."""
    for p in prep.children:
        if p.dep_ != "pobj" or p.lemma_.lower() not in (
            "interview",
            "conversation",
            "remark",
            "remarks",
            "comment",
            "comments",
            "address",  # "in a televised address on the Al-Masirah channel"
            "speech",
            "appearance",
        ):
            continue
        for w in p.children:
            if w.dep_ != "prep" or w.lower_ not in ("with", "to", "on"):
                continue
            for q in w.children:
                # "with state broadcaster ORTM": the outlet named, not "state broadcaster"
                k = _outlet_named(st, q) if q.dep_ == "pobj" else None
                if k and st.cls_of(k) == "MediaOutlet":
                    return k
    return None


def _described_person(st: _Article, subj: Token) -> Token:
    """The person before "a spokesman …" when the parser made the description the subject:
    "Jack Ombaka, a spokesman for the mission, declined …"."""
    edge = subj.left_edge.i
    if (
        subj.lemma_.lower() in ROLE_NOUNS
        and (
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
            # "Najat Rochdi, UN deputy special envoy for Syria, said": the title in apposition
            # to the name before it
            or (
                subj.dep_ == "appos"
                and subj.head.i == edge - 2
                and not any(c.dep_ == "det" for c in subj.children)
            )
        )
        and edge >= 2
        and st.doc[edge - 1].text == ","
        and (k := st.key_at(st.doc[edge - 2]))
        and st.cls_of(k) == "Person"
    ):
        return st.doc[edge - 2]
    if (k := st.key_at(subj)) is not None and st.cls_of(k) in ACTOR_CLASSES - {"Person"}:
        # "Rwanda Defence Force (RDF) spokesman Brigadier General Ronald Rwivanga denied",
        # parsed with the force as the subject and the spokesman's name as its apposition
        for c in subj.children:
            if (
                c.dep_ == "appos"
                and c.i > subj.i
                and (p := st.key_at(c)) is not None
                and st.cls_of(p) == "Person"
                and any(t.lower_ in SPOKES_WORDS for t in st.doc[subj.i + 1 : c.i])
            ):
                return c
    return subj


def _declined(st: _Article, tok: Token) -> _Found | None:
    subj = _subject(tok) or _inherited_subject(tok)
    if subj is None:
        return None
    speaker = _actor(st, _described_person(st, subj))
    if speaker is None:
        return None
    x = next(c for c in tok.children if c.dep_ == "xcomp")
    content = list(x.subtree)
    stype = "Confirmation" if x.lemma_ == "confirm" else "Remark"
    f = _Found(tok, x.lemma_, stype, speaker, content, True)
    # a date of the refusal's own words, not of a clause about something else ("declined to
    # comment on whether it had reviewed two other strikes this year")
    clauses = [
        c
        for c in x.subtree
        if c.i != x.i and any(m.dep_ in ("nsubj", "nsubjpass", "mark") for m in c.children)
    ]
    own = [t for t in content if not any(c.is_ancestor(t) or c.i == t.i for c in clauses)]
    f.date = _dates_attached(st, tok) or _dates_attached(st, x) or _date_in(st, own)
    return f


def _trailing_outlet(st: _Article, sent: Span, found: list[_Found]) -> None:
    """ "Russia's Defence Ministry said …, the state news agency TASS reported.": the outlet at
    the end reports, and relays what was said before it (however the parser hung "reported")."""
    doc = st.doc
    # the sentence's words by index (no token made for each: only the last few are read)
    spaces = doc.user_data.get("frontline_spaces")
    if spaces is None:
        spaces = doc.user_data["frontline_spaces"] = doc.to_array(IS_SPACE).tolist()
    words = [i for i in range(sent.start, sent.end) if not spaces[i]]
    while words and doc[words[-1]].is_punct:
        words.pop()
    while len(words) > 4 and _is_time_word(doc[words[-1]]):
        words.pop()  # "…, TASS reported on November 20."
    if len(words) < 4 or doc[words[-1]].lemma_ != "report":
        return
    rep = doc[words[-1]]
    outlet = st.key_at(st.doc[rep.i - 1]) if rep.i > sent.start else None
    if outlet is None or st.cls_of(outlet) != "MediaOutlet" or _is_publisher(st, outlet):
        return
    first = min((m.start for m in st.mentions if m.key == outlet and m.end == rep.i), default=None)
    start = first if first is not None else rep.i - 1
    while start > sent.start and st.doc[start - 1].text != ",":
        start -= 1  # "the state news agency TASS"
    if start <= sent.start + 2 or any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in ("than", "that", "as")
        for t in st.doc[start : first if first is not None else rep.i - 1]
    ):
        # not "…, saying they had stayed airborne for a shorter period than the KCNA reported"
        return
    comma = start - 1
    earlier = [f for f in found if f.verb.i < comma and f.speaker != outlet]
    if not earlier:
        return
    for f in earlier:
        f.reported_by = f.reported_by or outlet
        # not the closing attribution, which the parser may have made the act's object
        f.content = [t for t in f.content if t.i < comma] or [
            t for t in st.doc[f.verb.i + 1 : comma] if not t.is_space
        ]
    if not any(f.verb.i == rep.i for f in found):
        content = [t for t in sent if t.i < comma and not t.is_space]
        report = _Found(rep, "report", "Report", outlet, content, False)
        report.date = _dates_attached(st, rep)
        found.append(report)
    else:
        for f in found:
            if f.verb.i == rep.i:
                f.speaker = outlet


TIME_PREPOSITIONS = frozenset({"on", "in", "at", "late", "early", "earlier", "later"})


def _is_time_word(tok: Token) -> bool:
    """A word of a closing time phrase: "on November 20", "late on Tuesday", "on Tuesday night"."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in TIME_PREPOSITIONS


def _closing_source_of(according: Token, verb: Token) -> bool:
    """ "Putin told Orbán that Moscow remained ready … and was committed to …, according to a
    Kremlin readout": the parser hung the closing "according to" on the reported clause; after a
    comma, at the end of the sentence, it gives the source of the whole report."""
    head = according.head
    while head.dep_ in ("ccomp", "xcomp", "conj") and head.head.i != head.i and head.i != verb.i:
        if head.head.i == verb.i:
            break
        head = head.head
    # ('urged both sides to "avoid steps …", according to a statement from the embassy': on
    # the infinitive of what was urged)
    if head.head.i != verb.i or head.dep_ not in ("ccomp", "xcomp"):
        return False
    return _closes_sentence(according)


def _closes_sentence(according: Token, also: int | None = None) -> bool:
    """ "…, according to X." : the phrase follows a comma and ends its sentence (with token
    ``also``, where the parser hung the phrase on a word of its own)."""
    sent = _sent(according)
    last = max([t.i for t in according.subtree] + ([also] if also is not None else []))
    doc = according.doc
    return (
        according.i > 0
        and (
            doc[according.i - 1].text == ","
            # '… to the Syrian army "without delay," according to SANA': the comma inside the
            # closing quotation mark
            or (
                according.i > 1
                and doc[according.i - 1].text in ('"', "”")
                and doc[according.i - 2].text == ","
            )
        )
        and all(t.is_punct or t.is_space for t in doc[_past_dispute_aside(doc, last) : sent.end])
    )


def _past_dispute_aside(doc: Doc, last: int) -> int:
    """Where the sentence goes on after token ``last``, past an aside on what was said that
    closes it ("…, according to the website Somali Memo, a claim the KDF dismissed as
    propaganda.")."""
    at = last + 1
    # (the comma may hang on the name before)
    start = at + 1 if at < len(doc) and doc[at].text == "," else at
    if doc[start - 1].text == ",":
        noun = next((t for t in doc[start : start + 3] if t.lemma_.lower() in DISPUTE_NOUNS), None)
        if noun is not None and noun.left_edge.i == start and noun.dep_ in ("appos", "dobj"):
            return noun.right_edge.i + 1
    return at


def _relations_in_sentence(st: _Article, sent: Span, found: list[_Found]) -> None:
    """Relays ('X reported that Y said', 'X quoted Y, who said'), inherited dates, 'this'."""
    by_verb = {f.verb.i: f for f in found}
    for f in found:
        # walk up the verb's heads to the nearest other statement verb
        cur = f.verb
        path = []
        while cur.head.i != cur.i:
            path.append(cur.dep_)
            cur = cur.head
            if cur.i in by_verb:
                break
        parent = by_verb.get(cur.i) if cur.i != f.verb.i else None
        if parent is not None and f.verb.tag_ == "VBG" and path and path[0] == "advcl":
            path = ["advcl"]  # a trailing participle of the speech act, wherever it was attached
        elif (
            parent is not None
            and f.verb.tag_ == "VBG"
            and path[:2] == ["conj", "advcl"]
            and f.verb.head.tag_ == "VBG"
        ):
            path = ["advcl"]  # "…, calling it a politicised document and saying that …"
        if parent is None and f.lemma != "according to":
            # "According to state media, Putin said ..." : the according phrase hangs off the verb
            for g in found:
                if (
                    g.lemma == "according to"
                    and (
                        g.verb.head.i == f.verb.i
                        # "X repelled …, spokesman Y said on Tuesday, according to SUNA"
                        # (not a clause of its own: "…, according to U.N. figures, though aid
                        # groups say …", "…, as Israel's military said …")
                        or (
                            f.verb.dep_ in ("parataxis", "advcl")
                            and g.verb.head.i == f.verb.head.i
                            and not any(c.dep_ == "mark" for c in f.verb.children)
                        )
                        # "the ministry said, according to TASS, that …", the phrase hung on the
                        # clause it stands before
                        or (
                            g.verb.head.dep_ == "ccomp"
                            and g.verb.head.head.i == f.verb.i
                            and g.verb.i > f.verb.i
                            and all(t.is_punct for t in st.doc[f.verb.i + 1 : g.verb.i])
                        )
                        or _closing_source_of(g.verb, f.verb)
                        # '… "without delay," according to the state news agency SANA', the
                        # phrase hung on the agency's name: an outlet closing the sentence of
                        # its main verb
                        or (
                            f.verb.dep_ == "ROOT"
                            and g.verb.i > f.verb.i
                            and st.cls_of(g.speaker) == "MediaOutlet"
                            and _sent(g.verb).root.i == f.verb.i
                            and _closes_sentence(g.verb, also=g.verb.head.i)
                        )
                        # "Kim hailed … and warned …, according to the agency": the closing source
                        # the parser hung on the last of the joined acts is the source of them all
                        or (
                            g.verb.head.dep_ == "conj"
                            and g.verb.head.head.i == f.verb.i
                            and _closes_sentence(g.verb)
                        )
                    )
                ):
                    parent = g
                    g.suppress = True
                    # an outlet relays; so does whoever issued a readout or transcript ("…,
                    # according to a Kremlin transcript", "a State Department readout")
                    document = any(
                        t.lemma_.lower() in DOCUMENTS
                        # "according to the ministry's press service": its press office passes
                        # the minister's words on
                        or (
                            t.lower_ in ("service", "office")
                            and any(c.lower_ in ("press", "media") for c in t.children)
                        )
                        for t in g.verb.subtree
                        if t.dep_ == "pobj"
                    )
                    # and a person: "The NIS acknowledged …, according to Rep. Park Sun-won",
                    # who briefed reporters on what the agency told lawmakers
                    # and a body or a group: "According to the Kremlin, Putin told Erdogan …",
                    # "according to lawmakers", whoever passed the words on
                    # (a country is no one's relay: "Radio Pakistan" taken for Pakistan)
                    relays = (
                        g.speaker is not None and st.cls_of(g.speaker) != "Country"
                    ) or document
                    f.reported_by = g.speaker if relays and g.speaker != f.speaker else None
            continue
        if parent is None:
            continue
        first = path[0] if path else ""
        if parent.lemma in QUOTING:
            # "RIA Novosti quoted the commander, who reported ...", "X was quoted by TASS as"
            f.reported_by = _relayer(st, parent)
            parent.suppress = True
            if f.date is None:
                f.date = parent.date
        elif first == "ccomp" or "ccomp" in path:
            if (
                first == "ccomp"
                and f.speaker == parent.speaker
                and any(c.dep_ == "aux" and c.lower_ == "had" for c in f.verb.children)
            ):
                # "Seepersad said that he had written to the embassy": the speaker telling of an
                # earlier act of their own, part of what they say now
                f.suppress = True
            elif first == "conj" and f.speaker == parent.speaker:
                # "noted that 30 civilians had been killed and urged …", the parser joining the
                # second act to the reported clause: the reporter's own next act, same occasion
                if f.date is None:
                    f.date = parent.date
            elif st.cls_of(parent.speaker) == "MediaOutlet" or parent.lemma in ("report", "relay"):
                f.reported_by = parent.speaker
            elif (
                parent.speaker is not None
                and f.speaker != parent.speaker
                and st.cls_of(f.speaker) not in ("Person", "MediaOutlet")
                and _lawmaker(st, parent.speaker)
            ):
                # "Rep. Park said the NIS assessed …": a lawmaker passes on what a body told
                # lawmakers behind closed doors
                f.reported_by = parent.speaker
        elif (
            first == "conj"
            and f.speaker != parent.speaker
            and (parent.lemma in ("report", "relay") or st.cls_of(parent.speaker) == "MediaOutlet")
            # "TASS claimed …, but Ukrinform reported …": an act with a subject of its own is
            # no second act of the one relayed
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in f.verb.children)
        ):
            # "KCNA reported that Ko had rejected the claim, and warned that …": Ko's warning,
            # relayed by KCNA, dated like the rest of what it relays (by its own words only)
            f.reported_by = parent.speaker
        elif first in ("advcl", "conj", "xcomp", "relcl", "pcomp"):
            later = any(c.lower_ in LATER_WORDS for c in f.verb.children)
            # "urged … on Tuesday, hours after Kim warned …": what came before is not dated by
            # what followed it
            before = f.speaker != parent.speaker and (
                _named_after_preposition(f.verb) is not None
                or any(_after_whom(c) is not None for c in f.verb.children if c.dep_ == "nsubj")
                # "the army said Tuesday …, but a security source told AFP …": another speaker,
                # set against the first, on a day the sentence does not give
                or (
                    first == "conj"
                    and any(c.dep_ == "cc" and c.lower_ == "but" for c in parent.verb.children)
                    and any(c.dep_ == "nsubj" for c in f.verb.children)
                )
            )
            if f.date is None and not later and not before:
                # "acknowledged in April and later admitted"
                f.date = parent.date
            if (
                first == "advcl"
                # "denied that …, dismissing the account as …", "vowed …, while promising …":
                # a participle of the same kind of act goes on with it too
                and (f.lemma in FOLDED_PARTICIPLES or f.stype == parent.stype)
                and f.verb.tag_ == "VBG"
                and f.speaker == parent.speaker
            ):
                # "rejected the claim, saying its troops still held positions": one speech act
                parent.content = parent.content + [t for t in f.content if t not in parent.content]
                parent.quotes.extend(f.quotes)
                # "…, telling state broadcaster MRTV that …": whom it was said to
                parent.addressee = parent.addressee or f.addressee
                # "denied that …, telling reporters in Nay Pyi Taw on Monday that …": and when
                parent.date = parent.date or f.date
                f.suppress = True
            elif (
                first == "advcl"
                and f.lemma in OCCASION_PARTICIPLES
                and f.verb.tag_ == "VBG"
                and f.speaker == parent.speaker
                and not f.negated
            ):
                # "Commenting on reports of a peace plan, Zakharova said …": the occasion of
                # the speech act, not another one
                f.suppress = True
            if f.speaker == parent.speaker and f.reported_by is None:
                f.reported_by = parent.reported_by
        # "though Moscow has not confirmed this": 'this' is the parent's content
        if len(f.content) == 1 and f.content[0].lower_ in ("this", "that", "it", "so"):
            f.content = parent.content
    for f in found:
        if f.lemma in QUOTING and not f.suppress:
            # "X quoted Y as saying ..." without a speech verb of Y's: Y's statement, relayed by X
            obj = next((c for c in f.verb.children if c.dep_ == "dobj"), None)
            quoted = _actor(st, obj) if obj is not None else None
            # "quoted X as saying": what X said, a Remark
            saying = next(
                (t for t in f.verb.subtree if t.lemma_ == "say" and t.tag_ == "VBG"), None
            )
            if quoted:
                f.reported_by, f.speaker = f.speaker, quoted
                if saying is not None:
                    f.lemma, f.stype = "say", VERB_TYPES["say"]
                    f.date = f.date or _dates_attached(st, saying)  # "as saying on Tuesday"
            elif _passive(f.verb):
                # "the ministry was quoted as saying by the National News Agency": the
                # ministry's remark, relayed by the agency
                f.reported_by = _relayer(st, f)
                if saying is not None:
                    f.lemma, f.stype = "say", VERB_TYPES["say"]


#: words of a lawmaker's title or role
LAWMAKER_WORDS = re.compile(
    r"\b(?:lawmaker|legislator|representative|rep|senator|sen|mp|congress(?:man|woman)"
    r"|member of (?:parliament|the national assembly))\b"
)
#: representatives who are diplomats, not lawmakers
ENVOY_WORDS = re.compile(r"\b(?:special|permanent|high|resident|un|united nations)\b")


def _lawmaker(st: _Article, key: str) -> bool:
    """Whether a person is a lawmaker ("Rep. Park Sun-won", "an opposition lawmaker")."""
    d = st.entities.get(key)
    return (
        d is not None
        and d.cls == "Person"
        and any(
            LAWMAKER_WORDS.search(r.lower()) and not ENVOY_WORDS.search(r.lower()) for r in d.roles
        )
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in verb.children)


def _relayer(st: _Article, quote: _Found) -> str | None:
    """Who relayed a quotation: the subject of "quoted", or the agent of "was quoted by"."""
    if not _passive(quote.verb):
        # "The rebels' Al-Masirah satellite news channel quoted …": the channel, not the rebels
        subject = _subject(quote.verb)
        named = _outlet_named(st, subject, or_actor=False) if subject is not None else None
        if named is not None and st.cls_of(named) == "MediaOutlet":
            return named
        return quote.speaker
    for c in quote.verb.subtree:
        # "was quoted by X as saying", or "was quoted as saying by X" (the agent hung on
        # "saying")
        if c.dep_ == "agent" or (
            c.dep_ == "prep" and c.lower_ == "by" and c.head.lemma_ in ("say", "quote")
        ):
            src = next((p for p in c.children if p.dep_ == "pobj"), None)
            if src is not None:
                return _outlet_named(st, src)
    return None


def _assign_quotes(sent: Span, found: list[_Found]) -> None:
    quotes = _quotes_in(sent)
    live = [f for f in found if not f.suppress]
    if not live:
        return
    if not quotes:
        return
    clauses = []  # each statement's verb's clause: (statement, first char, end char, size)
    for f in live:
        sub = _subtree(f.verb)
        clauses.append((f, sub[0].idx, sub[-1].idx + len(sub[-1]), len(sub)))
    for start, _end, text in quotes:
        best = None
        best_size = 10**9
        for f, lo, hi, size in clauses:
            if lo <= start < hi and size < best_size:
                best, best_size = f, size
        (best or live[0]).quotes.append(text)


def _outlet_named(st: _Article, src: Token, *, or_actor: bool = True) -> str | None:
    """Who relays, as a relaying phrase names it: the outlet a noun's compound or apposition
    names ("the rebels' Al-Masirah satellite channel" is Al-Masirah, not the rebels), else the
    noun's own referent."""
    k = st.key_at(src)
    if k is None or st.cls_of(k) != "MediaOutlet":
        named = [c for c in src.children if c.dep_ in ("compound", "appos", "nmod")]
        if src.i + 1 < len(st.doc):
            named.append(st.doc[src.i + 1])  # "the state news agency SUNA", misparsed
        for c in named:
            if (o := st.key_at(c)) and st.cls_of(o) == "MediaOutlet":
                return o
    return k or (_actor(st, src) if or_actor else None)


def _on_the_same_occasion(f: _Found) -> bool:
    """'In the same broadcast, he conceded …', 'told the same interview': said on an occasion
    already told."""
    content = {t.i for t in f.content}
    verbs = [f.verb, f.verb.head] if f.verb.dep_ == "conj" else [f.verb]
    return any(
        t.lower_ == "same"
        and t.head.i not in content
        and t.head.lemma_.lower() in OCCASIONS | {"broadcast", "programme", "program", "show"}
        for v in verbs
        for c in v.children
        if c.dep_ == "prep" and c.i not in content  # "but insisted …" shares "conceded in …"
        for t in c.subtree
    )


OCCASION_DETERMINERS = {"the", "same", "his", "her", "their", "its", "that"}
#: words of an occasion that recurs ("his daily conference call", "the weekly briefing"): it
#: is no occasion told before
RECURRING = {"daily", "weekly", "regular", "routine", "usual", "monthly", "nightly", "evening"}
OCCASIONS = {
    "ceremony",
    "briefing",
    "conference",
    "speech",
    "address",
    "interview",
    "meeting",
    "event",
    "summit",
    "statement",
    "video",
    "session",
    "rally",
    "parade",
    "visit",
    "appearance",
    "remarks",
    "comment",  # "rejected the claim in comments to Suspilne on Sunday"
    "talks",
    "call",
}
#: occasions only when named again ("In the same talk, I told him …"): "the Geneva talks" are
#: more often what is spoken of
SAME_OCCASIONS = {"talk", "conversation", "remark"}


#: a date opening a timeline entry and set off by a dash or a colon: "Jan. 15 - ",
#: "Dec. 30, 2024 – ", "14 March: ", "Monday — "
_ENTRY_DATE = re.compile(
    r"[\s*•·-]*((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{4}-\d{2}-\d{2}))(?:\s+[-–—]{1,2}|\s*:)\s"
)


def _base_form_tagged_past(verb: Token) -> bool:
    """ "We, the Foreign Ministers …, strongly condemn": the tagger took the base form after a long
    subject for a past tense; a speech verb's past is not spelled as its lemma."""
    return (
        verb.tag_ == "VBD"
        and verb.lower_ == verb.lemma_.lower()
        and verb.lower_ in VERB_TYPES
        and not verb.lower_.endswith("ed")
    )


def _joined_act(st: _Article, f: _Found, depth: int) -> Statement | None:
    """The statement already emitted, by the same speaker, whose verb is one of the ``depth``
    nearest heads of ``f``'s verb: the first act of "conceded …, but insisted …"."""
    heads = [a.i for a, _ in zip(f.verb.ancestors, range(depth), strict=False)]
    return next(
        (
            o
            for o in reversed(st.statements)
            if st.stmt_tokens[o.index][0] in heads and o.speaker == f.speaker
        ),
        None,
    )


def _present_tense(verb: Token) -> bool:
    """'condemns', 'we condemn', 'I can confirm', 'we can announce today'."""
    if verb.tag_ in ("VBZ", "VBP") or _base_form_tagged_past(verb):
        return True
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in ("can", "must", "'ll") for c in verb.children
    )


def _entry_date(st: _Article, verb: Token) -> TimeValue | None:
    """A timeline entry, "Jan. 15 - Transnistrian leader Vadim Krasnoselsky accused …" (a
    factbox bullet, a chronology): the date that opens the sentence, set off by a dash or a
    colon, dates what is said in it. Read from the text: the NER often misses such dates."""
    sent = _sent(verb)
    text = _text_of(st.doc)
    line = text.rfind("\n", 0, sent.start_char) + 1
    m = _ENTRY_DATE.match(text, line)
    # the entry's own sentence (the parser may have made the date one of its own)
    if m is None or m.end() > verb.idx or sent.start_char > m.end():
        return None
    return _time(st, m.group(1))


def _occasion_date(st: _Article, f: _Found) -> TimeValue | None:
    """'Speaking at the ceremony, he said' / 'In his address, ...': the date of that occasion."""
    nouns = set()
    possessive = recurring = False
    content = {t.i for t in f.content}
    # nor what the speaker did another time: "Aoun, who pledged in his inaugural address …,
    # condemned" (but "The statement said" is dated by the statement)
    content |= {
        x.i
        for c in f.verb.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for x in c.subtree
        if x.i != c.i and not (x.i < c.i and x.dep_ in ("det", "amod", "compound"))
    }
    for t in _subtree(f.verb):
        if t.i in content:
            continue  # "said the video showed ...": what is said is not where it was said
        lemma = t.lemma_.lower()
        if lemma not in OCCASIONS and lemma not in DOCUMENTS and lemma not in SAME_OCCASIONS:
            continue  # no occasion (its children are not looked at)
        dets = {c.lower_ for c in t.children}
        occasion = t.lemma_.lower() in OCCASIONS or (
            (t.lemma_.lower() in DOCUMENTS or t.lemma_.lower() in SAME_OCCASIONS)
            and "same" in dets  # "In the same post, Tarriela …"
        )
        if occasion and t.pos_ == "NOUN" and dets & OCCASION_DETERMINERS:
            recurring = recurring or bool(dets & RECURRING)
            nouns.add(t.lemma_.lower())
            possessive = possessive or bool(dets & {"his", "her", "their", "its"})
            # "at the signing ceremony": the sentence that told the signing
            nouns |= {
                re.sub(r"ing$", "", c.lemma_.lower())  # "signing" was told as "signed"
                for c in t.children
                if c.dep_ in ("compound", "amod") and c.lower_.endswith("ing")
            }
    if not nouns:
        return None
    # the sentence that introduced the occasion, a few sentences back, dates it
    sent = _sent(f.verb)
    for _ in range(6):
        if sent.start == 0:
            break
        sent = _sent(st.doc[sent.start - 1])
        if nouns & {t.lemma_.lower() for t in sent} and (
            # "at his regular briefing": his, not a briefing someone else gave
            not possessive or any(st.key_at(t) == f.speaker for t in sent)
        ):
            told = [t for t in sent if t.lemma_.lower() in nouns]
            for ent in _sent_ents(sent[0]):
                if ent.label_ == "DATE" and not any(
                    a.dep_ == "ccomp"
                    # nor the day of an event told in a clause beside the occasion: "The
                    # briefing, the fourth since Indian forces struck nine camps on May 7"
                    or (
                        a.dep_ in ("advcl", "relcl", "acl")
                        and a.pos_ in ("VERB", "AUX")
                        and not any(o in a.subtree for o in told)
                        and a.head not in told  # but "a message posted on Tuesday"
                        # nor when it began: "a call of 25 minutes starting at 3:30 p.m. today"
                        and not (a.lemma_ in ("start", "begin") and a.tag_ == "VBG")
                    )
                    for a in (ent.root, *ent.root.ancestors)
                ):
                    # not a day told in what was said ("alleged that a drone had killed three
                    # civilians on Monday"): that is the event's
                    tv = _time_of(st, ent)
                    if tv is not None and tv.value is not None:
                        return tv
    if (possessive or nouns) and not recurring:
        # "In his address, ...", "said at the ceremony": the speaker's own dated occasion (not
        # "on his daily conference call", one of many)
        for prev in reversed(st.statements):
            if prev.speaker == f.speaker and prev.date is not None and prev.date.value is not None:
                return prev.date
    return None


#: nouns that refer back to an event already told: "admitted that it had carried out the attack"
EVENT_NOUNS = {"attack", "strike", "bombing", "raid", "assault", "shelling", "incursion"}


def _event_referred_to(st: _Article, f: _Found, speakers: list[str]) -> list[str]:
    """The places of the event a definite noun in the content refers back to, as what the
    statement is about ("Al-Shabaab admitted that it had carried out the attack": the bombing in
    Mogadishu told in the sentence before)."""
    nouns = [
        t
        for t in f.content
        if t.lemma_.lower() in EVENT_NOUNS
        and any(c.lower_ in ("the", "that", "this") for c in t.children)
    ]
    if not nouns:
        return []
    earlier = [
        (tok_i, ev)
        for tok_i, ev in st.event_token.items()
        if tok_i < _sent(f.verb).start and ev < len(st.events)
    ]
    if not earlier:
        # no event of the kinds frontline records: where the same noun was told before ("a
        # drone strike on a vehicle near Bint Jbeil" … "killed in the strike")
        for t in nouns:
            for prev in _earlier_with_lemma(st, t.lemma_.lower(), _sent(f.verb).start):
                places = [
                    k
                    for x in _sent(prev)[prev.i - _sent(prev).start + 1 :][:10]
                    if (k := st.key_at(x))
                    and st.cls_of(k) in PLACE_CLASSES - {"Country"}
                    and k not in speakers
                ]
                if places:
                    return list(dict.fromkeys(places))
        return []
    tok_i, ev = max(earlier)
    places = list(st.events[ev].places)
    if not places:
        # the event's own sentence names where it happened ("the twin car bombing at the
        # education ministry in Mogadishu")
        for t in _sent(st.doc[tok_i]):
            k = st.key_at(t)
            if k and k not in places and st.cls_of(k) in PLACE_CLASSES - {"Country"}:
                places.append(k)
    return [k for k in places if k not in speakers]


#: definite nouns that refer back to the last place of a kind: "the city centre" is the city
#: named before
PLACE_BACK_REFERENCES = {
    "city": "Settlement",
    "town": "Settlement",
    "village": "Settlement",
    "centre": "Settlement",
    "center": "Settlement",
    "province": "Region",
    "region": "Region",
    "oblast": "Region",
}


#: facilities a story introduces with where they are ("a military base near the town of Kisweh")
#: and refers back to ("the base")
FACILITY_NOUNS = {"base", "airbase", "airport", "port", "plant", "facility", "camp", "depot"}
FACILITY_NOUNS |= {"dormitory", "hospital", "school", "market", "refinery", "warehouse", "factory"}
FACILITY_NOUNS |= {"monastery", "mosque", "church", "bridge", "station", "building"}
FACILITY_NOUNS |= {"enterprise", "terminal", "substation", "airfield", "compound"}


def _where_facility_was(st: _Article, t: Token, before: int) -> str | None:
    """For a definite, unqualified facility noun ("the base"), the place named where the same
    facility was introduced earlier ("a military base near the town of Kisweh" -> Kisweh)."""
    if (
        t.lemma_.lower() not in FACILITY_NOUNS
        or not any(c.lower_ == "the" for c in t.children)
        or any(
            c.dep_ in ("compound", "poss", "prep")
            or (c.dep_ == "amod" and c.lower_ not in COMPASS_WORDS)
            for c in t.children
        )
        or st.key_at(t)
    ):
        return None
    for earlier in _earlier_with_lemma(st, t.lemma_.lower(), before):
        for c in earlier.children:
            if c.dep_ == "prep" and c.lower_ in ("near", "in", "outside", "at", "around", "of"):
                for x in c.subtree:
                    k = st.key_at(x)
                    if k and st.cls_of(k) in PLACE_CLASSES - {"Country"}:
                        return k
        named = [
            k
            for x in (earlier, *(c for c in earlier.children if c.dep_ == "compound"))
            if (k := st.key_at(x)) and st.cls_of(k) == "Settlement"
        ]
        if named:
            # "the camp" after "Abu Shouk camp", "the southern port" after "Port Sudan": the
            # place the facility's word named (not "the Black Sea port of …")
            return named[0]
        if any(c.lower_ in ("a", "an") for c in earlier.children):
            # where it was first told of ("debris had fallen on an industrial zone in Yelets,
            # setting fire to a warehouse"): the place named nearest to it in that sentence
            near = [
                (abs(m.start - earlier.i), m.key)
                for m in st.mentions
                if _sent(earlier).start <= m.start < _sent(earlier).end
                and st.cls_of(m.key) in PLACE_CLASSES - {"Country"}
            ]
            return min(near)[1] if near else None
    return None


#: where in a country or a town a facility is: "the southern port", "the northern camp"
COMPASS_WORDS = frozenset(
    f"{a}{b}"
    for a in ("", "north-", "south-", "north", "south")
    for b in ("northern", "southern", "eastern", "western")
    if not (a and b in ("northern", "southern"))
)

#: the words _place_referred_to looks at (and their plurals never count)
BACK_REFERENCE_WORDS = set(PLACE_BACK_REFERENCES) | FACILITY_NOUNS | GEOGRAPHIC_HEADS | {"capital"}


def _capital_meant(st: _Article, t: Token) -> str | None:
    """ "fuel stocks in the capital", "the Ukrainian capital's defences": the capital city of
    the country a nationality names, else of the country reported on, when the article names
    that city (the reference knows which city is a country's capital)."""
    dets = [c for c in t.children if c.dep_ in ("det", "amod", "compound", "poss")]
    if not any(c.lower_ == "the" for c in dets):
        return None
    named = [c for c in dets if c.lower_ != "the"]
    if any(not st.country_at(c) for c in named):
        return None  # "the economic capital", "the regional capital"
    countries = [st.country_at(c) for c in named] or _reported_countries(st, t)
    by_country = {country: city for city, country in st.capitals.items()}
    for country in countries:
        city = by_country.get(country or "")
        if city is not None and any(m.key == city for m in st.mentions):
            return city
    return None


@lru_cache(maxsize=256)
def _word_hashes(words: frozenset[str]) -> tuple[int, ...]:
    """The distinct hashes of the words of a set, made once for the set."""
    return tuple(dict.fromkeys(hash_string(w) for w in words))


def _positions(st: _Article, words: frozenset[str]) -> list[int]:
    """The indices of the tokens whose lower-case lemma or form is one of ``words``, in order.

    Read from the doc's arrays of lemma and form hashes (each distinct lemma lowered once), so a
    pass that only cares about a few words neither makes a spaCy token of every word nor walks
    them all in Python."""
    index = st.word_index
    if index is None:
        # every token under its lower-case lemma's hash and (if another) its form's, in order:
        # one pass over the arrays' rows (numpy's unique, sort and grouping took three times
        # as long for an article's few hundred tokens)
        index = st.word_index = {}
        strings = st.doc.vocab.strings
        lowered: dict[int, int] = {}
        for i, (lemma, form) in enumerate(st.doc.to_array([LEMMA, LOWER]).tolist()):
            low = lowered.get(lemma)
            if low is None:
                low = lowered[lemma] = hash_string(strings[lemma].lower())
            found = index.get(low)
            if found is None:
                index[low] = [i]
            else:
                found.append(i)
            if form != low:
                found = index.get(form)
                if found is None:
                    index[form] = [i]
                else:
                    found.append(i)
    hits = [index[h] for h in _word_hashes(words) if h in index]
    if len(hits) == 1:
        return list(hits[0])
    return sorted({i for hit in hits for i in hit})


def _earlier_with_lemma(st: _Article, lemma: str, before: int) -> Iterator[Token]:
    """The tokens with ``lemma`` (lower case) before token ``before``, the nearest first."""
    if st.lemma_positions is None:
        st.lemma_positions = {}
    positions = st.lemma_positions.get(lemma)
    if positions is None:
        # one pass over the lemma hashes (numpy), not over spaCy tokens; nouns' lemmas are lower
        # case, so the lemma as written and its capitalised form cover "the town" / "Town"
        lemmas = st.doc.to_array([LEMMA])
        hashes = [st.doc.vocab.strings.add(lemma), st.doc.vocab.strings.add(lemma.capitalize())]
        positions = sorted(int(i) for h in hashes for i in (lemmas == h).nonzero()[0])
        st.lemma_positions[lemma] = positions
    for i in reversed(positions):
        if i < before:
            yield st.doc[i]


def _introduced_as(st: _Article, noun: str, before: int) -> str | None:
    """The place last introduced with ``noun`` before token ``before``: "the coastal town of
    Arcahaie" or "Arcahaie, a town of 100,000 people" for a later "the town"."""
    for t in _earlier_with_lemma(st, noun, before):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    k = st.key_at(p) if p.dep_ == "pobj" else None
                    if k and st.cls_of(k) in PLACE_CLASSES - {"Country"}:
                        return k
        k = st.key_at(t.head) if t.dep_ == "appos" else None
        if k and st.cls_of(k) in PLACE_CLASSES - {"Country"}:
            return k
    return None


def _place_referred_to(st: _Article, f: _Found) -> list[str]:
    """The place a definite, unnamed place noun in the content refers back to ("Russian groups
    had reached the city centre" after "Kupiansk, a railway hub"): the last place of that kind
    named before the statement's sentence."""
    found: list[str] = []
    nouns = [t for t in f.content if t.lower_ in BACK_REFERENCE_WORDS]
    for t in nouns:
        place = _where_facility_was(st, t, _sent(f.verb).start)
        if place is not None and place not in found:
            found.append(place)
        if (
            t.lower_ == "capital"
            and not st.key_at(t)
            # "an industrial enterprise in the regional capital": the town the region is named after
            and (city := _capital_meant(st, t) or (_regional(t) and _regional_capital(st, t)))
        ):
            if city not in found:
                found.append(city)
            continue
        if (
            t.lower_ in GEOGRAPHIC_HEADS
            and not st.key_at(t)
            and [c.lower_ for c in t.children if c.dep_ in ("det", "amod", "compound")] == ["the"]
        ):
            # "inside the shoal's territorial sea" after "Scarborough Shoal", "near the bay"
            # after "Kozacha Bay": the last feature named with that word
            named = next(
                (
                    m.key
                    for m in sorted(st.mentions, key=lambda m: m.start, reverse=True)
                    if m.start < t.i
                    and st.cls_of(m.key) in PLACE_CLASSES
                    and st.label_of(m.key).split()[-1].lower() == t.lower_
                ),
                None,
            )
            if named is not None and named not in found:
                found.append(named)
            continue
        cls = PLACE_BACK_REFERENCES.get(t.lemma_.lower())
        if (
            cls is None
            or st.key_at(t)
            or not any(c.lower_ == "the" for c in t.children)
            or any(
                c.dep_ in ("compound", "amod", "poss", "prep") and c.lower_ not in ("city", "town")
                for c in t.children
            )
        ):
            continue
        if t.lemma_.lower() in ("centre", "center") and not any(
            c.lower_ in ("city", "town") for c in t.lefts
        ):
            continue
        last = _introduced_as(st, t.lemma_.lower(), _sent(f.verb).start) or next(
            (
                m.key
                for m in sorted(st.mentions, key=lambda m: m.start, reverse=True)
                if m.start < _sent(f.verb).start
                and st.cls_of(m.key) == cls
                and m.key not in st.capitals  # "Kyiv should draw conclusions": a government
            ),
            None,
        )
        if last is not None and last not in found:
            found.append(last)
    return found


#: words that make a force the state's own: "government troops", "federal forces"
STATE_WORDS = frozenset({"government", "federal", "regime", "junta", "state", "pro-government"})
#: nouns for the people and formations of a force: "Russian assault groups", "Thai troops"
FIGHTING_NOUNS = frozenset(
    {"troops", "soldiers", "forces", "units", "groups", "fighters", "servicemen", "army"}
    | {"military", "brigades", "battalions", "sappers", "infantry", "paratroopers", "marines"}
    # one of them: "an Armenian serviceman had been lightly wounded"
    | {"soldier", "serviceman", "servicemember", "sailor", "pilot", "conscript"}
)
#: what an armed force's own spokesman calls its people: "four soldiers had been killed"
OWN_PEOPLE = frozenset(
    {"soldiers", "troops", "fighters", "servicemen", "officers", "personnel", "members"}
    | {"soldier", "officer", "general", "commander", "garrison", "military"}
)


def _nationality_meant(st: _Article, tok: Token) -> str | None:
    """What a nationality adjective in what is said stands for: the armed forces for its fighting
    people ("Russian assault groups"), else the country ("Iranian missiles")."""
    country = st.country_at(tok)
    if country is None or country not in st.ref.entities:
        return None
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.lower_ in FIGHTING_NOUNS and (force := _national_force_in(st, country)):
        return force
    st.ensure(country, "Country", st.ref.entities[country].label)
    return country


def _fighters_named_before(st: _Article, tok: Token) -> str | None:
    """Whose "the soldiers" are when the article told their nationality before ("North Korean
    soldiers crossed the line … The JCS acknowledged that the soldiers had come within 250
    metres"): that nationality's armed forces (the last such mention)."""
    if (
        tok.lower_ not in OWN_PEOPLE
        or tok.tag_ != "NNS"
        or [c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss")]
        != ["the"]
    ):
        return None
    for t in reversed(st.doc[: _sent(tok).start]):
        if t.lower_ != tok.lower_:
            continue
        for c in t.children:
            if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP":
                meant = _nationality_meant(st, c)
                before = st.doc[c.i - 1].lower_ if c.i else ""
                if meant is None and c.lower_ == "korean" and before in ("north", "south"):
                    # ("North Korean soldiers": "Korean" alone is neither Korea)
                    meant = _national_force_in(st, f"country/{before}-korea")
                return meant if meant is not None and st.cls_of(meant) in FORCE_CLASSES else None
    return None


def _own_force(st: _Article, speaker: str | None, tok: Token) -> str | None:
    """The speaker's own armed force when what is said counts its people without naming whose
    ("Army spokesperson Musa Danladi acknowledged that four soldiers had been killed", "two of
    their members had been martyred")."""
    if speaker is None or tok.lower_ not in OWN_PEOPLE or st.key_at(tok):
        return None
    if any(
        c.dep_ in ("amod", "compound", "poss") and (st.key_at(c) or st.country_at(c))
        for c in tok.children
    ):
        return None  # "Ukrainian soldiers", "Russia's soldiers": someone else's
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(st.key_at(p) for p in c.children)
        for c in tok.children
    ):
        return None  # "soldiers of the 47th Brigade"
    voice = _voice(st, speaker)
    cls = st.cls_of(voice)
    if any(c.lower_ == "our" for c in tok.children) and cls not in ("MilitaryUnit", "ArmedForce"):
        # "several of our valiant soldiers had fallen", said by a government's spokesman: the
        # state's own army (a person of no known state speaks for the one reported on)
        side = _side(st, voice)
        if side is None and cls == "Person":
            side = next(iter(_reported_countries(st, tok)), None)
        if side is not None and st.cls_of(side) == "Country":
            return _national_force_in(st, side)
    if cls == "MilitaryUnit":
        # (a command of no known parent: its state's army, "the junta's Northern Command")
        return st.entities[voice].parent or _national_force_in(st, _side(st, voice)) or voice
    if cls == "ArmedForce":
        return voice
    d = st.entities[voice]
    if cls in ("Person", "Group") and (d.affiliation or "country/").startswith("country/"):
        # "a Malian officer … acknowledged that four soldiers had been killed": the army of the
        # nationality the speaker is described by, when the description is a soldier's
        words = d.label.split()
        if (
            len(words) == 2
            and words[1].lower() in ("officer", "officers", "soldier", "soldiers")
            and (country := st.country_key(words[0])) is not None
        ):
            return _national_force_in(st, country)
    if cls == "GovernmentBody" and re.search(
        r"\b(?:defen[cs]e|armed forces|military|inter-services)\b", d.label, re.I
    ):
        # a defence ministry or a military's media wing counts the state's soldiers
        return _national_force_in(st, _side(st, voice))
    if (
        cls == "Person"
        and d.affiliation is None
        and (_military_title(d) or re.match(r"(?:\w+ )?security sources?\b", d.label, re.I))
    ):
        # "a senior army officer … said only four soldiers had been wounded": the army of the
        # country reported on (and "army spokesman Lieutenant Colonel Ibrahim Dauda Musa", by
        # his title; and "a security source in Niamey … since troops were redeployed")
        return _national_force_in(st, next(iter(_reported_countries(st, tok)), None))
    if (
        cls == "Person"
        and d.affiliation is None
        and any(
            re.search(r"\bdefen[cs]e minister|minister of defen[cs]e", r, re.I) for r in d.roles
        )
    ):
        # "Defence Minister Angie Motshekga acknowledged that the soldiers had been
        # outgunned": the army of the minister's state, found as a ministry's is (a national
        # outlet's own, else the country reported on)
        return _national_force_in(st, next(iter(_ministry_countries(st, tok)), None))
    if (
        cls == "Person"
        and d.affiliation is None
        and any(w.lower().strip(".,") in OFFICER_RANKS for r in d.roles for w in r.split())
    ):
        # "(junta) spokesman Major General Zaw Min Tun … a small number of soldiers had been
        # killed": an officer speaks for the one national army the article names
        forces = {
            k
            for k, e in st.entities.items()
            if e.cls == "ArmedForce" and _national_force(st, e.affiliation or "") == k
        }
        return forces.pop() if len(forces) == 1 else None
    return None


def _own_navy(st: _Article, speaker: str | None, tok: Token) -> str | None:
    """The navy of the speaker's state, when an official of it speaks of "the navy" or "no navy
    ship" without saying whose (the navy the reference knows for that state)."""
    if (
        speaker is None
        or tok.lower_ != "navy"
        or st.key_at(tok)
        or any(c.dep_ in ("poss", "amod", "compound") for c in tok.children)
        or (country := _side(st, _admitting_for(st, speaker, tok) or speaker)) is None
    ):
        return None
    navies = [
        k
        for k, e in st.ref.entities.items()
        if e.cls in FORCE_CLASSES and e.affiliation == country and e.label.endswith(" Navy")
    ]
    if len(navies) != 1:
        return None
    st.ensure(navies[0], st.ref.entities[navies[0]].cls, st.ref.entities[navies[0]].label)
    return navies[0]


#: ranks of officers who speak for an army: a spokesman with one speaks for the state's
OFFICER_RANKS = frozenset(
    {"general", "brigadier", "colonel", "major-general", "lieutenant-general", "admiral"}
    | {"lieutenant", "captain"}  # "Lieutenant Joel Tshisola, the army's spokesman in Ituri"
    | {"gen", "brig", "col", "maj", "lt"}
)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what a regular expression's \w matches


def _names_not_sent_to(name: str, role: str) -> bool:
    """Whether ``role`` names ``name`` as a whole word, and not as where someone is sent to
    ("ambassador to the IAEA"). A plain search: each name and title would otherwise make a
    regular expression of its own, too many for ``re``'s cache."""
    at = role.find(name)
    while at >= 0:
        end = at + len(name)
        before = role[:at]
        if (
            not (at and _word_char(role[at - 1]))
            and not (end < len(role) and _word_char(role[end]))
            and not any(
                before.endswith(to)
                and not (len(before) > len(to) and _word_char(before[-len(to) - 1]))
                for to in ("to ", "to the ")
            )
        ):
            return True
        at = role.find(name, at + 1)
    return False


def _body_in_roles(st: _Article, key: str, classes: frozenset[str] = BODY_CLASSES) -> str | None:
    """The body of the article a person's title names: the Ukrainian Air Force for "spokesperson
    for the Ukrainian Air Force", the Guyana Defence Force for "Guyana Defence Force's chief of
    staff" (the longest name found, not a country)."""
    roles = [r.lower() for r in st.entities[key].roles]
    if not roles:
        return None
    # a state the title names ("Qatar's Ministry of Foreign Affairs"): the body must be its own
    states = {
        c
        for r in roles
        for words in [re.findall(r"[\w.-]+", r)]
        for n in (1, 2)
        for i in range(len(words) - n + 1)
        if words[i] != "us" and (c := st.country_key(" ".join(words[i : i + n])))
    }
    best, size = None, 0
    for k, d in st.entities.items():
        if (
            d.cls not in classes
            or k == key
            # the NER's stray names ("Ryazan" taken for a body) are nobody's employer
            or (d.cls == "Organization" and k not in st.ref.entities)
            or (states and _side(st, k) not in states)
        ):
            continue
        for n in _names(st, k):
            # "ambassador to the IAEA", "envoy to the United Nations": sent to it, not its own
            if len(n) > max(size, 2) and any(_names_not_sent_to(n.lower(), r) for r in roles):
                best, size = k, len(n)
    return best


def _military_title(d: _EntityDraft) -> bool:
    """Whether a person is named or titled as the army's or the military's ("a senior army
    officer", "army spokesman Lieutenant Colonel …")."""
    return re.search(r"\b(?:army|military)\b", " ".join([d.label, *d.roles]), re.I) is not None


def _titled_police(st: _Article, key: str) -> bool:
    """Whether a person is titled as police ("a senior police officer", "Police spokesman
    Jean-Robert Pierrelus", the word before the title where the body took it)."""
    d = st.entities[key]
    if re.search(r"\bpolice\b", " ".join([d.label, *d.roles]), re.I):
        return True
    first = _first_mention(st, key)
    return first is not None and any(
        t.lower_ == "police" for t in st.doc[max(0, first - 3) : first]
    )


def _first_mention(st: _Article, key: str) -> int | None:
    """The first token of the article's first mention of ``key``."""
    return min((m.start for m in st.mentions if m.key == key), default=None)


def _admitting_for(st: _Article, speaker: str, verb: Token) -> str | None:
    """The body an unnamed or named official speaks for, when known: a person's affiliated body
    (not a country) or the body the person's title names, or the national force of a "military
    official"'s country (of the country reported on, when the official's is not told)."""
    d = st.entities[speaker]
    if d.cls != "Person":
        return None
    if d.affiliation is None and (body := _body_in_roles(st, speaker)) is not None:
        return body
    if (
        d.affiliation is None
        and _titled_police(st, speaker)
        and (police := _police_force_named(st, verb.i)) is not None
    ):
        # "Police spokesman Jean-Robert Pierrelus … acknowledged that the attackers had set
        # fire to part of the building": the police force the story names
        return police
    if d.affiliation is None and _military_title(d):
        # "A senior military officer in Kosti acknowledged that air defenses around the city
        # had failed": the army of the state the story is about
        return _national_force_in(st, next(iter(_reported_countries(st, verb)), None))
    if (
        d.affiliation in st.entities
        and st.cls_of(d.affiliation) == "Country"
        and (body := _body_in_roles(st, speaker, FORCE_CLASSES)) is not None
    ):
        # a state's official whose title names one of its forces ("spokesperson for the
        # Ukrainian Air Force") admits things about that force; a Kremlin spokesman's
        # admissions are not about the Kremlin
        return body
    if d.affiliation is None or d.affiliation not in st.entities:
        return None
    body = d.affiliation
    if st.cls_of(body) in ACTOR_CLASSES - {"Person", "Country", "MediaOutlet"}:
        return body
    if st.cls_of(body) == "Country" and re.search(r"\b(?:army|military)\b", d.label, re.I):
        return _national_force_in(st, body)
    return None


def _publishers_reporter(st: _Article, key: str) -> bool:
    """ "an Ukrinform correspondent" in Ukrinform's copy: the outlet's own reporter."""
    d = st.entities.get(key)
    if d is None or d.cls not in ("Person", "Group"):
        return False
    # ("SANA's correspondent in Quneitra")
    m = _OWN_REPORTER.match(d.label)
    if m is None:
        return False
    outlet = d.affiliation or st.ref_by_name.get(_norm(m.group(1)))
    return (outlet is not None and _is_publisher(st, outlet)) or _norm(m.group(1)) == _norm(
        st.article.publisher or ""
    )


_OWN_REPORTER = re.compile(
    r"^(?:an? |the )?(.+?)(?:'s|’s)? (?:correspondent|reporter|journalist)s?(?: in .+)?$", re.I
)


def _emit(st: _Article, sent: Span, f: _Found) -> int:
    if f.lemma in ("report", "according to") and (
        _is_publisher(st, f.speaker) or _publishers_reporter(st, f.speaker)
    ):
        # "..., Ukrinform reports", "…, an Ukrinform correspondent reports": the article itself,
        # not a relay
        return len(st.statements) - 1
    if f.reported_by is not None and _publishers_reporter(st, f.reported_by):
        f.reported_by = None  # nor does its own correspondent relay what was said to him
    if (
        f.lemma in ("verify", "confirm")
        and _is_publisher(st, f.speaker)
        and st.cls_of(f.speaker) == "MediaOutlet"
    ):
        # "verified by CNN" in CNN's copy, "RFE/RL could not independently verify": the
        # newsroom's own checking, not a statement it reports
        return len(st.statements) - 1
    if any(a <= f.verb.i < b and k == f.speaker for a, b, k in st.asked_by):
        return len(st.statements) - 1  # "Reuters: … Thank you.": the one asking says nothing
    if (
        f.reported_by is None
        and f.addressee
        and st.cls_of(f.addressee) == "MediaOutlet"
        and not _is_publisher(st, f.addressee)
    ):
        # "told AFP by phone" in a France 24 story: AFP relayed it ("told Reuters" in Reuters
        # copy is said to the publisher itself)
        f.reported_by = f.addressee
    if f.reported_by is None and f.speaker is not None:
        asker = next((k for a, b, k in st.asked_by if a <= f.verb.i < b), None)
        if asker is not None and asker != f.speaker:
            f.reported_by = asker  # a claim an outlet's question puts to the spokesperson
    if f.reported_by is None and f.speaker is not None and _on_the_same_occasion(f):
        # "telling state-run MRTV that … In the same broadcast, he conceded …": relayed as
        # what the speaker said before on that occasion
        f.reported_by = next(
            (p.reported_by for p in reversed(st.statements) if p.speaker == f.speaker), None
        )
    if f.reported_by is None and f.verb.dep_ == "conj" and f.speaker is not None:
        # "told the broadcaster TV Pink that …, but claimed that …": said on the same occasion,
        # relayed by the same outlet ("conceded that talks had slowed but insisted …": the
        # parser may join it to the reported clause's verb, under the speech verb)
        first = _joined_act(st, f, 3)
        if (
            first is not None
            and first.reported_by
            and st.cls_of(first.reported_by) == "MediaOutlet"
        ):
            f.reported_by = first.reported_by
    if f.reported_by and _is_publisher(st, f.reported_by):
        f.reported_by = None
    if (
        f.date is not None
        and f.date.value
        and st.published
        and _present_tense(f.verb)
        and f.date.value < st.published.isoformat()[: len(f.date.value)]
    ):
        # "we condemn the Houthis' attack on Tuesday", "I can confirm that yesterday evening
        # U.S. forces conducted strikes": what is said now is not dated by a day gone by; that
        # day is the event's
        f.date = None
    if (
        f.negated
        and f.verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in f.verb.children)
    ):
        # "It has not claimed a second attack on Dec. 28": a silence up to now has no day;
        # the day is the attack's
        f.date = None
    if f.date is None:
        f.date = _occasion_date(st, f)
    if (
        f.date is None
        and f.verb.dep_ == "conj"
        and not any(c.lower_ in LATER_WORDS for c in f.verb.children)
    ):
        # "He conceded in the same interview that …, but insisted …": the second verb shares
        # the first one's occasion, dated only once the first was emitted
        first = _joined_act(st, f, 1)
        if first is not None:
            f.date = first.date
    if f.date is None:
        f.date = _entry_date(st, f.verb)
    if (
        f.date is None
        and st.published
        and not st.interview
        and _turn_speaker(st, f.verb) == f.speaker
    ):
        # an answer in a briefing transcript: said at the briefing the transcript records,
        # unless it tells of another occasion ("In the same talk, I told him …")
        f.date = _occasion_date(st, f) or TimeValue(
            "(publication date)", st.published.isoformat(), "day"
        )
    if (
        st.published
        and _is_issuer_statement(st, f)
        and (f.verb.tag_ in ("VBZ", "VBP") or _base_form_tagged_past(f.verb))
        and f.date is not None
        and f.date.value is not None
        and f.date.value != st.published.isoformat()
    ):
        # "NATO strongly condemns the violation … in the early hours of 19 November": a release
        # speaking in the present speaks on its day; another date is the event's
        f.date = None
    if f.date is None and st.published and _is_issuer_statement(st, f):
        # an official release speaking in the present: dated by its publication
        f.date = st.release_date or TimeValue("(publication date)", st.published.isoformat(), "day")
    content_text = _span_text(f.content)
    if not content_text and f.quotes:
        content_text = " ".join(f.quotes)
    lo = min((t.i for t in f.content), default=f.verb.i)
    hi = max((t.i for t in f.content), default=f.verb.i) + 1
    speakers = [f.speaker] + st.extra_speakers.get(f.verb.i, [])
    about: list[str] = []
    of_itself = False
    known_before = set(st.entities)
    for t in f.content:
        k = st.key_at(t)
        if k in st.capitals and (
            (
                t.dep_ in ("nsubj", "nsubjpass", "poss")
                # (not "south of the capital, Sanaa, …", a place the parser made a subject)
                and not (t.i >= 2 and t.nbor(-1).text == "," and t.nbor(-2).lower_ == "capital")
            )
            or (t.dep_ == "pobj" and t.head.lower_ == "by")
            or (
                t.dep_ == "pobj"
                and t.head.lower_ == "from"
                # "a note from Warsaw", "an explanation from Chisinau"; not "moved staff from
                # Sanaa to Aden", where the capital is a place left
                and not any(
                    w.lemma_.lower() in MOVES_FROM
                    for w in (t.head.head, *(c for c in t.head.head.children if c.dep_ == "dobj"))
                )
            )
            # "no way of conveying its position to Pyongyang", "talks with Moscow": the capital
            # spoken or dealt with is its state
            or (
                t.dep_ == "pobj"
                and t.head.lower_ in ("to", "with")
                and t.head.head.lemma_.lower() in STATE_PARTNER_WORDS
            )
            # "a security agreement signed with Tehran": the state one signs with
            or (
                t.dep_ == "pobj"
                and t.head.lower_ == "with"
                and t.head.head.lemma_.lower() in ("sign", "conclude", "agree", "reach")
            )
        ):
            # "not everyone Kyiv had asked for was included", "a diplomatic note from Warsaw":
            # the capital that acts is its state
            k = st.capitals[k]
            st.ensure(k, "Country", st.ref.entities[k].label)
        if (
            k is None
            and t.lower_ in ANY_BODY_NOUNS
            and any(c.lower_ == "the" for c in t.children)
            # ("Moscow and the alliance still maintained channels")
            and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "poss", "conj")
        ):
            # "accused the rights group of …": the body named before, if one fits
            known = set(st.entities)
            found = _actor(st, t)
            k = found if found in known else None
            if k is not None:
                st.token_key.setdefault(t.i, k)
        if (
            k is None
            and t.lower_ in BODY_HEADS
            and any(c.lower_ == "the" for c in t.children)
            and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "poss")
        ):
            # "Grossi conceded that the agency had no indication": the one body of the article
            # whose name has that word (the International Atomic Energy Agency)
            k = _body_by_head(st, t.lower_, speakers)
        if (
            k is None
            and t.lower_ in ("military", "junta", "army")
            and any(c.lower_ == "the" for c in t.children)
            and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "poss")
            and (found := _actor(st, t))
            and (found in st.ref.entities or found in known_before)
            and st.cls_of(found) in ("ArmedForce", "GovernmentBody")
        ):
            # "he conceded that the military had suffered some casualties": the national force
            # of the country reported on, as when "the military" speaks
            k = found
            home = st.entities[f.speaker].affiliation if f.speaker in st.entities else None
            own = _national_force(st, home) if home and st.cls_of(home) == "Country" else None
            if own and own != k and own in known_before:
                # "President Joseph Aoun acknowledged that the army's deployment had been
                # slowed": the army of the speaker's own country, when the article names it
                k = own
        if (
            k is None
            and t.lower_ in ("we", "our", "us")
            and st.cls_of(f.speaker) == "Person"
            and (body := st.entities[f.speaker].affiliation)
            and body in st.entities
            and st.cls_of(body) in ACTOR_CLASSES - {"Person", "Country", "MediaOutlet"}
        ):
            # "I have to admit that we are not yet where we need to be", said by NATO's
            # secretary general: the body the person speaks for
            k = body
        if (
            k is None
            and (
                t.lower_ in ("we", "our", "us")
                or (
                    (t.lower_ == "its" or (t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass")))
                    and not any(c.pos_ in ("NOUN", "PROPN") and c.i < t.i for c in f.content)
                )
                or (
                    # "acknowledged the deaths of three of its fighters": the body's own men,
                    # with no other actor named before them in what is said
                    t.lower_ in ("its", "their")
                    and t.dep_ == "poss"
                    and t.head.lemma_.lower() in OWN_FORCE_NOUNS
                    and not any(
                        c.i < t.i and (ck := st.key_at(c)) and st.cls_of(ck) in ACTOR_CLASSES
                        for c in f.content
                    )
                )
            )
            and st.cls_of(f.speaker) in ACTOR_CLASSES - {"Person", "Country", "MediaOutlet"}
        ):
            # "The ministry acknowledged that its initial alert had been mistaken", "the group
            # conceded that it had been unable to locate …": what a body says of itself is
            # about it (added once the rest is known: it does not stand for the event referred to)
            of_itself = True
        state_word = (
            next(
                (
                    c.lower_
                    for c in t.children
                    if c.lower_ in STATE_WORDS and c.dep_ in ("amod", "compound")
                ),
                None,
            )
            if t.lower_ in FIGHTING_NOUNS  # (read only for fighters, below)
            else None
        )
        if (
            (k is None or (st.cls_of(k) == "Group" and k not in st.ref.entities))
            and t.lower_ in FIGHTING_NOUNS
            and state_word is not None
        ):
            # "federal troops had been reinforced", "exchanged fire with government troops":
            # the national force of the speaker's country (a rebel group's is the state it
            # fights), else of the country reported on
            where = (
                _country_of_place(st, p)
                for c in f.content
                if (p := st.key_at(c)) and st.cls_of(p) in PLACE_CLASSES - {"Country"}
            )
            own = _side(st, f.speaker)
            state_speaker = own is not None and (
                st.cls_of(f.speaker) in ("Country", "GovernmentBody")
                or _national_force(st, own) == f.speaker
                or _state_official(st, f.speaker)
            )
            if state_speaker and state_word in ("federal", "state"):
                home = own  # a government's "federal troops" are its own
            else:
                home = next((c for c in where if c), None) or (  # "… near Hsenwi": Myanmar's
                    own
                    if own and not state_speaker  # a rebel group's is the state it fights
                    else next((c for c in _reported_countries(st, t) if c != own), own)
                )
            k = _national_force_in(st, home)
        if k is None and t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound"):
            # "Ukrainian drones were still striking villages", "Russian assault groups": the
            # nationality's armed forces when its people fight, else its country
            k = _nationality_meant(st, t)
            country = st.country_at(t)
            if (
                k != country
                and t.head.tag_ == "NN"
                and t.head.lower_ in FIGHTING_NOUNS
                and country
                and country not in about
            ):
                about.append(country)  # "a Turkish soldier": one of its army, and of Turkey
        if (
            k is None
            and t.ent_type_ == "NORP"
            and t.tag_ in ("NNPS", "NNS")
            and t.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "conj")
        ):
            # "difficulties for ordinary Iranians": the people of a country are its country's
            k = st.country_at(t) or (st.country_key(t.text[:-1]) if t.text.endswith("s") else None)
            if k not in st.entities:
                k = None  # only a country the article names
        if k is None:
            k = _head_referred_to(st, t, speakers)
            if k is not None and (located := _place_in_name(st, k)) and located not in about:
                about.append(located)  # "the hospital" after El Obeid Teaching Hospital: El Obeid
        if k is None and t.lower_ in ("he", "him", "she") and st.cls_of(f.speaker) != "Person":
            # "The military acknowledged that he had been held for seven months": a body speaks
            # of the person named just before
            k = _person_named_just_before(st, t, speakers)
        if (
            k is not None
            and t.lower_ in ("military", "army")
            and _STAFF_NAME.search(st.label_of(k))
            and (national := _national_force_in(st, _side(st, k))) is not None
            and national not in about
        ):
            # "the spokesperson acknowledged that the military had not pinpointed the sources":
            # in what is said, the state's armed forces too, not only the Joint Chiefs who
            # speak for them
            about.append(national)
        if k and k not in speakers and k not in about and (not f.reported_by or k != f.reported_by):
            about.append(k)
        elif (
            k is None
            and f.stype == "Acknowledgement"
            and (theirs := _fighters_named_before(st, t)) is not None
            and _side(st, theirs) != _side(st, f.speaker)
        ):
            # (in an admission, of what the other side's soldiers did; a state's own soldiers
            # are its army's, as below)
            if theirs not in about and theirs not in speakers:
                about.append(theirs)  # "the soldiers" after "North Korean soldiers crossed …"
        elif k is None and (own := _own_force(st, f.speaker, t)) and own not in about:
            about.append(own)  # "four soldiers had been killed", said by the army
        elif k is None and (navy := _own_navy(st, f.speaker, t)) and navy not in about:
            about.append(navy)  # "no navy ship had been close enough", said by its chief
        if (
            f.stype == "Acknowledgement"
            and k in st.capitals
            and st.capitals[k] not in about
            and st.capitals[k] not in speakers
            and (
                t.dep_ in ("nsubj", "dobj")
                or (t.dep_ == "pobj" and t.head.lower_ in ("with", "by", "against", "from"))
            )
        ):
            about.append(st.capitals[k])  # "no channel to raise the issue with Beijing"
    if not about:
        about = _event_referred_to(st, f, speakers)
        # "Al-Shabaab admitted that it had carried out the attack": about the attack's place
        of_itself = of_itself and not about
    if of_itself and f.speaker not in about:
        about.append(f.speaker)
    for place in _place_referred_to(st, f):
        if place not in about and place not in speakers:
            about.append(place)
    for k in list(about):
        d = st.entities[k]
        if (
            d.cls in ("Group", "ArmedForce")
            and k not in st.ref.entities
            and (m := TROOPS_RE.search(d.label))
            and (country := d.affiliation or st.country_key(m.group(1)))
            and (force := _national_force_in(st, country))
            and force not in about
            and force not in speakers
        ):
            # "acknowledged that North Korean troops had been deployed": the country's armed
            # forces are what the troops are
            about.append(force)
    if f.stype == "Acknowledgement":
        # "In Volgograd, Governor Andrei Bocharov acknowledged that a fire had broken out":
        # where what is admitted happened, set before the sentence
        opening = next((t.i for t in sent if not t.is_space), sent.start)
        for c in f.verb.children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i == opening:
                for w in c.children:
                    k = st.key_at(w) if w.dep_ == "pobj" else None
                    if k and st.cls_of(k) in ("Region", "Settlement") and k not in about:
                        about.append(k)
    if (
        f.stype == "Acknowledgement"
        and not about
        and st.cls_of(f.speaker) in ACTOR_CLASSES - {"Person", "Country", "MediaOutlet"}
    ):
        # "NATA acknowledged that ground control had not yet received signals": a body that
        # admits something naming nothing admits it of itself
        about.append(f.speaker)
    own_side = _admitting_for(st, f.speaker, f.verb) if f.stype == "Acknowledgement" else None
    if own_side and own_side not in about and own_side not in speakers:
        # "An Israeli military official conceded that the shots were fired after the
        # ceasefire": what an official admits is about the body they serve
        about.append(own_side)
    asserts = tuple(sorted(ev for tok_i, ev in st.event_token.items() if lo <= tok_i < hi))
    evidence = _stext(sent).strip()
    last = -1
    for spk in speakers:
        index = len(st.statements)
        st.statements.append(
            Statement(
                index=index,
                type=f.stype,
                verb=f.lemma,
                speaker=spk,
                evidence=evidence,
                date=f.date,
                content=content_text or None,
                quotations=tuple(f.quotes),
                about=tuple(about),
                asserts=asserts,
                reported_by=f.reported_by if f.reported_by != spk else None,
                addressee=f.addressee,
                negated=f.negated,
            )
        )
        st.stmt_tokens.append((f.verb.i, lo, hi))
        last = index
    return last


def _is_publisher(st: _Article, key: str) -> bool:
    name = st.article.publisher
    if not name:
        return False
    d = st.entities.get(key)
    if d is None:
        return False
    names = {_norm(n) for n in [d.label, *d.alt_labels]}
    if _norm(name) in names or st.ref_by_name.get(_norm(name)) == key:
        return True
    # "POLITICO" in an article published by "Politico Europe": the outlet's edition
    own = _norm(re.sub(r"^the\s+", "", name, flags=re.I))
    return d.cls == "MediaOutlet" and any(
        own.startswith(_norm(re.sub(r"^the\s+", "", n, flags=re.I)) + " ") for n in names
    )


#: a title that names who speaks in the first person: "Press Statement of Kim Yo Jong, Vice
#: Department Director of C.C., WPK", "Statement by Minister X on …", "Speech of X at …"
_AUTHORED_TITLE = re.compile(
    # ("Transcript of the Weekly Press Briefing by the Spokesperson, Ambassador …")
    r"^\s*(?:(?:transcript|text|full\s+text)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:weekly|regular|daily|monthly|special)\s+)?"
    r"(?:(?:press|joint|video|new\s+year)\s+)?(?:statement|message|letter|speech|address|"
    # ("… Weekly Press Briefing on Military Operations by the Director …": its subject first)
    r"remarks|commentary|article|appeal|conference|briefing)\s+"
    r"(?:on\s+(?:[\w'’-]+\s+){1,4}?)?(?:of|by)\s+(.+?)\s*"
    r"(?:,|:|\(|\s+(?:on|at|to|in|for)\s|$)",
    re.I,
)


#: two to four capitalised words, particles allowed: a person's name as a title writes it
_PERSONAL_NAME = re.compile(r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|al-\w+|bin|ibn|de|van|von)){1,3}")


def _surname_last(name: str) -> str:
    """A name in the order English writes it: "KOIZUMI Shinjiro", as Japanese government pages
    write a name, family name in capitals first, is "Shinjiro Koizumi"; "CHO Hyun", a Korean
    name, stays family name first ("Cho Hyun")."""
    words = name.split()
    if (
        len(words) == 2
        and len(words[0]) > 1
        and words[0].isupper()
        and words[0].isalpha()
        and words[1].istitle()
    ):
        if words[0].title() in FAMILY_NAMES_FIRST:
            return f"{words[0].title()} {words[1]}"
        return f"{words[1]} {words[0].title()}"
    return name


def _title_author(st: _Article) -> str | None:
    """The person the title says is speaking ("Press Statement of Kim Yo Jong, …"), if any: the
    one an "I" in the text is."""
    if st.author is None:
        st.author = (_find_title_author(st),)
    return st.author[0]


def _find_title_author(st: _Article) -> str | None:
    # the title, or a release's opening line ("[09:12] Statement by the IDF Spokesperson, Brig.
    # Gen. Effie Defrin:")
    opening = [
        re.sub(r"^\s*\[[\d:.apm ]+\]\s*", "", line)
        for line in _text_of(st.doc)[:600].split("\n")
        if line.strip()
    ][:3]
    for line in [st.article.title or "", *opening]:
        m = _AUTHORED_TITLE.match(line)
        if m is None:
            continue
        names = [m.group(1)]
        if line[m.end(1) :].lstrip().startswith(","):
            # "by the IDF Spokesperson, Brig. Gen. Effie Defrin": the name after the office
            # (first: "the Director Defence Media Operations" names no one)
            names.insert(0, re.split(r"[,:(]", line[m.end(1) :].lstrip()[1:])[0].strip())
        for name in names:
            key = _author_named(st, name)
            if key is not None:
                return key
    for line in st.article.text[:600].split("\n")[:8]:
        # a briefing's header: "Spokesperson: Park Joon-seo", "Speaker: IDF Spokesperson Brig. Gen.
        # Effie Defrin"
        m = _BRIEFER_LINE.match(line.strip())
        if m is not None and (key := _author_named(st, m.group(1))) is not None:
            return key
    return None


#: the header line of a briefing that names who gives it
_BRIEFER_LINE = re.compile(r"(?:Spokesperson|Spokesman|Spokeswoman|Briefer|Speaker)\s*:\s*([^:]+)$")


def _author_named(st: _Article, name: str) -> str | None:
    """The person ``name`` (from a title or signature line) is, if it names one."""
    words = name.split()
    titled = [i for i, w in enumerate(words) if w.lower() in TITLES_ROLES_RANKS | ROLE_NOUNS]
    if titled and len(words) - titled[-1] - 1 >= 2:
        # "of Foreign Ministry Spokesman Esmaeil Baghaei": the name after the title
        words = words[titled[-1] + 1 :]
    while words and words[0].lower().rstrip(".") in TITLES_ROLES_RANKS | HONORIFICS | {"the"} | {
        r.rstrip(".") for r in RANK_ABBREVIATIONS
    }:
        words = words[1:]  # "Statement by Minister Andrii Sybiha"
    name = _surname_last(" ".join(words))
    key = st.ref_by_name.get(_norm(name))
    if key is not None:
        if st.ref.entities[key].cls != "Person":
            return None
        st.ensure(key, "Person", st.ref.entities[key].label)
        return key
    if not _PERSONAL_NAME.fullmatch(name):
        return None
    if any(w.lower() in OFFICE_NAME_WORDS | TITLE_WORDS | ROLE_NOUNS for w in words):
        return None  # "Statement by the Ministry of Foreign Affairs": a body, not a person
    key = "person/" + slug(name)
    st.ensure(key, "Person", name)
    return key


def _is_issuer_statement(st: _Article, f: _Found) -> bool:
    """A first-person or present-tense statement in an official release (published by an actor),
    or the first person of the one a title says is speaking."""
    # "I want to state clearly": the verb that wants is the one spoken in the first person
    verb = f.verb.head if f.verb.dep_ == "xcomp" and f.verb.head.pos_ == "VERB" else f.verb
    subj = _subject(verb)
    if subj is not None and subj.lower_ == "i" and _title_author(st) == f.speaker:
        return True
    issuer = _issuer(st)
    if issuer is None or st.cls_of(issuer) == "MediaOutlet":
        return False
    first_person = subj is not None and subj.lower_ in ("we", "i")
    return first_person or verb.tag_ in ("VBZ", "VBP")


def _content_words(st: _Article, s: Statement) -> set[str]:
    cached = st.content_words.get(s.index)
    if cached is not None:
        return cached
    _, lo, hi = st.stmt_tokens[s.index]
    st.content_words[s.index] = words = {
        t.lemma_.lower()
        for t in st.doc[lo:hi]
        if not t.is_stop  # (the cheaper test first)
        and t.pos_ in ("NOUN", "VERB", "PROPN", "ADJ")
        and t.lemma_.lower() not in VERB_TYPES
    }
    return words


DISPUTE_WINDOW = 60
#: content words too common in war reporting to tell which statement a denial answers
GENERIC_WORDS = {
    "force", "troop", "military", "army", "region", "country", "official", "government",
    "day", "week", "month", "year", "night", "new",
}  # fmt: skip
DISPUTABLE = (
    "Claim",
    "Announcement",
    "Remark",
    "Report",
    "Accusation",
    "Acknowledgement",
    "Confirmation",
    "Assessment",
    "Warning",
    "Condemnation",
)


#: what a denial can reject besides words: "rejected the footage as fabricated"
EVIDENCE_NOUNS = {
    "footage",
    "video",
    "videos",
    "images",
    "image",
    "photos",
    "photographs",
    "pictures",
}
_EVIDENCE_SYNONYM = {
    "footage": "video",
    "videos": "video",
    "image": "video",
    "images": "video",
    "photo": "video",
    "photos": "video",
    "photograph": "video",
    "photographs": "video",
    "picture": "video",
    "pictures": "video",
}


def _state_official(st: _Article, key: str) -> bool:
    """A person who speaks for a state: affiliated with a country or a government body (not
    with an armed force or a group, whose wars may be inside one country)."""
    d = st.entities.get(key)
    if d is None or d.cls != "Person" or d.affiliation is None:
        return False
    if d.affiliation in st.entities:
        return st.cls_of(d.affiliation) in ("Country", "GovernmentBody")
    ref = st.ref.entities.get(d.affiliation)  # "Kremlin spokesman": a body the text never names
    return ref is not None and ref.cls in ("Country", "GovernmentBody")


def _state_voice(st: _Article, key: str) -> bool:
    """Whether ``key`` speaks as a state's government: a country, one of its government bodies
    ("the Kremlin", "Russia's defence ministry") or an official of one."""
    cls = st.cls_of(key)
    return cls in ("Country", "GovernmentBody") or _state_official(st, key)


def _same_government(st: _Article, a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` both speak for one state's government: "Kremlin spokesman Dmitry
    Peskov" does not dispute what Russia's defence ministry declared, nor a minister his
    president."""
    return (
        _state_voice(st, a)
        and _state_voice(st, b)
        and (side := _side(st, a)) is not None
        and side == _side(st, b)
        # (the RSF's "Government of Peace and Unity" is no voice of Sudan's government)
        and not _through_rebels(st, a, side)
        and not _through_rebels(st, b, side)
    )


def _through_rebels(st: _Article, key: str, side: str) -> bool:
    """Whether an entity speaks for its state through a government an armed force set up (the
    RSF's "Government of Peace and Unity"): a government body affiliated with a force, not
    with the state."""
    seen: set[str] = set()
    cur: str | None = key
    while cur and cur not in seen and cur != side:
        seen.add(cur)
        d = st.entities.get(cur) or st.ref.entities.get(cur)
        if d is None:
            return False
        up = d.affiliation
        above = (st.entities.get(up) or st.ref.entities.get(up)) if up else None
        if d.cls == "GovernmentBody" and above is not None and above.cls == "ArmedForce":
            return True
        cur = up
    return False


def _side(st: _Article, key: str) -> str | None:
    """The country an entity speaks for: itself, its affiliation, or its affiliation's."""
    seen: set[str] = set()
    cur: str | None = key
    while cur and cur not in seen:
        seen.add(cur)
        d = st.entities.get(cur)
        cls = d.cls if d else (st.ref.entities[cur].cls if cur in st.ref.entities else None)
        if cls == "Country":
            return cur
        if d is not None and d.affiliation:
            cur = d.affiliation
        elif cur in st.ref.entities:
            cur = st.ref.entities[cur].affiliation
        else:
            return None
    return None


#: what reporting calls non-state armed groups
INSURGENTS = frozenset(
    {"jihadist", "rebel", "militant", "insurgent", "terrorist", "separatist", "gunman"}
    | {"extremist", "guerrilla", "fighter", "militia", "dissident"}
)


def _owner_of_disputed(st: _Article, tok: Token) -> str | None:
    """ "rejected the army's claim": the body a possessive before a dispute noun stands for,
    if it is one the article already has."""
    if tok.dep_ != "poss" or tok.head.lower_ not in DISPUTE_NOUNS:
        return None
    if tok.tag_ == "PRP$" and tok.lower_ not in ("his", "her"):
        return None  # "its claim", "their account": too loose to name whose
    known = set(st.entities)
    found = _actor(st, tok)
    if tok.tag_ == "PRP$":
        # "Col Dembélé rejected her findings": the woman who spoke before, not the denier
        subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        denier = _actor(st, subject) if subject is not None else None
        if found is not None and found == denier:
            gender = "f" if tok.lower_ == "her" else "m"
            start = _sent(tok).start
            before = [
                o.speaker
                for o in reversed(st.statements)
                if st.stmt_tokens[o.index][0] < start
                and o.speaker != denier
                and st.cls_of(o.speaker) == "Person"
            ]
            # one known to be a woman (a man) before one of whom nothing is known
            found = next((k for k in before if _gender(st, k) == gender), None) or next(
                (k for k in before if _gender(st, k) is None), None
            )
        if found is None or st.cls_of(found) != "Person":
            return None
    if (found is None or found not in known) and tok.pos_ == "NOUN":
        # "rejected the families' claims", "denied the experts' findings": the speakers last
        # heard with the noun in one of their names ("families of the Kenyan men")
        return next(
            (
                o.speaker
                for o in reversed(st.statements)
                if st.stmt_tokens[o.index][0] < tok.i
                and {tok.lower_, tok.lemma_.lower()}
                & {w for n in _names(st, o.speaker) for w in n.lower().split()}
            ),
            None,
        )
    return found if found in known else None


def _link_disputes(st: _Article) -> None:
    """A denial disputes the one earlier statement it answers, by another speaker.

    Candidates are scored: shared content words, being the kind of statement the denial names
    ("the claims" -> a claim, "the accusation" -> an accusation), coming from the speaker the denial
    names ("rejected Moscow's claim"), being about the denier ("accused Russia ..." answered by
    "Moscow denied ...") and coming before the denial.
    """
    for s in list(st.statements):
        if s.type != "Denial" or s.negated:
            continue
        verb_i, lo, hi = st.stmt_tokens[s.index]
        verb = st.doc[verb_i]
        # what is denied, without the participle that explains it ("denied targeting civilians,
        # insisting that its strikes hit only facilities used by the Ukrainian army")
        aside = {
            x.i
            for c in verb.children
            if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
            for x in c.subtree
        }
        # the denier's own account after it, however the parser hung it, counts for less ("denied
        # that Israel had signaled any readiness …, saying in a statement that all hostages must
        # be released in a single stage" answers who said Israel signaled, not who spoke of
        # hostages)
        account = {
            x.i
            for t in st.doc[lo:hi]
            if t.tag_ == "VBG"
            and t.dep_ in ("advcl", "conj", "xcomp")
            and t.lemma_.lower() in VERB_TYPES
            and t.i > 0
            and st.doc[t.i - 1].text == ","
            for x in t.subtree
        }
        # nor where and when it was denied ("rejected those figures in a statement on Wednesday",
        # "on Telegram"): the denier's own occasion is not what it denies
        aside |= {
            x.i
            for t in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
            for c in t.children
            if c.dep_ == "prep" and c.i > verb.i and _occasion_phrase(c)
            for x in c.subtree
        }
        # nor what the denier calls it ("rejected the claim as a sheer lie by the puppets")
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        # "rejected the NUG's call", "…, a call the junta rejected", "dismissed the Ukrainian
        # denial": what was asked, or denied, is what this denial rejects
        called = (
            [verb.head] if verb.dep_ == "relcl" and verb.head.lemma_.lower() in CALL_NOUNS else []
        )
        # "He has also accused the military of sabotage, remarks that the Defence Headquarters
        # has rejected": the parser took the noun set after the comma for a verb
        misread = (
            verb.dep_ == "ccomp"
            and verb.head.lower_ in DISPUTE_NOUNS
            and verb.head.i > 0
            and st.doc[verb.head.i - 1].text == ","
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        )
        if misread:
            called.append(verb.head)
        asked = {o.lower_ for o in dobjs if o.lemma_.lower() in CALL_NOUNS | {"denial"}}
        asked |= {t.lower_ for t in called}
        # "dismissed Zelensky's proposed moratorium": what was proposed is a call too
        asked |= {
            o.lower_
            for o in dobjs
            if any(c.dep_ == "amod" and c.lower_ in ("proposed", "suggested") for c in o.children)
        }
        dispute_nouns = DISPUTE_NOUNS | asked
        if not any(o.lemma_.lower() in DESCRIPTION_NOUNS for o in dobjs):
            calls = [
                c
                for t in (verb, *dobjs)
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
            ]
            # but not the object the parser hung after it ("rejected as "pure propaganda" the
            # jihadists' claim that …", the claim an apposition of "propaganda")
            moved = {
                x.i
                for c in calls
                for a in c.subtree
                if a.dep_ == "appos" and a.lower_ in dispute_nouns
                for x in a.subtree
            }
            aside |= {x.i for c in calls for x in c.subtree} - moved
        objs = [t for t in st.doc[lo:hi] if t.i not in aside] or list(st.doc[lo:hi])
        inside = {t.i for t in objs}
        # 'dismissed the claim as "another fake". "Our units have cleared …"': what is denied is
        # named by the object, whatever the content was taken from, and that content (the
        # quotation after it) is the denier's own account
        named_object = [
            x
            for o in dobjs
            if o.lower_ in dispute_nouns and o.i not in inside
            for x in o.subtree
            if x.i not in aside and x.i not in inside
        ]
        if named_object:
            account |= inside
        objs += named_object
        # whose claim it is ("the Israeli military's claim") is no word of what it said, nor a
        # country the denial defends
        owners = {
            x.i
            for t in objs
            if t.dep_ == "poss" and t.head.lower_ in dispute_nouns
            for x in t.subtree
        }
        words = {
            t.lemma_.lower()
            for t in objs
            if t.i not in owners
            and not t.is_stop
            and t.lower_ not in dispute_nouns
            and t.pos_ in ("NOUN", "VERB", "PROPN", "ADJ")
            and t.lemma_.lower() not in VERB_TYPES
        }
        told = {t.lemma_.lower() for t in objs if t.i not in account}
        # whose claim it was: "Moscow's claim", "claims by the Houthis", "the Houthi claim" —
        # not what the denial is about ("denied arming the Houthis")
        # what each word of the denial names: an entity, or whose a disputed thing is ("the army's
        # claim"); found once, for whose claim it is here and for the owner named on the noun
        key_of = {
            t.i: k for t in objs if (k := st.key_at(t) or _owner_of_disputed(st, t)) is not None
        }
        named_speakers = {
            k
            for t in objs
            if (k := key_of.get(t.i))
            and (
                t.head.lower_ in dispute_nouns
                or (
                    t.head.dep_ == "prep"
                    and t.head.lower_ in ("by", "from", "of")
                    and t.head.head.lower_ in dispute_nouns
                )
                # "denied the accusations made by Human Rights Watch"
                or (
                    t.head.dep_ == "agent"
                    and t.head.head.dep_ == "acl"
                    and t.head.head.head.lower_ in dispute_nouns
                )
            )
        }
        # "rejected Baku's claim": the capital stands for its state
        named_speakers = {st.capitals.get(k, k) for k in named_speakers}
        nouns = {t.lemma_.lower() for t in objs if t.lower_ in dispute_nouns}
        named_kinds = {
            t.lemma_.lower() for t in objs if t.lower_ in dispute_nouns and t.i not in account
        }
        nouns |= {t.lemma_.lower() for t in called}  # "…, a call the junta rejected"
        # "the jihadists' claim", "the rebels' claims": an armed group's, not a state's or an
        # outlet's
        insurgents = any(
            t.dep_ == "poss" and t.head.lower_ in dispute_nouns and t.lemma_.lower() in INSURGENTS
            for t in objs
        )
        in_sentence = {
            k for t in _sent(verb) if t.i not in range(lo, hi) and (k := st.key_at(t))
        } - {s.speaker}
        exact = {
            "announcement": "Announcement",
            "warning": "Warning",
            "claim": "Claim",
            "allegation": "Accusation",
            "charge": "Accusation",
            "accusation": "Accusation",
            "report": "Report",
            "assessment": "Assessment",
            "criticism": "Condemnation",
            "condemnation": "Condemnation",
            "denial": "Denial",
        }
        exact_types = {exact[n] for n in nouns if n in exact}
        # a country that qualifies the disputed thing ("rejected the American assessment") is
        # whose it was; other countries named in the denial ("denied any Ukrainian involvement")
        # are what it defends
        source = {
            c
            for t in objs
            if (
                t.head.lower_ in dispute_nouns | EVIDENCE_NOUNS
                # "the statement of the Armenian side": that side's
                or (
                    t.head.lower_ == "side"
                    and t.head.head.lower_ in ("of", "by", "from")
                    and t.head.head.head.lower_ in dispute_nouns
                )
            )
            and (c := st.country_at(t))
        }
        defended = {c for t in objs if t.i not in owners and (c := st.country_at(t))} - source
        evidence = {
            _EVIDENCE_SYNONYM.get(t.lower_, t.lower_) for t in objs if t.lower_ in EVIDENCE_NOUNS
        }
        wanted = set()
        if nouns & {"claim", "assertion", "suggestion"}:
            wanted |= {"Claim", "Announcement", "Report"}
        if nouns & {"allegation", "accusation", "charge"}:
            wanted |= {"Accusation", "Claim"}
        if nouns & (
            {"report", "account", "statement", "version", "narrative", "explanation"}
            | {"justification"}
            | DESCRIPTION_NOUNS
        ):
            wanted |= {"Report", "Claim", "Remark", "Announcement"}
        if nouns & {"remark", "comment"}:
            wanted |= {"Remark", "Claim", "Report", "Announcement", "Warning", "Accusation"}
        if nouns & {"assurance", "pledge", "promise"}:
            wanted |= {"Remark", "Promise", "Claim", "Warning"}
        if nouns & {"estimate", "finding", "conclusion"}:
            wanted |= {"Assessment", "Claim", "Report"}
        # "rejected those figures", "disputed the toll": a statement that gave a number
        counted = bool(nouns & {"figure", "toll", "tally"})
        if counted:
            wanted |= {"Claim", "Report", "Announcement", "Assessment"}
        if nouns & {"announcement"}:
            # ("dismissed the Russian announcement" of a capture the ministry "claimed")
            wanted |= {"Announcement", "Claim"}
        if nouns & {"warning", "threat"}:
            wanted |= {"Warning"}
        if nouns & (CALL_NOUNS | asked - {"denial", "denials"}):
            # "rejected the NUG's call", "a call the junta rejected": what was demanded, and a
            # pledge or proposal when that is what was offered
            wanted |= {"Demand", "Promise", "Announcement"}
        denier = {s.speaker, st.entities[s.speaker].affiliation, _voice(st, s.speaker)} - {None}
        # whom the denier speaks for, up to its state: "Kremlin spokesman Dmitry Peskov" does
        # not dispute his deputy prime minister
        own_side = denier | ({side} if (side := _side(st, s.speaker)) else set())
        spelled_out = any(
            t.lower_ in dispute_nouns and any(c.dep_ in ("acl", "ccomp") for c in t.children)
            for t in objs
        )
        best, best_score = None, 0.0
        scored: list[tuple[float, int]] = []
        # "The Ukrainian military denied this.": what was said just before
        words_of_obj = [t for t in objs if not t.is_punct and t.pos_ != "ADV"]  # "outright"
        anaphoric = (
            any(
                t.lower_ in ("this", "that", "it", "these", "those", "them") and t.head.i == verb.i
                for t in objs
            )
            and len(words_of_obj) <= 2
        ) or (
            # "We reject that claim.": the one just made
            len(words_of_obj) == 2
            and words_of_obj[0].lower_ in ("this", "that", "these", "those")
            and words_of_obj[1].lower_ in dispute_nouns
        )
        previous = next(
            (
                o.index
                for o in reversed(st.statements[: s.index])
                if o.speaker != s.speaker
                and not o.negated
                and o.type in DISPUTABLE
                and (not counted or _gives_number(st, o))  # "those figures": the last count
                and not _same_government(st, o.speaker, s.speaker)
            ),
            None,
        )
        # ", which Paris denies": a relative clause on what was just reported
        which_clause = (
            verb.dep_ == "relcl"
            and any(c.lower_ == "which" and c.dep_ in ("dobj", "nsubj") for c in verb.children)
            and verb.left_edge.i > 0
            and st.doc[verb.left_edge.i - 1].text == ","
        )
        # a denial answers something said nearby: look at most DISPUTE_WINDOW statements around it
        window = st.statements[max(0, s.index - DISPUTE_WINDOW) : s.index + DISPUTE_WINDOW // 4]

        def named(o: Statement, keys: set[str] = named_speakers) -> bool:
            """Whether ``o`` is by whom the denial names ("the Hamas claim")."""
            return (
                o.speaker in keys
                or st.entities[o.speaker].affiliation in keys
                or st.entities[o.speaker].parent in keys
                # "Baku's claim" made by the spokesman of Azerbaijan's defence ministry
                or any(
                    st.cls_of(k) == "Country" and _side(st, o.speaker) == k
                    for k in keys
                    if k in st.entities
                )
            )

        # "dismissed the Hamas claim", "rejected Washington's accusation": whose it is, written
        # on the very noun, points more surely than a name elsewhere in the denial
        # ("the health minister's claim": the minister named before, by his office)
        owners_of = {
            t.i: key_of[t.i]
            for t in objs
            if t.dep_ in ("poss", "compound") and t.head.lower_ in dispute_nouns and t.i in key_of
        }
        owner_tokens = [t for t in objs if t.i in owners_of]
        owned_by = {st.capitals.get(k, k) for k in owners_of.values()}
        if any(named(o, owned_by) for o in window if o.index < s.index):
            # the owner spoke: its name is whose the claim is, no word of what it said
            words -= {t.lemma_.lower() for t in owner_tokens}
        named_claim = any(
            named(o) and o.type in DISPUTABLE and not o.negated
            for o in window
            if o.index < s.index and o.speaker != s.speaker
        )
        for o in window:
            if (
                o.index == s.index
                or o.speaker == s.speaker
                or o.negated
                or (o.type not in DISPUTABLE and o.type != "Denial" and o.type not in wanted)
            ):
                continue
            if o.type == "Denial" and not (
                o.speaker in named_speakers
                # "rejected the North's claim" after a KPA general's denial, the North having
                # claimed nothing else
                or (named(o) and not named_claim)
                # "dismissed the junta's denial": the denial of whom it names, or of its side
                or (
                    "denial" in nouns
                    and (
                        named(o)
                        or any(
                            (side := _side(st, k)) is not None and _side(st, o.speaker) == side
                            for k in named_speakers
                        )
                    )
                )
                or (source and _side(st, o.speaker) in source)
            ):
                continue  # a denial answers a denial only when it names whose ("the American
                # claims" after CENTCOM denied the carrier was hit)
            if (
                o.speaker in denier
                or st.entities[o.speaker].affiliation == s.speaker
                or _voice(st, o.speaker) in own_side
            ):
                continue  # a ministry does not dispute its own state ("Pakistan condemns …"), nor
                # a spokesperson the body it speaks for
            if o.speaker == s.reported_by and o.type == "Report":
                continue  # nor does a denial answer the report that relays it
            if _same_government(st, o.speaker, s.speaker):
                continue  # nor a minister what his own president said (Gil and Maduro)
            if (
                (o_state := _side(st, o.speaker)) is not None
                and o.speaker == _national_force(st, o_state)
                and o_state == _side(st, s.speaker)
                and re.search(r"\b(?:military|army)\b", st.label_of(s.speaker).lower())
            ):
                continue  # nor "an Israeli military spokesperson" what Israel's military said
            # a word every war report uses ("forces", "region", "hit") says little about which
            # statement is denied
            score = sum(
                1.0 if w in GENERIC_WORDS or w not in told else 3.0
                for w in words & _content_words(st, o)
            )
            if anaphoric and o.index == previous:
                score += 5.0
            if (
                verb.dep_ == "relcl"
                and verb.head.lower_ in dispute_nouns
                and (
                    st.stmt_tokens[o.index][1] <= verb.head.i < st.stmt_tokens[o.index][2]
                    or verb.head.head.i == st.stmt_tokens[o.index][0]
                    # "…, a claim Kyiv rejects" set beside the last word of what was said
                    or (
                        verb.head.dep_ == "appos"
                        and st.stmt_tokens[o.index][1]
                        <= verb.head.head.i
                        < st.stmt_tokens[o.index][2]
                    )
                )
            ) or (
                misread
                and o.index < s.index
                and _sent(st.doc[st.stmt_tokens[o.index][0]]).start == _sent(verb).start
                and st.stmt_tokens[o.index][0] < verb.head.i
            ):
                # "Moscow says it is fighting neo-Nazis, a claim Kyiv rejects": the claim is
                # what the statement it stands in said
                score += 6.0
            if (
                which_clause
                and o.index < s.index
                and _sent(st.doc[st.stmt_tokens[o.index][0]]).start == _sent(verb).start
            ):
                # "The regime has accused France of backing jihadist groups, which Paris
                # denies": what the sentence reports before the clause is what is denied
                score += 6.0
            if o.index > s.index and score < 3.0:
                continue  # what is said after a denial is what it answers only if words say so
            # something that points at this statement in particular, beyond its kind
            pointed = score > 0
            if o.type in exact_types or (
                o.verb == "allege" and nouns & {"allegation", "allegations"}
            ):
                # "rejected the allegation": what someone "alleged" (less when what was alleged
                # is spelled out: "rejected the claim that a drone workshop had been hit" is
                # about whoever said that, claimed or said)
                score += 4.0 if spelled_out else 5.0
                pointed = True
            elif o.type in wanted:
                score += 2.0
                # "rejected the claim" points back at a claim; "dismissed reports that Russian
                # forces were massing" spells out what it answers, so only shared words point
                pointed = pointed or not spelled_out
            elif o.type == "Remark" and (
                nouns & {"claim", "claims", "assertion"}
                # "JNIM says it killed dozens of soldiers … The junta denies the toll."
                or (counted and _counts_people(st, o))
            ):
                # what was only "said" can be the claim, less surely than one called a claim
                score += 1.5
                pointed = pointed or not spelled_out
            if (
                o.index == s.index - 1
                and o.type in ("Claim", "Accusation")
                and _sent(st.doc[st.stmt_tokens[o.index][0]]).end == _sent(verb).start
            ):
                # "The military alleged that the boy had thrown a device. The boy's family denied
                # that he had been armed": the allegation told just before is what is denied
                score += 2.0
                pointed = True
            if o.type == "Accusation":
                score += 1.0  # denials most often answer accusations
            elif o.type == "Acknowledgement":
                score -= 1.5  # and seldom an admission (of losses, say): that is no claim to deny
            if defended & set(o.about):
                score += 2.0
                pointed = True  # "denied any Ukrainian involvement" answers what is about Ukraine
            if named(o):
                # the body named itself, more surely than one of its spokesmen or formations
                score += 3.0 if o.speaker in named_speakers else 2.5
                score += 2.0 if o.speaker in owned_by else 0.0  # "the Hamas claim": Hamas's own
                pointed = True
            elif o.speaker in in_sentence:
                # "rejected the report … and accused the rights group of …": whom the denier
                # answers is named in the same sentence
                score += 2.0
                pointed = True
            about_denier = denier & set(o.about)
            if source and _side(st, o.speaker) not in source and o.type != "Accusation":
                # "the Chinese claim" is China's, whatever else is about Japan
                about_denier = set()
            if about_denier and about_denier <= {
                _side(st, o.speaker),
                _country_of_place(st, o.speaker),  # (Okinawa Prefecture's is Japan)
            }:
                about_denier = set()  # a Russian outlet's report about Russia is no charge at it
            if about_denier:
                score += 2.0
                _, o_lo, o_hi = st.stmt_tokens[o.index]
                accusing = "Accusation" in wanted and any(
                    t.lemma_ in ("accuse", "blame") for t in st.doc[o_lo:o_hi]
                )  # 'said 47 were killed, accusing the RSF of …', answered by "the accusation"
                # "NATO said Russia was behind the attacks … Zakharova rejected the accusations":
                # what another side said of the denier's, called accusations
                charged = bool(nouns & {"accusation", "allegation"}) and _side(
                    st, o.speaker
                ) != _side(st, s.speaker)
                if (o.type == "Accusation" or o.addressee in denier or accusing or charged) and (
                    # (not when the denial names another kind: "rejected the NUG's account";
                    # "saying in a statement" is the denier's own)
                    not named_kinds or "Accusation" in wanted or o.type in wanted
                ):
                    score += 2.0  # "X accused Russia of ..." is what Russia's denial answers
                    pointed = True
            elif (
                nouns & {"accusation", "allegation", "charge"}
                and (own := _side(st, s.speaker)) is not None
                and _side(st, o.speaker) not in (None, own)
                and any(_side(st, a) == own for a in o.about if a not in denier)
            ):
                # "Azerbaijan's Defense Ministry said Armenian forces had opened fire …
                # Armenia's Defense Ministry rejected the accusation": what the other side said
                # of the denier's forces is the charge it answers
                score += 3.0
                pointed = True
            o_side = _side(st, o.speaker)
            if insurgents and st.cls_of(o.speaker) in ("ArmedForce", "Group") and o_side is None:
                score += 3.0
                pointed = True
            if source and o_side is not None and o_side not in source:
                continue  # "the American claims" are no Yemeni ministry's
            if source and o_side in source:
                score += 4.0
                pointed = True
            if evidence and evidence & {
                _EVIDENCE_SYNONYM.get(w, w) for w in _content_words(st, o) | _medium(st, o)
            }:
                score += 4.0  # "rejected the footage" answers the statement about a video
                pointed = True
            if counted and _gives_number(st, o):
                score += 4.0
                pointed = True
            if score <= 0 or not pointed:
                continue
            score += 0.5 if o.index < s.index else -score / 2  # a denial answers what came before
            if o.index < s.index:
                scored.append((score, o.index))
            score += (
                0.01 * o.index if o.index < s.index else 0.0
            )  # the latest earlier one wins ties
            if score > best_score:
                best, best_score = o.index, score
        if best is not None and best < s.index:
            # "the claim" made by one voice and then elaborated by it (the navy's report, then its
            # spokesman's details) is the claim as first made
            voice = _voice(st, st.statements[best].speaker)
            tied = [
                i
                for score, i in scored
                if score >= best_score - 0.05 and _voice(st, st.statements[i].speaker) == voice
            ]
            best = min(tied, default=best)
        if (
            best is not None
            and st.statements[best].type == "Report"
            # (not "denied the Haaretz report", the outlet's own named)
            and st.statements[best].speaker not in named_speakers | owned_by
        ):
            # "Haaretz reported that soldiers had told it …, an account the military rejected":
            # what the outlet relays is what is disputed, not its report of it
            relay_sentence = _sent(st.doc[st.stmt_tokens[best][0]]).start
            relayed = [
                i
                for score, i in scored
                if st.statements[i].reported_by == st.statements[best].speaker
                and _sent(st.doc[st.stmt_tokens[i][0]]).start == relay_sentence
                and score >= best_score - 3.0
            ]
            if relayed:
                best = relayed[-1]
        also = (
            next(
                (
                    o.disputes[0]
                    for o in reversed(st.statements[: s.index])
                    if o.type == "Denial" and o.disputes and o.speaker != s.speaker
                ),
                None,
            )
            if not words
            and nouns
            and any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in verb.children)
            else None
        )
        if also is not None and st.statements[also].speaker != s.speaker:
            # "Two Majors rejected the ministry's announcement … Ukraine's military also denied
            # the claim": the claim the denial before it answered
            best, best_score = also, max(best_score, 3.0)
        if best is not None and best_score >= (2.0 if best < s.index else 3.0):
            st.statements[s.index] = replace(s, disputes=(best,))


def _medium(st: _Article, o: Statement) -> set[str]:
    """What a statement was made in: "claimed in a video released on Sunday" (a video)."""
    verb = st.doc[st.stmt_tokens[o.index][0]]
    return {
        p.lower_
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("in", "via", "through")
        for p in c.children
        if p.dep_ == "pobj"
    }


def _occasion_phrase(prep: Token) -> bool:
    """A prepositional phrase that says where or when something was said: "in a statement",
    "on Telegram", "on Wednesday", "at a briefing"."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(
        # "in a statement", not "in the ministry's statement" (which can be the one denied)
        (o.lemma_.lower() in OCCASIONS and any(c.lower_ in ("a", "an") for c in o.children))
        or o.lower_ in PLATFORMS
        or o.ent_type_ in ("DATE", "TIME")
        for o in objs
    )


def _counts_people(st: _Article, s: Statement) -> bool:
    """Whether what ``s`` says counts people ("killed dozens of soldiers", "at least 80 people
    had been killed"): a toll."""
    _, lo, hi = st.stmt_tokens[s.index]
    return any(
        (t.like_num or t.lower_ in ("dozens", "scores", "hundreds")) and t.ent_type_ != "DATE"
        for t in st.doc[lo:hi]
    ) and any(t.lemma_.lower() in ("kill", "wound", "injure", "die", "dead") for t in st.doc[lo:hi])


def _gives_number(st: _Article, s: Statement) -> bool:
    """Whether what ``s`` says holds a count ("at least 80 people had been killed"), not only
    a date."""
    _, lo, hi = st.stmt_tokens[s.index]
    return any(t.like_num and t.ent_type_ not in ("DATE", "TIME", "ORDINAL") for t in st.doc[lo:hi])


def _voice(st: _Article, key: str) -> str:
    """Whom an entity speaks for, short of a state: a spokesman's body, a body itself."""
    seen = {key}
    while True:
        d = st.entities.get(key)
        up = d.affiliation if d else None
        # (an affiliation the article does not name is no voice of its own)
        if not up or up in seen or up not in st.entities or st.cls_of(up) == "Country":
            return key
        seen.add(up)
        key = up


# ---------------------------------------------------------------------------------------------
# events


def _collect_events(st: _Article) -> None:
    for i in _positions(st, EVENT_TRIGGER_WORDS):
        tok = st.doc[i]
        lemma = tok.lemma_.lower()
        etype = EVENT_TRIGGERS.get(lemma) or EVENT_TRIGGERS.get(tok.lower_)
        if etype is None:
            continue
        if (etype == "Communication" and lemma == "call") and (
            tok.pos_ != "NOUN"
            or not any(c.lower_ in ("phone", "telephone", "video") for c in tok.children)
        ):
            continue
        if etype == "Attack" and tok.pos_ not in ("NOUN", "VERB"):
            continue
        if lemma in ("strike", "attack") and tok.pos_ == "NOUN" and tok.dep_ == "compound":
            continue
        if lemma == "deploy" and tok.pos_ != "VERB":
            continue
        _event(st, tok, etype)


def _event(st: _Article, tok: Token, etype: str) -> None:
    governor = tok
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj", "attr", "nsubj", "nsubjpass"):
        governor = tok.head if tok.dep_ != "pobj" else tok.head.head
    agents: list[str] = []
    for c in tok.children:
        if c.dep_ in ("poss",):
            k = _actor(st, c, for_event=True)
            if k:
                agents.append(k)
    if not agents:
        subj = _subject(tok) if tok.pos_ == "VERB" else None
        if subj is None and tok.pos_ == "VERB":
            subj = _inherited_subject(tok)
        if subj is None and governor is not tok:
            subj = _subject(governor) or _inherited_subject(governor)
        if subj is not None:
            k = _actor(st, subj, for_event=True)
            if k:
                agents.append(k)
                agents.extend(
                    a for a in (_actor(st, c, for_event=True) for c in subj.conjuncts) if a
                )
    if not agents:
        for c in tok.children:
            if c.dep_ in ("amod", "compound"):
                k = st.key_at(c)
                if k and st.cls_of(k) in ACTOR_CLASSES:
                    agents.append(k)
    places: list[str] = []
    cut = {
        x.i
        for c in tok.children
        if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj")
        for x in c.subtree
    }
    scope = [t for t in _without_asides(tok) if t.i not in cut]
    if governor is not tok:
        scope += [t for c in governor.children if c.dep_ == "prep" for t in c.subtree]
    for t in scope:
        k = st.key_at(t)
        if k and st.cls_of(k) in PLACE_CLASSES and k not in places and k not in agents:
            # a country named as agent is not also the place
            places.append(k)
    time = _dates_attached(st, tok) if tok.pos_ == "VERB" else _noun_date(st, tok)
    if time is None and governor is not tok:
        time = _dates_attached(st, governor)
    if time is None and tok.dep_ in ("advcl", "conj", "xcomp"):
        time = _dates_attached(st, tok.head)
    troops = None
    for t in scope:
        if t.like_num and t.head.lower_ in TROOP_NOUNS:
            try:
                troops = int(float(t.text.replace(",", "")))
            except ValueError:
                troops = None
    if not agents and not places:
        return
    agent_label = ", ".join(st.label_of(a) for a in agents)
    place_label = ", ".join(st.label_of(p) for p in places)
    label = etype if not agent_label else f"{etype} by {agent_label}"
    if place_label:
        label += f" ({place_label})"
    index = len(st.events)
    st.events.append(
        Event(
            index=index,
            type=etype,
            label=label,
            evidence=_stext(_sent(tok)).strip(),
            agents=tuple(dict.fromkeys(agents)),
            places=tuple(places),
            time=time,
            troop_count=troops,
        )
    )
    st.event_token[tok.i] = index
