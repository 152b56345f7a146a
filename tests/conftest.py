"""Shared fixtures: every test gets its own data and config directories and real SQLite files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from secretariat.office.database import open_database
from secretariat.office.open_file import Office

TODAY = date(2026, 11, 23)  # a Monday; tests never read the real clock
# The five seed documents (../shared/seeds), shipped in the package for the demo: the
# tests read that copy, so they pass in any clone.
SEEDS = Path(__file__).resolve().parents[1] / "secretariat" / "office" / "demo_seeds"


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


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = open_database(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def office(engine: Engine, db_path: Path) -> Office:
    return Office(engine, db_path, today=lambda: TODAY)
