"""File-level operations on a SQLite database: online backup, integrity, schema stamp.

All of them open the source read-only (``mode=ro``), so a broken or foreign file is
never written to.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def online_backup(source: Path, target: Path) -> None:
    """Copy a live database with SQLite's backup API, atomically, readable by the owner only.

    Safe while another process writes: the backup API copies a consistent snapshot.
    """
    make_private_dir(target.parent)
    # A name of its own (two starts may back up at once) and private from its creation
    # (mkstemp makes it 0600; SQLite gives its journal the database file's mode).
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    temporary = Path(name)
    try:
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
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    replace_durably(temporary, target)


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` survive a power cut (best effort where unsupported)."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_durably(source: Path, target: Path) -> None:
    """``os.replace`` then fsync the folder, so the new name is on disk, not only the data."""
    os.replace(source, target)
    fsync_dir(target.parent)


def make_private_dir(directory: Path) -> None:
    """Create ``directory`` and every missing parent readable by the owner only from the
    start (folders that exist already are left as they are)."""
    missing = []
    while not directory.exists() and directory != directory.parent:
        missing.append(directory)
        directory = directory.parent
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        make_private(folder, PRIVATE_DIR)  # mkdir's mode is masked by the umask


def create_private(path: Path) -> None:
    """Create an empty ``path`` readable by the owner only, before SQLite opens it: SQLite
    gives the ``-wal`` and ``-shm`` files it makes the database file's own mode."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


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


def table_names(path: Path) -> list[str]:
    """The tables a SQLite file holds (SQLite's own excepted), read without writing."""
    conn = _read_only(path)
    try:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        ).fetchall()
    finally:
        conn.close()
    return [row[0] for row in rows]
