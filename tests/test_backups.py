"""Backups, restore, the start-up integrity check and owner-only permissions (issue 7)."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from secretariat.cli import main
from secretariat.errors import UserError
from secretariat.office.backups import backups_dir, daily_backup, list_backups, prune, restore
from secretariat.office.database import open_database
from secretariat.units.roster import rename_unit
from storage.engine import session_scope


def _names(db_path: Path) -> list[str]:
    engine = open_database(db_path)
    with engine.connect() as conn:
        names = list(conn.execute(text("SELECT name FROM units ORDER BY id")).scalars())
    engine.dispose()
    return names


def _rename_first(db_path: Path, name: str) -> None:
    engine = open_database(db_path)
    with session_scope(engine) as session:
        rename_unit(1, name, session=session)
    engine.dispose()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_are_readable_by_the_owner_only(isolated_dirs: Path, db_path: Path) -> None:
    from secretariat.config import default_db_path

    default = default_db_path()
    open_database(default).dispose()
    assert _mode(default.parent) == 0o700
    assert _mode(default) == 0o600
    made = daily_backup(default, date(2026, 11, 23))
    assert made is not None and _mode(made) == 0o600


def test_daily_backup_once_a_day_then_restore_brings_the_data_back(db_path: Path) -> None:
    open_database(db_path).dispose()
    first = daily_backup(db_path, date(2026, 11, 23))
    assert first is not None and first.parent == backups_dir(db_path)
    assert daily_backup(db_path, date(2026, 11, 23)) is None  # not twice the same day
    before = _names(db_path)

    _rename_first(db_path, "Ban Thường vụ (đổi tên sau sao lưu)")
    assert _names(db_path) != before

    kept = restore(db_path, first, now=datetime(2026, 11, 23, 9, 30))
    assert _names(db_path) == before
    assert kept.name == "office.truoc-phuc-hoi-20261123-093000.sqlite3"
    assert _names(kept)[0] == "Ban Thường vụ (đổi tên sau sao lưu)"  # nothing lost either way


def test_retention_keeps_30_daily_and_12_monthly(db_path: Path) -> None:
    folder = backups_dir(db_path)
    folder.mkdir(parents=True)
    start = date(2025, 1, 1)
    for offset in range(0, 700, 3):  # a backup every third day for almost two years
        day = start + timedelta(days=offset)
        (folder / f"{db_path.stem}-{day:%Y-%m-%d}.sqlite3").write_bytes(b"x")
    prune(db_path)
    kept = sorted(b.day for b in list_backups(db_path))
    newest_30 = sorted({start + timedelta(days=o) for o in range(0, 700, 3)})[-30:]
    assert set(newest_30) <= set(kept)
    months = {(d.year, d.month) for d in kept}
    assert len(months) >= 12
    first_of_months = [d for d in kept if d not in newest_30]
    assert all(d.day <= 3 for d in first_of_months)  # the first backup of each month
    assert len(kept) == len(set(newest_30) | set(first_of_months)) <= 30 + 12


def test_restore_refuses_a_corrupt_or_newer_file_and_touches_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    open_database(db_path).dispose()
    before = _names(db_path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    with pytest.raises(UserError, match="bị hỏng hoặc không phải cơ sở dữ liệu"):
        restore(db_path, junk)

    newer = tmp_path / "newer.sqlite3"
    engine = open_database(newer)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    with pytest.raises(UserError, match="phiên bản Secretariat mới hơn"):
        restore(db_path, newer)
    assert _names(db_path) == before
    assert not list(db_path.parent.glob("*truoc-phuc-hoi*"))


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 6 * page)):
        data[offset] = 0xA5  # wreck a few b-tree pages, keep the header
    path.write_bytes(bytes(data))


def test_a_broken_file_is_refused_at_start_with_the_latest_good_backup(db_path: Path) -> None:
    open_database(db_path).dispose()
    good = daily_backup(db_path, date(2026, 11, 22))
    engine = open_database(db_path)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    _corrupt(db_path)
    broken = db_path.read_bytes()
    with pytest.raises(UserError) as caught:
        open_database(db_path)
    assert "bị hỏng" in caught.value.message
    assert f"secretariat restore {good}" in caught.value.message
    assert db_path.read_bytes() == broken  # never opened for writing


def test_backup_backups_restore_from_the_command_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).dispose()
    target = tmp_path / "usb" / "copy.sqlite3"
    assert main(["backup", str(target), "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == f"Đã sao lưu vào {target}\n"
    assert main(["backup", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["backups", "--db", str(db_path)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and "KB" in listed[0]

    _rename_first(db_path, "Đổi sau khi sao lưu")
    assert main(["restore", str(target), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Đã phục hồi {db_path} từ {target}.")
    assert _names(db_path)[0] == "Ban Thường vụ Đảng ủy"

    assert main(["restore", str(tmp_path / "missing.sqlite3"), "--db", str(db_path)]) == 1
    assert "Không có tệp sao lưu" in capsys.readouterr().err


def test_the_full_integrity_check_is_skipped_only_for_the_very_file_checked_today(
    tmp_path: Path,
) -> None:
    import json

    from secretariat.office.database import checked_today

    path = tmp_path / "office.sqlite3"
    open_database(path).dispose()  # created: nothing to check yet
    assert not checked_today(path)
    open_database(path).dispose()  # checked in full, and noted
    marker = json.loads((tmp_path / ".office.sqlite3.checked").read_text())
    from secretariat.dates import office_today

    assert marker["day"] == office_today().isoformat()  # the ward's day, as the app's
    assert checked_today(path)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # written elsewhere
    assert not checked_today(path)


def test_each_office_in_a_folder_has_its_own_backups(tmp_path: Path) -> None:
    first, second = tmp_path / "phuong.sqlite3", tmp_path / "chi-bo.sqlite3"
    for path in (first, second):
        open_database(path).dispose()
    day = date(2026, 11, 23)
    made_first = daily_backup(first, day)
    made_second = daily_backup(second, day)  # the second office opened that day gets one too
    assert made_first is not None and made_second is not None and made_first != made_second
    assert [b.path for b in list_backups(first)] == [made_first]
    assert [b.path for b in list_backups(second)] == [made_second]

    # Retention counts each office's backups alone: 40 old ones of the first office go,
    # the second office's single backup stays.
    for offset in range(1, 41):
        old = day - timedelta(days=offset)
        (backups_dir(first) / f"phuong-{old:%Y-%m-%d}.sqlite3").write_bytes(b"x")
    prune(first)
    assert made_second.exists()
    assert len(list_backups(first)) <= 30 + 12

    # The damaged-file advice names the damaged office's own backup.
    engine = open_database(second)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    _corrupt(second)
    with pytest.raises(UserError) as caught:
        open_database(second)
    assert f"secretariat restore {made_second}" in caught.value.message


def test_a_stray_file_with_an_impossible_date_breaks_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).dispose()
    folder = backups_dir(db_path)
    folder.mkdir(mode=0o700)
    (folder / f"{db_path.stem}-2026-02-30.sqlite3").write_bytes(b"x")
    (folder / f"{db_path.stem}-2026-13-01-250000.sqlite3").write_bytes(b"x")
    assert list_backups(db_path) == []
    made = daily_backup(db_path, date(2026, 11, 23))
    assert made is not None and [b.path for b in list_backups(db_path)] == [made]
    assert main(["backups", "--db", str(db_path)]) == 0
    assert str(made) in capsys.readouterr().out


HOLDER = """
import sys, time
from pathlib import Path
from secretariat.office.database import open_database
from secretariat.units.roster import rename_unit
from storage.engine import session_scope

engine = open_database(Path(sys.argv[1]))
print("open", flush=True)
for line in sys.stdin:  # each line: a new name for unit 1, saved, then reported
    with session_scope(engine) as session:
        rename_unit(1, line.strip(), session=session)
    print("saved", flush=True)
"""


def test_restore_is_refused_while_secretariat_has_the_office_open(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    open_database(db_path).dispose()
    backup = daily_backup(db_path, date(2026, 11, 23))
    assert backup is not None
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline() == "open\n"
        assert main(["restore", str(backup), "--db", str(db_path)]) == 1
        err = capsys.readouterr().err
        assert "hãy đóng Secretariat" in err and "Không có gì bị thay đổi" in err
        # The open app goes on saving, and what it says is saved is in the file.
        holder.stdin.write("Đã lưu sau khi phục hồi bị từ chối\n")
        holder.stdin.flush()
        assert holder.stdout.readline() == "saved\n"
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert _names(db_path)[0] == "Đã lưu sau khi phục hồi bị từ chối"
    assert not list(db_path.parent.glob("*truoc-phuc-hoi*"))
    # Once the app has quit, restore works.
    assert main(["restore", str(backup), "--db", str(db_path)]) == 0
    assert _names(db_path)[0] == "Ban Thường vụ Đảng ủy"


def test_restore_through_a_symlink_replaces_the_real_file(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).dispose()
    backup = daily_backup(db_path, date(2026, 11, 23))
    assert backup is not None
    _rename_first(db_path, "Đổi sau khi sao lưu")
    link = tmp_path / "link" / "office.sqlite3"
    link.parent.mkdir()
    link.symlink_to(db_path)
    restore(link, backup)
    assert link.is_symlink() and link.resolve() == db_path
    assert _names(db_path)[0] == "Ban Thường vụ Đảng ủy"
