"""Copies double-spaced throughout, and the look-alike «Ð» (issue 16): found by reading
every real document of the corpus again double-spaced and with «Ð» for «Đ»."""

from __future__ import annotations

from datetime import date

from secretariat.directives.importer import propose
from secretariat.directives.importer.spacing import plain_letters, undouble

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
