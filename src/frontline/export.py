"""Write the whole store to a file: turtle, nt, nquads, trig or jsonld.

Triple formats (turtle, nt) flatten the named graphs into one graph; quad formats (nquads, trig,
jsonld) keep them. nt and nquads are sorted line by line and turtle is built from sorted triples,
so the same store always gives the same bytes. The file is written next to its destination under
a temporary name and renamed over it at the end: a failed export leaves the old file untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from frontline import namespaces as ns
from frontline.errors import FrontlineError, UsageError
from frontline.store import Store, nt_term

FORMATS: tuple[str, ...] = ("turtle", "nt", "nquads", "trig", "jsonld")
ALIASES: dict[str, str] = {
    "ttl": "turtle",
    "ntriples": "nt",
    "n-triples": "nt",
    "nq": "nquads",
    "n-quads": "nquads",
    "json-ld": "jsonld",
}
EXTENSIONS: dict[str, str] = {
    "turtle": ".ttl",
    "nt": ".nt",
    "nquads": ".nq",
    "trig": ".trig",
    "jsonld": ".jsonld",
}


def normalize_format(fmt: str) -> str:
    """The canonical format name for ``fmt`` (aliases such as ttl, nq, json-ld accepted)."""
    name = ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}", hint="use one of " + ", ".join(FORMATS))
    return name


def _bind(target: Graph) -> None:
    for prefix, iri in ns.PREFIXES.items():
        target.bind(prefix, ns.id_base() if prefix == "fli" else iri, override=True, replace=True)


def serialize(store: Store, fmt: str) -> tuple[bytes, int]:
    """The store in ``fmt``, and the number of triples (flattened) or quads written."""
    name = normalize_format(fmt)
    ds = store.dataset()
    bnodes: dict[str, str] = {}
    quads = sorted(
        (
            nt_term(s, bnodes),  # type: ignore[arg-type]
            nt_term(p, bnodes),  # type: ignore[arg-type]
            nt_term(o, bnodes),  # type: ignore[arg-type]
            "" if g is None or g == DATASET_DEFAULT_GRAPH_ID else nt_term(g),  # type: ignore[arg-type]
            (s, p, o, g),
        )
        for s, p, o, g in ds.quads((None, None, None, None))
    )
    if name == "nt":
        lines = sorted({f"{s} {p} {o} .\n" for s, p, o, _, _ in quads})
        return "".join(lines).encode("utf-8"), len(lines)
    if name == "nquads":
        lines = sorted(
            {f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n" for s, p, o, g, _ in quads}
        )
        return "".join(lines).encode("utf-8"), len(lines)
    if name == "turtle":
        flat = Graph(bind_namespaces="none")
        _bind(flat)
        for *_, (s, p, o, _g) in quads:
            flat.add((s, p, o))
        return flat.serialize(format="turtle", encoding="utf-8"), len(flat)
    if name == "trig":
        return _trig(quads), len(quads)
    out = Dataset()
    _bind(out)
    for *_, (s, p, o, g) in quads:
        ctx = g if isinstance(g, URIRef) else DATASET_DEFAULT_GRAPH_ID
        out.graph(ctx).add((s, p, o))
    count = len(quads)
    data = out.serialize(format="json-ld", encoding="utf-8")
    return data, count


def _trig(quads: Sequence[tuple[str, str, str, str, tuple[Any, ...]]]) -> bytes:
    """TriG with the graphs in IRI order, each written like the Turtle export.

    rdflib's TriG serializer writes the graphs in the order of its context index, which changes
    from run to run; a published graph under version control should not. The graphs share one
    namespace manager, so a prefix rdflib invents for an unbound namespace means the same
    everywhere, and the header lists them all.
    """
    shared = Graph(bind_namespaces="none")
    _bind(shared)
    graphs: dict[str, Graph] = {}
    for _s, _p, _o, g_nt, (s, p, o, _g) in quads:
        if g_nt not in graphs:
            graphs[g_nt] = Graph(bind_namespaces="none", namespace_manager=shared.namespace_manager)
        graphs[g_nt].add((s, p, o))
    blocks = []
    for g_nt in sorted(graphs):
        body = graphs[g_nt].serialize(format="turtle")
        body = "".join(
            "    " + line if line.strip() else line
            for line in body.splitlines(keepends=True)
            if not line.startswith("@prefix")
        ).strip("\n")
        name = f"{g_nt} " if g_nt else ""  # the default graph is an unnamed block
        blocks.append(f"\n{name}{{\n{body}\n}}\n")
    header = "".join(
        f"@prefix {prefix}: <{iri}> .\n" for prefix, iri in sorted(shared.namespaces())
    )
    return (header + "".join(blocks)).encode("utf-8")


def export(store: Store, fmt: str, dest: Path | str) -> int:
    """Write the store to ``dest`` in ``fmt`` atomically; returns the number of triples/quads."""
    target = Path(dest)
    data, count = serialize(store, fmt)
    write_atomic(target, data)
    return count


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it over ``target``."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise FrontlineError(
            f"cannot write the export: {exc.strerror or exc}", str(target), "check the directory"
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise FrontlineError(
                f"cannot write the export: {exc.strerror or exc}",
                str(target),
                "check free space and permissions",
            ) from exc
        raise
