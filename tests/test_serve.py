"""frontline serve: a read-only SPARQL endpoint over the embedded store, in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from frontline import serve
from frontline.errors import StoreError, UsageError
from frontline.store import EmbeddedStore

pytestmark = pytest.mark.slow

EX = "https://example.org/"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def io_small_store(tmp_path: Path) -> Path:
    """An embedded store with two article graphs of one triple each, closed."""
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    for n in (1, 2):
        g = Graph()
        g.add((URIRef(f"{EX}s{n}"), URIRef(f"{EX}p"), Literal(f"value {n}")))
        store.put_graph(f"{EX}graph/{n}", g)
    store.close()
    return path


def _start(store: Path, host: str, port: int) -> subprocess.Popen[str]:
    try:
        serve.oxigraph_binary()
    except UsageError:
        pytest.skip("the oxigraph server binary is not installed")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "frontline.cli", "serve", "--store", str(store), "--host", host]
        + ["--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _wait(url: str, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1):
                return
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"frontline serve exited: {proc.stderr.read() if proc.stderr else ''}")
            if time.monotonic() > deadline:
                pytest.fail("frontline serve did not answer within 30 s")
            time.sleep(0.1)


def _stop(proc: subprocess.Popen[str]) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return proc.returncode, err


@pytest.fixture
def io_served(io_small_store: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = _free_port()
    proc = _start(io_small_store, "127.0.0.1", port)
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait(url, proc)
        yield url, proc
    finally:
        if proc.poll() is None:
            _stop(proc)


SELECT = f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?s"


def _rows(body: bytes) -> list[tuple[str, str]]:
    doc = json.loads(body)
    return [(b["s"]["value"], b["o"]["value"]) for b in doc["results"]["bindings"]]


def test_get_query_returns_rows_from_every_article_graph(io_served: tuple[str, object]) -> None:
    url, _ = io_served
    request = urllib.request.Request(
        f"{url}?{urllib.parse.urlencode({'query': SELECT})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        rows = _rows(response.read())
    assert rows == [(f"{EX}s1", "value 1"), (f"{EX}s2", "value 2")]


def test_post_query_works_too(io_served: tuple[str, object]) -> None:
    url, _ = io_served
    request = urllib.request.Request(
        url,
        data=SELECT.encode(),
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+json",
        },
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert len(_rows(response.read())) == 2


def test_updates_are_refused(io_served: tuple[str, object]) -> None:
    url, _ = io_served
    update = f"INSERT DATA {{ <{EX}x> <{EX}p> 'sneaked in' }}"
    base = url.rsplit("/", 1)[0]
    attempts = [
        urllib.request.Request(
            f"{base}/update",
            data=update.encode(),
            headers={"Content-Type": "application/sparql-update"},
        ),
        urllib.request.Request(
            f"{base}/update",
            data=urllib.parse.urlencode({"update": update}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        urllib.request.Request(
            f"{base}/store?default",
            data=f"<{EX}x> <{EX}p> <{EX}y> .".encode(),
            headers={"Content-Type": "application/n-triples"},
            method="PUT",
        ),
    ]
    for request in attempts:
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(request, timeout=10)
        assert 400 <= info.value.code < 500
    with urllib.request.urlopen(
        f"{url}?{urllib.parse.urlencode({'query': f'ASK {{ <{EX}x> ?p ?o }}'})}", timeout=10
    ) as response:
        assert json.loads(response.read())["boolean"] is False


def test_loopback_prints_no_warning_and_stops_cleanly(
    io_served: tuple[str, subprocess.Popen[str]],
) -> None:
    url, proc = io_served
    assert proc.stderr is not None
    seen = ""
    while "read-only at" not in seen:  # the endpoint answers just before the line is printed
        line = proc.stderr.readline()
        assert line, "frontline serve closed stderr without saying where it serves"
        seen += line
    code, err = _stop(proc)
    assert code == 0
    assert "Warning" not in seen + err
    assert f"read-only at {url}" in seen


def test_binding_all_interfaces_prints_a_warning(io_small_store: Path) -> None:
    port = _free_port()
    proc = _start(io_small_store, "0.0.0.0", port)
    try:
        _wait(f"http://127.0.0.1:{port}/query", proc)
    finally:
        code, err = _stop(proc)
    assert code == 0
    assert "Warning: serving on 0.0.0.0" in err
    assert "bind 127.0.0.1" in err


def test_a_locked_store_is_a_store_error(io_small_store: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('open', flush=True);"
            " sys.stdin.read()",
            str(io_small_store),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="locked"):
            serve.check_store(io_small_store)
    finally:
        holder.communicate("", timeout=10)


def test_missing_store_and_bad_options(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        serve.check_store(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        serve.check_store(tmp_path / "empty")
    with pytest.raises(UsageError, match="port"):
        serve.plan(tmp_path, port=0, binary="oxigraph")
    with pytest.raises(UsageError, match="host"):
        serve.plan(tmp_path, host="a b", binary="oxigraph")


def test_plan_and_exposure() -> None:
    p = serve.plan("st", host="::1", port=9000, timeout=5, binary="oxigraph")
    assert p.argv == [
        "oxigraph",
        "serve-read-only",
        "--location",
        "st",
        "--bind",
        "[::1]:9000",
        "--union-default-graph",
        "--timeout-s",
        "5",
    ]
    assert p.url == "http://[::1]:9000/query"
    assert p.warning is None
    assert serve.is_loopback("localhost") and serve.is_loopback("127.0.0.2")
    assert not serve.is_loopback("0.0.0.0") and not serve.is_loopback("example.org")
    assert serve.plan("st", host="0.0.0.0", binary="oxigraph").warning is not None
