"""The form dialog as a clerk meets it: at 80×24 it opens on its title and first field,
and every field it moves to is shown with its label; Esc never throws away what was
typed without asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import select
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Input

from screens.dialogs.form import DiscardQuestion, FormScreen
from screens.directives import DirectivesScreen
from secretariat.office.database import open_database
from storage.engine import session_scope
from storage.models import Directive
from tests.pilot_helpers import burst, demo_office, make_app, settle, type_text


def _demo(tmp_path: Path) -> Path:
    db_path = tmp_path / "demo.sqlite3"
    demo_office(db_path)
    return db_path


def _in_sight(form: FormScreen[Any], widget: Widget) -> bool:
    """The whole of ``widget`` is inside the form's box, not scrolled off it."""
    shown = form.query_one("#form-box").scrollable_content_region
    return shown.contains_region(widget.region)


async def _new_directive_form(pilot: Pilot[Any]) -> FormScreen[Any]:
    await pilot.press("2")
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)
    form = pilot.app.screen
    assert isinstance(form, FormScreen) and form.form_title == "Đăng ký văn bản đến"
    return form


async def test_the_new_directive_form_opens_on_its_title_at_80x24(tmp_path: Path) -> None:
    app = make_app(_demo(tmp_path), tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _new_directive_form(pilot)
        box = form.query_one("#form-box")
        assert box.max_scroll_y > 0  # the form is taller than the terminal
        assert box.scroll_y == 0
        first = form.fields[0].name
        assert app.focused is form.query_one(f"#field-{first}")
        for part in ("#form-title", f"#label-{first}", f"#field-{first}"):
            assert _in_sight(form, form.query_one(part)), part

        # Down the form and back up: each field is shown with its label.
        for key in ["tab"] * (len(form.fields) - 1) + ["shift+tab"] * (len(form.fields) - 1):
            await pilot.press(key)
            await settle(pilot)
            focused = app.focused
            assert focused is not None and (focused.id or "").startswith("field-")
            name = focused.id.removeprefix("field-")  # type: ignore[union-attr]
            assert _in_sight(form, focused), name
            assert _in_sight(form, form.query_one(f"#label-{name}")), name
        assert box.scroll_y == 0


def _field(form: FormScreen[Any], name: str) -> str:
    return form.query_one(f"#field-{name}", Input).value


def _numbers(db_path: Path) -> list[str]:
    with session_scope(open_database(db_path)) as session:
        return [d.number_symbol for d in session.exec(select(Directive)).all()]


async def test_esc_with_typing_asks_before_throwing_it_away(tmp_path: Path) -> None:
    db_path = _demo(tmp_path)
    before = _numbers(db_path)
    app = make_app(db_path, tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _new_directive_form(pilot)
        await type_text(pilot, "244-KL/TU")
        await pilot.press("enter")
        await type_text(pilot, "Thành ủy Hải Phòng")
        await pilot.press("escape")
        await settle(pilot)
        question = app.screen
        assert isinstance(question, DiscardQuestion)
        said = [str(button.label) for button in question.query(Button)]
        assert said == ["Ở lại (o)", "Bỏ (b)"]

        # «Ở lại» (o, Esc or Enter): back in the form, every word there, typing goes on.
        for key in ("o", "escape", "enter"):
            if not isinstance(app.screen, DiscardQuestion):
                await pilot.press("escape")
                await settle(pilot)
            await pilot.press(key)
            await settle(pilot)
            assert app.screen is form, key
            assert _field(form, "number_symbol") == "244-KL/TU"
            assert _field(form, "doc_type") == "Thành ủy Hải Phòng"
            assert app.focused is form.query_one("#field-doc_type")
        await type_text(pilot, " cũ")
        assert _field(form, "doc_type") == "Thành ủy Hải Phòng cũ"

        # «Bỏ» (b): the form closes and nothing was saved.
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, DirectivesScreen)
    assert _numbers(db_path) == before


async def test_esc_on_an_untouched_form_closes_at_once(tmp_path: Path) -> None:
    app = make_app(_demo(tmp_path), tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await _new_directive_form(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DirectivesScreen)

        # Typed, then rubbed out: nothing differs from what the form opened with.
        await _new_directive_form(pilot)
        await type_text(pilot, "24")
        await pilot.press("backspace", "backspace", "escape")
        await settle(pilot)
        assert isinstance(app.screen, DirectivesScreen)


async def test_keys_typed_after_esc_land_in_order(tmp_path: Path) -> None:
    app = make_app(_demo(tmp_path), tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _new_directive_form(pilot)
        # Esc, «Ở lại», and the typing goes on in the same field.
        await burst(pilot, "244<escape>o-KL/TU")
        await settle(pilot)
        assert app.screen is form
        assert _field(form, "number_symbol") == "244-KL/TU"
        # Esc, «Bỏ», then the register's own keys: / and a search.
        await burst(pilot, "<escape>b/ke hoach")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DirectivesScreen)
        assert screen.search_box().value == "ke hoach"
