"""Articles of our own writing, in several reporting styles and conflicts, and the statements
each must yield: every annotated statement (speaker and type), with its date and relaying outlet,
must come out of the built graph, read back through the canned queries.

These are dev-split gold articles the extractor gets fully right today, kept as regression tests;
the held-out test split is only scored by `make eval`, never asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontline.evaluate import evaluate_article, load_gold

GOLD = Path(__file__).parent / "gold"

ARTICLES = [
    "il-01-toi-jabaliya",  # newspaper, Israel–Gaza, disputes
    "il-04-briefing-carrier-strike-group",  # military briefing, Iran/US, carrier strike group
    "ru-ua-01-reuters-novoserhiivka",  # wire copy, Reuters dateline, unit statements
    "ru-ua-07-pentagon-briefing-tank-army",  # anonymous official, declined to comment, quotes
    "ru-ua-08-undated-black-sea",  # no publication date: dates stay unresolved
    "sd-01-sudantribune-el-fasher",  # Sudan, RSF vs SAF, dateline with a year
    "sd-02-mofa-press-release-port-sudan",  # official release in the first person
    "x-05-aljazeera-live-al-khuwei",  # live-blog entry with a time-stamp heading
]


@pytest.mark.parametrize("name", ARTICLES)
def test_gold_article_statements(name: str) -> None:
    gold = load_gold(GOLD / f"{name}.json")
    assert gold.split == "dev", "only dev articles are asserted; the test split stays held out"
    result = evaluate_article(gold)
    problems = [
        str(note)
        for note in result.notes
        if str(note).startswith(("missed statement", "wrong date", "wrong reportedBy"))
    ]
    assert not problems, "\n".join(problems)
    assert len(gold.statements) >= 4
