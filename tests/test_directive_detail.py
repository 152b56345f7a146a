"""A directive's detail (Văn bản đến, Enter): its full text readable at 80×24, and each
task it gave opened with Enter, as a clerk would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from screens.dialogs.directive_detail import DirectiveDetailScreen
from screens.dialogs.form import FormScreen
from screens.dialogs.task_detail import TaskDetailScreen
from screens.keys import key_commands
from tests.pilot_helpers import burst, demo_office, make_app, settle, table_text, wait_until


def _demo(tmp_path: Path) -> Path:
    db_path = tmp_path / "demo.sqlite3"
    demo_office(db_path)
    return db_path


async def _open_directive(pilot: Pilot[Any]) -> DirectiveDetailScreen:
    """The demo's second directive: a long full text and eleven tasks."""
    await pilot.press("2")
    await settle(pilot)
    await pilot.press("down", "enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, DirectiveDetailScreen)
    assert len(screen.detail.full_text) > 5000 and len(screen.tasks) > 3
    return screen


async def test_the_full_text_is_readable_at_80x24(tmp_path: Path) -> None:
    app = make_app(_demo(tmp_path), tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_directive(pilot)
        text = screen.query_one("#directive-text")
        facts = screen.query_one("#directive-facts")
        tasks = screen.query_one("#directive-tasks", DataTable)
        # Beside the facts and the tasks, the text shows some lines (it had none).
        assert text.scrollable_content_region.height >= 3
        assert facts.display and tasks.display and app.focused is tasks

        # Tab: the text has the dialog to itself, and scrolls.
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is text
        assert not facts.display and not tasks.display
        assert text.scrollable_content_region.height >= 12
        note = str(screen.query_one("#directive-note", Static).render())
        assert "cuộn" in note and "Tab: về nhiệm vụ" in note
        await pilot.press("pagedown")
        await settle(pilot)
        assert text.scroll_y > 0

        # Tab again: the facts and the tasks are back, the cursor where it was.
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is tasks and facts.display and tasks.display

        # A large terminal keeps everything in sight, the text focused or not.
        await pilot.resize_terminal(130, 40)
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is text and facts.display and tasks.display
        assert text.scrollable_content_region.height >= 12
        assert tasks.scrollable_content_region.height >= 7


async def test_a_directive_without_text_says_so_at_80x24(tmp_path: Path) -> None:
    app = make_app(_demo(tmp_path), tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("enter")  # the first directive has no full text
        await settle(pilot)
        text = app.screen.query_one("#directive-text")
        assert text.scrollable_content_region.height >= 1
        body = str(app.screen.query_one("#directive-text-body", Static).render())
        assert body == "(chưa có toàn văn)"


async def test_enter_on_a_task_opens_it(tmp_path: Path) -> None:
    app = make_app(_demo(tmp_path), tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_directive(pilot)
        # The key is said in the dialog and in its help (?).
        assert "Enter: mở nhiệm vụ" in str(screen.query_one("#directive-note", Static).render())
        assert "Mở nhiệm vụ" in [c.description for c in key_commands(app.screen)]

        await pilot.press("down", "enter")
        await settle(pilot)
        view = app.screen
        assert isinstance(view, TaskDetailScreen)
        assert view.detail.id == screen.tasks[1].id

        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        assert screen.query_one("#directive-tasks", DataTable).cursor_row == 1


async def test_work_recorded_in_the_task_shows_in_the_directive(tmp_path: Path) -> None:
    """Enter, then keys typed fast: they reach the task view once it is up (x: done),
    and the directive's list of tasks says the new progress when the clerk comes back."""
    app = make_app(_demo(tmp_path), tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_directive(pilot)
        tasks = screen.query_one("#directive-tasks", DataTable)
        task_id = screen.tasks[1].id
        assert "1/2 đã hoàn thành" in table_text(tasks)[1]

        await burst(pilot, "<down><enter>x")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen) and form.form_title.startswith("Đã xong")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
        await pilot.press("escape")

        def progress() -> str:
            row = [task.id for task in screen.tasks].index(task_id)
            return table_text(tasks)[row]

        await wait_until(pilot, lambda: "2/2 đã hoàn thành" in progress(), "the new progress")
        assert app.screen is screen
        # the cursor stays on the task (a finished one sorts lower)
        assert screen.tasks[tasks.cursor_row].id == task_id
