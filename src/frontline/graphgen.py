"""Regenerate the published graph in ``graph/`` from ``corpus/`` (``make graph``).

``python -m frontline.graphgen CORPUS_DIR OUT_DIR`` builds the corpus into a fresh embedded store
and exports ``frontline.ttl`` (flattened; statements keep ``prov:wasDerivedFrom`` links to their
article) and ``frontline.trig`` (one named graph per article, plus the reference graph).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from .export import export
from .pipeline import build
from .store import open_store


def generate(corpus: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="frontline-graph-") as tmp:
        store = open_store(Path(tmp) / "store")
        try:
            report = build([corpus], store)
            if report.failed:
                raise SystemExit(f"cannot build {corpus}: {report.failed}")
            for name, fmt in (("frontline.ttl", "turtle"), ("frontline.trig", "trig")):
                export(store, fmt, out / name)
                written.append(out / name)
        finally:
            store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0] if args else "corpus")
    out = Path(args[1] if len(args) > 1 else "graph")
    for path in generate(corpus, out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
