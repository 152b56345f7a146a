"""The command palette, in Vietnamese all the way (Textual says "No matches found")."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

NO_MATCHES = "Không tìm thấy lệnh nào"


class Palette(CommandPalette):
    """Textual's palette with a Vietnamese "nothing found" line."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Same behaviour as CommandPalette's (a short delay, then one disabled line);
        # only the text differs. Textual has no public hook for this string.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(NO_MATCHES, style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
