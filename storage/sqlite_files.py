"""File-level operations on a SQLite database: online backup, integrity, schema stamp.

All of them open the source read-only (``mode=ro``), so a broken or foreign file is
never written to.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def online_backup(source: Path, target: Path) -> None:
    """Copy a live database with SQLite's backup API, atomically, readable by the owner only.

    Safe while another process writes: the backup API copies a consistent snapshot.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    src = _read_only(source)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(temporary, PRIVATE_FILE)
    os.replace(temporary, target)


def integrity_problem(path: Path) -> str | None:
    """None when ``PRAGMA quick_check`` says ok, else the first problem it reports."""
    try:
        conn = _read_only(path)
        try:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    value = result[0] if result else "không đọc được"
    return None if value == "ok" else str(value)


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, None for a file without one."""
    conn = _read_only(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Owner-only permissions; a file system that cannot (FAT USB sticks) is left as it is."""
    with contextlib.suppress(OSError):
        os.chmod(path, mode)
