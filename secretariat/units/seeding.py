"""Writing the ward's structure (``ward_structure``) into a new database, once, on first start."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session, select

from secretariat.text import fold
from secretariat.units.ward_structure import GROUPS, UnitSpec, ward_units
from storage.engine import session_scope
from storage.models import Setting, Unit, UnitGroup, UnitGroupMember
from storage.write_lock import hold_write_lock

SEEDED_KEY = "structure_seeded"


def is_seeded(session: Session) -> bool:
    return session.get(Setting, SEEDED_KEY) is not None


def seed_structure(session: Session) -> bool:
    """Write the ward's units and groups once, on first start.

    Returns True when it seeded, False when this database was seeded before
    (even if the clerk has since renamed or removed units: never re-seed).
    """
    if is_seeded(session):
        return False
    groups: dict[str, UnitGroup] = {}
    for order, group_spec in enumerate(GROUPS):
        existing = session.exec(select(UnitGroup).where(UnitGroup.code == group_spec.code)).first()
        groups[group_spec.code] = existing or UnitGroup(
            code=group_spec.code, name=group_spec.name, sort_order=order
        )
        session.add(groups[group_spec.code])
    session.flush()
    existing_codes = set(session.exec(select(Unit.code)).all())
    new_units: list[tuple[Unit, UnitSpec]] = []
    for order, spec in enumerate(ward_units()):
        if spec.code in existing_codes:
            continue
        unit = Unit(
            code=spec.code,
            name=spec.name,
            name_folded=fold(spec.name),
            kind=spec.kind,
            sort_order=order,
        )
        session.add(unit)
        new_units.append((unit, spec))
    session.flush()
    for unit, spec in new_units:
        for group_code in spec.groups:
            group_id = groups[group_code].id
            assert group_id is not None and unit.id is not None  # flushed above
            session.add(UnitGroupMember(group_id=group_id, unit_id=unit.id))
    session.add(Setting(key=SEEDED_KEY, value="1"))
    return True


def seed_once(engine: Engine) -> bool:
    """Seed a database on its first start, under the write lock: two first starts at once
    (two terminals, two clerks on a server) seed once, the second sees it done."""
    with session_scope(engine, commit=False) as session:
        if is_seeded(session):  # every start but the first: a read, no write lock
            return False
    with session_scope(engine) as session:
        hold_write_lock(session)
        return seed_structure(session)  # checks again, under the lock
