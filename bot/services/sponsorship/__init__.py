"""Sponsorship requests: policy, service, form, invitation codes."""
