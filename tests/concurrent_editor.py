"""Child process for the concurrency test: read task 1, wait for the signal, save a new title.

``python tests/concurrent_editor.py DB TITLE GO_FILE`` prints READY once it has read the
task, then OK or REFUSED: <message> after trying to save. It never raises.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

from secretariat.errors import UserError
from secretariat.office.database import open_database
from secretariat.tasks.writes import task_input, update_task
from storage.engine import session_scope


def main() -> None:
    db, title, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    engine = open_database(db)
    with session_scope(engine) as session:
        seen = task_input(1, session=session)  # what the clerk's form shows
    print("READY", flush=True)
    while not go.exists():
        time.sleep(0.005)
    try:
        with session_scope(engine) as session:
            update_task(1, replace(seen, title=title), session=session)
    except UserError as exc:
        print(f"REFUSED: {exc.message}", flush=True)
    else:
        print("OK", flush=True)


if __name__ == "__main__":
    main()
