"""The footer shows the keys that fit whole, beside the palette's key (issue 17, item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets._footer import FooterKey

from screens.widgets.footer import KeyFooter
from tests.pilot_helpers import make_app, settle


def _footer_keys(pilot: Pilot[Any]) -> tuple[list[FooterKey], FooterKey]:
    footer = pilot.app.screen.query_one(KeyFooter)
    keys = list(footer.query(FooterKey))
    palette = next(key for key in keys if key.has_class("-command-palette"))
    return [key for key in keys if key is not palette], palette


def _assert_whole(pilot: Pilot[Any]) -> None:
    keys, palette = _footer_keys(pilot)
    for key in keys:  # every label whole, left of the palette's border
        assert key.region.width == len(key.key_display) + 1 + len(key.description)
        assert key.region.right <= palette.region.x
    assert palette.description == "Lệnh"


@pytest.mark.parametrize("screen_key", ["1", "2", "3", "4", "5"])
async def test_footer_keys_fit_whole_at_80_columns(tmp_path: Path, screen_key: str) -> None:
    app = make_app(tmp_path / "office.sqlite3", tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(screen_key)
        await settle(pilot)
        _assert_whole(pilot)
        narrow = [key.key for key in _footer_keys(pilot)[0]]
        assert "question_mark" not in narrow  # ? is the last but one: cut at 80

        await pilot.resize_terminal(160, 40)  # wider: the keys that were left out come back
        await settle(pilot)
        _assert_whole(pilot)
        wide = [key.key for key in _footer_keys(pilot)[0]]
        assert wide[: len(narrow)] == narrow
        assert "question_mark" in wide and "q" in wide

        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        _assert_whole(pilot)
        assert [key.key for key in _footer_keys(pilot)[0]] == narrow
