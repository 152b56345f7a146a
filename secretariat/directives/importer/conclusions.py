"""A conclusion line of meeting minutes as a task: its title, deadline and units.

«- Giao Văn phòng Đảng ủy chủ trì, phối hợp Ban Xây dựng Đảng hướng dẫn …, hoàn thành
trước ngày 18/12/2026.» becomes the task «Văn phòng Đảng ủy chủ trì, phối hợp Ban Xây
dựng Đảng hướng dẫn …», due 18/12/2026, led by Văn phòng Đảng ủy with Ban Xây dựng Đảng
in support. The deadline is read by the importer's phrase parser and the units by the
ward's matcher (``secretariat.units.name_matching``), as for a directive; it lives here,
beside the phrase parser, because the minutes (a sibling feature) may not import it.
Nothing is guessed: a deadline whose date cannot be read comes back with
``needs_review`` and stays in the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from secretariat.directives.importer.assignees import assigned_units
from secretariat.directives.importer.deadline_phrases import find_deadlines
from secretariat.directives.importer.ocr import clean

# A list marker of the minutes: "- ", "– ", "+ ", "• ", "* ", "1. ", "a) ".
_BULLET = re.compile(r"^\s*(?:[-–+•*]\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s+)", re.IGNORECASE)
# The verb that hands the work over: «Giao Văn phòng …», «Giao cho UBND phường …».
_GIAO = re.compile(r"^giao(?:\s+cho)?\s+", re.IGNORECASE)
_TAIL = " ,;:–-"  # what joins a trailing deadline phrase to the task


@dataclass(frozen=True)
class ConclusionTask:
    """What the task form and the unit picker start from (the clerk may change all)."""

    title: str
    phrase: str | None  # the deadline phrase as written, None when there is none
    due_date: date | None
    needs_review: bool  # a deadline phrase whose date could not be read
    lead: str | None = None  # unit codes: the one that leads (chủ trì) …
    support: tuple[str, ...] = ()  # … and those in support (phối hợp)

    @property
    def unit_codes(self) -> tuple[str, ...]:
        """Lead first, then support: the order the assign picker takes ticks in."""
        return ((self.lead,) if self.lead else ()) + self.support


def _title(text: str, start: int | None) -> str:
    """``text`` without «Giao» and, when ``start`` is given, the phrase from there on
    (the whole ``text`` when nothing else would be left)."""
    title = text[:start].rstrip(_TAIL) if start is not None else text
    title = _GIAO.sub("", title, count=1).strip()
    if not title.endswith("…"):  # an ellipsis the clerk typed stays
        title = title.rstrip(".;" + _TAIL)
    title = title or text
    return title[:1].upper() + title[1:]


def conclusion_task(
    line: str, default_year: int | None, units: Sequence[tuple[str, str]]
) -> ConclusionTask:
    """The task a conclusion ``line`` gives: its title, deadline and lead/support units.

    ``default_year`` completes a date written without one (the meeting's year); ``units``
    are the ward's active (code, name) pairs.
    """
    text = clean(_BULLET.sub("", line, count=1))
    found = find_deadlines(text, default_year)
    dated = next((d for d in found if d.due_date is not None), None)
    chosen = dated or (found[0] if found else None)
    # A read deadline at the end of the line is the due date, not part of the title.
    trailing = dated is not None and not text[dated.end :].strip(" .;…")
    title = _title(text, dated.start if dated is not None and trailing else None)
    roles = assigned_units(title, units)
    return ConclusionTask(
        title=title,
        phrase=chosen.phrase if chosen else None,
        due_date=chosen.due_date if chosen else None,
        needs_review=chosen is not None and chosen.due_date is None,
        lead=roles.lead,
        support=roles.support,
    )
