"""Schedule tables: a Kế hoạch's rows of time, content and responsible body.

A plan lists its work as a table ("TT | Nội dung | Cơ quan chủ trì | Thời gian"), as
Markdown pipes or tab-separated cells once converted to text. Each row with a content is
a candidate task: its content is the text, its responsible body the assignee, and its
time cell the deadline, read as a plan writes it: "Trước ngày 15/3/2026", "30/6/2026",
"Tháng 4/2026" (the month's last day), "Quý II/2026", "Năm 2026", "Từ ngày 05/5 đến ngày
25/5/2026" (the end of the span: the work is done by then). "Thường xuyên" or an empty
cell gives an undated task. The rows are masked from the text the sentences are read
from, so a row is never proposed twice.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from secretariat.directives.importer.candidates import RawTask
from secretariat.directives.importer.deadline_phrases import find_deadlines
from secretariat.directives.importer.ocr import clean, words

_TIME = re.compile(
    r"thoi gian|thoi han|tien do|han hoan thanh|moc|ngay hoan thanh|ngay cham nhat|han chot"
)
_CONTENT = re.compile(r"noi dung|cong viec|nhiem vu|hoat dong")
_BODY = re.compile(r"chu tri|don vi|co quan|thuc hien|phu trach|trach nhiem")
_SUPPORT = re.compile(r"phoi hop")
_SEPARATOR = re.compile(r"^[\s|:+-]+$")

_D = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}))?"
_SPAN_END = re.compile(rf"(?:den|-|–)\s*(?:het\s+)?(?:ngay\s+)?{_D}\s*$")
_BARE_DATE = re.compile(rf"^(?:ngay\s+)?{_D}$")
_MONTH = re.compile(r"^(?:trong\s+)?thang\s+(?P<m>\d{1,2})(?:\s*/\s*|\s+nam\s+)(?P<y>\d{4})$")
_QUARTER = re.compile(
    r"^(?:trong\s+)?quy\s+(?P<q>iv|iii|ii|i|[1-4])(?:\s*/\s*|\s+nam\s+)(?P<y>\d{4})$"
)
_YEAR = re.compile(r"^(?:trong\s+)?nam\s+(?P<y>\d{4})$")
_QUARTER_END = {"i": 3, "1": 3, "ii": 6, "2": 6, "iii": 9, "3": 9, "iv": 12, "4": 12}


def _make(y: int | None, m: int, d: int) -> date | None:
    if y is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date | None:
    return date(y, m, calendar.monthrange(y, m)[1]) if 1 <= m <= 12 else None


def cell_deadline(cell: str, year: int | None) -> tuple[date | None, bool, str | None]:
    """The deadline a schedule's time cell names: (date, needs review, hour).

    (None, False, None) for a cell that names none ("Thường xuyên").
    """
    w = words(cell).strip(" .;")
    span = _SPAN_END.search(w)
    if span and re.match(r"^tu\b", w):
        y = int(span.group("y")) if span.group("y") else year
        due = _make(y, int(span.group("m")), int(span.group("d")))
        return due, due is None, None
    phrases = [d for d in find_deadlines(cell, year) if not d.moves]
    if phrases:
        first = phrases[0]
        return first.due_date, first.needs_review, first.time
    for pattern in (_BARE_DATE, _MONTH, _QUARTER, _YEAR):
        m = pattern.match(w)
        if not m:
            continue
        found = m.groupdict()
        y = int(found["y"]) if found.get("y") else year
        if pattern is _BARE_DATE:
            due = _make(y, int(found["m"]), int(found["d"]))
        elif pattern is _MONTH and y is not None:
            due = _month_end(y, int(found["m"]))
        elif pattern is _QUARTER and y is not None:
            due = _month_end(y, _QUARTER_END[found["q"]])
        else:
            due = date(y, 12, 31) if y is not None else None
        return due, due is None, None
    return None, False, None


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    if "\t" in stripped and "|" not in stripped:
        return [c.strip() for c in stripped.split("\t")]
    return [c.strip() for c in stripped.strip("|").split("|")]


def _is_row(line: str) -> bool:
    stripped = line.strip()
    return (stripped.startswith("|") and stripped.count("|") >= 3) or stripped.count("\t") >= 2


def _tables(text: str) -> list[tuple[int, int, list[tuple[int, str]]]]:
    """Runs of table lines: (start offset, end offset, [(line offset, line)])."""
    runs: list[tuple[int, int, list[tuple[int, str]]]] = []
    current: list[tuple[int, str]] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        if _is_row(line):
            current.append((pos, line))
        elif current:
            if len(current) >= 2:
                start, last = current[0][0], current[-1]
                runs.append((start, last[0] + len(last[1]), current))
            current = []
        pos += len(line) + 1
    return runs


_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")
_NUMBER_HEAD = re.compile(r"^s?tt$")
_DATE_CELL = re.compile(rf"^{_D}(?:\s*\([^)]*\))?$")


def _line_cell_tables(text: str) -> list[tuple[int, int, list[tuple[int, list[str]]]]]:
    """Tables a web page's copy writes one cell a line ("TT" / "Nội dung …" / "Ngày chậm
    nhất phải hoàn thành" / "1" / "Triển khai …" / "21/01/2021" / "2" / …): rows start
    at their number, in sequence. (start offset, end offset, [(row offset, cells)])."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line.strip()))
        pos += len(line) + 1
    found: list[tuple[int, int, list[tuple[int, list[str]]]]] = []
    for k, (start, line) in enumerate(lines):
        if len(line) > 4 or not _NUMBER_HEAD.match(words(line)):
            continue  # only a «TT» / «STT» cell opens one
        head = [words(cell) for _, cell in lines[k + 1 : k + 6]]
        first_row = next((j for j, cell in enumerate(head) if cell == "1"), None)
        if first_row is None or _columns(["tt", *head[:first_row]]) is None:
            continue
        rows: list[tuple[int, list[str]]] = []
        expected = 1
        j = k + 1 + first_row
        while j < len(lines):
            offset, cell = lines[j]
            if cell.rstrip(".") == str(expected):
                rows.append((offset, []))
                expected += 1
            elif rows:
                rows[-1][1].append(cell)
            j += 1
        if rows:
            found.append((start, len(text), rows))
    return found


def _line_cell_rows(text: str, year: int | None) -> list[tuple[int, RawTask]]:
    """The rows of the one-cell-a-line tables: the first cells say the work, the last
    cell that is a date alone says when it is due."""
    out: list[tuple[int, RawTask]] = []
    for _start, _end, rows in _line_cell_tables(text):
        for offset, cells in rows:
            dates = [c for c in cells if _DATE_CELL.match(words(c))]
            content = [c for c in cells if c not in dates][:2]
            what = clean(" ".join(content))
            if not what:
                continue
            when = re.sub(r"\s*\([^)]*\)$", "", dates[-1]) if dates else ""
            due, review, hour = cell_deadline(when, year) if when else (None, False, None)
            phrase = f"{content[0]} … {dates[-1]}" if due is not None else None
            out.append((offset, RawTask(what, phrase, due, None, review, time=hour, item=what)))
    return out


def _columns(header: list[str]) -> tuple[int, int, int | None] | None:
    """The indexes of the time, content and responsible body columns, or None."""
    folded = [words(c) for c in header]
    time = next((i for i, c in enumerate(folded) if _TIME.search(c)), None)
    content = next((i for i, c in enumerate(folded) if _CONTENT.search(c)), None)
    body = next(
        (i for i, c in enumerate(folded) if _BODY.search(c) and not _SUPPORT.search(c)), None
    )
    if time is None or content is None:
        return None
    return time, content, body


def schedule_rows(text: str, year: int | None) -> list[tuple[int, RawTask]]:
    """The candidate tasks of ``text``'s schedule tables, with their offsets."""
    rows: list[tuple[int, RawTask]] = []
    for _start, _end, lines in _tables(text):
        header = _cells(lines[0][1])
        columns = _columns(header)
        if columns is None:
            continue
        time, content, body = columns
        for offset, line in lines[1:]:
            if _SEPARATOR.match(line):
                continue
            cells = _cells(line)
            if len(cells) <= max(time, content):
                continue
            what = clean(cells[content])
            if not what:
                continue
            when = clean(cells[time])
            who = clean(cells[body]) if body is not None and body < len(cells) else ""
            due, review, hour = cell_deadline(when, year) if when else (None, False, None)
            phrase = when if due is not None or review else None
            rows.append(
                (
                    offset,
                    RawTask(what, phrase, due, who or None, review, time=hour, item=what),
                )
            )
    return rows + _line_cell_rows(text, year)


def mask_tables(text: str) -> str:
    """``text`` with its schedule tables blanked (offsets unchanged)."""
    out = text
    for start, end, lines in _tables(text):
        if _columns(_cells(lines[0][1])) is None:
            continue
        out = out[:start] + re.sub(r"[^\n]", " ", out[start:end]) + out[end:]
    for start, end, _rows in _line_cell_tables(text):
        out = out[:start] + re.sub(r"[^\n]", " ", out[start:end]) + out[end:]
    return out
