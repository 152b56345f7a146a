"""Command line: ``secretariat`` opens the app; subcommands for demo and unit lists.

Every error a clerk can cause prints one clear Vietnamese line and exits
non-zero; no traceback reaches the terminal.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

from secretariat import __version__
from secretariat.dates import office_today
from secretariat.errors import UserError, database_sentence, os_reason

if TYPE_CHECKING:  # the CLI imports its heavy parts only when a command needs them
    from collections.abc import Iterable

    from sqlalchemy import Engine
    from sqlmodel import Session

    from secretariat.app import SecretariatApp
    from secretariat.directives.importer import Proposal
    from secretariat.reports.exporting import ExportRequest

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
MAX_DETAILS = 20  # a file with the same error on every line prints a screenful, not 1,000 lines

_ARGPARSE_MESSAGES = (
    (r"unrecognized arguments: (.*)", "không hiểu tham số: {0}"),
    (r"the following arguments are required: (.*)", "thiếu tham số: {0}"),
    (r"argument (\S+): invalid choice: '?([^' ]*)'?.*", "{0}: không có lựa chọn «{1}»"),
    (r"argument (\S+): expected one argument", "{0} cần một giá trị"),
)


def _translate(message: str) -> str:
    for pattern, template in _ARGPARSE_MESSAGES:
        match = re.match(pattern, message)
        if match:
            return template.format(*match.groups())
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse speaking Vietnamese, with one-line errors."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False  # ours, in Vietnamese, is added below
        super().__init__(*args, **kwargs)
        self._positionals.title = "Tham số"
        self._optionals.title = "Tùy chọn"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="In hướng dẫn này rồi thoát")

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE,
            f"Lỗi: {_translate(message)}. Xem «{self.prog} --help».\n",
        )


DB_HELP = "Tệp cơ sở dữ liệu (mặc định: $SECRETARIAT_DB, hoặc thư mục dữ liệu của người dùng)"
CREATE_HELP = "Cho phép tạo văn phòng mới trong một tệp --db đang rỗng (0 byte)"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="secretariat",
        description="Secretariat — công việc hằng ngày của Văn phòng Đảng ủy phường.",
        epilog="Không có LỆNH: mở ứng dụng trên cơ sở dữ liệu của văn phòng.",
    )
    parser.add_argument("--db", metavar="ĐƯỜNG_DẪN", default=None, help=DB_HELP)
    parser.add_argument("--create", action="store_true", help=CREATE_HELP)
    parser.add_argument(
        "--version", action="version", version=f"secretariat {__version__}", help="In phiên bản"
    )
    commands = parser.add_subparsers(dest="command", title="Lệnh", metavar="LỆNH")
    commands.add_parser(
        "demo", help="Mở ứng dụng trên một cơ sở dữ liệu minh họa riêng (tạo lại mỗi lần)"
    )
    backup = commands.add_parser("backup", help="Sao lưu ngay (mặc định vào thư mục backups)")
    backup.add_argument("file", metavar="TỆP", type=Path, nargs="?", help="Nơi ghi bản sao lưu")
    backup.add_argument("--db", metavar="ĐƯỜNG_DẪN", default=argparse.SUPPRESS, help=DB_HELP)
    listing = commands.add_parser("backups", help="Liệt kê các bản sao lưu (ngày, dung lượng)")
    listing.add_argument("--db", metavar="ĐƯỜNG_DẪN", default=argparse.SUPPRESS, help=DB_HELP)
    restore = commands.add_parser(
        "restore", help="Phục hồi từ một bản sao lưu (kiểm tra trước, giữ lại bản hiện tại)"
    )
    restore.add_argument("file", metavar="TỆP", type=Path)
    restore.add_argument("--db", metavar="ĐƯỜNG_DẪN", default=argparse.SUPPRESS, help=DB_HELP)
    importing = commands.add_parser(
        "import",
        help=(
            "Đọc văn bản (.txt, .docx, .doc, .pdf, ảnh quét) và đề xuất số, ngày, trích yếu, "
            "nhiệm vụ có hạn"
        ),
        description=(
            "Đọc văn bản và mở màn hình duyệt đề xuất: chỉ khi người dùng chấp nhận "
            "mới lưu vào sổ văn bản đến."
        ),
    )
    importing.add_argument("files", metavar="TỆP", type=Path, nargs="+")
    importing.add_argument(
        "--dry-run", action="store_true", help="Chỉ in đề xuất, không mở ứng dụng, không lưu gì"
    )
    importing.add_argument(
        "--json", action="store_true", help="Cùng --dry-run: mỗi tệp một dòng JSON"
    )
    importing.add_argument("--db", metavar="ĐƯỜNG_DẪN", default=argparse.SUPPRESS, help=DB_HELP)
    export = commands.add_parser(
        "export",
        help="Xuất báo cáo tiến độ: văn bản cho Zalo, .docx, .xlsx, lịch .ics",
        description="Tính một bản tổng hợp cho kỳ và phạm vi đã chọn, rồi ghi ra tệp.",
    )
    export.add_argument(
        "--format", dest="fmt", choices=("md", "docx", "xlsx", "ics"), default="md",
        help="Định dạng (mặc định md: văn bản dán vào tin nhắn)",
    )  # fmt: skip
    export.add_argument(
        "--period", choices=("today", "week", "month", "quarter"), default="week",
        help="Kỳ: hôm nay, tuần này, tháng này, quý này (mặc định: tuần)",
    )  # fmt: skip
    export.add_argument(
        "--from", dest="start", metavar="NGÀY", default="", help="Từ ngày dd/mm/yyyy"
    )
    export.add_argument("--to", dest="end", metavar="NGÀY", default="", help="Đến ngày dd/mm/yyyy")
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--unit", metavar="MÃ", help="Một đơn vị (mã, VD: CB-TDP05)")
    scope.add_argument("--group", metavar="MÃ", help="Một nhóm đơn vị (mã, VD: CB_TDP)")
    scope.add_argument(
        "--directive", metavar="SỐ",
        help="Một văn bản: số, ký hiệu (VD: 604-TB/VPTU) hoặc số đến (VD: 541/2025)",
    )  # fmt: skip
    scope.add_argument(
        "--meeting", metavar="NGÀY_TÊN",
        help="Một hội nghị: ngày họp và tên (VD: \"05/11/2026 Ban Chấp hành\")",
    )  # fmt: skip
    export.add_argument(
        "--include-confidential", action="store_true",
        help="Gồm cả văn bản mật, tối mật (mặc định: bỏ ra)",
    )  # fmt: skip
    export.add_argument(
        "--number", metavar="SỐ", default="",
        help="Số báo cáo Word: 15 (in «Số 15-BC/ĐU») hoặc 15-BC/ĐU; trống: để chỗ ghi tay",
    )  # fmt: skip
    export.add_argument(
        "--signer-title", metavar="CHỨC_VỤ", default="",
        help="Thẩm quyền, chức vụ người ký, VD: \"T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ\" "
        "(mặc định: như lần trước)",
    )  # fmt: skip
    export.add_argument(
        "--signer-name", metavar="HỌ_TÊN", default="",
        help="Họ tên người ký (mặc định: như lần trước; ghi lại cho các lần sau)",
    )  # fmt: skip
    export.add_argument(
        "--out", metavar="TỆP", default=None,
        help="Nơi ghi (mặc định: thư mục exports cạnh cơ sở dữ liệu); - là màn hình",
    )  # fmt: skip
    export.add_argument(
        "--force", action="store_true",
        help="Ghi đè lên một tệp đã có (không bao giờ lên cơ sở dữ liệu, bản sao lưu)",
    )  # fmt: skip
    export.add_argument("--db", metavar="ĐƯỜNG_DẪN", default=argparse.SUPPRESS, help=DB_HELP)
    units = commands.add_parser("units", help="Xuất/nhập danh sách đơn vị (CSV)")
    unit_commands = units.add_subparsers(dest="units_command", title="Lệnh", metavar="LỆNH")
    unit_commands.required = True
    for name, help_text in (
        ("export", "Xuất danh sách đơn vị ra CSV (UTF-8 có BOM, mở được bằng Excel)"),
        ("import", "Nhập danh sách đơn vị từ CSV (UTF-8; dấu phẩy hoặc chấm phẩy)"),
    ):
        command = unit_commands.add_parser(name, help=help_text)
        command.add_argument("file", metavar="TỆP.csv", type=Path)
        if name == "export":
            command.add_argument("--force", action="store_true", help="Ghi đè lên tệp đã có")
        # SUPPRESS: an absent --db here keeps one given before the subcommand.
        command.add_argument("--db", metavar="ĐƯỜNG_DẪN", default=argparse.SUPPRESS, help=DB_HELP)
    database = commands.add_parser("db", help="Chuyển văn phòng sang cơ sở dữ liệu khác")
    db_commands = database.add_subparsers(dest="db_command", title="Lệnh", metavar="LỆNH")
    db_commands.required = True
    copying = db_commands.add_parser(
        "copy",
        help="Chép cả văn phòng sang một cơ sở dữ liệu trống (máy chủ PostgreSQL hoặc tệp "
        "mới), kiểm tra số dòng và tổng kiểm tra từng bảng",
    )
    copying.add_argument(
        "--to", required=True, metavar="ĐÍCH", help="postgresql://người_dùng@máy/tên hoặc tệp mới"
    )
    copying.add_argument("--db", metavar="ĐƯỜNG_DẪN", default=argparse.SUPPRESS, help=DB_HELP)
    return parser


def _copy(args: argparse.Namespace) -> None:
    from secretariat.office import server
    from secretariat.office.copy import copy_office
    from storage.dialects import is_server_url, shown_url

    path, engine, notice = _open(getattr(args, "db", None))
    if notice:
        print(notice, file=sys.stderr)
    to_server = is_server_url(args.to)
    target_path = server.local_path(args.to) if to_server else Path(args.to).expanduser()
    moved: dict[str, int] = {}

    def told(table: str, rows: int) -> None:
        moved[table] = moved.get(table, 0) + rows
        if moved[table] % 50_000 < rows:
            print(f"Đã chép {moved[table]:,} dòng của {table}…".replace(",", "."), file=sys.stderr)

    try:
        copied = copy_office(
            engine, path, args.to, target_path=target_path, is_server=to_server, progress=told
        )
    finally:
        engine.dispose()
    shown = shown_url(args.to) if to_server else args.to
    for table in copied:
        rows = f"{table.rows:,}".replace(",", ".")
        print(f"  {table.name}: {rows} dòng, tổng kiểm tra {table.checksum[:12]}")
    total = f"{sum(table.rows for table in copied):,}".replace(",", ".")
    print(
        f"Đã chép văn phòng sang {shown}: {len(copied)} bảng, {total} dòng; số dòng và tổng "
        "kiểm tra khớp ở mọi bảng."
    )


def _open(
    db: str | None, *, defer_check: bool = False, create: bool = False
) -> tuple[Path, Engine, str | None]:
    """Open the office database; return (path, engine, notice or None): a new file, a
    backup taken before an upgrade, a repaired file."""
    from secretariat.config import resolve_db, resolve_db_path
    from secretariat.office.database import open_database
    from storage.dialects import is_server_url

    url = resolve_db(db)
    if is_server_url(url):
        from secretariat.office import server

        notes: list[str] = []
        engine = server.open_server(url, notes=notes)
        return server.local_path(url), engine, " ".join(notes) or None
    path = resolve_db_path(db)
    existed = path.exists() and path.stat().st_size > 0
    notes = []
    engine = open_database(path, defer_check=defer_check, create_in_empty=create, notes=notes)
    # A mistyped --db must not go unnoticed: say when a new, empty office was created.
    if not existed:
        notes.insert(0, f"Đã tạo cơ sở dữ liệu mới: {path}")
    return path, engine, " ".join(notes) or None


def _server_url(db: str | None) -> str | None:
    """The server address the arguments name, None for a file."""
    from secretariat.config import resolve_db
    from storage.dialects import is_server_url

    value = resolve_db(db)
    return value if is_server_url(value) else None


def build_app(args: argparse.Namespace, today: date | None = None) -> SecretariatApp:
    """Open the database the arguments name and return the App on it (not yet running)."""
    from secretariat.app import SecretariatApp
    from secretariat.office.database import checked_today
    from secretariat.office.open_file import Office

    notice: str | None
    if args.command == "demo":
        from secretariat.config import demo_db_path
        from secretariat.office.demo import build_demo

        path, notice = demo_db_path(), "Đây là văn phòng minh họa; dữ liệu được tạo lại mỗi lần mở."
        engine = build_demo(path, today or office_today())
        verified = True
    else:
        # The file's full check runs in the background, after the first screen (writes
        # wait for it); it ran already if the file was checked today or needed migrating.
        path, engine, notice = _open(
            getattr(args, "db", None), defer_check=True, create=getattr(args, "create", False)
        )
        verified = checked_today(path)
    # The real office is backed up on the first start of each day (in the background);
    # the demo, rebuilt every run, is not.
    return SecretariatApp(
        Office(
            engine,
            path,
            today=lambda: today or office_today(),
            verified=verified,
            url=_server_url(getattr(args, "db", None)) if args.command != "demo" else None,
        ),
        notice=notice,
        daily_backup=args.command != "demo",
        import_files=getattr(args, "import_files", ()),
        collect_on_timer=True,
    )


def _units(args: argparse.Namespace) -> None:
    from secretariat.units.units_csv import export_units, import_units
    from storage.engine import session_scope

    path, engine, notice = _open(getattr(args, "db", None), create=args.create)
    if notice:
        print(notice, file=sys.stderr)
    try:
        with session_scope(engine) as session:
            if args.units_command == "export":
                target = _export_target(args.file, path, args.force)
                count = export_units(target, session=session)
                print(f"Đã xuất {count} đơn vị ra {args.file}")
            else:
                result = import_units(args.file, session=session, progress=_told)
        if args.units_command == "import":
            print(
                f"Đã nhập {args.file} vào {path}: {result.created} đơn vị mới, "
                f"{result.updated} đơn vị được cập nhật, {result.unchanged} không đổi."
            )
    finally:
        engine.dispose()


def _told(verb: str, done: int, total: int) -> None:
    """How far a long units import has gone, on stderr (stdout says what was imported)."""
    print(f"Đã {verb} {done:,}/{total:,} dòng…".replace(",", "."), file=sys.stderr, flush=True)


def _pages_told(done: int, total: int) -> None:
    """How far an OCR read has gone, on stderr (stdout carries the proposal)."""
    if done < total:
        print(f"Đang đọc trang {done + 1}/{total}…", file=sys.stderr, flush=True)


def _backups(args: argparse.Namespace) -> None:
    import secretariat.office.backups as backups
    from secretariat.config import resolve_db_path

    url = _server_url(getattr(args, "db", None))
    if url is not None:
        raise UserError(
            "Văn phòng trên máy chủ PostgreSQL được sao lưu bằng pg_dump (tự động mỗi ngày, "
            "khi có pg_dump) và phục hồi bằng pg_restore của người quản trị máy chủ; lệnh "
            f"«{args.command}» chỉ dành cho tệp SQLite."
        )
    path = resolve_db_path(getattr(args, "db", None))
    if args.command == "restore":
        kept = backups.restore(path, args.file)
        print(f"Đã phục hồi {path} từ {args.file}. Bản trước khi phục hồi được giữ ở {kept}.")
        return
    if not path.exists():
        raise UserError(f"Chưa có cơ sở dữ liệu {path}.")
    if args.command == "backup":
        _path, engine, _notice = _open(str(path))  # checks integrity before copying
        engine.dispose()
        print(f"Đã sao lưu vào {backups.backup_now(path, args.file)}")
        return
    found = backups.list_backups(path)
    if not found:
        print(f"Chưa có bản sao lưu nào trong {backups.backups_dir(path)}.")
    for backup in found:
        print(backup.label)


def _print_proposal(proposal: Proposal) -> None:
    from secretariat.dates import format_date

    print(f"Tệp: {proposal.file}")
    for label, value in (
        ("Số, ký hiệu", proposal.number_symbol),
        ("Loại", proposal.doc_type),
        ("Cơ quan ban hành", proposal.issuer),
        ("Nơi ban hành", proposal.place),
        ("Ngày ban hành", format_date(proposal.issued_date)),
        ("Trích yếu", proposal.subject),
    ):
        print(f"  {label}: {value or '(không đọc được)'}")
    print(f"  Nhiệm vụ đề xuất: {len(proposal.tasks)}")
    for number, task in enumerate(proposal.tasks, start=1):
        due = format_date(task.due_date) or ("cần xem lại hạn" if task.phrase else "không hạn")
        print(f"  {number}. [{due}] {task.text}")
        if task.assignee:
            print(f"     Giao: {task.assignee}")


def _import(args: argparse.Namespace) -> list[Path] | None:
    """``--dry-run`` prints the proposals and returns None; otherwise the files to review.

    Every file is read first, so a wrong one is reported before the app opens.
    """
    import json

    from secretariat.directives.importer import ImportFileError, proposal_json, propose
    from secretariat.directives.readers import check_document, read_document

    if args.json and not args.dry_run:
        raise UserError("--json chỉ dùng cùng --dry-run (in đề xuất mà không lưu).")
    failures: list[str] = []
    for path in args.files:
        try:
            if not args.dry_run:
                check_document(path)  # the app reads it (a scan's pages with their progress)
                continue
            text = read_document(path, progress=_pages_told).text
        except ImportFileError as exc:
            failures.append(str(exc))
            continue
        proposal = propose(text, file=str(path))
        if args.json:
            print(json.dumps(proposal_json(proposal), ensure_ascii=False))
        else:
            _print_proposal(proposal)
    if failures:
        raise UserError(failures[0], details=failures[1:])
    return None if args.dry_run else list(args.files)


def _export(args: argparse.Namespace, today: date | None = None) -> None:
    from secretariat.reports.exporting import ExportRequest
    from storage.engine import session_scope

    kind, key = next(
        ((k, str(v)) for k in ("unit", "group", "directive", "meeting") if (v := getattr(args, k))),
        ("all", ""),
    )
    if bool(args.start) != bool(args.end):
        raise UserError("Khoảng ngày cần cả --from và --to.")
    request = ExportRequest(
        fmt=args.fmt,
        period="range" if args.start else args.period,
        start=args.start,
        end=args.end,
        scope_kind=kind,
        scope_key=key,
        include_confidential=args.include_confidential,
        number=args.number,
        signer_title=args.signer_title,
        signer_name=args.signer_name,
    )
    path, engine, notice = _open(getattr(args, "db", None), create=args.create)
    if notice:
        print(notice, file=sys.stderr)
    day = today or office_today()
    try:
        with session_scope(engine) as session:
            request = replace(request, scope_key=_scope_key(kind, key, session))
            _write_export(args, request, day, path, session)
    except OSError as exc:
        raise UserError(f"Không ghi được tệp xuất: {os_reason(exc)} ({exc.filename}).") from exc
    except UserError as exc:
        option = {"signer_name": "--signer-name", "number": "--number"}.get(exc.field)
        if option is None:
            raise
        raise UserError(f"{option}: {exc.message}", field=exc.field) from exc
    finally:
        engine.dispose()


def _scope_key(kind: str, named: str, session: Session) -> str:
    """The stored key of the directive or meeting the clerk named as she sees it."""
    if kind == "directive":
        from secretariat.directives.register import find_directive

        return str(find_directive(named, session=session))
    if kind == "meeting":
        from secretariat.meetings.service import find_meeting

        return str(find_meeting(named, session=session))
    return named


def _export_target(target: Path, database: Path, force: bool) -> Path:
    """Where an export may go (never the office's own files); an existing file: --force."""
    from secretariat.errors import NeedsConfirmation
    from secretariat.places import export_target

    try:
        return export_target(target, database, overwrite=force)
    except NeedsConfirmation:
        raise UserError(
            f"Tệp {target} đã có; thêm --force để ghi đè, hoặc chọn tên khác."
        ) from None


def _write_export(
    args: argparse.Namespace, request: ExportRequest, day: date, path: Path, session: Session
) -> None:
    from secretariat.reports.exporting import export_to_file, exports_dir, render_request

    if args.out == "-":
        sys.stdout.buffer.write(render_request(request, day, session=session))
        sys.stdout.flush()
        return
    out = _export_target(Path(args.out), path, args.force) if args.out else None
    written = export_to_file(request, day, exports_dir(path), out, session=session)
    print(f"Đã xuất: {written}")


# Milliseconds the terminal input waits after a lone Esc, in case more bytes follow (an
# arrow key arrives as Esc [ A). Textual's input thread looks again every 100 ms, and
# with its own 100 ms delay an Esc (closing a form, clearing a search) was recognised
# 100-200 ms after the key; with 25 ms, at the next look (~100 ms). Keys from a local
# terminal arrive in one read. ESCDELAY set by the user (a slow SSH link) wins.
ESCAPE_DELAY_MS = "25"


class _Escaping:
    """A text stream that shows control characters as ``\\x1b`` instead of sending them:
    a file name or a stored text printed by the CLI never drives the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:  # flush, buffer (binary output), isatty…
        return getattr(self._stream, name)


def printable(text: str) -> str:
    """``text`` with each control character but newline and tab written as ``\\xNN``."""
    return _SHOWN_CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)


_SHOWN_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@contextmanager
def _escaped_output() -> Iterator[None]:
    """Around the commands that print (not the TUI, which writes its own escapes)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = cast(TextIO, _Escaping(out)), cast(TextIO, _Escaping(err))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


PRIVATE_UMASK = 0o077


def run(argv: list[str] | None = None) -> None:
    os.environ.setdefault("ESCDELAY", ESCAPE_DELAY_MS)  # read when Textual is imported
    # Everything this process creates (the database's -wal and -shm, backups, attachments,
    # exports, their folders, temporary files) is the office's data: owner only, from the
    # moment it exists, not after a chmod.
    os.umask(PRIVATE_UMASK)
    args = build_parser().parse_args(argv)
    with _escaped_output():
        if args.command == "export":
            _export(args)
            return
        if args.command == "import":
            files = _import(args)
            if files is None:
                return
            args.import_files = files
        if args.command == "units":
            _units(args)
            return
        if args.command == "db":
            _copy(args)
            return
        if args.command in ("backup", "backups", "restore"):
            _backups(args)
            return
    app = build_app(args)
    # Everything made so far (modules, classes, Textual's and SQLAlchemy's tables: some
    # half a million objects) lives as long as the process: out of every collection.
    gc.freeze()
    try:
        app.run()
    finally:
        app.office.close()
        if args.command != "demo" and app.office.verified:
            from secretariat.office.database import remember_good_state

            remember_good_state(app.office.path)  # closed cleanly: today's check still holds


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point; returns the process exit code."""
    try:
        run(argv)
    except UserError as exc:
        print(printable(f"Lỗi: {exc.message}"), file=sys.stderr)
        for line in exc.details[:MAX_DETAILS]:
            print(printable(f"  {line}"), file=sys.stderr)
        if len(exc.details) > MAX_DETAILS:
            print(f"  … và {len(exc.details) - MAX_DETAILS} lỗi khác.", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: a bug must still not greet the clerk with a traceback
        log = _write_crash_log()
        said = database_sentence(exc)
        if said is not None:  # the database's own words carry SQL and a web address
            print(f"Lỗi: {said}", file=sys.stderr)
            return EXIT_USER_ERROR
        print(printable(f"Lỗi không mong đợi: {exc}. Chi tiết đã ghi vào {log}."), file=sys.stderr)
        return EXIT_USER_ERROR
    return 0


def _write_crash_log() -> Path | str:
    """Append the traceback to ``secretariat-error.log`` in the data folder (0600: it may
    quote the clerk's data); where that folder cannot be written, a new private file with
    an unpredictable name in the temporary folder (a fixed /tmp name could be a link
    planted by another user)."""
    import tempfile
    import traceback

    from secretariat.config import data_dir

    text = traceback.format_exc() + "\n"
    try:
        directory = data_dir()
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = directory / "secretariat-error.log"
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(text)
        return path
    except OSError:
        pass
    try:
        fd, name = tempfile.mkstemp(prefix="secretariat-error-", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        return Path(name)
    except OSError:
        return "(không ghi được nhật ký lỗi)"


if __name__ == "__main__":
    sys.exit(main())
