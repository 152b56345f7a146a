"""A plan's schedule table in a PDF's text layer (issue 16): its columns laid out with
spaces, its cells wrapped and centred in their rows, read back as rows with their times."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from secretariat.directives.importer import propose
from secretariat.directives.readers import read_document
from secretariat.directives.readers.layout_table import pipe_tables
from tests.scan_fixtures import font_path

HEADER = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
    "Số: 58/KH-UBND",
    "Hà Nam, ngày 12 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Triển khai chuyển đổi số năm 2025",
    "Giao các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.",
)
TITLES = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")
X = (40.0, 70.0, 250.0, 360.0, 480.0)
# (number, task lines, body lines, support lines, time lines): each cell centred in its row
ROWS = (
    (
        "1",
        (
            "Rà soát, cập nhật cơ sở dữ liệu dân cư",
            "trên địa bàn tỉnh, bảo đảm đúng,",
            "đủ, sạch, sống.",
        ),
        ("Công an tỉnh",),
        ("- Các sở, ngành;", "- UBND các huyện."),
        ("Quý II/2025",),
    ),
    (
        "2",
        ("Tổ chức tập huấn kỹ năng số", "cho cán bộ cấp xã."),
        ("Sở Nội vụ",),
        ("- UBND các xã, phường.",),
        ("Hoàn thành trong", "tháng 9/2025"),
    ),
    (
        "3",
        ("Duy trì cổng dịch vụ công", "trực tuyến của tỉnh"),
        ("Văn phòng UBND tỉnh",),
        ("- Các sở, ngành.",),
        ("Thường xuyên",),
    ),
)


def _plan_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(font_path())))
    sheet = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    y = height - 50.0
    sheet.setFont("DejaVuSerif", 9)
    for line in HEADER:
        sheet.drawString(40.0, y, line)
        y -= 24.0  # paragraphs apart, as a page spaces them
    for x, title in zip(X, TITLES, strict=True):
        sheet.drawString(x, y, title)
    y -= 14.0
    for number, *cells in ROWS:
        height_lines = max(len(c) for c in cells)
        middle = (height_lines - 1) // 2
        for x, cell in zip(X[1:], cells, strict=True):
            top = middle - (len(cell) - 1) // 2  # centred in the row
            for k, text in enumerate(cell):
                sheet.drawString(x, y - 12.0 * (top + k), text)
        sheet.drawString(X[0], y - 12.0 * middle, number)
        y -= 12.0 * height_lines + 6.0
    sheet.showPage()
    sheet.save()
    return path


def test_a_pdf_plans_schedule_gives_each_row_its_time(tmp_path: Path) -> None:
    read = read_document(_plan_pdf(tmp_path / "ke-hoach-58.pdf"))
    p = propose(read.text, "ke-hoach-58.pdf")
    dated = {t.due_date: t for t in p.tasks if t.due_date}
    assert sorted(dated) == [date(2025, 6, 30), date(2025, 9, 30)]
    first = dated[date(2025, 6, 30)]
    assert first.text.startswith("Rà soát, cập nhật cơ sở dữ liệu dân cư trên địa bàn tỉnh")
    assert first.text.rstrip(".").endswith("sạch, sống")
    assert dated[date(2025, 9, 30)].text.startswith("Tổ chức tập huấn kỹ năng số cho cán bộ")
    # «Thường xuyên» is a task without a date, never a made-up one
    assert any(t.text.startswith("Duy trì cổng dịch vụ công") for t in p.tasks)


def test_a_laid_out_table_is_written_as_rows_other_lines_stay() -> None:
    text = (
        "Giao các cơ quan thực hiện.\n\n"
        "TT        Nội dung                    Đơn vị chủ trì       Thời gian\n"
        "          Kiểm tra việc thực hiện\n"
        "1         quy chế dân chủ ở cơ sở.    Thanh tra tỉnh       Tháng 5/2025\n"
        "          Tổng kết, báo cáo kết quả\n"
        "2                                     Sở Nội vụ            Trước ngày 15/12/2025\n"
        "          về UBND tỉnh.\n\n\n"
        "Nơi nhận:\n"
    )
    out = pipe_tables(text).split("\n")
    assert out[0] == "Giao các cơ quan thực hiện."
    assert out[2:4] == ["| TT | Nội dung | Đơn vị chủ trì | Thời gian |", "|---|---|---|---|"]
    assert out[4:] == [
        "| 1 | Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở. | Thanh tra tỉnh | Tháng 5/2025 |",
        "| 2 | Tổng kết, báo cáo kết quả về UBND tỉnh. | Sở Nội vụ | Trước ngày 15/12/2025 |",
        "",
        "",
        "Nơi nhận:",
        "",
    ]
    # a page with no such table comes back as it was
    plain = "Số: 12/UBND-VP      Hà Nam, ngày 02 tháng 3 năm 2025\nKính gửi: các xã.\n"
    assert pipe_tables(plain) == plain


def test_a_table_whose_rows_cannot_be_told_apart_is_left_as_read() -> None:
    text = (
        "TT        Nội dung                    Đơn vị chủ trì       Thời gian\n"
        "          Làm sạch dữ liệu dùng chung\n"
        "1 a)      Dữ liệu đầu tư công         Sở Tài chính\n"
        "2 b)      Dữ liệu quy hoạch           Sở Xây dựng          30/8/2026\n"
    )
    assert pipe_tables(text) == text


def test_a_text_saved_from_a_laid_out_page_keeps_its_schedules_rows(tmp_path: Path) -> None:
    # a clerk's .txt of «pdftotext -layout»: the schedule's columns padded with spaces
    path = tmp_path / "ke_hoach.txt"
    path.write_text(
        "\n".join(HEADER[:5]) + "\n\nIII. PHÂN CÔNG NHIỆM VỤ\n\n"
        "TT   Nội dung công việc                  Đơn vị chủ trì      Thời gian hoàn thành\n"
        "1    Xây dựng kế hoạch triển khai        Văn phòng UBND      Trước 15/4/2025\n"
        "2    Rà soát, lập danh sách hộ nghèo     Các tổ dân phố      Quý II/2025\n",
        "utf-8",
    )
    proposal = propose(read_document(path).text, path.name)
    assert [(t.due_date, t.text) for t in proposal.tasks if t.due_date] == [
        (date(2025, 4, 15), "Xây dựng kế hoạch triển khai"),
        (date(2025, 6, 30), "Rà soát, lập danh sách hộ nghèo"),
    ]
