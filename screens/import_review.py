"""Review what the importer read from a directive: accept, edit or reject each field and task.

Nothing is saved until Ctrl+S; then the directive, its tasks and their units are
written in one transaction. A save that fails keeps every edit on screen.

A directive the register already has is reviewed as registered: each field keeps the
clerk's value, with the file's shown below the fields where it differs (Ctrl+R takes it);
the tasks it has are not proposed, and those dropped on an earlier import come unticked.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Label, Select, Static
from textual.worker import Worker

from screens.base import office_of, report_worker_error
from screens.dialogs.assign_picker import AssignChoice, AssignPicker
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.form import FormField, FormScreen
from screens.messages import WorkDone, attempt
from screens.widgets.footer import KeyFooter
from screens.widgets.table import Table
from secretariat.dates import format_date, office_today, parse_optional_date
from secretariat.directives.importer import CandidateTask
from secretariat.directives.originals import TextOrigin
from secretariat.directives.register import DirectiveInput
from secretariat.directives.save_import import ImportPlan, TaskChoice, Twin, save_import
from secretariat.errors import UserError
from secretariat.tasks.deadlines import upcoming
from secretariat.text import shorten
from secretariat.vocab import CONFIDENTIALITY, TASK_RECURRENCES

# (field of DirectiveInput, label, placeholder)
HEADER_FIELDS = (
    ("number_symbol", "Số, ký hiệu", "VD: 604-TB/VPTU"),
    ("doc_type", "Loại văn bản", "VD: Thông báo"),
    ("issuer", "Cơ quan ban hành", "VD: Văn phòng Thành ủy Hải Phòng"),
    ("place", "Nơi ban hành", "VD: Hải Phòng"),
    ("issued", "Ngày ban hành", "VD: 03/10/2025"),
    ("received", "Ngày đến", "VD: 06/10/2025"),
    ("incoming_number", "Số đến", "trống: số tiếp theo"),
    ("subject", "Trích yếu", "Nội dung chính"),
)
FIELD_LABELS = {name: text for name, text, _placeholder in HEADER_FIELDS} | {
    "full_text": "Toàn văn"
}

if TYPE_CHECKING:
    from secretariat.directives.importer import Proposal


def origin_notice(origin: TextOrigin) -> Text:
    """How the text was read; a low OCR confidence in red, with what to check."""
    from secretariat.directives.readers import LOW_CONFIDENCE

    said = Text(f"Đọc bằng: {origin.note}. Tệp gốc được đính kèm khi lưu.")
    if origin.kind == "ocr":
        # An office fills the number and the day in by hand: OCR reads them worst, and a
        # wrong number looks like a right one («4235» for a handwritten «1595»).
        said.append(" ⚠ Số và ngày đọc từ bản quét: hãy đối chiếu.", style="bold yellow")
    confidence = origin.confidence
    if origin.kind == "ocr" and confidence is not None and confidence < LOW_CONFIDENCE:
        said = Text(
            f"Đọc bằng OCR, độ tin cậy thấp ({confidence:.0f}%): hãy soát kỹ số, ngày "
            "và hạn với bản quét (tệp gốc được đính kèm khi lưu).",
            style="bold red",
        )
    return said


@dataclass(frozen=True)
class ImportSource:
    """Everything the review screen needs, read in a worker before it opens."""

    path: Path
    proposal: Proposal
    directive: DirectiveInput
    twin: Twin | None
    groups: list[tuple[str, str, int]]  # (code, name, member count)
    units: list[tuple[int, str, str]]  # (id, name, code) of active units
    # How the text was read, and where its file is kept when the import is saved.
    origin: TextOrigin | None = None
    attachments_dir: Path | None = None
    # each group's active units (a task naming them all is given the group)
    group_members: dict[str, frozenset[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Candidate:
    """One proposed task as the clerk is reviewing it."""

    title: str
    due: str  # dd/mm/yyyy or ""
    phrase: str
    assignee: str
    group_codes: tuple[str, ...] = ()
    unit_ids: tuple[int, ...] = ()
    ongoing: bool = False
    accepted: bool = True
    unsure: bool = False  # a deadline phrase whose date could not be read: the clerk decides
    sentence: str = ""  # as the importer read it: how a later import recognises the task
    dropped_before: bool = False  # the clerk dropped it on an earlier import
    for_ward: bool = True  # the ward's to do; another body's is proposed unticked
    reason: str = ""  # whom the directive addresses it to, and why it is (not) the ward's
    note: str = ""  # the hour, a recurrence, a date the importer counted
    repeat: str = ""  # "weekly"/"monthly"/…: the task repeats (TaskChoice.repeat)


def _as_group(c: Candidate, members: dict[str, frozenset[int]]) -> Candidate:
    """A task whose proposed units are whole groups' units, given those groups instead
    («Các chi bộ tổ dân phố»: «Tất cả chi bộ tổ dân phố»; «các chi bộ»: the chi bộ trực
    thuộc and the chi bộ cơ sở), shown and saved as the clerk would have picked them, no
    one unit leading the others."""
    chosen = frozenset(c.unit_ids)
    if len(chosen) < 2:
        return c
    codes: list[str] = []
    covered: frozenset[int] = frozenset()
    for code, ids in sorted(members.items(), key=lambda item: -len(item[1])):
        if len(ids) > 1 and ids <= chosen and not ids & covered:
            codes.append(code)
            covered |= ids
    if covered != chosen:
        return c
    return replace(c, group_codes=tuple(codes), unit_ids=())


KINDS = (
    ("Một lần", "once"),
    ("Thường xuyên (không có hạn)", "ongoing"),
    ("Lặp lại hằng tuần", "weekly"),
    ("Lặp lại hằng tháng", "monthly"),
    ("Lặp lại hằng quý", "quarterly"),
    ("Lặp lại hằng năm", "yearly"),
)
REPEATS = ("weekly", "monthly", "quarterly", "yearly")


def _is_past(due: str, today: date) -> bool:
    """Whether a proposed deadline (dd/mm/yyyy) has already passed ``today``."""
    try:
        day = parse_optional_date(due)
    except UserError:
        return False
    return day is not None and day < today


_RECURRENCE = {"daily": "hằng ngày", **TASK_RECURRENCES}  # the importer also reads «hằng ngày»


def _first_due(task: CandidateTask, today: date) -> date | None:
    """The date proposed: a recurring deadline's first occurrence not yet past."""
    if task.due_date is None or task.recurrence not in REPEATS:
        return task.due_date
    return upcoming(task.due_date, task.recurrence or "", today)


def deadline_note(task: CandidateTask, today: date | None = None) -> str:
    """What the deadline says beyond its date: the hour, a recurrence, a counted date."""
    parts = []
    if task.time:
        parts.append(f"trước {task.time}")
    if task.recurrence:
        parts.append(f"lặp lại {_RECURRENCE.get(task.recurrence, task.recurrence)}")
        first = _first_due(task, today) if today is not None else task.due_date
        if task.due_date is not None and first != task.due_date:
            parts.append(f"lần đầu theo văn bản {format_date(task.due_date)} đã qua")
    if task.computed and task.due_date:
        parts.append(f"{format_date(task.due_date)} do máy tự tính, hãy kiểm tra")
    return "Hạn: " + "; ".join(parts) if parts else ""


class ImportReviewScreen(Screen[tuple[int, str] | None]):
    TITLE = "Duyệt văn bản nhập"
    BINDINGS = [
        Binding("ctrl+s", "save", "Lưu vào sổ", id="import.save", priority=True),
        Binding("space", "toggle_task", "Nhận/bỏ NV", id="import.toggle"),
        Binding("e", "edit_task", "Sửa NV", id="import.edit"),
        Binding("u", "units", "Đơn vị", id="import.units"),
        Binding(
            "ctrl+r",
            "take_file_value",
            "Lấy theo tệp",
            id="import.take_file",
            tooltip="Thay giá trị trong sổ của ô này bằng giá trị đọc được trong tệp",
        ),
        Binding("escape", "cancel", "Hủy", id="import.cancel"),
        # q would quit the app and lose the review: here it asks, like Esc.
        Binding("q", "cancel", "Hủy", id="import.quit", show=False),
    ]

    def __init__(self, source: ImportSource) -> None:
        super().__init__(id="import-review")
        self.source = source
        by_code = {code: unit_id for unit_id, _name, code in source.units}
        twin = source.twin
        have = set(twin.have) if twin else set()
        dropped = set(twin.dropped) if twin else set()
        self.file_values = dict(twin.file_values) if twin else {}
        # What the directive already has is not proposed again; it goes with the plan
        # (unseen) so that its source is recorded if it was not yet.
        self.known = tuple(
            TaskChoice(
                task.text,
                format_date(task.due_date),
                sentence=task.text,
                phrase=task.phrase or "",
                known=True,
            )
            for index, task in enumerate(source.proposal.tasks)
            if index in have
        )
        self.candidates = [
            Candidate(
                title=task.text,
                due=format_date(task.due_date),
                phrase=task.phrase or "",
                assignee=task.assignee or "",
                unit_ids=tuple(by_code[c] for c in task.unit_codes if c in by_code),
                unsure=task.needs_review,
                sentence=task.text,
                accepted=index not in dropped and task.for_ward,
                dropped_before=index in dropped,
                for_ward=task.for_ward,
                reason=task.reason,
                note=deadline_note(task),
                repeat=task.recurrence if task.recurrence in REPEATS else "",
            )
            for index, task in enumerate(source.proposal.tasks)
            if index not in have
        ]
        self.candidates = [_as_group(c, source.group_members) for c in self.candidates]
        # the recurring ones, whose first occurrence not yet past is set once the office's
        # day is known (on mount)
        proposed = [t for i, t in enumerate(source.proposal.tasks) if i not in have]
        self._recurring = [
            (k, task)
            for k, task in enumerate(proposed)
            if self.candidates[k].repeat and task.due_date is not None
        ]
        self._today = office_today()  # the office's day, read again once mounted
        self._saving = False
        self._warned: list[ImportPlan] = []  # plans the clerk was warned about
        self._saving_plan: ImportPlan | None = None  # the plan the save worker is writing

    # --- layout --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        s = self.source
        yield Header(icon="☰")
        with Vertical(id="import-box"):
            yield Label(f"Đề xuất từ tệp {s.path.name} — chưa có gì được lưu", id="import-title")
            if s.origin is not None and s.origin.kind in ("ocr", "pdf", "docx"):
                yield Static(origin_notice(s.origin), id="import-origin")
            if s.twin is not None:
                yield Static(
                    f"Văn bản này đã có trong sổ: {s.twin.label}"
                    + (f" (số đến {s.twin.incoming})" if s.twin.incoming else "")
                    + ". Lưu sẽ CẬP NHẬT văn bản đó, giữ các trường đã sửa, chỉ thêm "
                    "nhiệm vụ chưa có."
                    + (
                        " Văn bản được nhập trước khi sổ ghi lại câu gốc của nhiệm vụ: nhiệm vụ "
                        "được so theo tên và hạn, nên nhiệm vụ đã đổi tên hoặc đã bỏ có thể được "
                        "đề xuất lại."
                        if s.twin.by_title
                        else ""
                    ),
                    id="import-twin",
                )
            with Grid(id="import-fields"):
                for name, text, placeholder in HEADER_FIELDS:
                    yield Label(text, classes="import-label")
                    field = Input(
                        getattr(s.directive, name),
                        placeholder=f"({placeholder})",  # an example, never a value
                        id=f"import-{name}",
                        compact=True,
                    )
                    if name in self.file_values:
                        field.tooltip = f"Trong tệp: {self.file_values[name]}"
                    yield field
                yield Label("Độ mật", classes="import-label")
                yield Select(
                    tuple((text, code) for code, text in CONFIDENTIALITY.items()),
                    value=s.directive.confidentiality,
                    allow_blank=False,
                    id="import-confidentiality",
                    compact=True,
                )
            if self.file_values:
                yield Static(self._file_values_text(), id="import-file-values")
            gaps = [
                FIELD_LABELS[name]
                for name in ("number_symbol", "doc_type", "issuer", "issued")
                if not str(getattr(s.directive, name) or "").strip()
            ]
            checks = [
                FIELD_LABELS[name]
                for name in s.proposal.to_check
                if name != "issued" and str(getattr(s.directive, name) or "").strip()
            ]
            signed = "issued" in s.proposal.to_check and bool(str(s.directive.issued or "").strip())
            if gaps or checks or signed:
                said = []
                if gaps:
                    said.append(
                        f"⚠ Không đọc được trong tệp: {', '.join(gaps)}. Hãy nhập "
                        "(Shift+Tab lên các ô); khi lưu sẽ được hỏi lại."
                    )
                if checks:
                    said.append(
                        f"⚠ {', '.join(checks)} nằm cạnh ngày viết tay: có thể cũng viết "
                        "tay, hãy đối chiếu với bản giấy."
                    )
                if signed:
                    said.append(
                        "⚠ Ngày ban hành lấy theo ngày ký số (ngày viết tay không đọc được): "
                        "hãy đối chiếu với bản giấy."
                    )
                yield Static(Text(" ".join(said), style="bold yellow"), id="import-gaps")
            yield Table(id="import-tasks", cursor_type="row")
            yield Static("", id="import-task-detail")
            yield Static("", id="import-error")
        yield KeyFooter(compact=True)

    # Below WIDE columns (80) the task takes what the others leave (a width of 0) and
    # «Giao cho» is short (the pane below says the task whole): no scrolling sideways.
    WIDE = 110
    WIDE_COLUMNS = (("Nhận", 4), ("Hạn", 12), ("Nhiệm vụ", 58), ("Giao cho", 24))
    NARROW_COLUMNS = (("Nhận", 4), ("Hạn", 12), ("Nhiệm vụ", 0), ("Giao cho", 16))

    def _set_columns(self) -> bool:
        """The task list's columns for this width; True when they changed."""
        width = self.size.width or self.app.size.width
        columns = self.WIDE_COLUMNS if width >= self.WIDE else self.NARROW_COLUMNS
        table = self.query_one("#import-tasks", Table)
        changed = table.set_columns(columns, width - 2)  # #import-box's padding
        self._widths = [column.width for column in table.columns.values()]
        return changed

    def on_resize(self) -> None:
        if self._set_columns():
            self._fill_table()

    def on_mount(self) -> None:
        self._today = office_of(self).today()
        for k, task in self._recurring:  # a weekly report whose first Friday passed: the next
            self.candidates[k] = replace(
                self.candidates[k],
                due=format_date(_first_due(task, self._today)),
                note=deadline_note(task, self._today),
            )
        # The ward's tasks first, then those of other bodies (unticked), as two groups.
        self.candidates.sort(key=lambda c: not c.for_ward)
        self._set_columns()
        self._fill_table()
        for name, _text, _placeholder in HEADER_FIELDS:
            # a value wider than its box shows its start («6386/BVHTTDL-…», not «386/…»)
            self.query_one(f"#import-{name}", Input).cursor_position = 0
        table = self.query_one("#import-tasks", DataTable)
        if table.row_count:
            table.focus()

    def _file_values_text(self) -> Text:
        """The file's value of each field where the register keeps another, one a line.

        Each line is cut to the screen's width (themes/app.tcss) so the task list keeps its
        rows; the whole value is the field's tooltip, and Ctrl+R in the field takes it.
        """
        lines = []
        for name, value in self.file_values.items():
            line = Text("≠ ", style="bold yellow")
            if name == "full_text":
                line.append("Toàn văn trong tệp khác bản đã lưu: giữ bản đã lưu.", style="yellow")
            else:
                line.append(f"{FIELD_LABELS[name]} trong tệp: ", style="yellow")
                line.append(f"«{' '.join(value.split())}»")
            lines.append(line)
        return Text("\n").join(lines)

    def _unit_names(self, c: Candidate) -> str:
        groups = {code: name for code, name, _count in self.source.groups}
        units = {unit_id: name for unit_id, name, _code in self.source.units}
        names = [groups.get(code, code) for code in c.group_codes]
        names += [units.get(unit_id, "?") for unit_id in c.unit_ids]
        if len(c.unit_ids) > 2:
            # many units («Các chi bộ …»: 65): their count first, or the narrow column shows
            # only the first one's name, as if it were the only one
            return f"{len(names)} đơn vị: " + "; ".join(names)
        return "; ".join(names)

    def _fill_table(self) -> None:
        table = self.query_one("#import-tasks", DataTable)
        row = table.cursor_row
        table.clear()
        for c in self.candidates:
            mark = Text("✓", style="bold green") if c.accepted else Text("✗", style="red")
            if c.ongoing:
                due: str | Text = "thường xuyên"
            elif c.unsure:
                due = Text("⚠ xem lại", style="bold yellow")
            elif c.due and _is_past(c.due, self._today):
                due = Text(c.due, style="bold yellow")  # already past today
            else:
                due = c.due or "chưa có hạn"
            title = shorten(c.title, self._widths[2])
            table.add_row(
                mark,
                due,
                title if c.accepted else Text(title, style="dim strike"),
                shorten(self._unit_names(c) or "—", self._widths[3]),
            )
        if self.candidates:
            table.move_cursor(row=min(max(row, 0), len(self.candidates) - 1))
        accepted = sum(c.accepted for c in self.candidates)
        unsure = sum(c.accepted and c.unsure for c in self.candidates)
        dropped = sum(not c.accepted and c.dropped_before for c in self.candidates)
        others = sum(not c.for_ward and not c.accepted for c in self.candidates)
        past = sum(
            c.accepted and not c.ongoing and _is_past(c.due, self._today) for c in self.candidates
        )
        status = f"Nhiệm vụ đề xuất: nhận {accepted}/{len(self.candidates)}"
        if others:
            status += f" · {others} của cơ quan khác, để cuối (Space: theo dõi)"
        if past:
            status += f" · {past} hạn đã qua"
        if unsure:
            status += f" · {unsure} hạn cần xem lại (e: nhập hạn, Space: bỏ)"
        if dropped:
            status += f" · {dropped} đã bỏ lần trước"
        if self.known:
            status += f" · {len(self.known)} đã có trong sổ"
        if not self.candidates:
            status = (
                f"Văn bản đã có đủ {len(self.known)} nhiệm vụ đọc được trong tệp; "
                "lưu sẽ chỉ cập nhật văn bản."
                if self.known
                else "Không tìm thấy nhiệm vụ có hạn trong văn bản; vẫn lưu được văn bản vào sổ."
            )
        self.query_one("#import-error", Static).update(status)
        self.remove_class("-error")
        self._show_task()

    def current(self) -> int | None:
        table = self.query_one("#import-tasks", DataTable)
        return table.cursor_row if table.row_count else None

    @on(DataTable.RowHighlighted, "#import-tasks")
    def _show_task(self) -> None:
        index = self.current()
        pane = self.query_one("#import-task-detail", Static)
        if index is None:
            pane.update("")
            return
        c = self.candidates[index]
        # The pane holds six lines: what the clerk must know comes before the task's words,
        # which a long task fills (its start is in the table's row too).
        lines: list[Text] = []
        if c.dropped_before:
            lines.append(Text("Lần nhập trước đã bỏ nhiệm vụ này (Space: nhận lại).", "yellow"))
        if c.unsure:
            lines.append(
                Text("⚠ Không đọc được ngày/tháng/năm của hạn: hãy nhập hạn.", style="yellow")
            )
        if c.due and not c.ongoing and _is_past(c.due, self._today):
            lines.append(Text(f"⚠ Hạn {c.due} đã qua so với hôm nay.", style="yellow"))
        if c.reason:
            lines.append(Text(c.reason, style="italic" if c.for_ward else "yellow"))
        elif c.assignee:
            lines.append(Text(f"Văn bản giao: {c.assignee}", style="italic"))
        if c.phrase:
            lines.append(Text(f"Hạn trong văn bản: «{c.phrase}»", style="italic"))
        if c.note:
            lines.append(Text(c.note, style="italic"))
        lines.append(Text(c.title))
        pane.update(Text("\n").join(lines))

    # --- actions -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("toggle_task", "edit_task", "units"):
            # In a text box Space and letters are typing, not commands.
            return isinstance(self.focused, DataTable)
        if action == "take_file_value":
            return self._focused_file_field() is not None
        return True

    def _focused_file_field(self) -> str | None:
        """The field in focus, when the file has another value for it."""
        focused = self.focused
        if isinstance(focused, Input) and focused.id and focused.id.startswith("import-"):
            name = focused.id.removeprefix("import-")
            if name in self.file_values:
                return name
        return None

    def action_take_file_value(self) -> None:
        name = self._focused_file_field()
        if name is not None:
            field = self.query_one(f"#import-{name}", Input)
            field.value = self.file_values[name]
            field.cursor_position = 0

    def _replace(self, index: int, **changes: Any) -> None:
        self.candidates[index] = replace(self.candidates[index], **changes)
        self._fill_table()

    def action_toggle_task(self) -> None:
        index = self.current()
        if index is not None:
            self._replace(index, accepted=not self.candidates[index].accepted)

    def action_edit_task(self) -> None:
        index = self.current()
        if index is None:
            return
        c = self.candidates[index]

        def check(values: dict[str, str]) -> dict[str, str]:
            if not " ".join(values["title"].split()):
                raise UserError("Tên nhiệm vụ không được để trống.")
            due = parse_optional_date(values["due"], what="Hạn")
            if values["kind"] == "ongoing" and due is not None:
                raise UserError("Nhiệm vụ thường xuyên thì không có hạn: bỏ hạn hoặc đổi loại.")
            if values["kind"] in REPEATS and due is None:
                raise UserError("Nhiệm vụ lặp lại cần hạn của lần đầu tiên.")
            return {**values, "due": format_date(due)}

        def done(edited: dict[str, str] | None) -> None:
            if edited is not None:
                self._replace(
                    index,
                    title=" ".join(edited["title"].split()),
                    due=edited["due"],
                    ongoing=edited["kind"] == "ongoing",
                    repeat=edited["kind"] if edited["kind"] in REPEATS else "",
                    unsure=False,
                    accepted=True,
                )

        self.app.push_screen(
            FormScreen(
                "Sửa nhiệm vụ đề xuất",
                [
                    FormField("title", "Tên nhiệm vụ", c.title),
                    FormField(
                        "due",
                        "Hạn (trống nếu chưa có)",
                        c.due,
                        "VD: 15/10/2025, 15/10, +5",
                        date="deadline",
                    ),
                    FormField(
                        "kind",
                        "Loại",
                        "ongoing" if c.ongoing else (c.repeat or "once"),
                        options=KINDS,
                        allow_blank=False,
                    ),
                ],
                check,
            ),
            done,
        )

    def action_units(self) -> None:
        index = self.current()
        if index is None:
            return
        c = self.candidates[index]
        ticks = tuple(f"g:{code}" for code in c.group_codes) + tuple(f"u:{i}" for i in c.unit_ids)

        def chosen(choice: AssignChoice | None) -> None:
            if choice is not None:
                self._replace(index, group_codes=choice.group_codes, unit_ids=choice.unit_ids)

        self.app.push_screen(
            AssignPicker(
                f"Giao «{shorten(c.title, 50)}»",
                self.source.groups,
                self.source.units,
                preselected=ticks,
                allow_empty=True,
            ),
            chosen,
        )

    def action_cancel(self) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmScreen("Bỏ nhập văn bản này? Chưa có gì được lưu; những gì đã sửa sẽ mất."),
            answered,
        )

    def plan(self) -> ImportPlan:
        values: dict[str, Any] = {
            name: self.query_one(f"#import-{name}", Input).value for name, _t, _p in HEADER_FIELDS
        }
        secret = self.query_one("#import-confidentiality", Select).value
        directive = replace(
            self.source.directive,
            confidentiality=str(secret) if secret is not Select.NULL else "thuong",
            **values,
        )
        unsure = [
            number
            for number, c in enumerate(self.candidates, start=1)
            if c.accepted and c.unsure and not c.ongoing
        ]
        if unsure:
            raise UserError(
                f"Nhiệm vụ {', '.join(map(str, unsure))}: chưa đọc được hạn trong văn bản. "
                "Chọn nhiệm vụ, nhấn e để nhập hạn (hoặc để trống), hoặc Space để bỏ."
            )
        tasks = tuple(
            TaskChoice(
                c.title,
                "" if c.ongoing else c.due,
                c.group_codes,
                c.unit_ids,
                c.ongoing,
                sentence=c.sentence,
                phrase=c.phrase,
                repeat="" if c.ongoing else c.repeat,
                row=row,
            )
            for row, c in enumerate(self.candidates, start=1)
            if c.accepted
        )
        # What the clerk did not keep is remembered: a later import proposes it unticked.
        # The tasks the directive has go last, so a doubt's numbers are the clerk's rows.
        dropped = tuple((c.sentence, c.phrase) for c in self.candidates if not c.accepted)
        twin = self.source.twin
        read = self.source.directive
        return ImportPlan(
            directive,
            tasks + self.known,
            twin.id if twin else None,
            dropped=dropped,
            origin=self.source.origin,
            attachments_dir=self.source.attachments_dir,
            to_compare=tuple(
                (name, str(getattr(read, name))) for name in self.source.proposal.to_check
            ),
        )

    def action_save(self) -> None:
        if self._saving:
            return
        try:
            plan = self.plan()
        except UserError as exc:
            self._show_error(str(exc), exc.field)
            return
        if plan in self._warned:  # Ctrl+S again after a warning, nothing changed: save
            plan = replace(plan, confirmed=True)
        self._saving = True
        self._saving_plan = plan
        self.query_one("#import-error", Static).update("Đang lưu…")
        self._save(plan)

    @work(thread=True, exclusive=True, group="import-save", exit_on_error=False)
    def _save(self, plan: ImportPlan) -> None:
        def write() -> tuple[int, str]:
            office = office_of(self)
            directive_id, created = office.write(save_import, plan, today=office.today())
            verb = "Đã cập nhật" if plan.update_of else "Đã đăng ký"
            return directive_id, f"{verb} văn bản và tạo {created} nhiệm vụ."

        # A locked or full disk must not lose the review: the error is shown, nothing closes.
        self.post_message(WorkDone("import-save", attempt(write)))

    @on(WorkDone)
    def _saved(self, message: WorkDone) -> None:
        if message.job != "import-save":
            return
        self._saving = False
        outcome = message.outcome
        if outcome.confirm and self._saving_plan is not None:
            self._warned.append(self._saving_plan)  # Ctrl+S again on the same plan saves
        if not outcome.ok:
            self._show_error(outcome.error or "", outcome.field)
        else:
            self.dismiss(outcome.value)

    def _show_error(self, error: str, field: str = "") -> None:
        box = self.query_one("#import-error", Static)
        box.update(Text(error, style="bold red"))
        self.add_class("-error")  # the error takes the task pane's rows: it is read whole
        self.notify(error.splitlines()[0], severity="error", timeout=8)
        if any(name == field for name, _text, _placeholder in HEADER_FIELDS):
            # the cursor goes to the field in error, so what the clerk types next lands
            # there, not on the task list's letter keys («q» cancels, «u» picks units)
            self.query_one(f"#import-{field}", Input).focus()

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        report_worker_error(self, event)
