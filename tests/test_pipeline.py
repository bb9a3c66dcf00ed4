from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from frontline import namespaces as ns
from frontline.errors import ExtractionError, InputError
from frontline.model import Article, Extraction, Statement
from frontline.pipeline import BuildReport, build
from frontline.store import EmbeddedStore


def fake_extract(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16
) -> Iterator[Extraction]:
    """One Remark per article; an article containing BOOM makes the extractor raise."""
    for a in articles:
        if "BOOM" in a.text:
            raise RuntimeError("model crashed")
        st = Statement(0, "Remark", "say", "country/russia", a.text, content=a.text)
        warnings = ("odd sentence",) if "ODD" in a.text else ()
        yield Extraction(article=a, statements=(st,), warnings=warnings)


def bad_type_extract(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16
) -> Iterator[Extraction]:
    for a in articles:
        st = Statement(0, "Gossip", "say", "country/russia", a.text)
        yield Extraction(article=a, statements=(st,))


def md(path: Path, text: str, url: str | None = None) -> Path:
    front = f"---\nurl: {url}\npublished: 2025-04-30\n---\n" if url else ""
    path.write_text(front + text, encoding="utf-8")
    return path


def run(src: list[Path] | Path, store: EmbeddedStore, **kw: object) -> BuildReport:
    sources = src if isinstance(src, list) else [src]
    return build(sources, store, extractor=fake_extract, **kw)  # type: ignore[arg-type]


def graph_iri_of(text: str) -> str:
    return ns.graph_iri(Article(text=text, source="").short_id)


def article_graphs(store: EmbeddedStore) -> list[str]:
    from frontline.links import links_graph_iri

    return [g for g in store.graph_iris() if g not in (ns.reference_graph_iri(), links_graph_iri())]


def test_build_is_incremental(tmp_path: Path, io_embedded_store: EmbeddedStore) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    md(corpus / "a.md", "Russia said A.")
    md(corpus / "b.md", "Russia said B.")
    report = run(corpus, io_embedded_store)
    assert (report.built, report.skipped_unchanged, report.duplicates) == (2, 0, 0)
    assert report.failed == [] and report.ok
    assert len(article_graphs(io_embedded_store)) == 2
    again = run(corpus, io_embedded_store)
    assert (again.built, again.skipped_unchanged) == (0, 2)
    forced = run(corpus, io_embedded_store, rebuild=True)
    assert forced.built == 2
    assert len(article_graphs(io_embedded_store)) == 2


def test_graph_content_matches_rdf_mapping(
    tmp_path: Path, io_embedded_store: EmbeddedStore
) -> None:
    src = md(tmp_path / "a.md", "Russia said A.")
    run(src, io_embedded_store)
    short = Article(text="Russia said A.", source="").short_id
    g = io_embedded_store.get_graph(ns.graph_iri(short))
    assert len(g) > 0
    assert io_embedded_store.article_hashes() == {Article(text="Russia said A.", source="").id}


def test_duplicates_in_batch(tmp_path: Path, io_embedded_store: EmbeddedStore) -> None:
    a = md(tmp_path / "a.md", "Same text.")
    b = md(tmp_path / "b.txt", "Same text.\n")
    report = run([a, b], io_embedded_store)
    assert (report.built, report.duplicates) == (1, 1)


def test_bad_input_and_failed_extraction_do_not_stop_the_rest(
    tmp_path: Path, io_embedded_store: EmbeddedStore
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    md(corpus / "1.md", "Fine one.")
    (corpus / "2.md").write_text("")
    md(corpus / "3.md", "This one goes BOOM.")
    md(corpus / "4.md", "Fine two, ODD.")
    report = run(corpus, io_embedded_store, batch_size=4)
    assert report.built == 2
    sources = [s for s, _ in report.failed]
    assert sources == [str(corpus / "2.md"), str(corpus / "3.md")]
    assert "model crashed" in report.failed[1][1]
    assert (str(corpus / "4.md"), "odd sentence") in report.warnings
    assert not report.ok


def test_strict_raises_first_failure(tmp_path: Path, io_embedded_store: EmbeddedStore) -> None:
    (tmp_path / "1.md").write_text("")
    with pytest.raises(InputError):
        run(tmp_path / "1.md", io_embedded_store, strict=True)
    md(tmp_path / "2.md", "BOOM")
    with pytest.raises(ExtractionError) as info:
        run(tmp_path / "2.md", io_embedded_store, strict=True)
    assert info.value.where == str(tmp_path / "2.md")


def test_conversion_errors_are_reported(tmp_path: Path, io_embedded_store: EmbeddedStore) -> None:
    src = md(tmp_path / "a.md", "Text.")
    report = build([src], io_embedded_store, extractor=bad_type_extract)
    assert report.built == 0 and "Gossip" in report.failed[0][1]


def test_same_url_later_replaces_earlier(tmp_path: Path, io_embedded_store: EmbeddedStore) -> None:
    url = "https://example.org/story"
    first = md(tmp_path / "1.md", "First version.", url)
    second = md(tmp_path / "2.md", "Second version.", url)
    report = run([first, second], io_embedded_store)
    assert report.built == 1  # both in one chunk: the earlier is superseded before it is stored
    assert any("same URL" in msg for _, msg in report.warnings)
    graphs = article_graphs(io_embedded_store)
    second_short = Article(text="Second version.", source="").short_id
    assert graphs == [ns.graph_iri(second_short)]
    io_embedded_store.drop_graph(graph_iri_of("Second version."))
    report = run([first, second], io_embedded_store, batch_size=1)  # earlier stored, then dropped
    assert report.built == 2
    assert article_graphs(io_embedded_store) == [ns.graph_iri(second_short)]
    # running again is stable: the later article stays, the earlier never comes back
    for _ in range(2):
        run([first, second], io_embedded_store, batch_size=1)
        assert article_graphs(io_embedded_store) == [ns.graph_iri(second_short)]
    # a later build with a new version replaces the stored one
    third = md(tmp_path / "3.md", "Third version.", url)
    run([third], io_embedded_store)
    third_short = Article(text="Third version.", source="").short_id
    assert article_graphs(io_embedded_store) == [ns.graph_iri(third_short)]
    # ... and so does a --rebuild of a changed version (it used to keep both graphs)
    fourth = md(tmp_path / "3.md", "Fourth version.", url)
    run([fourth], io_embedded_store, rebuild=True)
    fourth_short = Article(text="Fourth version.", source="").short_id
    assert article_graphs(io_embedded_store) == [ns.graph_iri(fourth_short)]


def test_progress_and_reference(
    tmp_path: Path, io_embedded_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(5):
        md(tmp_path / f"{i}.md", f"Article number {i}.")
    calls: list[tuple[int, int]] = []
    report = run(
        tmp_path, io_embedded_store, batch_size=2, progress=lambda d, t: calls.append((d, t))
    )
    assert report.built == 5
    assert [d for d, _ in calls] == [1, 2, 3, 4, 5]
    assert calls[-1] == (5, 5)
    assert all(d <= t for d, t in calls)


def test_reference_graph_is_loaded_first(
    tmp_path: Path,
    io_embedded_store: EmbeddedStore,
    io_entities_ttl: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import frontline.store as store_module

    monkeypatch.setattr(store_module, "ontology_file", lambda name: io_entities_ttl)
    run(md(tmp_path / "a.md", "A."), io_embedded_store)
    assert ns.reference_graph_iri() in io_embedded_store.graph_iris()


def test_missing_reference_is_a_warning(
    tmp_path: Path, io_embedded_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import frontline.store as store_module

    monkeypatch.setattr(store_module, "ontology_file", lambda name: tmp_path / "absent.ttl")
    report = run(md(tmp_path / "a.md", "A."), io_embedded_store)
    assert report.built == 1
    assert any("reference" in msg for _, msg in report.warnings)


def test_parallel_workers(tmp_path: Path, io_embedded_store: EmbeddedStore) -> None:
    for i in range(6):
        md(tmp_path / f"{i}.md", f"Parallel article {i}." + (" BOOM" if i == 3 else ""))
    report = run(tmp_path, io_embedded_store, workers=2, batch_size=2)
    assert report.built == 5
    assert [s for s, _ in report.failed] == [str(tmp_path / "3.md")]
