"""Plotly figures, built by pure functions from rows the database already aggregated."""

from __future__ import annotations

import datetime as dt
import json

import plotly.graph_objects as go

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
COLOURS = {"meetings": "#0072B2", "cancellations": "#D55E00", "sanctions": "#009E73"}
LABELS = {"meetings": "Meetings held", "cancellations": "Cancelled or postponed",
          "sanctions": "Sanctions"}  # fmt: skip


def monthly_figure(rows: list[dict], title: str = "Per month") -> dict:
    """Grouped bars per month and series; every month between the first and last shown."""
    months = _month_range([_as_date(row["month"]) for row in rows])
    counts = {(_as_date(row["month"]), row["group"]): row["n"] for row in rows}
    figure = go.Figure()
    for group, colour in COLOURS.items():
        figure.add_trace(
            go.Bar(
                name=LABELS[group],
                x=[m.strftime("%Y-%m") for m in months],
                y=[counts.get((m, group), 0) for m in months],
                marker_color=colour,
                hovertemplate="%{x}: %{y} " + LABELS[group].lower() + "<extra></extra>",
            )
        )
    figure.update_layout(
        title={"text": title},
        barmode="group",
        xaxis={"title": {"text": "Month"}, "type": "category"},
        yaxis={
            "title": {"text": "Events"},
            "rangemode": "tozero",
            "dtick": 1 if _small(rows) else None,
        },
        legend={"orientation": "h", "y": -0.25},
        margin={"l": 50, "r": 20, "t": 50, "b": 80},
        height=380,
        template="plotly_white",
    )
    if not rows:
        figure.add_annotation(text="No dated events match", showarrow=False, x=0.5, y=0.5,
                              xref="paper", yref="paper")  # fmt: skip
    return json.loads(figure.to_json())


def _small(rows: list[dict]) -> bool:
    return max((row["n"] for row in rows), default=0) <= 5


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _month_range(months: list[dt.date]) -> list[dt.date]:
    if not months:
        return []
    first, last = min(months), max(months)
    found, current = [], dt.date(first.year, first.month, 1)
    while current <= last:
        found.append(current)
        current = dt.date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return found
