"""`delegatebot check-events [DIR]`: validate every event file and say what to fix."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from bot.events.loader import load_events

DEFAULT_DIR = Path("events")


def check_events(directory: str | Path = DEFAULT_DIR, out: TextIO | None = None) -> int:
    """Print each issue as ``file: path: message (hint: ...)`` and a summary; 1 on any issue, else 0."""
    out = out if out is not None else sys.stdout
    result = load_events(directory)
    for issue in result.issues:
        print(issue, file=out)
    files = len(result.files)
    if not result.issues and files == 0:
        print(f"{directory}: no event files (*.toml) found", file=out)
        return 1
    if result.issues:
        bad = len({issue.file for issue in result.issues})
        print(
            f"{len(result.issues)} problem(s) in {bad} of {files} file(s); "
            "the bot keeps serving the last good version of a broken file",
            file=out,
        )
        return 1
    keys = ", ".join(sorted(result.events))
    print(f"OK: {files} event file(s) checked, no problems ({keys})", file=out)
    return 0
