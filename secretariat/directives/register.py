"""The register of incoming directives (sổ văn bản đến): register, edit, search, attach.

Input arrives as the clerk typed it and is checked here, so the form, the importer and
the CLI refuse the same things with the same Vietnamese sentence.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from secretariat.dates import format_date, office_today, parse_optional_date
from secretariat.directive_names import directive_name, directive_option
from secretariat.directives.doc_numbers import doc_type_for, parse_number_symbol
from secretariat.errors import Doubts, Problems, UserError, os_reason
from secretariat.places import attachments_dir as attachments_dir  # re-exported
from secretariat.stale import claim_or_refuse
from secretariat.text import fold, internal_id, shorten
from secretariat.vocab import CONFIDENTIALITY, DIRECTIVE_STATUSES, URGENCY
from storage import search
from storage.models import Attachment, Directive, Task
from storage.sqlite_files import create_private, make_private_dir, replace_durably
from storage.tables import columns, read_model
from storage.write_lock import hold_write_lock

PAGE = 100  # the register draws one page of rows; a decade never loads at once
TEXT_MAX = 5_000_000  # characters of full text (a 1 MB directive is ordinary)
SUBJECT_MAX = 2_000
ATTACHMENT_MAX = 200 * 1024 * 1024


@dataclass(frozen=True)
class DirectiveInput:
    """A directive as typed in the form: dates and numbers are still text."""

    subject: str
    issuer: str
    received: str
    number_symbol: str = ""
    doc_type: str = ""
    place: str = ""
    issued: str = ""
    incoming_number: str = ""  # blank: the next number of the year
    confidentiality: str = "thuong"
    urgency: str = "thuong"
    handler: str = ""
    status: str = "moi"
    full_text: str = ""
    version: int | None = None  # as read for editing
    confirmed: bool = False  # the clerk saw what is missing (no number, no date) and saves


def _squeeze(value: str) -> str:
    return " ".join(value.split())


def _clean(data: DirectiveInput, session: Session, directive_id: int | None) -> dict[str, Any]:
    """Check every field; one UserError lists every problem, nothing is saved."""
    problems = Problems()
    subject = _squeeze(data.subject)
    issuer = _squeeze(data.issuer)
    if not subject:
        problems.add("Trích yếu không được để trống.", "subject")
    elif len(subject) > SUBJECT_MAX:
        problems.add(f"Trích yếu dài quá {SUBJECT_MAX} ký tự.", "subject")
    if not issuer:
        problems.add("Cơ quan ban hành không được để trống.", "issuer")
    number = _squeeze(data.number_symbol)
    parsed = parse_number_symbol(number) if number else None
    if parsed is not None:
        number = parsed.text
    doc_type = _squeeze(data.doc_type) or (doc_type_for(number) if number else None) or ""
    issued = received = None
    try:
        issued = parse_optional_date(data.issued, what="Ngày ban hành")
    except UserError as exc:
        problems.add(exc.message, "issued")
    try:
        received = parse_optional_date(data.received, what="Ngày đến")
        if received is None:
            problems.add("Ngày đến không được để trống.", "received")
    except UserError as exc:
        problems.add(exc.message, "received")
    if issued and received and received < issued:
        problems.add(
            f"Ngày đến {format_date(received)} trước ngày ban hành {format_date(issued)}.",
            "received",
        )
    for value, vocabulary, what, name in (
        (data.confidentiality, CONFIDENTIALITY, "Độ mật", "confidentiality"),
        (data.urgency, URGENCY, "Độ khẩn", "urgency"),
        (data.status, DIRECTIVE_STATUSES, "Tình trạng xử lý", "status"),
    ):
        if value not in vocabulary:
            problems.add(f"{what} «{value}» không hợp lệ.", name)
    if len(data.full_text) > TEXT_MAX:
        problems.add(f"Toàn văn dài quá {TEXT_MAX:,} ký tự.".replace(",", "."), "full_text")
    incoming: int | None = None
    raw_number = data.incoming_number.strip()
    if raw_number:
        if not raw_number.isdigit() or int(raw_number) == 0:
            problems.add(f"Số đến «{raw_number}» phải là số nguyên dương.", "incoming_number")
        else:
            incoming = int(raw_number)
    problems.raise_any()
    _ask_what_is_missing(data, number, doc_type, issuer, issued, session, directive_id)
    assert received is not None
    year = received.year
    if incoming is None:
        incoming = next_incoming_number(year, session=session, keep_for=directive_id)
    else:
        holder = session.exec(
            select(Directive).where(
                Directive.incoming_year == year,
                Directive.incoming_number == incoming,
                Directive.id != directive_id,
            )
        ).first()
        if holder is not None:
            raise UserError(
                f"Số đến {incoming}/{year} đã cấp cho văn bản «{label(holder)}»; "
                f"số tiếp theo còn trống là {next_incoming_number(year, session=session)}.",
                field="incoming_number",
            )
    return {
        "number_symbol": number,
        "doc_type": doc_type,
        "issuer": issuer,
        "place": _squeeze(data.place),
        "issued_date": issued,
        "received_date": received,
        "incoming_year": year,
        "incoming_number": incoming,
        "subject": subject,
        "confidentiality": data.confidentiality,
        "urgency": data.urgency,
        "handler": _squeeze(data.handler),
        "status": data.status,
        "full_text": data.full_text.replace("\r\n", "\n").strip(),
    }


@dataclass(frozen=True)
class DirectiveRead:
    """A directive as saved (its full text left out): what a write service hands back."""

    id: int
    number_symbol: str
    doc_type: str
    issuer: str
    place: str
    issued_date: date | None
    received_date: date | None
    incoming_number: int | None
    incoming_year: int | None
    subject: str
    confidentiality: str
    urgency: str
    handler: str
    status: str
    version: int


@dataclass(frozen=True)
class AttachmentRead:
    """A file attached to a directive, as saved (the copy lives in ``attachments/``)."""

    id: int
    directive_id: int
    file_name: str
    stored_name: str
    size: int


def _ask_what_is_missing(
    data: DirectiveInput,
    number: str,
    doc_type: str,
    issuer: str,
    issued: date | None,
    session: Session,
    directive_id: int | None,
) -> None:
    """A directive without a number, a type or a date of issue is possible (a giấy mời, a
    note from above) but usually a field left out (or a header the importer could not
    read): ask once, saying how it will be named.

    An edit asks only about what the saved directive did have.
    """
    saved = session.get(Directive, directive_id) if directive_id is not None else None
    missing: list[tuple[str, str]] = []
    if not number and (saved is None or saved.number_symbol):
        missing.append(("số, ký hiệu", "number_symbol"))
    if not doc_type and (saved is None or saved.doc_type):
        missing.append(("loại văn bản", "doc_type"))  # neither typed nor read from the number
    if issued is None and (saved is None or saved.issued_date is not None):
        missing.append(("ngày ban hành", "issued"))
    if not missing:
        return
    names = [what for what, _ in missing]
    listed = names[0] if len(names) == 1 else f"{'; '.join(names[:-1])} và {names[-1]}"
    doubts = Doubts()
    doubts.add(
        f"Văn bản chưa có {listed}; trong sổ và ở các "
        f"nhiệm vụ nó sẽ mang tên «{directive_name(number, doc_type, issuer, issued)}».",
        missing[0][1],
    )
    doubts.ask_unless(data.confirmed)


def label(directive: Directive | DirectiveRead) -> str:
    """How a clerk names a directive: its number, else its type, issuer and date."""
    return directive_name(
        directive.number_symbol, directive.doc_type, directive.issuer, directive.issued_date
    )


def next_incoming_number(year: int, *, session: Session, keep_for: int | None = None) -> int:
    """The next free số đến of ``year`` (a directive keeps its own when edited)."""
    if keep_for is not None:
        own = session.get(Directive, keep_for)
        if own is not None and own.incoming_year == year and own.incoming_number:
            return own.incoming_number
    highest = session.exec(
        select(func.max(Directive.incoming_number)).where(Directive.incoming_year == year)
    ).one()
    return (highest or 0) + 1


def find_duplicate(
    number_symbol: str, issuer: str, issued: date | None, *, session: Session
) -> Directive | None:
    """The registered directive with the same number, issuer and date of issue, if any."""
    number = _squeeze(number_symbol)
    parsed = parse_number_symbol(number) if number else None
    if parsed is not None:
        number = parsed.text
    if not number or issued is None:
        return None
    candidates = session.exec(
        select(Directive).where(Directive.number_symbol == number, Directive.issued_date == issued)
    ).all()
    wanted = fold(issuer)
    for candidate in candidates:
        found = fold(candidate.issuer)
        if not wanted or not found or wanted in found or found in wanted:
            return candidate
    return None


_INCOMING = re.compile(r"^\s*(\d{1,6})\s*(?:/\s*(\d{4}))?\s*$")  # số đến: 541 or 541/2025


def find_directive(text: str, *, session: Session) -> int:
    """The directive a clerk names: its number-symbol (``604-TB/VPTU``, case and diacritics
    ignored), its số đến (``541/2025``, or ``541`` when one year has it), or ``id:12``.

    A name that fits several directives is refused with each of them, so the clerk can
    say which; ``UserError`` when none fits.
    """
    wanted = " ".join(text.split())
    internal = internal_id(wanted)
    if internal is not None:
        if session.get(Directive, internal) is None:
            raise UserError(f"Không có văn bản số hiệu nội bộ {internal}.")
        return internal
    incoming = _INCOMING.match(wanted)
    if incoming:
        statement = select(Directive).where(Directive.incoming_number == int(incoming.group(1)))
        if incoming.group(2):
            statement = statement.where(Directive.incoming_year == int(incoming.group(2)))
        found = list(session.exec(statement).all())
        what = f"số đến {wanted}"
    else:
        parsed = parse_number_symbol(wanted)
        number = fold(parsed.text if parsed is not None else wanted).replace(" ", "")
        found = [
            d
            for d in session.exec(select(Directive).where(col(Directive.number_symbol) != "")).all()
            if fold(d.number_symbol).replace(" ", "") == number
        ]
        what = f"số, ký hiệu «{wanted}»"
    if not found:
        raise UserError(
            f"Không có văn bản nào có {what}. Ghi số, ký hiệu (VD: 604-TB/VPTU) "
            "hoặc số đến (VD: 541/2025)."
        )
    if len(found) > 1:
        raise UserError(
            f"Có {len(found)} văn bản có {what}; hãy ghi số đến kèm năm:",
            details=[
                f"{d.incoming_number}/{d.incoming_year} — {label(d)}, {d.issuer}, "
                f"ngày đến {format_date(d.received_date)}"
                for d in found
            ],
        )
    assert found[0].id is not None  # stored rows have ids
    return found[0].id


def _twin_refusal(twin: Directive) -> UserError:
    return UserError(
        f"Văn bản {twin.number_symbol} ngày {format_date(twin.issued_date)} của "
        f"{twin.issuer} đã có trong sổ (số đến {twin.incoming_number}/"
        f"{twin.incoming_year}); hãy sửa văn bản đó thay vì đăng ký lại."
    )


def _same_identity(
    cleaned: dict[str, Any], own_id: int | None, session: Session
) -> Directive | None:
    """The directive stored with exactly this number, issuer and date (the unique index)."""
    if not cleaned["number_symbol"] or cleaned["issued_date"] is None:
        return None
    return session.exec(
        select(Directive).where(
            Directive.number_symbol == cleaned["number_symbol"],
            Directive.issuer == cleaned["issuer"],
            Directive.issued_date == cleaned["issued_date"],
            col(Directive.duplicate_of).is_(None),
            Directive.id != own_id,
        )
    ).first()


def _number_holder(
    year: int, number: int, own_id: int | None, session: Session
) -> Directive | None:
    return session.exec(
        select(Directive).where(
            Directive.incoming_year == year,
            Directive.incoming_number == number,
            Directive.id != own_id,
        )
    ).first()


NUMBER_TRIES = 5  # an automatic số đến taken meanwhile moves on to the next free one


def _store(
    directive: Directive, cleaned: dict[str, Any], automatic: bool, *, session: Session
) -> Directive:
    """Write ``cleaned`` into the directive; a clash the unique indexes find is refused
    in Vietnamese. Returns the row written.

    The write lock makes a clash rare (another program, another database); when one
    happens, the same directive already stored is named, a typed số đến that is taken
    is refused with the next free one, and an automatic số đến moves on to it. Anything
    else goes up as it is (the app and the CLI say it in one sentence). The values are
    set inside the SAVEPOINT, so the failing statement is inside it too (opening one
    flushes what is pending first) and a refusal leaves the session usable.
    """
    own_id = directive.id
    for _ in range(NUMBER_TRIES):
        try:
            with session.begin_nested():
                for name, value in cleaned.items():
                    setattr(directive, name, value)
                session.add(directive)
                session.flush()
            return directive
        except IntegrityError:
            # Rolled back to the SAVEPOINT: a new row is out of the session again, an
            # edited one back to what is stored.
            twin = _same_identity(cleaned, own_id, session)
            if twin is not None:
                raise _twin_refusal(twin) from None
            year, number = cleaned["incoming_year"], cleaned["incoming_number"]
            holder = _number_holder(year, number, own_id, session)
            if holder is None:
                raise
            free = next_incoming_number(year, session=session)
            if not automatic:
                raise UserError(
                    f"Số đến {number}/{year} vừa được cấp cho văn bản «{label(holder)}»; "
                    f"số tiếp theo còn trống là {free}.",
                    field="incoming_number",
                ) from None
            cleaned["incoming_number"] = free
    raise UserError(
        "Nhiều máy đang cùng đăng ký văn bản nên chưa cấp được số đến; chưa lưu, hãy thử lại."
    )


def create_directive(data: DirectiveInput, *, session: Session) -> DirectiveRead:
    """Register a directive: checked, refused if it is registered already, then stored,
    all under the file's write lock taken first (two clerks saving it at once store it
    once, and never take the same số đến)."""
    hold_write_lock(session)
    cleaned = _clean(data, session, None)
    twin = find_duplicate(
        cleaned["number_symbol"], cleaned["issuer"], cleaned["issued_date"], session=session
    )
    if twin is not None:
        raise _twin_refusal(twin)
    directive = _store(Directive(), cleaned, not data.incoming_number.strip(), session=session)
    return read_model(DirectiveRead, directive)


def update_directive(directive_id: int, data: DirectiveInput, *, session: Session) -> DirectiveRead:
    hold_write_lock(session)
    directive = get_directive(directive_id, session=session)
    cleaned = _clean(data, session, directive_id)
    claim_or_refuse(
        session,
        directive,
        data.version,
        lambda d: (
            "Văn bản này vừa được sửa ở nơi khác; chưa lưu thay đổi của bạn. Hiện tại: "
            f"«{label(d)}», số đến {d.incoming_number}, trích yếu «{shorten(d.subject, 80)}». "
            "Hãy đóng, xem lại rồi sửa."
        ),
    )
    directive = _store(directive, cleaned, not data.incoming_number.strip(), session=session)
    return read_model(DirectiveRead, directive)


def get_directive(directive_id: int, *, session: Session) -> Directive:
    directive = session.get(Directive, directive_id)
    if directive is None:
        raise UserError("Không tìm thấy văn bản này; có thể nó vừa bị xóa ở nơi khác.")
    return directive


def directive_input(directive_id: int, *, session: Session) -> DirectiveInput:
    """The form's starting values for editing a directive (with the version read)."""
    d = get_directive(directive_id, session=session)
    return DirectiveInput(
        subject=d.subject,
        issuer=d.issuer,
        received=format_date(d.received_date),
        number_symbol=d.number_symbol,
        doc_type=d.doc_type,
        place=d.place,
        issued=format_date(d.issued_date),
        incoming_number=str(d.incoming_number or ""),
        confidentiality=d.confidentiality,
        urgency=d.urgency,
        handler=d.handler,
        status=d.status,
        full_text=d.full_text,
        version=d.version,
    )


# --- Attachments ----------------------------------------------------------------


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^\w.\-]+", "_", fold(name)).strip("._") or "tep"
    return stem[-80:]


def attach_file(
    directive_id: int, source: Path, attachments_dir: Path, *, session: Session
) -> AttachmentRead:
    """Copy ``source`` into the data directory and record it against the directive.

    The copy is written (0600, fsynced) before the record; if the record cannot be
    saved the copy is removed, so neither exists without the other. The same file
    attached to the directive again returns its record: one record, one copy.
    """
    directive = get_directive(directive_id, session=session)
    source = Path(source).expanduser()
    if not source.exists():
        raise UserError(f"Không tìm thấy tệp «{source}».")
    if not source.is_file():
        raise UserError(f"«{source}» không phải là một tệp.")
    size = source.stat().st_size
    if size > ATTACHMENT_MAX:
        raise UserError(f"Tệp «{source.name}» lớn quá 200 MB.")
    year_dir = attachments_dir / str((directive.received_date or office_today()).year)
    try:
        make_private_dir(year_dir)  # attachments/ and its year: 0700 from their creation
        digest = hashlib.sha256()
        with source.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        sha = digest.hexdigest()
        stored = year_dir / f"{directive.id}-{sha[:10]}-{_safe_name(source.name)}"
        stored_name = str(stored.relative_to(attachments_dir))
        kept = session.exec(
            select(Attachment).where(
                Attachment.directive_id == directive_id, Attachment.stored_name == stored_name
            )
        ).first()
        if kept is not None:  # the same file attached again: one record, one copy
            return read_model(AttachmentRead, kept)
        copied = not stored.exists()
        if copied:
            tmp = stored.with_name(f".{stored.name}.tmp")
            tmp.unlink(missing_ok=True)
            create_private(tmp)  # 0600 before a byte of the scan is in it
            with source.open("rb") as original, tmp.open("r+b") as handle:
                shutil.copyfileobj(original, handle)
                handle.flush()
                os.fsync(handle.fileno())
            replace_durably(tmp, stored)
    except OSError as exc:
        raise UserError(f"Không sao được tệp «{source.name}»: {os_reason(exc)}.") from exc
    attachment = Attachment(
        directive_id=directive_id,
        file_name=source.name[:255],
        stored_name=stored_name,
        size=size,
        sha256=sha,
    )
    session.add(attachment)
    try:
        session.flush()
    except Exception:
        if copied:  # a copy another record uses is never removed
            stored.unlink(missing_ok=True)
        raise
    return read_model(AttachmentRead, attachment)


# --- Listing and search ------------------------------------------------------------


@dataclass(frozen=True)
class DirectiveFilter:
    query: str = ""
    doc_type: str = ""
    issuer: str = ""
    year: int | None = None
    status: str = ""
    confidentiality: str = ""


@dataclass(frozen=True)
class DirectiveRow:
    id: int
    incoming_number: int | None
    received_date: date | None
    number_symbol: str
    doc_type: str
    issuer: str
    issued_date: date | None
    subject: str
    confidentiality: str
    status: str
    task_count: int


def directive_list(
    *, session: Session, filters: DirectiveFilter | None = None, limit: int = PAGE
) -> list[DirectiveRow]:
    """The register, newest first, narrowed by the filters and the search words.

    Rows are plain tuples turned into small dataclasses (no ORM objects): a read-only
    list of a decade of directives stays cheap.
    """
    f = filters or DirectiveFilter()
    d = columns(Directive)
    task_count = select(func.count()).where(col(Task.directive_id) == d.id).scalar_subquery()
    statement = core_select(
        d.id,
        d.incoming_number,
        d.received_date,
        d.number_symbol,
        d.doc_type,
        d.issuer,
        d.issued_date,
        d.subject,
        d.confidentiality,
        d.status,
        task_count,
    )
    if f.query.strip():
        # The newest matches first, straight from the index (directive ids grow with
        # registration), so a word found in ten thousand documents costs one page.
        narrowed = any((f.doc_type, f.issuer, f.year, f.status, f.confidentiality))
        matches = search.matching_ids(session, f.query, None if narrowed else limit * 4)
        if matches is None:
            return []  # only punctuation was typed: nothing to look for
        statement = statement.where(d.id.in_(matches.columns(rowid=d.id.type)))
    if f.doc_type:
        statement = statement.where(d.doc_type == f.doc_type)
    if f.issuer:
        statement = statement.where(d.issuer == f.issuer)
    if f.year is not None:
        statement = statement.where(
            d.received_date >= date(f.year, 1, 1), d.received_date <= date(f.year, 12, 31)
        )
    if f.status:
        statement = statement.where(d.status == f.status)
    if f.confidentiality:
        statement = statement.where(d.confidentiality == f.confidentiality)
    statement = statement.order_by(d.received_date.desc(), d.id.desc()).limit(limit)
    return [DirectiveRow(*row) for row in session.execute(statement).all()]


PICKER_WIDTH = 64  # a picker line (name, start of the subject): one row at 80 columns


def directive_options(typed: str, *, session: Session, limit: int = 30) -> list[tuple[str, int]]:
    """(line, id) of the directives matching what was typed, newest first, for a picker.

    Part of the number or of the subject, with or without diacritics (the register's
    own search); nothing typed: the newest ones.
    """
    rows = directive_list(session=session, filters=DirectiveFilter(query=typed), limit=limit)
    return [
        (
            directive_option(
                r.number_symbol, r.doc_type, r.issuer, r.issued_date, r.subject, PICKER_WIDTH
            ),
            r.id,
        )
        for r in rows
    ]


def directive_option_of(directive_id: int, *, session: Session) -> str:
    """The picker line of one directive (what a form shows as already chosen)."""
    d = session.get(Directive, directive_id)
    if d is None:
        return ""
    return directive_option(
        d.number_symbol, d.doc_type, d.issuer, d.issued_date, d.subject, PICKER_WIDTH
    )


@dataclass(frozen=True)
class DirectiveFacets:
    """The values the register's filters offer, taken from what is registered."""

    doc_types: list[str] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)


def directive_facets(*, session: Session) -> DirectiveFacets:
    d = columns(Directive)
    doc_types = session.execute(
        select(d.doc_type).where(d.doc_type != "").distinct().order_by(d.doc_type)
    ).scalars()
    issuers = sorted(  # a handful of names: in the alphabet's order on either engine
        session.execute(select(d.issuer).where(d.issuer != "").distinct()).scalars(),
        key=lambda name: (fold(name), name),
    )
    years = session.execute(
        select(col(Directive.incoming_year))
        .where(col(Directive.incoming_year).is_not(None))
        .distinct()
        .order_by(col(Directive.incoming_year).desc())
    ).scalars()
    return DirectiveFacets(list(doc_types), list(issuers), [int(y) for y in years])


# --- One directive in full ---------------------------------------------------------


@dataclass(frozen=True)
class AttachmentLine:
    id: int
    file_name: str
    path: Path
    size: int
    present: bool  # False when the copy has gone missing from the data directory


@dataclass(frozen=True)
class DirectiveDetail(DirectiveRead):
    """A directive in full: the register's facts, its text and its attached files."""

    full_text: str
    attachments: list[AttachmentLine]


def directive_detail(
    directive_id: int, attachments_dir: Path, *, session: Session
) -> DirectiveDetail:
    d = get_directive(directive_id, session=session)
    files = session.exec(
        select(Attachment)
        .where(Attachment.directive_id == directive_id)
        .order_by(col(Attachment.id))
    ).all()
    lines = []
    for a in files:
        path = attachments_dir / a.stored_name
        lines.append(AttachmentLine(a.id or 0, a.file_name, path, a.size, path.is_file()))
    facts = read_model(DirectiveRead, d)
    return DirectiveDetail(**vars(facts), full_text=d.full_text, attachments=lines)
