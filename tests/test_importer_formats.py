"""The importer on both document families (issue 16): state and Party headers, the
corpus under tests/fixtures/directives with its hand-typed expected values."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secretariat.directives.importer import propose
from secretariat.directives.importer.furniture import mask_furniture
from secretariat.directives.importer.header import parse_header
from secretariat.directives.importer.state_header import body_case
from tests.corpus_fields import loose

CORPUS = Path(__file__).parent / "fixtures" / "directives"
EXPECTED: dict[str, Any] = {
    f"{folder}/{name}": value
    for folder in (".", "heldout", "heldout2", "heldout3")
    for name, value in json.loads((CORPUS / folder / "expected.json").read_text("utf-8")).items()
    if not name.startswith("_")
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_header(name: str) -> None:
    want = EXPECTED[name]
    p = propose((CORPUS / name).read_text("utf-8"), Path(name).name)
    assert p.number_symbol == want["number_symbol"]
    assert p.doc_type == want["doc_type"]
    assert p.issued_date == (
        date.fromisoformat(want["issued_date"]) if want["issued_date"] else None
    )
    assert loose(p.issuer) == loose(want["issuer"])
    assert loose(p.place) == loose(want["place"])
    assert loose(p.subject) == loose(want["subject"])


CONG_VAN = """UBND TỈNH QUẢNG NAM
SỞ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 924/SNV-CCHC
V/v báo cáo kết quả thực hiện
công tác cải cách hành chính Quảng Nam, ngày 18 tháng 11 năm 2025

Kính gửi: Ủy ban nhân dân các xã, phường.
"""


def test_cong_van_header() -> None:
    """Managing over issuing body, the «V/v» subject on two lines, cut at the place."""
    h = parse_header(CONG_VAN)
    assert h.number_symbol == "924/SNV-CCHC"
    assert h.doc_type == "Công văn"
    assert h.issuer == "Sở Nội vụ tỉnh Quảng Nam"
    assert h.place == "Quảng Nam"
    assert h.issued_date == date(2025, 11, 18)
    assert h.subject == "báo cáo kết quả thực hiện công tác cải cách hành chính"


def test_two_column_state_header_joined_by_ocr() -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "THÀNH PHỐ HẢI PHÒNG Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 73/UBND-TH Hải Phòng, ngày 08 tháng 9 năm 2025\n"
        "V/v lấy ý kiến dự thảo Đề án\n"
    )
    h = parse_header(text)
    assert (h.number_symbol, h.doc_type, h.place) == ("73/UBND-TH", "Công văn", "Hải Phòng")
    assert h.issuer == "Ủy ban nhân dân thành phố Hải Phòng"
    assert h.subject == "lấy ý kiến dự thảo Đề án"


def test_quyet_dinh_subject_stops_at_the_body() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1520/QĐ-UBND\nNinh Bình, ngày 14 tháng 7 năm 2025\n\n"
        "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    h = parse_header(text)
    assert h.doc_type == "Quyết định"
    assert h.issuer == "Ủy ban nhân dân tỉnh Ninh Bình"
    assert h.subject == "Về việc thành lập Tổ công tác"


def test_the_title_wins_over_the_abbreviation() -> None:
    """«QUY ĐỊNH» is a Quy định even when the number's «i» was lost (QĐ is Quyết định)."""
    text = (
        "THÀNH ỦY HÀ NỘI\n*\nSố 08-QĐ/TU\nHà Nội, ngày 15 tháng 9 năm 2025\n\n"
        "QUY ĐỊNH\nvề chế độ báo cáo\n"
    )
    assert parse_header(text).doc_type == "Quy định"
    assert parse_header(text.replace("QUY ĐỊNH", "QUYẾT ĐỊNH")).doc_type == "Quyết định"


def test_number_and_date_only_in_prose() -> None:
    text = (
        "Triển khai nhiệm vụ sau hợp nhất\n\n"
        "Ban Thường vụ Tỉnh ủy Thái Bình vừa ban hành Kết luận số 312-KL/TU ngày 12/3/2025 "
        "về việc triển khai nhiệm vụ trọng tâm sau hợp nhất tỉnh. Theo đó, …\n"
    )
    h = parse_header(text)
    assert (h.number_symbol, h.doc_type) == ("312-KL/TU", "Kết luận")
    assert h.issuer == "Ban Thường vụ Tỉnh ủy Thái Bình"
    assert h.issued_date == date(2025, 3, 12)
    assert h.subject == "triển khai nhiệm vụ trọng tâm sau hợp nhất tỉnh"


def test_page_furniture_is_never_the_issuer() -> None:
    text = (
        "Trang chủ | Giới thiệu | Văn bản | Liên hệ\nVĂN BẢN CHỈ ĐẠO\nVIEWS: 10 PAGES: 1\n"
        "HUYỆN ỦY THUẬN THÀNH\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 318-TB/HU\n"
        "Thuận Thành, ngày 10 tháng 6 năm 2025\nTHÔNG BÁO\nkết luận của Thường trực Huyện ủy\n"
        "Trang 1/2\n"
    )
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    assert "VIEWS" not in masked and "Trang 1/2" not in masked and "VĂN BẢN CHỈ ĐẠO" not in masked
    h = parse_header(masked)
    assert h.issuer == "Huyện ủy Thuận Thành"
    assert h.subject == "kết luận của Thường trực Huyện ủy"


def test_repeated_page_header_is_furniture() -> None:
    head = "HUYỆN ỦY THUẬN THÀNH\n*\nSố 318-TB/HU\n" + "\n" * 14
    text = head + "1. Việc một.\nHUYỆN ỦY THUẬN THÀNH\n2. Việc hai.\n"
    masked = mask_furniture(text)
    assert masked.count("HUYỆN ỦY THUẬN THÀNH") == 1


@pytest.mark.parametrize(
    ("caps", "name"),
    [
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HÀ NỘI", "Sở Giáo dục và Đào tạo thành phố Hà Nội"),
        ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Ủy ban nhân dân tỉnh Ninh Bình"),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
        ("HUYỆN ỦY THUẬN THÀNH", "Huyện ủy Thuận Thành"),
        ("ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC", "Đảng ủy phường Lê Ích Mộc"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"),
        ("Sở Nội vụ", "Sở Nội vụ"),  # already written as in a sentence
        (
            "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG",
            "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng",
        ),
    ],
)
def test_body_case(caps: str, name: str) -> None:
    assert body_case(caps) == name


def test_header_cut_into_a_portals_cells() -> None:
    """The motto on two lines, «Số:» and the number apart, the date cut after its day."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố:\n1450/UBND-KGVX\n|\nKon Tum, ngày 25\n"
        "tháng 4 năm 2025\n|\nV/v triển khai Tháng hành động vì trẻ em\n\nKính gửi: …\n"
    )
    h = parse_header(text)
    assert h.issuer == "Ủy ban nhân dân tỉnh Kon Tum"
    assert (h.number_symbol, h.doc_type) == ("1450/UBND-KGVX", "Công văn")
    assert (h.place, h.issued_date) == ("Kon Tum", date(2025, 4, 25))
    assert h.subject == "triển khai Tháng hành động vì trẻ em"


def test_number_subject_and_date_on_one_line() -> None:
    text = (
        "UBND TỈNH THANH HÓA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 3377/SYT-NVY V/v tăng cường phòng, chống dịch Thanh Hóa, ngày 22 tháng 8 năm 2025\n"
    )
    h = parse_header(text)
    assert (h.number_symbol, h.doc_type, h.issuer) == (
        "3377/SYT-NVY",
        "Công văn",
        "Sở Y tế tỉnh Thanh Hóa",
    )
    assert (h.subject, h.place, h.issued_date) == (
        "tăng cường phòng, chống dịch",
        "Thanh Hóa",
        date(2025, 8, 22),
    )


def test_ocr_day_and_markdown_emphasis() -> None:
    assert parse_header("THANH UY\nSo 5-TB/TU Ha Noi, ngay 1O thang 6 nam 2025\n").issued_date == (
        date(2025, 6, 10)
    )
    h = parse_header(
        "# THÀNH ỦY HẢI PHÒNG\nSố 23-TB/VPTU\n\n*Hải Phòng, ngày 23 tháng 9 năm 2025*\n"
    )
    assert (h.place, h.issued_date) == ("Hải Phòng", date(2025, 9, 23))


def test_a_pages_own_title_above_the_header_is_no_part_of_it() -> None:
    # a law portal's copy in Markdown, its page title (the letter's «V/v») first
    p = propose(
        "*Source: https://thuvienphapluat.vn/cong-van/x.aspx*\n\n# V/v trợ cấp một lần\n\n"
        "| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc --------------- |\n|---|---|\n"
        "| Số: 8424/VPCP-KTTH V/v: trợ cấp một lần | Hà Nội , ngày 27 tháng 0 7 năm 2014 |\n\n"
        "Kính gửi: Bộ Tài chính\n\nVăn phòng Chính phủ xin thông báo ý kiến.\n",
        "x.md",
    )
    assert (p.issuer, p.place, p.issued_date) == (
        "Văn phòng Chính phủ",
        "Hà Nội",
        date(2014, 7, 27),
    )


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        # the army's «QUÂN» is no «QUẬN»: the place on the next line is the body's
        ("BAN CHỈ HUY QUÂN SỰ\nHUYỆN AN LÃO\nSố: 33/BCH", "Ban Chỉ huy quân sự huyện An Lão"),
        (
            "HỘI CỰU CHIẾN BINH VIỆT NAM\nHỘI CCB PHƯỜNG VĨNH NIỆM\nSố: 05/KH-CCB",
            "Hội Cựu chiến binh phường Vĩnh Niệm",
        ),
        ("HỘI LHPN VIỆT NAM\nHỘI LHPN XÃ AN HÒA\nSố: 05/KH-HPN", "Hội Liên hiệp Phụ nữ xã An Hòa"),
    ],
)
def test_a_bodys_place_on_its_next_line_and_a_mass_organisations_short_name(
    header: str, issuer: str
) -> None:
    p = propose(
        header + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "An Lão, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nHoạt động năm 2024\n",
        "x.txt",
    )
    assert p.issuer == issuer


def test_a_posts_title_above_the_header_is_no_part_of_it() -> None:
    # a school's site: its post's title first, the document's own type said again below
    p = propose(
        "Thứ bảy, 25/8/2018, 0:0\nLượt đọc: 1412\n\nTHÔNG BÁO VỀ MIỄN GIẢM HỌC PHÍ 2018 - 2019\n\n"
        "SỞ GIÁO DỤC & ĐÀO TẠO\n\nTHÀNH PHỐ HỒ CHÍ MINH\n\nTRƯỜNG THPT NGUYỄN TRÃI\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n"
        "Quận 4, ngày 25 tháng 08 năm 2018\n\nTHÔNG BÁO\n\nVề việc nộp đơn miễn giảm học phí.\n\n"
        "Học sinh nộp lại một lần vào ngày 10/9/2018.\n",
        "x.txt",
    )
    assert (p.issuer, p.subject) == (
        "Trường Trung học phổ thông Nguyễn Trãi",
        "Về việc nộp đơn miễn giảm học phí",
    )


def test_a_consolidated_texts_type_is_its_numbers() -> None:
    p = propose(
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 5161/VBHN-BLĐTBXH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 23 tháng 10 năm 2024\nTHÔNG TƯ\nHướng dẫn về thủ tục lập hồ sơ\n",
        "x.txt",
    )
    assert (p.number_symbol, p.doc_type) == ("5161/VBHN-BLĐTBXH", "Văn bản hợp nhất")


def test_a_central_bodys_header_cut_short_is_completed_by_its_symbol() -> None:
    p = propose(
        "| ỦY BAN THƯỜNG VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "|---|---|\n| Số: 494/NQ-UBTVQH13 | Hà Nội, ngày 18 tháng 05 năm 2012 |\n\n"
        "NGHỊ QUYẾT\n\nVề kết quả giám sát\n",
        "x.md",
    )
    assert (p.number_symbol, p.issuer) == ("494/NQ-UBTVQH13", "Ủy ban Thường vụ Quốc hội")


def test_a_short_line_with_a_limit_is_the_documents() -> None:
    # a short line a portal's «Đăng ký» link would match, but its limit is the document's
    proposal = propose(
        "UBND PHƯỜNG LÊ ÍCH MỘC\nSố: 12/TB-UBND\nHải Phòng, ngày 05 tháng 11 năm 2025\n"
        "THÔNG BÁO\nVề việc thi tìm hiểu pháp luật\nĐăng ký trước ngày 25/11/2025.\n",
        "x.txt",
    )
    assert [t.due_date for t in proposal.tasks] == [date(2025, 11, 25)]


def test_a_sentence_is_never_furniture() -> None:
    text = "Đăng ký tham gia Hội thi gửi về Ban Tổ chức trước ngày 15/12/2025.\nĐăng nhập\n"
    masked = mask_furniture(text)
    assert masked.startswith("Đăng ký tham gia") and "Đăng nhập" not in masked


def test_a_body_its_place_and_its_department_on_three_lines() -> None:
    text = (
        "ỦY BAN MTTQ VIỆT NAM\nTHÀNH PHỐ HẢI PHÒNG\nBAN THƯỜNG TRỰC\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 512/MTTQ-BTT\nV/v vận động\n"
    )
    assert parse_header(text).issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng"
    party = "ĐẢNG BỘ TỈNH BẮC NINH\nHUYỆN ỦY THUẬN THÀNH\n*\nSố 318-TB/HU\nTHÔNG BÁO\nvề\n"
    assert parse_header(party).issuer == "Huyện ủy Thuận Thành"  # a committee, not a place


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        (  # the organisation above, its central committee below
            "HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 664 - CV/HNDTW\n",
            "Ban Chấp hành Trung ương Hội Nông dân Việt Nam",
        ),
        (
            "ĐOÀN TNCS HỒ CHÍ MINH\nBAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 120-CV/TWĐTN\n",
            "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
        ),
        (
            "ĐỘI TNTP HỒ CHÍ MINH\nHỘI ĐỒNG TRUNG ƯƠNG\n***\nSố: 305 - CV/HĐĐTW\n",
            "Hội đồng Đội Trung ương",
        ),
        (  # a province's branch, on two lines or run onto one
            "HỘI KHUYẾN HỌC VIỆT NAM\nTỈNH HỘI HƯNG YÊN\n----------\nSố: 14 / CV- HKH\n",
            "Hội Khuyến học tỉnh Hưng Yên",
        ),
        (
            "HỘI KHUYẾN HỌC VIỆT NAM TỈNH HỘI HƯNG YÊN ----------------- Số: 14 / CV- HKH\n|\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------- Hưng Yên,"
            " ngày 7 tháng 02 năm 2018 |\n",
            "Hội Khuyến học tỉnh Hưng Yên",
        ),
        (  # a school's Đoàn committee, «BCH» spelt out
            "TỈNH ĐOÀN NGHỆ AN\nBCH ĐOÀN TRƯỜNG ĐẠI HỌC VINH\n***\nSố: 36/ĐTN\n",
            "Ban Chấp hành Đoàn Trường Đại học Vinh",
        ),
        (
            "ĐOÀN TNCS HỒ CHÍ MINH TP. HỒ CHÍ MINH\nBCH TRƯỜNG ĐH KỸ THUẬT CÔNG NGHỆ TP. HCM\n***\n"
            "Số: 21/TB-ĐTN\n",
            "Ban Chấp hành Đoàn Trường Đại học Kỹ Thuật Công Nghệ thành phố Hồ Chí Minh",
        ),
        (  # the Party's Central Committee stays itself
            "ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-NQ/TW\n",
            "Ban Chấp hành Trung ương",
        ),
        (  # a flattened page: its viewer's page number before the ministry's name
            "1 BỘ GIÁO DỤC VÀ ĐÀO TẠO Số: 5935/BGDĐT- GDTrH V/v hướng dẫn tổ chức Olympic tiếng"
            " Anh CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Hà Nội, ngày 20"
            " tháng 10 năm 2014 Kính gửi: Các sở giáo dục và đào tạo\n",
            "Bộ Giáo dục và Đào tạo",
        ),
    ],
)
def test_a_mass_organisations_body_is_named_as_it_signs(header: str, issuer: str) -> None:
    assert parse_header(header).issuer == issuer


@pytest.mark.parametrize(
    ("caps", "name"),
    [
        ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "Hội Liên hiệp Phụ nữ Việt Nam"),
        ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH", "Liên đoàn Lao động tỉnh Bắc Ninh"),
        ("HỘI CỰU CHIẾN BINH VIỆT NAM", "Hội Cựu chiến binh Việt Nam"),
        ("ĐOÀN TNCS HỒ CHÍ MINH", "Đoàn TNCS Hồ Chí Minh"),
        ("PHÒNG GIÁO DỤC& ĐÀO TẠO", "Phòng Giáo dục và Đào tạo"),
        ("TRƯỜNG TIỂU HỌC THỊ TRẤN CẦN GIUỘC", "Trường Tiểu học thị trấn Cần Giuộc"),
        # «TĨNH» ends the place: no «tỉnh»
        (
            "TRƯỜNG MẦM NON TÂN GIANG THÀNH PHỐ HÀ TĨNH",
            "Trường Mầm non Tân Giang thành phố Hà Tĩnh",
        ),
    ],
)
def test_organisations_keep_their_capitals(caps: str, name: str) -> None:
    assert body_case(caps) == name


def test_a_letter_of_a_youth_union() -> None:
    text = (
        "VÌ TỔ QUỐC XÃ HỘI CHỦ NGHĨA, VÌ LÝ TƯỞNG CỦA BÁC HỒ VĨ ĐẠI, SẴN SÀNG!\n\n"
        "V/v tổ chức Đại hội Cháu ngoan Bác Hồ\n\nCập nhật lúc 04 Tháng Năm 2020 2:33 CH\n\n"
        "ĐỘI TNTP HỒ CHÍ MINH\n\nHỘI ĐỒNG TRUNG ƯƠNG\n\n***\n\nSố: 62 - CV/HĐĐTW\n\n"
        "“V/v tổ chức Đại hội Cháu ngoan Bác Hồ”\n\nHà Nội, ngày 04 tháng 5 năm 2020\n\n"
        "Kính gửi: Hội đồng Đội các tỉnh, thành phố\n"
    )
    h = propose(text)  # a post's stamp above the header is the portal's
    assert (h.issuer, h.subject) == ("Hội đồng Đội Trung ương", "tổ chức Đại hội Cháu ngoan Bác Hồ")
    vv = "TỈNH ĐOÀN NGHỆ AN\n\nBCH ĐOÀN TRƯỜNG ĐẠI HỌC VINH\n\n***\n\nSố: 36/ĐTN\n\nV.v. ủng hộ xây"
    h = parse_header(
        vv + " dựng công trình thanh niên\n\nThành phố Vinh, ngày 02 tháng 4 năm 2019\n"
    )
    assert (h.doc_type, h.subject) == ("Công văn", "ủng hộ xây dựng công trình thanh niên")
    titled = parse_header(
        "ĐOÀN TNCS HỒ CHÍ MINH\nBCH TRƯỜNG ĐH KỸ THUẬT CÔNG NGHỆ\n***\nSố: 21/TB-ĐTN\n"
        "TP. HCM, ngày 28 tháng 11 năm 2011\nTHÔNG BÁO\n“Tổ chức lớp đối tượng Đoàn”\n"
    )
    assert titled.subject == "Tổ chức lớp đối tượng Đoàn"  # the title's words, not its marks


def test_a_posts_title_with_an_undated_letter() -> None:
    h = propose(
        "Công văn số 532/PGD&ĐT V/v tôn vinh tấm gương nhà giáo trong sự nghiệp GDMN\n\n"
        "Kính gửi: Các đơn vị trường mầm non trong huyện\n\nPhòng GD&ĐT Mộc Châu hướng dẫn các"
        " trường mầm non thực hiện như sau:\n"
    )
    assert (h.number_symbol, h.doc_type, h.subject, h.issued_date) == (
        "532/PGD&ĐT",
        "Công văn",
        "tôn vinh tấm gương nhà giáo trong sự nghiệp GDMN",
        None,
    )


def test_a_schools_header_in_a_portals_flattened_rows() -> None:
    # the body's cell and its number on one row, the post's stamp and links as a list above
    text = (
        "THÔNG BÁO TUYỂN SINH\n- Thứ ba - 28/07/2020 17:14\n- In ra\n- Đóng cửa sổ này\n"
        "UBND THÀNH PHỐ HÀ TĨNH TRƯỜNG MẦM NON TÂN GIANG Số: 61 /TBTS-TMN |\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "THÔNG BÁO TUYỂN SINH\nNăm học 2020 - 2021\n1. Đối tượng tuyển sinh\n"
        "- Trẻ 3 tuổi (Sinh năm 2017) đang sinh sống tại phường Tân Giang.\n"
    )
    h = propose(text)
    assert (h.number_symbol, h.issuer, h.subject) == (
        "61/TBTS-TMN",
        "Trường Mầm non Tân Giang",  # a school by its own name, not its managing body's place
        "TUYỂN SINH Năm học 2020 - 2021",  # up to the body's first item
    )
    # the motto's line and the body's second line a narrow gap apart
    two_columns = (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   TRƯỜNG MG HIỆP"
        " THẠNH                               Độc lập – Tự do – Hạnh phúc\n\n"
        "Hiệp Thạnh, ngày 24 tháng 7 năm 2021\n\nTHÔNG BÁO TUYỂN SINH CỦA TRƯỜNG MẪU GIÁO\n"
    )
    assert parse_header(two_columns).issuer == "Trường Mẫu giáo Hiệp Thạnh"


def test_an_invitations_opening_sentence_is_no_subject() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 85/GM-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 19 tháng 01 năm 2026\n\nGIẤY MỜI\n"
        "Thực hiện Chương trình công tác của Ủy ban nhân dân tỉnh tháng 01/2026,\n"
        "Ủy ban nhân dân tỉnh tổ chức Họp đánh giá công tác cải cách hành chính.\n"
        "1. Chủ trì: Đồng chí Phó Chủ tịch UBND tỉnh.\n"
    )
    assert parse_header(text).subject is None


def test_the_national_social_insurance_named_whole() -> None:
    text = (
        "BẢO HIỂM XÃ HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 5469/BHXH-BC | Hà Nội, ngày 20 tháng 12 năm 2012 |\n"
        "Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương\n"
    )
    assert propose(text).issuer == "Bảo hiểm xã hội Việt Nam"  # a copy's cell lost «VIỆT NAM»


def test_a_city_abbreviated_on_the_line_above_its_name() -> None:
    text = (
        "THÀNH\nỦY\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n|\nĐẢNG\nCỘNG SẢN VIỆT NAM\n-------\n|\n"
        "Số:\n88-KH/TU\n|\nTP.\nHồ Chí Minh, ngày 24 tháng 12 năm 2021\n|\nKẾ HOẠCH\n"
    )
    assert parse_header(text).place == "Thành phố Hồ Chí Minh"


def test_a_towns_place_date_keeps_its_level() -> None:
    text = (
        "PHÒNG GD&ĐT CẦN GIUỘC\nTRƯỜNG TIỂU HỌC THỊ TRẤN CẦN GIUỘC\n"
        "Số: 78/TB-THTTCG      Thị trấn Cần Giuộc, ngày 20 tháng 9 năm 2021\n"
    )
    assert parse_header(text).place == "Thị trấn Cần Giuộc"


def test_bulleted_tasks_and_a_stamp_like_sentence_are_no_furniture() -> None:
    text = (
        "THÔNG BÁO\n\nCác chi bộ thực hiện:\n- Đăng ký tham gia trước ngày 20/12/2025.\n"
        "- Cập nhật 05 chỉ tiêu trước ngày 22/12/2025.\n"
    )
    assert [t.due_date for t in propose(text).tasks] == [date(2025, 12, 20), date(2025, 12, 22)]


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        # a province's school of politics keeps its province (a commune's school does not)
        ("UBND TỈNH HÀ TĨNH\nTRƯỜNG CHÍNH TRỊ\nSố: 12/TB-TCT\n", "Trường Chính trị tỉnh Hà Tĩnh"),
        # a commune named «Hội …» is the place of the front's committee, no branch of a Hội
        ("ỦY BAN MTTQ VIỆT NAM\nXÃ HỘI XUÂN\nSố: 12/TB-MTTQ\n", "Ủy ban MTTQ Việt Nam xã Hội Xuân"),
        (
            "HỘI KHUYẾN HỌC VIỆT NAM\nTHỊ HỘI HỒNG LĨNH\nSố: 3/CV-HKH\n",
            "Hội Khuyến học thị xã Hồng Lĩnh",
        ),
    ],
)
def test_places_and_branches_under_a_body(header: str, issuer: str) -> None:
    assert parse_header(header).issuer == issuer


def test_a_one_sentence_title_keeps_its_subject() -> None:
    text = (
        "UBND TỈNH HƯNG YÊN\nSỞ Y TẾ\nSố: 1/KH-SYT\nHưng Yên, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\n"
        "Triển khai công tác tuyển sinh năm học 2025-2026.\n1. Đối tượng tuyển sinh\n"
    )
    assert parse_header(text).subject == "Triển khai công tác tuyển sinh năm học 2025-2026"
