"""A formatting tag the Bot API refuses (a self-hosted server older than the tag: `<tg-time>` before Bot API
9.5) costs only the tag: the message is sent again without it, its text kept, instead of failing."""

from __future__ import annotations

from bot.clock import FixedClock
from bot.text import fallback_html, refused_tag, without_tag
from localapi import Fault, LocalBotApi
from tests.support.organisers import GROUP, organisers_bot, settled
from tests.support.registration import EN, register

OLD_SERVER = 'Bad Request: can\'t parse entities: Unsupported start tag "tg-time" at byte offset 12'
TIME = '<tg-time unix="1777888800" format="t">10:00</tg-time>'


def test_the_refused_tag_is_read_from_telegrams_answer() -> None:
    assert refused_tag(OLD_SERVER) == "tg-time"
    assert refused_tag('Can\'t parse entities: unsupported start tag "SPAN" at byte offset 3') == "span"
    assert refused_tag("Bad Request: chat not found") is None
    assert refused_tag("Can't parse entities: can't find end tag corresponding to start tag \"b\"") is None


def test_a_tag_is_removed_and_what_it_encloses_is_kept() -> None:
    text = f"<b>Opening</b> at {TIME}, closing at <TG-TIME unix='1' format=\"t\">18:00</TG-TIME>"
    assert without_tag(text, "tg-time") == "<b>Opening</b> at 10:00, closing at 18:00"
    assert without_tag("<tg-timer>x</tg-timer> <tg-time/>y", "tg-time") == "<tg-timer>x</tg-timer> y"
    assert without_tag("<b>a &lt;tg-time&gt; b</b>", "tg-time") == "<b>a &lt;tg-time&gt; b</b>"


def test_a_message_is_resent_only_when_dropping_the_tag_changes_it() -> None:
    assert fallback_html(f"Starts {TIME}", OLD_SERVER) == "Starts 10:00"
    assert fallback_html("<b>No time here</b>", OLD_SERVER) is None  # sending again would fail again
    assert fallback_html(f"Starts {TIME}", "Bad Request: message is too long") is None


async def test_an_organisers_post_whose_tag_is_refused_is_posted_without_it(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    refusal = 'can\'t parse entities: Unsupported start tag "b" at byte offset 5'
    local_api.add_fault(Fault.bad_request("sendMessage", refusal, chat_id=GROUP))
    async with organisers_bot(local_api, database_url, clock) as org:
        since = org.mark()
        u = local_api.user(5901, first_name="Ada", language_code="en")
        await register(u, EN, "Ada Lovelace", "Peru", "ada@example.org")
        (post,) = await org.posts(since)
        rows = await settled(database_url)
    assert post.text.startswith("🆕 New registration · ") and "Name: Ada Lovelace" in post.text
    assert "bold" not in {e["type"] for e in post.entities}  # the headline is plain now
    refused, sent = [c for c in local_api.calls("sendMessage") if str(c.params["chat_id"]) == str(GROUP)]
    assert not refused.ok and "<b>New registration</b>" in refused.params["text"]
    assert sent.ok and sent.params["text"] == without_tag(refused.params["text"], "b")
    assert [(r.status, r.attempts) for r in rows if r.channel == "group"] == [("sent", 1)]
