"""Meetings: schedule, attendance, series, the minutes (template, parsing, exports)."""
