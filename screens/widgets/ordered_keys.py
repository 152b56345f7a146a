"""Keys applied in the order they were typed, however fast they come (a typist, a paste).

Textual hands each key to the focused widget as soon as it arrives, but runs a binding
only once the key has bubbled from that widget back up to the app. By then the keys typed
after it have been handed on too: Tab moved the focus after the date typed behind it had
gone into the title, and Ctrl+U cleared the «14» typed after it, leaving «:00». Two rules
keep a burst in order:

- a key that moves the focus (Tab, Shift+Tab, Enter to the next field, Down into a list)
  is a priority binding, which the app runs before it hands on the next key, and moves
  the focus at once (``Screen.set_focus``; ``Widget.focus`` waits behind the burst);
- a key a field edits itself with (Ctrl+U, Backspace, the arrows, Delete) is applied by
  the field when the key reaches it, in turn with the characters around it
  (``FieldInput``, ``FieldTextArea``).

An action that reads what was typed (saving on Enter) runs on the field's own queue
(``after_typed``), behind the keys the field still has to apply.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Input, TextArea


def focus_keys(scope: str) -> list[Binding]:
    """Tab and Shift+Tab for a dialog's ``BINDINGS``, moving the focus before the next key."""
    return [
        Binding(
            "tab",
            "app.focus_next",
            "Ô tiếp theo",
            id=f"{scope}.next_field",
            show=False,
            priority=True,
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Ô trước",
            id=f"{scope}.previous_field",
            show=False,
            priority=True,
        ),
    ]


async def apply_own_binding(widget: Widget, event: events.Key) -> None:
    """Run ``widget``'s own binding for a key it does not type, now, in turn.

    Textual would run it once the key had bubbled up to the app, after the keys behind it.
    The widget's own bindings come first in Textual's order too, so nothing else changes.
    """
    if event.is_printable or widget.check_consume_key(event.key, event.character):
        return  # the widget types it itself, in turn
    for binding in widget._bindings.key_to_bindings.get(event.key, ()):
        if not binding.priority and await widget.app.run_action(binding.action, widget):
            # done: it must not bubble up and run again; the widget's own key handler
            # still runs (it only restarts the cursor's blink for such a key)
            event.stop()
            return


def after_typed(widget: Widget | None, action: Callable[[], object]) -> None:
    """Run ``action`` once ``widget`` has applied the keys it was handed before this one."""
    if widget is None:
        action()
    else:
        widget.call_later(action)


class FieldInput(Input):
    """A one-line field whose editing keys (Ctrl+U, Backspace, …) keep the typed order."""

    async def _on_key(self, event: events.Key) -> None:
        # Input's own handler (typing a character) runs after this one.
        await apply_own_binding(self, event)


class FieldTextArea(TextArea):
    """A multi-line field whose editing keys keep the typed order (see ``FieldInput``)."""

    async def _on_key(self, event: events.Key) -> None:
        await apply_own_binding(self, event)
