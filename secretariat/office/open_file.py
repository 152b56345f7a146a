"""The open office database, as the UI sees it: run a service in its own unit of work.

Screens never open sessions or write SQL; they hand a service function to
``Office.read`` or ``Office.write`` (from a thread worker) and get plain values back.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Hashable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine

from secretariat.dates import office_today
from secretariat.errors import UserError
from storage.audit import last_change
from storage.engine import session_scope

T = TypeVar("T")


CHECK_WAIT = 60.0  # seconds a write waits for the file's check (a cold disk, a big file)


class Office:
    """An open database file plus the clock the app reads "today" from.

    ``verified=False``: the file's full check (``PRAGMA quick_check``) has not run yet;
    ``verify`` runs it (the app does, in a thread, after the first screen). Reads go on
    meanwhile; writes wait for it, and are refused if the file turns out damaged.
    """

    def __init__(
        self,
        engine: Engine,
        path: Path,
        *,
        today: Callable[[], date] = office_today,
        verified: bool = True,
        url: str | None = None,
    ) -> None:
        self.engine = engine
        self.path = path  # on a server: the name standing for it (secretariat.office.server)
        self.url = url  # a server office's address (None: a SQLite file)
        self.today = today
        self._checked = threading.Event()
        self.problem: str | None = None  # what the check found, in Vietnamese
        # Called (in the writing thread) after each write has committed: the app reads
        # again, in the background, the screens the clerk is not looking at.
        self.after_write: list[Callable[[], None]] = []
        if verified:
            self._checked.set()

    @property
    def verified(self) -> bool:
        """The file passed its check (or needed none): writing is safe."""
        return self._checked.is_set() and self.problem is None

    @property
    def server(self) -> bool:
        """The office lives on a PostgreSQL server (several clerks), not in a file."""
        return self.url is not None

    def verify(self) -> str | None:
        """Run the file's full check (slow: reads the whole file); the problem, if any.
        A server checks its own pages: nothing to read here."""
        from secretariat.office.database import integrity_report

        if self.server:
            self._checked.set()
            return None
        try:
            self.problem = integrity_report(self.path, opened=True)
        except Exception as exc:  # an unreadable file is a damaged one: never write to it
            self.problem = f"Không kiểm tra được tệp {self.path}: {exc}."
        finally:
            self._checked.set()
        return self.problem

    def change_stamp(self) -> Hashable:
        """Equal to an earlier stamp only if no data shown can have changed in between.

        Every commit, from this app or another terminal on the same file, is written to
        the database's write-ahead log (``-wal``) or, after a checkpoint, to the file
        itself, so their sizes and modification times (nanoseconds), with today's date
        (countdowns change at midnight), say whether a screen coming back into view must
        read again. Two ``stat`` calls: microseconds. (A screen that wrote reloads itself.)
        On a server there is no file to look at: the newest audit row (every audited write
        from any clerk adds one) is the counter, one indexed read.
        """
        if self.server:
            with self.engine.connect() as connection:
                return (self.today(), last_change(connection))
        files: list[tuple[int, int, int] | None] = []
        for path in (self.path, Path(f"{self.path}-wal")):
            try:
                stat = os.stat(path)
            except OSError:
                files.append(None)
            else:
                files.append((stat.st_ino, stat.st_size, stat.st_mtime_ns))
        return (self.today(), *files)

    def read(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a service that only reads, in its own unit of work.

        Some reads fill a cache as they go (the year's public holidays); on a file not
        (yet) known to be sound that work is rolled back, so nothing reaches the file.
        """
        with session_scope(self.engine, commit=self.verified) as session:
            return service(*args, session=session, **kwargs)

    def write(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a service that writes; it has committed when this returns ("saved" after it).

        Same unit of work as ``read`` (session_scope commits on success), once the file
        has passed its check (waiting for it if it is still running).
        """
        if not self._checked.wait(CHECK_WAIT):
            raise UserError(
                "Vẫn đang kiểm tra tệp dữ liệu (lần mở đầu tiên trong ngày); "
                "chưa lưu — hãy thử lại sau ít giây."
            )
        if self.problem is not None:
            raise UserError(f"Không lưu được. {self.problem}")
        with session_scope(self.engine) as session:
            result = service(*args, session=session, **kwargs)
        for written in self.after_write:
            written()
        return result

    def daily_backup(self) -> Path | None:
        """The first start of the day's backup (a file copy, or pg_dump on a server)."""
        if self.url is not None:
            from secretariat.office import server

            return server.daily_backup(self.url, self.today())
        from secretariat.office.backups import daily_backup

        return daily_backup(self.path, self.today())

    def close(self) -> None:
        self.engine.dispose()
