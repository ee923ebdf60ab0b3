"""users

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger(), nullable=False, autoincrement=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("language_chosen", sa.Boolean(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=True),
        sa.Column("current_event", sa.String(32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
    )


def downgrade() -> None:
    op.drop_table("users")
