"""Unit services: search, validation, deactivation, and what may never be deleted."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from secretariat.errors import UserError
from secretariat.units.roster import (
    create_unit,
    delete_unit,
    list_units,
    matches,
    rename_unit,
    set_active,
    update_contact,
)
from secretariat.units.ward_structure import TO_DAN_PHO
from storage.engine import session_scope
from storage.models import Assignment, Task, Unit


def _unit(engine: Engine, code: str) -> Unit:
    with session_scope(engine) as session:
        return session.exec(select(Unit).where(Unit.code == code)).one()


def test_search_ignores_case_and_diacritics(engine: Engine) -> None:
    with session_scope(engine) as session:
        units = list_units(session=session)
    found = [u.name for u in units if matches(u, "to dan pho so 05")]
    assert found == ["Chi bộ Tổ dân phố số 05", "Tổ dân phố số 05"]
    assert [u.code for u in units if matches(u, "DANG BO CONG AN")] == ["DBCS-CA"]
    assert [u.code for u in units if matches(u, "d uy kiem")] == ["PH-UBKT"]  # d finds đ
    # a number matches a whole number, not every number that contains its digits
    assert [u.code for u in units if matches(u, "to dan pho 5")] == ["CB-TDP05", "TDP05"]
    assert len([u for u in units if matches(u, "")]) == len(units)


def test_rename_rejects_empty_too_long_and_duplicate_names(engine: Engine) -> None:
    unit = _unit(engine, "TDP01")
    for bad, message in (
        ("   ", "không được để trống"),
        ("x" * 201, "dài quá"),
        ("tổ dân phố số 02", "Đã có đơn vị tên «Tổ dân phố số 02»"),
    ):
        with pytest.raises(UserError, match=message), session_scope(engine) as session:
            rename_unit(unit.id, bad, session=session)
    assert _unit(engine, "TDP01").name == "Tổ dân phố số 01"


def test_contact_and_phone_are_saved_and_phone_is_checked(engine: Engine) -> None:
    unit = _unit(engine, "CB-TDP03")
    with session_scope(engine) as session:
        update_contact(unit.id, "  Bà Trần Thị B ", "0912 345 678", session=session)
    saved = _unit(engine, "CB-TDP03")
    assert (saved.contact_person, saved.phone) == ("Bà Trần Thị B", "0912 345 678")
    for bad in ("09x2", "1", "912345678"):  # the last: Excel dropped the leading 0
        with pytest.raises(UserError, match="Số điện thoại"), session_scope(engine) as session:
            update_contact(unit.id, "Ai đó", bad, session=session)
    assert _unit(engine, "CB-TDP03").phone == "0912 345 678"
    for good in ("+84 912 345 678", "0225.3888.999", ""):
        with session_scope(engine) as session:
            update_contact(unit.id, "Bà Trần Thị B", good, session=session)
        assert _unit(engine, "CB-TDP03").phone == good


def test_a_unit_with_tasks_is_only_deactivated_never_deleted(engine: Engine) -> None:
    unit = _unit(engine, "CB-TDP07")
    with session_scope(engine) as session:
        task = Task(title="Báo cáo sinh hoạt chi bộ")
        session.add(task)
        session.flush()
        session.add(Assignment(task_id=task.id, unit_id=unit.id))
    with session_scope(engine) as session:
        counted = next(u for u in list_units(session=session) if u.id == unit.id)
    assert (counted.assignment_count, counted.open_count) == (1, 1)
    with pytest.raises(UserError, match="Ngừng hoạt động"), session_scope(engine) as session:
        delete_unit(unit.id, session=session)
    with session_scope(engine) as session:
        set_active(unit.id, False, session=session)
    stored = _unit(engine, "CB-TDP07")
    assert stored.active is False


def test_a_unit_without_tasks_can_be_deleted(engine: Engine) -> None:
    unit = _unit(engine, "CB-DN05")
    with session_scope(engine) as session:
        delete_unit(unit.id, session=session)
    with session_scope(engine) as session:
        assert session.get(Unit, unit.id) is None


def test_a_new_unit_gets_a_code_and_the_groups_of_its_kind(engine: Engine) -> None:
    with session_scope(engine) as session:
        unit = create_unit("Tổ dân phố Đông Hải 2", TO_DAN_PHO, session=session)
    with session_scope(engine) as session:
        created = next(u for u in list_units(session=session) if u.id == unit.id)
    assert created.code == "TDP39"
    assert created.groups == ("Tất cả tổ dân phố",)
    with pytest.raises(UserError, match="loại"), session_scope(engine) as session:
        create_unit("Đơn vị lạ", "", session=session)
