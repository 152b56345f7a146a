"""The minutes editor: a full-screen biên bản that saves itself while the clerk types.

Autosave: a few seconds after the last keystroke (and at least every few seconds of
continuous typing) the text is committed; the indicator says "đã lưu" only after the
commit. Leaving saves first. Ctrl+N turns the conclusion line under the cursor into a task.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Label, Static, TextArea
from textual.worker import Worker

from screens.base import office_of, report_worker_error
from screens.dialogs.assign_picker import AssignChoice, AssignPicker
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.form import FormField, FormScreen, asking_once
from screens.messages import WorkDone, attempt
from screens.widgets.footer import KeyFooter
from secretariat.dates import format_date, local_now
from secretariat.errors import UserError
from secretariat.meetings.meeting_records import MeetingDetail
from secretariat.meetings.service import save_minutes
from secretariat.tasks.writes import TaskInput, TaskRead, assign_choice, create_task
from secretariat.text import shorten
from secretariat.units.roster import UnitRead, list_groups, list_units

if TYPE_CHECKING:  # the importer loads when a conclusion is first turned into a task
    from secretariat.directives.importer.conclusions import ConclusionTask

KINDS = (("Một lần", "once"), ("Thường xuyên (không có hạn)", "ongoing"))


class MinutesEditorScreen(Screen[None]):
    AUTOSAVE_AFTER = 2.0  # seconds after the last keystroke
    AUTOSAVE_MAX = 10.0  # seconds of continuous typing without a save
    TITLE = "Biên bản"
    BINDINGS = [
        Binding("ctrl+s", "save", "Lưu ngay", id="minutes.save", priority=True),
        Binding(
            "ctrl+n",
            "to_task",
            "Thành nhiệm vụ",
            id="minutes.task",
            priority=True,
            tooltip="Dòng kết luận dưới con trỏ (hoặc đoạn đang chọn) thành một nhiệm vụ",
        ),
        Binding("escape", "leave", "Lưu và đóng", id="minutes.leave", priority=True),
    ]

    def __init__(self, detail: MeetingDetail, text: str, base: str) -> None:
        super().__init__(id="minutes")
        self.detail = detail
        self.initial = text
        self.latest = text
        self.base = base  # the text as last committed (what another save must not hide)
        self.dirty = False  # the saved text, or the untouched template, needs no save
        self.saving = False
        self.conflict = False
        self.leaving = False
        self.last_change = time.monotonic()
        self.first_dirty: float | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="☰")
        yield Label(
            f"{self.detail.title} — {format_date(self.detail.starts_at.date())}",
            id="minutes-title",
        )
        yield TextArea(self.initial, id="minutes-text", soft_wrap=True, tab_behavior="indent")
        yield Static("", id="minutes-status")
        yield KeyFooter(compact=True)

    @property
    def editor(self) -> TextArea:
        return self.query_one("#minutes-text", TextArea)

    def on_mount(self) -> None:
        self.editor.focus()
        self._status()
        self.set_interval(0.5, self._tick)

    # --- autosave ------------------------------------------------------------------

    def _status(self, error: str | None = None) -> None:
        box = self.query_one("#minutes-status", Static)
        box.remove_class("error", "saved")
        if error:
            box.update(f"✗ CHƯA LƯU — {error}")
            box.add_class("error")
        elif self.saving:
            box.update("… Đang lưu")
        elif self.dirty:
            box.update("● Có thay đổi chưa lưu (tự lưu sau vài giây)")
        elif self.base:
            box.update(f"✓ Đã lưu lúc {local_now():%H:%M:%S}")
            box.add_class("saved")
        else:
            box.update("Mẫu biên bản — chưa lưu gì; gõ để bắt đầu (tự lưu)")

    @on(TextArea.Changed, "#minutes-text")
    def _changed(self) -> None:
        now = time.monotonic()
        self.last_change = now
        self.latest = self.editor.text  # kept here: on the way out the widget may be gone
        was = self.dirty
        self.dirty = self._unsaved()
        if self.dirty and self.first_dirty is None:
            self.first_dirty = now
        if not self.saving and not self.conflict and was != self.dirty:
            self._status()

    def _unsaved(self) -> bool:
        text = self.editor.text
        untouched_template = not self.base and text == self.initial
        return text != self.base and not untouched_template

    def _tick(self) -> None:
        if not self.dirty or self.saving or self.conflict:
            return
        now = time.monotonic()
        quiet = now - self.last_change >= self.AUTOSAVE_AFTER
        overdue = self.first_dirty is not None and now - self.first_dirty >= self.AUTOSAVE_MAX
        if quiet or overdue:
            self._start_save(force=False)

    def _start_save(self, *, force: bool) -> None:
        self.saving = True
        self._status()
        self._save(self.editor.text, self.base, force)

    @work(thread=True, group="minutes-save", exit_on_error=False)
    def _save(self, text: str, base: str, force: bool) -> None:
        def write() -> str:
            office_of(self).write(save_minutes, self.detail.id, text, base, force=force)
            return text  # what is now committed

        # Disk full, locked, or another terminal's save: keep the text, say so.
        self.post_message(WorkDone("minutes-save", attempt(write)))

    @on(WorkDone)
    def _saved(self, message: WorkDone) -> None:
        if message.job != "minutes-save":
            return
        self.saving = False
        saved = message.outcome.value
        if not isinstance(saved, str):
            self.conflict = True
            self.leaving = False
            self._status(message.outcome.error)
            self.notify(message.outcome.error or "", severity="error", timeout=10)
            return
        self.conflict = False
        self.base = saved
        self.dirty = self._unsaved()
        self.first_dirty = time.monotonic() if self.dirty else None
        self._status()
        if self.leaving and not self.dirty:
            self.dismiss(None)
        elif self.leaving:
            self._start_save(force=False)

    def action_save(self) -> None:
        if not self.saving:
            self._start_save(force=self.conflict)  # after a refusal Ctrl+S overwrites

    def action_leave(self) -> None:
        if self.saving:
            self.leaving = True
            return
        if not self.dirty:
            self.dismiss(None)
            return
        if self.conflict:

            def answered(yes: bool | None) -> None:
                if yes:
                    self.dismiss(None)

            self.app.push_screen(
                ConfirmScreen(
                    "Bản trên màn hình CHƯA được lưu (có bản khác vừa được lưu). "
                    "Đóng và bỏ bản này?"
                ),
                answered,
            )
            return
        self.leaving = True
        self._start_save(force=False)

    def on_unmount(self) -> None:
        # The app quit (palette, window closed) within the autosave delay: save here, on
        # the way out, so the last words typed are not lost. A refused save (someone
        # else's newer text) is left alone: both texts are then in the audit log or here.
        if self.dirty and not self.conflict and not self.saving:
            try:
                office_of(self).write(save_minutes, self.detail.id, self.latest, self.base)
            except Exception as exc:  # never turn quitting into a traceback
                self.log.error(f"minutes not saved on exit: {exc}")

    # --- conclusions -> tasks -----------------------------------------------------

    def conclusion_text(self) -> str:
        editor = self.editor
        if editor.selected_text.strip():
            return " ".join(editor.selected_text.split())
        row = editor.cursor_location[0]
        return editor.document.get_line(row)

    def action_to_task(self) -> None:
        line = self.conclusion_text()
        if not line.strip(" -+•*\t"):
            self.notify("Hãy đặt con trỏ trên dòng kết luận cần giao.", severity="warning")
            return
        office = office_of(self)
        year = self.detail.starts_at.year

        def read() -> tuple[ConclusionTask, list[tuple[str, str, int]], list[UnitRead]]:
            from secretariat.directives.importer.conclusions import conclusion_task

            units = [u for u in office.read(list_units) if u.active]
            suggestion = conclusion_task(line, year, [(u.code, u.name) for u in units])
            return suggestion, office.read(list_groups), units

        def load() -> None:
            self.app.call_from_thread(self._task_form, *read())

        self.run_worker(load, thread=True, group="minutes-task", exit_on_error=False)

    def _task_form(
        self,
        suggestion: ConclusionTask,
        groups: list[tuple[str, str, int]],
        units: list[UnitRead],
    ) -> None:
        office = office_of(self)
        meeting_id = self.detail.id

        def save(values: dict[str, str], confirmed: bool) -> TaskRead:
            return office.write(
                create_task,
                TaskInput(
                    title=values["title"],
                    due=values["due"],
                    kind=values["kind"] or "once",
                    expected_product=values["expected_product"],
                    meeting_id=meeting_id,
                    confirmed=confirmed,
                ),
                today=office.today(),
            )

        def done(task: TaskRead | None) -> None:
            if task is not None:
                self.notify(f"Đã tạo nhiệm vụ «{shorten(task.title, 40)}». Chọn đơn vị được giao.")
                self._pick_units(task, suggestion, groups, units)

        note = ""
        if suggestion.needs_review:
            note = f" — ⚠ chưa đọc được hạn «{suggestion.phrase}»"
        self.app.push_screen(
            FormScreen(
                "Nhiệm vụ từ kết luận" + note,
                [
                    FormField("title", "Tên nhiệm vụ", suggestion.title),
                    FormField(
                        "due",
                        "Hạn (trống nếu chưa có)",
                        format_date(suggestion.due_date),
                        "VD: 15/12/2026, 15/12, +5",
                        date="deadline",
                    ),
                    FormField("kind", "Loại", "once", options=KINDS, allow_blank=False),
                    FormField("expected_product", "Sản phẩm phải nộp", "", "VD: Báo cáo kết quả"),
                ],
                asking_once(save),
            ),
            done,
        )

    def _pick_units(
        self,
        task: TaskRead,
        suggestion: ConclusionTask,
        groups: list[tuple[str, str, int]],
        units: list[UnitRead],
    ) -> None:
        by_code = {u.code: u.id for u in units}
        # Lead first: the picker's first unit leads (chủ trì), the others support.
        ticks = tuple(f"u:{by_code[c]}" for c in suggestion.unit_codes if c in by_code)
        office = office_of(self)

        def chosen(choice: AssignChoice | None) -> None:
            if choice is None or not (choice.group_codes or choice.unit_ids):
                self.notify("Nhiệm vụ chưa giao cho đơn vị nào (giao sau ở màn Nhiệm vụ, phím a).")
                return

            def write() -> None:
                try:
                    office.write(assign_choice, task.id, choice.group_codes, choice.unit_ids)
                except UserError as exc:
                    self.app.call_from_thread(self.notify, exc.message, severity="error")
                else:
                    self.app.call_from_thread(self.notify, "Đã giao việc.")

            self.run_worker(write, thread=True, group="minutes-assign", exit_on_error=False)

        self.app.push_screen(
            AssignPicker(
                shorten(f"Giao «{task.title}»", 110),
                groups,
                [(u.id, u.name, u.code) for u in units],
                preselected=ticks,
                allow_empty=True,
            ),
            chosen,
        )

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        report_worker_error(self, event)
