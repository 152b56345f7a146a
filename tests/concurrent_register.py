"""Child process for the race test: several clerks register the same directive at once.

``python tests/concurrent_register.py DB GO_FILE WORKER SAVES MODE`` opens the office,
prints READY, waits for GO_FILE, then runs SAVES threads (each its own connection) that
pass a barrier together and register the same directive through ``Office.write``, as
the form does. MODE ``typed``: the same directive, each thread typing its own số đến;
``auto``: a different directive per thread, số đến left blank (the next of the year).
Prints one line per save: ``OK <số đến>``, ``REFUSED: <sentence>`` or ``ERROR: <what
the clerk would read>``; it never raises.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from secretariat.directives.register import DirectiveInput, create_directive
from secretariat.errors import UserError, database_sentence
from secretariat.office.open_file import Office
from storage.engine import make_engine, sqlite_url

SAME = DirectiveInput(
    subject="Về việc tổ chức Đại hội Chi bộ nhiệm kỳ 2025-2030",
    issuer="Đảng ủy phường Đông Hải",
    received="02/03/2026",
    number_symbol="12-TB/ĐU",
    issued="01/03/2026",
)


def main() -> None:
    db, go, worker, saves, mode = (
        Path(sys.argv[1]),
        Path(sys.argv[2]),
        int(sys.argv[3]),
        int(sys.argv[4]),
        sys.argv[5],
    )
    office = Office(make_engine(sqlite_url(db)), db)
    barrier = threading.Barrier(saves)
    lines: list[str] = []

    def save(index: int) -> None:
        n = worker * saves + index
        if mode == "typed":  # the same directive, each clerk typing a số đến of her own
            data = DirectiveInput(**{**vars(SAME), "incoming_number": str(100 + n)})
        else:  # different directives, each taking the next số đến
            data = DirectiveInput(**{**vars(SAME), "number_symbol": f"{n + 1}-TB/ĐU"})
        barrier.wait()
        try:
            saved = office.write(create_directive, data)
        except UserError as exc:
            lines.append(f"REFUSED: {exc}")
        except Exception as exc:  # what the app's form would show (screens.messages.attempt)
            lines.append(f"ERROR: {database_sentence(exc) or repr(exc)}")
        else:
            lines.append(f"OK {saved.incoming_number}")

    threads = [threading.Thread(target=save, args=(i,)) for i in range(saves)]
    print("READY", flush=True)
    while not go.exists():
        time.sleep(0.005)
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    office.close()
    print("\n".join(line.replace("\n", " ") for line in lines), flush=True)


if __name__ == "__main__":
    main()
