"""The Textual application: wires screens, keys, palette, themes and settings together."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import App
from textual.binding import Binding
from textual.command import CommandPalette
from textual.worker import Worker, WorkerState

from screens.commands import KeyedActions, ThemeChoices
from screens.directives import DirectivesScreen
from screens.help import HelpScreen
from screens.home import HomeScreen
from screens.keys import key_commands
from screens.meetings import MeetingsScreen
from screens.tasks import TasksScreen
from screens.units import UnitsScreen
from secretariat.config import DEFAULT_THEME, Settings
from secretariat.office import Office
from themes import APP_CSS, THEME_LABELS, THEMES

SCREENS_BY_KEY = (
    ("1", "home", "Hôm nay", "Việc quá hạn, đến hạn và sắp đến hạn"),
    ("2", "directives", "Văn bản", "Sổ văn bản đến"),
    ("3", "tasks", "Nhiệm vụ", "Mọi nhiệm vụ và tiến độ"),
    ("4", "meetings", "Hội nghị", "Hội nghị và biên bản"),
    ("5", "units", "Đơn vị", "Các tổ chức Đảng, tổ dân phố, cơ quan phường"),
)


class SecretariatApp(App[None]):
    """Secretariat: the daily work of a ward Party Committee office."""

    TITLE = "Secretariat"
    SUB_TITLE = "Văn phòng Đảng ủy phường Lê Ích Mộc"
    CSS_PATH = APP_CSS
    MODES = {
        "home": HomeScreen,
        "directives": DirectivesScreen,
        "tasks": TasksScreen,
        "meetings": MeetingsScreen,
        "units": UnitsScreen,
    }
    DEFAULT_MODE = "home"
    COMMANDS = {KeyedActions}
    BINDINGS = [
        *(
            Binding(key, f"switch_mode('{mode}')", label, id=f"go.{mode}", tooltip=tip)
            for key, mode, label, tip in SCREENS_BY_KEY
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
        ),
        Binding("q", "quit", "Thoát", id="app.quit", tooltip="Thoát Secretariat"),
    ]

    def __init__(
        self, office: Office, *, settings: Settings | None = None, settings_path: Path | None = None
    ) -> None:
        super().__init__()
        self.office = office
        self.settings = settings or Settings.load(settings_path)
        self.settings_path = settings_path
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = self.settings.theme if self.settings.theme in THEME_LABELS else DEFAULT_THEME

    def on_mount(self) -> None:
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    # --- actions -------------------------------------------------------------

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen.title or "", key_commands(self.screen)))

    def action_command_palette(self) -> None:
        if not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder="Tìm lệnh (gõ không dấu được)…"))

    def action_change_theme(self) -> None:
        self.push_screen(CommandPalette(providers=[ThemeChoices], placeholder="Chọn giao diện…"))

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
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        # Workers never take the app down: an unexpected error is shown and logged.
        if event.state == WorkerState.ERROR:
            self.log.error(event.worker.error)
            self.notify(
                f"Có lỗi không mong đợi: {event.worker.error}", severity="error", timeout=10
            )
