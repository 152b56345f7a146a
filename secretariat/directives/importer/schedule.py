"""Schedule tables: a Kế hoạch's rows of time, content and responsible body.

A plan lists its work as a table ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian"), as Markdown pipes, tab-separated cells, or — a web page converted to text —
one cell after each line holding a lone "|" (a cell may run over several lines; a row
starts at its number). Each row with a content is a candidate task: its content is the
text, its responsible body the assignee, its supporting bodies ``support``, and its time
cell the deadline, read as a plan writes it: "Trước ngày 15/3/2026", "30/6/2026", "Tháng
4/2026" (the month's last day), "Quý II/2026", "Quí IV-2025", "Năm 2026", "Từ ngày 05/5
đến ngày 25/5/2026" (the end of the span: the work is done by then). "Thường xuyên",
"Hằng năm" or an empty cell gives an undated task. The rows are masked from the text the
sentences are read from, so a row is never proposed twice. A calendar of meetings (a
"Địa điểm" or "Thành phần" column, a time that is no "hoàn thành") is no schedule.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from secretariat.directives.importer.candidates import RawTask
from secretariat.directives.importer.deadline_phrases import (
    _month_end,
    _next_month_end,
    find_deadlines,
    period_end,
)
from secretariat.directives.importer.ocr import STATE_BODIES, clean, fold_keep_offsets, words
from secretariat.directives.importer.spacing import CELL_LINES

_TIME = re.compile(
    r"thoi gian|thoi han|tien do|han hoan thanh|moc|ngay hoan thanh|ngay cham nhat|han chot"
    r"|^han (?:nop|gui|bao cao)$"
    r"|^ngay(?: thang)?$|^thoi diem$"  # a schedule's bare «Ngày» column
)
# (or the projects a table lists: «Tên đề án ưu tiên» / … / «Thời hạn hoàn thành»)
_CONTENT = re.compile(r"noi dung|cong viec|nhiem vu|hoat dong|\bten (?:de an|du an|chuong trinh)\b")
_BODY = re.compile(r"chu tri|don vi|co quan|thuc hien|phu trach|trach nhiem")
_SUPPORT = re.compile(r"phoi hop")
_SEPARATOR = re.compile(r"^[\s|:+-]+$")
_EVENT = re.compile(r"\bdia diem\b|^thanh phan\b")
_DUE = re.compile(r"hoan thanh|cham nhat|han\b")
# A table that reports on tasks rather than gives them: its columns name the document that
# gave each task («Văn bản giao nhiệm vụ») or where it stands («Tình hình thực hiện», «Kết
# quả đã thực hiện»), as an annex listing overdue tasks of earlier notices; its dates are
# those documents' deadlines. (A plan's «Kết quả thực hiện» column names each task's
# product: its table gives tasks.)
_REPORT = re.compile(r"\bvan ban giao\b|\btinh hinh (?:da )?thuc hien\b|\bket qua da thuc hien\b")

_D = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}))?"


def cell_deadline(
    cell: str, year: int | None, issued: date | None = None
) -> tuple[date | None, bool, str | None]:
    """The deadline a schedule's time cell names: (date, needs review, hour); a recurring
    one («Tháng 12 hằng năm») first due after ``issued``.

    (None, False, None) for a cell that names none ("Thường xuyên").
    """
    phrases = [d for d in find_deadlines(cell, year, issued) if not d.moves]
    if phrases:
        first = phrases[0]
        return first.due_date, first.needs_review, first.time
    # a weekday beside the day: «Chủ nhật 16/3/2025», «Thứ Sáu, ngày 14/3», «16/3 (thứ Hai)»
    folded = _WEEKDAY_AFTER.sub("", _WEEKDAY_FIRST.sub("", words(cell)))
    if folded.endswith(")") and "(" not in folded:
        folded = folded[:-1].rstrip()  # «Thứ 6 (14/3/2025)»: the bracket's close
    yearly = re.fullmatch(r"(?:trong )?thang (\d{1,2}) h[a-z]ng nam", folded)
    if yearly and (issued or year):
        # «Tháng 12 hằng năm»: by that month's end, the first after the day of issue
        month = int(yearly[1])
        due = _next_month_end(issued, month) if issued else _month_end(year or 0, month)
        return due, due is None or issued is None, None
    if re.fullmatch(r"(?:19|20)\d\d", folded):
        folded = f"nam {folded}"  # a time column's bare year («2025»): by its end
    is_period, due = period_end(folded, year)
    if is_period:
        return due, due is None, None
    years = _YEAR_SPAN.fullmatch(folded)
    if years and 0 <= int(years[2]) - int(years[1]) <= _SPAN_YEARS:
        # «Năm 2025-2026» in a time column: the row's work done by the span's last year,
        # as a span of quarters or months is (not «2025 - 2030», a plan's whole horizon:
        # standing work over the period)
        return date(int(years[2]), 12, 31), False, None
    return None, False, None


_WEEKDAY = r"(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|t[2-7]|cn)"
_WEEKDAY_FIRST = re.compile(rf"^{_WEEKDAY}\b[\s,:-]*(?:\((?=[^()]*\)$))?(?=(?:ngay )?\d)")
_WEEKDAY_AFTER = re.compile(rf"(?<=\d)\s*[(,-]\s*{_WEEKDAY}\s*\)?$")
_SPAN_YEARS = 2  # the longest span of years read as a deadline («2025-2027»)
_YEAR_SPAN = re.compile(r"(?:nam |giai doan )?((?:19|20)\d\d)\s*[-–—]\s*(?:nam )?((?:19|20)\d\d)")


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    if "\t" in stripped and "|" not in stripped:
        return [c.strip() for c in stripped.split("\t")]
    return [c.strip() for c in stripped.strip("|").split("|")]


def _is_row(line: str) -> bool:
    stripped = line.strip()
    return (
        (stripped.startswith("|") and stripped.count("|") >= 3)
        or stripped.count("\t") >= 2
        # a converter's rows with no outer pipes: «1 | Xây dựng Kế hoạch | Văn phòng | 07/3»
        or stripped.count(" | ") >= 2
    )


def _lines_at(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with the offset it starts at."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    return lines


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
# a span of days, the work done by its end: «31/03/2014 – 04/04/2014»
_SPAN_CELL = re.compile(rf"^{_D}\s*[-–—]\s*\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{4}})?$")


_SECTION_AFTER = re.compile(r"(?:[IVX]{1,4}|\d{1,2})\.\s|Nơi nhận\b")


def _line_cell_tables(text: str) -> list[tuple[int, int, list[tuple[int, list[str]]]]]:
    """Tables a web page's copy writes one cell a line ("TT" / "Nội dung …" / "Ngày chậm
    nhất phải hoàn thành" / "1" / "Triển khai …" / "21/01/2021" / "2" / …): rows start
    at their number, in sequence. (start offset, end offset, [(row offset, cells)]), the
    first row the header's folded cells."""
    lines: list[tuple[int, str]] = []
    after_blank: set[int] = set()  # the lines a blank line stands before
    for pos, line in _lines_at(text):
        if line.strip():
            lines.append((pos, line.strip()))
        elif lines:
            after_blank.add(len(lines))
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
        end = len(text)
        # (a table whose cells stand apart with blank lines ends only at the text's end)
        tight = not any(k < n <= k + first_row + 1 for n in after_blank)
        j = k + 1 + first_row
        while j < len(lines):
            offset, cell = lines[j]
            if cell.rstrip(".") == str(expected):
                rows.append((offset, []))
                expected += 1
            elif (
                rows
                and j in after_blank
                and len(rows[-1][1]) >= first_row
                and tight
                and _SECTION_AFTER.match(cell)
            ):
                end = offset  # a heading after a whole row: the text goes on below
                break
            elif rows:
                rows[-1][1].append(cell)
            j += 1
        if rows:
            found.append((start, end, [(start, ["tt", *head[:first_row]]), *rows]))
    return found


_GAP = re.compile(r"[ \t]{2,}|\t")  # between a text layout's columns («pdftotext -layout»)


def _space_tables(text: str) -> list[tuple[int, int, list[tuple[int, list[str]]]]]:
    """Tables a text layout aligns with runs of spaces («STT   Nội dung công việc   Đơn vị
    thực hiện   Thời hạn» / «1     Lập danh sách …   Các tổ dân phố   14/3/2025»): a header
    with a schedule's columns, then rows with as many cells (a blank line between rows
    allowed). (start offset, end offset, [(row offset, cells)]), the header's row first."""
    lines = _lines_at(text)
    found: list[tuple[int, int, list[tuple[int, list[str]]]]] = []
    k = 0
    while k < len(lines):
        start, line = lines[k]
        head = _GAP.split(line.strip())
        k += 1
        if len(head) < 2 or "|" in line or _is_row(line) or _columns(head) is None:
            continue  # (a table of pipes or tabs is read as such)
        rows: list[tuple[int, list[str]]] = [(start, head)]
        end, blanks = start + len(line), 0
        while k < len(lines) and blanks <= 1:
            offset, row = lines[k]
            cells = _GAP.split(row.strip())
            if not row.strip():
                blanks += 1
            elif len(cells) == len(head):
                rows.append((offset, cells))
                end, blanks = offset + len(row), 0
            else:
                break
            k += 1
        if len(rows) > 1:
            found.append((start, end, rows))
    return found


def _headed_cell_tables(text: str) -> list[tuple[int, int, list[tuple[int, list[str]]]]]:
    """Tables written one cell a line with no number column («Thời gian» / «Nội dung» /
    «Tháng 9/2025» / «Rà soát …» / …, «Tổ dân phố» / «Chỉ tiêu (đồng)» / «Hạn nộp» / «Tổ
    1 - 5» / «15.000.000» / «30/5/2025» / …): a header of two to four short cells with a
    time column, then rows of as many cells whose time cell names a day or a period (two
    rows at least). (start offset, end offset, [(row offset, cells)]), the header first."""
    lines = [(pos, line.strip()) for pos, line in _lines_at(text) if line.strip()]
    found: list[tuple[int, int, list[tuple[int, list[str]]]]] = []
    # (not inside a table read another way: a number column's, one with pipes or tabs)
    taken = [(a, b) for a, b, _rows in (*_line_cell_tables(text), *_tables(text))]
    k = 0
    while k < len(lines):
        table = _headed_table_at(lines, k)
        if table is None or any(a < table[0][1] and table[0][0] < b for a, b in taken):
            k += 1
            continue
        found.append(table[0])
        k = table[1]
    return found


def _headed_table_at(
    lines: list[tuple[int, str]], k: int
) -> tuple[tuple[int, int, list[tuple[int, list[str]]]], int] | None:
    """The headed one-cell-a-line table starting at line ``k`` and the line after it."""
    for size in (2, 3, 4):
        head = [cell for _, cell in lines[k : k + size]]
        if len(head) < size or any(len(c) > 40 or re.search(r"\d", c) for c in head):
            return None
        folded = [words(c) for c in head]
        time = next((i for i, c in enumerate(folded) if _TIME.search(c)), None)
        if time is None:
            continue
        content = any(_CONTENT.search(c) for c in folded)
        calendar = any(_EVENT.search(c) for c in folded)
        if (not content or calendar) and not _DUE.search(folded[time]):
            continue  # a duty roster's «Ngày / Họ và tên / Điện thoại», a meeting's venue
        rows: list[tuple[int, list[str]]] = []
        j = k + size
        while j + size <= len(lines):
            cells = [cell for _, cell in lines[j : j + size]]
            if cell_deadline(cells[time], None)[0] is None or any(
                _TIME.search(words(c)) for c in cells
            ):
                break
            rows.append((lines[j][0], cells))
            j += size
        if len(rows) >= 2:
            end = lines[j - 1][0] + len(lines[j - 1][1])
            return (lines[k][0], end, [(lines[k][0], head), *rows]), j
    return None


def _line_cell_rows(
    text: str, year: int | None, issued: date | None = None
) -> list[tuple[int, RawTask]]:
    """The rows of the one-cell-a-line tables: a row with a cell for each column of the
    header is read by its columns; another's first cells say the work, its last cell that
    is a date alone says when it is due."""
    out: list[tuple[int, RawTask]] = []
    for _start, _end, (header, *rows) in _line_cell_tables(text):
        columns = _columns(header[1])
        for offset, cells in rows:
            if columns is not None and len(cells) == len(header[1]) - 1:
                task = _row_task(["", *cells], columns, year, issued)
                if task is not None and task.due_date is not None:
                    # (its phrase names the work, as a row read the other way does)
                    out.append((offset, replace(task, phrase=f"{task.text} … {task.phrase}")))
                    continue
            dates = [c for c in cells if _DATE_CELL.match(words(c)) or _SPAN_CELL.match(c)]
            content = [c for c in cells if c not in dates][:2]
            what = clean(" ".join(content))
            if not what:
                continue
            when = re.sub(r"\s*\([^)]*\)$", "", dates[-1]) if dates else ""
            due, review, hour = cell_deadline(when, year, issued) if when else (None, False, None)
            phrase = f"{content[0]} … {dates[-1]}" if due is not None else None
            out.append((offset, RawTask(what, phrase, due, None, review, time=hour, item=what)))
    return out


def _columns(header: list[str]) -> tuple[int, int, int | None, int | None] | None:
    """The indexes of the time, content, responsible and supporting body columns, or
    None when the header has no time or no content."""
    folded = [words(c) for c in header]
    time = next((i for i, c in enumerate(folded) if _TIME.search(c)), None)
    content = next((i for i, c in enumerate(folded) if _CONTENT.search(c)), None)
    body = next(
        (
            i
            for i, c in enumerate(folded)
            # («Nội dung thực hiện» is the content's column, not its doer's)
            if _BODY.search(c) and not _SUPPORT.search(c) and i != content
        ),
        None,
    )
    support = next((i for i, c in enumerate(folded) if _SUPPORT.search(c)), None)
    if time is None or content is None:
        return None
    if any(_EVENT.search(c) for c in folded) and not _DUE.search(folded[time]):
        return None  # a calendar of meetings (a venue, the attendees): no deadlines
    if re.search(r"\bgiai quyet\b", folded[time]):
        return None  # a list of procedures' «Thời hạn giải quyết»: a service's time, no task
    return time, content, body, support


def _reports(header: list[str]) -> bool:
    """Whether a table's header is a report's on tasks given elsewhere (no task of its own)."""
    return any(_REPORT.search(words(cell)) for cell in header)


def _row_task(
    cells: list[str],
    columns: tuple[int, int, int | None, int | None],
    year: int | None,
    issued: date | None = None,
) -> RawTask | None:
    """The candidate task of one row's cells, or None for a row without content."""
    time, content, body, support = columns
    if len(cells) <= max(time, content):
        return None
    what = clean(cells[content])
    if not what:
        return None
    when = clean(cells[time])
    who = clean(cells[body]) if body is not None and body < len(cells) else ""
    helpers = clean(cells[support]) if support is not None and support < len(cells) else ""
    due, review, hour = cell_deadline(when, year, issued) if when else (None, False, None)
    meeting = _MEETING_ROW.match(words(what)) or _ON_SITE.search(words(what))
    if meeting and not _LIMIT_CELL.search(words(when)):
        due, review, hour = None, False, None  # «Hội nghị Ban Thường vụ … | Ngày 29/12/2025»
    phrase = when if due is not None or review else None
    return RawTask(
        what, phrase, due, who or None, review, time=hour, item=what, support=helpers or None
    )


# A row whose work is a meeting held on its day, not a limit: its time cell says no limit.
_MEETING_ROW = re.compile(
    r"(?:to chuc )?(?:hoi nghi|hop|le|mit tinh|khai mac|khai giang|dai hoi|giao ban)\b"
)
# a team's days on site: «Tổ kiểm tra làm việc trực tiếp tại các chi bộ»
_ON_SITE = re.compile(r"\blam viec (?:truc tiep )?(?:voi|tai)\b")
_LIMIT_CELL = re.compile(r"\b(?:truoc|cham nhat|han|hoan thanh|xong)\b")
_LONE_PIPE = "|"


def _pipe_line_tables(text: str) -> list[tuple[int, int, list[tuple[int, list[str]]]]]:
    """Tables a web page's conversion writes one cell after each lone "|" line: a row's
    cells follow each other, two "|" lines in a row end a row (or stand for an empty
    cell). (start offset, end offset, [(row offset, cells)]) of those with a schedule's
    header; with a number column, a row is the cells from its number on, so an empty
    cell does not shift the others."""
    pipes: list[tuple[int, int]] = []  # (line index, offset) of each lone "|"
    lines = text.split("\n")
    offsets: list[int] = []
    pos = 0
    for k, line in enumerate(lines):
        offsets.append(pos)
        if line.strip() == _LONE_PIPE:
            pipes.append((k, pos))
        pos += len(line) + 1
    regions: list[list[tuple[int, int]]] = []
    for pipe in pipes:
        last = regions[-1][-1] if regions else None
        gap = lines[last[0] + 1 : pipe[0]] if last else []
        if last is not None and len(gap) <= CELL_LINES and all(g.strip() for g in gap):
            regions[-1].append(pipe)
        else:
            regions.append([pipe])
    found: list[tuple[int, int, list[tuple[int, list[str]]]]] = []
    for region in regions:
        chunks = [
            (offsets[a + 1], clean("\n".join(lines[a + 1 : b])))
            for (a, _), (b, _) in itertools.pairwise(region)
        ]
        cells = [c for _, c in chunks]
        rows = _pipe_rows(cells)
        if rows:
            start, end = region[0][1], region[-1][1] + 1
            found.append((start, end, [(chunks[i][0] if i >= 0 else start, r) for i, r in rows]))
    return found


def _pipe_rows(cells: list[str]) -> list[tuple[int, list[str]]]:
    """The header's columns, then the rows: [(index of the row's first cell, cells)]."""
    header: list[str] = []
    k = 0
    while k < len(cells):
        if cells[k] and (k == 0 or not cells[k - 1]):
            j = k
            while j < len(cells) and cells[j]:
                j += 1
            if _columns(cells[k:j]) is not None:
                # cells run on before its «TT» (the Nơi nhận, the signature, an appendix's
                # title, no empty cell between): the header opens at its number column
                heads = [h for h in range(k, j) if _NUMBER_HEAD.match(words(cells[h]))]
                opens = heads[0] if heads and _columns(cells[heads[0] : j]) else k
                header = cells[opens:j]
                k = j
                break
            k = j
        k += 1
    if not header:
        return []
    n = len(header)
    rows: list[tuple[int, list[str]]] = [(-1, header)]
    numbered = bool(_NUMBER_HEAD.match(words(header[0])))
    i = k
    while i < len(cells):
        starts = cells[i] and not cells[i - 1]
        if starts and numbered and _ROW_NUMBER.match(words(cells[i])) and i + n <= len(cells):
            rows.append((i, cells[i : i + n]))
            i += n
            continue
        if starts and not numbered:
            j = i
            while j < len(cells) and cells[j]:
                j += 1
            if j - i == n:
                rows.append((i, cells[i:j]))
            i = j
            continue
        i += 1
    return rows


# A table a PDF's text gives column by column or with its cells run together (pdftotext,
# a copied appendix): its header names a task column and a deadline column («Tên nhiệm vụ
# … Thời hạn»), on one line or on lines close together; under it each bare date («30/8/2026»,
# not «ngày 19/01/2026» of a cited plan, not «đến 31/12/2027») is the deadline of the row
# whose words come before it.
_DUMP_TASK = re.compile(r"^(?:ten )?(?:nhiem vu|noi dung(?: cong viec)?|cong viec)\b")
_DUMP_TIME = re.compile(r"^(?:thoi han(?: hoan thanh)?|thoi gian hoan thanh|han hoan thanh)$")
# «30/6/2026», also dotted or dashed («30.6.2026», «30-6-2026»), one separator throughout
_BARE_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\w/.-])")
_NOT_A_DUE = re.compile(r"(?:ngay|so|den|tu|nam|thang|tai|theo|luc|ky)\W*$")
_HEADER_LINES = 100  # a header flattened column by column runs over this many lines
_ROW_WORDS = 40  # words of a row kept as its task
_ROW_WORDS_READ = 60  # words of a row read for whom it addresses


# The headings of a task table's other columns, one of which stands near the two above.
_DUMP_OTHER = re.compile(r"(?:don vi|co quan) (?:chu tri|phoi hop)|san pham|^s?tt$|chi tiet")


def _dump_start(lines: list[str]) -> tuple[int, int] | None:
    """The indexes of the first and the last line of a task/deadline table's header: the
    deadline column's heading, a line or a cell of its own («Thời hạn»), with the task
    column's and another column's headings above it (a section heading «III. THỜI GIAN
    HOÀN THÀNH» or a sentence ending «… đúng thời hạn» is none)."""
    whole = fold_keep_offsets("\n".join(lines)).text  # one character for one: lines kept
    if "thoi" not in whole:
        return None
    folded = [" ".join(ln.split()).strip(" |") for ln in whole.split("\n")]
    for i, line in enumerate(folded):
        if "thoi" not in line and "han hoan" not in line:
            continue
        cells = [c.strip() for c in re.split(r"\s{2,}|\|", lines[i]) if c.strip()]
        cells = [" ".join(fold_keep_offsets(c).text.split()) for c in cells] or [line]
        one_line = (
            re.search(r"\b(?:ten nhiem vu|noi dung(?: cong viec)?)\b", line)
            and _DUMP_OTHER.search(line)
            and len(line) < 160
        )
        if not any(_DUMP_TIME.match(c) for c in cells) and not (
            one_line and re.search(r"(?:thoi han|thoi gian hoan thanh)$", line)
        ):
            continue
        if one_line:  # «Chi Tên nhiệm vụ Đơn vị chủ trì … Thời hạn» on one line
            return i, i
        near = range(max(0, i - _HEADER_LINES), i)
        task = next((k for k in near if _DUMP_TASK.match(folded[k]) and len(folded[k]) < 40), None)
        if task is not None and any(
            _DUMP_OTHER.search(folded[k]) and len(folded[k]) < 40 for k in range(task, i)
        ):
            return task, i
    return None


# The first body a row names («Sở Tài chính», «UBND xã/phường», «Công an Thành phố»): the
# one in charge, the responsible column coming before the supporting one.
_ROW_BODY = re.compile(
    r"(?<!\w)(?:Các\s+)?(?:Sở|UBND|Ủy ban nhân dân|Công an|Văn phòng|Ban|Trung tâm|Bộ|Cục)"
    r"(?:\s+(?:[Tt]hành phố|nhân dân|Chỉ đạo|và|xã|phường|các|tỉnh|[A-ZĐ]\w*)(?=[\s,;/).]|$)){1,6}"
)


_KNOWN_BODY = re.compile(
    "|".join(re.escape(name) for name in sorted(STATE_BODIES, key=len, reverse=True))
)


def _row_bodies(row: str) -> list[str]:
    """The bodies a row names, in order: departments named whole, others by their head."""
    found = [(m.start(), m.end(), m.group()) for m in _KNOWN_BODY.finditer(row)]
    for m in _ROW_BODY.finditer(row):
        if not any(a <= m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), m.group()))
    return [name for _a, _b, name in sorted(found)]


# What is no part of a row's task: the header's column names, row numbers and markers.
_ROW_NOISE = re.compile(
    r"\b(?:Tên nhiệm vụ|Nội dung(?: công việc)?|Đơn vị (?:chủ trì|phối hợp)|Sản phẩm|Thời hạn"
    r"|Stt|STT|TT|Chi tiết|Chi|tiết)\b|(?<!\S)(?:\d{1,3}\s+)?[a-zđ]\)(?!\S)|(?<!\S)\d{1,3}(?!\S)"
)


def _row_title(row: str, bodies: list[str]) -> str:
    """A row's words as its task: without the bodies (in their own columns), the header's
    words and the row markers, its first words (the task column comes first)."""
    for body in bodies:
        row = row.replace(body, " ")
    words_left = _ROW_NOISE.sub(" ", row).split()
    return " ".join(words_left[:_ROW_WORDS]).strip(" ,;:-")


@lru_cache(maxsize=2)  # read once for its rows and once more for where to mask it
def _dump_table(text: str) -> tuple[int, tuple[tuple[int, RawTask], ...]] | None:
    """Where a task table whose cells ran together begins (see ``_DUMP_TASK``), and its
    rows with their offsets; None when the text has none. Its dates are whole: no year."""
    lines = text.split("\n")
    header = _dump_start(lines)
    if header is None:
        return None
    offsets = list(itertools.accumulate((len(ln) + 1 for ln in lines), initial=0))
    rows: list[tuple[int, RawTask]] = []
    # a row's words run from where the last deadline ended (two rows may share a line)
    since, since_at = header[1] + 1, 0
    for k in range(header[1] + 1, len(lines)):
        line = lines[k]
        for m in _BARE_DATE.finditer(line):
            before = line[: m.start()] if line[: m.start()].strip() else lines[k - 1]
            if _NOT_A_DUE.search(words(before)[-12:]):
                continue  # «… Kế hoạch số 38/KH-UBND ngày» / «26/01/2026»: a cited date
            try:
                due = date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
            except ValueError:
                continue
            if since == k:
                row = clean(line[since_at : m.start()])
            else:
                first = lines[since][since_at:] if since < k else ""
                row = clean(" ".join([first, *lines[since + 1 : k], line[: m.start()]]))
            bodies = _row_bodies(row)
            what = _row_title(row, bodies) or m.group()
            # the first is in charge; the ward among the others makes the row the ward's
            task = RawTask(
                what,
                m.group(),
                due,
                bodies[0] if bodies else None,
                False,
                item=what,
                support="; ".join(bodies[1:]) or None,
                # whom the row names: read on its last words, nearest its deadline
                addressed=" ".join(row.split()[-_ROW_WORDS_READ:]),
            )
            rows.append((offsets[k] + m.start(), task))
            since, since_at = k, m.end()
    if not rows:
        return None
    return offsets[header[0]], tuple(rows)


def _dump_span(text: str) -> list[tuple[int, int]]:
    """Where a run-together task table lies: from its header to its last deadline's line
    (a «trong Quý IV/2026» in its product column is the row's target, not a deadline)."""
    table = _dump_table(text)
    if table is None:
        return []
    begin, rows = table
    end = text.find("\n", rows[-1][0])
    return [(begin, len(text) if end < 0 else end)]


def schedule_rows(
    text: str, year: int | None, issued: date | None = None
) -> list[tuple[int, RawTask]]:
    """The candidate tasks of ``text``'s schedule tables, with their offsets (a recurring
    row first due after ``issued``)."""
    rows: list[tuple[int, RawTask]] = []
    for _start, _end, lines in _tables(text):
        columns = _columns(_cells(lines[0][1]))
        if columns is None or _reports(_cells(lines[0][1])):
            continue
        for offset, line in lines[1:]:
            if _SEPARATOR.match(line):
                continue
            task = _row_task(_cells(line), columns, year, issued)
            if task is not None:
                rows.append((offset, task))
    for _start, _end, cell_rows in _pipe_line_tables(text):
        columns = _columns(cell_rows[0][1])
        assert columns is not None  # the header was chosen by its columns
        if _reports(cell_rows[0][1]):
            continue
        for offset, cells in cell_rows[1:]:
            task = _row_task(cells, columns, year, issued)
            if task is not None:
                rows.append((offset, task))
    for _start, _end, (header, *cell_rows) in _headed_cell_tables(text):
        folded = [words(c) for c in header[1]]
        time = next(i for i, c in enumerate(folded) if _TIME.search(c))
        content = next((i for i, c in enumerate(folded) if _CONTENT.search(c)), None)
        what = content if content is not None else next(i for i in range(len(folded)) if i != time)
        for offset, cells in cell_rows:
            task = _row_task(cells, (time, what, None, None), year, issued)
            if task is not None and task.due_date is not None:
                rows.append((offset, task))
    for _start, _end, cell_rows in _space_tables(text):
        columns = _columns(cell_rows[0][1])
        assert columns is not None  # the header was chosen by its columns
        for offset, cells in cell_rows[1:]:
            task = _row_task(cells, columns, year, issued)
            if task is not None and task.due_date is not None:
                rows.append((offset, task))
    rows += _line_cell_rows(text, year, issued)
    if not rows:
        table = _dump_table(text)
        rows = list(table[1]) if table else []
    return sorted(rows, key=lambda pair: pair[0])


def mask_tables(text: str) -> str:
    """``text`` with its schedule tables blanked (offsets unchanged)."""
    out = text
    spans = [
        (start, end)
        for start, end, lines in _tables(text)
        if _columns(_cells(lines[0][1])) is not None
    ]
    spans += [(start, end) for start, end, _rows in _line_cell_tables(text)]
    spans += [(start, end) for start, end, _rows in _pipe_line_tables(text)]
    spans += [(start, end) for start, end, _rows in _space_tables(text)]
    spans += [(start, end) for start, end, _rows in _headed_cell_tables(text)]
    if not spans:
        spans += _dump_span(text)
    for start, end in spans:
        out = out[:start] + re.sub(r"[^\n]", " ", out[start:end]) + out[end:]
    return out
