"""A directive is registered once (issue 14, item 8): the schema's unique identity, and the
migration that brings it to an office already holding twins."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.engine import make_engine, sqlite_url
from storage.migrate import upgrade

BEFORE = "0011_import_candidates"

INSERT = text(
    "INSERT INTO directives (id, number_symbol, doc_type, issuer, place, issued_date, "
    "received_date, incoming_number, incoming_year, subject, confidentiality, urgency, "
    "handler, status, full_text, version, created_at, updated_at) VALUES (:id, :number, "
    "'Thông báo', :issuer, '', :issued, '2026-03-02', :id, 2026, 'Trích yếu', 'thuong', "
    "'thuong', '', 'moi', '', 1, '2026-03-02 08:00:00', '2026-03-02 08:00:00')"
)


def test_the_upgrade_keeps_existing_twins_and_marks_them(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
    upgrade(engine, BEFORE)
    rows = [
        (1, "12-TB/ĐU", "Đảng ủy phường", "2026-03-01"),
        (2, "12-TB/ĐU", "Đảng ủy phường", "2026-03-01"),  # a twin stored twice...
        (3, "12-TB/ĐU", "Đảng ủy phường", "2026-03-01"),  # ...three times
        (4, "12-TB/ĐU", "Đảng ủy xã", "2026-03-01"),  # another issuer: not a twin
        (5, "", "Văn phòng", None),  # no identity: never covered
        (6, "", "Văn phòng", None),
    ]
    with engine.begin() as conn:
        for id_, number, issuer, issued in rows:
            conn.execute(INSERT, {"id": id_, "number": number, "issuer": issuer, "issued": issued})

    upgrade(engine)

    with engine.connect() as conn:
        stored = conn.execute(text("SELECT id, duplicate_of FROM directives ORDER BY id")).all()
        assert [tuple(row) for row in stored] == [
            (1, None),
            (2, 1),
            (3, 1),
            (4, None),
            (5, None),
            (6, None),
        ]
    # From now on the same number, issuer and date of issue cannot be stored again.
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            INSERT, {"id": 7, "number": "12-TB/ĐU", "issuer": "Đảng ủy xã", "issued": "2026-03-01"}
        )
    with engine.begin() as conn:  # without a number or a date: still possible
        conn.execute(INSERT, {"id": 8, "number": "", "issuer": "Văn phòng", "issued": None})
    engine.dispose()
