"""Extraction quality: frontline and the textacy baseline scored on the gold set, side by side.

    python benchmarks/quality/run.py                       # rich table, dev and test
    python benchmarks/quality/run.py --format markdown     # the README table
    python benchmarks/quality/run.py --format json > quality.json
    python benchmarks/quality/run.py --write-readme README.md

``--write-readme PATH`` replaces what lies between ``<!-- eval:start -->`` and
``<!-- eval:end -->`` in PATH with the Markdown table, so the published numbers always come from
this harness. See benchmarks/quality/README.md for what the metrics mean.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from rich.console import Console

from frontline.errors import FrontlineError
from frontline.evaluate import (
    SYSTEMS,
    EvalReport,
    article_table,
    evaluate,
    markdown_table,
    render_table,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = ROOT / "tests" / "gold"
START = "<!-- eval:start -->"
END = "<!-- eval:end -->"


def replace_block(text: str, block: str) -> str:
    """``text`` with the lines between the eval markers replaced by ``block``."""
    start = text.find(START)
    end = text.find(END, start + len(START)) if start >= 0 else -1
    if start < 0 or end < 0:
        raise ValueError(f"no {START} … {END} block")
    return text[: start + len(START)] + "\n" + block.rstrip("\n") + "\n" + text[end:]


def write_readme(path: Path, block: str) -> bool:
    """Replace the eval block in ``path`` (temp file + rename); True when it changed."""
    old = path.read_text(encoding="utf-8")
    new = replace_block(old, block)
    if new == old:
        return False
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(new, encoding="utf-8")
    tmp.replace(path)
    return True


def readme_block(reports: list[EvalReport]) -> str:
    gold = ", ".join(f"{reports[0].count(s)} {s}" for s in reports[0].splits())
    note = (
        f"Scored by `make eval` (`benchmarks/quality/run.py`) on the gold set in `tests/gold/`"
        f" ({gold} articles); micro-averaged. Metrics: `benchmarks/quality/README.md`."
    )
    return markdown_table(reports) + "\n" + note + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold directory")
    parser.add_argument("--split", choices=("dev", "test"), help="only this split")
    parser.add_argument("--model", help="spaCy model (default: FRONTLINE_SPACY_MODEL or small)")
    parser.add_argument(
        "--system", choices=SYSTEMS, action="append", help="systems to score (default: both)"
    )
    parser.add_argument("--format", choices=("table", "markdown", "json"), default="table")
    parser.add_argument("--articles", action="store_true", help="table: also per-article rows")
    parser.add_argument("--write-readme", type=Path, metavar="PATH", help="update PATH's block")
    args = parser.parse_args(argv)

    try:
        reports = [
            evaluate(args.gold, split=args.split, model=args.model, system=system)
            for system in (args.system or list(SYSTEMS))
        ]
    except FrontlineError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2

    if args.format == "json":
        print(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2))
    elif args.format == "markdown":
        print(markdown_table(reports), end="")
    else:
        console = Console(width=max(shutil.get_terminal_size((150, 24)).columns, 150))
        console.print(render_table(reports, title="Extraction quality (micro-averaged)"))
        if args.articles:
            for report in reports:
                console.print(article_table(report))

    if args.write_readme is not None:
        try:
            changed = write_readme(args.write_readme, readme_block(reports))
        except (OSError, ValueError) as exc:
            print(f"Error: cannot update {args.write_readme}: {exc}", file=sys.stderr)
            return 2
        state = "updated" if changed else "already current"
        print(f"{args.write_readme}: {state}", file=sys.stderr)
    for report in reports:
        for article in report.articles:
            if article.error:
                print(f"warning: {report.system} {article.name}: {article.error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
