"""A task given to the 38 chi bộ tổ dân phố is one item in every export, its units written as
ranges; a list too long for a cell goes to the annex; no table row splits (issue 17)."""

from __future__ import annotations

import io
import os
from pathlib import Path

from docx import Document
from icalendar import Calendar
from sqlalchemy import Engine

from secretariat.reports.exporting import ExportRequest, render_request
from secretariat.tasks.writes import TaskInput, assign_choice, create_task, mark_done
from storage.engine import session_scope
from storage.models import Assignment
from tests.conftest import TODAY

TDP_TASK = "Rà soát, cập nhật danh sách đảng viên miễn sinh hoạt"
WARD_TASK = "Góp ý dự thảo Báo cáo chính trị"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _office(engine: Engine) -> None:
    """36 of the 38 chi bộ TDP still owe a task due 16/11/2026 (số 03 and 04 reported);
    the 13 ward bodies (not numbered) owe another."""
    with session_scope(engine) as session:
        tdp = create_task(TaskInput(title=TDP_TASK, due="16/11/2026"), session=session)
        assign_choice(tdp.id, ["CB_TDP"], [], session=session)
        ward = create_task(TaskInput(title=WARD_TASK, due="18/11/2026"), session=session)
        assign_choice(ward.id, ["CQ_PHUONG"], [], session=session)
        rows = session.query(Assignment).filter(Assignment.task_id == tdp.id)
        for assignment in rows.order_by(Assignment.id).all()[2:4]:
            mark_done(assignment.id or 0, "20/11/2026", "", today=TODAY, session=session)


def _render(engine: Engine, fmt: str) -> bytes:
    request = ExportRequest(
        fmt=fmt, period="month", signer_title="T/M BAN THƯỜNG VỤ", signer_name="Trần Thị Bình"
    )
    with session_scope(engine) as session:
        return render_request(request, TODAY, session=session)


def test_the_chat_text_has_one_item_per_task_with_its_units_as_ranges(engine: Engine) -> None:
    _office(engine)
    text = _render(engine, "md").decode("utf-8")
    assert text.count(TDP_TASK) == 2  # overdue, and done in the period: one item each
    assert (
        "  Chi bộ Tổ dân phố số 03, 04: ngày 20/11/2026, hạn 16/11/2026 — hoàn thành quá"
        in text.splitlines()
    )
    assert "  36/38 chi bộ Tổ dân phố chưa xong: số 01, 02, 05–38" in text.splitlines()
    ward = text.split(WARD_TASK, 1)[1].split("\n- ", 1)[0]
    assert "13/13 chưa xong: Ban Thường vụ Đảng ủy, Thường trực Đảng ủy," in ward
    assert all(len(line) <= 80 for line in text.splitlines())


def test_the_word_report_has_one_row_per_task_and_no_row_splits(
    engine: Engine, tmp_path: Path
) -> None:
    _office(engine)
    data = _render(engine, "docx")
    document = Document(io.BytesIO(data))
    rows = [
        [cell.text for cell in row.cells]
        for table in document.tables[:-1]  # the annex is the last table
        for row in table.rows
        if TDP_TASK in row.cells[1].text or WARD_TASK in row.cells[1].text
    ]
    overdue, done = rows[:2], rows[2:]
    assert [row[1] for row in overdue] == [TDP_TASK, WARD_TASK]
    assert [(row[1], row[2]) for row in done] == [(TDP_TASK, "Chi bộ Tổ dân phố số 03, 04")]
    assert overdue[0][-1] == "36/38 chi bộ Tổ dân phố chưa xong: số 01, 02, 05–38"
    # 13 names would make the cell a column of names: it points to the annex instead
    assert overdue[1][-1] == "13/13 đơn vị chưa xong: xem Phụ lục, mục 1"
    annex = document.tables[-1]
    assert [c.text for c in annex.rows[0].cells] == ["Mục", "Nhiệm vụ", "Đơn vị chưa xong"]
    assert [c.text for c in annex.rows[1].cells] == ["1", WARD_TASK, "13 đơn vị"]
    assert [c.text for c in annex.rows[2].cells] == ["1.1", "", "Ban Thường vụ Đảng ủy"]
    assert len(annex.rows) == 1 + 1 + 13
    # every row of every grid table is kept on one page (w:cantSplit)
    for table in document.tables:
        if table.style is not None and table.style.name == "Table Grid":
            for row in table.rows[1:]:
                assert row._tr.find(f"{W}trPr/{W}cantSplit") is not None
    if os.environ.get("SECRETARIAT_KEEP_DOCX"):  # to render it with LibreOffice and look
        Path(os.environ["SECRETARIAT_KEEP_DOCX"]).write_bytes(data)


def test_the_calendar_lists_the_owing_units_as_ranges(engine: Engine) -> None:
    _office(engine)
    calendar = Calendar.from_ical(_render(engine, "ics"))
    descriptions = [str(event["DESCRIPTION"]) for event in calendar.walk("VEVENT")]
    tdp = next(text for text in descriptions if TDP_TASK in text)
    assert "36/38 chi bộ Tổ dân phố chưa xong: số 01, 02, 05–38" in tdp.splitlines()
