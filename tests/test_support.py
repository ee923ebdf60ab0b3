"""The test helpers' own assumptions (tests/support/): when an event file or the organisers' setup changes,
a failure here says which helper to update, rather than many acceptance tests failing at once."""

from __future__ import annotations

import tomllib

from bot.clock import FixedClock
from localapi import LocalBotApi
from tests.conftest import EVENTS_DIR
from tests.support import organisers
from tests.support.registration import EN, rsvp_steps


def test_rsvp_steps_follow_the_event_fields() -> None:
    # rsd2026 asks 10 fields; the helper answers each (consent first): a change in the event file shows here.
    fields = tomllib.loads((EVENTS_DIR / "rsd2026.toml").read_text())["registration"]
    assert len(fields["fields"]) == 10
    assert len(rsvp_steps(EN, "A", "Peru", "a@b.org")) == 1 + len(fields["fields"])


def test_register_as_replaces_the_position_and_organisation_steps() -> None:
    steps = rsvp_steps(EN, "A B", "Peru", "a@b.org")
    assert steps[2] == ("send", "Focal point") and steps[5] == ("send", "Ministry of Foreign Affairs")


async def test_the_group_and_the_inbox_start_empty_and_members_are_as_configured(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers.organisers_bot(local_api, database_url, clock) as org:
        members = (organisers.ORGANISER, organisers.ADMIN, organisers.MEMBER)
        statuses = {u: local_api.state.chats[organisers.GROUP].status_of(u) for u in members}
        assert statuses == dict(zip(members, ("member", "administrator", "member"), strict=True))
        assert org.api.bot_messages(organisers.GROUP) == [] and org.inbox.messages == []
        assert org.bot.settings.organiser_chat_id == organisers.GROUP
        assert org.bot.settings.smtp_host == "127.0.0.1"
