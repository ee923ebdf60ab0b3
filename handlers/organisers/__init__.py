"""Organisers' handlers: decisions, relay, stats, export, lookup, invitations, audit."""
