"""Property tests (hypothesis): any text and any front matter either gives a graph that conforms to
the shapes or a clear input error, never a traceback and never a non-conforming graph.

The reader properties are cheap and run many examples; the full chain (read -> extract with the
real spaCy model -> RDF -> SHACL) reuses the session's loaded pipeline and runs a modest number.
"""

from __future__ import annotations

import calendar
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontline.errors import FrontlineError, InputError
from frontline.model import Article
from frontline.reader import _plain_markdown, detect_language, read_file

CHAIN_EXAMPLES = 30

# --- strategies ------------------------------------------------------------------------------

WORDS = [
    "Russia",
    "Ukraine",
    "Putin",
    "Zelensky",
    "Kremlin",
    "Kursk",
    "Sudzha",
    "troops",
    "said",
    "claimed",
    "denied",
    "acknowledged",
    "confirmed",
    "reported",
    "the",
    "of",
    "and",
    "that",
    "on",
    "in",
    "North",
    "Korean",
    "forces",
    "General",
    "Staff",
    "ministry",
    "April",
    "March",
    "26",
    "2025",
    "last",
    "week",
    "yesterday",
    "according",
    "to",
    "RIA",
    "Novosti",
    "TASS",
    "brigade",
    "810th",
]
PUNCT = [".", ",", ";", ":", "!", "?", '"', "'", "\n", "\n\n", " - ", "(", ")"]

news_like = st.lists(st.sampled_from(WORDS + PUNCT), min_size=0, max_size=80).map(" ".join)
any_text = st.one_of(news_like, st.text(max_size=300))

date_values: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(str),
    st.sampled_from(["2025-13-45", "2025-02-30", "yesterday", "", "2025", "2025-04", 20250430]),
    st.text(max_size=20),
)
field_values: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(),
    st.lists(st.text(max_size=5), max_size=3),
    st.booleans(),
)
front_matter = st.fixed_dictionaries(
    {},
    optional={
        "title": field_values,
        "publisher": field_values,
        "url": st.one_of(field_values, st.just('https://example.org/a b<c>"{}')),
        "published": date_values,
        "language": st.one_of(field_values, st.sampled_from(["en", "en-GB", "de", "fr"])),
        "id": field_values,
    },
)


def _document(meta: dict[str, Any] | None, body: str, raw_front: str | None = None) -> str:
    if raw_front is not None:
        return f"---\n{raw_front}\n---\n{body}"
    if meta is None:
        return body
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body


def _loose(text: str) -> str:
    """Text without Markdown quote and list markers, curly quotation marks or line layout."""
    text = re.sub(r"(?m)^[ \t]*(?:>[ \t]?|(?:[-*+•]|\d{1,2}[.)])[ \t]+)", "", text)
    return " ".join(text.replace("“", "").replace("”", "").split())


def _read_one(data: bytes, suffix: str = ".md") -> list[Article | InputError]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        path.write_bytes(data)
        return list(read_file(path))


# --- reader: never a traceback ---------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".md", ".txt", ".jsonl", ".html"]))
def test_any_bytes_are_read_or_refused_clearly(data: bytes, suffix: str) -> None:
    for item in _read_one(data, suffix):
        if isinstance(item, InputError):
            assert item.what and item.where, repr(item)
            assert str(item)  # prints as "what (where): hint"
        else:
            assert isinstance(item, Article) and item.text.strip()


@settings(max_examples=300, deadline=None)
@given(
    meta=st.one_of(st.none(), front_matter),
    raw_front=st.one_of(st.none(), st.text(max_size=80)),
    body=any_text,
)
def test_any_front_matter_is_read_or_refused_with_its_place(
    meta: dict[str, Any] | None, raw_front: str | None, body: str
) -> None:
    text = _document(meta, body, raw_front)
    (item,) = _read_one(text.encode("utf-8"))
    if isinstance(item, InputError):
        assert item.where and item.where.split(":")[0].endswith("article.md"), repr(item)
        assert item.hint, repr(item)
    else:
        source = text.replace("\r\n", "\n").replace("\r", "\n")
        assert item.text.strip()
        plain_body = body.replace("\r\n", "\n").replace("\r", "\n")
        if _plain_markdown(source) == source and _plain_markdown(plain_body) == plain_body:
            # (the reader makes prose of the body alone: '---\n\n---\n>0' has a quote in it
            # although the whole file, front matter included, reads as no quote block)
            assert item.text.strip() in source  # the text as written
        else:
            # Markdown blockquotes and list items are made prose (reader._plain_markdown): the
            # words are the file's, in order, without the markers and the quotation marks added
            assert _loose(item.text) in _loose(source)
        assert item.published is None or isinstance(item.published, date)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400))
def test_language_detection_never_fails(text: str) -> None:
    result = detect_language(text)
    assert result is None or isinstance(result, str)


def test_language_detection_examples() -> None:
    english = (
        "The Russian Defence Ministry said on Tuesday that Ukrainian troops had been pushed out "
        "of the Kursk region, according to a statement published by the agency."
    )
    french = (
        "Le ministère de la Défense a déclaré mardi que les troupes ukrainiennes avaient été "
        "repoussées de la région de Koursk, selon un communiqué publié par l'agence de presse."
    )
    russian = "Министерство обороны России во вторник заявило, что украинские войска вытеснены."
    assert detect_language(english) is None
    assert detect_language(french) == "French"
    assert detect_language(russian) == "Cyrillic script"
    assert detect_language("Kursk") is None  # too short to judge: treated as English


# --- the whole chain: conforming graph or a clear error --------------------------------------


@pytest.fixture(scope="module")
def shapes() -> tuple[Any, Any]:
    from frontline.validate import _load

    return _load("shapes.ttl"), _load("frontline.ttl")


@settings(
    max_examples=CHAIN_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(meta=st.one_of(st.none(), front_matter), body=any_text)
def test_any_article_gives_a_conforming_graph_or_a_clear_error(
    nlp: Any, shapes: tuple[Any, Any], meta: dict[str, Any] | None, body: str
) -> None:
    from frontline import namespaces as ns
    from frontline.extract import extract
    from frontline.rdf import extraction_to_graph
    from frontline.validate import validate_graph

    (item,) = _read_one(_document(meta, body).encode("utf-8"))
    if isinstance(item, InputError):
        assert item.what and item.where
        return
    try:
        extraction = extract(item, nlp)
        graph = extraction_to_graph(extraction)
    except FrontlineError as exc:  # a clear, per-article error is allowed
        assert exc.what
        return
    results = validate_graph(graph, ns.graph_iri(item.short_id), *shapes)
    violations = [r for r in results if r.severity == "Violation"]
    assert not violations, (item, violations)


@settings(max_examples=CHAIN_EXAMPLES, deadline=None)
@given(
    published=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    day=st.integers(min_value=1, max_value=28),
    month=st.sampled_from(list(calendar.month_name)[1:]),
    year=st.one_of(st.none(), st.integers(min_value=1990, max_value=2110)),
)
def test_statement_dates_are_never_after_publication(
    nlp: Any, published: date, day: int, month: str, year: int | None
) -> None:
    from frontline.extract import extract

    when = f"{month} {day}" + (f", {year}" if year else "")
    text = (
        f"Russian President Vladimir Putin said on {when} that North Korean troops were in Kursk."
        " Ukraine's General Staff denied the claim."
    )
    article = Article(text=text, source="prop.md", published=published, title="t", publisher="p")
    for statement in extract(article, nlp).statements:
        value = statement.date.value if statement.date else None
        if value:
            # a month or a year counts from its first day, as in the shapes
            first_day = date.fromisoformat((value + "-01-01")[:10])
            assert first_day <= published, (when, published, value)
