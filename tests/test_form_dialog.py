"""The form dialog at 80×24, as a clerk meets it: it opens on its title and first field,
and every field it moves to is shown with its label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widget import Widget

from screens.dialogs.form import FormScreen
from secretariat.office.demo import build_demo
from tests.conftest import TODAY
from tests.pilot_helpers import make_app, settle


def _demo(tmp_path: Path) -> Path:
    db_path = tmp_path / "demo.sqlite3"
    build_demo(db_path, TODAY).dispose()
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
