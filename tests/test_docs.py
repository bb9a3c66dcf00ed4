"""Ontology and query documentation generated from ontology/ and queries/."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF
from typer.testing import CliRunner

from frontline.cli import app
from frontline.docsgen import FL, curie, write_docs
from frontline.queries import list_queries

ROOT = Path(__file__).resolve().parent.parent


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key == "id" and value:
                self.ids.append(value)
            if key == "href" and value:
                self.hrefs.append(value)


def _parse(path: Path) -> _Ids:
    parser = _Ids()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_class_and_property_is_documented(tmp_path: Path) -> None:
    summary = write_docs(tmp_path)
    ontology = Graph().parse(ROOT / "ontology" / "frontline.ttl")
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    terms = [
        t
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for t in ontology.subjects(RDF.type, kind)
        if isinstance(t, URIRef) and t.startswith(FL)
    ]
    assert terms and summary.classes > 10 and summary.properties > 10
    for term in terms:
        assert f'id="{curie(term).replace(":", "-")}"' in index, term
    assert "SHACL constraints" in index
    parsed = _parse(tmp_path / "index.html")
    assert len(parsed.ids) == len(set(parsed.ids))
    local = [h[1:] for h in parsed.hrefs if h.startswith("#")]
    assert set(local) <= set(parsed.ids)  # no dangling internal links


def test_every_query_is_documented(tmp_path: Path) -> None:
    write_docs(tmp_path)
    page = (tmp_path / "queries.html").read_text(encoding="utf-8")
    for query in list_queries():
        assert f'id="{query.name}"' in page
        assert f"frontline query {query.name}" in page
        for param in query.params:
            assert f"<code>{param.name}</code>" in page


def test_docs_are_deterministic_and_cli(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["docs", "-o", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Documented ") and "queries.html" in result.output
    write_docs(tmp_path / "b")
    for name in ("index.html", "queries.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_optional_parameters_are_marked_and_left_out_of_the_example(tmp_path: Path) -> None:
    write_docs(tmp_path)
    page = (tmp_path / "queries.html").read_text(encoding="utf-8")
    assert "<td>iri, optional</td>" in page
    assert "<code>frontline query statements</code>" in page  # every parameter is optional
    assert "inArticle=" not in page
    example = "frontline query actor-statements --param actor=&quot;…&quot;</code>"
    assert example in page
