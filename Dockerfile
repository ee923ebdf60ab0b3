# delegatebot: a slim image running as a non-root user. The default command serves the bot in webhook mode
# behind a TLS reverse proxy (compose.yaml); for long polling run `delegatebot run` and turn the health check
# off (compose.polling.yaml, or `docker run --no-healthcheck ... delegatebot run`). See docs/deploy.md.
ARG PYTHON_IMAGE=python:3.11-slim

# Builder: build the project's wheel (locales and migrations are package data) and install it with its
# dependencies into a virtual environment, which is all the runtime stage takes.
FROM ${PYTHON_IMAGE} AS builder
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
COPY locales ./locales
COPY localapi ./localapi
RUN /opt/venv/bin/pip wheel --no-deps --wheel-dir /tmp/wheels . \
    && /opt/venv/bin/pip install /tmp/wheels/delegatebot-*.whl

# Runtime: the same base image (the venv's interpreter is a link to it), the venv, the event files.
FROM ${PYTHON_IMAGE} AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    EVENTS_DIR=/app/events \
    DATABASE_URL=sqlite+aiosqlite:////data/delegatebot.sqlite3 \
    WEBHOOK_LISTEN=0.0.0.0 \
    WEBHOOK_PORT=8080
RUN useradd --create-home --uid 10001 --user-group delegatebot \
    && mkdir -p /data \
    && chown delegatebot:delegatebot /data
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
COPY events ./events
# Fail the build on an invalid event file rather than at start.
RUN delegatebot check-events /app/events

USER delegatebot
# SQLite's database (and its polling lock) live here; unused with PostgreSQL.
VOLUME ["/data"]
EXPOSE 8080
# Webhook mode only: /healthz is served by `delegatebot webhook`, on WEBHOOK_PORT. The slim image has no
# curl, hence Python's urllib (any error or a status other than 200 exits non-zero).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('WEBHOOK_PORT', '8080'), timeout=4)"]
CMD ["delegatebot", "webhook"]
