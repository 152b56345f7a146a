"""Read-only lists for the registers still being built (directives, meetings).

Rows are returned as small frozen dataclasses of plain values (not ORM
objects): cheap to build and safe to hand to the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.models import Directive, Meeting, Task

PAGE = 500  # lists show one page of rows; a decade of records never loads at once


@dataclass(frozen=True)
class DirectiveRow:
    id: int
    incoming_number: int | None
    received_date: date | None
    number_symbol: str
    doc_type: str
    issuer: str
    issued_date: date | None
    subject: str
    task_count: int


@dataclass(frozen=True)
class MeetingRow:
    id: int
    starts_at: datetime
    kind: str
    title: str
    place: str


def directive_rows(*, session: Session, limit: int = PAGE) -> list[DirectiveRow]:
    """The register of incoming directives, newest first."""
    task_counts = (
        select(Task.directive_id, func.count().label("n"))
        .group_by(Task.directive_id)  # type: ignore[arg-type]
        .subquery()
    )
    rows = session.exec(
        select(Directive, func.coalesce(task_counts.c.n, 0))
        .outerjoin(task_counts, task_counts.c.directive_id == Directive.id)
        .order_by(col(Directive.received_date).desc(), col(Directive.id).desc())
        .limit(limit)
    ).all()
    return [
        DirectiveRow(
            d.id or 0,
            d.incoming_number,
            d.received_date,
            d.number_symbol,
            d.doc_type,
            d.issuer,
            d.issued_date,
            d.subject,
            n,
        )
        for d, n in rows
    ]


def meeting_rows(*, session: Session, limit: int = PAGE) -> list[MeetingRow]:
    """Meetings, the latest first."""
    meetings = session.exec(
        select(Meeting).order_by(col(Meeting.starts_at).desc()).limit(limit)
    ).all()
    return [MeetingRow(m.id or 0, m.starts_at, m.kind, m.title, m.place) for m in meetings]
