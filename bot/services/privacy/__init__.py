"""Data rights: what is held about a person, showing it, forgetting it, purging an event."""
