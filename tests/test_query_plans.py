"""The hot queries keep their indexes (EXPLAIN QUERY PLAN), so a change cannot silently
bring back a full scan of a decade of assignments. Timings live in benchmarks/, not here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event

from secretariat.directives.register import (
    DirectiveFilter,
    DirectiveInput,
    create_directive,
    directive_list,
)
from secretariat.review import daily_review
from secretariat.tasks.queries import TaskFilter, task_list
from secretariat.tasks.writes import TaskInput, assign_group, create_task
from storage.engine import session_scope
from tests.conftest import TODAY

# SQLite's EXPLAIN QUERY PLAN: PostgreSQL plans its own way (its benchmark shows the times).
pytestmark = pytest.mark.sqlite_only


@contextmanager
def _captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    statements: list[tuple[str, Any]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _plans(engine: Engine, run: Callable[..., object]) -> list[tuple[str, str]]:
    """(statement, its query plan as one text) for every SELECT ``run`` issues."""
    with _captured(engine) as statements, session_scope(engine) as session:
        run(session)
    plans = []
    with engine.connect() as conn:
        for statement, parameters in statements:
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            plans.append((statement, "\n".join(str(row[-1]) for row in rows)))
    return plans


# sqlite_stat1 rows: 1,000,000 assignments (55,000 open), 100,000 tasks, 20,000 directives.
DECADE = [
    ("assignments", "ix_assignments_open", "55000 10 1 1 1"),
    ("assignments", "ix_assignments_open_due", "55000 30 10 1 1"),
    ("assignments", "ix_assignments_unit_task", "1000000 8300 1"),
    ("assignments", "sqlite_autoindex_assignments_1", "1000000 10 1"),
    ("assignments", "ix_assignments_completed", "945000 300"),
    ("tasks", "ix_tasks_due_date", "100000 30"),
    ("tasks", "ix_tasks_directive_id", "100000 5"),
    ("tasks", "ix_tasks_meeting_id", "100000 3000"),
    ("directives", "ix_directives_received", "20000 5 1"),
    ("directives", "ix_directives_identity", "20000 2 1"),
    ("directives", "sqlite_autoindex_directives_1", "20000 200 1"),
]


def _office(engine: Engine) -> None:
    with session_scope(engine) as session:
        for n in range(3):
            task = create_task(
                TaskInput(title=f"Báo cáo số {n}", due=f"2{n}/11/2026"), session=session
            )
            assign_group(task.id or 0, "CB_TDP", session=session)
        create_directive(
            DirectiveInput(
                subject="Kết luận về phường Lê Ích Mộc",
                issuer="Thành ủy",
                received="20/11/2026",
                confirmed=True,  # no number, no date of issue: as the clerk confirmed
            ),
            session=session,
        )
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        # The planner sees a decade of a busy office (the shape benchmarks/generate.py
        # builds), not this handful of rows: the plans are the ones a big office gets.
        conn.exec_driver_sql(
            "DELETE FROM sqlite_stat1 WHERE tbl IN ('assignments', 'tasks', 'directives')"
        )
        conn.exec_driver_sql("INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES (?, ?, ?)", DECADE)
        conn.exec_driver_sql("ANALYZE sqlite_schema")  # reload the statistics


def test_the_morning_review_reads_open_work_by_due_date(engine: Engine) -> None:
    _office(engine)
    plans = _plans(engine, lambda s: daily_review(TODAY, session=s))
    on_assignments = [
        (sql, plan) for sql, plan in plans if "FROM assignments" in sql or "JOIN assignments" in sql
    ]
    assert len(on_assignments) >= 4
    for sql, plan in on_assignments:
        assert "SCAN tasks" not in plan, (sql, plan)
        if "assignments.task_id IN" in sql:
            # the owing units of the rows shown: a page of tasks, looked up by task id
            assert "(task_id=?)" in plan, (sql, plan)
        else:
            assert "ix_assignments_open_due" in plan, (sql, plan)  # by due date, no task join


def test_the_task_list_pages_in_due_order_without_a_full_aggregate(engine: Engine) -> None:
    _office(engine)
    plans = _plans(engine, lambda s: task_list(TODAY, session=s))
    first = plans[0][1]
    assert "ix_tasks_due_date" in first, first  # walks tasks in due order, stops at a page
    assert "ix_assignments_open" in first, first
    grouped = _plans(
        engine,
        lambda s: task_list(
            TODAY, session=s, filters=TaskFilter(group_code="CB_TDP", status="open")
        ),
    )
    assert "ix_assignments_open" in grouped[0][1], grouped[0]


def test_search_uses_the_full_text_index(engine: Engine) -> None:
    _office(engine)
    plans = _plans(
        engine, lambda s: directive_list(session=s, filters=DirectiveFilter(query="le ich moc"))
    )
    (_sql, plan) = plans[0]
    assert "VIRTUAL TABLE INDEX" in plan, plan  # FTS5 answers, not a scan of the texts
    assert "SCAN directives" not in plan, plan
