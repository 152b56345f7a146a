"""Services for the ward's units: list, search, rename, contacts, (de)activate, delete.

All functions take a keyword-only ``session`` and leave committing to the
caller's unit of work (``storage.engine.session_scope``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import func
from sqlmodel import Session, col, select

from secretariat.errors import UserError
from secretariat.stale import claim_or_refuse
from secretariat.text import fold, matches_words
from secretariat.units.ward_structure import (
    CHI_BO_CO_SO,
    CHI_BO_TRUC_THUOC,
    CO_QUAN_PHUONG,
    DANG_BO_CO_SO,
    KIND_LABELS,
    TO_DAN_PHO,
)
from storage.models import Assignment, Unit, UnitBase, UnitGroup, UnitGroupMember, UnitRead

NAME_MAX = 200
PHONE_CHARS = re.compile(r"^[0-9 +().\-]*$")
# Vietnamese numbers: 0 + 9 or 10 digits (mobile 09x…, landline 02xx…), or +84 without the 0.
PHONE_DIGITS = re.compile(r"^(0\d{9,10}|84\d{9,10})$")
CODE_PREFIXES = {
    CO_QUAN_PHUONG: "PH-",
    DANG_BO_CO_SO: "DBCS-",
    CHI_BO_CO_SO: "CBCS-",
    CHI_BO_TRUC_THUOC: "CB-",
    TO_DAN_PHO: "TDP",
}
KIND_ORDER = {kind: order for order, kind in enumerate(KIND_LABELS)}
DEFAULT_GROUPS = {
    DANG_BO_CO_SO: ("TAT_CA_TCD", "DBCS"),
    CHI_BO_CO_SO: ("TAT_CA_TCD", "CBCS"),
    CHI_BO_TRUC_THUOC: ("TAT_CA_TCD", "CBTT"),
    TO_DAN_PHO: ("TDP",),
    CO_QUAN_PHUONG: ("CQ_PHUONG",),
}


def list_units(*, session: Session) -> list[UnitRead]:
    """Every unit (active or not) in display order: by kind, then seed order."""
    group_names: dict[int, list[str]] = defaultdict(list)
    for unit_id, name in session.exec(
        select(UnitGroupMember.unit_id, UnitGroup.name)
        .join(UnitGroup, col(UnitGroup.id) == UnitGroupMember.group_id)
        .order_by(col(UnitGroup.sort_order))
    ):
        group_names[unit_id].append(name)
    # Two counts, each answered from an index alone (unit+task, and the partial index of
    # open work): one pass over a decade of assignments' rows would take seconds.
    totals = dict(
        session.exec(
            select(Assignment.unit_id, func.count()).group_by(col(Assignment.unit_id))
        ).all()
    )
    open_counts = dict(
        session.exec(
            select(Assignment.unit_id, func.count())
            .where(col(Assignment.completed_date).is_(None))
            .group_by(col(Assignment.unit_id))
        ).all()
    )
    counts = {unit_id: (n, open_counts.get(unit_id, 0)) for unit_id, n in totals.items()}
    units = session.exec(select(Unit)).all()
    units = sorted(units, key=lambda u: (KIND_ORDER.get(u.kind, 99), u.sort_order, u.id))
    return [
        UnitRead(
            **unit.model_dump(include=set(UnitBase.model_fields) | {"id", "version"}),
            groups=tuple(group_names.get(unit.id or 0, ())),
            assignment_count=counts.get(unit.id or 0, (0, 0))[0],
            open_count=counts.get(unit.id or 0, (0, 0))[1],
        )
        for unit in units
    ]


def matches(unit: UnitRead, query: str) -> bool:
    """True when every word of ``query`` is in the unit's name, code, contact or groups.

    Case and diacritics are ignored, and a number matches a whole number:
    ``to dan pho 5`` finds ``Tổ dân phố số 05`` but not ``số 15``.
    """
    text = " ".join([unit.name, unit.code, unit.contact_person, unit.phone, *unit.groups])
    return matches_words(query, text)


def _get(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise UserError("Không tìm thấy đơn vị này; có thể nó vừa bị xóa ở nơi khác.")
    return unit


def _claim(session: Session, unit: Unit, expected: int | None) -> None:
    """Refuse to save over a change someone else committed since the clerk read the unit."""
    claim_or_refuse(
        session,
        unit,
        expected,
        lambda u: (
            "Đơn vị này vừa được sửa ở nơi khác; chưa lưu thay đổi của bạn. Hiện tại: "
            f"tên «{u.name}», người liên hệ «{u.contact_person}», điện thoại «{u.phone}», "
            f"{'đang hoạt động' if u.active else 'ngừng hoạt động'}. Hãy xem lại rồi sửa."
        ),
    )


def clean_name(name: str) -> str:
    """Validate a unit name: not empty, not too long; spaces squeezed."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError("Tên đơn vị không được để trống.")
    if len(cleaned) > NAME_MAX:
        raise UserError(f"Tên đơn vị dài quá {NAME_MAX} ký tự.")
    return cleaned


def clean_contact(contact_person: str) -> str:
    """Validate a contact person: spaces (and line breaks) squeezed, not too long."""
    contact = " ".join(contact_person.split())
    if len(contact) > NAME_MAX:
        raise UserError(f"Tên người liên hệ dài quá {NAME_MAX} ký tự.")
    return contact


def clean_phone(phone: str) -> str:
    """Validate a Vietnamese phone number (or nothing); keep the clerk's spacing."""
    cleaned = " ".join(phone.split())
    if not cleaned:
        return ""
    digits = re.sub(r"\D", "", cleaned)
    if not PHONE_CHARS.match(cleaned) or not PHONE_DIGITS.match(digits):
        raise UserError(
            f"Số điện thoại «{cleaned}» không hợp lệ: cần bắt đầu bằng 0 hoặc +84 và có "
            "10–11 chữ số (VD: 0912 345 678, 0225 3 888 999)."
        )
    return cleaned


def _check_unique_name(session: Session, name: str, unit_id: int | None) -> None:
    clash = session.exec(select(Unit).where(Unit.name_folded == fold(name))).first()
    if clash is not None and clash.id != unit_id:
        raise UserError(f"Đã có đơn vị tên «{clash.name}» (mã {clash.code}).")


def _read(unit: Unit) -> UnitRead:
    """The plain value of a unit just written (no ORM row leaves the unit of work)."""
    return UnitRead.model_validate(unit, from_attributes=True)


def rename_unit(
    unit_id: int, new_name: str, *, expected_version: int | None = None, session: Session
) -> UnitRead:
    name = clean_name(new_name)
    unit = _get(session, unit_id)
    _check_unique_name(session, name, unit_id)
    _claim(session, unit, expected_version)
    unit.name = name
    unit.name_folded = fold(name)
    session.add(unit)
    return _read(unit)


def update_contact(
    unit_id: int,
    contact_person: str,
    phone: str,
    *,
    expected_version: int | None = None,
    session: Session,
) -> UnitRead:
    unit = _get(session, unit_id)
    contact = clean_contact(contact_person)
    phone = clean_phone(phone)
    _claim(session, unit, expected_version)
    unit.contact_person = contact
    unit.phone = phone
    session.add(unit)
    return _read(unit)


def set_active(
    unit_id: int, active: bool, *, expected_version: int | None = None, session: Session
) -> UnitRead:
    unit = _get(session, unit_id)
    _claim(session, unit, expected_version)
    unit.active = active
    session.add(unit)
    return _read(unit)


def create_unit(
    name: str, kind: str, contact_person: str = "", phone: str = "", *, session: Session
) -> UnitRead:
    """Add a unit the seed did not know; it joins the default groups of its kind."""
    if kind not in KIND_LABELS:
        raise UserError("Hãy chọn loại đơn vị.")
    cleaned = clean_name(name)
    _check_unique_name(session, cleaned, None)
    max_order = session.exec(select(func.max(Unit.sort_order))).one() or 0
    unit = Unit(
        code=next_code(kind, session=session),
        name=cleaned,
        name_folded=fold(cleaned),
        kind=kind,
        contact_person=" ".join(contact_person.split()),
        phone=clean_phone(phone),
        sort_order=max_order + 1,
    )
    session.add(unit)
    session.flush()
    set_groups(unit, DEFAULT_GROUPS[kind], session=session)
    return _read(unit)


def next_code(kind: str, *, session: Session) -> str:
    """A free code in the style of the kind: ``TDP39``, ``CB-48``, ``PH-14``…"""
    prefix = CODE_PREFIXES.get(kind, "DV-")
    taken = set(session.exec(select(Unit.code)).all())
    same_kind = session.exec(select(func.count()).where(Unit.kind == kind)).one()
    number = same_kind + 1
    while f"{prefix}{number:02d}" in taken:
        number += 1
    return f"{prefix}{number:02d}"


def set_groups(unit: Unit, group_codes: tuple[str, ...], *, session: Session) -> None:
    """Make ``unit`` a member of exactly the groups with these codes."""
    wanted = session.exec(select(UnitGroup).where(col(UnitGroup.code).in_(group_codes))).all()
    current = session.exec(select(UnitGroupMember).where(UnitGroupMember.unit_id == unit.id)).all()
    wanted_ids = {group.id for group in wanted}
    for member in current:
        if member.group_id not in wanted_ids:
            session.delete(member)
    have = {member.group_id for member in current}
    for group in wanted:
        if group.id not in have:
            assert group.id is not None and unit.id is not None  # both rows are stored
            session.add(UnitGroupMember(group_id=group.id, unit_id=unit.id))


def delete_unit(unit_id: int, *, session: Session) -> None:
    """Delete a unit that never had a task; one that has is only deactivated."""
    unit = _get(session, unit_id)
    has_tasks = session.exec(
        select(Assignment.id).where(Assignment.unit_id == unit_id).limit(1)
    ).first()
    if has_tasks is not None:
        raise UserError(
            f"«{unit.name}» đã có nhiệm vụ nên không xóa được; "
            "hãy dùng «Ngừng hoạt động» để giữ lịch sử."
        )
    session.delete(unit)


def list_groups(*, session: Session) -> list[tuple[str, str, int]]:
    """Every group as (code, name, number of active units), in display order."""
    return [
        (code, name, count)
        for code, name, count in session.exec(
            select(UnitGroup.code, UnitGroup.name, func.count(col(Unit.id)))
            .join(UnitGroupMember, col(UnitGroupMember.group_id) == UnitGroup.id, isouter=True)
            .join(Unit, (col(Unit.id) == UnitGroupMember.unit_id) & col(Unit.active), isouter=True)
            .group_by(col(UnitGroup.id))
            .order_by(col(UnitGroup.sort_order))
        ).all()
    ]
