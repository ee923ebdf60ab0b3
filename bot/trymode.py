"""`delegatebot try`: chat with the real bot in a terminal, through the local Bot API, with no token.

Bot messages are printed; inline buttons are numbered and pressed by typing the number; `/quit` leaves.
Input may be piped: each line waits for the bot's replies before the next one is sent.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from pydantic import SecretStr

from bot.callbacks import number
from bot.clock import clock_from
from bot.config import Settings
from bot.localrun import RunningBot
from localapi import LocalBotApi, LocalUser, MessageRecord

TRY_TOKEN = "100000:local-try-mode"
TRY_USER_ID = 700001
DEFAULT_NAME = "Delegate"  # piped input without --name: nobody to ask
FIRST_REPLY_TIMEOUT = 10.0
QUIET = 0.4


class Terminal:
    """Prints bot messages and remembers the buttons of the last keyboard shown."""

    def __init__(self, out=sys.stdout) -> None:
        self.out = out
        self.buttons: list[tuple[MessageRecord, dict]] = []

    def show(self, record: MessageRecord) -> None:
        """Print one bot message, numbering its inline buttons."""
        print("", file=self.out)
        if record.file is not None:
            print(f"[document] {record.file.file_name} ({len(record.file.data)} bytes)", file=self.out)
        if record.text:
            print(record.text, file=self.out)
        rows = (record.markup or {}).get("inline_keyboard") or []
        if rows:
            self.buttons = [(record, button) for row in rows for button in row]
            for n, (_, button) in enumerate(self.buttons, 1):
                print(f"  [{n}] {button['text']}", file=self.out)
        self.out.flush()


async def _collect(api: LocalBotApi, user: LocalUser, mark: int, term: Terminal) -> None:
    """Print replies to the last action: wait for the first, then until the bot is quiet."""
    try:
        await api.wait_for_messages(user.chat_id, 1, FIRST_REPLY_TIMEOUT, since=mark)
    except TimeoutError:
        print("(no reply)", file=term.out)
        return
    shown = 0
    while True:
        fresh = api.messages_since(mark, user.chat_id)
        for record in fresh[shown:]:
            term.show(record)
        shown = len(fresh)
        await asyncio.sleep(QUIET)
        if len(api.messages_since(mark, user.chat_id)) == shown:
            return


async def _act(line: str, user: LocalUser, term: Terminal) -> bool:
    """Send a line as the user, or press the numbered button; False when the line was not sent."""
    if (pressed := number(line)) is not None and term.buttons:
        index = pressed - 1
        if not 0 <= index < len(term.buttons):
            print(f"(choose a button from 1 to {len(term.buttons)})", file=term.out)
            return False
        record, button = term.buttons[index]
        print(f"(pressed: {button['text']})", file=term.out)
        await user.press(data=button.get("callback_data"), message=record)
        return True
    await user.send(line)
    return True


async def _read_line(interactive: bool) -> str | None:
    if interactive:
        print("\n> ", end="", flush=True)
    line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    return None if line == "" else line.strip()


def _ask_name(interactive: bool) -> str:
    """The first name to greet the person by (Telegram shows the bot a first name), asked in a terminal."""
    if not interactive:
        return DEFAULT_NAME
    typed = input("Your first name (as Telegram would show it): ").strip()
    return typed or DEFAULT_NAME


async def run_try(
    settings: Settings, lang: str, event: str | None, as_of: datetime | None, name: str | None = None
) -> int:
    """Run the try mode until /quit or end of input."""
    interactive = sys.stdin.isatty()
    first_name = (name or "").strip() or _ask_name(interactive)
    clock = clock_from(as_of or settings.now)
    term = Terminal()
    with tempfile.TemporaryDirectory(prefix="delegatebot-try-") as tmp:
        async with LocalBotApi(token=TRY_TOKEN, bot_username="delegatebot_try_bot") as api:
            local = settings.model_copy(
                update={
                    "bot_token": SecretStr(TRY_TOKEN),
                    "bot_api_base_url": api.base_url,
                    "database_url": f"sqlite+aiosqlite:///{Path(tmp) / 'try.sqlite3'}",
                }
            )
            async with RunningBot(local, clock):
                user = api.user(TRY_USER_ID, first_name=first_name, language_code=lang)
                print(
                    f"delegatebot try mode: as of {clock.now():%Y-%m-%d %H:%M} UTC. "
                    "Type a message, a button's number, or /quit.",
                    file=term.out,
                )
                line: str | None = f"/start {event}" if event else "/start"
                while line is not None and line != "/quit":
                    if line:
                        if not interactive:
                            print(f"\n> {line}", file=term.out)
                        mark = api.mark()
                        if await _act(line, user, term):
                            await _collect(api, user, mark, term)
                    line = await _read_line(interactive)
    return 0
