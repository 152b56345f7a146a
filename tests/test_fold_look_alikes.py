"""Search folds the look-alike letters OCR and PDF fonts give (issue 16): «Ð» for «Đ»,
«ƣ» for «ư»; the migration that folds again what an office stored before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from storage.engine import make_engine, session_scope, sqlite_url
from storage.folding import fold
from storage.migrate import current_revision, upgrade
from storage.models import Directive, Task
from storage.search import matching_ids

BEFORE = "0015_open_work_by_unit"


def test_look_alikes_fold_as_the_letters() -> None:
    assert fold("Công Thƣơng") == fold("Công Thương") == "cong thuong"
    assert fold("ÐẢNG ỦY") == fold("ĐẢNG ỦY") == "dang uy"


def test_the_upgrade_folds_again_what_was_stored_before(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
    upgrade(engine, BEFORE)
    with session_scope(engine) as session:
        directive = Directive(
            number_symbol="1178/ĐCK-CTT",
            issued_date=date(2025, 7, 9),
            issuer="Cục Đổi mới sáng tạo",
            subject="hƣớng dẫn quản lý cụm công nghiệp",
            full_text="Kính gửi: Sở Công Thƣơng tỉnh Lào Cai",
        )
        plain = Directive(number_symbol="2-TB/ĐU", issued_date=date(2025, 7, 9), subject="Họp")
        session.add_all([directive, plain])
        session.flush()
        session.add(Task(title="Báo cáo Sở Công Thƣơng", directive_id=directive.id))
        ids = (directive.id, plain.id)
    # As the older fold left them: «ƣ» kept in the index and in the task's folded title.
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE directive_search SET body = 'kinh gui so cong thƣong' WHERE rowid = :i"),
            {"i": ids[0]},
        )
        conn.execute(text("UPDATE tasks SET title_folded = 'bao cao so cong thƣong'"))

    upgrade(engine)

    assert current_revision(engine) == "0016_fold_look_alikes"
    with engine.connect() as conn:
        found = [row[0] for row in conn.execute(matching_ids(conn, "cong thuong", None))]
        assert found == [ids[0]]
        assert conn.execute(text("SELECT title_folded FROM tasks")).scalar_one() == (
            "bao cao so cong thuong"
        )
        # a directive without a look-alike is indexed as it was
        assert [row[0] for row in conn.execute(matching_ids(conn, "hop", None))] == [ids[1]]
    upgrade(engine)  # a second run changes nothing
    engine.dispose()
