"""Prometheus metrics (served at GET /metrics in webhook mode), through the official client library.

Each application gets its own registry, so tests and two bots in one process never mix their figures.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

CONTENT_TYPE = CONTENT_TYPE_LATEST


class Metrics:
    """What an operator watches: updates, handling time, errors, Telegram calls, backlogs."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.updates = Counter("delegatebot_updates", "Updates received, by type", ["type"], registry=r)
        self.repeats = Counter("delegatebot_updates_repeated", "Repeated updates skipped", registry=r)
        self.handling = Histogram(
            "delegatebot_update_seconds",
            "Time to process an update (commit and replies included), by handler",
            ["handler"],
            registry=r,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
        )
        self.errors = Counter(
            "delegatebot_errors", "Failures while handling updates, by kind", ["kind"], registry=r
        )
        self.api_calls = Counter(
            "delegatebot_telegram_calls", "Bot API calls, by method", ["method"], registry=r
        )
        self.api_errors = Counter(
            "delegatebot_telegram_errors",
            "Bot API errors, by method and code",
            ["method", "code"],
            registry=r,
        )
        self.outbox_backlog = Gauge("delegatebot_outbox_backlog", "Outbox messages waiting", registry=r)
        self.outbox_oldest = Gauge(
            "delegatebot_outbox_oldest_seconds", "Age of the oldest waiting outbox message", registry=r
        )
        self.broadcast_sends = Counter(
            "delegatebot_broadcast_sends",
            "Broadcast messages handled, by outcome (sent, unreachable, failed, retry, again)",
            ["outcome"],
            registry=r,
        )
        self.broadcast_remaining = Gauge(
            "delegatebot_broadcast_remaining",
            "Recipients still to reach in the broadcast being sent",
            registry=r,
        )
        self.conversations = Gauge(
            "delegatebot_conversations_active", "Guided conversations in progress", registry=r
        )

    def render(self) -> bytes:
        """The text exposition format."""
        return generate_latest(self.registry)
