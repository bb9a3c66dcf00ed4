"""The quality harness: scoring on hand-made predictions (no spaCy), one gold article end to end."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType

import pytest

from frontline.evaluate import (
    Accuracy,
    ArticleResult,
    Counts,
    EvalReport,
    GoldArticle,
    GoldEntity,
    GoldQuestion,
    GoldStatement,
    PredEntity,
    PredStatement,
    Scores,
    cell_matches,
    evaluate,
    lenient_name,
    load_gold,
    markdown_table,
    match_entities,
    match_statements,
    question_answered,
    render_table,
    same_name,
    score_article,
)

GOLD = Path(__file__).parent / "gold"
ONE = "ru-ua-01-reuters-novoserhiivka"


def _stmt(
    iri: str,
    type_: str,
    *names: str,
    date: str = "",
    outlet: tuple[str, ...] = (),
    evidence: str = "",
) -> PredStatement:
    return PredStatement(iri, (type_,), names, date, outlet, evidence)


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Kremlin", "the Kremlin", True),
        ("Russia's Defence Ministry", "russia\u2019s defence  ministry", True),
        ("Ministry of Defence", "Russian Ministry of Defence", True),  # multiword, contained
        ("Russian Ministry of Defence", "Ministry of Defence", True),  # and the other way round
        ("Qassam Brigades", "Al-Qassam Brigades", True),  # hyphen splits words
        ("Ministry", "Russian Ministry of Defence", False),  # one word is not enough
        ("Russia", "Russian forces", False),  # words, not substrings
        ("General Staff", "Staff General", False),  # order matters
        ("Zelensky", "", False),
    ],
)
def test_lenient_name(gold: str, predicted: str, expected: bool) -> None:
    assert lenient_name(gold, predicted) is expected


def test_same_name_is_strict_about_containment() -> None:
    assert same_name("Pokrovsk", "POKROVSK")
    assert not same_name("Ministry of Defence", "Russian Ministry of Defence")


def test_names_compare_without_accents() -> None:
    assert same_name("Pedro Sánchez", "Pedro Sanchez")
    assert same_name("Zeki Akturk", "Zeki Aktürk")
    assert lenient_name("Alix Didier Fils-Aimé", "Fils-Aime")
    assert not same_name("Pedro Sánchez", "Pedro Sanchis")


# --- entities -------------------------------------------------------------------------------


def test_entities_match_on_type_and_label_or_alt_label_one_to_one() -> None:
    gold = [
        GoldEntity("Country", "Ukraine"),
        GoldEntity("Settlement", "Pokrovsk"),
        GoldEntity("Person", "Volodymyr Zelensky"),
        GoldEntity("Region", "Donetsk Oblast"),
    ]
    predicted = [
        PredEntity("e:ukr", ("Country",), "Ukraine"),
        PredEntity("e:ukr2", ("Country",), "ukraine"),  # a duplicate: only one may match
        PredEntity("e:pok", ("Region",), "Pokrovsk"),  # wrong type
        PredEntity("e:zel", ("Person",), "Zelenskyy", ("Volodymyr Zelensky",)),  # by altLabel
        PredEntity("e:don", ("Organization", "Region"), "Donetsk Oblast"),  # one of its types
    ]
    assert match_entities(gold, predicted) == [(0, 0), (2, 3), (3, 4)]
    scores, notes = score_article(GoldArticle("a", Path("a.md"), "dev", tuple(gold)), predicted, [])
    assert (scores.entities.matched, scores.entities.predicted, scores.entities.gold) == (3, 5, 4)
    assert scores.entities.precision == pytest.approx(3 / 5)
    assert scores.entities.recall == pytest.approx(3 / 4)
    assert scores.entities.f1 == pytest.approx(2 * 3 / (5 + 4))
    assert "missed entity Settlement 'Pokrovsk'" in notes


# --- statements -----------------------------------------------------------------------------


def test_statements_match_on_speaker_name_and_type() -> None:
    gold = [
        GoldStatement("Russian Ministry of Defence", "Claim", "2025-06-12"),
        GoldStatement("General Staff of the Armed Forces of Ukraine", "Denial", "2025-06-12"),
        GoldStatement("Dmitry Peskov", "Remark", None),
    ]
    predicted = [
        _stmt("s0", "Claim", "Russia's Defence Ministry", "Russian Ministry of Defence"),  # alt
        _stmt("s1", "Remark", "General Staff of the Armed Forces of Ukraine"),  # wrong type
        _stmt("s2", "Denial", "General Staff"),  # contained multiword name
        _stmt("s3", "Remark", "Peskov"),  # one word, not contained-matched
    ]
    assert match_statements(gold, predicted) == [(0, 0), (1, 2)]


def test_statement_matching_is_one_to_one_and_prefers_the_closest_sentence() -> None:
    gold = [
        GoldStatement(
            "Kremlin", "Remark", "2025-06-01", sentence="The Kremlin said the talks failed."
        ),
        GoldStatement("Kremlin", "Remark", "2025-06-02", sentence="The Kremlin said troops left."),
    ]
    predicted = [
        _stmt(
            "s0", "Remark", "Kremlin", date="2025-06-02", evidence="The Kremlin said troops left."
        ),
        _stmt(
            "s1",
            "Remark",
            "Kremlin",
            date="2025-06-01",
            evidence="The Kremlin said the talks failed.",
        ),
        _stmt("s2", "Remark", "Kremlin", evidence="The Kremlin said nothing."),
    ]
    assert match_statements(gold, predicted) == [(0, 1), (1, 0)]
    assert match_statements(gold, predicted[:1]) == [(1, 0)]  # one prediction, one gold
    article = GoldArticle("a", Path("a.md"), "dev", statements=tuple(gold))
    scores, notes = score_article(article, [], predicted)
    assert (scores.statements.matched, scores.statements.predicted, scores.statements.gold) == (
        2,
        3,
        2,
    )
    assert scores.dates == Accuracy(2, 2)  # the sentence tie-break pairs the right dates
    assert any(n.startswith("spurious statement Remark by 'Kremlin'") for n in notes)


def test_date_accuracy_counts_matched_pairs_only_and_null_equals_empty() -> None:
    gold = [
        GoldStatement("Kyiv", "Remark", "2025-06-12"),
        GoldStatement("Moscow", "Claim", None),
        GoldStatement("Minsk", "Denial", "2025-06"),
        GoldStatement("Warsaw", "Remark", "2025-01-01"),  # never predicted: not in the date score
    ]
    predicted = [
        _stmt("s0", "Remark", "Kyiv", date="2025-06-12"),
        _stmt("s1", "Claim", "Moscow", date=""),
        _stmt("s2", "Denial", "Minsk", date="2025-06-01"),  # more precise is still wrong
    ]
    scores, notes = score_article(
        GoldArticle("a", Path("a.md"), "dev", statements=tuple(gold)), [], predicted
    )
    assert scores.dates == Accuracy(2, 3)
    assert scores.statements == Counts(3, 3, 4)
    assert any("wrong date for Denial by 'Minsk'" in n for n in notes)


def test_reported_by_accuracy() -> None:
    gold = [
        GoldStatement("Kremlin", "Claim", reported_by="RIA Novosti"),
        GoldStatement("Kyiv", "Denial", reported_by="Ukrainska Pravda"),
        GoldStatement("Minsk", "Remark", reported_by=None),
        GoldStatement("Riga", "Remark", reported_by=None),
    ]
    predicted = [
        _stmt("s0", "Claim", "Kremlin", outlet=("RIA", "RIA Novosti")),  # by another name
        _stmt("s1", "Denial", "Kyiv"),  # missed the outlet
        _stmt("s2", "Remark", "Minsk"),  # correctly none
        _stmt("s3", "Remark", "Riga", outlet=("TASS",)),  # invented one
    ]
    scores, _ = score_article(
        GoldArticle("a", Path("a.md"), "dev", statements=tuple(gold)), [], predicted
    )
    assert scores.reported_by == Accuracy(2, 4)
    assert scores.reported_by_named == Accuracy(1, 2)


def test_f1_edge_cases() -> None:
    assert Counts(0, 0, 0).f1 is None
    assert Counts(0, 3, 0).precision == 0.0 and Counts(0, 3, 0).recall is None
    assert Counts(0, 0, 4).f1 == 0.0
    assert Counts(2, 4, 2).f1 == pytest.approx(2 * (0.5 * 1.0) / 1.5)


# --- questions ------------------------------------------------------------------------------


def test_question_needs_every_expected_row_from_a_distinct_returned_row() -> None:
    expected = [{"type": "Remark", "date": "2025-06-12"}, {"type": "Remark", "date": "2025-06-12"}]
    one = [{"type": "Remark", "date": "2025-06-12", "statement": "s0"}]
    two = one + [{"type": "Remark", "date": "2025-06-12", "statement": "s1"}]
    assert not question_answered(expected, one)
    assert question_answered(expected, two)


def test_question_matching_finds_an_assignment_greedy_would_miss() -> None:
    expected = [{"date": "2025-06-12"}, {"date": None}]
    # row 0 fits both conditions only through its first column, row 1 only the first
    rows = [{"date": ""}, {"date": "2025-06-12"}]
    assert question_answered(expected, rows)
    assert not question_answered(expected, [{"date": "2025-06-12"}, {"date": "2025-06-11"}])


def test_question_cells_use_lenient_names_aliases_and_multivalues() -> None:
    aliases = {"general staff of ukraine": ["General Staff of Ukraine", "Ukraine's General Staff"]}
    assert cell_matches("Ukraine's General Staff", "General Staff of Ukraine", aliases)
    assert not cell_matches("Ukraine's General Staff", "General Staff of Ukraine")
    assert cell_matches("Claim", "Acknowledgement | Claim")
    assert cell_matches(None, "") and not cell_matches(None, "2025-06-12")
    assert not cell_matches("2025-06", "2025-06-12")


def test_question_with_no_expected_rows_wants_no_answer() -> None:
    assert question_answered([], [])
    assert not question_answered([], [{"speakerLabel": "Kremlin"}])


def test_unanswered_questions_are_counted() -> None:
    q = GoldQuestion("who?", "disputed-claims", {}, ({"speakerLabel": "Kremlin"},))
    article = GoldArticle("a", Path("a.md"), "dev", questions=(q, q, q))
    scores, notes = score_article(article, [], [], [True, False])  # a missing answer is a miss
    assert scores.questions == Accuracy(1, 3)
    assert notes.count("unanswered: who?") == 2


# --- reports --------------------------------------------------------------------------------


def _report(system: str, matched: int) -> EvalReport:
    scores = Scores(
        entities=Counts(matched, 10, 10),
        statements=Counts(matched, 4, 5),
        dates=Accuracy(1, 2),
        questions=Accuracy(1, 1),
    )
    return EvalReport(
        system,
        None,
        [
            ArticleResult("a", "dev", scores),
            ArticleResult("b", "test", Scores(entities=Counts(1, 2, 4))),
        ],
    )


def test_totals_are_micro_averaged_per_split() -> None:
    report = EvalReport(
        "frontline",
        None,
        [
            ArticleResult("a", "dev", Scores(statements=Counts(1, 1, 10))),
            ArticleResult("b", "dev", Scores(statements=Counts(9, 9, 10))),
            ArticleResult("c", "test", Scores(statements=Counts(0, 5, 5))),
        ],
    )
    assert report.splits() == ["dev", "test"]
    assert report.total("dev").statements == Counts(10, 10, 20)
    assert report.total("dev").statements.recall == 0.5  # not the macro mean (0.1 + 0.9) / 2
    assert report.total().statements == Counts(10, 15, 25)
    data = json.loads(report.to_json())
    assert data["totals"]["dev"]["statements"]["recall"] == 0.5
    assert [a["name"] for a in data["articles"]] == ["a", "b", "c"]


def test_markdown_table_is_deterministic_and_side_by_side() -> None:
    reports = [_report("frontline", 8), _report("baseline", 2)]
    text = markdown_table(reports)
    assert text == markdown_table(reports)
    lines = text.splitlines()
    assert lines[0].startswith("| system | split | articles | entity P")
    assert [line.split(" | ")[0:2] for line in lines[2:]] == [
        ["| frontline", "dev"],
        ["| baseline", "dev"],
        ["| frontline", "test"],
        ["| baseline", "test"],
    ]
    assert "| 0.80 | 0.80 | 0.80 |" in lines[2]  # entity P/R/F1 of 8 of 10
    assert render_table(reports).row_count == 4


def test_gold_files_parse_and_hold_their_invariants() -> None:
    """tests/gold/README.md: sentences are verbatim, every name used is an entity of the file."""
    from frontline.reader import read_sources

    paths = sorted(GOLD.glob("*.json"))
    assert paths, "the gold set is empty"
    urls: dict[str, str] = {}
    for path in paths:
        article = load_gold(path)
        assert article.split in ("dev", "test"), article.name
        (read,) = [a for a in read_sources([article.path]) if not isinstance(a, Exception)]
        body = read.text
        # one URL per article: a build keyed by URL would let one replace the other
        if read.url:
            assert urls.setdefault(read.url, article.name) == article.name, (
                article.name,
                urls[read.url],
            )
        raw = json.loads(path.read_text(encoding="utf-8"))
        names = {e["name"] for e in raw["entities"]}
        for st in raw["statements"]:
            assert st["sentence"] in body, (article.name, st["sentence"])
            used = [st["speaker"], *(st.get("about") or [])]
            used += [st["reported_by"]] if st.get("reported_by") else []
            assert set(used) <= names, (article.name, sorted(set(used) - names))


# --- end to end -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def one_article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("gold")
    for suffix in (".md", ".json"):
        (directory / f"{ONE}{suffix}").write_bytes((GOLD / f"{ONE}{suffix}").read_bytes())
    return directory


def test_evaluate_one_gold_article_end_to_end(one_article: Path) -> None:
    pytest.importorskip("spacy")
    report = evaluate(one_article)
    assert [a.name for a in report.articles] == [ONE]
    result = report.articles[0]
    assert result.error is None
    total = report.total()
    assert total.statements.gold == 8 and total.statements.predicted > 0
    values = [
        total.entities.precision,
        total.entities.recall,
        total.entities.f1,
        total.statements.precision,
        total.statements.recall,
        total.statements.f1,
        total.dates.value,
        total.reported_by.value,
        total.questions.value,
    ]
    for value in values:
        assert value is not None and 0.0 <= value <= 1.0 and not math.isnan(value)
    assert total.statements.matched > 0  # the extractor finds at least some of the gold
    assert report.total("test").statements == Counts()  # the article is in dev


def test_evaluate_rejects_an_unknown_system(one_article: Path) -> None:
    from frontline.errors import UsageError

    with pytest.raises(UsageError):
        evaluate(one_article, system="oracle")


def test_baseline_scores_through_the_same_harness(one_article: Path) -> None:
    pytest.importorskip("textacy")
    report = evaluate(one_article, system="baseline")
    assert report.system == "baseline"
    total = report.total()
    assert total.statements.gold == 8
    assert total.entities.predicted > 0  # spaCy NER entities went through the store
    assert total.dates.correct <= total.dates.total


def _runner() -> ModuleType:
    path = Path(__file__).parent.parent / "benchmarks" / "quality" / "run.py"
    spec = importlib.util.spec_from_file_location("quality_run", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_write_readme_replaces_only_the_marked_block(tmp_path: Path) -> None:
    run = _runner()
    readme = tmp_path / "README.md"
    readme.write_text("intro\n<!-- eval:start -->\nold table\n<!-- eval:end -->\nrest\n")
    assert run.write_readme(readme, "| new |\n")
    assert readme.read_text() == "intro\n<!-- eval:start -->\n| new |\n<!-- eval:end -->\nrest\n"
    assert not run.write_readme(readme, "| new |\n")  # already current
    readme.write_text("no markers\n")
    with pytest.raises(ValueError):
        run.write_readme(readme, "| new |\n")
