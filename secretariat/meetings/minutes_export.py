"""Write one meeting's biên bản to files: Markdown to share, .docx to print and sign."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from secretariat.files import write_atomic
from secretariat.meetings.meeting_records import MeetingDetail
from secretariat.meetings.service import meeting_detail
from secretariat.org import load_org


def export_minutes(meeting_id: int, folder: Path, today: date, *, session: Session) -> list[Path]:
    """``bien-ban-<date>-<id>.md`` and ``.docx`` in ``folder`` (0700), each file 0600."""
    from secretariat.meetings.minutes import minutes_markdown
    from secretariat.meetings.minutes_docx import write_minutes_docx  # python-docx: lazy

    detail = meeting_detail(meeting_id, today, session=session)
    org = load_org(session=session)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = f"bien-ban-{detail.starts_at:%Y-%m-%d}-{meeting_id}"
    markdown = folder / f"{stem}.md"
    write_atomic(markdown, minutes_markdown(detail, org).encode("utf-8"))
    docx = write_minutes_docx(detail, org, folder / f"{stem}.docx")
    return [markdown, docx]


def minutes_for_editing(
    meeting_id: int, today: date, *, session: Session
) -> tuple[MeetingDetail, str, str]:
    """The meeting, the text the editor starts from, and the text saved (its base).

    Empty minutes start from the customary biên bản filled with what the record knows;
    that template is not saved until the clerk types.
    """
    from secretariat.meetings.minutes import minutes_template

    detail = meeting_detail(meeting_id, today, session=session)
    if detail.minutes:
        return detail, detail.minutes, detail.minutes
    return detail, minutes_template(detail, load_org(session=session)), ""
