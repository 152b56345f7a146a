"""SVG snapshots of the key screens (fixed size, fixed date, no clock).

Update only after looking at the report: ``pytest tests/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS
from tests.pilot_helpers import make_app, make_demo_app, settle

SIZE = (120, 36)


def _demo_app(tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_demo_app(tmp_path)  # the demo built once per test process, its file copied


def test_home_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_demo_app(tmp_path), terminal_size=SIZE, run_before=settle)


def test_units_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def open_units(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("5")
        await settle(pilot)

    assert snap_compare(_demo_app(tmp_path), terminal_size=SIZE, run_before=open_units)


def test_help_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def open_help(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(_demo_app(tmp_path), terminal_size=SIZE, run_before=open_help)


def test_add_unit_form_fits_a_small_terminal(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def open_form(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("ctrl+s")  # no name, no kind: the error must be visible
        await settle(pilot)

    assert snap_compare(_demo_app(tmp_path), terminal_size=(80, 24), run_before=open_form)


def test_directives_register(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def open_register(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("2")
        await settle(pilot)

    assert snap_compare(_demo_app(tmp_path), terminal_size=SIZE, run_before=open_register)


def test_import_review(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed = SEEDS / "002_d7018a7c681a6f88.txt"

    async def open_review(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        pilot.app.screen.query_one("#field-path").value = str(seed)
        await pilot.press("ctrl+s")
        await settle(pilot)

    app = make_app(tmp_path / "office.sqlite3", tmp_path / "config.json")
    assert snap_compare(app, terminal_size=SIZE, run_before=open_review)


def test_meetings_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def open_meetings(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("4")
        await settle(pilot)

    assert snap_compare(_demo_app(tmp_path), terminal_size=SIZE, run_before=open_meetings)


def test_minutes_editor(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def open_minutes(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)

    assert snap_compare(_demo_app(tmp_path), terminal_size=SIZE, run_before=open_minutes)
