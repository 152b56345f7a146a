"""Two clerks, one file: the second save of a record read before the first is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from secretariat.errors import UserError
from secretariat.office.database import open_database
from secretariat.tasks.writes import TaskInput, create_task
from secretariat.units.roster import list_units, rename_unit, update_contact
from storage.engine import session_scope
from storage.models import Task

EDITOR = Path(__file__).with_name("concurrent_editor.py")
ROOT = EDITOR.parent.parent


def test_a_stale_unit_edit_is_refused_with_the_fresh_values(db_path: Path) -> None:
    engine = open_database(db_path)
    with session_scope(engine) as session:
        seen = next(u for u in list_units(session=session) if u.code == "TDP05")
    with session_scope(engine) as session:  # clerk A saves first
        rename_unit(seen.id, "Tổ dân phố Đông Hải", expected_version=seen.version, session=session)
    with pytest.raises(UserError) as caught, session_scope(engine) as session:  # clerk B
        update_contact(
            seen.id, "Ông Bình", "0912 345 678", expected_version=seen.version, session=session
        )
    assert "vừa được sửa ở nơi khác" in caught.value.message
    assert "tên «Tổ dân phố Đông Hải»" in caught.value.message  # the fresh values are shown
    with session_scope(engine) as session:
        now = next(u for u in list_units(session=session) if u.code == "TDP05")
    assert (now.name, now.contact_person, now.version) == ("Tổ dân phố Đông Hải", "", 2)
    engine.dispose()


def test_two_processes_saving_the_same_task_one_wins_one_is_told(
    db_path: Path, tmp_path: Path
) -> None:
    engine = open_database(db_path)
    with session_scope(engine) as session:
        create_task(TaskInput(title="Báo cáo tháng", due="30/11/2026"), session=session)
    engine.dispose()
    for round_ in range(3):
        go = tmp_path / f"go-{round_}"
        children = [
            subprocess.Popen(
                [sys.executable, str(EDITOR), str(db_path), f"Tiêu đề {name} {round_}", str(go)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
            for name in ("A", "B")
        ]
        for child in children:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "READY"
        go.touch()  # both save now
        results = []
        for child in children:
            out, err = child.communicate(timeout=60)
            assert child.returncode == 0, err  # neither crashes ("database is locked" included)
            results.append(out.strip())
        assert sorted(r.split(":")[0] for r in results) == ["OK", "REFUSED"], results
        winner = "A" if results[0] == "OK" else "B"
        engine = open_database(db_path)
        with session_scope(engine) as session:
            task = session.exec(select(Task)).one()
        engine.dispose()
        assert task.title == f"Tiêu đề {winner} {round_}"  # the refused save left no trace
        assert task.version == round_ + 2


def test_deactivating_a_unit_someone_just_edited_is_refused(db_path: Path) -> None:
    from secretariat.units.roster import set_active

    engine = open_database(db_path)
    with session_scope(engine) as session:
        seen = next(u for u in list_units(session=session) if u.code == "CB-YT01")
    with session_scope(engine) as session:
        update_contact(seen.id, "Bác sĩ An", "", expected_version=seen.version, session=session)
    with pytest.raises(UserError, match="người liên hệ «Bác sĩ An»"), session_scope(engine) as s:
        set_active(seen.id, False, expected_version=seen.version, session=s)
    with session_scope(engine) as session:
        assert next(u for u in list_units(session=session) if u.code == "CB-YT01").active
    engine.dispose()
