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
from collections.abc import Callable
from dataclasses import dataclass

from .extraction.ontology import EVENT_TYPES
from .extraction.records import date_label

# Okabe–Ito, less its yellow (too faint on white).
BLUE, VERMILLION, GREEN, PURPLE = "#0072B2", "#D55E00", "#009E73", "#CC79A7"
ORANGE, SKY, BLACK = "#E69F00", "#56B4E9", "#000000"
PALETTE = [BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY, BLACK]


@dataclass(frozen=True)
class TypeStyle:
    """How an event type is drawn everywhere: its colour, and a bar pattern for the types
    that share a colour (sixteen types, seven colours: a pattern, not a colour reused
    silently, tells two of one colour apart). `css` names the pattern for the badges."""

    colour: str
    pattern: str = ""  # plotly.js marker.pattern.shape

    @property
    def css(self) -> str:
        return {"": "solid", "/": "stripes", ".": "dots", "x": "cross"}[self.pattern]


# Fixed by the type, never by its place in a filtered list. The related types share a
# colour: every meeting type the blue of the "meetings held" series, both ways of calling off
# the vermillion of "cancelled or postponed", sanctions the green of "sanctions".
TYPE_STYLES: dict[str, TypeStyle] = {
    "meeting": TypeStyle(BLUE),
    "summit": TypeStyle(BLUE, "/"),
    "visit": TypeStyle(BLUE, "."),
    "negotiation": TypeStyle(BLUE, "x"),
    "cancellation": TypeStyle(VERMILLION),
    "postponement": TypeStyle(VERMILLION, "/"),
    "sanction": TypeStyle(GREEN),
    "sanction_relief": TypeStyle(GREEN, "/"),
    "statement": TypeStyle(SKY),
    "letter": TypeStyle(SKY, "/"),
    "demand": TypeStyle(ORANGE),
    "threat": TypeStyle(ORANGE, "/"),
    "agreement": TypeStyle(PURPLE),
    "appointment": TypeStyle(PURPLE, "/"),
    "weapons_test": TypeStyle(BLACK),
    "military_exercise": TypeStyle(BLACK, "/"),
}
COLOURS = {
    "meetings": TYPE_STYLES["meeting"].colour,
    "cancellations": TYPE_STYLES["cancellation"].colour,
    "sanctions": TYPE_STYLES["sanction"].colour,
}
LABELS = {"meetings": "Meetings held", "cancellations": "Cancelled or postponed",
          "sanctions": "Sanctions"}  # fmt: skip
UNITS = ("week", "month", "quarter", "year")
UNIT_LABELS = {"week": "Week", "month": "Month", "quarter": "Quarter", "year": "Year"}

# A bar's click target: (series or type key, first day, last day of the period) -> URL.
Link = Callable[[str, dt.date, dt.date, str], str]


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


def period_figure(
    rows: list[dict], unit: str, title: str, by: str = "series", link: Link | None = None
) -> dict:
    """Bars per period: the three series side by side (`by="series"`), or one stacked bar
    per event type present (`by="type"`), each in its type's colour. Every period between
    the first and last is shown. Rows without a period (dated too coarsely for the unit)
    are not drawn; the figure's `note` says how many. With `link`, each bar carries the
    address of the events table of its period and series or type (customdata)."""
    placed = [row for row in rows if row["period"] is not None]
    periods = _period_range([_as_date(row["period"]) for row in placed], unit)
    counts = {(_as_date(row["period"]), row["group"]): row["n"] for row in placed}
    labels = [_period_label(p, unit) for p in periods]
    if by == "series":
        groups = list(LABELS)
    else:
        present = {row["group"] for row in placed}
        groups = [key for key in EVENT_TYPES if key in present]
    traces = []
    for group in groups:
        name = LABELS[group] if by == "series" else EVENT_TYPES[group].label
        trace = {
            "type": "bar",
            "name": name,
            "x": labels,
            "y": [counts.get((p, group), 0) for p in periods],
            "marker": _bar_marker(group, by),
            "hovertemplate": "%{x}: %{y} " + name.lower() + "<extra></extra>",
        }
        if link is not None:
            trace["customdata"] = _targets(link, group, periods, unit)
            trace["hovertemplate"] = trace["hovertemplate"].replace(
                "<extra>", "<br>click to list them<extra>"
            )
        traces.append(trace)
    stacked = [{"n": sum(trace["y"][i] for trace in traces)} for i in range(len(periods))]
    layout = _layout(title, UNIT_LABELS[unit], "Events", small=_small(stacked))
    layout["barmode"] = "group" if by == "series" else "stack"
    layout["legend"]["traceorder"] = "normal"  # stacked: the types in their own order
    layout["xaxis"]["type"] = "category"
    figure = _figure(traces, layout, _empty_periods(rows, placed, unit))
    figure["note"] = coarse_note(rows, unit)
    return figure


def stalling_figure(rows: list[dict], unit: str = "quarter", link: Link | None = None) -> dict:
    """Per period: meetings held against meetings cancelled, postponed or not held."""
    placed = [row for row in rows if row["period"] is not None]
    periods = _period_range([_as_date(row["period"]) for row in placed], unit)
    counts = {(_as_date(row["period"]), row["group"]): row["n"] for row in placed}
    labels = [_period_label(p, unit) for p in periods]
    traces = []
    for group in ("meetings", "cancellations"):
        trace = {
            "type": "scatter",
            "name": LABELS[group],
            "x": labels,
            "y": [counts.get((p, group), 0) for p in periods],
            "mode": "lines+markers",
            "line": {"color": COLOURS[group], "width": 3},
            "marker": {"size": 9, "symbol": "circle" if group == "meetings" else "x"},
            "hovertemplate": "%{x}: %{y} " + LABELS[group].lower() + "<extra></extra>",
        }
        if link is not None:
            trace["customdata"] = _targets(link, group, periods, unit)
        traces.append(trace)
    layout = _layout(f"Stalling: held vs called off, per {unit}", UNIT_LABELS[unit], "Events",
                     small=_small(placed))  # fmt: skip
    layout["xaxis"]["type"] = "category"
    return _figure(traces, layout, None if placed else "No meetings or cancellations match")


def coarse_note(rows: list[dict], unit: str) -> str:
    """What the bars leave out: "Not drawn per week: 3 events dated only to a month." """
    left_out: dict[str, int] = {}
    for row in rows:
        if row["period"] is None:
            left_out[row["coarse"]] = left_out.get(row["coarse"], 0) + row["n"]
    if not left_out:
        return ""
    parts = [
        f"{n} event{'s' if n != 1 else ''} dated only to a {precision}"
        for precision, n in sorted(left_out.items(), key=lambda item: item[0] != "month")
    ]
    return f"Not drawn per {unit} (their {unit} is unknown): " + " and ".join(parts) + "."


# How the timeline marks what is known of an event: the symbol says whether it took place,
# a hollow symbol that its date was inferred, a bar behind it the period it may fall in.
STATUS_SYMBOLS = {"occurred": "circle", "planned": "square"}  # anything else: not held, "x"
TIMELINE_KEY = [
    ("circle", "Took place, dated to the day"),
    ("square", "Planned"),
    ("x", "Not held: cancelled, postponed or did not occur"),
    ("circle-open", "Hollow: date inferred, not stated"),
]


def timeline_figure(points: list[dict], event_url) -> dict:
    """Each event a marker: date against type, in the type's colour. An event dated only to a
    month or a year, or lasting several days, is drawn as a bar over that span with its
    marker in the middle; hover shows the date as precisely as it is known, the summary and
    the sources; clicking opens the event page (customdata carries its URL)."""
    by_type: dict[str, list[dict]] = {}
    for point in points:
        by_type.setdefault(point["event_type"], []).append(point)
    ordered = [key for key in EVENT_TYPES if key in by_type]
    traces = []
    for event_type in ordered:
        traces += _timeline_traces(event_type, by_type[event_type], event_url)
    if points:
        traces += _timeline_key()
    layout = _layout("Timeline: click an event to open it", "", "")
    layout["title"]["subtitle"] = {"text": "A bar: dated only to a month or year (or several days)"}
    layout.update(height=max(360, 130 + 34 * len(ordered)), showlegend=bool(points))
    layout["legend"] = {"orientation": "h", "y": -0.2, "itemclick": False,
                        "itemdoubleclick": False}  # fmt: skip
    layout["xaxis"]["type"] = "date"
    rows = [EVENT_TYPES[key].label for key in reversed(ordered)]  # first type on top
    layout["yaxis"].update(categoryorder="array", categoryarray=rows)
    return _figure(traces, layout, None if points else "No events match")


def _timeline_traces(event_type: str, items: list[dict], event_url) -> list[dict]:
    label, colour = EVENT_TYPES[event_type].label, TYPE_STYLES[event_type].colour
    spans = [(p, _span(p)) for p in items]
    xs, ys = [], []
    for _, span in spans:
        if span is not None:
            xs += [span[0].isoformat(), span[1].isoformat(), None]
            ys += [label, label, None]
    traces = []
    if xs:
        traces.append({
            "type": "scatter", "mode": "lines", "x": xs, "y": ys, "showlegend": False,
            "hoverinfo": "skip", "opacity": 0.45, "line": {"color": colour, "width": 9},
            "name": f"{label} spans",
        })  # fmt: skip
    traces.append(
        {
            "type": "scatter",
            "name": label,
            "showlegend": False,
            "x": [_middle(p, span).isoformat() for p, span in spans],
            "y": [label] * len(items),
            "mode": "markers",
            "marker": {
                "size": [8 + 3 * min(p["sources"], 5) for p in items],
                "color": colour,
                "symbol": [timeline_symbol(p) for p in items],
                "line": {"width": 2, "color": colour},
            },
            "customdata": [[event_url(p["id"]), p["sources"], _when(p)] for p in items],
            "text": [_wrap(p["summary"]) for p in items],
            "hovertemplate": "%{customdata[2]}<br>%{text}<br>%{customdata[1]} source(s)"
            "<extra></extra>",
        }
    )
    return traces


def timeline_symbol(point: dict) -> str:
    """Circle if it took place, square if planned, x if not held; hollow if the date was
    inferred rather than stated."""
    symbol = STATUS_SYMBOLS.get(point["status"], "x")
    return f"{symbol}-open" if point.get("date_inferred") else symbol


def _timeline_key() -> list[dict]:
    """Legend entries only (no points): what the symbols and the bars mean."""
    key = [
        {"type": "scatter", "mode": "markers", "x": [None], "y": [None], "name": text,
         "hoverinfo": "skip",
         "marker": {"symbol": symbol, "size": 10, "color": INK, "line": {"width": 2, "color": INK}}}
        for symbol, text in TIMELINE_KEY
    ]  # fmt: skip
    key.append({"type": "scatter", "mode": "lines", "x": [None], "y": [None],
                "name": "Bar: dated only to a month or year",  "hoverinfo": "skip",
                "line": {"color": INK, "width": 9}, "opacity": 0.45})  # fmt: skip
    return key


def _span(point: dict) -> tuple[dt.date, dt.date] | None:
    """The days an event may fall on or lasts, when more than one."""
    start, end = point["date"], point.get("end_date")
    if point["date_precision"] == "year":
        end = dt.date(start.year, 12, 31)
    elif point["date_precision"] == "month":
        end = _next(start.replace(day=1), "month") - dt.timedelta(days=1)
    return (start, end) if end and end > start else None


def _middle(point: dict, span: tuple[dt.date, dt.date] | None) -> dt.date:
    """Where the marker stands: the day, or the middle of the month or year it is dated to
    (not its first day, which the text never said); a multi-day event at its first day."""
    if span is None or point["date_precision"] == "day":
        return point["date"]
    return span[0] + (span[1] - span[0]) / 2


def _when(point: dict) -> str:
    label = date_label(point["date"], point["date_precision"])
    if point["date_precision"] != "day":
        label += f" ({point['date_precision']} only)"
    elif point.get("end_date") and point["end_date"] > point["date"]:
        label += f" to {point['end_date'].isoformat()}"
    return label + (", date inferred" if point.get("date_inferred") else "")


def _targets(link: Link, group: str, periods: list[dt.date], unit: str) -> list[list[str]]:
    """Each period's click target, as customdata (static/js/charts.js opens it)."""
    return [[link(group, p, _next(p, unit) - dt.timedelta(days=1), unit)] for p in periods]


def _bar_marker(group: str, by: str) -> dict:
    if by == "series":
        return {"color": COLOURS[group]}
    style = TYPE_STYLES[group]
    marker = {"color": style.colour, "line": {"color": style.colour, "width": 1}}
    if style.pattern:
        marker["pattern"] = {
            "shape": style.pattern,
            "bgcolor": style.colour,
            "fgcolor": "white",
            "solidity": 0.3,
        }
    return marker


def _empty_periods(rows: list[dict], placed: list[dict], unit: str) -> str | None:
    if placed:
        return None
    if rows:
        return f"No event matching is dated to a {unit}: see below"
    return "No dated events match"


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
    if unit == "year":
        return str(period.year)
    if unit == "quarter":
        return f"{period.year} Q{(period.month - 1) // 3 + 1}"
    if unit == "week":
        return period.isoformat()
    return period.strftime("%Y-%m")


def _next(period: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return period + dt.timedelta(weeks=1)
    months = {"quarter": 3, "year": 12}.get(unit, 1)
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
