"""The /stats chart: registrations over time and by State, as a PNG drawn off-screen.

matplotlib is imported on first use (it is slow to import) and drawn through its Agg canvas, never pyplot,
so no display is needed and nothing global is shared: call `render_chart` in a worker thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bot.services.organisers.stats import EventStats

if TYPE_CHECKING:
    from matplotlib.axes import Axes

MAX_BARS = 15
COLOUR = "#1f5f8b"


@dataclass(frozen=True)
class ChartText:
    """The chart's words, already in the reader's language."""

    title: str
    over_time: str
    by_country: str
    count: str
    others: str


def render_chart(stats: EventStats, text: ChartText, country_names: dict[str, str]) -> bytes:
    """Two panels: cumulative registrations received by day, confirmed registrations by State."""
    import matplotlib

    matplotlib.use("Agg", force=False)  # no display: also keeps pyplot, if anyone imports it, off-screen
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(11, 5.5), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle(text.title, fontsize=13)
    timeline, states = figure.subplots(1, 2, width_ratios=(1.1, 1))
    _timeline(timeline, stats, text)
    _states(states, stats, text, country_names)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _timeline(axes: Axes, stats: EventStats, text: ChartText) -> None:
    points = stats.cumulative()
    days = [day for day, _ in points]
    totals = [total for _, total in points]
    axes.step(days, totals, where="post", color=COLOUR, linewidth=2)
    axes.plot(days, totals, "o", color=COLOUR, markersize=4)
    axes.set_title(text.over_time, fontsize=11)
    axes.set_ylabel(text.count)
    axes.set_ylim(bottom=0)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="y", alpha=0.3)
    axes.tick_params(axis="x", labelrotation=30, labelsize=8)
    _day_ticks(axes, days)


def _day_ticks(axes: Axes, days: list[date]) -> None:
    """Whole days on the time axis (never hours), written as ISO dates."""
    from matplotlib.dates import AutoDateLocator, DateFormatter, DayLocator

    span = (max(days) - min(days)).days if days else 0
    axes.xaxis.set_major_locator(DayLocator() if span <= 10 else AutoDateLocator(minticks=3, maxticks=10))
    axes.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))


def _states(axes: Axes, stats: EventStats, text: ChartText, names: dict[str, str]) -> None:
    ranked = sorted(stats.countries.items(), key=lambda item: (-item[1], names.get(item[0], item[0])))
    shown, rest = ranked[:MAX_BARS], sum(n for _, n in ranked[MAX_BARS:])
    labels = [names.get(code, code) for code, _ in shown] + ([text.others] if rest else [])
    values = [n for _, n in shown] + ([rest] if rest else [])
    positions = list(range(len(values)))
    axes.barh(positions, values, height=0.6, color=COLOUR)
    axes.set_yticks(positions, labels, fontsize=9)
    axes.invert_yaxis()
    axes.set_title(text.by_country, fontsize=11)
    axes.set_xlabel(text.count)
    axes.xaxis.get_major_locator().set_params(integer=True)
    for y, value in zip(positions, values, strict=True):
        axes.text(value, y, f" {value}", va="center", fontsize=9)
