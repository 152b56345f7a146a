"""Time read + propose on seed 001 (the 120 KB political report) against the 1 s target,
and propose on a 120 KB text that is mostly blank lines (a copy whose big tables were
masked, or a PDF's empty page areas): a pattern that runs over blank lines from each
line's start costs the square of their number.

Usage: .venv/bin/python benchmarks/import_seed.py [path/to/seed.txt]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secretariat.directives.importer import propose, read_directive_file  # noqa: E402

DEFAULT_SEED = ROOT / "secretariat" / "office" / "demo_seeds" / "001_ce8a8a71da63380d.txt"
TARGET_SECONDS = 1.0
RUNS = 5


_HEAD = "ỦY BAN NHÂN DÂN\nPHƯỜNG LÊ ÍCH MỘC\nSố: 1/UBND-VP\nHải Phòng, ngày 1 tháng 1 năm 2025\n"


def _blank_lines_text() -> str:
    """A header, a phrase left open («… nhận hồ sơ ngày 10 đến ngày»), 1,500 lines of 80
    spaces, then a yearly task opening its sentence."""
    head = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 84/2025/QĐ-UBND\n"
        "Bắc Ninh, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc quản lý giá\n\n"
    )
    opened = "Các hộ nhận hồ sơ ngày 10 đến ngày"
    return head + opened + (" " * 80 + "\n") * 1500 + "Tháng 8 hằng năm, các xã báo cáo.\n"


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    if not path.is_file():
        print(f"seed not found: {path}", file=sys.stderr)
        return 2
    timings: list[float] = []
    tasks = 0
    for _ in range(RUNS):
        start = time.perf_counter()
        proposal = propose(read_directive_file(path), path.name)
        timings.append(time.perf_counter() - start)
        tasks = len(proposal.tasks)
    median = statistics.median(timings)
    size_kb = path.stat().st_size / 1024
    rows = [
        ("file", path.name),
        ("size", f"{size_kb:.0f} KB"),
        ("runs", str(RUNS)),
        ("tasks proposed", str(tasks)),
        ("first run", f"{timings[0] * 1000:.1f} ms"),
        ("median", f"{median * 1000:.1f} ms"),
        ("ratio to 1 s target", f"{median / TARGET_SECONDS:.3f}"),
    ]
    # texts made to find a rule whose cost grows with the square of a run's length
    for label, text in (
        ("blank-lines text", _blank_lines_text()),
        ("15,000 empty lines", _HEAD + "\n" * 15_000),
        ("100,000 spaces", _HEAD + " " * 100_000),
    ):
        timings_of_text: list[float] = []
        for _ in range(RUNS):
            start = time.perf_counter()
            propose(text, "stress")
            timings_of_text.append(time.perf_counter() - start)
        rows += [
            (label, f"{len(text.encode()) / 1024:.0f} KB"),
            ("its median", f"{statistics.median(timings_of_text) * 1000:.1f} ms"),
        ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
