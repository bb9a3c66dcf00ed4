"""Canned queries over the hand-written fixture graph (tests/fixtures/graph.trig)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, URIRef

from frontline import queries
from frontline.errors import FrontlineError, QueryError, UsageError
from frontline.presence import find_presences
from frontline.queries import (
    CannedQuery,
    QueryParam,
    format_rows,
    load_query,
    read_query,
    run_query,
)
from frontline.store import Store, insert_values
from graph_fixture import FIXTURE, load_fixture

FLI = "https://w3id.org/frontline/id/"
A1 = FLI + "article/5f2c0a9e7d1b3c44"
A2 = FLI + "article/9d8e7f6a5b4c3d2e"
CANNED = {
    "acknowledgements",
    "actor-statements",
    "disputed-claims",
    "entities",
    "foreign-forces",
    "military-units",
    "places",
    "same-statements",  # rows asserted in tests/test_links.py
    "sources",
    "statements",
    "timeline",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = load_fixture(tmp_path / "store")
    yield opened
    opened.close()


def records(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    columns, rows = run_query(store, name, params)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def snapshot(store: Store) -> tuple[int, list[str], list[tuple[str, ...]]]:
    _, rows = store.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return (
        store.triple_count(),
        store.graph_iris(),
        sorted(tuple(str(t) for t in row) for row in rows),
    )


# --- the files -----------------------------------------------------------------------------


def test_every_canned_query_is_listed_with_a_header() -> None:
    listed = queries.list_queries()
    assert {q.name for q in listed} == CANNED
    assert [q.name for q in listed] == sorted(q.name for q in listed)
    for q in listed:
        assert q.title and q.description, q.name
        assert q.path is not None and q.path.suffix == ".rq"
        ordered = re.search(r"^ORDER BY", q.text, re.MULTILINE) or q.order_columns
        assert ordered, f"{q.name} has no deterministic order"
        assert "GRAPH" not in q.text.upper().replace("GROUP", ""), q.name


def test_headers_declare_parameters() -> None:
    assert load_query("acknowledgements").params[0] == QueryParam(
        "about", "string", 'what was acknowledged, e.g. "North Korean troops"'
    )
    for name, first in (("acknowledgements", "about"), ("actor-statements", "actor")):
        assert [(p.name, p.optional) for p in load_query(name).params] == [
            (first, False),
            ("inArticle", True),
            ("from", True),
            ("to", True),
        ]
    statements = load_query("statements").params
    assert [(p.name, p.type, p.optional) for p in statements] == [
        ("inArticle", "iri", True),
        ("by", "iri", True),
        ("statementType", "string", True),
        ("from", "date", True),
        ("to", "date", True),
    ]


def test_contract_columns(store: Store) -> None:
    columns, _ = run_query(store, "statements")
    assert columns == [
        "statement",
        "type",
        "verb",
        "speaker",
        "speakerLabel",
        "date",
        "content",
        "quotation",
        "about",
        "reportedBy",
        "reportedByLabel",
        "negated",
        "disputes",
        "evidence",
        "article",
    ]
    columns, _ = run_query(store, "entities")
    assert columns == ["entity", "type", "label", "altLabels", "role", "wikidata", "article"]


# --- the questions -------------------------------------------------------------------------


def test_who_acknowledged_north_korean_troops(store: Store) -> None:
    rows = records(store, "acknowledgements", about="North Korean troops")
    assert [(r["speakerLabel"], r["date"]) for r in rows] == [("Valery Gerasimov", "2025-04-26")]
    assert rows[0]["speaker"] == FLI + "person/valery-gerasimov"
    assert rows[0]["about"] == "North Korean troops"
    assert "North Korean troops" in rows[0]["content"]
    assert rows[0]["evidence"].startswith("On April 26, Chief of the General Staff")


def test_acknowledgements_match_case_insensitively_and_in_content(store: Store) -> None:
    assert [
        r["speakerLabel"] for r in records(store, "acknowledgements", about="north KOREAN troops")
    ] == ["Valery Gerasimov"]
    # an altLabel of an about-entity matches
    assert [r["date"] for r in records(store, "acknowledgements", about="remnants")] == [
        "2025-04-30"
    ]
    # contained in the content
    assert [r["speakerLabel"] for r in records(store, "acknowledgements", about="remain in")] == [
        "Vladimir Putin"
    ]
    # praise of North Korean troops is not an acknowledgement
    assert records(store, "acknowledgements", about="fortitude") == []


def test_statements_one_row_per_statement(store: Store) -> None:
    rows = records(store, "statements")
    assert len(rows) == 10
    assert len({r["statement"] for r in rows}) == 10
    by_id = {r["statement"].rsplit("/", 1)[-1]: r for r in rows}
    claim = by_id["5f2c0a9e7d1b3c44-0"]
    assert claim == {
        "statement": FLI + "statement/5f2c0a9e7d1b3c44-0",
        "type": "Claim",
        "verb": "claim",
        "speaker": FLI + "government/kremlin",
        "speakerLabel": "Kremlin",
        "date": "2025-04-26",
        "content": "Russian forces have fully recaptured the territory of Kursk Oblast",
        "quotation": "",
        "about": FLI + "region/kursk-oblast",
        "reportedBy": "",
        "reportedByLabel": "",
        "negated": "false",
        "disputes": "",
        "evidence": "Russian forces have fully recaptured the territory of Kursk Oblast, "
        "the Kremlin claimed on April 26.",
        "article": A1,
    }
    report = by_id["5f2c0a9e7d1b3c44-5"]
    assert (
        report["quotation"] == "scattered groups and individual soldiers | will soon be destroyed"
    )
    assert report["reportedByLabel"] == "RIA Novosti"
    assert by_id["5f2c0a9e7d1b3c44-4"]["about"] == (
        FLI + "region/belgorod-oblast | " + FLI + "region/kursk-oblast"
    )
    assert by_id["5f2c0a9e7d1b3c44-3"]["disputes"] == claim["statement"]
    assert by_id["5f2c0a9e7d1b3c44-3"]["type"] == "Denial"
    assert by_id["5f2c0a9e7d1b3c44-8"]["negated"] == "true"
    assert by_id["9d8e7f6a5b4c3d2e-0"]["article"] == A2
    assert [r["statement"] for r in rows] == sorted(r["statement"] for r in rows)


def test_entities_one_row_per_mentioned_entity(store: Store) -> None:
    rows = {r["entity"].removeprefix(FLI): r for r in records(store, "entities")}
    assert len(rows) == 19
    assert "country/south-korea" not in rows  # in the reference graph only, never mentioned
    putin = rows["person/vladimir-putin"]
    assert putin["type"] == "Person"
    assert putin["label"] == "Vladimir Putin"
    assert putin["role"] == "President of Russia"
    assert putin["wikidata"] == "http://www.wikidata.org/entity/Q7747"
    assert putin["article"] == f"{A1} | {A2}"
    assert rows["person/volodymyr-zelensky"]["altLabels"] == "Zelensky | Zelenskyy"
    assert rows["unit/russia-810th-brigade"]["type"] == "MilitaryUnit"


def test_disputed_claims(store: Store) -> None:
    assert records(store, "disputed-claims") == [
        {
            "statement": FLI + "statement/5f2c0a9e7d1b3c44-3",
            "speakerLabel": "Ukraine",
            "date": "",
            "content": "the claims of recapture",
            "disputedStatement": FLI + "statement/5f2c0a9e7d1b3c44-0",
            "disputedSpeakerLabel": "Kremlin",
            "disputedDate": "2025-04-26",
            "disputedContent": "Russian forces have fully recaptured the territory of Kursk Oblast",
        }
    ]


def test_timeline_is_in_date_order_with_undated_last(store: Store) -> None:
    columns, rows = run_query(store, "timeline")
    assert columns == ["date", "kind", "type", "label", "actor", "content"]
    assert len(rows) == 15
    assert rows[0][:3] == ["2024-08", "event", "Incursion"]
    assert rows[1][:3] == ["2025-03", "event", "Counteroffensive"]
    dated = [r[0] for r in rows if r[0]]
    assert dated == sorted(dated)
    assert dated[-1] == "2025-05-01"
    first_undated = next(i for i, r in enumerate(rows) if not r[0])
    assert all(not r[0] for r in rows[first_undated:])
    deployment = next(r for r in rows if r[2] == "Deployment")
    assert deployment[4] == "North Korea | North Korean troops"


def test_actor_statements_by_alt_label(store: Store) -> None:
    rows = records(store, "actor-statements", actor="putin")
    assert [(r["type"], r["date"]) for r in rows] == [
        ("Acknowledgement", "2025-04-30"),
        ("Claim", "2025-05-01"),
        ("Remark", ""),
    ]
    assert rows[0]["about"] == "Kursk Oblast | Ukrainian soldiers"
    assert rows[2]["quotation"].startswith("They’ve been pushed out of Kursk Oblast")
    assert records(store, "actor-statements", actor="Nobody At All") == []
    # "acting commander of the 810th Brigade" is a description, not a name with a surname
    assert records(store, "actor-statements", actor="Brigade") == []


def test_military_units(store: Store) -> None:
    assert records(store, "military-units") == [
        {
            "unit": FLI + "unit/russia-810th-brigade",
            "label": "810th Brigade",
            "echelon": "Brigade",
            "number": "810th",
            "allegiance": FLI + "country/russia",
            "allegianceLabel": "Russia",
            "parent": FLI + "armed-force/russian-armed-forces",
            "parentLabel": "Russian Armed Forces",
            "role": "",
        }
    ]


def test_foreign_forces(store: Store) -> None:
    # the query reads the presences a build derives; the fixture is loaded, not built
    assert records(store, "foreign-forces") == []
    find_presences(store)
    rows = records(store, "foreign-forces")
    pairs = [(r["forceLabel"], r["countryLabel"], r["placeLabel"]) for r in rows]
    assert pairs == [
        ("North Korea", "North Korea", "Kursk Oblast"),  # a country acting abroad
        ("North Korean troops", "North Korea", "Kursk Oblast"),
        ("Ukraine", "Ukraine", "Kursk Oblast"),
        ("Ukrainian soldiers", "Ukraine", "Kursk Oblast"),
    ]
    assert "11,000 troops" in rows[1]["evidence"]
    # Russian forces in a Russian region are not foreign
    assert all(r["countryLabel"] != "Russia" for r in rows)


def test_places(store: Store) -> None:
    rows = {r["label"]: r for r in records(store, "places")}
    assert set(rows) == {
        "Belgorod Oblast",
        "Kursk Oblast",
        "Moscow",
        "North Korea",
        "Russia",
        "Sudzha",
        "Ukraine",
    }
    assert rows["Sudzha"]["type"] == "Settlement"
    assert rows["Sudzha"]["locatedIn"] == FLI + "region/kursk-oblast"
    assert rows["Sudzha"]["locatedInLabel"] == "Kursk Oblast"
    assert rows["Kursk Oblast"]["locatedInLabel"] == "Russia"
    assert rows["Russia"]["wikidata"] == "http://www.wikidata.org/entity/Q159"
    # South Korea is a reference entity no article mentions
    assert "South Korea" not in rows


def test_sources(store: Store) -> None:
    rows = [(r["label"], r["statements"], r["articles"]) for r in records(store, "sources")]
    assert rows == [
        ("RIA Novosti", "1", "1"),
        ("Russian state media", "1", "0"),
        ("The Kyiv Independent", "0", "1"),
    ]


def test_results_are_deterministic(store: Store) -> None:
    for name in sorted(CANNED - {"acknowledgements", "actor-statements"}):
        assert run_query(store, name) == run_query(store, name), name


def values_bound_rows(name: str, params: dict[str, str]) -> list[list[str]]:
    """The rows of canned query ``name`` with only ``params`` bound by a VALUES block (what a
    remote store or another tool running the file does), sorted and ordered as frontline does."""
    memory = ox.Store()
    memory.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    canned = load_query(name)
    text = insert_values(canned.text, queries.bind_params(canned, params))
    result = memory.query(text, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    got = [["" if s[v] is None else s[v].value for v in names] for s in result]
    for column in canned.sorted_columns:
        i = names.index(column)
        for row in got:
            row[i] = " | ".join(sorted(set(row[i].split(" | ")))) if row[i] else ""
    if canned.order_columns:
        got = queries.order_rows(names, got, canned.order_columns)
    return got


def test_params_work_when_bound_by_a_values_block(store: Store) -> None:
    """What a remote store does: VALUES at the start of the outermost WHERE gives the same rows;
    the names resolved by frontline first (# resolve:) only make it faster."""
    for name, params in (
        ("acknowledgements", {"about": "North Korean troops"}),
        ("acknowledgements", {"about": "north KOREAN troops"}),
        ("acknowledgements", {"about": "remain in"}),
        ("acknowledgements", {"about": "remnants", "inArticle": A1}),
        ("actor-statements", {"actor": "Putin"}),
        ("actor-statements", {"actor": "putin", "from": "2025-05"}),
        ("actor-statements", {"actor": "Nobody At All"}),
        # a surname ("Gerasimov" is also an other name) and a word ending a description
        ("actor-statements", {"actor": "GERASIMOV"}),
        ("actor-statements", {"actor": "810th Brigade"}),
    ):
        got = values_bound_rows(name, params)
        assert got == run_query(store, name, params)[1], (name, params)


def test_acknowledgements_of_an_entity_are_the_ones_about_it(store: Store) -> None:
    """ "North Korea" names an entity: the answer is what is about it, not every content that
    contains the words (Gerasimov's "North Korean troops"); a tool that binds only ?about also
    reads the contents, and gets frontline's rows when it writes the entity's IRI for ?target."""
    assert records(store, "acknowledgements", about="North Korea") == []
    assert records(store, "acknowledgements", about="north korean TROOPS") != []
    other_tool = values_bound_rows("acknowledgements", {"about": "North Korea"})
    assert [row[2] for row in other_tool] == ["Valery Gerasimov"]
    # what frontline runs: the entity's IRI written in for ?target
    canned = load_query("acknowledgements")
    text = queries.with_constant(canned.text, "target", URIRef(FLI + "country/north-korea"))
    assert text is not None
    memory = ox.Store()
    memory.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    bound = queries.bind_params(canned, {"about": "North Korea"})
    result = memory.query(insert_values(text, bound), use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    assert list(result) == []
    # text that names no entity is looked for in the contents, by frontline too
    assert [r["speakerLabel"] for r in records(store, "acknowledgements", about="remain in")] == [
        "Vladimir Putin"
    ]


# --- hostile parameters --------------------------------------------------------------------

HOSTILE = [
    'North Korean troops"',
    "'; DROP GRAPH <x> ; '",
    "} INSERT DATA { <http://x/a> <http://x/b> <http://x/c> } #",
    '" } } INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> "c" } } #',
    "line one\nline two\r\n",
    "{ ?s ?p ?o }",
    '\\"\\u0022 \\',
    "[bold]markup[/]",
    "",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_is_bound_not_pasted(store: Store, value: str) -> None:
    before = snapshot(store)
    for name, param in (("acknowledgements", "about"), ("actor-statements", "actor")):
        columns, rows = run_query(store, name, {param: value})
        assert param in columns
        for row in rows:  # when something matches, the value comes back verbatim
            assert row[columns.index(param)] == value
    assert snapshot(store) == before


IRI_QUERY = """# title: Statements by speaker IRI
# description: test query with an IRI parameter
# param: speaker (iri) — the speaker's IRI
PREFIX fl: <https://w3id.org/frontline/ontology#>
SELECT ?statement ?speaker WHERE { ?statement fl:speaker ?speaker } ORDER BY ?statement
"""


@pytest.mark.parametrize(
    "value",
    [
        "<https://w3id.org/frontline/id/person/valery gerasimov>",
        "<https://w3id.org/x> } INSERT DATA { <http://x/a> <http://x/b> <http://x/c> } #",
        "not an iri",
        '<http://x/"quoted">',
        "<http://x/{a}>",
    ],
)
def test_hostile_iris_are_refused_cleanly(store: Store, tmp_path: Path, value: str) -> None:
    path = tmp_path / "by-speaker.rq"
    path.write_text(IRI_QUERY, encoding="utf-8")
    before = snapshot(store)
    with pytest.raises(UsageError) as info:
        run_query(store, str(path), {"speaker": value})
    assert "speaker" in str(info.value)
    assert snapshot(store) == before


def test_iri_parameter_binds_an_iri(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "by-speaker.rq"
    path.write_text(IRI_QUERY, encoding="utf-8")
    for value in (f"<{FLI}person/valery-gerasimov>", f"{FLI}person/valery-gerasimov"):
        _, rows = run_query(store, str(path), {"speaker": value})
        assert [r[0].rsplit("/", 1)[-1] for r in rows] == [
            "5f2c0a9e7d1b3c44-6",
            "5f2c0a9e7d1b3c44-7",
        ]


def test_typed_parameters(tmp_path: Path) -> None:
    canned = CannedQuery(
        name="t",
        title="t",
        description="",
        params=[
            QueryParam("d", "date", ""),
            QueryParam("n", "integer", ""),
            QueryParam("b", "boolean", ""),
        ],
    )
    bound = queries.bind_params(canned, {"d": "2025-04", "n": "11000", "b": "true"})
    assert str(bound["d"].datatype).endswith("#gYearMonth")  # type: ignore[union-attr]
    assert bound["n"].toPython() == 11000  # type: ignore[union-attr]
    assert bound["b"].toPython() is True  # type: ignore[union-attr]
    for bad in ({"d": "April 26", "n": "1", "b": "true"}, {"d": "2025", "n": "x", "b": "true"}):
        with pytest.raises(UsageError):
            queries.bind_params(canned, bad)


# --- errors ---------------------------------------------------------------------------------


def test_unknown_query_lists_the_names() -> None:
    with pytest.raises(UsageError) as info:
        load_query("who-won")
    message = str(info.value)
    assert "unknown query 'who-won'" in message
    for name in CANNED:
        assert name in message


def test_missing_and_unknown_params(store: Store) -> None:
    with pytest.raises(UsageError, match="missing parameter about"):
        run_query(store, "acknowledgements", {})
    with pytest.raises(UsageError, match="unknown parameter speaker"):
        run_query(store, "acknowledgements", {"about": "x", "speaker": "y"})
    with pytest.raises(UsageError, match="it accepts: none"):
        run_query(store, "sources", {"x": "1"})


def test_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.rq"
    path.write_text("# title: broken\nSELECT ?s WHERE {\n  ?s ?p \n}\n", encoding="utf-8")
    with pytest.raises(QueryError) as info:
        load_query(str(path))
    error = info.value
    assert error.line == 4 and isinstance(error.column, int)
    assert str(error).startswith("SPARQL syntax error")
    assert f"{path}:4:{error.column}" in str(error)


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
        "PREFIX x: <http://x/#>\n# comment\nDELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
        "load <http://example.org/data.ttl>",
        "CLEAR GRAPH <http://x/g>",
        "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "update.rq"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QueryError, match="refusing to run a SPARQL update"):
        load_query(path)


def test_only_select(tmp_path: Path) -> None:
    path = tmp_path / "ask.rq"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    with pytest.raises(QueryError, match="only SELECT"):
        load_query(path)


def test_declared_param_must_be_used(tmp_path: Path) -> None:
    path = tmp_path / "unused.rq"
    path.write_text(
        "# param: who (string) — nobody\nSELECT ?s WHERE { ?s ?p ?o }", encoding="utf-8"
    )
    with pytest.raises(QueryError, match="not used"):
        load_query(path)


def test_missing_file() -> None:
    with pytest.raises(UsageError, match="query file not found"):
        load_query("nowhere/at-all.rq")


def test_errors_are_frontline_errors_with_hints() -> None:
    with pytest.raises(FrontlineError) as info:
        load_query("who-won")
    assert info.value.hint and info.value.exit_code == 2


# --- formatting -----------------------------------------------------------------------------

COLUMNS = ["speaker", "date", "quote"]
ROWS = [["Valery Gerasimov", "2025-04-26", 'said "fortitude, heroism"'], ["Putin", "", "a\tb"]]


def test_csv_and_tsv_have_a_header_row() -> None:
    assert format_rows(COLUMNS, ROWS, "csv") == (
        'speaker,date,quote\nValery Gerasimov,2025-04-26,"said ""fortitude, heroism"""\n'
        "Putin,,a\tb\n"
    )
    assert format_rows(COLUMNS, ROWS, "tsv") == (
        "speaker\tdate\tquote\n"
        'Valery Gerasimov\t2025-04-26\tsaid "fortitude, heroism"\n'
        "Putin\t\ta\\tb\n"
    )
    assert format_rows(["x"], [["one\ntwo\\"]], "tsv") == "x\none\\ntwo\\\\\n"


def test_json_is_an_array_of_objects() -> None:
    assert json.loads(format_rows(COLUMNS, ROWS, "json")) == [
        {"speaker": "Valery Gerasimov", "date": "2025-04-26", "quote": 'said "fortitude, heroism"'},
        {"speaker": "Putin", "date": "", "quote": "a\tb"},
    ]
    assert json.loads(format_rows(COLUMNS, [], "json")) == []


def test_table_shows_columns_and_cells_verbatim() -> None:
    text = format_rows(["a", "b"], [["[bold]x[/]", "2025-04-26"]], "table", width=80)
    assert "a" in text and "2025-04-26" in text
    assert "[bold]x[/]" in text


def test_unknown_format() -> None:
    with pytest.raises(UsageError, match="unknown format 'xml'"):
        format_rows(COLUMNS, ROWS, "xml")


def test_canned_queries_on_a_remote_store(io_oxigraph_server: str) -> None:
    """Over SPARQL 1.1 HTTP, parameters travel as a VALUES block; the answers are the same."""
    from frontline.store import RemoteStore

    remote = RemoteStore(
        f"{io_oxigraph_server}/query", update_endpoint=f"{io_oxigraph_server}/update"
    )
    dataset = Dataset()
    dataset.parse(FIXTURE, format="trig")
    # the two article graphs only (self-contained); the shared reference graph is left alone
    mine = [g for g in dataset.graphs() if str(g.identifier).startswith(FLI + "graph/") and len(g)]
    mine = [g for g in mine if not str(g.identifier).endswith("/reference")]
    try:
        for graph in mine:
            remote.put_graph(str(graph.identifier), graph)
        rows = records(remote, "acknowledgements", about="North Korean troops")
        assert {
            "statement": FLI + "statement/5f2c0a9e7d1b3c44-6",
            "speakerLabel": "Valery Gerasimov",
            "date": "2025-04-26",
        }.items() <= next(r for r in rows if r["statement"].endswith("5f2c0a9e7d1b3c44-6")).items()
        hostile = '" } } INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> "c" } } #'
        before = remote.graph_iris()
        _, none = run_query(remote, "actor-statements", {"actor": hostile})
        assert none == []
        assert remote.graph_iris() == before
        ours = [r for r in records(remote, "statements") if "5f2c0a9e7d1b3c44-" in r["statement"]]
        assert len(ours) == 9
    finally:
        for graph in mine:
            remote.drop_graph(str(graph.identifier))


def test_limit_and_offset_page_through_rows(store: Store) -> None:
    _, every = run_query(store, "statements", {})
    _, first = run_query(store, "statements", {}, limit=2)
    _, rest = run_query(store, "statements", {}, limit=100, offset=2)
    assert len(every) > 3
    assert first == every[:2]
    assert rest == every[2:]


def test_a_query_with_its_own_limit_refuses_paging(tmp_path: Path, store: Store) -> None:
    rq = tmp_path / "mine.rq"
    rq.write_text("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3\n", encoding="utf-8")
    with pytest.raises(UsageError, match="its own LIMIT"):
        run_query(store, rq, {}, limit=1)


# --- optional filter parameters of the listing queries -------------------------------------

PUTIN = FLI + "person/vladimir-putin"
KREMLIN = FLI + "government/kremlin"


def test_optional_params_are_parsed_and_may_be_left_out(tmp_path: Path, store: Store) -> None:
    rq = tmp_path / "mine.rq"
    rq.write_text(
        "# title: t\n# param: who (iri, optional) — someone\n"
        "SELECT ?s WHERE { ?s <http://x/p> ?who }\n",
        encoding="utf-8",
    )
    assert read_query(rq).params == [QueryParam("who", "iri", "someone", True)]
    rq.write_text("# param: who (iri, maybe) — x\nSELECT ?s WHERE { ?s ?p ?who }\n")
    with pytest.raises(QueryError, match="unknown parameter flag"):
        read_query(rq)


def test_statements_filtered_by_article(store: Store) -> None:
    every = records(store, "statements")
    mine = records(store, "statements", inArticle=A2)
    assert [r["statement"] for r in mine] == [FLI + "statement/9d8e7f6a5b4c3d2e-0"]
    assert mine[0] == next(r for r in every if r["statement"] == mine[0]["statement"])
    assert len(records(store, "statements", inArticle=A1)) == 9


def test_statements_filtered_by_speaker_type_and_dates(store: Store) -> None:
    every = records(store, "statements")
    by = records(store, "statements", by=PUTIN)
    assert by and {r["speaker"] for r in by} == {PUTIN}
    assert len(by) == sum(r["speaker"] == PUTIN for r in every)
    denials = records(store, "statements", statementType="Denial")
    assert [r["statement"] for r in denials] == [FLI + "statement/5f2c0a9e7d1b3c44-3"]
    day = records(store, "statements", **{"from": "2025-04-26", "to": "2025-04-26"})
    assert day and {r["date"] for r in day} == {"2025-04-26"}
    assert len(day) == sum(r["date"] == "2025-04-26" for r in every)
    later = records(store, "statements", **{"from": "2025-04-27"})
    assert later and all(r["date"] >= "2025-04-27" for r in later)  # undated ones left out
    assert len(later) == sum(r["date"] >= "2025-04-27" for r in every if r["date"])
    earlier = records(store, "statements", to="2025-04-26")
    assert {r["date"] for r in earlier} == {"2025-04-26"}
    # a month overlaps the days in it, whichever side has the lower precision
    assert records(store, "statements", **{"from": "2025-04", "to": "2025-04"}) == [
        r for r in every if r["date"].startswith("2025-04")
    ]
    both = records(store, "statements", by=PUTIN, **{"from": "2025-05-01"})
    assert [(r["speaker"], r["date"]) for r in both] == [(PUTIN, "2025-05-01")]


def test_timeline_filters(store: Store) -> None:
    every = records(store, "timeline")
    mine = records(store, "timeline", inArticle=A2)
    assert mine and len(mine) < len(every)
    assert all(r in every for r in mine)
    putin = records(store, "timeline", by=PUTIN)
    assert putin and all("Vladimir Putin" in r["actor"] for r in putin)
    assert {r["kind"] for r in putin} == {"statement", "event"}  # he spoke and phoned
    april = records(store, "timeline", **{"from": "2025-04-01", "to": "2025-04-30"})
    assert april == [r for r in every if r["date"].startswith("2025-04")]
    # the month 2024-08 counts for a range that starts inside it
    assert [r["date"] for r in records(store, "timeline", to="2024-12-31")] == ["2024-08"]


def test_entities_filters(store: Store) -> None:
    every = records(store, "entities")
    mine = records(store, "entities", inArticle=A2)
    assert mine and len(mine) < len(every)
    assert all(A2 in r["article"] for r in mine)
    assert all(r in every for r in mine)  # the article column still lists every article
    people = records(store, "entities", entityType="Person")
    assert people and {r["type"] for r in people} == {"Person"}
    assert len(people) == sum("Person" in r["type"].split(" | ") for r in every)


def test_places_filtered_by_article(store: Store) -> None:
    every = records(store, "places")
    mine = records(store, "places", inArticle=A2)
    assert mine and len(mine) < len(every)
    assert all(r in every for r in mine)  # the same columns, whichever way it is asked
    assert {r["label"] for r in mine} == {
        r["label"] for r in every if A2 in _mentioned_in(store, r["place"])
    }


def _mentioned_in(store: Store, node: str) -> set[str]:
    _, rows = store.select(
        f"SELECT ?a WHERE {{ <{node}> <https://w3id.org/frontline/ontology#mentionedIn> ?a }}"
    )
    return {str(r[0]) for r in rows}


def test_disputed_claims_filters(store: Store) -> None:
    every = records(store, "disputed-claims")
    assert records(store, "disputed-claims", inArticle=A1) == every
    assert records(store, "disputed-claims", inArticle=A2) == []
    assert records(store, "disputed-claims", by=FLI + "country/ukraine") == every
    assert records(store, "disputed-claims", by=KREMLIN) == []
    assert records(store, "disputed-claims", **{"from": "2025-01-01"}) == []  # undated


def test_ordered_listings_page_after_ordering(store: Store) -> None:
    for name in ("statements", "timeline", "entities"):
        _, every = run_query(store, name)
        _, page = run_query(store, name, limit=3, offset=2)
        assert page == every[2:5], name
    _, rows = run_query(store, "timeline")
    dates = [r[0] for r in rows]
    assert dates == sorted(d for d in dates if d) + [d for d in dates if not d]


def test_optional_params_bound_by_a_values_block(store: Store) -> None:
    """A remote store binds only the parameters given, in a VALUES block; same rows."""
    for name, params in (
        ("statements", {"inArticle": A2}),
        ("statements", {"by": PUTIN, "from": "2025-04-30"}),
        ("timeline", {"by": PUTIN}),
        ("entities", {"inArticle": A2, "entityType": "Person"}),
        ("places", {"inArticle": A2}),
        ("disputed-claims", {"to": "2025-12-31"}),
    ):
        got = values_bound_rows(name, params)
        assert got == run_query(store, name, params)[1], (name, params)


def test_actor_statements_filters(store: Store) -> None:
    every = records(store, "actor-statements", actor="Putin")
    assert {r["statement"].rsplit("/", 1)[-1][:16] for r in every} == {
        A1.rsplit("/", 1)[-1],
        A2.rsplit("/", 1)[-1],
    }
    in_a2 = records(store, "actor-statements", actor="Putin", inArticle=A2)
    assert [r["statement"] for r in in_a2] == [FLI + "statement/9d8e7f6a5b4c3d2e-0"]
    assert in_a2 == [r for r in every if r["statement"] in {x["statement"] for x in in_a2}]
    may = records(store, "actor-statements", actor="putin", **{"from": "2025-05"})
    assert [r["date"] for r in may] == ["2025-05-01"]
    april = records(store, "actor-statements", actor="PUTIN", to="2025-04-30")
    assert [r["date"] for r in april] == ["2025-04-30"]  # undated ones left out


def test_acknowledgements_filters(store: Store) -> None:
    every = records(store, "acknowledgements", about="")  # every content contains ""
    assert [(r["speakerLabel"], r["date"]) for r in every] == [
        ("Valery Gerasimov", "2025-04-26"),
        ("Vladimir Putin", "2025-04-30"),
    ]
    assert records(store, "acknowledgements", about="", inArticle=A1) == every
    assert records(store, "acknowledgements", about="", inArticle=A2) == []
    assert records(store, "acknowledgements", about="", **{"from": "2025-04-27"}) == every[1:]
    assert records(store, "acknowledgements", about="", to="2025-04") == every
    assert records(store, "acknowledgements", about="", to="2025-04-26") == every[:1]
    named = records(store, "acknowledgements", about="north korean troops", inArticle=A1)
    assert [r["speakerLabel"] for r in named] == ["Valery Gerasimov"]


def test_names_are_resolved_to_entities_first(store: Store) -> None:
    assert list(map(str, queries.entities_named(store, "putin"))) == [PUTIN]
    assert list(map(str, queries.entities_named(store, "ZELENSKYY"))) == [
        FLI + "person/volodymyr-zelensky"
    ]
    assert queries.entities_named(store, "Nobody At All") == []
    # statements have labels too, but only entity nodes are names
    _, rows = store.select(
        "SELECT ?l WHERE { <" + FLI + "statement/5f2c0a9e7d1b3c44-0> "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    )
    if rows:
        assert queries.entities_named(store, str(rows[0][0])) == []
    canned = load_query("actor-statements")
    assert canned.resolve == (("actor", "speakerNode"),)


def test_resolve_header_is_checked(tmp_path: Path, store: Store) -> None:
    rq = tmp_path / "mine.rq"
    rq.write_text(
        "# title: t\n# param: who (string) — a name\n# resolve: who -> node\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT DISTINCT ?node ?who WHERE { ?node rdfs:label ?l . "
        "FILTER(LCASE(STR(?l)) = LCASE(STR(?who))) }\n",
        encoding="utf-8",
    )
    _, rows = run_query(store, rq, {"who": "vladimir putin"})
    assert rows == [[PUTIN, "vladimir putin"]]
    assert run_query(store, rq, {"who": "nobody"})[1] == []
    rq.write_text("# param: who (string) — x\n# resolve: who -> nowhere\nSELECT ?who WHERE {}\n")
    with pytest.raises(QueryError, match="resolve"):
        read_query(rq)


def test_entity_class_lists_match_the_model() -> None:
    """Queries that find entity nodes by class list every entity class the extractor emits."""
    from frontline.model import KIND_OF_CLASS

    for q in queries.list_queries():
        for block in re.findall(r"VALUES \?entityClass \{([^}]*)\}", q.text):
            assert sorted(block.replace("fl:", "").split()) == sorted(KIND_OF_CLASS), q.name
    assert "VALUES ?entityClass" in load_query("entities").text


def test_query_list_marks_optional_parameters() -> None:
    from typer.testing import CliRunner

    from frontline.cli import app

    result = CliRunner().invoke(app, ["query", "--list"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert "actor (string), inArticle (iri, optional)" in result.stdout
    listed = json.loads(CliRunner().invoke(app, ["query", "--list", "--format", "json"]).stdout)
    ack = next(q for q in listed if q["name"] == "acknowledgements")
    assert [p["optional"] for p in ack["params"]] == [False, True, True, True]


# --- a resolved entity written as a constant (queries.with_constant) -----------------------

ENTITY = URIRef(FLI + "armed-force/x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in patterns and expressions of the WHERE clause; comments and strings are left alone
        (
            'SELECT ?s WHERE { ?s ?p $t . # ?t\n FILTER(?s != "?t" && ?tt != ?t) }',
            f"SELECT ?s WHERE {{ ?s ?p <{ENTITY}> . # ?t\n "
            f'FILTER(?s != "?t" && ?tt != <{ENTITY}>) }}',
        ),
        # projected: still bound, by a one-row VALUES block
        (
            "SELECT ?t WHERE { ?s ?p ?t }",
            f"SELECT ?t WHERE {{ VALUES ?t {{ <{ENTITY}> }} ?s ?p <{ENTITY}> }}",
        ),
        # not used in the WHERE clause, or used where only a variable may stand
        ("SELECT ?s WHERE { ?s ?p ?o }", None),
        ("SELECT ?s WHERE { ?s ?p ?o BIND(?o AS ?t) }", None),
        # a scope of its own: the ordinary binding is kept
        ("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?t } } }", None),
        ("SELECT ?s WHERE { ?s ?p ?o MINUS { ?s ?q ?t } }", None),
    ],
)
def test_with_constant(text: str, expected: str | None) -> None:
    assert queries.with_constant(text, "t", ENTITY) == expected


@pytest.mark.parametrize(
    ("name", "variable"), [("acknowledgements", "target"), ("actor-statements", "speakerNode")]
)
def test_the_resolved_entity_is_a_constant_in_the_name_queries(name: str, variable: str) -> None:
    text = queries.with_constant(load_query(name).text, variable, ENTITY)
    assert text is not None
    assert f"?{variable}" not in text.split("WHERE", 1)[1].split("\n# ", 1)[0]


def test_aligned_columns_keep_each_label_with_its_iri(tmp_path: Path) -> None:
    rq = tmp_path / "where.rq"
    rq.write_text(
        "# title: Where\n# description: test\n# aligned: inside insideLabel\n"
        "SELECT ?place ?inside ?insideLabel WHERE { ?place ?p ?o }\n",
        encoding="utf-8",
    )

    class Rows:
        def select(self, sparql, bindings=None, timeout=None):  # never called: select_text is
            raise AssertionError("select_text is used when the store has it")

        def select_text(self, sparql, bindings=None, timeout=None):
            # the store concatenated in its own order: IRI z first, label of z first
            return ["place", "inside", "insideLabel"], [
                ["x", "urn:z | urn:a", "Alpha of z | Zulu of a"],
                ["y", "urn:a | urn:b", "one label"],
            ]

    columns, rows = run_query(Rows(), str(rq))
    assert rows[0] == ["x", "urn:a | urn:z", "Zulu of a | Alpha of z"]
    # parts that do not pair up are sorted one by one
    assert rows[1] == ["y", "urn:a | urn:b", "one label"]


def test_a_name_written_exactly_is_found_by_the_index_and_any_case_by_comparison(
    store: Store,
) -> None:
    """The entity written exactly as given is looked up directly; another casing falls back to the
    case-insensitive comparison, with the same answer."""
    exact = queries.entities_named(store, "Valery Gerasimov")
    assert exact == [URIRef(FLI + "person/valery-gerasimov")]
    assert queries.entities_named(store, "valery GERASIMOV") == exact
    assert queries.entities_named(store, "Gerasimov") == exact  # an other name
    assert queries.entities_named(store, "gerasimov", surname=True) == exact
    assert queries.entities_named(store, "Nobody At All") == []
