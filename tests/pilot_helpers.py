"""Helpers for driving the real app with Pilot, as a clerk would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable

from secretariat.app import SecretariatApp
from secretariat.office.database import open_database
from secretariat.office.open_file import Office
from tests.conftest import TODAY

SIZE = (130, 40)


def make_app(db_path: Path, settings_path: Path | None = None) -> SecretariatApp:
    """A fresh app process on ``db_path`` (open it again to simulate a restart)."""
    office = Office(open_database(db_path), db_path, today=lambda: TODAY)
    return SecretariatApp(office, settings_path=settings_path)


async def settle(pilot: Pilot[Any]) -> None:
    """Let workers finish and their messages be handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def type_text(pilot: Pilot[Any], text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


def table_text(table: DataTable[Any]) -> list[str]:
    """Each row of a DataTable as one line of plain text."""
    return [
        " | ".join(str(cell) for cell in table.get_row_at(row)) for row in range(table.row_count)
    ]
