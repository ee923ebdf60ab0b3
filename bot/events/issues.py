"""Problems in event files, explained for organisers: where (file, field path, line) and how to fix."""

from __future__ import annotations

import re
import types
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from bot.events.common import LANG_NAMES, Localized, suggest
from bot.events.models import Event


@dataclass(frozen=True)
class EventIssue:
    """One problem: `path` is a dotted field path such as ``sponsorship.slots[1].count``."""

    file: str
    path: str
    message: str
    hint: str = ""
    line: int | None = None
    column: int | None = None

    @property
    def where(self) -> str:
        if self.path:
            return f"{self.path} (line {self.line})" if self.line else self.path
        if self.line:
            return f"line {self.line}, column {self.column}" if self.column else f"line {self.line}"
        return "(file)"

    def __str__(self) -> str:
        text = f"{self.file}: {self.where}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class EventFileError(Exception):
    """An event file could not be loaded; `issues` says why (at least one)."""

    def __init__(self, issues: list[EventIssue]) -> None:
        self.issues = list(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))


# --- where in the schema / in the file -------------------------------------------------------

_EXAMPLES = {
    "key": 'key = "rsd2026" (the same as the file name)',
    "format": 'format = "in_person" (or "virtual", "hybrid")',
    "timezone": 'timezone = "America/El_Salvador"',
    "dates": "a [dates] table with start = 2026-05-04 and end = 2026-05-06",
    "contact": 'a [contact] table with email = "..."',
    "organisers": 'an [[organisers]] entry with name = { en = "...", es = "..." }',
    "covers": 'covers = ["economy_air_travel", "accommodation", "meals"]',
    "deadline": "deadline = 2026-03-31T23:59:59-06:00",
    "fields": 'fields = ["full_name", "position", "email"]',
    "start": "start = 2021-02-10T15:00:00+01:00 (a date for [dates])",
    "end": "end = 2021-02-10T18:00:00+01:00 (a date for [dates])",
    "url": 'url = "https://..."',
    "id": 'id = "victim_assistance"',
    "number": "number = 1",
    "label": 'label = { en = "...", es = "..." } (for sub-items: label = "a")',
    "name": 'name = { en = "...", es = "..." } (for a signatory: name = "...")',
}


def _unwrap(tp: Any) -> Any:
    origin = get_origin(tp)
    if origin is Annotated:
        return _unwrap(get_args(tp)[0])
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return _unwrap(args[0])
    return tp


def type_at(loc: tuple[str | int, ...]) -> Any:
    """The schema type at a location of the Event model, or None if it can't be followed."""
    tp: Any = Event
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(part, int):
            if get_origin(tp) is not list:
                return None
            tp = get_args(tp)[0]
        elif isinstance(tp, type) and issubclass(tp, BaseModel) and part in tp.model_fields:
            tp = tp.model_fields[part].annotation
        else:
            return None
    return _unwrap(tp)


@lru_cache(maxsize=1)
def _schema_fields() -> dict[str, list[str]]:
    """Every field name of the schema -> where it belongs ("" for the top of the file)."""
    found: dict[str, list[str]] = {}

    def walk(model: type[BaseModel], prefix: str, depth: int) -> None:
        for name, info in model.model_fields.items():
            found.setdefault(name, []).append(prefix)
            inner = _unwrap(info.annotation)
            if get_origin(inner) is list:
                inner = _unwrap(get_args(inner)[0])
            if (
                isinstance(inner, type)
                and issubclass(inner, BaseModel)
                and inner is not Localized
                and depth < 4
            ):
                walk(inner, f"{prefix}.{name}" if prefix else name, depth + 1)

    walk(Event, "", 0)
    return found


def _where_label(table: str) -> str:
    return "at the top of the file" if not table else f"in the [{table}] table"


def _misplaced_hint(name: str, here: str) -> str | None:
    """A hint for a key that is unknown here but exists (or nearly) elsewhere in the schema."""
    fields = _schema_fields()
    target = name if name in fields else suggest(name, list(fields))
    if target is None:
        return None
    tables = [t for t in fields[target] if _strip_index(t) != _strip_index(here)]
    if not tables:
        return None
    spelled = "" if target == name else f"did you mean `{target}`? "
    return (
        f"{spelled}`{target}` belongs {_where_label(tables[0])}; in TOML every key after a [table] "
        "header belongs to that table, so top-level keys must come before the first header"
    )


def _strip_index(path: str) -> str:
    return re.sub(r"\[\d+\]", "", path)


def join_path(loc: tuple[str | int, ...] | list[str | int], at: str = "") -> str:
    """("sponsorship", "slots", 1, "count") -> "sponsorship.slots[1].count"; `at` is appended."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out = f"{out}.{part}" if out else str(part)
    if at:
        out = out + at if at.startswith("[") else (f"{out}.{at}" if out else at)
    return out


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-.\"]+)\s*=")


def line_index(text: str) -> dict[str, int]:
    """Best-effort map from field paths to the line that defines them (tables and `key =` lines)."""
    index: dict[str, int] = {}
    counts: dict[str, int] = {}
    current = ""
    in_multiline = False
    for n, line in enumerate(text.splitlines(), 1):
        if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
            in_multiline = not in_multiline
            if not in_multiline:
                continue
        elif in_multiline:
            continue
        header = _HEADER.match(line)
        if header:
            parts = [p.strip().strip('"') for p in header.group(2).split(".")]
            path = ""
            for part in parts[:-1]:
                path = f"{path}.{part}" if path else part
                if path in counts:
                    path += f"[{counts[path] - 1}]"
            path = f"{path}.{parts[-1]}" if path else parts[-1]
            if header.group(1) == "[[":
                counts[path] = counts.get(path, 0) + 1
                index.setdefault(path, n)
                path += f"[{counts[path] - 1}]"
            current = path
            index.setdefault(current, n)
            continue
        key = _KEY.match(line)
        if key:
            prefix = current
            for part in (p.strip().strip('"') for p in key.group(1).split(".")):
                prefix = f"{prefix}.{part}" if prefix else part
                index.setdefault(prefix, n)
    return index


def find_line(index: dict[str, int], path: str) -> int | None:
    """The line of `path` or of its closest enclosing field."""
    while path:
        if path in index:
            return index[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


# --- pydantic errors -> issues ---------------------------------------------------------------


def _explain(err: dict[str, Any]) -> tuple[str, str]:
    """(message, hint) for one pydantic error that is not one of ours."""
    loc = tuple(err["loc"])
    kind = err["type"]
    name = next((p for p in reversed(loc) if isinstance(p, str)), "")
    tp = type_at(loc)
    if kind == "missing":
        if name in LANG_NAMES and isinstance(type_at(loc[:-1]), type) and type_at(loc[:-1]) is Localized:
            return (
                f"the {LANG_NAMES[name]} text ({name}) is missing",
                f'add {name} = "..." next to the other language',
            )
        if tp is Localized:
            return f"`{name}` is missing", f'add {name} = {{ en = "...", es = "..." }}'
        return f"`{name}` is missing", f"add {_EXAMPLES.get(name, f'{name} = ...')} (see docs/events.md)"
    if kind == "extra_forbidden":
        parent = type_at(loc[:-1])
        allowed = (
            sorted(parent.model_fields) if isinstance(parent, type) and issubclass(parent, BaseModel) else []
        )
        close = suggest(str(name), allowed)
        where = join_path(loc[:-1]) or "the top level"
        if close:
            return f"unknown field `{name}` in {where}", f"did you mean `{close}`?"
        moved = _misplaced_hint(str(name), join_path(loc[:-1]))
        if moved:
            return f"`{name}` is not a field of {where}", moved
        return f"unknown field `{name}` in {where}", f"allowed here: {', '.join(allowed)}"
    if tp is Localized and kind in ("model_type", "dict_type", "model_attributes_type"):
        return (
            "this text must be given in English and Spanish",
            f'write {name} = {{ en = "...", es = "..." }}',
        )
    if isinstance(tp, type) and issubclass(tp, Enum):
        allowed = [str(m.value) for m in tp]
        close = suggest(str(err.get("input")), allowed, cutoff=0.4)
        hint = f'did you mean "{close}"?' if close else f"use one of: {', '.join(allowed)}"
        return f'"{err.get("input")}" is not one of: {", ".join(allowed)}', hint
    if kind in ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        return "expected a date", "use a date like 2026-05-04 (no quotes, no time)"
    if kind in ("datetime_type", "datetime_parsing", "datetime_from_date_parsing", "timezone_aware"):
        return (
            "expected a date and time with its UTC offset",
            "use a value like 2026-03-31T23:59:59-06:00 (no quotes; the offset is the event's local offset)",
        )
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return "expected a whole number", f"write e.g. {name} = 2 (no quotes)"
    if kind in ("bool_type", "bool_parsing"):
        return "expected true or false", f"write {name} = true or {name} = false (lowercase, no quotes)"
    if kind in ("string_type", "string_too_short"):
        return (
            "expected text" if kind == "string_type" else "the text is empty"
        ), 'write text in double quotes: "..."'
    if kind == "list_type":
        return "expected a list", 'use square brackets, e.g. ["SV", "PE"], or repeat [[' + str(
            name
        ) + "]] tables"
    if kind == "too_short":
        return "the list is empty", f"add at least {err.get('ctx', {}).get('min_length', 1)} entry"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "expected a table", f"write it as a [{name}] table or an inline {{ ... }} table"
    if kind in ("greater_than_equal", "greater_than"):
        return err["msg"].replace("Input should be", "must be"), "use a positive number"
    return err["msg"].removeprefix("Value error, "), ""


def issues_from_validation(error: ValidationError, file: str, text: str = "") -> list[EventIssue]:
    """Translate a pydantic ValidationError into issues with paths, hints and (when found) lines."""
    index = line_index(text) if text else {}
    out: list[EventIssue] = []
    for err in error.errors(include_url=False):
        loc = tuple(err["loc"])
        ctx = err.get("ctx") or {}
        if err["type"] == "event":
            entries = ctx.get("issues") or [ctx]
            for entry in entries:
                path = join_path(loc, entry.get("at", ""))
                out.append(
                    EventIssue(file, path, entry["message"], entry.get("hint", ""), find_line(index, path))
                )
            continue
        message, hint = _explain(err)
        path = join_path(loc)
        out.append(EventIssue(file, path, message, hint, find_line(index, path)))
    return out
