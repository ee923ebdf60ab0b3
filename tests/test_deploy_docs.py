"""The deployment files (Dockerfile, compose files, Caddyfile, env example) and docs/deploy.md, checked
outside Docker: what the image copies exists, the wheel it installs works from another folder, its health
check answers against the real webhook server, and the backup and restore procedures the docs give work."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tomllib
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from fnmatch import fnmatch
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from bot.app import build_application
from bot.cli import main
from bot.clock import FixedClock
from bot.config import Settings, SettingsError, load_settings
from bot.web import WebServer
from localapi import LocalBotApi
from storage.db import Database, alembic_config
from storage.models import User
from tests.conftest import ROOT, make_settings

COMPOSE_FILES = ("compose.yaml", "compose.polling.yaml")
COMPOSE_ONLY = {"BOT_DOMAIN", "POSTGRES_PASSWORD"}  # read by compose.yaml's ${...}, not by the bot
EXAMPLE = {"BOT_DOMAIN": "bot.example.org", "POSTGRES_PASSWORD": "Pg-pass_word"}
SETTINGS = {f.validation_alias for f in Settings.model_fields.values()}
DEFAULT_PORT = Settings.model_fields["webhook_port"].default
HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
USER_ID = 7700001
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
TABLES = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"


# --- Dockerfile ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    stage: str
    keyword: str
    args: str


def dockerfile() -> list[Step]:
    """The Dockerfile's instructions (continuation lines joined, comments dropped), with their stage."""
    logical = re.sub(r"\\\n(?:\s*#[^\n]*\n)*", " ", (ROOT / "Dockerfile").read_text())
    steps, stage = [], ""
    for line in logical.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        keyword, _, args = line.strip().partition(" ")
        if keyword.upper() == "FROM":
            stage = args.split()[-1] if " AS " in args.upper() else str(len(steps))
        steps.append(Step(stage, keyword.upper(), args.strip()))
    return steps


def runtime_steps(keyword: str) -> list[Step]:
    steps = dockerfile()
    return [s for s in steps if s.stage == steps[-1].stage and s.keyword == keyword]


def exec_form(args: str) -> list[str]:
    assert args.startswith("["), f"use the exec (JSON) form: {args}"
    return json.loads(args)


def env_of(steps: list[Step]) -> dict[str, str]:
    return dict(tok.split("=", 1) for s in steps for tok in shlex.split(s.args))


def dockerignored(path: str) -> bool:
    patterns = [p.strip() for p in (ROOT / ".dockerignore").read_text().splitlines()]
    patterns = [p for p in patterns if p and not p.startswith("#")]
    assert not any(p.startswith("!") for p in patterns), "negations are not handled here"
    parts = Path(path).parts
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(fnmatch(prefix, p.removeprefix("**/")) for prefix in prefixes for p in patterns)


def copies(stage: str) -> list[tuple[list[str], str]]:
    """The (sources, destination) of each COPY from the build context in `stage`."""
    found = []
    for step in dockerfile():
        if step.keyword == "COPY" and step.stage == stage and "--from=" not in step.args:
            words = [w for w in shlex.split(step.args) if not w.startswith("--")]
            found.append((words[:-1], words[-1]))
    return found


def test_every_copied_source_exists_and_is_in_the_build_context() -> None:
    stages = {s.stage for s in dockerfile() if s.keyword == "FROM"}
    sources = [source for stage in stages for sources, _ in copies(stage) for source in sources]
    assert sources
    for source in sources:
        assert (ROOT / source).exists(), source
        assert not dockerignored(source), f"{source} is excluded by .dockerignore"
    for secret_or_local in (".env", "data/delegatebot.sqlite3", ".git", ".venv", "tests"):
        assert dockerignored(secret_or_local), secret_or_local


def test_the_runtime_stage_is_slim_non_root_and_keeps_data_in_a_volume() -> None:
    steps = dockerfile()
    stages = [s for s in steps if s.keyword == "FROM"]
    assert len(stages) >= 2 and len({s.args.split()[0] for s in stages}) == 1  # the venv's interpreter
    froms = {m[1] for c in runtime_steps("COPY") if (m := re.search(r"--from=(\S+)", c.args))}
    assert froms and froms <= {s.stage for s in stages[:-1]}
    user = runtime_steps("USER")[-1].args.split(":")[0]
    assert user not in {"root", "0"}
    assert any("useradd" in r.args and user in r.args.split() for r in runtime_steps("RUN"))
    env = env_of(runtime_steps("ENV"))
    volumes = json.loads(runtime_steps("VOLUME")[-1].args)
    assert volumes == ["/data"] and env["DATABASE_URL"].startswith("sqlite+aiosqlite:////data/")
    assert env["EVENTS_DIR"] == "/app/events" and any("./events" in s.args for s in runtime_steps("COPY"))
    load_settings(_env_file=None, **env)  # the image's own settings are valid


def test_the_image_exposes_the_webhook_port_and_runs_a_declared_console_script(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert runtime_steps("EXPOSE")[-1].args == str(DEFAULT_PORT)
    assert env_of(runtime_steps("ENV"))["WEBHOOK_PORT"] == str(DEFAULT_PORT)
    command = exec_form(runtime_steps("CMD")[-1].args)
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert command == ["delegatebot", "webhook"] and command[0] in scripts
    assert_subcommand(command[1], capsys)


def assert_subcommand(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`delegatebot NAME --help` is accepted (argparse exits 0 for a known command, 2 otherwise)."""
    with pytest.raises(SystemExit) as stopped:
        main([name, "--help"])
    capsys.readouterr()
    assert stopped.value.code == 0, f"`delegatebot {name}` is not a command"


def healthcheck() -> list[str]:
    (step,) = runtime_steps("HEALTHCHECK")
    return exec_form(step.args.split(" CMD ", 1)[1])


async def run_healthcheck(port: int) -> int:
    command = healthcheck()
    assert command[0] == "python"
    env = {**os.environ, "WEBHOOK_PORT": str(port)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, *command[1:], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return await asyncio.wait_for(proc.wait(), 30)


async def test_the_healthcheck_asks_healthz_of_the_webhook_server_on_webhook_port(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    assert "/healthz" in healthcheck()[-1]
    assert re.search(rf"WEBHOOK_PORT', '{DEFAULT_PORT}'", healthcheck()[-1])
    app = build_application(make_settings(local_api, database_url), clock)
    server = WebServer(app, "/telegram/webhook", "s" * 20, "127.0.0.1", 0)
    await server.start()
    try:
        assert await run_healthcheck(server.port) == 0
    finally:
        await server.stop()
    assert await run_healthcheck(server.port) != 0  # nothing listens any more


# --- The wheel the image installs ------------------------------------------------------------------------


def _offline_build() -> bool:
    """Whether this environment can build without fetching setuptools (it needs bdist_wheel)."""
    import setuptools

    major, minor = (int(p) for p in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built, as the builder stage builds it, from only what that stage copies."""
    context, out = tmp_path_factory.mktemp("context"), tmp_path_factory.mktemp("wheels")
    builder = next(s.stage for s in dockerfile() if s.keyword == "FROM")
    for sources, dest in copies(builder):
        for source in sources:
            target = context / dest / Path(source).name if len(sources) > 1 else context / dest
            if (ROOT / source).is_dir():
                shutil.copytree(ROOT / source, target, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / source, target)
    isolation = ["--no-build-isolation"] if _offline_build() else []
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-w", str(out), str(context)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0 and not isolation and "setuptools" in result.stdout + result.stderr:
        pytest.skip("no setuptools>=69 to build with (offline, and the venv lacks `wheel`)")
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("delegatebot-*.whl")
    return built


def test_the_wheel_ships_locales_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("en", "es"):
        expected = {f"locales/{lang}/{p.name}" for p in (ROOT / "locales" / lang).glob("*.ftl")}
        assert expected and expected <= names
    versions = {
        f"storage/migrations/versions/{p.name}" for p in ROOT.glob("storage/migrations/versions/*.py")
    }
    assert versions and versions <= names and "storage/migrations/env.py" in names
    assert {"bot/places_index.marisa", "bot/answers/common_words.txt.gz"} <= names  # built, not fetched
    assert any(n.endswith("entry_points.txt") for n in names)


def test_the_installed_wheel_migrates_and_loads_locales_away_from_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS} | {
        "PYTHONPATH": str(site),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'data' / 'bot.sqlite3'}",
    }
    script = (
        "import bot, storage.db; from bot.i18n import I18n; i = I18n(strict=True);"
        "print(bot.__file__, storage.db.MIGRATIONS, i.t('en', 'cmd-start'), i.t('es', 'cmd-start'))"
    )
    for args in (
        ["-c", script],
        ["-m", "bot", "migrate"],
        ["-m", "bot", "check-events", str(ROOT / "events")],
    ):
        result = subprocess.run(
            [sys.executable, *args], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        if args[0] == "-c":
            assert result.stdout.count(str(site)) == 2, result.stdout
    assert _alembic_version(tmp_path / "data" / "bot.sqlite3") == HEAD


# --- compose files, Caddyfile, env example ----------------------------------------------------------------


def load_yaml_subset(source: str) -> object:
    """The block YAML the compose files are written in (mappings; lists of scalars; JSON flow lists; plain,
    quoted, boolean and integer scalars; whole-line comments), so that they are checked without PyYAML."""
    lines = [
        (len(raw) - len(raw.lstrip()), raw.strip())
        for raw in source.splitlines()
        if raw.strip() and not raw.lstrip().startswith("#")
    ]
    value, end = _block(lines, 0)
    assert end == len(lines), f"not understood: {lines[end][1]!r}"
    return value


def _block(lines: list[tuple[int, str]], i: int) -> tuple[object, int]:
    indent = lines[i][0]
    if lines[i][1].startswith("- "):
        items = []
        while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
            items.append(_scalar(lines[i][1][2:].strip()))
            i += 1
        return items, i
    mapping: dict[str, object] = {}
    while i < len(lines) and lines[i][0] == indent:
        key, _, rest = lines[i][1].partition(":")
        i += 1
        if rest.strip():
            mapping[key] = _scalar(rest.strip())
        elif i < len(lines) and lines[i][0] > indent:
            mapping[key], i = _block(lines, i)
        else:
            mapping[key] = None
    return mapping, i


def _scalar(value: str) -> object:
    if value.startswith(("[", '"')):
        return json.loads(value)
    if value.startswith("'"):
        return value[1:-1].replace("''", "'")
    if value in {"true", "false"}:
        return value == "true"
    return int(value) if re.fullmatch(r"-?\d+", value) else value


def compose(name: str = "compose.yaml") -> dict:
    return load_yaml_subset((ROOT / name).read_text())  # type: ignore[return-value]


def interpolated(environment: dict[str, str]) -> dict[str, str]:
    """The values as Docker Compose passes them, with example values for ${...}."""
    return {k: re.sub(r"\$\{(\w+)[^}]*\}", lambda m: EXAMPLE[m[1]], v) for k, v in environment.items()}


def bots(name: str) -> dict[str, dict]:
    return {k: s for k, s in compose(name)["services"].items() if s.get("command", [""])[0] == "delegatebot"}


@pytest.mark.parametrize("name", COMPOSE_FILES)
def test_compose_files_are_yaml_as_read_here(name: str) -> None:
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load((ROOT / name).read_text()) == compose(name)


@pytest.mark.parametrize("name", COMPOSE_FILES)
def test_compose_passes_the_bot_only_real_settings_and_runs_real_commands(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    services = compose(name)["services"]
    (bot,) = bots(name).values()
    assert set(bot["environment"]) <= SETTINGS, set(bot["environment"]) - SETTINGS
    assert bot["env_file"] == ".env" and bot["build"] == "." and "ports" not in bot
    assert bot["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    environment = interpolated(bot["environment"])
    load_settings(_env_file=None, **environment)
    url = urlsplit(environment["DATABASE_URL"])
    assert url.scheme == "postgresql+asyncpg" and url.hostname == "postgres" and url.port == 5432
    postgres = services["postgres"]
    assert postgres["image"] == "postgres:16" and "pg_isready" in postgres["healthcheck"]["test"]
    volume = postgres["volumes"][0].split(":")[0]
    assert volume in compose(name)["volumes"] and postgres["volumes"][0].endswith(":/var/lib/postgresql/data")
    assert_subcommand(bot["command"][1], capsys)


def test_polling_has_no_proxy_and_no_webhook_healthcheck() -> None:
    (bot,) = bots("compose.polling.yaml").values()
    assert bot["command"] == ["delegatebot", "run"] and bot["healthcheck"] == {"disable": True}
    assert set(compose("compose.polling.yaml")["services"]) == {"postgres", "bot"}
    assert "caddy" in compose()["services"]


def caddyfile() -> tuple[dict[str, list[str]], list[tuple[tuple[str, ...], str]]]:
    """The Caddyfile's named matchers (their directives) and every directive with its enclosing blocks."""
    stack: list[str] = []
    matchers: dict[str, list[str]] = {}
    directives = []
    for raw in (ROOT / "deploy" / "Caddyfile").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("{"):
            stack.append(line[:-1].strip())
        elif line == "}":
            stack.pop()
        else:
            directives.append((tuple(stack), line))
            if stack and stack[-1].startswith("@"):
                matchers.setdefault(stack[-1], []).append(line)
    assert not stack
    return matchers, directives


def test_caddy_proxies_only_the_webhook_path_to_the_bots_port() -> None:
    services = compose()["services"]
    environment = interpolated(services["bot"]["environment"])
    path, port = urlsplit(environment["WEBHOOK_URL"]).path, int(environment["WEBHOOK_PORT"])
    assert port == DEFAULT_PORT and services["bot"]["expose"] == [str(port)]
    matchers, directives = caddyfile()
    proxies = [(blocks, line.split()[1]) for blocks, line in directives if line.startswith("reverse_proxy")]
    assert proxies
    for blocks, upstream in proxies:
        assert upstream == f"bot:{port}"
        handle = next(b for b in blocks if b.startswith("handle "))
        assert f"path {path}" in matchers[handle.split()[1]]  # never /metrics, /readyz or /healthz
    assert (("{$BOT_DOMAIN}", "handle"), "respond 404") in directives
    mounts = services["caddy"]["volumes"]
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile:ro" in mounts
    assert services["caddy"]["ports"] == ["80:80", "443:443"]  # Telegram posts to 443


@pytest.mark.skipif(shutil.which("caddy") is None, reason="caddy is not installed")
def test_caddy_itself_reads_the_caddyfile_the_same_way() -> None:
    environment = interpolated(compose()["services"]["bot"]["environment"])
    path, port = urlsplit(environment["WEBHOOK_URL"]).path, environment["WEBHOOK_PORT"]
    env = {**os.environ, "BOT_DOMAIN": EXAMPLE["BOT_DOMAIN"]}
    command = ["caddy", "adapt", "--adapter", "caddyfile", "--config", str(ROOT / "deploy" / "Caddyfile")]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    proxied = list(_proxied(json.loads(result.stdout), ()))
    assert proxied == [((path,), f"bot:{port}")]


def _proxied(node: object, paths: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    """(the paths a route is restricted to, upstream) for each reverse_proxy in Caddy's JSON config."""
    if isinstance(node, list):
        for item in node:
            yield from _proxied(item, paths)
    elif isinstance(node, dict):
        for match in node.get("match", []):
            paths = paths + tuple(match.get("path", ()))
        if node.get("handler") == "reverse_proxy":
            yield from ((paths, u["dial"]) for u in node["upstreams"])
        for key, value in node.items():
            if key != "match":
                yield from _proxied(value, paths)


def env_example() -> dict[str, str]:
    """Every name in deploy/env.example, set or commented out, with its example value."""
    found = re.findall(r"^#? ?([A-Z][A-Z0-9_]*)=(.*)$", (ROOT / "deploy" / "env.example").read_text(), re.M)
    return dict(found)


def test_env_example_names_settings_and_what_compose_interpolates() -> None:
    names = set(env_example())
    assert names <= SETTINGS | COMPOSE_ONLY, names - SETTINGS - COMPOSE_ONLY
    variables = {v for f in COMPOSE_FILES for v in re.findall(r"\$\{(\w+)", (ROOT / f).read_text())}
    assert variables == COMPOSE_ONLY and variables <= names
    active = dict(
        re.findall(r"^([A-Z][A-Z0-9_]*)=(.*)$", (ROOT / "deploy" / "env.example").read_text(), re.M)
    )
    filled = {k: v or "x" * 20 for k, v in active.items() if k in SETTINGS}  # the secrets left to fill in
    load_settings(_env_file=None, **filled)
    with pytest.raises(SettingsError) as unfilled:
        load_settings(_env_file=None, **{k: v for k, v in active.items() if k in SETTINGS})
    assert "WEBHOOK_SECRET" in str(unfilled.value) and "SIGNING_KEY" in str(unfilled.value)


def docs_code() -> tuple[list[str], list[str]]:
    """docs/deploy.md's fenced blocks (continuation lines joined) and its inline code spans."""
    docs = (ROOT / "docs" / "deploy.md").read_text()
    blocks = [b.replace("\\\n", " ") for b in re.findall(r"^```\w*\n(.*?)^```", docs, re.M | re.S)]
    spans = re.findall(r"`([^`\n]+)`", re.sub(r"^```.*?^```", "", docs, flags=re.M | re.S))
    return blocks, spans


def test_docs_name_only_real_settings_and_commands(capsys: pytest.CaptureFixture[str]) -> None:
    blocks, spans = docs_code()
    code = "\n".join(blocks + spans)
    named = set(re.findall(r"\b([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b", code))
    assert named <= SETTINGS | COMPOSE_ONLY, named - SETTINGS - COMPOSE_ONLY
    assert {"SIGNING_KEY", "WEBHOOK_SECRET", "LOG_FORMAT", "WEBHOOK_URL"} <= named
    commands = set(re.findall(r"\bdelegatebot (?!delegatebot\b)([a-z][a-z-]*)", code))
    assert {"run", "webhook", "migrate", "purge"} <= commands
    for command in sorted(commands):
        assert_subcommand(command, capsys)


# --- Backups and restores (docs/deploy.md) ----------------------------------------------------------------

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


def a_user(user_id: int = USER_ID) -> User:
    return User(
        id=user_id,
        language="es",
        language_chosen=True,
        timezone="America/Lima",
        current_event="rsd2026",
        created_at=NOW,
        updated_at=NOW,
    )


def _query(path: Path, sql: str) -> list[tuple]:
    """Rows of `sql` in the SQLite file at `path`, opened on its own (no -wal beside it is made up)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:  # no such table: nothing of it reached that file
        return []
    finally:
        conn.close()


def _alembic_version(path: Path) -> str | None:
    rows = _query(path, "SELECT version_num FROM alembic_version")
    return rows[0][0] if rows else None


def _online_backup(tool: str, live: Path, backup: Path) -> None:
    """The backup command docs/deploy.md gives, run on `live` (its file arguments replaced)."""
    (line,) = [ln for b in docs_code()[0] for ln in b.splitlines() if ln.startswith(f"{tool} ")]
    command = shlex.split(line)
    if tool == "sqlite3":
        command = ["sqlite3", str(live), f".backup {backup}"] if command[2].startswith(".backup ") else []
    else:
        command = [sys.executable, *command[1:-2], str(live), str(backup)]
    assert command, line
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("tool", ["python3", "sqlite3"])
async def test_an_online_sqlite_backup_restores_the_data_and_schema_version(
    tool: str, tmp_path: Path
) -> None:
    if tool == "sqlite3" and shutil.which("sqlite3") is None:
        pytest.skip("the sqlite3 command is not installed")
    live = tmp_path / "data" / "delegatebot.sqlite3"
    db = Database(f"sqlite+aiosqlite:///{live}")
    await db.migrate()
    async with db.session() as session:
        session.add(a_user())
    # The bot keeps running: its connection stays open (WAL mode) and another write is under way.
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO users (id, language, language_chosen, created_at, updated_at) "
        "VALUES (?, 'en', 0, '2026-03-20', '2026-03-20')",
        (USER_ID + 1,),
    )
    naive, backup = tmp_path / "copied.sqlite3", tmp_path / "backup.sqlite3"
    shutil.copyfile(live, naive)
    _online_backup(tool, live, backup)
    writer.execute("ROLLBACK")
    writer.close()
    await db.dispose()

    # A plain copy of the file misses what is still only in the -wal file: it is no backup.
    assert (USER_ID,) not in _query(naive, "SELECT id FROM users")
    restored = tmp_path / "restored" / "delegatebot.sqlite3"
    restored.parent.mkdir()
    shutil.copyfile(backup, restored)
    assert _query(restored, "PRAGMA integrity_check") == [("ok",)]
    assert _query(restored, "SELECT id FROM users") == [(USER_ID,)]  # committed in; in flight out
    assert _alembic_version(restored) == HEAD
    bot_db = Database(f"sqlite+aiosqlite:///{restored}")
    try:
        await bot_db.migrate()
        async with bot_db.session() as session:
            user = await session.get(User, USER_ID)
        assert user is not None and user.timezone == "America/Lima"
    finally:
        await bot_db.dispose()


async def _pg_admin() -> asyncpg.Connection:
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump and pg_restore are not installed")
    try:
        return await asyncio.wait_for(asyncpg.connect(f"{PG_SERVER}/test"), 5)
    except (OSError, TimeoutError, asyncpg.PostgresError) as exc:
        pytest.skip(f"no PostgreSQL at {PG_SERVER}/test ({type(exc).__name__})")


async def _schema_and_rows(url: str) -> tuple[list[str], str | None, User | None]:
    db = Database(url)
    try:
        async with db.session() as session:
            tables = await session.scalars(text(TABLES))
            version = await session.scalar(text("SELECT version_num FROM alembic_version"))
            user = await session.scalar(select(User).where(User.id == USER_ID))
            return list(tables), version, user
    finally:
        await db.dispose()


def _pg(command: list[str]) -> None:
    result = subprocess.run([*command, "-h", "127.0.0.1", "-U", "postgres"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


async def test_pg_dump_and_pg_restore_bring_back_the_data_and_schema_version(tmp_path: Path) -> None:
    admin = await _pg_admin()
    live, restored = (f"deploy_docs_{uuid.uuid4().hex[:12]}_{s}" for s in ("live", "restored"))
    url = f"{PG_SERVER.replace('postgresql:', 'postgresql+asyncpg:')}/"
    dump = tmp_path / "delegatebot.dump"
    try:
        for name in (live, restored):
            await admin.execute(f'CREATE DATABASE "{name}"')
        db = Database(url + live)
        try:
            await db.migrate()
            async with db.session() as session:
                session.add(a_user())
            _pg(["pg_dump", "-Fc", "-d", live, "-f", str(dump)])  # while the bot's pool is connected
        finally:
            await db.dispose()
        _pg(["pg_restore", "--no-owner", "--exit-on-error", "-d", restored, str(dump)])
        before, after = await _schema_and_rows(url + live), await _schema_and_rows(url + restored)
        assert after[:2] == before[:2] and after[1] == HEAD and "users" in after[0]
        assert after[2] is not None and after[2].timezone == "America/Lima"
    finally:
        for name in (live, restored):
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
