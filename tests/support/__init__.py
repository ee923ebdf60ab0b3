"""Helpers shared by the tests: driving the bot as a user would, re-reading the database, waiting on state.
Nothing here is collected as a test; the helpers' own checks are in tests/test_support.py."""
