"""Child process for the crash test: commits records one by one and says so after each commit.

Run as ``python tests/crash_writer.py DB``; prints the id of every task the moment its
transaction has committed, until it is killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from secretariat.office.database import open_database
from secretariat.tasks.writes import TaskInput, create_task
from storage.engine import session_scope


def main() -> None:
    engine = open_database(Path(sys.argv[1]))
    number = 0
    while True:
        number += 1
        with session_scope(engine) as session:
            task = create_task(TaskInput(title=f"Việc số {number}"), session=session)
        print(task.id, flush=True)  # only after the commit returned


if __name__ == "__main__":
    main()
