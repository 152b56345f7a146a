"""The Textual application: wires screens, keys, palette, themes and settings together."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import cast

from textual import on, work
from textual.binding import Binding
from textual.command import CommandPalette
from textual.driver import Driver
from textual.drivers.linux_driver import LinuxDriver
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import AwaitMount
from textual.worker import Worker

from screens.base import OfficeScreen, report_worker_error
from screens.commands import KeyedActions, ThemeChoices
from screens.dialogs.help import HelpScreen
from screens.driver import PromptEscapeDriver
from screens.home import HomeScreen
from screens.keys import key_commands
from screens.messages import WorkDone, attempt
from screens.nav import SCREENS
from screens.palette import Palette
from screens.widgets.ordered_keys import OrderedKeysApp
from secretariat.config import DEFAULT_THEME, Settings
from secretariat.errors import UserError
from secretariat.office.open_file import Office
from secretariat.office.start_of_day import DayStarted, start_day
from themes import APP_CSS, THEME_LABELS, THEMES

# Python's cycle collector runs whenever allocations pass a threshold, that is in the
# middle of drawing a screen after a key press: a full collection took 25-90 ms there
# (even with the start-up objects frozen, see cli.run), turning a 75 ms key press into
# 160 (measured in a real terminal, benchmarks/keys.py). The app collects on a timer
# instead, when something was allocated since the last time.
COLLECT_EVERY = 5.0  # seconds
COLLECT_AFTER = 700  # allocations since the last collection (Python's own threshold)

# The screens after Hôm nay are imported once the first screen shows its data (a thread),
# not before it: ~100 ms of the cold start. A key pressed sooner imports its screen then.
LATER_SCREENS = {
    "directives": ("screens.directives", "DirectivesScreen"),
    "tasks": ("screens.tasks", "TasksScreen"),
    "meetings": ("screens.meetings", "MeetingsScreen"),
    "units": ("screens.units", "UnitsScreen"),
    "settings": ("screens.settings", "SettingsScreen"),
}


BACKGROUND_AT_THE_LATEST = 3.0  # seconds after start: the check, the backup, the imports
DAY_CHECK_EVERY = 60.0  # seconds: how soon after midnight the new day's series move on
# Seconds after a write before the screens out of view read again: the save's own redraw
# and the clerk's next key come first.
HIDDEN_READ_AFTER = 0.15


def _later(module: str, name: str) -> Callable[[], Screen[None]]:
    def make() -> Screen[None]:
        return cast("type[Screen[None]]", getattr(import_module(module), name))()

    return make


def _import_later_screens() -> None:
    for module, _name in LATER_SCREENS.values():
        import_module(module)


class SecretariatApp(OrderedKeysApp):
    """Secretariat: the daily work of a ward Party Committee office."""

    TITLE = "Secretariat"
    SUB_TITLE = "Văn phòng Đảng ủy phường Lê Ích Mộc"
    CSS_PATH = APP_CSS
    MODES = {
        "home": HomeScreen,
        **{mode: _later(module, name) for mode, (module, name) in LATER_SCREENS.items()},
    }
    DEFAULT_MODE = "home"
    COMMANDS = {KeyedActions}
    BINDINGS = [
        *(
            Binding(key, f"switch_mode('{mode}')", label, id=f"go.{mode}", tooltip=tip)
            for key, mode, label, tip in SCREENS
        ),
        Binding(
            "question_mark",
            "help",
            "Trợ giúp",
            id="app.help",
            key_display="?",
            tooltip="Danh sách mọi phím",
        ),
        Binding(
            "ctrl+p",
            "command_palette",
            "Lệnh",
            id="app.palette",
            priority=True,
            show=False,  # the footer shows the palette key on its right already
            tooltip="Tìm và chạy một lệnh bằng tên",
        ),
        Binding(
            "ctrl+t",
            "change_theme",
            "Giao diện",
            id="app.theme",
            tooltip="Chọn giao diện tối, sáng hoặc tương phản cao",
            show=False,  # rarely used: in ? help and the palette, leaving the footer room
        ),
        Binding(
            "f5",
            "refresh_data",
            "Làm mới",
            id="app.refresh",
            tooltip="Đọc lại dữ liệu (thấy ngay thay đổi từ máy hoặc cửa sổ khác)",
            show=False,  # screens reload when shown; F5 is for a second terminal's edits
        ),
        Binding("q", "quit", "Thoát", id="app.quit", tooltip="Thoát Secretariat"),
    ]

    def __init__(
        self,
        office: Office,
        *,
        settings: Settings | None = None,
        settings_path: Path | None = None,
        notice: str | None = None,
        daily_backup: bool = False,
        import_files: Sequence[Path] = (),
        collect_on_timer: bool = False,
    ) -> None:
        super().__init__()
        self.collect_on_timer = collect_on_timer
        self._hidden_read_timer: Timer | None = None
        self._first_data_shown = False
        self._day_started: date | None = None  # the date the office's day was started for
        self._starting_day = False
        self.import_files = list(import_files)
        self.office = office
        self.notice = notice
        self.daily_backup = daily_backup
        self.settings = settings or Settings.load(settings_path)
        self.settings_path = settings_path
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = self.settings.theme if self.settings.theme in THEME_LABELS else DEFAULT_THEME

    def get_driver_class(self) -> type[Driver]:
        # Esc acts at once, not 100 ms later (screens.driver)
        driver = super().get_driver_class()
        return PromptEscapeDriver if driver is LinuxDriver else driver

    class OfficeWritten(Message):
        """A write has committed (posted from the writing thread)."""

    def on_mount(self) -> None:
        self.office.after_write.append(self._post_office_written)
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.notice:
            self.notify(self.notice, timeout=10)
        if self.import_files:  # secretariat import FILE...: review each file, then the register
            self.switch_mode("directives")  # the register takes the files when it mounts
        self.set_timer(BACKGROUND_AT_THE_LATEST, self._after_first_screen)
        self.set_interval(DAY_CHECK_EVERY, self._begin_day)  # an app left open overnight
        if self.collect_on_timer:
            gc.disable()
            self.set_interval(COLLECT_EVERY, self._collect_garbage)

    @on(OfficeScreen.Loaded)
    def _after_first_screen(self) -> None:
        """Once the first screen has drawn its data (or after a few seconds, if its load
        failed): what can wait for it, so it does not compete with that first frame."""
        if not self._first_data_shown:
            self._first_data_shown = True
            self.call_after_refresh(self._start_background_work)

    def _start_background_work(self) -> None:
        self._check_then_backup()
        self.run_worker(_import_later_screens, thread=True, group="import-later")

    def _collect_garbage(self) -> None:
        if gc.get_count()[0] >= COLLECT_AFTER:
            gc.collect()

    def on_unmount(self) -> None:
        if self._post_office_written in self.office.after_write:
            self.office.after_write.remove(self._post_office_written)
        if self.collect_on_timer:
            gc.enable()  # the process goes on (tests, a crash report): as Python left it

    @work(thread=True, exclusive=True, group="check-and-backup", exit_on_error=False)
    def _check_then_backup(self) -> None:
        """Off the start path: the file's full check (first start of the day), then the
        start of the office's day and the daily backup (only of a file that passed).
        Writes wait for the check."""
        if not self.office.verified:
            problem = self.office.verify()
            if problem is not None:
                self.call_from_thread(self.notify, problem, severity="error", timeout=3600)
                return
        self.call_from_thread(self._begin_day)  # the file is sound: writes may start
        if self.daily_backup:
            try:
                made = self.office.daily_backup()
            except UserError as exc:  # a server office without pg_dump: say so, go on
                self.call_from_thread(self.notify, exc.message, severity="warning", timeout=8)
                return
            if made is not None:
                self.call_from_thread(self.notify, f"Đã sao lưu hằng ngày: {made.name}", timeout=4)

    def _begin_day(self) -> None:
        """Start the office's day once per date (and again after midnight, on the timer)."""
        today = self.office.today()
        if self.office.verified and self._day_started != today and not self._starting_day:
            self._starting_day = True  # one at a time: a tick may come while one waits on a lock
            self._start_day(today)

    @work(thread=True, group="start-day", exit_on_error=False)
    def _start_day(self, today: date) -> None:
        self.post_message(
            WorkDone("start-day", attempt(lambda: self.office.write(start_day, today)))
        )

    @on(WorkDone)
    def _day_begun(self, message: WorkDone) -> None:
        if message.job != "start-day":
            return
        self._starting_day = False
        started = message.outcome.value
        if not isinstance(started, DayStarted):
            # e.g. another terminal holds the file for a long import: the next tick retries,
            # and the clerk loses nothing (the series is only late by a minute).
            self.log.warning(f"start of the day postponed: {message.outcome.error}")
            return
        self._day_started = started.day
        if started.changed:
            self._reload_screen()

    def _post_office_written(self) -> None:
        self.post_message(self.OfficeWritten())  # thread-safe: from the writing thread

    @on(OfficeWritten)
    def _office_written(self) -> None:
        # Once the clerk's save has been drawn and the app is idle again, the screens out
        # of view read again, so that switching to one draws it at once (3 → Nhiệm vụ after
        # a task was done read at the key: ~100 ms on a decade of work).
        timer = self._hidden_read_timer
        if timer is not None:
            timer.stop()
        self._hidden_read_timer = self.set_timer(HIDDEN_READ_AFTER, self._read_hidden_screens)

    def _read_hidden_screens(self) -> None:
        self._hidden_read_timer = None
        for mode in self.MODES:
            try:
                stack = self.get_screen_stack(mode)
            except KeyError:  # a screen not opened yet
                continue
            for screen in stack:
                hidden = screen is not self.screen and screen.is_attached
                if isinstance(screen, OfficeScreen) and hidden:
                    screen.read_while_hidden()

    def _reload_screen(self) -> None:
        reload = getattr(self.screen, "reload", None)
        if reload is not None:
            reload()

    # --- actions -------------------------------------------------------------

    def switch_mode(self, mode: str) -> AwaitMount:
        # A toast speaks of the screen it was said on («Đã lưu…», «Chọn một dòng…»):
        # it does not follow the clerk to another screen.
        if mode != self.current_mode:
            self.clear_notifications()
        return super().switch_mode(mode)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen.title or "", key_commands(self.screen)))

    def action_refresh_data(self) -> None:
        if hasattr(self.screen, "reload"):
            self._reload_screen()
            self.notify("Đã đọc lại dữ liệu.", timeout=2)

    def action_command_palette(self) -> None:
        if not isinstance(self.screen, CommandPalette):
            self.push_screen(Palette(placeholder="Tìm lệnh (gõ không dấu được)…"))

    def action_change_theme(self) -> None:
        self.push_screen(Palette(providers=[ThemeChoices], placeholder="Chọn giao diện…"))

    async def action_quit(self) -> None:
        # A screen that may hold text not yet saved (the minutes editor), in view or left
        # open behind another screen (1..5, the palette), quits in its own way: it saves
        # first, or asks, in view. Every other way out keeps the text too (its unmount).
        for mode in (self.current_mode, *self.MODES):
            try:
                stack = self.get_screen_stack(mode)
            except KeyError:  # a screen not opened yet
                continue
            for screen in reversed(stack):
                quit_requested = getattr(screen, "quit_requested", None)
                if callable(quit_requested):
                    if mode != self.current_mode:
                        await self.switch_mode(mode)
                    quit_requested()
                    return
        self.exit()

    def action_help_quit(self) -> None:
        # Ctrl+C: clerks press it by habit to quit; tell them the key, in Vietnamese.
        self.notify("Nhấn [b]q[/b] để thoát Secretariat.", title="Muốn thoát?")

    # --- settings ------------------------------------------------------------

    def _theme_changed(self, _theme: object) -> None:
        if self.settings.theme != self.theme:
            self.settings.theme = self.theme
            self._save_settings()

    @work(thread=True, exclusive=True, group="settings", exit_on_error=False)
    def _save_settings(self) -> None:
        self.settings.save(self.settings_path)

    # --- errors --------------------------------------------------------------

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        # Workers never take the app down: an unexpected error is shown and logged.
        report_worker_error(self, event)
