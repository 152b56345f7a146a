"""Opening the office database safely: checks, migrations, first-start seeding.

Every failure a clerk can cause (a folder that cannot be written, a file that
is not a database, a file from a newer Secretariat) becomes a ``UserError`` with
one Vietnamese sentence, and nothing is written to a file that failed a check.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from secretariat.dates import format_date
from secretariat.errors import UserError, os_reason
from secretariat.files import write_atomic
from secretariat.office.backups import list_backups
from secretariat.units.seeding import seed_structure
from storage.engine import make_engine, session_scope, sqlite_url
from storage.migrate import HEAD_REVISION, NewerSchemaError, upgrade
from storage.sqlite_files import PRIVATE_DIR, integrity_problem, make_private, schema_revision

SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_directory(directory: Path) -> None:
    created = not directory.exists()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        if created:
            make_private(directory, PRIVATE_DIR)  # the office's data: owner only
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


def check_database_file(path: Path, *, defer_check: bool = False) -> None:
    """Refuse, without writing anything, a path that is not a usable SQLite file.

    ``defer_check``: skip the full read of the file (``PRAGMA quick_check``) when the file
    needs no migration, for the app to run it in the background (``Office.verify``): on
    a decade-old office after a reboot it reads ~650 MB, seconds the clerk would wait
    for the first screen. Nothing is written before the check passes either way.
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
    if header and not (defer_check and _current_schema(path)):
        problem = integrity_report(path)
        if problem is not None:
            raise UserError(problem)


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
        data = {"day": date.today().isoformat(), **_identity(path)}
        write_atomic(_marker(path), json.dumps(data).encode())
    except OSError:
        pass


def checked_today(path: Path) -> bool:
    """True when this very file (same inode, size and modification time) passed its check
    today. A file copied in from a USB stick, edited elsewhere, or left by a power cut
    differs, and is checked in full."""
    try:
        data = json.loads(_marker(path).read_text())
        return data == {"day": date.today().isoformat(), **_identity(path)}
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


def open_database(path: Path, *, defer_check: bool = False) -> Engine:
    """Check ``path``, bring its schema up to date, seed the ward on first start.

    ``defer_check``: see ``check_database_file``; the caller then runs the full check
    before any write (``Office(..., verified=False)`` does).
    """
    path = path.expanduser().absolute()
    check_database_file(path, defer_check=defer_check)
    is_new = not path.exists()
    engine = make_engine(sqlite_url(path))
    try:
        upgrade(engine)
        with session_scope(engine) as session:
            seed_structure(session)
        if is_new:
            make_private(path)
    except NewerSchemaError as exc:
        engine.dispose()
        raise UserError(
            f"Tệp {path} do một phiên bản Secretariat mới hơn tạo ra (lược đồ {exc.revision}); "
            "hãy cập nhật Secretariat rồi mở lại. Tệp không bị thay đổi."
        ) from exc
    except DBAPIError as exc:
        engine.dispose()
        raise UserError(f"Không mở được cơ sở dữ liệu {path}: {exc.orig}.") from exc
    return engine
