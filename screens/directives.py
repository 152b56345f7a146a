"""Văn bản đến: the register of incoming directives; register, edit, attach, import."""

from __future__ import annotations

import textwrap
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.markup import escape
from textual.widgets import DataTable, Input, Static

import secretariat.directives.register as svc
from screens.base import FilterableScreen
from screens.dialogs.directive_detail import DirectiveDetailScreen
from screens.dialogs.export_dialog import export_binding, open_export
from screens.dialogs.file_picker import FilePickerScreen
from screens.dialogs.form import FormField, asking_once
from screens.dialogs.read_progress import ReadProgressScreen
from screens.import_review import ImportReviewScreen, ImportSource
from screens.messages import Outcome
from screens.widgets.ordered_keys import SearchBox
from screens.widgets.table import Table
from secretariat.dates import format_date
from secretariat.directives.save_import import prepare_import
from secretariat.directives.view import directive_view
from secretariat.text import shorten
from secretariat.units.roster import list_groups, list_units
from secretariat.vocab import CONFIDENTIALITY, DIRECTIVE_STATUSES, URGENCY, label


def _pairs(labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((text, code) for code, text in labels.items())


class DirectivesScreen(FilterableScreen):
    FILTER_ID = "directives-search"
    TITLE = "Văn bản đến"
    BINDINGS = [
        Binding(
            "slash",
            "search",
            "Tìm",
            id="directives.search",
            tooltip="Tìm theo số, trích yếu, toàn văn",
        ),
        Binding("n", "new", "Thêm", id="directives.new", tooltip="Đăng ký văn bản đến mới"),
        Binding(
            "i",
            "import",
            "Nhập",
            id="directives.import",
            tooltip="Đọc văn bản từ tệp (.txt, .docx, .doc, .pdf, ảnh quét), đề xuất nhiệm vụ",
        ),
        Binding("e", "edit", "Sửa", id="directives.edit", tooltip="Sửa thông tin văn bản"),
        Binding(
            "a",
            "attach",
            "Đính kèm",
            id="directives.attach",
            tooltip="Đính kèm bản quét (PDF, ảnh)",
        ),
        Binding(
            "enter", "open", "Mở", id="directives.open", tooltip="Xem toàn văn và các nhiệm vụ"
        ),
        Binding(
            "f",
            "filters",
            "Lọc",
            id="directives.filters",
            tooltip="Lọc theo loại, cơ quan, năm, tình trạng, độ mật",
        ),
        Binding(
            "h",
            "history",
            "Lịch sử",
            id="directives.history",
            tooltip="Ai đã sửa gì",
            show=False,  # in ? help and the palette: the footer keeps room for 1-5
        ),
        Binding("escape", "clear_search", "Bỏ lọc", id="directives.clear", show=False),
        export_binding("directives"),
        Binding("down", "to_list", "Xuống danh sách", id="directives.to_list", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="directives")
        self.rows: list[svc.DirectiveRow] = []
        self.select_id: int | None = None
        self.filters = svc.DirectiveFilter()
        self.import_queue: deque[Path] = deque()
        # A file is being read or reviewed: the next one waits (the list reloads while
        # the progress dialog and the review come and go).
        self.importing = False
        self.shown_limit = svc.PAGE

    def compose_body(self) -> ComposeResult:
        yield SearchBox(
            placeholder="/ Tìm số, trích yếu, toàn văn (gõ không dấu được)…", id="directives-search"
        )
        yield Table(id="directives-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="directives-detail")
        yield Static("", classes="listing-count")

    # A width of 0: the subject takes what is left. Below WIDE columns the type and the
    # issuer hide (the pane below shows both for the selected row) and the date is short,
    # so the number and the subject that identify a directive keep their room.
    WIDE = 110
    WIDE_COLUMNS = (
        ("Số đến", 7),
        ("Ngày đến", 10),
        ("Số, ký hiệu", 14),
        ("Loại", 10),
        ("Cơ quan ban hành", 22),
        ("Trích yếu", 0),
        ("NV", 3),
    )
    NARROW_COLUMNS = (
        ("Số đến", 6),
        ("Ngày đến", 8),
        ("Số, ký hiệu", 14),
        ("Trích yếu", 0),
        ("NV", 3),
    )
    wide = True
    subject_width = 38

    def on_resize(self) -> None:
        if self._set_columns():
            self.show(self.rows)
        else:
            self._show_pane()  # its lines are cut to the width

    def _set_columns(self) -> bool:
        """The columns for this width; True when they changed (the rows are drawn again)."""
        width = self.size.width or self.app.size.width
        self.wide = width >= self.WIDE
        columns = self.WIDE_COLUMNS if self.wide else self.NARROW_COLUMNS
        table = self.query_one(Table)
        changed = table.set_columns(columns, width)
        self.subject_width = [column.width for column in table.columns.values()][-2]
        return changed

    def main_list(self) -> DataTable[Any]:
        return self.query_one(DataTable)

    def fetch(self, typed: str) -> list[svc.DirectiveRow]:
        filters = replace(self.filters, query=typed)
        return self.office.read(svc.directive_list, filters=filters, limit=self.shown_limit)

    def show(self, data: list[svc.DirectiveRow]) -> None:
        self.rows = data
        table = self.query_one(DataTable)
        keep = self.select_id if self.select_id is not None else self.selected_id()
        self.select_id = None
        table.clear()
        for row in data:
            subject: str | Text = shorten(row.subject, self.subject_width)
            if row.confidentiality != "thuong":
                secret = label(CONFIDENTIALITY, row.confidentiality)
                subject = Text(f"[{secret}] {subject}", style="bold red")
            if self.wide:
                cells: tuple[str, ...] = (
                    format_date(row.received_date),
                    row.number_symbol or "—",
                    row.doc_type,
                    shorten(row.issuer, 22),
                )
            else:
                received = row.received_date
                cells = (f"{received:%d/%m/%y}" if received else "", row.number_symbol or "—")
            table.add_row(
                str(row.incoming_number or ""),
                *cells,
                subject,
                str(row.task_count or ""),
                key=str(row.id),
            )
        if keep is not None and str(keep) in table.rows:
            table.move_cursor(row=table.get_row_index(str(keep)))
        if data:
            count = f"{len(data)} văn bản"
            if len(data) >= self.shown_limit:
                count += " (xuống cuối danh sách để xem tiếp)"
        elif self.filter_text().strip() or self.filter_labels:
            count = "Không tìm thấy văn bản nào."
        else:
            count = "Chưa có văn bản đến nào — n: đăng ký, i: nhập từ tệp."
        if self.filter_labels:
            count += " · lọc: " + " · ".join(self.filter_labels) + " (Esc: bỏ lọc)"
        self.query_one(".listing-count", Static).update(count, layout=False)
        self._show_pane()
        if self.import_queue and not self.importing:
            self._next_import()

    def selected_id(self) -> int | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return int(table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value or 0)

    def selected_row(self) -> svc.DirectiveRow | None:
        wanted = self.selected_id()
        return next((row for row in self.rows if row.id == wanted), None)

    def require_directive(self) -> svc.DirectiveRow | None:
        row = self.selected_row()
        if row is None:
            self.notify("Chưa có văn bản nào được chọn.", severity="warning")
        return row

    @on(DataTable.RowHighlighted)
    def _more_at_the_end(self, event: DataTable.RowHighlighted) -> None:
        table = self.query_one(DataTable)
        if event.cursor_row == table.row_count - 1 and len(self.rows) >= self.shown_limit:
            self.shown_limit += svc.PAGE  # the last row drawn: load the next page
            self.select_id = self.selected_id()
            self.reload()

    @on(DataTable.RowHighlighted)
    def _show_pane(self) -> None:
        row = self.selected_row()
        pane = self.query_one("#directives-detail", Static)
        if row is None:
            pane.update("", layout=False)
            return
        width = max((pane.size.width or self.app.size.width) - 2, 20)  # inside its padding
        number = row.number_symbol or "Không số"
        issued = format_date(row.issued_date) or "—"
        status = label(DIRECTIVE_STATUSES, row.status)
        secret = label(CONFIDENTIALITY, row.confidentiality)
        facts = [number, row.doc_type or "—", row.issuer, f"ban hành {issued}", status]
        if len(" · ".join([*facts, f"độ mật: {secret}"])) <= width:
            facts.append(f"độ mật: {secret}")
        else:  # narrow: the facts keep one line, the subject the two under it
            facts[3] = issued
            if row.confidentiality != "thuong":
                facts.append(secret)
        line = shorten(" · ".join(facts), width)
        subject = "\n".join(textwrap.wrap(row.subject, width, max_lines=2, placeholder=" …"))
        bold = len(number) if line.startswith(number) else 0
        pane.update(
            f"[b]{escape(line[:bold])}[/b]{escape(line[bold:])}\n{escape(subject)}",
            layout=False,  # a fixed-height pane: redraw it alone, not the whole screen
        )

    @property
    def filter_labels(self) -> list[str]:
        f = self.filters
        labels = [value for value in (f.doc_type, f.issuer) if value]
        if f.year is not None:
            labels.append(f"năm {f.year}")
        if f.status:
            labels.append(label(DIRECTIVE_STATUSES, f.status))
        if f.confidentiality:
            labels.append(f"độ mật {label(CONFIDENTIALITY, f.confidentiality)}")
        return labels

    @on(Input.Changed, "#directives-search")
    def _search_changed(self) -> None:
        self.shown_limit = svc.PAGE
        self.reload_after_typing()

    def reset_filters(self) -> bool:
        had = self.filters != svc.DirectiveFilter()
        self.filters = svc.DirectiveFilter()
        self.shown_limit = svc.PAGE
        return had

    def action_filters(self) -> None:
        self.read_then(
            lambda: self.office.read(svc.directive_facets), self._filter_form, "directives-filters"
        )

    def _filter_form(self, facets: svc.DirectiveFacets) -> None:
        f = self.filters

        def save(values: dict[str, str]) -> svc.DirectiveFilter:
            return svc.DirectiveFilter(
                doc_type=values["doc_type"],
                issuer=values["issuer"],
                year=int(values["year"]) if values["year"] else None,
                status=values["status"],
                confidentiality=values["secret"],
            )

        def saved(filters: svc.DirectiveFilter) -> str:
            self.filters = filters
            return "Đã lọc sổ văn bản đến."

        self.open_form(
            "Lọc văn bản đến",
            [
                FormField(
                    "doc_type",
                    "Loại văn bản",
                    f.doc_type,
                    options=tuple((t, t) for t in facets.doc_types),
                ),
                FormField(
                    "issuer",
                    "Cơ quan ban hành",
                    f.issuer,
                    options=tuple((i, i) for i in facets.issuers),
                ),
                FormField(
                    "year",
                    "Năm (theo ngày đến)",
                    str(f.year or ""),
                    options=tuple((str(y), str(y)) for y in facets.years),
                ),
                FormField(
                    "status", "Tình trạng xử lý", f.status, options=_pairs(DIRECTIVE_STATUSES)
                ),
                FormField("secret", "Độ mật", f.confidentiality, options=_pairs(CONFIDENTIALITY)),
            ],
            save,
            saved,
            action="Áp dụng",
        )

    # --- open, register, edit ---------------------------------------------------------

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        row = self.require_directive()
        if row is None:
            return
        folder = svc.attachments_dir(self.office.path)
        self.read_then(
            lambda: self.office.read(directive_view, row.id, folder, self.office.today()),
            lambda view: self.app.push_screen(
                DirectiveDetailScreen(view.detail, view.tasks, view.origin, view.reread)
            ),
            "directive-open",
        )

    def directive_form(
        self,
        title: str,
        current: svc.DirectiveInput,
        save_directive: Callable[[svc.DirectiveInput], svc.DirectiveRead],
        saved: Callable[[svc.DirectiveRead], str],
    ) -> None:
        def save(values: dict[str, str], confirmed: bool) -> svc.DirectiveRead:
            data = replace(
                current,
                confirmed=confirmed,
                number_symbol=values["number_symbol"],
                doc_type=values["doc_type"],
                issuer=values["issuer"],
                place=values["place"],
                issued=values["issued"],
                received=values["received"],
                incoming_number=values["incoming_number"],
                subject=values["subject"],
                confidentiality=values["confidentiality"] or "thuong",
                urgency=values["urgency"] or "thuong",
                handler=values["handler"],
                status=values["status"] or "moi",
                full_text=values["full_text"],
            )
            return save_directive(data)

        self.open_form(
            title,
            [
                FormField(
                    "number_symbol",
                    "Số, ký hiệu",
                    current.number_symbol,
                    "VD: 604-TB/VPTU, 196/KH-UBND",
                ),
                FormField(
                    "doc_type",
                    "Loại văn bản (trống: theo ký hiệu)",
                    current.doc_type,
                    "VD: Thông báo",
                ),
                FormField(
                    "issuer", "Cơ quan ban hành", current.issuer, "VD: Văn phòng Thành ủy Hải Phòng"
                ),
                FormField("place", "Nơi ban hành", current.place, "VD: Hải Phòng"),
                FormField("issued", "Ngày ban hành", current.issued, "VD: 03/10/2025", date="date"),
                FormField("received", "Ngày đến", current.received, "VD: 06/10/2025", date="date"),
                FormField(
                    "incoming_number",
                    "Số đến (trống: số tiếp theo của năm)",
                    current.incoming_number,
                    "VD: 541",
                ),
                FormField("subject", "Trích yếu", current.subject, "Nội dung chính của văn bản"),
                FormField(
                    "confidentiality",
                    "Độ mật",
                    current.confidentiality,
                    options=_pairs(CONFIDENTIALITY),
                    allow_blank=False,
                ),
                FormField(
                    "urgency",
                    "Độ khẩn",
                    current.urgency,
                    options=_pairs(URGENCY),
                    allow_blank=False,
                ),
                FormField(
                    "handler", "Đơn vị, người xử lý", current.handler, "VD: Ban Xây dựng Đảng"
                ),
                FormField(
                    "status",
                    "Tình trạng xử lý",
                    current.status,
                    options=_pairs(DIRECTIVE_STATUSES),
                    allow_blank=False,
                ),
                FormField(
                    "full_text",
                    "Toàn văn (dán vào đây; Tab: ô tiếp theo)",
                    current.full_text,
                    multiline=True,
                ),
            ],
            asking_once(save),
            saved,
        )

    def action_new(self) -> None:
        def save_directive(data: svc.DirectiveInput) -> svc.DirectiveRead:
            return self.office.write(svc.create_directive, data)

        def saved(directive: svc.DirectiveRead) -> str:
            self.select_id = directive.id
            return (
                f"Đã đăng ký văn bản «{svc.label(directive)}», số đến "
                f"{directive.incoming_number}/{directive.incoming_year}."
            )

        today = format_date(self.office.today())
        self.directive_form(
            "Đăng ký văn bản đến",
            svc.DirectiveInput(subject="", issuer="", received=today),
            save_directive,
            saved,
        )

    def action_edit(self) -> None:
        row = self.require_directive()
        if row is None:
            return

        def save_directive(data: svc.DirectiveInput) -> svc.DirectiveRead:
            return self.office.write(svc.update_directive, row.id, data)

        def saved(directive: svc.DirectiveRead) -> str:
            self.select_id = directive.id
            return f"Đã lưu văn bản «{svc.label(directive)}»."

        self.read_then(
            lambda: self.office.read(svc.directive_input, row.id),
            lambda current: self.directive_form("Sửa văn bản đến", current, save_directive, saved),
            "directive-edit",
        )

    def action_history(self) -> None:
        row = self.require_directive()
        if row is not None:
            self.open_history(row.number_symbol or shorten(row.subject, 50), "directives", row.id)

    def action_attach(self) -> None:
        row = self.require_directive()
        if row is None:
            return
        folder = svc.attachments_dir(self.office.path)

        def save(values: dict[str, str]) -> svc.AttachmentRead:
            return self.office.write(svc.attach_file, row.id, Path(values["path"].strip()), folder)

        def saved(attachment: svc.AttachmentRead) -> str:
            self.select_id = row.id
            return f"Đã đính kèm «{attachment.file_name}» (bản sao lưu trong {folder})."

        self.open_form(
            f"Đính kèm vào «{row.number_symbol or shorten(row.subject, 40)}»",
            [
                FormField(
                    "path", "Đường dẫn tệp (PDF, ảnh bản quét…)", "", "VD: ~/Downloads/604-TB.pdf"
                )
            ],
            save,
            saved,
        )

    # --- import ------------------------------------------------------------------------

    def action_import(self) -> None:
        from secretariat.config import Settings
        from secretariat.directives.readers import READABLE_SUFFIXES, check_document

        settings = Settings.load()
        start = Path(settings.import_folder) if settings.import_folder else Path.home()

        def chosen(path: Path | None) -> None:
            if path is None:
                return
            remembered = Settings.load()  # the picker may have been open a while
            remembered.import_folder = str(path.parent)
            with suppress(OSError):  # a read-only config folder only costs the shortcut
                remembered.save()
            self.import_queue.append(path)
            self.reload()  # the queue is read once the list is shown

        self.app.push_screen(
            FilePickerScreen(
                "Nhập văn bản từ tệp (.txt, .docx, .doc, .pdf, ảnh quét .png/.jpg/.tif)",
                start,
                READABLE_SUFFIXES,
                check_document,
            ),
            chosen,
        )

    def on_mount(self) -> None:
        super().on_mount()
        self._set_columns()
        # ``secretariat import FILE...`` hands its files to the app: review them one by one.
        files = getattr(self.app, "import_files", [])
        self.import_queue.extend(files)
        files.clear()

    def _next_import(self) -> None:
        path = self.import_queue.popleft()
        self.importing = True
        today = self.office.today()
        attachments = svc.attachments_dir(self.office.path)

        def read(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> ImportSource:
            from secretariat.directives.importer import propose
            from secretariat.directives.originals import TextOrigin
            from secretariat.directives.readers import read_document

            got = read_document(path, progress=progress, cancelled=cancelled)
            units = [u for u in self.office.read(list_units) if u.active]
            # Matched against the office's own unit names (renamed ones included).
            proposal = propose(got.text, file=str(path), units=[(u.code, u.name) for u in units])
            directive, twin = self.office.read(prepare_import, proposal, got.text, today)
            return ImportSource(
                path=path,
                proposal=proposal,
                directive=directive,
                twin=twin,
                groups=(groups := self.office.read(list_groups)),
                units=[(u.id, u.name, u.code) for u in units],
                group_members={
                    code: frozenset(u.id for u in units if name in u.groups)
                    for code, name, _count in groups
                },
                origin=TextOrigin(
                    path, got.origin, got.note, got.confidence, got.text, got.searchable_pdf
                ),
                attachments_dir=attachments,
            )

        def open_review(outcome: Outcome[ImportSource] | None) -> None:
            if outcome is None or outcome.value is None:
                self.importing = False
                if outcome is None:
                    self.notify(f"Đã hủy đọc {path.name}: không lưu gì.", timeout=6)
                else:
                    self.notify(outcome.error or "", severity="error", timeout=10)
                if self.import_queue:
                    self._next_import()
                return
            self.app.push_screen(ImportReviewScreen(outcome.value), self._import_done)

        self.app.push_screen(ReadProgressScreen(f"Đọc {path.name}", read), open_review)

    def _import_done(self, result: tuple[int, str] | None) -> None:
        self.importing = False
        if result is not None:
            self.select_id, message = result
            self.notify(message, timeout=8)
        self.reload()  # the next queued file, if any, opens once the list is shown

    def action_export(self) -> None:
        row = self.selected_row()
        context = None
        if row is not None:
            name = row.number_symbol or shorten(row.subject, 40)
            context = (f"Văn bản {name}", f"directive:{row.id}")
        open_export(self, context)
