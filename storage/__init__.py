"""Storage: SQLModel tables, the SQLite engine, migrations and sessions.

Nothing here imports Textual or the domain; the domain (``secretariat``) calls in.
"""
