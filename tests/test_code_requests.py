"""Acceptance, in both languages: an organisation's delegate without an invitation code is told that
sponsorship for organisations is by invitation, gets the contact, and asks for a code in one tap (once);
the request reaches the organisers' group, where one tap issues the code (once); the code reaches the
delegate with a link that opens the request with the code already filled in."""

from __future__ import annotations

import re

import pytest

from bot.clock import FixedClock
from localapi import LocalBotApi, LocalUser, MessageRecord
from tests.support.organisers import (
    ADMIN,
    GROUP,
    MEMBER,
    ORGANISER,
    Organisers,
    audit,
    organisers_bot,
    posts,
    settled,
)
from tests.support.registration import EN, ES, Labels, Stored, drive, open_rsvp, rsvp_steps, tap
from tests.support.waiting import PATIENCE, eventually
from tests.test_decisions import answers, shown
from tests.test_delegate_paths import words

BOTH = [(EN, "en"), (ES, "es")]
LINK = re.compile(r"https://t\.me/delegatebot_test_bot\?start=(INV-[2-9A-HJKMNP-Z]{6})")
ISSUE = "🔑 Issue a code"


async def registered_ngo(u: LocalUser, labels: Labels) -> None:
    """An RSVP for rsd2026 on behalf of an NGO."""
    steps = rsvp_steps(labels, "Nora Díaz", "El Salvador", f"{u.id}@survivors.org")
    steps[3] = ("press", labels.ngo)
    steps[5] = ("send", "Survivors Network")
    await open_rsvp(u)
    await drive(u, steps)
    await tap(u, labels.confirm)


async def asked_for_code(org: Organisers, u: LocalUser, labels: Labels, lang: str) -> MessageRecord:
    """Press "Request sponsorship", read the screen, ask for a code; the post in the organisers' group."""
    screen = await tap(u, labels.request)
    assert words(lang, "by invitation", "es por invitación") in screen.text
    assert "isu@apminebanconvention.org" in screen.text  # the contact
    have, ask = (
        words(lang, "🔑 I have a code", "🔑 Tengo un código"),
        words(lang, "📨 Ask the organisers for a code", "📨 Pedir un código a los organizadores"),
    )
    assert screen.buttons == [have, ask]
    since = org.mark()
    told = await tap(u, ask)
    assert words(lang, "asked the organisers", "He pedido a los organizadores") in told.text
    assert "Survivors Network" in told.text
    (post,) = await eventually(
        lambda: [m for m in org.api.messages_since(since, GROUP) if ISSUE in m.buttons], bool
    )
    await eventually(lambda: posts(org.url), lambda rows: any(r.message_id == post.message_id for r in rows))
    return post


@pytest.mark.parametrize(("labels", "lang"), BOTH)
async def test_an_organisation_asks_for_a_code_once_and_its_link_fills_it_in(
    local_api: LocalBotApi, database_url: str, clock: FixedClock, labels: Labels, lang: str
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        nora = local_api.user(12001 if lang == "en" else 12002, first_name="Nora", language_code=lang)
        await registered_ngo(nora, labels)
        post = await asked_for_code(org, nora, labels, lang)
        reference = (await Stored(database_url).registration(nora.id)).reference
        assert post.text.startswith(f"📨 Invitation code requested · {reference}")
        assert "Organisation: Survivors Network" in post.text and post.buttons == [ISSUE]

        # Asking again posts nothing: the screen says it was asked, and offers only "I have a code".
        again = await tap(nora, labels.request)
        assert words(lang, "You asked the organisers for a code on", "Usted pidió un código") in again.text
        assert again.buttons == [words(lang, "🔑 I have a code", "🔑 Tengo un código")]

        await org.member(MEMBER).press(ISSUE, message=post)
        await eventually(lambda: answers(local_api, MEMBER), bool)
        assert await Stored(database_url).invitations() == []  # a member is refused

        issue_data = post.find_button(label=ISSUE)["callback_data"]
        since = local_api.mark()
        await org.member(ORGANISER).press(ISSUE, message=post)
        (sent,) = await local_api.wait_for_messages(nora.chat_id, 1, PATIENCE, since=since)
        edited = await shown(org, post, lambda m: not m.buttons)
        await org.member(ADMIN).press(data=issue_data, message=post, force=True)  # a late tap
        assert (await eventually(lambda: answers(local_api, ADMIN), bool)) == [
            "A code was already issued for this request; nothing changed."
        ]
        match = LINK.search(sent.text)
        assert match is not None, sent.text
        code = match.group(1)
        assert words(lang, "Your invitation code", "Su código de invitación") in sent.text
        assert f"Code {code} issued by Olga" in edited.text

        # The link opens the request with the code filled in: the next question is the nominee.
        await nora.send(f"/start {code}")
        opened = (await nora.replies(2, PATIENCE))[-1]
        assert words(lang, "Who would travel?", "¿Quién viajaría?") in opened.text
        await drive(nora, [("press", labels.myself), ("send", "San Salvador")])
        await drive(nora, [("press", labels.no), ("press", labels.no)])
        summary = await drive(nora, [("send", "4/5/2026"), ("send", "5/5/2026")])
        assert code in summary.text
        done = await tap(nora, labels.confirm)
        assert words(lang, "submitted", "enviada") in done.text, done.text
        sent_all = await settled(database_url)
        assert {(m.template, m.status) for m in sent_all if m.template.startswith("code")} == {
            ("code_request", "sent"),  # the post, its edit and its e-mail copy
            ("code_issued", "sent"),
        }

    (invitation,) = await Stored(database_url).invitations()
    assert (invitation.code, invitation.organisation, invitation.used_by_user_id) == (
        code,
        "Survivors Network",
        nora.id,
    )
    (request,) = await Stored(database_url).requests(nora.id)
    assert request.party == f"org:{code}"
    (issued, _used) = await audit(database_url, code)
    assert (issued.action, issued.actor_id) == ("invitation.issued", ORGANISER)
    code_posts = [p for p in await posts(database_url) if p.subject_type == "code_request"]
    assert [(p.state, p.subject_id) for p in code_posts] == [("issued", request.registration_id)]
