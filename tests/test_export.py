"""Acceptance: /export in the organisers' group: CSV and XLSX documents opened and checked, with localised
headers in a stable order, times in the event's zone, and a formula typed by a delegate neutralised. Then
the service on a larger event: plain rows read in batches, in the same order."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import openpyxl
from sqlalchemy import insert

from bot.clock import FixedClock
from bot.events.registry import EventRegistry
from bot.services.organisers.export import build_export
from localapi import LocalBotApi, MessageRecord
from storage.db import Database
from storage.models import Registration, SponsorshipRequest, User
from tests.conftest import EVENTS_DIR
from tests.support.organiser_tools import (
    ADMIN,
    INJECTION,
    LISTED,
    answers,
    in_group,
    organisers_bot,
    ours,
    register_as,
    request_for_myself,
)
from tests.support.registration import EN, ES, Stored, say

PHONE = "+57 311 555 0199"

REGISTRATION_HEADERS = [
    "Reference",
    "Status",
    "Registered at",
    "Last changed at",
    "Withdrawn at",
    "Language",
    "Full name",
    "Position",
    "Delegation type",
    "Country code",
    "Country",
    "Organisation",
    "E-mail",
    "Phone",
    "Attendance",
    "Interpretation",
    "Accessibility",
    "Accessibility (details)",
    "Diet",
    "Diet (details)",
    "Consent given at",
]
REQUEST_HEADERS = [
    "Reference",
    "Request reference",
    "Status",
    "Submitted at",
    "Decided at",
    "State or organisation (code)",
    "State or organisation",
    "Role",
    "Self-nomination",
    "Nominee's name",
    "Nominee's position",
    "Nominee's e-mail",
    "City of departure",
    "Accommodation",
    "Meals",
    "Arrival",
    "Departure",
    "Requested by",
]


async def _delegates(local_api: LocalBotApi, database_url: str) -> tuple[str, str]:
    """Ana types a formula as her organisation, '@' as her position and a Colombian phone number; John
    requests sponsorship."""
    ana = local_api.user(7001, first_name="Ana", language_code="es")
    await register_as(
        ana, ES, "Ana María Pérez", "Colombia", "ana@rree.gob.pe", INJECTION, "@SUM(A1:A9)", PHONE
    )
    john = local_api.user(7002, first_name="John", language_code="en")
    await register_as(john, EN, "John Smith", "Chile", "john@minrel.cl")
    await request_for_myself(john, "+Santiago")
    stored = Stored(database_url)
    return (await stored.registration(7001)).reference, (await stored.registration(7002)).reference


def _csv(record: MessageRecord) -> list[list[str]]:
    assert record.data is not None and record.data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark
    return list(csv.reader(io.StringIO(record.data.decode("utf-8-sig"), newline="")))


async def test_export_gives_csv_and_xlsx_with_formulas_neutralised(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        ana_ref, john_ref = await _delegates(local_api, database_url)
        org = in_group(local_api, ADMIN)
        await org.send("/export rsd2026")
        summary, regs, spons, book = await answers(org, 4, ours("📤"))
    assert "2 registrations and one sponsorship request." in summary.text
    assert "America/El_Salvador" in summary.text
    names = [r.document["file_name"] for r in (regs, spons, book)]  # type: ignore[index]
    assert names == [
        "rsd2026-registrations-20260320-0900.csv",
        "rsd2026-sponsorship-20260320-0900.csv",
        "rsd2026-20260320-0900.xlsx",
    ]

    header, ana, john = _csv(regs)
    assert header == REGISTRATION_HEADERS
    assert (ana[0], ana[1], ana[2], ana[5], ana[6]) == (
        ana_ref,
        "confirmed",
        "2026-03-20 09:00",
        "es",
        "Ana María Pérez",
    )
    assert (ana[7], ana[11]) == ("'@SUM(A1:A9)", "'" + INJECTION)
    phone = (await Stored(database_url).registration(7001)).phone
    assert phone is not None and phone.replace(" ", "") == PHONE.replace(" ", "")  # however it is written
    assert (ana[8], ana[9], ana[10], ana[12]) == ("state", "CO", "Colombia", "ana@rree.gob.pe")
    assert ana[13] == "'" + phone  # a CSV field starting with "+" could be read as a formula
    assert (john[0], john[10], john[15], john[18]) == (john_ref, "Chile", "es", "none")
    request_header, request = _csv(spons)
    assert request_header == REQUEST_HEADERS
    assert (request[0], request[2], request[5], request[6]) == (john_ref, "submitted", "CL", "Chile")
    assert (request[8], request[9], request[12], request[13], request[14]) == (
        "yes",
        "John Smith",
        "'+Santiago",
        "yes",
        "no",
    )
    assert (request[15], request[16], request[17]) == ("2026-05-03", "2026-05-07", "John Smith")

    workbook = openpyxl.load_workbook(io.BytesIO(book.data or b""))
    assert workbook.sheetnames == ["Registrations", "Sponsorship requests"]
    sheet = workbook["Registrations"]
    assert [c.value for c in sheet[1]] == REGISTRATION_HEADERS
    organisation, telephone = sheet.cell(row=2, column=12), sheet.cell(row=2, column=14)
    assert (organisation.value, organisation.data_type, organisation.quotePrefix) == (INJECTION, "s", True)
    assert (telephone.value, telephone.data_type, telephone.quotePrefix) == (phone, "s", True)
    assert (sheet["H2"].value, sheet["H2"].data_type) == ("@SUM(A1:A9)", "s")
    assert sheet.cell(row=2, column=7).value == "Ana María Pérez"
    cells = [c for ws in workbook.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    requests = workbook["Sponsorship requests"]
    assert [c.value for c in requests[1]] == REQUEST_HEADERS
    assert (requests["A2"].value, requests["C2"].value, requests["M2"].value) == (
        john_ref,
        "submitted",
        "+Santiago",
    )
    (stored,) = await Stored(database_url).requests(7002)
    assert (request[1], requests["B2"].value) == (f"S{stored.id}", f"S{stored.id}")


async def test_export_headers_follow_the_organisers_language_and_others_are_refused(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock, ORGANISER_LANGUAGE="es"):
        await _delegates(local_api, database_url)
        listed = local_api.user(LISTED)
        await listed.send("/export")  # no current event: the next one, rsd2026
        summary, regs, _, book = await listed.replies(4, timeout=30)
        stranger = local_api.user(7009, first_name="Sam", language_code="en")
        refused = await say(stranger, "/export rsd2026")
    assert "2 inscripciones y una solicitud de patrocinio." in summary.text
    assert _csv(regs)[0][:3] == ["Referencia", "Estado", "Inscrito el"]
    assert openpyxl.load_workbook(io.BytesIO(book.data or b"")).sheetnames == [
        "Inscripciones",
        "Solicitudes de patrocinio",
    ]
    assert refused.text == "Only the organisers can do this."
    assert not [m for m in local_api.bot_messages(7009) if m.document]


def _many(count: int, at: datetime) -> tuple[list[dict], list[dict]]:
    """Rows for `count` users and their registrations to rsd2026, all received at `at`."""
    users = [{"id": n, "language": "es", "created_at": at, "updated_at": at} for n in range(1, count + 1)]
    same = {"event_key": "rsd2026", "status": "confirmed", "language": "es", "country": "PE", "answers": {}}
    registrations = [
        same
        | {"user_id": n, "reference": f"R-{n:04}", "full_name": f"Delegate {n}"}
        | {"consent_at": at, "created_at": at, "updated_at": at}
        for n in range(1, count + 1)
    ]
    return users, registrations


async def test_export_reads_plain_rows_in_batches_in_a_stable_order(database_url: str) -> None:
    """2,345 registrations: three batches of rows, never an object per registration."""
    at = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
    users, registrations = _many(2345, at)
    request = {"event_key": "rsd2026", "party": "PE", "slot_id": "either_area", "status": "submitted",
               "nominee_self": True, "nominee_name": "N", "created_at": at, "updated_at": at}  # fmt: skip
    database = Database(database_url)
    await database.migrate()
    async with database.session() as session:
        await session.execute(insert(User), users)
        await session.execute(insert(Registration), registrations)
        await session.execute(
            insert(SponsorshipRequest), [request | {"registration_id": n, "user_id": n} for n in (7, 2001)]
        )
    event = EventRegistry(EVENTS_DIR).get("rsd2026")
    assert event is not None
    async with database.session() as session:
        table, requests = await build_export(session, event, "en", str.upper, ("R", "S"))
        assert not list(session.identity_map.values())
    await database.dispose()
    rows = list(table.rows)
    assert table.headers[:3] == ["REFERENCE", "STATUS", "REGISTERED_AT"] and len(table.rows) == 2345
    assert [row[0] for row in rows] == [r["reference"] for r in registrations]
    assert rows[0][2:4] == ["2026-03-20 09:00", "2026-03-20 09:00"] and rows[0][9:11] == ["PE", "Peru"]
    assert [(row[0], row[6], row[-1]) for row in requests.rows] == [
        ("R-0007", "Peru", "Delegate 7"),
        ("R-2001", "Peru", "Delegate 2001"),
    ]
