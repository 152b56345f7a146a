"""Export this week's summary from Hôm nay with keys only; the Word report asks for its
signer once, then offers it; the dialog fits an 80x24 terminal."""

from __future__ import annotations

import stat
from pathlib import Path

from docx import Document
from textual.widgets import Button, Input, Static

from screens.dialogs.form import FormScreen
from tests.pilot_helpers import SIZE, demo_office, make_app, settle, type_text

TO_FORMAT = ("tab", "tab", "tab", "tab")  # from «Kỳ báo cáo» to «Định dạng»
PICK_DOCX = ("enter", "down", "enter")  # the option after «Văn bản … .md»


def _number_and_signature(path: Path) -> tuple[str, list[str]]:
    document = Document(str(path))
    number = document.tables[0].rows[0].cells[0].paragraphs[-1].text
    return number, document.tables[-1].rows[0].cells[1].text.split("\n")


async def test_export_this_weeks_summary_from_home_with_keys(tmp_path: Path) -> None:
    db_path = tmp_path / "office.sqlite3"
    demo_office(db_path)
    app = make_app(db_path, tmp_path / "config.json")
    exports = tmp_path / "exports"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert str(app.screen.query_one("#form-save", Button).label) == "Xuất (Ctrl+S)"
        await pilot.press("ctrl+s")  # this week, the whole ward, text for chat
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)

        # Again as a Word report: Tab to «Định dạng», open it, pick .docx. Nobody has
        # signed a report yet: the form asks for the name, the cursor in its field.
        await pilot.press("b")
        await settle(pilot)
        form = app.screen
        assert form.query_one("#field-signer_name", Input).value == ""
        assert form.query_one("#field-signer_title", Input).value == "T/M ĐẢNG ỦY / BÍ THƯ"
        await pilot.press(*TO_FORMAT, *PICK_DOCX)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form
        error = str(form.query_one("#form-error", Static).render())
        assert "Báo cáo Word cần họ tên người ký" in error
        assert app.focused is form.query_one("#field-signer_name", Input)
        await type_text(pilot, "Trần Thị Bình")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        docx = next(exports.glob("*.docx"))
        number, signature = _number_and_signature(docx)
        assert number == "Số      -BC/ĐU"  # no number typed: left to fill in by hand
        assert signature[:2] == ["T/M ĐẢNG ỦY", "BÍ THƯ"]
        assert signature[-1] == "Trần Thị Bình"

        # The next report: the signer is filled in; the clerk numbers this one.
        await pilot.press("b")
        await settle(pilot)
        form = app.screen
        assert form.query_one("#field-signer_name", Input).value == "Trần Thị Bình"
        assert form.query_one("#field-number", Input).value == ""  # each report its own
        await pilot.press(*TO_FORMAT, *PICK_DOCX, "tab", "tab")  # past «mật» to «Số»
        assert app.focused is form.query_one("#field-number", Input)
        await type_text(pilot, "15")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    app.office.close()

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
    number, signature = _number_and_signature(docx)
    assert number == "Số 15-BC/ĐU"
    assert signature[-1] == "Trần Thị Bình"


async def test_the_export_dialog_fits_an_80x24_terminal(tmp_path: Path) -> None:
    db_path = tmp_path / "office.sqlite3"
    demo_office(db_path)
    app = make_app(db_path, tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)

        def visible(selector: str) -> bool:
            widget = form.query_one(selector)
            region = widget.region
            return region.height > 0 and form.region.contains_region(region)

        assert all(visible(f"#field-{field.name}") for field in form.fields)
        assert visible("#form-save") and visible("#form-cancel")
        # Dates echoed in full beside their labels, and a refusal shown: still all there.
        await pilot.press("tab")
        await type_text(pilot, "+5")
        await pilot.press("tab")
        await type_text(pilot, "15/12")
        await pilot.press("tab", "tab", *PICK_DOCX, "ctrl+s")
        await settle(pilot)
        assert app.screen is form
        label = str(form.query_one("#label-end", Static).render())
        assert label.startswith("Đến ngày") and "15/12/2026" in label
        assert "cần họ tên người ký" in str(form.query_one("#form-error", Static).render())
        assert visible("#form-error") and visible("#form-save")
        assert all(visible(f"#field-{field.name}") for field in form.fields)
    app.office.close()
