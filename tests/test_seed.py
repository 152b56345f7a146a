"""The ward's structure as seeded on first start (seed 001, note 39)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from secretariat.office.database import open_database
from secretariat.units.roster import delete_unit, list_units, rename_unit
from secretariat.units.ward_structure import (
    CHI_BO_CO_SO,
    CHI_BO_TRUC_THUOC,
    DANG_BO_CO_SO,
    PARTY_KINDS,
    TO_DAN_PHO,
)
from storage.engine import session_scope
from storage.models import Unit


def _units(engine: Engine):  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return list_units(session=session)


def test_69_party_organisations_with_the_official_breakdown(engine: Engine) -> None:
    units = _units(engine)
    kinds = Counter(u.kind for u in units)
    assert sum(kinds[k] for k in PARTY_KINDS) == 69
    assert kinds[DANG_BO_CO_SO] == 4
    assert kinds[CHI_BO_CO_SO] == 18
    assert kinds[CHI_BO_TRUC_THUOC] == 47
    assert kinds[TO_DAN_PHO] == 38

    in_group = Counter(group for u in units for group in u.groups)
    assert in_group["Tất cả tổ chức Đảng"] == 69
    assert in_group["Tất cả chi bộ tổ dân phố"] == 38
    assert in_group["Chi bộ y tế"] == 3
    assert in_group["Chi bộ doanh nghiệp và HTX"] == 6
    assert in_group["Chi bộ trường học"] == 17
    assert in_group["Tất cả tổ dân phố"] == 38
    # The 47 chi bộ trực thuộc are exactly the 38 + 3 + 6 of note 39.
    direct = {u.code for u in units if u.kind == CHI_BO_TRUC_THUOC}
    split = {
        u.code
        for u in units
        if {"Tất cả chi bộ tổ dân phố", "Chi bộ y tế", "Chi bộ doanh nghiệp và HTX"} & set(u.groups)
    }
    assert direct == split


def test_named_units_of_the_report_and_ward_bodies(engine: Engine) -> None:
    names = {u.name for u in _units(engine)}
    for name in (
        "Đảng bộ Các cơ quan Đảng",
        "Đảng bộ UBND phường",
        "Đảng bộ Công an phường",
        "Đảng bộ Trường THPT Quang Trung",
        "Chi bộ Quân sự",
        "Ban Thường vụ Đảng ủy",
        "Văn phòng Đảng ủy",
        "Ủy ban Kiểm tra Đảng ủy",
        "UBND phường",
        "Ủy ban MTTQ Việt Nam phường",
        "Tổ dân phố số 38",
        "Chi bộ Tổ dân phố số 01",
    ):
        assert name in names


def test_seeding_happens_once_and_never_undoes_the_clerks_changes(db_path: Path) -> None:
    engine = open_database(db_path)
    with session_scope(engine) as session:
        tdp = session.exec(select(Unit).where(Unit.code == "TDP05")).one()
        rename_unit(tdp.id, "Tổ dân phố Đông Hải", session=session)
        extra = session.exec(select(Unit).where(Unit.code == "CB-DN05")).one()
        delete_unit(extra.id, session=session)
    engine.dispose()

    engine = open_database(db_path)  # second start
    units = _units(engine)
    engine.dispose()
    assert len(units) == 119
    assert "Tổ dân phố Đông Hải" in {u.name for u in units}
    assert "Tổ dân phố số 05" not in {u.name for u in units}
