"""Organisers' notices: what is queued in the outbox, and how each notice is rendered."""
