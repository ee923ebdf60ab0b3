"""Acceptance: /stats for organisers through the local Bot API: counts (anonymised records included), a PNG
chart, the default event, and refusals for everyone else. Then the parts: counts made by the database with
days in the event's zone, a readable time axis for any span, and the worker processes that draw."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from matplotlib.dates import date2num

from bot.clock import FixedClock
from bot.events.registry import EventRegistry
from bot.services.organisers.stats import UNKNOWN, choose_event, event_stats, utc_offsets
from bot.services.organisers.stats_chart import MAX_TICKS, ChartText, draw_chart, render_chart
from localapi import LocalBotApi
from storage.db import Database
from storage.models import AnonymousRecord, Registration, User
from tests.conftest import EVENTS_DIR
from tests.support.organiser_tools import (
    ADMIN,
    GROUP,
    LISTED,
    MEMBER,
    PNG,
    Rows,
    answers,
    in_group,
    organisers_bot,
    ours,
    request_for_myself,
)
from tests.support.registration import EN, ES, register, say, tap


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
    assert len(await Rows(database_url).anonymous()) == 2  # Eva's registration and request

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


def test_utc_offsets_pin_each_change_of_the_zones_offset() -> None:
    first, last = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC)
    assert utc_offsets(ZoneInfo("America/New_York"), first, last) == [
        (first, timedelta(hours=-5)),
        (datetime(2026, 3, 8, 7, 0, tzinfo=UTC), timedelta(hours=-4)),
        (datetime(2026, 11, 1, 6, 0, tzinfo=UTC), timedelta(hours=-5)),
    ]
    assert utc_offsets(ZoneInfo("America/El_Salvador"), first, last) == [(first, timedelta(hours=-6))]


def _delegate(n: int, at: datetime, status: str, country: str | None) -> list[User | Registration]:
    """A user and their registration for va2020, received at `at`."""
    user = User(id=7100 + n, language="es", created_at=at, updated_at=at)
    registration = Registration(
        user_id=user.id,
        event_key="va2020",
        reference=f"VA-{n}",
        status=status,
        language="es",
        country=country,
        delegation_type="state" if country else None,
        answers={},
        consent_at=at,
        created_at=at,
        updated_at=at,
    )
    return [user, registration]


async def test_stats_are_counted_by_the_database_and_days_follow_the_events_zone(database_url: str) -> None:
    """va2020 is in Zurich: summer time ended on 25 October 2020 at 01:00 UTC, moving local midnight."""
    instants = [
        datetime(2020, 10, 24, 21, 59, 59, tzinfo=UTC),  # 23:59:59 summer time, 24 October
        datetime(2020, 10, 24, 22, 0, 1, tzinfo=UTC),  # 00:00:01, 25 October
        datetime(2020, 10, 25, 22, 59, 59, tzinfo=UTC),  # 23:59:59 winter time, 25 October
        datetime(2020, 10, 25, 23, 0, 0, tzinfo=UTC),  # midnight, 26 October
    ]
    statuses = [("confirmed", "PE"), ("confirmed", None), ("withdrawn", "CL"), ("confirmed", "PE")]
    database = Database(database_url)
    await database.migrate()
    async with database.session() as session:
        for n, (at, (status, country)) in enumerate(zip(instants, statuses, strict=True)):
            session.add_all(_delegate(n, at, status, country))
            await session.flush()  # each user before their registration
        session.add(AnonymousRecord(event_key="va2020", kind="registration", status="confirmed", country="CO",
                                    created_on=date(2020, 10, 1), anonymised_at=instants[0]))  # fmt: skip
    async with database.session() as session:
        stats = await event_stats(session, EventRegistry(EVENTS_DIR).get("va2020"))  # type: ignore[arg-type]
        assert not list(session.identity_map.values())  # no registration was loaded as an object
    await database.dispose()
    days = {date(2020, 10, 1): 1, date(2020, 10, 24): 1, date(2020, 10, 25): 2, date(2020, 10, 26): 1}
    assert stats.per_day == days
    assert (stats.registrations, stats.anonymised) == ({"confirmed": 4, "withdrawn": 1}, 1)
    assert stats.countries == {"PE": 2, UNKNOWN: 1, "CO": 1}
    assert stats.cumulative()[-1] == (date(2020, 10, 26), 5)


CHART_TEXT = ChartText("Dialogue", "Registrations over time", "Confirmed, by State", "Count", "Others")
START = date(2026, 1, 1)


@pytest.mark.parametrize(
    "cumulative",
    [
        [(START, 1)],  # one registration
        [(START, 250)],  # all on one day: matplotlib alone spreads it over four years, a tick a day
        [(START, 2), (START + timedelta(days=1), 5)],
        [(START + timedelta(days=d), 166 * (d + 1)) for d in range(61)],  # 10,000 over two months
        [(START + timedelta(days=d), d + 1) for d in range(0, 730, 2)],  # two years
        [(START - timedelta(days=1200), 1), (START, 2)],  # an old anonymous record, a recent registration
    ],
)
def test_the_chart_has_a_few_whole_days_on_its_time_axis_whatever_the_span(
    cumulative: list[tuple[date, int]],
) -> None:
    countries = {code: 10 + i for i, code in enumerate(["PE", "CL", "CO", "AR", "BR", "MX", "EC", "BO"] * 3)}
    figure = draw_chart(cumulative, countries, CHART_TEXT, {"PE": "Peru"})
    timeline = figure.axes[0]
    ticks = timeline.get_xticks()
    assert 2 <= len(ticks) <= MAX_TICKS + 2 and all(tick == int(tick) for tick in ticks)  # days, not hours
    low, high = timeline.get_xlim()
    assert low < date2num(cumulative[0][0]) and date2num(cumulative[-1][0]) < high
    assert render_chart(cumulative, countries, CHART_TEXT, {}).startswith(PNG)  # warnings are errors here
