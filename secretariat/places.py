"""Where an office keeps its files beside the database, and where an export may go.

``backups/``, ``attachments/``, ``drafts/`` and ``exports/`` live next to the database file.
An export written to a path the clerk typed must never destroy any of it: the database and its
``-wal``/``-shm``/``-journal``, a backup, an attachment, another SQLite file, a folder
or a device are refused; an existing file that is not an earlier export is overwritten
only when the clerk says so.
"""

from __future__ import annotations

from pathlib import Path

from secretariat.errors import NeedsConfirmation, UserError

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def attachments_dir(db_path: Path) -> Path:
    """Where copies of attached files live: beside the database, like ``backups/``."""
    return db_path.parent / "attachments"


def drafts_dir(db_path: Path) -> Path:
    """Where unsaved minutes are kept as drafts: ``drafts/`` beside the database."""
    return db_path.parent / "drafts"


def exports_dir(db_path: Path) -> Path:
    """Where exports go unless the clerk names a file: ``exports/`` beside the database."""
    return db_path.parent / "exports"


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def export_target(target: Path, database: Path, *, overwrite: bool = False) -> Path:
    """The real file an export typed as ``target`` will replace, once that is safe.

    A symlink is followed (the file it points to is what the clerk means, and what is
    checked). ``overwrite`` accepts replacing an existing file that is not an earlier
    export; without it that is a ``NeedsConfirmation`` (the form asks; the CLI wants
    ``--force``). Everything else that would destroy data is a ``UserError``.
    """
    shown = str(target)
    path = target.expanduser().resolve()
    db = database.expanduser().resolve()
    if path == db or any(path == Path(f"{db}{side}") for side in SIDE_FILES):
        raise UserError(
            f"Không ghi được vào {shown}: đó là tệp dữ liệu của văn phòng; hãy chọn tên khác "
            "(VD: bao-cao.docx)."
        )
    for folder, what in (
        (backups_dir(db), "bản sao lưu"),
        (attachments_dir(db), "tệp đính kèm"),
        (drafts_dir(db), "bản nháp biên bản"),
    ):
        if _inside(path, folder.resolve()):
            raise UserError(
                f"Không ghi được vào {shown}: thư mục {folder.name}/ chỉ giữ {what} của văn "
                "phòng; hãy chọn nơi khác."
            )
    if not path.exists():
        return path
    if path.is_dir():
        raise UserError(f"{shown} là một thư mục: hãy ghi cả tên tệp, VD: {shown}/bao-cao.docx.")
    if not path.is_file():
        raise UserError(f"Không ghi được vào {shown}: đó không phải một tệp thường.")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        head = b""
    if head == SQLITE_HEADER:
        raise UserError(
            f"Không ghi được vào {shown}: đó là một cơ sở dữ liệu; không bao giờ ghi đè."
        )
    if not overwrite and not _inside(path, exports_dir(db).resolve()):
        raise NeedsConfirmation(
            f"Tệp {shown} đã có; xuất sẽ ghi đè lên nó. Nếu đúng như vậy, nhấn Ctrl+S lần "
            "nữa để ghi đè.",
            field="out",
        )
    return path
