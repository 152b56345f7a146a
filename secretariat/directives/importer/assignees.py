"""Which of the ward's units an assignee named in a directive stands for.

The rules are the ward's own (``secretariat.units.name_matching``: names, usual short
forms, city bodies left out); the importer only repairs OCR damage first ("Pang uy" ->
"Đảng ủy"), so a scanned directive and a typed conclusion are read alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from secretariat.directives.importer.ocr import words
from secretariat.units import name_matching
from secretariat.units.name_matching import AssignedUnits


def match_units(assignee: str, units: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Codes of the ward units ``assignee`` stands for, in the order named; () when none."""
    return name_matching.match_units(assignee, units, folder=words)


def assigned_units(text: str, units: Sequence[tuple[str, str]]) -> AssignedUnits:
    """The lead (chủ trì) and support (phối hợp) units ``text`` gives a task to."""
    return name_matching.assigned_units(text, units, folder=words)


def ward_unit_pairs() -> tuple[tuple[str, str], ...]:
    """The ward's seeded units as (code, name) pairs, without a database."""
    from secretariat.units.ward_structure import ward_units

    return tuple((u.code, u.name) for u in ward_units())
