"""Dates as a Vietnamese clerk reads them: dd/mm/yyyy, weekday names, day counts."""

from __future__ import annotations

from datetime import date, datetime

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def format_date(value: date | None) -> str:
    """``23/11/2026``; an empty string for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_datetime(value: datetime | None) -> str:
    """``08:00 23/11/2026``."""
    return value.strftime("%H:%M %d/%m/%Y") if value else ""


def long_date(value: date) -> str:
    """``Thứ Hai, 23/11/2026``."""
    return f"{WEEKDAYS[value.weekday()]}, {format_date(value)}"


def countdown(due: date, today: date) -> str:
    """Calendar-day countdown: ``quá hạn 5 ngày``, ``hôm nay``, ``còn 3 ngày``."""
    days = (due - today).days
    if days < 0:
        return f"quá hạn {-days} ngày"
    if days == 0:
        return "đến hạn hôm nay"
    return f"còn {days} ngày"
