"""Time read + propose on seed 001 (the 120 KB political report) against the 1 s target.

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
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
