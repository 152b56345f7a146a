"""Build a realistic large office database for the benchmark (issue 8).

Usage: .venv/bin/python benchmarks/generate.py [--size large|small] [--out PATH]

The file is opened with the app's own ``open_database`` (migrations + the ward's units
and groups), then filled with SQLAlchemy Core bulk inserts on the SQLModel tables, in
big transactions. Bulk inserts bypass the ORM hooks, so the FTS5 index of directives
is rebuilt with ``storage.search.rebuild`` afterwards, then ``ANALYZE`` runs.
Deterministic: the same size always gives the same rows.

large: 20,000 directives, 100,000 tasks, 1,000,000 assignments, 5,000 meetings
(ten years, 2016-11 .. 2026-11). small: one tenth of each.
"""

from __future__ import annotations

import argparse
import bisect
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Connection, select  # noqa: E402

from secretariat.office.database import open_database  # noqa: E402
from storage import search  # noqa: E402
from storage.folding import fold  # noqa: E402
from storage.models import (  # noqa: E402
    Assignment,
    Directive,
    Extension,
    Meeting,
    MeetingAttendee,
    MeetingDirective,
    Task,
    Unit,
    UnitGroup,
    UnitGroupMember,
)

TODAY = date(2026, 11, 23)  # the benchmark's "today": the end of the ten years
START = date(2016, 11, 1)
SEEDS_DIR = ROOT / "secretariat" / "office" / "demo_seeds"
BATCH = 20_000


@dataclass(frozen=True)
class Size:
    directives: int
    tasks: int
    assignments: int
    meetings: int


SIZES = {
    "large": Size(20_000, 100_000, 1_000_000, 5_000),
    "small": Size(2_000, 10_000, 100_000, 500),
}


def default_path(size: str) -> Path:
    # A folder per size: the app writes backups/ (one per day and folder) beside the file.
    return Path(f"/tmp/secretariat-bench/{size}/office.sqlite3")


# --- Vocabulary of a ward office's register -------------------------------------------

# (issuer, place, party grammar?, issuer abbreviation, weight)
ISSUERS = (
    ("Thành ủy Hải Phòng", "Hải Phòng", True, "TU", 14),
    ("Ban Thường vụ Thành ủy Hải Phòng", "Hải Phòng", True, "TU", 10),
    ("Văn phòng Thành ủy Hải Phòng", "Hải Phòng", True, "VPTU", 16),
    ("Ban Tổ chức Thành ủy Hải Phòng", "Hải Phòng", True, "BTCTU", 8),
    ("Ban Tuyên giáo và Dân vận Thành ủy", "Hải Phòng", True, "BTGDVTU", 7),
    ("Ủy ban Kiểm tra Thành ủy Hải Phòng", "Hải Phòng", True, "UBKTTU", 5),
    ("Ủy ban nhân dân thành phố Hải Phòng", "Hải Phòng", False, "UBND", 12),
    ("Đảng ủy phường Lê Ích Mộc", "Lê Ích Mộc", True, "ĐU", 14),
    ("Ủy ban nhân dân phường Lê Ích Mộc", "Lê Ích Mộc", False, "UBND", 10),
    ("Ủy ban MTTQ Việt Nam phường Lê Ích Mộc", "Lê Ích Mộc", True, "MTTQ", 4),
)
# (abbreviation, type name, weight)
PARTY_TYPES = (
    ("TB", "Thông báo", 22),
    ("KL", "Kết luận", 8),
    ("KH", "Kế hoạch", 16),
    ("NQ", "Nghị quyết", 5),
    ("CT", "Chỉ thị", 3),
    ("HD", "Hướng dẫn", 7),
    ("BC", "Báo cáo", 10),
    ("QĐ", "Quyết định", 9),
    ("CV", "Công văn", 20),
)
STATE_TYPES = (
    ("KH", "Kế hoạch", 20),
    ("QĐ", "Quyết định", 20),
    ("TB", "Thông báo", 15),
    ("BC", "Báo cáo", 10),
    ("CV", "Công văn", 35),
)
TOPICS = (
    "chuyển đổi số trong các cơ quan Đảng",
    "xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
    "công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
    "phát triển đảng viên mới",
    "cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
    "phòng, chống tham nhũng, lãng phí, tiêu cực",
    "bảo vệ nền tảng tư tưởng của Đảng",
    "thu, nộp, quản lý và sử dụng đảng phí",
    "công tác dân vận của hệ thống chính trị",
    "bảo đảm trật tự an toàn giao thông",
    "phòng, chống thiên tai và tìm kiếm cứu nạn",
    "xây dựng đô thị văn minh, sạch đẹp",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "tổ chức đại hội chi bộ, đảng bộ cơ sở",
    "bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp",
    "phát triển kinh tế - xã hội",
    "công tác quốc phòng, quân sự địa phương",
    "vận hành mô hình chính quyền địa phương 02 cấp",
    "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "sinh hoạt chi bộ định kỳ và chuyên đề",
    "đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên",
    "công tác bảo vệ chính trị nội bộ",
    "tổng kết công tác xây dựng Đảng",
    "thực hiện Kết luận của Bộ Chính trị",
)
SUBJECTS = (
    "Về việc tăng cường {topic} trên địa bàn phường",
    "Kế hoạch triển khai thực hiện {topic} năm {year}",
    "Kết luận của Ban Thường vụ về {topic}",
    "Ý kiến chỉ đạo của đồng chí Bí thư Thành ủy về {topic}",
    "Hướng dẫn {topic} năm {year}",
    "Báo cáo kết quả {topic} {period}",
    "Về việc sơ kết {topic} {period}",
    "Nghị quyết về {topic} giai đoạn {year}-{year5}",
)
TASK_TITLES = (
    "Xây dựng kế hoạch triển khai {topic}, gửi Văn phòng Đảng ủy",
    "Báo cáo kết quả {topic} {period}",
    "Tổ chức quán triệt, học tập văn bản về {topic} tới toàn thể đảng viên",
    "Rà soát, đánh giá tình hình {topic}, đề xuất giải pháp",
    "Tổng hợp số liệu {topic}, gửi Ban Xây dựng Đảng",
    "Tổ chức sinh hoạt chuyên đề về {topic}",
    "Kiểm tra, đôn đốc việc thực hiện {topic} ở các chi bộ",
    "Tuyên truyền sâu rộng về {topic} trong nhân dân",
)
PRODUCTS = (
    "Báo cáo kết quả thực hiện",
    "Kế hoạch triển khai",
    "Biên bản sinh hoạt chi bộ",
    "Bảng tổng hợp số liệu",
    "",
)
MEETING_TITLES = {
    "bch": "Hội nghị Ban Chấp hành Đảng bộ phường tháng {month}/{year}",
    "btv": "Hội nghị Ban Thường vụ Đảng ủy phường",
    "thuong_truc": "Họp Thường trực Đảng ủy",
    "giao_ban": "Giao ban Thường trực Đảng ủy đầu tuần",
    "chuyen_de": "Hội nghị chuyên đề về {topic}",
    "khac": "Hội nghị sơ kết {topic}",
}
MEETING_KINDS = (("giao_ban", 40), ("thuong_truc", 20), ("btv", 18), ("bch", 8), ("chuyen_de", 9))
PEOPLE = (
    ("Nguyễn Văn Hùng", "Bí thư Đảng ủy"),
    ("Trần Thị Mai", "Phó Bí thư Thường trực"),
    ("Phạm Minh Đức", "Phó Bí thư, Chủ tịch UBND"),
    ("Lê Thị Thu", "Chủ tịch Ủy ban MTTQ"),
    ("Vũ Văn Nam", "Trưởng ban Xây dựng Đảng"),
    ("Đỗ Thị Lan", "Chủ nhiệm Ủy ban Kiểm tra"),
    ("Hoàng Văn Tú", "Chỉ huy trưởng Quân sự"),
    ("Nguyễn Thị Hạnh", "Chánh Văn phòng Đảng ủy"),
)


def _weighted(rng: random.Random, items: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
    return rng.choices(items, weights=[item[-1] for item in items])[0]


def _period(rng: random.Random, year: int) -> str:
    return rng.choice(
        (f"năm {year}", f"6 tháng đầu năm {year}", f"quý {rng.randint(1, 4)}/{year}", "")
    ).strip()


class Corpus:
    """Slices of the seed texts, so full texts and minutes read like the real thing."""

    def __init__(self) -> None:
        texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
        self.text = "\n\n".join(" ".join(t.split(" ")) for t in texts)

    def chunk(self, rng: random.Random, size: int) -> str:
        start = rng.randrange(0, len(self.text) - size)
        # start at a word boundary so the text does not begin mid-word
        space = self.text.find(" ", start)
        start = space + 1 if 0 <= space < start + 50 else start
        return self.text[start : start + size]


def _batches(rows: Iterator[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(conn: Connection, table: Any, rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    for batch in _batches(rows):
        conn.execute(table.__table__.insert(), batch)
        count += len(batch)
    return count


def _days(start: date, end: date) -> int:
    return (end - start).days


# --- The generator ---------------------------------------------------------------------


class Generator:
    def __init__(self, size: Size, seed: int = 8) -> None:
        self.size = size
        self.rng = random.Random(seed)
        self.corpus = Corpus()

    def _stamp(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, 1, 30, 0, tzinfo=UTC)  # 08:30 local

    # directives -------------------------------------------------------------------------

    def directive_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        span = _days(START, TODAY)
        received = sorted(
            START + timedelta(days=rng.randrange(span + 1)) for _ in range(self.n_dir)
        )
        incoming: dict[int, int] = {}
        numbers: dict[tuple[str, int], int] = {}
        self.directive_dates: list[date] = []
        for directive_id, day in enumerate(received, start=1):
            issuer, place, party, abbr, _w = _weighted(rng, ISSUERS)
            type_abbr, doc_type, _w = _weighted(rng, PARTY_TYPES if party else STATE_TYPES)
            key = (abbr, day.year)
            numbers[key] = numbers.get(key, 0) + rng.randint(1, 4)
            number = numbers[key]
            symbol = f"{number}-{type_abbr}/{abbr}" if party else f"{number}/{type_abbr}-{abbr}"
            if rng.random() < 0.02:
                symbol = ""  # a few documents carry no number
            incoming[day.year] = incoming.get(day.year, 0) + 1
            issued = day - timedelta(days=rng.randint(0, 4))
            topic = rng.choice(TOPICS)
            subject = rng.choice(SUBJECTS).format(
                topic=topic, year=day.year, year5=day.year + 5, period=_period(rng, day.year)
            )
            old = day < TODAY - timedelta(days=120)
            self.directive_dates.append(day)
            yield {
                "id": directive_id,
                "number_symbol": symbol,
                "doc_type": doc_type,
                "issuer": issuer,
                "place": place,
                "issued_date": issued,
                "received_date": day,
                "incoming_number": incoming[day.year],
                "incoming_year": day.year,
                "subject": subject,
                "confidentiality": "mat" if rng.random() < 0.03 else "thuong",
                "urgency": "khan" if rng.random() < 0.05 else "thuong",
                "handler": rng.choice(PEOPLE)[0],
                "status": "da_xu_ly" if old else rng.choice(("moi", "dang_xu_ly", "da_xu_ly")),
                "full_text": self.corpus.chunk(rng, rng.randint(4_000, 6_000)),
                "version": 1,
                "created_at": self._stamp(day),
                "updated_at": self._stamp(day),
            }

    # meetings ---------------------------------------------------------------------------

    def meeting_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        end = TODAY + timedelta(days=30)  # a few meetings are already planned
        span = _days(START, end)
        days = sorted(START + timedelta(days=rng.randrange(span)) for _ in range(self.n_meet))
        self.meeting_dates: list[date] = []
        for meeting_id, day in enumerate(days, start=1):
            kind = _weighted(rng, MEETING_KINDS)[0]
            hour = rng.choice((7, 8, 14, 15))
            starts = datetime(day.year, day.month, day.day, hour, rng.choice((0, 30)))
            topic = rng.choice(TOPICS)
            title = MEETING_TITLES[kind].format(month=day.month, year=day.year, topic=topic)
            past = day < TODAY
            self.meeting_dates.append(day)
            yield {
                "id": meeting_id,
                "kind": kind,
                "title": title,
                "starts_at": starts,
                "place": "Phòng họp tầng 2, trụ sở Đảng ủy",
                "chair": "Bí thư Đảng ủy",
                "secretary": "Chánh Văn phòng Đảng ủy",
                "minutes": self.corpus.chunk(rng, rng.randint(2_500, 3_500)) if past else "",
                "agenda": "\n".join(rng.sample(TOPICS, 3)),
                # Only the newest meeting of a series carries the recurrence (see
                # meetings.service.roll_recurring), and it is in the future here.
                "recurrence": "weekly" if meeting_id == len(days) else "",
                "version": 1,
                "created_at": self._stamp(day),
                "updated_at": self._stamp(day),
            }

    def attendee_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        for meeting_id in range(1, self.n_meet + 1):
            past = self.meeting_dates[meeting_id - 1] < TODAY
            for order, (name, position) in enumerate(rng.sample(PEOPLE, rng.randint(3, 6))):
                status = "chua_ro"
                if past:
                    status = rng.choices(
                        ("co_mat", "vang_co_ly_do", "vang_khong_ly_do"), weights=(90, 8, 2)
                    )[0]
                yield {
                    "meeting_id": meeting_id,
                    "name": name,
                    "position": position,
                    "status": status,
                    "reason": "Đi công tác" if status == "vang_co_ly_do" else "",
                    "sort_order": order,
                }

    def meeting_directive_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        seen: set[tuple[int, int]] = set()
        for meeting_id in range(1, self.n_meet + 1):
            if rng.random() < 0.4:
                directive_id = rng.randint(1, self.n_dir)
                if (meeting_id, directive_id) not in seen:
                    seen.add((meeting_id, directive_id))
                    yield {"meeting_id": meeting_id, "directive_id": directive_id}

    # tasks and assignments --------------------------------------------------------------

    def plan_tasks(self) -> None:
        """Decide each task's start date, due date and which units receive it."""
        rng = self.rng
        units, groups = self.units, self.groups
        singles = [u for u in units if u not in groups["CB_TDP"] and u not in groups["TDP"]]
        group_sizes = (
            ("CB_TDP", 25),
            ("TDP", 10),
            ("TAT_CA_TCD", 6),
            ("CB_TRUONG", 22),
            ("CQ_PHUONG", 20),
            ("DBCS", 8),
            ("CB_DN_HTX", 9),
        )
        self.task_plan: list[tuple[date, date | None, list[tuple[int, str]]]] = []
        total = 0
        for _ in range(self.n_task):
            pick = rng.random()
            if pick < 0.86:  # linked to a directive: starts when it was received
                start = self.directive_dates[rng.randrange(self.n_dir)]
            else:
                start = START + timedelta(days=rng.randrange(_days(START, TODAY)))
            ongoing = rng.random() < 0.08
            due = None if ongoing else start + timedelta(days=rng.choice((7, 10, 15, 30, 45, 90)))
            shape = rng.random()
            if shape < 0.66:
                chosen = rng.sample(singles, rng.randint(1, 4))
                roles = [(u, "chu_tri" if i == 0 else "phoi_hop") for i, u in enumerate(chosen)]
            elif shape < 0.86:
                code = _weighted(rng, group_sizes[3:])[0]
                lead = rng.choice(groups["CQ_PHUONG"])
                roles = [(lead, "chu_tri")]
                roles += [(u, "chu_tri") for u in groups[code] if u != lead]
            else:
                code = _weighted(rng, group_sizes[:3])[0]
                roles = [(u, "chu_tri") for u in groups[code]]
            self.task_plan.append((start, due, roles))
            total += len(roles)
        # Trim (or pad) to exactly the wanted number of assignments.
        excess = total - self.size.assignments
        while excess > 0:
            i = rng.randrange(len(self.task_plan))
            start, due, roles = self.task_plan[i]
            if len(roles) > 1:
                drop = min(excess, len(roles) - 1, rng.randint(1, 8))
                self.task_plan[i] = (start, due, roles[: len(roles) - drop])
                excess -= drop
        while excess < 0:
            i = rng.randrange(len(self.task_plan))
            start, due, roles = self.task_plan[i]
            have = {u for u, _ in roles}
            extra = next((u for u in rng.sample(singles, 5) if u not in have), None)
            if extra is not None:
                self.task_plan[i] = (start, due, [*roles, (extra, "phoi_hop")])
                excess += 1
        # tasks in the order they were created
        self.task_plan.sort(key=lambda plan: plan[0])

    def task_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        by_date = sorted(range(self.n_dir), key=lambda i: self.directive_dates[i])
        dir_dates = [self.directive_dates[i] for i in by_date]
        meet_dates = self.meeting_dates
        for task_id, (start, due, _roles) in enumerate(self.task_plan, start=1):
            pick = rng.random()
            directive_id = meeting_id = None
            if pick < 0.86:
                at = bisect.bisect_left(dir_dates, start)
                directive_id = by_date[min(at, len(by_date) - 1)] + 1
            elif pick < 0.96:
                at = bisect.bisect_left(meet_dates, start)
                meeting_id = min(at, len(meet_dates) - 1) + 1
            topic = rng.choice(TOPICS)
            title = rng.choice(TASK_TITLES).format(topic=topic, period=_period(rng, start.year))
            recurrence = ""
            if due is not None and rng.random() < 0.01:
                recurrence = f"monthly:{due.day if due.day <= 28 else 28}"
            yield {
                "id": task_id,
                "title": title,
                "title_folded": fold(title),  # what the storage hook writes for one task
                "description": f"hoàn thành trước ngày {due:%d/%m/%Y}" if due else "thường xuyên",
                "due_date": due,
                "ongoing": due is None,
                "recurrence": recurrence,
                "expected_product": rng.choice(PRODUCTS),
                "directive_id": directive_id,
                "meeting_id": meeting_id,
                "version": 1,
                "created_at": self._stamp(start),
                "updated_at": self._stamp(start),
            }

    def _outcome(self, start: date, due: date | None) -> date | None:
        """Completion date: old work mostly done (some late), recent work open."""
        rng = self.rng
        r = rng.random()
        if due is None:  # thường xuyên: reported at some point, or still running
            if start < TODAY - timedelta(days=730):
                return None if r < 0.15 else start + timedelta(days=rng.randint(20, 300))
            return None if r < 0.7 else min(TODAY, start + timedelta(days=rng.randint(10, 200)))
        if due >= TODAY:
            return TODAY - timedelta(days=rng.randint(0, 5)) if r < 0.15 else None
        if due < TODAY - timedelta(days=90):
            if r < 0.84:
                return due - timedelta(days=rng.randint(0, 6))  # on time
            if r < 0.975:
                return min(TODAY, due + timedelta(days=rng.randint(1, 40)))  # late
            return None  # still owed: overdue
        if r < 0.62:
            return due - timedelta(days=rng.randint(0, 5))
        if r < 0.75:
            late = due + timedelta(days=rng.randint(1, 20))
            return late if late <= TODAY else None
        return None

    def assignment_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        self.extensions: list[dict[str, Any]] = []
        assignment_id = 0
        for task_id, (start, due, roles) in enumerate(self.task_plan, start=1):
            for unit_id, role in roles:
                assignment_id += 1
                own_due = None
                if due is not None and rng.random() < 0.03:  # gia hạn for this unit
                    own_due = due + timedelta(days=rng.choice((7, 10, 15, 30)))
                    self.extensions.append(
                        {
                            "assignment_id": assignment_id,
                            "old_due": due,
                            "new_due": own_due,
                            "reason": "Đơn vị đề nghị gia hạn do đang tổng hợp số liệu",
                            "granted_by": "Đ/c Phó Bí thư Thường trực",
                            "at": self._stamp(min(due, TODAY)),
                            "os_user": "vanphong",
                        }
                    )
                completed = self._outcome(start, own_due or due)
                report = ""
                if completed is not None and rng.random() < 0.5:
                    report = f"{rng.randint(1, 300)}-BC/CB"
                yield {
                    "id": assignment_id,
                    "task_id": task_id,
                    "unit_id": unit_id,
                    "role": role,
                    "due_date": own_due,
                    "completed_date": completed,
                    "report_ref": report,
                    "note": "",
                    "created_at": self._stamp(start),
                    "updated_at": self._stamp(completed or start),
                }

    # the whole build ----------------------------------------------------------------------

    @property
    def n_dir(self) -> int:
        return self.size.directives

    @property
    def n_task(self) -> int:
        return self.size.tasks

    @property
    def n_meet(self) -> int:
        return self.size.meetings

    def load_structure(self, conn: Connection) -> None:
        self.units = [row[0] for row in conn.execute(select(Unit.id).order_by(Unit.sort_order))]
        self.groups: dict[str, list[int]] = {}
        for code, unit_id in conn.execute(
            select(UnitGroup.code, UnitGroupMember.unit_id)
            .join(UnitGroupMember, UnitGroupMember.group_id == UnitGroup.id)
            .order_by(UnitGroupMember.unit_id)
        ):
            self.groups.setdefault(code, []).append(unit_id)


def _step(label: str, started: float, detail: str = "") -> float:
    now = time.perf_counter()
    print(f"  {label:<34} {now - started:7.1f} s  {detail}", flush=True)
    return now


def generate(size_name: str, out: Path) -> Path:
    size = SIZES[size_name]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    print(f"Building {out} ({size_name}: {size})", flush=True)
    began = t = time.perf_counter()
    engine = open_database(out)
    t = _step("open_database (migrate + seed)", t)
    gen = Generator(size)
    with engine.connect() as conn:
        # A generator may trade durability for speed; the app's own pragmas are unchanged.
        conn.exec_driver_sql("PRAGMA synchronous = OFF")
        conn.exec_driver_sql("PRAGMA cache_size = -200000")
        conn.commit()
        gen.load_structure(conn)
        conn.commit()
        with conn.begin():
            n = _insert(conn, Directive, gen.directive_rows())
        t = _step("directives", t, f"{n:,} rows")
        with conn.begin():
            n = _insert(conn, Meeting, gen.meeting_rows())
            n_att = _insert(conn, MeetingAttendee, gen.attendee_rows())
            n_md = _insert(conn, MeetingDirective, gen.meeting_directive_rows())
        t = _step("meetings", t, f"{n:,} rows, {n_att:,} attendees, {n_md:,} directive links")
        gen.plan_tasks()
        with conn.begin():
            n = _insert(conn, Task, gen.task_rows())
        t = _step("tasks", t, f"{n:,} rows")
        with conn.begin():
            n = _insert(conn, Assignment, gen.assignment_rows())
            n_ext = _insert(conn, Extension, iter(gen.extensions))
            # What storage.derived does for one assignment: its due date is its task's
            # unless it has its own (an extension).
            conn.exec_driver_sql(
                "UPDATE assignments SET due_date = (SELECT tasks.due_date FROM tasks "
                "WHERE tasks.id = assignments.task_id) WHERE due_date IS NULL"
            )
        t = _step("assignments", t, f"{n:,} rows, {n_ext:,} extensions")
        with conn.begin():
            search.rebuild(conn)
        t = _step("storage.search.rebuild (FTS5)", t)
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
        t = _step("ANALYZE", t)
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()
        t = _step("WAL checkpoint", t)
    engine.dispose()
    total = time.perf_counter() - began
    mb = out.stat().st_size / 1e6
    print(f"  {'total':<34} {total:7.1f} s  file {mb:,.0f} MB", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="large")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    generate(args.size, args.out or default_path(args.size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
