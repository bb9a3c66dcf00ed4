"""build: read -> extract -> rdf -> store, incremental, a chunk of articles at a time.

Articles whose content hash is already in the store are skipped (unless ``rebuild``), duplicates
within a run are skipped, and every article goes into its own named graph. A chunk's articles are
converted to one SPARQL update each (in the worker process when there are several) and written
together in one atomic request by a background thread, so parsing goes on while the store
writes; an article is whole or absent, and progress is reported once it is stored.

A source that cannot be read or an article that cannot be extracted is reported in the
:class:`BuildReport` with its path and reason and the others go on; ``strict`` raises the first
such error instead. When two articles share a URL but not their text, the later one (in
source order) replaces the earlier one's graph, with a warning.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from multiprocessing.context import BaseContext
from pathlib import Path

from frontline import namespaces as ns
from frontline.errors import ExtractionError, FrontlineError, StoreError
from frontline.model import Article, Extraction
from frontline.rdf import (
    extraction_ntriples,
    extraction_triples,
    safe_iri,
    split_ntriples,
    split_triples,
)
from frontline.reader import language_problem, read_sources
from frontline.store import (
    ArticleParts,
    Store,
    article_parts,
    drop_update,
    load_reference,
    ntriples_parts,
)

Extractor = Callable[..., Iterable[Extraction]]
Progress = Callable[[int, int], None]
Outcome = Extraction | FrontlineError


@dataclass(frozen=True)
class Prepared:
    """An extracted article ready to store: its SPARQL update, in parts, and the warnings."""

    parts: ArticleParts
    warnings: tuple[str, ...]


Result = Prepared | FrontlineError

_URLS = f"""SELECT ?url ?h WHERE {{
  GRAPH ?g {{ ?a a <{ns.FL}Article> ; <{ns.SCHEMA}url> ?url ; <{ns.FL}contentHash> ?h }}
}}"""


@dataclass
class BuildReport:
    """What a build did; ``failed`` and ``warnings`` are (source, message) pairs."""

    built: int = 0
    skipped_unchanged: int = 0
    duplicates: int = 0
    skipped_language: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    #: the failures as errors whose ``where`` names the file (and line), for printing
    errors: list[FrontlineError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def _message(error: FrontlineError) -> str:
    return f"{error.what}: {error.hint}" if error.hint else error.what


def _url_key(url: str | None) -> str | None:
    iri = safe_iri(url) if url else None
    return str(iri) if iri is not None else None


def extract_chunk(
    extractor: Extractor, chunk: Sequence[Article], model: str | None, batch_size: int
) -> list[Outcome]:
    """Extractions for ``chunk`` in order; an article that fails gets an ExtractionError.

    The chunk is extracted in one call; if that raises, each article is retried alone so only the
    culprit fails. Module-level so it can run in a worker process.
    """
    try:
        results = list(extractor(list(chunk), model=model, batch_size=batch_size))
        by_id = {ex.article.id: ex for ex in results}
        if all(a.id in by_id for a in chunk):
            return [by_id[a.id] for a in chunk]
    except Exception:  # noqa: BLE001 - fall through to one-by-one to find the culprit
        pass
    outcomes: list[Outcome] = []
    for article in chunk:
        try:
            single = list(extractor([article], model=model, batch_size=1))
            if not single:
                raise ValueError("the extractor returned nothing")
            outcomes.append(single[0])
        except FrontlineError as exc:
            outcomes.append(ExtractionError(exc.what, article.source, exc.hint))
        except Exception as exc:  # noqa: BLE001 - any extractor failure is per article
            reason = str(exc) or type(exc).__name__
            outcomes.append(ExtractionError(f"extraction failed: {reason}", article.source))
    return outcomes


def prepare(article: Article, outcome: Outcome) -> Result:
    """The update that stores ``outcome`` (RDF conversion and serialization), or the error."""
    if isinstance(outcome, FrontlineError):
        return outcome
    try:
        graph = ns.graph_iri(article.short_id)
        # the terms are written as N-Triples text straight away: making rdflib nodes and then
        # serializing them took three times as long
        parts = ntriples_parts(graph, *split_ntriples(extraction_ntriples(outcome)))
        if parts is None:  # an IRI that cannot be written: the rdflib way reports it
            parts = article_parts(graph, *split_triples(extraction_triples(outcome)))
    except FrontlineError as exc:
        return ExtractionError(exc.what, article.source, exc.hint)
    except Exception as exc:  # noqa: BLE001 - a bad extraction fails one article
        return ExtractionError(f"cannot convert to RDF: {exc}", article.source)
    return Prepared(parts, outcome.warnings)


def prepare_chunk(
    extractor: Extractor, chunk: Sequence[Article], model: str | None, batch_size: int
) -> list[Result]:
    """:func:`extract_chunk`, then :func:`prepare` each article: what a worker process returns.

    The workers do the RDF conversion and serialization too, so the parent only writes.
    """
    outcomes = extract_chunk(extractor, chunk, model, batch_size)
    return [prepare(article, outcome) for article, outcome in zip(chunk, outcomes, strict=True)]


class _Writer:
    """Store writes in one background thread, applied in the order they were submitted.

    The store does its work without the GIL, so the next articles are parsed meanwhile. After a
    write fails, the writes queued behind it are not applied; :meth:`collect` raises the error.
    ``done`` callbacks run in the calling thread once their write has been applied.
    """

    #: flush the store after this much update text, so its memory stays flat however many
    #: articles a build writes (~40 MB of in-memory tables; ~230 articles of the bench corpus)
    FLUSH_BYTES = 8 * 1024 * 1024

    def __init__(self, store: Store, depth: int = 2) -> None:
        self.store = store
        self.depth = depth
        self.pool: ThreadPoolExecutor | None = None
        self.queue: deque[tuple[Future[None], Callable[[], None]]] = deque()
        self.failed = False
        self.unflushed = 0

    def submit(self, updates: list[str], done: Callable[[], None]) -> None:
        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frontline-store")
        self.queue.append((self.pool.submit(self._write, updates), done))
        self.collect(self.depth)

    def _write(self, updates: list[str]) -> None:
        if self.failed:
            return
        try:
            self.store.put_articles(updates)
            self.unflushed += sum(len(u) for u in updates)
            if self.unflushed >= self.FLUSH_BYTES:
                self.store.flush()
                self.unflushed = 0
        except BaseException:
            self.failed = True
            raise

    def collect(self, keep: int = 0) -> None:
        """Finish writes until at most ``keep`` are pending (also any already finished)."""
        while self.queue and (len(self.queue) > keep or self.queue[0][0].done()):
            future, done = self.queue.popleft()
            future.result()
            done()

    def close(self) -> None:
        """Wait for the queued writes (skipped after a failed one): what was extracted before
        an error elsewhere (a strict build's bad article, an interrupt) is still stored."""
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(islice(items, size)):
        yield chunk


class _Build:
    """State of one build run (see the module docstring for the URL rule)."""

    def __init__(
        self,
        store: Store,
        *,
        rebuild: bool,
        strict: bool,
        progress: Progress | None,
        max_bytes: int | None = None,
    ):
        self.store = store
        self.max_bytes = max_bytes
        self.rebuild = rebuild
        self.strict = strict
        self.progress = progress
        self.report = BuildReport()
        self.live: set[str] = set() if rebuild else store.article_hashes()
        #: entity graph -> the description last written for it in this build (ArticleParts.text)
        self.written: dict[str, str] = {}
        self.url_owner: dict[str, str] = {}
        # read even for --rebuild: a changed article must still replace its URL's old graph
        _, rows = store.select(_URLS)
        for url, digest in rows:
            if url is not None and digest is not None:
                self.url_owner[str(url)] = str(digest)
        self.seen: set[str] = set()
        self.pending: set[str] = set()
        self.superseded: set[str] = set()
        self.to_drop: dict[str, str] = {}
        self.queued = 0
        self.done = 0
        #: an article graph was dropped without a new one being built (its URL's new version
        #: was already stored): the derived graphs must be recomputed all the same
        self.dropped = False
        self.writer = _Writer(store)

    def fail(self, error: FrontlineError, source: str) -> None:
        self.report.failed.append((source, _message(error)))
        self.report.errors.append(type(error)(error.what, error.where or source, error.hint))
        if self.strict:
            raise error

    def accepted(self, sources: Iterable[Path | str]) -> Iterator[Article]:
        """Articles that need extracting, in source order."""
        for item in read_sources(sources, max_bytes=self.max_bytes):
            if isinstance(item, FrontlineError):
                self.fail(item, item.where or "?")
                continue
            digest = item.id
            if digest in self.seen:
                self.report.duplicates += 1
                continue
            self.seen.add(digest)
            for warning in item.warnings:
                self.report.warnings.append((item.source, warning))
            problem = language_problem(item)
            if problem is not None:
                self.report.skipped_language += 1
                self.report.warnings.append(
                    (item.source, f"skipped: {problem}; frontline extracts English text only")
                )
                continue
            url = _url_key(item.url)
            if url is not None:
                prev = self.url_owner.get(url)
                self.url_owner[url] = digest
                if prev is not None and prev != digest:
                    self.report.warnings.append(
                        (
                            item.source,
                            f"replaces the earlier article with the same URL {item.url}"
                            f" (article {prev[:16]})",
                        )
                    )
                    if prev in self.pending:
                        self.superseded.add(prev)
                    else:
                        self.to_drop[digest] = prev
            if digest in self.live:
                self.report.skipped_unchanged += 1
                prev_drop = self.to_drop.pop(digest, None)
                if prev_drop is not None:
                    self._drop(prev_drop)
                continue
            self.pending.add(digest)
            self.queued += 1
            yield item

    def _drop(self, digest: str) -> None:
        self.writer.submit([drop_update(ns.graph_iri(digest[:16]))], lambda: None)
        self.live.discard(digest)
        self.dropped = True

    def store_chunk(self, chunk: Sequence[Article], results: Sequence[Result]) -> None:
        """Queue the chunk's articles for one store write; failures are reported now.

        Progress is reported for each article, in order, once the write that stores it is done.
        """
        updates: list[str] = []
        stored: list[tuple[Article, Prepared]] = []

        def done() -> None:
            for article, prepared in stored:
                self.live.add(article.id)
                self.report.built += 1
                for warning in prepared.warnings:
                    if warning not in article.warnings:  # reported when the article was read
                        self.report.warnings.append((article.source, warning))
            for _ in chunk:
                self.done += 1
                if self.progress is not None:
                    self.progress(self.done, self.queued)

        try:
            for article, result in zip(chunk, results, strict=True):
                digest = article.id
                self.pending.discard(digest)
                if isinstance(result, FrontlineError):
                    self.fail(result, article.source)  # raises when strict
                    continue
                if digest in self.superseded:
                    continue
                prev = self.to_drop.pop(digest, None)
                if prev is not None:
                    self.live.discard(prev)
                # the earlier version with this URL goes in the same atomic update; an entity
                # description this build has just written word for word is left out (most
                # articles name the same countries and bodies: ~40 % of the update text)
                updates.append(
                    result.parts.text(
                        self.written, replaces=[ns.graph_iri(prev[:16])] if prev else ()
                    )
                )
                stored.append((article, result))
        except FrontlineError:
            # strict: store what came before the failure, as before, then stop
            self.writer.submit(updates, lambda: None)
            self.writer.collect()
            raise
        self.writer.submit(updates, done)


def _finish(store: Store, report: BuildReport, dropped: bool = False) -> BuildReport:
    """After a build that changed the store: relink statements relayed by several articles and
    recompute the foreign presences. A store built before the presence graph existed (by an
    older frontline) gets it from the next build, even one that changes nothing."""
    from frontline.presence import find_presences, has_presence_graph

    if report.built or dropped:
        from frontline.links import link_statements

        link_statements(store)
        find_presences(store)
    elif not has_presence_graph(store):
        find_presences(store)
    return report


def build(
    sources: Iterable[Path | str],
    store: Store,
    *,
    rebuild: bool = False,
    strict: bool = False,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 16,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
    max_bytes: int | None = None,
) -> BuildReport:
    """Read ``sources``, extract, convert and store every new article; see the module docstring.

    ``progress(done, total)`` is called after each article; ``total`` counts the articles queued
    so far and is final once all sources are read. ``workers > 1`` extracts chunks of
    ``batch_size`` articles in that many processes (``extractor`` must then be picklable).
    ``max_bytes`` caps the size of one source file (default: ``FRONTLINE_MAX_BYTES``, else
    10 MB). An article that is not English (its front matter ``language``, else a heuristic,
    see :func:`frontline.reader.detect_language`) is skipped with a warning.
    StoreError (store unreachable, locked, full) stops the build; every article stored before
    it is complete, and the next build does the rest.
    """
    run = _Build(store, rebuild=rebuild, strict=strict, progress=progress, max_bytes=max_bytes)
    try:
        load_reference(store)
    except StoreError:
        raise
    except FrontlineError as exc:
        run.report.warnings.append((exc.where or "entities.ttl", _message(exc)))

    chunks = _chunks(run.accepted(sources), max(1, batch_size))
    try:
        _run_chunks(run, chunks, extractor or _extract, model, workers, batch_size)
        run.writer.collect()
    finally:
        run.writer.close()
    return _finish(store, run.report, run.dropped)


def _extract(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16
) -> Iterable[Extraction]:
    """The default extractor; spaCy is imported only once there is something to extract."""
    from frontline.extract import extract_many

    return extract_many(articles, model=model, batch_size=batch_size)


def _preload(model: str | None) -> None:
    """Load the spaCy pipeline now, before the collector is told to leave it alone and before
    workers are forked (they share it instead of each loading their own); a failure is left
    for the extraction to report, article by article."""
    try:
        from frontline.nlp import get_nlp

        get_nlp(model)
    except Exception:  # noqa: BLE001 - reported by the workers, article by article
        pass


def _run_chunks(
    run: _Build,
    chunks: Iterator[list[Article]],
    extractor: Extractor,
    model: str | None,
    workers: int,
    batch_size: int,
) -> None:
    first = next(chunks, None)
    if first is None:
        return  # nothing to extract: no processes, no model
    if extractor is _extract:
        _preload(model)
    # the loaded model is a large heap of long-lived objects: keep the collector from walking
    # it again and again while articles are extracted (and forked workers from copying the
    # pages it would touch); undone when the build ends
    gc.freeze()
    job = partial(prepare_chunk, extractor, model=model, batch_size=batch_size)
    try:
        if workers <= 1:
            for chunk in chain([first], chunks):
                run.store_chunk(chunk, job(chunk))
        else:
            _run_workers(run, chain([first], chunks), job, workers)
    finally:
        gc.unfreeze()


def _run_workers(
    run: _Build,
    chunks: Iterator[list[Article]],
    job: Callable[[list[Article]], list[Result]],
    workers: int,
) -> None:
    """``job`` (picklable) on each chunk in ``workers`` processes, stored in order."""
    context: BaseContext
    if "fork" in multiprocessing.get_all_start_methods():
        # fork (Linux): the workers inherit the model the parent loaded; the pool forks all its
        # workers at the first submit, before the store writer starts its thread
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        inflight: deque[tuple[list[Article], Future[list[Result]]]] = deque()
        for chunk in chunks:
            inflight.append((chunk, pool.submit(job, chunk)))
            while len(inflight) >= 2 * workers:
                done_chunk, future = inflight.popleft()
                run.store_chunk(done_chunk, future.result())
        while inflight:
            done_chunk, future = inflight.popleft()
            run.store_chunk(done_chunk, future.result())


__all__ = ["BuildReport", "Prepared", "build", "extract_chunk", "prepare", "prepare_chunk"]
