"""How a build writes: a chunk per request from a background thread, whole articles, in order."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from frontline.errors import QueryError, StoreError
from frontline.pipeline import build
from frontline.store import EmbeddedStore, article_update
from test_pipeline import article_graphs, fake_extract, md

EX = "https://example.org/"


def _corpus(root: Path, n: int, bad: int | None = None) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for i in range(n):
        md(corpus / f"{i:02d}.md", f"Russia said thing {i}." + (" BOOM" if i == bad else ""))
    return corpus


def test_one_request_per_chunk_and_a_failed_write_stops_the_queue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, 10)
    store = EmbeddedStore(tmp_path / "store")
    real = EmbeddedStore._update
    writes: list[int] = []

    def update(self: EmbeddedStore, text: str) -> None:
        if "INSERT DATA" in text and "/graph/reference" not in text and "graph/links" not in text:
            writes.append(text.count("INSERT DATA"))
            if len(writes) == 2:
                raise StoreError("cannot write to the store: the disk is full", self.location)
        real(self, text)

    monkeypatch.setattr(EmbeddedStore, "_update", update)
    try:
        with pytest.raises(StoreError, match="disk is full"):
            build([corpus], store, extractor=fake_extract, batch_size=3)
        # the first chunk went in whole as one request; nothing queued behind the failure did
        assert writes[:2] == [3, 3]
        assert len(writes) == 2
        assert len(article_graphs(store)) == 3
        monkeypatch.setattr(EmbeddedStore, "_update", real)
        report = build([corpus], store, extractor=fake_extract, batch_size=3)
        assert (report.built, report.skipped_unchanged) == (7, 3)
    finally:
        store.close()


def test_strict_stores_what_came_before_the_bad_article(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 7, bad=5)
    store = EmbeddedStore(tmp_path / "store")
    try:
        with pytest.raises(Exception, match="model crashed"):
            build([corpus], store, extractor=fake_extract, batch_size=2, strict=True)
        # chunks [0 1] [2 3] and article 4 of the failing chunk [4 5], as one at a time did
        assert len(article_graphs(store)) == 5
    finally:
        store.close()


def test_progress_comes_after_the_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path, 5)
    store = EmbeddedStore(tmp_path / "store")
    seen: list[tuple[int, int]] = []
    try:
        build(
            [corpus],
            store,
            extractor=fake_extract,
            batch_size=2,
            progress=lambda done, total: seen.append((done, len(article_graphs(store)))),
        )
    finally:
        store.close()
    assert [d for d, _ in seen] == [1, 2, 3, 4, 5]
    assert all(stored >= done for done, stored in seen)


def test_articles_in_one_request_are_each_whole_or_absent(tmp_path: Path) -> None:
    def graph(*objects: str) -> list[tuple[URIRef, URIRef, Literal]]:
        return [(URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(o)) for i, o in enumerate(objects)]

    store = EmbeddedStore(tmp_path / "store")
    try:
        good = article_update(EX + "g1", graph("one", "two"), {})
        store.put_articles([good, article_update(EX + "g2", graph("three"), {})])
        assert store.triple_count() == 3
        bad = Graph()
        bad.add((URIRef(EX + "with space"), URIRef(EX + "p"), Literal("x")))
        with pytest.raises(QueryError, match="not a valid IRI"):
            article_update(EX + "g3", bad, {})
        # a request that fails as a whole writes none of its articles
        with pytest.raises(StoreError):
            store.put_articles([article_update(EX + "g4", graph("four"), {}), "INSERT DATA {"])
        assert store.triple_count() == 3
    finally:
        store.close()


def test_an_unchanged_rebuild_does_not_load_spacy(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 3)
    store_path = tmp_path / "store"
    with EmbeddedStore(store_path) as store:
        build([corpus], store, extractor=fake_extract)
    script = textwrap.dedent(
        f"""
        import sys
        from frontline.pipeline import build
        from frontline.store import EmbeddedStore
        with EmbeddedStore({str(store_path)!r}) as store:
            report = build([{str(corpus)!r}], store)
        assert report.skipped_unchanged == 3 and report.built == 0, report
        print("spacy" in sys.modules)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_a_long_build_flushes_the_store_as_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from frontline.pipeline import _Writer

    corpus = _corpus(tmp_path, 6)
    store = EmbeddedStore(tmp_path / "store")
    flushes: list[int] = []
    real = EmbeddedStore.flush

    def flush(self: EmbeddedStore) -> None:
        flushes.append(len(article_graphs(self)))
        real(self)

    monkeypatch.setattr(EmbeddedStore, "flush", flush)
    monkeypatch.setattr(_Writer, "FLUSH_BYTES", 1)  # after every write
    try:
        report = build([corpus], store, extractor=fake_extract, batch_size=2)
    finally:
        store.close()
    assert report.built == 6
    assert flushes == [2, 4, 6]


def test_an_entity_description_written_word_for_word_is_left_out(tmp_path: Path) -> None:
    from frontline.store import article_parts

    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    russia = URIRef(EX + "russia")
    ent = EX + "graph/entity/russia"

    def parts(name: str, russia_label: str):  # type: ignore[no-untyped-def]
        article = [(URIRef(EX + name), label, Literal(name))]
        return article_parts(EX + name, article, {ent: [(russia, label, Literal(russia_label))]})

    written: dict[str, str] = {}
    texts = [
        parts("a", "Russia").text(written),
        parts("b", "Russia").text(written),  # the same description: left out
        parts("c", "Russian Federation").text(written),
        parts("d", "Russia").text(written),  # differs from the last one written: sent
    ]
    assert [ent in t for t in texts] == [True, False, True, True]
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.put_articles(texts)
        _, rows = store.select(f"SELECT ?l WHERE {{ GRAPH <{ent}> {{ <{russia}> ?p ?l }} }}")
        assert [str(r[0]) for r in rows] == ["Russia"]  # the last article's label, as before
        _, graphs = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert {str(g[0]) for g in graphs} >= {EX + n for n in "abcd"}
    finally:
        store.close()
