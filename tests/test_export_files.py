"""Unit tests of the export files: formula neutralisation, CSV encoding, XLSX cell types and layout, column
order, and the names of the three documents."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import openpyxl
import pytest

from bot.events.loader import load_events
from bot.services.organisers.export import (
    REGISTRATION_COLUMNS,
    REQUEST_COLUMNS,
    registration_row,
    request_row,
)
from bot.services.organisers.export_files import Table, documents, neutralise, to_csv, to_xlsx
from storage.models import Registration, SponsorshipRequest
from tests.conftest import EVENTS_DIR

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=1+2", "'=1+2"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+51 1 204 2400", "'+51 1 204 2400"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ("＝1+1", "'＝1+1"),
        ("Ana María", "Ana María"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise_prefixes_what_starts_like_a_formula(typed: str, written: str) -> None:
    assert neutralise(typed) == written


def test_csv_has_a_bom_quotes_every_field_and_keeps_accents() -> None:
    table = Table("x", ["Nombre", "Organización"], [["José Núñez", '=cmd|" /C calc"!A0'], [None, 3]])
    data = to_csv(table)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == '"Nombre","Organización"'
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["Nombre", "Organización"],
        ["José Núñez", '\'=cmd|" /C calc"!A0'],
        ["", "3"],
    ]


def test_xlsx_types_text_as_text_as_typed_never_as_formulas() -> None:
    rows = [["=1+1"], [5], ["ok\x07"], ["+57 311 555 0199"], ["-2"], [None]]
    table = Table("Requests: approved/declined?", ["=Header"], rows)
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([table])))
    assert book.sheetnames == ["Requests  approved declined"]
    sheet = book.worksheets[0]
    assert [(c.value, c.data_type, c.quotePrefix) for c in sheet["A"]] == [
        ("=Header", "s", True),
        ("=1+1", "s", True),
        (5, "n", False),
        ("ok", "s", False),
        ("+57 311 555 0199", "s", True),
        ("-2", "s", True),
    ]


def test_csv_guards_only_what_a_spreadsheet_could_read_as_a_formula() -> None:
    rows = [["+57 311 555 0199", "Calle 5 # 3-20", "ana@x.org", "2026-05-03", "a=b", "@home"]]
    (line,) = to_csv(Table("x", ["a"], rows)).decode("utf-8-sig").splitlines()[1:]
    assert line == '"\'+57 311 555 0199","Calle 5 # 3-20","ana@x.org","2026-05-03","a=b","\'@home"'


def test_rows_follow_the_documented_column_order() -> None:
    event = load_events(EVENTS_DIR).events["rsd2026"]
    registration = Registration(
        reference="RSD-2345",
        status="confirmed",
        language="es",
        full_name="Ana",
        country="PE",
        accessibility=["sign_language", "other"],
        answers={},
        consent_at=NOW,
        created_at=NOW,
        updated_at=NOW,
    )
    row = registration_row(event, registration, "en")
    assert len(row) == len(REGISTRATION_COLUMNS)
    columns = dict(zip(REGISTRATION_COLUMNS, row, strict=True))
    assert columns["registered_at"] == "2026-03-20 09:00" and columns["country_name"] == "Peru"
    assert columns["accessibility"] == "sign_language, other" and columns["withdrawn_at"] is None
    request = SponsorshipRequest(
        id=7,
        status="approved",
        party="PE",
        slot_id="general",
        nominee_self=False,
        nominee_name="Luis",
        accommodation=False,
        created_at=NOW,
        decided_at=NOW,
    )
    fields = dict(zip(REQUEST_COLUMNS, request_row(event, request, registration, "Peru"), strict=True))
    assert (fields["reference"], fields["nominee_self"], fields["accommodation"], fields["meals"]) == (
        "RSD-2345",
        "no",
        "no",
        None,
    )
    assert (fields["decided_at"], fields["requested_by"]) == ("2026-03-20 09:00", "Ana")


def test_the_events_own_questions_follow_in_the_event_files_order() -> None:
    event = load_events(EVENTS_DIR).events["va2020"]
    registration = Registration(
        reference="VA-2345",
        status="confirmed",
        answers={"contribution_text": "=1+1 ¿cómo?", "contribution": "floor"},
        consent_at=NOW,
        created_at=NOW,
        updated_at=NOW,
    )
    row = registration_row(event, registration, "es")
    assert row[len(REGISTRATION_COLUMNS) :] == ["floor", "=1+1 ¿cómo?"]  # an option by its stable id
    assert to_csv(Table("x", ["a"], [row[-1:]])).decode("utf-8-sig").splitlines()[1] == '"\'=1+1 ¿cómo?"'
    assert registration_row(event, registration, "es")[2] == "2026-03-20 16:00"  # Zurich time


def test_a_formula_behind_a_control_character_stays_text_in_the_workbook() -> None:
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([Table("x", ["\x07=Header"], [["\x1b=1+1"]])])))
    assert [(c.value, c.data_type) for c in book.worksheets[0]["A"]] == [("=Header", "s"), ("=1+1", "s")]


def test_the_workbook_has_bold_frozen_headers_a_filter_and_fitting_widths() -> None:
    table = Table(
        "Registrations", ["Reference", "Accessibility (details) and more words"], [["A", 1], ["B", 2]]
    )
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx([table, Table("Empty", ["Reference"], [])]))).active
    assert sheet is not None and sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:B3"
    assert [c.font.b for c in sheet[1]] == [True, True] and not sheet["A2"].font.b
    assert (sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width) == (12, 40)
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [table.headers, ["A", 1], ["B", 2]]


def test_the_three_documents_are_named_by_event_and_time() -> None:
    registrations, requests = Table("R", ["a"], [["=x"]]), Table("S", ["b"], [])
    files = dict(documents("rsd2026", "20260320-0900", registrations, requests))
    assert list(files) == [
        "rsd2026-registrations-20260320-0900.csv",
        "rsd2026-sponsorship-20260320-0900.csv",
        "rsd2026-20260320-0900.xlsx",
    ]
    assert files["rsd2026-registrations-20260320-0900.csv"] == to_csv(registrations)
    assert openpyxl.load_workbook(io.BytesIO(files["rsd2026-20260320-0900.xlsx"])).sheetnames == ["R", "S"]
