"""The bad-input suite: every case in ``tests/bad_input/`` (plus those made on the fly: a 50 MB
file, an empty directory, a symlink loop, an unreadable file, a run-on sentence) gives its exact
message and exit code, and the rest of the batch is still built.

Builds run in-process (typer's CliRunner) with the real spaCy model, loaded once per session.
Without ``--strict`` a bad article is reported and the build exits 0; with ``--strict`` an error
(not a warning) exits 2. README's "What happens with bad input" lists every case.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontline import namespaces as ns
from frontline.cli import app
from frontline.store import open_store

HERE = Path(__file__).parent / "bad_input"
ROOT = Path(__file__).resolve().parent.parent
GOOD = "good.md"
FL = ns.FL
SCHEMA = ns.SCHEMA


def invoke(*args: str, env: dict[str, str | None] | None = None):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, list(args), env={"FRONTLINE_STORE": None, **(env or {})})
    assert "Traceback" not in result.output + (result.stderr or "")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it, what the build says about it, and how it exits."""

    name: str  # as listed in README
    make: Callable[[Path], Path]  # puts the case in a directory, returns the source to build
    message: str  # the exact stderr line; {path} is the source
    level: str = "error"  # "error": exit 2 with --strict; "warning": built anyway
    summary: str = "1 built, 0 unchanged, 0 duplicates, 1 failed"  # with good.md beside it


def copy(*names: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        for name in names:
            shutil.copy(HERE / name, tmp / name)
        return tmp / names[0]

    return make


def big_file(tmp: Path) -> Path:
    path = tmp / "huge.md"
    chunk = b"Russia said troops advanced.   \n" * 32768  # 1 MiB of text
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(chunk)
    return path


def empty_dir(tmp: Path) -> Path:
    path = tmp / "nothing-here"
    path.mkdir()
    (path / "notes.docx").write_bytes(b"PK")  # unknown extensions are skipped inside directories
    (path / ".hidden.md").write_text("Hidden files are skipped.\n")
    return path


def symlink_loop(tmp: Path) -> Path:
    path = tmp / "loop-a.md"
    os.symlink(tmp / "loop-b.md", path)
    os.symlink(path, tmp / "loop-b.md")
    return path


RUN_ON_WORDS = (
    "the convoy moved along the road near the village while soldiers waited for orders and "
    "the trucks carried supplies toward positions held by units of the brigade"
)


def long_run(tmp: Path) -> Path:
    words = RUN_ON_WORDS.split()
    body = " ".join(words[i % len(words)] for i in range(3000))
    path = tmp / "run-on.md"
    path.write_text(
        "---\ntitle: Run-on\npublisher: Test Wire\npublished: 2025-04-30\n---\n"
        f"Ukraine's General Staff said on April 28 that {body}\n",
        encoding="utf-8",
    )
    return path


CASES: list[Case] = [
    Case(
        "empty file",
        copy("empty.md"),
        "Error: file is empty ({path}): remove it or add the article text",
    ),
    Case(
        "whitespace only",
        copy("whitespace.md"),
        "Error: file is empty ({path}): remove it or add the article text",
    ),
    Case(
        "binary file",
        copy("binary.md"),
        "Error: file looks binary, not text ({path}): give a text or Markdown file",
    ),
    Case(
        "invalid UTF-8",
        copy("invalid-utf8.md"),
        "Warning: invalid UTF-8 (first at byte 180) was replaced with U+FFFD ({path})",
        "warning",
        "2 built, 0 unchanged, 0 duplicates, 0 failed",
    ),
    Case(
        "UTF-16 with BOM",
        copy("utf16-bom.md"),
        "",
        "warning",
        "2 built, 0 unchanged, 0 duplicates, 0 failed",
    ),
    Case(
        "50 MB file",
        big_file,
        "Error: file is too large (52428800 bytes, limit 10485760) ({path}): split it, or raise"
        " the limit with --max-bytes or FRONTLINE_MAX_BYTES",
    ),
    Case(
        "malformed YAML front matter",
        copy("malformed-yaml.md"),
        "Error: malformed YAML front matter: expected ',' or ']', but got ':' ({path}:4): fix the"
        " YAML between the --- lines",
    ),
    Case(
        "a value with ': ' in the front matter",
        copy("colon-in-title.md"),
        "Warning: front matter is not valid YAML; read as one 'key: value' field per line (quote"
        " values that contain ': ' to silence this) ({path})",
        "warning",
        "2 built, 0 unchanged, 0 duplicates, 0 failed",
    ),
    Case(
        "bad date in front matter",
        copy("bad-date.md"),
        "Error: invalid date in field 'published': '2025-13-45' is not a valid ISO date"
        " ({path}:3): write it as YYYY-MM-DD",
    ),
    Case(
        "publication date in the future",
        copy("future-date.md"),
        "Warning: publication date 2999-01-15 is in the future; statement dates are still never"
        " later than it ({path})",
        "warning",
        "2 built, 0 unchanged, 0 duplicates, 0 failed",
    ),
    Case(
        "missing title and publisher",
        copy("no-title-publisher.md"),
        "Warning: article has no title (give 'title' in the front matter) ({path})\n"
        "Warning: article has no publisher (give 'publisher' in the front matter); it is built"
        " without ({path})",
        "warning",
        "2 built, 0 unchanged, 0 duplicates, 0 failed",
    ),
    Case(
        "unknown extension",
        copy("notes.docx"),
        "Error: unsupported file type '.docx' ({path}): use .md, .markdown, .txt, .jsonl, .html"
        " or .htm",
    ),
    Case(
        "directory with no articles",
        empty_dir,
        "Error: no articles found in the directory ({path}): put .md, .markdown, .txt, .jsonl,"
        " .html or .htm files in it (hidden files are skipped)",
    ),
    Case(
        "symlink loop",
        symlink_loop,
        "Error: symbolic link loop ({path}): fix or remove the link",
        "error",
        "1 built, 0 unchanged, 0 duplicates, 2 failed",  # both links of the loop
    ),
    Case(
        "jsonl with one broken line",
        copy("one-broken-line.jsonl"),
        "Error: broken JSON: Expecting ',' delimiter at column 32 ({path}:2): fix or remove the"
        " line",
        "error",
        "3 built, 0 unchanged, 0 duplicates, 1 failed",
    ),
    Case(
        "HTML with no main text",
        copy("no-main-text.html"),
        "Error: no main text found in the HTML page ({path}): check that it is an article page",
    ),
    Case(
        "non-English text",
        copy("french.md"),
        "Warning: skipped: the text looks like French, not English; frontline extracts English"
        " text only ({path})",
        "warning",
        "1 built, 0 unchanged, 0 duplicates, 0 failed, 1 not English",
    ),
    Case(
        "non-English front matter language",
        copy("german-declared.md"),
        "Warning: skipped: the article's language is 'de'; frontline extracts English text only"
        " ({path})",
        "warning",
        "1 built, 0 unchanged, 0 duplicates, 0 failed, 1 not English",
    ),
    Case(
        "article of one word",
        copy("one-word.md"),
        "Warning: article has only 1 word: there is little to extract ({path})",
        "warning",
        "2 built, 0 unchanged, 0 duplicates, 0 failed",
    ),
    Case(
        "long sentence without punctuation",
        long_run,
        "Warning: a sentence of 3008 words has no punctuation: extraction may be slow and its"
        " evidence long ({path})",
        "warning",
        "2 built, 0 unchanged, 0 duplicates, 0 failed",
    ),
    Case(
        "duplicate articles",
        copy("duplicate-a.md", "duplicate-b.md"),
        "",
        "warning",
        "2 built, 0 unchanged, 1 duplicates, 0 failed",
    ),
    Case(
        "same URL, different text",
        copy("same-url-a.md", "same-url-b.md"),
        "Warning: replaces the earlier article with the same URL https://example.org/same-url"
        " (article 7a7f28f036fd8d30) ({path})",
        "warning",
        "2 built, 0 unchanged, 0 duplicates, 0 failed",
    ),
]


def _sources(case: Case, tmp: Path) -> tuple[list[str], Path]:
    """The build arguments for a case: its file(s) (or directory) and good.md."""
    source = case.make(tmp)
    shutil.copy(HERE / GOOD, tmp / GOOD)
    extra = [str(p) for p in sorted(tmp.iterdir()) if p.name not in (source.name, GOOD)]
    sources = [str(source), *extra] if not source.is_dir() else [str(source)]
    return [*sources, str(tmp / GOOD)], source


def _message_path(case: Case, source: Path, tmp: Path) -> str:
    if case.name == "same URL, different text":
        return str(tmp / "same-url-b.md")
    return str(source)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_message_exit_code_and_the_rest_is_built(case: Case, tmp_path: Path) -> None:
    tmp = tmp_path / "in"
    tmp.mkdir()
    sources, source = _sources(case, tmp)
    store = str(tmp_path / "store")
    result = invoke("build", *sources, "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == case.summary
    expected = case.message.format(path=_message_path(case, source, tmp))
    lines = result.stderr.splitlines()
    for line in expected.splitlines():
        assert line in lines, f"{line!r} not in\n{result.stderr}"
    if not expected:  # nothing to report about the case itself
        assert not [x for x in lines if x.startswith("Error:")], result.stderr
    with open_store(store, read_only=True) as opened:
        titles = {str(row[0]) for row in opened.select(_TITLES)[1]}
    assert "Kremlin claims Kursk" in titles  # good.md went in beside the bad input

    strict = invoke("build", *sources, "--store", str(tmp_path / "strict"), "--strict")
    if case.level == "error":
        assert strict.exit_code == 2
        assert expected.splitlines()[0] in strict.stderr.splitlines()
    else:
        assert strict.exit_code == 0, strict.output


_TITLES = f"SELECT ?t WHERE {{ ?a a <{FL}Article> ; <{SCHEMA}headline> ?t }}"


# --- what the cases put in the store ----------------------------------------------------------


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, object]:
    """The whole bad_input directory (and the cases made on the fly) built in one batch."""
    tmp = tmp_path_factory.mktemp("batch")
    corpus = tmp / "bad_input"
    shutil.copytree(HERE, corpus)
    big_file(corpus)
    empty_dir(corpus)
    symlink_loop(corpus)
    long_run(corpus)
    (corpus / "again").symlink_to(corpus)  # a directory loop: walked once
    store = tmp / "store"
    result = invoke("build", str(corpus), "--store", str(store))
    return corpus, store, result


def test_one_batch_reports_every_bad_file_and_builds_the_rest(
    batch: tuple[Path, Path, object],
) -> None:
    corpus, _store, result = batch
    assert result.exit_code == 0  # type: ignore[attr-defined]
    # notes.docx inside a directory is skipped without a word, and so is an empty subdirectory
    # (only a directory given on the command line must hold articles); same-url-a.md is
    # replaced by same-url-b.md before it is stored
    assert result.stdout.strip() == (  # type: ignore[attr-defined]
        "12 built, 0 unchanged, 1 duplicates, 10 failed, 2 not English"
    )
    errors = [x for x in result.stderr.splitlines() if x.startswith("Error:")]  # type: ignore[attr-defined]
    assert len(errors) == 10, errors
    assert not any("notes.docx" in x for x in errors)
    assert any(str(corpus / "loop-a.md") in x for x in errors)
    assert not any("nothing-here" in x for x in errors)


def test_utf16_and_invalid_utf8_are_decoded(batch: tuple[Path, Path, object]) -> None:
    _corpus, store, _result = batch
    with open_store(store, read_only=True) as opened:
        _, rows = opened.select(_TITLES)
        titles = {str(r[0]) for r in rows}
        _, evidence = opened.select(
            f"SELECT ?e WHERE {{ ?s <{FL}evidence> ?e }}",
        )
    assert {"Sixteen bits", "Bad bytes"} <= titles
    texts = [str(r[0]) for r in evidence]
    assert any("General Staff said on April 29" in t for t in texts)  # the UTF-16 article
    assert any("\ufffd" in t for t in texts)  # invalid bytes replaced, not dropped


def test_duplicates_and_same_url_leave_one_article_each(batch: tuple[Path, Path, object]) -> None:
    _corpus, store, _result = batch
    with open_store(store, read_only=True) as opened:
        _, rows = opened.select(
            f"SELECT ?url (COUNT(DISTINCT ?a) AS ?n) (SAMPLE(?t) AS ?title) WHERE {{"
            f" ?a a <{FL}Article> ; <{SCHEMA}url> ?url ; <{SCHEMA}headline> ?t }} GROUP BY ?url"
        )
    by_url = {str(r[0]): (int(str(r[1])), str(r[2])) for r in rows}
    assert by_url["https://example.org/dup"] == (1, "Duplicate")
    assert by_url["https://example.org/same-url"] == (1, "Updated version")
    assert "https://example.org/jsonl-1" in by_url and "https://example.org/jsonl-3" in by_url


def test_future_publication_keeps_statement_dates_before_it(
    batch: tuple[Path, Path, object],
) -> None:
    _corpus, store, _result = batch
    with open_store(store, read_only=True) as opened:
        _, rows = opened.select(
            f"SELECT ?d ?p WHERE {{ ?s <{FL}statedOn> ?d ; <http://www.w3.org/ns/prov#"
            f"wasDerivedFrom> ?a . ?a <{SCHEMA}datePublished> ?p ; <{SCHEMA}headline> ?t ."
            f' FILTER(?t = "From the future") }}'
        )
    assert rows, "the future-dated article has dated statements"
    assert all(str(d)[:10] <= str(p) for d, p in rows)
    validated = invoke("validate", "--store", str(store), "--format", "json")
    assert validated.exit_code == 0, validated.stdout


def test_every_case_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## What happens with bad input" in readme
    section = readme.split("## What happens with bad input", 1)[1].split("\n## ", 1)[0]
    names = [c.name for c in CASES] + ["unreadable file"]
    missing = [name for name in names if f"| {name} |" not in section]
    assert not missing, missing


# --- limits and files that cannot be read -----------------------------------------------------


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    good = tmp_path / GOOD
    shutil.copy(HERE / GOOD, good)
    size = good.stat().st_size
    store = str(tmp_path / "store")
    small = invoke("build", str(good), "--store", store, "--max-bytes", "100")
    assert small.exit_code == 0 and "0 built" in small.stdout
    assert f"Error: file is too large ({size} bytes, limit 100) ({good})" in small.stderr
    env = invoke("build", str(good), "--store", store, env={"FRONTLINE_MAX_BYTES": "100"})
    assert "limit 100" in env.stderr
    ok = invoke("build", str(good), "--store", store, "--max-bytes", str(size))
    assert ok.stdout.strip() == "1 built, 0 unchanged, 0 duplicates, 0 failed"


def test_unreadable_file_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied, simulated by the file system call itself (tests run as root)."""
    locked = tmp_path / "locked.md"
    shutil.copy(HERE / "one-word.md", locked)
    shutil.copy(HERE / GOOD, tmp_path / GOOD)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = invoke("build", str(tmp_path), "--store", str(tmp_path / "store"))
    assert result.stdout.strip() == "1 built, 0 unchanged, 0 duplicates, 1 failed"
    assert (
        f"Error: cannot read file: Permission denied ({locked}): check the file's permissions"
        in result.stderr.splitlines()
    )


def _without_root_powers() -> list[str] | None:
    """A command prefix that runs without the power to read any file, or None if impossible."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    probe = subprocess.run(
        [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", "--", "true"],
        capture_output=True,
    )
    return (
        [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", "--"]
        if not probe.returncode
        else None
    )


def test_unreadable_file_for_real(tmp_path: Path) -> None:
    """chmod 000, and a build process that really cannot read it (root drops its DAC powers)."""
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root without setpriv: cannot drop the power to read any file")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    locked = corpus / "locked.md"
    shutil.copy(HERE / "one-word.md", locked)
    shutil.copy(HERE / GOOD, corpus / GOOD)
    locked.chmod(0)
    try:
        done = subprocess.run(
            [
                *prefix,
                sys.executable,
                "-m",
                "frontline.cli",
                "build",
                str(corpus),
                "--store",
                str(tmp_path / "store"),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "FRONTLINE_STORE": ""},
        )
    finally:
        locked.chmod(0o644)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1 built, 0 unchanged, 0 duplicates, 1 failed"
    assert (
        f"Error: cannot read file: Permission denied ({locked}): check the file's permissions"
        in done.stderr.splitlines()
    )


def test_run_on_sentence_is_built_in_reasonable_time(tmp_path: Path) -> None:
    path = long_run(tmp_path)
    started = time.monotonic()
    result = invoke("build", str(path), "--store", str(tmp_path / "store"))
    elapsed = time.monotonic() - started
    assert result.stdout.strip() == "1 built, 0 unchanged, 0 duplicates, 0 failed"
    assert elapsed < 30, f"a 3000-word run-on sentence took {elapsed:.1f} s"
