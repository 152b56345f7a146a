"""Every open deadline of the summary as an all-day calendar event (RFC 5545 via icalendar).

One VEVENT per ``DeadlineItem``, a task on one date: a task whose units were given other
dates (gia hạn) has one event per date, each listing the units due then. UID the item's
uid, stable per task and date (re-importing updates the event instead of adding a copy),
SEQUENCE its version, DTSTAMP the day the summary was made (no clock), and a display
alarm ``reminder_days`` days before. When the summary holds confidential items, the
calendar description starts with the warning and each confidential event's title with
``[MẬT]``.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event

from secretariat.dates import format_date
from secretariat.reports.formats import CONFIDENTIAL_WARNING, marked
from secretariat.reports.summary_records import DeadlineItem, Summary
from secretariat.units.ranges import owing_line

PRODID = "-//Secretariat//Van phong Dang uy//VI"


def event_summary(item: DeadlineItem) -> str:
    return f"Hạn: {marked(item.title, item.confidential)}"


def event_description(item: DeadlineItem) -> str:
    lines = [f"Nhiệm vụ: {' '.join(item.title.split())}"]
    if item.directive.strip():
        lines.append(f"Văn bản: {' '.join(item.directive.split())}")
    lines.append(f"Hạn: {format_date(item.due)}{_extended(item)}")
    if item.units:
        # «36/38 chi bộ Tổ dân phố chưa xong: số 01–04, 07–38»
        lines.append(owing_line(item.units, item.assigned))
    if item.confidential:
        lines.insert(0, "Nội dung mật — không chia sẻ lịch này.")
    return "\n".join(lines)


def _extended(item: DeadlineItem) -> str:
    """After a gia hạn the event's date is not the task's: say so beside the date."""
    if item.task_due is None or item.task_due == item.due:
        return ""
    return f" (đã gia hạn; hạn của nhiệm vụ: {format_date(item.task_due)})"


def calendar_description(summary: Summary) -> str:
    text = f"Hạn các nhiệm vụ chưa hoàn thành, {summary.scope.label}"
    text += f"; số liệu đến ngày {format_date(summary.made_on)}."
    return f"{CONFIDENTIAL_WARNING} {text}" if summary.has_confidential else text


def render_ics(summary: Summary) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Hạn nhiệm vụ — {summary.scope.label}")
    calendar.add("x-wr-caldesc", calendar_description(summary))
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    stamp = datetime.combine(summary.made_on, time(), tzinfo=UTC)
    for item in summary.deadlines:
        event = Event()
        event.add("uid", item.uid)
        event.add("sequence", item.sequence)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due)  # a date: VALUE=DATE, an all-day event
        event.add("dtend", item.due + timedelta(days=1))
        event.add("summary", event_summary(item))
        event.add("description", event_description(item))
        event.add("transp", "TRANSPARENT")
        if item.confidential:
            event.add("class", "CONFIDENTIAL")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", timedelta(days=-summary.reminder_days))
        alarm.add("description", f"Sắp đến hạn: {marked(item.title, item.confidential)}")
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
