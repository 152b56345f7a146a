"""Typed access to the Core table behind a SQLModel class, and read models of its rows.

SQLModel sets ``__table__`` on table classes at runtime but does not declare it, so every
``Model.__table__`` needed a ``type: ignore``. Core queries (``select_from``, column
collections for the hot paths that skip ORM instances) go through ``table_of`` and
``columns`` instead; ``read_model`` copies a row into the frozen dataclass a write
service returns.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Column, Table
from sqlalchemy.sql.base import ReadOnlyColumnCollection
from sqlmodel import SQLModel

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


def table_of(model: type[SQLModel]) -> Table:
    """The ``Table`` a ``table=True`` SQLModel class is mapped to."""
    table = getattr(model, "__table__", None)
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not a table model")
    return table


def columns(model: type[SQLModel]) -> ReadOnlyColumnCollection[str, Column[Any]]:
    """The Core columns of a table model (``columns(Task).due_date``)."""
    return table_of(model).c


R = TypeVar("R", bound="DataclassInstance")


def read_model(cls: type[R], row: SQLModel) -> R:
    """A frozen read model (a dataclass) holding the fields it declares, copied from a row.

    Write services return these instead of table rows, so nothing bound to a session leaves
    the unit of work that wrote it.
    """
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})
