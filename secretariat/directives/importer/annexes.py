"""Annexes that report on tasks instead of giving them.

A notice of conclusions may carry an annex listing the overdue tasks of earlier documents
(«PHỤ LỤC I / TỔNG HỢP CÁC NHIỆM VỤ CHẬM MUỘN THEO VĂN BẢN ĐÔN ĐỐC …») or the progress of
an earlier notice's tasks («PHỤ LỤC II / KẾT QUẢ THỰC HIỆN NHIỆM VỤ TẠI THÔNG BÁO …»), and a
circular a report form («MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN …»). Their dates are the deadlines
those documents set, or days of work done: none is a task of the document being read.
``mask_reports`` blanks such an annex, from its heading to the next annex or the end.
"""

from __future__ import annotations

import re

from secretariat.directives.importer.ocr import words

# «PHỤ LỤC», «PHỤ LỤC II», «Phụ lục số 01» alone on its line (not «Phụ lục kèm theo)», a
# sentence's end after a line break)
_ANNEX = re.compile(r"\W*phu luc(?: so)?(?: [ivxlc]{1,5}|\s*\d{1,2}[a-z]?)?\W*")
# The annex's title says it reports: on work done, on tasks overdue or late.
_REPORTS = re.compile(
    r"\b(?:ket qua|tinh hinh) (?:da )?thuc hien\b"
    r"|\bnhiem vu (?:cham|qua han|ton dong|chua hoan thanh)\b"
    r"|\bcham (?:muon|tien do)\b"
)
# A line that may be an annex's heading, marks or none («PHỤ LỤC», «PHU LUC»): read folded.
_MAYBE_HEADING = re.compile(r"^(?:[^\w\n]|_)*ph\w[^\S\n]+l\w+", re.IGNORECASE | re.MULTILINE)
_TITLE_LINES = 4  # the lines under «PHỤ LỤC …» read for its title, in capitals


def _is_heading(line: str) -> bool:
    return bool(_ANNEX.fullmatch(words(line.strip())))


def _title(lines: list[str]) -> str:
    """The annex's title: the lines in capitals under its heading."""
    title: list[str] = []
    for line in [line for line in lines[: 2 * _TITLE_LINES] if line.strip()][:_TITLE_LINES]:
        letters = [ch for ch in line if ch.isalpha()]
        if not letters or not all(ch.isupper() for ch in letters):
            break
        title.append(line.strip())
    return " ".join(title)


def mask_reports(text: str) -> str:
    """``text`` with its reporting annexes blanked (offsets unchanged)."""
    if _MAYBE_HEADING.search(text) is None:
        return text
    lines = text.split("\n")
    headings = [i for i, line in enumerate(lines) if len(line) < 40 and _is_heading(line)]
    if not headings:
        return text
    masked = False
    for k, i in enumerate(headings):
        if not _REPORTS.search(words(_title(lines[i + 1 :]))):
            continue
        end = headings[k + 1] if k + 1 < len(headings) else len(lines)
        for j in range(i, end):
            lines[j] = " " * len(lines[j])
        masked = True
    return "\n".join(lines) if masked else text
