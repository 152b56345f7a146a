"""Bring a database file to the current schema, from code, before the App starts.

The start path stays light: when the file already carries ``HEAD_REVISION``
Alembic is not even imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

if TYPE_CHECKING:  # Alembic is imported only when a migration has to run
    from alembic.config import Config

# The newest revision in storage/migrations/versions; a test checks it matches.
HEAD_REVISION = "0012_directive_identity"

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class NewerSchemaError(RuntimeError):
    """The file was written by a newer Secretariat than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


def alembic_config() -> Config:
    """Return an Alembic Config pointing at our migrations (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    """Every revision this version of Secretariat knows how to read."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """Return the revision stamped in the file, or None for an empty database."""
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` (default: the newest)."""
    current = current_revision(engine)
    if revision == "head" and current == HEAD_REVISION:
        return
    from alembic import command

    config = alembic_config()
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(current)
    with engine.connect() as connection:
        # Batch mode rebuilds a table (copy, drop, rename). With foreign keys on, dropping
        # the old table would cascade-delete every child row, so they are off while the
        # migrations run (SQLite ignores this pragma inside a transaction: set it first),
        # and the result is checked before it is committed.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()  # ends SQLAlchemy's autobegun (empty) transaction
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"migration left a dangling reference: {tuple(broken)}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()
