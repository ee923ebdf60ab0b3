"""Announcements to registrants: segments, composing, scheduling, and what each recipient is sent."""
