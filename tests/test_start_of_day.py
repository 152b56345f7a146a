"""The office's day starts once: series move on after the file's check, never in a screen's load."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import col, select

from secretariat.app import SecretariatApp
from secretariat.meetings.service import MeetingInput, create_meeting
from secretariat.office.database import open_database
from secretariat.office.open_file import Office
from secretariat.office.start_of_day import start_day
from storage.engine import session_scope
from storage.models import Meeting
from tests.conftest import TODAY
from tests.pilot_helpers import SIZE, settle, wait_until

GIAO_BAN = MeetingInput(
    kind="giao_ban",
    title="Giao ban tuần",
    date="16/11/2026",  # last Monday: it has passed, the series owes its next meeting
    time="07:30",
    recurrence="weekly",
)


def _meetings(office: Path | Engine) -> list[tuple[datetime, str]]:
    """The meetings stored, read through the engine given or a new one on the file."""
    engine = office if isinstance(office, Engine) else open_database(office)
    try:
        with session_scope(engine) as session:
            rows = session.exec(select(Meeting).order_by(col(Meeting.starts_at))).all()
            return [(m.starts_at, m.recurrence) for m in rows]
    finally:
        if engine is not office:
            engine.dispose()


def test_start_day_moves_a_passed_series_on_once(engine: Engine, db_path: Path) -> None:
    with session_scope(engine) as session:
        create_meeting(GIAO_BAN, session=session)
    with session_scope(engine) as session:
        started = start_day(TODAY, session=session)
    assert (started.day, started.meetings_scheduled, started.changed) == (TODAY, 1, True)
    with session_scope(engine) as session:
        again = start_day(TODAY, session=session)
    assert (again.meetings_scheduled, again.changed) == (0, False)
    assert _meetings(engine) == [
        (datetime(2026, 11, 16, 7, 30), ""),
        (datetime(2026, 11, 23, 7, 30), "weekly"),  # today's giao ban carries the series
    ]


async def test_the_app_starts_the_day_after_the_check_and_again_after_midnight(
    db_path: Path,
) -> None:
    engine = open_database(db_path)
    with session_scope(engine) as session:
        create_meeting(GIAO_BAN, session=session)
    clock = {"today": TODAY}
    # Not yet checked today: nothing may be written before the check has passed.
    office = Office(engine, db_path, today=lambda: clock["today"], verified=False)
    app = SecretariatApp(office)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: len(_meetings(db_path)) == 2, "the next giao ban")
        assert office.verified
        await pilot.press("4")
        await settle(pilot)
        shown = str(app.screen.query_one("DataTable").get_row_at(1))  # type: ignore[attr-defined]
        assert "23/11/2026" in shown and "Giao ban tuần" in shown
        # Screens only read: showing them again writes nothing.
        for key in ("1", "4", "1"):
            await pilot.press(key)
            await settle(pilot)
        assert len(_meetings(db_path)) == 2
        # The app was left open: a week later the day starts again (on its minute timer).
        clock["today"] = TODAY + timedelta(days=7)
        app._begin_day()
        await wait_until(pilot, lambda: len(_meetings(db_path)) == 3, "the following giao ban")
    assert _meetings(db_path)[-1] == (datetime(2026, 11, 30, 7, 30), "weekly")
    engine.dispose()


def test_the_day_is_started_on_the_date_of_the_office_clock(engine: Engine, db_path: Path) -> None:
    with session_scope(engine) as session:
        create_meeting(GIAO_BAN, session=session)
    with session_scope(engine) as session:
        assert start_day(date(2026, 11, 16), session=session).meetings_scheduled == 0


def test_two_terminals_starting_the_day_at_once_schedule_one_meeting(
    engine: Engine, db_path: Path
) -> None:
    with session_scope(engine) as session:
        create_meeting(GIAO_BAN, session=session)
    rolled_not_committed = threading.Event()
    counts: dict[str, int] = {}

    def first_terminal() -> None:
        with session_scope(engine) as session:
            counts["first"] = start_day(TODAY, session=session).meetings_scheduled
            rolled_not_committed.set()
            time.sleep(0.5)  # the other terminal reads the series before this commits

    other = threading.Thread(target=first_terminal)
    other.start()
    assert rolled_not_committed.wait(10)
    with session_scope(engine) as session:  # still sees the series as not yet moved on
        counts["second"] = start_day(TODAY, session=session).meetings_scheduled
    other.join()
    assert counts == {"first": 1, "second": 0}
    assert _meetings(engine) == [
        (datetime(2026, 11, 16, 7, 30), ""),
        (datetime(2026, 11, 23, 7, 30), "weekly"),
    ]
