"""Plans and letters laid out as a clerk receives them: tables whose converter left no
outer pipes, steps and rows of a timetable, a task's limit as a bare «hạn:» label, limits
counted from a dated event (issue 16: forms probed blind, none of the corpus's)."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.directives.importer import propose

ISSUED = date(2025, 3, 5)
HEADER = """UBND PHƯỜNG LÊ ÍCH MỘC
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lê Ích Mộc, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Rà soát hộ gia đình trên địa bàn phường

"""


def _dated(body: str) -> list[tuple[date | None, str]]:
    proposal = propose(HEADER + body, "kh.txt")
    return [(t.due_date, t.text) for t in proposal.tasks if t.due_date is not None]


def test_a_table_without_outer_pipes_is_a_schedule() -> None:
    body = (
        "STT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành\n"
        "1 | Xây dựng Kế hoạch | Văn phòng | 07/3/2025\n"
        "2 | Rà soát, lập danh sách | Các tổ dân phố | 21/3/2025\n"
        "3 | Báo cáo kết quả | Văn phòng | 31/3/2025\n"
    )
    assert _dated(body) == [
        (date(2025, 3, 7), "Xây dựng Kế hoạch"),
        (date(2025, 3, 21), "Rà soát, lập danh sách"),
        (date(2025, 3, 31), "Báo cáo kết quả"),
    ]


def test_a_menu_of_links_is_still_no_table() -> None:
    page = "Trang chủ | Giới thiệu | Tin tức | Liên hệ\n"
    body = "Các tổ dân phố gửi danh sách về UBND phường trước ngày 20/3/2025.\n"
    proposal = propose(page + HEADER + body, "kh.txt")
    assert proposal.number_symbol == "45/KH-UBND"
    assert [t.due_date for t in proposal.tasks] == [date(2025, 3, 20)]


def test_a_bare_limit_label_in_brackets() -> None:
    body = (
        "Phân công trách nhiệm:\n"
        "1) Tổ trưởng TDP số 4: lập danh sách hộ kinh doanh (hạn: 12/3).\n"
        "2) Tổ phó: vận động các hộ ký cam kết (Hạn: 19/3/2025).\n"
    )
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 12), date(2025, 3, 19)]


def test_a_timetable_under_its_heading_skips_the_conference() -> None:
    body = (
        "LỊCH TRÌNH THỰC HIỆN\n"
        "- Ngày 07/3/2025: UBND phường tổ chức Hội nghị triển khai.\n"
        "- Từ ngày 10/3 đến ngày 21/3/2025: các tổ dân phố tổ chức điều tra, rà soát hộ gia đình.\n"
        "- Ngày 25/3/2025: các tổ dân phố nộp phiếu điều tra về UBND phường.\n"
    )
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 21), date(2025, 3, 25)]


def test_a_survey_row_outside_a_time_section_is_work() -> None:
    body = "- Từ ngày 10/3 đến ngày 21/3/2025: các tổ dân phố tổ chức điều tra, rà soát hộ.\n"
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 21)]


def test_steps_are_done_by_the_end_of_their_time() -> None:
    body = (
        "Tiến độ thực hiện:\n"
        "Bước 1 (trước ngày 10/3/2025): thành lập Ban Chỉ đạo.\n"
        "Bước 2 (từ 10/3 đến 31/3/2025): tổ chức kiểm tra thực tế.\n"
        "Bước 3 (tháng 4/2025): tổng hợp, báo cáo.\n"
    )
    assert [due for due, _ in _dated(body)] == [
        date(2025, 3, 10),
        date(2025, 3, 31),
        date(2025, 4, 30),
    ]


def test_a_step_outside_a_time_section_needs_a_work() -> None:
    body = "Bước 2 (từ 10/3 đến 31/3/2025): các tổ dân phố rà soát, báo cáo kết quả.\n"
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 31)]


def test_a_round_of_days_is_no_step_of_work() -> None:
    # a defence's or a campaign's round: the days it runs over, nothing to hand in
    body = (
        "1.2. Thời gian bảo vệ dự kiến\n"
        "- Đợt 1: Từ ngày 30/3/2025 đến ngày 05/4/2025\n"
        "- Đợt 2: Từ ngày 27/4/2025 đến ngày 03/5/2025 (nếu có)\n"
    )
    assert _dated(body) == []


def test_a_span_of_months_in_a_roadmap() -> None:
    body = (
        "Lộ trình:\n"
        "- Tháng 3/2025: khảo sát, lập danh sách các tuyến ngõ cần lắp đèn.\n"
        "- Tháng 4 - 5/2025: thi công lắp đặt.\n"
    )
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 31), date(2025, 5, 31)]


def test_a_timetable_of_weekdays() -> None:
    body = (
        "Kế hoạch chi tiết:\n"
        "Thứ Hai (10/3): họp Ban Chỉ đạo.\n"
        "Thứ Ba (11/3) – thứ Năm (13/3): các tổ dân phố rà soát thực tế.\n"
        "Thứ Sáu (14/3): các tổ dân phố nộp kết quả về Văn phòng.\n"
    )
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 13), date(2025, 3, 14)]


def test_a_day_told_before_the_document_is_no_timetable_row() -> None:
    body = "Ngày 20/02/2025: các tổ dân phố đã gửi danh sách về UBND phường.\n"
    assert _dated(body) == []


def test_a_table_one_cell_a_line_is_read_by_its_columns() -> None:
    body = (
        "III. TIẾN ĐỘ THỰC HIỆN\n"
        "STT\nNội dung\nCơ quan thực hiện\nThời gian hoàn thành\n"
        "1\nBan hành văn bản hướng dẫn\nVăn phòng\nTrước ngày 15/3/2025\n"
        "2\nRà soát, lập danh sách\nCác tổ dân phố\nTrước ngày 25/3/2025\n"
        "\n"
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "Các tổ dân phố gửi báo cáo kết quả về UBND phường trước ngày 10/4/2025.\n"
    )
    tasks = [t for t in propose(HEADER + body, "kh.txt").tasks if t.due_date]
    assert [(t.due_date, t.text, t.assignee) for t in tasks[:2]] == [
        (date(2025, 3, 15), "Ban hành văn bản hướng dẫn", "Văn phòng"),
        (date(2025, 3, 25), "Rà soát, lập danh sách", "Các tổ dân phố"),
    ]
    # the section after the table is read as sentences again
    assert [t.due_date for t in tasks[2:]] == [date(2025, 4, 10)]


def test_the_wards_own_departments_are_the_wards() -> None:
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Kinh tế, Hạ tầng và Đô thị\n"
        "a) Rà soát hệ thống cống, kênh tiêu; hoàn thành trước ngày 15/5/2025.\n"
        "2. Tổ công tác hoàn thành việc rà soát, báo cáo Chủ tịch UBND phường"
        " trước ngày 20/5/2025.\n"
        "3. Công an thành phố hướng dẫn nghiệp vụ trước ngày 25/5/2025.\n"
    )
    tasks = [t for t in propose(HEADER + body, "kh.txt").tasks if t.due_date]
    assert [(t.due_date, t.for_ward) for t in tasks] == [
        (date(2025, 5, 15), True),
        (date(2025, 5, 20), True),
        (date(2025, 5, 25), False),
    ]


def test_the_department_reported_to_is_not_the_doer() -> None:
    body = (
        "2. Phòng Văn hóa - Xã hội\n"
        "- Tham mưu UBND phường báo cáo kết quả rà soát về Sở Nông nghiệp và Môi trường"
        " trước ngày 15/11/2025.\n"
    )
    tasks = [t for t in propose(HEADER + body, "kh.txt").tasks if t.due_date]
    assert [(t.due_date, t.for_ward) for t in tasks] == [(date(2025, 11, 15), True)]


@pytest.mark.parametrize(
    ("sentence", "dues"),
    [
        # the issuer's own purpose before whom it asks: only the request's limit
        (
            "Để có số liệu báo cáo UBND quận trước ngày 28/3/2025, UBND phường đề nghị các tổ"
            " dân phố thống kê, báo cáo trước ngày 24/3/2025.",
            [date(2025, 3, 24)],
        ),
        # a cited document's day, past and met
        (
            "Theo yêu cầu tại Công văn số 215/UBND-VP ngày 10/02/2025 của UBND quận, các phường"
            " phải báo cáo trước ngày 25/02/2025; UBND phường đã báo cáo đúng hạn.",
            [],
        ),
        # a term kept in force is no moved deadline
        ("Bảng giá đất giai đoạn 2020 - 2024 được kéo dài áp dụng đến hết ngày 31/12/2025.", []),
        (
            "Thời hạn sử dụng đất của các hộ thuê đất nông nghiệp được gia hạn đến ngày"
            " 31/12/2029.",
            [],
        ),
        # a daily report only when a storm strikes
        (
            "Khi có bão ảnh hưởng trực tiếp, các tổ dân phố báo cáo nhanh tình hình thiệt hại về"
            " Ban Chỉ huy phường trước 15h00 hằng ngày.",
            [],
        ),
        # Tết as the day's gloss
        (
            "Các tổ dân phố hoàn thành việc trang trí đường phố trước ngày 10/02/2026, tức trước"
            " Tết Nguyên đán Bính Ngọ một tuần.",
            [date(2026, 2, 10)],
        ),
        # a phase's line with a limit of its own
        (
            "Giai đoạn 2 (Quý II/2025): các tổ dân phố đăng ký xây dựng tuyến phố văn minh; hồ sơ"
            " đăng ký gửi UBND phường trước ngày 15/4/2025.",
            [date(2025, 4, 15)],
        ),
    ],
)
def test_days_said_aside_from_the_work(sentence: str, dues: list[date]) -> None:
    assert [due for due, _ in _dated(sentence + "\n")] == dues


def test_a_table_cell_with_its_weekday() -> None:
    body = (
        "| TT | Nhiệm vụ | Chủ trì | Thời hạn |\n"
        "|---|---|---|---|\n"
        "| 1 | Tuyên truyền trên loa truyền thanh | Văn phòng | Thường xuyên |\n"
        "| 2 | Ra quân tổng vệ sinh môi trường | Các tổ dân phố | Chủ nhật 16/3/2025 |\n"
        "| 3 | Báo cáo kết quả | Các tổ dân phố | Thứ 6 (21/3/2025) |\n"
    )
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 16), date(2025, 3, 21)]


def test_a_rule_for_the_public_is_followed_not_ticked() -> None:
    body = (
        "Hộ gia đình, cá nhân có hoạt động kinh doanh nộp lệ phí môn bài chậm nhất là ngày"
        " 30 tháng 01 năm 2026.\n"
        "Đề nghị các tổ dân phố đôn đốc hộ kinh doanh nộp thuế trước ngày 31/3/2025.\n"
    )
    tasks = [t for t in propose(HEADER + body, "kh.txt").tasks if t.due_date]
    assert [(t.due_date, t.for_ward) for t in tasks] == [
        (date(2026, 1, 30), False),
        (date(2025, 3, 31), True),
    ]


def test_a_department_of_the_city_heads_its_items() -> None:
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ Y TẾ\nSố: 3905/SYT-NVY\n"
        "V/v phòng, chống dịch bệnh sốt xuất huyết\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hải Phòng, ngày 04 tháng 9 năm 2025\n"
        "Kính gửi:\n- Trung tâm Kiểm soát bệnh tật thành phố;\n"
        "- Ủy ban nhân dân các xã, phường, đặc khu.\n\n"
        "Sở Y tế đề nghị:\n"
        "1. Trung tâm Kiểm soát bệnh tật thành phố\n"
        "- Tổng hợp, báo cáo tình hình dịch về Sở Y tế trước ngày 15/9/2025.\n"
        "2. Ủy ban nhân dân các xã, phường, đặc khu\n"
        "- Tổ chức ra quân diệt lăng quăng, báo cáo kết quả trước ngày 20/9/2025.\n"
    )
    tasks = [t for t in propose(text, "cv.txt").tasks if t.due_date]
    assert [(t.due_date, t.for_ward) for t in tasks] == [
        (date(2025, 9, 15), False),
        (date(2025, 9, 20), True),
    ]


def test_a_table_aligned_with_spaces_as_pdftotext_lays_it_out() -> None:
    body = (
        "STT   Nội dung công việc                 Đơn vị thực hiện     Thời hạn\n"
        "1     Lập danh sách hộ kinh doanh        Các tổ dân phố       14/3/2025\n"
        "\n"
        "2     Tổng hợp, báo cáo UBND quận        Văn phòng            21/3/2025\n"
        "\n"
        "Các tổ dân phố gửi biên bản họp về UBND phường trước ngày 28/3/2025.\n"
    )
    tasks = [t for t in propose(HEADER + body, "kh.txt").tasks if t.due_date]
    assert [(t.due_date, t.text, t.assignee) for t in tasks[:2]] == [
        (date(2025, 3, 14), "Lập danh sách hộ kinh doanh", "Các tổ dân phố"),
        (date(2025, 3, 21), "Tổng hợp, báo cáo UBND quận", "Văn phòng"),
    ]
    assert [t.due_date for t in tasks[2:]] == [date(2025, 3, 28)]


def test_a_report_calendar_in_two_columns() -> None:
    body = (
        "Nội dung                              Hạn nộp\n"
        "Báo cáo tháng 3/2025                  20/3/2025\n"
        "Báo cáo quý I/2025                    18/3/2025\n"
    )
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 20), date(2025, 3, 18)]


def test_a_sentence_with_double_spaces_is_no_table() -> None:
    body = "Nội dung  kiểm tra:  việc thu nộp;  thời gian  kiểm tra:  trước ngày 20/3/2025.\n"
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 20)]


def test_weeks_counted_and_days_with_bullets() -> None:
    body = (
        "Tuần thứ hai (17/3 - 21/3/2025): rà soát thực tế tại các hộ.\n"
        "Tuần thứ ba (24/3 - 28/3/2025): tổng hợp, gửi báo cáo về UBND phường.\n"
        "Lịch thực hiện trong tuần sau:\n"
        "- Thứ Hai (31/3): UBND phường bàn giao tài liệu cho các tổ dân phố.\n"
        "- Thứ Ba (01/4) đến thứ Năm (03/4): các tổ dân phố rà soát, lập danh sách.\n"
        "- Sáng thứ Sáu (04/4): các tổ dân phố nộp phiếu về Văn phòng.\n"
    )
    assert [due for due, _ in _dated(body)] == [
        date(2025, 3, 21),
        date(2025, 3, 28),
        date(2025, 4, 3),
        date(2025, 4, 4),
    ]


def test_a_table_one_cell_a_line_without_a_number_column() -> None:
    body = (
        "Lộ trình chuyển đổi:\n"
        "Thời gian\nNội dung\n"
        "Tháng 9/2025\nRà soát, phân loại hộ kinh doanh theo doanh thu\n"
        "Tháng 10 - 11/2025\nTập huấn, hướng dẫn sử dụng hóa đơn điện tử\n"
        "Trước 15/12/2025\nHoàn thành chuyển đổi đối với hộ có doanh thu lớn\n"
        "\n"
        "Tiến độ thu Quỹ năm 2025\n"
        "Tổ dân phố\nChỉ tiêu (đồng)\nHạn nộp\n"
        "Tổ 1 - 5\n15.000.000\n30/5/2025\n"
        "Tổ 6 - 10\n18.000.000\n15/6/2025\n"
    )
    assert [due for due, _ in _dated(body)] == [
        date(2025, 9, 30),
        date(2025, 11, 30),
        date(2025, 12, 15),
        date(2025, 5, 30),
        date(2025, 6, 15),
    ]


def test_a_duty_roster_one_cell_a_line_gives_no_deadline() -> None:
    body = (
        "LỊCH TRỰC TẾT\n"
        "Ngày\nHọ và tên\nĐiện thoại\n"
        "16/02/2026\nNguyễn Văn An\n0912 345 678\n"
        "17/02/2026\nTrần Thị Bình\n0987 654 321\n"
    )
    assert _dated(body) == []


def test_a_meeting_row_on_its_day_and_a_span_back_from_a_day_are_none() -> None:
    body = (
        "| TT | Nội dung | Chủ trì | Thời gian |\n"
        "|---|---|---|---|\n"
        "| 1 | Gửi hồ sơ kiểm điểm về Văn phòng | Các chi bộ | Trước ngày 18/12/2025 |\n"
        "| 2 | Hội nghị Ban Thường vụ kiểm điểm, xếp loại | Ban Thường vụ | Ngày 29/12/2025 |\n"
        "| 3 | Tổ kiểm tra làm việc trực tiếp tại các chi bộ | Tổ | Từ 04/5 đến 15/5/2026 |\n"
        "| 4 | Khai giảng lớp bồi dưỡng nhận thức về Đảng | Trung tâm | Ngày 06/4/2026 |\n"
        "\n"
        "Thời điểm xác định thu nhập để rà soát là 12 tháng trước ngày 01/10/2025.\n"
    )
    assert [due for due, _ in _dated(body)] == [date(2025, 12, 18)]


def test_a_portals_related_links_after_the_document_give_no_deadline() -> None:
    body = (
        "Đề nghị các tổ dân phố gửi danh sách về UBND phường trước ngày 20/3/2025.\n"
        "\n"
        "Tin liên quan:\n"
        "» Lịch cắt điện trên địa bàn phường từ ngày 02/3 đến ngày 08/3/2025\n"
        "» Thông báo tuyển dụng viên chức năm 2025 (hạn nộp hồ sơ đến 17 giờ ngày 28/3/2025)\n"
        "Các văn bản khác:\n"
        "- Công văn số 612/UBND-NC về tiếp công dân (hạn báo cáo trước ngày 31/3/2025)\n"
    )
    assert [due for due, _ in _dated(body)] == [date(2025, 3, 20)]


@pytest.mark.parametrize(
    ("sentence", "dues"),
    [
        # a year no calendar has: read, undated, never a crash
        ("Các tổ dân phố báo cáo trước ngày cuối cùng của tháng 4/0000.", [None]),
        # a quarter in figures, a year after «năm»
        ("Các tổ báo cáo trước ngày cuối cùng của quý 2/2025.", [date(2025, 6, 30)]),
        (
            "Các tổ nộp trước ngày làm việc cuối cùng của tháng 01 năm 2026.",
            [date(2026, 1, 30)],
        ),
        # no month's name, an event's day, a term in force
        ("Hằng tháng, các tổ dân phố gửi báo cáo trước ngày cuối cùng của tháng sau.", []),
        ("Hội nghị sơ kết được tổ chức vào ngày làm việc cuối cùng của tháng 6/2025.", []),
        ("Kế hoạch được thực hiện đến hết ngày cuối cùng của tháng 12/2025.", []),
        # the purpose's day is the only one: kept
        (
            "Để kịp tổng hợp báo cáo UBND quận trước ngày 28/3/2025, đề nghị các tổ dân phố"
            " khẩn trương thực hiện.",
            [date(2025, 3, 28)],
        ),
        # a daily report «đối với» its doers is no condition
        ("Đối với các tổ dân phố, báo cáo hằng ngày trước 16 giờ về UBND phường.", [ISSUED]),
        # «quyền hạn:», another paper's signing, a weekly meeting
        ("Nhiệm vụ, quyền hạn: Tổ công tác hoạt động đến ngày 31/12/2025.", []),
        ("Thời hạn: 05 ngày làm việc kể từ ngày ký biên bản kiểm tra.", []),
        (
            "Sáng thứ Hai hằng tuần, UBND phường họp giao ban để nghe các tổ dân phố báo cáo.",
            [],
        ),
    ],
)
def test_what_the_reviewer_found(sentence: str, dues: list[date | None]) -> None:
    tasks = propose(HEADER + sentence + "\n", "kh.txt").tasks
    assert [t.due_date for t in tasks if t.phrase] == dues


@pytest.mark.parametrize(
    ("sentence", "for_ward"),
    [
        ("Hộ gia đình nghèo: các tổ dân phố rà soát, gửi danh sách trước ngày 15/3/2025.", True),
        ("Chi cục Thuế khu vực Gò Vấp hướng dẫn hộ kinh doanh trước ngày 20/3/2025.", False),
        ("Ngân hàng Chính sách xã hội hoàn thành giải ngân trước ngày 30/3/2025.", False),
    ],
)
def test_the_reviewers_relevance_cases(sentence: str, for_ward: bool) -> None:
    [task] = propose(HEADER + sentence + "\n", "kh.txt").tasks
    assert task.for_ward is for_ward


def test_the_wards_units_named_in_a_report_are_its_assignee() -> None:
    # («Báo cáo … của các chi bộ gửi về …»: the chi bộ do it, the relevance read it so, the
    # units were left empty)
    body = (
        "Báo cáo tổng kết của các chi bộ tổ dân phố gửi về Văn phòng Đảng ủy trước ngày"
        " 05/12/2025.\n"
    )
    [task] = propose(HEADER + body, "cv.txt").tasks
    assert task.for_ward and task.assignee == "các chi bộ tổ dân phố"
    assert len(task.unit_codes) == 38
