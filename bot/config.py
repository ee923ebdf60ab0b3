"""Settings read from the environment (and an optional `.env`), once, in the command-line entry point."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/delegatebot.sqlite3"
FREE_BROADCAST_RATE = 30  # messages a second Telegram allows a bot without paid broadcasts


class Settings(BaseSettings):
    """Everything the bot needs from its deployment; the names are part of the interface."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = Field(default=None, validation_alias="BOT_TOKEN")
    bot_api_base_url: str = Field(default="https://api.telegram.org/bot", validation_alias="BOT_API_BASE_URL")
    database_url: str = Field(default=DEFAULT_DATABASE_URL, validation_alias="DATABASE_URL")
    events_dir: Path = Field(default=Path("events"), validation_alias="EVENTS_DIR")
    organiser_chat_id: int | None = Field(default=None, validation_alias="ORGANISER_CHAT_ID")
    organiser_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), validation_alias="ORGANISER_IDS"
    )
    events_reload_seconds: float = Field(default=5.0, ge=0, validation_alias="EVENTS_RELOAD_SECONDS")
    organiser_language: str = Field(default="en", pattern="^(en|es)$", validation_alias="ORGANISER_LANGUAGE")
    now: datetime | None = Field(default=None, validation_alias="DELEGATEBOT_NOW")
    conversation_timeout_minutes: int = Field(
        default=60, ge=1, validation_alias="CONVERSATION_TIMEOUT_MINUTES"
    )
    draft_retention_days: int = Field(default=30, ge=1, validation_alias="DRAFT_RETENTION_DAYS")
    organiser_email: str | None = Field(default=None, validation_alias="ORGANISER_EMAIL")
    smtp_host: str | None = Field(default=None, validation_alias="SMTP_HOST")
    smtp_port: int = Field(default=587, ge=1, le=65535, validation_alias="SMTP_PORT")
    smtp_username: str | None = Field(default=None, validation_alias="SMTP_USERNAME")
    smtp_password: SecretStr | None = Field(default=None, validation_alias="SMTP_PASSWORD")
    smtp_from: str = Field(default="delegatebot@localhost", validation_alias="SMTP_FROM")
    smtp_starttls: bool = Field(default=True, validation_alias="SMTP_STARTTLS")
    smtp_timeout_seconds: float = Field(default=15.0, gt=0, validation_alias="SMTP_TIMEOUT_SECONDS")
    log_level: str = Field(default="INFO", validation_alias="LOG_LEVEL")
    log_format: str = Field(default="text", pattern="^(text|json)$", validation_alias="LOG_FORMAT")
    update_workers: int = Field(default=64, ge=1, le=256, validation_alias="UPDATE_WORKERS")
    signing_key: SecretStr | None = Field(default=None, min_length=16, validation_alias="SIGNING_KEY")
    webhook_url: str | None = Field(default=None, validation_alias="WEBHOOK_URL")
    webhook_secret: SecretStr | None = Field(default=None, validation_alias="WEBHOOK_SECRET")
    webhook_listen: str = Field(default="0.0.0.0", validation_alias="WEBHOOK_LISTEN")
    webhook_port: int = Field(default=8080, ge=0, le=65535, validation_alias="WEBHOOK_PORT")
    webhook_max_connections: int = Field(default=40, ge=1, le=100, validation_alias="WEBHOOK_MAX_CONNECTIONS")
    broadcast_rate: float = Field(default=25.0, gt=0, le=1000, validation_alias="BROADCAST_RATE")
    broadcast_paid: bool = Field(default=False, validation_alias="BROADCAST_PAID")
    broadcast_lanes: int = Field(default=1, ge=1, le=64, validation_alias="BROADCAST_LANES")

    @field_validator("organiser_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError:
                raise ValueError("expected comma-separated Telegram user ids, e.g. 12345,67890") from None
        return value

    @field_validator("now")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

    @field_validator("bot_api_base_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("expected an http(s) URL such as https://api.telegram.org/bot")
        return value

    @field_validator("database_url")
    @classmethod
    def _db(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "expected sqlite+aiosqlite:///path/to/file.sqlite3 or postgresql+asyncpg://user@host/db"
            )
        return value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://") and not value.startswith("http://127."):
            raise ValueError("expected the public https:// address Telegram posts updates to")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram accepts 1-256 characters A-Z, a-z, 0-9, _ and -.
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", value.get_secret_value()):
            raise ValueError("expected 16 to 256 characters among A-Z, a-z, 0-9, _ and -")
        return value

    @model_validator(mode="after")
    def _broadcast_rate(self) -> Settings:
        if self.broadcast_rate > FREE_BROADCAST_RATE and not self.broadcast_paid:
            raise ValueError(
                f"BROADCAST_RATE: {self.broadcast_rate:g} messages a second needs BROADCAST_PAID=true "
                f"(Telegram's paid broadcasts); without it, at most {FREE_BROADCAST_RATE}"
            )
        return self

    def token(self) -> str:
        """The bot token, for building the Telegram client only."""
        if self.bot_token is None:
            raise SettingsError("BOT_TOKEN: missing; expected the token @BotFather gave you")
        return self.bot_token.get_secret_value()


class SettingsError(Exception):
    """A setting is missing or invalid; the message names the variable and what is expected."""


_ENV_NAMES = {
    name: (field.validation_alias if isinstance(field.validation_alias, str) else name.upper())
    for name, field in Settings.model_fields.items()
}


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning validation errors into one clear line per variable."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else "?"
            env = _ENV_NAMES.get(field, field.upper())
            msg = str(err["msg"]).removeprefix("Value error, ")
            lines.append(f"{env}: {msg}")
        raise SettingsError("; ".join(lines)) from None
