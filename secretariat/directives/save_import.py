"""Turn an importer proposal, as the clerk reviewed it, into a registered directive.

``secretariat.directives.importer`` only reads text and proposes; nothing is saved until the
clerk has accepted, edited or rejected each field and task. Then ``save_import``
writes the directive, its tasks and their units in one transaction.

Importing a directive the register already has never undoes the clerk's work: every
field keeps its registered value (the file's, where it differs, is shown beside it),
and the tasks are recognised by their source (the sentence the importer read and its
deadline phrase, recorded as ``ImportCandidate`` rows), not by their title: a renamed
task is not proposed again, and one the clerk dropped comes back unticked. Directives
imported before sources were recorded fall back to the title and the deadline.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from secretariat.dates import format_date, parse_optional_date
from secretariat.directives.originals import TextOrigin, keep_original
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
from storage.models import ImportCandidate, Task

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
    sentence: str = ""  # the candidate's text as the importer read it ("": the title)
    # How it repeats ("monthly", "quarterly", "yearly": tasks.deadlines.Every) when the
    # directive says so ("trước ngày 20 hằng tháng"); "" for once
    repeat: str = ""
    phrase: str = ""  # its deadline phrase as written
    # The directive had it when the review opened: never created again, only its source
    # recorded (for a directive imported before sources were kept).
    known: bool = False
    row: int = 0  # its row on the review screen (1-based), which doubts name; 0: its rank


@dataclass(frozen=True)
class ImportPlan:
    directive: DirectiveInput
    tasks: tuple[TaskChoice, ...] = ()
    update_of: int | None = None  # the registered twin this import updates
    confirmed: bool = False  # the clerk saw the warnings (a due date before the issue date)
    # (sentence, phrase) of the candidates the clerk did not keep: remembered, so a
    # re-import brings them back unticked
    dropped: tuple[tuple[str, str], ...] = ()
    # The file read, attached on save into ``attachments_dir``, and how its text was read.
    origin: TextOrigin | None = None
    attachments_dir: Path | None = None
    # (field of DirectiveInput, the value read) to compare with the paper (a number
    # beside a handwritten day): asked about at save while the value is the one read
    to_compare: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Twin:
    """A directive already in the register that the imported one duplicates."""

    id: int
    version: int
    label: str
    incoming: str
    # (field of DirectiveInput, the file's value) where the register keeps another value
    file_values: tuple[tuple[str, str], ...] = ()
    have: tuple[int, ...] = ()  # indexes of the proposal's tasks the directive already has
    dropped: tuple[int, ...] = ()  # indexes of those the clerk dropped on an earlier import
    # No task of it has a recorded source (imported before they were recorded, or typed
    # by hand): its tasks were recognised by title and deadline only.
    by_title: bool = False


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

    A known directive keeps its register facts (ngày đến, số đến, độ mật, xử lý), every
    field as registered (the twin lists the file's differing values) and the version read
    now, so the import updates it instead of registering it twice; the twin also says
    which proposed tasks it already has and which the clerk dropped before.
    """
    fresh = directive_input_from(proposal, text, received)
    twin = find_twin(proposal, session=session)
    if twin is None:
        return fresh, None
    stored = directive_input(twin.id, session=session)
    kept, file_values = keep_registered(stored, fresh)
    known = KnownTasks.of(twin.id, session=session)
    have: list[int] = []
    dropped: list[int] = []
    for index, task in enumerate(proposal.tasks):
        found = known.find(task.text, task.phrase or "", task.text, task.due_date)
        if found == "have":
            have.append(index)
        elif found == "dropped":
            dropped.append(index)
    return kept, replace(
        twin,
        file_values=file_values,
        have=tuple(have),
        dropped=tuple(dropped),
        by_title=known.by_title,
    )


# The fields an import reads from the file; the register facts (ngày đến, số đến, độ mật,
# xử lý, tình trạng) are the clerk's alone.
FILE_FIELDS = ("number_symbol", "doc_type", "issuer", "place", "issued", "subject", "full_text")


def keep_registered(
    stored: DirectiveInput, fresh: DirectiveInput
) -> tuple[DirectiveInput, tuple[tuple[str, str], ...]]:
    """The registered values, with the file's only where the register has none.

    Returns the values to start the review with and, for every field whose registered
    value differs from the file's, (field, the file's value): the clerk sees both and
    chooses; nothing the clerk typed is replaced silently.
    """
    values: dict[str, Any] = {}
    differ: list[tuple[str, str]] = []
    for name in FILE_FIELDS:
        mine, theirs = getattr(stored, name), getattr(fresh, name)
        if not mine.strip():
            values[name] = theirs
        else:
            values[name] = mine
            if theirs.strip() and _squeeze(mine) != _squeeze(theirs):
                differ.append((name, theirs))
    return replace(stored, **values), tuple(differ)


def _squeeze(value: str) -> str:
    return " ".join(value.split())


def source_key(sentence: str, phrase: str) -> tuple[str, str]:
    """How a candidate task is recognised again: its sentence and deadline phrase, folded."""
    return fold(sentence), fold(phrase)


@dataclass
class KnownTasks:
    """What a registered directive already has, as an import of it sees it."""

    recorded: dict[tuple[str, str], ImportCandidate]  # by source_key
    # Its tasks no recorded source points to, by (folded title, deadline).
    unrecorded: dict[tuple[str, date | None], int] = field(default_factory=dict)

    @property
    def by_title(self) -> bool:
        return not self.recorded and bool(self.unrecorded)

    @classmethod
    def of(cls, directive_id: int, *, session: Session) -> KnownTasks:
        rows = session.exec(
            select(ImportCandidate)
            .where(ImportCandidate.directive_id == directive_id)
            .order_by(col(ImportCandidate.id))
        ).all()
        recorded: dict[tuple[str, str], ImportCandidate] = {}
        for row in rows:
            key = source_key(row.sentence, row.phrase)
            if key not in recorded or recorded[key].task_id is None:
                recorded[key] = row  # a kept row wins over a dropped one
        linked = {row.task_id for row in rows if row.task_id is not None}
        unrecorded: dict[tuple[str, date | None], int] = {}
        for task in session.exec(select(Task).where(Task.directive_id == directive_id)):
            if task.id is not None and task.id not in linked:
                unrecorded.setdefault((fold(task.title), task.due_date), task.id)
        return cls(recorded, unrecorded)

    def find(self, sentence: str, phrase: str, title: str, due: date | None) -> str:
        """``have``, ``dropped`` or ``new``: whether the directive has this candidate."""
        row = self.recorded.get(source_key(sentence, phrase))
        if row is not None:
            return "have" if row.task_id is not None else "dropped"
        if self.unrecorded_task(sentence, title, due) is not None:
            return "have"
        return "new"

    def unrecorded_task(self, sentence: str, title: str, due: date | None) -> int | None:
        """The directive's task with no recorded source that has this title and deadline."""
        for text in (title, sentence):
            found = self.unrecorded.get((fold(text), due))
            if found is not None:
                return found
        return None

    def claim(
        self,
        directive_id: int,
        sentence: str,
        phrase: str,
        title: str,
        due: date | None,
        *,
        session: Session,
    ) -> None:
        """A task recognised by title and deadline only: record its source from now on."""
        if source_key(sentence, phrase) in self.recorded:
            return
        task_id = self.unrecorded_task(sentence, title, due)
        if task_id is not None:
            self.record(directive_id, sentence, phrase, task_id, session=session)
            self.unrecorded = {k: v for k, v in self.unrecorded.items() if v != task_id}

    def record(
        self,
        directive_id: int,
        sentence: str,
        phrase: str,
        task_id: int | None,
        *,
        session: Session,
    ) -> None:
        """Remember a candidate (kept as ``task_id``, or dropped) for later imports."""
        key = source_key(sentence, phrase)
        row = self.recorded.get(key)
        if row is None:
            row = ImportCandidate(
                directive_id=directive_id, sentence=sentence, phrase=phrase, task_id=task_id
            )
        elif task_id is None or row.task_id is not None:
            return  # already remembered as it is
        else:
            row.task_id = task_id  # dropped before, kept now
        session.add(row)
        self.recorded[key] = row


def save_import(
    plan: ImportPlan, *, session: Session, today: date | None = None
) -> tuple[int, int]:
    """Register (or update) the directive and create the kept tasks; one transaction.

    Returns the directive's id and how many tasks were created. A task the directive
    already has (the same source sentence and deadline phrase; without a recorded source,
    the same title and deadline) is not created twice; each kept or dropped candidate is
    remembered for the next import of the directive. What may be a slip
    (no number, a deadline past on ``today``, a task given to no unit) is asked about
    once, all together, unless the plan is ``confirmed``; the transaction then rolls back.
    """
    doubts = Doubts()
    for name, read in plan.to_compare:
        kept = str(getattr(plan.directive, name, "") or "")
        if not read or kept.split() != read.split():
            continue  # typed anew: the clerk has looked
        if name == "issued":
            doubts.add(
                f"Ngày ban hành {read} lấy theo ngày ký số vì ngày viết tay không đọc được; "
                "đã đối chiếu với bản giấy chưa?",
                name,
            )
        else:
            doubts.add(
                f"«{read}» được đọc cạnh ngày viết tay: có thể cũng viết tay và đọc sai; "
                "đã đối chiếu với bản giấy chưa?",
                name,
            )

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
    known = KnownTasks.of(directive.id, session=session)
    created = 0
    for rank, choice in enumerate(plan.tasks, start=1):
        number = choice.row or rank
        sentence, due = choice.sentence or choice.title, _due(choice)
        if choice.known or known.find(sentence, choice.phrase, choice.title, due) == "have":
            known.claim(directive.id, sentence, choice.phrase, choice.title, due, session=session)
            continue
        which = f"Nhiệm vụ {number} («{shorten(choice.title, 50)}»): "
        data = TaskInput(
            title=choice.title,
            due=choice.due,
            kind="ongoing" if choice.ongoing else (choice.repeat or "once"),
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
        known.record(directive.id, sentence, choice.phrase, task.id, session=session)
        created += 1
    for sentence, phrase in plan.dropped:
        known.record(directive.id, sentence, phrase, None, session=session)
    for kind, numbers in grouped.items():
        if numbers:
            doubts.add(TASK_DOUBTS[kind].format(today=format_date(today)) + _numbered(numbers))
    doubts.ask_unless(plan.confirmed)
    if plan.origin is not None and plan.attachments_dir is not None:
        keep_original(directive.id, plan.origin, plan.attachments_dir, session=session)
    return directive.id, created


# What the tasks of an import may have in common, said once for all of them.
TASK_DOUBTS = {
    "past_due": "Hạn đã qua (hôm nay {today}), sẽ hiện là quá hạn ngay",
    "before_issue": "Hạn trước ngày ban hành văn bản",
    "no_unit": "Chưa giao cho đơn vị nào",
}


def _due(choice: TaskChoice) -> date | None:
    """The choice's deadline for matching; one not readable is left to ``create_task``."""
    try:
        return None if choice.ongoing else parse_optional_date(choice.due)
    except UserError:
        return None


def _numbered(numbers: list[int]) -> str:
    """``: nhiệm vụ 1, 2, 5 (3 nhiệm vụ).`` (the first twelve numbers, then «…»)."""
    shown = ", ".join(str(n) for n in numbers[:12]) + ("…" if len(numbers) > 12 else "")
    return f": nhiệm vụ {shown} ({len(numbers)} nhiệm vụ)."
