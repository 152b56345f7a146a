"""Controlled vocabularies: stored codes and their Vietnamese labels.

More join as their screens are built (độ mật, độ khẩn, directive status).
"""

from __future__ import annotations

MEETING_KINDS: dict[str, str] = {
    "bch": "Hội nghị Ban Chấp hành",
    "btv": "Hội nghị Ban Thường vụ",
    "thuong_truc": "Thường trực",
    "giao_ban": "Giao ban",
    "chuyen_de": "Hội nghị chuyên đề",
    "khac": "Khác",
}


ROLES: dict[str, str] = {"chu_tri": "Chủ trì", "phoi_hop": "Phối hợp"}


def label(vocabulary: dict[str, str], code: str) -> str:
    """The Vietnamese label of ``code``, or the code itself when unknown."""
    return vocabulary.get(code, code)
