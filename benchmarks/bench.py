"""Speed and scale benchmarks: build throughput, workers, rebuilds, queries, validation, memory.

    python benchmarks/bench.py                  # quick: 400 articles, >= 1M-triple query store
    python benchmarks/bench.py --articles 1000  # any size
    python benchmarks/bench.py --full           # the 10k-article figures (long)

Every figure comes from one run on this machine and is printed as a ratio next to its target:

* build throughput (``pipeline.build``, 1 worker, fresh store) vs spaCy-only parsing of the same
  texts with the same pipeline (``nlp.pipe``), both timed end to end including model load;
* a 2-worker build vs the 1-worker build;
* the first build vs a rebuild of the unchanged corpus (every article skipped by content hash);
* median latency of every canned query through ``frontline.queries.run_query`` on a store of at
  least ``--triples`` triples, embedded Oxigraph vs an rdflib in-memory Dataset: the built
  article graphs are replicated with rewritten article/statement/event/graph IRIs (entities stay
  shared, as in a real collection) and bulk-loaded, instead of parsing that many articles;
* ``frontline validate`` time for stores of increasing size (seconds per article graph);
* peak RSS (``getrusage``) of each build, worker processes included.

Each phase runs in its own Python process, so the memory figures are not inflated by other
phases. Results go to ``benchmarks/results.json`` (``--out``) and a table is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import generate  # noqa: E402

# The parameters each canned query is timed with. The listing queries return the whole
# collection without parameters (tens of thousands of rows at 1M triples), so they are timed the
# way an analyst runs them on a big store, narrowed to one article ("{article}": an article of
# the original build whose statements are relayed elsewhere, found in the store), and separately
# without parameters ("unfiltered" in the results).
PARAMS: dict[str, dict[str, str]] = {
    "acknowledgements": {"about": "North Korean troops"},
    "actor-statements": {"actor": "Putin"},
    "statements": {"inArticle": "{article}"},
    "timeline": {"inArticle": "{article}"},
    "entities": {"inArticle": "{article}"},
    "places": {"inArticle": "{article}"},
    "same-statements": {"inArticle": "{article}"},
    "disputed-claims": {"inArticle": "{article}"},
}
# Queries that need a parameter (a name) and also take optional filters are timed a second time
# narrowed to one article in which the answer lies ("narrowed" in the results), the way an
# analyst reads one article's acknowledgements or one speaker's words in one article.
NARROWED: dict[str, dict[str, str]] = {
    "acknowledgements": {"about": "North Korean troops", "inArticle": "{ack-article}"},
    "actor-statements": {"actor": "Putin", "inArticle": "{putin-article}"},
}
_ARTICLE = """
PREFIX fl: <https://w3id.org/frontline/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?article WHERE { ?s fl:sameStatementAs ?o ; prov:wasDerivedFrom ?article . }
ORDER BY ?article LIMIT 1
"""
_ANY_ARTICLE = """
PREFIX fl: <https://w3id.org/frontline/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?article WHERE { ?s fl:speaker ?x ; prov:wasDerivedFrom ?article . }
ORDER BY ?article LIMIT 1
"""
_ARTICLES = {
    "{article}": _ARTICLE,
    # an article with an acknowledgement about North Korean troops (the entity of that name)
    "{ack-article}": """
PREFIX fl: <https://w3id.org/frontline/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?article WHERE {
  ?target rdfs:label "North Korean troops" .
  ?s fl:about ?target ; a fl:Acknowledgement ; prov:wasDerivedFrom ?article .
}
ORDER BY ?article LIMIT 1
""",
    # an article in which Putin speaks
    "{putin-article}": """
PREFIX fl: <https://w3id.org/frontline/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?article WHERE {
  ?s fl:speaker <https://w3id.org/frontline/id/person/vladimir-putin> ;
     prov:wasDerivedFrom ?article .
}
ORDER BY ?article LIMIT 1
""",
}


def _params(
    store: Any, name: str, unfiltered: bool = False, narrowed: bool = False
) -> dict[str, str]:
    """PARAMS[name] (NARROWED[name] for the narrowed run) with the "{article}" placeholders
    filled in from ``store``; {} for the unfiltered run."""
    if unfiltered:
        params: dict[str, str] = {}
    else:
        params = dict((NARROWED if narrowed else PARAMS).get(name, {}))
    for placeholder, finder in _ARTICLES.items():
        if placeholder in params.values():
            _, rows = store.select(finder)
            if not rows:
                # a small corpus may have no relayed statement: any article with statements
                _, rows = store.select(_ANY_ARTICLE)
            article = str(rows[0][0]) if rows else ""
            params = {k: v.replace(placeholder, article) for k, v in params.items()}
    return params


def _listing(q: Any) -> bool:
    """A query timed both filtered (PARAMS) and unfiltered: all its parameters are optional."""
    return bool(q.params) and all(p.optional for p in q.params) and q.name in PARAMS


TARGETS = {
    "build_vs_spacy": 0.85,
    "workers_2_vs_1": 1.7,
    "first_vs_rebuild": 20.0,
    "query_median_ms": 50.0,
    "peak_rss_mb_10k": 1536.0,
}


# --- measurement helpers ----------------------------------------------------------------------


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident set size of this process (or of its waited-for children), in MiB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    kb = resource.getrusage(who).ru_maxrss
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024


def _sources(work: Path) -> list[Path]:
    return sorted((work / "corpus").glob("*.md"))


# --- phases (each runs in a child process and prints one JSON object) -------------------------


def phase_spacy(work: Path, model: str | None) -> dict[str, Any]:
    from frontline.extract import mask_datelines
    from frontline.model import Article
    from frontline.nlp import get_nlp
    from frontline.reader import read_sources

    start = time.perf_counter()
    articles = [a for a in read_sources(_sources(work)) if isinstance(a, Article)]
    nlp = get_nlp(model)
    tokens = 0
    for doc in nlp.pipe((mask_datelines(a.text) for a in articles), batch_size=16):
        tokens += len(doc)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "articles": len(articles), "tokens": tokens}


def phase_build(work: Path, model: str | None, store: str, workers: int) -> dict[str, Any]:
    # the modules the build imports lazily (extraction, and spaCy with it) are imported before
    # the clock starts, as phase_spacy imports them: both time the work, not Python's imports
    import frontline.extract  # noqa: F401
    import frontline.nlp  # noqa: F401
    from frontline.pipeline import build
    from frontline.store import EmbeddedStore

    start = time.perf_counter()
    with EmbeddedStore(work / store) as opened:
        report = build(_sources(work), opened, model=model, workers=workers)
        triples = opened.triple_count()
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "built": report.built,
        "unchanged": report.skipped_unchanged,
        "failed": len(report.failed),
        "triples": triples,
        "peak_rss_mb": peak_rss_mb(),
        "peak_rss_workers_mb": peak_rss_mb(children=True),
    }


_HASHED = re.compile(r"(/(?:statement|event|article|graph)/)([0-9a-f]{3})([0-9a-f]{13})")
_CONTENT_HASH = re.compile(r'(contentHash> ")([0-9a-f]{3})([0-9a-f]{61}")')
_URL = re.compile(r"(<https://schema\.org/url> <[^>#]*)(#[^>]*)?>")


def _replica(lines: list[str], k: int) -> str:
    """The k-th copy of the article graphs (N-Quads lines) under new article/statement IRIs.

    A replica stands for *other* articles of a bigger collection: its statements are not the
    same speech acts as the original's, so the links graph (``fl:sameStatementAs``, computed by
    ``frontline.links`` at build time) is not copied with it. Copying it with each replica made
    links a fifth of the store (the corpus repeats each template in N/25 variants, so every
    statement already has ~4 links), and recomputing links over the big store would link every
    statement with all its copies, quadratic in the number of replicas; a real collection has a
    few relays per speech act. The original links are kept once (``phase_scale``).
    """
    tag = f"{k:03x}"
    text = "\n".join(lines)
    text = _HASHED.sub(lambda m: m.group(1) + tag + m.group(3), text)
    text = _CONTENT_HASH.sub(lambda m: m.group(1) + tag + m.group(3), text)
    text = _URL.sub(lambda m: f"{m.group(1)}#r{k}>", text)
    return text + "\n"


def phase_scale(work: Path, source: str, target: str, triples: int) -> dict[str, Any]:
    """Replicate the article graphs of ``source`` into ``target`` until it has ``triples``."""
    import pyoxigraph as ox

    from frontline import namespaces as ns
    from frontline.links import links_graph_iri
    from frontline.presence import find_presences, presence_graph_iri
    from frontline.store import EmbeddedStore

    start = time.perf_counter()
    src = ox.Store.read_only(str(work / source))
    reference = ns.reference_graph_iri()
    links = links_graph_iri()
    articles: list[str] = []
    shared: list[str] = []
    for quad in src:
        line = str(quad) + " ."
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode) and graph.value == presence_graph_iri():
            continue  # derived from the whole store: recomputed below, as after a build
        if isinstance(graph, ox.NamedNode) and (
            graph.value in (reference, links) or graph.value.startswith(ns.entity_graph_iri(""))
        ):
            # the reference, the entity descriptions and the links between the original
            # articles' statements are stored once, whatever the size (see _replica)
            shared.append(line)
        else:
            articles.append(line)
    del src
    out = work / target
    shutil.rmtree(out, ignore_errors=True)
    dst = ox.Store(str(out))
    dst.bulk_load(("\n".join(shared) + "\n").encode(), format=ox.RdfFormat.N_QUADS)
    total = len(shared)
    k = 0
    # replica 0 is the original; the k-th copy rewrites hashed IRIs with a k prefix
    while total < triples:
        chunk = "\n".join(articles) + "\n" if k == 0 else _replica(articles, k)
        dst.bulk_load(chunk.encode(), format=ox.RdfFormat.N_QUADS)
        total += len(articles)
        k += 1
    del dst
    with EmbeddedStore(out) as scaled:
        find_presences(scaled)
    dst = ox.Store(str(out))
    dst.optimize()
    count = len(dst)
    graphs = sum(1 for _ in dst.named_graphs())
    del dst
    return {
        "seconds": time.perf_counter() - start,
        "triples": count,
        "graphs": graphs,
        "replicas": k,
        "peak_rss_mb": peak_rss_mb(),
    }


def _canned() -> list[Any]:
    from frontline.queries import list_queries

    return list_queries()


def _time_queries(
    store: Any,
    repeat: int,
    budget: float,
    slow_after: float = 2.0,
    only: str | None = None,
    unfiltered: bool = False,
    narrowed: bool = False,
) -> dict[str, dict[str, Any]]:
    """Median wall time of every canned query (ms); one run only when a run is slow."""
    from frontline.queries import run_query

    results: dict[str, dict[str, Any]] = {}

    def alarm(signum: int, frame: Any) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, alarm)
    try:
        for q in _canned():
            if only is not None and q.name != only:
                continue
            if unfiltered and not _listing(q) or narrowed and q.name not in NARROWED:
                continue
            params = _params(store, q.name, unfiltered, narrowed)
            times: list[float] = []
            rows = 0
            timed_out = False
            error: str | None = None
            for _ in range(repeat):
                signal.setitimer(signal.ITIMER_REAL, budget)
                start = time.perf_counter()
                try:
                    _, out = run_query(store, q, params)
                    rows = len(out)
                except TimeoutError:
                    timed_out = True
                except Exception as exc:  # noqa: BLE001 - a QueryError wrapping the alarm
                    if "TimeoutError" in repr(exc) or "timed out" in str(exc):
                        timed_out = True
                    else:
                        error = str(exc)[:300]
                        break
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                elapsed = time.perf_counter() - start
                if timed_out:
                    break
                times.append(elapsed)
                if elapsed > slow_after:
                    break
            results[q.name] = {
                "params": params,
                "median_ms": round(statistics.median(times) * 1000, 2) if times else None,
                "error": error,
                "runs": len(times),
                "rows": rows,
                "timed_out_after_s": budget if timed_out else None,
            }
    finally:
        signal.signal(signal.SIGALRM, previous)
    return results


def phase_query_oxigraph(
    work: Path,
    store: str,
    name: str,
    repeat: int,
    unfiltered: bool = False,
    narrowed: bool = False,
) -> dict[str, Any]:
    """One canned query on the embedded store (a process per query, so a slow one can be cut)."""
    from frontline.store import EmbeddedStore

    with EmbeddedStore(work / store, read_only=True) as opened:
        kinds = {"unfiltered": unfiltered, "narrowed": narrowed}
        _time_queries(opened, 1, 3600.0, only=name, **kinds)  # warm the caches
        results = _time_queries(opened, repeat, 3600.0, only=name, **kinds)
    return {**results[name], "peak_rss_mb": peak_rss_mb()}


class RdflibStore:
    """frontline's ``select()`` over an rdflib Dataset whose default graph is the union."""

    def __init__(self, dataset: Any) -> None:
        self.dataset = dataset

    def select(
        self, sparql: str, bindings: Any = None, timeout: float | None = None
    ) -> tuple[list[str], list[list[Any]]]:
        result = self.dataset.query(sparql, initBindings=dict(bindings or {}))
        columns = [str(v) for v in result.vars or []]
        return columns, [list(row) for row in result]


def phase_query_rdflib(work: Path, store: str, repeat: int, budget: float) -> dict[str, Any]:
    import pyoxigraph as ox
    from rdflib import Dataset

    start = time.perf_counter()
    src = ox.Store.read_only(str(work / store))
    data = work / "big.nq"
    src.dump(str(data), format=ox.RdfFormat.N_QUADS)
    del src
    ds = Dataset(default_union=True)
    ds.parse(str(data), format="nquads")
    data.unlink()
    load = time.perf_counter() - start
    triples = sum(1 for _ in ds.quads((None, None, None, None)))
    results = _time_queries(RdflibStore(ds), repeat, budget)
    return {
        "load_seconds": load,
        "triples": triples,
        "queries": results,
        "peak_rss_mb": peak_rss_mb(),
    }


def phase_validate(work: Path, source: str, sizes: list[int]) -> dict[str, Any]:
    import pyoxigraph as ox

    from frontline import namespaces as ns
    from frontline.store import EmbeddedStore
    from frontline.validate import validate

    src = EmbeddedStore(work / source, read_only=True)
    reference = ns.reference_graph_iri()
    article_graphs = [g for g in src.graph_iris() if g != reference]
    runs = []
    for size in sizes:
        if size > len(article_graphs):
            break
        path = work / f"validate-{size}"
        shutil.rmtree(path, ignore_errors=True)
        with EmbeddedStore(path) as dst:
            for iri in [reference, *article_graphs[:size]]:
                quads = src.ox_store.quads_for_pattern(None, None, None, ox.NamedNode(iri))
                dst.ox_store.extend(list(quads))
            triples = dst.triple_count()
        with EmbeddedStore(path, read_only=True) as opened:
            start = time.perf_counter()
            report = validate(opened)
            seconds = time.perf_counter() - start
        shutil.rmtree(path, ignore_errors=True)
        runs.append(
            {
                "articles": size,
                "graphs": report.graphs,
                "triples": triples,
                "seconds": seconds,
                "ms_per_graph": seconds / report.graphs * 1000,
                "violations": len(report.violations),
            }
        )
    src.close()
    return {"runs": runs, "peak_rss_mb": peak_rss_mb()}


PHASES: dict[str, Callable[..., dict[str, Any]]] = {
    "spacy": phase_spacy,
    "build": phase_build,
    "scale": phase_scale,
    "query-oxigraph": phase_query_oxigraph,
    "query-rdflib": phase_query_rdflib,
    "validate": phase_validate,
}


def run_phase(
    phase: str, work: Path, timeout: float | None = None, **kwargs: Any
) -> dict[str, Any] | None:
    """Run one phase in a fresh Python process; its JSON result (None if it ran out of time)."""
    print(f"  {phase} {' '.join(f'{k}={v}' for k, v in kwargs.items())} ...", flush=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--work", str(work)]
    cmd += ["--phase-args", json.dumps(kwargs)]
    try:
        done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False, timeout=timeout)
    except subprocess.TimeoutExpired:
        print(f"  {phase}: no answer within {timeout:.0f} s", flush=True)
        return None
    if done.returncode != 0:
        raise SystemExit(f"phase {phase} failed with status {done.returncode}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the whole run ----------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    import pyoxigraph
    import rdflib
    import spacy

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "spacy": spacy.__version__,
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
    }


def need(result: dict[str, Any] | None) -> dict[str, Any]:
    if result is None:
        raise SystemExit("a benchmark phase ran out of time")
    return result


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("inf")


def run(args: argparse.Namespace) -> dict[str, Any]:
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="frontline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    n = args.articles
    print(f"frontline benchmarks: {n} articles, work dir {work}", flush=True)
    shutil.rmtree(work / "corpus", ignore_errors=True)
    generate(work / "corpus", n)
    for store in ("store-1", "store-2"):
        shutil.rmtree(work / store, ignore_errors=True)

    res: dict[str, Any] = {"machine": machine(), "articles": n, "targets": TARGETS}
    model = args.model
    spacy_run = need(run_phase("spacy", work, model=model))
    build1 = need(run_phase("build", work, model=model, store="store-1", workers=1))
    rebuild = need(run_phase("build", work, model=model, store="store-1", workers=1))
    build2 = need(run_phase("build", work, model=model, store="store-2", workers=args.workers))
    res["spacy_only"] = spacy_run
    res["build_1_worker"] = build1
    res["rebuild_unchanged"] = rebuild
    res[f"build_{args.workers}_workers"] = build2
    res["ratios"] = {
        "build_vs_spacy": ratio(spacy_run["seconds"], build1["seconds"]),
        f"workers_{args.workers}_vs_1": ratio(build1["seconds"], build2["seconds"]),
        "first_vs_rebuild": ratio(build1["seconds"], rebuild["seconds"]),
    }
    res["throughput_articles_per_s"] = {
        "spacy_only": round(n / spacy_run["seconds"], 2),
        "build_1_worker": round(n / build1["seconds"], 2),
        f"build_{args.workers}_workers": round(n / build2["seconds"], 2),
    }
    shutil.rmtree(work / "store-2", ignore_errors=True)

    res["scale"] = need(
        run_phase("scale", work, source="store-1", target="big", triples=args.triples)
    )

    def timed(name: str, repeat: int, **kw: Any) -> dict[str, Any]:
        """One query phase on the big store; a phase cut off by the budget reports that."""
        one = run_phase(
            "query-oxigraph",
            work,
            timeout=args.query_budget,
            store="big",
            name=name,
            repeat=repeat,
            **kw,
        )
        return one or {
            "median_ms": None,
            "runs": 0,
            "rows": None,
            "timed_out_after_s": args.query_budget,
        }

    ox_queries: dict[str, Any] = {}
    for q in _canned():
        ox_queries[q.name] = timed(q.name, args.repeat)
        if _listing(q):
            ox_queries[q.name]["unfiltered"] = timed(q.name, 1, unfiltered=True)
        if q.name in NARROWED:
            ox_queries[q.name]["narrowed"] = timed(q.name, args.repeat, narrowed=True)
    res["query_oxigraph"] = {
        "queries": ox_queries,
        "peak_rss_mb": max((q.get("peak_rss_mb") or 0) for q in ox_queries.values()),
    }
    if not args.skip_rdflib:
        res["query_rdflib"] = run_phase(
            "query-rdflib", work, store="big", repeat=args.repeat, budget=args.rdflib_budget
        )
    shutil.rmtree(work / "big", ignore_errors=True)
    sizes = [s for s in args.validate_sizes if s <= n]
    res["validate"] = need(run_phase("validate", work, source="store-1", sizes=sizes))
    res["seconds_total"] = round(time.perf_counter() - started, 1)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return res


def _ms(value: float | None, timed_out: float | None = None) -> str:
    if value is None:
        return f"> {timed_out:.0f} s" if timed_out else "—"
    return f"{value:,.1f}"


def table(res: dict[str, Any]) -> str:
    m = res["machine"]
    r = res["ratios"]
    n = res["articles"]
    workers_key = next(k for k in r if k.startswith("workers_"))
    w = workers_key.split("_")[1]
    b1, b2 = res["build_1_worker"], res[f"build_{w}_workers"]
    out = [
        f"machine: {m['nproc']} cores, {m['cpu']}, {m['memory_gb']} GB, Python {m['python']}",
        f"corpus: {n} articles, {b1['triples']:,} triples after the build",
        "",
        "| figure | measured | target |",
        "|---|---|---|",
        f"| build vs spaCy-only parse (throughput ratio) | {r['build_vs_spacy']}× "
        f"({res['throughput_articles_per_s']['build_1_worker']} vs "
        f"{res['throughput_articles_per_s']['spacy_only']} articles/s) | ≥ 0.85× |",
        f"| {w} workers vs 1 | {r[workers_key]}× ({b2['seconds']:.1f} s vs "
        f"{b1['seconds']:.1f} s) | ≥ 1.7× |",
        f"| first build vs rebuild of the unchanged corpus | {r['first_vs_rebuild']}× "
        f"({b1['seconds']:.1f} s vs {res['rebuild_unchanged']['seconds']:.2f} s) | ≥ 20× |",
        f"| peak RSS, 1-worker build of {n} articles | {b1['peak_rss_mb']:.0f} MiB | "
        "< 1.5 GB at 10k |",
        f"| peak RSS, {w}-worker build (parent + largest worker) | {b2['peak_rss_mb']:.0f} + "
        f"{b2['peak_rss_workers_mb']:.0f} MiB | |",
    ]
    ox_q = res["query_oxigraph"]["queries"]
    rd = (res.get("query_rdflib") or {}).get("queries", {})
    out += [
        "",
        f"canned queries, median ms, store of {res['scale']['triples']:,} triples "
        f"({res['scale']['graphs']:,} graphs; target ≤ 50 ms):",
        "",
        "| query | parameters | rows | Oxigraph (embedded) | rdflib (in memory) "
        "| rdflib / Oxigraph | unfiltered (or narrowed): rows, Oxigraph |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, q in ox_q.items():
        rq = rd.get(name, {})
        rows = f"{q['rows']:,}" if q.get("rows") is not None else "—"
        if rows == "—" and rq.get("median_ms") is not None:
            rows = f"{rq['rows']:,}"
        ratio_text = "—"
        if rq.get("median_ms") and q["median_ms"]:
            ratio_text = f"{rq['median_ms'] / q['median_ms']:,.2f}×"
        elif rq.get("timed_out_after_s") and q["median_ms"]:
            ratio_text = f"> {rq['timed_out_after_s'] * 1000 / q['median_ms']:,.2f}×"
        rd_ms = (
            "error" if rq.get("error") else _ms(rq.get("median_ms"), rq.get("timed_out_after_s"))
        )
        ox_ms = _ms(q["median_ms"], q.get("timed_out_after_s"))
        whole_text = "—"
        for kind in ("unfiltered", "narrowed"):
            whole = q.get(kind)
            if whole:
                whole_rows = f"{whole['rows']:,}" if whole.get("rows") is not None else "—"
                whole_ms = _ms(whole["median_ms"], whole.get("timed_out_after_s"))
                whole_text = f"{whole_rows}, {whole_ms}"
                if kind == "narrowed":
                    whole_text = f"narrowed to one article: {whole_text}"
        shown = ", ".join(
            f"{k}={'<article>' if k == 'inArticle' else v}"
            for k, v in (q.get("params") or PARAMS.get(name, {})).items()
        )
        cells = [name, shown or "—", rows, ox_ms, rd_ms, ratio_text, whole_text]
        out.append("| " + " | ".join(cells) + " |")
    if res.get("query_rdflib"):
        out.append(
            f"\nrdflib: loading the store took {res['query_rdflib']['load_seconds']:.0f} s, "
            f"peak RSS {res['query_rdflib']['peak_rss_mb']:.0f} MiB; Oxigraph peak RSS "
            f"{res['query_oxigraph']['peak_rss_mb']:.0f} MiB"
        )
    out += [
        "",
        "validation (frontline validate, one SHACL run per article graph + the reference graph):",
        "",
        "| articles | triples | seconds | ms per graph |",
        "|---|---|---|---|",
    ]
    for v in res["validate"]["runs"]:
        out.append(
            f"| {v['articles']:,} | {v['triples']:,} | {v['seconds']:.1f} | "
            f"{v['ms_per_graph']:.0f} |"
        )
    out.append(f"\ntotal benchmark time: {res['seconds_total']:.0f} s")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=400, help="corpus size (default 400)")
    parser.add_argument("--full", action="store_true", help="the 10k-article figures")
    parser.add_argument("--workers", type=int, default=2, help="workers to compare with 1")
    parser.add_argument(
        "--triples", type=int, default=1_000_000, help="size of the query store (default 1M)"
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    parser.add_argument(
        "--query-budget", type=float, default=60.0, help="seconds before a query gives up"
    )
    parser.add_argument(
        "--rdflib-budget", type=float, default=30.0, help="seconds before an rdflib query gives up"
    )
    parser.add_argument("--skip-rdflib", action="store_true", help="no rdflib comparison")
    parser.add_argument(
        "--validate-sizes", type=int, nargs="*", default=[25, 50, 100, 200], help="store sizes"
    )
    parser.add_argument("--model", default=None, help="spaCy model (default: frontline's)")
    parser.add_argument("--work", default=None, help="work directory (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--out", type=Path, default=HERE / "results.json", help="results file")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--phase-args", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.phase:
        result = PHASES[args.phase](Path(args.work), **json.loads(args.phase_args))
        print(json.dumps(result))
        return 0
    if args.full:
        args.articles = max(args.articles, 10_000)
        args.validate_sizes = sorted({*args.validate_sizes, 1000})
    res = run(args)
    res["command"] = " ".join(["python", "benchmarks/bench.py", *(argv or sys.argv[1:])])
    args.out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print()
    print(table(res))
    print(f"\nresults written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
