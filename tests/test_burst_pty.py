"""A burst through a real terminal: the app runs as a clerk starts it, under a pty, and one
write carries a title, Tab, a deadline, Shift+Tab, Ctrl+U, another title and Ctrl+S; then
another write carries n (a new task, from the list), its title, Tab, its deadline, Ctrl+S.

The terminal driver hands the app every key of that write at once, with no Pilot in
between; what was saved is read back from the file through the services afterwards.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import re
import signal
import struct
import sys
import termios
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from secretariat.dates import format_date, office_today
from secretariat.office.database import open_database
from secretariat.office.open_file import Office
from secretariat.tasks.queries import task_list

ROOT = Path(__file__).resolve().parents[1]
COLUMNS, LINES = 130, 40
TIMEOUT = 15.0  # seconds for one screen to show; a good run takes about two in all
# Control sequences (CSI, OSC, charset and other two-byte escapes), left out of the text.
ESCAPES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|.)")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")


class Terminal:
    """The app under a pty; its output collected by a thread, read as plain text."""

    def __init__(self, db: Path, home: Path) -> None:
        env = {
            **{k: v for k, v in os.environ.items() if k != "SECRETARIAT_DB"},
            "TERM": "xterm-256color",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        pid, fd = pty.fork()
        if pid == 0:  # the child: the app, on the pty's slave side
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
                os.chdir(ROOT)
                argv = [sys.executable, "-m", "secretariat", "--db", str(db)]
                os.execve(sys.executable, argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.output = bytearray()
        self.lock = threading.Lock()
        self.seen = 0  # how much of the output ``wait_for`` has matched already
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                return
            if not data:
                return
            with self.lock:
                self.output += data

    def text(self, start: int = 0) -> str:
        with self.lock:
            raw = bytes(self.output[start:])
        return ESCAPES.sub("", raw.decode("utf-8", errors="replace"))

    def wait_for(self, *markers: str) -> None:
        """Wait until every one of ``markers`` is drawn after what the last wait found."""
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            with self.lock:
                end = len(self.output)
            text = self.text(self.seen)
            if all(marker in text for marker in markers):
                self.seen = end
                return
            if os.waitpid(self.pid, os.WNOHANG)[0]:
                pytest.fail(f"the app exited before showing {markers}:\n{self.text()[-600:]}")
            time.sleep(0.02)
        pytest.fail(f"{markers} not shown within {TIMEOUT:g} s:\n{self.text()[-600:]}")

    def write(self, keys: str) -> None:
        os.write(self.fd, keys.encode())  # one write: the driver reads it as one burst

    def quit(self) -> int:
        """Quit as a clerk does (q); force it only if it hangs. Returns the exit status."""
        with contextlib.suppress(OSError):
            self.write("q")
        try:
            for sig in (None, signal.SIGTERM, signal.SIGKILL):
                if sig is not None:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(self.pid, sig)
                deadline = time.monotonic() + 5
                while time.monotonic() < deadline:
                    done, status = os.waitpid(self.pid, os.WNOHANG)
                    if done:
                        return os.waitstatus_to_exitcode(status)
                    time.sleep(0.02)
            return -1
        finally:
            os.close(self.fd)


def test_a_burst_written_to_the_terminal_lands_field_by_field(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    open_database(db).dispose()  # a new office, as `secretariat --db` would make it
    due = office_today() + timedelta(days=40)  # the app reads the real clock: a future date
    later = due + timedelta(days=15)
    terminal = Terminal(db, tmp_path / "home")
    try:
        # each screen's own text once its data is shown, not its name in the footer
        terminal.wait_for("Không có hội nghị nào")  # Hôm nay has read (cut to the column)
        terminal.write("3")
        terminal.wait_for("Không có nhiệm vụ nào")
        terminal.write("n")
        terminal.wait_for("Nhiệm vụ mới", "Lưu (Ctrl+S)")
        # Tab to the deadline, Shift+Tab back to the title (focusing selects it),
        # Ctrl+U clears it, the title is typed again and Ctrl+S saves: all in one write.
        terminal.write(f"Tên tạm\t{format_date(due)}\x1b[Z\x15Báo cáo sơ kết\x13")
        terminal.wait_for("Đã tạo nhiệm vụ")
        # From the list: n opens the form, and what follows in the same write goes into
        # it, not to the list (where 1..5 switch screens and e, a, h are keys).
        terminal.write(f"nKế hoạch năm\t{format_date(later)}\x13")
        terminal.wait_for("Đã tạo nhiệm vụ «Kế hoạch năm»")
    finally:
        status = terminal.quit()
    assert status == 0, terminal.text()[-600:]
    engine = open_database(db)
    office = Office(engine, db, today=date.today)
    rows = office.read(task_list, office_today())
    engine.dispose()
    assert sorted((row.title, row.due) for row in rows) == [
        ("Báo cáo sơ kết", due),
        ("Kế hoạch năm", later),
    ]
