"""Turn an importer proposal, as the clerk reviewed it, into a registered directive.

``secretariat.directives.importer`` only reads text and proposes; nothing is saved until the
clerk has accepted, edited or rejected each field and task. Then ``save_import``
writes the directive, its tasks and their units in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from secretariat.dates import format_date
from secretariat.directives.register import (
    DirectiveInput,
    DirectiveRead,
    create_directive,
    directive_input,
    find_duplicate,
    label,
    update_directive,
)
from secretariat.errors import Doubts, NeedsConfirmation, UserError
from secretariat.tasks.writes import TaskInput, assign_choice, create_task
from secretariat.text import fold, shorten
from storage.models import Task

if TYPE_CHECKING:
    from secretariat.directives.importer import Proposal


@dataclass(frozen=True)
class TaskChoice:
    """One candidate task the clerk kept, as edited."""

    title: str
    due: str = ""  # dd/mm/yyyy as typed, "" for none
    group_codes: tuple[str, ...] = ()  # whole groups ("Tất cả chi bộ tổ dân phố")
    unit_ids: tuple[int, ...] = ()  # single units; the first leads (chủ trì)
    ongoing: bool = False


@dataclass(frozen=True)
class ImportPlan:
    directive: DirectiveInput
    tasks: tuple[TaskChoice, ...] = ()
    update_of: int | None = None  # the registered twin this import updates
    confirmed: bool = False  # the clerk saw the warnings (a due date before the issue date)


@dataclass(frozen=True)
class Twin:
    """A directive already in the register that the imported one duplicates."""

    id: int
    version: int
    label: str
    incoming: str


def directive_input_from(proposal: Proposal, text: str, received: date) -> DirectiveInput:
    """The register fields as the importer read them; the clerk edits before saving."""
    return DirectiveInput(
        subject=proposal.subject or "",
        issuer=proposal.issuer or "",
        received=format_date(received),
        number_symbol=proposal.number_symbol or "",
        doc_type=proposal.doc_type or "",
        place=proposal.place or "",
        issued=format_date(proposal.issued_date),
        full_text=text,
    )


def find_twin(proposal: Proposal, *, session: Session) -> Twin | None:
    """The registered directive with the same number, issuer and date, if any."""
    twin = find_duplicate(
        proposal.number_symbol or "", proposal.issuer or "", proposal.issued_date, session=session
    )
    if twin is None:
        return None
    return Twin(
        twin.id or 0,
        twin.version,
        label(twin),
        f"{twin.incoming_number}/{twin.incoming_year}" if twin.incoming_number else "",
    )


def prepare_import(
    proposal: Proposal, text: str, received: date, *, session: Session
) -> tuple[DirectiveInput, Twin | None]:
    """The form's starting values, and the registered twin if this directive is known.

    A known directive keeps its register facts (ngày đến, số đến, độ mật, xử lý) and the
    version read now, so the import updates it instead of registering it twice.
    """
    fresh = directive_input_from(proposal, text, received)
    twin = find_twin(proposal, session=session)
    if twin is None:
        return fresh, None
    stored = directive_input(twin.id, session=session)
    return (
        replace(
            fresh,
            received=stored.received,
            incoming_number=stored.incoming_number,
            confidentiality=stored.confidentiality,
            urgency=stored.urgency,
            handler=stored.handler,
            status=stored.status,
            version=stored.version,
        ),
        twin,
    )


def save_import(
    plan: ImportPlan, *, session: Session, today: date | None = None
) -> tuple[int, int]:
    """Register (or update) the directive and create the kept tasks; one transaction.

    Returns the directive's id and how many tasks were created. On an update, a task
    whose title the directive already has is not created twice. What may be a slip
    (no number, a deadline past on ``today``, a task given to no unit) is asked about
    once, all together, unless the plan is ``confirmed``; the transaction then rolls back.
    """
    doubts = Doubts()

    def register(data: DirectiveInput) -> DirectiveRead:
        if plan.update_of is not None:
            return update_directive(plan.update_of, data, session=session)
        return create_directive(data, session=session)

    try:
        directive = register(replace(plan.directive, confirmed=plan.confirmed))
    except NeedsConfirmation as exc:
        for doubt in exc.doubts:
            doubts.add(doubt.message, doubt.field)
        directive = register(replace(plan.directive, confirmed=True))
    # The tasks' doubts of one kind are one line, naming the tasks (38 tasks past due
    # is one thing to check, not 38).
    grouped: dict[str, list[int]] = {kind: [] for kind in TASK_DOUBTS}
    existing = {
        fold(title)
        for title in session.exec(select(Task.title).where(Task.directive_id == directive.id))
    }
    created = 0
    for number, choice in enumerate(plan.tasks, start=1):
        if fold(choice.title) in existing:
            continue
        which = f"Nhiệm vụ {number} («{shorten(choice.title, 50)}»): "
        data = TaskInput(
            title=choice.title,
            due=choice.due,
            kind="ongoing" if choice.ongoing else "once",
            directive_id=directive.id,
            confirmed=plan.confirmed,
        )
        try:
            try:
                task = create_task(data, session=session, today=today)
            except NeedsConfirmation as exc:
                for doubt in exc.doubts:
                    if doubt.kind in grouped:
                        grouped[doubt.kind].append(number)
                    else:
                        doubts.add(which + doubt.message)
                task = create_task(replace(data, confirmed=True), session=session)
        except UserError as exc:
            raise UserError(which + exc.message, details=exc.details) from exc
        if not choice.group_codes and not choice.unit_ids:
            grouped["no_unit"].append(number)
        assign_choice(task.id, choice.group_codes, choice.unit_ids, session=session)
        existing.add(fold(choice.title))
        created += 1
    for kind, numbers in grouped.items():
        if numbers:
            doubts.add(TASK_DOUBTS[kind].format(today=format_date(today)) + _numbered(numbers))
    doubts.ask_unless(plan.confirmed)
    return directive.id, created


# What the tasks of an import may have in common, said once for all of them.
TASK_DOUBTS = {
    "past_due": "Hạn đã qua (hôm nay {today}), sẽ hiện là quá hạn ngay",
    "before_issue": "Hạn trước ngày ban hành văn bản",
    "no_unit": "Chưa giao cho đơn vị nào",
}


def _numbered(numbers: list[int]) -> str:
    """``: nhiệm vụ 1, 2, 5 (3 nhiệm vụ).`` (the first twelve numbers, then «…»)."""
    shown = ", ".join(str(n) for n in numbers[:12]) + ("…" if len(numbers) > 12 else "")
    return f": nhiệm vụ {shown} ({len(numbers)} nhiệm vụ)."
