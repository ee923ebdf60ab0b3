"""Acceptance: /find and /registration for organisers (accents and case ignored, bounded results), and a
refusal that reveals nothing to anyone else."""

from __future__ import annotations

from bot.clock import FixedClock
from localapi import LocalBotApi
from tests.support.organiser_tools import (
    ADMIN,
    LISTED,
    answers,
    in_group,
    organisers_bot,
    ours,
    register_as,
    request_for_myself,
)
from tests.support.registration import EN, ES, Stored, register, say


async def test_find_ignores_accents_and_case_and_registration_shows_everything(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        ana = local_api.user(8001, first_name="Ana", language_code="es")
        await register_as(ana, ES, "Ana María Pérez", "Perú", "ana.perez@rree.gob.pe", "Cancillería del Perú")
        john = local_api.user(8002, first_name="John", language_code="en")
        await register(john, EN, "John Perezoso", "Chile", "john@minrel.cl")
        await request_for_myself(john, "Valparaíso")
        ana_ref = (await Stored(database_url).registration(8001)).reference
        john_ref = (await Stored(database_url).registration(8002)).reference
        listed = local_api.user(LISTED)

        both = await say(listed, "/find PEREZ")
        accented = await say(listed, "/find maría pérez")
        by_mail = await say(listed, "/find ana.perez@rree")
        by_org = await say(listed, "/find cancilleria")
        by_ref = await say(listed, f"/find {ana_ref.lower()}")
        nobody = await say(listed, "/find Gómez")
        usage = await say(listed, "/find")
        org = in_group(local_api, ADMIN)
        await org.send(f"/registration {john_ref.lower()}")
        (details,) = await answers(org, 1, ours("👤"))
        unknown = await say(listed, "/registration RSD-ZZZZ")

    assert "2 registrations match “PEREZ”" in both.text
    assert both.text.index(john_ref) < both.text.index(ana_ref)  # newest first
    assert "One registration matches" in accented.text and ana_ref in accented.text
    assert john_ref not in accented.text
    for found in (by_mail, by_org, by_ref):
        assert ana_ref in found.text and john_ref not in found.text
    assert f"{ana_ref} Ana María Pérez · Cancillería del Perú · Peru · Regional Stakeholder" in by_ref.text
    assert nobody.text == "Nobody matches “Gómez”."
    assert "/find perez" in usage.text
    assert f"👤 {john_ref} · Regional Stakeholder Dialogue in the Americas 2026" in details.text
    for line in (
        "Status: confirmed",
        "Telegram user id: 8002",
        "Full name: John Perezoso",
        "E-mail: john@minrel.cl",
        "Country: Chile",
        "Delegation: 🏛 A State delegation",
        "Interpretation: Spanish",
        "Phone: —",
        "Registered: 20 March 2026, 09:00",
        "S1 John Perezoso: submitted (place held), awaiting the organisers' decision",
        "City of departure: Valparaíso",
        "Arrival: 3 May 2026",
    ):
        assert line in details.text, line
    assert unknown.text == "No registration has the reference “RSD-ZZZZ”."


async def test_find_is_bounded_and_refused_to_delegates(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        for n in range(12):
            u = local_api.user(8100 + n, first_name="Del", language_code="en")
            await register(u, EN, f"Delegate Number{chr(65 + n)}", "Peru", f"d{n}@example.pe")
        listed = local_api.user(LISTED)
        many = await say(listed, "/find delegate")
        nosy = local_api.user(8200, first_name="Nosy", language_code="en")
        refused = await say(nosy, "/find delegate")
        refused_details = await say(nosy, "/registration RSD-AAAA")
    assert "12 registrations match" in many.text
    assert many.text.count("• ") == 10 and "Showing the 10 newest" in many.text
    assert "Delegate NumberL" in many.text and "Delegate NumberA" not in many.text
    assert refused.text == refused_details.text == "Only the organisers can do this."
