"""Moving an office: every row of every table from one database to another, checked.

``secretariat db copy --to postgresql://…`` (or ``--to FILE``) copies the office that
``--db`` names into an empty database: directives with their full texts, attachments'
records (and the attached files), tasks, assignments, extensions, meetings, minutes,
the audit log, settings, import memory. The target gets the schema from the migrations,
then the rows in the order their foreign keys need, by primary key, with their own ids;
PostgreSQL's id sequences are moved past them and the search index is built from the
directives. Then each table's row count and a checksum of its rows (computed the same
way on both engines, from the values as Python reads them) must agree, or the copy is
reported as failed. A target that already holds data is refused: nothing is merged.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, inspect, select, text
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers every table on SQLModel.metadata)
from secretariat.errors import UserError
from secretariat.places import attachments_dir
from storage import search
from storage.dialects import shown_url
from storage.engine import make_engine, sqlite_url
from storage.migrate import upgrade
from storage.sqlite_files import create_private, make_private_dir

BATCH = 5_000


@dataclass(frozen=True)
class TableCopied:
    name: str
    rows: int
    checksum: str


def tables() -> list[Table]:
    """Every table of the office, parents before children."""
    return list(SQLModel.metadata.sorted_tables)


def _canonical(value: Any) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def table_checksum(connection: Connection, table: Table) -> TableCopied:
    """The row count and a SHA-256 over every row (by primary key, values canonical)."""
    digest = hashlib.sha256()
    rows = 0
    for row in connection.execution_options(yield_per=BATCH).execute(_ordered(table)):
        digest.update("\x1f".join(_canonical(v) for v in row).encode())
        digest.update(b"\x1e")
        rows += 1
    return TableCopied(table.name, rows, digest.hexdigest())


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = connection.execution_options(yield_per=BATCH).execute(_ordered(table))
    for part in result.mappings().partitions(BATCH):
        yield [dict(row) for row in part]


def _target_engine(target: str, is_server: bool) -> Engine:
    if is_server:
        from secretariat.office.server import open_server_engine

        return open_server_engine(target)
    path = Path(target).expanduser()
    if path.exists() and path.stat().st_size > 0:
        raise UserError(f"Tệp {path} đã có; chỉ chép sang một tệp mới, không ghi đè.")
    make_private_dir(path.parent)
    create_private(path)  # the office's data: owner only, -wal and -shm too
    return make_engine(sqlite_url(path))


def copy_office(
    source: Engine,
    source_path: Path,
    target: str,
    *,
    target_path: Path,
    is_server: bool,
    progress: Callable[[str, int], None] | None = None,
) -> list[TableCopied]:
    """Copy the office on ``source`` into the empty database ``target``; return each
    table's count and checksum (equal on both sides, or ``UserError``)."""
    shown = shown_url(target) if is_server else target
    engine = _target_engine(target, is_server)
    try:
        with engine.connect() as connection:
            present = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
            if present and _holds_rows(connection, present):
                raise UserError(
                    f"{shown} đã có dữ liệu ({len(present)} bảng); chỉ chép sang một cơ sở dữ "
                    "liệu trống, không trộn hai văn phòng. Không có gì bị thay đổi."
                )
        upgrade(engine)
        with source.connect() as reader, engine.begin() as writer:
            for table in tables():
                writer.execute(table.delete())  # what a migration itself wrote, if anything
                for batch in _batches(reader, table):
                    writer.execute(table.insert(), batch)
                    if progress is not None:
                        progress(table.name, len(batch))
            if writer.dialect.name == "postgresql":
                _move_sequences(writer)
            search.rebuild(writer)
        copied = _compare(source, engine)
    finally:
        engine.dispose()
    _copy_attachments(source_path, target_path)
    return copied


def _holds_rows(connection: Connection, names: list[str]) -> bool:
    known = {t.name: t for t in tables()}
    for name in names:
        table = known.get(name)
        if table is None:
            return True  # another program's table
        if connection.execute(select(func.count()).select_from(table)).scalar_one():
            return True
    return False


def _move_sequences(connection: Connection) -> None:
    for table in tables():
        if "id" not in table.columns:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _compare(source: Engine, target: Engine) -> list[TableCopied]:
    copied = []
    with source.connect() as left, target.connect() as right:
        for table in tables():
            before, after = table_checksum(left, table), table_checksum(right, table)
            if before != after:
                same = "khớp" if before.checksum == after.checksum else "lệch"
                raise UserError(
                    f"Chép chưa trọn bảng {table.name}: nguồn {before.rows} dòng, đích "
                    f"{after.rows} dòng (tổng kiểm tra {same}). Hãy xóa cơ sở dữ liệu đích "
                    "và chép lại."
                )
            copied.append(after)
    return copied


def _copy_attachments(source_path: Path, target_path: Path) -> None:
    """The attached files themselves follow their records (the folder beside the office)."""
    source_dir, target_dir = attachments_dir(source_path), attachments_dir(target_path)
    if source_dir.is_dir() and source_dir.resolve() != target_dir.resolve():
        shutil.copytree(source_dir, target_dir, dirs_exist_ok=True)
