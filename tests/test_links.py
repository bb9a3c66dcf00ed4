"""The same statement relayed by two outlets is linked across articles, not duplicated silently."""

from __future__ import annotations

from pathlib import Path

from frontline.links import links_graph_iri, same_statement
from frontline.pipeline import build
from frontline.queries import load_query, run_query
from frontline.store import open_store

WIRE = """---
title: Peskov dismisses report
publisher: Wire One
url: https://example.org/one
published: 2025-05-02
---
Kremlin spokesman Dmitry Peskov said on Friday that “there will be no pause in the operation.”
"""

RELAY = """---
title: Kremlin rules out pause
publisher: Wire Two
url: https://example.org/two
published: 2025-05-02
---
Kremlin spokesman Dmitry Peskov said on Friday that “there will be no pause in the operation,”
according to the news agency Interfax.
"""

OTHER = """---
title: Peskov on talks
publisher: Wire Three
url: https://example.org/three
published: 2025-05-09
---
Kremlin spokesman Dmitry Peskov said on Friday that talks with Kyiv would resume in June.
"""


def test_relayed_statement_is_linked_both_ways(tmp_path: Path) -> None:
    for name, text in (("one.md", WIRE), ("two.md", RELAY), ("three.md", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "store")
    report = build([tmp_path / "one.md", tmp_path / "two.md", tmp_path / "three.md"], store)
    assert report.built == 3
    assert links_graph_iri() in store.graph_iris()
    cols, rows = run_query(store, load_query("same-statements"), {})
    pairs = {(r[cols.index("speakerLabel")], r[cols.index("date")]) for r in rows}
    assert pairs == {("Dmitry Peskov", "2025-05-02")}
    assert len(rows) == 2  # a -> b and b -> a
    articles = {r[cols.index("article")] for r in rows} | {
        r[cols.index("otherArticle")] for r in rows
    }
    assert len(articles) == 2, "the third article says something else and is not linked"
    store.close()


def test_same_statement_rules() -> None:
    base = {"date": "2025-05-02", "words": {"pause", "operation"}, "quotes": {"no pause"}}
    assert same_statement(base, dict(base, quotes=set()))  # same words
    assert same_statement(base, dict(base, words={"x"}))  # same quotation
    assert not same_statement(base, dict(base, date="2025-05-03"))
    assert same_statement(base, dict(base, date=""))  # one date unknown
    assert not same_statement(base, {"date": "", "words": {"talks", "june"}, "quotes": set()})


def test_a_story_relayed_n_times_costs_linear_links_and_lists_every_pair(tmp_path: Path) -> None:
    n = 5
    for i in range(n):
        text = WIRE.replace("https://example.org/one", f"https://example.org/copy{i}").replace(
            "Wire One", f"Wire {i}"
        )
        # each copy has its own wording around the same quotation
        text = text.replace("Kremlin spokesman", f"In copy {i}, Kremlin spokesman")
        (tmp_path / f"{i}.md").write_text(text, encoding="utf-8")
    (tmp_path / "other.md").write_text(OTHER, encoding="utf-8")
    store = open_store(tmp_path / "store")
    assert build([tmp_path], store).built == n + 1
    _, rows = store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{links_graph_iri()}> {{ ?s ?p ?o }} }}"
    )
    assert int(str(rows[0][0])) == 2 * (n - 1)  # a star around one copy, both ways
    cols, rows = run_query(store, load_query("same-statements"), {})
    pairs = {(r[cols.index("statement")], r[cols.index("other")]) for r in rows}
    assert len(pairs) == n * (n - 1)  # yet every copy lists every other copy
    store.close()
