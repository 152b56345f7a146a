"""Backups of the office database: daily on first start, 30 daily + 12 monthly kept.

Backups use SQLite's online backup API (a consistent copy even while the app
writes), live in ``backups/`` beside the database, and are readable by the owner only.
Each database has its own: a backup is named after the file it copies
(``backups/<name>-YYYY-MM-DD[-HHMMSS].sqlite3``), so two offices kept in one folder
never share, list or prune each other's backups. Restoring checks the file first,
refuses while Secretariat has the office open, and keeps the replaced database beside it.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from secretariat.dates import format_date
from secretariat.errors import UserError, os_reason
from secretariat.places import backups_dir as backups_dir  # re-exported
from storage.migrate import known_revisions
from storage.office_lock import FileInUse, OfficeLock
from storage.sqlite_files import (
    integrity_problem,
    online_backup,
    replace_durably,
    schema_revision,
)

KEEP_DAILY = 30
KEEP_MONTHLY = 12
BEFORE_UPGRADE = "truoc-nang-cap"
_DATED = r"-(\d{4})-(\d{2})-(\d{2})(?:-(\d{6}))?(?:-(" + BEFORE_UPGRADE + r"))?\.sqlite3"


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    size: int
    before_upgrade: bool = False

    @property
    def label(self) -> str:
        note = "  (trước khi nâng cấp)" if self.before_upgrade else ""
        return f"{format_date(self.day)}  {self.size / 1024:,.0f} KB  {self.path}{note}"


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(f"^{re.escape(db_path.stem)}{_DATED}$")


def list_backups(db_path: Path) -> list[Backup]:
    """This database's backups in ``backups/``, newest first (another file's are not its;
    a stray file whose name holds an impossible date is no backup)."""
    found = []
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if not match:
            continue
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, day, size, before_upgrade=bool(match[5])))
    return sorted(found, key=lambda b: (b.day, b.path.name), reverse=True)


def backup_name(db_path: Path, moment: date | datetime, *, before_upgrade: bool = False) -> Path:
    """Where a backup of ``db_path`` taken at ``moment`` goes (a date: the daily one)."""
    stamp = f"{moment:%Y-%m-%d-%H%M%S}" if isinstance(moment, datetime) else f"{moment:%Y-%m-%d}"
    suffix = f"-{BEFORE_UPGRADE}" if before_upgrade else ""
    return backups_dir(db_path) / f"{db_path.stem}-{stamp}{suffix}.sqlite3"


def backup_now(db_path: Path, target: Path | None = None, *, now: datetime | None = None) -> Path:
    """Make one backup now (to ``target`` or a timestamped file in ``backups/``)."""
    target = target or backup_name(db_path, now or datetime.now())
    try:
        online_backup(db_path, target)
    except OSError as exc:
        raise UserError(f"Không sao lưu được vào {target}: {os_reason(exc)}.") from exc
    return target


def daily_backup(db_path: Path, today: date) -> Path | None:
    """On the first start of the day: back up, then prune. Returns the new file, if any."""
    if any(b.day == today for b in list_backups(db_path)):
        return None
    made = backup_now(db_path, backup_name(db_path, today))
    prune(db_path)
    return made


def prune(db_path: Path) -> list[Path]:
    """Keep the newest backup of each of the last 30 days that have one, and the first
    backup of each of the last 12 months; delete the rest. Returns what was deleted."""
    backups = list_backups(db_path)
    keep: set[Path] = set()
    days: dict[date, Backup] = {}
    for backup in backups:  # newest first: the first seen of a day is its newest
        days.setdefault(backup.day, backup)
    keep.update(b.path for b in list(days.values())[:KEEP_DAILY])
    months: dict[tuple[int, int], Backup] = {}
    for backup in reversed(backups):  # oldest first: the first seen of a month is its first
        months.setdefault((backup.day.year, backup.day.month), backup)
    newest_months = sorted(months, reverse=True)[:KEEP_MONTHLY]
    keep.update(months[m].path for m in newest_months)
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            deleted.append(backup.path)
    return deleted


def check_restorable(source: Path) -> str:
    """Refuse a file that is broken or from a newer Secretariat; return its schema revision."""
    if not source.is_file():
        raise UserError(f"Không có tệp sao lưu {source}.")
    problem = integrity_problem(source)
    if problem is not None:
        raise UserError(
            f"Tệp {source} bị hỏng hoặc không phải cơ sở dữ liệu ({problem}); không phục hồi. "
            "Cơ sở dữ liệu hiện tại không bị thay đổi."
        )
    revision = schema_revision(source)
    if revision is None:
        raise UserError(f"Tệp {source} không phải bản sao lưu của Secretariat; không phục hồi.")
    if revision not in known_revisions():
        raise UserError(
            f"Tệp {source} do một phiên bản Secretariat mới hơn tạo ra (lược đồ {revision}); "
            "hãy cập nhật Secretariat trước khi phục hồi. Không có gì bị thay đổi."
        )
    return revision


IN_USE = (
    "Secretariat đang mở tệp {path} (ở một cửa sổ hay một máy khác); hãy đóng Secretariat "
    "ở đó trước rồi chạy lại lệnh. Không có gì bị thay đổi."
)


def restore(db_path: Path, source: Path, *, now: datetime | None = None) -> Path:
    """Replace the office database with ``source``; return where the old one was kept.

    The file is checked first (integrity, schema); the current database is kept beside
    it as ``<name>.truoc-phuc-hoi-<time>.sqlite3``. An older schema is upgraded at the
    next start, like any old file. Refused while any Secretariat has the office open:
    its pooled connection would go on writing to the replaced file, and every save it
    then reported would be lost. A symlinked database is restored where the link points.
    """
    check_restorable(source)
    db_path = db_path.expanduser().resolve()
    lock = OfficeLock(db_path)
    try:
        lock.exclusive()
    except FileInUse as exc:
        raise UserError(IN_USE.format(path=db_path)) from exc
    try:
        return _replace(db_path, source, now or datetime.now())
    finally:
        lock.release()


def _replace(db_path: Path, source: Path, now: datetime) -> Path:
    kept = db_path.with_name(f"{db_path.stem}.truoc-phuc-hoi-{now:%Y%m%d-%H%M%S}.sqlite3")
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    try:
        if db_path.exists():
            online_backup(db_path, kept)  # a consistent copy, WAL included
        online_backup(source, incoming)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{db_path}{suffix}").unlink()
        replace_durably(incoming, db_path)
    except OSError as exc:
        raise UserError(f"Không phục hồi được: {os_reason(exc)}.") from exc
    return kept
