"""Acceptance: /stats for organisers through the local Bot API: counts (anonymised records included), a PNG
chart, the default event, and refusals for everyone else."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.clock import FixedClock
from bot.events.registry import EventRegistry
from bot.services.organisers.stats import choose_event
from localapi import LocalBotApi
from tests.conftest import EVENTS_DIR
from tests.test_registration_support import EN, ES, register, say, tap
from tests.test_stats_support import (
    ADMIN,
    GROUP,
    LISTED,
    MEMBER,
    PNG,
    Rows,
    answers,
    eventually,
    in_group,
    organisers_bot,
    ours,
    request_for_myself,
)


async def _three_delegates(local_api: LocalBotApi) -> None:
    """Peru (Spanish, with a sponsorship request), Chile (withdrawn), Colombia (forgotten)."""
    ana = local_api.user(6001, first_name="Ana", language_code="es")
    await register(ana, ES, "Ana Pérez", "Perú", "ana@example.pe")
    john = local_api.user(6002, first_name="John", language_code="en")
    await register(john, EN, "John Smith", "Chile", "john@example.cl")
    await request_for_myself(john, "Santiago")
    await say(john, "/myregistration")
    await tap(john, "🗑 Withdraw my registration")
    await tap(john, "Yes, withdraw")
    eva = local_api.user(6003, first_name="Eva", language_code="en")
    await register(eva, EN, "Eva Ruiz", "Colombia", "eva@example.co")
    await request_for_myself(eva, "Bogotá")
    ask = await say(eva, "/forget")
    await eva.press(ask.buttons[0])
    await eva.reply()


async def test_stats_in_the_group_count_statuses_states_and_anonymised_records(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        await _tally(local_api, database_url)


async def _tally(local_api: LocalBotApi, database_url: str) -> None:
    await _three_delegates(local_api)

    async def anonymised() -> bool:
        return len(await Rows(database_url).anonymous()) == 2  # Eva's registration and request

    await eventually(anonymised)

    org = in_group(local_api, ADMIN)
    await org.send("/stats rsd2026")
    text, chart = await answers(org, 2, ours("📊"))
    assert "Regional Stakeholder Dialogue in the Americas 2026" in text.text
    assert "Registrations: 3 (confirmed 2, withdrawn 1)" in text.text
    assert "Including 1 kept only as anonymous counts" in text.text
    assert "Sponsorship requests: 2 (submitted 1, waiting list 0, approved 0, declined 0, withdrawn 1)" in (
        text.text
    )
    assert "Confirmed, by State or country\nColombia: 1\nPeru: 1" in text.text
    assert "Confirmed, by delegation\nState delegations: 2" in text.text
    assert "English: 1" in text.text and "Spanish: 1" in text.text
    assert "Chile" not in text.text  # withdrawn registrations are counted by status only
    assert chart.json.get("photo") and chart.data is not None and chart.data.startswith(PNG)
    assert len(chart.data) > 10_000 and "registrations over time" in (chart.text or "")


async def test_stats_default_to_the_current_event_and_refuse_others(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        await _defaults_and_refusals(local_api)


async def _defaults_and_refusals(local_api: LocalBotApi) -> None:
    listed = local_api.user(LISTED)
    await listed.send("/start va2020")
    await listed.replies(2)
    await listed.send("/stats")
    (empty, no_chart) = await listed.replies(2)
    assert "(va2020)" in empty.text
    assert "Registrations: 0" in empty.text and "no chart" in no_chart.text
    assert "Known events: " in (await say(listed, "/stats nope")).text

    stranger = local_api.user(6009, first_name="Sam", language_code="es")
    refused = await say(stranger, "/stats rsd2026")
    assert refused.text == "Solo los organizadores pueden hacer esto."
    member = in_group(local_api, MEMBER)
    await member.send("/stats rsd2026")
    (refused_in_group,) = await answers(member, 1, ours("Only"))
    assert refused_in_group.text == "Only the organisers can do this."
    local_api.add_group(-100999, "Elsewhere", members={ADMIN: "administrator", LISTED: "member"})
    elsewhere = local_api.user(LISTED).in_chat(-100999)
    await elsewhere.send("/stats rsd2026")
    assert "organisers' group" in (await elsewhere.reply()).text
    assert not [m for m in local_api.bot_messages(GROUP) if m.json.get("photo")]


def test_the_default_event_is_the_current_one_else_the_next_else_the_latest() -> None:
    events = EventRegistry(EVENTS_DIR)
    today = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # every seed event is over
    march = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
    assert choose_event(events, None, None, today).key == "rsd2026"  # type: ignore[union-attr]
    assert choose_event(events, None, None, march).key == "rsd2026"  # type: ignore[union-attr]
    assert choose_event(events, None, "va2020", march).key == "va2020"  # type: ignore[union-attr]
    assert choose_event(events, " MFA2021 ", "va2020", march).key == "mfa2021"  # type: ignore[union-attr]
    assert choose_event(events, "nope", "va2020", march) is None
    assert choose_event(EventRegistry(EVENTS_DIR / "missing"), None, None, march) is None
