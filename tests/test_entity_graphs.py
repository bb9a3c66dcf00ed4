"""Entity descriptions are stored once, in one graph per entity, whatever the number of articles.

Every article graph used to repeat the description of each entity it names; a store whose
default graph is the union of its named graphs then returns each such triple once per article,
and the canned queries' joins grew with the product of those copies.
"""

from __future__ import annotations

from pathlib import Path

from frontline import namespaces as ns
from frontline.model import Article, Entity, Extraction, Statement
from frontline.pipeline import build
from frontline.queries import load_query, run_query
from frontline.rdf import extraction_to_graph, split_entities
from frontline.store import open_store
from frontline.validate import validate


def _extractor(articles, *, model=None, batch_size=16):  # type: ignore[no-untyped-def]
    for a in articles:
        alt = a.text.split()[0]
        speaker = Entity("person/ivan-petrov", "Person", "Ivan Petrov", alt_labels=(alt,))
        s = Statement(0, "Remark", "say", speaker.key, a.text, content=a.text)
        yield Extraction(article=a, entities=(speaker,), statements=(s,))


def _write(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (
        ("a.md", "Petrov said the bridge was hit."),
        ("b.md", "Vanya said nothing new."),
    ):
        p = tmp_path / name
        p.write_text(f"---\ntitle: {name}\npublished: 2025-05-01\n---\n{text}\n", encoding="utf-8")
        paths.append(p)
    return paths


def test_split_keeps_mentions_with_the_article() -> None:
    a = Article(text="Petrov said so.", source="x")
    speaker = Entity("person/ivan-petrov", "Person", "Ivan Petrov")
    graph = extraction_to_graph(
        Extraction(
            article=a,
            entities=(speaker,),
            statements=(Statement(0, "Remark", "say", speaker.key, "e"),),
        )
    )
    article, entities = split_entities(graph)
    iri = ns.entity_graph_iri("person/ivan-petrov")
    assert set(entities) == {iri}
    assert len(article) + len(entities[iri]) == len(graph)
    assert not any(p.endswith("#mentionedIn") for _, p, _ in entities[iri])
    assert any(str(p).endswith("#mentionedIn") for _, p, _ in article)


def test_two_articles_share_one_description(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    report = build(_write(tmp_path), store, extractor=_extractor)
    assert report.built == 2
    desc = store.get_graph(ns.entity_graph_iri("person/ivan-petrov"))
    labels = {str(o) for _, p, o in desc if str(p).endswith("#label")}
    alts = {str(o) for _, p, o in desc if str(p).endswith("#altLabel")}
    assert labels == {"Ivan Petrov"}  # one label, however many articles
    assert alts == {"Petrov", "Vanya"}  # the names each article used
    cols, rows = run_query(store, load_query("entities"), {})
    (row,) = [r for r in rows if r[cols.index("label")] == "Ivan Petrov"]
    assert len(row[cols.index("article")].split(" | ")) == 2
    assert row[cols.index("altLabels")] == "Petrov | Vanya"
    report = validate(store)
    assert report.conforms, [r.message for r in report.results if r.severity == "Violation"]
    store.close()


def _linking_extractor(articles, *, model=None, batch_size=16):  # type: ignore[no-untyped-def]
    for a in articles:
        country = Entity("country/russia", "Country", "Russia", mentioned=False)
        town = Entity("settlement/sudzha", "Settlement", "Sudzha", located_in=country.key)
        speaker = Entity("person/ivan-petrov", "Person", "Ivan Petrov", affiliation=country.key)
        s = Statement(0, "Remark", "say", speaker.key, a.text, content=a.text, about=(town.key,))
        yield Extraction(article=a, entities=(country, town, speaker), statements=(s,))


def test_linked_entities_are_validated_with_the_article(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    build(_write(tmp_path)[:1], store, extractor=_linking_extractor)
    # Russia is described in its own graph but not mentioned: the article still validates,
    # because validation follows the links to the descriptions
    assert not any(
        str(p).endswith("#mentionedIn")
        for _, p, _ in store.get_graph(ns.entity_graph_iri("country/russia"))
    )
    report = validate(store)
    assert report.conforms, [r.message for r in report.results if r.severity == "Violation"]
    store.close()
