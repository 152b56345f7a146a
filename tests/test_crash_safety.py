"""A committed change survives SIGKILL: kill a writer at random moments, many times."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from secretariat.office.database import open_database

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = WRITER.parent.parent


def test_every_reported_commit_survives_sigkill(db_path: Path) -> None:
    open_database(db_path).dispose()
    rng = random.Random(20261123)
    reported: set[int] = set()
    for _round in range(8):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert child.stdout is not None
        # let it start, then kill it somewhere in the middle of its work
        first = child.stdout.readline()
        assert first.strip().isdigit(), first
        reported.add(int(first))
        time.sleep(rng.uniform(0.01, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        reported.update(int(line) for line in out.split() if line.isdigit())

        engine = open_database(db_path)  # integrity is checked on open, before writing
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            stored = set(conn.execute(text("SELECT id FROM tasks")).scalars())
        engine.dispose()
        missing = reported - stored
        assert not missing, f"committed but lost after SIGKILL: {sorted(missing)[:5]}"
    assert len(reported) > 8
