"""Two clerks, one file: the second save of a record read before the first is refused,
and a directive registered by many clerks at the same moment is stored once."""

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
from storage.models import Directive, Task

EDITOR = Path(__file__).with_name("concurrent_editor.py")
ROOT = EDITOR.parent.parent
BUSY_SENTENCE = "Tệp dữ liệu đang bận (một máy khác đang ghi); chưa lưu, hãy thử lại."


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


REGISTER = Path(__file__).with_name("concurrent_register.py")
PROCESSES, SAVES = 8, 5  # 40 saves at the same moment


def _register_at_once(db_path: Path, go: Path, mode: str) -> list[str]:
    """Start the clerks, let them all save at once, and collect what each was told."""
    children = [
        subprocess.Popen(
            [sys.executable, str(REGISTER), str(db_path), str(go), str(n), str(SAVES), mode],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n in range(PROCESSES)
    ]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
    go.touch()
    lines: list[str] = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        lines += out.splitlines()
    assert len(lines) == PROCESSES * SAVES, lines
    for line in lines:  # what a clerk reads is Vietnamese, never the database's English
        for raw in ("SQL", "INSERT", "Error", "http", "constraint"):
            assert raw not in line, line
    return lines


def test_the_same_directive_saved_by_forty_clerks_at_once_is_stored_once(
    db_path: Path, tmp_path: Path
) -> None:
    open_database(db_path).dispose()
    lines = _register_at_once(db_path, tmp_path / "go", "typed")
    assert sum(line.startswith("OK") for line in lines) == 1, lines
    for line in lines:
        if not line.startswith("OK"):
            assert line.startswith("REFUSED: Văn bản 12-TB/ĐU ngày 01/03/2026"), line
            assert "đã có trong sổ" in line
    engine = open_database(db_path)
    with session_scope(engine) as session:
        stored = session.exec(select(Directive)).all()
    engine.dispose()
    assert len(stored) == 1


def test_forty_directives_saved_at_once_take_forty_distinct_numbers(
    db_path: Path, tmp_path: Path
) -> None:
    open_database(db_path).dispose()
    lines = _register_at_once(db_path, tmp_path / "go", "auto")
    given = [int(line.split()[1]) for line in lines if line.startswith("OK")]
    # Each save either took a number or was told, in one sentence, to try again.
    busy = [line for line in lines if not line.startswith("OK")]
    assert all(line == f"ERROR: {BUSY_SENTENCE}" for line in busy), busy
    assert sorted(given) == list(range(1, len(given) + 1))
    assert len(given) >= PROCESSES * SAVES - len(busy)
    engine = open_database(db_path)
    with session_scope(engine) as session:
        stored = sorted(d.incoming_number or 0 for d in session.exec(select(Directive)).all())
    engine.dispose()
    assert stored == sorted(given)
