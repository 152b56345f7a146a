"""Alembic migrations of the Secretariat schema (run from code, see storage.migrate)."""
