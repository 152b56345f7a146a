"""Importing a directive the register already has keeps the clerk's work (issue 14, item 6).

Seed 000 is imported, its subject retyped, one task renamed and five dropped; the same
file imported again must keep the subject (the file's value shown beside it), propose
none of the kept tasks again and bring the dropped ones back unticked.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine, delete
from sqlmodel import col, select

from secretariat.dates import format_date
from secretariat.directives.importer import Proposal, propose, read_directive_file
from secretariat.directives.save_import import (
    ImportPlan,
    TaskChoice,
    Twin,
    prepare_import,
    save_import,
)
from secretariat.text import fold
from storage.engine import session_scope
from storage.models import Directive, ImportCandidate, Task
from tests.conftest import SEEDS, TODAY

SEED = SEEDS / "000_3f6a480f366f8b59.txt"
SUBJECT = (
    "Ý kiến chỉ đạo của đồng chí Bí thư Thành ủy về 03 tháng hoạt động của mô hình chính quyền "
    "địa phương 02 cấp"
)
RENAMED = "Bố trí phương tiện, thiết bị làm việc cho cán bộ cấp xã"
DROPPED = (5, 6, 7, 8, 9)  # the proposal's last five tasks


def _read() -> tuple[Proposal, str]:
    text = read_directive_file(SEED)
    return propose(text, SEED.name), text


def _choice(proposal: Proposal, index: int, title: str | None = None) -> TaskChoice:
    """A candidate as the review screen hands it over, kept as it was read (or renamed)."""
    task = proposal.tasks[index]
    return TaskChoice(
        title=title or task.text,
        due=format_date(task.due_date),
        sentence=task.text,
        phrase=task.phrase or "",
    )


def _source(proposal: Proposal, index: int) -> tuple[str, str]:
    task = proposal.tasks[index]
    return task.text, task.phrase or ""


def first_import_of_seed_000(engine: Engine) -> tuple[Proposal, int, str]:
    """Import seed 000 as the clerk did: subject retyped, task 2 renamed, five dropped."""
    proposal, text = _read()
    assert len(proposal.tasks) == 10
    with session_scope(engine) as session:
        data, twin = prepare_import(proposal, text, TODAY, session=session)
        assert twin is None
        kept = [i for i in range(10) if i not in DROPPED]
        tasks = tuple(_choice(proposal, i, RENAMED if i == 2 else None) for i in kept)
        plan = ImportPlan(
            replace(data, subject=SUBJECT),
            tasks,
            dropped=tuple(_source(proposal, i) for i in DROPPED),
            confirmed=True,
        )
        directive_id, created = save_import(plan, session=session, today=TODAY)
    assert created == 5
    return proposal, directive_id, proposal.tasks[2].text


def _reimport(engine: Engine) -> tuple[Proposal, Twin, int]:
    """Import the same file again and save what the review proposes, untouched."""
    proposal, text = _read()
    with session_scope(engine) as session:
        data, twin = prepare_import(proposal, text, TODAY, session=session)
        assert twin is not None
        # The review proposes what the directive has not got, the dropped unticked; what
        # it has is handed over too (unseen), so its source is recorded if it was not.
        ticked = [i for i in range(10) if i not in twin.dropped]
        plan = ImportPlan(
            data,
            tuple(_choice(proposal, i) for i in ticked),
            update_of=twin.id,
            dropped=tuple(_source(proposal, i) for i in twin.dropped),
            confirmed=True,
        )
        _id, created = save_import(plan, session=session, today=TODAY)
    return proposal, twin, created


def test_a_reimport_keeps_the_clerks_edits_and_remembers_what_was_dropped(
    engine: Engine,
) -> None:
    proposal, directive_id, renamed_source = first_import_of_seed_000(engine)

    with session_scope(engine) as session:
        data, twin = prepare_import(proposal, read_directive_file(SEED), TODAY, session=session)
    assert twin is not None and twin.id == directive_id
    assert data.subject == SUBJECT  # the clerk's, not the OCR's
    assert dict(twin.file_values)["subject"] == proposal.subject  # shown beside it
    assert twin.have == (0, 1, 2, 3, 4)  # the renamed one too: matched by its source
    assert twin.dropped == DROPPED

    _proposal, _twin, created = _reimport(engine)
    assert created == 0
    _reimport(engine)  # and once more: nothing grows

    with session_scope(engine) as session:
        directive = session.exec(select(Directive)).one()
        assert directive.subject == SUBJECT
        titles = list(session.exec(select(Task.title)).all())
        assert len(titles) == 5 and len(set(titles)) == 5
        assert RENAMED in titles and renamed_source not in titles
        for index in DROPPED:
            assert fold(proposal.tasks[index].text) not in {fold(t) for t in titles}
        rows = session.exec(select(ImportCandidate)).all()
        assert len(rows) == 10  # each candidate remembered once
        assert sum(row.task_id is None for row in rows) == 5


def test_a_plan_that_proposes_every_candidate_still_doubles_nothing(engine: Engine) -> None:
    """A caller that does not filter (the CLI, a script) cannot double a renamed task."""
    proposal, directive_id, _renamed_source = first_import_of_seed_000(engine)
    with session_scope(engine) as session:
        data, _twin = prepare_import(proposal, read_directive_file(SEED), TODAY, session=session)
        plan = ImportPlan(
            data,
            tuple(_choice(proposal, i) for i in range(10) if i not in DROPPED),
            update_of=directive_id,
            confirmed=True,
        )
        _id, created = save_import(plan, session=session, today=TODAY)
    assert created == 0
    with session_scope(engine) as session:
        assert len(session.exec(select(Task)).all()) == 5


def test_a_dropped_task_ticked_on_a_later_import_is_created_once(engine: Engine) -> None:
    proposal, directive_id, _renamed_source = first_import_of_seed_000(engine)
    with session_scope(engine) as session:
        data, _twin = prepare_import(proposal, read_directive_file(SEED), TODAY, session=session)
        plan = ImportPlan(data, (_choice(proposal, 5),), update_of=directive_id, confirmed=True)
        _id, created = save_import(plan, session=session, today=TODAY)
    assert created == 1
    with session_scope(engine) as session:
        _data, twin = prepare_import(proposal, read_directive_file(SEED), TODAY, session=session)
        assert twin is not None
        assert twin.have == (0, 1, 2, 3, 4, 5) and twin.dropped == (6, 7, 8, 9)
        assert len(session.exec(select(ImportCandidate)).all()) == 10


def test_a_directive_imported_before_sources_were_kept_matches_by_title_and_deadline(
    engine: Engine,
) -> None:
    proposal, directive_id, _renamed_source = first_import_of_seed_000(engine)
    with session_scope(engine) as session:  # as a file from before migration 0011 is
        session.exec(delete(ImportCandidate))

    with session_scope(engine) as session:
        _data, twin = prepare_import(proposal, read_directive_file(SEED), TODAY, session=session)
    assert twin is not None and twin.by_title
    assert twin.have == (0, 1, 3, 4)  # the renamed task cannot be recognised
    assert twin.dropped == ()  # nor what was dropped: nothing recorded it

    _proposal, twin, created = _reimport(engine)
    assert created == 6  # the renamed one's source and the five dropped, all ticked
    with session_scope(engine) as session:
        linked = session.exec(
            select(ImportCandidate).where(col(ImportCandidate.task_id).is_not(None))
        ).all()
        assert len(linked) == 10  # from now on every source is recorded
        _data, again = prepare_import(proposal, read_directive_file(SEED), TODAY, session=session)
    assert again is not None and not again.by_title and len(again.have) == 10
    assert directive_id == again.id
