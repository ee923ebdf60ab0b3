"""The /stats chart: registrations over time and by State, as a PNG drawn off-screen; and the worker
processes that draw it (and build /export's files) away from the bot's event loop.

matplotlib is imported on first use (it is slow to import) and drawn through its Agg canvas, never pyplot,
so no display is needed and nothing global is shared. Drawing in a thread was not enough: Agg's rendering
and openpyxl's writing hold the GIL for long stretches (a 10,000-row workbook stalled the loop for 0.85 s),
so `offload` runs such work in another process, given and returning plain data only.
"""

from __future__ import annotations

import asyncio
import io
import math
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MAX_BARS = 15
MAX_TICKS = 8  # dates on the time axis
MAX_MARKERS = 60  # beyond this many days, a dot per day only smears the line
COLOUR = "#1f5f8b"
T = TypeVar("T")


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


class WorkerPool:
    """Processes for CPU-bound work on plain data, started on first use.

    They start from a fresh interpreter ('forkserver', else 'spawn'), never a fork of the bot: a fork
    would copy its event loop, threads and open connections mid-use. One core is left to the event loop.
    """

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self.workers = max(1, min(2, (os.cpu_count() or 2) - 1))

    def _started(self) -> ProcessPoolExecutor:
        if self._executor is None:
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context(method), initializer=_prepare_worker
            )
        return self._executor

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker. A pool broken by a worker's death (killed, out of memory) is replaced,
        and the call tried once more."""
        executor = self._started()
        try:
            return await _submit(executor, fn, *args)
        except BrokenProcessPool:
            self._discard(executor)
            return await _submit(self._started(), fn, *args)

    def _discard(self, executor: ProcessPoolExecutor) -> None:
        """Forget a broken pool, unless a concurrent call already replaced it (keep the replacement)."""
        if self._executor is executor:
            self._executor = None
        executor.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop the workers (they are started again when next needed)."""
        if self._executor is not None:
            self._discard(self._executor)


async def _submit(executor: ProcessPoolExecutor, fn: Callable[..., T], *args: Any) -> T:
    """Submitted from a thread: a submission may start a worker, and waits meanwhile for the fork server
    (which imports the main module first), up to a few hundred ms the event loop should not wait."""
    future = await asyncio.to_thread(executor.submit, fn, *args)
    return await asyncio.wrap_future(future)


def _prepare_worker() -> None:
    """Once per worker: exit with the bot, and import the libraries now, not in the middle of an
    organiser's first request. A bot killed outright (SIGKILL, out of memory) cannot stop its workers,
    which would otherwise wait for work forever, keeping the fork server alive too."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.backends.backend_agg
    import openpyxl  # noqa: F401


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


WORKERS = WorkerPool()


async def offload(fn: Callable[..., T], *args: Any) -> T:
    """Run `fn(*args)` in a worker process (arguments and result pickled: pass plain data)."""
    return await WORKERS.run(fn, *args)
