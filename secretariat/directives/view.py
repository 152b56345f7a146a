"""Everything the directive's detail view shows, read in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session

from secretariat.directives.originals import origin_line
from secretariat.directives.register import DirectiveDetail, directive_detail, get_directive
from secretariat.directives.reread import RereadOffer, reread_offer
from secretariat.tasks.queries import TaskFilter, TaskListRow, task_list


@dataclass(frozen=True)
class DirectiveView:
    detail: DirectiveDetail
    tasks: list[TaskListRow]  # the tasks the directive gave, with their progress
    origin: str | None  # how its text was obtained («Toàn văn: …»), None when typed
    reread: RereadOffer | None  # the offer to read a damaged text again from its scan


def directive_view(
    directive_id: int, attachments_dir: Path, today: date, *, session: Session
) -> DirectiveView:
    """The directive, its tasks, its text's origin and the re-read offer, from one
    snapshot: the three parts that read the directive row find it in the session's
    identity map (one SELECT, not three, and no write in between). The map holds rows
    weakly: ``row`` keeps this one there while the parts run."""
    row = get_directive(directive_id, session=session)
    view = DirectiveView(
        directive_detail(directive_id, attachments_dir, session=session),
        task_list(today, session=session, filters=TaskFilter(directive_id=directive_id)),
        origin_line(directive_id, session=session),
        reread_offer(directive_id, attachments_dir, session=session),
    )
    del row
    return view
