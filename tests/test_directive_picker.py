"""The task form's «Văn bản giao nhiệm vụ»: a search over hundreds of directives."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select
from textual.widgets import Input, OptionList

from screens.dialogs.directive_picker import DirectivePicker
from screens.dialogs.form import FormScreen
from screens.tasks import TasksScreen
from secretariat.directives.register import DirectiveInput, create_directive
from secretariat.office.database import open_database
from storage.engine import session_scope
from storage.models import Directive, Task
from tests.pilot_helpers import SIZE, make_app, settle, type_text, wait_until


def _register(db_path: Path) -> None:
    """A year of a ward's register: 240 directives, two of them the clerk looks for."""
    engine = open_database(db_path)
    with session_scope(engine) as session:
        create_directive(
            DirectiveInput(
                number_symbol="604-TB/VPTU",
                subject="Thông báo kết luận của Ban Thường vụ Thành ủy về công tác cán bộ",
                issuer="Văn phòng Thành ủy Hải Phòng",
                issued="03/10/2025",
                received="06/10/2025",
            ),
            session=session,
        )
        for n in range(1, 239):
            create_directive(
                DirectiveInput(
                    number_symbol=f"{n}/UBND-VP",
                    subject=f"Về việc triển khai nhiệm vụ số {n}",
                    issuer="UBND phường Lê Ích Mộc",
                    issued=f"{1 + n % 28:02d}/{1 + n % 10:02d}/2026",
                    received=f"{1 + n % 28:02d}/{1 + n % 10:02d}/2026",
                ),
                session=session,
            )
        create_directive(  # no number: named by type, issuer and date
            DirectiveInput(
                doc_type="Kế hoạch",
                subject="Kế hoạch tổ chức Hội nghị tổng kết năm 2026",
                issuer="Đảng ủy phường Lê Ích Mộc",
                issued="20/11/2026",
                received="21/11/2026",
                confirmed=True,  # a plan without a number, as the clerk confirmed
            ),
            session=session,
        )
    engine.dispose()


def _options(app: object) -> list[str]:
    listing = app.screen.query_one(OptionList)  # type: ignore[attr-defined]
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_typing_part_of_a_subject_without_diacritics_finds_the_directive(
    db_path: Path,
) -> None:
    _register(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "Triển khai kết luận về công tác cán bộ")
        await pilot.press("enter")
        await type_text(pilot, "15/12/2026")
        await pilot.press("enter", "tab", "tab")  # past the product and the kind
        assert app.screen.focused is app.screen.query_one("#field-directive_id")
        # Typing on the field opens the picker; the whole burst lands in its search box.
        await type_text(pilot, "ket luan ban thuong")
        await wait_until(pilot, lambda: isinstance(app.screen, DirectivePicker), "the picker")
        search = app.screen.query_one("#picker-search", Input)
        assert search.value == "ket luan ban thuong"
        await wait_until(pilot, lambda: len(_options(app)) == 1, "one match")
        assert _options(app)[0].startswith("604-TB/VPTU — Thông báo kết luận của Ban Thường vụ")
        await pilot.press("enter")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert str(form.query_one("#field-directive_id").render()).startswith("604-TB/VPTU")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
    with session_scope(open_database(db_path)) as session:
        task = session.exec(select(Task)).one()
        directive = session.get(Directive, task.directive_id)
        assert directive is not None and directive.number_symbol == "604-TB/VPTU"


async def test_the_picker_lists_the_newest_first_and_down_moves_into_it(db_path: Path) -> None:
    _register(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        app.screen.query_one("#field-directive_id").focus()
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(_options(app)) == 30, "the newest 30")
        newest = _options(app)
        assert newest[0] == ("Kế hoạch, Đảng ủy phường Lê Ích Mộc, 20/11/2026 — Kế hoạch tổ c…")
        assert "604-TB/VPTU" not in " ".join(newest)  # received in 2025: far down the list
        await pilot.press("down", "down", "enter")  # into the list, then the second one
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert str(form.query_one("#field-directive_id").render()) == newest[1]
        await pilot.press("delete")  # changed her mind: no directive
        assert form.values()["directive_id"] == ""
