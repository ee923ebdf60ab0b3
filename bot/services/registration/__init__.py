"""RSVPs: the registration service, its form, withdrawing."""
