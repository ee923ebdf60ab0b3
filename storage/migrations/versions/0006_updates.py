"""received Telegram updates: stored before they are acknowledged, processed once

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "updates",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("received_at", UTC_TIME, nullable=False),
        sa.Column("processed_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_updates"),
    )
    op.create_index("ix_updates_processed_at", "updates", ["processed_at"])


def downgrade() -> None:
    op.drop_index("ix_updates_processed_at", table_name="updates")
    op.drop_table("updates")
