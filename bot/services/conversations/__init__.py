"""Conversations held in the database: drafts, their forms and steps, opening one for an event."""
