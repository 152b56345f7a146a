"""The import as a clerk does it (issue 15): the file picker, pages read with a progress
bar, Esc to cancel, the scan kept with the directive and the detail saying it was OCR'd."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import select
from textual.widgets import Input, ProgressBar, Static

from screens.dialogs.directive_detail import DirectiveDetailScreen
from screens.dialogs.file_picker import FilePickerScreen, ReadableTree
from screens.dialogs.read_progress import ReadProgressScreen
from screens.import_review import ImportReviewScreen
from secretariat.config import Settings
from storage.engine import session_scope
from storage.models import Attachment, Directive
from tests.conftest import SEEDS
from tests.pilot_helpers import SIZE, make_app, settle, type_text, wait_until
from tests.scan_fixtures import render_scan, save_image_pdf, save_text_pdf

SEED = SEEDS / "000_3f6a480f366f8b59.txt"


@pytest.fixture(scope="session")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Downloads folder as a clerk has it: a scan, a text PDF, and files we do not read."""
    folder = tmp_path_factory.mktemp("Downloads")
    text = SEED.read_text(encoding="utf-8")
    save_image_pdf(render_scan(text, first_pages=2), folder / "604-TB-quet.pdf")
    save_text_pdf(text, folder / "604-TB.pdf")
    (folder / "cai-dat.exe").write_bytes(b"MZ")
    (folder / ".an.pdf").write_bytes(b"%PDF-1.4")
    (folder / "thu-muc-con").mkdir()
    return folder


def _remember(folder: Path) -> None:
    settings = Settings.load()
    settings.import_folder = str(folder)
    settings.save()


async def _open_picker(pilot) -> FilePickerScreen:  # type: ignore[no-untyped-def]
    await pilot.press("2")
    await settle(pilot)
    await pilot.press("i")
    await settle(pilot)
    picker = pilot.app.screen
    assert isinstance(picker, FilePickerScreen)
    return picker


async def _watch(pilot, condition, what: str, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    """Poll ``condition`` while the read runs, without waiting for the workers to end
    (``settle`` would: the progress would never be seen)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        await pilot.pause(0.02)


async def test_the_picker_starts_in_the_last_folder_and_lists_only_readable_files(
    db_path: Path, inbox: Path
) -> None:
    _remember(inbox)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        picker = await _open_picker(pilot)
        tree = picker.query_one(ReadableTree)
        assert tree.path == inbox
        shown = [str(node.label) for node in tree.root.children]
        assert shown == ["📁 thu-muc-con", "📄 604-TB-quet.pdf", "📄 604-TB.pdf"]
        # ↓ into the tree, down to the text PDF, Enter: the review opens with its origin.
        await pilot.press("down", "down", "down", "down")
        assert tree.cursor_node is not None and tree.cursor_node.data == inbox / "604-TB.pdf"
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: isinstance(pilot.app.screen, ImportReviewScreen), "the review"
        )
        review = pilot.app.screen
        assert review.query_one("#import-number_symbol", Input).value == "604-TB/VPTU"
        origin = str(review.query_one("#import-origin", Static).render())
        assert "Lớp chữ của tệp PDF, 3 trang" in origin
    assert Settings.load().import_folder == str(inbox)


async def test_the_path_box_completes_a_typed_name(db_path: Path, inbox: Path) -> None:
    _remember(inbox)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        picker = await _open_picker(pilot)
        box = picker.query_one("#field-path", Input)
        await type_text(pilot, "604-TB.p")  # relative to the folder shown
        await wait_until(pilot, lambda: box._suggestion == "604-TB.pdf", "the completion")
        await pilot.press("right")  # takes the suggestion
        assert box.value == "604-TB.pdf"
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: isinstance(pilot.app.screen, ImportReviewScreen), "the review"
        )


async def test_a_wrong_file_is_said_in_the_picker_which_stays_open(
    db_path: Path, inbox: Path, tmp_path: Path
) -> None:
    lying = tmp_path / "anh.pdf"
    lying.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        picker = await _open_picker(pilot)
        picker.query_one("#field-path", Input).value = str(lying)
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is picker
        note = str(picker.query_one("#picker-note", Static).render())
        assert "là ảnh PNG" in note
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, FilePickerScreen)


async def test_a_scan_is_read_page_by_page_reviewed_saved_and_kept(
    db_path: Path, inbox: Path
) -> None:
    app = make_app(db_path)
    seen: list[tuple[float | None, float]] = []
    async with app.run_test(size=SIZE) as pilot:
        picker = await _open_picker(pilot)
        picker.query_one("#field-path", Input).value = str(inbox / "604-TB-quet.pdf")
        await pilot.press("enter")

        def reading() -> bool:
            screen = pilot.app.screen
            if isinstance(screen, ReadProgressScreen):
                # (the bars there are: one looked between the screen's push and its bar's
                # mount is not there yet; query_one would raise NoMatches)
                seen.extend((bar.total, bar.progress) for bar in screen.query(ProgressBar))
            return isinstance(screen, ImportReviewScreen)

        await _watch(pilot, reading, "the pages read and the review")
        await settle(pilot)  # the review composed
        totals = {total for total, _ in seen}
        assert totals <= {None, 2}  # «trang x/2»: the bar counts the scan's pages
        assert 2 in totals
        review = pilot.app.screen
        assert review.query_one("#import-number_symbol", Input).value == "604-TB/VPTU"
        assert "Tesseract" in str(review.query_one("#import-origin", Static).render())
        await pilot.press("ctrl+s")
        await settle(pilot)
        if isinstance(pilot.app.screen, ImportReviewScreen):  # asked once: saved again
            await pilot.press("ctrl+s")
        await wait_until(
            pilot,
            lambda: not isinstance(pilot.app.screen, ImportReviewScreen),
            "the review to close on save",
        )
        await pilot.press("enter")  # the directive's detail
        await wait_until(
            pilot, lambda: isinstance(pilot.app.screen, DirectiveDetailScreen), "the detail"
        )
        said = str(pilot.app.screen.query_one("#directive-origin").render())
        assert "nhận dạng chữ (OCR)" in said and "tiếng Việt (vie), 2 trang" in said
    with session_scope(app.office.engine) as session:
        directive = session.exec(select(Directive)).one()
        attachment, searchable = session.exec(select(Attachment).order_by(Attachment.id)).all()
        assert directive.text_origin == "ocr" and directive.text_confidence is not None
        assert attachment.file_name == "604-TB-quet.pdf"
        assert searchable.file_name == "604-TB-quet-tim-kiem-duoc.pdf"
    kept = db_path.parent / "attachments" / attachment.stored_name
    assert kept.read_bytes() == (inbox / "604-TB-quet.pdf").read_bytes()
    assert kept.stat().st_mode & 0o777 == 0o600
    # The searchable copy: the scan's two pages with the text under them.
    copy = PdfReader(db_path.parent / "attachments" / searchable.stored_name)
    assert len(copy.pages) == 2 and "604" in copy.pages[0].extract_text()


async def test_esc_cancels_a_read_half_way_and_leaves_nothing(
    db_path: Path, inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"  # this test's own: another worker's pages are not ours
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        picker = await _open_picker(pilot)
        picker.query_one("#field-path", Input).value = str(inbox / "604-TB-quet.pdf")
        await pilot.press("enter")
        await _watch(
            pilot,
            lambda: (
                isinstance(pilot.app.screen, ReadProgressScreen)
                # (the screen pushed, its status line perhaps not mounted yet)
                and any(
                    "Đang đọc trang" in str(status.render())
                    for status in pilot.app.screen.query("#read-status")
                )
            ),
            "the first page to be read",
        )
        await pilot.press("escape")
        await _watch(
            pilot,
            lambda: not isinstance(pilot.app.screen, ReadProgressScreen),
            "the read to stop",
            timeout=10,
        )
        await settle(pilot)
        assert not isinstance(pilot.app.screen, ImportReviewScreen)
    assert list(scratch.iterdir()) == []  # the rendered pages are gone
    with session_scope(app.office.engine) as session:
        assert session.exec(select(Directive)).first() is None
    assert not (db_path.parent / "attachments").exists()


def test_the_same_file_imported_twice_is_kept_once_and_a_kept_text_keeps_its_origin(
    office, inbox: Path, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from secretariat.directives.originals import TextOrigin, keep_original, origin_line
    from secretariat.directives.register import DirectiveInput, attachments_dir, create_directive

    folder = attachments_dir(db_path)
    data = DirectiveInput(
        subject="Thông báo kết luận", issuer="Văn phòng Thành ủy", received="23/11/2026",
        full_text="văn bản đọc được", confirmed=True,
    )  # fmt: skip
    directive = office.write(create_directive, data)
    scan = inbox / "604-TB-quet.pdf"
    origin = TextOrigin(
        scan, "ocr", "Tesseract 5, tiếng Việt (vie), 2 trang", 62.0, "văn bản đọc được"
    )
    assert office.write(keep_original, directive.id, origin, folder) is not None
    assert office.write(keep_original, directive.id, origin, folder) is None  # once
    said = office.read(origin_line, directive.id)
    assert said is not None and "OCR" in said and "độ tin cậy thấp" in said
    # A re-import whose text the clerk did not take keeps the origin of the text kept.
    other = TextOrigin(inbox / "604-TB.pdf", "pdf", "Lớp chữ của tệp PDF, 3 trang", None, "khác")
    office.write(keep_original, directive.id, other, folder)
    assert "OCR" in (office.read(origin_line, directive.id) or "")
    with session_scope(office.engine) as session:
        names = sorted(a.file_name for a in session.exec(select(Attachment)))
    assert names == ["604-TB-quet.pdf", "604-TB.pdf"]


async def test_a_damaged_text_is_read_again_from_its_scan_and_replaced_after_comparing(
    db_path: Path, inbox: Path
) -> None:
    from screens.dialogs.reread_compare import RereadCompareScreen
    from secretariat.directives.register import (
        DirectiveInput,
        attach_file,
        attachments_dir,
        create_directive,
    )
    from secretariat.directives.reread import replace_text, reread_offer
    from secretariat.errors import UserError

    app = make_app(db_path)
    office = app.office
    damaged = SEED.read_text(encoding="utf-8")  # English-model OCR: «Thanh ty», «ciia»
    data = DirectiveInput(
        subject="Thông báo 604", issuer="Văn phòng Thành ủy", received="23/11/2026",
        full_text=damaged, confirmed=True,
    )  # fmt: skip
    directive = office.write(create_directive, data)
    folder = attachments_dir(db_path)
    office.write(attach_file, directive.id, inbox / "604-TB-quet.pdf", folder)
    offer = office.read(reread_offer, directive.id, folder)
    assert offer is not None and offer.file_name == "604-TB-quet.pdf"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: isinstance(pilot.app.screen, DirectiveDetailScreen), "the detail"
        )
        assert "r: đọc lại" in str(pilot.app.screen.query_one("#directive-reread").render())
        await pilot.press("r")
        await _watch(
            pilot, lambda: isinstance(pilot.app.screen, RereadCompareScreen), "the comparison"
        )
        await settle(pilot)
        compare = pilot.app.screen
        assert "Thanh ty" in str(compare.query_one("#reread-old Static").render())
        await pilot.press("ctrl+s")
        await wait_until(
            pilot,
            lambda: not isinstance(pilot.app.screen, (RereadCompareScreen, DirectiveDetailScreen)),
            "the text replaced",
        )
    with session_scope(office.engine) as session:
        stored = session.get(Directive, directive.id)
        assert stored is not None and stored.text_origin == "ocr"
        assert stored.full_text != damaged and "604 - TB/VPTU" in stored.full_text
    # Read with the Vietnamese model now: not offered again.
    assert office.read(reread_offer, directive.id, folder) is None
    # The old offer is stale now: replacing again with it is refused, nothing overwritten.
    with pytest.raises(UserError):
        office.write(replace_text, offer, "x", "ocr", "", None)
    # A clean text is not offered.
    clean = office.write(
        create_directive,
        DirectiveInput(
            subject="Thông báo 129", issuer="Ban Thường vụ Thành ủy", received="23/11/2026",
            full_text=(SEEDS / "003_6ed9b338d3c65bbb.txt").read_text(encoding="utf-8"),
            confirmed=True,
        ),
    )  # fmt: skip
    office.write(attach_file, clean.id, inbox / "604-TB-quet.pdf", folder)
    assert office.read(reread_offer, clean.id, folder) is None


async def test_files_named_on_the_command_line_are_read_and_reviewed_one_after_the_other(
    db_path: Path, inbox: Path
) -> None:
    from datetime import date

    from secretariat.app import SecretariatApp
    from secretariat.office.database import open_database
    from secretariat.office.open_file import Office

    office = Office(open_database(db_path), db_path, today=lambda: date(2026, 11, 23))
    files = [inbox / "604-TB.pdf", SEEDS / "003_6ed9b338d3c65bbb.txt"]
    app = SecretariatApp(office, import_files=files)
    async with app.run_test(size=SIZE) as pilot:
        await _watch(pilot, lambda: isinstance(pilot.app.screen, ImportReviewScreen), "review 1")
        await settle(pilot)
        first = pilot.app.screen
        assert first.query_one("#import-number_symbol", Input).value == "604-TB/VPTU"
        await settle(pilot)
        assert pilot.app.screen is first  # the second file waits for this review
        await pilot.press("escape")
        await settle(pilot)
        if not isinstance(pilot.app.screen, ImportReviewScreen) or pilot.app.screen is first:
            await pilot.press("y")  # leave without saving
        await _watch(
            pilot,
            lambda: (
                isinstance(pilot.app.screen, ImportReviewScreen) and pilot.app.screen is not first
            ),
            "review 2",
        )
        await settle(pilot)
        second = pilot.app.screen
        assert second.query_one("#import-number_symbol", Input).value == "129-TB/TU"


def test_the_review_warns_in_red_when_ocr_is_unsure() -> None:
    from screens.import_review import origin_notice
    from secretariat.directives.originals import TextOrigin

    note = "Tesseract 5.3.0, tiếng Việt (vie), 1 trang, độ tin cậy 62%"
    unsure = origin_notice(TextOrigin(Path("quet.jpg"), "ocr", note, 62.0))
    assert "độ tin cậy thấp (62%)" in unsure.plain and unsure.style == "bold red"
    sure = origin_notice(TextOrigin(Path("quet.jpg"), "ocr", note.replace("62", "93"), 93.0))
    assert "độ tin cậy 93%" in sure.plain and not sure.style
    # even a sure read asks to check the number and the day (often handwritten)
    assert sure.plain.endswith("⚠ Số và ngày đọc từ bản quét: hãy đối chiếu.")
    pdf = origin_notice(TextOrigin(Path("vb.pdf"), "pdf", "Lớp chữ của tệp PDF, 2 trang", None))
    assert "đối chiếu" not in pdf.plain  # a text layer is the document's own text
