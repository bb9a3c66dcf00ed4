"""A timeline of statements and events: one lane per speaker (or side), disputes joined.

``timeline_items(data)`` lays the graph out as plain data (lanes, dated points, dispute links);
``write_timeline`` draws it with Plotly as a self-contained HTML file (plotly.js inlined, no
network) or with matplotlib as PNG or SVG (static images need no browser, so they also work where
Plotly's kaleido cannot start Chrome). Dates of month or year precision sit at the middle of their
period and are drawn hollow; undated statements cannot be placed and are counted in the title.
"""

from __future__ import annotations

import io
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from frontline.errors import UsageError
from frontline.queries import SelectStore
from frontline.view import DISPUTE_COLOUR, GraphData, collect, write_atomic

FORMATS: tuple[str, ...] = ("html", "png", "svg")
LANES: tuple[str, ...] = ("speaker", "side")
EVENTS_LANE = "Events"
OTHERS_LANE = "Others"
TYPE_COLOURS: dict[str, str] = {
    "Claim": "#4e79a7",
    "Denial": "#d62728",
    "Acknowledgement": "#59a14f",
    "Confirmation": "#2ca02c",
    "Report": "#9467bd",
    "Remark": "#7f7f7f",
    "Praise": "#e377c2",
    "Announcement": "#17becf",
    "Warning": "#ff7f0e",
    "Condemnation": "#8c564b",
    "Demand": "#bcbd22",
    "Accusation": "#a0522d",
    "Promise": "#1f77b4",
    "Assessment": "#aec7e8",
    "Event": "#333333",
}


@dataclass(frozen=True)
class Point:
    id: str
    lane: str
    when: date
    precise: bool
    kind: str  # "statement" or "event"
    type: str
    label: str
    text: str
    source: str


@dataclass
class Timeline:
    lanes: list[str] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (disputing, disputed)
    undated: int = 0


def parse_date(text: str) -> tuple[date, bool] | None:
    """An ISO date of any precision as a day (mid-period for months and years) and precision."""
    try:
        if len(text) == 4:
            return date(int(text), 7, 1), False
        if len(text) == 7:
            return date(int(text[:4]), int(text[5:7]), 15), False
        return date.fromisoformat(text[:10]), True
    except ValueError:
        return None


def timeline_items(data: GraphData, *, lanes: str = "speaker", max_lanes: int = 25) -> Timeline:
    """Dated statements and events in lanes (by speaker or by side), with dispute links."""
    if lanes not in LANES:
        raise UsageError(f"unknown lanes {lanes!r}", None, f"use one of: {', '.join(LANES)}")

    def lane_of(speaker: str) -> str:
        return data.side(speaker) if lanes == "side" else data.label(speaker)

    def source(articles: list[str]) -> str:
        for iri in articles:
            art = data.articles.get(iri)
            if art:
                return " — ".join(x for x in (art["title"], art["publisher"]) if x)
        return ""

    result = Timeline()
    points: list[Point] = []
    for st_id, st in sorted(data.statements.items()):
        parsed = parse_date(st["date"]) if st["date"] else None
        if parsed is None:
            result.undated += 1
            continue
        points.append(
            Point(st_id, lane_of(st["speaker"]), parsed[0], parsed[1], "statement", st["type"],
                  st["speakerLabel"], st["content"] or " | ".join(st["quotation"]),
                  source(st["articles"]))
        )  # fmt: skip
    for ev_id, ev in sorted(data.events.items()):
        parsed = parse_date(ev["date"]) if ev["date"] else None
        if parsed is None:
            result.undated += 1
            continue
        points.append(
            Point(ev_id, EVENTS_LANE, parsed[0], parsed[1], "event", ev["type"], ev["label"],
                  ev["evidence"], source(ev["articles"]))
        )  # fmt: skip
    counts = Counter(p.lane for p in points if p.kind == "statement")
    ranked = sorted(counts, key=lambda lane: (-counts[lane], lane))
    kept = set(ranked[:max_lanes])
    merged = [
        p if p.kind == "event" or p.lane in kept else _with_lane(p, OTHERS_LANE) for p in points
    ]
    result.points = sorted(merged, key=lambda p: (p.when, p.lane, p.id))
    result.lanes = ([EVENTS_LANE] if any(p.kind == "event" for p in merged) else []) + sorted(
        kept, key=lambda lane: (-counts[lane], lane)
    )
    if len(ranked) > max_lanes:
        result.lanes.append(OTHERS_LANE)
    placed = {p.id for p in result.points}
    result.links = sorted(
        (st_id, target)
        for st_id, st in data.statements.items()
        for target in st["disputes"]
        if st_id in placed and target in placed
    )
    return result


def _with_lane(point: Point, lane: str) -> Point:
    return Point(point.id, lane, point.when, point.precise, point.kind, point.type, point.label,
                 point.text, point.source)  # fmt: skip


def _title(timeline: Timeline, title: str) -> str:
    extra = f" ({timeline.undated} undated items not shown)" if timeline.undated else ""
    return title + extra


# --------------------------------------------------------------------------------------------
# Plotly (HTML)
# --------------------------------------------------------------------------------------------


def plotly_figure(timeline: Timeline, *, title: str = "frontline timeline") -> Any:
    import plotly.graph_objects as go

    fig = go.Figure()
    by_id = {p.id: p for p in timeline.points}
    for source_id, target_id in timeline.links:
        a, b = by_id[source_id], by_id[target_id]
        fig.add_trace(
            go.Scatter(
                x=[a.when, b.when], y=[a.lane, b.lane], mode="lines",
                line={"color": DISPUTE_COLOUR, "width": 2, "dash": "dot"},
                hoverinfo="skip", showlegend=False, name="disputes",
            )
        )  # fmt: skip
    types = sorted({p.type if p.kind == "statement" else "Event" for p in timeline.points})
    for kind in types:
        group = [
            p for p in timeline.points if (p.type if p.kind == "statement" else "Event") == kind
        ]
        fig.add_trace(
            go.Scatter(
                x=[p.when for p in group],
                y=[p.lane for p in group],
                mode="markers",
                name=kind,
                marker={
                    "size": 11,
                    "color": TYPE_COLOURS.get(kind, "#555555"),
                    "symbol": [
                        ("star" if p.kind == "event" else "circle") + ("" if p.precise else "-open")
                        for p in group
                    ],
                    "line": {"width": 1.5, "color": TYPE_COLOURS.get(kind, "#555555")},
                },
                customdata=[[p.id] for p in group],
                hovertext=[_hover(p) for p in group],
                hoverinfo="text",
            )
        )
    if timeline.links:
        fig.add_trace(
            go.Scatter(
                x=[None], y=[None], mode="lines", name="disputes",
                line={"color": DISPUTE_COLOUR, "width": 2, "dash": "dot"},
            )
        )  # fmt: skip
    fig.update_layout(
        title=_title(timeline, title),
        template="plotly_white",
        height=max(400, 140 + 28 * len(timeline.lanes)),
        yaxis={"categoryorder": "array", "categoryarray": list(reversed(timeline.lanes)),
               "title": None, "automargin": True},
        xaxis={"title": "date", "type": "date"},
        legend={"title": "type"},
        hoverlabel={"align": "left"},
    )  # fmt: skip
    return fig


def _hover(point: Point) -> str:
    from html import escape

    lines = [
        f"<b>{escape(point.label)}</b> — {escape(point.type)}",
        point.when.isoformat() if point.precise else f"{point.when:%Y-%m} (approximate)",
    ]
    lines += [escape(line) for line in textwrap.wrap(point.text, 70)[:6]]
    if point.source:
        lines.append(f"<i>{escape(point.source)}</i>")
    return "<br>".join(lines)


# --------------------------------------------------------------------------------------------
# matplotlib (PNG, SVG)
# --------------------------------------------------------------------------------------------


def matplotlib_image(timeline: Timeline, fmt: str, *, title: str = "frontline timeline") -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "frontline"  # stable ids in SVG output
    lanes = timeline.lanes or ["(no dated statements)"]
    row = {lane: len(lanes) - 1 - i for i, lane in enumerate(lanes)}
    fig, ax = plt.subplots(figsize=(12, max(3.0, 1.0 + 0.38 * len(lanes))), dpi=110)
    by_id = {p.id: p for p in timeline.points}
    for source_id, target_id in timeline.links:
        a, b = by_id[source_id], by_id[target_id]
        ax.plot([mdates.date2num(a.when), mdates.date2num(b.when)], [row[a.lane], row[b.lane]],
                color=DISPUTE_COLOUR,
                linestyle=":", linewidth=1.5, zorder=1)  # fmt: skip
    seen: set[str] = set()
    for point in timeline.points:
        kind = point.type if point.kind == "statement" else "Event"
        colour = TYPE_COLOURS.get(kind, "#555555")
        ax.scatter(
            [mdates.date2num(point.when)], [row[point.lane]],
            marker="*" if point.kind == "event" else "o",
            s=110 if point.kind == "event" else 55,
            facecolors=colour if point.precise else "none", edgecolors=colour, linewidths=1.4,
            label=kind if kind not in seen else None, zorder=2,
        )  # fmt: skip
        seen.add(kind)
    if timeline.links:
        ax.plot([], [], color=DISPUTE_COLOUR, linestyle=":", label="disputes")
    ax.set_yticks(range(len(lanes)))
    ax.set_yticklabels(list(reversed(lanes)), fontsize=8)
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    fig.autofmt_xdate()
    ax.grid(axis="x", color="#eeeeee")
    ax.set_title(_title(timeline, title), fontsize=11)
    if seen:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    fig.tight_layout()
    buffer = io.BytesIO()
    metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(buffer, format=fmt, metadata=metadata)
    plt.close(fig)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------------------------


def timeline_format(output: Path, fmt: str | None) -> str:
    """The format to write: ``fmt`` if given, else the output's suffix."""
    chosen = (fmt or Path(output).suffix.lstrip(".") or "html").strip().lower()
    if chosen == "htm":
        chosen = "html"
    if chosen not in FORMATS:
        raise UsageError(
            f"unknown timeline format {chosen!r}",
            str(output),
            f"use one of: {', '.join(FORMATS)} (by --format or the file suffix)",
        )
    return chosen


@dataclass(frozen=True)
class TimelineSummary:
    format: str
    lanes: int
    points: int
    disputes: int
    undated: int


def write_timeline(
    store: SelectStore,
    output: Path,
    *,
    fmt: str | None = None,
    lanes: str = "speaker",
    max_lanes: int = 25,
    title: str = "frontline timeline",
) -> TimelineSummary:
    """Draw the statements and events of ``store`` on a time axis into ``output``."""
    chosen = timeline_format(output, fmt)
    timeline = timeline_items(collect(store), lanes=lanes, max_lanes=max_lanes)
    if chosen == "html":
        figure = plotly_figure(timeline, title=title)
        content: str | bytes = figure.to_html(
            include_plotlyjs=True, full_html=True, config={"displaylogo": False}
        )
    else:
        content = matplotlib_image(timeline, chosen, title=title)
    write_atomic(output, content)
    return TimelineSummary(
        chosen, len(timeline.lanes), len(timeline.points), len(timeline.links), timeline.undated
    )
