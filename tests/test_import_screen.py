"""Import seed 000 through the TUI with keys only: review, edit, reject, assign, save, restart."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from sqlmodel import col, select
from textual.widgets import DataTable, Input, Static

from screens.dialogs.assign_picker import AssignPicker
from screens.dialogs.form import FormScreen
from screens.import_review import Candidate, ImportReviewScreen
from secretariat.office.database import open_database
from storage.engine import session_scope
from storage.models import Assignment, Directive, Task
from tests.conftest import SEEDS
from tests.pilot_helpers import SIZE, make_app, settle, table_text, type_text
from tests.test_reimport import first_import_of_seed_000

SEED = SEEDS / "000_3f6a480f366f8b59.txt"
SUBJECT = (
    "Ý kiến chỉ đạo của đồng chí Bí thư Thành ủy về 03 tháng hoạt động của mô hình chính quyền "
    "địa phương 02 cấp"
)


async def _open_review(pilot, typed: bool = True) -> ImportReviewScreen:  # type: ignore[no-untyped-def]
    return await _open_file(pilot, SEED, typed)


async def _open_file(pilot, path: Path, typed: bool = False) -> ImportReviewScreen:  # type: ignore[no-untyped-def]
    """The review of ``path``, typed or pasted into the import dialog of «Văn bản đến»."""
    await pilot.press("2")
    await settle(pilot)
    await pilot.press("i")
    await settle(pilot)
    if typed:
        await type_text(pilot, str(path))
    else:  # pasted: the typing itself is tested once, with seed 000
        pilot.app.screen.query_one("#field-path", Input).value = str(path)
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ImportReviewScreen)
    return screen


def _row_of(table: DataTable, due: str) -> int:
    return next(i for i, row in enumerate(table_text(table)) if row.split(" | ")[1] == due)


async def test_import_seed_000_with_edits_and_find_it_after_a_restart(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        review = await _open_review(pilot)
        fields = {name: review.query_one(f"#import-{name}", Input).value for name in (
            "number_symbol", "doc_type", "issuer", "place", "issued", "received"
        )}  # fmt: skip
        assert fields == {
            "number_symbol": "604-TB/VPTU",
            "doc_type": "Thông báo",
            "issuer": "Văn phòng Thành ủy Hải Phòng",
            "place": "Hải Phòng",
            "issued": "03/10/2025",
            "received": "23/11/2026",  # today, as the clerk receives it
        }
        table = review.query_one("#import-tasks", DataTable)
        proposed = table.row_count
        dues = [row.split(" | ")[1] for row in table_text(table)]
        assert {"15/10/2025", "31/10/2025"} <= set(dues)
        # The tasks the directive gives city bodies come last, unticked, with the reason
        # (issue 16); this clerk follows them all: Space on each.
        marks = [row.split(" | ")[0] for row in table_text(table)]
        assert marks == ["✓"] * 4 + ["✗"] * 6
        assert not any(c.for_ward for c in review.candidates[4:])
        table.move_cursor(row=4)
        await pilot.pause()
        assert "Giao cơ quan khác" in str(review.query_one("#import-task-detail", Static).render())
        for row in range(4, 10):
            table.move_cursor(row=row)
            await pilot.press("space")

        # The OCR'd subject is retyped with its diacritics (back from the task list).
        await pilot.press("shift+tab", "shift+tab")
        assert review.focused is review.query_one("#import-subject", Input)
        await pilot.press("end", "ctrl+u")
        await type_text(pilot, SUBJECT)
        await pilot.press("tab", "tab")
        assert review.focused is table

        # Reject the first undated proposal.
        table.move_cursor(row=_row_of(table, "chưa có hạn"))
        rejected = review.candidates[table.cursor_row].title
        await pilot.press("space")
        # The "trong tháng 10/2025" task: give it to every chi bộ tổ dân phố, move the date.
        table.move_cursor(row=_row_of(table, "31/10/2025"))
        moved = review.candidates[table.cursor_row].title
        await pilot.press("u")
        await settle(pilot)
        assert isinstance(app.screen, AssignPicker)
        await type_text(pilot, "tat ca chi bo to dan pho")
        await pilot.press("down", "space", "ctrl+s")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("enter", "end", "ctrl+u")  # to «Hạn», cleared
        await type_text(pilot, "07/11/2025")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is review
        status = str(review.query_one("#import-error", Static).render())
        assert f"nhận {proposed - 1}/{proposed}" in status

        await pilot.press("ctrl+s")
        await settle(pilot)
        # A 2025 directive read in 11/2026: its deadlines have passed, and some tasks go
        # to no unit yet. Nothing is saved; everything doubtful is listed once.
        assert app.screen is review
        asked = str(review.query_one("#import-error", Static).render()).splitlines()
        assert asked[0] == "Xin xem lại 2 điều trước khi lưu:"  # each kind once, for all tasks
        assert any(line.startswith("• Hạn đã qua (hôm nay 23/11/2026)") for line in asked)
        assert any(line.startswith("• Chưa giao cho đơn vị nào: nhiệm vụ ") for line in asked)
        # The doubts name the rows as the clerk sees them (an unticked row counts too).
        past_rows = [
            row
            for row, c in enumerate(review.candidates, start=1)
            if c.accepted and c.due.endswith("/2025")
        ]
        past = next(line for line in asked if line.startswith("• Hạn đã qua"))
        assert past.endswith(
            f": nhiệm vụ {', '.join(map(str, past_rows))} ({len(past_rows)} nhiệm vụ)."
        )
        assert asked[-1] == "Nếu đúng như vậy, nhấn Ctrl+S lần nữa để vẫn lưu."
        with session_scope(app.office.engine) as session:
            assert session.exec(select(Directive)).all() == []
        await pilot.press("ctrl+s")  # the clerk read it: save as it is
        await settle(pilot)
        assert not isinstance(app.screen, ImportReviewScreen)
        rows = table_text(app.screen.query_one("#directives-table", DataTable))
        assert rows[0].startswith("1 | 23/11/2026 | 604-TB/VPTU | Thông báo")
    app.office.close()

    # After a restart: the register and the tasks show it.
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        rows = table_text(app.screen.query_one("#directives-table", DataTable))
        assert len(rows) == 1 and f"| {proposed - 1}" in rows[0].replace(" ", " ")
        await pilot.press("3")
        await settle(pilot)
        tasks = table_text(app.screen.query_one("#tasks-table", DataTable))
        assert len(tasks) == proposed - 1
        assert any(r.startswith("07/11/2025") and "0/38" in r for r in tasks)
    app.office.close()

    with session_scope(open_database(db_path)) as session:
        directive = session.exec(select(Directive)).one()
        assert directive.subject == SUBJECT
        assert "hoan thanh trudc ngay 15/10/2025" in directive.full_text.lower()
        titles = set(session.exec(select(Task.title)).all())
        assert rejected not in titles
        task = session.exec(select(Task).where(Task.title == moved)).one()
        assert task.due_date == date(2025, 11, 7) and task.directive_id == directive.id
        count = session.exec(select(Assignment).where(col(Assignment.task_id) == task.id)).all()
        assert len(count) == 38


async def test_importing_the_same_directive_again_is_offered_as_an_update(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _open_review(pilot, typed=False)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+s")  # asked about the past deadlines: confirmed
        await settle(pilot)
        review = await _open_review(pilot, typed=False)
        twin = str(review.query_one("#import-twin", Static).render())
        assert twin.startswith("Văn bản này đã có trong sổ: 604-TB/VPTU (số đến 1/2026)")
        await pilot.press("ctrl+s")
        await settle(pilot)
    app.office.close()
    with session_scope(open_database(db_path)) as session:
        assert len(session.exec(select(Directive)).all()) == 1  # updated, not duplicated
        titles = session.exec(select(Task.title)).all()
        assert len(titles) == len(set(titles))  # no task twice


async def test_a_reimport_shows_the_files_values_beside_the_kept_ones_and_dropped_unticked(
    db_path: Path,
) -> None:
    # Imported before (issue 14, item 6): subject retyped, a task renamed, five dropped.
    engine = open_database(db_path)
    proposal, _directive_id, renamed_source = first_import_of_seed_000(engine)
    engine.dispose()

    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        review = await _open_review(pilot, typed=False)
        assert review.query_one("#import-subject", Input).value == SUBJECT  # the clerk's
        beside = str(review.query_one("#import-file-values", Static).render()).splitlines()
        assert proposal.subject is not None
        assert beside == [f"≠ Trích yếu trong tệp: «{proposal.subject}»"]
        # Only what the directive has not got is proposed: the five dropped, unticked.
        table = review.query_one("#import-tasks", DataTable)
        rows = table_text(table)
        assert len(rows) == 5 and all(row.startswith("✗ |") for row in rows)
        assert not any(renamed_source[:40] in row for row in rows)
        status = str(review.query_one("#import-error", Static).render())
        assert status == (
            "Nhiệm vụ đề xuất: nhận 0/5 · 1 của cơ quan khác, để cuối (Space: theo dõi)"
            " · 5 đã bỏ lần trước · 5 đã có trong sổ"
        )
        detail = str(review.query_one("#import-task-detail", Static).render())
        assert "Lần nhập trước đã bỏ nhiệm vụ này" in detail

        await pilot.press("ctrl+s")
        await settle(pilot)
        if isinstance(app.screen, ImportReviewScreen):  # asked about something: confirmed
            await pilot.press("ctrl+s")
            await settle(pilot)
        assert not isinstance(app.screen, ImportReviewScreen)

        # Ctrl+R in a field the file reads otherwise takes the file's value.
        review = await _open_review(pilot, typed=False)
        await pilot.press("shift+tab", "shift+tab")
        assert review.focused is review.query_one("#import-subject", Input)
        await pilot.press("ctrl+r")
        assert review.query_one("#import-subject", Input).value == proposal.subject
    app.office.close()

    with session_scope(open_database(db_path)) as session:
        assert session.exec(select(Directive)).one().subject == SUBJECT
        titles = session.exec(select(Task.title)).all()
        assert len(titles) == 5 and len(set(titles)) == 5  # nothing back, nothing doubled


WEEKLY = """UBND THÀNH PHỐ HẢI PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc

Số: 315/SNV-CCHC Hải Phòng, ngày 01 tháng 12 năm 2026
V/v báo cáo tình hình giải quyết hồ sơ thủ tục hành chính

Kính gửi: UBND các xã, phường, đặc khu.

1. Định kỳ hằng tuần (trước 16 giờ ngày thứ Sáu), UBND các xã, phường báo cáo số hồ sơ tiếp
nhận và giải quyết về Sở Nội vụ.
"""


async def test_a_weekly_report_whose_first_friday_passed_is_proposed_for_the_next(
    db_path: Path, tmp_path: Path
) -> None:
    # issued Tuesday 03/11/2026; imported on Monday 23/11/2026 (TODAY): Fridays 06/11, 13/11
    # and 20/11 have passed
    path = tmp_path / "315-SNV.txt"
    path.write_text(WEEKLY.replace("01 tháng 12", "03 tháng 11"), encoding="utf-8")
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_file(pilot, path)
        [weekly] = screen.candidates
        assert (weekly.due, weekly.repeat) == ("27/11/2026", "weekly")
        assert "lần đầu theo văn bản 06/11/2026 đã qua" in weekly.note
        assert weekly.unit_ids  # «UBND các xã, phường báo cáo …»: the ward's UBND
        await pilot.press("ctrl+s")  # no deadline past to ask about: saved at once
        await settle(pilot)
        assert not isinstance(pilot.app.screen, ImportReviewScreen)
    engine = open_database(db_path)
    with session_scope(engine) as session:
        task = session.exec(select(Task)).one()
        assert (str(task.due_date), task.recurrence) == ("2026-11-27", "weekly:5")
    engine.dispose()


HAND_DATED = (
    "UBND TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "VĂN PHÒNG Độc lập - Tự do - Hạnh phúc\n"
    "Số: 340/VP-TH Bắc Giang, ngày ?? tháng 11 năm 2026\n"
    "V/v kết quả nhận báo cáo tháng 10\n\nKính gửi: UBND các xã, phường.\n\n"
    "Đề nghị UBND các xã, phường gửi báo cáo trước ngày 20/12/2026.\n"
)


async def test_a_number_beside_a_handwritten_day_is_shown_to_compare_with_the_paper(
    db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "340-VP.txt"
    path.write_text(HAND_DATED, encoding="utf-8")
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_file(pilot, path)
        assert screen.query_one("#import-number_symbol", Input).value == "340/VP-TH"
        said = str(screen.query_one("#import-gaps", Static).render())
        assert "Không đọc được trong tệp: Ngày ban hành" in said
        assert "Số, ký hiệu nằm cạnh ngày viết tay" in said and "đối chiếu với bản giấy" in said
        await pilot.press("ctrl+s")  # asked: the number as read, beside a handwritten day
        await settle(pilot)
        assert isinstance(pilot.app.screen, ImportReviewScreen)
        asked = str(screen.query_one("#import-error", Static).render())
        assert "«340/VP-TH» được đọc cạnh ngày viết tay" in asked
        # the clerk types the number the paper shows: no more question about it
        screen.query_one("#import-number_symbol", Input).value = "390/VP-TH"
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = str(screen.query_one("#import-error", Static).render())
        assert "ngày viết tay" not in asked and "ngày ban hành" in asked.lower()
        await pilot.press("ctrl+s")  # the day left blank: confirmed
        await settle(pilot)
        assert not isinstance(pilot.app.screen, ImportReviewScreen)
    engine = open_database(db_path)
    with session_scope(engine) as session:
        assert session.exec(select(Directive)).one().number_symbol == "390/VP-TH"
    engine.dispose()


SIGNED_DAY = (
    "Ký bởi: Ủy ban nhân dân tỉnh Bắc Giang\nThời gian ký: 05/11/2026 08:15:24\n\n"
    + HAND_DATED.replace("ngày ?? tháng 11", "ngày 2# tháng 11")
)


async def test_an_issue_date_taken_from_the_e_signature_is_asked_about_at_save(
    db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "340-VP-ky-so.txt"
    path.write_text(SIGNED_DAY, encoding="utf-8")
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_file(pilot, path)
        assert screen.query_one("#import-issued", Input).value == "05/11/2026"
        said = str(screen.query_one("#import-gaps", Static).render())
        assert "Ngày ban hành lấy theo ngày ký số" in said
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = str(screen.query_one("#import-error", Static).render())
        assert "Ngày ban hành 05/11/2026 lấy theo ngày ký số" in asked
        # the clerk types the day the paper shows: asked no more about it
        screen.query_one("#import-issued", Input).value = "04/11/2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = str(screen.query_one("#import-error", Static).render())
        assert "ngày ký số" not in asked


async def test_at_80_columns_a_long_number_shows_its_start(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "6386-BVHTTDL.txt"
    path.write_text(
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 6386/BVHTTDL-KHCNĐTMT\n"
        "Hà Nội, ngày 25 tháng 11 năm 2025\nV/v triển khai nhiệm vụ năm học 2025 - 2026\n\n"
        "Kính gửi: Các cơ sở đào tạo trực thuộc Bộ.\n\n"
        "Các cơ sở đào tạo gửi báo cáo về Vụ trước ngày 20/12/2025.\n",
        encoding="utf-8",
    )
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_file(pilot, path)
        field = screen.query_one("#import-number_symbol", Input)
        assert field.value == "6386/BVHTTDL-KHCNĐTMT"
        assert field.cursor_position == 0  # its start in sight, not «…386/BVHTTDL-…»
        assert str(field.render_line(0).text).lstrip().startswith("6386/")


async def test_a_long_tasks_past_deadline_and_whose_it_is_stay_in_sight(
    db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "171-BCD.txt"
    path.write_text(
        "BAN CHỈ ĐẠO CỦA CHÍNH PHỦ\nSố: 171/CV-BCĐ\nHà Nội, ngày 21 tháng 11 năm 2025\n"
        "V/v giải quyết khó khăn ở cấp xã\n\nKính gửi: Chủ tịch Ủy ban nhân dân các tỉnh.\n\n"
        "Chủ tịch Ủy ban nhân dân các tỉnh tập trung lãnh đạo, chỉ đạo thực hiện sát sao, đầy "
        "đủ, có hiệu quả các nhiệm vụ được phân cấp, phân quyền, phân định thẩm quyền, khắc phục "
        "ngay những vướng mắc, bất cập, tăng cường toàn diện cho cấp xã, hoàn thành trước ngày "
        "20/12/2025 việc rà soát các nhiệm vụ được phân cấp, phân quyền ở địa phương và báo cáo "
        "kết quả về Ban Chỉ đạo.\n",
        encoding="utf-8",
    )
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_file(pilot, path)
        pane = screen.query_one("#import-task-detail", Static)
        # the pane shows six lines; a long task's words come after what the clerk must know
        said = " ".join(pane.render_line(y).text for y in range(pane.size.height))
        assert "⚠ Hạn 20/12/2025 đã qua so với hôm nay." in said
        assert "Giao cơ quan khác" in said


async def test_a_save_refused_for_a_missing_field_puts_the_cursor_in_it(
    db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "171-BCD-no-subject.txt"
    path.write_text(
        "BAN CHỈ ĐẠO CỦA CHÍNH PHỦ\nSố: 171/CV-BCĐ\nHà Nội, ngày 21 tháng 11 năm 2025\n\n"
        "Kính gửi: Ủy ban nhân dân các xã, phường.\n\n"
        "Ủy ban nhân dân các xã, phường báo cáo trước ngày 20/12/2026.\n",
        encoding="utf-8",
    )
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_file(pilot, path)
        assert screen.query_one("#import-subject", Input).value == ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ImportReviewScreen)
        assert app.focused is screen.query_one("#import-subject", Input)
        # what the clerk types next is the subject, not the task list's «q» (cancel) or «u»
        await type_text(pilot, "báo cáo quý")
        assert screen.query_one("#import-subject", Input).value == "báo cáo quý"
        assert isinstance(app.screen, ImportReviewScreen)


async def test_a_task_for_all_the_chi_bo_to_dan_pho_is_given_their_group(
    db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "45-KH.txt"
    path.write_text(
        "ĐẢNG BỘ QUẬN LÊ CHÂN\nĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC\n*\nSố 45-KH/ĐU\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nLê Ích Mộc, ngày 05 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
        "sinh hoạt chính trị\n\n1. Các chi bộ tổ dân phố đăng ký danh sách đảng viên từ ngày "
        "07/12/2026 đến ngày 15/12/2026.\n",
        encoding="utf-8",
    )
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_file(pilot, path)
        (task,) = screen.candidates
        assert (task.due, task.group_codes, task.unit_ids) == ("15/12/2026", ("CB_TDP",), ())
        # «Giao cho» names the group, as the clerk would have picked it
        assert (
            "Tất cả chi bộ tổ dân phố"
            in table_text(screen.query_one("#import-tasks", DataTable))[0]
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ImportReviewScreen), str(
            screen.query_one("#import-error", Static).render()
        )
        with session_scope(app.office.engine) as session:
            assert len(session.exec(select(Assignment)).all()) == 38
    app.office.close()


async def test_a_task_for_every_chi_bo_is_given_the_groups_they_make_up(
    db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "46-KH.txt"
    path.write_text(
        "ĐẢNG BỘ QUẬN LÊ CHÂN\nĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC\n*\nSố 46-KH/ĐU\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nLê Ích Mộc, ngày 05 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
        "sinh hoạt chính trị\n\n1. Các chi bộ báo cáo kết quả về Văn phòng Đảng ủy trước "
        "ngày 15/12/2026.\n",
        encoding="utf-8",
    )
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_file(pilot, path)
        (task,) = screen.candidates
        # every chi bộ: the chi bộ trực thuộc and the chi bộ cơ sở, no one of them leading
        assert (task.group_codes, task.unit_ids) == (("CBTT", "CBCS"), ())
        row = table_text(screen.query_one("#import-tasks", DataTable))[0]
        assert row.split(" | ")[3].startswith("Chi bộ trực thuộc; Chi bộ cơ sở"[:14])
    app.office.close()


def test_many_single_units_say_how_many() -> None:
    review = ImportReviewScreen.__new__(ImportReviewScreen)
    review.source = SimpleNamespace(  # type: ignore[assignment]
        groups=[], units=[(i, f"Tổ dân phố số {i:02d}", f"TDP{i:02d}") for i in range(1, 6)]
    )
    candidate = Candidate(title="Rà soát", due="", phrase="", assignee="", unit_ids=(1, 2, 3))
    assert review._unit_names(candidate).startswith("3 đơn vị: Tổ dân phố số 01; ")
