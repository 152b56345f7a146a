"""Minutes the clerk typed and could not save survive quitting, closing and a killed app
(issue 14, item 5): kept as a private draft, offered when the minutes open again."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Static, TextArea

from screens.dialogs.draft_questions import KeepDraftQuestion, RestoreDraftQuestion
from screens.minutes_editor import MinutesEditorScreen
from secretariat.meetings.minutes_drafts import DraftFile, drafts_dir, pending_drafts
from secretariat.meetings.service import MeetingInput, create_meeting, save_minutes
from secretariat.office.database import open_database
from storage.engine import session_scope
from tests.conftest import new_office_file
from tests.pilot_helpers import SIZE, make_app, settle, type_text, wait_until

ROOT = Path(__file__).resolve().parents[1]

SAVED = "BIÊN BẢN\nI. THỜI GIAN, ĐỊA ĐIỂM\n"
OTHER = "BIÊN BẢN\nBản của máy khác.\n"
TYPED = "Kết luận của đồng chí Bí thư: "


def _meeting(db_path: Path, minutes: str = SAVED) -> int:
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        meeting_id = create_meeting(
            MeetingInput(kind="btv", title="Hội nghị Ban Thường vụ", date="26/11/2026"),
            session=session,
        ).id
        if minutes:
            save_minutes(meeting_id, minutes, "", session=session)
    engine.dispose()
    return meeting_id


def _other_terminal_saves(db_path: Path, meeting_id: int, text: str = OTHER) -> None:
    """Another terminal saves the same minutes, over the text this editor also read."""
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        save_minutes(meeting_id, text, SAVED, session=session)
    engine.dispose()


def _saved(db_path: Path, meeting_id: int) -> str:
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        from secretariat.meetings.minutes_export import minutes_for_editing
        from tests.conftest import TODAY

        _detail, _text, base = minutes_for_editing(meeting_id, TODAY, session=session)
    engine.dispose()
    return base


def _draft_files(db_path: Path) -> list[Path]:
    folder = drafts_dir(db_path)
    return sorted(folder.glob("*.json")) if folder.exists() else []


def _status(pilot) -> str:  # type: ignore[no-untyped-def]
    return str(pilot.app.screen.query_one("#minutes-status", Static).render())


async def _open_minutes(pilot) -> MinutesEditorScreen:  # type: ignore[no-untyped-def]
    from screens.meetings import MeetingsScreen

    if not isinstance(pilot.app.screen, MeetingsScreen):
        await pilot.press("4")
    await wait_until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, MeetingsScreen)
            and pilot.app.screen.selected_id() is not None
        ),
        "the meeting listed",
    )
    await pilot.press("m")
    await wait_until(
        pilot,
        lambda: isinstance(pilot.app.screen, MinutesEditorScreen | RestoreDraftQuestion),
        "the minutes editor",
    )
    screen = pilot.app.screen_stack[-1]
    return screen if isinstance(screen, MinutesEditorScreen) else pilot.app.screen_stack[-2]


async def _type_then_conflict(pilot, db_path: Path, meeting_id: int) -> MinutesEditorScreen:  # type: ignore[no-untyped-def]
    editor = await _open_minutes(pilot)
    await type_text(pilot, TYPED)
    _other_terminal_saves(db_path, meeting_id)
    await pilot.press("ctrl+s")  # the save is refused: another terminal's newer minutes
    await wait_until(pilot, lambda: editor.conflict, "the save to be refused")
    assert _status(pilot).startswith("✗ CHƯA LƯU")
    return editor


async def _restore_offered(db_path: Path, meeting_id: int) -> None:
    """A new app on the same file offers the draft; «Khôi phục» puts the text back, and
    the newer minutes of the other terminal are still a conflict, never overwritten."""
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        editor = await _open_minutes(pilot)
        await wait_until(
            pilot, lambda: isinstance(app.screen, RestoreDraftQuestion), "the draft offered"
        )
        question = str(app.screen.query_one("#confirm-question").render())
        assert question.startswith("Có bản nháp chưa lưu lúc ")
        await pilot.press("k")
        await wait_until(pilot, lambda: editor.conflict, "the restored text's save refused")
        assert app.screen is editor
        assert editor.query_one(TextArea).text == TYPED + SAVED
        assert _saved(db_path, meeting_id) == OTHER  # not overwritten behind the clerk
        await pilot.press("ctrl+s")  # now the clerk overwrites (the other is in history)
        await wait_until(pilot, lambda: not editor.dirty, "the forced save")
        await wait_until(pilot, lambda: not _draft_files(db_path), "the draft removed")
        await pilot.press("escape")
        await settle(pilot)
    app.office.close()
    assert _saved(db_path, meeting_id) == TYPED + SAVED


# --- the quit paths ---------------------------------------------------------------------


async def test_ctrl_q_in_a_conflict_asks_keeps_a_private_draft_and_offers_it(
    db_path: Path,
) -> None:
    meeting_id = _meeting(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _type_then_conflict(pilot, db_path, meeting_id)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.is_running, "Ctrl+Q quit without asking: the clerk's text would be lost"
        assert isinstance(app.screen, KeepDraftQuestion)
        await pilot.press("l")  # «Lưu bản nháp và thoát»
        await settle(pilot)
        assert not app.is_running
    app.office.close()

    (draft,) = _draft_files(db_path)
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    assert stat.S_IMODE(draft.parent.stat().st_mode) == 0o700
    assert TYPED in draft.read_text(encoding="utf-8")
    await _restore_offered(db_path, meeting_id)


async def test_ctrl_q_in_a_conflict_can_stay(db_path: Path) -> None:
    meeting_id = _meeting(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        editor = await _type_then_conflict(pilot, db_path, meeting_id)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, KeepDraftQuestion)
        await pilot.press("o")  # «Ở lại»
        await settle(pilot)
        assert app.is_running and app.screen is editor
        assert editor.query_one(TextArea).text == TYPED + SAVED
        # Meanwhile the text is a draft already (written as it was typed).
        await wait_until(pilot, lambda: bool(_draft_files(db_path)), "the draft written")
        await pilot.press("ctrl+q")  # asked again; pressed twice, it keeps the draft and quits
        await settle(pilot)
        assert isinstance(app.screen, KeepDraftQuestion)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert not app.is_running
    app.office.close()
    assert _saved(db_path, meeting_id) == OTHER
    assert len(pending_drafts(db_path, meeting_id, OTHER)) == 1


async def test_ctrl_q_without_a_conflict_saves_first(db_path: Path) -> None:
    meeting_id = _meeting(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _open_minutes(pilot)
        await type_text(pilot, TYPED)
        await pilot.press("ctrl+q")  # well inside the autosave delay
        await settle(pilot)
        assert not app.is_running
    app.office.close()
    assert _saved(db_path, meeting_id) == TYPED + SAVED
    assert not _draft_files(db_path)  # saved: nothing left to offer


async def test_the_save_on_ctrl_q_refused_then_asks(db_path: Path) -> None:
    meeting_id = _meeting(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _open_minutes(pilot)
        await type_text(pilot, TYPED)
        _other_terminal_saves(db_path, meeting_id)  # the editor does not know yet
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: isinstance(app.screen, KeepDraftQuestion), "the question")
        await pilot.press("enter")  # the first answer keeps the draft
        await settle(pilot)
        assert not app.is_running
    app.office.close()
    assert _saved(db_path, meeting_id) == OTHER
    await _restore_offered(db_path, meeting_id)


async def test_ctrl_q_from_another_screen_asks_in_view_of_the_minutes(db_path: Path) -> None:
    meeting_id = _meeting(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        editor = await _type_then_conflict(pilot, db_path, meeting_id)
        await pilot.press("3")  # in the editor a digit is text, never a screen switch
        await settle(pilot)
        assert app.screen is editor and editor.query_one(TextArea).text.startswith(TYPED + "3")
        await app.switch_mode("tasks")  # as the palette does: the editor stays open behind
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        await wait_until(pilot, lambda: isinstance(app.screen, KeepDraftQuestion), "the question")
        assert app.current_mode == "meetings" and app.screen_stack[-2] is editor
        await pilot.press("l")
        await settle(pilot)
        assert not app.is_running
    app.office.close()
    (draft,) = pending_drafts(db_path, meeting_id, OTHER)
    assert draft.text == TYPED + "3" + SAVED


async def test_the_app_closed_in_a_conflict_keeps_the_draft(db_path: Path) -> None:
    # The terminal window closed, or the palette's quit: no question can be asked.
    meeting_id = _meeting(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _type_then_conflict(pilot, db_path, meeting_id)
        app.exit()
    app.office.close()
    await _restore_offered(db_path, meeting_id)


async def test_escape_in_a_conflict_keeps_the_draft_and_discard_removes_it(
    db_path: Path,
) -> None:
    meeting_id = _meeting(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _type_then_conflict(pilot, db_path, meeting_id)
        await pilot.press("escape")
        await settle(pilot)
        question = app.screen
        assert isinstance(question, KeepDraftQuestion)
        assert "Lưu bản nháp và đóng" in str(question.query_one("#draft-keep").render())
        await pilot.press("l")
        await wait_until(
            pilot, lambda: not isinstance(app.screen, MinutesEditorScreen), "the editor closed"
        )
        assert len(_draft_files(db_path)) == 1

        # Opened again (the same app): the other terminal's text, and the draft offered.
        editor = await _open_minutes(pilot)
        await wait_until(
            pilot, lambda: isinstance(app.screen, RestoreDraftQuestion), "the draft offered"
        )
        await pilot.press("b")  # «Bỏ»
        await wait_until(pilot, lambda: not _draft_files(db_path), "the draft removed")
        assert app.screen is editor and editor.query_one(TextArea).text == OTHER
        await pilot.press("escape")
        await settle(pilot)
    app.office.close()


def test_text_typed_before_a_sigkill_is_offered_next_time(db_path: Path) -> None:
    meeting_id = _meeting(db_path)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.minutes_typist", str(db_path), TYPED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # the typist says READY once the draft is on disk
        assert line.strip() == "READY", line + (child.stderr.read() if child.stderr else "")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert _saved(db_path, meeting_id) == SAVED  # the autosave never ran
    (draft,) = pending_drafts(db_path, meeting_id, SAVED)
    assert draft.text == TYPED + SAVED


# --- the draft files ---------------------------------------------------------------------


def test_a_draft_write_older_than_the_last_is_skipped(tmp_path: Path) -> None:
    db_path = tmp_path / "office.sqlite3"
    draft = DraftFile(db_path, 7)
    assert draft.keep("mới", "", 2)
    assert not draft.keep("cũ", "", 1)  # a slow worker, late: never puts back older text
    assert '"mới"' in draft.path.read_text(encoding="utf-8")
    draft.drop(3)
    assert not draft.keep("cũ hơn", "", 2)
    assert not draft.path.exists()


def test_only_drafts_of_closed_or_ended_editors_are_offered(tmp_path: Path) -> None:
    db_path = tmp_path / "office.sqlite3"
    live = DraftFile(db_path, 7)
    live.keep("đang gõ ở cửa sổ khác", "", 1)  # this process is alive: its editor is open
    assert pending_drafts(db_path, 7, "") == []
    live.keep("đang gõ ở cửa sổ khác", "", 2, closing=True)
    assert [d.text for d in pending_drafts(db_path, 7, "")] == ["đang gõ ở cửa sổ khác"]
    assert pending_drafts(db_path, 8, "") == []  # another meeting's minutes
    # A draft holding what is saved now is worth nothing: removed, not offered.
    assert pending_drafts(db_path, 7, "đang gõ ở cửa sổ khác") == []
    assert not live.path.exists()


def test_a_draft_left_open_by_an_ended_process_is_offered(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("the process check is POSIX")
    db_path = tmp_path / "office.sqlite3"
    draft = DraftFile(db_path, 7)
    draft.keep("chưa kịp lưu", "", 1)
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    text = draft.path.read_text(encoding="utf-8")
    draft.path.write_text(
        text.replace(f'"pid": {os.getpid()}', f'"pid": {int(ended.stdout)}'), encoding="utf-8"
    )
    assert [d.text for d in pending_drafts(db_path, 7, "")] == ["chưa kịp lưu"]
