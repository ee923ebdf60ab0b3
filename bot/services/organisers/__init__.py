"""Organisers' tools: decisions, statistics, exports, lookups."""
