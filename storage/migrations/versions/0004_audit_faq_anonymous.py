"""audit log, FAQ additions, question answers, anonymous records

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.add_column(sa.Column("answer", sa.Text(), nullable=True))
        batch.add_column(sa.Column("answered_by", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("answered_at", UTC_TIME, nullable=True))
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("actor_kind", sa.String(16), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject_type", sa.String(24), nullable=False),
        sa.Column("subject_ref", sa.String(48), nullable=False),
        sa.Column("event_key", sa.String(32), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_subject_ref", "audit_log", ["subject_ref"])
    op.create_index("ix_audit_log_event_key", "audit_log", ["event_key"])
    op.create_table(
        "faq_additions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_key", sa.String(32), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("added_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_faq_additions"),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name="fk_faq_additions_question_id_questions",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_faq_additions_event_key", "faq_additions", ["event_key"])
    op.create_table(
        "anonymous_records",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_key", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("country", sa.String(48), nullable=True),
        sa.Column("delegation_type", sa.String(16), nullable=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("anonymised_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_anonymous_records"),
    )
    op.create_index("ix_anonymous_records_event_key", "anonymous_records", ["event_key"])


def downgrade() -> None:
    op.drop_table("anonymous_records")
    op.drop_table("faq_additions")
    op.drop_table("audit_log")
    with op.batch_alter_table("questions") as batch:
        batch.drop_column("answered_at")
        batch.drop_column("answered_by")
        batch.drop_column("answer")
