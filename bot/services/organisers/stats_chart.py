"""The /stats chart: registrations over time and by State, as a PNG drawn off-screen.

matplotlib is imported on first use (it is slow to import) and drawn through its Agg canvas, never pyplot,
so no display is needed and nothing global is shared. It is drawn in a worker process (bot/offload.py).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MAX_BARS = 15
MAX_TICKS = 8  # dates on the time axis
MAX_MARKERS = 60  # beyond this many days, a dot per day only smears the line
COLOUR = "#1f5f8b"


@dataclass(frozen=True)
class ChartText:
    """The chart's words, already in the reader's language."""

    title: str
    over_time: str
    by_country: str
    count: str
    others: str


def render_chart(
    cumulative: list[tuple[date, int]], countries: dict[str, int], text: ChartText, names: dict[str, str]
) -> bytes:
    """The chart as a PNG (see draw_chart)."""
    buffer = io.BytesIO()
    draw_chart(cumulative, countries, text, names).savefig(buffer, format="png")
    return buffer.getvalue()


def draw_chart(
    cumulative: list[tuple[date, int]], countries: dict[str, int], text: ChartText, names: dict[str, str]
) -> Figure:
    """Two panels: registrations received so far by day (`cumulative`, at least one day), and confirmed
    registrations by State (`countries`: code -> count; `names`: code -> name)."""
    import matplotlib

    matplotlib.use("Agg", force=False)  # no display: also keeps pyplot, if anyone imports it, off-screen
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(11, 5.5), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle(text.title, fontsize=13)
    timeline, states = figure.subplots(1, 2, width_ratios=(1.1, 1))
    _timeline(timeline, cumulative, text)
    _states(states, countries, text, names)
    return figure


def _timeline(axes: Axes, points: list[tuple[date, int]], text: ChartText) -> None:
    days = [day for day, _ in points]
    totals = [total for _, total in points]
    axes.step(days, totals, where="post", color=COLOUR, linewidth=2)
    if len(points) <= MAX_MARKERS:
        axes.plot(days, totals, "o", color=COLOUR, markersize=4)
    axes.set_title(text.over_time, fontsize=11)
    axes.set_ylabel(text.count)
    axes.set_ylim(bottom=0)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="y", alpha=0.3)
    axes.tick_params(axis="x", labelrotation=30, labelsize=8)
    _day_axis(axes, days)


def _day_axis(axes: Axes, days: list[date]) -> None:
    """Whole days on the time axis (never hours), as ISO dates, at most about MAX_TICKS of them. The
    limits are set here: left alone, matplotlib widens a single day to four years (1,600 daily ticks)."""
    from matplotlib.dates import AutoDateLocator, DateFormatter, DayLocator

    first, last = min(days), max(days)
    pad = timedelta(days=max(1, (last - first).days // 20))
    axes.set_xlim(first - pad, last + pad)
    span = (last - first + 2 * pad).days
    if span <= 60:
        axes.xaxis.set_major_locator(DayLocator(interval=math.ceil(span / MAX_TICKS)))
    else:  # weeks or months: AutoDateLocator's choices there are never hours
        axes.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=MAX_TICKS))
    axes.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))


def _states(axes: Axes, countries: dict[str, int], text: ChartText, names: dict[str, str]) -> None:
    ranked = sorted(countries.items(), key=lambda item: (-item[1], names.get(item[0], item[0])))
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
