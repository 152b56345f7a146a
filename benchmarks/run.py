"""Measure the figures of issue 8 on a large database and print one table of medians.

Usage: .venv/bin/python benchmarks/run.py [--size large|small] [--db PATH] [--runs N]
                                          [--only NAMES] [--explain] [--profile]

The database is generated first when missing (benchmarks/generate.py). Everything that
writes (the running app, mark done, import) works on a copy (``*.work.sqlite3``), so
the generated file stays as generated. Each figure is the median of N runs, beside its
target with the ratio median/target (> 1.00 means over target).

--explain prints, for every figure over its target, the SQL it ran with the time of each
statement and SQLite's ``EXPLAIN QUERY PLAN``; --profile prints the cProfile top 10 by
cumulative time. --only runs some groups: cold, home, search, tasks, detail, app, import,
export (comma separated).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(HERE))

from generate import SIZES, TODAY, default_path, generate  # noqa: E402
from sqlalchemy import Engine, event, text  # noqa: E402

from secretariat.office.database import open_database  # noqa: E402
from storage.engine import session_scope  # noqa: E402

PYTHON = sys.executable
SEARCHES = ("dang", "ket luan", "chuyen doi so")
GROUP = "CB_TDP"
MS = 1e-3


# --- Results -------------------------------------------------------------------------


@dataclass
class Figure:
    name: str
    value: float | None  # seconds (or MB when unit == "MB"); None: not measured
    target: float | None
    unit: str = "s"
    note: str = ""
    samples: list[float] = field(default_factory=list)
    work: Callable[[], Any] | None = None  # re-run for --explain / --profile

    @property
    def over(self) -> bool:
        return self.value is not None and self.target is not None and self.value > self.target


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:,.0f} MB"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value / MS:.1f} ms"


def print_table(figures: list[Figure]) -> None:
    rows = [("figure", "median", "target", "ratio", "note")]
    for f in figures:
        ratio = "—"
        if f.value is not None and f.target:
            ratio = f"{f.value / f.target:.2f}" + (" OVER" if f.over else "")
        target = f"≤ {fmt(f.target, f.unit)}" if f.target is not None else "—"
        rows.append((f.name, fmt(f.value, f.unit), target, ratio, f.note))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for n, row in enumerate(rows):
        cells = [row[i].ljust(widths[i]) if i == 0 else row[i].rjust(widths[i]) for i in range(4)]
        print("  ".join(cells) + ("  " + row[4] if row[4] else ""))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def timed(work: Callable[[], Any], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


def figure(name: str, work: Callable[[], Any], runs: int, target: float, note: str = "") -> Figure:
    work()  # warm-up: first-call imports and SQLite page cache
    samples = timed(work, runs)
    return Figure(name, statistics.median(samples), target, note=note, samples=samples, work=work)


# --- SQL trace, query plans, profiles ----------------------------------------------------


class Tracer:
    """Records the statements an engine runs (with their time) while ``active``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.active = False
        self.statements: list[tuple[str, Any, float]] = []
        self._started: list[float] = []
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        self._started.append(time.perf_counter())

    def _after(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        took = time.perf_counter() - self._started.pop()
        if self.active and not executemany:
            self.statements.append((statement, parameters, took))

    def trace(self, work: Callable[[], Any]) -> list[tuple[str, Any, float]]:
        self.statements = []
        self.active = True
        try:
            work()
        finally:
            self.active = False
        return self.statements


def explain(engine: Engine, tracer: Tracer, f: Figure) -> None:
    assert f.work is not None
    statements = tracer.trace(f.work)
    print(f"\n### {f.name}: {len(statements)} statements")
    raw = engine.raw_connection()
    try:
        for sql, params, took in sorted(statements, key=lambda s: -s[2])[:6]:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                print(f"-- {took / MS:.1f} ms: {' '.join(sql.split())[:200]}")
                continue
            print(f"-- {took / MS:.1f} ms, params {params}:")
            print("   " + " ".join(sql.split()))
            cursor = raw.cursor()
            for row in cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params):
                print(f"     {'  ' * _depth(row)}{row[-1]}")
            rows = cursor.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
            print(f"     -> {rows} rows returned")
            cursor.close()
    finally:
        raw.close()


def _depth(row: tuple[Any, ...]) -> int:
    return 0 if row[1] == 0 else 1


def profile(f: Figure) -> None:
    assert f.work is not None
    profiler = cProfile.Profile()
    profiler.enable()
    f.work()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(10)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    print(f"\n### cProfile {f.name} (top 10 by cumulative time)")
    print("\n".join(lines[2:]))


# --- 1. cold start -----------------------------------------------------------------------


def clerk_environment() -> dict[str, str]:
    """The environment of a clerk's terminal: Python's defaults. This sandbox sets
    PYTHONDONTWRITEBYTECODE=1, which makes every start compile each of the project's
    ~70 modules from source again (~130 ms); a default Python caches them (``.pyc``) on
    the first start, as it does for the installed libraries."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cold_start(db: Path, runs: int) -> list[Figure]:
    def once() -> dict[str, Any]:
        started = time.time()
        done = subprocess.run(
            [PYTHON, str(HERE / "cold_start.py"), str(db)],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            env=clerk_environment(),
        )
        if done.returncode != 0:
            raise RuntimeError(f"cold start failed: {done.stderr[-2000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["marks"]["popen"] = started
        return result

    from secretariat.office.database import integrity_report

    marker = db.with_name(f".{db.name}.checked")

    def first_of_day() -> dict[str, Any]:
        # Not checked today: the full check (and the daily backup, done once per day
        # beside the file) runs in a thread once the first screen has drawn its data.
        marker.unlink(missing_ok=True)
        return once()

    firsts = [first_of_day() for _ in range(3)]
    assert integrity_report(db) is None  # checked today from now on, as after a clean exit
    results = [once() for _ in range(max(runs, 5))]

    def stage(result: dict[str, Any], end: str, begin: str = "popen") -> float:
        marks = result["marks"]
        return float(marks[end] - marks[begin])

    drawn = [stage(r, "drawn") for r in results]
    first_drawn = [stage(r, "drawn") for r in firsts]
    median = statistics.median
    breakdown = (
        f"interpreter {median(stage(r, 'script') for r in results) / MS:.0f} ms, "
        f"import cli {median(stage(r, 'imported_cli', 'script') for r in results) / MS:.0f} ms, "
        f"build_app (imports + open db) "
        f"{median(stage(r, 'built_app', 'imported_cli') for r in results) / MS:.0f} ms, "
        f"run → home shown {median(stage(r, 'shown', 'built_app') for r in results) / MS:.0f} ms; "
        f"{results[0]['rows'][0]} rows"
    )
    rss = median(r["maxrss_kb"] for r in results) / 1024
    return [
        Figure("1. cold start → home drawn with data", median(drawn), 1.0, samples=drawn,
               note=breakdown),
        Figure("   first start of the day (check + backup in a thread)", median(first_drawn),
               1.0, samples=first_drawn, note="3 runs"),
        Figure("   peak RSS", rss, 150, unit="MB"),
    ]  # fmt: skip


# --- 2-5. services -------------------------------------------------------------------------


def services(engine: Engine, runs: int, groups: set[str]) -> list[Figure]:
    from secretariat.directives.register import DirectiveFilter, directive_list
    from secretariat.office.start_of_day import start_day
    from secretariat.review import daily_review
    from secretariat.tasks.queries import TaskFilter, task_detail, task_list

    def read(service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with session_scope(engine) as session:
            return service(*args, session=session, **kwargs)

    figures: list[Figure] = []
    if "home" in groups:
        review = read(daily_review, TODAY)
        note = (
            f"{len(review.overdue)}+{len(review.due_today)}+{len(review.upcoming)} rows, "
            f"{review.overdue_total:,} overdue of {review.open_total:,} open"
        )
        figures.append(
            figure("2. home queries (daily_review)", lambda: read(daily_review, TODAY), runs,
                   0.030, note)
        )  # fmt: skip

        # The first Hôm nay of the day: the app starts the day (series move on), the
        # screen reads; later reads of the day are the figure above.
        def first_of_day() -> Any:
            read(start_day, TODAY)
            return read(daily_review, TODAY)

        figures.append(
            figure("   first of the day (start_day + daily_review)", first_of_day, runs, 0.030)
        )
    if "search" in groups:
        for query in SEARCHES:
            per_key: list[tuple[str, float]] = []
            for end in range(1, len(query) + 1):
                prefix = query[:end]
                filters = DirectiveFilter(query=prefix)

                def work(filters: DirectiveFilter = filters) -> Any:
                    return read(directive_list, filters=filters)

                work()
                per_key.append((prefix, statistics.median(timed(work, runs))))
            worst_prefix, worst = max(per_key, key=lambda p: p[1])
            count = len(read(directive_list, filters=DirectiveFilter(query=query)))
            keys = statistics.median(t for _, t in per_key)
            figures.append(
                Figure(f"3. search «{query}», median keystroke", keys, 0.030,
                       note=f"{len(per_key)} keystrokes; {count} rows for the full query")
            )  # fmt: skip
            figures.append(
                Figure(f"   search «{query}», worst keystroke «{worst_prefix}»", worst, 0.030,
                       work=lambda p=worst_prefix: read(directive_list,
                                                        filters=DirectiveFilter(query=p)))
            )  # fmt: skip
    if "tasks" in groups:
        for status in ("overdue", "open"):
            filters = TaskFilter(status=status, group_code=GROUP)
            rows = len(read(task_list, TODAY, filters=filters))
            figures.append(
                figure(f"4. task_list group {GROUP} + {status}",
                       lambda f=filters: read(task_list, TODAY, filters=f), runs, 0.100,
                       note=f"{rows} rows")
            )  # fmt: skip
        figures.append(
            figure("   task_list unfiltered (tasks screen first load)",
                   lambda: read(task_list, TODAY), runs, 0.100)
        )  # fmt: skip
    if "detail" in groups:
        task_id = big_task(engine)
        figures.append(
            figure("5. task_detail (unit matrix, 38 units)",
                   lambda: read(task_detail, task_id, TODAY), runs, 0.100,
                   note=f"task {task_id}")
        )  # fmt: skip
        figures.append(mark_done_service(engine, runs))
    return figures


def big_task(engine: Engine) -> int:
    """The newest task with exactly 38 assignments (a whole group of chi bộ)."""
    with engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT task_id FROM assignments GROUP BY task_id HAVING count(*) = 38 "
                    "ORDER BY task_id DESC LIMIT 1"
                )
            ).scalar_one()
        )


def open_overdue(engine: Engine, limit: int) -> list[int]:
    with engine.connect() as conn:
        return [
            int(row[0])
            for row in conn.execute(
                text(
                    "SELECT a.id FROM assignments a JOIN tasks t ON t.id = a.task_id "
                    "WHERE a.completed_date IS NULL AND t.due_date < :today "
                    "AND t.recurrence = '' ORDER BY a.id DESC LIMIT :n"
                ),
                {"today": TODAY.isoformat(), "n": limit},
            )
        ]


def mark_done_service(engine: Engine, runs: int) -> Figure:
    from secretariat.dates import format_date
    from secretariat.review import daily_review
    from secretariat.tasks.writes import mark_done

    todo = open_overdue(engine, runs * 2 + 4)

    def work() -> Any:
        with session_scope(engine) as session:
            mark_done(todo.pop(), format_date(TODAY), "12-BC/CB", today=TODAY, session=session)
        with session_scope(engine) as session:
            return daily_review(TODAY, session=session)

    return figure("   mark_done + reload daily_review (services)", work, runs, 0.100)


# --- 4-5. the running app (Pilot) ----------------------------------------------------------


def app_figures(db: Path, runs: int) -> list[Figure]:
    """Key press → redrawn screen in the real app under a pty (benchmarks/keys.py)."""
    try:
        from keys import key_figures
    except ImportError as exc:  # pyte: pip install -e '.[bench]'
        return [Figure("4-5. app: key press → redrawn", None, 0.100, note=f"{exc}")]
    found = key_figures(db, runs)
    figures = []
    for number, (name, timings) in enumerate(found.items()):
        redrawn = [t.redrawn for t in timings]
        echo = statistics.median(t.echo for t in timings)
        label = ("4-5. app (real terminal): " if number == 0 else "   app: ") + name
        target = 1.0 if number == 0 else 0.100
        note = f"first change {echo / MS:.0f} ms" + (", one run" if len(timings) == 1 else "")
        figures.append(Figure(label, statistics.median(redrawn), target, samples=redrawn,
                              note=note))  # fmt: skip
    return figures


# --- 6. import and export ------------------------------------------------------------------


def import_figures(engine: Engine, runs: int) -> list[Figure]:
    import import_seed

    from secretariat.dates import format_date
    from secretariat.directives.importer import propose, read_directive_file
    from secretariat.directives.save_import import (
        ImportPlan,
        TaskChoice,
        prepare_import,
        save_import,
    )
    from storage.models import Directive, Task

    seed = import_seed.DEFAULT_SEED
    proposal = propose(read_directive_file(seed), seed.name)
    figures = [
        figure("6. import seed 001: read + propose", lambda: propose(
            read_directive_file(seed), seed.name), runs, 1.0,
            note=f"{len(proposal.tasks)} tasks proposed")
    ]  # fmt: skip

    def save() -> Any:
        body = read_directive_file(seed)
        found = propose(body, seed.name)
        with session_scope(engine) as session:
            data, _twin = prepare_import(found, body, TODAY, session=session)
            # what the clerk types where the importer read nothing (seed 001 has no issuer)
            data = replace(
                data,
                issuer=data.issuer or "Đảng ủy phường Lê Ích Mộc",
                subject=data.subject or "Báo cáo chính trị Đại hội Đảng bộ phường",
            )
            tasks = tuple(
                TaskChoice(
                    title=t.text[:1000],
                    due=format_date(t.due_date),
                    ongoing=t.due_date is None,
                )
                for t in found.tasks
            )
            directive_id, _ = save_import(
                ImportPlan(directive=data, tasks=tasks, confirmed=True), session=session
            )
        with session_scope(engine) as session:  # untimed in spirit: undo for the next run
            for task in session.exec(
                Task.__table__.select().where(Task.directive_id == directive_id)  # type: ignore[attr-defined]
            ).all():
                session.delete(session.get(Task, task.id))
            session.delete(session.get(Directive, directive_id))

    try:
        figures.append(
            figure("   import seed 001: read + propose + save to register (+ undo)", save,
                   runs, 1.0)
        )  # fmt: skip
    except Exception as exc:  # the import path is being changed by another engineer
        figures.append(Figure("   import seed 001: save to register", None, 1.0,
                              note=f"failed: {exc!r}"[:120]))  # fmt: skip
    return figures


def export_figures(engine: Engine, db: Path, runs: int) -> list[Figure]:
    """Hook for the month summary export (``secretariat.reports.exporting``)."""
    figures = []
    for fmt_ in ("docx", "xlsx"):
        name = f"6. export month summary .{fmt_}"
        try:
            from secretariat.reports.exporting import ExportRequest, export_to_file

            folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
            request = ExportRequest(fmt=fmt_, period="month")

            def work(request: ExportRequest = request, folder: Path = folder) -> Any:
                with session_scope(engine) as session:
                    return export_to_file(request, TODAY, folder, session=session)

            made = work()
            result = figure(name, work, runs, 3.0, note=f"{made.stat().st_size:,} bytes")
        except Exception as exc:  # not built yet (ImportError) or not finished
            result = Figure(name, None, 3.0, note=f"not built yet ({type(exc).__name__}: "
                            f"{str(exc)[:80]})")  # fmt: skip
        figures.append(result)
    return figures


# --- main ----------------------------------------------------------------------------------


def work_copy(db: Path) -> Path:
    """A fresh copy of the generated file for everything that writes."""
    with open_database(db).connect() as conn:  # checkpoint so the file alone is complete
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = db.with_name(db.stem + ".work.sqlite3")
    for suffix in ("-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(db, copy)
    os.chmod(copy, 0o600)
    return copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="large")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="cold,home,search,tasks,detail,app,import,export")
    parser.add_argument("--explain", action="store_true", help="SQL + query plans when over")
    parser.add_argument("--profile", action="store_true", help="cProfile top 10 when over")
    args = parser.parse_args(argv)
    groups = set(args.only.split(","))
    db = (args.db or default_path(args.size)).absolute()
    if not db.exists():
        generate(args.size, db)
    work = work_copy(db)
    engine = open_database(work)
    with engine.connect() as conn:
        counts = {
            table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("directives", "tasks", "assignments", "meetings")
        }
    print(
        f"Database {db} ({db.stat().st_size / 1e6:,.0f} MB): "
        + ", ".join(f"{n:,} {table}" for table, n in counts.items())
        + f"; today = {TODAY:%d/%m/%Y}; {args.runs} runs per figure"
        + f"; python {sys.version.split()[0]}"
    )
    tracer = Tracer(engine)
    figures: list[Figure] = []

    def add(new: list[Figure]) -> None:
        for f in new:  # progress on stderr; the table comes at the end
            print(f"  {f.name.strip()}: {fmt(f.value, f.unit)}", file=sys.stderr, flush=True)
        figures.extend(new)

    if "cold" in groups:
        add(cold_start(work, args.runs))
    add(services(engine, args.runs, groups))
    if "app" in groups:
        add(app_figures(work, args.runs))
    if "import" in groups:
        add(import_figures(engine, args.runs))
    if "export" in groups:
        add(export_figures(engine, work, args.runs))
    print()
    print_table(figures)
    over = [f for f in figures if f.over and f.work is not None]
    if args.explain:
        for f in over:
            explain(engine, tracer, f)
    if args.profile:
        for f in over:
            profile(f)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
