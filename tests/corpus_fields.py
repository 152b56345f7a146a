"""How a field the importer read is compared with the value a collector typed (issue 16)."""

from __future__ import annotations

import re

from secretariat.text import fold


def loose(value: str | None) -> str | None:
    """``value`` as the corpus compares it: case, marks and spacing aside, a dash a dash,
    a body's abbreviation its name, a subject's «V/v» / «Về việc» left out."""
    if value is None:
        return None
    # a dash is a dash («2024 – 2025» typed from the page, «2024 - 2025» in its text)
    text = re.sub(r"\s+", " ", fold(value).replace("–", "-").replace("—", "-")).strip(" .;:")
    text = re.sub(r"\s*-\s*", " - ", text)  # and spaced or not («Bà Rịa-Vũng Tàu»)
    # a body's abbreviation is its name («Văn phòng UBND tỉnh …», «Ủy ban MTTQ Việt Nam …»,
    # as a header writes it)
    text = re.sub(r"\bubnd\b", "uy ban nhan dan", re.sub(r"\bhdnd\b", "hoi dong nhan dan", text))
    text = re.sub(r"\bmttq\b", "mat tran to quoc", text)
    # and a city's («TP. HCM, ngày …», «Tp. Hồ Chí Minh» typed as written, read as the
    # city's name)
    text = re.sub(r"\btp\.? ?hcm\b", "thanh pho ho chi minh", text)
    text = re.sub(r"\btp\.? ?(?=[a-z])", "thanh pho ", text)
    return re.sub(r"^(?:v/v|ve viec|ve)\s+", "", text)
