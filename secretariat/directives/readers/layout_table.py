"""A laid-out PDF page's tables (``pdftotext -layout``) written again as Markdown rows.

A plan's schedule («TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực
hiện») reaches the text as columns padded with spaces, each cell wrapped over lines and
centred in its row: the row's number and a short cell stand on the row's middle line.
Re-flowing the page would run the columns into one another, so a table is found first
and each row written as one «| 1 | … | … |» line, the way the importer reads a schedule:

- the table opens at a line of at least three column titles, one of them a time
  («Thời gian», «Thời hạn», «Tiến độ») and one a content («Nhiệm vụ», «Nội dung»,
  «Công việc»), and ends at the page's end or at two blank lines;
- each stretch of text between runs of two spaces or more belongs to the column whose
  title's centre is nearest its own;
- a row's content cell ends at a blank line, at a line ending a sentence before one that
  opens with a capital, or, holding two row numbers, at the capital line between them;
  the other columns' lines belong to the row whose lines they stand on.
"""

from __future__ import annotations

import itertools
import re

from secretariat.text import fold

_GAP = re.compile(r"\S+(?: \S+)*")  # a stretch of text: words one space apart
_TIME = re.compile(r"^(?:thoi gian|thoi han|tien do|han hoan thanh)\b")
_CONTENT = re.compile(r"^(?:nhiem vu|noi dung|cong viec)\b")
_NUMBER = re.compile(r"^(?:\d{1,3}|[IVX]{1,4})\.?$")
_ENDS = (".", ";", ":", "!", "?", "”", '"')


def _stretches(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _GAP.finditer(line)]


def _head(line: str) -> list[float] | None:
    """The centres of a table's column titles, or None for any other line."""
    cells = _stretches(line)
    titles = [fold(text).lower() for _, text in cells]
    if (
        len(cells) < 3
        or not any(_TIME.match(t) for t in titles)
        or not any(_CONTENT.match(t) for t in titles)
        or any(len(t) > 40 for t in titles)
    ):
        return None
    return [start + len(text) / 2 for start, text in cells]


def _nearest(centres: list[float], start: int, text: str) -> list[int]:
    """The columns by their distance to the stretch, the nearest first."""
    middle = start + len(text) / 2
    return sorted(range(len(centres)), key=lambda k: abs(centres[k] - middle))


def _rows(grid: list[list[str]], content: int, number: int | None) -> list[tuple[int, int]]:
    """The rows' line spans [first, last] (see the module docstring)."""
    starts: list[int] = []
    previous = ""
    for k, cells in enumerate(grid):
        text = cells[content]
        if not text:
            if not any(cells):
                previous = ""  # a blank line ends a cell
            continue
        if not previous or (previous.endswith(_ENDS) and text[:1].isupper()):
            starts.append(k)
        previous = text
    # a content cell holding two row numbers: cut at its capital line between them
    numbered = [k for k, cells in enumerate(grid) if number is not None and cells[number]]
    for a, b in itertools.pairwise(numbered):
        if any(a < s <= b for s in starts):
            continue
        cut = next((k for k in range(a + 1, b + 1) if grid[k][content][:1].isupper()), None)
        if cut is not None:
            starts.append(cut)
    starts = sorted(set(starts))
    ends = [*(s - 1 for s in starts[1:]), len(grid) - 1]
    return list(zip(starts, ends, strict=True))


def _table(lines: list[str], centres: list[float], titles: list[str]) -> list[str] | None:
    folded = [fold(t).lower() for t in titles]
    content = next(k for k, t in enumerate(folded) if _CONTENT.match(t))
    number = next((k for k, t in enumerate(folded) if t in ("tt", "stt")), None)
    grid: list[list[str]] = []
    for line in lines:
        cells = [""] * len(centres)
        for start, text in _stretches(line):
            k, *farther = _nearest(centres, start, text)
            if k == number and not _NUMBER.match(text):
                if text[:1].isdigit():
                    return None  # «1 a)»: numbers of rows within rows, not told apart here
                k = farther[0]  # a content cell's short last line stands left, under it
            cells[k] = f"{cells[k]} {text}".strip()
        grid.append(cells)
    out = ["| " + " | ".join(titles) + " |", "|" + "---|" * len(titles)]
    for first, last in _rows(grid, content, number):
        cells = [
            " ".join(c for c in (grid[k][col] for k in range(first, last + 1)) if c)
            for col in range(len(titles))
        ]
        if number is not None and cells[number] and not _NUMBER.match(cells[number]):
            return None  # rows this reading could not tell apart («1 a) 2 b)»): left as read
        if cells[content]:
            out.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return out if len(out) > 2 else None


def pipe_tables(text: str) -> str:
    """``text`` with the schedule tables of its laid-out pages written as Markdown rows."""
    if "  " not in text:
        return text
    pages = text.split("\f")
    for p, page in enumerate(pages):
        lines = page.split("\n")
        out: list[str] = []
        k = 0
        while k < len(lines):
            centres = _head(lines[k])
            if centres is None:
                out.append(lines[k])
                k += 1
                continue
            end = k + 1
            while end < len(lines) and not (
                not lines[end].strip() and end + 1 < len(lines) and not lines[end + 1].strip()
            ):
                end += 1
            titles = [t for _, t in _stretches(lines[k])]
            rows = _table(lines[k + 1 : end], centres, titles)
            out.extend(rows if rows is not None else lines[k:end])
            k = end
        pages[p] = "\n".join(out)
    return "\f".join(pages)
