"""ontology/ and queries/ are found from an installed wheel, not only from a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_ontology_and_queries_where_resources_looks(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("frontline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in ("frontline.ttl", "shapes.ttl", "entities.ttl"):
        assert f"frontline/_data/ontology/{f}" in names
    queries = {p.name for p in (ROOT / "queries").glob("*.rq")}
    assert queries and all(f"frontline/_data/queries/{q}" in names for q in queries)
    # resources.py looks in frontline/_data first: unpack the wheel and ask it
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from frontline import resources;"
        "print(resources.ontology_dir()); print(resources.queries_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(target)], capture_output=True, text=True, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split()
    assert lines[0] == str(target / "frontline" / "_data" / "ontology")
    assert lines[1] == str(target / "frontline" / "_data" / "queries")
