"""Export a summary from any main screen: period, scope, format, confidential or not, and
for a Word report its number and signer.

The export runs in the form's thread worker, so the UI stays responsive; the form says
«Đang xuất…» meanwhile and, once the file is written, where it went. The signer the office
last gave is filled in (editable); while there is none, a Word report asks for the name
once (``secretariat.reports.signing`` remembers it).

The dialog lays each field beside its label (``themes/export_dialog.tcss``): ten fields
one above the other would not fit an 80x24 terminal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.binding import Binding

from screens.dialogs.form import FormField, FormScreen, asking_once
from secretariat.places import export_target
from secretariat.units.roster import list_groups, list_units
from themes import THEMES_DIR


class ExportForm(FormScreen[Any]):
    """The export form: labels beside their fields, so that it fits 80x24.

    ``Ctrl+Y`` exports as ``Ctrl+S`` does and also copies the chat text to the clipboard.
    """

    CSS_PATH = THEMES_DIR / "export_dialog.tcss"
    BINDINGS = [
        Binding(
            "ctrl+y",
            "copy_chat",
            "Xuất và chép",
            id="export.copy",
            tooltip="Xuất tệp và chép báo cáo dạng tin nhắn vào bộ nhớ tạm",
        )
    ]
    copy_chat = False  # read by the save (in the form's worker): also copy the chat text

    def action_copy_chat(self) -> None:
        self.copy_chat = True
        super().action_save()

    def action_save(self) -> None:
        self.copy_chat = False  # a Ctrl+Y refused earlier does not make this save copy
        super().action_save()


def show_shared(screen: Any, shared: Any) -> None:
    """Put the chat text on the clipboard (through the terminal: works over SSH) and show
    what was copied."""
    from screens.dialogs.chat_preview import ChatPreviewScreen

    screen.app.copy_to_clipboard(shared.chat_text)
    screen.app.push_screen(ChatPreviewScreen(shared.chat_text, str(shared.path)))


def copy_chat_text(screen: Any) -> None:
    """Today's report for the whole ward as chat text: written to exports/ (.md), copied to
    the clipboard and shown (Hôm nay's ``y``)."""
    from secretariat.reports.exporting import ExportRequest, export_and_share, exports_dir

    office = screen.office

    def share() -> Any:
        request = ExportRequest(fmt="md", period="today")
        return office.write(export_and_share, request, office.today(), exports_dir(office.path))

    screen.read_then(share, lambda shared: show_shared(screen, shared), "copy-chat")


def export_binding(screen: str, action: str = "export") -> Binding:
    """The same «b Báo cáo» key on every screen that exports (id ``<screen>.<action>``)."""
    return Binding(
        "b",
        action,
        "Báo cáo",
        id=f"{screen}.{action}",
        tooltip="Xuất báo cáo tổng hợp: văn bản cho Zalo, .docx, .xlsx, lịch .ics",
    )


NO_YES = (("Không — bỏ văn bản mật, tối mật ra", "no"), ("Có — gồm cả nội dung mật", "yes"))


def open_export(screen: Any, context: tuple[str, str] | None = None) -> None:
    """Ask what to export, then export it. ``context`` = (label, "kind:key") offered first
    and chosen by default (the directive or meeting the clerk is looking at)."""
    # Loaded when the clerk first exports, not when the app starts.
    from secretariat.reports.exporting import (
        FORMAT_LABELS,
        ExportRequest,
        Shared,
        export_and_share,
        exports_dir,
    )
    from secretariat.reports.signing import REPORT_SYMBOL, Signer, load_signer
    from secretariat.reports.summary import PERIODS

    office = screen.office
    Loaded = tuple[list[tuple[str, str, int]], list[tuple[str, str]], Signer]

    def read() -> Loaded:
        groups = office.read(list_groups)
        units = [(u.name, u.code) for u in office.read(list_units) if u.active]
        return groups, units, office.read(load_signer)

    def ask(loaded: Loaded) -> None:
        groups, units, signer = loaded
        scopes: list[tuple[str, str]] = [("Toàn Đảng bộ phường", "all:")]
        if context is not None:
            scopes.insert(0, context)
        scopes += [(f"Nhóm: {name}", f"group:{code}") for code, name, _count in groups]
        scopes += [(f"Đơn vị: {name}", f"unit:{code}") for name, code in units]

        def save(values: dict[str, str], confirmed: bool) -> str | Shared:
            kind, _, key = values["scope"].partition(":")
            request = ExportRequest(
                fmt=values["fmt"],
                period=values["period"],
                start=values["start"],
                end=values["end"],
                scope_kind=kind,
                scope_key=key,
                include_confidential=values["secret"] == "yes",
                number=values["number"],
                signer_title=values["signer_title"],
                signer_name=values["signer_name"],
            )
            typed = values["out"].strip()
            # never the office's own files; another existing file only once confirmed
            out = export_target(Path(typed), office.path, overwrite=confirmed) if typed else None
            try:
                shared = office.write(
                    export_and_share, request, office.today(), exports_dir(office.path), out
                )
            except OSError as exc:
                from secretariat.errors import UserError, os_reason

                raise UserError(f"Không ghi được tệp: {os_reason(exc)}.") from exc
            return shared if form.copy_chat else f"Đã xuất: {shared.path}"

        def done(result: str | Shared | None) -> None:
            if isinstance(result, Shared):
                screen.notify(f"Đã xuất: {result.path}", timeout=15)
                show_shared(screen, result)
            elif result:
                screen.notify(result, timeout=15)

        form = ExportForm(
            "Xuất báo cáo tổng hợp (Ctrl+Y: xuất và chép để gửi tin nhắn)",
            [
                FormField(
                    "period",
                    "Kỳ báo cáo",
                    "week",
                    options=tuple((text, code) for code, text in PERIODS.items()),
                    allow_blank=False,
                ),
                FormField("start", "Từ ngày", date="date"),
                FormField("end", "Đến ngày", date="date"),
                FormField(
                    "scope", "Phạm vi", scopes[0][1], options=tuple(scopes), allow_blank=False
                ),
                FormField(
                    "fmt",
                    "Định dạng",
                    "md",
                    options=tuple((text, code) for code, text in FORMAT_LABELS.items()),
                    allow_blank=False,
                ),
                FormField("secret", "Gồm văn bản mật?", "no", options=NO_YES, allow_blank=False),
                FormField(
                    "number",
                    "Số báo cáo (Word)",
                    "",
                    f"VD: 15 → Số 15-{REPORT_SYMBOL}; trống: ghi tay",
                ),
                FormField(
                    "signer_title",
                    "Thẩm quyền / chức vụ ký",
                    signer.title,
                    "VD: T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ",
                ),
                FormField(
                    "signer_name",
                    "Họ tên người ký",
                    signer.name,
                    "VD: Nguyễn Văn An; lần sau tự điền sẵn",
                ),
                FormField(
                    "out",
                    "Ghi vào tệp",
                    "",
                    "trống: thư mục exports cạnh cơ sở dữ liệu",
                ),
            ],
            asking_once(save),
            busy="Đang xuất… (có thể mất vài giây với dữ liệu lớn)",
            action="Xuất",
        )
        screen.app.push_screen(form, done)

    screen.read_then(read, ask, "export-dialog")
