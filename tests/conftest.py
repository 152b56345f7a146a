"""Shared fixtures: every test gets its own data and config directories and real SQLite files."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from secretariat.office.database import open_database
from secretariat.office.open_file import Office

TODAY = date(2026, 11, 23)  # a Monday; tests never read the real clock
# The five seed documents (../shared/seeds), shipped in the package for the demo: the
# tests read that copy, so they pass in any clone.
SEEDS = Path(__file__).resolve().parents[1] / "secretariat" / "office" / "demo_seeds"


def _share_parsed_css() -> None:
    """Parse each piece of CSS once per test process, not once per App.

    Textual keeps its parsed rules in each App's stylesheet, so every test that starts
    the app parsed the same .tcss and widget CSS again: ~80 ms of each ~550 ms start.
    The rules are shared here, keyed by the CSS, where it came from and the theme's
    variables (which the parse substitutes), so a theme change still parses anew. Only
    the test process does this: the app parses once per run anyway.
    """
    from textual.css.model import RuleSet
    from textual.css.stylesheet import Stylesheet
    from textual.css.types import CSSLocation

    parse = Stylesheet._parse_rules
    parsed: dict[tuple[object, ...], list[RuleSet]] = {}

    def shared(
        self: Stylesheet,
        css: str,
        read_from: CSSLocation,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        variables = tuple(sorted(self._variables.items()))
        key = (css, read_from, is_default_rules, tie_breaker, scope, variables)
        if key not in parsed:
            parsed[key] = parse(self, css, read_from, is_default_rules, tie_breaker, scope)
        return list(parsed[key])

    Stylesheet._parse_rules = shared  # type: ignore[method-assign]


_share_parsed_css()


def _shorter_idle_waits() -> None:
    """Let Pilot see the app idle in 5 ms steps instead of 20 ms.

    ``pilot.press`` and ``pilot.pause`` wait until the process has used almost no CPU
    over one step of ``textual._wait``, twice a key: with Textual's 20 ms step a key
    costs 40 ms however quickly the app handled it, most of a Pilot test's time. The
    test of idleness stays the same (under 1 ms of CPU over the step); only the step is
    shorter. Workers are awaited by name where it matters (``settle``), never guessed
    from idleness.
    """
    from textual import _wait

    _wait.SLEEP_GRANULARITY = 0.005


_shorter_idle_waits()


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (data and config) at the test's own temp directory."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("SECRETARIAT_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


_NEW_OFFICE: dict[str, bytes] = {}  # a new office's file, made once per test process


def new_office_file(path: Path) -> Path:
    """Put a new office's file at ``path`` unless one is there: the file ``open_database``
    makes on a first start (migrated, the ward seeded), made once per test process by that
    very code and copied, private like the app's own. A first start costs ~100-200 ms of
    migrations and seeding, and ~270 tests start on a new office; the tests about the first
    start itself (creation, seeding, upgrades) call ``open_database`` on a missing file."""
    if path.exists():
        return path
    if "file" not in _NEW_OFFICE:
        import sqlite3
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            made = Path(folder) / "office.sqlite3"
            open_database(made).dispose()
            source = sqlite3.connect(made)
            copy = sqlite3.connect(":memory:")
            try:
                source.backup(copy)  # every page, whatever is still in the -wal file
                _NEW_OFFICE["file"] = copy.serialize()
            finally:
                source.close()
                copy.close()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(_NEW_OFFICE["file"])
    return path


# The PostgreSQL half of the suite runs against the server this variable names
# (.ci/run starts a throwaway cluster and sets it); without it, it is skipped, saying so.
PG_ENV = "SECRETARIAT_TEST_PG"
ENGINES = ("sqlite", "postgresql")


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook; «-p no:xdist» runs without it
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: one worker more than the cores. Many tests wait on a child process,
    a PostgreSQL server or a timer (a kill mid-upgrade, forty concurrent saves, mypy), and
    a core left idle meanwhile runs another test: on 2 cores the suite takes 141 s with 3
    workers against 171 s with 2."""
    return (os.cpu_count() or 1) + 1


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: the test is about the SQLite file itself (pragmas, files)"
    )


def _server_url(database: str) -> str:
    return make_url(os.environ[PG_ENV]).set(database=database).render_as_string(False)


def _admin(statement: str) -> None:
    engine = create_engine(
        _server_url("postgres").replace("postgresql://", "postgresql+psycopg://", 1),
        isolation_level="AUTOCOMMIT",
        poolclass=NullPool,
    )
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def pg_template(worker_id: str) -> Iterator[str | None]:
    """A migrated, seeded office on the test server, copied for each test (fast)."""
    if not os.environ.get(PG_ENV):
        yield None
        return
    name = f"secretariat_template_{worker_id}"
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin(f"CREATE DATABASE {name}")
    from secretariat.office.server import open_server

    open_server(_server_url(name)).dispose()
    yield name
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_template: str | None) -> Iterator[str]:
    """The URL of a fresh office database on the test server, dropped afterwards."""
    if pg_template is None:
        pytest.skip(f"PostgreSQL: no test server ({PG_ENV} is not set; .ci/run starts one)")
    name = f"secretariat_{uuid.uuid4().hex[:12]}"
    _admin(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield _server_url(name)
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=ENGINES)
def engine_kind(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about the SQLite file itself")
    return str(request.param)


@pytest.fixture
def engine(engine_kind: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """The office's engine, on each engine in turn: a SQLite file, a PostgreSQL database."""
    if engine_kind == "postgresql":
        from secretariat.office.server import open_server

        engine = open_server(request.getfixturevalue("pg_url"))
    else:
        engine = open_database(new_office_file(db_path))
    yield engine
    engine.dispose()


@pytest.fixture
def office(
    engine: Engine, db_path: Path, engine_kind: str, request: pytest.FixtureRequest
) -> Office:
    url = request.getfixturevalue("pg_url") if engine_kind == "postgresql" else None
    return Office(engine, db_path, today=lambda: TODAY, url=url)
