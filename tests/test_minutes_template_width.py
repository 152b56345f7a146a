"""The biên bản the editor starts from fits 80 columns: its Party-format header, title and
signature never wrap in the editor (found by a new user at 80×24), while the exports lay
the header out as before (tests/test_minutes.py and its fixture)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from textual.widgets import TextArea

from screens.minutes_editor import MinutesEditorScreen
from secretariat.meetings.meeting_records import MeetingDetail
from secretariat.meetings.minutes import (
    CLOSING,
    PAGE_WIDTH,
    minutes_parts,
    minutes_template,
    split_minutes,
)
from secretariat.org import OrgIdentity
from tests.pilot_helpers import make_demo_app, settle

ORG = OrgIdentity()


def _meeting(**changes: object) -> MeetingDetail:
    meeting = MeetingDetail(
        id=7,
        version=1,
        kind="btv",
        kind_label="Hội nghị Ban Thường vụ",
        title="Hội nghị Ban Thường vụ Đảng ủy tháng 12/2026",
        starts_at=datetime(2026, 12, 7, 8, 0),
        place="Hội trường Đảng ủy phường",
        chair="Đồng chí Nguyễn Văn An, Bí thư Đảng ủy",
        secretary="Đồng chí Trần Thị Bình, Chánh Văn phòng Đảng ủy",
        agenda=["Kết quả tháng 11"],
        attendees=[],
        minutes="",
        tasks=[],
    )
    return replace(meeting, **changes)  # type: ignore[arg-type]


def _framing(text: str) -> list[str]:
    """The template's header and title (above «I.») and its signature (below the closing)."""
    lines = text.splitlines()
    first = lines.index("I. THỜI GIAN, ĐỊA ĐIỂM")
    closing = lines.index(CLOSING)
    return lines[:first] + lines[closing + 1 :]


async def test_the_minutes_header_does_not_wrap_in_the_editor_at_80_columns(
    tmp_path: Path,
) -> None:
    app = make_demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MinutesEditorScreen)
        editor = app.screen.query_one(TextArea)
        lines = editor.text.splitlines()
        framing = set(_framing(editor.text))
        wrapped = [
            line
            for number, line in enumerate(lines)
            if line in framing and editor.wrapped_document.get_offsets(number)
        ]
        assert not wrapped, wrapped
        # Still the two columns of the printed page, side by side.
        assert "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" in lines[0] and "ĐẢNG CỘNG SẢN VIỆT NAM" in lines[0]
        assert "*" in lines[2] and ", ngày " in lines[2]
        await pilot.press("escape")
        await settle(pilot)
    app.office.close()


def test_the_header_title_and_signature_fit_the_page_width() -> None:
    lines = _framing(minutes_template(_meeting(), ORG))
    assert all(len(line) <= PAGE_WIDTH for line in lines), lines
    first = lines[0]
    assert first.index("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG") < first.index("ĐẢNG CỘNG SẢN VIỆT NAM")
    # The signature's names stand under their titles.
    titles = next(line for line in lines if "THƯ KÝ" in line)
    names = lines[-1]
    assert abs(titles.index("CHỦ TRÌ") + 3 - (names.index("Nguyễn Văn An") + 6)) <= 1


def test_a_header_too_wide_for_two_columns_is_stacked_and_still_recognised() -> None:
    org = replace(
        ORG, place="Thành phố Hồ Chí Minh", superior="ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"
    )
    meeting = _meeting()
    text = minutes_template(meeting, org)
    lines = _framing(text)
    assert all(len(line) <= PAGE_WIDTH for line in lines), lines
    stripped = [line.strip() for line in lines]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in stripped
    assert "Thành phố Hồ Chí Minh, ngày 07 tháng 12 năm 2026" in stripped
    # The exports still find the header and the signature: the body starts at «I.».
    _head, body, _tail = split_minutes(text, meeting, org)
    assert body[0] == "I. THỜI GIAN, ĐỊA ĐIỂM" and body[-1] == CLOSING
    assert minutes_parts(meeting, org).body[0].text == "I. THỜI GIAN, ĐỊA ĐIỂM"
