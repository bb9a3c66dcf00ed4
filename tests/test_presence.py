"""The presence graph: foreign presences derived after every build, on an embedded store and on a
real ``oxigraph serve``, and the ``foreign-forces`` query that reads them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from frontline import namespaces as ns
from frontline.model import Article, Entity, Event, Extraction, Statement
from frontline.pipeline import BuildReport, _finish, build
from frontline.presence import find_presences, presence_graph_iri, presence_iri
from frontline.queries import run_query
from frontline.store import EmbeddedStore, Store

FL = ns.FL
FLI = ns.DEFAULT_ID_BASE
TROOPS = FLI + "armed-force/north-korean-troops"
NORTH_KOREA = FLI + "country/north-korea"
KURSK = FLI + "region/kursk-oblast"
RUSSIA = FLI + "country/russia"
RUSSIAN_FORCES = FLI + "armed-force/russian-armed-forces"

ENTITIES = (
    Entity("armed-force/north-korean-troops", "ArmedForce", "North Korean troops",
           affiliation="country/north-korea"),
    Entity("armed-force/russian-armed-forces", "ArmedForce", "Russian Armed Forces",
           affiliation="country/russia"),
    Entity("country/north-korea", "Country", "North Korea"),
    Entity("country/russia", "Country", "Russia"),
    Entity("region/kursk-oblast", "Region", "Kursk Oblast", located_in="country/russia"),
)  # fmt: skip

DEPLOYED = "North Korean troops were deployed to Kursk Oblast."
SAID = "Kyiv said North Korean troops fight in Kursk Oblast."
AT_HOME = "Russian forces fought in Kursk Oblast."


def fake_extract(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16
) -> Iterator[Extraction]:
    """An event for each sentence of DEPLOYED / AT_HOME in the text, a statement for SAID."""
    for a in articles:
        events: list[Event] = []
        statements: list[Statement] = []
        if DEPLOYED in a.text:
            events.append(
                Event(0, "Deployment", "deployment", DEPLOYED,
                      agents=("armed-force/north-korean-troops",),
                      places=("region/kursk-oblast",))
            )  # fmt: skip
        if AT_HOME in a.text:
            events.append(
                Event(1, "Attack", "attack", AT_HOME,
                      agents=("armed-force/russian-armed-forces",),
                      places=("region/kursk-oblast",))
            )  # fmt: skip
        if SAID in a.text:
            statements.append(
                Statement(0, "Claim", "say", "country/north-korea", SAID, content="they fight",
                          about=("armed-force/north-korean-troops", "region/kursk-oblast"))
            )  # fmt: skip
        yield Extraction(
            article=a, entities=ENTITIES, statements=tuple(statements), events=tuple(events)
        )


@pytest.fixture
def store(io_either_store: Store) -> Store:
    return io_either_store  # embedded, then a real oxigraph serve (conftest)


def write(path: Path, text: str, url: str) -> Path:
    path.write_text(f"---\nurl: {url}\npublished: 2025-04-30\n---\n{text}\n", encoding="utf-8")
    return path


def run(sources: list[Path], store: Store, **kw: object) -> None:
    build(sources, store, extractor=fake_extract, **kw)  # type: ignore[arg-type]


def presences(store: Store) -> dict[tuple[str, str, str], tuple[set[str], set[str]]]:
    """(force, country, place) -> (attesting node IRIs, evidence), read from the presence graph."""
    _, rows = store.select(
        f"""PREFIX fl: <{FL}>
        SELECT ?p ?force ?country ?place ?node ?e WHERE {{
          GRAPH <{presence_graph_iri()}> {{
            ?p a fl:ForeignPresence ; fl:presenceOf ?force ; fl:forceCountry ?country ;
               fl:presentIn ?place ; fl:attestedBy ?node ; fl:evidence ?e .
          }}
        }}"""
    )
    out: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}
    for p, force, country, place, node, e in rows:
        key = (str(force), str(country), str(place))
        assert str(p) == presence_iri(*key)  # minted from the three IRIs
        nodes, evidence = out.setdefault(key, (set(), set()))
        nodes.add(str(node))
        evidence.add(str(e))
    return out


def short(text: str) -> str:
    return Article(text=text + "\n", source="").short_id


def foreign_forces(store: Store) -> list[dict[str, str]]:
    columns, rows = run_query(store, "foreign-forces")
    return [dict(zip(columns, row, strict=True)) for row in rows]


def test_build_rebuild_and_replaced_articles_keep_the_presence_graph_current(
    tmp_path: Path, store: Store
) -> None:
    one = write(tmp_path / "one.md", f"{DEPLOYED} {AT_HOME}", "https://example.org/one")
    run([one], store)
    key = (TROOPS, NORTH_KOREA, KURSK)
    event = ns.event_iri(short(f"{DEPLOYED} {AT_HOME}"), 0)
    # Russian forces in a Russian region are not foreign: one presence only
    assert presences(store) == {key: ({event}, {DEPLOYED})}
    assert [(r["forceLabel"], r["countryLabel"], r["placeLabel"], r["evidence"])
            for r in foreign_forces(store)] == [
        ("North Korean troops", "North Korea", "Kursk Oblast", DEPLOYED)
    ]  # fmt: skip

    # a second article: a statement about the force and the place attests the same presence
    two = write(tmp_path / "two.md", SAID, "https://example.org/two")
    run([one, two], store)
    statement = ns.statement_iri(short(SAID), 0)
    assert presences(store) == {key: ({event, statement}, {DEPLOYED, SAID})}
    (row,) = foreign_forces(store)
    assert row["evidence"] == " | ".join(sorted([DEPLOYED, SAID]))  # sorted, deterministic

    # --rebuild re-extracts everything and gives the same graph
    before = store.get_graph(presence_graph_iri())
    run([one, two], store, rebuild=True)
    assert set(store.get_graph(presence_graph_iri())) == set(before)

    # the first article replaced (same URL) by a version without the deployment
    one = write(tmp_path / "one.md", AT_HOME, "https://example.org/one")
    run([one, two], store)
    assert presences(store) == {key: ({statement}, {SAID})}

    # and the second one too: nothing places the troops abroad any more, the graph is gone
    two = write(tmp_path / "two.md", "Kyiv said nothing.", "https://example.org/two")
    run([one, two], store)
    assert presences(store) == {}
    assert presence_graph_iri() not in store.graph_iris()
    assert foreign_forces(store) == []


def test_a_store_built_before_the_presence_graph_gets_it_from_the_next_build(
    tmp_path: Path, store: Store
) -> None:
    one = write(tmp_path / "one.md", DEPLOYED, "https://example.org/one")
    run([one], store)
    store.drop_graph(presence_graph_iri())  # as an older frontline left it
    assert foreign_forces(store) == []  # the query reads the derived nodes only
    run([one], store)  # nothing to build, but the missing graph is derived
    assert list(presences(store)) == [(TROOPS, NORTH_KOREA, KURSK)]
    assert len(foreign_forces(store)) == 1


def test_a_build_that_only_drops_an_article_recomputes_the_derived_graphs(
    tmp_path: Path, io_embedded_store: EmbeddedStore
) -> None:
    """A build can drop an older version of an article whose newer version is already stored
    (a store holding both, from before the URL rule): nothing is built, but the graphs
    derived from the dropped article must go."""
    run([write(tmp_path / "one.md", DEPLOYED, "https://example.org/one")], io_embedded_store)
    io_embedded_store.drop_graph(ns.graph_iri(short(DEPLOYED)))  # the drop the build makes
    assert presences(io_embedded_store) != {}
    _finish(io_embedded_store, BuildReport(), dropped=True)
    assert presences(io_embedded_store) == {}


def test_find_presences_without_any_drops_nothing_and_writes_nothing(
    io_embedded_store: EmbeddedStore,
) -> None:
    assert find_presences(io_embedded_store) == 0
    assert io_embedded_store.graph_iris() == []


def test_presence_evidence_is_a_plain_string(tmp_path: Path, store: Store) -> None:
    run([write(tmp_path / "one.md", DEPLOYED, "https://example.org/one")], store)
    graph = store.get_graph(presence_graph_iri())
    values = list(graph.objects(None, URIRef(FL + "evidence")))
    assert values == [Literal(DEPLOYED)]
