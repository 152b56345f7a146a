"""Where a task comes from, in the task list and the task's own view: its directive,
else the meeting that gave it (title and date), on a real SQLite file."""

from __future__ import annotations

from sqlalchemy import Engine

from secretariat.directives.register import DirectiveInput, create_directive
from secretariat.meetings.service import MeetingInput, create_meeting
from secretariat.tasks.queries import TaskFilter, task_detail, task_list
from secretariat.tasks.writes import TaskInput, create_task
from storage.engine import session_scope
from tests.conftest import TODAY

MEETING = MeetingInput(kind="btv", title="Hội nghị BTV tháng 12", date="26/11/2026")


def _tasks(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        meeting_id = create_meeting(MEETING, session=session).id
        directive_id = create_directive(
            DirectiveInput(
                subject="Về công tác tổ chức",
                issuer="Thành ủy Hải Phòng",
                received="20/11/2026",
                number_symbol="604-TB/VPTU",
                issued="03/10/2025",
            ),
            session=session,
        ).id
        made = {
            "meeting": TaskInput(title="Từ hội nghị", due="18/12/2026", meeting_id=meeting_id),
            "both": TaskInput(
                title="Từ văn bản, bàn ở hội nghị",
                due="18/12/2026",
                directive_id=directive_id,
                meeting_id=meeting_id,
            ),
            "neither": TaskInput(title="Việc riêng", due="18/12/2026"),
        }
        ids = {key: create_task(data, session=session).id for key, data in made.items()}
        return {**ids, "meeting_id": meeting_id}


def test_a_task_from_a_meeting_names_the_meeting_as_its_source(engine: Engine) -> None:
    ids = _tasks(engine)
    with session_scope(engine) as session:
        rows = {row.id: row for row in task_list(TODAY, session=session)}
        details = {
            key: task_detail(ids[key], TODAY, session=session)
            for key in ("meeting", "both", "neither")
        }
        from_meeting = task_list(
            TODAY, session=session, filters=TaskFilter(meeting_id=ids["meeting_id"])
        )
    source = "Hội nghị BTV tháng 12 (26/11/2026)"
    meeting_row = rows[ids["meeting"]]
    assert (meeting_row.directive, meeting_row.directive_label) == (source, source)
    assert details["meeting"].directive == source
    # A directive, when the task has one, is its source even if a meeting discussed it.
    both = rows[ids["both"]]
    assert (both.directive, both.directive_label) == ("604-TB/VPTU", "604-TB/VPTU")
    assert details["both"].directive == "604-TB/VPTU"
    neither = rows[ids["neither"]]
    assert (neither.directive, neither.directive_label, details["neither"].directive) == (
        "",
        "",
        "",
    )
    assert {row.id for row in from_meeting} == {ids["meeting"], ids["both"]}
