"""Controlled vocabularies: stored codes and their Vietnamese labels."""

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

CONFIDENTIALITY: dict[str, str] = {"thuong": "Thường", "mat": "Mật", "toi_mat": "Tối mật"}

URGENCY: dict[str, str] = {
    "thuong": "Thường",
    "khan": "Khẩn",
    "thuong_khan": "Thượng khẩn",
    "hoa_toc": "Hỏa tốc",
}

DIRECTIVE_STATUS: dict[str, str] = {
    "moi": "Mới đến",
    "dang_xu_ly": "Đang xử lý",
    "da_xu_ly": "Đã xử lý",
    "luu": "Lưu",
}


def label(vocabulary: dict[str, str], code: str) -> str:
    """The Vietnamese label of ``code``, or the code itself when unknown."""
    return vocabulary.get(code, code)
