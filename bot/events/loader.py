"""Reading event files: TOML -> validated :class:`Event`, or a list of issues saying what to fix."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.events.issues import EventFileError, EventIssue, find_line, issues_from_validation, line_index
from bot.events.models import Event

__all__ = ["EventFileError", "EventIssue", "LoadResult", "event_files", "load_event_file", "load_events"]

_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def event_files(directory: str | Path) -> list[Path]:
    """The event files of a folder: ``*.toml``, except names starting with "." or "_" (drafts, templates)."""
    folder = Path(directory)
    return sorted(p for p in folder.glob("*.toml") if p.is_file() and not p.name.startswith((".", "_")))


def _syntax_hint(message: str) -> str:
    if message.startswith("Invalid value"):
        return (
            'put text in double quotes ("..."); dates (2026-05-04), numbers, true/false and [lists] have none'
        )
    if message.startswith(("Cannot overwrite a value", "Cannot declare")):
        return "this key or [table] appears twice: remove or rename one of them"
    if "Illegal character" in message or "Unclosed" in message or "Unterminated" in message:
        return 'close the text with a double quote on the same line, or use """ for text over several lines'
    if message.startswith("Expected '=' after a key"):
        return "each line must look like name = value; a bare word or a space in a name is not allowed"
    if message.startswith("Expected newline or end of document"):
        return "put each name = value on its own line, and text in double quotes"
    return "check the line against docs/events.md"


def parse_event(data: dict[str, Any], file: str, text: str = "", expected_key: str | None = None) -> Event:
    """Validate already-parsed TOML data; raises EventFileError. `expected_key` is the file name stem."""
    issues: list[EventIssue] = []
    event: Event | None = None
    try:
        event = Event.model_validate(data)
    except ValidationError as error:
        issues.extend(issues_from_validation(error, file, text))
    if expected_key is not None:
        issues = [
            replace(
                i, hint=f'add key = "{expected_key}" (the same as the file name), before the first [table]'
            )
            if i.path == "key" and i.message == "`key` is missing"
            else i
            for i in issues
        ]
    key = data.get("key")
    if (
        expected_key is not None
        and isinstance(key, str)
        and key != expected_key
        and not any(issue.path == "key" for issue in issues)
    ):
        issues.append(
            EventIssue(
                file,
                "key",
                f'the key "{key}" does not match the file name "{expected_key}.toml"',
                f'rename the file to {key}.toml, or set key = "{expected_key}"',
                find_line(line_index(text), "key") if text else None,
            )
        )
    if issues or event is None:
        raise EventFileError(issues)
    return event


def load_event_file(path: str | Path) -> Event:
    """Read, parse and validate one event file; raises EventFileError listing every problem found."""
    path = Path(path)
    file = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise EventFileError([EventIssue(file, "", "the file does not exist")]) from None
    except UnicodeDecodeError as exc:
        raise EventFileError(
            [
                EventIssue(
                    file, "", f"the file is not UTF-8 text ({exc.reason})", "save it as UTF-8 in your editor"
                )
            ]
        ) from None
    except OSError as exc:
        raise EventFileError([EventIssue(file, "", f"cannot read the file: {exc.strerror}")]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _AT.search(message)
        line, column = (int(found.group(1)), int(found.group(2))) if found else (None, None)
        if found is None and "(at end of document)" in message:
            line = max(1, len(text.splitlines()))
        plain = _AT.sub("", message).replace("(at end of document)", "").strip()
        raise EventFileError(
            [EventIssue(file, "", f"TOML syntax error: {plain}", _syntax_hint(plain), line, column)]
        ) from None
    return parse_event(data, file, text, expected_key=path.stem)


@dataclass
class LoadResult:
    """Every valid event by key, plus the issues of the files that could not be used."""

    events: dict[str, Event] = field(default_factory=dict)
    issues: list[EventIssue] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def load_events(directory: str | Path) -> LoadResult:
    """Load every event file of a folder; a broken file is reported and skipped, a duplicate key too."""
    folder = Path(directory)
    result = LoadResult()
    if not folder.is_dir():
        result.issues.append(
            EventIssue(str(folder), "", "the events folder does not exist", "check the path")
        )
        return result
    owners: dict[str, Path] = {}
    for path in event_files(folder):
        result.files.append(path)
        try:
            event = load_event_file(path)
        except EventFileError as error:
            result.issues.extend(error.issues)
            continue
        if event.key in owners:
            result.issues.append(
                EventIssue(
                    str(path),
                    "key",
                    f'the key "{event.key}" is already used by {owners[event.key].name}',
                    "each event needs its own key and file",
                )
            )
            continue
        owners[event.key] = path
        result.events[event.key] = event
    return result
