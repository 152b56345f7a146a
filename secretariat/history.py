"""A record's history, read from the audit log (which the app never edits).

The log stores codes and field names (``subject``, ``phoi_hop``) in UTC; the history
says them in the clerk's words, on the office's clock, and folds one act of assigning
a task to many units into one line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Boolean, ColumnElement, Date, DateTime
from sqlmodel import Session, SQLModel, col, or_, select

from secretariat.dates import OFFICE_TZ, format_date, format_datetime, recurrence_label, to_local
from secretariat.text import number, shorten
from secretariat.vocab import (
    ATTENDANCE,
    CONFIDENTIALITY,
    DIRECTIVE_STATUSES,
    MEETING_KINDS,
    MEETING_RECURRENCES,
    ROLES,
    TASK_RECURRENCES,
    UNIT_KINDS,
    URGENCY,
)
from storage.models import (
    Assignment,
    Attachment,
    AuditLog,
    Directive,
    Meeting,
    MeetingAttendee,
    Task,
    Unit,
)
from storage.tables import table_of

LOCAL = OFFICE_TZ  # kept for the modules that import it from here
ACTIONS = {"create": "Tạo", "update": "Sửa", "delete": "Xóa"}
EMPTY = "(trống)"

# Bookkeeping the clerk never typed: not shown at all.
HIDDEN_FIELDS = frozenset(
    {"id", "version", "created_at", "updated_at", "name_folded", "title_folded"}
)
HIDDEN_BY_TABLE: dict[str, frozenset[str]] = {"attachments": frozenset({"stored_name", "sha256"})}

# Every field of every audited table (storage.audit.AUDITED), per table: the same name
# means different things in different tables (a unit's «name», an attendee's «name»).
FIELDS: dict[str, dict[str, str]] = {
    "units": {
        "code": "Mã",
        "name": "Tên",
        "kind": "Loại",
        "contact_person": "Người liên hệ",
        "phone": "Điện thoại",
        "active": "Đang hoạt động",
        "sort_order": "Thứ tự",
    },
    "directives": {
        "number_symbol": "Số, ký hiệu",
        "doc_type": "Loại văn bản",
        "issuer": "Cơ quan ban hành",
        "place": "Nơi ban hành",
        "issued_date": "Ngày ban hành",
        "received_date": "Ngày đến",
        "incoming_number": "Số đến",
        "incoming_year": "Năm sổ đến",
        "subject": "Trích yếu",
        "confidentiality": "Độ mật",
        "urgency": "Độ khẩn",
        "handler": "Người xử lý",
        "status": "Tình trạng",
        "full_text": "Toàn văn",
        "duplicate_of": "Trùng với văn bản",
        "text_origin": "Cách lấy toàn văn",
        "text_origin_note": "Ghi chú cách lấy toàn văn",
        "text_confidence": "Độ tin cậy OCR",
    },
    "attachments": {
        "directive_id": "Văn bản",
        "file_name": "Tệp đính kèm",
        "size": "Dung lượng",
    },
    "tasks": {
        "title": "Tên nhiệm vụ",
        "description": "Mô tả",
        "due_date": "Hạn",
        "ongoing": "Thường xuyên",
        "recurrence": "Lặp lại",
        "expected_product": "Sản phẩm",
        "directive_id": "Văn bản",
        "meeting_id": "Hội nghị",
    },
    "assignments": {
        "task_id": "Nhiệm vụ",
        "unit_id": "Đơn vị",
        "role": "Vai trò",
        "due_date": "Hạn",
        "completed_date": "Ngày hoàn thành",
        "report_ref": "Báo cáo",
        "note": "Ghi chú",
    },
    "meetings": {
        "kind": "Loại hội nghị",
        "title": "Tên hội nghị",
        "starts_at": "Thời gian",
        "place": "Địa điểm",
        "chair": "Chủ trì",
        "secretary": "Thư ký",
        "minutes": "Biên bản",
        "agenda": "Chương trình",
        "recurrence": "Lặp lại",
    },
    "meeting_attendees": {
        "meeting_id": "Hội nghị",
        "name": "Họ tên",
        "position": "Chức vụ",
        "status": "Điểm danh",
        "reason": "Lý do vắng",
        "sort_order": "Thứ tự",
    },
}

VALUES: dict[tuple[str, str], dict[str, str]] = {
    ("units", "kind"): UNIT_KINDS,
    ("directives", "confidentiality"): CONFIDENTIALITY,
    ("directives", "urgency"): URGENCY,
    ("directives", "status"): DIRECTIVE_STATUSES,
    ("assignments", "role"): ROLES,
    ("meetings", "kind"): MEETING_KINDS,
    ("meetings", "recurrence"): MEETING_RECURRENCES,
    ("meeting_attendees", "status"): ATTENDANCE,
}

_MODELS: tuple[type[SQLModel], ...] = (
    Unit,
    Directive,
    Attachment,
    Task,
    Assignment,
    Meeting,
    MeetingAttendee,
)

# Assignments created by one user this close together are one act of assigning (one
# save of the picker: a group and single units are a few flushes, milliseconds apart).
SAME_MOMENT = timedelta(seconds=5)
NAMES_SHOWN = 3  # a folded line names this many units, then «và N đơn vị khác»


@dataclass(frozen=True)
class HistoryLine:
    at: datetime  # local time of the ward
    user: str
    what: str  # "Sửa", "Sửa — Chi bộ Tổ dân phố số 05", "Giao cho 38 đơn vị: …"
    field: str  # the field's Vietnamese label ("" for a creation or deletion)
    old: str
    new: str

    @property
    def text(self) -> str:
        """The whole line in one sentence, nothing cut (the screen shows it below the table)."""
        if not self.field:
            return self.what
        if not self.old:
            return f"{self.what}. {self.field}: {self.new}"
        return f"{self.what}. {self.field}: {self.old} → {self.new}"


def field_label(table: str, field: str) -> str:
    """The Vietnamese label of a logged field; an unknown field keeps its name."""
    return FIELDS.get(table, {}).get(field, field)


def is_hidden(table: str, field: str) -> bool:
    return field in HIDDEN_FIELDS or field in HIDDEN_BY_TABLE.get(table, frozenset())


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _kinds() -> dict[tuple[str, str], str]:
    kinds: dict[tuple[str, str], str] = {}
    for model in _MODELS:
        table = table_of(model)
        for column in table.columns:
            if isinstance(column.type, Boolean):
                kinds[(table.name, column.name)] = "bool"
            elif isinstance(column.type, DateTime):
                kinds[(table.name, column.name)] = "datetime"
            elif isinstance(column.type, Date):
                kinds[(table.name, column.name)] = "date"
    return kinds


_KINDS = _kinds()


def _task_recurrence(raw: str) -> str:
    every, _, day = raw.partition(":")
    if every in TASK_RECURRENCES and day.isdigit():
        return recurrence_label(every, int(day))
    return raw


def _size(raw: str) -> str:
    if not raw.isdigit():
        return raw
    size = int(raw)
    if size < 1024:
        return f"{number(size)} byte"
    if size < 1024 * 1024:
        return f"{number(round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class _References:
    """Names for the ids a record points to (a task's directive, an assignment's unit)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[tuple[str, int], str] = {}

    def name(self, field: str, record_id: int) -> str:
        key = (field, record_id)
        if key not in self.cache:
            self.cache[key] = self._look_up(field, record_id)
        return self.cache[key]

    def _look_up(self, field: str, record_id: int) -> str:
        if field == "directive_id":
            directive = self.session.get(Directive, record_id)
            if directive is not None:
                return directive.number_symbol or shorten(directive.subject, 50)
        elif field == "meeting_id":
            meeting = self.session.get(Meeting, record_id)
            if meeting is not None:
                return f"{meeting.title} ({format_date(meeting.starts_at.date())})"
        elif field == "unit_id":
            unit = self.session.get(Unit, record_id)
            if unit is not None:
                return unit.name
        elif field == "task_id":
            task = self.session.get(Task, record_id)
            if task is not None:
                return shorten(task.title, 50)
        return f"#{record_id} (đã xóa)"


def format_value(
    table: str, field: str, raw: str | None, name_of: Callable[[str, int], str] | None = None
) -> str:
    """A logged value as the clerk reads it: labels, dd/mm/yyyy, có/không, «(trống)»."""
    vocabulary = VALUES.get((table, field))
    if vocabulary is not None and raw is not None and raw in vocabulary:
        return _lower_first(vocabulary[raw])
    if raw is None or raw == "":
        return EMPTY
    kind = _KINDS.get((table, field))
    try:
        if kind == "bool":
            return {"0": "không", "1": "có"}.get(raw, raw)
        if kind == "date":
            return format_date(date.fromisoformat(raw))
        if kind == "datetime":
            moment = datetime.fromisoformat(raw)
            # Wall-clock fields (a meeting's start) are stored naive, in local time.
            return format_datetime(to_local(moment) if moment.tzinfo else moment)
    except ValueError:
        return raw
    if field in ("directive_id", "meeting_id", "unit_id", "task_id") and raw.isdigit():
        return name_of(field, int(raw)) if name_of else raw
    if table == "tasks" and field == "recurrence":
        return _task_recurrence(raw)
    if table == "attachments" and field == "size":
        return _size(raw)
    if "\n" in raw:
        return " / ".join(line.strip() for line in raw.splitlines() if line.strip())
    return raw


def unit_list(names: Sequence[str]) -> str:
    """``A, B, C và 35 đơn vị khác``: a long list cut after the first few names."""
    if len(names) <= NAMES_SHOWN + 1:
        return ", ".join(names)
    return f"{', '.join(names[:NAMES_SHOWN])} và {len(names) - NAMES_SHOWN} đơn vị khác"


def _roles(roles: Sequence[str]) -> str:
    counts = {code: roles.count(code) for code in dict.fromkeys(roles)}
    if len(counts) == 1:
        return format_value("assignments", "role", roles[0])
    return ", ".join(
        f"{count} {format_value('assignments', 'role', code)}" for code, count in counts.items()
    )


@dataclass
class _Batch:
    """One act of assigning: the creations, and the roles set in the same moment."""

    first: AuditLog
    assignment_ids: list[int]
    roles: dict[int, str]  # role at the end of the act, when the act set it


def _fold_assignments(rows: Sequence[AuditLog]) -> list[AuditLog | _Batch]:
    """Rows (oldest first) with each act of assigning folded into one ``_Batch``.

    An act starts at an assignment's creation and takes every assignment created by the
    same user within ``SAME_MOMENT`` of it, with the roles those assignments were given
    in that moment (``assign_group`` creates them as phối hợp, then makes each chủ trì).
    """
    out: list[AuditLog | _Batch] = []
    taken: set[int] = set()
    for index, row in enumerate(rows):
        if id(row) in taken:
            continue
        if row.table_name != "assignments" or row.action != "create":
            out.append(row)
            continue
        batch = _Batch(row, [], {})
        for later in rows[index:]:
            if to_local(later.at) - to_local(row.at) > SAME_MOMENT:
                break
            if later.table_name != "assignments" or later.os_user != row.os_user:
                continue
            if later.action == "create" and id(later) not in taken:
                batch.assignment_ids.append(later.record_id)
                taken.add(id(later))
            elif (
                later.action == "update"
                and later.field == "role"
                and later.record_id in batch.assignment_ids
            ):
                batch.roles[later.record_id] = later.new_value or ""
                taken.add(id(later))
        out.append(batch)
    return out


def _role_after(
    assignment_id: int, batch: _Batch, later_roles: dict[int, str], current: dict[int, str]
) -> str:
    """The role an assignment had once the act was over."""
    if assignment_id in batch.roles:
        return batch.roles[assignment_id]
    # Not set in the act: the role before the next logged change, else today's.
    return later_roles.get(assignment_id, current.get(assignment_id, ""))


def record_history(table: str, record_id: int, *, session: Session) -> list[HistoryLine]:
    """Every change to one record, newest first; a task's includes its assignments."""
    condition: ColumnElement[bool] = (col(AuditLog.table_name) == table) & (
        col(AuditLog.record_id) == record_id
    )
    assignment_units: dict[int, str] = {}
    current_roles: dict[int, str] = {}
    if table == "tasks":
        found = session.exec(
            select(col(Assignment.id), Unit.name, Assignment.role)
            .join(Unit, col(Unit.id) == Assignment.unit_id)
            .where(Assignment.task_id == record_id)
        ).all()
        # A stored row always has its id (the column is only Optional before insert).
        for assignment_id, name, role in found:
            if assignment_id is not None:
                assignment_units[assignment_id] = name
                current_roles[assignment_id] = role
        condition = or_(
            condition,
            (col(AuditLog.table_name) == "assignments")
            & col(AuditLog.record_id).in_(list(assignment_units)),
        )
    rows = [
        row
        for row in session.exec(select(AuditLog).where(condition).order_by(col(AuditLog.id))).all()
        if not (row.action == "update" and is_hidden(row.table_name, row.field))
    ]
    folded = _fold_assignments(rows)
    # For each assignment, the old value of its first role change logged after its act.
    first_role_change: dict[int, str] = {}
    names = _References(session)
    lines: list[HistoryLine] = []
    for item in reversed(folded):  # newest first; later role changes are seen first
        if isinstance(item, _Batch):
            lines.append(_batch_line(item, assignment_units, first_role_change, current_roles))
            continue
        row = item
        if row.table_name == "assignments" and row.action == "update" and row.field == "role":
            first_role_change[row.record_id] = row.old_value or ""
        lines.append(_line(row, assignment_units, names.name))
    return lines


def _unit_name(assignment_units: dict[int, str], assignment_id: int) -> str:
    return assignment_units.get(assignment_id, "đơn vị đã xóa")


def _line(
    row: AuditLog, assignment_units: dict[int, str], name_of: Callable[[str, int], str]
) -> HistoryLine:
    what = ACTIONS.get(row.action, row.action)
    if row.table_name == "assignments":
        what += f" — {_unit_name(assignment_units, row.record_id)}"
    shown: tuple[str, str] = ("", "")
    if row.action == "update":
        shown = (
            format_value(row.table_name, row.field, row.old_value, name_of),
            format_value(row.table_name, row.field, row.new_value, name_of),
        )
    return HistoryLine(
        to_local(row.at),
        row.os_user,
        what,
        field_label(row.table_name, row.field) if row.field else "",
        *shown,
    )


def _batch_line(
    batch: _Batch,
    assignment_units: dict[int, str],
    later_roles: dict[int, str],
    current_roles: dict[int, str],
) -> HistoryLine:
    ids = batch.assignment_ids
    unit_names = [_unit_name(assignment_units, assignment_id) for assignment_id in ids]
    if len(ids) == 1:
        what = f"Giao cho {unit_names[0]}"
    else:
        what = f"Giao cho {len(ids)} đơn vị: {unit_list(unit_names)}"
    roles = [_role_after(i, batch, later_roles, current_roles) for i in ids]
    known = [role for role in roles if role]
    return HistoryLine(
        to_local(batch.first.at),
        batch.first.os_user,
        what,
        field_label("assignments", "role") if known else "",
        "",
        _roles(known) if known else "",
    )
