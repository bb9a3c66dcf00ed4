from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from frontline import export as export_module
from frontline.errors import UsageError
from frontline.export import FORMATS, export, normalize_format
from frontline.store import EmbeddedStore

EX = "http://example.org/"


def fill(store: EmbeddedStore) -> None:
    for name, values in (("g2", ["b", "a"]), ("g1", ["a", "c"])):
        g = Graph()
        for v in values:
            g.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal(v)))
        g.add((URIRef(EX + name), URIRef(EX + "label"), Literal(f'graph "{name}"\n')))
        store.put_graph(EX + name, g)


@pytest.fixture
def store(io_embedded_store: EmbeddedStore) -> EmbeddedStore:
    fill(io_embedded_store)
    return io_embedded_store


def test_nt_is_flattened_sorted_and_deduplicated(store: EmbeddedStore, tmp_path: Path) -> None:
    dest = tmp_path / "out.nt"
    assert export(store, "nt", dest) == 5
    lines = dest.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == 5
    assert '<http://example.org/s> <http://example.org/p> "a" .' in lines
    assert len(Graph().parse(dest, format="nt")) == 5


def test_nquads_keep_graphs(store: EmbeddedStore, tmp_path: Path) -> None:
    dest = tmp_path / "out.nq"
    assert export(store, "nq", dest) == 6
    lines = dest.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    ds = Dataset()
    ds.parse(dest, format="nquads")
    assert len(ds.graph(URIRef(EX + "g1"))) == 3


@pytest.mark.parametrize("fmt", ["turtle", "trig", "jsonld"])
def test_other_formats_parse_back(store: EmbeddedStore, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / f"out.{fmt}"
    export(store, fmt, dest)
    if fmt == "turtle":
        assert len(Graph().parse(dest, format="turtle")) == 5
        assert "@prefix fl:" in dest.read_text() or "fl:" not in dest.read_text()
        return
    ds = Dataset()
    ds.parse(dest, format="trig" if fmt == "trig" else "json-ld")
    assert len(ds.graph(URIRef(EX + "g2"))) == 3
    if fmt == "jsonld":
        json.loads(dest.read_text())


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig"])
def test_deterministic(tmp_path: Path, fmt: str) -> None:
    outputs = []
    for run in range(2):
        st = EmbeddedStore(tmp_path / f"s{run}")
        fill(st)
        dest = tmp_path / f"{run}.out"
        export(st, fmt, dest)
        st.close()
        outputs.append(dest.read_bytes())
    assert outputs[0] == outputs[1]


def test_failure_keeps_the_old_file(
    store: EmbeddedStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "out.nt"
    dest.write_text("old content\n")

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module.os, "replace", boom)
    with pytest.raises(Exception, match="No space left"):
        export(store, "nt", dest)
    assert dest.read_text() == "old content\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_unknown_format() -> None:
    with pytest.raises(UsageError, match="unknown export format"):
        normalize_format("rdfxml")
    assert {normalize_format(f) for f in FORMATS} == set(FORMATS)
    assert normalize_format("TTL") == "turtle"


def test_empty_store(io_embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    dest = tmp_path / "sub" / "empty.nt"
    assert export(io_embedded_store, "nt", dest) == 0
    assert dest.read_text() == ""


def test_trig_is_the_same_bytes_in_every_process(tmp_path: Path) -> None:
    """rdflib's own TriG writer ordered graphs by a hash that changes with PYTHONHASHSEED."""
    import os
    import subprocess
    import sys

    st = EmbeddedStore(tmp_path / "store")
    fill(st)
    for i in range(12):  # enough graphs for a hash order to show
        g = Graph()
        g.add((URIRef(f"{EX}s{i}"), URIRef(EX + "p"), Literal(i)))
        st.put_graph(f"{EX}graph{i}", g)
    st.close()
    script = (
        "import sys; from frontline.store import EmbeddedStore; from frontline.export import "
        "export; s = EmbeddedStore(sys.argv[1], read_only=True); export(s, 'trig', sys.argv[2])"
    )
    outputs = []
    for seed in ("1", "2", "3"):
        dest = tmp_path / f"{seed}.trig"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / "store"), str(dest)], check=True, env=env
        )
        outputs.append(dest.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
