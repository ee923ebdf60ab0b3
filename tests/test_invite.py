"""Acceptance: /invite issues an invitation code for an organisation, in the group or in private, for
organisers only; the code then lets the organisation's delegate request sponsorship."""

from __future__ import annotations

import re

from bot.clock import FixedClock
from localapi import LocalBotApi, LocalUser, MessageRecord
from tests.support.organisers import MEMBER, ORGANISER, audit, organisers_bot
from tests.support.registration import EN, Stored, drive, open_rsvp, say, tap

CODE = re.compile(r"INV-[2-9A-HJKMNP-Z]{6}")


async def request_as_organisation(nora: LocalUser, code: str) -> MessageRecord:
    """Register for an NGO and request sponsorship with the code; the confirmation."""
    await open_rsvp(nora)
    await drive(
        nora, [("press", EN.agree), ("send", "Nora Diaz"), ("send", "Coordinator"), ("press", EN.ngo)]
    )
    await drive(
        nora, [("send", "El Salvador"), ("send", "Survivors Network"), ("send", "nora@survivors.org")]
    )
    await drive(nora, [("press", EN.skip), ("press", "Spanish"), ("press", EN.none), ("press", "None")])
    await tap(nora, EN.confirm)
    await tap(nora, EN.request)  # organisations are first told that sponsorship is by invitation
    await tap(nora, "🔑 I have a code")
    await say(nora, code)
    await drive(nora, [("press", EN.myself), ("send", "San Salvador"), ("press", EN.no), ("press", EN.no)])
    await drive(nora, [("send", "4/5/2026"), ("send", "5/5/2026")])
    return await tap(nora, EN.confirm)


async def test_an_organiser_issues_a_code_that_an_organisation_then_uses(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        olga = org.member(ORGANISER)
        reply = await say(olga, "/invite rsd2026 Survivors Network")
        match = CODE.search(reply.text)
        assert match is not None
        assert "Invitation code for Survivors Network · Regional Stakeholder Dialogue" in reply.text
        assert "open https://t.me/delegatebot_test_bot?start=rsd2026 in Telegram" in reply.text
        code = match.group()

        nora = local_api.user(5401, first_name="Nora", language_code="en")
        assert "submitted" in (await request_as_organisation(nora, code)).text
        private = local_api.user(ORGANISER)  # in the group, notices of the request may come in between
        history = await say(private, f"/audit {code.lower()}")
        (request,) = await Stored(database_url).requests(5401)
        by_request = await say(private, f"/audit S{request.id}")
    reference = (await Stored(database_url).registration(5401)).reference
    assert f"invitation used for sponsorship request S{request.id} · the delegate" in history.text
    assert f"used_by: — → {reference}" in history.text  # who used it, by their reference
    assert by_request.text.startswith(f"🗂 History of S{request.id}")
    assert f"sponsorship request S{request.id} made (place held) · the delegate" in by_request.text
    assert f"invitation used for sponsorship request S{request.id}" in by_request.text
    assert "registration confirmed" not in by_request.text  # only what is about the request

    (invitation,) = await Stored(database_url).invitations()
    assert (invitation.code, invitation.organisation, invitation.event_key) == (
        code,
        "Survivors Network",
        "rsd2026",
    )
    assert invitation.used_by_user_id == 5401
    issued, used = await audit(database_url, code)
    assert (issued.action, issued.actor_kind, issued.actor_id) == (
        "invitation.issued",
        "organiser",
        ORGANISER,
    )
    assert (used.action, used.actor_kind, used.after) == (
        "invitation.used",
        "delegate",
        {"used_by": reference, "request": request.id},
    )
    assert request.party == f"org:{code}"


async def test_invite_explains_itself_and_refuses_what_it_cannot_do(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        private = local_api.user(ORGANISER)
        usage = await say(private, "/invite")
        assert (
            "Usage: /invite EVENT [ORGANISATION]" in usage.text and "mfa2021, rsd2026, va2020" in usage.text
        )
        assert "I do not know the event “nope”" in (await say(private, "/invite nope Org")).text
        assert "no code is needed" in (await say(private, "/invite va2020 Org")).text
        unnamed = await say(private, "/invite RSD2026")
        assert "(organisation not named)" in unnamed.text and CODE.search(unnamed.text)
        local_api.add_group(-1009990002, "Delegates' chat", members={ORGANISER: "member"})
        elsewhere = local_api.user(ORGANISER).in_chat(-1009990002)
        for command in ("/invite rsd2026 Org", "/audit RSD-ZZZZ"):
            moved = await say(elsewhere, command)
            assert (
                moved.text
                == "Please use this command in the organisers' group, or in a private chat with me."
            )
        refused = await say(org.member(MEMBER), "/invite rsd2026 Mine")
        assert refused.text == "Only the organisers can do this."
        delegate = local_api.user(5402, first_name="Del", language_code="en")
        await delegate.send("/start rsd2026")
        await delegate.replies(2)
        assert (await say(delegate, "/invite rsd2026")).text == "Only the organisers can do this."
    (invitation,) = await Stored(database_url).invitations()
    assert invitation.organisation == ""
