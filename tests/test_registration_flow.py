"""Acceptance: RSVPs through the local Bot API, in Spanish and English; what is stored is what was typed."""

from __future__ import annotations

import re

from bot.localrun import RunningBot
from localapi import LocalBotApi
from tests.support.registration import EN, ES, Stored, drive, open_rsvp, say, tap

REFERENCE = re.compile(r"RSD-[2-9A-HJKMNP-Z]{4}")


async def test_full_rsvp_in_spanish_is_stored_as_typed(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    ana = local_api.user(2001, first_name="Ana", language_code="es")
    consent = await open_rsvp(ana)
    assert "Inscripción: Diálogo Regional" in consent.text and "no sustituye" in consent.text
    assert "isu@apminebanconvention.org" in consent.text
    assert consent.buttons == ["✅ Estoy de acuerdo", "✖️ No estoy de acuerdo"]
    name = await tap(ana, ES.agree)
    assert "nombre completo" in name.text
    await say(ana, "  Ana   María Pérez ")
    kind = await say(ana, "Directora de Asistencia a Víctimas")
    assert kind.buttons[0] == ES.state
    country = await tap(ana, ES.state)
    assert "¿Qué Estado representa su delegación?" in country.text
    assert "Perú" in country.buttons and "El Salvador" in country.buttons
    organisation = await say(ana, "peru")
    assert "ministerio o institución" in organisation.text
    await say(ana, "Ministerio de Relaciones Exteriores")
    phone = await say(ana, "Ana.Perez@RREE.GOB.PE")
    assert "Opcional" in phone.text and phone.buttons == [ES.skip]
    wrong = await say(ana, "12")
    assert "número de teléfono válido" in wrong.text and "+51 912 345 678" in wrong.text
    interpretation = await say(ana, "+51 1 204 2400")
    assert interpretation.buttons == ["Inglés", "Español", "No necesito interpretación"]
    access = await tap(ana, "Español")
    toggled = await tap(ana, "⬜ Lengua de señas")
    assert "☑️ Lengua de señas" in toggled.buttons
    await tap(ana, "⬜ Otra")
    other = await tap(ana, ES.done)
    assert "Describa el apoyo" in other.text and access.text != other.text
    diet = await say(ana, "Intérprete de LESSA, por favor")
    assert "requisitos alimentarios" in diet.text
    await tap(ana, "Otro (alergia, religión…)")
    summary = await say(ana, "Sin gluten")
    assert "Revise sus respuestas" in summary.text
    assert "Accesibilidad: Lengua de señas, Otra" in summary.text
    assert "País: Perú" in summary.text
    assert summary.buttons == [ES.confirm, ES.edit, "✖️ Cancelar"]
    done = await tap(ana, ES.confirm)

    stored = await Stored(database_url).registration(2001)
    assert REFERENCE.fullmatch(stored.reference) and stored.reference in done.text
    assert "quedó registrada" in done.text and "no sustituye" in done.text and done.buttons == [ES.request]
    assert (stored.full_name, stored.position) == ("Ana María Pérez", "Directora de Asistencia a Víctimas")
    assert (stored.delegation_type, stored.country) == ("state", "PE")
    assert (stored.organisation, stored.email) == (
        "Ministerio de Relaciones Exteriores",
        "Ana.Perez@rree.gob.pe",
    )
    assert (stored.phone, stored.interpretation_language) == ("+51 1 2042400", "es")  # as phonenumbers has it
    assert stored.accessibility == ["sign_language", "other"]
    assert stored.accessibility_other == "Intérprete de LESSA, por favor"
    assert (stored.dietary, stored.dietary_other) == ("other", "Sin gluten")
    assert (stored.status, stored.language, stored.answers) == ("confirmed", "es", {})
    assert await Stored(database_url).drafts(2001) == []


async def test_english_rsvp_with_a_typo_in_the_country_and_a_skipped_phone(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    john = local_api.user(2002, first_name="John", language_code="en")
    await open_rsvp(john)
    await drive(
        john, [("press", EN.agree), ("send", "John Smith"), ("send", "Director"), ("press", EN.state)]
    )
    suggestion = await say(john, "Colmbia")
    assert "Did you mean" in suggestion.text and suggestion.buttons[0] == "Colombia"
    await tap(john, "Colombia")
    await drive(john, [("send", "Mine Action Centre"), ("send", "john@example.org")])
    interpretation = await tap(john, EN.skip)
    assert "interpretation" in interpretation.text
    await drive(john, [("press", "No interpretation needed"), ("press", EN.none)])
    summary = await tap(john, "Vegan")
    assert "Phone: —" in summary.text and "Country: Colombia" in summary.text
    await tap(john, EN.confirm)

    stored = await Stored(database_url).registration(2002)
    assert (stored.country, stored.phone, stored.interpretation_language) == ("CO", None, "none")
    assert (stored.accessibility, stored.dietary, stored.language) == ([], "vegan", "en")


async def test_consent_refused_stores_nothing(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(2003, first_name="Eva", language_code="en")
    await open_rsvp(u)
    refused = await tap(u, "✖️ I do not agree")
    assert "nothing has been stored" in refused.text
    assert await Stored(database_url).registrations(2003) == []
    assert await Stored(database_url).drafts(2003) == []
