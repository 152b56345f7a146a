"""Export this week's summary from Hôm nay with keys only."""

from __future__ import annotations

import stat
from pathlib import Path

from docx import Document

from screens.dialogs.form import FormScreen
from secretariat.office.demo import build_demo
from tests.conftest import TODAY
from tests.pilot_helpers import SIZE, make_app, settle


async def test_export_this_weeks_summary_from_home_with_keys(tmp_path: Path) -> None:
    db_path = tmp_path / "office.sqlite3"
    build_demo(db_path, TODAY).dispose()
    app = make_app(db_path, tmp_path / "config.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+s")  # this week, the whole ward, text for chat
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)

        # Again as a Word report: Tab to «Định dạng», open it, pick .docx.
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("tab", "tab", "tab", "tab", "enter", "down", "enter")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    app.office.close()

    exports = tmp_path / "exports"
    text = next(exports.glob("*.md"))
    docx = next(exports.glob("*.docx"))
    for path in (text, docx):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    body = text.read_text(encoding="utf-8")
    assert "tuần từ 23/11/2026 đến 29/11/2026" in body
    assert "toàn Đảng bộ phường" in body
    assert all(len(line) <= 80 for line in body.splitlines())
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert "BÁO CÁO" in paragraphs
