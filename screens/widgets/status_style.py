"""Colours of the countdown bands, shared by every screen that shows a status."""

from __future__ import annotations

from rich.text import Text

from secretariat.tasks.deadlines import Band, Status

BAND_STYLES = {
    Band.OVERDUE: "bold red",
    Band.DUE_TODAY: "bold dark_orange",
    Band.DUE_SOON: "yellow",
    Band.ON_TRACK: "green",
    Band.ONGOING: "cyan",
    Band.DONE: "dim green",
}


def countdown_text(status: Status) -> Text:
    """``quá hạn 5 ngày`` in red, ``còn 3 ngày làm việc`` in yellow…"""
    return Text(status.countdown, style=BAND_STYLES[status.band])


def short_countdown(status: Status) -> Text:
    """``quá hạn 3 ngày LV`` for a narrow column, in the colour of its band."""
    return Text(status.countdown_short, style=BAND_STYLES[status.band])
