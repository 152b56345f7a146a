"""Đơn vị: the ward's units grouped by kind; search, rename, contacts, (de)activate, add."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Static

import secretariat.units.roster as svc
from screens.base import FilterableScreen
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.form import FormField
from screens.dialogs.unit_detail import UnitDetailScreen
from screens.widgets.ordered_keys import SearchBox
from screens.widgets.sectioned_table import SectionedTable
from secretariat.tasks.queries import unit_record
from secretariat.units.roster import UnitRead
from secretariat.units.ward_structure import KIND_LABELS, PARTY_KINDS, TO_DAN_PHO


class UnitTable(SectionedTable):
    """The units, one section per kind."""

    BINDINGS = [
        # DataTable's own Enter opens the unit; in ? help and the palette, not the crowded footer.
        Binding(
            "enter",
            "select_cursor",
            "Xem",
            id="units.open",
            tooltip="Việc còn nợ, tỷ lệ đúng hạn",
            show=False,
        ),
    ]


class UnitsScreen(FilterableScreen):
    FILTER_ID = "units-search"
    TITLE = "Đơn vị"
    BINDINGS = [
        Binding("slash", "search", "Tìm", id="units.search", tooltip="Tìm theo tên, mã, nhóm"),
        Binding("r", "rename", "Đổi tên", id="units.rename", tooltip="Đổi tên đơn vị đang chọn"),
        Binding(
            "e",
            "edit_contact",
            "Liên hệ",
            id="units.contact",
            tooltip="Sửa người liên hệ và số điện thoại",
        ),
        Binding("n", "new", "Thêm", id="units.new", tooltip="Thêm một đơn vị mới"),
        Binding(
            "d",
            "toggle_active",
            "Ngừng",
            id="units.toggle_active",
            tooltip="Ngừng hoạt động (giữ lịch sử) hoặc cho hoạt động lại",
        ),
        Binding(
            "delete",
            "delete",
            "Xóa",
            id="units.delete",
            tooltip="Xóa hẳn đơn vị chưa từng có nhiệm vụ",
            show=False,  # rarely right (d keeps history): in ? help and the palette
        ),
        Binding(
            "h",
            "history",
            "Lịch sử",
            id="units.history",
            tooltip="Ai đã sửa gì ở đơn vị này",
            show=False,  # the footer is full at 120 columns: in ? help and the palette
        ),
        Binding("escape", "clear_search", "Bỏ lọc", id="units.clear", show=False),
        Binding("down", "to_list", "Xuống danh sách", id="units.to_list", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="units")
        self.units: list[UnitRead] = []
        self.select_code: str | None = None  # put the cursor here after the next load

    def compose_body(self) -> ComposeResult:
        yield SearchBox(placeholder="/ Tìm đơn vị (gõ không dấu cũng được)…", id="units-search")
        yield UnitTable(id="units-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="units-summary")

    # Widths set by the screen's, not the rows': the layout never jumps while the clerk
    # filters. The contact takes what the others leave (a width of 0). Below WIDE columns
    # the name keeps its width, the code and the status hide (a unit stopped says so
    # after its name), so a unit's phone shows without scrolling sideways.
    WIDE = 110
    WIDE_COLUMNS = (
        ("Tên đơn vị", 41),
        ("Việc", 4),
        ("Trạng thái", 15),
        ("Người liên hệ", 0),
        ("Điện thoại", 15),
        ("Mã", 11),
    )
    NARROW_COLUMNS = (("Tên đơn vị", 41), ("Việc", 4), ("Liên hệ", 0), ("Điện thoại", 14))
    wide = True

    def on_mount(self) -> None:  # (FilterableScreen's focuses the list: Textual runs both)
        self._set_columns()

    def on_resize(self) -> None:
        if self._set_columns():
            self.render_table()

    def _set_columns(self) -> bool:
        """The columns for this width; True when they changed (the rows are drawn again)."""
        width = self.size.width or self.app.size.width
        self.wide = width >= self.WIDE
        columns = self.WIDE_COLUMNS if self.wide else self.NARROW_COLUMNS
        return self.query_one(UnitTable).set_columns(columns, width)

    def main_list(self) -> UnitTable:
        return self.query_one(UnitTable)

    def fetch(self, typed: str) -> list[UnitRead]:
        return self.office.read(svc.list_units)

    def show(self, data: list[UnitRead]) -> None:
        self.units = data
        self.render_table()

    # --- drawing ---------------------------------------------------------

    def visible_units(self) -> list[UnitRead]:
        return [unit for unit in self.units if svc.matches(unit, self.filter_text())]

    def render_table(self) -> None:
        table = self.query_one(UnitTable)
        selected = self.selected_unit()
        table.clear()
        shown = self.visible_units()
        by_kind: dict[str, list[UnitRead]] = {}
        for unit in shown:
            by_kind.setdefault(unit.kind, []).append(unit)
        for kind, members in by_kind.items():
            table.add_heading(f"{KIND_LABELS.get(kind, kind)} ({len(members)})", kind)
            for unit in members:
                name = Text("  " + unit.name, style="" if unit.active else "dim")
                tasks = str(unit.assignment_count) if unit.assignment_count else ""
                if self.wide:
                    stopped = "" if unit.active else Text("Ngừng hoạt động", style="italic")
                    cells: tuple[str | Text, ...] = (
                        name,
                        tasks,
                        stopped,
                        unit.contact_person,
                        unit.phone,
                        unit.code,
                    )
                else:
                    if not unit.active:
                        name.append(" (ngừng)", style="italic")
                    cells = (name, tasks, unit.contact_person, unit.phone)
                table.add_row(*cells, key=f"unit:{unit.id}")
        self.restore_cursor(selected)
        self.update_summary(shown)

    def restore_cursor(self, selected: UnitRead | None) -> None:
        wanted = next((u for u in self.units if u.code == self.select_code), selected)
        self.select_code = None
        self.query_one(UnitTable).move_to(None if wanted is None else f"unit:{wanted.id}")

    def update_summary(self, shown: list[UnitRead]) -> None:
        active = [u for u in self.units if u.active]
        party = sum(u.kind in PARTY_KINDS for u in active)
        residential = sum(u.kind == TO_DAN_PHO for u in active)
        inactive = len(self.units) - len(active)
        text = (
            f"{len(active)} đơn vị đang hoạt động · {party} tổ chức Đảng · {residential} tổ dân phố"
        )
        if inactive:
            text += f" · {inactive} ngừng hoạt động"
        if len(shown) != len(self.units):
            text += f"  —  đang lọc: {len(shown)} đơn vị khớp"
        self.query_one("#units-summary", Static).update(text)

    def selected_unit(self) -> UnitRead | None:
        key = self.query_one(UnitTable).selected_key()
        if key is None:
            return None
        unit_id = int(key.removeprefix("unit:"))
        return next((u for u in self.units if u.id == unit_id), None)

    def require_unit(self) -> UnitRead | None:
        unit = self.selected_unit()
        if unit is None:
            self.notify("Hãy chọn một đơn vị (dùng ↑ ↓).", severity="warning")
        return unit

    @on(DataTable.RowSelected)
    def _open_unit(self) -> None:
        unit = self.require_unit()
        if unit is None:
            return

        self.read_then(
            lambda: self.office.read(unit_record, unit.id, self.office.today()),
            lambda record: self.app.push_screen(UnitDetailScreen(record)),
            "open-unit",
        )

    # --- search ------------------------------------------------------------

    def action_clear_search(self) -> None:
        # The filter narrows the units already read: emptying the box redraws at once.
        self.search_box().value = ""
        self.set_focus(self.main_list())

    @on(Input.Changed, "#units-search")
    def _search_changed(self) -> None:
        self.render_table()

    # --- edits -------------------------------------------------------------

    def action_rename(self) -> None:
        unit = self.require_unit()
        if unit is None:
            return

        def save(values: dict[str, str]) -> str:
            renamed = self.office.write(
                svc.rename_unit, unit.id, values["name"], expected_version=unit.version
            )
            return f"Đã lưu tên mới: {renamed.name}"

        self.open_form(
            f"Đổi tên «{unit.name}»",
            [FormField("name", "Tên mới", unit.name)],
            save,
        )

    def action_edit_contact(self) -> None:
        unit = self.require_unit()
        if unit is None:
            return

        def save(values: dict[str, str]) -> str:
            self.office.write(
                svc.update_contact,
                unit.id,
                values["contact"],
                values["phone"],
                expected_version=unit.version,
            )
            return f"Đã lưu liên hệ của {unit.name}"

        self.open_form(
            f"Liên hệ của «{unit.name}»",
            [
                FormField("contact", "Người liên hệ", unit.contact_person, "Họ tên, chức vụ"),
                FormField("phone", "Điện thoại", unit.phone, "VD: 0912 345 678"),
            ],
            save,
        )

    def action_new(self) -> None:
        def save(values: dict[str, str]) -> UnitRead:
            return self.office.write(
                svc.create_unit, values["name"], values["kind"], values["contact"], values["phone"]
            )

        def saved(unit: UnitRead) -> str:
            self.select_code = unit.code
            return f"Đã thêm {unit.name} (mã {unit.code})"

        kinds = tuple((label, kind) for kind, label in KIND_LABELS.items())
        self.open_form(
            "Thêm đơn vị",
            [
                FormField("name", "Tên đơn vị", placeholder="VD: Chi bộ Tổ dân phố Đông Hải"),
                FormField("kind", "Loại", options=kinds),
                FormField("contact", "Người liên hệ"),
                FormField("phone", "Điện thoại"),
            ],
            save,
            saved,
        )

    def action_history(self) -> None:
        unit = self.require_unit()
        if unit is not None:
            self.open_history(unit.name, "units", unit.id)

    def action_toggle_active(self) -> None:
        unit = self.require_unit()
        if unit is None:
            return
        verb = "Ngừng hoạt động" if unit.active else "Cho hoạt động lại"
        question = f"{verb} «{unit.name}»?"
        if unit.active and unit.open_count:
            question += (
                f"\n\nĐơn vị còn {unit.open_count} việc chưa hoàn thành; các việc này vẫn được "
                "giữ và theo dõi, nhưng đơn vị sẽ không được giao việc mới."
            )

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_write(
                    f"Đã {verb.lower()}: {unit.name}",
                    svc.set_active,
                    unit.id,
                    not unit.active,
                    expected_version=unit.version,
                )

        self.app.push_screen(ConfirmScreen(question), answered)

    def action_delete(self) -> None:
        unit = self.require_unit()
        if unit is None:
            return
        if unit.assignment_count:
            self.notify(
                f"«{unit.name}» đã có nhiệm vụ nên không xóa được; "
                "hãy dùng «Ngừng hoạt động» (phím d) để giữ lịch sử.",
                severity="warning",
            )
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_write(f"Đã xóa {unit.name}", svc.delete_unit, unit.id)

        self.app.push_screen(ConfirmScreen(f"Xóa hẳn «{unit.name}»?"), answered)
