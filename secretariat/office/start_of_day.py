"""What the office does once a day, before the clerk's first look: series move on.

A meeting series (giao ban every Monday) lives on its newest meeting; once that one has
passed, the next is scheduled (``meetings.service.roll_recurring``). A repeating task
needs nothing by date: its next occurrence is made when its last unit reports done
(``tasks.writes.mark_done``), so the day's start only counts what it found.

The app runs this once the file has passed its check and again when the date changes
(an app left open overnight); screens only read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from secretariat.meetings.service import roll_recurring


@dataclass(frozen=True)
class DayStarted:
    """What the start of ``day`` changed (screens showing it read again when it did)."""

    day: date
    meetings_scheduled: int

    @property
    def changed(self) -> bool:
        return self.meetings_scheduled > 0


def start_day(today: date, *, session: Session) -> DayStarted:
    """Move every passed series on to its next date (idempotent: twice is once)."""
    return DayStarted(today, roll_recurring(today, session=session))
