"""The events the bot serves, kept up to date with the files, never worse than the last good version."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bot.events.issues import EventFileError, EventIssue
from bot.events.loader import event_files, load_event_file
from bot.events.models import Event

_STATUS_ORDER = {"current": 0, "upcoming": 1, "past": 2}


@dataclass
class _Entry:
    signature: tuple[int, int]
    event: Event | None = None
    issues: list[EventIssue] = field(default_factory=list)


class EventRegistry:
    """Holds the last good version of each event file of `directory`.

    `refresh()` looks at the folder at most once every `min_interval` seconds (`force=True` skips the
    wait) and re-reads only files whose modification time or size changed. A file that became broken
    is logged and its last good version stays in service; a deleted file removes its event.
    """

    def __init__(
        self,
        directory: str | Path,
        logger: logging.Logger | None = None,
        *,
        min_interval: float = 5.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.directory = Path(directory)
        self.log = logger or logging.getLogger("bot.events")
        self.min_interval = min_interval
        self._monotonic = monotonic
        self._last_scan: float | None = None
        self._entries: dict[Path, _Entry] = {}
        self._events: dict[str, Event] = {}
        self._folder_missing_logged = False

    # --- reading the folder ----------------------------------------------------------------

    def refresh(self, force: bool = False) -> bool:
        """Pick up changed, new and deleted files; returns True when the served events changed."""
        now = self._monotonic()
        if not force and self._last_scan is not None and now - self._last_scan < self.min_interval:
            return False
        self._last_scan = now
        if not self.directory.is_dir():
            if not self._folder_missing_logged:
                self.log.error("events folder %s does not exist; no events are served", self.directory)
                self._folder_missing_logged = True
            paths: list[Path] = []
        else:
            self._folder_missing_logged = False
            paths = event_files(self.directory)
        changed = False
        for gone in set(self._entries) - set(paths):
            entry = self._entries.pop(gone)
            if entry.event is not None:
                self.log.info(
                    "event file %s was removed: event %s is no longer served", gone, entry.event.key
                )
                changed = True
        for path in paths:
            changed |= self._check(path)
        if changed:
            self._rebuild()
        return changed

    def _check(self, path: Path) -> bool:
        try:
            stat = path.stat()
        except OSError:
            return False
        signature = (stat.st_mtime_ns, stat.st_size)
        entry = self._entries.get(path)
        if entry is not None and entry.signature == signature:
            return False
        previous = entry.event if entry is not None else None
        try:
            event = load_event_file(path)
        except EventFileError as error:
            self._entries[path] = _Entry(signature, previous, error.issues)
            kept = (
                f"keeping the last good version of {previous.key}" if previous else "the event is not served"
            )
            for issue in error.issues:
                self.log.warning("event file problem: %s", issue)
            self.log.warning("%s has %d problem(s); %s", path, len(error.issues), kept)
            return False
        self._entries[path] = _Entry(signature, event)
        self.log.info("loaded event %s from %s", event.key, path)
        return event != previous

    def _rebuild(self) -> None:
        events: dict[str, Event] = {}
        for path in sorted(self._entries):
            event = self._entries[path].event
            if event is None:
                continue
            if event.key in events:
                self.log.warning("%s: key %s is already used by another file; ignored", path, event.key)
                continue
            events[event.key] = event
        self._events = events

    def _ensure_loaded(self) -> None:
        if self._last_scan is None:
            self.refresh(force=True)

    # --- what the bot asks -----------------------------------------------------------------

    @property
    def issues(self) -> list[EventIssue]:
        """Problems of the current versions of the files (their events may be served from older versions)."""
        return [issue for path in sorted(self._entries) for issue in self._entries[path].issues]

    def get(self, key: str) -> Event | None:
        """The event with this key, if served."""
        self._ensure_loaded()
        return self._events.get(key)

    def all(self) -> list[Event]:
        """Every served event, in chronological order."""
        self._ensure_loaded()
        return sorted(self._events.values(), key=lambda ev: ev.sort_key)

    def visible(self, now: datetime, include_past: bool = False) -> list[Event]:
        """Current events, then upcoming ones by date; past ones (most recent first) only when asked."""
        events = self.all()
        shown = [ev for ev in events if ev.status(now) != "past"]
        shown.sort(key=lambda ev: (_STATUS_ORDER[ev.status(now)], ev.sort_key))
        if include_past:
            shown += sorted(
                (ev for ev in events if ev.status(now) == "past"), key=lambda ev: ev.sort_key, reverse=True
            )
        return shown
