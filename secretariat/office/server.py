"""An office on a PostgreSQL server: opening it, where its local files go, its backups.

What a SQLite office keeps beside its file (``backups/``, ``attachments/``,
``exports/``, drafts) a server office keeps in a folder of the clerk's own data
directory named after the server and database, so every function that takes "the
database path" works unchanged with ``home / "<db>.postgresql"`` (a name, never a file).
The file-only safeguards have their server meaning: the server checks its own pages, so
there is no start-up integrity read; the daily backup is ``pg_dump -Fc`` when it is on
PATH; ``restore`` is refused with the command to use.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from secretariat.config import data_dir
from secretariat.errors import UserError
from secretariat.places import backups_dir
from secretariat.units.seeding import seed_once
from storage.dialects import MissingDriver, shown_url
from storage.engine import make_engine
from storage.migrate import NewerSchemaError, upgrade
from storage.sqlite_files import create_private, make_private_dir

SUFFIX = ".postgresql"
INSTALL_DRIVER = (
    "Để mở văn phòng trên máy chủ PostgreSQL cần trình điều khiển psycopg: "
    "chạy «pip install -e '.[postgres]'» (hoặc «pip install 'psycopg[binary]'») rồi mở lại."
)


def server_home(url: str) -> Path:
    """The local folder of a server office (backups, attachments, exports, drafts)."""
    parsed = make_url(url)
    name = f"{parsed.host or 'localhost'}-{parsed.port or 5432}-{parsed.database or 'postgres'}"
    return data_dir() / "may-chu" / re.sub(r"[^\w.-]", "_", name)


def local_path(url: str) -> Path:
    """The name standing for a server office's "database file" in ``secretariat.places``."""
    return server_home(url) / f"{make_url(url).database or 'postgres'}{SUFFIX}"


def open_server(url: str, *, notes: list[str] | None = None) -> Engine:
    """Connect, bring the schema up to date, seed the ward on first start.

    A server that cannot be reached, a missing driver, a database of another program,
    a schema from a newer Secretariat: each a ``UserError`` in one Vietnamese sentence
    naming the server without its password, and nothing written.
    """
    shown = shown_url(url)
    engine = open_server_engine(url)
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
    if tables and "alembic_version" not in tables:
        engine.dispose()
        raise UserError(
            f"Cơ sở dữ liệu {shown} đã có bảng của một chương trình khác ({', '.join(tables[:3])}"
            f"{'…' if len(tables) > 3 else ''}); không mở và không thay đổi gì. Hãy tạo một cơ "
            "sở dữ liệu riêng cho Secretariat."
        )
    try:
        upgrade(engine)
        seed_once(engine)
    except NewerSchemaError as exc:
        engine.dispose()
        raise UserError(
            f"Cơ sở dữ liệu {shown} do một phiên bản Secretariat mới hơn tạo ra (lược đồ "
            f"{exc.revision}); hãy cập nhật Secretariat rồi mở lại. Không có gì bị thay đổi."
        ) from exc
    except DBAPIError as exc:
        engine.dispose()
        raise UserError(f"Không mở được cơ sở dữ liệu {shown}: {_reason(exc)}.") from exc
    if not tables and notes is not None:
        notes.append(f"Đã tạo văn phòng mới trên máy chủ: {shown}")
    make_private_dir(server_home(url))
    return engine


def open_server_engine(url: str) -> Engine:
    """An engine on the server, its connection tried once (nothing read or written): a
    missing driver or an unreachable server is a ``UserError``."""
    try:
        engine = make_engine(url)
    except MissingDriver as exc:
        raise UserError(INSTALL_DRIVER) from exc
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        raise UserError(
            f"Không kết nối được máy chủ PostgreSQL {shown_url(url)}: {_reason(exc)}. Hãy "
            "kiểm tra máy chủ đang chạy, tên cơ sở dữ liệu, người dùng và mật khẩu."
        ) from exc
    return engine


def _reason(exc: DBAPIError) -> str:
    """The server's own first line (it names the cause: refused, no such database…),
    without a password."""
    first = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    return re.sub(r"password=\S+", "password=***", first)


def daily_backup(url: str, today: date) -> Path | None:
    """``pg_dump -Fc`` of the office into its local ``backups/``, once a day; None when
    today's exists. Refuses with the reason when pg_dump is missing or fails."""
    folder = backups_dir(local_path(url))
    target = folder / f"{make_url(url).database}-{today:%Y-%m-%d}.dump"
    if target.exists():
        return None
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise UserError(
            "Chưa sao lưu được văn phòng trên máy chủ: không tìm thấy pg_dump (Debian/Ubuntu: "
            "sudo apt install postgresql-client)."
        )
    make_private_dir(folder)
    partial = target.with_name(f".{target.name}.tmp")
    partial.unlink(missing_ok=True)
    create_private(partial)  # pg_dump writes into it: owner-only from the start
    parsed = make_url(url)
    env = {**os.environ, **({"PGPASSWORD": parsed.password} if parsed.password else {})}
    plain = parsed.set(password=None).render_as_string(hide_password=False)
    plain = plain.replace("postgresql+psycopg://", "postgresql://")
    done = subprocess.run(
        [pg_dump, "-Fc", "-f", str(partial), plain],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        said = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "lỗi"
        raise UserError(f"Chưa sao lưu được văn phòng trên máy chủ: pg_dump báo «{said}».")
    os.replace(partial, target)
    return target
