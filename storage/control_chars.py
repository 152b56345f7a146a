"""Control characters in text (ESC, BEL, CSI…): found and removed; a pure function.

Used by the storage hook that cleans every row written (``storage.plain_text``), by
the importer on a file's text, and by the CLI on what it prints.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, and the C1 controls (U+0080–U+009F: CSI is one).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    """``text`` with line breaks as ``\\n`` and every other control character removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def has_controls(text: str) -> bool:
    return _CONTROL.search(text) is not None or "\r" in text
