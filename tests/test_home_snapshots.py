"""Hôm nay and the task view at a laptop's 80×24 and a large 130×40 (issue 17, item 4).

Update only after looking at them:
``pytest tests/test_home_snapshots.py -n 0 --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

from tests.pilot_helpers import make_demo_app, settle


def _demo_app(tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_demo_app(tmp_path)  # the demo built once per test process, its file copied


def test_home_at_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_demo_app(tmp_path), terminal_size=(80, 24), run_before=settle)


def test_home_at_130x40(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_demo_app(tmp_path), terminal_size=(130, 40), run_before=settle)


def test_task_units_marked_at_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def mark(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        for _ in range(5):  # the 38 chi bộ TDP's task, in «7 ngày tới»
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("space", "down", "space", "space")  # số 03, 05, 06
        await settle(pilot)

    assert snap_compare(_demo_app(tmp_path), terminal_size=(80, 24), run_before=mark)
