"""The biên bản: the template the clerk starts from, the Markdown and the Word exports."""

from __future__ import annotations

import stat
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import docx
from docx.shared import Mm

from secretariat.meetings.meeting_records import (
    ABSENT,
    EXCUSED,
    PRESENT,
    UNKNOWN,
    AttendeeLine,
    MeetingDetail,
    MeetingTaskLine,
)
from secretariat.meetings.minutes import (
    minutes_markdown,
    minutes_parts,
    minutes_template,
    split_minutes,
)
from secretariat.meetings.minutes_docx import write_minutes_docx
from secretariat.org import OrgIdentity

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "minutes_expected.md"
ORG = OrgIdentity()

AGENDA_1 = "Đánh giá kết quả thực hiện nhiệm vụ tháng 11, phương hướng nhiệm vụ tháng 12/2026"
AGENDA_2 = "Cho ý kiến về kế hoạch kiểm tra, giám sát năm 2027"
NOTE_1 = (
    "- Đồng chí Trần Thị Bình trình bày dự thảo báo cáo; "
    "các đồng chí dự họp thống nhất với đánh giá."
)
NOTE_2 = "- Đồng chí Nguyễn Văn An đề nghị bổ sung nội dung kiểm tra công tác cải cách hành chính."
CONCLUSION_1 = (
    "- Giao Văn phòng Đảng ủy tham mưu kế hoạch kiểm tra, hoàn thành trước ngày 15/12/2026."
)
CONCLUSION_2 = "- Giao UBND phường rà soát trụ sở làm việc trong tháng 12/2026."


def _meeting(minutes: str = "") -> MeetingDetail:
    return MeetingDetail(
        id=7,
        version=3,
        kind="btv",
        kind_label="Hội nghị Ban Thường vụ",
        title="Hội nghị Ban Thường vụ Đảng ủy tháng 11/2026",
        starts_at=datetime(2026, 11, 23, 8, 0),
        place="Hội trường Đảng ủy phường",
        chair="Đồng chí Nguyễn Văn An, Bí thư Đảng ủy",
        secretary="Đồng chí Trần Thị Bình, Chánh Văn phòng Đảng ủy",
        agenda=[AGENDA_1, AGENDA_2],
        attendees=[
            AttendeeLine(1, "Nguyễn Văn An", "Bí thư Đảng ủy", PRESENT),
            AttendeeLine(2, "Trần Thị Bình", "Chánh Văn phòng Đảng ủy", PRESENT),
            AttendeeLine(
                3, "Lê Văn Cường", "Phó Bí thư Đảng ủy", EXCUSED, "đi công tác tại Thành ủy"
            ),
            AttendeeLine(4, "Phạm Thị Dung", "Ủy viên Ban Thường vụ", ABSENT),
        ],
        minutes=minutes,
        tasks=[
            MeetingTaskLine(
                id=11,
                title="Tham mưu kế hoạch kiểm tra, giám sát năm 2027",
                due=date(2026, 12, 15),
                ongoing=False,
                progress="0/1 đã hoàn thành",
                overdue=False,
                units="Văn phòng Đảng ủy",
            ),
            MeetingTaskLine(
                id=12,
                title="Rà soát trụ sở làm việc",
                due=date(2026, 12, 31),
                ongoing=False,
                progress="0/2 đã hoàn thành",
                overdue=False,
                units="UBND phường; Văn phòng Đảng ủy",
            ),
        ],
    )


def _typed_minutes() -> str:
    """The template as the clerk leaves it: III and IV filled, one placeholder left empty."""
    text = minutes_template(_meeting(), ORG)
    for old, new in (
        (f"1. {AGENDA_1}\n- \n", f"1. {AGENDA_1}\n{NOTE_1}\n"),
        (f"2. {AGENDA_2}\n- \n", f"2. {AGENDA_2}\n{NOTE_2}\n"),
        ("IV. KẾT LUẬN\n- \n- \n", f"IV. KẾT LUẬN\n{CONCLUSION_1}\n{CONCLUSION_2}\n"),
        ("vào lúc … giờ … cùng ngày", "vào lúc 11 giờ 30 cùng ngày"),
    ):
        assert old in text, old
        text = text.replace(old, new)
    return text


def test_template_holds_what_the_record_knows() -> None:
    text = minutes_template(_meeting(), ORG)
    lines = text.splitlines()
    for expected in (
        "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG",
        "ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Lê Ích Mộc, ngày 23 tháng 11 năm 2026",
        "BIÊN BẢN",
        "Hội nghị Ban Thường vụ Đảng ủy tháng 11/2026",
        "Thời gian: 08 giờ 00, Thứ Hai, ngày 23/11/2026.",
        "Địa điểm: Hội trường Đảng ủy phường.",
        "Chủ trì: Đồng chí Nguyễn Văn An, Bí thư Đảng ủy.",
        "Thư ký: Đồng chí Trần Thị Bình, Chánh Văn phòng Đảng ủy.",
        "Hội nghị kết thúc vào lúc … giờ … cùng ngày.",
    ):
        assert expected in text
    for line in (
        "I. THỜI GIAN, ĐỊA ĐIỂM",
        "II. THÀNH PHẦN",
        "III. NỘI DUNG",
        "IV. KẾT LUẬN",
        "Có mặt: 2/4 đồng chí.",
        "- Đồng chí Nguyễn Văn An, Bí thư Đảng ủy.",
        "- Đồng chí Trần Thị Bình, Chánh Văn phòng Đảng ủy.",
        "Vắng có lý do: 1 đồng chí.",
        "- Đồng chí Lê Văn Cường, Phó Bí thư Đảng ủy (lý do: đi công tác tại Thành ủy).",
        "Vắng không lý do: 1 đồng chí.",
        "- Đồng chí Phạm Thị Dung, Ủy viên Ban Thường vụ.",
        f"1. {AGENDA_1}",
        f"2. {AGENDA_2}",
    ):
        assert line in lines, line
    # Each agenda item leaves a line to fill; so does the conclusion.
    assert lines[lines.index(f"1. {AGENDA_1}") + 1] == "- "
    assert lines[lines.index("IV. KẾT LUẬN") + 1] == "- "
    # The signature: titles on one line, the bare names a few lines below.
    titles = next(line for line in lines if "THƯ KÝ" in line)
    assert "CHỦ TRÌ" in titles and titles.index("THƯ KÝ") < titles.index("CHỦ TRÌ")
    names = lines[-1]
    assert " ".join(names.split()) == "Trần Thị Bình Nguyễn Văn An"
    assert names.index("Trần Thị Bình") < names.index("Nguyễn Văn An")
    assert all(len(line) <= 100 for line in lines)
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_template_lists_unmarked_attendees_and_handles_no_agenda() -> None:
    meeting = replace(
        _meeting(),
        agenda=[],
        attendees=[
            AttendeeLine(1, "Nguyễn Văn An", "Bí thư Đảng ủy", PRESENT),
            AttendeeLine(2, "Đỗ Văn Em", "", UNKNOWN),
        ],
    )
    lines = minutes_template(meeting, ORG).splitlines()
    assert "Có mặt: 1/2 đồng chí." in lines
    assert "Vắng có lý do: không." in lines
    assert "Chưa điểm danh: 1 đồng chí." in lines
    assert "- Đồng chí Đỗ Văn Em." in lines
    assert lines[lines.index("III. NỘI DUNG") + 1] == "1. "


def test_template_wraps_long_agenda_items_and_the_exports_join_them() -> None:
    long_item = "Quán triệt " + "và triển khai các văn bản của cấp trên " * 5
    meeting = replace(_meeting(), agenda=[long_item.strip()])
    text = minutes_template(meeting, ORG)
    assert all(len(line) <= 100 for line in text.splitlines())
    headings = [b.text for b in minutes_parts(meeting, ORG).body if b.kind == "subheading"]
    assert headings == [f"1. {long_item.strip()}"]


def test_markdown_matches_the_hand_written_fixture() -> None:
    meeting = _meeting(_typed_minutes())
    assert minutes_markdown(meeting, ORG) == FIXTURE.read_text(encoding="utf-8")


def test_markdown_of_empty_minutes_uses_the_template() -> None:
    markdown = minutes_markdown(_meeting(""), ORG)
    assert markdown.count("# BIÊN BẢN") == 1
    assert "## IV. KẾT LUẬN" in markdown
    assert "Có mặt: 2/4 đồng chí." in markdown
    assert markdown.count("ĐẢNG CỘNG SẢN VIỆT NAM") == 1
    assert markdown.count("THƯ KÝ") == 1
    assert markdown.endswith("|\n")


def test_split_recognises_the_template_lines_even_respaced_or_redated() -> None:
    typed = _typed_minutes()
    head, body, tail = split_minutes(typed, _meeting(), ORG)
    assert body[0] == "I. THỜI GIAN, ĐỊA ĐIỂM"
    assert body[-1] == "Hội nghị kết thúc vào lúc 11 giờ 30 cùng ngày."
    assert any("BIÊN BẢN" in line for line in head)
    assert any("Nguyễn Văn An" in line for line in tail)
    # The meeting moved to another day after the template was made: still the header.
    moved = replace(_meeting(), starts_at=datetime(2026, 11, 25, 14, 0))
    respaced = "\n".join(" ".join(line.split()) for line in typed.splitlines())
    _head, body, _tail = split_minutes(respaced, moved, ORG)
    assert body[0] == "I. THỜI GIAN, ĐỊA ĐIỂM"
    assert body[-1] == "Hội nghị kết thúc vào lúc 11 giờ 30 cùng ngày."


def test_minutes_without_the_template_header_and_signature_are_kept_whole() -> None:
    typed = (
        "Hôm nay, Ban Thường vụ Đảng ủy phường họp thường kỳ.\n"
        "I. NỘI DUNG\n"
        "- Thống nhất chương trình công tác tháng 12/2026.\n"
        "Biên bản được thông qua trước hội nghị.\n"
    )
    head, body, tail = split_minutes(typed, _meeting(), ORG)
    assert head == []
    assert tail == [""]
    assert "\n".join(body) == typed.rstrip("\n")
    markdown = minutes_markdown(_meeting(typed), ORG)
    assert "Hôm nay, Ban Thường vụ Đảng ủy phường họp thường kỳ.\n\n## I. NỘI DUNG" in markdown
    assert "- Thống nhất chương trình công tác tháng 12/2026." in markdown
    assert "Biên bản được thông qua trước hội nghị." in markdown
    # The header and signature still come from the record.
    assert "*Lê Ích Mộc, ngày 23 tháng 11 năm 2026*" in markdown
    assert "| **Trần Thị Bình** | **Nguyễn Văn An** |" in markdown


def test_a_line_that_only_starts_like_the_header_is_the_clerks() -> None:
    typed = "ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC tổ chức hội nghị.\nI. NỘI DUNG\n"
    _head, body, _tail = split_minutes(typed, _meeting(), ORG)
    assert body[0] == "ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC tổ chức hội nghị."


def _cell_texts(table: docx.table.Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_docx_is_laid_out_as_a_party_minutes(tmp_path: Path) -> None:
    target = tmp_path / "bien-ban.docx"
    assert write_minutes_docx(_meeting(_typed_minutes()), ORG, target) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    document = docx.Document(str(target))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    assert Mm(20) - Mm(0.5) <= section.top_margin <= Mm(25) + Mm(0.5)
    assert Mm(20) - Mm(0.5) <= section.bottom_margin <= Mm(25) + Mm(0.5)
    assert Mm(30) - Mm(0.5) <= section.left_margin <= Mm(35) + Mm(0.5)
    assert Mm(15) - Mm(0.5) <= section.right_margin <= Mm(20) + Mm(0.5)

    header, tasks, signature = document.tables
    left, right = header.rows[0].cells
    assert [p.text for p in left.paragraphs] == [
        "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG",
        "ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC",
        "*",
    ]
    assert left.paragraphs[1].runs[0].bold
    nation = right.paragraphs[0]
    assert nation.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert nation.runs[0].bold and nation.runs[0].underline
    date_line = right.paragraphs[-1]
    assert date_line.text == "Lê Ích Mộc, ngày 23 tháng 11 năm 2026"
    assert date_line.runs[0].italic

    paragraphs = [p.text for p in document.paragraphs]
    kind = paragraphs.index("BIÊN BẢN")
    assert paragraphs[kind + 1] == "Hội nghị Ban Thường vụ Đảng ủy tháng 11/2026"
    assert document.paragraphs[kind].runs[0].bold
    for expected in (
        "Có mặt: 2/4 đồng chí.",
        "– Đồng chí Nguyễn Văn An, Bí thư Đảng ủy.",
        "– Đồng chí Trần Thị Bình, Chánh Văn phòng Đảng ủy.",
        "Vắng có lý do: 1 đồng chí.",
        "– Đồng chí Lê Văn Cường, Phó Bí thư Đảng ủy (lý do: đi công tác tại Thành ủy).",
        "– Giao Văn phòng Đảng ủy tham mưu kế hoạch kiểm tra, hoàn thành trước ngày 15/12/2026.",
        "– Giao UBND phường rà soát trụ sở làm việc trong tháng 12/2026.",
        "Hội nghị kết thúc vào lúc 11 giờ 30 cùng ngày.",
        "Nhiệm vụ từ hội nghị",
    ):
        assert expected in paragraphs, expected
    heading = document.paragraphs[paragraphs.index("IV. KẾT LUẬN")]
    assert heading.runs[0].bold
    # The template's own header and signature lines are not repeated in the body.
    assert paragraphs.count("BIÊN BẢN") == 1
    assert not any("ĐẢNG CỘNG SẢN VIỆT NAM" in text or "THƯ KÝ" in text for text in paragraphs)
    assert "– " not in paragraphs and "–" not in paragraphs  # empty placeholders dropped

    assert tasks.style.name == "Table Grid"
    assert _cell_texts(tasks) == [
        ["Hạn", "Nhiệm vụ", "Đơn vị", "Tiến độ"],
        [
            "15/12/2026",
            "Tham mưu kế hoạch kiểm tra, giám sát năm 2027",
            "Văn phòng Đảng ủy",
            "0/1 đã hoàn thành",
        ],
        [
            "31/12/2026",
            "Rà soát trụ sở làm việc",
            "UBND phường; Văn phòng Đảng ủy",
            "0/2 đã hoàn thành",
        ],
    ]

    secretary, chair = signature.rows[0].cells
    assert secretary.paragraphs[0].text == "THƯ KÝ" and secretary.paragraphs[-1].text == (
        "Trần Thị Bình"
    )
    assert chair.paragraphs[0].text == "CHỦ TRÌ" and chair.paragraphs[-1].text == "Nguyễn Văn An"
    assert chair.paragraphs[0].runs[0].bold

    runs = [run for p in document.paragraphs for run in p.runs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                runs += [run for p in cell.paragraphs for run in p.runs]
    assert runs
    for run in runs:
        assert run.font.name == "Times New Roman"
        fonts = run._element.rPr.rFonts
        assert fonts.get(docx.oxml.ns.qn("w:eastAsia")) == "Times New Roman"
    body_sizes = {run.font.size.pt for p in document.paragraphs for run in p.runs}
    assert body_sizes == {14}


def test_docx_without_tasks_has_no_tasks_table(tmp_path: Path) -> None:
    meeting = replace(_meeting(""), tasks=[])
    target = write_minutes_docx(meeting, ORG, tmp_path / "bb.docx")
    document = docx.Document(str(target))
    assert len(document.tables) == 2
    assert "Nhiệm vụ từ hội nghị" not in [p.text for p in document.paragraphs]


def test_minutes_module_is_headless() -> None:
    code = (
        "import sys\n"
        "import secretariat.meetings.minutes, secretariat.meetings.minutes_docx\n"
        "assert 'textual' not in sys.modules, 'the minutes imported Textual'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
