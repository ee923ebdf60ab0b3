"""E-mail copies of organiser notifications, over SMTP (off when SMTP_HOST is unset)."""

from __future__ import annotations

import logging
from email.message import EmailMessage

import aiosmtplib

from bot.config import Settings

log = logging.getLogger(__name__)


class MailError(Exception):
    """Sending failed; the caller decides whether to retry."""


class Mailer:
    """Sends plain-text mail through the configured SMTP server."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    @property
    def enabled(self) -> bool:
        """Whether an SMTP server is configured."""
        return bool(self._settings.smtp_host)

    def compose(self, to: str, subject: str, body: str) -> EmailMessage:
        """The message as it will be sent."""
        message = EmailMessage()
        message["From"] = self._settings.smtp_from
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body)
        return message

    async def send(self, to: str, subject: str, body: str) -> None:
        """Send one message; raises MailError on any SMTP or network failure."""
        s = self._settings
        if not s.smtp_host:
            raise MailError("SMTP is not configured")
        password = s.smtp_password.get_secret_value() if s.smtp_password else None
        try:
            await aiosmtplib.send(
                self.compose(to, subject, body),
                hostname=s.smtp_host,
                port=s.smtp_port,
                username=s.smtp_username,
                password=password,
                start_tls=s.smtp_starttls,
                timeout=s.smtp_timeout_seconds,
            )
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise MailError(f"{type(exc).__name__}: {exc}") from exc
