"""A record's history, read from the audit log (which the app never edits)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, or_, select

from storage.models import Assignment, AuditLog, Unit

LOCAL = timezone(timedelta(hours=7), "ICT")  # Vietnam: UTC+7 all year, no daylight saving
ACTIONS = {"create": "Tạo", "update": "Sửa", "delete": "Xóa"}
FIELDS = {
    "name": "Tên",
    "contact_person": "Người liên hệ",
    "phone": "Điện thoại",
    "active": "Hoạt động",
    "kind": "Loại",
    "code": "Mã",
    "title": "Tên nhiệm vụ",
    "due_date": "Hạn",
    "ongoing": "Thường xuyên",
    "recurrence": "Lặp lại",
    "expected_product": "Sản phẩm",
    "directive_id": "Văn bản",
    "completed_date": "Ngày hoàn thành",
    "report_ref": "Báo cáo",
    "role": "Vai trò",
    "note": "Ghi chú",
}


@dataclass(frozen=True)
class HistoryLine:
    at: datetime  # local time of the ward
    user: str
    what: str  # e.g. "Sửa" or "Sửa — Chi bộ Tổ dân phố số 05" for an assignment
    field: str
    old: str
    new: str


def _value(raw: str | None) -> str:
    if raw is None:
        return ""
    if raw in ("0", "1"):
        return {"0": "không", "1": "có"}[raw]
    if len(raw) == 10 and raw[4] == "-" and raw[7] == "-":  # an ISO date
        return f"{raw[8:10]}/{raw[5:7]}/{raw[0:4]}"
    return raw


def record_history(table: str, record_id: int, *, session: Session) -> list[HistoryLine]:
    """Every change to one unit or task, newest first; a task's includes its assignments."""
    condition: ColumnElement[bool] = (col(AuditLog.table_name) == table) & (
        col(AuditLog.record_id) == record_id
    )
    assignment_units: dict[int, str] = {}
    if table == "tasks":
        found = session.exec(
            select(col(Assignment.id), Unit.name)
            .join(Unit, col(Unit.id) == Assignment.unit_id)
            .where(Assignment.task_id == record_id)
        ).all()
        # A stored row always has its id (the column is only Optional before insert).
        assignment_units = {
            assignment_id: name for assignment_id, name in found if assignment_id is not None
        }
        condition = or_(
            condition,
            (col(AuditLog.table_name) == "assignments")
            & col(AuditLog.record_id).in_(list(assignment_units)),
        )
    lines = []
    for row in session.exec(
        select(AuditLog).where(condition).order_by(col(AuditLog.id).desc())
    ).all():
        what = ACTIONS.get(row.action, row.action)
        if row.table_name == "assignments":
            what += f" — {assignment_units.get(row.record_id, 'đơn vị đã xóa')}"
        at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
        lines.append(
            HistoryLine(
                at.astimezone(LOCAL),
                row.os_user,
                what,
                FIELDS.get(row.field, row.field),
                _value(row.old_value),
                _value(row.new_value),
            )
        )
    return lines
