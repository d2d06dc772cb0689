"""Chart geometry computed on the server, drawn as inline SVG: no script, no CDN, nothing to inject."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from .text import format_value, parse_date

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
           "#17becf", "#7f7f7f", "#bcbd22"]
WIDTH = 760
LEFT, RIGHT, TOP, BOTTOM = 150, 20, 20, 40


@dataclass
class Chart:
    """Everything a template needs to draw one chart."""

    width: int
    height: int
    points: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    lanes: list[dict[str, Any]] = field(default_factory=list)
    x_ticks: list[dict[str, Any]] = field(default_factory=list)
    y_ticks: list[dict[str, Any]] = field(default_factory=list)
    legend: list[dict[str, Any]] = field(default_factory=list)
    log_scale: bool = False
    skipped: int = 0


def _time_axis(dates: list[dt.datetime], width: int) -> tuple[Any, list[dict[str, Any]]]:
    low, high = min(dates), max(dates)
    span = (high - low).total_seconds()
    if span < 4 * 86400:  # a single day or a few: widen to a week so the ticks differ
        low -= dt.timedelta(seconds=(7 * 86400 - span) / 2)
        span = 7 * 86400.0
    low -= dt.timedelta(seconds=span * 0.05)
    span *= 1.1
    usable = width - LEFT - RIGHT

    def x_of(value: dt.datetime) -> float:
        return round(LEFT + (value - low).total_seconds() / span * usable, 1)

    ticks = []
    for i in range(5):
        moment = low + dt.timedelta(seconds=span * (i + 0.5) / 5)
        ticks.append({"x": x_of(moment), "label": moment.strftime("%Y-%m-%d")})
    return x_of, ticks


def timeline(appearances: list[dict[str, Any]]) -> Chart | None:
    """One lane per outlet, one dot per appearance, so the spread of a figure reads at a glance."""
    usable: list[tuple[dt.datetime, dict[str, Any]]] = []
    for a in appearances:
        moment = parse_date(a.get("published") or a.get("fetched_at"))
        if moment is not None:
            usable.append((moment, a))
    if not usable:
        return None
    outlets: list[str] = []
    for _, a in usable:
        if a["source"] not in outlets:
            outlets.append(a["source"])
    lane_height = 28
    height = TOP + BOTTOM + lane_height * len(outlets)
    x_of, ticks = _time_axis([d for d, _ in usable], WIDTH)
    chart = Chart(WIDTH, height, x_ticks=ticks, skipped=len(appearances) - len(usable))
    for i, name in enumerate(outlets):
        chart.lanes.append({"name": name, "y": TOP + lane_height * i + lane_height / 2})
    lane_y = {lane["name"]: lane["y"] for lane in chart.lanes}
    for n, (moment, a) in enumerate(usable):
        chart.points.append({
            "x": x_of(moment),
            "y": lane_y[a["source"]],
            "color": PALETTE[1] if n == 0 else PALETTE[0],
            "label": f"{moment:%Y-%m-%d} {a['source']}: {a.get('title') or ''}",
            "role": "origin" if n == 0 else (a.get("group_role") or ""),
        })
    return chart


def _y_axis(values: list[float], height: int) -> tuple[Any, list[dict[str, Any]], bool]:
    positive = [v for v in values if v > 0]
    log_scale = len(positive) == len(values) and max(values) / min(values) >= 100
    if log_scale:
        low, high = math.log10(min(values)), math.log10(max(values))
    else:
        low, high = min(0.0, min(values)), max(values)
    if high == low:
        high = low + 1
    pad = (high - low) * 0.08
    low, high = low - (pad if log_scale else 0), high + pad
    usable = height - TOP - BOTTOM

    def y_of(value: float) -> float:
        scaled = math.log10(value) if log_scale else value
        return round(TOP + usable - (scaled - low) / (high - low) * usable, 1)

    ticks = []
    for i in range(5):
        scaled = low + (high - low) * i / 4
        value = 10**scaled if log_scale else scaled
        ticks.append({"y": y_of(value), "value": value})
    return y_of, ticks, log_scale


def metric_over_time(rows: list[dict[str, Any]], series_key: str, max_series: int = 10) -> Chart | None:
    """A metric's claimed values over time, one coloured series per subject or outlet."""
    usable: list[tuple[dt.datetime, dict[str, Any]]] = []
    for r in rows:
        moment = parse_date(r.get("published"))
        if moment is not None and r.get("value") is not None:
            usable.append((moment, r))
    if not usable:
        return None
    counts: dict[str, int] = {}
    for _, r in usable:
        key = str(r.get(series_key) or "(none)")
        counts[key] = counts.get(key, 0) + 1
    names = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:max_series]
    usable = [(d, r) for d, r in usable if str(r.get(series_key) or "(none)") in names]
    height = 360
    x_of, x_ticks = _time_axis([d for d, _ in usable], WIDTH)
    y_of, y_ticks, log_scale = _y_axis([float(r["value"]) for _, r in usable], height)
    unit = usable[0][1].get("unit")
    chart = Chart(WIDTH, height, x_ticks=x_ticks, log_scale=log_scale,
                  skipped=len(rows) - len(usable))
    chart.y_ticks = [{"y": t["y"], "label": format_value(t["value"], unit)} for t in y_ticks]
    for i, name in enumerate(names):
        color = PALETTE[i % len(PALETTE)]
        chart.legend.append({"name": name, "color": color, "claims": counts[name]})
        series = sorted(((d, r) for d, r in usable if str(r.get(series_key) or "(none)") == name),
                        key=lambda item: item[0])
        coords = [(x_of(d), y_of(float(r["value"]))) for d, r in series]
        if len(coords) > 1:
            chart.lines.append({"color": color, "points": " ".join(f"{x},{y}" for x, y in coords)})
        for (x, y), (d, r) in zip(coords, series):
            chart.points.append({
                "x": x, "y": y, "color": color, "group": r.get("claim_group"),
                "label": f"{d:%Y-%m-%d} {r.get('source')}: {r.get('subject') or ''} "
                         f"{format_value(r['value'], r.get('unit'))}",
            })
    return chart
