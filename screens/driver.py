"""Textual's terminal driver, without the 100 ms wait after Esc.

A lone Esc byte may be the start of a key's sequence (an arrow sends ESC [ B), so the
parser waits ``ESCAPE_DELAY`` for more before it takes it as Esc. Textual's input thread
only looks at that wait between two ``select`` calls of 100 ms, so every Esc (closing a
dialog, clearing a filter) cost 100 ms before anything happened (benchmarks/keys.py).
This driver's thread, when the input it just read ended with Esc, looks again after
``ESCAPE_WAIT`` instead. A terminal writes a key's sequence in one write, and even over
SSH its bytes come in one packet, so 30 ms is plenty; ``ESCDELAY`` (milliseconds, as
for curses) still sets the wait.
"""

from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder

from textual import constants
from textual._parser import ParseError
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

ESCAPE_WAIT = 0.03  # seconds
IDLE_WAIT = 0.1  # seconds: Textual's own, when no Esc is pending
ESC = "\x1b"


def shorter_escape_wait() -> None:
    """The parser's wait for the rest of a sequence after Esc, unless ESCDELAY sets it."""
    if "ESCDELAY" not in os.environ:
        setattr(constants, "ESCAPE_DELAY", ESCAPE_WAIT)  # noqa: B010 (typed Final)


class PromptEscapeDriver(LinuxDriver):
    def run_input_thread(self) -> None:
        """Textual's loop (``LinuxDriver.run_input_thread``), with a short select while an
        Esc waits to be told from a sequence."""
        shorter_escape_wait()
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        parser = XTermParser(self._debug)
        decode = getincrementaldecoder("utf-8")().decode
        wait = IDLE_WAIT

        def process(events: list[tuple[selectors.SelectorKey, int]], final: bool = False) -> None:
            nonlocal wait
            for index, (_key, mask) in enumerate(events):
                if mask & selectors.EVENT_READ:
                    last = index == len(events) - 1
                    data = decode(os.read(self.fileno, 1024 * 4), final=final and last)
                    if not data:
                        break
                    # just past the parser's wait, so the next tick finds it over
                    wait = constants.ESCAPE_DELAY + 0.005 if data.endswith(ESC) else IDLE_WAIT
                    for event in parser.feed(data):
                        self.process_message(event)
            for event in parser.tick():
                self.process_message(event)
                wait = IDLE_WAIT

        try:
            while not self.exit_event.is_set():
                process(selector.select(wait))
            selector.unregister(self.fileno)
            process(selector.select(IDLE_WAIT), final=True)
        finally:
            selector.close()
            try:
                for _event in parser.feed(""):
                    pass
            except (EOFError, ParseError):
                pass
