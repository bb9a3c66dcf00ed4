"""Where the packaged data lives: ``ontology/`` and ``queries/``.

An installed wheel carries them as ``frontline/_data/ontology`` and ``frontline/_data/queries``
(pyproject force-includes them); a checkout or an editable install uses the repository's top-level
directories. The packaged copy wins when both exist.
"""

from __future__ import annotations

from pathlib import Path

from frontline.errors import FrontlineError

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    return [_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent.parent / name]


def _find_dir(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates(name))
    raise FrontlineError(
        f"cannot find frontline's {name}/ directory",
        tried,
        "reinstall frontline, or run from a checkout that has it",
    )


def ontology_dir() -> Path:
    """The directory holding frontline.ttl, shapes.ttl and entities.ttl."""
    return _find_dir("ontology")


def queries_dir() -> Path:
    """The directory holding the canned ``*.rq`` queries."""
    return _find_dir("queries")


def ontology_file(name: str) -> Path:
    """Path of one ontology file (``"entities.ttl"``); FrontlineError when it is not there."""
    path = ontology_dir() / name
    if not path.is_file():
        raise FrontlineError(
            f"ontology file {name} is missing",
            str(path),
            "reinstall frontline, or restore the file in the checkout",
        )
    return path
