"""Opening the office database safely: checks, migrations, first-start seeding.

Every failure a clerk can cause (a folder that cannot be written, a file that
is not a database, a file from a newer Secretariat) becomes a ``UserError`` with
one Vietnamese sentence, and nothing is written to a file that failed a check.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, OperationalError

from secretariat.dates import format_date, office_today
from secretariat.errors import UserError, database_sentence, os_reason
from secretariat.files import write_atomic
from secretariat.office.backups import list_backups
from secretariat.units.seeding import seed_once
from storage.engine import make_engine, sqlite_url
from storage.migrate import HEAD_REVISION, NewerSchemaError, known_revisions, rebuild, upgrade
from storage.office_lock import FileInUse, OfficeLock
from storage.sqlite_files import (
    create_private,
    integrity_problem,
    make_private_dir,
    online_backup,
    replace_durably,
    schema_revision,
    table_names,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_directory(directory: Path) -> None:
    try:
        make_private_dir(directory)  # the office's data: owner only
    except OSError as exc:
        raise UserError(f"Không tạo được thư mục dữ liệu {directory}: {os_reason(exc)}.") from exc
    try:
        # Root ignores permission bits, so ask the file system itself.
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError as exc:
        raise UserError(
            f"Không ghi được vào thư mục dữ liệu {directory}: {os_reason(exc)}. "
            "Hãy chọn tệp khác bằng --db hoặc biến SECRETARIAT_DB."
        ) from exc


def check_database_file(
    path: Path, *, defer_check: bool = False, create_in_empty: bool = False
) -> None:
    """Refuse, without writing anything, a path that is not a usable SQLite file.

    ``defer_check``: skip the full read of the file (``PRAGMA quick_check``) when the file
    needs no migration, for the app to run it in the background (``Office.verify``): on
    a decade-old office after a reboot it reads ~650 MB, seconds the clerk would wait
    for the first screen. Nothing is written before the check passes either way.

    An empty file (0 bytes, or a SQLite file without a table) becomes an office only when
    the clerk says so (``create_in_empty``, the CLI's ``--create``): a mistyped ``--db``
    must not turn some file into an office. Another program's database (tables but no
    Secretariat schema stamp) is never touched.
    """
    if path.is_dir():
        raise UserError(f"{path} là một thư mục, không phải tệp cơ sở dữ liệu.")
    _check_directory(path.parent)
    if not path.exists():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise UserError(f"Không đọc được tệp {path}: {os_reason(exc)}.") from exc
    if header and header != SQLITE_MAGIC:
        raise UserError(
            f"Tệp {path} không phải cơ sở dữ liệu SQLite của Secretariat; "
            "không mở để tránh ghi đè. Hãy kiểm tra lại đường dẫn."
        )
    current = bool(header) and _current_schema(path)
    if not current:
        _refuse_what_is_no_office(path, bool(header), create_in_empty)
    if header and not (defer_check and current):
        problem = integrity_report(path)
        if problem is not None:
            raise UserError(problem)


def _refuse_what_is_no_office(path: Path, header: bool, create_in_empty: bool) -> None:
    try:
        tables = table_names(path) if header else []
    except sqlite3.DatabaseError:
        return  # a damaged file: the integrity check names it and the backup to restore
    if tables and "alembic_version" not in tables:
        raise UserError(
            f"Tệp {path} là cơ sở dữ liệu của một chương trình khác (có bảng "
            f"{', '.join(tables[:3])}{'…' if len(tables) > 3 else ''}), không phải của "
            "Secretariat; không mở và không thay đổi gì. Hãy kiểm tra lại đường dẫn."
        )
    if not tables and not create_in_empty:
        raise UserError(
            f"Tệp {path} rỗng, chưa phải văn phòng nào; không mở để tránh nhầm tệp. "
            "Nếu đúng là muốn tạo văn phòng mới trong tệp này, chạy lại với --create."
        )


def _current_schema(path: Path) -> bool:
    """True when opening the file will write nothing (no migration to run)."""
    try:
        return schema_revision(path) == HEAD_REVISION
    except sqlite3.DatabaseError:
        return False


def _marker(path: Path) -> Path:
    return path.with_name(f".{path.name}.checked")


def _identity(path: Path) -> dict[str, object]:
    stat = path.stat()
    return {"inode": stat.st_ino, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def remember_good_state(path: Path) -> None:
    """Note that ``path``, as it is now, passed its check today (after a check, and when
    the app closes cleanly). Best effort: a missing note only means a full check."""
    try:
        data = {"day": office_today().isoformat(), **_identity(path)}
        write_atomic(_marker(path), json.dumps(data).encode())
    except OSError:
        pass


def checked_today(path: Path) -> bool:
    """True when this very file (same inode, size and modification time) passed its check
    today. A file copied in from a USB stick, edited elsewhere, or left by a power cut
    differs, and is checked in full."""
    try:
        data = json.loads(_marker(path).read_text())
        return data == {"day": office_today().isoformat(), **_identity(path)}
    except (OSError, ValueError):
        return False


def integrity_report(path: Path, *, opened: bool = False) -> str | None:
    """None when the file is sound; else one Vietnamese sentence with the way out
    (``opened``: the app already shows the file, and will only read it).

    ``PRAGMA quick_check`` reads the whole file (seconds for a decade of work), so it is
    skipped when the file is exactly as it was after today's last good check.
    """
    if checked_today(path):
        return None
    problem = integrity_problem(path)
    if problem is None:
        remember_good_state(path)
        return None
    good = next((b for b in list_backups(path) if integrity_problem(b.path) is None), None)
    advice = (
        f"Bản sao lưu tốt gần nhất: {good.path} ({format_date(good.day)}); phục hồi bằng: "
        f"secretariat restore {good.path}"
        if good
        else "Không tìm thấy bản sao lưu tốt nào trong thư mục backups."
    )
    refusal = (
        "chỉ xem được, không ghi gì thêm để tránh làm hỏng thêm"
        if opened
        else "không mở để tránh làm hỏng thêm"
    )
    return f"Tệp {path} bị hỏng ({problem}); {refusal}. {advice}"


def open_database(
    path: Path,
    *,
    defer_check: bool = False,
    create_in_empty: bool = False,
    notes: list[str] | None = None,
) -> Engine:
    """Check ``path``, bring its schema up to date, seed the ward on first start.

    ``defer_check``: see ``check_database_file``; the caller then runs the full check
    before any write (``Office(..., verified=False)`` does). ``notes`` receives what the
    clerk should be told (a backup taken before an upgrade, a repaired file).

    The process holds the office's shared lock as long as the engine lives (until
    ``dispose``), so a restore cannot replace the file under it. An upgrade is one
    transaction, preceded by a backup; a file an older version left half-upgraded is
    rebuilt from its rows (``repair_half_upgrade``).
    """
    path = path.expanduser().absolute()
    notes = notes if notes is not None else []
    check_database_file(path, defer_check=defer_check, create_in_empty=create_in_empty)
    lock = OfficeLock(path)
    try:
        lock.share()
    except FileInUse as exc:
        raise UserError(
            f"Tệp {path} đang được phục hồi hoặc sửa ở một cửa sổ khác; hãy thử lại sau ít giây."
        ) from exc
    try:
        engine = _open_locked(path, lock, notes)
    except BaseException:
        lock.release()
        raise
    event.listen(engine, "engine_disposed", lambda _engine: lock.release())
    return engine


def _open_locked(path: Path, lock: OfficeLock, notes: list[str]) -> Engine:
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        create_private(path)  # before SQLite makes -wal/-shm: they take this file's mode
    stamp = None if is_new else schema_revision(path)
    backup = None
    if stamp is not None and stamp != HEAD_REVISION and stamp in known_revisions():
        backup = _backup_before_upgrade(path)
        notes.append(f"Đã nâng cấp dữ liệu lên phiên bản mới; bản sao lưu trước đó: {backup}.")
    engine = make_engine(sqlite_url(path))
    try:
        try:
            upgrade(engine)
        except OperationalError:
            if stamp is None or backup is None:
                raise
            engine.dispose()
            notes.append(repair_half_upgrade(path, lock, backup))
            engine = make_engine(sqlite_url(path))
            upgrade(engine)
        seed_once(engine)
    except NewerSchemaError as exc:
        engine.dispose()
        raise UserError(
            f"Tệp {path} do một phiên bản Secretariat mới hơn tạo ra (lược đồ {exc.revision}); "
            "hãy cập nhật Secretariat rồi mở lại. Tệp không bị thay đổi."
        ) from exc
    except DBAPIError as exc:
        engine.dispose()
        advice = f" Bản sao lưu trước khi nâng cấp: {backup}." if backup else ""
        reason = database_sentence(exc) or f"{exc.orig}."
        raise UserError(f"Không mở được cơ sở dữ liệu {path}: {reason}{advice}") from exc
    return engine


def _backup_before_upgrade(path: Path) -> Path:
    from secretariat.office.backups import backup_name, backup_now

    return backup_now(path, backup_name(path, datetime.now(), before_upgrade=True))


def repair_half_upgrade(path: Path, lock: OfficeLock, backup: Path) -> str:
    """Rebuild a file an older Secretariat left half-upgraded; say what was done.

    Such a file (a power cut during its first start after an update, before upgrades
    were one transaction) is stamped with its old revision but already holds part of the
    next one, so no migration can run on it. Every row is copied into a new file at the
    stamped schema (``storage.migrate.rebuild``), which then upgrades like any old file;
    the damaged file stays in ``backups/``. Needs the file alone: another open window
    would go on writing to the replaced file.
    """
    from secretariat.office.backups import backups_dir

    try:
        lock.exclusive(wait=2.0)
    except FileInUse as exc:
        raise UserError(
            f"Tệp {path} bị nâng cấp dở (lần mở trước bị ngắt giữa chừng) và cần sửa, nhưng "
            "Secretariat đang mở nó ở một cửa sổ khác; hãy đóng các cửa sổ đó rồi mở lại. "
            f"Bản sao lưu trước khi nâng cấp: {backup}."
        ) from exc
    rebuilt = path.with_name(f".{path.name}.rebuilt")
    kept = backups_dir(path) / f"{path.stem}.nang-cap-do-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    try:
        for leftover in (rebuilt, Path(f"{rebuilt}-wal"), Path(f"{rebuilt}-shm")):
            leftover.unlink(missing_ok=True)
        create_private(rebuilt)
        rebuild(path, rebuilt)
        online_backup(path, kept)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        replace_durably(rebuilt, path)
    except (OSError, sqlite3.Error, RuntimeError) as exc:
        raise UserError(
            f"Tệp {path} bị nâng cấp dở (lần mở trước bị ngắt giữa chừng) và không sửa được "
            f"({exc}). Phục hồi bản sao lưu trước khi nâng cấp bằng: secretariat restore {backup}"
        ) from exc
    finally:
        lock.share()
    return (
        f"Tệp {path} bị nâng cấp dở (lần mở trước bị ngắt giữa chừng); đã dựng lại từ đủ mọi "
        f"dòng dữ liệu và nâng cấp xong. Tệp cũ giữ ở {kept}."
    )
