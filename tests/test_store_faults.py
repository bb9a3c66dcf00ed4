"""Store faults: locked by another process, a full disk, a corrupt store, a remote endpoint that is
down, failing or too slow, a query that runs too long. Each is a clear error (exit 2 in the CLI),
retried where that helps, and never leaves half an article behind.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import http.server
import json
import os
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from frontline.cli import app
from frontline.errors import QueryError, StoreError
from frontline.store import EmbeddedStore, RemoteStore
from store_support import free_port, held_open

P = URIRef("https://example.org/p")


def invoke(*args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, list(args), env={"FRONTLINE_STORE": None})
    assert "Traceback" not in result.output + (result.stderr or "")
    return result


def article_graph(n: int, size: int = 200) -> Graph:
    g = Graph()
    for j in range(size):
        g.add((URIRef(f"https://example.org/a{n}/{j}"), P, Literal("y" * 200 + str(j))))
    return g


# --- locked -----------------------------------------------------------------------------------


def test_a_locked_store_stops_the_build_with_a_clear_error(tmp_path: Path) -> None:
    store = tmp_path / "store"
    article = tmp_path / "a.md"
    article.write_text("The Kremlin said on April 26 that the operation was over.\n")
    with held_open(store):
        result = invoke("build", str(article), "--store", str(store))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"Error: store is locked by another process ({store}): wait for the other frontline"
        " command to finish, or use another --store"
    )


# --- full disk --------------------------------------------------------------------------------


def test_full_disk_simulated_is_a_store_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.put_graph("https://example.org/g0", article_graph(0))

        class FullDisk:
            def __init__(self, real: object) -> None:
                self.real = real

            def update(self, update: str) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            def __getattr__(self, name: str) -> object:
                return getattr(self.real, name)

        real = store._store
        monkeypatch.setattr(store, "_store", FullDisk(real))
        with pytest.raises(StoreError) as info:
            store.put_graph("https://example.org/g1", article_graph(1))
        assert "the disk is full" in info.value.what
        assert info.value.hint and "run the build again" in info.value.hint
        monkeypatch.setattr(store, "_store", real)
        assert store.graph_iris() == ["https://example.org/g0"]
    finally:
        store.close()


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MiB file system (tmpfs), when this process may mount one (root in CI)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_for_real_leaves_only_whole_articles(tiny_filesystem: Path) -> None:
    path = tiny_filesystem / "store"
    store = EmbeddedStore(path)
    stored = 0
    try:
        with pytest.raises(StoreError) as info:
            for n in range(1000):
                store.put_graph(f"https://example.org/g{n}", article_graph(n))
                stored += 1
        assert "the disk is full" in info.value.what, info.value
        assert info.value.where == str(path)
    finally:
        store.close()
    assert 0 < stored < 1000
    reopened = EmbeddedStore(path, read_only=True)
    try:
        counts: dict[str, int] = {}
        for quad in reopened.ox_store:
            counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
        assert set(counts.values()) == {200}, "an article graph was half written"
        assert len(counts) == stored
    finally:
        reopened.close()


# --- corrupt ----------------------------------------------------------------------------------


def _filled(path: Path) -> Path:
    store = EmbeddedStore(path)
    for n in range(5):
        store.put_graph(f"https://example.org/g{n}", article_graph(n, 50))
    store.close()
    return path


def test_a_corrupt_store_is_a_store_error(tmp_path: Path) -> None:
    path = _filled(tmp_path / "store")
    (path / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError) as info:
        EmbeddedStore(path)
    assert "the store is corrupt" in info.value.what
    assert info.value.hint == "delete the store directory and run frontline build again"
    result = invoke("query", "statements", "--store", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: cannot open store: the store is corrupt")
    assert result.stderr.rstrip().endswith(
        f"({path}): delete the store directory and run frontline build again"
    )


def test_corrupt_data_files_are_a_store_error(tmp_path: Path) -> None:
    path = _filled(tmp_path / "store")
    for sst in glob.glob(str(path / "*.sst")):
        size = os.path.getsize(sst)
        with open(sst, "r+b") as handle:
            handle.seek(size // 3)
            handle.write(b"\xff" * min(200, size // 3))
    try:
        store = EmbeddedStore(path)
    except StoreError as exc:
        assert "corrupt" in exc.what
        return
    try:  # rocksdb may only notice when the damaged block is read
        with pytest.raises(StoreError, match="corrupt"):
            store.select("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")
    finally:
        store.close()


# --- remote endpoints -------------------------------------------------------------------------


def test_an_endpoint_that_is_down_is_retried_then_explained() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    store = RemoteStore(url, retries=2, backoff=0.01)
    with pytest.raises(StoreError) as info:
        store.select("SELECT * WHERE { ?s ?p ?o }")
    assert info.value.what.startswith("cannot reach the SPARQL endpoint")
    assert info.value.where == url
    assert info.value.hint == "check that the server is running and the URL is right"


@contextlib.contextmanager
def http_server(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/query"
    finally:
        server.shutdown()
        server.server_close()


def test_a_busy_endpoint_is_retried_until_it_answers() -> None:
    hits: list[int] = []

    class Flaky(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            hits.append(1)
            if len(hits) < 3:
                self.send_response(503)
                self.end_headers()
                return
            body = json.dumps(
                {
                    "head": {"vars": ["n"]},
                    "results": {"bindings": [{"n": {"type": "literal", "value": "1"}}]},
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with http_server(Flaky) as url:
        columns, rows = RemoteStore(url, retries=3, backoff=0.01).select("SELECT ?n WHERE {}")
    assert (columns, [[str(c) for c in r] for r in rows]) == (["n"], [["1"]])
    assert len(hits) == 3


def test_an_update_the_endpoint_keeps_failing_writes_nothing_and_says_so() -> None:
    bodies: list[bytes] = []

    class Down(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            bodies.append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            self.send_response(503)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    with http_server(Down) as url:
        store = RemoteStore(url, update_endpoint=url, retries=1, backoff=0.01)
        with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint"):
            store.put_graph("https://example.org/g", article_graph(0, 20))
    # every attempt sends the whole article as one update: the server applies all or nothing
    assert len(bodies) == 2
    assert all(b.count(b"INSERT DATA") == 1 and b.count(b"\n") >= 20 for b in bodies)


def test_a_slow_endpoint_times_out_with_a_clear_error() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(5)  # accepts connections, never answers
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/query"
        store = RemoteStore(url, timeout=0.5, retries=0)
        with pytest.raises(StoreError) as info:
            store.select("SELECT * WHERE { ?s ?p ?o }")
    assert info.value.what == "the endpoint did not answer in time"
    assert info.value.where == url and info.value.hint == "raise the timeout"


# --- query timeout on the embedded store ------------------------------------------------------

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?p ?b . ?c ?p ?d . ?e ?p ?f } }"


@pytest.fixture
def busy_store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    store.put_graph("https://example.org/g", article_graph(0, 400))
    store.close()
    return path


def test_an_embedded_query_times_out(busy_store: Path) -> None:
    store = EmbeddedStore(busy_store, read_only=True)
    try:
        with pytest.raises(QueryError) as info:
            store.select(SLOW, timeout=0.2)
        assert info.value.what == "the query timed out after 0.2 s"
        columns, rows = store.select(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", timeout=30
        )
        assert columns == ["n"] and str(rows[0][0]) == "400"
    finally:
        store.close()


def test_query_timeout_option(busy_store: Path, tmp_path: Path) -> None:
    slow = tmp_path / "slow.rq"
    slow.write_text("# title: slow\n" + SLOW + "\n")
    result = invoke("query", str(slow), "--timeout", "0.2", "--store", str(busy_store))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"Error: the query timed out after 0.2 s ({busy_store}): raise --timeout or narrow the"
        " query"
    )
