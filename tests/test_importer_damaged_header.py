"""Header rules for text that lost its marks (issue 16): the wrong OCR language model
drops the marks («PHU THO»), a PDF font without glyphs for the marked letters drops the
letters themselves («Ph Th, ngay 12 thang 01 nm 2017», «HNG DN»); and a portal's title
line gives the date right after the number («Số 924/SNV-CCHC Ngày 07-9-2015 V/v …»)."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.directives.importer import propose
from secretariat.directives.importer.places import province


@pytest.mark.parametrize(
    ("found", "spelt"),
    [
        ("PHU THO", "Phú Thọ"),
        ("Ph Th", "Phú Thọ"),  # ú and ọ dropped
        ("Lm ng", "Lâm Đồng"),  # â, Đ and ồ dropped
        ("Thanh pho Ho Chi Minh", "Thành phố Hồ Chí Minh"),
        ("DAK LAK", "Đắk Lắk"),
        ("Ba Ria - Vung Tau", "Bà Rịa - Vũng Tàu"),
        ("Long An", "Long An"),
    ],
)
def test_a_province_is_spelt_right_again(found: str, spelt: str) -> None:
    assert province(found) == spelt


@pytest.mark.parametrize("found", ["Lê Chân", "Le Chan", "Sa Dec", "Hồ Chí Minh", "H"])
def test_other_places_are_left_as_found(found: str) -> None:
    # a district or ward, or a place already written with its marks
    assert province(found) is None


def test_a_header_whose_font_dropped_the_marked_letters() -> None:
    text = (
        "UBND TNH PH TH CNG HO X HI CH NGHA VIT NAM\n\n"
        "S VN HO TH THAO V DU LCH c l p - T do - Hanh phuc\n\n\n"
        "S: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017\n\n"
        "HNG DN\n"
        "V vic t chc Chng trnh V min l hi\n"
        "ci ngun dn tc Vit Nam nm inh Du - 2017\n\n"
        "Thc hin Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009 ca Hi\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("02/HD-SVHTTDL", "Hướng dẫn")
    assert p.place == "Phú Thọ"
    assert p.issued_date == date(2017, 1, 12)
    # the type's title line is no subject; the lines under it are
    assert p.subject is not None and p.subject.startswith("V vic t chc Chng trnh")


def test_a_header_read_without_marks_spells_the_province() -> None:
    text = (
        "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "TINH QUANG NGAI Doc lap - Tu do - Hanh phuc\n\n"
        "So: 215/UBND-KT Quang Ngai, ngay 03 thang 4 nam 2024\n"
        "V/v bao cao ket qua thuc hien\n\n"
        "Kinh gui: UBND cac huyen, thi xa, thanh pho\n"
    )
    p = propose(text)
    assert p.place == "Quảng Ngãi"
    assert p.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert p.issued_date == date(2024, 4, 3)
    department = text.replace("UY BAN NHAN DAN CONG", "UBND TINH PHU THO CONG").replace(
        "TINH QUANG NGAI Doc", "SO VAN HOA, THE THAO VA DU LICH Doc"
    )
    assert propose(department).issuer == "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ"


def test_a_portals_title_line_dates_the_document_after_its_number() -> None:
    text = (
        "Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo công tác CCHC quý III năm 2015.\n\n"
        "Đăng ngày: 08/09/2015 11:03:35\n\nKính gửi:\n\n– Thủ trưởng các Sở, Ban ngành,\n\n"
        "Thực hiện Chỉ thị số 33-CT/TU ngày 01/12/2014 của Ban Thường vụ Tỉnh ủy.\n"
    )
    p = propose(text)
    assert p.number_symbol == "924/SNV-CCHC"
    assert p.issued_date == date(2015, 9, 7)  # not the portal's posting day
    assert p.doc_type == "Công văn"


def test_a_cited_documents_date_on_a_later_line_is_not_the_issue_date() -> None:
    text = (
        "Số: 15/UBND-VP\nV/v triển khai Công văn số 924/SNV-CCHC ngày 07/9/2015\n\n"
        "Kính gửi: UBND các xã, phường\n"
    )
    assert propose(text).issued_date is None
