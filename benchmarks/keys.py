"""Key press → redrawn screen, measured on the real app in a real pseudo-terminal.

Usage: .venv/bin/python benchmarks/keys.py DB_PATH [--runs N]
       (run.py calls ``key_figures``; needs ``pip install -e '.[bench]'`` for pyte)

Textual's Pilot adds its own waits (a static help screen takes ~250 ms "through" Pilot),
so this starts ``secretariat --db DB_PATH`` as a clerk would, under a pty of 130 × 40
with TERM=xterm-256color, writes the bytes a terminal sends for each key and reads what
the app writes back. A reader thread only timestamps the raw output; the main thread
feeds it to pyte (a VT100 emulator) to know what the screen shows. For each key:

- **redrawn**: the time of the last output that changed the screen's text, once the
  expected screen is shown and the text has been still for ``QUIET`` seconds (the
  cursor's blink changes colours, not text, so it does not count);
- **echo**: the first output that changed the text (for typing: the letter appears).

Settings and logs go to a temporary XDG home; the database is the caller's (a copy).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pty
import signal
import sqlite3
import statistics
import struct
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyte

ROOT = Path(__file__).resolve().parent.parent
COLUMNS, LINES = 130, 40
QUIET = 0.3  # seconds without output: the screen has settled (the blink is every 0.5 s)
TIMEOUT = 20.0

DOWN, END, CTRL_S, ESCAPE = "\x1b[B", "\x1b[F", "\x13", "\x1b"


@dataclass
class Timing:
    echo: float  # seconds from the key to the first text change
    redrawn: float  # ... to the last text change before the screen settled
    shown: float = 0.0  # ... to the first output after which the expected screen shows


@dataclass
class Terminal:
    """The app under a pty, its output timestamped as it arrives."""

    pid: int
    fd: int
    chunks: list[tuple[float, bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    fed: int = 0
    screen: pyte.Screen = field(default_factory=lambda: pyte.Screen(COLUMNS, LINES))
    closed: bool = False

    def __post_init__(self) -> None:
        self.stream = pyte.ByteStream(self.screen)
        self.text = self._text()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                data = b""
            if not data:
                self.closed = True
                return
            stamp = time.perf_counter()
            with self.lock:
                self.chunks.append((stamp, data))

    def _text(self) -> str:
        return "\n".join(self.screen.display)

    def _feed(self) -> list[tuple[float, bool, str]]:
        """Feed what arrived; (arrival time, whether the text changed, text) per chunk."""
        with self.lock:
            new = self.chunks[self.fed :]
            self.fed = len(self.chunks)
        result = []
        for stamp, data in new:
            self.stream.feed(data)
            text = self._text()
            result.append((stamp, text != self.text, text))
            self.text = text
        return result

    def settle(self, start: float, shown: Callable[[str], bool]) -> Timing:
        """Wait for ``shown`` to hold and the output to pause; time both edges.

        The output is fed to pyte only once it pauses for ``QUIET`` seconds, so the
        emulator's own work (pure Python) does not compete with the app for the CPU while
        the app redraws. The cursor's blink writes every 0.5 s, leaving such pauses.
        """
        first = last = seen = None
        deadline = start + TIMEOUT
        while time.perf_counter() < deadline:
            time.sleep(0.01)
            with self.lock:
                latest = self.chunks[-1][0] if self.chunks else start
            if time.perf_counter() - max(latest, start) < QUIET:
                continue
            for stamp, changed, text in self._feed():
                if changed and stamp >= start:
                    first = first if first is not None else stamp
                    last = stamp
                    if seen is None and shown(text):
                        seen = stamp
            if shown(self.text):
                if first is None or last is None:  # nothing changed on the screen
                    return Timing(0.0, 0.0)
                return Timing(first - start, last - start, (seen or last) - start)
            if self.closed:
                raise RuntimeError(f"the app exited:\n{self.text}")
        raise TimeoutError(f"screen not shown within {TIMEOUT:.0f} s:\n{self.text}")

    def press(self, keys: str, shown: Callable[[str], bool] = lambda _text: True) -> Timing:
        self._feed()
        start = time.perf_counter()
        os.write(self.fd, keys.encode())
        return self.settle(start, shown)

    def stop(self) -> None:
        """Quit as a clerk does (q, so the app closes cleanly); force it if it hangs."""
        with contextlib.suppress(OSError):
            os.write(self.fd, b"q")
        for sig in (None, signal.SIGTERM, signal.SIGKILL):
            if sig is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, sig)
            for _ in range(100):
                done, _status = os.waitpid(self.pid, os.WNOHANG)
                if done:
                    return
                time.sleep(0.05)


def start(db: Path) -> tuple[Terminal, float]:
    """Start the app on ``db``; the time until the home screen first shows its data."""
    home = Path(tempfile.mkdtemp(prefix="bench-keys-"))
    env = {  # a clerk's terminal: Python's defaults (so .pyc files are cached, see run.py)
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app, on the pty's slave side
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "secretariat", "--db", str(db)], env)
    terminal = Terminal(pid, fd)
    return terminal, terminal.settle(started, home_shown).shown


def title(text: str) -> str:
    return text.split("\n", 1)[0]


def home_shown(text: str) -> bool:
    return "Hôm nay —" in title(text) and "Theo đơn vị được giao" in text and "quá hạn " in text


def units_shown(text: str) -> bool:
    """The task view over Hôm nay, its units listed to mark."""
    return "Space: chọn" in text and "Đã xong —" not in text


def marked(text: str) -> bool:
    return units_shown(text) and "Đã chọn " in text


def form_closed(text: str) -> bool:
    return units_shown(text) and "Đã chọn " not in text


def tasks_shown(text: str) -> bool:
    return "Nhiệm vụ —" in title(text) and " nhiệm vụ" in text


def directives_shown(text: str) -> bool:
    return "Văn bản đến —" in title(text) and "Số đến" in text


def other_terminal_writes(db: Path) -> None:
    """A write from another process, as a second clerk's save: the app is not told of it
    (only its file changes), so a screen coming into view reads at the key."""
    connection = sqlite3.connect(db, timeout=10)
    try:
        with connection:
            connection.execute(
                "UPDATE directives SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now')"
                " WHERE id = (SELECT max(id) FROM directives)"
            )
    finally:
        connection.close()


def key_figures(db: Path, runs: int) -> dict[str, list[Timing]]:
    """Every key a clerk presses in the benchmark's walk, ``runs`` times each."""
    sys.path.insert(0, str(ROOT))
    from secretariat.office.database import integrity_report

    # A file checked today, as on any start but the day's first: the full check of a
    # changed file would otherwise read it in the background during the first keys.
    assert integrity_report(db) is None
    terminal, startup = start(db)
    found: dict[str, list[Timing]] = {"start → home with data": [Timing(startup, startup)]}

    def record(name: str, timing: Timing) -> None:
        found.setdefault(name, []).append(timing)

    try:
        for _ in range(runs):
            # the first run opens it; later runs come after another terminal's write
            record("3 → Nhiệm vụ (another terminal wrote: reads)", terminal.press("3", tasks_shown))
            record("↓ → cursor into the list", terminal.press(DOWN))
            record("End → last row, next page", terminal.press(END))
            record("1 → Hôm nay (nothing changed)", terminal.press("1", home_shown))
            # the first overdue task: its units, marked, recorded done at once (issue 17)
            record("Enter → the task's units", terminal.press("\r", units_shown))
            record("a → every unit still owing marked", terminal.press("a", marked))
            record("Space → one unit unmarked", terminal.press(" ", units_shown))
            record("a → every unit still owing marked", terminal.press("a", marked))
            record("x → «Đã xong» form", terminal.press("x", lambda t: "Đã xong —" in t))
            record("Ctrl+S → saved, units redrawn", terminal.press(CTRL_S, form_closed))
            record("Esc → Hôm nay redrawn (data changed)", terminal.press(ESCAPE, home_shown))
            # this app's own save: Nhiệm vụ read it while out of view (settled above)
            record("3 → Nhiệm vụ (a task was done here)", terminal.press("3", tasks_shown))
            other_terminal_writes(db)  # another clerk's save: the register reads at the key
            record(
                "2 → Văn bản đến (another terminal wrote: reads)",
                terminal.press("2", directives_shown),
            )
            record("/ → search box", terminal.press("/"))
            for letter in "996":  # a number: each key narrows the list it shows
                record("type a letter in search (+ results)", terminal.press(letter))
            record("Esc → search cleared", terminal.press(ESCAPE, directives_shown))
            record("1 → Hôm nay (from the register)", terminal.press("1", home_shown))
    finally:
        terminal.stop()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    found = key_figures(args.db.absolute(), args.runs)
    print(f"{'key':40} {'echo':>9} {'redrawn':>9}  (medians of {args.runs}, ms)")
    for name, timings in found.items():
        echo = statistics.median(t.echo for t in timings) * 1000
        redrawn = statistics.median(t.redrawn for t in timings) * 1000
        print(f"{name:40} {echo:9.0f} {redrawn:9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
