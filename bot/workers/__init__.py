"""Background work that is not an update: the outbox dispatcher, idle-conversation expiry."""
