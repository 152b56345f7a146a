"""Build an office as the first release left it (schema 0001) with many tasks.

Used by the upgrade crash test: ``python tests/old_office.py DB TASKS`` writes the file;
``python tests/old_office.py --open DB`` opens it the way the app does (migrations run)
and prints ``opened`` once they have committed.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

FIRST_REVISION = "0001_core_tables"
NOW = "2025-07-01 08:00:00.000000"


def build(path: Path, tasks: int) -> None:
    """An office at revision 0001 holding ``tasks`` tasks, each given to two units."""
    from storage.engine import make_engine, sqlite_url
    from storage.migrate import upgrade

    engine = make_engine(sqlite_url(path))
    upgrade(engine, FIRST_REVISION)
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO units (id, code, name, kind, contact_person, phone, active, sort_order,"
            " created_at, updated_at) VALUES (?, ?, ?, 'chi_bo_truc_thuoc', '', '', 1, ?, ?, ?)",
            [
                (i, f"CB-TDP{i:02d}", f"Chi bộ Tổ dân phố số {i:02d}", i, NOW, NOW)
                for i in range(1, 39)
            ],
        )
        conn.executemany(
            "INSERT INTO tasks (id, title, description, due_date, expected_product,"
            " created_at, updated_at) VALUES (?, ?, '', '2026-12-15', '', ?, ?)",
            [
                (i, f"Rà soát, cập nhật danh sách đảng viên đợt {i}", NOW, NOW)
                for i in range(1, tasks + 1)
            ],
        )
        conn.executemany(
            "INSERT INTO assignments (task_id, unit_id, role, report_ref, note, created_at,"
            " updated_at) VALUES (?, ?, 'chu_tri', '', '', ?, ?)",
            [(i, 1 + (i + k) % 38, NOW, NOW) for i in range(1, tasks + 1) for k in (0, 1)],
        )
    conn.close()


def open_office(path: Path) -> None:
    from secretariat.office.database import open_database

    engine = open_database(path)
    engine.dispose()
    print("opened", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--open":
        open_office(Path(sys.argv[2]))
    else:
        build(Path(sys.argv[1]), int(sys.argv[2]))
