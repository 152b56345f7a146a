"""The minutes editor: a full-screen biên bản that saves itself while the clerk types.

Autosave: a few seconds after the last keystroke (and at least every few seconds of
continuous typing) the text is committed; the indicator says "đã lưu" only after the
commit. Leaving (Esc) and quitting (Ctrl+Q, q, the palette) save first. Ctrl+N turns the
conclusion line under the cursor into a task.

Nothing typed is lost: until a save goes through, the text is also kept as a private
draft file (``secretariat.meetings.minutes_drafts``), rewritten twice a second while the
clerk types and once more as the editor closes, so a refused save (another terminal's
newer minutes), a failing disk or a killed terminal leaves it there. When the text cannot
be saved, Esc and quitting ask: keep the draft and go, or stay. The next editor opened on
those minutes offers the draft: «Khôi phục» or «Bỏ».
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Label, Static, TextArea
from textual.worker import Worker

from screens.base import office_of, report_worker_error
from screens.dialogs.assign_picker import AssignChoice, AssignPicker
from screens.dialogs.draft_questions import (
    DISCARD,
    KEEP,
    RESTORE,
    KeepDraftQuestion,
    RestoreDraftQuestion,
)
from screens.dialogs.form import FormField, FormScreen, asking_once
from screens.messages import WorkDone, attempt
from screens.widgets.footer import KeyFooter
from secretariat.dates import format_date, local_now
from secretariat.errors import UserError
from secretariat.meetings.meeting_records import MeetingDetail
from secretariat.meetings.minutes_drafts import DraftFile, MinutesDraft, discard_draft
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

    def __init__(
        self,
        detail: MeetingDetail,
        text: str,
        base: str,
        drafts: Sequence[MinutesDraft] = (),
    ) -> None:
        """``drafts``: what earlier editors of these minutes left unsaved, newest first
        (``pending_drafts``, read with the minutes); the newest is offered on opening."""
        super().__init__(id="minutes")
        self.drafts = tuple(drafts)
        self.detail = detail
        self.initial = text
        self.latest = text
        self.base = base  # the text as last committed (what another save must not hide)
        self.dirty = False  # the saved text, or the untouched template, needs no save
        self.saving = False
        self.conflict = False
        self.leaving = False
        self.quitting = False  # the app quits once the text is saved (or kept as a draft)
        self.asking = False  # the question «keep the draft and go, or stay» is open
        self.last_change = time.monotonic()
        self.first_dirty: float | None = None
        self.draft: DraftFile | None = None  # made on mount (it needs the office's folder)
        self.draft_version = 0
        self.draft_kept: tuple[str, str] | None = None  # (text, base) last sent to the draft
        self.draft_failing = False  # said once, not twice a second

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
        self.draft = DraftFile(office_of(self).path, self.detail.id)
        self.editor.focus()
        self._status()
        self.set_interval(0.5, self._tick)
        if self.drafts:  # asked before the clerk can type anything over it
            self._offer_draft(self.drafts[0], len(self.drafts) - 1)

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
        self._sync_draft()
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
            self._sync_draft()  # at once: the text now lives only on this screen
            if self.quitting:
                self.quitting = False
                self._ask_keep_draft(quit_app=True)
            return
        self.conflict = False
        self.base = saved
        self.dirty = self._unsaved()
        self.first_dirty = time.monotonic() if self.dirty else None
        self._status()
        self._sync_draft()
        if (self.leaving or self.quitting) and self.dirty:
            self._start_save(force=False)  # typed while the save ran: save that too
        elif self.quitting:
            self.app.exit()
        elif self.leaving:
            self.dismiss(None)

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
            self._ask_keep_draft(quit_app=False)
            return
        self.leaving = True
        self._start_save(force=False)

    def quit_requested(self) -> None:
        """The app is asked to quit (Ctrl+Q, q, the palette) while this editor is open:
        save first; if the text cannot be saved, ask (keep it as a draft, or stay)."""
        if self.asking:  # quitting again while asked: the safe answer, keep and quit
            self._keep_draft_then("quit")
        elif self.saving:
            self.quitting = True  # the save under way decides, in _saved
        elif not self.dirty:
            self.app.exit()
        elif self.conflict:
            self._ask_keep_draft(quit_app=True)
        else:
            self.quitting = True
            self._start_save(force=False)

    def on_unmount(self) -> None:
        # The app quit (palette, window closed) within the autosave delay: save here, on
        # the way out, so the last words typed are not lost. A refused save (someone
        # else's newer text) is kept as a draft, offered when these minutes open again.
        saved = not self.dirty
        if self.dirty and not self.conflict and not self.saving:
            try:
                office_of(self).write(save_minutes, self.detail.id, self.latest, self.base)
                saved = True
            except Exception as exc:  # never turn quitting into a traceback
                self.log.error(f"minutes not saved on exit: {exc}")
        if self.draft is None:
            return
        self.draft_version += 1
        try:
            if saved:
                self.draft.drop(self.draft_version)
            else:
                self.draft.keep(self.latest, self.base, self.draft_version, closing=True)
        except OSError as exc:
            self.log.error(f"minutes draft not kept on exit: {exc}")

    # --- drafts -------------------------------------------------------------------

    def _sync_draft(self) -> None:
        """Bring the draft file in step with the text: written while unsaved, else removed."""
        want = (self.latest, self.base) if self.dirty else None
        if want == self.draft_kept or self.draft is None:
            return
        self.draft_kept = want
        self.draft_version += 1
        self._write_draft(self.draft, want, self.draft_version, "minutes-draft")

    @work(thread=True, group="minutes-draft", exit_on_error=False)
    def _write_draft(
        self,
        draft: DraftFile,
        text: tuple[str, str] | None,
        version: int,
        job: str,
        replaces: MinutesDraft | None = None,
    ) -> None:
        def write() -> bool:
            if text is None:
                draft.drop(version)
            else:
                draft.keep(*text, version)
            if replaces is not None:  # only once this editor's own draft holds the text
                discard_draft(replaces)
            return True

        self.post_message(WorkDone(job, attempt(write, "Không giữ được bản nháp")))

    def _ask_keep_draft(self, *, quit_app: bool) -> None:
        go = "thoát" if quit_app else "đóng"

        def answered(answer: str | None) -> None:
            self.asking = False
            if answer == KEEP:
                self._keep_draft_then("quit" if quit_app else "close")

        self.asking = True
        self.app.push_screen(
            KeepDraftQuestion(
                "Biên bản trên màn hình CHƯA được lưu (có bản khác vừa được lưu, hoặc không "
                "ghi được). Lưu bản nháp: lần sau mở biên bản này sẽ được hỏi có khôi phục "
                "không.",
                keep_label=f"Lưu bản nháp và {go}",
            ),
            answered,
        )

    def _keep_draft_then(self, then: str) -> None:
        if self.draft is None:
            return
        self.draft_kept = (self.latest, self.base)
        self.draft_version += 1
        self._write_draft(self.draft, self.draft_kept, self.draft_version, f"minutes-draft-{then}")

    @on(WorkDone)
    def _draft_written(self, message: WorkDone) -> None:
        if not message.job.startswith("minutes-draft"):
            return
        if not message.outcome.ok:
            self.draft_kept = None  # try again on the next tick
            if message.job != "minutes-draft" or not self.draft_failing:
                self.notify(
                    f"{message.outcome.error}. Bản trên màn hình vẫn còn nguyên.",
                    severity="error",
                    timeout=10,
                )
            self.draft_failing = True
            return
        self.draft_failing = False
        if message.job == "minutes-draft-quit":
            self.app.exit()
        elif message.job == "minutes-draft-close":
            self.dismiss(None)
            self.app.notify("Đã giữ bản nháp biên bản; mở lại biên bản này để khôi phục.")

    def _offer_draft(self, draft: MinutesDraft, more: int) -> None:
        when = draft.written_at.astimezone(local_now().tzinfo)
        others = f" (và {more} bản cũ hơn, hỏi lần sau)" if more else ""

        def answered(answer: str | None) -> None:
            if answer == RESTORE:
                self._restore(draft)
            elif answer == DISCARD:
                self.run_worker(lambda: discard_draft(draft), thread=True, group="minutes-drafts")

        self.app.push_screen(
            RestoreDraftQuestion(
                f"Có bản nháp chưa lưu lúc {when:%H:%M} ngày {format_date(when.date())} "
                f"({len(draft.text.splitlines())} dòng){others}. Khôi phục: bản nháp thay bản "
                "trên màn hình (bản đã lưu không bị ghi đè khi chưa hỏi). Bỏ: xóa bản nháp."
            ),
            answered,
        )

    def _restore(self, draft: MinutesDraft) -> None:
        """Put the draft back: typed over ``draft.base``, so a newer save in between is
        still a conflict the clerk sees, never a silent overwrite."""
        self.base = draft.base
        self.editor.load_text(draft.text)  # Changed: dirty, and the draft is now this one's
        self.latest = draft.text
        self.dirty = self._unsaved()
        self.first_dirty = time.monotonic() if self.dirty else None
        self.draft_kept = (self.latest, self.base) if self.dirty else None
        self.draft_version += 1
        if self.draft is not None:
            job = "minutes-draft"
            self._write_draft(self.draft, self.draft_kept, self.draft_version, job, draft)
        self._status()
        if self.dirty and not self.saving:
            self._start_save(force=False)

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
