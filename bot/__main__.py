"""`python -m bot` is the same as the `delegatebot` command."""

import sys

from bot.cli import main

sys.exit(main())
