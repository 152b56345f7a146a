"""Optimistic saving shared by every edit form: save only what nobody changed since."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlmodel import Session

from secretariat.errors import UserError
from storage.versions import claim_version

R = TypeVar("R")


def claim_or_refuse(
    session: Session, record: R, expected: int | None, describe: Callable[[R], str]
) -> None:
    """Take ``record``'s next version if it is still the one the clerk read (``expected``;
    None: the one loaded now). Otherwise refuse with ``describe`` of its fresh values —
    never a silent overwrite of another terminal's save."""
    target: Any = record
    version = target.version if expected is None else expected
    if not claim_version(session, type(target), target.id or 0, version):
        session.refresh(target)
        raise UserError(describe(record))
    session.refresh(target, ["version"])
