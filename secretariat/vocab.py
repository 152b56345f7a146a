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


# Độ mật and độ khẩn of a document (Hướng dẫn 36-HD/VPTW; Luật Bảo vệ bí mật nhà nước).
CONFIDENTIALITY: dict[str, str] = {"thuong": "Thường", "mat": "Mật", "toi_mat": "Tối mật"}
URGENCY: dict[str, str] = {
    "thuong": "Thường",
    "khan": "Khẩn",
    "thuong_khan": "Thượng khẩn",
    "hoa_toc": "Hỏa tốc",
}
# Where the office is with an incoming document.
DIRECTIVE_STATUSES: dict[str, str] = {
    "moi": "Chưa xử lý",
    "dang_xu_ly": "Đang xử lý",
    "da_xu_ly": "Đã xử lý",
    "de_biet": "Để biết",
}

ROLES: dict[str, str] = {"chu_tri": "Chủ trì", "phoi_hop": "Phối hợp"}


def label(vocabulary: dict[str, str], code: str) -> str:
    """The Vietnamese label of ``code``, or the code itself when unknown."""
    return vocabulary.get(code, code)
