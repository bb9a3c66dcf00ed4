"""A deterministic benchmark corpus: the project's own articles, varied to any size.

The templates are ``corpus/*.md`` and ``tests/gold/*.md`` (Markdown with YAML front matter).
Document ``i`` is template ``i % T`` in variant ``v = i // T``. Variant 0 is the template as is;
variant ``v > 0`` adds ``v`` to every plain number in the body (troop counts, casualties,
"14 tunnel shafts") but leaves years, days of the month, ordinals ("162nd Division") and decimals
alone, so dates still resolve, units keep their names, and the text stays as hard to parse as the
original. A template without such a number gets a one-line dateline instead. The URL gets a
``#v<variant>`` fragment so that no document replaces another one (same URL, other text).

Every document therefore has its own content hash, and running the generator twice writes the
same bytes.

    python benchmarks/corpus.py OUT_DIR --articles 1000
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
# a day next to a month name (kept), or a plain number (shifted); ordinals, decimals and
# numbers glued to letters ("F-16", "T-72B") are skipped by the look-arounds
_NUMBER = re.compile(
    rf"(?P<date>(?:\b(?:{MONTHS})\s+\d{{1,2}}\b)|(?:\b\d{{1,2}}\s+(?:{MONTHS})))"
    r"|(?<![\w.,\-/])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\w.\-/]|,\d)"
)
_FRONT = re.compile(r"\A---\n(?P<meta>.*?)\n---\n(?P<body>.*)\Z", re.DOTALL)


@dataclass(frozen=True)
class Template:
    name: str
    meta: str  # the YAML front matter lines, without the fences
    body: str


def templates(root: Path = ROOT) -> list[Template]:
    """The source articles, in a fixed order."""
    paths = sorted((root / "corpus").glob("*.md")) + sorted((root / "tests" / "gold").glob("*.md"))
    found: list[Template] = []
    for path in paths:
        if path.name.upper() == "README.MD":
            continue
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        m = _FRONT.match(text)
        if m is None:
            continue
        found.append(Template(path.stem, m.group("meta"), m.group("body")))
    if not found:
        raise SystemExit(f"no template articles under {root}/corpus or {root}/tests/gold")
    return found


def _shift(match: re.Match[str], by: int) -> str:
    if match.group("date") is not None:
        return match.group(0)
    text = match.group("num")
    value = int(text.replace(",", ""))
    if 1900 <= value <= 2100 and "," not in text:  # a year
        return text
    shifted = value + by
    return f"{shifted:,}" if "," in text else str(shifted)


def vary(body: str, variant: int) -> str:
    """The body of ``variant`` (0 = unchanged)."""
    if variant == 0:
        return body
    varied = _NUMBER.sub(lambda m: _shift(m, variant), body)
    if varied == body:
        varied = f"(Dispatch {variant}) " + body
    return varied


def _meta(meta: str, variant: int) -> str:
    if variant == 0:
        return meta
    lines = []
    for line in meta.split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() == "url":
            line = f"{key}: {value.strip()}#v{variant}"
        elif sep and key.strip() == "title":
            title = value.strip()
            if title[:1] in "\"'":
                title = title[1:-1]
            title = title.replace('"', "'")
            line = f'{key}: "{title} ({variant})"'
        lines.append(line)
    return "\n".join(lines)


def document(template: Template, variant: int) -> str:
    """One article file's text."""
    return f"---\n{_meta(template.meta, variant)}\n---\n{vary(template.body, variant)}"


def generate(out: Path, articles: int, *, root: Path = ROOT) -> list[Path]:
    """Write ``articles`` documents to ``out`` (created; existing files are overwritten)."""
    base = templates(root)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    width = max(5, len(str(articles)))
    for i in range(articles):
        template, variant = base[i % len(base)], i // len(base)
        path = out / f"{i:0{width}d}-{template.name}.md"
        text = document(template, variant)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the articles to")
    parser.add_argument("--articles", type=int, default=1000, help="how many (default 1000)")
    args = parser.parse_args(argv)
    paths = generate(args.out, args.articles)
    print(f"{len(paths)} articles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
