"""Messages that cross widgets, and the one shape every thread worker's result takes.

A thread worker never touches a widget or a screen attribute: it computes plain values
(read models, strings, dataclasses) and posts them up as a message; the handler, on the
UI thread, applies them. ``attempt`` runs the worker's call and turns what happened
into an ``Outcome``: the value, or the Vietnamese sentence saying why there is none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from textual.message import Message

from secretariat.errors import NeedsConfirmation, UserError, database_sentence

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a worker produced: ``value``, or ``error`` (a sentence for the clerk)."""

    value: T | None = None
    error: str | None = None
    confirm: bool = False  # the error is a warning: saving the same input again accepts it
    field: str = ""  # the input field the error is about (a form puts the cursor there)

    @property
    def ok(self) -> bool:
        return self.error is None


SAVE_FAILED = "Không lưu được"


def attempt(work: Callable[[], T], failed: str = SAVE_FAILED) -> Outcome[T]:
    """Run ``work`` (in the worker's thread) and say what came of it, never raising.

    A ``UserError`` is the service refusing with its own sentence; anything else (a
    locked or full disk) is reported after ``failed`` so the clerk's input is kept. A
    database error is one Vietnamese sentence («Tệp dữ liệu đang bận (một máy khác đang
    ghi); chưa lưu, hãy thử lại.»), never the driver's English with its SQL.
    """
    try:
        return Outcome(work())
    except NeedsConfirmation as exc:
        return Outcome(error=str(exc), confirm=True, field=exc.field)
    except UserError as exc:
        return Outcome(error=str(exc), field=exc.field)
    except Exception as exc:
        saving = failed == SAVE_FAILED
        sentence = database_sentence(exc, saving=saving)
        if sentence is None:
            return Outcome(error=f"{failed}: {exc}")
        return Outcome(
            error=sentence if saving else f"{failed}: {sentence[:1].lower()}{sentence[1:]}"
        )


class WorkDone(Message):
    """A thread worker finished the job named ``job``; its plain result is ``outcome``."""

    def __init__(self, job: str, outcome: Outcome[Any]) -> None:
        super().__init__()
        self.job = job
        self.outcome = outcome
