"""Checks of what people type in conversations; each failure names a message saying what is expected."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

NAME_MAX = 120
TEXT_MAX = 200
LONG_MAX = 500
EMAIL_MAX = 254
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-']+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./\-]+$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{3,15}$")
_QUESTION = ("?", "¿")
# Control characters (newline and tab aside) and lone surrogates: nobody types them on purpose, PostgreSQL
# refuses NUL in text, and neither database can store a surrogate; they are dropped from what people type.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class Checked:
    """A valid value, or the id of the message explaining what is expected (with its arguments)."""

    value: Any = None
    error: str | None = None
    args: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


def fail(error: str, **args: Any) -> Checked:
    """A failed check."""
    return Checked(error=error, args=args)


def printable(text: str) -> str:
    """`text` without the control characters it cannot be stored with (see _UNPRINTABLE)."""
    return _UNPRINTABLE.sub("", text)


def within(checked: Checked, limit: int | None) -> Checked:
    """A valid text answer that is also no longer than the column it goes to (`limit`, if any)."""
    if checked.ok and limit is not None and isinstance(checked.value, str) and len(checked.value) > limit:
        return fail("flow-error-too-long", max=limit, length=len(checked.value))
    return checked


def clean(text: str) -> str:
    """Trim and collapse runs of spaces (new lines included)."""
    return " ".join(text.split())


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def person_name(text: str) -> Checked:
    """A person's name: letters, at most NAME_MAX characters, not a question or an address."""
    value = clean(text)
    if any(mark in value for mark in _QUESTION):
        return fail("flow-error-question")
    if _letters(value) < 2 or len(value) > NAME_MAX or "@" in value or value.startswith("/"):
        return fail("flow-error-name", max=NAME_MAX)
    return Checked(value)


def short_text(text: str) -> Checked:
    """A position, organisation or city: a few words with letters, not a question."""
    value = clean(text)
    if any(mark in value for mark in _QUESTION):
        return fail("flow-error-question")
    if _letters(value) < 2 or len(value) > TEXT_MAX or value.startswith("/"):
        return fail("flow-error-text", max=TEXT_MAX)
    return Checked(value)


def long_text(text: str) -> Checked:
    """A free answer (needs, a question for the panel): up to LONG_MAX characters."""
    value = text.strip()
    if _letters(value) < 2 or value.startswith("/"):
        return fail("flow-error-text", max=LONG_MAX)
    if len(value) > LONG_MAX:
        return fail("flow-error-too-long", max=LONG_MAX, length=len(value))
    return Checked(value)


def email(text: str) -> Checked:
    """An e-mail address, stored with its domain in lower case."""
    value = text.strip().strip("<>").strip()
    if len(value) > EMAIL_MAX or not _EMAIL.match(value) or ".." in value:
        return fail("flow-error-email")
    local, domain = value.rsplit("@", 1)
    return Checked(f"{local}@{domain.lower()}")


@cache
def phone_example(region: str | None) -> str:
    """A valid number of the country `region` ("PE"), as people write it internationally; "" if unknown
    (asked each time the registration form is laid out: remembered per country)."""
    found = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE) if region else None
    return phonenumbers.format_number(found, PhoneNumberFormat.INTERNATIONAL) if found else ""


def phone(text: str, region: str | None = None) -> Checked:
    """A valid phone number, read as `region`'s unless it starts with +; stored as '+57 311 5550199'."""
    value = clean(text)
    problem = fail("flow-error-phone")
    if not _PHONE_CHARS.match(value):
        return problem
    try:
        number = phonenumbers.parse(value, region)
    except NumberParseException:
        return problem
    if not phonenumbers.is_valid_number(number):
        return problem
    return Checked(phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL))


def invitation_code(text: str) -> Checked:
    """The shape of an invitation code (whether it exists is checked against the database)."""
    value = text.strip().upper().replace(" ", "")
    if not _CODE.match(value):
        return fail("spons-error-code")
    return Checked(value)
