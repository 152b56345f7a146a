"""The row of screens at the top: each with its key, the current one highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

# (key, mode, label, tooltip) for every main screen, in the order of their keys.
SCREENS = (
    ("1", "home", "Hôm nay", "Việc quá hạn, đến hạn và sắp đến hạn"),
    ("2", "directives", "Văn bản đến", "Sổ văn bản đến"),
    ("3", "tasks", "Nhiệm vụ", "Mọi nhiệm vụ và tiến độ"),
    ("4", "meetings", "Hội nghị", "Hội nghị và biên bản"),
    ("5", "units", "Đơn vị", "Các tổ chức Đảng, tổ dân phố, cơ quan phường"),
)


class NavBar(Static):
    """Shows ``1 Hôm nay  2 Văn bản đến …`` with the screen ``current`` highlighted."""

    DEFAULT_CSS = """
    NavBar {
        height: 1;
        padding: 0 1;
        background: $panel;
    }
    """

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def render(self) -> Text:
        text = Text()
        for key, mode, label, _tooltip in SCREENS:
            selected = mode == self.current
            text.append(f" {key} ", style="bold reverse" if selected else "bold")
            text.append(f"{label}  ", style="bold underline" if selected else "")
        return text
