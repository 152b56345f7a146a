"""The main screens, in the order of their keys."""

from __future__ import annotations

# (key, mode, label, tooltip) for every main screen.
SCREENS = (
    ("1", "home", "Hôm nay", "Việc quá hạn, đến hạn và sắp đến hạn"),
    ("2", "directives", "Văn bản", "Sổ văn bản đến"),
    ("3", "tasks", "Nhiệm vụ", "Mọi nhiệm vụ và tiến độ"),
    ("4", "meetings", "Hội nghị", "Hội nghị và biên bản"),
    ("5", "units", "Đơn vị", "Các tổ chức Đảng, tổ dân phố, cơ quan phường"),
)
