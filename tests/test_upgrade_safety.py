"""Opening an office never wrecks it (issue 14, items 1 and 12): an upgrade is one
transaction with a backup before it, a half-upgraded file is rebuilt, and a file that is
not an office is refused without a byte changed."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from secretariat.cli import main
from secretariat.errors import UserError
from secretariat.office.backups import backups_dir, list_backups
from secretariat.office.database import open_database
from storage.migrate import HEAD_REVISION

OLD_OFFICE = Path(__file__).with_name("old_office.py")
ROOT = OLD_OFFICE.parent.parent
FIRST_REVISION = "0001_core_tables"
KILLS = 3  # at random times between the backup and the commit; MID_UPGRADE of them inside
MID_UPGRADE = 2  # kills that must land inside the upgrade
MAX_KILLS = 30


def _build_old(path: Path, tasks: int) -> None:
    subprocess.run([sys.executable, str(OLD_OFFICE), str(path), str(tasks)], check=True, cwd=ROOT)


def _stamp(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _fresh_copy(source: Path, target: Path) -> None:
    for leftover in target.parent.glob(f"{target.name}*"):
        leftover.unlink()
    shutil.rmtree(backups_dir(target), ignore_errors=True)
    shutil.copyfile(source, target)


def _start(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(OLD_OFFICE), "--open", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )


def test_a_kill_during_the_first_start_after_an_upgrade_never_leaves_the_office_unopenable(
    tmp_path: Path,
) -> None:
    old = tmp_path / "old.sqlite3"
    _build_old(old, 30_000)
    work = tmp_path / "office.sqlite3"

    # One start left alone: when does the upgrade begin (its backup exists), when is it done?
    _fresh_copy(old, work)
    began = time.monotonic()
    child = _start(work)
    upgrade_from = None
    while child.poll() is None:
        if upgrade_from is None and list_backups(work):
            upgrade_from = time.monotonic() - began
        time.sleep(0.005)
    done = time.monotonic() - began
    assert child.stdout is not None and child.stdout.read() == "opened\n"
    assert upgrade_from is not None
    assert _stamp(work) == HEAD_REVISION

    rng = random.Random(20261206)
    mid_upgrade = tries = 0
    # At least KILLS kills, and on until MID_UPGRADE of them landed inside the upgrade. On a
    # loaded machine (the suite runs a worker more than the cores) a start takes longer or
    # shorter than the one measured above, so the window the kills are drawn from follows
    # where they land: one before the backup moves its start later, one after the upgrade
    # committed moves its end earlier.
    low, high = upgrade_from, done
    while tries < KILLS or (mid_upgrade < MID_UPGRADE and tries < MAX_KILLS):
        tries += 1
        _fresh_copy(old, work)
        child = _start(work)
        delay = rng.uniform(low, high)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        if not list_backups(work):
            low = min(delay, high)  # killed before the upgrade began
        elif _stamp(work) == FIRST_REVISION:
            mid_upgrade += 1  # killed after the backup, before the upgrade committed
        else:
            high = max(delay, low)  # killed after the upgrade committed
        notes: list[str] = []
        engine = open_database(work, notes=notes)  # the next start: never refused
        engine.dispose()
        assert _stamp(work) == HEAD_REVISION
        assert _count(work, "tasks") == 30_000
        assert _count(work, "assignments") == 60_000
        assert not any("nâng cấp dở" in note for note in notes)  # nothing half-done to repair
    assert mid_upgrade >= MID_UPGRADE, f"only {mid_upgrade} of {tries} kills landed in the upgrade"


def test_an_upgrade_is_preceded_by_a_backup_of_the_old_file(tmp_path: Path) -> None:
    old = tmp_path / "office.sqlite3"
    _build_old(old, 50)
    original = _dump(old)
    notes: list[str] = []
    open_database(old, notes=notes).dispose()
    [backup] = list_backups(old)
    assert backup.before_upgrade and "trước khi nâng cấp" in backup.label
    assert _dump(backup.path) == original  # the file exactly as the old version left it
    assert _stamp(backup.path) == FIRST_REVISION
    assert str(backup.path) in notes[0]


def _half_upgrade_like_an_older_version(path: Path) -> None:
    """What a kill did to the first start before upgrades were one transaction: 0002's
    ALTER and CREATE INDEX committed alone, its stamp never written."""
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE units ADD COLUMN name_folded VARCHAR(200) DEFAULT '' NOT NULL")
    conn.execute("CREATE INDEX ix_units_name_folded ON units (name_folded)")
    conn.commit()
    conn.close()


def test_a_file_an_older_version_left_half_upgraded_is_rebuilt_with_every_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite3"
    _build_old(path, 500)
    _half_upgrade_like_an_older_version(path)
    assert _stamp(path) == FIRST_REVISION
    half = _dump(path)

    assert main(["--db", str(path), "units", "export", str(tmp_path / "units.csv")]) == 0
    err = capsys.readouterr().err
    assert "bị nâng cấp dở" in err and "đã dựng lại" in err
    assert _stamp(path) == HEAD_REVISION
    assert _count(path, "tasks") == 500
    assert _count(path, "assignments") == 1000
    kept = [p for p in backups_dir(path).iterdir() if ".nang-cap-do-" in p.name]
    assert len(kept) == 1 and str(kept[0]) in err
    assert _dump(kept[0]) == half  # the damaged file is kept as it was
    assert main(["--db", str(path), "units", "export", str(tmp_path / "again.csv")]) == 0


def test_another_programs_database_is_refused_without_a_byte_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "photos.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('tet.jpg')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for create in ([], ["--create"]):
        assert main(["--db", str(path), *create, "units", "export", str(tmp_path / "u.csv")]) == 1
        assert "của một chương trình khác" in capsys.readouterr().err
    with pytest.raises(UserError, match="chương trình khác"):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.sqlite3"]  # no -wal, no lock


def test_an_empty_file_becomes_an_office_only_when_the_clerk_asks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    out = tmp_path / "units.csv"
    assert main(["--db", str(path), "units", "export", str(out)]) == 1
    err = capsys.readouterr().err
    assert "rỗng" in err and "--create" in err
    assert path.stat().st_size == 0 and not out.exists()

    assert main(["--db", str(path), "--create", "units", "export", str(out)]) == 0
    assert "Đã tạo cơ sở dữ liệu mới" in capsys.readouterr().err
    assert _stamp(path) == HEAD_REVISION and out.exists()


def test_a_second_start_waits_for_an_upgrade_and_finds_it_done(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _build_old(path, 20_000)
    first, second = _start(path), _start(path)
    outputs = [child.communicate()[0] for child in (first, second)]
    assert outputs == ["opened\n", "opened\n"]
    assert _stamp(path) == HEAD_REVISION and _count(path, "tasks") == 20_000


def test_files_of_a_new_office_are_private_during_its_first_session(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    writer = Path(__file__).with_name("crash_writer.py")
    old_umask = os.umask(0o022)  # what a clerk's shell has
    try:
        child = subprocess.Popen(
            [sys.executable, str(writer), str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
    finally:
        os.umask(old_umask)
    try:
        assert child.stdout is not None and child.stdout.readline().strip().isdigit()
        modes = {p.name: oct(p.stat().st_mode & 0o777) for p in tmp_path.iterdir() if p.is_file()}
    finally:
        child.kill()
        child.wait()
    assert modes["office.sqlite3"] == oct(0o600)
    assert modes["office.sqlite3-wal"] == oct(0o600)
    assert modes["office.sqlite3-shm"] == oct(0o600)
