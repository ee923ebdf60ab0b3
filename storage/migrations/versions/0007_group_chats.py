"""organisers' groups: moves to supergroups, outages, and the messages posted in them (for pacing)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "chat_moves",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("new_chat_id", sa.BigInteger(), nullable=False),
        sa.Column("moved_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_chat_moves"),
    )
    op.create_table(
        "chat_outages",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("since", UTC_TIME, nullable=False),
        sa.Column("error", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_chat_outages"),
    )
    op.create_table(
        "group_sends",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.Column("notices", sa.Integer(), nullable=False),
        sa.Column("sent_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_group_sends"),
    )
    op.create_index("ix_group_sends_chat_sent", "group_sends", ["chat_id", "sent_at"])


def downgrade() -> None:
    op.drop_index("ix_group_sends_chat_sent", table_name="group_sends")
    op.drop_table("group_sends")
    op.drop_table("chat_outages")
    op.drop_table("chat_moves")
