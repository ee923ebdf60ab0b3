"""registrations, users: indexes that answer organisers' /stats from the index alone

The counts by profile (status, country, delegation type, language), the first and latest registration and
the registrations per day read only these columns of an event's rows, and the people who blocked the bot
are few: at 10,000 registrations /stats' database work went from about 60 ms to a few (bench/speed.py).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

PROFILE = ["event_key", "status", "country", "delegation_type", "language"]


def upgrade() -> None:
    op.create_index("ix_registrations_event_profile", "registrations", PROFILE)
    op.create_index("ix_registrations_event_created", "registrations", ["event_key", "created_at"])
    op.create_index("ix_users_unreachable_since", "users", ["unreachable_since"])


def downgrade() -> None:
    op.drop_index("ix_users_unreachable_since", "users")
    op.drop_index("ix_registrations_event_created", "registrations")
    op.drop_index("ix_registrations_event_profile", "registrations")
