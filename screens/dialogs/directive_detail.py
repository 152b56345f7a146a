"""One directive in full: register facts, attached files, the tasks it gave, its text."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from screens.dialogs.read_progress import ReadProgressScreen
from screens.dialogs.reread_compare import RereadCompareScreen
from screens.messages import Outcome
from screens.widgets.table import Table
from secretariat.dates import format_date
from secretariat.directives.readers import ReadResult
from secretariat.directives.register import DirectiveDetail
from secretariat.directives.reread import RereadOffer
from secretariat.tasks.queries import TaskListRow
from secretariat.text import shorten
from secretariat.vocab import CONFIDENTIALITY, DIRECTIVE_STATUSES, URGENCY, label


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


class DirectiveDetailScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q", "close", "Đóng", id="directive.close"),
        Binding(
            "r",
            "reread",
            "Đọc lại bản quét",
            id="directive.reread",
            tooltip="Toàn văn có vẻ là OCR hỏng: đọc lại tệp đính kèm bằng mô hình tiếng Việt",
        ),
    ]

    def __init__(
        self,
        detail: DirectiveDetail,
        tasks: list[TaskListRow],
        origin: str | None = None,
        reread: RereadOffer | None = None,
    ) -> None:
        super().__init__()
        self.detail = detail
        self.tasks = tasks
        self.origin = origin  # how the text was obtained (an import records it)
        self.reread = reread  # the damaged text's scan, to read again

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.reread is not None if action == "reread" else True

    def compose(self) -> ComposeResult:
        d = self.detail
        incoming = f"{d.incoming_number}/{d.incoming_year}" if d.incoming_number else "—"
        facts = [
            f"Số, ký hiệu: {d.number_symbol or '—'} · Loại: {d.doc_type or '—'}",
            f"Cơ quan ban hành: {d.issuer or '—'} · Nơi ban hành: {d.place or '—'}",
            f"Ngày ban hành: {format_date(d.issued_date) or '—'} · Ngày đến: "
            f"{format_date(d.received_date) or '—'} · Số đến: {incoming}",
            f"Độ mật: {label(CONFIDENTIALITY, d.confidentiality)} · Độ khẩn: "
            f"{label(URGENCY, d.urgency)} · Xử lý: {d.handler or '—'} · "
            f"{label(DIRECTIVE_STATUSES, d.status)}",
        ]
        for a in d.attachments:
            where = str(a.path) if a.present else f"{a.path} — KHÔNG CÒN TỆP, hãy đính kèm lại"
            facts.append(f"Đính kèm: {a.file_name} ({_size(a.size)}) → {where}")
        with Vertical(id="directive-box"):
            yield Label(shorten(d.subject, 300), id="directive-title")
            yield Static("\n".join(facts), id="directive-facts")
            table = Table(id="directive-tasks", cursor_type="row")
            table.flex_column = 1  # the task: the progress stays in sight at 80 columns
            table.add_columns("Hạn", "Nhiệm vụ", "Tiến độ")
            for task in self.tasks:
                due = "thường xuyên" if task.ongoing else format_date(task.due) or "chưa có hạn"
                progress = Text(
                    task.progress.text, style="bold red" if task.progress.overdue else ""
                )
                table.add_row(due, shorten(task.title, 60), progress)
            yield Label(
                f"Nhiệm vụ từ văn bản này: {len(self.tasks)}"
                if self.tasks
                else "Chưa có nhiệm vụ nào từ văn bản này.",
                classes="form-label",
            )
            yield table
            yield Label(self.origin or "Toàn văn", classes="form-label", id="directive-origin")
            if self.reread is not None:
                yield Static(
                    Text(
                        "Toàn văn này có vẻ là OCR bằng mô hình tiếng Anh (gần như không dấu); "
                        f"r: đọc lại «{self.reread.file_name}» bằng mô hình tiếng Việt, so "
                        "sánh hai bản trước khi thay.",
                        style="bold yellow",
                    ),
                    id="directive-reread",
                )
            with VerticalScroll(id="directive-text"):
                yield Static(
                    Text(d.full_text) if d.full_text else "(chưa có toàn văn)",
                    id="directive-text-body",
                )
            yield Static("Esc: đóng · Tab: chuyển giữa nhiệm vụ và toàn văn", classes="screen-note")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_reread(self) -> None:
        offer = self.reread
        if offer is None:
            return

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ReadResult:
            from secretariat.directives.readers import read_document

            return read_document(offer.path, progress=progress, cancelled=cancelled)

        def compared(replaced: bool | None) -> None:
            if replaced:
                self.notify("Đã thay toàn văn bằng bản đọc lại (bản cũ còn trong lịch sử).")
                self.dismiss(None)

        def read(outcome: Outcome[ReadResult] | None) -> None:
            if outcome is None:
                self.notify("Đã hủy đọc lại: không thay gì.")
            elif outcome.value is None:
                self.notify(outcome.error or "", severity="error", timeout=10)
            else:
                self.app.push_screen(RereadCompareScreen(offer, outcome.value), compared)

        self.app.push_screen(ReadProgressScreen(f"Đọc lại {offer.file_name}", job), read)
