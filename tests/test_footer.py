"""The footer shows the keys that fit whole, beside the palette's key (issue 17, item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from screens.widgets.footer import PALETTE_EDGE, KeyFooter
from tests.pilot_helpers import make_app, settle


def _footer_keys(pilot: Pilot[Any]) -> tuple[list[tuple[str, str, str]], tuple[str, str, str]]:
    """(key, as shown, label) of each key on the footer, and the palette's."""
    keys = pilot.app.screen.query_one(KeyFooter).shown_keys()
    return keys[:-1], keys[-1]


def _assert_whole(pilot: Pilot[Any]) -> None:
    footer = pilot.app.screen.query_one(KeyFooter)
    line = footer.render().plain
    assert len(line) == footer.size.width == pilot.app.size.width
    keys, palette = _footer_keys(pilot)
    left, edge, right = line.rpartition(PALETTE_EDGE)
    # every label whole, left of the palette's edge, and nothing else there
    assert left.rstrip() == " ".join(f"{shown} {label}" for _key, shown, label in keys)
    assert (edge, right) == (PALETTE_EDGE, f"{palette[1]} {palette[2]} ")
    assert palette[2] == "Lệnh"


@pytest.mark.parametrize("screen_key", ["1", "2", "3", "4", "5"])
async def test_footer_keys_fit_whole_at_80_columns(tmp_path: Path, screen_key: str) -> None:
    app = make_app(tmp_path / "office.sqlite3", tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(screen_key)
        await settle(pilot)
        _assert_whole(pilot)
        narrow = [key for key, _shown, _label in _footer_keys(pilot)[0]]
        assert "question_mark" not in narrow  # ? is the last but one: cut at 80

        await pilot.resize_terminal(160, 40)  # wider: the keys that were left out come back
        await settle(pilot)
        _assert_whole(pilot)
        wide = [key for key, _shown, _label in _footer_keys(pilot)[0]]
        assert wide[: len(narrow)] == narrow
        assert "question_mark" in wide and "q" in wide

        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        _assert_whole(pilot)
        assert [key for key, _shown, _label in _footer_keys(pilot)[0]] == narrow


async def test_the_footer_follows_the_focus_at_once(tmp_path: Path) -> None:
    """/ puts the search box's keys on the footer, Esc the list's, without rebuilding
    any widget (one line drawn from the bindings, in the frame of the focus change)."""
    app = make_app(tmp_path / "office.sqlite3", tmp_path / "config.json")
    async with app.run_test(size=(130, 40)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        on_list = [key for key, _shown, _label in footer.shown_keys()]
        assert "n" in on_list and "slash" in on_list
        await pilot.press("slash")
        await settle(pilot)
        assert app.screen.query_one(KeyFooter) is footer and not footer.children
        in_box = [key for key, _shown, _label in footer.shown_keys()]
        assert "n" not in in_box  # n types a letter in the box
        await pilot.press("escape")
        await settle(pilot)
        assert [key for key, _shown, _label in footer.shown_keys()] == on_list
        _assert_whole(pilot)
