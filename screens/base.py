"""The frame every main screen shares: header, body, footer, and loading in a thread."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Input
from textual.worker import Worker, WorkerState, get_current_worker

from screens.dialogs.form import FormField, FormScreen
from screens.dialogs.history import HistoryScreen
from screens.dialogs.task_detail import TaskDetailScreen
from screens.messages import WorkDone, attempt
from screens.widgets.footer import KeyFooter
from screens.widgets.ordered_keys import hold_keys
from secretariat.errors import database_sentence
from secretariat.history import record_history
from secretariat.office.open_file import Office
from secretariat.tasks.queries import task_detail

T = TypeVar("T")

KEYS_HELD_WHILE_READING = 10.0  # seconds: keys typed during a read wait for its dialog


def report_worker_error(node: Any, event: Worker.StateChanged) -> None:
    """Show a worker's unexpected error and keep going (StateChanged does not bubble,
    so every node that runs workers calls this)."""
    if event.state == WorkerState.ERROR:
        error = event.worker.error
        node.log.error(error)
        # A database error is said in one Vietnamese sentence, never with its SQL.
        said = None if error is None else database_sentence(error, saving=False)
        node.app.notify(said or f"Có lỗi không mong đợi: {error}", severity="error", timeout=10)


def office_of(node: Any) -> Office:
    """The ``Office`` of the running app (screens and widgets reach data through it)."""
    return cast(Office, node.app.office)


class OfficeScreen(Screen[None]):
    """A main screen: fetches its data in a thread worker whenever it is shown."""

    # Seconds: a query runs when the clerk pauses, not on every key. A search takes ≤ 5 ms
    # and a redrawn list ~40 ms on a decade of data, so a short pause is enough: 100 ms
    # made every letter's list come 140 ms after the key (benchmarks/keys.py).
    TYPING_PAUSE = 0.02

    _shown_stamp: Hashable = None  # the office's change stamp when the data shown was read
    _must_read = False  # a reload was asked for (a filter, a queued import): never skipped
    _reloaded_with = ""  # what was typed in the filter box at the last reload
    _stashed: Loaded | None = None  # data read out of view, drawn when shown

    class Loaded(Message):
        def __init__(self, data: Any, stamp: Hashable = None) -> None:
            super().__init__()
            self.data = data
            self.stamp = stamp

    @property
    def office(self) -> Office:
        return office_of(self)

    def compose(self) -> ComposeResult:
        yield Header(icon="☰")
        yield from self.compose_body()
        yield KeyFooter(compact=True)

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_screen_resume(self) -> None:
        # Data read while the screen was out of view is drawn now, in the switch's own
        # frame, if nothing changed since; else (another terminal wrote) it reads again.
        # Coming back reads only if something may have changed: a screen switch then
        # costs one redraw, not a query plus a rebuilt table.
        # (On a server the stamp is a query: never on the UI thread, so it reads again.)
        stashed, self._stashed = self._stashed, None
        if (
            stashed is not None
            and not self.office.server
            and stashed.stamp == self.office.change_stamp()
        ):
            self._on_loaded(stashed)
            return
        self._load(self.typed_filter(), only_if_changed=True)

    def reload(self) -> None:
        """Fetch fresh data (after a write, a new filter, or a change elsewhere)."""
        self._must_read = True
        self._reloaded_with = self.typed_filter()
        self._load(self._reloaded_with)

    def typed_filter(self) -> str:
        """What is typed in the screen's filter box ("" for a screen without one)."""
        return ""

    def read_while_hidden(self) -> None:
        """Read again, if the data changed, while another screen is in view: coming back
        then draws fresh data in one frame, without reading at the key. A failure is not
        said now (the clerk is elsewhere): the screen reads again when shown, and says it."""
        self._load(self.typed_filter(), only_if_changed=True, quiet=True)

    def reload_after_typing(self) -> None:
        """Reload once typing pauses (each key restarts the wait)."""
        timer = getattr(self, "_typing_timer", None)
        if timer is not None:
            timer.stop()
        if self.typed_filter() == self._reloaded_with:  # Esc cleared it and reloaded already
            return
        self._typing_timer = self.set_timer(self.TYPING_PAUSE, self.reload)

    @work(thread=True, exclusive=True, group="screen-load", exit_on_error=False)
    def _load(self, typed: str, only_if_changed: bool = False, quiet: bool = False) -> None:
        stamp = self.office.change_stamp()  # before reading: a write meanwhile reloads later
        stashed = self._stashed  # read out of view already, not drawn yet
        known = stashed.stamp if stashed is not None else self._shown_stamp
        if only_if_changed and not self._must_read and stamp == known:
            return
        try:
            data = self.fetch(typed)
        except Exception as exc:
            if not quiet:
                raise
            self.log.warning(f"read out of view failed, read again when shown: {exc!r}")
            return
        if not get_current_worker().is_cancelled:  # a newer load (a filter typed) replaced it
            self.post_message(self.Loaded(data, stamp))

    def fetch(self, typed: str) -> Any:
        """Read what the screen shows (runs in a thread; use ``self.office``).

        ``typed`` is what the filter box held when the read was asked for, taken on the
        UI thread: a worker never reads a widget.
        """
        return None

    def show(self, data: Any) -> None:
        """Put fetched data on screen (runs on the UI thread)."""

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        report_worker_error(self, event)

    @on(Loaded)
    def _on_loaded(self, message: Loaded) -> None:
        if self.app.screen is not self:
            # Out of view (read in the background, or the clerk switched away meanwhile):
            # kept, and drawn when the screen comes back (a table rebuilt out of view
            # left its layout to the switch, which then drew twice).
            self._stashed = message
            return
        self._must_read = False
        self.show(message.data)
        self._shown_stamp = message.stamp

    def open_form(
        self,
        title: str,
        fields: list[FormField],
        save: Callable[[dict[str, str]], T],
        saved: Callable[[T], str] | None = None,
        *,
        action: str = "Lưu",
    ) -> None:
        """Show a form; reload once its ``save`` has committed.

        ``save`` runs in the form's thread worker and returns plain values (a read model,
        a filter, or the toast itself as a string); ``saved`` applies them on the UI
        thread (the row to select, the new filter) and returns the toast. ``action`` names
        what Ctrl+S does, on the form's button («Lưu», «Áp dụng», «Mở»).
        """

        def closed(result: T | None) -> None:
            if result is None:  # cancelled
                return
            self.notify(saved(result) if saved is not None else str(result))
            self.reload()

        self.app.push_screen(FormScreen(title, fields, save, action=action), closed)

    def read_then(self, read: Callable[[], T], then: Callable[[T], object], group: str) -> None:
        """Run ``read`` in a thread worker, then hand its result to ``then`` on the UI thread.

        The keys typed meanwhile are kept for what ``then`` opens (the dialog's first
        field), not handed to the list behind it (screens.widgets.ordered_keys).
        """
        release = hold_keys(self.app, KEYS_HELD_WHILE_READING)

        def done(result: T) -> None:
            try:
                then(result)
            finally:
                release()

        def load() -> None:
            try:
                result = read()
            except BaseException:
                self.app.call_from_thread(release)
                raise
            self.app.call_from_thread(done, result)

        self.run_worker(load, thread=True, group=group, exit_on_error=False)

    def open_task(self, task_id: int) -> None:
        """Show one task in full (its unit matrix)."""
        self.read_then(
            lambda: self.office.read(task_detail, task_id, self.office.today()),
            lambda detail: self.app.push_screen(TaskDetailScreen(detail)),
            "open-task",
        )

    def open_history(self, title: str, table: str, record_id: int) -> None:
        """Show who changed what in one record (from the audit log)."""
        self.read_then(
            lambda: self.office.read(record_history, table, record_id),
            lambda lines: self.app.push_screen(HistoryScreen(title, lines)),
            "open-history",
        )

    def run_write(
        self, done: str, service: Callable[..., object], *args: Any, **kwargs: Any
    ) -> None:
        """Run a write service in a thread; say ``done`` only once it has committed."""
        self._write(done, service, args, kwargs)

    @work(thread=True, group="screen-write", exit_on_error=False)
    def _write(
        self,
        done: str,
        service: Callable[..., object],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        def write() -> str:
            self.office.write(service, *args, **kwargs)
            return done

        # A refusal or a failing disk is said in a toast, never a crash.
        self.post_message(WorkDone("screen-write", attempt(write)))

    @on(WorkDone)
    def _on_written(self, message: WorkDone) -> None:
        if message.job != "screen-write":
            return
        if not message.outcome.ok:
            self.notify(message.outcome.error or "", severity="error", timeout=8)
        else:
            self.notify(message.outcome.value or "Đã lưu")
            self.reload()


class FilterableScreen(OfficeScreen):
    """A main screen with a filter box above its list: ``/`` types, Down/Enter go back.

    Every key that moves the focus here moves it at once, so the app hands the keys typed
    after it to where it went (screens.widgets.ordered_keys): «/abc» fast puts «abc» in
    the box (a ``SearchBox``), not on the list, where a, e, n are keys.
    """

    FILTER_ID = ""  # the Input's id, without '#'

    def main_list(self) -> Widget:
        """The list the filter narrows (focused after filtering)."""
        raise NotImplementedError

    def search_box(self) -> Input:
        return self.query_one(f"#{self.FILTER_ID}", Input)

    def filter_text(self) -> str:
        return self.search_box().value

    _clearing = False  # Esc's read of the whole list is under way (the box still shows)

    def typed_filter(self) -> str:
        return "" if self._clearing else self.filter_text()

    def on_mount(self) -> None:
        self.main_list().focus()

    def action_search(self) -> None:
        self.set_focus(self.search_box())

    def action_to_list(self) -> None:
        self.set_focus(self.main_list())

    def reset_filters(self) -> bool:
        """Drop the screen's own filters (those beyond the box) for Esc; True if any were
        set. The next read is the whole list."""
        return False

    def action_clear_search(self) -> None:
        """Esc: the whole list again, focused.

        The list is read first and the box emptied with the new rows in one frame:
        emptying it at once drew the filtered rows under an empty box, a frame that
        cost ~40 ms before the real one (benchmarks/keys.py). Keys typed meanwhile wait
        for that frame (``read_then``).
        """
        box = self.search_box()
        if not (self.reset_filters() or box.value):
            self.set_focus(self.main_list())
            return
        self._clearing = True
        self._must_read = True
        self._reloaded_with = ""
        office = self.office

        def read() -> tuple[Hashable, Any]:
            try:
                return office.change_stamp(), self.fetch("")
            except BaseException:
                self.app.call_from_thread(setattr, self, "_clearing", False)
                raise

        self.read_then(read, self._show_cleared, "screen-clear")

    def _show_cleared(self, loaded: tuple[Hashable, Any]) -> None:
        stamp, data = loaded
        self._clearing = False
        self.search_box().value = ""  # its Changed finds the reload done (_reloaded_with)
        self.set_focus(self.main_list())
        self._on_loaded(self.Loaded(data, stamp))

    @on(Input.Submitted)
    def _filter_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == self.FILTER_ID:
            self.set_focus(self.main_list())
