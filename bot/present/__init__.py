"""Presentation shared by services and the answering engine: event facts, times, info screens, rendering."""
