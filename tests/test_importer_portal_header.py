"""Header rules met on whole documents copied from portals (issue 16): a page's own lines
above the document, Markdown's marks and table cells, names and mottos cut by narrow
cells, a place-date over two lines, a Công văn's «Về …», symbols with small letters."""

from __future__ import annotations

from datetime import date

from secretariat.directives.doc_numbers import parse_number_symbol
from secretariat.directives.importer import propose
from secretariat.text import fold

# A portal's page: its notices and the document's card come before the document.
PREAMBLE = "\n".join(
    [
        "|",
        "Bản dịch này thuộc quyền sở hữu của **",
        "THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép là vi phạm pháp luật.",
        "**",
        "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN",
        "**",
        *[f"**Mục {k}:**\n|\nĐã biết\n|" for k in range(12)],
    ]
)


def test_the_header_is_read_below_a_portals_preamble() -> None:
    text = (
        PREAMBLE + "\n**ỦY\nBAN NHÂN DÂN **\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\n|\n"
        "**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        "|\n|\nSố: 4085/UBND-ĐT\n*V/v rà soát và\nchuẩn hóa dữ liệu số nhà sau sắp xếp*\n|\n"
        "*Thành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025*\n|\n|\n**Kính gửi:**\n"
        "- Ủy ban nhân dân các phường, xã.\n"
    )
    p = propose(text)
    assert p.number_symbol == "4085/UBND-ĐT"
    assert p.doc_type == "Công văn"
    assert p.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert p.place == "Thành phố Hồ Chí Minh"
    assert p.issued_date == date(2025, 11, 25)
    assert p.subject == "rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp"


def test_names_and_the_motto_cut_by_narrow_cells() -> None:
    state = (
        "|\n**ỦY BAN NHÂN\nDÂN**\nTỈNH ĐỒNG THÁP\n--------\n|\n**CỘNG HÒA XÃ\n"
        "HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 617/KH-UBND\n|\n"
        "*Đồng Tháp,\nngày 01 tháng 12 năm 2025*\n|\n\n**KẾ HOẠCH**\n\n"
        "CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP\n\nThực hiện Kế hoạch số 283/KH-UBND;\n"
    )
    p = propose(state)
    assert (p.issuer, p.place, p.issued_date) == (
        "Ủy ban nhân dân tỉnh Đồng Tháp",
        "Đồng Tháp",
        date(2025, 12, 1),
    )
    assert p.subject == "CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP"
    office = "|\n**VĂN PHÒNG CHÍNH\nPHỦ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
    office += "|\nSố: 634/TB-VPCP\n|\n*Hà Nội, ngày 22\ntháng 11 năm 2025*\n"
    p = propose(office)
    assert (p.issuer, p.issued_date) == ("Văn phòng Chính phủ", date(2025, 11, 22))


def test_a_central_party_department_and_its_title_block_over_blank_lines() -> None:
    text = (
        "|\nBAN CHẤP HÀNH\nTRUNG ƯƠNG\n**VĂN PHÒNG**\n*\n|\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n"
        "---------------\n|\n|\nSố 07-KL/VPTW\n|\n*Hà Nội, ngày 01 tháng 12 năm 2025*\n|\n\n\n"
        "**KẾT LUẬN**\n\nCỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n\n"
        "TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG NĂM 2025\n\n-----\n\n"
        "Hội nghị toàn quốc công tác văn phòng năm 2025 đã thống nhất đánh giá kết quả.\n"
    )
    p = propose(text)
    assert p.issuer == "Văn phòng Trung ương Đảng"
    assert p.subject == (
        "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN "
        "PHÒNG NĂM 2025"
    )
    # a line after a comma goes on, though it names an authority
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 221-KL/TW\n"
        "Hà Nội, ngày 28 tháng 11 năm 2025\n**KẾT LUẬN**\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\n"
        "VỀ TÌNH HÌNH HOẠT ĐỘNG CỦA BỘ MÁY\n-----\nTại phiên họp ngày 28/11/2025, …\n"
    )
    assert propose(text).subject == (
        "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH HOẠT ĐỘNG CỦA BỘ MÁY"
    )


def test_a_cong_van_subject_opening_with_ve_or_under_a_lone_v_v() -> None:
    head = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5155/SGDĐT-GDTX\n"
    tail = "\n|\n*Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025*\n**Kính gửi: **Các phường\n"
    p = propose(head + "*Về hướng dẫn đánh giá trung tâm\nhọc tập cộng đồng năm 2025*" + tail)
    assert (p.doc_type, p.subject) == (
        "Công văn",
        "Về hướng dẫn đánh giá trung tâm học tập cộng đồng năm 2025",
    )
    p = propose(head + "*V/v\nđề xuất biên chế giai đoạn 2026-2031*" + tail)
    assert p.subject == "đề xuất biên chế giai đoạn 2026-2031"


def test_a_units_abbreviation_with_a_small_letter_inside() -> None:
    for written in ("1595/SGDĐT-CTrTT", "2865/SGDĐT-GDTrH", "416/QĐ-TTg", "73/UBND-TH"):
        found = parse_number_symbol(f"Số: {written} ngày")
        assert found is not None and found.text == written
    assert parse_number_symbol("Số: 12/UBND-Tham gia") is None  # a word, no symbol


def test_the_place_of_a_date_ocr_could_not_read() -> None:
    text = (
        "UBND THÀNH PHỐ ĐÀ NẴNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\n"
        "Số: 4235 /SGDĐT-CTrTT Đà Nẵng, ngày lô tháng 5 năm 2019\n"
        "V/v bảo đảm TTATGT cho HS, SV\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.place, p.issued_date) == ("4235/SGDĐT-CTrTT", "Đà Nẵng", None)


def test_a_motto_cut_before_nghia_and_a_place_cut_before_its_last_word() -> None:
    text = (
        "|\n**ỦY BAN NHÂN DÂN **\nTHÀNH PHỐ HÀ NỘI\n--------\n|\n**CỘNG HÒA XÃ HỘI CHỦ\n"
        "NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 4240/UBND-VX\n"
        "*V/v khẩn trương cập nhật cơ sở dữ liệu cán bộ*\n|\n*Thành phố Hồ Chí\n"
        "Minh, ngày 28 tháng 11 năm 2025*\n|\n**Kính gửi:**\n"
    )
    p = propose(text)
    assert p.issuer == "Ủy ban nhân dân thành phố Hà Nội"
    assert (p.place, p.issued_date) == ("Thành phố Hồ Chí Minh", date(2025, 11, 28))


def test_a_sub_committee_a_blank_day_and_a_subject_going_on_after_blank_lines() -> None:
    text = (
        "ỦY BAN BẦU CỬ XÃ PHỐ BẢNG \n\nTIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT\n\n\n\n"
        "Số:        /KH-TBTTKT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập - Tự do - Hạnh phúc\n\n\n\nPhố Bảng, ngày    tháng 12 năm 2025\n\n\n\n"
        "KẾ HOẠCH\n\nKiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI \n\n"
        "và đại biểu Hội đồng nhân dân các cấp\n\n trên địa bàn xã Phố Bảng\n\n\n\n"
        "Căn cứ Luật Bầu cử đại biểu Quốc hội;\n"
    )
    p = propose(text)
    # named under its committee (capitals after a comma, as in «Văn hóa, Thể thao và …»)
    assert p.issuer == "Tiểu ban thông tin, Tuyên truyền, Khánh tiết Ủy ban bầu cử xã Phố Bảng"
    assert (p.place, p.issued_date) == ("Phố Bảng", None)  # the day left blank: no date
    assert p.subject == (
        "Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng "
        "nhân dân các cấp trên địa bàn xã Phố Bảng"
    )


def test_a_name_going_on_over_lines_and_the_lowest_name_issues() -> None:
    text = (
        "ĐẢNG BỘ ĐẠI HỌC THÁI NGUYÊN\n\nĐẢNG ỦY TRƯỜNG ĐẠI HỌC\n\nKỸ THUẬT CÔNG NGHIỆP\n\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\n\n*\n\nSố 12-QĐ/ĐU\n\nThái Nguyên, ngày 05 tháng 10 năm 2021\n"
    )
    assert fold(propose(text).issuer or "") == fold("Đảng ủy Trường Đại học Kỹ thuật Công nghiệp")
    text = (
        "BAN TỔ CHỨC\nĐẠI HỘI ĐẠI BIỂU\nCÁC DÂN TỘC THIỂU SỐ VIỆT NAM\n"
        "TIỂU BAN THI ĐUA – KHEN THƯỞNG\n-------------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 13/BTC-TĐKT\nV/v bổ sung hướng dẫn công tác khen thưởng\n"
        "Hà Nội, ngày 08 tháng 09 năm 2009\n"
    )
    assert fold(propose(text).issuer or "") == fold(
        "Tiểu ban thi đua – khen thưởng Ban Tổ chức Đại hội đại biểu các dân tộc thiểu số Việt Nam"
    )


def test_a_number_with_the_issuers_abbreviation_alone() -> None:
    text = (
        "ỦY BAN NHÂN DÂN QUẬN 9\n\nTRUNG TÂM VĂN HÓA\n\n__________\n\nSố:  21 /TTVH\n\n"
        "Về thực hiện chế độ thông tin,\n\nbáo cáo định kỳ.\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.issuer) == ("21/TTVH", "Trung tâm Văn hóa quận 9")


def test_without_a_header_the_body_that_asks_is_the_issuer() -> None:
    text = (
        "Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, nay Sở Tài nguyên và Môi trường tổ "
        "chức lấy ý kiến của các cơ quan, đơn vị về dự thảo Chương trình hành động.\n"
        "Quý cơ quan gửi ý kiến trước 17h ngày 30 tháng 11 năm 2022.\n"
    )
    assert propose(text).issuer == "Sở Tài nguyên và Môi trường"
    # a body only cited is not the one asking
    text = "Căn cứ Công văn của Sở Nội vụ, các phường báo cáo trước ngày 15/12/2025.\n"
    assert propose(text).issuer is None


def test_a_header_lost_under_a_law_portals_card_is_read_from_the_card() -> None:
    text = (
        "|\nBản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**.\n**\n"
        "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n**\nĐang tải văn bản...\n#\n"
        "**Số hiệu:**\n|\n174/CV-BCĐ\n|\n|\n**Loại văn bản:**\n|\nCông văn\n|\n"
        "**Nơi ban hành:**\n|\nBan Chỉ đạo sắp xếp đơn vị hành chính các cấp\n|\n|\n"
        "**Ngày ban hành:**\n|\n02/12/2025\n|\n|\n**Kính gửi:** Các đồng chí Bộ trưởng\n"
        "Thực hiện Kết luận số 192-KL/TW, Ban Chỉ đạo yêu cầu các đồng chí khẩn trương "
        "chỉ đạo thực hiện các nội dung sau:\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type, p.issued_date) == (
        "174/CV-BCĐ",
        "Công văn",
        date(2025, 12, 2),
    )
    assert p.issuer == "Ban Chỉ đạo sắp xếp đơn vị hành chính các cấp"  # never the notice


def test_a_party_motto_cut_after_cong() -> None:
    text = (
        "BAN CHẤP HÀNH\nTRUNG ƯƠNG\n**VĂN PHÒNG**\n*****\n|\n**ĐẢNG CỘNG\nSẢN VIỆT NAM**\n"
        "---------------\n|\nSố 432-TB/VPTW\n|\n*Hà Nội, ngày\n26 tháng 11 năm 2025*\n|\n"
        "**THÔNG BÁO KẾT LUẬN**\nCỦA ĐỒNG CHÍ TỔNG BÍ THƯ\n**-----**\nNgày 24/11/2025, …\n"
    )
    p = propose(text)
    assert (p.issuer, p.place, p.issued_date) == (
        "Văn phòng Trung ương Đảng",
        "Hà Nội",
        date(2025, 11, 26),
    )
    assert (p.doc_type, p.subject) == ("Thông báo", "KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ")


def test_a_portals_print_page_gives_its_title_line_as_type_and_subject() -> None:
    text = (
        "In bài viết    \nGiấy mời dự Lễ phát động “Tết trồng cây” Xuân Mậu Tuất 2018\n\n"
        "Hưởng ứng phong trào “Mùa xuân là Tết trồng cây”; Ủy ban nhân dân tỉnh Hải Dương tổ "
        "chức Lễ phát động “Tết trồng cây” Xuân Mậu Tuất 2018.\n\n1. Thành phần mời:\n"
    )
    p = propose(text)
    assert p.doc_type == "Giấy mời"
    assert p.subject == "dự Lễ phát động “Tết trồng cây” Xuân Mậu Tuất 2018"
    assert p.issuer == "Ủy ban nhân dân tỉnh Hải Dương"  # the body that holds the event


def test_a_law_portals_title_names_the_issuer_of_a_header_run_into_it() -> None:
    text = (
        "Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do "
        "Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 296/BHXH-CSYT V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT\n"
        "Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:\n- Bảo hiểm xã hội các tỉnh;\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.issuer) == ("296/BHXH-CSYT", "Bảo hiểm xã hội Việt Nam")
    assert p.issued_date == date(2021, 2, 2)


def test_an_extract_that_names_its_source_at_the_end() -> None:
    text = (
        "Insert title here\nTHÔNG TIN Ý KIẾN\n\nUBND tỉnh có ý kiến như sau:\n"
        "Giao Sở Kế hoạch và Đầu tư chủ trì nghiên cứu đề xuất, trước ngày 10/5/2024./.\n\n"
        "(Theo Công văn số 1924/UBND-KT, ngày 23/4/2024)\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("1924/UBND-KT", "Công văn")
    assert p.issued_date == date(2024, 4, 23)
    assert p.issuer is None  # «Thông tin ý kiến» is the portal's label, no body
    cited = text.replace("(Theo Công văn", "Theo Công văn").replace("2024)\n", "2024 đã nêu.\n")
    assert propose(cited).number_symbol is None  # a document cited in the body


def test_a_news_page_names_its_portals_owner_not_a_body_and_its_verb() -> None:
    text = (
        "UBND Xã Tịnh Hà\n\nTỔ CHỨC LẤY Ý KIẾN CỬ TRI VỀ ĐỀ ÁN THÀNH LẬP THỊ TRẤN SƠN TỊNH\n\n"
        "Theo đó, UBND tỉnh thống nhất ngày tổ chức lấy ý kiến cử tri về Đề án là ngày Chủ "
        "nhật, ngày 19 tháng 5 năm 2024.\n\nXã Tịnh Hà | Cổng thông tin điện tử xã Tịnh Hà\n\n"
        "Bản quyền thuộc về Ủy Ban Nhân Dân xã Tịnh Hà.\n"
    )
    assert propose(text).issuer == "Ủy ban nhân dân xã Tịnh Hà"


def test_a_source_note_and_a_speaking_body_with_marks_lost_here_and_there() -> None:
    text = (
        "Sơ Tài nguyên va Môi trường tô chức lấy ý kiến cac cơ quan về dự thảo.\n\n"
        "UBND tỉnh có ý kiến như sau: hoàn thành trước ngày 10/12/2023./.\n"
        "(Theo Công văn sô 6202/UBND-KT, ngay 23/11/2023)\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.issued_date) == ("6202/UBND-KT", date(2023, 11, 23))
    assert p.issuer == "Sơ Tài nguyên va Môi trường"


def test_a_commune_portals_post_above_its_document() -> None:
    # the post's title block, its date, time and view counter, then the document itself
    text = (
        "THÔNG BÁO\n\nV/v lịch tiếp công dân tháng 5\n\n14/05/2024 09:10 87 lượt xem\n\n"
        "ỦY BAN NHÂN DÂN\n\nXÃ BÌNH AN\n\n \n\nSố:   15 /TB-UBND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n"
        "Bình An, ngày  14 tháng 5  năm 2024\n\nTHÔNG BÁO\n\nV/v lịch tiếp công dân tháng 5\n\n"
        "Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau.\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.issuer) == ("15/TB-UBND", "Ủy ban nhân dân xã Bình An")
    assert p.subject == "V/v lịch tiếp công dân tháng 5"
    assert p.issued_date == date(2024, 5, 14)


def test_a_post_stamp_above_and_spaces_around_the_symbols_hyphen() -> None:
    text = (
        "02-03-2019 - 08:15\n\nKế hoạch trồng cây\n\nỦY BAN NHÂN DÂN\n\nXÃ TÂN LẬP\n\n"
        "           Số:    42   /CV - UBND\n\nV/v trồng cây đầu xuân\n\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "                      Tân Lập, ngày 02 tháng 3 năm 2019\n\n"
        "Kính gửi:  Các thôn trưởng.\n"
    )
    p = propose(text)
    assert p.number_symbol == "42/CV-UBND"
    assert (p.issuer, p.issued_date) == ("Ủy ban nhân dân xã Tân Lập", date(2019, 3, 2))
    assert p.subject == "trồng cây đầu xuân"


def test_an_e_signatures_time_below_the_document_is_kept() -> None:
    # the same «dd-mm-yyyy hh:mm:ss» line under the signer is the day of signing
    text = (
        "ĐẢNG BỘ HUYỆN AN LÃO\nĐẢNG UỶ XÃ AN TIẾN\n*\nSố -CV/ĐU\nV/v kiểm tra hồ sơ đảng viên\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Tiến, ngày tháng 4 năm 2024\n"
        "Kính gửi: Các chi bộ trực thuộc.\nĐề nghị các chi bộ hoàn thiện hồ sơ.\n"
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Hùng\nĐẢNG UỶ XÃ AN\nTIẾN\n"
        "12-04-2024 15:20:31\n+07:00\n"
    )
    assert propose(text).issued_date == date(2024, 4, 12)


def test_a_quoted_subject_and_a_title_line_ending_with_a_comma() -> None:
    quoted = (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nSố: 09 /CV- UBND\n\n"
        "“V/v tăng cường kiểm tra vệ sinh an toàn thực phẩm”\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHòa Bình, ngày 05 tháng 6 năm 2021\n\n"
        "Kính gửi: Các trưởng thôn.\n"
    )
    assert propose(quoted).subject == "tăng cường kiểm tra vệ sinh an toàn thực phẩm"
    comma = (
        "UỶ BAN NHÂN DÂN\n\nXÃ NAM HƯNG\n\nSố: 31/TB-UBND\n\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNam Hưng, ngày 10 tháng 12 năm 2023\n\n"
        "THÔNG BÁO\n\nVề việc công khai danh sách hộ gia đình có công,\n\n"
        "Sau khi bình xét quý IV năm 2023\n\n\nCăn cứ Nghị định số 55/2023/NĐ-CP;\n"
    )
    assert propose(comma).subject == (
        "Về việc công khai danh sách hộ gia đình có công, Sau khi bình xét quý IV năm 2023"
    )


def test_a_town_office_in_abbreviations_is_written_out() -> None:
    text = (
        "UBND TX. PHƯỚC LONG       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "PHÒNG GIÁO DỤC-ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc\n"
        "  Số : 88/TB-PGDĐT        Phước Long, ngày 02 tháng 4 năm 2015.\n\n"
        "                 THÔNG BÁO\n   Về việc nghỉ Lễ năm 2015\n\n"
        "      Kính gửi:  Hiệu trưởng các trường.\n"
    )
    p = propose(text)
    assert p.issuer == "Phòng Giáo dục và Đào tạo thị xã Phước Long"
    assert (p.number_symbol, p.issued_date) == ("88/TB-PGDĐT", date(2015, 4, 2))


def test_a_pdf_pages_number_run_into_the_header() -> None:
    text = (
        "Đề nghị các đơn vị gửi báo cáo đúng hạn.\n"
        "Trang 1UBND TỈNH BÌNH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ Độc lập – Tự do – Hạnh phúc\n"
        "Số: 512/SYT-NVY Phan Thiết, ngày 03 tháng 3 năm 2016\n"
        "Kính gửi: Các Trung tâm Y tế huyện.\n"
    )
    p = propose(text)
    assert p.issuer == "Sở Y tế tỉnh Bình Thuận"
    assert (p.place, p.issued_date) == ("Phan Thiết", date(2016, 3, 3))


def test_a_place_date_wrapped_after_its_month_in_a_cell() -> None:
    text = (
        "ỦY\nBAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 1203/QĐ-UBND\n|\n"
        "Điện\nBiên, ngày 21 tháng 10\nnăm 2019\n|\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ MẪU\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
    )
    p = propose(text)
    assert (p.place, p.issued_date) == ("Điện Biên", date(2019, 10, 21))


def test_a_ministrys_department_with_two_parts_in_its_symbol() -> None:
    assert parse_number_symbol("Số: 2210/BYT-KH-TC |").text == "2210/BYT-KH-TC"
    assert parse_number_symbol("Số: 75/BTC-NSNN-Hà Nội").text == "75/BTC-NSNN"


def test_symbols_with_a_dash_a_numbered_department_or_a_glued_v_v() -> None:
    assert parse_number_symbol("Số : 2210 /GDĐT – TC   Hà Nội").text == "2210/GDĐT-TC"
    assert parse_number_symbol("Số: 1180/VPCP-V .I").text == "1180/VPCP-V.I"
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Số: 1432/VPCP-KGV/v tổ chức Tuần lễ văn hóa các dân tộc năm 2019\n\n"
        "Hà Nội, ngày 12 tháng 3 năm 2019\n\nKính gửi: Ủy ban nhân dân tỉnh Lào Cai\n"
    )
    p = propose(text)
    assert p.number_symbol == "1432/VPCP-KG"
    assert p.subject == "tổ chức Tuần lễ văn hóa các dân tộc năm 2019"


def test_a_header_cut_to_a_bare_committee_is_named_from_what_the_copy_keeps() -> None:
    # the province's committee its place-date names
    plan = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 58/KH-UBND | Hà Nam, ngày 14 tháng 3 năm 2022 |\n"
        "Thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành "
        "Kế hoạch như sau:\n"
    )
    assert propose(plan).issuer == "Ủy ban nhân dân tỉnh Hà Nam"
    # a department that speaks in the body, its symbol a department's
    guide = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 312/HD-SYT | Đà Nẵng, ngày 02 tháng 6 năm 2016 |\nHƯỚNG DẪN\n"
        "PHÒNG CHỐNG DỊCH SỐT XUẤT HUYẾT\nCăn cứ Quyết định số 12/QĐ-UBND;\n"
        "Sở Y tế hướng dẫn các đơn vị thực hiện một số nội dung sau:\n"
    )
    assert propose(guide).issuer == "Sở Y tế thành phố Đà Nẵng"
    # a law portal's card, its cells on one line
    card = (
        "Công văn 77/SNV-CCVC năm 2020 do Sở Nội vụ tỉnh Hà Tĩnh ban hành\n"
        "Số hiệu: | 77/SNV-CCVC | Loại văn bản: | Công văn |\n"
        "Nơi ban hành: | Sở Nội vụ tỉnh Hà Tĩnh | Người ký: | Trần Văn An |\n"
        "Ngày ban hành: | 15/01/2020 | Ngày hiệu lực: | Đã biết |\n"
        "ỦY BAN NHÂN\nDÂN |\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM |\nSố:\n77/SNV-CCVC |\n"
        "Hà Tĩnh, ngày 15 tháng 01 năm 2020 |\nKính gửi: | Các phòng, ban.\n"
    )
    assert propose(card).issuer == "Sở Nội vụ tỉnh Hà Tĩnh"


def test_an_open_letter_a_districts_number_and_a_re_line_under_a_split_place_date() -> None:
    letter = (
        "UỶ BAN NHÂN DÂN HUYỆN LẠC SƠN\n\nLạc Sơn, ngày 20 tháng 12 năm 2022\n\nTHƯ NGỎ\n\n"
        "Ủng hộ Quỹ vì người nghèo năm 2023\n\n   Trong những năm qua, ...\n"
    )
    p = propose(letter)
    assert (p.doc_type, p.subject) == ("Thư ngỏ", "Ủng hộ Quỹ vì người nghèo năm 2023")
    district = (
        "ỦY BAN NHÂN DÂN QUẬN 5\n*****\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Số: 14/2008/QĐ-UBND\n\nQuận 5, ngày 10 tháng 04 năm 2008\n\nQUYẾT ĐỊNH\n\n"
        "VỀ VIỆC BAN HÀNH QUY CHẾ MẪU\n"
    )
    assert (propose(district).place, propose(district).issued_date) == ("Quận 5", date(2008, 4, 10))
    re_line = (
        "UỶ BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "TỈNH ĐỒNG NAI                               Độc lập – Tự do – Hạnh phúc\n\n"
        "SỞ Y TẾ\n\n"
        "Số : 905 /SYT – NV                          Đồng Nai, ngày 03 tháng 10 năm 2019\n\n"
        "Về tăng cường phòng chống dịch tay chân miệng\n\nKính gửi : Các bệnh viện.\n"
    )
    p = propose(re_line)
    assert (p.number_symbol, p.doc_type) == ("905/SYT-NV", "Công văn")
    assert p.subject == "Về tăng cường phòng chống dịch tay chân miệng"


def test_a_rule_issued_with_a_decision_its_title_wrapped_in_narrow_cells() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN AN\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\n"
        "Tự do - Hạnh phúc\n|\nQUY CHẾ TIẾP\nCÔNG\nDÂN CỦA ỦY\nBAN NHÂN DÂN XÃ TÂN AN\n(Ban hành\n"
        "kèm theo Quyết định số: 12/QĐ-UBND\nNgày 05 tháng\n3 năm 2022 của Ủy ban nhân dân xã Tân\n"
        "An)\nChương I\nNHỮNG QUY ĐỊNH\nCHUNG\n"
    )
    p = propose(text)
    assert p.doc_type == "Quy chế"
    assert p.subject == "TIẾP CÔNG DÂN CỦA ỦY BAN NHÂN DÂN XÃ TÂN AN"
    assert p.issued_date == date(2022, 3, 5)


def test_a_labour_office_a_councils_enacting_line_and_a_cited_date_in_the_subject() -> None:
    labour = (
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSỞ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 410/SLĐTBXH-VP\n"
        "V/v triển khai Chỉ thị số 05-CT/TU ngày 12 tháng 3 năm 2019 của Ban Thường vụ Tỉnh ủy\n"
        "An Giang, ngày 02 tháng 4 năm 2019\nKính gửi: Phòng Lao động - Thương binh và Xã hội "
        "các huyện.\n"
    )
    p = propose(labour)
    assert p.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh An Giang"
    assert p.subject == (
        "triển khai Chỉ thị số 05-CT/TU ngày 12 tháng 3 năm 2019 của Ban Thường vụ Tỉnh ủy"
    )
    council = (
        "HỘI ĐỒNG NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2007/NQ-HĐND |\n"
        "Quận 3, ngày 05 tháng 7 năm 2007 |\nNGHỊ QUYẾT\nVỀ NHIỆM VỤ KINH TẾ - XÃ HỘI 6 THÁNG "
        "CUỐI NĂM 2007\nHỘI ĐỒNG NHÂN DÂN QUẬN 3 KHÓA IX, KỲ HỌP LẦN THỨ 11\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\n"
    )
    assert propose(council).issuer == "Hội đồng nhân dân quận 3"
    city = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 2210/UBND-VX | Thành phố Hồ Chí Minh, ngày 04 tháng 6 năm 2010 |\n"
        "Kính gửi: Sở Y tế.\n"
    )
    assert propose(city).issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"


def test_a_long_portal_card_above_the_header_and_its_issuing_body_line() -> None:
    card = "\n".join(
        f"{label}\n{value}"
        for label, value in (
            ("Số hiệu:", "88/KH-UBND"),
            ("Loại văn bản:", "Kế hoạch"),
            ("Nơi ban hành:", "Tỉnh Hà Nam"),
            ("Người ký:", "Trần Văn Bình"),
            ("Ngày ban hành:", "14/03/2025"),
            ("Ngày hiệu lực:", "Đã biết"),
            ("Ngày công báo:", "Đang cập nhật"),
            ("Số công báo:", "Đang cập nhật"),
            ("Tình trạng:", "Đã biết"),
        )
    )
    text = (
        f"{card}\nỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 88/KH-UBND\nHà Nam, ngày 14\n"
        "tháng 3 năm 2025\nKẾ HOẠCH\nTHỰC\nHIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ CỦA TỈNH NĂM 2025\n"
        "Căn cứ Nghị quyết số 12/NQ-HĐND;\n"
    )
    p = propose(text)
    assert p.issuer == "Ủy ban nhân dân tỉnh Hà Nam"
    assert p.subject == "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ CỦA TỈNH NĂM 2025"
    # a card's «Cơ quan ban hành …» on one line is no e-signature's «Cơ quan: …»
    inline = (
        "Số hiệu 1203/QĐ-UBND\nNgày ban hành 02/10/2021\nLoại văn bản Quyết định\n"
        "Cơ quan ban hành Thành phố Hải Phòng\nNgười ký Nguyễn Văn An\n\nỦY BAN NHÂN DÂN\n"
        "THÀNH PHỐ HẢI PHÒNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 1203/QĐ-UBND\nHải Phòng, ngày 02 tháng 10 năm 2021\nQUYẾT ĐỊNH\n"
        "VỀ VIỆC PHÊ DUYỆT DANH MỤC\n"
    )
    assert propose(inline).issuer == "Ủy ban nhân dân thành phố Hải Phòng"


def test_old_and_long_numbers_and_insurance_offices() -> None:
    assert parse_number_symbol("Số: 512 QĐ/UB").text == "512 QĐ/UB"
    assert parse_number_symbol("Số: 204517/CTHN-TTHT").text == "204517/CTHN-TTHT"
    old = (
        "UBND THÀNH PHỐ HÀ NỘI\nSố: 512 QĐ/UB\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Hà Nội, ngày 3 tháng 5 năm 1995\n\nQUYẾT ĐỊNH\n\nVề việc thành lập Ban chỉ đạo\n"
    )
    assert (propose(old).number_symbol, propose(old).doc_type) == ("512 QĐ/UB", "Quyết định")
    city = (
        "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TP.HỒ CHÍ MINH\n-------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1204/TB-BHXH\n"
        "TP.Hồ Chí Minh, ngày 12 tháng 8 năm 2019\nTHÔNG BÁO\nVề lịch tiếp công dân\n"
    )
    p = propose(city)
    assert (p.issuer, p.place) == ("Bảo hiểm xã hội thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh")
    central = (
        "BẢO HIỂM XÃ HỘI\nVIỆT NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 1733/BHXH-TCKT\nV/v quyết toán quý II\nHà Nội, ngày 02 tháng 7 năm 2012\n"
        "Kính gửi: Bảo hiểm xã hội các tỉnh.\n"
    )
    assert propose(central).issuer == "Bảo hiểm xã hội Việt Nam"


def test_a_capitals_title_naming_the_committee_after_thuoc_or_cua_chu_tich() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 21/2024/QĐ-UBND\nHà Nam, ngày 05 tháng 6 năm 2024\nQUYẾT ĐỊNH\n"
        "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA CÁC TỔ CÔNG TÁC THUỘC THẨM QUYỀN CỦA CHỦ TỊCH\n"
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức;\n"
    )
    assert propose(text).subject == (
        "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA CÁC TỔ CÔNG TÁC THUỘC THẨM QUYỀN CỦA CHỦ TỊCH "
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM"
    )


def test_an_old_title_naming_its_issuer_a_bracketed_note_and_a_post_titled_by_its_letter() -> None:
    old = (
        "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nSố: 215/QĐ-UB\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Yên Bái, ngày 12 tháng 5 năm 1995\n\nQUYẾT ĐỊNH CỦA UBND TỈNH YÊN BÁI\n\n"
        "Về việc thành lập Ban quản lý chợ trung tâm\n\n______\n\nCăn cứ Luật Tổ chức;\n"
    )
    assert propose(old).subject == "Về việc thành lập Ban quản lý chợ trung tâm"
    note = (
        "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 15/2025/NQ-HĐND\nĐà Nẵng, ngày 10 tháng 7 năm 2025\nNGHỊ QUYẾT\n"
        "QUY ĐỊNH MỨC CHI HỖ TRỢ CÁN BỘ CƠ SỞ\n(Thực hiện khoản 2 Điều 21 Luật Ngân sách)\n"
        "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert propose(note).subject == "QUY ĐỊNH MỨC CHI HỖ TRỢ CÁN BỘ CƠ SỞ"
    post = (
        "Công văn số 2207/SNV-TCBC ngày 05/11/2019 V/v rà soát biên chế công chức cấp xã.\n\n"
        "Đăng ngày: 06/11/2019 08:10:00\n\nKính gửi:\n\n– Ủy ban nhân dân các huyện;\n"
    )
    p = propose(post)
    assert (p.number_symbol, p.doc_type) == ("2207/SNV-TCBC", "Công văn")
    assert (p.issued_date, p.subject) == (date(2019, 11, 5), "rà soát biên chế công chức cấp xã")


def test_a_number_whose_slash_was_lost_and_the_province_named_in_two_parts() -> None:
    letter = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ VŨNG TÀU\nSố: 5120 UBND-VP\nV/v rà soát danh sách hộ nghèo\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVũng Tàu, ngày 14 tháng 5 năm 2020\n"
        "Kính gửi: UBND các phường, xã.\n"
    )
    assert propose(letter).number_symbol == "5120/UBND-VP"
    province = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA-VŨNG TÀU\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 1024/QĐ-UBND\nBà Rịa - Vũng Tàu, ngày 12 tháng 5 năm 2015\nQUYẾT ĐỊNH\n"
        "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH\n"
    )
    p = propose(province)
    assert (p.issuer, p.place) == ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu")


def test_an_inspectorates_symbol_and_a_v_v_subject_across_a_portals_blank_line() -> None:
    text = (
        "UBND HUYỆN GIAO THỦY\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 118 /PGDĐT-TTr\n\n"
        "V/v hướng dẫn công tác\n\nthanh tra năm học 2019 – 2020\n\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n   Giao Thủy, ngày 20 tháng 9  năm 2019\n\n"
        "Kính gửi: Hiệu trưởng các trường.\n"
    )
    p = propose(text)
    assert p.number_symbol == "118/PGDĐT-TTr"
    assert p.subject == "hướng dẫn công tác thanh tra năm học 2019 – 2020"


def test_cells_cut_after_their_first_word_a_councils_old_title_a_run_on_motto() -> None:
    council = (
        "HỘI\nĐỒNG NHÂN DÂN QUẬN 5 |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 03/2009/NQ-HĐND |\nQuận 5, ngày 10 tháng 01 năm 2009 |\n"
        "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2009\nHỘI ĐỒNG NHÂN DÂN QUẬN 5 KHÓA IX - KỲ HỌP THỨ 14\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\n"
    )
    assert propose(council).issuer == "Hội đồng nhân dân quận 5"
    old = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI\nSố: 09/2001/NQ-HĐND\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Yên Bái, ngày 12 tháng 7 năm 2001\n\nNGHỊ QUYẾT CỦA HĐND TỈNH YÊN BÁI\n\n"
        "Về nhiệm vụ kinh tế - xã hội 6 tháng cuối năm 2001\n\nCăn cứ Luật Tổ chức;\n"
    )
    assert propose(old).subject == "Về nhiệm vụ kinh tế - xã hội 6 tháng cuối năm 2001"
    flat = (
        "UBND TỈNH ĐIỆN BIÊN SỞ Y TẾ Số 512/SYT-NV V/v tăng cường phòng chống dịch sởi năm 2019 "
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Điện Biên, ngày 02 tháng 4 "
        "năm 2019 Kính gửi: Các Trung tâm Y tế.\n"
    )
    assert propose(flat).subject == "tăng cường phòng chống dịch sởi năm 2019"


def test_a_word_drawings_shape_name_before_a_cell_is_furniture() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\n\nTỈNH BẾN TRE\n\nstraight connector 2Số: 214 /UBND-VX\n\n"
        "Về việc tiêm chủng mở rộng\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "straight connector 1Độc lập - Tự do - Hạnh phúc\n\nBến Tre, ngày 09 tháng 3 năm 2017\n"
        "Kính gửi: Sở Y tế.\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type) == ("214/UBND-VX", "Công văn")
    assert p.subject == "Về việc tiêm chủng mở rộng"


def test_a_portal_posts_title_with_a_bare_number_or_its_number_in_brackets() -> None:
    bare = (
        "Công văn số 902 ngày 5/9/2018 V/v báo cáo kết quả thi đua năm 2018.\n\n"
        "Đăng ngày: 05/09/2018 10:20:05\n\nKính gửi: UBND các huyện.\n\n"
        "Sở Nội vụ đề nghị UBND các huyện báo cáo trước ngày 20/9/2018.\n"
    )
    p = propose(bare)
    assert (p.number_symbol, p.doc_type, p.issued_date) == ("902", "Công văn", date(2018, 9, 5))
    assert p.subject == "báo cáo kết quả thi đua năm 2018"
    bracketed = (
        "Skip to main content\n\nVề việc rà soát nhà tạm trên địa bàn (1204/VP-KTN, ngày "
        "12/6/2019).\n\nThực hiện Công văn số 455/BXD-QLN ngày 02/6/2019 của Bộ Xây dựng về "
        "nhà ở, Chủ tịch UBND tỉnh có ý kiến như sau: giao Sở Xây dựng rà soát.\n\n"
        "(Công văn số 455/BXD-QLN ngày 02/6/2019 của Bộ Xây dựng gửi qua eOffice).\n\n"
        "Văn phòng UBND tỉnh thông báo để các cơ quan thực hiện./.\n"
    )
    p = propose(bracketed)
    assert (p.number_symbol, p.issued_date) == ("1204/VP-KTN", date(2019, 6, 12))
    assert p.subject == "rà soát nhà tạm trên địa bàn"


def test_an_office_that_names_its_level_is_named_with_its_place_once() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nVĂN PHÒNG UBND THÀNH PHỐ\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 88/VP-KT\nVề giải ngân vốn\n\nCần Thơ, ngày 10 tháng 7 năm 2013\n"
    )
    assert propose(text).issuer == "Văn phòng Ủy ban nhân dân thành phố Cần Thơ"


def test_a_schools_plan_keeps_its_school_year_and_its_names_abbreviations() -> None:
    text = (
        "PHÒNG GD&ĐT QUẢNG ĐIỀN\n\nTRƯỜNG THCS-THPT QUẢNG THÀNH\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 12/KH-THCS\n\nQuảng Thành, ngày 02 tháng 10 năm 2023\n\n"
        "KẾ HOẠCH KIỂM TRA GIỮA HỌC KỲ I\n\nNăm học 2023 - 2024\n\n"
        "Căn cứ kế hoạch năm học của nhà trường;\n"
    )
    p = propose(text)
    assert p.issuer == "Trường Trung học cơ sở - Trung học phổ thông Quảng Thành"
    assert p.subject == "KIỂM TRA GIỮA HỌC KỲ I Năm học 2023 - 2024"
    vocational = text.replace("TRƯỜNG THCS-THPT QUẢNG THÀNH", "TRƯỜNG CAO ĐẲNG NGHỀ GTVT SỐ II")
    assert propose(vocational).issuer == "Trường Cao đẳng Nghề GTVT Số II"


def test_a_managing_bodys_place_a_cell_cut_before_its_last_word() -> None:
    p = propose(
        "|\n|\nUBND THÀNH PHỐ HÀ\nNỘI\n**SỞ GIÁO DỤC VÀ ĐÀO TẠO**\n-------\n|\n"
        "**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\n|\n"
        "Số: 5095/SGDĐT-CTTTHSSV\n*V/v tăng cường kiểm soát ô nhiễm không khí*\n|\n"
        "*Hà Nội, ngày 03\ntháng 12 năm 2026*\n|\n|\n**Kính gửi:**\n|\n- UBND các xã, phường;\n"
    )
    assert p.issuer == "Sở Giáo dục và Đào tạo thành phố Hà Nội"


def test_a_markdown_conversions_escapes_and_a_cells_line_breaks() -> None:
    p = propose(
        "  ----------------------- -----------------------------------------------\n"
        "    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\\n"
        "         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\\n"
        "     \\-\\-\\-\\-\\-\\-\\--**            \\-\\-\\-\\-\\-\\-\\-\\-**\n\n"
        "   Số: 1670/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2026*\n"
        "  ----------------------- -----------------------------------------------\n\n"
        "**NGHỊ QUYẾT**\n\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ\n\n"
        "2\\. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn\n"
        "bị cần thiết, bảo đảm để chính quyền địa phương ở các đơn vị hành chính\n"
        "cấp xã chính thức hoạt động từ ngày 01 tháng 7 năm 2026.\n"
    )
    assert (p.number_symbol, p.issuer) == ("1670/NQ-UBTVQH15", "Ủy ban Thường vụ Quốc hội")
    assert [t.due_date for t in p.tasks if t.due_date] == [date(2026, 7, 1)]


def test_the_prime_ministers_title_wrapped_by_a_pages_cell() -> None:
    p = propose(
        "|\n**THỦ TƯỚNG\nCHÍNH PHỦ**\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 2623/QĐ-TTg\n|\n"
        "*Hà Nội, ngày 28 tháng 11 năm 2026*\n|\n\n**QUYẾT ĐỊNH**\n\nBAN HÀNH KẾ HOẠCH\n"
    )
    assert p.issuer == "Thủ tướng Chính phủ"


def test_a_portals_summary_above_the_document_gives_no_task_of_its_own() -> None:
    summary = (
        "## Hỗ trợ Nhân dân sửa nhà do ảnh hưởng mưa lũ trước ngày 30/11/2025\n"
        "**Ngày 23/11/2025, Thủ tướng Chính phủ có Công điện 227/CĐ-TTg về khắc phục hậu quả "
        "mưa lũ.**\nTheo đó, Thủ tướng Chính phủ yêu cầu:\n- Bố trí chỗ ở tạm; hỗ trợ Nhân dân "
        "sửa chữa nhà cửa, hoàn thành trước ngày 30/11/2025.\n"
        "Xem chi tiết nội dung tại Công điện 227/CĐ-TTg ngày 23/11/2025.\n"
    )
    document = (
        "|\n**THỦ TƯỚNG CHÍNH\nPHỦ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố: 227/CĐ-TTg\n|\n*Hà Nội, ngày 23\ntháng 11 năm "
        "2025 *\n|\n**CÔNG ĐIỆN**\nV/V TẬP TRUNG KHẮC PHỤC HẬU QUẢ MƯA LŨ\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh bố trí chỗ ở tạm; hỗ trợ Nhân dân sửa chữa nhà "
        "cửa, hoàn thành trước ngày 30/11/2025.\n"
    )
    p = propose(PREAMBLE + "\n" + summary + document)
    assert p.number_symbol == "227/CĐ-TTg"
    assert [t.due_date for t in p.tasks if t.due_date] == [date(2025, 11, 30)]
    # a news page with no copy of the document after its summary keeps what it tells
    news = propose(summary + "Tin liên quan\n")
    assert date(2025, 11, 30) in [t.due_date for t in news.tasks]


def test_a_portals_summary_ends_in_other_words_too() -> None:
    for ending in (
        "Xem thêm chi tiết tại Công văn 11554/VPCP-V.I ngày 25/11/2025.",
        "Xem thêm Công điện 232/CĐ-TTg đã ban hành ngày 27/11/2025.",
    ):
        text = (
            "## Báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025\n"
            "+ Báo cáo Thủ tướng Chính phủ kết quả trước ngày 30/11/2025.\n" + ending + "\n|\n"
            "**VĂN PHÒNG CHÍNH\nPHỦ**\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 11554/VPCP-V.I\n|\n*Hà Nội, ngày 25 tháng 11 "
            "năm 2025*\n|\nV/v chống buôn lậu\n|\nKính gửi: Bộ Tài chính.\n"
            "Bộ Tài chính báo cáo Thủ tướng Chính phủ kết quả trước ngày 30/11/2025.\n"
        )
        p = propose(text)
        assert [t.due_date for t in p.tasks if t.due_date] == [date(2025, 11, 30)], ending


def test_a_copy_without_its_header_is_named_by_its_annexs_caption() -> None:
    body = (
        "**Kính gửi:** Các cơ sở\nđào tạo trực thuộc Bộ\n\nBộ Văn hóa, Thể thao và Du lịch đề "
        "nghị các cơ sở đào tạo gửi báo cáo trước ngày 20/12/2025.\n\n**PHỤ LỤC**\n"
        "*(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa,\n"
        "Thể thao và Du lịch)*\n"
    )
    p = propose(body)
    assert (p.number_symbol, p.doc_type, p.issued_date) == (
        "6386/BVHTTDL-KHCNĐTMT",
        "Công văn",
        date(2025, 11, 25),
    )
    assert p.issuer == "Bộ Văn hóa, Thể thao và Du lịch"
    # a decision's annex captioned with the plan it issues names the plan, not the decision
    decision = (
        "QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch tuyển sinh\n\nĐiều 1. Phê duyệt Kế hoạch.\n\n"
        "*(Kèm theo Kế hoạch số 989/KH-SGDĐT ngày 08/5/2009 của Sở Giáo dục và Đào tạo)*\n"
    )
    assert propose(decision).number_symbol is None


def test_a_portals_card_naming_a_place_stands_for_its_committee() -> None:
    card = (
        "**Số hiệu:**\n|\n4001/UBND-ĐT\n|\n**Loại văn bản:**\n|\nCông văn\n|\n"
        "**Nơi ban hành:**\n|\nThành phố Hồ Chí Minh\n|\n**Ngày ban hành:**\n|\n24/11/2025\n|\n"
    )
    p = propose(
        PREAMBLE + "\n" + card + "**Kính gửi:** Sở Xây dựng\n\nỦy ban nhân dân Thành phố "
        "có ý kiến như sau:\n"
    )
    assert (p.number_symbol, p.issuer, p.issued_date) == (
        "4001/UBND-ĐT",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        date(2025, 11, 24),
    )
