"""The open office database, as the UI sees it: run a service in its own unit of work.

Screens never open sessions or write SQL; they hand a service function to
``Office.read`` or ``Office.write`` (from a thread worker) and get plain values back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine

from storage.engine import session_scope

T = TypeVar("T")


class Office:
    """An open database file plus the clock the app reads "today" from."""

    def __init__(
        self, engine: Engine, path: Path, *, today: Callable[[], date] = date.today
    ) -> None:
        self.engine = engine
        self.path = path
        self.today = today

    def read(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a service that only reads, in its own unit of work."""
        with session_scope(self.engine) as session:
            return service(*args, session=session, **kwargs)

    def write(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a service that writes; it has committed when this returns ("saved" after it).

        Same unit of work as ``read`` (session_scope commits on success); the two names
        say at each call site which kind of service runs.
        """
        return self.read(service, *args, **kwargs)

    def close(self) -> None:
        self.engine.dispose()
