"""Re-flowing text read off a page (OCR, a PDF's text layer) into paragraphs.

A page's lines are cut where the paper ended, not where the writer meant: the importer
reads a header sentence or a deadline better whole. Lines of a paragraph are joined,
words hyphenated at a line end are mended, and list items (``1.``, ``-``, ``a)``,
``+``), headings in capitals and short lines (a signature, a place-date) stay on their
own lines. A blank line (OCR puts some inside paragraphs) is kept where a paragraph may
end: after a short line or a full stop, before a list item or a heading.
"""

from __future__ import annotations

import re

# A line that starts an item of its own: 1. 1.2. I. (1) a) - + • *
_ITEM = re.compile(
    r"^\s*(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|\([a-zđ]\)|[a-zđ]\)|[-–•+*])\s"
)
# A word cut by a hyphen at the end of the line: "nhiệ-" + "m vụ" (no space before it).
_SENTENCE_ENDS = (":", ".", ";", "!", "?")
_HYPHEN_END = re.compile(r"(?<=\w)[-\u00ad]$")


def _is_heading(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def reflow(text: str) -> str:
    """``text`` with each paragraph on one line (see the module docstring)."""
    # A laid-out page pads columns and justified lines with runs of spaces: one will do.
    text = re.sub(r"[ \t\u00a0]{2,}", " ", text.replace("\f", "\n\n"))
    lines = [line.strip() for line in text.split("\n")]
    widths = sorted(len(line) for line in lines if len(line.strip()) > 20)
    # A paragraph's lines run to (almost) the full width; one ending well short of it
    # ends its paragraph. The width is the page's own: the 80th percentile of lines.
    full = widths[int(len(widths) * 0.8)] if widths else 0
    short = 0.7 * full
    out: list[str] = []
    joinable = False  # may the next line continue the last one?
    gap = False  # blank lines seen since the last line
    last_width = 0  # the last line's own width (``out[-1]`` may be a joined paragraph)
    for line in lines:
        if not line:
            gap = True
            continue
        row = line.startswith("|")  # a table's row (see layout_table) stands alone
        item = bool(_ITEM.match(line)) or _is_heading(line) or row
        # OCR puts blank lines inside paragraphs: a blank line is kept only where a
        # paragraph may end (a short line, a full stop) or a new one clearly begins.
        full_line = joinable and last_width >= 0.9 * full
        continues = not item and (line[:1].islower() or full_line)
        if gap and out and not continues:
            out.append("")
            joinable = False
        if joinable and not item:
            last = out[-1]
            if _HYPHEN_END.search(last) and line[:1].islower():
                out[-1] = last[:-1] + line
            else:
                out[-1] = f"{last} {line}"
        else:
            out.append(line)
        gap = False
        last_width = len(line)
        joinable = (
            len(line) >= short
            and not _is_heading(line)
            and not line.endswith(_SENTENCE_ENDS)
            and not row
        )
    return "\n".join(out).strip("\n") + "\n"
