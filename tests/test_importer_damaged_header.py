"""Header rules for text that lost its marks (issue 16): the wrong OCR language model
drops the marks («PHU THO»), a PDF font without glyphs for the marked letters drops the
letters themselves («Ph Th, ngay 12 thang 01 nm 2017», «HNG DN»); and a portal's title
line gives the date right after the number («Số 924/SNV-CCHC Ngày 07-9-2015 V/v …»)."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.directives.importer import propose
from secretariat.directives.importer.provinces import central_body, province


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
        ("Dà Näng", "Đà Nẵng"),  # marks OCR got wrong
        ("Hoà Bình", "Hòa Bình"),
    ],
)
def test_a_province_is_spelt_right_again(found: str, spelt: str) -> None:
    assert province(found) == spelt


@pytest.mark.parametrize("found", ["Lê Chân", "Le Chan", "Sa Đéc", "Sa Dec", "H", ""])
def test_other_places_are_left_as_found(found: str) -> None:
    # a district or a ward is no province
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


def test_an_electronic_signatures_box_names_the_body_and_the_day_a_damaged_header_lost() -> None:
    text = (
        "Ký bởi: ỦY BAN NHÂN\nDÂN TỈNH LÂM ĐỒNG\nCơ quan: ỦY BAN NHÂN\nDÂN TỈNH LÂM ĐỒNG\n"
        "Thời gian ký: 13/11/2025\n15:53:50\n\nuY BAN NgAN nAN\nTINH LAMDONG\n\n"
        "ceNG HoA xA ugr cuu xcuia vrET NAM\n\n56:]+9-} /TB-LIBND\n\n"
        "Ldm D6ng, ngdy fithdng 11 ndm 2025\n\nTHONGBAo\n\nfiit tu6n cria tldng chi\n"
    )
    p = propose(text)
    assert p.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert p.issued_date == date(2025, 11, 13)


def test_a_certified_copys_box_spells_the_issuer_but_its_day_is_the_copys() -> None:
    text = (
        "SAO Y\nỦy ban nhân dân thành phố Đà Nẵng\nThời gian ký: 19/10/2023 10:56:22 +07:00\n\n"
        "UY BAN NHAN DAN\nTIIANH PHO DA NANG\n\nCONG HOA xA HQI CilU NGHIA VIT NAM\n"
        "Dc Ip - Tir do - Hnh phiic\n\nS& 5?AD /UBND-SGDDT\n\n"
        "Dà Näng, ngày ,gtháng 10 nàm 2023\n\nV/v thrc hin Thông báo sf3 496-TB/TIJ\n\n"
        "KInh gUi:\n- Các s&, ban, ngành;\n"
    )
    p = propose(text)
    assert p.issuer == "Ủy ban nhân dân thành phố Đà Nẵng"  # not «Tiianh pho da nang»
    assert p.issued_date is None  # the copy was signed on the 19th; the day is unread


def test_a_header_read_whole_keeps_its_own_issuer_beside_a_signature() -> None:
    text = (
        "Ký bởi: Sở Nội vụ\nEmail: snv@lamdong.gov.vn\nCơ quan: Tỉnh Lâm Đồng\n"
        "Thời gian ký: 28.11.2025 16:02:11 +07:00\n\n"
        "UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 115/BC-SNV Lâm Đồng, ngày 27 tháng 11 năm 2025\n\nBÁO CÁO\nTình hình thực hiện\n"
    )
    p = propose(text)
    assert p.issuer == "Sở Nội vụ tỉnh Lâm Đồng"
    assert p.issued_date == date(2025, 11, 27)  # the header's day, not the signature's


def test_a_flattened_two_column_header_with_its_number_split_from_its_symbol() -> None:
    # pdftotext: «Số:277» in the issuer's cell, «/KH-UBND» lines below; «ngày14 tháng7»
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố:277\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n/KH-UBND\n\n"
        "Hà Nội, ngày14 tháng7 năm 2026\n\nKẾ HOẠCH\nTriển khai đợt cao điểm 100 ngày\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("277/KH-UBND", "Kế hoạch")
    assert p.issuer == "Ủy ban nhân dân thành phố Hà Nội"  # not the symbol's line
    assert (p.place, p.issued_date) == ("Hà Nội", date(2026, 7, 14))


def test_an_ocr_scans_margin_noise_and_its_vv() -> None:
    text = (
        "CÔNG AN TP ĐÀ NẴNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "PHÒNG AN NINH NỘI BỘ Độc lập - Tự do - Hạnh phúc\n"
        "z) Số: 415 /CV-PA83 Đà Nẵng, ngày 26 tháng 4 năm 2018\n\n"
        "VíV thông báo hoạt động của tà đạo\nHội thánh Đức Chúa trời\n\n"
        "NI: › Kính gửi: - Sở Giáo dục và Đào tạo thành phố Đà Nẵng;\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("415/CV-PA83", "Công văn")
    assert p.issuer == "Phòng An ninh nội bộ Công an thành phố Đà Nẵng"
    assert p.subject == "thông báo hoạt động của tà đạo Hội thánh Đức Chúa trời"


def test_a_vv_ocr_damaged_under_an_unread_number_and_a_slash_before_the_issuer() -> None:
    text = (
        "TỈNH ỦY LÂM ĐÔNG ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYỂN GIÁO VÀ DÂN VẬN\n+\n\n"
        "; Lâm Đồng, ngày 0⁄; tháng 9 năm 2025\nSố đJ/0 -CV/BTGDVTU\n\n"
        "ƒ/w cử lãnh đạo Ban tham gia\nBan Vì sự tiến bộ của phụ nữ\n\nKính gửi: Sở Nội vụ.\n"
    )
    p = propose(text)
    assert p.doc_type == "Công văn"
    assert p.issuer == "Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng"
    assert p.subject == "cử lãnh đạo Ban tham gia Ban Vì sự tiến bộ của phụ nữ"
    assert p.issued_date is None  # the handwritten day is never guessed
    slashed = (
        "/ỦY BAN MTTQ VIỆT NAM\n\nXÃ LƯƠNG MINH\n\nBAN THƯỜNG TRỰC\n\nSố:      /KH-MTTQ-BTT\n\n"
    )
    assert propose(slashed + "KẾ HOẠCH\nHiệp thương\n").issuer == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"
    )


def test_a_vv_look_alike_far_from_the_number_is_no_subject() -> None:
    text = "Số: 12/UBND-VP\n\nKính gửi: UBND các xã\n\n\n\n\nV/y ban hành quy chế\n"
    assert propose(text).subject is None


def test_a_place_date_over_three_lines_and_a_vv_read_as_vw() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố:173\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "/KH-UBND\n\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 28\n\ntháng 4\n\nnăm 2026\n\n"
        "KẾ HOẠCH\nTổ chức Festival Thăng Long - Hà Nội\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.place, p.issued_date) == ("173/KH-UBND", "Hà Nội", date(2026, 4, 28))
    vw = (
        "VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 3722/VPCP-CN Hà Nội, ngày 28 tháng 4 năm 2026\n\n"
        "VW cơ chế đặc thù xây dựng công trình\nkhẩn cấp\n\nKính gửi:\n"
    )
    assert propose(vw).subject == "cơ chế đặc thù xây dựng công trình khẩn cấp"


def test_a_vv_beside_an_unread_place_date_goes_on_below_it() -> None:
    text = (
        "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số:96ÿđ /BCA-C04\n"
        "V/v dự kiến mục tiêu, nhiệm vụ, kế hoạch Hà Nội, ngày | tháng 12 năm 2025\n"
        "đầu tư công trung hạn và năm 2026 vốn\nNSTW thực hiện CTMTQG PCMT\n-_ đến năm 2030\n\n"
        "Kính gửi: Các bộ\n"
    )
    p = propose(text)
    assert p.subject == (
        "dự kiến mục tiêu, nhiệm vụ, kế hoạch đầu tư công trung hạn và năm 2026 vốn NSTW "
        "thực hiện CTMTQG PCMT đến năm 2030"
    )
    assert (p.place, p.issued_date) == ("Hà Nội", None)


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN", "Tổng cục Hải quan"),
        ("UBND TỈNH QUẢNG NAM SỞ NỘI VỤ", "Sở Nội vụ tỉnh Quảng Nam"),
    ],
)
def test_a_managing_and_an_issuing_body_run_together_on_one_line(header: str, issuer: str) -> None:
    text = (
        f"{header} ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 778/TCHQ-GSQL V/v xử lý vướng mắc\nHà Nội, ngày 13 tháng 02 năm 2017\n"
    )
    assert propose(text).issuer == issuer


def test_a_pages_title_with_the_number_after_the_type() -> None:
    text = (
        "KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ, BẠN BÍ THƯ VỀ TRỈỂN KHÀÌ NGHĨÊN CỨƯ SẮP XẾP BỘ MÁY\n"
        "Tạĩ phĩên họp ngàỷ 28/2/2025, Bộ Chính trị, Bạn Bí thư có ý kỉến như sau:\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("127-KL/TW", "Kết luận")
    assert p.subject == "TRỈỂN KHÀÌ NGHĨÊN CỨƯ SẮP XẾP BỘ MÁY"


def test_a_central_bodys_header_ocrd_without_marks() -> None:
    # «CONG 110A XA HOT CHV NGHIA»: the motto, damaged; «DVC» for «DỤC», «N6i» for «Nội»
    text = (
        "BO GIAO DVC VA DAO TAO CONG 110A XA HOT CHV NGHIA VItT NAM\n"
        "Doc 14p - Ttr do - Hanh pinic\nS9: 3588/QD-BGDDT\nHa N6i, ngay 26 thang 12 nom 2025\n"
        "QUYET DINH\nBan hanh bo sach giao khoa\nBQ TRIfONG BQ MAO DUC VA DAO TAO\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("3588/QĐ-BGDĐT", "Quyết định")
    assert (p.issuer, p.place) == ("Bộ Giáo dục và Đào tạo", "Hà Nội")
    assert p.issued_date == date(2025, 12, 26)
    assert central_body("SO NOI VU TINH X") is None  # a department is no central body


def test_a_party_header_whose_day_is_left_blank_and_a_body_after_dashes() -> None:
    text = (
        "THÀNH UỶ HÀ NỘI\nBAN TỔ CHỨC\n*\nSố\n-HD/BTCTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nội, ngày\n\ntháng 8 năm 2025\n\nHƯỚNG DẪN\n"
        "Thực hiện quy trình, thủ tục, tổ chức trao tặng Huy hiệu Đảng\n"
        "----Căn cứ Điều lệ Đảng Cộng sản Việt Nam; các quy định, hướng dẫn của\n"
    )
    p = propose(text)
    assert (p.place, p.issued_date) == ("Hà Nội", None)  # the day is not in the text
    assert p.subject == "Thực hiện quy trình, thủ tục, tổ chức trao tặng Huy hiệu Đảng"
    assert p.issuer == "Ban Tổ chức Thành ủy Hà Nội"


def test_a_subject_stops_where_a_body_opens_with_nhan_dip() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 453/TB-UBND\nHà Nội, ngày 29 tháng 4 năm 2026\n\n"
        "THÔNG BÁO\nVề việc treo cờ Tổ quốc\n"
        "Nhân dịp Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ XI,\n"
    )
    assert propose(text).subject == "Về việc treo cờ Tổ quốc"


def test_a_crawlers_header_runs_the_title_on_after_the_date() -> None:
    text = (
        "Quyết định 1056/QĐ-CT\nUỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG --------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 1056/QĐ-CT Tuyên Quang, ngày 16 tháng 8 năm 2010 QUYẾT ĐỊNH BAN HÀNH MỨC TRỢ GIÚP "
        "CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân;\n"
    )
    p = propose(text)
    assert (p.doc_type, p.place, p.issued_date) == ("Quyết định", "Tuyên Quang", date(2010, 8, 16))
    assert p.subject == "BAN HÀNH MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI"


def test_a_number_whose_digits_stand_above_so() -> None:
    text = (
        "BỘ NỘI VỤ\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n"
        "12094\nSố:\n/BNV-CCHC\n\n--------------Hà Nội, ngày 15 tháng 12 năm 2025\n\n"
        "V/v hướng dẫn triển khai Đề án\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.place) == ("12094/BNV-CCHC", "Hà Nội")


def test_a_scan_without_number_or_title_and_a_portals_signature() -> None:
    # the Government portal signs the copy it publishes: not the issuer, not its day
    text = (
        "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nCơ quan: VAN PHÒNG CHINH PHU\n"
        "Thời gian ký: 23.04.2026 15:54:16 +07:00\n\n"
        "THỦ TƯỚNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "————— Độc lập - Tự do - Hạnh phúc\n\nSó: #2 /QĐ-TTg Hà Nội, ngày33 tháng 4 năm 2026\n"
        "đống G:....É QUYÉT ĐỊNH\n"
    )
    p = propose(text)
    assert p.issuer == "Thủ tướng Chính phủ"
    assert p.issued_date is None


def test_a_number_on_the_line_after_a_bare_so_and_an_association_on_two_lines() -> None:
    p = propose("UBND TỈNH X\nSố:\n12/UBND-VP Hà Nội, ngày 10 tháng 11 năm 2025\nV/v báo cáo\n")
    assert (p.number_symbol, p.issued_date) == ("12/UBND-VP", date(2025, 11, 10))
    text = (
        "HIỆP HỘI\nCÔNG CHỨNG VIÊN VIỆT NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Số: 670/HD-HHCCVVN\n\nHà Nội, ngày 20 tháng 10 năm 2025\n\nHƯỚNG DẪN\nTổ chức đại hội\n"
    )
    assert propose(text).issuer == "Hiệp hội Công chứng viên Việt Nam"


def test_a_crawler_runs_the_enacting_body_on_after_the_title() -> None:
    text = (
        "Nghị quyết 61/2022/QH15\nQUỐC HỘI --------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------ Nghị quyết số:\n"
        "61/2022/QH15\nHà Nội, ngày 16 tháng 6 năm 2022 NGHỊ QUYẾT TIẾP TỤC TĂNG CƯỜNG HIỆU "
        "LỰC THỰC HIỆN PHÁP LUẬT VỀ QUY HOẠCH THỜI KỲ 2021 - 2030 QUỐC HỘI\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    )
    p = propose(text)
    assert (
        p.subject
        == "TIẾP TỤC TĂNG CƯỜNG HIỆU LỰC THỰC HIỆN PHÁP LUẬT VỀ QUY HOẠCH THỜI KỲ 2021 - 2030"
    )
    about_elections = text.replace(
        "VỀ QUY HOẠCH THỜI KỲ 2021 - 2030 QUỐC HỘI", "VỀ BẦU CỬ ĐẠI BIỂU QUỐC HỘI"
    )
    assert propose(about_elections).subject.endswith("ĐẠI BIỂU QUỐC HỘI")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("BỘ NỘI VỤ VĂN PHÒNG", "Văn phòng Bộ Nội vụ"),  # «BỘ NỘI» / «VỤ …» was read
        # a Cục is named alone, as when the header gives it on its own line
        ("BỘ NỘI VỤ CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC", "Cục Văn thư và Lưu trữ nhà nước"),
    ],
)
def test_a_ministrys_name_is_read_whole_before_its_department(header: str, issuer: str) -> None:
    text = (
        f"{header} ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/VP-TH V/v báo cáo\nHà Nội, ngày 13 tháng 02 năm 2026\n"
    )
    assert propose(text).issuer == issuer


def test_a_cited_number_wrapped_to_its_own_line_is_not_the_documents() -> None:
    # OCR could not read the document's own number; a cited decree's number, wrapped to
    # the start of a line in mid-sentence, is not taken for it. The symbol it could read
    # still names the type.
    text = (
        "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Số: 2 † /2026/TT-BCT Hà Nội, ngàyJ© lh@wÔR\n\n"
        "Căn cứ Nghị định số 83/2014/NĐ-CP của Chính phủ về kinh doanh xăng\n"
        "dầu được sửa đổi, bổ sung bởi Nghị định số 95/2021/NĐ-CP và Nghị định\n"
        "số 80/2023/NĐ-CP;\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == (None, "Thông tư")
    assert p.issuer == "Bộ Công Thương"


@pytest.mark.parametrize(
    ("line", "doc_type"),
    [
        ("Só: #2 /QĐ-TTg Hà Nội, ngày33 tháng 4 năm 2026", "Quyết định"),
        ("Số:      -TB/TU", "Thông báo"),  # a Party number left blank for the hand
        ("Số:    /UBND-VP", "Công văn"),
    ],
)
def test_a_number_written_by_hand_leaves_its_printed_symbol(line: str, doc_type: str) -> None:
    text = f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n{line}\n\nCăn cứ Luật Tổ chức chính quyền\n"
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == (None, doc_type)


def test_the_number_under_a_type_and_so_on_its_own_line_is_read() -> None:
    # a National Assembly resolution: «Nghị quyết số:» ends a line, its symbol opens the next
    text = (
        "QUỐC HỘI --------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------ Nghị quyết số:\n"
        "61/2022/QH15\n"
        "Hà Nội, ngày 16 tháng 6 năm 2022 NGHỊ QUYẾT TIẾP TỤC TĂNG CƯỜNG HIỆU LỰC THỰC HIỆN"
        " CHÍNH SÁCH, PHÁP LUẬT VỀ QUY HOẠCH QUỐC HỘI\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("61/2022/QH15", "Nghị quyết")
    assert p.issued_date == date(2022, 6, 16)


@pytest.mark.parametrize(
    "place_date",
    [
        "Thanh pho Ho Chi Minh, ngay 28 thang 11 nam 2025",
        "Thanh pho Ho Chi\nMinh, ngay 28 thang 11 nam 2025",  # a narrow cell cut it
    ],
)
def test_the_city_is_named_whole_when_its_marks_were_lost(place_date: str) -> None:
    text = (
        "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "THANH PHO HO CHI MINH Doc lap - Tu do - Hanh phuc\n\n"
        f"So: 7469/UBND-VX\n{place_date}\n\nV/v cap nhat co so du lieu can bo\n"
    )
    p = propose(text)
    assert p.place == "Thành phố Hồ Chí Minh"
    assert p.issued_date == date(2025, 11, 28)


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        # a school by its level: the abbreviation spelt out, its own name capitalised
        ("SỞ GDĐT TỈNH ĐỒNG THÁP\nTRƯỜNG THPT CAO LÃNH 2", "Trường Trung học phổ thông Cao Lãnh 2"),
        ("PHÒNG GDĐT HUYỆN TIÊN LÃNG\nTRƯỜNG TIỂU HỌC LÊ ÍCH MỘC", "Trường Tiểu học Lê Ích Mộc"),
        # a council named by its task on two lines, its abbreviation kept, with its body
        (
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP\nHỘI ĐỒNG XÉT THĂNG HẠNG\n"
            "CDNN VIÊN CHỨC NĂM 2025",
            "Hội đồng xét thăng hạng CDNN viên chức năm 2025 Sở Giáo dục và Đào tạo tỉnh Đồng Tháp",
        ),
    ],
)
def test_schools_and_councils_are_named_as_in_a_sentence(header: str, issuer: str) -> None:
    text = (
        f"{header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 58/KH-THPTCL2\nĐồng Tháp, ngày 15 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
        "Tổ chức sinh hoạt chuyên môn\n"
    )
    assert propose(text).issuer == issuer


def test_a_number_line_ocr_garbled_is_no_issuer() -> None:
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố1§4ØBGDĐT-GDPT\n"
        "V/v kiểm tra, khảo sát, đánh giá thực\ntrạng sử dụng phòng học bộ môn\n\n"
        "Hà Nội, ngày 10 tháng 4 năm 2026\n"
    )
    p = propose(text)
    assert (p.issuer, p.number_symbol) == ("Bộ Giáo dục và Đào tạo", None)


def test_a_teams_header_names_the_decision_that_set_it_up() -> None:
    text = (
        "SỞ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "ĐOÀN KIỂM TRA Độc lập - Tự do - Hạnh Phúc\nTHEO QUYẾT ĐỊNH\n"
        "SỐ 1050/QĐ-SCT Lào Cai, ngày 10 tháng 3 năm 2026\n\n"
        "Số: 1105⁄KH-ĐKT\n\n"  # OCR's fraction slash
        "KẾ HOẠCH\nKiểm tra việc chấp hành quy định pháp luật\n\n"
        "Thực hiện Quyết định số\n1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("1105/KH-ĐKT", "Kế hoạch")
    assert p.issuer == "Đoàn kiểm tra Sở Công Thương"
    assert p.issued_date == date(2026, 3, 10)


def test_a_date_whose_year_word_lost_its_space() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 193 /UBND-KT\n\n"
        "Lào Cai, ngày 10 tháng 01năm 2026\n\nV/v tăng cường công tác quản lý\n"
    )
    p = propose(text)
    assert (p.place, p.issued_date) == ("Lào Cai", date(2026, 1, 10))


def test_a_subject_line_in_small_letters_goes_on() -> None:
    # «thực hiện …» opens a body only with a capital; in small letters the title goes on
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 1696 /QĐ-UBND\n\nLào Cai, ngày 15 tháng 5 năm 2026\n"
        "\nQUYẾT ĐỊNH\nVề việc ủy quyền cho Giám đốc Sở Công Thương\n"
        "thực hiện một số nhiệm vụ, quyền hạn của UBND tỉnh\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert propose(text).subject == (
        "Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn của "
        "UBND tỉnh"
    )


def test_an_acronym_alone_on_a_line_goes_on_with_the_subject() -> None:
    text = (
        "UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1906 /SGDĐT-CTrTT\n"
        "V/v khẩn trương thực hiện các biện pháp phòng, chống dịch\nCOVID-19\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Đà Nẵng, ngày 26 tháng 7 năm 2020\n"
    )
    assert propose(text).subject == (
        "khẩn trương thực hiện các biện pháp phòng, chống dịch COVID-19"
    )


def test_a_department_without_marks_is_no_ministry() -> None:
    # «So Ke hoach va Dau tu» (Sở) is near «Bộ Kế hoạch và Đầu tư» but is not it
    assert central_body("SO KE HOACH VA DAU TU") is None
    assert central_body("BO KE HOACH VA DAU TU") == "Bộ Kế hoạch và Đầu tư"


def test_a_portals_source_note_without_marks_dates_the_document() -> None:
    text = (
        "UBND tinh co y kien nhu sau:\nGiao So Tai nguyen va Moi truong chu tri, hoan thanh "
        "truoc ngay 10/12/2023./.\n(Theo Cong van so 6202/UBND-KT, ngay 23/11/2023)\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.issued_date) == ("6202/UBND-KT", date(2023, 11, 23))


def test_a_crawlers_run_on_authority_leaves_the_title_marks_or_none() -> None:
    text = (
        "UY BAN NHAN DAN TINH TAY NINH -------\n"
        "CONG HOA XA HOI CHU NGHIA VIET NAM Doc lap - Tu do - Hanh phuc ---------------\n"
        "So: 3745/QD-UBND Tay Ninh, ngay 30 thang 12 nam 2021 QUYET DINH VE VIEC PHE DUYET KE "
        "HOACH SU DUNG DAT NAM 2022 HUYEN CHAU THANH UY BAN NHAN DAN TINH TAY NINH\n"
        "Can cu Luat To chuc chinh quyen dia phuong ngay 19 thang 6 nam 2015;\n"
    )
    assert propose(text).subject == (
        "VE VIEC PHE DUYET KE HOACH SU DUNG DAT NAM 2022 HUYEN CHAU THANH"
    )


@pytest.mark.parametrize(
    "place_date",
    [
        "Quảng Ngãi, ngày{5 tháng 01 năm 2025",  # OCR ran the written day onto «ngày»
        "Quảng Ngãi, ngàW/† tháng 01 năm 2025",
        "Quảng Ngãi, ngày0) tháng 01 năm 2025",
    ],
)
def test_a_handwritten_day_leaves_the_place_and_no_date(place_date: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\nSố: /CT-UBND {place_date}\n"
        "CHỈ THỊ\nVề tăng cường chỉ đạo Kỳ thi\n"
    )
    p = propose(text)
    assert (p.place, p.issued_date) == ("Quảng Ngãi", None)


def test_a_signature_of_another_month_or_a_year_ocr_made_up_dates_nothing() -> None:
    head = (
        "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nThời gian ký: {signed} 08:56:09\n\n"
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
        "Số: 6§0_/TB-UBND Quảng Ngãi, ngày 3| tháng 12 năm 2024\nTHÔNG BÁO\nKết luận\n"
    )
    assert propose(head.format(signed="17/01/2025")).issued_date is None  # signed later
    assert propose(head.format(signed="07/12/5025")).issued_date is None  # no such year
    assert propose(head.format(signed="31/12/2024")).issued_date == date(2024, 12, 31)


def test_a_signature_box_ocr_tore_apart_does_not_replace_the_header() -> None:
    text = (
        "Ký bởi: Ủy ban ng n tỉnh Quảng Ngãi\n\n"
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
        "Số: 239/TTr-UBND Quảng Ngãi, ngày 20 tháng 12 năm 2024\nTỜ TRÌNH\n"
        "về việc đề nghị xây dựng Nghị quyết của HĐND tỉnh bãi bỏ Nghị quyết số\n"
        "24/2013/NQ-HĐND ngày 10/12/2013 của HĐND tỉnh\n"
    )
    p = propose(text)
    assert (p.issuer, p.number_symbol) == ("Ủy ban nhân dân tỉnh Quảng Ngãi", "239/TTr-UBND")


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT", "Cục Hóa chất"),  # a Cục by its own name
        ("BỘ NỘI VỤ\nVĂN PHÒNG", "Văn phòng Bộ Nội vụ"),
        # a name the cell broke after a comma and a «VÀ»; a PDF font's «ƣ» for «ư»
        (
            "BỘ CÔNG THƢƠNG\nCỤC ĐỔI MỚI SÁNG TẠO,\nCHUYỂN ĐỔI XANH VÀ\nKHUYẾN CÔNG",
            "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công",
        ),
    ],
)
def test_a_ministrys_departments(header: str, issuer: str) -> None:
    text = (
        f"{header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 597/HC-QLHC\nV/v cấp Giấy phép xuất khẩu hóa chất\nHà Nội, ngày 27 tháng 3 năm 2026\n"
    )
    assert propose(text).issuer == issuer


def test_a_scans_header_whose_motto_ocr_broke_off() -> None:
    text = (
        "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ ``* tr\n: Độc lậ Tự do - Hạnh phúc\n"
        "số,2 6 ŸBCT-ATMT —. ⁄\n"
        "V/v triên khai thực hiện thủ tục câp Hà Nội, ngày0) tháng h năm 2026\n\n"
        "Giấy phép vận chuyển hàng hóa nguy\nhiểm loại 1,2,3,4,9\n\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\n"
    )
    p = propose(text)
    assert p.issuer == "Bộ Công Thương"
    assert p.subject == (
        "triên khai thực hiện thủ tục câp Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9"
    )


def test_with_no_number_or_title_read_the_issuer_runs_down_to_the_mottos_end() -> None:
    text = (
        "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "CỤC HÓA CHÁT Độc lập - Tự do - Hạnh phúc\n"
        "Số: số /QĐ-XPVPHC Hà Nội, ngàyOẨ tháng 7 năm 2026\nSỞ CÔNG THƯƠNG LÀO CAI\n"
        "^2¡ Sô⁄4†T0ÿ.... QUYÉT ĐỊNH\n"
    )
    assert propose(text).issuer == "Cục Hóa chát"


def test_a_header_whose_two_columns_share_each_line() -> None:
    # ``pdftotext -layout``: the columns side by side, a number left blank kept whole
    text = (
        "   ỦY BAN NHÂN DÂN                             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "     TỈNH LÀO CAI                                   Độc lập - Tự do - Hạnh phúc\n\n"
        "     Số: 5973 /UBND-KT                          Lào Cai, ngày 11 tháng 6 năm 2026\n"
        "V/v tăng cường công tác quản\n lý khoáng sản\n\n                       Kính gửi:\n"
    )
    p = propose(text)
    assert (p.issuer, p.number_symbol) == ("Ủy ban nhân dân tỉnh Lào Cai", "5973/UBND-KT")
    assert (p.place, p.issued_date) == ("Lào Cai", date(2026, 6, 11))
    blank = text.replace("Số: 5973 /UBND-KT", "Số:      /UBND-KT")
    assert propose(blank).doc_type == "Công văn"


def test_a_licence_and_its_title_line_of_many_words() -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 2507/GP-UBND Lào Cai, ngày 21 tháng 7 năm 2026\n"
        "GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    p = propose(text)
    assert (p.doc_type, p.subject) == ("Giấy phép", "SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP")


def test_a_party_cong_vans_subject_under_its_number_and_a_seals_date() -> None:
    # e-signed: the number and the day are stamped as overlays, not in the text; the seal's
    # line at the foot (its name masked as a repeated header, or wrapped) dates it
    text = (
        "ĐẢNG BỘ TỈNH KHÁNH HOÀ\nĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố -CV/ĐU\n"
        "Chỉ đạo tham mưu các nội dung trình\nBan Chấp hành, Ban Thường vụ Đảng uỷ\nsau Đại hội\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày tháng 8 năm 2025\n"
        "Kính gửi: - Các Chi, Đảng bộ trực thuộc Đảng uỷ.\n\nNội dung.\n\n"
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nVũ Thị Thuỳ Trang\nĐẢNG UỶ XÃ CÔNG\nHẢI\n"
        "19-08-2025 10:44:54\n+07:00\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type, p.issuer) == (None, "Công văn", "Đảng uỷ xã Công Hải")
    assert p.subject == (
        "Chỉ đạo tham mưu các nội dung trình Ban Chấp hành, Ban Thường vụ Đảng uỷ sau Đại hội"
    )
    assert p.issued_date == date(2025, 8, 19)
    # a seal of another month does not date it
    assert propose(text.replace("19-08-2025", "02-09-2025")).issued_date is None


@pytest.mark.parametrize(
    "place_date",
    [
        "Cân Thơ, ngày - Ê tháng ® năm 2025",  # a day and a month written by hand, OCR'd
        "Cân Thơ, ngày-2Štháng 10 năm 2025",
        "Cần Thơ, ngàys)l\\ thángO năm 2025",
    ],
)
def test_a_university_under_its_ministry_with_a_handwritten_date(place_date: str) -> None:
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG ĐẠI HỌC TÂY ĐÔ Độc lập — Tự do - Hạnh phúc\n"
        f"Số: 53Ƒ/TB-ĐHTĐ {place_date}\nTHÔNG BÁO\nVề việc dịch văn bản sang tiếng Anh\n"
    )
    p = propose(text)
    assert (p.issuer, p.place, p.issued_date) == ("Trường Đại học Tây Đô", "Cần Thơ", None)


def test_a_v_v_ocr_read_as_a_percent_sign() -> None:
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG ĐẠI HỌC TÂY ĐÔ Độc lập - Tự do - Hạnh phúc\n"
        "Số:4122/ĐHTĐ Cân Thơ, ngày-‡⁄+ tháng1O năm 2025\n"
        "V⁄% Góp ý dự thảo Quy chế văn bằng,\nchứng chỉ của hệ thống GDQD\n\nKính gửi: Cục\n"
    )
    p = propose(text)
    assert (p.doc_type, p.subject) == (
        "Công văn",
        "Góp ý dự thảo Quy chế văn bằng, chứng chỉ của hệ thống GDQD",
    )


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Số: 9 24 / SNV-CCHC", "924/SNV-CCHC"),
        ("Số: 3 377 / SYT-NVY V/v tăng cường", "3377/SYT-NVY"),
    ],
)
def test_a_number_ocr_spaced_inside(line: str, number: str) -> None:
    text = f"UBND TỈNH QUẢNG NAM\nSỞ NỘI VỤ\n{line}\nQuảng Nam, ngày 18 tháng 11 năm 2025\n"
    assert propose(text).number_symbol == number


@pytest.mark.parametrize("place_date", ["Hà Nội, ngày 04/08/2025", "Hà Nội, 04/08/2025"])
def test_a_place_date_in_figures(place_date: str) -> None:
    text = f"BỘ NỘI VỤ\nSố: 924/BNV-CCHC\n{place_date}\nV/v báo cáo cải cách hành chính\n"
    p = propose(text)
    assert (p.place, p.issued_date) == ("Hà Nội", date(2025, 8, 4))


def test_a_pages_posting_time_is_no_place_date() -> None:
    text = "Khẩn trương báo cáo nợ đọng\n\nTHỨ SÁU, 05/01/2018 10:00:22\n\nĐến ngày 4.1, Sở chưa.\n"
    p = propose(text)
    assert (p.place, p.issued_date) == (None, None)


@pytest.mark.parametrize("title", ["T H Ô N G  B Á O", "Q U Y Ế T  Đ Ị N H", "K Ế  H O Ạ C H"])
def test_a_title_whose_letters_a_font_spaced(title: str) -> None:
    text = (
        "TỈNH ỦY NGHỆ AN\n*\nSố 1245-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        f"Nghệ An, ngày 04 tháng 8 năm 2025\n\n{title}\nkết luận của Ban Thường vụ Tỉnh ủy\n\n"
        "Ngày 31/7/2025, Ban Thường vụ Tỉnh ủy họp.\n"
    )
    p = propose(text)
    assert p.subject == "kết luận của Ban Thường vụ Tỉnh ủy"


def test_a_v_v_written_out_with_a_colon_is_a_label() -> None:
    text = (
        "UBND TỈNH QUẢNG NAM\nSỞ NỘI VỤ\nSố: 924/SNV-CCHC\n"
        "Về việc: báo cáo kết quả thực hiện công tác\ncải cách hành chính năm 2025\n"
        "Quảng Nam, ngày 18 tháng 11 năm 2025\n"
    )
    assert (
        propose(text).subject == "báo cáo kết quả thực hiện công tác cải cách hành chính năm 2025"
    )


def test_a_deadlines_weekday_before_the_place_date_is_no_place() -> None:
    text = (
        "Các đơn vị gửi báo cáo trước thứ Sáu, ngày 10/10/2025.\n\n"
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 193 /UBND-KT\nLào Cai, ngày 01 tháng 10 năm 2025\n"
    )
    p = propose(text)
    assert (p.place, p.issued_date) == ("Lào Cai", date(2025, 10, 1))


def test_an_indented_header_keeps_its_issuer() -> None:
    # the motto is cut on the line's own offsets, whatever spaces open it
    text = (
        "        TỈNH ỦY NGHỆ AN         ĐẢNG CỘNG SẢN VIỆT NAM\n        *\n"
        "        Số 1245-TB/TU        Nghệ An, ngày 04 tháng 8 năm 2025\n\n        THÔNG BÁO\n"
        "        kết luận của Ban Thường vụ Tỉnh ủy\n"
    )
    assert propose(text).issuer == "Tỉnh ủy Nghệ An"


def test_an_issuer_ocr_made_letters_of_is_left_as_a_gap() -> None:
    # the scan's issuer cell read as letters that name no body: no issuer, so the review
    # shows the gap and the save asks, where a wrong name would pass unseen
    text = (
        "Mể rình hỗ trợ pháp lý\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 35/KH-BĐH\nBắc Giang, ngày 06 tháng 3 năm 2013\n"
        "KẾ HOẠCH\nThực hiện Chương trình năm 2013\n"
    )
    p = propose(text)
    assert p.issuer is None
    assert (p.number_symbol, p.issued_date) == ("35/KH-BĐH", date(2013, 3, 6))


def test_a_copys_seal_on_one_line_dates_a_place_date_whose_month_ocr_tore() -> None:
    text = (
        "SAO Y; ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH; Thời gian ký: 2025-11-04T09:12:30+07:00\n\n"
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc\n"
        "Số: 812 /UBND-TH Hà Tĩnh, ngày 03 tháng117 năm 2025\n\n"
        "V/v báo cáo quyết toán\n\nKính gửi: UBND các xã, phường.\n\n"
        "Chủ đầu tư gửi báo cáo chậm nhất là ngày 31 tháng 3 năm sau năm quyết toán.\n"
    )
    p = propose(text)
    assert p.issued_date == date(2025, 11, 3)
    assert [t.due_date for t in p.tasks if t.due_date] == [date(2026, 3, 31)]
    # a month none of whose figures is the seal's month is left unread
    other = text.replace("tháng117", "tháng92")
    assert propose(other).issued_date is None


@pytest.mark.parametrize(
    "text",
    [
        "Pang bộ phường Lê Ích Mộc",  # Đảng read as P
        "Thành ty Hải Phòng, Ban Thường vụ",  # ủy read as ty
        "Đảng ủy phường, Thành ủy, cấp ủy",  # nothing to repair
        "tô chức cơ sở đảng, đồng chí Bí thư",
        "Mặt trận Tô quốc Việt Nam",
        "Thanh phd Hải Phòng",
        "các sở, ngành; xã, phường",
        "Văn bản này không nói gì về các tổ chức ấy.",
        "",
    ],
)
def test_the_ocr_repairs_read_a_text_as_their_passes_one_by_one_would(text: str) -> None:
    """The repairs are tried in one search first and run only where one would change the
    text: the result is the passes' own, in their order."""
    from secretariat.directives.importer import ocr
    from secretariat.text import fold

    one_by_one = fold(text)
    for pattern, replacement in ocr._WORD_FIXES:
        one_by_one = pattern.sub(replacement, one_by_one)
    assert ocr._words(text) == one_by_one
    for pattern, _ in ocr._WORD_FIX_TEXTS:  # what lets the search start at a word's letter
        assert pattern.startswith(r"\b")


def test_a_scans_signature_box_dates_it_and_its_specks_leave_the_name_and_place() -> None:
    p = propose(
        "T1N, - Cơ quan:UBND tỉnh Quảng Trị\n%\\_ Giờ ký: 14/10/2026 15:17:35\n\n"
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "TỈNH QUẢNG: TRỊ Độc lập - Tự do - Hạnh phúc\n"
        "số: /QĐ-UBND Quảng Trị, ngày,2/Ƒtháng fnăm 2026\nQUYÉT ĐỊNH\n\n"
        "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
    )
    assert (p.issuer, p.place, p.issued_date) == (
        "Ủy ban nhân dân tỉnh Quảng Trị",
        "Quảng Trị",
        date(2026, 10, 14),
    )
    assert "issued" in p.to_check  # the day written by hand is the signature's: to check


def test_a_gazettes_section_heading_is_no_part_of_the_issuers_name() -> None:
    p = propose(
        "CÔNG BÁO QUẢNG TRỊ/Số 09/ Ngày 25-02-2026\n\nPHẦN VĂN BẢN KHÁC\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 353/QĐ-UBND\n\nQuảng Trị, ngày 17 tháng 02 năm 2026\n\nQUYẾT ĐỊNH\n"
        "Về việc công bố Danh mục thủ tục hành chính\n"
    )
    assert p.issuer == "Ủy ban nhân dân tỉnh Quảng Trị"


def test_a_blank_day_leaves_the_date_a_gap_not_a_cited_circulars() -> None:
    p = propose(
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\n\nTỈNH QUẢNG NINH\n\nBAN THƯỜNG TRỰC\n\n"
        "Số:         /HD- MTTQ-BTT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập – Tự do – Hạnh phúc\n\n   Quảng Ninh, ngày     tháng 11 năm 2026\n\n"
        "HƯỚNG DẪN\n\nQuy trình hiệp thương giới thiệu người ứng cử\n\n"
        "Căn cứ Thông tư số 21/2026/TT - BNV, ngày 12/10/2026 của Bộ Nội vụ;\n"
    )
    assert (p.place, p.issued_date, p.doc_type) == ("Quảng Ninh", None, "Hướng dẫn")


def test_a_notice_in_a_letters_form_its_s_read_as_a_section_sign() -> None:
    p = propose(
        "HĐND HUYỆN TUẦN GIÁO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "ĐOÀN GIÁM SÁT Độc lập - Tự do - Hạnh phúc\n"
        "Số: 320/TB-ĐG§ Tuần Giáo, ngày 23 tháng 11 năm 2026\n\n"
        "Về việc thông báo lịch giám sát\ncủa Đoàn giám sát HĐND huyện\n"
        "Kính gửi: - UBND huyện;\n"
    )
    assert (p.number_symbol, p.doc_type) == ("320/TB-ĐGS", "Thông báo")
    assert p.subject is not None
    assert p.subject.endswith("thông báo lịch giám sát của Đoàn giám sát HĐND huyện")


def test_a_number_read_in_pieces_is_joined_and_asked_to_be_compared() -> None:
    header = (
        "UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\n"
        "Số: {} Đà Lạt, ngày 28 tháng 8 năm 2026\nV/v rà soát biên chế\n\nKính gửi: UBND các xã\n"
    )
    pieces = propose(header.format("3 39/SNV-TCBC"))
    assert (pieces.number_symbol, pieces.to_check) == ("339/SNV-TCBC", ("number_symbol",))
    whole = propose(header.format("339/SNV-TCBC"))
    assert (whole.number_symbol, whole.to_check) == ("339/SNV-TCBC", ())


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        # a Đảng bộ khối above the committee, the number run onto the line
        (
            "ĐẢNG BỘ KHỐI DÂN CHÍNH ĐẢNG ĐẢNG ỦY TRƯỜNG ĐH LẠC HỒNG Số: 90 - CV/ĐULH |\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\nBiên Hòa, ngày 15 tháng 9 năm 2011 |\n"
            "V/v Vận động đảng viên\n",
            "Đảng ủy Trường Đại học Lạc Hồng",
        ),
        # two Đảng bộ above it, and a page's line naming the first above the header
        (
            "ĐẢNG BỘ TỈNH THÁI NGUYÊN\n\nĐẢNG BỘ TỈNH THÁI NGUYÊN ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ "
            "LA BẰNG * Số 09 KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ "
            "HOẠCH kiểm điểm\n",
            "Đảng ủy xã La Bằng",
        ),
    ],
)
def test_a_party_header_run_onto_one_line_names_the_committee_under_every_dang_bo(
    head: str, issuer: str
) -> None:
    assert propose(head, "x.txt").issuer == issuer


def test_a_subject_line_ending_on_a_word_no_phrase_ends_on_goes_on_past_a_blank_line() -> None:
    head = (
        "UỶ BAN NHÂN DÂN\n\nPHƯỜNG HƯƠNG HỒ\n\nSố: 28/TB-UBND\n\nHương Hồ, ngày 02 tháng 4 năm "
        "2021\n\nTHÔNG BÁO\n\nVề việc tiêm vắc xin phòng dại chó quản lý vật nuôi và\n\n"
        "Bảo hiểm trách nhiệm dân sự của chủ nuôi chó năm 2021\n\n \n\nThực hiện kế hoạch số "
        "1020/KH-UBND của UBND thị xã.\n"
    )
    for text in (head, "Tìm kiếm tin tức\nLiên kết website\n" + head):
        assert propose(text, "x.txt").subject == (
            "Về việc tiêm vắc xin phòng dại chó quản lý vật nuôi và Bảo hiểm trách nhiệm dân "
            "sự của chủ nuôi chó năm 2021"
        )


def test_a_schools_youth_union_under_the_citys_is_named_whole() -> None:
    head = (
        "THÀNH ĐOÀN TP THÁI NGUYÊN\nĐOÀN TRƯỜNG CĐCN THÁI NGUYÊN\n------------o0o-----------\n\n"
        " Số:  40 /TB- ĐTN\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nThái Nguyên, ngày 15 tháng 05 năm 2015\n\n"
        "THÔNG BÁO\n\nV/v chuẩn bị tổ chức gặp mặt các cháu thiếu niên nhi đồng\n"
    )
    assert propose(head, "x.txt").issuer == "Đoàn Trường Cao đẳng Công nghiệp Thái Nguyên"


@pytest.mark.parametrize("end", ["và", ","])
def test_a_title_line_that_would_go_on_at_the_texts_end_raises_nothing(end: str) -> None:
    # (a subject line ending on «,» or «và», blank lines and nothing after: an IndexError)
    text = (
        f"UBND PHƯỜNG A\nSố: 28/TB-UBND\nA, ngày 02 tháng 4 năm 2021\nTHÔNG BÁO\nVề việc tiêm{end}"
    )
    text += "\n\n"
    assert propose(text, "x.txt").subject is not None


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("Tiền Giang, ngày 25 tháng O1 năm 2O19", date(2019, 1, 25)),
        ("Tam Sơn, ngày 1l tháng 1l năm 2011", date(2011, 11, 11)),
        ("Ba Đình, ngày 2 5 tháng 1 0 năm 2 0 1 7", date(2017, 10, 25)),
        ("Gia Lai, ngày 2O tháng 7 năm 2O2O", date(2020, 7, 20)),
    ],
)
def test_a_place_dates_figures_ocr_read_as_letters_or_spaced_apart(line: str, issued: date) -> None:
    head = f"ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 205/QĐ-UBND\n\n{line}\n\nQUYẾT ĐỊNH\n"
    assert propose(head, "x.txt").issued_date == issued


def test_a_chi_bo_under_a_ward_whose_name_ends_like_an_institute() -> None:
    # «GIA VIÊN»: no «VIỆN» wanting its name on the next line
    head = (
        "ĐẢNG ỦY PHƯỜNG GIA VIÊN\nCHI BỘ TỔ DÂN PHỐ SỐ 3\n*\nSố      -TTr/CB\n\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\n\nGia Viên, ngày      tháng 10 năm 2025\n\nTỜ TRÌNH\n"
        "về việc đề nghị công nhận đảng viên chính thức\n"
    )
    assert propose(head, "x.txt").issuer == "Chi bộ tổ dân phố số 3"


def test_a_place_of_two_words_the_first_a_letter() -> None:
    head = (
        "ĐẢNG BỘ TỈNH NAM ĐỊNH\nHUYỆN ỦY Ý YÊN\n*\nSố 187-KH/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Ý Yên, ngày 06 tháng 3 năm 2023\n\nKẾ HOẠCH\ntổ chức các hoạt động kỷ niệm\n"
    )
    assert propose(head, "x.txt").place == "Ý Yên"


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        # three levels: the Sở's office named with the committee's province
        (
            "UBND TỈNH BẮC GIANG\nSỞ NÔNG NGHIỆP VÀ PTNT\nCHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT\n\n"
            "Số: 87/TB-TTBVTV\n\nBắc Giang, ngày 10 tháng 5 năm 2021\n\nTHÔNG BÁO\nVề việc\n",
            "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Bắc Giang",
        ),
        # a table's bar and the motto's rule beside the name, a page number above
        (
            "1\nTỈNH ỦY GIA LAI                         ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "  BAN TỔ CHỨC          |         —————————\n       *                     Gia Lai, "
            "ngày 20 tháng 7 năm 2020\n Số 105 -HD/BTCTU  |\n         HƯỚNG DẪN\n  quy trình\n",
            "Ban Tổ chức Tỉnh ủy Gia Lai",
        ),
        # the motto's «VIỆT NAM» in the column beside the committee's place
        (
            "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nTHÀNH PHỐ UÔNG BÍ          "
            "        VIỆT NAM\n     ~~~~~                   Độc lập - Tự do -\n     Hạnh phúc\n"
            "Số: 456 /UBND-TNMT\nV/v rà soát    Uông Bí, ngày 19 tháng 9 năm 2013\n",
            "Ủy ban nhân dân thành phố Uông Bí",
        ),
        # a trade union's names as headers shorten them
        (
            "LĐLĐ TỈNH QUẢNG NAM\nCĐ NGÀNH GIÁO DỤC\n\nSố: 89/CĐN-TC\nV/v hướng dẫn\n\n"
            "Quảng Nam, ngày 12 tháng 3 năm 2013\n",
            "Công đoàn ngành giáo dục tỉnh Quảng Nam",
        ),
        (
            "TỔNG LĐLĐ VIỆT NAM LĐLĐ TỈNH BÌNH DƯƠNG Số: 456/LĐLĐ V/v hướng dẫn CỘNG HÒA XÃ HỘI "
            "CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bình Dương, ngày 15 tháng 4 năm 2022\n",
            "Liên đoàn Lao động tỉnh Bình Dương",
        ),
    ],
)
def test_bodies_under_two_levels_beside_rules_and_trade_unions(head: str, issuer: str) -> None:
    assert propose(head, "x.txt").issuer == issuer


def test_a_flattened_subject_stops_before_the_motto_and_the_bodys_first_sentence() -> None:
    party = (
        "ĐẢNG BỘ TỈNH HẢI DƯƠNG HUYỆN ỦY THANH MIỆN * Số 356-CV/HU V/v tăng cường công tác quản "
        "lý đảng viên đi làm ăn xa nơi cư trú ĐẢNG CỘNG SẢN VIỆT NAM Thanh Miện, ngày 16 tháng 8 "
        "năm 2021\nKính gửi: Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy.\n"
    )
    assert propose(party, "x.txt").subject == (
        "tăng cường công tác quản lý đảng viên đi làm ăn xa nơi cư trú"
    )
    state = (
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc Số: 03/CT-UBND Cần Thơ, ngày 11 tháng 3 năm 2015 CHỈ THỊ Về việc tăng cường "
        "công tác quản lý trật tự xây dựng trên địa bàn thành phố\nThời gian qua, công tác quản "
        "lý trật tự xây dựng trên địa bàn thành phố đã có nhiều chuyển biến tích cực.\n"
    )
    assert propose(state, "x.txt").subject == (
        "Về việc tăng cường công tác quản lý trật tự xây dựng trên địa bàn thành phố"
    )


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        (
            "UBND THÀNH PHỐ HẢI PHÒNG         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO               Độc lập - Tự do - Hạnh phúc\n   CÔNG VĂN ĐẾN\n"
            "   Số: 1567\n   Ngày: 14/3/2024\nSố: 586/SGDĐT-GDTrH            Hải Phòng, ngày 11 "
            "tháng 3 năm 2024\n   Chuyển: ........\nV/v tổ chức Kỳ thi chọn học sinh giỏi thành "
            "phố\ncấp THCS năm học 2023 - 2024\n\nKính gửi:\n",
            "subject",
            "tổ chức Kỳ thi chọn học sinh giỏi thành phố cấp THCS năm học 2023 - 2024",
        ),
        (
            "ĐẢNG BỘ TỈNH HƯNG YÊN          ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY VĂN LÂM       ĐẾN  "
            "Số: 245\n      *                 Ngày: 05/01/2021\nSô 412 - KH/HU          Văn Lâm, "
            "ngày 30 tháng 12 năm 2020\n\n            KẾ HOẠCH\ntổ chức các hoạt động\n",
            "issuer",
            "Huyện ủy Văn Lâm",
        ),
    ],
)
def test_a_receipt_stamp_in_the_header_is_the_offices_not_the_documents(
    head: str, field: str, value: str
) -> None:
    assert getattr(propose(head, "x.txt"), field) == value


@pytest.mark.parametrize(
    ("head", "number", "subject"),
    [
        (
            "ỦY BAN NHÂN DÂN\nXÃ TAM SƠN\n\nSố: l2/KH-UBND\n\nTam Sơn, ngày 11 tháng 11 năm 2011\n"
            "KẾ HOẠCH\nTriển khai thực hiện Cuộc vận động năm 2012\n\nThực hiện Kế hoạch.\n",
            "12/KH-UBND",
            None,
        ),
        (
            "ỦY BAN NHÂN DÂN                CỘNG HOÀ XÃ HỘl CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐỨC TRỌNG  "
            "                 Độc lập - Tự đo - Hạnh phúc\nS ố: 78/TB-UBND         Đức Trọng, "
            "ngày 07 tháng 5 năm 2021\n\n             THÔNG BÁO\nLịch tiếp công dân\n",
            "78/TB-UBND",
            None,
        ),
        (
            "BCH TỈNH ĐOÀN NGHỆ AN\n***\nSố: 156-CV/TĐTN-TNNT\nV/v tổ chức Đại hội Đoàn cấp cơ sở "
            "nhiệm kỳ 2O22 - 2O27\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nNghệ An, ngày 08 tháng 4 năm 2022\n",
            "156-CV/TĐTN-TNNT",
            "tổ chức Đại hội Đoàn cấp cơ sở nhiệm kỳ 2022 - 2027",
        ),
    ],
)
def test_a_numbers_ocr_damage_and_a_unit_after_its_issuer(
    head: str, number: str, subject: str | None
) -> None:
    p = propose(head, "x.txt")
    assert p.number_symbol == number
    if subject is not None:
        assert p.subject == subject


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        # a committee's department, its chi bộ, on one line under the Đảng bộ
        (
            "ĐẢNG BỘ TỈNH ĐẮK LẮK ĐẢNG ỦY PHƯỜNG TUY HÒA ỦY BAN KIỂM TRA * Số 15-QĐ/UBKTĐU ĐẢNG "
            "CỘNG SẢN VIỆT NAM Tuy Hòa, ngày 26 tháng 11 năm 2025 QUYẾT ĐỊNH thi hành kỷ luật\n",
            "issuer",
            "Ủy ban Kiểm tra Đảng ủy phường Tuy Hòa",
        ),
        (
            "ĐẢNG BỘ TỈNH PHÚ THỌ ĐẢNG ỦY PHƯỜNG VIỆT TRÌ VĂN PHÒNG * Số 41-CV/VPĐU V/v đề nghị "
            "báo cáo ĐẢNG CỘNG SẢN VIỆT NAM Việt Trì, ngày 10 tháng 12 năm 2025\n",
            "issuer",
            "Văn phòng Đảng ủy phường Việt Trì",
        ),
        (
            "ĐẢNG ỦY XÃ BÌNH CHÁNH CHI BỘ ẤP 3 * Số 21-NQ/CB ĐẢNG CỘNG SẢN VIỆT NAM Bình Chánh, "
            "ngày 03 tháng 12 năm 2025 NGHỊ QUYẾT lãnh đạo thực hiện nhiệm vụ tháng 12\n",
            "issuer",
            "Chi bộ ấp 3",
        ),
        # a commune's Ban Xây dựng Đảng (since 2025)
        (
            "ĐẢNG ỦY XÃ TIÊN LÃNG\nBAN XÂY DỰNG ĐẢNG\n*\nSố 04-HD/BXDĐ\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Tiên Lãng, ngày 10 tháng 10 năm 2025\n\nHƯỚNG DẪN\nkiểm điểm\n",
            "issuer",
            "Ban Xây dựng Đảng Đảng ủy xã Tiên Lãng",
        ),
        # the receiving office's name on the stamp, above «ĐẾN»
        (
            "ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "PHƯỜNG HỒNG AN                                 Độc lập - Tự do - Hạnh phúc\n"
            "                 ĐẢNG ỦY PHƯỜNG HỒNG AN\n                 ĐẾN  Số: 318\n"
            "                      Ngày: 21/10/2025\nSố: 1532/UBND-VHXH                       Hồng "
            "An, ngày 20 tháng 10 năm 2025\nV/v đề xuất danh sách hộ gia đình\n",
            "issuer",
            "Ủy ban nhân dân phường Hồng An",
        ),
        # «HỎA TỐC» stamped over the number
        (
            "ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ      "
            "                Độc lập - Tự do - Hạnh phúc\n   HỎA TỐC\nSố: 48/CĐ-UBND              "
            "  Quảng Trị, ngày 26 tháng 10 năm 2025\n\n  CÔNG ĐIỆN\n  Về việc ứng phó mưa lũ\n",
            "issuer",
            "Ủy ban nhân dân tỉnh Quảng Trị",
        ),
        # a portal's menu and counters run onto the header's line
        (
            "Trang chủ / Văn bản - Chính sách / Văn bản của xã   Lượt xem: 58   Ngày đăng: "
            "07/10/2025   ỦY BAN NHÂN DÂN XÃ ĐÔNG ANH Số: 615/TB-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM Độc lập - Tự do - Hạnh phúc Đông Anh, ngày 06 tháng 10 năm 2025 THÔNG BÁO "
            "Về việc tiếp nhận hồ sơ\n",
            "number_symbol",
            "615/TB-UBND",
        ),
        # «l» for 1 inside a number and in a month
        (
            "UỶ BAN NHÂN DÂN                   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG BẮC "
            "HỒNG LĨNH                   Độc lập - Tự do - Hạnh phúc\nSô: 2l9/TB-UBND             "
            "      Bắc Hồng Lĩnh, ngảy l8 thảng ll nãm 2025\n               THÔNG BẢO\n",
            "number_symbol",
            "219/TB-UBND",
        ),
    ],
)
def test_ward_and_party_headers_after_2025_stamps_and_portals(
    head: str, field: str, value: str
) -> None:
    assert getattr(propose(head, "x.txt"), field) == value


def test_a_place_dates_part_with_no_figure_is_never_guessed() -> None:
    # «l8» is 18 beside its figure; «ll» alone might be 11 or a misread 1: left to the clerk
    head = "UBND PHƯỜNG A\nSố: 219/TB-UBND\nBắc Hồng Lĩnh, ngảy l8 thảng ll nãm 2025\nTHÔNG BÁO\n"
    assert propose(head, "x.txt").issued_date is None
    head = head.replace("thảng ll", "thảng 1l")
    assert propose(head, "x.txt").issued_date == date(2025, 11, 18)


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        # words, not a stamp: «từ số 01 đến số 45», «công văn đến» in a subject
        (
            "UBND PHƯỜNG A\nSố: 12/UBND-VP\nV/v gắn biển số nhà từ số 01 đến số 45\n"
            "đường Trần Phú\n\nA, ngày 02 tháng 4 năm 2025\n",
            "subject",
            "gắn biển số nhà từ số 01 đến số 45 đường Trần Phú",
        ),
        (
            "UBND PHƯỜNG A\nSố: 12/UBND-VP\nV/v chỉnh lý sổ công văn đến\n\n"
            "A, ngày 02 tháng 4 năm 2025\n",
            "subject",
            "chỉnh lý sổ công văn đến",
        ),
        # a stamp in a box
        (
            "ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "PHƯỜNG KINH BẮC"
            "                          Độc lập - Tự do - Hạnh phúc\n                           "
            "          ┌──────────────────┐\nSố: 3109/QĐ-UBND                     │ CÔNG VĂN ĐẾN"
            "     │\n                                     │ Số: 4471         │\n                  "
            "                   └──────────────────┘\n                                    Kinh Bắc,"
            " ngày 25 tháng 11 năm 2025\n                             QUYẾT ĐỊNH\n    Về việc phê "
            "duyệt danh sách hộ nghèo\n",
            "doc_type",
            "Quyết định",
        ),
        # «CĐN» is a Cao đẳng nghề's, and «kèm theo» ends a subject
        (
            "UBND TỈNH LÂM ĐỒNG\nTRƯỜNG CĐN ĐÀ LẠT\nSố: 12/CĐN-ĐT\nV/v tuyển sinh\n\n"
            "Đà Lạt, ngày 02 "
            "tháng 4 năm 2025\n",
            "issuer",
            "Trường Cao đẳng nghề Đà Lạt tỉnh Lâm Đồng",
        ),
        (
            "UBND PHƯỜNG A\nSố: 12/UBND-VP\nV/v góp ý dự thảo Quy chế và văn bản kèm theo\n\n"
            "Thực hiện Công văn số 12/SNV của Sở Nội vụ, UBND phường đề nghị các tổ góp ý.\n",
            "subject",
            "góp ý dự thảo Quy chế và văn bản kèm theo",
        ),
    ],
)
def test_what_the_reviewer_found_the_header_rules_took_wrongly(
    head: str, field: str, value: str
) -> None:
    assert getattr(propose(head, "x.txt"), field) == value


def test_an_urgent_dispatchs_subject_is_below_its_title() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 08/CĐ-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Ninh Thuận, ngày 08 tháng 11 năm 2013\n\nCÔNG ĐIỆN KHẨN\n"
        "Về việc triển khai các biện pháp ứng phó với bão số 14\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n"
    )
    proposal = propose(text, "cd.txt")
    assert proposal.doc_type == "Công điện"
    assert proposal.subject == "Về việc triển khai các biện pháp ứng phó với bão số 14"


def test_the_states_name_inside_a_subject_is_kept() -> None:
    text = (
        "UBND TỈNH QUẢNG NAM\nSỞ TƯ PHÁP\nSố: 45/HD-STP\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Nam, ngày 20 tháng 10 năm 2016\n\n"
        "HƯỚNG DẪN\nTổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2016\n\n"
        "Thực hiện Kế hoạch của UBND tỉnh, Sở Tư pháp hướng dẫn như sau:\n"
    )
    subject = propose(text, "hd.txt").subject
    assert subject == "Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2016"


def test_a_subject_in_a_markdown_cell_loses_the_cells_edge() -> None:
    text = (
        "| LĐLĐ THÀNH PHỐ ĐÀ NẴNG<br>**LĐLĐ QUẬN THANH KHÊ**<br><br>Số: 45/LĐLĐ-TC<br>"
        "V/v tổ chức Tháng Công nhân năm 2015 | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc**<br><br>*Thanh Khê, ngày 14 tháng 4 năm 2015* |\n"
        "|---|---|\n\nKính gửi: Ban Chấp hành công đoàn cơ sở trực thuộc.\n"
    )
    proposal = propose(text, "cv.md")
    assert proposal.subject == "tổ chức Tháng Công nhân năm 2015"
    assert proposal.issuer == "Liên đoàn Lao động quận Thanh Khê"
