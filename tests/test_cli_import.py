"""``secretariat import``: a proposal printed without saving, and clear words for bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secretariat.cli import build_app, build_parser, main
from tests.conftest import SEEDS

KEYS = {
    *("file", "number_symbol", "doc_type", "issuer", "place", "issued_date", "subject"),
    *("to_check", "tasks"),
}
TASK_KEYS = {
    "text",
    "phrase",
    "due_date",
    "time",
    "recurrence",
    "computed",
    "needs_review",
    "assignee",
    "for_ward",
    "reason",
    "unit_codes",
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_json_prints_one_object_per_file_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    files = [SEEDS / "000_3f6a480f366f8b59.txt", SEEDS / "002_d7018a7c681a6f88.txt"]
    code, out, err = _run(capsys, "import", "--dry-run", "--json", *map(str, files))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    first, second = map(json.loads, lines)
    for obj, path in ((first, files[0]), (second, files[1])):
        assert set(obj) == KEYS and obj["file"] == str(path)
        assert obj["tasks"] and all(set(task) == TASK_KEYS for task in obj["tasks"])
    assert (first["number_symbol"], first["issued_date"]) == ("604-TB/VPTU", "2025-10-03")
    assert (second["number_symbol"], second["issued_date"]) == ("244-KL/TU", "2023-04-14")
    assert {"2025-10-15", "2025-10-31"} <= {task["due_date"] for task in first["tasks"]}
    # The proposed ward units travel with each task (issue 16).
    ward = [task for task in first["tasks"] if task["for_ward"]]
    assert ward and all(task["unit_codes"] == ["PH-BTV", "PH-UBND"] for task in ward)
    assert not (isolated_dirs / "data").exists()  # a dry run opens no database


def test_dry_run_without_json_reads_like_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "import", "--dry-run", str(SEEDS / "000_3f6a480f366f8b59.txt"))
    assert code == 0
    assert "  Số, ký hiệu: 604-TB/VPTU" in out
    assert "  Ngày ban hành: 03/10/2025" in out
    assert "[15/10/2025]" in out


def test_bad_files_are_named_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02\xff\xfe")
    legacy = tmp_path / "cu.txt"
    legacy.write_bytes(b"Th\xf4ng b\xe1o V\xe3n pho\xccng")  # "Thông báo Văn phòng", cp1258
    pdf = tmp_path / "604.pdf"
    pdf.write_bytes(b"%PDF")
    for path in (binary, legacy, pdf, tmp_path / "khong-co.txt"):
        code, out, err = _run(capsys, "import", "--dry-run", "--json", str(path))
        assert code == 1 and out == ""
        assert err.startswith("Lỗi: ") and path.name in err and len(err.splitlines()) == 1
    code, _out, err = _run(capsys, "import", "--json", str(SEEDS / "000_3f6a480f366f8b59.txt"))
    assert (code, err) == (1, "Lỗi: --json chỉ dùng cùng --dry-run (in đề xuất mà không lưu).\n")
    assert not (isolated_dirs / "data").exists()


async def test_import_without_dry_run_opens_the_review(tmp_path: Path) -> None:
    from screens.import_review import ImportReviewScreen
    from tests.pilot_helpers import SIZE, settle

    seed = SEEDS / "000_3f6a480f366f8b59.txt"
    args = build_parser().parse_args(["import", "--db", str(tmp_path / "o.sqlite3"), str(seed)])
    args.import_files = [seed]  # what run() hands over once every file was read
    app = build_app(args)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ImportReviewScreen)
        assert app.screen.query_one("#import-number_symbol").value == "604-TB/VPTU"  # type: ignore[attr-defined]
    app.office.close()
