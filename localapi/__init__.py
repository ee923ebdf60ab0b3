"""A local Telegram Bot API server for acceptance tests, benchmarks and try mode.

Usage::

    async with LocalBotApi(token="123:ABC", bot_username="delegatebot_test_bot") as api:
        bot = telegram.Bot("123:ABC", base_url=api.base_url, base_file_url=api.base_file_url)
        user = api.user(42, language_code="es")
        await user.send("/start rsd2026")
        reply = await user.reply()
"""

from .client import LocalUser
from .control import ControlError, Controller
from .faults import Fault, RateLimit
from .media import sample_png
from .methods import Params, Upload, method_names
from .server import LocalBotApi
from .state import ApiError, CallbackRecord, CallRecord, Chat, MessageRecord, StoredFile, User

__all__ = [
    "ApiError",
    "CallRecord",
    "CallbackRecord",
    "Chat",
    "ControlError",
    "Controller",
    "Fault",
    "LocalBotApi",
    "LocalUser",
    "MessageRecord",
    "Params",
    "RateLimit",
    "StoredFile",
    "Upload",
    "User",
    "method_names",
    "sample_png",
]
