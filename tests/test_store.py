from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from frontline import namespaces as ns
from frontline import queries
from frontline.errors import FrontlineError, QueryError, StoreError, UsageError
from frontline.store import (
    EmbeddedStore,
    RemoteStore,
    Store,
    insert_values,
    load_reference,
    nt_term,
    open_store,
)
from store_support import held_open

EX = "http://example.org/"
G1, G2 = EX + "g1", EX + "g2"
HOSTILE = [
    'say "hi"',
    "it's {braced}",
    "line one\nline two\r\n",
    "} INSERT DATA { GRAPH <http://example.org/evil> { <x:a> <x:b> <x:c> } } #",
    'back\\slash \\u0022 and """triple"""',
    "ünïcödé 🚀",
]


def sample(n: int = 3, extra: str = "") -> Graph:
    g = Graph()
    s = URIRef(EX + "s" + extra)
    for i in range(n):
        g.add((s, URIRef(EX + "p"), Literal(f"value {i}")))
    g.add((s, URIRef(EX + "date"), Literal("2025-04", datatype=XSD.gYearMonth)))
    g.add((s, URIRef(EX + "lang"), Literal("bonjour", lang="fr")))
    return g


@pytest.fixture
def store(io_either_store: Store) -> Store:
    return io_either_store  # embedded, then a real oxigraph serve (conftest)


def test_put_get_and_replace(store: Store) -> None:
    store.put_graph(G1, sample(3))
    assert store.graph_iris() == [G1]
    assert len(store.get_graph(G1)) == 5
    store.put_graph(G1, sample(1))  # replaces, not adds
    got = store.get_graph(G1)
    assert len(got) == 3
    assert (URIRef(EX + "s"), URIRef(EX + "lang"), Literal("bonjour", lang="fr")) in got
    assert (
        URIRef(EX + "s"),
        URIRef(EX + "date"),
        Literal("2025-04", datatype=XSD.gYearMonth),
    ) in got
    assert store.triple_count() == 3


def test_graphs_are_separate_and_drop(store: Store) -> None:
    store.put_graph(G1, sample(2))
    store.put_graph(G2, sample(1, "x"))
    assert store.graph_iris() == [G1, G2]
    assert store.triple_count() == 7
    store.drop_graph(G1)
    store.drop_graph(EX + "never-existed")
    assert store.graph_iris() == [G2]
    assert len(store.get_graph(G1)) == 0
    ds = store.dataset()
    assert len(list(ds.quads((None, None, None, None)))) == 3


def test_select_returns_columns_rows_and_none(store: Store) -> None:
    store.put_graph(G1, sample(2))
    cols, rows = store.select(
        "SELECT ?o ?missing WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } } ORDER BY ?o"
    )
    assert cols == ["o", "missing"]
    assert rows == [[Literal("value 0"), None], [Literal("value 1"), None]]


def test_select_text_is_the_rows_as_shown(store: Store) -> None:
    g = sample(1)
    g.add((URIRef(EX + "s"), URIRef(EX + "blank"), BNode("b1")))
    g.add((URIRef(EX + "s"), URIRef(EX + "hostile"), Literal(HOSTILE[3])))
    store.put_graph(G1, g)
    query = (
        "SELECT ?p ?o ?missing WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(?p != <http://example.org/blank>) } ORDER BY ?p"
    )
    cols, rows = store.select_text(query, {"s": URIRef(EX + "s")})
    assert cols == ["p", "o", "missing"]
    assert rows == [
        [EX + "date", "2025-04", ""],
        [EX + "hostile", HOSTILE[3], ""],
        [EX + "lang", "bonjour", ""],
        [EX + "p", "value 0", ""],
    ]
    _, blank = store.select_text(
        "SELECT ?o WHERE { GRAPH ?g { ?s <http://example.org/blank> ?o } }"
    )
    assert len(blank) == 1 and blank[0][0].startswith("_:") and len(blank[0][0]) > 2
    with pytest.raises(QueryError):
        store.select_text("SELECT ?x WHERE { ?x ?y }")


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_values_round_trip_and_bind(store: Store, text: str) -> None:
    g = Graph()
    g.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal(text)))
    g.add((URIRef(EX + "t"), URIRef(EX + "p"), Literal("other")))
    store.put_graph(G1, g)
    assert store.graph_iris() == [G1]  # nothing was injected into another graph
    query = "SELECT ?s WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } }"
    cols, rows = store.select(query, {"o": Literal(text)})
    assert cols == ["s"] and rows == [[URIRef(EX + "s")]]
    _, rows = store.select("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?o")
    assert Literal(text) in [r[0] for r in rows]
    assert store.graph_iris() == [G1]


def test_bind_iri_and_typed_literal(store: Store) -> None:
    store.put_graph(G1, sample(1))
    q = "SELECT ?p WHERE { GRAPH ?g { ?s ?p ?o } }"
    _, rows = store.select(
        q, {"s": URIRef(EX + "s"), "o": Literal("2025-04", datatype=XSD.gYearMonth)}
    )
    assert rows == [[URIRef(EX + "date")]]
    _, rows = store.select(q, {"?o": Literal("bonjour", lang="fr")})
    assert rows == [[URIRef(EX + "lang")]]


def test_syntax_error_has_position(store: Store) -> None:
    with pytest.raises(QueryError) as info:
        store.select("SELECT ?x WHERE {\n  ?x ?y }")
    assert info.value.line == 2 and info.value.column is not None


def test_not_a_select(store: Store) -> None:
    with pytest.raises(QueryError, match="SELECT"):
        store.select("ASK { ?s ?p ?o }")


def test_bad_binding_values_are_refused(store: Store) -> None:
    q = "SELECT ?s WHERE { ?s ?p ?o }"
    with pytest.raises(QueryError):
        store.select(q, {"o": URIRef("http://x/> } INSERT DATA { <a:b> <a:b> <a:b> } #")})
    with pytest.raises(QueryError):
        store.select(q, {"bad name": Literal("x")})
    with pytest.raises(QueryError):
        store.select(q, {"o": "plain str"})  # type: ignore[dict-item]


def test_article_hashes(store: Store) -> None:
    g = Graph()
    art = URIRef(ns.article_iri("abc"))
    g.add((art, URIRef(ns.RDF + "type"), URIRef(ns.FL + "Article")))
    g.add((art, URIRef(ns.FL + "contentHash"), Literal("abc123")))
    g.add((URIRef(EX + "x"), URIRef(ns.FL + "contentHash"), Literal("not-an-article")))
    store.put_graph(ns.graph_iri("abc"), g)
    assert store.article_hashes() == {"abc123"}


def test_blank_nodes_can_be_stored(store: Store) -> None:
    g = Graph()
    b = BNode()
    g.add((URIRef(EX + "s"), URIRef(EX + "p"), b))
    g.add((b, URIRef(EX + "q"), Literal("inner")))
    store.put_graph(G1, g)
    assert len(store.get_graph(G1)) == 2


def test_load_reference_only_when_changed(store: Store, io_entities_ttl: Path) -> None:
    assert load_reference(store, io_entities_ttl) is True
    assert load_reference(store, io_entities_ttl) is False
    ref = store.get_graph(ns.reference_graph_iri())
    russia = URIRef(ns.entity_iri("country/russia"))
    assert (russia, URIRef(ns.RDFS + "label"), Literal("Russia")) in ref
    io_entities_ttl.write_text(io_entities_ttl.read_text() + "\n# changed\n")
    assert load_reference(store, io_entities_ttl) is True
    assert store.article_hashes() == set()


def test_the_reference_names_bodies_as_reporting_spells_them(store: Store) -> None:
    # "UN Office …" for the reference's "United Nations Office …", "Defense" for "Defence":
    # an analyst asking for either finds the one body
    load_reference(store)
    ocha = queries.entities_named(store, "UN Office for the Coordination of Humanitarian Affairs")
    assert [str(k) for k in ocha] == [
        ns.entity_iri(
            "organization/united-nations-office-for-the-coordination-of-humanitarian-affairs"
        )
    ]
    mod = queries.entities_named(store, "Russian Ministry of Defense")
    assert [str(k) for k in mod] == [ns.entity_iri("government/russian-ministry-of-defence")]


# --- embedded only ----------------------------------------------------------------------------


def test_embedded_persists_across_opens(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with EmbeddedStore(path) as st:
        st.put_graph(G1, sample(1))
    with EmbeddedStore(path, read_only=True) as ro:
        assert ro.graph_iris() == [G1]
        with pytest.raises(StoreError, match="read-only"):
            ro.put_graph(G2, sample(1))


def test_read_only_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        EmbeddedStore(tmp_path / "absent", read_only=True)


def test_locked_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with held_open(path):
        with pytest.raises(StoreError) as info:
            EmbeddedStore(path)
        assert "locked" in info.value.what and info.value.where == str(path)
        assert info.value.hint


def test_closed_store_refuses(tmp_path: Path) -> None:
    st = EmbeddedStore(tmp_path / "s")
    st.close()
    with pytest.raises(StoreError, match="closed"):
        st.graph_iris()


def test_open_store_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(tmp_path / "a") as st:
        assert isinstance(st, EmbeddedStore) and st.path == tmp_path / "a"
    monkeypatch.setenv("FRONTLINE_STORE", str(tmp_path / "env"))
    with open_store() as st:
        assert isinstance(st, EmbeddedStore) and st.path == tmp_path / "env"
    monkeypatch.delenv("FRONTLINE_STORE")
    monkeypatch.chdir(tmp_path)
    with open_store() as st:
        assert isinstance(st, EmbeddedStore) and st.path == Path(".frontline/store")
    st2 = open_store(endpoint="http://127.0.0.1:1/sparql")
    assert isinstance(st2, RemoteStore) and st2.update_endpoint == "http://127.0.0.1:1/sparql"
    with pytest.raises(UsageError):
        open_store(tmp_path / "a", endpoint="http://x/sparql")
    with pytest.raises(UsageError):
        open_store(endpoint="ftp://x/sparql")


# --- remote only ------------------------------------------------------------------------------


def test_unreachable_endpoint_names_the_url() -> None:
    st = RemoteStore("http://127.0.0.1:9/query", retries=2, backoff=0.01, timeout=2)
    with pytest.raises(StoreError) as info:
        st.graph_iris()
    assert info.value.where == "http://127.0.0.1:9/query"
    assert "reach" in info.value.what


def test_remote_without_graph_store_endpoint(io_oxigraph_server: str) -> None:
    st = RemoteStore(f"{io_oxigraph_server}/query", update_endpoint=f"{io_oxigraph_server}/update")
    st.put_graph(EX + "g-construct", sample(2))
    assert len(st.get_graph(EX + "g-construct")) == 4
    st.drop_graph(EX + "g-construct")


def test_remote_update_to_query_only_endpoint_says_what_to_do(io_oxigraph_server: str) -> None:
    st = RemoteStore(f"{io_oxigraph_server}/query")
    with pytest.raises(StoreError) as info:
        st.put_graph(EX + "nope", sample(1))
    assert info.value.hint and "update endpoint" in info.value.hint


# --- VALUES insertion ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT ?s WHERE { ?s ?p ?o }", 'SELECT ?s WHERE { VALUES (?o) { ("x") }  ?s ?p ?o }'),
        ("SELECT ?s { ?s ?p ?o }", 'SELECT ?s { VALUES (?o) { ("x") }  ?s ?p ?o }'),
        (
            '# WHERE { in a comment\nPREFIX a: <http://a/>\nSELECT ?s WHERE { ?s a:p "WHERE {" }',
            "# WHERE { in a comment\nPREFIX a: <http://a/>\n"
            'SELECT ?s WHERE { VALUES (?o) { ("x") }  ?s a:p "WHERE {" }',
        ),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            'CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?o) { ("x") }  ?s ?p ?o }',
        ),
        (
            "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }",
            'SELECT * WHERE { VALUES (?o) { ("x") }  { SELECT ?s WHERE { ?s ?p ?o } } }',
        ),
    ],
)
def test_insert_values(query: str, expected: str) -> None:
    assert insert_values(query, {"o": Literal("x")}) == expected


def test_nt_term_escapes() -> None:
    assert nt_term(Literal('a"b\\c\nd')) == '"a\\"b\\\\c\\nd"'
    assert nt_term(Literal("1", datatype=XSD.integer)) == f'"1"^^<{XSD.integer}>'
    assert nt_term(Literal("x", lang="en-GB")) == '"x"@en-GB'
    with pytest.raises(QueryError):
        nt_term(BNode())


def test_bound_variable_in_projection(store: Store) -> None:
    store.put_graph(G1, sample(2))
    q = "SELECT ?s ?o WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } }"
    _, rows = store.select(q, {"o": Literal("value 1")})
    assert rows == [[URIRef(EX + "s"), Literal("value 1")]]


def test_a_malformed_reference_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "entities.ttl"
    bad.write_text("<country/x> a .\n", encoding="utf-8")
    with EmbeddedStore(tmp_path / "store") as st:
        with pytest.raises(FrontlineError, match="cannot parse the reference entities") as err:
            load_reference(st, bad)
        assert str(bad) in str(err.value)
        assert st.graph_iris() == []  # nothing half-loaded
