"""Oversized input and files readable by others (issue 14, items 12 and 13)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine

from secretariat import cli
from secretariat.directives.importer.decode import read_directive_file
from secretariat.directives.register import DirectiveFilter, directive_list
from secretariat.errors import UserError
from secretariat.tasks.queries import TaskFilter, task_list
from secretariat.tasks.writes import TaskInput, create_task
from storage.engine import session_scope
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[1]


def test_an_oversized_directive_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "van-ban.txt"
    with huge.open("wb") as handle:
        handle.truncate(50_000_000)  # 50 MB without writing them (sparse)
    began = time.monotonic()
    with pytest.raises(UserError) as caught:
        read_directive_file(huge)
    assert time.monotonic() - began < 1.0  # refused at once, not after reading 50 MB
    assert "50 MB" in caught.value.message and "10 MB" in caught.value.message


def test_a_100000_character_filter_finds_nothing_instead_of_failing(engine: Engine) -> None:
    with session_scope(engine) as session:
        create_task(TaskInput(title="Rà soát danh sách đảng viên"), session=session)
    huge = "a" * 100_000
    with session_scope(engine) as session:
        assert task_list(TODAY, session=session, filters=TaskFilter(query=huge)) == []
        assert directive_list(session=session, filters=DirectiveFilter(query=huge)) == []
        found = task_list(TODAY, session=session, filters=TaskFilter(query="ra soat"))
        assert [row.title for row in found] == ["Rà soát danh sách đảng viên"]


def _modes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): oct(stat.S_IMODE(path.stat().st_mode))
        for path in sorted(folder.rglob("*"))
    }


def test_everything_the_app_creates_is_private_from_its_creation(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    db = folder / "office.sqlite3"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    seed = tmp_path / "thong-bao.txt"
    seed.write_text("ĐẢNG BỘ PHƯỜNG LÊ ÍCH MỘC\nSố 12-TB/ĐU\nTHÔNG BÁO\nvề việc họp\n")

    def run(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "secretariat", "--db", str(db), *args],
            check=True,
            capture_output=True,
            env=env,
            cwd=ROOT,
            preexec_fn=lambda: os.umask(0o022),  # what a clerk's shell has
        )

    run("units", "export", str(folder / "don-vi.csv"))  # the first start: a new office
    run("backup")
    run("export", "--format", "md")
    modes = _modes(folder)
    files = {name: mode for name, mode in modes.items() if (folder / name).is_file()}
    folders = {name: mode for name, mode in modes.items() if (folder / name).is_dir()}
    assert {"backups", "exports"} <= set(folders)
    assert set(folders.values()) == {oct(0o700)}, folders
    assert set(files.values()) == {oct(0o600)}, files
    assert oct(stat.S_IMODE(folder.stat().st_mode)) == oct(0o700)


def test_the_crash_log_is_private_and_never_at_a_fixed_temporary_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_argv: list[str] | None = None) -> None:
        raise RuntimeError("một lỗi lập trình")

    monkeypatch.setattr(cli, "run", broken)
    old_umask = os.umask(0o022)
    try:
        assert cli.main([]) == cli.EXIT_USER_ERROR
        from secretariat.config import data_dir

        log = data_dir() / "secretariat-error.log"
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert str(log) in capsys.readouterr().err

        # A data folder that cannot be written: a new private file, named by mkstemp.
        monkeypatch.setattr("secretariat.config.data_dir", lambda: Path("/proc/no-such-folder"))
        monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
        assert cli.main([]) == cli.EXIT_USER_ERROR
    finally:
        os.umask(old_umask)
    [fallback] = tmp_path.glob("secretariat-error-*.log")
    assert fallback.name != "secretariat-error.log"
    assert stat.S_IMODE(fallback.stat().st_mode) == 0o600
    assert "một lỗi lập trình" in fallback.read_text()


def test_an_attached_scan_and_its_folders_are_private_from_creation(
    engine: Engine, db_path: Path, tmp_path: Path
) -> None:
    from secretariat.directives.register import DirectiveInput, attach_file, create_directive
    from secretariat.places import attachments_dir

    scan = tmp_path / "ban-chup.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    folder = attachments_dir(db_path)
    old_umask = os.umask(0o022)  # what a clerk's shell has; nothing may rely on it
    try:
        with session_scope(engine) as session:
            directive = create_directive(
                DirectiveInput(
                    subject="Có bản chụp",
                    issuer="Đảng ủy phường",
                    received="20/11/2026",
                    number_symbol="15-TB/ĐU",
                    issued="19/11/2026",
                ),
                session=session,
            )
            attach_file(directive.id, scan, folder, session=session)
    finally:
        os.umask(old_umask)
    made = sorted(folder.rglob("*"))
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in made if p.is_dir()} == {oct(0o700)}
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in made if p.is_file()} == {oct(0o600)}
    assert oct(stat.S_IMODE(folder.stat().st_mode)) == oct(0o700)
