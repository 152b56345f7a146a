"""The command line: database selection, and one clear Vietnamese line for every bad input."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from secretariat import __version__
from secretariat.cli import main
from secretariat.office.database import open_database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"secretariat {__version__}"


def test_unknown_option_is_one_vietnamese_line_without_traceback(isolated_dirs: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "secretariat", "--bogus"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == "Lỗi: không hiểu tham số: --bogus. Xem «secretariat --help».\n"
    assert not (isolated_dirs / "data").exists()  # no database was created


def test_file_that_is_not_a_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Bien ban hop chi bo\n" * 10)
    before = path.read_bytes()
    code, _, err = _run(capsys, "--db", str(path))
    assert code == 1
    assert err.startswith(f"Lỗi: Tệp {path} không phải cơ sở dữ liệu SQLite")
    assert "Traceback" not in err and err.count("\n") == 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]  # no -wal, no -shm


def test_data_directory_that_cannot_be_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, _, err = _run(capsys, "--db", str(blocker / "sub" / "office.sqlite3"))
    assert code == 1
    assert err == (
        f"Lỗi: Không tạo được thư mục dữ liệu {blocker / 'sub'}: "
        "một phần của đường dẫn là tệp, không phải thư mục.\n"
    )
    assert blocker.read_text() == "x"


def test_data_directory_without_write_permission(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() == 0:
        # root ignores permission bits; make the file system say what it says to a clerk
        def refuse(*_args: object, **_kwargs: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    else:
        folder.chmod(0o500)
    code, _, err = _run(capsys, "--db", str(folder / "office.sqlite3"))
    folder.chmod(0o700)
    assert code == 1
    assert err.startswith(f"Lỗi: Không ghi được vào thư mục dữ liệu {folder}: không có quyền")
    assert list(folder.iterdir()) == []


def test_database_from_a_newer_version_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_database(db_path)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    engine.dispose()
    before = db_path.read_bytes()
    code, _, err = _run(capsys, "--db", str(db_path))
    assert code == 1
    assert "do một phiên bản Secretariat mới hơn tạo ra (lược đồ 0099_from_the_future)" in err
    assert db_path.read_bytes() == before


def test_database_is_chosen_by_option_then_environment_then_default(
    tmp_path: Path,
    isolated_dirs: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "units.csv"
    assert _run(capsys, "units", "export", str(out))[0] == 0
    assert (isolated_dirs / "data" / "secretariat" / "secretariat.sqlite3").exists()

    env_db = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("SECRETARIAT_DB", str(env_db))
    # the same file again: replacing an existing file takes --force (issue 14, item 3)
    assert _run(capsys, "units", "export", str(out), "--force")[0] == 0
    assert env_db.exists()

    option_db = tmp_path / "from-option.sqlite3"
    code, _, err = _run(capsys, "units", "export", str(out), "--force", "--db", str(option_db))
    assert code == 0
    assert err == f"Đã tạo cơ sở dữ liệu mới: {option_db}\n"  # a mistyped path is noticed
    assert option_db.exists()
    code, _, err = _run(capsys, "units", "export", str(out), "--force", "--db", str(option_db))
    assert (code, err) == (0, "")


def test_units_csv_round_trip_through_the_cli(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "units.csv"
    code, stdout, _ = _run(capsys, "units", "export", str(out), "--db", str(db_path))
    assert (code, stdout) == (0, f"Đã xuất 120 đơn vị ra {out}\n")
    edited = out.read_text(encoding="utf-8-sig").replace("Tổ dân phố số 07", "Tổ dân phố Bến Rừng")
    out.write_text(edited, encoding="utf-8-sig")
    code, stdout, _ = _run(capsys, "units", "import", str(out), "--db", str(db_path))
    assert code == 0
    assert "0 đơn vị mới, 2 đơn vị được cập nhật, 118 không đổi." in stdout  # TDP07, CB-TDP07
    _run(capsys, "units", "export", str(out), "--db", str(db_path))
    assert "TDP07,Tổ dân phố Bến Rừng," in out.read_text(encoding="utf-8-sig")


@pytest.mark.sqlite_only  # the command line on the office's file
def test_bad_csv_through_the_cli_lists_lines_and_writes_nothing(
    tmp_path: Path, db_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Mã,Tên đơn vị,Loại\nTDP01,Tổ Một,Tổ dân phố\nTDP02,,Tổ dân phố\n")
    code, _, err = _run(capsys, "units", "import", str(bad), "--db", str(db_path))
    assert code == 1
    assert err.splitlines() == [
        "Lỗi: Không nhập tệp bad.csv: 1 lỗi, chưa có gì được ghi.",
        "  Dòng 3: Tên đơn vị không được để trống.",
    ]
    out = tmp_path / "after.csv"
    _run(capsys, "units", "export", str(out), "--db", str(db_path))
    assert "TDP01,Tổ dân phố số 01," in out.read_text(encoding="utf-8-sig")


def test_missing_csv_file(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).dispose()  # the office exists; only the CSV is missing
    code, _, err = _run(capsys, "units", "import", str(tmp_path / "nope.csv"), "--db", str(db_path))
    assert code == 1
    assert err == f"Lỗi: Không đọc được tệp {tmp_path / 'nope.csv'}: không tìm thấy.\n"


def test_export_names_a_directive_and_a_meeting_as_the_clerk_sees_them(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from secretariat.directives.register import DirectiveInput, create_directive
    from secretariat.meetings.service import MeetingInput, create_meeting
    from storage.engine import session_scope

    engine = open_database(db_path)
    with session_scope(engine) as session:
        for year in ("2025", "2026"):
            create_directive(
                DirectiveInput(
                    subject=f"Kế hoạch {year}", issuer="Đảng ủy phường",
                    received=f"02/11/{year}", number_symbol="52-KH/ĐU", incoming_number="541",
                    issued=f"01/11/{year}",
                ),
                session=session,
            )  # fmt: skip
        create_directive(
            DirectiveInput(subject="Ý kiến chỉ đạo", issuer="Văn phòng Thành ủy",
                           received="06/10/2025", number_symbol="604-TB/VPTU",
                           issued="03/10/2025"),
            session=session,
        )  # fmt: skip
        create_meeting(
            MeetingInput(kind="bch", title="Hội nghị Ban Chấp hành tháng 11", date="05/11/2026"),
            session=session,
        )
    engine.dispose()
    base = ["export", "--db", str(db_path), "--out", "-"]
    code, out, _ = _run(capsys, *base, "--directive", "604-tb/vptu")  # case as typed
    assert code == 0 and "604-TB/VPTU" in out
    code, out, _ = _run(capsys, *base, "--directive", "541/2026")  # số đến of a year
    assert code == 0 and "52-KH/ĐU" in out
    code, _, err = _run(capsys, *base, "--directive", "52-KH/ĐU")  # two years: which one?
    assert code == 1 and "Có 2 văn bản" in err and "541/2025" in err and "541/2026" in err
    code, out, _ = _run(capsys, *base, "--meeting", "05/11/2026 ban chap hanh")
    assert code == 0 and "Hội nghị Ban Chấp hành tháng 11" in out
    code, _, err = _run(capsys, *base, "--directive", "999-TB/TU")
    assert code == 1 and "Không có văn bản nào có số, ký hiệu «999-TB/TU»" in err
    code, _, err = _run(capsys, *base, "--meeting", "06/11/2026")
    assert code == 1 and "Không có hội nghị nào" in err and "Traceback" not in err


def test_export_a_numbered_word_report_signed_once(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from docx import Document

    base = ["export", "--db", str(db_path), "--format", "docx"]
    first = tmp_path / "bao-cao-1.docx"
    code, _, err = _run(capsys, *base, "--out", str(first))  # nobody has signed yet
    assert code == 1 and "--signer-name: Báo cáo Word cần họ tên người ký" in err
    assert not first.exists()
    code, out, _ = _run(
        capsys, *base, "--out", str(first), "--number", "15",
        "--signer-title", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", "--signer-name", "Trần Thị Bình",
    )  # fmt: skip
    assert code == 0 and out == f"Đã xuất: {first}\n"
    second = tmp_path / "bao-cao-2.docx"
    code, _, _ = _run(capsys, *base, "--out", str(second), "--number", "16-BC/ĐU")
    assert code == 0
    for path, number in ((first, "Số 15-BC/ĐU"), (second, "Số 16-BC/ĐU")):
        document = Document(str(path))
        assert document.tables[0].rows[0].cells[0].paragraphs[-1].text == number
        signature = document.tables[-1].rows[0].cells[1].text.split("\n")
        assert signature[:2] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]  # remembered
        assert signature[-1] == "Trần Thị Bình"
    code, _, err = _run(capsys, *base, "--out", "-", "--number", "mười lăm")
    assert code == 1 and err.startswith("Lỗi: --number: Số báo cáo «mười lăm» không đọc được")
