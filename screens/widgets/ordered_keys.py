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
(``after_typed``), behind the keys the field still has to apply. A list to tick applies
its moves and ticks the same way (``OrderedSelectionList``).

Textual runs a screen's binding (``n``, ``/``, ``1``…``5``) once the key has come back
up from the focused widget; meanwhile it hands the keys typed after it to that widget
(the title typed behind ``n`` reached the list, where its letters are the screen's keys).
So the app follows each key the focused widget does not type itself and keeps the keys
after it until it has come back and its binding has run; a screen change (a dialog
pushed or closed, another main screen) keeps them until the new screen has mounted and
taken its focus, and a read before a dialog until the dialog is up (``hold_keys``); then
they are handed on in order (``OrderedKeysApp``). The filter box of a main screen goes
back to its list on Enter, Down and Esc in turn (``SearchBox``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events, on
from textual.app import App
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, SelectionList, TextArea
from textual.widgets.selection_list import SelectionType


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
    await _run_own_binding(widget, event)


async def _run_own_binding(widget: Widget, event: events.Key) -> None:
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


class SearchBox(FieldInput):
    """The filter box above a main screen's list: Enter and Down go back to the list, Esc
    clears the filter and goes back (the screen's ``to_list`` and ``clear_search``),
    in turn with the letters typed before them; the app hands the keys after them to the
    list (``OrderedKeysApp``): «/abc↓e» filters on «abc», then edits."""

    BINDINGS = [
        # Input's Enter would submit, and the screen would focus the list a turn later
        Binding("enter", "screen.to_list", "Về danh sách", id="search.leave", show=False),
        Binding("down", "screen.to_list", "Về danh sách", id="search.down", show=False),
        Binding("escape", "screen.clear_search", "Bỏ lọc", id="search.clear", show=False),
    ]


class FieldTextArea(TextArea):
    """A multi-line field whose editing keys keep the typed order (see ``FieldInput``)."""

    async def _on_key(self, event: events.Key) -> None:
        await apply_own_binding(self, event)


class OrderedSelectionList(SelectionList[SelectionType]):
    """A list to tick whose moves and ticks (Down, Up, Space, Enter) keep the typed order.

    ``SelectionList`` moves the highlight once a key has bubbled up to the app, and ticks
    the line highlighted when its own message comes back, not the one Space was pressed
    on: «Down Space Down Space» fast could tick one line twice, and a Space before Shift+Tab
    was lost once the focus had left the list. Here each key is applied when it reaches
    the list, and Space ticks the highlighted line at once.
    """

    async def _on_key(self, event: events.Key) -> None:
        await _run_own_binding(self, event)  # Space included, which the list does not type

    def action_select(self) -> None:
        index = self.highlighted
        if index is not None:
            option = self.get_option_at_index(index)
            if not option.disabled:
                self.toggle(option)


class KeysSettled(Message):
    """Posted to a widget behind the keys it was handed: once it has bubbled up to the
    app, each of those keys has been used, or has come back up and run its binding."""

    def __init__(self, release: Callable[[], None]) -> None:
        super().__init__()
        self.release = release


class OrderedKeysApp(App[None]):
    """An app that applies each key that runs a binding before it hands on the next one,
    and keeps the keys typed while a screen is on its way until it has its focus.

    Textual runs a binding (``n``: a new task; ``/``: the search box) once the key has
    bubbled back up from the focused widget, and meanwhile hands the next keys to that
    widget, or, if a priority key moved the focus first, to another one. Here a key the
    focused widget does not type itself is followed (``KeysSettled``): the keys after it
    are kept until it has come back and its binding has run. A screen change (a dialog
    pushed or closed, another main screen) keeps them until the new screen has mounted
    and taken its focus; ``hold_keys`` keeps them while something else is on its way (a
    read before a dialog). Then they are handed on in order, as if typed just now.
    """

    KEYS_HELD_AT_MOST = 2.0  # seconds: a key or a screen takes milliseconds; never lose one

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._holds: dict[object, Timer] = {}  # what the keys wait for
        self._following: dict[Callable[[], None], Widget] = {}  # keys on their way back
        self._awaited: set[int] = set()  # the keys followed: they run their binding
        # kept: keys handed to a widget that came back up unused, then keys not handed on
        # yet (typed later, whatever the order they reach the app in)
        self._returned_keys: list[events.Key] = []
        self._typed_keys: list[events.Key] = []
        self._handing_on = False  # the kept keys are about to be handed on
        self._key_target: Widget | None = None  # the last widget a key was handed to

    def _on_mount(self) -> None:
        # immediate: the hold starts before the app looks at the next key
        self.screen_change_signal.subscribe(self, self._screen_changed, immediate=True)

    def hold_keys(self, at_most: float | None = None) -> Callable[[], None]:
        """Keep the keys typed from now on until the returned function is called, and
        the keys already handed to a widget until they have come back up.

        Returns:
            The release (safe to call more than once); after ``at_most`` seconds the keys
            are handed on anyway, so a hold that is never released loses nothing.
        """
        release = self._hold(at_most)
        if self._key_target is not None:
            self._follow(self._key_target)
        return release

    def _hold(self, at_most: float | None = None) -> Callable[[], None]:
        token = object()

        def release() -> None:
            timer = self._holds.pop(token, None)
            if timer is not None:
                timer.stop()
            self._hand_on_later()

        self._holds[token] = self.set_timer(at_most or self.KEYS_HELD_AT_MOST, release)
        return release

    def _follow(self, widget: Widget, key: events.Key | None = None) -> None:
        """Hold until the keys handed to ``widget`` so far have been used or come back
        (``key``, the last one, then runs its binding)."""
        if not (widget.is_attached and self._on_a_stack(widget)):
            return
        hold = self._hold()

        def release() -> None:
            if key is not None:
                self._awaited.discard(id(key))
            hold()

        self._following[release] = widget
        if key is not None:
            self._awaited.add(id(key))
        # sent by the app, whoever asks: a message stops below the node that sent it
        widget.post_message(KeysSettled(release).set_sender(self))

    def _on_a_stack(self, widget: Widget) -> bool:
        screen = widget if isinstance(widget, Screen) else widget.screen
        return any(screen in stack for stack in self._screen_stacks.values())

    def _screen_changed(self, screen: Screen[Any]) -> None:
        # keys handed to a dialog that has just closed will not come back
        for release, widget in list(self._following.items()):
            if not self._on_a_stack(widget):
                del self._following[release]
                release()
        # the screen's queue runs this once it has composed, mounted and taken its focus,
        # and after what its on_mount asked of the app (a focus)
        release = self.hold_keys()
        if not screen.call_later(release):
            release()

    @on(KeysSettled)
    def _keys_settled(self, message: KeysSettled) -> None:
        message.stop()
        self._following.pop(message.release, None)
        message.release()

    def _hand_on_later(self) -> None:
        if not self._holds and self._kept() and not self._handing_on:
            self._handing_on = True
            self.call_later(self._hand_on)  # behind the keys already waiting at the app

    async def _hand_on(self) -> None:
        self._handing_on = False
        while self._kept() and not self._holds:
            kept = self._returned_keys or self._typed_keys
            await self._take_key(kept.pop(0))

    def _kept(self) -> bool:
        return bool(self._returned_keys or self._typed_keys)

    async def _take_key(self, event: events.Key) -> None:
        target = self.focused or self.screen
        self._key_target = target
        await super().on_event(event)  # a priority binding, or handed to ``target``
        if event.is_forwarded and not target.check_consume_key(event.key, event.character):
            # it will come back up to run a binding: the next key waits for it
            self._follow(target, event)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and id(event) not in self._awaited:
            if self._holds or self._kept():
                # typed, or handed to a widget and come back unused: kept, as if typed now
                kept = self._returned_keys if event.is_forwarded else self._typed_keys
                kept.append(events.Key(event.key, event.character))
                return
            if not event.is_forwarded:
                await self._take_key(event)
                return
        await super().on_event(event)


def hold_keys(app: App[Any], at_most: float | None = None) -> Callable[[], None]:
    """Keep the keys typed on ``app`` until the returned function is called (see
    ``OrderedKeysApp.hold_keys``); nothing is kept on another app."""
    if isinstance(app, OrderedKeysApp):
        return app.hold_keys(at_most)
    return lambda: None
