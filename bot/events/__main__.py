"""``python -m bot.events [DIR]``: check the event files (same as ``delegatebot check-events``)."""

import sys

from bot.events.check import DEFAULT_DIR, check_events

raise SystemExit(check_events(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIR))
