"""registrations, sponsorship requests, slot claims, invitations and conversation drafts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _times(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.DateTime(timezone=True), nullable=False) for name in names]


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("event_key", sa.String(32), nullable=False),
        sa.Column("step", sa.String(48), nullable=False),
        sa.Column("token", sa.String(8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("last_message_id", sa.BigInteger(), nullable=False),
        sa.Column("expired", sa.Boolean(), nullable=False),
        *_times("created_at", "updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_drafts"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_drafts_user_id_users", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("user_id", "kind", "event_key", name="uq_drafts_user_kind_event"),
    )
    op.create_index("ix_drafts_expired", "drafts", ["expired"])

    op.create_table(
        "registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("event_key", sa.String(32), nullable=False),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=True),
        sa.Column("position", sa.String(200), nullable=True),
        sa.Column("delegation_type", sa.String(16), nullable=True),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("organisation", sa.String(200), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("attendance_mode", sa.String(16), nullable=True),
        sa.Column("interpretation_language", sa.String(8), nullable=True),
        sa.Column("accessibility", sa.JSON(), nullable=True),
        sa.Column("accessibility_other", sa.String(500), nullable=True),
        sa.Column("dietary", sa.String(16), nullable=True),
        sa.Column("dietary_other", sa.String(500), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        *_times("consent_at", "created_at", "updated_at"),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_registrations"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_registrations_user_id_users", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("user_id", "event_key", name="uq_registrations_user_event"),
        sa.UniqueConstraint("reference", name="uq_registrations_reference"),
    )
    op.create_index("ix_registrations_event_key", "registrations", ["event_key"])

    op.create_table(
        "invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("event_key", sa.String(32), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        *_times("created_at"),
        sa.Column("used_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_invitations"),
        sa.UniqueConstraint("code", name="uq_invitations_code"),
    )
    op.create_index("ix_invitations_event_key", "invitations", ["event_key"])

    op.create_table(
        "sponsorship_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("event_key", sa.String(32), nullable=False),
        sa.Column("party", sa.String(48), nullable=False),
        sa.Column("slot_id", sa.String(40), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("nominee_self", sa.Boolean(), nullable=False),
        sa.Column("nominee_name", sa.String(200), nullable=False),
        sa.Column("nominee_position", sa.String(200), nullable=True),
        sa.Column("nominee_email", sa.String(254), nullable=True),
        sa.Column("departure_city", sa.String(200), nullable=True),
        sa.Column("accommodation", sa.Boolean(), nullable=True),
        sa.Column("meals", sa.Boolean(), nullable=True),
        sa.Column("arrival_date", sa.Date(), nullable=True),
        sa.Column("departure_date", sa.Date(), nullable=True),
        sa.Column("invitation_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.BigInteger(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        *_times("created_at", "updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_sponsorship_requests"),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name="fk_sponsorship_requests_registration_id_registrations",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_sponsorship_requests_user_id_users", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["invitation_id"],
            ["invitations.id"],
            name="fk_sponsorship_requests_invitation_id_invitations",
            ondelete="SET NULL",
        ),
    )
    for column in ("registration_id", "user_id", "event_key"):
        op.create_index(f"ix_sponsorship_requests_{column}", "sponsorship_requests", [column])

    op.create_table(
        "slot_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_key", sa.String(32), nullable=False),
        sa.Column("party", sa.String(48), nullable=False),
        sa.Column("slot_id", sa.String(40), nullable=False),
        sa.Column("seat_no", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        *_times("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_slot_claims"),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["sponsorship_requests.id"],
            name="fk_slot_claims_request_id_sponsorship_requests",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("event_key", "party", "slot_id", "seat_no", name="uq_slot_claims_seat"),
        sa.UniqueConstraint("request_id", name="uq_slot_claims_request_id"),
    )


def downgrade() -> None:
    op.drop_table("slot_claims")
    op.drop_table("sponsorship_requests")
    op.drop_table("invitations")
    op.drop_table("registrations")
    op.drop_table("drafts")
