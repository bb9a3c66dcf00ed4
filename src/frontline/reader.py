"""Read sources into :class:`~frontline.model.Article` objects.

``read_sources`` accepts files and directories and yields one ``Article`` per article, or an
``InputError`` for a source that cannot be read: errors are yielded, not raised, so one bad file
never stops a batch. Supported sources:

* ``.md`` / ``.markdown`` / ``.txt``: optional YAML front matter (title, publisher, url,
  published, language, id) between ``---`` lines, then the text;
* ``.jsonl``: one JSON object per line (id, url, title, publisher, published, language, text);
* ``.html`` / ``.htm``: main text and metadata pulled out by trafilatura.

Directories are walked recursively in sorted order; hidden entries and unknown extensions inside
them are skipped; symlinked directories are followed once (no loops).
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from frontline.errors import InputError
from frontline.model import Article

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
JSONL_SUFFIXES = frozenset({".jsonl"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

Item = Article | InputError


def max_bytes_default() -> int:
    """``FRONTLINE_MAX_BYTES`` if set to a positive integer, else 10 MB."""
    raw = os.environ.get("FRONTLINE_MAX_BYTES")
    if raw:
        try:
            value = int(raw)
        except ValueError:
            value = 0
        if value > 0:
            return value
    return DEFAULT_MAX_BYTES


def read_sources(
    paths: Iterable[Path | str], *, max_bytes: int | None = None
) -> Iterator[Article | InputError]:
    """Yield an Article (or an InputError) for every article found in ``paths``, in order."""
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, max_bytes=limit)
        elif path.exists():
            if path.suffix.lower() not in SUFFIXES:
                yield InputError(
                    f"unsupported file type {path.suffix or '(no extension)'!r}",
                    str(path),
                    "use .md, .markdown, .txt, .jsonl, .html or .htm",
                )
                continue
            yield from read_file(path, max_bytes=limit)
        else:
            yield InputError("no such file or directory", str(path), "check the path")


def _walk(root: Path) -> Iterator[Path]:
    """Supported files under ``root``, sorted, hidden entries skipped, each real dir once."""
    seen: set[str] = set()

    def visit(directory: Path) -> Iterator[Path]:
        real = os.path.realpath(directory)
        if real in seen:
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = directory / entry.name
            try:
                is_dir = entry.is_dir()  # follows symlinks; loops are cut by `seen`
            except OSError:
                continue
            if is_dir:
                yield from visit(child)
            elif Path(entry.name).suffix.lower() in SUFFIXES and child.is_file():
                yield child

    yield from visit(root)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Articles of one file, dispatched on its extension."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, max_bytes)
        return
    data = _read_bytes(path, max_bytes)
    if isinstance(data, InputError):
        yield data
    elif suffix in HTML_SUFFIXES:
        yield _read_html(path, data)
    else:
        yield _read_text(path, data)


# -- bytes and text ---------------------------------------------------------------------------


def _read_bytes(path: Path, max_bytes: int) -> bytes | InputError:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(
                f"file is too large ({size} bytes, limit {max_bytes})",
                str(path),
                "split it, or raise the limit with FRONTLINE_MAX_BYTES",
            )
        data = path.read_bytes()
    except OSError as exc:
        return InputError(f"cannot read file: {exc.strerror or exc}", str(path))
    if not data.strip():
        return InputError("file is empty", str(path), "remove it or add the article text")
    return data


def decode(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """Decode file bytes: BOMs honoured (UTF-8/16/32), invalid UTF-8 replaced with a warning.

    Returns None for binary data (NUL bytes in what is not UTF-16/32).
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), ()
            except UnicodeDecodeError:
                return data.decode(codec, errors="replace"), (
                    f"invalid {codec.upper()} bytes were replaced with U+FFFD",
                )
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        return data.decode("utf-8", errors="replace"), (
            f"invalid UTF-8 (first at byte {exc.start}) was replaced with U+FFFD",
        )


class _PlainLoader(yaml.SafeLoader):
    """SafeLoader that keeps timestamps as strings, so bad dates are reported per field."""


_PlainLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FENCE = re.compile(r"^---[ \t]*$")
_FENCE_END = re.compile(r"^(---|\.\.\.)[ \t]*$")
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


def _read_text(path: Path, data: bytes) -> Item:
    decoded = decode(data)
    if decoded is None:
        return InputError("file looks binary, not text", str(path), "give a text, Markdown file")
    text, warnings = decoded
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, Any] = {}
    body = text
    lines = text.split("\n")
    if lines and _FENCE.match(lines[0]):
        end = next((i for i in range(1, len(lines)) if _FENCE_END.match(lines[i])), None)
        if end is None:
            return InputError(
                "front matter is not closed",
                f"{path}:1",
                "end the YAML block with a line containing only ---",
            )
        block = "\n".join(lines[1:end])
        try:
            loaded = yaml.load(block, Loader=_PlainLoader)  # noqa: S506 - SafeLoader subclass
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            return InputError(
                f"malformed YAML front matter: {problem}",
                f"{path}:{line}",
                "fix the YAML between the --- lines",
            )
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            return InputError(
                "YAML front matter is not a mapping of fields",
                f"{path}:2",
                "write it as 'key: value' lines",
            )
        meta = loaded
        body = "\n".join(lines[end + 1 :])
    body = body.strip()
    if not body:
        return InputError("article has no text", str(path), "add the article text")
    title = _text_field(meta.get("title"))
    if title is None:
        heading = _HEADING.search(body)
        title = heading.group(1) if heading else None
    try:
        published = parse_date(meta.get("published", meta.get("date")))
    except ValueError as exc:
        field = "published" if "published" in meta else "date"
        return InputError(
            f"invalid date in field {field!r}: {exc}", str(path), "write it as YYYY-MM-DD"
        )
    return Article(
        text=body,
        source=str(path),
        title=title,
        publisher=_text_field(meta.get("publisher")),
        url=_text_field(meta.get("url")),
        published=published,
        language=_text_field(meta.get("language", meta.get("lang"))),
        doc_id=_text_field(meta.get("id")),
        warnings=warnings,
    )


def _text_field(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def parse_date(value: Any) -> date | None:
    """``date``, ``datetime`` or an ISO date(-time) string -> ``date``; ValueError if bad."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(f"{text!r} is not a valid ISO date") from None
    raise ValueError(f"{value!r} is not a date")


# -- jsonl ------------------------------------------------------------------------------------


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", str(path))
        return
    found = False
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            where = f"{path}:{lineno}"
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            found = True
            if len(raw) > max_bytes:
                yield InputError(
                    f"line is too large ({len(raw)} bytes, limit {max_bytes})",
                    where,
                    "raise the limit with FRONTLINE_MAX_BYTES",
                )
                continue
            warnings: tuple[str, ...] = ()
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                line = raw.decode("utf-8", errors="replace")
                warnings = (f"invalid UTF-8 (first at byte {exc.start}) was replaced with U+FFFD",)
            yield _jsonl_article(line, where, warnings)
    if not found:
        yield InputError("file is empty", str(path), "remove it or add one JSON article per line")


def _jsonl_article(line: str, where: str, warnings: tuple[str, ...]) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(
            f"broken JSON: {exc.msg} at column {exc.colno}", where, "fix or remove the line"
        )
    if not isinstance(obj, dict):
        return InputError("line is not a JSON object", where, "write one object per line")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError("article has no 'text'", where, 'add a non-empty "text" field')
    try:
        published = parse_date(obj.get("published"))
    except ValueError as exc:
        return InputError(
            f"invalid date in field 'published': {exc}", where, "write it as YYYY-MM-DD"
        )
    return Article(
        text=text.strip(),
        source=where,
        title=_text_field(obj.get("title")),
        publisher=_text_field(obj.get("publisher")),
        url=_text_field(obj.get("url")),
        published=published,
        language=_text_field(obj.get("language")),
        doc_id=_text_field(obj.get("id")),
        warnings=warnings,
    )


# -- html -------------------------------------------------------------------------------------


def _read_html(path: Path, data: bytes) -> Item:
    decoded = decode(data)
    if decoded is None:
        return InputError("file looks binary, not HTML", str(path), "give an HTML page")
    import trafilatura  # slow import, only when there is HTML to read

    html, warnings = decoded
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return InputError(f"cannot parse HTML: {exc}", str(path))
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return InputError(
            "no main text found in the HTML page", str(path), "check that it is an article page"
        )
    try:
        published = parse_date(getattr(doc, "date", None))
    except ValueError:
        published = None
        warnings += ("could not read the page's publication date",)
    return Article(
        text=text.strip(),
        source=str(path),
        title=_text_field(getattr(doc, "title", None)),
        publisher=_text_field(getattr(doc, "sitename", None)),
        url=_text_field(getattr(doc, "url", None)),
        published=published,
        language=_text_field(getattr(doc, "language", None)),
        warnings=warnings,
    )
