"""Header rules for headers a copy ran together or OCR tore (issue 16): a header on one
line (a crawler), the two lines of a body's name on one, the comma of the place-date
lost, an electronic signature's box among the header's lines, specks and torn words at a
name's ends, a document cited in the body with its date."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.directives.importer import propose

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        ("UBND TỈNH BẮC GIANG VĂN PHÒNG", "Văn phòng Ủy ban nhân dân tỉnh Bắc Giang"),
        ("THÀNH ỦY HÀ NỘI BAN TỔ CHỨC", "Ban Tổ chức Thành ủy Hà Nội"),
        (
            "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh",
        ),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG", "Văn phòng Trung ương Đảng"),
        (
            "TỈNH ỦY LÂM ĐỒNG BAN TUYÊN GIÁO VÀ DÂN VẬN",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng",
        ),
        # a managing body, then the body under it («… HẢI PHÒNG», «QUỐC PHÒNG» are no Phòng)
        ("BỘ Y TẾ TRƯỜNG ĐẠI HỌC Y HÀ NỘI", "Trường Đại học Y Hà Nội"),
        ("TỔNG CỤC THUẾ CỤC THUẾ TỈNH NAM ĐỊNH", "Cục Thuế tỉnh Nam Định"),
        (
            "UBND HUYỆN HẢI HẬU PHÒNG TÀI CHÍNH - KẾ HOẠCH",
            "Phòng Tài chính - Kế hoạch huyện Hải Hậu",
        ),
        ("UBND THÀNH PHỐ HẢI PHÒNG", "Ủy ban nhân dân thành phố Hải Phòng"),
        # an organisation named again for its branch (abbreviated or not)
        ("HỘI LHPN VIỆT NAM HỘI LHPN TỈNH PHÚ YÊN", "Hội Liên hiệp Phụ nữ tỉnh Phú Yên"),
        (
            "TRUNG ƯƠNG HỘI CCB VIỆT NAM HỘI CCB TỈNH SÓC TRĂNG",
            "Hội Cựu chiến binh tỉnh Sóc Trăng",
        ),
        ("LĐLĐ THÀNH PHỐ ĐÀ NẴNG LĐLĐ QUẬN THANH KHÊ", "Liên đoàn Lao động quận Thanh Khê"),
        # a numbered ward keeps the district it is in
        (
            "UBND QUẬN GÒ VẤP ỦY BAN NHÂN DÂN PHƯỜNG 12",
            "Ủy ban nhân dân phường 12 quận Gò Vấp",
        ),
        # a body under another that names its own place is named alone
        ("CHI CỤC KIỂM LÂM ĐẮK NÔNG\nHẠT KIỂM LÂM HUYỆN TUY ĐỨC", "Hạt kiểm lâm huyện Tuy Đức"),
        # a district's council by its place; the provincial council's own committees
        (
            "UBND QUẬN NINH KIỀU\nHỘI ĐỒNG NGHĨA VỤ QUÂN SỰ",
            "Hội đồng nghĩa vụ quân sự quận Ninh Kiều",
        ),
        ("HĐND TỈNH KHÁNH HÒA\nBAN PHÁP CHẾ", "Ban Pháp chế Hội đồng nhân dân tỉnh Khánh Hòa"),
        ("HĐND HUYỆN KRÔNG PẮC\nTHƯỜNG TRỰC", "Thường trực Hội đồng nhân dân huyện Krông Pắc"),
        # a name that ends on its level: its place said above
        ("UBND TỈNH KON TUM\nBỆNH VIỆN ĐA KHOA TỈNH", "Bệnh viện đa khoa tỉnh Kon Tum"),
        # a steering board abbreviated, a place with an apostrophe
        (
            "UBND HUYỆN EA H'LEO\nBCĐ PHÒNG, CHỐNG DỊCH COVID-19",
            "Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Ea H'leo",
        ),
        # a name ending on a ward's level, its name said above it
        (
            "ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG TỨ MINH\nHỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG",
            "Hội Liên hiệp Phụ nữ phường Tứ Minh",
        ),
        # a department's centre takes the province the department names
        (
            "SỞ Y TẾ HẢI PHÒNG\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT",
            "Trung tâm Kiểm soát bệnh tật thành phố Hải Phòng",
        ),
        # on two lines: a military command above, the district's names its own place
        ("BỘ CHQS TỈNH QUẢNG NGÃI\nBAN CHQS HUYỆN TƯ NGHĨA", "Ban Chỉ huy quân sự huyện Tư Nghĩa"),
        (
            "UBND THÀNH PHỐ CÀ MAU\nỦY BAN NHÂN DÂN PHƯỜNG 5",
            "Ủy ban nhân dân phường 5 thành phố Cà Mau",
        ),
    ],
)
def test_a_body_and_its_department_on_one_line(names: str, issuer: str) -> None:
    text = f"{names}\n{MOTTO}Số: 15/TB-VP\nHà Nội, ngày 02 tháng 3 năm 2026\nTHÔNG BÁO\nVề lịch\n"
    assert propose(text).issuer == issuer


def test_a_header_run_onto_one_line_ends_its_subject_where_the_body_begins() -> None:
    text = (
        "TỈNH ỦY NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM * Số 1245-TB/TU Nghệ An, ngày 04 tháng 8 "
        "năm 2025 THÔNG BÁO kết luận của Ban Thường vụ Tỉnh ủy về tình hình vận hành chính "
        "quyền địa phương hai cấp Ngày 31/7/2025, Ban Thường vụ Tỉnh ủy họp nghe báo cáo.\n"
        "Ban Thường vụ Tỉnh ủy kết luận như sau:\n"
        "1. Các đảng ủy xã, phường hoàn thành rà soát trước ngày 15/8/2025.\n"
    )
    p = propose(text)
    assert p.issuer == "Tỉnh ủy Nghệ An"
    assert p.doc_type == "Thông báo"
    assert p.subject == (
        "kết luận của Ban Thường vụ Tỉnh ủy về tình hình vận hành chính quyền địa phương hai cấp"
    )


HEAD = (
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HẢI DƯƠNG Độc lập - Tự do - Hạnh phúc\n"
)


@pytest.mark.parametrize(
    ("line", "place", "issued"),
    [
        ("Số: 12/UBND-VP Hải Dương ngày 09 tháng 4 năm 2026", "Hải Dương", date(2026, 4, 9)),
        ("z) Số: 12/UBND-VP Hải Dương ngày 09 tháng 4 năm 2026", "Hải Dương", date(2026, 4, 9)),
        # the day and the month written by hand, OCR lost them: the place still stands
        ("Số: 12/UBND-VP Hải Dương ngày 09 thảng ?# năm 2026", "Hải Dương", None),
        ("Số: 12/UBND-VP Hải Dương, ngày (D tháng 01 năm 201]", "Hải Dương", None),  # the year too
    ],
)
def test_a_place_date_whose_comma_ocr_lost(line: str, place: str, issued: date | None) -> None:
    p = propose(f"{HEAD}{line}\nV/v triển khai công tác\n\nKính gửi: UBND các xã.\n")
    assert (p.place, p.issued_date) == (place, issued)
    assert p.subject == "triển khai công tác"


def test_a_date_without_its_comma_in_a_sentence_is_no_place_date() -> None:
    text = (
        f"{HEAD}Số: 12/UBND-VP\nV/v triển khai công tác\n\n"
        "Căn cứ Thông tư số 15/2020/TT-\nBGDĐT ngày 26 tháng 5 năm 2020 và được sửa đổi;\n"
    )
    p = propose(text)
    assert (p.place, p.issued_date) == (None, None)  # not «BGDĐT», not 26/5/2020


def test_a_cited_documents_date_is_no_issue_date() -> None:
    # the day of the place-date written by hand and lost; the first date below it is a
    # cited plan's, in a sentence that goes on
    text = (
        "UBND TỈNH PHÚ THỌ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: JT§ /STTTT-CNTT Phú Thọ, ngày | tháng 12 năm 2011\n\n"
        "V/v đăng ký danh sách tham gia Hội thi\n\n"
        "Kính gửi: Các đơn vị trực thuộc sở.\n\n"
        "Thực hiện Kế hoạch số 25/KH-STTTT, ngày 6 tháng 12 năm 2011 của sở\n"
        "Thông tin và Truyền thông tỉnh Phú Thọ về tổ chức Hội thi.\n"
    )
    p = propose(text)
    assert p.issued_date is None  # a gap the clerk fills, never a wrong date
    assert p.place == "Phú Thọ"
    assert p.issuer == "Sở Thông tin và Truyền thông tỉnh Phú Thọ"


def test_an_electronic_signatures_box_is_no_issuer() -> None:
    text = (
        "Cơ quan: VĂN PHONG CHÍNH PHỦ\n\nThời gian ký: 04.05.2026 09:44:21 +07:00\n\n"
        "THỦ TƯỚNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "—— Độc lập - Tự do - Hạnh phúc\n\n"
        "Người ký: CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\n\n"
        "Số: 464/TTg-CĐS Hà Nội, ngày 30 tháng 4 năm 2026\n"
        "V/v triển khai các Nghị quyết cắt giảm\n"
    )
    assert propose(text).issuer == "Thủ tướng Chính phủ"


def test_specks_and_a_torn_head_around_a_scans_name() -> None:
    text = (
        "|\n| | -\n_ỦY BANN ÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        ".  TỈNH PHU THỌ Độc lập - Tự do - Hạnh phúc\n\nIS]\n"
        "Số: /42/UBND- KSTTHC Phú Thọ, ngày 0 Ttháng 12 năm 2011\n\n"
        "Về việc xây dựng kế hoạch rà\nsoát quy định, thủ tục hành chính.\n\n"
        "Kính gửi:\n- Các sở, ban, ngành;\n"
    )
    p = propose(text)
    assert p.issuer == "Ủy ban nhân dân tỉnh Phú Thọ"
    # «Về việc» under a number OCR could not read is a Công văn's subject all the same
    assert p.doc_type == "Công văn"
    assert p.subject == "Về việc xây dựng kế hoạch rà soát quy định, thủ tục hành chính"


def test_a_standing_office_under_a_committee_split_by_the_motto() -> None:
    text = (
        "BAN CHỈ HUY PCTT VÀ TKCN\nTỈNH THỪA THIÊN HUẾ\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n"
        "VĂN PHÒNG THƯỜNG TRỰC\nSố: 254 /TB-PCTT\n\n"
        "Thừa Thiên Huế, ngày 06 tháng 9 năm 2022\n\nTHÔNG BÁO\n"
        "Cảnh báo, ứng phó với mưa vừa, mưa to và dông\nKính gửi:\n"
    )
    p = propose(text)
    assert p.issuer == "Văn phòng Thường trực Ban Chỉ huy PCTT và TKCN tỉnh Thừa Thiên Huế"
    assert p.subject == "Cảnh báo, ứng phó với mưa vừa, mưa to và dông"


def test_a_place_whose_name_starts_like_a_weekday() -> None:
    # «Thủ» of Thủ Dầu Một folds to «thu», as «Thứ» does: no weekday follows it
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH BÌNH DƯƠNG\tĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 09/2009/CT-UBND\tThủ Dầu Một, ngày 15  tháng 4  năm 2009\n\nCHỈ THỊ\n"
        "Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở\n"
    )
    p = propose(text)
    assert (p.place, p.issued_date) == ("Thủ Dầu Một", date(2009, 4, 15))


def test_ocr_s_v_v_and_a_glued_ubnd() -> None:
    text = (
        ".  UBNDTỈNH BẮC GIANG - CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 298/STTTT-CNTT Bắc Giang, ngày 12 tháng 9 năm 2012\n"
        "⁄w Tổ chức Hội thi Tin học cho cán bộ\nCCVC tỉnh Bắc Giang năm 2012\n\n"
        "Kính gửi: - Các sở, cơ quan thuộc UBND tỉnh;\n"
    )
    p = propose(text)
    assert p.issuer == "Sở Thông tin và Truyền thông tỉnh Bắc Giang"
    assert p.doc_type == "Công văn"
    assert p.subject == "Tổ chức Hội thi Tin học cho cán bộ CCVC tỉnh Bắc Giang năm 2012"


def test_a_standing_committee_s_resolution_numbered_and_dated_its_own_way() -> None:
    text = (
        "UỶ BAN THƯỜNG VỤ QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nNghị quyết số: 120/2026/UBTVQH15\n"
        "NGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 70/2025/UBTVQH15\n"
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp;\nQUYẾT NGHỊ:\nĐiều 1. Sửa đổi.\n"
        "Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua ngày 03 tháng 02 "
        "năm 2026.\n"
    )
    p = propose(text)
    assert p.number_symbol == "120/2026/UBTVQH15"
    assert p.issuer == "Ủy ban Thường vụ Quốc hội"
    assert p.subject == "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 70/2025/UBTVQH15"
    assert p.issued_date == date(2026, 2, 3)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Tp.HCM, ngày 10 tháng 3 năm 2014", "Thành phố Hồ Chí Minh"),
        ("Tp. Hồ Chí Minh, ngày 22 tháng 01 năm 2013", "Thành phố Hồ Chí Minh"),
        ("TP. Hải Phòng, ngày 22 tháng 01 năm 2013", "Thành phố Hải Phòng"),
    ],
)
def test_a_city_written_short_is_named_whole(line: str, place: str) -> None:
    text = f"TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN\nSố: 01/TB-BGH\n{MOTTO}{line}\nTHÔNG BÁO\nVề lịch\n"
    assert propose(text).place == place


def test_a_subject_in_brackets_under_the_title() -> None:
    text = (
        f"TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN\n{MOTTO}Tp. Hồ Chí Minh, ngày 22 tháng 01 năm 2013\n"
        "Số: 01/TB-BGH\n\nTHÔNG BÁO\n(V/v Tăng cường giám sát trong phòng thi)\n\nHiện nay …\n"
    )
    assert propose(text).subject == "Tăng cường giám sát trong phòng thi"


def test_a_portal_stamp_and_specks_around_a_scans_title() -> None:
    text = (
        "Người ký: CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nCơ quan: VĂN PHONG CHÍNH PHU\n\n"
        "ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH PHÚ THỌ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 3/2025/QĐ-UBND Phú Thọ, ngày 01 tháng 7 năm 2025\n: ,OUYẾT ĐỊNH\n\n"
        "CÔNG THÔNG TIN = TỦ CHÍNH PHỦ\n\n"
        "Quy định chức năng, nhiệm vụ, quyền hạn và\ncơ cấu tổ chức của Sở Công Thương\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    p = propose(text)
    assert p.doc_type == "Quyết định"
    assert p.subject == (
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương"
    )


@pytest.mark.parametrize(
    ("first", "issuer"),
    [
        # a page's title run onto the header's first line
        ("Quyết định 173/QĐ-BTP BỘ TƯ PHÁP", "Bộ Tư pháp"),
        # a copy's box, its signing time, then the body
        ("SAOY Bộ Công an Thời gian ký: 2025-11-25T17:01:58+07:00 BỘ CÔNG AN", "Bộ Công an"),
    ],
)
def test_the_body_after_what_a_copy_put_before_it(first: str, issuer: str) -> None:
    text = f"{first}\n{MOTTO}Số: 173/QĐ-BTP Hà Nội, ngày 29 tháng 01 năm 2015\nQUYẾT ĐỊNH\nVề X\n"
    assert propose(text).issuer == issuer


def test_a_names_second_line_after_the_motto_in_a_columns_cell() -> None:
    text = (
        "ỦY BAN NHÂN DÂN                             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH "
        "LÀO CAI                                         Độc lập - Tự do - Hạnh phúc Số: 5973 "
        "/UBND-KT                                Lào Cai, ngày 11 tháng 6 năm 2026 V/v tăng "
        "cường công tác quản lý khoáng sản Kính gửi: - Các Sở, ban, ngành thuộc UBND tỉnh.\n"
    )
    assert propose(text).issuer == "Ủy ban nhân dân tỉnh Lào Cai"


def test_a_gazette_s_title_block_names_issuer_number_and_date() -> None:
    text = (
        "\ufeffCHỈ THỊ\nCỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG SỐ 07/2008/CT-BTTTT\n"
        "NGÀY 30 THÁNG 12 NĂM 2008   \n"
        "VỀ ĐẨY MẠNH SỬ DỤNG PHẦN MỀM MÃ NGUỒN MỞ TRONG HOẠT ĐỘNG CỦA CƠ QUAN, TỔ CHỨC NHÀ NƯỚC\n"
        "\n\nThực hiện Quyết định số 235/2004/QĐ-TTg ngày 02 tháng 3 năm 2004 của Thủ tướng …\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type, p.issuer) == (
        "07/2008/CT-BTTTT",
        "Chỉ thị",
        "Bộ Thông tin và Truyền thông",
    )
    assert p.issued_date == date(2008, 12, 30)
    assert p.subject == (
        "VỀ ĐẨY MẠNH SỬ DỤNG PHẦN MỀM MÃ NGUỒN MỞ TRONG HOẠT ĐỘNG CỦA CƠ QUAN, TỔ CHỨC NHÀ NƯỚC"
    )


SCAN_HEAD = (
    "UỶ BAN NHÂN DÂN CỘNG HÒA |XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"  # OCR's bar in the motto
    "TỈNH BẮC GIANG Độc lập - Tự dd - Hạnh phúc\n\n"  # «Tự dd»
)


def test_a_scans_header_its_number_lost_and_a_cited_number_below() -> None:
    text = (
        f"{SCAN_HEAD}Số: Z4Z/UBND- VX Bắc Giang, ngày 4ƒ tháng 4 năm 2012\n\n"
        "V/v Chỉ đạo, phối hợp tổ chức thực\nhiện xây dựng Khu dân cư văn hoá\n\n"
        "Kính gửi: - UBND các huyện, thành phố.\n\n"
        "Tiếp tục thực hiện Nghị quyết số 26/NQ-TW và Quyệt định sô\n\n"
        "800/QĐ-TTg ngày 04/6/2010 của Thủ tướng Chính phủ phê duyệt chương trình;\n"
    )
    p = propose(text)
    assert p.number_symbol is None  # never the cited «800/QĐ-TTg»
    assert (p.doc_type, p.issuer, p.place) == (
        "Công văn",
        "Ủy ban nhân dân tỉnh Bắc Giang",
        "Bắc Giang",
    )


def test_an_earlier_document_told_of_in_the_body_dates_nothing() -> None:
    text = (
        f"{SCAN_HEAD}Số: 24£(?/KH-UBND — Bắc Giang, ngày đỆ tháng 11 năm 2010\n\nKẾ HOẠCH\n"
        "Ứng dụng công nghệ thông tin\n\n"
        "Ngày 26/12/2006, Ban chỉ đạo CNTT tỉnh đã ban hành Kế hoạch số\n2970/KH-BCĐ về việc …\n"
    )
    p = propose(text)
    assert (p.doc_type, p.issued_date) == ("Kế hoạch", None)  # not 26/12/2006


@pytest.mark.parametrize(
    ("line", "doc_type"),
    [
        ("Số: /?4 /GM-UBND Bắc Giang, ngày 4? tháng l0 năm 2012", "Giấy mời"),
        ("Số: /GM-UBND Bắc Giang, ngày 82 thángZ năm 2012", "Giấy mời"),
    ],
)
def test_the_type_of_a_number_written_by_hand(line: str, doc_type: str) -> None:
    assert propose(f"{SCAN_HEAD}{line}\n\nMỜI HỌP UBND TỈNH\n\nKính gửi:\n").doc_type == doc_type


def test_a_v_v_line_says_cong_van_whatever_an_unread_number_s_symbol_looks_like() -> None:
    text = (
        "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUE Độc lập — Tự do -Hạnh phúc\n"
        "Số: 2/9. /CT-CS Hà Nội ngày 09 thảng ?# năm 2026\n\nV/v chính sách thuế TNDN\n\n"
        "Kính gửi: Thuế tỉnh Ninh Bình.\n"
    )
    assert propose(text).doc_type == "Công văn"  # «CT» is Cục Thuế here, no Chỉ thị


def test_a_reports_month_section_dates_its_bullets_in_the_year_the_header_shows() -> None:
    # the day of the place-date written by hand and lost: its year still dates the month
    text = (
        "UBND TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc\n"
        "Số: 20/BC-SCT Bắc Giang, ngày ?? tháng 10 năm 2012\n\nBÁO CÁO\nHoạt động tháng 10\n\n"
        "III- NHIỆM VỤ TRỌNG TÂM THÁNG 11\n\n"
        "- Trình UBND tỉnh phê duyệt Quy hoạch mạng lưới kinh doanh khí dầu mỏ hóa lỏng;\n\n"
        "- Tổ chức kiểm tra, nghiệm thu đề tài khoa học công nghệ cấp cơ sở năm 2012;\n\n"
        "*MỘT SỐ ĐỀ XUẤT, KIẾN NGHỊ VỚI CHÍNH PHỦ VÀ CÁC BỘ, NGÀNH:\n"
        "- Sớm xây dựng Kế hoạch triển khai đầu tư cơ sở hạ tầng thương mại.\n"
    )
    tasks = propose(text).tasks
    assert [t.due_date for t in tasks if t.phrase] == [date(2012, 11, 30)] * 2
    # what the report asks of the Government is no task of its month
    assert not any("hạ tầng thương mại" in t.text and t.due_date for t in tasks)


def test_a_notices_v_v_in_brackets_under_its_number_and_kinh_goi_under_its_title() -> None:
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐH DUY TÂN\n_____&_____\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số : 363/TB-ĐHDT\n(V/v quản lý hoạt động giáo viên chủ nhiệm và tư vấn)\n \n"
        "Đà Nẵng, ngày   02    tháng 12 năm 2008\n \nTHÔNG BÁO\n \n"
        "Kính gởi :       - Các Thầy Cô lãnh đạo Khoa.\n"
    )
    p = propose(text)
    assert (p.doc_type, p.issued_date) == ("Thông báo", date(2008, 12, 2))
    assert p.subject == "quản lý hoạt động giáo viên chủ nhiệm và tư vấn"


def test_a_layout_copys_header_cells_run_together() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH LÀO CAI\n"
        "Độc lập - Tự do - Hạnh phúc Số: 5973 /UBND-KT\n"
        "Lào Cai, ngày 11 tháng 6 năm 2026 V/v tăng cường công tác quản lý khoáng sản "
        "Kính gửi: - Các Sở, ban, ngành thuộc UBND tỉnh.\n\nThực hiện Văn bản số 4250 …\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("5973/UBND-KT", "Công văn")
    assert (p.place, p.issued_date) == ("Lào Cai", date(2026, 6, 11))
    assert p.subject == "tăng cường công tác quản lý khoáng sản"


def test_a_series_number_on_the_number_line() -> None:
    text = (
        "CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 66.12/2026/NQ-CP\nHà Nội, ngày 10 tháng 01 năm 2026\nNGHỊ QUYẾT\nVề Ban chỉ huy\n"
    )
    assert propose(text).number_symbol == "66.12/2026/NQ-CP"


@pytest.mark.parametrize(
    ("subject_line", "subject"),
    [
        # a body the subject names is kept; only an enacting body run on after it goes
        (
            "Ban hành Quy chế phối hợp với Văn phòng Chính phủ",
            "Ban hành Quy chế phối hợp với Văn phòng Chính phủ",
        ),
        (
            "VỀ VIỆC THỰC HIỆN CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ",
            "VỀ VIỆC THỰC HIỆN CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ",
        ),
        (
            "Về việc giao dự toán năm 2026 cho Ủy ban nhân dân xã Tân An",
            "Về việc giao dự toán năm 2026 cho Ủy ban nhân dân xã Tân An",
        ),
    ],
)
def test_a_subject_keeps_the_body_it_names(subject_line: str, subject: str) -> None:
    text = f"ỦY BAN NHÂN DÂN XÃ TÂN AN\n{MOTTO}Số: 5/QĐ-UBND\nTân An, ngày 02 tháng 3 năm 2026\n"
    text += f"QUYẾT ĐỊNH\n{subject_line}\nCăn cứ Luật;\n"
    p = propose(text)
    assert p.subject == subject
    assert p.issuer == "Ủy ban nhân dân xã Tân An"  # its «XÃ» kept (no torn head to mend)


def test_a_cited_documents_date_gives_no_year_and_no_handwriting_check() -> None:
    text = (
        "KẾ HOẠCH\nTriển khai công tác năm 2026\nSố: 12/KH-ĐU\n"
        "Căn cứ Quy định số 30-QĐ/TW, ngày 26 tháng 7 năm 2021 của Ban Chấp hành Trung ương;\n"
        "1. Các chi bộ báo cáo trước ngày 15/12.\n"
    )
    p = propose(text)
    assert p.to_check == ()
    assert [t.due_date for t in p.tasks if t.phrase] == [None]  # no year: to review


def test_a_sentence_with_a_number_and_a_v_v_is_no_header_cell() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n{MOTTO}Số: 77/UBND-VP\nLào Cai, ngày 02 tháng 3 năm 2026\n"
        "V/v triển khai công tác năm 2026\n\nKính gửi: UBND các xã.\n\n"
        "Thực hiện Công văn số 123/UBND-VP ngày 05/3/2026 của UBND tỉnh V/v triển khai công tác "
        "năm 2026, UBND tỉnh đề nghị:\n"
    ).replace("{MOTTO}", MOTTO)
    assert propose(text).subject == "triển khai công tác năm 2026"


def test_a_header_flattened_row_by_row_puts_its_left_cells_back_together() -> None:
    # «ỦY BAN NHÂN DÂN | CỘNG HÒA … VIỆT NAM» then «TỈNH YÊN BÁI | Độc lập …», one line
    text = (
        "Trang chủ văn bản ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM HUYỆN TRẠM "
        "TẤU Độc lập - Tự do - Hạnh phúc Số: 412/UBND-NC Trạm Tấu, ngày 09 tháng 3 năm 2019 "
        "V/v rà soát hồ sơ cán bộ Kính gửi: Ủy ban nhân dân các xã.\n"
        "Đề nghị các xã báo cáo trước ngày 20/3/2019.\n"
    )
    p = propose(text)
    assert (p.issuer, p.number_symbol, p.place) == (
        "Ủy ban nhân dân huyện Trạm Tấu",
        "412/UBND-NC",
        "Trạm Tấu",
    )
    assert p.subject == "rà soát hồ sơ cán bộ"


def test_a_pages_words_before_a_flattened_header_are_no_part_of_its_body() -> None:
    text = (
        "Nghị quyết 18/2019/QH14 QUỐC HỘI -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc "
        "lập - Tự do - Hạnh phúc --------------- Nghị quyết số: 18/2019/QH14 Hà Nội, ngày 12 "
        "tháng 6 năm 2019 NGHỊ QUYẾT VỀ CHƯƠNG TRÌNH GIÁM SÁT NĂM 2020 QUỐC HỘI Căn cứ Hiến "
        "pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    )
    p = propose(text)
    assert (p.issuer, p.doc_type) == ("Quốc hội", "Nghị quyết")
    # an e-signature's label is no page title: «Ký bởi: CÔNG BÁO» names no issuer
    signed = "Ký bởi: CÔNG BÁO ĐIỆN TỬ " + text.split(" ", 2)[2]
    assert propose(signed).issuer == "Quốc hội"


def test_a_subject_after_a_number_on_a_flattened_line_is_cut_off_the_number() -> None:
    text = (
        "SỞ Y TẾ TỈNH NAM ĐỊNH ----- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc ------- Số: 77/SYT-NVY Về tiêm chủng mở rộng năm 2016 Kính gửi: Các trạm "
        "y tế xã.\nCác trạm báo cáo trước ngày 15/4/2016.\n"
    )
    p = propose(text)
    assert p.number_symbol == "77/SYT-NVY"
    assert p.subject is not None and p.subject.endswith("tiêm chủng mở rộng năm 2016")


def test_a_subject_that_ends_on_its_own_province_keeps_it_before_the_place_date() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ ***** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
        "phúc ******* Số: 512/VPCP-NN V/v kè chống sạt lở bờ sông, tỉnh Vĩnh Long Hà Nội, "
        "ngày 30 tháng 10 năm 2009 Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn.\n"
        "Bộ báo cáo trước ngày 15/11/2009.\n"
    )
    p = propose(text)
    assert p.place == "Hà Nội"
    assert p.subject == "kè chống sạt lở bờ sông, tỉnh Vĩnh Long"


REWRAPPED = (
    "ỦY BAN NHÂN DÂN TỈNH KON TUM ------- CỘNG HÒA XÃ HỘI\n"
    "  CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 233/QĐ-UBND "
    "Kon Tum, ngày\n"
    "  14 tháng 5 năm 2024 QUYẾT ĐỊNH VỀ VIỆC GIAO CHỈ TIÊU\n"
    "TRỒNG RỪNG NĂM 2024 CHO CÁC HUYỆN ỦY BAN NHÂN DÂN TỈNH KON TUM Căn cứ Luật Tổ chức\n"
    "chính quyền địa phương ngày 19/6/2015;\n"
)


def test_a_header_a_crawler_ran_on_and_wrapped_again_is_read_whole() -> None:
    p = propose(REWRAPPED)
    assert (p.issuer, p.number_symbol, p.doc_type, p.place, p.issued_date) == (
        "Ủy ban nhân dân tỉnh Kon Tum",
        "233/QĐ-UBND",
        "Quyết định",
        "Kon Tum",
        date(2024, 5, 14),
    )
    assert p.subject == "VỀ VIỆC GIAO CHỈ TIÊU TRỒNG RỪNG NĂM 2024 CHO CÁC HUYỆN"


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        ("THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ"),
        ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    ],
)
def test_a_cong_dien_title_ends_before_its_sender_and_whom_it_is_sent_to(
    sender: str, body: str
) -> None:
    text = (
        f"{sender} ------- CỘNG HÒA XÃ HỘI\n  CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "--------------- Số: 12/CĐ-TTg Hà Nội, ngày 03\n  tháng 9 năm 2024 CÔNG ĐIỆN VỀ VIỆC "
        "TẬP TRUNG ỨNG PHÓ BÃO SỐ 3 TRÊN TUYẾN ĐƯỜNG BỘ VEN BIỂN\n"
        f"{body} điện: - Chủ tịch Ủy ban nhân dân các tỉnh ven biển. Các tỉnh báo cáo trước "
        "16 giờ ngày 05/9/2024.\n"
    )
    assert propose(text).subject == (
        "VỀ VIỆC TẬP TRUNG ỨNG PHÓ BÃO SỐ 3 TRÊN TUYẾN ĐƯỜNG BỘ VEN BIỂN"
    )


def test_a_whole_header_on_its_first_line_its_subject_wrapped_under_it() -> None:
    text = (
        "UỶ BAN NHÂN DÂN TỈNH HÀ GIANG -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự "
        "do - Hạnh phúc --------------- Số: 512/QĐ-UBND Hà Giang, ngày 10 tháng 9 năm\n"
        "  2020 QUYẾT ĐỊNH VỀ VIỆC HẠN CHẾ PHƯƠNG TIỆN GIAO THÔNG TRÊN MỘT SỐ TUYẾN ĐƯỜNG\n"
        "THUỘC THÀNH PHỐ HÀ GIANG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ\n"
        "GIANG Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
    )
    p = propose(text)
    assert (p.place, p.issued_date) == ("Hà Giang", date(2020, 9, 10))
    assert p.subject == (
        "VỀ VIỆC HẠN CHẾ PHƯƠNG TIỆN GIAO THÔNG TRÊN MỘT SỐ TUYẾN ĐƯỜNG THUỘC THÀNH PHỐ HÀ GIANG"
    )


def test_a_notice_of_the_prime_ministers_conclusions_keeps_whose_they_are() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
        "phúc --------------- Số: 210/TB-VPCP Hà Nội, ngày 02 tháng 6 năm 2024 THÔNG BÁO KẾT "
        "LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ DỰ ÁN ĐƯỜNG VÀNH ĐAI 4 Ngày 25 tháng 5 "
        "năm 2024, Thủ tướng Chính phủ chủ trì cuộc họp.\n"
    )
    assert propose(text).subject == (
        "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ DỰ ÁN ĐƯỜNG VÀNH ĐAI 4"
    )


def test_a_deputy_prime_ministers_conclusions_keep_whose_they_are() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
        "phúc --------------- Số: 77/TB-VPCP Hà Nội, ngày 02 tháng 3 năm 2025 THÔNG BÁO KẾT "
        "LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ QUY CHUẨN KHÍ THẢI Ngày 25 tháng 2 "
        "năm 2025, Phó Thủ tướng chủ trì cuộc họp.\n"
    )
    assert (
        propose(text).subject
        == "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ QUY CHUẨN KHÍ THẢI"
    )


def test_a_ward_named_like_a_type_is_no_title() -> None:
    text = (
        "DỰ THẢO\n\nỦY BAN NHÂN DÂN\nPHƯỜNG AN DƯƠNG\n\nSố:      /QĐ-UBND\n\n"
        f"{MOTTO}\nAn Dương, ngày    tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế làm việc của Ủy ban nhân dân phường An Dương\n\n"
        "ỦY BAN NHÂN DÂN PHƯỜNG AN DƯƠNG\n"
    )
    proposal = propose(text)
    assert (proposal.doc_type, proposal.issuer) == ("Quyết định", "Ủy ban nhân dân phường An Dương")
    assert proposal.subject == "Ban hành Quy chế làm việc của Ủy ban nhân dân phường An Dương"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Số:   1452 /TCS2-QLHKD", "1452/TCS2-QLHKD"),  # a numbered branch's letters
        ("Số 57 TB/ĐU", "57-TB/ĐU"),  # a Party number whose hyphen was lost
        ("Số: 947 QĐ/UB", "947 QĐ/UB"),  # (a committee's old number, as printed)
    ],
)
def test_numbers_of_branches_and_lost_hyphens(line: str, number: str) -> None:
    text = f"THUẾ THÀNH PHỐ HẢI PHÒNG\n{line}\nHải Phòng, ngày 24 tháng 11 năm 2025\nV/v x\n"
    assert propose(text).number_symbol == number


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        ("ĐẢNG BỘ QUẬN 3\nCHI BỘ CƠ QUAN", "Chi bộ cơ quan"),
        ("QUẬN ỦY GÒ VẤP\nĐẢNG ỦY PHƯỜNG 12", "Đảng ủy phường 12"),
        ("UBND QUẬN 3\nUBND PHƯỜNG 12", "Ủy ban nhân dân phường 12 quận 3"),
        ("UBND QUẬN 9\nTRUNG TÂM VĂN HÓA QUẬN 9", "Trung tâm Văn hóa quận 9"),
        # a department that names its committee again: the committee above, named whole
        ("ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC\nVĂN PHÒNG ĐẢNG ỦY", "Văn phòng Đảng ủy phường Lê Ích Mộc"),
        ("TỈNH ỦY NGHỆ AN\nVĂN PHÒNG TỈNH ỦY", "Văn phòng Tỉnh ủy Nghệ An"),
    ],
)
def test_what_the_reviewer_found_in_pairs(names: str, issuer: str) -> None:
    text = f"{names}\n{MOTTO}Số: 15/KH-UBND\nHà Nội, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nVề lịch\n"
    assert propose(text).issuer == issuer


def test_a_long_line_of_names_is_read_in_linear_time() -> None:
    # («HỘI LHPN VIỆT NAM» four thousand times: a name's head searched in a bounded window)
    text = "HỘI LHPN VIỆT NAM " * 4000 + "\n" + MOTTO + "Số: 15/KH-HPN\n"
    assert propose(text).number_symbol == "15/KH-HPN"
