"""Child process of the cold-start figure: start the real app headless, exit at first data.

Usage: .venv/bin/python benchmarks/cold_start.py DB_PATH

Builds the app the way ``secretariat --db DB_PATH`` does (``cli.build_parser`` +
``cli.build_app``, today = 23/11/2026), runs it headless and exits as soon as the home
screen has drawn its data (``HomeScreen.show`` ran and the screen refreshed after it).
Prints one JSON line: wall-clock timestamps of each stage (``time.time()``, so the parent
can measure from just before it started this process) and the peak RSS.
"""

from __future__ import annotations

import time

STARTED = time.time()  # the interpreter is up and this script runs

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 23)


def main(argv: list[str]) -> int:
    marks: dict[str, float] = {"script": STARTED}
    from secretariat.cli import build_app, build_parser

    marks["imported_cli"] = time.time()
    args = build_parser().parse_args(["--db", argv[1]])
    app = build_app(args, today=TODAY)  # opens the database: checks, migrations, seed
    marks["built_app"] = time.time()  # SecretariatApp and every screen module imported

    from screens.home import HomeScreen

    original = HomeScreen.show
    shown_rows: list[int] = []

    def show(self, data):  # type: ignore[no-untyped-def]
        original(self, data)
        if "shown" not in marks:
            marks["shown"] = time.time()
            shown_rows.append(len(self.rows))

            def drawn() -> None:
                marks["drawn"] = time.time()
                self.app.exit()

            self.call_after_refresh(drawn)

    HomeScreen.show = show  # type: ignore[method-assign]
    try:
        app.run(headless=True, size=(130, 40))
    finally:
        app.office.close()
    marks["exited"] = time.time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"marks": marks, "maxrss_kb": usage.ru_maxrss, "rows": shown_rows}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
