"""The footer of every screen: Textual's, redrawn only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's ``Footer`` rebuilds its ~15 key widgets whenever the screen's bindings
    may have changed (every focus change, every screen switch): 20-30 ms each time, twice
    per screen switch, measured in a real terminal. This one rebuilds only when what it
    would show (keys, labels, enabled, tooltips) differs from what it shows."""

    _shown: Hashable = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen and screen.app.app_focus:
            shown = tuple(
                (binding.key, binding.description, enabled, tooltip)
                for _node, binding, enabled, tooltip in screen.active_bindings.values()
                if binding.show or binding.key == screen.app.COMMAND_PALETTE_BINDING
            )
            if shown == self._shown:
                return
            self._shown = shown
        super().bindings_changed(screen)
