"""SQLModel tables of Secretariat.

Model families follow one pattern: ``XBase`` holds the fields a clerk edits,
``X(table=True)`` adds keys and bookkeeping, ``XRead`` is the plain value handed
to the UI. Columns that hold a choice (kind, role, status…) store a short
English code; the Vietnamese labels live in the domain.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pydantic import NaiveDatetime
from sqlalchemy import Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel
from sqlmodel.main import SQLModelConfig  # the type SQLModel gives model_config


def utcnow() -> datetime:
    """Aware UTC timestamp, as stored in every ``created_at``/``updated_at``."""
    return datetime.now(UTC)


# --- Units (sub-units that receive tasks) ---------------------------------


class UnitBase(SQLModel):
    code: str = Field(max_length=40, unique=True, index=True)
    name: str = Field(max_length=200)
    kind: str = Field(max_length=40, index=True)
    contact_person: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=40)
    active: bool = Field(default=True)
    sort_order: int = Field(default=0)


class Unit(UnitBase, table=True):
    __tablename__ = "units"

    id: int | None = Field(default=None, primary_key=True)
    name_folded: str = Field(default="", max_length=200, index=True)
    version: int = Field(default=1)  # optimistic check: see storage.versions
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class UnitRead(UnitBase):
    """A unit as services hand it out: a frozen copy, never the session's row."""

    model_config = SQLModelConfig(frozen=True)

    id: int
    version: int = 1
    groups: tuple[str, ...] = ()
    assignment_count: int = 0
    open_count: int = 0  # assignments not yet completed


class UnitGroup(SQLModel, table=True):
    """A named set of units a clerk assigns to at once ("Tất cả chi bộ tổ dân phố")."""

    __tablename__ = "unit_groups"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200, unique=True)
    sort_order: int = Field(default=0)


class UnitGroupMember(SQLModel, table=True):
    __tablename__ = "unit_group_members"

    group_id: int = Field(foreign_key="unit_groups.id", primary_key=True, ondelete="CASCADE")
    unit_id: int = Field(foreign_key="units.id", primary_key=True, ondelete="CASCADE")


# --- Directives (văn bản đến) ----------------------------------------------


# The rows whose identity (number, issuer, date of issue) is complete and not a recorded
# twin: the unique index covers these (migration 0012).
IDENTITY_WHERE = "number_symbol != '' AND issued_date IS NOT NULL AND duplicate_of IS NULL"


class DirectiveBase(SQLModel):
    number_symbol: str = Field(default="", max_length=80)
    doc_type: str = Field(default="", max_length=40)
    issuer: str = Field(default="", max_length=200)
    place: str = Field(default="", max_length=100)
    issued_date: date | None = None
    received_date: date | None = None
    incoming_number: int | None = None
    subject: str = Field(default="")
    confidentiality: str = Field(default="thuong", max_length=20)
    urgency: str = Field(default="thuong", max_length=20)
    handler: str = Field(default="", max_length=200)
    status: str = Field(default="moi", max_length=20)
    full_text: str = Field(default="")


class Directive(DirectiveBase, table=True):
    __tablename__ = "directives"
    __table_args__ = (
        # Số đến runs from 1 in each year of the register and never repeats within it.
        UniqueConstraint("incoming_year", "incoming_number", name="uq_directive_incoming"),
        Index("ix_directives_received", "received_date", "id"),
        Index("ix_directives_identity", "number_symbol", "issued_date"),
        # A directive is registered once: its number, issuer and date of issue, when it
        # has both a number and a date, are unique (two clerks saving the same one at
        # the same moment store it once). Twins registered before this rule are kept,
        # marked with the directive they repeat (``duplicate_of``), outside the rule.
        Index(
            "uq_directives_identity",
            "number_symbol",
            "issuer",
            "issued_date",
            unique=True,
            sqlite_where=text(IDENTITY_WHERE),
            postgresql_where=text(IDENTITY_WHERE),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    incoming_year: int | None = None  # the register year the số đến belongs to
    duplicate_of: int | None = None  # a twin stored before migration 0012 (see above)
    # How full_text was obtained (issue 15): "" (typed or before 0013), "txt", "docx",
    # "pdf" (its text layer) or "ocr"; the note names the engine, language and pages.
    text_origin: str = Field(default="", max_length=20)
    text_origin_note: str = Field(default="", max_length=200)
    text_confidence: float | None = None  # OCR's mean word confidence, 0-100
    version: int = Field(default=1)  # optimistic check: see storage.versions
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Attachment(SQLModel, table=True):
    """A scanned copy (PDF, image…) of a directive, copied into the data directory."""

    __tablename__ = "attachments"

    id: int | None = Field(default=None, primary_key=True)
    directive_id: int = Field(foreign_key="directives.id", index=True, ondelete="CASCADE")
    file_name: str = Field(max_length=255)  # the name the clerk's file had
    stored_name: str = Field(max_length=255)  # relative to the attachments directory
    size: int
    sha256: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)


# --- Meetings ----------------------------------------------------------------


class MeetingBase(SQLModel):
    kind: str = Field(max_length=40)
    title: str = Field(max_length=300)
    starts_at: NaiveDatetime  # local wall-clock time of the ward (Asia/Ho_Chi_Minh)
    place: str = Field(default="", max_length=200)
    chair: str = Field(default="", max_length=200)
    secretary: str = Field(default="", max_length=200)
    minutes: str = Field(default="")


class Meeting(MeetingBase, table=True):
    __tablename__ = "meetings"
    __table_args__ = (
        Index("ix_meetings_starts_at", "starts_at"),
        Index(
            "ix_meetings_series",
            "starts_at",
            sqlite_where=text("recurrence != ''"),
            postgresql_where=text("recurrence != ''"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    agenda: str = Field(default="")  # one item per line
    recurrence: str = Field(default="", max_length=20)  # "", weekly, biweekly, monthly
    version: int = Field(default=1)  # optimistic check: see storage.versions
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class MeetingAttendee(SQLModel, table=True):
    """One invited member and whether they came (có mặt, vắng có lý do, vắng không lý do)."""

    __tablename__ = "meeting_attendees"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meetings.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=200)
    position: str = Field(default="", max_length=200)
    status: str = Field(default="chua_ro", max_length=20)
    reason: str = Field(default="", max_length=300)
    sort_order: int = Field(default=0)


class MeetingDirective(SQLModel, table=True):
    """A directive a meeting discusses or implements."""

    __tablename__ = "meeting_directives"

    meeting_id: int = Field(foreign_key="meetings.id", primary_key=True, ondelete="CASCADE")
    directive_id: int = Field(foreign_key="directives.id", primary_key=True, ondelete="CASCADE")


# --- Tasks and assignments ---------------------------------------------------


class TaskBase(SQLModel):
    title: str = Field(max_length=1000)
    description: str = Field(default="")
    due_date: date | None = Field(default=None, index=True)
    ongoing: bool = Field(default=False)  # "thường xuyên": no deadline on purpose
    recurrence: str = Field(default="", max_length=40)  # e.g. "monthly:20", see deadlines
    expected_product: str = Field(default="", max_length=300)
    directive_id: int | None = Field(
        default=None, foreign_key="directives.id", index=True, ondelete="SET NULL"
    )
    meeting_id: int | None = Field(
        default=None, foreign_key="meetings.id", index=True, ondelete="SET NULL"
    )


class Task(TaskBase, table=True):
    __tablename__ = "tasks"

    id: int | None = Field(default=None, primary_key=True)
    # fold(title), kept by storage.derived's hook: "filter as you type" is a LIKE on it.
    title_folded: str = Field(default="", max_length=1000)
    version: int = Field(default=1)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class AssignmentBase(SQLModel):
    task_id: int = Field(foreign_key="tasks.id", ondelete="CASCADE")
    unit_id: int = Field(foreign_key="units.id", ondelete="RESTRICT")
    role: str = Field(default="chu_tri", max_length=20)
    due_date: date | None = None
    completed_date: date | None = None
    report_ref: str = Field(default="", max_length=200)
    note: str = Field(default="")


class Assignment(AssignmentBase, table=True):
    """One task given to one unit, with its own dates, status and note."""

    __tablename__ = "assignments"
    __table_args__ = (
        UniqueConstraint("task_id", "unit_id", name="uq_assignment_task_unit"),
        # Open work is a few % of a decade of assignments: the morning review, the task
        # list and the reports read it through this partial index (benchmarks/run.py).
        Index(
            "ix_assignments_open",
            "task_id",
            "unit_id",
            "due_date",
            "role",
            sqlite_where=text("completed_date IS NULL"),
            postgresql_where=text("completed_date IS NULL"),
        ),
        # The same open work by due date: the morning review's sections are range scans.
        Index(
            "ix_assignments_open_due",
            "due_date",
            "task_id",
            "unit_id",
            "role",
            sqlite_where=text("completed_date IS NULL"),
            postgresql_where=text("completed_date IS NULL"),
        ),
        Index("ix_assignments_unit_task", "unit_id", "task_id"),
        # Reports read work done in a period; open work has its own index above.
        Index(
            "ix_assignments_completed",
            "completed_date",
            sqlite_where=text("completed_date IS NOT NULL"),
            postgresql_where=text("completed_date IS NOT NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ImportCandidate(SQLModel, table=True):
    """A task an import of a directive proposed, by its source in the text.

    ``task_id`` is the task made of it; None when the clerk dropped it (or deleted the
    task later). A re-import matches its candidates against these by sentence and
    deadline phrase, so a renamed task is not proposed again and a dropped one comes
    back unticked.
    """

    __tablename__ = "import_candidates"

    id: int | None = Field(default=None, primary_key=True)
    directive_id: int = Field(foreign_key="directives.id", index=True, ondelete="CASCADE")
    task_id: int | None = Field(
        default=None, foreign_key="tasks.id", index=True, ondelete="SET NULL"
    )
    sentence: str = Field(default="")  # the task's text as the importer read it
    phrase: str = Field(default="")  # its deadline phrase as written, "" for none
    created_at: datetime = Field(default_factory=utcnow)


class Extension(SQLModel, table=True):
    """One gia hạn of an assignment: the original date stays here for history and reports."""

    __tablename__ = "extensions"

    id: int | None = Field(default=None, primary_key=True)
    assignment_id: int = Field(foreign_key="assignments.id", index=True, ondelete="CASCADE")
    old_due: date | None = None
    new_due: date
    reason: str = Field(max_length=1000)
    granted_by: str = Field(max_length=200)
    at: datetime = Field(default_factory=utcnow, index=True)
    os_user: str = Field(default="", max_length=100)


class CalendarDay(SQLModel, table=True):
    """A day the government declared off (working=False) or a make-up working day."""

    __tablename__ = "calendar_days"

    day: date = Field(primary_key=True)
    working: bool
    note: str = Field(default="", max_length=200)


# --- Audit log and settings -------------------------------------------------


class AuditLog(SQLModel, table=True):
    """Who changed what: one row per changed field (or per created/deleted record)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    os_user: str = Field(default="", max_length=100)
    table_name: str = Field(max_length=60)
    record_id: int
    action: str = Field(max_length=10)
    field: str = Field(default="", max_length=60)
    old_value: str | None = None
    new_value: str | None = None


class Setting(SQLModel, table=True):
    """Small key/value facts about this office's database (e.g. that it was seeded)."""

    __tablename__ = "settings"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="")
