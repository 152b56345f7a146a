"""The footer of every screen: Textual's, showing only the keys that fit whole, and
redrawn only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeyFooter(Footer):
    """Textual's ``Footer`` rebuilds its ~15 key widgets whenever the screen's bindings
    may have changed (every focus change, every screen switch): 20-30 ms each time, twice
    per screen switch, measured in a real terminal. This one rebuilds only when what it
    would show (keys, labels, enabled, tooltips) differs from what it shows.

    It also shows only the keys that fit whole, left to right, beside the command
    palette's key (always shown, on the right): Textual's would scroll the rest under
    that key, where a cut label («Hội nghị») left a fragment past its right edge at 80
    columns. What does not fit is in ``?`` help and the palette; a resize recounts.
    Binding groups are not used in this app: every key is shown on its own.
    """

    _shown: Hashable = None
    _drawn: tuple[str, ...] | None = None  # the keys of the bindings the last compose drew

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

    def on_resize(self, event: events.Resize) -> None:
        if self._drawn is not None and self._fitting_keys() != self._drawn:
            self.call_after_refresh(self.recompose)

    def _key_width(self, binding: Binding) -> int:
        """The cells one key takes in this footer, its margin included."""
        key = cell_len(self.app.get_key_display(binding))
        description = cell_len(binding.description)
        if self.compact:  # key, space, label, then a margin of one
            return key + (1 + description if description else 0) + 1
        return key + 2 + (description + 1 if description else 0)  # padded key, label, 1

    def _palette(self) -> tuple[Binding, bool, str] | None:
        if not (self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE):
            return None
        found = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if found is None:
            return None
        _node, binding, enabled, tooltip = found
        return binding, enabled, tooltip

    def _shown_bindings(self) -> Iterator[tuple[Binding, bool, str]]:
        """The bindings a footer shows, one per action, in the screen's order."""
        actions: set[str] = set()
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                yield binding, enabled, tooltip

    def _fitting(self) -> list[tuple[Binding, bool, str]]:
        """The shown bindings that fit whole beside the palette's key, left to right."""
        room = self.size.width or self.app.size.width
        palette = self._palette()
        if palette is not None:
            room -= self._key_width(palette[0]) + 1  # its left border
        fitting = []
        for shown in self._shown_bindings():
            room -= self._key_width(shown[0])
            if room < -1:  # the last key's margin may lie under the palette's border
                break
            fitting.append(shown)
        return fitting

    def _fitting_keys(self) -> tuple[str, ...]:
        return tuple(binding.key for binding, _enabled, _tooltip in self._fitting())

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        fitting = self._fitting()
        self._drawn = tuple(binding.key for binding, _enabled, _tooltip in fitting)
        for binding, enabled, tooltip in fitting:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            ).data_bind(compact=Footer.compact)
        palette = self._palette()
        if palette is not None:
            binding, enabled, tooltip = palette
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=binding.tooltip or binding.description,
            )
