"""Where organisers are: the organisers' chats the configuration names, and the organisers the bot knows."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.events.registry import EventRegistry
from bot.services.notify.groups import current_chats
from storage.organisers import OrganiserRepository


def configured_chats(settings: Settings, events: EventRegistry) -> set[int]:
    """ORGANISER_CHAT_ID and every event's own organisers' chat, as configured."""
    chats = {settings.organiser_chat_id} if settings.organiser_chat_id else set()
    for event in events.all():
        if event.registration is not None and event.registration.organiser_chat_id:
            chats.add(event.registration.organiser_chat_id)
    return chats


async def organiser_chats(session: AsyncSession, settings: Settings, events: EventRegistry) -> set[int]:
    """The organisers' chats as they are now (a group that became a supergroup by its new id)."""
    return await current_chats(session, configured_chats(settings, events))


async def known_organisers(session: AsyncSession, settings: Settings) -> set[int]:
    """ORGANISER_IDS and every organiser who has acted through the bot (decided, invited, answered)."""
    return set(settings.organiser_ids) | await OrganiserRepository(session).ids()
