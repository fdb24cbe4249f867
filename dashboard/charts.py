"""Plotly figures, built by pure functions from rows the database already aggregated.

Every figure is a plain JSON-ready dict in plotly.js's own schema (the browser draws it with
our own plotly.js), handles zero and one data point, and uses the Okabe–Ito palette, which
stays distinguishable with the common colour-vision deficiencies. The dicts are written
directly rather than through plotly.graph_objects, whose validation and embedded template
cost more than the rest of a page; tests/test_charts.py checks their shape.
"""

from __future__ import annotations

import datetime as dt
import math

from .extraction.ontology import EVENT_TYPES

COLOURS = {"meetings": "#0072B2", "cancellations": "#D55E00", "sanctions": "#009E73"}
LABELS = {"meetings": "Meetings held", "cancellations": "Cancelled or postponed",
          "sanctions": "Sanctions"}  # fmt: skip
# Okabe–Ito for event types, cycling: blue, vermillion, green, purple, orange, sky, yellow.
# (Its yellow is left out: too faint on white.)
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
UNIT_LABELS = {"week": "Week", "month": "Month", "quarter": "Quarter"}


def choose_unit(first: dt.date | None, last: dt.date | None) -> str:
    """Weeks for a short range, quarters for a long one, months otherwise."""
    if first is None or last is None:
        return "month"
    days = (last - first).days
    if days <= 92:
        return "week"
    if days > 3 * 366:
        return "quarter"
    return "month"


def period_figure(rows: list[dict], unit: str, title: str) -> dict:
    """Grouped bars per period and series; every period between the first and last shown."""
    periods = _period_range([_as_date(row["period"]) for row in rows], unit)
    counts = {(_as_date(row["period"]), row["group"]): row["n"] for row in rows}
    labels = [_period_label(p, unit) for p in periods]
    traces = [
        {
            "type": "bar",
            "name": LABELS[group],
            "x": labels,
            "y": [counts.get((p, group), 0) for p in periods],
            "marker": {"color": colour},
            "hovertemplate": "%{x}: %{y} " + LABELS[group].lower() + "<extra></extra>",
        }
        for group, colour in COLOURS.items()
    ]
    layout = _layout(title, UNIT_LABELS[unit], "Events", small=_small(rows))
    layout["barmode"] = "group"
    layout["xaxis"]["type"] = "category"
    return _figure(traces, layout, None if rows else "No dated events match")


def stalling_figure(rows: list[dict]) -> dict:
    """Per quarter: meetings held against meetings cancelled, postponed or not held."""
    periods = _period_range([_as_date(row["period"]) for row in rows], "quarter")
    counts = {(_as_date(row["period"]), row["group"]): row["n"] for row in rows}
    labels = [_period_label(p, "quarter") for p in periods]
    traces = [
        {
            "type": "scatter",
            "name": LABELS[group],
            "x": labels,
            "y": [counts.get((p, group), 0) for p in periods],
            "mode": "lines+markers",
            "line": {"color": COLOURS[group], "width": 3},
            "marker": {"size": 9, "symbol": "circle" if group == "meetings" else "x"},
            "hovertemplate": "%{x}: %{y} " + LABELS[group].lower() + "<extra></extra>",
        }
        for group in ("meetings", "cancellations")
    ]
    layout = _layout("Stalling: held vs called off, per quarter", "Quarter", "Events",
                     small=_small(rows))  # fmt: skip
    layout["xaxis"]["type"] = "category"
    return _figure(traces, layout, None if rows else "No meetings or cancellations match")


def timeline_figure(points: list[dict], event_url) -> dict:
    """Each event a marker: date against type; hover shows the summary and the sources;
    clicking opens the event page (customdata carries its URL)."""
    traces = []
    by_type: dict[str, list[dict]] = {}
    for point in points:
        by_type.setdefault(point["event_type"], []).append(point)
    for index, (event_type, items) in enumerate(sorted(by_type.items())):
        label = EVENT_TYPES[event_type].label
        colour = PALETTE[index % len(PALETTE)]
        traces.append(
            {
                "type": "scatter",
                "name": label,
                "x": [p["date"].isoformat() for p in items],
                "y": [label] * len(items),
                "mode": "markers",
                "marker": {
                    "size": [8 + 3 * min(p["sources"], 5) for p in items],
                    "color": colour,
                    "symbol": [
                        "circle" if p["status"] == "occurred" else "circle-open" for p in items
                    ],
                    "line": {"width": 2, "color": colour},
                },
                "customdata": [[event_url(p["id"]), p["sources"]] for p in items],
                "text": [_wrap(p["summary"]) for p in items],
                "hovertemplate": "%{x}<br>%{text}<br>%{customdata[1]} source(s)<extra></extra>",
            }
        )
    layout = _layout("Timeline: click an event to open it (open circle: not held)", "Date", "")
    layout.update(height=max(320, 60 + 34 * len(by_type)), showlegend=False)
    layout["xaxis"]["type"] = "date"
    return _figure(traces, layout, None if points else "No events match")


MATRIX_ACTORS = 15


def meeting_matrix_figure(pairs: list[dict], totals: dict[str, int], pair_url) -> dict:
    """Who met whom as an adjacency matrix of the MATRIX_ACTORS actors with the most meetings:
    a cell per pair, darker for more distinct meetings, its count written in it and on
    hover; a click opens the events of that pair (`pair_url(a_slug, b_slug)`). Rows and
    columns in one order, so the matrix is symmetric and reads from either side."""
    ranked = sorted(totals, key=lambda name: (-totals[name], name))[:MATRIX_ACTORS]
    index = {name: i for i, name in enumerate(ranked)}
    size = len(ranked)
    counts: list[list[int | None]] = [[None] * size for _ in range(size)]
    links: list[list[str]] = [[""] * size for _ in range(size)]
    for pair in pairs:
        a, b = index.get(pair["a_name"]), index.get(pair["b_name"])
        if a is None or b is None:
            continue
        url = pair_url(pair["a_slug"], pair["b_slug"])
        for row, column in ((a, b), (b, a)):
            counts[row][column] = pair["meetings"]
            links[row][column] = url
    labels = [f"{name} ({totals[name]})" for name in ranked]
    trace = {
        "type": "heatmap",
        "x": labels,
        "y": labels,
        "z": counts,
        "customdata": [[[link] for link in row] for row in links],
        "colorscale": [[0, "#DEEBF7"], [1, "#08306B"]],
        "zmin": 0,
        "xgap": 1,
        "ygap": 1,
        "texttemplate": "%{z}",
        "hoverongaps": False,
        "colorbar": {"title": {"text": "Meetings"}, "thickness": 12},
        "hovertemplate": "%{y} and %{x}:<br>%{z} meeting(s) together<extra></extra>",
    }
    layout = _layout("Who met whom: meetings held together (click a cell for them)", "", "")
    layout["height"] = max(360, 140 + 26 * size)
    layout["xaxis"].update(tickangle=-45, side="bottom", showgrid=False)
    layout["yaxis"].update(autorange="reversed", showgrid=False)
    layout["yaxis"].pop("rangemode")
    layout["margin"] = {"l": 10, "r": 10, "t": 50, "b": 10}
    return _figure(
        [trace] if ranked else [],
        layout,
        None if ranked else "No meetings of two named people match",
    )


def map_figure(counts: list, place_url) -> dict:
    """Event places on a world map: a circle per place, its area growing with the number of
    events; hover names the place and the count, a click opens the events there
    (`place_url(name)`). The world's outline comes from our own static files (charts.js
    sets plotly.js's topojsonURL), never from a CDN."""
    heaviest = max((c.count for c in counts), default=1)
    trace = {
        "type": "scattergeo",
        "lat": [c.place.lat for c in counts],
        "lon": [c.place.lon for c in counts],
        "text": [c.place.name for c in counts],
        "customdata": [[place_url(c.place.name), c.count] for c in counts],
        "mode": "markers",
        "marker": {
            "size": [8 + 28 * math.sqrt(c.count / heaviest) for c in counts],
            "color": "#0072B2",
            "opacity": 0.75,
            "line": {"width": 1, "color": "white"},
        },
        "hovertemplate": "%{text}: %{customdata[1]} event(s)<extra></extra>",
    }
    layout = _layout("Event places: click one for its events", "", "")
    for axis in ("xaxis", "yaxis"):
        layout.pop(axis)
    # No height: the map takes its container's, which the stylesheet scales with the width
    # (a fixed height left a phone's map a strip between two blank bands).
    layout.pop("height")
    layout.update(margin={"l": 0, "r": 0, "t": 50, "b": 0}, showlegend=False)
    layout["geo"] = {
        "scope": "world",
        "resolution": 50,
        "projection": {"type": "natural earth"},
        "showcountries": True,
        "countrycolor": "#B0B7C3",
        "showland": True,
        "landcolor": "#F3F4F1",
        "showocean": True,
        "oceancolor": "#EAF2FA",
        "showlakes": False,
        "coastlinecolor": "#9AA3AF",
        "fitbounds": "locations" if counts else False,
    }
    if counts:
        layout["updatemenus"] = [_map_views()]
    return _figure(
        [trace] if counts else [], layout, None if counts else "No event of a known place matches"
    )


# Views the map offers besides every place at once: most places of the record crowd into the
# Korean peninsula, a few pixels wide on a world map. (centre latitude, longitude, zoom)
MAP_VIEWS = {"Korean peninsula": (38.9, 127.0, 11), "East Asia": (33.0, 120.0, 3.2)}


def _map_views() -> dict:
    """Buttons in the map's lower left corner (open sea at every view): every place (the
    bounds of the points), or a region."""
    everywhere = {"label": "All places", "method": "relayout",
                  "args": [{"geo.fitbounds": "locations"}]}  # fmt: skip
    regions = [
        {
            "label": label,
            "method": "relayout",
            "args": [
                {
                    "geo.fitbounds": False,
                    "geo.center.lat": lat,
                    "geo.center.lon": lon,
                    "geo.projection.scale": zoom,
                }
            ],
        }
        for label, (lat, lon, zoom) in MAP_VIEWS.items()
    ]
    return {"type": "buttons", "direction": "right", "buttons": [everywhere, *regions],
            "x": 0.01, "xanchor": "left", "y": 0.02, "yanchor": "bottom", "pad": {"b": 4},
            "showactive": True, "bgcolor": "white", "bordercolor": GRID}  # fmt: skip


# ---------------------------------------------------------------------- helpers
# The look of Plotly's "plotly_white" template, spelled out: plotly.js has no named templates.
INK, GRID = "#2a3f5f", "#EBF0F8"


def _axis(title: str) -> dict:
    return {
        "title": {"text": title},
        "gridcolor": GRID,
        "linecolor": GRID,
        "zerolinecolor": GRID,
        "automargin": True,
    }


def _layout(title: str, x: str, y: str, small: bool = False) -> dict:
    yaxis = _axis(y)
    yaxis["rangemode"] = "tozero"
    if small:
        yaxis["dtick"] = 1
    return {
        "title": {"text": title, "x": 0.05},
        "xaxis": _axis(x),
        "yaxis": yaxis,
        "legend": {"orientation": "h", "y": -0.25},
        "margin": {"l": 60, "r": 20, "t": 50, "b": 70},
        "height": 380,
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "font": {"size": 13, "color": INK},
        "colorway": PALETTE,
        "hoverlabel": {"align": "left"},
    }


def _figure(traces: list[dict], layout: dict, empty_message: str | None) -> dict:
    """The figure; with nothing to draw, the message in place of the plot."""
    if empty_message:
        layout["annotations"] = [
            {"text": empty_message, "showarrow": False, "x": 0.5, "y": 0.5, "xref": "paper",
             "yref": "paper", "font": {"size": 15}}
        ]  # fmt: skip
    return {"data": traces, "layout": layout}


def _small(rows: list[dict]) -> bool:
    return max((row["n"] for row in rows), default=0) <= 5


def _wrap(text: str, width: int = 60) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _period_label(period: dt.date, unit: str) -> str:
    if unit == "quarter":
        return f"{period.year} Q{(period.month - 1) // 3 + 1}"
    if unit == "week":
        return period.isoformat()
    return period.strftime("%Y-%m")


def _next(period: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return period + dt.timedelta(weeks=1)
    months = 3 if unit == "quarter" else 1
    index = period.year * 12 + period.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _period_range(periods: list[dt.date], unit: str) -> list[dt.date]:
    if not periods:
        return []
    found, current, last = [], min(periods), max(periods)
    while current <= last:
        found.append(current)
        current = _next(current, unit)
    return found
