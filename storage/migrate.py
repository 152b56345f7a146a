"""Bring a database file to the current schema, from code, before the App starts.

The start path stays light: when the file already carries ``HEAD_REVISION``
Alembic is not even imported.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:  # Alembic is imported only when a migration has to run
    from alembic.config import Config

# The newest revision in storage/migrations/versions; a test checks it matches.
HEAD_REVISION = "0016_fold_look_alikes"

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
UPGRADE_LOCK = 0x5EC2E7A  # PostgreSQL advisory lock held while one start upgrades


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
    """Return the revision stamped in the database, or None for an empty one."""
    with engine.connect() as conn:
        return _stamp_in(conn)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` (default: the newest), all in one transaction.

    pysqlite's legacy transaction handling never sends BEGIN before DDL, so every ALTER
    or CREATE would commit alone: a power cut halfway left a file stamped with the old
    revision that already had the new columns, and no later start could open it. Here
    the driver's own handling is switched off for the connection and one explicit
    ``BEGIN IMMEDIATE`` holds every statement of every migration (SQLAlchemy's
    documented pysqlite recipe), so the file is either as it was or at ``revision``.
    The write lock is taken first, so a second terminal starting at the same moment
    waits, then finds the work done.
    """
    current = current_revision(engine)
    if revision == "head" and current == HEAD_REVISION:
        return
    from alembic import command

    config = alembic_config()
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(current)
    if engine.dialect.name != "sqlite":
        _upgrade_server(engine, config, revision)
        return
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        legacy_isolation = getattr(driver, "isolation_level", None)
        # Batch mode rebuilds a table (copy, drop, rename). With foreign keys on, dropping
        # the old table would cascade-delete every child row, so they are off while the
        # migrations run (SQLite ignores this pragma inside a transaction: set it first),
        # and the result is checked before it is committed.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()  # ends SQLAlchemy's autobegun (empty) transaction
        driver.isolation_level = None  # type: ignore[union-attr]  # BEGIN is ours to send
        try:
            with connection.begin():
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                stamped = _stamp_in(connection)
                if revision == "head" and stamped == HEAD_REVISION:
                    return  # another process upgraded the file while this one waited
                if stamped is not None and stamped not in known_revisions():
                    raise NewerSchemaError(stamped)
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"migration left a dangling reference: {tuple(broken)}")
        finally:
            driver.isolation_level = legacy_isolation  # type: ignore[union-attr]
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def _upgrade_server(engine: Engine, config: Config, revision: str) -> None:
    """PostgreSQL: DDL is transactional there, so the whole upgrade is one transaction as it
    is; an advisory lock makes a second clerk's start wait for the first one's upgrade."""
    from alembic import command

    with engine.connect() as connection, connection.begin():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
        stamped = _stamp_in(connection)
        if revision == "head" and stamped == HEAD_REVISION:
            return
        if stamped is not None and stamped not in known_revisions():
            raise NewerSchemaError(stamped)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _stamp_in(connection: Connection) -> str | None:
    """The revision stamped in the database, read inside the caller's transaction."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def rebuild(source: Path, target: Path) -> dict[str, int]:
    """Copy every row of ``source`` into a new file ``target`` built at the revision stamped
    in ``source``; return the rows copied per table.

    For a file an older Secretariat left half-upgraded (stamped with the old revision but
    already holding some of the next one's columns, indexes or tables, which no migration
    can run on): the new file has exactly the stamped schema, every column that schema has
    is copied, and what the interrupted upgrade had added is left behind, to be made again
    by the migrations that follow. Row counts are checked table by table. ``source`` is
    only read.
    """
    from storage.engine import make_engine, sqlite_url

    reader = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        stamp = reader.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        reader.close()
    engine = make_engine(sqlite_url(target))
    try:
        upgrade(engine, stamp)
    finally:
        engine.dispose()
    copied: dict[str, int] = {}
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS old", (f"{source.absolute().as_uri()}?mode=ro",))
        conn.execute("BEGIN IMMEDIATE")
        tables = conn.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        virtual = [name for name, sql in tables if sql.upper().startswith("CREATE VIRTUAL")]
        for name, _sql in tables:
            if any(name.startswith(f"{v}_") for v in virtual):
                continue  # a search index's own storage: filled through its virtual table
            columns = [row[1] for row in conn.execute(f'PRAGMA main.table_info("{name}")')]
            present = {row[1] for row in conn.execute(f'PRAGMA old.table_info("{name}")')}
            shared = ", ".join(f'"{c}"' for c in columns if c in present)
            if name in virtual:
                shared = f"rowid, {shared}"
            conn.execute(f'DELETE FROM main."{name}"')  # the seed rows a migration may add
            conn.execute(f'INSERT INTO main."{name}" ({shared}) SELECT {shared} FROM old."{name}"')
            count = conn.execute(f'SELECT count(*) FROM main."{name}"').fetchone()[0]
            expected = conn.execute(f'SELECT count(*) FROM old."{name}"').fetchone()[0]
            if count != expected:
                raise RuntimeError(f"{name}: {count} rows copied of {expected}")
            copied[name] = count
        if conn.execute("PRAGMA main.foreign_key_check").fetchone() is not None:
            raise RuntimeError("the copy has a dangling reference")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE old")
    finally:
        conn.close()
    return copied
