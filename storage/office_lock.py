"""Who has an office file open: each process that opens it holds a shared lock; whoever
replaces the file (restore, the repair of a half-upgraded file) needs it alone.

SQLite's own locks cannot say this: they are taken per transaction, and a process that
keeps a pooled connection between saves holds none, so a restore could swap the file
under an open app, whose next saves went to the old inode and were lost. The lock lives
in a separate file (``.<name>.lock`` beside the database) because closing any
descriptor of the database itself would drop SQLite's POSIX locks. ``flock`` locks are
released by the kernel when the process dies, so a power cut or a kill leaves none.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no flock; the lock is then advisory only
    fcntl = None  # type: ignore[assignment]

PRIVATE_FILE = 0o600
POLL = 0.05


class FileInUse(Exception):
    """Another process holds the lock in a way that excludes the one asked for."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.lock")


class OfficeLock:
    """A lock on one database file: ``share`` to keep it open, ``exclusive`` to replace it.

    Best effort where locking is impossible (no ``fcntl``, a folder that cannot hold the
    lock file): the lock then grants everything, as before it existed.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def _descriptor(self) -> int | None:
        if fcntl is None:
            return None
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, PRIVATE_FILE)
            except OSError:
                return None
        return self._fd

    def _take(self, mode: int, wait: float) -> None:
        fd = self._descriptor()
        if fd is None:
            return
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                return
            except BlockingIOError as exc:
                if time.monotonic() >= deadline:
                    raise FileInUse(str(self.path)) from exc
                time.sleep(POLL)

    def share(self, wait: float = 10.0) -> None:
        """Hold the file open alongside others; waits up to ``wait`` s for a replacement."""
        self._take(fcntl.LOCK_SH if fcntl else 0, wait)

    def exclusive(self, wait: float = 0.0) -> None:
        """Hold the file alone; ``FileInUse`` if another process still has it open."""
        self._take(fcntl.LOCK_EX if fcntl else 0, wait)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the descriptor drops its flock
            self._fd = None
