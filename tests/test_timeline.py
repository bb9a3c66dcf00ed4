"""The timeline: lanes, dates of any precision, dispute links; HTML (Plotly), PNG and SVG."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontline.cli import app
from frontline.errors import UsageError
from frontline.store import open_store
from frontline.timeline import (
    EVENTS_LANE,
    OTHERS_LANE,
    parse_date,
    timeline_format,
    timeline_items,
    write_timeline,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-04-26", (date(2025, 4, 26), True)),
        ("2025-03", (date(2025, 3, 15), False)),
        ("2025", (date(2025, 7, 1), False)),
        ("nonsense", None),
    ],
)
def test_parse_date(text: str, expected: tuple[date, bool] | None) -> None:
    assert parse_date(text) == expected


def test_lanes_by_speaker_events_first_and_disputes_joined(view_data) -> None:  # type: ignore[no-untyped-def]
    timeline = timeline_items(view_data)
    assert timeline.lanes[0] == EVENTS_LANE
    assert "Valery Gerasimov" in timeline.lanes
    assert timeline.points == sorted(timeline.points, key=lambda p: (p.when, p.lane, p.id))
    placed = {p.id for p in timeline.points}
    assert all(a in placed and b in placed for a, b in timeline.links)
    dated = sum(1 for s in view_data.statements.values() if s["date"]) + sum(
        1 for e in view_data.events.values() if e["date"]
    )
    assert len(timeline.points) == dated
    assert timeline.undated == len(view_data.statements) + len(view_data.events) - dated


def test_a_dispute_between_dated_statements_is_joined(view_data) -> None:  # type: ignore[no-untyped-def]
    disputing = next(s for s in view_data.statements.values() if s["disputes"])
    target = disputing["disputes"][0]
    disputing["date"] = "2025-04-28"
    view_data.statements[target]["date"] = "2025-04"
    assert (disputing["id"], target) in timeline_items(view_data).links


def test_lanes_by_side_and_overflow(view_data) -> None:  # type: ignore[no-untyped-def]
    by_side = timeline_items(view_data, lanes="side")
    assert "Russia" in by_side.lanes  # Gerasimov and the Russian MoD speak for Russia
    narrow = timeline_items(view_data, max_lanes=1)
    assert narrow.lanes[-1] == OTHERS_LANE and len(narrow.lanes) == 3
    with pytest.raises(UsageError):
        timeline_items(view_data, lanes="colour")


def test_format_from_suffix_or_option(tmp_path: Path) -> None:
    assert timeline_format(tmp_path / "t.HTML", None) == "html"
    assert timeline_format(tmp_path / "t.png", None) == "png"
    assert timeline_format(tmp_path / "t", "svg") == "svg"
    with pytest.raises(UsageError):
        timeline_format(tmp_path / "t.pdf", None)


def test_write_html_png_svg(io_graph_store: Path, tmp_path: Path) -> None:
    store = open_store(io_graph_store, read_only=True)
    try:
        html = write_timeline(store, tmp_path / "t.html")
        png = write_timeline(store, tmp_path / "t.png")
        svg = write_timeline(store, tmp_path / "t.svg")
        write_timeline(store, tmp_path / "again.svg")
    finally:
        store.close()
    assert html.format == "html" and html.points > 0
    page = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<script src" not in page  # plotly.js inlined
    assert "Plotly.newPlot" in page and "Valery Gerasimov" in page
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    assert png.points == svg.points == html.points
    text = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert text == (tmp_path / "again.svg").read_text(encoding="utf-8")  # deterministic


def test_cli_timeline(io_graph_store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"FRONTLINE_STORE": None}
    out = tmp_path / "t.png"
    result = runner.invoke(
        app,
        ["timeline", "-o", str(out), "--lanes", "side", "--store", str(io_graph_store)],
        env=env,
    )
    assert result.exit_code == 0, result.output
    assert "(png)" in result.output and out.exists()
    bad = runner.invoke(
        app, ["timeline", "-o", str(tmp_path / "t.pdf"), "--store", str(io_graph_store)]
    )
    assert bad.exit_code == 2
    assert "Error: unknown timeline format 'pdf'" in bad.output
    bad = runner.invoke(
        app, ["timeline", "-o", str(out), "--lanes", "x", "--store", str(io_graph_store)], env=env
    )
    assert bad.exit_code == 2 and "unknown lanes" in bad.output
