"""Helpers for driving the real app with Pilot, as a clerk would."""

from __future__ import annotations

import contextlib
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.widgets import DataTable
from textual.worker import WorkerCancelled

from secretariat.app import SecretariatApp
from secretariat.office.database import open_database
from secretariat.office.open_file import Office
from tests.conftest import TODAY, new_office_file

SIZE = (130, 40)
WAIT_TIMEOUT = 10.0  # seconds; generous, so a loaded CI machine never fails a good test


def make_app(db_path: Path, settings_path: Path | None = None) -> SecretariatApp:
    """A fresh app process on ``db_path`` (open it again to simulate a restart)."""
    office = Office(open_database(new_office_file(db_path)), db_path, today=lambda: TODAY)
    return SecretariatApp(office, settings_path=settings_path)


_DEMO: dict[str, bytes] = {}  # the demo office's file, built once per test process


def demo_office(path: Path) -> Path:
    """The demo office of ``TODAY`` written at ``path``: built once per test process by
    ``build_demo`` and its file copied (a build takes ~0.6 s)."""
    from secretariat.office.demo import build_demo

    if "file" not in _DEMO:
        with tempfile.TemporaryDirectory() as folder:
            built = Path(folder) / "demo.sqlite3"
            build_demo(built, TODAY).dispose()
            _DEMO["file"] = built.read_bytes()
    path.write_bytes(_DEMO["file"])
    return path


def make_demo_app(tmp_path: Path) -> SecretariatApp:
    """The demo office of ``TODAY`` in a fresh file of the test's own (``demo.sqlite3``),
    and the app on it."""
    return make_app(demo_office(tmp_path / "demo.sqlite3"), tmp_path / "config.json")


async def settle(pilot: Pilot[Any]) -> None:
    """Let workers finish and their messages be handled. A worker the test cancelled (Esc
    on a read) has ended too: waiting on it raises WorkerCancelled while the manager still
    lists it, which is no failure of the app's."""
    for _ in range(3):
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def wait_until(
    pilot: Pilot[Any],
    condition: Callable[[], bool],
    what: str,
    timeout: float = WAIT_TIMEOUT,
) -> None:
    """Settle the app until ``condition()`` holds; fail saying ``what`` was awaited.

    Used instead of a fixed pause where the app acts on a timer (a search that runs once
    typing pauses, an autosave, the palette's "nothing found"): the test goes on as soon
    as the thing happened, and a slow machine only makes it wait longer.
    """
    deadline = time.monotonic() + timeout
    while True:
        await settle(pilot)
        if condition():
            return
        if not pilot.app.is_running:
            pytest.fail(f"the app stopped while waiting for {what}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")


def _key_event(key: str) -> events.Key:
    """The Key event a terminal sends for one typed character or one named key ("down")."""
    if len(key) == 1:
        if not key.isprintable():
            raise ValueError(f"not a printable character: {key!r}")
        name = "space" if key == " " else _character_to_key(key)
        return events.Key(name, key)
    return events.Key(key, " " if key == "space" else None)


async def _post_keys(pilot: Pilot[Any], keys: Iterable[str]) -> None:
    """Send the keys to the app in order, then let the app handle them all."""
    app = pilot.app
    for key in keys:
        event = _key_event(key)
        event.set_sender(app)
        app.post_message(event)
    # The app takes each key first (priority bindings), forwards it to the focused widget,
    # and a key the widget does not take bubbles back up to the screen's bindings. Each
    # pause waits for every queue of the screen and then for the process to go idle, as
    # ``pilot.press`` does after a key; two cover the forward and the way back up.
    await pilot.pause()
    await pilot.pause()


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type ``text`` into the focused widget, one Key event per character.

    Every character goes through the app's key handling as a real keystroke would, in
    order. Unlike ``pilot.press``, it does not wait for the app to go idle after each
    key (about 40 ms a key): the clerk types fast and the app catches up once. For plain
    characters, which never move the focus; press Enter, Tab and shortcuts with
    ``pilot.press``, or send them in the same burst with ``burst``.
    """
    await _post_keys(pilot, text)


async def press_quickly(pilot: Pilot[Any], *keys: str) -> None:
    """Press a run of keys that stay in the focused widget (cursor keys in an editor)
    without waiting for the app to go idle after each one; see ``type_text``."""
    await _post_keys(pilot, keys)


_NAMED_KEY = re.compile(r"<([a-z0-9_+]+)>")


def burst_keys(keys: str) -> list[str]:
    """The keys of a burst written as text: «Báo cáo<tab>15/12<ctrl+s>» is each character
    typed, then Tab, …, then Ctrl+S; ``<name>`` is a named key (``<shift+tab>``, ``<enter>``)."""
    parts = _NAMED_KEY.split(keys)
    # split() alternates: text, key name, text, key name, …
    return [
        key for index, part in enumerate(parts) for key in ([part] if index % 2 else list(part))
    ]


async def burst(pilot: Pilot[Any], keys: str) -> None:
    """Send ``keys`` (see ``burst_keys``) as a fast typist or a paste does: every key is
    posted to the app at once, Tab, Enter and Ctrl+U included, and the app catches up once.

    Unlike ``pilot.press``, no key waits for the app to finish the one before: a key that
    moves the focus or clears a field must still be applied before the keys after it.
    """
    await _post_keys(pilot, burst_keys(keys))


def table_text(table: DataTable[Any]) -> list[str]:
    """Each row of a DataTable as one line of plain text."""
    return [
        " | ".join(str(cell) for cell in table.get_row_at(row)) for row in range(table.row_count)
    ]
