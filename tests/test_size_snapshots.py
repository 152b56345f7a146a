"""Văn bản đến, Hội nghị and Đơn vị at a laptop's 80×24 and a large 130×40 (issue 17, item 4).

At 80 columns each keeps the columns that identify a row (số/ký hiệu and trích yếu; time
and title; the unit's name) and every other column it shows within the screen; the
footer shows the keys that fit whole. Update only after looking at them:
``pytest tests/test_size_snapshots.py -n 0 --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pilot_helpers import make_demo_app, settle

SCREENS = {"directives": "2", "meetings": "4", "units": "5"}


@pytest.mark.parametrize("size", [(80, 24), (130, 40)], ids=["80x24", "130x40"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_at_size(snap_compare, tmp_path: Path, screen: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def open_screen(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press(SCREENS[screen])
        await settle(pilot)

    app = make_demo_app(tmp_path)  # the demo built once per test process, its file copied
    assert snap_compare(app, terminal_size=size, run_before=open_screen)
