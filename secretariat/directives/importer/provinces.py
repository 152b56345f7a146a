"""The provinces a document's place-date names, and the central bodies that issue.

A place-date («Phú Thọ, ngày 12 tháng 01 năm 2017») names the province or city the
issuing body sits in. OCR damages it in two known ways: the wrong language model drops
the marks («Phu Tho»), and a PDF whose font lacks glyphs drops the marked letters
altogether («Ph Th», «Lm ng»). The list is closed, so either form is given back its
spelling when it fits exactly one name; anything else (a district, a ward) is kept as
found. A central body's name OCR'd without marks («BO GIAO DVC VA DAO TAO») is likewise
matched to the few ministries and central bodies that write to a ward.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from secretariat.text import fold

# The 63 provinces and cities before the 2025 merger; the 34 after it keep 34 of these
# names (Huế took the place of Thừa Thiên Huế).
PROVINCES: tuple[str, ...] = (
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Thừa Thiên Huế",
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh",
    "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
    "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
    "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
    "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
    "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
    "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)  # fmt: skip


def _key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").split())


def skeleton(name: str) -> str:
    """``name`` without its marked letters, as a font without those glyphs prints it."""
    kept = (ch for ch in unicodedata.normalize("NFC", name) if ord(ch) < 128)
    return " ".join("".join(kept).lower().replace("-", " ").split())


_BY_KEY = {_key(p): p for p in PROVINCES}
_BY_SKELETON: dict[str, str | None] = {}
for _p in PROVINCES:
    _s = skeleton(_p)
    if _s != _key(_p):  # a name with no marked letter is found by its key
        _BY_SKELETON[_s] = None if _s in _BY_SKELETON else _p


# OCR without marks reads a marked vowel as a digit: «Ha N6i» (Hà Nội), «Qu1ng».
_DIGIT_LETTERS = str.maketrans({"0": "o", "6": "o", "1": "i", "3": "e", "4": "a"})
_PREFIX = re.compile(r"^(?:(?P<tinh>tinh)|(?P<city>thanh pho)|(?P<tp>tp\.?))\s+")
_PREFIX_SPELT = {"tinh": "Tỉnh ", "city": "Thành phố "}


def province(found: str) -> str | None:
    """The province ``found`` names, spelt right, else None (another place).

    A name OCR gave wrong marks or none is found by its letters; one whose marked letters
    were dropped, by those left.

    >>> province("PHU THO"), province("Ph Th"), province("Dà Näng")
    ('Phú Thọ', 'Phú Thọ', 'Đà Nẵng')
    >>> province("Thanh pho Ho Chi Minh"), province("Thành phố Hồ Chí Minh")
    ('Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh')
    >>> province("Le Chan"), province("Lê Chân")
    (None, None)
    """
    found = found.strip()
    folded = fold(found)
    m = _PREFIX.match(folded.lower()) if len(folded) == len(found) else None
    prefix, rest = (found[: m.end()], found[m.end() :]) if m else ("", found)
    name = _BY_KEY.get(_key(rest)) or _BY_KEY.get(_key(rest.translate(_DIGIT_LETTERS)))
    if name is None and rest.isascii():
        name = _BY_SKELETON.get(skeleton(rest))
    if name is None:
        return None
    if m and prefix.isascii():
        kind = "tinh" if m["tinh"] else "city" if m["city"] else ""
        prefix = _PREFIX_SPELT.get(kind, prefix)
    return f"{prefix}{name}"


# Ministries and central bodies whose documents reach a ward (before and after 2025).
CENTRAL_BODIES: tuple[str, ...] = (
    "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Thanh tra Chính phủ",
    "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính",
    "Bộ Công Thương", "Bộ Xây dựng", "Bộ Y tế", "Bộ Giáo dục và Đào tạo",
    "Bộ Khoa học và Công nghệ", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Dân tộc và Tôn giáo",
    "Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Tài nguyên và Môi trường", "Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải",
    "Bộ Thông tin và Truyền thông", "Bộ Lao động - Thương binh và Xã hội", "Ủy ban Dân tộc",
    "Ngân hàng Nhà nước Việt Nam", "Bảo hiểm xã hội Việt Nam", "Kiểm toán nhà nước",
    "Tổng cục Hải quan", "Văn phòng Quốc hội", "Văn phòng Trung ương Đảng", "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Ban Tổ chức Trung ương", "Ban Tuyên giáo và Dân vận Trung ương", "Ủy ban Kiểm tra Trung ương",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
)  # fmt: skip
_CENTRAL_KEYS = {_key(name): name for name in CENTRAL_BODIES}
_NEAR = 0.88  # «bo giao dvc va dao tao» is 0.95 of «bo giao duc va dao tao»


def central_spelling(found: str) -> str | None:
    """A central body's official spelling for the same name in another case or with its
    tones placed the old way («Uỷ ban thường vụ quốc hội»), else None.

    >>> central_spelling("Bộ Công thương"), central_spelling("Sở Công thương")
    ('Bộ Công Thương', None)
    """
    return _CENTRAL_KEYS.get(_key(found))


def central_body(found: str) -> str | None:
    """The central body a name OCR'd without marks stands for, spelt right, else None.

    >>> central_body("BO GIAO DVC VA DAO TAO"), central_body("SỞ NỘI VỤ")
    ('Bộ Giáo dục và Đào tạo', None)
    """
    if not found.isascii():
        return None  # a name written with its marks is the writer's
    key = _key(found)
    head = key.split()[0] if key.split() else ""
    scored = sorted(
        (
            (SequenceMatcher(None, key, k).ratio(), name)
            for k, name in _CENTRAL_KEYS.items()
            # a short head word is the body's kind: «So» (Sở) is no «Bộ»
            if len(head) > 3 or k.split()[0] == head
        ),
        reverse=True,
    )
    if not scored:
        return None
    best, name = scored[0]
    if best < _NEAR or (len(scored) > 1 and scored[1][0] >= best - 0.02):
        return None  # not near enough, or near two
    return name
