"""What delegates type is checked, and each refusal names a message that says what is expected."""

from __future__ import annotations

from datetime import date

import pytest

from bot.validation import (
    Checked,
    email,
    invitation_code,
    long_text,
    person_name,
    phone,
    phone_example,
    printable,
    short_text,
    within,
)
from bot.validation_dates import check_date, parse_date


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ana@example.org", "ana@example.org"),
        (" Ana.Perez@RREE.GOB.PE ", "Ana.Perez@rree.gob.pe"),
        ("<a@b.co>", "a@b.co"),
    ],
)
def test_email_accepted_with_its_domain_lowercased(typed: str, stored: str) -> None:
    assert email(typed).value == stored


@pytest.mark.parametrize("typed", ["ana", "ana@", "@x.org", "ana@x", "a b@x.org", "ana@@x.org", "a..b@x.org"])
def test_email_refused(typed: str) -> None:
    assert email(typed).error == "flow-error-email"


def test_names_texts_and_phones() -> None:
    assert person_name("  Ana   María ").value == "Ana María"
    assert person_name("¿Cuándo empieza?").error == "flow-error-question"
    assert person_name("12").error == "flow-error-name" and person_name("x" * 121).args == {"max": 120}
    assert person_name("/help").error == "flow-error-name"
    assert short_text("Jefe de Rehabilitación").ok and short_text("?").error == "flow-error-question"
    assert long_text("x" * 501).args == {"max": 500, "length": 501} and long_text("ok").ok
    assert phone("+503 2222-3333").value == "+503 2222 3333"
    assert phone("12345").error == phone("call me").error == "flow-error-phone"


def test_phones_are_read_with_the_delegates_country_and_normalised() -> None:
    assert phone("311 555 0199", "CO").value == phone("+57 (311) 555-0199").value == "+57 311 5550199"
    assert phone("987 654 321", "PE").value == "+51 987 654 321"
    assert phone("+503 2222 3333", "PE").value == "+503 2222 3333"  # another country, by its code
    assert phone("987 654 321").error == "flow-error-phone"  # no country known: its code is needed
    assert phone("12 34 56", "PE").error == "flow-error-phone"
    assert (phone_example("PE"), phone_example(None)) == ("+51 912 345 678", "")


def test_control_characters_are_dropped_and_lengths_match_the_column() -> None:
    assert printable("Ana\x00 Pé\x07rez\x1b\ud800") == "Ana Pérez"
    assert printable("line one\nline\ttwo\r\x85") == "line one\nline\ttwo"
    assert within(short_text("Lima" + "o" * 50), 40).args == {"max": 40, "length": 54}
    assert within(Checked("x" * 40), 40).ok and within(Checked(["a"]), 1).ok and within(Checked("x"), None).ok
    assert within(phone("12"), 40).error == "flow-error-phone"  # the field's own reason comes first


def test_invitation_code_shape() -> None:
    assert invitation_code(" inv-7k3q9m ").value == "INV-7K3Q9M"
    assert invitation_code("INV 7K3Q9M").value == "INV7K3Q9M"
    assert invitation_code("!!").error == "spons-error-code"


@pytest.mark.parametrize(
    "typed",
    [
        "2026-05-03",
        "3/5/2026",
        "03.05.2026",
        "3-5-26",
        "3/5",
        "3 de mayo",
        "3 mayo del 2026",
        "May 3rd, 2026",
        "3 May",
        "el 3 de mayo",
        "Llego el 3 de mayo",
        "May 3rd",
        "on the 3rd of May",
        "3.5",
    ],
)
def test_dates_in_both_languages(typed: str) -> None:
    assert parse_date(typed, 2026) == date(2026, 5, 3)


def test_month_first_only_when_day_first_is_impossible() -> None:
    assert parse_date("5/13", 2026) == date(2026, 5, 13)
    assert parse_date("31/2", 2026) is None and parse_date("hola", 2026) is None


def test_dates_are_checked_against_a_window_and_the_arrival() -> None:
    start, end = date(2026, 4, 24), date(2026, 5, 17)
    assert check_date("2/5/2026", start, end).value == "2026-05-02"
    assert check_date("3/8/2026", start, end).args == {"start": start, "end": end}
    assert check_date("1/5", start, end, not_before=date(2026, 5, 2)).error == "flow-error-date-order"
    assert check_date("luego", start, end).error == "flow-error-date"
