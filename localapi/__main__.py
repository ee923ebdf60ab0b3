"""Serve a LocalBotApi standalone: python -m localapi --port 8081 --token 123:ABC."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal

from .server import LocalBotApi


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="python -m localapi", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081, help="0 picks a free port")
    parser.add_argument("--token", default="123456:TEST-TOKEN")
    parser.add_argument("--bot-username", default="delegatebot_test_bot")
    parser.add_argument("--bot-name", default="Local Test Bot")
    parser.add_argument("--privacy-mode", action="store_true", help="groups: only commands/replies/mentions")
    parser.add_argument(
        "--user", type=int, action="append", default=[], help="pre-create a user with this id"
    )
    parser.add_argument("--verbose", "-v", action="store_true")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    """Serve until SIGINT/SIGTERM."""
    api = LocalBotApi(
        args.token,
        args.bot_username,
        args.host,
        args.port,
        bot_name=args.bot_name,
        privacy_mode=args.privacy_mode,
    )
    for user_id in args.user:
        api.add_user(user_id)
    async with api:
        print(f"base_url={api.base_url}", flush=True)
        print(f"base_file_url={api.base_file_url}", flush=True)
        print(f"control={api.url}/control/", flush=True)
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                asyncio.get_running_loop().add_signal_handler(sig, stop.set)
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    """Entry point."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args))


if __name__ == "__main__":
    main()
