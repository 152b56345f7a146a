"""The footer of every screen: one line of keys, drawn in the same frame as the change
that altered them, showing only the keys that fit whole."""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

# The palette key's left edge: Textual's footer draws it as a «vkey» border.
PALETTE_EDGE = "▏"


class KeyFooter(Widget, can_focus=False):
    """The keys of the screen and of the focused widget, one line, as Textual's
    ``Footer`` shows them in its compact style.

    Textual's footer is ~15 widgets, one per key, rebuilt (unmounted and mounted again)
    after the frame in which the bindings changed: every focus change (``/`` into the
    search box, Esc back to the list) drew the screen, then the footer ~35 ms later
    (benchmarks/keys.py). This one is a single widget whose line is drawn from the
    screen's bindings when it is drawn, so the footer changes in the frame that changed
    the focus; it draws again only when what it shows (keys, labels, enabled) changes.

    It shows only the keys that fit whole, left to right, beside the command palette's
    key (always shown, on the right): a cut label («Hội nghị») would leave a fragment.
    What does not fit is in ``?`` help and the palette; a resize recounts. A click on a
    key presses it. Binding groups are not used in this app.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "footer-key--key",
        "footer-key--description",
        "footer-key--edge",
    }
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer-key--edge {
            color: $foreground 20%;
        }
    }
    """

    _shown: Hashable = None  # what the bindings gave at the last check
    # The keys of the bindings the last draw showed (None: not drawn yet).
    _drawn: tuple[str, ...] | None = None
    _places: tuple[tuple[int, int, Binding, bool], ...] = ()  # (first cell, end, key) drawn

    def __init__(
        self,
        *,
        compact: bool = True,
        show_command_palette: bool = True,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.compact = compact  # the app's screens all use the compact style
        self.show_command_palette = show_command_palette

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not (self.is_attached and screen is self.screen and screen.app.app_focus):
            return
        shown = tuple(
            (binding.key, binding.description, enabled)
            for _node, binding, enabled, _tooltip in screen.active_bindings.values()
            if binding.show or binding.key == screen.app.COMMAND_PALETTE_BINDING
        )
        if shown != self._shown:
            self._shown = shown
            self.refresh()

    def on_resize(self, _event: events.Resize) -> None:
        self.refresh()

    # --- what fits ------------------------------------------------------------------

    def _label(self, binding: Binding) -> tuple[str, str]:
        return self.app.get_key_display(binding), binding.description

    def _key_width(self, binding: Binding) -> int:
        """The cells one key takes in this footer, its margin included."""
        key, description = (cell_len(part) for part in self._label(binding))
        if self.compact:  # key, space, label, then a margin of one
            return key + (1 + description if description else 0) + 1
        return key + 2 + (description + 1 if description else 0)  # padded key, label, 1

    def _palette(self) -> tuple[Binding, bool] | None:
        if not (self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE):
            return None
        found = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if found is None:
            return None
        _node, binding, enabled, _tooltip = found
        return binding, enabled

    def _shown_bindings(self) -> Iterator[tuple[Binding, bool]]:
        """The bindings a footer shows, one per action, in the screen's order."""
        actions: set[str] = set()
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                yield binding, enabled

    def _fitting(self) -> list[tuple[Binding, bool]]:
        """The shown bindings that fit whole beside the palette's key, left to right."""
        room = self.size.width or self.app.size.width
        palette = self._palette()
        if palette is not None:
            room -= self._key_width(palette[0]) + 1  # its left edge
        fitting = []
        for shown in self._shown_bindings():
            room -= self._key_width(shown[0])
            if room < -1:  # the last key's margin may lie under the palette's edge
                break
            fitting.append(shown)
        return fitting

    def shown_keys(self) -> list[tuple[str, str, str]]:
        """(key, as shown, label) of each key on the footer, the palette's last."""
        keys = [(b.key, *self._label(b)) for b, _enabled in self._fitting()]
        palette = self._palette()
        if palette is not None:
            keys.append((palette[0].key, *self._label(palette[0])))
        return keys

    # --- drawing --------------------------------------------------------------------

    def _key_text(self, binding: Binding, enabled: bool) -> Text:
        key, description = self._label(binding)
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        pad = "" if self.compact else " "
        text = Text.assemble((f"{pad}{key}{pad}", key_style))
        if description:
            text.append(f" {description}" if self.compact else f"{description} ", description_style)
        if not enabled:
            text.stylize(Style(dim=True))
        return text

    def render(self) -> Text:
        width = self.size.width
        fitting = self._fitting()
        self._drawn = tuple(binding.key for binding, _enabled in fitting)
        line = Text(no_wrap=True, overflow="crop", end="")
        places: list[tuple[int, int, Binding, bool]] = []
        for binding, enabled in fitting:
            start = line.cell_len
            line.append_text(self._key_text(binding, enabled))
            places.append((start, line.cell_len, binding, enabled))
            line.append(" ")
        palette = self._palette()
        if palette is not None:
            right = Text(PALETTE_EDGE, self.get_component_rich_style("footer-key--edge"))
            right.append_text(self._key_text(*palette))
            right.append(" ")
            gap = width - right.cell_len - line.cell_len
            if gap < 0:
                line.truncate(max(width - right.cell_len, 0))
                gap = 0
            line.append(" " * gap)
            start = line.cell_len + 1
            line.append_text(right)
            places.append((start, line.cell_len - 1, *palette))
        self._places = tuple(places)
        return line

    def on_click(self, event: events.Click) -> None:
        """A click on a key presses it (as on Textual's footer); a disabled one rings."""
        for start, end, binding, enabled in self._places:
            if start <= event.x < end:
                if enabled:
                    self.app.simulate_key(binding.key)
                else:
                    self.app.bell()
                return
