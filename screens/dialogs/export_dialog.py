"""Export a summary from any main screen: period, scope, format, confidential or not.

The export runs in the form's thread worker, so the UI stays responsive; the form says
«Đang xuất…» meanwhile and, once the file is written, where it went.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.binding import Binding

from screens.dialogs.form import FormField, FormScreen
from secretariat.units.roster import list_groups, list_units


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
        export_to_file,
        exports_dir,
    )
    from secretariat.reports.summary import PERIODS

    office = screen.office

    def read() -> tuple[list[tuple[str, str, int]], list[tuple[str, str]]]:
        groups = office.read(list_groups)
        units = [(u.name, u.code) for u in office.read(list_units) if u.active]
        return groups, units

    def ask(loaded: tuple[list[tuple[str, str, int]], list[tuple[str, str]]]) -> None:
        groups, units = loaded
        scopes: list[tuple[str, str]] = [("Toàn Đảng bộ phường", "all:")]
        if context is not None:
            scopes.insert(0, context)
        scopes += [(f"Nhóm: {name}", f"group:{code}") for code, name, _count in groups]
        scopes += [(f"Đơn vị: {name}", f"unit:{code}") for name, code in units]

        def save(values: dict[str, str]) -> str:
            kind, _, key = values["scope"].partition(":")
            request = ExportRequest(
                fmt=values["fmt"],
                period=values["period"],
                start=values["start"],
                end=values["end"],
                scope_kind=kind,
                scope_key=key,
                include_confidential=values["secret"] == "yes",
            )
            out = Path(values["out"].strip()).expanduser() if values["out"].strip() else None
            try:
                written = office.write(
                    export_to_file, request, office.today(), exports_dir(office.path), out
                )
            except OSError as exc:
                from secretariat.errors import UserError, os_reason

                raise UserError(f"Không ghi được tệp: {os_reason(exc)}.") from exc
            return f"Đã xuất: {written}"

        def done(message: str | None) -> None:
            if message:
                screen.notify(message, timeout=15)

        screen.app.push_screen(
            FormScreen(
                "Xuất báo cáo tổng hợp",
                [
                    FormField(
                        "period",
                        "Kỳ báo cáo",
                        "week",
                        options=tuple((text, code) for code, text in PERIODS.items()),
                        allow_blank=False,
                    ),
                    FormField("start", "Từ ngày (khi chọn khoảng ngày)", "", "VD: 01/11/2026"),
                    FormField("end", "Đến ngày (khi chọn khoảng ngày)", "", "VD: 30/11/2026"),
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
                    FormField(
                        "secret", "Gồm văn bản mật?", "no", options=NO_YES, allow_blank=False
                    ),
                    FormField(
                        "out",
                        "Ghi vào tệp (trống: thư mục exports cạnh cơ sở dữ liệu)",
                        "",
                        "VD: ~/Desktop/bao-cao-tuan.docx",
                    ),
                ],
                save,
                busy="Đang xuất… (có thể mất vài giây với dữ liệu lớn)",
            ),
            done,
        )

    screen.read_then(read, ask, "export-dialog")
