"""«Đã xong» and «Gia hạn» for one unit or many: the forms Hôm nay and the task view share.

Both save through ``secretariat.tasks.bulk`` (one transaction, each unit its own history);
the toast says how many units and which, and names any unit refused because it changed
on another terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from textual.app import App

from screens.dialogs.form import FormField, FormScreen
from secretariat.dates import format_date
from secretariat.office.open_file import Office
from secretariat.tasks.bulk import BulkResult, Seen, extend_many, mark_done_many
from secretariat.text import shorten
from secretariat.units.ranges import units_text


@dataclass(frozen=True)
class Marked:
    """A unit chosen for the action, as shown: its assignment, name and due date."""

    assignment_id: int
    unit: str
    due: date | None


@dataclass(frozen=True)
class Said:
    """The toast after saving; a warning when some units were refused."""

    text: str
    warning: bool = False


def _who(units: list[Marked]) -> str:
    if len(units) == 1:
        return units[0].unit
    return f"{len(units)} đơn vị ({units_text([u.unit for u in units], short=True)})"


def _said(result: BulkResult, done: str) -> Said:
    refusals = result.refusals()
    return Said(f"{done} {refusals}".strip(), warning=bool(refusals))


def open_done_form(
    app: App[Any], title: str, units: list[Marked], then: Callable[[], None]
) -> None:
    """Ask for the day (default today) and the report's number; save for every unit."""
    office = cast(Office, cast(Any, app).office)
    who = _who(units)

    def save(values: dict[str, str]) -> Said:
        result = office.write(
            mark_done_many,
            [Seen(u.assignment_id, u.due) for u in units],
            values["completed"],
            values["report"],
            today=office.today(),
        )
        count = len(result.saved)
        names = units_text(list(result.saved), short=True)
        whom = names if count == 1 else f"{count} đơn vị ({names})"
        text = f"Đã ghi nhận {whom} hoàn thành «{shorten(title, 40)}»."
        if result.following is not None:
            text += f" Đã tạo kỳ tiếp theo, hạn {format_date(result.following.due_date)}."
        return _said(result, text)

    app.push_screen(
        FormScreen(
            f"Đã xong — {shorten(who, 70)}\n{shorten(title, 60)}",
            [
                FormField("completed", "Ngày hoàn thành", format_date(office.today()), date="date"),
                FormField("report", "Số, ký hiệu báo cáo (nếu có)", "", "VD: 12-BC/CB"),
            ],
            save,
        ),
        lambda said: _closed(app, said, then),
    )


def open_extension_form(
    app: App[Any], title: str, units: list[Marked], then: Callable[[], None]
) -> None:
    """Ask for the new date, the reason and who agreed; extend every unit."""
    office = cast(Office, cast(Any, app).office)
    dues = sorted({u.due for u in units if u.due is not None})
    current = ", ".join(format_date(d) for d in dues[:3]) + ("…" if len(dues) > 3 else "")

    def save(values: dict[str, str]) -> Said:
        result = office.write(
            extend_many,
            [Seen(u.assignment_id, u.due) for u in units],
            values["due"],
            values["reason"],
            values["by"],
        )
        count = len(result.saved)
        names = units_text(list(result.saved), short=True)
        whom = names if count == 1 else f"{count} đơn vị ({names})"
        return _said(result, f"Đã gia hạn cho {whom} đến {shorten(values['due'], 12)}.")

    app.push_screen(
        FormScreen(
            f"Gia hạn — {shorten(_who(units), 70)}\n{shorten(title, 60)}",
            [
                FormField(
                    "due",
                    f"Hạn mới (hạn hiện tại: {current or 'chưa có'})",
                    "",
                    "VD: 30/12/2026, 30/12, +5",
                    date="deadline",
                ),
                FormField("reason", "Lý do"),
                FormField("by", "Người đồng ý gia hạn", "", "VD: Đ/c Phó Bí thư Thường trực"),
            ],
            save,
        ),
        lambda said: _closed(app, said, then),
    )


def _closed(app: App[Any], said: Said | None, then: Callable[[], None]) -> None:
    if said is None:  # cancelled
        return
    app.notify(said.text, severity="warning" if said.warning else "information", timeout=8)
    then()
