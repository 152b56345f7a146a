"""Engine pragmas, migrations from the first revision to head, and the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from secretariat.units.roster import rename_unit
from storage.engine import make_engine, session_scope, sqlite_url
from storage.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade

FIRST_REVISION = "0001_core_tables"


@pytest.mark.sqlite_only
def test_every_connection_has_the_safety_pragmas(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION
    assert [rev.revision for rev in script.walk_revisions()][-1] == FIRST_REVISION


def test_models_and_migrations_agree(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.check(config)  # raises if the models need a migration nobody wrote


def _fill_first_revision(engine: Engine) -> dict[str, list[tuple]]:
    """Insert rows into every table as the first schema had them; return what was written."""
    now = "2025-07-01 08:00:00.000000"
    statements = {
        "units": [
            (
                1,
                "CB-TDP01",
                "Chi bộ Tổ dân phố số 01",
                "chi_bo_truc_thuoc",
                "Ông Nguyễn Văn A",
                "0912 345 678",
                1,
                5,
            ),
            (2, "TDP01", "Tổ dân phố Đông Hải", "to_dan_pho", "", "", 0, 6),
        ],
        "unit_groups": [(1, "CB_TDP", "Tất cả chi bộ tổ dân phố", 4)],
        "unit_group_members": [(1, 1)],
        "directives": [
            (
                1,
                "604-TB/VPTU",
                "Thông báo",
                "Văn phòng Thành ủy Hải Phòng",
                "Hải Phòng",
                "2025-10-03",
                "2025-10-06",
                541,
                "Ý kiến chỉ đạo",
                "thuong",
                "thuong",
                "",
                "moi",
                "Toàn văn",
            ),
        ],
        "meetings": [
            (
                1,
                "btv",
                "Hội nghị Ban Thường vụ",
                "2025-10-10 14:00:00.000000",
                "Phòng họp",
                "Bí thư",
                "Chánh Văn phòng",
                "Biên bản",
            ),
        ],
        "tasks": [(1, "Ban hành chương trình hành động", "", "2025-10-15", "Chương trình", 1, 1)],
        "assignments": [(1, 1, 1, "chu_tri", None, "2025-10-14", "Báo cáo số 12-BC/CB", "")],
        "audit_log": [(1, now, "clerk", "units", 1, "create", "", None, None)],
        "settings": [("structure_seeded", "1")],
    }
    columns = {
        "units": "id, code, name, kind, contact_person, phone, active, sort_order, "
        "created_at, updated_at",
        "unit_groups": "id, code, name, sort_order",
        "unit_group_members": "group_id, unit_id",
        "directives": "id, number_symbol, doc_type, issuer, place, issued_date, received_date, "
        "incoming_number, subject, confidentiality, urgency, handler, status, full_text, "
        "created_at, updated_at",
        "meetings": "id, kind, title, starts_at, place, chair, secretary, minutes, created_at, "
        "updated_at",
        "tasks": "id, title, description, due_date, expected_product, directive_id, meeting_id, "
        "created_at, updated_at",
        "assignments": "id, task_id, unit_id, role, due_date, completed_date, report_ref, note, "
        "created_at, updated_at",
        "audit_log": "id, at, os_user, table_name, record_id, action, field, old_value, new_value",
        "settings": "key, value",
    }
    timestamped = {"units", "directives", "meetings", "tasks", "assignments"}
    written: dict[str, list[tuple]] = {}
    with engine.begin() as conn:
        for table, rows in statements.items():
            full_rows = [(*row, now, now) if table in timestamped else row for row in rows]
            placeholders = ", ".join(f":p{i}" for i in range(len(full_rows[0])))
            for row in full_rows:
                conn.execute(
                    text(f"INSERT INTO {table} ({columns[table]}) VALUES ({placeholders})"),
                    {f"p{i}": value for i, value in enumerate(row)},
                )
            written[table] = full_rows
    return written | {"_columns": columns}  # type: ignore[dict-item]


def test_upgrade_from_first_revision_keeps_every_row(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
    upgrade(engine, FIRST_REVISION)
    assert current_revision(engine) == FIRST_REVISION
    written = _fill_first_revision(engine)
    columns = written.pop("_columns")

    upgrade(engine)

    assert current_revision(engine) == HEAD_REVISION
    # 0010 gave the assignment its task's due date (15/10/2025): the one intended change.
    (assignment,) = written["assignments"]
    written["assignments"] = [(*assignment[:4], "2025-10-15", *assignment[5:])]
    with engine.connect() as conn:
        for table, rows in written.items():
            stored = conn.execute(
                text(f"SELECT {columns[table]} FROM {table} ORDER BY 1")  # type: ignore[index]
            ).all()
            assert [tuple(row) for row in stored] == rows, table
        # 0002 backfilled the folded names used by search.
        folded = conn.execute(text("SELECT name_folded FROM units ORDER BY id")).scalars().all()
    assert folded == ["chi bo to dan pho so 01", "to dan pho dong hai"]
    engine.dispose()


def test_a_rename_is_audited_with_old_and_new_values(engine: Engine) -> None:
    with session_scope(engine) as session:
        rename_unit(1, "Ban Thường vụ Đảng ủy phường", session=session)
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT table_name, record_id, action, field, old_value, new_value, os_user "
                "FROM audit_log WHERE action = 'update'"
            )
        ).one()
    assert row[:6] == (
        "units",
        1,
        "update",
        "name",
        "Ban Thường vụ Đảng ủy",
        "Ban Thường vụ Đảng ủy phường",
    )
    assert row[6]  # the OS user is recorded


def test_a_text_longer_than_its_column_is_refused_alike_on_both_engines(engine: Engine) -> None:
    """PostgreSQL enforces VARCHAR(n) and SQLite does not: the session refuses first, on
    both, and the clerk reads one Vietnamese sentence."""
    from secretariat.errors import database_sentence
    from storage.models import Unit
    from storage.plain_text import TextTooLong

    with pytest.raises(TextTooLong) as caught, session_scope(engine) as session:
        session.add(Unit(code="X" * 41, name="Chi bộ thử", kind="chi_bo_truc_thuoc"))
    said = database_sentence(caught.value)
    assert said == (
        "Một ô nhập dài quá giới hạn (41 ký tự, tối đa 40); chưa lưu, hãy rút ngắn rồi thử lại."
    )
    with session_scope(engine) as session:  # nothing was written; 40 characters fit
        session.add(Unit(code="X" * 40, name="Chi bộ thử", kind="chi_bo_truc_thuoc"))


def test_titles_sort_in_the_vietnamese_alphabet_on_both_engines(engine: Engine) -> None:
    from secretariat.tasks.queries import TaskFilter, task_list
    from secretariat.tasks.writes import TaskInput, create_task
    from tests.conftest import TODAY

    with session_scope(engine) as session:
        for title in ("Zalo nhóm chi bộ", "Đảng viên mới", "Dân vận khéo", "Ban chỉ đạo"):
            create_task(TaskInput(title=title), session=session)
    with session_scope(engine) as session:
        rows = task_list(TODAY, session=session, filters=TaskFilter(sort="title"))
    # Bytes would put Đ after Z; the alphabet puts it after D.
    assert [row.title for row in rows] == [
        "Ban chỉ đạo",
        "Dân vận khéo",
        "Đảng viên mới",
        "Zalo nhóm chi bộ",
    ]
