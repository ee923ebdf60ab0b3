# Slim, non-root image that serves the bot with long polling.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 delegatebot
WORKDIR /app

COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
COPY locales ./locales
RUN pip install .

COPY events ./events
RUN mkdir -p /app/data && chown delegatebot:delegatebot /app/data
USER delegatebot

ENV EVENTS_DIR=/app/events \
    DATABASE_URL=sqlite+aiosqlite:////app/data/delegatebot.sqlite3
VOLUME ["/app/data"]
CMD ["delegatebot", "run"]
