"""The ``frontline`` command line: parse options, call one library function, print, exit.

Exit codes: 0 done (or the graph conforms), 1 the graph does not conform (``validate``), 2 bad
input or usage. Errors are printed on stderr as ``Error: <what> (<where>): <hint>``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from frontline import __version__
from frontline.errors import FrontlineError, UsageError

T = TypeVar("T")

app = typer.Typer(
    name="frontline",
    help="Knowledge graphs of attributed statements from conflict reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

StoreOpt = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="Embedded store directory (default: $FRONTLINE_STORE, else .frontline/store).",
        show_default=False,
    ),
]
EndpointOpt = Annotated[
    str | None,
    typer.Option("--endpoint", help="SPARQL 1.1 query endpoint URL of a remote store."),
]
UpdateEndpointOpt = Annotated[
    str | None,
    typer.Option(
        "--update-endpoint",
        help="SPARQL 1.1 update endpoint URL (default: the --endpoint URL).",
    ),
]
TableJson = ("table", "json")
TableJsonFormatOpt = Annotated[
    str, typer.Option("--format", "-f", help="Output format: table or json.")
]


def _stdout() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _fail(error: FrontlineError) -> NoReturn:
    typer.echo(f"Error: {error}", err=True)
    raise typer.Exit(error.exit_code)


def _choice(value: str, allowed: tuple[str, ...], option: str) -> str:
    lowered = value.strip().lower()
    if lowered not in allowed:
        raise UsageError(f"unknown {option} {value!r}", None, f"use one of: {', '.join(allowed)}")
    return lowered


@contextmanager
def _store(
    path: Path | None, endpoint: str | None, update_endpoint: str | None, *, read_only: bool
) -> Iterator[Any]:
    from frontline.store import open_store

    store = open_store(
        path, endpoint=endpoint, update_endpoint=update_endpoint, read_only=read_only
    )
    try:
        yield store
    finally:
        store.close()


def _short(iri: str) -> str:
    """An IRI with frontline's prefixes (fli:, fl:, schema:, ...) for tables meant for people."""
    from frontline import namespaces as ns

    bases = {**ns.PREFIXES, "fli": ns.id_base()}
    for prefix, base in sorted(bases.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(base) and len(iri) > len(base):
            return f"{prefix}:{iri[len(base) :]}"
    return iri


def _run(action: Callable[[], T]) -> T:
    """Call ``action``; a FrontlineError becomes ``Error: …`` on stderr and its exit code."""
    try:
        return action()
    except FrontlineError as error:
        _fail(error)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"frontline {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", callback=_version, is_eager=True
        ),
    ] = False,
) -> None:
    """Knowledge graphs of attributed statements from conflict reporting.

    Exit codes: 0 done or conforms, 1 the graph does not conform (validate), 2 bad input or usage.
    """


# --------------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------------


class _BuildProgress:
    """A rich progress bar on stderr, shown only once more than one article is queued."""

    def __init__(self) -> None:
        self.bar: Progress | None = None
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total <= 1:
                return
            self.bar = Progress(
                TextColumn("building"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("build", total=total)
        self.bar.update(self.task, completed=done, total=total)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command()
def build(
    sources: Annotated[
        list[Path],
        typer.Argument(
            help="Article files or directories (.md, .txt, .html, .jsonl).", show_default=False
        ),
    ],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Re-extract articles already in the store.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Fail (exit 2) when any article cannot be built."),
    ] = False,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="spaCy model name (default: $FRONTLINE_SPACY_MODEL, else en_core_web_sm).",
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Extraction processes to run in parallel.")
    ] = 1,
    max_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-bytes",
            min=1,
            help="Largest source file to read (default: $FRONTLINE_MAX_BYTES, else 10 MB).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Read articles, extract statements, events and entities, and store one graph per article."""
    from frontline.pipeline import build as run_build

    progress = _BuildProgress()

    def action() -> Any:
        with _store(store, endpoint, update_endpoint, read_only=False) as opened:
            try:
                return run_build(
                    sources,
                    opened,
                    rebuild=rebuild,
                    strict=strict,
                    model=model,
                    workers=workers,
                    progress=progress,
                    max_bytes=max_bytes,
                )
            finally:
                progress.stop()

    report = _run(action)
    for source, message in report.warnings:
        typer.echo(f"Warning: {message} ({source})", err=True)
    for error in report.errors:
        typer.echo(f"Error: {error}", err=True)
    typer.echo(
        f"{report.built} built, {report.skipped_unchanged} unchanged, "
        f"{report.duplicates} duplicates, {len(report.failed)} failed"
        + (f", {report.skipped_language} not English" if report.skipped_language else "")
    )
    if strict and report.failed:
        raise typer.Exit(2)


# --------------------------------------------------------------------------------------------
# validate
# --------------------------------------------------------------------------------------------


@app.command()
def validate(
    fmt: TableJsonFormatOpt = "table",
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            help="Processes that check graphs in parallel (the results do not depend on it).",
        ),
    ] = 1,
) -> None:
    """Check every graph against the SHACL shapes (exit 0 conforms, 1 does not, 2 bad input)."""
    from frontline.validate import validate as run_validate

    def action() -> Any:
        chosen = _choice(fmt, TableJson, "format")
        with _store(store, endpoint, update_endpoint, read_only=True) as opened:
            return chosen, run_validate(opened, workers=workers)

    chosen, report = _run(action)
    if chosen == "json":
        typer.echo(report.to_json())
    else:
        console = _stdout()
        if report.results:
            table = Table("severity", "focus", "path", "message", "graph")
            for r in report.results:
                cells = (r.severity, _short(r.focus), _short(r.path), r.message, _short(r.graph))
                table.add_row(*(Text(x) for x in cells))
            console.print(table)
        verdict = "conforms" if report.conforms else "does not conform"
        typer.echo(
            f"The graph {verdict}: {len(report.violations)} violations, "
            f"{len(report.warnings)} warnings in {report.graphs} graphs."
        )
    raise typer.Exit(0 if report.conforms else 1)


# --------------------------------------------------------------------------------------------
# query
# --------------------------------------------------------------------------------------------


@app.command()
def query(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="NAME|FILE",
            help="A canned query name or a path to a .rq file.",
            show_default=False,
        ),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="A query parameter, name=value (repeatable)."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Output format: table, csv, tsv or json.")
    ] = "table",
    timeout: Annotated[
        float | None, typer.Option("--timeout", help="Give up after this many seconds.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Print at most this many rows (paging).")
    ] = None,
    offset: Annotated[
        int | None, typer.Option("--offset", help="Skip this many rows first (paging).")
    ] = None,
    list_: Annotated[
        bool, typer.Option("--list", help="List the canned queries and their parameters.")
    ] = False,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
) -> None:
    """Run a canned SPARQL query (or any .rq file) and print its rows; --list shows them all."""
    from frontline import queries

    if list_:
        canned = _run(queries.list_queries)
        chosen = _run(lambda: _choice(fmt, TableJson, "format"))
        if chosen == "json":
            items = [
                {
                    "name": q.name,
                    "title": q.title,
                    "description": q.description,
                    "params": [p._asdict() for p in q.params],
                }
                for q in canned
            ]
            typer.echo(json.dumps(items, ensure_ascii=False, indent=2))
            return
        table = Table("name", "title", "params")
        for q in canned:
            params = ", ".join(
                f"{p.name} ({p.type}{', optional' if p.optional else ''})" for p in q.params
            )
            table.add_row(Text(q.name), Text(q.title), Text(params))
        _stdout().print(table)
        return

    def action() -> tuple[str, list[str], list[list[str]]]:
        if not name:
            raise UsageError(
                "missing query name",
                None,
                "give a NAME or a .rq FILE, or --list to see the canned queries",
            )
        chosen = _choice(fmt, queries.FORMATS, "format")
        canned = queries.load_query(name)
        values = queries.parse_param_options(param or [])
        queries.bind_params(canned, values)  # usage errors before the store is opened
        with _store(store, endpoint, update_endpoint, read_only=True) as opened:
            columns, rows = queries.run_query(
                opened, canned, values, timeout=timeout, limit=limit, offset=offset
            )
        return chosen, columns, rows

    chosen, columns, rows = _run(action)
    if chosen == "table":
        _stdout().print(queries.rows_table(columns, rows))
        typer.echo(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    else:
        text = queries.format_rows(columns, rows, chosen)
        typer.echo(text, nl=not text.endswith("\n"))


# --------------------------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------------------------


@app.command()
def export(
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="File to write (replaced atomically).", show_default=False
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="turtle, nt, nquads, trig or jsonld."),
    ] = "turtle",
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
) -> None:
    """Write the whole graph to a file as Turtle, N-Triples, N-Quads, TriG or JSON-LD."""
    from frontline import export as exporter

    def action() -> tuple[str, int]:
        chosen = exporter.normalize_format(fmt)
        with _store(store, endpoint, update_endpoint, read_only=True) as opened:
            return chosen, exporter.export(opened, chosen, output)

    chosen, count = _run(action)
    unit = "quads" if chosen in ("nquads", "trig", "jsonld") else "triples"
    typer.echo(f"Wrote {count} {unit} to {output} ({chosen}).")


# --------------------------------------------------------------------------------------------
# stats
# --------------------------------------------------------------------------------------------


def _counts_table(title: str, counts: dict[str, int]) -> Table:
    table = Table(title=title)
    table.add_column("name")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(Text(key), str(value))
    return table


@app.command()
def stats(
    fmt: TableJsonFormatOpt = "table",
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
) -> None:
    """Describe the graph: counts, the entity network (degree, betweenness) and the date span."""
    from frontline.stats import compute_stats

    def action() -> tuple[str, dict[str, Any]]:
        chosen = _choice(fmt, TableJson, "format")
        with _store(store, endpoint, update_endpoint, read_only=True) as opened:
            return chosen, compute_stats(opened)

    chosen, result = _run(action)
    if chosen == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    console = _stdout()
    network = result["network"]
    dates = result["dates"]
    summary = Table(title="frontline graph")
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    for label, value in (
        ("triples", result["triples"]),
        ("named graphs", result["named_graphs"]),
        ("articles", result["articles"]),
        ("entities", result["entities"]),
        ("statements", result["statements"]),
        ("events", result["events"]),
        ("network edges", network["edges"]),
        ("density", network["density"]),
        ("connected components", network["components"]),
        ("largest component", network["largest_component"]),
        ("first date", dates["first"] or ""),
        ("last date", dates["last"] or ""),
    ):
        summary.add_row(label, Text(str(value)))
    console.print(summary)
    console.print(_counts_table("entities per class", result["entities_per_class"]))
    console.print(_counts_table("statements per type", result["statements_per_type"]))
    console.print(_counts_table("statements per speaker", result["statements_per_speaker"]))
    console.print(_counts_table("events per type", result["events_per_type"]))
    for key, title in (("degree_top", "top degree"), ("betweenness_top", "top betweenness")):
        table = Table(title=title)
        table.add_column("entity")
        table.add_column("value", justify="right")
        for item in network[key]:
            table.add_row(Text(item["label"]), str(item["value"]))
        console.print(table)


# --------------------------------------------------------------------------------------------
# serve
# --------------------------------------------------------------------------------------------


@app.command()
def serve(
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on (other than loopback: a warning)."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port to listen on.")] = 7878,
    timeout: Annotated[
        int | None, typer.Option("--timeout", help="Stop a query after this many seconds.")
    ] = None,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
) -> None:
    """Serve the embedded store read-only as a SPARQL 1.1 endpoint at /query (Ctrl-C stops)."""
    from frontline import serve as server

    if endpoint or update_endpoint:
        _fail(
            UsageError(
                "serve serves an embedded store, not a remote one",
                "--endpoint",
                "query the remote endpoint directly, or give --store PATH",
            )
        )
    chosen = _run(lambda: server.plan(store, host=host, port=port, timeout=timeout))
    if chosen.warning:
        typer.echo(f"Warning: {chosen.warning}", err=True)

    def ready(plan: Any) -> None:
        typer.echo(f"Serving {server.store_path(store)} read-only at {plan.url}", err=True)

    _run(lambda: server.serve(store, host=host, port=port, timeout=timeout, on_ready=ready))


# --------------------------------------------------------------------------------------------
# view, timeline, docs
# --------------------------------------------------------------------------------------------


@app.command()
def view(
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="HTML file to write.", show_default=False),
    ],
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "frontline graph",
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
) -> None:
    """Write an interactive network of the graph as one self-contained HTML file."""
    from frontline.view import write_view

    def action() -> Any:
        with _store(store, endpoint, update_endpoint, read_only=True) as opened:
            return write_view(opened, output, title=title)

    summary = _run(action)
    typer.echo(
        f"Wrote {summary.nodes} nodes and {summary.edges} edges ({summary.statements} statements, "
        f"{summary.events} events) to {output}."
    )


@app.command()
def timeline(
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="File to write: .html, .png or .svg.", show_default=False
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="html, png or svg (default: from the suffix)."),
    ] = None,
    lanes: Annotated[
        str, typer.Option("--lanes", help="One lane per speaker or per side.")
    ] = "speaker",
    max_lanes: Annotated[
        int,
        typer.Option("--max-lanes", min=1, help="Busiest lanes shown; the rest go to 'Others'."),
    ] = 25,
    title: Annotated[str, typer.Option("--title", help="Chart title.")] = "frontline timeline",
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
) -> None:
    """Draw statements and events on a time axis, one lane per speaker or side, disputes joined."""
    from frontline.timeline import LANES, timeline_format, write_timeline

    def action() -> Any:
        timeline_format(output, fmt)  # usage errors before the store is opened
        chosen_lanes = _choice(lanes, LANES, "lanes")
        with _store(store, endpoint, update_endpoint, read_only=True) as opened:
            return write_timeline(
                opened, output, fmt=fmt, lanes=chosen_lanes, max_lanes=max_lanes, title=title
            )

    summary = _run(action)
    typer.echo(
        f"Wrote {summary.points} dated items in {summary.lanes} lanes with {summary.disputes} "
        f"disputes to {output} ({summary.format}); {summary.undated} undated items left out."
    )


@app.command()
def docs(
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="Directory to write the HTML pages to.", show_default=False
        ),
    ],
) -> None:
    """Write HTML documentation of the ontology, the SHACL shapes and the canned queries."""
    from frontline.docsgen import write_docs

    summary = _run(lambda: write_docs(output))
    typer.echo(
        f"Documented {summary.classes} classes, {summary.properties} properties and "
        f"{summary.queries} queries in {', '.join(str(p) for p in summary.files)}."
    )


def run() -> None:  # pragma: no cover - python -m frontline.cli
    app(prog_name="frontline")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run())  # type: ignore[func-returns-value]
