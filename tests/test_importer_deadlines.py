"""Deadlines as real directives write them, schedule tables, moved deadlines, a heading's
period carried to its items, and whose task each candidate is (issue 16)."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secretariat.directives.importer import propose
from secretariat.directives.importer.deadline_phrases import find_deadlines
from secretariat.directives.importer.relevance import recipients, relevance
from secretariat.directives.importer.schedule import cell_deadline, mask_tables, schedule_rows

CORPUS = Path(__file__).parent / "fixtures" / "directives"
EXPECTED: dict[str, Any] = {
    f"{folder}/{name}": value
    for folder in (".", "heldout", "heldout2", "heldout3")
    for name, value in json.loads((CORPUS / folder / "expected.json").read_text("utf-8")).items()
    if not name.startswith("_")
}
ISSUED = date(2025, 11, 3)  # a Monday


def _one(text: str, issued: date | None = ISSUED) -> Any:
    found = find_deadlines(text, issued.year if issued else None, issued)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "due", "hour"),
    [
        ("gửi về Sở trước 14 giờ, ngày 05/12/2017 (bản giấy)", date(2017, 12, 5), "14:00"),
        ("gửi về Sở trước 14 giờ ngày 05/12/2017.", date(2017, 12, 5), "14:00"),
        ("gửi lên Đoàn trường trước 16g ngày 2 tháng 12 năm 2025", date(2025, 12, 2), "16:00"),
        ("nộp trước 16h30 ngày 10/12/2025.", date(2025, 12, 10), "16:30"),
        ("hoàn thành chậm nhất 9 giờ 00 ngày 12/12/2025.", date(2025, 12, 12), "09:00"),
        ("gui ve truoc 14 gio ngay 05/12/2017.", date(2017, 12, 5), "14:00"),
    ],
)
def test_the_hour_is_kept(text: str, due: date, hour: str) -> None:
    d = _one(text)
    assert (d.due_date, d.time, d.needs_review) == (due, hour, False)
    assert "giờ" in d.phrase or "gio" in d.phrase or "h30" in d.phrase or "16g " in d.phrase


@pytest.mark.parametrize(
    ("text", "due", "hour"),
    [
        ("gửi báo cáo trước 10 giờ sáng ngày 21/11/2025.", date(2025, 11, 21), "10:00"),
        ("gửi danh sách trước 3 giờ chiều, ngày 21/11/2025.", date(2025, 11, 21), "15:00"),
        ("nộp trước 8h00 sáng thứ Hai ngày 24/11/2025.", date(2025, 11, 24), "08:00"),
        ("gửi trước 12 giờ trưa ngày 24/11/2025.", date(2025, 11, 24), "12:00"),
        ("Hạn nộp: 17h00 ngày 21/11/2025.", date(2025, 11, 21), "17:00"),
    ],
)
def test_the_time_of_day_after_the_hour(text: str, due: date, hour: str) -> None:
    d = _one(text)
    assert (d.due_date, d.time, d.needs_review) == (due, hour, False)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Hạn nộp báo cáo: ngày 20/11/2025.", date(2025, 11, 20)),
        ("Hạn gửi: Thứ Sáu, ngày 21/11/2025.", date(2025, 11, 21)),
        ("Hạn đăng ký là ngày 25/11/2025.", date(2025, 11, 25)),
        ("Hạn hoàn thành: 30/11/2025.", date(2025, 11, 30)),
        ("Các tổ dân phố gửi danh sách muộn nhất là ngày 20/11/2025.", date(2025, 11, 20)),
        ("gửi về Văn phòng muộn nhất vào ngày 20/11/2025.", date(2025, 11, 20)),
        ("gửi danh sách trước ngày thứ Sáu, 21/11/2025.", date(2025, 11, 21)),
        ("gửi chậm nhất ngày thứ Sáu, 21/11/2025.", date(2025, 11, 21)),
    ],
)
def test_a_limit_named_by_what_is_due_or_said_another_way(text: str, due: date) -> None:
    d = _one(text)
    assert (d.due_date, d.needs_review, d.recurrence) == (due, False, None)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Các đơn vị đăng ký danh sách từ ngày 10/11/2025 đến ngày 20/11/2025.",
            date(2025, 11, 20),
        ),
        ("Nộp bài từ 01/11 – 15/11/2025 tại Văn phòng.", date(2025, 11, 15)),
        ("Thời gian đóng học phí: từ 05/11 → 17/11/2025.", date(2025, 11, 17)),
        ("Thời gian gửi bài: từ ngày 05/11 đến ngày 17/11/2025.", date(2025, 11, 17)),
        (
            "Ban Tổ chức nhận bài dự thi đến hết ngày 20/11/2025 (theo dấu bưu điện).",
            date(2025, 11, 20),
        ),
        ("Sau ngày 20/11/2025, Ban Tổ chức không nhận hồ sơ.", date(2025, 11, 20)),
        (
            "Quá ngày 20/11/2025 đơn vị nào không gửi báo cáo được coi như không tham gia.",
            date(2025, 11, 20),
        ),
        ("Thời gian hoàn thành: 6 tháng đầu năm 2026.", date(2026, 6, 30)),
        ("Các tổ dân phố hoàn thành trong 6 tháng cuối năm 2026.", date(2026, 12, 31)),
    ],
)
def test_windows_to_hand_in_close_on_their_last_day(text: str, due: date) -> None:
    d = _one(text)
    assert (d.due_date, d.needs_review, d.recurrence) == (due, False, None)


def test_a_payment_in_rounds_is_due_at_each_rounds_end() -> None:
    text = (
        "Sinh viên có thể nộp học phí thành 2 đợt:\n- Đợt 1: từ ngày 05/11 đến ngày 17/11/2025;\n"
        "- Đợt 2: từ 01/12 → 12/12/2025.\n"
    )
    found = find_deadlines(text, 2025, ISSUED)
    assert [(d.due_date, d.phrase[:5]) for d in found] == [
        (date(2025, 11, 17), "Đợt 1"),
        (date(2025, 12, 12), "Đợt 2"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hội thi tổ chức thành 2 đợt:\n+ Đợt 1: từ 05/11 → 17/11/2025\n"
        "+ Đợt 2: từ 01/12 → 12/12/2025\n",
        "Công dân đăng ký tạm trú từ ngày 10/11/2025 đến ngày 20/11/2025.",
        "Sau ngày 20/11/2025, các đơn vị triển khai thực hiện kế hoạch.",
        "Thời gian thực hiện: từ ngày 10/11/2025 đến ngày 20/11/2025.",
        "Trong 6 tháng đầu năm 2025, phường đã hoàn thành 10 nhiệm vụ.",
        "Cuộc thi diễn ra đến hết ngày 20/11/2025.",
    ],
)
def test_spans_of_work_stays_and_events_are_no_windows(text: str) -> None:
    assert find_deadlines(text, 2025, ISSUED) == []


def test_an_earlier_letters_limit_told_by_the_sentence_opening_on_it_is_none() -> None:
    text = (
        "Tại công văn số 8014/VPCP-KGVX ngày 09 tháng 10 năm 2012 của Văn phòng Chính phủ,\n"
        "Phó Thủ tướng đã giao Bộ xây dựng Thông tư; báo cáo Thủ tướng Chính phủ trước ngày 30\n"
        "tháng 11 năm 2012. Đến nay Bộ chưa có báo cáo.\n\n"
        "Phó Thủ tướng yêu cầu Bộ báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 5 năm 2013.\n"
    )
    found = find_deadlines(text, 2013, date(2013, 4, 26))
    assert [d.due_date for d in found] == [date(2013, 5, 30)]


def test_an_earlier_documents_limit_told_from_its_day_is_none() -> None:
    text = (
        "Ngày 19 tháng 9 năm 2013, Văn phòng Chính phủ có văn bản số 349/TB-VPCP yêu cầu quý "
        "Bộ khẩn trương xây dựng Thông tư liên tịch, báo cáo Phó Thủ tướng trước ngày 30 tháng "
        "9 năm 2013.\n\nNgày 01/7/2013, Bộ Xây dựng ban hành Thông tư số 09/2013/TT-BXD quy "
        "định các tỉnh gửi đề án về Bộ trước ngày 31/8/2013.\n\n"
        "Đề nghị quý Bộ báo cáo Thủ tướng Chính phủ trước ngày 15/11/2013.\n"
    )
    found = find_deadlines(text, 2013, date(2013, 10, 21))
    assert [d.due_date for d in found] == [date(2013, 11, 15)]


def test_a_purpose_opening_the_sentence_is_no_deadline_but_a_years_work_is() -> None:
    purpose = (
        "Để đảm bảo thời gian hoàn thành việc hỗ trợ về nhà ở cho khoảng 71.000 hộ gia đình "
        "người có công với cách mạng trong năm 2013 theo quy định tại QĐ22, Bộ Xây dựng đề nghị "
        "Bộ Tài chính bố trí vốn.\n"
    )
    assert find_deadlines(purpose, 2013, date(2013, 10, 23)) == []
    work = (
        "Trong năm 2013, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương phải thực "
        "hiện cơ bản xong việc hỗ trợ về nhà ở cho hộ gia đình người có công.\n"
    )
    assert [d.due_date for d in find_deadlines(work, 2013, date(2013, 4, 26))] == [
        date(2013, 12, 31)
    ]


def test_a_day_named_as_a_documents_first_day_in_force_is_none() -> None:
    text = (
        "Đang sinh sống và có đăng ký hộ khẩu thường trú trước ngày 15 tháng 6 năm 2013 (ngày "
        "Quyết định số 22/2013/QĐ-TTg có hiệu lực thi hành) tại nhà ở đó.\n"
    )
    assert find_deadlines(text, 2014, date(2014, 6, 28)) == []


def test_a_time_line_alone_is_the_task_of_its_step() -> None:
    proposal = propose(
        "UBND QUẬN 9\nSố: 12/KH-UBND\nQuận 9, ngày 05 tháng 6 năm 2014\nKẾ HOẠCH\nHỗ trợ nhà ở\n\n"
        "1. Bước 1: Hướng dẫn và tiếp nhận hồ sơ:\n\n"
        "Các tổ dân phố phổ biến chính sách; Tổ trưởng các Tổ dân phố tập hợp đơn gửi Ủy ban "
        "nhân dân phường.\n\nThời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.\n\n"
        "2. Bước 2: Kiểm tra hiện trạng nhà ở.\n\n"
        "- Cơ quan chủ trì, thực hiện: Phòng Quản lý đô thị quận.\n\n"
        "- Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2014.\n",
        "x.txt",
    )
    (first, second) = [t for t in proposal.tasks if t.due_date]
    assert first.text.startswith("Bước 1: Hướng dẫn") and first.for_ward
    assert second.text.startswith("Bước 2: Kiểm tra") and not second.for_ward


@pytest.mark.parametrize(
    ("text", "due", "hour"),
    [
        ("Ngày 20/11/2025: hạn cuối nộp báo cáo.", date(2025, 11, 20), None),
        ("- 20/11/2025 – Hạn chót nhận hồ sơ.", date(2025, 11, 20), None),
        ("Các chi bộ hoàn thành chậm nhất là 15/12/2025.", date(2025, 12, 15), None),
        ("Các chi bộ hoàn thành trước ngày 30 tháng 12/2025.", date(2025, 12, 30), None),
        ("Hoàn thành trước quý III/2026.", date(2026, 6, 30), None),
        ("Thời gian nhận bài: đến 17h00 ngày 21/11/2025.", date(2025, 11, 21), "17:00"),
    ],
)
def test_more_ways_to_write_a_limit(text: str, due: date, hour: str | None) -> None:
    d = _one(text)
    assert (d.due_date, d.time, d.needs_review) == (due, hour, False)


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo chậm nhất là 15 ngày kể từ ngày nhận đơn.",
        "Trước quý III/2026, tỷ lệ hộ nghèo đạt 5%.",
        "Ngày 20/11/2025 - Hội nghị tổng kết.",
    ],
)
def test_counted_days_a_past_state_and_an_event_are_no_limits(text: str) -> None:
    assert [d for d in find_deadlines(text, 2025, ISSUED) if not d.computed] == []


def test_a_plans_years_and_a_resolutions_two_years() -> None:
    text = (
        "d) Hoàn thành việc hỗ trợ nhà ở cho các hộ gia đình người có công giai đoạn 2 theo "
        "Quyết định số 22/2013/QĐ-TTg đến hết năm 2019.\n\n"
        "- Năm 2018: Rà soát, tổng kết hệ thống văn bản chính sách.\n\n"
        "- Năm 2019, hoàn thành việc hỗ trợ nhà ở trên toàn quốc.\n\n"
        "2. Chỉ đạo rà soát đối tượng, cân đối ngân sách để thực hiện cơ bản xong trong hai năm "
        "2018 - 2019.\n\n"
        "3. Phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sỹ trong năm 2018 để tiếp tục triển "
        "khai thực hiện.\n\n"
        "1. Kết thúc năm 2019, Chính phủ báo cáo Ủy ban thường vụ Quốc hội kết quả thực hiện.\n"
    )
    found = find_deadlines(text, 2018, date(2018, 6, 20))
    assert [(d.due_date, d.phrase[:8]) for d in found] == [
        (date(2019, 12, 31), "đến hết "),
        (date(2018, 12, 31), "Năm 2018"),
        (date(2019, 12, 31), "Năm 2019"),
        (date(2019, 12, 31), "xong tro"),
        (date(2018, 12, 31), "trong nă"),
        (date(2019, 12, 31), "Kết thúc"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "- Năm 2017: thu ngân sách đạt 500 tỷ đồng.",  # a past year's account
        "- Năm 2019: đạt 80% hộ gia đình có nhà ở kiên cố.",  # a rate to reach
        "- Năm 2019: 95% số hộ được hỗ trợ.",
        "Ủy ban nhân dân tỉnh tiếp tục hỗ trợ đến hết năm 2019.",  # no finishing opens it
        "Kết thúc năm 2019, toàn tỉnh có 500 hộ được hỗ trợ.",  # no report
    ],
)
def test_years_that_are_accounts_rates_or_spans(text: str) -> None:
    assert find_deadlines(text, 2018, date(2018, 6, 20)) == []


def test_a_daily_or_monthly_report_its_period_said_first() -> None:
    daily = _one("Các tổ dân phố báo cáo nhanh hằng ngày trước 16 giờ về Văn phòng.")
    assert (daily.due_date, daily.time, daily.recurrence) == (ISSUED, "16:00", "daily")
    monthly = _one("Các tổ dân phố báo cáo kết quả hằng tháng về UBND phường vào ngày 25.")
    assert (monthly.due_date, monthly.recurrence) == (date(2025, 11, 25), "monthly")
    for text in (
        "Họp giao ban hằng tháng vào ngày 25.",
        "Báo cáo hằng tháng vào ngày 25 tháng 12.",
    ):
        assert [d for d in find_deadlines(text, 2025, ISSUED) if d.recurrence == "monthly"] == []


def test_a_second_day_in_figures_after_and() -> None:
    found = find_deadlines("Các chi bộ báo cáo kết quả trước ngày 10/6 và 10/12.", 2026, ISSUED)
    assert [d.due_date for d in found] == [date(2026, 6, 10), date(2026, 12, 10)]


def test_a_tasks_time_line_beside_its_content_and_its_bodies() -> None:
    proposal = propose(
        "BAN CHỈ ĐẠO QUỐC GIA\nSố: 252/KH-BCĐ\nHà Nội, ngày 11 tháng 11 năm 2013\nKẾ HOẠCH\n"
        "Thực hiện Chỉ thị\n\nB. NỘI DUNG, NHIỆM VỤ\n\nI. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI\n\n"
        "1. Nội dung, biện pháp\n\na) Tổ chức Hội nghị quán triệt Chỉ thị.\n\n"
        "2. Cơ quan chủ trì, phối hợp\n\n- Các Bộ, ngành liên quan.\n\n"
        "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.\n\n"
        "IV. THỜI GIAN THỰC HIỆN\n\nThời gian thực hiện: Tháng 12/2013.\n",
        "x.txt",
    )
    dated = [(t.due_date, t.text) for t in proposal.tasks if t.due_date]
    assert dated == [(date(2013, 12, 31), "CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI")]


def test_a_schedules_days_under_its_time_heading() -> None:
    text = (
        "2. THỜI GIAN TUYỂN SINH:\n"
        "- Ngày 10 /7 /2015 : Đón nhận các cháu ở các phố Nguyễn Quỳnh, Hậu Thành.\n"
        "- Ngày 21/7/2015: tổng hợp danh sách, hồ sơ xét tuyển.\n"
        "- Ngày 22/7/2015 duyệt kết quả tuyển sinh tại Phòng GD&ĐT.\n"  # (its colon left out)
        "- Ngày 24/7/2015: Hội nghị tổng kết công tác tuyển sinh.\n"
        "- Từ ngày 27/7/2015 đến hết ngày 31/7/2015 các trường triển khai.\n"  # a span: none
    )
    found = find_deadlines(text, 2015, date(2015, 6, 16))
    assert [d.due_date for d in found] == [
        date(2015, 7, 10),
        date(2015, 7, 21),
        date(2015, 7, 22),
    ]


def test_a_windows_end_with_a_mistyped_year_closes_in_its_opening_year() -> None:
    d = _one("Phụ huynh đăng ký từ ngày 02/8/2018 đến 10/8/2010.", date(2018, 7, 16))
    assert (d.due_date, d.needs_review) == (date(2018, 8, 10), True)


def test_history_is_no_deadline_when_only_the_year_of_issue_was_read() -> None:
    text = "Quân nhân tham gia kháng chiến trước ngày 20 tháng 7 năm 1954 được hưởng trợ cấp."
    assert find_deadlines(text, 2018, None) == []
    assert [d.due_date for d in find_deadlines("Báo cáo trước ngày 20/7/2018.", 2018, None)] == [
        date(2018, 7, 20)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Đang sinh sống và có đăng ký hộ khẩu thường trú trước ngày 15 tháng 6 năm 2014 tại nhà ở.",
        "Trẻ sinh trước ngày 01/01/2014 được tuyển sinh vào lớp 1.",
        "Cán bộ nghỉ hưu trước ngày 01/01/2013 được hưởng trợ cấp.",
    ],
)
def test_who_qualifies_by_a_state_before_the_issue_is_no_deadline(text: str) -> None:
    assert find_deadlines(text, 2014, date(2014, 6, 28)) == []


@pytest.mark.parametrize(
    "text",
    [
        # found by a review of the rules above: each a sentence a ward receives
        "Thời gian giải quyết hồ sơ chậm nhất là 2-3 ngày làm việc.",
        "Các hoạt động cao điểm chia thành 2 đợt:\n- Đợt 1: từ 10/11 đến 15/11/2025\n",
        "Sau ngày 01/12/2025, người dân sẽ không phải nộp phí vệ sinh môi trường.",
        "Công dân đăng ký kết hôn từ ngày 01/11/2025 đến ngày 30/11/2025 được miễn lệ phí.",
        "Số hộ quá hạn nộp thuế tính đến ngày 31/12/2025 là 15 hộ.",
        "- Năm 2026: thu ngân sách đạt 130 tỷ đồng.",
        "Lộ trình:\n- Năm 2026: 50 hộ.\n",
        "Hoàn thành thủ tục, hộ gia đình được miễn thuế đến hết năm 2030.",
        "Kết thúc năm 2026, UBND phường đã gửi báo cáo tổng kết.",
        "Các đơn vị báo cáo sơ kết công tác trong 6 tháng đầu năm 2026.",
        "IV. THỜI GIAN TỔ CHỨC\n- Ngày 21/11/2025: Thi đấu vòng loại.\n",
    ],
)
def test_sentences_the_new_rules_must_leave_alone(text: str) -> None:
    assert find_deadlines(text, 2025, ISSUED) == []


def test_a_cited_documents_day_then_its_limit_and_hours_of_the_day() -> None:
    cited = find_deadlines(
        "Kế hoạch 20/KH-UBND ngày 10/11/2025: hạn nộp báo cáo là ngày 30/11/2025.", 2025, ISSUED
    )
    assert [d.due_date for d in cited] == [date(2025, 11, 30)]
    assert _one("Ngày 20/11/2025 là hạn cuối nộp báo cáo.").due_date == date(2025, 11, 20)
    assert _one("Nộp trước ngày 10/11/2025 và 2/3 số phiếu còn lại nộp sau.").due_date == date(
        2025, 11, 10
    )
    assert _one("gửi trước 1 giờ trưa ngày 20/11/2025.").time == "13:00"
    assert _one("gửi trước 10 giờ đêm ngày 20/11/2025.").time == "22:00"


def test_a_term_of_use_is_still_no_limit() -> None:
    assert find_deadlines("Hạn sử dụng: đến ngày 20/3/2030.", 2025, ISSUED) == []
    assert find_deadlines("Thời hạn sử dụng: đến ngày 20/3/2030.", 2025, ISSUED) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Thời hạn cuối cùng nhận ý kiến góp ý là ngày 30/9/2025.", date(2025, 9, 30)),
        ("Thời hạn nộp hồ sơ: ngày 15/10/2025.", date(2025, 10, 15)),
        ("Hạn chót gửi báo cáo là ngày 20.11.2025.", date(2025, 11, 20)),
        ("hoàn thành chậm nhất ngày 15/12/2025.", date(2025, 12, 15)),
        ("hoàn thành chậm nhất vào ngày 31/10/2025.", date(2025, 10, 31)),
        ("hoàn thành trước ngày 15.8.2025.", date(2025, 8, 15)),
        ("báo cáo trước ngày 20-10-2025.", date(2025, 10, 20)),
        ("gửi trước ngày 25/11.", date(2025, 11, 25)),  # the directive's year
        ("hoàn thành trước tháng 9.2020.", date(2020, 8, 31)),
        ("hoàn thành trước tháng 01/2026.", date(2025, 12, 31)),
        ("hoàn thành trước tháng 9 năm 2025.", date(2025, 8, 31)),
    ],
)
def test_deadline_forms(text: str, due: date) -> None:
    d = _one(text)
    assert (d.due_date, d.needs_review, d.computed, d.recurrence) == (due, False, False, None)


@pytest.mark.parametrize(
    ("text", "due", "kind"),
    [
        ("Báo cáo định kỳ trước ngày 20 hằng tháng.", date(2025, 11, 20), "monthly"),
        ("Báo cáo trước ngày 02 hàng tháng.", date(2025, 12, 2), "monthly"),
        ("Báo cáo tổng kết trước ngày 15/12 hằng năm.", date(2025, 12, 15), "yearly"),
        ("Bao cao truoc ngay 20 hang thang.", date(2025, 11, 20), "monthly"),
    ],
)
def test_recurring_deadlines(text: str, due: date, kind: str) -> None:
    """The first occurrence on or after the issue date, and the recurrence."""
    d = _one(text)
    assert (d.due_date, d.recurrence, d.needs_review) == (due, kind, False)


@pytest.mark.parametrize(
    ("text", "due", "kind"),
    [
        ("gửi kết quả về Sở, hạn cuối\nngày 15 tháng 12 hàng năm.", date(2025, 12, 15), "yearly"),
        ("gửi Bộ trước ngày 30 tháng 11 hằng năm.", date(2025, 11, 30), "yearly"),
        ("Báo cáo trước ngày 10/01 hằng năm.", date(2026, 1, 10), "yearly"),  # passed: next year
        # the period first, the day after it
        ("định kỳ hàng năm (trước ngày 15/11 và đột xuất) báo cáo.", date(2025, 11, 15), "yearly"),
        ("Báo cáo hằng tháng, trước ngày 25 gửi Văn phòng.", date(2025, 11, 25), "monthly"),
        # a quarter's last or first month
        ("Báo cáo trước ngày 15 của tháng cuối quý.", date(2025, 12, 15), "quarterly"),
        ("Báo cáo hằng quý trước ngày 10 tháng đầu quý sau.", date(2026, 1, 10), "quarterly"),
    ],
)
def test_recurring_deadlines_as_real_documents_write_them(text: str, due: date, kind: str) -> None:
    d = _one(text)
    assert (d.due_date, d.recurrence, d.needs_review) == (due, kind, False)


def test_two_days_of_one_recurring_phrase_are_two_deadlines() -> None:
    found = find_deadlines("định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo Sở.", 2025, ISSUED)
    assert [(d.phrase, d.due_date, d.recurrence) for d in found] == [
        ("trước ngày 01/6 hằng năm", date(2026, 6, 1), "yearly"),
        ("trước ngày 15/11 hằng năm", date(2025, 11, 15), "yearly"),
    ]


def test_a_quarter_without_its_month_needs_review() -> None:
    """«trước ngày 20 hằng quý» does not say which month of the quarter."""
    d = _one("Báo cáo trước ngày 20 hằng quý.")
    assert (d.due_date, d.recurrence, d.needs_review) == (None, "quarterly", True)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("gửi báo cáo, hạn chót ngày 05/12/2025.", date(2025, 12, 5)),
        ("hạn cuối cùng là ngày 05/01/2026.", date(2026, 1, 5)),
        # OCR without diacritics reads «trước» as «truot»
        ("bao cao ve So GD&DT truot ngay 25/8/2019./.", date(2019, 8, 25)),
        # a plan's time line: the end of the period it names
        ("- Thời gian hoàn thành: Tháng 11/2025.", date(2025, 11, 30)),
        ("- Thời gian hoàn thành: Quý I/2026.", date(2026, 3, 31)),
        ("- Thời gian hoàn thành: tháng 11/2025 đến tháng 4/2026.", date(2026, 4, 30)),
        ("- Thời hạn hoàn thành: 30.11.2025.", date(2025, 11, 30)),
        ("- Thời gian thực hiện: Quí IV-2025.", date(2025, 12, 31)),
        ("- Thời hạn hoàn thành: Năm 2026.", date(2026, 12, 31)),
        ("- Tiến độ thực hiện: Tháng 6/2026.", date(2026, 6, 30)),
        ("- Thời gian hoàn thành: Tháng\n12/2025\n- Cơ quan chủ trì: Sở.", date(2025, 12, 31)),
    ],
)
def test_more_deadline_forms(text: str, due: date) -> None:
    d = _one(text)
    assert (d.due_date, d.needs_review, d.recurrence) == (due, False, None)


@pytest.mark.parametrize(
    "text",
    [
        "- Thời gian: từ ngày 28/10/2025 đến ngày 31/10/2025.",  # an event
        "- Thời gian thực hiện: từ tháng 10/2025 đến tháng 3/2026.",  # a campaign's period
        "- Thời gian thực hiện: năm 2025-2030.",  # a horizon
        "- Thời gian thực hiện: Năm 2026.",  # the year the plan runs over
        "- Thời gian thực hiện: giai đoạn 2026-2030.",
        "- Thời gian thực hiện: Thực hiện thường xuyên hằng năm.",
        "- Thời gian thực hiện: Dự kiến tháng 12/2025, sau khi có hướng dẫn.",
        "xe bị trượt ngã trên đường ngày 25/8/2019.",
        "- Đợt 1: Trong tháng 12/2025.",  # a campaign's phase
        "- Giai đoạn 2: trong quý I/2026.",
        # an earlier document's deadline, told as what was done before this one
        "Chủ tịch UBND tỉnh đã chỉ đạo các sở hoàn thành trước ngày 30/10/2025.",
    ],
)
def test_time_lines_that_are_no_deadlines(text: str) -> None:
    assert find_deadlines(text, 2025, ISSUED) == []


def test_daily_deadline_keeps_its_hour() -> None:
    d = _one("Sở Nông nghiệp và Môi trường báo cáo trước 16 giờ hằng ngày.")
    assert (d.due_date, d.time, d.recurrence, d.needs_review) == (ISSUED, "16:00", "daily", False)


def test_recurring_without_an_issue_date_needs_review() -> None:
    d = _one("Báo cáo trước ngày 20 hằng tháng.", issued=None)
    assert (d.due_date, d.recurrence, d.needs_review) == (None, "monthly", True)


@pytest.mark.parametrize(
    ("text", "due", "review"),
    [
        ("Hoàn thành trong vòng 10 ngày kể từ ngày ký văn bản này.", date(2025, 11, 13), False),
        (
            "Ban hành trong thời hạn 15 ngày kể từ ngày ban hành Quyết định.",
            date(2025, 11, 18),
            False,
        ),
        # 5 working days from Monday 03/11: Saturday and Sunday skipped
        ("Gửi trong vòng 05 ngày làm việc kể từ ngày ký.", date(2025, 11, 10), False),
        # from the day it is received: the text does not say which, so it is checked
        ("Báo cáo trong vòng 10 ngày kể từ ngày nhận được văn bản này.", date(2025, 11, 13), True),
    ],
)
def test_counted_deadlines_are_marked_computed(text: str, due: date, review: bool) -> None:
    d = _one(text)
    assert (d.due_date, d.computed, d.needs_review) == (due, True, review)


@pytest.mark.parametrize(
    "text",
    [
        "Số liệu báo cáo tính từ ngày 15/12/2024 đến ngày 14/12/2025.",  # until
        "Dự thảo được công khai để lấy ý kiến đến ngày 30/9/2025.",
        "phấn đấu đến năm 2030 có 80% dân số sử dụng dịch vụ công trực tuyến.",
        "2. Thời gian: 08 giờ 00, ngày 15/12/2025.",  # a meeting's date
        "Lễ phát động được tổ chức vào ngày 10/3/2026 tại Trung tâm Hành chính.",
        "Ngày 02/10/2025, Ủy ban nhân dân tỉnh ban hành Công văn số 512/UBND-KGVX.",
        "Quyết định này có hiệu lực kể từ ngày ký.",
        "Thời hạn sử dụng đất là 50 năm kể từ ngày được giao đất.",
        "Trước tháng 9/2020, tỷ lệ hộ nghèo của xã còn cao.",
    ],
)
def test_never_deadlines(text: str) -> None:
    assert find_deadlines(text, 2025, ISSUED) == []


MOVED = """Kính gửi: Ủy ban nhân dân các xã, phường.

Ủy ban nhân dân các xã, phường tổng hợp kết quả rà soát, gửi Sở Nội vụ trước ngày 15/10/2025.

Ủy ban nhân dân các xã, phường tổ chức tập huấn, hoàn thành trước ngày 20/10/2025.

Ủy ban nhân dân tỉnh đồng ý lùi thời hạn gửi báo cáo kết quả rà soát đến ngày 25/10/2025.
"""


def test_a_later_sentence_moves_the_deadline_it_speaks_of() -> None:
    tasks = propose(MOVED).tasks
    assert [(t.due_date, t.phrase) for t in tasks] == [
        (date(2025, 10, 25), "lùi thời hạn gửi báo cáo kết quả rà soát đến ngày 25/10/2025"),
        (date(2025, 10, 20), "hoàn thành trước ngày 20/10/2025"),
    ]
    assert "rà soát" in tasks[0].text


def test_a_move_with_nothing_before_it_is_a_task() -> None:
    tasks = propose("Gia hạn thời gian nộp hồ sơ đến ngày 30/11/2025.\n").tasks
    assert [(t.due_date, t.phrase) for t in tasks] == [
        (date(2025, 11, 30), "Gia hạn thời gian nộp hồ sơ đến ngày 30/11/2025")
    ]


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        pytest.param(  # the Government Office's letters granting a later time limit (real108)
            "Đồng ý lùi thời hạn trình Đề án điều chỉnh, bổ sung quy hoạch tổng thể phát triển"
            " kinh tế - xã hội tỉnh Thanh Hóa đến năm 2020 và định hướng đến năm 2030 đến hết"
            " tháng 01 năm 2015.",
            [(date(2015, 1, 31), "lùi thời hạn trình Đề án")],
            id="month-past-horizons",
        ),
        pytest.param(
            "1. Đồng ý cho Bộ Thông tin và Truyền thông lùi thời hạn trình Đề án thí điểm mô hình"
            " văn phòng đại diện chung đến Quý I/2015 và Đề án Giải thưởng sách Quốc gia đến Quý"
            " IV năm 2015.",
            [
                (date(2015, 3, 31), "lùi thời hạn trình Đề án thí điểm"),
                (date(2015, 12, 31), "Đề án Giải thưởng sách Quốc gia đến Quý IV năm 2015"),
            ],
            id="two-quarters",
        ),
        pytest.param(
            "Đồng ý lùi thời hạn trình Nghị định sửa đổi … giai đoạn 2017-2025 và định hướng đến"
            " năm 2035 sang tháng 11 năm 2017; Quy hoạch thăm dò, khai thác và sử dụng khoáng sản"
            " làm xi măng ở Việt Nam đến năm 2025 và định hướng đến năm 2035 và Quy hoạch thăm"
            " dò, khai thác và sử dụng khoáng sản làm vật liệu xây dựng chủ yếu ở Việt Nam đến năm"
            " 2025 và định hướng đến năm 2035 sang tháng 6 năm 2018.",
            [
                (date(2017, 11, 30), "lùi thời hạn trình Nghị định"),
                (date(2018, 6, 30), "Quy hoạch thăm dò"),
            ],
            id="two-months-past-a-semicolon",
        ),
        pytest.param(
            "Đồng ý Bộ Quốc phòng được lùi thời gian trình Chính phủ dự thảo Nghị định quy định"
            " việc quản lý tài sản nhà nước sang quý II năm 2009.",
            [(date(2009, 6, 30), "lùi thời gian trình Chính phủ")],
            id="sang-quy",
        ),
        pytest.param(
            "Cho phép các xã kéo dài thời gian hoàn thành việc chỉnh lý hồ sơ đến hết năm 2026.",
            [(date(2026, 12, 31), "kéo dài thời gian hoàn thành")],
            id="year-end",
        ),
    ],
)
def test_a_time_limit_moved_to_a_month_a_quarter_or_a_years_end(
    text: str, moved: list[tuple[date, str]]
) -> None:
    found = find_deadlines(text, 2014, date(2014, 8, 5))
    assert [d.due_date for d in found] == [due for due, _ in moved]
    assert all(d.moves for d in found)
    for d, (_, words) in zip(found, moved, strict=True):
        assert d.phrase.startswith(words), d.phrase


@pytest.mark.parametrize(
    "text",
    [
        # what was asked, not granted
        "Xét đề nghị của Ủy ban nhân dân tỉnh tại công văn số 6425/UBND-THKH về việc lùi thời"
        " hạn trình Đề án đến tháng 3 năm 2015, Phó Thủ tướng có ý kiến như sau:",
        "Bộ Thông tin và Truyền thông xin lùi thời hạn trình 03 đề án sang quý I năm 2015.",
        # a plan's horizon, a period to work in, something else adjusted
        "Đồng ý lùi thời hạn trình Đề án quy hoạch tỉnh đến năm 2030.",
        "Kéo dài thời gian thực hiện từ tháng 3 đến tháng 6/2026 để hoàn thiện hồ sơ.",
        "Điều chỉnh giá dịch vụ đến tháng 6 năm 2026.",
    ],
)
def test_no_granted_move(text: str) -> None:
    assert find_deadlines(text, 2014, date(2014, 8, 5)) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # «tư» of «đầu tư», «Bộ Tư pháp» is no «từ … đến …»
        ("Đồng ý lùi thời hạn trình Dự án đầu tư sang quý II năm 2026.", date(2026, 6, 30)),
        ("Đồng ý lùi thời hạn trình Đề án của Bộ Tư pháp đến hết tháng 6/2026.", date(2026, 6, 30)),
        ("Cho phép kéo dài thời hạn nộp báo cáo tới hết tháng 3/2026.", date(2026, 3, 31)),
    ],
)
def test_a_granted_move_beside_words_like_its_exceptions(text: str, due: date) -> None:
    assert [d.due_date for d in find_deadlines(text, 2025, ISSUED)] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ đề nghị Thủ tướng cho lùi thời hạn trình Đề án đến hết tháng 6/2026.",
        "Bộ xin được lùi thời hạn trình Đề án đến hết tháng 6/2026.",
        "Không đồng ý lùi thời hạn trình Đề án sang tháng 6/2026.",
        "Điều chỉnh thời gian tổ chức Hội nghị sang tháng 12/2025.",  # an event moved
        "Gia hạn thời hạn sử dụng đất đến hết năm 2045.",  # how long it lasts
    ],
)
def test_a_move_asked_refused_or_of_no_limit_is_none(text: str) -> None:
    assert find_deadlines(text, 2025, ISSUED) == []


def test_a_later_sentence_may_move_a_moved_deadline_again() -> None:
    text = (
        "Kính gửi: Bộ Tài chính, Bộ Kế hoạch và Đầu tư.\n\n"
        "1. Bộ Tài chính báo cáo tình hình thực hiện dự toán trước ngày 20/01/2026.\n\n"
        "2. Bộ Kế hoạch và Đầu tư trình Đề án phát triển kinh tế số trước ngày 15/01/2026.\n\n"
        "3. Đồng ý lùi thời hạn trình Đề án phát triển kinh tế số đến hết tháng 3 năm 2026.\n\n"
        "4. Đồng ý tiếp tục lùi thời hạn trình Đề án phát triển kinh tế số sang tháng 6 năm 2026.\n"
    )
    tasks = propose(text).tasks
    assert [(t.due_date, t.text[:12]) for t in tasks] == [
        (date(2026, 1, 20), "Bộ Tài chính"),  # untouched
        (date(2026, 6, 30), "Bộ Kế hoạch "),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Đề nghị thân nhân đến liên hệ với UBND xã trong thời 10 ngày từ ngày 02/12/2025 đến hết"
        " ngày 12/12/2025.",  # a commune's notice, «hạn» lost
        "Các hộ hoàn thiện hồ sơ trong thời hạn 10 ngày làm việc, kể từ ngày 28/11/2025 đến ngày"
        " 12/12/2025.",
    ],
)
def test_a_counted_limit_spelt_out_as_its_span(text: str) -> None:
    assert _one(text).due_date == date(2025, 12, 12)


def test_a_daily_report_from_the_day_it_starts() -> None:
    d = _one(
        "Trước 16h00’ hàng ngày kể từ ngày 26/12/2025 trở đi đến hết ngày 31/12/2025 thực hiện"
        " báo cáo số tiền lũy kế đến cuối kỳ báo cáo."
    )
    assert (d.due_date, d.time, d.recurrence) == (date(2025, 12, 26), "16:00", "daily")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Trẻ 5 tuổi trong địa bàn nhận hồ sơ từ 02 – 04/12/2025", date(2025, 12, 4)),
        ("Trẻ 3 tuổi nhận hồ sơ ngày 10-12/12/2025", date(2025, 12, 12)),
        ("Trẻ ngoài xã nếu còn chỉ tiêu nhận hồ sơ ngày 13/12/2025", date(2025, 12, 13)),
        ("Bộ phận một cửa nhận hồ sơ từ ngày 02/12/2025 đến ngày 04/12/2025.", date(2025, 12, 4)),
    ],
)
def test_files_taken_in_are_due_the_last_day(text: str, due: date) -> None:
    assert _one(text).due_date == due


@pytest.mark.parametrize(
    "text",
    [
        "Bộ phận một cửa nhận hồ sơ từ ngày 02/12/2025.",  # the day it opens
        "4. Thời hạn nộp hồ sơ hải quan 4.1. Thời hạn nộp tờ khai hải quan: …",  # a heading
        "Thí sinh nhận hồ sơ sau ngày 15/12/2025.",
        "Các hộ nộp hồ sơ theo Thông báo số 12/TB-UBND ngày 01/12/2025.",  # a cited notice's
        "Nhận hồ sơ hằng ngày, trừ ngày 25/12/2025.",
        "Bộ phận một cửa không nhận hồ sơ từ ngày 20/12/2025 đến ngày 02/01/2026.",
        "UBND xã đã nhận hồ sơ của ông A ngày 13/12/2025.",
        # how long something lasts, not a limit
        "Học sinh được nghỉ Tết trong 09 ngày từ ngày 25/01/2026 đến hết ngày 02/02/2026.",
        "Triển lãm diễn ra trong thời gian 05 ngày, từ ngày 02/5/2026 đến ngày 06/5/2026.",
    ],
)
def test_no_files_or_counted_deadline(text: str) -> None:
    assert find_deadlines(text, 2025, ISSUED) == []


SECTION = """KẾ HOẠCH
thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ QUÝ II NĂM 2025
Các chi bộ đã hoàn thành việc kiện toàn cấp ủy đúng kế hoạch.

II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2025
Ban Thường vụ Đảng ủy yêu cầu thực hiện các nhiệm vụ sau:
1. Văn phòng Đảng ủy tham mưu tổ chức sơ kết 3 tháng.
2. Ủy ban Kiểm tra Đảng ủy kiểm tra việc thu, nộp đảng phí, hoàn thành trước ngày 15/8/2025.

III. TỔ CHỨC THỰC HIỆN
Các chi bộ quán triệt Kế hoạch này.
"""


def test_a_period_heading_dates_its_items() -> None:
    """Items under «NHIỆM VỤ TRỌNG TÂM QUÝ III» are due 30/09; an item's own date wins."""
    tasks = propose(SECTION).tasks
    assert [(t.due_date, t.phrase) for t in tasks] == [
        (date(2025, 9, 30), "QUÝ III NĂM 2025"),
        (date(2025, 8, 15), "hoàn thành trước ngày 15/8/2025"),
    ]
    assert tasks[0].unit_codes == ("PH-VP",)


SCHEDULE = """Kính gửi: Các sở, ngành; UBND các xã, phường.

| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Ban hành tài liệu tuyên truyền | Sở Khoa học và Công nghệ | Sở Nội vụ | Trước ngày 15/3/2026 |
| 2 | Tuyên truyền tại các tổ dân phố | UBND các xã, phường | | Tháng 4/2026 |
| 3 | Tổ chức Hội thi cấp thành phố | Sở Nội vụ | | Từ ngày 05/5 đến ngày 25/5/2026 |
| 4 | Báo cáo kết quả thực hiện | UBND các xã, phường | | 30/6/2026 |
| 5 | Quý II/2026 | UBND các xã, phường | | Quý II/2026 |
| 6 | Theo dõi, đôn đốc | Văn phòng UBND thành phố | | Thường xuyên |
"""


def test_schedule_table_rows() -> None:
    rows = schedule_rows(SCHEDULE, 2026)
    assert [(r.due_date, r.assignee) for _, r in rows] == [
        (date(2026, 3, 15), "Sở Khoa học và Công nghệ"),
        (date(2026, 4, 30), "UBND các xã, phường"),
        (date(2026, 5, 25), "Sở Nội vụ"),
        (date(2026, 6, 30), "UBND các xã, phường"),
        (date(2026, 6, 30), "UBND các xã, phường"),
        (None, "Văn phòng UBND thành phố"),
    ]
    assert rows[0][1].text == "Ban hành tài liệu tuyên truyền"
    assert rows[-1][1].phrase is None  # «Thường xuyên»: undated
    masked = mask_tables(SCHEDULE)
    assert len(masked) == len(SCHEDULE) and "15/3/2026" not in masked


def test_schedule_rows_are_proposed_once_with_their_relevance() -> None:
    tasks = propose(SCHEDULE).tasks
    assert len(tasks) == 6
    assert [t.for_ward for t in tasks] == [False, True, False, True, True, False]
    assert tasks[1].unit_codes == ("PH-UBND",)


@pytest.mark.parametrize(
    ("cell", "due"),
    [
        ("Trước ngày 15/3/2026", date(2026, 3, 15)),
        ("30/6/2026", date(2026, 6, 30)),
        ("Ngày 30.6.2026", date(2026, 6, 30)),
        ("Tháng 4/2026", date(2026, 4, 30)),
        ("Quý III năm 2026", date(2026, 9, 30)),
        ("Năm 2026", date(2026, 12, 31)),
        ("Từ ngày 05/5 đến ngày 25/5/2026", date(2026, 5, 25)),
        ("Từ 01/7 - 15/7/2026", date(2026, 7, 15)),
        ("Thường xuyên", None),
    ],
)
def test_schedule_time_cells(cell: str, due: date | None) -> None:
    assert cell_deadline(cell, 2026)[0] == due


@pytest.mark.parametrize(
    ("assignee", "sentence", "to", "for_ward"),
    [
        ("Ủy ban nhân dân các xã, phường", "", None, True),
        ("Đảng ủy các xã, phường", "", None, True),
        (None, "Đề nghị Ủy ban nhân dân các xã, phường, đặc khu gửi danh sách", None, True),
        (
            None,
            "Rà soát, cập nhật số liệu tự chấm điểm Chỉ số cải cách",
            "Ủy ban nhân dân các xã, phường",
            True,
        ),
        ("Sở Khoa học và Công nghệ", "", "Ủy ban nhân dân các xã, phường", False),
        ("Ban Tổ chức Tỉnh ủy", "", None, False),
        ("Ban cán sự đảng Ủy ban nhân dân tỉnh", "", None, False),
        ("Đảng ủy thị trấn Hồ", "", None, False),  # another commune
        ("Đảng ủy phường Lê Ích Mộc", "", None, True),  # the office's own
        ("Phòng Giáo dục và Đào tạo các quận, huyện", "", None, False),
        (None, "Hoàn thành phương án sơ tán dân", None, True),  # nothing named: the ward's
        ("Phòng Tổ chức đảng, đảng viên", "", None, False),
    ],
)
def test_relevance(assignee: str | None, sentence: str, to: str | None, for_ward: bool) -> None:
    rel = relevance(assignee, sentence, "", to, ())
    assert rel.for_ward is for_ward
    assert rel.reason


def test_recipients_line_and_list() -> None:
    assert recipients("Kính gửi: Ủy ban nhân dân các xã, phường.\n\nNội dung") == (
        "Ủy ban nhân dân các xã, phường"
    )
    listed = "Kính gửi:\n- Các sở, ban, ngành thuộc tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
    assert recipients(listed) == "Các sở, ban, ngành thuộc tỉnh; Ủy ban nhân dân các xã, phường"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_deadlines(name: str) -> None:
    """Every expected deadline with its date, hour, recurrence and relevance; no others."""
    p = propose((CORPUS / name).read_text("utf-8"), Path(name).name)
    dated = [t for t in p.tasks if t.due_date is not None]
    want = EXPECTED[name]["deadlines"]
    got = Counter(
        (t.due_date.isoformat(), t.time, t.recurrence, t.computed, t.for_ward)
        for t in dated
        if t.due_date
    )
    assert got == Counter(
        (
            d["due"],
            d.get("time"),
            d.get("recurring"),
            d.get("computed", False),
            d["for_ward"],
        )
        for d in want
    )


def test_a_communes_own_work_is_commune_level_work() -> None:
    """A task no one is named for, in a commune's own Quyết định, is work of the commune
    level, as in the ward's own; a school's own work is not."""
    mine = relevance(None, "Ban hành Quy chế hoạt động", "", None, ())
    theirs = relevance(None, "Ban hành Quy chế", "", None, (), issuer="Ủy ban nhân dân xã An Lão")
    ours = relevance(None, "Ban hành Quy chế", "", None, (), issuer="Đảng ủy phường Lê Ích Mộc")
    school = relevance(None, "Ban hành Quy chế", "", None, (), issuer="Trường THPT Quang Trung")
    assert (mine.for_ward, theirs.for_ward, ours.for_ward) == (True, True, True)
    assert "xã An Lão" in theirs.reason
    assert not school.for_ward


def test_a_ward_unit_named_at_another_level_is_not_the_wards() -> None:
    """MTTQ matches the ward's unit, but «Đảng đoàn Mặt trận …» is the city's."""
    city = relevance("Đảng đoàn Mặt trận Tổ quốc Việt Nam thành phố", "", "", None, ("PH-MTTQ",))
    ward = relevance("Mặt trận Tổ quốc Việt Nam phường", "", "", None, ("PH-MTTQ",))
    school = relevance("Đảng bộ Trường THPT Quang Trung", "", "", None, ("DBCS-THPTQT",))
    assert (city.for_ward, ward.for_ward, school.for_ward) == (False, True, True)


def test_a_time_line_under_an_item_dates_the_item() -> None:
    text = (
        "I. NỘI DUNG THỰC HIỆN\n"
        "1. Các tổ dân phố ra quân tổng vệ sinh đường làng, ngõ xóm.\n"
        "- Thời gian thực hiện: trước ngày 25/10/2025.\n"
    )
    (task,) = propose(text).tasks
    assert task.due_date == date(2025, 10, 25)
    assert task.text == "Các tổ dân phố ra quân tổng vệ sinh đường làng, ngõ xóm."
    assert task.for_ward


def test_the_clause_holding_the_deadline_names_its_body() -> None:
    text = (
        "2. Đảng bộ cấp trên trực tiếp cơ sở hoàn thành đại hội trước ngày 31/8/2025; "
        "đảng ủy các xã, phường hoàn thành trước ngày 31/7/2025.\n"
    )
    first, second = propose(text).tasks
    assert (first.due_date, first.for_ward) == (date(2025, 8, 31), False)
    assert (second.due_date, second.for_ward) == (date(2025, 7, 31), True)


def test_the_body_asked_after_a_cited_document() -> None:
    """«Tại Thông báo số …, Ban Thường vụ Tỉnh ủy yêu cầu các đảng ủy trực thuộc …»."""
    sentence = (
        "Tại Thông báo số 380-TB/TU ngày 10/10/2025, Ban Thường vụ Tỉnh ủy yêu cầu các đảng "
        "ủy trực thuộc hoàn thành tổng kết trước ngày 15/12/2025."
    )
    assert relevance(None, sentence, "", None, ()).for_ward


def test_a_commune_is_named_with_a_capital() -> None:
    assert relevance("UBND phường tổng hợp kết quả", "", "", None, ()).for_ward
    assert not relevance("UBND phường Hồng An tổng hợp", "", "", None, ()).for_ward


PIPE_LINES = """KẾ HOẠCH

|
**STT**
|
**Nội dung công việc**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn thành**
|
|
**I. TUYÊN TRUYỀN**
|
|
1
|
Biên soạn tài liệu
tuyên truyền cho người dân.
|
Sở Văn hóa
|
Các sở, ngành tỉnh
|
Quí IV-2025
|
|
2
|
Tổ chức tuyên truyền tại tổ dân phố.
|
Sở Nội vụ
|
UBND các xã, phường
|
Quý I/2026
|
|
3
|
Tổng kết đợt tuyên truyền.
|
Sở Nội vụ
|
|
Tháng 11/2025 đến tháng 4/2026
|
|
4
|
Theo dõi, đôn đốc.
|
Văn phòng UBND tỉnh
|
Các sở, ngành
|
Thường xuyên
|

Nơi nhận:
- Lưu: VT.
"""


def test_a_table_written_one_cell_after_each_pipe_line() -> None:
    """A web page's table converted to text: a cell after each lone «|», two in a row end
    the row or stand for an empty cell; rows start at their number."""
    rows = [task for _, task in schedule_rows(PIPE_LINES, 2025)]
    assert [(r.due_date, r.assignee, r.support) for r in rows] == [
        (date(2025, 12, 31), "Sở Văn hóa", "Các sở, ngành tỉnh"),
        (date(2026, 3, 31), "Sở Nội vụ", "UBND các xã, phường"),
        (date(2026, 4, 30), "Sở Nội vụ", None),  # an empty cell keeps the columns
        (None, "Văn phòng UBND tỉnh", "Các sở, ngành"),
    ]
    assert rows[0].text == "Biên soạn tài liệu tuyên truyền cho người dân."
    masked = mask_tables(PIPE_LINES)
    assert len(masked) == len(PIPE_LINES) and "Quý I/2026" not in masked


def test_the_ward_among_a_rows_supporting_bodies_makes_it_the_wards() -> None:
    tasks = propose(PIPE_LINES).tasks
    assert [(t.due_date, t.for_ward) for t in tasks] == [
        (date(2025, 12, 31), False),
        (date(2026, 3, 31), True),
        (date(2026, 4, 30), False),
        (None, False),
    ]
    assert tasks[1].unit_codes == ("PH-UBND",)


@pytest.mark.parametrize(
    ("cell", "due"),
    [
        ("Quí IV-2025", date(2025, 12, 31)),
        ("Quý IV/2025", date(2025, 12, 31)),
        ("Quý I năm 2026", date(2026, 3, 31)),
        ("Tháng 11/2025 đến tháng 4/2026", date(2026, 4, 30)),
        ("Tháng 12-2025", date(2025, 12, 31)),
        ("Hằng năm", None),
        ("Thường xuyên, hằng năm", None),
        ("Giai đoạn 2026-2030", None),
    ],
)
def test_more_schedule_time_cells(cell: str, due: date | None) -> None:
    assert cell_deadline(cell, 2026)[0] == due


PLAN_ITEMS = """Kính gửi: Các sở, ban, ngành; UBND các xã, phường.

1. Về cơ sở dữ liệu

a) Nhiệm vụ: Rà soát, chuẩn hóa dữ liệu dân cư.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Khoa học và Công nghệ.

- Đơn vị phối hợp: Các sở, ngành, UBND xã, phường.

c) Thời gian thực hiện: Hoàn thành trong năm 2025.

2. Về kinh phí

a) Nhiệm vụ: Lập dự toán kinh phí thực hiện.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Tài chính.

- Đơn vị phối hợp: Sở Khoa học và Công nghệ.

c) Thời gian thực hiện: Hoàn thành trong quý I/2026.
"""


def test_an_items_role_lines_say_whose_its_deadline_is() -> None:
    """«Đơn vị chủ trì / phối hợp» lines name the item's bodies and are no tasks."""
    tasks = propose(PLAN_ITEMS).tasks
    assert [(t.text, t.due_date, t.assignee, t.for_ward) for t in tasks] == [
        ("Về cơ sở dữ liệu", date(2025, 12, 31), "Sở Khoa học và Công nghệ", True),
        ("Về kinh phí", date(2026, 3, 31), "Sở Tài chính", False),
    ]
    assert "Phối hợp" in tasks[0].reason


def test_a_heading_that_is_a_bodys_name_names_its_items_assignee() -> None:
    text = (
        "Quảng Trị, ngày 25 tháng 11 năm 2025\n\nỦy ban nhân dân tỉnh yêu cầu:\n\n"
        "1. Ủy ban nhân dân các xã, phường\n\n- Rà soát diện tích rừng bị lấn chiếm.\n\n"
        "2. Sở Nông nghiệp và Môi trường\n\n"
        "- Theo dõi, tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm.\n"
    )
    (task,) = [t for t in propose(text).tasks if t.due_date]
    assert (task.assignee, task.for_ward, task.due_date, task.recurrence) == (
        "Sở Nông nghiệp và Môi trường",
        False,
        date(2025, 12, 25),
        "yearly",
    )


def test_a_time_line_closing_a_paragraph_dates_the_paragraph() -> None:
    text = (
        "2. Về phần mềm dùng chung\n\n"
        "- Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì xây dựng phương án phần mềm. "
        "Thời gian hoàn thành trong tháng 12 năm 2025.\n"
    )
    (task,) = propose(text).tasks
    assert task.text.startswith("Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì")
    assert (task.due_date, task.for_ward) == (date(2025, 12, 31), False)


UNNAMED = "Tổng hợp kết quả rà soát, hoàn thành trước ngày 15/12/2025.\n\n"


@pytest.mark.parametrize(
    ("closing", "for_ward"),
    [
        ("Nơi nhận:\n- Ban Bí thư (để báo cáo);\n- Các tỉnh ủy, thành ủy;\n- Lưu VP.\n", False),
        ("Nơi nhận:\n- Các sở, ban, ngành;\n- UBND các xã, phường;\n- Lưu: VT.\n", True),
        ("Nơi nhận:\n\n- Thường trực Đảng ủy xã;\n\n- BTT Ủy ban MTTQ tỉnh;\n", True),
        ("Nơi nhận:\n- Các thành viên Ban Chỉ đạo tỉnh;\n- Lưu: VT.\n", False),
        ("Nơi nhận:\n- Lưu: VT.\n", True),  # no one named: the ward's
        (
            "Điều 3. Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n",
            True,
        ),
        (
            "Điều 3. Giám đốc các sở, ngành chịu trách nhiệm thi hành.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n",
            False,
        ),
    ],
)
def test_a_task_naming_no_one_goes_where_the_document_is_sent(closing: str, for_ward: bool) -> None:
    """With no body named, the «Nơi nhận» says whether the ward is among the doers;
    copies «để báo cáo» and the file copy are no doers."""
    (task,) = [t for t in propose(UNNAMED + closing).tasks if t.due_date]
    assert task.for_ward is for_ward, task.reason


def test_whom_the_work_is_reported_to_does_not_do_it() -> None:
    """«báo cáo UBND tỉnh», «trình, đề nghị Thủ tướng … xem xét», «gửi về Sở …»."""
    to = "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường"
    clause = " báo cáo UBND tỉnh kết quả thực hiện trước ngày 15 hằng tháng"
    sentence = "Các sở, ngành, UBND các xã, phường xây dựng kế hoạch;" + clause
    assert relevance(None, sentence, "", to, (), clause=clause).for_ward
    proposal = (
        "Hồ sơ trình, đề nghị Thủ tướng Chính phủ, Chủ tịch UBND tỉnh xem xét khen thưởng "
        "gửi về Sở Nội vụ trước ngày 31/3/2026."
    )
    assert relevance(None, proposal, "", to, ()).for_ward
    asked = (
        "Về đề nghị nghiên cứu, sửa đổi, bổ sung thủ tục chuyển mục đích sử dụng rừng trong "
        "các dự án: giao Bộ Nông nghiệp và Môi trường nghiên cứu, báo cáo trong tháng 12."
    )
    assert not relevance(None, asked, "", to, ()).for_ward


def test_a_rows_support_naming_the_ward() -> None:
    ward = relevance("Sở Công Thương", "", "", None, (), support="UBND các xã, phường")
    other = relevance("Sở Công Thương", "", "", None, (), support="Các sở, ngành tỉnh")
    assert (ward.for_ward, other.for_ward) == (True, False)


def test_recipients_read_as_ocr_and_portals_write_them() -> None:
    ocr = "Kinh grri:\nTruong phong GD&DT cac quan, huyen;\n- Hieu truong cac truong THPT.\n\n"
    assert recipients(ocr) == "Truong phong GD&DT cac quan, huyen; Hieu truong cac truong THPT"
    portal = (
        "**Kính gửi:**\n|\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc\nChính phủ;\n"
        "- Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.\n|\nThực hiện ý kiến …\n"
    )
    assert recipients(portal) == (
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; "
        "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"
    )


def test_the_wards_own_document_keeps_its_unnamed_tasks() -> None:
    """Its «Nơi nhận» names the city bodies it reports to, not who does the work."""
    rel = relevance(
        None,
        "Tổng hợp kết quả, hoàn thành trước ngày 15/12/2025.",
        "",
        "Thường trực Thành ủy; Ban Tổ chức Thành ủy",
        (),
        issuer="Đảng ủy phường Lê Ích Mộc",
    )
    assert rel.for_ward


def test_a_deadline_told_as_done_before_counts_when_it_is_still_ahead() -> None:
    d = _one("Chủ tịch UBND tỉnh đã chỉ đạo các sở hoàn thành trước ngày 30/11/2025.")
    assert d.due_date == date(2025, 11, 30)


def test_a_move_a_later_sentence_restates_is_one_task() -> None:
    """«gia hạn … đến ngày X», then «hoàn thành chậm nhất ngày X»: one deadline."""
    text = (
        "Để tạo điều kiện cho các hội, đề nghị gia hạn thời gian tổ chức đại hội đến ngày "
        "31/12/2024.\n\nYêu cầu các hội hoàn thành đại hội chậm nhất ngày 31/12/2024.\n"
    )
    dated = [t for t in propose(text).tasks if t.due_date]
    assert [(t.due_date, t.phrase) for t in dated] == [
        (date(2024, 12, 31), "chậm nhất ngày 31/12/2024")
    ]


def test_role_lines_in_italics_with_more_words() -> None:
    text = (
        "Hà Nội, ngày 20 tháng 11 năm 2025\n\nII. NHIỆM VỤ\n\n"
        "- Ra mắt trợ lý ảo pháp luật cho cán bộ.\n\n"
        "*Đơn vị chủ trì tham mưu thực\nhiện: *Sở Khoa học và Công nghệ.\n\n"
        "*Đơn vị phối hợp thực hiện: *Sở\nTư pháp.\n\n"
        "*Thời gian thực hiện: *Tháng\n12/2025.\n"
    )
    (task,) = propose(text).tasks
    assert (task.text, task.assignee, task.due_date, task.for_ward) == (
        "Ra mắt trợ lý ảo pháp luật cho cán bộ.",
        "Sở Khoa học và Công nghệ",
        date(2025, 12, 31),
        False,
    )


@pytest.mark.parametrize(
    ("sentence", "for_ward"),
    [
        # the body a sentence makes responsible, wherever it stands
        (
            "Định kỳ hàng năm (trước ngày 30 tháng 10) và khi kết thúc dự án, Quỹ đầu tư phát "
            "triển Thành phố có trách nhiệm báo cáo Ủy ban nhân dân Thành phố.",
            False,
        ),
        (
            "Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm "
            "rà soát, lập danh mục dự án.",
            True,
        ),
        # a sentence led by a list of bodies: the ward among them
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố; các sở, ban, ngành; Ủy ban nhân dân "
            "các xã, phường; các đơn vị trực thuộc thành phố gửi hồ sơ về Sở Nội vụ trước "
            "ngày 31 tháng 3 hằng năm.",
            True,
        ),
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố; các sở, ban, ngành; các đơn vị trực "
            "thuộc thành phố gửi hồ sơ về Sở Nội vụ trước ngày 31 tháng 3 hằng năm.",
            False,
        ),
        # «(qua Sở Tư pháp)» is the way a report goes, not who reports
        (
            "Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm "
            "(trước ngày 15 tháng 11).",
            True,
        ),
    ],
)
def test_who_a_sentence_charges(sentence: str, for_ward: bool) -> None:
    to = "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường"
    assert relevance(None, sentence, "", to, ()).for_ward is for_ward


@pytest.mark.parametrize(
    ("issuer", "for_ward"),
    [
        ("Ban Thường vụ Đoàn trường", False),  # a school's Youth Union to its members
        ("Ban Chấp hành Công đoàn Trường", False),
        ("Ban Chấp hành Đoàn TN Bệnh viện", False),
        ("Chi bộ Trường học số 01", True),  # a Party cell of a school: the ward's unit
        ("Thành ủy Hải Phòng", True),
    ],
)
def test_an_institutions_own_letter_is_its_members_work(issuer: str, for_ward: bool) -> None:
    sentence = "Các đội đăng ký dự thi trước ngày 18/4/2026."
    assert relevance(None, sentence, "", None, (), issuer=issuer).for_ward is for_ward


DATED = "Hà Nội, ngày 20 tháng 11 năm 2025\n\n"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an item's own time line: its deadline
        (
            "II. NHIỆM VỤ\n1. Sở Nội vụ tổng hợp danh sách.\n"
            "- Thời gian thực hiện: Tháng 12/2025.\n",
            date(2025, 12, 31),
        ),
        # the whole plan's (a campaign's) month: no deadline
        (
            "I. MỤC ĐÍCH\nNâng cao nhận thức.\n\nII. THỜI GIAN THỰC HIỆN\n"
            "Thời gian thực hiện: Tháng 12/2025.\n",
            None,
        ),
        ("KẾ HOẠCH\n\nThời gian thực hiện: Quý IV/2025.\n\nCác xã, phường triển khai.\n", None),
    ],
)
def test_a_time_line_of_work_dates_an_item_not_a_plan(text: str, due: date | None) -> None:
    dated = [t.due_date for t in propose(DATED + text).tasks if t.due_date]
    assert dated == ([due] if due else [])


@pytest.mark.parametrize(
    ("sentence", "due", "kind"),
    [
        (
            "Định kỳ hằng năm, UBND các xã, phường báo cáo Sở Nội vụ trước ngày 15/12.",
            date(2025, 12, 15),
            "yearly",
        ),
        (
            "Hằng tháng, các chi bộ gửi báo cáo về Văn phòng trước ngày 25.",
            date(2025, 11, 25),
            "monthly",
        ),
        # a year given: once
        ("Hằng năm, Sở tổng kết; năm nay báo cáo trước ngày 15/12/2025.", date(2025, 12, 15), None),
    ],
)
def test_a_sentence_saying_every_year_makes_its_year_less_date_recur(
    sentence: str, due: date, kind: str | None
) -> None:
    d = _one(sentence)
    assert (d.due_date, d.recurrence) == (due, kind)


def test_the_clause_holding_the_deadline_comes_before_the_sentences_subject() -> None:
    clause = " các xã, phường hoàn thành trước ngày 31/12/2025."
    sentence = "Sở Nội vụ có trách nhiệm hướng dẫn;" + clause
    assert relevance(None, sentence, "", None, (), clause=clause).for_ward


def test_a_calendar_of_meetings_is_no_schedule() -> None:
    calendar = (
        "| TT | Nội dung | Thời gian | Địa điểm | Thành phần |\n|---|---|---|---|---|\n"
        "| 1 | Hội nghị triển khai | 08h00 ngày 25/11/2025 | Hội trường | Các xã, phường |\n"
    )
    assert schedule_rows(calendar, 2025) == []
    assert [t.due_date for t in propose(calendar).tasks if t.due_date] == []


def test_an_earlier_documents_deadline_told_again_is_one_task_the_later_one() -> None:
    from secretariat.directives.importer import find_deadlines

    text = (
        "Ngày 25 tháng 8 năm 2014, Bộ đã có công văn số 2877/BVHTTDL-VHCS yêu cầu các Sở "
        "xây dựng báo cáo, gửi về Bộ trước ngày 15 tháng 10 năm 2014. Đến nay mới có 6 Sở "
        "gửi báo cáo. Đề nghị các Sở còn lại gửi báo cáo về Bộ trước ngày 15 tháng 10 năm "
        "2014.\n"
    )
    found = find_deadlines(text, 2014, date(2014, 10, 6))
    assert [(d.due_date, text[d.start : d.end].startswith("trước")) for d in found] == [
        (date(2014, 10, 15), True)
    ]
    assert found[0].start > text.index("Đề nghị")  # the sentence that asks now
    # told once, the earlier document's date stays a deadline of its own
    once = text[: text.index(" Đến nay")]
    assert [d.due_date for d in find_deadlines(once, 2014, date(2014, 10, 6))] == [
        date(2014, 10, 15)
    ]


def test_a_weekday_between_truoc_and_the_date() -> None:
    from secretariat.directives.importer import find_deadlines

    said = [
        "Báo cáo về Bộ Nội vụ trước Thứ Tư ngày 03/12/2025.",
        "Gửi về Sở trước thứ Sáu, ngày 05/12/2025.",
        "Hoàn thành trước 16 giờ thứ Sáu ngày 05/12/2025.",
    ]
    found = [find_deadlines(text, 2025, date(2025, 11, 20)) for text in said]
    assert [[(d.due_date, d.time) for d in each] for each in found] == [
        [(date(2025, 12, 3), None)],
        [(date(2025, 12, 5), None)],
        [(date(2025, 12, 5), "16:00")],
    ]
    # a meeting on a weekday is no deadline
    assert find_deadlines("Họp vào thứ Sáu ngày 05/12/2025.", 2025, date(2025, 11, 20)) == []


def test_a_span_of_months_given_as_the_time_to_complete() -> None:
    text = (
        "Số: 12/KH-UBND\n\n- Rà soát hồ sơ tài sản của các phường.\n\n"
        "Thời gian hoàn thành: Tháng 11 - 12/2025.\n\n"
        "- Tập huấn cán bộ.\n\nThời gian thực hiện: Tháng 11 - 12/2025.\n"
    )
    dated = [(t.text[:16], t.due_date) for t in propose(text).tasks if t.due_date]
    # the span to complete ends with its last month; the span to carry out is a period
    assert dated == [("Rà soát hồ sơ tà", date(2025, 12, 31))]


def test_markdown_headings_broken_after_their_number_name_whose_the_bullets_are() -> None:
    # A portal's Markdown: «*1.4.» / «Ủy ban nhân dân …*», and «-» alone over its bullet.
    text = (
        "**QUYẾT ĐỊNH**\n\n**IV. NHIỆM VỤ CỤ THỂ**\n\n"
        "*1.2.\nSở Tài chính - Cơ quan thường trực Ban Chỉ đạo*\n\n"
        "- Phối\nhợp với các cơ quan chuyên môn hướng dẫn biểu mẫu kiểm kê.\n\n"
        "Thời\ngian hoàn thành: Trước ngày 31/12/2025.\n\n"
        "*1.4.\nỦy ban nhân dân các phường, xã, đặc khu*\n\n"
        "-\nThành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã.\n\n"
        "Thời\ngian hoàn thành: Trước ngày 15/11/2025.\n"
    )
    tasks = {t.due_date: t for t in propose(text).tasks}
    finance, wards = tasks[date(2025, 12, 31)], tasks[date(2025, 11, 15)]
    assert not finance.for_ward and "Sở Tài chính" in finance.reason
    assert wards.for_ward and wards.assignee == "Ủy ban nhân dân các phường, xã, đặc khu"
    assert wards.text.startswith("Thành lập Ban Chỉ đạo")


@pytest.mark.parametrize(
    "sentence",
    [
        # a forecast
        "Bộ Nội vụ dự kiến tổ chức khảo sát Chỉ số SIPAS trong tháng 12/2025 tại 22 xã.",
        "bảo đảm thời gian tiến hành Đại hội toàn quốc (dự kiến trong\nQuý 1/2026), đề nghị",
        # what the tasks are, and where the work stands
        "Đề xuất phân bổ kinh phí các nhiệm vụ cần triển khai trong năm 2026.",
        "các nhiệm vụ còn lại đang triển khai thực hiện đảm bảo tiến độ trong năm 2025).",
        "Tỉnh chưa hoàn thành công tác tổ chức kiểm tra văn bản theo thẩm quyền trong năm 2025;",
        # a window's end
        "Hội nghị tiếp xúc cử tri được tiến hành từ ngày công bố danh sách (ngày 22 tháng 02 "
        "năm 2026) và kết thúc trước thời điểm bỏ phiếu 24h (trước 07h00 ngày 14/3/2026).",
    ],
)
def test_forecasts_targets_states_and_windows_are_no_deadlines(sentence: str) -> None:
    assert find_deadlines(sentence, 2025) == []


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Sở báo cáo kết quả thực hiện trong Quý I năm 2026.", date(2026, 3, 31)),
        (
            "Giám đốc Sở chỉ đạo tổ chức đại hội, bảo đảm hoàn thành trong năm 2025.",
            date(2025, 12, 31),
        ),
        (
            "Thời gian chậm nhất gửi báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh "
            "ngày 23/3/2026.",
            date(2026, 3, 23),
        ),
        (
            "Báo cáo nhanh kết quả ngày bầu cử qua điện thoại, zalo trong ngày 15/3/2026.",
            date(2026, 3, 15),
        ),
    ],
)
def test_deadlines_written_late_in_their_clause(sentence: str, due: date) -> None:
    assert [d.due_date for d in find_deadlines(sentence, 2025)] == [due]


def test_a_meeting_within_a_day_is_no_deadline() -> None:
    assert find_deadlines("Hội nghị diễn ra trong ngày 15/3/2026 tại hội trường.", 2026) == []


# An appendix table as pdftotext gives it without its layout: the cells of each column
# one after another, the deadline alone on its line.
RUN_TOGETHER = """KẾ HOẠCH
Triển khai đợt cao điểm 100 ngày

Phụ lục
DANH MỤC NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 277 /KH-UBND ngày 14 / 7 /2026 của UBND thành phố)
Stt

TT

Tên nhiệm vụ

Chi
tiết

Đơn vị chủ trì

1

Làm sạch, di trú dữ liệu thiết yếu về Kho dữ liệu dùng chung.

Sở Tài chính

Đơn vị phối hợp

Sản phẩm

Thời hạn

Sở Khoa học và
Công nghệ

Hoàn thành tích hợp dữ liệu về Kho dữ liệu
dùng chung thành phố

30/8/2026

2

Hoàn thiện cơ sở dữ liệu đất đai đối với 3,2 triệu thửa đất

Sở Nông nghiệp và
Môi trường

UBND xã/phường,
Công an Thành phố

Dữ liệu đạt tiêu chí “đúng, đủ, sạch, sống”; phấn đấu đạt 100% trong Quý IV/2026

30/7/2026

3

Giải ngân kinh phí các nhiệm vụ theo Kế hoạch số 38/KH-UBND ngày
26/01/2026 và thí điểm đến 31/12/2027

Sở Tài chính

31/7/2026
"""


def test_a_run_together_tables_bare_dates_are_its_rows_deadlines() -> None:
    dated = [t for t in propose(RUN_TOGETHER).tasks if t.due_date]
    assert [(t.due_date, t.for_ward) for t in dated] == [
        (date(2026, 8, 30), False),  # departments only
        (date(2026, 7, 30), True),  # «UBND xã/phường» among the row's units
        (date(2026, 7, 31), False),
    ]
    # the product column's «trong Quý IV/2026», a cited plan's day and a pilot's end
    # are no deadlines
    assert all(t.phrase in ("30/8/2026", "30/7/2026", "31/7/2026") for t in dated)
    assert "Kho dữ liệu" in dated[0].text and "3,2 triệu thửa đất" in dated[1].text


def test_bare_dates_without_a_deadline_column_are_no_deadlines() -> None:
    text = RUN_TOGETHER.replace("Thời hạn", "Ghi chú")
    assert not any(t.phrase and t.phrase[0].isdigit() for t in propose(text).tasks)


@pytest.mark.parametrize(
    ("sentence", "due", "hour"),
    [
        (
            "Giao Văn phòng định kỳ hằng tuần trước 16 giờ ngày thứ Sáu, báo cáo.",
            date(2025, 12, 5),
            "16:00",
        ),
        (
            "Định kỳ hằng tuần (trước 16 giờ ngày thứ sáu), báo cáo lãnh đạo.",
            date(2025, 12, 5),
            "16:00",
        ),
        ("Các xã gửi báo cáo trước 10 giờ thứ Hai hằng tuần.", date(2025, 12, 1), "10:00"),
        ("Báo cáo trước thứ Năm hàng tuần.", date(2025, 12, 4), None),
        ("- Định kỳ ngày Thứ Hai hằng tuần, tổng hợp, báo cáo số liệu.", date(2025, 12, 1), None),
    ],
)
def test_a_weekly_report_is_first_due_on_its_weekday_after_the_issue(
    sentence: str, due: date, hour: str | None
) -> None:
    # issued on Friday 28/11/2025: the next Friday, not the same day
    [found] = find_deadlines(sentence, 2025, issued=date(2025, 11, 28))
    assert (found.due_date, found.time, found.recurrence) == (due, hour, "weekly")


@pytest.mark.parametrize(
    "sentence",
    [
        "Định kỳ 02 tuần một lần (trước 16 giờ thứ Sáu), báo cáo tiến độ.",  # fortnightly
        "Họp giao ban vào sáng thứ Hai hằng tuần.",  # a meeting
    ],
)
def test_a_fortnight_and_a_weekly_meeting_are_no_weekly_deadlines(sentence: str) -> None:
    assert find_deadlines(sentence, 2025, issued=date(2025, 11, 28)) == []


def test_investors_and_contractors_are_no_ward() -> None:
    text = (
        "Số: 2280/QĐ-UBND\n\n- Chủ đầu tư và các nhà thầu thi công các công trình khẩn cấp phải "
        "đảm bảo các hạng mục chính hoàn thành trước ngày 30/4/2026.\n"
    )
    [task] = [t for t in propose(text).tasks if t.due_date]
    assert not task.for_ward


def test_a_purpose_clauses_year_is_no_deadline() -> None:
    sentence = "- Phân tích nguyên nhân trễ hạn để tham mưu giải pháp khắc phục trong năm 2026."
    assert find_deadlines(sentence, 2025) == []


def test_truoc_thoi_diem_a_date() -> None:
    [found] = find_deadlines("Các hạng mục hoạt động ngay trước thời điểm 30/4/2026.", 2026)
    assert found.due_date == date(2026, 4, 30)
    assert find_deadlines("kết thúc trước thời điểm bắt đầu bỏ phiếu 24h.", 2026) == []


def test_truoc_whose_tr_ocr_read_as_a_sign() -> None:
    [found] = find_deadlines("Gửi báo cáo về Bộ Công an #ước ngày 20/12/2025.", 2025)
    assert found.due_date == date(2025, 12, 20)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "Rà soát đảng viên, báo cáo cấp ủy cấp trên trực tiếp trong tháng 1 hàng năm.",
            date(2026, 1, 31),
        ),
        (
            "Định kỳ vào tháng 11 hằng năm báo cáo tình hình quản lý lý lịch đảng viên.",
            date(2025, 11, 30),
        ),
        (
            "Lập danh sách theo các mẫu tài liệu quy định, xong trong Quý I hằng năm.",
            date(2026, 3, 31),
        ),
    ],
)
def test_a_yearly_report_due_within_a_month_or_a_quarter(sentence: str, due: date) -> None:
    [found] = find_deadlines(sentence, 2025, issued=date(2025, 11, 21))
    assert (found.due_date, found.recurrence) == (due, "yearly")


@pytest.mark.parametrize(
    "sentence",
    [
        # a standing rule: whenever a decision is received
        "Trong thời hạn 30 ngày làm việc, kể từ ngày nhận được quyết định, cấp ủy phải xem xét.",
        "Trong thời hạn 15 ngày làm việc kể từ ngày nhận, chi bộ trả lời.",
        # history
        "Đảng viên vào Đảng trước ngày 30/4/1975 được tặng Huy hiệu.",
        "người tham gia cách mạng trước 19-8-1945.",
    ],
)
def test_standing_rules_and_history_are_no_deadlines(sentence: str) -> None:
    assert find_deadlines(sentence, 2025, issued=date(2025, 5, 26)) == []


def test_within_days_of_receiving_this_document_is_still_counted() -> None:
    [found] = find_deadlines(
        "Báo cáo trong vòng 10 ngày kể từ ngày nhận văn bản này.", 2025, issued=date(2025, 5, 26)
    )
    assert found.computed and found.due_date == date(2025, 6, 5)


def test_a_sentence_giving_the_task_to_the_communes_names_the_wards_ubnd() -> None:
    text = (
        "Số: 315/SNV-CCHC\n\n1. Định kỳ hằng tuần (trước 16 giờ ngày thứ Sáu), UBND các xã, "
        "phường báo cáo số hồ sơ về Sở Nội vụ.\n"
    )
    [task] = propose(text).tasks
    assert task.for_ward and task.assignee == "UBND các xã, phường"
    assert task.unit_codes == ("PH-UBND",)


def test_a_period_s_end_is_a_deadline_under_a_completion_lead_in() -> None:
    text = (
        "Thời gian hoàn thành công việc nói trên ở các vùng như sau:\n- Vùng đồng bằng:\n"
        "cuối năm 1982;\n- Các vùng khác (phía Bắc): cuối năm 1984.\n"
    )
    found = find_deadlines(text, 1980, issued=date(1980, 11, 10))
    assert [d.due_date for d in found] == [date(1982, 12, 31), date(1984, 12, 31)]
    assert find_deadlines("Đến cuối năm 2025, tỷ lệ hộ nghèo giảm 2%.", 2025) == []
    [quarter] = find_deadlines("Các sở hoàn thành vào cuối quý III/2026.", 2026)
    assert quarter.due_date == date(2026, 9, 30)


def test_a_yearly_period_named_after_hang_nam() -> None:
    [found] = find_deadlines(
        "Định kỳ hằng năm (vào cuối quý III), cơ quan tổ chức lập dự trù kinh phí khen thưởng.",
        2025,
        issued=date(2025, 6, 1),
    )
    assert (found.due_date, found.recurrence) == (date(2025, 9, 30), "yearly")


def test_a_date_a_decade_before_the_document_is_history() -> None:
    text = "QUY ĐỊNH VIỆC GIẢI QUYẾT NHÀ ĐẤT TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991 đối với các trường hợp."
    assert find_deadlines(text, 2005, issued=date(2005, 4, 2)) == []


# Found by a review of this stop's rules, each on the input that showed it.


@pytest.mark.parametrize(
    "sentence",
    [
        "Thời gian chậm nhất là 15 ngày kể từ ngày 01/4/2026.",  # counted from a day
        "Ngày hội Đại đoàn kết toàn dân tộc được tổ chức vào tháng 11 hằng năm.",  # an event
        "Quy hoạch có thời hạn 10 năm. Đến cuối năm 2026, tỷ lệ đô thị hóa đạt 50%.",
        "Văn phòng gửi kèm chương trình hội nghị được tổ chức trong ngày 15/3/2026.",
        "Mời báo cáo viên trình bày trong ngày 20/3/2026.",
    ],
)
def test_review_found_false_deadlines(sentence: str) -> None:
    assert find_deadlines(sentence, 2026, issued=date(2026, 3, 5)) == []


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "Các dự án đang thực hiện thủ tục đầu tư phải hoàn tất hồ sơ trong quý II/2026.",
            date(2026, 6, 30),
        ),
        (
            "Đối với các công trình đã triển khai, chủ đầu tư quyết toán trong quý III/2026.",
            date(2026, 9, 30),
        ),
        ("Các xã gửi báo cáo trước 9 giờ sáng thứ Hai hằng tuần.", date(2026, 3, 9)),
        ("Báo cáo hàng tuần, chậm nhất vào thứ Năm.", date(2026, 3, 12)),
    ],
)
def test_review_found_missed_deadlines(sentence: str, due: date) -> None:
    assert [d.due_date for d in find_deadlines(sentence, 2026, issued=date(2026, 3, 5))] == [due]


def test_long_runs_of_blanks_and_odd_years_neither_hang_nor_raise() -> None:
    # (quadratic backtracking took minutes here; benchmarks/import_seed.py times such pages)
    lines = "x\n" + " " * 12_000 + "\n"  # (a list item's mark between two runs: 59 s at 100,000)
    for text in ("hằng năm" + " " * 12_000 + "x", "trước thứ Sáu" + " " * 12_000, lines):
        assert find_deadlines(text, 2026, issued=date(2026, 3, 5)) == []
    # (one long word, a place-date's «ngày» before a run of spaces: 6 s and 4.5 s each)
    for text in ("l" * 20_000, "O" * 20_000, "Hà Nội ngày" + " " * 20_000 + "x"):
        assert not propose(text, "x.txt").tasks
    for header in ("Hà Nội, ngày 12 tháng 3 năm 0005\n", "Hà Nội, ngày 12 tháng 3 năm 9999\n"):
        propose(header + "Báo cáo trước 16 giờ thứ Sáu hằng tuần; hoàn thành cuối năm 0000.\n")


def test_a_section_heading_thoi_gian_hoan_thanh_is_no_table() -> None:
    text = (
        "KẾ HOẠCH\nII. NHIỆM VỤ\n"
        "1. Văn phòng chủ trì thực hiện nhiệm vụ cải cách, bảo đảm đúng thời hạn\n"
        "quy định, hoàn thành rà soát thủ tục trước ngày 30/4/2026.\n"
        "2. Công an phường cập nhật dữ liệu dân cư, hoàn thành trước ngày 31/5/2026.\n"
        "III. THỜI GIAN HOÀN THÀNH\n3. Bộ phận Một cửa báo cáo kết quả trước 30/6/2026\n"
    )
    dated = [t.due_date for t in propose(text).tasks if t.due_date]
    assert dated == [date(2026, 4, 30), date(2026, 5, 31), date(2026, 6, 30)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the words that tell a past, a state or a purpose, read in a text whose marks an
        # OCR with the wrong language model lost
        "Chu tich UBND tinh da chi dao cac so hoan thanh truoc ngay 30/10/2025.",
        "cac nhiem vu con lai dang trien khai thuc hien dam bao tien do trong nam 2025).",
        "- Phan tich nguyen nhan tre han de tham muu giai phap khac phuc trong nam 2026.",
    ],
)
def test_a_text_that_lost_its_marks_keeps_its_refusals(sentence: str) -> None:
    assert find_deadlines(sentence, 2025, ISSUED) == []


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # «đề nghị», «đa dạng» are no «để», no «đã»
        ("- De nghi cac xa bao cao ket qua trong thang 12/2025.", date(2025, 12, 31)),
        ("- Da dang hoa hinh thuc, cac xa hoan thanh truoc ngay 30/12/2025.", date(2025, 12, 30)),
    ],
)
def test_unmarked_look_alikes_are_not_refusals(sentence: str, due: date) -> None:
    [found] = find_deadlines(sentence, 2025, ISSUED)
    assert found.due_date == due


def test_the_term_of_an_authorisation_is_no_deadline() -> None:
    text = (
        "Thời hạn ủy quyền: Từ ngày quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm "
        "2027, trừ trường hợp có văn bản khác.\n"
    )
    assert find_deadlines(text, 2026, ISSUED) == []
    [task] = find_deadlines("Thời hạn nộp báo cáo là ngày 28/02/2027.", 2026, ISSUED)
    assert task.due_date == date(2027, 2, 28)


def test_chậm_nhất_đến_ngày() -> None:
    [task] = find_deadlines("hoàn thành chậm nhất đến ngày\n01 tháng 7 năm 2028.", 2026, ISSUED)
    assert task.due_date == date(2028, 7, 1)


def test_a_cited_decisions_deadline_set_again_is_one_task() -> None:
    text = (
        "Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành Quyết định số 1074/QĐ-BXD về giải pháp "
        "kỹ thuật phòng cháy. Quyết định có hiệu lực kể từ ngày ký và giao Ủy ban nhân dân các "
        "tỉnh chỉ đạo triển khai, hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028.\n\n"
        "1. Ủy ban nhân dân các xã, phường\nBảo đảm hoàn thành việc áp dụng các giải pháp "
        "chậm nhất đến ngày 01 tháng 7 năm 2028.\n"
    )
    [task] = [t for t in propose(text).tasks if t.due_date]
    assert task.due_date == date(2028, 7, 1) and task.for_ward


@pytest.mark.parametrize(
    ("text", "for_ward"),
    [
        # «đồng chí Bộ trưởng» is no «chi bộ»
        (
            "Kính gửi: Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ\n\n"
            "Các Bộ, cơ quan ngang Bộ hoàn thành chậm nhất ngày 25/12/2025.\n",
            False,
        ),
        # a topic first, then who does it
        (
            "1.1. Đối với 355 nhiệm vụ cần ban hành văn bản (danh mục theo Báo cáo số 11/BC-BNV "
            "của Bộ Nội vụ), các Bộ, cơ quan ngang Bộ khẩn trương rà soát, hoàn thành chậm nhất "
            "ngày 25/12/2025.\n",
            False,
        ),
        # a heading listing bodies, the ward's last, its place on the next line
        (
            "1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân\n"
            "các xã, phường\nTheo chức năng, nhiệm vụ tổ chức tuyên truyền.\n"
            "Đối với các cơ sở, công trình thuộc phạm vi quản lý, hướng dẫn chủ đầu tư áp dụng "
            "giải pháp, bảo đảm hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028.\n",
            True,
        ),
        # a ground or a condition first, then who does it (the sentence's first words name
        # no body)
        (
            "Căn cứ kết quả tổng hợp nhu cầu năm học trước của các địa phương trong toàn quốc, "
            "Bộ trưởng Bộ Tài chính ban hành quyết định hỗ trợ trước ngày 15 tháng 8 năm 2026.\n",
            False,
        ),
        (
            "Trường hợp trong năm học có phát sinh nhu cầu lớn hơn so với quyết định đã ban hành, "
            "Chủ tịch Ủy ban nhân dân cấp tỉnh có văn bản đề nghị trước ngày 31 tháng 12 năm "
            "2026.\n",
            False,
        ),
        (
            "Sau khi nhận đủ hồ sơ đề nghị hỗ trợ của người dân trên địa bàn, Ủy ban nhân dân cấp "
            "xã lập danh sách trước ngày 10 tháng 7 năm 2026.\n",
            True,
        ),
    ],
)
def test_whom_a_task_is_for_when_a_topic_or_a_title_comes_first(text: str, for_ward: bool) -> None:
    [task] = [t for t in propose(text).tasks if t.due_date]
    assert task.for_ward is for_ward


def test_a_sections_period_stops_at_the_closing_and_the_recipients() -> None:
    text = (
        "Số: 23/BC-UBND\n\nI. NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2025\n\n"
        "1. Ban hành các kế hoạch truyền thông và kiểm tra hoạt động kiểm soát TTHC.\n\n"
        "2. Theo dõi tiếp nhận, xử lý PAKN trên Cổng Dịch vụ công Quốc gia.\n\n"
        "Trên đây là kết quả thực hiện trong tháng 01 năm 2025, kính báo cáo.\n\n"
        "Nơi nhận: KT. CHỦ TỊCH\n- Như trên;\n- VPUB: CVP, TTHC;\n- Lưu: VT, TTHC.\n"
    )
    dated = [t for t in propose(text).tasks if t.due_date]
    assert [t.due_date for t in dated] == [date(2025, 2, 28)] * 2
    assert dated[1].text.startswith("Theo dõi tiếp nhận")


@pytest.mark.parametrize(
    "sentence",
    [
        "Các Bộ, ngành rà soát dự án, báo cáo kết quả rà soát tới Bộ Kế hoạch và Đầu tư (đối với "
        "dự án trong KCN) trong quý III năm 2012 để tổng hợp, báo cáo Thủ tướng Chính phủ.",
        "Xây dựng Đề án, trình Thủ tướng Chính phủ trong quý III năm 2012 theo hướng ngân sách "
        "trung ương đầu tư.",
    ],
)
def test_a_report_due_in_a_quarter_with_its_purpose_after(sentence: str) -> None:
    [found] = find_deadlines(sentence, 2012)
    assert found.due_date == date(2012, 9, 30)
    # with no report or draft sent up, the purpose after the quarter is no deadline's
    assert find_deadlines("Đẩy mạnh sản xuất trong quý III năm 2012 để tăng thu.", 2012) == []


def test_a_heading_naming_a_body_whose_field_is_a_verb() -> None:
    # «Sở Xây dựng»: «xây dựng» is its field, not the verb that would end its name
    text = (
        "Kính gửi: Các Sở, ban, ngành; Ủy ban nhân dân các xã, phường.\n\n"
        "5. Sở Xây dựng\n- Chủ trì rà soát các phương tiện khai thác cát, yêu cầu điều chỉnh "
        "thiết kế, thời gian thực hiện xong trong tháng 6/2026.\n"
    )
    [task] = [t for t in propose(text).tasks if t.due_date]
    assert (task.assignee, task.for_ward) == ("Sở Xây dựng", False)


def test_a_forecast_term_and_a_report_due_the_year_after() -> None:
    assert find_deadlines("thời hạn nổ mìn dự kiến đến hết ngày 25/8/2030.", 2026, ISSUED) == []
    [found] = find_deadlines(
        "Báo cáo định kỳ được lập và nộp trước ngày 15 tháng 02 của năm liền kề sau năm báo "
        "cáo, kỳ báo cáo là năm.",
        2025,
        ISSUED,
    )
    assert (found.due_date, found.recurrence) == (date(2026, 2, 15), "yearly")


@pytest.mark.parametrize(
    ("sentence", "due", "hour"),
    [
        (
            "Chuẩn bị báo cáo, trình Thường trực trước 11 giờ 00’ ngày 09/02/2026.",
            date(2026, 2, 9),
            "11:00",
        ),
        ("Các công việc trên hoàn thành trong ngày 09/02/2026.", date(2026, 2, 9), None),
        ("- Thời gian hoàn thành: Quý III, IV năm 2026.", date(2026, 12, 31), None),
        ("- Thời gian hoàn thành: Quý III và Quý IV năm 2026.", date(2026, 12, 31), None),
    ],
)
def test_a_communes_own_phrasings(sentence: str, due: date, hour: str | None) -> None:
    [found] = find_deadlines(sentence, 2026, date(2026, 2, 5))
    assert (found.due_date, found.time) == (due, hour)


def test_a_plans_quarters_of_work_are_no_deadline() -> None:
    # «thực hiện» over two quarters is when the work runs, not when it is due
    assert find_deadlines("- Thời gian thực hiện: Quý II, III/2015.", 2015, date(2015, 3, 1)) == []


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        # sent by the end of a day
        (
            "Các đơn vị gửi văn bản về Phòng Quản lý Khoa học đến hết ngày 07/11/2025.",
            ["2025-11-07"],
        ),
        ("Giấy phép có giá trị đến hết ngày 05/7/2031.", []),  # how long, no sending
        # a window to hand in: it closes on its last day (as «Thời gian nhận hồ sơ: …» does)
        ("Nhận hồ sơ từ ngày 01/11/2025 đến hết ngày 07/11/2025, gửi về Phòng.", ["2025-11-07"]),
        ("4. Thời gian hoàn thành: đến hết ngày 09/6/2025.", ["2025-06-09"]),
        # a plan's time section as «period: work» lines
        (
            "VI. THỜI GIAN THỰC HIỆN\n\n- Từ ngày 25/10/2025 đến ngày 31/10/2025: Các đơn vị "
            "hoàn thiện phần nội dung, gửi về Ban Biên tập.\n\n- Tháng 11/2025: Ban Biên tập "
            "tổng hợp, biên tập sơ bộ.\n- Tháng 12/2025: Xin giấy phép, in ấn, phát hành.\n",
            ["2025-10-31", "2025-11-30", "2025-12-31"],
        ),
        ("II. NỘI DUNG\n- Tháng 11/2025: Hội nghị sơ kết.\n", []),  # no time section
    ],
)
def test_a_universitys_phrasings(text: str, dues: list[str]) -> None:
    found = find_deadlines(text, 2025, date(2025, 5, 20))
    assert [d.due_date.isoformat() for d in found if d.due_date] == dues


@pytest.mark.parametrize(
    "sentence",
    [
        # the refusals' words with a mark OCR dropped: «đa» for «đã», «đê»/«đẻ» for «để»
        "Trong đo, Chủ tịch Uy ban nhân dân đa chỉ đạo cac sở hoàn thành trước ngày 30/10/2025.",
        "Phân tich nguyên nhân trễ hạn đê tham mưu giai pháp khắc phuc trong năm 2026.",
        "Phân tich nguyên nhân trễ hạn đẻ tham mưu giai pháp khắc phuc trong năm 2026.",
    ],
)
def test_refusals_hold_when_ocr_dropped_some_marks(sentence: str) -> None:
    assert find_deadlines(sentence, 2025, ISSUED) == []


def test_a_department_named_with_its_tone_lost_is_another_level() -> None:
    text = "Giao Sơ Y tế chủ trì, phối hợp các đơn vị hoàn thành trước ngày 31/10/2025.\n"
    [task] = [t for t in propose(text).tasks if t.due_date]
    assert not task.for_ward


def test_a_run_together_tables_dates_dotted_or_dashed() -> None:
    from secretariat.directives.importer.schedule import _BARE_DATE

    assert [m.group() for m in _BARE_DATE.finditer("30.6.2026 và 15-7-2026, 1/8/2026")] == [
        "30.6.2026",
        "15-7-2026",
        "1/8/2026",
    ]
    assert _BARE_DATE.search("30.6-2026") is None  # one separator throughout


def test_a_time_sections_span_in_words() -> None:
    text = (
        "VI. THỜI GIAN THỰC HIỆN\n- Từ ngày 25 tháng 10 năm 2025 đến ngày 31 tháng 10 năm 2025: "
        "Các đơn vị hoàn thiện phần nội dung, gửi về Ban Biên tập.\n"
    )
    [found] = find_deadlines(text, 2025, date(2025, 10, 24))
    assert found.due_date == date(2025, 10, 31)


def test_no_later_than_a_day_is_a_deadline() -> None:
    text = (
        "Nơi ngồi chờ được bố trí tạm nhưng thời gian kéo dài không quá ngày 31 tháng 12 năm 2008."
    )
    [found] = find_deadlines(text, 2007, date(2007, 6, 22))
    assert found.due_date == date(2008, 12, 31)
    # «không quá 10 ngày» is a length of time, no day
    assert find_deadlines("Thời gian xử lý không quá 10 ngày làm việc.", 2007) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a rule's condition: «đối với …/nếu … trước ngày … thì …»
        "2. Đối với quy trình được tái cấu trúc và công bố theo Điều 7 trước ngày 01 tháng 01 "
        "năm 2026 thì thành phần hồ sơ thay thế bằng dữ liệu được thực hiện kể từ ngày đó.",
        "3. Trong thời gian Nghị quyết này có hiệu lực, nếu nghị định có quy định liên quan được "
        "ban hành, có hiệu lực trước ngày 01 tháng 3 năm 2027 thì các quy định tương ứng hết "
        "hiệu lực.",
        # what a transitional rule lets go on
        "Thiết bị thực hiện mua sắm trước ngày 01 tháng 7 năm 2026 được tiếp tục sử dụng.",
    ],
)
def test_a_date_a_condition_names_is_no_deadline(sentence: str) -> None:
    assert find_deadlines(sentence, 2025, date(2025, 11, 15)) == []


def test_a_condition_s_words_in_a_task_keep_its_deadline() -> None:
    text = (
        "b) Hoàn thành, công bố tái cấu trúc quy trình đối với các thủ tục hành chính có thành "
        "phần hồ sơ được thay thế trước ngày 01 tháng 01 năm 2026;"
    )
    [found] = find_deadlines(text, 2025, date(2025, 11, 15))
    assert found.due_date == date(2026, 1, 1)


def test_the_doer_after_a_deadline_that_opens_the_sentence() -> None:
    text = (
        "Căn cứ vào kết quả hiệp thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2025, "
        "Ủy ban Thường vụ Quốc hội tiến hành điều chỉnh lần thứ nhất cơ cấu, thành phần.\n"
        "Căn cứ vào kết quả hiệp thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2025, "
        "Thường trực Hội đồng nhân dân cấp tỉnh, cấp xã tiến hành điều chỉnh cơ cấu.\n"
    )
    first, second = [t for t in propose(text).tasks if t.due_date]
    assert (first.for_ward, second.for_ward) == (False, True)


def test_a_yearly_month_the_work_named_late_in_the_sentence() -> None:
    text = (
        "a) Định kỳ tháng 01 hằng năm, cơ quan, tổ chức được giao quản lý, khai thác, vận hành "
        "dự án hoặc chủ trì thuê dịch vụ công nghệ thông tin có trách nhiệm cung cấp thông tin "
        "đánh giá việc hoàn thành mục tiêu của dự án."
    )
    [found] = find_deadlines(text, 2026, date(2026, 1, 26))
    assert (found.due_date, found.recurrence) == (date(2026, 1, 31), "yearly")


def test_a_schedule_one_cell_a_line_with_a_bare_day_column_and_spans() -> None:
    text = (
        "III. KẾ HOẠCH CỤ THỂ\nSTT\nNgày\nCông việc\n1\n24/03/2014\n"
        "P.ĐTĐH gửi danh sách sinh viên đủ điều kiện tốt nghiệp về Khoa.\n2\n"
        "31/03/2014 – 04/04/2014\nKhoa nhận hồ sơ xét tốt nghiệp.\n"
    )
    rows = [task for _, task in schedule_rows(text, 2014)]
    assert [(t.due_date, t.text) for t in rows] == [
        (date(2014, 3, 24), "P.ĐTĐH gửi danh sách sinh viên đủ điều kiện tốt nghiệp về Khoa."),
        (date(2014, 4, 4), "Khoa nhận hồ sơ xét tốt nghiệp."),
    ]


def test_the_numbered_item_over_a_bullet_names_whose_work_it_is() -> None:
    text = (
        "1. Các đơn vị chuyên trách về công nghệ thông tin của các Bộ, cơ quan ngang Bộ, cơ quan "
        "thuộc Chính phủ và Sở Thông tin và Truyền thông các tỉnh, thành phố:\n"
        "a) Triển khai cài đặt và tổ chức tập huấn sử dụng các phần mềm nêu trên.\n"
        "Chậm nhất đến ngày 30/6/2009, đảm bảo 100% máy trạm được cài đặt.\n"
        "2. Ủy ban nhân dân các xã, phường:\n"
        "a) Rà soát máy trạm, hoàn thành trước ngày 30/9/2009.\n"
    )
    first, second = [t for t in propose(text).tasks if t.due_date]
    assert (first.due_date, first.for_ward) == (date(2009, 6, 30), False)
    assert (second.due_date, second.for_ward) == (date(2009, 9, 30), True)


def test_a_monthly_window_to_send_in_is_due_at_its_end() -> None:
    text = (
        "7. Lãnh đạo khoa gởi biên bản đánh giá cho phòng Thanh tra từ ngày 25 đến 30 hàng tháng.\n"
        "8. Mẫu CVHT-01 tập hợp tại khoa và khoa gởi cho phòng Thanh tra từ ngày 01 đến 03 mỗi "
        "tháng.\n"
    )
    found = find_deadlines(text, 2008, date(2008, 12, 2))
    # the first window that opens on or after the day of issue: not 01–03/12, begun before it
    assert [(d.due_date, d.recurrence) for d in found] == [
        (date(2008, 12, 30), "monthly"),
        (date(2009, 1, 3), "monthly"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # what was granted before the day of issue
        "2. Chứng chỉ đại lý bảo hiểm được cấp trước ngày 01 tháng 01 năm 2023 được sử dụng đến "
        "hết ngày 30 tháng 06 năm 2026.",
        "d) Nộp bản sao chứng nhận hoàn thành khóa học do cơ sở đào tạo cấp trước ngày 01 tháng "
        "01 năm 2023.",
        # a limit counted from receiving another document, not this one
        "b) Trong thời hạn 05 ngày, kể từ ngày nhận được văn bản giao chỉ tiêu tuyển quân phải cử "
        "đại diện đến Công an cấp tỉnh.",
        # a long condition: «trừ các trường hợp … có hiệu lực trước ngày … thì …»
        "2. Thông tư này hết hiệu lực kể từ ngày 01 tháng 3 năm 2027 trừ các trường hợp Luật, "
        "nghị quyết của Quốc hội, pháp lệnh, nghị quyết của Ủy ban Thường vụ Quốc hội, nghị định, "
        "nghị quyết của Chính phủ, quyết định của Thủ tướng Chính phủ, Thông tư của Bộ trưởng có "
        "quy định về thẩm quyền, trách nhiệm quản lý nhà nước, trình tự, thủ tục quy định tại "
        "Thông tư này thông qua hoặc ban hành kể từ ngày Thông tư này có hiệu lực thi hành và có "
        "hiệu lực trước ngày 01 tháng 3 năm 2027 thì quy định tương ứng trong Thông tư này hết "
        "hiệu lực.",
    ],
)
def test_what_was_done_before_or_a_rules_condition_is_no_deadline(sentence: str) -> None:
    assert find_deadlines(sentence, 2025, date(2025, 12, 15)) == []


def test_ensuring_a_rule_takes_effect_by_a_day_is_a_task() -> None:
    text = (
        "d) Ban hành theo thẩm quyền văn bản quy phạm pháp luật để cắt giảm thủ tục hành chính, "
        "bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027;"
    )
    [found] = find_deadlines(text, 2025, date(2025, 11, 15))
    assert found.due_date == date(2027, 3, 1)


def test_a_weekly_report_on_a_named_day_and_a_weekly_meeting() -> None:
    text = (
        "d) Định kỳ báo cáo Thủ tướng Chính phủ về tiến độ (qua Bộ Nội vụ) vào thứ Sáu hàng "
        "tuần theo đề cương của Bộ Nội vụ.\n"
        "đ) Định kỳ thứ Hai hàng tuần tổng hợp tình hình, kết quả thực hiện trình Đảng ủy.\n"
        "e) Lãnh đạo Sở họp giao ban vào thứ Hai hàng tuần.\n"
    )
    found = find_deadlines(text, 2026, date(2026, 5, 20))  # a Wednesday
    assert [(d.due_date, d.recurrence) for d in found] == [
        (date(2026, 5, 22), "weekly"),
        (date(2026, 5, 25), "weekly"),
    ]


def test_a_day_of_the_following_month_recurs() -> None:
    text = (
        "2. Định kỳ hằng tháng, doanh nghiệp trích nộp đóng góp vào Quỹ theo số lượng lao động "
        "trong tháng, chậm nhất là ngày 10 của tháng tiếp theo.\n"
        "3. Doanh nghiệp cung cấp dịch vụ Internet định kỳ hàng quý (trước ngày 15 của tháng kế "
        "tiếp) báo cáo về Sở Thông tin và Truyền thông.\n"
    )
    found = find_deadlines(text, 2025, date(2025, 9, 5))
    assert [(d.due_date, d.recurrence) for d in found] == [
        (date(2025, 10, 10), "monthly"),
        (date(2025, 10, 15), "quarterly"),  # the quarter ends in September: 15 October
    ]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # «thì», «nếu», «khi» read as written: «thị xã», «nêu», «Chỉ thị» are none of them
        (
            "Các xã thực hiện các nhiệm vụ nêu trên, báo cáo kết quả trước ngày 15/12/2026 về "
            "UBND thị xã.",
            date(2026, 12, 15),
        ),
        (
            "Đối với UBND các xã: hoàn thành trước ngày 30/6/2026 việc triển khai Chỉ thị số 5.",
            date(2026, 6, 30),
        ),
        # a limit counted from receiving this very document, named a few words on
        (
            "Trong thời hạn 10 ngày kể từ ngày nhận được văn bản hướng dẫn này, các xã gửi báo "
            "cáo.",
            date(2026, 2, 20),
        ),
        # a short month's window ends on its last day
        (
            "Lãnh đạo khoa gởi biên bản cho phòng Thanh tra từ ngày 25 đến 30 hàng tháng.",
            date(2026, 2, 28),
        ),
    ],
)
def test_what_a_rule_must_not_take_away(sentence: str, due: date) -> None:
    [found] = find_deadlines(sentence, 2026, date(2026, 2, 10))
    assert found.due_date == due


@pytest.mark.parametrize(
    "sentence",
    [
        # said once, or a yearly period's: to review, never a confident monthly date
        "Kết thúc đợt kiểm tra tháng 11/2026, Đoàn gửi báo cáo chậm nhất là ngày 10 của tháng "
        "tiếp theo.",
        "Các đơn vị báo cáo số liệu về mặt hàng quy định, chậm nhất là ngày 10 của tháng tiếp "
        "theo.",
    ],
)
def test_a_following_month_without_a_repeating_word_is_to_review(sentence: str) -> None:
    [found] = find_deadlines(sentence, 2026, date(2026, 2, 10))
    assert (found.due_date, found.needs_review) == (None, True)


def test_june_in_words_is_no_following_month() -> None:
    [found] = find_deadlines(
        "Các đơn vị nộp hồ sơ trước ngày 15 tháng sáu.", 2026, date(2026, 2, 10)
    )
    assert (found.due_date, found.needs_review) == (date(2026, 6, 15), False)


def test_a_day_of_the_next_year_is_each_years() -> None:
    text = (
        "Đối với các cơ quan có tính chất đặc thù chưa tổng kết vào dịp cuối năm thì cấp trên "
        "trực tiếp hướng dẫn thực hiện hoàn thành trước ngày 15 tháng 01 năm sau."
    )
    [found] = find_deadlines(text, 2025, date(2025, 12, 19))
    assert (found.due_date, found.recurrence) == (date(2026, 1, 15), "yearly")  # not 15/01/2025


def test_at_the_latest_some_days_from_signing_and_the_documents_own_publication() -> None:
    signed = date(2008, 3, 10)
    [found] = find_deadlines("Các phòng báo cáo chậm nhất là 07 ngày, kể từ ngày ký.", 2008, signed)
    assert (found.due_date, found.computed) == (date(2008, 3, 17), True)
    # the decision's own publication: no one's task
    own = (
        "Quyết định này có hiệu lực sau 10 ngày và được đăng báo chậm nhất là 05 ngày, "
        "kể từ ngày ký."
    )
    assert find_deadlines(own, 2008, signed) == []


def test_a_monthly_report_due_on_the_day_of_issue_is_next_months() -> None:
    [found] = find_deadlines(
        "Các đơn vị gửi báo cáo về Bảo hiểm xã hội tỉnh trước ngày 28 hàng tháng.",
        2010,
        date(2010, 6, 28),
    )
    assert (found.due_date, found.recurrence) == (date(2010, 7, 28), "monthly")


def test_the_works_own_time_until_the_end_of_a_day_is_its_deadline() -> None:
    text = (
        "Giao Phòng Nội vụ phối hợp cùng UBND các phường, xã rà soát danh sách và gửi về Văn "
        "phòng. Thời gian thực hiện là đến hết ngày 15/7/2022./."
    )
    [found] = find_deadlines(text, 2022, date(2022, 7, 1))
    assert found.due_date == date(2022, 7, 15)
    # a period from one day to another is how long the work runs, no deadline
    assert (
        find_deadlines("Thời gian thực hiện từ ngày 01/7/2022 đến hết ngày 15/7/2022.", 2022) == []
    )


def test_a_place_named_truc_before_its_date_is_no_before() -> None:
    # «Nam Trực ngày …», the place-date's comma lost: «Trực» is no OCR'd «trước»
    assert find_deadlines("   Nam Trực ngày 22 tháng 9  năm 2017", 2017, date(2017, 9, 22)) == []
    [found] = find_deadlines("Gửi báo cáo trưc ngày 25/9/2017.", 2017, date(2017, 9, 22))
    assert found.due_date == date(2017, 9, 25)


def test_each_quarter_its_first_month_named_alone() -> None:
    text = (
        "Hằng quý, trước ngày 20 của tháng đầu tiên, Ngân hàng Chính sách xã hội báo cáo kết quả."
    )
    [found] = find_deadlines(text, 2025, date(2025, 11, 10))
    assert (found.due_date, found.recurrence) == (date(2026, 1, 20), "quarterly")
    # without «hằng quý» before it, «tháng đầu tiên» names no month
    assert all(
        d.due_date is None
        for d in find_deadlines(
            "Trước ngày 20 của tháng đầu tiên, nộp hồ sơ.", 2025, date(2025, 11, 10)
        )
    )
    # the bank does the work, not the ward
    dated = f"Số: 338/2025/NĐ-CP\nHà Nội, ngày 10 tháng 11 năm 2025\nNGHỊ ĐỊNH\n{text}\n"
    [task] = [t for t in propose(dated).tasks if t.due_date]
    assert (task.due_date, task.for_ward) == (date(2026, 1, 20), False)


def test_a_date_in_the_grounds_cited_is_no_task_a_task_after_its_ground_is() -> None:
    cited = (
        "Căn cứ Tờ trình số 30/TTr-UBND của Ủy ban nhân dân quận về danh mục đầu tư "
        "xây dựng cơ bản trong năm 2008;"
    )
    assert find_deadlines(cited, 2008, date(2008, 1, 5)) == []
    task = "Căn cứ kết quả rà soát, các phường báo cáo trước ngày 30/6/2008."
    [found] = find_deadlines(task, 2008, date(2008, 1, 5))
    assert found.due_date == date(2008, 6, 30)


def test_a_time_line_after_the_work_gives_the_work_as_the_task() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BIÊN HÒA\n\nSố: 82/UBND-VP\nV/v rà soát\n\n"
        "Biên Hòa, ngày 22 tháng 6 năm 2021\n\nKính gửi: Phòng Nội vụ.\n\n"
        "Giao Phòng Nội vụ phối hợp cùng UBND các phường, xã rà soát danh sách và gửi về Văn "
        "phòng. Thời gian thực hiện là đến hết ngày 28/6/2021./.\n"
    )
    [task] = [t for t in propose(text).tasks if t.due_date]
    assert task.due_date == date(2021, 6, 28)
    assert task.text.startswith("Giao Phòng Nội vụ phối hợp")


def test_milestones_in_one_sentence_each_give_their_month() -> None:
    text = (
        "Nhà thầu lập kế hoạch đáp ứng các mốc tiến độ sau: hoàn thành đóng cọc trong tháng "
        "6/2024 (riêng cầu Cái Răng trong tháng 7/2024); đổ bê tông xong toàn bộ mố cầu trong "
        "tháng 9/2024 để kịp thông xe; thông tuyến trong tháng 12/2024."
    )
    found = [d.due_date for d in find_deadlines(text, 2024, date(2024, 5, 2))]
    assert found == [date(2024, 6, 30), date(2024, 7, 31), date(2024, 9, 30), date(2024, 12, 31)]
    # a bracket that says no time is no end of the clause
    spent = "Điều chuyển số vốn không có khả năng giải ngân trong năm 2024 (khoảng 300 tỷ đồng)."
    assert find_deadlines(spent, 2024, date(2024, 5, 2)) == []


def test_what_was_done_by_a_date_is_no_task_what_must_be_done_is() -> None:
    done = (
        "Thực hiện nhiệm vụ của cấp quyết định đầu tư đối với các dự án đã được UBND cấp "
        "huyện quyết định đầu tư theo quy định tại khoản 4 Điều 38 Luật Đầu tư công trước "
        "ngày 01/7/2025 và được giao cho UBND cấp xã làm chủ đầu tư."
    )
    assert find_deadlines(done, 2025, None) == []
    due = "Các dự án đã được giao, chủ đầu tư hoàn thành hồ sơ trước ngày 01/12/2025."
    assert [d.due_date for d in find_deadlines(due, 2025, None)] == [date(2025, 12, 1)]
    opens = "Các xã đã được phân công, trước ngày 15/12/2025 báo cáo kết quả."
    assert [d.due_date for d in find_deadlines(opens, 2025, None)] == [date(2025, 12, 15)]


def test_a_month_whose_clause_goes_on_with_what_it_holds_is_due() -> None:
    text = (
        "Yêu cầu các Ban QLDA khẩn trương thực hiện: - Hoàn thiện thủ tục phê duyệt điều chỉnh "
        "dự án trong tháng 8/2025, bao gồm cả việc điều chỉnh tổng mức đầu tư."
    )
    assert [d.due_date for d in find_deadlines(text, 2025, date(2025, 7, 15))] == [
        date(2025, 8, 31)
    ]


def test_what_a_report_is_to_tell_is_no_task_when_to_send_it_is() -> None:
    text = (
        "1. Nội dung báo cáo\n1.4. Các kiến nghị, đề xuất.\n"
        "1.5. Phương hướng, nhiệm vụ và giải pháp thực hiện công tác văn phòng trong năm 2026.\n"
        "2. Báo cáo gửi về Văn phòng trước ngày 20/12/2025.\n"
    )
    assert [d.due_date for d in find_deadlines(text, 2025, date(2025, 12, 1))] == [
        date(2025, 12, 20)
    ]


def test_the_first_half_of_a_month_and_a_draft_named_after_its_time() -> None:
    half = "Bộ Xây dựng trình phê duyệt chủ trương đầu tư Dự án trong nửa đầu tháng 9 năm 2024."
    assert [d.due_date for d in find_deadlines(half, 2024, date(2024, 8, 1))] == [date(2024, 9, 15)]
    named = (
        "Giao Bộ Tư pháp xây dựng trình Chính phủ trong tháng 10 năm 2024 Nghị\n"
        "định quy định về việc quản lý phương tiện."
    )
    assert [d.due_date for d in find_deadlines(named, 2024, date(2024, 8, 1))] == [
        date(2024, 10, 31)
    ]


def test_standing_rules_of_a_decree_each_year_and_what_is_no_task() -> None:
    issued = date(2025, 12, 30)
    yearly = [
        ("Chậm nhất tháng 7 hàng năm, các liên đoàn đề xuất các giải thể thao.", date(2026, 7, 31)),
        (
            "Liên đoàn đề xuất đăng cai giải chậm nhất ngày 01 tháng 7 của năm trước năm đề nghị "
            "đăng cai để Cục tổng hợp.",
            date(2026, 7, 1),
        ),
        ("Các cơ sở phải báo cáo trước ngày15 tháng 01 hằng năm.", date(2026, 1, 15)),
    ]
    for text, due in yearly:
        [found] = find_deadlines(text, 2025, issued)
        assert (found.due_date, found.recurrence) == (due, "yearly"), text
    in_force = "Chương IV Nghị định này được thực hiện đến trước ngày 01 tháng 3 năm 2027."
    done = (
        "d) Đối với các dự án trước ngày 01 tháng 01 năm 2026 đã có văn bản chấp thuận của Ủy "
        "ban nhân dân cấp tỉnh thì tiếp tục thực hiện."
    )
    assert find_deadlines(in_force, 2025, issued) == []
    assert find_deadlines(done, 2025, issued) == []


def test_a_central_bodys_rule_that_names_no_doer_is_followed_not_ticked() -> None:
    head = (
        "BỘ CÔNG THƯƠNG\nSố: 12/2026/TT-BCT\nHà Nội, ngày 10 tháng 3 năm 2026\nTHÔNG TƯ\nVề {}\n\n"
    )
    rule = "Hằng năm, các cơ sở sản xuất báo cáo về Bộ trước ngày 31 tháng 3 hằng năm.\n"
    [task] = [t for t in propose(head.format("năng lượng") + rule).tasks if t.due_date]
    assert task.for_ward is False
    assert task.reason.startswith("Văn bản của Bộ Công Thương")
    # a ward's own letter that names no doer is the ward's
    own = rule.replace("Bộ", "Văn phòng")
    ward = f"ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC\nSố: 3-CV/ĐU\nLê Ích Mộc, ngày 10 tháng 3 năm 2026\n\n{own}"
    [task] = [t for t in propose(ward).tasks if t.due_date]
    assert task.for_ward is True


def test_what_stays_valid_is_no_task_a_budget_set_by_a_year_is() -> None:
    valid = (
        "Giấy chứng nhận đã cấp theo mẫu ban hành kèm theo Hướng dẫn 231/ĐK trước ngày "
        "20/06/2024 vẫn có giá trị đến hết thời hạn ghi trên giấy."
    )
    assert find_deadlines(valid, 2024, date(2024, 6, 5)) == []
    budget = (
        "b) Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan bố trí đủ nguồn kinh phí "
        "trong năm 2025 theo\nđúng quy định pháp luật."
    )
    assert [d.due_date for d in find_deadlines(budget, 2025, date(2025, 3, 5))] == [
        date(2025, 12, 31)
    ]


def test_a_period_counted_from_another_papers_day_is_a_standing_rule() -> None:
    issued = date(2026, 1, 10)
    others = (
        "Quỹ gửi văn bản thỏa thuận hợp tác trong vòng 07 ngày làm việc kể từ ngày ký kết.",
        "Trong thời hạn 03 ngày làm việc, kể từ ngày ban hành Quyết định thành lập, cơ quan "
        "gửi Quyết định cho Sở Nội vụ.",
        "Cơ quan gửi văn bản đến chủ thể giám sát trong thời hạn 05 ngày làm việc kể từ ngày "
        "ban hành văn bản quy phạm pháp luật.",
    )
    for text in others:
        assert find_deadlines(text, 2026, issued) == [], text
    own = "Các xã báo cáo trong thời hạn 05 ngày làm việc kể từ ngày ban hành văn bản này."
    [found] = find_deadlines(own, 2026, issued)
    assert found.computed and found.due_date == date(2026, 1, 16)


def test_a_reporting_regimes_monthly_and_quarterly_days() -> None:
    issued = date(2025, 12, 24)
    cases = [
        ("a) Báo cáo tháng: Trước ngày 15 của tháng báo cáo;", date(2026, 1, 15), "monthly"),
        (
            "Chậm nhất ngày 25 (hai mươi lăm) của tháng, quý, 6 tháng và năm báo cáo.",
            date(2025, 12, 25),
            "monthly",
        ),
        (
            "Định kỳ vào ngày 20 hằng tháng, Công an cấp xã phối hợp rà soát các trường hợp.",
            date(2026, 1, 20),
            "monthly",
        ),
        # the first working days of January 2026, its New Year's Day off
        (
            "Định kỳ hằng tháng, trong thời hạn 03 ngày làm việc đầu tiên của tháng, phải nộp "
            "báo cáo tình hình.",
            date(2026, 1, 6),
            "monthly",
        ),
        (
            "Trong thời hạn 05 ngày đầu của tháng đầu trong quý, người được chỉ định gửi báo cáo.",
            date(2026, 1, 5),
            "quarterly",
        ),
    ]
    for text, due, every in cases:
        [found] = find_deadlines(text, 2025, issued)
        assert (found.due_date, found.recurrence) == (due, every), text
    # a meeting on a day each month is no task; a named month's first days are no rule
    for text in (
        "Giao ban vào ngày 05 hằng tháng để đánh giá công việc.",
        "Trong 05 ngày đầu của tháng 3, các xã tổ chức ra quân.",
    ):
        assert find_deadlines(text, 2025, issued) == [], text


def test_working_days_skip_the_public_holidays() -> None:
    # Tết 2026: 10 working days from 05/02/2026 end after the lunar new year's days off
    [found] = find_deadlines(
        "Trong vòng 10 ngày làm việc kể từ ngày ký, các xã báo cáo.", 2026, date(2026, 2, 5)
    )
    assert found.computed and found.due_date == date(2026, 2, 26)


def test_a_yearly_report_said_in_the_sentence_before_and_who_is_meant_by_a_date() -> None:
    issued = date(2025, 12, 29)
    text = (
        "3. Người kinh doanh dịch vụ thực hiện chế độ báo cáo định kỳ hằng năm theo Mẫu số 04. "
        "Báo cáo gửi về Bộ chậm nhất vào ngày 25 tháng 11 và báo cáo đột xuất khi có yêu cầu."
    )
    [found] = find_deadlines(text, 2025, issued)
    assert (found.due_date, found.recurrence) == (date(2026, 11, 25), "yearly")
    meant = (
        "d) Học viên đào tạo theo quyết định của Thủ tướng trước ngày 01 tháng 01 năm 2025 "
        "đang hưởng sinh hoạt phí thì tham gia bảo hiểm y tế."
    )
    assert find_deadlines(meant, 2025, issued) == []


def test_a_yearly_month_that_opens_its_item_with_the_work_after_it() -> None:
    issued = date(2026, 3, 12)
    work = "a) Tháng 8 hằng năm, cơ sở giáo dục mầm non tổ chức phổ biến, hướng dẫn cho cha mẹ."
    [found] = find_deadlines(work, 2026, issued)
    assert (found.due_date, found.recurrence) == (date(2026, 8, 31), "yearly")
    assert (
        find_deadlines("Tháng 8 hằng năm là mùa mưa bão ở các tỉnh ven biển.", 2026, issued) == []
    )


def test_a_yearly_month_ending_on_the_day_of_issue_falls_on_its_next_turn() -> None:
    text = "Định kỳ tháng 12 hằng năm, các xã báo cáo kết quả rà soát."
    [found] = find_deadlines(text, 2025, date(2025, 12, 31))
    assert (found.due_date, found.recurrence) == (date(2026, 12, 31), "yearly")


def test_a_daily_report_over_a_named_period_is_first_due_on_its_first_day() -> None:
    issued = date(2026, 1, 20)
    span = (
        "Các phường tổ chức trực trong 07 ngày nghỉ Tết, từ ngày 14 tháng 02 năm 2026 đến hết "
        "ngày 20 tháng 02 năm 2026, báo cáo nhanh trước 10 giờ hằng ngày về Thường trực Đảng ủy."
    )
    [found] = find_deadlines(span, 2026, issued)
    assert (found.due_date, found.time, found.recurrence) == (date(2026, 2, 14), "10:00", "daily")
    holiday = "Các tổ dân phố báo cáo trước 9h hằng ngày trong dịp nghỉ lễ 30/4-01/5."
    [found] = find_deadlines(holiday, 2026, date(2026, 4, 20))
    assert (found.due_date, found.recurrence) == (date(2026, 4, 30), "daily")
    # a period already open on the day of issue: from the day of issue, as before
    [found] = find_deadlines(holiday, 2026, date(2026, 4, 30))
    assert found.due_date == date(2026, 4, 30)


def test_a_limit_counted_from_issuing_a_document_the_rule_speaks_of_is_standing() -> None:
    issued = date(2026, 3, 2)
    rule = (
        "Cơ quan đã ban hành văn bản có trách nhiệm gửi văn bản đến cơ quan kiểm tra trong "
        "thời hạn 05 ngày làm việc kể từ ngày ban hành văn bản, trừ khi luật quy định khác."
    )
    assert find_deadlines(rule, 2026, issued) == []
    this = "Các phường báo cáo trong thời hạn 05 ngày làm việc kể từ ngày ban hành văn bản."
    [found] = find_deadlines(this, 2026, issued)
    assert (found.due_date, found.computed) == (date(2026, 3, 9), True)
    signed = "Quyết định kiểm tra phải được công bố chậm nhất là 10 ngày kể từ ngày ký."
    assert find_deadlines(signed, 2026, issued) == []
    named = (
        "Đề nghị các phường triển khai Quyết định số 12/QĐ-UBND, báo cáo kết quả trong vòng "
        "10 ngày kể từ ngày ký."
    )
    [found] = find_deadlines(named, 2026, issued)
    assert (found.due_date, found.computed) == (date(2026, 3, 12), True)


def test_a_second_day_of_the_same_rule_after_a_bracket_aside() -> None:
    text = (
        "Các phường gửi báo cáo chậm nhất vào ngày 10 tháng 7 của năm báo cáo (đối với báo cáo "
        "06 tháng) và ngày 20 tháng 01 của năm tiếp sau (đối với báo cáo năm)."
    )
    half, year = find_deadlines(text, 2026, date(2026, 2, 3))
    assert (half.due_date, half.recurrence) == (date(2026, 7, 10), "yearly")
    assert (year.phrase, year.due_date, year.recurrence) == (
        "ngày 20 tháng 01",
        date(2027, 1, 20),
        "yearly",
    )


@pytest.mark.parametrize(
    ("text", "due", "every"),
    [
        (
            "Thời hạn gửi báo cáo năm chậm nhất vào ngày 25 của tháng đầu năm liền kề tiếp theo.",
            date(2027, 1, 25),
            "yearly",
        ),
        (
            "Hằng quý, các xã nộp kinh phí chậm nhất vào ngày cuối cùng của tháng đầu quý liền "
            "kề sau.",
            date(2026, 4, 30),
            "quarterly",
        ),
        (
            "Các trường nộp tiền chậm nhất ngày cuối cùng tháng đầu năm ngân sách.",
            date(2027, 1, 31),
            "yearly",
        ),
        (
            "Các phường công bố thông tin định kỳ quý: trước ngày 15 tháng đầu tiên của quý sau.",
            date(2026, 4, 15),
            "quarterly",
        ),
    ],
)
def test_a_day_of_the_first_month_of_the_next_year_or_quarter(
    text: str, due: date, every: str
) -> None:
    [found] = find_deadlines(text, 2026, date(2026, 2, 3))
    assert (found.due_date, found.recurrence) == (due, every)


def test_a_yearly_payment_month_is_a_deadline() -> None:
    text = (
        "Tiền hỗ trợ chi 02 lần: lần 1 chi trả vào tháng 9 hằng năm; "
        "lần 2 chi trả vào tháng 3 hằng năm."
    )
    first, second = find_deadlines(text, 2026, date(2026, 2, 3))
    assert (first.due_date, second.due_date) == (date(2026, 9, 30), date(2026, 3, 31))
    assert first.recurrence == second.recurrence == "yearly"


def test_what_an_earlier_letter_asked_is_told_not_asked_again() -> None:
    issued = date(2026, 3, 2)
    told = (
        "Đồng thời, Ủy ban nhân dân thành phố đã yêu cầu các phường hoàn thành việc số hóa "
        "hồ sơ trong năm 2026. Nay đề nghị các phường báo cáo tiến độ trước ngày 20/3/2026 "
        "và bảo đảm hoàn thành số hóa trong năm 2026."
    )
    first, again = find_deadlines(told, 2026, issued)
    assert (first.due_date, again.due_date) == (date(2026, 3, 20), date(2026, 12, 31))
    assert again.start > told.index("Nay")  # the day asked now, not the one told before
    bare = unicodedata.normalize("NFD", told.replace("đ", "d").replace("Đ", "D"))
    unmarked = "".join(c for c in bare if not unicodedata.combining(c))  # OCR lost the marks
    first, again = find_deadlines(unmarked, 2026, issued)
    assert again.start > unmarked.index("Nay")
    again = "Các phường hoàn thành các nhiệm vụ đã giao trước ngày 30/6/2026."
    [found] = find_deadlines(again, 2026, issued)
    assert found.due_date == date(2026, 6, 30)


def test_a_years_goal_is_no_deadline() -> None:
    issued = date(2026, 2, 2)
    goal = "Điều 1. Giao chỉ tiêu giảm tai nạn giao thông trên địa bàn phường trong năm 2026."
    assert find_deadlines(goal, 2026, issued) == []
    held = "Các tổ dân phố kiềm chế và giảm thiểu tai nạn giao thông trên địa bàn trong năm 2026."
    assert find_deadlines(held, 2026, issued) == []
    work = "Các tổ dân phố tổ chức tuyên truyền về an toàn giao thông trong năm 2026."
    [found] = find_deadlines(work, 2026, issued)
    assert found.due_date == date(2026, 12, 31)


def test_quarterly_reports_for_three_quarters_skip_the_fourths() -> None:
    issued = date(2025, 12, 20)
    three = (
        "2. Các phường báo cáo định kỳ hằng quý (báo cáo quý I, II và III) và hằng năm. Kỳ "
        "báo cáo quý tính từ ngày 01 tháng đầu quý; thời hạn nộp báo cáo chậm nhất là ngày 15 "
        "của tháng đầu tiên quý tiếp theo."
    )
    [found] = find_deadlines(three, 2025, issued)
    assert (found.due_date, found.recurrence) == (date(2026, 4, 15), "quarterly")
    every = three.replace(" (báo cáo quý I, II và III)", "")
    [found] = find_deadlines(every, 2025, issued)
    assert found.due_date == date(2026, 1, 15)
    folded_in = (
        "1. Các ban gửi báo cáo hằng quý chậm nhất là ngày 10 của tháng đầu tiên của quý tiếp "
        "theo.\nKết quả trong quý IV được tổng hợp chung trong báo cáo hằng năm.\n"
    )
    [found] = find_deadlines(folded_in, 2025, issued)
    assert found.due_date == date(2026, 4, 10)


def test_a_day_of_a_year_the_rule_names_by_its_work_is_no_deadline() -> None:
    rule = (
        "(i) Các vi phạm chưa được xác nhận hoàn thành khắc phục trước ngày 31 tháng 12 năm "
        "xếp hạng;"
    )
    assert find_deadlines(rule, 2026, date(2026, 1, 5)) == []
    plain = "Các phường hoàn thành khắc phục trước ngày 31 tháng 12 năm nay."
    [found] = find_deadlines(plain, 2026, date(2026, 1, 5))
    assert found.due_date == date(2026, 12, 31)


def test_a_months_first_days_said_after_a_semicolon_of_a_monthly_duty() -> None:
    text = (
        "Hằng tháng, Công an phường có trách nhiệm rà soát danh sách; trong thời hạn 10 ngày "
        "đầu tháng gửi văn bản đề nghị các tổ dân phố cập nhật."
    )
    [found] = find_deadlines(text, 2026, date(2026, 3, 16))
    assert (found.due_date, found.recurrence) == (date(2026, 4, 10), "monthly")


def test_a_day_to_hand_something_in() -> None:
    text = (
        "3. Hạn nộp hồ sơ đăng ký dự thi của các tổ dân phố vào ngày 27/02/2026 tại Văn phòng "
        "Đảng ủy, riêng bài dự thi nộp cho Ban tổ chức vào ngày 16/3/2026."
    )
    first, second = find_deadlines(text, 2026, date(2026, 2, 2))
    assert (first.due_date, second.due_date) == (date(2026, 2, 27), date(2026, 3, 16))
    assert find_deadlines("Lễ khai mạc vào ngày 16/3/2026 tại hội trường.", 2026, None) == []


def test_a_reporting_regimes_day_in_the_last_month_of_its_period() -> None:
    issued = date(2026, 2, 13)
    yearly = (
        "1. Các phường thực hiện báo cáo định kỳ hằng năm.\n"
        "2. Thời hạn gửi báo cáo: các phường gửi báo cáo cho Ủy ban nhân dân thành phố chậm nhất "
        "vào ngày 20 của tháng cuối kỳ báo cáo.\n"
    )
    [found] = find_deadlines(yearly, 2026, issued)
    assert (found.due_date, found.recurrence) == (date(2026, 12, 20), "yearly")
    quarterly = (
        "- Báo cáo quý I từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 3.\n"
        "- Ủy ban nhân dân cấp xã gửi báo cáo chậm nhất vào ngày 17 của tháng cuối thuộc kỳ "
        "báo cáo.\n"
        "- Trong trường hợp cần thiết, Ủy ban nhân dân cấp tỉnh quy định thời hạn khác nhưng "
        "đảm bảo gửi báo cáo chậm nhất vào ngày 17 của tháng cuối thuộc kỳ báo cáo.\n"
    )
    [found] = find_deadlines(quarterly, 2026, issued)  # the case restates the rule: one task
    assert (found.due_date, found.recurrence) == (date(2026, 3, 17), "quarterly")


def test_a_year_less_quarter_in_a_yearly_rule_and_a_goal_with_a_percentage() -> None:
    issued = date(2026, 5, 4)
    yearly = (
        "Hằng năm, Ủy ban kiểm tra Đảng ủy phường tổng hợp tình hình kê khai, báo cáo về "
        "Thành ủy. Việc báo cáo phải hoàn thành trong Quý I."
    )
    [found] = find_deadlines(yearly, 2026, issued)
    assert (found.due_date, found.recurrence) == (date(2027, 3, 31), "yearly")
    goal = "Phấn đấu đạt mục tiêu 20% tổ dân phố không ma túy ngay trong năm 2026."
    assert find_deadlines(goal, 2026, issued) == []


def test_a_window_to_sign_up_closes_on_its_last_day() -> None:
    issued = date(2026, 3, 2)
    labelled = "- Thời gian đăng ký: từ 03/3/2026 đến 12/3/2026 tại Văn phòng Đảng ủy."
    [found] = find_deadlines(labelled, 2026, issued)
    assert found.due_date == date(2026, 3, 12)
    dashed = "1. Thời gian đăng ký: từ 04/3/2026 – 07/3/2026 tại đường dẫn đính kèm."
    [found] = find_deadlines(dashed, 2026, issued)
    assert found.due_date == date(2026, 3, 7)
    opened = "Nhận đơn đăng ký kể từ ngày ra thông báo đến hết ngày 20/3/2026."
    [found] = find_deadlines(opened, 2026, issued)
    assert found.due_date == date(2026, 3, 20)
    work = "- Thời gian thực hiện: từ 03/3/2026 đến 12/3/2026."
    assert [d.due_date for d in find_deadlines(work, 2026, issued)] != [date(2026, 3, 12)]


def test_an_exams_thi_is_no_then() -> None:
    text = (
        "Đối với các tổ dân phố chưa nộp hồ sơ thì gia hạn việc nộp hồ sơ trước 15h00 ngày "
        "16/3/2026 để Ban tổ chức lập danh sách thi."
    )
    [found] = find_deadlines(text, 2026, date(2026, 3, 2))
    assert (found.due_date, found.time) == (date(2026, 3, 16), "15:00")


def test_a_tables_by_day_cell_whose_date_a_narrow_column_put_below() -> None:
    issued = date(2026, 3, 2)
    ocr = (
        "1. | Tổ chức cho các chi bộ đăng ký\nthi đua năm 2026\n\n"
        "Trước ngày | Văn phòng\n20/3/2026 | Đảng ủy\n\n"
        "2. Thông báo kết quả thi đua | Trước ngày\n\n= các chi bộ 30/3/2026 | Đảng ủy\n"
    )
    assert [d.due_date for d in find_deadlines(ocr, 2026, issued)] == [
        date(2026, 3, 20),
        date(2026, 3, 30),
    ]
    prose = "Các chi bộ hoàn thành trước ngày khai giảng\nnăm học mới, dự kiến 05/9/2026."
    assert [d.due_date for d in find_deadlines(prose, 2026, issued) if d.due_date] == []


def test_a_year_ocr_misread_far_ahead_is_no_date() -> None:
    [found] = find_deadlines("Nộp báo cáo trước ngày 30/01/7023.", 2023, date(2023, 1, 5))
    assert (found.due_date, found.needs_review) == (None, True)


def test_a_by_day_cell_and_a_sign_up_window_with_dotted_dates() -> None:
    issued = date(2026, 3, 2)
    cell = "Trước ngày | Văn phòng\n20.3.2026 | Đảng ủy\n"
    assert [d.due_date for d in find_deadlines(cell, 2026, issued)] == [date(2026, 3, 20)]
    window = "- Thời gian đăng ký: từ 03.3.2026 đến 12.3.2026 tại Văn phòng Đảng ủy."
    assert [d.due_date for d in find_deadlines(window, 2026, issued)] == [date(2026, 3, 12)]


def test_a_portals_emphasis_is_no_part_of_a_phrase_or_a_task() -> None:
    text = "Sở Tư pháp rà soát quy trình. Hoàn thành *trước ngày 21/11/2025.*"
    [found] = find_deadlines(text, 2025, date(2025, 11, 19))
    assert found.phrase == "Hoàn thành trước ngày 21/11/2025"
    [task] = [t for t in propose(text).tasks if t.due_date]
    assert "*" not in task.text


def test_a_progress_schedules_steps_in_figures_are_due_at_their_ends() -> None:
    text = (
        "2. Tiến độ thực hiện:\n"
        "- Trước ngày 10/10/2026: Các phường xây dựng kế hoạch;\n"
        "- Từ 10/10/2026 đến 25/11/2026: Các phường thu thập phiếu và bàn giao cho Phòng "
        "Văn hóa - Xã hội;\n"
        "- Từ 26/11 đến 20/12/2026: Kiểm tra, nhập phiếu vào phần mềm.\n"
    )
    found = [(d.due_date, d.phrase) for d in find_deadlines(text, 2026, date(2026, 10, 1))]
    assert found == [
        (date(2026, 10, 10), "Trước ngày 10/10/2026"),
        (date(2026, 11, 25), "Từ 10/10/2026 đến 25/11/2026"),
        (date(2026, 12, 20), "Từ 26/11 đến 20/12/2026"),
    ]


APPENDIX_AFTER_SIGNATURE = """Nơi nhận:
- UBND các xã, phường;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
|
**PHỤ LỤC**
DANH MỤC NHIỆM VỤ
|
**TT**
|
**Nội dung thực hiện**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn thành**
|
|
1
|
Kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã.
|
UBND cấp xã
|
Các sở, ngành
|
2026
|
|
2
|
Rà soát danh mục công trình phòng thủ dân sự, báo cáo Ban Chỉ huy.
|
Sở Xây dựng
|
Cơ quan liên quan
|
Tháng 6 hằng năm
|
"""


def test_an_appendix_table_run_on_after_the_signature_is_read_from_its_number_column() -> None:
    """Its header opens at «TT» though the Nơi nhận and the signature run into it; «Nội dung
    thực hiện» is the work, not who does it; a bare year and «Tháng 6 hằng năm» are due
    at the year's and at the next June's end."""
    tasks = propose(APPENDIX_AFTER_SIGNATURE.replace("Nơi", "Hà Nội, ngày 18/11/2026\n\nNơi", 1))
    dated = [(t.due_date, t.for_ward, t.text) for t in tasks.tasks]
    assert dated == [
        (date(2026, 12, 31), True, "Kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã."),
        (
            date(2027, 6, 30),
            False,
            "Rà soát danh mục công trình phòng thủ dân sự, báo cáo Ban Chỉ huy.",
        ),
    ]


def test_a_list_of_procedures_and_their_processing_times_gives_no_task() -> None:
    text = (
        "|\nSTT\n|\nTên thủ tục hành chính\n|\nThời hạn giải quyết\n|\n"
        "Văn bản quy định nội dung sửa đổi\n|\n|\n"
        "1\n|\nCấp giấy phép xây dựng\n|\nTrước ngày 15/12/2026\n|\nNghị định số 15/2021/NĐ-CP\n|\n"
    )
    assert schedule_rows(text, 2026) == []


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "4. Đề nghị Ủy ban MTTQ tỉnh giám sát. 5. Trong Quý II năm 2026, các đơn vị, địa "
            "phương xây dựng kế hoạch cụ thể để thực hiện các nhiệm vụ được giao.",
            date(2026, 6, 30),
        ),
        ("Trong tháng 7/2026, các phường gửi báo cáo về Sở Nội vụ.", date(2026, 7, 31)),
        ("Trong quý II năm 2026, toàn tỉnh đã xây dựng kế hoạch.", None),  # what was done
        ("Trong năm 2026, tỉnh được bố trí 7 tỷ đồng để ban hành …", None),  # what is given
        ("Trong tháng 01 năm 2026, tỉnh thực hiện trình tự, thủ tục.", None),  # no work asked
    ],
)
def test_a_period_that_opens_a_sentence_asking_work_is_its_deadline(
    sentence: str, due: date | None
) -> None:
    found = find_deadlines(sentence, 2026, date(2026, 4, 2))
    assert [d.due_date for d in found] == ([due] if due else [])


def test_a_yearly_month_opening_a_dashed_item_is_the_items_deadline() -> None:
    text = (
        "Điều 12. Chế độ báo cáo\n\n1. Chế độ báo cáo\n\n"
        "- Tháng 11 hằng năm, Trung tâm có văn bản báo cáo Đảng ủy phường về công tác bồi "
        "dưỡng, gồm: kết quả bồi dưỡng; số học viên.\n"
    )
    [task] = [t for t in propose(text.replace("Điều", "Hà Nội, ngày 01/12/2026\n\nĐiều", 1)).tasks]
    assert (task.due_date, task.phrase) == (date(2027, 11, 30), "Tháng 11 hằng năm")


def test_a_work_to_finish_in_a_year_then_how_is_due_by_its_end() -> None:
    sentence = (
        "Các nhà thầu tăng cường nhân lực để hoàn thành Dự án thành phần 1 thuộc Dự án cao "
        "tốc trong năm 2026, bảo đảm chất lượng, hiệu quả, an toàn công trình."
    )
    [found] = find_deadlines(sentence, 2026, date(2026, 3, 2))
    assert found.due_date == date(2026, 12, 31)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (*trước ngày 16/6*), tổng "
            "kết năm (trước ngày 20/11 hàng năm) báo cáo Sở Công Thương.",
            date(2027, 6, 16),
        ),
        ("Định kỳ 06 tháng (trước ngày 05 tháng 6), các phường báo cáo.", date(2027, 6, 5)),
        ("Định kỳ 6 tháng (trước thứ Sáu, ngày 18/6), các phường báo cáo.", date(2027, 6, 18)),
    ],
)
def test_a_half_years_report_is_due_on_its_day_of_the_year_after_the_issue(
    sentence: str, due: date
) -> None:
    # issued in November 2026: June's day already past this year, the first is next June's
    found = [d for d in find_deadlines(sentence, 2026, date(2026, 11, 20)) if d.due_date == due]
    assert [d.recurrence for d in found] == ["yearly"]
    assert not any(
        d.due_date and d.due_date.year == 2026 and d.due_date.month == 6
        for d in find_deadlines(sentence, 2026, date(2026, 11, 20))
    )


def test_a_paper_sent_up_after_a_target_is_due_by_its_period() -> None:
    sentence = (
        "3. Sở Công Thương hoàn thành việc rà soát phương án cắt giảm bảo đảm đạt mục tiêu cắt "
        "giảm tối thiểu 30%, trình Ủy ban nhân dân tỉnh phê duyệt **trong tháng 11 năm\n2026**."
    )
    [found] = find_deadlines(sentence, 2026, date(2026, 10, 2))
    assert found.due_date == date(2026, 11, 30)
    goal = "Giao chỉ tiêu giảm tai nạn giao thông trên cả 3 tiêu chí trong năm 2026."
    assert find_deadlines(goal, 2026, date(2026, 1, 5)) == []


def test_a_clause_after_a_comma_is_no_description_of_the_period() -> None:
    sentence = (
        "d) Bộ Nội vụ tham mưu ban hành Kế hoạch thu nhận mẫu hài cốt liệt sĩ chưa xác định\n"
        "được danh tính, hoàn thành trong tháng 11 năm 2025."
    )
    [found] = find_deadlines(sentence, 2025, date(2025, 11, 16))
    assert found.due_date == date(2025, 11, 30)
    assert find_deadlines("Số liệu đã được xác định trong năm 2025.", 2025, ISSUED) == []


def test_a_report_summed_up_by_another_body_within_a_day_is_due_that_day() -> None:
    sentence = (
        "l) Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ gửi Bộ Khoa học và Công nghệ tổng "
        "hợp, báo cáo Thủ tướng Chính phủ trong ngày 20 tháng 11 năm 2025."
    )
    [found] = find_deadlines(sentence, 2025, date(2025, 11, 16))
    assert found.due_date == date(2025, 11, 20)
    meeting = "Các đại biểu họp trong ngày 20 tháng 11 năm 2025 để báo cáo kết quả."
    assert find_deadlines(meeting, 2025, date(2025, 11, 16)) == []


def test_the_work_after_a_completions_deadline_is_its_period() -> None:
    sentence = (
        "đ) Bộ Xây dựng: Khẩn trương thành lập đoàn công tác hỗ trợ các thành phố xây dựng Đề "
        "án Đô thị thông minh, hoàn thành trong tháng 12 năm 2025, triển khai thực hiện\n"
        "trong năm 2026."
    )
    assert [d.due_date for d in find_deadlines(sentence, 2025, date(2025, 11, 16))] == [
        date(2025, 12, 31)
    ]


def test_a_list_of_works_each_with_its_period() -> None:
    sentence = (
        "hướng dẫn các bộ, ngành, địa phương thực hiện số hoá bằng cấp, chứng chỉ hoàn thành "
        "và tổ chức triển khai ngay trong tháng 12 năm\n2025, số hoá 100% dữ liệu văn bằng, "
        "chứng chỉ trong năm 2026."
    )
    dues = [d.due_date for d in find_deadlines(sentence, 2025, date(2025, 11, 16))]
    assert date(2025, 12, 31) in dues


def test_a_matter_settled_within_a_month() -> None:
    sentence = (
        "c) Về việc thỏa thuận giao cắt tuyến ống: Ủy ban nhân dân Thành phố xử lý dứt điểm "
        "trong tháng 11\nnăm 2025, bảo đảm đưa vào vận hành cung cấp khí cho Trung tâm."
    )
    [found] = find_deadlines(sentence, 2025, date(2025, 11, 20))
    assert found.due_date == date(2025, 11, 30)


def test_the_monthly_and_the_quarterly_reports_days_of_one_sentence() -> None:
    sentence = (
        "c) Định kỳ, các cơ quan gửi báo cáo giá thị trường về Sở Tài chính trước ngày 01 của "
        "tháng tiếp theo sau tháng kỳ báo cáo đối với báo cáo tháng và trước ngày 03 của tháng "
        "tiếp theo sau tháng cuối cùng của kỳ báo cáo\nđối với báo cáo quý, 6 tháng, 9 tháng và "
        "cả năm."
    )
    found = find_deadlines(sentence, 2025, date(2025, 11, 28))
    assert [(d.due_date, d.recurrence) for d in found] == [
        (date(2025, 12, 1), "monthly"),
        (date(2026, 1, 3), "quarterly"),
    ]


_RULE = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 84/2025/QĐ-UBND\nBắc Ninh, ngày 28 tháng 11 năm 2025\n"
    "QUY ĐỊNH\nPhân công nhiệm vụ quản lý nhà nước\n\n"
)


def test_a_line_department_is_another_body() -> None:
    p = propose(
        _RULE + "a) Sở quản lý ngành, lĩnh vực\ncó trách nhiệm rà soát danh sách kê khai giá, "
        "gửi Sở\nTài chính trước ngày 25 tháng 01 hàng năm.\n"
    )
    assert [(t.due_date, t.for_ward) for t in p.tasks] == [(date(2026, 1, 25), False)]


def test_an_article_label_broken_from_its_number_still_names_whose_clauses_they_are() -> None:
    p = propose(
        _RULE + "**Điều\n19. Trách nhiệm của Sở Khoa học và Công nghệ**\n\n1. Chủ trì, "
        "hướng dẫn, kiểm tra việc xây dựng hạ tầng.\n\n2. Chủ trì, phối hợp với\ndoanh nghiệp "
        "viễn thông triển khai các kế hoạch; hoàn thành tổng hợp, trình phê duyệt trước 30/12 "
        "hằng\nnăm.\n"
    )
    assert [(t.due_date, t.for_ward) for t in p.tasks if t.due_date] == [
        (date(2025, 12, 30), False)
    ]


def test_a_list_whose_commune_level_the_head_would_have_cut() -> None:
    p = propose(
        _RULE + "2. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy\nban nhân dân các xã, "
        "phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm\nthi hành Quy chế này. "
        "Định kỳ trước ngày 15/12 hằng năm báo cáo kết quả thực hiện\nvề Ủy ban nhân dân tỉnh "
        "(qua Sở Dân tộc và Tôn giáo) để theo dõi.\n"
    )
    assert [(t.due_date, t.for_ward) for t in p.tasks] == [(date(2025, 12, 15), True)]


_NOTICE = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 624/TB-VPCP\nHà Nội, ngày 16 tháng 11 năm 2025\nTHÔNG BÁO\n"
    "Kết luận phiên họp\n\n1. Các bộ, ngành báo cáo Thủ tướng Chính phủ trước ngày 10 tháng "
    "12 năm 2025.\n\nNơi nhận:\n- Các bộ;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nPhạm Mạnh Cường\n\n"
)


def test_an_annex_reporting_on_earlier_tasks_gives_none() -> None:
    annexes = (
        "**PHỤ LỤC I**\nTỔNG HỢP CÁC NHIỆM VỤ CHẬM MUỘN THEO VĂN BẢN ĐÔN ĐỐC CỦA\nBAN CHỈ ĐẠO\n"
        "|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời hạn hoàn thành**\n|\n|\n"
        "1.\n|\nXây dựng kế hoạch, gửi về Văn phòng trước ngày 18/10/2025.\n|\nCác bộ\n|\n"
        "18/10/2025\n|\n|\n2.\n|\nRà soát các quy định pháp luật\n|\nCác bộ, ngành\n|\n"
        "30/06/2025\n|\n\n**PHỤ LỤC II**\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ TẠI THÔNG BÁO KẾT LUẬN SỐ\n"
        "552/TB-VPCP\n- Hoàn thành bộ công cụ đo lường trong tháng 10/2025: đã hoàn thành.\n"
    )
    p = propose(_NOTICE + annexes)
    assert [t.due_date for t in p.tasks if t.due_date] == [date(2025, 12, 10)]
    # the same copy with its marks lost («PHU LUC I», «KET QUA THUC HIEN …»)
    bare = "".join(
        ch
        for ch in unicodedata.normalize("NFD", _NOTICE + annexes)
        if not unicodedata.combining(ch)
    ).replace("Đ", "D")
    assert [t.due_date for t in propose(bare).tasks if t.due_date] == [date(2025, 12, 10)]
    plan = _NOTICE + "**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ\n- Hoàn thành đề án trước ngày 20/12/2025.\n"
    assert date(2025, 12, 20) in [t.due_date for t in propose(plan).tasks]


def test_a_table_naming_the_document_that_gave_each_task_reports_on_them() -> None:
    table = (
        "| STT | Nhiệm vụ | Văn bản giao nhiệm vụ | Cơ quan chủ trì | Thời hạn hoàn thành |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Rà soát các quy định | Nghị quyết số 71/NQ-CP | Các bộ | 30/06/2025 |\n"
        "| 2 | Xây dựng cơ sở dữ liệu | Kế hoạch số 02-KH/BCĐTW | Bộ Công an | 31/10/2025 |\n"
    )
    p = propose(
        _NOTICE.replace("\nNơi nhận:", "\n2. Các nhiệm vụ chậm:\n\n" + table + "\nNơi nhận:")
    )
    assert [t.due_date for t in p.tasks if t.due_date] == [date(2025, 12, 10)]


def test_a_periodic_report_on_a_day_of_a_month_comes_once_a_year() -> None:
    sentence = (
        "Các cơ quan thực hiện báo cáo định kỳ (trước ngày 15 tháng 12), đột xuất tình hình "
        "quản lý và sử dụng Hệ thống thư điện tử công vụ về Sở Khoa học và Công nghệ."
    )
    [found] = find_deadlines(sentence, 2025, date(2025, 11, 20))
    assert (found.due_date, found.recurrence) == (date(2025, 12, 15), "yearly")
    once = "Các cơ quan gửi báo cáo (trước ngày 15 tháng 12) về Sở."
    assert [d.recurrence for d in find_deadlines(once, 2025, date(2025, 11, 20))] == [None]


def test_a_completion_by_the_period_a_roadmap_gave() -> None:
    sentence = (
        "- Khẩn trương hoàn thành thực thi phương án đơn giản hóa TTHC đã được phê duyệt theo "
        "đúng lộ trình được giao hoàn thành trong năm 2025."
    )
    [found] = find_deadlines(sentence, 2025, date(2025, 11, 20))
    assert found.due_date == date(2025, 12, 31)
    told = "Các chỉ tiêu đã được xác định trong năm 2025."
    assert find_deadlines(told, 2025, date(2025, 11, 20)) == []


@pytest.mark.parametrize(
    ("cell", "due"),
    [
        ("Năm 2025-2026", date(2026, 12, 31)),
        ("Năm 2025 - 2026", date(2026, 12, 31)),
        ("2026 - 2027", date(2027, 12, 31)),
        ("Năm 2025-2030", None),  # the plan's whole horizon: standing work
        ("2025 - 2035", None),
    ],
)
def test_a_time_cells_short_span_of_years_is_due_at_its_end(cell: str, due: date | None) -> None:
    assert cell_deadline(cell, 2025, date(2025, 12, 1))[0] == due


def test_a_sentence_ending_on_the_word_annex_opens_no_annex() -> None:
    text = _NOTICE.replace(
        "\n\nNơi nhận:",
        "\n2. Bộ Tài chính bố trí kinh phí (chi tiết tại\nPhụ lục kèm theo)*\n**IV. TỔ CHỨC THỰC "
        "HIỆN**\n1. Bộ Khoa học và Công nghệ làm đầu mối tổng hợp tình hình thực hiện; các bộ "
        "gửi báo cáo trước ngày 15 tháng 12 năm 2025.\n\nNơi nhận:",
    )
    assert [t.due_date for t in propose(text).tasks if t.due_date] == [
        date(2025, 12, 10),
        date(2025, 12, 15),
    ]


def test_a_report_twice_a_day_is_two_daily_deadlines() -> None:
    sentence = (
        "- Huy động nguồn lực xã hội\nhóa tại chỗ; **báo cáo 02 lần/ngày (trước 9h00’ và "
        "16h00’)** về tình hình tiếp\nnhận, cấp phát gửi UBND tỉnh (qua Sở Công Thương)."
    )
    found = find_deadlines(sentence, 2025, date(2025, 11, 21))
    assert [(d.due_date, d.time, d.recurrence) for d in found] == [
        (date(2025, 11, 21), "09:00", "daily"),
        (date(2025, 11, 21), "16:00", "daily"),
    ]


def test_a_tables_results_column_names_each_tasks_product() -> None:
    table = (
        "| STT | Tên nhiệm vụ | Cơ quan chủ trì | Kết quả thực hiện | Thời hạn hoàn thành |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Xây dựng bộ quy tắc ứng xử | Cục Văn hóa | Bộ quy tắc ban hành | Tháng 12/2025 |\n"
    )
    p = propose(_NOTICE.replace("\nNơi nhận:", "\n" + table + "\nNơi nhận:"))
    assert [t.due_date for t in p.tasks if t.due_date] == [date(2025, 12, 10), date(2025, 12, 31)]


def test_a_table_of_projects_with_their_completion() -> None:
    table = (
        "| TT | Tên đề án ưu tiên | Cơ quan chủ trì | Thời hạn hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Đề án xử lý các bãi chôn lấp rác thải | Bộ Nông nghiệp và Môi trường | 2030 |\n"
    )
    p = propose(_NOTICE.replace("\nNơi nhận:", "\n" + table + "\nNơi nhận:"))
    assert date(2030, 12, 31) in [t.due_date for t in p.tasks]


def test_a_state_to_be_ensured_by_a_periods_end() -> None:
    sentence = (
        "Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương chỉ đạo thực hiện, bảo đảm đến *hết "
        "tháng 12\nnăm 2025* giải quyết dứt điểm các khó khăn, vướng mắc ở cấp xã."
    )
    [found] = find_deadlines(sentence, 2025, date(2025, 11, 21))
    assert found.due_date == date(2025, 12, 31)
    target = "phấn đấu đạt 20% xã năm 2025, bảo đảm đến hết năm 2030 **đạt 50% **địa bàn."
    assert find_deadlines(target, 2025, date(2025, 11, 21)) == []
