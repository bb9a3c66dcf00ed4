"""The benchmark corpus generator writes valid, distinct articles (no timing here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from frontline.model import Article
from frontline.reader import read_sources

ROOT = Path(__file__).resolve().parent.parent


def _corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "frontline_bench_corpus", ROOT / "benchmarks" / "corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_generated_articles_are_valid_and_distinct(tmp_path: Path) -> None:
    corpus = _corpus_module()
    count = len(corpus.templates()) + 5  # wraps around: the last five are variants of the first
    paths = corpus.generate(tmp_path / "a", count)
    assert len(paths) == count
    items = list(read_sources(paths))
    articles = [item for item in items if isinstance(item, Article)]
    assert len(articles) == count, [i for i in items if not isinstance(i, Article)]
    assert len({a.id for a in articles}) == count  # every content hash differs
    assert len({a.url for a in articles}) == count  # no article replaces another by URL
    for variant, original in zip(articles[-5:], articles[:5], strict=True):
        assert variant.title and variant.published == original.published
        assert variant.text != original.text
        assert len(variant.text.split()) == len(original.text.split()) or variant.text.startswith(
            "(Dispatch"
        )


def test_generation_is_deterministic(tmp_path: Path) -> None:
    corpus = _corpus_module()
    first = [p.read_bytes() for p in corpus.generate(tmp_path / "a", 5)]
    second = [p.read_bytes() for p in corpus.generate(tmp_path / "b", 5)]
    assert first == second


def test_variants_keep_dates_years_and_unit_numbers() -> None:
    corpus = _corpus_module()
    text = "On April 26, 2025 the 162nd Division sent 11,000 troops and 14 tanks 25 km, said 3.5."
    assert corpus.vary(text, 3) == (
        "On April 26, 2025 the 162nd Division sent 11,003 troops and 17 tanks 28 km, said 3.5."
    )
    assert corpus.vary(text, 0) == text
