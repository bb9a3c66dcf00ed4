"""The command line, in-process with typer's CliRunner: exact output pieces and exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import typer.main
from rdflib import Graph
from typer.testing import CliRunner

from frontline import __version__
from frontline.cli import app
from frontline.store import open_store
from graph_fixture import load_fixture

ROOT = Path(__file__).resolve().parent.parent
FLI = "https://w3id.org/frontline/id/"
COMMANDS = ("build", "validate", "query", "export", "stats", "serve", "view", "timeline", "docs")
#: commands that document files rather than read a store
NO_STORE = ("docs",)
STORE_OPTIONS = ("--store", "--endpoint", "--update-endpoint")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store directory holding the fixture graphs (closed, so the CLI can open it)."""
    path = tmp_path / "store"
    load_fixture(path).close()
    return path


def invoke(runner: CliRunner, *args: str, store: Path | None = None):  # type: ignore[no-untyped-def]
    argv = list(args) + (["--store", str(store)] if store is not None else [])
    return runner.invoke(app, argv, env={"COLUMNS": "240", "FRONTLINE_STORE": None})


def no_traceback(result) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.output
    assert "Traceback" not in (result.stderr or "")
    assert result.exception is None or isinstance(result.exception, SystemExit)


# --- every command ---------------------------------------------------------------------------


def _commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    commands = getattr(group, "commands", None)
    assert isinstance(commands, dict)
    return dict(commands)


def test_every_command_has_help_and_a_readme_entry(runner: CliRunner) -> None:
    commands = _commands()
    assert set(commands) == set(COMMANDS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in commands.items():
        assert command.help and command.help.strip(), f"{name} has no help text"
        result = invoke(runner, name, "--help")
        assert result.exit_code == 0, name
        assert command.help.split("\n")[0].strip()[:30] in " ".join(result.output.split())
        assert f"frontline {name}" in readme, f"README.md does not document `frontline {name}`"
        for option in command.params:
            for flag in option.opts:
                if flag.startswith("--") and flag != "--help":
                    assert flag in readme, f"README.md does not mention {name} {flag}"


def test_every_command_takes_the_store_options() -> None:
    for name, command in _commands().items():
        if name in NO_STORE:
            continue
        flags = {flag for option in command.params for flag in option.opts}
        assert set(STORE_OPTIONS) <= flags, name


def test_every_canned_query_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "queries").glob("*.rq")):
        assert path.stem in readme, f"README.md does not list the query {path.stem}"


def test_version(runner: CliRunner) -> None:
    result = invoke(runner, "--version")
    assert result.exit_code == 0
    assert result.output == f"frontline {__version__}\n"


def test_no_arguments_shows_help(runner: CliRunner) -> None:
    result = invoke(runner)
    assert "build" in result.output and "query" in result.output


# --- query -----------------------------------------------------------------------------------


def test_query_acknowledgements_csv(runner: CliRunner, store_path: Path) -> None:
    result = invoke(
        runner,
        "query",
        "acknowledgements",
        "--param",
        "about=North Korean troops",
        "--format",
        "csv",
        store=store_path,
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "statement,speaker,speakerLabel,date,about,content,evidence"
    assert len(lines) == 2
    assert lines[1].startswith(
        f"{FLI}statement/5f2c0a9e7d1b3c44-6,{FLI}person/valery-gerasimov,"
        "Valery Gerasimov,2025-04-26,North Korean troops,"
    )


def test_query_json_and_tsv(runner: CliRunner, store_path: Path) -> None:
    result = invoke(runner, "query", "military-units", "-f", "json", store=store_path)
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows[0]["label"] == "810th Brigade" and rows[0]["allegianceLabel"] == "Russia"
    result = invoke(runner, "query", "sources", "--format", "tsv", store=store_path)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        "outlet\tlabel\tstatements\tarticles",
        f"{FLI}media/ria-novosti\tRIA Novosti\t1\t1",
    ]


def test_query_limit_and_offset(runner: CliRunner, store_path: Path) -> None:
    every = json.loads(invoke(runner, "query", "statements", "-f", "json", store=store_path).stdout)
    result = invoke(
        runner,
        "query",
        "statements",
        "-f",
        "json",
        "--limit",
        "2",
        "--offset",
        "1",
        store=store_path,
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout) == every[1:3]
    bad = invoke(runner, "query", "statements", "--limit", "-1", store=store_path)
    assert bad.exit_code == 2 and "Error: --limit and --offset" in bad.stderr


def test_query_table(runner: CliRunner, store_path: Path) -> None:
    result = invoke(runner, "query", "disputed-claims", store=store_path)
    assert result.exit_code == 0
    assert "disputedSpeakerLabel" in result.stdout
    assert "Kremlin" in result.stdout
    assert result.stdout.rstrip().endswith("1 row")


def test_query_a_file(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "count.rq"
    path.write_text(
        "# title: count\nPREFIX fl: <https://w3id.org/frontline/ontology#>\n"
        "SELECT (COUNT(?s) AS ?n) WHERE { ?s a fl:Acknowledgement }",
        encoding="utf-8",
    )
    result = invoke(runner, "query", str(path), "-f", "csv", store=store_path)
    assert result.exit_code == 0
    assert result.stdout == "n\n2\n"


def test_query_list(runner: CliRunner) -> None:
    result = invoke(runner, "query", "--list")
    assert result.exit_code == 0
    for name in ("acknowledgements", "statements", "entities", "foreign-forces", "timeline"):
        assert name in result.stdout
    assert "about (string)" in result.stdout
    listed = json.loads(invoke(runner, "query", "--list", "--format", "json").stdout)
    ack = next(q for q in listed if q["name"] == "acknowledgements")
    assert ack["params"][0]["name"] == "about"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "who-won"], "Error: unknown query 'who-won': use one of: acknowledgements"),
        (["query", "acknowledgements"], "Error: missing parameter about for query"),
        (["query", "statements", "--param", "x=1"], "Error: unknown parameter x for query"),
        (["query", "acknowledgements", "--param", "about"], "Error: bad --param 'about'"),
        (["query", "statements", "--format", "xml"], "Error: unknown format 'xml'"),
        (["query"], "Error: missing query name"),
        (["validate", "--format", "xml"], "Error: unknown format 'xml'"),
        (["stats", "--format", "csv"], "Error: unknown format 'csv'"),
    ],
)
def test_usage_errors_exit_2(
    runner: CliRunner, store_path: Path, args: list[str], message: str
) -> None:
    result = invoke(runner, *args, store=store_path)
    assert result.exit_code == 2
    assert result.stderr.startswith(message), result.stderr
    assert result.stdout == ""
    no_traceback(result)


def test_syntax_error_says_where(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.rq"
    path.write_text("SELECT ?s WHERE {\n  ?s ?p\n}\n", encoding="utf-8")
    result = invoke(runner, "query", str(path), store=store_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: SPARQL syntax error")
    assert re.search(rf"\({re.escape(str(path))}:\d+:\d+\): fix the query", result.stderr)


def test_update_is_refused(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "wipe.rq"
    path.write_text("DROP ALL", encoding="utf-8")
    result = invoke(runner, "query", str(path), store=store_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: refusing to run a SPARQL update (DROP)")
    with open_store(store_path, read_only=True) as store:
        assert len(store.graph_iris()) == 3


@pytest.mark.parametrize(
    "value",
    [
        'x" } INSERT DATA { <http://x/a> <http://x/b> "c" } #',
        "} ; DROP ALL ; {",
        "two\nlines",
        "[red]markup[/red] { }",
    ],
)
def test_hostile_param_via_cli(runner: CliRunner, store_path: Path, value: str) -> None:
    with open_store(store_path, read_only=True) as store:
        before = store.triple_count()
    result = invoke(
        runner, "query", "actor-statements", "--param", f"actor={value}", store=store_path
    )
    assert result.exit_code == 0
    assert result.stdout.rstrip().endswith("0 rows")
    no_traceback(result)
    with open_store(store_path, read_only=True) as store:
        assert store.triple_count() == before


def test_missing_store_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "query", "statements", store=tmp_path / "nothing-here")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: store does not exist")


def test_store_and_endpoint_conflict(runner: CliRunner, store_path: Path) -> None:
    result = invoke(runner, "stats", "--endpoint", "http://127.0.0.1:9/query", store=store_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: give either a store path or an endpoint")


def test_store_from_environment(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(
        app, ["query", "places", "-f", "csv"], env={"FRONTLINE_STORE": str(store_path)}
    )
    assert result.exit_code == 0
    assert "Sudzha" in result.stdout


# --- validate, stats, export -----------------------------------------------------------------


def test_validate_conforms(runner: CliRunner, store_path: Path) -> None:
    result = invoke(runner, "validate", store=store_path)
    assert result.exit_code == 0
    assert "The graph conforms: 0 violations, 3 warnings in 3 graphs." in result.stdout
    data = json.loads(invoke(runner, "validate", "--format", "json", store=store_path).stdout)
    assert data["conforms"] is True and data["warnings"] == 3


def test_validate_does_not_conform(runner: CliRunner, store_path: Path) -> None:
    broken = Graph().parse(
        data="""@prefix fl: <https://w3id.org/frontline/ontology#> .
        <https://w3id.org/frontline/id/unit/x-1st-brigade> a fl:MilitaryUnit ;
            <http://www.w3.org/2000/01/rdf-schema#label> "1st Brigade" .""",
        format="turtle",
    )
    with open_store(store_path) as store:
        store.put_graph(FLI + "graph/00000000000000ff", broken)
    result = invoke(runner, "validate", store=store_path)
    assert result.exit_code == 1
    assert "The graph does not conform: 1 violations" in result.stdout
    assert "MilitaryUnit" not in result.stderr
    result = invoke(runner, "validate", "-f", "json", store=store_path)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["conforms"] is False
    parallel = invoke(runner, "validate", "-f", "json", "--workers", "2", store=store_path)
    assert parallel.exit_code == 1
    assert json.loads(parallel.stdout) == json.loads(result.stdout)  # same results, any workers


def test_stats(runner: CliRunner, store_path: Path) -> None:
    result = invoke(runner, "stats", "--format", "json", store=store_path)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["articles"], data["statements"], data["events"]) == (2, 10, 5)
    table = invoke(runner, "stats", store=store_path)
    assert table.exit_code == 0
    for piece in ("statements per type", "Acknowledgement", "top betweenness", "2024-08"):
        assert piece in table.stdout


@pytest.mark.parametrize(("fmt", "unit"), [("nt", "triples"), ("nquads", "quads")])
def test_export(runner: CliRunner, store_path: Path, tmp_path: Path, fmt: str, unit: str) -> None:
    target = tmp_path / f"out.{fmt}"
    result = invoke(runner, "export", "--format", fmt, "-o", str(target), store=store_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Wrote ") and f" {unit} to {target} ({fmt})." in result.stdout
    assert target.stat().st_size > 0


def test_export_bad_format(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    result = invoke(runner, "export", "-f", "xml", "-o", str(tmp_path / "x"), store=store_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: unknown export format 'xml'")


# --- build -----------------------------------------------------------------------------------


def test_build_reports_failures_and_strict_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-article.md"
    store = tmp_path / "store"
    result = invoke(runner, "build", str(missing), store=store)
    assert result.exit_code == 0
    assert "0 built, 0 unchanged, 0 duplicates, 1 failed" in result.stdout
    assert result.stderr.startswith("Error: ")
    assert str(missing) in result.stderr
    strict = invoke(runner, "build", str(missing), "--strict", store=store)
    assert strict.exit_code == 2
    assert "Error: " in strict.stderr and str(missing) in strict.stderr
    no_traceback(strict)


def test_an_actor_is_found_by_surname(runner: CliRunner, tmp_path: Path) -> None:
    """What an analyst types: the surname of someone the article named in full, case ignored;
    a description that ends with the same word is nobody's surname."""
    article = tmp_path / "kovalchuk.md"
    article.write_text(
        "---\ntitle: Shelling in Nikopol\npublisher: Test Wire\npublished: 2025-06-03\n---\n"
        "Olena Kovalchuk, a spokeswoman for the regional administration, said on Monday that "
        "three people had been wounded in Nikopol. A spokesperson for Kovalchuk declined to "
        "comment further.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    assert invoke(runner, "build", str(article), store=store).exit_code == 0
    for name in ("Kovalchuk", "KOVALCHUK", "Olena Kovalchuk"):
        result = invoke(
            runner, "query", "actor-statements", "-p", f"actor={name}", "-f", "json", store=store
        )
        assert result.exit_code == 0, result.output
        rows = json.loads(result.stdout)
        assert [(r["type"], r["date"], r["actor"]) for r in rows] == [
            ("Remark", "2025-06-02", name)
        ]
    for name in ("Olena", "ovalchuk", "Nikopol"):
        result = invoke(
            runner, "query", "actor-statements", "-p", f"actor={name}", "-f", "json", store=store
        )
        assert json.loads(result.stdout) == []


def test_build_the_sample_article(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    corpus = ROOT / "corpus"
    result = invoke(runner, "build", str(corpus), store=store)
    assert result.exit_code == 0, result.output
    assert "1 built, 0 unchanged, 0 duplicates, 0 failed" in result.stdout
    again = invoke(runner, "build", str(corpus), store=store)
    assert "0 built, 1 unchanged, 0 duplicates, 0 failed" in again.stdout
    answer = invoke(
        runner,
        "query",
        "acknowledgements",
        "-p",
        "about=North Korean troops",
        "-f",
        "json",
        store=store,
    )
    assert answer.exit_code == 0
    rows = json.loads(answer.stdout)
    assert [(r["speakerLabel"], r["date"]) for r in rows] == [("Valery Gerasimov", "2025-04-26")]
