"""Copies double-spaced throughout, and the look-alike «Ð» (issue 16): found by reading
every real document of the corpus again double-spaced and with «Ð» for «Đ»."""

from __future__ import annotations

from datetime import date

from secretariat.directives.importer import propose
from secretariat.directives.importer.spacing import join_spaced_letters, plain_letters, undouble

HEADER = (
    "ỦY BAN NHÂN DÂN QUẬN 9\nTRUNG TÂM VĂN HÓA\n__________\nSố:  21 /TTVH\n"
    "V/v thực hiện chế độ thông tin,\nbáo cáo định kỳ.\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
    "Quận 9, ngày  04   tháng 6  năm 2014\n"
    "Kính gửi: – Phó Chủ tịch Văn Xã UBND 13 phường;\n"
)
BODY = (
    "Thực hiện Công văn số 891/UBND ngày 29 tháng 5 năm 2014 của Ủy ban nhân dân Quận 9.\n"
    "\n"
    "Trung tâm Văn hóa đề nghị Phó Chủ tịch Văn xã UBND 13 phường chỉ đạo\n"
    "Ban Văn hóa phường gửi báo cáo trước ngày 07/6/2014.\n"
    "\n"
    "Trân trọng!\n"
)


def _doubled(text: str) -> str:
    return "\n\n".join(text.split("\n"))


def test_a_copy_double_spaced_throughout_reads_as_the_original() -> None:
    original = propose(HEADER + "\n" + BODY)
    doubled = propose(_doubled(HEADER + "\n" + BODY))
    assert doubled.subject == original.subject == "thực hiện chế độ thông tin, báo cáo định kỳ"
    assert (doubled.number_symbol, doubled.issued_date) == ("21/TTVH", date(2014, 6, 4))
    [task] = [t for t in doubled.tasks if t.due_date]
    assert task.due_date == date(2014, 6, 7) and task.for_ward


def test_blank_lines_stay_where_a_sentence_ends_and_go_inside_one() -> None:
    text = _doubled("a\nb\nc\nd\ne\nf\ng\nh\nGửi báo cáo\ntrước ngày 07/6.\nTrân trọng!\nx")
    assert "Gửi báo cáo\ntrước ngày 07/6.\n\nTrân trọng!\n\nx" in undouble(text)


def test_paragraphs_with_lines_that_touch_are_left_alone() -> None:
    text = "Dòng một\nDòng hai\n\n" * 10
    assert undouble(text) == text


def test_the_look_alike_eth_is_read_as_đ() -> None:
    assert plain_letters("ÐẢNG ỦY, Quyết ðịnh") == "ĐẢNG ỦY, Quyết định"
    text = (
        "ÐẢNG BỘ TỈNH BẮC NINH\nHUYỆN ỦY THUẬN THÀNH\n*\nSố 12-TB/HU\n"
        "ÐẢNG CỘNG SẢN VIỆT NAM\nThuận Thành, ngày 02 tháng 3 năm 2026\n\nTHÔNG BÁO\n"
        "Kết luận của Ban Thường vụ Huyện ủy\n"
    )
    p = propose(text)
    assert (p.issuer, p.number_symbol) == ("Huyện ủy Thuận Thành", "12-TB/HU")


def test_no_break_and_invisible_spaces_are_plain() -> None:
    assert plain_letters("Số:\u00a0924/SNV\u200b-CCHC\u202fngày") == "Số: 924/SNV-CCHC ngày"
    text = (
        "UBND TỈNH QUẢNG NAM\nSỞ NỘI VỤ\nSố: 924/SNV-CCHC\nV/v báo cáo cải cách hành chính\n"
        "Quảng Nam, ngày 18 tháng 11 năm 2025\n\nCác sở hoàn thành trước ngày 05/12/2025.\n"
    ).replace(" ", "\u00a0")
    p = propose(text)
    assert (p.number_symbol, p.issued_date) == ("924/SNV-CCHC", date(2025, 11, 18))
    assert [t.due_date for t in p.tasks if t.due_date] == [date(2025, 12, 5)]


def test_a_party_header_run_onto_one_line_with_its_title_and_body() -> None:
    text = (
        "TỈNH ỦY NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM * Số 1245-TB/TU Nghệ An, ngày 04 tháng 8 năm "
        "2025 THÔNG BÁO kết luận của Ban Thường vụ Tỉnh ủy về tình hình vận hành chính quyền "
        "địa phương hai cấp Ngày 31/7/2025, Ban Thường vụ Tỉnh ủy họp nghe báo cáo. 1. Đảng ủy "
        "các xã, phường hoàn thành trước ngày 15.8.2025.\n"
    )
    p = propose(text)
    assert (p.number_symbol, p.doc_type, p.issuer) == ("1245-TB/TU", "Thông báo", "Tỉnh ủy Nghệ An")
    assert p.subject == (
        "kết luận của Ban Thường vụ Tỉnh ủy về tình hình vận hành chính quyền địa phương hai cấp"
    )


def test_a_title_after_a_cells_edge_and_a_list_dash_after_a_subject() -> None:
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 30/2018/QĐ-UBND | Hải Phòng, "
        "ngày 09 tháng 10 năm 2018 | QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG "
        "ĐẦU ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert propose(text).subject == "BAN HÀNH QUY ĐỊNH VỀ TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG ĐẦU"
    party = (
        "THÀNH ỦY HÀ NỘI * ĐẢNG CỘNG SẢN VIỆT NAM Số 08-QĐi/TU Hà Nội, ngày 15 tháng 9 năm 2025 "
        "QUY ĐỊNH về chế độ thông tin, báo cáo trong Đảng bộ thành phố - Căn cứ Điều lệ Đảng;\n"
    )
    assert propose(party).subject == "về chế độ thông tin, báo cáo trong Đảng bộ thành phố"


def test_syllables_a_lost_space_glued_are_apart_again() -> None:
    from secretariat.directives.importer.spacing import unglue_words

    assert unglue_words("Đểthực hiện chỉtiêu, nhiệm vụNghị quyết, Uỷban") == (
        "Để thực hiện chỉ tiêu, nhiệm vụ Nghị quyết, Uỷ ban"
    )
    # words that are syllables stay whole, however rare; so do OCR's misread words
    # («ngỉy» and «céac» of an English-model OCR: no word glued on them)
    kept = "khuỷu người rượu khuyết giường nghiêng Quảng Ngãi Đắk Lắk Internet ngỉy céac"
    assert unglue_words(kept) == kept
    text = (
        "Số 100-CV/ĐU\n\nCác cơ quan, đơn vịkhẩn trương tham mưu văn bản, trình Thường trực "
        "Đảng uỷtrước ngày 03/10/2025.\n"
    )
    assert [t.due_date for t in propose(text).tasks if t.due_date] == [date(2025, 10, 3)]


def test_a_communes_party_header_run_onto_one_line() -> None:
    text = (
        "ĐẢNG BỘ TỈNH KHÁNH HOÀ ĐẢNG UỶ XÃ CÔNG HẢI * Số -TB/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Công Hải, "
        "ngày tháng 8 năm 2025 THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ về một số nội dung "
        "cuộc họp ngày 26/8/2025 ----- Ngày 26/8/2025, Thường trực Đảng uỷ họp nghe báo cáo.\n"
    )
    p = propose(text)
    assert (p.doc_type, p.issuer, p.place) == ("Thông báo", "Đảng uỷ xã Công Hải", "Công Hải")
    assert p.subject == (
        "KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ về một số nội dung cuộc họp ngày 26/8/2025"
    )


def test_a_body_after_what_a_copy_put_before_it_on_its_line() -> None:
    text = (
        "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC ttcbth@quangngai.gov.vn 18.11.2024 07:25:14 +07:00 ỦY BAN "
        "NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 565 /TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 15 tháng 11 năm 2024\nTHÔNG BÁO\n"
        "Kết luận của Phó Chủ tịch UBND tỉnh\n"
    )
    assert propose(text).issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"


def test_a_body_after_a_copys_card_with_its_rule_after_it() -> None:
    text = (
        "Ngày hết hiệu lực: Đang cập nhật ỦY BAN NHÂN DÂN TỈNH BẮC NINH ----\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 155/KH-UBND\nBắc Ninh, ngày 26 tháng 5 năm 2017\nKẾ HOẠCH\nTriển khai Chương trình\n"
    )
    assert propose(text).issuer == "Ủy ban nhân dân tỉnh Bắc Ninh"


def test_a_converted_tables_cells_keep_their_sentences_together_when_double_spaced() -> None:
    cells = (
        "|\nSTT\n|\nTên nhiệm vụ\n|\nCơ quan chủ trì\n|\nThời hạn hoàn thành\n|\n|\n1\n|\n"
        "Xây dựng quy chế sử dụng mạng máy tính nội bộ;\nhướng dẫn các đơn vị triển khai.\n|\n"
        "Văn phòng Bộ\n|\nTháng 12/2025\n|\n"
    )
    text = "a\nb\nc\nd\ne\nf\n" + cells
    assert cells in undouble(_doubled(text))


# Words a conversion cut into spaced letters (batch real118's «ỦY B AN NHÂN D Â N …»).
SPACED = (
    "| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
    "VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n|---|---|\n"
    "| Số: 3210/QĐ - U B ND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |\n\n"
    "QUYẾT ĐỊNH\n\nVỀ HỖ TRỢ NHÀ Ở\n\nCác phường báo cáo trước ngày 15/7/2014.\n"
)


def test_words_cut_into_spaced_letters_are_whole_again() -> None:
    assert join_spaced_letters(SPACED).startswith("| ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH -------")
    assert "Số: 3210/QĐ - UBND | Thành phố Hồ Chí Minh, ngày" in join_spaced_letters(SPACED)
    assert join_spaced_letters("BỘ LAO ĐỘNG; B Ộ, V À X Ã; trung ươ n g") == (
        "BỘ LAO ĐỘNG; BỘ, VÀ XÃ; trung ương"
    )
    p = propose(SPACED, "x.md")
    assert (p.number_symbol, p.issuer, p.place, p.issued_date) == (
        "3210/QĐ-UBND",
        "Ủy ban nhân dân thành phố Hồ Chí Minh",
        "Thành phố Hồ Chí Minh",
        date(2014, 6, 28),
    )


def test_a_list_point_or_one_initial_is_no_cut_word() -> None:
    for text in (
        "theo điểm a, b và c khoản 2; điểm c hiện hành; lô C hai tầng",
        "Ông Nguyễn Văn T hành nghề tự do.",  # one alone: an initial
    ):
        assert join_spaced_letters(text) == text


def test_a_capital_a_label_word_names_stays_apart_in_a_spaced_copy() -> None:
    # three cut words make the copy a spaced one; «phương án B» is still a plan's label
    text = "ỦY B AN NHÂN D Â N T HÀNH P HỐ. Theo phương án B an toàn, Phương Án C ho mượn"
    assert join_spaced_letters(text) == (
        "ỦY BAN NHÂN DÂN THÀNH PHỐ. Theo phương án B an toàn, Phương Án C ho mượn"
    )
    assert join_spaced_letters("ỦY B AN NHÂN D Â N; BAN T Ổ CHỨC") == "ỦY BAN NHÂN DÂN; BAN TỔ CHỨC"


def test_a_place_cut_into_letters_on_its_place_date_line_is_whole_again() -> None:
    # one cut word: no spaced copy, but the place-date line's place is read whole
    assert join_spaced_letters(
        "| Số: 1351/QĐ-UBND | Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |"
    ) == ("| Số: 1351/QĐ-UBND | Quảng Ngãi, ngày 04 tháng 10 năm 2022 |")
    text = "Căn cứ Quyết định của Ủy ban nhân dân tỉnh Quảng Ngãi, ngày 04 tháng 10"
    assert join_spaced_letters(text) == text


def test_a_place_cut_into_letters_at_a_lines_start() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 120/UBND-KT\nQu ả ng Ngãi, ngày 04 tháng 10 năm 2022"
    )
    assert join_spaced_letters(text).endswith("\nQuảng Ngãi, ngày 04 tháng 10 năm 2022")
