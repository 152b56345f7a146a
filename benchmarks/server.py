"""The benchmark table on PostgreSQL, and moving the large office there and back (issue 19).

Usage: .venv/bin/python benchmarks/server.py --url postgresql://USER@HOST:PORT/EMPTY_DB
                                             [--size large|small] [--runs N] [--no-back]

The large office (benchmarks/generate.py, made when missing) is copied into the empty
server database with ``secretariat db copy``'s own code (row counts and checksums compared
table by table), timed; then back into a new SQLite file, compared again. Then the service
figures of benchmarks/run.py (home, search per keystroke, task list, task view) run on the
server, and «start → home»: opening the server office (the schema check, the seed check)
and the first Hôm nay read, in a fresh process's first connection.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(HERE))

from generate import SIZES, TODAY, default_path, generate  # noqa: E402
from run import Figure, print_table, services  # noqa: E402

from secretariat.office import server  # noqa: E402
from secretariat.office.copy import copy_office  # noqa: E402
from secretariat.office.database import open_database  # noqa: E402

START_TO_HOME = """
import sys, time
began = time.perf_counter()
from datetime import date
from secretariat.office.server import open_server
from secretariat.review import daily_review
from storage.engine import session_scope
engine = open_server(sys.argv[1])
with session_scope(engine) as session:
    daily_review(date.fromisoformat(sys.argv[2]), session=session)
print(time.perf_counter() - began)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True, help="an empty PostgreSQL database")
    parser.add_argument("--size", choices=sorted(SIZES), default="large")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-back", action="store_true", help="skip the copy back to a file")
    parser.add_argument("--no-copy", action="store_true", help="the office is there already")
    args = parser.parse_args(argv)
    if not args.no_copy:
        copy_there_and_back(args)
    figures = server_figures(args.url, args.runs)
    print_table(figures)
    return 0


def copy_there_and_back(args: argparse.Namespace) -> None:

    source = default_path(args.size)
    if not source.exists():
        generate(args.size, source)
    engine = open_database(source)
    began = time.perf_counter()
    copied = copy_office(
        engine, source, args.url, target_path=server.local_path(args.url), is_server=True
    )
    to_server = time.perf_counter() - began
    rows = sum(t.rows for t in copied)
    print(f"db copy → server: {rows:,} rows in {len(copied)} tables, {to_server:.1f} s")
    for table in copied:
        print(f"  {table.name:<20} {table.rows:>10,}  {table.checksum[:16]}")
    if not args.no_back:
        back = Path(tempfile.mkdtemp(prefix="bench-back-")) / "office.sqlite3"
        on_server = server.open_server(args.url)
        began = time.perf_counter()
        returned = copy_office(on_server, source, str(back), target_path=back, is_server=False)
        on_server.dispose()
        same = [(t.rows, t.checksum) for t in returned] == [(t.rows, t.checksum) for t in copied]
        print(
            f"db copy → file: {time.perf_counter() - began:.1f} s; every table's count and "
            f"checksum {'identical' if same else 'DIFFERENT'} to the original"
        )
    engine.dispose()


def server_figures(url: str, runs: int) -> list[Figure]:
    pg = server.open_server(url)
    figures = services(pg, runs, {"home", "search", "tasks", "detail"})
    pg.dispose()
    starts = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", START_TO_HOME, url, TODAY.isoformat()],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        starts.append(float(out.stdout.strip().splitlines()[-1]))
    starts.sort()
    figures.append(
        Figure("1. start → home (process, open_server, daily_review)", starts[len(starts) // 2],
               1.0, note="imports included")
    )  # fmt: skip
    return figures


if __name__ == "__main__":
    raise SystemExit(main())
