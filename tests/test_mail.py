"""The mailer against a real local SMTP server."""

from __future__ import annotations

import pytest

from bot.config import load_settings
from bot.mail import Mailer, MailError
from tests.support.smtp import free_port, smtp_server


def mailer(port: int) -> Mailer:
    return Mailer(
        load_settings(
            _env_file=None,
            SMTP_HOST="127.0.0.1",
            SMTP_PORT=port,
            SMTP_STARTTLS=False,
            SMTP_FROM="bot@example.org",
            SMTP_TIMEOUT_SECONDS=3,
        )
    )


async def test_mail_arrives_with_utf8_subject_and_body() -> None:
    with smtp_server() as (inbox, port):
        await mailer(port).send(
            "isu@example.org", "Nueva inscripción RSD-7K3Q", "País: Perú\nCargo: Directora"
        )
    (message,) = inbox.messages
    assert message["To"] == "isu@example.org" and message["From"] == "bot@example.org"
    assert message["Subject"] == "Nueva inscripción RSD-7K3Q"
    assert "País: Perú" in message.get_content()


async def test_refused_and_unreachable_servers_raise_mail_error() -> None:
    with smtp_server() as (inbox, port):
        inbox.refuse = True
        with pytest.raises(MailError, match="451"):
            await mailer(port).send("isu@example.org", "s", "b")
    with pytest.raises(MailError):
        await mailer(free_port()).send("isu@example.org", "s", "b")


def test_mail_is_off_without_a_host() -> None:
    assert not Mailer(load_settings(_env_file=None)).enabled
