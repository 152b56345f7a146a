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

_ANNEX = re.compile(r"^\W*phu luc\b")
# The annex's title says it reports: on work done, on tasks overdue or late.
_REPORTS = re.compile(
    r"\b(?:ket qua|tinh hinh) (?:da )?thuc hien\b"
    r"|\bnhiem vu (?:cham|qua han|ton dong|chua hoan thanh)\b"
    r"|\bcham (?:muon|tien do)\b"
)
_TITLE_LINES = 4  # the lines under «PHỤ LỤC …» read for its title
_HEADING_WORDS = 8  # an annex's heading line is short («PHỤ LỤC II», «Phụ lục số 01»)


def _is_heading(line: str) -> bool:
    folded = words(line.strip())
    return bool(_ANNEX.match(folded)) and len(folded.split()) <= _HEADING_WORDS


def mask_reports(text: str) -> str:
    """``text`` with its reporting annexes blanked (offsets unchanged)."""
    if "PHỤ LỤC" not in text.upper():
        return text
    lines = text.split("\n")
    headings = [i for i, line in enumerate(lines) if _is_heading(line)]
    if not headings:
        return text
    masked = False
    for k, i in enumerate(headings):
        title = " ".join(line.strip() for line in lines[i : i + 1 + _TITLE_LINES] if line.strip())
        if not _REPORTS.search(words(title)):
            continue
        end = headings[k + 1] if k + 1 < len(headings) else len(lines)
        for j in range(i, end):
            lines[j] = " " * len(lines[j])
        masked = True
    return "\n".join(lines) if masked else text
