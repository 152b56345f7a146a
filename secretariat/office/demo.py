"""The demo office: the five seed directives with their real dates and deadlines,
plus invented current work dated relative to today, so a new user sees a living
office whatever the date.

The demo lives in its own file and is rebuilt on every ``secretariat demo``.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time, timedelta
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from secretariat.office.database import open_database
from secretariat.office.demo_data import SEED_DIRECTIVES, DemoDirective, DemoTask
from storage.engine import session_scope
from storage.models import Assignment, Directive, Meeting, Task, Unit, UnitGroup, UnitGroupMember

INVENTED_ISSUER = "Đảng ủy phường Lê Ích Mộc"


def _seed_text(name: str) -> str:
    return (resources.files("secretariat.office") / "demo_seeds" / name).read_text(encoding="utf-8")


class _Builder:
    def __init__(self, today: date, session: Session) -> None:
        self.today = today
        self.session = session
        self.units = {u.code: u.id for u in session.exec(select(Unit)).all() if u.id is not None}
        self.groups: dict[str, list[int]] = {}
        for code, unit_id in session.exec(
            select(UnitGroup.code, UnitGroupMember.unit_id).join(
                UnitGroupMember,
                col(UnitGroupMember.group_id) == UnitGroup.id,
            )
        ):
            self.groups.setdefault(code, []).append(unit_id)
        self.counter = 0

    def unit_ids(self, codes: tuple[str, ...]) -> list[tuple[int, str]]:
        """Expand unit codes and ``@GROUP`` codes to (unit id, role), lead first."""
        result: list[tuple[int, str]] = []
        seen: set[int] = set()
        for position, code in enumerate(codes):
            ids = self.groups[code[1:]] if code.startswith("@") else [self.units[code]]
            # A whole group as first entry: each member leads its own share of the task.
            role = "chu_tri" if position == 0 else "phoi_hop"
            for unit_id in ids:
                if unit_id not in seen:
                    seen.add(unit_id)
                    result.append((unit_id, role))
        return result

    def _outcome(self, due: date | None) -> date | None:
        """A deterministic, realistic completion date: most on time, some late, some open."""
        self.counter += 1
        pick = (self.counter * 7) % 20
        if due is None:
            return self.today - timedelta(days=3 + pick) if pick < 4 else None
        if due >= self.today:
            # Some units have already reported on work that is not yet due.
            return self.today - timedelta(days=pick % 3) if pick < 8 else None
        if due < self.today - timedelta(days=365):
            # Work from years ago was closed long since: on time, or a little late.
            return due + timedelta(days=pick % 5 - 2)
        if pick < 14:
            return due - timedelta(days=pick % 4)
        if pick < 17:
            late = due + timedelta(days=2 + pick % 6)
            return late if late < self.today else None
        return None

    def add_task(
        self,
        directive: Directive | None,
        task: DemoTask,
        *,
        meeting: Meeting | None = None,
    ) -> Task:
        row = Task(
            title=task.title,
            description=task.phrase,
            due_date=task.due_date,
            ongoing=task.due_date is None,  # the seeds' undated tasks are "thường xuyên"
            expected_product=task.expected_product,
            directive_id=directive.id if directive else None,
            meeting_id=meeting.id if meeting else None,
        )
        self.session.add(row)
        self.session.flush()
        assert row.id is not None  # flushed
        for unit_id, role in self.unit_ids(task.units):
            self.session.add(
                Assignment(
                    task_id=row.id,
                    unit_id=unit_id,
                    role=role,
                    completed_date=self._outcome(task.due_date),
                )
            )
        return row

    def add_directive(self, spec: DemoDirective, full_text: str) -> Directive:
        directive = Directive(
            number_symbol=spec.number_symbol,
            doc_type=spec.doc_type,
            issuer=spec.issuer,
            place=spec.place,
            issued_date=spec.issued_date,
            received_date=spec.received_date,
            incoming_number=spec.incoming_number,
            incoming_year=spec.received_date.year,
            subject=spec.subject,
            status="dang_xu_ly",
            full_text=full_text,
        )
        self.session.add(directive)
        self.session.flush()
        for task in spec.tasks:
            self.add_task(directive, task)
        return directive


def _invented_work(builder: _Builder) -> None:
    """Current work around ``today``: overdue, due today, this week, done, meetings."""
    today = builder.today
    d = timedelta
    plan = DemoDirective(
        seed_file="",
        number_symbol=f"{today.month + 40}-KH/ĐU",
        doc_type="Kế hoạch",
        issuer=INVENTED_ISSUER,
        place="Lê Ích Mộc",
        issued_date=today - d(days=20),
        received_date=today - d(days=20),
        incoming_number=900 + today.month,
        subject=(
            "Kế hoạch kiểm tra, giám sát và sơ kết công tác xây dựng Đảng cuối năm "
            f"{today.year} (dữ liệu minh họa)"
        ),
        tasks=(
            DemoTask(
                "Nộp báo cáo kết quả sinh hoạt chi bộ định kỳ tháng này",
                "trước ngày báo cáo định kỳ",
                today + d(days=3),
                "Báo cáo kết quả sinh hoạt chi bộ",
                ("@CB_TDP",),
            ),
            DemoTask(
                "Rà soát, cập nhật danh sách đảng viên miễn sinh hoạt, chuyển sinh hoạt",
                "chậm nhất 5 ngày trước",
                today - d(days=5),
                "Danh sách đảng viên",
                ("@CB_TRUONG",),
            ),
            DemoTask(
                "Gửi dự thảo báo cáo tổng kết công tác xây dựng Đảng năm "
                f"{today.year} về Văn phòng Đảng ủy",
                "hoàn thành trong hôm nay",
                today,
                "Dự thảo báo cáo tổng kết",
                ("PH-BXD", "PH-VP"),
            ),
            DemoTask(
                "Chuẩn bị tài liệu Hội nghị Ban Chấp hành Đảng bộ phường cuối năm",
                "trước hội nghị 2 ngày",
                today + d(days=6),
                "Bộ tài liệu hội nghị",
                ("PH-VP", "PH-UBND", "PH-MTTQ"),
            ),
            DemoTask(
                "Tổng hợp kết quả thu nộp đảng phí quý này",
                "hoàn thành trong quý",
                today + d(days=12),
                "Bảng tổng hợp đảng phí",
                ("@DBCS", "CBCS-QS"),
            ),
        ),
    )
    directive = builder.add_directive(plan, "")
    monday = today - d(days=today.weekday())
    meetings = [
        Meeting(
            kind="giao_ban",
            title="Giao ban Thường trực Đảng ủy đầu tuần",
            starts_at=datetime.combine(monday + d(days=7), time(8, 0)),
            recurrence="weekly",
            place="Phòng họp tầng 2, trụ sở Đảng ủy",
            chair="Bí thư Đảng ủy",
            secretary="Chánh Văn phòng Đảng ủy",
        ),
        Meeting(
            kind="btv",
            title="Hội nghị Ban Thường vụ Đảng ủy phường định kỳ",
            starts_at=datetime.combine(today + d(days=3), time(14, 0)),
            place="Phòng họp tầng 2, trụ sở Đảng ủy",
            chair="Bí thư Đảng ủy",
            secretary="Chánh Văn phòng Đảng ủy",
        ),
        Meeting(
            kind="bch",
            title="Hội nghị Ban Chấp hành Đảng bộ phường tháng trước",
            starts_at=datetime.combine(today - d(days=27), time(8, 0)),
            place="Hội trường UBND phường",
            chair="Bí thư Đảng ủy",
            secretary="Chánh Văn phòng Đảng ủy",
            minutes="BIÊN BẢN HỘI NGHỊ\n(dữ liệu minh họa)\n",
        ),
    ]
    for meeting in meetings:
        builder.session.add(meeting)
    builder.session.flush()
    builder.add_task(
        directive,
        DemoTask(
            "Triển khai kết luận hội nghị Ban Chấp hành về chuyển đổi số trong các chi bộ",
            "trong tháng",
            today + d(days=20),
            "Báo cáo kết quả triển khai",
            ("PH-VP", "PH-TTCT"),
        ),
        meeting=meetings[2],
    )


DEMO_CONTACTS = {
    "PH-VP": ("Đ/c Nguyễn Thị Hạnh, Chánh Văn phòng", "0225 3 871 234"),
    "PH-BXD": ("Đ/c Trần Văn Nam, Trưởng ban", "0912 345 678"),
    "PH-UBND": ("Đ/c Phạm Minh Đức, Chánh Văn phòng UBND", "0225 3 872 555"),
    "PH-MTTQ": ("Đ/c Lê Thị Thu, Phó Chủ tịch", "0983 112 233"),
    "CB-TDP01": ("Đ/c Vũ Văn Hùng, Bí thư chi bộ", "0904 556 677"),
    "CB-TDP02": ("Đ/c Đỗ Thị Lan, Bí thư chi bộ", "0936 778 899"),
    "CBCS-QS": ("Đ/c Hoàng Văn Tú, Bí thư chi bộ", "0868 123 456"),
}


def populate_demo(today: date, *, session: Session) -> None:
    """Fill a freshly seeded database with the demo office."""
    for code, (person, phone) in DEMO_CONTACTS.items():
        unit = session.exec(select(Unit).where(Unit.code == code)).one()
        unit.contact_person, unit.phone = person, phone
        session.add(unit)
    builder = _Builder(today, session)
    for spec in SEED_DIRECTIVES:
        builder.add_directive(spec, _seed_text(spec.seed_file))
    _invented_work(builder)


def build_demo(path: Path, today: date) -> Engine:
    """Rebuild the demo database at ``path`` for ``today`` and return its engine."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    engine = open_database(path)
    with session_scope(engine) as session:
        populate_demo(today, session=session)
    return engine
