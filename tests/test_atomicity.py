"""Nothing half-written: an article's triples go in whole or not at all, a build killed with SIGKILL
leaves a consistent store that the next build completes, and a failing export leaves the old file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF
from typer.testing import CliRunner

from frontline import export as export_module
from frontline import namespaces as ns
from frontline.cli import app
from frontline.errors import QueryError, StoreError
from frontline.model import Article, Extraction, Statement
from frontline.pipeline import build
from frontline.reader import read_sources
from frontline.store import EmbeddedStore, open_store

FL = ns.FL
ARTICLES = 20


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for n in range(ARTICLES):
        (corpus / f"a{n:02d}.md").write_text(
            f"---\ntitle: Report {n}\npublisher: Test Wire\npublished: 2025-04-30\n"
            f"url: https://example.org/report-{n}\n---\n"
            f"The Kremlin claimed on April {n + 1} that Russian forces had recaptured village "
            f"number {n} in Kursk Oblast. Ukraine's General Staff denied the claim on April "
            f"{n + 2}, saying that fighting continues near Sudzha.\n",
            encoding="utf-8",
        )
    return corpus


def _article_graphs(store: EmbeddedStore) -> list[str]:
    special = {ns.reference_graph_iri(), ns.id_base() + "graph/links"}
    entities = ns.entity_graph_iri("")
    return [g for g in store.graph_iris() if g not in special and not g.startswith(entities)]


def _check_complete(graph: Graph) -> None:
    """Each article graph has its article node with a content hash; statements are whole."""
    articles = list(graph.subjects(RDF.type, URIRef(FL + "Article")))
    assert len(articles) == 1, graph.serialize(format="nt")
    assert graph.value(articles[0], URIRef(FL + "contentHash")) is not None
    statements = set(graph.subjects(URIRef(FL + "speaker"), None)) | set(
        graph.subjects(URIRef(FL + "evidence"), None)
    )
    for statement in statements:
        if graph.value(statement, URIRef(FL + "negated")) is None:
            continue  # events have evidence too; statements always carry fl:negated
        assert graph.value(statement, URIRef(FL + "speaker")) is not None
        assert graph.value(statement, URIRef(FL + "evidence")) is not None


_DRIVER = textwrap.dedent(
    """
    import sys
    from frontline.pipeline import build
    from frontline.store import open_store

    def progress(done, total):
        print("stored", done, flush=True)

    store = open_store(sys.argv[2])
    build([sys.argv[1]], store, batch_size=1, progress=progress)
    store.close()
    print("finished", flush=True)
    """
)


def test_a_build_killed_with_sigkill_leaves_whole_articles(tmp_path: Path, nlp: Any) -> None:
    from frontline.extract import extract
    from frontline.rdf import extraction_to_graph, split_entities

    corpus = _corpus(tmp_path)
    store_path = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-c", _DRIVER, str(corpus), str(store_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the first article is in the store
        assert line.startswith("stored"), line + (proc.stderr.read() if proc.stderr else "")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    expected = {
        # what only the article says; its entities' descriptions go to their own graphs
        ns.graph_iri(item.short_id): split_entities(extraction_to_graph(extract(item, nlp)))[0]
        for item in read_sources([corpus])
        if isinstance(item, Article)
    }
    store = EmbeddedStore(store_path)  # opens: the killed writer left no lock behind
    try:
        stored = _article_graphs(store)
        assert 1 <= len(stored) < ARTICLES, f"{len(stored)} articles stored before the kill"
        for iri in stored:
            graph = store.get_graph(iri)
            _check_complete(graph)
            assert isomorphic(graph, expected[iri]), f"{iri} is not the whole article"
    finally:
        store.close()

    result = CliRunner().invoke(
        app, ["build", str(corpus), "--store", str(store_path)], env={"FRONTLINE_STORE": None}
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (
        f"{ARTICLES - len(stored)} built, {len(stored)} unchanged, 0 duplicates, 0 failed"
    )
    with open_store(store_path, read_only=True) as reopened:
        assert isinstance(reopened, EmbeddedStore)
        final = _article_graphs(reopened)
        assert sorted(final) == sorted(expected)
        for iri in final:
            assert isomorphic(reopened.get_graph(iri), expected[iri])


# --- one article: all or nothing --------------------------------------------------------------


def _graph(*objects: str) -> Graph:
    g = Graph()
    for n, obj in enumerate(objects):
        g.add((URIRef(f"https://example.org/s{n}"), URIRef("https://example.org/p"), Literal(obj)))
    return g


def test_put_graph_is_all_or_nothing(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        old = _graph("one", "two")
        store.put_graph("https://example.org/g", old)
        bad = _graph(*[f"triple {n}" for n in range(500)])
        bad.add(
            (
                URIRef("https://example.org/with space"),
                URIRef("https://example.org/p"),
                Literal("x"),
            )
        )
        with pytest.raises(QueryError, match="not a valid IRI"):
            store.put_graph("https://example.org/g", bad)
        assert isomorphic(store.get_graph("https://example.org/g"), old)
        assert store.triple_count() == 2
    finally:
        store.close()


def fake_extract(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16
) -> Iterator[Extraction]:
    for a in articles:
        statement = Statement(0, "Remark", "say", "country/russia", a.text, content=a.text)
        yield Extraction(article=a, statements=(statement,))


def test_a_store_failure_mid_build_stops_it_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path)
    store = EmbeddedStore(tmp_path / "store")
    real_update = EmbeddedStore._update
    calls = {"n": 0}

    def failing_update(self: EmbeddedStore, update: str) -> None:
        if "INSERT DATA" in update and "/graph/reference" not in update:
            calls["n"] += 1
            if calls["n"] == 4:
                raise StoreError("cannot write to the store: the disk is full", self.location)
        real_update(self, update)

    monkeypatch.setattr(EmbeddedStore, "_update", failing_update)
    try:
        with pytest.raises(StoreError, match="disk is full"):
            build([corpus], store, extractor=fake_extract, batch_size=1)
        stored = _article_graphs(store)
        assert len(stored) == 3
        for iri in stored:
            _check_complete(store.get_graph(iri))
        monkeypatch.setattr(EmbeddedStore, "_update", real_update)
        report = build([corpus], store, extractor=fake_extract)
        assert (report.built, report.skipped_unchanged) == (ARTICLES - 3, 3)
    finally:
        store.close()


# --- exports ----------------------------------------------------------------------------------


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    store.put_graph("https://example.org/g", _graph("one", "two"))
    store.close()
    return path


def test_a_failing_export_leaves_the_old_file(
    small_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "graph.nt"
    dest.write_text("old export\n")

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module.os, "fsync", no_space)
    result = CliRunner().invoke(
        app,
        ["export", "-f", "nt", "-o", str(dest), "--store", str(small_store)],
        env={"FRONTLINE_STORE": None},
    )
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"Error: cannot write the export: No space left on device ({dest}): check free space"
        " and permissions"
    )
    assert dest.read_text() == "old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "store"]


def test_an_export_is_never_seen_half_written(
    small_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the new file is being written, the destination still holds the old one."""
    dest = tmp_path / "graph.nt"
    dest.write_text("old export\n")
    seen: list[str] = []
    real_fsync = os.fsync

    def watch(fd: int) -> None:
        seen.append(dest.read_text())
        real_fsync(fd)

    monkeypatch.setattr(export_module.os, "fsync", watch)
    with open_store(small_store, read_only=True) as store:
        assert export_module.export(store, "nt", dest) == 2
    assert seen == ["old export\n"]
    assert dest.read_text().count("\n") == 2


def test_an_interrupted_export_leaves_no_temporary_file(
    small_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "graph.ttl"

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(export_module.os, "replace", interrupted)
    with open_store(small_store, read_only=True) as store, pytest.raises(KeyboardInterrupt):
        export_module.export(store, "turtle", dest)
    assert not dest.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
