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


# Unit kinds, in display order (the codes of units.ward_structure).
UNIT_KINDS: dict[str, str] = {
    "co_quan_phuong": "Cơ quan, đoàn thể phường",
    "dang_bo_co_so": "Đảng bộ cơ sở",
    "chi_bo_co_so": "Chi bộ cơ sở",
    "chi_bo_truc_thuoc": "Chi bộ trực thuộc",
    "to_dan_pho": "Tổ dân phố",
}

# A meeting attendee's status (meetings.meeting_records names the codes).
ATTENDANCE: dict[str, str] = {
    "chua_ro": "Chưa điểm danh",
    "co_mat": "Có mặt",
    "vang_co_ly_do": "Vắng có lý do",
    "vang_khong_ly_do": "Vắng không lý do",
}

# How a meeting series repeats.
MEETING_RECURRENCES: dict[str, str] = {
    "": "Không lặp lại",
    "weekly": "Hằng tuần",
    "biweekly": "Hai tuần một lần",
    "monthly": "Hằng tháng",
}

# How a task repeats (tasks.deadlines.Every), as a phrase: "trước ngày 20 hằng tháng".
TASK_RECURRENCES: dict[str, str] = {
    "weekly": "hằng tuần",
    "monthly": "hằng tháng",
    "quarterly": "hằng quý",
    "yearly": "hằng năm",
}
