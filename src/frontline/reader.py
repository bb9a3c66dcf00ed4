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
import errno
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
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
            found = False
            for file in _walk(path):
                found = True
                if isinstance(file, InputError):
                    yield file
                else:
                    yield from read_file(file, max_bytes=limit)
            if not found:
                yield InputError(
                    "no articles found in the directory",
                    str(path),
                    "put .md, .markdown, .txt, .jsonl, .html or .htm files in it"
                    " (hidden files are skipped)",
                )
        elif path.exists():
            if path.suffix.lower() not in SUFFIXES:
                yield InputError(
                    f"unsupported file type {path.suffix or '(no extension)'!r}",
                    str(path),
                    "use .md, .markdown, .txt, .jsonl, .html or .htm",
                )
                continue
            yield from read_file(path, max_bytes=limit)
        elif path.is_symlink():
            yield _link_error(path)
        else:
            yield InputError("no such file or directory", str(path), "check the path")


def _link_error(path: Path) -> InputError:
    """The error for a symbolic link that leads nowhere: a loop or a dangling target."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return InputError("symbolic link loop", str(path), "fix or remove the link")
    return InputError("broken symbolic link", str(path), "fix or remove the link")


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Supported files under ``root``, sorted, hidden entries skipped, each real dir once.

    Symlinked directories are followed once (a link back to an ancestor is not walked again);
    a link loop or an unreadable directory is yielded as an InputError.
    """
    seen: set[str] = set()

    def visit(directory: Path) -> Iterator[Path | InputError]:
        real = os.path.realpath(directory)
        if real in seen:
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            yield InputError(
                f"cannot read directory: {exc.strerror or exc}", str(directory), "check permissions"
            )
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = directory / entry.name
            try:
                is_dir = entry.is_dir()  # follows symlinks; loops are cut by `seen`
            except OSError:
                if Path(entry.name).suffix.lower() in SUFFIXES or entry.is_symlink():
                    yield _link_error(child)
                continue
            if is_dir:
                yield from visit(child)
            elif Path(entry.name).suffix.lower() in SUFFIXES:
                if child.is_file():
                    yield child
                elif entry.is_symlink():
                    yield _link_error(child)

    yield from visit(root)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Articles of one file, dispatched on its extension, with :func:`article_warnings` added."""
    for item in _read_file(path, max_bytes):
        if isinstance(item, Article):
            extra = article_warnings(item)
            if extra:
                item = replace(item, warnings=item.warnings + extra)
        yield item


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
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


#: a run of more words than this without . ! ? ; or a line break is reported
LONG_RUN_WORDS = 500
#: an article of fewer words than this is reported as too short to say much
SHORT_ARTICLE_WORDS = 5
_SENTENCE_END = re.compile(r"[.!?;\n\u3002\uff01\uff1f]+")


def article_warnings(article: Article, today: date | None = None) -> tuple[str, ...]:
    """Doubtful-but-buildable things about an article, as warning messages.

    A publication date in the future, no title, no publisher, a text of very few words, a run of
    more than :data:`LONG_RUN_WORDS` words without sentence punctuation.
    """
    warnings: list[str] = []
    today = today or date.today()
    if article.published is not None and article.published > today:
        warnings.append(
            f"publication date {article.published.isoformat()} is in the future;"
            " statement dates are still never later than it"
        )
    if not article.title:
        warnings.append("article has no title (give 'title' in the front matter)")
    if not article.publisher:
        warnings.append(
            "article has no publisher (give 'publisher' in the front matter); it is built without"
        )
    words = len(article.text.split())
    if words < SHORT_ARTICLE_WORDS:
        warnings.append(
            f"article has only {words} word{'s' if words != 1 else ''}: there is little to extract"
        )
    longest = max((len(run.split()) for run in _SENTENCE_END.split(article.text)), default=0)
    if longest > LONG_RUN_WORDS:
        warnings.append(
            f"a sentence of {longest} words has no punctuation: extraction may be slow and its"
            " evidence long"
        )
    return tuple(warnings)


# -- language ---------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "English": _words(
        "the of and to in a is that for on was with as by at from said it has have be are were"
        " his her their its an this which not but after who will had been they he she or over"
        " than would could also about into against we our more"
    ),
    "French": _words(
        "le la les de des du et en un une est que qui dans pour sur pas au aux par avec ce cette"
        " il elle ont sont été plus a selon"
    ),
    "German": _words(
        "der die das und ist nicht ein eine zu den dem des von mit sich auf für im auch es wurde"
        " sind hat werden bei nach"
    ),
    "Spanish": _words(
        "el la los las de del y en un una es que por con para se su al lo como más pero sus fue"
        " ha según"
    ),
    "Italian": _words(
        "il lo la gli le di del della e è un una che per con non sono nel alla ha da dei delle"
        " secondo"
    ),
    "Portuguese": _words(
        "o os as de do da dos das e em um uma que para com não por se no na ao é foi segundo"
    ),
    "Dutch": _words(
        "de het een en van in is dat op te zijn voor met niet aan er ook als bij door werd"
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
#: fewer words than this (or letters, in a non-Latin script) and the language is not judged
MIN_WORDS_TO_JUDGE = 20
ENGLISH_RATIO = 0.15


def detect_language(text: str) -> str | None:
    """The language (or script) ``text`` is in when it is clearly *not* English, else None.

    A light heuristic, no model: a text mostly in a non-Latin script is named by its script
    ("Cyrillic script"); a Latin-script text is English when at least 15 % of its words are common
    English function words and no other language's function words are more frequent. Texts of
    fewer than 20 words are not judged (None).
    """
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= MIN_WORDS_TO_JUDGE:
        scripts: dict[str, int] = {}
        for ch in letters:
            name = unicodedata.name(ch, "UNKNOWN").split()[0]
            scripts[name] = scripts.get(name, 0) + 1
        if scripts.get("LATIN", 0) < len(letters) / 2:
            script = max(scripts, key=lambda k: scripts[k])
            return f"{'CJK' if script == 'CJK' else script.title()} script"
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return None
    ratios = {
        lang: sum(1 for w in words if w in stop) / len(words) for lang, stop in _STOPWORDS.items()
    }
    english = ratios.pop("English")
    best = max(ratios, key=lambda k: ratios[k])
    if english >= ENGLISH_RATIO and english >= ratios[best]:
        return None
    return best if ratios[best] > english else "an unknown language"


def language_problem(article: Article) -> str | None:
    """Why ``article`` is not extracted as English, or None when it is (or may be) English.

    The front matter's ``language`` wins (``en``, ``en-GB``, ``eng``, ``English``); without one,
    :func:`detect_language` decides.
    """
    declared = (article.language or "").strip().lower()
    if declared:
        if declared in ("en", "eng", "english") or declared.startswith(("en-", "en_")):
            return None
        return f"the article's language is {article.language!r}"
    detected = detect_language(article.text)
    if detected is None:
        return None
    return f"the text looks like {detected}, not English"


# -- bytes and text ---------------------------------------------------------------------------


def _read_bytes(path: Path, max_bytes: int) -> bytes | InputError:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(
                f"file is too large ({size} bytes, limit {max_bytes})",
                str(path),
                "split it, or raise the limit with --max-bytes or FRONTLINE_MAX_BYTES",
            )
        data = path.read_bytes()
    except OSError as exc:
        return InputError(
            f"cannot read file: {exc.strerror or exc}", str(path), "check the file's permissions"
        )
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


_FIELD_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def _plain_fields(block: str) -> dict[str, Any] | None:
    """Front matter read as one 'key: value' per line (values as text), or None when a line is
    not of that form (then it is malformed YAML, and reported as such)."""
    fields: dict[str, Any] = {}
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _FIELD_LINE.match(line)
        if m is None:
            return None
        value = m.group(2)
        if value[:1] in ("[", "{", "|", ">", "&", "*", "!", "-"):
            return None  # YAML syntax gone wrong, not plain text with a colon in it
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[m.group(1)] = value or None
    return fields


class _PurePlainLoader(yaml.SafeLoader):
    """SafeLoader that keeps timestamps as strings, so bad dates are reported per field; its
    error messages are the ones frontline reports, whatever libyaml would say."""


class _PlainLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same, parsed by libyaml when PyYAML has it (~7x faster)."""


_PlainLoader.yaml_implicit_resolvers = _PurePlainLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FENCE = re.compile(r"^---[ \t]*$")
_FENCE_END = re.compile(r"^(---|\.\.\.)[ \t]*$")
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


_BLOCKQUOTE = re.compile(r"^[ \t]*>[ \t]?")
#: a paragraph that introduces a document quoted whole ("… reads as follows:")
_AS_FOLLOWS = re.compile(r"\b(?:reads?|is|are) as follows\s*:\s*$", re.I)
_BULLET = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+(?=\S)")


def _plain_markdown(body: str) -> str:
    """Markdown's quotation and list syntax as prose: a blockquote is a quotation ("> They are
    not serious." -> “They are not serious.”), joined to the paragraph before when that one
    introduces it with a colon ("Peskov told reporters:"), except a document quoted whole
    after "… reads as follows:", which keeps its paragraphs; a list item is a paragraph of its
    own, without its bullet."""
    if not any(_BLOCKQUOTE.match(line) or _BULLET.match(line) for line in body.split("\n")):
        return body  # nothing to do: the text stays as written
    paragraphs: list[str] = []
    blocks = re.split(r"\n[ \t]*\n", body)
    for n, para in enumerate(blocks):
        lines = para.split("\n")
        if (
            not paragraphs
            and len(lines) > 1
            and all(_BULLET.match(line) for line in lines if line.strip())
            and any(b.strip() and not _BULLET.match(b) for b in blocks[n + 1 :])
        ):
            # a bullet summary opening the article ("- Russia says it captured …", "- Kyiv
            # denies …") repeats what the body tells: leaving it in would count each speech act
            # twice
            continue
        if lines and all(_BLOCKQUOTE.match(line) for line in lines if line.strip()):
            if paragraphs and _AS_FOLLOWS.search(paragraphs[-1]):
                # "The full text of the army's statement reads as follows:": a release quoted
                # whole, paragraph by paragraph, in the voice of whose release it is
                inner = "\n".join(_BLOCKQUOTE.sub("", line).rstrip() for line in lines)
                paragraphs.extend(p.strip() for p in re.split(r"\n\s*\n", inner) if p.strip())
                continue
            quoted = " ".join(_BLOCKQUOTE.sub("", line).strip() for line in lines).strip()
            if quoted:
                quoted = f"“{quoted}”"
                if paragraphs and paragraphs[-1].rstrip().endswith(":"):
                    paragraphs[-1] = f"{paragraphs[-1].rstrip()} {quoted}"
                else:
                    paragraphs.append(quoted)
            continue
        if len(lines) > 1 and all(_BULLET.match(line) for line in lines if line.strip()):
            paragraphs.extend(_BULLET.sub("", line).strip() for line in lines if line.strip())
            continue
        paragraphs.append(_BULLET.sub("", para) if _BULLET.match(para) else para)
    return "\n\n".join(paragraphs)


def _read_text(path: Path, data: bytes) -> Item:
    decoded = decode(data)
    if decoded is None:
        return InputError("file looks binary, not text", str(path), "give a text or Markdown file")
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
            loaded = _plain_fields(block)
            if loaded is None:
                error: yaml.YAMLError = exc
                try:  # the pure-Python parser's message, the same on every platform
                    yaml.load(block, Loader=_PurePlainLoader)  # noqa: S506 - SafeLoader subclass
                except yaml.YAMLError as pure:
                    error = pure
                mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
                line = mark.line + 2 if mark is not None else 1
                problem = getattr(error, "problem", None) or str(error).splitlines()[0]
                return InputError(
                    f"malformed YAML front matter: {problem}",
                    f"{path}:{line}",
                    "fix the YAML between the --- lines",
                )
            # 'title: Iran's Araghchi: Tehran will respond' is not YAML (a second ': '), but
            # every line is plainly one field: read it so, and say so
            warnings += (
                "front matter is not valid YAML; read as one 'key: value' field per line "
                "(quote values that contain ': ' to silence this)",
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
    body = _plain_markdown(body).strip()
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
        line = next(
            (i + 1 for i, text_line in enumerate(lines) if re.match(rf"{field}\s*:", text_line)),
            None,
        )
        return InputError(
            f"invalid date in field {field!r}: {exc}",
            f"{path}:{line}" if line else str(path),
            "write it as YYYY-MM-DD",
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
        yield InputError(
            f"cannot read file: {exc.strerror or exc}", str(path), "check the file's permissions"
        )
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
                    "raise the limit with --max-bytes or FRONTLINE_MAX_BYTES",
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


_HTML_MIN_LINE_WORDS = 4


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
    if not text or not any(len(line.split()) >= _HTML_MIN_LINE_WORDS for line in text.splitlines()):
        # nothing, or only menu items and footers: no line reads like a sentence
        return InputError(
            "no main text found in the HTML page", str(path), "check that it is an article page"
        )
    try:
        published = parse_date(getattr(doc, "date", None))
    except ValueError:
        published = None
        warnings += ("could not read the page's publication date",)
    title = _text_field(getattr(doc, "title", None))
    # trafilatura puts one block (paragraph, heading, caption) per line: each is a paragraph of
    # its own, so a headline or a time stamp never runs into the sentence after it; the page's
    # headline repeated at the top of the body is the title, not text
    blocks = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if blocks and title and blocks[0] == " ".join(title.split()):
        blocks = blocks[1:]
    description = _text_field(getattr(doc, "description", None))
    if blocks and description and blocks[0] == " ".join(description.split()):
        # the standfirst, repeated from the page's description: a summary of the article in
        # headline style ("Air force reports one of the largest attacks"), not its text
        blocks = blocks[1:]
    text = "\n\n".join(blocks)
    return Article(
        text=text.strip(),
        source=str(path),
        title=title,
        publisher=_text_field(getattr(doc, "sitename", None)),
        url=_text_field(getattr(doc, "url", None)),
        published=published,
        language=_text_field(getattr(doc, "language", None)),
        warnings=warnings,
    )
